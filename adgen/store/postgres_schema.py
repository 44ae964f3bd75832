"""Connecting to the PostgreSQL database of ``ADGEN_DATABASE_URL`` and keeping its schema current.

Each part of adgen that keeps tables there (the project store, the chat history) names itself a
*component* and hands over its migrations: an ordered list of SQL scripts, script N taking the
component's tables from schema version N-1 to N. The version reached is recorded in the table
``adgen_schema``, so opening is idempotent and a later release adds a script instead of
rewriting tables by hand. Migrations run under an advisory lock, so processes that open the
same fresh database at once apply each script exactly once.
"""

from __future__ import annotations

from collections.abc import Sequence

import psycopg
from psycopg.conninfo import conninfo_to_dict

from adgen.store.projects import StoreError

CONNECT_TIMEOUT_SEC = 10
# pg_advisory_xact_lock key shared by every component's migrations ("adgen" in ASCII).
_MIGRATION_LOCK = 0x616467656E

_SCHEMA_TABLE = """
CREATE TABLE IF NOT EXISTS adgen_schema (
    component  TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)
"""


def describe(url: str) -> str:
    """Where a URL points (user@host:port/database), without its password, for messages."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "an unreadable URL"
    where = f"{parts.get('host', 'localhost')}:{parts.get('port', '5432')}/{parts.get('dbname', '')}"
    return f"{parts['user']}@{where}" if parts.get("user") else where


def connection_error(url: str, exc: Exception) -> StoreError:
    """A clear error for a database that cannot be reached (the driver's first line as detail)."""
    detail = (str(exc).strip().splitlines() or ["no detail"])[0]
    return StoreError(
        f"Cannot connect to the PostgreSQL database {describe(url)} named by ADGEN_DATABASE_URL "
        f"({detail}); check that the server is running and the URL is right."
    )


def connect(url: str, **kwargs: object) -> psycopg.Connection:
    """One connection, with a clear StoreError when the server cannot be reached."""
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_SEC, **kwargs)
    except psycopg.OperationalError as exc:
        raise connection_error(url, exc) from exc


def schema_version(conn: psycopg.Connection, component: str) -> int:
    """The schema version a component's tables are at (0: not created yet)."""
    conn.execute(_SCHEMA_TABLE)
    row = conn.execute("SELECT version FROM adgen_schema WHERE component = %s", (component,)).fetchone()
    return int(row[0]) if row else 0


def migrate(url: str, component: str, migrations: Sequence[str]) -> int:
    """Bring ``component``'s tables up to ``len(migrations)``; returns the version now in place.

    Refuses a database whose tables are newer than this code knows (a rollback of adgen would
    otherwise write documents the newer schema does not expect).
    """
    with connect(url) as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        current = schema_version(conn, component)
        if current > len(migrations):
            raise StoreError(
                f"The {component} tables in {describe(url)} are at schema version {current}, newer "
                f"than this adgen knows ({len(migrations)}); upgrade adgen before opening it."
            )
        for script in migrations[current:]:
            conn.execute(script)
        if current < len(migrations):
            conn.execute(
                "INSERT INTO adgen_schema (component, version) VALUES (%s, %s) "
                "ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = now()",
                (component, len(migrations)),
            )
    return len(migrations)
