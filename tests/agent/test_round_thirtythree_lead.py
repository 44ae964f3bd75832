"""Round thirty-three (lead): two wrong edits the helpers of round thirty-two reported, in my own words.

1. A scene change described as abrupt ("the cut into the cta is jarring", "the transition at the end
   card is too sudden"): the cut removed the scene and "abrupt" made it longer; now the reason
   transitions follow the mood, and nothing changes.
2. A text named by its kind coloured ("put the hours in red", "make the price navy", "the price
   colour should be #E63946"): the whole ad's palette changed; now the one text that shows it, and
   a question when none or several do.
"""

from __future__ import annotations

import pytest
from parse_helpers import asks, basic_with, only, unchanged, wires

# --- 1. a scene change described as abrupt --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the cut into the cta is jarring",
        "the transition at the end card feels too sudden",
        "the cut between the hook and the showcase is a bit abrupt",
        "there's a harsh cut before the cta",
        "the scene changes are choppy",
    ],
)
def test_a_scene_change_called_abrupt_changes_nothing_and_says_why(text: str) -> None:
    reply = unchanged(text)
    assert "transitions" in reply and "mood" in reply, reply


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("cut the cta", [{"operation": "remove_scene", "sceneId": "scene_3"}]),
        (
            "the cta is too short, make it longer",
            [{"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0}],
        ),
    ],
)
def test_the_verb_and_a_length_complaint_are_read_as_before(text: str, wire: list) -> None:
    assert wires(text) == wire


# --- 2. a text named by its kind coloured ----------------------------------------------------------


def _shop() -> object:
    return basic_with(
        scene_2__overlay__text="Open 7am-3pm daily", scene_3__overlay__text="Only $4.99 · Order today"
    )


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("put the hours in red", {"scene_2__overlay__color": "#FF0000"}),
        ("opening hours text in yellow please", {"scene_2__overlay__color": "#FFFF00"}),
        ("make the price navy", {"scene_3__overlay__color": "#000080"}),
        ("the price colour should be #E63946", {"scene_3__overlay__color": "#E63946"}),
        ("change the hours to white", {"scene_2__overlay__color": "#FFFFFF"}),
    ],
)
def test_a_kind_of_text_coloured_is_that_text(text: str, changes: dict) -> None:
    only(text, _shop(), **changes)


@pytest.mark.parametrize("text", ["put the hours in red", "make the hours text orange"])
def test_hours_on_two_cards_are_asked_about(text: str) -> None:
    two = basic_with(scene_2__overlay__text="Mon-Fri 7am-3pm", scene_3__overlay__text="Sat-Sun 9am-1pm")
    question = asks(text, two)
    assert "scene 2" in question and "scene 3" in question, question


@pytest.mark.parametrize("text", ["make the price red", "the price in navy please"])
def test_a_kind_no_text_shows_is_asked_about_never_the_palette(text: str) -> None:
    assert "No scene's text shows a price" in asks(text)


def test_a_new_price_is_still_a_new_value_not_a_colour() -> None:
    only("change the price to $5", _shop(), scene_3__overlay__text="Only $5 · Order today")


# --- 3. a pace complaint about the voice said again in a clause of its own --------------------------


def _voiced() -> object:
    return basic_with(voice__enabled=True, scenes__voiceover={"text": "Cold brew, done right."})


@pytest.mark.parametrize(
    ("text", "faster"),
    [
        ("the narrator rushes, way too fast", False),
        ("the narrator rushes and is way too fast", False),
        ("voice is rushing, too quick", False),
        ("the voice-over drags, too slow", True),
        ("the voice drags. it's too slow", True),
    ],
)
def test_a_restated_pace_complaint_turns_the_voice_once_never_the_ads_length(text: str, faster: bool) -> None:
    ops = wires(text, _voiced())
    assert [op["operation"] for op in ops] == ["update_voice"], ops
    assert (ops[0]["rate"] > 1.0) is faster, ops


def test_the_ads_own_pace_is_still_the_ads() -> None:
    ops = wires("the voice is fine. the ad is too slow", _voiced())
    assert [op["operation"] for op in ops] == ["set_duration"], ops


# --- 4. a bar or a box behind the words ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "add a black bar behind the hook text",
        "put the hook text on a black band",
        "white text on a black bar in the hook",
        "can the cta have a white box behind the text",
        "hook text in white on a dark box",
    ],
)
def test_a_band_behind_the_words_is_explained_and_changes_nothing(text: str) -> None:
    reply = unchanged(text)
    assert "behind the words" in reply and "band" in reply, reply


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        (
            "show the cake on a box in the hook",
            [{"operation": "update_scene", "sceneId": "scene_1", "backgroundPrompt": "the cake on a box"}],
        ),
        (
            "the cta should say 'Visit our bar'",
            [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Visit our bar"}],
        ),
    ],
)
def test_a_bar_or_a_box_that_is_no_band_behind_the_words_is_read_as_before(text: str, wire: list) -> None:
    assert wires(text) == wire
