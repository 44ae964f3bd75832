"""`adgen slack`: serve the Bolt app over HTTP (``POST /slack/events``) or Socket Mode.

HTTP mode runs the app as an ASGI app under uvicorn (Bolt's own ``app.start()`` is a
single-threaded development server). Socket Mode opens the WebSocket with the app-level token,
for workspaces where Slack cannot reach the machine. Either way Ctrl-C or SIGTERM stops it and
the background turns with it.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from adgen.settings import Settings
from adgen.slack.app import SlackAdapter, SlackConfigError, build_app

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1024 * 1024  # Slack's event payloads are a few kB


def build_http_app(adapter: SlackAdapter, *, close_on_shutdown: bool = True) -> Starlette:
    """The ASGI app: Slack's events at ``/slack/events``, a health check at ``/healthz``."""
    from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler

    handler = AsyncSlackRequestHandler(adapter.app)

    async def events(request: Request) -> Response:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return PlainTextResponse("request too large", status_code=413)
        try:
            return await handler.handle(request)
        except UnicodeDecodeError:
            return PlainTextResponse("the body is not UTF-8", status_code=400)

    async def health(_request: Request) -> Response:
        return JSONResponse({"ok": True})

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        if close_on_shutdown:
            await asyncio.to_thread(adapter.close)

    return Starlette(
        routes=[Route(EVENTS_PATH, events, methods=["POST"]), Route("/healthz", health, methods=["GET"])],
        lifespan=lifespan,
    )


def build_http_server(
    adapter: SlackAdapter, *, host: str = "127.0.0.1", port: int = 3000, close_on_shutdown: bool = True
) -> Any:
    """A uvicorn server for the adapter (``server.run()`` blocks; ``server.should_exit`` stops it)."""
    import uvicorn

    config = uvicorn.Config(
        build_http_app(adapter, close_on_shutdown=close_on_shutdown),
        host=host,
        port=port,
        log_level="info",
        access_log=False,
        lifespan="on",
    )
    return uvicorn.Server(config)


class SocketModeRefused(Exception):
    """Slack refused to open a Socket Mode connection (usually a wrong app-level token)."""


async def serve_socket_mode(
    adapter: SlackAdapter, app_token: str, *, stop: asyncio.Event | None = None
) -> None:
    """Take events over Socket Mode until ``stop`` is set (or SIGINT/SIGTERM in the main thread)."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
    from slack_sdk.errors import SlackApiError

    stop = stop or asyncio.Event()
    if threading.current_thread() is threading.main_thread():
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    handler = AsyncSocketModeHandler(adapter.app, app_token)
    try:
        # Ask for the WebSocket URL ourselves once: the SDK would retry a refused token forever.
        opened = await handler.client.web_client.apps_connections_open(app_token=app_token)
    except SlackApiError as exc:
        await handler.close_async()
        raise SocketModeRefused(
            f"Slack refused to open a Socket Mode connection ({exc.response.get('error')}); "
            "check SLACK_APP_TOKEN (an xapp-… token with connections:write)."
        ) from exc
    handler.client.wss_uri = opened["url"]
    try:
        await handler.connect_async()
        await stop.wait()
    finally:
        await handler.close_async()


def run_slack(
    settings: Settings, *, port: int = 3000, socket_mode: bool = False, host: str = "127.0.0.1"
) -> int:
    """Run the Slack adapter until interrupted; returns the process exit code."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        adapter = build_app(settings, socket_mode=socket_mode)
    except SlackConfigError as exc:
        print(f"adgen slack: {exc}", file=sys.stderr)
        return 2
    if socket_mode:
        print("adgen slack: connecting to Slack in Socket Mode (Ctrl-C stops)", file=sys.stderr)
        try:
            asyncio.run(serve_socket_mode(adapter, settings.slack_app_token or ""))
        except SocketModeRefused as exc:
            print(f"adgen slack: {exc}", file=sys.stderr)
            return 1
        finally:
            adapter.close()
        return 0
    print(f"adgen slack: listening on http://{host}:{port}{EVENTS_PATH} (Ctrl-C stops)", file=sys.stderr)
    server = build_http_server(adapter, host=host, port=port)
    try:
        server.run()
    finally:
        adapter.close()
    return 0 if server.started else 1


__all__ = [
    "EVENTS_PATH",
    "SocketModeRefused",
    "build_http_app",
    "build_http_server",
    "run_slack",
    "serve_socket_mode",
]
