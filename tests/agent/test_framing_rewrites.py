"""Sign-offs, addresses, list markers and shorthand around a request are no part of it
(framing.py, normaliser.spelled_out); the rows the metamorphic check test_rewrites_hold_b.py found."""

from __future__ import annotations

import pytest
from parse_helpers import wires

from adgen.agent.understanding.framing import unframed
from adgen.agent.understanding.normaliser import spelled_out
from adgen.agent.understanding.quotes import mask_quotes, unmask


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("make the music softer. Thanks, Priya", "make the music softer."),
        ("cta text bigger\n\nKind regards,\nJonas Weber", "cta text bigger"),
        ("hook in teal\nCheers!\n-Ana", "hook in teal"),
        ("hook in teal\n— Ana", "hook in teal"),
        ("@studio-bot hide the logo in scene 2", "hide the logo in scene 2"),
        ("adgen: font Arial", "font Arial"),
        ("Dear all, kindly shorten the outro", "shorten the outro"),
        ("Good afternoon team! music off", "music off"),
        ("so basically the outro in black", "the outro in black"),
        ("Alright guys, trim the hook", "trim the hook"),
        ("PS: mute the music", "mute the music"),
        ("Tiny tweak: hook in teal", "hook in teal"),
        ("• trim the outro", "trim the outro"),
        ("2) trim the outro", "trim the outro"),
        ("hook in teal rn", "hook in teal"),
        ("hook in teal, thanks a bunch x", "hook in teal"),
        ("hook in teal (ty!)", "hook in teal"),
        ("hook in teal, no rush", "hook in teal"),
        ("hook in teal, lmk if any issues", "hook in teal"),
        ("font Arial..", "font Arial"),
        ("tagline 'Calm mornings'…", "tagline 'Calm mornings'"),
    ],
)
def test_the_framing_comes_off_and_the_request_stays(text: str, wanted: str) -> None:
    masked, quotes = mask_quotes(text)
    assert unmask(unframed(masked), quotes) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "- 5 seconds on the hook",  # a dash before a number may be a minus
        "1) hook red 2) cta blue",  # a numbered list keeps its numbers
        "the end card should say: Thank you",  # the courtesy is all of the copy
        "the cta should say: Thanks, Maria",  # a sign-off only after a sentence or line ends
        "make the hook say 'Best shoes ever' — Maria",  # inline, a name may be a testimonial's
        "thanks, Maria",  # all framing: still a thank-you
    ],
)
def test_what_may_be_the_request_stays(text: str) -> None:
    masked, _ = mask_quotes(text)
    assert unframed(masked) == masked


def test_shorthand_and_curly_apostrophes_are_written_out_but_not_in_copy() -> None:
    assert spelled_out("one w/ a red cta, one w/o music") == "one with a red cta, one without music"
    assert spelled_out("the hook doesn’t pop") == "the hook doesn't pop"
    assert spelled_out("the cta should say: Don’t wait w/ it") == "the cta should say: Don’t wait w/ it"


def test_framed_and_shorthand_requests_read_as_plain_ones() -> None:
    assert wires("Hi adgen,\n\nswap scenes 2 n 3\n\nBest,\nLea") == wires("swap scenes 2 and 3")
    assert wires("hook background: a beach w/ palm trees") == wires(
        "hook background: a beach with palm trees"
    )
    assert wires("the music doesn’t fit, it’s too upbeat") == wires("the music doesn't fit, it's too upbeat")
    assert wires("no captions & turn the voice off") == wires("no captions and turn the voice off")
    assert wires("Small change: make the cta say 'Order today'") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Order today"}
    ]
