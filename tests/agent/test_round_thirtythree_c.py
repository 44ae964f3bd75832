"""Round thirty-three c (2026-12-05): dev24's edit category and colour codes, as classes in my own
words.

1. Colours written as codes or by a brand's name (:mod:`colour_codes`): rgb()/rgba(), a coated
   Pantone number from Pantone's own table ("PMS 300", "Pantone 186 C"), shades named by a thing or
   a brand ("powder blue", "Coca-Cola red"), short or repeated-letter hex ("#fa0", "#eeeeee" is no
   held key). A Pantone number not in the table, or an uncoated one, is asked about, never guessed.
2. A part named alone, then what it should be (:mod:`bare_targets`): "the tasting card text" then
   "how about Pantone 186?" recolours that text, never the palette.
3. A fact set aside and "what I want is …" (:mod:`set_aside`): "the tier is 30 cm tall, ignore
   that." is no request; "what we need is X" is X.
4. A ">" quote of one scene's words and "that line" under it (:mod:`quoted_lines`).
5. Neighbours fixed on the way: "A's delivery card" on the original (A) is its delivery card;
   "keep B as is: the box shot …" (an exclusion never reads past a colon), "our font is now Lora"
   and "font is Lora now, not Oswald".

Every phrasing below is mine, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest
from parse_helpers import asks, only, unchanged
from phrase_suite import basic_project

understood = partial(held_out_run.understood, starts="dev24", case_id="r33c")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev24")

# basic_project: hook (scene_1), showcase (scene_2), cta (scene_3).

# --- 1. colour codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the cta text rgb(255, 87, 34)", {"scene_3__overlay__color": "#FF5722"}),
        ("hook text rgba(0,128,255,0.9) please", {"scene_1__overlay__color": "#0080FF"}),
        ("hook text Pantone 186 C", {"scene_1__overlay__color": "#C8102E"}),
        ("cta text pms 300 please, the blue from our menus", {"scene_3__overlay__color": "#005EB8"}),
        ("make the hook text powder blue", {"scene_1__overlay__color": "#B0E0E6"}),
        ("cta text in Coca-Cola red", {"scene_3__overlay__color": "#F40009"}),
        ("cta text #fa0", {"scene_3__overlay__color": "#FFAA00"}),
        ("hook text #eeeeee", {"scene_1__overlay__color": "#EEEEEE"}),
    ],
)
def test_colour_codes_are_exact_values(text: str, changes: dict[str, str]) -> None:
    only(text, basic_project(), **changes)


@pytest.mark.parametrize(
    "text",
    ["hook text Pantone 7621", "make the cta text pantone 485 U", "cta text PMS 18-1750 TCX"],
)
def test_a_pantone_number_not_in_the_table_is_asked(text: str) -> None:
    assert "hex" in asks(text, basic_project())


def test_an_rgb_value_out_of_range_changes_nothing() -> None:
    unchanged("cta text rgb(300, 0, 0)", basic_project())


# --- 2. a part named alone, then its value ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "turns", "expect"),
    [
        (
            "crumbrose",
            ("the tasting card text", "how about Pantone 186?"),
            {"scenes[role=cta].overlay.color": "#C8102E"},
        ),
        ("harvestbox", ("delivery card", "maybe powder blue"), {"scenes[#3].overlay.color": "#B0E0E6"}),
        (
            "ironpeak",
            ("hook text", "could it be rgb(0, 177, 64)?"),
            {"scenes[role=hook].overlay.color": "#00B140"},
        ),
    ],
)
def test_a_part_named_alone_takes_the_next_value(start: str, turns: tuple[str, ...], expect: dict) -> None:
    understood(start, turns, {"start": expect})


def test_a_part_named_alone_asks_and_changes_nothing() -> None:
    assert "What should change" in changes_nothing("crumbrose", "the tasting card text")


# --- 3. a fact set aside, "what I want is" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "the tier is 30 cm tall, ignore that. tasting card text bigger",
            {"scenes[role=cta].overlay.fontSize": {"grow": "any"}},
        ),
        ("what we need is the hook text smaller", {"scenes[role=hook].overlay.fontSize": {"shrink": "any"}}),
        (
            "£240 is just the price, disregard it. What I'd like is a red hook text",
            {"scenes[role=hook].overlay.color": {"color": "red"}},
        ),
    ],
)
def test_a_fact_set_aside_is_no_request(text: str, expect: dict) -> None:
    understood("crumbrose", (text,), {"start": expect})


def test_only_a_fact_set_aside_changes_nothing() -> None:
    changes_nothing("crumbrose", "the cake is 20 cm wide, ignore that")


# --- 4. a quoted line and "that line" -------------------------------------------------------------------------


def test_a_quoted_scene_line_is_that_line() -> None:
    understood(
        "crumbrose",
        ("> Book a tasting\n\nthe owner reworded it, change that line to 'Book your tasting'",),
        {"start": {"scenes[role=cta].overlay.text": {"text": "Book your tasting"}}},
    )


def test_a_quoted_line_no_scene_shows_is_not_guessed() -> None:
    changes_nothing("crumbrose", "> Fresh every morning\n\nplease make that line 'Fresh daily'")


# --- 5. neighbours --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        (
            "harvestbox",
            "keep B as is: the box shot should run 7 seconds",
            {"scenes[#2].durationSec": 7, "durationSec": "optional"},
        ),
        (
            "harvestbox",
            "don't touch B, it's approved. A's delivery card should be 5 seconds",
            {"scenes[#3].durationSec": 5, "durationSec": "optional"},
        ),
        ("ironpeak", "our font is now Playfair Display", {"brand.font": "Playfair Display"}),
        ("ironpeak", "the font is Lora these days, not Oswald", {"brand.font": "Lora"}),
    ],
)
def test_neighbours(start: str, text: str, expect: dict) -> None:
    understood(start, (text,), {"start": expect})
