"""Recovery of render jobs whose worker died without a word (SIGKILL, power loss, OOM killer).

Why this exists: RQ notices such a job only when its execution's registry entry expires (at
least a minute after the last heartbeat) and then fails or retries it, and a killed job can be
lost on the way (rq#1840, rq#2015). A marketer waiting on a render should not wait a minute for
nothing. Our workers refresh each running execution's heartbeat every ``HEARTBEAT_SEC`` (RQ's
job monitoring interval); an execution without a heartbeat for ``STALE_AFTER_SEC`` has lost its
worker, and :func:`reap` puts its job back at the front of its queue. The pipeline writes every
output to a temporary name and renames it, and stores results only when a stage is complete, so
running a job again is safe and produces the same content-keyed files, not duplicates.

Every worker runs a :class:`Reaper` thread; a short Redis lock makes one pass at a time.

A Redis outage is not a worker's death: no heartbeat could land while Redis was away, so a
heartbeat counts as no older than the moment Redis (re)started, and a reaper that itself lost
Redis waits ``stale_after`` seconds after it is back before it judges anyone; the live workers
have beaten again by then.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable

import redis
from redis.exceptions import WatchError
from rq.exceptions import NoSuchJobError
from rq.executions import Execution
from rq.job import Job, JobStatus
from rq.queue import Queue
from rq.registry import FailedJobRegistry, StartedJobRegistry
from rq.utils import parse_composite_key

log = logging.getLogger(__name__)

HEARTBEAT_SEC = 2
# ADGEN_JOB_STALE_SEC shortens it for tests; keep it well above HEARTBEAT_SEC on loaded machines.
STALE_AFTER_SEC = float(os.environ.get("ADGEN_JOB_STALE_SEC", "10"))
# A job that loses its worker this many times is left to RQ's own cleanup (it fails it, so the
# render ends with a warning) instead of taking down worker after worker.
MAX_REAPS = 3
REAP_INTERVAL_SEC = 2.0
LOCK_KEY = "adgen:reaper:lock"
# Failed jobs look back this far for AbandonedJobError failures RQ's own cleanup recorded.
FAILED_LOOKBACK_SEC = 15 * 60


def _execution_heartbeat(connection: redis.Redis, execution: Execution) -> float | None:
    value = connection.hget(execution.key, "last_heartbeat")
    return float(value) if value else None


def redis_started_at(connection: redis.Redis) -> float:
    """When this Redis server started (epoch seconds): no heartbeat can be older than that."""
    return time.time() - float(connection.info("server").get("uptime_in_seconds", 0))


def _requeue_stale(
    connection: redis.Redis,
    queue: Queue,
    job_id: str,
    execution_id: str,
    stale_after: float,
    still_wanted: Callable[[Job], bool],
    not_before: float = 0.0,
) -> bool:
    """Put one abandoned execution's job back at the front of its queue, if it is still abandoned.

    Runs in a WATCH transaction over the job and the execution, so a worker that is alive after
    all (its heartbeat lands meanwhile) or finishes the job meanwhile wins and nothing happens.
    A job no render waits for any more (its render was cancelled) is cancelled instead.
    """
    execution = Execution(id=execution_id, job_id=job_id, connection=connection)
    with connection.pipeline() as pipe:
        try:
            pipe.watch(Job.key_for(job_id), execution.key)
            try:
                job = Job.fetch(job_id, connection=connection)
            except NoSuchJobError:
                pipe.multi()
                pipe.zrem(queue.started_job_registry.key, execution.composite_key)
                pipe.execute()
                return False
            status = job.get_status(refresh=False)
            heartbeat = _execution_heartbeat(connection, execution)
            if time.time() - max(heartbeat or 0.0, not_before) < stale_after:
                return False  # beaten lately, or Redis itself has not been up long enough to tell
            if status == JobStatus.QUEUED and job_id in queue.get_job_ids():
                return False  # the worker died before it took the job off the queue: still queued
            if status not in (JobStatus.STARTED, JobStatus.QUEUED):
                pipe.multi()  # finished, failed or stopped: only the stale registry entry is left
                pipe.zrem(queue.started_job_registry.key, execution.composite_key)
                pipe.execute()
                return False
            if not still_wanted(job):
                pipe.multi()
                execution.delete(job, pipe)
                pipe.execute()
                job.cancel()
                log.warning("cancelled abandoned job %s: no render waits for it", job_id)
                return False
            reaps = int(job.meta.get("adgen_reaps", 0))
            if reaps >= MAX_REAPS:
                log.error("job %s lost its worker %d times; leaving it to fail", job_id, reaps)
                return False
            worker_name = connection.hget(execution.key, "worker_name")
            if worker_name:
                execution.worker_name = worker_name.decode()
            pipe.multi()
            execution.delete(job, pipe)
            pipe.zrem(queue.started_job_registry.key, execution.composite_key)
            job.started_at = None
            job.ended_at = None
            job.last_heartbeat = None
            job.worker_name = None
            job.meta["adgen_reaps"] = reaps + 1
            queue._enqueue_job(job, pipeline=pipe, at_front=True)
            pipe.execute()
        except WatchError:
            return False
    log.warning("requeued job %s: its worker %s stopped heartbeating", job_id, execution.worker_name or "?")
    return True


def reap_started(
    connection: redis.Redis,
    queue_names: Iterable[str],
    *,
    stale_after: float = STALE_AFTER_SEC,
    still_wanted: Callable[[Job], bool] = lambda job: True,
    redis_started: float | None = None,
) -> list[str]:
    """Requeue the jobs of started executions that have had no heartbeat for ``stale_after`` s,
    counted from Redis's own start (``redis_started``, asked of Redis by default) at the earliest."""
    requeued = []
    started = redis_started_at(connection) if redis_started is None else redis_started
    for name in queue_names:
        queue = Queue(name, connection=connection)
        registry = StartedJobRegistry(name, connection=connection)
        for entry in connection.zrange(registry.key, 0, -1):
            job_id, execution_id = parse_composite_key(entry.decode())
            if _requeue_stale(connection, queue, job_id, execution_id, stale_after, still_wanted, started):
                requeued.append(job_id)
    return requeued


TAKEN_SEEN_KEY = "adgen:reaper:taken"  # hash: job id -> when a reaper first saw it taken and not started


def reap_intermediate(
    connection: redis.Redis,
    queue_names: Iterable[str],
    *,
    stale_after: float = STALE_AFTER_SEC,
    redis_started: float | None = None,
) -> list[str]:
    """Put back at the front of its queue a job left between "taken" and "started": a worker
    takes a job into the queue's intermediate list, then registers it as started; a worker that
    died (or lost Redis) in between leaves it in neither place, and RQ only fails it, after a
    minute or more. A job seen there for ``stale_after`` seconds (Redis up as long) is requeued."""
    requeued = []
    now = time.time()
    started = redis_started_at(connection) if redis_started is None else redis_started
    stuck: set[str] = set()
    for name in queue_names:
        queue = Queue(name, connection=connection)
        registry = StartedJobRegistry(name, connection=connection)
        taken = {raw.decode() for raw in connection.lrange(queue.intermediate_queue_key, 0, -1)}
        running = {parse_composite_key(e.decode())[0] for e in connection.zrange(registry.key, 0, -1)}
        for job_id in sorted(taken - running):
            stuck.add(job_id)
            connection.hsetnx(TAKEN_SEEN_KEY, job_id, now)
            seen = float(connection.hget(TAKEN_SEEN_KEY, job_id) or now)
            if now - max(seen, started) < stale_after:
                continue
            if _give_back(connection, queue, job_id):
                stuck.discard(job_id)
                requeued.append(job_id)
                log.warning("requeued job %s: its worker took it and never started it", job_id)
    gone = [job_id.decode() for job_id in connection.hkeys(TAKEN_SEEN_KEY) if job_id.decode() not in stuck]
    if gone:  # started (or requeued) since: a later stay in the list starts counting afresh
        connection.hdel(TAKEN_SEEN_KEY, *gone)
    return requeued


def _give_back(connection: redis.Redis, queue: Queue, job_id: str) -> bool:
    """Move a job from the intermediate list to the front of its queue, if it is still there."""
    with connection.pipeline() as pipe:
        try:
            pipe.watch(queue.intermediate_queue_key)
            if job_id.encode() not in pipe.lrange(queue.intermediate_queue_key, 0, -1):
                return False
            pipe.multi()
            pipe.lrem(queue.intermediate_queue_key, 1, job_id)
            pipe.lpush(queue.key, job_id)
            pipe.execute()
            return True
        except WatchError:
            return False


def reap_failed(
    connection: redis.Redis,
    queue_names: Iterable[str],
    *,
    still_wanted: Callable[[Job], bool] = lambda job: True,
    seen: set[tuple[str, float]] | None = None,
) -> list[str]:
    """Requeue jobs RQ's own cleanup failed as abandoned (AbandonedJobError), if still wanted.

    ``still_wanted(job)`` says whether some render still waits for the job (the queue knows).
    ``seen`` remembers failures already looked at (by job id and failure time) across passes.
    """
    requeued = []
    now = time.time()
    for name in queue_names:
        registry = FailedJobRegistry(name, connection=connection)
        for raw, score in connection.zrangebyscore(
            registry.key, now - FAILED_LOOKBACK_SEC, "+inf", withscores=True
        ):
            job_id = raw.decode()
            if seen is not None:
                if (job_id, score) in seen:
                    continue
                seen.add((job_id, score))
            try:
                job = Job.fetch(job_id, connection=connection)
            except NoSuchJobError:
                continue
            failure_ttl = job.failure_ttl or 0
            if failure_ttl and score < now + failure_ttl - FAILED_LOOKBACK_SEC:
                continue  # failed long ago
            result = job.latest_result()
            if result is None or "AbandonedJobError" not in (result.exc_string or ""):
                continue
            if not still_wanted(job):
                continue
            try:
                registry.requeue(job, at_front=True)
            except Exception:  # noqa: BLE001 - another reaper got there first
                continue
            log.warning("requeued job %s: RQ had failed it as abandoned", job_id)
            requeued.append(job_id)
    return requeued


def reap(
    connection: redis.Redis,
    queue_names: Iterable[str],
    *,
    stale_after: float = STALE_AFTER_SEC,
    still_wanted: Callable[[Job], bool] = lambda job: True,
    seen: set[tuple[str, float]] | None = None,
    redis_started: float | None = None,
) -> list[str]:
    """One recovery pass over the queues (skipped when another worker's pass holds the lock)."""
    lock = connection.lock(LOCK_KEY, timeout=30, blocking=False)
    if not lock.acquire(blocking=False):
        return []
    try:
        names = list(queue_names)
        return (
            reap_started(
                connection,
                names,
                stale_after=stale_after,
                still_wanted=still_wanted,
                redis_started=redis_started,
            )
            + reap_intermediate(connection, names, stale_after=stale_after, redis_started=redis_started)
            + reap_failed(connection, names, still_wanted=still_wanted, seen=seen)
        )
    finally:
        try:
            lock.release()
        except redis.exceptions.LockError:
            pass


class Reaper(threading.Thread):
    """A daemon thread in every worker that runs :func:`reap` every ``interval`` seconds."""

    def __init__(
        self,
        redis_url: str,
        queue_names: Iterable[str],
        *,
        interval: float = REAP_INTERVAL_SEC,
        stale_after: float = STALE_AFTER_SEC,
        still_wanted: Callable[[Job], bool] = lambda job: True,
    ):
        super().__init__(name="adgen-reaper", daemon=True)
        self.redis_url = redis_url
        self.queue_names = list(queue_names)
        self.interval = interval
        self.stale_after = stale_after
        self.still_wanted = still_wanted
        self._stop_event = threading.Event()
        self._seen: set[tuple[str, float]] = set()

    def run(self) -> None:
        connection = redis.Redis.from_url(self.redis_url)
        lost_at: float | None = None
        while not self._stop_event.wait(self.interval):
            if lost_at is not None and time.monotonic() - lost_at < self.stale_after:
                continue  # Redis came back lately: let the live workers beat first
            try:
                reap(
                    connection,
                    self.queue_names,
                    stale_after=self.stale_after,
                    still_wanted=self.still_wanted,
                    seen=self._seen,
                )
                if len(self._seen) > 100_000:
                    self._seen.clear()
                lost_at = None
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
                if lost_at is None:
                    log.warning("reaper: Redis unreachable (%s); retrying", exc)
                lost_at = time.monotonic()
            except Exception:  # noqa: BLE001 - a bug here must not take the worker down
                log.exception("reaper pass failed")
        connection.close()

    def stop(self) -> None:
        self._stop_event.set()
