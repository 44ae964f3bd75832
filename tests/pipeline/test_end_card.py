"""The CTA end card (issue 17): the ad's last scene shows the brand name and the call to action as
a button in the brand colour, inside the safe area of every preset, legible by the pre-flight
check's own measure.

- What the card says: the action is the button, the brand name heads the sign-off, once.
- The button's colours: the label clears 4.5:1 on the fill for any brand colour, mid-tones too.
- The layout: the button's box lies inside the safe area of every built-in preset, clear of the
  headline and the product.
- The layer: the button drawn in its box, in its fill, with the label inside it.
- Rendered at final quality (slow): on the frames of every default export and the Meta feed, the
  button is there in the brand colour with a legible label, and the pre-flight check reads both
  the brand name and the label back and passes their contrast and safe zone.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from adgen.pipeline.end_card import LABEL_CONTRAST, button_colours, end_card_button
from adgen.pipeline.layout import layout_for
from adgen.pipeline.services.overlay import TextOverlayRenderer
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.targets import preset_table, render_targets
from adgen.pipeline.types import Brief, TextStyle
from adgen.platforms import builtin_table
from adgen.preflight import LayoutBox
from adgen.preflight.contrast import contrast_ratio, hex_to_rgb
from adgen.preflight.layout import BUTTON_SUFFIX, end_card_copy, overlay_texts
from adgen.project import AdProject, ProductAsset
from adgen.settings import Settings

ALL_PRESETS = ["tiktok", "reels", "stories", "shorts", "meta_feed", "square_feed", "youtube"]


def _planned(colors: list[str], *, product: bool = True, presets: list[str] | None = None) -> AdProject:
    brief = Brief(
        text="a 15 second ad for our cold brew coffee, energetic",
        brand_name="Northwind Coffee",
        colors=colors,
        duration_sec=15,
    )
    project = LocalPlanner().plan(brief, owner="alice")
    last = project.scenes[-1]
    if product:
        last = last.model_copy(
            update={"product": last.product.model_copy(update={"visible": True, "scale": 0.4})}
        )
    return project.model_copy(
        update={
            "scenes": [*project.scenes[:-1], last],
            "product_asset": ProductAsset(source_url="x.png", checksum="0" * 64) if product else None,
            "presets": presets or ALL_PRESETS,
        }
    )


def _ratio(a: str, b: str) -> float:
    return float(contrast_ratio(np.asarray(hex_to_rgb(a), float), hex_to_rgb(b)))


# --- what the card says --------------------------------------------------------------------------


def test_the_action_is_the_button_and_the_brand_heads_the_sign_off() -> None:
    project = _planned(["#1F3A5F", "#F2A541"])
    last = project.scenes[-1]
    assert last.role == "cta" and last.overlay.text == "Shop now\nNorthwind Coffee"
    card = end_card_copy(project, last)
    assert card is not None and (card.headline, card.button) == ("Northwind Coffee", "Shop now")
    # Only the last scene is a card; a CTA text without the brand gets it, a tagline stays.
    assert all(end_card_copy(project, s) is None for s in project.scenes[:-1])
    said = last.model_copy(
        update={"overlay": last.overlay.model_copy(update={"text": "Order today\nBrewed cold"})}
    )
    tagged = project.model_copy(update={"scenes": [*project.scenes[:-1], said]})
    card = end_card_copy(tagged, said)
    assert (
        card is not None and card.headline == "Northwind Coffee\nBrewed cold" and card.button == "Order today"
    )
    # The check is told the same words: the headline, and the label under its own name.
    texts = {t.label: t.text for t in overlay_texts(tagged)}
    assert texts[said.id] == "Northwind Coffee\nBrewed cold"
    assert texts[said.id + BUTTON_SUFFIX] == "Order today"
    # A CTA that is not last is an ordinary text.
    moved = project.model_copy(update={"scenes": [project.scenes[-1], *project.scenes[:-1]]})
    assert all(end_card_copy(moved, s) is None for s in moved.scenes)


@pytest.mark.parametrize(
    "colour",
    ["#1F3A5F", "#F2A541", "#FFFFFF", "#000000", "#777777", "#808080", "#FF6FB5", "#4CC9F0", "#2A9D8F"],
)
def test_the_label_stands_out_from_the_button_in_any_brand_colour(colour: str) -> None:
    project = _planned([colour, "#123456"])
    fill, label = button_colours(project)
    assert _ratio(fill, label) >= LABEL_CONTRAST * 1.15
    if max(_ratio(colour, "#FFFFFF"), _ratio(colour, "#000000")) >= LABEL_CONTRAST * 1.15:
        assert fill == colour  # the brand's own colour when it can carry a label
    else:  # a mid-tone is deepened or lightened, keeping its hue's order
        assert fill != colour


def test_the_button_stands_apart_from_the_set_behind_it() -> None:
    project = _planned(["#F2A541", "#1F3A5F"])
    assert button_colours(project) == ("#F2A541", "#000000")  # the brand's first colour
    # On an orange set, the orange button would vanish: the brand's navy is taken instead.
    fill, label = button_colours(project, behind=(240, 160, 50))
    assert (fill, label) == ("#1F3A5F", "#FFFFFF")
    # On a navy set, the orange one.
    assert button_colours(project, behind=(30, 58, 95))[0] == "#F2A541"
    # A one-colour brand on its own colour: a palette colour that stands apart, if it has one.
    mono = _planned(["#F2A541"])
    fill, _ = button_colours(mono, behind=(242, 165, 65))
    best = max(_ratio(c, "#F2A541") for c in [*mono.brand.colors, *mono.style.palette])
    assert _ratio(fill, "#F2A541") >= min(1.8, best) - 0.3


# --- where it goes -----------------------------------------------------------------------------


@pytest.mark.parametrize("product", [True, False])
def test_the_button_lies_inside_every_presets_safe_area_clear_of_the_rest(product: bool) -> None:
    table = builtin_table()
    for preset in ALL_PRESETS:
        project = _planned(["#1F3A5F"], product=product, presets=[preset])
        last = project.scenes[-1]
        (target,) = render_targets(project, preset_table(Settings()))
        profile = target.profile("final")
        layout, moves = layout_for(project, last, target, profile.width, profile.height)
        assert not moves
        area = table[preset].safe_area(profile.width, profile.height)
        assert layout.cta is not None and area.contains(layout.cta, tolerance=0.5), preset
        assert layout.cta.h >= 0.1 * layout.safe_area.h - 1, preset  # a button, not a footnote
        others = [
            b
            for b in (layout.text.area if layout.text else None, layout.product and layout.product.area)
            if b
        ]
        assert len(others) == (2 if product else 1)
        for other in others:
            assert other.intersect(layout.cta).area == 0, preset
        # Ordinary scenes reserve nothing.
        first, _ = layout_for(project, project.scenes[0], target, profile.width, profile.height)
        assert first.cta is None


def test_the_layer_draws_the_button_in_its_fill_with_the_label_inside() -> None:
    project = _planned(["#F2A541", "#1F3A5F"], presets=["tiktok", "reels"])
    last = project.scenes[-1]
    (target,) = render_targets(project, preset_table(Settings()))
    profile = target.profile("final")
    layout, _ = layout_for(project, last, target, profile.width, profile.height)
    button = end_card_button(project, last, layout.cta)
    assert button is not None and button.fill == "#F2A541" and button.label_color == "#000000"
    card = end_card_copy(project, last)
    out = Path(tempfile.mkdtemp()) / "text.png"
    layer = TextOverlayRenderer().render(
        last.overlay,
        project.brand,
        profile.width,
        profile.height,
        out,
        box=layout.text,
        style=TextStyle(color="#FFFFFF"),
        text=card.headline,
        button=button,
    )
    frame = np.zeros((profile.height, profile.width, 4), np.uint8)
    patch = np.asarray(Image.open(layer.path).convert("RGBA"))
    x, y = int(layer.x), int(layer.y)
    frame[y : y + patch.shape[0], x : x + patch.shape[1]] = patch
    drawn = layer.detail["button"]
    bx, by, bw, bh = drawn["box"]
    assert layout.cta.contains(LayoutBox(kind="cta", label="b", x=bx, y=by, w=bw, h=bh, start=0, end=1).rect)
    inside = frame[by + 2 : by + bh - 2, bx + bh // 2 : bx + bw - bh // 2]
    opaque = inside[..., 3] == 255
    assert opaque.mean() > 0.99
    colours = inside[opaque][:, :3].astype(int)
    share_fill = (np.abs(colours - hex_to_rgb("#F2A541")).sum(axis=1) < 12).mean()
    share_label = (np.abs(colours - hex_to_rgb("#000000")).sum(axis=1) < 12).mean()
    assert share_fill > 0.6 and 0.03 < share_label < 0.4, (share_fill, share_label)
    lx, ly, lw, lh = drawn["textBox"]
    assert bx < lx and lx + lw < bx + bw and by < ly and ly + lh < by + bh
    assert drawn["label"] == "Shop now" and drawn["capHeightPx"] >= layout.text.min_cap_px
    # The headline above it: the brand name, in the text box.
    hx, hy, hw, hh = layer.detail["textBox"]
    assert layout.text.area.contains(
        LayoutBox(kind="text", label="h", x=hx, y=hy, w=hw, h=hh, start=0, end=1).rect
    )
    assert hy + hh < by


# --- rendered -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory):
    """The planner's 6 s ad with a product, rendered at final quality for the default presets
    and the Meta feed (four exports)."""
    from adgen.pipeline.context import render_context
    from adgen.pipeline.orchestrator import render_project

    root = tmp_path_factory.mktemp("endcard")
    # Offline, in a data folder of its own, whatever the environment says (arguments win).
    offline = {key: None for key in ("REDIS_URL", "REPLICATE_API_TOKEN", "OPENAI_API_KEY", "ADGEN_S3_BUCKET")}
    settings = Settings(ADGEN_DATA_DIR=str(root / "data"), ADGEN_PREFLIGHT_FIXES=True, **offline)
    ctx = render_context(settings, "final")
    brief = Brief(
        text="a 6 second ad for our cold brew coffee, energetic",
        brand_name="Northwind",
        colors=["#F2A541", "#1F3A5F"],
        duration_sec=6,
    )
    bottle = Image.new("RGBA", (300, 600), (0, 0, 0, 0))
    ImageDraw.Draw(bottle).rounded_rectangle([20, 10, 280, 590], radius=60, fill=(30, 90, 160, 255))
    bottle.save(photo := io.BytesIO(), format="PNG")
    data = photo.getvalue()
    asset = ProductAsset(
        source_url=ctx.media.put_bytes(data, suffix=".png"), checksum=hashlib.sha256(data).hexdigest()
    )
    project = LocalPlanner().plan(brief, owner="alice", product_asset=asset)
    project = project.model_copy(
        update={"presets": ["tiktok", "reels", "square_feed", "youtube", "meta_feed"]}
    )
    outcome = render_project(project, ctx)
    yield outcome, ctx, root


def _frame_at(video: Path, seconds: float, out: Path) -> np.ndarray:
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-ss",
            f"{seconds:.3f}",
            "-i",
            str(video),
            "-frames:v",
            "1",
            str(out),
        ],
        check=True,
    )
    return np.asarray(Image.open(out).convert("RGB")).astype(int)


@pytest.mark.slow
def test_every_export_ends_on_the_brand_and_a_legible_button(rendered) -> None:
    outcome, ctx, root = rendered
    project = outcome.project
    last = project.scenes[-1]
    starts = project.duration_sec - last.duration_sec
    layout = project.render_status.stages["layout"]
    assert set(layout) == {"9:16", "1:1", "16:9", "4:5"}
    table = builtin_table()
    for key, entry in layout.items():
        boxes = [LayoutBox.from_wire(b) for b in entry["boxes"]]
        cta = next(b for b in boxes if b.kind == "cta" and b.label == last.id)
        label = next(b for b in boxes if b.kind == "text" and b.label == last.id + BUTTON_SUFFIX)
        headline = next(b for b in boxes if b.kind == "text" and b.label == last.id)
        assert headline.text == "Northwind" and label.text == "Shop now"
        for preset in entry["presets"]:
            area = table[preset].safe_area(entry["width"], entry["height"])
            assert area.contains(cta.rect, tolerance=0.5), (key, preset)
        # On the frames, every 0.5 s of the card after its transition: the fill, and the label.
        video = ctx.media.local_path(outcome.project.aspect_exports.get(key) or outcome.report.exports[key])
        for t in np.arange(starts + 0.6, project.duration_sec - 0.05, 0.5):
            frame = _frame_at(video, float(t), root / f"{key.replace(':', 'x')}-{t:.1f}.png")
            x, y, w, h = (round(v) for v in (cta.x, cta.y, cta.w, cta.h))
            ring = frame[y + h // 4 : y + 3 * h // 4, x + h // 2 : x + w - h // 2]
            fill = np.asarray(hex_to_rgb(cta.color))
            on_fill = (np.abs(ring - fill).sum(axis=-1) < 40).mean()
            lx, ly, lw, lh = (round(v) for v in (label.x, label.y, label.w, label.h))
            words = frame[ly : ly + lh, lx : lx + lw]
            ink = (np.abs(words - np.asarray(hex_to_rgb(label.color))).sum(axis=-1) < 90).mean()
            assert on_fill > 0.5 and 0.1 < ink < 0.6, (key, t, on_fill, ink)
    # The check read the brand and the label back and passed their contrast and safe zone.
    report = project.preflight
    for export in report["exports"]:
        checks = {c["check"]: c for c in export["checks"]}
        for name in ("contrast", "read_back", "safe_zone", "text_size"):
            assert checks[name]["status"] == "pass", (export["key"], name, checks[name])
            subjects = {f["subject"] for f in checks[name]["findings"]}
            if name in ("contrast", "read_back"):
                assert {f"{last.id} text", f"{last.id}{BUTTON_SUFFIX} text"} <= subjects, (
                    export["key"],
                    name,
                )
        assert f"{last.id} cta (layout)" in {f["subject"] for f in checks["safe_zone"]["findings"]}
