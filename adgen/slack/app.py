"""The Bolt app: which Slack events start or continue a conversation, and nothing more.

Bolt verifies the request signature (bad or stale → 401 before any listener runs), answers
``url_verification`` and acknowledges events at once; our listeners then only decide whether an
event is a person talking to the bot, claim it against retries and duplicates, and hand it to
:class:`SlackTurns`, which does the work on its own loop.

Events handled: ``app_mention`` (a channel, starting or continuing its thread), ``message`` in a
DM, and ``message`` replies in a channel thread that is already a conversation with the bot
(so marketers need not mention it on every edit; needs the ``message.channels`` subscription).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from slack_bolt.async_app import AsyncApp

from adgen.settings import Settings
from adgen.slack.dedupe import EventDeduper, open_deduper
from adgen.slack.messages import IncomingMessage, incoming_message, mentions
from adgen.slack.turns import SlackTurns, make_web_client

log = logging.getLogger(__name__)


class SlackConfigError(ValueError):
    """A setting the Slack adapter needs is missing; the message says which."""


@dataclass
class SlackAdapter:
    """The Bolt app with what it hands work to; ``close()`` stops the background turns."""

    app: AsyncApp
    turns: SlackTurns
    deduper: EventDeduper

    def close(self) -> None:
        self.turns.close()
        self.deduper.close()


def check_settings(settings: Settings, *, socket_mode: bool) -> None:
    if not settings.slack_bot_token:
        raise SlackConfigError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…).")
    if socket_mode and not settings.slack_app_token:
        raise SlackConfigError(
            "SLACK_APP_TOKEN is not set (an app-level token, xapp-…, is needed for Socket Mode)."
        )
    if not socket_mode and not settings.slack_signing_secret:
        raise SlackConfigError("SLACK_SIGNING_SECRET is not set (needed to verify requests from Slack).")


def build_app(
    settings: Settings,
    *,
    socket_mode: bool = False,
    turns: SlackTurns | None = None,
    deduper: EventDeduper | None = None,
) -> SlackAdapter:
    """A Bolt AsyncApp wired to the agent; raises :class:`SlackConfigError` on missing settings."""
    check_settings(settings, socket_mode=socket_mode)
    turns = turns or SlackTurns(settings)
    deduper = deduper or open_deduper(settings)
    app = AsyncApp(
        name="adgen",
        client=make_web_client(settings),
        signing_secret=settings.slack_signing_secret,
        request_verification_enabled=not socket_mode,
    )

    async def take(body: dict[str, Any], message: IncomingMessage) -> None:
        keys = [f"event:{body.get('event_id') or message.ts}", *message.dedupe_keys]
        if not await asyncio.to_thread(deduper.claim, keys):
            log.info("Slack event %s already taken; skipping the retry", body.get("event_id"))
            return
        turns.submit(message)

    @app.event("app_mention")
    async def on_mention(body: dict[str, Any], event: dict[str, Any], context: Any) -> None:
        message = incoming_message(body, event, bot_user_id=context.bot_user_id)
        if message is not None:
            await take(body, message)

    @app.event("message")
    async def on_message(body: dict[str, Any], event: dict[str, Any], context: Any) -> None:
        message = incoming_message(body, event, bot_user_id=context.bot_user_id)
        if message is None:
            return
        if message.is_dm:
            await take(body, message)
        elif (
            event.get("thread_ts")
            and not mentions(event, context.bot_user_id)
            and turns.knows_thread(message)
        ):
            await take(body, message)

    @app.error
    async def on_error(error: Exception, body: dict[str, Any]) -> None:
        log.error("Slack listener failed for event %s: %r", (body or {}).get("event_id"), error)

    return SlackAdapter(app=app, turns=turns, deduper=deduper)


__all__ = ["SlackAdapter", "SlackConfigError", "build_app", "check_settings"]
