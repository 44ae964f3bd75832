"""questions and answers: information questions are told from polite requests and answered from
the document; nothing changes."""

from phrase_suite import basic_project, two_showcases_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.questions import is_question
from adgen.project import AdProject


def test_questions_are_told_from_requests() -> None:
    for text in (
        "what does scene 2 say?",
        "how many scenes are there?",
        "is it rendered yet?",
        "whats the cta say",
    ):
        assert is_question(text), text
    for text in (
        "could you make the hook text a little bigger?",
        "can it say 'Run further' instead?",
        "make it bigger?",
    ):
        assert not is_question(text), text


def test_answers_come_from_the_document_and_change_nothing() -> None:
    project = two_showcases_project()
    cases = {
        "what does the testimonial say?": "Best shoe I've owned",
        "how many scenes are there?": "5 scenes",
        "how long is each scene?": "3 s",
        "what music is on it?": "epic",
        "where is the product in the cta?": "bottom",
        "which scene is the testimonial?": "Scene 4",
        "what aspect ratios do I get?": "16:9",
        "what font is it in?": "default font",
        "is it rendered yet?": "Not yet",
        "what has it cost so far?": "$0.00",
    }
    for question, expected in cases.items():
        turn = parse_message(question, project)
        assert turn.operations == [] and turn.answer and expected in turn.answer, (question, turn.answer)


def test_a_question_names_its_scenes_for_the_next_message() -> None:
    turn = parse_message("what does scene 2 say?", basic_project())
    assert turn.scene_ids == ["scene_2"] and "Smooth. Bold. 100% arabica" in turn.answer


def test_questions_never_edit_however_they_are_asked() -> None:
    for text, expected in (
        ("can you remind me what the showcase says", "100% arabica"),
        ("could you tell me the hook text?", "Wake up to cold brew"),
        ("I wonder what the cta says", "Order today"),
        ("which scene mentions arabica?", "Scene 2"),
        ("what's still to be rendered?", "all 3 scenes"),
        ("show me the scenes", "The scenes, in order"),
        ("what's the cta colour?", "#F2A541"),
        ("who is this ad for?", "cold brew"),
    ):
        turn = parse_message(text, basic_project())
        assert turn.operations == [] and turn.answer and expected in turn.answer, (text, turn.answer)


def test_is_the_product_there_is_answered_yes_or_no() -> None:
    wire = basic_project().to_wire()
    wire["productAsset"] = {"sourceUrl": "media/uploads/bottle.png", "checksum": "0" * 64}
    project = AdProject.from_wire(wire)
    assert parse_message("is the product visible in the hook?", project).answer.startswith("No")
    assert parse_message("is the bottle in the cta?", project).answer.startswith("Yes")
    assert "no product image" in parse_message("is the product in the cta?", basic_project()).answer


def test_a_question_that_suggests_a_change_waits_for_a_yes() -> None:
    project = basic_project()
    asked = parse_message("should the hook text be yellow?", project)
    assert asked.operations == [] and "#FFFF00" in (asked.question or "") and asked.pending is not None
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    yes = parse_message("yes please", project, state=state)
    assert [op.to_wire() for op in yes.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFF00"}
    ]
    assert parse_message("would it look better with jazzy music?", project).operations == []


def test_questions_inside_a_list_of_edits_are_answered_after_them() -> None:
    turn = parse_message("make it 20 seconds and how long is the cta now?", basic_project())
    assert [op.operation for op in turn.operations] == ["set_duration"]
    assert turn.answer and "5.33 s" in turn.answer  # the CTA after the change, not before
