"""The chat views: the markdown/Slack summary and the PNG kit card, looked at pixel by pixel."""

from __future__ import annotations

import io

import brand_samples
import numpy as np
import pytest
from PIL import Image

from adgen.brand.card import render_kit_card
from adgen.brand.library import BrandLibrary
from adgen.brand.model import BrandKit
from adgen.brand.summary import kit_summary

# Where the card draws things (adgen/brand/card.py's layout).
LOGO_BOX = (48, 170, 468, 470)
SWATCH_CENTRES = [(508 + i * 230 + 105, 170 + 60) for i in range(3)]
SPECIMEN_ROWS = (515, 626)


@pytest.fixture
def full_kit(library: BrandLibrary, logo_png: bytes) -> BrandKit:
    library.add_logo("alice", logo_png, "logo.png", new_kit_name="Harbour Coffee")
    library.set_font_file("alice", "heading", brand_samples.SERIF_BOLD.read_bytes(), "Headline.ttf")
    library.set_font_family("alice", "body", "DejaVu Sans")
    return library.update_details(
        "alice",
        tagline="Roasted by the sea",
        default_cta="Order today",
        tone_words=["warm", "calm"],
        avoid_words=["cheap", "guaranteed"],
        replacements={"cheap": "affordable"},
    ).kit


def test_summary_lists_everything_a_marketer_checks(full_kit: BrandKit):
    text = kit_summary(full_kit)
    assert text.startswith("**Harbour Coffee** (brand kit version 4, your default)")
    for colour in full_kit.colors.as_list():
        assert colour in text
    for needle in ("600×300 PNG, transparent background", "headings DejaVu Serif Bold (uploaded)",
                   "body DejaVu Sans", "“Roasted by the sea”", "“Order today”", "Tone: warm, calm",
                   "Never say: cheap (say “affordable”), guaranteed", "≈"):  # fmt: skip
        assert needle in text, needle
    slack = kit_summary(full_kit, flavour="slack")
    assert slack.startswith("*Harbour Coffee*") and "**" not in slack


def test_summary_of_an_empty_kit_says_what_to_send(library: BrandLibrary):
    text = kit_summary(library.create_kit("alice", "New brand"))
    assert "Logo: none yet (send a PNG" in text and "our colours are navy and coral" in text


def test_the_card_shows_the_logo_with_its_transparency_and_the_swatches(
    library: BrandLibrary, full_kit: BrandKit
):
    card = np.asarray(Image.open(io.BytesIO(render_kit_card(full_kit, library.media))).convert("RGB"))
    assert card.shape[1] == 1200 and card.shape[0] >= 900
    x0, y0, x1, y1 = LOGO_BOX
    logo_area = card[y0:y1, x0:x1].reshape(-1, 3)
    seen = {tuple(p) for p in np.unique(logo_area, axis=0)}
    for colour in brand_samples.LOGO_COLOURS.values():
        assert colour in seen  # the logo's own pixels
    assert (236, 236, 236) in seen and (214, 214, 214) in seen  # the checkerboard shows through
    for (x, y), colour in zip(SWATCH_CENTRES, full_kit.colors.as_list(), strict=True):
        assert "#" + "".join(f"{int(v):02X}" for v in card[y, x]) == colour


def test_the_card_sets_the_specimen_in_the_kit_heading_font(library: BrandLibrary, full_kit: BrandKit):
    card = Image.open(io.BytesIO(render_kit_card(full_kit, library.media))).convert("L")
    rows = np.asarray(card)[SPECIMEN_ROWS[0] : SPECIMEN_ROWS[1]]
    mask = brand_samples.crop_ink(rows < (250 + 28) / 2)  # midway between paper and ink
    same = brand_samples.ink("Aa Bb Gg 123", brand_samples.SERIF_BOLD, size=84)
    other = brand_samples.ink("Aa Bb Gg 123", brand_samples.SANS_BOLD, size=84)
    assert brand_samples.mask_difference(mask, same) < 0.02
    assert brand_samples.mask_difference(mask, other) > 0.3


def test_the_card_of_an_empty_kit_uses_defaults(library: BrandLibrary):
    kit = library.create_kit("alice", "New brand")
    card = np.asarray(Image.open(io.BytesIO(render_kit_card(kit, library.media))).convert("RGB"))
    x0, y0, x1, y1 = LOGO_BOX
    assert {tuple(p) for p in np.unique(card[y0:y1, x0:x1].reshape(-1, 3), axis=0)} >= {(236, 236, 236)}
    assert ((card == (28, 28, 32)).all(axis=2)).sum() > 0  # the default CTA button colour
