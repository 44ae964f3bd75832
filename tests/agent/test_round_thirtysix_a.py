"""Round thirty-six a: colours said the many ways marketers say them, and where they go
(:mod:`adgen.agent.understanding.colour_sayings`, :mod:`exclusions`, :mod:`colour_codes`).

1. "the same green as the order card", "match X to Y's colour": the model card's own colour, and
   the model card untouched.
2. "every card but the last", "all the slides except the market one": the others' text colour, the
   left-out card untouched.
3. Both spellings side by side ("colour/color", "grey (or gray …)"), an arrow from the old value to
   the new one: one request, the text colour only.
4. Colours named by a thing ("post box red", "mustard yellow", "canary yellow"): the colour.
5. Safety: "the same colour as" a card that cannot be told, and a colour for every card but one
   that the reader cannot place, change nothing they were not asked to.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev26", case_id="r36a")

# dev26 starts. thornfield (16 s): 1 hook "Picked this morning" white top; 2 veg box card white;
# 3 market card white; 4 order card (cta) "Order at thornfieldfarm.co.uk" #15803D.
# hartley: 1-3 white, 4 cta "Call 01632 960412" #B91C1C.


@pytest.mark.parametrize(
    "text",
    [
        "hook writing in the exact same green as the cta please",
        "can the opening text be the same colour as the order card",
        "match the hook text with the cta's colour",
    ],
)
def test_same_colour_as_another_card_takes_its_colour(text: str) -> None:
    _understood("thornfield", (text,), {"start": {"scenes[role=hook].overlay.color": "#15803D"}})


def test_same_red_as_the_end_card_on_another_ad() -> None:
    _understood(
        "hartley",
        ("market... no, the 2nd card's words: same red as the last card",),
        {"start": {"scenes[#2].overlay.color": "#B91C1C"}},
    )


@pytest.mark.parametrize(
    ("text", "colour", "left"),
    [
        ("every card but the hook: words in black", "black", 1),
        ("all the slides except the market one get orange text", "orange", 3),
        ("everything apart from the order card in yellow", "yellow", 4),
    ],
)
def test_every_card_but_one_is_the_others_text(text: str, colour: str, left: int) -> None:
    expect = {f"scenes[#{n}].overlay.color": {"color": colour} for n in range(1, 5) if n != left}
    _understood("thornfield", (text,), {"start": expect})


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("the hook's colour/color: white → orange", {"scenes[role=hook].overlay.color": {"color": "orange"}}),
        ("market card text gray (grey if you're british)", {"scenes[#3].overlay.color": {"color": "grey"}}),
        ("scene 3 words white -> black", {"scenes[#3].overlay.color": {"color": "black"}}),
    ],
)
def test_both_spellings_and_arrows_are_one_colour(text: str, expect: dict) -> None:
    _understood("thornfield", (text,), {"start": expect})


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("make the hook text post box red", "red"),
        ("market card words in mustard yellow", "yellow"),
        ("the cta in canary yellow", "yellow"),
        ("hook words letterbox red", "red"),
    ],
)
def test_colour_named_by_a_thing(text: str, colour: str) -> None:
    scene = "scenes[#3]" if "market" in text else "scenes[role=cta]" if "cta" in text else "scenes[role=hook]"
    _understood("thornfield", (text,), {"start": {f"{scene}.overlay.color": {"color": colour}}})


def test_same_colour_as_no_card_changes_nothing_else() -> None:
    held_out_run.changes_nothing(
        "thornfield", "hook text the same colour as the tractor card", starts="dev26"
    )
