"""Renders that ran inside a process which then died, told to the marketer at the next start.

Why: without Redis a render runs in a thread of the web chat (or `adgen chat`). When that process
is killed (SIGKILL, the OOM killer, a power cut) nothing of it runs to record the end, and the ad
stayed "queued" forever. So each in-process render is written down (one small file under
``<data>/renders/running``, naming the process by pid and start time) while it runs; a process
starting on the same data folder marks the renders of dead processes failed, with a sentence
saying what happened and what to do, and the chat offers its Render button. The renders of live
processes (a second web chat on the same folder) are left alone.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from pathlib import Path
from typing import Any

from adgen.pipeline.lifetime import process_alive, process_started
from adgen.settings import Settings

log = logging.getLogger(__name__)

INTERRUPTED = (
    "This render stopped because the program running it was stopped or killed before it finished; "
    "press Render (or say “render”) to start it again."
)


def _folder(settings: Settings) -> Path:
    return settings.root / "renders" / "running"


class RunningRenders:
    """The in-process renders of this process, one file each while they run."""

    def __init__(self, settings: Settings):
        self.folder = _folder(settings)
        self.pid = os.getpid()
        self.started = process_started(self.pid)

    def add(self, render_id: str, project_id: str, version: int, owner: str, quality: str) -> None:
        record = {
            "renderId": render_id,
            "projectId": project_id,
            "version": version,
            "owner": owner,
            "quality": quality,
            "pid": self.pid,
            "pidStarted": self.started,
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{render_id}.{uuid.uuid4().hex}.tmp"
        try:
            tmp.write_text(json.dumps(record))
            os.replace(tmp, self.folder / f"{render_id}.json")
        finally:
            tmp.unlink(missing_ok=True)

    def remove(self, render_id: str) -> None:
        try:
            (self.folder / f"{render_id}.json").unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the record of render %s", render_id, exc_info=True)


def _records(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for path in sorted(folder.glob("r_*.json")) if folder.is_dir() else []:
        try:
            found.append((path, json.loads(path.read_text())))
        except (OSError, ValueError):
            log.warning("unreadable render record %s", path)
    return found


def recover_interrupted_renders(settings: Settings) -> list[tuple[str, int]]:
    """Mark failed (with :data:`INTERRUPTED`) every render whose process is gone and whose
    version still says queued or rendering; returns those (project id, version)."""
    from adgen.store.projects import StoreError, open_project_store

    records = [
        (p, r)
        for p, r in _records(_folder(settings))
        if not process_alive(int(r["pid"]), r.get("pidStarted"))
    ]
    if not records:
        return []
    store = open_project_store(settings)
    failed = []
    for path, record in records:
        pid, version = record["projectId"], int(record["version"])
        try:
            project = store.get(pid, owner=record["owner"], version=version)
            if project.render_status.state in ("queued", "rendering"):
                status = {"state": "failed", "progress": 1.0, "error": INTERRUPTED}
                store.update_render(pid, version, render_status=status)
                failed.append((pid, version))
                log.warning(
                    "render %s of %s v%d died with its process; marked failed",
                    record["renderId"],
                    pid,
                    version,
                )
        except StoreError:
            pass  # the project is gone: nothing to tell
        except Exception:  # noqa: BLE001 - e.g. a full disk: the record stays for the next start
            log.warning("could not mark render %s failed", record["renderId"], exc_info=True)
            continue
        path.unlink(missing_ok=True)
    return failed


__all__ = ["INTERRUPTED", "RunningRenders", "recover_interrupted_renders"]
