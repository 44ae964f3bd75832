"""Brand kits, kept as append-only versions in their own tables beside the project store.

Why append-only: an AdProject records ``brandKit {id, version}`` and must render the same
forever, so a stored version is never rewritten (SQLite triggers refuse UPDATE and DELETE on
the version rows). Saves are optimistic, like the project store: a change names the version it
was made on and is refused with :class:`KitVersionConflict` if someone saved first.

Who sees what: a kit is its owner's; a kit with a ``team`` is also readable (and usable) by
that team's members, but only its owner changes it. A kit the viewer may not see is
indistinguishable from a missing one. Each user has at most one default kit (any kit they can
see); it is their choice, not part of a kit version.

:class:`BrandKitStore` is small on purpose, so a PostgreSQL twin needs only these methods.
"""

from __future__ import annotations

import abc
import itertools
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adgen.brand.errors import KitNotEditable, KitNotFound, KitVersionConflict
from adgen.brand.model import BrandKit, now_iso
from adgen.brand.reference import WireModel

WAIT_FOR_LOCK_SEC = 30.0


@dataclass(frozen=True)
class KitViewer:
    """Who is asking: a user id and the teams they belong to (empty without auth teams)."""

    user: str
    teams: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, who: KitViewer | str) -> KitViewer:
        return who if isinstance(who, KitViewer) else cls(user=who)

    def can_see(self, owner: str, team: str | None) -> bool:
        return owner == self.user or (team is not None and team in self.teams)


class KitVersionInfo(WireModel):
    """One entry of a kit's version list."""

    version: int
    change: str
    created_at: str


class BrandKitStore(abc.ABC):
    """Where brand kits live."""

    @abc.abstractmethod
    def create(self, kit: BrandKit, *, make_default: bool | None = None) -> BrandKit:
        """Store a new kit (version 1). It becomes the owner's default when ``make_default`` is
        True, or when None and the owner has no default yet."""

    @abc.abstractmethod
    def save(self, kit: BrandKit, *, expected_version: int, editor: KitViewer | str) -> BrandKit:
        """Append ``kit`` as the version after ``expected_version`` (only the owner edits)."""

    @abc.abstractmethod
    def get(self, kit_id: str, *, viewer: KitViewer | str, version: int | None = None) -> BrandKit:
        """The latest (or the given) version, if the viewer may see the kit."""

    @abc.abstractmethod
    def get_internal(self, kit_id: str, version: int | None = None) -> BrandKit:
        """Like :meth:`get` without the access check, for render workers that run without a user."""

    @abc.abstractmethod
    def list_kits(self, viewer: KitViewer | str) -> list[BrandKit]:
        """The latest version of every kit the viewer can see, most recently changed first."""

    @abc.abstractmethod
    def history(self, kit_id: str, *, viewer: KitViewer | str) -> list[KitVersionInfo]:
        """Every stored version of a kit, oldest first."""

    @abc.abstractmethod
    def default_kit(self, viewer: KitViewer | str) -> BrandKit | None:
        """The viewer's default kit (latest version), or None."""

    @abc.abstractmethod
    def set_default(self, kit_id: str, *, viewer: KitViewer | str) -> BrandKit:
        """Make a kit the viewer can see their default (the previous default stops being it)."""

    @abc.abstractmethod
    def archive(self, kit_id: str, *, viewer: KitViewer | str) -> None:
        """Hide a kit from lists and defaults; its versions stay readable for the ads that use them."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS brand_kits (
    kit_id         TEXT PRIMARY KEY,
    owner          TEXT NOT NULL,
    team           TEXT,
    latest_version INTEGER NOT NULL,
    archived       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS brand_kits_by_owner ON brand_kits (owner, updated_at);
CREATE INDEX IF NOT EXISTS brand_kits_by_team ON brand_kits (team, updated_at) WHERE team IS NOT NULL;
CREATE TABLE IF NOT EXISTS brand_kit_versions (
    kit_id     TEXT NOT NULL REFERENCES brand_kits (kit_id),
    version    INTEGER NOT NULL,
    change     TEXT NOT NULL,
    doc        TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (kit_id, version)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS brand_kit_versions_no_update
    BEFORE UPDATE ON brand_kit_versions
    BEGIN SELECT RAISE(ABORT, 'brand kit versions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS brand_kit_versions_no_delete
    BEFORE DELETE ON brand_kit_versions
    BEGIN SELECT RAISE(ABORT, 'brand kit versions are append-only'); END;
CREATE TABLE IF NOT EXISTS brand_kit_defaults (
    user_id    TEXT PRIMARY KEY,
    kit_id     TEXT NOT NULL REFERENCES brand_kits (kit_id),
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
"""


def _when_unlocked(action: Callable[[], None]) -> None:
    """Run ``action``, retrying while SQLite reports the file locked: several processes opening a
    fresh database at once (workers starting together) may briefly find it so."""
    give_up = time.monotonic() + WAIT_FOR_LOCK_SEC
    for _attempt in itertools.count():
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= give_up:
                raise
        time.sleep(0.05)


class SQLiteBrandKitStore(BrandKitStore):
    """Kits in the embedded SQLite file (WAL); one short connection per call, so any thread or
    forked worker may use it. Writes take the write lock first (BEGIN IMMEDIATE)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _when_unlocked(self._create_tables)

    def _create_tables(self) -> None:
        with self._open() as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript(_SCHEMA)

    @contextmanager
    def _open(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=WAIT_FOR_LOCK_SEC, isolation_level=None)
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {int(WAIT_FOR_LOCK_SEC * 1000)}")
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _tx(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction; a write takes the write lock first, so it never fails half-way."""
        with self._open() as conn:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            done = False
            try:
                yield conn
                done = True
            finally:
                conn.execute("COMMIT" if done else "ROLLBACK")

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def _head(conn: sqlite3.Connection, kit_id: str) -> sqlite3.Row | None:
        return conn.execute("SELECT * FROM brand_kits WHERE kit_id = ?", (kit_id,)).fetchone()

    @classmethod
    def _visible_head(cls, conn: sqlite3.Connection, kit_id: str, viewer: KitViewer) -> sqlite3.Row:
        head = cls._head(conn, kit_id)
        if head is None or not viewer.can_see(head["owner"], head["team"]):
            raise KitNotFound(kit_id)
        return head

    @staticmethod
    def _default_id(conn: sqlite3.Connection, user: str) -> str | None:
        row = conn.execute("SELECT kit_id FROM brand_kit_defaults WHERE user_id = ?", (user,)).fetchone()
        return row["kit_id"] if row else None

    @classmethod
    def _read(
        cls, conn: sqlite3.Connection, head: sqlite3.Row, version: int | None, user: str | None
    ) -> BrandKit:
        number = head["latest_version"] if version is None else version
        row = conn.execute(
            "SELECT doc FROM brand_kit_versions WHERE kit_id = ? AND version = ?", (head["kit_id"], number)
        ).fetchone()
        if row is None:
            raise KitNotFound(head["kit_id"], version, head["latest_version"])
        doc: dict[str, Any] = json.loads(row["doc"])
        doc["isDefault"] = user is not None and cls._default_id(conn, user) == head["kit_id"]
        return BrandKit.from_wire(doc)

    @staticmethod
    def _insert_version(conn: sqlite3.Connection, kit: BrandKit) -> None:
        conn.execute(
            "INSERT INTO brand_kit_versions (kit_id, version, change, doc, created_at) VALUES (?, ?, ?, ?, ?)",
            (kit.kit_id, kit.version, kit.change, json.dumps(kit.version_doc()), kit.updated_at),
        )

    @staticmethod
    def _point_default(conn: sqlite3.Connection, user: str, kit_id: str | None) -> None:
        if kit_id is None:
            conn.execute("DELETE FROM brand_kit_defaults WHERE user_id = ?", (user,))
            return
        conn.execute(
            "INSERT INTO brand_kit_defaults (user_id, kit_id, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET kit_id = excluded.kit_id, updated_at = excluded.updated_at",
            (user, kit_id, now_iso()),
        )

    # --- the interface -------------------------------------------------------------------
    def create(self, kit: BrandKit, *, make_default: bool | None = None) -> BrandKit:
        if kit.version != 1:
            raise ValueError("a new brand kit starts at version 1")
        with self._tx(write=True) as conn:
            if self._head(conn, kit.kit_id) is not None:
                raise ValueError(f"a brand kit with the id {kit.kit_id!r} already exists")
            conn.execute(
                "INSERT INTO brand_kits (kit_id, owner, team, latest_version, created_at, updated_at) "
                "VALUES (?, ?, ?, 1, ?, ?)",
                (kit.kit_id, kit.owner, kit.team, kit.created_at, kit.updated_at),
            )
            self._insert_version(conn, kit)
            if make_default or (make_default is None and self._default_id(conn, kit.owner) is None):
                self._point_default(conn, kit.owner, kit.kit_id)
            return self._read(conn, self._head(conn, kit.kit_id), None, kit.owner)  # type: ignore[arg-type]

    def save(self, kit: BrandKit, *, expected_version: int, editor: KitViewer | str) -> BrandKit:
        who = KitViewer.of(editor)
        if kit.version != expected_version + 1:
            raise KitVersionConflict(kit.kit_id, expected_version, None)
        with self._tx(write=True) as conn:
            head = self._visible_head(conn, kit.kit_id, who)
            if head["owner"] != who.user or kit.owner != who.user:
                raise KitNotEditable(kit.name, head["owner"])
            if head["latest_version"] != expected_version:
                raise KitVersionConflict(kit.kit_id, expected_version, head["latest_version"])
            self._insert_version(conn, kit)
            conn.execute(
                "UPDATE brand_kits SET latest_version = ?, team = ?, updated_at = ? WHERE kit_id = ?",
                (kit.version, kit.team, kit.updated_at, kit.kit_id),
            )
            return self._read(conn, self._head(conn, kit.kit_id), None, who.user)  # type: ignore[arg-type]

    def get(self, kit_id: str, *, viewer: KitViewer | str, version: int | None = None) -> BrandKit:
        who = KitViewer.of(viewer)
        with self._tx(write=False) as conn:
            return self._read(conn, self._visible_head(conn, kit_id, who), version, who.user)

    def get_internal(self, kit_id: str, version: int | None = None) -> BrandKit:
        with self._tx(write=False) as conn:
            head = self._head(conn, kit_id)
            if head is None:
                raise KitNotFound(kit_id)
            return self._read(conn, head, version, None)

    def list_kits(self, viewer: KitViewer | str) -> list[BrandKit]:
        who = KitViewer.of(viewer)
        teams = sorted(who.teams)
        marks = ",".join("?" * len(teams))
        team_clause = f" OR team IN ({marks})" if teams else ""
        with self._tx(write=False) as conn:
            heads = conn.execute(
                f"SELECT * FROM brand_kits WHERE archived = 0 AND (owner = ?{team_clause}) "
                "ORDER BY updated_at DESC, kit_id",
                (who.user, *teams),
            ).fetchall()
            return [self._read(conn, head, None, who.user) for head in heads]

    def history(self, kit_id: str, *, viewer: KitViewer | str) -> list[KitVersionInfo]:
        with self._tx(write=False) as conn:
            self._visible_head(conn, kit_id, KitViewer.of(viewer))
            rows = conn.execute(
                "SELECT version, change, created_at FROM brand_kit_versions WHERE kit_id = ? ORDER BY version",
                (kit_id,),
            ).fetchall()
        return [
            KitVersionInfo(version=r["version"], change=r["change"], created_at=r["created_at"]) for r in rows
        ]

    def default_kit(self, viewer: KitViewer | str) -> BrandKit | None:
        who = KitViewer.of(viewer)
        with self._tx(write=False) as conn:
            kit_id = self._default_id(conn, who.user)
            head = self._head(conn, kit_id) if kit_id else None
            if head is None or head["archived"] or not who.can_see(head["owner"], head["team"]):
                return None  # a team kit that is no longer shared is no longer anyone else's default
            return self._read(conn, head, None, who.user)

    def set_default(self, kit_id: str, *, viewer: KitViewer | str) -> BrandKit:
        who = KitViewer.of(viewer)
        with self._tx(write=True) as conn:
            head = self._visible_head(conn, kit_id, who)
            if head["archived"]:
                raise KitNotFound(kit_id)
            self._point_default(conn, who.user, kit_id)
            return self._read(conn, head, None, who.user)

    def archive(self, kit_id: str, *, viewer: KitViewer | str) -> None:
        who = KitViewer.of(viewer)
        with self._tx(write=True) as conn:
            head = self._visible_head(conn, kit_id, who)
            if head["owner"] != who.user:
                raise KitNotEditable(self._read(conn, head, None, None).name, head["owner"])
            conn.execute(
                "UPDATE brand_kits SET archived = 1, updated_at = ? WHERE kit_id = ?", (now_iso(), kit_id)
            )
            was_default = self._default_id(conn, who.user) == kit_id
            conn.execute("DELETE FROM brand_kit_defaults WHERE kit_id = ?", (kit_id,))
            if was_default:
                # The owner keeps a default while they have kits: their most recently changed one.
                nxt = conn.execute(
                    "SELECT kit_id FROM brand_kits WHERE owner = ? AND archived = 0 "
                    "ORDER BY updated_at DESC, kit_id LIMIT 1",
                    (who.user,),
                ).fetchone()
                self._point_default(conn, who.user, nxt["kit_id"] if nxt else None)


def open_brand_kit_store(settings: Any) -> BrandKitStore:
    """The kit store beside the project store (today the same embedded SQLite file)."""
    return SQLiteBrandKitStore(settings.database_path)


__all__ = ["BrandKitStore", "KitVersionInfo", "KitViewer", "SQLiteBrandKitStore", "open_brand_kit_store"]
