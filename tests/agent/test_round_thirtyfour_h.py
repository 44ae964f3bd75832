"""Round thirty-four h: a card named by its own words, typed loosely (dev23's edit and typo cases).

1. "make the ticket card text yellow": the verb before "the" was taken as part of the card's words
   ("make the ticket"), so no scene was found and the whole ad's text was offered
   (:mod:`adgen.agent.understanding.cards_by_words`).
2. "the tikcet card", "the tikcets slide": one word of the card with two letters swapped, too far
   for the loose reading, is the one scene whose text holds it.
3. "the ratign card", "the raitng card": a kind's name with two letters swapped
   (:func:`adgen.agent.understanding.kind_texts.kind_typos`).
4. Near misses: words no scene holds, or that several scenes hold, change nothing.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

understood = partial(held_out_run.understood, starts="dev23", case_id="r34h")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev23")

# owlstour: hook "One night only"; showcase "The Velvet Owls + June Kite"; social proof (3 s)
# "Fri 14 Nov · doors 7pm · on stage 9:15pm"; cta "Tickets £18 · VIP £35" (#EF233C, 64, center).


@pytest.mark.parametrize(
    "text",
    [
        "make the ticket card text yellow",
        "please turn the ticket card yellow",
        "can you put the tickets card in yellow",
    ],
)
def test_a_card_named_after_a_verb_and_the(text: str) -> None:
    understood("owlstour", (text,), {"start": {"scenes[role=cta].overlay.color": {"color": "yellow"}}})


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("make the tikcet card yellow", {"scenes[role=cta].overlay.color": {"color": "yellow"}}),
        ("the tikcets slide bigger pls", {"scenes[role=cta].overlay.fontSize": {"grow": "any"}}),
        (
            "change the tickte card wording to 'Tickets £18 · VIP £35 · last few'",
            {"scenes[role=cta].overlay.text": {"text": "Tickets £18 · VIP £35 · last few"}},
        ),
    ],
)
def test_a_card_word_with_two_letters_swapped(text: str, expect: dict) -> None:
    understood("owlstour", (text,), {"start": expect})


@pytest.mark.parametrize("text", ["the raitng card to 5 seconds", "make the ratign card 5 sec"])
def test_a_kind_name_with_two_letters_swapped(text: str) -> None:
    understood("budgetapp", (text,), {"start": {"scenes[#3].durationSec": 5, "durationSec": "optional"}})


@pytest.mark.parametrize(
    "text",
    [
        "make the oolw card yellow",  # no scene's word
        "make the scoop card yellow",  # no scene's word at all
    ],
)
def test_words_no_scene_holds_change_nothing(text: str) -> None:
    changes_nothing("owlstour", text)


# --- 5. a text several scenes show, the others said to stay; a kind moved -------------------------
# harbourbank: showcase "4.10% APY · no monthly fees" (56, bottom); showcase "APY accurate as of
# 11/01/2026 and may change. Member FDIC." (34, bottom).


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "move the APY text to the top and leave the disclaimer alone",
            {"scenes[#2].overlay.position": "top"},
        ),
        ("APY line to the top, keep the fine print as is", {"scenes[#2].overlay.position": "top"}),
        (
            "make the APY copy bigger, leave the dsiclosure alone",
            {"scenes[#2].overlay.fontSize": {"grow": "any"}},
        ),
    ],
)
def test_a_text_two_scenes_show_when_the_other_stays(text: str, expect: dict) -> None:
    understood("harbourbank", (text,), {"start": expect})


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("put the ticket prices at the very top", {"scenes[role=cta].overlay.position": "top"}),
        ("move the prices to the top please", {"scenes[role=cta].overlay.position": "top"}),
        ("put the date at the bottom", {"scenes[#3].overlay.position": "bottom"}),
    ],
)
def test_a_kind_moved_is_the_scene_showing_it(text: str, expect: dict) -> None:
    understood("owlstour", (text,), {"start": expect})


@pytest.mark.parametrize(
    "text", ["make the APY line bigger", "make the APY line bigger, leave the hook alone"]
)
def test_a_text_two_scenes_show_still_asks(text: str) -> None:
    assert "Which one" in changes_nothing("harbourbank", text)
