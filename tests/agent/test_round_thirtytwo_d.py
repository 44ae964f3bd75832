"""Round thirty-two d: dev23's lists, follow-ups and open briefs, as classes in other words.

1. A scene named by one of its own words without "the" at a request's start ("splash shot to 5s",
   "…, counter shot to 6s, and …"): that scene, never the whole ad or the scene before it in the
   list; a word two scenes share asks which (:mod:`articleless_scenes`).
2. "the end one", "the closing one", "the opening one": the last scene, the first.
3. A heading of the marketer's own before a colon over a list of scenes' quotes ("launch vibes:
   hook '…' and the last scene '…'"): each quote on its own scene (:mod:`headed_lists`).
4. "make it 50, same copy": the size, the words kept (:mod:`words_kept`).
5. An ad for an award or a milestone ("the Webby award we won", "we hit 10k customers"): asks what
   the ad is for; a product with a code-like name is still a brief (:mod:`awards`).
6. A request for an ad in a language no table reads ("Tee meille mainos"): asks what the ad is
   for, never an ad for its first word (:mod:`unread_briefs`).
"""

from __future__ import annotations

import pytest
from parse_helpers import after, asks, only
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message

# basic_project: hook "Wake up to cold brew" (top, 64, white; an iced coffee splash), showcase
# "Smooth. Bold. 100% arabica" (bottom, 56, white; a cold brew bottle on a sunny counter), cta
# "Order today" (center, 72, #F2A541); 15 s (4 + 7 + 4); music at 0.8.


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("splash shot to 5s", {"scene_1__durationSec": 5.0, "durationSec": 16.0}),
        ("counter shot 6 secs", {"scene_2__durationSec": 6.0, "durationSec": 14.0}),
        (
            "hook text 'Hi there', counter shot to 6s, and the music a bit quieter",
            {
                "scene_1__overlay__text": "Hi there",
                "scene_2__durationSec": 6.0,
                "durationSec": 14.0,
                "audio__volume": 0.7,
            },
        ),
    ],
)
def test_a_scene_named_by_its_word_without_the(text: str, changes: dict) -> None:
    only(text, **changes)


def test_a_word_two_scenes_share_asks_which() -> None:
    assert "scene 1" in asks("cold shot to 5s") and "scene 2" in asks("cold shot to 5s")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("then the end one down to the bottom", {"scene_3__overlay__position": "bottom"}),
        ("the closing one to the top", {"scene_3__overlay__position": "top"}),
        ("and the opening one to the bottom", {"scene_1__overlay__position": "bottom"}),
    ],
)
def test_the_end_one_and_the_opening_one(text: str, changes: dict) -> None:
    project, state = after("move the showcase text to the top", basic_project())
    only(text, project, state, **changes)


@pytest.mark.parametrize(
    "text",
    [
        "launch vibes: hook 'Hello there' and the last scene 'Grab one'",
        "big news: the hook 'Hello there', the cta 'Grab one'",
        "restock mood pls: hook 'Hello there' and end card 'Grab one'",
    ],
)
def test_a_heading_over_quotes_for_two_scenes(text: str) -> None:
    only(text, scene_1__overlay__text="Hello there", scene_3__overlay__text="Grab one")


@pytest.mark.parametrize(
    "text", ["make it 50, same copy", "50, same words", "make it 50 and keep the same wording"]
)
def test_same_words_keeps_the_words(text: str) -> None:
    project, state = after("make the hook text bigger", basic_project())
    only(text, project, state, scene_1__overlay__fontSize=50)


@pytest.mark.parametrize(
    "text",
    [
        "we need an ad for the Webby award we won",
        "something to celebrate our Red Dot prize",
        "we hit 10k customers, need an ad",
    ],
)
def test_an_award_or_a_milestone_asks_what_the_ad_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question and "what is the ad for" in turn.question.lower(), (text, turn.question)
    assert turn.brief is None and not turn.operations


def test_a_product_with_a_code_name_is_still_a_brief() -> None:
    turn = parse_message("an ad for our G2 headphones", None)
    assert turn.brief is not None and turn.brief.product == "G2 headphones"


@pytest.mark.parametrize("text", ["Tee meille mainos", "Sukurk reklamą, ačiū", "Lag en reklame til meg"])
def test_an_ad_asked_in_an_unread_language_asks_what_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question and "what is the ad for" in turn.question.lower(), (text, turn.question)
    assert turn.brief is None and not turn.operations
