"""The contrast fix (issue 16): a text measured on frames of its own background before the
scene is encoded, given a palette colour or the least scrim that makes it pass the check."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from adgen.pipeline.ffmpeg import FrameWriter
from adgen.pipeline.layout import scene_layout
from adgen.pipeline.legibility import CONTRAST_MARGIN, background_frames, legible_text, sampled_frames
from adgen.pipeline.services.overlay import TextOverlayRenderer
from adgen.pipeline.types import TextStyle
from adgen.platforms import Rect, builtin_table, safe_area_of
from adgen.preflight.legibility import size_thresholds
from adgen.project import Brand, Overlay

SIZE = (1080, 1920)


def clip(path: Path, rgb: tuple[int, int, int], seconds: float = 2.0, sweep: bool = False) -> Path:
    """A 640x640 background at 30 fps: a flat colour with grain, or with a bright band sweeping
    across it (what the check's 5th percentile must catch)."""
    rng = np.random.default_rng(0)
    frames = round(seconds * 30)
    with FrameWriter(path, 640, 640, 30) as writer:
        for i in range(frames):
            frame = np.clip(np.array(rgb) + rng.normal(0, 3, (640, 640, 1)), 0, 255)
            if sweep:
                x = int(640 * i / frames)
                frame[:, x : x + 120] = 250
            writer.write(frame.astype(np.uint8))
    return path


def draw_into(tmp_path: Path, text: str = "Shop the new flavour"):
    presets = [builtin_table()["tiktok"], builtin_table()["reels"]]
    limits = size_thresholds(presets, SIZE[1])
    layout = scene_layout(*SIZE, safe_area_of(presets, *SIZE), has_text=True, text_position="top")
    count = [0]

    def draw(style: TextStyle):
        count[0] += 1
        return TextOverlayRenderer().render(
            Overlay(text=text, position="top", font_size=64),
            Brand(),
            *SIZE,
            tmp_path / f"t{count[0]}.png",
            box=layout.text,
            style=style,
        )

    return draw, limits


def test_a_palette_colour_that_stands_out_is_taken_first(tmp_path: Path) -> None:
    draw, limits = draw_into(tmp_path)
    background = clip(tmp_path / "white.mp4", (246, 246, 244))
    layer, result = legible_text(draw, "#FFFFFF", ["#FFFFFF", "#1B1B3A"], background, SIZE, 30, 2.0, limits)
    assert result.style.color == "#1B1B3A" and result.style.scrim_opacity == 0
    assert result.worst >= result.target * CONTRAST_MARGIN and result.target == 3.0  # large bold text
    assert result.fix.startswith("text colour #FFFFFF changed to the palette's #1B1B3A")
    assert layer.detail["color"] == "#1B1B3A"


def test_without_such_a_colour_the_least_scrim_that_passes(tmp_path: Path) -> None:
    draw, limits = draw_into(tmp_path)
    background = clip(tmp_path / "white.mp4", (246, 246, 244))
    layer, result = legible_text(draw, "#FFFFFF", ["#FFFFFF", "#F4F1EA"], background, SIZE, 30, 2.0, limits)
    assert result.style.color == "#FFFFFF" and result.style.scrim_color == "#000000"
    assert 0.3 < result.style.scrim_opacity < 0.8
    assert result.worst >= result.target * CONTRAST_MARGIN
    assert layer.detail["scrim"] == ["#000000", result.style.scrim_opacity]
    assert result.fix.startswith(
        f"dark scrim at {result.style.scrim_opacity:.0%} behind the text to reach 3:1"
    )
    # Least: 10 points less would not do.
    weaker = TextStyle(color="#FFFFFF", scrim_color="#000000", scrim_opacity=result.style.scrim_opacity - 0.1)
    thinner, check = legible_text(
        lambda _: draw(weaker), "#FFFFFF", [], background, SIZE, 30, 2.0, limits, fix=False
    )
    assert check.worst < result.target * CONTRAST_MARGIN


def test_a_passing_text_is_left_alone_and_fixes_off_only_measure(tmp_path: Path) -> None:
    draw, limits = draw_into(tmp_path)
    dark = clip(tmp_path / "dark.mp4", (20, 30, 60))
    _, fine = legible_text(draw, "#FFFFFF", ["#000000"], dark, SIZE, 30, 2.0, limits)
    assert fine.fix is None and fine.style == TextStyle() and fine.worst > 10
    light = clip(tmp_path / "light.mp4", (240, 240, 240))
    _, measured = legible_text(draw, "#FFFFFF", ["#000000"], light, SIZE, 30, 2.0, limits, fix=False)
    assert measured.fix is None and measured.worst < 3.0


def test_a_bright_sweep_on_one_frame_is_what_the_text_must_survive(tmp_path: Path) -> None:
    draw, limits = draw_into(tmp_path)
    swept = clip(tmp_path / "swept.mp4", (30, 30, 50), seconds=3.0, sweep=True)
    frames = background_frames(swept, *SIZE, 30, 3.0, Rect(0, 0, 1080, 400))
    # Where its key frames may be: a GOP a second from the scene's start, and from the cuts the
    # assembly makes for the transitions (half a second in, and half a second before the end).
    assert sampled_frames(30, 3.0) == [0, 15, 30, 45, 60, 75]
    assert frames.shape[0] == 6
    _, result = legible_text(draw, "#FFFFFF", [], swept, SIZE, 30, 3.0, limits)
    assert result.fix is not None and "scrim" in result.fix
    assert result.worst >= result.target * CONTRAST_MARGIN


@pytest.mark.parametrize("missing", [None])
def test_no_background_means_nothing_to_measure(tmp_path: Path, missing) -> None:
    draw, limits = draw_into(tmp_path)
    layer, result = legible_text(draw, "#FFFFFF", [], missing, SIZE, 30, 2.0, limits)
    assert result.worst is None and result.fix is None and layer.box is not None


# --- the encode's colour resolution (issue 16: neon gaming 16:9, a button label at 3.93:1) ---------


def _button_frame(tmp_path: Path, fill: str, label: str) -> tuple[np.ndarray, Rect, float]:
    """An end card's button drawn by the renderer in the 16:9 layout, over a dark set: the
    frame (1920x1080 RGB), the label's ink box and its cap height."""
    from PIL import Image

    from adgen.pipeline.types import Button

    size = (1920, 1080)
    presets = [builtin_table()["youtube"]]
    limits = size_thresholds(presets, size[1])
    layout = scene_layout(
        *size,
        safe_area_of(presets, *size),
        has_text=True,
        text_position="top",
        reserve_cta=True,
        min_cap_px=limits.comfortable_cap_px,
        floor_cap_px=limits.min_cap_px,
    )
    layer = TextOverlayRenderer().render(
        Overlay(text="Shop now\nVolt", position="top", font_size=72, color="#00FFFF"),
        Brand(name="Volt"),
        *size,
        tmp_path / f"button-{fill[1:]}.png",
        box=layout.text,
        style=TextStyle(color="#00FFFF"),
        text="Volt",
        button=Button(layout.cta, "Shop now", fill, label),
    )
    frame = np.full((size[1], size[0], 3), 24.0)
    with Image.open(layer.path) as image:
        rgba = np.asarray(image.convert("RGBA"), np.float64)
    x, y = int(layer.x), int(layer.y)
    alpha = rgba[..., 3:] / 255
    region = frame[y : y + rgba.shape[0], x : x + rgba.shape[1]]
    region[:] = region * (1 - alpha) + rgba[..., :3] * alpha
    detail = layer.detail["button"]
    return frame.round().astype(np.uint8), Rect(*detail["textBox"]), detail["capHeightPx"]


def _through_x264(tmp_path: Path, frame: np.ndarray) -> np.ndarray:
    """The frame as an export shows it: H.264 yuv420p (CRF 21, as the final encode), decoded
    by the pre-flight check's own decoder."""
    from adgen.preflight.media import decode_keyframes

    path = tmp_path / "still.mp4"
    with FrameWriter(path, frame.shape[1], frame.shape[0], 30, crf=21) as writer:
        for _ in range(3):
            writer.write(frame)
    return decode_keyframes(path, [0], frame.shape[1], frame.shape[0], "yuv420p")[0]


def _check_contrast(frame: np.ndarray, box: Rect, colour: str, cap: float) -> float:
    """The pre-flight check's measure: 5th percentile of the ring, a tenth of the cap height wide."""
    from adgen.preflight.contrast import measure_contrast

    return measure_contrast([frame], box, colour, max(2, round(0.1 * cap)))[0].worst


def test_the_render_sees_the_exports_2x2_colour_blocks(tmp_path: Path) -> None:
    from adgen.pipeline.legibility import as_encoded, label_contrast

    frame, box, cap = _button_frame(tmp_path, "#FF00FF", "#000000")
    drawn = _check_contrast(frame, box, "#000000", cap)
    encoded = _check_contrast(_through_x264(tmp_path, frame), box, "#000000", cap)
    modelled = _check_contrast(as_encoded(frame), box, "#000000", cap)
    # As drawn, black on magenta is 6.7:1; the export keeps one colour per 2x2 pixels, and the
    # label's edges fall below 4.5:1: what the check measured and the render did not see.
    assert drawn > 6.5 and encoded < 4.5
    assert modelled < 4.5 and abs(modelled - encoded) < 0.6
    # Where text and set differ in lightness, not colour, the blocks cost little.
    grey, box, cap = _button_frame(tmp_path, "#1F1F1F", "#FFFFFF")
    assert _check_contrast(as_encoded(grey), box, "#FFFFFF", cap) > 0.85 * _check_contrast(
        grey, box, "#FFFFFF", cap
    )
    assert label_contrast("#FF00FF", "#000000") < 4.5 < label_contrast("#1F1F1F", "#FFFFFF")


def test_a_magenta_button_is_lightened_until_its_label_passes_in_the_export(tmp_path: Path) -> None:
    from adgen.pipeline.end_card import LABEL_CONTRAST, button_colours
    from adgen.pipeline.services.planner.local import LocalPlanner
    from adgen.pipeline.types import Brief

    brief = Brief(
        text="an energetic ad for our gaming mouse", brand_name="Volt", colors=["#FF00FF", "#39FF14"]
    )
    project = LocalPlanner().plan(brief, owner="t")
    fill, label = button_colours(project)
    assert label == "#000000" and fill != "#FF00FF"  # before: the magenta itself (6.7:1 as drawn)
    frame, box, cap = _button_frame(tmp_path, fill, label)
    assert _check_contrast(_through_x264(tmp_path, frame), box, label, cap) >= LABEL_CONTRAST


# --- the measure's cost (issue 17's speed): the same pixels, computed with less --------------------


def _reference_over(frames: np.ndarray, layer, region: Rect) -> np.ndarray:
    """The text layer over the frames as first written: a float canvas of the whole region."""
    from PIL import Image

    with Image.open(layer.path) as image:
        rgba = np.asarray(image.convert("RGBA"), np.float32)
    canvas = np.zeros((*frames.shape[1:3], 4), np.float32)
    ox, oy = int(float(layer.x)) - int(region.x), int(float(layer.y)) - int(region.y)
    x0, y0 = max(0, ox), max(0, oy)
    x1, y1 = min(canvas.shape[1], ox + rgba.shape[1]), min(canvas.shape[0], oy + rgba.shape[0])
    if x1 > x0 and y1 > y0:
        canvas[y0:y1, x0:x1] = rgba[y0 - oy : y1 - oy, x0 - ox : x1 - ox]
    alpha = canvas[..., 3:] / 255.0
    return (frames * (1 - alpha) + canvas[..., :3] * alpha).round().astype(np.uint8)


def _reference_encoded(frames: np.ndarray) -> np.ndarray:
    """The 2x2 chroma model as first written: padded planes, repeated block means, stacked."""
    luma_w = np.array([0.299, 0.587, 0.114], np.float32)
    f = frames.astype(np.float32)
    h, w = f.shape[-3], f.shape[-2]
    luma = f @ luma_w
    blue, red = f[..., 2] - luma, f[..., 0] - luma
    pad = [(0, 0)] * (f.ndim - 3) + [(0, h % 2), (0, w % 2)]

    def blocks(c: np.ndarray) -> np.ndarray:
        c = np.pad(c, pad, mode="edge")
        shape = c.shape[:-2] + (c.shape[-2] // 2, 2, c.shape[-1] // 2, 2)
        mean = c.reshape(shape).mean(axis=(-3, -1))
        return np.repeat(np.repeat(mean, 2, axis=-2), 2, axis=-1)[..., :h, :w]

    blue, red = blocks(blue), blocks(red)
    r, b = luma + red, luma + blue
    g = (luma - luma_w[0] * r - luma_w[2] * b) / luma_w[1]
    return np.clip(np.stack([r, g, b], axis=-1), 0, 255).round().astype(np.uint8)


@pytest.mark.parametrize("shape", [(6, 240, 320, 3), (3, 77, 131, 3), (41, 58, 3), (1, 1, 3)])
def test_the_colour_block_model_gives_the_pixels_it_always_gave(shape) -> None:
    from adgen.pipeline.legibility import as_encoded

    frames = np.random.default_rng(7).integers(0, 256, shape, dtype=np.uint8)
    assert np.array_equal(as_encoded(frames), _reference_encoded(frames))


@pytest.mark.parametrize("style", [TextStyle(), TextStyle(scrim_color="#000000", scrim_opacity=0.45)])
def test_a_drawn_layer_over_its_frames_measures_as_it_always_did(tmp_path: Path, style: TextStyle) -> None:
    """The blend of a real text layer (outline and shadow, or a scrim) over grainy frames, cut to
    the measured region, is pixel for pixel the full-canvas blend it replaced."""
    from adgen.pipeline.legibility import _over, as_encoded

    draw, _ = draw_into(tmp_path, "Cold brew,\nbold mornings")
    layer = draw(style)
    region = layer.box.expanded(9).intersect(Rect(0, 0, *SIZE))
    x, y = int(region.x) // 2 * 2, int(region.y) // 2 * 2
    region = Rect(x, y, int(region.right) - x, int(region.bottom) - y)
    rng = np.random.default_rng(3)
    frames = rng.integers(0, 256, (4, int(region.h), int(region.w), 3), dtype=np.uint8)
    blended = _over(frames, layer, region)
    assert np.array_equal(blended, _reference_over(frames, layer, region))
    assert not np.array_equal(blended, frames)  # the words are in it
    assert np.array_equal(as_encoded(blended), _reference_encoded(blended))


def test_an_end_cards_button_and_text_are_measured_on_one_decode(tmp_path: Path, monkeypatch) -> None:
    """The button's backdrop and the headline's contrast come from one decode of the clip, cut
    for each (the same pixels as decoding each region on its own); a region outside the decoded
    area is decoded by itself."""
    from adgen.pipeline import legibility
    from adgen.pipeline.legibility import BackgroundSource

    swept = clip(tmp_path / "swept.mp4", (30, 30, 50), seconds=2.0, sweep=True)
    decoded: list[Rect] = []
    real = legibility.background_frames

    def counting(*args):
        decoded.append(args[-1])
        return real(*args)

    monkeypatch.setattr(legibility, "background_frames", counting)
    source = BackgroundSource(swept, *SIZE, 30, 2.0, area=Rect(60, 1200, 960, 500))
    button, text = Rect(301, 1555, 477, 121), Rect(120, 1230, 840, 300)
    for region in (button, text):
        assert np.array_equal(source.frames(region), real(swept, *SIZE, 30, 2.0, region))
    assert decoded == [Rect(60, 1200, 960, 500)]
    outside = Rect(0, 0, 200, 100)
    assert np.array_equal(source.frames(outside), real(swept, *SIZE, 30, 2.0, outside))
    assert source.decodes == 2 and decoded[-1] == outside

    # legible_text measures on the source it is given, decoding nothing more.
    draw, limits = draw_into(tmp_path)
    decoded.clear()
    top = BackgroundSource(swept, *SIZE, 30, 2.0, area=Rect(0, 0, 1080, 900))
    _, result = legible_text(draw, "#FFFFFF", [], swept, SIZE, 30, 2.0, limits, source=top)
    assert result.worst is not None and len(decoded) == 1 and top.decodes == 1
