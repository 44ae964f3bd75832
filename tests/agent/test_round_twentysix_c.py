"""Round twenty-six, part c (helper r26c, 2026-12-05): text copy, corrections and dev17's last wrong
edits. Words joined to a text ("the hook should have 'New' added", "put 'Now' in front of the CTA",
"suffix the cta with '!'", "add 'Hey' to the start of the hook voice-over"): joined to the words
there, never the picture's prompt and never in their place. A bare amount correcting a length step
("a second shorter" -> "no, 2 seconds"): asked when it may be the amount or the length, made when
only one fits; "not that much": half the step back. Several requests where the ad cannot take one
("the voice slower, cta bigger" without a voice-over): the others made, the one left out named.
"The little writing in the middle", "the one in the middle": the middle scene, asked of an even
number. A lettered version off another ("make a C off the original where the hook voice-over says
'…'"): a new version with that voice-over line, this one left as it is. Each class is said in other
words than the crowd's, over more than one ad, and the whole document is compared."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, content, only, set_paths
from phrase_suite import basic_project
from test_round_twentyfive_d import VOICED, four

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s ("Wake up to cold brew"), showcase 7 s ("Smooth. Bold. 100%
# arabica"), cta 4 s ("Order today", centred); voice off. four(): a social proof scene (scene_4,
# "Rated 4.8 by 2,000 cafes") third, before the cta. VOICED: lines "Ready?", "Smooth.", "Order today.".


def _asks(text: str, project: AdProject, *words: str, state: Any = None) -> str:
    """``text`` changes nothing and asks a question naming ``words``; the question."""
    turn = parse_message(text, project, state=state)
    assert not turn.operations and turn.question, (text, turn.question, turn.unknown)
    for word in words:
        assert word in turn.question, (text, turn.question, word)
    return turn.question


# --- 1. words joined to a text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        # before the words there
        ("put 'Now' in front of the CTA", {"scene_3__overlay__text": "Now Order today"}),
        ("prefix the hook text with 'New:'", {"scene_1__overlay__text": "New: Wake up to cold brew"}),
        ("stick 'NEW' in front of the hook text", {"scene_1__overlay__text": "NEW Wake up to cold brew"}),
        ("the cta text should have 'Only' at the start", {"scene_3__overlay__text": "Only Order today"}),
        ("the hook should have 'Hey' at the start", {"scene_1__overlay__text": "Hey Wake up to cold brew"}),
        ("add 'Hurry' at the start of the cta text", {"scene_3__overlay__text": "Hurry Order today"}),
        # after them
        ("suffix the cta with '!'", {"scene_3__overlay__text": "Order today!"}),
        ("tack 'now' on to the end of the cta", {"scene_3__overlay__text": "Order today now"}),
        (
            "add 'fresh' to the end of the hook's words",
            {"scene_1__overlay__text": "Wake up to cold brew fresh"},
        ),
        (
            "the hook text should have 'daily' at the end",
            {"scene_1__overlay__text": "Wake up to cold brew daily"},
        ),
        # "… added": a line under them (as "needs '…' added", round twenty-five)
        ("the hook should have 'New' added", {"scene_1__overlay__text": "Wake up to cold brew\nNew"}),
        (
            "the cta should have 'Free delivery' appended",
            {"scene_3__overlay__text": "Order today\nFree delivery"},
        ),
        (
            "the showcase should have 'Now in cans' added",
            {"scene_2__overlay__text": "Smooth. Bold. 100% arabica\nNow in cans"},
        ),
    ],
)
def test_words_joined_to_a_text(text: str, changes: dict[str, Any]) -> None:
    only(text, basic_project(), **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the social proof should have 'Verified' added",
            {"scene_3__overlay__text": "Rated 4.8 by 2,000 cafes\nVerified"},
        ),
        (
            "put 'Officially' in front of the social proof text",
            {"scene_3__overlay__text": "Officially Rated 4.8 by 2,000 cafes"},
        ),
        ("suffix the social proof text with '!'", {"scene_3__overlay__text": "Rated 4.8 by 2,000 cafes!"}),
    ],
)
def test_words_joined_to_a_text_of_another_ad(text: str, changes: dict[str, Any]) -> None:
    only(text, four(), **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        # "at the end" naming the last scene, and "the end card": the words there replaced, as before
        ("put 'Shop now' at the end", {"scene_3__overlay__text": "Shop now"}),
        ("at the end the words should read 'Grab one'", {"scene_3__overlay__text": "Grab one"}),
        ("at the very end, have the text say 'See you soon'", {"scene_3__overlay__text": "See you soon"}),
    ],
)
def test_the_end_that_names_the_last_scene_is_no_join(text: str, changes: dict[str, Any]) -> None:
    only(text, basic_project(), **changes)


def test_words_for_the_end_card_of_a_version_replace_its_words() -> None:
    turn = parse_message("version B with 'Use code FALL5' on the end screen", basic_project())
    assert [op.to_wire() for op in turn.operations] == [
        {
            "operation": "create_variation",
            "label": "B",
            "operations": [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Use code FALL5"}],
        }
    ]


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("add 'Hey,' to the start of the hook voiceover", {"scene_1__voiceover__text": "Hey, Ready?"}),
        ("put 'Hi there,' in front of the hook narration", {"scene_1__voiceover__text": "Hi there, Ready?"}),
        (
            "add 'Go on.' to the end of the cta voice-over",
            {"scene_3__voiceover__text": "Order today. Go on."},
        ),
        ("tack 'Really.' on to the showcase voiceover", {"scene_2__voiceover__text": "Smooth. Really."}),
    ],
)
def test_words_joined_to_a_voice_over_line(text: str, changes: dict[str, Any]) -> None:
    voiced = basic_with(**VOICED)
    changed = only(text, voiced, **changes)
    assert [s.overlay.text for s in changed.scenes] == [s.overlay.text for s in voiced.scenes]


# --- 2. a bare amount correcting a length step ------------------------------------------------------------

# a 6 s hook (17 s): "a second shorter" makes it 5 s; "no, 2 seconds" is 2 s long or 4 s


def _six_second_hook() -> AdProject:
    return basic_with(scene_1__durationSec=6, durationSec=17)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("make the hook a second shorter", "no, 2 seconds"),
        ("trim a second off the hook", "I meant 2 secs"),
        ("shave one second off the hook", "no, two seconds"),
        ("make the hook a second longer", "no, 9 seconds"),
    ],
)
def test_a_bare_amount_both_readings_fit_is_asked(first: str, then: str) -> None:
    project, state = after(first, _six_second_hook())
    question = _asks(then, project, " long, or ", "than the 6 s it was", state=state)
    assert ("shorter" in question) == ("shorter" in first or "off" in first)


@pytest.mark.parametrize(
    ("first", "then", "length"),
    [
        # the words decide
        ("make the hook a second shorter", "no, 2 seconds shorter", 4.0),
        ("make the hook a second shorter", "no, make it 2 seconds long", 2.0),
        ("trim a second off the hook", "no, 2 seconds long", 2.0),
        # as a length it would go the other way: the amount
        ("make the hook a second longer", "no, 3 seconds", 9.0),
        ("make the hook 2 seconds longer", "no, 4 seconds", 10.0),
    ],
)
def test_a_bare_amount_the_words_or_the_numbers_decide(first: str, then: str, length: float) -> None:
    project, state = after(first, _six_second_hook())
    turn = parse_message(then, project, state=state)
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    changed, error = simulate(project, turn.operations)
    assert error is None
    assert changed.scene("scene_1").duration_sec == length
    others = {s.id: s.duration_sec for s in changed.scenes if s.id != "scene_1"}
    assert others == {"scene_2": 7, "scene_3": 4}


def test_both_readings_making_one_length_is_that_length() -> None:
    # a 4 s hook a second shorter is 3 s; "no, 2 seconds" is 2 s long or 2 s shorter than 4 s: 2 s
    project, state = after("make the hook a second shorter", basic_project())
    only("no, 2 seconds", project, state=state, scene_1__durationSec=2.0, durationSec=13.0)


@pytest.mark.parametrize(
    ("first", "changes"),
    [
        ("make the cta text much bigger", {"scene_3__overlay__fontSize": 91}),  # 115 was the step
        ("make the music a lot quieter", {"audio__volume": 0.6}),  # 0.4 was the step
        ("make the hook text way smaller", {"scene_1__overlay__fontSize": 47}),  # 35 was the step
    ],
)
def test_not_that_much_takes_half_the_step_back(first: str, changes: dict[str, Any]) -> None:
    project, state = after(first, basic_project())
    for then in ("not that much", "hmm, not so much"):
        changed = only(then, project, state=state, **changes)
        assert content(changed) != content(basic_project())


# --- 3. several requests, one the ad cannot take --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the voice slower, cta bigger", {"scene_3__overlay__fontSize": 90}),
        ("make the voiceover slower and the cta text bigger", {"scene_3__overlay__fontSize": 90}),
        ("voice deeper and the hook text red", {"scene_1__overlay__color": "#FF0000"}),
        ("cta bigger and the voice-over faster", {"scene_3__overlay__fontSize": 90}),
    ],
)
def test_the_others_made_and_the_one_left_out_named(text: str, changes: dict[str, Any]) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    changed, error = simulate(basic_project(), turn.operations)
    assert error is None
    assert content(changed) == set_paths(content(basic_project()), changes)
    assert turn.answer and "Not done" in turn.answer and "voice-over" in turn.answer


def test_the_one_request_the_ad_cannot_take_alone_is_still_refused() -> None:
    turn = parse_message("make the voice slower", basic_project())
    changed, error = simulate(basic_project(), turn.operations)
    assert error is not None or turn.unknown


# --- 4. the middle ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "my mum is 80, the little writing in the middle is impossible for her",
            {"scene_2__overlay__fontSize": 70},
        ),
        ("the tiny words in the middle are hard to read", {"scene_2__overlay__fontSize": 70}),
        ("the little writing in the middle should be red", {"scene_2__overlay__color": "#FF0000"}),
        ("make the one in the middle longer", {"scene_2__durationSec": 8.8, "durationSec": 16.8}),
        ("the scene in the middle is too long", {"scene_2__durationSec": 5.6, "durationSec": 13.6}),
    ],
)
def test_the_middle_is_the_middle_scene(text: str, changes: dict[str, Any]) -> None:
    start = basic_project()
    turn = parse_message(text, start)
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    changed, error = simulate(start, turn.operations)
    assert error is None
    doc = content(changed)
    expected = set_paths(content(start), changes)
    if "durationSec" in changes:
        # (the ad's length follows its scenes)
        expected["durationSec"] = doc["durationSec"]
    assert doc == expected


@pytest.mark.parametrize(
    "text",
    [
        "the little writing in the middle is impossible for my customers",
        "the text in the middle is too small",
        "make the one in the middle longer",
    ],
)
def test_the_middle_of_an_even_number_of_scenes_is_asked(text: str) -> None:
    _asks(text, four(), "Which scene is the middle one?", "4 scenes")


def test_the_middle_of_the_screen_is_still_the_text_placed_there() -> None:
    # only the cta's words are centred
    only(
        "the words in the middle of the screen are too small", basic_project(), scene_3__overlay__fontSize=90
    )


# --- 5. a lettered version off another, with its voice-over line ------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "scene", "line"),
    [
        (
            "make a C off the original where the hook voice-over says 'Dinner in 20'",
            "C",
            "scene_1",
            "Dinner in 20",
        ),
        ("make a C from A with the cta voiceover saying 'Go on then'", "C", "scene_3", "Go on then"),
        ("make a version B where the hook narration says 'Hey you'", "B", "scene_1", "Hey you"),
    ],
)
def test_a_lettered_version_gets_the_voice_over_line(text: str, label: str, scene: str, line: str) -> None:
    for start in (basic_with(**VOICED), basic_project()):
        turn = parse_message(text, start)
        assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
        assert [op.to_wire() for op in turn.operations] == [
            {
                "operation": "create_variation",
                "label": label,
                "operations": [{"operation": "update_voiceover", "sceneId": scene, "text": line}],
            }
        ]
