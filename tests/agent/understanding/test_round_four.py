"""Round four of issue 15: the failure classes the issue names, in phrasings that are in none of
the held-out sets (they check that the fixes are classes, not sentences). One test per class."""

from typing import Any

from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message


def wires(text: str, state: ConversationState | None = None) -> list[dict[str, Any]]:
    turn = parse_message(text, basic_project(), state=state)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    return [op.to_wire() for op in turn.operations]


def test_polite_leads_are_requests_not_questions_waiting_for_a_yes() -> None:
    for text in (
        "would it be alright to put the end card text at the top?",
        "any chance you could move the end card text to the top",
        "r u able to put the end card text at the top",
        "it would be lovely if the end card text was at the top",
    ):
        assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_3", "position": "top"}], text
    asked = parse_message("are you able to tell me how long the hook is?", basic_project())
    assert asked.answer and "4 s" in asked.answer and not asked.operations


def test_a_quote_that_ends_a_sentence_ends_the_request() -> None:
    ops = wires('Hook text "Cold. Brewed. Yours." Make the cta 5 seconds.')
    assert ops[0] == {"operation": "update_overlay", "sceneId": "scene_1", "text": "Cold. Brewed. Yours."}
    assert ops[1] == {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0}


def test_a_second_request_borrows_the_verb_and_unit_of_the_first() -> None:
    for text in ("set the showcase to 6 seconds and the cta to 3", "make the showcase 6s and the cta 3"):
        assert wires(text) == [
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 6.0},
            {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 3.0},
        ], text


def test_a_text_and_its_colour_in_one_request() -> None:
    assert wires('cta "Two for one, today." in white') == [
        {
            "operation": "update_overlay",
            "sceneId": "scene_3",
            "text": "Two for one, today.",
            "color": "#FFFFFF",
        }
    ]


def test_too_repeats_this_messages_change() -> None:
    ops = wires("make the hook text yellow, and the cta as well")
    assert [(op["sceneId"], op["color"]) for op in ops] == [("scene_1", "#FFFF00"), ("scene_3", "#FFFF00")]


def test_length_complaints_act_in_their_direction_and_so_does_plain_shorter() -> None:
    [op] = wires("the last bit drags on")
    assert op["sceneId"] == "scene_3" and op["durationSec"] < 4
    [op] = wires("the opening's a little long")
    assert op["sceneId"] == "scene_1" and 3 <= op["durationSec"] < 4  # a small step
    [op] = wires("the showcase feels rushed")
    assert op["sceneId"] == "scene_2" and op["durationSec"] > 7
    [op] = wires("make the showcase shorter")  # the normal step, not a question
    assert op["sceneId"] == "scene_2" and op["durationSec"] == 5.6


def test_size_and_volume_complaints() -> None:
    [op] = wires("you can hardly read the hook text")
    assert op["fontSize"] > 64
    [op] = wires("the music drowns out the voice")
    assert op["operation"] == "update_audio" and op["volume"] < 0.8
    for text in (
        "the cta text is too big, it covers the splash",
        "the cta text is too big, it covers the bottle",
    ):
        [op] = wires(text)  # the size fixes it; the text does not move, the bottle does not shrink
        assert op["operation"] == "update_overlay" and set(op) == {"operation", "sceneId", "fontSize"}, text
        assert op["fontSize"] < 72, text


def test_a_bare_number_after_a_question_takes_its_unit_and_subject() -> None:
    project = basic_project()
    asked = parse_message("how long's the cta?", project)
    state = ConversationState(
        project_id=project.project_id, scene_ids=asked.scene_ids or [], topic=asked.topic, last_question="x"
    )
    assert wires("set it to 5", state) == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0}
    ]
    loud = parse_message("what volume is the music at?", project)
    state = ConversationState(project_id=project.project_id, topic=loud.topic, last_question="x")
    assert wires("make it 30", state) == [{"operation": "update_audio", "volume": 0.3}]


def test_variants_by_what_they_leave_out() -> None:
    for text in ("a version minus the hook", "C without the hook", "an alternative take skipping the hook"):
        [op] = wires(text)
        assert op["operation"] == "create_variation", text
        assert op["operations"] == [{"operation": "remove_scene", "sceneId": "scene_1"}], text
    assert wires("C without the hook")[0]["label"] == "C"


def test_scene_counts_of_briefs_in_any_form() -> None:
    for text, count in (
        ("a 4-scene spot for Marlow gin, moody", 4),
        ("seven scene ad for the Kestrel backpack", 7),
        ("ad for Nook reading lights in five scenes", 5),
    ):
        turn = parse_message(text, None)
        assert turn.brief is not None and turn.brief.scene_count == count, text
        assert not any(ch.isdigit() for ch in turn.brief.brand_name or ""), text


def test_a_negative_length_is_refused() -> None:
    turn = parse_message("make the cta -3 seconds", basic_project())
    assert not turn.operations and "out of range" in (turn.unknown or "")
