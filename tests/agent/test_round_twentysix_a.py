"""Round twenty-six a (2026-12-05): statements, comparisons and contrasts that are no plain
instruction (:mod:`adgen.agent.understanding.statements`).

1. A comparison of two parts never applies its adjective to both: two scenes ("the hook is darker
   than the cta", "the hook isn't as bright as the showcase", "the cta text is smaller than the hook
   text", "the showcase is longer than the hook") are asked about, naming both ways, and a one-word
   answer picks one; the music against the voice-over names a problem (the voice is hard to hear):
   the music goes down ("the music is louder than the voice" made it louder). "make the hook darker
   than the cta" darkens the hook alone.
2. A description or praise of the ad as it is changes nothing ("it looks like a movie" set the look
   to "movie"; "love how bright the showcase is" brightened it; "hmm, the cta is red" made it red);
   "it looks like a movie, make it less cinematic" is a request ("less cinematic" set the look to
   cinematic: now which look instead is asked).
3. A request said against the one it replaces: "don't remove the hook, just make it shorter"
   shortens the hook alone (it shortened every scene); "not the music, the voice: quieter" is about
   the voice (it turned the music down).

Every test is in other words than the brief's, and checks the whole resulting document."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, content, only
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, white), showcase 7 s (56, white), cta 4 s (72, #F2A541);
# music 0.8; visual style modern; three scenes.
B1 = "splash of iced coffee, energetic, bright"
B2 = basic_project().scenes[1].background_prompt
B3 = "brand colours, bold closing frame"


def four() -> AdProject:
    """basic_project with a fourth scene (a social proof before the cta) and quieter music."""
    doc = basic_project().model_dump(by_alias=True)
    extra = dict(doc["scenes"][1], id="scene_4", role="social_proof", durationSec=3)
    extra["overlay"] = dict(extra["overlay"], text="Loved by 2,000 cafes", fontSize=48)
    extra["backgroundPrompt"] = "a barista smiling at the counter"
    doc["scenes"].insert(2, extra)
    doc["durationSec"] = 18
    doc["audio"]["volume"] = 0.5
    return AdProject.model_validate(doc)


def asks(text: str, *words: str, project: AdProject | None = None) -> Any:
    """``text`` changes nothing and asks a question naming every one of ``words``; the turn."""
    turn = parse_message(text, project or basic_project())
    assert not turn.operations and turn.question, (text, turn.question, turn.unknown)
    for word in words:
        assert word.lower() in turn.question.lower(), (text, turn.question, word)
    return turn


def replies(text: str, *words: str, project: AdProject | None = None) -> None:
    """``text`` changes nothing, asks nothing, and the reply names ``words``."""
    turn = parse_message(text, project or basic_project())
    assert not turn.operations and not turn.question and turn.unknown, (text, turn.question, turn.unknown)
    for word in words:
        assert word.lower() in turn.unknown.lower(), (text, turn.unknown, word)


def answered(text: str, answer: str, project: AdProject, **changes: Any) -> None:
    """``text`` asks; ``answer`` then makes exactly ``changes``."""
    turn = parse_message(text, project)
    assert turn.question and turn.pending is not None and not turn.operations, (text, turn.question)
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    only(answer, project, state, **changes)


# --- 1. a comparison of two parts -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the hook is darker than the cta",
        "hmm the hook looks way darker than the cta",
        "the hook isn't as bright as the cta",
        "the opening scene is not nearly as bright as the cta, can you fix that",
        "the cta is brighter than the hook",
        "the hook seems less bright than the cta?",
    ],
)
def test_two_scenes_compared_by_light_ask_which_way(text: str) -> None:
    asks(text, "hook brighter", "CTA darker")


@pytest.mark.parametrize(
    ("text", "answer", "changes"),
    [
        ("the hook is darker than the cta", "brighter", {"scene_1__backgroundPrompt": f"{B1}, brighter"}),
        ("the hook is darker than the cta", "the cta", {"scene_3__backgroundPrompt": f"{B3}, darker"}),
        (
            "the cta is brighter than the hook",
            "darken the cta",
            {"scene_3__backgroundPrompt": f"{B3}, darker"},
        ),
        ("the hook isn't as bright as the cta", "hook", {"scene_1__backgroundPrompt": f"{B1}, brighter"}),
    ],
)
def test_a_one_word_answer_picks_one_way(text: str, answer: str, changes: dict[str, Any]) -> None:
    answered(text, answer, basic_project(), **changes)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the social proof is darker than the showcase", ("social proof brighter", "showcase darker")),
        (
            "the showcase looks much brighter than the social proof",
            ("showcase darker", "social proof brighter"),
        ),
        (
            "the social proof text is smaller than the cta text",
            ("social proof text bigger", "CTA text smaller"),
        ),
        ("the social proof is shorter than the showcase", ("social proof longer", "showcase shorter")),
    ],
)
def test_comparisons_in_an_ad_of_four_scenes_ask_too(text: str, names: tuple[str, str]) -> None:
    asks(text, *names, project=four())


def test_the_answer_in_an_ad_of_four_scenes_changes_that_scene_alone() -> None:
    answered(
        "the social proof text is smaller than the cta text",
        "bigger",
        four(),
        scene_3__overlay__fontSize=60,
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the hook text is bigger than the cta text", ("hook text smaller", "CTA text bigger")),
        ("the cta words are smaller than the hook's", ("hook text smaller", "CTA text bigger")),
        ("the showcase is longer than the hook", ("showcase shorter", "hook longer")),
        ("the hook isn't as long as the showcase", ("showcase shorter", "hook longer")),
    ],
)
def test_text_sizes_and_lengths_compared_ask_which_way(text: str, names: tuple[str, str]) -> None:
    asks(text, *names)


def test_a_length_answer_lengthens_the_one_scene() -> None:
    answered(
        "the showcase is longer than the hook",
        "longer",
        basic_project(),
        scene_1__durationSec=5,
        durationSec=16,
    )


@pytest.mark.parametrize(
    "text",
    [
        "the music is louder than the voice",
        "the music is way louder than the voiceover",
        "the narration is quieter than the music",
        "the voice over isn't as loud as the music",
        "honestly the background music is much louder than the narrator",
    ],
)
@pytest.mark.parametrize("start", [basic_project(), four()], ids=["basic", "four"])
def test_music_louder_than_the_voice_turns_the_music_down(text: str, start: AdProject) -> None:
    only(text, start, audio__volume=round(start.audio.volume - 0.2, 2))


@pytest.mark.parametrize(
    "text",
    [
        "the music is quieter than the voice",
        "the music is softer than the voiceover",
        "the voice is louder than the music",
    ],
)
def test_music_under_the_voice_asks_and_yes_turns_it_up(text: str) -> None:
    turn = asks(text, "music up")
    state = ConversationState(project_id="p_sample1", pending=turn.pending)
    only("yes", basic_project(), state, audio__volume=1.0)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the hook darker than the cta", {"scene_1__backgroundPrompt": f"{B1}, darker"}),
        ("make the cta text bigger than the hook text", {"scene_3__overlay__fontSize": 90}),
        ("please make the showcase brighter than the hook", {"scene_2__backgroundPrompt": f"{B2}, brighter"}),
    ],
)
def test_make_one_part_more_than_another_changes_the_first_alone(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the hook should be darker than the cta", {"scene_1__backgroundPrompt": f"{B1}, darker"}),
        ("i want the showcase brighter than the hook", {"scene_2__backgroundPrompt": f"{B2}, brighter"}),
        ("the cta needs to be brighter than the showcase", {"scene_3__backgroundPrompt": f"{B3}, brighter"}),
    ],
)
def test_a_wish_measured_against_another_scene_changes_the_first_alone(
    text: str, changes: dict[str, Any]
) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    [
        "the hook is darker than the cta, which is good",
        "the cta text is bigger than the hook text, i like that",
        "the showcase is brighter than the hook - love it",
    ],
)
def test_a_comparison_then_praise_changes_nothing(text: str) -> None:
    replies(text, "glad you like it")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the hook is brighter than the showcase, make the showcase brighter too",
            {"scene_2__backgroundPrompt": f"{B2}, brighter"},
        ),
        ("the music is louder than the voice, turn it down", {"audio__volume": 0.6}),
        ("the music is louder than the narration now, please fix", {"audio__volume": 0.6}),
        (
            "the cta is darker than the hook. make the hook text yellow",
            {"scene_1__overlay__color": "#FFFF00"},
        ),
    ],
)
def test_a_comparison_then_a_request_does_the_request_alone(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    [
        "the hook is darker than the cta, fix it",
        "the hook is darker than the cta so can you fix that",
        "the hook is darker than the cta, sort it out",
    ],
)
def test_a_comparison_then_fix_it_asks_which_way(text: str) -> None:
    asks(text, "hook brighter", "CTA darker")


@pytest.mark.parametrize(
    "text",
    [
        "the hook is darker than i'd like",
        "the hook is way darker than we wanted",
        "the hook is darker than it should be",
        "the hook looks darker than before",
    ],
)
def test_darker_than_no_other_part_is_too_dark(text: str) -> None:
    only(text, scene_1__backgroundPrompt=f"{B1}, brighter")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the music is louder than i'd like", {"audio__volume": 0.6}),
        ("the cta text is smaller than we wanted", {"scene_3__overlay__fontSize": 90}),
        ("the showcase feels longer than it needs to be", {"scene_2__durationSec": 5.6, "durationSec": 13.6}),
    ],
)
def test_more_than_wanted_is_too_much(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_a_complaint_measured_against_another_scene_is_read_as_before() -> None:
    only("the cta is too dark compared to the hook", scene_3__backgroundPrompt=f"{B3}, brighter")


# --- 2. descriptions and praise ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "it looks like a movie",
        "this feels like a trailer",
        "the hook looks like a film",
        "looks like a music video now",
        "it kinda feels like a netflix intro",
        "wow it looks like an apple ad",
    ],
)
@pytest.mark.parametrize("start", [basic_project(), four()], ids=["basic", "four"])
def test_what_the_ad_looks_like_changes_nothing_and_asks_what_to_change(text: str, start: AdProject) -> None:
    replies(text, "what would you like to change", project=start)


@pytest.mark.parametrize(
    "text",
    [
        "it looks like a movie now, nice",
        "this feels like a trailer - love it",
        "wow, it's like a movie, perfect",
    ],
)
def test_a_likeness_with_praise_is_thanked(text: str) -> None:
    replies(text, "glad you like it")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make it feel like a movie trailer", {"style__visualStyle": "movie trailer"}),
        ("i want it to look like a movie", {"style__visualStyle": "movie"}),
        ("the voice sounds like a robot in a hurry", {}),
    ],
)
def test_a_wish_to_look_like_something_is_still_a_request(text: str, changes: dict[str, Any]) -> None:
    if changes:
        only(text, **changes)
    else:  # how the voice sounds: the voice readers' complaint, never "noted"
        turn = parse_message(text, basic_project())
        assert (turn.operations or turn.question) and "Noted" not in (turn.unknown or "")


@pytest.mark.parametrize(
    "text",
    ["it looks like a 2010 powerpoint", "this feels like a school project", "it looks like a template"],
)
def test_a_likeness_that_is_a_complaint_asks_what_should_change(text: str) -> None:
    asks(text, "modern", "cinematic")


@pytest.mark.parametrize(
    "text",
    [
        "love how bright the showcase is",
        "i really like how the music builds",
        "we love the way the cta pops",
    ],
)
def test_praise_of_how_something_is_changes_nothing(text: str) -> None:
    replies(text, "glad you like it")


@pytest.mark.parametrize(
    "text",
    ["hmm, the cta is red", "oh the showcase text is white", "huh, the hook text is at the top"],
)
def test_thinking_aloud_changes_nothing(text: str) -> None:
    replies(text, "what would you like to change")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("hmm, the cta text is too small", {"scene_3__overlay__fontSize": 90}),
        ("it should look like a movie", {"style__visualStyle": "movie"}),
        ("make the cta red", {"scene_3__overlay__color": "#FF0000"}),
        (
            "this feels like a trailer, make the music calmer",
            {"audio__mood": "calm", "style__musicMood": "calm"},
        ),
    ],
)
def test_requests_among_descriptions_still_apply(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    ["it looks like a movie, make it less cinematic", "make it less cinematic", "a bit less filmic please"],
)
def test_less_of_a_look_asks_which_look_instead(text: str) -> None:
    turn = asks(text, "minimal", "retro")
    state = ConversationState(project_id="p_sample1", pending=turn.pending)
    only("retro", basic_project(), state, style__visualStyle="retro")


def test_less_of_a_look_never_offers_the_current_look() -> None:
    start = basic_with(style__visualStyle="cinematic")
    turn = asks("make it less cinematic", "modern", project=start)
    assert "cinematic," not in turn.question


# --- 3. a request said against the one it replaces --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("don't remove the hook, just make it shorter", {"scene_1__durationSec": 3.2, "durationSec": 14.2}),
        ("don't delete the cta, just make it shorter", {"scene_3__durationSec": 3.2, "durationSec": 14.2}),
        ("instead of cutting the showcase, shorten it", {"scene_2__durationSec": 5.6, "durationSec": 13.6}),
        ("rather than deleting the hook, trim it", {"scene_1__durationSec": 3.2, "durationSec": 14.2}),
        ("no need to drop the cta - make its text bigger", {"scene_3__overlay__fontSize": 90}),
    ],
)
def test_dont_remove_x_just_change_it_changes_x_alone(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_dont_remove_it_after_a_scene_was_named_changes_that_scene() -> None:
    start = four()
    changed, state = after("make the social proof darker", start)
    turn = parse_message("instead of removing it, shorten it", changed, state=state)
    assert not turn.question and not turn.unknown
    done, error = simulate(changed, turn.operations)
    assert error is None
    expected = content(changed)
    expected["scenes"][2]["durationSec"] = 2.4
    expected["durationSec"] = 17.4
    assert content(done) == expected


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("keep the hook, change the CTA text to 'Grab yours'", {"scene_3__overlay__text": "Grab yours"}),
        ("leave the hook alone, make the cta text bigger", {"scene_3__overlay__fontSize": 90}),
        ("not the hook, the cta: bigger text", {"scene_3__overlay__fontSize": 90}),
        ("not the showcase, the hook: make it shorter", {"scene_1__durationSec": 3.2, "durationSec": 14.2}),
    ],
)
def test_not_that_one_this_one_changes_the_one_named_last(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    [
        "not the music, the voice: quieter",
        "not the music, the narration - softer",
        "not the music but the voice: too loud",
    ],
)
def test_not_the_music_the_voice_never_turns_the_music_down(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, (text, turn.operations)
    assert "voice" in (turn.question or turn.unknown or "").lower()


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the cta, not the hook, should be red", {"scene_3__overlay__color": "#FF0000"}),
        ("the cta (not the hook) should be red", {"scene_3__overlay__color": "#FF0000"}),
        (
            "the showcase, not the cta, needs to be shorter",
            {"scene_2__durationSec": 5.6, "durationSec": 13.6},
        ),
        ("the hook, not the cta, is too dark", {"scene_1__backgroundPrompt": f"{B1}, brighter"}),
    ],
)
def test_this_one_not_that_one_changes_the_first_alone(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "don't remove the hook please just make it 2 seconds",
            {"scene_1__durationSec": 2, "durationSec": 13},
        ),
        ("don't remove the music, just lower it", {"audio__volume": 0.6}),
        ("rather than removing the music, turn it down", {"audio__volume": 0.6}),
        ("leave the showcase in, just make it shorter", {"scene_2__durationSec": 5.6, "durationSec": 13.6}),
    ],
)
def test_dont_remove_said_without_a_comma_or_of_the_music(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    [
        "the hook is louder than the cta",
        "the music in the hook is louder than in the cta",
        "the cta is quieter than the showcase",
    ],
)
def test_one_scene_louder_than_another_asks_for_the_whole_ad(text: str) -> None:
    turn = asks(text, "one volume", "quieter or louder")
    state = ConversationState(project_id="p_sample1", pending=turn.pending)
    only("quieter", basic_project(), state, audio__volume=0.6)


@pytest.mark.parametrize(
    "text",
    [
        "the cta says order today",
        "ok so the showcase text reads smooth bold 100% arabica",
        "the hook still says wake up to cold brew",
    ],
)
@pytest.mark.parametrize("start", [basic_project(), four()], ids=["basic", "four"])
def test_what_a_scene_says_already_changes_nothing(text: str, start: AdProject) -> None:
    replies(text, "already", project=start)


def test_what_a_scene_should_say_is_still_a_request() -> None:
    only("the cta says shop now", scene_3__overlay__text="shop now")


@pytest.mark.parametrize(
    "text",
    [
        "the video is very cinematic",
        "it's so apple-like",
        "this is giving luxury",
        "honestly the whole thing feels super premium",
    ],
)
@pytest.mark.parametrize(
    "start", [basic_project(), basic_with(style__visualStyle="retro")], ids=["modern", "retro"]
)
def test_how_the_whole_ad_comes_across_changes_nothing(text: str, start: AdProject) -> None:
    replies(text, "what would you like to change", project=start)


@pytest.mark.parametrize(
    ("text", "start", "changes"),
    [
        ("make it very cinematic", basic_project(), {"style__visualStyle": "cinematic"}),
        ("the vibe should be retro", basic_project(), {"style__visualStyle": "retro"}),
        ("it's way too dark", basic_with(style__lighting="dark"), {"style__lighting": "bright"}),
    ],
)
def test_a_look_asked_for_is_still_set(text: str, start: AdProject, changes: dict[str, Any]) -> None:
    only(text, start, **changes)
