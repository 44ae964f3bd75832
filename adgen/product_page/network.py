"""The connection layer of the safe fetcher: resolve once, check, connect to exactly that address.

Checking a URL's host and then letting the HTTP client resolve it again leaves a window in
which a DNS answer can change (DNS rebinding: public for the check, 127.0.0.1 for the connect).
So the check lives *in* the connect step: :class:`CheckedBackend` is an httpcore network
backend whose ``connect_tcp`` resolves the host itself, refuses the connection if any resolved
address is not allowed (:class:`~adgen.product_page.addresses.AddressPolicy`), and opens the
socket to one of the very addresses it checked. Every connection goes through it, so every
redirect hop is checked the same way. TLS still verifies the certificate against the host
name (httpcore passes the name, not the address, as the TLS server name).

The backend's streams also enforce one deadline for the whole fetch: each socket read or write
waits at most for the per-read timeout and never past the deadline, so a server that trickles
a byte a second cannot hold a fetch open longer than the total limit.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

from adgen.product_page.addresses import AddressPolicy


class AddressRefused(Exception):
    """A connection to a host whose address the policy refuses; never raised after connecting."""

    def __init__(self, host: str, address: str, reason: str) -> None:
        super().__init__(f"{host} resolves to {address}, {reason}")
        self.host = host
        self.address = address
        self.reason = reason


class Deadline:
    """The moment a whole fetch must be over; tells each socket wait how long it may take."""

    def __init__(self, total_sec: float, per_read_sec: float) -> None:
        self.total_sec = total_sec
        self.per_read_sec = per_read_sec
        self.ends_at = time.monotonic() + total_sec
        # True once a wait was cut short by the total limit, so a timeout can name the right limit.
        self.limited_by_total = False

    def wait(self, timeout: float | None) -> float:
        remaining = self.ends_at - time.monotonic()
        if remaining <= 0:
            self.limited_by_total = True
            raise httpcore.ReadTimeout(f"the fetch took longer than {self.total_sec:g} s")
        limit = min(self.per_read_sec, remaining)
        wait = limit if timeout is None else min(timeout, limit)
        if wait >= remaining:
            self.limited_by_total = True
        return wait


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.wait(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.wait(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._deadline.wait(timeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the resolver's order (an IP literal is itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"the name {host} could not be resolved ({exc})") from exc
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = str(sockaddr[0]).split("%")[0]
        if address not in addresses:
            addresses.append(address)
    return addresses


class CheckedBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, but every TCP connection is resolved, checked and pinned here."""

    def __init__(self, policy: AddressPolicy, deadline: Deadline) -> None:
        self._policy = policy
        self._deadline = deadline
        self._sockets = httpcore.SyncBackend()
        self.connected_to: list[tuple[str, str]] = []  # (host, address) of every connection made

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        if not addresses:
            raise httpcore.ConnectError(f"the name {host} has no address")
        for address in addresses:  # all of them: a name with one private address is refused
            reason = self._policy.refusal(host, ipaddress.ip_address(address))
            if reason:
                raise AddressRefused(host, address, reason)
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = self._sockets.connect_tcp(
                    address,  # an IP literal: the socket layer does no second lookup
                    port,
                    timeout=self._deadline.wait(timeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            self.connected_to.append((host, address))
            return _DeadlineStream(stream, self._deadline)
        assert last_error is not None
        raise last_error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are never used for fetching pages")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


_ERRORS: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.TimeoutException, httpx.TimeoutException),
)


@contextmanager
def _as_httpx_errors(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except httpcore.UnsupportedProtocol as exc:
        raise httpx.UnsupportedProtocol(str(exc), request=request) from exc
    except Exception as exc:
        for core, mapped in _ERRORS:
            if isinstance(exc, core):
                raise mapped(str(exc), request=request) from exc
        raise


class _Body(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes], request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors(self._request):
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class CheckedTransport(httpx.BaseTransport):
    """An httpx transport over one httpcore pool whose connections all go through CheckedBackend.

    No proxy is ever used (a proxy would do its own DNS and connect anywhere), and the TLS
    context is httpx's default: certificates are verified.
    """

    def __init__(self, policy: AddressPolicy, deadline: Deadline) -> None:
        self.backend = CheckedBackend(policy, deadline)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=4,
            network_backend=self.backend,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors(request):
            response = self._pool.handle_request(core_request)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream, request),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


__all__ = ["AddressRefused", "CheckedBackend", "CheckedTransport", "Deadline", "resolve"]
