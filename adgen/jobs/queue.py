"""The render queue: one render becomes a prepare job, one job per scene and an assembly job.

Why this shape: scenes are independent, so N workers render one ad's scenes in parallel; the
assembly waits for all of them (RQ ``depends_on`` with ``allow_failure``, so a scene that failed
for good still lets the assembly finish the ad ``completed_with_warnings``). A scene job's id is
derived from the content keys of what it produces, so two requests for the same work (two clicks,
two users, a variation sharing scenes) share one job while it is queued or running. Every job
keeps a set of *watchers*, the renders waiting for it, and publishes its progress to each of them;
cancelling a render only stops a job no other render still watches.

Jobs carry ids only (project id, version, scene id, quality), never documents or files: a worker
on another machine loads the project from the shared store.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import redis
from rq import Queue, Retry, Worker
from rq.command import send_stop_job_command
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.job import Dependency, Job, JobStatus

from adgen.jobs.events import TERMINAL_STATES, ProgressEvent, RedisEventLog, render_event
from adgen.jobs.outage import REDIS_DOWN, START_REFUSED, STATUS_UNKNOWN, backoff, redis_address
from adgen.pipeline.types import Quality
from adgen.project import AdProject
from adgen.settings import Settings

log = logging.getLogger(__name__)

QUEUE_NAME = "adgen-render"
QUEUE_NAMES: tuple[str, ...] = (QUEUE_NAME,)
QUALITIES: tuple[str, ...] = ("draft", "final")

RESULT_TTL_SEC = 24 * 3600
FAILURE_TTL_SEC = 24 * 3600
WATCHERS_TTL_SEC = 7 * 24 * 3600
ENQUEUE_LOCK = "adgen:lock:enqueue"
# Provider errors are retried after 1 s, then 5 s (the worker's scheduler enqueues the retry).
RETRY_MAX = 2
RETRY_INTERVALS = [1, 5]
# Weights of a render's parts in its overall progress.
WEIGHT_PREPARE, WEIGHT_SCENE, WEIGHT_ASSEMBLY = 1.0, 3.0, 1.0
# Jobs in these states are still going to run: a new request joins them instead of enqueuing.
LIVE_STATUSES = frozenset(
    {
        JobStatus.QUEUED,
        JobStatus.STARTED,
        JobStatus.SCHEDULED,
        JobStatus.DEFERRED,
        JobStatus.READY_TO_ENQUEUE,
        JobStatus.RATE_LIMITED,
    }
)

PREPARE_FUNC = "adgen.jobs.tasks.prepare_task"
SCENE_FUNC = "adgen.jobs.tasks.scene_task"
ASSEMBLE_FUNC = "adgen.jobs.tasks.assemble_task"


class RenderQueueError(ValueError):
    """A render request the queue cannot take (unknown quality, no such project version)."""


class RenderQueueUnavailable(RenderQueueError):
    """Redis does not answer; the message is one sentence for the marketer (what to do)."""


@dataclass
class RenderTicket:
    """What enqueuing a render returns: its id and the ids of every job it waits for."""

    render_id: str
    job_ids: list[str]
    shared_job_ids: list[str] = field(default_factory=list)  # joined, not enqueued, by this request
    reused_render: bool = False  # the very same render was already on its way


@dataclass(frozen=True)
class Watcher:
    """A render waiting for a job; the job publishes its progress there (scene ids may differ)."""

    project_id: str
    version: int
    render_id: str
    scene_id: str | None = None
    part: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "p": self.project_id,
                "v": self.version,
                "r": self.render_id,
                "s": self.scene_id,
                "part": self.part,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Watcher:
        data = json.loads(text)
        return cls(data["p"], int(data["v"]), data["r"], data.get("s"), data.get("part", ""))


def watchers_key(job_id: str) -> str:
    return f"adgen:watchers:{job_id}"


def job_watchers(connection: redis.Redis, job_id: str) -> list[Watcher]:
    return sorted(
        (Watcher.from_json(raw) for raw in connection.smembers(watchers_key(job_id))),
        key=lambda w: (w.project_id, w.render_id),
    )


def job_still_wanted(job: Job) -> bool:
    """True when some render waiting for ``job`` has not ended (the reaper asks before requeuing)."""
    events = RedisEventLog(job.connection)
    for watcher in job_watchers(job.connection, job.id):
        if events.render_info(watcher.render_id).get("state") not in TERMINAL_STATES:
            return True
    return False


def render_job_ids(project: AdProject, quality: str, settings: Settings) -> tuple[str, dict[str, str]]:
    """The prepare job's id and each scene job's id: the pipeline's identity of that work, so
    identical requests share a job."""
    from adgen.pipeline.keys import work_keys
    from adgen.pipeline.providers import providers_for

    work = work_keys(project, quality, providers_for(settings), settings)  # type: ignore[arg-type]
    return "prep-" + work.prepare, {scene_id: "scene-" + key for scene_id, key in work.scenes.items()}


def _finished_cleanly(job: Job, status: JobStatus | None) -> bool:
    """Finished without a stand-in or warning (those are run again, so the provider is retried)."""
    if status != JobStatus.FINISHED:
        return False
    result = job.return_value()
    return isinstance(result, dict) and not result.get("errors") and not result.get("warnings")


def _deferred_dependents(job: Job) -> list[str]:
    """The ids of the jobs still waiting for ``job`` (deferred: it has not released them yet)."""
    waiting = []
    for dependent in Job.fetch_many(job.dependent_ids, connection=job.connection):
        if dependent is not None and dependent.get_status(refresh=False) == JobStatus.DEFERRED:
            waiting.append(dependent.id)
    return waiting


class RenderQueue:
    """Enqueue, cancel and inspect renders on the RQ queue of a Redis."""

    def __init__(self, redis_url: str, settings: Settings):
        self.redis_url = redis_url
        self.settings = settings
        self.connection = redis.Redis.from_url(redis_url)
        self.queue = Queue(QUEUE_NAME, connection=self.connection)
        self.events = RedisEventLog(self.connection)

    # --- enqueue ------------------------------------------------------------------------------
    def enqueue_render(
        self, project_id: str, version: int, *, owner: str, quality: Quality = "draft"
    ) -> RenderTicket:
        """Queue a render of one of ``owner``'s project versions; returns at once with its ticket."""
        if quality not in QUALITIES:
            raise RenderQueueError(f"unknown quality {quality!r}; use one of {', '.join(QUALITIES)}")
        from adgen.store.projects import open_project_store

        project = open_project_store(self.settings).get(project_id, owner=owner, version=version)
        prepare_id, scene_ids = render_job_ids(project, quality, self.settings)
        try:
            return self._enqueue(project, quality, prepare_id, scene_ids)
        except REDIS_DOWN as exc:
            log.warning("render of %s v%d not queued: Redis at %s: %s", project_id, version, self._where, exc)
            raise RenderQueueUnavailable(START_REFUSED) from None

    @property
    def _where(self) -> str:
        return redis_address(self.redis_url)

    def _enqueue(
        self, project: AdProject, quality: str, prepare_id: str, scene_ids: dict[str, str]
    ) -> RenderTicket:
        project_id, version = project.project_id, project.version
        with self.connection.lock(ENQUEUE_LOCK, timeout=60, blocking_timeout=60):
            same = self._running_render(project_id, version, quality)
            if same is not None:
                return same
            render_id = "r_" + secrets.token_hex(8)
            assembly_id = f"asm-{render_id}"
            parts = {"prepare": WEIGHT_PREPARE, "assembly": WEIGHT_ASSEMBLY}
            parts.update({f"scene:{s.id}": WEIGHT_SCENE for s in project.scenes})
            job_ids = [prepare_id, *scene_ids.values(), assembly_id]
            self.events.open_render(
                project_id, version, render_id, quality=quality, parts=parts, job_ids=job_ids
            )
            queued = f"queued: {len(scene_ids)} scenes at {quality} quality"
            if not Worker.count(connection=self.connection):
                queued += " (no render worker is running yet: start `adgen up` or `adgen worker`)"
            self.events.publish(render_event(project_id, version, render_id, "queued", queued))
            self._mark_queued(project_id, version)

            shared: list[str] = []
            try:
                timeout = int(self.settings.provider_timeout_sec) + 600
                retry = Retry(max=RETRY_MAX, interval=RETRY_INTERVALS)
                prepare = self._enqueue_shared(
                    prepare_id,
                    PREPARE_FUNC,
                    (project_id, version, quality),
                    Watcher(project_id, version, render_id, None, "prepare"),
                    shared,
                    timeout=timeout,
                    retry=retry,
                    description=f"prepare {project_id} v{version} ({quality})",
                )
                scenes = []
                for scene in project.scenes:
                    # A scene showing the product waits for the cut-out instead of making it too.
                    needs_cutout = project.product_asset is not None and scene.product.visible
                    scenes.append(
                        self._enqueue_shared(
                            scene_ids[scene.id],
                            SCENE_FUNC,
                            (project_id, version, scene.id, quality),
                            Watcher(project_id, version, render_id, scene.id, f"scene:{scene.id}"),
                            shared,
                            kwargs={"prepare_job_id": prepare_id if needs_cutout else None},
                            depends_on=Dependency(jobs=[prepare], allow_failure=True)
                            if needs_cutout
                            else None,
                            timeout=timeout,
                            retry=retry,
                            description=f"scene {scene.id} of {project_id} v{version} ({quality})",
                        )
                    )
                self.connection.sadd(
                    watchers_key(assembly_id),
                    Watcher(project_id, version, render_id, None, "assembly").to_json(),
                )
                self.connection.expire(watchers_key(assembly_id), WATCHERS_TTL_SEC)
                self.queue.enqueue_call(
                    ASSEMBLE_FUNC,
                    args=(project_id, version, render_id, quality),
                    kwargs={"prepare_job_id": prepare_id, "scene_job_ids": scene_ids},
                    job_id=assembly_id,
                    timeout=timeout,
                    retry=retry,
                    result_ttl=RESULT_TTL_SEC,
                    failure_ttl=FAILURE_TTL_SEC,
                    depends_on=Dependency(jobs=[prepare, *scenes], allow_failure=True, enqueue_at_front=True),
                    description=f"assemble {project_id} v{version} ({quality})",
                )
            except Exception as exc:
                failed = render_event(
                    project_id, version, render_id, "failed", "the render could not be queued"
                )
                self.events.publish(failed.model_copy(update={"error": str(exc) or type(exc).__name__}))
                raise
        log.info(
            "render %s of %s v%d: %d jobs (%d shared)",
            render_id,
            project_id,
            version,
            len(job_ids),
            len(shared),
        )
        return RenderTicket(render_id, job_ids, shared)

    def _running_render(self, project_id: str, version: int, quality: str) -> RenderTicket | None:
        """The project's current render when it is this very request and has not ended."""
        render_id = self.events.current_render(project_id)
        if not render_id:
            return None
        info = self.events.render_info(render_id)
        if (
            info.get("version") == str(version)
            and info.get("quality") == quality
            and info.get("state") not in TERMINAL_STATES
        ):
            return RenderTicket(render_id, info.get("jobIds", "").split(","), reused_render=True)
        return None

    def _enqueue_shared(
        self, job_id: str, func: str, args: tuple, watcher: Watcher, shared: list[str], **options: Any
    ) -> Job:
        """Join the live job with this id, or enqueue a new one; either way ``watcher`` follows it."""
        try:
            job = Job.fetch(job_id, connection=self.connection)
            status = job.get_status(refresh=False)
        except NoSuchJobError:
            job, status = None, None
        # A cleanly finished job is joined too: deleting it to run it again would drop the
        # dependents other renders' deferred assemblies registered on it, and they would wait forever.
        if job is not None and (status in LIVE_STATUSES or _finished_cleanly(job, status)):
            self.connection.sadd(watchers_key(job_id), watcher.to_json())
            shared.append(job_id)
            latest = job.meta.get("adgen_event")
            if latest:  # what the job has done so far, told to the render that just joined it
                event = ProgressEvent.model_validate(latest).model_copy(
                    update={
                        "project_id": watcher.project_id,
                        "version": watcher.version,
                        "render_id": watcher.render_id,
                        "scene_id": watcher.scene_id or latest.get("sceneId"),
                    }
                )
                self.events.publish(event, part=watcher.part)
            return job
        waiting: list[str] = []
        if job is not None:
            # A finished-with-warnings, failed or cancelled job of the same work: start it afresh.
            # Deleting it drops its list of dependents, so the assemblies of other renders still
            # waiting on it are given back to the new job of the same id (else they never run).
            waiting = _deferred_dependents(job)
            job.delete()
        with self.connection.pipeline() as pipe:
            pipe.delete(watchers_key(job_id))
            pipe.sadd(watchers_key(job_id), watcher.to_json())
            pipe.expire(watchers_key(job_id), WATCHERS_TTL_SEC)
            if waiting:
                pipe.sadd(Job.dependents_key_for(job_id), *waiting)
            pipe.execute()
        return self.queue.enqueue_call(
            func,
            args=args,
            job_id=job_id,
            result_ttl=RESULT_TTL_SEC,
            failure_ttl=FAILURE_TTL_SEC,
            **options,
        )

    def _mark_queued(self, project_id: str, version: int) -> None:
        from adgen.store.projects import open_project_store

        open_project_store(self.settings).update_render(
            project_id,
            version,
            render_status={"state": "queued", "progress": 0.0, "error": None},
        )

    # --- cancel -------------------------------------------------------------------------------
    def cancel(self, project_id: str) -> bool:
        """Cancel the project's current render. False when there is none running.

        Jobs only this render waits for are cancelled (queued) or stopped (running); jobs another
        render also waits for keep going for that render.
        """
        try:
            return self._cancel(project_id)
        except REDIS_DOWN:
            raise RenderQueueUnavailable(f"{STATUS_UNKNOWN}; say “cancel” again once it is back") from None

    def _cancel(self, project_id: str) -> bool:
        render_id = self.events.current_render(project_id)
        if not render_id:
            return False
        info = self.events.render_info(render_id)
        if not info or info.get("state") in TERMINAL_STATES:
            return False
        version = int(info["version"])
        job_ids = [j for j in info.get("jobIds", "").split(",") if j]
        # The assembly first, so a scene stopped below cannot release it.
        for job_id in sorted(job_ids, key=lambda j: not j.startswith("asm-")):
            self._leave_job(job_id, render_id)
        self.events.publish(render_event(project_id, version, render_id, "cancelled", "cancelled by user"))
        from adgen.store.projects import open_project_store

        open_project_store(self.settings).update_render(
            project_id,
            version,
            render_status={"state": "failed", "error": "cancelled by user", "stages": {"cancelled": True}},
        )
        return True

    def _leave_job(self, job_id: str, render_id: str) -> None:
        key = watchers_key(job_id)
        for raw in self.connection.smembers(key):
            if Watcher.from_json(raw).render_id == render_id:
                self.connection.srem(key, raw)
        if self.connection.scard(key):
            return  # another render still waits for this job
        try:
            job = Job.fetch(job_id, connection=self.connection)
        except NoSuchJobError:
            return
        status = job.get_status()
        try:
            if status == JobStatus.STARTED:
                send_stop_job_command(self.connection, job_id)
            elif status in LIVE_STATUSES:
                job.cancel()
        except InvalidJobOperation:
            pass  # it ended meanwhile

    # --- inspect ------------------------------------------------------------------------------
    def status(self, project_id: str) -> ProgressEvent | None:
        """The latest event of the project's current render (None before its first render)."""
        try:
            return self.events.latest(project_id)
        except REDIS_DOWN:
            raise RenderQueueUnavailable(STATUS_UNKNOWN) from None

    def wait(
        self,
        project_id: str,
        render_id: str | None = None,
        *,
        timeout: float | None = None,
        poll: float = 0.2,
        on_outage: Callable[[str], None] | None = None,
    ) -> ProgressEvent:
        """Block until the render ends; returns its terminal event (TimeoutError after ``timeout``).

        A Redis outage does not end the wait (the render goes on without Redis): ``on_outage``
        hears once that Redis is unreachable, and the wait goes on until it is back."""
        deadline = None if timeout is None else time.monotonic() + timeout
        outage = 0
        while True:
            try:
                render_id = render_id or self.events.current_render(project_id)
                if not render_id:
                    raise RenderQueueError(f"project {project_id!r} has no render to wait for")
                event = self.events.final(render_id)
                if event is not None:
                    return event
                outage = 0
            except REDIS_DOWN:
                if outage == 0 and on_outage is not None:
                    on_outage(f"{STATUS_UNKNOWN}; waiting for it")
                outage += 1
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"render {render_id} of {project_id} did not end within {timeout:g}s")
            time.sleep(backoff(outage - 1) if outage else poll)

    def job_statuses(self, job_ids: Iterable[str]) -> dict[str, str | None]:
        """Each job's RQ status (None when it no longer exists); for tests and `adgen` diagnostics."""
        out: dict[str, str | None] = {}
        for job_id in job_ids:
            try:
                out[job_id] = Job.fetch(job_id, connection=self.connection).get_status(refresh=False).value
            except NoSuchJobError:
                out[job_id] = None
        return out

    def close(self) -> None:
        self.connection.close()
        self.events.redis.close()
