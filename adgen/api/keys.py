"""API keys: one owner each, scoped ``read`` or ``write``, stored only as a hash.

A key looks like ``adg_<id>_<secret>``: the id (12 hex digits) is public and names the key in
lists and logs; the secret (256 random bits) is shown once, when the key is made. Only the
SHA-256 of the whole key is kept: with that much entropy a fast hash is enough (nobody can
guess their way back), and lookups by id plus a constant-time comparison of the hash tell a
wrong key from a right one without revealing how close it was.
"""

from __future__ import annotations

import abc
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Literal

from adgen.api.database import SQLiteDatabase, now_iso
from adgen.settings import Settings

Scope = Literal["read", "write"]
SCOPES: tuple[Scope, ...] = ("read", "write")
KEY_PREFIX = "adg"
_KEY_FORM = re.compile(r"^adg_([0-9a-f]{12})_([A-Za-z0-9_-]{20,100})$")
_OWNER_FORM = re.compile(r"^[A-Za-z0-9_.@+-]{1,200}$")


class ApiKeyError(ValueError):
    """A key that cannot be made or found; the message says what to do."""


@dataclass(frozen=True)
class ApiKey:
    """What is known about a key (never its secret)."""

    key_id: str
    owner: str
    scope: Scope
    name: str
    created_at: str
    revoked_at: str | None = None
    last_used_at: str | None = None

    def allows(self, needed: Scope) -> bool:
        """A write key may also read; a read key may only read."""
        return self.scope == "write" or needed == "read"

    def to_wire(self) -> dict[str, str | None]:
        return {
            "keyId": self.key_id,
            "owner": self.owner,
            "scope": self.scope,
            "name": self.name,
            "createdAt": self.created_at,
            "revokedAt": self.revoked_at,
            "lastUsedAt": self.last_used_at,
        }


def key_hash(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


def check_owner(owner: str) -> str:
    owner = owner.strip()
    if not _OWNER_FORM.match(owner):
        raise ApiKeyError(f"{owner!r} is not a valid owner name; use letters, digits and . _ @ + - only.")
    return owner


class ApiKeyStore(abc.ABC):
    """Where keys live; small, so a PostgreSQL twin only implements these methods."""

    @abc.abstractmethod
    def create(self, owner: str, *, scope: Scope = "write", name: str = "") -> tuple[ApiKey, str]:
        """A new key and its plaintext (the only time the plaintext exists)."""

    @abc.abstractmethod
    def list_keys(self, owner: str) -> list[ApiKey]:
        """The owner's keys, revoked ones included, newest first."""

    @abc.abstractmethod
    def revoke(self, key_id: str) -> ApiKey | None:
        """Revoke a key; the revoked key, or None if there is no such key."""

    @abc.abstractmethod
    def verify(self, plaintext: str) -> ApiKey | None:
        """The live key this plaintext is, or None (unknown, wrong secret or revoked)."""

    @abc.abstractmethod
    def touch(self, key_id: str) -> None:
        """Record that the key was just used (what a list shows as last used)."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key_id       TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    scope        TEXT NOT NULL CHECK (scope IN ('read', 'write')),
    name         TEXT NOT NULL,
    key_hash     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    revoked_at   TEXT,
    last_used_at TEXT
);
CREATE INDEX IF NOT EXISTS api_keys_by_owner ON api_keys (owner, created_at);
"""

_DUMMY_HASH = key_hash("adg_000000000000_" + "x" * 43)


def _row_key(row) -> ApiKey:  # noqa: ANN001 - sqlite3.Row
    return ApiKey(
        key_id=row["key_id"],
        owner=row["owner"],
        scope=row["scope"],
        name=row["name"],
        created_at=row["created_at"],
        revoked_at=row["revoked_at"],
        last_used_at=row["last_used_at"],
    )


class SQLiteApiKeyStore(ApiKeyStore):
    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def create(self, owner: str, *, scope: Scope = "write", name: str = "") -> tuple[ApiKey, str]:
        owner = check_owner(owner)
        if scope not in SCOPES:
            raise ApiKeyError(f"{scope!r} is not a scope; use read or write.")
        key_id = secrets.token_hex(6)
        plaintext = f"{KEY_PREFIX}_{key_id}_{secrets.token_urlsafe(32)}"
        info = ApiKey(key_id, owner, scope, name.strip()[:100], now_iso())
        with self.db.transaction(write=True) as conn:
            conn.execute(
                "INSERT INTO api_keys (key_id, owner, scope, name, key_hash, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (info.key_id, info.owner, info.scope, info.name, key_hash(plaintext), info.created_at),
            )
        return info, plaintext

    def list_keys(self, owner: str) -> list[ApiKey]:
        with self.db.transaction(write=False) as conn:
            rows = conn.execute(
                "SELECT * FROM api_keys WHERE owner = ? ORDER BY created_at DESC", (owner,)
            ).fetchall()
        return [_row_key(r) for r in rows]

    def revoke(self, key_id: str) -> ApiKey | None:
        with self.db.transaction(write=True) as conn:
            conn.execute(
                "UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL",
                (now_iso(), key_id),
            )
            row = conn.execute("SELECT * FROM api_keys WHERE key_id = ?", (key_id,)).fetchone()
        return _row_key(row) if row else None

    def verify(self, plaintext: str) -> ApiKey | None:
        match = _KEY_FORM.match(plaintext.strip())
        key_id = match.group(1) if match else ""
        with self.db.transaction(write=False) as conn:
            row = conn.execute("SELECT * FROM api_keys WHERE key_id = ?", (key_id,)).fetchone()
        stored = row["key_hash"] if row else _DUMMY_HASH
        same = hmac.compare_digest(stored, key_hash(plaintext.strip()))
        if row is None or not same or row["revoked_at"] is not None:
            return None
        return _row_key(row)

    def touch(self, key_id: str) -> None:
        with self.db.transaction(write=True) as conn:
            conn.execute("UPDATE api_keys SET last_used_at = ? WHERE key_id = ?", (now_iso(), key_id))


def open_key_store(settings: Settings) -> SQLiteApiKeyStore:
    return SQLiteApiKeyStore(SQLiteDatabase(settings.api_database_path, _SCHEMA))


__all__ = ["ApiKey", "ApiKeyStore", "ApiKeyError", "SCOPES", "SQLiteApiKeyStore", "Scope", "open_key_store"]
