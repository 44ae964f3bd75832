"""Project documents, kept as an append-only list of versions.

Why append-only: undo, history and "show me version 3" need every version, and a reader never
sees a half-written document. Saves are optimistic: an edit names the version it was made on,
and the store refuses it (:class:`VersionConflict`) if someone else saved first, so two racing
edits can never silently lose one. Render results are not edits (the version only moves on an
edit operation), so they live beside the versions, keyed by (project, version), and are merged
into the document when it is read.

A project owned by someone else is indistinguishable from a missing one.
"""

from __future__ import annotations

import abc
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from adgen.project import MASTER_ASPECT, AdProject, CamelModel

BUSY_TIMEOUT_SEC = 30.0


class StoreError(Exception):
    """Base of the store's errors; the message is written for the marketer."""


class ProjectNotFound(StoreError, LookupError):
    """No such project for this user (missing, or owned by someone else: the same to them)."""

    def __init__(self, project_id: str, version: int | None = None, latest: int | None = None):
        self.project_id = project_id
        self.version = version
        if version is None or latest is None:
            message = (
                f"There is no project {project_id!r} that you can open. "
                "Check the id, or list your projects to find it."
            )
        else:
            message = f"Project {project_id!r} has no version {version}; its latest version is {latest}."
        super().__init__(message)


class ProjectExists(StoreError):
    """A new project was given an id that is already taken."""

    def __init__(self, project_id: str):
        self.project_id = project_id
        super().__init__(f"A project with the id {project_id!r} already exists; start a new one instead.")


class VersionConflict(StoreError):
    """The project changed since the edit was made; the caller should reload and redo the edit."""

    def __init__(self, project_id: str, expected: int, actual: int | None, message: str | None = None):
        self.project_id = project_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            message
            or (
                f"Someone else changed project {project_id!r} while you were editing it "
                f"(you edited version {expected}, it is now at version {actual}). "
                "Reload it and make your change again."
            )
        )


class InvalidRenderResult(StoreError, ValueError):
    """Render results that would make the document invalid; nothing is written."""


class _Record(CamelModel):
    def to_wire(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, mode="json")


class VersionInfo(_Record):
    """One entry of a project's version list."""

    version: int
    created_at: str
    operation: str


class ProjectSummary(_Record):
    """What a project list shows about one project (its latest version)."""

    project_id: str
    version: int
    brief: str
    brand_name: str
    duration_sec: float
    is_variation: bool
    parent_project_id: str | None
    label: str | None
    render_state: str
    poster_url: str | None
    created_at: str
    updated_at: str


class ProjectStore(abc.ABC):
    """Where project documents live. Small on purpose, so other databases can implement it."""

    @abc.abstractmethod
    def create(self, project: AdProject) -> AdProject:
        """Store a new project (any version number; a variation is created like any project)."""

    @abc.abstractmethod
    def save(self, project: AdProject, *, expected_version: int) -> AdProject:
        """Append ``project`` as the version after ``expected_version``, or raise VersionConflict."""

    @abc.abstractmethod
    def get(self, project_id: str, *, owner: str, version: int | None = None) -> AdProject:
        """The latest (or the given) version with its render results merged in."""

    @abc.abstractmethod
    def get_internal(self, project_id: str, version: int | None = None) -> AdProject:
        """Like :meth:`get` without the owner check. Only the render jobs use it: a worker acts
        for the owner of the job it runs. Every front end reads through :meth:`get`."""

    @abc.abstractmethod
    def history(self, project_id: str, *, owner: str) -> list[VersionInfo]:
        """Every stored version, oldest first."""

    @abc.abstractmethod
    def list_projects(self, owner: str) -> list[ProjectSummary]:
        """The owner's projects, most recently updated first."""

    @abc.abstractmethod
    def owner_of(self, project_id: str) -> str | None:
        """The owner of a project, or None if there is no such project (internal use only)."""

    @abc.abstractmethod
    def update_render(
        self,
        project_id: str,
        version: int,
        *,
        render_status: dict[str, Any] | None = None,
        aspect_exports: dict[str, str] | None = None,
        scene_video_urls: dict[str, str] | None = None,
        cost: dict[str, Any] | None = None,
        masked_url: str | None = None,
        track_url: str | None = None,
    ) -> None:
        """Merge render results into a version (key by key, last writer wins per key)."""

    @abc.abstractmethod
    def add_cost(
        self, project_id: str, version: int, *, usd: float = 0.0, calls: dict[str, int] | None = None
    ) -> None:
        """Add to a version's cost atomically, so parallel jobs never lose each other's spend."""


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
CREATE TABLE IF NOT EXISTS render_results (
    project_id TEXT NOT NULL,
    version    INTEGER NOT NULL,
    results    TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (project_id, version),
    FOREIGN KEY (project_id, version) REFERENCES project_versions (project_id, version)
) WITHOUT ROWID;
"""


def _now() -> str:
    # Microseconds so that "newest first" orders projects saved within the same second.
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _operation_name(project: AdProject, *, creating: bool) -> str:
    if creating:
        return "create_variation" if project.variation.is_variation else "create"
    for entry in reversed(project.history):
        if entry.version == project.version:
            return str(entry.operation.get("operation", "edit"))
    return "edit"


def _merge_nested(base: dict[str, Any], patch: dict[str, Any], nested: str) -> dict[str, Any]:
    """Top-level keys of ``patch`` replace those of ``base``; the ``nested`` dict merges key by key."""
    merged = {**base, **{k: v for k, v in patch.items() if k != nested}}
    if nested in base or nested in patch:
        merged[nested] = {**(base.get(nested) or {}), **(patch.get(nested) or {})}
    return merged


def _apply_results(doc: dict[str, Any], results: dict[str, Any]) -> dict[str, Any]:
    """The wire document with a version's render results merged in."""
    if not results:
        return doc
    doc = dict(doc)
    if "renderStatus" in results:
        doc["renderStatus"] = _merge_nested(doc.get("renderStatus", {}), results["renderStatus"], "stages")
    if "aspectExports" in results:
        doc["aspectExports"] = {**doc.get("aspectExports", {}), **results["aspectExports"]}
    if "cost" in results:
        doc["cost"] = _merge_nested(doc.get("cost", {}), results["cost"], "calls")
    if "maskedUrl" in results and doc.get("productAsset") is not None:
        doc["productAsset"] = {**doc["productAsset"], "maskedUrl": results["maskedUrl"]}
    if "trackUrl" in results:
        doc["audio"] = {**doc.get("audio", {}), "trackUrl": results["trackUrl"]}
    urls = results.get("sceneVideoUrls") or {}
    if urls:
        doc["scenes"] = [
            {**scene, "sceneVideoUrl": urls[scene["id"]]} if scene["id"] in urls else scene
            for scene in doc["scenes"]
        ]
    return doc


def render_results_of(rendered: AdProject) -> dict[str, Any]:
    """The :meth:`ProjectStore.update_render` arguments that record a finished render's project.

    One definition for every render service, so what a render leaves on its version (status,
    exports unless it failed, scene clips, cost, product cut-out, music track) cannot drift.
    """
    status = rendered.render_status
    return {
        "render_status": status.model_dump(by_alias=True, mode="json"),
        "aspect_exports": dict(rendered.aspect_exports) if status.state != "failed" else None,
        "scene_video_urls": {s.id: s.scene_video_url for s in rendered.scenes if s.scene_video_url},
        "cost": rendered.cost.model_dump(by_alias=True, mode="json"),
        "masked_url": rendered.product_asset.masked_url if rendered.product_asset else None,
        "track_url": rendered.audio.track_url,
    }


def find_poster_url(render_status: dict[str, Any]) -> str | None:
    """The poster a render recorded in its status (``stages.posters``, aspect -> url; the master
    preferred), if any."""
    posters = (render_status.get("stages") or {}).get("posters")
    if not isinstance(posters, dict):
        return None
    for choice in [posters.get(MASTER_ASPECT), *posters.values()]:
        if isinstance(choice, str) and choice:
            return choice
    return None


class SQLiteProjectStore(ProjectStore):
    """The embedded store: one SQLite file in WAL mode, a connection per call.

    A connection per call makes it safe from any thread and from forked worker processes;
    writes take the write lock up front (BEGIN IMMEDIATE) and wait up to ``BUSY_TIMEOUT_SEC``.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._init_schema()

    # --- connections ------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SEC, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SEC * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def _init_schema(self) -> None:
        deadline = time.monotonic() + BUSY_TIMEOUT_SEC
        while True:
            try:
                conn = self._connect()
                try:
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.executescript(_SCHEMA)
                finally:
                    conn.close()
                return
            except sqlite3.OperationalError as exc:
                # Several processes opening a fresh file at once may briefly find it locked.
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @contextmanager
    def _transaction(self, mode: str) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            conn.execute(f"BEGIN {mode}")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    def _reading(self) -> Any:
        return self._transaction("DEFERRED")

    def _writing(self) -> Any:
        return self._transaction("IMMEDIATE")

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
        pid = project.project_id
        if project.version != expected_version + 1:
            raise VersionConflict(
                pid,
                expected_version,
                None,
                f"This change to project {pid!r} was numbered version {project.version}, but it was "
                f"made on version {expected_version}. Reload the project and make the change again.",
            )
        doc = project.to_json(indent=None)
        now = _now()
        with self._writing() as conn:
            head = self._check_owner(conn, pid, project.owner)
            if head["latest_version"] != expected_version:
                raise VersionConflict(pid, expected_version, head["latest_version"])
            conn.execute(
                "INSERT INTO project_versions (project_id, version, owner, operation, doc, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (pid, project.version, project.owner, _operation_name(project, creating=False), doc, now),
            )
            conn.execute(
                "UPDATE projects SET latest_version = ?, updated_at = ? WHERE project_id = ?",
                (project.version, now, pid),
            )
        return AdProject.from_wire(doc)

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
                summaries.append(
                    ProjectSummary(
                        project_id=pid,
                        version=doc["version"],
                        brief=doc["brief"],
                        brand_name=doc["brand"]["name"],
                        duration_sec=doc["durationSec"],
                        is_variation=doc["variation"]["isVariation"],
                        parent_project_id=doc["variation"]["parentProjectId"],
                        label=doc["variation"]["label"],
                        render_state=doc["renderStatus"]["state"],
                        poster_url=self._latest_poster(conn, pid, doc),
                        created_at=head["created_at"],
                        updated_at=head["updated_at"],
                    )
                )
        return summaries

    def _latest_poster(self, conn: sqlite3.Connection, project_id: str, latest: dict[str, Any]) -> str | None:
        """The poster of the latest version, else of the newest earlier render that had one."""
        poster = find_poster_url(latest["renderStatus"])
        if poster:
            return poster
        rows = conn.execute(
            "SELECT results FROM render_results WHERE project_id = ? ORDER BY version DESC",
            (project_id,),
        ).fetchall()
        for row in rows:
            poster = find_poster_url(json.loads(row["results"]).get("renderStatus", {}))
            if poster:
                return poster
        return None

    def owner_of(self, project_id: str) -> str | None:
        with self._reading() as conn:
            head = self._head(conn, project_id)
        return head["owner"] if head else None

    def update_render(
        self,
        project_id: str,
        version: int,
        *,
        render_status: dict[str, Any] | None = None,
        aspect_exports: dict[str, str] | None = None,
        scene_video_urls: dict[str, str] | None = None,
        cost: dict[str, Any] | None = None,
        masked_url: str | None = None,
        track_url: str | None = None,
    ) -> None:
        def merge(results: dict[str, Any], doc: dict[str, Any]) -> None:
            if render_status is not None:
                results["renderStatus"] = _merge_nested(
                    results.get("renderStatus", {}), render_status, "stages"
                )
            if aspect_exports is not None:
                results["aspectExports"] = {**results.get("aspectExports", {}), **aspect_exports}
            if scene_video_urls is not None:
                known = {s["id"] for s in doc["scenes"]}
                unknown = sorted(set(scene_video_urls) - known)
                if unknown:
                    raise InvalidRenderResult(
                        f"Version {version} of project {project_id!r} has no scene {', '.join(unknown)}."
                    )
                results["sceneVideoUrls"] = {**results.get("sceneVideoUrls", {}), **scene_video_urls}
            if cost is not None:
                results["cost"] = _merge_nested(results.get("cost", {}), cost, "calls")
            if masked_url is not None:
                if doc.get("productAsset") is None:
                    raise InvalidRenderResult(
                        f"Version {version} of project {project_id!r} has no product image to mask."
                    )
                results["maskedUrl"] = masked_url
            if track_url is not None:
                results["trackUrl"] = track_url

        self._merge_results(project_id, version, merge)

    def add_cost(
        self, project_id: str, version: int, *, usd: float = 0.0, calls: dict[str, int] | None = None
    ) -> None:
        def merge(results: dict[str, Any], doc: dict[str, Any]) -> None:
            current = _merge_nested(doc.get("cost", {}), results.get("cost", {}), "calls")
            added_calls = dict(current.get("calls", {}))
            for name, count in (calls or {}).items():
                added_calls[name] = added_calls.get(name, 0) + int(count)
            results["cost"] = {
                "usd": round(float(current.get("usd", 0.0)) + float(usd), 6),
                "calls": added_calls,
            }

        self._merge_results(project_id, version, merge)

    def _merge_results(self, project_id: str, version: int, merge: Any) -> None:
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
            results = self._results(conn, project_id, version)
            merge(results, doc)
            try:
                AdProject.from_wire(_apply_results(doc, results))
            except ValidationError as exc:
                raise InvalidRenderResult(
                    f"The render results for version {version} of project {project_id!r} are not "
                    f"valid: {exc.errors()[0].get('msg', 'invalid value')}"
                ) from exc
            now = _now()
            conn.execute(
                "INSERT INTO render_results (project_id, version, results, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (project_id, version) DO UPDATE SET results = excluded.results, "
                "updated_at = excluded.updated_at",
                (project_id, version, json.dumps(results, separators=(",", ":")), now),
            )
            conn.execute("UPDATE projects SET updated_at = ? WHERE project_id = ?", (now, project_id))


def open_project_store(settings: Any) -> ProjectStore:
    """The project store the settings name (today always the embedded SQLite file)."""
    return SQLiteProjectStore(settings.database_path)


__all__ = [
    "InvalidRenderResult",
    "ProjectExists",
    "ProjectNotFound",
    "ProjectStore",
    "ProjectSummary",
    "SQLiteProjectStore",
    "StoreError",
    "VersionConflict",
    "VersionInfo",
    "find_poster_url",
    "open_project_store",
]
