"""Round thirty-three a: eleven new languages, one table each
(:mod:`adgen.agent.understanding.balkan_turkic_celtic_iberian`).

1. Bulgarian and Macedonian (one list: "по-тиха"/"потивка", "текста"/"текстот"), Albanian, Welsh
   (after its mutations), Afrikaans and Galician: verb first, word for word.
2. Azerbaijani, Kazakh, Basque, Marathi and Punjabi: verb last, put first ("son səhnənin mətnini
   ağ et", the last scene's text white make).
3. Each covers the music louder or quieter, the text bigger or smaller, a colour for the first or
   the last scene's text, quoted copy (kept as typed), undo and "a bit more".
4. Near misses: a word no table knows changes nothing, English stays English, Russian, Serbian,
   Turkish, Dutch, Hindi, Spanish and Portuguese keep their own tables.

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
        ("Намали музиката малко, моля", "make the music a bit quieter", "bg"),
        ("Направи текста на последната сцена жълт", "make the text in the last scene yellow", "bg"),
        ("Направете текста по-голям", "make the text bigger", "bg"),
        ("Направи ја музиката малку погласна", "make the music a bit louder", "mk"),
        ("Направи го текстот во последната сцена жолт", "make the text in the last scene yellow", "mk"),
        ("Bëje tekstin më të vogël, të lutem", "make the text smaller", "sq"),
        ("Ule muzikën pak", "make the music a bit quieter", "sq"),
        ("Ule zërin e muzikës", "make the music quieter", "sq"),
        ("Bëje tekstin e skenës së fundit të verdhë", "make the text in the last scene yellow", "sq"),
        ("Gwnewch y gerddoriaeth yn uwch", "make the music louder", "cy"),
        ("Tro'r gerddoriaeth i lawr", "turn the music down", "cy"),
        ("Gwna'r testun yn llai, diolch", "make the text smaller", "cy"),
        ("Gwna'r testun yn yr olygfa gyntaf yn felyn", "make the text in the first scene yellow", "cy"),
        ("Maak die teks groter asseblief", "make the text bigger", "af"),
        ("Maak die musiek harder", "make the music louder", "af"),
        ("Sit die musiek sagter", "make the music quieter", "af"),
        ("Maak die teks in die eerste toneel geel", "make the text in the first scene yellow", "af"),
        ("Pon a música un pouco máis alta", "make the music a bit louder", "gl"),
        ("Fai o texto máis pequeno, por favor", "make the text smaller", "gl"),
        ("Pon o texto da última escena en amarelo", "make the text in the last scene yellow", "gl"),
        # 2. verb last
        ("Musiqini bir az azalt", "make the music a bit quieter", "az"),
        ("Mətni daha böyük et, zəhmət olmasa", "make the text bigger", "az"),
        ("İlk səhnənin mətnini sarı et", "make the text in the first scene yellow", "az"),
        ("Музыканы аздап азайтыңыз", "make the music a bit quieter", "kk"),
        ("Мәтінді үлкенірек қыл", "make the text bigger", "kk"),
        ("Соңғы сахнаның мәтінін сары қыл", "make the text in the last scene yellow", "kk"),
        ("Musika apur bat jaitsi", "make the music a bit quieter", "eu"),
        ("Testua txikiagoa egin", "make the text smaller", "eu"),
        ("Lehen eszenako testua horia jarri", "make the text in the first scene yellow", "eu"),
        ("संगीत थोडं हळू करा", "make the music a bit quieter", "mr"),
        ("मजकूर मोठा करा", "make the text bigger", "mr"),
        ("शेवटच्या दृश्यातील मजकूर पिवळा कर", "make the text in the last scene yellow", "mr"),
        ("ਸੰਗੀਤ ਥੋੜ੍ਹਾ ਹੌਲੀ ਕਰੋ", "make the music a bit quieter", "pa"),
        ("ਟੈਕਸਟ ਵੱਡਾ ਕਰ ਦਿਓ", "make the text bigger", "pa"),
        ("ਆਖਰੀ ਸੀਨ ਦਾ ਟੈਕਸਟ ਪੀਲਾ ਕਰੋ", "make the text in the last scene yellow", "pa"),
    ],
)
def test_new_language_reads_as_english(text: str, plain: str, language: str) -> None:
    assert language_of(text) == language
    same_as(text, plain)


@pytest.mark.parametrize(
    "text",
    [
        "Смени текста на първата сцена на 'Labas'",
        "Ndrysho tekstin e skenës së parë në 'Labas'",
        "Newidia'r testun yn yr olygfa gyntaf i 'Labas'",
        "Verander die teks in die eerste toneel na 'Labas'",
        "Cambia o texto da primeira escena a 'Labas'",
        "İlk səhnənin mətnini 'Labas' ilə dəyiş",
        "पहिल्या दृश्याचा मजकूर बदलून 'Labas' करा",
        "ਪਹਿਲੇ ਸੀਨ ਦਾ ਟੈਕਸਟ 'Labas' ਵਿੱਚ ਬਦਲੋ",
    ],
)
def test_quoted_copy_goes_to_the_first_scene_only(text: str) -> None:
    only(text, scene_1__overlay__text="Labas")


@pytest.mark.parametrize(
    "text",
    [
        "Направи текста в последната сцена бял",
        "Bëje tekstin e skenës së fundit të bardhë",
        "Son səhnənin mətnini ağ et",
        "Соңғы сахнаның мәтінін ақ қыл",
        "Azken eszenako testua zuria jarri",
        "Maak die teks in die laaste toneel wit",
        "ਆਖਰੀ ਸੀਨ ਦਾ ਟੈਕਸਟ ਚਿੱਟਾ ਕਰੋ",
    ],
)
def test_the_last_scenes_text_white_and_nothing_else(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    ("first", "more"),
    [
        ("Намали музиката малко", "още малко"),
        ("Намали ја музиката малку", "уште малку"),
        ("Musika jaitsi", "apur bat gehiago"),
        ("ਸੰਗੀਤ ਥੋੜ੍ਹਾ ਹੌਲੀ ਕਰੋ", "ਹੋਰ ਥੋੜ੍ਹਾ"),
        ("Ule muzikën pak", "edhe pak"),
        ("Maak die musiek 'n bietjie sagter", "nog 'n bietjie"),
        ("Musiqini bir az azalt", "bir az da"),
        ("Pon a música un pouco máis baixa", "un pouco máis"),
    ],
)
def test_a_bit_more_repeats_the_quieter_music(first: str, more: str) -> None:
    quieter_again(first, more)


@pytest.mark.parametrize("text", ["Отмени", "Zhbëje", "Dadwneud", "Desegin", "Ontdoen asseblief", "Desfai"])
def test_undo(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "undo"}], (text, turn.unknown)


# 4. Near misses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Направи музиката по-магична",  # (more magical: no row reads it)
        "Bëje muzikën më magjike",  # (more magical)
        "Maak die musiek mooier",  # (prettier)
        "Musiqini gözəl et",  # (make the music beautiful)
    ],
)
def test_a_word_no_table_knows_changes_nothing(text: str) -> None:
    unchanged(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("make the music a bit quieter", None),
        ("the hook looks tiny, it should hit harder", None),  # ("harder" is Afrikaans too)
        ("сделай музыку потише", "ru"),
        ("smanji muziku, molim te", "sr"),
        ("müziği biraz kıs", "tr"),
        ("maak de muziek zachter", "nl"),
        ("संगीत थोड़ा धीमा करो", "hi"),
        ("pon la música más baja", "es"),
        ("deixa a música mais baixa", "pt"),
        ("e a música mais alta", "pt"),
    ],
)
def test_other_languages_keep_their_tables(text: str, language: str | None) -> None:
    assert language_of(text) == language
