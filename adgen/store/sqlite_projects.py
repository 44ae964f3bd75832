"""The embedded project store: one SQLite file (WAL), the default when no database URL is set.

On a full disk SQLite cannot even read a WAL database whose index (``-shm``) is gone (the last
connection removed it): it fails with "disk I/O error". The store then reads read-only (with the
index if it is there, else the file alone, which holds everything once no write-ahead log is
left), and every write is refused with :class:`StoreFull`, one sentence for the marketer.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from adgen.project import AdProject
from adgen.store.projects import (
    ProjectExists,
    ProjectNotFound,
    ProjectStore,
    ProjectSummary,
    ResultsMerge,
    VersionConflict,
    VersionInfo,
    _apply_results,
    _latest_poster,
    _merged_results,
    _now,
    _operation_name,
    _summary,
    check_consecutive,
)
from adgen.store.sqlite_database import SQLiteDatabase

_SCHEMA = """
CREATE TABLE IF NOT EXISTS projects (
    project_id     TEXT PRIMARY KEY,
    owner          TEXT NOT NULL,
    latest_version INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS projects_by_owner ON projects (owner, updated_at);
CREATE TABLE IF NOT EXISTS project_versions (
    project_id TEXT NOT NULL REFERENCES projects (project_id),
    version    INTEGER NOT NULL,
    owner      TEXT NOT NULL,
    operation  TEXT NOT NULL,
    doc        TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (project_id, version)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS project_versions_append_only
    BEFORE UPDATE ON project_versions
    BEGIN SELECT RAISE(ABORT, 'project versions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS project_versions_never_deleted
    BEFORE DELETE ON project_versions
    BEGIN SELECT RAISE(ABORT, 'project versions are append-only'); END;
CREATE TABLE IF NOT EXISTS render_results (
    project_id TEXT NOT NULL,
    version    INTEGER NOT NULL,
    results    TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (project_id, version),
    FOREIGN KEY (project_id, version) REFERENCES project_versions (project_id, version)
) WITHOUT ROWID;
"""


class SQLiteProjectStore(ProjectStore):
    """The embedded store: one SQLite file in WAL mode, a connection per call.

    A connection per call makes it safe from any thread and from forked worker processes;
    writes take the write lock up front (BEGIN IMMEDIATE) and wait up to ``BUSY_TIMEOUT_SEC``
    (:mod:`adgen.store.sqlite_database`).
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = SQLiteDatabase(self.path, _SCHEMA)

    def _reading(self) -> Any:
        return self.db.transaction(write=False)

    def _writing(self) -> Any:
        return self.db.transaction(write=True)

    # --- queries ------------------------------------------------------------------------------
    @staticmethod
    def _head(conn: sqlite3.Connection, project_id: str) -> sqlite3.Row | None:
        return conn.execute(
            "SELECT owner, latest_version, created_at, updated_at FROM projects WHERE project_id = ?",
            (project_id,),
        ).fetchone()

    @staticmethod
    def _results(conn: sqlite3.Connection, project_id: str, version: int) -> dict[str, Any]:
        row = conn.execute(
            "SELECT results FROM render_results WHERE project_id = ? AND version = ?",
            (project_id, version),
        ).fetchone()
        return json.loads(row["results"]) if row else {}

    def _wire(self, conn: sqlite3.Connection, project_id: str, version: int | None) -> dict[str, Any]:
        head = self._head(conn, project_id)
        if head is None:
            raise ProjectNotFound(project_id)
        number = head["latest_version"] if version is None else version
        row = conn.execute(
            "SELECT doc FROM project_versions WHERE project_id = ? AND version = ?",
            (project_id, number),
        ).fetchone()
        if row is None:
            raise ProjectNotFound(project_id, version, head["latest_version"])
        return _apply_results(json.loads(row["doc"]), self._results(conn, project_id, number))

    def _check_owner(self, conn: sqlite3.Connection, project_id: str, owner: str) -> sqlite3.Row:
        head = self._head(conn, project_id)
        if head is None or head["owner"] != owner:
            raise ProjectNotFound(project_id)
        return head

    # --- the interface ------------------------------------------------------------------------
    def create(self, project: AdProject) -> AdProject:
        doc = project.to_json(indent=None)
        now = _now()
        with self._writing() as conn:
            if self._head(conn, project.project_id) is not None:
                raise ProjectExists(project.project_id)
            conn.execute(
                "INSERT INTO projects (project_id, owner, latest_version, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (project.project_id, project.owner, project.version, now, now),
            )
            conn.execute(
                "INSERT INTO project_versions (project_id, version, owner, operation, doc, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    project.project_id,
                    project.version,
                    project.owner,
                    _operation_name(project, creating=True),
                    doc,
                    now,
                ),
            )
        return AdProject.from_wire(doc)

    def save(self, project: AdProject, *, expected_version: int) -> AdProject:
        return self.save_versions([project], expected_version=expected_version)

    def save_versions(self, projects: Sequence[AdProject], *, expected_version: int) -> AdProject:
        """All the versions in one write transaction: every one of them or none."""
        check_consecutive(projects, expected_version)
        pid, owner = projects[0].project_id, projects[0].owner
        docs = [project.to_json(indent=None) for project in projects]
        now = _now()
        with self._writing() as conn:
            head = self._check_owner(conn, pid, owner)
            if head["latest_version"] != expected_version:
                raise VersionConflict(pid, expected_version, head["latest_version"])
            conn.executemany(
                "INSERT INTO project_versions (project_id, version, owner, operation, doc, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (pid, p.version, owner, _operation_name(p, creating=False), doc, now)
                    for p, doc in zip(projects, docs, strict=True)
                ],
            )
            conn.execute(
                "UPDATE projects SET latest_version = ?, updated_at = ? WHERE project_id = ?",
                (projects[-1].version, now, pid),
            )
        return AdProject.from_wire(docs[-1])

    def get(self, project_id: str, *, owner: str, version: int | None = None) -> AdProject:
        with self._reading() as conn:
            self._check_owner(conn, project_id, owner)
            return AdProject.from_wire(self._wire(conn, project_id, version))

    def get_internal(self, project_id: str, version: int | None = None) -> AdProject:
        with self._reading() as conn:
            return AdProject.from_wire(self._wire(conn, project_id, version))

    def history(self, project_id: str, *, owner: str) -> list[VersionInfo]:
        with self._reading() as conn:
            self._check_owner(conn, project_id, owner)
            rows = conn.execute(
                "SELECT version, created_at, operation FROM project_versions "
                "WHERE project_id = ? ORDER BY version",
                (project_id,),
            ).fetchall()
        return [
            VersionInfo(version=r["version"], created_at=r["created_at"], operation=r["operation"])
            for r in rows
        ]

    def list_projects(self, owner: str) -> list[ProjectSummary]:
        summaries = []
        with self._reading() as conn:
            heads = conn.execute(
                "SELECT project_id, created_at, updated_at FROM projects WHERE owner = ? "
                "ORDER BY updated_at DESC, rowid DESC",
                (owner,),
            ).fetchall()
            for head in heads:
                pid = head["project_id"]
                doc = self._wire(conn, pid, None)
                earlier = conn.execute(
                    "SELECT results FROM render_results WHERE project_id = ? ORDER BY version DESC",
                    (pid,),
                )
                poster = _latest_poster(doc, (json.loads(row["results"]) for row in earlier))
                summaries.append(
                    _summary(
                        pid,
                        doc,
                        created_at=head["created_at"],
                        updated_at=head["updated_at"],
                        poster_url=poster,
                    )
                )
        return summaries

    def owner_of(self, project_id: str) -> str | None:
        with self._reading() as conn:
            head = self._head(conn, project_id)
        return head["owner"] if head else None

    def _merge_results(self, project_id: str, version: int, merge: ResultsMerge) -> None:
        """Read-merge-validate-write a version's render results in one write transaction."""
        with self._writing() as conn:
            row = conn.execute(
                "SELECT doc FROM project_versions WHERE project_id = ? AND version = ?",
                (project_id, version),
            ).fetchone()
            if row is None:
                head = self._head(conn, project_id)
                raise ProjectNotFound(project_id, version, head["latest_version"] if head else None)
            doc = json.loads(row["doc"])
            results = _merged_results(
                project_id, version, doc, self._results(conn, project_id, version), merge
            )
            now = _now()
            conn.execute(
                "INSERT INTO render_results (project_id, version, results, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (project_id, version) DO UPDATE SET results = excluded.results, "
                "updated_at = excluded.updated_at",
                (project_id, version, json.dumps(results, separators=(",", ":")), now),
            )
            conn.execute("UPDATE projects SET updated_at = ? WHERE project_id = ?", (now, project_id))
