"""Round thirty-one b: dev22's follow-ups and multi-part messages, as classes in my own words.

1. A lender's terms named as a card ("the financing slide", "APR card"): the one scene whose text
   shows an APR or financing; in an ad that shows none, asked.
2. A part named at a message's start without "the" ("menu text bigger", "specials card red"):
   when no scene is read, which scene is asked (every scene changed); "main text bigger" stays
   every scene's.
3. A card named by the words it shows ("birria tacos card", "test drive slide"): that scene; words
   two scenes show are asked about.
4. A correction that narrows the last change ("no no, only the hook, not all of them", "not
   everywhere, just at the very end"): the change taken back from the other scenes.
5. One part put back as a numbered version had it ("the hook from v2 was better, leave the
   music"): that part's fields from the history; a value the history does not hold, or a version
   that does not exist, changes nothing.
6. A thing said to cover the screen ("now it takes up the whole screen"): too big, never moved.
7. The last change asked again for a part named by what its words show ("and the address as
   well", "same for the phone number"): that scene; not the scene just changed again.
8. A part named with its own words in brackets ("the date text (Sat 6/14) in white"): the scene
   that says them, whatever the loose name before them fits; words no scene says change nothing.
9. A counted lead-in that names the ad ("three quick fixes for the spring promo - …"): no scene of
   its own, so each request keeps its place; a version named there stays.
10. A scene's number in shorthand ("s3 → 4s", "make s2 shorter", "sc1 text white"): that scene
   (it was the whole ad's length); a number the ad has no scene for is left as typed.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import held_out_run
import pytest
from parse_helpers import after

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.scene_shorthand import scene_shorthand
from adgen.agent.understanding.screen_covered import screen_covered
from adgen.agent.understanding.whole_ad_scope import names_the_ad

_run = partial(held_out_run.verdict, starts="dev22", case_id="r31b")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev22")
project = partial(held_out_run.start_project, starts="dev22")


def understood(start: str, turns: tuple[str, ...], expect: dict[str, Any]) -> None:
    """The conversation makes exactly the changes ``expect`` names of the start project."""
    held_out_run.understood(start, turns, {"start": expect}, starts="dev22", case_id="r31b")


# --- 1. a lender's terms named as a card ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("the financing slide text a bit smaller", {"scenes[#3].overlay.fontSize": {"shrink": "bit"}}),
        ("APR card up to the top", {"scenes[#3].overlay.position": "top"}),
        ("financing card text in red", {"scenes[#3].overlay.color": {"color": "red"}}),
    ],
)
def test_a_lenders_terms_name_their_card(text: str, expect: dict[str, Any]) -> None:
    understood("summitauto", (text,), expect)


def test_finance_words_in_an_ad_without_terms_ask() -> None:
    assert "?" in changes_nothing("coldbrew", "finance card text red")


# --- 2. a part named without "the" ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["menu text bigger", "specials card text red", "combo line to the top"])
def test_a_bare_part_no_scene_reads_is_asked_about(text: str) -> None:
    assert "?" in changes_nothing("coldbrew", text)


def test_main_text_is_still_every_scenes() -> None:
    understood(
        "coldbrew",
        ("main text bigger",),
        {f"scenes[#{n}].overlay.fontSize": {"grow": "any"} for n in (1, 2, 3)},
    )


# --- 3. a card named by its own words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        ("tacotruck", "birria tacos card text yellow", {"scenes[#2].overlay.color": {"color": "yellow"}}),
        (
            "summitauto",
            "make the test drive slide text smaller",
            {"scenes[role=cta].overlay.fontSize": {"shrink": "any"}},
        ),
        ("lotus", "sunrise flow card to the top", {"scenes[#2].overlay.position": "top"}),
    ],
)
def test_a_card_named_by_its_words_is_that_scene(start: str, text: str, expect: dict[str, Any]) -> None:
    understood(start, (text,), expect)


def test_words_two_scenes_show_are_asked_about() -> None:
    assert "?" in changes_nothing("tacotruck", "tacos card text yellow")


# --- 4. a correction that narrows the last change ------------------------------------------------


@pytest.mark.parametrize(
    ("start", "turns", "expect"),
    [
        (
            "course",
            ("make every text smaller", "no no, only the hook, not all of them"),
            {"scenes[role=hook].overlay.fontSize": {"shrink": "any"}},
        ),
        (
            "candle",
            ("make all the text yellow", "not everywhere, just at the very end"),
            {"scenes[role=cta].overlay.color": {"color": "yellow"}},
        ),
        (
            "sneaker",
            ("move all the text to the bottom", "sorry, only scenes 2 and 3"),
            {"scenes[#2].overlay.position": "bottom", "scenes[#3].overlay.position": "bottom"},
        ),
    ],
)
def test_a_narrowing_takes_the_change_back_elsewhere(
    start: str, turns: tuple[str, ...], expect: dict[str, Any]
) -> None:
    understood(start, turns, expect)


def test_just_the_scene_already_changed_narrows_nothing() -> None:
    changed, state = after("make the hook text bigger", project("sneaker"))
    turn = parse_message("just the hook", changed, state=state)
    assert not turn.operations, turn.operations


# --- 5. one part as a numbered version had it ------------------------------------------------------

_TWO_HOOKS = (
    "hook text 'Cold brew, zero wait'",
    "hook text 'Brewed overnight' and the music a little quieter",
)


@pytest.mark.parametrize(
    "text",
    [
        "honestly the hook from v2 was better, leave the music",
        "restore the v2 hook text",
        "go back to version 2 for the hook",
    ],
)
def test_a_part_put_back_as_a_version_had_it(text: str) -> None:
    understood(
        "coldbrew",
        (*_TWO_HOOKS, text),
        {
            "scenes[role=hook].overlay.text": {"text": "Cold brew, zero wait"},
            "audio.volume": {"shrink": "bit"},
        },
    )


@pytest.mark.parametrize("text", ["the music from v2 please", "v7 had a better hook"])
def test_a_value_the_history_does_not_hold_changes_nothing(text: str) -> None:
    understood(
        "coldbrew",
        (*_TWO_HOOKS, text),
        {"scenes[role=hook].overlay.text": {"text": "Brewed overnight"}, "audio.volume": {"shrink": "bit"}},
    )


# --- 6. covering the screen is too big -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "turns"),
    [
        ("crumb", ("make the end card text bigger", "wow, now it takes up the whole screen")),
        ("sneaker", ("hook text bigger", "lol it's eating half the frame now")),
    ],
)
def test_covering_the_screen_takes_the_growth_back(start: str, turns: tuple[str, ...]) -> None:
    result = _run(start, turns, {"start": "same_content"})
    assert result.verdict.understood and result.outcome.turns[1].changed, (
        result.verdict.problems,
        [t.reply for t in result.outcome.turns],
    )


@pytest.mark.parametrize(
    "text", ["make the product fill the screen", "the text should cover the whole frame"]
)
def test_a_wish_to_fill_the_screen_is_no_complaint(text: str) -> None:
    assert screen_covered(text) == text


# --- 7. the last change again, for a part named by what it shows -----------------------------------


@pytest.mark.parametrize(
    ("start", "turns", "expect"),
    [
        (
            "tacotruck",
            ("make the birria text bigger", "and the address as well"),
            {
                "scenes[#2].overlay.fontSize": {"grow": "any"},
                "scenes[role=cta].overlay.fontSize": {"grow": "any"},
            },
        ),
        (
            "plumber",
            ("hook text yellow", "same for the phone number"),
            {
                "scenes[role=hook].overlay.color": {"color": "yellow"},
                "scenes[role=cta].overlay.color": {"color": "yellow"},
            },
        ),
        (
            "openhouse",
            ("move the backyard text to the top", "the price too"),
            {"scenes[#3].overlay.position": "top", "scenes[#2].overlay.position": "top"},
        ),
    ],
)
def test_the_same_change_for_a_part_named_by_its_content(
    start: str, turns: tuple[str, ...], expect: dict[str, Any]
) -> None:
    understood(start, turns, expect)


def test_the_scene_just_changed_is_not_changed_again() -> None:
    changed, state = after("make the taco text bigger", project("esquina"))
    turn = parse_message("same for the price", changed, state=state)
    assert not turn.operations, turn.operations


# --- 8. a part named with its words in brackets -----------------------------------------------------


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        (
            "openhouse",
            "the date text (Sat 6/14, 1-4pm) in white",
            {"scenes[role=cta].overlay.color": {"color": "white"}},
        ),
        (
            "tacotruck",
            "the tacos line (Birria tacos, made fresh) bigger",
            {"scenes[#2].overlay.fontSize": {"grow": "any"}},
        ),
        ("esquina", "move the hours card (Open till 2am) to the top", {"scenes[#3].overlay.position": "top"}),
    ],
)
def test_words_in_brackets_say_which_part(start: str, text: str, expect: dict[str, Any]) -> None:
    understood(start, (text,), expect)


def test_bracketed_words_no_scene_says_change_nothing_of_their_own() -> None:
    understood(
        "tacotruck",
        ("the hours text (the one at the end) bigger",),
        {"scenes[role=cta].overlay.fontSize": {"grow": "any"}},
    )


# --- 9. a lead-in that names the ad -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        (
            "inkwell",
            "three quick fixes for the spring promo - voice a bit slower, and the doors open card to the top",
            {"voice.rate": {"shrink": "bit"}, "scenes[role=cta].overlay.position": "top"},
        ),
        (
            "crumb",
            "two things on the bakery video: music a little quieter and the croissant text bigger",
            {"audio.volume": {"shrink": "bit"}, "scenes[#2].overlay.fontSize": {"grow": "any"}},
        ),
    ],
)
def test_a_lead_in_naming_the_ad_is_no_scene(start: str, text: str, expect: dict[str, Any]) -> None:
    understood(start, (text,), expect)


@pytest.mark.parametrize(
    "scope", ["for the B ad", "on the square video", "for the TikTok ad", "on the bonfire bit"]
)
def test_a_version_or_a_part_named_in_a_lead_in_stays(scope: str) -> None:
    assert not names_the_ad(scope)


# --- 10. a scene's number in shorthand ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        ("plumber", "s3 → 4s", {"scenes[#3].durationSec": 4, "durationSec": "optional"}),
        (
            "coldbrew",
            "make s2 a bit shorter",
            {"scenes[#2].durationSec": {"shrink": "bit"}, "durationSec": "optional"},
        ),
        ("sneaker", "sc1 text white, s4 text yellow", {"scenes[#4].overlay.color": {"color": "yellow"}}),
    ],
)
def test_a_scene_in_shorthand_is_that_scene(start: str, text: str, expect: dict[str, Any]) -> None:
    understood(start, (text,), expect)


@pytest.mark.parametrize("text", ["cut 2s", "make it 6s", "the s2.5 model"])  # s9: test_round_thirtyone_d
def test_no_such_scene_or_a_length_is_no_shorthand(text: str) -> None:
    assert "scene" not in scene_shorthand(text, project("coldbrew"))
