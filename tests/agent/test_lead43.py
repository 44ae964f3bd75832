"""Round twenty-four, the lead's second share: sit42's questions read, as classes.

- "how long is the marathon scene?" then "halve it" / "double it": that scene's length (it changed
  the scene's text size, a wrong edit); after "how long is the whole ad?", the ad's length.
- "the scene where they fold the bike": who does it is no part of what the scene shows.
- "where it says 50% off, make that text white": a scene named by words of its text, unquoted.
- "CTR on the last card is weak - bigger text there": the figure is dropped, its scene kept.
- "music at two thirds of what it is now": the level kept, times that share.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "heldout"))
from heldout_cases import Case, Turn, set_starts  # noqa: E402
from heldout_harness import offline_settings, run_case  # noqa: E402


def _last_ops(start: str, *turns: str) -> list[dict]:
    case = Case(
        id="lead43",
        category="edit",
        split="dev",
        start=start,
        start_on="start",
        turns=tuple(Turn(say=t) for t in turns),
        expect={},
    )
    with tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(run_case(case, offline_settings(Path(tmp)), set_starts("dev3")))
    assert result.outcome.harness_error is None, result.outcome.harness_error
    return [dict(op) for op in result.outcome.turns[-1].operations]


@pytest.mark.parametrize(
    ("asked", "then", "expected"),
    [
        ("how long is the marathon scene?", "halve it", {"sceneId": "scene_3", "durationSec": 2.5}),
        ("how long is the social proof?", "double it", {"sceneId": "scene_3", "durationSec": 10.0}),
        ("what's the length of the hook", "double it", {"sceneId": "scene_1", "durationSec": 8.0}),
        ("how long is the whole ad?", "halve it", {"durationSec": 10.0}),
    ],
)
def test_halve_or_double_after_a_length_asked_is_that_length(asked: str, then: str, expected: dict) -> None:
    ops = _last_ops("sneaker", asked, then)
    assert len(ops) == 1 and {k: v for k, v in ops[0].items() if k != "operation"} == expected
    assert ops[0]["operation"] == ("update_scene" if "sceneId" in expected else "set_duration")


@pytest.mark.parametrize(
    ("start", "text", "expected"),
    [
        (
            "ebike",
            "the scene where they fold the bike, move the words to the top",
            ("scene_4", "position", "top"),
        ),
        ("yogamat", "the part where they stretch: text yellow", ("scene_3", "color", "#FFFF00")),
        ("mealkit", "where it says 50% off, make that text white", ("scene_3", "color", "#FFFFFF")),
        ("sneaker", "the bit that says run the city: bigger text", ("scene_1", "fontSize", 90)),
        ("sneaker", "where it says Loved by, move it to the top", ("scene_3", "position", "top")),
        ("skincare", "CTR on the last card is weak - bigger text there pls", ("scene_3", "fontSize", 80)),
        ("skincare", "CTR on the end card is 0.4%, make the text yellow", ("scene_3", "color", "#FFFF00")),
    ],
)
def test_a_scene_named_by_what_it_shows_says_or_scores(start: str, text: str, expected: tuple) -> None:
    sid, field, value = expected
    assert _last_ops(start, text) == [{"operation": "update_overlay", "sceneId": sid, field: value}]


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("music at two thirds of what it is now", 0.33),
        ("music at half of what it is now", 0.25),
        ("put the music at three quarters of where it is", 0.38),
    ],
)
def test_music_at_a_share_of_what_it_is_now(text: str, volume: float) -> None:
    ops = _last_ops("skincare", text)  # the skincare ad's music is at 0.5
    assert len(ops) == 1 and ops[0]["operation"] == "update_audio" and abs(ops[0]["volume"] - volume) < 0.01
