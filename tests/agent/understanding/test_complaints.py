"""complaints: a complaint that names no fix asks one question naming the options, and a
one-word answer resolves it; a complaint that implies its fix is read as that fix."""

from phrase_suite import B3, basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message


def test_a_vague_complaint_asks_and_one_word_answers() -> None:
    project = basic_project()
    asked = parse_message("the music is distracting", project)
    assert asked.operations == [] and "quieter, a calmer mood, or no music" in asked.question
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    answered = parse_message("quieter", project, state=state)
    assert [op.to_wire() for op in answered.operations] == [{"operation": "update_audio", "volume": 0.6}]
    clash = parse_message("the cta text clashes with the background", project)
    assert clash.operations == [] and "white, black, or bigger" in clash.question
    state = ConversationState(project_id=project.project_id, pending=clash.pending)
    assert [op.to_wire() for op in parse_message("white", project, state=state).operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"}
    ]


def test_a_colour_named_as_the_problem_is_never_applied() -> None:
    turn = parse_message("the yellow is ugly", basic_project())
    assert turn.operations == [] and "Which colour" in turn.question


def test_a_complaint_with_its_fix_is_the_fix() -> None:
    turn = parse_message("the music doesn't fit, it's too upbeat", basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "update_style", "musicMood": "calm"}]


def test_complaints_that_imply_their_fix() -> None:
    looks = parse_message("the cta looks kind of washed out", basic_project()).operations
    assert [op.to_wire() for op in looks] == [
        {"operation": "update_scene", "sceneId": "scene_3", "backgroundPrompt": B3 + ", more colourful"}
    ]
    (op,) = parse_message("the hook takes forever", basic_project()).operations
    assert op.scene_id == "scene_1" and op.duration_sec == 2.0  # a lot shorter
    asked = parse_message("the showcase text fades into the background", basic_project())
    assert asked.operations == [] and "white, black, or bigger" in (asked.question or "")


def test_vague_dislikes_ask_what_to_change_and_never_hide_or_guess() -> None:
    for text, expected in (
        ("honestly the cta is meh", "the words, the background"),
        ("not sure about the soundtrack", "quieter, a calmer mood"),
        ("the bottle gets cut off in the showcase", "smaller, or move it to the center"),
        ("way too much text on the cta", "text smaller"),
    ):
        turn = parse_message(text, basic_project())
        assert turn.operations == [] and expected in (turn.question or ""), (text, turn.question)
    turn = parse_message("the cta is spot on", basic_project())
    # (praise, or since round thirty-one a text said to be right: "I'll leave scene 3 … as it is")
    assert turn.operations == [] and any(
        w in (turn.unknown or "") for w in ("Glad you like it", "leave scene 3")
    )


def test_an_answer_that_is_no_option_is_about_what_the_complaint_named() -> None:
    from adgen.agent.conversation_state import ConversationState
    from adgen.agent.understanding import parse_message as parse

    asked = parse("the music feels off", basic_project())
    assert asked.question and not asked.operations and asked.topic == "audio"
    state = ConversationState(project_id="p_sample1", topic=asked.topic)
    [op] = [op.to_wire() for op in parse("something more upbeat", basic_project(), state=state).operations]
    assert op == {"operation": "update_style", "musicMood": "upbeat"}  # the music's mood, not the ad's


def test_the_row_says_whether_its_question_asks_for_words() -> None:
    """_Edits.words_asked comes from the complaints row, not from the question's wording."""
    from adgen.agent.understanding.complaints import vague_complaint

    project = basic_project()
    wordy = vague_complaint("too much text in the showcase", project, [])
    assert wordy is not None and wordy.asks_for_words
    music = vague_complaint("the music is distracting", project, [])
    assert music is not None and not music.asks_for_words
    # "…, shorten it" after the question that asks for words is that question's own fix
    turn = parse_message("the cta text is too long, shorten it", project)
    assert not turn.operations and turn.question is not None
