"""Remember which Slack events were already taken, so a retry is acknowledged but not redone.

Slack re-sends an event (same ``event_id``, header ``X-Slack-Retry-Num``) when it did not see
our 200 in time, and the same message can arrive twice under different event types (an
``app_mention`` and a ``message``). Each delivery claims its keys; only the first claim of every
key does the work. Claims expire (Slack stops retrying after minutes; a day is plenty), and they
live outside the process (SQLite under the data folder, or Redis when configured) so a restart
between the delivery and its retry does not run a turn twice.
"""

from __future__ import annotations

import abc
import logging
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_TTL_SEC = 24 * 3600
BUSY_TIMEOUT_SEC = 10.0


class EventDeduper(abc.ABC):
    """Claims of event keys with an expiry."""

    @abc.abstractmethod
    def claim(self, keys: Sequence[str]) -> bool:
        """Record the keys; True only when none of them had been claimed (and not expired)."""

    def close(self) -> None:  # noqa: B027 (optional hook; most dedupers hold nothing)
        """Release connections (nothing by default)."""


class SQLiteDeduper(EventDeduper):
    """Claims in a small SQLite file; one connection per call, safe from any thread or process."""

    def __init__(self, path: Path, *, ttl_sec: float = DEFAULT_TTL_SEC):
        self.path = Path(path)
        self.ttl_sec = float(ttl_sec)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, expires REAL NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SEC, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SEC * 1000)}")
        return conn

    def claim(self, keys: Sequence[str]) -> bool:
        now = time.time()
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("DELETE FROM claims WHERE expires <= ?", (now,))
                fresh = True
                for key in dict.fromkeys(keys):
                    cursor = conn.execute(
                        "INSERT OR IGNORE INTO claims (key, expires) VALUES (?, ?)", (key, now + self.ttl_sec)
                    )
                    fresh = fresh and cursor.rowcount == 1
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return fresh
        finally:
            conn.close()


class RedisDeduper(EventDeduper):
    """Claims as Redis keys set with NX and an expiry, shared by every adapter process."""

    PREFIX = "adgen:slack:claim:"

    def __init__(self, url: str, *, ttl_sec: float = DEFAULT_TTL_SEC):
        import redis

        self.redis = redis.Redis.from_url(url)
        self.ttl_ms = int(ttl_sec * 1000)

    def claim(self, keys: Sequence[str]) -> bool:
        with self.redis.pipeline(transaction=False) as pipe:
            for key in dict.fromkeys(keys):
                pipe.set(self.PREFIX + key, "1", nx=True, px=self.ttl_ms)
            return all(bool(result) for result in pipe.execute())

    def close(self) -> None:
        self.redis.close()


def open_deduper(settings: object, *, ttl_sec: float = DEFAULT_TTL_SEC) -> EventDeduper:
    """Redis when ``REDIS_URL`` names one that answers, else SQLite under the data folder."""
    url = getattr(settings, "redis_url", None)
    if url:
        import redis

        try:
            conn = redis.Redis.from_url(url, socket_connect_timeout=1.0)
            conn.ping()
            conn.close()
            return RedisDeduper(url, ttl_sec=ttl_sec)
        except redis.RedisError as exc:
            log.warning("REDIS_URL does not answer (%s); remembering Slack events in SQLite", exc)
    return SQLiteDeduper(settings.root / "slack-events.sqlite3", ttl_sec=ttl_sec)


__all__ = ["EventDeduper", "RedisDeduper", "SQLiteDeduper", "open_deduper"]
