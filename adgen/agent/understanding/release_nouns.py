"""A release called a "drop" ("drop 3 goes live friday", "our next drop is Friday", "the summer
drop lands at 6pm"): the noun, never the verb. Read as the verb it removed or hid what followed
("drop 3 goes live friday so the end card should read '…'" hid the product, "our next drop is
friday so make the hook say 'Friday'" removed the hook).

Part of :mod:`adgen.agent.understanding`; :func:`release_nouns` is a step of the message reader
(:mod:`message`): the noun is written "release", a word no rule acts on, so the rest of the
message is read alone. The verb stays ("drop the hook", "drop 3 seconds off the cta", "drop the
music to 40%"), and so do "drop shadow" and a drop in something ("the drop in volume").
"""

from __future__ import annotations

import re

_I = re.I
_NUMBER = r"(?:\#?\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# What follows a named release: its verb, a day, or the clause's end (never a unit: "drop 3 seconds").
_AFTER = (
    r"(?=\s*(?:[,.;:!?)]|$|\s(?:goes|go|is|'s|’s|was|are|will|lands|landed|launches|launched|drops|dropped|comes|"
    r"opens|starts|went|sold|sells|hits|on|this|next|at|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|tomorrow|tonight|today|so|and|but)\b))"
)
# A release by its number: "drop 3 goes live", "Drop #2 sold out", "drop two is friday".
_NUMBERED_RE = re.compile(rf"\bdrop(?=\s+{_NUMBER}\b{_AFTER})", _I)
# A release after a determiner or a describing word: "our next drop", "the summer drop", "this drop's".
_DETERMINED_RE = re.compile(
    r"(?P<before>\b(?:the|our|my|this|that|next|new|latest|last|first|upcoming|big|merch|summer|winter|spring|autumn|"
    r"fall|holiday|friday's|weekend|surprise|limited)\s)drop(?=(?:'s|’s)?\b)(?!\s+(?:shadow|shadows|down|in|of)\b)(?!-)",
    _I,
)


def release_nouns(masked: str) -> str:
    """``masked`` with "drop" the release written "release" (see the module docstring)."""
    if "drop" not in masked.lower():
        return masked
    numbered = _NUMBERED_RE.sub("release", masked)
    return _DETERMINED_RE.sub(lambda m: m.group("before") + "release", numbered)


__all__ = ["release_nouns"]
