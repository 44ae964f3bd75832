"""Round thirty-five b: a card named by what it shows, inside an edit (dev25's plumber, race and toy shop).

1. A phone number written the UK way ("Call 0800 048 1100") is a phone number: "the phone card",
   "the fone number", "phone number bigger" name that text (it asked "No scene's text shows a phone
   number"); each clause is read on its own ("callout card to the top, phone number bigger")
   (:mod:`adgen.agent.understanding.content_kinds`).
2. A card named by a word's stem ("the party card" for "Parties from £95", "the age slide" for
   "Ages 3-5", "booking card" for "Book at …") or by the kind it shows ("the race card": the text
   with the race's distance, not the bib card whose picture shows race bibs)
   (:mod:`adgen.agent.understanding.cards_by_words`).
3. A numbered or bulleted list of cards: each item's card ("1. party screen text yellow").
4. Near misses: a card no text shows ("the unicorn card", "the race card" in a plumber's ad, "the
   phone card" in a toy shop's) changes nothing and asks.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest
from parse_helpers import asks

understood = partial(held_out_run.understood, starts="dev25", case_id="r35b")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev25")

# fixflow: hook "Burst pipe? We're on our way"; "24/7 callout · £49 call-out fee"; "Gas Safe
# registered · free quotes"; cta "Call 0800 048 1100" (#F28C28, 70, center).
# riverrun: hook "Run the river"; "10k · Sun 14 June · 9am start" (5 s); "Bib collection Sat
# 10am–4pm" (picture: race bibs); cta "Enter at riverrun10k.org".
# littleowls: hook "Play days are back"; "Ages 3-5 yrs · groups of up to 12"; "Parties from £95 ·
# 2 hours"; cta "Book at littleowls.co.uk" (#7C3AED).


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("the phone number in white please", {"scenes[role=cta].overlay.color": {"color": "white"}}),
        ("make the phone number a little larger", {"scenes[role=cta].overlay.fontSize": {"grow": "any"}}),
        ("can the telephone card go to the bottom", {"scenes[role=cta].overlay.position": "bottom"}),
        ("the fone number in yellow", {"scenes[role=cta].overlay.color": {"color": "yellow"}}),
    ],
)
def test_a_uk_phone_number_names_its_card(text: str, expect: dict) -> None:
    understood("fixflow", (text,), {"start": expect})


def test_each_clause_names_its_own_card() -> None:
    understood(
        "fixflow",
        ("gas safe card up top, and the phone number bigger",),
        {
            "start": {
                "scenes[#3].overlay.position": "top",
                "scenes[role=cta].overlay.fontSize": {"grow": "any"},
            }
        },
    )


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        ("littleowls", "party screen words in yellow", {"scenes[#3].overlay.color": {"color": "yellow"}}),
        ("littleowls", "booking card to the top", {"scenes[role=cta].overlay.position": "top"}),
        ("littleowls", "the age slide 6 seconds", {"scenes[#2].durationSec": 6, "durationSec": "optional"}),
        ("riverrun", "the race screen text yellow", {"scenes[#2].overlay.color": {"color": "yellow"}}),
        (
            "riverrun",
            "race slide a bit longer",
            {"scenes[#2].durationSec": {"grow": "any"}, "durationSec": "optional"},
        ),
    ],
)
def test_a_card_named_by_a_stem_or_by_what_it_shows(start: str, text: str, expect: dict) -> None:
    understood(start, (text,), {"start": expect})


@pytest.mark.parametrize(
    "text",
    [
        "1. party screen text yellow\n2. booking card text white",
        "- party slide text yellow\n- book card text white",
    ],
)
def test_a_list_of_cards(text: str) -> None:
    understood(
        "littleowls",
        (text,),
        {
            "start": {
                "scenes[#3].overlay.color": {"color": "yellow"},
                "scenes[role=cta].overlay.color": {"color": "white"},
            }
        },
    )


@pytest.mark.parametrize(
    ("start", "text"),
    [
        ("littleowls", "the unicorn card text purple"),
        ("fixflow", "the race card text yellow"),
        ("littleowls", "the phone card text white"),
        ("riverrun", "make the ages card bigger"),
    ],
)
def test_a_card_no_text_shows_changes_nothing(start: str, text: str) -> None:
    changes_nothing(start, text)


def test_two_cards_showing_the_kind_are_asked_about() -> None:
    race = held_out_run.start_project("riverrun", "dev25")
    race.scenes[2].overlay.text = "Kids 2k fun run Sat 10am"
    assert "scene 3" in asks("the race slide to 7 seconds", race)
    calls = held_out_run.start_project("fixflow", "dev25")
    calls.scenes[1].overlay.text = "Text 07700 900123 any time"
    assert "scene 2" in asks("the phone card text in white", calls)
