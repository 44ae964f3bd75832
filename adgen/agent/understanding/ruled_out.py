"""A direction said with the one it is not: "make the music quieter, not louder", "I meant
smaller, not bigger", "no, not louder, quieter", "shorter rather than longer".

Part of :mod:`adgen.agent.understanding` (round twenty-eight). Read as typed, the last direction
word won: "I meant quieter, not louder" after "make the music louder" turned the music up again
(a wrong edit). The direction ruled out asks for nothing and is dropped; the one asked stays.
"""

from __future__ import annotations

import re

_DIRECTION = (
    r"(?:louder|quieter|softer|bigger|smaller|larger|longer|shorter|faster|slower|brighter|darker|lighter|"
    r"warmer|cooler|calmer|higher|lower|bolder|thinner|thicker|wider|narrower|"
    r"(?:more|less)\s+[a-z]+)"
)
_NOT = r"(?:not|rather\s+than|instead\s+of)"
# "quieter, not louder", "quieter and not louder", "quieter rather than louder"
_AFTER_RE = re.compile(
    rf"\b(?P<kept>{_DIRECTION})\s*,?\s*(?:and\s+|but\s+)?{_NOT}\s+(?:any\s+)?{_DIRECTION}\b(?!\s+than\b)",
    re.I,
)
# "not louder, quieter", "not louder but quieter", "not louder - quieter"
_BEFORE_RE = re.compile(
    rf"\bnot\s+(?:any\s+)?{_DIRECTION}\s*(?:,|;|-|–|—|\bbut\b)\s*(?:but\s+)?(?:rather\s+)?(?={_DIRECTION}\b)",
    re.I,
)


def without_ruled_out(text: str) -> str:
    """``text`` without the direction it rules out ("quieter, not louder" -> "quieter")."""
    text = _AFTER_RE.sub(lambda m: m.group("kept"), text)
    return _BEFORE_RE.sub("", text)


__all__ = ["without_ruled_out"]
