"""Round forty e: dev28's multi, typo and edit tail.

1. A text moved by an amount ("shift the hearing card words 20px higher", "nudge it down 15%") is a
   move of one place (:mod:`adgen.agent.understanding.moved_by`): the amount had been read as a
   size ("up 10%" grew the text by a tenth, "up 20px" set its size to 20).
2. Hurried typing of a card ("offr", "panle", "crad"): the fixed table of
   :mod:`adgen.agent.understanding.everyday_parts`; "the offer" is a card that gives something free
   ("Free eye test …") before one that names a price; a card named by one word of its picture
   ("the roof card", "the panel card") is that scene, when one scene shows it.
3. A word named as a card's words is the copy's, not an address's: "the tickets card" is "Tickets
   from £14.50", not "laughpit.co.uk/tickets" (:mod:`adgen.agent.understanding.words_in_links`).
4. "put that back where it sat" takes the last change back.
5. A card's words kept, then "that card" changed: the request is that card's
   (:mod:`adgen.agent.understanding.kept_then_that`). Scots "awfy wee", "pure loud", "doon"
   (:mod:`adgen.agent.understanding.regional`).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

understood = partial(held_out_run.understood, starts="dev28", case_id="r40e")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev28")

# brightsight: hook (top, 66); scenes[#2] offer "Free eye test · NHS vouchers accepted" (bottom, 50);
# scenes[#3] hearing "Hearing aids from £495 a pair" (bottom, 52); cta "Call 0161 496 0732".
# sunroof: scenes[#2] over "a terraced house roof with new solar panels" (bottom, 52); scenes[#3]
# "0% APR finance · subject to status" over a heat pump. laughpit: scenes[#3] "Tickets from £14.50",
# the end card "laughpit.co.uk/tickets".


@pytest.mark.parametrize(
    "text",
    [
        "shift the hearing card words 20px higher",
        "move the hearing aids text up by 15%",
        "nudge the hearing card text up 30 pixels",
    ],
)
def test_a_move_by_an_amount_is_no_size(text: str) -> None:
    understood(
        "brightsight",
        (text,),
        {"start": {"scenes[#3].overlay.position": {"one_of": ["center", "top"]}}},
    )


def test_a_move_by_an_amount_then_a_size() -> None:
    understood(
        "brightsight",
        ("push the hearing card text up 5% and make it slightly smaller",),
        {
            "start": {
                "scenes[#3].overlay.position": {"one_of": ["center", "top"]},
                "scenes[#3].overlay.fontSize": {"shrink": "bit"},
            }
        },
    )


def test_the_font_up_by_a_percent_is_still_its_size() -> None:
    understood(
        "brightsight",
        ("bump the hearing card font size up 20%",),
        {"start": {"scenes[#3].overlay.fontSize": 62}},
    )


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        ("brightsight", "ofer crad 3 secs", {"scenes[#2].durationSec": 3, "durationSec": 14}),
        ("brightsight", "the offr card text at the top", {"scenes[#2].overlay.position": "top"}),
        ("sunroof", "pannel card txt yelow", {"scenes[#2].overlay.color": {"color": "yellow"}}),
        ("sunroof", "the roof card text to the top", {"scenes[#2].overlay.position": "top"}),
    ],
)
def test_cards_typed_in_a_hurry_or_named_by_their_picture(start: str, text: str, expect: dict) -> None:
    understood(start, (text,), {"start": expect})


def test_a_picture_word_several_scenes_show_names_no_card() -> None:
    """ "the house card" where no scene's picture shows one: no scene is guessed."""
    changes_nothing("sunroof", "the garage card text red")


@pytest.mark.parametrize(
    "text",
    [
        "tickets card text in yellow please",
        "could the tickets line go up top",
        "make the tickets words bold yellow",
    ],
)
def test_a_word_of_the_copy_not_of_the_link(text: str) -> None:
    expect = (
        {"scenes[#3].overlay.position": "top"}
        if "top" in text
        else {"scenes[#3].overlay.color": {"color": "yellow"}}
    )
    understood("laughpit", (text,), {"start": expect})


def test_put_that_back_where_it_sat() -> None:
    understood(
        "sunroof",
        ("the roof card text to the top", "nah, put it back where it was"),
        {"start": "same_content"},
    )


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "keep the hearing aids wording word for word, just move that card's text to the top",
            {"scenes[#3].overlay.position": "top"},
        ),
        (
            "leave the NHS vouchers line as it is but make that card's text yellow",
            {"scenes[#2].overlay.color": {"color": "yellow"}},
        ),
        (
            "the NHS vouchers words stay, just put that one in the middle",
            {"scenes[#2].overlay.position": "center"},
        ),
    ],
)
def test_words_kept_then_that_card_changed(text: str, expect: dict) -> None:
    understood("brightsight", (text,), {"start": expect})


def test_words_kept_then_that_card_reworded_is_not_guessed() -> None:
    changes_nothing("brightsight", "keep the NHS vouchers wording, just make that card say Free hearing test")


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("the hearing card's awfy wee, make it bigger", {"scenes[#3].overlay.fontSize": {"grow": "any"}}),
        ("the music's pure loud, bring it doon", {"audio.volume": {"shrink": "any"}}),
    ],
)
def test_scots_words(text: str, expect: dict) -> None:
    understood("brightsight", (text,), {"start": expect})
