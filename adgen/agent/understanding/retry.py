"""A refused request tried again with what the marketer corrects: "scene 6 text 'Now on tap'" ->
"There is no scene 6…" -> "sorry, scene 3"; "make it 200 seconds" -> "An ad can be 5 s to 120 s
long…" -> "ok then the max"; "make the cta text size 5" -> "fine, 24 then".

Part of :mod:`adgen.agent.understanding`. When a request is refused for one wrong value (a scene
that does not exist, a number out of range), the refusal keeps the message as a template with a
marker where that value was (:class:`adgen.agent.conversation_state.PendingQuestion` ``retry``),
and what kind of value goes there (``value_kind``: "scene", or a key of ``refusals.LIMITS``).
A reply that gives only such a value fills the marker and the message is read again.

And after a request that worked, a reply that gives only a number ("make it 15 instead",
"actually 12") takes the unit of the one number of that request ("20s" -> "15 s").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from adgen.agent.understanding import refusals
from adgen.agent.understanding.normaliser import normalise
from adgen.agent.understanding.quotes import mask_quotes, unmask
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import find_colors
from adgen.project import AdProject

MARK = "\u27e6value\u27e7"
_I = re.I
_LEAD = (
    r"^\W*(?:(?:ok(?:ay)?|fine|alright|then|so|sure|sorry|oops|oh|ah|uh|um|err|ugh+|meh|argh+|no|nope|hmm+|actually|well|right|my\s+bad|"
    r"i\s+meant|i\s+mean|meant|wait|"
    # "hmm too long, do 45": the complaint about the value just set, then the value that fixes it
    r"(?:(?:that'?s|it'?s|thats|its)\s+)?(?:(?:a\s+bit|a\s+little|way|much|far|bit)\s+)?too\s+"
    r"(?P<too>long|short|much|little|loud|quiet|big|small|fast|slow|high|low))\b[\s,.!]*)*"
)
_VALUE = (
    # ("ok whatever the minimum is then", "whatever's the max": round 34 j)
    r"(?P<v>\d{1,4}(?:\.\d+)?|(?:whatever(?:'?s|\s+is)?\s+)?(?:the\s+)?(?P<end>max(?:imum)?|min(?:imum)?|longest|shortest|biggest|largest|smallest|"
    r"highest|lowest|loudest|quietest)(?:\s+(?:allowed|possible|then|(?:it|you|we|i)\s+can\s+(?:go|be|get|make\s+it)|there\s+is"
    # ("fine, then the longest you can do", "ok the biggest you're allowed then": round 26 f)
    r"|(?:you|we|i)\s+(?:can|could)\s+(?:do|manage|give\s+me|allow)|(?:(?:you'?re|you\s+are|we'?re|we\s+are|i'?m|it'?s|it\s+is)\s+)?allowed(?:\s+to(?:\s+(?:go|do|make\s+it|be))?)?"
    r"|(?:it|that)\s+(?:goes|gets|will\s+go|can\s+take)|(?:you'?ve|you\s+have)\s+got|you\s+support"
    r"|(?:(?:length|duration|size|volume|value)\s+)?is))?)"
    # ("20ish is fine", "25 or so works"): about that number, said as fine
    r"\s*(?P<unit>%|s|secs?|seconds?|px|pt|points?)?(?:\s*-?\s*ish|\s+or\s+so)?"
    r"(?:\s+(?:then|instead|please|pls|it\s+is|is\s+fine|(?:is|would\s+be|'d\s+be|sounds|seems)\s+(?:fine|good|ok(?:ay)?|right|plenty|enough)|works|max))*\W*$"
)
# A reply that only gives a value: "fine, 24 then", "ok then the max", "how about 90?", "about 20".
VALUE_ONLY_RE = re.compile(
    _LEAD
    + r"(?:(?:use|try|go\s+with|how\s+about|what\s+about)\s+)?(?:(?:about|around|roughly|maybe|like)\s+)?"
    + _VALUE,
    _I,
)
# ... or says it with "make it": "make it 15 instead" (a request of its own after a refusal).
VALUE_RE = re.compile(
    _LEAD
    + r"(?:(?:make|set|put)\s+(?:it|that)\s+(?:to\s+)?"
    + r"|(?:let'?s\s+)?(?:use|try|do|go\s+(?:with|for)|how\s+about|what\s+about)\s+)?"
    + _VALUE,
    _I,
)
# ... or with a verb that shortens what was asked about: "like cut it to 4 sec" after "How long
# should scene 2 be?" (the unit said is that length's, never the whole ad's: "cut" names "it").
_CUT_TO_RE = re.compile(
    _LEAD
    + r"(?:(?:like|just|maybe|yeah)\s+)*(?:cut|trim|shorten|chop|bring|take|get)\s+(?:it|that|this)\s+(?:down\s+)?to\s+"
    + _VALUE,
    _I,
)
_SCENE_ONLY_RE = re.compile(
    _LEAD
    # "put it on the last scene", "add it to the cta", "in the hook please": the scene, said with its verb
    + r"(?:(?:(?:put|add|place|stick|use|do|make|move)\s+(?:it|that|them|this)\s+)?(?:in|on|onto|for|to|at)\s+)?"
    + r"(?P<ref>.+?)(?:\s+(?:then|instead|please|pls|thanks))*\W*$",
    _I,
)
_HIGH = ("max", "maximum", "longest", "biggest", "largest", "highest", "loudest")


def template_for_scene(raw: str, wrong: str) -> str | None:
    """The message with the wrong scene reference ("scene 6") marked, or None."""
    m = re.search(re.escape(wrong), raw, _I)
    if m is None:
        return None
    return raw[: m.start()] + MARK + raw[m.end() :]


_UNIT = r"(?:%|s|secs?|seconds?|mins?|minutes?|hrs?|hours?|px|pt|points?)(?![\w%])"
_MARKER_RE = re.compile("\u27e6value(?:\\|(?P<unit>[^\u27e7]*))?\u27e7")


def template_for_value(raw: str, clause: str) -> str | None:
    """The message with the one number of the refused clause (and its unit) marked, or None.

    The marker keeps the unit as written ("⟦value|minutes⟧"), so a bare number in the reply
    keeps it and a limit ("the max", in seconds) replaces it.
    """
    numbers = re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?=\s*-?\s*" + _UNIT + r"|(?![\w.]))", clause)
    if len(set(numbers)) != 1:
        return None
    m = re.search(rf"(?<![\w.]){re.escape(numbers[0])}(?P<unit>\s*-?\s*{_UNIT})?(?![\d.])", raw)
    if m is None:
        return None
    unit = (m.group("unit") or "").strip(" -")
    return raw[: m.start()] + f"\u27e6value|{unit}\u27e7" + raw[m.end() :]


def _fill_marker(template: str, words: str) -> str:
    return _MARKER_RE.sub(lambda _: words, template, count=1)


@dataclass(frozen=True)
class Filled:
    """The refused message with the new value, and why that value is not the one named
    ("the max" of a 3-scene ad is 90 s, not 120 s), when it is not."""

    text: str
    bound_note: str | None = None
    limit: str | None = None  # "max" or "min" when the reply asked for the limit ("ok then the max")


# "make a variant called cosy" -> "What should be different…?" -> "in that one change the cta to
# …": the reply is the variant's difference ("in that one", "there" say which version it is for).
VARIANT_BODY = "variant"
# The reply to "Which colour should the hook text be?": one colour, said alone.
COLOUR = "colour"
_COLOUR_FILLER_RE = re.compile(
    r"\b(?:ok(?:ay)?|so|then|um+|hmm+|let'?s|lets|go|with|try|use|make\s+it|i\s+guess|i\s+think|maybe|"
    r"how\s+about|what\s+about|please|pls|thanks|the|a|an|one|colou?r|instead)\b|[\W_]+",
    _I,
)


def _colour_reply(reply: str) -> str | None:
    """The colour a reply names when it names one and little else ("cyan", "go with teal pls")."""
    colours = find_colors(reply)
    if len(colours) != 1:
        return None
    rest = reply[: colours[0].start] + " " + reply[colours[0].end :]
    if _COLOUR_FILLER_RE.sub("", rest).strip():
        return None
    return reply[colours[0].start : colours[0].end]


_FOR_THAT_VERSION_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|then|now)\b[\s,]*)*(?:(?:in|on|for)\s+(?:that|this|the\s+new|it)(?:\s+(?:one|version|variant))?"
    r"|there)?\b[\s,:]*",
    _I,
)


def variant_template(raw: str) -> str:
    """The request for a variant that said no difference, to be read again with the reply's."""
    return f"{raw.rstrip(' .!?')} where {MARK}"


def fill(
    template: str, value_kind: str | None, reply: str, project: AdProject | None, offered: Sequence[int] = ()
) -> Filled | None:
    """The message again with the reply's value in place, or None when the reply gives none.
    ``offered``: the scene numbers a "which scene?" question named, in its order."""
    if value_kind == VARIANT_BODY:
        body = _FOR_THAT_VERSION_RE.sub("", reply, count=1).strip()
        return Filled(template.replace(MARK, body)) if body else None
    if value_kind == COLOUR:
        colour = _colour_reply(reply)
        return Filled(template.replace(MARK, colour)) if colour else None
    if value_kind == "scene":
        text = _fill_offered(template, reply, offered) or _fill_scene(template, reply, project)
        if text is None and offered and _YOUR_CHOICE_RE.match(reply.strip()):
            text = _fill_marker(template, f"scene {offered[0]}")  # "whatever you think": the first offered
        return Filled(text) if text is not None else None
    marker = _MARKER_RE.search(template)
    if value_kind == VOICE_RATE:  # "fine, 1.5x then": the pace's own unit
        reply = re.sub(r"(?<=\d)\s*(?:x|times)\b", "", reply, flags=re.I)
    reply = _LIMIT_VERB_RE.sub(
        lambda v: "the max" if v.group("hi") or v.group("hi2") else "the min", reply
    )  # "max it then"
    # "fine, 24 then", and "ok then make it 4" / "make it 60%": the refused request's value ("make
    # it 20 seconds", a length said with its unit, is a request of its own: the ad's length)
    m = VALUE_ONLY_RE.match(reply.strip())
    said = VALUE_RE.match(reply.strip()) if m is None else None
    if said is not None and not re.fullmatch(r"s|secs?|seconds?", said.group("unit") or "", _I):
        m = said
    if m is None and value_kind is not None and "duration" in value_kind:
        m = _CUT_TO_RE.match(reply.strip())
    if m is None or marker is None:
        return None
    unit = marker.group("unit") or ""
    note = limit = None
    if m.group("end"):
        limit = "max" if m.group("end").lower() in _HIGH else "min"
        if value_kind not in refusals.LIMITS:
            return None
        value, note = _limit(value_kind, m.group("end").lower() in _HIGH, project)
        if unit == "%":
            value *= 100
        elif "duration" in value_kind:
            unit = "s"  # the limits are in seconds, whatever the unit asked in
        number = f"{value:g}"
    else:
        number = m.group("v")
        said_unit = m.group("unit")
        if not said_unit and _MINUTES_RE.fullmatch(unit) and value_kind and "duration" in value_kind:
            # "3 mins" refused, then "ok then 30": a number no ad runs in minutes is seconds
            if _number(number) * 60 > refusals.LIMITS[value_kind][1]:
                unit = "s"
        unit = said_unit or unit
    spaced = "" if unit in ("", "%", "x") else " "
    return Filled(_fill_marker(template, number + spaced + unit), note, limit)


# A refused pace ("speed the voice to 3x"), asked again with the reply's ("fine, 1.5x then").
VOICE_RATE = "voice_rate"
_RATE_SAID_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:x|times)\b", re.I)


def template_for_rate(raw: str) -> str | None:
    """The message with its one pace ("3x") marked, or None."""
    found = list(_RATE_SAID_RE.finditer(raw))
    if len(found) != 1:
        return None
    return raw[: found[0].start()] + "\u27e6value|x\u27e7" + raw[found[0].end() :]


_MINUTES_RE = re.compile(r"m|mins?|minutes?", re.I)
# "ugh fine, max it then", "just max it out", "as big as it goes": the limit, said as a verb.
_LIMIT_VERB_RE = re.compile(
    r"(?:\bjust\s+)?\b(?:(?P<hi>max|maxx|maximi[sz]e)|min|minimi[sz]e)\s+(?:it|that|them)(?:\s+out)?\b"
    r"|\bas\s+(?P<hi2>big|large|high|loud|long)\s+as\s+(?:it\s+)?(?:goes|can\s+go|allowed|possible)\b",
    re.I,
)


def _number(token: str) -> float:
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return 0.0


def longest_by_scenes(project: AdProject | None) -> list[dict[str, Any]] | None:
    """ "the longest you can do" after a refused length: the scenes each as long as they need to be
    for the longest an ad can be (each at most 30 s; a scene that would pass 30 s stops there and
    the others share the rest, in their proportions), as wire operations; None when the scenes
    scaled together already reach it, or the scenes together cannot."""
    if project is None or not project.scenes:
        return None
    target = refusals.longest_ad(project)
    if refusals.reachable("ad_duration", project)[1] >= target:
        return None
    lengths = {s.id: s.duration_sec for s in project.scenes}
    fixed: dict[str, float] = {}
    while True:
        free = {k: v for k, v in lengths.items() if k not in fixed}
        if not free:  # every scene at 30 s
            new = dict(fixed)
            break
        left = target - sum(fixed.values())
        scale = left / sum(free.values())
        over = [k for k, v in free.items() if v * scale >= refusals.SCENE_MAX_SEC]
        if not over:
            new = {**fixed, **{k: round(v * scale, 1) for k, v in free.items()}}
            break
        for k in over:
            fixed[k] = refusals.SCENE_MAX_SEC
    drift = round(target - sum(new.values()), 1)
    if drift:  # rounding: the longest free scene takes the tenths
        key = max((k for k in new if k not in fixed), key=lambda k: new[k], default=None)
        if key is not None:
            new[key] = round(new[key] + drift, 1)
    return [
        {"operation": "update_scene", "sceneId": s.id, "durationSec": new[s.id]}
        for s in project.scenes
        if new[s.id] != s.duration_sec
    ]


def _limit(kind: str, high_end: bool, project: AdProject | None) -> tuple[float, str | None]:
    """The highest (or lowest) value this ad can take, and a note when it is not the general one."""
    low, high = refusals.reachable(kind, project)
    general_low, general_high, _, form = refusals.LIMITS[kind]
    if kind == "ad_duration" and high_end and project is not None and project.scenes:
        # "the max" of a length: the scenes each get their share (see longest_by_scenes), not
        # scaled together, so a 3-scene ad's max is 90 s (its scenes at 30 s), not 60 s
        value = refusals.longest_ad(project)
        if value == general_high:
            return value, None
        count = len(project.scenes)
        return value, (
            f"The longest this ad can be is {form.format(value)}: it has {count} scenes and each can be "
            f"at most {form.format(refusals.SCENE_MAX_SEC)}."
        )
    value = high if high_end else low
    if value == (general_high if high_end else general_low):
        return value, None
    word = "longest" if high_end else "shortest"
    return value, (
        f"The {word} this ad can be is {form.format(value)}: its scenes change length together "
        "and each can be 0.5 to 30 s."
    )


# "the second one", "the 2nd", "the latter": a place in the question's list of scenes.
_ORDINAL_REPLY_RE = re.compile(
    _LEAD + r"(?:the\s+)?(?P<nth>first|1st|former|second|2nd|third|3rd|fourth|4th|"
    r"last|latter)(?:\s+(?:one|option|scene))?(?:\s+(?:then|please|pls))*\W*$",
    _I,
)
_NTH = {"first": 0, "1st": 0, "former": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}


def _fill_offered(template: str, reply: str, offered: Sequence[int]) -> str | None:
    """ "the second one" after "scene 2 or scene 3?": scene 3, the second scene offered."""
    m = _ORDINAL_REPLY_RE.match(reply.strip())
    if m is None or not offered:
        return None
    nth = m.group("nth").lower()
    if nth == "latter" and len(offered) != 2:
        return None
    index = len(offered) - 1 if nth in ("last", "latter") else _NTH[nth]
    return _fill_marker(template, f"scene {offered[index]}") if index < len(offered) else None


# "whatever you think", "you pick", "up to you", "either is fine": the choice left to us.
_YOUR_CHOICE_RE = re.compile(
    _LEAD + r"(?:(?:whatever|whichever)(?:\s+(?:one\s+)?(?:you\s+(?:think|like|prefer|want|feel)"
    r"(?:\s+is\s+best)?|works(?:\s+best)?))?"
    r"|you\s+(?:choose|pick|decide)|(?:it'?s\s+)?up\s+to\s+you|your\s+(?:call|choice)|(?:i\s+)?don'?t\s+(?:mind|care)"
    r"|(?:it\s+)?doesn'?t\s+matter|either(?:\s+one)?(?:\s+(?:is|works))?(?:\s+fine)?"
    r"|any(?:\s+of\s+them)?(?:\s+is\s+fine)?|dealer'?s\s+choice|surprise\s+me)"
    r"(?:\s+(?:really|honestly|then|please|pls))*\W*$",
    _I,
)


def _fill_scene(template: str, reply: str, project: AdProject | None) -> str | None:
    if project is None:
        return None
    m = _SCENE_ONLY_RE.match(reply.strip())
    if m is None:
        return None
    words = m.group("ref")
    refs = [r for r in find_scene_refs(words, project, []) if r.ids or r.error]
    if len(refs) != 1:
        return None
    ref = refs[0]
    if re.sub(r"\b(?:the|scene|one)\b|\W", "", words[: ref.start] + words[ref.end :], flags=_I):
        return None  # more than a scene: a request of its own
    return _fill_marker(template, ref.text)


# The complaints a value of each unit answers ("too long, do 45" after a length in seconds).
_COMPLAINTS_OF_UNIT: dict[str, tuple[str, ...]] = {
    "s": ("long", "short", "much", "little", "fast", "slow"),
    "sec": ("long", "short", "much", "little", "fast", "slow"),
    "second": ("long", "short", "much", "little", "fast", "slow"),
    "%": ("loud", "quiet", "much", "little", "high", "low"),
    "px": ("big", "small", "much", "little"),
    "pt": ("big", "small", "much", "little"),
}


# The unit a number of each field is said in, to stand for a request undone: (field, unit, scale).
_UNIT_OF_FIELD: tuple[tuple[str, str, float], ...] = (
    ("durationSec", "s", 1.0),
    ("fontSize", "px", 1.0),
    ("volume", "%", 100.0),
)


def request_of(last_operations: list[dict[str, Any]]) -> str | None:
    """The number and unit of the one value the last change set ("2 s"), to stand for its words
    once it was undone ("make the hook 2 seconds", "undo", "make it 3 instead"); None when it set
    no such value or more than one."""
    found = [
        f"{round(op[name] * scale, 2):g}{unit}"
        for op in last_operations
        for name, unit, scale in _UNIT_OF_FIELD
        if isinstance(op.get(name), int | float) and not isinstance(op.get(name), bool)
    ]
    return found[0] if len(found) == 1 else None


def borrowed_unit(reply: str, last_request: str | None) -> str | None:
    """ "make it 15 instead" after "…, 20s, …": the reply with the last request's unit ("15 s")."""
    m = VALUE_RE.match(reply.strip())
    if m is None or m.group("unit") or m.group("end") or not last_request:
        return None
    last_request = normalise(mask_quotes(last_request)[0])  # "6 sceonds": its unit read through the typo
    units = re.findall(
        r"(?<![\w.])\d+(?:\.\d+)?\s*-?\s*(s|secs?|seconds?|%|px|pt)(?![\w%])", last_request, _I
    )
    if len({u.lower() for u in units}) != 1 or len(re.findall(r"(?<![\w.])\d+(?:\.\d+)?", last_request)) != 1:
        return None
    too = (m.group("too") or "").lower()
    if too and too not in _COMPLAINTS_OF_UNIT.get(units[0].lower().rstrip("s") or "s", ()):
        return None  # "too loud, do 40" after a length: the complaint is about something else
    end = m.end("v")
    text = reply.strip()
    # ("do 45 s" would read as a question, "do …?"; the request is "make it 45 s")
    return re.sub(
        r"\b(?:let'?s\s+)?do\s+(?=\d)", "make it ", f"{text[:end]} {units[0]}{text[end:]}", count=1, flags=_I
    )


# The unit a bare number takes right after a question was answered about that kind of thing, and
# what "it" then names when the answer named no scene: "how long is the hook?" -> "make it 6"
# (seconds, the hook); "how loud is the music?" -> "make it 40" (%, the music's volume).
TOPIC_UNITS: dict[str, str] = {"duration": "s", "audio": "%", "text_size": "px"}
# Topics whose answer about the whole ad leaves "it" meaning the ad: "how long is the ad?" ->
# "make it 15" (the ad, 15 s).
WHOLE_AD_TOPICS: frozenset[str] = frozenset({"duration"})
# What "it" names after a question about the topic ("which font is it?" -> "switch it to Lora").
TOPIC_SUBJECTS: dict[str, str] = {
    "audio": "the music volume",
    "font": "the brand font",
    "tagline": "the tagline",
    "brand": "the brand name",
}
# What "it" names when the question was about one scene's field: the scene, then the field.
SCENE_SUBJECTS: dict[str, str] = {"text_size": "{} text size"}
_UNIT_AFTER_RE = re.compile(r"^\s*-?\s*(?:%|s|secs?|seconds?|mins?|minutes?|px|pt|points?)(?![\w%])", _I)


def unit_of_topic(reply: str, topic: str | None, subject: str | None = None) -> str | None:
    """ "make it 6" after a question about lengths: the reply with the topic's unit ("6 s"), and
    "it" replaced by what the question was about (``subject``: "scene 1"), when it named one."""
    unit = TOPIC_UNITS.get(topic or "")
    if subject and topic in SCENE_SUBJECTS:
        subject = SCENE_SUBJECTS[topic].format(subject)  # "scene 2 text size", not "scene 2 to 60"
    subject = subject or TOPIC_SUBJECTS.get(topic or "")
    text = reply.strip()
    if unit is None:
        return None
    m = VALUE_RE.match(text)
    if m is not None:
        if m.group("end"):
            return None
        end = m.end("v")
    else:
        # "shorten it to 6", "bring it down to 40": a short request about "it" with one number.
        numbers = list(re.finditer(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", text))
        if len(numbers) != 1 or len(text.split()) > 6 or not re.search(r"\bit\b", text, _I):
            return None
        end = numbers[0].end()
    if not _UNIT_AFTER_RE.match(text[end:]):
        text = f"{text[:end]}{'' if unit == '%' else ' '}{unit}{text[end:]}"
    elif not subject:
        return None  # a unit of its own and nothing to name: read as it is
    if subject:
        text = re.sub(r"\bit\b", subject, text, count=1, flags=_I)
        if subject not in text:
            text = f"{subject} {text}"
    return text


def it_of_topic(reply: str, topic: str | None) -> str | None:
    """ "switch it to Lora" after "which font are we using?": "it" is what the question was about."""
    subject = TOPIC_SUBJECTS.get(topic or "")
    text = reply.strip()
    # (the quoted words count as one: "for the spring push make it 'Light up every evening'")
    masked, quotes = mask_quotes(text)
    if subject is None or len(masked.split()) > 8 or not re.search(r"\bit\b", masked, _I):
        return None
    return unmask(re.sub(r"\bit\b", subject, masked, count=1, flags=_I), quotes)


__all__ = [
    "MARK",
    "TOPIC_SUBJECTS",
    "TOPIC_UNITS",
    "WHOLE_AD_TOPICS",
    "VALUE_ONLY_RE",
    "VALUE_RE",
    "Filled",
    "borrowed_unit",
    "fill",
    "template_for_scene",
    "template_for_value",
    "it_of_topic",
    "template_for_rate",
    "unit_of_topic",
    "variant_template",
]
