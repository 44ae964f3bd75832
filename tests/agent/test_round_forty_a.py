"""Round forty a: dev28's follow-up and mixed tail (wrong edits first).

1. A request taken back in the same message ("hook text blue... actually never mind") changes
   nothing (:mod:`adgen.agent.understanding.self_cancelled`); it had applied the request.
2. A number word alone as a correction of the last value ("no, nine", "make that twelve") is
   that value, as digits were ("no, seven" had been the help text: the 6 stayed).
3. A step of so many pixels or seconds after a size or length change ("another 10px", "15 px
   smaller", "2 seconds longer") is added to the value now; "20px more" had set the size to 20.
4. "too much now, back off a bit", "overdid it, pull it back a touch" after a change: part of it
   taken back (it had made the music calm).
5. "go back to before either of those", "take both of those back": the last two requests undone
   (only the last one had been).
6. "the survey number", "the appointments number": the phone number's text (it had recoloured the
   palette).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

understood = partial(held_out_run.understood, starts="dev28", case_id="r40a")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev28")

# brightsight: hook "Squinting at the menu?" (top, 66, white, 3 s); scenes[#2] eye test (bottom, 50,
# 5 s); scenes[#3] hearing aids (bottom, 52, 4 s); cta "Call 0161 496 0732" (center, 64, #059669);
# music light piano at 0.6.


@pytest.mark.parametrize(
    "text",
    [
        "hook text blue... actually never mind",
        "make the music quieter - wait, scratch that",
        "cta at the top. no, forget it",
        "hearing card shorter, hmm no hold on, ignore that please",
    ],
)
def test_request_taken_back_in_the_same_message(text: str) -> None:
    changes_nothing("brightsight", text)


def test_taken_back_then_a_new_request_still_reads_the_new_one() -> None:
    understood(
        "brightsight",
        ("make the hook red, no wait, make it blue",),
        {"start": {"scenes[role=hook].overlay.color": {"color": "blue"}}},
    )


@pytest.mark.parametrize(
    ("turns", "expect"),
    [
        (("hook five seconds", "no, six"), {"scenes[role=hook].durationSec": 6, "durationSec": 19}),
        (("make the cta text size 70", "make that eighty"), {"scenes[role=cta].overlay.fontSize": 80}),
        (("hearing card 6 seconds", "sorry, I meant five"), {"scenes[#3].durationSec": 5, "durationSec": 17}),
    ],
)
def test_number_word_corrects_the_last_value(turns: tuple[str, ...], expect: dict) -> None:
    understood("brightsight", turns, {"start": expect})


@pytest.mark.parametrize(
    ("turns", "expect"),
    [
        (("hook text size 70", "another 10px"), {"scenes[role=hook].overlay.fontSize": 80}),
        (("cta text size 80", "15 px smaller"), {"scenes[role=cta].overlay.fontSize": 65}),
        (("hook 4 seconds", "2 seconds longer"), {"scenes[role=hook].durationSec": 6, "durationSec": 19}),
        (("make the hook text 70", "add 12 pixels"), {"scenes[role=hook].overlay.fontSize": 82}),
    ],
)
def test_a_step_of_pixels_or_seconds_after_a_change(turns: tuple[str, ...], expect: dict) -> None:
    understood("brightsight", turns, {"start": expect})


def test_a_pixel_step_after_a_music_change_is_not_a_volume() -> None:
    result = held_out_run.verdict(
        "brightsight", ("music quieter", "20px more"), {"start": {"audio.volume": {"shrink": "any"}}}, "dev28"
    )
    held_out_run.assert_understood(result)


@pytest.mark.parametrize(
    "second",
    ["too much now, back off a bit", "overdid it, pull it back a touch", "whoa too far, ease off a bit"],
)
def test_too_much_after_a_change_takes_part_of_it_back(second: str) -> None:
    understood("brightsight", ("music louder", second), {"start": {"audio.volume": {"grow": "bit"}}})


@pytest.mark.parametrize(
    "third",
    [
        "go back to before either of those",
        "take both of those back",
        "revert to the one from this morning, before both of those",
    ],
)
def test_back_to_before_either_of_the_last_two(third: str) -> None:
    understood("brightsight", ("hook text red", "cta at the top", third), {"start": "same_content"})


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("appointments number in yellow", {"scenes[role=cta].overlay.color": {"color": "yellow"}}),
        ("the reservations number a bit bigger", {"scenes[role=cta].overlay.fontSize": {"grow": "any"}}),
    ],
)
def test_number_named_by_what_it_books_is_the_phone_text(text: str, expect: dict) -> None:
    """Words before "number" that say what the call is for: the phone number's text (6.)."""
    understood("brightsight", (text,), {"start": expect})


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("the landline could be a touch bigger", {"scenes[role=cta].overlay.fontSize": {"grow": "any"}}),
        ("make the helpline red", {"scenes[role=cta].overlay.color": {"color": "red"}}),
    ],
)
def test_landline_alone_is_the_phone_text(text: str, expect: dict) -> None:
    """ "the landline", "the helpline" without "number": the phone number's text (6.)."""
    understood("brightsight", (text,), {"start": expect})
