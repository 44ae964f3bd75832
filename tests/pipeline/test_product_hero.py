"""The product as the hero of a showcase (issue 17), measured on encoded frames of a scene pass.

Targets, per export: the product's larger side fills at least 85 % of its layout box's limiting
side at the planned showcase scale (the box is what the layout leaves beside the text, inside the
safe area); it pushes in from 90 % to its full size over the scene, grown from its base, which
stays on the floor; a soft ground shadow darkens the floor right under it and nowhere far from it.
Other roles keep the gentle float at their planned scale.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from adgen.pipeline.ffmpeg import FrameWriter, read_frames, scene_pass
from adgen.pipeline.layout import scene_layout
from adgen.pipeline.services.compositor import HERO_PUSH_FROM, Compositor
from adgen.pipeline.types import Box, EncodeProfile
from adgen.project import ProductPlacement

DURATION, FPS = 2.0, 30
SIZES = {"9:16": (540, 960), "1:1": (540, 540), "16:9": (960, 540), "4:5": (540, 676)}


def _bottle(path: Path) -> Path:
    image = Image.new("RGBA", (300, 600), (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle([20, 10, 280, 590], radius=60, fill=(220, 40, 40, 255))
    image.save(path)
    return path


def _floor(path: Path, w: int, h: int) -> Path:
    with FrameWriter(path, 64, 64, FPS, upscale_to=(w, h)) as writer:
        for _ in range(round(DURATION * FPS)):
            writer.write(np.full((64, 64, 3), 200, np.uint8))
    return path


def _red(frame: np.ndarray) -> np.ndarray:
    r, g, b = frame[..., 0].astype(int), frame[..., 1].astype(int), frame[..., 2].astype(int)
    return (r > 150) & (g < 110) & (b < 110)


@pytest.mark.parametrize("aspect", list(SIZES))
def test_a_showcase_product_fills_its_box_pushes_in_and_stands_on_a_shadow(
    tmp_path: Path, aspect: str
) -> None:
    w, h = SIZES[aspect]
    layout = scene_layout(
        w,
        h,
        Box(0.05 * w, 0.05 * h, 0.9 * w, 0.9 * h),
        has_text=True,
        shows_product=True,
        product_position="center",
    )
    box = layout.product
    assert box is not None
    placement = ProductPlacement(visible=True, scale=0.55, position="center")
    layer = Compositor().product_layer(
        _bottle(tmp_path / "p.png"), placement, w, h, DURATION, tmp_path / "layer.png", box=box, hero=True
    )
    assert layer.motion and layer.motion["kind"] == "push"
    # The product's larger side against its box's limiting side (the bottle is 1:2).
    fill = max(layer.box.h / box.area.h, layer.box.w / box.area.w)
    assert fill >= 0.85, fill
    assert box.area.contains(layer.box, tolerance=1.0)
    profile = EncodeProfile(aspect, w, h, fps=FPS, preset="ultrafast", crf=16, audio_bitrate="96k")
    out = scene_pass(_floor(tmp_path / "bg.mp4", w, h), [layer], profile, DURATION, tmp_path / "pass.mp4")
    frames = read_frames(out)
    first, last = _red(frames[0]), _red(frames[-1])
    ys0, xs0 = np.nonzero(first)
    ys1, xs1 = np.nonzero(last)
    grown = (ys1.max() - ys1.min()) / (ys0.max() - ys0.min())
    assert 1 / HERO_PUSH_FROM - 0.04 <= grown <= 1 / HERO_PUSH_FROM + 0.04, grown  # pushed in
    assert abs(ys1.max() - ys0.max()) <= 3  # from its base: the base stays on the floor
    assert abs(xs1.mean() - xs0.mean()) <= 3  # centred
    # The ground shadow: under the base the floor is darker; well to the side it is not.
    base, middle = int(ys1.max()), int(xs1.mean())
    half = (xs1.max() - xs1.min()) // 2
    under = frames[-1][base + 2 : base + 6, middle - half // 2 : middle + half // 2].mean()
    away = frames[-1][base + 2 : base + 6, : max(1, middle - 3 * half)].mean()
    assert under < away - 25, (under, away)


def test_other_roles_keep_the_float_at_their_scale(tmp_path: Path) -> None:
    w, h = SIZES["9:16"]
    layout = scene_layout(
        w, h, Box(27, 48, 486, 864), has_text=True, shows_product=True, product_position="bottom"
    )
    placement = ProductPlacement(visible=True, scale=0.4, position="bottom")
    bottle = _bottle(tmp_path / "p.png")

    def layer_of(scale: float, hero: bool, name: str):
        chosen = placement.model_copy(update={"scale": scale})
        return Compositor().product_layer(
            bottle, chosen, w, h, DURATION, tmp_path / name, box=layout.product, hero=hero
        )

    layer = layer_of(0.4, False, "layer.png")
    assert layer.motion is None and "sin(" in layer.y
    hero = layer_of(0.4, True, "hero.png")
    assert hero.box.h > 1.2 * layer.box.h  # the hero is the bigger one
    shrunk = layer_of(0.3, True, "small.png")
    assert shrunk.box.h < hero.box.h  # "smaller product" still shrinks a hero
