"""A fact the marketer sets aside ("20 cm is the cake's width, ignore it."), and the request said
as "what I want is …".

Part of :mod:`adgen.agent.understanding` (round thirty-three c, dev24's bakery: "20 cm is the
cake's width, ignore it. What I want is the tasting card text bigger" made no edit, and "the cake
is 20 cm wide, ignore that. tasting card text bigger" made every text bigger). Figures that are
copy (a size on the cake, an order-by day, a price) are never the ad's lengths or sizes:

- a sentence that ends by telling to ignore it ("…, ignore it", "— disregard that", "(ignore
  this)") is dropped whole, so its figures and words are read as nothing;
- "what I want is X", "what I'd like is X", "what we need is X" is the request X.
"""

from __future__ import annotations

import re

_IGNORE_END = (
    r"[\s,;:(–—-]+(?:so\s+|just\s+|please\s+|pls\s+)*(?:ignore|disregard|don'?t\s+worry\s+about|never\s*mind)\s+"
    r"(?:it|that|this|those|them|the\s+number|the\s+figure)(?:\s+(?:one|part|bit|number|figure|please|pls|for\s+now))*\s*\)?"
)
# One sentence (up to . ; ! ? or a line break) that ends by saying to ignore it.
_IGNORED_SENTENCE_RE = re.compile(rf"(?:^|(?<=[.;!?\n]))[^.;!?\n]+?{_IGNORE_END}\s*(?:[.;!?\n]+|$)", re.I)
_WANT_RE = re.compile(
    r"(?:^|(?<=[.;!?\n]))(?P<lead>\s*)(?:so\s+|but\s+|and\s+)?what\s+(?:i|we)(?:'d\s+like|'d\s+love|\s+(?:really\s+|actually\s+)?"
    r"(?:want|need|would\s+like|wanna))(?:\s+(?:now|instead|though))?\s+is\s+(?!for\b|to\b)",
    re.I,
)


def without_set_aside(masked: str) -> str:
    """``masked`` without the sentences it says to ignore, and "what I want is" before a request
    (unchanged when nothing would be left)."""
    kept = _IGNORED_SENTENCE_RE.sub(" ", masked)
    kept = _WANT_RE.sub(lambda m: m.group("lead"), kept)
    kept = re.sub(r"\s{2,}", " ", kept).strip()
    return kept if re.search(r"\w", kept) else masked


__all__ = ["without_set_aside"]
