"""Round thirty-eight a: dev27's mixed turns, questions about what the ad shows
(:mod:`adgen.agent.understanding.content_kinds`, :mod:`seen_complaints`, :mod:`text_parts`).

1. A question about what the words show ("what price is on there?") remembers the one scene the
   answer quotes: "that card", "that one" next mean it (they had changed the whole ad).
2. "those hours", "that price", "the booking link", "apply link": the text of the one scene that
   shows them, for a colour or a place on screen (the link's colour had set the palette; "those
   hours to the top" had moved every text).
3. "the closing date card": the card that shows a date, never the closing card.
4. Colours that look off, put down to the marketer's own screen: nothing changes.
5. "how much does the ad say X is?", "what pass rate did we put on it", "remind me what salary
   is on the card?": answered from the scenes' words.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev27", case_id="r38a")
_verdict = partial(held_out_run.verdict, starts="dev27", case_id="r38a")

# dev27 starts. kerbside: 2 showcase "First lesson £20 · 92% pass rate" white; 4 cta "Book on
# 07700 900318" #1D4ED8. muddypaws: 2 "Full groom from £35 · small dogs"; 3 "Open Tue–Sat 9am–5pm"
# bottom; 4 cta "Book at muddypaws.co.uk" #DB2777 center. harbour: 2 "£28–32k · 4 days a week";
# 3 "Closing date 14 March · no agencies" 4 s; 4 cta "Apply at harbourcare.co.uk" #EA580C, 4 s.


@pytest.mark.parametrize(
    ("start", "turns", "expect"),
    [
        (
            "kerbside",
            ("which price is shown on there?", "make that card's writing red"),
            {"scenes[#2].overlay.color": "#FF0000"},
        ),
        (
            "muddypaws",
            ("what hours are on the ad?", "ok that one bigger please"),
            {"scenes[#3].overlay.fontSize": {"grow": "any"}},
        ),
        (
            "harbour",
            ("what date is shown?", "put that card's text in white... no, green"),
            {"scenes[#3].overlay.color": "#008000"},
        ),
    ],
)
def test_the_card_an_answer_quoted_is_that_card(start: str, turns: tuple[str, ...], expect: dict) -> None:
    _understood(start, turns, {"start": expect})


@pytest.mark.parametrize(
    ("start", "turns", "expect"),
    [
        (
            "muddypaws",
            ("ok those hours to the top please",),
            {"scenes[#3].overlay.position": "top"},
        ),
        ("muddypaws", ("shift the opening hours to the top",), {"scenes[#3].overlay.position": "top"}),
        ("kerbside", ("that price in yellow",), {"scenes[#2].overlay.color": "#FFFF00"}),
        ("harbour", ("the job link should be white",), {"scenes[#4].overlay.color": "#FFFFFF"}),
        (
            "muddypaws",
            ("my manager says make the booking link green",),
            {"scenes[#4].overlay.color": "#008000"},
        ),
        ("harbour", ("website text in black please",), {"scenes[#4].overlay.color": "#000000"}),
    ],
)
def test_a_kind_of_words_names_its_text(start: str, turns: tuple[str, ...], expect: dict) -> None:
    _understood(start, turns, {"start": expect})


def test_a_link_two_cards_show_changes_nothing_it_was_not_asked() -> None:
    result = _verdict(
        "muddypaws", ("the website link in red",), {"start": {"scenes[#4].overlay.color": "#FF0000"}}
    )
    assert not result.verdict.wrong_edit, result.verdict.problems


@pytest.mark.parametrize(
    "text",
    [
        "the closing date card should stay up for 6 seconds",
        "closing date slide: 6 secs on screen",
    ],
)
def test_the_closing_date_card_is_the_card_showing_the_date(text: str) -> None:
    _understood("harbour", (text,), {"start": {"scenes[#3].durationSec": 6, "durationSec": 18}})


def test_the_closing_card_is_still_the_end_card() -> None:
    # (where another card says "Closing date …", which one is asked first: the lead at the merge)
    _understood(
        "harbour",
        ("the closing card 6 seconds please", "the last one"),
        {"start": {"scenes[#4].durationSec": 6, "durationSec": 18}},
    )


@pytest.mark.parametrize(
    "text",
    [
        "colors seem a bit dull on my laptop, prob just my screen tho",
        "watched it on the train and everything looked dark, must be my brightness",
        "the colours came out faded on my tablet, I had night mode on",
    ],
)
def test_colours_put_down_to_the_screen_change_nothing(text: str) -> None:
    reply = held_out_run.changes_nothing("harbour", text, starts="dev27")
    assert "screen" in reply


def test_colours_off_and_asked_for_anyway_are_not_the_screen_note() -> None:
    result = _verdict(
        "harbour",
        ("colours look dull on my phone, probably my screen, but boost them anyway",),
        {"start": "same_content"},
    )
    assert "your screen's settings" not in result.outcome.turns[0].reply


@pytest.mark.parametrize(
    ("start", "text", "said"),
    [
        ("muddypaws", "how much does the video say a full groom is?", "£35"),
        ("kerbside", "remind me, what success rate is on the ad?", "92%"),
        ("harbour", "tell me again what pay we put on there", "£28–32k"),
        ("kerbside", "what percentage did we put on it", "92%"),
    ],
)
def test_what_the_words_show_is_answered(start: str, text: str, said: str) -> None:
    result = _verdict(start, (text,), {"start": "same_content"})
    assert said in result.outcome.turns[0].reply and not result.outcome.turns[0].changed
