"""Round thirty-one c (2026-12-06): dev22's complaint, intensity and typo categories (people who
describe what they see, founders typing arrows, a phone's typos), as classes in my own words.

1. A mood asked to be weaker ("a bit less serious", "less hyper", "the soundtrack less depressing",
   "way too goofy"): the opposite mood (it was the mood named, or a shorter ad).
2. A flat, monotone voice-over: its pace or pitch is asked, answered in a word (it was a note).
3. The video blurry or pixelated on a phone or in an app: how it plays, nothing changed (the whole
   ad's lighting became high contrast).
4. Too dark (or bright) to see something: the light, never the thing's size (the bottle grew).
5. A card named by figures in its words ("the $4.99 card", "the 0% APR card"): that scene; a figure
   no scene says asks before the whole ad changes (the whole ad grew longer).
6. A kind of text named with a typo ("the dicsount text", "the finace slide"), or the finance card
   by what it shows ("the financing card"): that scene.
7. A kind of text no scene shows ("the promo code bigger" with no code) or several do ("the hours"
   on two cards): which text? (every scene's text grew).
8. Arrows: "volume ↓ a bit", "music ↑↑", "music ⬇️⬇️": down a bit, a long way up or down.
"""

from __future__ import annotations

import pytest
from parse_helpers import asks, basic_with, only, unchanged
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s, mood energetic, music upbeat at 0.8; hook 4 s (64), showcase 7 s (56,
# product shown), cta 4 s (72); voice off at rate 1.0.

# --- 1. a weaker mood ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("a bit less serious please", {"style__mood": "playful"}),
        ("less hyper please", {"style__mood": "calm"}),
        ("make the soundtrack less depressing", {"style__musicMood": "upbeat", "audio__mood": "upbeat"}),
        ("honestly it feels way too goofy", {"style__mood": "professional"}),
        ("the music is too upbeat", {"style__musicMood": "calm", "audio__mood": "calm"}),
    ],
)
def test_a_weaker_mood_is_the_opposite_mood(text: str, changes: dict[str, str]) -> None:
    # (a sombre track to start from, so an upbeat one is a change)
    only(text, basic_with(style__musicMood="emotional", audio__mood="emotional"), **changes)


def test_less_salesy_copy_is_no_mood() -> None:
    unchanged("less salesy copy please")


# --- 2. a flat voice ---------------------------------------------------------------------------------


def _voiced() -> AdProject:
    return basic_with(
        voice__enabled=True, scenes__voiceover={"text": "Cold brew, done right.", "enabled": True}
    )


@pytest.mark.parametrize(
    "text", ["the narrator sounds so monotonous", "the voiceover is kind of flat and boring"]
)
def test_a_flat_voice_asks_for_its_pace_or_pitch(text: str) -> None:
    project = _voiced()
    turn = parse_message(text, project)
    assert turn.question and "faster" in turn.question and not turn.operations
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    reply = parse_message("faster", project, state=state)
    changed, error = simulate(project, reply.operations)
    assert error is None
    assert changed.voice.rate == pytest.approx(1.1)
    assert changed.voice.pitch == project.voice.pitch


def test_a_flat_voice_with_its_fix_is_the_fix() -> None:
    only("the voice is flat, make it faster", _voiced(), voice__rate=1.15)


def test_a_flat_voice_that_is_off_changes_nothing() -> None:
    unchanged("the narrator sounds so monotonous")


# --- 3. blurry where it plays -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "looks really grainy when I watch it on my iphone",
        "it's all pixelated on tiktok",
        "kinda blurry on mobile tbh",
    ],
)
def test_blurry_on_a_phone_changes_nothing(text: str) -> None:
    assert "full quality" in unchanged(text)


def test_a_blurry_product_photo_on_a_phone_asks_for_a_sharper_photo() -> None:
    assert "sharper photo" in unchanged("the product photo is blurry on my phone")


# --- 4. too dark to see ------------------------------------------------------------------------------


def test_too_dark_to_see_the_bottle_is_the_light() -> None:
    start = basic_project()
    changed = only(
        "the showcase is so dark you can't make out the bottle",
        scene_2__backgroundPrompt=start.scenes[1].background_prompt + ", brighter",
    )
    assert changed.scenes[1].product == start.scenes[1].product


def test_so_dark_nobody_can_see_it_names_the_scene() -> None:
    start = basic_project()
    only(
        "the hook is so dark that nobody can see the coffee",
        scene_1__backgroundPrompt=start.scenes[0].background_prompt + ", brighter",
    )


def test_too_bright_to_see_the_text_is_the_light() -> None:
    only("way too bright, I can barely see the text", style__lighting="dark")


# --- 5. a card named by figures ------------------------------------------------------------------------


def _priced() -> AdProject:
    return basic_with(scene_2__overlay__text="Only $4.99 · 12 oz")


def test_a_card_named_by_its_price_is_that_scene() -> None:
    only("the $4.99 card goes by too fast", _priced(), scene_2__durationSec=8.8, durationSec=16.8)


def test_a_card_named_by_a_figure_and_a_unit() -> None:
    only("make the 12 oz slide text white", _priced(), scene_2__overlay__color="#FFFFFF")


def test_a_figure_no_scene_says_asks_before_the_whole_ad() -> None:
    assert "$5 card" in asks("the $5 card goes by too fast", _priced())


# --- 6. a kind of text, mistyped or by what it shows ---------------------------------------------------


def test_a_mistyped_discount_is_the_discount_text() -> None:
    project = basic_with(scene_3__overlay__text="15% off with code BREW15")
    only("make the dicsount text bigger", project, scene_3__overlay__fontSize=90)


def _financed() -> AdProject:
    return basic_with(scene_2__overlay__text="0.9% APR · 36 months")


def test_the_financing_card_is_the_apr_scene() -> None:
    only("make the financing card text yellow", _financed(), scene_2__overlay__color="#FFFF00")


def test_a_mistyped_finance_slide_is_the_apr_scene() -> None:
    only("the finace slide should be bigger", _financed(), scene_2__overlay__fontSize=70)


def test_the_apr_card_over_too_soon_is_longer() -> None:
    only("the APR card is over before I can read it", _financed(), scene_2__durationSec=8.8, durationSec=16.8)


# --- 7. a kind no scene shows, or several -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the promo code bigger",
        "make the phone number bigger",
        "the address is too small, make the text bigger",
    ],
)
def test_a_kind_no_scene_shows_asks(text: str) -> None:
    assert "No scene's text shows" in asks(text)


def _two_times() -> AdProject:
    return basic_with(scene_1__overlay__text="Open 7am-3pm", scene_3__overlay__text="Sundays 9am-1pm")


@pytest.mark.parametrize("text", ["the hours are tiny, text bigger please", "make the opening hours bigger"])
def test_hours_on_two_cards_asks_which(text: str) -> None:
    question = asks(text, _two_times())
    assert "scene 1" in question and "scene 3" in question


def test_hours_on_one_card_is_that_text() -> None:
    project = basic_with(scene_3__overlay__text="Open 7am-3pm daily")
    only("the hours are tiny, text bigger please", project, scene_3__overlay__fontSize=90)


def test_a_scene_named_beside_a_kind_is_that_scene() -> None:
    # (the address is the reason; the scene is named, so no question about addresses)
    turn = parse_message("the cta is over before I can read the address", basic_project())
    assert "No scene's text shows" not in (turn.question or "")


# --- 8. arrows ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "volume"), [("volume ↓ a bit", 0.7), ("music ↑↑", 1.0), ("music ⬇️⬇️", 0.4), ("music ↓", 0.6)]
)
def test_arrows_move_the_volume(text: str, volume: float) -> None:
    only(text, audio__volume=volume)
