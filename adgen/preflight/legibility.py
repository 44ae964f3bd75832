"""Legibility thresholds, translated from CSS px on a phone to px of each export.

WCAG 2.x sets contrast 4.5:1 for text and 3:1 for large text, large being 18 pt (24 CSS px) or
14 pt bold (18.67 CSS px). A video has no CSS px of its own: each preset records how tall its
frame shows on the reference phone (a 390 x 844 CSS px viewport: a 9:16 export fills its 844 px
height; a square feed post is 390 px wide and tall). So 1 CSS px is ``frame height /
display_height_css`` px of the export, and a font size becomes a cap height through the cap-
height ratio of a typical sans (DejaVu Sans: 0.73 em; 0.72 used).

Minimum size: text set below 12 CSS px is what Lighthouse reports as illegible on mobile (fail);
below 16 CSS px, the browsers' default body size, an ad read at a glance is hard work (warn).
Time on screen: about 3 words per second plus half a second to find the text.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from adgen.platforms.presets import Preset

CAP_HEIGHT_RATIO = 0.72
LARGE_TEXT_CSS = 24.0  # WCAG: 18 pt
LARGE_BOLD_TEXT_CSS = 18.67  # WCAG: 14 pt bold
MIN_TEXT_CSS = 12.0  # fail below (Lighthouse's legible font size)
COMFORTABLE_TEXT_CSS = 16.0  # warn below
CONTRAST_TEXT = 4.5
CONTRAST_LARGE_TEXT = 3.0
WORDS_PER_SECOND = 3.0
FIND_TEXT_SEC = 0.5
BOLD_STROKE_RATIO = 0.17  # stroke width / cap height above which a text is drawn bold


@dataclass(frozen=True)
class SizeThresholds:
    """Cap heights (px of the export) at which the WCAG and size rules change."""

    px_per_css: float
    large_cap_px: float
    large_bold_cap_px: float
    min_cap_px: float
    comfortable_cap_px: float

    def contrast_target(self, cap_px: float, bold: bool) -> float:
        large = cap_px >= (self.large_bold_cap_px if bold else self.large_cap_px)
        return CONTRAST_LARGE_TEXT if large else CONTRAST_TEXT


def size_thresholds(presets: Iterable[Preset], frame_height: int) -> SizeThresholds:
    """The thresholds for an export of ``frame_height`` px serving ``presets``: the smallest
    display among them (the most frame px per CSS px) sets them."""
    shown = min(p.display_height_css for p in presets)
    k = frame_height / shown
    cap = CAP_HEIGHT_RATIO * k
    return SizeThresholds(
        px_per_css=k,
        large_cap_px=LARGE_TEXT_CSS * cap,
        large_bold_cap_px=LARGE_BOLD_TEXT_CSS * cap,
        min_cap_px=MIN_TEXT_CSS * cap,
        comfortable_cap_px=COMFORTABLE_TEXT_CSS * cap,
    )


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and unicodedata.category(ch).startswith("L")


def reading_words(text: str) -> int:
    """Words a reader takes in: space-separated words, and for scripts written without spaces
    (Chinese, Japanese) one word per two characters, about their average word length."""
    wide = sum(1 for ch in text if _wide(ch))
    spaced = [
        t for t in "".join(" " if _wide(ch) else ch for ch in text).split() if any(c.isalnum() for c in t)
    ]
    return len(spaced) + math.ceil(wide / 2)


def reading_time(text: str) -> float:
    """Seconds a text must stay on screen: words / 3 + 0.5."""
    return reading_words(text) / WORDS_PER_SECOND + FIND_TEXT_SEC


__all__ = [
    "BOLD_STROKE_RATIO",
    "CONTRAST_LARGE_TEXT",
    "CONTRAST_TEXT",
    "SizeThresholds",
    "reading_time",
    "reading_words",
    "size_thresholds",
]
