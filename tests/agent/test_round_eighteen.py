"""Round eighteen of issue 15: dev14's wrong edits, fixed as classes (scenes named by what they
show or when they play, phone autocorrect slips, tickets, "in that variant").

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import basic_with, soda_like, wires, with_version_b
from phrase_suite import B1, B2, B3, basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.autocorrect import autocorrected
from adgen.agent.understanding.foreign import to_english
from adgen.agent.understanding.open_brief import OPEN_QUESTION
from adgen.agent.understanding.tickets import without_actual
from adgen.agent.understanding.timed_scenes import at_time

# basic_project: hook 0-4 s "Wake up to cold brew" (64; iced coffee splash), showcase 4-11 s
# "Smooth. Bold. 100% arabica" (56; a bottle on a sunny counter), cta 11-15 s "Order today" (72;
# closing frame); product 0.5 / 0.5 / 0.4; volume 0.8.


def _ids(wire: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return [(op["operation"], op.get("sceneId")) for op in wire]


# --- a real word typed for another by autocorrect: only where the context is certain ------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("make the counter seen a bit shorter", "scene_2"),
        ("the splash seen should be 3 seconds", "scene_1"),
        ("can the closing frame seen be longer", "scene_3"),
    ],
)
def test_seen_for_scene_before_a_length(text: str, scene: str) -> None:
    wire = wires(text)
    assert len(wire) == 1 and wire[0]["operation"] == "update_scene" and wire[0]["sceneId"] == scene, wire


@pytest.mark.parametrize(
    "text",
    [
        "have you seen the hook? make it brighter",
        "I've seen the last version, looks good",
        "don't bother with the music",
        "the cows lowed all night",
        "a tiny but bold change",
    ],
)
def test_real_words_in_their_own_sense_stay(text: str) -> None:
    assert autocorrected(text, frozenset({"bottle"})) == text


@pytest.mark.parametrize(
    "text", ["move the bother to the left", "make the bother a bit smaller", "put the bother on the right"]
)
def test_bother_is_the_bottle_in_an_ad_with_a_bottle(text: str) -> None:
    wire = wires(text)
    assert wire and all(op["operation"] == "update_product" for op in wire), wire


def test_bother_stays_in_an_ad_with_no_bottle() -> None:
    assert autocorrected("make the bother bigger", frozenset({"can"})) == "make the bother bigger"


@pytest.mark.parametrize(
    "text", ["volume lowed a bit pls", "the song lowed please", "music lowed, it's too much"]
)
def test_lowed_after_the_music_is_lower(text: str) -> None:
    wire = wires(text)
    assert len(wire) == 1 and wire[0]["operation"] == "update_audio" and wire[0]["volume"] < 0.8, wire


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("music a little but louder", 0.8, 1.0),
        ("the music a wee but quieter", 0.55, 0.8),
        ("make the music a tiny but quieter", 0.55, 0.8),
    ],
)
def test_but_for_bit_before_a_comparative_is_a_small_step(text: str, low: float, high: float) -> None:
    wire = wires(text)
    assert len(wire) == 1 and low < wire[0]["volume"] < high, wire


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("drop the volume to 30%", 0.3),
        ("drop music down to 20%", 0.2),
        ("pls drop the track to 50 percent", 0.5),
    ],
)
def test_dropping_the_music_to_a_level_lowers_it(text: str, volume: float) -> None:
    assert wires(text) == [{"operation": "update_audio", "volume": volume}]


def test_dropping_the_music_alone_is_unchanged() -> None:
    assert autocorrected("drop the music") == "drop the music"


@pytest.mark.parametrize(
    "text", ["the music is sooo loud", "music is soooo loud tbh", "the music is toooo loud"]
)
def test_a_word_held_for_stress_is_the_word(text: str) -> None:
    wire = wires(text)
    assert len(wire) == 1 and wire[0]["volume"] < 0.8, wire


# --- a scene named by when it plays ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("at the 2 second mark, make the text red", "scene_1"),
        ("around the 8s mark the words should be yellow", "scene_2"),
        ("the last 3 seconds: text to 'Go now'", "scene_3"),
        ("the first 2 secs, text at the bottom", "scene_1"),
        ("9 seconds in, the text should be green", "scene_2"),
    ],
)
def test_a_time_names_the_scene_playing_then(text: str, scene: str) -> None:
    wire = wires(text)
    assert len(wire) == 1 and wire[0]["operation"] == "update_overlay" and wire[0]["sceneId"] == scene, wire


@pytest.mark.parametrize(
    "text",
    [
        "at the 4 second mark, make the text red",
        "the last 8 seconds should be brighter",
        "the first 6 seconds darker",
    ],
)
def test_a_time_on_a_cut_or_over_two_scenes_asks_which(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question and "scene 2" in turn.question, turn.question


@pytest.mark.parametrize(
    "text",
    ["make it 20 seconds", "make the hook 5 seconds", "make the ad 30 seconds in length", "a 6 second hook"],
)
def test_lengths_are_no_times(text: str) -> None:
    assert at_time(text, basic_project()) == (text, None)


def test_the_last_seconds_of_the_whole_ad_are_read_as_before() -> None:
    assert at_time("the last 20 seconds", basic_project()) == ("the last 20 seconds", None)


# --- a scene named by what happens in it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the bit where the bottle sits on the counter, text red", "scene_2"),
        ("in the shot where the iced coffee splashes please put the text at the bottom", "scene_1"),
        ("the part showing the closing frame, words to 'Order now'", "scene_3"),
    ],
)
def test_a_scene_named_by_what_it_shows(text: str, scene: str) -> None:
    wire = wires(text)
    assert len(wire) == 1 and wire[0]["operation"] == "update_overlay" and wire[0]["sceneId"] == scene, wire


def test_the_product_in_a_description_is_no_object() -> None:
    wire = wires("I can't read the words in the scene where the bottle sits on the counter, they're tiny")
    assert _ids(wire) == [("update_overlay", "scene_2")], wire


@pytest.mark.parametrize(
    "text", ["the scene where the dog jumps, text red", "the bit where the crowd cheers, make it brighter"]
)
def test_a_description_no_scene_matches_asks(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question and "Which scene" in turn.question


def test_a_description_two_scenes_match_asks_naming_them() -> None:
    project = basic_with(scene_3__backgroundPrompt="bottle on a counter at dusk")
    turn = parse_message("the bit where the bottle is on the counter, text red", project)
    assert not turn.operations and "scene 2" in (turn.question or "") and "scene 3" in (turn.question or "")


def test_a_description_inside_the_words_given_is_the_words() -> None:
    assert wires("the cta should say the bit where it clicks") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "the bit where it clicks"}
    ]


def test_a_colour_a_scene_shows_names_it() -> None:
    project = basic_with(scene_3__backgroundPrompt="navy and gold closing frame")
    assert wires("the navy ending is great, but change the words to 'Go'", project) == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Go"}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain scene word: the colour was dropped and "the scene" named none (it asked "which
        # scene do you mean by 'the get the scene'?"); it is the scene that shows the colour
        ("could we maybe get the lilac scene a second longer", {"sceneId": "scene_2", "durationSec": 8.0}),
        ("the lilac shot's text in red please", {"sceneId": "scene_2", "color": "#FF0000"}),
    ],
)
def test_a_colour_before_a_plain_scene_word_is_that_scene(text: str, expected: dict[str, Any]) -> None:
    project = basic_with(scene_2__backgroundPrompt="a calm lilac backdrop with a bottle")
    wire = wires(text, project)
    assert len(wire) == 1 and expected.items() <= wire[0].items(), wire


def test_a_colour_before_the_background_is_that_scenes_background() -> None:
    project = basic_with(scene_2__backgroundPrompt="a calm lilac backdrop with a bottle")
    wire = wires("make the lilac background warmer", project)
    assert _ids(wire) == [("update_scene", "scene_2")] and "warm" in wire[0]["backgroundPrompt"], wire


@pytest.mark.parametrize(
    "text", ["make the lemon text smaller", "the lemon words a bit smaller", "the lemon caption bigger"]
)
def test_words_one_scene_says_and_another_shows_ask(text: str) -> None:
    project = soda_like()
    turn = parse_message(text, project)
    assert not turn.operations and "scene 1" in (turn.question or "") and "scene 2" in (turn.question or "")


def test_words_said_exactly_name_their_scene() -> None:
    project = soda_like()
    assert _ids(wires("make the Real lemons text smaller", project)) == [("update_overlay", "scene_2")]


# --- "the text" after a request about one scene in the same message -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "make the hook 5 seconds and the text bigger",
        "the cta 3 seconds and the words red",
        "hook brighter, and the headline at the bottom",
    ],
)
def test_the_text_after_one_scene_is_that_scenes(text: str) -> None:
    wire = wires(text)
    scenes = {op["sceneId"] for op in wire}
    assert len(scenes) == 1, wire


def test_all_the_text_after_one_scene_is_every_text() -> None:
    wire = wires("make the hook 5 seconds and all the text bigger")
    assert {op["sceneId"] for op in wire if op["operation"] == "update_overlay"} == {
        "scene_1",
        "scene_2",
        "scene_3",
    }


@pytest.mark.parametrize(
    "text", ["the words there bigger", "make the text in there red", "ok the copy there smaller"]
)
def test_there_with_no_scene_talked_about_asks(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question


# --- tickets and counted lead-ins -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Expected: louder music. Actual: too quiet.", "Expected: louder music."),
        ("Actual: red text\nExpected: white text", "Expected: white text"),
        ("Current behaviour: the hook is dark. Expected: brighter hook", "Expected: brighter hook"),
    ],
)
def test_the_actual_part_of_a_ticket_goes(text: str, kept: str) -> None:
    assert without_actual(text) == kept


def test_actually_is_no_ticket_label() -> None:
    assert without_actual("actually make it red") == "actually make it red"


def test_a_ticket_describing_the_ad_as_it_is_changes_nothing_it_describes() -> None:
    wire = wires("Expected: cta text white. Actual: cta text orange on navy.")
    assert wire == [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"}]


@pytest.mark.parametrize(
    "text",
    [
        "AC: 1) hook text = 'Brewed cold' 2) cta text red",
        "Requirements: 1. hook text 'Brewed cold' 2. cta text red",
        "Changes: 1) hook text to 'Brewed cold' 2) cta text red",
    ],
)
def test_numbered_items_after_a_ticket_heading_are_separate(text: str) -> None:
    wire = wires(text)
    assert {"operation": "update_overlay", "sceneId": "scene_1", "text": "Brewed cold"} in wire
    assert {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"} in wire
    assert len(wire) == 2, wire


@pytest.mark.parametrize(
    "text",
    [
        "two things on the counter bit: the arabica text bigger and the bottle on the right",
        "2 changes for the counter scene: the text bigger and the bottle on the right",
        "a couple of things in the counter shot: text bigger, bottle on the right",
    ],
)
def test_a_count_before_a_scene_keeps_the_scene_for_each_request(text: str) -> None:
    wire = wires(text)
    assert sorted(_ids(wire)) == [("update_overlay", "scene_2"), ("update_product", "scene_2")], wire
    assert not any("scale" in op for op in wire), wire


# --- "in that variant" while editing the variant ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "in that variant also make the cta text red",
        "on this version, the cta text red",
        "for the new variant, cta text red please",
    ],
)
def test_in_that_variant_edits_the_variant(text: str) -> None:
    variant, family = with_version_b(basic_project())
    variant.variation.is_variation = True
    variant.variation.parent_project_id = "p_sample1"
    state = ConversationState(project_id=variant.project_id)
    turn = parse_message(text, variant, state=state, family=lambda: family)
    wire = [op.to_wire() for op in turn.operations]
    assert wire == [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"}], (
        wire,
        turn.question,
    )


def test_a_variant_asked_for_on_the_original_is_still_a_variant() -> None:
    turn = parse_message("make a variant where the cta text is red", basic_project())
    assert [op.operation for op in turn.operations] == ["create_variation"]


# --- open briefs that say when, not what -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we need an ad for the launch next month",
        "need a new video for the upcoming launch",
        "an ad for tomorrow pls",
    ],
)
def test_an_ad_for_a_time_asks_what_it_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question == OPEN_QUESTION and turn.brief is None


def test_an_ad_for_a_product_next_week_is_a_brief() -> None:
    turn = parse_message("a 15 s ad for our oat milk, launching next week", None)
    assert turn.brief is not None


# --- French: a scene named by what it shows -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("dans la scène où la chaussure tourne", "where shoe turns"),
        ("le texte de cette scène en bas", "of this scene"),
        ("dans la scène où le café", "where"),
    ],
)
def test_french_scene_descriptions_translate(text: str, english: str) -> None:
    assert english in to_english(text)


def test_background_constants_are_the_basic_projects() -> None:
    assert [s.background_prompt for s in basic_project().scenes] == [B1, B2, B3]


# --- more slips, labels and times as labels ---------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["can the music be quitter", "music a bit quitter pls", "make the volume much quitter"]
)
def test_quitter_after_the_music_is_quieter(text: str) -> None:
    wire = wires(text)
    assert len(wire) == 1 and wire[0]["operation"] == "update_audio" and wire[0]["volume"] < 0.8, wire


def test_quitter_with_no_music_stays() -> None:
    assert autocorrected("he is a quitter") == "he is a quitter"


@pytest.mark.parametrize(
    "text",
    [
        "make a 20 second add for Juniper tea",
        "an add for our oat bars, calm",
        "a quick add about Lumen serum",
    ],
)
def test_add_before_what_it_is_for_is_an_ad(text: str) -> None:
    assert " ad " in autocorrected(text) and " add " not in autocorrected(text)


def test_add_a_scene_stays_add() -> None:
    assert autocorrected("add a scene for the reviews") == "add a scene for the reviews"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Req: cta text white", "cta text white"),
        ("Q: how long is the ad?", "how long is the ad?"),
        ("ask: music louder", "music louder"),
    ],
)
def test_a_request_label_goes(text: str, kept: str) -> None:
    assert without_actual(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "first 4 seconds: text red. last 4 seconds: text 'Go'.",
        "the first 3 seconds: text red; the last 3 seconds: text 'Go'",
        "first 2 secs: text red\nlast 2 secs: text 'Go'",
    ],
)
def test_times_as_labels_name_their_scenes(text: str) -> None:
    assert wires(text) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FF0000"},
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Go"},
    ]


@pytest.mark.parametrize(
    "text", ["make it last 4 seconds", "can the ad last 20 seconds", "make the hook last 3 seconds"]
)
def test_last_as_a_verb_is_no_time(text: str) -> None:
    assert at_time(text, basic_project()) == (text, None)


# --- a scene named before a colon, without "in"/"on" -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "counter scene: make it way longer and the text pink",
        "the bottle shot: text 'Cold', font 60",
        "arabica bit: text at the top, bottle on the left",
    ],
)
def test_a_scene_before_a_colon_scopes_each_request(text: str) -> None:
    wire = wires(text)
    assert len(wire) == 2 and {op["sceneId"] for op in wire} == {"scene_2"}, wire


def test_the_music_after_a_scene_and_colon_is_the_ads() -> None:
    wire = wires("counter scene: text pink, music louder")
    assert _ids(wire) == [("update_overlay", "scene_2"), ("update_audio", None)], wire
