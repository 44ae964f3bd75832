"""Round twenty-two (2026-12-04, the lead on dev13 and dev14's failures): questions about the
writing's size or the export sizes, "and the open?" after a question, a bit named by a word one
scene says and another shows, Turkish polite verbs, "change it to <words>" after reading a text,
"change the hook text to bold" (a weight, never the words "bold"), "could you confirm …" (a
question, never an edit: "could you confirm that the cta is red" made it red), and "which scene
has the mat unrolling?" answered from the pictures. Each test holds other words than the set's."""

from __future__ import annotations

import pytest
from parse_helpers import after, basic_with, soda_like
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
    "text",
    ["change the hook text to bold", "set the cta text to bold", "change the showcase copy to italics"],
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


# --- dev15's first run (2026-12-04): wrong edits a new crowd found ------------------------------


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("make the closing text red... no actually navy", "#000080"),
        ("the cta in white, no wait, in gold", "#FFD700"),
        ("make the cta text pink - sorry, I mean purple", "#800080"),
        ("cta colour green, hmm make that orange", "#FFA500"),
    ],
)
def test_a_colour_corrected_in_the_same_message_is_the_later_one_only(text: str, colour: str) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": colour}
    ], turn


def test_a_colour_declined_with_not_is_no_correction() -> None:
    turn = parse_message("the cta should be red, not blue", basic_project())
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"}
    ]


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("the end card text should be white instead of red", {"color": "#FFFFFF"}),
        ("the hook text should be navy, not black", {"color": "#000080"}),
        ("the cta text should be gold rather than orange", {"color": "#FFD700"}),
    ],
)
def test_a_colour_instead_of_another_is_the_colour_never_the_words(text: str, wire: dict) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert len(ops) == 1 and {k: v for k, v in ops[0].items() if k not in ("operation", "sceneId")} == wire, (
        ops
    )


def test_words_that_start_with_not_are_still_words() -> None:
    ops = [
        op.to_wire()
        for op in parse_message("the cta text should be Not your average coffee", basic_project()).operations
    ]
    assert ops == [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Not your average coffee"}]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("make the product in the last screen smaller", "scene_3"),
        ("the words on the last screen are tiny on my phone", "scene_3"),
        ("the first screen needs to be brighter", "scene_1"),
    ],
)
def test_a_screen_is_a_scene(text: str, scene: str) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert ops and {op["sceneId"] for op in ops} == {scene}, ops


def test_last_screen_with_a_length_is_that_scene_never_the_whole_ad() -> None:
    assert [op.to_wire() for op in parse_message("last screen 5 seconds", basic_project()).operations] == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the start is so dark i can barely make anything out",
        "ok the beginning looks too dark",
        "the start feels way too dark",
    ],
)
def test_the_start_as_a_subject_is_the_opening_scene(text: str) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert ops and all(op.get("sceneId") == "scene_1" for op in ops), ops
    assert not any(op["operation"] == "update_style" for op in ops), ops


@pytest.mark.parametrize(
    "text",
    ["show the product from the start", "at the start the music is loud", "the start of the ad is slow"],
)
def test_the_start_as_a_time_is_not_rewritten(text: str) -> None:
    from adgen.agent.understanding.jargon import plain_jargon

    assert "opener" not in plain_jargon(text)


@pytest.mark.parametrize(
    "text",
    [
        "hey can u make me a vid ad asap",
        "I run socials for a few clients, need an ad for one of them",
        "hi! im a freelancer and one of my clients wants a short video ad",
        "not sure if this is doable but i want a video for my business",
    ],
)
def test_an_ad_asked_for_without_a_product_asks_what_it_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is None and not turn.operations, turn
    assert turn.question and "What is the ad for" in turn.question, turn


def test_an_ad_asked_for_with_a_product_is_planned() -> None:
    turn = parse_message("hey can u make me a vid ad for my candle shop asap", None)
    assert turn.brief is not None and "candle" in (turn.brief.product or ""), turn


@pytest.mark.parametrize(
    ("first", "then", "scene", "wire"),
    [
        ("make the hook longer", "like 6 sec", "scene_1", {"durationSec": 6.0}),
        ("make the cta text bigger", "more like 100", "scene_3", {"fontSize": 100}),
        ("make the showcase shorter", "maybe 5", "scene_2", {"durationSec": 5.0}),
    ],
)
def test_a_value_said_loosely_after_an_edit_resets_that_field(
    first: str, then: str, scene: str, wire: dict
) -> None:
    project, state = after(first, basic_project())
    ops = [op.to_wire() for op in parse_message(then, project, state=state).operations]
    assert len(ops) == 1 and ops[0]["sceneId"] == scene, ops
    assert {k: v for k, v in ops[0].items() if k not in ("operation", "sceneId")} == wire, ops


@pytest.mark.parametrize(
    "text",
    [
        "cool, now switch me back to the original",
        "put me back on the original",
        "ok move me over to the original",
    ],
)
def test_switch_me_back_to_the_original_is_a_move_never_the_words(text: str) -> None:
    from parse_helpers import with_version_b

    original = basic_project()
    variant, family = with_version_b(original)
    turn = parse_message(
        text, variant, state=ConversationState(project_id=variant.project_id), family=lambda: family
    )
    assert not turn.operations and turn.switch_to == original.project_id, turn


# --- round twenty-two c (dev15): complaints, a loose retry, small follow-ups ---------------------


@pytest.mark.parametrize(
    ("refused", "then", "seconds"),
    [
        ("make it 3 mins long", "ugh ok then 30", 30.0),
        ("make it 3 minutes", "ok 30 then", 30.0),
        ("can it be 5 minutes", "fine, 45", 45.0),
    ],
)
def test_a_bare_number_after_a_refused_length_in_minutes_is_seconds(
    refused: str, then: str, seconds: float
) -> None:
    project = basic_project()
    turn = parse_message(refused, project)
    assert not turn.operations and turn.unknown and "120 s" in turn.unknown, turn
    again = parse_message(then, project, state=ConversationState(pending=turn.pending))
    assert [op.to_wire() for op in again.operations] == [
        {"operation": "set_duration", "durationSec": seconds}
    ], again


@pytest.mark.parametrize("more", ["a hair more", "a smidge more", "a notch more"])
def test_a_tiny_amount_more_repeats_the_last_step_a_little(more: str) -> None:
    project, state = after("make the hook text a touch bigger", basic_project())
    ops = [op.to_wire() for op in parse_message(more, project, state=state).operations]
    assert (
        len(ops) == 1
        and ops[0]["sceneId"] == "scene_1"
        and set(ops[0]) == {"operation", "sceneId", "fontSize"}
    ), ops
    assert (
        project.scenes[0].overlay.font_size < ops[0]["fontSize"] <= project.scenes[0].overlay.font_size * 1.2
    ), ops


@pytest.mark.parametrize(
    "text",
    [
        "the music makes me want to take a nap",
        "this song makes people want to sleep",
        "the track makes me doze off",
    ],
)
def test_music_that_puts_people_to_sleep_asks_how_to_liven_it(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question and "louder" in turn.question, turn


@pytest.mark.parametrize(
    "text", ["it ends too abruptly", "the video just stops so suddenly", "the ad ends way too soon"]
)
def test_an_ad_that_ends_abruptly_gets_a_longer_last_scene(text: str) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert len(ops) == 1 and ops[0]["sceneId"] == "scene_3" and ops[0]["durationSec"] > 4.0, ops


def test_it_ends_with_the_cta_is_no_complaint() -> None:
    turn = parse_message("it ends with the cta", basic_project())
    assert not turn.operations


@pytest.mark.parametrize(
    ("text", "size"),
    [("font on the end card 60 pls", 60), ("text on the hook 80", 80), ("font for the cta 48", 48)],
)
def test_font_on_a_scene_then_a_number_is_its_size(text: str, size: int) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert (
        len(ops) == 1 and ops[0]["fontSize"] == size and set(ops[0]) == {"operation", "sceneId", "fontSize"}
    ), ops


def test_font_on_a_scene_out_of_range_gets_the_range() -> None:
    turn = parse_message("font on the end card 350 pls", basic_project())
    assert not turn.operations and turn.unknown and "200" in turn.unknown, turn


@pytest.mark.parametrize(
    "text",
    ["how many parts does the zest one have", "how many shots are in this", "how many sections has it got"],
)
def test_how_many_parts_is_the_scene_count(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer and "3 scenes" in turn.answer, turn


@pytest.mark.parametrize(
    "text",
    [
        "the kitchen picture behind the bottle is too busy",
        "the picture behind the bottle is too busy in the showcase",
        "the kitchen picture is too busy",
    ],
)
def test_the_picture_behind_the_product_is_the_background(text: str) -> None:
    ops = [
        op.to_wire()
        for op in parse_message(
            text, basic_with(scene_2__backgroundPrompt="bottle on a sunny kitchen counter")
        ).operations
    ]
    assert ops == [
        {
            "operation": "update_scene",
            "sceneId": "scene_2",
            "backgroundPrompt": "bottle on a sunny kitchen counter, more minimal",
        }
    ], ops


# --- round twenty-two d (dev15): briefs, open briefs, the end words, a length corrected ---------


@pytest.mark.parametrize(
    ("text", "brand", "cta"),
    [
        (
            "New client: Brightside Dental, 20 seconds, friendly, end with 'Book your checkup'",
            "Brightside Dental",
            "Book your checkup",
        ),
        (
            "Brightside Dental, 20 seconds, friendly, end with 'Book your checkup'",
            "Brightside Dental",
            "Book your checkup",
        ),
        ("Lumo Lamps, 15 s, calm, cta 'Light up tonight'", "Lumo Lamps", "Light up tonight"),
    ],
)
def test_a_listed_brief_that_ends_with_its_words_is_a_brief(text: str, brand: str, cta: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None, turn
    assert turn.brief.brand_name == brand and turn.brief.cta_text == cta, turn.brief


def test_the_kind_of_ad_is_no_part_of_the_product() -> None:
    turn = parse_message("ad for Brightside Dental, 20 seconds, friendly, end with 'Book your checkup'", None)
    assert turn.brief is not None and "ad for" not in (turn.brief.product or "").lower(), turn.brief


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Bloomly plant food, 25 s, scenes: hook then problem then the product then reviews then cta",
            ["hook", "problem", "showcase", "social_proof", "cta"],
        ),
        ("Sproutly seed kits, 20 s, scenes: hook, showcase, cta", ["hook", "showcase", "cta"]),
    ],
)
def test_a_listed_brief_with_its_scenes_is_a_brief_with_a_coined_name(text: str, roles: list[str]) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.scene_roles == roles, turn
    assert turn.brief.brand_name == text.split()[0], turn.brief


def test_a_dictionary_word_in_ly_still_opens_no_name() -> None:
    turn = parse_message("Friendly dog treats, 15 s, playful", None)
    assert turn.brief is not None and not turn.brief.brand_name, turn.brief


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("ad for Fernway hiking socks, 30 sec... no make it 20", 20.0),
        ("a 15s ad, wait, 12s, for Lumo lamps", 12.0),
        ("promo for Brightside Dental, 30 seconds - sorry, 25", 25.0),
    ],
)
def test_a_length_corrected_in_a_brief_is_the_later_one(text: str, seconds: float) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.duration_sec == seconds, turn.brief


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        (
            "make the hook 5 seconds, wait, 6",
            {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 6.0},
        ),
        ("make it 20s, no music changes", {"operation": "set_duration", "durationSec": 20.0}),
    ],
)
def test_a_length_corrected_in_an_edit(text: str, wire: dict) -> None:
    assert [op.to_wire() for op in parse_message(text, basic_project()).operations] == [wire]


@pytest.mark.parametrize(
    "text",
    [
        "make me something that'll go viral lol",
        "can u help me w an ad for my store",
        "i need a video that will go viral",
    ],
)
def test_more_open_briefs_ask_what_the_ad_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is None and turn.question and "What is the ad for" in turn.question, turn


@pytest.mark.parametrize(
    ("text", "scene", "wire"),
    [
        ("the end words bigger", "scene_3", {"fontSize": 90}),
        ("the start text should be yellow", "scene_1", {"color": "#FFFF00"}),
        ("change the end text to 'Order now'", "scene_3", {"text": "Order now"}),
    ],
)
def test_the_end_or_start_words_are_that_scenes_text(text: str, scene: str, wire: dict) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert ops == [{"operation": "update_overlay", "sceneId": scene, **wire}], ops


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the words at the top in the first bit, whats the size", "size 64"),
        ("the cta text - what's the colour", "#F2A541"),
        ("the showcase words: how big are they", "size 56"),
    ],
)
def test_a_subject_named_before_a_question_is_asked_about_never_edited(text: str, expected: str) -> None:
    turn = parse_message(text, basic_with(scene_1__overlay__position="top"))
    assert not turn.operations and turn.answer and expected in turn.answer, turn


def test_the_size_asked_that_way_is_what_make_it_72_changes() -> None:
    project = basic_with(scene_1__overlay__position="top")
    asked = parse_message("the words at the top in the first bit, whats the size", project)
    state = ConversationState(scene_ids=list(asked.scene_ids or []), topic=asked.topic, last_question="x")
    turn = parse_message("make it 72", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 72}
    ], turn
