"""Round fifteen of issue 15: dev12's classes of phrasing and three defects found by the lead.

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires, with_version_b
from phrase_suite import basic_project

from adgen.agent.answers import answer_question
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.briefs import extract_brief
from adgen.agent.understanding.open_brief import OPEN_QUESTION
from adgen.agent.understanding.quotes import mask_quotes
from adgen.pipeline.services.planner.local import resolve_mood
from adgen.project import AdProject

# basic_project: hook "Wake up to cold brew", showcase "Smooth. Bold. 100% arabica" (product 0.5),
# cta "Order today" (product 0.4); presets tiktok, reels, square_feed, youtube; voice off.


def _only(presets: list[str]) -> AdProject:
    project = basic_project()
    project.presets = presets
    return project


# --- "make a TikTok version": the platform's preset, an A/B variant only with a difference ----------


@pytest.mark.parametrize(
    ("text", "preset"),
    [
        ("make a youtube version", "youtube"),
        ("do a Stories version too", "stories"),
        ("can you give me a square version", "square_feed"),
    ],
)
def test_a_platform_version_adds_its_preset(text: str, preset: str) -> None:
    assert wires(text, _only(["tiktok"])) == [{"operation": "add_presets", "presets": [preset]}]


def test_a_version_for_a_platform_adgen_lacks_is_refused() -> None:
    turn = parse_message("do a vimeo version", basic_project())
    assert not turn.operations and not turn.question
    assert turn.unknown and "Vimeo" in turn.unknown


def test_a_platform_version_with_a_difference_is_still_a_variant() -> None:
    [op] = wires("make a reels version with a shorter hook", _only(["tiktok"]))
    assert op["operation"] == "create_variation"
    assert op["operations"][0]["sceneId"] == "scene_1"


# --- "make the mood more warm": the mood, not the lighting --------------------------------------------


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("make the mood a bit more warm", "warm"),
        ("I'd like a warmer vibe", "warm"),
        ("give the whole thing a more dramatic mood", "dramatic"),
    ],
)
def test_a_lighting_word_said_of_the_mood_sets_the_mood(text: str, mood: str) -> None:
    assert wires(text) == [{"operation": "update_style", "mood": mood}]


def test_a_lighting_word_said_of_the_light_stays_the_lighting() -> None:
    assert wires("warmer lighting please") == [{"operation": "update_style", "lighting": "warm"}]


# --- a brief's "calm" beats a word that describes the goods ("organic", "fresh") ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "an ad for Meadow, an organic soap brand - we want it calm",
        "natural and calm ad for Brookside herbal tea, 20 seconds",
        "ad for Pulp juices, fresh but calm",
    ],
)
def test_a_stated_calm_gives_a_calm_brief(text: str) -> None:
    masked, quotes = mask_quotes(text)
    brief = extract_brief(text, masked, quotes)
    assert brief.mood == "calm"
    assert resolve_mood(brief) == "calm"


def test_a_goods_word_alone_is_still_the_mood() -> None:
    masked, quotes = mask_quotes("15 second ad for our bakery, fresh")
    assert extract_brief("15 second ad for our bakery, fresh", masked, quotes).mood == "fresh"


# --- the product bigger with no scene named: the showcase's, not the end card's too ------------------


def test_the_product_bigger_with_no_scene_grows_the_showcase_only() -> None:
    [op] = wires("the product really has to be way larger")
    assert op["operation"] == "update_product" and op["sceneId"] == "scene_2"


def test_the_product_bigger_everywhere_grows_each_scene_showing_it() -> None:
    ops = wires("make the product bigger throughout")
    assert [op["sceneId"] for op in ops] == ["scene_2", "scene_3"]


# --- a forwarded note, a sentence announcing the changes, a question asked for someone ---------------


def test_a_forwarded_note_is_read_as_the_request() -> None:
    text = "Passing this on from the client: 'Please make the music a little quieter.'"
    [op] = wires(text)
    assert op["operation"] == "update_audio" and op["volume"] < 0.8


def test_a_forwarded_brief_takes_the_client_as_its_brand() -> None:
    text = 'Forwarded from our client Brightwave: "We need a 15 second TikTok ad for our solar lamps, calm mood."'
    brief = parse_message(text, None).brief
    assert brief is not None
    assert brief.brand_name == "Brightwave" and brief.duration_sec == 15 and brief.mood == "calm"


def test_a_quoted_line_with_no_request_is_still_copy() -> None:
    turn = parse_message("the client says: 'Summer tastes better cold'", basic_project())
    assert not turn.operations and turn.question and "Summer tastes better cold" in turn.question


def test_a_sentence_announcing_the_changes_is_read_from_its_colon() -> None:
    ops = wires("After the call with legal, two edits: make the music quieter; the hook 5 seconds long")
    assert {op["operation"] for op in ops} == {"update_audio", "update_scene"}


def test_please_do_reads_what_follows() -> None:
    assert wires("Please do: the font Lora switch to Inter") == [
        {"operation": "update_brand", "font": "Inter"}
    ]


def test_a_question_asked_for_someone_is_answered() -> None:
    turn = parse_message("my boss wants to know how long the opening scene is", basic_project())
    assert turn.answer and "4 s" in turn.answer and not turn.operations


def test_two_questions_are_each_answered() -> None:
    turn = parse_message("how many scenes are there, and how long is the ad?", basic_project())
    assert turn.answer and "3 scenes" in turn.answer and "15 s" in turn.answer


def test_please_confirm_is_a_question() -> None:
    turn = parse_message("please confirm the total length", basic_project())
    assert turn.answer and "15 s" in turn.answer and not turn.operations


# --- positions, colours and lengths said the long way --------------------------------------------------


def test_from_one_place_to_another_is_the_second() -> None:
    assert wires("shift the showcase caption from the bottom of the screen to the top") == [
        {"operation": "update_overlay", "sceneId": "scene_2", "position": "top"}
    ]


def test_text_set_in_a_colour_is_the_colour_never_the_words() -> None:
    assert wires("the opening text should be set in yellow") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFF00"}
    ]


def test_its_length_after_naming_a_scene_is_that_scenes() -> None:
    ops = wires("set the showcase text to 'Pure arabica', and cut its length to 5 seconds")
    assert {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.0} in ops
    assert all(op["operation"] != "set_duration" for op in ops)


# --- the voice ---------------------------------------------------------------------------------------


def test_pitch_as_a_verb_out_of_range_is_refused_with_the_range() -> None:
    turn = parse_message("pitch the narrator up to 2", basic_project())
    assert not turn.operations and turn.unknown and "1.5" in turn.unknown


def test_pitch_as_a_verb_moves_the_pitch() -> None:
    [op] = wires("pitch the voice-over down a little")
    assert op["operation"] == "update_voice" and op["pitch"] < 1.0


def test_the_voice_answer_says_its_speed_plainly() -> None:
    project = basic_project()
    project.voice.enabled = True
    said = answer_question("how fast does the voice-over talk?", project).text
    assert "1×" in said and "normal" in said


def test_letter_type_asks_the_font() -> None:
    project = basic_project()
    project.brand.font = "Inter"
    assert "Inter" in answer_question("what letter type does the brand use?", project).text


# --- other languages ----------------------------------------------------------------------------------


def test_spanish_narrator_speaking_slower() -> None:
    [op] = wires("que el narrador hable más despacio")
    assert op["operation"] == "update_voice" and op["rate"] < 1.0


def test_dutch_closing_text() -> None:
    assert wires("verander de slottekst in 'Tot morgen'") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Tot morgen"}
    ]


# --- variants ------------------------------------------------------------------------------------------


def test_a_length_as_a_variant_makes_that_variant() -> None:
    assert wires("a 25 second cut as a variant") == [
        {
            "operation": "create_variation",
            "label": "B",
            "operations": [{"operation": "set_duration", "durationSec": 25.0}],
        }
    ]


def test_one_copy_more_is_a_variant() -> None:
    [op] = wires("one more copy of this ad where the hook says 'Cold, fast, yours'")
    assert op["operation"] == "create_variation"
    assert op["operations"] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Cold, fast, yours"}
    ]


@pytest.mark.parametrize("text", ["take me back to the first version", "ok, back to the original now"])
def test_back_to_the_first_after_a_variant_switches_to_the_original(text: str) -> None:
    original = basic_project()
    variant, family = with_version_b(original)
    turn = parse_message(text, variant, family=lambda: family)
    assert turn.switch_to == original.project_id and not turn.operations


# --- platforms, typos, open requests ------------------------------------------------------------------


def test_we_are_posting_it_as_a_placement_adds_it() -> None:
    assert wires("we're also posting it as a stories post, add that format", _only(["youtube"])) == [
        {"operation": "add_presets", "presets": ["stories"]}
    ]


def test_a_hyphenated_word_typed_as_one_names_its_scene() -> None:
    project = basic_project()
    project.scenes[2].overlay.text = "Pre-book today"
    assert wires("the prebook text in red", project) == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"}
    ]


def test_a_slip_of_the_ads_own_word_is_no_render() -> None:
    project = basic_project()
    project.scenes[2].overlay.text = "Pre-order now"
    turn = parse_message("preoder text in red", project)
    assert not turn.wants_render
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"}
    ]


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("need some posts for insta asap", None),
        ("the client needs a video, how should we begin?", None),
        ("new one from scratch please", basic_project()),
    ],
)
def test_open_requests_ask_what_the_ad_is_for(text: str, project: Any) -> None:
    turn = parse_message(text, project)
    assert turn.question == OPEN_QUESTION and turn.brief is None and not turn.operations


def test_a_question_about_no_ad_is_not_an_open_request() -> None:
    turn = parse_message("how long is the ad?", None)
    assert turn.question != OPEN_QUESTION


def test_another_smidge_repeats_the_last_change() -> None:
    project, state = after("make the music a smidge quieter", basic_project())
    [op] = wires("another smidge", project, state)
    assert op["operation"] == "update_audio" and op["volume"] < project.audio.volume
