"""Helper processes that end with the process they work for.

Why: a render runs in helper processes (the pool's workers, ffmpeg, a worker's work horse). When
their owner is killed outright (``kill -9``, the OOM killer), no code of the owner runs to stop
them: a pool worker then waits forever on a pipe (70-105 MB each), an ffmpeg encodes into a folder
no one will read. Linux sends a chosen signal to a process whose parent dies
(``prctl(PR_SET_PDEATHSIG)``); a pool worker started by a fork server has the server, not its
owner, as parent, so it also watches the owner itself (:func:`end_with`). Elsewhere than Linux
these are no-ops: the helpers then only end when their work does.
"""

from __future__ import annotations

import ctypes
import logging
import os
import select
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
WATCH_INTERVAL_SEC = 0.5

try:  # loaded up front: die_with_parent may run between fork and exec, where loading is unsafe
    _LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
except OSError:
    _LIBC = None


def die_with_parent(sig: signal.Signals = signal.SIGKILL) -> None:
    """Ask Linux to send ``sig`` to this process when its parent dies (no-op elsewhere).

    "Parent" is the thread that started this process, so a child must be started from a thread
    that outlives it (every caller here waits for its child in the thread that started it).
    """
    if _LIBC is None:
        return
    parent = os.getppid()
    _LIBC.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os.kill(os.getpid(), sig)


@lru_cache(maxsize=1)
def _setpriv() -> str | None:
    """util-linux's ``setpriv`` when it can set a parent-death signal (Linux only)."""
    path = shutil.which("setpriv") if _LIBC is not None else None
    if path is None:
        return None
    try:
        ok = subprocess.run([path, "--pdeathsig", "KILL", "--", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return path if ok.returncode == 0 else None


def killed_with_parent(args: Sequence[str]) -> list[str]:
    """The command line of a helper program (ffmpeg) that is killed when the process that ran it
    dies: ``setpriv --pdeathsig KILL`` sets the signal and executes the program (the signal
    survives exec).

    Why not ``preexec_fn``: Python code between fork and exec deadlocks when another thread holds
    a lock at the moment of the fork, and renders start their ffmpegs from several threads at once
    (a scene pass hung forever in ``_execute_child`` while a background writer waited on its pipe).
    Without setpriv the program simply runs as it is."""
    setpriv = _setpriv()
    return [setpriv, "--pdeathsig", "KILL", "--", *args] if setpriv else list(args)


def end_with(owner_pid: int) -> None:
    """End this process (SIGKILL, so its own helpers follow through their parent-death signal)
    as soon as ``owner_pid`` ends. Watches a pidfd where the kernel has them (no polling), else
    polls whether the owner still exists. (The parent-death signal alone is not enough: a pool
    worker may be the child of a fork server, or of a thread of its owner that has ended.)"""
    try:
        handle = os.pidfd_open(owner_pid) if hasattr(os, "pidfd_open") else None
    except ProcessLookupError:
        os.kill(os.getpid(), signal.SIGKILL)
        return
    except OSError:  # an old kernel: poll instead
        handle = None
    threading.Thread(target=_watch, args=(owner_pid, handle), name="end-with-owner", daemon=True).start()


def _watch(owner_pid: int, handle: int | None) -> None:
    if handle is not None:
        select.select([handle], [], [])  # readable once the owner has ended
    else:
        while process_exists(owner_pid):
            threading.Event().wait(WATCH_INTERVAL_SEC)
    os.kill(os.getpid(), signal.SIGKILL)


def process_started(pid: int) -> str | None:
    """A process's start time (clock ticks after boot) where /proc has it: with the pid, it names
    one process for good (pids are reused)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2 :].split()[19]


def process_alive(pid: int, started: str | None) -> bool:
    """Whether the process ``pid`` that started at ``started`` (from :func:`process_started`)
    still runs."""
    if not process_exists(pid):
        return False
    return started is None or process_started(pid) in (started, None)


def process_exists(pid: int) -> bool:
    """Whether a process ``pid`` exists (one of another user counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


__all__ = [
    "die_with_parent",
    "end_with",
    "killed_with_parent",
    "process_alive",
    "process_exists",
    "process_started",
]
