"""A scene a request leaves out is left alone (:mod:`adgen.agent.understanding.exclusions`).

Before, the clause reader took the scene named in "except the CTA" as the request's target: "make
all the text bigger except the cta" made the CTA's text bigger and nothing else, the exact
opposite of the request. Phrasings written before the module, in several registers.
"""

from __future__ import annotations

import pytest
from parse_helpers import wires
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.exclusions import find_exclusion
from adgen.agent.understanding.quotes import mask_quotes

SCENES = ("scene_1", "scene_2", "scene_3")  # hook, showcase, cta


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("make all the text bigger except the cta", "scene_3"),
        ("bigger text everywhere apart from the hook", "scene_1"),
        ("text bigger in every scene other than the showcase", "scene_2"),
        ("make the text bigger, keep the cta as it is", "scene_3"),
        ("bigger text but leave the opening scene alone", "scene_1"),
        ("text size up everywhere, don't touch scene 2", "scene_2"),
        ("all the words a bit larger — except for the last scene", "scene_3"),
    ],
)
def test_a_left_out_scene_keeps_its_text_and_the_others_change(text: str, left_out: str) -> None:
    ops = wires(text)
    changed = {op["sceneId"] for op in ops}
    assert changed == set(SCENES) - {left_out}, (text, ops)
    assert all(op["operation"] == "update_overlay" and "fontSize" in op for op in ops)


def test_colour_position_and_product_requests_leave_the_scene_out_too() -> None:
    white = wires("text white everywhere apart from the hook")
    assert {op["sceneId"] for op in white} == {"scene_2", "scene_3"}
    assert all(op["color"] == "#FFFFFF" for op in white)
    top = wires("text to the top in all scenes except scene 2")
    assert [(op["sceneId"], op["position"]) for op in top] == [("scene_1", "top"), ("scene_3", "top")]
    product = wires("make the product a bit bigger but leave the cta alone")
    assert [op["sceneId"] for op in product] == ["scene_2"] and product[0]["scale"] > 0.5


def test_a_whole_ad_change_with_a_scene_left_out_asks_and_yes_applies_it() -> None:
    project = basic_project()
    turn = parse_message("make every scene warmer but don't touch the cta", project)
    assert not turn.operations
    assert turn.question and "the cta included" in turn.question and "lighting warm" in turn.question
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    answered = parse_message("yes", project, state=state)
    assert [op.to_wire() for op in answered.operations] == [{"operation": "update_style", "lighting": "warm"}]
    dropped = parse_message("no", project, state=state)
    assert not dropped.operations


def test_a_request_only_for_the_left_out_scene_is_asked_about_not_applied() -> None:
    turn = parse_message("make the cta text bigger, except the cta", basic_project())
    assert not turn.operations
    assert turn.question and "leave as it is" in turn.question


@pytest.mark.parametrize(
    "text",
    [
        "keep the hook text short and punchy",  # how to change the hook, not leave it out
        "make the music louder, keep the text as it is",  # names no scene
        "I'd like to A/B test an energetic take on this. Leave the current one alone.",  # a version
        "leave it as it is",
    ],
)
def test_phrases_that_name_no_scene_to_leave_out_are_no_exclusion(text: str) -> None:
    masked, quotes = mask_quotes(text)
    assert find_exclusion(masked, basic_project(), quotes) is None


def test_a_variant_leaves_the_scene_out_of_its_differences() -> None:
    ops = wires("make a variant with bigger text everywhere except the hook")
    assert len(ops) == 1 and ops[0]["operation"] == "create_variation"
    assert {op["sceneId"] for op in ops[0]["operations"]} == {"scene_2", "scene_3"}
