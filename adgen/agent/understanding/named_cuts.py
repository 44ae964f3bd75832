"""A version named as "the cut we showed Priya": the noun "cut", never the verb.

Part of :mod:`adgen.agent.understanding` (round thirty-one f, variants). Marketers call a version
of the ad "a cut": "version B, the cut we showed Priya: end card 'Tacos till 2'", "the end card
from Priya's cut", "the cut we sent the client last week". Read as the verb, "cut … end card"
removed the end card (a wrong edit nobody asked for). A cut said with who saw it, who made it or
when ("the cut (that) we showed / sent / approved …", "Priya's cut", "the cut from Monday", "the
client cut") is a version: the word is read as "version", which the rest of the parser knows
(a version it cannot find is asked about or left alone, never removed).
"""

from __future__ import annotations

import re

_I = re.I
# The verbs said of a version someone saw, made or approved ("we showed Priya", "you sent me").
_SEEN = (
    r"(?:showed|shown|sent|send|gave|shared|presented|pitched|approved|okayed|ok'?d|signed\s+off(?:\s+on)?|liked|loved|"
    r"made|did|rendered|exported|posted|ran|uploaded|picked|chose|saw|reviewed|tested|used|had|went\s+with|"
    r"agreed(?:\s+on)?|discussed|talked\s+about|looked\s+at)"
)
_WHO = r"(?:we|i|you|u|they|he|she|the\s+client|the\s+team|(?-i:[A-Z])[\w'-]+)"
_DET = r"(?:the|that|this|our|my|your|their)"
_WHEN = (
    r"(?:yesterday|today|last\s+(?:week|month|time|friday|monday|tuesday|wednesday|thursday|round)|"
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the\s+(?:meeting|review|call|pitch)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|last\s+week)'s\s+(?:meeting|review|call|pitch))"
)
_NAMED_CUT_RE = re.compile(
    # "the cut we showed Priya", "that cut you sent me", "the cut that the client approved"
    rf"\b(?P<lead>{_DET}\s+(?:(?:first|second|last|old|earlier|previous|final|approved|rough|original)\s+)?)cut"
    rf"(?=\s+(?:(?:that|which)\s+)?(?:{_WHO}\s+)?(?:(?:had|have|'ve|already|just)\s+)?{_SEEN}\b"
    rf"|\s+(?:from|of)\s+{_WHEN}\b|\s+for\s+(?:the\s+)?(?:client|review|meeting|pitch|(?-i:[A-Z])[\w'-]+)\b)"
    # "Priya's cut", "the client's cut", "the director's cut"
    rf"|\b(?P<owner>(?:the\s+)?(?:(?-i:[A-Z])[\w-]+|client|team|agency|director|boss)['’]s\s+)cut\b",
    _I,
)


def cut_as_version(masked: str) -> str:
    """``masked`` with a cut named by who saw or made it, or when, as "version" ("the version we
    showed Priya"), so "cut" is never read as removing what follows."""

    def version(m: re.Match[str]) -> str:
        return (m.group("lead") or m.group("owner")) + "version"

    return _NAMED_CUT_RE.sub(version, masked)


__all__ = ["cut_as_version"]
