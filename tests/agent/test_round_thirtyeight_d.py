"""Round thirty-eight d: parts named by a job ad's or a school's everyday words, typed in a hurry.

1. "the apply link", "the sign-up link", "the website": the text that shows the ad's web address,
   never the whole ad's palette (:mod:`adgen.agent.understanding.everyday_parts`).
2. "the closing date card", "the closing date text": the scene whose text shows a date, never the
   end card ("closing" alone is still the end card).
3. "the salary card", "the pay text": the scene showing what a job pays; "the offer card" over a
   price with no discount: that price's scene.
4. Hurried phone typing of those words ("aply", "bookng numbr", "purpel", "yelow"): read as the
   part and its look.
5. Near misses: "the closing shot" stays the end card; a link in an ad with no web address changes
   nothing of the text.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev27", case_id="r38d")
_verdict = partial(held_out_run.verdict, starts="dev27", case_id="r38d")


# --- 1. the link: the text showing the web address ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("make the apply link pink", "pink"),
        ("the application link should be blue", "blue"),
        ("website in black please", "black"),
        ("my boss says the link needs to be red", "red"),
    ],
)
def test_link_colour_is_the_cta_text(text: str, colour: str) -> None:
    _understood("harbour", (text,), {"start": {"scenes[role=cta].overlay.color": {"color": colour}}})


def test_apply_link_bigger() -> None:
    _understood(
        "harbour",
        ("apply link a little bigger",),
        {"start": {"scenes[#4].overlay.fontSize": {"grow": "bit"}}},
    )


# --- 2. the closing date ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "closing date card text bigger",
        "can the closing date writing be larger",
        "make the closing date words bigger please",
    ],
)
def test_closing_date_is_the_date_scene(text: str) -> None:
    _understood("harbour", (text,), {"start": {"scenes[#3].overlay.fontSize": {"grow": "any"}}})


def test_closing_date_colour_and_link_size() -> None:
    _understood(
        "harbour",
        ("closing date text in orange, and the apply link a bit bigger",),
        {
            "start": {
                "scenes[#3].overlay.color": {"color": "orange"},
                "scenes[role=cta].overlay.fontSize": {"grow": "bit"},
            }
        },
    )


def test_closing_shot_is_still_the_end_card() -> None:
    _understood(
        "harbour",
        ("the closing shot text smaller",),
        {"start": {"scenes[#4].overlay.fontSize": {"shrink": "any"}}},
    )


# --- 3. the salary, the offer ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["salary card up top", "put the pay card text at the top", "the wage card words to the top please"],
)
def test_salary_card_is_the_pay_scene(text: str) -> None:
    _understood("harbour", (text,), {"start": {"scenes[#2].overlay.position": "top"}})


def test_offer_card_is_the_price_scene() -> None:
    _understood(
        "kerbside", ("the offer card words up top",), {"start": {"scenes[#2].overlay.position": "top"}}
    )


# --- 4. hurried typing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        ("harbour", "aply link in yelow", {"scenes[role=cta].overlay.color": {"color": "yellow"}}),
        ("kerbside", "bookng numbr yelow pls", {"scenes[role=cta].overlay.color": {"color": "yellow"}}),
        ("muddypaws", "hrs card txt purpel", {"scenes[#3].overlay.color": {"color": "purple"}}),
    ],
)
def test_hurried_typing_of_a_part(start: str, text: str, expect: dict) -> None:
    _understood(start, (text,), {"start": expect})


# --- 5. near misses ---------------------------------------------------------------------------------


def test_link_with_no_web_address_changes_no_text() -> None:
    result = _verdict("kerbside", ("the booking link in green",), {"start": "same_content"})
    assert not any("overlay" in p.message for p in result.verdict.problems), result.verdict.problems


@pytest.mark.parametrize("text", ["the apply link is fine as it is", "what closing date does the ad show?"])
def test_link_or_date_named_without_a_change_edits_nothing(text: str) -> None:
    held_out_run.changes_nothing("harbour", text, starts="dev27")
