"""Round thirty-eight f (dev27's variants and open briefs): a copy made "to test" a change is a
version with that change, never an edit of this ad (:mod:`copy_named`); a change read in a version
that would spread over every scene, its scene not placed, is asked about as it is in the ad itself
(:mod:`unplaced`); "the offer card" of an ad whose text shows no discount is the card with its
price (:mod:`content_kinds`); a request for a job ad or an event's dates and times that names no
business asks what the ad is for (:mod:`local_occasions`). Phrasings are this round's own."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev27", case_id="r38f")
_verdict = partial(held_out_run.verdict, starts="dev27", case_id="r38f")
_ASKED = {
    "asked": {
        "matches": [
            "product|brand|business|what|sell|promot|advertis|organi|cause|who|event|firm|shop|school"
        ]
    }
}

# dev27 kerbside: scene 1 hook "Nervous about driving?" white at the top; scene 2 showcase "First
# lesson £20 · 92% pass rate" white at the bottom; scene 4 cta "Book on 07700 900318" blue, centred.


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "make a duplicate of the ad to test the cta in yellow",
            {"scenes[role=cta].overlay.color": {"color": "yellow"}},
        ),
        (
            "can you clone this one to trial the hook in green",
            {"scenes[role=hook].overlay.color": {"color": "green"}},
        ),
        ("dupe it to try the showcase text at the top", {"scenes[#2].overlay.position": "top"}),
    ],
)
def test_a_copy_to_test_a_change_is_a_version(text: str, changes: dict) -> None:
    _understood(
        "kerbside",
        (text,),
        {"start": "same_content", "created": [{"kind": "variant", "changes": changes}], "active": "new"},
    )


def test_copying_a_part_to_test_it_is_no_version() -> None:
    held_out_run.changes_nothing("kerbside", "copy the hook to test it", starts="dev27")


@pytest.mark.parametrize(
    "text",
    [
        "the offer card text up top please",
        "move the deal card words to the top",
        "offer card words at the top",
    ],
)
def test_the_offer_card_is_the_card_with_the_price(text: str) -> None:
    _understood("kerbside", (text,), {"start": {"scenes[#2].overlay.position": "top"}})


def test_an_unplaced_card_in_a_version_is_asked_about() -> None:
    result = _verdict(
        "kerbside",
        ("duplicate this as a B", "in the B, mascot card words at the top"),
        {"start": "same_content"},
    )
    assert not result.verdict.wrong_edit, result.verdict.problems
    assert not any(t.changed for t in result.outcome.turns), [t.reply for t in result.outcome.turns]


@pytest.mark.parametrize(
    "text",
    [
        "need a recruitment ad for the new vacancies asap",
        "can you do an ad for our open day, 9am till 3pm on the 21st",
        "make us something for the new course dates in September",
        "want a we're recruiting video for tiktok",
    ],
)
def test_a_job_ad_or_dates_with_no_business_asks_what_it_is_for(text: str) -> None:
    _understood(None, (text,), _ASKED)


def test_a_job_ad_with_its_business_is_made() -> None:
    _understood(
        None,
        ("need a we're hiring ad for Oakfield Logistics, 15 seconds",),
        {
            "created": [
                {"kind": "brief", "fields": {"durationSec": 15, "brand.name": {"contains": "Oakfield"}}}
            ]
        },
    )


# dev27 harbour: a version B exists; scene 4 (cta) "Apply at harbourcare.co.uk" in orange #EA580C.


@pytest.mark.parametrize(
    "text", ["go to B so we can have a look", "switch over to B to check it", "move over to B so I can see"]
)
def test_a_switch_said_with_why_is_a_switch(text: str) -> None:
    _understood("harbour", (text,), {"start": "same_content", "active": "B"})


@pytest.mark.parametrize(
    "text", ["make the booking link white", "the website in white please", "apply link white"]
)
def test_the_link_is_the_text_that_shows_the_web_address(text: str) -> None:
    _understood("harbour", (text,), {"start": {"scenes[role=cta].overlay.color": {"color": "white"}}})


@pytest.mark.parametrize(
    "text",
    ["give me a 10s version, keep the 16s one too", "can you do a 10s version and leave the 16s one as is"],
)
def test_the_original_kept_by_its_length_is_no_change_of_the_version(text: str) -> None:
    _understood(
        "kerbside",
        (text,),
        {
            "start": "same_content",
            "created": [
                {
                    "kind": "variant",
                    "changes": {"durationSec": 10, "scenes[*].durationSec": {"shrink": "any"}},
                }
            ],
            "active": "new",
        },
    )


def test_a_version_but_the_original_kept_by_its_length_changes_nothing_to_16() -> None:
    result = _verdict("kerbside", ("can I get a 20 second cut but leave the 16 second one as is",), {})
    assert "16 s" not in result.outcome.turns[0].reply, result.outcome.turns[0].reply
