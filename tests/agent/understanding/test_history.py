"""history: undo (with counts) and redo, as operations."""

from phrase_suite import basic_project

from adgen.agent.understanding.history import history_operations
from adgen.tools import operations as ops


def names(text: str) -> list[str] | None:
    found = history_operations(text, basic_project())
    return None if found is None else [op.operation for op in found]


def test_undo_and_redo() -> None:
    assert names("undo") == ["undo"] and names("undo twice") == ["undo", "undo"]
    assert names("hmm no, undo that") == ["undo"] and names("put it back") == ["undo"]
    assert names("redo") == ["redo"] and names("actually redo that") == ["redo"]
    assert isinstance(history_operations("redo", None)[0], ops.Redo)


def test_redo_a_scene_is_not_redo() -> None:
    assert names("redo the intro: foggy mountain road") is None
    assert names("make the hook brighter") is None
