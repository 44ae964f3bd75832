"""Round twenty-six d: languages and scripts.

1. Hebrew writes "to", "that", "and" on the word, and on a quote too: "ל'הזמינו עכשיו'", "ש'…'"
   (a single quote after such a letter was read as an apostrophe: the words were lost, the help
   text came back); "תכתוב" (write) is a verb.
2. Chinese: "广告缩短到10秒", the ad (or a scene) shortened or lengthened *to* a length (it was
   missed, or asked), and "广告缩短2秒", *by* a length (it read "2 s", out of range).
3. Japanese (kana and kanji, no spaces), Hindi (Devanagari), Greek and Thai (no spaces): the
   everyday edits (music louder, quieter, calmer; text bigger, a colour, a place, quoted copy;
   a scene or the ad longer, shorter or a length; brighter, darker; remove a scene; undo; thanks;
   "how long is it?"), whole messages and mixed with English (new module
   ``japanese_hindi_greek_thai``). A word of those scripts left unread changes nothing.
4. French, Polish: "merci beaucoup", "c'est combien de temps ?", "skróć … o sekundę" (it asked
   about 3.2 s), "reklama ma mieć 20 sekund", "jak długa jest reklama?" (read as Turkish).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, content, only, same_as, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.quotes import mask_quotes
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (white "Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8; lighting bright.


def dim() -> AdProject:
    """basic_project with natural lighting, calm music at 0.5 and a 5 s hook (another start)."""
    return basic_with(style__lighting="natural", audio__volume=0.5, scene_1__durationSec=5, durationSec=16)


# 1. Hebrew: a quote written on a prefix letter -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ("תשנה את הטקסט של ה-CTA ל'הזמינו עכשיו'", 3, "הזמינו עכשיו"),
        ("תשנה את הטקסט בהתחלה ל'בוקר טוב'", 1, "בוקר טוב"),
        ("תכתוב ש'מבצע היום' בסוף", 3, "מבצע היום"),
        ('תכתוב ש"קפה קר, טעם חם" בהתחלה', 1, "קפה קר, טעם חם"),
        ("תשנה את הכיתוב בסוף ל'Order now!'", 3, "Order now!"),
        ("בסוף שיהיה כתוב 'קנו עכשיו'", 3, "קנו עכשיו"),
        ("הטקסט בהתחלה צריך להיות 'בוקר של קפה'", 1, "בוקר של קפה"),
        ("בהתחלה יופיע 'Wake up'", 1, "Wake up"),
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_hebrew_quote_on_a_prefix_letter_is_the_copy(text: str, scene: int, words: str, start) -> None:
    only(text, start(), **{f"scene_{scene}__overlay__text": words})


@pytest.mark.parametrize(
    "text",
    ["תמונה של הצ'יפס והג'ינס", "בג'קט וצ'יפס", "ma'am, don't 'x", "לצ'יפס ולג'ינס"],
)
def test_apostrophes_in_words_stay_apostrophes(text: str) -> None:
    # an apostrophe inside a word ("צ'יפס", chips; "ג'ינס", jeans) opens no quote
    assert mask_quotes(text) == (text, [])


# 2. Chinese: to a length, by a length ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("广告缩短到10秒", "make the ad 10 seconds"),
        ("把广告缩短到12秒", "make the ad 12 seconds"),
        ("视频加长到20秒", "make the ad 20 seconds"),
        ("请把广告减到8秒", "make the ad 8 seconds"),
        ("第一个画面缩短到3秒", "make the first scene 3 seconds"),
        ("把最后一个画面延长到5秒", "make the last scene 5 seconds"),
        ("广告缩短2秒", "shorten the ad by 2 seconds"),
        ("第一个画面加长1秒", "make the first scene 1 second longer"),
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_chinese_to_and_by_a_length(text: str, plain: str, start) -> None:
    same_as(text, plain, start())


def test_chinese_to_a_length_exact() -> None:
    only("第一个画面缩短到3秒", scene_1__durationSec=3.0, durationSec=14.0)
    only("广告缩短2秒", basic_project(), **_rescaled(13.0))


def _rescaled(total: float) -> dict:
    turn = parse_message(f"make the ad {total:g} seconds", basic_project())
    from adgen.agent.understanding.clause import simulate

    changed, _ = simulate(basic_project(), turn.operations)
    doc = content(changed)
    return {
        "durationSec": doc["durationSec"],
        **{f"scene_{i + 1}__durationSec": s["durationSec"] for i, s in enumerate(doc["scenes"])},
    }


# 3. Japanese, Hindi, Greek, Thai: the everyday edits ---------------------------------------------

EVERYDAY = [
    # music louder / quieter / calmer
    ("音楽をもう少し大きくして", "make the music a bit more louder"),
    ("BGMを少し静かにして", "make the music a bit quieter"),
    ("音楽を落ち着いた感じにして", "make the music calm"),
    ("संगीत थोड़ा तेज़ करो", "make the music a bit louder"),
    ("म्यूजिक धीमा कर दीजिए", "make the music quieter"),
    ("κάνε τη μουσική λίγο πιο σιγανή", "make the music a bit quieter"),
    ("χαμήλωσε τη μουσική", "turn down the music"),
    ("κάνε τη μουσική πιο δυνατή", "make the music louder"),
    ("ทำให้เพลงเบาลงหน่อย", "make the music a bit quieter"),
    ("ทำให้เพลงดังขึ้นอีกนิด", "make the music a bit more louder"),
    # text size, colour, place
    ("テキストを大きくして", "make the text bigger"),
    ("最初のシーンのテキストを黄色にして", "make the text in the first scene yellow"),
    ("hookのテキストを下にして", "move the text in the hook to the bottom"),
    ("टेक्स्ट बड़ा करो", "make the text bigger"),
    ("पहले सीन का टेक्स्ट पीला करो", "make the text in the first scene yellow"),
    ("hook का टेक्स्ट नीचे करो", "move the text in the hook to the bottom"),
    ("κάνε το κείμενο πιο μεγάλο", "make the text bigger"),
    ("κάνε το κείμενο της πρώτης σκηνής κίτρινο", "make the text in the first scene yellow"),
    ("βάλε το κείμενο του hook κάτω", "move the text in the hook to the bottom"),
    ("ทำให้ข้อความใหญ่ขึ้น", "make the text bigger"),
    ("เปลี่ยนข้อความในฉากแรกเป็นสีเหลือง", "make the text in the first scene yellow"),
    # a scene's length, the whole ad's length
    ("最初のシーンを1秒短くして", "make the first scene 1 second shorter"),
    ("最後のシーンを長くして", "make the last scene longer"),
    ("動画を20秒にしてください", "make the ad 20 seconds"),
    ("विज्ञापन 20 सेकंड का कर दो", "make the ad 20 seconds"),
    ("κάνε την πρώτη σκηνή 1 δευτερόλεπτο πιο σύντομη", "make the first scene 1 second shorter"),
    ("κάνε τη διαφήμιση 20 δευτερόλεπτα", "make the ad 20 seconds"),
    ("ทำให้ฉากแรกสั้นลง 1 วินาที", "make the first scene 1 second shorter"),
    ("ทำให้โฆษณายาว 20 วินาที", "make the ad 20 seconds"),
    ("κάνε την τελευταία σκηνή πιο μεγάλη", "make the last scene longer"),
    ("κάνε την πρώτη σκηνή μικρότερη", "make the first scene shorter"),
    ("κόψε την πρώτη σκηνή κατά 1 δευτερόλεπτο", "make the first scene 1 second shorter"),
    ("最後のシーンを2秒長くして", "make the last scene 2 seconds longer"),
    ("आखिरी सीन 2 सेकंड लंबा करो", "make the last scene 2 seconds longer"),
    ("ทำให้ฉากสุดท้ายยาวขึ้น 2 วินาที", "make the last scene 2 seconds longer"),
    ("ย้ายข้อความในฉากแรกไปด้านล่าง", "move the text in the first scene to the bottom"),
    # brighter, darker
    ("少し暗くして", "make it a bit darker"),
    ("κάνε την εικόνα πιο φωτεινή", "make it brighter"),
    ("ทำให้สว่างขึ้นหน่อย", "make it a bit brighter"),
    # remove a scene
    ("最後のシーンを削除して", "remove the last scene"),
    ("आखिरी सीन हटाओ", "remove the last scene"),
    ("σβήσε την τελευταία σκηνή", "remove the last scene"),
    ("ลบฉากสุดท้าย", "remove the last scene"),
    # mixed with English
    ("the music थोड़ा धीमा please", "make the music a bit quieter"),
    ("make the music 少し静かに", "make the music a bit quieter"),
    ("the hook text 下に please", "move the hook text to the bottom"),
    ("make the music เบาลง", "make the music quieter"),
    (
        "please make the hook text bigger and the music πιο χαμηλή",
        "make the hook text bigger and the music quieter",
    ),
    ("the text in the last scene पीला करो", "make the text in the last scene yellow"),
]


@pytest.mark.parametrize(("text", "plain"), EVERYDAY)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_everyday_edits_in_japanese_hindi_greek_thai(text: str, plain: str, start) -> None:
    project = start()
    if "brighter" in plain and project.style.lighting == "bright":
        project = dim()
    same_as(text, plain, project)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("BGMを少し静かにして", {"audio__volume": 0.7}),
        ("संगीत थोड़ा तेज़ करो", {"audio__volume": 0.9}),
        ("κάνε τη μουσική λίγο πιο σιγανή", {"audio__volume": 0.7}),
        ("ทำให้เพลงเบาลงหน่อย", {"audio__volume": 0.7}),
        ("最初のシーンのテキストを黄色にして", {"scene_1__overlay__color": "#FFFF00"}),
        ("ทำให้ฉากแรกสั้นลง 1 วินาที", {"scene_1__durationSec": 3.0, "durationSec": 14.0}),
        ("σβήσε την τελευταία σκηνή", None),
    ],
)
def test_everyday_edits_exact(text: str, changes) -> None:
    if changes is None:
        turn = parse_message(text, basic_project())
        assert [op.to_wire() for op in turn.operations] == [
            {"operation": "remove_scene", "sceneId": "scene_3"}
        ]
    else:
        only(text, **changes)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("最後のシーンのテキストを「今すぐ注文」に変えて", "今すぐ注文"),
        ("最初のシーンのテキストを「夏だ！ 冷たい一杯」に変えて", "夏だ！ 冷たい一杯"),
        ('आखिरी सीन का टेक्स्ट "अभी ऑर्डर करें" कर दो', "अभी ऑर्डर करें"),
        ('άλλαξε το κείμενο της τελευταίας σκηνής σε "Παράγγειλε τώρα"', "Παράγγειλε τώρα"),
        ("άλλαξε το κείμενο της τελευταίας σκηνής σε «Καφές, κρύος & δυνατός»", "Καφές, κρύος & δυνατός"),
        ('เปลี่ยนข้อความในฉากสุดท้ายเป็น "สั่งเลย"', "สั่งเลย"),
        ('เปลี่ยนข้อความในฉากสุดท้ายเป็น "กาแฟเย็น 50 บาท"', "กาแฟเย็น 50 บาท"),
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_quoted_copy_keeps_its_script(text: str, words: str, start) -> None:
    only(text, start(), scene_3__overlay__text=words) if "最初" not in text else only(
        text, start(), scene_1__overlay__text=words
    )


@pytest.mark.parametrize(
    "text",
    ["元に戻して", "取り消して", "पहले जैसा कर दो", "αναίρεση", "ย้อนกลับ", "เลิกทำ"],
)
def test_undo(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "undo"}], text


@pytest.mark.parametrize(
    "text",
    [
        "ありがとうございます",
        "ありがとう",
        "धन्यवाद",
        "शुक्रिया",
        "ευχαριστώ πολύ",
        "ขอบคุณครับ",
        "merci beaucoup",
        "ありがとね",
        "बहुत धन्यवाद",
        "ευχαριστούμε",
        "ขอบใจ",
    ],
)
def test_thanks(text: str) -> None:
    assert unchanged(text).startswith("Glad you like it"), text


@pytest.mark.parametrize(
    "text",
    [
        "広告は何秒？",
        "विज्ञापन कितना लंबा है?",
        "यह कितने सेकंड का है?",
        "πόσο διαρκεί η διαφήμιση;",
        "โฆษณายาวเท่าไหร่",
        "c'est combien de temps ?",
        "jak długa jest reklama?",
        "動画はどれくらいの長さ？",
        "これ何秒ある？",
        "विज्ञापन कितनी देर का है?",
        "πόσο κρατάει η διαφήμιση;",
        "วิดีโอยาวกี่วินาที",
        "โฆษณานานแค่ไหน",
    ],
)
def test_how_long(text: str) -> None:
    assert unchanged(text).startswith("The ad is 15 s long"), text


@pytest.mark.parametrize(
    "text",
    [
        "音楽を猫にして",  # the music, "cat"
        "音楽をふわふわにして",  # "fluffy"
        "संगीत बिल्ली करो",
        "टेक्स्ट को चमकीला गुलाबी बादल करो",
        "κάνε τη μουσική γάτα",
        "κάνε το κείμενο συννεφάκι",
        "ทำให้เพลงแมว",
        "ทำให้ข้อความฟูฟู",
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_unknown_words_change_nothing(text: str, start) -> None:
    unchanged(text, start())


# 4. French and Polish ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("skróć pierwszą scenę o sekundę", "make the first scene 1 second shorter"),
        ("wydłuż ostatnią scenę o jedną sekundę", "make the last scene 1 second longer"),
        ("reklama ma mieć 20 sekund", "make the ad 20 seconds"),
        ("reklama powinna mieć 12 sekund", "make the ad 12 seconds"),
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_polish_by_a_second_and_should_be(text: str, plain: str, start) -> None:
    same_as(text, plain, start())


@pytest.mark.parametrize(
    "text", ["c'est combien de temps ?", "ça dure combien de temps ?", "ça dure combien ?"]
)
def test_french_how_long(text: str) -> None:
    assert unchanged(text).startswith("The ad is 15 s long"), text


# 5. Declined and complained-of, in the new scripts -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "音楽を大きくしないで",
        "テキストを小さくしないでください",
        "संगीत तेज़ मत करो",
        "टेक्स्ट छोटा मत करो",
        "μην κάνεις τη μουσική πιο δυνατή",
        "μην κάνετε το κείμενο πιο μικρό",
        "อย่าทำให้เพลงดังขึ้น",
        "อย่าทำให้ข้อความเล็กลง",
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_dont_changes_nothing(text: str, start) -> None:
    turn = parse_message(text, start())
    assert not turn.operations and not turn.question, (text, turn.question)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("音楽がうるさい", "the music is too loud"),
        ("音楽はうるさすぎる", "the music is too loud"),
        ("संगीत बहुत तेज़ है", "the music is too loud"),
        ("η μουσική είναι πολύ δυνατή", "the music is too loud"),
        ("เพลงดังเกินไป", "the music is too loud"),
        ("テキストが小さすぎる", "the text is too small"),
        ("ข้อความเล็กเกินไป", "the text is too small"),
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_too_loud_too_small(text: str, plain: str, start) -> None:
    same_as(text, plain, start())


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "תשנה את הטקסט בסוף ל'קנו' ותגדיל את הטקסט",
            "change the text in the last scene to 'קנו' and enlarge the text",
        ),
        (
            "תשנה את הכיתוב בהתחלה ל'שלום' ותקטין אותו",
            "change the text in the first scene to 'שלום' and shrink it",
        ),
        ("תגביר את המוזיקה ותקצר את הסצנה האחרונה", "turn up the music and shorten the last scene"),
    ],
)
def test_hebrew_and_on_a_verb(text: str, plain: str) -> None:
    same_as(text, plain)


# 6. The music off; a straight quote after a Japanese or Thai particle ------------------------------


@pytest.mark.parametrize(
    "text", ["音楽を消して", "BGMを止めて", "संगीत बंद करो", "κλείσε τη μουσική", "ปิดเพลง"]
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_music_off(text: str, start) -> None:
    same_as(text, "mute the music", start())


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ("最後のシーンのテキストを'今だけ半額'に変えて", 3, "今だけ半額"),
        ("最初のシーンのテキストを'Hello, summer'に変えて", 1, "Hello, summer"),
        ("เปลี่ยนข้อความในฉากสุดท้ายเป็น'ลดราคา 20%'", 3, "ลดราคา 20%"),
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_straight_quote_after_a_particle(text: str, scene: int, words: str, start) -> None:
    only(text, start(), **{f"scene_{scene}__overlay__text": words})


@pytest.mark.parametrize("text", ["don't 'x'", "rock'n'roll 'Go'", "the 'cta' text"])
def test_english_quotes_unchanged(text: str) -> None:
    masked, quotes = mask_quotes(text)
    assert [q.raw for q in quotes] == [t for t in ("'x'", "'Go'", "'cta'") if t in text]


# 7. Praise changes nothing; "can you …?" is the request -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "音楽いいね",
        "テキストは大きくていい",
        "音楽は大きくしなくていい",
        "संगीत अच्छा है",
        "टेक्स्ट बड़ा है, ठीक है",
        "η μουσική είναι ωραία",
        "το κείμενο είναι μια χαρά",
        "เพลงเพราะดี",
        "ข้อความใหญ่ดีแล้ว",
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_praise_and_no_need_change_nothing(text: str, start) -> None:
    turn = parse_message(text, start())
    assert not turn.operations and not turn.question, (text, turn.question)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("音楽を大きくしてくれる？", "make the music louder"),
        ("テキストを小さくしてもらえますか", "make the text smaller"),
        ("क्या संगीत तेज़ कर सकते हो?", "make the music louder"),
        ("क्या टेक्स्ट बड़ा कर सकते हैं?", "make the text bigger"),
        ("μπορείς να κάνεις τη μουσική πιο δυνατή;", "make the music louder"),
        ("μπορείτε να κάνετε το κείμενο πιο μικρό;", "make the text smaller"),
        ("ช่วยทำให้เพลงดังขึ้นได้ไหม", "make the music louder"),
        ("ช่วยทำให้ข้อความเล็กลงได้ไหมครับ", "make the text smaller"),
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_can_you(text: str, plain: str, start) -> None:
    same_as(text, plain, start())


# 8. Hebrew "replace the text with '…'" and "instead of '…'" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("תחליף את הטקסט בסוף ל'קנו עכשיו'", "change the text in the last scene to 'קנו עכשיו'"),
        ("תחליף את הטקסט של ה-showcase ל'Rich'", "change the showcase text to 'Rich'"),
        ("במקום 'Order today' תכתוב 'Buy now'", "instead of 'Order today' write 'Buy now'"),
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_hebrew_replace_with(text: str, plain: str, start) -> None:
    same_as(text, plain, start())


@pytest.mark.parametrize(
    "text",
    [
        "תחליף את 'Bold' ב'Rich'",  # a part of the words, "in"/"with" written on the quote
        "תשנה מ'Bold' ל'Rich'",  # "from 'A' to 'B'": the English reading of it sets 'A'
        "תשנה את הטקסט של ה-showcase מ'Bold' ל'Rich'",
    ],
)
def test_hebrew_part_of_the_words_is_never_the_whole_text(text: str) -> None:
    unchanged(text)


# 9. Hindi "कम" (less), "धीमा" (low, slow), "तेज़" (strong, fast): the music's volume only after it ---


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("संगीत कम करो", "make the music quieter"),
        ("संगीत थोड़ा कम कर दो", "make the music a bit quieter"),
        ("आवाज़ धीमी करो", "make the music quieter"),
        ("आखिरी सीन छोटा करो", "make the last scene shorter"),
        ("पहला सीन थोड़ा छोटा कर दो", "make the first scene a bit shorter"),
    ],
)
@pytest.mark.parametrize("start", [basic_project, dim])
def test_hindi_volume_words_after_the_music(text: str, plain: str, start) -> None:
    same_as(text, plain, start())


@pytest.mark.parametrize("text", ["टेक्स्ट कम करो", "टेक्स्ट तेज़ करो", "सीन धीमा करो"])
@pytest.mark.parametrize("start", [basic_project, dim])
def test_hindi_volume_words_elsewhere_change_nothing(text: str, start) -> None:
    unchanged(text, start())
