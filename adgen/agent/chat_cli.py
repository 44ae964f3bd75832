"""`adgen chat`: the conversation in a terminal, one line a message.

``/attach PATH`` attaches a file to the next message (or sends it at once with words after the
path: ``/attach bottle.png use this photo instead``); ``/yes`` and ``/no`` answer a cost
question; ``/quit`` (or end of input) leaves, after waiting for renders still running.
Progress of renders is printed as it comes, between messages.
"""

from __future__ import annotations

import asyncio
import shlex
import sys
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from adgen.agent.delivery import subtitle_downloads
from adgen.agent.reply import ExportsPart
from adgen.agent.session import ChatReply, ChatSession
from adgen.preflight.report import summary_lines
from adgen.settings import Settings

QUEUE_RETRY_SEC = 3.0  # how often a progress view paused by a Redis outage tries again
HELP = (
    "Describe an ad to start, then ask for changes. Commands: /attach PATH [message], /yes, /no, "
    "/status, /quit."
)


def run_chat(
    settings: Settings,
    *,
    owner: str = "local",
    conversation_id: str | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Chat on stdin/stdout (channel "cli"); returns the exit code."""
    conversation_id = conversation_id or (
        datetime.now(UTC).strftime("%Y%m%d-%H%M%S") + "-" + uuid.uuid4().hex[:6]
    )
    return asyncio.run(_chat(settings, owner, conversation_id, stdin or sys.stdin, stdout or sys.stdout))


def _render_service(settings: Settings) -> Any:
    """The queue of REDIS_URL or of the `adgen up` running on this data folder, else renders in
    this process (then the pool's fork server starts now, while the marketer types)."""
    from adgen.jobs.service import InProcessRenderService, get_render_service
    from adgen.pipeline.scheduler import warm_up_pool

    service = get_render_service(settings, discover=True)
    if isinstance(service, InProcessRenderService):
        threading.Thread(target=warm_up_pool, name="warm-up-pool", daemon=True).start()
    return service


async def _chat(settings: Settings, owner: str, conversation_id: str, stdin: TextIO, out: TextIO) -> int:
    session = ChatSession.open(
        settings=settings,
        owner=owner,
        conversation_id=conversation_id,
        channel="cli",
        render_service=_render_service(settings),
    )
    followers: dict[str, asyncio.Task[None]] = {}

    def say(text: str) -> None:
        print(text, file=out, flush=True)

    say(f"adgen chat ({'LLM' if settings.llm_enabled else 'offline parser'}); log: {session.log.path}")
    say(HELP)
    attachments: list[Path] = []
    try:
        while True:
            line = await asyncio.to_thread(stdin.readline)
            text = line.strip()
            if not line or text in ("/quit", "/exit"):
                break
            if text == "/help":
                say(HELP)
                continue
            if text.startswith("/attach"):
                text = _attach(text, attachments, say)
            if not text:
                continue
            if text in ("/yes", "/no"):
                reply = await session.confirm(text == "/yes")
            else:
                reply = await session.send("status" if text == "/status" else text, attachments)
                attachments = []
            _show(reply, say)
            _follow_renders(session, reply, followers, say)
        if followers:
            say("(waiting for renders to finish; Ctrl-C to stop)")
            await asyncio.gather(*followers.values(), return_exceptions=True)
    finally:
        for task in followers.values():
            task.cancel()
        await session.close()
    return 0


def _attach(command: str, attachments: list[Path], say: Any) -> str:
    """``/attach PATH [message]``: the file goes with the next message; returns the message, if any."""
    try:
        words = shlex.split(command[len("/attach") :])
    except ValueError as exc:
        say(f"! {exc}")
        return ""
    if not words:
        say("! /attach needs a file path")
        return ""
    path = Path(words[0]).expanduser()
    if not path.is_file():
        say(f"! no file {path}")
        return ""
    attachments.append(path)
    if len(words) == 1:
        say(f"(attached {path.name}; it goes with your next message)")
    return " ".join(words[1:])


def _follow_renders(
    session: ChatSession, reply: ChatReply, followers: dict[str, asyncio.Task[None]], say: Any
) -> None:
    """Print the progress of the renders the reply started (a newer one replaces the one followed)."""
    if not reply.render_ids:
        return
    projects = reply.touched or ([reply.project_id] if reply.project_id else [])
    for pid in projects:
        if pid in followers:
            followers.pop(pid).cancel()
        render_id = reply.render_ids[-1] if len(projects) == 1 else None
        followers[pid] = asyncio.create_task(_follow(session, pid, render_id, say))


def _show(reply: ChatReply, say: Any) -> None:
    """The reply's parts as lines: their words, videos one per line."""
    if reply.error:
        say("! " + reply.text)
    for part in [] if reply.error else reply.parts:
        if isinstance(part, ExportsPart):
            say("Videos:")
            for aspect, url in part.exports.items():
                say(f"  {aspect}: {url}")
        elif part.text:
            say(part.text)
    if reply.project is not None:
        say(f"  [{reply.project.project_id} v{reply.version}]")


async def _follow(session: ChatSession, project_id: str, render_id: str | None, say: Any) -> None:
    """Print a render's progress at each quarter and its end (through a Redis outage too: said
    once, and followed again when Redis is back)."""
    from adgen.jobs.outage import FOLLOW_PAUSED, FOLLOW_RESUMED
    from adgen.jobs.queue import RenderQueueUnavailable

    paused: list[bool] = []

    def back() -> None:
        if paused:
            paused.clear()
            say(f"[render {project_id}] {FOLLOW_RESUMED}")

    while True:
        try:
            await _print_progress(session, project_id, render_id, say, back)
            return
        except RenderQueueUnavailable:
            if not paused:
                paused.append(True)
                say(f"[render {project_id}] {FOLLOW_PAUSED}")
            await asyncio.sleep(QUEUE_RETRY_SEC)
        except Exception as exc:  # the render goes on; only the terminal lost track of it
            say(f"[render {project_id}] lost track of the progress ({exc}); type /status to check")
            return


async def _print_progress(
    session: ChatSession, project_id: str, render_id: str | None, say: Any, heard: Any
) -> None:
    shown = -1
    async for event in session.events(project_id, render_id=render_id):
        heard()
        quarter = int(event.fraction * 4)
        if event.terminal:
            project = session.actions.load(project_id)
            say(f"[render {project_id}] {event.state}: {event.message}")
            for aspect, url in project.aspect_exports.items():
                say(f"  {aspect}: {url}")
                for name, subtitle_url in subtitle_downloads(project, aspect):
                    say(f"    {name.rsplit('.', 1)[-1]}: {subtitle_url}")
            for fix in event.fixes:
                say(f"  fixed: {fix.sentence()}")
            if event.preflight:
                for line in summary_lines(event.preflight):
                    say(f"  {line}")
            return
        if quarter > shown:
            shown = quarter
            say(f"[render {project_id}] {event.fraction:.0%} {event.message}")
