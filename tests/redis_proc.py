"""A redis-server the test may kill and start again on the same port and data folder, keeping
its data as the embedded Redis of `adgen up` does (append-only file; here fsynced on every write,
so a SIGKILL loses nothing that was acknowledged)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

from loopback import free_port, wait_for_port


class RedisProcess:
    def __init__(self, folder: Path, port: int | None = None):
        exe = shutil.which("redis-server")
        if exe is None:
            raise RuntimeError(
                "redis-server is not installed; run `make test` (scripts/setup.sh installs it)"
            )
        self.exe, self.folder, self.port = exe, folder, port or free_port()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisProcess:
        cmd = [
            self.exe,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(self.folder),
            "--save",
            "",
            "--appendonly",
            "yes",
            "--appendfsync",
            "always",
        ]
        log = open(self.folder / "redis.log", "ab")
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        wait_for_port(self.port, proc=self.proc)
        return self

    def kill(self) -> None:
        """SIGKILL, as the OOM killer or a crash stops it."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
