"""Round twenty (the lead's ninth sitting, 2026-12-04, written before running): lengths by a
percentage, well-known brands' looks, and what cannot be placed in a picture."""

from __future__ import annotations

import pytest
from parse_helpers import wires

# basic_project: 15 s; hook 4 s, showcase 7 s, cta 4 s.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("speed up the whole thing by 20%", {"operation": "set_duration", "durationSec": 12.0}),
        ("speed it up by 10 percent", {"operation": "set_duration", "durationSec": 13.5}),
        ("make the hook 50% longer", {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 6.0}),
        (
            "the showcase should be 20% shorter",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.6},
        ),
    ],
)
def test_a_length_changed_by_a_percentage(text: str, expected: dict) -> None:
    assert wires(text) == [expected]


def test_a_size_by_a_percentage_is_still_the_size() -> None:
    (first, *_) = wires("make the text 20% bigger")
    assert first == {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 77}


@pytest.mark.parametrize(
    ("text", "look"),
    [
        ("give it more of a nike feel", "bold"),
        ("make it more like those apple ads", "minimal"),
        ("an aesop-type look please", "luxury"),
        ("like a coca cola ad", "playful"),
        ("can we go for a red bull kind of thing", "dynamic"),
    ],
)
def test_a_well_known_brand_is_the_look_its_ads_are_known_for(text: str, look: str) -> None:
    assert wires(text) == [{"operation": "update_style", "visualStyle": look}]


def test_a_brand_name_is_never_corrected_as_a_typo() -> None:
    (op,) = wires("make the hook more glossier-ish")
    assert "fresh" in op["backgroundPrompt"] and "luxurious" not in op["backgroundPrompt"], op


def test_a_brand_word_in_other_words_is_no_look() -> None:
    from phrase_suite import basic_project

    from adgen.agent.understanding import parse_message

    turn = parse_message("I like apples in the hook", basic_project())
    assert not any(op.to_wire().get("visualStyle") for op in turn.operations), turn


def test_something_inside_the_picture_cannot_be_moved_and_is_said() -> None:
    from phrase_suite import basic_project

    from adgen.agent.understanding import parse_message

    turn = parse_message("can the runner be on the right side", basic_project())
    assert not turn.operations and turn.unknown and "inside a scene's picture" in turn.unknown, turn


def test_a_track_in_the_picture_is_no_music() -> None:
    assert wires("the hook should show a runner on a track") == [
        {"operation": "update_scene", "sceneId": "scene_1", "backgroundPrompt": "a runner on a track"}
    ]
    assert wires("make the track louder") == [{"operation": "update_audio", "volume": 1.0}]


@pytest.mark.parametrize(
    ("text", "scene"),
    [("the cta text should be the hero", "scene_3"), ("the hook text should be the star", "scene_1")],
)
def test_text_that_should_be_the_hero_grows_and_keeps_its_words(text: str, scene: str) -> None:
    (op,) = wires(text)
    assert op["sceneId"] == scene and "text" not in op and op["fontSize"] > 64, op
