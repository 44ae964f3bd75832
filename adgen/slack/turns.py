"""The work behind a Slack message: one ChatSession per thread, one status message per turn.

A turn posts its status message, fetches any attached image with the bot token, hands the
words and the image to the conversation's :class:`ChatSession`, shows the reply, then follows
the render it started (editing the same message with progress) and finally uploads the 9:16
video to the thread with the other sizes linked. Turns of one thread run one at a time, in the
order Slack delivered them; different threads run side by side. Whatever fails, the marketer
gets a sentence in the thread and the details go to the server log.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import tempfile
from collections import OrderedDict
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from adgen.agent.delivery import export_filename, render_quality, subtitle_downloads
from adgen.project import MASTER_ASPECT
from adgen.settings import Settings
from adgen.slack.background import BackgroundLoop
from adgen.slack.files import SlackDownloadError, download_file
from adgen.slack.messages import IncomingMessage
from adgen.slack.status import StatusMessage, escape
from adgen.slack.texts import (
    FAILED_TURN,
    WORKING,
    failed_text,
    finished_text,
    progress_bar,
    progress_line,
    reply_text,
)

log = logging.getLogger(__name__)

CHANNEL = "slack"
MAX_FILES = 5
RENDER_TIMEOUT_SEC = 3600.0


def make_web_client(settings: Settings) -> AsyncWebClient:
    """The Web API client: the bot token, and the API base URL from settings (tests use a local one)."""
    base = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    return AsyncWebClient(token=settings.slack_bot_token, base_url=base)


class SlackTurns:
    """Runs Slack turns on a background loop, keeping one open ChatSession per recent thread."""

    def __init__(
        self,
        settings: Settings,
        *,
        render_service: Any = None,
        client: AsyncWebClient | None = None,
        status_interval: float = 1.0,
        max_sessions: int = 200,
        render_timeout_sec: float = RENDER_TIMEOUT_SEC,
    ) -> None:
        self.settings = settings
        self.client = client or make_web_client(settings)
        self.status_interval = status_interval
        self.max_sessions = max_sessions
        self.render_timeout_sec = render_timeout_sec
        self._render_service = render_service
        self._sessions: OrderedDict[str, Any] = OrderedDict()
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = {}
        self.background = BackgroundLoop()

    # --- entry points (any thread) -----------------------------------------------------------------
    def submit(self, message: IncomingMessage) -> concurrent.futures.Future[Any]:
        """Start the turn in the background and return at once (the caller acknowledges Slack)."""
        return self.background.submit(self.run_turn(message))

    def log_path(self, message: IncomingMessage) -> Path:
        from adgen.agent.conversation_log import default_log_path

        return default_log_path(self.settings, CHANNEL, message.conversation_id)

    def knows_thread(self, message: IncomingMessage) -> bool:
        """True when the message's thread is already a conversation with the bot."""
        return self.log_path(message).exists()

    def wait_idle(self, timeout: float) -> bool:
        return self.background.wait_idle(timeout)

    def close(self) -> None:
        """Stop the background turns and close the open sessions."""
        if not self.background.loop.is_running():
            return

        async def close_sessions() -> None:
            for session in list(self._sessions.values()):
                try:
                    await session.close()
                except Exception:  # closing is best effort on the way out
                    log.exception("closing a Slack conversation failed")
            self._sessions.clear()

        try:
            asyncio.run_coroutine_threadsafe(close_sessions(), self.background.loop).result(10)
        except Exception:
            log.exception("closing Slack conversations failed")
        self.background.stop()

    @property
    def render_service(self) -> Any:
        if self._render_service is None:
            from adgen.jobs.service import get_render_service

            self._render_service = get_render_service(self.settings)
        return self._render_service

    # --- one turn (background loop) ----------------------------------------------------------------
    async def run_turn(self, message: IncomingMessage) -> None:
        cid = message.conversation_id
        lock = self._locks.setdefault(cid, asyncio.Lock())
        self._users[cid] = self._users.get(cid, 0) + 1
        status = StatusMessage(
            self.client, message.channel, message.thread_ts, min_interval=self.status_interval
        )
        try:
            async with lock:
                await status.post(WORKING)
                try:
                    taken = await self._take_turn(message, status)
                except Exception:
                    log.exception("Slack turn failed in %s", cid)
                    await status.update(f":warning: {FAILED_TURN}", final=True)
                    return
            if taken is not None:
                session, reply = taken
                await self._follow_render(session, reply, status, message)
        except Exception:
            log.exception("following the render failed in %s", cid)
            await status.update(
                f"{status.text}\n:warning: I lost track of the render; say “status” to check on it.",
                final=True,
            )
        finally:
            self._users[cid] -= 1
            if not self._users[cid]:
                del self._users[cid]
                self._locks.pop(cid, None)

    async def _take_turn(self, message: IncomingMessage, status: StatusMessage) -> tuple[Any, Any] | None:
        tmp_root = self.settings.root / "tmp"
        tmp_root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="slack-", dir=tmp_root) as tmp:
            paths: list[Path] = []
            try:
                for index, file in enumerate(message.files[:MAX_FILES]):
                    paths.append(
                        await download_file(
                            file,
                            Path(tmp),
                            token=self.settings.slack_bot_token or "",
                            api_url=self.settings.slack_api_url,
                            max_bytes=self.settings.max_upload_bytes,
                            index=index,
                        )
                    )
            except SlackDownloadError as exc:
                await status.update(f":warning: {escape(str(exc))} Nothing was changed.", final=True)
                return None
            session = self._session(message)
            reply = await session.send(message.text, attachments=paths)
        text = reply_text(reply)
        following = bool(reply.render_id and reply.project_id)
        if following:
            text += f"\n{progress_bar(0.0)} starting the render…"
        await status.update(text, final=True)
        return (session, reply) if following else None

    async def _follow_render(
        self, session: Any, reply: Any, status: StatusMessage, message: IncomingMessage
    ) -> None:
        header = reply_text(reply)
        final = None
        try:
            async with asyncio.timeout(self.render_timeout_sec):
                async for event in self._render_events(session, reply.project_id, reply.render_id):
                    if event.terminal:
                        final = event
                        break
                    await status.update(f"{header}\n{progress_line(event)}")
        except TimeoutError:
            await status.update(
                f"{header}\n:hourglass: The render is taking very long; say “status” to check on it.",
                final=True,
            )
            return
        if final is None:
            await status.update(
                f"{header}\nI lost track of the render; say “status” to check on it.", final=True
            )
            return
        if final.state != "done":
            await status.update(f"{header}\n{failed_text(final)}", final=True)
            return
        project = await asyncio.to_thread(session.actions.load, final.project_id, final.version)
        exports = dict(final.exports or project.aspect_exports or {})
        uploaded, problem = await self._upload_video(session, project, exports, message)
        others: dict[str, str] = {}
        for aspect, url in exports.items():
            if aspect == uploaded:
                continue
            try:
                others[aspect] = await asyncio.to_thread(session.ctx.media.browser_url, url)
            except Exception:
                log.exception("no browser URL for %s", url)
        quality = render_quality(project)
        finished = finished_text(project.version, uploaded, others, final.warnings, quality, final.preflight)
        text = f"{header}\n{finished}"
        subtitles = await asyncio.to_thread(self._subtitle_links, session, project, uploaded or MASTER_ASPECT)
        if subtitles:
            text += "\nSubtitles: " + " · ".join(subtitles)
        if problem:
            text += f"\n:warning: {escape(problem)}"
        await status.update(text, final=True)

    @staticmethod
    def _subtitle_links(session: Any, project: Any, aspect: str) -> list[str]:
        """The voice-over's .srt and .vtt as Slack links (the same cues serve every size)."""
        links = []
        for name, url in subtitle_downloads(project, aspect):
            try:
                links.append(f"<{session.ctx.media.browser_url(url)}|{name}>")
            except Exception:  # noqa: BLE001 - a missing link is not a failed render
                log.exception("no browser URL for %s", url)
        return links

    async def _render_events(self, session: Any, project_id: str, render_id: str) -> AsyncIterator[Any]:
        async for event in session.ctx.renders.subscribe(project_id, render_id=render_id):
            yield event

    async def _upload_video(
        self, session: Any, project: Any, exports: dict[str, str], message: IncomingMessage
    ) -> tuple[str | None, str | None]:
        """Upload the master (9:16) export to the thread; returns (aspect uploaded, problem)."""
        if not exports:
            return None, "The render finished without a video file."
        aspect = MASTER_ASPECT if MASTER_ASPECT in exports else next(iter(exports))
        filename = export_filename(project, aspect)
        try:
            path = await asyncio.to_thread(session.ctx.media.local_path, exports[aspect])
            await self.client.files_upload_v2(
                channel=message.channel,
                thread_ts=message.thread_ts,
                file=str(path),
                filename=filename,
                title=f"{project.brand.name or 'Ad'} v{project.version} ({aspect})",
            )
        except SlackApiError as exc:
            log.warning("files_upload_v2 failed: %s", exc.response.get("error"))
            return None, f"I couldn't upload the video to Slack ({exc.response.get('error')})."
        except (TimeoutError, SlackClientError, aiohttp.ClientError, OSError) as exc:
            log.warning("files_upload_v2 failed: %r", exc)
            return None, "I couldn't upload the video to Slack; the links below still work."
        return aspect, None

    # --- sessions ----------------------------------------------------------------------------------
    def _session(self, message: IncomingMessage) -> Any:
        from adgen.agent.session import ChatSession

        cid = message.conversation_id
        session = self._sessions.get(cid)
        if session is not None:
            self._sessions.move_to_end(cid)
            return session
        session = ChatSession.open(
            settings=self.settings,
            owner=self._owner(message),
            conversation_id=cid,
            channel=CHANNEL,
            render_service=self.render_service,
        )
        self._sessions[cid] = session
        for old in list(self._sessions):
            if len(self._sessions) <= self.max_sessions:
                break
            if old not in self._users:
                self.background.submit(self._sessions.pop(old).close())
        return session

    def _owner(self, message: IncomingMessage) -> str:
        """The thread's owner is whoever started it, so colleagues in the thread edit the same ad."""
        from adgen.agent.conversation_log import ConversationLog

        for line in ConversationLog(self.log_path(message)).records():
            if line.get("userId"):
                return str(line["userId"])
        return f"slack:{message.team}:{message.user}"


__all__ = ["SlackTurns", "make_web_client"]
