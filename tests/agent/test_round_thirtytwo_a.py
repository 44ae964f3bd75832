"""Round thirty-two a: twelve new languages, one table each
(:mod:`adgen.agent.understanding.baltic_caucasus_indic_african`).

1. Lithuanian, Latvian, Estonian, Icelandic, Slovenian (verb first, word for word): "padaryk
   muziką truputį tylesnę" (make the music a bit quieter), "naj bo X Y" (let X be Y), "palielini
   tekstu" (increase the text: bigger), "dar truputį"/"še malo" (a bit more).
2. Georgian, Armenian, Gujarati, Telugu (verb last or in the middle): the verb is put first
   ("ბოლო სცენის ტექსტი თეთრი გახადე", the last scene's text white make); "reduce" after the music
   is quieter, after the text smaller.
3. Khmer (no spaces), Yoruba (with or without tone marks), Zulu.
4. Near misses: a word no table knows changes nothing, English stays English, Croatian and Finnish
   keep their own tables.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import only, quieter_again, same_as, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.foreign import language_of

# basic_project: 15 s; hook 4 s (white "Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8; lighting bright.


@pytest.mark.parametrize(
    ("text", "plain", "language"),
    [
        # 1. verb first
        ("Sumažink muziką truputį", "make the music a bit quieter", "lt"),
        ("Padarykite tekstą paskutinėje scenoje geltoną", "make the text in the last scene yellow", "lt"),
        ("Padidink tekstą truputį, prašau", "make the text a bit bigger", "lt"),
        ("Padaryk reklamą 20 sekundžių", "make the ad 20 seconds", "lt"),
        ("Uztaisi muziku klusāku, lūdzu", "make the music quieter", "lv"),
        ("Padari tekstu pēdējā ainā dzeltenu", "make the text in the last scene yellow", "lv"),
        ("Palielini tekstu mazliet", "make the text a bit bigger", "lv"),
        ("Tee muusika veidi vaiksemaks", "make the music a bit quieter", "et"),
        ("Tee viimase stseeni tekst punaseks", "make the text in the last scene red", "et"),
        ("Tee reklaam 20 sekundiliseks", "make the ad 20 seconds", "et"),
        ("Lækkaðu tónlistina aðeins", "make the music a bit quieter", "is"),
        ("Gerðu textann í síðasta atriðinu hvítan", "make the text in the last scene white", "is"),
        ("Naredi glasbo malo tišjo", "make the music a bit quieter", "sl"),
        ("Naj bo besedilo v zadnjem prizoru rumeno", "make the text in the last scene yellow", "sl"),
        ("Naredi besedilo večje in glasbo tišjo", "make the text bigger and the music quieter", "sl"),
        # 2. verb last
        ("ბოლო სცენის ტექსტი ყვითელი გახადე", "make the text in the last scene yellow", "ka"),
        ("მუსიკას ხმა დაუწიე ცოტა", "make the music a bit quieter", "ka"),
        ("ტექსტი ცოტა უფრო დიდი გააკეთე", "make the text a bit bigger", "ka"),
        ("Երաժշտությունը մի քիչ իջեցրու", "make the music a bit quieter", "hy"),
        ("Վերջին տեսարանի տեքստը դարձրու դեղին", "make the text in the last scene yellow", "hy"),
        ("Առաջին տեսարանը դարձրու 6 վայրկյան", "make the first scene 6 seconds", "hy"),
        ("સંગીત થોડું ધીમું કરો", "make the music a bit quieter", "gu"),
        ("છેલ્લા દ્રશ્યનું લખાણ પીળું કરો", "make the text in the last scene yellow", "gu"),
        ("લખાણ થોડું મોટું કરો", "make the text a bit bigger", "gu"),
        ("సంగీతాన్ని కొంచెం పెంచండి", "make the music a bit louder", "te"),
        ("టెక్స్ట్ కొంచెం పెద్దగా చేయండి", "make the text a bit bigger", "te"),
        ("చివరి సీన్ టెక్స్ట్ పసుపు చేయండి", "make the text in the last scene yellow", "te"),
        # 3. Khmer, Yoruba, Zulu
        ("សូមបន្ថយភ្លេងបន្តិច", "make the music a bit quieter", "km"),
        ("ធ្វើឱ្យអក្សរនៅឈុតដំបូងពណ៌លឿង", "make the text in the first scene yellow", "km"),
        ("Ẹ jọ̀wọ́, dín ohùn orin kù", "make the music quieter", "yo"),
        ("Jowo, din ohun orin ku die", "make the music a bit quieter", "yo"),
        ("Ngicela wenze umculo uthule kancane", "make the music a bit quieter", "zu"),
        ("Sicela unciphise umculo kancane", "make the music a bit quieter", "zu"),
    ],
)
def test_new_language_reads_as_english(text: str, plain: str, language: str) -> None:
    assert language_of(text) == language
    same_as(text, plain)


@pytest.mark.parametrize(
    "text",
    [
        "Pakeisk pirmos scenos tekstą į 'Labas'",
        "Shintsha umbhalo wesigcawu sokuqala ube 'Labas'",
        "პირველი სცენის ტექსტი 'Labas'-ით შეცვალე",
        "પહેલા દ્રશ્યનું લખાણ બદલીને 'Labas' કરો",
        "మొదటి సీన్ టెక్స్ట్ 'Labas' గా మార్చండి",
    ],
)
def test_quoted_copy_goes_to_the_first_scene_only(text: str) -> None:
    only(text, scene_1__overlay__text="Labas")


@pytest.mark.parametrize(
    "text",
    [
        "Gerðu textann í síðasta atriðinu hvítan",
        "Tee viimase stseeni tekst valgeks",
        "Վերջին տեսարանի տեքստը դարձրու սպիտակ",
        "ធ្វើឱ្យអក្សរនៅឈុតចុងក្រោយពណ៌ស",
    ],
)
def test_the_last_scenes_text_white_and_nothing_else(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    ("first", "more"),
    [
        ("Sumažink muziką truputį", "dar truputį"),
        ("Naredi glasbo malo tišjo", "še malo, prosim"),
        ("მუსიკას ხმა დაუწიე ცოტა", "კიდევ ცოტა"),
        ("Padari mūziku mazliet klusāku", "vēl mazliet"),
    ],
)
def test_a_bit_more_repeats_the_quieter_music(first: str, more: str) -> None:
    quieter_again(first, more)


@pytest.mark.parametrize("text", ["Razveljavi", "Atšauk", "Tühista", "Afturkalla"])
def test_undo(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "undo"}], (text, turn.unknown)


# 4. Near misses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Padaryk muziką kitokią",  # (another music: no table reads "kitokią")
        "ტექსტი ლამაზი გააკეთე",  # (make the text beautiful)
        "Naj bo glasba bolj čarobna",  # (more magical)
    ],
)
def test_a_word_no_table_knows_changes_nothing(text: str) -> None:
    unchanged(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("make the music a bit quieter", None),
        ("smanji muziku, molim te", "sr"),
        ("stavi glazbu malo jače", "hr"),
        ("tee musiikista hiljaisempi", "fi"),
    ],
)
def test_other_languages_keep_their_tables(text: str, language: str | None) -> None:
    assert language_of(text) == language
