"""Round thirty-one a: four new languages, one table each
(:mod:`adgen.agent.understanding.serbian_croatian_amharic_nepali`), native digits, and the near
misses of languages read before.

1. Serbian and Croatian (Latin letters, one list of rows): the verb first, "malo" (a bit) before
   or after it, "stavi X gore" (put X up: move it), "tekst na kraju" / "završni tekst" (the closing
   text), "smanji" (quieter music, smaller text), the complaints ("je preglasna", too loud), without
   the diacritics too ("pojacaj").
2. Serbian in Cyrillic letters: the same rows letter for letter ("промени завршни текст у …").
3. Amharic (verb last): "ሙዚቃውን ትንሽ ቀንስ" (the music a bit, reduce), "X … አድርግ" (make X …),
   "ትንሽ" both small and a bit, "X ወደ Q ቀይር" (change X to Q), Ethiopic numbers ("፲፪").
4. Nepali (Devanagari, verb last, apart from Hindi): "अलि कम" (a bit less: quieter music),
   "ठूलो बनाऊ", "अन्तिम दृश्यको टेक्स्ट", Devanagari digits ("१२").
5. Languages read before: Czech "ještě trochu" (a bit more), Ukrainian "тихішою" and "наприкінці",
   "зміни" (no slip of "змін"), Romanian "cadru" (a frame: a scene), Taglish "nang kaunti ang text".
6. Near misses: a word no table knows changes nothing, English stays English, Russian, Czech,
   Hindi and Polish keep their own tables.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import after, only, quieter_again, same_as, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.foreign import language_of
from adgen.agent.understanding.serbian_croatian_amharic_nepali import native_numbers

# basic_project: 15 s; hook 4 s (white "Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8; lighting bright.


@pytest.mark.parametrize(
    ("text", "plain", "language"),
    [
        # 1. Serbian, Croatian (and Bosnian)
        ("napravi muziku malo tišom", "make the music a bit quieter", "sr"),
        ("smanji muziku, molim te", "make the music quieter", "sr"),
        ("povećaj malo tekst na početku", "make the text in the first scene a bit bigger", "sr"),
        ("pojacaj malo muziku", "make the music a bit louder", "sr"),
        ("pomeri završni tekst dole", "move the text in the last scene to the bottom", "sr"),
        (
            "promeni tekst na kraju u 'Dobro jutro'",
            "change the text in the last scene to 'Dobro jutro'",
            "sr",
        ),
        ("skrati reklamu na 12 sekundi", "make the ad 12 seconds", "sr"),
        ("produži prvu scenu za jednu sekundu", "make the first scene 1 second longer", "sr"),
        ("muzika je preglasna", "the music is too loud", "sr"),
        ("tekst se ne vidi", "the text is hard to read", "sr"),
        ("stavi glazbu malo jače", "make the music a bit louder", "hr"),
        ("promijeni boju teksta na početku u žutu", "make the text in the first scene yellow", "hr"),
        ("pomakni tekst iz prve scene na dno", "move the text in the first scene to the bottom", "hr"),
        ("glazba je pretiha", "the music is too quiet", "hr"),
        ("neka tekst na kraju bude bijel", "make the text in the last scene white", "hr"),
        # (asked: "možeš li …" with the infinitive or "da" and the present, "hoću da …", "neka …")
        ("možeš li da pojačaš muziku", "make the music louder", "sr"),
        ("možete li smanjiti tekst", "make the text smaller", "sr"),
        ("hoću da muzika bude tiša", "make the music quieter", "sr"),
        ("tekst na kraju neka bude crven", "make the text in the last scene red", "sr"),
        ("reklama treba da traje 20 sekundi", "make the ad 20 seconds", "sr"),
        # 2. Serbian in Cyrillic letters
        ("можеш ли да смањиш музику", "make the music quieter", "sr-cyrl"),
        ("смањи мало музику", "make the music a bit quieter", "sr-cyrl"),
        ("текст на крају стави горе", "move the text in the last scene to the top", "sr-cyrl"),
        ("направи текст у првој сцени већим", "make the text in the first scene bigger", "sr-cyrl"),
        ("музика је прегласна", "the music is too loud", "sr-cyrl"),
        # 3. Amharic
        ("ሙዚቃውን ትንሽ ጨምር", "make the music a bit louder", "am"),
        ("ጽሑፉን ትልቅ አድርገው", "make the text bigger", "am"),
        ("ጽሑፉን ትንሽ አድርግ", "make the text smaller", "am"),
        ("የመጀመሪያው ትዕይንት ላይ ያለውን ጽሑፍ ቢጫ አድርጊ", "make the text in the first scene yellow", "am"),
        ("ጽሑፉን ወደ ላይ አንቀሳቅስ", "move the text to the top", "am"),
        ("ማስታወቂያውን ወደ ፲፪ ሰከንድ አሳጥር", "make the ad 12 seconds", "am"),
        ("ሙዚቃው በጣም ይጮኻል", "the music is too loud", "am"),
        # 4. Nepali
        ("सङ्गीत अलिकति चर्को गर्नुहोस्", "make the music a bit louder", "ne"),
        ("टेक्स्ट अलि ठूलो बनाऊ", "make the text a bit bigger", "ne"),
        ("अन्तिम दृश्यको टेक्स्ट पहेंलो बनाउनुहोस्", "make the text in the last scene yellow", "ne"),
        ("टेक्स्टलाई तल सार्नुहोस्", "move the text to the bottom", "ne"),
        ("विज्ञापन १२ सेकेन्डको बनाउनुहोस्", "make the ad 12 seconds", "ne"),
        ("आवाज घटाउनुहोस्", "make the music quieter", "ne"),
        ("संगीत धेरै चर्को छ", "the music is too loud", "ne"),
    ],
)
def test_new_language_reads_as_english(text: str, plain: str, language: str) -> None:
    assert language_of(text) == language
    same_as(text, plain)


@pytest.mark.parametrize(
    "text",
    [
        "stavi završni tekst u belo",
        "promijeni boju teksta na kraju u bijelu",
        "промени боју завршног текста у белу",
        "የመጨረሻውን ጽሑፍ ነጭ አድርግ",
        "अन्त्यमा भएको टेक्स्ट सेतो बनाऊ",
    ],
)
def test_the_last_scenes_text_white_and_nothing_else(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    "text",
    [
        "promeni tekst na početku u 'Hladna kafa'",
        "zamijeni uvodni tekst sa 'Hladna kafa'",
        "промени текст на почетку у 'Hladna kafa'",
        "የመጀመሪያውን ጽሑፍ ወደ 'Hladna kafa' ቀይር",
        "पहिलो टेक्स्टलाई 'Hladna kafa' मा बदल्नुहोस्",
    ],
)
def test_quoted_copy_goes_to_the_first_scene_only(text: str) -> None:
    only(text, scene_1__overlay__text="Hladna kafa")


@pytest.mark.parametrize(
    "text",
    ["stavi tekst na kraju gore", "текст на крају помери горе", "pomakni zadnji tekst na vrh"],
)
def test_the_closing_text_put_up_moves_it_to_the_top(text: str) -> None:
    only(text, scene_3__overlay__position="top")


@pytest.mark.parametrize(
    ("first", "more"),
    [
        ("malo utišaj muziku", "još malo"),
        ("смањи мало музику", "још мало"),
        ("ሙዚቃውን ትንሽ ቀንስ", "ትንሽ ተጨማሪ"),
        ("संगीत अलि कम गर", "अझ अलि"),
        ("ztlum trochu hudbu", "ještě trochu"),
        ("зроби музику трохи тихішою", "ще трохи"),
    ],
)
def test_a_bit_more_repeats_the_quieter_music(first: str, more: str) -> None:
    quieter_again(first, more)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        # (an inflected word is no slip of another word of the table: "druga" is not "duga",
        # "завршни" not "заврши")
        ("skrati drugi kadar za jednu sekundu", {"scene_2__durationSec": 6.0, "durationSec": 14.0}),
        ("obriši drugu scenu", None),
        ("измени завршни натпис у 'Zdravo'", {"scene_3__overlay__text": "Zdravo"}),
        ("почетни текст промени у 'Zdravo'", {"scene_1__overlay__text": "Zdravo"}),
    ],
)
def test_inflected_ordinals_and_closing_words(text: str, changes: dict[str, object] | None) -> None:
    if changes is None:
        same_as(text, "remove the second scene")
    else:
        only(text, **changes)


@pytest.mark.parametrize(("text", "undo"), [("poništi", True), ("vrati kako je bilo", True), ("ቀልብስ", True)])
def test_undo(text: str, undo: bool) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "undo"}], (text, turn.unknown)


# 5. Languages read before --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("зроби текст трохи більшим і гучнішою музику", "make the text a bit bigger and the music louder"),
        ("зміни текст на початку на 'Привіт'", "change the text in the first scene to 'Привіт'"),
        ("зробіть текст наприкінці жовтим", "make the text in the last scene yellow"),
        ("micșorează puțin textul din ultimul cadru", "make the text in the last scene a bit smaller"),
        ("palakihin nang kaunti ang text sa simula", "make the text in the first scene a bit bigger"),
    ],
)
def test_languages_read_before_read_more(text: str, plain: str) -> None:
    same_as(text, plain)


def test_ukrainian_and_the_closing_text_white_after_quieter_music() -> None:
    changed, state = after("зроби музику трохи тихішою", basic_project())
    assert changed.audio.volume < 0.8
    turn = parse_message("і текст наприкінці білим", changed, state=state)
    assert not turn.question and not turn.unknown, turn.question
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": changed.scenes[2].id, "color": "#FFFFFF"}
    ]


@pytest.mark.parametrize(
    ("typed", "digits"),
    [("१५ सेकेन्ड", "15 सेकेन्ड"), ("১২ সেকেন্ড", "12 সেকেন্ড"), ("፲፭ ሰከንድ", "15 ሰከንድ"), ("፻ ሰከንድ", "100 ሰከንድ")],
)
def test_native_digits_read_as_0_to_9(typed: str, digits: str) -> None:
    assert native_numbers(typed) == digits


@pytest.mark.parametrize("text", ["विज्ञापन को १२ सेकंड का करो", "বিজ্ঞাপনটা ১২ সেকেন্ডের করো"])
def test_hindi_and_bengali_lengths_in_their_own_digits(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": 12.0}]


# 6. Near misses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "napravi muziku malo zanimljivijom",
        "промени музику",
        "ሙዚቃውን ቆንጆ አድርግ",
        "संगीत राम्रो बनाऊ",
        "टेक्स्ट कम गर",
        "ne diraj muziku",
    ],
)
def test_an_unknown_word_or_a_leave_it_changes_nothing(text: str) -> None:
    unchanged(text)


@pytest.mark.parametrize(
    "text",
    [
        "sourdough scene should run 6 secs",
        "which scene says 60 hours?",
        "kitchen scene: 'Big windows'",
        "make the gore scene darker",
        "the video spot at the end",
    ],
)
def test_english_stays_english(text: str) -> None:
    assert language_of(text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("сделай музыку тише", "ru"),
        ("поменяй текст в конце", "ru"),
        ("udělej text větší", "cs"),
        ("संगीत थोड़ा धीमा करो", "hi"),
        ("zrób tekst większy", "pl"),
        ("maak de tekst groter", "nl"),
        ("zmień tekst na końcu", "pl"),
    ],
)
def test_near_languages_keep_their_own_table(text: str, language: str) -> None:
    assert language_of(text) == language
