"""Which processes exist, read from /proc: a process's descendants, the members of a session, and
whether a process seen earlier is still the same live process (pids are reused)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    pgid: int
    sid: int
    started: int  # clock ticks after boot: with the pid, names one process for good
    state: str
    name: str
    cmdline: str

    def __str__(self) -> str:
        return f"{self.pid} ({self.state}) {self.cmdline or self.name}"[:200]


def read(pid: int) -> Proc | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except (FileNotFoundError, ProcessLookupError):
        return None
    name = stat[stat.index("(") + 1 : stat.rindex(")")]
    fields = stat[stat.rindex(")") + 2 :].split()
    return Proc(
        pid=pid,
        ppid=int(fields[1]),
        pgid=int(fields[2]),
        sid=int(fields[3]),
        started=int(fields[19]),
        state=fields[0],
        name=name,
        cmdline=cmdline.strip(),
    )


def all_procs() -> list[Proc]:
    found = (read(int(entry)) for entry in os.listdir("/proc") if entry.isdigit())
    return [p for p in found if p is not None]


def descendants(pid: int) -> list[Proc]:
    """Every live process below ``pid`` (children, their children...)."""
    procs = all_procs()
    below, frontier = [], {pid}
    while frontier:
        children = [p for p in procs if p.ppid in frontier]
        below += children
        frontier = {p.pid for p in children}
    return below


def session(sid: int) -> list[Proc]:
    """The live (not zombie) processes of session ``sid``: a process started with
    ``start_new_session`` and everything it started, even after its parent died."""
    return [p for p in all_procs() if p.sid == sid and p.state != "Z"]


def still_alive(procs: list[Proc]) -> list[Proc]:
    """The processes of ``procs`` that still exist (the same process: same pid and start time)."""
    alive = []
    for seen in procs:
        now = read(seen.pid)
        if now is not None and now.started == seen.started and now.state != "Z":
            alive.append(now)
    return alive
