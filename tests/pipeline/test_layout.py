"""A planned ad's layers in every export: the text never lies over the product.

Each service places its own layer (the overlay in its text zone, the compositor in the product's
safe area), so only the planner's choice of positions keeps them apart; this draws both layers of
every scene the offline planner makes, at every final size, and compares where their ink lands.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from adgen.pipeline.services.compositor import Compositor
from adgen.pipeline.services.overlay import TextOverlayRenderer
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.types import Brief, encode_profile
from adgen.project import ProductAsset

PRODUCT = ProductAsset(source_url="file:///tmp/bottle.png", checksum="b" * 64)
BRIEFS = [
    Brief(
        text="a 15 second ad for our cold brew coffee, energetic",
        brand_name="Northwind Coffee",
        colors=["#1F3A5F", "#F2A541"],
        duration_sec=15,
    ),
    Brief(
        text="a calm 30 second ad for Lumen sleep tea, soft evening light, shop now",
        brand_name="Lumen",
        duration_sec=30,
    ),
    Brief(text="6 seconds, Zest lemon soda, playful: grab a can today", brand_name="Zest", duration_sec=6),
]


def ink_box(path: Path, x: float, y: float, threshold: int = 100) -> tuple[float, float, float, float] | None:
    with Image.open(path) as image:
        alpha = np.asarray(image.convert("RGBA"))[..., 3]
    ys, xs = np.nonzero(alpha > threshold)
    if not len(xs):
        return None
    return x + xs.min(), y + ys.min(), x + xs.max() + 1, y + ys.max() + 1


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def at(expression: str, t: float) -> float:
    return float(eval(expression, {"__builtins__": {}, "sin": math.sin, "PI": math.pi, "t": t}))  # noqa: S307


@pytest.fixture(scope="module")
def cutout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tall bottle, the usual product shape (the widest box it could take is the square one)."""
    image = Image.new("RGBA", (300, 600), (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle([0, 0, 299, 599], radius=50, fill=(200, 40, 60, 255))
    path = tmp_path_factory.mktemp("cutout") / "cutout.png"
    image.save(path)
    return path


@pytest.mark.parametrize("brief", BRIEFS, ids=["15s-energetic", "30s-calm", "6s-playful"])
@pytest.mark.parametrize("aspect", ["9:16", "1:1", "16:9"])
def test_planned_text_and_product_keep_apart(tmp_path: Path, cutout: Path, brief: Brief, aspect: str) -> None:
    project = LocalPlanner().plan(brief, owner="alice", product_asset=PRODUCT)
    profile = encode_profile(aspect, "final")
    shown = 0
    for scene in project.scenes:
        if not scene.product.visible:
            continue
        shown += 1
        text = TextOverlayRenderer().render(
            scene.overlay, project.brand, profile.width, profile.height, tmp_path / f"{scene.id}-text.png"
        )
        product = Compositor().product_layer(
            cutout,
            scene.product,
            profile.width,
            profile.height,
            scene.duration_sec,
            tmp_path / f"{scene.id}-product.png",
        )
        words = ink_box(Path(text.path), int(text.x), int(text.y))
        assert words is not None, scene.id
        for t in np.linspace(0, scene.duration_sec, 9):  # the product floats: wherever it goes
            bottle = ink_box(Path(product.path), at(product.x, t), at(product.y, t))
            assert not overlaps(words, bottle), (
                f"{aspect} {scene.id} ({scene.role}): text {scene.overlay.position} at {words} "
                f"covers the product ({scene.product.position}) at {bottle}"
            )
    assert shown >= 2  # the showcase(s) and the CTA show the product
