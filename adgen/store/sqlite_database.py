"""One embedded SQLite file: its schema applied on open, a connection per call, transactions.

Shared by the SQLite project store and the HTTP API's own tables. A connection per call keeps it
safe from any thread and from forked worker processes; WAL lets readers go on while one writer
writes; a writing transaction takes the write lock up front (BEGIN IMMEDIATE) and every call
waits up to ``BUSY_TIMEOUT_SEC`` for a lock. Foreign keys are enforced.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_SEC = 30.0


class SQLiteDatabase:
    """Connections and transactions on one SQLite file; ``schema`` is applied once on open."""

    def __init__(self, path: Path, schema: str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + BUSY_TIMEOUT_SEC
        while True:
            try:
                conn = self.connect()
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

    def connect(self) -> sqlite3.Connection:
        """A new connection in autocommit mode (transactions are opened explicitly)."""
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SEC, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SEC * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @contextmanager
    def transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """A transaction, committed at the end or rolled back on any error."""
        conn = self.connect()
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


__all__ = ["BUSY_TIMEOUT_SEC", "SQLiteDatabase"]
