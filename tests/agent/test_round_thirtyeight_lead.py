"""Round thirty-eight, the lead at the merge: a place word a card also says, and where a text sits
said only to point at it.

1. "closing card text bigger" where another card says "Closing date 14 March": the last card or
   the card saying it, asked (it grew the end card, dev27's last wrong edit); "the date one" or
   "the last one" answers (:func:`adgen.agent.understanding.scenes._ask_if_said_elsewhere`).
2. "the price at the top is too small", "the number at the bottom should be bigger": where the
   text is now points at it, never a new place (one moved the price to the top, the other moved
   every text to the bottom); "can the price sit at the top of the screen" is a new place for
   that text alone (it moved every text) (:func:`content_kinds.without_locator`).
"""

from __future__ import annotations

from functools import partial

import held_out_run

_understood = partial(held_out_run.understood, starts="dev27", case_id="r38lead")
_nothing = partial(held_out_run.changes_nothing, starts="dev27")


def test_a_place_word_another_card_says_is_asked_then_answered() -> None:
    _understood(
        "harbour",
        ("make the closing card words larger", "the date one"),
        {"start": {"scenes[#3].overlay.fontSize": {"grow": "any"}}},
    )
    _understood(
        "harbour",
        ("closing card text bigger", "the last one"),
        {"start": {"scenes[#4].overlay.fontSize": {"grow": "any"}}},
    )


def test_the_place_word_alone_is_the_end_card_when_no_card_says_it() -> None:
    _understood(
        "kerbside",
        ("closing card 6 seconds",),
        {"start": {"scenes[#4].durationSec": 6, "durationSec": "optional"}},
    )


def test_where_a_text_sits_now_only_points_at_it() -> None:
    _understood(
        "kerbside",
        ("the price at the top is too small",),
        {"start": {"scenes[#2].overlay.fontSize": {"grow": "any"}}},
    )


def test_a_new_place_for_one_kind_of_text() -> None:
    _understood(
        "kerbside",
        ("can the price sit at the top of the screen instead",),
        {"start": {"scenes[#2].overlay.position": "top"}},
    )
    _understood("kerbside", ("price at the top please",), {"start": {"scenes[#2].overlay.position": "top"}})


def test_a_located_text_no_card_alone_shows_changes_nothing() -> None:
    # two cards show a number in this ad ("92% pass rate", the phone number): asked, never every text
    _nothing("kerbside", "the number at the bottom should be bigger")
