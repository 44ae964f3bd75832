"""Placing the kit's logo on a frame: on the end card, or as a small corner mark, always inside
the safe area the layout gives (the platform preset's, from the presets work).

Pure geometry plus one resize: the logo keeps its aspect ratio and its alpha, and its box lies
inside the safe area by construction, so the pre-flight safe-zone check has nothing to find.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Literal

from PIL import Image

from adgen.store.media import MediaStore

Anchor = Literal["top-left", "top-right", "bottom-left", "bottom-right", "center", "top-center"]
Box = tuple[int, int, int, int]  # left, top, right, bottom (right/bottom exclusive)

# A corner mark is discreet: at most this share of the safe area's width and height.
MARK_WIDTH_SHARE, MARK_HEIGHT_SHARE = 0.22, 0.10
# On the end card the logo is a main element.
END_CARD_WIDTH_SHARE, END_CARD_HEIGHT_SHARE = 0.6, 0.25


@dataclass(frozen=True)
class LogoPlacement:
    image: Image.Image  # RGBA, already resized
    x: int
    y: int

    @property
    def box(self) -> Box:
        return self.x, self.y, self.x + self.image.width, self.y + self.image.height

    def paste_onto(self, frame: Image.Image) -> Image.Image:
        """The frame with the logo composited by its alpha (a new image; RGBA in, RGBA out)."""
        out = frame.convert("RGBA")
        out.alpha_composite(self.image, (self.x, self.y))
        return out


def load_logo(url: str, media: MediaStore) -> Image.Image:
    """The stored logo as RGBA (a JPEG logo becomes fully opaque RGBA)."""
    with Image.open(io.BytesIO(media.read_bytes(url))) as opened:
        return opened.convert("RGBA")


def place_logo(
    logo: Image.Image,
    safe_area: Box,
    *,
    anchor: Anchor = "top-right",
    width_share: float = MARK_WIDTH_SHARE,
    height_share: float = MARK_HEIGHT_SHARE,
    margin_share: float = 0.02,
) -> LogoPlacement:
    """The logo scaled to fit ``width_share`` x ``height_share`` of the safe area, at ``anchor``
    inside it (with a small margin), aspect ratio and transparency kept."""
    left, top, right, bottom = safe_area
    area_w, area_h = right - left, bottom - top
    if area_w <= 0 or area_h <= 0:
        raise ValueError(f"the safe area {safe_area} is empty")
    margin = round(min(area_w, area_h) * margin_share)
    fit_w = max(1, min(round(area_w * width_share), area_w - 2 * margin))
    fit_h = max(1, min(round(area_h * height_share), area_h - 2 * margin))
    scale = min(fit_w / logo.width, fit_h / logo.height)
    size = (max(1, int(logo.width * scale)), max(1, int(logo.height * scale)))
    image = logo.convert("RGBA").resize(size, Image.Resampling.LANCZOS)
    vertical, _, horizontal = anchor.partition("-") if "-" in anchor else ("center", "", "center")
    x = {
        "left": left + margin,
        "right": right - margin - size[0],
        "center": left + (area_w - size[0]) // 2,
    }[horizontal]
    y = {
        "top": top + margin,
        "bottom": bottom - margin - size[1],
        "center": top + (area_h - size[1]) // 2,
    }[vertical]
    return LogoPlacement(image=image, x=x, y=y)


def end_card_logo(logo: Image.Image, safe_area: Box) -> LogoPlacement:
    """The end card's logo: large, centred in the upper part of the safe area (the CTA goes below)."""
    return place_logo(
        logo,
        safe_area,
        anchor="top-center",
        width_share=END_CARD_WIDTH_SHARE,
        height_share=END_CARD_HEIGHT_SHARE,
        margin_share=0.08,
    )


__all__ = ["Anchor", "LogoPlacement", "end_card_logo", "load_logo", "place_logo"]
