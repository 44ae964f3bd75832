"""The kit card: one PNG with the logo, colour swatches and a type specimen in the kit's fonts.

The web chat's ``/brand`` view shows it as an image (and Slack can upload it). Drawn with Pillow
from the stored files, so what it shows is what the renderer will use: the logo on a
checkerboard (so transparency is visible), each colour with its hex and name in a text colour
that passes WCAG contrast on it, and the heading and body fonts setting real words.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from adgen.brand.colour_names import hex_to_rgb, nearest_name
from adgen.brand.contrast import pick_text_colour
from adgen.brand.fonts import font_path
from adgen.brand.model import BrandKit, KitFont
from adgen.store.media import MediaStore

FALLBACK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FALLBACK_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CARD_WIDTH = 1200
_PAPER = (250, 250, 248)
_INK = (28, 28, 32)
_MUTED = (110, 110, 118)
_PAD = 48


def _face(font: KitFont | None, media: MediaStore, size: int, fallback: str) -> ImageFont.FreeTypeFont:
    path: Path | str | None = font_path(font, media) if font else None
    try:
        return ImageFont.truetype(str(path or fallback), size)
    except OSError:
        return ImageFont.truetype(fallback, size)


def _checkerboard(width: int, height: int, cell: int = 16) -> Image.Image:
    ys, xs = np.indices((height, width))
    light = ((xs // cell + ys // cell) % 2 == 0)[..., None]
    pixels = np.where(light, np.array([236, 236, 236]), np.array([214, 214, 214])).astype(np.uint8)
    return Image.fromarray(pixels, "RGB")


def _fit_logo(kit: BrandKit, media: MediaStore, box: tuple[int, int]) -> Image.Image | None:
    if not kit.logo:
        return None
    with Image.open(io.BytesIO(media.read_bytes(kit.logo.url))) as opened:
        logo = opened.convert("RGBA")
    logo.thumbnail(box, Image.Resampling.LANCZOS)
    return logo


def render_kit_card(kit: BrandKit, media: MediaStore) -> bytes:
    """The kit card as PNG bytes (1200 px wide)."""
    heading = kit.heading_font or kit.body_font
    body = kit.body_font or kit.heading_font
    title_face = _face(heading, media, 56, FALLBACK_BOLD)
    specimen_face = _face(heading, media, 84, FALLBACK_BOLD)
    body_face = _face(body, media, 30, FALLBACK_FONT)
    small_face = _face(None, media, 22, FALLBACK_FONT)
    height = 1100
    card = Image.new("RGB", (CARD_WIDTH, height), _PAPER)
    draw = ImageDraw.Draw(card)

    # Title
    draw.text((_PAD, _PAD), kit.name, font=title_face, fill=_INK)
    label = f"Brand kit · version {kit.version}" + (" · default" if kit.is_default else "")
    draw.text((_PAD, _PAD + 74), label, font=small_face, fill=_MUTED)

    # Logo on a checkerboard, so a transparent background shows as such
    logo_box = (_PAD, 170, _PAD + 420, 170 + 300)
    board = _checkerboard(logo_box[2] - logo_box[0], logo_box[3] - logo_box[1])
    card.paste(board, logo_box[:2])
    logo = _fit_logo(kit, media, (380, 260))
    if logo is not None:
        x = logo_box[0] + (board.width - logo.width) // 2
        y = logo_box[1] + (board.height - logo.height) // 2
        card.paste(logo, (x, y), logo)
    else:
        draw.text((logo_box[0] + 20, logo_box[1] + 130), "no logo yet", font=body_face, fill=_MUTED)

    # Swatches
    x0, y0, w, h = _PAD + 460, 170, 210, 300
    named = kit.colors.named() or []
    for i, (role, colour) in enumerate(named):
        left = x0 + i * (w + 20)
        rgb = hex_to_rgb(colour)
        draw.rectangle((left, y0, left + w, y0 + h), fill=rgb)
        swatch = np.full((4, 4, 3), rgb, dtype=np.uint8)
        ink = hex_to_rgb(pick_text_colour(["#FFFFFF", "#1C1C20"], swatch).colour)
        draw.text((left + 16, y0 + h - 104), role, font=small_face, fill=ink)
        draw.text((left + 16, y0 + h - 74), colour, font=small_face, fill=ink)
        draw.text((left + 16, y0 + h - 44), nearest_name(colour), font=small_face, fill=ink)
    if not named:
        draw.text((x0, y0 + 130), "no colours yet", font=body_face, fill=_MUTED)

    # Type specimen
    y = 520
    draw.text((_PAD, y), "Aa Bb Gg 123", font=specimen_face, fill=_INK)
    heading_label = heading.label() if heading else "DejaVu Sans Bold (default)"
    draw.text((_PAD, y + 108), f"Headings: {heading_label}", font=small_face, fill=_MUTED)
    y += 160
    draw.text((_PAD, y), "The quick brown fox jumps over the lazy dog.", font=body_face, fill=_INK)
    body_label = body.label() if body else "DejaVu Sans (default)"
    draw.text((_PAD, y + 44), f"Body: {body_label}", font=small_face, fill=_MUTED)
    y += 100
    if kit.tagline:
        draw.text((_PAD, y), f"“{kit.tagline}”", font=body_face, fill=_INK)
    y += 70

    # The call to action as a button in the kit's accent (or primary)
    button = kit.colors.accent or kit.colors.primary or "#1C1C20"
    cta = kit.default_cta or "Shop now"
    ink = pick_text_colour(
        [*kit.colors.as_list(), "#FFFFFF", "#1C1C20"], np.full((4, 4, 3), hex_to_rgb(button), np.uint8)
    )
    left, top, right, bottom = draw.textbbox((0, 0), cta, font=body_face)
    bw, bh = right - left + 64, bottom - top + 36
    draw.rounded_rectangle((_PAD, y, _PAD + bw, y + bh), radius=bh // 2, fill=hex_to_rgb(button))
    draw.text((_PAD + 32 - left, y + 18 - top), cta, font=body_face, fill=hex_to_rgb(ink.colour))
    y += bh + 30

    # Voice
    if kit.tone_words:
        draw.text((_PAD, y), "Tone: " + ", ".join(kit.tone_words), font=small_face, fill=_MUTED)
        y += 34
    if kit.avoid_words:
        draw.text((_PAD, y), "Never say: " + ", ".join(kit.avoid_words), font=small_face, fill=_MUTED)
        y += 34
    out = io.BytesIO()
    card.crop((0, 0, CARD_WIDTH, min(height, max(y + _PAD, 900)))).save(out, format="PNG")
    return out.getvalue()


__all__ = ["CARD_WIDTH", "render_kit_card"]
