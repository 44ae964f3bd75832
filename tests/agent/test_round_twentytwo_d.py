"""Round twenty-two, d (loose38, on dev15, a crowd the parser had not met): a scene named by a
loose time or place in the ad ("the words at the very start", "in the first 3 seconds", "right
before the end", "the middle part", "the second bit"); requests in Hinglish and Indonesian (two
new tables, :mod:`hinglish_indonesian`), and in French, German, Portuguese and Swedish words the
tables lacked ("aussi", "könnt ihr", "a parte do meio", "rösten"); typos of the words of a place
("at the strat", "the can ther"). Each test asserts the exact operations, so nothing else changed."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.foreign import language_of

# basic_project: 15 s; hook 4 s (white text, 64, at the top), showcase 7 s (white, 56), cta 4 s
# (#F2A541, 72); music upbeat at 0.8; voice-over off.


def _set(scene: str, **fields: Any) -> dict[str, Any]:
    return {"operation": "update_overlay", "sceneId": scene, **fields}


# --- (a) a scene named by a loose time or order ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("change the words at the very start to 'Brewed Cold'", _set("scene_1", text="Brewed Cold")),
        ("make the words at the very start say 'Hello'", _set("scene_1", text="Hello")),
        ("the text at the very beginning should be yellow", _set("scene_1", color="#FFFF00")),
        ("change the text at the start to 'Hi'", _set("scene_1", text="Hi")),
        ("put the text at the start at the bottom", _set("scene_1", position="bottom")),
        ("make the text at the very start bigger", _set("scene_1", fontSize=80)),
    ],
)
def test_the_words_at_the_start_are_the_first_scenes(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("right before the end, make the words say 'Join us'", _set("scene_2", text="Join us")),
        ("just before the end make the text yellow", _set("scene_2", color="#FFFF00")),
        ("the text immediately before the end should be at the top", _set("scene_2", position="top")),
        ("make the text right before the end bigger", _set("scene_2", fontSize=70)),
    ],
)
def test_right_before_the_end_is_the_scene_before_the_last(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the words in the first 3 seconds, can they sit at the top of the screen",
            _set("scene_1", position="top"),
        ),
        ("make the text in the first 2 seconds white", _set("scene_1", color="#FFFFFF")),
        ("the words in the opening 3 seconds should be bigger", _set("scene_1", fontSize=80)),
        ("the text in the last 2 seconds should be white", _set("scene_3", color="#FFFFFF")),
    ],
)
def test_the_words_in_the_first_seconds_are_that_scenes_words(text: str, expected: dict[str, Any]) -> None:
    # (the hook's words stand in the centre here, so "at the top" is a move)
    project = basic_with(scene_1__overlay__position="center")
    assert wires(text, project) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "the words at the top, can they sit at the top of the screen",
        "can the hook text sit at the top",
        "the hook words should sit at the top",
    ],
)
def test_a_place_wished_with_sit_is_the_place_not_away_from_it(text: str) -> None:
    project = basic_with(scenes__overlay__position="center")
    ops = wires(text, project)
    assert ops and all(op.get("position") == "top" for op in ops), ops


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "make the middle part shorter",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.6},
        ),
        ("the middle bit 5 seconds", {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.0}),
        (
            "make the second bit longer",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 8.8},
        ),
        (
            "the second part should be 6 seconds",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 6.0},
        ),
    ],
)
def test_the_middle_part_and_the_second_bit_are_scenes(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "move the cta to the start",
            [{"operation": "reorder_scenes", "order": ["scene_3", "scene_1", "scene_2"]}],
        ),
        ("add 2 seconds at the start", [{"operation": "set_duration", "durationSec": 17.0}]),
    ],
)
def test_the_start_as_a_place_for_a_scene_names_no_scene(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


# --- (b) Hinglish and Indonesian, and words the other tables lacked -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "yaar last wala scene thoda lamba kar do, 6 second",
            [{"operation": "update_scene", "sceneId": "scene_3", "durationSec": 6.0}],
        ),
        (
            "akhri wala scene 5 second ka karo",
            [{"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0}],
        ),
        (
            "pehla scene chhota karo",
            [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.2}],
        ),
        ("aakhri scene ka text 'Order now' kar do", [_set("scene_3", text="Order now")]),
        ("hook ka text 'Namaste' kar do", [_set("scene_1", text="Namaste")]),
        ("pehle scene ka text peela kar do", [_set("scene_1", color="#FFFF00")]),
        ("cta ka text safed kar do", [_set("scene_3", color="#FFFFFF")]),
        ("hook ka text neela kar do", [_set("scene_1", color="#0000FF")]),
        (
            "text chhota kar do",
            [_set("scene_1", fontSize=51), _set("scene_2", fontSize=45), _set("scene_3", fontSize=58)],
        ),
        ("music thoda dheema karo", [{"operation": "update_audio", "volume": 0.7}]),
        ("musik ko thoda kam karo", [{"operation": "update_audio", "volume": 0.7}]),
        ("music shaant kar do", [{"operation": "update_style", "musicMood": "calm"}]),
        ("video thoda roshan kar do", [{"operation": "update_style", "lighting": "bright"}]),
        ("wapas karo", [{"operation": "undo"}]),
        ("music ka volume kam karo", [{"operation": "update_audio", "volume": 0.6}]),
        (
            "text bada aur music kam karo",
            [
                _set("scene_1", fontSize=80),
                _set("scene_2", fontSize=70),
                _set("scene_3", fontSize=90),
                {"operation": "update_audio", "volume": 0.6},
            ],
        ),
    ],
)
def test_hinglish_requests(text: str, expected: list[dict[str, Any]]) -> None:
    assert language_of(text) == "hi-latn"
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tolong ganti teks di awal jadi 'Matras licin?'", [_set("scene_1", text="Matras licin?")]),
        ("teks adegan terakhir jadi kuning", [_set("scene_3", color="#FFFF00")]),
        (
            "teksnya lebih besar",
            [_set("scene_1", fontSize=80), _set("scene_2", fontSize=70), _set("scene_3", fontSize=90)],
        ),
        (
            "adegan terakhir lebih panjang",
            [{"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0}],
        ),
        (
            "adegan pertama jadi 3 detik",
            [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0}],
        ),
        (
            "terima kasih, musiknya juga sedikit lebih pelan ya",
            [{"operation": "update_audio", "volume": 0.7}],
        ),
        ("musiknya lebih keras", [{"operation": "update_audio", "volume": 1.0}]),
        ("musiknya lebih tenang", [{"operation": "update_style", "musicMood": "calm"}]),
        ("batalkan ya", [{"operation": "undo"}]),
        ("bisa musiknya dikecilkan?", [{"operation": "update_audio", "volume": 0.6}]),
        ("bisa teksnya di akhir diganti jadi 'Yuk beli'?", [_set("scene_3", text="Yuk beli")]),
        ("tolong buat teks di akhir lebih besar", [_set("scene_3", fontSize=90)]),
        ("ubah warna teks di akhir jadi putih", [_set("scene_3", color="#FFFFFF")]),
        ("iklannya jadi 20 detik", [{"operation": "set_duration", "durationSec": 20.0}]),
        (
            "adegan pertama diperpanjang",
            [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5.0}],
        ),
    ],
)
def test_indonesian_requests(text: str, expected: list[dict[str, Any]]) -> None:
    assert language_of(text) == "id"
    assert wires(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "make the last scene a bit longer",
        "add the yoga mat to the last scene",
        "the brand is Bada Bing, make the text bigger",
        "make the text at the top bigger",
    ],
)
def test_english_with_a_word_of_the_new_tables_stays_english(text: str) -> None:
    assert language_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Könnt ihr den Text am Anfang nach oben setzen?", [_set("scene_1", position="top")]),
        ("Könntet ihr den Text am Ende nach unten setzen?", [_set("scene_3", position="bottom")]),
        ("Könnt ihr die Musik leiser machen?", [{"operation": "update_audio", "volume": 0.6}]),
    ],
)
def test_german_asked_of_several_people(text: str, expected: list[dict[str, Any]]) -> None:
    project = basic_with(scene_1__overlay__position="center")
    assert wires(text, project) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "deixa a parte do meio mais curta, tipo 6 segundos",
            [{"operation": "update_scene", "sceneId": "scene_2", "durationSec": 6.0}],
        ),
        (
            "deixa a parte do meio mais longa",
            [{"operation": "update_scene", "sceneId": "scene_2", "durationSec": 8.8}],
        ),
        (
            "faz a cena do meio mais curta",
            [{"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.6}],
        ),
    ],
)
def test_portuguese_middle_part(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("kan rösten prata lite långsammare?", 0.93),
        ("kan berättaren tala lite långsammare", 0.93),
        ("kan rösten prata lite snabbare?", 1.07),
    ],
)
def test_swedish_voice_pace(text: str, rate: float) -> None:
    assert wires(text) == [{"operation": "update_voice", "enabled": True, "rate": rate}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le texte du début en jaune aussi", [_set("scene_1", color="#FFFF00")]),
        ("le texte de la fin en blanc aussi", [_set("scene_3", color="#FFFFFF")]),
    ],
)
def test_french_aussi_is_too(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


def test_french_a_bit_bigger_too_after_a_colour_is_that_text() -> None:
    project, state = after("le texte de la fin, mets-le en blanc s'il te plaît", basic_project())
    turn = parse_message("et un peu plus grand aussi", project, state=state)
    assert not turn.question and not turn.unknown, turn
    ops = [op.to_wire() for op in turn.operations]
    assert (
        len(ops) == 1
        and ops[0]["sceneId"] == "scene_3"
        and set(ops[0]) == {"operation", "sceneId", "fontSize"}
    )
    assert 72 < ops[0]["fontSize"] <= 72 * 1.35, ops


# --- (c) typos of the words of a place --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make the txt at the strat biger", _set("scene_1", fontSize=80)),
        ("put the txt at the strat on top", _set("scene_1", position="top")),
        ("make teh txt at the strat yelow", _set("scene_1", color="#FFFF00")),
        ("cta colr to yelow", _set("scene_3", color="#FFFF00")),
    ],
)
def test_a_typo_of_start_or_a_colour_is_read(text: str, expected: dict[str, Any]) -> None:
    project = basic_with(scene_1__overlay__position="center")
    assert wires(text, project) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "and the product ther a bit bigr",
        "and the product there a bit bigger",
        "the product ther a bit bigger",
    ],
)
def test_there_mistyped_is_the_scene_just_edited(text: str) -> None:
    project, state = after("cta colr to yelow", basic_with(scene_3__product__scale=0.4))
    turn = parse_message(text, project, state=state)
    assert not turn.question and not turn.unknown, turn
    ops = [op.to_wire() for op in turn.operations]
    assert len(ops) == 1 and ops[0]["operation"] == "update_product" and ops[0]["sceneId"] == "scene_3", ops
    assert 0.4 < ops[0]["scale"] <= 0.4 * 1.35, ops


@pytest.mark.parametrize(
    "text",
    [
        "make the bit at the start 3 seconds",
        "the one at the very start should be 3 seconds",
        "the studio one at the start to 3 seconds",
    ],
)
def test_a_length_for_the_scene_at_the_start_is_that_scenes(text: str) -> None:
    # (two scenes show a studio: "at the start" says which; it lengthened the scene last edited)
    project = basic_with(
        scene_1__backgroundPrompt="sunlit studio floor with plants",
        scene_2__backgroundPrompt="a yoga class in a bright studio",
    )
    assert wires(text, project) == [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0}]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("add 2 seconds at the start", 17.0),
        ("2 more seconds at the start", 17.0),
        ("cut 2 seconds at the start", 13.0),
    ],
)
def test_seconds_added_or_cut_at_the_start_are_the_ads(text: str, total: float) -> None:
    assert wires(text) == [{"operation": "set_duration", "durationSec": total}]
