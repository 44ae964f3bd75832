"""Round thirty-seven f: a part of the ad named in another language
(:mod:`adgen.agent.understanding.foreign_parts`).

1. A part named alone in Maltese or Kurdish ("il-kitba tan-numru tat-telefon", "nivîsa cta'ê"),
   then the edit in the next message: asked what should change, then that part's text only,
   never the whole palette.
2. A text named by what it shows, in another language ("د تلیفون شمیره لویه کړه", the phone
   number bigger): that text, not "what should be bigger?".

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev25", case_id="r37f")

# dev25 fixflow (16 s): 1 hook "Burst pipe? …" white; 4 cta "Call 0800 …" #F28C28, size 70.


@pytest.mark.parametrize(
    ("turns", "expect"),
    [
        (
            ("il-kitba tan-numru tat-telefon", "agħmlu iswed"),
            {"scenes[#4].overlay.color": {"color": "black"}},
        ),
        (("it-test tal-hook", "agħmlu isfar"), {"scenes[#1].overlay.color": {"color": "yellow"}}),
        (("nivîsa cta'ê", "spî bike"), {"scenes[#4].overlay.color": {"color": "white"}}),
    ],
)
def test_foreign_part_alone_then_colour_is_that_text(turns: tuple[str, str], expect: dict) -> None:
    result = _understood("fixflow", turns, {"start": expect})
    assert "What should change about" in result.outcome.turns[0].reply


@pytest.mark.parametrize("text", ["د تلیفون شمیره لویه کړه", "agħmel in-numru tat-telefon akbar"])
def test_foreign_phone_number_bigger_is_its_text(text: str) -> None:
    _understood("fixflow", (text,), {"start": {"scenes[#4].overlay.fontSize": {"grow": "any"}}})


def test_foreign_part_alone_changes_nothing() -> None:
    reply = held_out_run.changes_nothing("fixflow", "it-test tan-numru tat-telefon", starts="dev25")
    assert "phone number text" in reply


# --- 3. a question about a text's place, colour or a card's length, however it is put ---------------
# dev26 hartley: 3 social proof (the finance card) 4 s. thornfield: 1 hook "Picked this morning" top,
# white; 2 showcase bottom.


@pytest.mark.parametrize(
    ("start", "asked", "said"),
    [
        ("hartley", "no changes yet, just tell me how long the finance card is on", "4 s"),
        ("hartley", "don't touch anything - what colour is the hook text?", "white"),
        ("thornfield", "wheres the showcase writing at the moment", "bottom"),
        ("thornfield", "where is the hook headline sitting?", "top"),
    ],
)
def test_question_is_answered_and_changes_nothing(start: str, asked: str, said: str) -> None:
    reply = held_out_run.changes_nothing(start, asked, starts="dev26")
    assert said in reply, reply


def test_told_to_change_nothing_alone_still_changes_nothing() -> None:
    reply = held_out_run.changes_nothing("hartley", "don't change anything", starts="dev26")
    assert "leave" in reply
