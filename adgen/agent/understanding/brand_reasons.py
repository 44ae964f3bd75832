"""A colour asked for with the brand as its reason: "make the booking number yellow, it's our brand
colour", "the hook text navy as that's the brand navy" (round thirty-eight c).

Part of :mod:`adgen.agent.understanding`. Read as typed, "…, it's our brand colour" set the brand's
colours to the one colour of the message and left the text as it was (a wrong edit); "because
that's our brand yellow" was already read as a reason. The reason after a comma or "as"/"since" is
dropped when the message before it asks for a colour; a message that only names the brand colour
("our brand colour is yellow") is left to the other readings.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.values import COLOR_WORD

_I = re.I
_BRAND_REASON_RE = re.compile(
    r"\s*(?:[,;.(—–-]+\s*|\s+(?=as\b|since\b|because\b|cos\b|cause\b|coz\b))"
    r"(?:(?:as|since|because|cos|cause|coz)\s+)?"
    r"(?:it'?s|that'?s|it\s+is|that\s+is|this\s+is|which\s+is|they'?re|they\s+are)\s+"
    r"(?:(?:our|the|my|their)\s+)(?:brand(?:'s)?|company|house|logo|shop(?:'s)?)\s+"
    rf"(?:colou?rs?|shade|{COLOR_WORD})(?:\s+(?:colou?r|too|exactly|obviously))*\s*\)?[\s.!]*$",
    _I,
)


def without_brand_reason(masked: str) -> str:
    """``masked`` without a closing "…, it's our brand colour" when what comes before asks for a
    colour; else as typed."""
    m = _BRAND_REASON_RE.search(masked)
    if m is None or not re.search(COLOR_WORD, masked[: m.start()], _I):
        return masked
    return masked[: m.start()]


__all__ = ["without_brand_reason"]
