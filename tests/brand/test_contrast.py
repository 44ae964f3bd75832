"""pick_text_colour: a kit colour that passes WCAG on the background, or the scrim that makes one pass.

Every choice is checked independently: the scrim is composited over the background with Pillow
and the contrast measured with the W3C formula written in the tests' own helper.
"""

from __future__ import annotations

import brand_samples
import numpy as np
import pytest
from PIL import Image

from adgen.brand.contrast import LuminanceRange, pick_text_colour

KIT = ["#1B2A4A", "#FF6F59", "#F2C14E"]  # navy, coral, gold


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def worst_contrast_seen(choice, background: np.ndarray) -> float:  # type: ignore[no-untyped-def]
    """The contrast of the chosen colour against every pixel, after compositing any scrim."""
    ground = Image.fromarray(background.astype(np.uint8), "RGB")
    if choice.scrim:
        scrim = Image.new("RGB", ground.size, rgb(choice.scrim.colour))
        ground = Image.blend(ground, scrim, choice.scrim.opacity)
    pixels = np.unique(np.asarray(ground).reshape(-1, 3), axis=0)
    text = rgb(choice.colour)
    return min(brand_samples.wcag_contrast(text, tuple(p)) for p in pixels)


def flat(level: int) -> np.ndarray:
    return np.full((40, 60, 3), level, dtype=np.uint8)


def test_on_white_the_dark_kit_colour_is_chosen():
    choice = pick_text_colour(KIT, flat(255))
    assert choice.colour == "#1B2A4A" and choice.scrim is None and choice.from_kit
    assert worst_contrast_seen(choice, flat(255)) >= 4.5


def test_on_black_a_light_kit_colour_is_chosen():
    choice = pick_text_colour(KIT, flat(0))
    assert choice.colour in ("#F2C14E", "#FF6F59") and choice.scrim is None
    assert worst_contrast_seen(choice, flat(0)) >= 4.5


def test_on_mid_grey_no_kit_colour_passes_so_a_scrim_is_added():
    grey = flat(128)
    assert max(brand_samples.wcag_contrast(rgb(c), (128, 128, 128)) for c in KIT) < 4.5
    choice = pick_text_colour(KIT, grey)
    assert choice.scrim is not None and choice.from_kit and 0 < choice.scrim.opacity <= 0.8
    assert worst_contrast_seen(choice, grey) >= 4.5
    # Large text needs only 3:1, which the navy reaches on grey without a scrim.
    large = pick_text_colour(KIT, grey, large_text=True)
    assert large.scrim is None and worst_contrast_seen(large, grey) >= 3.0


def test_half_black_half_white_needs_a_scrim_for_any_colour():
    split = np.concatenate([flat(0), flat(255)], axis=1)
    choice = pick_text_colour(KIT, split)
    assert choice.scrim is not None and choice.passes
    assert worst_contrast_seen(choice, split) >= 4.5


@pytest.mark.parametrize("name", ["astronaut", "coffee", "chelsea"])
def test_on_real_photographs_the_choice_passes_on_every_pixel(name: str):
    from skimage import data

    photo = getattr(data, name)()[:, :, :3]
    region = photo[photo.shape[0] // 3 : photo.shape[0] // 2, :]  # a text band across the picture
    choice = pick_text_colour(KIT, region)
    assert worst_contrast_seen(choice, region) >= 4.5 - 0.01


def test_with_only_a_luminance_range_the_answer_is_conservative():
    choice = pick_text_colour(KIT, LuminanceRange(darkest=0.2, lightest=0.25))
    assert choice.passes

    def luminance(level: int) -> float:  # from the helper's contrast against black: (Y + 0.05) / 0.05
        return brand_samples.wcag_contrast((level,) * 3, (0, 0, 0)) * 0.05 - 0.05

    levels = [v for v in range(256) if 0.2 <= luminance(v) <= 0.25]
    assert len(levels) >= 5
    for level in levels:  # any grey inside the range: the choice (after its scrim) still passes
        assert worst_contrast_seen(choice, flat(level)) >= 4.5 - 0.01
