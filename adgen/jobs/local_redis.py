"""The embedded Redis: started under the data folder when no configured Redis answers.

Why: a newcomer runs `adgen up` with nothing installed but the Debian `redis-server` package, and
gets the same queue the production shape uses. The server is daemonized with a pidfile under
``<data dir>/redis`` and append-only persistence, so queued renders survive a restart and a second
`adgen up` (or a worker started by hand) finds the same server instead of starting another.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import redis

from adgen.settings import Settings

log = logging.getLogger(__name__)

START_TIMEOUT_SEC = 15.0


class LocalRedisError(RuntimeError):
    """The embedded Redis could not be started; the message says what to do."""


@dataclass(frozen=True)
class LocalRedis:
    """Where the queue's Redis is, and whether this call started it (so its caller may stop it)."""

    url: str
    started: bool
    pidfile: Path | None = None


def redis_reachable(url: str | None, timeout: float = 1.0) -> bool:
    """True when a Redis at ``url`` answers PING within ``timeout`` seconds."""
    if not url:
        return False
    try:
        conn = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)
        try:
            return bool(conn.ping())
        finally:
            conn.close()
    except (redis.RedisError, OSError, ValueError):
        return False


def local_redis_url(settings: Settings) -> str:
    return f"redis://127.0.0.1:{settings.local_redis_port}/0"


def local_redis_dir(settings: Settings) -> Path:
    return settings.root / "redis"


def start_local_redis(settings: Settings) -> LocalRedis:
    """The configured Redis if it answers, else the embedded one (started if it is not running)."""
    if redis_reachable(settings.redis_url):
        return LocalRedis(url=settings.redis_url or "", started=False)
    if settings.redis_url:
        log.warning("REDIS_URL %s does not answer; using the embedded Redis instead", settings.redis_url)
    url = local_redis_url(settings)
    workdir = local_redis_dir(settings)
    pidfile = workdir / "redis.pid"
    if redis_reachable(url):
        return LocalRedis(url=url, started=False, pidfile=pidfile if pidfile.exists() else None)

    exe = shutil.which("redis-server")
    if exe is None:
        raise LocalRedisError(
            "No Redis answers and redis-server is not installed. Install it "
            "(sudo apt-get install redis-server) or set REDIS_URL to a running Redis."
        )
    workdir.mkdir(parents=True, exist_ok=True)
    logfile = workdir / "redis.log"
    cmd = [
        exe,
        "--bind",
        "127.0.0.1",
        "--port",
        str(settings.local_redis_port),
        "--dir",
        str(workdir),
        "--appendonly",
        "yes",
        "--appendfsync",
        "everysec",
        "--save",
        "",
        "--daemonize",
        "yes",
        "--pidfile",
        str(pidfile),
        "--logfile",
        str(logfile),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=START_TIMEOUT_SEC)
    if result.returncode != 0:
        raise LocalRedisError(f"redis-server failed to start: {(result.stderr or result.stdout).strip()}")
    deadline = time.monotonic() + START_TIMEOUT_SEC
    while time.monotonic() < deadline:
        if redis_reachable(url, timeout=0.5):
            log.info("started the embedded Redis at %s (data in %s)", url, workdir)
            return LocalRedis(url=url, started=True, pidfile=pidfile)
        time.sleep(0.05)
    tail = logfile.read_text(errors="replace")[-2000:] if logfile.exists() else ""
    raise LocalRedisError(
        f"redis-server did not answer on 127.0.0.1:{settings.local_redis_port} within "
        f"{START_TIMEOUT_SEC:.0f}s (is the port taken? set ADGEN_REDIS_PORT). Log:\n{tail}"
    )


def running_local_redis(settings: Settings) -> str | None:
    """The URL of this data folder's embedded Redis when it is running (as `adgen up` leaves it),
    else None. A Redis on the embedded port that keeps its data elsewhere belongs to another data
    folder, and is not this one's queue."""
    url = local_redis_url(settings)
    if not redis_reachable(url, timeout=0.5):
        return None
    try:
        conn = redis.Redis.from_url(
            url, socket_connect_timeout=0.5, socket_timeout=0.5, decode_responses=True
        )
        try:
            folder = conn.config_get("dir").get("dir")
        finally:
            conn.close()
    except redis.RedisError:
        return None
    if not folder or Path(folder).resolve() != local_redis_dir(settings).resolve():
        return None
    return url


def ensure_redis(settings: Settings) -> str:
    """The URL of a Redis that answers: REDIS_URL if reachable, else the embedded one, started once."""
    return start_local_redis(settings).url


def stop_local_redis(local: LocalRedis, timeout: float = 10.0) -> None:
    """Stop an embedded Redis this process started (SHUTDOWN, then SIGTERM by pidfile as a fallback)."""
    if not local.started:
        return
    try:
        conn = redis.Redis.from_url(local.url, socket_connect_timeout=1, socket_timeout=timeout)
        conn.shutdown(save=False, nosave=False)
    except redis.ConnectionError:
        pass  # SHUTDOWN closes the connection it came on: that is success
    except redis.RedisError as exc:
        log.warning("Redis SHUTDOWN failed (%s); signalling it instead", exc)
        _signal_pidfile(local.pidfile, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and redis_reachable(local.url, timeout=0.3):
        time.sleep(0.05)


def _signal_pidfile(pidfile: Path | None, sig: signal.Signals) -> None:
    if pidfile is None or not pidfile.exists():
        return
    try:
        os.kill(int(pidfile.read_text().strip()), sig)
    except (ValueError, ProcessLookupError, PermissionError):
        pass
