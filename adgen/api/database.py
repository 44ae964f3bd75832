"""The API's own embedded database: one SQLite file (WAL) beside the project database.

It holds what only the HTTP API needs (keys, idempotency records, batches, webhooks); each of
those has its own module with a small abstract interface, so a PostgreSQL twin implements the
interface and nothing else changes. The file is opened like the project store's
(:class:`adgen.store.sqlite_database.SQLiteDatabase`: a connection per call, safe from any thread
and from the forked work horses of the RQ workers, which record batch rows and webhook deliveries).
"""

from __future__ import annotations

from datetime import UTC, datetime

from adgen.store.sqlite_database import SQLiteDatabase


def now_iso() -> str:
    """UTC time with microseconds, so rows written in the same second still sort."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


__all__ = ["SQLiteDatabase", "now_iso"]
