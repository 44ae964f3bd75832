"""Round seven (b) of issue 15: the classes of phrasing dev7 found in typos, complaints,
intensity, variants and follow-ups.

Each test is one general cause, tried with phrasings that are in no held-out set, so the fix is
a class and not a sentence.
"""

from __future__ import annotations

from typing import Any

from parse_helpers import after, wires
from phrase_suite import basic_project, two_showcases_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.confidence import word_doubt
from adgen.agent.understanding.normaliser import correct, normalise
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.switching import VariantFamily
from adgen.agent.understanding.vocabulary import CTA_LINES
from adgen.project import AdProject


def asked(text: str, project: AdProject | None = None) -> ParsedTurn:
    turn = parse_message(text, project or basic_project())
    assert turn.operations == [] and turn.question, (text, turn.operations, turn.unknown)
    return turn


def answered(turn: ParsedTurn, answer: str) -> list[dict[str, Any]]:
    """The operations a one-word answer to ``turn``'s question picks."""
    assert turn.pending is not None
    option = turn.pending.choose(answer)
    assert option is not None, (answer, [o.label for o in turn.pending.options])
    return option.operations


# --- typos ------------------------------------------------------------------------------------


def test_an_everyday_word_with_two_letters_swapped_is_read() -> None:
    # Words around an instruction that the instruction vocabulary does not hold.
    for typed, meant in (("adn", "and"), ("jsut", "just"), ("yuor", "your"), ("srory", "sorry")):
        assert correct(typed) == meant and word_doubt(typed) is None
    assert wires("jsut make the cta text yellow") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFF00"}
    ]
    # A swap beats a letter struck for another ("waht" is "what", not "want"); an extra letter
    # stays a guess between its readings ("reod": red or redo).
    assert correct("waht") == "what"
    doubt = word_doubt("reod")
    assert doubt is not None and doubt.read_as == "red" and "redo" in doubt.rivals


def test_an_arrow_between_a_field_and_its_value_says_to() -> None:
    assert normalise("music → jazz pls") == "music to jazz pls"
    assert wires("music -> jazz") == [{"operation": "update_style", "musicMood": "jazz"}]
    assert wires("cta colour → gold") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFD700"}
    ]
    # What follows the arrow is the value, as typed: a quote and a name are kept.
    assert wires("change 'Order today' -> 'Order by Friday'") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Order by Friday"}
    ]


def test_a_number_of_seconds_in_the_singular_is_a_length_not_a_place() -> None:
    assert wires("give the showcase 6 second") == [
        {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 6.0}
    ]
    assert wires("the cta, like 2 sec") == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 2.0}
    ]
    # "second" alone after a scene is still its new place.
    assert [op["operation"] for op in wires("make the cta second")] == ["reorder_scenes"]


def test_scene_role_words_are_read_through_typos_and_proof_alone() -> None:
    project = two_showcases_project()  # scene_4 is the social proof
    assert wires("the scoial proof should say 'Runners love it'", project) == [
        {"operation": "update_overlay", "sceneId": "scene_4", "text": "Runners love it"}
    ]
    (op,) = wires("make the proof text smaller", project)
    assert op["sceneId"] == "scene_4" and op["fontSize"] < project.scene("scene_4").overlay.font_size


def test_the_words_other_rules_read_are_typo_targets() -> None:
    # The voice-over, complaint, follow-up and multiplier rules' words, and a held key.
    for typed, meant in (
        ("narartor", "narrator"),
        ("dissapears", "disappears"),
        ("hlaf", "half"),
        ("doubel", "double"),
        ("variaations", "variations"),
        ("thaat", "that"),
    ):
        assert correct(typed) == meant, typed
    assert correct("sodaas") is None  # a product word: never squeezed into a guess
    assert wires("chop the showcase in hlaf") == [
        {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 3.5}
    ]


# --- complaints -------------------------------------------------------------------------------


def test_the_colour_a_text_is_lost_on_is_the_problem_not_the_fix() -> None:
    project = basic_project()
    for text in (
        "the hook words vanish against the white sky",
        "the cta text blends into that amber glow",
        "'Order today' washes out on the orange",
    ):
        turn = asked(text, project)
        assert "white, black, or bigger" in (turn.question or "")
    turn = asked("'Order today' washes out on the orange", project)
    assert turn.question == "Should the CTA text be white, black, or bigger?"
    assert answered(turn, "black") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#000000"}
    ]


def test_a_dull_line_asks_for_new_words_and_can_take_ours() -> None:
    project = basic_project()
    turn = asked("the cta wording feels kind of generic", project)
    assert "What should the CTA text say instead?" in (turn.question or "")
    assert turn.scene_ids == ["scene_3"]  # a quoted reply goes to the CTA
    (op,) = answered(turn, "something different")
    assert op["sceneId"] == "scene_3" and op["text"] in CTA_LINES and op["text"] != "Order today"


def test_music_with_too_little_life_asks_how_to_liven_it() -> None:
    project = two_showcases_project()  # epic music at 0.5
    turn = asked("this soundtrack is a bit lifeless", project)
    assert turn.question == "Should the music be more upbeat or louder?"  # it is epic already
    assert answered(turn, "louder") == [{"operation": "update_audio", "volume": 0.7}]
    assert answered(turn, "more upbeat") == [{"operation": "update_style", "musicMood": "upbeat"}]


def test_how_the_last_change_landed_before_a_bit_more() -> None:
    project = basic_project()  # music at 0.8
    changed, state = after("music quieter", project)
    assert changed.audio.volume == 0.6
    for text in ("closer, a touch more", "much better, a bit more", "getting there, more"):
        (op,) = wires(text, changed, state)
        assert op["operation"] == "update_audio" and op["volume"] < 0.6, text


# --- intensity --------------------------------------------------------------------------------


def test_a_length_multiplied_is_the_length_not_the_size_the_volume_or_the_scene() -> None:
    project = basic_project()  # showcase 7 s, cta 4 s, text 64/72…
    assert wires("make the showcase half as long", project) == [
        {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 3.5}
    ]
    assert wires("triple the cta's running time", project) == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 12.0}
    ]
    assert wires("slice the showcase in half", project) == [
        {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 3.5}
    ]
    # Sizes and the volume keep their own multipliers; "cut the showcase" still removes it.
    (op,) = wires("double the showcase text size", project)
    assert (
        op["operation"] == "update_overlay"
        and op["fontSize"] == 2 * project.scene("scene_2").overlay.font_size
    )
    assert wires("cut the music in half", project) == [{"operation": "update_audio", "volume": 0.4}]
    assert wires("cut the showcase", project) == [{"operation": "remove_scene", "sceneId": "scene_2"}]


# --- variants ---------------------------------------------------------------------------------


def test_a_counted_set_of_variations_of_one_text_makes_one_variant_each() -> None:
    made = wires("3 variations of the cta copy: 'Grab one', 'Try it free' and 'Order now'")
    assert [(v["label"], v["operations"]) for v in made] == [
        (label, [{"operation": "update_overlay", "sceneId": "scene_3", "text": text}])
        for label, text in (("B", "Grab one"), ("C", "Try it free"), ("D", "Order now"))
    ]


def test_what_the_original_keeps_is_no_part_of_the_variant() -> None:
    for text in (
        "split test the hook: A stays 'Wake up to cold brew' while B has 'Cold brew, no alarm'",
        "A/B the hook, keep 'Wake up to cold brew' in A and B gets 'Cold brew, no alarm'",
    ):
        (made,) = wires(text)
        assert made["operations"] == [
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Cold brew, no alarm"}
        ], text


def test_a_switch_after_now_or_could_you() -> None:
    project = basic_project()
    family = VariantFamily("p_sample1", [("B", "p_b")])
    for text in ("right, now back to the original", "could you switch over to A", "now go with A"):
        turn = parse_message(text, project.model_copy(update={"project_id": "p_b"}), family=lambda: family)
        assert turn.switch_to == "p_sample1" and turn.operations == [], text


# --- follow-ups -------------------------------------------------------------------------------


def test_a_correction_naming_the_scenes_text_moves_the_change_there() -> None:
    project = basic_project()
    changed, state = after("make the hook text gold", project)
    for text in (
        "oops, I meant the showcase's text, not the hook",
        "no, the showcase's words rather than the hook",
    ):
        assert wires(text, changed, state) == [
            {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFFFF"},
            {"operation": "update_overlay", "sceneId": "scene_2", "color": "#FFD700"},
        ], text


def test_another_one_after_a_new_take_is_another_take() -> None:
    project = basic_project()
    changed, state = after("regenerate the showcase background", project)
    for text in ("not feeling it, next", "ugh, one more", "let's see another"):
        assert wires(text, changed, state) == [
            {"operation": "regenerate_scene", "sceneId": "scene_2", "promptAdditions": ""}
        ], text
    # After any other change, "another one" is no new take.
    changed, state = after("make the showcase text bigger", project)
    assert not any(op.get("operation") == "regenerate_scene" for op in _ops("another one", changed, state))


def _ops(text: str, project: AdProject, state: ConversationState) -> list[dict[str, Any]]:
    return [op.to_wire() for op in parse_message(text, project, state=state).operations]


# --- dev6's leftovers in the same classes -------------------------------------------------------


def test_an_archaic_word_that_is_an_instruction_word_swapped_is_that_word() -> None:
    for typed, meant in (("thrid", "third"), ("dorp", "drop"), ("grene", "green")):
        assert normalise(f"{typed} it") == f"{meant} it"
    assert wires("make the thrid scene text grene") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#008000"}
    ]


def test_a_held_key_has_one_reading_and_is_no_doubt() -> None:
    assert word_doubt("soooo") is None and word_doubt("waaay") is None
    (op,) = wires("the cta text is soooo small")
    assert op["sceneId"] == "scene_3" and op["fontSize"] > basic_project().scene("scene_3").overlay.font_size


def test_an_adverb_between_cant_and_read_is_still_a_legibility_complaint() -> None:
    project = basic_project()
    for text in ("i can't properly read the showcase words", "the showcase text is difficult to read"):
        (op,) = wires(text, project)
        assert op["sceneId"] == "scene_2" and op["fontSize"] > project.scene("scene_2").overlay.font_size, (
            text
        )


def test_a_card_is_a_scene() -> None:
    assert wires("the second card in yellow") == [
        {"operation": "update_overlay", "sceneId": "scene_2", "color": "#FFFF00"}
    ]


def test_how_a_background_is_never_what_it_should_show() -> None:
    # An unread complaint word after "is too" leaves the prompt alone; a plain "is …" still sets it.
    turn = parse_message("the showcase backdrop is too blarg", basic_project())
    assert turn.operations == []
    (op,) = wires("the showcase backdrop is a foggy pier")
    assert op == {"operation": "update_scene", "sceneId": "scene_2", "backgroundPrompt": "a foggy pier"}


def test_a_dropped_letter_beats_a_struck_one_for_a_new_vocabulary_word() -> None:
    assert correct("nuge") == "nudge"  # not "huge", which would make it much bigger
    (op,) = wires("nuge the cta font up a touch")
    assert op["fontSize"] < basic_project().scene("scene_3").overlay.font_size * 1.3


def test_a_held_key_on_a_swapped_instruction_word_is_read_only_with_one_reading() -> None:
    assert correct("rdeoo") == "redo"  # "redo" held and swapped: no other word is that close
    assert correct("reeod") is None  # "reod" is red or redo: still no guess


def test_a_bare_number_borrows_the_unit_of_a_request_typed_with_a_typo() -> None:
    project = basic_project()
    changed, state = after("make the showcase 6 secodns", project)
    state.last_request = "make the showcase 6 secodns"
    assert wires("no, 5", changed, state) == [
        {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.0}
    ]


def test_a_scene_to_look_at_is_read_through_a_typo_and_lets_is_no_style() -> None:
    turn = parse_message("let's look at sceen 2", basic_project())
    assert turn.operations == [] and turn.scene_ids == ["scene_2"]
    turn = parse_message("let's look at the music", basic_project())
    assert not any(op.operation == "update_style" for op in turn.operations)
