"""Round thirty-two b: dev23's intensity and variant classes, in my own words.

1. The volume to an extreme said loosely ("turn the music right up": the maximum; "music just a
   whisper please": much quieter); the complaint "the music's a whisper" never makes it quieter.
2. The product named by its own noun and its picture ("trainers photo a bit bigger"): the
   product, never a text; the noun read from a brief that names a colour after it ("… trail shoe in
   olive" is a shoe).
3. A version named by its market or its occasion with no article ("US cut: …", "dupe it for
   our Leeds gig"): a new version, the original untouched.
4. A variant's voice-over line said beside its other changes ("… and the voice on it saying
   '…'"): that scene's spoken line, never its on-screen words.
5. A teeny amount with a bare direction ("volume a teeny bit down", "music a wee bit up"): the
   smallest step.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import held_out_run
import pytest

from adgen.agent.understanding.product_words import product_nouns

_run = partial(held_out_run.verdict, starts="dev23", case_id="r32b")
understood = partial(held_out_run.understood, starts="dev23", case_id="r32b")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev23")
project = partial(held_out_run.start_project, starts="dev23")


# --- 1. the volume to an extreme said loosely ----------------------------------------------------


@pytest.mark.parametrize("text", ["turn the music right up", "whack the volume right up, it's a party"])
def test_right_up_is_the_maximum(text: str) -> None:
    understood("lotus", (text,), {"start": {"audio.volume": 1.0}})


def test_right_up_after_a_question_about_the_volume() -> None:
    understood("owlstour", ("how loud is the music?", "pump it right up"), {"start": {"audio.volume": 1.0}})


@pytest.mark.parametrize("text", ["music just a whisper please", "the track barely there please, a murmur"])
def test_a_whisper_asked_for_is_much_quieter(text: str) -> None:
    understood("lotus", (text,), {"start": {"audio.volume": {"shrink": "much"}}})


def test_a_whisper_complained_of_is_never_quieter() -> None:
    result = _run("lotus", ("the music's a whisper",), {"start": "same_content"})
    assert not result.verdict.wrong_edit, result.verdict.problems


# --- 2. the product named by its own noun and its picture ------------------------------------------


def test_a_brief_with_a_colour_after_the_product_names_it() -> None:
    assert "shoe" in product_nouns(project("trailshoe"))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("trainers photo a bit bigger", {"scenes[#2].product.scale": {"grow": "bit"}}),
        ("the shoe image slightly smaller", {"scenes[#2].product.scale": {"shrink": "bit"}}),
        ("put the shoe pic on the left", {"scenes[#2].product.position": "left"}),
    ],
)
def test_the_products_own_picture_is_the_product(text: str, expect: dict[str, Any]) -> None:
    understood("trailshoe", (text,), {"start": expect})


# --- 3. a version named by its market or occasion ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["US cut: hook 'Where did your money go?'", "Australian version please, hook 'Where did your money go?'"],
)
def test_a_market_version_changes_only_the_copy(text: str) -> None:
    understood(
        "budgetapp",
        (text,),
        {
            "start": "same_content",
            "created": [
                {
                    "kind": "variant",
                    "changes": {"scenes[#1].overlay.text": {"text": "Where did your money go?"}},
                }
            ],
        },
    )


def test_a_copy_for_an_occasion_takes_the_next_change() -> None:
    understood(
        "owlstour",
        ("dupe it for our Leeds gig", "in the new one the hook says 'Leeds, are you ready?'"),
        {
            "start": "same_content",
            "created": [
                {"kind": "variant", "changes": {"scenes[#1].overlay.text": {"text": "Leeds, are you ready?"}}}
            ],
        },
    )


def test_the_market_version_that_exists_is_never_a_new_one() -> None:
    changes_nothing("budgetapp", "the UK version should say 'Hi'")


# --- 4. a variant's voice-over line beside its other changes -----------------------------------------


def test_the_voice_on_a_card_is_its_spoken_line() -> None:
    understood(
        "taskly",
        ("a B for agencies: end card 'Talk to sales' and the voice on it saying 'Talk to our sales team.'",),
        {
            "start": "same_content",
            "created": [
                {
                    "kind": "variant",
                    "changes": {
                        "scenes[role=cta].overlay.text": {"text": "Talk to sales"},
                        "scenes[role=cta].voiceover.text": {"text": "Talk to our sales team."},
                    },
                }
            ],
        },
    )


def test_a_voice_with_no_scene_asks_never_writes_the_screen() -> None:
    result = _run(
        "taskly",
        ("a variant: end card 'Talk to sales' and the voiceover saying 'Talk to our sales team.'",),
        {"start": "same_content"},
    )
    assert not result.verdict.wrong_edit, result.verdict.problems


# --- 5. a teeny amount with a bare direction --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "way"), [("volume a teeny bit down", "shrink"), ("music a wee bit up", "grow")]
)
def test_a_teeny_bit_is_the_smallest_step(text: str, way: str) -> None:
    understood("relaydesk", (text,), {"start": {"audio.volume": {way: "bit"}}})
