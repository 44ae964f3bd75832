"""Round thirty-three d: conditions with a request after them, and a picture named by the
product's noun in a message with a size elsewhere (:mod:`adgen.agent.understanding.conditionals`,
:mod:`adgen.agent.understanding.own_product_photo`).

1. A length condition whose fix names the length ("if the hook is under 3 s make it 3", "if the
   showcase runs over 6 seconds, trim it to 6") and another request after it: the condition is
   checked on the ad, the rest is done either way; a false condition changes nothing and says so.
2. "if it's over 3 s cut it to 3" right after asking how long one scene is: that scene (no ad is
   3 s long).
3. "box shot to 6 s and the code card text bigger": "bigger" is the code card's; the box shot is
   the scene showing the box, never the product (read as the product, the 6 s became the ad's).
4. Near misses: a fix going against its condition changes nothing; a false condition alone
   changes nothing and says why.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest
from parse_helpers import asks, only, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message

understood = partial(held_out_run.understood, starts="dev24", case_id="r33d")

# basic_project: 15 s; hook 4 s (white "Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8.


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "if the showcase runs over 6 seconds, trim it to 6, and make the cta text white",
            {"durationSec": 14.0, "scene_2__durationSec": 6.0, "scene_3__overlay__color": "#FFFFFF"},
        ),
        (
            "if the cta's shorter than 5 s make it 5; also put the hook text at the bottom",
            {"durationSec": 16.0, "scene_3__durationSec": 5.0, "scene_1__overlay__position": "bottom"},
        ),
        (
            "if the showcase is longer than 5 s set it to 5 and move the cta text to the top",
            {"durationSec": 13.0, "scene_2__durationSec": 5.0, "scene_3__overlay__position": "top"},
        ),
    ],
)
def test_a_true_condition_and_the_rest(text: str, changes: dict[str, object]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "if the hook is under 3 s make it 3. Then move the cta text to the top",
            {"scene_3__overlay__position": "top"},
        ),
        ("if the cta runs over 6 seconds cut it to 6, and make the hook text white", {}),
    ],
)
def test_a_false_condition_changes_only_the_rest(text: str, changes: dict[str, object]) -> None:
    if changes:
        only(text, **changes)
        assert "so I left it" in (parse_message(text, basic_project()).answer or "")
    else:  # (the hook text is white already: nothing at all changes)
        only(text)


@pytest.mark.parametrize(
    ("start", "turns", "expect"),
    [
        (
            "crumbrose",
            ("how long is the showcase?", "if it's longer than 4 seconds bring it down to 4"),
            {"scenes[#2].durationSec": 4, "durationSec": "optional"},
        ),
        (
            "ironpeak",
            ("what length is the cta?", "if it's over 3 s trim it to 3"),
            {"scenes[role=cta].durationSec": 3, "durationSec": "optional"},
        ),
    ],
)
def test_it_after_asking_a_scene_length(
    start: str, turns: tuple[str, ...], expect: dict[str, object]
) -> None:
    understood(start, turns, {"start": expect})


def test_a_shot_named_by_the_product_with_a_size_in_another_clause() -> None:
    understood(
        "harvestbox",
        ("the box shot 7 s, and make the cta text a little smaller",),
        {
            "start": {
                "scenes[#2].durationSec": 7,
                "durationSec": "optional",
                "scenes[role=cta].overlay.fontSize": {"shrink": "any"},
            }
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "if the hook is over 2 s make it 5, and the cta text red",  # the fix goes against the condition
        "if the hook is under 3 s make it 3, please",  # false: nothing, and why
        "if the showcase is shorter than 5 seconds, make it 5",
    ],
)
def test_near_misses_change_nothing(text: str) -> None:
    unchanged(text)


# 5. "would it be possible to have the X …", "could we get the X …": "have"/"get" is "make"
@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("could we have the cta text a little smaller?", {"scene_3__overlay__fontSize": 63}),
        (
            "would it be possible to get the cta text in white and the music a bit quieter",
            {"scene_3__overlay__color": "#FFFFFF", "audio__volume": 0.7},
        ),
        ("can we have the showcase 5 seconds please", {"durationSec": 13.0, "scene_2__durationSec": 5.0}),
    ],
)
def test_have_after_a_polite_opener_is_make(text: str, changes: dict[str, object]) -> None:
    only(text, **changes)


def test_have_as_a_question_still_answers() -> None:
    unchanged("do we have the music louder than the voice?")


# 6. "the code card" with a code on one card and only "50% off" on another: the code's card
@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("the code card should say 'Use code SAVE30'", {"scenes[role=cta].overlay.text": "Use code SAVE30"}),
        ("promo code text in white please", {"scenes[role=cta].overlay.color": "#FFFFFF"}),
    ],
)
def test_the_code_is_the_card_showing_a_code(text: str, expect: dict[str, object]) -> None:
    understood("harvestbox", (text,), {"start": expect})


def test_an_offer_on_two_cards_is_still_asked() -> None:
    assert "which" in asks("the offer text bigger", held_out_run.start_project("harvestbox", "dev24")).lower()


# 7. what stays, said before or after the requests, is no request
@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "leave the 100% as it is; cta to 5 s and hook text at the bottom",
            {"durationSec": 16.0, "scene_3__durationSec": 5.0, "scene_1__overlay__position": "bottom"},
        ),
        (
            "make the cta text white, but keep the price exactly as written",
            {"scene_3__overlay__color": "#FFFFFF"},
        ),
    ],
)
def test_kept_things_are_no_request(text: str, changes: dict[str, object]) -> None:
    only(text, **changes)


def test_a_kept_scene_is_still_an_exception() -> None:
    only("make the hook 5 s, but leave the cta alone", durationSec=16.0, scene_1__durationSec=5.0)
