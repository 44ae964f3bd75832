"""history: undo (with counts) and redo, as operations."""

from phrase_suite import basic_project

from adgen.agent.understanding.history import history_operations
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation


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


def test_bring_it_back_after_a_removal_undoes_it() -> None:
    removed = apply_operation(basic_project(), ops.RemoveScene(scene_id="scene_2")).project
    assert [op.operation for op in history_operations("actually bring it back", removed) or []] == ["undo"]
    versions = {1: basic_project(), 2: removed}
    undone = apply_operation(removed, ops.Undo(), load_version=versions.__getitem__).project
    assert [op.operation for op in history_operations("bring it back", undone) or []] == ["redo"]


def test_too_much_then_go_back_is_only_the_undo() -> None:
    from adgen.agent.conversation_state import ConversationState
    from adgen.agent.understanding import parse_message

    state = ConversationState(
        project_id="p_sample1",
        scene_ids=["scene_3"],
        topic="overlay",
        last_operations=[{"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 90}],
    )
    turn = parse_message("hmm too much, go back", basic_project(), state=state)
    assert [op.operation for op in turn.operations] == ["undo"]
