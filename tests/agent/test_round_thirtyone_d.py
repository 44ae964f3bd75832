"""Round thirty-one d: dev22's edit and mixed messages from restaurants and local services (a
taco truck, a car dealer, a yoga studio), as classes in other words.

1. A scene or its text named by the copy it shows ("the open till 2am card should be yellow", "the
   $9 line", "finance card 5 seconds", "listing text bigger"): that scene, never the palette or
   every text; a kind shown in several scenes ("the hours card" on the late-night card and the end
   card) asks which of them.
2. A scene in shorthand ("s3 = '…'", "sc2 text bigger"): scene N (a scene the ad lacks is said so).
3. A text said out loud ("say the price out loud too", "read the phone number aloud"): the
   voice-over of its scene says its words.
4. A text said to be right ("the class times on the sunrise scene are right (6:30 is correct)"):
   nothing changes, and "that text" next is that scene's.
5. "that kitchen line": the line over the kitchen, as "the kitchen line" names it.
6. "I wonder if the end card could perhaps say '…' instead?": the request, not a question.
"""

from __future__ import annotations

import pytest
from parse_helpers import asks, basic_with, only, unchanged, wires

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: hook "Wake up to cold brew" (top, 64, white; an iced coffee splash), showcase
# "Smooth. Bold. 100% arabica" (bottom, 56, white; a cold brew bottle on a sunny counter), cta
# "Order today" (center, 72, #F2A541); 15 s (4 + 7 + 4).
YELLOW = "#FFFF00"


def deli() -> AdProject:
    """Hours on two scenes: the late-night card and the end card (with the address)."""
    return basic_with(
        scene_1__overlay__text="Fresh bagels daily",
        scene_2__overlay__text="Open late till 1am Fri & Sat",
        scene_3__overlay__text="22 Elm Rd · 7am-3pm",
    )


def dealer() -> AdProject:
    """A listing (year, miles, price) and a finance card with the phone number."""
    return basic_with(
        scene_1__overlay__text="Find your next ride",
        scene_2__overlay__text="2021 RAV4 · 31k miles · $24,500",
        scene_3__overlay__text="1.9% APR for 48 months · Call (555) 201-3344",
    )


# --- 1. a scene named by the copy it shows ------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "text", "changes"),
    [
        (deli, "the open late till 1am card should be yellow", {"scene_2__overlay__color": YELLOW}),
        (deli, "make the till 1am text yellow", {"scene_2__overlay__color": YELLOW}),
        (deli, "move the 22 Elm Rd line to the top", {"scene_3__overlay__position": "top"}),
        (deli, "the address line at the top please", {"scene_3__overlay__position": "top"}),
        (dealer, "the $24,500 line in yellow", {"scene_2__overlay__color": YELLOW}),
        (dealer, "financing card text at the top", {"scene_3__overlay__position": "top"}),
        (dealer, "can you move the APR slide text to the bottom", {"scene_3__overlay__position": "bottom"}),
        (dealer, "listing card text at the top", {"scene_2__overlay__position": "top"}),
        (dealer, "the specs text in yellow", {"scene_2__overlay__color": YELLOW}),
    ],
)
def test_a_scene_named_by_its_copy_is_that_scene(make, text: str, changes: dict) -> None:
    only(text, make(), **changes)


def test_a_kind_named_without_the_is_that_scene_too() -> None:
    ops = wires("finance card 6 seconds", dealer())
    assert [(op["operation"], op.get("sceneId"), op.get("durationSec")) for op in ops] == [
        ("update_scene", "scene_3", 6.0)
    ]
    ops = wires("listing text bigger", dealer())
    assert [(op["sceneId"], op["fontSize"] > 56) for op in ops] == [("scene_2", True)]


def test_a_kind_on_two_scenes_asks_which_and_the_answer_picks_one() -> None:
    start = deli()
    question = asks("make the hours card white", start)
    assert "scene 2" in question and "scene 3" in question and "palette" not in question
    turn = parse_message("make the hours card yellow", start)
    assert turn.pending is not None and not turn.operations
    state = ConversationState(project_id=start.project_id, pending=turn.pending, last_question=turn.question)
    only("the end card", start, state=state, scene_3__overlay__color=YELLOW)


@pytest.mark.parametrize(
    "text",
    [
        "the 9pm card should be yellow",  # no text shows 9pm: never a guess at a scene
        "the hours text bigger",  # two scenes show hours
    ],
)
def test_copy_no_one_scene_shows_changes_nothing(text: str) -> None:
    unchanged(text, deli())


# --- 2. a scene in shorthand ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("s2 text at the top", {"scene_2__overlay__position": "top"}),
        ("sc3: 'Order a bottle'", {"scene_3__overlay__text": "Order a bottle"}),
        ("S1 = 'Mornings, sorted'", {"scene_1__overlay__text": "Mornings, sorted"}),
        ("scn 2 in yellow", {"scene_2__overlay__color": YELLOW}),
    ],
)
def test_a_scene_in_shorthand_is_that_scene(text: str, changes: dict) -> None:
    only(text, basic_with(), **changes)


@pytest.mark.parametrize("text", ["s9 text bigger", "the S3 tires look great"])
def test_shorthand_for_no_scene_changes_nothing(text: str) -> None:
    unchanged(text, basic_with())


# --- 3. a text said out loud ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "text", "scene"),
    [
        (dealer, "read the phone number out loud", 3),
        (dealer, "please say the price aloud too", 2),
        (deli, "have the voice-over say the address as well", 3),
        (deli, "read the hook text out loud", 1),
    ],
)
def test_a_text_said_out_loud_is_its_scenes_voice_over(make, text: str, scene: int) -> None:
    start = make()
    ops = wires(text, start)
    assert [(op["operation"], op["sceneId"], op["text"]) for op in ops] == [
        ("update_voiceover", f"scene_{scene}", start.scenes[scene - 1].overlay.text)
    ]


def test_a_kind_said_out_loud_on_two_scenes_asks() -> None:
    asks("say the hours out loud", deli())


# --- 4. a text said to be right -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "then", "scene"),
    [
        ("the times on the bottle scene are correct (6:30 is right)", "put that text at the top", 2),
        ("the price on the listing card is accurate", "make that text yellow", 2),
        ("the phone number is right, don't touch it", "move that text to the top", 3),
    ],
)
def test_a_text_said_to_be_right_is_kept_and_remembered(said: str, then: str, scene: int) -> None:
    start = (
        dealer() if "bottle" not in said else basic_with(scene_2__overlay__text="Sunrise flow · Tue 6:30am")
    )
    turn = parse_message(said, start)
    assert not turn.operations and not turn.question and turn.scene_ids == [f"scene_{scene}"], said
    state = ConversationState(project_id=start.project_id, scene_ids=list(turn.scene_ids))
    key = "color" if "yellow" in then else "position"
    only(then, start, state=state, **{f"scene_{scene}__overlay__{key}": YELLOW if key == "color" else "top"})


def test_a_remark_on_no_one_text_remembers_no_scene() -> None:
    turn = parse_message("the music is correct", dealer())
    assert not turn.operations and not turn.scene_ids


# --- 5. "that <picture> line" ----------------------------------------------------------------------


def test_that_line_named_by_its_picture_is_that_scenes_text() -> None:
    ops = wires("that bottle line could be bigger", basic_with())
    assert [(op["sceneId"], op["fontSize"] > 56) for op in ops] == [("scene_2", True)]


# --- 6. wondering whether a part could say or be something ----------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "I wonder if the end card could perhaps say 'Order a bottle' instead?",
            {"scene_3__overlay__text": "Order a bottle"},
        ),
        (
            "i was wondering whether the hook could say 'Mornings, sorted'",
            {"scene_1__overlay__text": "Mornings, sorted"},
        ),
        ("I wonder if the cta text could maybe be yellow?", {"scene_3__overlay__color": YELLOW}),
    ],
)
def test_wondering_whether_a_part_could_change_is_the_request(text: str, changes: dict) -> None:
    only(text, basic_with(), **changes)


def test_wondering_what_a_part_says_is_a_question() -> None:
    assert "Order today" in unchanged("I wonder what the end card says", basic_with())
