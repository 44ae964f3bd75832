"""Round twenty-eight c (2026-12-05): dev20's typo and intensity categories, as classes: voice
dictation, learners' English and the smallest amounts.

1. A quote spoken aloud ("quote Fresh every morning end quote", "open quote … close quote", "…
   unquote") is the quoted words (the words "quote … end quote" were put on screen).
2. Punctuation spoken aloud in a message with none of its own ("… bigger comma and make it white
   period") parts the requests (a size went to every scene); "the trial period", "add a comma" stay.
3. The letters of CTA as dictation hears them ("see tee ay", "sea tea a", "c t a") name the CTA.
4. A word heard as two ("show case") and a number heard as its homophone before seconds ("down to
   too seconds", "last for seconds", "be to seconds"): "cut the first scene down to too seconds"
   removed the scene.
5. Learners' "the musics is too much strong": the music too loud (it set the ad's length).
6. The smallest amounts: "just barely quieter", "ever so slightly louder", "the tiniest bit
   quieter" are the small step ("barely" took the normal one; "the tiniest bit" was a scene).
7. "one more tiny bit", "one more wee touch": the last small step again (the help text).
8. The voice's pace with a reason or "make it …" after a comma ("the voice can go way faster, it's
   sleepy", "the narrator talks too slow, make it faster"): the voice's rate (it set the ad's length).
9. Learners' places: "the text of the end" is the last scene's text; "in down" / "in up" the bottom
   and the top; "the text of the sunny counter, put it …" the scene that shows it.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, content, only
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.dictation import undictated

# basic_project: 15 s; hook 4 s (64, white, top, "splash of iced coffee"), showcase 7 s (56, white,
# bottom, "cold brew bottle on a sunny counter"), cta 4 s (72, #F2A541, center); music 0.8;
# voice off at rate 1.0.

# --- 1. a quote spoken aloud --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the hook should say quote Fresh every morning end quote",
            {"scene_1__overlay__text": "Fresh every morning"},
        ),
        (
            "change the cta words to open quote Grab a bottle close quote",
            {"scene_3__overlay__text": "Grab a bottle"},
        ),
        ("make the showcase read quote Brewed slow unquote", {"scene_2__overlay__text": "Brewed slow"}),
    ],
)
def test_a_spoken_quote_is_the_quoted_words(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


# --- 2. spoken punctuation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "cta text smaller comma and make it white period",
            {"scene_3__overlay__fontSize": 58, "scene_3__overlay__color": "#FFFFFF"},
        ),
        (
            "hook text a bit bigger comma then make it yellow period",
            {"scene_1__overlay__fontSize": 74, "scene_1__overlay__color": "#FFFF00"},
        ),
        (
            "the showcase words in red comma and a little bigger period",
            {"scene_2__overlay__color": "#FF0000", "scene_2__overlay__fontSize": 64},
        ),
    ],
)
def test_spoken_punctuation_parts_the_requests(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    [
        "our free trial period",
        "add a comma after now",
        "I see tea a lot in our ads",
        "the tea is great",
        "the launch period is over, question mark",
        "show case studies in the brief",
        "make every scene warmer but don't touch the cta",
        "the cta text in white",
    ],
)
def test_words_that_are_no_dictation_stay(text: str) -> None:
    assert undictated(text) == text


# --- 3. the letters of CTA ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the see tee ay text black", {"scene_3__overlay__color": "#000000"}),
        ("sea tea a words white please", {"scene_3__overlay__color": "#FFFFFF"}),
        ("put the c t a text at the top", {"scene_3__overlay__position": "top"}),
    ],
)
def test_the_letters_of_cta_name_the_cta(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


# --- 4. a word heard as two, a number heard as its homophone ----------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the show case text in yellow", {"scene_2__overlay__color": "#FFFF00"}),
        ("on the show case scene make the words white and smaller", None),
        ("move the show case words to the top", {"scene_2__overlay__position": "top"}),
    ],
)
def test_show_case_is_the_showcase(text: str, changes: dict[str, Any] | None) -> None:
    if changes is None:
        plain = text.replace("show case", "showcase")
        start = basic_project()
        turn, plain_turn = parse_message(text, start), parse_message(plain, start)
        assert turn.operations and not turn.question and not turn.unknown
        assert [o.to_wire() for o in turn.operations] == [o.to_wire() for o in plain_turn.operations]
        assert all(o.to_wire().get("sceneId") == "scene_2" for o in turn.operations)
        return
    only(text, **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("trim the hook down to too seconds", {"scene_1__durationSec": 2.0, "durationSec": 13.0}),
        ("make the showcase last for seconds", {"scene_2__durationSec": 4.0, "durationSec": 12.0}),
        ("the showcase should be to seconds", {"scene_2__durationSec": 2.0, "durationSec": 10.0}),
        ("cut the first scene down to too seconds", {"scene_1__durationSec": 2.0, "durationSec": 13.0}),
    ],
)
def test_a_number_heard_as_its_homophone_is_the_length(text: str, changes: dict[str, Any]) -> None:
    turn = parse_message(text, basic_project())
    assert all(o.to_wire()["operation"] != "remove_scene" for o in turn.operations), text
    only(text, **changes)


# --- 5. learners' "too much strong" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("the musics is too much strong", 0.6),
        ("the beat is too strong", 0.6),
        ("music way too strong, make it more low", 0.4),
    ],
)
def test_music_too_strong_is_too_loud(text: str, volume: float) -> None:
    only(text, audio__volume=volume)


# --- 6. the smallest amounts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("music just barely quieter", 0.7),
        ("music ever so slightly louder", 0.9),
        ("music the tiniest bit quieter", 0.7),
        ("the music barely louder please", 0.9),
    ],
)
def test_the_smallest_amounts_are_a_small_step(text: str, volume: float) -> None:
    only(text, audio__volume=volume)


# --- 7. one more tiny bit -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        ("hook text a tiny bit bigger", "one more tiny bit", {"scene_1__overlay__fontSize": 86}),
        ("music a touch quieter", "one more wee touch", {"audio__volume": 0.6}),
        ("cta text a little smaller", "one more teeny bit", {"scene_3__overlay__fontSize": 55}),
    ],
)
def test_one_more_tiny_bit_repeats_the_small_step(first: str, second: str, changes: dict[str, Any]) -> None:
    project, state = after(first, basic_project())
    changed = only(second, project, state, **{k: v for k, v in changes.items()})
    assert content(changed) != content(project)


# --- 8. the voice's pace with a reason or "make it" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("the voice can go way faster, it's sleepy", 1.4),
        ("the narrator talks too slow, make it faster", 1.15),
        ("the voiceover is too quick, make it slower pls", 0.85),
        ("voice a bit quicker, it drags", 1.07),
        ("the voice is speaking too much fast, make it more slow please", 0.85),
    ],
)
def test_the_voice_pace_with_a_reason_is_the_voice_rate(text: str, rate: float) -> None:
    voiced = basic_with(
        voice__enabled=True,
        scene_1__voiceover={"text": "Mornings are hard.", "enabled": True},
        scene_3__voiceover={"text": "Order your first bag today", "enabled": True},
    )
    only(text, voiced, voice__rate=rate)


# --- 9. learners' places ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make more big the text of the end", {"scene_3__overlay__fontSize": 90}),
        ("the words of the end in white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("I want the words of the end more little", {"scene_3__overlay__fontSize": 58}),
        ("the cta text in down please", {"scene_3__overlay__position": "bottom"}),
        ("put the showcase words in up", {"scene_2__overlay__position": "top"}),
        ("hook text in down", {"scene_1__overlay__position": "bottom"}),
        ("the text of the sunny counter, put it in up", {"scene_2__overlay__position": "top"}),
        ("the words of the iced coffee, make them yellow", {"scene_1__overlay__color": "#FFFF00"}),
        ("the copy of the bottle, make it bigger", {"scene_2__overlay__fontSize": 70}),
    ],
)
def test_learners_places(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)
