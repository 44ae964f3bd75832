"""Real `adgen worker` processes for tests, in their own session, sharing the test's
ADGEN_DATA_DIR and Redis through the environment; every one is stopped (its whole process group,
work horse and scheduler included) when the test ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from proc_tree import session

ROOT = Path(__file__).resolve().parents[1]


class WorkerProcs:
    """Starts and stops real worker processes."""

    def __init__(self, redis_url: str, data_dir: Path, log_dir: Path):
        self.redis_url, self.data_dir, self.log_dir = redis_url, data_dir, log_dir
        self.procs: list[subprocess.Popen] = []

    def start(
        self, name: str, *, burst: bool = False, extra_env: dict[str, str] | None = None
    ) -> subprocess.Popen:
        # One render process per job, as `adgen up` gives each of its workers its share of the cores.
        env = {
            **os.environ,
            "ADGEN_DATA_DIR": str(self.data_dir),
            "REDIS_URL": self.redis_url,
            "PYTHONUNBUFFERED": "1",
            "ADGEN_RENDER_PROCESSES": "1",
            **(extra_env or {}),
        }
        cmd = [sys.executable, "-m", "adgen.jobs.worker", "--name", name, "--url", self.redis_url]
        if burst:
            cmd.append("--burst")
        log = open(self.log_dir / f"{name}.log", "ab")
        proc = subprocess.Popen(
            cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        self.procs.append(proc)
        return proc

    def log(self, name: str) -> str:
        path = self.log_dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop_all(self) -> None:
        for proc in self.procs:
            _signal_group(proc, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for proc in self.procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
        for proc in self.procs:
            _signal_group(proc, signal.SIGKILL)  # the horse and scheduler too, whatever is left
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            for left in session(proc.pid):  # whatever left the group (a work horse has its own)
                try:
                    os.kill(left.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def _signal_group(proc: subprocess.Popen, sig: signal.Signals) -> None:
    try:
        os.killpg(proc.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass
