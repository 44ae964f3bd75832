"""The one status message of a turn: posted once in the thread, then edited as work goes on.

Why one message and not a stream of them: a render sends dozens of progress events, and a
thread full of "35 %… 40 %…" buries the conversation. Edits are throttled (Slack allows about
one ``chat.update`` a second per message) without ever dropping the latest text: an edit that
comes too soon is held and sent when the interval has passed, and a final edit is sent at once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

SLACK_TEXT_LIMIT = 3900  # Slack truncates message text at 4000 characters


def escape(text: str) -> str:
    """Text shown as-is in Slack (its only control characters are &, < and >)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _reason(exc: Exception) -> str:
    if isinstance(exc, SlackApiError):
        return str(exc.response.get("error"))
    return repr(exc)


def _fit(text: str) -> str:
    return text if len(text) <= SLACK_TEXT_LIMIT else text[: SLACK_TEXT_LIMIT - 1] + "…"


class StatusMessage:
    """A message in a thread that the adapter keeps editing (``chat.postMessage`` then ``chat.update``)."""

    def __init__(self, client: Any, channel: str, thread_ts: str, *, min_interval: float = 1.0):
        self.client = client
        self.channel = channel
        self.thread_ts = thread_ts
        self.min_interval = min_interval
        self.ts: str | None = None
        self.text: str = ""
        self._sent_at = 0.0
        self._pending: str | None = None
        self._flusher: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._refused = False  # Slack refused the post: only a final text tries again

    async def post(self, text: str) -> bool:
        """Post the message in the thread; False (logged) when Slack refuses."""
        try:
            response = await self.client.chat_postMessage(
                channel=self.channel, thread_ts=self.thread_ts, text=_fit(text)
            )
        except Exception as exc:  # a status line must never break the turn behind it
            log.warning("chat.postMessage in %s failed: %s", self.channel, _reason(exc))
            self._refused = True
            return False
        self.ts = response.get("ts")
        self.text = text
        self._sent_at = time.monotonic()
        return True

    async def update(self, text: str, *, final: bool = False) -> None:
        """Show ``text``; at most one edit per ``min_interval`` unless ``final``."""
        if self.ts is None:
            if final or not self._refused:
                await self.post(text)
            return
        if not final and text == (self._pending if self._pending is not None else self.text):
            return
        wait = self.min_interval - (time.monotonic() - self._sent_at)
        if final or wait <= 0:
            self._pending = None
            if self._flusher is not None and final:
                self._flusher.cancel()
                self._flusher = None
            await self._send(text)
            return
        self._pending = text
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_after(wait))

    async def _flush_after(self, delay: float) -> None:
        await asyncio.sleep(delay)
        text, self._pending = self._pending, None
        self._flusher = None
        if text is not None:
            await self._send(text)

    async def _send(self, text: str) -> None:
        async with self._lock:
            if text == self.text:
                return
            try:
                await self.client.chat_update(channel=self.channel, ts=self.ts, text=_fit(text))
            except Exception as exc:
                log.warning("chat.update in %s failed: %s", self.channel, _reason(exc))
                return
            self.text = text
            self._sent_at = time.monotonic()


__all__ = ["StatusMessage", "escape"]
