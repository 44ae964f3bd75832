"""Round thirty-two c (2026-12-05): dev23's edit, complaint and typo categories (creators' merch
drops, bands and venues), as classes in my own words.

1. A release called a "drop" ("drop 3 goes live friday", "our next drop is saturday", "the summer
   drop lands at noon"): the noun, never the verb; only the rest of the message is done (the
   product was hidden, or the scene named next removed). The verb stays ("drop the hook", "drop 2
   seconds off the cta").
2. A brief's product named by its occasion ("the Cloud Hoodie merch drop", "the Aurora lamp
   launch"): the occasion word never names the product layer.
"""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, only
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.occasion_nouns import product_head
from adgen.agent.understanding.product_words import names_product

# basic_project: 15 s; hook 4 s, showcase 7 s (product shown), cta 4 s.

# --- 1. a release called a drop ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "drop 2 goes live saturday so the cta should say 'Drop 2 · Sat 10am'",
            {"scene_3__overlay__text": "Drop 2 · Sat 10am"},
        ),
        (
            "our next drop is saturday, make the hook say 'Saturday 10am'",
            {"scene_1__overlay__text": "Saturday 10am"},
        ),
        (
            "the summer drop lands at noon so change the cta text to 'Noon Sunday'",
            {"scene_3__overlay__text": "Noon Sunday"},
        ),
        (
            "Drop #4 sold out in an hour so the hook should read 'Sold out twice'",
            {"scene_1__overlay__text": "Sold out twice"},
        ),
    ],
)
def test_a_release_called_a_drop_is_no_verb(text: str, changes: dict[str, str]) -> None:
    only(text, basic_project(), **changes)


def test_the_verb_drop_still_removes_and_shortens() -> None:
    removed = parse_message("drop the hook", basic_project())
    assert [op.to_wire()["operation"] for op in removed.operations] == ["remove_scene"]
    shorter = parse_message("drop 2 seconds off the cta", basic_project())
    assert [op.to_wire() for op in shorter.operations][0] == {
        "operation": "update_scene",
        "sceneId": "scene_3",
        "durationSec": 2.0,
    }


def test_the_drop_alone_changes_nothing() -> None:
    turn = parse_message("our next drop is on friday", basic_project())
    assert not turn.operations


# --- 2. a product named by its occasion ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("product", "head"),
    [
        ("Cloud Hoodie merch drop", "hoodie"),
        ("Aurora lamp launch", "lamp"),
        ("merch drop", ""),
        ("summer sale", "summer"),
    ],
)
def test_the_occasion_is_no_product_head(product: str, head: str) -> None:
    assert product_head(product) == head


def test_drop_names_no_product_in_a_merch_drop_ad() -> None:
    ad = basic_with(brief="15 s ad for the Mila Moves merch drop, playful")
    assert not names_product("the drop goes live friday", ad)


# --- 3. a couple more seconds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("give the cta a couple more seconds", {"scene_3__durationSec": 6.0}),
        ("the hook needs a couple extra secs", {"scene_1__durationSec": 6.0}),
    ],
)
def test_a_couple_more_seconds_is_added(text: str, changes: dict[str, float]) -> None:
    turn = parse_message(text, basic_project())
    scene_id = "scene_3" if "cta" in text else "scene_1"
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": scene_id, "durationSec": next(iter(changes.values()))}
    ]


def test_a_couple_of_seconds_alone_is_the_length() -> None:
    turn = parse_message("cut a couple of seconds off the hook", basic_project())
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 2.0}
    ]
