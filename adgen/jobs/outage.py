"""Living through a Redis outage: what counts as one, waiting for Redis to come back, and the
sentences people see meanwhile.

Why: Redis holds the queue and the progress, not the work. A render in hand keeps going without
it (its outputs go to the media store and the project store), so a lost Redis must stop no
process and lose no render: workers keep their job and reconnect with back-off, a job waits for
Redis before it reports its end, and the chat says, once, that the queue is unreachable and
follows the render again when it is back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

import redis

log = logging.getLogger(__name__)

T = TypeVar("T")

# Errors that mean "Redis is not there right now" (BusyLoadingError, a Redis replaying its
# append-only file after a restart, is a ConnectionError too).
REDIS_DOWN: tuple[type[BaseException], ...] = (redis.ConnectionError, redis.TimeoutError, ConnectionError)
BACKOFF_START_SEC = 0.5
BACKOFF_MAX_SEC = 5.0

QUEUE_DOWN = "the render queue (Redis) is not answering"
START_REFUSED = (
    f"{QUEUE_DOWN}, so the render did not start (your changes are saved): start Redis again "
    "(`adgen up` starts it) and say “render”"
)
FOLLOW_PAUSED = (
    "The render queue (Redis) is not answering, so I can't follow this render right now; it goes on "
    "where it was as soon as Redis is back (`adgen up` restarts it; otherwise start Redis again)."
)
FOLLOW_RESUMED = "The render queue is back; following the render again."
STATUS_UNKNOWN = f"{QUEUE_DOWN}, so the render's progress is unknown until it is back"


def redis_address(url: str) -> str:
    """Where a Redis URL points, for logs: host and port, never a password."""
    parts = urlsplit(url)
    return f"{parts.hostname or '?'}:{parts.port or 6379}"


def backoff(attempt: int) -> float:
    """Seconds to wait before the ``attempt``-th retry (0-based): doubling, capped."""
    return min(BACKOFF_MAX_SEC, BACKOFF_START_SEC * 2**attempt)


def wait_for_redis(
    connection: redis.Redis,
    *,
    deadline: float | None = None,
    stop: Callable[[], bool] = lambda: False,
    what: str = "",
) -> bool:
    """Block until ``connection`` answers PING (True), ``deadline`` (a monotonic time) passes
    or ``stop()`` says so (False). Logs the outage once, and its end."""
    attempt = 0
    while True:
        try:
            connection.ping()
            if attempt:
                log.warning("Redis answers again%s", f" ({what})" if what else "")
            return True
        except REDIS_DOWN as exc:
            if attempt == 0:
                log.warning(
                    "Redis unreachable%s: %s; retrying with back-off", f" ({what})" if what else "", exc
                )
        if stop() or (deadline is not None and time.monotonic() >= deadline):
            return False
        pause = backoff(attempt)
        if deadline is not None:
            pause = max(0.0, min(pause, deadline - time.monotonic()))
        time.sleep(pause)
        attempt += 1


def with_redis(
    connection: redis.Redis, call: Callable[[], T], *, what: str, deadline: float | None = None
) -> T:
    """``call()``, retried after each Redis outage until it succeeds (or ``deadline`` passes, then
    the outage's error is raised). For the steps a job must not skip: reading its inputs,
    announcing its render's end."""
    while True:
        try:
            return call()
        except REDIS_DOWN:
            if not wait_for_redis(connection, deadline=deadline, what=what):
                raise


__all__ = [
    "FOLLOW_PAUSED",
    "FOLLOW_RESUMED",
    "QUEUE_DOWN",
    "REDIS_DOWN",
    "START_REFUSED",
    "STATUS_UNKNOWN",
    "backoff",
    "redis_address",
    "wait_for_redis",
    "with_redis",
]
