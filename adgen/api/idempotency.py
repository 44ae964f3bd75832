"""``Idempotency-Key`` on every write: a retried request returns the first answer, not a second effect.

The first request with a key (per owner) records the key with a fingerprint of the request
(method, path, query and a canonical form of its body) before it runs, and its response after.
A retry with the same key and the same request gets the stored response (``Idempotent-Replayed:
true``); the same key on a different request is a 422 problem, and a retry while the first is
still running is a 409. Server errors release the key so the request can be tried again.
Records are kept for a day.
"""

from __future__ import annotations

import abc
import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from adgen.api.database import SQLiteDatabase, now_iso
from adgen.api.problems import ApiProblem, problem_response
from adgen.settings import Settings

KEEP = timedelta(days=1)
STALE_PENDING = timedelta(minutes=10)
MAX_KEY_LENGTH = 200
# Answers worth replaying: successes and the client's own mistakes; not limits or outages.
_NOT_STORED = {429, 503}


@dataclass(frozen=True)
class StoredResponse:
    status: int
    body: bytes
    media_type: str


class IdempotencyConflict(Exception):
    """The key is in use by a different request, or by the same one still running."""

    def __init__(self, running: bool) -> None:
        super().__init__("running" if running else "different request")
        self.running = running


class IdempotencyStore(abc.ABC):
    @abc.abstractmethod
    def begin(self, owner: str, key: str, fingerprint: str) -> StoredResponse | None:
        """Claim the key for this request (None: go ahead) or return the stored response."""

    @abc.abstractmethod
    def finish(self, owner: str, key: str, response: StoredResponse) -> None:
        """Store the response of the request that claimed the key."""

    @abc.abstractmethod
    def release(self, owner: str, key: str) -> None:
        """Forget a claim whose request failed on the server, so it may be retried."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS idempotency_keys (
    owner       TEXT NOT NULL,
    key         TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'done')),
    status      INTEGER,
    media_type  TEXT,
    body        BLOB,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (owner, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency_keys (created_at);
"""


class SQLiteIdempotencyStore(IdempotencyStore):
    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def begin(self, owner: str, key: str, fingerprint: str) -> StoredResponse | None:
        now = datetime.now(UTC)
        with self.db.transaction(write=True) as conn:
            conn.execute("DELETE FROM idempotency_keys WHERE created_at < ?", ((now - KEEP).isoformat(),))
            row = conn.execute(
                "SELECT * FROM idempotency_keys WHERE owner = ? AND key = ?", (owner, key)
            ).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO idempotency_keys (owner, key, fingerprint, state, created_at) "
                    "VALUES (?, ?, ?, 'pending', ?)",
                    (owner, key, fingerprint, now_iso()),
                )
                return None
            if row["fingerprint"] != fingerprint:
                raise IdempotencyConflict(running=False)
            if row["state"] == "done":
                return StoredResponse(row["status"], bytes(row["body"]), row["media_type"])
            if datetime.fromisoformat(row["created_at"]) > now - STALE_PENDING:
                raise IdempotencyConflict(running=True)
            # A claim left by a process that died mid-request: this request takes it over.
            conn.execute(
                "UPDATE idempotency_keys SET created_at = ? WHERE owner = ? AND key = ?",
                (now_iso(), owner, key),
            )
            return None

    def finish(self, owner: str, key: str, response: StoredResponse) -> None:
        with self.db.transaction(write=True) as conn:
            conn.execute(
                "UPDATE idempotency_keys SET state = 'done', status = ?, media_type = ?, body = ? "
                "WHERE owner = ? AND key = ?",
                (response.status, response.media_type, response.body, owner, key),
            )

    def release(self, owner: str, key: str) -> None:
        with self.db.transaction(write=True) as conn:
            conn.execute(
                "DELETE FROM idempotency_keys WHERE owner = ? AND key = ? AND state = 'pending'", (owner, key)
            )


def open_idempotency_store(settings: Settings) -> SQLiteIdempotencyStore:
    return SQLiteIdempotencyStore(SQLiteDatabase(settings.api_database_path, _SCHEMA))


def fingerprint(method: str, path: str, query: str, body: Any) -> str:
    """The request as the key remembers it: the body as canonical JSON (uploads by their sha256)."""
    canonical = json.dumps(
        {"m": method.upper(), "p": path, "q": query, "b": body},
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


async def run_idempotent(
    store: IdempotencyStore,
    *,
    owner: str,
    key: str | None,
    request_fingerprint: str,
    path: str,
    handler: Callable[[], Awaitable[Response]],
) -> Response:
    """Run ``handler`` once per (owner, key); without a key it simply runs."""
    if key is None:
        return await handler()
    key = key.strip()
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise ApiProblem(
            400,
            f"The Idempotency-Key header must be 1 to {MAX_KEY_LENGTH} printable characters; a UUID is best.",
        )
    try:
        stored = await run_in_threadpool(store.begin, owner, key, request_fingerprint)
    except IdempotencyConflict as exc:
        if exc.running:
            raise ApiProblem(
                409,
                "A request with this Idempotency-Key is still being processed; wait for it, then retry.",
                kind="idempotency-in-progress",
            ) from None
        raise ApiProblem(
            422,
            "This Idempotency-Key was already used for a different request; use a new key for a new request.",
            kind="idempotency-key-reused",
        ) from None
    if stored is not None:
        return Response(
            stored.body,
            status_code=stored.status,
            media_type=stored.media_type,
            headers={"Idempotent-Replayed": "true"},
        )
    try:
        response = await handler()
    except ApiProblem as problem:
        if problem.status >= 500 or problem.status in _NOT_STORED:
            await run_in_threadpool(store.release, owner, key)
            raise
        response = problem_response(
            path, problem.status, problem.detail, kind=problem.kind, title=problem.title, **problem.extra
        )
    except BaseException:
        await run_in_threadpool(store.release, owner, key)
        raise
    if (
        response.status_code >= 500
        or response.status_code in _NOT_STORED
        or not isinstance(response, JSONResponse)
    ):
        await run_in_threadpool(store.release, owner, key)
        return response
    await run_in_threadpool(
        store.finish,
        owner,
        key,
        StoredResponse(response.status_code, bytes(response.body), response.media_type or ""),
    )
    return response


__all__ = [
    "IdempotencyStore",
    "SQLiteIdempotencyStore",
    "StoredResponse",
    "fingerprint",
    "open_idempotency_store",
    "run_idempotent",
]
