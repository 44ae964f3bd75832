"""The project stores, SQLite and PostgreSQL, held to one suite: versions, conflicts, races
between threads and between processes, owner isolation, render results, project lists.

Every test taking ``store`` runs once per back end; the PostgreSQL runs use a real server (a
throwaway cluster, see tests/postgres_cluster.py) and a fresh database each.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from adgen.project import AdProject
from adgen.store.projects import (
    InvalidRenderResult,
    PostgresProjectStore,
    ProjectExists,
    ProjectNotFound,
    ProjectStore,
    SQLiteProjectStore,
    VersionConflict,
    open_project_store,
    render_results_of,
)
from adgen.tools.apply import apply_operation


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        yield SQLiteProjectStore(tmp_path / "db" / "adgen.sqlite3")
        return
    store = PostgresProjectStore(request.getfixturevalue("postgres_url"))
    yield store
    store.close()


def location(store: ProjectStore) -> tuple[str, str]:
    """What another process needs to open the same store (a store itself is not picklable)."""
    if isinstance(store, SQLiteProjectStore):
        return "sqlite", str(store.path)
    return "postgres", store.url


def open_at(kind: str, where: str) -> ProjectStore:
    return SQLiteProjectStore(Path(where)) if kind == "sqlite" else PostgresProjectStore(where)


def run_sql(store: ProjectStore, sql: str) -> list[tuple]:
    """Run SQL on the store's database directly, past the store, as an intruder would."""
    if isinstance(store, SQLiteProjectStore):
        with sqlite3.connect(store.path) as conn:
            return conn.execute(sql).fetchall()
    import psycopg

    with psycopg.connect(store.url) as conn:
        cursor = conn.execute(sql)
        return cursor.fetchall() if cursor.description else []


def edited(store: ProjectStore, project: AdProject, op: dict) -> AdProject:
    """Apply one real edit operation to ``project`` (not saved)."""
    loader = lambda n: store.get(project.project_id, owner=project.owner, version=n)  # noqa: E731
    return apply_operation(project, op, load_version=loader).project


def edit_and_save(store: ProjectStore, project: AdProject, op: dict) -> AdProject:
    return store.save(edited(store, project, op), expected_version=project.version)


def overlay(scene: str, text: str) -> dict:
    return {"operation": "update_overlay", "sceneId": scene, "text": text}


# --- round trip and versions ------------------------------------------------------------------


def test_json_round_trip_is_lossless(store, sample_project):
    data = sample_project.to_wire()
    data["productAsset"] = {"sourceUrl": "file:///tmp/x.png", "maskedUrl": None, "checksum": "a" * 64}
    data["scenes"][0]["overlay"]["text"] = 'Café ☕ 冷たいコーヒー 🚀 "quoted" \\ back'
    data["scenes"][1]["durationSec"] = 6.99
    data["scenes"][2]["durationSec"] = 4.01
    data["cost"] = {"usd": 0.123456789, "calls": {"wan": 3}}
    project = AdProject.from_wire(data)
    store.create(project)

    back = store.get(project.project_id, owner="alice")
    assert back.to_wire() == project.to_wire()
    assert back.to_wire()["scenes"][0]["overlay"]["text"] == data["scenes"][0]["overlay"]["text"]
    # What sits in the database is the wire document itself (JSON text on SQLite, JSONB on PostgreSQL).
    [(raw,)] = run_sql(store, "SELECT doc FROM project_versions")
    assert (json.loads(raw) if isinstance(raw, str) else raw) == project.to_wire()


def test_create_refuses_an_existing_id(store, sample_project):
    store.create(sample_project)
    other = sample_project.model_copy(update={"brief": "something else"})
    with pytest.raises(ProjectExists, match="already exists"):
        store.create(other)
    assert store.get(sample_project.project_id, owner="alice").brief == sample_project.brief
    assert [v.version for v in store.history(sample_project.project_id, owner="alice")] == [1]


def test_every_version_is_kept_and_readable(store, sample_project):
    saved = {1: store.create(sample_project)}
    ops = [
        overlay("scene_1", "Cold brew, hot deal"),
        {"operation": "set_duration", "durationSec": 20},
        {"operation": "add_scene", "role": "social_proof", "text": "Loved by 10k runners"},
        {"operation": "undo"},
    ]
    current = saved[1]
    for op in ops:
        current = edit_and_save(store, current, op)
        saved[current.version] = current
    assert current.version == 5

    for n, doc in saved.items():
        assert store.get(sample_project.project_id, owner="alice", version=n).to_wire() == doc.to_wire()
    latest = store.get(sample_project.project_id, owner="alice")
    assert latest.version == 5
    # The undo (version 5) restored the content of version 3: no social-proof scene, 20 s.
    assert [s.id for s in latest.scenes] == [s.id for s in saved[3].scenes]
    assert latest.duration_sec == 20

    history = store.history(sample_project.project_id, owner="alice")
    assert [(h.version, h.operation) for h in history] == [
        (1, "create"),
        (2, "update_overlay"),
        (3, "set_duration"),
        (4, "add_scene"),
        (5, "undo"),
    ]
    assert all(h.created_at for h in history)
    with pytest.raises(ProjectNotFound, match="no version 9; its latest version is 5"):
        store.get(sample_project.project_id, owner="alice", version=9)


def test_versions_are_append_only_in_the_database(store, sample_project):
    import psycopg

    v1 = store.create(sample_project)
    edit_and_save(store, v1, overlay("scene_1", "Second version"))
    refused = (sqlite3.DatabaseError, psycopg.DatabaseError)
    intrusions = [
        "UPDATE project_versions SET doc = '{}'",
        "UPDATE project_versions SET operation = 'create' WHERE version = 2",
        "DELETE FROM project_versions WHERE version = 2",
        "DELETE FROM project_versions",
    ]
    if isinstance(store, PostgresProjectStore):
        intrusions.append("TRUNCATE project_versions CASCADE")
    for sql in intrusions:
        with pytest.raises(refused, match="project versions are append-only"):
            run_sql(store, sql)
    assert store.get(v1.project_id, owner="alice", version=1).to_wire() == v1.to_wire()
    history = store.history(v1.project_id, owner="alice")
    assert [(h.version, h.operation) for h in history] == [(1, "create"), (2, "update_overlay")]


# --- conflicts and races ------------------------------------------------------------------------


def test_stale_edit_is_refused_and_writes_nothing(store, sample_project):
    v1 = store.create(sample_project)
    v2 = edit_and_save(store, v1, overlay("scene_1", "First edit"))

    stale = edited(store, v1, overlay("scene_3", "Made on version 1"))
    with pytest.raises(VersionConflict) as info:
        store.save(stale, expected_version=1)
    assert "Someone else changed" in str(info.value) and "Reload" in str(info.value)
    assert (info.value.expected, info.value.actual) == (1, 2)

    # A document whose own number does not follow the expected version is refused too.
    with pytest.raises(VersionConflict):
        store.save(edited(store, v2, overlay("scene_2", "x")), expected_version=1)
    with pytest.raises(VersionConflict):
        store.save(v2, expected_version=2)

    assert [h.version for h in store.history(v1.project_id, owner="alice")] == [1, 2]
    assert store.get(v1.project_id, owner="alice").to_wire() == v2.to_wire()


def test_one_requests_versions_are_saved_together_or_not_at_all(store, sample_project):
    """save_versions: a request's edits become consecutive versions in one transaction."""
    v1 = store.create(sample_project)
    made, current = [], v1
    for op in (
        overlay("scene_1", "One"),
        overlay("scene_2", "Two"),
        {"operation": "set_duration", "durationSec": 20},
    ):
        current = edited(store, current, op)
        made.append(current)
    last = store.save_versions(made, expected_version=1)
    assert last.to_wire() == made[-1].to_wire()
    history = store.history(v1.project_id, owner="alice")
    assert [(h.version, h.operation) for h in history] == [
        (1, "create"),
        (2, "update_overlay"),
        (3, "update_overlay"),
        (4, "set_duration"),
    ]
    for doc in made:
        assert store.get(v1.project_id, owner="alice", version=doc.version).to_wire() == doc.to_wire()

    # Made on version 4, but someone saved version 5 first: none of the two is written.
    v5 = edit_and_save(store, last, overlay("scene_3", "Someone else"))
    late = [edited(store, last, overlay("scene_1", "Late"))]
    late.append(edited(store, late[0], overlay("scene_2", "Later")))
    with pytest.raises(VersionConflict) as info:
        store.save_versions(late, expected_version=4)
    assert (info.value.expected, info.value.actual) == (4, 5)
    assert store.get(v1.project_id, owner="alice").to_wire() == v5.to_wire()
    # Versions that do not number on from the expected one, or of two projects, are refused.
    with pytest.raises(VersionConflict):
        store.save_versions(late, expected_version=5)
    other = sample_project.model_copy(update={"project_id": "p_other1"})
    with pytest.raises(ValueError, match="one project"):
        store.save_versions([edited(store, v5, overlay("scene_1", "x")), other], expected_version=5)
    assert [h.version for h in store.history(v1.project_id, owner="alice")] == [1, 2, 3, 4, 5]


def test_two_racing_threads_exactly_one_wins(store, sample_project):
    current = store.create(sample_project)
    for round_ in range(15):
        barrier = threading.Barrier(2)
        outcomes: list[object] = [None, None]

        def racer(
            i: int,
            base: AdProject = current,
            r: int = round_,
            barrier: threading.Barrier = barrier,
            outcomes: list[object] = outcomes,
        ) -> None:
            candidate = edited(store, base, overlay(f"scene_{i + 1}", f"thread {i} round {r}"))
            barrier.wait()
            try:
                outcomes[i] = store.save(candidate, expected_version=base.version)
            except VersionConflict as exc:
                outcomes[i] = exc

        threads = [threading.Thread(target=racer, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        winners = [o for o in outcomes if isinstance(o, AdProject)]
        losers = [o for o in outcomes if isinstance(o, VersionConflict)]
        assert len(winners) == 1 and len(losers) == 1, outcomes
        latest = store.get(current.project_id, owner="alice")
        assert latest.to_wire() == winners[0].to_wire()
        current = latest
    assert current.version == 16
    assert len(store.history(current.project_id, owner="alice")) == 16


def _racing_editor(
    where: tuple[str, str], project_id: str, scene: str, tag: str, count: int, barrier, results
) -> None:
    """Run in a separate process: one lock-step save against the other process (both made on
    the same version), then the rest of ``count`` edits, each retried on conflict."""
    store = open_at(*where)
    base = store.get(project_id, owner="alice")
    candidate = apply_operation(base, overlay(scene, f"{tag} 1")).project
    barrier.wait(timeout=60)
    try:
        store.save(candidate, expected_version=base.version)
        first, done = "won", 1
    except VersionConflict:
        first, done = "conflict", 0
    conflicts = 0
    for n in range(done + 1, count + 1):
        while True:
            base = store.get(project_id, owner="alice")
            candidate = apply_operation(base, overlay(scene, f"{tag} {n}")).project
            try:
                store.save(candidate, expected_version=base.version)
                break
            except VersionConflict:
                conflicts += 1
    results.put((tag, first, conflicts))


def test_racing_processes_lose_no_edit(store, sample_project):
    store.create(sample_project)
    per_process = 15
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [
        ctx.Process(
            target=_racing_editor,
            args=(location(store), sample_project.project_id, scene, tag, per_process, barrier, results),
        )
        for scene, tag in (("scene_1", "A"), ("scene_3", "B"))
    ]
    for p in procs:
        p.start()
    outcomes = sorted(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    # Both saved an edit made on version 1 at the same moment: exactly one of them won.
    assert sorted(o[1] for o in outcomes) == ["conflict", "won"], outcomes

    latest = store.get(sample_project.project_id, owner="alice")
    assert latest.version == 1 + 2 * per_process
    texts = [h.operation["text"] for h in latest.history]
    assert sorted(t for t in texts if t.startswith("A ")) == sorted(
        f"A {n}" for n in range(1, per_process + 1)
    )
    assert sorted(t for t in texts if t.startswith("B ")) == sorted(
        f"B {n}" for n in range(1, per_process + 1)
    )
    assert latest.scene("scene_1").overlay.text == f"A {per_process}"
    assert latest.scene("scene_3").overlay.text == f"B {per_process}"
    # Every version is a strict extension of the one before it: nothing was overwritten.
    previous = None
    for n in range(1, latest.version + 1):
        doc = store.get(sample_project.project_id, owner="alice", version=n)
        assert len(doc.history) == n - 1
        if previous is not None:
            assert doc.history[:-1] == previous.history
        previous = doc
    print(f"race outcomes (tag, lock-step save, later retries): {outcomes}")


# --- owners ----------------------------------------------------------------------------------------


def test_other_owner_sees_nothing(store, sample_project):
    v1 = store.create(sample_project)
    edit_and_save(store, v1, overlay("scene_1", "Alice's words"))
    pid = v1.project_id

    with pytest.raises(ProjectNotFound) as missing:
        store.get("p_doesnotexist", owner="bob")
    with pytest.raises(ProjectNotFound) as foreign:
        store.get(pid, owner="bob")
    assert str(foreign.value) == str(missing.value).replace("p_doesnotexist", pid)
    with pytest.raises(ProjectNotFound) as foreign_version:
        store.get(pid, owner="bob", version=99)
    assert str(foreign_version.value) == str(foreign.value)  # no "latest version is 2" leak
    with pytest.raises(ProjectNotFound):
        store.history(pid, owner="bob")

    bobs = store.get(pid, owner="alice").model_copy(update={"owner": "bob"})
    with pytest.raises(ProjectNotFound):
        store.save(edited(store, bobs, overlay("scene_1", "Bob was here")), expected_version=2)
    assert store.get(pid, owner="alice").scene("scene_1").overlay.text == "Alice's words"
    assert len(store.history(pid, owner="alice")) == 2

    assert store.list_projects("bob") == []
    assert [s.project_id for s in store.list_projects("alice")] == [pid]
    assert store.owner_of(pid) == "alice"
    assert store.owner_of("p_doesnotexist") is None
    assert store.get_internal(pid).version == 2
    assert store.get_internal(pid, version=1).to_wire() == v1.to_wire()


def test_list_projects_newest_first_with_variations_and_posters(store, sample_project):
    a = store.create(sample_project)
    b = store.create(sample_project.model_copy(update={"project_id": "p_second", "brief": "second ad"}))
    variant = apply_operation(
        a,
        {
            "operation": "create_variation",
            "label": "Summer",
            "operations": [overlay("scene_1", "Summer is here")],
        },
    ).project
    variant = store.create(variant)  # created like any project
    store.create(sample_project.model_copy(update={"project_id": "p_bobs", "owner": "bob"}))

    listed = store.list_projects("alice")
    assert [s.project_id for s in listed] == [variant.project_id, "p_second", a.project_id]
    top = listed[0]
    assert (top.is_variation, top.parent_project_id, top.label) == (True, a.project_id, "Summer")
    assert top.version == variant.version
    assert store.history(variant.project_id, owner="alice")[0].operation == "create_variation"
    assert listed[1].brief == "second ad" and listed[1].is_variation is False
    assert listed[2].render_state == "draft" and listed[2].poster_url is None

    a2 = edit_and_save(store, a, overlay("scene_2", "Now newest"))
    assert store.list_projects("alice")[0].project_id == a.project_id

    store.update_render(
        a.project_id,
        2,
        render_status={
            "state": "completed",
            "progress": 1.0,
            "stages": {"posters": {"9:16": "file:///media/poster.jpg"}},
        },
    )
    summary = store.list_projects("alice")[0]
    assert (summary.project_id, summary.render_state, summary.poster_url) == (
        a.project_id,
        "completed",
        "file:///media/poster.jpg",
    )
    assert summary.to_wire()["posterUrl"] == "file:///media/poster.jpg"

    # A new edit is a draft again, but the list still shows the last rendered poster.
    edit_and_save(store, a2, overlay("scene_2", "Edited after render"))
    summary = store.list_projects("alice")[0]
    assert (summary.version, summary.render_state, summary.poster_url) == (
        3,
        "draft",
        "file:///media/poster.jpg",
    )
    assert b.project_id in {s.project_id for s in store.list_projects("alice")}


def test_poster_is_found_where_a_render_records_it():
    """RenderReport.summary() keeps the posters by aspect under renderStatus.stages."""
    from adgen.store.projects import find_poster_url

    assert find_poster_url({"stages": {}}) is None
    assert find_poster_url({"stages": {"scene_1": "done", "cancelled": True}}) is None
    assert find_poster_url({"stages": {"posters": {}}}) is None
    assert (
        find_poster_url({"stages": {"posters": {"1:1": "file:///sq.jpg", "9:16": "file:///tall.jpg"}}})
        == "file:///tall.jpg"
    )
    assert find_poster_url({"stages": {"posters": {"16:9": "file:///wide.jpg"}}}) == "file:///wide.jpg"


# --- render results ----------------------------------------------------------------------------------


def test_render_results_merge_without_new_versions(store, sample_project):
    v1 = store.create(sample_project)
    pid = v1.project_id

    def job(scene: str) -> None:
        store.update_render(
            pid,
            1,
            render_status={"state": "rendering", "stages": {scene: "done"}},
            scene_video_urls={scene: f"file:///media/{scene}.mp4"},
        )
        store.add_cost(pid, 1, usd=0.25, calls={"local-video": 1})

    threads = [threading.Thread(target=job, args=(f"scene_{i}",)) for i in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    store.update_render(
        pid,
        1,
        render_status={"state": "completed", "progress": 1.0},
        aspect_exports={"9:16": "file:///media/916.mp4"},
    )
    store.update_render(pid, 1, aspect_exports={"1:1": "file:///media/11.mp4"})
    store.update_render(pid, 1, cost={"calls": {"musicgen": 1}})

    got = store.get(pid, owner="alice")
    assert got.version == 1 and len(store.history(pid, owner="alice")) == 1
    assert got.render_status.state == "completed" and got.render_status.progress == 1.0
    assert got.render_status.stages == {"scene_1": "done", "scene_2": "done", "scene_3": "done"}
    assert got.aspect_exports == {"9:16": "file:///media/916.mp4", "1:1": "file:///media/11.mp4"}
    assert [s.scene_video_url for s in got.scenes] == [f"file:///media/scene_{i}.mp4" for i in (1, 2, 3)]
    assert got.cost.usd == pytest.approx(0.75)
    assert got.cost.calls == {"local-video": 3, "musicgen": 1}

    # The next edit starts from the rendered document; its own render state is a fresh draft.
    v2 = edit_and_save(store, got, overlay("scene_1", "New words"))
    assert v2.render_status.state == "draft"
    assert store.get(pid, owner="alice", version=1).render_status.state == "completed"
    store.update_render(pid, 2, render_status={"state": "queued"})
    assert store.get(pid, owner="alice", version=1).render_status.state == "completed"
    assert store.get(pid, owner="alice").render_status.state == "queued"


def test_invalid_render_results_are_refused_and_write_nothing(store, sample_project):
    pid = store.create(sample_project).project_id
    before = store.get(pid, owner="alice").to_wire()
    with pytest.raises(InvalidRenderResult):
        store.update_render(pid, 1, render_status={"progress": 2.0})
    with pytest.raises(InvalidRenderResult):
        store.update_render(pid, 1, render_status={"state": "exploded"})
    with pytest.raises(InvalidRenderResult, match="scene_9"):
        store.update_render(pid, 1, scene_video_urls={"scene_9": "file:///x.mp4"})
    with pytest.raises(InvalidRenderResult):
        store.update_render(pid, 1, aspect_exports={"4:3": "file:///x.mp4"})
    with pytest.raises(ProjectNotFound):
        store.update_render(pid, 7, render_status={"state": "queued"})
    with pytest.raises(ProjectNotFound):
        store.update_render("p_missing", 1, render_status={"state": "queued"})
    assert store.get(pid, owner="alice").to_wire() == before


def test_a_render_keeps_its_product_cutout_and_music_track(store, sample_project):
    from adgen.project import ProductAsset

    with_image = sample_project.model_copy(
        update={"product_asset": ProductAsset(source_url="file:///media/product.png", checksum="a" * 64)}
    )
    pid = store.create(with_image).project_id
    rendered = store.get(pid, owner="alice").model_copy(deep=True)
    rendered.product_asset.masked_url = "file:///media/cutout.png"
    rendered.audio.track_url = "file:///media/track.wav"
    rendered.render_status.state = "completed"
    store.update_render(pid, 1, **render_results_of(rendered))
    store.update_render(pid, 1, cost={"calls": {"musicgen": 1}})  # a later merge keeps them

    got = store.get(pid, owner="alice")
    assert got.product_asset.masked_url == "file:///media/cutout.png"
    assert got.product_asset.source_url == "file:///media/product.png"
    assert got.audio.track_url == "file:///media/track.wav" and got.audio.volume == 0.8
    assert got.render_status.state == "completed"

    # Without a product image there is nothing to mask: refused, and nothing is written.
    bare = store.create(sample_project.model_copy(update={"project_id": "p_bare"})).project_id
    before = store.get(bare, owner="alice").to_wire()
    with pytest.raises(InvalidRenderResult, match="no product image"):
        store.update_render(bare, 1, masked_url="file:///media/cutout.png", track_url="file:///media/t.wav")
    assert store.get(bare, owner="alice").to_wire() == before


def test_open_project_store_uses_the_settings_database_in_wal_mode(settings, sample_project):
    store = open_project_store(settings)
    store.create(sample_project)
    assert settings.database_path.is_file()
    with sqlite3.connect(settings.database_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again = open_project_store(settings)  # a second opener (another process) sees the same data
    assert again.get(sample_project.project_id, owner="alice").to_wire() == sample_project.to_wire()
