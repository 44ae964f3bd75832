"""The text layer: inside the safe zone at every size, any text, real glyphs for CJK and emoji."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from adgen.pipeline.services.overlay import DEFAULT_FONT, TextOverlayRenderer, resolve_font, text_safe_zone
from adgen.platforms.geometry import Rect
from adgen.project import Brand, Overlay

SIZES = [(360, 640), (360, 360), (640, 360), (1080, 1920), (1080, 1080), (1920, 1080)]
BRAND = Brand(name="Northwind", colors=["#1F3A5F", "#F2A541"])
LONG = (
    "Our cold brew is steeped for twenty hours, never heated, then bottled the same day; "
    "smooth, bold, naturally sweet, and ready when you are: order now, share with friends, "
    "and save 20% on it today!!!!!!"
)
HOSTILE = [
    "100% off: today only",
    "it's \"quoted\" and 'single'",
    "back\\slash \\n \\\\ %{pts} %%",
    "line one\nline two\n\nline four",
    "tabs\tand\rreturns",
    "[brackets];semi,colon=equals'",
    "🔥🔥🔥 emoji only",
    "冷萃咖啡，今天下单",
    "supercalifragilisticexpialidocious" * 5,
    "👩‍👩‍👧‍👦 family 🇯🇵 flag ❤️ heart 1️⃣",
]


def render(
    tmp_path: Path,
    text: str,
    width: int,
    height: int,
    *,
    position: str = "bottom",
    size: int = 64,
    colour: str = "#FFFFFF",
    brand: Brand = BRAND,
    name: str = "text.png",
) -> np.ndarray:
    """The layer as the scene pass draws it: pasted into a transparent frame at its position."""
    layer = TextOverlayRenderer().render(
        Overlay(text=text, position=position, font_size=size, color=colour),
        brand,
        width,
        height,
        tmp_path / name,
    )
    x, y = int(layer.x), int(layer.y)
    assert x % 2 == 0 and y % 2 == 0  # yuv420 overlays would round an odd corner down
    frame = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    with Image.open(layer.path) as image:
        assert image.mode == "RGBA"
        assert x + image.width <= width and y + image.height <= height
        frame.paste(image, (x, y))
    return np.asarray(frame)


def ink_box(rgba: np.ndarray, threshold: int = 8) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(rgba[..., 3] > threshold)
    assert len(xs), "nothing was drawn"
    return xs.min(), ys.min(), xs.max() + 1, ys.max() + 1


def inside_safe_zone(rgba: np.ndarray) -> bool:
    """Every drawn pixel is inside the zone, and the glyphs themselves keep off its edges (so
    the layout fits, rather than the final clip cutting text off)."""
    height, width = rgba.shape[:2]
    left, top, right, bottom = text_safe_zone(width, height)
    x0, y0, x1, y1 = ink_box(rgba, threshold=0)
    inside = left <= x0 and x1 <= right and top <= y0 and y1 <= bottom
    x0, y0, x1, y1 = ink_box(rgba, threshold=128)
    return inside and left + 2 <= x0 and x1 <= right - 2 and top + 2 <= y0 and y1 <= bottom - 2


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("position", ["top", "center", "bottom"])
def test_text_stays_in_the_safe_zone(tmp_path: Path, size: tuple[int, int], position: str):
    rgba = render(tmp_path, "Wake up to cold brew", *size, position=position, size=72)
    assert inside_safe_zone(rgba)


def test_safe_zone_keeps_clear_of_vertical_video_ui():
    left, top, right, bottom = text_safe_zone(1080, 1920)
    assert top >= 0.1 * 1920 and 1920 - bottom >= 0.1 * 1920
    assert 0.06 * 1080 <= left <= 0.08 * 1080 and 0.06 * 1080 <= 1080 - right <= 0.08 * 1080


@pytest.mark.parametrize("size", SIZES)
def test_top_and_bottom_differ(tmp_path: Path, size: tuple[int, int]):
    top = ink_box(render(tmp_path, "Order today", *size, position="top"))
    bottom = ink_box(render(tmp_path, "Order today", *size, position="bottom"))
    center = ink_box(render(tmp_path, "Order today", *size, position="center"))
    height = size[1]
    assert top[3] < height * 0.45 and bottom[1] > height * 0.55
    assert top[1] < center[1] < bottom[1]


@pytest.mark.parametrize("text", HOSTILE)
def test_any_text_renders(tmp_path: Path, text: str):
    for size in ((360, 640), (1920, 1080)):
        rgba = render(tmp_path, text, *size, position="center")
        assert (rgba[..., 3] > 128).sum() > 100
        assert inside_safe_zone(rgba)


def test_newlines_make_lines(tmp_path: Path):
    one = ink_box(render(tmp_path, "one two", 1080, 1920, position="center"))
    two = ink_box(render(tmp_path, "one\ntwo", 1080, 1920, position="center"))
    assert (two[3] - two[1]) > 1.7 * (one[3] - one[1])


@pytest.mark.parametrize("size", SIZES)
def test_a_200_character_text_fits(tmp_path: Path, size: tuple[int, int]):
    assert len(LONG) == 200
    for position in ("top", "center", "bottom"):
        rgba = render(tmp_path, LONG, *size, position=position, size=96)
        assert inside_safe_zone(rgba)


def test_font_size_scales_with_the_frame_width(tmp_path: Path):
    small = ink_box(render(tmp_path, "Hello", 360, 640, position="center", size=80))
    large = ink_box(render(tmp_path, "Hello", 1080, 1920, position="center", size=80))
    assert (large[2] - large[0]) / (small[2] - small[0]) == pytest.approx(3.0, rel=0.1)
    bigger = ink_box(render(tmp_path, "Hello", 1080, 1920, position="center", size=160))
    assert (bigger[2] - bigger[0]) / (large[2] - large[0]) == pytest.approx(2.0, rel=0.1)


def test_font_size_follows_the_shorter_side_so_landscape_text_is_not_oversized(tmp_path: Path):
    portrait = ink_box(render(tmp_path, "Hello", 360, 640, position="center", size=80))
    landscape = ink_box(render(tmp_path, "Hello", 640, 360, position="center", size=80))
    assert (landscape[3] - landscape[1]) == pytest.approx(portrait[3] - portrait[1], abs=2)


def _tofu(text: str, px: int) -> np.ndarray:
    """What the text looks like drawn with a font that lacks the glyphs (DejaVu: boxes)."""
    image = Image.new("L", (px * (len(text) + 2), px * 2), 0)
    ImageDraw.Draw(image).text((px, px // 2), text, font=ImageFont.truetype(DEFAULT_FONT, px), fill=255)
    return np.asarray(image)


def _glyph(rgba: np.ndarray) -> np.ndarray:
    x0, y0, x1, y1 = ink_box(rgba, threshold=128)
    return rgba[y0:y1, x0:x1, 3] > 128


def test_cjk_renders_real_glyphs_not_boxes(tmp_path: Path):
    glyphs = [
        _glyph(render(tmp_path, ch, 1080, 1080, position="center", size=200, name=f"{i}.png"))
        for i, ch in enumerate("你好世界")
    ]
    # Boxes (tofu) are all the same shape; real glyphs differ from each other.
    tofu = [_tofu(ch, 200) > 128 for ch in "你好"]
    assert np.array_equal(tofu[0], tofu[1])
    shapes = {g.shape for g in glyphs}
    fills = [round(float(g.mean()), 2) for g in glyphs]
    assert len(shapes) > 1 or len(set(fills)) > 1
    # ...and carry much more ink structure than an empty box outline.
    for g in glyphs:
        assert 0.15 < g.mean() < 0.8


def test_emoji_render_in_colour(tmp_path: Path):
    rgba = render(tmp_path, "🔥", 1080, 1080, position="center", size=160)
    solid = rgba[rgba[..., 3] > 200][:, :3].astype(int)
    saturation = solid.max(axis=1) - solid.min(axis=1)
    assert (saturation > 80).mean() > 0.3  # fire is orange/red, not the white text colour
    assert inside_safe_zone(rgba)


def test_text_colour_and_legibility(tmp_path: Path):
    light = render(tmp_path, "Fresh", 1080, 1920, position="center", colour="#F2A541", size=120)
    solid = light[light[..., 3] == 255][:, :3].astype(int)
    assert (np.abs(solid - (0xF2, 0xA5, 0x41)).max(axis=1) < 10).mean() > 0.5
    soft = (light[..., 3] > 0) & (light[..., 3] < 200) & (light[..., :3].max(axis=-1) < 80)
    assert soft.sum() > 200  # a dark shadow/outline around light text
    dark = render(tmp_path, "Fresh", 1080, 1920, position="center", colour="#1F3A5F", size=120, name="d.png")
    band = np.all(np.abs(dark[..., :3].astype(int) - (0xF2, 0xA5, 0x41)) < 12, axis=-1) & (dark[..., 3] > 150)
    assert band.sum() > 20000  # dark text gets a translucent band in the contrasting brand colour
    assert inside_safe_zone(dark)


def test_layer_is_only_as_large_as_its_ink(tmp_path: Path):
    """The scene pass blends the layer into every frame: a text-sized patch, not a full frame."""
    layer = TextOverlayRenderer().render(
        Overlay(text="Order today", position="bottom", font_size=64), BRAND, 1080, 1920, tmp_path / "t.png"
    )
    with Image.open(layer.path) as image:
        rgba = np.asarray(image)
    assert image.width * image.height < 0.1 * 1080 * 1920
    assert int(layer.y) > 1920 * 0.6  # placed low in the frame, as asked
    alpha = rgba[..., 3]
    assert alpha[:, -1].max() > 0 and alpha[-1].max() > 0  # cropped to the ink, none of it cut
    assert alpha[:, :2].max() > 0 and alpha[:2].max() > 0  # (the corner only moved to an even pixel)


def test_empty_text_is_a_transparent_layer(tmp_path: Path):
    rgba = render(tmp_path, "   ", 360, 640)
    assert rgba[..., 3].max() == 0


def test_brand_fonts(tmp_path: Path):
    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
    assert resolve_font(serif) == serif
    assert resolve_font("No Such Font Family 123") is None
    assert resolve_font(None) is None
    family = resolve_font("DejaVu Serif")
    assert family is not None and "DejaVuSerif" in family
    sans = render(tmp_path, "Brand", 1080, 1080, position="center", size=120, brand=Brand(font=None))
    with_serif = render(
        tmp_path,
        "Brand",
        1080,
        1080,
        position="center",
        size=120,
        brand=Brand(font="DejaVu Serif"),
        name="serif.png",
    )
    assert not np.array_equal(sans[..., 3] > 128, with_serif[..., 3] > 128)


def test_a_brand_font_file_that_is_not_a_font_falls_back(tmp_path: Path):
    fake = tmp_path / "Fake.ttf"
    fake.write_bytes(b"not a font")
    rgba = render(tmp_path, "Still readable", 1080, 1080, position="center", brand=Brand(font=str(fake)))
    default = render(tmp_path, "Still readable", 1080, 1080, position="center", brand=Brand(), name="d.png")
    assert np.array_equal(rgba, default)


# --- an end card's button label keeps the advised size (issue 16: luxury watch, saas, "problem first") ---


def _label_cap_on_pixels(layer) -> float:
    """The cap height of a button's label measured on the drawn layer (white label on a dark fill)."""
    from adgen.preflight.contrast import cap_height, glyph_mask

    x, y, w, h = layer.detail["button"]["textBox"]
    ox, oy = int(layer.x), int(layer.y)
    with Image.open(layer.path) as image:
        rgb = np.asarray(image.convert("RGB"))[y - oy : y - oy + h, x - ox : x - ox + w]
    cap = cap_height(glyph_mask(rgb, (255, 255, 255)))
    assert cap is not None
    return cap


@pytest.mark.parametrize("key", ["9:16", "1:1"])
@pytest.mark.parametrize("label", ["Discover the collection", "Get started today"])
def test_a_long_button_label_keeps_the_advised_size(tmp_path: Path, key: str, label: str) -> None:
    from adgen.pipeline.layout import scene_layout
    from adgen.pipeline.types import Button
    from adgen.platforms import builtin_table, safe_area_of
    from adgen.preflight.legibility import size_thresholds

    table = builtin_table()
    size, presets = {"9:16": ((1080, 1920), ["tiktok", "reels"]), "1:1": ((1080, 1080), ["square_feed"])}[key]
    presets = [table[p] for p in presets]
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
        Overlay(text=f"{label}\nNoir", position="top", font_size=72),
        Brand(name="Noir"),
        *size,
        tmp_path / "card.png",
        box=layout.text,
        text="Noir",
        button=Button(layout.cta, label, "#1A1A1A", "#FFFFFF"),
    )
    # Before, in 60 % of the width: cap heights of 20 px (9:16) and 24-29 px (1:1), below the
    # 26 / 32 px the check advises, and no warning.
    assert _label_cap_on_pixels(layer) >= limits.comfortable_cap_px - 1
    assert layer.detail["button"]["label"] == label and not layer.detail["shrunk"]
    bx, by, bw, bh = layer.detail["button"]["box"]
    assert layout.cta.contains(Rect(bx, by, bw, bh), tolerance=0.5)


def test_a_label_too_long_for_any_button_says_it_was_set_smaller(tmp_path: Path) -> None:
    from adgen.pipeline.layout import scene_layout
    from adgen.pipeline.types import Button
    from adgen.platforms import builtin_table, safe_area_of
    from adgen.preflight.legibility import size_thresholds

    presets = [builtin_table()["square_feed"]]
    limits = size_thresholds(presets, 1080)
    layout = scene_layout(
        1080,
        1080,
        safe_area_of(presets, 1080, 1080),
        has_text=True,
        reserve_cta=True,
        min_cap_px=limits.comfortable_cap_px,
        floor_cap_px=limits.min_cap_px,
    )
    label = "Book your free consultation with our team today"
    layer = TextOverlayRenderer().render(
        Overlay(text=label, position="top", font_size=72),
        Brand(name="Noir"),
        1080,
        1080,
        tmp_path / "card.png",
        box=layout.text,
        text="Noir",
        button=Button(layout.cta, label, "#1A1A1A", "#FFFFFF"),
    )
    # The label is set below the advised size, never below the fail line, and the layer says so
    # (the render's text_fit warning for the scene).
    cap = _label_cap_on_pixels(layer)
    assert limits.min_cap_px - 1 <= cap < limits.comfortable_cap_px
    assert layer.detail["button"]["shrunk"] and layer.detail["shrunk"]


# --- issue 17's speed: drawn on a canvas around the text's area, the same layer -----------------


@pytest.mark.parametrize(
    ("size", "text", "colour", "scrim", "position"),
    [
        ((360, 640), "Cold brew, bold mornings", "#1F3A5F", 0.0, "center"),  # a band on half pixels
        ((1080, 1920), "Northwind Coffee\nBrewed cold, poured slow", "#FFFFFF", 0.0, "top"),  # outline
        ((1920, 1080), "🔥 hot deal 冷萃咖啡 ❤️", "#FFFFFF", 0.45, "bottom"),  # scrim, emoji, CJK
        ((1080, 1080), "supercalifragilistic " * 9, "#F2A541", 0.0, "center"),  # shrunk, many lines
    ],
)
def test_the_cut_canvas_draws_the_layer_a_full_frame_canvas_draws(
    tmp_path: Path, monkeypatch, size, text, colour, scrim, position
) -> None:
    """Every pixel, the position, the box and the detail, against the same drawing on a canvas
    as large as the frame (what the renderer drew on before), with an end card's button too."""
    from adgen.pipeline.services import overlay
    from adgen.pipeline.types import Box, Button, TextBox, TextStyle

    w, h = size
    style = TextStyle(color=colour, scrim_color="#000000", scrim_opacity=scrim) if scrim else None
    button = Button(
        area=Box(w * 0.25, h * 0.8, w * 0.5, h * 0.08),
        label="Shop now",
        fill="#F2A541",
        label_color="#000000",
    )
    calls = [
        {"style": style},
        {
            "box": TextBox(Box(100, h * 0.5, w - 200, h * 0.25), "center", 20, 12),
            "text": text,
            "button": button,
        },
    ]
    for n, extra in enumerate(calls):
        drawn = []
        for margin in (10**6, overlay.CANVAS_MARGIN):
            monkeypatch.setattr(overlay, "CANVAS_MARGIN", margin)
            layer = TextOverlayRenderer().render(
                Overlay(text=text, position=position, font_size=64, color=colour),
                BRAND,
                w,
                h,
                tmp_path / f"{n}-{margin}.png",
                **extra,
            )
            with Image.open(layer.path) as image:
                drawn.append((np.asarray(image.convert("RGBA")), layer.x, layer.y, layer.box, layer.detail))
        (full, *where_full), (cut, *where_cut) = drawn
        assert full.shape == cut.shape and np.array_equal(full, cut)
        assert where_full == where_cut
        assert full[..., 3].max() == 255  # something was drawn


def test_the_text_is_not_drawn_on_full_frame_images(tmp_path: Path, monkeypatch) -> None:
    """What made the layer slow: every step of the text (its layer, band or shadow, the clip)
    on images as large as the frame. Only the frame itself is that large now; the rest is the
    size of the text's box (the layout's, as a render gives it) and the shadow's reach."""
    from PIL import Image as PILImage

    from adgen.pipeline.types import Box, TextBox

    sizes: list[tuple[int, int]] = []
    new = PILImage.new

    def recording(mode, size, *args, **kwargs):
        sizes.append(tuple(size))
        return new(mode, size, *args, **kwargs)

    monkeypatch.setattr(PILImage, "new", recording)
    TextOverlayRenderer().render(
        Overlay(text="Cold brew, bold mornings", font_size=64),
        BRAND,
        1080,
        1920,
        tmp_path / "t.png",
        box=TextBox(Box(76, 240, 928, 420), "top", 30, 18),
    )
    assert sizes.count((1080, 1920)) == 1 and len(sizes) >= 4
    assert all(w * h < 1080 * 1920 / 4 for w, h in sizes if (w, h) != (1080, 1920))
