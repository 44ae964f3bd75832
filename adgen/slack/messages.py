"""What a Slack event means to adgen: who said what in which thread, with which files.

Slack delivers the same words in several shapes (``app_mention``, ``message`` in a DM, a
``file_share`` message, a reply in a thread) and in its own markup (``<@U123>``, ``<url|label>``,
``&amp;``). This module turns one event into an :class:`IncomingMessage` with plain text, or
says why the event is not for us, so the rest of the adapter never looks at raw payloads.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

# Message subtypes that carry a person's words; everything else (edits, joins, bots) is ignored.
_SPOKEN_SUBTYPES = {None, "file_share", "thread_broadcast"}
_MARKUP = re.compile(r"<([^<>]*)>")


@dataclass(frozen=True)
class SlackFile:
    id: str
    name: str
    mimetype: str
    size: int | None
    url: str


@dataclass(frozen=True)
class IncomingMessage:
    """One message from a person to the bot, placed in its conversation (one per thread)."""

    team: str
    channel: str
    user: str
    ts: str
    thread_ts: str
    text: str
    files: tuple[SlackFile, ...] = field(default_factory=tuple)
    is_dm: bool = False

    @property
    def conversation_id(self) -> str:
        return f"{self.team}-{self.channel}-{self.thread_ts}"

    @property
    def dedupe_keys(self) -> list[str]:
        """The same message can come as an app_mention and as a message event: one key for both."""
        return [f"message:{self.team}:{self.channel}:{self.ts}"]


def plain_text(text: str, *, bot_user_id: str | None = None) -> str:
    """Slack's markup as the words a person typed: mentions of the bot removed, links unwrapped."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1)
        target, _, label = inner.partition("|")
        if target.startswith("@"):
            if bot_user_id and target[1:] == bot_user_id:
                return ""
            return "@" + (label or target[1:])
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            return "@" + (label or target[1:].split("^")[0])
        if target.startswith("mailto:"):
            return label or target[len("mailto:") :]
        return target

    unwrapped = _MARKUP.sub(replace, text or "")
    return " ".join(html.unescape(unwrapped).split())


def _files(event: dict[str, Any]) -> tuple[SlackFile, ...]:
    found = []
    for item in event.get("files") or []:
        if not isinstance(item, dict):
            continue
        url = item.get("url_private_download") or item.get("url_private")
        if not url:
            continue
        size = item.get("size")
        found.append(
            SlackFile(
                id=str(item.get("id") or ""),
                name=str(item.get("name") or item.get("title") or "attachment"),
                mimetype=str(item.get("mimetype") or ""),
                size=int(size) if isinstance(size, (int, float)) else None,
                url=str(url),
            )
        )
    return tuple(found)


def incoming_message(
    body: dict[str, Any], event: dict[str, Any], *, bot_user_id: str | None = None
) -> IncomingMessage | None:
    """The person's message in an event, or None when the event is not someone talking to us."""
    if event.get("subtype") not in _SPOKEN_SUBTYPES:
        return None
    if event.get("bot_id") or event.get("bot_profile"):
        return None
    user = event.get("user")
    channel = event.get("channel")
    ts = event.get("ts")
    if not user or not channel or not ts or (bot_user_id and user == bot_user_id):
        return None
    team = str(event.get("team") or body.get("team_id") or "T0")
    return IncomingMessage(
        team=team,
        channel=str(channel),
        user=str(user),
        ts=str(ts),
        thread_ts=str(event.get("thread_ts") or ts),
        text=plain_text(str(event.get("text") or ""), bot_user_id=bot_user_id),
        files=_files(event),
        is_dm=event.get("channel_type") == "im" or str(channel).startswith("D"),
    )


def mentions(event: dict[str, Any], user_id: str | None) -> bool:
    return bool(user_id) and f"<@{user_id}" in str(event.get("text") or "")


__all__ = ["IncomingMessage", "SlackFile", "incoming_message", "mentions", "plain_text"]
