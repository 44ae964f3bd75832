"""Round twenty-eight d: languages (dev20's non-English requests).

1. Hungarian, new: "legyen" (let it be) with a comparative, a colour or a quote; the article
   "a"/"az" first; "nyitó"/"záró szöveg" (the opening, the closing text); "még egy kicsit" (a bit
   more) after a change.
2. Persian (Arabic script, right to left), new: the verb last, "را" on the object ("X را Y کن",
   make X Y), the zero-width non-joiner inside words ("صحنه‌ی آخر", "بزرگ‌تر"), "ش" on an
   adjective for "it" ("بزرگ‌ترش کن", make it bigger, after a change to a scene's text).
3. Tamil, new: the verb last ("இசையை கொஞ்சம் குறை…", the music a bit lower: quieter; "பெரிதாக்க…",
   bigger), "கடைசி"/"முதல்" (last, first) scene and text.
4. Cantonese, new (Traditional characters, no spaces): "啲"/"少少" (a bit), "改做" (change to),
   "最後嗰句" (the last line: the last scene's text), "太大聲" (too loud); a voice-over too fast
   and a bit slower asked together is one slower voice. A Cantonese message was read as Mandarin,
   whose table reads Simplified characters: nothing happened, or the quote went to the scene
   spoken of last ("第一句改做「…」").
5. Indonesian: the Jakarta "-in" passive ("dikecilin", "digedein"); "huruf" (the letters) is the text.
6. Swedish: "texten i slutet" / "i början" (the text at the end, at the start): the last or the
   first scene's text (it asked which of all the scenes).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import after, basic_with, content, only, same_as, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.foreign import language_of

# basic_project: 15 s; hook 4 s (white "Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8; lighting bright.


# 1. Hungarian ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("a zene legyen hangosabb", "make the music louder"),
        ("legyen a zene egy picit halkabb", "make the music a bit quieter"),
        ("az utolsó jelenet szövege legyen sárga", "make the text in the last scene yellow"),
        ("a záró felirat legyen kisebb", "make the text in the last scene smaller"),
        ("kérlek, az első jelenet legyen rövidebb", "make the first scene shorter"),
        ("a záró szöveg legyen: 'Rendeld meg ma'", "change the text in the last scene to 'Rendeld meg ma'"),
        ("a kezdő felirat legyen 'Jó reggelt'", "change the text in the first scene to 'Jó reggelt'"),
    ],
)
def test_hungarian_legyen_reads_as_english(text: str, plain: str) -> None:
    assert language_of(text) == "hu"
    same_as(text, plain)


def test_hungarian_opening_text_is_the_hooks() -> None:
    only(
        "a nyitó felirat legyen: 'Hideg kávé, meleg reggel'",
        scene_1__overlay__text="Hideg kávé, meleg reggel",
    )


@pytest.mark.parametrize("more", ["még egy kicsit", "még egy picit", "egy kicsit még"])
def test_hungarian_a_bit_more_repeats_the_change(more: str) -> None:
    changed, state = after("a zene legyen kicsit halkabb", basic_project())
    once = changed.audio.volume
    assert once < 0.8
    again = parse_message(more, changed, state=state)
    assert again.operations and not again.question
    assert [op.to_wire() for op in again.operations][0]["volume"] < once


# 2. Persian --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("متن صحنه‌ی اول را زرد کن", "make the text in the first scene yellow"),
        ("لطفا متن صحنه آخر را مشکی کنید", "make the text in the last scene black"),
        ("موسیقی را کمی آرام‌تر کن", "make the music a bit quieter"),
        ("صدای موسیقی را کم کن", "make the music quieter"),
        ("صحنه‌ی اول را کوتاه‌تر کن", "make the first scene shorter"),
        ("متن آخر را به 'Sefaresh bedid' تغییر بده", "change the text in the last scene to 'Sefaresh bedid'"),
    ],
)
def test_persian_verb_last_reads_as_english(text: str, plain: str) -> None:
    assert language_of(text) == "fa"
    same_as(text, plain)


@pytest.mark.parametrize("text", ["کمی بزرگ‌ترش کن", "یه کم بزرگترش کن", "کمی هم درشت‌ترش کن"])
def test_persian_it_on_the_adjective_is_the_scene_just_changed(text: str) -> None:
    changed, state = after("متن صحنه‌ی آخر را سفید کن", basic_project())
    assert changed.scenes[2].overlay.color == "#FFFFFF"
    again = parse_message(text, changed, state=state)
    assert not again.question and not again.unknown, (text, again.question)
    wire = [op.to_wire() for op in again.operations]
    assert len(wire) == 1 and wire[0]["sceneId"] == changed.scenes[2].id
    assert set(wire[0]) == {"operation", "sceneId", "fontSize"} and wire[0]["fontSize"] > 72


# 3. Tamil ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("இசையை குறைக்கவும்", "make the music quieter"),
        ("பாடலை கொஞ்சம் கூட்டவும்", "make the music a bit louder"),
        ("கடைசி காட்சி உரையை வெள்ளை ஆக்கவும்", "make the text in the last scene white"),
        ("முதல் காட்சி எழுத்தை கொஞ்சம் பெரிதாக்கவும்", "make the text in the first scene a bit bigger"),
        ("கடைசி காட்சியை நீளமாக்கவும்", "make the last scene longer"),
    ],
)
def test_tamil_verb_last_reads_as_english(text: str, plain: str) -> None:
    assert language_of(text) == "ta"
    same_as(text, plain)


def test_tamil_music_a_bit_lower_is_only_the_volume() -> None:
    changed = parse_message("பின்னணி இசையை கொஞ்சம் குறைக்கவும்", basic_project())
    wire = [op.to_wire() for op in changed.operations]
    assert (
        len(wire) == 1 and wire[0]["operation"] == "update_audio" and set(wire[0]) == {"operation", "volume"}
    )
    assert 0.8 * 0.7 <= wire[0]["volume"] < 0.8


# 4. Cantonese ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("最後一句改做「今日就試」", "change the text in the last scene to 「今日就試」"),
        ("第一句改成「早晨咖啡」", "change the text in the first scene to 「早晨咖啡」"),
        ("音樂細聲啲", "make the music a bit quieter"),
        ("背景音樂大聲啲吖", "make the music a bit louder"),
        ("最後嗰個畫面長啲", "make the last scene a bit longer"),
        ("音樂太大聲", "the music is too loud"),
        ("把最後一個畫面的文字改成白色", "make the text in the last scene white"),
    ],
)
def test_cantonese_reads_as_english(text: str, plain: str) -> None:
    assert language_of(text) == "yue"
    same_as(text, plain)


@pytest.mark.parametrize("text", ["字大啲", "啲字再大少少", "字幕大少少"])
def test_cantonese_text_a_bit_bigger_after_a_change_is_that_scenes(text: str) -> None:
    changed, state = after("最後一句改做「快啲嚟試」", basic_project())
    assert changed.scenes[2].overlay.text == "快啲嚟試"
    again = parse_message(text, changed, state=state)
    assert not again.question and not again.unknown, (text, again.question)
    wire = [op.to_wire() for op in again.operations]
    assert len(wire) == 1 and wire[0]["sceneId"] == changed.scenes[2].id
    assert set(wire[0]) == {"operation", "sceneId", "fontSize"} and wire[0]["fontSize"] > 72


@pytest.mark.parametrize(
    "text",
    [
        "旁白講得太快，慢少少吖",
        "配音讀得太快，可唔可以慢啲？",
        "段 voiceover 太快，唔該慢少少",
    ],
)
def test_cantonese_voice_too_fast_and_slower_is_one_slower_voice(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question)
    wire = [op.to_wire() for op in turn.operations]
    assert len(wire) == 1 and wire[0]["operation"] == "update_voice", wire
    assert 0.7 <= wire[0]["rate"] < 1.0


def test_cantonese_unread_line_changes_nothing() -> None:
    # (a line Cantonese's table does not know: asked, never put on the scene spoken of last)
    unchanged("第五句改做「你好」")


# 5. Indonesian: "-in" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("musiknya dikecilin dikit ya", "make the music a bit quieter"),
        ("tolong lagunya dikencengin", "make the music louder"),
        ("teks penutupnya digedein sedikit", "make the text in the last scene a bit bigger"),
        ("hurufnya di adegan pertama lebih kecil", "make the text in the first scene smaller"),
        ("adegan terakhir dipanjangin", "make the last scene longer"),
    ],
)
def test_indonesian_in_passive_reads_as_english(text: str, plain: str) -> None:
    same_as(text, plain)


# 6. Swedish: at the end, at the start ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("gör texten i slutet gul", "make the text in the last scene yellow"),
        ("texten på slutet ska vara lite mindre", "make the text in the last scene a bit smaller"),
        ("gör texten i början större", "make the text in the first scene bigger"),
        ("ändra texten i början till 'God morgon'", "change the text in the first scene to 'God morgon'"),
    ],
)
def test_swedish_text_at_the_end_or_start_is_that_scenes(text: str, plain: str) -> None:
    same_as(text, plain)


def test_swedish_text_at_the_end_changes_only_the_last_scene() -> None:
    start = basic_with(audio__volume=0.5)
    changed = only("gör texten i slutet lite större", start, scene_3__overlay__fontSize=83)
    assert content(changed)["audio"]["volume"] == 0.5


# 7. The complaints ("too loud") and a length, in the new languages -------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("a zene túl hangos", "the music is too loud"),
        ("a hook szövege legyen nagyobb", "make the hook text bigger"),
        ("a reklám legyen 20 másodperces", "make the ad 20 seconds"),
        ("موسیقی خیلی بلند است", "the music is too loud"),
        ("இசை ரொம்ப சத்தமா இருக்கு", "the music is too loud"),
        ("விளம்பரத்தை 20 வினாடிகள் ஆக்கவும்", "make the ad 20 seconds"),
        ("音樂唔好咁大聲", "make the music quieter"),
        ("個片長啲", "make the ad a bit longer"),
    ],
)
def test_complaints_and_lengths_in_the_new_languages(text: str, plain: str) -> None:
    same_as(text, plain)
