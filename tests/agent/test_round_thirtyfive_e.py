"""Round thirty-five e: open briefs that name an offer, an occasion or a look, and businesses named
with their trade word (:mod:`adgen.agent.understanding.local_occasions`,
:mod:`adgen.agent.understanding.trade_names`).

1. An offer ("free estimates", "no hidden fees this spring", "the £40 eye test deal"), a race or a
   school holiday ("the marathon next month", "half term"), or another brand's look ("like the
   Apple ones") is no business: the chat asks what the ad is for, and the answer completes it.
2. A name ending in its trade ("Hilltop Gallery", "Riverside Vets", "Kettle & Co plumbers") is
   the brand, the trade word with it when capitalised.
3. Near misses: a trade word in small letters after one capitalised word, a business already
   named with its offer.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

from adgen.agent.understanding import parse_message

_understood = partial(held_out_run.understood, starts="dev25", case_id="r35e")


@pytest.mark.parametrize(
    "text",
    [
        "could you whip up an ad for our free estimates week",
        "need an ad for no hidden fees this spring",
        "ad for the £40 eye test deal please",
        "something for our £50 MOT offer",
        "make us something for the marathon next month",
        "do us an ad for half term",
        "can you make an ad like the Nike ones, bold and dark",
        "a quick ad for our free consultation offer",
    ],
)
def test_an_offer_an_occasion_or_a_look_asks_what_the_ad_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question and "what is the ad for" in turn.question.lower(), (text, turn)
    assert turn.brief is None and not turn.operations, text


def test_the_answer_completes_the_open_offer() -> None:
    _understood(
        None,
        ("can you put together an ad for our free quote week", "it's for Hartley Roofing, 20 seconds"),
        {
            "created": [
                {
                    "kind": "brief",
                    "fields": {"durationSec": 20, "brand.name": {"contains": "Hartley Roofing"}},
                }
            ]
        },
    )


@pytest.mark.parametrize(
    ("text", "brand", "seconds"),
    [
        ("Hilltop Gallery: late opening Fridays, 20 s, calm, end on 'See you there'", "Hilltop Gallery", 20),
        ("15s ad for Riverside Vets, puppy health checks, friendly", "Riverside Vets", 15),
        ("new ad: Ashford Dental Care, 12 seconds, warm, CTA 'Book today'", "Ashford Dental Care", 12),
    ],
)
def test_a_name_with_its_capitalised_trade_word_is_the_brand(text: str, brand: str, seconds: int) -> None:
    _understood(
        None,
        (text,),
        {"created": [{"kind": "brief", "fields": {"durationSec": seconds, "brand.name": {"equals": brand}}}]},
    )


def test_a_trade_in_small_letters_after_the_name_is_no_part_of_it() -> None:
    _understood(
        None,
        ("Kettle & Co plumbers — 15 second ad, friendly, CTA 'Call us'",),
        {
            "created": [
                {
                    "kind": "brief",
                    "fields": {
                        "durationSec": 15,
                        "brand.name": {"contains": "Kettle & Co", "excludes": ["plumbers"]},
                    },
                }
            ]
        },
    )


def test_near_miss_a_named_business_with_its_offer_is_made_not_asked() -> None:
    turn = parse_message("ad for Bright Spark Electrical, free quotes all May, 15 s", None)
    assert turn.question is None and turn.brief is not None
    assert turn.brief.brand_name == "Bright Spark Electrical" and turn.brief.duration_sec == 15


def test_near_miss_one_capitalised_word_before_a_small_trade_word_is_no_new_name() -> None:
    # one word may be the sentence's first ("Local plumbers wanted"): the trade rule leaves it
    turn = parse_message("Local plumbers ad, 15 s, friendly", None)
    assert turn.brief is None or turn.brief.brand_name != "Local"
