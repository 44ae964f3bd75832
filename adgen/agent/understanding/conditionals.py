"""A change asked for on a condition ("if the hook is longer than 3s, trim it", "if the showcase is
over 10 seconds cut it down", "if the cta text is smaller than the hook text, match them", "if you
have to cut something, cut the social proof scene").

Part of :mod:`adgen.agent.understanding` (sweep 39: precision). Read as typed, the condition was a
request of its own: "if the showcase is over 10 seconds cut it down" made the showcase 10 s
(longer), "if the hook is longer than 3s, trim it" trimmed it twice. Now:

- a condition on a scene's length ("if the hook is longer than 3 s", "if the cta is under 4
  seconds") is checked against the ad: when it holds, the scene is brought to that length (the
  change the condition names); when it does not, nothing changes and the reply says why;
- any other condition ("if the cta text is smaller than …", "if you have to cut something") is no
  request yet: the change is named and waits for a "yes".

"if possible", "if you can", "only if it's easy", "if that's ok" are courtesy, no condition.

Round 33 d: the fix may name the length itself ("if the hook is under 3 s make it 3", "if it's
over 4 s cut it to 3"), and another request may follow the condition ("…, and put the challenge
text in orange", "…. Also move the booking text to the top"): the condition is checked on its
own and the rest done either way (a false condition changes nothing and says so, the rest is
still done). "if it's over 3 s" right after one scene was named or asked about, with a length no
ad can have (under 5 s), is that scene's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from adgen.agent.understanding.result import ParsedTurn
from adgen.project import AD_MIN_SEC

_COURTESY = (
    r"possible|you\s+can|you\s+could|(?:it'?s|it\s+is|its)\s+(?:easy|possible|quick|not\s+too\s+(?:much|hard))|"
    # ("if it's no bother, the hook a fraction bigger": round forty b)
    r"(?:it'?s|it\s+is|its|that'?s)\s+(?:no|not\s+a|not\s+any)\s+(?:bother|trouble|hassle|problem)|"
    r"that'?s\s+(?:ok(?:ay)?|fine|alright)|you\s+don'?t\s+mind|you\s+(?:get|have)\s+(?:a\s+)?(?:chance|sec(?:ond)?|minute|moment|time)|not\s+too\s+much\s+trouble|needed|necessary|"
    r"(?:it\s+)?makes\s+sense|so|yes|no|not|any|anything"
)
CONDITIONAL_RE = re.compile(
    rf"^\W*(?:(?:so|and|ok(?:ay)?|also|but)\b[\s,]*)*(?:only\s+)?(?:if|in\s+case|assuming)\b(?!\s+(?:{_COURTESY})\b)",
    re.I,
)
_LONGER = r"(?P<longer>longer|more|over|above|greater)"
_SHORTER = r"(?P<shorter>shorter|less|under|below)"
_LENGTH_RE = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|also|but)\b[\s,]*)*(?:only\s+)?if\s+(?P<scene>(?:the\s+)?[\w\s'’]{1,30}?)"
    r"(?:\s+(?:is|runs|lasts|goes)|['’]s)\s+(?:(?:any|still)\s+)?"
    rf"(?:{_LONGER}|{_SHORTER})(?:\s+than)?\s+(?P<n>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b(?:\s+long)?\s*,?\s*(?:then\s+)?"
    r"(?P<action>.+)$",
    re.I,
)
# ("if the booking card runs under 5 seconds bump it up to 5": round thirty-eight c)
_TRIM_RE = re.compile(
    r"\b(?:trim|cut|shorten|shorter|reduce|tighten|(?:bring|knock|bump|take)\s+(?:it\s+)?down|chop)\b", re.I
)
_GROW_RE = re.compile(
    r"\b(?:extend|lengthen|longer|stretch|(?:bring|bump|push|top)\s+(?:it\s+)?up|increase|raise|pad)\b", re.I
)


# "if it's over 15 seconds", "if it is under 20 s": the ad as a whole (round 26 f)
_WHOLE_AD_IF_RE = re.compile(
    r"^(\W*(?:(?:so|and|ok(?:ay)?|also|but)\b[\s,]*)*(?:only\s+)?if\s+)(?:it'?s|it\s+is|it’s)\b", re.I
)
# "the ad", "the video", "the whole thing": a condition on the ad's own length
WHOLE_AD_WORDS_RE = re.compile(
    r"^(?:the\s+)?(?:ad|video|spot|clip|reel|whole\s+(?:thing|ad|video)|total(?:\s+length)?|length)$", re.I
)
# "trim it down to 15", "cut it to 12 s": the length the fix itself names
TO_LENGTH_RE = re.compile(r"\bto\s+(?P<n>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\b", re.I)


# "make it 6", "set it to 6 s", "have it 3 seconds": the length the fix names, with no "to"
_MAKE_IT_RE = re.compile(
    r"^\W*(?:then\s+)?(?:just\s+)?(?:make|set|have|get)\s+it\s+(?:to\s+)?(?:just\s+|only\s+|exactly\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?(?:\s+long)?\W*$",
    re.I,
)
# where the fix ends and another request starts: ". Also …", ", and …", "; …"
_REST_RE = re.compile(
    r"(?:\s*[.;!]+\s+|\s*,\s*(?:and\s+|also\s+|then\s+|plus\s+)*|\s+(?:and|also|plus)\s+(?:also\s+|then\s+)*)"
    r"(?:also\s+|and\s+|then\s+|plus\s+)*(?=\S)",
    re.I,
)
_OPEN_QUOTE_RE = re.compile(r"(?<!\w)['\"‘“][^'\"’”]*$")
_COURTESY_REST_RE = re.compile(
    r"^(?:please|pls|thanks?(?:\s+you)?|ty|cheers|if\s+(?:possible|you\s+can)|otherwise\s+leave\s+it|"
    r"otherwise\s+(?:don'?t\s+bother|leave\s+it(?:\s+as\s+it\s+is)?)|long|seconds?|s)\W*$",
    re.I,
)


@dataclass(frozen=True)
class LengthCondition:
    scene_words: str  # "the hook"
    longer: bool  # "longer than N" (else "shorter than N")
    seconds: float
    action: str  # "trim it"
    to: float | None = None  # the length the fix names ("make it 3", "cut it to 2"), if any

    @property
    def target(self) -> float:
        """The length the scene is brought to when the condition holds."""
        return self.to if self.to is not None else self.seconds


def is_conditional(text: str) -> bool:
    return bool(CONDITIONAL_RE.search(text))


def length_condition(text: str) -> LengthCondition | None:
    """The condition on a scene's length and its fix, when the fix goes the way the condition
    does ("if longer than 3 s, trim it"); else None."""
    m = _LENGTH_RE.search(_WHOLE_AD_IF_RE.sub(r"\1the ad is", text, count=1))
    if m is None:
        return None
    longer = bool(m.group("longer"))
    action = m.group("action")
    seconds = float(m.group("n"))
    named = _MAKE_IT_RE.match(action) or TO_LENGTH_RE.search(action)
    to = float(named.group("n")) if named else None
    if to is not None and (to > seconds if longer else to < seconds):
        return None  # "if the hook is over 3 s make it 5": no fix the condition asks for
    if not (_TRIM_RE.search(action) if longer else _GROW_RE.search(action)) and not _MAKE_IT_RE.match(action):
        return None
    return LengthCondition(m.group("scene").strip(), longer, seconds, action, to)


def split_rest(text: str) -> tuple[str, str] | None:
    """A length condition with its fix, and the request after it ("if the hook is under 3 s make
    it 3. Also move the booking text to the top"); None when nothing follows the fix (or only
    courtesy: "…, please") or the text is no length condition."""
    subbed = _WHOLE_AD_IF_RE.sub(r"\1the ad is", text, count=1)
    m = _LENGTH_RE.search(subbed)
    if m is None:
        return None
    start = len(text) - (len(subbed) - m.start("action"))  # (the rewrite is before the fix)
    for sep in _REST_RE.finditer(text, start):
        first, rest = text[: sep.start()].strip(), text[sep.end() :].strip()
        if _COURTESY_REST_RE.match(rest) or length_condition(first) is None:
            continue
        if _OPEN_QUOTE_RE.search(text, 0, sep.start()):
            continue  # (inside quoted words)
        return first, rest
    return None


def scene_for_it(text: str, cond: LengthCondition, scene_ids: list[str] | None, project: Any) -> str | None:
    """ "if it's over 3 s cut it to 3" right after one scene was named: "scene N" when the
    lengths are ones no ad can have (under :data:`AD_MIN_SEC`); else None (the ad, or asked)."""
    if not scene_ids or len(scene_ids) != 1 or not re.match(r"\W*(?:\w+\W+)*?if\s+it", text, re.I):
        return None
    if max(cond.seconds, cond.target) >= AD_MIN_SEC:
        return None
    ids = [s.id for s in project.scenes]
    return f"scene {ids.index(scene_ids[0]) + 1}" if scene_ids[0] in ids else None


def condition_and_rest(text: str, parse: Callable[[str], ParsedTurn]) -> ParsedTurn | None:
    """ "if the hook is under 3 s make it 3, and move the cta text to the top": the condition read
    on its own (its fix, or why nothing changed) and the rest done either way; None unless both
    are read in full (``parse`` reads one request against the same ad and conversation)."""
    split = split_rest(text)
    if split is None:
        return None
    first, rest = (parse(part) for part in split)
    if first.question or first.unknown or first.ignored or not (first.operations or first.answer):
        return None
    if rest.question or rest.unknown or rest.ignored or rest.answer or not rest.operations:
        return None
    if rest.brief is not None or rest.switch_to or first.brief is not None or first.switch_to:
        return None
    scenes = [*(first.scene_ids or []), *(rest.scene_ids or [])]
    return ParsedTurn(
        operations=[*first.operations, *rest.operations],
        answer=first.answer,
        scene_ids=list(dict.fromkeys(scenes)) or None,
        topic=rest.topic or first.topic,
    )


# "keep the 20 cm and the £240 as they are; tasting card to 5 s …", "…, but leave the price
# alone": what stays, said before or after the requests, is no request of its own (read as typed,
# "20" was looked for and the whole message waited for a "yes"). A length kept ("keep the total
# as it is") is a condition on the change and stays (:data:`message._TOTAL_KEPT_RE`).
_KEPT = (
    r"(?:keep|leave)\s+(?!(?:the\s+|its\s+)?(?:\w+\s+)?(?:length|duration|total|timing|runtime|running\s+time|ad\b|video\b))"
    r"(?P<what>[^;.!?\n]{1,60}?)\s+(?:(?:exactly\s+)?as\s+(?:they\s+are|it\s+is|is|written|(?:they|it)\s+(?:were|was))|"
    r"unchanged|alone|untouched|the\s+same)"
)
_KEPT_LEAD_RE = re.compile(rf"^\W*(?:(?:please|pls|but|and)\s+)?{_KEPT}\s*[;.:]\s*(?=\S)", re.I)
_KEPT_TAIL_RE = re.compile(
    rf"\s*[;.,]\s*(?:(?:but|and|please|pls|just)\s+)*{_KEPT}(?:\s+(?:please|pls))?[\s.!]*$", re.I
)


# "£28–32k is the salary so leave it. apply link text green", "the price is correct, don't touch
# it. hook text at the top": a fact said to be right before the request, none of its own (read as
# typed, "leave it. … text green" turned every text green; round thirty-eight c)
_LEAVE = (
    r"(?:(?:please|pls)\s+)?(?:leave|keep|don'?t\s+(?:touch|change))\s+(?:it|that|them)"
    r"(?:\s+(?:alone|as\s+(?:it\s+)?is|be|please|pls))*"
)
_RIGHT_LEAD_RE = re.compile(
    r"^\W*(?P<what>[^;.!?\n]{1,60}?)\s+(?:is|are|'s)\s+(?:(?:all|still|definitely|actually)\s+)?"
    rf"(?:(?:right|correct|accurate|spot\s+on)(?:\s*,?\s*(?:so\s+)?{_LEAVE})?|(?:the|our)\s+\w+(?:\s+\w+)?\s*,?\s*(?:so\s+)?{_LEAVE})"
    r"\s*[;.:]\s*(?=\S)",
    re.I,
)


def without_kept(masked: str) -> str:
    """``masked`` without a sentence keeping things as they are, before or after the requests
    ("keep the price as it is; hook text at the bottom"); as it is when nothing else is left."""
    masked = _RIGHT_LEAD_RE.sub(_unless_a_part, masked, count=1)
    rest = _KEPT_TAIL_RE.sub(_unless_a_part, _KEPT_LEAD_RE.sub(_unless_a_part, masked, count=1), count=1)
    return rest if re.search(r"\w", rest) else masked


# a scene, a text or the rest kept is an exception to the request ("make the text bigger, keep the
# cta as it is": :mod:`exclusions`), never dropped
_PART_RE = re.compile(
    r"\b(?:hook|cta|showcase|problem|proof|testimonial|scene|card|text|line|copy|words|title|headline|caption|"
    r"opener|intro|outro|end|music|voice|everything|rest|others?|all|each|every|first|last|second|third)\b",
    re.I,
)


def _unless_a_part(m: re.Match[str]) -> str:
    return m.group(0) if _PART_RE.search(m.group("what")) else ""
