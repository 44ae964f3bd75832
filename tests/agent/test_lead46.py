"""Round twenty-six, the lead's share: a scene's words changed "from 'A' to 'B'" with the scene named
first ("change the showcase text from 'Bold' to 'Rich'", "replace the cta text 'A' with 'B'",
"update the end card from 'A' to 'B'"). Read before, the first quote became the new text: the
showcase said "Bold" (a wrong edit), and a whole old text gave "Nothing changed: … already has
text 'Order today'". Now the old words are replaced where they are, all of the text when they are
all of it; when the named scene's text has no such words it is said back and a yes makes the whole
text the new words."""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, only
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate

# basic_project: hook "Wake up to cold brew", showcase "Smooth. Bold. 100% arabica", cta "Order today".


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ("change the showcase text from 'Bold' to 'Rich'", "scene_2", "Smooth. Rich. 100% arabica"),
        ("the showcase words from 'Smooth' to 'Silky' please", "scene_2", "Silky. Bold. 100% arabica"),
        ("replace the hook text 'cold brew' with 'iced coffee'", "scene_1", "Wake up to iced coffee"),
        ('swap the end card "today" for "now"', "scene_3", "Order now"),
        ("update the cta from 'Order today' to 'Shop now'", "scene_3", "Shop now"),
        ('change the CTA text from "Order today" to "Grab yours"', "scene_3", "Grab yours"),
        ("edit scene 1 from 'Wake up' to 'Cool down'", "scene_1", "Cool down to cold brew"),
        ("the last scene from 'Order today' → 'Order tonight'", "scene_3", "Order tonight"),
    ],
)
def test_the_old_words_of_the_named_scene_are_replaced_the_rest_kept(
    text: str, scene: str, words: str
) -> None:
    number = scene.removeprefix("scene_")
    only(text, **{f"scene_{number}__overlay__text": words})


@pytest.mark.parametrize(
    "text",
    [
        "change the showcase text from 'Rich' to 'Velvet'",
        "replace the hook text 'espresso' with 'latte'",
        "update the cta from 'Buy now' to 'Shop now'",
        # the same question however "change 'A' to 'B' in <scene>" is said (read before, these two
        # forms answered "it has no …" with no way to say yes, and "'A' should be 'B'" changed nothing)
        "change 'Buy now' to 'Shop now' on the cta",
        "replace 'espresso' with 'latte' in the hook",
        "in the showcase, 'Rich' should be 'Velvet'",
        "on the cta: change 'Buy now' to 'Grab yours'",
    ],
)
def test_words_the_named_scene_does_not_have_are_said_back_and_a_yes_sets_the_whole_text(text: str) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    assert not turn.operations and turn.question and "has no" in turn.question, (text, turn.question)
    scene = project.scene(turn.scene_ids[0])
    assert f"“{scene.overlay.text}”" in turn.question
    new = text.rsplit("'", 2)[-2]
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    yes = parse_message("yes", project, state=state)
    changed, error = simulate(project, yes.operations)
    assert error is None and changed.scene(scene.id).overlay.text == new
    assert [s.overlay.text for s in changed.scenes if s.id != scene.id] == [
        s.overlay.text for s in project.scenes if s.id != scene.id
    ]
    no = parse_message(
        "no", project, state=ConversationState(project_id=project.project_id, pending=turn.pending)
    )
    assert not no.operations


def test_a_scene_with_its_own_words_in_another_ad_keeps_the_rest_of_the_ad() -> None:
    project = basic_with(scene_2__overlay__text="Bold taste. Bold price.")
    turn = parse_message("change the showcase text from 'Bold price' to 'Fair price'", project)
    changed, error = simulate(project, turn.operations)
    assert error is None and not turn.question
    assert changed.scene("scene_2").overlay.text == "Bold taste. Fair price."
    assert changed.scene("scene_1").overlay == project.scene("scene_1").overlay


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("the first line", "Shop Now\nNorthwind Coffee"),
        ("first line", "Shop Now\nNorthwind Coffee"),
        ("the whole text", "Shop Now"),
        ("no", "Shop now\nNorthwind Coffee"),
    ],
)
def test_a_text_of_two_lines_without_the_old_words_offers_its_first_line_or_the_whole(
    answer: str, expected: str
) -> None:
    """Seen in the web chat: the planned CTA read "Shop now" over the brand's name, and a "yes" to
    "should the whole text say 'Shop Now'?" would have dropped the brand line."""
    project = basic_with(scene_3__overlay__text="Shop now\nNorthwind Coffee")
    turn = parse_message("change the cta text from 'Order today' to 'Shop Now'", project)
    assert not turn.operations and "first line" in turn.question and "“Shop now”" in turn.question
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    reply = parse_message(answer, project, state=state)
    changed, error = simulate(project, reply.operations)
    assert error is None and changed.scene("scene_3").overlay.text == expected
    assert [s.overlay for s in changed.scenes[:2]] == [s.overlay for s in project.scenes[:2]]
