"""Part of a scene's words changed, the rest kept: compliance and price edits.

Part of :mod:`adgen.agent.understanding` (issue 15, precision first; round twenty-five b):

- "change 'today' to 'now' on the cta", "swap €29 for £25 in the end card": only those words of the
  text are replaced (read as new words, the whole text became "now on the cta");
- "add the ® to Northwind wherever it shows", "legal: it's Northwind™": the mark after the name in
  every text that has it (or in the scenes named);
- "the cta line has to end with 'Terms apply.'", "add 'Limited stock.' at the end of the
  showcase voice-over": the words after the text, the rest kept (read as new words, the text was
  lost);
- "we can't claim 100% — the showcase has to lose it", "legal won't let us say 'best', take it
  out of the hook": those words out of the text (read as "remove the showcase", the scene went).

Each reads the marketer's own message (quotes masked) against the document: the words must be in
a text, or the reading is left to the others. A scene named by what its text shows ("the rating
card", "the price screen", "the flax line") is resolved here too (:func:`content_scene`).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.confirm import NO_WORDS, YES_WORDS
from adgen.agent.understanding.content_kinds import KIND_BY_NAME, showing_a_code
from adgen.agent.understanding.framing import text_cue_end, unframed
from adgen.agent.understanding.line_ups import LINE_UP_WRITTEN
from adgen.agent.understanding.quotes import PLACEHOLDER_RE, Quoted, mask_quotes
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs
from adgen.agent.understanding.values import find_colors
from adgen.project import AdProject
from adgen.tools import operations as ops

_I = re.I
_Q = "\ue000[\ue100-\ue1ff]"
_LEAD = (
    r"^\W*(?:(?:legal|compliance|client|note|fyi|heads\s+up|small\s+(?:fix|change)|quick\s+(?:fix|one))\s*[:,-]\s*)?"
    r"(?:(?:please|pls|can\s+you|could\s+you|can\s+we|could\s+we|just|and|also|then|now|ok(?:ay)?)\s+)*"
)
# "change 'today' to 'now' on the cta", "swap €29 for £25 in the end card"
# (each verb with its own joining word: "replace Wake up to cold brew with …" is one old text)
_SWAP_RE = re.compile(
    _LEAD + r"(?:(?:change|switch|update|edit)\s+(?:the\s+(?:words?|price|figure|number)\s+)?"
    rf"(?P<old>{_Q}|[^\s\ue000][^\ue000]{{0,40}}?)\s+(?:to|into|->|→|=>)\s+"
    r"|(?:swap|replace)\s+(?:the\s+(?:words?|price|figure|number)\s+)?"
    rf"(?P<old2>{_Q}|[^\s\ue000][^\ue000]{{0,40}}?)\s+(?:with|for|->|→|=>)\s+)"
    rf"(?P<new>{_Q}|[^\ue000]+?)(?:\s+(?:on|in|at|for|of)\s+(?P<where>[^\ue000]+?))?[\s.!]*$",
    _I,
)
# Words that name a field or a thing of the ad, never words of its text.
_NOT_TEXT_RE = re.compile(
    r"^(?:the\s+|its\s+|that\s+|this\s+)?(?:it|this|that|them|everything|all|text|words?|copy|line|headline|caption|"
    r"colou?rs?|size|font|music|song|track|background|voice|voice-?over|length|duration|speed|pace|"
    r"look|mood|style|logo|product|scene|scenes|hook|cta|ending|intro)$|^(?:the|scene|scenes'?)\s+order$",
    _I,
)
_WHERE_TAIL_RE = re.compile(
    r"^\W*(?:'s\s+)?(?:(?:text|words|line|copy|headline|caption|overlay|card|screen|slide|frame)\s*)?"
    r"(?:(?:please|pls|too|only|as\s+well)\b\W*)*$",
    _I,
)
_MARK_RE = re.compile(r"™|®|\((?:tm|r)\)|\b(?-i:TM)\b", _I)
_MARK_SAID_RE = re.compile(r"\b(?:trade\s*mark|registered)\s+(?:symbol|sign|mark)\b", _I)
_MARK_NOT_ADDED_RE = re.compile(
    r"\b(?:remove|delete|drop|take\s+(?:off|out|away)|lose|get\s+rid|without|strip|kill|no\s+need|don'?t|doesn'?t|"
    r"not|never|looks?|weird|wrong|ugly|odd|too\s+(?:big|small)|smaller|bigger)\b",
    _I,
)
_PRODUCT_NAME_RE = re.compile(r"\b(?:the\s+)?(?:product|brand|app)(?:'s)?\s+name\b", _I)
_EVERYWHERE_RE = re.compile(
    r"\b(?:wherever|everywhere|every\s+time|each\s+time|all\s+(?:the\s+)?(?:texts?|scenes|places|mentions))\b",
    _I,
)
# "the last voice-over line has to end with 'X'", "end the cta text with 'X'", "add 'X' at the end of …"
_FIELD = (
    r"(?:voice[\s-]?over|vo|narration|voice)(?:\s+(?:line|text|script|copy|sentence))?"
    r"|(?:text|line|copy|caption|headline|sentence|words|overlay|wording)"
)
_ENDS_WITH_RE = re.compile(
    _LEAD + rf"(?P<where>[^\ue000]*?\b(?:{_FIELD}))\s+"
    r"(?:(?:has|have|needs?|must|should|ought)\s+(?:to\s+)?|is\s+to\s+|will\s+)?"
    rf"(?:end|finish|close)s?\s+(?:with|on|in)\s*:?\s*(?P<q>{_Q})[\s.!]*$"
    + "|"
    + _LEAD
    + rf"(?:end|finish|close)\s+(?P<where2>[^\ue000]*?\b(?:{_FIELD}))\s+(?:with|on)\s*:?\s*(?P<q2>{_Q})[\s.!]*$"
    + "|"
    + _LEAD
    + rf"(?:add|put|append|tack|stick)\s+(?P<q3>{_Q})\s+(?:at|to|on|onto)\s+the\s+end\s+of\s+"
    r"(?P<where3>[^\ue000]+?)[\s.!]*$",
    _I,
)
_VOICE_RE = re.compile(r"\b(?:voice[\s-]?over|vo|narration|voice|narrator|spoken)\b", _I)
# "we can't say 100% — the showcase has to lose it", "legal won't let us claim 'best', take it out of the hook"
_CLAIM_LEAD_RE = re.compile(
    r"^\W*(?:(?:legal|compliance|client|note|fyi)\s*[:,-]\s*)?(?:(?:legal|compliance|they|the\s+client)\s+says?\s+)?"
    r"(?:we|you|i)\s+(?:can'?t|cannot|can\s+not|mustn'?t|shouldn'?t|are\s+not\s+allowed\s+to|aren'?t\s+allowed\s+to)\s+"
    r"(?:say|claim|use|show|promise|print)\s+|^\W*(?:legal|compliance|they)\s+(?:won'?t|will\s+not|doesn'?t|does\s+not)\s+"
    r"(?:let\s+us|allow\s+us\s+to|allow)\s+(?:say|claim|use|show|promise)\s+",
    _I,
)
_CLAIM_RE = re.compile(
    rf"(?P<w>{_Q}|[^\s\ue000,;:—–]+(?:\s+[^\s\ue000,;:—–]+){{0,2}}?)(?:\s+(?:claim|anywhere|on\s+screen))?"
    r"\s*(?:[—–,;:.]+|\s-\s|\s+so\s+|\s+and\s+)\s*(?P<rest>.+?)[\s.!]*$",
    _I,
)
_LOSE_IT_RE = re.compile(
    r"^(?:(?:so|and|then|please|pls)\s+)*(?P<where>.+?)\s+(?:has|have|needs?|must|should|will\s+have)\s+(?:to\s+)?"
    r"(?:lose|drop|remove|cut|lose|shed)\s+(?:it|that|them|the\s+claim|those\s+words)$"
    r"|^(?:(?:so|and|then|please|pls)\s+)*(?:take|get|cut|drop|remove|lose|strip|pull)\s+(?:it|that|them|the\s+claim)\s+"
    r"(?:out\s+)?(?:of|from|off)\s+(?P<where2>.+?)$"
    r"|^(?:(?:so|and|then|please|pls)\s+)*(?:take|get|cut|drop|remove|lose|strip|pull)\s+(?:it|that|them|the\s+claim)"
    r"(?:\s+out)?(?:\s+(?:please|pls))?$",
    _I,
)


_SCENE_WORD_RE = re.compile(
    r"\b(?:scene|card|screen|slide|frame|shot|text|line|copy|caption|headline)s?\b", _I
)
_BARE_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds?|%|percent|x)?$", _I)


def _inner(token: str, quotes: list[Quoted]) -> str:
    found = PLACEHOLDER_RE.fullmatch(token.strip())
    return quotes[ord(found.group(1)) - 0xE100].inner if found else token.strip()


def _has(text: str, words: str) -> re.Match[str] | None:
    if not words:
        return None
    left = r"(?<!\w)" if words[0].isalnum() else ""
    right = r"(?!\w)" if words[-1].isalnum() else ""
    return re.search(left + re.escape(words) + right, text, _I)


def _label(project: AdProject, scene_id: str) -> str:
    scene = project.scene(scene_id)
    return f"scene {[s.id for s in project.scenes].index(scene_id) + 1} ({ROLE_LABEL[scene.role]})"


# --- a scene named by what its text shows --------------------------------------------------------
_KIND_WORDS = r"(?:card|screen|slide|frame|scene|shot|line|bit|part|text|caption|one)"
# Each kind of content a scene's text shows: the words that name it ("the rating card", "the price
# screen") and what in the text shows it. One table for content_scene and _KIND_NAME_RE.
_CONTENT_KIND_WORDS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("rating", "ratings", "stars?", "review", "reviews", "score"),
        re.compile(r"★|☆|⭐|\bstars?\b|\brated\b|\b\d(?:\.\d)?\s*/\s*5\b", _I),
    ),
    (
        ("price", "pricing", "prices", "cost"),
        re.compile(r"[€£$¥₹₦]\s?\d|\d\s?(?:€|£|\$|usd|eur|gbp|inr)\b|\b(?:usd|eur|gbp|inr)\s?\d", _I),
    ),
    (
        ("url", r"web\s+address", "website", "link"),
        re.compile(r"\bwww\.|\.(?:com|co|io|app|net|org)\b|https?://", _I),
    ),
    (
        # ("the finance card", "the APR slide": a dealer's 0% APR offer; round thirty-one c)
        ("finance", "financing", "apr", "loan", "payments?"),
        re.compile(
            r"\bAPR\b|\bfinanc\w*|\b\d+\s*(?:months|mos?)\b|/\s?mo\b|\bper\s+month\b|\bdown\s+payment\b", _I
        ),
    ),
    (
        (r"promo(?:\s+code)?", "discount", "code", "coupon"),
        re.compile(r"\b[A-Z]{3,}\d{1,3}\b|\d+\s?%\s*off\b|\bcode\b", _I),
    ),
    # ("the finance card", "the APR text": a dealer's or a lender's terms, round thirty-one b)
    (
        ("finance", "financing", "apr", "interest", "payment", "payments", "loan"),
        re.compile(r"\bAPR\b|\bfinanc\w*|\binterest\b|\bper\s+month\b|/\s?mo\b|\bmonthly\s+payments?\b", _I),
    ),
)
# The kinds :mod:`content_kinds` answers questions about, named as a card or a line ("the hours
# card", "the phone number line", "the finance card", "the listing text"; round thirty-one d,
# dev22's restaurants and dealers): the words, and how content_kinds.KINDS writes one.
_ASKED_KIND_NAMES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        (
            r"(?:opening|store|shop|class|business)\s+(?:hours|times)",
            "hours",
            "times",
            "schedule",
            "timetable",
        ),
        "opening hours",
    ),
    ((r"phone(?:\s+number)?", r"contact\s+number", "telephone", "number"), "a phone number"),
    (("address", "directions"), "an address"),
    (("date", "dates"), "a date"),
    ((r"financ(?:e|ing)", "apr", r"monthly\s+payments?", "payments?", "lease"), "financing"),
    # (round thirty-five b: "the ages card", "race card to 6s"; several such cards: asked which)
    (("ages", r"age\s+range"), "ages"),
    (("race",), "a race distance"),
)
_CONTENT_KIND_WORDS += tuple((words, KIND_BY_NAME[name].written) for words, name in _ASKED_KIND_NAMES) + (
    # a gig's or a festival's line-up: names joined by "+", "&", "w/", "b2b", "feat." ("the lineup
    # text bigger", "the line up txt in the centre"; round thirty-seven a, dev23's band night)
    (
        (r"line[\s-]?ups?", "lineup", "acts", "bands", "artists", "performers", "headliners?"),
        LINE_UP_WRITTEN,
    ),
    # a dealer's or an agent's listing: the car or the house, its figures and its price
    (
        ("listing", "specs"),
        re.compile(
            r"[€£$]\s?\d|\b\d[\d,.]*k?\s+(?:miles|mi|km)\b|\b\d\s*(?:bed|bd|bath|ba)s?\b|\bsq\.?\s?ft\b|\blisted\b",
            _I,
        ),
    ),
)
# The words of a kind that _KIND_NAME_RE leaves out, as it always has: "the score screen", "the
# code slide", "the prices card", "the cost slide" are not turned into "scene N" before reading.
_NOT_CARD_NAMES = frozenset({"score", "prices", "cost", "code"})
_CONTENT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    ("(?:" + "|".join(words) + ")", shows) for words, shows in _CONTENT_KIND_WORDS
)
_CARD_NAMES = "|".join(
    word for words, _ in _CONTENT_KIND_WORDS for word in words if word not in _NOT_CARD_NAMES
)


def content_scene(words: str, project: AdProject) -> list[str]:
    """The one scene whose text shows what ``words`` name ("the rating card", "the price screen",
    "the flax line"): [] when none or several fit."""
    hits = content_scenes(words, project)
    return hits if len(hits) == 1 else []


# ("the open till 2am card", "the 0% APR card", "the $9 line": up to five words of the copy)
_COPY_WORDS = r"[\w%€£$.,&/:'’+-]+(?:\s+[\w%€£$.,&/:'’+-]+){0,4}"


def content_scenes(words: str, project: AdProject) -> list[str]:
    """Every scene whose text shows what ``words`` name, by a kind ("the hours card": each scene
    that shows hours) or as its own words ("the open till 2am card"); [] when the words name no
    kind and no text has them, or name a scene some other way ("the end card")."""
    words = words.strip()
    m = re.fullmatch(rf"(?:the\s+|our\s+|that\s+)?(?P<what>{_COPY_WORDS})\s+{_KIND_WORDS}", words, _I)
    if m is None:
        return []
    what = m.group("what")
    for name, shows in _CONTENT_KINDS:
        if re.fullmatch(name, what, _I):
            return [
                s.id
                for s in showing_a_code(
                    what, [s for s in project.scenes if shows.search(s.overlay.text or "")]
                )
            ]
    short = len(what) < 3 and not re.fullmatch(r"[$€£]\d+|\d+%", what)  # ("the $9 line": a price)
    if short or _NOT_TEXT_RE.match(what) or find_scene_refs(words, project, []):
        return []
    return [s.id for s in project.scenes if _has(s.overlay.text or "", what)]


def kind_named(words: str) -> bool:
    """Whether ``words`` ("hours", "phone number", "price") name a kind of content a text shows."""
    return any(re.fullmatch(name, words.strip(), _I) for name, _ in _CONTENT_KINDS)


def _place(words: str, project: AdProject, quotes: list[Quoted]) -> list[str] | None:
    """The one scene ``words`` name, by role, number, position or what its text shows; None when
    the words name no one scene."""
    words = words.strip()
    refs = [r for r in find_scene_refs(words, project, quotes) if r.ids and not r.error and r.kind != "all"]
    if len(refs) == 1 and len(refs[0].ids) == 1 and _WHERE_TAIL_RE.match(words[refs[0].end :]):
        head = re.sub(r"\b(?:the|on|in|at|of|from)\b|\W", "", words[: refs[0].start], flags=_I)
        if not head:
            return list(refs[0].ids)
    found = content_scene(re.sub(r"[\s.!]+$", "", words), project)
    return found or None


# --- the readings ---------------------------------------------------------------------------------
_ALL_TEXTS_TAIL_RE = re.compile(
    r"\s*,?\s+(?:everywhere|throughout|wherever\s+it\s+(?:shows|appears|is)|in\s+(?:all|every|each)\s+(?:the\s+)?"
    r"(?:scenes?|texts?|places?|cards?))(?:\s+(?:please|pls))?[\s.!]*$",
    _I,
)
# "make it £42/month instead of €49/month", "use 'now' instead of 'today' on the cta"
_INSTEAD_RE = re.compile(
    _LEAD + r"(?:make|put|use|show|say|write|have)\s+(?:it\s+|that\s+)?"
    rf"(?P<new>{_Q}|[^\s\ue000][^\ue000]{{0,40}}?)\s+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+"
    rf"(?P<old>{_Q}|[^\ue000]+?)(?:\s+(?:on|in|at|for|of)\s+(?P<where>[^\ue000]+?))?[\s.!]*$",
    _I,
)
# "change the price to £42/month": the one price a text shows
_PRICE_WORD_RE = re.compile(
    r"^(?:the\s+|our\s+|that\s+)?(?:[\w-]+\s+)?(?:price|pricing|cost|fee|price\s+tag)$", _I
)
_PRICE_TOKEN_RE = re.compile(
    r"[€£$¥₹₦]\s?\d[\d.,]*(?:\s?/\s?[a-z]+)?|\d[\d.,]*\s?[€£](?:\s?/\s?[a-z]+)?"
    r"|\b(?:usd|eur|gbp|inr)\s?\d[\d.,]*(?:\s?/\s?[a-z]+)?",
    _I,
)


def _swap(masked: str, project: AdProject, quotes: list[Quoted]) -> ParsedTurn | None:
    scope = _ALL_TEXTS_TAIL_RE.search(masked)  # "change cold brew to iced coffee everywhere"
    if scope is not None:
        masked = masked[: scope.start()]
    m = _SWAP_RE.match(masked) or _INSTEAD_RE.match(masked)
    if m is None:
        return None
    old_token = m.groupdict().get("old2") or m.group("old")
    old, new = _inner(old_token, quotes), _inner(m.group("new"), quotes)
    if _PRICE_WORD_RE.match(old) and re.search(r"\d", new):
        named = _place(m.group("where"), project, quotes) if m.group("where") else None
        pool = [project.scene(i) for i in named] if named else project.scenes
        prices = {p.group(0) for s in pool for p in _PRICE_TOKEN_RE.finditer(s.overlay.text or "")}
        if len(prices) != 1:
            return None
        old = prices.pop()  # "change the price to £42/month": the price on screen
    where = m.group("where")
    if where is not None and _place(where, project, quotes) is None:
        if find_scene_refs(where, project, quotes) or _SCENE_WORD_RE.search(where):
            return None  # a scene named with more words than its name: read elsewhere
        # "change 'Hello' to Made in Italy": the words after "in" are no scene, so they are new words
        new, where = re.sub(r"[\s.!]+$", "", masked[m.start("new") :]), None
    if not old or not new or _NOT_TEXT_RE.match(old) or find_scene_refs(old_token, project, quotes):
        return None
    if PLACEHOLDER_RE.search(new) or _NOT_TEXT_RE.match(new):
        return None
    quoted = PLACEHOLDER_RE.fullmatch(old_token.strip()) is not None
    if not quoted and find_colors(old) and find_colors(new):
        return None  # "change blue to red": colours, read elsewhere
    if not quoted and where is None and _BARE_NUMBER_RE.match(old) and _BARE_NUMBER_RE.match(new):
        return None  # "change 15 to 20": a length or a level, unless a scene's text is named
    ids = _place(where, project, quotes) if where else None
    pool = [project.scene(i) for i in ids] if ids else project.scenes
    having = [s for s in pool if _has(s.overlay.text or "", old)]
    whole = [s for s in having if (s.overlay.text or "").strip().casefold() == old.strip().casefold()]
    if not having:
        if ids:  # the scene named has no such words: said back, and asked before anything changes
            return _not_there(project, ids[0], project.scene(ids[0]).overlay.text or "", old, new)
        return None
    if whole and len(having) == 1:
        return None  # the whole text: a new text, read elsewhere
    if len(having) > 1 and scope is None:
        names = ", ".join(_label(project, s.id) for s in having)
        return ParsedTurn(question=f"“{old}” is in {names}: which should change, or all of them?")
    operations = []
    for scene in having:
        found = _has(scene.overlay.text, old)
        assert found is not None
        text = scene.overlay.text[: found.start()] + new + scene.overlay.text[found.end() :]
        operations.append(
            ops.parse_operation({"operation": "update_overlay", "sceneId": scene.id, "text": text})
        )
    return ParsedTurn(operations=operations, scene_ids=[s.id for s in having], topic="overlay")


# "change the showcase text from 'Bold' to 'Rich'", "update the end card from 'A' to 'B'", "replace
# the cta text 'A' with 'B'": the scene named first, then its old and new words (both quoted)
_NAMED_FROM_TO_RE = re.compile(
    _LEAD + r"(?:(?:change|switch|update|edit|replace|swap|make)\s+)?(?P<where>[^\ue000]{2,60}?)\s+"
    r"(?:(?:from\s+)?(?P<old>" + _Q + r")\s+(?:to|into|->|→|=>)\s+"
    r"|(?P<old2>" + _Q + r")\s+(?:with|for|->|→|=>)\s+)"
    r"(?P<new>" + _Q + r")(?:\s+(?:please|pls|thanks|thx))?[\s.!]*$",
    _I,
)


def _named_from_to(masked: str, project: AdProject, quotes: list[Quoted]) -> ParsedTurn | None:
    """Read as "change 'A' to 'B' in <scene>" (see :func:`_swap_in`). (Read before, the first quote
    became the new text: "Changed … text “Bold”", or "already has text …".)"""
    m = _NAMED_FROM_TO_RE.match(masked)
    if m is None:
        return None
    where = re.sub(r"\s+from$", "", m.group("where").strip(), flags=_I)
    ids = _place(where, project, quotes)
    if not ids or len(ids) != 1:
        return None
    return _swap_in(where, m.group("old") or m.group("old2"), m.group("new"), "", project, quotes)


def _swap_in(
    where: str, old_token: str, new_token: str, tail: str, project: AdProject, quotes: list[Quoted]
) -> ParsedTurn | None:
    """Read "change 'A' to 'B' in <where>", however it was said, with :func:`_swap`: only the old words
    change, or the named scene's text without them is said back with a question. When 'A' is the
    whole of one scene's text (which :func:`_swap` leaves to new-text readings), 'B' is its text."""
    masked = re.sub(r"[\s.!]+$", "", f"change {old_token} to {new_token}{tail}")
    turn = _swap(f"{masked} in {where}" if where else masked, project, quotes)
    if turn is not None or re.sub(r"[\s.!]+", "", tail):
        return turn
    old, new = _inner(old_token, quotes), _inner(new_token, quotes)
    ids = _place(where, project, quotes) if where else None
    pool = [project.scene(i) for i in ids] if ids else project.scenes
    whole = [x for x in pool if (x.overlay.text or "").strip().casefold() == old.strip().casefold()]
    if len(whole) != 1 or not new.strip():
        return None
    operation = ops.parse_operation({"operation": "update_overlay", "sceneId": whole[0].id, "text": new})
    return ParsedTurn(operations=[operation], scene_ids=[whole[0].id], topic="overlay")


# "in scene 2, 'bath' should be 'baths'", "on the cta: change 'A' to 'B'", "'Licensed' should be
# 'Certified'", "'A' needs to say 'B' in the showcase": the scene put first, or the new words said
# with "should be", read as "change 'A' to 'B' in <scene>" (read before, the second quote became
# the whole text: "4 bed · 3 bath · $689,000" became "baths")
_WHERE_FIRST_RE = re.compile(
    _LEAD + r"(?:in|on|for)\s+(?P<where>[^\ue000,:;]{2,40}?)\s*[,:;-]?\s+"
    r"(?P<rest>(?:(?:please\s+)?(?:change|switch|update|edit|swap|replace)\s+)?" + _Q + r".*)$",
    _I,
)
_SHOULD_BE_RE = re.compile(
    _LEAD + r"(?:the\s+(?:words?|bit|part)\s+)?(?P<old>" + _Q + r")\s+"
    r"(?:should|must|needs?\s+to|has\s+to|ought\s+to|has\s+got\s+to|is\s+supposed\s+to)\s+(?:be|say|read)\s+"
    r"(?P<new>" + _Q + r")(?P<tail>.*)$",
    _I,
)


def _where_first(masked: str, project: AdProject, quotes: list[Quoted]) -> ParsedTurn | None:
    """A scene put first, or "'A' should be 'B'": read as "change 'A' to 'B' in <scene>" (see
    :func:`_swap_in`)."""
    where = ""
    m = _WHERE_FIRST_RE.match(masked)
    if m is not None:
        if _place(m.group("where"), project, quotes) is None:
            return None
        where, masked = m.group("where"), m.group("rest")
    s = _SHOULD_BE_RE.match(masked)
    if s is not None:
        return _swap_in(where, s.group("old"), s.group("new"), s.group("tail"), project, quotes)
    if m is None:
        return None
    return _swap(re.sub(r"[\s.!]+$", "", masked) + f" in {where}", project, quotes)


def _not_there(project: AdProject, scene_id: str, text: str, old: str, new: str) -> ParsedTurn:
    """The named scene's text has no such words: said back, and asked before anything changes. A
    text of several lines ("Shop now" over the brand's name) may keep the others: the first line
    is offered too, so a "yes" cannot drop the brand line unasked."""
    whole = ops.parse_operation({"operation": "update_overlay", "sceneId": scene_id, "text": new})
    shown = " ".join(text.split())
    lines = text.split("\n")
    if len(lines) > 1:
        first = ops.parse_operation(
            {"operation": "update_overlay", "sceneId": scene_id, "text": "\n".join([new, *lines[1:]])}
        )
        question = (
            f"The text of {_label(project, scene_id)} is “{shown}”; it has no “{old}”. Should “{new}” "
            f"take the place of its first line (“{lines[0]}”), or of the whole text? Say “the first "
            "line”, “the whole text” or “no”."
        )
        options = [
            PendingOption(
                "the first line", ["first line", "the first line", "first", "line 1"], [first.to_wire()]
            ),
            PendingOption(
                "the whole text", ["whole text", "the whole text", "whole", "all of it"], [whole.to_wire()]
            ),
            PendingOption("no", list(NO_WORDS), []),
        ]
    else:
        question = (
            f"The text of {_label(project, scene_id)} is “{shown}”; it has no “{old}”. "
            f"Should the whole text say “{new}” instead? Say “yes” and I'll do it, or “no”."
        )
        options = [
            PendingOption("yes", list(YES_WORDS), [whole.to_wire()]),
            PendingOption("no", list(NO_WORDS), []),
        ]
    asked = ParsedTurn(question=question, scene_ids=[scene_id], topic="overlay")
    asked.pending = PendingQuestion(question, options)
    return asked


def _trademark(raw_masked: str, project: AdProject, quotes: list[Quoted]) -> ParsedTurn | None:
    if raw_masked.rstrip().endswith("?") or _MARK_NOT_ADDED_RE.search(raw_masked):
        return None  # "remove the ™ from Volt One", "the ® looks odd": no mark to add
    mark_m = _MARK_RE.search(raw_masked)
    mark = None
    if mark_m is not None:
        mark = "®" if mark_m.group(0).lower() in ("®", "(r)") else "™"
    elif _MARK_SAID_RE.search(raw_masked):
        mark = "®" if "regist" in _MARK_SAID_RE.search(raw_masked).group(0).lower() else "™"
    if mark is None:
        return None
    # the name: the words just before the mark, or a quoted name, or the product's / brand's name
    names: list[str] = []
    for mark_m in _MARK_RE.finditer(raw_masked):
        before = re.findall(r"[\w'&.-]+", raw_masked[: mark_m.start()])
        for n in range(min(4, len(before)), 0, -1):
            names.append(" ".join(before[-n:]))
        after = re.match(
            r"\s*(?:symbol|sign|mark)?\s*(?:to|on|after|next\s+to|behind)\s+(?:the\s+name\s+)?([\w'&.-]+(?:\s+[\w'&.-]+){0,3})",
            raw_masked[mark_m.end() :],
            _I,
        )
        if after is not None:
            words = after.group(1).split()
            names += [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    names += [q.inner for q in quotes]
    if _PRODUCT_NAME_RE.search(raw_masked) or not names:
        names.append(project.brand.name or "")
    texts = [s.overlay.text or "" for s in project.scenes]
    # (a name starts with a capital or a digit: "needs the™" names no "the")
    quoted = {q.inner for q in quotes}
    name = next(
        (
            n
            for n in names
            if n
            and len(n) >= 2
            and (n[0].isupper() or n[0].isdigit() or n in quoted)
            and any(_has(t, n) for t in texts)
        ),
        None,
    )
    if name is None:
        return None
    refs = [
        r
        for r in find_scene_refs(re.sub(re.escape(name), " ", raw_masked, flags=_I), project, quotes)
        if r.ids and not r.error and r.kind != "all"
    ]
    ids = [i for r in refs for i in r.ids] if refs and not _EVERYWHERE_RE.search(raw_masked) else None
    operations: list[Any] = []
    changed: list[str] = []
    for scene in project.scenes:
        if ids is not None and scene.id not in ids:
            continue
        text = scene.overlay.text or ""
        pattern = (r"(?<!\w)" if name[0].isalnum() else "") + re.escape(name) + r"(?!\w)(?!\s?[™®])"
        new = re.sub(pattern, lambda f: f.group(0) + mark, text, flags=_I)
        if new != text:
            operations.append(
                ops.parse_operation({"operation": "update_overlay", "sceneId": scene.id, "text": new})
            )
            changed.append(scene.id)
    if not operations:
        return ParsedTurn(answer=f"“{name}” already has the {mark} wherever it shows.")
    return ParsedTurn(operations=operations, scene_ids=changed, topic="overlay")


def _ending(masked: str, project: AdProject, quotes: list[Quoted]) -> ParsedTurn | None:
    m = _ENDS_WITH_RE.match(masked)
    if m is None:
        return None
    where = m.group("where") or m.group("where2") or m.group("where3")
    added = _inner(m.group("q") or m.group("q2") or m.group("q3"), quotes).strip()
    voice = bool(_VOICE_RE.search(where))
    if not voice and not re.search(rf"\b(?:{_FIELD})\b", where, _I):
        return None  # "add 'X' at the end of the cta": the scene's words, read elsewhere
    place = re.sub(rf"\s*\b(?:{_FIELD})\b\s*", " ", where, flags=_I).strip()
    voiced = [s for s in project.scenes if s.voiceover is not None and (s.voiceover.text or "").strip()]
    if voice and re.fullmatch(r"(?:the\s+)?(?:last|final|closing|ending)", place, _I):
        ids = [voiced[-1].id] if voiced else None
    elif voice and re.fullmatch(r"(?:the\s+)?(?:first|opening)", place, _I):
        ids = [voiced[0].id] if voiced else None
    else:
        ids = _place(place, project, quotes) if place and not re.fullmatch(r"the", place, _I) else None
    if not ids or len(ids) != 1:
        return None
    scene = project.scene(ids[0])
    if voice:
        if scene.voiceover is None or not (scene.voiceover.text or "").strip():
            return ParsedTurn(
                unknown=f"{_label(project, scene.id).capitalize()} has no voice-over line to add to."
            )
        now = scene.voiceover.text
    else:
        now = scene.overlay.text or ""
    if now.rstrip().casefold().endswith(added.casefold()):
        return ParsedTurn(answer=f"It already ends with “{added}”.", scene_ids=[scene.id])
    text = now.rstrip()
    glue = " " if re.search(r"[.!?…:;,—–-]$", text) else (". " if added[:1].isupper() else " ")
    text = text + glue + added if text else added
    if voice:
        op = {"operation": "update_voiceover", "sceneId": scene.id, "text": text}
    else:
        op = {"operation": "update_overlay", "sceneId": scene.id, "text": text}
    return ParsedTurn(
        operations=[ops.parse_operation(op)], scene_ids=[scene.id], topic="voiceover" if voice else "overlay"
    )


def _claim(masked: str, project: AdProject, quotes: list[Quoted]) -> ParsedTurn | None:
    lead = _CLAIM_LEAD_RE.match(masked)
    if lead is None:
        return None
    m = _CLAIM_RE.match(masked[lead.end() :])
    if m is None:
        return None
    words = _inner(m.group("w"), quotes)
    rest = m.group("rest").strip()
    lose = _LOSE_IT_RE.match(rest)
    if lose is None:
        return None
    where = lose.group("where") or lose.group("where2")
    having = [s for s in project.scenes if _has(s.overlay.text or "", words)]
    if where:
        ids = _place(where, project, quotes)
        if ids is None:
            return None
    else:
        ids = [s.id for s in having]
    if len(ids) != 1:
        return None
    scene = project.scene(ids[0])
    found = _has(scene.overlay.text or "", words)
    if found is None:
        return ParsedTurn(
            unknown=f"The text of {_label(project, scene.id)} is “{scene.overlay.text}”; it has no “{words}”.",
            scene_ids=[scene.id],
        )
    text = scene.overlay.text
    left = " ".join((text[: found.start()] + " " + text[found.end() :]).split()).strip(" ,;:-")
    left = re.sub(r"([,.!?;:])(?:\s*\1)+", r"\1", re.sub(r"\s+([,.!?;:])", r"\1", left))
    if not left:
        return ParsedTurn(
            unknown=f"That would leave {_label(project, scene.id)} with no text; give me the words to show instead."
        )
    return ParsedTurn(
        operations=[ops.parse_operation({"operation": "update_overlay", "sceneId": scene.id, "text": left})],
        scene_ids=[scene.id],
        topic="overlay",
    )


def part_of_text(raw: str, project: AdProject | None) -> ParsedTurn | None:
    """Part of a scene's words changed, the rest kept (see the module's doc); None when ``raw``
    asks nothing of the kind, or the words are in no text."""
    if project is None or not raw.strip():
        return None
    masked, quotes = mask_quotes(raw.strip())
    masked = unframed(masked)  # "hey, … thanks!": greetings and courtesies are no words to put in
    for read in (_named_from_to, _claim, _ending, _swap, _where_first, _trademark):
        turn = read(masked, project, quotes)
        if turn is not None:
            return turn
    return None


_KIND_NAME_RE = re.compile(
    r"\b(?:the\s+|our\s+|that\s+)?"
    # ("the star rating slide", "the 5-star review card", "the customer reviews screen")
    r"(?:(?:(?:\d(?:\.\d)?|five)[\s-])?star\s+|customer\s+|user\s+)?"
    # ("the closing date card", "closing date card on screen for 6 seconds": the card showing a
    # date or hours, never the closing card; rounds thirty-eight a and c)
    r"(?:(?:closing|opening|start|starting|end|expiry|launch|deadline|application)\s+(?=(?:date|dates|day|hours|times?)\b))?"
    rf"(?P<what>{_CARD_NAMES})"
    r"(?:\s+(?:card|screen|slide|frame|scene|shot))\b",
    _I,
)


def named_by_content(masked: str, project: AdProject) -> str:
    """ "the rating card should say …", "the price screen bigger": the one scene whose text shows a
    rating (★, "stars"), a price, an address or a code, named as "scene N"; the words kept when no
    scene or several fit."""

    def repl(m: re.Match[str]) -> str:
        ids = content_scene(m.string[m.start("what") : m.end()], project)
        if len(ids) != 1:
            return m.group(0)
        return f"scene {[s.id for s in project.scenes].index(ids[0]) + 1}"

    return _KIND_NAME_RE.sub(repl, masked)


# "make the loaf photo bigger", "the bread picture larger" in an ad without a product photo: the
# thing is part of a scene's picture (it had made that scene's text bigger).
_PICTURE_SIZE_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|just)\s+)*(?:make\s+|can\s+we\s+make\s+)?(?:the\s+|our\s+|that\s+)?"
    r"(?P<what>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+)?(?:photo|picture|image|pic|shot|packshot|photograph)s?\s+"
    r"(?:(?:a\s+(?:bit|little|lot)|much|way|slightly)\s+)?(?:bigger|larger|smaller|tinier|huge|bigger\s+please)\b",
    _I,
)


def picture_size(masked: str, project: AdProject | None) -> ParsedTurn | None:
    """A photo made bigger or smaller in an ad that has no product photo: why not, nothing changed."""
    if project is None or project.product_asset is not None or any(s.product.visible for s in project.scenes):
        return None
    m = _PICTURE_SIZE_RE.match(masked)
    if m is None:
        return None
    what = (m.group("what") or "").strip()
    if re.search(r"\b(?:background|backdrop|bg|scene|whole|logo|profile)\b", what, _I):
        return None  # "the background image bigger": the picture itself, read elsewhere
    stem = what.split()[-1] if what else ""
    stem = stem[:4] if len(stem) > 4 else stem[:3]
    shown = [
        s
        for s in project.scenes
        if stem and re.search(rf"\b{re.escape(stem)}", s.background_prompt or "", _I)
    ]
    where = (
        f" The {what} in {_label(project, shown[0].id)} is part of its picture, drawn from its description: I can "
        f"change what it shows (“the {ROLE_LABEL[shown[0].role]} should show a close-up of …”)."
        if len(shown) == 1
        else ""
    )
    return ParsedTurn(
        unknown="This ad has no product photo to make bigger or smaller; send a product photo with your message and "
        f"I'll put it in.{where}",
        scene_ids=[shown[0].id] if len(shown) == 1 else None,
    )


# Singlish: "the cta words put at bottom can", "music softer can or not?": "can" closing a request
# asks whether it is possible (it was read as the product, a can). Never "the can", "a can", "as
# loud as you can".
_PARTICLE_CAN_RE = re.compile(
    r"(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bthis)(?<!\bthat)(?<!\bour)(?<!\bmy)(?<!\byour)(?<!\bsoda)(?<!\btin)"
    r"(?<!\bbeer)(?<!\bone)(?<!\byou)(?<!\bwe)(?<!\bi)(?<!\bthey)(?<!\bu)(?<!\bit)(?<!\bevery)(?<!\beach)"
    r"(?<!\bper)(?<!\bof)(?<!\bin)(?<!\bno)(?<!\bany)(?<!\bsome)(?<!\bits)(?<!\bhis)(?<!\bher)(?<!\btheir)"
    r"(?<!\bspray)(?<!\bpaint)(?<!\btrash)(?<!\bwatering)(?<!\bcold)(?<!\bfull)(?<!\bempty)(?<!\bopen)"
    r"[\s,]+can(?:\s+(?:or\s+not|anot|not|ah|lah|leh|la|boh|bo))?[\s?.!]*$",
    _I,
)


def without_particle_can(masked: str) -> str:
    """``masked`` without a Singlish "can" (or "can or not") closing its request."""
    found = _PARTICLE_CAN_RE.search(masked)
    if found is not None and text_cue_end(masked) <= found.start():
        return masked  # "the cta should say Grab a can": the copy's own word
    if found is None or len(re.findall(r"[^\W\d_]+", masked[: found.start()])) < 2:
        return masked
    return masked[: found.start()] + ("?" if "?" in found.group(0) else "")


__all__ = [
    "content_scene",
    "content_scenes",
    "kind_named",
    "named_by_content",
    "part_of_text",
    "picture_size",
    "without_particle_can",
]
