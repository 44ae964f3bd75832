"""Round thirty-three b: dev24's typos, autocorrect slips and dictation homophones, in my own words.

1. A misspelt card before its text ("delivery crad txt bigger"): that card, read before the scene
   is looked for.
2. A scene named by a word of the ad one slip off ("the boz shot a bit longer" with a box shown).
3. Autocorrect's real words where they make no sense: "end cart text" (the card), "that cat should
   read …" (the CTA), "volume a little louver" (louder); "lowder" for the music is louder, unless
   the message calls it loud already.
4. "Reels" heard as "reals" where a place to post is meant; a bare "for reals?" stays slang.
5. "nobody can raed it": read, never the colour red.
"""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

from adgen.agent.understanding.slipped_parts import parts_unslipped

_run = partial(held_out_run.verdict, starts="dev24", case_id="r33b")
understood = partial(held_out_run.understood, starts="dev24", case_id="r33b")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev24")
project = partial(held_out_run.start_project, starts="dev24")


# --- 1. a misspelt card before its text ------------------------------------------------------------


def test_a_misspelt_card_by_its_words() -> None:
    understood(
        "harvestbox",
        ("delivery crad txt bigger",),
        {"start": {"scenes[#3].overlay.fontSize": {"grow": "any"}}},
    )


def test_a_misspelt_card_by_what_it_offers() -> None:
    understood(
        "crumbrose",
        ("the tasting cadr text white",),
        {"start": {"scenes[role=cta].overlay.color": "#FFFFFF"}},
    )


# --- 2. a scene named by a word of the ad, one slip off ------------------------------------------


@pytest.mark.parametrize("text", ["the boz shot a bit longer", "that vbox scene needs to be longer"])
def test_a_shown_word_one_slip_off(text: str) -> None:
    understood(
        "harvestbox",
        (text,),
        {"start": {"scenes[#2].durationSec": {"grow": "any"}, "durationSec": "optional"}},
    )


def test_an_unknown_word_near_no_shown_word_asks() -> None:
    reply = changes_nothing("harvestbox", "the zqx shot needs to be longer")
    assert "which scene" in reply.lower()


# --- 3. autocorrect's real words ------------------------------------------------------------------


def test_the_end_cart_is_the_end_card() -> None:
    understood(
        "harvestbox",
        ("end cart text bigger",),
        {"start": {"scenes[role=cta].overlay.fontSize": {"grow": "any"}}},
    )


def test_the_cat_should_read_is_the_cta() -> None:
    understood(
        "crumbrose",
        ("that cat should read 'Taste it first'",),
        {"start": {"scenes[role=cta].overlay.text": {"text": "Taste it first"}}},
    )


@pytest.mark.parametrize("text", ["volume a little louver", "the music lowder please"])
def test_louver_and_lowder_for_the_music_are_louder(text: str) -> None:
    understood("ironpeak", (text,), {"start": {"audio.volume": {"grow": "any"}}})


def test_lowder_when_it_is_too_loud_is_never_louder() -> None:
    result = _run("harvestbox", ("music is way too loud, lowder",), {"start": "same_content"})
    assert not result.verdict.wrong_edit, result.verdict.problems


def test_a_cart_the_ad_shows_stays_a_cart() -> None:
    ad = project("harvestbox")
    ad.scenes[3].overlay.text = "Add to cart"
    assert parts_unslipped("end cart text bigger", ad) == "end cart text bigger"


def test_a_cat_without_a_text_stays_a_cat() -> None:
    assert parts_unslipped("the cat is cute", project("crumbrose")) == "the cat is cute"


# --- 4. "reals" -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("is this set up for reals?", "is this set up for Reels?"),
        ("posting it on insta reals", "posting it on insta Reels"),
        ("we need reals and tiktok", "we need Reels and tiktok"),
    ],
)
def test_reals_where_a_place_to_post_is_meant(said: str, read: str) -> None:
    assert parts_unslipped(said, project("ironpeak")) == read


def test_made_for_reals_answers_the_format() -> None:
    result = _run("ironpeak", ("is this one made for reals?",), {"start": "same_content"})
    assert "reels" in result.outcome.turns[0].reply.lower(), result.outcome.turns[0].reply


def test_a_bare_for_reals_is_slang() -> None:
    assert parts_unslipped("for reals?", project("ironpeak")) == "for reals?"


# --- 5. "raed" is read ---------------------------------------------------------------------------


def test_nobody_can_raed_it_never_makes_it_red() -> None:
    understood(
        "crumbrose",
        ("hook txt bigger, nobdy can raed it",),
        {"start": {"scenes[role=hook].overlay.fontSize": {"grow": "any"}}},
    )
