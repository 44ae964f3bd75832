"""Round twelve of issue 15: the general classes behind dev9's last failures and the wrong
readings found in round eleven.

Every phrasing here is a paraphrase written for the class (other words, other word order, other
register); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.switching import VariantFamily
from adgen.project import AdProject

# --- a soft, quiet or loud picture is the look, never the music's volume ---------------------------


@pytest.mark.parametrize(
    "text",
    ["the lighting is way too soft", "the lights look kinda soft", "the picture's too soft honestly"],
)
def test_soft_light_is_no_volume(text: str) -> None:
    assert wires(text) == [{"operation": "update_style", "lighting": "high contrast"}]


@pytest.mark.parametrize(
    "text",
    ["those colours are way too loud", "the palette is kind of loud", "the colours look too loud to me"],
)
def test_loud_colours_are_muted_not_quieter(text: str) -> None:
    ops = wires(text)
    assert ops and all(op["operation"] == "update_style" for op in ops), ops
    assert not any("volume" in op for op in ops)


@pytest.mark.parametrize(
    "text", ["the music is too soft", "the song's too quiet", "i can barely hear the track"]
)
def test_soft_music_is_still_louder(text: str) -> None:
    assert wires(text) == [{"operation": "update_audio", "volume": 1.0}]


# --- a sad track is a complaint: a happier mood ----------------------------------------------------


@pytest.mark.parametrize(
    "text", ["this track sounds sad", "the song feels so melancholy", "music's a bit sad"]
)
def test_sad_music_asks_for_an_upbeat_mood(text: str) -> None:
    project = basic_project()
    project.style.music_mood = "calm"
    assert wires(text, project) == [{"operation": "update_style", "musicMood": "upbeat"}]


# --- a colour added to the palette joins the colours there ----------------------------------------


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("work some navy into the colours", "#000080"),
        ("palette: add gold", "#FFD700"),
        ("could you put a dusty pink in the colour scheme", "#DEB5BC"),
        ("add a soft green to the existing palette please", "#388B38"),
    ],
)
def test_a_colour_added_to_the_palette_is_appended(text: str, added: str) -> None:
    assert wires(text) == [{"operation": "update_style", "palette": ["#1F3A5F", "#F2A541", added]}]


def test_a_colour_added_to_the_brand_colours_is_appended() -> None:
    assert wires("include teal in the brand colours") == [
        {"operation": "update_brand", "colors": ["#1F3A5F", "#F2A541", "#008080"]}
    ]


def test_a_palette_said_as_a_value_still_replaces() -> None:
    assert wires("the palette should be navy and gold") == [
        {"operation": "update_style", "palette": ["#000080", "#FFD700"]}
    ]


# --- a size verb with a length is the length's ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "seconds"),
    [
        ("squeeze the opener down to 2 seconds", "scene_1", 2.0),
        ("can you shrink scene 2 to just 5 secs", "scene_2", 5.0),
        ("grow the cta to 6 seconds", "scene_3", 6.0),
    ],
)
def test_a_size_verb_with_a_length_sets_only_the_length(text: str, scene: str, seconds: float) -> None:
    assert wires(text) == [{"operation": "update_scene", "sceneId": scene, "durationSec": seconds}]


def test_shrinking_the_whole_ad_to_a_length_sets_the_length() -> None:
    assert wires("shrink the whole ad to 12 seconds") == [{"operation": "set_duration", "durationSec": 12.0}]


def test_smaller_with_a_length_still_sizes_the_text() -> None:
    assert wires("make the hook 3 seconds and smaller") == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0},
        {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 51},
    ]


# --- "'…' is my new cta": the quote is the new words ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        ("'Grab a can' — that's our new closing line", "scene_3", "Grab a can"),
        ("new hook: 'Cold brew, zero wait'", "scene_1", "Cold brew, zero wait"),
        ("let 'Sip smarter' be the fresh call to action", "scene_3", "Sip smarter"),
        ("a different cta: 'Tap to order'", "scene_3", "Tap to order"),
    ],
)
def test_a_quote_said_as_the_new_line_sets_it(text: str, scene: str, line: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": line}]


def test_a_new_cta_without_words_is_still_another_take() -> None:
    ops = wires("a new cta please")
    assert [op["operation"] for op in ops] == ["regenerate_scene", "update_overlay"]


def test_a_quote_in_a_follow_up_does_not_break_the_reading() -> None:
    project, state = after("shrink the hook to 3 seconds", basic_project())
    turn = parse_message("'Fresh daily' is the new cta", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Fresh daily"}
    ]


# --- the voice's pitch as a number, and its range ---------------------------------------------------


@pytest.mark.parametrize(
    "text", ["narrator pitch to 2", "could you set the voiceover's pitch at 0.2", "voice pitch: 4"]
)
def test_a_pitch_out_of_range_is_refused_with_the_range(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown and "0.5 to 1.5" in turn.unknown, turn


@pytest.mark.parametrize(
    ("text", "pitch"),
    [("voice pitch 1.2", 1.2), ("make the pitch of the voice 0.8", 0.8), ("narrator pitch 1.4", 1.4)],
)
def test_a_pitch_in_range_is_set(text: str, pitch: float) -> None:
    project = basic_project()
    project.voice.enabled = True
    assert wires(text, project) == [{"operation": "update_voice", "pitch": pitch}]


# --- a format no preset has: refused with the formats there are -------------------------------------


@pytest.mark.parametrize(
    "text",
    ["add the friendster format", "please export a bereal format too", "can we also do the orkut platform"],
)
def test_an_unknown_format_is_refused_with_the_presets(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown and "TikTok" in turn.unknown, turn
    assert "has no" in turn.unknown


def test_a_known_format_word_is_still_added() -> None:
    assert wires("add the 4:5 format") == [{"operation": "add_presets", "presets": ["meta_feed"]}]


# --- "what is it at now?": the field the last request changed ---------------------------------------


def _asked(first: str, question: str) -> str:
    project, state = after(first, basic_project())
    state = ConversationState(**{**state.__dict__})
    turn = parse_message(question, project, state=state)
    assert turn.answer and not turn.operations, (question, turn)
    return turn.answer


@pytest.mark.parametrize(
    ("first", "question", "said"),
    [
        ("set the music volume to 35%", "so what's that at now?", "35%"),
        ("turn the music down a bit", "ok and what level is it at?", "70%"),
        ("make the cta text pink", "what colour is it now?", "#FFC0CB"),
        ("make the showcase 5 seconds", "how long is that now?", "5 s"),
    ],
)
def test_a_question_about_it_asks_about_the_last_change(first: str, question: str, said: str) -> None:
    assert said in _asked(first, question)


def test_a_question_with_its_own_subject_is_left_alone() -> None:
    answer = _asked("set the music volume to 35%", "how long is the ad now?")
    assert "15 s" in answer


# --- versions: named by what they say, kept as they are, and dropped ---------------------------------


def _versions() -> tuple[AdProject, AdProject, VariantFamily]:
    project = basic_project()
    variant = project.model_copy(deep=True, update={"project_id": "p_variant_b"})
    variant.scenes[2].overlay.text = "Free shipping today"
    projects = {project.project_id: project, variant.project_id: variant}
    return project, variant, VariantFamily(project.project_id, [("B", variant.project_id)], load=projects.get)


@pytest.mark.parametrize(
    ("text", "to_original"),
    [
        ("go back to the order today one", True),
        ("ok the free shipping version wins", False),
        ("let's stick with the order today variant after all", True),
    ],
)
def test_a_version_named_by_what_it_says(text: str, to_original: bool) -> None:
    project, variant, family = _versions()
    current = variant if to_original else project
    turn = parse_message(text, current, family=lambda: family)
    assert turn.switch_to == (project.project_id if to_original else variant.project_id), (text, turn)
    assert not turn.operations


@pytest.mark.parametrize(
    "text",
    [
        "never mind, we don't need the new version",
        "on second thought I do not want the new variant",
        "forget it, drop the variant",
    ],
)
def test_dropping_the_version_just_made_goes_back_to_the_original(text: str) -> None:
    project, variant, family = _versions()
    turn = parse_message(text, variant, family=lambda: family)
    assert turn.switch_to == project.project_id and not turn.operations, (text, turn)


@pytest.mark.parametrize(
    "text",
    [
        "A/B test the cta: A stays as is, B says 'Tap to order'",
        "split test the cta - A: unchanged, B: 'Tap to order'",
        "Can we A/B the closing line?\n- A: the same\n- B = 'Tap to order'",
        "ab test the cta:\nA = keep the current one\nB = 'Tap to order'",
    ],
)
def test_an_ab_test_whose_a_is_kept(text: str) -> None:
    assert wires(text) == [
        {
            "operation": "create_variation",
            "label": "B",
            "operations": [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Tap to order"}],
        }
    ]


def only(text: str) -> dict[str, Any]:
    ops = wires(text)
    assert len(ops) == 1, (text, ops)
    return ops[0]


# --- how many versions there are ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["so how many versions do we have now?", "which variants exist?", "what variants have we got?"]
)
def test_how_many_versions_names_them(text: str) -> None:
    project, variant, family = _versions()
    turn = parse_message(text, variant, family=lambda: family)
    assert turn.answer and "2 versions" in turn.answer and "You are on B" in turn.answer, (text, turn)
    assert not turn.operations


def test_how_many_formats_is_still_about_the_renders() -> None:
    project, variant, family = _versions()
    turn = parse_message("how many formats does each version render?", variant, family=lambda: family)
    assert turn.answer and "2 versions" not in turn.answer


# --- a brand named after "we run …" or after the product, set off by a comma ---------------------------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("my husband and I own Tidewater Bakery. we need a 20s ad", "Tidewater Bakery"),
        ("me and my partner run Lantern Yoga, a small studio - could we get a calm ad?", "Lantern Yoga"),
        ("we want an ad for my hot sauce, Ember & Ash, 20 seconds", "Ember & Ash"),
        ("an ad for our latest cider, Orchard Fox. cheerful", "Orchard Fox"),
    ],
)
def test_a_brand_named_after_run_or_after_the_product(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand, (text, turn.brief)


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("something moody and cinematic for Larkspur perfume", "Larkspur"),
        ("can you do something calm for Lumen candles", "Lumen"),
        ("anything punchy for Kettle & Co coffee", "Kettle & Co"),
    ],
)
def test_something_for_a_named_product_is_a_brief(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand, (text, turn)


def test_something_for_a_plain_word_is_not_a_brand() -> None:
    turn = parse_message("something for dinner tonight?", None)
    assert turn.brief is None or not turn.brief.brand_name


# --- a voice line named by its place ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        ("make the final voiceover line say 'Dinner, sorted.'", "scene_3", "Dinner, sorted."),
        ("swap the narrator's opening line for 'Hungry yet?'", "scene_1", "Hungry yet?"),
        ("the voice-over's closing sentence should be 'See you at dinner.'", "scene_3", "See you at dinner."),
    ],
)
def test_a_voice_line_named_by_its_place(text: str, scene: str, line: str) -> None:
    project = basic_project()
    project.voice.enabled = True
    assert wires(text, project) == [{"operation": "update_voiceover", "sceneId": scene, "text": line}]


# --- "read it back to me": the words just set ---------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "question", "said"),
    [
        ("change the cta to 'Sip it cold'", "could you say that back please", "Sip it cold"),
        ("make the hook say 'Morning, sorted'", "ok repeat the new line", "Morning, sorted"),
        ("the showcase should say 'Smooth as silk'", "read that back to me again", "Smooth as silk"),
    ],
)
def test_read_it_back_answers_with_the_new_words(first: str, question: str, said: str) -> None:
    assert said in _asked(first, question)


# --- what a size does to the words is the reason, not a request -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the product in the cta is massive, it crowds the words",
        "the bottle on the last scene is way too big and kind of smothers the headline",
        "the cta product is huge and squashes the text",
    ],
)
def test_what_a_big_product_does_to_the_text_is_the_reason(text: str) -> None:
    assert wires(text) == [{"operation": "update_product", "sceneId": "scene_3", "scale": 0.22}]


# --- a text named as "the … question", and where it is now -------------------------------------------


def _asking_hook() -> AdProject:
    project = basic_project()
    project.scenes[0].overlay.text = "Tired of bitter coffee?"
    project.scenes[0].overlay.position = "center"
    return project


@pytest.mark.parametrize(
    "text",
    [
        "the bitter coffee question is smack in the middle, move it",
        "the bitter coffee question sits right in the center, move it please",
        "move the bitter coffee question down",
    ],
)
def test_a_text_named_as_a_question_moves_away_from_where_it_is(text: str) -> None:
    assert wires(text, _asking_hook()) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "position": "bottom"}
    ]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("the hook text should be at the top", "top"),
        ("the cta text should be in the middle", "center"),
        ("the showcase words should be at the very bottom", "bottom"),
    ],
)
def test_a_place_said_as_what_the_text_should_be_is_its_position(text: str, position: str) -> None:
    ops = wires(text)
    assert len(ops) == 1 and ops[0]["operation"] == "update_overlay" and ops[0]["position"] == position, ops
    assert "text" not in ops[0]


# --- a vague call to action asks for the words -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "'Order today' is so vague, people don't know what to do",
        "the closing line doesn't tell people what to do",
        "the cta line is kind of unclear",
    ],
)
def test_a_vague_cta_asks_for_new_words(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question and "CTA" in turn.question, (text, turn)


# --- "the first two captions": those scenes' texts, asked about and then changed --------------------


@pytest.mark.parametrize(
    ("text", "scenes"),
    [
        ("make the first two captions gold", ["scene_1", "scene_2"]),
        ("the last 2 lines should be gold", ["scene_2", "scene_3"]),
        ("turn the first two headlines gold please", ["scene_1", "scene_2"]),
    ],
)
def test_the_first_two_captions_are_those_scenes_texts(text: str, scenes: list[str]) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": s, "color": "#FFD700"} for s in scenes]


@pytest.mark.parametrize(
    "question", ["what colour are the first two captions?", "what size are the last two lines?"]
)
def test_a_question_about_counted_captions_is_about_the_texts(question: str) -> None:
    turn = parse_message(question, basic_project())
    assert turn.answer and "Scene" in turn.answer and "voice" not in turn.answer.lower(), turn
    assert "TikTok" not in turn.answer


# --- a refused value, then "ok then make it 4": the refused request with the new value ----------------


@pytest.mark.parametrize(
    ("first", "reply", "expected"),
    [
        ("make the hook 90 seconds long", "ok then make it 3", {"sceneId": "scene_1", "durationSec": 3.0}),
        (
            "set the cta text size to 900",
            "alright, set it to 120 instead",
            {"sceneId": "scene_3", "fontSize": 120},
        ),
        ("music volume 300%", "fine, make it 60%", {"volume": 0.6}),
    ],
)
def test_make_it_after_a_refusal_fills_the_refused_request(
    first: str, reply: str, expected: dict[str, Any]
) -> None:
    project = basic_project()
    refused = parse_message(first, project)
    assert not refused.operations and refused.unknown and refused.pending is not None, refused
    state = ConversationState(project_id=project.project_id, pending=refused.pending, last_request=first)
    ops = wires(reply, project, state)
    assert len(ops) == 1 and {k: ops[0][k] for k in expected} == expected, ops


def test_a_scene_length_no_ad_has_names_the_ads_limit_too() -> None:
    turn = parse_message("make the showcase 200 seconds", basic_project())
    assert turn.unknown and "30 s" in turn.unknown and "120 s" in turn.unknown


# --- a colour asked for with none said: which colour, and the reply is that colour ------------------


@pytest.mark.parametrize(
    ("first", "reply", "scenes"),
    [
        ("change the cta colour", "cyan", ["scene_3"]),
        ("give the hook text a new colour", "go with cyan pls", ["scene_1"]),
        ("pick a different colour for the showcase text", "hmm, cyan I guess", ["scene_2"]),
        ("recolour the hook text", "Cyan.", ["scene_1"]),
    ],
)
def test_a_colour_asked_for_takes_the_colour_replied(first: str, reply: str, scenes: list[str]) -> None:
    project = basic_project()
    asked = parse_message(first, project)
    assert not asked.operations and asked.question and asked.question.startswith("Which colour"), asked
    state = ConversationState(project_id=project.project_id, pending=asked.pending, last_request=first)
    assert wires(reply, project, state) == [
        {"operation": "update_overlay", "sceneId": s, "color": "#00FFFF"} for s in scenes
    ]


def test_a_reply_that_is_more_than_a_colour_is_read_on_its_own() -> None:
    project = basic_project()
    asked = parse_message("change the cta colour", project)
    state = ConversationState(project_id=project.project_id, pending=asked.pending, last_request="x")
    assert wires("make the music louder", project, state) == [{"operation": "update_audio", "volume": 1.0}]


def test_a_background_colour_asked_for_is_not_the_texts() -> None:
    turn = parse_message("change the background colour", basic_project())
    assert not turn.operations and not (turn.question or "").startswith("Which colour should")
