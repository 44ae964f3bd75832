"""Round twenty-three b (dev16's first run, 2026-12-04): two classes of how people outside the trade
write.

1. An older owner's plain words: "the writing" is a scene's text, "the last picture" or "slide 4"
   a scene, "the film" the ad, "the tune" the music, "the talking (lady)" the voice-over, also in
   capitals and with their commonest slips ("writting", "pictuer", "slied", "voise", "frist",
   "lsat", "stil to smal"); a sentence about the writer ("I'm new to all this, bear with me.") asks
   nothing. Read as typed, "could the talking be a bit slower" set the whole ad's length.
2. Feedback relayed in the third person: "my boss says the hook drags", "Priya on the brand team
   says our tagline is now …", "client wants: …", "bigger still, she says": the person and their
   verb frame the request. "… should be white, she can't read them against the pink" asks for the
   colour only (it had grown the text as well).

Every test below is in other words than dev16's, and checks the whole resulting document."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, only
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.plain_words import plain_words

# basic_project: 15 s; hook 4 s (white text, 64, top), showcase 7 s (white, 56, bottom), cta 4 s
# (#F2A541, 72, center); music upbeat at 0.8; voice off.

VOICED = {
    "voice__enabled": True,
    "scene_1__voiceover": {"text": "Ready?"},
    "scene_2__voiceover": {"text": "Smooth."},
    "scene_3__voiceover": {"text": "Order today."},
}


def answer(text: str) -> str:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer, (text, turn)
    return str(turn.answer)


# --- 1. an owner's plain words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the last writing say 'Open daily'", {"scene_3__overlay__text": "Open daily"}),
        (
            "PLEASE CHANGE THE FIRST WRITING TO 'Hello neighbours'",
            {"scene_1__overlay__text": "Hello neighbours"},
        ),
        ("the writting on the second picture should be white", {"scene_2__overlay__color": "#FFFFFF"}),
        ("put the writing on the frist picture at the bottom", {"scene_1__overlay__position": "bottom"}),
        ("THE FIRST WRITING A BIT BIGGER PLEASE", {"scene_1__overlay__fontSize": 74}),
        ("the writting at the start is to smal", {"scene_1__overlay__fontSize": 80}),
        ("the writing at the end, could it be white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("the line about cold brew should go to the bottom", {"scene_1__overlay__position": "bottom"}),
    ],
)
def test_the_writing_is_a_scenes_text(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the lsat pictuer longer", {"scene_3__durationSec": 5.0, "durationSec": 16.0}),
        ("MAKE THE LAST PICTURE A BIT SHORTER", {"scene_3__durationSec": 3.4, "durationSec": 14.4}),
        ("picture 1 a bit shorter", {"scene_1__durationSec": 3.4, "durationSec": 14.4}),
        ("slied 3 txt white plz", {"scene_3__overlay__color": "#FFFFFF"}),
        ("slide 2 txt white", {"scene_2__overlay__color": "#FFFFFF"}),
    ],
)
def test_a_picture_or_a_slide_is_a_scene(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("the tune is too loud", 0.6),
        ("could the tune be a bit louder", 0.9),
        ("my husband says you can hardly hear the tune", 1.0),
    ],
)
def test_the_tune_is_the_music(text: str, volume: float) -> None:
    only(text, audio__volume=volume)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("could the talking be a bit slower", 0.93),
        ("the talking lady is too fast", 0.85),
        ("the narrator gabbles", 0.85),
        ("the voice rattles on, my gran couldn't follow it", 0.85),
        ("the voice is too fast, my gran couldn't keep up", 0.85),
        ("could the voice be a bit slower, my regulars are mostly elderly", 0.93),
    ],
)
def test_the_talking_is_the_voice_and_slower_is_its_pace_never_the_ads_length(text: str, rate: float) -> None:
    only(text, basic_with(**VOICED), voice__rate=rate)


def test_turn_of_the_voise_turns_the_voice_off() -> None:
    only("turn of the voise pls", basic_with(**VOICED), voice__enabled=False)


@pytest.mark.parametrize(
    "text",
    [
        "how long is the whole film?",
        "how long the whole film is",
        "My daughter rang and asked me how long the film is",
    ],
)
def test_the_film_is_the_ad(text: str) -> None:
    assert "15 s" in answer(text)


@pytest.mark.parametrize(
    "text",
    [
        "which screen shapes is this being made for?",
        "which sizes is this being made for?",
        "what shapes of screen will it be on?",
    ],
)
def test_screen_shapes_are_the_formats(text: str) -> None:
    assert "9:16" in answer(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry to trouble you, but could you tell me what the last writing says? My reading glasses are at home.",
        "Sorry to bother you again. What does the writing on the last picture say?",
        "what does the last writing say at the moment?",
    ],
)
def test_what_the_writing_says_is_answered(text: str) -> None:
    assert "Order today" in answer(text)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "I'm new to all this, so bear with me. Could the tune be a little quieter?",
            {"audio__volume": 0.7},
        ),
        (
            "Could the first writing be bigger? My eyes aren't what they were.",
            {"scene_1__overlay__fontSize": 80},
        ),
        (
            "I'm a retired nurse and this shop is my little dream come true, so forgive me if I use the wrong "
            "words. Could the very last writing say 'Open Sundays'?",
            {"scene_3__overlay__text": "Open Sundays"},
        ),
    ],
)
def test_a_sentence_about_the_writer_asks_nothing(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_the_same_again_on_the_last_picture_takes_the_same_step() -> None:
    # (the "2nd" of the first request is where, no value: the same step, never the hook's new 64)
    project, state = after(
        "the writing on the 2nd picture, could it be a little larger please", basic_project()
    )
    only("and the same again on the last picture", project, state, scene_3__overlay__fontSize=82)


@pytest.mark.parametrize("text", ["stil to smal", "still to small", "still too small"])
def test_still_too_small_after_a_bigger_text_grows_it_again(text: str) -> None:
    project, state = after("the begining writting is to smal for my eyes", basic_project())
    only(text, project, state, scene_1__overlay__fontSize=100)


@pytest.mark.parametrize(
    ("text", "same"),
    [
        ("make the background a picture of a beach", True),
        ("add a film grain look", True),
        ("the middle of the picture", True),
        ("tune it down a bit", True),
        ("put it in writing", True),
        ("the last picture", False),
        ("the green writing", False),
    ],
)
def test_plain_words_only_where_they_name_that_part(text: str, same: bool) -> None:
    assert (plain_words(text) == text) is same, plain_words(text)


# --- 2. feedback relayed in the third person --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("my boss says the cta drags", {"scene_3__durationSec": 3.2, "durationSec": 14.2}),
        ("client says the hook is too slow", {"scene_1__durationSec": 3.2, "durationSec": 14.2}),
        ("our client says the music is too loud", {"audio__volume": 0.6}),
        ("my wife thinks the hook text should be pink", {"scene_1__overlay__color": "#FFC0CB"}),
        (
            "Tom from the design team says the showcase text should be white",
            {"scene_2__overlay__color": "#FFFFFF"},
        ),
        ("the sister-in-law says the showcase text is too small", {"scene_2__overlay__fontSize": 70}),
        (
            "my boss sez the hook is too slwo, cut it to 3 secs",
            {"scene_1__durationSec": 3.0, "durationSec": 14.0},
        ),
    ],
)
def test_someone_elses_feedback_is_read_as_the_request(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    [
        "my boss says the end words should be white, he can't read them against the orange",
        "my manager says the cta text should be white, she can't read it against the orange",
        "the end words should be white, they can't read them against the orange",
    ],
)
def test_a_colour_with_why_it_is_unreadable_changes_the_colour_only(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    "text",
    [
        "Sam on the marketing team says our slogan is now 'Brewed bold' can you put that in",
        "our tagline is now 'Brewed bold', could you pop that in please",
        "my boss says the tagline is now 'Brewed bold'",
    ],
)
def test_a_relayed_new_tagline_is_the_brands(text: str) -> None:
    only(text, brand__tagline="Brewed bold")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "client wants: cta text in white and the music a bit lower",
            {"scene_3__overlay__color": "#FFFFFF", "audio__volume": 0.7},
        ),
        (
            "my business partner thinks the music is too loud and the hook drags",
            {"audio__volume": 0.6, "scene_1__durationSec": 3.2, "durationSec": 14.2},
        ),
        ("the client wants the hook to say 'Fresh daily'", {"scene_1__overlay__text": "Fresh daily"}),
    ],
)
def test_what_the_client_wants_is_each_request(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text", ["bigger still, she says", "even bigger, he says", "bigger again, says my boss"]
)
def test_she_says_after_a_follow_up_is_no_part_of_it(text: str) -> None:
    project, state = after("the showcase text is too small", basic_project())
    turn = parse_message(text, project, state=state)
    assert [op.to_wire() for op in turn.operations] and all(
        op.to_wire()["operation"] == "update_overlay" and op.to_wire()["sceneId"] == "scene_2"
        for op in turn.operations
    ), turn


@pytest.mark.parametrize(
    "text",
    [
        "make a copy where the last writing says 'Light one tonight', so I can show both to my regulars",
        "make the hook pink, so we can compare the two",
    ],
)
def test_what_the_writer_will_do_with_it_is_no_request(text: str) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    flat = ops[0].get("operations", ops) if ops else []
    assert not any("backgroundPrompt" in op for op in flat), ops


@pytest.mark.parametrize(
    ("first", "hook"),
    [
        ("make scene 2 5 seconds", 5.0),
        ("make the showcase scene 6 seconds", 6.0),
        ("scene 2 6 secs please", 6.0),
    ],
)
def test_the_same_after_a_scene_number_and_a_length_takes_the_length(first: str, hook: float) -> None:
    # (a scene's number is where; "5 seconds" after it is still the value to copy)
    project, state = after(first, basic_project())
    turn = parse_message("and the hook too", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": hook}
    ]


@pytest.mark.parametrize(
    ("first", "cta"),
    [
        ("the hook drags, make it 3 seconds", 3.0),
        ("slide 1 drags, make it 3 seconds", 3.0),
        ("the hook is too long, cut it to 2.5 secs", 2.5),
    ],
)
def test_the_same_after_a_complaint_and_its_value_takes_the_value(first: str, cta: float) -> None:
    project, state = after(first, basic_project())
    turn = parse_message("the cta as well", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": cta}
    ]


def test_the_same_after_a_scene_number_and_a_length_in_words_takes_the_length() -> None:
    project, state = after("make scene 2 four seconds", basic_project())
    turn = parse_message("scene 3 as well", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 4.0}
    ]
