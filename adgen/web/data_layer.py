"""Chainlit's chat history on the embedded SQLite database (``sqlite+aiosqlite``), or in the
PostgreSQL database of ``ADGEN_DATABASE_URL`` (``postgresql+psycopg``) beside the projects.

Chainlit's SQLAlchemy data layer expects its tables to exist and was written for PostgreSQL:
it binds Python lists and dicts directly and, without a blob store, drops every element. This
module creates the schema on first start, encodes list/dict parameters as JSON for SQLite, and
keeps elements that point at a URL (our authenticated ``/media/...`` links) so that a resumed
chat shows its videos again. Elements made of bytes (uploads, task lists) are not kept: the
uploads live on in the project's media store and progress is rebuilt from the project.

On PostgreSQL the same schema and the same JSON-as-text encoding are used, so both databases hold
the same rows (and Chainlit's ``LIKE`` search over step metadata works on both); the tables are
created through the store's versioned migrations (component ``chat_history``).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
from chainlit.data.utils import queue_until_user_message

from adgen.settings import Settings
from adgen.store.projects import is_postgres_url

if TYPE_CHECKING:
    from chainlit.element import Element

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    "id" TEXT PRIMARY KEY,
    "identifier" TEXT NOT NULL UNIQUE,
    "metadata" TEXT NOT NULL,
    "createdAt" TEXT
);
CREATE TABLE IF NOT EXISTS threads (
    "id" TEXT PRIMARY KEY,
    "createdAt" TEXT,
    "name" TEXT,
    "userId" TEXT,
    "userIdentifier" TEXT,
    "tags" TEXT,
    "metadata" TEXT,
    FOREIGN KEY ("userId") REFERENCES users("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS steps (
    "id" TEXT PRIMARY KEY,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "parentId" TEXT,
    "streaming" BOOLEAN NOT NULL,
    "waitForAnswer" BOOLEAN,
    "isError" BOOLEAN,
    "metadata" TEXT,
    "tags" TEXT,
    "input" TEXT,
    "output" TEXT,
    "createdAt" TEXT,
    "command" TEXT,
    "modes" TEXT,
    "start" TEXT,
    "end" TEXT,
    "generation" TEXT,
    "showInput" TEXT,
    "language" TEXT,
    "indent" INT,
    "defaultOpen" BOOLEAN,
    "autoCollapse" BOOLEAN,
    FOREIGN KEY ("threadId") REFERENCES threads("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS elements (
    "id" TEXT PRIMARY KEY,
    "threadId" TEXT,
    "type" TEXT,
    "url" TEXT,
    "chainlitKey" TEXT,
    "name" TEXT NOT NULL,
    "display" TEXT,
    "objectKey" TEXT,
    "size" TEXT,
    "page" INT,
    "language" TEXT,
    "forId" TEXT,
    "mime" TEXT,
    "props" TEXT,
    "autoPlay" BOOLEAN,
    "playerConfig" TEXT,
    FOREIGN KEY ("threadId") REFERENCES threads("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS feedbacks (
    "id" TEXT PRIMARY KEY,
    "forId" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "value" INT NOT NULL,
    "comment" TEXT,
    FOREIGN KEY ("threadId") REFERENCES threads("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS steps_thread ON steps("threadId");
CREATE INDEX IF NOT EXISTS elements_thread ON elements("threadId");
CREATE INDEX IF NOT EXISTS threads_user ON threads("userId");
"""


BUSY_SECONDS = 30.0


def chat_database_path(settings: Settings) -> Path:
    return settings.root / "chainlit.sqlite3"


def create_schema(path: Path) -> None:
    """Create the history tables if they are missing (idempotent, synchronous, fast)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(SCHEMA)


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return value


class SQLiteDataLayer(SQLAlchemyDataLayer):
    """Chainlit's SQLAlchemy data layer adapted to SQLite (see the module docstring)."""

    async def execute_sql(self, query: str, parameters: dict) -> list[dict[str, Any]] | int | None:
        clean = {key: _sqlite_value(value) for key, value in parameters.items()}
        return await super().execute_sql(query, clean)

    @queue_until_user_message()
    async def create_element(self, element: Element) -> None:
        if not element.url or not element.for_id or not element.url.startswith("/media/"):
            return
        row = {key: value for key, value in element.to_dict().items() if value is not None}
        row.pop("path", None)
        columns = ", ".join(f'"{c}"' for c in row)
        values = ", ".join(f":{c}" for c in row)
        updates = ", ".join(f'"{c}" = :{c}' for c in row if c != "id")
        await self.execute_sql(
            f"INSERT INTO elements ({columns}) VALUES ({values}) ON CONFLICT (id) DO UPDATE SET {updates}",
            row,
        )


def open_data_layer(settings: Settings) -> SQLiteDataLayer:
    """The data layer of the web chat, its schema created on first start."""
    if is_postgres_url(settings.database_url):
        from adgen.store.postgres_schema import migrate

        migrate(settings.database_url, "chat_history", [SCHEMA])
        # SQLAlchemy's async driver for psycopg 3; the rest of the URL (and its query) is libpq's.
        return SQLiteDataLayer(conninfo="postgresql+psycopg://" + settings.database_url.split("://", 1)[1])
    path = chat_database_path(settings)
    create_schema(path)
    # SQLite takes one writer at a time; a write that finds the lock held waits up to BUSY_SECONDS
    # (sqlite3's default, 5 s, lost a new thread's row on a loaded machine: "database is locked",
    # and the chat could not be resumed after a reload)
    return SQLiteDataLayer(conninfo=f"sqlite+aiosqlite:///{path}", connect_args={"timeout": BUSY_SECONDS})
