"""Round thirty-four i: the last edit pointed at the long way
(:mod:`adgen.agent.understanding.earlier_turns`).

1. "same as before, but on the hook", "ok, now do what you did before on the end card", "repeat
   that for the hook", "can you do that again on the CTA": the last change, on another scene.
2. "a little more yet", "still a bit more", "more still please": the last change again.
3. A length said once carries to a bare number later in the message: "hook to 3 secs, then the
   showcase 6", "make the hook four seconds and the end card up to six".
4. Near misses: with no change before, nothing is done; "keep the font the same as before on the
   hook" keeps something and is not a repeat.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

from adgen.agent.understanding.earlier_turns import carried_seconds, plain_followup

understood = partial(held_out_run.understood, starts="dev23", case_id="r34i")
_run = partial(held_out_run.verdict, starts="dev23", case_id="r34i")

_YELLOW_BOTH = {
    "start": {
        "scenes[#2].overlay.color": {"color": "yellow"},
        "scenes[#1].overlay.color": {"color": "yellow"},
    }
}


@pytest.mark.parametrize(
    "text",
    [
        "same as before, but on the hook",
        "ok, now do what you did before on the hook",
        "repeat that for the hook",
        "exactly the same as last time for the hook please",
    ],
)
def test_the_last_change_on_another_scene(text: str) -> None:
    understood("relaydesk", ("make the inbox shot text yellow", text), _YELLOW_BOTH)


def test_do_that_again_on_the_end_card() -> None:
    understood(
        "relaydesk",
        ("make the inbox shot text yellow", "can you do that again on the end card"),
        {
            "start": {
                "scenes[#2].overlay.color": {"color": "yellow"},
                "scenes[role=cta].overlay.color": {"color": "yellow"},
            }
        },
    )


@pytest.mark.parametrize("text", ["a little more yet", "still a bit more", "more still please"])
def test_more_still(text: str) -> None:
    result = understood(
        "budgetapp",
        ("rating card a bit longer", text),
        {"start": {"scenes[#3].durationSec": {"grow": "any"}, "durationSec": "optional"}},
    )
    assert result.outcome.turns[1].changed


@pytest.mark.parametrize(
    "text", ["same as last time but for the end card", "do what you did before on the hook"]
)
def test_nothing_before_changes_nothing(text: str) -> None:
    assert held_out_run.changes_nothing("relaydesk", text, starts="dev23")


@pytest.mark.parametrize(
    "text",
    [
        "keep the font the same as before on the hook",
        "the hook should look the same as before",
        "more people still",
    ],
)
def test_other_sentences_are_left_alone(text: str) -> None:
    assert plain_followup(text) == text


@pytest.mark.parametrize(
    ("text", "hook", "other", "seconds"),
    [
        ("hook to 3 secs, then the showcase 6", "#1", "#2", 6.0),
        ("make the hook four seconds and the end card up to six", "#1", "role=cta", 6.0),
        ("rating card down to 2 seconds; hook 5", "#3", "#1", 5.0),
    ],
)
def test_seconds_carried(text: str, hook: str, other: str, seconds: float) -> None:
    first = 4.0 if "four" in text else 3.0 if "3" in text else 2.0
    understood(
        "budgetapp",
        (text,),
        {
            "start": {
                f"scenes[{hook}].durationSec": first,
                f"scenes[{other}].durationSec": seconds,
                "durationSec": "optional",
            }
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "hook to 3 seconds and the end card text size up to 80",
        "hook 4 seconds, and scene 2",
        "hook 3 s and then the music volume to 5",
        "make the price 5",
    ],
)
def test_no_seconds_carried(text: str) -> None:
    assert carried_seconds(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shared number words (values.NUMBER_WORD_PATTERN): teens and tens carry too
        ("hook to 3 s and the showcase up to seventeen", "… up to seventeen seconds"),
        ("hook to 3 s and the showcase to twenty-five", "… to twenty-five seconds"),
    ],
)
def test_every_number_word_carries_seconds(text: str, expected: str) -> None:
    assert carried_seconds(text).endswith(expected.removeprefix("… "))
