"""The product layer: placement, scale, shadow, and motion that ffmpeg actually evaluates."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from adgen.pipeline.ffmpeg import FrameWriter, read_frames, scene_pass
from adgen.pipeline.services.compositor import Compositor, CompositorError, safe_area
from adgen.pipeline.types import Layer, encode_profile
from adgen.project import ProductPlacement

PRODUCT = (220, 30, 40)


def evaluate(expression: str, t: float) -> float:
    """The position expression at time t (the same arithmetic ffmpeg's evaluator does)."""
    assert set(expression) <= set("0123456789.+-*/() sinPIt")
    return float(eval(expression, {"__builtins__": {}, "sin": math.sin, "PI": math.pi, "t": t}))  # noqa: S307


@pytest.fixture
def cutout(tmp_path: Path) -> Path:
    """A 200x400 product (a red rounded bottle) with transparent surroundings."""
    image = Image.new("RGBA", (200, 400), (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle([0, 0, 199, 399], radius=40, fill=(*PRODUCT, 255))
    path = tmp_path / "cutout.png"
    image.save(path)
    return path


def frame_alpha(layer: Layer, width: int, height: int, t: float = 0.0) -> np.ndarray:
    """The layer pasted into a transparent frame at time t: its alpha in frame coordinates."""
    frame = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    with Image.open(layer.path) as image:
        x, y = round(evaluate(layer.x, t)), round(evaluate(layer.y, t))
        frame.paste(image.convert("RGBA"), (x, y))
    return np.asarray(frame)


def product_box(rgba: np.ndarray) -> tuple[int, int, int, int]:
    solid = (rgba[..., 3] > 200) & (rgba[..., 0] > 150)
    ys, xs = np.nonzero(solid)
    return xs.min(), ys.min(), xs.max() + 1, ys.max() + 1


@pytest.mark.parametrize("size", [(1080, 1920), (360, 640), (1080, 1080), (1920, 1080)])
@pytest.mark.parametrize("position", ["center", "left", "right", "bottom"])
def test_position_and_scale(tmp_path: Path, cutout: Path, size: tuple[int, int], position: str):
    width, height = size
    layer = Compositor().product_layer(
        cutout, ProductPlacement(scale=0.4, position=position), width, height, 4.0, tmp_path / "p.png"
    )
    x0, y0, x1, y1 = product_box(frame_alpha(layer, width, height))
    pw, ph = x1 - x0, y1 - y0
    assert ph == pytest.approx(0.4 * min(width, height), abs=2)  # the larger side follows scale
    assert pw / ph == pytest.approx(0.5, abs=0.02)  # aspect kept
    left, top, right, bottom = safe_area(width, height)
    assert left <= x0 and x1 <= right and top <= y0 and y1 <= bottom
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if position == "left":
        assert x0 - left <= 10 and abs(cy - (top + bottom) / 2) <= 2
    elif position == "right":
        assert right - x1 <= 10 and abs(cy - (top + bottom) / 2) <= 2
    elif position == "bottom":
        assert bottom - y1 <= 10 and abs(cx - width / 2) <= 2
    else:
        assert abs(cx - width / 2) <= 2 and abs(cy - (top + bottom) / 2) <= 2


def test_scale_is_capped_by_the_safe_area(tmp_path: Path, cutout: Path):
    layer = Compositor().product_layer(
        cutout, ProductPlacement(scale=1.0), 1920, 1080, 3.0, tmp_path / "p.png"
    )
    x0, y0, x1, y1 = product_box(frame_alpha(layer, 1920, 1080))
    left, top, right, bottom = safe_area(1920, 1080)
    assert y1 - y0 <= bottom - top and top <= y0 and y1 <= bottom
    big = y1 - y0
    layer = Compositor().product_layer(
        cutout, ProductPlacement(scale=0.2), 1920, 1080, 3.0, tmp_path / "q.png"
    )
    x0, y0, x1, y1 = product_box(frame_alpha(layer, 1920, 1080))
    assert y1 - y0 == pytest.approx(216, abs=2)
    assert y1 - y0 < big


def test_the_layer_has_a_soft_dark_shadow_below_the_product(tmp_path: Path, cutout: Path):
    layer = Compositor().product_layer(
        cutout, ProductPlacement(scale=0.5), 1080, 1920, 4.0, tmp_path / "p.png"
    )
    rgba = frame_alpha(layer, 1080, 1920)
    x0, y0, x1, y1 = product_box(rgba)
    below = rgba[y1 + 2 : y1 + 20, x0 + 20 : x1 - 20]
    assert below[..., 3].max() > 20  # something is drawn below the product...
    shadow = (rgba[..., 3] > 10) & (rgba[..., 3] < 200) & (rgba[..., :3].max(axis=-1) < 60)
    assert shadow.sum() > 1000  # ...and it is dark and semi-transparent
    assert rgba[..., 3].max() == 255


def test_motion_is_gentle_and_loops(tmp_path: Path, cutout: Path):
    layer = Compositor().product_layer(
        cutout, ProductPlacement(scale=0.5), 1080, 1920, 5.0, tmp_path / "p.png"
    )
    ys = [evaluate(layer.y, t) for t in np.linspace(0, 5, 51)]
    xs = [evaluate(layer.x, t) for t in np.linspace(0, 5, 51)]
    assert 2 <= max(ys) - min(ys) <= 20 and max(xs) - min(xs) <= 12
    assert ys[0] == pytest.approx(ys[-1], abs=0.01) and xs[0] == pytest.approx(xs[-1], abs=0.01)


def test_scene_pass_draws_the_moving_product(tmp_path: Path, cutout: Path):
    profile = encode_profile("9:16", "draft")
    background = tmp_path / "bg.mp4"
    with FrameWriter(background, 180, 320, 24, upscale_to=(360, 640)) as out:
        for _ in range(24):
            out.write(np.full((320, 180, 3), (20, 80, 200), np.uint8))
    layer = Compositor().product_layer(
        cutout, ProductPlacement(scale=0.5, position="center"), 360, 640, 2.0, tmp_path / "p.png"
    )
    frames = read_frames(scene_pass(background, [layer], profile, 2.0, tmp_path / "scene.mp4")).astype(int)
    expected = frame_alpha(layer, 360, 640)
    x0, y0, x1, y1 = product_box(expected)
    middle = frames[0, (y0 + y1) // 2, (x0 + x1) // 2]
    assert np.abs(middle - PRODUCT).max() < 40
    outside = frames[0, 20, 20]
    assert np.abs(outside - (20, 80, 200)).max() < 30
    # The float moves the product a few pixels: its top edge row differs over time.
    red = (frames[..., 0] > 150) & (frames[..., 2] < 120)
    tops = [int(np.nonzero(red[i].any(axis=1))[0].min()) for i in range(0, len(frames), 6)]
    assert max(tops) - min(tops) >= 2
    assert abs(tops[0] - y0) <= 2


def test_invisible_or_zero_scale_gives_an_empty_layer(tmp_path: Path, cutout: Path):
    layer = Compositor().product_layer(cutout, ProductPlacement(scale=0.0), 360, 640, 2.0, tmp_path / "p.png")
    with Image.open(layer.path) as image:
        assert np.asarray(image.getchannel("A")).max() == 0


def test_bad_cutouts(tmp_path: Path):
    (tmp_path / "bad.png").write_bytes(b"nope")
    with pytest.raises(CompositorError, match="cannot read"):
        Compositor().product_layer(
            tmp_path / "bad.png", ProductPlacement(), 360, 640, 2.0, tmp_path / "p.png"
        )
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(tmp_path / "empty.png")
    with pytest.raises(CompositorError, match="transparent"):
        Compositor().product_layer(
            tmp_path / "empty.png", ProductPlacement(), 360, 640, 2.0, tmp_path / "p.png"
        )
    assert not (tmp_path / "p.png").exists()


BORDER = (244, 201, 93)  # "#F4C95D", a palette colour


def test_product_card_is_rounded_and_bordered() -> None:
    """The card itself: transparent rounded corners, a border line in the palette colour along
    every edge, the photo's own pixels inside."""
    from adgen.pipeline.services.compositor import product_card

    photo = Image.new("RGB", (300, 200), (20, 110, 60))
    card = np.asarray(product_card(photo, "#F4C95D"))
    h, w = card.shape[:2]
    assert card.shape == (200, 300, 4)
    for y, x in ((0, 0), (0, w - 1), (h - 1, 0), (h - 1, w - 1)):
        assert card[y, x, 3] == 0  # the corner is cut round, not a square
    for y, x in ((0, w // 2), (h - 1, w // 2), (h // 2, 0), (h // 2, w - 1)):
        assert card[y, x, 3] == 255 and tuple(card[y, x, :3]) == BORDER  # the border line
    assert tuple(card[h // 2, w // 2]) == (20, 110, 60, 255)  # the photo inside
    line = int(np.argmax(np.any(card[:, w // 2, :3] != BORDER, axis=1)))
    assert 1 <= line <= 8  # a thin line: a few pixels of 200


def test_the_card_layer_shows_the_photo_as_a_card(tmp_path: Path) -> None:
    """style="card": the photo placed like a product, with rounded corners, the palette border
    and a soft shadow below it; the default layer of the same photo is a plain rectangle."""
    photo = Image.new("RGB", (400, 300), (20, 110, 60))
    ImageDraw.Draw(photo).ellipse([150, 100, 250, 200], fill=(230, 230, 230))
    photo.save(tmp_path / "photo.png")
    placement = ProductPlacement(scale=0.5)
    card = Compositor().product_layer(
        tmp_path / "photo.png",
        placement,
        1080,
        1080,
        4.0,
        tmp_path / "card.png",
        style="card",
        border="#F4C95D",
    )
    plain = Compositor().product_layer(
        tmp_path / "photo.png", placement, 1080, 1080, 4.0, tmp_path / "plain.png"
    )
    rgba = frame_alpha(card, 1080, 1080)
    ys, xs = np.nonzero(rgba[..., 3] == 255)
    x0, y0, x1, y1 = xs.min(), ys.min(), xs.max(), ys.max()
    assert (x1 - x0 + 1) == pytest.approx(540, abs=3) and (x1 - x0) / (y1 - y0) == pytest.approx(
        4 / 3, abs=0.02
    )
    assert rgba[y0, x0, 3] < 128 and rgba[y0, x1, 3] < 128  # round top corners: not the photo's square
    top = rgba[y0 + 1, (x0 + x1) // 2]
    assert np.abs(top[:3].astype(int) - BORDER).max() <= 6 and top[3] == 255
    centre = rgba[(y0 + y1) // 2, (x0 + x1) // 2]
    assert tuple(centre[:3]) == (230, 230, 230)
    below = rgba[y1 + 8, (x0 + x1) // 2]
    assert 0 < below[3] < 200 and below[:3].max() < 40  # a soft, dark shadow under the card
    flat = frame_alpha(plain, 1080, 1080)
    ys, xs = np.nonzero(flat[..., 3] == 255)
    assert flat[ys.min(), xs.min(), 3] == 255  # the default layer keeps the square corner
