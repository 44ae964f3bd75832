"""Round fourteen (b) of issue 15: the general classes behind dev12's wrong edits and misreadings.

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires, with_version_b
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


# --- "pls all the text white": "all" after "pls" is the request's, not people greeted -------------


def test_all_after_please_is_the_requests() -> None:
    assert wires("pls all the text in yellow") == [
        {"operation": "update_overlay", "sceneId": s, "color": "#FFFF00"}
        for s in ("scene_1", "scene_2", "scene_3")
    ]


# --- "the B version's opening line at 70": an edit of B, which exists (never a new variant) ------


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("the B variant's cta in white", {"sceneId": "scene_3", "color": "#FFFFFF"}),
        ("version B's showcase text at the top please", {"sceneId": "scene_2", "position": "top"}),
        ("boss wants the B version's hook at size 80", {"sceneId": "scene_1", "fontSize": 80}),
    ],
)
def test_a_named_versions_possessive_edits_it(text: str, change: dict[str, Any]) -> None:
    original = basic_project()
    _, family = with_version_b(original)
    turn = parse_message(text, original, family=lambda: family)
    assert turn.switch_to == "p_sample1_b", (text, turn)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "update_overlay", **change}]


# --- "the hook in the middle + font size 70": the field said next is the same scene's text ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "cta on top + text size 50, whole ad 20s",
            [
                {"operation": "update_overlay", "sceneId": "scene_3", "position": "top"},
                {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 50},
                {"operation": "set_duration", "durationSec": 20.0},
            ],
        ),
        (
            "make the hook white and font size 70",
            [
                {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFFFF"},
                {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 70},
            ],
        ),
        (
            "move the showcase caption to the middle, text colour black",
            [
                {"operation": "update_overlay", "sceneId": "scene_2", "position": "center"},
                {"operation": "update_overlay", "sceneId": "scene_2", "color": "#000000"},
            ],
        ),
    ],
)
def test_a_bare_text_field_after_one_scene_is_that_scenes(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


def test_a_bare_text_field_for_all_is_every_scenes() -> None:
    ops = wires("hook in white, font size 80 for all")
    assert [op["sceneId"] for op in ops if "fontSize" in op] == ["scene_1", "scene_2", "scene_3"]


# --- "everything flies by too fast, can't even read the captions": more time, not bigger words ----


@pytest.mark.parametrize(
    ("text", "operation", "scene"),
    [
        ("it all goes by too fast, can't read the text", "set_duration", None),
        ("the cta flies past, nobody can read it", "update_scene", "scene_3"),
        ("the showcase is way too quick, you can't take in the words", "update_scene", "scene_2"),
    ],
)
def test_cannot_read_after_too_fast_is_its_consequence(text: str, operation: str, scene: str | None) -> None:
    (op,) = wires(text)
    assert op["operation"] == operation and op.get("sceneId") == scene, (text, op)
    assert op["durationSec"] > (15.0 if scene is None else basic_project().scene(scene).duration_sec)


# --- "the featherlite txt", "the ride free text": a scene named loosely by its own words ----------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the wake cold brew text in red", "scene_1"),  # words left out between
        ("move the arabca text to the top", "scene_2"),  # a word mistyped
        ("the odrer today caption bigger", "scene_3"),
    ],
)
def test_a_scene_named_loosely_by_its_words(text: str, scene: str) -> None:
    ops = wires(text)
    assert [op["sceneId"] for op in ops] == [scene], (text, ops)


def test_loose_words_that_fit_no_scene_name_none() -> None:
    turn = parse_message("move the spring sale words to the top", basic_project())
    assert not turn.operations and turn.question


# --- "the runners scene", "the studios bit": the scene that holds the word most, as typed -------


def _with_pictures() -> Any:
    project = basic_project()
    prompts = {
        "scene_1": "a bean grinder by arabica plants",
        "scene_2": "arabica beans in a sack",
        "scene_3": "plain studio",
    }
    for s in project.scenes:
        s.background_prompt = prompts[s.id]
    return project


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scene 2 says and shows arabica, scene 1 only shows it
        ("remove the arabica scene", {"operation": "remove_scene", "sceneId": "scene_2"}),
        # scene 2 shows "beans" as typed, scene 1 only a bean
        (
            "the beans bit a second longer",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 8.0},
        ),
        (
            "the arabica scene words in white",
            {"operation": "update_overlay", "sceneId": "scene_2", "color": "#FFFFFF"},
        ),
    ],
)
def test_the_scene_holding_the_word_most_is_the_one_meant(text: str, expected: dict[str, Any]) -> None:
    assert wires(text, _with_pictures()) == [expected]


def test_a_word_two_scenes_hold_alike_is_asked() -> None:
    turn = parse_message("the bean scene is too long", _with_pictures())
    assert not turn.operations and "scene 1" in (turn.question or "") and "scene 2" in (turn.question or "")


# --- "five scenes in 30 seconds feels cluttered": which scene goes is asked, no look is set -------


@pytest.mark.parametrize(
    "text",
    [
        "3 scenes in 15 secs feels way too busy",
        "three shots in 15 seconds is a lot",
        "3 clips in 15s feels hectic tbh",
    ],
)
def test_a_scene_count_complaint_asks_which_scene_goes(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and (turn.question or "").startswith("Which scene should I remove"), (
        text,
        turn,
    )
