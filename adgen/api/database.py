"""The API's own embedded database: one SQLite file (WAL) beside the project database.

It holds what only the HTTP API needs (keys, idempotency records, batches, webhooks); each of
those has its own module with a small abstract interface, so a PostgreSQL twin implements the
interface and nothing else changes. A connection per call keeps it safe from any thread and from
the forked work horses of the RQ workers, which record batch rows and webhook deliveries.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

BUSY_TIMEOUT_SEC = 30.0


def now_iso() -> str:
    """UTC time with microseconds, so rows written in the same second still sort."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class SQLiteDatabase:
    """Connections and transactions on one SQLite file; ``schema`` is applied once on open."""

    def __init__(self, path: Path, schema: str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + BUSY_TIMEOUT_SEC
        while True:
            try:
                conn = self._connect()
                try:
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.executescript(schema)
                finally:
                    conn.close()
                return
            except sqlite3.OperationalError as exc:
                # Several processes opening a fresh file at once may briefly find it locked.
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SEC, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SEC * 1000)}")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @contextmanager
    def transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """A transaction; a writing one takes the write lock up front (BEGIN IMMEDIATE)."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()
