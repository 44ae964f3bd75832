"""What the web chat says while the render queue (Redis) is away: once that it is not answering
(the render goes on), once that it is back. A relay keeps one :class:`QueueOutageNotice` per
render it follows; a Redis outage is not a failure of the relay, so it is never "lost track"."""

from __future__ import annotations

import chainlit as cl

from adgen.jobs.outage import FOLLOW_PAUSED, FOLLOW_RESUMED

RETRY_SEC = 3.0  # how often a relay paused by an outage tries to subscribe again


class QueueOutageNotice:
    def __init__(self) -> None:
        self.paused = False

    async def unreachable(self) -> None:
        """The render's events cannot be read: say so, once per outage."""
        if not self.paused:
            self.paused = True
            await cl.Message(content=FOLLOW_PAUSED).send()

    async def heard(self) -> None:
        """An event arrived: if an outage was said, say that it is over."""
        if self.paused:
            self.paused = False
            await cl.Message(content=FOLLOW_RESUMED).send()


__all__ = ["RETRY_SEC", "QueueOutageNotice"]
