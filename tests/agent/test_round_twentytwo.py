"""Round twenty-two (2026-12-04, the lead on dev13 and dev14's failures): questions about the
writing's size or the export sizes, "and the open?" after a question, a bit named by a word one
scene says and another shows, Turkish polite verbs, "change it to <words>" after reading a text,
"change the hook text to bold" (a weight, never the words "bold"), "could you confirm …" (a
question, never an edit: "could you confirm that the cta is red" made it red), and "which scene
has the mat unrolling?" answered from the pictures. Each test holds other words than the set's."""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, soda_like
from phrase_suite import basic_project

from adgen.agent.answers import answer_question
from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.questions import is_question

# basic_project: 15 s; hook 4 s "Wake up to cold brew" (white, 64), showcase 7 s (white, 56),
# cta 4 s "Order today" (#F2A541, 72); music upbeat at 0.8; YouTube landscape and TikTok presets.


def _after_question(question: str, project=None):
    project = project or basic_project()
    asked = parse_message(question, project)
    assert asked.answer and not asked.operations, asked
    return project, ConversationState(
        scene_ids=list(asked.scene_ids or []), topic=asked.topic, last_question=question
    )


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("what size is the writing in the opening scene?", "64"),
        ("how big is the writing on the cta", "72"),
        ("what size is the lettering in the showcase?", "56"),
    ],
)
def test_the_writings_size_is_the_text_size_not_the_videos(text: str, size: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer and f"size {size}" in turn.answer, turn
    assert "1080" not in turn.answer


@pytest.mark.parametrize(
    "text",
    ["which export sizes does this one have?", "what video sizes will I get?", "what output sizes are there"],
)
def test_the_export_sizes_are_the_formats(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer and "16:9" in turn.answer, turn


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("how long is the ad?", "And the open?", "Scene 1 (hook): 4 s"),
        ("how long is the hook?", "and the last one?", "Scene 3 (CTA): 4 s"),
        ("what does the cta say?", "what about the opener?", "Wake up to cold brew"),
        ("what does the hook say?", "and the end card?", "Order today"),
    ],
)
def test_and_the_scene_after_a_question_asks_it_again(first: str, then: str, expected: str) -> None:
    project, state = _after_question(first)
    turn = parse_message(then, project, state=state)
    assert not turn.operations and turn.answer and expected in turn.answer, turn


@pytest.mark.parametrize(
    "text",
    [
        "make the bit with the lemons brighter",
        "the part with the lemons should be 5 seconds",
        "make the shot with the lemons darker",
    ],
)
def test_a_bit_one_scene_says_and_another_shows_asks_which(text: str) -> None:
    # soda_like: the hook's picture shows lemons, the showcase's words say "Real lemons"
    turn = parse_message(text, soda_like())
    assert not turn.operations and turn.question, turn
    assert "scene 1 (hook)" in turn.question and "scene 2 (showcase)" in turn.question, turn.question


def test_a_bit_only_one_scene_says_is_still_that_scene() -> None:
    turn = parse_message("make the bit with the zero sugar line longer", soda_like())
    assert [op.to_wire()["sceneId"] for op in turn.operations] == ["scene_2"], turn


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("müziği biraz kısar mısın", (0.6, 0.78)),
        ("müziği biraz kısın lütfen", (0.6, 0.78)),
        ("müziği kısabilir misiniz", (0.1, 0.78)),
        ("müziği biraz açar mısınız", (0.82, 1.0)),
    ],
)
def test_turkish_polite_verbs_on_the_music(text: str, volume: tuple[float, float]) -> None:
    turn = parse_message(text, basic_project())
    ops = [op.to_wire() for op in turn.operations]
    assert len(ops) == 1 and ops[0]["operation"] == "update_audio", turn
    assert set(ops[0]) == {"operation", "volume"} and volume[0] <= ops[0]["volume"] <= volume[1], ops


@pytest.mark.parametrize(
    ("question", "then", "scene", "words"),
    [
        ("whats the hook say", "change it to rise and brew", "scene_1", "rise and brew"),
        ("what does the cta say?", "ok change that to grab yours today", "scene_3", "grab yours today"),
        ("what's written in the showcase?", "switch it to smooth all day", "scene_2", "smooth all day"),
    ],
)
def test_change_it_to_words_after_reading_a_text_is_that_texts_words(
    question: str, then: str, scene: str, words: str
) -> None:
    project, state = _after_question(question)
    turn = parse_message(then, project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": scene, "text": words}
    ], turn


def test_change_it_to_a_colour_after_reading_a_text_colour_is_still_the_colour() -> None:
    project, state = _after_question("what colour is the hook text?")
    turn = parse_message("change it to blue", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#0000FF"}
    ], turn


@pytest.mark.parametrize(
    "text", ["change the hook text to bold", "set the cta text to bold", "change the showcase copy to italics"]
)
def test_a_weight_or_slant_is_never_the_words(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.to_wire().get("text") for op in turn.operations), turn
    assert turn.unknown or turn.question, turn


def test_words_that_start_with_a_style_word_are_still_words() -> None:
    turn = parse_message("change the cta to Bold moves only", basic_project())
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Bold moves only"}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could you confirm that the cta is red", "Order today"),
        ("can you double check the music volume", "80%"),
        ("would you kindly confirm the wording of the cta?", "Order today"),
        ("could you verify the hook text", "Wake up to cold brew"),
    ],
)
def test_could_you_confirm_is_a_question_and_never_an_edit(text: str, expected: str) -> None:
    assert is_question(text)
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer and expected in turn.answer, turn


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("which scene has the bottle pouring?", "Scene 2"),
        ("which one shows the bottle on ice?", "Scene 2"),
        ("what scene has the sunrise?", "Scene 1"),
    ],
)
def test_which_scene_has_a_thing_happening_is_answered_from_the_pictures(text: str, scene: str) -> None:
    project = basic_with(
        scene_1__backgroundPrompt="a city rooftop at sunrise",
        scene_2__backgroundPrompt="a cold brew bottle pouring over ice cubes",
    )
    answer = answer_question(text, project)
    assert answer.text.startswith(scene), answer.text
