"""A throwaway PostgreSQL cluster for tests: Debian's server binaries, a temp folder, a free
loopback port, no durability (fsync off), stopped and deleted afterwards.

PostgreSQL refuses to run as root, so under root the cluster belongs to the ``postgres`` system
user that Debian's package creates, and every server command runs through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from loopback import free_port

SERVER_USER = "postgres"
# Tests: nothing survives a crash, and nothing needs to.
_NOT_DURABLE = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
# Benchmarks: what SQLite's WAL mode with synchronous=NORMAL keeps (the store's setting): every
# commit survives a crash of the program; on power loss the last few may be lost.
_LIKE_SQLITE_NORMAL = "-c synchronous_commit=off"


class PostgresUnavailable(RuntimeError):
    """The server binaries (Debian's ``postgresql`` package) are not installed."""


def server_bin_dir() -> Path:
    """The newest installed server's bin folder (/usr/lib/postgresql/<major>/bin)."""
    found = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if not found:
        raise PostgresUnavailable(
            "PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/initdb); "
            "run `bash scripts/setup.sh`, which installs Debian's postgresql package."
        )
    return found[-1]


@dataclass(frozen=True)
class PostgresCluster:
    port: int
    folder: Path
    bin_dir: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SERVER_USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database (about 30 ms with fsync off); returns its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def restart(self) -> None:
        """Stop the server (ending every session) and start it again on the same port."""
        data, log = self.folder / "data", self.folder / "server.log"
        _run([str(self.bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-m", "fast", "-w", "restart"])


def _run(cmd: list[str]) -> None:
    done = subprocess.run(_as_server_user(cmd), capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed: {done.stderr.strip()}")


def _as_server_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", SERVER_USER, "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def postgres_cluster(*, durable: bool = False) -> Iterator[PostgresCluster]:
    """initdb + pg_ctl start on a free loopback port; pg_ctl stop and delete the folder after.

    ``durable`` keeps fsync on (see _LIKE_SQLITE_NORMAL) for figures comparable with SQLite's.
    """
    bin_dir = server_bin_dir()
    # Not under pytest's tmp folder: that one is private to root, and the server user must reach it.
    folder = Path(tempfile.mkdtemp(prefix="adgen-pg-"))
    if os.geteuid() == 0:
        entry = pwd.getpwnam(SERVER_USER)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data, log = folder / "data", folder / "server.log"
    port = free_port()

    def run(*cmd: str) -> None:
        try:
            _run(list(cmd))
        except RuntimeError as exc:
            server_log = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{exc}\n{server_log}") from None

    try:
        run(
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            SERVER_USER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
            "--no-instructions",
        )
        durability = _LIKE_SQLITE_NORMAL if durable else _NOT_DURABLE
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200 {durability}"
        run(
            str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start"
        )
        try:
            yield PostgresCluster(port=port, folder=folder, bin_dir=bin_dir)
        finally:
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
