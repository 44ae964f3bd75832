"""Request size limits, enforced while the body streams in.

A declared ``Content-Length`` over the limit is refused before a byte is read; a body without
one (chunked) is counted as it arrives and cut off the moment it passes the limit, so a client
cannot make the server spool gigabytes to disk before the upload checks run. The limit depends
on what the request carries: JSON, a product image, or a product feed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.exceptions import HTTPException

from adgen.api.problems import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE

Scope = dict[str, Any]
LimitFor = Callable[[str, str], int]  # (path, content type) -> bytes


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def _too_large_detail(limit: int) -> str:
    return f"The request body is larger than {_size(limit)}; send a smaller one."


class BodyTooLarge(HTTPException):
    """Raised from inside the body stream; an HTTP exception so that FastAPI's body parsing,
    which turns other errors into a 400, passes it on as the 413 it is."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large_detail(limit))


class BodySizeLimit:
    """ASGI middleware: 413 problem for a request body larger than ``limit_for(path, type)``."""

    def __init__(self, app: Any, limit_for: LimitFor) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        limit = self.limit_for(scope.get("path", ""), headers.get("content-type", ""))
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, send, limit)
            return
        received = 0
        started = False

        async def counting_receive() -> dict[str, Any]:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracking_send(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(scope, send, limit)

    @staticmethod
    async def _refuse(scope: Scope, send: Any, limit: int) -> None:
        body = json.dumps(
            {
                "type": PROBLEM_TYPE_BASE + "too-large",
                "title": "Request too large",
                "status": 413,
                "detail": _too_large_detail(limit),
                "instance": scope.get("path", ""),
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


__all__ = ["BodySizeLimit", "BodyTooLarge", "LimitFor"]
