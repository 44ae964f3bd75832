"""A logo without transparency, cut out: the flat plate keyed away, or a photo's subject cut out.

Offered when a logo arrives without transparency (:class:`adgen.brand.logo.CutoutSuggestion`).
A flat plate colour (the palette found it) is keyed by colour distance with a soft edge, which is
exact for drawn logos; a photograph goes through the product cut-out (GrabCut, or rembg when its
model is installed), the same as a product photo.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from adgen.brand.colour_names import hex_to_rgb
from adgen.brand.errors import BrandKitRejected

# RGB distance below which a pixel is the plate, and above which it is the logo; between: a ramp.
KEY_INNER, KEY_OUTER = 28.0, 64.0


def key_out_plate(image: Image.Image, plate: str) -> Image.Image:
    """The logo with every pixel close to ``plate`` made transparent (soft edge)."""
    rgba = np.asarray(image.convert("RGBA")).astype(np.float64)
    distance = np.linalg.norm(rgba[..., :3] - np.array(hex_to_rgb(plate), dtype=np.float64), axis=-1)
    keep = np.clip((distance - KEY_INNER) / (KEY_OUTER - KEY_INNER), 0.0, 1.0)
    rgba[..., 3] = np.minimum(rgba[..., 3], keep * 255.0)
    return Image.fromarray(rgba.round().astype(np.uint8), "RGBA")


def cut_out_logo(data: bytes, plate: str | None) -> bytes:
    """PNG bytes of the logo with a transparent background; BrandKitRejected when nothing is left."""
    with Image.open(io.BytesIO(data)) as opened:
        image = opened.convert("RGBA")
    if plate:
        out = key_out_plate(image, plate)
    else:
        from adgen.pipeline.services.extractor.cutout import ExtractionError, ProductExtractor

        with tempfile.TemporaryDirectory(prefix="adgen-logo-") as work:
            source, target = Path(work) / "logo.png", Path(work) / "cutout.png"
            image.save(source, format="PNG")
            try:
                result = ProductExtractor().cutout(source, target)
            except ExtractionError as exc:
                raise BrandKitRejected(
                    "I couldn't find the logo in that picture to cut it out; send a PNG with transparency."
                ) from exc
            with Image.open(result.path) as cut:
                out = cut.convert("RGBA")
    box = out.getchannel("A").getbbox()
    if box is None:
        raise BrandKitRejected("Cutting out the logo left nothing; send a PNG with transparency.")
    buffer = io.BytesIO()
    out.crop(box).save(buffer, format="PNG")
    return buffer.getvalue()


__all__ = ["cut_out_logo", "key_out_plate"]
