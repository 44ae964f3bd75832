"""Reading every text of a render back from its frames, in as few Tesseract calls as it takes.

Starting Tesseract costs about as much as reading a tile, so the texts of every export of a
render are read in one call (one mosaic), and only the texts that did not read back are read
again. A text the layout placed is first read around its box (with a margin that still shows
ink some way outside it): a tile that small is quick to read, and a set that shares the text's
colour elsewhere in the frame (white words on a scrim over a white backdrop) cannot bury the
words. A text that does not read back there, or that no box places, is read on its whole frame:
words drawn far from where the layout says are then still found, outside their box.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from adgen.platforms.geometry import Rect
from adgen.preflight.ocr import READ_BACK_MIN_SIMILARITY, ReadBack, match_overlay, read_words
from adgen.preflight.tiles import GlyphLimit, blank_edge_ink, colour_map, window

# Around a layout box, this share of the tile's long side is read too (at 1920 px, 115 px).
AROUND_SHARE = 0.06


@dataclass
class Reading:
    """One text to read back: what it should say, in which colour, on which frame, where the
    layout put it (px of the frame; None: look on the whole frame) and its cap height."""

    expected: str
    colour: str
    frame: np.ndarray
    region: Rect | None
    cap_px: float | None
    scale: float  # the frame is read at this scale
    result: ReadBack | None = None


def _tile(reading: Reading, around: bool) -> tuple[np.ndarray, tuple[float, float]]:
    """The colour map a text is read on, and where its corner lies on the frame (px): the
    window around its box (:func:`window`), or the whole frame."""
    frame, scale = reading.frame, reading.scale
    limit = GlyphLimit.of(reading.region, reading.cap_px, frame.shape, scale)
    if not around or reading.region is None:
        return colour_map(frame, reading.colour, scale, limit), (0.0, 0.0)
    x0, y0, x1, y1 = window(frame.shape, reading.region, AROUND_SHARE)
    tile = colour_map(frame[y0:y1, x0:x1], reading.colour, scale, limit)
    blank_edge_ink(tile)
    return tile, (float(x0), float(y0))


def _rank(result: ReadBack | None) -> tuple[float, bool]:
    """A reading is better when more of it reads, then when its words were found at all."""
    return (-1.0, False) if result is None else (result.similarity, result.box is not None)


def _read(readings: Sequence[Reading], around: bool) -> None:
    tiles, origins = zip(*(_tile(r, around) for r in readings), strict=True)
    words = read_words(list(tiles), [r.scale for r in readings], list(origins))
    for i, reading in enumerate(readings):
        found = match_overlay(reading.expected, [w for w in words if w.frame == i], reading.region)
        if _rank(found) > _rank(reading.result):
            reading.result = found


def read_back(readings: Sequence[Reading]) -> None:
    """Read every text back (``Reading.result``): around its box first when it has one, then
    on the whole frame for those that did not read back. Raises OCRUnavailable."""
    if not readings:
        return
    _read(readings, around=True)
    again = [
        r
        for r in readings
        if r.region is not None and (r.result is None or r.result.similarity < READ_BACK_MIN_SIMILARITY)
    ]
    if again:
        _read(again, around=False)


__all__ = ["AROUND_SHARE", "Reading", "read_back"]
