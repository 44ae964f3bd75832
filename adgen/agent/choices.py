"""The choices a render warning offers, the same in every front end.

A doubtful product cut-out (``RenderWarning.choices``) offers three: upload a PNG with
transparency, show the photo as a framed product card, or install the rembg model. The web chat
shows them as buttons, Slack as words to reply with, the render report as sentences. Only the
card changes the ad: it is an ``update_product`` with ``style="card"``, asked for in words
(:data:`CARD_REQUEST`, what the card button says for the marketer) that the conversation
recognises as they are (:func:`choice_operation`), so the conversation log and its replay
see an ordinary message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adgen.tools import operations as ops

UPLOAD_PNG = "upload_transparent_png"
PRODUCT_CARD = "use_product_card"
INSTALL_REMBG = "install_rembg_model"

CARD_REQUEST = "Use the photo as a framed product card"
CUTOUT_REQUEST = "Use the cut-out of the product"
REMBG_MODEL_URL = "https://github.com/danielgatis/rembg/releases/download/v0.0.0/u2net.onnx"


@dataclass(frozen=True)
class Choice:
    code: str
    label: str  # the button
    how: str  # one sentence: what it does, or how to do it


CHOICES: dict[str, Choice] = {
    UPLOAD_PNG: Choice(
        UPLOAD_PNG,
        "Upload a PNG with transparency",
        "Export the product from your photo editor as a PNG with a transparent background (or take "
        "one with a remove-background tool) and attach it to your next message, even an empty one: "
        "it replaces the product and is used exactly as it is.",
    ),
    PRODUCT_CARD: Choice(
        PRODUCT_CARD,
        "Use the photo as a framed product card",
        "The whole photo is shown as a product card (rounded corners, a soft shadow and a thin border "
        "in your palette) instead of the cut-out; only the scenes with the product are rendered again.",
    ),
    INSTALL_REMBG: Choice(
        INSTALL_REMBG,
        "Install the rembg model",
        'Whoever runs adgen installs the rembg extra (pip install -e ".[rembg]") and puts the '
        f"U²-Net model file u2net.onnx ({REMBG_MODEL_URL}) in ~/.rembg/models/u2net/, then renders "
        "again: the cut-out is then made by rembg.",
    ),
}

# What a marketer may say (or a button says) to pick the card, or go back to the cut-out.
_CARD = re.compile(
    r"^(?:please\s+)?(?:use|show|make)\s+(?:the\s+)?(?:product\s+)?(?:photo|picture|image|product)?\s*"
    r"(?:as\s+)?(?:a\s+)?(?:framed\s+)?(?:product\s+)?card(?:\s+instead)?(?:\s+please)?$"
)
_CUTOUT = re.compile(
    r"^(?:please\s+)?(?:use|show)\s+(?:the\s+)?(?:product(?:'s)?\s+)?cut[- ]?out(?:\s+of\s+the\s+product)?"
    r"(?:\s+again)?(?:\s+please)?$"
)


def choice_operation(text: str) -> ops.UpdateProduct | None:
    """The operation a message picks among the choices (the card, or the cut-out back), else None.

    Only whole messages that say just that are recognised: anything more goes to the parser.
    """
    said = " ".join(re.sub(r"[.!?,;:]+", " ", text.strip().lower()).split())
    if _CARD.match(said):
        return ops.UpdateProduct(style="card")
    if _CUTOUT.match(said):
        return ops.UpdateProduct(style="cutout")
    return None


__all__ = [
    "CARD_REQUEST",
    "CHOICES",
    "CUTOUT_REQUEST",
    "INSTALL_REMBG",
    "PRODUCT_CARD",
    "REMBG_MODEL_URL",
    "UPLOAD_PNG",
    "Choice",
    "choice_operation",
]
