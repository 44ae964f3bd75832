"""The pure functions the render will call: WCAG contrast, the scrim or outline that reaches a
contrast target, and the robust-worst measure they are judged by."""

from __future__ import annotations

import numpy as np
import pytest

from adgen.platforms import Rect
from adgen.preflight.contrast import (
    contrast_ratio,
    halo_opacity,
    hex_to_rgb,
    measure_contrast,
    outline_opacity,
)


def test_wcag_contrast_ratio_known_values() -> None:
    assert contrast_ratio((255, 255, 255), (0, 0, 0)) == pytest.approx(21.0)
    assert contrast_ratio((255, 0, 0), (255, 0, 0)) == pytest.approx(1.0)
    assert contrast_ratio((0x77, 0x77, 0x77), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(hex_to_rgb("#767676"), hex_to_rgb("#FFFFFF")) >= 4.5  # the lightest AA grey


def _p5(text: str, background: np.ndarray) -> float:
    return float(np.percentile(contrast_ratio(background, hex_to_rgb(text)), 5))


def test_scrim_opacity_is_the_least_that_reaches_the_target() -> None:
    rng = np.random.default_rng(1)
    sweep = np.clip(rng.normal(235, 12, size=(5000, 3)), 0, 255)  # a near-white light sweep
    fix = halo_opacity("#FFFFFF", sweep, 4.5)
    assert fix is not None and fix.colour == "#000000" and 0.4 < fix.opacity < 0.8
    scrim = np.array([0.0, 0.0, 0.0])
    assert _p5("#FFFFFF", (1 - fix.opacity) * sweep + fix.opacity * scrim) >= 4.5
    weaker = fix.opacity - 0.02
    assert _p5("#FFFFFF", (1 - weaker) * sweep + weaker * scrim) < 4.5
    assert fix.achieved == pytest.approx(
        _p5("#FFFFFF", (1 - fix.opacity) * sweep + fix.opacity * scrim), abs=0.01
    )


def test_dark_text_gets_a_light_scrim_and_good_contrast_needs_none() -> None:
    dark_bg = np.full((100, 3), 40.0)
    fix = halo_opacity("#202020", dark_bg, 4.5)
    assert fix is not None and fix.colour == "#FFFFFF" and fix.opacity > 0
    assert halo_opacity("#FFFFFF", np.full((100, 3), 10.0), 4.5).opacity == 0.0
    assert halo_opacity("#808080", np.full((10, 3), 128.0), 21.0) is None  # nothing reaches 21:1 on grey
    assert outline_opacity("#FFFFFF", np.full((50, 3), 250.0), 3.0).opacity > 0.3


def test_measured_contrast_uses_the_ring_around_the_glyphs() -> None:
    def frame(between: int) -> np.ndarray:
        image = np.full((200, 400, 3), 250, np.uint8)  # white paper
        image[80:120, 50:350] = between  # what lies around the strokes: an outline, or the paper
        for x in range(60, 340, 20):
            image[90:110, x : x + 6] = 255  # white strokes
        return image

    box = Rect(60, 90, 280, 20)
    outlined, ring = measure_contrast([frame(0)], box, "#FFFFFF", ring_px=3)
    assert outlined.worst > 15 and not outlined.text_fills_box  # a black outline right around them
    assert 0.25 < outlined.glyph_share < 0.35 and ring.shape[0] == outlined.ring_pixels > 0
    grey, _ = measure_contrast([frame(160)], box, "#FFFFFF", ring_px=3)
    assert grey.worst == pytest.approx(float(contrast_ratio((160, 160, 160), (255, 255, 255))), rel=0.01)
    bare, _ = measure_contrast([frame(250)], box, "#FFFFFF", ring_px=3)
    assert bare.text_fills_box and bare.worst == 1.0  # white on white: nothing to tell apart
