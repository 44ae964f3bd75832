"""Round five of issue 15: precision first. Each test is one general cause of a wrong edit (or of
a request not understood) found in the test2 set, checked in phrasings that are in no held-out
set, so that the fix is a class and not a sentence."""

from typing import Any

from phrase_suite import basic_project

from adgen.agent.answers import describe_differences
from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.new_ad import is_new_ad_request
from adgen.agent.understanding.normaliser import normalise
from adgen.agent.understanding.switching import VariantFamily, read_switch
from adgen.project import AdProject


def wires(text: str, state: ConversationState | None = None) -> list[dict[str, Any]]:
    turn = parse_message(text, basic_project(), state=state)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    return [op.to_wire() for op in turn.operations]


def test_a_text_named_by_its_own_words_changes_only_that_scene() -> None:
    # basic_project: scene_1 "Wake up to cold brew", scene_2 "Smooth. Bold. 100% arabica", scene_3 "Order today".
    (op,) = wires("the order today text is way too big")
    assert op["sceneId"] == "scene_3" and op["fontSize"] < 72
    (op,) = wires("make the smooth bold line a bit smaller")
    assert op["sceneId"] == "scene_2" and op["fontSize"] < 56
    (op,) = wires("make the 'Wake up to cold brew' caption much bigger")
    assert op["sceneId"] == "scene_1" and op["fontSize"] > 64
    assert wires("the order today copy should be yellow") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFF00"}
    ]
    # Words no scene shows name no scene: the request reads as before (every text).
    assert len(wires("make the on-screen text bigger")) == 3


def test_a_place_one_background_shows_names_that_scene() -> None:
    # Only scene_2's background has a counter: "bigger on the counter" is that scene's product.
    (op,) = wires("make the bottle a little bigger on the counter")
    assert op == {"operation": "update_product", "sceneId": "scene_2", "scale": op["scale"]}
    # A place on the screen is no scene.
    assert wires("put the hook text at the top") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "position": "top"}
    ]


def test_a_cue_word_is_a_whole_word_so_too_never_leaks_into_the_value() -> None:
    assert wires("tagline too: Brewed for the brave") == [
        {"operation": "update_brand", "tagline": "Brewed for the brave"}
    ]
    assert wires("slogan as well: Brewed for you") == [
        {"operation": "update_brand", "tagline": "Brewed for you"}
    ]
    assert wires("and the font too: Lora") == [{"operation": "update_brand", "font": "Lora"}]


def test_a_complaint_word_is_the_problem_and_a_reason_is_no_request() -> None:
    for text in ("the soundtrack is booming", "music's blasting, it's a gentle skincare brand"):
        assert wires(text) == [{"operation": "update_audio", "volume": 0.6}], text
    # The reason alone asks for nothing, and changes nothing.
    turn = parse_message("it's a calm coffee ad", basic_project())
    assert not turn.operations


def test_the_same_value_as_a_named_scene_goes_to_the_scene_last_edited() -> None:
    state = ConversationState(
        project_id="p_sample1",
        scene_ids=["scene_1"],
        topic="overlay",
        last_operations=[{"operation": "update_overlay", "sceneId": "scene_1", "text": "Hi"}],
    )
    project = basic_project()
    project.scenes[2].overlay.color = "#F2A541"
    turn = parse_message("now use the same text colour as the end card", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#F2A541"}
    ]


def test_short_words_never_become_commands_and_shorthand_undo_is_undo() -> None:
    assert normalise("und die Musik") == "and die Musik"
    assert wires("nvm, undoo that") == [{"operation": "undo"}]
    assert wires("never mind undo") == [{"operation": "undo"}]


def test_a_variant_that_names_itself_keeps_only_its_words() -> None:
    (made,) = wires("let's A/B the hook: variant B reads 'Cold brew, warm heart'")
    assert made["operations"] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Cold brew, warm heart"}
    ]


def test_a_variant_without_a_difference_takes_the_next_message_as_its_difference() -> None:
    asked = parse_message("can you make a variation named summer", basic_project())
    assert asked.question and asked.pending is not None and not asked.operations
    state = ConversationState(project_id="p_sample1", pending=asked.pending)
    turn = parse_message("on it, make the music more upbeat", basic_project(), state=state)
    (made,) = [op.to_wire() for op in turn.operations]
    assert made["operation"] == "create_variation" and made["label"] == "summer"
    assert made["operations"][0]["operation"] == "update_style"
    # A reply that is no difference (a question) is read as itself.
    other = parse_message("how long is the ad?", basic_project(), state=state)
    assert other.answer and not other.operations


def _family() -> VariantFamily:
    original = basic_project()
    other = original.model_copy(deep=True, update={"project_id": "p_b"})
    docs: dict[str, AdProject] = {"p_sample1": original, "p_b": other}
    return VariantFamily("p_sample1", [("B", "p_b")], load=docs.get)


def test_the_original_is_named_with_its_letter_too() -> None:
    for text in ("switch back to the original A version", "go back to the original (A) one"):
        found = read_switch(text, _family, describe=describe_differences, current="p_b")
        assert found is not None and found.project_id == "p_sample1", text


def test_a_listed_ad_for_starts_a_new_ad_while_one_is_open() -> None:
    project = basic_project()
    assert is_new_ad_request("3 scenes, 15 seconds, ad for Brightpaw dog treats, go", project)
    assert is_new_ad_request("20s, playful, video for our new oat bars", project)
    # An edit that names the open ad stays an edit.
    assert not is_new_ad_request("make the hook 3 seconds, and the cta 4", project)
