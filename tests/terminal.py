"""A command driven through a pseudo-terminal, as a person at a keyboard drives it: type a line,
wait until the screen shows something, see whether the program has ended."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path


class Terminal:
    """One program on its own pseudo-terminal (stdin, stdout and stderr all on it)."""

    def __init__(self, cmd: Sequence[str], *, env: dict[str, str], cwd: Path):
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(
            list(cmd), stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd, start_new_session=True
        )
        os.close(slave)
        self.screen = ""

    def _read(self, timeout: float) -> None:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # the program closed the terminal (it ended)
            time.sleep(timeout)
            return
        self.screen += chunk.decode("utf-8", "replace")

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")

    def expect(self, pattern: str, timeout: float) -> re.Match[str]:
        """Wait until the screen (since the start) matches ``pattern``; fail with what it shows."""
        deadline = time.monotonic() + timeout
        while True:
            found = re.search(pattern, self.screen)
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out after {timeout:g}s waiting for {pattern!r}; screen:\n{self.screen}"
                )
            self._read(0.2)

    def wait_exit(self, timeout: float) -> int | None:
        """The exit code once the program ends within ``timeout`` s (reading what it prints), else None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self._read(0.1)
                return self.proc.returncode
            self._read(0.2)
        return None

    def close(self) -> None:
        """Stop the program and everything it started (its whole session)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        os.close(self.master)
