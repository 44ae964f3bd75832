"""Client notes relayed by an account manager, dictated or pasted (round twenty-eight, f).

Part of :mod:`adgen.agent.understanding`. Three things such notes say that are no request of
their own, or a request said in the wrong form:

- the marks of a forwarded or answered email at the start of a line: "FW: they need this for
  Stories as well, and …", "Re: Re: cut 2" (:func:`without_mail_marks`; read as typed, "FW:" was
  a label and half of the request was lost);
- a guard that keeps the colours, with the plan that is its reason: "they're doing a
  brown-and-cream rebrand next spring, so no colour changes for now", "we're moving to green in
  the summer, so leave the colours alone" (:func:`without_kept_colours`; read as typed, the
  colours of the plan became the palette);
- the colour a change just replaced, kept after all: "hmm no never mind, leave the orange", "on
  second thought keep it orange", "nah, the orange was better" right after the orange text was
  made white (:func:`kept_after_all`; read as typed, "orange" was set as a new colour): the last
  change is taken back;
- "make it white" right after a question about the text's colour that named no one scene ("what
  colour is the phone number text?", answered for every scene): "it" is the text, not the ad
  (:func:`it_as_asked_text`; read as typed, the palette became white);
- the answer to a question about the brand's font or tagline, reported: "brand team says it's
  Manrope now" right after "what font is the brand set to?" (:func:`reported_answer`; read as
  typed, "it's Manrope now" was asked as a scene's text);
- a new phone number for the text that shows the old one: "the phone number on the end card
  should be (555) 014-2288", "new number: 555-014-2288" (:func:`new_phone_number`; read as
  typed, nothing was understood, or the whole sentence was asked as a scene's text): the number
  in that text is replaced, the words around it kept;
- a sentence that only says a line stays: "we can only say 24/7 if it's true, and it is, so that
  line stays." (:func:`without_staying_lines`);
- "what does B end on?", "what does it open with?": what the last (first) scene says
  (:func:`ends_on`; read as typed, no question was understood);
- an approval said without a verb, as a sentence of its own among requests: "music fine.",
  "visuals ok.", "voiceover good." (:func:`without_bare_approvals`; read as typed, the sentence
  was not understood and the requests beside it only proposed).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.values import colour_name, find_colors, hue_distance
from adgen.project import AdProject

_I = re.I

# ----------------------------------------------------------------------------------------------
# Email marks
# ----------------------------------------------------------------------------------------------

_MAIL_MARKS_RE = re.compile(r"^([ \t>]*)(?:(?:fwd?|re)[ \t]*:[ \t]*)+(?=\S)", _I | re.M)


def without_mail_marks(raw: str) -> str:
    """``raw`` without "FW:", "Fwd:", "Re:" at the start of its lines."""
    return _MAIL_MARKS_RE.sub(r"\1", raw)


# ----------------------------------------------------------------------------------------------
# Colours kept as they are
# ----------------------------------------------------------------------------------------------

_COLOUR = r"colou?rs?|palette|brand\s+colou?rs?"
_KEPT_COLOURS = (
    rf"(?:no|zero)\s+(?:(?:{_COLOUR})\s+(?:changes?|tweaks?|edits?)|changes?\s+to\s+(?:the\s+)?(?:{_COLOUR}))"
    rf"|(?:leave|keep)\s+(?:the\s+)?(?:{_COLOUR})\s+(?:alone|as\s+(?:is|they\s+are|it\s+is)|untouched|unchanged)"
    rf"|(?:don'?t|do\s+not|please\s+don'?t)\s+(?:touch|change)\s+(?:the\s+)?(?:{_COLOUR})"
    rf"|(?:the\s+)?(?:{_COLOUR})\s+(?:stays?|stay\s+as\s+(?:is|they\s+are))"
)
# "<the plan>, so no colour changes for now": from the sentence's start to the end of the guard,
# when the guard follows its reason ("so", "which means", "therefore").
_REASON_AND_GUARD_RE = re.compile(
    rf"(?:^|(?<=[.!?\n]))(?P<reason>[^.!?\n]*?)\b(?:so|which\s+means|therefore|hence)\s*,?\s+"
    rf"(?:(?:please|pls|for\s+now)\s+)?(?:{_KEPT_COLOURS})\b(?:\s+(?:for\s+now|yet|please|pls|at\s+the\s+moment|for\s+the\s+time\s+being))*",
    _I,
)


def without_kept_colours(masked: str) -> str:
    """``masked`` without a guard that keeps the colours, and without the plan given as its reason
    ("…, so no colour changes for now"): the colours of the plan are no request."""
    return _REASON_AND_GUARD_RE.sub(" ", masked)


# ----------------------------------------------------------------------------------------------
# Approvals without a verb
# ----------------------------------------------------------------------------------------------

_APPROVED = r"fine|ok(?:ay)?|good|great|perfect|approved|all\s+good|works|spot\s+on"
_BARE_APPROVAL_RE = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:the\s+)?"
    r"(?:(?!(?:make|turn|get|let|keep|set|it|can|could|please|pls|should|would)\b)[a-z-]+\s+){0,2}?"
    r"(?:music|track|song|audio|voice\s*-?over|vo|visuals?|"
    r"images?|pictures?|photos?|hook|cta|end\s+card|opening|intro|colou?rs?|palette|fonts?|pacing|length|"
    r"timing|lighting|logo|copy|text|scenes?|showcase|everything\s+else|the\s+rest|rest)"
    rf"\s+(?:(?:is|are|looks?|sounds?|'s)\s+)?(?:(?:all|totally|really|pretty)\s+)?(?:{_APPROVED})"
    r"\s*(?:(?:as\s+is|for\s+now|too|though)\s*)?[.!]+(?=\s|$)",
    _I,
)


def without_bare_approvals(masked: str) -> str:
    """``masked`` without sentences that only approve a part of the ad ("music fine."), when
    something else is left: the rest is the request."""
    rest = _BARE_APPROVAL_RE.sub(" ", masked)
    if rest == masked or not re.search(r"\w", rest):
        return masked
    return re.sub(r"[ \t]{2,}", " ", rest).strip()


# ----------------------------------------------------------------------------------------------
# The replaced colour kept after all
# ----------------------------------------------------------------------------------------------

_KEPT_AFTER_ALL_RE = re.compile(
    r"^\W*(?:(?:hmm+|hm+|no+|nope|nah|actually|never\s*mind|nvm|on\s+second\s+thoughts?|wait|ok(?:ay)?|sorry|"
    r"scratch\s+that|forget\s+(?:it|that))\b[\s,.!]*)*"
    r"(?:(?:just\s+)?(?:leave|keep)\s+(?:it\s+|them\s+|the\s+|that\s+)?(?P<kept>[\w# -]{3,30}?)"
    r"(?:\s+(?:one|colou?r|then|after\s+all|as\s+it\s+was|please|pls))*"
    r"|(?:the\s+)?(?P<better>[\w# -]{3,30}?)\s+(?:was|looked)\s+better(?:\s+(?:after\s+all|tbh))?)\W*$",
    _I,
)


def _replaced_colours(last_operations: list[dict[str, Any]]) -> list[str]:
    found: list[str] = []
    for op in last_operations:
        before = op.get("before") or {}
        for key in ("color", "palette", "colors"):
            value = before.get(key)
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, list):
                found.extend(v for v in value if isinstance(v, str))
    return [v for v in found if re.fullmatch(r"#[0-9A-Fa-f]{6}", v)]


def kept_after_all(masked: str, last_operations: list[dict[str, Any]]) -> str:
    """ "undo" when ``masked`` only keeps the colour the last change replaced ("never mind, leave
    the orange"); else ``masked``."""
    m = _KEPT_AFTER_ALL_RE.match(masked)
    if m is None:
        return masked
    named = find_colors(m.group("kept") or m.group("better") or "")
    replaced = _replaced_colours(last_operations)
    if len(named) != 1 or not replaced:
        return masked
    said = named[0].hex
    if any(colour_name(said) == colour_name(old) or hue_distance(said, old) < 25 for old in replaced):
        return "undo"
    return masked


# ----------------------------------------------------------------------------------------------
# "it" after a question about the text
# ----------------------------------------------------------------------------------------------

_ASKED_TEXT_RE = re.compile(
    r"\b(?:colou?r|size|how\s+big|font)\b.*\b(?:text|words?|writing|lines?|title|number)\b"
    r"|\b(?:text|words?|writing|lines?|title|number)\b.*\b(?:colou?r|size|how\s+big)\b",
    _I,
)
_MAKE_IT_RE = re.compile(
    r"^(?P<lead>\W*(?:(?:ok(?:ay)?|so|then|please|pls|can\s+you|could\s+you)\b[\s,]*)*"
    r"(?:make|turn|change|set|switch)\s+)(?:it|that|them)(?=\s+(?:to\s+|into\s+)?[\w#]+\W*$)",
    _I,
)


def it_as_asked_text(masked: str, last_question: str | None, scene_ids: list[str]) -> str:
    """``masked`` with "it" said as "the text" after a question about the text that named no
    scene ("what colour is the text?" … "make it white")."""
    if not last_question or scene_ids or not _ASKED_TEXT_RE.search(last_question):
        return masked
    m = _MAKE_IT_RE.match(masked)
    if m is None or not find_colors(masked[m.end() :]):
        return masked
    return f"{m.group('lead')}the text{masked[m.end() :]}"


# ----------------------------------------------------------------------------------------------
# "it's Manrope now" after a question about the font
# ----------------------------------------------------------------------------------------------

# What the last question asked about -> the words that name it in a request.
_ASKED_FIELDS = (
    (re.compile(r"\b(?:font|typeface)\b", _I), "the brand font"),
    (re.compile(r"\b(?:tagline|slogan)\b", _I), "the tagline"),
)
_REPORTED_IT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|well|hmm+|ah|oh)\b[\s,.!]*)*"
    r"(?:(?:the\s+|our\s+|my\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:says?|said|told\s+(?:me|us)|confirmed|tells\s+(?:me|us))\s+(?:that\s+)?)?"
    r"(?:it'?s|it\s+is|its|it\s+should\s+be)\s+(?:actually\s+)?(?P<v>\S.*?)\W*$",
    _I,
)


def reported_answer(masked: str, last_question: str | None) -> str:
    """``masked`` said as "the brand font is <X>" when it only says what the thing just asked
    about is now ("they say it's Manrope now" after "what font is the brand set to?")."""
    if not last_question:
        return masked
    field = next((name for pattern, name in _ASKED_FIELDS if pattern.search(last_question)), None)
    m = _REPORTED_IT_RE.match(masked)
    if (
        field is None
        or m is None
        or not re.search(r"\bnow\b|\b(?:says?|said|told|confirmed|tells)\b", masked, _I)
    ):
        return masked
    value = re.sub(r"\s+(?:now|from\s+now\s+on|going\s+forward|instead)$", "", m.group("v"), flags=_I)
    if not value or re.match(r"(?:fine|ok(?:ay)?|good|great|wrong|right|too|not|the\s+same)\b", value, _I):
        return masked
    return f"{field} is {value}"


# ----------------------------------------------------------------------------------------------
# A new phone number
# ----------------------------------------------------------------------------------------------

_PHONE = r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{2,4})[\s.-]?\d{3}[\s.-]?\d{3,4}"
_PHONE_RE = re.compile(rf"(?<![\w(+]){_PHONE}(?!\w)")
_NEW_NUMBER_RE = re.compile(
    r"(?P<lead>\b(?:(?:please|pls)\s+)?(?:change|update|set|swap|replace|make)\s+)?"
    r"(?:the\s+|our\s+|a\s+|their\s+)?(?:new\s+)?(?:(?:phone|telephone|contact|call)\s+(?:number|line)|phone|number|hotline)\b"
    r"(?P<where>[^.;!?\n'\"“‘]{0,40}?)"
    r"(?:\s+(?:should\s+(?:now\s+)?(?:be|say|read)|needs?\s+to\s+be|has\s+to\s+be|must\s+be|to|is\s+now|becomes?|with)|\s*[:=]|\s*(?:->|→))\s*"
    rf"(?P<num>{_PHONE})(?!\w)"
    # (", the old line was retired", "(the old one is gone)": why, no request of its own)
    r"(?:\s*[,;(—–-]\s*(?:as\s+|since\s+|because\s+)?(?:the|our)\s+old\s+(?:one|line|number)\s+"
    r"(?:is|was|has\s+been|got)\s+[^.;!?\n)]{1,40}\)?)?",
    _I,
)


def new_phone_number(raw: str, project: AdProject) -> str:
    """``raw`` with a new phone number said as the new text of the one scene whose text shows a
    phone number ("scene 4 should say 'Call (555) 014-2288'"); unchanged otherwise."""
    m = _NEW_NUMBER_RE.search(raw)
    if m is None:
        return raw
    showing = [(i, s) for i, s in enumerate(project.scenes, 1) if len(_PHONE_RE.findall(s.overlay.text)) == 1]
    if len(showing) != 1:
        return raw
    position, scene = showing[0]
    old = _PHONE_RE.search(scene.overlay.text)
    assert old is not None
    text = scene.overlay.text[: old.start()] + m.group("num") + scene.overlay.text[old.end() :]
    if "'" in text:
        return raw
    return f"{raw[: m.start()]}scene {position} should say '{text}'{raw[m.end() :]}"


# ----------------------------------------------------------------------------------------------
# A line that stays
# ----------------------------------------------------------------------------------------------

_STAYS_RE = re.compile(
    r"(?:^|(?<=[.!?\n]))[^.!?\n]*\b(?:so|and)\s+(?:that|this|the)\s+(?:line|text|copy|wording|claim|bit|part|one)\s+"
    r"(?:stays|can\s+stay|remains|is\s+fine|is\s+ok(?:ay)?)\s*[.!]+",
    _I,
)


# "What they DO need: …", "what we need is:": a lead-in to the request, no question
_WHAT_THEY_NEED_RE = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*what\s+(?:they|we|she|he|the\s+client|legal|i)\s+(?:do\s+|really\s+|actually\s+)?"
    r"(?:need|want|ask\s+for|are\s+asking\s+for)(?:\s+is)?\s*[:\-–—]\s*",
    _I,
)


def without_staying_lines(masked: str) -> str:
    """``masked`` without sentences that end by keeping a line ("…, so that line stays."), when
    something else is left, and without a lead-in "what they do need:"."""
    masked = _WHAT_THEY_NEED_RE.sub(" ", masked)
    rest = _STAYS_RE.sub(" ", masked)
    if rest == masked or not re.search(r"\w", rest):
        return masked
    return rest.strip()


# ----------------------------------------------------------------------------------------------
# "what does it end on?"
# ----------------------------------------------------------------------------------------------

_ENDS_ON_RE = re.compile(
    r"\b(?P<q>what|how)\s+(?P<aux>does|do|did)\s+(?P<subj>[^?.!,;]{1,40}?)\s+"
    r"(?:(?P<end>end|finish|close|wrap\s+up)|(?P<start>open|start|begin|kick\s+off))\s+(?:on|with)\b",
    _I,
)


def ends_on(masked: str) -> str:
    """``masked`` with "what does X end on / open with" said as "what does X say at the end / start"."""
    return _ENDS_ON_RE.sub(
        lambda m: (
            f"what {m.group('aux')} {m.group('subj')} say at the {'end' if m.group('end') else 'start'}"
        ),
        masked,
    )


__all__ = [
    "ends_on",
    "new_phone_number",
    "without_staying_lines",
    "reported_answer",
    "it_as_asked_text",
    "kept_after_all",
    "without_bare_approvals",
    "without_kept_colours",
]
