"""Round thirty-eight c: a phone number named by its use, a date card named with "closing", a fact
said right before the request, a change said to be there already.

1. "the booking number in yellow", "the contact number is lost on the navy background": the text that
   shows the phone number (its colour now said before it, "the blue phone number"), never the
   whole ad's palette or the background (:mod:`adgen.agent.understanding.content_kinds`).
2. "closing date card 6 seconds": the card whose text shows the date, never the closing (end) card
   (:mod:`adgen.agent.understanding.text_parts`).
3. "£28–32k is the salary so leave it. apply link text green": the fact kept is no request; the
   rest is read on its own (:mod:`adgen.agent.understanding.conditionals`).
4. "someone said the end card should be pink, it already is": nothing changes
   (:mod:`adgen.agent.understanding.already_so`).
5. Near misses: "it's already bold" after asking for bigger text is a reason (still bigger);
   "closing card" alone is the end card.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

from adgen.agent.understanding.already_so import already_so

_understood = partial(held_out_run.understood, starts="dev27", case_id="r38c")


# --- 1. a phone number named by what it is for ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "put the contact number in yellow, it's our brand colour",
        "make the booking number yellow as that's the brand yellow",
        "make the booking number yellow please",
        "the mobile number text yellow",
    ],
)
def test_phone_number_by_its_use_coloured(text: str) -> None:
    _understood("kerbside", (text,), {"start": {"scenes[#4].overlay.color": {"color": "yellow"}}})


@pytest.mark.parametrize(
    "text",
    [
        "the blue phone number blends into the navy background",
        "the blue contact number disappears into the background",
    ],
)
def test_coloured_number_lost_on_the_background(text: str) -> None:
    _understood(
        "kerbside",
        (text,),
        {"start": {"scenes[#4].overlay.color": {"color": ["white", "yellow", "orange", "pink"]}}},
    )


# --- 2. a date card named with "closing" ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "keep the closing date slide up for 6 seconds",
        "closing date screen 6 secs please",
        "the closing date card should last 6 seconds",
    ],
)
def test_closing_date_card_is_the_dated_card(text: str) -> None:
    _understood("harbour", (text,), {"start": {"scenes[#3].durationSec": 6, "durationSec": "optional"}})


def test_closing_card_alone_is_the_end_card() -> None:
    # (where another card says "Closing date …", which one is asked first: the lead at the merge)
    _understood(
        "harbour",
        ("closing card 6 seconds", "the last one"),
        {"start": {"scenes[#4].durationSec": 6, "durationSec": "optional"}},
    )


# --- 3. a fact said right before the request ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "14 March is the deadline so don't touch it. apply text green",
        "the salary is correct, leave it. make the apply text green",
    ],
)
def test_fact_kept_then_request(text: str) -> None:
    _understood("harbour", (text,), {"start": {"scenes[#4].overlay.color": {"color": "green"}}})


# --- 4. a change said to be there already --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my boss wants the end card text pink but it's already pink",
        "the groomer said the hook should be at the top - it's at the top already, nothing to do",
        "client asked for the booking card in pink, it already is so no change needed",
    ],
)
def test_already_so_changes_nothing(text: str) -> None:
    result = _understood("muddypaws", (text,), {"start": "same_content"})
    assert not result.outcome.turns[0].changed


@pytest.mark.parametrize(
    "text",
    [
        "make the text bigger, it's already bold",
        "make it 20 seconds, it's already 15",
        "make the end card pink",
    ],
)
def test_already_something_else_is_no_such_remark(text: str) -> None:
    assert already_so(text) is None


def test_bigger_with_a_reason_still_edits() -> None:
    result = held_out_run.verdict(
        "muddypaws",
        ("make the hook text bigger, it's already bold",),
        {"start": {"scenes[#1].overlay.fontSize": {"grow": "any"}}},
        starts="dev27",
        case_id="r38c",
    )
    assert not result.verdict.wrong_edit, result.verdict.problems


# --- 5. a length condition whose fix is "bump it up" ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "if the end card is under 5 seconds push it up to 5",
        "if the booking card lasts less than 5 secs bump it up to 5",
    ],
)
def test_condition_bumped_up(text: str) -> None:
    _understood("muddypaws", (text,), {"start": {"scenes[#4].durationSec": 5, "durationSec": "optional"}})


def test_condition_not_met_changes_nothing() -> None:
    result = _understood(
        "muddypaws", ("if the hook is under 2 seconds bump it up to 4",), {"start": "same_content"}
    )
    assert not result.outcome.turns[0].changed
