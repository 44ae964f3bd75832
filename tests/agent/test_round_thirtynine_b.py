"""Round thirty-nine b: dev27's briefs that name a business by its trade or by a possessive.

1. A possessive name before where the business is ("for Marco's Pizzeria in Leeds", "Joe's Barbers
   near York") is the whole name, said as a brief or as the answer to the open-brief question
   (:mod:`adgen.agent.understanding.briefs`); "Nike's running shoes" stays the brand Nike.
2. A firm named with a trade that moves goods, finds staff or teaches a skill ("Oakfield Logistics
   hiring …", "Northway Haulage", "Muddy Paws Grooming") names the brand
   (:mod:`adgen.agent.understanding.trade_names`).
3. A voice too fast, then who will miss it ("the narrator gabbles, older viewers won't catch a
   word"): a slower voice. "older" is English (it was read as a slip for "colder": a cooler light),
   and the listeners named are the consequence (:mod:`adgen.agent.understanding.splitter`).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

from adgen.agent.understanding import parse_message

understood = partial(held_out_run.understood, starts="dev27", case_id="r39b")


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("an ad for Joe's Barbers in York, 20 seconds", "Joe's Barbers"),
        ("15s ad for Nina's Nail Bar on Castle Street", "Nina's Nail Bar"),
        ("make a video for Rosa's Kitchen at Canal Wharf, warm and cosy", "Rosa's Kitchen"),
        ("a promo for Ali's Kebabs near Piccadilly", "Ali's Kebabs"),
    ],
)
def test_a_possessive_name_before_where_it_is_is_the_whole_name(text: str, brand: str) -> None:
    brief = parse_message(text, None).brief
    assert brief is not None and brief.brand_name == brand, (text, brief)


def test_a_possessive_before_a_product_in_small_letters_is_still_the_owner() -> None:
    brief = parse_message("an ad for Nike's running shoes in London", None).brief
    assert brief is not None and brief.brand_name == "Nike", brief


def test_the_answer_to_the_open_question_names_the_whole_business() -> None:
    understood(
        None,
        ("can you make me an ad", "it's for Tony's Chippy in Whitby"),
        {"created": [{"kind": "brief", "fields": {"brand.name": {"contains": "Tony's Chippy"}}}]},
    )


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("recruitment ad for Northway Haulage, drivers wanted, 20s", "Northway Haulage"),
        ("Muddy Paws Grooming, 15 seconds, cheerful", "Muddy Paws Grooming"),
        ("ad for Pennine Freight: HGV drivers £38k, 20 seconds", "Pennine Freight"),
        ("job ad, 15 s, Swift Couriers hiring van drivers, apply online", "Swift Couriers"),
    ],
)
def test_a_firm_named_with_its_trade_names_the_brand(text: str, brand: str) -> None:
    brief = parse_message(text, None).brief
    assert brief is not None and brief.brand_name == brand, (text, brief)


def test_a_trade_brief_through_the_session() -> None:
    understood(
        None,
        ("hiring ad, 20 seconds, Kestrel Logistics taking on forklift drivers, end card 'Apply now'",),
        {
            "created": [
                {
                    "kind": "brief",
                    "fields": {"durationSec": 20, "brand.name": {"contains": "Kestrel Logistics"}},
                }
            ]
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "the logistics scene is too long",
        "our driving lessons card should be bigger",
    ],
)
def test_a_trade_word_in_small_letters_makes_no_brief(text: str) -> None:
    assert parse_message(text, None).brief is None, text


# harbour (dev27): Harbour Care Homes, 16 s, voice at rate 1.0.
@pytest.mark.parametrize(
    "text",
    [
        "the narrator gabbles, older viewers won't catch a word",
        "the voiceover rushes, older customers can't keep up",
        "the voice is way too fast, some listeners won't follow it",
    ],
)
def test_a_voice_too_fast_and_who_will_miss_it_slows_the_voice(text: str) -> None:
    understood("harbour", (text,), {"start": {"voice.rate": {"shrink": "any"}}})


@pytest.mark.parametrize("text", ["make it look older", "older applicants won't catch it"])
def test_older_alone_is_no_colder_light(text: str) -> None:
    held_out_run.assert_understood(
        held_out_run.verdict("harbour", (text,), {"start": "same_content"}, starts="dev27", case_id="r39b")
    )
