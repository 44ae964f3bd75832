"""Rectangles in frame pixels: safe areas, layout boxes and what the check finds on the pixels.

Kept apart from the presets so the layout (and the pre-flight check) can do box arithmetic
without importing the preset table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rect:
    """An axis-aligned box: ``x``, ``y`` its top-left corner, ``w`` x ``h`` its size (px)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def area(self) -> float:
        return max(0.0, self.w) * max(0.0, self.h)

    def intersect(self, other: Rect) -> Rect:
        """The overlap of two boxes; an empty box (w or h 0) when they do not meet."""
        x0, y0 = max(self.x, other.x), max(self.y, other.y)
        x1, y1 = min(self.right, other.right), min(self.bottom, other.bottom)
        return Rect(x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0))

    def contains(self, other: Rect, tolerance: float = 0.0) -> bool:
        """Whether ``other`` lies wholly inside this box (``tolerance`` px of slack per side)."""
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def overhang(self, other: Rect) -> dict[str, float]:
        """How far ``other`` reaches past each side of this box, px (only the sides it crosses)."""
        sides = {
            "top": self.y - other.y,
            "bottom": other.bottom - self.bottom,
            "left": self.x - other.x,
            "right": other.right - self.right,
        }
        return {side: round(px, 1) for side, px in sides.items() if px > 0.5}

    def scaled(self, sx: float, sy: float) -> Rect:
        return Rect(self.x * sx, self.y * sy, self.w * sx, self.h * sy)

    def expanded(self, px: float) -> Rect:
        return Rect(self.x - px, self.y - px, self.w + 2 * px, self.h + 2 * px)

    def rounded(self) -> Rect:
        """Whole pixels, never larger than the original (a safe area must not grow by rounding)."""
        import math

        x0, y0 = math.ceil(self.x - 1e-6), math.ceil(self.y - 1e-6)
        x1, y1 = math.floor(self.right + 1e-6), math.floor(self.bottom + 1e-6)
        return Rect(x0, y0, max(0, x1 - x0), max(0, y1 - y0))

    def as_list(self) -> list[float]:
        return [round(self.x, 1), round(self.y, 1), round(self.w, 1), round(self.h, 1)]


def union(boxes: list[Rect]) -> Rect:
    """The smallest box around all of ``boxes`` (which must not be empty)."""
    if not boxes:
        raise ValueError("union of no boxes")
    x0, y0 = min(b.x for b in boxes), min(b.y for b in boxes)
    x1, y1 = max(b.right for b in boxes), max(b.bottom for b in boxes)
    return Rect(x0, y0, x1 - x0, y1 - y0)


__all__ = ["Rect", "union"]
