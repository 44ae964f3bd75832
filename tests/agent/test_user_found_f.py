"""More classes found by using the chat as a new marketer (2026-12-04, fifth pass):

- "can the opening be punchier? maybe 3 seconds" asked what should change: the length given in
  the same words is how;
- "can we see the candle earlier" got the help text ("show the product earlier" showed it in
  every scene): the scene where the product is first seen moves;
- "make it half as long" right after a music edit read "it" as the music, which has no length;
- "the version which has the red cta, make it louder" edited the open ad, not the variant
  whose CTA is red;
- "the review quote feels fake" in an ad with no review scene asked about the hook's words;
- "speed up the voice by 10%" set the voice's pace to 1.15 instead of 10 % faster.

The phrasings here are other words for each class than the ones that found it where that was
possible, written before the parser was changed.
"""

from __future__ import annotations

import pytest
from parse_helpers import after, wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (no product), showcase 7 s (product 0.5), cta 4 s (product 0.4);
# music upbeat at 0.8; voice off at 1.0.


def _with_product() -> AdProject:
    wire = basic_project().to_wire()
    wire["productAsset"] = {"sourceUrl": "media/product.png", "checksum": "0" * 64}
    return AdProject.from_wire(wire)


# --- 1. a punch complaint that gives the length ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can the opening be punchier? maybe 3 seconds",
        "make the hook punchier. 3 seconds",
        "the intro should be punchier, 3s tops",
        "make the hook punchier by cutting it to 3 seconds",
    ],
)
def test_punchier_with_a_length_sets_the_length_and_asks_nothing(text: str) -> None:
    [op] = wires(text)
    assert op["operation"] == "update_scene" and op["sceneId"] == "scene_1", op
    assert op["durationSec"] == 3.0, op
    prompt = op.get("backgroundPrompt", "")
    assert prompt.count("energetic") <= 2 and prompt.count("more energetic") <= 1, prompt


def test_punchier_alone_still_asks_what_should_change() -> None:
    turn = parse_message("make the hook punchier", basic_project())
    assert not turn.operations and turn.question and "length" in turn.question


# --- 2. the product seen earlier ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can we see the product earlier",
        "the bottle should appear sooner",
        "show the product from the start",
        "can the packshot show up right away",
    ],
)
def test_the_product_seen_earlier_is_shown_from_the_scene_before(text: str) -> None:
    assert wires(text, _with_product()) == [
        {"operation": "update_product", "sceneId": "scene_1", "visible": True}
    ], text


def test_the_product_seen_later_is_hidden_where_it_is_first_shown() -> None:
    assert wires("the product should come in later", _with_product()) == [
        {"operation": "update_product", "sceneId": "scene_2", "visible": False}
    ]


def test_the_product_already_shown_first_says_so() -> None:
    wire = _with_product().to_wire()
    wire["scenes"][0]["product"]["visible"] = True
    turn = parse_message("can we see the product earlier", AdProject.from_wire(wire))
    assert not turn.operations and turn.unknown and "already shown" in turn.unknown, turn


# --- 3. "it" after an edit of something with no length -----------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("make the music calmer", "make it half as long", {"operation": "set_duration", "durationSec": 7.5}),
        (
            "make the music louder",
            "make it twice as long",
            {"operation": "set_duration", "durationSec": 30.0},
        ),
        (
            "switch the music to jazz",
            "can you make it shorter",
            {"operation": "set_duration", "durationSec": 12.0},
        ),
        ("make the product bigger", "make it 20 seconds", {"operation": "set_duration", "durationSec": 20.0}),
    ],
)
def test_a_length_after_an_edit_of_the_music_is_the_ads(first: str, second: str, expected: dict) -> None:
    changed, state = after(first, _with_product())
    assert wires(second, changed, state) == [expected], (first, second)


def test_it_after_the_music_is_still_the_music_for_what_music_has() -> None:
    changed, state = after("make the music calmer", basic_project())
    assert wires("make it louder", changed, state) == [{"operation": "update_audio", "volume": 1.0}]


# --- 6. a pace or volume changed by a percentage -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("speed up the voice by 10%", "rate", 1.1),
        ("the voiceover should be 20 percent faster", "rate", 1.2),
        ("make the narrator 10% slower", "rate", 0.9),
        ("make the voice 10% deeper", "pitch", 0.9),
    ],
)
def test_the_voice_changed_by_a_percentage_of_what_it_is(text: str, field: str, value: float) -> None:
    [op] = wires(text)
    assert op["operation"] == "update_voice" and op[field] == value, op


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("make the music 10% louder", 0.88),
        ("make the music 50% quieter", 0.4),
        ("turn the music down by 20%", 0.6),
        ("make the music 20 percent quieter", 0.64),
        ("turn the volume up by 15%", 0.95),
        ("set the volume to 50%", 0.5),
    ],
)
def test_a_volume_by_a_percentage_changes_it_never_sets_it(text: str, volume: float) -> None:
    assert wires(text) == [{"operation": "update_audio", "volume": volume}], text


# --- 4. a version named by its difference ------------------------------------------------------


def _family_with_a_red_cta():
    from parse_helpers import with_version_b

    original = basic_project()
    variant, family = with_version_b(original)
    variant.scene("scene_3").overlay.color = "#FF0000"
    return original, variant, family


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the version which has the red cta, make it louder", {"operation": "update_audio", "volume": 1.0}),
        (
            "in the one with the red cta make the music calmer",
            {"operation": "update_style", "musicMood": "calm"},
        ),
        ("the red cta version, make it louder", {"operation": "update_audio", "volume": 1.0}),
        ("the B version, make it louder", {"operation": "update_audio", "volume": 1.0}),
    ],
)
def test_an_edit_of_the_version_its_difference_describes(text: str, expected: dict) -> None:
    from adgen.agent.conversation_state import ConversationState

    original, variant, family = _family_with_a_red_cta()
    turn = parse_message(
        text, original, state=ConversationState(project_id=original.project_id), family=lambda: family
    )
    assert turn.switch_to == variant.project_id, (text, turn.switch_to, turn.unknown)
    assert [op.to_wire() for op in turn.operations] == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        "the version with the blue cta, make it louder",
        "the blue version, make it louder",
        "the C version, make it louder",
    ],
)
def test_a_version_no_difference_describes_is_asked_never_the_open_one_edited(text: str) -> None:
    from adgen.agent.conversation_state import ConversationState

    original, _, family = _family_with_a_red_cta()
    turn = parse_message(
        text, original, state=ConversationState(project_id=original.project_id), family=lambda: family
    )
    assert not turn.operations and turn.unknown and "version" in turn.unknown, turn


async def test_the_red_cta_version_in_a_conversation(settings) -> None:
    from adgen.agent.session import ChatSession

    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id="found-f", channel="test", auto_render=False
    )
    planned = (await session.send("A 15 second ad for Northwind Coffee cold brew, energetic")).project
    assert planned is not None
    made = (await session.send("try a version with a red cta")).project
    assert made is not None and made.variation.is_variation
    await session.send("go back to the original")
    reply = await session.send("the version which has the red cta, make it louder")
    assert reply.project is not None and reply.project.project_id == made.project_id, reply.text
    assert reply.project.audio.volume > made.audio.volume, reply.text
    assert (await session.send("go back to the original")).project.audio.volume == planned.audio.volume


# --- 5. a complaint about a scene the ad does not have -----------------------------------------


@pytest.mark.parametrize(
    "text",
    ["the review quote feels fake", "the customer quote sounds made up", "the review text is too long"],
)
def test_a_complaint_about_a_missing_scene_says_so_and_offers_to_add_it(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question, turn
    assert "no social proof scene" in turn.question and "hook" not in turn.question.split(".")[-1], (
        turn.question
    )
    assert turn.pending is not None and turn.pending.choose("add one") is not None


async def test_the_missing_review_is_added_when_the_answer_says_so(settings) -> None:
    from adgen.agent.session import ChatSession

    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id="found-f2", channel="test", auto_render=False
    )
    planned = (await session.send("A 15 second ad for Northwind Coffee cold brew, energetic")).project
    assert planned is not None and "social_proof" not in [s.role for s in planned.scenes]
    asked = await session.send("the review quote feels fake")
    assert "no social proof scene" in asked.text and asked.project.version == planned.version, asked.text
    added = await session.send("add one")
    assert "social_proof" in [s.role for s in added.project.scenes], added.text


# --- 7. fresh phrasings of the same kind: the wrong edits they found ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a length taken off is a shorter scene, never the scene removed
        (
            "cut the middle scene by a third",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 4.67},
        ),
        (
            "trim a third off the showcase",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 4.67},
        ),
        (
            "make the cta a third longer",
            {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.33},
        ),
        ("cut the hook by half", {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 2.0}),
        # another scene's length is the measure, and is not changed
        (
            "make the cta last twice as long as the hook",
            {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 8.0},
        ),
        (
            "make the cta half as long as the showcase",
            {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 3.5},
        ),
        (
            "the hook should be the same length as the showcase",
            {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 7.0},
        ),
        # a volume halved is a volume, never no music
        ("drop the music volume by half", {"operation": "update_audio", "volume": 0.4}),
        ("lower the volume by half", {"operation": "update_audio", "volume": 0.4}),
    ],
)
def test_fresh_phrasings_of_relative_lengths_and_levels(text: str, expected: dict) -> None:
    assert wires(text) == [expected], text


def test_drop_the_music_alone_still_mutes() -> None:
    assert wires("drop the music") == [{"operation": "update_audio", "volume": 0.0}]


def _voiced() -> AdProject:
    wire = basic_project().to_wire()
    wire["voice"]["enabled"] = True
    for scene in wire["scenes"]:
        scene["voiceover"] = {"text": scene["overlay"]["text"]}
    return AdProject.from_wire(wire)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # "that" is the length just set
        (
            "make the showcase 5 seconds",
            "actually make that 6",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 6.0},
        ),
        (
            "make the hook 3 seconds",
            "make that 20% longer",
            {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.6},
        ),
        # "it" after a voice edit is the voice for a pace, the ad for a length
        ("make the voice deeper", "make it 10% slower", {"operation": "update_voice", "rate": 0.9}),
        ("make the voice faster", "faster by 20 percent", {"operation": "update_voice", "rate": 1.38}),
        ("make the voice deeper", "make it half as long", {"operation": "set_duration", "durationSec": 7.5}),
    ],
)
def test_fresh_follow_ups_after_a_length_or_a_voice(first: str, second: str, expected: dict) -> None:
    changed, state = after(first, _voiced())
    assert wires(second, changed, state) == [expected], (first, second)


def test_a_length_after_the_voice_is_never_a_scene_named_before_it() -> None:
    from adgen.agent.conversation_state import ConversationState

    state = ConversationState(
        project_id="p_sample1",
        scene_ids=["scene_2"],
        topic="voice",
        last_operations=[{"operation": "update_voice", "pitch": 0.85, "before": {"pitch": 1.0}}],
        last_request="make the voice deeper",
    )
    assert wires("make it half as long", _voiced(), state) == [
        {"operation": "set_duration", "durationSec": 7.5}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "on the version where the cta is red, make the hook brighter",
            [
                {
                    "operation": "update_scene",
                    "sceneId": "scene_1",
                    "backgroundPrompt": "splash of iced coffee, energetic, bright, brighter",
                }
            ],
        ),
        ("the red one: make the music calmer", [{"operation": "update_style", "musicMood": "calm"}]),
        (
            "for the red cta one, shorten the hook by a second",
            [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0}],
        ),
        ("make the red cta version 20 seconds", [{"operation": "set_duration", "durationSec": 20.0}]),
        ("the version with the red cta is better", []),
        ("the red cta version wins", []),
    ],
)
def test_fresh_phrasings_of_a_version_by_its_difference(text: str, expected: list[dict]) -> None:
    from adgen.agent.conversation_state import ConversationState

    original, variant, family = _family_with_a_red_cta()
    turn = parse_message(
        text, original, state=ConversationState(project_id=original.project_id), family=lambda: family
    )
    assert turn.switch_to == variant.project_id, (text, turn.switch_to, turn.unknown)
    assert [op.to_wire() for op in turn.operations] == expected, text


@pytest.mark.parametrize(
    "text", ["the tiktok version, make it louder", "the one with the bottle, make it bigger"]
)
def test_words_no_version_fits_are_not_read_as_a_version(text: str) -> None:
    from adgen.agent.conversation_state import ConversationState

    original, _, family = _family_with_a_red_cta()
    turn = parse_message(
        text, original, state=ConversationState(project_id=original.project_id), family=lambda: family
    )
    assert turn.switch_to is None, turn


@pytest.mark.parametrize("second", ["make that darker", "a darker red"])
def test_darker_right_after_a_text_colour_asks_which_never_darkens_the_scene(second: str) -> None:
    changed, state = after("make the cta text red", basic_project())
    turn = parse_message(second, changed, state=state)
    assert not turn.operations and turn.question and "text colour" in turn.question, (second, turn)


@pytest.mark.parametrize(
    "text",
    [
        "make the voice louder",
        "the voiceover is too quiet",
        "turn the voice up",
        "make the voice 10 percent louder",
        "make the music quieter and the voice louder",
    ],
)
def test_a_louder_voice_never_raises_the_music(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.to_wire().get("volume", 0) > 0.8 for op in turn.operations), (text, turn.operations)
    assert turn.unknown and "music" in turn.unknown, turn


def test_the_voice_unheard_over_the_music_still_lowers_the_music() -> None:
    [op] = wires("I can't hear the voiceover")
    assert op["operation"] == "update_audio" and op["volume"] < 0.8, op


@pytest.mark.parametrize(
    ("text", "original"),
    [
        ("the one that's red, make the hook text bigger", False),
        ("the version without the red cta, make it louder", True),
        ("the version with no red cta, make it louder", True),
    ],
)
def test_a_version_said_to_have_or_lack_the_difference(text: str, original: bool) -> None:
    from adgen.agent.conversation_state import ConversationState

    base, variant, family = _family_with_a_red_cta()
    turn = parse_message(
        text, base, state=ConversationState(project_id=base.project_id), family=lambda: family
    )
    assert turn.switch_to == (base.project_id if original else variant.project_id), (text, turn.switch_to)
    assert turn.operations and not any(
        op.to_wire()["operation"] == "create_variation" for op in turn.operations
    )
