"""Four defects found by using the chat as a new marketer would (2026-12-03), each a class:

- shortening the on-screen words ("the cta text is too long, shorten it") shortened the scene;
- adding a line under a text ("add a second line to the cta that says …") replaced the words
  there, and "a second line" was read as scene 2;
- a scene's place said plainly ("the opening shot should be at a beach instead") was not read;
- the transitions ("use a fade between scenes") got the generic help instead of the reason.

The phrasings here are other words for each class than the ones that found it.
"""

from __future__ import annotations

import pytest
from parse_helpers import wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message

# basic_project: hook "Wake up to cold brew" (4 s), showcase "Smooth. Bold. 100% arabica" (7 s),
# cta "Order today" (4 s).


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("the end card copy is way too wordy, trim it", "CTA"),
        ("can you tighten the opening line", "hook"),
        ("showcase words are too long, make them shorter", "showcase"),
        ("the cta headline a bit shorter please", "CTA"),
    ],
)
def test_shortening_the_words_asks_for_them_and_keeps_the_scene_length(text: str, role: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, (text, [op.to_wire() for op in turn.operations])
    assert turn.question is not None and "shorter words" in turn.question and role in turn.question
    # the one-word answer is a smaller size, never a shorter scene
    assert turn.pending is not None
    assert all(op["operation"] == "update_overlay" for o in turn.pending.options for op in o.operations)


@pytest.mark.parametrize(
    "text", ["shorten the showcase", "the hook drags, trim it", "cut the cta down to 3 seconds"]
)
def test_shortening_a_scene_still_shortens_the_scene(text: str) -> None:
    assert {op["operation"] for op in wires(text)} == {"update_scene"}


def test_a_voice_over_line_too_long_is_not_the_on_screen_words() -> None:
    turn = parse_message("the narration line in the showcase is too long, shorten it", basic_project())
    assert turn.question is None or "shorter words" not in turn.question


@pytest.mark.parametrize(
    ("text", "scene", "expected"),
    [
        (
            "add a second line to the hook that says 'Now in cans'",
            "scene_1",
            "Wake up to cold brew\nNow in cans",
        ),
        ("below the showcase text put 'Zero sugar'", "scene_2", "Smooth. Bold. 100% arabica\nZero sugar"),
        ("give the cta a subtitle: 'Free delivery'", "scene_3", "Order today\nFree delivery"),
        ("add 'While stocks last' underneath the cta line", "scene_3", "Order today\nWhile stocks last"),
    ],
)
def test_an_added_line_goes_under_the_words_there(text: str, scene: str, expected: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": expected}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the cta should read 'Order now'", "Order now"),
        ("change the cta to 'Get yours'", "Get yours"),
    ],
)
def test_new_words_without_an_added_line_replace_the_words(text: str, expected: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_3", "text": expected}]


def test_a_second_scene_to_add_is_not_scene_two() -> None:
    ops = wires("add a second testimonial scene after the showcase")
    assert [op["operation"] for op in ops] == ["add_scene"]


@pytest.mark.parametrize(
    ("text", "scene", "place"),
    [
        ("the last scene should be in a busy train station instead", "scene_3", "a busy train station"),
        ("put the showcase on a snowy mountain top", "scene_2", "a snowy mountain top"),
        ("scene 1 should happen in an office kitchen", "scene_1", "an office kitchen"),
    ],
)
def test_a_scene_set_somewhere_gets_that_background(text: str, scene: str, place: str) -> None:
    assert wires(text) == [{"operation": "update_scene", "sceneId": scene, "backgroundPrompt": place}]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("the cta should be at the bottom", "position"),
        ("the hook should be in white", "color"),
    ],
)
def test_a_place_on_screen_or_a_colour_is_not_a_background(text: str, field: str) -> None:
    (op,) = wires(text)
    assert op["operation"] == "update_overlay" and field in op


def test_feeling_more_like_a_place_adds_it_to_that_scene() -> None:
    (op,) = wires("make the showcase feel a bit more like a sunday brunch")
    assert op["operation"] == "update_scene" and op["sceneId"] == "scene_2"
    assert "sunday brunch" in op["backgroundPrompt"] and op["backgroundPrompt"].startswith(
        basic_project().scenes[1].background_prompt
    )


@pytest.mark.parametrize(
    "text",
    [
        "can the transitions be smoother",
        "I'd like dissolves between the shots",
        "no whip transitions please",
    ],
)
def test_transitions_get_the_reason_and_how_to_change_them(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown is not None
    assert "follow the ad's mood" in turn.unknown and "make the mood" in turn.unknown


def test_a_fading_text_or_music_is_not_about_transitions() -> None:
    turn = parse_message("make the music fade out at the end", basic_project())
    assert turn.unknown is None or "transitions" not in turn.unknown


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("could you write us a catchier hook", "hook"),
        ("the end card needs to be more persuasive", "CTA"),
        ("turn the opening line into a question", "hook"),
        ("give me some cta ideas", "CTA"),
    ],
)
def test_asking_for_better_words_asks_for_them_or_offers_a_line(text: str, role: str) -> None:
    """New words of a kind: the marketer's to give, or ours to propose on "something different";
    never a new background or look."""
    turn = parse_message(text, basic_project())
    assert not turn.operations, (text, [op.to_wire() for op in turn.operations])
    assert turn.question is not None and f"the {role} text say instead" in turn.question


def test_words_given_with_a_kind_are_applied() -> None:
    assert wires("make the cta say 'Last call' as a question") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Last call"}
    ]
