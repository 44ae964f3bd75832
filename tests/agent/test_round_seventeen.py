"""Round seventeen of issue 15: the classes behind dev11-dev13's remaining failures.

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence. Near-misses that must not trigger a rule are tested too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from parse_helpers import after, wires, with_version_b
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.briefs import extract_brief
from adgen.agent.understanding.foreign import to_english
from adgen.agent.understanding.memory import remember_before
from adgen.agent.understanding.quotes import mask_quotes
from adgen.project import AdProject, Voiceover

# basic_project: hook 64 (top), showcase 56 (bottom), cta 72 (center); music volume 0.8; voice off.


def _voiced() -> AdProject:
    project = basic_project()
    project.voice.enabled = True
    for scene in project.scenes:
        scene.voiceover = Voiceover(text=f"Line of {scene.id}")
    return project


def _ops(text: str, project: AdProject, state: ConversationState) -> list[dict[str, Any]]:
    turn = parse_message(text, project, state=state)
    return [op.to_wire() for op in turn.operations]


# --- "a bit more" after a change of the voice's pace: the pace again ------------------------------


@pytest.mark.parametrize("first", ["slow the voice down a bit", "make the voice a little slower"])
@pytest.mark.parametrize("more", ["a bit more", "little bit more", "a tiny bit more please"])
def test_a_bit_more_after_a_slower_voice_slows_it_again(first: str, more: str) -> None:
    project, state = after(first, _voiced())
    rate = project.voice.rate
    assert rate < 1.0
    made = _ops(more, project, state)
    assert len(made) == 1 and made[0]["operation"] == "update_voice"
    assert made[0]["rate"] < rate


def test_little_bit_more_repeats_a_size_step() -> None:
    project, state = after("make the cta text bigger", basic_project())
    made = _ops("little bit more", project, state)
    assert (
        made[0]["operation"] == "update_overlay" and made[0]["fontSize"] > project.scenes[2].overlay.font_size
    )


@pytest.mark.parametrize(
    "text", ["speed the voice up a smidge", "speed the narrator up a bit", "speed the voiceover up slightly"]
)
def test_speeding_the_voice_up_is_its_pace(text: str) -> None:
    made = wires(text, _voiced())
    assert len(made) == 1 and made[0]["operation"] == "update_voice" and made[0]["rate"] > 1.0


def test_speed_up_of_a_scene_is_no_voice_pace() -> None:
    turn = parse_message("speed the hook up", _voiced())
    assert not any(op.to_wire()["operation"] == "update_voice" for op in turn.operations)


@pytest.mark.parametrize(
    "text", ["the narrator sounds like someone in a hurry", "the voice reads like it's in a rush"]
)
def test_a_voice_in_a_hurry_is_slowed_or_confirmed(text: str) -> None:
    turn = parse_message(text, _voiced())
    made = [op.to_wire() for op in turn.operations] or [
        op.to_wire() for op in getattr(turn.pending, "operations", None) or []
    ]
    assert turn.operations or turn.question
    if made:
        assert made[0]["operation"] == "update_voice" and made[0]["rate"] < 1.0


# --- "even less" goes on down only after a change that lowered ------------------------------------


@pytest.mark.parametrize("less", ["even less", "even a bit less", "a little less still", "still less please"])
def test_even_less_after_lowering_goes_further_down(less: str) -> None:
    project, state = after("make the music quieter", basic_project())
    made = _ops(less, project, state)
    assert made and made[0]["operation"] == "update_audio"
    assert made[0]["volume"] < project.audio.volume


@pytest.mark.parametrize("less", ["even less", "even a bit less"])
def test_even_less_after_raising_is_no_guess(less: str) -> None:
    project, state = after("make the music louder", basic_project())
    assert _ops(less, project, state) == []


def test_a_bit_less_still_takes_a_step_back() -> None:
    # (the old meaning of "a bit less" stays: the last change partly taken back)
    project, state = after("make the music quieter", basic_project())
    made = _ops("a bit less", project, state)
    assert made[0]["volume"] > project.audio.volume


# --- "a bit more" in Dutch and French ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("nog iets harder graag", "a bit louder"),
        ("nog wat zachter", "a bit quieter"),
        ("nog een beetje groter", "a bit bigger"),
        ("encore un peu moins", "even a bit less"),
        ("encore moins", "encore moins"),  # (no French marker: left as it is)
    ],
)
def test_a_bit_more_in_other_languages(text: str, english: str) -> None:
    assert to_english(text) == english


def test_french_even_less_after_too_loud_lowers_again() -> None:
    project, state = after("the music is way too loud", basic_project())
    made = _ops("encore un peu moins", project, state)
    assert made and made[0]["volume"] < project.audio.volume


# --- a follow-up for other scenes, said with courtesies ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the hook too while you're at it",
        "the first scene as well while ur at it",
        "Thanks! Could the hook have the same treatment?",
        "Great, thank you. Can the opening scene get the same?",
        "could the hook have the same thing please",
    ],
)
def test_the_same_for_another_scene_politely(text: str) -> None:
    project, state = after("make the cta background brighter", basic_project())
    made = _ops(text, project, state)
    assert [(op["operation"], op["sceneId"]) for op in made] == [("update_scene", "scene_1")]
    assert made[0]["backgroundPrompt"].endswith("brighter")


def test_asking_whether_a_scene_has_the_same_changes_nothing() -> None:
    project, state = after("make the cta background brighter", basic_project())
    assert _ops("does the hook have the same treatment?", project, state) == []


def test_thanks_alone_is_still_thanks() -> None:
    turn = parse_message("Thanks!", basic_project())
    assert not turn.operations and turn.unknown


# --- "same on A": the last change on another version ---------------------------------------------


def _on_b(first: str) -> tuple[AdProject, AdProject, Any, ConversationState]:
    original = basic_project()
    variant, family = with_version_b(original)
    turn = parse_message(first, variant, family=lambda: family)
    wire = [op.to_wire() for op in turn.operations]
    state = ConversationState(
        project_id=variant.project_id,
        scene_ids=list(turn.scene_ids or []),
        topic=turn.topic,
        last_operations=[remember_before(op, variant) for op in wire],
        last_request=first,
    )
    return original, variant, family, state


@pytest.mark.parametrize(
    "text", ["same on A", "perfect, do the same in A", "the same thing for the original too"]
)
def test_the_same_on_another_version(text: str) -> None:
    original, variant, family, state = _on_b("make the cta say 'Last call'")
    turn = parse_message(text, variant, state=state, family=lambda: family)
    assert turn.switch_to == original.project_id
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Last call"}
    ]


def test_a_step_on_another_version_is_the_same_step() -> None:
    original, variant, family, state = _on_b("make the music quieter")
    turn = parse_message("and the same on A please", variant, state=state, family=lambda: family)
    assert turn.switch_to == original.project_id
    made = [op.to_wire() for op in turn.operations]
    assert made[0]["operation"] == "update_audio" and made[0]["volume"] < original.audio.volume


@pytest.mark.parametrize("text", ["same on the hook", "the same for a while", "same as A"])
def test_same_without_a_version_letter_moves_nowhere(text: str) -> None:
    original, variant, family, state = _on_b("make the cta say 'Last call'")
    turn = parse_message(text, variant, state=state, family=lambda: family)
    assert turn.switch_to is None


# --- a brief's brand said as the business's name, as dictated or typed in a hurry -----------------


def _brand(text: str) -> str | None:
    masked, quotes = mask_quotes(text)
    return extract_brief(text, masked, quotes).brand_name


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("quick ad for my bike shop Spoke & Chain 20 sec", "Spoke & Chain"),
        ("video for my store NORTH PEAK hiking boots 15s", "NORTH PEAK"),
        ("it's for our bakery called little fern", "Little Fern"),
        ("we need something for my taco truck named el fuego", "El Fuego"),
        ("Hi! I volunteer at Second Chance Cats shelter, could we do a 20 second ad?", "Second Chance Cats"),
        ("product is GlowMug heated mug, 12s, reels", "GlowMug"),
    ],
)
def test_a_business_named_in_a_brief_is_its_brand(text: str, brand: str) -> None:
    assert _brand(text) == brand


@pytest.mark.parametrize(
    "text",
    [
        "ad for my shop, 15 sec",
        "an ad for our store in the city centre, 15s",  # (a place, in lower case: no name)
        "I work at a bakery, make an ad about bread",
        "product is great, make a 10s ad",
    ],
)
def test_no_brand_without_a_name(text: str) -> None:
    assert _brand(text) is None


def test_the_length_after_a_name_stays_out_of_it() -> None:
    assert _brand("ad for my bakery Crumb Club 10 seconds") == "Crumb Club"


# --- "make it 3 instead" right after an undo: instead of the change undone -------------------------


def _undone(first: str) -> tuple[AdProject, ConversationState]:
    """The ad back as it was after ``first`` and an undo, with the memory a session keeps (the
    undone change stays the last one, the last request is the undo)."""
    original = basic_project()
    _, state = after(first, original)
    return original, replace(state, last_request="undo")


@pytest.mark.parametrize(
    ("first", "text", "expected"),
    [
        (
            "make the showcase 7 seconds",
            "make it 5 instead",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.0},
        ),
        ("make the ad 20 seconds", "25 instead", {"operation": "set_duration", "durationSec": 25.0}),
        (
            "make the cta text size 90",
            "make it 80 instead",
            {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 80},
        ),
    ],
)
def test_a_number_after_an_undo_takes_the_undone_unit(
    first: str, text: str, expected: dict[str, Any]
) -> None:
    project, state = _undone(first)
    assert _ops(text, project, state) == [expected]


def test_a_number_after_undoing_a_text_change_borrows_nothing() -> None:
    project, state = _undone("make the hook say 'Wake up'")
    turn = parse_message("make it 3 instead", project, state=state)
    assert not any(op.to_wire().get("durationSec") == 3.0 for op in turn.operations)


# --- "could you please tell me …" / "could you kindly inform me of …": a question ----------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("could you please tell me what the cta says?", "Order today"),
        ("Could you kindly inform me of the hook's wording?", "Wake up to cold brew"),
        ("would you please advise me how long the ad is?", "15 s"),
        ("could you kindly tell me our brand name?", "Northwind Coffee"),
    ],
)
def test_a_formal_tell_me_is_a_question(text: str, said: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer and said in turn.answer


@pytest.mark.parametrize(
    "text", ["could you please make the cta text red?", "could you kindly set the tagline to 'Brewed bold'?"]
)
def test_a_polite_request_still_edits(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.operations and not turn.answer
