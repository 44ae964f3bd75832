"""The images Tesseract reads: a frame as a colour map of one text (black where a pixel has the
text's colour, white elsewhere), cleaned of the "ink" that cannot be glyphs.

A background that shares the text's colour (a pale pink set behind white words on a scrim)
is ink in the colour map too. Where it touches the words' lines, Tesseract takes it in: a word's
box then reaches tens of pixels below the line (the safe-zone check saw white words "outside
their layout box" that were drawn inside it), or a word is split. A glyph is never taller or
wider than the text it belongs to, so ink whose connected piece is (a field, a frame, a band
across the picture) is background and is blanked before reading.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from adgen.platforms.geometry import Rect
from adgen.preflight.contrast import glyph_mask, hex_to_rgb

# With a layout box: a glyph is at most this share taller / wider than the whole text's box (the
# box is the words' ink, so 1.0 would do; the margin covers a box a few px off)...
BOX_SLACK = 1.5
# ... or this many cap heights tall (a headline over a sub-line whose cap height is the one declared).
CAP_SLACK = 3.5
# Without one: a glyph is at most this share of the frame's height, and of its width.
FRAME_SHARE = (0.25, 0.95)


@dataclass(frozen=True)
class GlyphLimit:
    """The largest piece of ink (px of the tile) that can be part of one text's glyphs."""

    height: float
    width: float

    @classmethod
    def of(
        cls, box: Rect | None, cap_px: float | None, frame_shape: tuple[int, ...], scale: float
    ) -> GlyphLimit:
        """For a text with a layout ``box`` and cap height (px of the frame; None: unknown)
        read on a frame of ``frame_shape`` scaled by ``scale``."""
        if box is None:
            return cls(FRAME_SHARE[0] * frame_shape[0] * scale, FRAME_SHARE[1] * frame_shape[1] * scale)
        tall = max(BOX_SLACK * box.h, CAP_SLACK * (cap_px or 0.0))
        return cls(tall * scale + 4, BOX_SLACK * box.w * scale + 4)


def colour_map(
    frame: np.ndarray, colour: str, scale: float = 1.0, limit: GlyphLimit | None = None
) -> np.ndarray:
    """The frame, scaled, as black where it has the text's colour (the glyph mask's own test)
    and white elsewhere, without the ink too large to be glyphs (``limit``). Tesseract then
    reads the text whatever the background, as long as the background does not share the
    text's colour right around the words; gradients and bands, which made it drop words of a
    grey distance map, are gone."""
    if scale != 1.0:
        size = (max(1, round(frame.shape[1] * scale)), max(1, round(frame.shape[0] * scale)))
        frame = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
    ink = glyph_mask(frame, hex_to_rgb(colour))
    if limit is not None:
        drop_background_ink(ink, limit)
    return np.where(ink, 0, 255).astype(np.uint8)


def drop_background_ink(ink: np.ndarray, limit: GlyphLimit) -> None:
    """Clear, in place, every connected piece of ``ink`` (bool) taller or wider than ``limit``."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    if count <= 1:
        return
    big = (stats[:, cv2.CC_STAT_HEIGHT] > limit.height) | (stats[:, cv2.CC_STAT_WIDTH] > limit.width)
    big[0] = False  # the label of the blank
    if big.any():
        ink[big[labels]] = False


def window(frame_shape: tuple[int, ...], box: Rect, share: float) -> tuple[int, int, int, int]:
    """The part of a frame around a text's box that is read first: the box with a margin of
    ``share`` of the frame's long side on every side, cut to the frame (x0, y0, x1, y1)."""
    margin = max(8.0, share * max(frame_shape[:2]))
    height, width = frame_shape[:2]
    x0, y0 = max(0, int(box.x - margin)), max(0, int(box.y - margin))
    x1, y1 = min(width, int(box.right + margin) + 1), min(height, int(box.bottom + margin) + 1)
    return x0, y0, max(x0 + 1, x1), max(y0 + 1, y1)


def blank_edge_ink(tile: np.ndarray) -> None:
    """Blank, in place, the "ink" of a window that reaches its edge: a background that shares
    the text's colour around the window (white text on a scrim over a white set) then no longer
    buries the words in a field or frame of ink that Tesseract takes for a picture. A word cut
    by the edge goes too: it is read again on the whole frame."""
    count, labels = cv2.connectedComponents((tile == 0).astype(np.uint8), connectivity=8)
    if count <= 1:
        return
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    edge = edge[edge > 0]
    if edge.size:
        touching = np.zeros(count, bool)
        touching[edge] = True
        tile[touching[labels]] = 255


__all__ = ["GlyphLimit", "blank_edge_ink", "colour_map", "drop_background_ink", "window"]
