"""Text colours from the kit that stay readable: WCAG 2 contrast against the worst background pixel.

:func:`pick_text_colour` takes the kit's colours and what the text will sit on (an RGB array of
the pixels under the text box, or only their luminance range) and returns the kit colour with
the best contrast if it reaches 4.5:1 (3:1 for large text). If none does, it returns the
lightest scrim (a translucent black or white box behind the text) that makes a colour pass,
preferring a kit colour. Contrast is judged against the *worst* pixel, as the pre-flight check
does; with only a luminance range, any luminance inside it may occur.
The WCAG formulas are small and standard; when ``adgen/preflight`` lands they can be shared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from adgen.brand.colour_names import hex_to_rgb
from adgen.brand.model import normalise_hex

NORMAL_TEXT_MIN = 4.5
LARGE_TEXT_MIN = 3.0
# A kit colour on a scrim up to this opacity beats a plain white or black on a lighter one.
KIT_SCRIM_MAX = 0.8
_OPACITY_STEPS = [round(0.05 * i, 2) for i in range(1, 20)]  # 0.05 .. 0.95
_MAX_SAMPLE = 100_000


def relative_luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG 2 relative luminance of sRGB values 0..255 (any shape ending in 3)."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def contrast_ratio(l1: float | np.ndarray, l2: float | np.ndarray) -> float | np.ndarray:
    hi, lo = np.maximum(l1, l2), np.minimum(l1, l2)
    return (hi + 0.05) / (lo + 0.05)


def _srgb_of_luminance(lum: float) -> float:
    """The grey level 0..255 with this relative luminance."""
    c = lum * 12.92 if lum <= 0.0031308 else 1.055 * lum ** (1 / 2.4) - 0.055
    return float(np.clip(c * 255.0, 0, 255))


@dataclass(frozen=True)
class LuminanceRange:
    """Only the darkest and lightest relative luminance (0..1) under the text are known."""

    darkest: float
    lightest: float


@dataclass(frozen=True)
class Scrim:
    colour: str
    opacity: float


@dataclass(frozen=True)
class TextColourChoice:
    colour: str
    contrast: float  # against the worst background pixel (after the scrim, if any)
    required: float
    from_kit: bool
    scrim: Scrim | None = None

    @property
    def passes(self) -> bool:
        return self.contrast >= self.required


class _Background:
    """The pixels text may fall on; ``continuous``: any luminance between the extremes may occur."""

    def __init__(self, pixels: np.ndarray, continuous: bool):
        self.pixels = pixels.astype(np.float64)
        self.continuous = continuous
        self.lums = np.unique(np.round(relative_luminance(self.pixels), 5))

    @classmethod
    def of(cls, sample: np.ndarray | LuminanceRange) -> _Background:
        if isinstance(sample, LuminanceRange):
            greys = [_srgb_of_luminance(sample.darkest), _srgb_of_luminance(sample.lightest)]
            return cls(np.array([[g, g, g] for g in greys]), continuous=True)
        pixels = np.asarray(sample)
        if pixels.ndim < 2 or pixels.shape[-1] not in (3, 4) or pixels.size == 0:
            raise ValueError("the background sample must be an RGB(A) pixel array or a LuminanceRange")
        pixels = pixels[..., :3].reshape(-1, 3)
        if len(pixels) > _MAX_SAMPLE:
            pixels = pixels[:: int(np.ceil(len(pixels) / _MAX_SAMPLE))]
        return cls(np.unique(pixels, axis=0), continuous=False)

    def under(self, scrim: tuple[int, int, int], opacity: float) -> _Background:
        """The background seen through a scrim (alpha blending in sRGB, as video compositors do)."""
        blended = self.pixels * (1 - opacity) + np.array(scrim, dtype=np.float64) * opacity
        return _Background(blended, self.continuous)

    def worst_contrast(self, text_lum: float) -> float:
        lums = self.lums
        if self.continuous and lums[0] <= text_lum <= lums[-1]:
            return 1.0
        nearest = lums[np.clip(np.searchsorted(lums, text_lum), 0, len(lums) - 1)]
        below = lums[np.clip(np.searchsorted(lums, text_lum) - 1, 0, len(lums) - 1)]
        return float(min(contrast_ratio(text_lum, nearest), contrast_ratio(text_lum, below)))


def pick_text_colour(
    colours: Sequence[str], background: np.ndarray | LuminanceRange, *, large_text: bool = False
) -> TextColourChoice:
    """The kit colour to set text in over ``background``, or the scrim that makes one readable.

    ``colours`` are the kit's colours in order of preference (primary first). White and black
    are used only when no kit colour can be made to pass on a scrim of at most 80 % opacity.
    """
    required = LARGE_TEXT_MIN if large_text else NORMAL_TEXT_MIN
    kit = [normalise_hex(c) for c in colours]
    kit = list(dict.fromkeys(kit))
    ground = _Background.of(background)
    lum = {c: float(relative_luminance(np.array(hex_to_rgb(c)))) for c in [*kit, "#FFFFFF", "#000000"]}
    plain = [(ground.worst_contrast(lum[c]), -i, c) for i, c in enumerate(kit)]
    if plain:
        best, _, colour = max(plain)
        if best >= required:
            return TextColourChoice(colour=colour, contrast=round(best, 2), required=required, from_kit=True)

    def lightest_scrim(colour: str) -> TextColourChoice | None:
        for opacity in _OPACITY_STEPS:
            for scrim in ("#000000", "#FFFFFF"):
                ratio = ground.under(hex_to_rgb(scrim), opacity).worst_contrast(lum[colour])
                if ratio >= required:
                    return TextColourChoice(
                        colour=colour,
                        contrast=round(ratio, 2),
                        required=required,
                        from_kit=colour in kit,
                        scrim=Scrim(colour=scrim, opacity=opacity),
                    )
        return None

    options = [choice for c in kit if (choice := lightest_scrim(c)) is not None]
    kit_options = [o for o in options if o.scrim and o.scrim.opacity <= KIT_SCRIM_MAX]
    if kit_options:
        return min(kit_options, key=lambda o: o.scrim.opacity if o.scrim else 0)
    neutral = [choice for c in ("#FFFFFF", "#000000") if (choice := lightest_scrim(c)) is not None]
    return min(neutral + options, key=lambda o: o.scrim.opacity if o.scrim else 0)


__all__ = [
    "LARGE_TEXT_MIN",
    "NORMAL_TEXT_MIN",
    "LuminanceRange",
    "Scrim",
    "TextColourChoice",
    "contrast_ratio",
    "pick_text_colour",
    "relative_luminance",
]
