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
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from adgen.project import MASTER_ASPECT, AdProject, CamelModel


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


class StoreFull(StoreError, OSError):
    """The disk under the data folder is full: nothing could be written (reading goes on)."""

    def __init__(self) -> None:
        super().__init__(
            "The disk is full (no space left where adgen keeps its data), so nothing new could be saved; "
            "free some space there and try again (nothing was lost)."
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

    def save_versions(self, projects: Sequence[AdProject], *, expected_version: int) -> AdProject:
        """Append consecutive versions made on ``expected_version`` (one request's edits) as one
        change: all of them, or on a conflict none; returns the last.

        This default saves them one at a time (a conflict half-way keeps the first ones); the
        SQLite and PostgreSQL stores override it with one transaction.
        """
        saved = None
        for offset, project in enumerate(check_consecutive(projects, expected_version)):
            saved = self.save(project, expected_version=expected_version + offset)
        assert saved is not None
        return saved

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
        subtitle_exports: dict[str, dict[str, str]] | None = None,
        preset_exports: dict[str, str] | None = None,
        preflight: dict[str, Any] | None = None,
    ) -> None:
        """Merge render results into a version (key by key, last writer wins per key).
        ``preflight`` replaces the version's pre-flight report; ``{}`` clears it (a draft render
        after a checked one: the exports it checked are gone)."""

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
            if subtitle_exports:  # the voice-over's .srt and .vtt per export (issue 19)
                results["subtitleExports"] = {**results.get("subtitleExports", {}), **subtitle_exports}
            if preset_exports is not None:
                results["presetExports"] = {**results.get("presetExports", {}), **preset_exports}
            if preflight is not None:
                results["preflight"] = preflight or None

        self._merge_results(project_id, version, merge)

    def add_cost(
        self, project_id: str, version: int, *, usd: float = 0.0, calls: dict[str, int] | None = None
    ) -> None:
        """Add to a version's cost atomically, so parallel jobs never lose each other's spend."""

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

    @abc.abstractmethod
    def _merge_results(self, project_id: str, version: int, merge: ResultsMerge) -> None:
        """Read a version's document and render results, ``merge`` them, check them with
        :func:`_merged_results` and write them back, as one atomic step against other writers.

        Raises ProjectNotFound for a missing project or version.
        """


ResultsMerge = Callable[[dict[str, Any], dict[str, Any]], None]
"""Changes a version's render results (first argument) in place, given its document (second)."""


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
    if "subtitleExports" in results:
        doc["subtitleExports"] = {**doc.get("subtitleExports", {}), **results["subtitleExports"]}
    if "presetExports" in results:
        doc["presetExports"] = {**doc.get("presetExports", {}), **results["presetExports"]}
    if "preflight" in results:
        doc["preflight"] = results["preflight"]
    urls = results.get("sceneVideoUrls") or {}
    if urls:
        doc["scenes"] = [
            {**scene, "sceneVideoUrl": urls[scene["id"]]} if scene["id"] in urls else scene
            for scene in doc["scenes"]
        ]
    return doc


def _check_numbering(project: AdProject, expected_version: int) -> None:
    """Refuse a document whose own number does not follow the version it was made on."""
    if project.version != expected_version + 1:
        pid = project.project_id
        raise VersionConflict(
            pid,
            expected_version,
            None,
            f"This change to project {pid!r} was numbered version {project.version}, but it was "
            f"made on version {expected_version}. Reload the project and make the change again.",
        )


def check_consecutive(projects: Sequence[AdProject], expected_version: int) -> Sequence[AdProject]:
    """The versions of one :meth:`ProjectStore.save_versions` call, checked: at least one, one
    project and owner, numbered on from ``expected_version``."""
    if not projects:
        raise ValueError("save_versions needs at least one version")
    first = projects[0]
    for offset, project in enumerate(projects):
        if (project.project_id, project.owner) != (first.project_id, first.owner):
            raise ValueError("save_versions saves versions of one project only")
        _check_numbering(project, expected_version + offset)
    return projects


def _merged_results(
    project_id: str, version: int, doc: dict[str, Any], results: dict[str, Any], merge: ResultsMerge
) -> dict[str, Any]:
    """``results`` after ``merge``, refused (InvalidRenderResult) if the merged document is invalid."""
    merge(results, doc)
    try:
        AdProject.from_wire(_apply_results(doc, results))
    except ValidationError as exc:
        raise InvalidRenderResult(
            f"The render results for version {version} of project {project_id!r} are not "
            f"valid: {exc.errors()[0].get('msg', 'invalid value')}"
        ) from exc
    return results


def _summary(
    project_id: str, doc: dict[str, Any], *, created_at: str, updated_at: str, poster_url: str | None
) -> ProjectSummary:
    """A list entry from the latest version's wire document (render results merged in)."""
    return ProjectSummary(
        project_id=project_id,
        version=doc["version"],
        brief=doc["brief"],
        brand_name=doc["brand"]["name"],
        duration_sec=doc["durationSec"],
        is_variation=doc["variation"]["isVariation"],
        parent_project_id=doc["variation"]["parentProjectId"],
        label=doc["variation"]["label"],
        render_state=doc["renderStatus"]["state"],
        poster_url=poster_url,
        created_at=created_at,
        updated_at=updated_at,
    )


def _latest_poster(latest: dict[str, Any], results_newest_first: Iterable[dict[str, Any]]) -> str | None:
    """The poster of the latest version, else of the newest earlier render that had one."""
    poster = find_poster_url(latest["renderStatus"])
    if poster:
        return poster
    for results in results_newest_first:
        poster = find_poster_url(results.get("renderStatus", {}))
        if poster:
            return poster
    return None


def render_results_of(rendered: AdProject) -> dict[str, Any]:
    """The :meth:`ProjectStore.update_render` arguments that record a finished render's project.

    One definition for every render service, so what a render leaves on its version (status,
    exports unless it failed, scene clips, cost, product cut-out, music track) cannot drift.
    """
    status = rendered.render_status
    done = status.state != "failed"
    return {
        "render_status": status.model_dump(by_alias=True, mode="json"),
        "aspect_exports": dict(rendered.aspect_exports) if done else None,
        "preset_exports": dict(rendered.preset_exports) if done else None,
        "preflight": (rendered.preflight or {}) if done else None,
        "scene_video_urls": {s.id: s.scene_video_url for s in rendered.scenes if s.scene_video_url},
        "cost": rendered.cost.model_dump(by_alias=True, mode="json"),
        "masked_url": rendered.product_asset.masked_url if rendered.product_asset else None,
        "track_url": rendered.audio.track_url,
        "subtitle_exports": dict(rendered.subtitle_exports) if status.state != "failed" else None,
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


POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and url.startswith(POSTGRES_SCHEMES)


def open_project_store(settings: Any) -> ProjectStore:
    """The project store the settings name: PostgreSQL when ``ADGEN_DATABASE_URL`` names one,
    else the embedded SQLite file under the data folder.

    A PostgreSQL store is shared per process (it holds a connection pool); a SQLite store is
    cheap to open, one per call as before.
    """
    url = getattr(settings, "database_url", None)
    if is_postgres_url(url):
        from adgen.store.postgres_projects import shared_postgres_store

        return shared_postgres_store(url)
    if url:
        raise StoreError(
            "ADGEN_DATABASE_URL must start with postgresql:// or postgres://; "
            "unset it to keep projects in the embedded SQLite database."
        )
    from adgen.store.sqlite_projects import SQLiteProjectStore

    return SQLiteProjectStore(settings.database_path)


def __getattr__(name: str) -> Any:
    """The back ends, importable from here as before the split, loaded on first use.

    Lazily, because each back end's module imports this one (the base), so an import at the top
    would be circular, and so that psycopg is only imported where PostgreSQL is used.
    """
    if name == "SQLiteProjectStore":
        from adgen.store.sqlite_projects import SQLiteProjectStore

        return SQLiteProjectStore
    if name == "PostgresProjectStore":
        from adgen.store.postgres_projects import PostgresProjectStore

        return PostgresProjectStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "InvalidRenderResult",
    "ProjectExists",
    "ProjectNotFound",
    "ProjectStore",
    "PostgresProjectStore",  # noqa: F822 (loaded by __getattr__ above)
    "ProjectSummary",
    "SQLiteProjectStore",  # noqa: F822 (loaded by __getattr__ above)
    "StoreError",
    "StoreFull",
    "VersionConflict",
    "VersionInfo",
    "find_poster_url",
    "is_postgres_url",
    "open_project_store",
    "render_results_of",
]
