"""One embedded SQLite file: its schema applied on open, a connection per call, transactions.

Shared by the SQLite project store and the HTTP API's own tables. A connection per call keeps it
safe from any thread and from forked worker processes; WAL lets readers go on while one writer
writes; a writing transaction takes the write lock up front (BEGIN IMMEDIATE) and every call
waits up to ``BUSY_TIMEOUT_SEC`` for a lock. Foreign keys are enforced.

A full disk is one sentence, not a crash: the file stays readable (read-only, with the WAL index
if it is still there, else as an immutable file) and every write raises :class:`StoreFull`.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from adgen.store.projects import StoreFull

BUSY_TIMEOUT_SEC = 30.0
# What SQLite says when it cannot write (or set up a read) for want of space, or when writing to a
# connection opened read-only because of that; all but the first also mean other things, so they
# count only while the disk is (all but) full.
_FULL = "database or disk is full"
_MAYBE_FULL = ("disk i/o error", "unable to open database file", "readonly database")
_LOW_SPACE_BYTES = 1 << 20


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
                if self.no_space(exc) and self._has_tables():
                    return  # a full disk: the file reads on and refuses writes
                if self.no_space(exc):
                    raise StoreFull() from exc
                # Several processes opening a fresh file at once may briefly find it locked.
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def no_space(self, exc: sqlite3.Error) -> bool:
        """Whether ``exc`` is the disk under the database being full."""
        text = str(exc).lower()
        if _FULL in text:
            return True
        if not any(words in text for words in _MAYBE_FULL):
            return False
        try:
            stats = os.statvfs(self.path.parent)
        except OSError:
            return False
        return stats.f_bavail * stats.f_frsize < _LOW_SPACE_BYTES

    def connect(self) -> sqlite3.Connection:
        """A new connection in autocommit mode (transactions are opened explicitly); read-only
        when the disk is full."""
        try:
            return self._open(str(self.path))
        except sqlite3.OperationalError as exc:
            if not self.no_space(exc) or not self.path.is_file():
                raise
        try:  # a full disk: read-only, with the WAL index if it is still there
            return self._open(f"{self.path.as_uri()}?mode=ro", uri=True)
        except sqlite3.OperationalError as exc:
            if not self.no_space(exc) or self._has_log():
                raise StoreFull() from exc
        return self._open(f"{self.path.as_uri()}?immutable=1", uri=True)  # the file holds it all

    def _has_log(self) -> bool:
        wal = self.path.with_name(self.path.name + "-wal")
        return wal.is_file() and wal.stat().st_size > 0

    @staticmethod
    def _open(target: str, uri: bool = False) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SEC, isolation_level=None, uri=uri)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SEC * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # sets up the WAL index
        except BaseException:
            conn.close()
            raise
        return conn

    def _has_tables(self) -> bool:
        """Whether the file already has tables (so it can be read on a full disk)."""
        try:
            conn = self.connect()
        except (StoreFull, sqlite3.Error):
            return False
        try:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
        return bool(names)  # a file with its tables (the schema is idempotent)

    @contextmanager
    def transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """A transaction, committed at the end or rolled back on any error; a full disk raises
        :class:`StoreFull`."""
        conn = self.connect()
        try:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")
            try:
                yield conn
            except BaseException:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolled it back itself (e.g. on a full disk)
                raise
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.no_space(exc):
                raise StoreFull() from exc
            raise
        finally:
            conn.close()


__all__ = ["BUSY_TIMEOUT_SEC", "SQLiteDatabase"]
