"""Round eleven c of issue 15: the general classes behind dev9's complaint, edit, refusal,
brief, typo and open-brief failures.

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import basic_with, wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.project import AdProject


def only(text: str) -> dict[str, Any]:
    ops = wires(text)
    assert len(ops) == 1, (text, ops)
    return ops[0]


# --- a value after a framing colon ("to the brand: X") is only the words after the colon --------


@pytest.mark.parametrize(
    ("text", "tagline"),
    [
        ("add a slogan for the brand: Built to last", "Built to last"),
        ("put a tagline on our brand: Brewed bold", "Brewed bold"),
        ("set the strapline of the brand to: Cold, smooth, yours", "Cold, smooth, yours"),
    ],
)
def test_tagline_after_a_framing_colon(text: str, tagline: str) -> None:
    op = only(text)
    assert op["operation"] == "update_brand" and op["tagline"] == tagline


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        ("change what the voice says in scene 2 to: Fresh every morning", "scene_2", "Fresh every morning"),
        ("make the narrator in the last scene say: Order yours today.", "scene_3", "Order yours today"),
    ],
)
def test_voice_line_after_a_framing_colon(text: str, scene: str, line: str) -> None:
    op = only(text)
    assert op["operation"] == "update_voiceover" and op["sceneId"] == scene and op["text"] == line


def test_a_colon_inside_copy_is_kept() -> None:
    op = only("tagline: Note: quality first")
    assert op["tagline"] == "Note: quality first"


# --- an aside in brackets after a name is about the name, not part of it -------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("our brand is now Fern and Finch (no ampersand please)", "Fern and Finch"),
        ("the company name is Lumo Labs (capital L on both)", "Lumo Labs"),
    ],
)
def test_bracketed_aside_ends_a_name(text: str, name: str) -> None:
    op = only(text)
    assert op["operation"] == "update_brand" and op["name"] == name


# --- "read it back to me" asks to hear the words, never sets them ------------------------------


@pytest.mark.parametrize(
    "text", ["read that back to me", "can you read it back?", "read them back to me please"]
)
def test_read_back_sets_no_text(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not [op for op in turn.operations if op.to_wire()["operation"] == "update_overlay"]


# --- a quote corrected inside the same message: the later quote is meant -----------------------


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        (
            "make the hook say 'Wake up to cold brwe' - oops, 'Wake up to cold brew'",
            "scene_1",
            "Wake up to cold brew",
        ),
        ("cta text 'Shop nwo' sorry I mean 'Shop now'", "scene_3", "Shop now"),
        ("set the showcase to 'Smoth and bold'... typo, 'Smooth and bold'", "scene_2", "Smooth and bold"),
    ],
)
def test_corrected_quote_is_the_one_set(text: str, scene: str, words: str) -> None:
    op = only(text)
    assert op["operation"] == "update_overlay" and op["sceneId"] == scene and op["text"] == words


def test_two_different_quotes_are_not_a_correction() -> None:
    from adgen.agent.understanding.quotes import mask_quotes
    from adgen.agent.understanding.self_corrections import keep_corrected_quote

    masked, quotes = mask_quotes("hook 'Wake up' and actually the cta 'Free shipping today'")
    assert keep_corrected_quote(masked, quotes) == masked


# --- "font <typo> <number>": a mistyped field, read for typos, never a font's name --------------


@pytest.mark.parametrize(
    ("text", "scene", "size"),
    [("cta font szie 80", "scene_3", 80), ("showcase font sise to 50", "scene_2", 50)],
)
def test_mistyped_font_size(text: str, scene: str, size: int) -> None:
    op = only(text)
    assert op["operation"] == "update_overlay" and op["sceneId"] == scene and op["fontSize"] == size


def test_a_font_name_is_still_a_font() -> None:
    op = only("use the font Lato")
    assert op["operation"] == "update_brand" and op["font"] == "Lato"


# --- text named by its quoted words, the same shade as its background: a text colour ---------


@pytest.mark.parametrize(
    ("text", "scene", "colour"),
    [
        ("the 'Wake up to cold brew' line is dark on a dark background", "scene_1", "#FFFFFF"),
        (
            "the 'Wake up to cold brew' words are navy on a dark navy backdrop, can't make them out",
            "scene_1",
            "#FFFFFF",
        ),
        ("'Smooth. Bold. 100% arabica' text is white against a pale sky", "scene_2", "#1A1A1A"),
    ],
)
def test_quoted_text_without_contrast(text: str, scene: str, colour: str) -> None:
    ops = wires(text)
    assert ops == [{"operation": "update_overlay", "sceneId": scene, "color": colour}]


# --- a low mood said as a feeling: a lighter mood, never the lighting ---------------------------


@pytest.mark.parametrize(
    "text", ["it all feels a bit bleak", "the whole ad is so sombre", "honestly this is kinda dreary"]
)
def test_low_mood_complaint(text: str) -> None:
    op = only(text)
    assert op["operation"] == "update_style" and op.get("mood") == "playful"


# --- music complaints said as how it is ("is kinda sad", "sounds like elevator music") ----------


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("the song is kinda sad", "upbeat"),
        ("this track sounds like elevator music", "cinematic"),
        ("the beat feels a bit cheap", "cinematic"),
        ("this upbeat tune sounds so dated", "cinematic"),
    ],
)
def test_music_complaint_said_as_a_state(text: str, mood: str) -> None:
    op = only(text)
    assert op["operation"] == "update_style" and op["musicMood"] == mood


@pytest.mark.parametrize("text", ["music is upbeat, keep it", "make sure the music is upbeat"])
def test_music_described_is_no_complaint(text: str) -> None:
    assert all(op.get("musicMood") != "calm" for op in wires(text))


# --- a scene on screen too briefly, said as what the viewer misses: that scene longer ----------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the cta is gone in a blink", "scene_3"),
        ("the last scene whizzes past", "scene_3"),
        ("the splash scene is over before anyone can read it", "scene_1"),
        ("the second scene zips by", "scene_2"),
    ],
)
def test_scene_gone_too_soon_is_lengthened(text: str, scene: str) -> None:
    project = basic_project()
    op = only(text)
    assert op["operation"] == "update_scene" and op["sceneId"] == scene
    assert op["durationSec"] > project.scene(scene).duration_sec


def test_the_same_complaint_twice_is_one_step() -> None:
    ops = wires("the opening feels rushed, the wake up card zips past")
    assert ops == [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5.0}]


# --- a size said with an intensifier or a small-word is the complaint: the other way ------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [("'Smooth. Bold. 100% arabica' looks weedy", "scene_2"), ("the cta text is puny", "scene_3")],
)
def test_small_words_make_text_bigger(text: str, scene: str) -> None:
    project = basic_project()
    op = only(text)
    assert op["operation"] == "update_overlay" and op["sceneId"] == scene
    assert op["fontSize"] > project.scene(scene).overlay.font_size


def test_so_big_product_gets_smaller() -> None:
    project = basic_project()
    op = only("the product in the showcase is so big")
    assert op["operation"] == "update_product" and op["scale"] < project.scene("scene_2").product.scale


def test_a_quote_no_scene_says_is_no_reference() -> None:
    turn = parse_message("'Totally new words' looks great", basic_project())
    assert not turn.operations


# --- a colour said as what a text is now, then the one wanted: only the wanted one --------------


def _yellow_showcase() -> AdProject:
    project = basic_project()
    data = project.model_dump(by_alias=True)
    data["scenes"][1]["overlay"]["color"] = "#F5D000"
    return AdProject.model_validate(data)


@pytest.mark.parametrize(
    "text",
    [
        "the showcase line is yellow, I'd like it plain white",
        "the 'Smooth. Bold. 100% arabica' words are currently yellow, should be white like the rest",
    ],
)
def test_current_colour_is_no_request(text: str) -> None:
    ops = wires(text, _yellow_showcase())
    assert ops == [{"operation": "update_overlay", "sceneId": "scene_2", "color": "#FFFFFF"}]


def test_a_wished_colour_is_still_set() -> None:
    ops = wires("make sure the showcase text is red", _yellow_showcase())
    assert ops and ops[0]["color"] == "#FF0000"


# --- volume as a level in percent words --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "volume"), [("music level to 30 percent", 0.3), ("audio at 25 per cent", 0.25)]
)
def test_volume_in_percent_words(text: str, volume: float) -> None:
    assert wires(text) == [{"operation": "update_audio", "volume": volume}]


# --- the product can't be seen where it is hidden: show it there (not bigger) ------------------


def _with_photo() -> AdProject:
    return basic_with(
        productAsset={"sourceUrl": "media/uploads/bottle.png", "checksum": "0" * 64},
        scene_2__product__visible=True,
    )


@pytest.mark.parametrize(
    "text",
    [
        "I can't see the bottle in the opening scene",
        "why can't we see the product in the hook?",
        "the product is missing from the first scene",
    ],
)
def test_unseen_hidden_product_is_shown(text: str) -> None:
    assert wires(text, _with_photo()) == [
        {"operation": "update_product", "sceneId": "scene_1", "visible": True}
    ]


def test_unseen_shown_product_gets_bigger() -> None:
    ops = wires("I can't really see the product in the showcase", _with_photo())
    assert ops and ops[0]["sceneId"] == "scene_2" and ops[0]["scale"] > 0.5
