"""followups: "a bit more", "the same for X", bare values and pronouns after an earlier message."""

from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message


def state_after(ops: list[dict], scene_ids: list[str], topic: str) -> ConversationState:
    return ConversationState(project_id="p_sample1", scene_ids=scene_ids, topic=topic, last_operations=ops)


def test_a_bit_more_repeats_the_last_change_at_a_smaller_step() -> None:
    project = basic_project()
    last = [{"operation": "update_product", "sceneId": "scene_2", "scale": 0.63, "before": {"scale": 0.5}}]
    (op,) = parse_message("a bit more", project, state=state_after(last, ["scene_2"], "product")).operations
    assert op.scene_id == "scene_2" and 0.5 < op.scale < 0.5 * 1.26  # half the step again from 0.5


def test_the_same_for_another_scene() -> None:
    last = [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5, "before": {"durationSec": 4}}
    ]
    turn = parse_message(
        "and the cta the same", basic_project(), state=state_after(last, ["scene_1"], "scene")
    )
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0}
    ]


def test_bare_values_and_pronouns_use_the_last_scenes_and_topic() -> None:
    state = state_after(
        [{"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFF00"}], ["scene_1"], "overlay"
    )
    turn = parse_message("actually make it orange", basic_project(), state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFA500"}
    ]
    product = state_after(
        [{"operation": "update_product", "sceneId": "scene_2", "position": "left"}], ["scene_2"], "product"
    )
    turn = parse_message("actually right", basic_project(), state=product)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_product", "sceneId": "scene_2", "position": "right"}
    ]
    # Without the memory, "make it orange" is the whole ad's palette.
    assert parse_message("make it orange", basic_project()).operations[0].operation == "update_style"


def test_an_approval_asks_for_nothing() -> None:
    turn = parse_message("no wait, white was fine, put it back", basic_project())
    assert [op.operation for op in turn.operations] == ["undo"]
