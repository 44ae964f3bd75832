"""The project store on PostgreSQL, for several machines sharing one database
(``ADGEN_DATABASE_URL=postgresql://…``); the same contract as the embedded SQLite store.

- Documents and render results are JSONB: the wire document itself, queryable in place.
- Versions are append-only: a trigger refuses any UPDATE, DELETE or TRUNCATE of them.
- A save is one compare-and-set statement: it moves the project's head row only if that is
  still at the version the edit was made on, and appends the version in the same statement. The
  row lock queues racing saves of one project; the one that waited finds the head moved and gets
  the same :class:`VersionConflict` as on SQLite. Saves of different projects never wait for
  each other. (project_id, version) is the primary key besides.
- Render-result merges lock the head row (``SELECT … FOR UPDATE``), then read, so parallel jobs
  never lose a key.
- Connections come from a pool per process; a forked child (an RQ job) opens its own, because
  a connection's socket must not be shared with the parent.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool, PoolTimeout

from adgen.project import AdProject
from adgen.store import projects as base
from adgen.store.postgres_schema import CONNECT_TIMEOUT_SEC, connection_error, migrate

POOL_MAX_CONNECTIONS = 8
POOL_WAIT_SEC = 30.0

COMPONENT = "projects"
MIGRATIONS = [
    """
    CREATE TABLE projects (
        project_id     TEXT PRIMARY KEY,
        owner          TEXT NOT NULL,
        latest_version INTEGER NOT NULL,
        created_at     TIMESTAMPTZ NOT NULL,
        updated_at     TIMESTAMPTZ NOT NULL,
        seq            BIGINT GENERATED ALWAYS AS IDENTITY  -- tie-break of "newest first"
    );
    CREATE INDEX projects_by_owner ON projects (owner, updated_at DESC);
    CREATE TABLE project_versions (
        project_id TEXT NOT NULL REFERENCES projects (project_id),
        version    INTEGER NOT NULL,
        owner      TEXT NOT NULL,
        operation  TEXT NOT NULL,
        doc        JSONB NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (project_id, version)
    );
    CREATE FUNCTION refuse_project_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'project versions are append-only' USING ERRCODE = 'restrict_violation';
    END $$;
    CREATE TRIGGER project_versions_append_only BEFORE UPDATE OR DELETE ON project_versions
        FOR EACH ROW EXECUTE FUNCTION refuse_project_version_change();
    CREATE TRIGGER project_versions_never_truncated BEFORE TRUNCATE ON project_versions
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_project_version_change();
    CREATE TABLE render_results (
        project_id TEXT NOT NULL,
        version    INTEGER NOT NULL,
        results    JSONB NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (project_id, version),
        FOREIGN KEY (project_id, version) REFERENCES project_versions (project_id, version)
    );
    """,
]

# One statement each, so one round trip: a new project and its first version, or nothing if
# the id is taken (the foreign key is checked at the end of the statement). Times are the
# database's (now()), one clock for every machine.
_CREATE = """
WITH head AS (
    INSERT INTO projects (project_id, owner, latest_version, created_at, updated_at)
    VALUES (%(project_id)s, %(owner)s, %(version)s, now(), now())
    ON CONFLICT (project_id) DO NOTHING
    RETURNING project_id
)
INSERT INTO project_versions (project_id, version, owner, operation, doc, created_at)
SELECT project_id, %(version)s, %(owner)s, %(operation)s, %(doc)s, now() FROM head
"""
# A save moves the head only if it is still at the expected version and the owner's; the
# UPDATE waits for a racing save's row lock and then re-checks its WHERE on the row that save
# left, so exactly one of two racing saves inserts its version.
_SAVE = """
WITH head AS (
    UPDATE projects SET latest_version = %(version)s, updated_at = now()
    WHERE project_id = %(project_id)s AND owner = %(owner)s AND latest_version = %(expected)s
    RETURNING project_id
)
INSERT INTO project_versions (project_id, version, owner, operation, doc, created_at)
SELECT project_id, %(version)s, %(owner)s, %(operation)s, %(doc)s, now() FROM head
"""
_VERSION_ROW = """
SELECT p.owner, p.latest_version, v.doc, r.results
FROM projects p
LEFT JOIN project_versions v
    ON v.project_id = p.project_id AND v.version = COALESCE(%(version)s::integer, p.latest_version)
LEFT JOIN render_results r ON r.project_id = v.project_id AND r.version = v.version
WHERE p.project_id = %(project_id)s
"""


class _NotSaved(Exception):
    """A version of :meth:`PostgresProjectStore.save_versions` found the head moved on."""


class UnstorableText(base.StoreError, ValueError):
    """The document holds text PostgreSQL cannot store (a NUL character); nothing is written."""

    def __init__(self, project_id: str):
        self.project_id = project_id
        super().__init__(
            f"Project {project_id!r} contains an invisible NUL character (\\x00) that the database "
            "cannot store; remove it from the text you pasted and make the change again."
        )


def _text(moment: datetime) -> str:
    """A timestamp as the SQLite store writes it (ISO 8601, UTC, microseconds)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class PostgresProjectStore(base.ProjectStore):
    """Projects in a PostgreSQL database; the schema is created or migrated when it is opened."""

    def __init__(self, url: str, *, max_connections: int = POOL_MAX_CONNECTIONS):
        self.url = url
        self.max_connections = max_connections
        self._pool: ConnectionPool | None = None
        self._pool_pid = 0
        self._pool_lock = threading.Lock()
        migrate(url, COMPONENT, MIGRATIONS)

    # --- connections ------------------------------------------------------------------------
    def _connections(self) -> ConnectionPool:
        with self._pool_lock:
            if self._pool is None or self._pool_pid != os.getpid():
                # After a fork the parent's pool is left alone, never closed here: closing would
                # end the parent's sessions, whose sockets the child shares.
                self._pool = ConnectionPool(
                    self.url,
                    min_size=1,
                    max_size=self.max_connections,
                    timeout=POOL_WAIT_SEC,
                    # Autocommit: reads, creates and saves are one statement each, so one round
                    # trip and one snapshot; merges and lists open a transaction explicitly.
                    kwargs={
                        "row_factory": dict_row,
                        "autocommit": True,
                        "connect_timeout": CONNECT_TIMEOUT_SEC,
                    },
                    # One empty round trip per checkout, so a restarted server costs no failed call.
                    check=ConnectionPool.check_connection,
                    open=True,
                    name=f"adgen-projects-{os.getpid()}",
                )
                self._pool_pid = os.getpid()
            return self._pool

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[dict[str, Any]]]:
        try:
            with self._connections().connection() as conn:
                yield conn
        except PoolTimeout as exc:  # no connection could be had within POOL_WAIT_SEC
            raise connection_error(self.url, exc) from exc

    @contextmanager
    def _storing(self, project_id: str) -> Iterator[psycopg.Connection[dict[str, Any]]]:
        """A connection that stores documents: JSONB refuses NUL characters, SQLite's text does not."""
        try:
            with self._connection() as conn:
                yield conn
        except psycopg.errors.UntranslatableCharacter as exc:
            raise UnstorableText(project_id) from exc

    def close(self) -> None:
        """Close this process's connections (the store opens new ones if it is used again)."""
        with self._pool_lock:
            if self._pool is not None and self._pool_pid == os.getpid():
                self._pool.close()
            self._pool = None

    def __enter__(self) -> PostgresProjectStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- queries ------------------------------------------------------------------------------
    def _read(self, project_id: str, version: int | None, owner: str | None) -> AdProject:
        """One statement, so one snapshot: head, version and render results agree."""
        with self._connection() as conn:
            row = conn.execute(_VERSION_ROW, {"project_id": project_id, "version": version}).fetchone()
        if row is None or (owner is not None and row["owner"] != owner):
            raise base.ProjectNotFound(project_id)
        if row["doc"] is None:
            raise base.ProjectNotFound(project_id, version, row["latest_version"])
        return AdProject.from_wire(base._apply_results(row["doc"], row["results"] or {}))

    # --- the interface ------------------------------------------------------------------------
    def create(self, project: AdProject) -> AdProject:
        doc = project.to_wire()
        with self._storing(project.project_id) as conn:
            created = conn.execute(_CREATE, self._version_row(project, doc, creating=True))
        if created.rowcount == 0:
            raise base.ProjectExists(project.project_id)
        return AdProject.from_wire(doc)

    def save(self, project: AdProject, *, expected_version: int) -> AdProject:
        pid = project.project_id
        base._check_numbering(project, expected_version)
        doc = project.to_wire()
        with self._storing(pid) as conn:
            row = {**self._version_row(project, doc, creating=False), "expected": expected_version}
            if conn.execute(_SAVE, row).rowcount == 1:
                return AdProject.from_wire(doc)
            # Nothing was written; say why.
            head = conn.execute(
                "SELECT owner, latest_version FROM projects WHERE project_id = %s", (pid,)
            ).fetchone()
        if head is None or head["owner"] != project.owner:
            raise base.ProjectNotFound(pid)
        raise base.VersionConflict(pid, expected_version, head["latest_version"])

    def save_versions(self, projects: Sequence[AdProject], *, expected_version: int) -> AdProject:
        """All the versions in one transaction: every one of them or, on a conflict, none."""
        if len(projects) == 1:
            return self.save(projects[0], expected_version=expected_version)
        base.check_consecutive(projects, expected_version)
        pid = projects[0].project_id
        docs = [project.to_wire() for project in projects]
        with self._storing(pid) as conn:
            try:
                with conn.transaction():
                    for offset, (project, doc) in enumerate(zip(projects, docs, strict=True)):
                        row = {
                            **self._version_row(project, doc, creating=False),
                            "expected": expected_version + offset,
                        }
                        if conn.execute(_SAVE, row).rowcount != 1:
                            raise _NotSaved  # rolls back the versions before it
                return AdProject.from_wire(docs[-1])
            except _NotSaved:
                head = conn.execute(
                    "SELECT owner, latest_version FROM projects WHERE project_id = %s", (pid,)
                ).fetchone()
        if head is None or head["owner"] != projects[0].owner:
            raise base.ProjectNotFound(pid)
        raise base.VersionConflict(pid, expected_version, head["latest_version"])

    @staticmethod
    def _version_row(project: AdProject, doc: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        return {
            "project_id": project.project_id,
            "version": project.version,
            "owner": project.owner,
            "operation": base._operation_name(project, creating=creating),
            "doc": Jsonb(doc),
        }

    def get(self, project_id: str, *, owner: str, version: int | None = None) -> AdProject:
        return self._read(project_id, version, owner)

    def get_internal(self, project_id: str, version: int | None = None) -> AdProject:
        return self._read(project_id, version, None)

    def history(self, project_id: str, *, owner: str) -> list[base.VersionInfo]:
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT p.owner, v.version, v.created_at, v.operation FROM projects p "
                "JOIN project_versions v USING (project_id) WHERE p.project_id = %s ORDER BY v.version",
                (project_id,),
            ).fetchall()
        if not rows or rows[0]["owner"] != owner:
            raise base.ProjectNotFound(project_id)
        return [
            base.VersionInfo(
                version=r["version"], created_at=_text(r["created_at"]), operation=r["operation"]
            )
            for r in rows
        ]

    def list_projects(self, owner: str) -> list[base.ProjectSummary]:
        with self._connection() as conn, conn.transaction():  # both queries see the same projects
            heads = conn.execute(
                "SELECT p.project_id, p.created_at, p.updated_at, v.doc, r.results FROM projects p "
                "JOIN project_versions v ON v.project_id = p.project_id AND v.version = p.latest_version "
                "LEFT JOIN render_results r ON r.project_id = v.project_id AND r.version = v.version "
                "WHERE p.owner = %s ORDER BY p.updated_at DESC, p.seq DESC",
                (owner,),
            ).fetchall()
            docs = {h["project_id"]: base._apply_results(h["doc"], h["results"] or {}) for h in heads}
            # Earlier renders' statuses, only for the projects whose latest version shows no poster.
            earlier: dict[str, list[dict[str, Any]]] = {pid: [] for pid in docs}
            without = [pid for pid, doc in docs.items() if not base.find_poster_url(doc["renderStatus"])]
            if without:
                for row in conn.execute(
                    "SELECT project_id, results FROM render_results WHERE project_id = ANY(%s) "
                    "ORDER BY project_id, version DESC",
                    (without,),
                ):
                    earlier[row["project_id"]].append(row["results"])
        return [
            base._summary(
                head["project_id"],
                docs[head["project_id"]],
                created_at=_text(head["created_at"]),
                updated_at=_text(head["updated_at"]),
                poster_url=base._latest_poster(docs[head["project_id"]], earlier[head["project_id"]]),
            )
            for head in heads
        ]

    def owner_of(self, project_id: str) -> str | None:
        with self._connection() as conn:
            row = conn.execute("SELECT owner FROM projects WHERE project_id = %s", (project_id,)).fetchone()
        return row["owner"] if row else None

    def _merge_results(self, project_id: str, version: int, merge: base.ResultsMerge) -> None:
        with self._storing(project_id) as conn, conn.transaction():
            # Lock first, read after: a read in the locking statement could see results from
            # before the lock was granted, and the merge would then drop a racing job's keys.
            head = conn.execute(
                "SELECT latest_version FROM projects WHERE project_id = %s FOR UPDATE", (project_id,)
            ).fetchone()
            row = conn.execute(
                "SELECT v.doc, r.results FROM project_versions v LEFT JOIN render_results r "
                "USING (project_id, version) WHERE v.project_id = %s AND v.version = %s",
                (project_id, version),
            ).fetchone()
            if row is None:
                raise base.ProjectNotFound(project_id, version, head["latest_version"] if head else None)
            results = base._merged_results(project_id, version, row["doc"], row["results"] or {}, merge)
            conn.execute(
                "INSERT INTO render_results (project_id, version, results, updated_at) "
                "VALUES (%s, %s, %s, now()) ON CONFLICT (project_id, version) "
                "DO UPDATE SET results = excluded.results, updated_at = excluded.updated_at",
                (project_id, version, Jsonb(results)),
            )
            conn.execute("UPDATE projects SET updated_at = now() WHERE project_id = %s", (project_id,))


_shared: dict[str, PostgresProjectStore] = {}
_shared_lock = threading.Lock()


def shared_postgres_store(url: str) -> PostgresProjectStore:
    """This process's store for ``url``: opened (and migrated) once, its pool reused by every caller."""
    with _shared_lock:
        store = _shared.get(url)
        if store is None:
            store = _shared[url] = PostgresProjectStore(url)
        return store


def close_shared_stores() -> None:
    """Close the pools of every shared store (at shutdown, or when a test drops its database)."""
    with _shared_lock:
        for store in _shared.values():
            store.close()
        _shared.clear()


__all__ = [
    "MIGRATIONS",
    "PostgresProjectStore",
    "UnstorableText",
    "close_shared_stores",
    "shared_postgres_store",
]
