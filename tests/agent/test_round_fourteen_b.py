"""Round fourteen (b) of issue 15: the general classes behind dev12's wrong edits and misreadings.

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message

# basic_project: hook 64 (top), showcase 56 (bottom), cta 72 (center, #F2A541); music volume 0.8.


# --- "the hook voice-over should say: A, B": the voice's line, commas and all ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the cta voiceover should read: Order now, sip tonight.",
            {"operation": "update_voiceover", "sceneId": "scene_3", "text": "Order now, sip tonight"},
        ),
        (
            "Showcase narration should say: Smooth, bold, yours",
            {"operation": "update_voiceover", "sceneId": "scene_2", "text": "Smooth, bold, yours"},
        ),
        (
            "make the hook voice line 'Morning, sorted'",
            {"operation": "update_voiceover", "sceneId": "scene_1", "text": "Morning, sorted"},
        ),
        (
            "the showcase voiceover 'Cold, clean, bright'",
            {"operation": "update_voiceover", "sceneId": "scene_2", "text": "Cold, clean, bright"},
        ),
    ],
)
def test_the_voice_line_is_the_voice_over(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


# --- "size 58 please, it's crowding the top edge": where it sits now is the reason, not a move ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cta text size 60 please, it's too close to the bottom", {"sceneId": "scene_3", "fontSize": 60}),
        ("the showcase caption 50px, it's touching the edges", {"sceneId": "scene_2", "fontSize": 50}),
        (
            "hook font size 48 pls since it's hitting the top of the frame",
            {"sceneId": "scene_1", "fontSize": 48},
        ),
    ],
)
def test_a_place_after_a_size_is_its_reason(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [{"operation": "update_overlay", **expected}]


# --- "cta red to white": the colour after "to" is the new one ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hook text from black to yellow", {"sceneId": "scene_1", "color": "#FFFF00"}),
        ("change the showcase caption from white to navy", {"sceneId": "scene_2", "color": "#000080"}),
        ("the cta orange → blue please", {"sceneId": "scene_3", "color": "#0000FF"}),
    ],
)
def test_a_colour_change_takes_the_new_colour(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [{"operation": "update_overlay", **expected}]


# --- "music way to loud": "to" after a degree word is "too"; "can't hear myself" is too loud ------


@pytest.mark.parametrize(
    "text",
    [
        "the track's so to loud",
        "music is way to loud, can't hear the voiceover",
        "sound is far too loud, I can't hear myself think",
    ],
)
def test_too_loud_said_loosely_is_quieter(text: str) -> None:
    (op,) = wires(text)
    assert op["operation"] == "update_audio" and op["volume"] < 0.8, (text, op)


def test_cannot_hear_the_music_is_still_louder() -> None:
    (op,) = wires("i can barely hear the music")
    assert op["volume"] > 0.8


# --- "bit lower" with no "a": a small step, like "a bit lower" -----------------------------------


@pytest.mark.parametrize(
    ("first", "then", "volume"),
    [
        ("music down to 50%", "bit lower", 0.4),
        ("volume to 60%", "tad quieter", 0.5),
        ("music at 30%", "lil bit louder", 0.4),
    ],
)
def test_a_bare_bit_is_a_small_step(first: str, then: str, volume: float) -> None:
    project, state = after(first, basic_project())
    assert wires(then, project, state) == [{"operation": "update_audio", "volume": volume}]


# --- "the orange on the end card clashes": that text's colour is asked, and "white" answers it ----


@pytest.mark.parametrize(
    ("first", "reply", "expected"),
    [
        (
            "the orange on the last card clashes with our logo",
            "go with navy",
            {"sceneId": "scene_3", "color": "#000080"},
        ),
        (
            "hmm, the white in the opening scene doesn't go with the footage",
            "let's try yellow",
            {"sceneId": "scene_1", "color": "#FFFF00"},
        ),
        (
            "client says the cta's orange clashes with the bottle",
            "teal maybe",
            {"sceneId": "scene_3", "color": "#008080"},
        ),
    ],
)
def test_a_clashing_text_colour_is_asked_and_answered(
    first: str, reply: str, expected: dict[str, Any]
) -> None:
    project = basic_project()
    asked = parse_message(first, project)
    assert not asked.operations and (asked.question or "").startswith("Which colour should the"), asked
    state = ConversationState(project_id=project.project_id, pending=asked.pending, last_request=first)
    assert wires(reply, project, state) == [{"operation": "update_overlay", **expected}]
