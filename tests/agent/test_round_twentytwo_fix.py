"""Round twenty-two (helper fix37): the last sitting's wrong edits and misses, each as a class:
"the other one" is the version not open (it edited the open ad); "a darker blue" after a text
colour is that text's colour (it darkened the picture); the text's own colour a shade darker;
"undo that and try darker text instead"; "keep the old words"; "in brand font" with no brand font
set (it set a family called "Brand")."""

from __future__ import annotations

import pytest
from parse_helpers import after, wires, with_version_b
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate

# basic_project: 15 s; hook 4 s (white text #FFFFFF, 64), showcase 7 s (white, 56), cta 4 s
# (#F2A541, 72); no brand font.


def _doc(project) -> dict:
    """The document's content (its version counter and history are the store's)."""
    doc = project.model_dump(by_alias=True)
    doc.pop("version", None)
    doc.pop("history", None)
    return doc


def _applied(project, turn) -> dict:
    changed, error = simulate(project, turn.operations)
    assert error is None, error
    return _doc(changed)


def _with(doc: dict, **overlay_colours: str) -> dict:
    """``doc`` with the given scenes' text colours (``scene_1="#..."``)."""
    for scene in doc["scenes"]:
        if scene["id"] in overlay_colours:
            scene["overlay"]["color"] = overlay_colours[scene["id"]]
    return doc


# --- 1. "the other one" on an ad with two versions: the version that is not open -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make the other one 20 seconds", [{"operation": "set_duration", "durationSec": 20.0}]),
        ("give the other version calmer music", [{"operation": "update_style", "musicMood": "calm"}]),
        ("the other variant should be 12 seconds long", [{"operation": "set_duration", "durationSec": 12.0}]),
    ],
)
def test_the_other_one_is_the_version_that_is_not_open(text: str, expected: list) -> None:
    original = basic_project()
    variant, family = with_version_b(original, "p_basic_b")
    turn = parse_message(text, original, family=lambda: family)
    assert turn.switch_to == "p_basic_b" and not turn.question, turn
    assert [op.to_wire() for op in turn.operations] == expected
    # from version B, "the other one" is the original
    back = parse_message(text, variant, family=lambda: family)
    assert back.switch_to == original.project_id and [op.to_wire() for op in back.operations] == expected


def test_the_other_one_among_three_versions_is_asked() -> None:
    from adgen.agent.understanding.switching import VariantFamily

    original = basic_project()
    b, c = original.model_copy(deep=True), original.model_copy(deep=True)
    b.project_id, c.project_id = "p_b", "p_c"
    projects = {p.project_id: p for p in (original, b, c)}
    family = VariantFamily(original.project_id, [("B", "p_b"), ("C", "p_c")], load=projects.get)
    turn = parse_message("make the other one 20 seconds", original, family=lambda: family)
    assert not turn.operations and turn.switch_to is None, turn
    assert "B or C" in (turn.question or turn.unknown or ""), turn


def test_the_other_scene_is_no_version() -> None:
    original = basic_project()
    _, family = with_version_b(original, "p_basic_b")
    turn = parse_message("make the other scene 20 seconds", original, family=lambda: family)
    assert turn.switch_to is None and not turn.operations


# --- 2. "a darker blue" after a text colour: that text, a shade of the colour named ---------------


@pytest.mark.parametrize(
    ("first", "second", "scene", "colour"),
    [
        ("make the CTA text red", "a darker blue", "scene_3", "#0000BF"),
        ("make the hook text red", "maybe a lighter pink please", "scene_1", "#FFD0D8"),
        ("make the showcase text yellow", "hmm a bit darker green", "scene_2", "#006D00"),
    ],
)
def test_a_shade_of_another_colour_after_a_text_colour_is_that_texts_colour(
    first: str, second: str, scene: str, colour: str
) -> None:
    project, state = after(first, basic_project())
    turn = parse_message(second, project, state=state)
    assert not turn.question and not turn.unknown, turn
    assert _applied(project, turn) == _with(_doc(project), **{scene: colour})


def test_a_darker_shade_of_the_colour_just_set_still_asks() -> None:
    project, state = after("make the CTA text red", basic_project())
    turn = parse_message("a darker red", project, state=state)
    assert not turn.operations and "text colour, or a darker scene" in (turn.question or "")


# --- the text's own colour a shade darker (no colour named) --------------------------------------


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("make the hook text darker", {"scene_1": "#BFBFBF"}),
        ("the cta text should be darker", {"scene_3": "#B67C31"}),
        ("darker text on the cta", {"scene_3": "#B67C31"}),
        ("make the cta text colour a bit lighter", {"scene_3": "#F4B25E"}),
    ],
)
def test_darker_text_is_its_own_colour_a_shade_darker(text: str, colours: dict) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    assert not turn.question and not turn.unknown, turn
    assert _applied(project, turn) == _with(_doc(project), **colours)


def test_a_darker_scene_is_still_its_picture() -> None:
    (op,) = wires("make the hook darker")
    assert op["operation"] == "update_scene" and op["backgroundPrompt"].endswith(", darker"), op


# --- 6. "undo that and try darker text instead": the undo, then the text as it was, darker --------


@pytest.mark.parametrize(
    ("first", "second", "scene", "colour"),
    [
        ("make the hook text yellow", "no, undo that and try darker text instead", "scene_1", "#BFBFBF"),
        ("make the cta text red", "undo that, make the text darker instead", "scene_3", "#B67C31"),
        ("make the hook text yellow", "undo and make the text a bit darker", "scene_1", "#D9D9D9"),
    ],
)
def test_undo_then_darker_text_shades_the_text_as_it_was(
    first: str, second: str, scene: str, colour: str
) -> None:
    project, state = after(first, basic_project())
    assert wires(second, project, state) == [
        {"operation": "undo"},
        {"operation": "update_overlay", "sceneId": scene, "color": colour},
    ]


# --- 4. "keep the old words": the words as they were before the last change ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "actually keep the old words",
        "let's stick with the previous text",
        "hmm I prefer the original line",
        "keep the old words please",
    ],
)
def test_keep_the_old_words_puts_them_back(text: str) -> None:
    project, state = after("change the hook text to 'Wake up cold'", basic_project())
    assert wires(text, project, state) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Wake up to cold brew"}
    ]


def test_keep_the_old_colour_puts_it_back_and_keep_the_words_asks_nothing() -> None:
    project, state = after("make the hook text red", basic_project())
    assert wires("keep the old colour", project, state) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFFFF"}
    ]
    turn = parse_message("keep the words", project, state=state)
    assert not turn.operations and not turn.question


def test_keep_the_old_words_after_a_colour_change_says_why_not() -> None:
    project, state = after("make the hook text red", basic_project())
    turn = parse_message("actually keep the old words", project, state=state)
    assert not turn.operations and "didn't change the words" in (turn.unknown or ""), turn


# --- 11. the brand font, with none set: the reason, never a family called "Brand" ----------------


@pytest.mark.parametrize(
    "text",
    [
        "put all text in the brand font",
        "all text in brand font pls",
        "make every text the brand font",
        "switch all text to brand font",
    ],
)
def test_the_brand_font_with_none_set_says_how_to_set_one(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and "No brand font is set yet" in (turn.unknown or ""), turn


def test_a_brand_font_named_is_still_set() -> None:
    assert wires("set brand font to Lora") == [{"operation": "update_brand", "font": "Lora"}]


# --- 3. "and the music too" after a look given to a scene: the music, that look in its terms ------


@pytest.mark.parametrize(
    "second", ["and the music too", "the soundtrack as well", "same for the music please"]
)
def test_the_music_too_after_more_energy_makes_the_music_more_energetic(second: str) -> None:
    from parse_helpers import basic_with

    start = basic_with(style__musicMood="calm", audio__mood="calm")
    project, state = after("the hook needs more energy", start)
    assert wires(second, project, state) == [{"operation": "update_style", "musicMood": "upbeat"}]


def test_the_music_too_after_a_calmer_scene_is_calmer_music() -> None:
    project, state = after("make the hook calmer", basic_project())
    assert wires("and the music too", project, state) == [{"operation": "update_style", "musicMood": "calm"}]


def test_the_music_too_after_a_text_colour_borrows_nothing() -> None:
    project, state = after("make the hook text red", basic_project())
    turn = parse_message("and the music too", project, state=state)
    assert not turn.operations, turn


# --- 10. every scene the same length, and "make them all equal" after a length question ----------

_EQUAL = [
    {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5.0},
    {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.0},
    {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0},
]


@pytest.mark.parametrize(
    "reply", ["make them all equal", "all equal please", "equal", "just make them the same"]
)
def test_make_them_all_equal_after_a_length_question_shares_the_length_out(reply: str) -> None:
    from adgen.agent.conversation_state import ConversationState

    project = basic_project()
    asked = parse_message("the showcase is sooo long", project)
    assert asked.question and asked.question.startswith("How long should"), asked
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    assert wires(reply, project, state) == _EQUAL


def test_make_them_all_equal_after_asking_each_scenes_length() -> None:
    from adgen.agent.conversation_state import ConversationState

    project = basic_project()
    state = ConversationState(project_id=project.project_id, last_question="how long should each scene be?")
    assert wires("make them all equal", project, state) == _EQUAL


@pytest.mark.parametrize(
    "text", ["make all the scenes equal length", "equal scene lengths please", "every scene the same length"]
)
def test_equal_scene_lengths_said_with_length_need_no_question(text: str) -> None:
    assert wires(text) == _EQUAL


def test_make_them_all_equal_with_no_length_in_view_changes_nothing() -> None:
    turn = parse_message("make them all equal", basic_project())
    assert not turn.operations


# --- 8. "how big is the file": what is known, and where the size shows ----------------------------


@pytest.mark.parametrize(
    "text", ["how big is the file", "what's the file size?", "how many MB will the video be?"]
)
def test_the_file_size_is_known_after_the_render(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and not turn.question, turn
    assert "has not been rendered" in (turn.answer or "") and "render" in turn.answer, turn


def test_how_big_is_the_text_is_still_its_size() -> None:
    turn = parse_message("how big is the hook text", basic_project())
    assert "text size 64" in (turn.answer or ""), turn


# --- 9. a picture that looks fake: which scene, made realistic (asked) ----------------------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the coffee splash looks so CGI", "scene_1"),
        ("the hook looks kinda fake", "scene_1"),
        ("the cold brew bottle doesn't look real", "scene_2"),
    ],
)
def test_a_fake_looking_picture_asks_to_make_it_realistic(text: str, scene: str) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    assert not turn.operations and "more realistic" in (turn.question or ""), turn
    chosen = turn.pending.choose("more realistic")
    prompt = project.scene(scene).background_prompt
    assert chosen is not None and chosen.operations == [
        {
            "operation": "update_scene",
            "sceneId": scene,
            "backgroundPrompt": f"{prompt}, photorealistic, natural light, real textures",
        }
    ]


@pytest.mark.parametrize("text", ["the bread looks fake", "everything looks so artificial"])
def test_a_fake_looking_thing_no_picture_shows_asks_which_scene(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and (turn.question or "").startswith("Which scene's picture looks fake"), turn
    chosen = turn.pending.choose("the showcase")
    assert chosen is not None and [op["sceneId"] for op in chosen.operations] == ["scene_2"]


def test_fake_sounding_words_are_still_the_words() -> None:
    turn = parse_message("the cta text feels fake", basic_project())
    assert "picture" not in (turn.question or ""), turn
