"""The job functions the render workers run: prepare, one scene, assemble.

Plain sync module functions on purpose (RQ imports them by name, and async job functions leak an
event loop per job, rq#1960). Each loads the project from the store by id and version, calls the
pipeline, reports progress to every render watching the job, and returns its output as JSON-ready
data (the assembly reads its dependencies' results from RQ). Results reach the project document
only when a stage is complete: a scene's clip when the scene is done, the exports, statuses and
cost when the assembly is done.

Retries: a scene whose provider failed is raised as :class:`ProviderRetry` while RQ still has
retries for it (``Retry(max=2, interval=[1, 5])``); on the last attempt its marked stand-in clip
is accepted and the ad ends ``completed_with_warnings``.

Redis outages: progress events are best effort (lost while Redis is away); the reads a job
needs and the render's end wait for Redis to come back, and a job waits for Redis before it
returns, so RQ can record its result instead of failing it.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import redis
from rq import get_current_job
from rq.exceptions import NoSuchJobError
from rq.job import Job

from adgen.jobs.events import (
    TERMINAL_STATES,
    EventState,
    ProgressEvent,
    RedisEventLog,
    render_ended,
    render_event,
)
from adgen.jobs.outage import REDIS_DOWN, wait_for_redis, with_redis
from adgen.jobs.queue import Watcher, job_watchers
from adgen.pipeline.events import StageEvent
from adgen.pipeline.orchestrator import (
    PreparedAssets,
    SceneOutput,
    complete_render,
    prepare,
    prepared_event,
    render_context,
    render_scene,
    scene_event,
)
from adgen.pipeline.stages import STAGE_ASSEMBLY, STAGE_PREPARE, STAGE_SCENE
from adgen.project import MASTER_ASPECT
from adgen.settings import get_settings
from adgen.store.media import open_media_store
from adgen.store.projects import ProjectStore, open_project_store, render_results_of

log = logging.getLogger(__name__)

META_EVENT = "adgen_event"
META_SAVE_EVERY_SEC = 0.25


class ProviderRetry(RuntimeError):
    """A scene's provider failed and RQ will run the job again after its retry interval."""


class JobReporter:
    """Publishes one job's progress to every render watching it, and keeps the latest in ``job.meta``."""

    def __init__(self, job: Job, project_id: str, version: int, scene_id: str | None = None):
        self.job = job
        self.events = RedisEventLog(job.connection)
        self.project_id, self.version, self.scene_id = project_id, version, scene_id
        self._meta_saved = 0.0
        self._redis_away = False

    def watchers(self) -> list[Watcher]:
        """The renders waiting for this job (waits for Redis when it is away)."""
        return with_redis(
            self.job.connection, lambda: job_watchers(self.job.connection, self.job.id), what="watchers"
        )

    def publish(
        self, event: StageEvent, *, state: EventState | None = None, force_meta: bool = False
    ) -> None:
        """One pipeline event to every watching render (a scene job speaks of each render's own
        scene id: a shared job may have been made for another project's scene). Best effort:
        while Redis is away the render goes on and its events are dropped."""
        try:
            self._publish(event, state, force_meta)
            if self._redis_away:
                log.warning("job %s: Redis answers again; progress events resumed", self.job.id)
            self._redis_away = False
        except REDIS_DOWN as exc:
            if not self._redis_away:
                log.warning(
                    "job %s: Redis unreachable (%s); rendering on, progress events dropped", self.job.id, exc
                )
            self._redis_away = True

    def _publish(self, event: StageEvent, state: EventState | None, force_meta: bool) -> None:
        base = ProgressEvent.of(
            event, project_id=self.project_id, version=self.version, render_id="", state=state
        )
        if self.scene_id:
            base = base.model_copy(update={"scene_id": self.scene_id})
        for watcher in job_watchers(self.job.connection, self.job.id):
            mine = base.model_copy(
                update={
                    "project_id": watcher.project_id,
                    "version": watcher.version,
                    "render_id": watcher.render_id,
                    "scene_id": watcher.scene_id if self.scene_id else base.scene_id,
                }
            )
            self.events.publish(mine, part=watcher.part)
        now = time.monotonic()
        if force_meta or now - self._meta_saved >= META_SAVE_EVERY_SEC:
            self.job.meta[META_EVENT] = base.to_wire()
            try:
                self.job.save_meta()
            except REDIS_DOWN:
                raise
            except redis.RedisError:
                log.warning("could not save progress in job %s meta", self.job.id)
            self._meta_saved = now

    def render_ended(self, watcher: Watcher) -> bool:
        info = with_redis(
            self.job.connection, lambda: self.events.render_info(watcher.render_id), what="render"
        )
        return info.get("state") in TERMINAL_STATES

    def announce(self, event: ProgressEvent) -> None:
        """An event that must not be lost (the render's end): waits for Redis when it is away."""
        with_redis(self.job.connection, lambda: self.events.publish(event), what="the render's end")

    def finish(self) -> None:
        """Before the job returns: wait for Redis, so that RQ records the result (a job whose
        bookkeeping fails on a lost Redis would be failed, or run again)."""
        wait_for_redis(self.job.connection, what=f"job {self.job.id}")


def _job() -> Job:
    job = get_current_job()
    if job is None:
        raise RuntimeError("adgen.jobs.tasks functions run inside an RQ worker")
    return job


def _context(quality: str, reporter: JobReporter):
    settings = get_settings()
    return settings, render_context(
        settings, quality, on_event=reporter.publish, media=open_media_store(settings)
    )


def _store_quietly(store: ProjectStore, what: str, **kwargs: Any) -> None:
    try:
        store.update_render(**kwargs)
    except Exception:  # noqa: BLE001 - one render's bookkeeping must not fail another's job
        log.exception("could not store %s for %s v%s", what, kwargs.get("project_id"), kwargs.get("version"))


# --- prepare ---------------------------------------------------------------------------------------


def prepare_task(project_id: str, version: int, quality: str) -> dict[str, Any]:
    """Cutout and music of one project version; returns ``PreparedAssets.to_wire()``."""
    job = _job()
    reporter = JobReporter(job, project_id, version)
    reporter.publish(StageEvent(stage=STAGE_PREPARE, message="Preparing the product cut-out and the music"))
    settings, ctx = _context(quality, reporter)
    # A worker acts for the owner of the job it runs: the unchecked read is the worker's alone.
    project = open_project_store(settings).get_internal(project_id, version)
    prepared = prepare(project, ctx)
    # Not "done": a state without a scene id is reserved for the render's own end.
    reporter.publish(prepared_event(prepared), force_meta=True)
    reporter.finish()
    return prepared.to_wire()


# --- one scene --------------------------------------------------------------------------------------


def scene_task(
    project_id: str, version: int, scene_id: str, quality: str, prepare_job_id: str | None = None
) -> dict[str, Any]:
    """One scene at every aspect of the project; returns ``SceneOutput.to_wire()``.

    With ``prepare_job_id`` (a scene showing the product waits for the cut-out) the prepare
    job's result is used; otherwise the cut-out is looked up (or made) here.
    """
    job = _job()
    reporter = JobReporter(job, project_id, version, scene_id)
    attempt = "" if not job.number_of_retries else f" (attempt {job.number_of_retries + 1})"
    reporter.publish(StageEvent(stage=STAGE_SCENE, message=f"Rendering {scene_id}{attempt}"))
    settings, ctx = _context(quality, reporter)
    store = open_project_store(settings)
    project = store.get_internal(project_id, version)
    prepared_wire = _result(job.connection, prepare_job_id)
    prepared = PreparedAssets.from_wire(prepared_wire) if prepared_wire else None
    output = render_scene(project, scene_id, ctx, prepared=prepared)
    if output.error and job.retries_left:
        retrying = StageEvent(
            stage=STAGE_SCENE, message=f"{scene_id}: {output.error}; retrying", error=output.error
        )
        reporter.publish(retrying, force_meta=True)
        raise ProviderRetry(output.error)
    ended = scene_event(output, ctx)
    for watcher in reporter.watchers():
        if ended.media_url and not output.error and not reporter.render_ended(watcher):
            _store_quietly(
                store,
                "the scene clip",
                project_id=watcher.project_id,
                version=watcher.version,
                scene_video_urls={watcher.scene_id: ended.media_url},
            )
    reporter.publish(ended, force_meta=True)
    reporter.finish()
    return output.to_wire()


# --- assembly ---------------------------------------------------------------------------------------


def _result(connection: redis.Redis, job_id: str | None) -> dict[str, Any] | None:
    """A finished dependency's return value (None when it failed, was stopped or expired)."""
    if not job_id:
        return None

    def fetch() -> Any:
        try:
            return Job.fetch(job_id, connection=connection).return_value()
        except NoSuchJobError:
            return None

    value = with_redis(connection, fetch, what=f"the result of {job_id}")
    return value if isinstance(value, dict) else None


def assemble_task(
    project_id: str,
    version: int,
    render_id: str,
    quality: str,
    prepare_job_id: str | None = None,
    scene_job_ids: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Join the scenes into each aspect, store the results in the document, end the render.

    Uses the prepare and scene jobs' results when they finished (so their provider cost is
    counted); whatever is missing (a failed job) is looked up by content key or made here.
    """
    job = _job()
    reporter = JobReporter(job, project_id, version)
    watcher = Watcher(project_id, version, render_id, None, "assembly")
    settings, ctx = _context(quality, reporter)
    store = open_project_store(settings)
    try:
        reporter.publish(StageEvent(stage=STAGE_ASSEMBLY, message="Putting the ad together"))
        project = store.get_internal(project_id, version)
        prepared_wire = _result(job.connection, prepare_job_id)
        prepared = PreparedAssets.from_wire(prepared_wire) if prepared_wire else None
        outputs = []
        for scene_id, scene_job in (scene_job_ids or {}).items():
            wire = _result(job.connection, scene_job)
            if wire is not None:
                output = SceneOutput.from_wire(wire)
                output.scene_id = scene_id  # a shared job may have been made for another project's scene
                outputs.append(output)
        outcome = complete_render(project, ctx, prepared, outputs)
    except Exception as exc:  # noqa: BLE001 - retried while RQ can; then the render ends failed
        if job.retries_left:
            raise
        message = f"the render failed: {str(exc).strip() or type(exc).__name__}"
        log.exception("assembly of %s v%s failed", project_id, version)
        if not reporter.render_ended(watcher):
            _store_quietly(
                store,
                "the failed status",
                project_id=project_id,
                version=version,
                render_status={"state": "failed", "progress": 1.0, "error": message},
            )
        reporter.announce(render_event(project_id, version, render_id, "failed", message))
        reporter.finish()
        return {"state": "failed", "error": message}

    rendered = outcome.project
    status = rendered.render_status
    if reporter.render_ended(watcher):  # cancelled while assembling: the user's word stands
        reporter.finish()
        return {"state": "cancelled"}
    _store_quietly(
        store, "the render results", project_id=project_id, version=version, **render_results_of(rendered)
    )
    preview = ctx.preview(outcome.report.exports.get(MASTER_ASPECT))
    reporter.announce(render_ended(render_id, rendered, outcome.report, preview))
    reporter.finish()
    return {
        "state": status.state,
        "error": status.error,
        "exports": dict(outcome.report.exports),
        "report": outcome.report.to_wire(),
    }
