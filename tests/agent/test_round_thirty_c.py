"""Round thirty c (2026-12-05): dev21's typo and intensity categories (a phone's typing accidents,
impatient repeats), as classes in my own words.

1. A text named by what it shows ("discount text bigger", "phone number a bit bigger", "the promo
   code"): the one scene whose words show a discount, a code or a phone number, also with no "the"
   before it (every scene's text grew); "the number 2" stays a scene's number.
2. An impatient repeat ("no, I said BIGGER" after "a bit bigger", "I asked for quieter!!"): the
   same change much stronger than before it (it was the same step again); "no, I said smaller"
   after "bigger" is a plain correction.
3. A key held down on a word of the request ("WAYYY quieter", "biggerrr") and "so much" / "like
   way" before a comparative: the word meant ("WAYYY faster" after a voice edit halved the ad).
4. A word typed twice ("make the the cta text white", "the hook hook text"): once (a doubled "the"
   sent a size to another scene); "very very" and "no no" stay.
5. "the" glued to the next word ("thecta", "theshowcase", "thehook"): two words.
6. Autocorrect's words for the parts of an ad: "the cat text" / "the cat button" the CTA's (not
   in an ad that shows a cat), "the shower case" / "the show case" the showcase.
7. "make the cta brother": bigger or brighter?, answered in a word.
8. A request sent in two halves ("change the cta text to" then "'Order today'"): the question
   asks for the rest and the second half is read after the first; a second half that is a request
   of its own is read alone.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, content, only, set_paths
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, white), showcase 7 s (56, white), cta 4 s (72, #F2A541);
# music 0.8; voice off at rate 1.0.


def unchanged_with_question(text: str, project: AdProject | None = None) -> Any:
    turn = parse_message(text, project or basic_project())
    assert turn.question, (text, turn.unknown, turn.operations)
    assert not turn.operations and turn.brief is None, text
    return turn


def answered(first: str, second: str, project: AdProject | None = None) -> AdProject:
    """``second`` read as the answer to the question ``first`` asked; the changed ad."""
    start = project or basic_project()
    turn = unchanged_with_question(first, start)
    state = ConversationState(project_id=start.project_id, pending=turn.pending)
    reply = parse_message(second, start, state=state)
    assert reply.operations and not reply.question and not reply.unknown, (
        second,
        reply.question,
        reply.unknown,
    )
    changed, error = simulate(start, reply.operations)
    assert error is None, error
    return changed


# --- 1. a text named by what it shows ------------------------------------------------------------


def _discount() -> AdProject:
    return basic_with(scene_3__overlay__text="15% off with code BREW15")


def _phone() -> AdProject:
    return basic_with(scene_3__overlay__text="Call 555-201-8899 today")


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("discount text smaller", 58),
        ("the promo code a bit bigger", 83),
        ("code words bigger", 90),
        ("make the coupon code bigger", 90),
    ],
)
def test_a_discount_named_is_the_text_that_shows_it(text: str, size: int) -> None:
    start = _discount()
    only(text, start, scene_3__overlay__fontSize=size)


@pytest.mark.parametrize(("text", "size"), [("phone number a bit bigger", 83), ("number much bigger", 115)])
def test_a_phone_number_named_without_the(text: str, size: int) -> None:
    only(text, _phone(), scene_3__overlay__fontSize=size)


def test_a_scene_number_is_no_phone_number() -> None:
    unchanged_with_question("make number 2 bigger", _phone())


# --- 2. an impatient repeat ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        ("hook text a little bigger", "no, I said BIGGER", {"scene_1__overlay__fontSize": 102}),
        ("music a touch quieter", "I asked for quieter!!", {"audio__volume": 0.5}),
        ("cta text a tad smaller", "ugh i said smaller", {"scene_3__overlay__fontSize": 40}),
    ],
)
def test_an_insisted_repeat_is_much_more_than_before(
    first: str, second: str, changes: dict[str, Any]
) -> None:
    start = basic_project()
    now, state = after(first, start)
    changed = parse_message(second, now, state=state)
    assert changed.operations and not changed.question, second
    result, error = simulate(now, changed.operations)
    assert error is None

    assert content(result) == set_paths(content(start), changes), second


def test_an_insisted_other_way_is_a_plain_correction() -> None:
    start = basic_project()
    now, state = after("hook text a bit bigger", start)
    turn = parse_message("no, I said smaller", now, state=state)
    result, _ = simulate(now, turn.operations)
    assert result.scenes[0].overlay.font_size == 51  # 64 x 0.8: the normal step from before "bigger"


# --- 3. a key held down ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        ("music quieter", "WAYYY quieter lol", {"audio__volume": 0.2}),
        ("hook text bigger", "sooo much bigger", {"scene_1__overlay__fontSize": 128}),
        ("cta text smaller", "like way smaller", {"scene_3__overlay__fontSize": 32}),
    ],
)
def test_a_held_key_in_a_follow_up(first: str, second: str, changes: dict[str, Any]) -> None:
    now, state = after(first, basic_project())
    turn = parse_message(second, now, state=state)
    assert turn.operations and not turn.question, second
    result, _ = simulate(now, turn.operations)

    assert content(result) == set_paths(content(basic_project()), changes), second


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the hook text biggerrr", {"scene_1__overlay__fontSize": 80}),
        ("cta text sooo much smaller", {"scene_3__overlay__fontSize": 40}),
    ],
)
def test_a_held_key_in_a_request(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


# --- 4. a word typed twice, 5. "the" glued ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the the cta text white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("the hook hook text smaller", {"scene_1__overlay__fontSize": 51}),
        ("make the showcase text text red", {"scene_2__overlay__color": "#FF0000"}),
        ("make thecta white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("theshowcase text smaller", {"scene_2__overlay__fontSize": 45}),
        ("put thehook text at the bottom", {"scene_1__overlay__position": "bottom"}),
    ],
)
def test_doubled_and_glued_words(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_words_said_twice_on_purpose_stay() -> None:
    only("very very big cta text", scene_3__overlay__fontSize=90)


# --- 6. autocorrect's words for the parts of an ad -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the cat button should say 'Order today'", {"scene_3__overlay__text": "Order today"}),
        ("make the cat text yellow", {"scene_3__overlay__color": "#FFFF00"}),
        ("the shower case text bigger", {"scene_2__overlay__fontSize": 70}),
        ("make the show case text red", {"scene_2__overlay__color": "#FF0000"}),
    ],
)
def test_autocorrected_part_names(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_a_cat_the_ad_shows_is_no_cta() -> None:
    unchanged_with_question(
        "make the cat text yellow", basic_with(scene_2__backgroundPrompt="a cat asleep on a sunny counter")
    )


# --- 7. "brother" ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answer", "changes"),
    [
        ("make the cta brother", "bigger", {"scene_3__overlay__fontSize": 90}),
        ("pls make the hook brother", "bigger", {"scene_1__overlay__fontSize": 80}),
        ("make the showcase text brother", "bigger", {"scene_2__overlay__fontSize": 70}),
    ],
)
def test_brother_is_asked_and_answered(text: str, answer: str, changes: dict[str, Any]) -> None:
    question = unchanged_with_question(text).question
    assert "bigger" in question

    assert content(answered(text, answer)) == set_paths(content(basic_project()), changes)


# --- 8. a request in two halves ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        ("change the cta text to", "'Order today'", {"scene_3__overlay__text": "Order today"}),
        ("make the showcase", "2 seconds longer", {"scene_2__durationSec": 9.0, "durationSec": 17.0}),
        ("the hook should say", "Cold and smooth", {"scene_1__overlay__text": "Cold and smooth"}),
        ("set the cta text colour to", "yellow", {"scene_3__overlay__color": "#FFFF00"}),
    ],
)
def test_a_request_in_two_halves(first: str, second: str, changes: dict[str, Any]) -> None:

    assert content(answered(first, second)) == set_paths(content(basic_project()), changes)


def test_a_second_half_of_its_own_is_read_alone() -> None:

    changed = answered("make the hook text", "make the cta red")
    assert content(changed) == set_paths(content(basic_project()), {"scene_3__overlay__color": "#FF0000"})
