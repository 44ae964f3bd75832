"""Round twenty-five, part a (helper d18a, 2026-12-05): dev18's requests and briefs in Russian,
Ukrainian, Hebrew, Chinese (characters and pinyin), Czech and Norwegian, and open briefs that name
only an occasion of another calendar (Ramadan, Diwali, Lunar New Year, Hari Raya …), "like your last
one but for …" or end in Singlish "… or not". Each class is tested in other words than the crowd's
and asserts the exact operations (so nothing else changes), the brief's name and length, or the
question."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.open_brief import OPEN_QUESTION

# basic_project: 15 s; hook 4 s (64, white), showcase 7 s (56, white), cta 4 s (72, #F2A541);
# music 0.8; three scenes.


def _volume(value: float) -> list[dict[str, Any]]:
    return [{"operation": "update_audio", "volume": value}]


def _overlay(scene: int, **fields: Any) -> list[dict[str, Any]]:
    return [{"operation": "update_overlay", "sceneId": f"scene_{scene}", **fields}]


def _length(scene: int, seconds: float) -> list[dict[str, Any]]:
    return [{"operation": "update_scene", "sceneId": f"scene_{scene}", "durationSec": seconds}]


# --- 1. the music, a bit up or down -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("сделай музыку немного тише", _volume(0.7)),
        ("музыку немного громче, пожалуйста", _volume(0.9)),
        ("зроби музику трохи тихіше", _volume(0.7)),
        ("תעשה את המוזיקה קצת יותר שקטה", _volume(0.7)),
        ("音乐调大一点", _volume(0.9)),
        ("把音乐调小一点", _volume(0.7)),
        ("yin yue xiao sheng yi dian", _volume(0.7)),
        ("zesil hudbu trochu", _volume(0.9)),
        ("hudbu trošku ztlum", _volume(0.7)),
        ("skru ned musikken litt", _volume(0.7)),
        ("gjør musikken litt høyere", _volume(0.9)),
    ],
)
def test_the_music_a_bit_louder_or_quieter_in_six_languages(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("first", "more", "expected"),
    [
        ("сделай музыку немного тише", "ещё немного", _volume(0.65)),
        ("музыку чуть громче", "еще чуть-чуть", _volume(0.95)),
        ("зроби музику трохи тихіше", "ще трішки", _volume(0.65)),
    ],
)
def test_a_bit_more_after_the_music_goes_on_the_same_way(first: str, more: str, expected: list[dict]) -> None:
    changed, state = after(first, basic_project())
    assert wires(more, changed, state) == expected


# --- 2. the text: its size, its place, new copy --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("сделай текст на последнем экране крупнее", _overlay(3, fontSize=90)),
        ("зроби текст в кінці більшим", _overlay(3, fontSize=90)),
        ("תגדיל קצת את הטקסט של ה hook", _overlay(1, fontSize=74)),
        ("把 hook 的文字放大一点", _overlay(1, fontSize=74)),
        ("ba cta de wen zi suo xiao yi dian", _overlay(3, fontSize=63)),
        ("gjør teksten i siste scene litt mindre", _overlay(3, fontSize=63)),
        ("text výzvy k akci dej nahoru", _overlay(3, position="top")),
    ],
)
def test_the_size_and_place_of_a_scenes_text(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("замени текст на последнем слайде на «Закажи сейчас»", _overlay(3, text="Закажи сейчас")),
        ("змініть текст в кінці на «Купуй зараз»", _overlay(3, text="Купуй зараз")),
        ("把开头的文字改成「现在就买」", _overlay(1, text="现在就买")),
    ],
)
def test_new_copy_for_the_first_or_last_scene_is_kept_as_typed(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected


# --- 3. a scene longer or shorter by so many seconds ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("сделай вторую сцену на 2 секунды длиннее", _length(2, 9.0)),
        ("укороти первую сцену на секунду", _length(1, 3.0)),
        ("зроби останню сцену на секунду довшою", _length(3, 5.0)),
        ("תקצר את הסצנה הראשונה בשנייה", _length(1, 3.0)),
    ],
)
def test_a_scene_longer_or_shorter_by_seconds_said_before_or_after(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected


# --- 4. briefs: a kind of business and its name, a length, a mood ------------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "seconds"),
    [
        ("сделайте рекламу на 15 секунд для кофейни «Зерно»", "Зерно", 15.0),
        ("нужна реклама для пекарни «Колосок», 20 секунд, тёплая", "Колосок", 20.0),
        ("зробіть рекламу на 20 секунд для кав'ярні «Ранок»", "Ранок", 20.0),
        ("תכין לי פרסומת של 20 שניות למאפייה 'לחם חם'", "לחם חם", 20.0),
        ("פרסומת לחנות שלי 'גינה ירוקה', 15 שניות", "גינה ירוקה", 15.0),
        ("做一个20秒的广告，品牌是「山茶」", "山茶", 20.0),
        ("为中秋节做一个15秒的广告，品牌叫「月光」", "月光", 15.0),
        ("udělej mi reklamu na 20 sekund pro kavárnu Modrý Hrnek", "Modrý Hrnek", 20.0),
        ("udělej 20sekundovou reklamu pro obchod Zelená Louka", "Zelená Louka", 20.0),
        ("lag en reklame på 15 sekunder for Bakeri Solstrand", "Bakeri Solstrand", 15.0),
        ("lag meg en reklame for Nordlys Te, 20 sekunder, energisk stemning", "Nordlys Te", 20.0),
    ],
)
def test_a_brief_keeps_the_name_after_its_kind_of_business(text: str, brand: str, seconds: float) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand and turn.brief.duration_sec == seconds


def test_a_mood_in_a_foreign_brief_is_read() -> None:
    warm = parse_message("нужна реклама для пекарни «Колосок», 20 секунд, тёплая", None)
    energetic = parse_message("lag meg en reklame for Nordlys Te, 20 sekunder, energisk stemning", None)
    assert warm.brief is not None and warm.brief.mood == "warm"
    assert energetic.brief is not None and energetic.brief.mood == "energetic"


# --- 5. open briefs: an occasion, "like your last one", "can or not" -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我要一个新年广告",
        "我们需要一个母亲节广告",
        "зробіть мені рекламу до Різдва",
        "сделайте мне рекламу",
        "תכיני לנו פרסומת",
        "we need a Deepavali ad, 20 sec",
        "something for Hari Raya, 15s",
        "could you do an ad for Chinese New Year",
        "make one ad for Eid can or not",
        "make another ad like your previous one but for Thanksgiving",
        "CNY video, 15 seconds, festive",
    ],
)
def test_an_ad_for_an_occasion_only_asks_what_the_ad_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is None and turn.question == OPEN_QUESTION


@pytest.mark.parametrize(
    ("first", "answer", "brand"),
    [
        ("Hari Raya promo, 20s", "it's for our bakery, Kak Yah Kuih", "Kak Yah Kuih"),
        (
            "need something for Lunar New Year",
            "for Golden Lantern Tea House, 15 seconds",
            "Golden Lantern Tea House",
        ),
        ("תכיני לנו פרסומת", "לבית הקפה שלנו, 'שחר', 20 שניות", "שחר"),
    ],
)
def test_the_answer_to_an_occasion_completes_the_brief(first: str, answer: str, brand: str) -> None:
    asked = parse_message(first, None)
    assert asked.pending is not None
    turn = parse_message(answer, None, state=ConversationState(pending=asked.pending))
    assert turn.brief is not None and turn.brief.brand_name == brand


# --- 6. what stays as it was --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("make a Diwali ad for Sharma Sweets", "Sharma Sweets"),
        ("Ramadan Nights Bakery, 15s ad, warm", "Ramadan Nights Bakery"),
        ("an ad for Lantern & Co candles, Lunar New Year sale", "Lantern & Co"),
    ],
)
def test_an_occasion_beside_a_name_is_still_a_brief(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand


# --- 7. how long the ad is, removing a scene, undo, "too loud" -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "сколько длится реклама?",
        "скільки триває реклама?",
        "כמה זמן הפרסומת?",
        "广告多长？",
        "jak dlouhá je reklama?",
        "hvor lang er reklamen?",
        "яка тривалість реклами?",
        "какова длительность рекламы?",
    ],
)
def test_how_long_the_ad_is_is_answered_from_the_document(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer is not None and "15 s" in turn.answer


@pytest.mark.parametrize(
    "text",
    [
        "удали вторую сцену",
        "видали другу сцену",
        "תמחק את הסצנה השנייה",
        "把第二个画面删掉",
        "smaž druhou scénu",
        "slett andre scene",
    ],
)
def test_removing_a_scene_named_by_its_ordinal(text: str) -> None:
    assert wires(text) == [{"operation": "remove_scene", "sceneId": "scene_2"}]


@pytest.mark.parametrize("text", ["удали седьмую сцену", "видали дев'яту сцену", "убери пятую сцену"])
def test_a_scene_past_the_last_is_no_target(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown is not None and turn.unknown.startswith("There is no scene")


@pytest.mark.parametrize("text", ["отмени", "скасуй", "תבטל", "撤销", "vrať zpět", "angre"])
def test_undo_said_alone(text: str) -> None:
    assert wires(text) == [{"operation": "undo"}]


@pytest.mark.parametrize(
    "text",
    ["музыка слишком громкая", "музика надто гучна", "המוזיקה חזקה מדי", "音乐太吵了", "musikken er for høy"],
)
def test_music_too_loud_turns_it_down_one_step(text: str) -> None:
    assert wires(text) == _volume(0.6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("можно сделать музыку потише?", _volume(0.7)),
        ("ba yin yue tiao da yi dian", _volume(0.9)),
        ("把广告改成20秒", [{"operation": "set_duration", "durationSec": 20.0}]),
    ],
)
def test_softer_asking_and_digits_inside_chinese(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize("text", ["дякую", "спасибо", "תודה", "谢谢", "děkuji", "takk"])
def test_thanks_alone_changes_nothing(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert (
        not turn.operations and turn.question is None and (turn.unknown or "").startswith("Glad you like it")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zkrať první scénu o 1 sekundu", _length(1, 3.0)),
        ("zkrať první scénu o sekundu", _length(1, 3.0)),
        ("prodluž druhou scénu o 2 sekundy", _length(2, 9.0)),
        ("zvětši text v hooku", _overlay(1, fontSize=80)),
        ("把CTA改成白色", _overlay(3, color="#FFFFFF")),
        ("CTA的文字改成「马上购买」", _overlay(3, text="马上购买")),
        ("תעשה את ה-CTA גדול יותר", _overlay(3, fontSize=90)),
    ],
)
def test_czech_by_seconds_and_english_names_inside_czech_chinese_and_hebrew(
    text: str, expected: list[dict]
) -> None:
    assert wires(text) == expected


# --- 8. precision: a short word of these scripts is never read past ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "не делай музыку громче",
        "אל תגדיל את הטקסט",
        "不要把音乐调大",
        "don't enlarge the text",
        "don't turn up the music",
    ],
)
def test_a_declined_change_changes_nothing(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown is not None and turn.unknown.startswith("OK, I'll leave that")


@pytest.mark.parametrize(
    "text", ["ikke gjør musikken høyere", "не роби музику гучніше", "nedělej hudbu hlasitější"]
)
def test_a_word_left_unread_asks_before_changing(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('תשנה את ה-CTA ל-"קנו היום"', _overlay(3, text="קנו היום")),
        ("把音乐调大一点", _volume(0.9)),
        ("תגדיל את הטקסט של ה hook", _overlay(1, fontSize=80)),
    ],
)
def test_hebrew_prefixes_on_english_names_and_quotes(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected


# --- 9. muting the music, the background, seconds as Chinese numerals ---------------------------------


@pytest.mark.parametrize(
    "text", ["выключи музыку", "вимкни музику", "vypni hudbu", "关掉音乐", "skru av musikken"]
)
def test_muting_the_music(text: str) -> None:
    assert wires(text) == _volume(0.0)


@pytest.mark.parametrize("text", ["сделай фон темнее", "gjør bakgrunnen mørkere", "udělej pozadí tmavší"])
def test_the_background_darker_reads_as_in_english(text: str) -> None:
    assert wires(text) == wires("make the background darker")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("把第一个画面缩短一秒", _length(1, 3.0)),
        ("把第二个画面延长两秒", _length(2, 9.0)),
        ("把最后一个画面缩短1秒", _length(3, 3.0)),
    ],
)
def test_a_scene_shorter_or_longer_by_chinese_seconds(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected


# --- 10. a quoted name after "for" or after "the <kind of business>" -----------------------------------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("an ad for 'Luna', 15 seconds", "Luna"),
        ("a 15s ad for the bakery 'Crumb & Co'", "Crumb & Co"),
        ("реклама для «Луна», 15 секунд", "Луна"),
        ("реклама кофейни «Зерно» на 20 секунд", "Зерно"),
        ("给我们的咖啡店做一个15秒的广告，叫「晨光」", "晨光"),
        ("lag en reklame for bakeriet mitt, Solbakst, 15 sekunder", "Solbakst"),
    ],
)
def test_a_quoted_or_set_off_name_is_the_brand(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand
