"""A fact the marketer sets aside ("20 cm is the cake's width, ignore it."), and the request said
as "what I want is …".

Part of :mod:`adgen.agent.understanding` (round thirty-three c, dev24's bakery: "20 cm is the
cake's width, ignore it. What I want is the tasting card text bigger" made no edit, and "the cake
is 20 cm wide, ignore that. tasting card text bigger" made every text bigger). Figures that are
copy (a size on the cake, an order-by day, a price) are never the ad's lengths or sizes:

- a sentence that ends by telling to ignore it ("…, ignore it", "— disregard that", "(ignore
  this)") is dropped whole, so its figures and words are read as nothing;
- a sentence saying a figure is what it is and not a length ("MOT £35 is a price, it isn't how
  long anything is") is dropped whole too;
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
# "MOT £35 is a price, it isn't how long anything is.", "the 30 is the age, not seconds": a figure
# said to be what it is and not a length (or a size), dropped whole (round thirty-six b, dev26's garage).
_NOT_A_LENGTH_RE = re.compile(
    r"(?:^|(?<=[.;!?\n]))[^.;!?\n]*?\d[^.;!?\n]*?\b(?:is|are|'s)\s+(?:just\s+|only\s+|simply\s+)?(?:a|an|the|our|my)\s+"
    r"[\w'’ -]{1,30}?[\s,;–—-]+(?:and\s+|but\s+)?(?:it|that|this|which|they)?\s*"
    r"(?:isn'?t|is\s+not|aren'?t|are\s+not|not|has\s+nothing\s+to\s+do\s+with|never)\s+(?:a\s+|an\s+|the\s+|any\s+)?"
    r"(?:how\s+long|length|duration|timing|running\s+time|runtime|seconds?|secs?|time|size|font\s+size)\b"
    r"[^.;!?\n]*(?:[.;!?\n]+|$)",
    re.I,
)
_WANT_RE = re.compile(
    r"(?:^|(?<=[.;!?\n]))(?P<lead>\s*)(?:so\s+|but\s+|and\s+)?what\s+(?:i|we)(?:'d\s+like|'d\s+love|\s+(?:really\s+|actually\s+)?"
    r"(?:want|need|would\s+like|wanna))(?:\s+(?:now|instead|though))?\s+is\s+(?!for\b|to\b)",
    re.I,
)


def without_set_aside(masked: str) -> str:
    """``masked`` without the sentences it says to ignore, and "what I want is" before a request
    (unchanged when nothing would be left)."""
    kept = _IGNORED_SENTENCE_RE.sub(" ", masked)
    kept = _NOT_A_LENGTH_RE.sub(" ", kept)
    kept = _WANT_RE.sub(lambda m: m.group("lead"), kept)
    kept = re.sub(r"\s{2,}", " ", kept).strip()
    return kept if re.search(r"\w", kept) else masked


__all__ = ["without_set_aside"]
