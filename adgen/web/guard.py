"""What reaches the web chat, checked before Chainlit sees it: one ASGI middleware, outermost.

Chainlit 2.x answers cross-origin requests with the caller's own Origin and credentials (its
CORSMiddleware gets ``allow_origins = ["*"]``) and builds its socket.io server with
``cors_allowed_origins=[]``, which switches the socket's origin check off; its session cookie is
a JWT it accepts for any name for as long as the signature holds. So, for every HTTP request
and socket handshake (both transports go through here, the socket being mounted in the app):

- **Origin**: a request that carries an ``Origin`` is refused (403) unless it is the address the
  page is served from (scheme and ``Host``) or one of ``ADGEN_ALLOWED_ORIGINS`` (a proxy's public
  address). ``null`` (sandboxed frames, files) is refused. Requests without an Origin (a page's
  own GETs, curl) pass: without the browser's help another site cannot read their answers.
- **Session**: a signed session that :class:`~adgen.web.auth.SessionPolicy` no longer accepts
  (a removed user, a changed password, another sign-in mode) is taken off the request, so
  Chainlit sees a signed-out visitor, and the browser is told to drop the cookie.
- **Upload size**: a body to the upload endpoint is counted as it arrives and answered with 413
  (one sentence) as soon as it passes the limit; a declared length over it is refused unread.
- **Headers** on every answer: ``nosniff``, no framing, no referrer to other sites, and a
  content security policy that lets the Chainlit page run (its inline scripts by hash) while
  images and video come from this server only, so no Markdown image can call out.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
from starlette.datastructures import Headers
from starlette.requests import cookie_parser

from adgen.settings import Settings
from adgen.store.uploads import UploadRejected, check_upload_size
from adgen.web.auth import SessionPolicy
from adgen.web.upload_failures import FAILED_UPLOADS

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

UPLOAD_PATH = "/project/file"
# The multipart envelope around the file (boundaries, part headers) on top of the file's bytes.
MULTIPART_SLACK = 64 * 1024
_COOKIE = os.environ.get("CHAINLIT_AUTH_COOKIE_NAME", "access_token")
_COOKIE_PATH = os.environ.get("CHAINLIT_AUTH_COOKIE_PATH", "/")
_CHUNK = re.compile(rf"^{re.escape(_COOKIE)}_\d+$")
FOREIGN_ORIGIN = (
    "This chat answers only pages served from its own address; open it there "
    "(or add the page's address to ADGEN_ALLOWED_ORIGINS)."
)


def allowed_origins(settings: Settings) -> frozenset[str]:
    """ADGEN_ALLOWED_ORIGINS as origins (``scheme://host[:port]``, lower case, no path)."""
    origins = set()
    for item in settings.allowed_origins.split(","):
        item = item.strip().rstrip("/")
        if item:
            parts = urlsplit(item)
            if parts.scheme not in ("http", "https") or not parts.netloc or parts.path:
                raise ValueError(
                    f"ADGEN_ALLOWED_ORIGINS entry {item!r} must look like https://ads.example.com"
                )
            origins.add(f"{parts.scheme}://{parts.netloc}".lower())
    return frozenset(origins)


def content_security_policy(settings: Settings, page_html: str) -> str:
    """The policy for the Chainlit page: its inline scripts by hash, media from here (or S3)."""
    inline = re.findall(r"<script>(.*?)</script>", page_html, re.S)
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in inline
    )
    media = ""
    if settings.s3_enabled:  # the media route redirects to presigned S3 links
        endpoint = urlsplit(settings.aws_endpoint_url or "")
        media = f" {endpoint.scheme}://{endpoint.netloc}" if endpoint.netloc else " https://*.amazonaws.com"
    directives = {
        "default-src": "'self'",
        "script-src": f"'self' {hashes}".strip(),
        # Chainlit's components set inline styles; its page links the Inter font and KaTeX css.
        "style-src": "'self' 'unsafe-inline' https://fonts.googleapis.com https://cdn.jsdelivr.net",
        "font-src": "'self' data: https://fonts.gstatic.com https://cdn.jsdelivr.net",
        "img-src": f"'self' data: blob:{media}",
        "media-src": f"'self' blob:{media}",
        "connect-src": "'self'",
        "worker-src": "'self' blob:",
        "frame-ancestors": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "object-src": "'none'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class WebGuard:
    """The ASGI middleware described in the module docstring."""

    def __init__(
        self,
        app: Callable[[Scope, Receive, Send], Awaitable[None]],
        *,
        policy: SessionPolicy,
        secret: str,
        origins: frozenset[str],
        max_upload_bytes: int,
        csp: str,
    ):
        self.app = app
        self.policy = policy
        self.secret = secret
        self.origins = origins
        self.max_upload_bytes = max_upload_bytes
        self.headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
            (b"content-security-policy", csp.encode()),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is not None and not self._origin_allowed(origin, scope, headers):
            await self._refuse(scope, send, 403, FOREIGN_ORIGIN)
            return
        scope, stale = self._without_stale_session(scope, headers)
        if scope["type"] == "websocket":
            await self.app(scope, receive, send)
        else:
            await self._http(scope, receive, send, stale)

    # --- origin ---------------------------------------------------------------------------------
    def _origin_allowed(self, origin: str, scope: Scope, headers: Headers) -> bool:
        origin = origin.strip().lower()
        if origin in self.origins:
            return True
        scheme = {"ws": "http", "wss": "https"}.get(scope.get("scheme", "http"), scope.get("scheme", "http"))
        host = headers.get("host")
        return host is not None and origin == f"{scheme}://{host.strip().lower()}"

    # --- session --------------------------------------------------------------------------------
    def _without_stale_session(self, scope: Scope, headers: Headers) -> tuple[Scope, bool]:
        cookies = cookie_parser(headers.get("cookie", ""))
        chunks = [cookies[f"{_COOKIE}_{i}"] for i in range(len(cookies)) if f"{_COOKIE}_{i}" in cookies]
        token = cookies.get(_COOKIE) or "".join(chunks) or None
        scheme, _, bearer = headers.get("authorization", "").partition(" ")
        tokens = [t for t in (token, bearer if scheme.lower() == "bearer" else None) if t]
        if all(self._session_ok(t, headers) for t in tokens):
            return scope, False
        kept = []
        for name, value in scope["headers"]:
            if name == b"authorization":
                continue
            if name == b"cookie":
                jar = cookie_parser(value.decode("latin-1"))
                rest = "; ".join(f"{k}={v}" for k, v in jar.items() if k != _COOKIE and not _CHUNK.match(k))
                if not rest:
                    continue
                value = rest.encode("latin-1")
            kept.append((name, value))
        return {**scope, "headers": kept}, True

    def _session_ok(self, token: str, headers: Headers) -> bool:
        try:
            claims = jwt.decode(token, self.secret, algorithms=["HS256"])
        except jwt.PyJWTError:
            return False
        return self.policy.accepts(claims, headers)

    # --- HTTP -----------------------------------------------------------------------------------
    async def _http(self, scope: Scope, receive: Receive, send: Send, stale: bool) -> None:
        started = refused = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:  # the guard has answered; what the app says after that goes nowhere
                return
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": self._with_headers(message.get("headers", []), stale)}
            await send(message)

        if scope["method"] == "POST" and scope["path"].endswith(UPLOAD_PATH):
            limit = self.max_upload_bytes + MULTIPART_SLACK
            declared = Headers(scope=scope).get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                await self._refuse(scope, send, 413, self._too_large())
                return
            received = 0
            inner_receive = receive

            async def counting_receive() -> Message:
                nonlocal received, refused
                message = await inner_receive()
                if message["type"] == "http.request" and not refused:
                    received += len(message.get("body", b""))
                    if received > limit:
                        if not started:
                            await self._refuse(scope, send, 413, self._too_large())
                        refused = True
                        return {"type": "http.disconnect"}
                return message

            receive = counting_receive
        try:
            await self.app(scope, receive, guarded_send)
        except Exception:
            if not refused:  # the app failing on the cut-off body is expected; anything else is not
                raise

    def _too_large(self) -> str:
        try:
            check_upload_size(None, filename=None, max_bytes=self.max_upload_bytes)
        except UploadRejected as exc:
            return str(exc)
        raise AssertionError("check_upload_size(None) always refuses")

    def _with_headers(self, raw: list[tuple[bytes, bytes]], stale: bool) -> list[tuple[bytes, bytes]]:
        present = {name.lower() for name, _ in raw}
        out = list(raw) + [(n, v) for n, v in self.headers if n not in present]
        if stale:
            sets = [v.decode("latin-1") for n, v in raw if n.lower() == b"set-cookie"]
            if not any(v.startswith(f"{_COOKIE}=") for v in sets):  # a sign-in sets a new one
                out.append(
                    (
                        b"set-cookie",
                        f'{_COOKIE}=""; Max-Age=0; Path={_COOKIE_PATH}; HttpOnly; SameSite=lax'.encode(),
                    )
                )
        return out

    async def _refuse(self, scope: Scope, send: Send, status: int, sentence: str) -> None:
        if status == 413:  # an upload cut off here: the message sent after it waits for the file
            FAILED_UPLOADS.failed(_query_value(scope, "session_id"), None, sentence)
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008, "reason": sentence[:120]})
            return
        body = json.dumps({"detail": sentence}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            *self.headers,
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _query_value(scope: Scope, name: str) -> str | None:
    values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get(name)
    return values[0] if values else None


def install_web_guard(app: Any, settings: Settings, policy: SessionPolicy, secret: str) -> None:
    """Put the guard in front of everything the Chainlit app serves (call before it starts)."""
    from chainlit.server import get_html_template

    app.add_middleware(
        WebGuard,
        policy=policy,
        secret=secret,
        origins=allowed_origins(settings),
        max_upload_bytes=settings.max_upload_bytes,
        csp=content_security_policy(settings, get_html_template("")),
    )


__all__ = ["WebGuard", "allowed_origins", "content_security_policy", "install_web_guard"]
