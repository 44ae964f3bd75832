"""A loopback HTTP server that plays a web shop for the product-page tests.

Stdlib ``http.server`` in a thread on a free 127.0.0.1 port. Each route is either fixed bytes
(with a content type and extra headers) or a handler function that writes the response itself,
for the misbehaving servers: a body that never ends, one that trickles, a redirect loop. The
server records every path it was asked for and how many body bytes each streaming route sent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[[BaseHTTPRequestHandler, "ShopServer"], None]


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    handler: Handler | None = None


class ShopServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.sent: dict[str, int] = {}
        self.stop = threading.Event()
        shop = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = self.path.split("?")[0]
                shop.requests.append(self.path)
                route = shop.routes.get(path)
                try:
                    if route is None:
                        self._send(404, b"<h1>Not found</h1>", "text/html", {})
                    elif route.handler is not None:
                        route.handler(self, shop)
                    else:
                        self._send(route.status, route.body, route.content_type, route.headers)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client hung up: that is what the limits are for

            def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    def start(self) -> ShopServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self.stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(self, path: str, body: bytes | str = b"", **kwargs: object) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        return self.add(path, b"", status=status, content_type="text/html", headers={"Location": location})

    def handle(self, path: str, handler: Handler) -> str:
        self.routes[path] = Route(handler=handler)
        return self.url(path)
