"""Round forty c (dev28's open briefs): a request for an ad that names an event, an offer, a
finance deal, a grant or how last time went, but no business, asks what the ad is for; it never
makes an ad whose "product" is a figure, a date or an offer (:mod:`local_occasions`; an offer on a
thing in small letters, "20% off frames", in :func:`open_brief.is_open_brief`). The answer that
names the business is then read as one brief with the request. Phrasings are this round's own."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev28", case_id="r40c")
_ASKED = {
    "asked": {
        "matches": [
            "product|brand|business|what|sell|promot|advertis|organi|cause|who|event|firm|shop|school"
        ]
    }
}


@pytest.mark.parametrize(
    "text",
    [
        # a venue's night or an online event
        "can you do something for our matinee next Sunday",
        "need an ad for the early show, doors at 6pm",
        "make us a promo for the workshop on Tuesday evening",
        "a quick video for our livestream tomorrow pls",
        # a finance offer or a grant, and when it ends
        "an ad about interest-free credit till June",
        "need a promo for the new grant scheme, ends in April",
        "ad about our 0% finance deal please",
        # an offer on a thing, nobody's
        "make an ad for 15% off lenses this week",
        "£200 off all boilers, need an ad asap",
        # how last time went
        "back by popular demand, can you make an ad",
    ],
)
def test_an_event_or_offer_with_no_business_asks_what_it_is_for(text: str) -> None:
    _understood(None, (text,), _ASKED)


def test_an_offer_on_a_named_thing_is_made() -> None:
    _understood(
        None,
        ("ad for 20% off Oakley sunglasses this month",),
        {"created": [{"kind": "brief"}]},
    )


def test_an_event_with_its_business_is_made() -> None:
    _understood(
        None,
        ("an ad for the Giggle Barn comedy night, doors 8pm, 15 seconds",),
        {"created": [{"kind": "brief", "fields": {"durationSec": 15}}]},
    )


@pytest.mark.parametrize(
    ("turns", "name", "excludes"),
    [
        (
            ("could you make an ad for our webinar on Wednesday", "it's for Brightpath Solar, heat pumps"),
            "Brightpath",
            ["webinar", "Wednesday"],
        ),
        (
            ("quick promo for the early show pls", "The Laugh Cellar, a comedy club in Leeds"),
            "Laugh Cellar",
            ["Leeds", "early"],
        ),
    ],
)
def test_the_business_named_after_the_question_is_the_brand(
    turns: tuple[str, str], name: str, excludes: list[str]
) -> None:
    _understood(
        None,
        turns,
        {"created": [{"kind": "brief", "fields": {"brand.name": {"contains": name, "excludes": excludes}}}]},
    )
