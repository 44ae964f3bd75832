"""Round twenty-six e (dev19's briefs, 2026-12-05): local businesses named with their kind,
structured briefs, briefs in French, Polish, Turkish, Japanese, Greek and Hindi, and open briefs.

1. A local business named with its kind ("my pizza place Nonna Rosa", "the salon Chez Margot",
   "The Velvet Hours live at the Roxy"): the name is the brand, the kind of business (or show) is
   the product, and the copy names the brand, never "pizza place Nonna Rosa" (the brand was empty
   and the whole phrase became the product, in the copy too).
2. A brief's mood words ("cosy vibe") are its mood: no second edit after the plan (a look was set
   as a version 2).
3. Structured briefs (markdown bullets, "key: value" lines): the business, the length, the mood
   and the end card are read (the length was dropped; lines without "ad" got "no ad yet").
4. Briefs in French, Polish, Turkish, Japanese, Greek and Hindi: the ad word, "N seconds", the
   kind of business, its name (quoted or capitalised), the mood.
5. Open briefs that name nothing the ad is for ("need a 15 second reel for this weekend", "the way
   Apple does it", "whatever looks good", the same in the other languages, and Thai): one question
   asks what the ad is for, and nothing is made.

Every phrasing below is in other words than dev19's."""

from __future__ import annotations

import pytest
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.local_briefs import local_brief
from adgen.agent.understanding.open_brief import DEFERRED_QUESTION, OPEN_QUESTION
from adgen.pipeline.services.planner.local import LocalPlanner

# --- 1. a local business named with its kind --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "product", "seconds"),
    [
        ("20s ad for my pizza place Nonna Rosa, cosy vibe", "Nonna Rosa", "pizza place", 20.0),
        ("a 15 second spot for my ramen place Tanuki Noodle, fun", "Tanuki Noodle", "ramen place", 15.0),
        ("ad for the salon Chez Margot, 15s, elegant", "Chez Margot", "salon", 15.0),
        ("promo for the barbershop Sharp Lines, 20 seconds, bold", "Sharp Lines", "barbershop", 20.0),
        ("need a 15s video for my cafe Little Fern, warm", "Little Fern", "cafe", 15.0),
        ("30 second ad for the yoga studio Still Water, calm", "Still Water", "yoga studio", 30.0),
    ],
)
def test_a_business_named_after_its_kind_is_the_brand(
    text: str, brand: str, product: str, seconds: float
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None
    assert (turn.brief.brand_name, turn.brief.product, turn.brief.duration_sec) == (brand, product, seconds)
    assert turn.question is None and turn.operations == []


@pytest.mark.parametrize(
    ("text", "brand", "product"),
    [
        ("20s spot for Luigi's, the pizza place on Main St", "Luigi's", "pizza place"),
        ("ad for Mo's, our burger joint, 15s", "Mo's", "burger joint"),
        ("15s promo for Dot's, the nail salon in Midtown", "Dot's", "nail salon"),
    ],
)
def test_a_possessive_name_alone_is_the_whole_name_and_where_it_is_no_product(
    text: str, brand: str, product: str
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None
    assert (turn.brief.brand_name, turn.brief.product) == (brand, product)


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("event promo, 15 seconds, Midnight Static live at the Blue Door on Sat Nov 8", "Midnight Static"),
        ("gig ad, 20s, The Paper Kites live at the Corner Hotel this Friday", "The Paper Kites"),
        ("concert promo for Lunar Drift live at Club Neon, 15 seconds", "Lunar Drift"),
    ],
)
def test_a_band_playing_live_at_a_venue_is_the_brand(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand
    assert turn.brief.product == "live show"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("20s ad for my pizza place Nonna Rosa, cosy vibe", "Nonna Rosa", "pizza place"),
        ("ad for the salon Chez Margot, 15s, elegant", "Chez Margot", "salon"),
        ("event promo, 15 seconds, Midnight Static live at the Blue Door", "Midnight Static", "live show"),
    ],
)
def test_the_copy_names_the_business_not_its_kind_and_name_run_together(
    text: str, name: str, kind: str
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None
    project = LocalPlanner().plan(turn.brief, owner="u", seed=1)
    lines = [s.overlay.text for s in project.scenes if s.overlay is not None and s.overlay.text]
    assert project.brand.name == name
    assert not any(f"{kind} {name}".lower() in line.lower() for line in lines), lines


# --- 2. a brief's mood words are its mood, no edit after it -----------------------------------------


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("20s ad for Nonna Rosa, my pizza place, cosy vibe", "warm"),
        ("an ad for Bloom Room flowers, 15s, playful vibe", "playful"),
        ("ad for Kettle Club tea, 15 seconds, elegant vibes", "luxurious"),
        ("15 second ad for Harbor Yoga, cozy vibe please", "warm"),
    ],
)
def test_a_vibe_in_a_brief_is_its_mood_and_no_edit(text: str, mood: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.mood == mood
    assert turn.operations == []


def test_a_look_named_as_a_look_is_still_set_after_the_plan() -> None:
    turn = parse_message("ad for Kettle Club tea, 15s, the luxury look", None)
    assert turn.brief is not None
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_style", "visualStyle": "luxury"}
    ]


# --- 3. structured briefs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "seconds", "mood", "cta"),
    [
        (
            "business: Sunny Paws Grooming\nlength: 20 seconds\nmood: playful\ncta: Book a groom",
            "Sunny Paws Grooming",
            20.0,
            "playful",
            "Book a groom",
        ),
        (
            "**Brief**\n- business: Harbor Yoga\n- length: 30s\n- vibe: calm\n- end card: 'Your first class is free'",
            "Harbor Yoga",
            30.0,
            "calm",
            "Your first class is free",
        ),
        (
            "## Ad brief\n* brand: Rolling Pin Bakery\n* duration: 25 sec\n* tone: warm\n* CTA: Order a cake today",
            "Rolling Pin Bakery",
            25.0,
            "warm",
            "Order a cake today",
        ),
        (
            "Business: QuickFix Plumbing\nLength: 15s\nMood: energetic\nEnd card: Call us today",
            "QuickFix Plumbing",
            15.0,
            "energetic",
            "Call us today",
        ),
    ],
)
def test_a_structured_brief_gives_its_name_length_mood_and_end_card(
    text: str, brand: str, seconds: float, mood: str, cta: str
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None, turn.unknown
    assert turn.brief.brand_name == brand
    assert turn.brief.duration_sec == seconds
    assert turn.brief.mood == mood
    assert turn.brief.cta_text == cta
    assert turn.operations == []


@pytest.mark.parametrize(
    ("text", "brand", "seconds", "cta"),
    [
        (
            '{"business": "FlowFix Plumbing", "length": "15s", "mood": "professional", "cta": "Call us today"}',
            "FlowFix Plumbing",
            15.0,
            "Call us today",
        ),
        ("business: Glow Nails | length: 20s | mood: fun | cta: Book now", "Glow Nails", 20.0, "Book now"),
        ("Business: Glow Nails; length: 20 seconds; vibe: playful", "Glow Nails", 20.0, None),
        (
            "business: Glow Nails, length: 20s, mood: calm, cta: Call now, 24/7",
            "Glow Nails",
            20.0,
            "Call now, 24/7",
        ),
    ],
)
def test_labelled_pairs_on_one_line_or_as_json(
    text: str, brand: str, seconds: float, cta: str | None
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None
    assert (turn.brief.brand_name, turn.brief.duration_sec, turn.brief.cta_text) == (brand, seconds, cta)
    assert turn.brief.product is None  # (the quoted name is no product: the copy would show its quotes)
    assert turn.operations == []


@pytest.mark.parametrize("text", ["an ad for 'Luna', 15 seconds", 'a 20s promo for "Blue Fig", warm'])
def test_a_quoted_name_alone_is_the_brand_and_no_product(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name and turn.brief.product is None


# --- 4. briefs in French, Polish, Turkish, Japanese, Greek and Hindi ----------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "seconds", "mood"),
    [
        (
            "une pub de 20 secondes pour la boulangerie Les Deux Épis, chaleureuse",
            "Les Deux Épis",
            20.0,
            "warm",
        ),
        (
            "publicité de 15 secondes pour le restaurant Le Petit Zinc, élégant",
            "Le Petit Zinc",
            15.0,
            "luxurious",
        ),
        ("reklama 15 sekund dla kawiarni Mała Czarna, przytulna", "Mała Czarna", 15.0, "warm"),
        ("zrób reklamę 30 sekund dla salonu Bella Donna, elegancka", "Bella Donna", 30.0, "luxurious"),
        ("Berber Ali için 20 saniyelik bir reklam, enerjik olsun", "Berber Ali", 20.0, "energetic"),
        ("Çiçekçi Lale için 15 saniyelik reklam, sıcak olsun", "Çiçekçi Lale", 15.0, "warm"),
        ("ベーカリー「こむぎ」の20秒の広告を作ってください。温かい雰囲気で", "こむぎ", 20.0, "warm"),
        ("ジム「パワーハウス」の15秒の広告をお願いします", "パワーハウス", 15.0, None),
        ("διαφήμιση 15 δευτερολέπτων για το καφέ «Αύρα», ζεστή", "Αύρα", 15.0, "warm"),
        ("διαφήμιση 30 δευτερολέπτων για το γυμναστήριο «Τιτάν»", "Τιτάν", 30.0, None),
        ("मेरे सैलून 'रूप निखार' के लिए 20 सेकंड का विज्ञापन बनाओ", "रूप निखार", 20.0, None),
        ("मेरी दुकान 'राम स्वीट्स' के लिए 15 सेकंड का विज्ञापन", "राम स्वीट्स", 15.0, None),
    ],
)
def test_a_foreign_brief_gives_the_name_the_length_and_the_mood(
    text: str, brand: str, seconds: float, mood: str | None
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None, (turn.question, turn.unknown)
    assert (turn.brief.brand_name, turn.brief.duration_sec) == (brand, seconds)
    if mood is not None:
        assert turn.brief.mood == mood
    assert turn.operations == []
    assert brand not in (turn.brief.product or "")


@pytest.mark.parametrize(
    ("text", "brand", "product"),
    [
        ("Fais une pub de 15 secondes pour mon café Chez Lou, ambiance chaleureuse", "Chez Lou", "cafe"),
        ("je voudrais une pub de 20 secondes pour mon restaurant Le Zinc", "Le Zinc", "restaurant"),
        ("Potrzebuję reklamy 15 sekund dla kwiaciarni Róża", "Róża", "flower shop"),
        ("Lütfen Kuaför Selin için 20 saniyelik reklam yap", "Kuaför Selin", "hair salon"),
        ("Komorebiカフェの15秒の広告", "Komorebi", "cafe"),
        ("διαφήμιση για το καφέ Αύρα, 15 δευτερόλεπτα", "Αύρα", "cafe"),
    ],
)
def test_the_asking_words_before_a_name_are_no_part_of_it(text: str, brand: str, product: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None
    assert (turn.brief.brand_name, turn.brief.product) == (brand, product)
    assert turn.operations == []


# --- 5. open briefs ask what the ad is for ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "need a 20 second reel for saturday",
        "whip up a 15 sec clip for the weekend",
        "can I get a quick reel for next week",
        "make something in the style of Apple, minimal and white",
        "an ad like Nike would do, bold, black and white",
        "something chic for Instagram, 15 seconds?",
        "need a 15 second tiktok for this weekend",
        "can you do something eye-catching for my feed",
        "something that really pops",
        "I want an ad like Apple's, white and minimal",
        "a reel for friday night, 20 secs, moody",
        "un truc élégant pour Instagram, 20 secondes",
        "fais-moi une pub, quelque chose de fun",
        "potrzebuję reklamy na Instagram, 15 sekund",
        "zrób mi krótką reklamę",
        "bana bir reklam yap, enerjik olsun",
        "15 saniyelik bir reklam istiyorum",
        "広告を作って",
        "20秒の広告がほしいです",
        "φτιάξε μου μια διαφήμιση",
        "θέλω μια διαφήμιση 15 δευτερολέπτων",
        "मुझे एक विज्ञापन चाहिए",
        "15 सेकंड का विज्ञापन बनाओ",
        "ทำโฆษณาให้หน่อย",
        "CMを作って",
        "อยากได้โฆษณา 15 วินาที",
    ],
)
def test_an_open_brief_asks_what_the_ad_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is None and turn.operations == []
    assert turn.question == OPEN_QUESTION


@pytest.mark.parametrize(
    "answer", ["idk, whatever looks good", "dunno, whatever you think looks nice", "whatever sounds good"]
)
def test_leaving_it_to_us_asks_again_what_the_ad_is_for(answer: str) -> None:
    asked = parse_message("make me an ad for the stories", None)
    assert asked.question == OPEN_QUESTION and asked.pending is not None
    turn = parse_message(answer, None, state=ConversationState(pending=asked.pending))
    assert turn.brief is None and turn.operations == []
    assert turn.question == DEFERRED_QUESTION


# --- what stays as it was ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cta: Book a table\nlength: 20s",  # labelled edits, no name: nothing says what the ad is for
        "une pub de 15 secondes pour nos bougies parfumées",  # a product the rows don't read
        "gör en reklam på 15 sekunder för Café Blom",  # Swedish "reklam" is no Turkish
        "lag en reklame på 15 sekunder for Bakeri Solstrand",  # nor Norwegian "reklame" Polish
        "Pub quiz night at The Anchor, 15 second ad",  # English around a French-looking word
        "une pub pour le 14 juillet pour Chez Paul",  # a number that is no length
        # an edit of an ad's part, quoted words in it: no brief named after them
        "広告の最後に「今すぐ予約」と入れて",
        "βάλε «Κλείσε τώρα» στο τέλος της διαφήμισης",
        "विज्ञापन के आखिरी सीन में 'अभी ऑर्डर करें' डालो",
    ],
)
def test_a_message_the_brief_rows_do_not_fully_read_is_left_to_the_rest(text: str) -> None:
    assert local_brief(text) is None


def test_labelled_lines_with_an_ad_open_are_edits_not_a_brief() -> None:
    turn = parse_message("business: Harbor Yoga\nlength: 20 seconds", basic_project())
    assert turn.brief is None


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("a 15s ad for our running shoes, like Nike does it", "running shoes"),
        ("an ad for our black coffee, 15s", "black coffee"),
        ("20 second reel for our sourdough, warm", "sourdough"),
        ("a tiktok ad for our cold brew", "cold brew"),
        ("something chic for our linen dresses, 15s", "linen dresses"),
    ],
)
def test_a_brief_that_names_its_product_is_no_open_brief(text: str, product: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.product == product and turn.question is None


def test_a_brand_named_as_the_ad_is_for_it_is_still_a_brief() -> None:
    turn = parse_message("ad for Saturday Market, 20 seconds", None)
    assert turn.brief is not None and turn.brief.brand_name == "Saturday Market"
