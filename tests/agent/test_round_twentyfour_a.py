"""Round twenty-four a (dev17's scenes named by what they show, scope words and corrections; each
class in words of its own, never dev17's): a close-up or a scene named by up to three words of its
picture ("in the rain close-up, …", "the red neon sign one"), by a number it says with commas ("the
25,000 runners scene"), by a price ("the price scene", "where the offer shows, …") or by a message
opening on "where …,"; "both middle scenes" of four; "wth" / "al" / "exept" typed in a scope;
"every other scene" / "the others" / "the rest of the scenes" after a change are the scenes it left;
"(it already is)" after an exception asks nothing; "the one before it"; "swap those two"; "same for
…" after "half a second shorter" takes the same half second; a correction said at length ("no sorry
wrong one, put it back. the cta i mean") moves the last change; "drop it to the bottom" moves a
text; a question about the words of a scene named by its picture answers with its words.

Every edit is checked on the whole resulting document: what was asked changed, nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with
from phrase_suite import basic_project

from adgen.agent.answers import answer_question
from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 0–4 s (white text at the top, 64), showcase 4–11 s (the bottle; white
# text at the bottom, 56), cta 11–15 s ("Order today", #F2A541, centre, 72); music at 0.8.

_BOOKKEEPING = ("history", "version", "createdAt", "updatedAt")


def _content(project: AdProject) -> dict[str, Any]:
    doc = project.model_dump(by_alias=True)
    for key in _BOOKKEEPING:
        doc.pop(key, None)
    return doc


def document_after(text: str, project: AdProject, state: ConversationState | None = None) -> dict[str, Any]:
    """The whole ad once ``text`` is applied; the message must neither ask nor leave words unread."""
    turn = parse_message(text, project, state=state)
    assert turn.operations and not turn.question and not turn.unknown, (text, turn)
    changed, error = simulate(project, turn.operations)
    assert error is None, (text, error)
    return _content(changed)


def _asked(text: str, project: AdProject, state: ConversationState | None = None) -> str:
    turn = parse_message(text, project, state=state)
    assert turn.question and not turn.operations, (text, turn)
    return turn.question


# Pictures a marketer names: rain on a window (showcase), a red neon sign (cta).
_PICTURES = {
    "scene_1__backgroundPrompt": "a quiet street at sunrise",
    "scene_2__backgroundPrompt": "close-up of rain drops on a cafe window",
    "scene_3__backgroundPrompt": "a red neon sign over a dark alley",
}


def pictured(**changes: Any) -> AdProject:
    return basic_with(**_PICTURES, **changes)


def four_scenes(**positions: str) -> AdProject:
    """basic_project with a second showcase (3 s, "Two shots of espresso") before the cta: 18 s;
    ``scene_N=place`` puts scene N's text there."""
    doc = basic_project().model_dump(by_alias=True)
    extra = {
        **doc["scenes"][1],
        "id": "scene_4",
        "durationSec": 3,
        "backgroundPrompt": "espresso pouring into a cup",
        "overlay": {**doc["scenes"][1]["overlay"], "text": "Two shots of espresso"},
    }
    doc["scenes"].insert(2, extra)
    doc["durationSec"] = 18
    for key, place in positions.items():
        doc["scenes"][int(key.removeprefix("scene_")) - 1]["overlay"]["position"] = place
    return AdProject.model_validate(doc)


# --- A: a scene named by what it shows ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("in the rain drops close-up, words to the middle", {"scene_2__overlay__position": "center"}),
        ("the rain close-up text centred", {"scene_2__overlay__position": "center"}),
        ("on the cafe window close-up: text to the top", {"scene_2__overlay__position": "top"}),
        ("the red neon sign one text to the top", {"scene_3__overlay__position": "top"}),
        ("the alley neon sign shot, text white", {"scene_3__overlay__color": "#FFFFFF"}),
    ],
)
def test_a_close_up_or_a_shot_named_by_its_picture_is_that_scene(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text, pictured()) == _content(pictured(**changes))


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the 25,000 runners scene text white", {"scene_2__overlay__color": "#FFFFFF"}),
        ("the 25,000 runners bit, text to the top", {"scene_2__overlay__position": "top"}),
        ("the 25,000 one: text size 60", {"scene_2__overlay__fontSize": 60}),
    ],
)
def test_a_scene_named_by_a_number_with_commas_is_the_scene_saying_it(
    text: str, changes: dict[str, Any]
) -> None:
    project = basic_with(scene_2__overlay__text="Loved by 25,000 runners")
    assert document_after(text, project) == _content(
        basic_with(scene_2__overlay__text="Loved by 25,000 runners", **changes)
    )


@pytest.mark.parametrize(
    "text",
    [
        "the scene with the rain drops: text white",
        "the shot with the cafe window rain, text white",
        "the one with the rain drops on the window, text white",
    ],
)
def test_the_scene_with_several_words_of_its_picture_reads_them_all(text: str) -> None:
    assert document_after(text, pictured()) == _content(pictured(scene_2__overlay__color="#FFFFFF"))


_OFFER = {"scene_2__overlay__text": "Smooth and bold", "scene_3__overlay__text": "Save 20% off today"}


@pytest.mark.parametrize(
    "text",
    [
        "where the price is, text to the top",
        "where the offer shows: text to the top",
        "the price scene, text to the top",
        "the discount bit text to the top",
    ],
)
def test_a_price_or_an_offer_names_the_scene_whose_words_give_one(text: str) -> None:
    project = basic_with(**_OFFER)
    assert document_after(text, project) == _content(basic_with(**_OFFER, scene_3__overlay__position="top"))


def test_a_price_no_scene_gives_is_asked() -> None:
    # ("100% arabica" is no price)
    # (round thirty-eight: "text to the top" of a kind no scene shows names the texts to choose from)
    asked = _asked("the price scene, text to the top", basic_project())
    assert "Which scene" in asked or "Which text do you mean: scene 1" in asked, asked


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("where the rain hits the window, text bigger", {"scene_2__overlay__fontSize": 70}),
        ("where the neon sign glows over the alley: text white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("and where the street is quiet, text to the bottom", {"scene_1__overlay__position": "bottom"}),
    ],
)
def test_a_message_opening_on_where_names_that_scene(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text, pictured()) == _content(pictured(**changes))


@pytest.mark.parametrize(
    "text",
    [
        "both middle scenes: text at the top",
        "the two middle ones text at the top",
        "the middle two scenes, text to the top",
    ],
)
def test_both_middle_scenes_of_four_are_the_second_and_third(text: str) -> None:
    assert document_after(text, four_scenes()) == _content(four_scenes(scene_2="top", scene_3="top"))


def test_both_middle_scenes_of_three_is_asked() -> None:
    assert "middle" in _asked("both middle scenes: text at the top", basic_project())


# --- typed loosely ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the shot wiht the neon sign, text white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("the scene wth the rain drops, text white", {"scene_2__overlay__color": "#FFFFFF"}),
        ("the bit whit the red neon sign: text white", {"scene_3__overlay__color": "#FFFFFF"}),
    ],
)
def test_with_typed_loosely_after_a_scene_word(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text, pictured()) == _content(pictured(**changes))


@pytest.mark.parametrize(
    "text",
    [
        "al the text to the top exept the cta",
        "all the captions to the top excpet the cta",
        "every text to the top accept the cta",
        "all text to the top expect the cta",
    ],
)
def test_all_and_except_typed_loosely_leave_the_scene_out(text: str) -> None:
    assert document_after(text, basic_project()) == _content(
        basic_with(scene_2__overlay__position="top")  # (the hook's text is at the top already)
    )


@pytest.mark.parametrize(
    "text",
    [
        "all the text red except the cta (it already is)",
        "every caption red except the cta (it's already red)",
        "all text red except the cta, since it is already red",
    ],
)
def test_why_a_scene_is_left_out_asks_nothing(text: str) -> None:
    project = basic_with(scene_3__overlay__color="#FF0000")
    assert document_after(text, project) == _content(
        basic_with(
            scene_1__overlay__color="#FF0000",
            scene_2__overlay__color="#FF0000",
            scene_3__overlay__color="#FF0000",
        )
    )


# --- after a change: the others, the one before it, those two, the same amount --------------------


@pytest.mark.parametrize(
    "text",
    [
        "and now every other scene's text red",
        "now the others red",
        "the rest of the scenes: text red",
        "the other two text red",
        "all the other scenes text red",
    ],
)
def test_the_others_after_a_change_are_the_scenes_it_left(text: str) -> None:
    project, state = after("cta text to white", basic_project())
    assert document_after(text, project, state) == _content(
        basic_with(
            scene_3__overlay__color="#FFFFFF",
            scene_1__overlay__color="#FF0000",
            scene_2__overlay__color="#FF0000",
        )
    )


def test_the_others_around_the_middle_scene_leave_it_out() -> None:
    project, state = after("the showcase text red", basic_project())
    assert document_after("now the other scenes text to the bottom", project, state) == _content(
        basic_with(
            scene_2__overlay__color="#FF0000",
            scene_1__overlay__position="bottom",
            scene_3__overlay__position="bottom",
        )
    )


def test_a_count_of_the_others_that_does_not_fit_is_asked() -> None:
    project, state = after("cta text to white", basic_project())
    turn = parse_message("the other three text red", project, state=state)
    assert not turn.operations


@pytest.mark.parametrize(
    ("first", "then", "changes"),
    [
        (
            "the cta a second longer",
            "the one before it as well",
            {"durationSec": 17.0, "scene_3__durationSec": 5.0, "scene_2__durationSec": 8.0},
        ),
        (
            "the showcase text red",
            "and the scene right after it",
            {"scene_2__overlay__color": "#FF0000", "scene_3__overlay__color": "#FF0000"},
        ),
        (
            "the showcase text red",
            "the one before that too",
            {"scene_2__overlay__color": "#FF0000", "scene_1__overlay__color": "#FF0000"},
        ),
    ],
)
def test_the_one_before_it_is_the_neighbour_of_the_scene_just_changed(
    first: str, then: str, changes: dict[str, Any]
) -> None:
    project, state = after(first, basic_project())
    assert document_after(then, project, state) == _content(basic_with(**changes))


@pytest.mark.parametrize("then", ["swap those two", "switch them around", "swap the two"])
def test_swap_those_two_after_two_scenes_were_named(then: str) -> None:
    project, state = after("scenes 1 and 2 text red", basic_project())
    result = document_after(then, project, state)
    assert [s["id"] for s in result["scenes"]] == ["scene_2", "scene_1", "scene_3"]
    assert {k: v for k, v in result.items() if k != "scenes"} == {
        k: v for k, v in _content(project).items() if k != "scenes"
    }


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("the hook half a second shorter", "same for the showcase"),
        ("shave half a second off the hook", "same for the showcase"),
        ("take a second off the hook", "same for the showcase"),
    ],
)
def test_same_for_after_an_amount_in_words_takes_that_amount(first: str, then: str) -> None:
    project, state = after(first, basic_project())
    hook = project.scenes[0].duration_sec
    taken = 4.0 - hook
    result = document_after(then, project, state)
    assert result["scenes"][1]["durationSec"] == 7.0 - taken
    assert result["scenes"][0]["durationSec"] == hook
    assert result["durationSec"] == 15.0 - 2 * taken


@pytest.mark.parametrize(
    "text", ["take a second off the hook", "knock a second off the hook", "trim one second off the hook"]
)
def test_a_second_taken_off_a_scene_is_its_length(text: str) -> None:
    assert document_after(text, basic_project()) == _content(
        basic_with(durationSec=14.0, scene_1__durationSec=3.0)
    )


def test_take_a_second_with_nothing_off_is_no_length() -> None:
    turn = parse_message("take a second to look at the hook", basic_project())
    assert not turn.operations


@pytest.mark.parametrize(
    "text",
    [
        "and on the cta: 'Order yours today.'",
        "also for the cta: 'Order yours today.'",
        "and scene 3: 'Order yours today.'",
    ],
)
def test_words_for_another_scene_right_after_a_voice_over_are_its_voice_over(text: str) -> None:
    project, state = after("hook voiceover: 'Still sleepy?'", basic_project())
    result = document_after(text, project, state)
    assert result["scenes"][2]["voiceover"]["text"] == "Order yours today."
    assert result["scenes"][2]["overlay"] == _content(project)["scenes"][2]["overlay"]


# --- a correction of the last change, said at length --------------------------------------------


@pytest.mark.parametrize(
    "then",
    [
        "no sorry wrong one, put it back. the cta i mean",
        "wrong scene, undo that. I meant the cta",
        "no, the other one, the one with the closing frame. put that back",
        "hmm, it was already red wasn't it. I meant the cta, the orange writing at the end",
    ],
)
def test_a_correction_said_at_length_moves_the_last_change(then: str) -> None:
    project, state = after("make the hook text red", basic_project())
    assert document_after(then, project, state) == _content(basic_with(scene_3__overlay__color="#FF0000"))


@pytest.mark.parametrize(
    "then",
    [
        "no, that's not what I meant. put it back. I meant all the text except the hook",
        "wrong one, undo it. I meant every text except the hook",
    ],
)
def test_a_correction_to_all_but_one_scene_moves_the_change_there(then: str) -> None:
    project, state = after("the hook text red", basic_project())
    assert document_after(then, project, state) == _content(
        basic_with(scene_2__overlay__color="#FF0000", scene_3__overlay__color="#FF0000")
    )


# --- drop it to the bottom ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the hook text is too high, drop it to the bottom",
        "drop the hook text to the bottom",
        "the wake up line, drop it down to the bottom",
    ],
)
def test_drop_a_text_to_a_place_moves_it(text: str) -> None:
    assert document_after(text, basic_project()) == _content(basic_with(scene_1__overlay__position="bottom"))


def test_drop_a_scene_still_removes_it() -> None:
    turn = parse_message("drop the hook", basic_project())
    assert [op.to_wire()["operation"] for op in turn.operations] == ["remove_scene"]


# --- a question about a described scene's words --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what's the text on the scene with the bottle?",
        "what is written on the scene with the bottle on the counter?",
        "what does the bottle scene say?",
    ],
)
def test_a_question_about_the_words_of_a_described_scene_answers_its_words(text: str) -> None:
    said = answer_question(text, basic_project()).text
    assert "Smooth. Bold. 100% arabica" in said and "product" not in said


@pytest.mark.parametrize(
    "then",
    [
        "not the hook, sorry, the cta line",
        "not the hook, oops, the cta text. put the hook back and change the cta text to that instead",
        "not the hook, my bad, the cta words",
    ],
)
def test_not_this_scene_but_that_one_moves_the_words_there(then: str) -> None:
    project, state = after("the hook says 'Still sleepy?'", basic_project())
    assert document_after(then, project, state) == _content(
        basic_with(scene_3__overlay__text="Still sleepy?")
    )


def test_words_corrected_after_i_meant_stay_the_words() -> None:
    project, state = after("the hook says 'Still sleepy?'", basic_project())
    assert document_after("no wait, I meant 'Still sleepy??'", project, state) == _content(
        basic_with(scene_1__overlay__text="Still sleepy??")
    )


# --- words, then a length, for one scene ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the showcase text 'Smooth' and a second longer",
        "the bottle scene: text 'Smooth' and 1 second longer",
        "scene 2 says 'Smooth', a second longer",
    ],
)
def test_words_then_a_length_change_both_for_the_scene(text: str) -> None:
    assert document_after(text, basic_project()) == _content(
        basic_with(durationSec=16.0, scene_2__overlay__text="Smooth", scene_2__durationSec=8.0)
    )


@pytest.mark.parametrize(
    "text",
    [
        "the bottle scene: text white and 5 seconds long",
        "the bottle scene: text white, 5 seconds",
        "in the bottle scene: text white and make it 5 seconds long",
    ],
)
def test_a_length_after_a_scene_and_a_colon_is_that_scenes(text: str) -> None:
    assert document_after(text, basic_project()) == _content(
        basic_with(durationSec=13.0, scene_2__durationSec=5.0)
    )


def test_the_ads_length_after_a_scene_and_a_colon_stays_the_ads() -> None:
    result = document_after("in the bottle scene: text 'Smooth', and make the ad 20 seconds", basic_project())
    assert result["durationSec"] == 20.0
    assert result["scenes"][1]["overlay"]["text"] == "Smooth"
