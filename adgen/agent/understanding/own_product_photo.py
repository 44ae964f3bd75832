"""The product named by its own noun and its picture: "shoe photo a smidge smaller", "the bike
image on the left", "make the serum pic bigger".

Part of :mod:`adgen.agent.understanding` (round thirty-two b, intensity). :mod:`product_photo`
reads "the product photo" as the product; an ad's own noun for its product (from its brief, see
:func:`product_words.product_spans`) before "photo", "image", "picture" or "pic" is the same layer,
but read as typed "photo" was a scene's picture and "shoe photo a smidge smaller" shrank a text (a
wrong edit). "shot" counts only with a size ("the shoe shot brighter" is the scene's background).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.product_words import product_spans
from adgen.project import AdProject

_PICTURE_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?P<word>photo|image|picture|pic|shot)s?\b", re.I)
_SIZED_RE = re.compile(r"\b(?:bigger|larger|smaller|tinier|huge|enlarge|shrink|scale|size)\b", re.I)


# a clause's end: "box shot to 6 s and the code card text bigger" sizes the code card, not the box
_CLAUSE_END_RE = re.compile(r"[,;.!?]|\b(?:and|also|plus|then)\b", re.I)


def _clause(masked: str, start: int) -> str:
    """The clause of ``masked`` from ``start`` to its next separator (round 33 d)."""
    end = _CLAUSE_END_RE.search(masked, start)
    return masked[start : end.start() if end else len(masked)]


def own_product_photo(masked: str, project: AdProject | None) -> str:
    """``masked`` with "<the ad's product noun> photo" written "product"."""
    if project is None:
        return masked
    for start, end in reversed(product_spans(masked, project)):
        m = _PICTURE_AFTER_RE.match(masked, end)
        if m is None or (m.group("word").lower() == "shot" and not _SIZED_RE.search(_clause(masked, start))):
            continue
        masked = masked[:start] + "product" + masked[m.end() :]
    return masked


__all__ = ["own_product_photo"]
