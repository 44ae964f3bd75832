"""Round thirty-five f: ten new languages, one :class:`Words` each, rows written by one builder per
word order (:mod:`adgen.agent.understanding.isles_horn_creole`).

1. Maltese, Luxembourgish, Irish, West Frisian, Esperanto, Haitian Creole and Scottish Gaelic: verb
   first; Kurdish (Kurmanji), Pashto and Tigrinya: verb last, put first.
2. Each reads the music louder or quieter, the text bigger, smaller, a colour or a place, the text
   of a part named in English ("nivîsa cta'yê"), quoted words, the ad's length; "please" words
   read as nothing.
3. Near misses: a Maltese phrase with "tan-"/"tal-" is no colour tan; English stays English; a word
   no table knows changes nothing.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import only, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.foreign import language_of, to_english

# basic_project: 15 s; hook 4 s (white "Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8.


@pytest.mark.parametrize(
    ("text", "english", "language"),
    [
        ("agħmel il-mużika aktar baxxa, jekk jogħġbok", "make the music quieter", "mt"),
        ("agħmel it-test tal-hook isfar", "make the text of the hook yellow", "mt"),
        ("muzîka hinekî bilindtir bike", "make the music a bit louder", "ku"),
        ("nivîsa cta'yê spî bike", "make the text of the cta white", "ku"),
        ("maach den Text méi grouss, wann ech gelift", "make the text bigger", "lb"),
        ("maach d'Musek méi haart", "make the music louder", "lb"),
        ("déan an ceol níos ciúine le do thoil", "make the music quieter", "ga"),
        ("déan an téacs níos lú", "make the text smaller", "ga"),
        ("meitsje de muzyk in bytsje lûder", "make the music a bit louder", "fy"),
        ("meitsje de tekst fan de hook read", "make the text of the hook red", "fy"),
        ("faru la tekston pli malgranda, mi petas", "make the text smaller", "eo"),
        ("faru la muzikon pli mallaŭta", "make the music quieter", "eo"),
        ("موسیقي لږ ټیټه کړه", "make the music a bit quieter", "ps"),
        ("fè mizik la pi ba souple", "make the music quieter", "ht"),
        ("fè tèks la pi gwo", "make the text bigger", "ht"),
        ("dèan an teacsa nas motha mas e do thoil e", "make the text bigger", "gd"),
        ("dèan an ceòl nas ciùine", "make the music quieter", "gd"),
        ("cta ጽሑፍ ቀይሕ ግበሮ", "make the cta text red", "ti"),
    ],
)
def test_reads_as_english(text: str, english: str, language: str) -> None:
    assert language_of(text) == language
    assert to_english(text).rstrip(" ,") == english


@pytest.mark.parametrize(
    "text",
    [
        "agħmel it-test tal-cta abjad",
        "nivîsa cta'yê spî bike",
        "mete tèks cta a an blan souple",
        "cta ጽሑፍ ጻዕዳ ግበሮ",
    ],
)
def test_the_cta_text_white_and_nothing_else(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    "text",
    [
        "dèan an sanas 25 diogan a dh'fhaid",
        "faru la reklamon 25 sekundojn longa",
        "agħmel ir-reklam 25 sekondi",
    ],
)
def test_the_whole_ad_a_length(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": 25.0}]


@pytest.mark.parametrize(
    "text",
    [
        "athraigh an hook go 'Fáilte isteach' le do thoil",
        "ibdel il-hook għal 'Fáilte isteach' jekk jogħġbok",
        "chanje hook la pou 'Fáilte isteach' souple",
    ],
)
def test_quoted_words_for_the_hook_without_the_please(text: str) -> None:
    only(text, scene_1__overlay__text="Fáilte isteach")


@pytest.mark.parametrize(
    "text",
    [
        "set de tekst fan de cta boppe-oan",
        "metu la tekston de la cta supren",
    ],
)
def test_the_cta_text_at_the_top(text: str) -> None:
    only(text, scene_3__overlay__position="top")


# 3. Near misses -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "it-test tan-numru tat-telefon",  # (the text of the phone number: no colour tan)
        "il-kulur tal-logo",  # (the colour of the logo: nothing asked)
        "agħmel il-mużika isbaħ",  # (make the music nicer: no row reads it)
    ],
)
def test_maltese_with_no_edit_changes_nothing(text: str) -> None:
    assert language_of(text) == "mt"
    unchanged(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("make the music a bit quieter", None),
        ("tan text on the cta please", None),
        ("maak de muziek zachter", "nl"),
        ("pon la música más baja", "es"),
        ("ሙዚቃውን ትንሽ ቀንስ", "am"),
    ],
)
def test_other_languages_keep_their_tables(text: str, language: str | None) -> None:
    assert language_of(text) == language
