"""Legibility measured on the pixels: WCAG 2.x contrast of the text colour against what lies
right around its glyphs, over every sampled frame, and the scrim or outline that would fix it.

Which pixels count as the background: the glyphs are the pixels of the text's own colour inside
its box; the background is the ring just outside them, from 1 px (the anti-aliased edge, half
text and half background, is left out) to a tenth of the cap height further: the halo the eye
uses to tell a letter from what is behind it. An outline or a shadow drawn by the renderer sits
in that ring and counts, as WCAG allows for text with a halo. The measure is a robust worst: the
5th percentile of the contrast over all ring pixels of all frames, so a few noisy pixels do not
fail a text but a light sweep passing behind a fifth of its letters does.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from adgen.platforms.geometry import Rect

WORST_PERCENTILE = 5.0
# Pixels this close (Euclidean RGB) to the text colour are glyph pixels: compression moves a
# flat colour by 10-20, chroma subsampling blurs edges further; a background colour that comes
# this close is, for the reader, the same colour as the text.
GLYPH_COLOUR_DISTANCE = 60.0
# A "text" whose colour covers more of its box than this is not glyphs on a background: the
# background itself has the text's colour.
MAX_GLYPH_SHARE = 0.6


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    value = colour.strip().lstrip("#")
    if len(value) != 6:
        raise ValueError(f"{colour!r} is not a colour like #FF8800")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def relative_luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG 2.x relative luminance of sRGB colours (..., 3) in 0-255."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def contrast_ratio(a: np.ndarray | tuple, b: np.ndarray | tuple) -> np.ndarray:
    """WCAG contrast ratio (1-21) between colours ``a`` and ``b`` (broadcast over pixels)."""
    la, lb = relative_luminance(np.asarray(a)), relative_luminance(np.asarray(b))
    hi, lo = np.maximum(la, lb), np.minimum(la, lb)
    return (hi + 0.05) / (lo + 0.05)


_SUM_CHANNELS = np.ones((1, 3), np.float32)


def glyph_mask(patch: np.ndarray, text_rgb: tuple[int, int, int]) -> np.ndarray:
    """Pixels of the text's own colour (bool H x W): squared RGB distance, summed by OpenCV
    (five times quicker than numpy's float maths on a whole frame; the same pixels)."""
    if patch.ndim != 3 or patch.shape[2] != 3 or patch.dtype != np.uint8 or 0 in patch.shape:
        diff = patch.astype(np.float32) - np.asarray(text_rgb, np.float32)
        return np.sqrt((diff * diff).sum(axis=-1)) <= GLYPH_COLOUR_DISTANCE
    patch = np.ascontiguousarray(patch)
    colour = np.empty_like(patch)
    colour[:] = np.asarray(text_rgb, np.uint8)
    diff = cv2.absdiff(patch, colour)
    total = cv2.transform(np.square(diff, dtype=np.float32), _SUM_CHANNELS)
    return total.reshape(patch.shape[:2]) <= GLYPH_COLOUR_DISTANCE**2


def _disk(radius: int) -> np.ndarray:
    return cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))


@dataclass(frozen=True)
class TextPixels:
    """The glyph and ring pixels of one text on one frame."""

    glyphs: np.ndarray  # bool mask over the box
    ring: np.ndarray  # (N, 3) RGB of the background pixels around the glyphs
    glyph_share: float  # glyph pixels / box pixels


def text_pixels(frame: np.ndarray, box: Rect, text_rgb: tuple[int, int, int], ring_px: int) -> TextPixels:
    """Glyphs inside ``box`` and the ring of background just around them (see the module doc)."""
    h, w = frame.shape[:2]
    pad = ring_px + 2
    x0, y0 = max(0, int(box.x) - pad), max(0, int(box.y) - pad)
    x1, y1 = min(w, int(np.ceil(box.right)) + pad), min(h, int(np.ceil(box.bottom)) + pad)
    patch = frame[y0:y1, x0:x1]
    inside = np.zeros(patch.shape[:2], bool)
    bx0, by0 = max(0, int(box.x) - x0), max(0, int(box.y) - y0)
    bx1, by1 = (
        min(patch.shape[1], int(np.ceil(box.right)) - x0),
        min(patch.shape[0], int(np.ceil(box.bottom)) - y0),
    )
    inside[by0:by1, bx0:bx1] = True
    glyphs = glyph_mask(patch, text_rgb) & inside
    box_area = max(1, int(inside.sum()))
    share = float(glyphs.sum()) / box_area
    mask8 = glyphs.astype(np.uint8)
    near = cv2.dilate(mask8, _disk(1)).astype(bool)
    far = cv2.dilate(mask8, _disk(1 + ring_px)).astype(bool)
    ring = patch[far & ~near]
    return TextPixels(glyphs[by0:by1, bx0:bx1], ring.reshape(-1, 3), share)


@dataclass(frozen=True)
class ContrastMeasure:
    worst: float  # the 5th-percentile contrast ratio
    median: float
    glyph_share: float
    ring_pixels: int
    frames: int
    text_fills_box: bool  # the background has the text's colour: no glyphs to tell apart


def measure_contrast(
    frames: list[np.ndarray], box: Rect, text_colour: str, ring_px: int
) -> tuple[ContrastMeasure, np.ndarray]:
    """The robust worst contrast of a text over its frames, and the ring pixels it came from
    (for :func:`halo_opacity`)."""
    rgb = hex_to_rgb(text_colour)
    rings, shares = [], []
    for frame in frames:
        px = text_pixels(frame, box, rgb, ring_px)
        rings.append(px.ring)
        shares.append(px.glyph_share)
    ring = np.concatenate(rings) if rings else np.zeros((0, 3), np.uint8)
    share = float(np.median(shares)) if shares else 0.0
    fills = share > MAX_GLYPH_SHARE or ring.shape[0] == 0
    if fills:
        return ContrastMeasure(1.0, 1.0, share, int(ring.shape[0]), len(frames), True), ring
    ratios = contrast_ratio(ring, rgb)
    return (
        ContrastMeasure(
            float(np.percentile(ratios, WORST_PERCENTILE)),
            float(np.median(ratios)),
            share,
            int(ring.shape[0]),
            len(frames),
            False,
        ),
        ring,
    )


@dataclass(frozen=True)
class HaloFix:
    """A scrim (a box behind the text) or an outline of ``colour`` at ``opacity`` that brings
    the text's robust worst contrast to ``achieved``."""

    colour: str
    opacity: float
    achieved: float


def halo_opacity(
    text_colour: str,
    background: np.ndarray,
    target: float,
    colours: tuple[str, ...] = ("#000000", "#FFFFFF"),
    max_samples: int = 20000,
) -> HaloFix | None:
    """The least opacity of a scrim (or outline) colour that lifts the 5th-percentile contrast
    of ``text_colour`` against ``background`` pixels (N x 3, what lies behind the glyphs) to
    ``target``; of the candidate ``colours`` the one that needs least. None when none can.

    The scrim is composited as the renderer does, in sRGB: ``(1 - a) * background + a * colour``.
    For an outline, pass the ring pixels that the outline will cover.
    """
    text = hex_to_rgb(text_colour)
    bg = np.asarray(background, np.float64).reshape(-1, 3)
    if bg.shape[0] == 0:
        bg = np.asarray([text], np.float64)
    if bg.shape[0] > max_samples:
        bg = bg[np.linspace(0, bg.shape[0] - 1, max_samples).astype(int)]

    def achieved(scrim: np.ndarray, alpha: float) -> float:
        mixed = (1 - alpha) * bg + alpha * scrim
        return float(np.percentile(contrast_ratio(mixed, text), WORST_PERCENTILE))

    best: HaloFix | None = None
    for colour in colours:
        scrim = np.asarray(hex_to_rgb(colour), np.float64)
        if achieved(scrim, 1.0) < target:
            continue
        if achieved(scrim, 0.0) >= target:
            return HaloFix(colour, 0.0, round(achieved(scrim, 0.0), 2))
        low, high = 0.0, 1.0  # the contrast rises with the opacity of a scrim beyond the text's luminance
        while high - low > 0.005:
            mid = (low + high) / 2
            low, high = (low, mid) if achieved(scrim, mid) >= target else (mid, high)
        opacity = min(1.0, np.ceil(high * 100) / 100)
        if best is None or opacity < best.opacity:
            best = HaloFix(colour, float(opacity), round(achieved(scrim, opacity), 2))
    return best


def outline_opacity(text_colour: str, ring: np.ndarray, target: float) -> HaloFix | None:
    """The opacity of a dark or light outline, covering the ring around the glyphs, that reaches
    ``target`` (the same arithmetic as a scrim, on the ring pixels only)."""
    return halo_opacity(text_colour, ring, target)


def cap_height(glyphs: np.ndarray) -> float | None:
    """An estimate of the text's cap height (px) from its glyph mask: the 80th percentile of the
    heights of its glyphs (connected components), ignoring specks and merged blobs. For mixed-
    case Latin text that lands on capitals and ascenders; for CJK on the full character."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(glyphs.astype(np.uint8), connectivity=8)
    heights = np.array(
        [stats[i, cv2.CC_STAT_HEIGHT] for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= 12]
    )
    if heights.size == 0:
        return None
    median = float(np.median(heights))
    kept = heights[(heights >= 0.5 * median) & (heights <= 2.0 * median)]
    return float(np.percentile(kept if kept.size else heights, 80))


def stroke_ratio(glyphs: np.ndarray, cap: float) -> float:
    """Stroke width / cap height: about 0.12 for a regular sans, 0.18 and more for bold."""
    if cap <= 0 or not glyphs.any():
        return 0.0
    dist = cv2.distanceTransform(glyphs.astype(np.uint8), cv2.DIST_L2, 3)
    inner = dist[dist > 0]
    return float(2 * np.percentile(inner, 90) / cap) if inner.size else 0.0


__all__ = [
    "ContrastMeasure",
    "HaloFix",
    "TextPixels",
    "cap_height",
    "contrast_ratio",
    "glyph_mask",
    "halo_opacity",
    "hex_to_rgb",
    "measure_contrast",
    "outline_opacity",
    "relative_luminance",
    "stroke_ratio",
    "text_pixels",
]
