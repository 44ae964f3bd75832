"""What the round tests of the offline parser share: a message read as wire operations, the
conversation's memory once a message was applied, as a session keeps it, and an ad with a version B."""

from __future__ import annotations

from typing import Any

from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.agent.understanding.memory import remember_before
from adgen.agent.understanding.switching import VariantFamily
from adgen.project import AdProject


def wires(
    text: str, project: AdProject | None = None, state: ConversationState | None = None
) -> list[dict[str, Any]]:
    """The operations ``text`` makes, as wire dicts; it must neither ask nor leave words unread."""
    turn = parse_message(text, project or basic_project(), state=state)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    return [op.to_wire() for op in turn.operations]


def after(first: str, project: AdProject) -> tuple[AdProject, ConversationState]:
    """The ad and the conversation's memory once ``first`` is applied, as a session keeps them."""
    turn = parse_message(first, project)
    assert turn.operations, first
    wire = [op.to_wire() for op in turn.operations]
    state = ConversationState(
        project_id=project.project_id,
        scene_ids=list(turn.scene_ids or []),
        topic=turn.topic,
        last_operations=[remember_before(op, project) for op in wire],
        last_request=first,
    )
    changed, error = simulate(project, turn.operations)
    assert error is None
    return changed, state


def with_version_b(original: AdProject, variant_id: str = "p_sample1_b") -> tuple[AdProject, VariantFamily]:
    """A copy of ``original`` as its version B, and the family of the two, each loadable (the
    copy may be changed before the family loads it)."""
    variant = original.model_copy(deep=True)
    variant.project_id = variant_id
    projects = {original.project_id: original, variant.project_id: variant}
    return variant, VariantFamily(original.project_id, [("B", variant.project_id)], load=projects.get)


def basic_with(**changes: Any) -> AdProject:
    """basic_project changed where a test needs it, so each test file need not build its own: each
    keyword is a path into the wire document with ``__`` between its steps, a first step
    ``scene_N`` for the N-th scene and ``scenes`` for every scene (``scene_2__backgroundPrompt``,
    ``scene_3__overlay__color``, ``scenes__product__visible``, ``brand__colors``)."""
    doc = basic_project().model_dump(by_alias=True)
    set_paths(doc, changes)
    return AdProject.model_validate(doc)


def set_paths(doc: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``doc`` (a wire document) with ``changes`` set in place, paths as in :func:`basic_with`."""
    for path, value in changes.items():
        first, *steps = path.split("__")
        if first == "scenes":
            nodes = doc["scenes"]
        elif first.startswith("scene_"):
            nodes = [doc["scenes"][int(first.removeprefix("scene_")) - 1]]
        else:
            nodes, steps = [doc], [first, *steps]
        for node in nodes:
            for step in steps[:-1]:
                node = node[step]
            node[steps[-1]] = value
    return doc


def content(project: AdProject) -> dict[str, Any]:
    """The wire document without its bookkeeping (version, history, times): what an edit changes."""
    doc = project.model_dump(by_alias=True)
    for key in ("version", "history", "updatedAt", "createdAt"):
        doc.pop(key, None)
    return doc


def only(
    text: str, project: AdProject | None = None, state: ConversationState | None = None, **changes: Any
) -> AdProject:
    """``text`` read against ``project`` (basic_project) makes exactly ``changes`` (paths as in
    :func:`basic_with`, ``scene_N`` the N-th scene as the ad stands) and nothing else, without a
    question; the changed ad."""
    start = project or basic_project()
    turn = parse_message(text, start, state=state)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    changed, error = simulate(start, turn.operations)
    assert error is None, error
    assert content(changed) == set_paths(content(start), changes), text
    return changed


def same_as(text: str, plain: str, project: AdProject | None = None) -> None:
    """``text`` makes the very document ``plain`` makes, and changes something."""
    start = project or basic_project()
    docs = []
    for words in (text, plain):
        turn = parse_message(words, start)
        assert turn.operations and not turn.question and not turn.unknown, (
            words,
            turn.question,
            turn.unknown,
        )
        changed, error = simulate(start, turn.operations)
        assert error is None, error
        docs.append(content(changed))
    assert docs[0] == docs[1], text
    assert docs[0] != content(start), text


def soda_like() -> AdProject:
    """basic_project where "lemon" is the hook's picture and the showcase's words."""
    return basic_with(
        scene_1__backgroundPrompt="lemons bursting into fizz",
        scene_2__overlay__text="Real lemons. Zero sugar.",
    )


def unchanged(text: str, project: AdProject | None = None, **kwargs: Any) -> str:
    """``text`` changes nothing (no operation, no switch to another version) and says why: the
    reply, a question, a note or an answer."""
    turn = parse_message(text, project or basic_project(), **kwargs)
    assert not turn.operations and not turn.switch_to, (text, turn.operations, turn.switch_to)
    reply = turn.question or turn.unknown or turn.answer or ""
    assert reply, text
    return reply


def asks(text: str, project: AdProject | None = None) -> str:
    """``text`` asks and changes nothing (no operation, no new brief); the question."""
    turn = parse_message(text, project or basic_project())
    assert turn.question, (text, turn.unknown, turn.operations, turn.brief)
    assert not turn.operations and turn.brief is None, text
    return turn.question


def quieter_again(first: str, more: str) -> None:
    """``first`` turns basic_project's music down; ``more`` ("a bit more", in any language) turns
    it down again, and changes nothing else."""
    changed, state = after(first, basic_project())
    once = changed.audio.volume
    assert once < 0.8
    again = parse_message(more, changed, state=state)
    assert again.operations and not again.question and not again.unknown, (more, again.question)
    wire = [op.to_wire() for op in again.operations]
    assert wire == [{"operation": "update_audio", "volume": wire[0]["volume"]}]
    assert wire[0]["volume"] < once
