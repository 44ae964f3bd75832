"""`adgen up`: the whole product on one machine: Redis, N render workers, the web chat and the API.

Why a supervisor of subprocesses rather than threads: each worker is exactly what runs on a
render machine in production (`adgen worker`), so the local shape and the scaled-out shape are
the same program. The children run in their own session, so one Ctrl-C (or SIGTERM) reaches only
this supervisor, which then stops them in order: a warm stop (a worker finishes the job in hand),
then a cold one, then SIGKILL, each after a timeout; finally the Redis it started. A worker that
dies on its own is restarted; so is the Redis it started (its append-only file keeps the queue),
and the workers and the chat carry on where they were; the web chat or the API failing does not
take the workers down.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field

from adgen.api.server import DEFAULT_PORT as DEFAULT_API_PORT
from adgen.api.server import api_command
from adgen.jobs.local_redis import (
    LocalRedis,
    LocalRedisError,
    redis_reachable,
    start_local_redis,
    stop_local_redis,
)
from adgen.jobs.worker import die_with_parent
from adgen.settings import Settings

log = logging.getLogger(__name__)

WARM_STOP_SEC = 10.0
COLD_STOP_SEC = 5.0
SERVER_START_SEC = 60.0
RESTART_WINDOW_SEC = 60.0
MAX_RESTARTS_PER_WINDOW = 5
REDIS_CHECK_SEC = 1.0


def _adgen_command(*args: str) -> list[str]:
    """The `adgen` command of this interpreter (works without the console script on PATH)."""
    return [sys.executable, "-c", "import sys; from adgen.cli import main; sys.exit(main())", *args]


def _worker_command(name: str) -> list[str]:
    return [sys.executable, "-m", "adgen.jobs.worker", "--name", name]


def _die_with_us() -> None:
    die_with_parent(signal.SIGTERM)


@dataclass
class Child:
    """One supervised process."""

    label: str
    cmd: list[str]
    env: dict[str, str]
    proc: subprocess.Popen | None = None
    restarts: list[float] = field(default_factory=list)

    def start(self) -> None:
        self.proc = subprocess.Popen(self.cmd, env=self.env, start_new_session=True, preexec_fn=_die_with_us)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def signal(self, sig: signal.Signals) -> None:
        if self.running:
            try:
                self.proc.send_signal(sig)  # type: ignore[union-attr]
            except ProcessLookupError:
                pass


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.3):
            return True
    except OSError:
        return False


def _wait_all(children: list[Child], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(c.running for c in children):
            return True
        time.sleep(0.1)
    return not any(c.running for c in children)


def stop_children(children: list[Child], *, warm: float = WARM_STOP_SEC, cold: float = COLD_STOP_SEC) -> None:
    """SIGTERM (warm), again SIGTERM (cold: a worker kills its job), then SIGKILL; reaps all."""
    for child in children:
        child.signal(signal.SIGTERM)
    if not _wait_all(children, warm):
        time.sleep(1.0)  # RQ ignores a second signal within a second of the first
        for child in children:
            child.signal(signal.SIGTERM)
        if not _wait_all(children, cold):
            for child in children:
                child.signal(signal.SIGKILL)
            _wait_all(children, 5.0)
    for child in children:
        if child.proc is not None:
            try:
                child.proc.wait(timeout=1)
            except subprocess.TimeoutExpired:
                pass


def run_up(
    settings: Settings,
    *,
    port: int = 8000,
    workers: int = 2,
    host: str = "127.0.0.1",
    api_port: int = DEFAULT_API_PORT,
) -> int:
    """Run Redis (if none answers), ``workers`` workers, the web chat and the HTTP API until
    Ctrl-C or SIGTERM."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if workers < 0:
        raise ValueError("--workers must be 0 or more")
    local: LocalRedis = start_local_redis(settings)
    os.environ["REDIS_URL"] = local.url
    env = _children_env(settings, local.url, workers)

    stop_requested: list[int] = []

    def on_signal(signum, frame):  # noqa: ANN001
        stop_requested.append(signum)

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    tag = f"{socket.gethostname()}-{os.getpid()}"
    worker_children = [
        Child(f"worker {i + 1}", _worker_command(f"{tag}-w{i + 1}"), env) for i in range(workers)
    ]
    web = Child("web chat", _adgen_command("web", "--port", str(port), "--host", host), env)
    api = Child("api", api_command(port=api_port, host=host), env)  # after Redis: it queues renders
    children = [*worker_children, web, api]
    try:
        for child in worker_children:
            child.start()
        watches = [
            _ServerWatch(web, "web chat", "web", "--port", host, port, workers, "open {url}"),
            _ServerWatch(
                api, "API", "api", "--api-port", host, api_port, workers, "API on {url} (docs at /docs)"
            ),
        ]
        for watch in watches:
            watch.start()
        starting = [f", {w.label} starting on http://{host}:{w.port} ..." for w in watches if not w.reported]
        print(
            f"adgen up: Redis {local.url}{' (started)' if local.started else ''}, {workers} worker(s)"
            + "".join(starting),
            flush=True,
        )
        redis_watch = _RedisWatch(settings, local)
        while not stop_requested:
            for watch in watches:
                watch.check()
            for child in worker_children:
                if not child.running:
                    _restart(child)
            local = redis_watch.check()
            time.sleep(0.2)
        print("adgen up: stopping ...", flush=True)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        try:
            stop_children([c for c in children if c.proc is not None])
            stop_local_redis(local)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    print("adgen up: stopped", flush=True)
    return 0


def _children_env(settings: Settings, redis_url: str, workers: int) -> dict[str, str]:
    """The environment of the workers and the web chat: this Redis and data folder, and for each
    worker its share of the cores."""
    env = {**os.environ, "REDIS_URL": redis_url, "ADGEN_DATA_DIR": str(settings.root)}
    share = str(max(1, (os.cpu_count() or 1) // max(1, workers)))
    if workers and not settings.render_workers:
        # The workers share the machine: each job renders with its share of the cores...
        env["ADGEN_RENDER_PROCESSES"] = share
    if workers and not settings.encoder_threads:
        env["ADGEN_ENCODER_THREADS"] = share  # ...and its encodes thread over that share only
    return env


@dataclass
class _ServerWatch:
    """Says once whether a server child (the web chat, the API) came up, or why not, and later
    if it exits; the workers keep running either way."""

    child: Child
    label: str
    command: str  # the `adgen` sub-command that runs it alone
    port_flag: str  # the `adgen up` flag that moves it
    host: str
    port: int
    workers: int
    ready: str  # what to say once it listens; {url} is its address
    reported: bool = False
    up: bool = False
    deadline: float = 0.0

    def start(self) -> None:
        if _port_open(self.host, self.port):
            self._complain(
                f"something already listens on {self.host}:{self.port}, so the {self.label} is not started"
                f" (use {self.port_flag})"
            )
            self.reported = True
            return
        self.child.start()
        self.deadline = time.monotonic() + SERVER_START_SEC

    def check(self) -> None:
        if not self.reported:
            if self.child.running and _port_open(self.host, self.port):
                ready = self.ready.format(url=f"http://{self.host}:{self.port}")
                print(f"adgen up: {ready}  (Ctrl-C stops everything)", flush=True)
                self.reported = self.up = True
            elif not self.child.running or time.monotonic() > self.deadline:
                code = self.child.proc.poll() if self.child.proc else None
                why = f"exited with code {code}" if code is not None else "is not listening"
                self._complain(
                    f"the {self.label} did not start (`adgen {self.command} --port {self.port}` {why})"
                )
                self.reported = True
        elif self.up and not self.child.running:
            code = self.child.proc.poll() if self.child.proc else None
            print(
                f"adgen up: the {self.label} exited (code {code}); the workers keep running.",
                file=sys.stderr,
                flush=True,
            )
            self.up = False

    def _complain(self, what: str) -> None:
        print(
            f"adgen up: {what}. The {self.workers} worker(s) keep running; Ctrl-C stops them.",
            file=sys.stderr,
            flush=True,
        )


@dataclass
class _RedisWatch:
    """Starts the embedded Redis again when it stops answering (killed, crashed): its append-only
    file brings the queue back, and the workers reconnect by themselves."""

    settings: Settings
    local: LocalRedis
    next_check: float = 0.0

    def check(self) -> LocalRedis:
        now = time.monotonic()
        if not self.local.started or now < self.next_check:
            return self.local
        self.next_check = now + REDIS_CHECK_SEC
        if redis_reachable(self.local.url, timeout=0.5):
            return self.local
        print("adgen up: Redis stopped answering; starting it again", file=sys.stderr, flush=True)
        try:
            self.local = start_local_redis(self.settings)
        except LocalRedisError as exc:
            print(
                f"adgen up: Redis could not be started again ({exc}); retrying", file=sys.stderr, flush=True
            )
            self.next_check = now + 5 * REDIS_CHECK_SEC
        return self.local


def _restart(child: Child) -> None:
    now = time.monotonic()
    child.restarts = [t for t in child.restarts if now - t < RESTART_WINDOW_SEC]
    if len(child.restarts) >= MAX_RESTARTS_PER_WINDOW:
        return
    code = child.proc.poll() if child.proc else None
    log.warning("%s exited (code %s); restarting it", child.label, code)
    child.restarts.append(now)
    child.start()
