"""A complaint said as a sarcastic or "why" question: "could the survey number be any smaller?
honestly", "can the music get any louder??", "why is the hook only 3 seconds? it flies past"
(round forty b).

Part of :mod:`adgen.agent.understanding`. Dev28: "could the number be any smaller?" asked whether
the text or the product should be SMALLER (the sarcasm read as the request) and "why is the hook
only 3 seconds? it flies past" only said the hook's length. Each is said as the complaint it is
("the survey number is too small", "the hook is too short") and read as one. "Why is X only N
seconds" alone may be a real question: it is a complaint only with a "too fast" beside it.
"""

from __future__ import annotations

import re

_I = re.I

# the comparative asked "any …er" -> what the thing is too much of
_TOO = {
    "smaller": "small",
    "tinier": "small",
    "bigger": "big",
    "larger": "big",
    "quieter": "quiet",
    "louder": "loud",
    "darker": "dark",
    "brighter": "bright",
    "fainter": "faint",
    "shorter": "short",
    "longer": "long",
    "faster": "fast",
    "quicker": "fast",
    "slower": "slow",
}
_LEAD = r"(?P<lead>^\W*(?:(?:honestly|seriously|like|um+|so|and|but|ok(?:ay)?|lol)\b[\s,]*)*)"
_ANY_RE = re.compile(
    _LEAD + r"(?:could|can|would)\s+(?P<what>(?:the|that|this|our|those|these)\s+[\w'’ -]{1,40}?|it|they)\s+"
    r"(?:be|get|look|sound|go|possibly\s+be)\s+any\s+(?P<er>" + "|".join(_TOO) + r")\s*\?+"
    r"(?P<tail>(?:[\s,.!]*(?:honestly|seriously|lol|come\s+on|really|jeez|ffs|smh|i\s+mean)\b)*[\s.!?]*)$",
    _I,
)
# "it flies past", "too quick to read": the scene asked about goes by too fast
_TOO_FAST = (
    r"(?:it|that|they)\s*(?:'s|’s|is|are)?\s*(?:just\s+)?(?:flies|fly|flying|whizz(?:es)?|zips|races|rushes|goes|went|is\s+gone)"
    r"(?:\s+(?:past|by))?|(?:it'?s\s+|that'?s\s+)?(?:way\s+)?too\s+(?:quick|fast|short)|blink\s+and\s+you\s+miss\s+it"
    r"|(?:no\s*one|nobody)\s+(?:can|could)\s+(?:read|see|take\s+in)\s+(?:it|that)"
)
_WHY_ONLY_RE = re.compile(
    _LEAD + r"why\s+(?:is|'s)\s+(?P<what>(?:the|that|this|our)\s+[\w'’ -]{1,30}?)\s+only\s+\d+(?:\.\d+)?\s*"
    r"(?:s|secs?|seconds?)(?:\s+long)?\s*\?*[\s,.;!]+(?:" + _TOO_FAST + r")[\s.!?]*$",
    _I,
)


def sarcastic_statement(masked: str) -> str:
    """``masked`` with a sarcastic or "why only" question said as its complaint; else as typed."""
    m = _ANY_RE.match(masked.strip())
    if m is not None:
        what = m.group("what")
        be = "are" if what.lower() == "they" else "is"
        return f"{m.group('lead')}{what} {be} too {_TOO[m.group('er').lower()]}"
    m = _WHY_ONLY_RE.match(masked.strip())
    if m is not None:
        return f"{m.group('lead')}{m.group('what')} is too short"
    return masked


__all__ = ["sarcastic_statement"]
