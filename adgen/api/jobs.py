"""The API's work on the render queue: follow-ups of renders, batch steps, webhook deliveries.

Plain sync functions that RQ imports by name (like :mod:`adgen.jobs.tasks`), run by the same
``adgen worker`` processes on the same queue, so nothing else has to be started. Each one loads
what it needs from the stores by id. Why jobs and not a loop in the API process: they survive an
API restart, run wherever workers run, and RQ's scheduler does the webhook retries.

- :func:`render_ended` waits for a render's assembly job (``depends_on``, failures allowed),
  records a batch row's result, starts the batch's next row and sends ``render.completed`` or
  ``render.failed``;
- :func:`advance_batch` takes the next pending row of a batch (bounded by its concurrency);
- :func:`deliver_webhook` makes one attempt at one delivery; RQ retries it with back-off.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import redis
from rq import Queue, Retry, get_current_job
from rq.job import Dependency, Job

from adgen.settings import Settings, get_settings

log = logging.getLogger(__name__)

JOB_TIMEOUT_SEC = 600
RESULT_TTL_SEC = 24 * 3600


def _queue(settings: Settings, backend: Any = None) -> Queue:
    from adgen.api.backend import Backend

    backend = backend or Backend(settings)
    if backend.redis_url is None:
        raise RuntimeError("the API's jobs need the Redis job queue (REDIS_URL)")
    return Queue(backend.queue_name(), connection=redis.Redis.from_url(backend.redis_url))


def _enqueue(queue: Queue, func: str, args: tuple, job_id: str, **options: Any) -> None:
    """Enqueue unless a job with this id exists (a retried caller must not double the work)."""
    if Job.exists(job_id, connection=queue.connection):
        return
    queue.enqueue_call(
        func, args=args, job_id=job_id, timeout=JOB_TIMEOUT_SEC, result_ttl=RESULT_TTL_SEC, **options
    )


# --- following a render ------------------------------------------------------------------------


def watch_render(
    backend: Any,
    *,
    owner: str,
    project_id: str,
    version: int,
    render_id: str,
    base_url: str,
    batch_id: str | None = None,
    row_index: int | None = None,
) -> None:
    """Have :func:`render_ended` run once the render's assembly job has finished (or failed)."""
    assembly = backend.assembly_job_id(render_id)
    depends = Dependency(jobs=[assembly], allow_failure=True) if assembly else None
    _enqueue(
        _queue(backend.settings, backend),
        "adgen.api.jobs.render_ended",
        (owner, project_id, version, render_id, base_url, batch_id, row_index),
        f"api-ended-{render_id}",
        depends_on=depends,
        retry=Retry(max=3, interval=[2, 10, 30]),
    )


def render_ended(
    owner: str,
    project_id: str,
    version: int,
    render_id: str,
    base_url: str,
    batch_id: str | None = None,
    row_index: int | None = None,
) -> dict[str, Any]:
    """A render ended: record a batch row's result (and start the next row), then notify.

    The job acts for ``owner``, who asked for the render, and reads the version as them (the
    owner-checked read every front end uses; only the render jobs read past it)."""
    from adgen.api.backend import Backend
    from adgen.api.links import MediaLinks

    settings = get_settings()
    backend = Backend(settings)
    final = backend.final_event(render_id)
    project = backend.projects.get(project_id, owner=owner, version=version)
    status = project.render_status
    failed = final is None or final.state != "done" or status.state == "failed"
    error = status.error or (final.error if final is not None else "the render ended without a result")
    event = "render.failed" if failed else "render.completed"
    data = {
        "projectId": project_id,
        "version": version,
        "renderId": render_id,
        "state": "failed" if failed else status.state,
        "error": error if failed or status.state == "completed_with_warnings" else None,
        "exports": {} if failed else MediaLinks(backend, settings).exports(project, base_url),
        "costUsd": project.cost.usd,
    }
    if batch_id is not None and row_index is not None:
        data["batchId"], data["row"] = batch_id, row_index
        from adgen.api.batches import row_rendered

        row_rendered(settings, batch_id, row_index, failed=failed, error=error, stages=status.stages)
    notify(settings, owner, event, data, event_id=f"evt_{render_id}_{event.split('.')[1]}")
    return {"event": event, **data}


# --- batches ------------------------------------------------------------------------------------


def enqueue_advance(settings: Settings, batch_id: str, slot: str) -> None:
    """One step of a batch: take its next pending row (``slot`` keeps the job id unique)."""
    _enqueue(_queue(settings), "adgen.api.jobs.advance_batch", (batch_id,), f"api-batch-{batch_id}-{slot}")


def advance_batch(batch_id: str) -> str:
    from adgen.api.batches import advance

    return advance(get_settings(), batch_id)


# --- webhooks -----------------------------------------------------------------------------------


def notify(settings: Settings, owner: str, event: str, data: dict[str, Any], *, event_id: str) -> int:
    """Log one delivery per webhook of ``owner`` that wants ``event`` and queue each; how many."""
    from adgen.api.webhooks import open_webhook_store

    store = open_webhook_store(settings)
    hooks = store.subscribers(owner, event)
    if not hooks:
        return 0
    payload = {"id": event_id, "type": event, "createdAt": datetime.now(UTC).isoformat(), "data": data}
    intervals = [settings.webhook_retry_base_sec * 2**i for i in range(settings.webhook_retries)]
    queue = _queue(settings)
    for hook in hooks:
        delivery = store.add_delivery(hook, event, event_id, payload)
        if delivery.state == "pending" and delivery.attempts == 0:
            _enqueue(
                queue,
                "adgen.api.jobs.deliver_webhook",
                (delivery.delivery_id,),
                f"api-webhook-{delivery.delivery_id}",
                retry=Retry(max=settings.webhook_retries, interval=intervals) if intervals else None,
            )
    return len(hooks)


def deliver_webhook(delivery_id: str) -> str:
    """One attempt; raising lets RQ try again after the next back-off interval."""
    from adgen.api.webhooks import DeliveryFailed, PermanentFailure, attempt_delivery, open_webhook_store

    settings = get_settings()
    store = open_webhook_store(settings)
    found = store.delivery(delivery_id)
    if found is None:
        return "webhook deleted"
    delivery, hook = found
    if delivery.state in ("delivered", "failed"):
        return delivery.state
    job = get_current_job()
    try:
        status = attempt_delivery(settings, delivery, hook)
    except PermanentFailure as exc:
        store.record_attempt(delivery_id, state="failed", status=None, error=str(exc))
        return "failed"
    except DeliveryFailed as exc:
        last = job is None or not job.retries_left
        store.record_attempt(
            delivery_id, state="failed" if last else "retrying", status=exc.status, error=str(exc)
        )
        if last:
            return "failed"
        raise
    store.record_attempt(delivery_id, state="delivered", status=status, error=None)
    return "delivered"


__all__ = ["advance_batch", "deliver_webhook", "enqueue_advance", "notify", "render_ended", "watch_render"]
