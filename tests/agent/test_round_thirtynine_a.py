"""Round thirty-nine a: dev27's multi, typo and edit tail.

1. Items numbered in brackets on one line ("(1) hook red, (2) music at 40%") are items as
   "1) … 2) …" are (:func:`adgen.agent.understanding.splitter.lines`); the first item was lost.
   Bracketed numbers that do not count 1, 2, … in order are left alone. A preamble before them
   ("two quick ones: 1) …") no longer hides the items ("1) hours card" had become 1 second).
2. A text named by what it is ("apply link", "salary", "the hours") without "the", after "and",
   "+", "&" or a comma, is the scene that shows it (:mod:`adgen.agent.understanding.content_kinds`):
   "closing card yellow and salary a bit bigger" had grown the closing card's text.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

understood = partial(held_out_run.understood, starts="dev27", case_id="r39a")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev27")

# muddypaws: hook "Muddy pup?" (top, 72, white); scenes[#2] price card (bottom, 52); scenes[#3]
# hours card "Open Tue–Sat 9am–5pm" (bottom, 52); cta "Book at muddypaws.co.uk" (center, 64,
# #DB2777); music bouncy ukulele at 0.7.


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "(1) make the hook text red, (2) set the music volume to 40%",
            {"scenes[role=hook].overlay.color": {"color": "red"}, "audio.volume": 0.4},
        ),
        (
            "two quick ones: (1) hours card to the top (2) music volume 30%",
            {"scenes[#3].overlay.position": "top", "audio.volume": 0.3},
        ),
        (
            "(1) hook text yellow (2) music quieter (3) the booking text at the top",
            {
                "scenes[role=hook].overlay.color": {"color": "yellow"},
                "audio.volume": {"shrink": "any"},
                "scenes[role=cta].overlay.position": "top",
            },
        ),
    ],
)
def test_items_numbered_in_brackets(text: str, expect: dict) -> None:
    understood("muddypaws", (text,), {"start": expect})


def test_bracketed_numbers_out_of_order_are_no_list() -> None:
    """Numbers that do not count 1, 2 in order are not read as items: the copy keeps its brackets."""
    understood(
        "muddypaws",
        ("make the hook say (2) dogs, (1) bath",),
        {"start": {"scenes[role=hook].overlay.text": "(2) dogs, (1) bath"}},
    )


# harbour: scenes[#2] salary "£28–32k · 4 days a week" (bottom, 56); scenes[#3] "Closing date 14
# March · no agencies" (bottom, 48, white); cta "Apply at harbourcare.co.uk" (center, 64).


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "the closing date card in white + salary a little bigger",
            {"scenes[#2].overlay.fontSize": {"grow": "bit"}},
        ),
        (
            "hook text yellow and apply link bigger",
            {
                "scenes[role=hook].overlay.color": {"color": "yellow"},
                "scenes[role=cta].overlay.fontSize": {"grow": "any"},
            },
        ),
        (
            "closing date in yellow & salary at the top",
            {"scenes[#3].overlay.color": {"color": "yellow"}, "scenes[#2].overlay.position": "top"},
        ),
    ],
)
def test_a_bare_kind_after_and(text: str, expect: dict) -> None:
    understood("harbour", (text,), {"start": expect})
