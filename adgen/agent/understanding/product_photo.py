"""The product named by its picture: "put the product photo in the sea shot", "show the product
image on the hook", "make the product pic bigger in the showcase".

Part of :mod:`adgen.agent.understanding` (round thirty-one f, refusals). The product is shown as
its photo, so marketers name it so; read as typed, "photo" and "image" were a scene's picture:
"show the product image on the hook" set two backgrounds to "on", "make the product photo bigger"
made a text bigger (wrong edits), and in an ad without a product photo "put the product photo in
the sea shot" got the help text instead of the reason (no product photo yet, send one). The words
are read as "the product", whose reader places, sizes, shows or refuses it. Never a new photo
("use this new product photo", "replace the product image": :data:`product.NEW_PHOTO_RE`).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.own_product_photo import own_product_photo
from adgen.agent.understanding.product import NEW_PHOTO_RE

_PRODUCT_PHOTO_RE = re.compile(
    r"(?<!\bnew\s)(?<!\bother\s)(?<!\bbetter\s)(?<!\bsecond\s)(?<!\banother\s)(?<!\bdifferent\s)"
    r"\b(?P<product>product)(?:['’]s)?\s+(?:photo|image|picture|pic|packshot|cut-?out|png)s?\b"
    # "the photo of the product", "the picture of our product"
    r"|\b(?:photo|image|picture|pic|packshot)\s+of\s+(?:the|our|my)\s+(?P<product2>product)\b",
    re.I,
)


_SIZED_RE = re.compile(r"\b(?:bigger|larger|smaller|tinier|huge|enlarge|shrink|scale)\b", re.I)


def product_photo_as_product(masked: str, project: Any) -> str:
    """``masked`` with "the product photo" as "the product" (never when a new photo is meant; nor
    its size in an ad without one, which :func:`text_parts.picture_size` answers)."""
    if NEW_PHOTO_RE.search(masked):
        return masked
    if project is not None and project.product_asset is None and _SIZED_RE.search(masked):
        return masked
    return own_product_photo(_PRODUCT_PHOTO_RE.sub("product", masked), project)


__all__ = ["product_photo_as_product"]
