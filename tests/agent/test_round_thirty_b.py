"""Round thirty b (2026-12-05): dev21's open briefs and briefs (e-commerce sellers, enterprise
approvals, creators and nonprofits), as classes in other words.

1. An ad asked for by its offer or its cause only ("BOGO ad please", "a giveaway ad, 10 sec", "need
   an ad for the drop", "a fundraising ad, something respectful", "a video for our annual appeal")
   says nothing of what it is for: the open-brief question, never an ad for "BOGO" or "Meet
   fundraising" (a wrong edit); so does a creator's "link in bio" ad.
2. A stakeholder named with the request ("Tom from legal approved the budget, so we need a 20
   second ad by Thursday", "per Priya, …", "Dana signed off, …"): the name is who asked, no subject
   (the open-brief question when nothing else is said; with a subject, the brief without the
   stakeholder's clause as its product).
3. An answer to "what is the ad for?" that leaves it to us in chat shorthand ("whatever u think
   works, ur the expert", "u pick", "you know best, go for it"): the question again, never an ad
   for "whatever u think works".
4. A creator's brand in small letters after "brand" / "label" ("my candle brand wick & wonder,
   cozy vibes"), and the ending given as "ending '…'" / "ends '…'": the brand and the end card's
   words.

Every phrasing below is in my own words; a question changes nothing, a brief is checked field by
field."""

from __future__ import annotations

import pytest
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.open_brief import DEFERRED_QUESTION, OPEN_QUESTION


def asks_what_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question == OPEN_QUESTION, (text, turn.question, turn.unknown, turn.brief)
    assert not turn.operations and turn.brief is None, text


# --- 1. an offer or a cause, nothing of what is sold -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we need a donation ad, heartfelt please",
        "could you put together a video for our year-end appeal",
        "make a giveaway ad, 10 sec",
        "need a restock ad asap 🚀",
        "flash sale ad please, 20 sec",
        "i want a free shipping promo",
        "an awareness video for our campaign, something gentle",
        "make a clip for the collection drop",
        "a fundraiser video, dignified, nothing flashy",
        "buy one get one ad pls",
        "new ad, link in bio style, 10 sec",
        "need a link in bio ad, 15s, chill",
    ],
)
def test_an_offer_or_a_cause_alone_asks_what_the_ad_is_for(text: str) -> None:
    asks_what_for(text)


@pytest.mark.parametrize(
    ("text", "brand", "seconds"),
    [
        ("BOGO ad for Kettle & Crumb cookies, 15 sec", "Kettle & Crumb", 15),
        ("a fundraising ad for Open Table Kitchen, 20 seconds", "Open Table Kitchen", 20),
        ("a 12 second giveaway video for Juniper Yoga", "Juniper Yoga", 12),
    ],
)
def test_an_offer_or_a_cause_with_a_name_is_a_brief(text: str, brand: str, seconds: int) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and not turn.question, (text, turn.question)
    assert turn.brief.brand_name == brand and turn.brief.duration_sec == seconds, turn.brief


def test_the_annual_appeal_at_a_named_shelter_names_the_shelter() -> None:
    turn = parse_message("ad for our annual appeal at Riverside Shelter", None)
    assert turn.brief is not None and turn.brief.brand_name == "Riverside Shelter", turn.brief


# --- 2. a stakeholder named with the request ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Priya signed off, we need a 15 sec ad by Friday",
        "Dana from finance approved the spend, so let's make a 30 second video",
        "per Marco, we need an ad for next week",
        "legal approved it, need an ad by Monday",
        "Omar in marketing wants a new video, 20 seconds",
    ],
)
def test_a_stakeholders_name_is_no_subject(text: str) -> None:
    asks_what_for(text)


@pytest.mark.parametrize(
    ("text", "brand", "seconds"),
    [
        ("Tom from legal approved the budget, so we need a 20 second ad for Lumen Tea", "Lumen Tea", 20),
        ("per Priya, we need a 15 sec ad for Harbor Coffee, warm", "Harbor Coffee", 15),
        ("Dana signed off, make a 10s promo for Brightside Dental", "Brightside Dental", 10),
    ],
)
def test_with_a_subject_the_stakeholders_clause_is_no_product(text: str, brand: str, seconds: int) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and not turn.question, (text, turn.question)
    assert turn.brief.brand_name == brand and turn.brief.duration_sec == seconds, turn.brief
    assert turn.brief.product is None, turn.brief


# --- 3. leaving what the ad is for to us, in shorthand -----------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "you're the expert, whatever",
        "u pick",
        "idk u decide lol",
        "you know best, go for it",
        "whatever u think is best tbh",
        "i trust you, dealer's choice",
    ],
)
def test_leaving_it_to_us_asks_again(answer: str) -> None:
    asked = parse_message("need an ad for the weekend", None)
    assert asked.question == OPEN_QUESTION and asked.pending is not None
    turn = parse_message(answer, None, state=ConversationState(pending=asked.pending))
    assert turn.question == DEFERRED_QUESTION, (answer, turn.question, turn.brief)
    assert turn.brief is None and not turn.operations


@pytest.mark.parametrize(
    ("answer", "brand"),
    [
        ("it's for Copper Fox Coffee", "Copper Fox Coffee"),
        ("for my shop Brass & Bloom, we sell rings", "Brass & Bloom"),
    ],
)
def test_a_real_answer_is_still_the_brief(answer: str, brand: str) -> None:
    asked = parse_message("need an ad for the weekend", None)
    turn = parse_message(answer, None, state=ConversationState(pending=asked.pending))
    assert turn.brief is not None and turn.brief.brand_name == brand, (answer, turn.question, turn.brief)


# --- 4. a brand in small letters after "brand", and "ending '…'" ------------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "seconds", "cta"),
    [
        (
            "need a 12s ad for my soap brand suds & co, fresh, end with 'grab a bar'",
            "suds & co",
            12,
            "grab a bar",
        ),
        (
            "make a 20 sec ad for my tea brand leaf & lantern, calm, ending 'steep slow'",
            "leaf & lantern",
            20,
            "steep slow",
        ),
        (
            "ok so i want a 15s vid for my jewellery label tiny moon, dreamy, ends 'new drop friday'",
            "tiny moon",
            15,
            "new drop friday",
        ),
    ],
)
def test_a_small_letter_brand_and_its_ending(text: str, brand: str, seconds: int, cta: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and not turn.question, (text, turn.question)
    b = turn.brief
    assert (b.brand_name, b.duration_sec, b.cta_text) == (brand, seconds, cta), b


@pytest.mark.parametrize(
    ("text", "cta"),
    [
        (
            "15 second ad for my bakery called little loaf, warm, ending 'Fresh every morning'",
            "Fresh every morning",
        ),
        ("Brief: 10s ad for Moss & Mane hair oil, ending 'Shine on'", "Shine on"),
        ("a 20s spot for Halcyon Tea, calm, ending: 'Pour a quiet cup'", "Pour a quiet cup"),
    ],
)
def test_ending_then_quoted_words_is_the_end_card(text: str, cta: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.cta_text == cta, (text, turn.brief)


@pytest.mark.parametrize(
    "text",
    [
        "make an ad for my brand new candle line, cozy",
        "an ad for my skincare brand please",
    ],
)
def test_words_about_the_brand_are_no_name(text: str) -> None:
    turn = parse_message(text, None)
    name = turn.brief.brand_name if turn.brief is not None else None
    assert name is None or name.split()[0].lower() not in {"new", "please"}, (text, name)


# --- 5. another ad while one is open, with a courtesy word between ----------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "seconds"),
    [
        ("new one pls for the Fall Giving Drive at Oak Hill Pantry, 15 sec, warm", "Oak Hill Pantry", 15),
        ("a new one please, for Harbor Yoga, 20 seconds, calm", "Harbor Yoga", 20),
        ("ok one more for Kettle Club tea, 12 sec, cosy", "Kettle Club", 12),
        ("another one plz for Lark & Loom scarves, 10s", "Lark & Loom", 10),
    ],
)
def test_a_new_one_with_a_courtesy_word_is_a_new_ad(text: str, brand: str, seconds: int) -> None:
    start = basic_project()
    before = start.model_dump(by_alias=True)
    turn = parse_message(text, start)
    assert turn.brief is not None and not turn.operations, (text, turn.operations, turn.question)
    assert turn.brief.brand_name == brand and turn.brief.duration_sec == seconds, turn.brief
    assert turn.brief.product in (None, "scarves"), turn.brief
    assert start.model_dump(by_alias=True) == before


@pytest.mark.parametrize(
    "text",
    [
        "one more for the hook, brighter",
        "another one please",
        "a new one please",
    ],
)
def test_one_more_for_a_part_or_with_no_name_is_no_new_ad_for_it(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.brief is None or not turn.brief.brand_name, (text, turn.brief)


# --- 6. a catalogue list brief ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "seconds", "cta"),
    [
        (
            "Kinfolk Coffee — 12oz bag — 15s — warm — end 'Free shipping over $40'",
            "Kinfolk Coffee",
            15,
            "Free shipping over $40",
        ),
        (
            "Kinfolk Coffee, 12oz bag, 15s, warm, end with 'Free shipping over $40'",
            "Kinfolk Coffee",
            15,
            "Free shipping over $40",
        ),
        ("Trailhead socks - 3-pack - sizes S-XL - 10s - ends 'Grab a pack'", "Trailhead", 10, "Grab a pack"),
        ("Halo Hoodie, olive colourway, 15s, bold", "Halo Hoodie", 15, None),
    ],
)
def test_a_catalogue_list_is_a_brief_and_sets_no_colour(
    text: str, brand: str, seconds: int, cta: str | None
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and not turn.question and not turn.operations, (text, turn.unknown)
    b = turn.brief
    assert (b.brand_name, b.duration_sec, b.cta_text, b.colors) == (brand, seconds, cta, []), b


def test_a_catalogue_list_with_an_ad_open_is_a_new_ad() -> None:
    start = basic_project()
    before = start.model_dump(by_alias=True)
    turn = parse_message("Dewpoint serum, 30 ml, 20% off, 12 seconds, fresh", start)
    assert turn.brief is not None and not turn.operations, turn.operations
    assert turn.brief.duration_sec == 12 and turn.brief.product == "Dewpoint serum"
    assert start.model_dump(by_alias=True) == before


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("15s ad for the Trailblazer 3 in the black colourway, sizes 5-12, CTA 'Use code HIKE15'", None),
        ("ad for Northwind Outfitters' fleece jacket in the red colourway, 20s, bold", "fleece jacket"),
        (
            "ad for our 250 ml cold brew concentrate from Brewline, 20% off this week, 15 sec",
            "250 ml cold brew concentrate",
        ),
    ],
)
def test_a_colourway_or_the_name_again_is_no_part_of_the_product(text: str, product: str | None) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.product == product and turn.brief.colors == [], turn.brief


# --- 7. names the way creators, nonprofits and approvers give them -----------------------------------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        (
            "hiii can u make a 15 sec vid for my jewelry brand, it's called sol & salt, beachy vibes 🐚",
            "sol & salt",
        ),
        (
            "new ad for my etsy shop little fern prints, 10 sec, soft, end 'shop the print'",
            "little fern prints",
        ),
        ("creator here 👋 my merch brand lazy sundays needs a 10s ad, chill vibes", "lazy sundays"),
        ("POV: you run Crumb Club cookies and need a 10s tiktok ad, fun", "Crumb Club"),
        (
            "Riverbend Animal Rescue needs a 30 second adoption ad, gentle, 4 scenes",
            "Riverbend Animal Rescue",
        ),
        ("Tom from legal approved, Brightwave Insurance 30s ad, trustworthy", "Brightwave Insurance"),
    ],
)
def test_the_name_in_a_creators_or_a_nonprofits_brief(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand, (text, turn.brief)


@pytest.mark.parametrize(
    "text",
    [
        "need a 15 sec ad for my bakery downtown, warm",
        "make a 10s ad for my shop please",
        "Priya needs an ad for the weekend",
    ],
)
def test_words_about_the_business_or_a_person_are_no_name(text: str) -> None:
    turn = parse_message(text, None)
    name = turn.brief.brand_name if turn.brief is not None else None
    assert name is None, (text, name)


@pytest.mark.parametrize(
    "text",
    [
        "new ad for the drop 🔥",
        "we need a separate fundraising ad now, respectful",
        "Dana from finance approved a second ad, 15 seconds",
        "another ad pls, BOGO this time",
        "make a new video for our annual appeal",
    ],
)
def test_an_open_brief_with_an_ad_open_asks_and_changes_nothing(text: str) -> None:
    start = basic_project()
    before = start.model_dump(by_alias=True)
    turn = parse_message(text, start)
    assert turn.question == OPEN_QUESTION, (text, turn.question, turn.unknown, turn.operations)
    assert not turn.operations and turn.brief is None
    assert start.model_dump(by_alias=True) == before


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Omar from sales asked me to make a video for the Zephyr fan: 15 seconds", "Zephyr"),
        ("Lena in marketing wants an ad for Copperleaf Tea, 20 seconds", "Copperleaf Tea"),
        ("Jo from brand needs a 10s spot for Fieldnote Journals, calm", "Fieldnote Journals"),
    ],
)
def test_a_stakeholders_request_keeps_what_it_asks_for(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and not turn.question, (text, turn.question)
    assert turn.brief.brand_name == brand, turn.brief
