"""What only the PostgreSQL store has: selection by ADGEN_DATABASE_URL, clear connection errors,
versioned migrations run once under concurrency, a pool that survives a fork, and text JSONB
cannot hold. The behaviour it shares with SQLite is tested in test_store_projects.py."""

from __future__ import annotations

import multiprocessing
import threading
import time

import psycopg
import pytest
from loopback import free_port

from adgen.settings import Settings
from adgen.store.postgres_projects import MIGRATIONS, PostgresProjectStore, UnstorableText
from adgen.store.projects import StoreError, open_project_store
from adgen.tools.apply import apply_operation


def overlay(scene: str, text: str) -> dict:
    return {"operation": "update_overlay", "sceneId": scene, "text": text}


def test_the_database_url_selects_postgres_and_sqlite_stays_untouched(
    data_dir, postgres_url, sample_project, monkeypatch
):
    monkeypatch.setenv("ADGEN_DATABASE_URL", postgres_url)
    settings = Settings()
    store = open_project_store(settings)
    assert isinstance(store, PostgresProjectStore)
    assert open_project_store(Settings()) is store  # one pool per process, not one per call
    store.create(sample_project)
    assert not settings.database_path.exists()

    # The libpq short scheme names the same database; a fresh opener sees the project.
    monkeypatch.setenv("ADGEN_DATABASE_URL", "postgres://" + postgres_url.split("://", 1)[1])
    again = open_project_store(Settings())
    assert again is not store
    assert again.get(sample_project.project_id, owner="alice").to_wire() == sample_project.to_wire()


def test_a_database_url_of_another_kind_is_refused(data_dir, monkeypatch):
    monkeypatch.setenv("ADGEN_DATABASE_URL", "mysql://root:hunter2@db/adgen")
    with pytest.raises(StoreError, match="must start with postgresql:// or postgres://") as info:
        open_project_store(Settings())
    assert "hunter2" not in str(info.value)


def test_an_unreachable_server_is_a_clear_error_without_the_password():
    port = free_port()  # nothing listens there
    started = time.monotonic()
    with pytest.raises(StoreError) as info:
        PostgresProjectStore(f"postgresql://alice:s3cret@127.0.0.1:{port}/adgen")
    message = str(info.value)
    assert message.startswith(f"Cannot connect to the PostgreSQL database alice@127.0.0.1:{port}/adgen")
    assert "ADGEN_DATABASE_URL" in message and "check that the server is running" in message
    assert "s3cret" not in message
    assert time.monotonic() - started < 5


def test_schema_is_versioned_and_migrated_once(postgres_url, sample_project):
    with PostgresProjectStore(postgres_url) as store:
        store.create(sample_project)
    with PostgresProjectStore(postgres_url) as reopened:  # a second open changes nothing
        assert reopened.get(sample_project.project_id, owner="alice").version == 1
    with psycopg.connect(postgres_url) as conn:
        rows = conn.execute("SELECT component, version FROM adgen_schema").fetchall()
        assert rows == [("projects", len(MIGRATIONS))]
        # A newer adgen migrated this database further: this one refuses to write into it.
        conn.execute("UPDATE adgen_schema SET version = version + 1")
    with pytest.raises(StoreError, match=r"schema version 2, newer than this adgen knows \(1\); upgrade"):
        PostgresProjectStore(postgres_url)


def test_openers_of_a_fresh_database_at_once_create_it_once(postgres_url, sample_project):
    # Without the migration lock, the losers' CREATE TABLE would fail with "already exists".
    barrier = threading.Barrier(4)
    outcomes: list[object] = []

    def opener() -> None:
        barrier.wait()
        try:
            outcomes.append(PostgresProjectStore(postgres_url))
        except Exception as exc:  # the assertion below shows it
            outcomes.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(isinstance(o, PostgresProjectStore) for o in outcomes), outcomes
    outcomes[0].create(sample_project)
    assert outcomes[3].get(sample_project.project_id, owner="alice").version == 1
    for store in outcomes:
        store.close()


def _backend_pid(store: PostgresProjectStore) -> int:
    """The server process behind the connection the store hands out (one: max_connections=1)."""
    with store._connection() as conn:
        return conn.execute("SELECT pg_backend_pid() AS pid").fetchone()["pid"]


def _save_in_forked_child(store: PostgresProjectStore, project_id: str, results) -> None:
    base = store.get(project_id, owner="alice")
    saved = store.save(
        apply_operation(base, overlay("scene_2", "From the child")).project, expected_version=1
    )
    results.put((saved.version, _backend_pid(store)))


def test_a_forked_worker_uses_its_own_connections(postgres_url, sample_project):
    # RQ runs each job in a fork of the worker: a child talking over its parent's socket would
    # garble both sessions as soon as they overlap.
    store = PostgresProjectStore(postgres_url, max_connections=1)
    store.create(sample_project)
    parent_backend = _backend_pid(store)
    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()
    child = ctx.Process(target=_save_in_forked_child, args=(store, sample_project.project_id, results))
    child.start()
    version, child_backend = results.get(timeout=60)
    child.join(timeout=30)
    assert child.exitcode == 0 and version == 2
    assert child_backend != parent_backend
    # The parent's connection is the one it had, and it sees the child's version.
    assert _backend_pid(store) == parent_backend
    latest = store.get(sample_project.project_id, owner="alice")
    assert (latest.version, latest.scene("scene_2").overlay.text) == (2, "From the child")
    store.close()


def test_a_restarted_server_costs_no_failed_call(postgres_server, postgres_url, sample_project):
    store = PostgresProjectStore(postgres_url, max_connections=2)
    v1 = store.create(sample_project)
    assert store.owner_of(v1.project_id) == "alice"  # the pool holds a live session now
    postgres_server.restart()  # ends every session: the pooled connection is dead
    assert store.get(v1.project_id, owner="alice").to_wire() == v1.to_wire()
    v2 = store.save(apply_operation(v1, overlay("scene_1", "After the restart")).project, expected_version=1)
    assert store.get(v1.project_id, owner="alice").to_wire() == v2.to_wire()
    store.close()


def test_text_jsonb_cannot_hold_is_refused_clearly_and_writes_nothing(postgres_url, sample_project):
    store = PostgresProjectStore(postgres_url)
    v1 = store.create(sample_project)
    pasted = apply_operation(v1, overlay("scene_1", "Cold\x00brew")).project
    with pytest.raises(UnstorableText, match="NUL character"):
        store.save(pasted, expected_version=1)
    assert store.get(v1.project_id, owner="alice").to_wire() == v1.to_wire()
    assert [h.version for h in store.history(v1.project_id, owner="alice")] == [1]
    store.close()


def test_a_request_whose_second_version_cannot_be_stored_keeps_none(postgres_url, sample_project):
    """save_versions is one transaction: the first version is rolled back with the second."""
    store = PostgresProjectStore(postgres_url)
    v1 = store.create(sample_project)
    v2 = apply_operation(v1, overlay("scene_2", "Fine")).project
    v3 = apply_operation(v2, overlay("scene_1", "Cold\x00brew")).project
    with pytest.raises(UnstorableText, match="NUL character"):
        store.save_versions([v2, v3], expected_version=1)
    assert store.get(v1.project_id, owner="alice").to_wire() == v1.to_wire()
    assert [h.version for h in store.history(v1.project_id, owner="alice")] == [1]
    store.close()
