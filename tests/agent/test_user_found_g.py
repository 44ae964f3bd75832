"""Sitting 37 (helper sit37, 2026-12-04; 60 messages in 24 conversations written down before any
was run, in docs/sittings/sit37_messages.md): edits right after a render ("the bit before the logo"), numbers with
a relative word ("3 seconds too long", "2 seconds longer than the hook", "10 smaller", "half the
current volume"), corrections of the last change ("no, I meant the cta text not the showcase",
"that's not what I asked, the other scene"), undo by what a change was about ("undo the music
change"), version comparisons and a question followed by an edit. Wrong edits first; each class is
tested in other words than the sitting's as well, as exact operations (so nothing else changes)."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires, with_version_b
from phrase_suite import basic_project, two_showcases_project

from adgen.agent.conversation_state import ConversationState, PendingOption, PendingQuestion
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, white), showcase 7 s (56, white), cta 4 s (72, #F2A541); music 0.8.
# two_showcases_project: hook 3 s, showcase 5 s, showcase 5 s, social proof 4 s, cta 3 s; music 0.5.

_BOOKKEEPING = {"version", "history", "render_status", "preflight", "created_at", "cost"}


def _content(project: AdProject) -> dict[str, Any]:
    return project.model_dump(exclude=_BOOKKEEPING)


# --- 1. "N seconds too long" takes N off (it set the scene to N seconds: a wrong edit) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the showcase is 3 seconds too long",
            [{"operation": "update_scene", "sceneId": "scene_2", "durationSec": 4.0}],
        ),
        (
            "the hook is 2 seconds too short",
            [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 6.0}],
        ),
        (
            "the cta runs 1.5s too long",
            [{"operation": "update_scene", "sceneId": "scene_3", "durationSec": 2.5}],
        ),
        ("the whole ad is 5 seconds too long", [{"operation": "set_duration", "durationSec": 10.0}]),
    ],
)
def test_so_many_seconds_too_long_or_short_is_the_change(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


# --- 2. "2 seconds longer than the hook": the measure's length and so much (it changed both) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the cta should be 2 seconds longer than the hook", [("scene_3", 6.0)]),
        ("make the showcase a second shorter than the hook", [("scene_2", 3.0)]),
        ("the hook needs to be 1.5 seconds shorter than the showcase", [("scene_1", 5.5)]),
        ("make the cta 3 s longer than the showcase", [("scene_3", 10.0)]),
    ],
)
def test_a_length_given_by_another_scene_and_a_number_changes_only_the_one_named(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert wires(text) == [
        {"operation": "update_scene", "sceneId": sid, "durationSec": seconds} for sid, seconds in expected
    ]


# --- 3. a scene named by its neighbour (the neighbour was edited: a wrong edit) -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the scene right after the hook, make the text smaller",
            [{"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 45}],
        ),
        (
            "make the one after the social proof 2 seconds longer",
            [{"operation": "update_scene", "sceneId": "scene_5", "durationSec": 5.0}],
        ),
        (
            "the bit before the logo drags, cut it by a second",
            [{"operation": "update_scene", "sceneId": "scene_4", "durationSec": 3.0}],
        ),
        (
            "the part just before the cta should say 'Join 10k runners'",
            [{"operation": "update_overlay", "sceneId": "scene_4", "text": "Join 10k runners"}],
        ),
        (
            "make the shot that comes after the hook a bit shorter",
            [{"operation": "update_scene", "sceneId": "scene_2", "durationSec": 4.2}],
        ),
    ],
)
def test_the_scene_next_to_a_named_one_is_the_one_changed(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text, two_showcases_project()) == expected


def test_no_scene_after_the_last_says_so() -> None:
    turn = parse_message("change the text in the scene after the cta to 'hi'", basic_project())
    assert not turn.operations and turn.unknown and "no scene after" in turn.unknown, turn


def test_a_new_scene_after_the_hook_is_still_a_new_scene() -> None:
    ops = wires("add a scene after the hook")
    assert [(op["operation"], op["afterSceneId"]) for op in ops] == [("add_scene", "scene_1")]


# --- 4. a text size changed by a bare number ("10 smaller", "10 too big") -----------------------


@pytest.mark.parametrize(
    ("text", "scene", "size"),
    [
        ("make the cta text 10 smaller", "scene_3", 62),
        ("the cta text is 10 too big", "scene_3", 62),
        ("the hook text is 12 too small", "scene_1", 76),
        ("make the showcase text 8 bigger", "scene_2", 64),
        # a complaint then its fix by a number: the number's change only (it was shrunk twice)
        ("the end card text is huge, make it 10 smaller", "scene_3", 62),
        ("the hook text looks massive, take it 20 smaller", "scene_1", 44),
    ],
)
def test_a_text_size_changed_by_a_bare_number(text: str, scene: str, size: int) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "fontSize": size}]


def test_two_seconds_shorter_is_still_a_length() -> None:
    assert wires("make the cta 2 seconds shorter") == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 2.0}
    ]


# --- 5. the logo's size is the kit's (it made the cta's text bigger: a wrong edit) --------------


@pytest.mark.parametrize(
    "text",
    [
        "the last frame needs a bigger logo",
        "the logo is way too small on the end card",
        "can we get a larger logo at the end",
        "the logo looks tiny",
    ],
)
def test_the_logo_size_gets_the_reason_and_changes_nothing(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown and "logo" in turn.unknown, turn


# --- 6. a correction naming the scene that was the measure reverses the match -------------------


@pytest.mark.parametrize(
    ("first", "correction", "expected"),
    [
        (
            "make the showcase text the same size as the cta",
            "no, I meant the cta text not the showcase",
            [{"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 56}],
        ),
        (
            "make the hook text the same colour as the cta",
            "no, I meant the cta",
            [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"}],
        ),
        (
            "make the hook as long as the showcase",
            "no wait, I meant the showcase",
            [{"operation": "update_scene", "sceneId": "scene_2", "durationSec": 4.0}],
        ),
    ],
)
def test_a_match_corrected_to_its_measure_goes_the_other_way(
    first: str, correction: str, expected: list[dict[str, Any]]
) -> None:
    project, state = after(first, basic_project())
    turn = parse_message(correction, project, state=state)
    restored, error = simulate(project, turn.operations)
    assert error is None
    wanted, _ = simulate(basic_project(), [*map(_op, expected)])
    assert _content(restored) == _content(wanted), [op.to_wire() for op in turn.operations]


def _op(wire: dict[str, Any]) -> Any:
    from adgen.tools import operations as ops

    return ops.parse_operation(wire)


def test_a_correction_to_another_scene_still_moves_the_step() -> None:
    project, state = after("make the hook text bigger", basic_project())
    turn = parse_message("no, I meant the cta", project, state=state)
    restored, _ = simulate(project, turn.operations)
    assert restored.scenes[0].overlay.font_size == 64 and restored.scenes[2].overlay.font_size == 90


# --- 7. the ways of saying the last change went to the wrong place (help text, questions) -------


@pytest.mark.parametrize(
    ("first", "correction", "scene"),
    [
        ("make the showcase a bit shorter", "that's not what I asked, the other scene, the cta", "scene_3"),
        ("make the cta text bigger", "wrong scene, I meant the hook", "scene_1"),
        ("make the showcase text yellow", "you changed the wrong scene, the hook", "scene_1"),
        ("make the cta a bit shorter", "that's not what I asked for, it was the hook", "scene_1"),
    ],
)
def test_a_change_said_to_have_gone_to_the_wrong_scene_moves_there(
    first: str, correction: str, scene: str
) -> None:
    original = basic_project()
    project, state = after(first, original)
    turn = parse_message(correction, project, state=state)
    assert not turn.question and not turn.unknown, turn
    moved, error = simulate(project, turn.operations)
    assert error is None
    changed = {
        s.id
        for s, was in zip(moved.scenes, original.scenes, strict=True)
        if s.model_dump() != was.model_dump()
    }
    assert changed == {scene}, [op.to_wire() for op in turn.operations]


# --- 8. half / double "the current" volume (the help text) --------------------------------------


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("make the music half the current volume", 0.4),
        ("set the music to half its current level", 0.4),
        ("music at half the existing volume please", 0.4),
        ("can the music be twice the current volume", 1.0),
    ],
)
def test_a_volume_as_a_share_of_the_current_one(text: str, volume: float) -> None:
    assert wires(text) == [{"operation": "update_audio", "volume": volume}]


# --- 9. a question, then an edit (the edit was dropped) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "what colour is the cta text? also make it white",
            [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"}],
        ),
        (
            "how big is the hook text? make it bigger",
            [{"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 80}],
        ),
        (
            "what does the hook say? change it to 'Still sleepy?'",
            [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Still sleepy?"}],
        ),
        ("how loud is the music? turn it down a bit", [{"operation": "update_audio", "volume": 0.7}]),
    ],
)
def test_a_question_then_an_edit_answers_and_edits(text: str, expected: list[dict[str, Any]]) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == expected, turn
    assert turn.answer, turn


def test_a_plain_question_still_changes_nothing() -> None:
    turn = parse_message("what colour is the cta text?", basic_project())
    assert not turn.operations and turn.answer


# --- 10. "when the music kicks in it's too loud": a time in the ad, not a question ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "when the music kicks in it's too loud, bring it down a bit",
            [{"operation": "update_audio", "volume": 0.7}],
        ),
        (
            "when the cta comes up the text is too small, make it 10 bigger",
            [{"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 82}],
        ),
        (
            "when the beat drops it's too quiet, turn it up to 90%",
            [{"operation": "update_audio", "volume": 0.9}],
        ),
    ],
)
def test_a_when_clause_then_a_complaint_is_an_edit(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


def test_a_when_question_is_still_a_question() -> None:
    turn = parse_message("when does the cta start?", basic_project())
    assert not turn.operations


# --- 11. versions compared in lower case, and all of them (the help text) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "how is b different from a?",
        "compare a and b",
        "how does b differ?",
        "what's different between b and a",
    ],
)
def test_a_version_comparison_in_lower_case_is_answered(text: str) -> None:
    original = basic_project()
    variant, family = with_version_b(original)
    variant.scenes[0].overlay.text = "Cold brew, zero wait"
    turn = parse_message(
        text, original, state=ConversationState(project_id=original.project_id), family=lambda: family
    )
    assert not turn.operations and turn.answer and "Cold brew, zero wait" in turn.answer, turn


def test_is_a_different_one_better_names_no_version() -> None:
    original = basic_project()
    _, family = with_version_b(original)
    turn = parse_message(
        "is a different hook better?",
        original,
        state=ConversationState(project_id=original.project_id),
        family=lambda: family,
    )
    assert not turn.operations and "Version B" not in (turn.answer or "")


# --- 12. a long request after a question is no answer to it (it picked an option: a wrong edit) --


def test_a_request_of_its_own_after_a_question_is_read_as_itself() -> None:
    pending = PendingQuestion(
        "What should be bigger: the text or the product?",
        [
            PendingOption(
                "the text",
                ["text", "the text"],
                [{"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 80}],
            ),
            PendingOption(
                "the product",
                ["product"],
                [{"operation": "update_product", "sceneId": "scene_1", "scale": 0.6}],
            ),
        ],
    )
    state = ConversationState(project_id="p_sample1", pending=pending)
    turn = parse_message("make the hook text the same colour as the cta text", basic_project(), state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#F2A541"}
    ]
    assert pending.choose("the text one please") is not None


# --- 13. undo by what the change was about (it undid the latest change: a wrong edit) ------------


async def _session_with(settings: Any, name: str) -> Any:
    from adgen.agent.session import ChatSession

    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id=name, channel="test", auto_render=False
    )
    stored = session.ctx.projects.create(basic_project())
    session.project_id = stored.project_id
    return session, stored


async def test_undo_the_music_change_after_a_later_edit_asks(settings: Any) -> None:
    session, start = await _session_with(settings, "g-undo1")
    await session.send("make the music quieter")
    texted = (await session.send("make the hook text bigger")).project
    reply = await session.send("undo the music change")
    assert "2 changes ago" in reply.text and _content(reply.project) == _content(texted), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "take me back to the version from before the music change",
        "go back to before the music change",
        "revert to the version before the music edit",
    ],
)
async def test_the_version_before_a_named_change_is_gone_back_to(settings: Any, text: str) -> None:
    session, start = await _session_with(settings, f"g-undo-{abs(hash(text))}")
    await session.send("make the music quieter")
    await session.send("make the hook text bigger")
    reply = await session.send(text)
    assert _content(reply.project) == _content(start), reply.text


async def test_undo_the_named_change_when_it_was_the_last(settings: Any) -> None:
    session, start = await _session_with(settings, "g-undo3")
    await session.send("make the hook text bigger")
    await session.send("make the music quieter")
    texted = parse_message("make the hook text bigger", basic_project())
    wanted, _ = simulate(basic_project(), texted.operations)
    reply = await session.send("undo the music change")
    assert _content(reply.project) == _content(wanted), reply.text


async def test_undo_a_change_never_made_says_so(settings: Any) -> None:
    session, start = await _session_with(settings, "g-undo4")
    made = (await session.send("make the hook text bigger")).project
    reply = await session.send("undo the colour change")
    assert "can't find a colour change" in reply.text and _content(reply.project) == _content(made)


@pytest.mark.parametrize("text", ["go back two steps", "undo twice", "undo the last 3 changes"])
async def test_more_steps_back_than_were_made_takes_back_what_there_is(settings: Any, text: str) -> None:
    session, start = await _session_with(settings, f"g-back-{abs(hash(text))}")
    await session.send("make the music quieter")
    reply = await session.send(text)
    assert not reply.error and _content(reply.project) == _content(start), reply.text
