"""The project store on a full disk (issue 13 item 9), on a real tmpfs filled to the last byte:
reading goes on (opening the store used to fail with "disk I/O error": SQLite could not create
its WAL index), writing is refused with one sentence saying the disk is full, nothing already
stored is lost, and writing works again once there is space."""

from __future__ import annotations

from pathlib import Path

import pytest
from disk import fill, small_disk

from adgen.store.projects import StoreFull, open_project_store
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation


@pytest.fixture
def full_disk_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir):
    with small_disk(tmp_path / "disk", 8) as disk:
        monkeypatch.setenv("ADGEN_DATA_DIR", str(disk / "data"))
        from adgen.settings import Settings

        yield Settings(), disk


def test_a_full_disk_keeps_the_store_readable_and_refuses_writes_in_one_sentence(
    full_disk_settings, sample_project
) -> None:
    settings, disk = full_disk_settings
    store = open_project_store(settings)
    stored = store.create(sample_project)
    filler = fill(disk)

    reopened = open_project_store(settings)  # what opening a chat does
    assert reopened.get(stored.project_id, owner=stored.owner) == stored
    assert [s.project_id for s in reopened.list_projects(stored.owner)] == [stored.project_id]
    assert [v.version for v in reopened.history(stored.project_id, owner=stored.owner)] == [1]

    edited = apply_operation(stored, ops.UpdateOverlay(scene_id="scene_1", text="Hello")).project
    with pytest.raises(StoreFull) as refused:
        reopened.save(edited, expected_version=1)
    message = str(refused.value)
    assert message.startswith("The disk is full") and "free some space" in message and "\n" not in message
    with pytest.raises(StoreFull):
        reopened.update_render(stored.project_id, 1, render_status={"state": "queued", "progress": 0.0})

    filler.unlink()
    assert open_project_store(settings).save(edited, expected_version=1).version == 2
    assert store.get(stored.project_id, owner=stored.owner, version=1) == stored  # nothing lost
