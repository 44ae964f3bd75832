"""Round twenty-one (the lead's tenth sitting, 2026-12-04; the 45 sitting messages were written
down before any was run, in /tmp/s36/sit1.txt and sit2.txt): wrong edits first (text unreadable
over a bright background made the lighting brighter, "golden hour" replaced the palette by one gold,
"change nothing in the hook" rescaled the hook, "should be the same size" became the words, "our
brand font" became a font called "Our", "slow down the music" changed its volume), then what got
the help text. Each test holds a paraphrase of the sitting's message as well."""

from __future__ import annotations

import pytest
from parse_helpers import after, wires
from phrase_suite import basic_project, two_showcases_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message

# basic_project: 15 s; hook 4 s (white text, 64), showcase 7 s (white, 56), cta 4 s (#F2A541, 72);
# palette and brand colours #1F3A5F, #F2A541; no product image; music upbeat at 0.8.


@pytest.mark.parametrize(
    ("text", "scenes"),
    [
        ("the text is hard to read over the bright background", ["scene_1", "scene_2"]),
        ("the hook text is hard to read over the bright background", ["scene_1"]),
        ("can't read the words on that white background in the showcase", ["scene_2"]),
    ],
)
def test_text_unreadable_over_a_light_background_turns_dark_and_never_brightens(
    text: str, scenes: list[str]
) -> None:
    ops = wires(text)
    assert all(op["operation"] == "update_overlay" and op["color"] == "#1A1A1A" for op in ops), ops
    assert [op["sceneId"] for op in ops if op["sceneId"] in scenes] == scenes
    assert not any("lighting" in op or "backgroundPrompt" in op for op in ops), ops


def test_text_unreadable_over_a_dark_background_turns_white() -> None:
    ops = wires("the cta text is hard to read against the dark background")
    assert ops == [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"}]


def test_hard_to_read_alone_is_still_bigger_text() -> None:
    assert {op.get("fontSize") is not None for op in wires("the text is hard to read")} == {True}


@pytest.mark.parametrize(
    ("text", "lighting"),
    [
        ("i'd like the whole thing to feel warmer, more golden hour", "warm, golden hour"),
        ("more golden hour", "golden hour"),
        ("a magic hour feel please", "magic hour"),
    ],
)
def test_golden_hour_is_the_light_and_the_palette_stays(text: str, lighting: str) -> None:
    assert wires(text) == [{"operation": "update_style", "lighting": lighting}]


@pytest.mark.parametrize(
    "text",
    [
        "change nothing in the hook but make everything else a bit faster",
        "make everything a bit faster except the hook",
        "don't touch anything in the hook, make everything else a bit shorter",
    ],
)
def test_everything_else_faster_leaves_the_hook_as_it_is(text: str) -> None:
    ops = wires(text)
    assert [op["sceneId"] for op in ops] == ["scene_2", "scene_3"], ops
    assert all(op["operation"] == "update_scene" for op in ops)
    assert 5.0 < ops[0]["durationSec"] < 7.0 and 3.0 < ops[1]["durationSec"] < 4.0, ops


@pytest.mark.parametrize(
    "text", ["the font is too thin to read on a phone", "the letters are way too skinny"]
)
def test_thin_type_gets_the_weight_reason(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown and "bold weight" in turn.unknown, turn


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("can you make the cta stand out more", "the CTA"),
        ("the hook needs to be more eye-catching", "the hook"),
    ],
)
def test_a_scene_that_should_stand_out_asks_how(text: str, scene: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question and scene in turn.question, turn
    assert "bigger text" in turn.question and "brighter background" in turn.question
    grown = turn.pending.choose("bigger text")
    assert grown is not None and all(op.get("fontSize") for op in grown.operations)


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ('the ad needs to open with the price: "From $1,499"', "scene_1", "From $1,499"),
        ('start with "Still tired?"', "scene_1", "Still tired?"),
        ('the video should open with this line: "Still tired?"', "scene_1", "Still tired?"),
        ('end with "Shop the drop"', "scene_3", "Shop the drop"),
        ('it should close on "Order by Friday"', "scene_3", "Order by Friday"),
    ],
)
def test_open_or_end_with_quoted_words_sets_the_first_or_last_text(text: str, scene: str, words: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": words}]


def test_a_scene_that_ends_with_words_is_no_new_text() -> None:
    turn = parse_message('the cta should end with "today"', basic_project())
    assert not any(op.to_wire().get("text") == "today" for op in turn.operations), turn


def test_brand_colours_stated_after_a_complaint_are_the_wish() -> None:
    ops = wires("the colors feel off for our brand, we're more teal and white")
    assert ops == [{"operation": "update_brand", "colors": ["#008080", "#FFFFFF"]}]


def test_a_colour_disliked_is_still_asked_about() -> None:
    turn = parse_message("the orange feels off, we're a calm brand", basic_project())
    assert not turn.operations and turn.question, turn


@pytest.mark.parametrize(
    ("text", "scene", "place"),
    [
        ("the hook should show the shoe on a desk instead", "scene_1", "a desk"),
        ("scene 4 should show the product on a marble counter", "scene_4", "a marble counter"),
        ("show the shoe on a beach in the cta", "scene_5", "a beach"),
    ],
)
def test_the_place_the_product_is_shown_in_is_the_scenes_picture(text: str, scene: str, place: str) -> None:
    ops = wires(text, two_showcases_project())
    assert {"operation": "update_scene", "sceneId": scene, "backgroundPrompt": place} in ops, ops
    assert all(op.get("sceneId") == scene for op in ops), ops


def test_cold_brew_is_no_cool_light() -> None:
    ops = wires("the hook should show a glass of cold brew on a desk", two_showcases_project())
    assert ops == [
        {
            "operation": "update_scene",
            "sceneId": "scene_1",
            "backgroundPrompt": "a glass of cold brew on a desk",
        }
    ]


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("slow down the music a bit", "calm"),
        ("slow the music down", "calm"),
        ("the music should slow down", "calm"),
        ("speed up the music", "upbeat"),
        ("the music is too slow, speed it up", "upbeat"),
    ],
)
def test_the_musics_pace_is_its_mood_never_its_volume(text: str, mood: str) -> None:
    project = basic_project()
    project.style.music_mood = "acoustic"
    assert wires(text, project) == [{"operation": "update_style", "musicMood": mood}]


def test_the_pace_and_the_volume_together() -> None:
    ops = wires("slow the music down and make it quieter")
    assert {"operation": "update_style", "musicMood": "calm"} in ops
    assert {"operation": "update_audio", "volume": 0.6} in ops


def test_two_scenes_the_same_size_asks_whose_size_and_the_answer_applies() -> None:
    project = basic_project()
    turn = parse_message("the hook text and the cta text should be the same size", project)
    assert not turn.operations and turn.question, turn
    assert "64" in turn.question and "72" in turn.question
    answer = parse_message("the hook's", project, state=ConversationState(pending=turn.pending))
    assert [op.to_wire() for op in answer.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 64}
    ]


def test_two_scenes_that_already_match_are_told_so() -> None:
    turn = parse_message("the hook and the cta should be the same length", basic_project())
    assert not turn.operations and turn.answer and "4 s" in turn.answer, turn


def test_the_same_size_as_a_scene_still_copies_it() -> None:
    assert wires("make the cta text the same size as the hook") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 64}
    ]


@pytest.mark.parametrize(
    "text", ["use our brand font for the text", "the cta is fine but the text should be in our brand font"]
)
def test_the_brand_font_by_whose_it_is_is_no_font_called_our(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown and "No brand font is set" in turn.unknown, turn
    project = basic_project()
    project.brand.font = "Lora"
    turn = parse_message(text, project)
    assert not turn.operations and turn.unknown and "Lora" in turn.unknown, turn


@pytest.mark.parametrize("text", ["can we get a version in french", "I need a copy in german"])
def test_a_version_in_another_language_gets_the_translation_reason(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown and "translate" in turn.unknown, turn


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("replace the music with something summery", "summer"),
        ("something tropical for the music", "tropical"),
    ],
)
def test_music_by_season_or_place(text: str, mood: str) -> None:
    assert wires(text) == [{"operation": "update_style", "musicMood": mood}]


@pytest.mark.parametrize(
    "text", ["make a square version only, we dont need the others", "a square version only please"]
)
def test_a_size_only_is_the_export_set_never_a_variant(text: str) -> None:
    assert wires(text) == [{"operation": "set_presets", "presets": ["square_feed"]}]


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("make the cta text the second palette colour", "#F2A541"),
        ("hook text in our main brand colour", "#1F3A5F"),
        ("use brand colour 2 for the showcase text", "#F2A541"),
    ],
)
def test_a_colour_of_the_ad_named_by_its_place(text: str, colour: str) -> None:
    ops = wires(text)
    assert len(ops) == 1 and ops[0]["operation"] == "update_overlay" and ops[0]["color"] == colour, ops


def test_a_palette_colour_that_changes_is_not_its_value() -> None:
    turn = parse_message("the second colour of the palette should be navy", basic_project())
    assert not any(op.to_wire().get("color") == "#F2A541" for op in turn.operations), turn


def test_it_after_a_reason_about_a_scenes_text_is_that_text() -> None:
    project = basic_project()
    turn = parse_message("the text in the cta is too close to the bottom, tiktok buttons cover it", project)
    assert not turn.operations and turn.unknown and "safe area" in turn.unknown, turn
    state = ConversationState(scene_ids=list(turn.scene_ids or []), topic=turn.topic)
    moved = parse_message("move it up a little", project, state=state)
    assert [op.to_wire() for op in moved.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "position": "top"}
    ], moved


def test_after_helper_still_reads_an_edit_then_its_follow_up() -> None:
    changed, state = after("make the hook text yellow", basic_project())
    assert wires("and the cta too", changed, state) == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFF00"}
    ]


# --- the third sitting batch (sit3.txt) ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["change the hook to a question", "switch the cta to a question"],
)
def test_a_scene_turned_into_a_question_asks_for_the_words_never_a_picture(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question and "say instead" in turn.question, turn


@pytest.mark.parametrize(
    ("text", "bigger", "smaller"),
    [
        ("make the product bigger in the hook and smaller in the cta", "scene_1", "scene_5"),
        ("the product is too big in the cta and too small in the hook", "scene_1", "scene_5"),
        ("the product is too big in the cta, too small in the hook", "scene_1", "scene_5"),
    ],
)
def test_the_second_half_of_a_comparison_keeps_its_subject(text: str, bigger: str, smaller: str) -> None:
    project = two_showcases_project()
    ops = wires(text, project)
    assert all(op["operation"] == "update_product" for op in ops), ops
    scales = {op["sceneId"]: op["scale"] for op in ops}
    assert scales[bigger] > project.scene(bigger).product.scale
    assert scales[smaller] < project.scene(smaller).product.scale


def test_the_second_half_about_the_text_stays_the_text() -> None:
    ops = wires("make the text bigger in the hook and smaller in the cta", two_showcases_project())
    assert [op["operation"] for op in ops] == ["update_overlay", "update_overlay"], ops


@pytest.mark.parametrize(
    "text",
    [
        "make version b with calmer music and a blue palette",
        "version b: calmer music, blue palette",
    ],
)
def test_a_palette_after_music_in_a_variant_is_kept(text: str) -> None:
    (variant,) = wires(text)
    assert variant["operation"] == "create_variation"
    assert {"operation": "update_style", "musicMood": "calm"} in variant["operations"]
    assert {"operation": "update_style", "palette": ["#0000FF"]} in variant["operations"]


def test_a_colour_list_still_reads_as_one_palette() -> None:
    assert wires("navy and gold palette") == [
        {"operation": "update_style", "palette": ["#000080", "#FFD700"]}
    ]


@pytest.mark.parametrize("text", ["white with a shadow", "make the text white with a drop shadow"])
def test_white_with_a_shadow_is_the_texts_colour(text: str) -> None:
    ops = wires(text)
    assert ops and all(op["operation"] == "update_overlay" and op["color"] == "#FFFFFF" for op in ops), ops


def test_the_text_should_pop_more_asks_how() -> None:
    turn = parse_message("the text should pop more", basic_project())
    assert not turn.operations and turn.question and turn.question.startswith("How should the text stand out")


@pytest.mark.parametrize(
    "text", ["make all the scenes the same length", "every scene the same length please"]
)
def test_every_scene_the_same_length_shares_the_ads_length(text: str) -> None:
    assert wires(text) == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5.0},
        {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.0},
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0},
    ]


def test_the_text_there_after_a_question_about_a_scene_is_that_scenes_text() -> None:
    project = basic_project()
    asked = parse_message("what does the ad say at the end?", project)
    state = ConversationState(scene_ids=list(asked.scene_ids or []), topic=asked.topic)
    turn = parse_message("can you make the text there shorter", project, state=state)
    assert not turn.operations and turn.question and "CTA text" in turn.question, turn


def test_a_brief_that_is_minimal_and_calm_is_calm_and_its_list_ends_with_the_sentence() -> None:
    turn = parse_message(
        "30 second spot for Lumen desk lamps, minimal and calm, 4 scenes: hook, problem, showcase, cta. "
        'cta "Light that works"',
        None,
    )
    assert turn.brief is not None
    assert turn.brief.mood == "calm"
    assert turn.brief.scene_roles == ["hook", "problem", "showcase", "cta"]
    assert turn.brief.cta_text == "Light that works"


def test_a_minimal_brief_plans_the_calm_look() -> None:
    from adgen.pipeline.services.planner.local import resolve_mood

    turn = parse_message("a 20 s ad for Lumen desk lamps, minimal", None)
    assert turn.brief is not None and resolve_mood(turn.brief) == "calm"


@pytest.mark.parametrize("text", ["make B the main one", "set B as the main version", "B is our final one"])
def test_a_version_made_the_main_one_is_picked(text: str) -> None:
    from parse_helpers import with_version_b

    original = basic_project()
    _, family = with_version_b(original, "p_basic_b")
    turn = parse_message(text, original, family=lambda: family)
    assert turn.switch_to == "p_basic_b" and not turn.operations, (text, turn)


# --- the fourth sitting batch (sit4.txt) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "left"),
    [
        ('remove the word "today" from the cta', "scene_3", "Order"),
        ('take "today" out of the cta', "scene_3", "Order"),
        ('delete "Smooth." from the showcase text', "scene_2", "Bold. 100% arabica"),
        ("cut the word bold from the showcase", "scene_2", "Smooth. 100% arabica"),
    ],
)
def test_words_taken_out_of_a_text_never_remove_the_scene(text: str, scene: str, left: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": left}]


def test_words_a_text_does_not_have_are_said_back() -> None:
    turn = parse_message("remove the word coffee from the hook", basic_project())
    assert not turn.operations and turn.unknown and "Wake up to cold brew" in turn.unknown, turn


def test_a_scene_is_still_removed_from_the_ad() -> None:
    assert wires("remove the showcase from the ad") == [{"operation": "remove_scene", "sceneId": "scene_2"}]


@pytest.mark.parametrize("text", ["remove the text from the showcase", "no text in the showcase"])
def test_a_text_removed_whole_gets_the_reason(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown and "can't be empty" in turn.unknown, turn


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the music is fine but a little loud", [{"operation": "update_audio", "volume": 0.7}]),
        ("music is fine, just a little loud", [{"operation": "update_audio", "volume": 0.7}]),
        (
            "the hook is good but make it shorter",
            [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.2}],
        ),
        (
            "the cta looks nice, just make it bigger",
            [{"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 90}],
        ),
    ],
)
def test_praise_then_a_change_changes_what_was_praised(text: str, expected: list) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize("text", ["show me a preview", "can I see what it looks like now?"])
def test_asking_to_see_it_renders(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.wants_render and not turn.operations and not turn.unknown and not turn.answer, turn


@pytest.mark.parametrize(("follow_up", "position"), [("not that high", "center"), ("a bit lower", "center")])
def test_a_text_moved_too_far_comes_back_one_place(follow_up: str, position: str) -> None:
    changed, state = after("move the showcase text to the top", basic_project())
    assert wires(follow_up, changed, state) == [
        {"operation": "update_overlay", "sceneId": "scene_2", "position": position}
    ]


def test_a_bit_down_from_the_top_is_the_middle() -> None:
    assert wires("move the hook text down a bit") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "position": "center"}
    ]


def test_it_after_a_question_about_the_brand_name_is_the_name() -> None:
    project = basic_project()
    asked = parse_message("what's the brand name on this?", project)
    assert asked.answer and "Northwind Coffee" in asked.answer
    state = ConversationState(topic=asked.topic, last_question="what's the brand name on this?")
    assert wires('change it to "Crumb & Co"', project, state) == [
        {"operation": "update_brand", "name": "Crumb & Co"}
    ]


# --- the fifth sitting batch (sit5.txt) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ('can you put "New!" above the text in the hook?', "scene_1", "New!\nWake up to cold brew"),
        ('add "Limited edition" above the headline in the cta', "scene_3", "Limited edition\nOrder today"),
    ],
)
def test_a_line_put_above_the_text_goes_first(text: str, scene: str, words: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": words}]


def test_a_sense_of_urgency_asks_for_the_words_of_that_scene_only() -> None:
    turn = parse_message("the cta needs a sense of urgency", basic_project())
    assert not turn.operations and turn.question and "CTA text say instead" in turn.question, turn
    turn = parse_message("the music needs urgency", basic_project())
    assert not (turn.question and "text say instead" in turn.question), turn


@pytest.mark.parametrize(
    ("text", "font"),
    [
        ("use Lora as our brand font", "Lora"),
        ("our brand typeface is Space Grotesk, use that", "Space Grotesk"),
        ("switch the brand font over to Lora", "Lora"),
    ],
)
def test_a_brand_font_named_is_set(text: str, font: str) -> None:
    assert wires(text) == [{"operation": "update_brand", "font": font}]


def test_a_question_the_brief_asks_us_is_never_the_hook() -> None:
    from adgen.pipeline.services.planner.local import _question

    assert _question("hi! i run a small candle shop. can you make an ad? something cozy") is None
    assert _question("Tired of cold coffee? A 15 s ad for our cold brew") == "Tired of cold coffee?"


def test_a_business_named_in_brackets_is_the_brand_and_dreamy_is_calm() -> None:
    turn = parse_message(
        "hi! i run a small candle shop (Wick & Whim). can you make an ad? something cozy, maybe 20s", None
    )
    assert turn.brief is not None and turn.brief.brand_name == "Wick & Whim" and turn.brief.mood == "warm"
    turn = parse_message(
        'a video for Solace sleep masks. 15 seconds, dreamy. End with "Sleep deeper tonight"', None
    )
    assert turn.brief is not None and turn.brief.mood == "calm"


def test_a_scene_named_before_a_variant_dropped_it_is_no_crash() -> None:
    from parse_helpers import basic_with

    project = basic_with()
    dropped = project.model_copy(
        update={"scenes": [s for s in project.scenes if s.id != "scene_2"], "duration_sec": 8}
    )
    state = ConversationState(scene_ids=["scene_2"])
    turn = parse_message("music louder in that one", dropped, state=state)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "update_audio", "volume": 1.0}], turn


def test_a_typo_of_reviews_is_still_reviews() -> None:
    from adgen.agent.understanding.normaliser import normalise

    assert normalise("reveiws text in gren") in ("reviews text in green", "review text in green")
