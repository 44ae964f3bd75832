"""The render API the chat sessions use, with or without Redis.

``QueueRenderService`` puts renders on the RQ queue (workers anywhere do them, events come back
through Redis); ``InProcessRenderService`` renders in a background thread of this process with
the same event shapes, for replay, tests and a machine with no Redis. Both store the results in
the project store the same way, so a caller cannot tell them apart except by speed and scale.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from typing import Any, Protocol

from adgen.jobs.events import MemoryEventBus, ProgressEvent, render_ended, render_event, subscribe
from adgen.jobs.interrupted import RunningRenders, recover_interrupted_renders
from adgen.jobs.local_redis import redis_reachable, running_local_redis
from adgen.jobs.outage import QUEUE_DOWN, REDIS_DOWN
from adgen.jobs.queue import QUALITIES, RenderQueue, RenderQueueError, RenderQueueUnavailable
from adgen.pipeline.context import one_line
from adgen.pipeline.events import StageEvent
from adgen.pipeline.stages import STAGE_SCENE
from adgen.pipeline.types import Quality
from adgen.project import MASTER_ASPECT, AdProject
from adgen.settings import Settings

log = logging.getLogger(__name__)

# A failed render's status that cannot be stored yet (a full disk) is tried again this often, this long.
STORE_RETRY_EVERY_SEC = 5.0
STORE_RETRY_FOR_SEC = 3600.0


class RenderService(Protocol):
    """Start, follow, cancel and inspect renders of stored project versions."""

    def start_render(self, project_id: str, version: int, *, owner: str, quality: Quality = "draft") -> str:
        """Queue a render of ``owner``'s project version; returns its render id at once."""
        ...

    def subscribe(self, project_id: str, render_id: str | None = None) -> AsyncIterator[ProgressEvent]:
        """The render's events: its state so far, then live ones, ending after its last event."""
        ...

    def cancel(self, project_id: str) -> bool:
        """Cancel the project's current render; False when none is running."""
        ...

    def status(self, project_id: str) -> ProgressEvent | None:
        """The latest event of the project's current render (None if it never rendered)."""
        ...

    def wait(
        self,
        project_id: str,
        render_id: str | None = None,
        timeout: float | None = None,
        on_outage: Callable[[str], None] | None = None,
    ) -> ProgressEvent:
        """Block until the render ends; its terminal event. ``on_outage`` hears, once, that the
        queue is unreachable (the wait goes on)."""
        ...


class QueueRenderService:
    """Renders on the RQ queue of ``redis_url``; needs `adgen worker` processes running."""

    def __init__(self, settings: Settings, redis_url: str):
        self.settings = settings
        self.redis_url = redis_url
        self.queue = RenderQueue(redis_url, settings)

    def start_render(self, project_id: str, version: int, *, owner: str, quality: Quality = "draft") -> str:
        return self.queue.enqueue_render(project_id, version, owner=owner, quality=quality).render_id

    async def subscribe(self, project_id: str, render_id: str | None = None) -> AsyncIterator[ProgressEvent]:
        """The render's events; :class:`RenderQueueUnavailable` when Redis stops answering (the
        render goes on: subscribe again, from the last event's ``eventId`` as ``since``)."""
        try:
            async with aclosing(subscribe(self.redis_url, project_id, render_id=render_id)) as stream:
                async for event in stream:
                    yield event
        except REDIS_DOWN:
            raise RenderQueueUnavailable(QUEUE_DOWN) from None

    def cancel(self, project_id: str) -> bool:
        return self.queue.cancel(project_id)

    def status(self, project_id: str) -> ProgressEvent | None:
        return self.queue.status(project_id)

    def wait(
        self,
        project_id: str,
        render_id: str | None = None,
        timeout: float | None = None,
        on_outage: Callable[[str], None] | None = None,
    ) -> ProgressEvent:
        return self.queue.wait(project_id, render_id, timeout=timeout, on_outage=on_outage)


class InProcessRenderService:
    """Renders in background threads of this process (``render_project``), events in memory.

    Cancelling publishes the cancelled event and marks the project failed at once; the thread
    cannot be interrupted mid-stage, so it finishes quietly and its results are discarded.

    Each running render is written down (:mod:`adgen.jobs.interrupted`), so that if this process
    dies the next one to start on the data folder marks it failed with a message; creating the
    service does that for the renders of processes that died before.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self.bus = MemoryEventBus()
        self._lock = threading.Lock()
        self._renders: dict[str, dict[str, Any]] = {}  # render id -> project, version, quality, thread
        self.running = RunningRenders(settings)
        try:
            recover_interrupted_renders(settings)
        except Exception:  # noqa: BLE001 - telling of old renders must not stop new ones
            log.exception("could not look for renders interrupted by a dead process")

    def start_render(self, project_id: str, version: int, *, owner: str, quality: Quality = "draft") -> str:
        if quality not in QUALITIES:
            raise RenderQueueError(f"unknown quality {quality!r}; use one of {', '.join(QUALITIES)}")
        from adgen.store.projects import open_project_store

        store = open_project_store(self.settings)
        project = store.get(project_id, owner=owner, version=version)
        with self._lock:
            current = self.bus.current_render(project_id)
            info = self._renders.get(current or "")
            if (
                info
                and info["version"] == version
                and info["quality"] == quality
                and not self.bus.final(current)
            ):
                return current  # the very same render is already on its way
            render_id = "r_" + secrets.token_hex(8)
            self.bus.open_render(project_id, render_id, {"render": 1.0})
            queued = f"queued: {len(project.scenes)} scenes at {quality} quality"
            self.bus.publish(render_event(project_id, version, render_id, "queued", queued))
            store.update_render(
                project_id, version, render_status={"state": "queued", "progress": 0.0, "error": None}
            )
            self.running.add(render_id, project_id, version, owner, quality)
            thread = threading.Thread(
                target=self._run, args=(project, render_id, quality), daemon=True, name=f"render-{render_id}"
            )
            self._renders[render_id] = {
                "project_id": project_id,
                "version": version,
                "quality": quality,
                "thread": thread,
            }
        thread.start()
        return render_id

    def _event(self, project: AdProject, render_id: str, event: StageEvent) -> None:
        """A pipeline event as an event of this render. A scene's end (which the pipeline
        announces in-process as a scene job does on the queue) ends that scene, not the render's
        one part, so it does not move the render's progress."""
        progress = ProgressEvent.of(
            event, project_id=project.project_id, version=project.version, render_id=render_id
        )
        self.bus.publish(progress, part=None if event.stage == STAGE_SCENE else "render")

    def _run(self, project: AdProject, render_id: str, quality: str) -> None:
        from adgen.pipeline.orchestrator import render_context, render_project
        from adgen.store.projects import open_project_store, render_results_of

        pid, version = project.project_id, project.version
        try:
            ctx = render_context(
                self.settings, quality, on_event=lambda event: self._event(project, render_id, event)
            )
            outcome = render_project(project, ctx)
        except Exception as exc:  # noqa: BLE001 - the render ends failed, with the reason
            log.exception("in-process render of %s v%s failed", pid, version)
            self._failed(pid, version, render_id, f"the render failed: {one_line(exc)}")
            return
        if self.bus.final(render_id) is not None:
            self.running.remove(render_id)
            return  # cancelled meanwhile
        try:
            open_project_store(self.settings).update_render(
                pid, version, **render_results_of(outcome.project)
            )
        except Exception as exc:  # noqa: BLE001 - e.g. a full disk: the render still ends, said so
            log.exception("could not store the render of %s v%s", pid, version)
            self._failed(pid, version, render_id, f"the render failed: {one_line(exc)}")
            return
        self.running.remove(render_id)
        preview = ctx.preview(outcome.report.exports.get(MASTER_ASPECT))
        self.bus.publish(render_ended(render_id, outcome.project, outcome.report, preview))

    def _failed(self, project_id: str, version: int, render_id: str, message: str) -> None:
        """End a render failed: its followers hear it first (that needs no disk), then the
        document says so (retried in the background while the store cannot be written)."""
        if self.bus.final(render_id) is not None:
            self.running.remove(render_id)
            return
        self.bus.publish(render_event(project_id, version, render_id, "failed", message))
        status = {"state": "failed", "progress": 1.0, "error": message}
        if _store_render_status(self.settings, project_id, version, status):
            self.running.remove(render_id)
            return
        retry = threading.Thread(
            target=self._store_later, args=(project_id, version, render_id, status), daemon=True
        )
        retry.start()

    def _store_later(self, project_id: str, version: int, render_id: str, status: dict[str, Any]) -> None:
        deadline = time.monotonic() + STORE_RETRY_FOR_SEC
        while time.monotonic() < deadline:
            time.sleep(STORE_RETRY_EVERY_SEC)
            if _store_render_status(self.settings, project_id, version, status):
                self.running.remove(render_id)
                return

    async def subscribe(self, project_id: str, render_id: str | None = None) -> AsyncIterator[ProgressEvent]:
        async with aclosing(self.bus.subscribe(project_id, render_id=render_id)) as stream:
            async for event in stream:
                yield event

    def cancel(self, project_id: str) -> bool:
        from adgen.store.projects import open_project_store

        render_id = self.bus.current_render(project_id)
        info = self._renders.get(render_id or "")
        if not info or self.bus.final(render_id) is not None:
            return False
        event = self.bus.publish(
            render_event(project_id, info["version"], render_id, "cancelled", "cancelled by user")
        )
        if event is None:
            return False  # it ended just now
        open_project_store(self.settings).update_render(
            project_id,
            info["version"],
            render_status={"state": "failed", "error": "cancelled by user", "stages": {"cancelled": True}},
        )
        return True

    def status(self, project_id: str) -> ProgressEvent | None:
        return self.bus.latest(project_id)

    def wait(
        self,
        project_id: str,
        render_id: str | None = None,
        timeout: float | None = None,
        on_outage: Callable[[str], None] | None = None,
    ) -> ProgressEvent:
        render_id = render_id or self.bus.current_render(project_id)
        info = self._renders.get(render_id or "")
        if not info:
            raise RenderQueueError(f"project {project_id!r} has no render to wait for")
        deadline = None if timeout is None else time.monotonic() + timeout
        while (final := self.bus.final(render_id)) is None:
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"render {render_id} of {project_id} did not end within {timeout:g}s")
            info["thread"].join(0.1)
        return final


def _store_render_status(settings: Settings, project_id: str, version: int, status: dict[str, Any]) -> bool:
    from adgen.store.projects import open_project_store

    try:
        open_project_store(settings).update_render(project_id, version, render_status=status)
        return True
    except Exception:  # noqa: BLE001 - a full disk, a locked database: the caller retries
        log.warning("could not store the failed status of %s v%s", project_id, version, exc_info=True)
        return False


_SERVICES: dict[tuple[str, str | None], RenderService] = {}
_SERVICES_LOCK = threading.Lock()


def get_render_service(
    settings: Settings, *, discover: bool = False, in_process_when_unreachable: bool = False
) -> RenderService:
    """The queue of REDIS_URL, else in-process; one per data folder and Redis.

    A configured Redis that does not answer is still the queue: the service then says that Redis
    is unreachable, rather than moving renders silently into this process (where a web chat's
    renders would die with it) — except for ``in_process_when_unreachable`` (replay, which needs
    no server by contract). ``discover``: without REDIS_URL, use the Redis `adgen up` started
    for this data folder when it runs (`adgen chat` beside `adgen up`).

    Shared per process so that whoever starts a render and whoever follows it (the chat turn and
    the progress view) see the same in-process events.
    """
    url = settings.redis_url or (running_local_redis(settings) if discover else None)
    if url and in_process_when_unreachable and not redis_reachable(url):
        log.warning("REDIS_URL does not answer; rendering in this process instead")
        url = None
    key = (str(settings.root), url)
    with _SERVICES_LOCK:
        service = _SERVICES.get(key)
        if service is None:
            service = QueueRenderService(settings, url) if url else InProcessRenderService(settings)
            _SERVICES[key] = service
        return service
