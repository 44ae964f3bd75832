"""Round twenty-three fix (2026-12-04, fix39): wrong edits the lead found, each fixed as a class.
A length bound ("longer than 3 seconds", "no more than 5") was set as the length itself; "the cta
text bigger than the hook text" grew the hook too; "the hook text red, no wait the cta text" reddened
the hook; "change that to 5 seconds" after "how many seconds is the cta" set the whole ad; "Shop now,
instead of 'Order today'" set the quoted old words; "could you confirm … and then make it 5" only
answered; "make it shorter" right after new words for a scene gave the help text (now asked)."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject
from adgen.tools.operations import parse_operation

# basic_project: 15 s; hook 4 s (white text, 64, "Wake up to cold brew"), showcase 7 s (white, 56),
# cta 4 s (#F2A541, 72, "Order today").


def _doc(project: AdProject) -> dict[str, Any]:
    """The document's content (its version counter and history are the store's)."""
    doc = project.model_dump(by_alias=True)
    doc.pop("version", None)
    doc.pop("history", None)
    return doc


def _exactly(turn: Any, project: AdProject, expected: list[dict[str, Any]]) -> None:
    """The turn makes exactly ``expected`` and so leaves exactly the document they make."""
    wire = [op.to_wire() for op in turn.operations]
    assert wire == expected, wire
    changed, error = simulate(project, turn.operations)
    assert error is None, error
    wanted, error = simulate(project, [parse_operation(op) for op in expected])
    assert error is None, error
    assert _doc(changed) == _doc(wanted)


def _nothing(turn: Any) -> None:
    assert turn.operations == [], [op.to_wire() for op in turn.operations]


def _length(scene: str, seconds: float) -> dict[str, Any]:
    return {"operation": "update_scene", "sceneId": scene, "durationSec": seconds}


def _asked(question: str, project: AdProject) -> ConversationState:
    """The conversation's memory once ``question`` was answered, as a session keeps it."""
    turn = parse_message(question, project)
    assert turn.answer and not turn.operations, turn
    return ConversationState(
        project_id=project.project_id,
        scene_ids=list(turn.scene_ids or []),
        topic=turn.topic,
        last_question=question,
    )


# --- 1. a length bound is met, never set as the length itself --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "longer than": a second past the bound (the smallest change one notices)
        ("make the hook longer than 5 seconds", [_length("scene_1", 6.0)]),
        ("the cta should run more than 4 seconds", [_length("scene_3", 5.0)]),
        ("make the cta over 6 seconds", [_length("scene_3", 7.0)]),
        # "at least": the bound itself
        ("make the cta at least 5 seconds", [_length("scene_3", 5.0)]),
        ("the hook needs to be 6 seconds or more", [_length("scene_1", 6.0)]),
        ("give the cta no less than 5 seconds", [_length("scene_3", 5.0)]),
        # "under": a second short of it
        ("keep the cta under 3 seconds", [_length("scene_3", 2.0)]),
        ("make the showcase less than 5 seconds", [_length("scene_2", 4.0)]),
        ("the showcase should be shorter than 6 seconds", [_length("scene_2", 5.0)]),
        # "at most": the bound itself
        ("the showcase should be no more than 5 seconds", [_length("scene_2", 5.0)]),
        ("make the showcase 6 seconds max", [_length("scene_2", 6.0)]),
        ("cap the showcase at most 4 seconds", [_length("scene_2", 4.0)]),
        # the ad's length
        ("make the ad longer than 20 seconds", [{"operation": "set_duration", "durationSec": 21.0}]),
        ("keep the whole ad under 12 seconds", [{"operation": "set_duration", "durationSec": 11.0}]),
    ],
)
def test_a_length_bound_is_met(text: str, expected: list[dict[str, Any]]) -> None:
    project = basic_project()
    _exactly(parse_message(text, project), project, expected)


@pytest.mark.parametrize(
    "text",
    [
        "make the cta longer than 3 seconds",
        "the cta should be no more than 5 seconds",
        "keep the hook under 6 seconds",
        "the showcase should be at least 5 seconds",
        "keep the ad under 30 seconds",
    ],
)
def test_a_length_that_meets_the_bound_already_stays_and_is_said(text: str) -> None:
    turn = parse_message(text, basic_project())
    _nothing(turn)
    said = turn.unknown or turn.error or ""
    assert "already" in said and "left it" in said, turn


def test_how_long_a_fade_takes_is_no_bound() -> None:
    turn = parse_message("fade the text in over 2 seconds", basic_project())
    assert not any(op.to_wire().get("durationSec") for op in turn.operations), turn


def test_a_plain_length_is_still_set() -> None:
    project = basic_project()
    _exactly(parse_message("make the cta 3 seconds", project), project, [_length("scene_3", 3.0)])


# --- 2. a size measured by another scene's text changes only the one named first ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cta (72) past the hook (64): its own step, 90
        ("make the cta text bigger than the hook text", {"scene_3": 90}),
        # the hook (64) past the cta (72): a little past it, 83
        ("make the hook text bigger than the cta text", {"scene_1": 83}),
        ("the showcase words should be larger than the hook's", {"scene_2": 74}),
        ("make the cta text smaller than the showcase text", {"scene_3": 49}),
    ],
)
def test_bigger_than_another_text_changes_only_the_first(text: str, expected: dict[str, int]) -> None:
    project = basic_project()
    ops = [
        {"operation": "update_overlay", "sceneId": sid, "fontSize": size} for sid, size in expected.items()
    ]
    _exactly(parse_message(text, project), project, ops)


# --- 3. a change of mind about the scene moves the edit there ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "make the hook text red, no wait the cta text",
            [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"}],
        ),
        (
            "make the hook text red... sorry, I mean the cta",
            [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"}],
        ),
        (
            "make the showcase text bigger - actually the hook text",
            [{"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 80}],
        ),
        (
            "put the hook text at the bottom, no, scene 3",
            [{"operation": "update_overlay", "sceneId": "scene_3", "position": "bottom"}],
        ),
        ("make the hook 5 seconds, oops I meant the cta", [_length("scene_3", 5.0)]),
    ],
)
def test_the_scene_corrected_takes_the_edit(text: str, expected: list[dict[str, Any]]) -> None:
    project = basic_project()
    _exactly(parse_message(text, project), project, expected)


def test_more_scenes_said_after_a_cue_are_no_correction() -> None:
    ops = [
        op.to_wire()
        for op in parse_message("make the cta yellow, actually the hook too", basic_project()).operations
    ]
    assert {op["sceneId"] for op in ops} == {"scene_1", "scene_3"}, ops


def test_a_colour_corrected_is_still_the_colour() -> None:
    project = basic_project()
    _exactly(
        parse_message("make the hook text red, no wait, blue", project),
        project,
        [{"operation": "update_overlay", "sceneId": "scene_1", "color": "#0000FF"}],
    )


# --- 4. after a question about one scene, "it" is that scene -----------------------------------------


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        ("how many seconds is the cta", "change that to 5 seconds", [_length("scene_3", 5.0)]),
        ("what does the hook say?", "change it to 5 seconds", [_length("scene_1", 5.0)]),
        ("what colour is the cta text?", "make it 6 seconds", [_length("scene_3", 6.0)]),
        ("how long is the hook?", "change it to 5 seconds", [_length("scene_1", 5.0)]),
    ],
)
def test_it_after_a_question_about_a_scene_is_that_scene(
    question: str, reply: str, expected: list[dict[str, Any]]
) -> None:
    project = basic_project()
    _exactly(parse_message(reply, project, state=_asked(question, project)), project, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how long is the hook? change it to 5 seconds", [_length("scene_1", 5.0)]),
        ("how long is the cta? make it 6 seconds", [_length("scene_3", 6.0)]),
        ("what does the showcase say? then set it to 5 seconds", [_length("scene_2", 5.0)]),
    ],
)
def test_it_after_a_question_in_the_same_message_is_that_scene(
    text: str, expected: list[dict[str, Any]]
) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    assert turn.answer
    _exactly(turn, project, expected)


@pytest.mark.parametrize("reply", ["make the ad 20 seconds", "make it 20 seconds total"])
def test_the_whole_ad_named_after_a_scene_question_is_the_ad(reply: str) -> None:
    project = basic_project()
    turn = parse_message(reply, project, state=_asked("how long is the hook?", project))
    _exactly(turn, project, [{"operation": "set_duration", "durationSec": 20.0}])


# --- 5. quoted words after "instead of" are the words replaced --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "change the cta to Shop now, instead of 'Order today'",
        'make the cta say Shop now, rather than "Order today"',
        "change the cta text to Shop now, in place of 'Order today'",
        "set the cta to Shop now, instead of 'order today.'",
    ],
)
def test_quoted_words_after_instead_of_are_dropped(text: str) -> None:
    project = basic_project()
    _exactly(
        parse_message(text, project),
        project,
        [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop now"}],
    )


def test_quoted_words_after_instead_of_that_are_not_there_ask() -> None:
    turn = parse_message("change the cta to Shop now, instead of 'Buy today'", basic_project())
    _nothing(turn)
    assert turn.question and "Order today" in turn.question, turn


# --- 6. a question, "and then" a request: both ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could you confirm the cta is 4 seconds and then make it 5", [_length("scene_3", 5.0)]),
        ("can you tell me how long the hook is, then make it 6 seconds", [_length("scene_1", 6.0)]),
        (
            "what colour is the cta text and then change it to white",
            [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"}],
        ),
        ("how long is the showcase and then set it to 6", [_length("scene_2", 6.0)]),
    ],
)
def test_a_question_and_then_a_request_does_both(text: str, expected: list[dict[str, Any]]) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    assert turn.answer, turn
    _exactly(turn, project, expected)


@pytest.mark.parametrize(
    "text", ["could you confirm the cta is 4 seconds", "how long is the hook and then the cta?"]
)
def test_a_question_alone_still_changes_nothing(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.answer
    _nothing(turn)


# --- 7. a plain length word right after new words for a scene: asked, never the words ----------------


@pytest.mark.parametrize(
    ("first", "second", "scene"),
    [
        ("make the cta say Grab yours today", "make it shorter", "scene_3"),
        ("change the hook text to Cold brew, done right", "make it longer", "scene_1"),
        ("make the cta say Grab yours today", "2x longer", "scene_3"),
        ("make the cta say Grab yours today", "20% shorter", "scene_3"),
        ("make the hook text yellow", "shorten it", "scene_1"),
    ],
)
def test_a_length_word_after_a_text_edit_asks_about_the_scenes_length(
    first: str, second: str, scene: str
) -> None:
    project, state = after(first, basic_project())
    turn = parse_message(second, project, state=state)
    _nothing(turn)
    assert turn.question and "stays on screen" in turn.question, turn
    # the reply is that scene's length
    state.pending = turn.pending
    state.last_operations = []
    answered = parse_message("5", project, state=state)
    _exactly(answered, project, [_length(scene, 5.0)])
