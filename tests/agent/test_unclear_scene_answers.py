"""A "which scene?" question about a scene named by when it plays or what it shows, and its
answer in a word: the message is read again with the scene the answer names.

Before, "at the 4 second mark make the text bigger" asked "scene 1 or scene 2?" and the answer
("the second one", "the hook") got the help text: the request was forgotten. Written before the
fix (the lead's sitting, 2026-12-04). "the second one" is the second scene *offered*, which is
not scene 2 when the question offered scenes 2 and 3.
"""

from __future__ import annotations

from typing import Any

import pytest
from phrase_suite import basic_project, two_showcases_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: hook 0-4 s (iced coffee splash), showcase 4-11 s (a bottle on a sunny counter),
# cta 11-15 s (closing frame); text sizes 64 / 56 / 72.


def _answered(first: str, answer: str, project: AdProject | None = None) -> list[dict[str, Any]]:
    """The operations the answer makes, the conversation's memory carried as a session logs it."""
    project = project or basic_project()
    asked = parse_message(first, project)
    assert asked.question and not asked.operations and asked.pending is not None, (first, asked.question)
    state = ConversationState.from_wire(ConversationState(pending=asked.pending).to_wire())
    turn = parse_message(answer, project, state=state)
    assert not turn.question and not turn.unknown, (answer, turn.question, turn.unknown)
    return [op.to_wire() for op in turn.operations]


@pytest.mark.parametrize(
    ("first", "answer", "scene"),
    [
        ("at the 4 second mark make the text bigger", "the second one", "scene_2"),
        ("at the 4 second mark make the text bigger", "the hook", "scene_1"),
        ("at the 11 second mark make the text bigger", "the second one", "scene_3"),
        ("at the 11 second mark make the text bigger", "first one", "scene_2"),
        ("at the 11 second mark make the text bigger", "the latter", "scene_3"),
        ("at the 11 second mark make the text bigger", "scene 2 please", "scene_2"),
        ("the bit where the dog jumps, text red", "the showcase", "scene_2"),
        ("the bit where the dog jumps, text red", "the last one", "scene_3"),
        ("in the shot where the dog runs put the text at the bottom", "oh sorry, the hook", "scene_1"),
    ],
)
def test_the_answer_names_the_scene_and_the_request_is_made(first: str, answer: str, scene: str) -> None:
    wire = _answered(first, answer)
    assert len(wire) == 1 and wire[0]["operation"] == "update_overlay" and wire[0]["sceneId"] == scene, wire


def test_an_answer_that_is_a_request_of_its_own_is_read_as_one() -> None:
    project = basic_project()
    asked = parse_message("at the 4 second mark make the text bigger", project)
    turn = parse_message("make the music quieter", project, state=ConversationState(pending=asked.pending))
    assert [op.to_wire()["operation"] for op in turn.operations] == ["update_audio"], turn


def test_an_ordinal_past_the_offered_scenes_changes_nothing() -> None:
    project = basic_project()
    asked = parse_message("at the 11 second mark make the text bigger", project)
    turn = parse_message("the fourth one", project, state=ConversationState(pending=asked.pending))
    assert not turn.operations, [op.to_wire() for op in turn.operations]


@pytest.mark.parametrize(("answer", "scene"), [("the second one", "scene_3"), ("the first", "scene_2")])
def test_an_ordinal_after_which_of_two_showcases_counts_the_showcases(answer: str, scene: str) -> None:
    # "Which showcase: scene 2 or scene 3?" -> "the second one" is scene 3 (it was scene 2)
    wire = _answered("make the showcase text red", answer, two_showcases_project())
    assert wire == [{"operation": "update_overlay", "sceneId": scene, "color": "#FF0000"}], wire
