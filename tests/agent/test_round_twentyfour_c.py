"""Round twenty-four, part c (helper d17c, 2026-12-04): dev17's languages not met before, mixed
with English. Brazilian Portuguese as chatted ("tá pequeno, aumenta uns 10 pontos", "todos os
textos em branco menos o CTA", "pro Reels, me ajuda?"), Dutch ("zet de muziek op de helft", "een
seconde langer", "zet de hook terug zoals hij was"), Arabic in Arabic script and in Arabizi ("كبّر نص
الـ hook شوية", "watti el musi2a shwaya"), Korean ("음악 조금만 줄여 주세요", quoted Korean copy with its
particle on the quote), Swahili ("muziki uwe chini kidogo", "tangazo la sekunde 20") and Romanian
("muzica mai încet", "textul … să fie galben", "fă-mi o reclamă"). Each class is tested in other words
than the crowd's and asserts the exact operations, so nothing else changes; a name in a brief keeps
its words ("Floare Albă" is no colour, "Flor de Lis" keeps its "de")."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.open_brief import OPEN_QUESTION
from adgen.agent.understanding.quotes import mask_quotes

# basic_project: 15 s; hook 4 s (64, white), showcase 7 s (56, white), cta 4 s (72, #F2A541);
# music 0.8; three scenes.


def _volume(value: float) -> list[dict[str, Any]]:
    return [{"operation": "update_audio", "volume": value}]


def _overlay(scene: int, **fields: Any) -> dict[str, Any]:
    return {"operation": "update_overlay", "sceneId": f"scene_{scene}", **fields}


# --- 1. the music, louder and quieter, a bit or much -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Brazilian Portuguese
        ("a música tá alta, abaixa um pouquinho", _volume(0.7)),
        # Dutch: half of what it is now
        ("zet de muziek op de helft", _volume(0.4)),
        ("de muziek half zo hard graag", _volume(0.4)),
        ("maak de muziek een beetje zachter graag", _volume(0.7)),
        # Arabic
        ("وطّي الموسيقى شوية", _volume(0.7)),
        ("الموسيقى أوطى شوية", _volume(0.7)),
        ("علّي الموسيقى", _volume(1.0)),
        # Arabizi
        ("watti el musi2a shwaya", _volume(0.7)),
        ("3alli el musi2a", _volume(1.0)),
        # Korean
        ("음악 좀 키워 주세요", _volume(0.9)),
        ("음악 많이 줄여줘", _volume(0.4)),
        ("음악을 조금만 낮춰 주세요", _volume(0.7)),
        # Swahili
        ("punguza muziki kidogo", _volume(0.7)),
        ("ongeza sauti ya muziki", _volume(1.0)),
        ("muziki uwe juu kidogo tafadhali", _volume(0.9)),
        # Romanian
        ("dă muzica mai încet", _volume(0.6)),
        ("muzica puțin mai tare, te rog", _volume(0.9)),
        ("muzica mult mai încet", _volume(0.4)),
    ],
)
def test_the_music_in_each_new_language(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


# --- 2. a text: bigger, smaller, by points, a colour, new copy -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Brazilian Portuguese: "tá pequeno" is why; "uns N pontos" is by N points
        ("o texto do gancho tá pequeno, aumenta uns 6 pontos", [_overlay(1, fontSize=70)]),
        ("aumenta uns 8 pontos o texto do CTA", [_overlay(3, fontSize=80)]),
        # Dutch
        ("maak de hook tekst groter", [_overlay(1, fontSize=80)]),
        # Arabic: "نص الـ X" is X's text
        ("خلي نص الـ CTA أبيض", [_overlay(3, color="#FFFFFF")]),
        ("صغّر نص الـ hook", [_overlay(1, fontSize=51)]),
        # Arabizi
        ("kabbar el text bta3 el hook shwaya", [_overlay(1, fontSize=74)]),
        # Korean: the verb after the text it acts on; copy quoted with its particle on the quote
        ("hook 텍스트 조금 키워줘", [_overlay(1, fontSize=74)]),
        ("CTA 텍스트를 '지금 구매'로 바꿔 주세요", [_overlay(3, text="지금 구매")]),
        ("마지막 장면 텍스트 흰색으로 해줘", [_overlay(3, color="#FFFFFF")]),
        # Swahili
        ("maandishi ya hook yawe makubwa zaidi", [_overlay(1, fontSize=80)]),
        ("maandishi ya mwisho yawe njano", [_overlay(3, color="#FFFF00")]),
        # Romanian
        ("textul din prima scenă să fie alb", [_overlay(1, color="#FFFFFF")]),
        ("fă textul din ultima scenă mai mare", [_overlay(3, fontSize=90)]),
        ("textul din ultima scenă să fie galben", [_overlay(3, color="#FFFF00")]),
    ],
)
def test_a_text_in_each_new_language(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("text", "copy"),
    [
        ("hook 텍스트를 '여름 세일'로 바꿔줘", "여름 세일"),
        ("the hook should say 'أهلاً بكم'", "أهلاً بكم"),
        ("hook 텍스트를 '夏のセール'로 바꿔 주세요", "夏のセール"),
        ("change the hook text to 'Καλό καλοκαίρι'", "Καλό καλοκαίρι"),
    ],
)
def test_copy_in_another_script_is_kept_exactly(text: str, copy: str) -> None:
    assert wires(text) == [_overlay(1, text=copy)]


@pytest.mark.parametrize(
    "text",
    ["don't 'Shop now'", "it's the 'Shop now' one", "'Shop now' isn't it"],
)
def test_an_apostrophe_before_a_latin_letter_still_closes_no_quote(text: str) -> None:
    masked, quotes = mask_quotes(text)
    assert [q.inner for q in quotes] == ["Shop now"]


# --- 3. all but one, undo, a scene's length --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "todos os textos em amarelo menos o CTA",
            [_overlay(1, color="#FFFF00"), _overlay(2, color="#FFFF00")],
        ),
        (
            "todos os textos em preto, menos o gancho",
            [_overlay(2, color="#000000"), _overlay(3, color="#000000")],
        ),
        ("alle tekst wit behalve de hook", [_overlay(2, color="#FFFFFF"), _overlay(3, color="#FFFFFF")]),
        (
            "maak alle tekst geel behalve de laatste scène",
            [_overlay(1, color="#FFFF00"), _overlay(2, color="#FFFF00")],
        ),
        (
            "menos o CTA, todos os textos em branco",
            [_overlay(1, color="#FFFFFF"), _overlay(2, color="#FFFFFF")],
        ),
        # Korean says what is left out first: "CTA 빼고 모든 텍스트 …" is all the text … but the CTA
        ("CTA 빼고 모든 텍스트 흰색으로 해줘", [_overlay(1, color="#FFFFFF"), _overlay(2, color="#FFFFFF")]),
        (
            "hook 빼고 모든 텍스트를 노란색으로 바꿔줘",
            [_overlay(2, color="#FFFF00"), _overlay(3, color="#FFFF00")],
        ),
        (
            "hook 제외하고 모든 텍스트를 검은색으로 해 주세요",
            [_overlay(2, color="#000000"), _overlay(3, color="#000000")],
        ),
        # Arabic, with its own comma
        ("كل النص أبيض ما عدا الـ CTA", [_overlay(1, color="#FFFFFF"), _overlay(2, color="#FFFFFF")]),
        ("ما عدا الـ CTA، كل النص أبيض", [_overlay(1, color="#FFFFFF"), _overlay(2, color="#FFFFFF")]),
        ("خلي كل النص أصفر ما عدا الـ hook", [_overlay(2, color="#FFFF00"), _overlay(3, color="#FFFF00")]),
        # Swahili and Romanian
        ("maandishi yote meupe isipokuwa CTA", [_overlay(1, color="#FFFFFF"), _overlay(2, color="#FFFFFF")]),
        (
            "weka maandishi yote njano isipokuwa hook",
            [_overlay(2, color="#FFFF00"), _overlay(3, color="#FFFF00")],
        ),
        ("toate textele albe, în afară de CTA", [_overlay(1, color="#FFFFFF"), _overlay(2, color="#FFFFFF")]),
        (
            "fă tot textul galben, cu excepția hook",
            [_overlay(2, color="#FFFF00"), _overlay(3, color="#FFFF00")],
        ),
    ],
)
def test_all_the_text_but_one_part(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    "text",
    ["되돌려 줘", "원래대로 해 주세요", "تراجع", "الغي التعديل", "anulează", "rudisha", "desfaz isso"],
)
def test_undo_in_each_new_language(text: str) -> None:
    assert wires(text) == [{"operation": "undo"}]


@pytest.mark.parametrize(
    "text",
    [
        "nee, niet die. zet de hook terug zoals hij was",
        "zet de hook terug zoals hij was",
        "zet de hook terug naar hoe hij was",
    ],
)
def test_dutch_putting_the_changed_part_back_is_undoing_it(text: str) -> None:
    project, state = after("maak de hook tekst groter", basic_project())
    turn = parse_message(text, project, state=state)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "undo"}]


@pytest.mark.parametrize(
    ("text", "scene", "seconds"),
    [
        ("maak de laatste scène een seconde langer", 3, 5.0),
        ("de eerste scène een seconde langer graag", 1, 5.0),
        ("maak de laatste scène een seconde korter", 3, 3.0),
    ],
)
def test_dutch_een_seconde_is_one_second(text: str, scene: int, seconds: float) -> None:
    assert wires(text) == [{"operation": "update_scene", "sceneId": f"scene_{scene}", "durationSec": seconds}]


# --- 4. a new ad: a brief, or an open request that asks what it is for ------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "seconds"),
    [
        ("faz um vídeo de 20 segundos pra Sorveteria Gelato Bom, divertido", "Sorveteria Gelato Bom", 20.0),
        ("quero um anúncio de 10 segundos pra minha loja chamada Flor de Lis", "Flor de Lis", 10.0),
        ("maak een advertentie van 15 seconden voor mijn winkel genaamd De Kaasboer", "De Kaasboer", 15.0),
        ("nitengenezee tangazo la sekunde 15 kwa duka langu linaloitwa Duka Bora", "Duka Bora", 15.0),
        ("nataka tangazo la sekunde 30 kwa Baraka Bakery, changamfu", "Baraka Bakery", 30.0),
        ("vreau o reclamă de 15 secunde pentru magazinul meu numit Floare Albă", "Floare Albă", 15.0),
        ("fă o reclamă de 20 de secunde pentru Brutăria Mara, calmă", "Brutăria Mara", 20.0),
    ],
)
def test_a_brief_in_each_new_language_keeps_the_names_words(text: str, brand: str, seconds: float) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None
    assert turn.brief.brand_name == brand and turn.brief.duration_sec == seconds


@pytest.mark.parametrize(
    "text",
    [
        "preciso de um anúncio pro TikTok, pode me ajudar?",
        "faz um anúncio pra mim?",
        "اعمل لي إعلان",
        "ممكن تعمل لي إعلان؟",
        "اعمل لي إعلان؟",
        "عايز إعلان لو سمحت",
        "e3mel li i3lan law sama7t",
        "광고 하나 만들어 주세요",
        "틱톡용 광고 만들어 주세요",
        "tengeneza tangazo tafadhali",
        "poți să-mi faci o reclamă?",
        "fă-mi o reclamă",
    ],
)
def test_an_open_request_in_each_new_language_asks_what_the_ad_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is None and turn.question == OPEN_QUESTION


# --- 5. a text's place and a scene's length, by so many seconds -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خلي نص الـ CTA فوق", [_overlay(3, position="top")]),
        ("hook 텍스트를 위로 올려줘", [_overlay(1, position="top")]),
        ("CTA 텍스트 아래로 내려 주세요", [_overlay(3, position="bottom")]),
        ("weka maandishi ya hook juu", [_overlay(1, position="top")]),
        ("mută textul din prima scenă sus", [_overlay(1, position="top")]),
        ("textul din prima scenă să fie jos", [_overlay(1, position="bottom")]),
        ("coloca o texto do gancho em cima", [_overlay(1, position="top")]),
        ("zet de hook tekst bovenaan", [_overlay(1, position="top")]),
    ],
)
def test_a_texts_place_in_each_new_language(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("text", "scene", "seconds"),
    [
        # by so many seconds, never to them: "ثانيتين" (two seconds), "kwa sekunde 2", "cu 2 secunde"
        ("마지막 장면 2초 늘려 주세요", 3, 6.0),
        ("첫 장면 1초 줄여줘", 1, 3.0),
        ("طوّل المشهد الأخير بثانيتين", 3, 6.0),
        ("طول المشهد الأخير ثانيتين", 3, 6.0),
        ("قصر المشهد الأول ثانية", 1, 3.0),
        ("onyesho la mwisho liwe refu zaidi kwa sekunde 2", 3, 6.0),
        ("fă ultima scenă mai lungă cu 2 secunde", 3, 6.0),
        ("scurtează prima scenă cu 1 secundă", 1, 3.0),
    ],
)
def test_a_scene_longer_or_shorter_by_seconds_in_each_new_language(
    text: str, scene: int, seconds: float
) -> None:
    assert wires(text) == [{"operation": "update_scene", "sceneId": f"scene_{scene}", "durationSec": seconds}]
