"""Round twenty (the lead's ninth sitting, 2026-12-04, written before running): lengths by a
percentage, well-known brands' looks, and what cannot be placed in a picture."""

from __future__ import annotations

import pytest
from parse_helpers import wires

# basic_project: 15 s; hook 4 s, showcase 7 s, cta 4 s.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("speed up the whole thing by 20%", {"operation": "set_duration", "durationSec": 12.0}),
        ("speed it up by 10 percent", {"operation": "set_duration", "durationSec": 13.5}),
        ("make the hook 50% longer", {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 6.0}),
        (
            "the showcase should be 20% shorter",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.6},
        ),
    ],
)
def test_a_length_changed_by_a_percentage(text: str, expected: dict) -> None:
    assert wires(text) == [expected]


def test_a_size_by_a_percentage_is_still_the_size() -> None:
    (first, *_) = wires("make the text 20% bigger")
    assert first == {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 77}
