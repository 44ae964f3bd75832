"""Chat that drops "the" reads as the full request (:mod:`adgen.agent.understanding.articles`).

Each telegraphic request below read differently before: help text ("get rid of iced coffee
scene", "kill music"), a whole-ad length ("set counter scene to 5 seconds"), every scene ("make
bottle bigger on counter", "make arabica line red"), the font "Lato as".
"""

from __future__ import annotations

import pytest
from parse_helpers import wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.articles import with_articles
from adgen.agent.understanding.quotes import mask_quotes


def _articled(text: str) -> str:
    masked, quotes = mask_quotes(text)
    return with_articles(masked, basic_project(), quotes)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("get rid of iced coffee scene", [{"operation": "remove_scene", "sceneId": "scene_1"}]),
        (
            "set counter scene to 5 seconds",
            [{"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.0}],
        ),
        (
            "in splash scene put bottle on left side",
            [{"operation": "update_product", "sceneId": "scene_1", "position": "left"}],
        ),
        (
            "make bottle bigger on counter",
            [{"operation": "update_product", "sceneId": "scene_2", "scale": 0.63}],
        ),
        ("Use Lato as font", [{"operation": "update_brand", "font": "Lato"}]),
        ("turn music all way down", [{"operation": "update_audio", "volume": 0.0}]),
        ("kill music", [{"operation": "update_audio", "volume": 0.0}]),
        (
            "make order today text smaller",
            [{"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 58}],
        ),
        (
            "make arabica line red",
            [{"operation": "update_overlay", "sceneId": "scene_2", "color": "#FF0000"}],
        ),
        (
            "move cold brew text to top",
            [{"operation": "update_overlay", "sceneId": "scene_1", "position": "top"}],
        ),
        (
            "cut counter shot, and splash scene should come after cta",
            [
                {"operation": "remove_scene", "sceneId": "scene_2"},
                {"operation": "reorder_scenes", "order": ["scene_3", "scene_1"]},
            ],
        ),
    ],
)
def test_telegraphic_requests_read_as_full_ones(text: str, wanted: list[dict]) -> None:
    assert wires(text) == wanted
    full = wires(_articled(text))
    assert full == wanted


@pytest.mark.parametrize(
    ("text", "articled"),
    [
        ("cut splash scene", "cut the splash scene"),
        (
            "make iced coffee scene brighter and counter shot shorter",
            "make the iced coffee scene brighter and the counter shot shorter",
        ),
        ("make bottle bigger on counter", "make bottle bigger on the counter"),
        ("Use Lato as brand font", "Use Lato as the brand font"),
        ("in splash scene put bottle on left side", "in the splash scene put bottle on the left side"),
    ],
)
def test_the_article_goes_back_where_the_name_fits_one_scene(text: str, articled: str) -> None:
    assert _articled(text) == articled


@pytest.mark.parametrize(
    "text",
    [
        "hook text: Own morning",  # copy typed after "text:" is the marketer's words
        "make text in lilac",  # a colour, never a place a scene shows
        "make social proof scene longer",  # no scene shows or says it: left for the reading to ask
        "make the cta text bigger",  # already has its article
        "make text bigger at dusk",  # "at" names a time, never a place shown
    ],
)
def test_no_article_where_it_would_change_the_words_or_fits_no_one_scene(text: str) -> None:
    assert _articled(text) == text


def test_unquoted_copy_keeps_its_words_and_a_colour_is_no_place() -> None:
    assert wires("hook text: Own morning") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Own morning"}
    ]
    assert wires("make text in lilac") == [
        {"operation": "update_overlay", "sceneId": sid, "color": "#C8A2C8"}
        for sid in ("scene_1", "scene_2", "scene_3")
    ]


def test_a_quote_one_scene_says_names_that_scene_without_the() -> None:
    assert wires("can we cut 'Order today' scene?") == [{"operation": "remove_scene", "sceneId": "scene_3"}]


def test_a_quote_no_scene_says_is_new_words() -> None:
    # ("add" keeps the words there and puts the new ones under them, as "add a line" does)
    turn = parse_message("add 'Sale' text to cta", basic_project())
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Order today\nSale"}
    ]


def test_a_bare_logo_gets_the_answer_the_logo_gets() -> None:
    bare = parse_message("move logo to left side", basic_project())
    full = parse_message("move the logo to the left side", basic_project())
    assert not bare.operations and bare.unknown == full.unknown and bare.question == full.question
    assert "can't resize or move" in (bare.unknown or bare.question or "")
