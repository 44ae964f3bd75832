"""Round thirty-nine c: gaps found beside the development sets.

1. A card named by quoting the words it already shows, in a complaint about reading it ("I can
   barely read 'Long day?'"): that card's text grows (:mod:`quoted_names`); words on no card ask.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev24", case_id="r39c")
_verdict = partial(held_out_run.verdict, starts="dev24", case_id="r39c")

# dev24 harvestbox: 1 hook "Dinner, sorted." 70; 2 "First box 50% off" 58; 3 "Free delivery over
# £40 · 4.6★ Trustpilot" 48; 4 cta "Use code SAVE20" 72 #2D6A4F.


@pytest.mark.parametrize(
    ("turn", "scene"),
    [
        ('my mum can hardly read "Dinner, sorted." on her phone', 1),
        ("I can barely read 'Dinner, sorted.', make it bigger please", 1),
        ("people can't make out 'Use code SAVE20'", 4),
        ("honestly we couldn't read 'First box 50% off' at all", 2),
    ],
)
def test_quoted_words_of_one_card_name_that_card(turn: str, scene: int) -> None:
    _understood("harvestbox", (turn,), {"start": {f"scenes[#{scene}].overlay.fontSize": {"grow": "any"}}})


def test_quoted_words_on_no_card_ask() -> None:
    reply = held_out_run.changes_nothing(
        "harvestbox", "I can barely read 'Dinner sorted tonight'", starts="dev24"
    )
    assert "Which scene" in reply


# 2. "where on screen is the price?": where the text showing that kind sits (:mod:`text_places`).
@pytest.mark.parametrize(
    ("start", "starts", "turn", "said"),
    [
        ("kerbside", "dev27", "where on screen is the price?", "Scene 2 (showcase): “First lesson £20"),
        (
            "kerbside",
            "dev27",
            "so where does the booking number sit?",
            "“Book on 07700 900318” sits in the centre",
        ),
        (
            "muddypaws",
            "dev27",
            "whereabouts are the hours on screen",
            "“Open Tue–Sat 9am–5pm” sits at the bottom",
        ),
        ("harvestbox", "dev24", "where is the phone number?", "No scene's text shows a phone number"),
    ],
)
def test_where_a_kind_of_text_sits_is_answered(start: str, starts: str, turn: str, said: str) -> None:
    assert said in held_out_run.changes_nothing(start, turn, starts=starts)


# 3. "the half-off text" where one card says "50% off" (:mod:`half_off`).
@pytest.mark.parametrize(
    ("start", "starts", "turn", "expect"),
    [
        (
            "harvestbox",
            "dev24",
            "make the half-off text bigger",
            {"scenes[#2].overlay.fontSize": {"grow": "any"}},
        ),
        (
            "harvestbox",
            "dev24",
            "the half price bit should be yellow",
            {"scenes[#2].overlay.color": "#FFFF00"},
        ),
        ("mealkit", "dev3", "the half off offer to the top", {"scenes[#3].overlay.position": "top"}),
    ],
)
def test_half_off_names_the_fifty_percent_card(start: str, starts: str, turn: str, expect: dict) -> None:
    held_out_run.understood(start, (turn,), {"start": expect}, starts=starts, case_id="r39c")


def test_half_off_as_new_words_is_no_card() -> None:
    _understood_dev3 = partial(held_out_run.understood, starts="dev3", case_id="r39c")
    said = {"scenes[#1].overlay.text": "Half off today"}
    _understood_dev3("mealkit", ("make the hook say 'Half off today'",), {"start": said})


# 4. "what code is on the last card?": only that card is quoted, and "change it to '…'" is its text.
def test_kind_asked_of_one_card_quotes_that_card_only() -> None:
    result = _understood(
        "harvestbox",
        ("what code is on the last card?", "change it to 'Use code SPRING30'"),
        {"start": {"scenes[#4].overlay.text": "Use code SPRING30"}},
    )
    assert "Scene 2" not in result.outcome.turns[0].reply
