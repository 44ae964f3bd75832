"""Round thirty-five d: the agent corrected, and questions about the ad and its versions (dev25).

1. An edit that went too wide, corrected by naming the text meant: the change taken back from
   every scene and made on the one named (the "which scene?" gate had read the taking back as a
   new edit of every scene; :func:`adgen.agent.understanding.agent_corrections.without_taken_back`).
2. "not the hook, I said …" when the last change never touched the hook: where it went is said,
   and nothing changes (:func:`~adgen.agent.understanding.agent_corrections.untouched_place`).
3. "no the other one, the cta", "that's not what I said, the cta", "not the hook, I said the
   cta": the last change moved (:mod:`adgen.agent.understanding.put_back`).
4. "the hook text" / "not the price, the hook" after "the text or the product?": that scene only.
5. A question comparing a part of two versions: answered from both, no switch, no edit.
6. "what call-out fee does the ad show?": the text that shows it; "how many cards …": the count.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

understood = partial(held_out_run.understood, starts="dev25", case_id="r35d")
verdict = partial(held_out_run.verdict, starts="dev25", case_id="r35d")

# littleowls: hook "Play days are back" (68, white); showcase "Ages 3-5 yrs · groups of up to 12"
# (52, white, product shown); social proof "Parties from £95 · 2 hours" (52, white); cta "Book at
# littleowls.co.uk" (64, #7C3AED, product shown).
# riverrun: hook "Run the river" (72); showcase "10k · Sun 14 June · 9am start" (56); social proof
# "Bib collection Sat 10am–4pm" (50); cta "Enter at riverrun10k.org"; a version B whose hook reads
# "Your first 10k starts here".
# fixflow: hook "Burst pipe? We're on our way" (top); showcase "24/7 callout · £49 call-out fee";
# social proof "Gas Safe registered · free quotes"; cta "Call 0800 048 1100" (center).


# --- 1. a change to every text, corrected to one ----------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "field", "expect"),
    [
        ("turn the text green", "no, I meant the ages text", "color", {"color": "green"}),
        ("make the text yellow", "sorry, I meant the parties text", "color", {"color": "yellow"}),
        ("text to the top please", "no no, I meant the ages text", "position", "top"),
    ],
)
def test_every_text_changed_then_one_named(first: str, second: str, field: str, expect: object) -> None:
    scene = "#3" if "parties" in second else "#2"
    understood("littleowls", (first, second), {"start": {f"scenes[{scene}].overlay.{field}": expect}})


# --- 2. the place said to be wrong was never touched -------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "not the hook, I said the cta",
        "no, not the cta. the bib card",
        "I meant the bib card, not the hook",
    ],
)
def test_a_correction_of_a_place_never_changed_changes_nothing_more(second: str) -> None:
    result = understood(
        "riverrun",
        ("make the sun 14 june text bigger", second),
        {"start": {"scenes[#2].overlay.fontSize": {"grow": "any"}}},
    )
    reply = result.outcome.turns[1].reply
    assert "didn't change" in reply and "scene 2" in reply
    assert not result.outcome.turns[1].changed


# --- 3. the other one, named ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "no the other one, the cta",
        "that's not what I said, the cta",
        "not the hook, I said the cta",
        "nope, not the hook; I meant the cta",
    ],
)
def test_the_last_change_moved_to_the_place_named(second: str) -> None:
    understood(
        "fixflow",
        ("put the hook words at the bottom", second),
        {"start": {"scenes[#4].overlay.position": "bottom"}},
    )


# --- 4. an answer naming a scene picks the option for it only ---------------------------------------


@pytest.mark.parametrize("answer", ["the hook text", "not the price, the hook", "just the hook one"])
def test_text_or_product_answered_with_a_scene(answer: str) -> None:
    understood(
        "littleowls",
        ("a bit bigger please", answer),
        {"start": {"scenes[#1].overlay.fontSize": {"grow": "any"}}},
    )


def test_text_or_product_answered_with_a_scene_showing_both_changes_nothing() -> None:
    result = verdict("littleowls", ("bigger please", "the cta"), {"start": "same_content"})
    assert result.verdict.understood and not any(t.changed for t in result.outcome.turns), (
        result.verdict.problems
    )


# --- 5. two versions compared ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("is A's hook shorter than B's?", "Yes"),
        ("B's cta — bigger or smaller than A's?", "same size"),
        ("is the hook longer in B than in the original?", "Yes"),
    ],
)
def test_versions_compared_without_a_switch(question: str, word: str) -> None:
    result = understood("riverrun", (question,), {"start": "same_content", "active": "start"})
    reply = result.outcome.turns[0].reply
    assert word in reply and "Your first 10k starts here" in reply or word in reply and "CTA" in reply
    assert not result.outcome.turns[0].changed


# --- 6. what the ad shows, and how many cards ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what's the call-out fee on the video?",
        "which callout fee does it show?",
        "what fee does the advert list?",
    ],
)
def test_what_the_ad_shows_by_its_words(question: str) -> None:
    result = understood("fixflow", (question,), {"start": "same_content"})
    assert "£49" in result.outcome.turns[0].reply


@pytest.mark.parametrize("question", ["how many cards does it have?", "how many cards are in it?"])
def test_how_many_cards(question: str) -> None:
    result = understood("fixflow", (question,), {"start": "same_content"})
    assert "4" in result.outcome.turns[0].reply


def test_a_word_no_text_shows_is_not_answered_with_a_text() -> None:
    result = understood("fixflow", ("what discount does the ad show?",), {"start": "same_content"})
    assert "says “" not in result.outcome.turns[0].reply
