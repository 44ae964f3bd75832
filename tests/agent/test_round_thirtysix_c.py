"""Round thirty-six c: history in words, commercial songs, contrast of a kind of text, open briefs.

1. "change it back to before the colour change" after a colour then a length: the version from
   before the colour change (both taken back), never the last change alone
   (:mod:`adgen.agent.understanding.named_undo`).
2. A commercial song asked for by its title ("stick on Wonderwall by Oasis"): refused with a mood
   offered, never its title as on-screen words (:mod:`adgen.agent.understanding.named_songs`).
3. A text named by what it shows, lost against a dark background ("the phone number disappears
   into the dark background"): that text lighter, never the ad's lighting.
4. An open brief for a season's hours or a filing date ("an ad for our bank holiday opening
   times"): what the ad is for is asked; a vague answer asks again.
5. Near misses: a mood "as the music" (no song), words "by Friday" (no artist).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.named_songs import named_song

_understood = partial(held_out_run.understood, starts="dev26", case_id="r36c")
_verdict = partial(held_out_run.verdict, starts="dev26", case_id="r36c")


# --- 1. the version from before a named change ---------------------------------------------------


@pytest.mark.parametrize(
    "back",
    [
        "change it back to how it was before the colour change",
        "set things back to before the colour change please",
        "can you put it all back how it was before the color change",
    ],
)
def test_back_to_before_the_colour_change(back: str) -> None:
    _understood(
        "thornfield", ("order card text white", "market card 5 seconds", back), {"start": "same_content"}
    )


def test_named_change_kept_is_not_undone() -> None:
    result = _verdict(
        "thornfield",
        ("order card text white", "market card 5 seconds", "put it back how it was"),
        {"start": {"scenes[#4].overlay.color": "#FFFFFF"}},
    )
    assert not result.verdict.wrong_edit, result.verdict.problems


# --- 2. a song by its title ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "stick on Wonderwall by Oasis please",
        "could we put Don't Stop Me Now by Queen under it",
        "I'd love “Walking on Sunshine” as the soundtrack",
        "can it have Mr Blue Sky for the music",
    ],
)
def test_song_by_title_is_refused(text: str) -> None:
    result = _understood("thornfield", (text, "oh well, keep it as it is"), {})
    reply = result.outcome.turns[0].reply
    assert "licensed" in reply and "mood" in reply, reply


@pytest.mark.parametrize(
    "text",
    ["use calm piano as the music", "add Order by Friday to the cta", "make the hook say 'Made by Hand'"],
)
def test_no_song_without_a_title_and_artist(text: str) -> None:
    assert named_song(text) is None


# --- 3. a kind of text lost against a dark background ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the phone number kind of melts into the dark background",
        "the phone number disappears into the black backdrop",
        "the phone number blends into the background",
    ],
)
def test_phone_number_lost_on_dark(text: str) -> None:
    result = _verdict(
        "hartley",
        (text,),
        {
            "any_of": [
                {"start": {"scenes[role=cta].overlay.color": {"color": ["white", "yellow"]}}},
                {"asked": {"matches": ["colou?r|white|black|bigger"]}},
            ]
        },
    )
    assert result.verdict.understood and not result.verdict.wrong_edit, result.verdict.problems


# --- 4. open briefs: a season's hours, a filing date ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "make an ad for our bank holiday opening times",
        "can you do us a video for the self-assessment deadline",
        "need a promo for our new year closing hours",
    ],
)
def test_open_brief_for_hours_or_a_deadline_asks(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question and turn.brief is None and not turn.operations, (text, turn)


def test_vague_answer_keeps_the_question_open() -> None:
    result = _verdict(
        None,
        ("could you make an ad for our bank holiday hours", "no idea tbh, whatever you think mate"),
        {"asked": {"matches": ["what|which|name|sell"]}},
    )
    assert not result.verdict.wrong_edit, result.verdict.problems
    assert "?" in result.outcome.turns[1].reply


def test_open_brief_with_a_subject_is_made() -> None:
    turn = parse_message("make an ad for Hartley Motors' Christmas opening hours", None)
    assert turn.brief is not None or turn.question, turn
