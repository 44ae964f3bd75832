"""The layout (issue 16): every text, product and reserved box inside the safe area of every
preset an export serves (the intersection when one export serves several), text and product never
meeting, and the services drawing their layers inside those boxes, at every size a default or feed
preset has.

The planned ads of the offline planner are laid out for each export, their layers drawn with the
real overlay and compositor into the layout's boxes, and the ink compared with the boxes and the
safe areas computed from the presets table (so a wrong table row or a wrong intersection fails).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from adgen.pipeline.layout import keep_inside, layout_for, scene_layout
from adgen.pipeline.services.compositor import Compositor
from adgen.pipeline.services.overlay import TextOverlayRenderer
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.targets import render_targets
from adgen.pipeline.types import Box, Brief, TextBox, TextStyle
from adgen.platforms import Rect, builtin_table, safe_area_of
from adgen.preflight.legibility import size_thresholds
from adgen.project import Brand, Overlay, ProductAsset

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
# Every preset size: the defaults (TikTok + Reels share 1080x1920, Square, YouTube) and the feeds.
PRESET_SETS = [
    ("tiktok", "reels", "square_feed", "youtube"),
    ("meta_feed",),
    ("stories", "shorts"),
]
LONG_TEXT = (
    "Our cold brew is steeped for twenty hours, never heated, then bottled the same day; smooth, bold, "
    "naturally sweet, and ready when you are: order now, share with friends, and save 20% today!!"
)
CJK_TEXT = (
    "冷萃咖啡，慢慢浸泡二十小时，从不加热，当天装瓶。顺滑、浓郁、自然回甘，随时为你准备好。"
    "今天下单，与朋友分享，立享八折优惠！每一口都是清晨的第一缕阳光。"
)


def ink_box(path: Path, x: float, y: float, threshold: int = 0) -> tuple[float, float, float, float] | None:
    with Image.open(path) as image:
        alpha = np.asarray(image.convert("RGBA"))[..., 3]
    ys, xs = np.nonzero(alpha > threshold)
    if not len(xs):
        return None
    return x + xs.min(), y + ys.min(), x + xs.max() + 1, y + ys.max() + 1


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(area: Rect, box: tuple[float, ...], slack: float = 0.5) -> bool:
    return (
        box[0] >= area.x - slack
        and box[1] >= area.y - slack
        and box[2] <= area.right + slack
        and box[3] <= area.bottom + slack
    )


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


def test_the_shared_safe_area_is_the_intersection_of_the_presets() -> None:
    table = builtin_table()
    shared = safe_area_of([table["tiktok"], table["reels"]], 1080, 1920)
    # TikTok 150/440/60/150 and Reels 269/672/65/65 at 1080x1920: the stricter side of each.
    assert (shared.x, shared.y, shared.right, shared.bottom) == (65, 269, 930, 1248)


@pytest.mark.parametrize("presets", PRESET_SETS, ids=["+".join(p) for p in PRESET_SETS])
@pytest.mark.parametrize("brief", BRIEFS, ids=["15s-energetic", "30s-calm", "6s-playful"])
def test_planned_layers_land_inside_the_shared_safe_area_and_apart(
    tmp_path: Path, cutout: Path, brief: Brief, presets: tuple[str, ...]
) -> None:
    table = builtin_table()
    project = LocalPlanner().plan(brief, owner="alice", product_asset=PRODUCT)
    project = project.model_copy(update={"presets": list(presets)})
    for target in render_targets(project, table):
        width, height = target.size
        area = safe_area_of([table[p] for p in target.preset_ids], width, height)
        shown = 0
        for scene in project.scenes:
            layout, moves = layout_for(project, scene, target, width, height)
            assert moves == []  # inside by construction: nothing had to be moved
            boxes = layout.boxes()
            for name, box in boxes.items():
                assert area.contains(box), f"{target.key} {scene.id} {name} {box} outside {area}"
            text = TextOverlayRenderer().render(
                scene.overlay,
                project.brand,
                width,
                height,
                tmp_path / f"{scene.id}-text.png",
                box=layout.text,
            )
            words = ink_box(Path(text.path), int(text.x), int(text.y))
            assert words is not None and inside(layout.text.area, words), (target.key, scene.id)
            assert inside(area, words)
            assert text.box is not None and (text.box.x, text.box.y) == (words[0], words[1])
            if layout.product is None:
                continue
            shown += 1
            assert not overlaps(
                (layout.text.area.x, layout.text.area.y, layout.text.area.right, layout.text.area.bottom),
                (
                    layout.product.area.x,
                    layout.product.area.y,
                    layout.product.area.right,
                    layout.product.area.bottom,
                ),
            )
            product = Compositor().product_layer(
                cutout,
                scene.product,
                width,
                height,
                scene.duration_sec,
                tmp_path / f"{scene.id}-product.png",
                box=layout.product,
            )
            for t in np.linspace(0, scene.duration_sec, 9):  # the product floats: wherever it goes
                bottle = ink_box(Path(product.path), at(product.x, t), at(product.y, t), threshold=100)
                assert inside(layout.product.area, bottle), (target.key, scene.id, t, bottle)
                assert inside(area, bottle)
                assert not overlaps(words, bottle), f"{target.key} {scene.id}: text {words} meets {bottle}"
                declared = product.box
                assert inside(declared, bottle)  # the box the layout report declares holds the product
        assert shown >= 2  # the showcase(s) and the CTA show the product


@pytest.mark.parametrize("size", [(1080, 1920), (1080, 1350), (1080, 1080), (1920, 1080)])
@pytest.mark.parametrize("text", [LONG_TEXT, CJK_TEXT], ids=["long-latin", "long-cjk"])
def test_long_and_cjk_texts_fit_their_box_at_a_legible_size(tmp_path: Path, size, text: str) -> None:
    """A 190-character text in the text band of a scene that also shows the product: wrapped and
    shrunk to fit, never below the size the pre-flight check fails (its cap-height floor)."""
    table = builtin_table()
    presets = [p for p in table if p.size == size][:2]
    width, height = size
    limits = size_thresholds(presets, height)
    layout = scene_layout(
        width,
        height,
        safe_area_of(presets, width, height),
        has_text=True,
        text_position="bottom",
        shows_product=True,
        min_cap_px=limits.comfortable_cap_px,
        floor_cap_px=limits.min_cap_px,
    )
    layer = TextOverlayRenderer().render(
        Overlay(text=text, position="bottom", font_size=96),
        Brand(),
        width,
        height,
        tmp_path / "t.png",
        box=layout.text,
    )
    words = ink_box(Path(layer.path), int(layer.x), int(layer.y))
    assert words is not None and inside(layout.text.area, words)
    assert layer.detail["capHeightPx"] >= limits.min_cap_px  # never illegible
    assert not layer.detail["cut"]  # every word is there
    if layer.detail["shrunk"]:  # below the advised size only when it could not fit otherwise
        assert layer.detail["capHeightPx"] < limits.comfortable_cap_px


def test_a_text_too_long_for_any_legible_size_is_cut_and_said(tmp_path: Path) -> None:
    box = TextBox(Box(100, 100, 400, 120), "center", min_cap_px=30, floor_cap_px=25)
    layer = TextOverlayRenderer().render(
        Overlay(text=LONG_TEXT, font_size=64), Brand(), 1080, 1080, tmp_path / "t.png", box=box
    )
    assert layer.detail["cut"] and layer.detail["shrunk"]
    assert layer.detail["capHeightPx"] >= 25
    words = ink_box(Path(layer.path), int(layer.x), int(layer.y))
    assert inside(box.area, words)


def test_reserved_logo_and_cta_boxes_are_inside_and_clear_of_the_rest() -> None:
    table = builtin_table()
    for presets in ([table["tiktok"], table["reels"]], [table["meta_feed"]], [table["youtube"]]):
        width, height = presets[0].size
        area = safe_area_of(presets, width, height)
        layout = scene_layout(
            width,
            height,
            area,
            has_text=True,
            text_position="top",
            shows_product=True,
            reserve_logo=True,
            reserve_cta=True,
        )
        boxes = list(layout.boxes().items())
        assert {name for name, _ in boxes} == {"text", "product", "logo", "cta"}
        for name, box in boxes:
            assert area.contains(box), (name, box, area)
        for i, (a_name, a) in enumerate(boxes):
            for b_name, b in boxes[i + 1 :]:
                assert a.intersect(b).area == 0, (a_name, b_name)


def test_a_box_outside_the_safe_area_is_moved_in_and_said() -> None:
    table = builtin_table()
    area = safe_area_of([table["tiktok"]], 1080, 1920)
    layout = scene_layout(1080, 1920, area, has_text=True, text_position="bottom")
    forced = layout.text.area
    bottom_300 = Box(forced.x, 1920 - 280, forced.w, 260)  # in TikTok's bottom 300 px
    bad = type(layout)(1080, 1920, area, TextBox(bottom_300, "bottom"))
    fixed, moves = keep_inside(bad)
    assert area.contains(fixed.text.area)
    assert fixed.text.area.bottom == area.bottom and fixed.text.area.h == 260
    (move,) = moves
    assert move.sentence() == f"moved the text up {bottom_300.bottom - area.bottom:.0f} px"


def test_the_scrim_style_draws_a_band_of_the_asked_opacity_behind_the_text(tmp_path: Path) -> None:
    box = TextBox(Box(60, 200, 960, 300), "center")
    plain = TextOverlayRenderer().render(
        Overlay(text="Shop now"), Brand(), 1080, 1920, tmp_path / "a.png", box=box, style=TextStyle()
    )
    scrim = TextOverlayRenderer().render(
        Overlay(text="Shop now"),
        Brand(),
        1080,
        1920,
        tmp_path / "b.png",
        box=box,
        style=TextStyle(color="#FFFFFF", scrim_color="#000000", scrim_opacity=0.45),
    )
    assert plain.detail["scrim"] is None and scrim.detail["scrim"] == ["#000000", 0.45]
    with Image.open(scrim.path) as image:
        alpha = np.asarray(image.convert("RGBA"))[..., 3]
    # The band's flat part: 45 % opaque, wider than the words' ink alone.
    assert np.isclose(np.median(alpha[alpha > 0]), round(0.45 * 255), atol=2)
    assert scrim.box.w > plain.box.w and box.area.contains(scrim.box)


def test_the_layout_of_a_whole_project_is_one_call_per_export_and_scene() -> None:
    from adgen.pipeline.layout import project_layout

    project = LocalPlanner().plan(BRIEFS[0], owner="alice", product_asset=PRODUCT)
    layouts = project_layout(project)
    assert set(layouts) == {"9:16", "1:1", "16:9"}
    assert set(layouts["9:16"]) == {s.id for s in project.scenes}
    showcase = layouts["9:16"]["scene_2"]
    assert (showcase.width, showcase.height) == (1080, 1920) and showcase.product is not None
    draft = project_layout(project, "draft")["9:16"]["scene_2"]
    assert (draft.width, draft.height) == (360, 640)
    assert abs(draft.text.area.y * 3 - showcase.text.area.y) <= 3
