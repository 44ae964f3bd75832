"""Round twenty-five, part c (helper d18c, 2026-12-05): dev18's regional Englishes, typos, terse
follow-ups, relative lengths on one scene and mixed messages. Indian English ("kindly do the needful
and …"), Nigerian Pidgin ("abeg", "d music", "make am …", "well well", "e never reach"), Singlish
("lah", "… how long ah?", "make 5 can"), words with their article or "it" dropped ("music little
louder", "make 5"), "barely audible" as a target, "once more" / "no, LOUDER." after a step, an amount
after a complaint about one scene's length ("the problem scene is too long, cut 2 secs": that scene,
not the ad rescaled), an undo after a complaint ("way too dark now. undo that and brighten it
instead"), "which scene says '…'?" with the words quoted, "Black Friday" (no colour), "legal review
time." (no testimonial) and "the cta needs '…' added" (a line joined to the words there). Each
class is tested in other words than the crowd's and asserts the exact operations, so nothing else
changes."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, wires, with_version_b
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.cross_version import read_cross_copy
from adgen.agent.understanding.regional import regional_english
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, "Wake up to cold brew"), showcase 7 s (56, "Smooth. Bold. 100%
# arabica"), cta 4 s (72, #F2A541, "Order today"); music 0.8; three scenes.


def _volume(value: float) -> list[dict[str, Any]]:
    return [{"operation": "update_audio", "volume": value}]


def _overlay(scene: int, **fields: Any) -> dict[str, Any]:
    return {"operation": "update_overlay", "sceneId": f"scene_{scene}", **fields}


def _length(scene: int, seconds: float) -> dict[str, Any]:
    return {"operation": "update_scene", "sceneId": f"scene_{scene}", "durationSec": seconds}


def _half_volume() -> AdProject:
    return basic_with(audio__volume=0.5)


# --- 1. regional Englishes: the request inside them ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian English: "do the needful and …" only says the request follows
        ("please do the needful and turn the music down a bit", _volume(0.4)),
        ("Kindly do the needful: music slightly louder", _volume(0.6)),
        # Nigerian Pidgin: "abeg" please, "d" the, "small" a bit after a verb of amount, "well well" a lot
        ("abeg lower d music small", _volume(0.4)),
        ("abeg increase d volume small small", _volume(0.6)),
        ("make d song quieter well well", _volume(0.1)),
        ("abeg turn the music up well well", _volume(0.9)),
        # Singlish: the particles say nothing
        ("music softer a bit lah", _volume(0.4)),
        ("the music louder can?", _volume(0.7)),
        ("music down a little leh", _volume(0.4)),
        # the article dropped before "little"
        ("make music littel softer pls", _volume(0.4)),
        ("song little louder", _volume(0.6)),
    ],
)
def test_the_music_in_regional_english(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text, _half_volume()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abeg make d hook text bigger", [_overlay(1, fontSize=80)]),
        ("kindly do the needful and make the cta text red", [_overlay(3, color="#FF0000")]),
        ("d cta text smaller small lah", [_overlay(3, fontSize=63)]),
    ],
)
def test_a_text_in_regional_english(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("text", "copy"),
    [
        ("abeg the cta should say 'Abeg buy am lah'", "Abeg buy am lah"),
        ('make the hook say "d music dey sweet well well"', "d music dey sweet well well"),
        ("cta: 'Order now can'", "Order now can"),
        ("abeg cta: Buy now o", "Buy now o"),  # a text typed without quotes keeps its words
    ],
)
def test_quoted_copy_keeps_its_regional_words(text: str, copy: str) -> None:
    changed = [op for op in wires(text) if "text" in op]
    assert [op["text"] for op in changed] == [copy]


# --- 2. "barely audible" as what is wanted: much quieter ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "make the music barely audible, it's a meditation app",
        "turn the track down to barely there",
        "set the soundtrack so it's hardly audible",
    ],
)
def test_barely_audible_wanted_is_much_quieter(text: str) -> None:
    assert wires(text, _half_volume()) == _volume(0.1)


def test_barely_audible_said_of_the_music_is_still_too_quiet() -> None:
    assert wires("the music is barely audible", _half_volume()) == _volume(0.7)


# --- 3. terse follow-ups: one more step the same way ------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("make the music louder", "once more", _volume(0.9)),
        ("make the music louder", "more lah", _volume(0.9)),
        ("make the music louder", "still not enough, add more", _volume(0.9)),
        ("make the hook text bigger", "e never reach, add more", [_overlay(1, fontSize=100)]),
        ("make the hook text bigger", "not enough yet, give it more", [_overlay(1, fontSize=100)]),
        ("make the hook text bigger", "once more please", [_overlay(1, fontSize=100)]),
    ],
)
def test_once_more_repeats_the_step(first: str, then: str, expected: list[dict[str, Any]]) -> None:
    project, state = after(first, _half_volume())
    assert wires(then, project, state) == expected


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("make the music louder", "no, LOUDER.", _volume(0.9)),
        ("turn the music down", "no, quieter!", _volume(0.1)),
        ("make the hook text bigger", "no, bigger", [_overlay(1, fontSize=100)]),
    ],
)
def test_no_then_the_same_word_is_one_more_step(
    first: str, then: str, expected: list[dict[str, Any]]
) -> None:
    project, state = after(first, _half_volume())
    assert wires(then, project, state) == expected


def test_no_then_another_word_is_still_a_correction() -> None:
    project, state = after("make the hook text bigger", basic_project())
    assert wires("no, I meant smaller", project, state) == [_overlay(1, fontSize=51)]


# --- 4. a length step after a complaint about one scene's length: that scene only -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the showcase is to long, cut 2 secs", [_length(2, 5.0)]),
        ("the middle scene drags - trim 1.5 seconds", [_length(2, 5.5)]),
        ("showcase feels way too long, knock off 3 s", [_length(2, 4.0)]),
        ("the hook is too short, add a second", [_length(1, 5.0)]),
        ("the end card is too short. add 2 seconds", [_length(3, 6.0)]),
    ],
)
def test_a_step_after_a_scene_length_complaint_is_that_scenes(
    text: str, expected: list[dict[str, Any]]
) -> None:
    assert wires(text) == expected


def test_a_step_that_names_the_ad_is_still_the_ads() -> None:
    got = wires("the showcase is too long, cut the whole ad by 2 seconds")
    assert {"operation": "set_duration", "durationSec": 11.6} in got


def test_a_later_step_on_another_scene_keeps_the_first() -> None:
    project, state = after("the showcase is too long, cut 2 secs", basic_project())
    assert wires("and teh hook 1 sec longr", project, state) == [_length(1, 5.0)]


# --- 5. a length asked about, then a value with "it" dropped ("make 5 can") --------------------------


@pytest.mark.parametrize("then", ["make 5 can", "set 6 lah", "make 5"])
def test_a_value_after_a_length_question_with_it_dropped(then: str) -> None:
    project = basic_project()
    asked = parse_message("the last scene how long ah?", project)
    assert asked.answer and asked.scene_ids == ["scene_3"], asked
    state = ConversationState(
        project_id=project.project_id,
        scene_ids=list(asked.scene_ids),
        topic=asked.topic,
        last_question=asked.asked,
        recent=list(asked.scene_ids),
    )
    seconds = float(then.split()[1])
    assert wires(then, project, state) == [_length(3, seconds)]


# --- 6. an undo after a complaint about the last change -------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        (
            "make the hook background darker",
            "hmm, now it's far too dark. undo that and brighten it instead",
            {"backgroundPrompt": "splash of iced coffee, energetic, bright, brighter"},
        ),
        (
            "make the showcase background warmer",
            "way too orange now. undo that and make it cooler instead",
            {"backgroundPrompt": "cold brew bottle on a sunny counter, warm light, cooler"},
        ),
        (
            "make the hook background moodier",
            "ugh, too gloomy. go back and make it brighter instead",
            {"backgroundPrompt": "splash of iced coffee, energetic, bright, brighter"},
        ),
    ],
)
def test_undo_after_a_complaint_reads_the_rest_against_the_undone_ad(
    first: str, then: str, expected: dict[str, Any]
) -> None:
    project, state = after(first, basic_project())
    got = wires(then, project, state)
    assert got[0] == {"operation": "undo"}
    assert [{k: v for k, v in op.items() if k not in ("operation", "sceneId")} for op in got[1:]] == [
        expected
    ]


# --- 7. "which scene says '…'?" with the words quoted, then "that one" --------------------------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("which scene says 'Order today'?", "scene_3"),
        ('which one has the text "Wake up to cold brew"?', "scene_1"),
        ("what scene mentions '100% arabica'??", "scene_2"),
    ],
)
def test_which_scene_says_quoted_words(text: str, scene: str) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    assert turn.scene_ids == [scene] and "No scene" not in (turn.answer or ""), turn
    state = ConversationState(
        project_id=project.project_id, scene_ids=[scene], topic=turn.topic, last_question=turn.asked
    )
    current = project.scene(scene).duration_sec
    assert wires("that one, a second longer", project, state) == [
        {"operation": "update_scene", "sceneId": scene, "durationSec": current + 1}
    ]


# --- 8. Black Friday is a day, never a colour -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("blakc friday: cta txt 'Doorbusters inside'", [_overlay(3, text="Doorbusters inside")]),
        (
            "for Black Friday the hook should say 'Biggest sale of the year'",
            [_overlay(1, text="Biggest sale of the year")],
        ),
        ("black-friday push: end card 'Ends Monday'", [_overlay(3, text="Ends Monday")]),
    ],
)
def test_black_friday_sets_no_colour(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


def test_black_is_still_a_colour() -> None:
    assert wires("make the cta text black for friday") == [_overlay(3, color="#000000")]


# --- 9. "legal review time." opens the message, no testimonial -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "legal review time. what does the cta say?",
        "ok, compliance check: what does the cta say?",
        "Final review - what does the cta say?",
    ],
)
def test_a_review_named_first_is_no_scene(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.answer and "Order today" in turn.answer and turn.scene_ids == ["scene_3"], turn
    assert not turn.operations and not turn.unknown and not turn.ignored


# --- 10. "the cta needs '…' added": a line under the words there -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the cta needs '*Terms apply' added", [_overlay(3, text="Order today\n*Terms apply")]),
        (
            "the hook text should get 'New formula' underneath",
            [_overlay(1, text="Wake up to cold brew\nNew formula")],
        ),
        (
            "the end card must have 'while stocks last' appended",
            [_overlay(3, text="Order today\nwhile stocks last")],
        ),
    ],
)
def test_words_needed_added_join_the_text(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


def test_words_needed_alone_still_replace_the_text() -> None:
    assert wires("the cta needs 'Shop the sale'") == [_overlay(3, text="Shop the sale")]


# --- 11. "cool, put that on A too" after reading version B's words ---------------------------------


@pytest.mark.parametrize(
    "text",
    ["cool, put that on A too", "love it, use that on the original as well", "nice! copy that to A"],
)
def test_an_acknowledgement_before_that_on_another_version(text: str) -> None:
    original = basic_project()
    variant, family = with_version_b(original)
    variant.scenes[2].overlay.text = "First order ships free"
    found = read_cross_copy(text, lambda: family, last_ref=variant.project_id, last_scenes=["scene_3"])
    assert found is not None and found.project_id == original.project_id
    assert [op.to_wire() for op in found.operations] == [_overlay(3, text="First order ships free")]


# --- 12. British, Irish and Australian amounts ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # small: "a skosh", "a shade", "a whisker"
        ("music a skosh quieter", _volume(0.4)),
        ("make the music a shade softer", _volume(0.4)),
        ("music a whisker louder please", _volume(0.6)),
        # much: "a fair bit", "quite a bit", "by a mile"
        ("music a fair bit louder", _volume(0.9)),
        ("quite a bit quieter on the music", _volume(0.1)),
        ("the music needs to be louder by a mile", _volume(0.9)),
    ],
)
def test_regional_amounts(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text, _half_volume()) == expected


# --- 13. Indian English "prepone … before …": moved earlier -----------------------------------------


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("prepone the cta before the showcase", ["scene_1", "scene_3", "scene_2"]),
        ("kindly prepone the showcase to the start", ["scene_2", "scene_1", "scene_3"]),
        ("can you prepone the end card ahead of the showcase", ["scene_1", "scene_3", "scene_2"]),
    ],
)
def test_prepone_before_a_scene_moves_it(text: str, order: list[str]) -> None:
    assert wires(text) == [{"operation": "reorder_scenes", "order": order}]


# --- 14. more particles and dropped words: "abit", "little bit", "can or not", "nau", "is" dropped ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("music louder abit", _volume(0.6)),
        ("reduce the volume little bit", _volume(0.4)),
        ("music quieter alittle please", _volume(0.4)),
        ("music softer can or not?", _volume(0.3)),
        ("pls nau, turn the music down", _volume(0.3)),
        ("biko turn d music up small", _volume(0.6)),
    ],
)
def test_more_regional_particles(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text, _half_volume()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("d hook text too small, make am bigger", [_overlay(1, fontSize=80)]),
        ("the cta very small lah, bigger can?", [_overlay(3, fontSize=90)]),
        ("this music too loud one, make it softer", _volume(0.3)),
    ],
)
def test_is_dropped_after_the_thing_described(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text, _half_volume()) == expected


# --- 15. "showcase: cut 2 sec", "hook: make it bigger": a change after a label, never new words ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("showcase: trim 2 secs", [_length(2, 5.0)]),
        ("end card: add 1.5 s", [_length(3, 5.5)]),
        ("hook: make it smaller", [_overlay(1, fontSize=51)]),
        ("cta: make it white pls", [_overlay(3, color="#FFFFFF")]),
    ],
)
def test_a_change_after_a_scene_label(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    "copy", ["Take 5", "Make it yours", "Make it better", "Turn it up", "Add 2 for 10", "Make it Summer"]
)
def test_imperative_copy_after_a_label_stays_words(copy: str) -> None:
    assert wires(f"cta: {copy}") == [_overlay(3, text=copy)]


# --- 16. more ways to say "once more" and "not enough yet" -------------------------------------------


@pytest.mark.parametrize(
    "then",
    [
        "keep going",
        "go on",
        "more, more",
        "need a bit more",
        "same again",
        "one more",
        "moar",
        "more o",
        "can more?",
    ],
)
def test_more_ways_to_repeat_the_step(then: str) -> None:
    project, state = after("turn the music up", _half_volume())
    assert wires(then, project, state) == _volume(0.9)


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("turn the music up", "still not loud enough", _volume(0.9)),
        ("make the cta text bigger", "not big enough yet", [_overlay(3, fontSize=112)]),
        ("turn the music down", "hmm, not quiet enough", _volume(0.1)),
    ],
)
def test_not_enough_yet_is_one_more_step(first: str, then: str, expected: list[dict[str, Any]]) -> None:
    project, state = after(first, _half_volume())
    assert wires(then, project, state) == expected


@pytest.mark.parametrize("then", ["go on", "one more", "same again"])
def test_once_more_after_a_change_with_no_step_changes_nothing(then: str) -> None:
    project, state = after("make the hook text red", basic_project())
    turn = parse_message(then, project, state=state)
    assert not turn.operations


# --- 17. a question and its edit in one message, "it" dropped ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the showcase how long ah? make 6 can", [_length(2, 6.0)]),
        ("how long the hook? set to 5", [_length(1, 5.0)]),
        ("wetin be the cta colour? make am white", [_overlay(3, color="#FFFFFF")]),
    ],
)
def test_a_question_then_its_edit_with_it_dropped(text: str, expected: list[dict[str, Any]]) -> None:
    turn = parse_message(text, basic_project())
    assert turn.answer, turn
    assert [op.to_wire() for op in turn.operations] == expected
    assert not turn.ignored and not turn.question


# --- 18. what the regional rows leave alone ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "go to D first",  # version D
        "switch to version d first",
        "put the logo on the beer can",  # a can, no question
        "scale the product down to small",  # a size, no amount
        "the music is meh",  # "meh" is English
        "make the cta say it can",
        "change the brand name to Abeg Foods",  # a capitalised word inside a sentence is a name
        "the brand is Biko Kitchen",
    ],
)
def test_regional_rows_leave_plain_english_alone(text: str) -> None:
    assert regional_english(text) == text


# --- 19. "again" after a length changed by an amount: the same amount -------------------------------


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("shave 2 seconds off the showcase", "again", [_length(2, 3.0)]),
        ("the showcase drags, trim 1 sec", "once more", [_length(2, 5.0)]),
        ("make the hook 1 second longer", "one more time", [_length(1, 6.0)]),
    ],
)
def test_again_after_an_amount_repeats_the_amount(
    first: str, then: str, expected: list[dict[str, Any]]
) -> None:
    project, state = after(first, basic_project())
    assert wires(then, project, state) == expected


def test_again_after_a_plain_step_repeats_the_step() -> None:
    project, state = after("make the hook longer", basic_project())
    assert wires("again", project, state) == [_length(1, 6.25)]


# --- 20. a bare number after a length changed by an amount ---------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        # as a length it would go the other way: the amount
        ("make the hook 1 second longer", "no, 2", [_length(1, 6.0)]),
        ("make the cta 2 seconds longer", "no, 1", [_length(3, 5.0)]),
        ("make the showcase 2 seconds longer", "3 then", [_length(2, 10.0)]),
    ],
)
def test_a_number_that_would_go_the_other_way_is_the_amount(
    first: str, then: str, expected: list[dict[str, Any]]
) -> None:
    project, state = after(first, basic_project())
    assert wires(then, project, state) == expected


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("take 2 seconds off the showcase", "no, 3"),
        ("make the hook 1 second longer", "5 then"),
        ("shave 1 sec off the showcase", "make it 2"),
    ],
)
def test_a_number_both_ways_could_read_is_asked(first: str, then: str) -> None:
    project, state = after(first, basic_project())
    turn = parse_message(then, project, state=state)
    assert not turn.operations and turn.question and " long, or " in turn.question, turn


# --- 21. a hedged size said of a thing is the complaint: the other way --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the hook text is a bit big", [_overlay(1, fontSize=56)]),
        ("hmm the cta words look kind of small", [_overlay(3, fontSize=83)]),
        ("the showcase text's a tad large", [_overlay(2, fontSize=49)]),
        ("the cta text abit small leh", [_overlay(3, fontSize=83)]),
    ],
)
def test_a_hedged_size_is_a_complaint(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


def test_a_hedged_size_asked_for_is_that_size() -> None:
    assert wires("make the hook text a bit small") == [_overlay(1, fontSize=56)]
