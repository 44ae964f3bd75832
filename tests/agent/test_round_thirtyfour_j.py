"""Round thirty-four j: dev23's question, refusal and mixed classes, in my own words.

1. A new length said with no unit right after asking the whole ad's length ("how long is the ad
   right now?" -> "ok cut it down to 10", "let's do 20 instead"): the ad's length
   (:mod:`adgen.agent.understanding.asked_lengths`); after a question about one scene, never.
2. "whatever the minimum is" after a refused length: the limit, as "the min then" was.
3. Which scene runs longest or shortest, asked: answered from the scenes' lengths
   (:mod:`adgen.agent.understanding.longest_scene`); "make the longest scene shorter" is no
   such question.
4. The last question asked again about a scene named by its picture ("and the mat one?", "what
   about the calm water scene text?"): that scene's answer
   (:mod:`adgen.agent.understanding.named_follow_ups`).
5. "use that cta on A too" after asking about B's cta: B's words on A's cta
   (:mod:`adgen.agent.understanding.cross_version`).
"""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_run = partial(held_out_run.verdict, starts="dev23", case_id="r34j")
understood = partial(held_out_run.understood, starts="dev23", case_id="r34j")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev23")


def _replies(start: str, turns: tuple[str, ...]) -> list[str]:
    result = _run(start, turns, {"start": "same_content"})
    assert not result.verdict.wrong_edit, result.verdict.problems
    return [t.reply for t in result.outcome.turns]


# --- 1. a length right after asking the ad's length ------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "said", "seconds"),
    [
        ("how long is the ad right now?", "ok cut it down to 10", 10),
        ("what's the total runtime?", "let's do 20 instead", 20),
        ("how long's the video?", "cool, make it eighteen then", 18),
    ],
)
def test_a_number_after_asking_the_ads_length_is_its_length(asked: str, said: str, seconds: int) -> None:
    understood(
        "owlstour", (asked, said), {"start": {"durationSec": seconds, "scenes[*].durationSec": "optional"}}
    )


def test_a_number_after_asking_a_scenes_length_is_never_the_ads() -> None:
    result = _run("owlstour", ("how long is the showcase?", "ok make it 4 then"), {"start": "same_content"})
    assert result.outcome.turns[1].reply and "Set the ad to" not in result.outcome.turns[1].reply


def test_make_it_bigger_after_asking_the_length_is_no_length() -> None:
    replies = _replies("owlstour", ("how long is the ad right now?", "make it bigger"))
    assert "?" in replies[1]


# --- 2. "whatever the minimum is" ---------------------------------------------------------------


@pytest.mark.parametrize("said", ["fine, whatever the shortest length is", "whatever's the min then"])
def test_whatever_the_minimum_is_after_a_refused_length(said: str) -> None:
    understood(
        "relaydesk",
        ("cut the ad to 2 seconds", said),
        {"start": {"durationSec": 5, "scenes[*].durationSec": "optional"}},
    )


def test_whatever_the_biggest_is_after_a_refused_size() -> None:
    understood(
        "relaydesk",
        ("make the cta text size 300", "ok whatever the biggest is then"),
        {"start": {"scenes[#4].overlay.fontSize": 200}},
    )


# --- 3. which scene runs longest -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("which part gets the most screen time?", "Scene 2 (showcase) is the longest: 5 s"),
        ("which one runs longest?", "Scene 2 (showcase) is the longest"),
        ("what's the shortest shot?", "Scene 1 (hook) and scene 3 (social proof) are the shortest: 3 s"),
    ],
)
def test_the_longest_scene_is_answered(asked: str, answer: str) -> None:
    assert answer in _replies("owlstour", (asked,))[0]


def test_make_the_longest_scene_shorter_is_no_question() -> None:
    assert "is the longest" not in _replies("owlstour", ("make the longest scene shorter",))[0]


# --- 4. a follow-up naming a scene by its picture --------------------------------------------------


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("and the mat one?", "Scene 3 (CTA): text colour #E9C46A"),
        ("what about the calm water scene text?", "Scene 1 (hook): text colour #FFFFFF"),
        ("and the wooden deck shot's?", "Scene 1 (hook): text colour"),
    ],
)
def test_the_question_again_about_a_scene_named_by_its_picture(said: str, answer: str) -> None:
    replies = _replies("lotus", ("what colour is the sunrise flow text?", said))
    assert answer in replies[1] and "colour" in replies[1]


def test_a_request_naming_a_scene_is_no_follow_up() -> None:
    replies = _replies("lotus", ("what colour is the sunrise flow text?", "and make the sea shot?"))
    assert "text colour" not in replies[1]


# --- 5. "that cta" from the version just asked about ------------------------------------------------


def test_that_cta_from_b_onto_a() -> None:
    understood(
        "coldbrew_ab",
        ("what does B's hook say?", "nice, use that hook on A too"),
        {"start": {"scenes[role=hook].overlay.text": {"text": "Cold brew, zero wait"}}, "active": "any"},
    )


def test_that_hook_onto_the_version_it_came_from_changes_nothing() -> None:
    result = _run(
        "coldbrew_ab",
        ("what does B's hook say?", "use that hook on B"),
        {"start": "same_content", "active": "any"},
    )
    assert not result.verdict.wrong_edit, result.verdict.problems


# --- 6. an ad asked for as "one", with no ad open -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["could you whip us one up for the launch?", "can you make one for the tour", "knock me one up pls"],
)
def test_one_asked_for_with_no_ad_asks_what_it_is_for(text: str) -> None:
    from adgen.agent.understanding import parse_message
    from adgen.agent.understanding.open_brief import OPEN_QUESTION

    turn = parse_message(text, None)
    assert turn.question == OPEN_QUESTION and turn.brief is None


def test_one_with_a_subject_is_a_brief() -> None:
    from adgen.agent.understanding import parse_message

    assert parse_message("knock one up for our walking tour of Bath, 15s", None).brief is not None
