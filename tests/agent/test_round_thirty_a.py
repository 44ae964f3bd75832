"""Round thirty a: seven new languages, one table each
(:mod:`adgen.agent.understanding.finnish_danish_catalan_bengali_urdu_malay_slovak`).

1. Finnish: "tee X:stä Y" (make of X a Y one: the elative dropped), "lopun/alun teksti" (the end's,
   the start's text), "vähän" (a bit), comparatives in "-mpi", "X on liian Y" (too Y).
2. Danish, read before Norwegian's rows: "gør", "lidt", "skift", "teksten på slutkortet" / "i
   starten", "hvid", "er for høj".
3. Catalan: "fes"/"posa", "una mica més" before the comparative ("més fluixa", quieter), "el text
   del final", "en blanc", "està massa alta".
4. Bengali (Bangla script, verb last): "মিউজিক একটু জোরে করো" (the music a bit louder, do), "শেষের
   লেখা" (the end's text), "X বদলে দাও: Q" (change X: Q).
5. Urdu (Arabic script, verb last, read as Hindi is): "X کر دیں" (make X), "آخری سین کا متن" (the
   last scene's text), "X کو Q کر دیں" (X to Q), "12 سیکنڈ کا".
6. Malay, read before Indonesian's rows: "sikit" (a bit), "muzik", "saat" (seconds), "tukar"
   (change), the verb first ("besarkan sikit teks pembuka"), "lagi sikit" (a bit more).
7. Slovak, read before Czech's rows: "stíš"/"zosilni" (quieter, louder), "urob"/"sprav" (make),
   "väčší", "text na konci", "vráť späť".
8. Briefs in them: a length, "for my <business>", a name, a mood, an end line.
9. The near languages keep their own reading (Norwegian, Indonesian, Czech, Spanish, Persian), and a
   word no table knows makes the parser ask or do nothing, never guess.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import after, content, only, quieter_again, same_as, set_paths
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.foreign import language_of

# basic_project: 15 s; hook 4 s (white "Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8; lighting bright.


@pytest.mark.parametrize(
    ("text", "plain", "language"),
    [
        # 1. Finnish
        ("tee tekstistä vähän isompi", "make the text a bit bigger", "fi"),
        ("tee musiikista hiljaisempi", "make the music quieter", "fi"),
        ("tee lopun tekstistä keltainen", "make the text in the last scene yellow", "fi"),
        (
            "muuta alun teksti: 'Hyvää huomenta'",
            "change the text in the first scene to 'Hyvää huomenta'",
            "fi",
        ),
        ("musiikki on liian kova", "the music is too loud", "fi"),
        ("hiljennä musiikkia hieman", "turn the music down a bit", "fi"),
        # 2. Danish
        ("gør musikken lidt lavere", "make the music a bit quieter", "da"),
        ("gør teksten på slutkortet sort", "make the text in the last scene black", "da"),
        (
            "skift teksten i begyndelsen til 'God morgen'",
            "change the text in the first scene to 'God morgen'",
            "da",
        ),
        ("teksten er for lille", "the text is too small", "da"),
        ("gør teksten lidt større, tak", "make the text a bit bigger", "da"),
        # 3. Catalan
        ("fes el text més petit", "make the text smaller", "ca"),
        ("posa la música una mica més forta", "make the music a bit louder", "ca"),
        ("posa el text del principi en groc", "make the text in the first scene yellow", "ca"),
        ("canvia el text del final a 'Bon dia'", "change the text in the last scene to 'Bon dia'", "ca"),
        ("la música està massa alta", "the music is too loud", "ca"),
        # 4. Bengali
        ("মিউজিক একটু আস্তে করো", "make the music a bit quieter", "bn"),
        ("লেখাটা বড় করো", "make the text bigger", "bn"),
        ("শেষের লেখাটা হলুদ করে দাও", "make the text in the last scene yellow", "bn"),
        ("শুরুর লেখাটা বদলে দাও: 'শুভ সকাল'", "change the text in the first scene to 'শুভ সকাল'", "bn"),
        ("মিউজিক খুব জোরে", "the music is too loud", "bn"),
        # 5. Urdu
        ("موسیقی تھوڑی آہستہ کر دیں", "make the music a bit quieter", "ur"),
        ("پہلے سین کا متن بڑا کر دیں", "make the text in the first scene bigger", "ur"),
        ("آخری متن کو 'صبح بخیر' کر دیں", "change the text in the last scene to 'صبح بخیر'", "ur"),
        ("اشتہار کو 20 سیکنڈ کا کر دیں", "make the ad 20 seconds", "ur"),
        ("متن بہت چھوٹا ہے", "the text is too small", "ur"),
        # 6. Malay
        ("perlahankan sikit muzik", "make the music a bit quieter", "ms"),
        ("kecilkan sikit teks penutup", "make the text in the last scene a bit smaller", "ms"),
        ("tukar teks akhir jadi 'Selamat pagi'", "change the text in the last scene to 'Selamat pagi'", "ms"),
        ("jadikan iklan 20 saat", "make the ad 20 seconds", "ms"),
        ("muzik terlalu kuat", "the music is too loud", "ms"),
        # 7. Slovak
        ("zosilni trochu hudbu", "make the music a bit louder", "sk"),
        ("urob text väčší", "make the text bigger", "sk"),
        ("zmeň text na začiatku na 'Dobré ráno'", "change the text in the first scene to 'Dobré ráno'", "sk"),
        ("hudba je príliš hlasná", "the music is too loud", "sk"),
        ("stíš hudbu, prosím", "make the music quieter", "sk"),
    ],
)
def test_new_language_reads_as_english(text: str, plain: str, language: str) -> None:
    assert language_of(text) == language
    same_as(text, plain)


@pytest.mark.parametrize(
    "text",
    [
        "tee lopun tekstistä valkoinen",
        "gør teksten på slutkortet hvid",
        "posa el text del final en blanc",
        "শেষের লেখাটা সাদা করো",
        "آخری سین کا متن سفید کر دیں",
        "jadikan teks akhir putih",
        "urob text na konci biely",
    ],
)
def test_the_last_scenes_text_white_and_nothing_else(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    "text",
    [
        "vaihda alun teksti: 'Kylmä kahvi'",
        "skift teksten i starten til 'Kylmä kahvi'",
        "canvia el text del principi a 'Kylmä kahvi'",
        "শুরুর লেখাটা বদলে দাও: 'Kylmä kahvi'",
        "tukar teks pembuka jadi 'Kylmä kahvi'",
        "zmeň text na začiatku na 'Kylmä kahvi'",
    ],
)
def test_quoted_copy_goes_to_the_first_scene_only(text: str) -> None:
    only(text, scene_1__overlay__text="Kylmä kahvi")


@pytest.mark.parametrize(
    ("first", "more"),
    [
        ("fes la música una mica més fluixa", "una mica més"),
        ("gør musikken lidt lavere", "lidt mere"),
        ("perlahankan sikit muzik", "lagi sikit"),
        ("tee musiikista vähän hiljaisempi", "vielä vähän"),
    ],
)
def test_a_bit_more_repeats_the_quieter_music(first: str, more: str) -> None:
    quieter_again(first, more)


def test_malay_verb_first_then_a_bit_more_grows_the_opening_text_again() -> None:
    changed, state = after("besarkan sikit teks pembuka", basic_project())
    size = changed.scenes[0].overlay.font_size
    assert size > 64
    assert content(changed) == set_paths(content(basic_project()), {"scene_1__overlay__fontSize": size})
    again = parse_message("lagi sikit", changed, state=state)
    assert not again.question and not again.unknown, again.question
    wire = [op.to_wire() for op in again.operations]
    assert wire == [
        {"operation": "update_overlay", "sceneId": changed.scenes[0].id, "fontSize": wire[0]["fontSize"]}
    ]
    assert wire[0]["fontSize"] > size


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("tee mainoksesta 12 sekunnin mittainen", 12.0),
        ("gør reklamen 12 sekunder", 12.0),
        ("fes l'anunci de 12 segons", 12.0),
        ("বিজ্ঞাপনটা 12 সেকেন্ডের করো", 12.0),
        ("اشتہار کو 12 سیکنڈ کا کر دیں", 12.0),
    ],
)
def test_the_ads_length(text: str, seconds: float) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": seconds}]


# 8. Briefs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "product", "mood", "seconds", "cta"),
    [
        (
            "tee 20 sekunnin mainos leipomolleni, nimeltään Leipomo Lumi, rauhallinen tunnelma",
            "Leipomo Lumi",
            "bakery",
            "calm",
            20.0,
            None,
        ),
        (
            "lav en reklame på 20 sekunder for mit bageri der hedder Brødhuset, hyggelig stemning, "
            "slut med 'Kom forbi i dag'",
            "Brødhuset",
            "bakery",
            "warm",
            20.0,
            "Kom forbi i dag",
        ),
        (
            "buat iklan 15 saat untuk kedai kopi saya, namanya Kopi Tok Ayah, suasana tenang",
            "Kopi Tok Ayah",
            "cafe",
            "calm",
            15.0,
            None,
        ),
        (
            "fes un anunci de 15 segons per a la meva botiga que es diu Vins Pujol, ambient tranquil",
            "Vins Pujol",
            "shop",
            "calm",
            15.0,
            None,
        ),
    ],
)
def test_briefs_in_the_new_languages(
    text: str, brand: str, product: str, mood: str, seconds: float, cta: str | None
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None, (turn.question, turn.unknown)
    b = turn.brief
    assert (b.brand_name, b.product, b.mood, b.duration_sec, b.cta_text) == (
        brand,
        product,
        mood,
        seconds,
        cta,
    )


@pytest.mark.parametrize("text", ["ایک نیا اشتہار بنا دیں", "একটা বিজ্ঞাপন বানাও", "urob mi reklamu"])
def test_a_bare_make_an_ad_asks_what_for(text: str) -> None:
    turn = parse_message(text, None)
    assert not turn.operations and turn.brief is None and turn.question, (text, turn.question)


# 9. Neighbours and unknown words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("gjør teksten litt større", "no"),
        ("gjør musikken litt lavere, takk", "no"),
        ("kecilkan musiknya sedikit", "id"),
        ("ganti teks akhir jadi 'Halo'", "id"),
        ("udělej text větší", "cs"),
        ("ztlum trochu hudbu, prosím", "cs"),
        ("haz la música un poco más baja", "es"),
        ("متن صحنه آخر را سفید کن", "fa"),
    ],
)
def test_near_languages_keep_their_own_table(text: str, language: str) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "tee musiikista vähän jännittävämpi",
        "gør musikken lidt mere spændende",
        "মিউজিক একটু মজার করো",
        "موسیقی تھوڑی دلچسپ کر دیں",
        "urob hudbu trochu zaujímavejšiu",
        "buat muzik sikit lebih seronok",
    ],
)
def test_an_unknown_word_changes_nothing(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, (text, [op.to_wire() for op in turn.operations])


@pytest.mark.parametrize(
    "text",
    ["make the tee bigger", "add a grocery aisle scene", "sign the petition at the end", "the curtain scene"],
)
def test_english_words_like_the_new_markers_stay_english(text: str) -> None:
    assert language_of(text) is None


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("flyt teksten nederst", "move the text to the bottom"),
        ("mou el text a dalt", "move the text to the top"),
        ("লেখাটা নিচে নিয়ে যাও", "move the text to the bottom"),
        ("متن اوپر کر دیں", "move the text to the top"),
        ("alihkan teks ke bawah", "move the text to the bottom"),
        ("daj text hore", "move the text to the top"),
        ("siirrä teksti alas", "move the text to the bottom"),
    ],
)
def test_the_text_moved_up_or_down(text: str, plain: str) -> None:
    same_as(text, plain)


@pytest.mark.parametrize(
    "text",
    [
        "প্রথম দৃশ্যটা ছোট করো",
        "پہلا سین چھوٹا کر دیں",
        "tee ensimmäisestä kohtauksesta lyhyempi",
        "fes la primera escena més curta",
        "urob prvú scénu kratšiu",
    ],
)
def test_a_small_first_scene_is_a_shorter_one(text: str) -> None:
    same_as(text, "make the first scene shorter")
