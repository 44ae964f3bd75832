"""The look of a stand-in clip: a hazard band saying the preview is unavailable.

A scene whose provider failed is not left out of the ad: it gets a local background with this
band drawn over it, so nobody mistakes it for the real scene (see
:func:`adgen.pipeline.scene_chain.finish_unit`).
"""

from __future__ import annotations

from pathlib import Path

BAND_TEXT = "PREVIEW UNAVAILABLE - WILL RETRY"
_BAND_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def unavailable_band(width: int, height: int, out_path: Path) -> Path:
    """A full-frame RGBA layer: an amber-and-black hazard band across the middle with a label."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    band = max(24, int(min(width, height) * 0.16))
    top = (height - band) // 2
    draw.rectangle([0, top, width, top + band], fill=(255, 196, 0, 255))
    step = max(12, band // 2)
    for x in range(-band, width + band, step * 2):
        draw.polygon(
            [(x, top + band), (x + step, top + band), (x + step + band, top), (x + band, top)],
            fill=(20, 20, 20, 255),
        )
    size = max(10, int(band * 0.34))
    try:
        font = ImageFont.truetype(_BAND_FONT, size)
    except OSError:
        font = ImageFont.load_default(size)
    while size > 8 and draw.textlength(BAND_TEXT, font=font) > width * 0.92:
        size -= 1
        font = font.font_variant(size=size) if hasattr(font, "font_variant") else ImageFont.load_default(size)
    box = draw.textbbox((0, 0), BAND_TEXT, font=font)
    tw, th = box[2] - box[0], box[3] - box[1]
    pad = max(4, size // 3)
    x0, y0 = (width - tw) // 2, top + (band - th) // 2
    draw.rectangle([x0 - pad, y0 - pad, x0 + tw + pad, y0 + th + pad], fill=(20, 20, 20, 255))
    draw.text((x0 - box[0], y0 - box[1]), BAND_TEXT, font=font, fill=(255, 255, 255, 255))
    image.save(out_path)
    return out_path


__all__ = ["BAND_TEXT", "unavailable_band"]
