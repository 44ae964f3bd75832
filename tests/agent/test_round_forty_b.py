"""Round forty b: dev28's complaint and intensity wrong edits and misses.

1. A remark that ends by holding the change back ("…, don't change it yet", "nothing to do",
   "no action needed", "hold off for now") changes nothing (:mod:`held_back`); the remark before
   it had been read as a request (the music turned down, the palette set).
2. An Irish/Scottish sign-off after a comma (", grand", ", legend") is framing: "grand" had set
   the music to epic.
3. A card named by what its picture shows ("the panel card", "the heat pump card") is that scene
   (:mod:`cards_by_words`), and an unplaced card after "oh and" is asked about, never spread.
4. "double/halve the size of the X text", "the number needs to be way bigger", "the tickets text"
   beside a web address ending in /tickets, "if it's no bother" as a courtesy.
5. A sarcastic question ("could the number be any smaller?") or "why is the hook only 3 seconds?
   it flies past" is the complaint it says (:mod:`sarcasm`).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

understood = partial(held_out_run.understood, starts="dev28", case_id="r40b")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev28")

# brightsight: hook "Squinting at the menu?" (66); #2 "Free eye test · NHS vouchers accepted" (bottom,
# 50); #3 "Hearing aids from £495 a pair" (52); cta "Call 0161 496 0732" (center, 64); music 0.6.
# laughpit: #3 "Tickets from £14.50" (54); cta "laughpit.co.uk/tickets" (62). sunroof: #2 solar
# panels on a roof (52); #3 a heat pump (40); cta "Free survey: 0800 652 1190" (62).


@pytest.mark.parametrize(
    "text",
    [
        "hmm the hook might be a touch dark? just flagging, no action needed",
        "the client wonders if the music is too loud. I think it's fine. nothing to do here",
        "cta could maybe be bigger, not sure, hold off for now",
        "I reckon the voice is a bit fast but don't change anything yet",
    ],
)
def test_held_back_remark_changes_nothing(text: str) -> None:
    changes_nothing("laughpit", text)


def test_keeping_a_part_is_no_hold() -> None:
    """ "don't change anything else" keeps the rest: the request before it is made."""
    understood(
        "laughpit",
        ("make the music quieter, don't change anything else",),
        {"start": {"audio.volume": {"shrink": "any"}}},
    )


@pytest.mark.parametrize("text", ["music a touch louder there, grand", "music a bit louder, legend"])
def test_sign_off_after_a_comma(text: str) -> None:
    understood("brightsight", (text,), {"start": {"audio.volume": {"grow": "bit"}}})


@pytest.mark.parametrize(
    ("turns", "expect"),
    [
        (("the panels card text a lot bigger",), {"scenes[#2].overlay.fontSize": {"grow": "much"}}),
        (("oh and", "the panel card text bigger"), {"scenes[#2].overlay.fontSize": {"grow": "any"}}),
        (("the roof card text smaller",), {"scenes[#2].overlay.fontSize": {"shrink": "any"}}),
    ],
)
def test_card_named_by_its_picture(turns: tuple[str, ...], expect: dict) -> None:
    understood("sunroof", turns, {"start": expect})


def test_unplaced_card_after_oh_and_asks() -> None:
    result = held_out_run.verdict(
        "sunroof", ("oh and", "giraffe card text way bigger"), {"start": "same_content"}, "dev28"
    )
    assert not result.outcome.turns[1].changed, [t.reply for t in result.outcome.turns]


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        (
            "brightsight",
            "halve the size of the hearing aids text",
            {"scenes[#3].overlay.fontSize": {"shrink": "much"}},
        ),
        (
            "brightsight",
            "double the size of the NHS vouchers line",
            {"scenes[#2].overlay.fontSize": {"grow": "much"}},
        ),
        (
            "brightsight",
            "the phone number has to be a lot bigger",
            {"scenes[role=cta].overlay.fontSize": {"grow": "much"}},
        ),
        ("sunroof", "make the survey number bigger", {"scenes[role=cta].overlay.fontSize": {"grow": "any"}}),
        ("laughpit", "the tickets words a touch smaller", {"scenes[#3].overlay.fontSize": {"shrink": "bit"}}),
    ],
)
def test_sizes_said_other_ways(start: str, text: str, expect: dict) -> None:
    understood(start, (text,), {"start": expect})


def test_double_the_size_of_the_product_is_no_text() -> None:
    changes_nothing("brightsight", "double the size of the product")


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        (
            "brightsight",
            "could the phone number be any smaller? seriously",
            {"scenes[role=cta].overlay.fontSize": {"grow": "any"}},
        ),
        ("laughpit", "can the music get any louder??", {"audio.volume": {"shrink": "any"}}),
        (
            "brightsight",
            "why is the hearing card only 4 seconds? nobody can read it",
            {"scenes[#3].durationSec": {"grow": "any"}, "durationSec": "optional"},
        ),
    ],
)
def test_sarcasm_and_why_only(start: str, text: str, expect: dict) -> None:
    understood(start, (text,), {"start": expect})


def test_why_only_alone_is_a_question() -> None:
    changes_nothing("brightsight", "why is the hook only 3 seconds?")
