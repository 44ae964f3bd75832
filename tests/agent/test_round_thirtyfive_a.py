"""Round thirty-five a: a part named alone in one message, then the edit in the next
(:mod:`adgen.agent.understanding.bare_targets`).

1. A scene by number or place with any word for it, typos too ("the 3rd slide", "screen four",
   "scrn 2", "pg 3"), then what it should be: that scene only.
2. A role with a typo ("teh showcse"), a card by the words it shows ("the agse page", "bibcard"),
   two parts at once ("the ages card plus the cta"): those scenes only.
3. A version named alone ("for version B", "over on B"): the next edit goes to B.
4. "show me the slides": the list of scenes.
5. Safety: a part that cannot be told ("card 7", a card no scene's words name) and a next message
   with no target of its own ("words in the middle", "make the text red") asks; it never goes
   to every scene or the whole ad's length. A next message naming its own part or the whole ad
   is still read alone.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev25", case_id="r35a")

# dev25 starts. fixflow (16 s): 1 hook 3 s "Burst pipe? …" top; 2 showcase 5 s "24/7 callout …"
# bottom; 3 social proof 4 s "Gas Safe registered …" bottom 40; 4 cta 4 s "Call 0800 …" center.
# riverrun (16 s, version B): 2 "10k · Sun 14 June · 9am start"; 3 "Bib collection Sat …".
# littleowls: 2 "Ages 3-5 yrs · …" bottom; 3 "Parties from £95 · 2 hours" bottom; 4 cta center.


@pytest.mark.parametrize(
    ("turns", "scene"),
    [
        (("the 3rd slide", "bump it to 5 secs"), 3),
        (("scrn 2", "needs to be 7 seconds"), 2),
        (("hmm, frame number 4", "shud last 5 sec"), 4),
    ],
)
def test_scene_by_number_then_length_is_that_scene(turns: tuple[str, str], scene: int) -> None:
    _understood(
        "fixflow",
        turns,
        {"start": {f"scenes[#{scene}].durationSec": 5 if "5" in turns[1] else 7, "durationSec": "optional"}},
    )


@pytest.mark.parametrize(
    ("turns", "expect"),
    [
        (("screen four", "text in black"), {"scenes[#4].overlay.color": {"color": "black"}}),
        (("teh showcse", "move the words up top"), {"scenes[#2].overlay.position": "top"}),
        (("pg 3", "writing in the middle"), {"scenes[#3].overlay.position": "center"}),
    ],
)
def test_part_then_look_is_that_scene_only(turns: tuple[str, str], expect: dict) -> None:
    _understood("fixflow", turns, {"start": expect})


def test_card_by_its_words_with_a_typo_then_removed() -> None:
    _understood(
        "littleowls",
        ("the agse page", "get rid of it"),
        {"start": {"scenes[#2]": "removed", "scenes[*].durationSec": "optional"}},
    )


def test_card_glued_to_its_word_then_text_colour() -> None:
    _understood(
        "riverrun",
        ("bibcard", "text yellow please"),
        {"start": {"scenes[#3].overlay.color": {"color": "yellow"}}},
    )


def test_two_parts_named_then_both_changed() -> None:
    _understood(
        "littleowls",
        ("the ages card plus the cta", "words at the top for both"),
        {"start": {"scenes[#2].overlay.position": "top", "scenes[#4].overlay.position": "top"}},
    )


@pytest.mark.parametrize("naming", ["for version B", "over on B", "B version"])
def test_version_named_alone_then_edit_goes_to_it(naming: str) -> None:
    _understood(
        "riverrun",
        (naming, "make the hook text smaller"),
        {"B": {"scenes[role=hook].overlay.fontSize": {"shrink": "any"}}, "active": "B"},
    )


def test_show_me_the_slides_lists_the_scenes() -> None:
    result = held_out_run.verdict(
        "littleowls", ("show me the slides",), {"start": "same_content"}, starts="dev25"
    )
    reply = result.outcome.turns[0].reply
    assert "Play days are back" in reply and "Parties from £95" in reply


@pytest.mark.parametrize(
    ("start", "turns"),
    [
        ("fixflow", ("card 7", "make the text red")),
        ("riverrun", ("the medal card", "words in the middle")),
        ("littleowls", ("the unicorn slide", "should be 6 seconds")),
    ],
)
def test_part_not_told_then_no_target_asks(start: str, turns: tuple[str, str]) -> None:
    result = held_out_run.verdict(start, turns, {"start": "same_content"}, starts="dev25", case_id="r35a")
    assert not any(t.changed for t in result.outcome.turns), [t.reply for t in result.outcome.turns]
    assert "Which scene" in result.outcome.turns[-1].reply


def test_next_message_naming_its_own_part_is_read_alone() -> None:
    _understood(
        "fixflow",
        ("slide 2", "make the cta text black"),
        {"start": {"scenes[#4].overlay.color": {"color": "black"}}},
    )


def test_next_message_naming_the_whole_ad_is_read_alone() -> None:
    _understood(
        "fixflow",
        ("slide 2", "make the whole ad 20 seconds"),
        {"start": {"durationSec": 20, "scenes[*].durationSec": "optional"}},
    )
