"""Round thirty-seven b: dev23's briefs, open briefs, variants, questions and refusals.

1. A new ad asked for with only its copy ("do me a 15 second one with '2 nights for 1' on it")
   asks what the ad is for; the answer completes it, and the copy is the ad's first words (a brief
   that names its business keeps the copy too, before it was dropped)
   (:mod:`adgen.agent.understanding.copy_only_requests`).
2. "Don't touch this one, it's live. Make a copy with …": the original kept, said before the
   request for a version, is no scene (:mod:`adgen.agent.understanding.live_original`).
3. "the end card should be 'Start your free trial today' as well" where it says "Start your free
   trial": the new words hold the old, so they replace them (no "add or replace?").
4. A product of a kind that carries its name ("our mobile game Tiny Kingdoms") names the brand.
5. "how long's the can scene?" is a question about its length; a refusal of a QR code says "QR code".
6. Near misses: copy that names the business is a brief; "don't touch this one" before an edit
   that asks for no version makes no version.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

from adgen.agent.understanding import parse_message

understood = partial(held_out_run.understood, starts="dev23", case_id="r37b")
verdict = partial(held_out_run.verdict, starts="dev23", case_id="r37b")

# relaydesk: hook "Still copy-pasting tickets?"; "New: Slack + Jira integrations"; social proof
# "G2 Leader · Fall 2026 · 4.7/5"; cta "14-day free trial · $12/seat/mo".
# budgetapp: cta "Start your free trial".


@pytest.mark.parametrize(
    "text",
    [
        "can you do me a 20 second one with 'Kids eat free' on it",
        "make a short one saying 'half price all weekend'",
        "need an ad that says 'Buy one get one free'",
        "a 10s video with the line '3 for 2 on everything' on screen please",
    ],
)
def test_a_new_ad_with_only_its_copy_asks_what_it_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question and "what is the ad for" in turn.question.lower(), (text, turn)
    assert turn.brief is None and not turn.operations, text


def test_the_answer_completes_it_and_keeps_the_copy() -> None:
    understood(
        None,
        ("can you do me a 20 second one with 'Kids eat free' on it", "it's for the Seaview Hotel"),
        {
            "created": [
                {
                    "kind": "brief",
                    "fields": {
                        "durationSec": 20,
                        "brand.name": {"contains": "Seaview Hotel"},
                        "scenes[role=hook].overlay.text": {"equals": "Kids eat free"},
                    },
                }
            ]
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "15 second ad for Harbour Inn with '2 nights for 1' on it",
        "a 15s promo for Harbour Inn saying '2 nights for 1'",
    ],
)
def test_a_named_brief_keeps_its_placed_copy(text: str) -> None:
    understood(
        None,
        (text,),
        {
            "created": [
                {
                    "kind": "brief",
                    "fields": {
                        "durationSec": 15,
                        "brand.name": {"equals": "Harbour Inn"},
                        "scenes[role=hook].overlay.text": {"equals": "2 nights for 1"},
                    },
                }
            ]
        },
    )


def test_near_miss_copy_naming_the_business_is_a_brief_not_a_question() -> None:
    turn = parse_message("make a 15s ad saying 'Fresh bread daily at Crumb Bakery'", None)
    assert turn.brief is not None and turn.question is None


def test_near_miss_a_cta_quote_is_no_hook() -> None:
    turn = parse_message("15s ad for Harbour Inn, CTA with the text 'Book now'", None)
    assert turn.brief is not None and turn.brief.cta_text == "Book now"
    assert not turn.operations


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "leave this version alone, it's approved - new version with the hook 'Tabs, tamed'",
            {"scenes[role=hook].overlay.text": {"text": "Tabs, tamed"}},
        ),
        (
            "keep this one as is (the client signed it off). Variant with the G2 card saying 'Loved by 900 teams'",
            {"scenes[#3].overlay.text": {"text": "Loved by 900 teams"}},
        ),
        (
            "don't change the original, it's running. make a copy where the cta is yellow",
            {"scenes[role=cta].overlay.color": {"color": "yellow"}},
        ),
    ],
)
def test_the_original_kept_before_a_copy_request_is_no_scene(text: str, expect: dict) -> None:
    understood(
        "relaydesk", (text,), {"start": "same_content", "created": [{"kind": "variant", "changes": expect}]}
    )


def test_near_miss_kept_lead_without_a_version_makes_no_version() -> None:
    result = verdict(
        "relaydesk", ("don't touch this one, it's live. what does the hook say?",), {"start": "same_content"}
    )
    assert not result.outcome.turns[0].changed
    assert result.outcome.turns[0].reply  # (it asks; no version is made)
    assert not result.outcome.turns[0].operations


@pytest.mark.parametrize(
    "said",
    [
        "the cta should be 'Start your free trial now' too",
        "and the end card should say 'Start your free trial today' as well",
    ],
)
def test_new_words_holding_the_old_replace_them(said: str) -> None:
    new = said.split("'")[1]
    understood("budgetapp", (said,), {"start": {"scenes[role=cta].overlay.text": {"equals": new}}})


def test_near_miss_other_words_too_still_ask_add_or_replace() -> None:
    result = verdict("budgetapp", ("the cta should say 'No card needed' too",), {"start": "same_content"})
    assert not result.outcome.turns[0].changed
    assert "add" in result.outcome.turns[0].reply.lower()


@pytest.mark.parametrize(
    "text",
    [
        "make a 15s ad for our mobile game Tiny Kingdoms, playful",
        "20 second ad for my podcast Night Shift (new episode every Monday), moody",
    ],
)
def test_a_named_product_of_a_kind_is_the_brand(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None
    assert turn.brief.brand_name in ("Tiny Kingdoms", "Night Shift"), turn.brief.brand_name


def test_how_longs_a_scene_answers_its_length() -> None:
    result = verdict("soda", ("how long's the hook?",), {"start": "same_content"})
    assert not result.outcome.turns[0].changed
    assert " s" in result.outcome.turns[0].reply or "second" in result.outcome.turns[0].reply


def test_a_refused_qr_code_is_named_in_the_reply() -> None:
    reply = held_out_run.changes_nothing("trailshoe", "can we get a qr code in the corner", starts="dev23")
    assert "QR code" in reply
