"""Batches and their rows, persisted so a batch survives an API (or worker) restart.

A row moves ``pending`` → ``preparing`` (its image read, its variation made) → ``rendering`` →
``completed`` or ``failed``; claiming a row is one atomic update, so any number of workers can
advance the same batch without two taking the same row. The batch is ``running`` until its last
row ends, when exactly one caller flips it to ``completed`` (and sends ``batch.completed``).
"""

from __future__ import annotations

import abc
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from adgen.api.database import SQLiteDatabase, now_iso
from adgen.settings import Settings

ROW_DONE_STATES = ("completed", "failed")


@dataclass
class BatchRow:
    batch_id: str
    index: int
    fields: dict[str, str]
    state: str
    asset: dict[str, Any] | None = None
    project_id: str | None = None
    version: int | None = None
    render_id: str | None = None
    error: str | None = None
    stages: dict[str, Any] = field(default_factory=dict)
    updated_at: str = ""


@dataclass
class Batch:
    batch_id: str
    owner: str
    base_project_id: str
    base_version: int
    quality: str
    concurrency: int
    state: str
    feed_name: str
    base_url: str
    created_at: str
    completed_at: str | None = None
    rows: list[BatchRow] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {"total": len(self.rows)}
        for row in self.rows:
            out[row.state] = out.get(row.state, 0) + 1
        return out


class BatchStore(abc.ABC):
    @abc.abstractmethod
    def create(self, batch: Batch) -> Batch:
        """Store a new batch with its rows (failed rows already failed)."""

    @abc.abstractmethod
    def get(self, batch_id: str, owner: str | None = None) -> Batch | None:
        """The batch with its rows (None if missing, or another owner's when ``owner`` is given)."""

    @abc.abstractmethod
    def list_batches(self, owner: str) -> list[Batch]:
        """The owner's batches, newest first, without their rows."""

    @abc.abstractmethod
    def claim_row(self, batch_id: str, max_in_flight: int) -> BatchRow | None:
        """Move the first pending row to ``preparing`` and return it; None when no row is
        pending or ``max_in_flight`` rows are already preparing or rendering."""

    @abc.abstractmethod
    def update_row(self, batch_id: str, index: int, **changes: Any) -> None: ...

    @abc.abstractmethod
    def complete_if_done(self, batch_id: str) -> bool:
        """Mark the batch completed if every row has ended; True only for the caller that did it."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    batch_id        TEXT PRIMARY KEY,
    owner           TEXT NOT NULL,
    base_project_id TEXT NOT NULL,
    base_version    INTEGER NOT NULL,
    quality         TEXT NOT NULL,
    concurrency     INTEGER NOT NULL,
    state           TEXT NOT NULL,
    feed_name       TEXT NOT NULL,
    base_url        TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    completed_at    TEXT
);
CREATE INDEX IF NOT EXISTS batches_by_owner ON batches (owner, created_at);
CREATE TABLE IF NOT EXISTS batch_rows (
    batch_id   TEXT NOT NULL REFERENCES batches (batch_id),
    row_index  INTEGER NOT NULL,
    fields     TEXT NOT NULL,
    state      TEXT NOT NULL,
    asset      TEXT,
    project_id TEXT,
    version    INTEGER,
    render_id  TEXT,
    error      TEXT,
    stages     TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, row_index)
) WITHOUT ROWID;
"""

_JSON_COLUMNS = {"fields", "asset", "stages"}
_ROW_COLUMNS = {"state", "asset", "project_id", "version", "render_id", "error", "stages"}


def _row(r: Any) -> BatchRow:
    return BatchRow(
        batch_id=r["batch_id"],
        index=r["row_index"],
        fields=json.loads(r["fields"]),
        state=r["state"],
        asset=json.loads(r["asset"]) if r["asset"] else None,
        project_id=r["project_id"],
        version=r["version"],
        render_id=r["render_id"],
        error=r["error"],
        stages=json.loads(r["stages"] or "{}"),
        updated_at=r["updated_at"],
    )


def _batch(r: Any) -> Batch:
    return Batch(**{name: r[name] for name in Batch.__dataclass_fields__ if name != "rows"})


def new_batch_id() -> str:
    return "b_" + secrets.token_hex(8)


class SQLiteBatchStore(BatchStore):
    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def create(self, batch: Batch) -> Batch:
        with self.db.transaction(write=True) as conn:
            conn.execute(
                "INSERT INTO batches (batch_id, owner, base_project_id, base_version, quality, concurrency, "
                "state, feed_name, base_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    batch.batch_id,
                    batch.owner,
                    batch.base_project_id,
                    batch.base_version,
                    batch.quality,
                    batch.concurrency,
                    batch.state,
                    batch.feed_name,
                    batch.base_url,
                    batch.created_at,
                ),
            )
            conn.executemany(
                "INSERT INTO batch_rows (batch_id, row_index, fields, state, asset, error, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        batch.batch_id,
                        row.index,
                        json.dumps(row.fields, ensure_ascii=False),
                        row.state,
                        json.dumps(row.asset) if row.asset else None,
                        row.error,
                        batch.created_at,
                    )
                    for row in batch.rows
                ],
            )
        return batch

    def get(self, batch_id: str, owner: str | None = None) -> Batch | None:
        with self.db.transaction(write=False) as conn:
            head = conn.execute("SELECT * FROM batches WHERE batch_id = ?", (batch_id,)).fetchone()
            if head is None or (owner is not None and head["owner"] != owner):
                return None
            rows = conn.execute(
                "SELECT * FROM batch_rows WHERE batch_id = ? ORDER BY row_index", (batch_id,)
            ).fetchall()
        batch = _batch(head)
        batch.rows = [_row(r) for r in rows]
        return batch

    def list_batches(self, owner: str) -> list[Batch]:
        with self.db.transaction(write=False) as conn:
            heads = conn.execute(
                "SELECT * FROM batches WHERE owner = ? ORDER BY created_at DESC", (owner,)
            ).fetchall()
        return [_batch(h) for h in heads]

    def claim_row(self, batch_id: str, max_in_flight: int) -> BatchRow | None:
        with self.db.transaction(write=True) as conn:
            (busy,) = conn.execute(
                "SELECT COUNT(*) FROM batch_rows WHERE batch_id = ? AND state IN ('preparing', 'rendering')",
                (batch_id,),
            ).fetchone()
            if busy >= max_in_flight:
                return None
            row = conn.execute(
                "SELECT * FROM batch_rows WHERE batch_id = ? AND state = 'pending' ORDER BY row_index LIMIT 1",
                (batch_id,),
            ).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE batch_rows SET state = 'preparing', updated_at = ? WHERE batch_id = ? AND row_index = ?",
                (now_iso(), batch_id, row["row_index"]),
            )
        claimed = _row(row)
        claimed.state = "preparing"
        return claimed

    def update_row(self, batch_id: str, index: int, **changes: Any) -> None:
        unknown = set(changes) - _ROW_COLUMNS
        if unknown:
            raise ValueError(f"unknown row fields {sorted(unknown)}")
        names = sorted(changes)
        values = [json.dumps(changes[n]) if n in _JSON_COLUMNS else changes[n] for n in names]
        assignments = ", ".join(f"{n} = ?" for n in names)
        with self.db.transaction(write=True) as conn:
            conn.execute(
                f"UPDATE batch_rows SET {assignments}, updated_at = ? WHERE batch_id = ? AND row_index = ?",
                (*values, now_iso(), batch_id, index),
            )

    def complete_if_done(self, batch_id: str) -> bool:
        with self.db.transaction(write=True) as conn:
            cursor = conn.execute(
                "UPDATE batches SET state = 'completed', completed_at = ? WHERE batch_id = ? "
                "AND state = 'running' AND NOT EXISTS (SELECT 1 FROM batch_rows WHERE batch_id = ? "
                "AND state NOT IN ('completed', 'failed'))",
                (now_iso(), batch_id, batch_id),
            )
        return cursor.rowcount == 1


def open_batch_store(settings: Settings) -> SQLiteBatchStore:
    return SQLiteBatchStore(SQLiteDatabase(settings.api_database_path, _SCHEMA))


__all__ = [
    "Batch",
    "BatchRow",
    "BatchStore",
    "ROW_DONE_STATES",
    "SQLiteBatchStore",
    "new_batch_id",
    "open_batch_store",
]
