"""memory and follow-ups: what the last request changed, taken back, moved or copied; the scene a
conversation is looking at; "both" and "that one"."""

from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.memory import remember_before, restore


def after(op: dict, **state) -> ConversationState:
    """The memory after ``op`` was applied to the basic project."""
    last = [remember_before(op, basic_project())]
    scenes = [op["sceneId"]] if op.get("sceneId") else []
    return ConversationState(project_id="p_sample1", scene_ids=scenes, last_operations=last, **state)


def wire(turn) -> list[dict]:
    return [op.to_wire() for op in turn.operations]


def test_every_field_remembers_its_value_before_and_can_be_put_back() -> None:
    op = remember_before(
        {"operation": "update_brand", "tagline": "Cold, bold", "font": "Lora"}, basic_project()
    )
    assert op["before"] == {"tagline": None, "font": None}
    text = remember_before(
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Go"}, basic_project()
    )
    assert restore([text]) == [{"operation": "update_overlay", "text": "Order today", "sceneId": "scene_3"}]


def test_put_the_old_words_back_and_keep_the_rest() -> None:
    state = after(
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Hello there", "color": "#FF0000"}
    )
    turn = parse_message("keep the colour but bring the old words back", basic_project(), state=state)
    assert wire(turn) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Wake up to cold brew"}
    ]
    turn = parse_message("put the old music back", basic_project(), state=state)
    assert turn.operations == [] and "didn't change the music" in (turn.unknown or "")


def test_a_correction_moves_the_last_change_by_the_same_step() -> None:
    state = after({"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 70})  # 56 -> 70
    turn = parse_message("sorry, I meant the cta", basic_project(), state=state)
    assert wire(turn) == [
        {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 56},
        {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 90},  # 72 x 70/56
    ]
    turn = parse_message("no, I meant the product", basic_project(), state=state)
    assert wire(turn) == [
        {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 56},
        {"operation": "update_product", "sceneId": "scene_2", "scale": 0.62},  # 0.5 x 70/56
    ]


def test_the_same_field_is_copied_to_the_scenes_named() -> None:
    state = after({"operation": "update_overlay", "sceneId": "scene_1", "color": "#00FF00"})
    project = basic_project()
    project.scenes[0].overlay.color = "#00FF00"
    turn = parse_message("use the same colour for the cta", project, state=state)
    assert wire(turn) == [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#00FF00"}]


def test_a_focused_scene_is_what_this_one_names() -> None:
    focus = parse_message("let's work on the showcase", basic_project())
    assert focus.operations == [] and focus.scene_ids == ["scene_2"] and "7 s" in (focus.answer or "")
    state = ConversationState(project_id="p_sample1", scene_ids=["scene_2"])
    turn = parse_message("make this one 6 seconds", basic_project(), state=state)
    assert wire(turn) == [{"operation": "update_scene", "sceneId": "scene_2", "durationSec": 6.0}]


def test_both_means_the_two_scenes_named_last() -> None:
    state = ConversationState(project_id="p_sample1", recent=["scene_3", "scene_1"])
    turn = parse_message("make both of them white", basic_project(), state=state)
    assert sorted(op.scene_id for op in turn.operations) == ["scene_1", "scene_3"]
    alone = parse_message("make both texts white", basic_project())
    assert alone.operations == [] and alone.question


def test_the_last_question_is_asked_again_for_other_scenes() -> None:
    asked = parse_message("what colour is the hook text?", basic_project())
    assert asked.asked and "#FFFFFF" in (asked.answer or "")
    state = ConversationState(project_id="p_sample1", last_question=asked.asked)
    turn = parse_message("what about the cta?", basic_project(), state=state)
    assert turn.operations == [] and "#F2A541" in (turn.answer or "")


def test_the_same_for_another_scene_keeps_a_value_given_and_a_step_asked() -> None:
    op = {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 70}  # 56 -> 70
    given = after(op, last_request="showcase text size 70")
    turn = parse_message("and the cta too", basic_project(), state=given)
    assert wire(turn) == [{"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 70}]
    stepped = after(op, last_request="showcase text bigger")
    turn = parse_message("and the cta too", basic_project(), state=stepped)
    assert wire(turn) == [{"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 90}]
