"""`adgen replay LOG --out DIR [--render] [--check]` (CONTRACTS §3).

Runs the user lines of a conversation log through a fresh :class:`ChatSession` (channel
"replay", its own data folder, so the user's projects are never touched; a product page is
rebuilt from the data the log kept, never fetched again), writes the new log
to ``DIR/transcript.jsonl`` and the final document of every project it touched to
``DIR/projects/<projectId>.json``. ``--render`` renders those at final quality (in this process,
or through the job queue when REDIS_URL answers). ``--check`` compares the operations with the
input's assistant lines, ids and times aside, and prints a unified diff when they differ.
"""

from __future__ import annotations

import asyncio
import difflib
import json
import shutil
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any, TextIO

from adgen.agent.conversation_log import LogError, read_log, resolve_attachment, safe_name
from adgen.agent.page_ad import visit_from_log
from adgen.agent.session import ChatReply, ChatSession
from adgen.brand.portable import export_kit_files
from adgen.settings import Settings

REPLAY_OWNER = "replay"
RENDER_TIMEOUT_SEC = 3600.0
# Keys whose values differ between runs by design: ids and times.
_ID_KEYS = {"projectId", "parentProjectId", "kitId"}
# A brand kit's document inside apply_brand_kit also carries its owner, times and stored files.
_DROP_KEYS = {"at", "sourceUrl", "maskedUrl", "owner", "createdAt", "updatedAt", "url", "logoUrl"}


def run_replay(
    log: Path, out: Path, *, render: bool, check: bool, settings: Settings, stdout: TextIO | None = None
) -> int:
    """Replay ``log`` into ``out``; returns the exit code (1 when --check finds a difference)."""
    stdout = stdout or sys.stdout
    log = Path(log)
    out = Path(out)
    lines = list(read_log(log))
    user_lines = [line for line in lines if line.get("role") == "user"]
    for line in user_lines:  # refuse a bad attachment (or page picture) before doing anything
        _attachments(log, line)
        visit_from_log(log, line)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="adgen-replay-") as scratch:
        replay_settings = _replay_settings(settings, out, Path(scratch), render)
        replies = asyncio.run(_converse(log, out, lines, replay_settings))
        touched = _touched(replies)
        if render:
            _render(touched, replay_settings, stdout)
        # Without --render the replay's media lives in the scratch folder and goes with it.
        _write_projects(touched, out, replay_settings, copy_product=not render)
    print(f"replayed {len(user_lines)} user lines from {log} -> {out / 'transcript.jsonl'}", file=stdout)
    for pid in touched:
        print(f"  project {pid}: {out / 'projects' / (pid + '.json')}", file=stdout)
    if not check:
        return 0
    expected = _comparable([line for line in lines if line.get("role") == "assistant"], user_lines)
    produced = _comparable(
        [line for line in read_log(out / "transcript.jsonl") if line.get("role") == "assistant"], user_lines
    )
    if expected == produced:
        print(f"check: the operations match ({len(user_lines)} turns)", file=stdout)
        return 0
    diff = difflib.unified_diff(
        expected,
        produced,
        fromfile=f"{log} (recorded)",
        tofile=f"{out / 'transcript.jsonl'} (replayed)",
        lineterm="",
    )
    print("check: the operations differ", file=stdout)
    for row in diff:
        print(row, file=stdout)
    return 1


def _replay_settings(settings: Settings, out: Path, scratch: Path, render: bool) -> Settings:
    """Settings with a data folder of the replay's own.

    Rendering through the queue is the exception: the workers read the projects from the
    configured data folder, so the replay's projects go there (under their own owner).
    """
    from adgen.jobs.local_redis import redis_reachable

    if render and redis_reachable(settings.redis_url):
        return settings
    data_dir = (out / "data") if render else (scratch / "data")
    values = settings.model_dump()
    values["data_dir"] = data_dir
    return Settings(**values)


def _attachments(log: Path, line: dict[str, Any]) -> list[Path]:
    refs = line.get("attachments") or []
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        raise LogError(f"{log}: attachments must be a list of paths, got {refs!r}")
    return [resolve_attachment(log, ref) for ref in refs]


async def _converse(log: Path, out: Path, lines: list[dict[str, Any]], settings: Settings) -> list[ChatReply]:
    """Every user line through a new session; a logged "/open" switches to the replay's copy of
    that project (recorded ids are matched to the replay's by the assistant lines' order)."""
    transcript = out / "transcript.jsonl"
    transcript.unlink(missing_ok=True)
    shutil.rmtree(out / "transcript.files", ignore_errors=True)
    session = ChatSession.open(
        settings=settings,
        owner=REPLAY_OWNER,
        conversation_id=f"replay-{safe_name(log.stem)}-{uuid.uuid4().hex[:8]}",
        channel="replay",
        log_path=transcript,
        auto_render=False,
        rendering=False,
        reads_pages=False,
    )
    replies: list[ChatReply] = []
    recorded = [line for line in lines if line.get("role") == "assistant"]
    ids: dict[str, str] = {}
    try:
        for line in (line for line in lines if line.get("role") == "user"):
            if isinstance(line.get("open"), str):
                reply = await session.open_project(ids.get(line["open"], line["open"]))
            elif isinstance(line.get("confirm"), bool):
                reply = await session.confirm(line["confirm"])
            else:
                reply = await session.send(
                    str(line.get("text") or ""), _attachments(log, line), page=visit_from_log(log, line)
                )
            if len(replies) < len(recorded):
                _match_ids(recorded[len(replies)], reply, ids)
            replies.append(reply)
    finally:
        await session.close()
    return replies


def _match_ids(recorded: dict[str, Any], reply: ChatReply, ids: dict[str, str]) -> None:
    """Remember which replayed project stands for each recorded one."""
    pairs = list(zip(recorded.get("touched") or [], reply.touched, strict=False))
    if isinstance(recorded.get("projectId"), str) and reply.project_id:
        pairs.append((recorded["projectId"], reply.project_id))
    for old, new in pairs:
        ids.setdefault(old, new)


def _touched(replies: list[ChatReply]) -> list[str]:
    seen: list[str] = []
    for reply in replies:
        for pid in [*reply.touched, *([reply.project_id] if reply.project_id else [])]:
            if pid not in seen:
                seen.append(pid)
    return seen


def _render(project_ids: list[str], settings: Settings, stdout: TextIO) -> None:
    from adgen.jobs.service import get_render_service
    from adgen.store.projects import open_project_store

    store = open_project_store(settings)
    # By contract replay needs no server: a REDIS_URL that does not answer renders here instead.
    service = get_render_service(settings, in_process_when_unreachable=True)
    for pid in project_ids:
        project = store.get(pid, owner=REPLAY_OWNER)
        render_id = service.start_render(pid, project.version, owner=REPLAY_OWNER, quality="final")
        print(f"rendering {pid} v{project.version} at final quality ({render_id})", file=stdout)
        final = service.wait(
            pid,
            render_id,
            timeout=RENDER_TIMEOUT_SEC,
            on_outage=lambda note: print(f"  {note}", file=stdout, flush=True),
        )
        print(f"  {final.state}: {final.message}", file=stdout)


def _write_projects(project_ids: list[str], out: Path, settings: Settings, *, copy_product: bool) -> None:
    """Each project's final document. With ``copy_product`` the product photo is copied beside
    the documents (``projects/media/<checksum>.<ext>``) and named by that relative path, so
    ``adgen render DIR/projects/<id>.json`` works after the replay's own media is gone."""
    from adgen.store.media import open_media_store
    from adgen.store.projects import open_project_store

    store = open_project_store(settings)
    media = open_media_store(settings) if copy_product else None
    folder = out / "projects"
    folder.mkdir(parents=True, exist_ok=True)
    for pid in project_ids:
        project = store.get(pid, owner=REPLAY_OWNER)
        if media is not None and project.product_asset is not None:
            project = _with_portable_product(project, media, folder)
        if media is not None and project.brand_kit is not None:
            project = export_kit_files(project, media, folder)  # the kit's logo and fonts beside it
        target = folder / f"{pid}.json"
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(project.to_json() + "\n", encoding="utf-8")
        tmp.replace(target)


def _with_portable_product(project: Any, media: Any, folder: Path) -> Any:
    from adgen.project import AdProject

    asset = project.product_asset
    source = media.local_path(asset.source_url)
    name = f"{asset.checksum}{source.suffix.lower() or '.png'}"
    (folder / "media").mkdir(exist_ok=True)
    tmp = folder / "media" / f".{name}.tmp"
    shutil.copyfile(source, tmp)
    tmp.replace(folder / "media" / name)
    wire = project.to_wire()
    wire["productAsset"].update(sourceUrl=f"media/{name}", maskedUrl=None)
    return AdProject.from_wire(wire)


# --- --check ------------------------------------------------------------------------------------


def _normalise(value: Any, aliases: dict[str, str]) -> Any:
    """Ids become P1, P2… in order of appearance; times and storage URLs are dropped."""
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if key in _DROP_KEYS:
                continue
            if key in _ID_KEYS and isinstance(item, str):
                item = aliases.setdefault(item, f"P{len(aliases) + 1}")
            result[key] = _normalise(item, aliases)
        return result
    if isinstance(value, list):
        return [_normalise(item, aliases) for item in value]
    return value


def _comparable(assistant_lines: list[dict[str, Any]], user_lines: list[dict[str, Any]]) -> list[str]:
    """One block of text lines per turn: the user's words, then each operation, then where it went."""
    aliases: dict[str, str] = {}
    rows: list[str] = []
    for number, line in enumerate(assistant_lines, start=1):
        said = str(user_lines[number - 1].get("text", "")) if number <= len(user_lines) else "?"
        rows.append(f"turn {number}: {json.dumps(said[:70], ensure_ascii=False)}")
        for op in line.get("operations") or []:
            rows.append("  " + json.dumps(_normalise(op, aliases), ensure_ascii=False, sort_keys=True))
        pid, version = line.get("projectId"), line.get("version")
        if isinstance(pid, str):
            rows.append(f"  -> {aliases.setdefault(pid, f'P{len(aliases) + 1}')} v{version}")
    return rows


__all__ = ["run_replay"]
