"""Real inputs for the brand kit tests: logos drawn with Pillow, a photograph, Debian's fonts.

Written down before the code was tuned: the drawn logo's three colours, the fonts' paths.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
SERIF_BOLD = DEJAVU / "DejaVuSerif-Bold.ttf"
SANS_BOLD = DEJAVU / "DejaVuSans-Bold.ttf"
SANS = DEJAVU / "DejaVuSans.ttf"
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")

# The drawn logo: a navy disc with a gold triangle in it, and a coral rounded bar.
NAVY, CORAL, GOLD = (27, 42, 74), (255, 111, 89), (242, 193, 78)
LOGO_COLOURS = {"#1B2A4A": NAVY, "#FF6F59": CORAL, "#F2C14E": GOLD}


def draw_logo(size: tuple[int, int] = (600, 300), plate: tuple[int, int, int] | None = None) -> Image.Image:
    """The logo on a transparent canvas (RGBA), or on an opaque plate colour (RGB)."""
    logo = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(logo)
    w, h = size
    draw.ellipse((0.04 * w, 0.07 * h, 0.43 * w, 0.85 * h), fill=NAVY)
    draw.polygon([(0.16 * w, 0.72 * h), (0.235 * w, 0.45 * h), (0.31 * w, 0.72 * h)], fill=GOLD)
    draw.rounded_rectangle((0.49 * w, 0.2 * h, 0.96 * w, 0.8 * h), radius=int(0.12 * h), fill=CORAL)
    if plate is None:
        return logo
    base = Image.new("RGB", size, plate)
    base.paste(logo, (0, 0), logo)
    return base


def encode(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def photo_logo_jpeg() -> bytes:
    """A photograph used as a logo (scikit-image's coffee cup): no transparency at all."""
    from skimage import data

    return encode(Image.fromarray(data.coffee()), "JPEG", quality=90)


def big_png(min_bytes: int = 20 * 1024 * 1024) -> bytes:
    """A real PNG of noise, uncompressed, larger than ``min_bytes`` (a "20 MB logo")."""
    side = int(np.ceil(np.sqrt(min_bytes / 4))) + 8
    noise = np.random.default_rng(7).integers(0, 256, (side, side, 4), dtype=np.uint8)
    data = encode(Image.fromarray(noise, "RGBA"), "PNG", compress_level=0)
    assert len(data) > min_bytes
    return data


def cjk_only_font(text: str = "日本語のテキストブランド珈琲") -> bytes:
    """An OTF with only these CJK characters: Noto Sans CJK cut down with fontTools' subsetter."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(NOTO_CJK), fontNumber=0)
    options = subset.Options()
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def ink(text: str, font_path: Path | str, size: int = 96) -> np.ndarray:
    """``text`` drawn black on white with a font file, as a boolean ink mask cropped to the ink."""
    font = ImageFont.truetype(str(font_path), size)
    left, top, right, bottom = font.getbbox(text)
    canvas = Image.new("L", (right - left + 8, bottom - top + 8), 255)
    ImageDraw.Draw(canvas).text((4 - left, 4 - top), text, font=font, fill=0)
    return crop_ink(np.asarray(canvas) < 128)


def crop_ink(mask: np.ndarray) -> np.ndarray:
    ys, xs = np.nonzero(mask)
    return mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def mask_difference(a: np.ndarray, b: np.ndarray) -> float:
    """Share of pixels that differ between two ink masks (the larger box; 1.0 if sizes differ a lot)."""
    h, w = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    pa = np.zeros((h, w), bool)
    pb = np.zeros((h, w), bool)
    pa[: a.shape[0], : a.shape[1]] = a
    pb[: b.shape[0], : b.shape[1]] = b
    return float((pa ^ pb).sum() / max(1, (pa | pb).sum()))


def wcag_contrast(rgb1: tuple[float, ...], rgb2: tuple[float, ...]) -> float:
    """WCAG 2.x contrast ratio, written here from the W3C definition (independent of adgen)."""

    def lum(rgb: tuple[float, ...]) -> float:
        def channel(v: float) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(v) for v in rgb[:3])
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((lum(rgb1), lum(rgb2)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
