"""A logo's colours: a median-cut palette of its visible pixels, with the background dropped.

Pillow's median cut groups the pixels; each group's colour is then the per-channel *median* of
its pixels, so a flat brand colour comes back exactly even where anti-aliased edges fall in the
same group. Near-transparent pixels are not part of the logo. A logo without transparency
usually sits on a plate (white, or a flat colour): when most of the border is one colour, that
colour is the background and every pixel close to it is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

# Pixels at least this opaque are part of the logo.
MIN_ALPHA = 200
# Colours closer than this (CIE76 ΔE in Lab) are one colour: the background test, and merging.
SAME_COLOUR_DELTA_E = 12.0
# A border is a plate when this share of it is one colour.
PLATE_SHARE = 0.6
# Groups smaller than this share of the logo are edges and noise, not brand colours.
MIN_SHARE = 0.03
_WORK_SIDE = 256


@dataclass(frozen=True)
class PaletteColour:
    hex: str
    share: float  # of the logo's kept pixels


@dataclass(frozen=True)
class LogoPalette:
    colours: list[PaletteColour]
    background: str | None  # the plate colour that was dropped, if any

    @property
    def hexes(self) -> list[str]:
        return [c.hex for c in self.colours]


def _hex(rgb: np.ndarray) -> str:
    return "#" + "".join(f"{int(c):02X}" for c in rgb)


def _lab(rgb: np.ndarray) -> np.ndarray:
    pixels = rgb.reshape(-1, 1, 3).astype(np.float32) / 255.0
    return cv2.cvtColor(pixels, cv2.COLOR_RGB2Lab).reshape(-1, 3)


def _plate_colour(rgba: np.ndarray) -> np.ndarray | None:
    """The border's dominant colour when the border is mostly one colour, else None."""
    border = np.concatenate([rgba[0], rgba[-1], rgba[1:-1, 0], rgba[1:-1, -1]])
    border = border[border[:, 3] >= MIN_ALPHA][:, :3]
    if len(border) < 8:
        return None  # a transparent border: there is no plate
    median = np.median(border, axis=0)
    near = np.linalg.norm(_lab(border) - _lab(median[None].astype(np.uint8)), axis=1) < SAME_COLOUR_DELTA_E
    if near.mean() < PLATE_SHARE:
        return None
    return np.median(border[near], axis=0).astype(np.uint8)


def extract_palette(image: Image.Image, *, max_colours: int = 5) -> LogoPalette:
    """The logo's main colours, most used first (at most ``max_colours``)."""
    work = image.convert("RGBA")
    work.thumbnail((_WORK_SIDE, _WORK_SIDE), Image.Resampling.NEAREST)  # exact colours, no blending
    rgba = np.asarray(work)
    plate = _plate_colour(rgba)
    pixels = rgba.reshape(-1, 4)
    pixels = pixels[pixels[:, 3] >= MIN_ALPHA][:, :3]
    if plate is not None and len(pixels):
        keep = np.linalg.norm(_lab(pixels) - _lab(plate[None]), axis=1) >= SAME_COLOUR_DELTA_E
        pixels = pixels[keep]
    background = _hex(plate) if plate is not None else None
    if len(pixels) == 0:
        return LogoPalette(colours=[], background=background)
    strip = Image.fromarray(pixels.reshape(1, -1, 3).astype(np.uint8), "RGB")
    groups = strip.quantize(colors=8, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    labels = np.asarray(groups).reshape(-1)
    found: list[tuple[np.ndarray, int]] = []
    for label in np.unique(labels):
        members = pixels[labels == label]
        found.append((np.median(members, axis=0).astype(np.uint8), len(members)))
    found.sort(key=lambda item: -item[1])
    merged: list[list] = []  # [colour, count]; a smaller group close to a bigger one joins it
    for colour, count in found:
        for entry in merged:
            if np.linalg.norm(_lab(colour[None]) - _lab(entry[0][None])) < SAME_COLOUR_DELTA_E:
                entry[1] += count
                break
        else:
            merged.append([colour, count])
    total = len(pixels)
    colours = [
        PaletteColour(hex=_hex(colour), share=round(count / total, 4))
        for colour, count in sorted(merged, key=lambda e: -e[1])
        if count / total >= MIN_SHARE
    ]
    return LogoPalette(colours=colours[:max_colours], background=background)


def roles_from_palette(palette: list[str]) -> dict[str, str]:
    """Kit colours from a logo palette: the two most used as primary and secondary, and the most
    saturated of the rest as accent (a logo's accent is usually small and vivid)."""
    roles: dict[str, str] = {}
    if not palette:
        return roles
    roles["primary"] = palette[0]
    if len(palette) > 1:
        roles["secondary"] = palette[1]
    rest = palette[2:]
    if rest:
        rgb = np.array([[int(h[i : i + 2], 16) for i in (1, 3, 5)] for h in rest], dtype=np.uint8)
        hsv = cv2.cvtColor(rgb.reshape(-1, 1, 3), cv2.COLOR_RGB2HSV).reshape(-1, 3)
        roles["accent"] = rest[int(np.argmax(hsv[:, 1].astype(int) * hsv[:, 2].astype(int)))]
    return roles


__all__ = ["LogoPalette", "PaletteColour", "extract_palette", "roles_from_palette"]
