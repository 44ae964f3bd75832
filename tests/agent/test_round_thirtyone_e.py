"""Round thirty-one e (2026-12-06): dev22's restaurants and local services, writing new briefs and
asking about their ad, as classes in other words.

1. A local occasion with nothing of the business ("ad for the soft opening", "today only promo",
   "a video for happy hour"): asks what the ad is for (made as typed, an ad for "your product"
   with the occasion as its product: a wrong edit).
2. A kind of business with no name and nothing more ("could you do something for my barbershop?",
   "need an ad for our wine bar"): asks its name; the answer is the brief, "no name" makes it
   without one. With a length or a mood it is made as it is.
3. A name after what is sold there ("the brunch menu at The Copper Pot") or after the kind of
   event ("our festival Rhythm & Roots -"): the brand, never part of the product.
4. A question behind a lead ("sorry to bother you, …", "would you mind telling me …", "quick q: …")
   or about the ad named by what it sells ("the Northwind video"): answered, nothing changed.
5. A kind of content asked with the ad's own words ("what time does the bar open?" of "Bar opens
   5pm"), and the address asked as the street number: answered, nothing changed.
"""

from __future__ import annotations

import pytest
from parse_helpers import asks, basic_with, unchanged
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.asked_plainly import ad_named_by_what_it_sells
from adgen.agent.understanding.open_brief import NAME_QUESTION, OPEN_QUESTION
from adgen.project import AdProject

# basic_project: Northwind Coffee; hook "Wake up to cold brew", showcase "Smooth. Bold. 100%
# arabica", cta "Order today"; 15 s (4 + 7 + 4).


def asks_before_any_ad(text: str, question: str) -> ConversationState:
    turn = parse_message(text, None)
    assert turn.question == question, (text, turn.question, turn.unknown, turn.brief)
    assert not turn.operations and turn.brief is None, text
    assert turn.pending is not None
    return ConversationState(pending=turn.pending)


# --- 1. a local occasion alone ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "need an ad for the soft opening",
        "today only promo pls",
        "can you make a video for happy hour",
        "something for our re-opening this saturday",
        "ad for the launch party next week",
        "a countdown video for opening night",
    ],
)
def test_a_local_occasion_alone_asks_what_the_ad_is_for(text: str) -> None:
    asks_before_any_ad(text, OPEN_QUESTION)


def test_a_local_occasion_with_an_ad_open_asks_and_changes_nothing() -> None:
    start = basic_project()
    before = start.model_dump(by_alias=True)
    assert asks("new ad for the grand re-opening", start) == OPEN_QUESTION
    assert start.model_dump(by_alias=True) == before


def test_the_answer_names_the_place_that_sells_it() -> None:
    state = asks_before_any_ad("ad for our weekend special please", OPEN_QUESTION)
    turn = parse_message("the brunch plate at Sunny Side Diner", None, state=state)
    assert turn.brief is not None and turn.brief.brand_name == "Sunny Side Diner", turn.brief
    assert turn.brief.product == "brunch plate", turn.brief


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("ad for the grand opening of Fig & Fennel, 15s", "Fig & Fennel"),
        ("a happy hour promo for Copper Still Bar, 10 seconds", "Copper Still Bar"),
    ],
)
def test_an_occasion_with_a_name_is_a_brief(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and not turn.question, (text, turn.question)
    assert turn.brief.brand_name == brand, turn.brief


# --- 2. a kind of business, no name -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "could you do something for my barbershop?",
        "need an ad for our wine bar",
        "we're a small bakery, can you make us a video",
        "need a video for my dog grooming business",
        "something for the pizza place?",
    ],
)
def test_a_kind_of_business_without_its_name_asks_the_name(text: str) -> None:
    asks_before_any_ad(text, NAME_QUESTION)


@pytest.mark.parametrize(
    ("first", "answer", "brand", "seconds"),
    [
        (
            "could you do something for my barbershop?",
            "Fade Street Barbers, 20 seconds",
            "Fade Street Barbers",
            20,
        ),
        ("need an ad for our wine bar", "it's called The Cork Room", "The Cork Room", None),
        ("need a video for my dog grooming business", "Suds & Paws, 15 seconds", "Suds & Paws", 15),
    ],
)
def test_the_name_given_is_the_brief(first: str, answer: str, brand: str, seconds: int | None) -> None:
    state = asks_before_any_ad(first, NAME_QUESTION)
    turn = parse_message(answer, None, state=state)
    assert turn.brief is not None and not turn.question, (answer, turn.question, turn.unknown)
    assert turn.brief.brand_name == brand and turn.brief.duration_sec == seconds, turn.brief


def test_no_name_makes_the_ad_without_one() -> None:
    state = asks_before_any_ad("need an ad for our wine bar", NAME_QUESTION)
    turn = parse_message("we don't have one yet", None, state=state)
    assert turn.brief is not None and not turn.question, (turn.question, turn.unknown)
    assert turn.brief.brand_name is None and turn.brief.product == "wine bar", turn.brief


def test_a_kind_said_as_the_answer_to_what_the_ad_is_for_is_not_asked_again() -> None:
    state = asks_before_any_ad("I need an ad", OPEN_QUESTION)
    turn = parse_message("for my nail salon, 15 seconds", None, state=state)
    assert turn.brief is not None and not turn.question, (turn.question, turn.unknown)
    assert turn.brief.duration_sec == 15 and turn.brief.product == "nail salon", turn.brief


@pytest.mark.parametrize(
    ("text", "brand", "product"),
    [
        ("something for our coffee shop, Grindhouse", "Grindhouse", "coffee shop"),
        ("need a quick ad for our new protein bar, 15 sec", None, "new protein bar"),
        ("a 15 second ad for my dog grooming business, friendly", None, "dog grooming business"),
        ("something warm for our little bakery", None, "little bakery"),
        ("an ad for my banking app, 20 seconds", None, "banking app"),
    ],
)
def test_a_name_or_a_product_is_no_kind_without_a_name(text: str, brand: str | None, product: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and not turn.question, (text, turn.question)
    assert turn.brief.brand_name == brand and turn.brief.product == product, turn.brief


# --- 3. the name after what is sold there, or after the kind of event ---------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "product", "seconds"),
    [
        ("a 15s ad for the brunch menu at The Copper Pot, warm", "The Copper Pot", "brunch menu", 15),
        ("promo for our festival Rhythm & Roots - 20 seconds", "Rhythm & Roots", "festival", 20),
        ("ad for my pottery workshop Clay Days, 12s", "Clay Days", "pottery workshop", 12),
        ("make an ad for the craft fair at Millbrook Hall, 20 sec", "Millbrook Hall", "craft fair", 20),
    ],
)
def test_the_name_after_what_is_sold_or_the_event(text: str, brand: str, product: str, seconds: int) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and not turn.question, (text, turn.question)
    assert turn.brief.brand_name == brand and turn.brief.product == product, turn.brief
    assert turn.brief.duration_sec == seconds


@pytest.mark.parametrize(
    "text",
    [
        "an ad for our yoga class Tuesday, calm",
        "ad for the tacos at Christmas",
        "ad for the happy hour at 5pm",
    ],
)
def test_a_day_or_a_time_is_no_name(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is None or turn.brief.brand_name is None, (text, turn.brief)


# --- 4. a question behind a lead, or about the ad named by what it sells --------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("sorry to bother you, how long is it now?", "15"),
        ("would you mind telling me what the hook says?", "Wake up to cold brew"),
        ("quick q: how many scenes are there?", "3"),
        ("I was wondering if you could remind me what the end card says", "Order today"),
        ("how many scenes in the Northwind video?", "3"),
        ("quick one - total length of the cold brew ad?", "15"),
    ],
)
def test_a_question_behind_a_lead_is_answered_and_changes_nothing(text: str, said: str) -> None:
    start = basic_project()
    before = start.model_dump(by_alias=True)
    reply = unchanged(text, start)
    assert said in reply, (text, reply)
    assert start.model_dump(by_alias=True) == before


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("quick one: make the Northwind ad 20 seconds", 20), ("sorry, can you make it 12 seconds?", 12)],
)
def test_a_request_behind_a_lead_is_still_made(text: str, seconds: int) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": seconds}]


@pytest.mark.parametrize(
    "text", ["how long is the other ad?", "what does the vertical video say?", "is the B ad shorter?"]
)
def test_words_that_tell_one_ad_from_another_are_kept(text: str) -> None:
    assert ad_named_by_what_it_sells(text, basic_project()) == text


# --- 5. a kind of content asked with the ad's own words, the address as the street number ---------------


def local() -> AdProject:
    return basic_with(
        scene_2__overlay__text="Bar opens 5pm · Happy hour till 7",
        scene_3__overlay__text="22 Harbor St · Book a table",
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("what time does the bar open?", "5pm"),
        ("what time does happy hour end?", "7"),
        ("what's the street number on the last card?", "22 Harbor St"),
        ("and the house number?", "22 Harbor St"),
    ],
)
def test_content_asked_in_the_ads_own_words(text: str, said: str) -> None:
    start = local()
    before = start.model_dump(by_alias=True)
    reply = unchanged(text, start)
    assert said in reply, (text, reply)
    assert start.model_dump(by_alias=True) == before


def test_the_phone_number_is_still_the_phone_number() -> None:
    start = basic_with(scene_3__overlay__text="Call 555-014-2277 · 22 Harbor St")
    reply = unchanged("what number is on the last card?", start)
    assert "555-014-2277" in reply and "Harbor" not in reply.split("(")[0], reply


# --- 6. a Czech local brief ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brand", "seconds", "cta", "mood"),
    [
        (
            "nová reklama, 20 s, pro pekárnu Zlatý Klas, klidná, na konci 'Čerstvě upečeno'",
            "Zlatý Klas",
            20,
            "Čerstvě upečeno",
            "calm",
        ),
        (
            "reklamu pro kavárnu U Lípy, 10 sekund, na konci 'Dáte si kávu?'",
            "U Lípy",
            10,
            "Dáte si kávu?",
            None,
        ),
    ],
)
def test_a_czech_local_brief(text: str, brand: str, seconds: int, cta: str, mood: str | None) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and not turn.question, (text, turn.question, turn.unknown)
    assert turn.brief.brand_name == brand and turn.brief.duration_sec == seconds, turn.brief
    assert turn.brief.cta_text == cta and turn.brief.mood == mood, turn.brief
    assert turn.brief.product in (None, "bakery", "cafe"), turn.brief


def test_new_ad_as_the_heading_is_no_product() -> None:
    turn = parse_message("new ad, 15 s, for a cafe called Blue Star, calm", None)
    assert turn.brief is not None and turn.brief.brand_name == "Blue Star" and turn.brief.product is None
