"""What the lead found using the chat as a new user, each kept from happening again: "any cta
ideas?" answered with the current words, a question for one request dropped when another followed,
"il testo della scena finale" read as "the text scene", a second request said without a comma
swallowed into the first one's words, a sign-off after a dash kept in the words, and the product's
place and size sent to different scenes when none was named."""

from __future__ import annotations

import pytest
from parse_helpers import wires
from phrase_suite import basic_project, two_showcases_project

from adgen.agent.understanding import parse_message

# --- 1. asking for ideas for the words: new words offered or asked for, never the current ones ---


@pytest.mark.parametrize(
    "text",
    [
        "any ideas for the cta?",
        "got any suggestions for the hook text?",
        "do you have alternatives for the cta line?",
        "any hook ideas?",
        "have you got any options for the closing line?",
        "can you suggest a better cta?",
    ],
)
def test_asking_for_ideas_offers_new_words(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations
    assert turn.answer is None or "Order today" not in turn.answer and "Wake up" not in turn.answer
    assert turn.question and "say instead" in turn.question
    assert turn.pending is not None and turn.pending.options  # "something different" writes a line


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("what does the cta say?", "Order today"),
        ("what's the hook text?", "Wake up to cold brew"),
        ("which words are on the cta?", "Order today"),
        ("remind me what the hook says?", "Wake up to cold brew"),
    ],
)
def test_asking_what_the_words_are_still_answers_them(text: str, words: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer and words in turn.answer


# --- 2. several requests, one of which needs a question: the others applied, the question asked ---


@pytest.mark.parametrize(
    ("text", "operation"),
    [
        ("trim the cta copy and turn the music up", "update_audio"),
        ("make the music quieter and shorten the hook wording", "update_audio"),
        ("cut down the hook text, also make the cta yellow", "update_overlay"),
        ("the cta text is too long, and make the music calmer", "update_style"),
        ("make the hook 5 seconds and rewrite the cta", "update_scene"),
    ],
)
def test_a_question_is_still_asked_beside_the_clear_requests(text: str, operation: str) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire()["operation"] for op in turn.operations] == [operation]
    assert turn.question


@pytest.mark.parametrize(
    "text",
    [
        "the cta feels abrupt, make it a second longer",
        "the music feels off, make it more upbeat",
    ],
)
def test_a_complaint_its_own_request_fixes_asks_nothing(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.operations and not turn.question


# --- 3. "the text of the final scene" in other languages ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "metti il testo della scena finale in giallo",
        "colora di giallo il testo della scena finale",
        "metti il testo dell'ultima scena in giallo",
        "mets le texte de la scène finale en jaune",
        "coloque o texto da cena final em amarelo",
        "põe o texto da última cena em amarelo",
        "pon el texto de la escena final en amarillo",
        "maak de tekst van de laatste scène geel",
        "maak de tekst van de slotscène geel",
        "mach den Text der Schlussszene gelb",
        "mach den Text der finalen Szene gelb",
    ],
)
def test_the_text_of_the_final_scene_is_the_last_scenes(text: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFF00"}]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("metti il testo della prima scena in giallo", "scene_1"),
        ("mets le texte de la première scène en jaune", "scene_1"),
    ],
)
def test_the_text_of_another_scene_keeps_its_scene(text: str, scene: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "color": "#FFFF00"}]


# --- 4. dictated run-ons: a second request said without a comma ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "make the hook 5 seconds also the cta should say Buy today",
            [
                {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5.0},
                {"operation": "update_overlay", "sceneId": "scene_3", "text": "Buy today"},
            ],
        ),
        (
            "make the music quieter and also the cta should say Grab one",
            [
                {"operation": "update_audio", "volume": 0.6},
                {"operation": "update_overlay", "sceneId": "scene_3", "text": "Grab one"},
            ],
        ),
        (
            "the brand name is Bean There Co now please update it",
            [{"operation": "update_brand", "name": "Bean There Co"}],
        ),
        (
            "call the brand Brewly now please make the cta yellow",
            [
                {"operation": "update_brand", "name": "Brewly"},
                {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFF00"},
            ],
        ),
    ],
)
def test_a_spoken_joiner_starts_a_request_of_its_own(text: str, expected: list) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("make the cta say Shop now", "Shop now"),
        ("make the cta say 'Order now please update'", "Order now please update"),
        ("make the cta say 'Call us also today'", "Call us also today"),
        ("make the cta say Buy now please", "Buy now"),
    ],
)
def test_words_keep_their_joiners(text: str, words: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_3", "text": words}]


# --- 5. a sign-off after a dash is no part of the words ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "make the cta say Get yours today — Priya",
        "the cta should read Get yours today - Dan",
        "change the cta to Get yours today – cheers, Lena",
        "make the cta say Get yours today -- thanks Sam",
        "make the cta say Get yours today —Priya",
    ],
)
def test_a_sign_off_after_a_dash_is_left_out(text: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Get yours today"}]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("make the cta say 'Get yours today — Priya'", "Get yours today — Priya"),
        ("make the cta say Cold brew - on tap", "Cold brew - on tap"),
        ("make the cta say Brew - Drink - Repeat", "Brew - Drink - Repeat"),
    ],
)
def test_words_with_a_dash_inside_are_kept(text: str, words: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_3", "text": words}]


# --- 6. the product's place and size: the same scene when none is named ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "move the product to the left",
        "put the bottle on the right",
        "shift the product over to the left side",
        "place the product on the left",
    ],
)
def test_the_products_place_goes_where_its_size_goes(text: str) -> None:
    size = {op["sceneId"] for op in wires("make the product bigger")}
    place = wires(text)
    assert {op.get("sceneId") for op in place} == size == {"scene_2"}


def test_with_two_showcases_place_and_size_pick_the_same_scenes() -> None:
    project = two_showcases_project()
    size = {op["sceneId"] for op in wires("make the product bigger", project)}
    place = {op.get("sceneId") for op in wires("move the product to the left", project)}
    assert place == size


@pytest.mark.parametrize(
    ("text", "scenes"),
    [
        ("move the product to the left in the cta", {"scene_3"}),
        ("move the product to the left in every scene", {"scene_2", "scene_3"}),
    ],
)
def test_a_named_scene_still_decides_the_products_place(text: str, scenes: set[str]) -> None:
    assert {op["sceneId"] for op in wires(text)} == scenes
