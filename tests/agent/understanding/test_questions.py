"""questions and answers: information questions are told from polite requests and answered from
the document; nothing changes."""

from phrase_suite import basic_project, two_showcases_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.questions import is_question


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
