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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COURTESY = (
    r"possible|you\s+can|you\s+could|(?:it'?s|it\s+is|its)\s+(?:easy|possible|quick|not\s+too\s+(?:much|hard))|"
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
    r"^\W*(?:(?:so|and|ok(?:ay)?|also|but)\b[\s,]*)*(?:only\s+)?if\s+(?P<scene>(?:the\s+)?[\w\s'’]{1,30}?)\s+"
    r"(?:is|runs|lasts|goes)\s+(?:(?:any|still)\s+)?"
    rf"(?:{_LONGER}|{_SHORTER})(?:\s+than)?\s+(?P<n>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b(?:\s+long)?\s*,?\s*(?:then\s+)?"
    r"(?P<action>.+)$",
    re.I,
)
_TRIM_RE = re.compile(r"\b(?:trim|cut|shorten|shorter|reduce|tighten|bring\s+(?:it\s+)?down|chop)\b", re.I)
_GROW_RE = re.compile(r"\b(?:extend|lengthen|longer|stretch|bring\s+(?:it\s+)?up|pad)\b", re.I)


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


@dataclass(frozen=True)
class LengthCondition:
    scene_words: str  # "the hook"
    longer: bool  # "longer than N" (else "shorter than N")
    seconds: float
    action: str  # "trim it"


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
    if not (_TRIM_RE.search(action) if longer else _GROW_RE.search(action)):
        return None
    return LengthCondition(m.group("scene").strip(), longer, float(m.group("n")), action)
