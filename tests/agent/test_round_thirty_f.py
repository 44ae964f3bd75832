"""Round thirty f (2026-12-05): complaints about what a rendered version or the preview shows, which
name a problem and no fix (dev21's render talk and sensitive tone), as classes in other words: one
question naming the edits that meet it, nothing changed until it is answered
(:mod:`adgen.agent.understanding.preview_complaints`).

1. A version named by its shape with something cut off ("the square one looks cropped"): the
   product smaller or centred asked (it was "the ad already has a Square feed version").
2. A wide version with room left over ("the 16:9 has empty sides"): a bigger product or bigger
   text asked (it was the help text).
3. Words named by what they say, hidden by the platform's buttons or profile row ("on tiktok the
   hoodie text sits under the buttons"): of the scenes that say it, the one where those buttons
   are; smaller words or the middle asked (it was "which scene says 'hoodie'?").
4. A tone that pities, guilt-trips or pushes ("feels a bit pity-porn, more respectful?"): a calmer
   mood or new words asked (it was the help text).
5. The voice-over likened to a machine ("sounds like a robot reading a contract"): its pace or
   pitch asked (the last words were read as a scene's new text).
"""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, content, set_paths
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: hook "Wake up to cold brew" (top, 64, no product), showcase "Smooth. Bold. 100%
# arabica" (bottom, 56, product 0.5 centre), cta "Order today" (centre, 72, product 0.4 bottom);
# mood energetic; voice off.


def asked(text: str, project: AdProject) -> ConversationState:
    """``text`` asks a question with options and changes nothing; the state that holds it."""
    turn = parse_message(text, project)
    assert turn.question, (text, turn.unknown, turn.operations)
    assert not turn.operations and turn.brief is None, text
    assert turn.pending is not None and turn.pending.options, text
    return ConversationState(project_id=project.project_id, pending=turn.pending, last_question=turn.question)


def answered(text: str, answer: str, project: AdProject, **changes: object) -> str:
    """``text`` asks; ``answer`` makes exactly ``changes`` and nothing else. The question."""
    state = asked(text, project)
    turn = parse_message(answer, project, state=state)
    assert not turn.question and turn.operations, (answer, turn.question, turn.unknown)
    changed, error = simulate(project, turn.operations)
    assert error is None, error
    assert content(changed) == set_paths(content(project), changes), (text, answer)
    return state.last_question or ""


# --- 1. a version by its shape, something cut off ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the square cut chops off the top of the bottle",
        "in the 9:16 the bottle gets cut off at the bottom",
        "the portrait export crops the bottle, looks bad",
        "hmm the 1:1 version looks clipped, half the bottle is missing",
    ],
)
def test_a_version_with_something_cut_off_asks_smaller_or_centred(text: str) -> None:
    question = answered(
        text, "smaller", basic_project(), scene_2__product__scale=0.4, scene_3__product__scale=0.32
    )
    assert "smaller" in question and "center" in question


def test_a_version_cut_off_answered_centre_moves_the_product() -> None:
    answered(
        "the vertical one crops the bottle", "center", basic_project(), scene_3__product__position="center"
    )


def test_words_cut_off_in_a_version_ask_about_the_text() -> None:
    answered(
        "the square export cuts off the words",
        "middle",
        basic_project(),
        scene_1__overlay__position="center",
        scene_2__overlay__position="center",
    )


@pytest.mark.parametrize(
    ("text", "operation"),
    [
        ("drop the square one, it crops badly anyway", "remove_presets"),
    ],
)
def test_a_request_about_the_version_itself_is_no_crop_question(text: str, operation: str) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire()["operation"] for op in turn.operations] == [operation]


def test_a_crop_denied_asks_nothing_of_the_product() -> None:
    turn = parse_message("the square version is great, don't crop anything", basic_project())
    assert not turn.operations
    assert "product" not in (turn.question or "")


# --- 2. a wide version with empty sides ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the landscape cut has blank bars either side",
        "on youtube there's lots of empty space on the sides",
        "the widescreen version looks bare at the edges",
        "the 16:9 one has so much dead space, feels unfinished",
    ],
)
def test_a_wide_version_with_empty_sides_asks_bigger_product_or_text(text: str) -> None:
    question = answered(
        text, "bigger product", basic_project(), scene_2__product__scale=0.63, scene_3__product__scale=0.5
    )
    assert "bigger" in question and "text" in question


def test_empty_sides_answered_text_makes_every_text_bigger() -> None:
    answered(
        "the horizontal version has empty sides",
        "bigger text",
        basic_project(),
        scene_1__overlay__fontSize=80,
        scene_2__overlay__fontSize=70,
        scene_3__overlay__fontSize=90,
    )


# --- 3. words named by what they say, under the platform's buttons ---------------------------------


def bold_twice() -> AdProject:
    return basic_with(scene_1__overlay__text="Bold mornings start here")


@pytest.mark.parametrize(
    "text",
    [
        "on reels the arabica line sits under the like button",
        "the arabica text is hidden behind the tiktok caption",
        "on shorts, the arabica words get covered by the icons",
    ],
)
def test_words_by_content_under_the_buttons_ask_about_that_scene(text: str) -> None:
    question = answered(text, "middle", basic_project(), scene_2__overlay__position="center")
    assert "showcase" in question


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        # "bold" is said by the hook (top) and the showcase (bottom): the buttons cover the bottom one
        ("the bold text sits under the buttons on tiktok", {"scene_2__overlay__fontSize": 45}),
        ("on reels the bold text is hidden behind the caption bar", {"scene_2__overlay__fontSize": 45}),
        # the profile row covers the top one
        ("the bold text gets hidden behind the profile row", {"scene_1__overlay__fontSize": 51}),
    ],
)
def test_of_two_scenes_the_one_where_the_buttons_are(text: str, changes: dict[str, object]) -> None:
    answered(text, "smaller", bold_twice(), **changes)


def test_words_said_by_two_scenes_in_the_same_place_ask_which() -> None:
    project = basic_with(scene_1__overlay__text="Bold mornings", scene_1__overlay__position="bottom")
    turn = parse_message("the bold text is under the tiktok buttons", project)
    assert turn.question and "scene 1" in turn.question and "scene 2" in turn.question
    assert not turn.operations


def test_words_by_role_under_the_buttons_keep_their_reading() -> None:
    turn = parse_message("on tiktok the hook text sits under the buttons", basic_project())
    assert turn.question and "hook" in turn.question and not turn.operations


# --- 4. a tone that pities, guilt-trips or pushes ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the opener is a bit exploitative, make it more dignified",
        "honestly this comes off as a guilt trip",
        "it feels like a sob story, can we be more respectful",
        "way too pushy, it's a hard sell",
        "the whole thing is kinda preachy",
    ],
)
def test_a_pitying_or_pushy_tone_asks_a_calmer_mood_or_new_words(text: str) -> None:
    question = answered(text, "calmer", basic_project(), style__mood="calm")
    assert "mood" in question and "words" in question


def test_a_tone_with_a_field_named_keeps_its_reading() -> None:
    turn = parse_message("make the cta copy less salesy", basic_project())
    assert turn.question and "mood" not in turn.question


def test_a_hopeful_mood_asked_is_no_tone_question() -> None:
    turn = parse_message("tone down the music", basic_project())
    assert turn.operations and not turn.question


# --- 5. the voice likened to a machine --------------------------------------------------------------


def voiced() -> AdProject:
    return basic_with(
        voice__enabled=True,
        scene_1__voiceover={"text": "Mornings are hard.", "enabled": True},
        scene_2__voiceover={"text": "This one is smooth.", "enabled": True},
    )


@pytest.mark.parametrize(
    ("text", "answer", "changes"),
    [
        ("the narrator sounds like a sat nav", "slower", {"voice__rate": 0.9}),
        ("the voiceover sounds like an automated phone menu", "lower", {"voice__pitch": 0.9}),
        ("she sounds like a bored chatbot", "higher", {"voice__pitch": 1.1}),
        ("the vo reads like a robot doing the terms and conditions", "slower", {"voice__rate": 0.9}),
    ],
)
def test_a_voice_like_a_machine_asks_its_pace_or_pitch(
    text: str, answer: str, changes: dict[str, object]
) -> None:
    question = answered(text, answer, voiced(), **changes)
    assert "slower" in question and "pitch" in question


@pytest.mark.parametrize(
    "text",
    [
        "love it, the voice doesn't sound like a robot anymore",
        "the voice sounds like a robot in a hurry",
    ],
)
def test_a_machine_voice_denied_or_with_its_pace_is_no_such_question(text: str) -> None:
    turn = parse_message(text, voiced())
    assert "lower or a higher pitch" not in (turn.question or "")


def test_no_voice_no_voice_question() -> None:
    turn = parse_message("the narrator sounds like a sat nav", basic_project())
    assert "lower or a higher pitch" not in (turn.question or "")


# --- 6. something on screen that "gets cut": cropped, never removed -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the words at the bottom get cut",
        "the bottom words are getting cut on my phone",
        "the bottom writing keeps getting cut, annoying",
    ],
)
def test_text_that_gets_cut_is_cut_off_never_a_removed_scene(text: str) -> None:
    question = answered(text, "smaller", basic_project(), scene_2__overlay__fontSize=45)
    assert "smaller" in question


def test_the_product_that_gets_cut_is_cut_off_never_hidden() -> None:
    question = answered(
        "the bottle gets cut in the last scene", "smaller", basic_project(), scene_3__product__scale=0.32
    )
    assert "product" in question


@pytest.mark.parametrize("text", ["the showcase gets cut", "the music gets cut at the end"])
def test_a_scene_or_the_music_that_gets_cut_keeps_its_reading(text: str) -> None:
    from adgen.agent.understanding.preview_complaints import cut_as_cropped

    assert cut_as_cropped(text) == text


# --- 7. more of the same classes: platforms as shapes, bars, a voice reading, a hard sell ---------


def test_a_platform_version_that_crops_the_words_asks_about_the_text() -> None:
    answered(
        "the stories version cuts the top text",
        "smaller",
        basic_project(),
        scene_1__overlay__fontSize=51,
        scene_2__overlay__fontSize=45,
        scene_3__overlay__fontSize=58,
    )


@pytest.mark.parametrize(
    "text",
    ["the wide one looks a bit bare", "the youtube version is letterboxed", "the 16:9 feels sparse"],
)
def test_a_wide_version_that_looks_bare_asks_bigger(text: str) -> None:
    answered(
        text, "bigger product", basic_project(), scene_2__product__scale=0.63, scene_3__product__scale=0.5
    )


@pytest.mark.parametrize(
    "text",
    [
        "the voice sounds like it's reading a tax form",
        "the narrator sounds like someone reciting the instructions",
    ],
)
def test_a_voice_that_sounds_like_reading_a_document_asks_its_pace(text: str) -> None:
    answered(text, "slower", voiced(), voice__rate=0.9)


@pytest.mark.parametrize(
    "text",
    [
        "this is way too much of a hard sell",
        "i don't want it to look like charity porn",
        "bit doom and gloom tbh",
    ],
)
def test_a_hard_sell_or_charity_porn_asks_the_tone(text: str) -> None:
    answered(text, "calmer", basic_project(), style__mood="calm")


@pytest.mark.parametrize(
    "text",
    [
        "make me a new fundraising ad, something more respectful",
        "new ad for the gala, less salesy than this one",
        "start a new ad for our 16:9 launch video, nothing cropped",
    ],
)
def test_a_new_ad_with_a_tone_or_a_shape_is_no_complaint(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.brief is not None, (text, turn.question, turn.unknown)
