"""The logo on a frame: inside the preset's safe area, aspect and transparency kept; and an end
card drawn from the AdProject's ``brandKit`` alone, the way the renderer will draw it."""

from __future__ import annotations

import brand_samples
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from adgen.brand.apply import apply_kit
from adgen.brand.contrast import pick_text_colour
from adgen.brand.fonts import font_path
from adgen.brand.library import BrandLibrary
from adgen.brand.logo_mark import end_card_logo, load_logo, place_logo
from adgen.brand.reference import BrandKitRef
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.types import Brief

# Safe areas from issue 16's preset table (unsafe margins top / bottom / left / right at that size).
PRESETS = {
    "tiktok": ((1080, 1920), (150, 440, 60, 150)),
    "reels": ((1080, 1920), (269, 672, 65, 65)),
    "meta-feed": ((1080, 1350), (40, 40, 40, 40)),
    "landscape": ((1920, 1080), (54, 54, 96, 96)),
}
ANCHORS = ["top-left", "top-right", "bottom-left", "bottom-right", "center", "top-center"]


def safe_area(preset: str) -> tuple[tuple[int, int], tuple[int, int, int, int]]:
    (w, h), (top, bottom, left, right) = PRESETS[preset]
    return (w, h), (left, top, w - right, h - bottom)


@pytest.mark.parametrize("preset", sorted(PRESETS))
@pytest.mark.parametrize("anchor", ANCHORS)
def test_the_mark_lies_inside_the_safe_area_with_its_shape_and_alpha(preset: str, anchor: str):
    logo = brand_samples.draw_logo()
    size, area = safe_area(preset)
    placed = place_logo(logo, area, anchor=anchor)  # type: ignore[arg-type]
    left, top, right, bottom = placed.box
    assert area[0] <= left and area[1] <= top and right <= area[2] and bottom <= area[3]
    assert abs(placed.image.width / placed.image.height - logo.width / logo.height) < 0.02
    frame = Image.new("RGB", size, (90, 140, 200))
    out = np.asarray(placed.paste_onto(frame).convert("RGB"))
    assert tuple(out[top + 1, left + 1]) == (90, 140, 200)  # the logo's transparent corner
    box = out[top:bottom, left:right].reshape(-1, 3)
    for colour in brand_samples.LOGO_COLOURS.values():
        assert (np.abs(box.astype(int) - colour).sum(axis=1) <= 6).sum() > 20
    outside = out.copy()
    outside[top:bottom, left:right] = (90, 140, 200)
    assert (outside == (90, 140, 200)).all()  # nothing drawn outside the logo's box


def test_an_end_card_drawn_from_the_documents_brand_kit(library: BrandLibrary, logo_png: bytes):
    """What the end card will do after integration, using only ``project["brandKit"]``."""
    library.add_logo("alice", logo_png, "logo.png", new_kit_name="Harbour Coffee")
    library.set_font_file("alice", "heading", brand_samples.SERIF_BOLD.read_bytes(), "Headline.ttf")
    kit = library.update_details("alice", default_cta="Order today").kit
    ad = apply_kit(
        LocalPlanner().plan(Brief(text="15 s ad for cold brew"), owner="alice").to_wire(), kit
    ).project
    ref = BrandKitRef.model_validate(ad["brandKit"])
    size, area = safe_area("tiktok")
    background = (245, 242, 236)
    frame = Image.new("RGB", size, background)
    placed = end_card_logo(load_logo(ref.logo_url, library.media), area)
    frame = placed.paste_onto(frame)
    cta = ad["scenes"][-1]["overlay"]["text"].split("\n")[0]
    face = ImageFont.truetype(str(font_path(ref.heading_font, library.media)), 96)
    choice = pick_text_colour(ad["brand"]["colors"], np.full((8, 8, 3), background, np.uint8))
    ink = tuple(int(choice.colour[i : i + 2], 16) for i in (1, 3, 5))
    ImageDraw.Draw(frame).text((area[0] + 40, placed.box[3] + 120), cta, font=face, fill=ink)
    pixels = np.asarray(frame.convert("RGB"))
    # The logo's pixels are on the card, inside the safe area.
    logo_region = pixels[placed.box[1] : placed.box[3], placed.box[0] : placed.box[2]].reshape(-1, 3)
    original = np.asarray(brand_samples.draw_logo(plate=background)).reshape(-1, 3)
    for colour in brand_samples.LOGO_COLOURS.values():
        share = (np.abs(logo_region.astype(int) - colour).sum(axis=1) <= 6).mean()
        expected = (np.abs(original.astype(int) - colour).sum(axis=1) <= 6).mean()
        assert abs(share - expected) < 0.2 * expected, (colour, share, expected)  # scaled, not lost
    # The CTA is in a kit colour that passes contrast, and in the kit's heading font.
    assert cta == "Order today" and choice.from_kit and choice.scrim is None
    assert brand_samples.wcag_contrast(ink, background) >= 4.5
    text_rows = pixels[placed.box[3] + 60 :, :, :]
    mask = brand_samples.crop_ink(np.abs(text_rows.astype(int) - background).sum(axis=2) > 200)
    assert brand_samples.mask_difference(mask, brand_samples.ink(cta, brand_samples.SERIF_BOLD)) < 0.05
    assert brand_samples.mask_difference(mask, brand_samples.ink(cta, brand_samples.SANS_BOLD)) > 0.3
