"""Round thirty-six b: kept clauses, labels, nested lists and typos around a card's name (dev26).

1. After "<card>:" a list of requests is requests about that card, never its words ("the cta: give
   it 6 s", "the APR card: bigger text, keep it on screen 5 seconds")
   (:mod:`adgen.agent.understanding.label_requests`).
2. A figure said not to be a length is set aside ("£129 is our servicing price, not a length")
   (:mod:`adgen.agent.understanding.set_aside`).
3. Slips in a card's name or its noun ("vej box card", "phone nmber", "lien", "smalerr").
4. Sub-bullets under their parent, a card label over bullets, numbered items on one line
   (:mod:`adgen.agent.understanding.nested_lists`).
5. Near misses: a line of copy after a label stays words; a label over bullets naming no card moves
   nothing of every scene.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

understood = partial(held_out_run.understood, starts="dev26", case_id="r36b")

# hartley: hook "MOT due? Book it in" (3 s, top); "MOT £35 · servicing from £129" (5 s);
# "0% APR representative · T&Cs apply" (4 s, 40); cta "Call 01632 960412" (4 s, #B91C1C, 70, center).
# ashby: "Tax return stress?"; "Deadline 31 Jan · fixed fee £250"; … voice-over on.
# thornfield: "Picked this morning"; "Veg boxes from £18 · 5 kg" (#FFFFFF); "Farmers' market Sat 8am–1pm".


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("the cta: give it 6 seconds", {"scenes[role=cta].durationSec": 6, "durationSec": 18}),
        ("the cta: move it to the bottom please", {"scenes[role=cta].overlay.position": "bottom"}),
        (
            "the APR card: larger text, keep the words, and hold it on screen 6 seconds",
            {"scenes[#3].overlay.fontSize": {"grow": "any"}, "scenes[#3].durationSec": 6, "durationSec": 18},
        ),
        (
            "cta: text white, move to the top",
            {
                "scenes[role=cta].overlay.color": {"color": "white"},
                "scenes[role=cta].overlay.position": "top",
            },
        ),
    ],
)
def test_requests_after_a_card_label(text: str, expect: dict) -> None:
    understood("hartley", (text,), {"start": expect})


def test_a_line_of_copy_after_a_label_stays_words() -> None:
    understood(
        "hartley",
        ("the hook: Keep it simple",),
        {"start": {"scenes[role=hook].overlay.text": "Keep it simple"}},
    )


@pytest.mark.parametrize(
    "text",
    [
        "£129 is our servicing price, not a length. phone number in yellow",
        "the 35 is the MOT price and has nothing to do with timing; make the phone number yellow",
    ],
)
def test_a_figure_set_aside_then_a_request(text: str) -> None:
    understood("hartley", (text,), {"start": {"scenes[role=cta].overlay.color": {"color": "yellow"}}})


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        ("hartley", "phone numbre in yellow", {"scenes[role=cta].overlay.color": {"color": "yellow"}}),
        ("thornfield", "the vej box card text in yelow", {"scenes[#2].overlay.color": {"color": "yellow"}}),
        (
            "ashby",
            "the deadline lien in yelow, dont tuch the wrods",
            {"scenes[#2].overlay.color": {"color": "yellow"}},
        ),
    ],
)
def test_slips_in_a_card_name(start: str, text: str, expect: dict) -> None:
    understood(start, (text,), {"start": expect})


def test_sub_bullets_belong_to_their_parent() -> None:
    understood(
        "hartley",
        ("to do:\n* cta\n    * text yellow\n    * to the top\n* hook\n    * 4 seconds",),
        {
            "start": {
                "scenes[role=cta].overlay.color": {"color": "yellow"},
                "scenes[role=cta].overlay.position": "top",
                "scenes[role=hook].durationSec": 4,
                "durationSec": 17,
            }
        },
    )


def test_a_card_label_over_bullets() -> None:
    understood(
        "hartley",
        ("the cta:\n- text yellow\n- at the top",),
        {
            "start": {
                "scenes[role=cta].overlay.color": {"color": "yellow"},
                "scenes[role=cta].overlay.position": "top",
            }
        },
    )


def test_numbered_items_on_one_line() -> None:
    understood(
        "ashby",
        ("1. the hook text yellow 2. the voice a little slower",),
        {
            "start": {
                "scenes[role=hook].overlay.color": {"color": "yellow"},
                "voice.rate": {"shrink": "a_bit"},
            }
        },
    )
