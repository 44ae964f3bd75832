"""Round thirty-seven a: dev23's edit, typo, multi and follow-up tail.

1. A gig's line-up named as a card or a text ("the acts card", "the line-up slide", "lineup txt")
   is the scene whose words show two names joined by "+", "&", "w/", "b2b" …
   (:mod:`adgen.agent.understanding.line_ups`, a row of :mod:`text_parts`); days joined ("Tue &
   Thu") are no line-up.
2. The music made quieter by saying it need not be so loud ("the music doesn't have to be that
   loud", "don't have it so loud") or "music a tiny bit less" (:mod:`audio`).
3. "an" typed for "and" before "the", "also" …: "an the date card too" after a change repeats it
   there (:mod:`adgen.agent.understanding.typed_and`).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

from adgen.agent.understanding.line_ups import LINE_UP_WRITTEN

understood = partial(held_out_run.understood, starts="dev23", case_id="r37a")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev23")

# owlstour: hook "One night only" (top, 70); scenes[#2] "The Velvet Owls + June Kite" (bottom,
# 56); scenes[#3] date card "Fri 14 Nov · doors 7pm …" (#EDF2F4); cta "Tickets £18 · VIP £35"
# (#EF233C, center, 64, 4 s); music 0.75. lotus: music 0.5. soda: no line-up.


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("make the acts card text a little bigger", {"scenes[#2].overlay.fontSize": {"grow": "bit"}}),
        ("line-up slide to the top please", {"scenes[#2].overlay.position": "top"}),
        ("the line up txt in yellow", {"scenes[#2].overlay.color": {"color": "yellow"}}),
        ("give the lineup card 6 seconds", {"scenes[#2].durationSec": 6, "durationSec": 16}),
    ],
)
def test_the_line_up_names_its_card(text: str, expect: dict) -> None:
    understood("owlstour", (text,), {"start": expect})


def test_a_line_up_item_in_a_list() -> None:
    understood(
        "owlstour",
        ("* line-up text at the top\n* date card 4 secs",),
        {"start": {"scenes[#2].overlay.position": "top", "scenes[#3].durationSec": 4, "durationSec": 16}},
    )


def test_how_a_line_up_is_written() -> None:
    for shown in (
        "Bicep b2b Hammer",
        "DJ Koze w/ special guests",
        "Kae Tempest & friends",
        "Big Thief + Lomelda",
    ):
        assert LINE_UP_WRITTEN.search(shown), shown
    for shown in ("Sunrise flow · Tue & Thu 6:30am", "Open till 2am Fri & Sat", "Buy 2 + get 1 free"):
        assert not LINE_UP_WRITTEN.search(shown), shown


def test_no_line_up_no_edit() -> None:
    changes_nothing("soda", "the lineup text bigger")


@pytest.mark.parametrize(
    ("start", "turns", "way"),
    [
        ("owlstour", ("the music doesn't have to be quite that loud",), "any"),
        ("lotus", ("how loud is the music?", "don't have it this loud then please"), "any"),
        ("owlstour", ("the track shouldn't be so loud",), "any"),
        ("lotus", ("music a tiny bit less please",), "bit"),
    ],
)
def test_the_music_need_not_be_so_loud(start: str, turns: tuple[str, ...], way: str) -> None:
    understood(start, turns, {"start": {"audio.volume": {"shrink": way}}})


def test_music_a_bit_less_something_else_is_no_volume() -> None:
    result = held_out_run.verdict(
        "lotus", ("music a bit less cheesy",), {"start": "same_content"}, starts="dev23"
    )
    assert "volume" not in result.outcome.turns[0].reply


@pytest.mark.parametrize(
    ("turns", "expect"),
    [
        (
            ("hook text in yellow", "an the date card as well"),
            {
                "scenes[role=hook].overlay.color": {"color": "yellow"},
                "scenes[#3].overlay.color": {"color": "yellow"},
            },
        ),
        (
            ("ticket card text to the top", "an the hook too"),
            {"scenes[role=cta].overlay.position": "top", "scenes[role=hook].overlay.position": "top"},
        ),
    ],
)
def test_an_typed_for_and(turns: tuple[str, ...], expect: dict) -> None:
    understood("owlstour", turns, {"start": expect})


def test_an_inside_quoted_copy_stays() -> None:
    understood(
        "owlstour",
        ("the ticket card should say 'an the night is young'",),
        {"start": {"scenes[role=cta].overlay.text": {"text": "an the night is young"}}},
    )


# relaydesk: hook "Still copy-pasting tickets?" (top, #FFFFFF); G2 card scenes[#3] (bottom); cta
# "14-day free trial · $12/seat/mo" (center, #22D3EE).
@pytest.mark.parametrize(
    ("turns", "expect"),
    [
        (
            ("Great. Would you mind moving the end card text to the top?",),
            {"scenes[role=cta].overlay.position": "top"},
        ),
        (
            ("what's on the G2 card right now?", "Brilliant! Could you pop its text up to the top?"),
            {"scenes[#3].overlay.position": "top"},
        ),
        (
            ("perfect, can you make the cta text white please",),
            {"scenes[role=cta].overlay.color": {"color": "white"}},
        ),
    ],
)
def test_praise_then_a_polite_request(turns: tuple[str, ...], expect: dict) -> None:
    understood("relaydesk", turns, {"start": expect})


def test_praise_then_a_real_question_changes_nothing() -> None:
    reply = changes_nothing("relaydesk", "Lovely! Can you tell me what the end card says?")
    assert "14-day free trial" in reply
