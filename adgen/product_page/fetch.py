"""The safe fetcher: what a product-page link may make this server download, and how much.

Only http and https; no user names in links; every connection checked after DNS resolution and
pinned to the checked address (:mod:`adgen.product_page.network`), on every redirect hop, with a
bounded number of hops; the body read as a stream and cut off at the size limit (compressed
bodies are inflated in bounded steps, so a small gzip bomb cannot grow in memory); one deadline
for the whole fetch plus a per-read timeout; the content type checked before the body is read
(HTML for pages, PNG/JPEG/WebP or untyped bytes for images, which the upload checks then judge
by content).

Every failure is a :class:`FetchError` whose message is one sentence for the marketer;
:class:`FetchRefused` marks the refusals made for safety (private addresses, schemes).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Literal

import httpx

from adgen.product_page.addresses import AddressPolicy
from adgen.product_page.network import AddressRefused, CheckedTransport, Deadline
from adgen.settings import Settings

Kind = Literal["page", "image"]

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/jpg", "image/pjpeg", "image/webp", "application/octet-stream"}
)
USER_AGENT = "adgen-product-reader/0.1 (reads one product page to make an ad)"
_CHUNK = 64 * 1024


class FetchError(ValueError):
    """A link that could not be read; the message says what went wrong and what to do."""


class FetchRefused(FetchError):
    """A link refused for safety (a private or metadata address, a scheme other than http/https)."""


@dataclass(frozen=True)
class FetchLimits:
    """How much one fetch may cost: bytes, seconds and redirect hops."""

    max_page_bytes: int = 5 * 1024 * 1024
    max_image_bytes: int = 20 * 1024 * 1024
    total_sec: float = 20.0
    read_sec: float = 10.0
    max_redirects: int = 5

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchLimits:
        return cls(
            max_page_bytes=settings.fetch_max_page_bytes,
            max_image_bytes=settings.max_upload_bytes,
            total_sec=settings.fetch_timeout_sec,
            read_sec=settings.fetch_read_timeout_sec,
            max_redirects=settings.fetch_max_redirects,
        )


@dataclass(frozen=True)
class Fetched:
    """A body that passed every check, and where it came from."""

    url: str
    final_url: str
    media_type: str
    content_type: str
    data: bytes
    redirects: list[str] = field(default_factory=list)
    address: str | None = None


def check_link(url: str) -> httpx.URL:
    """The link as a URL if its form is acceptable (http/https, a host, no user name), else FetchRefused."""
    shown = _shorten(url)
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchError(
            f"“{shown}” is not a link I can read; send the product page's full address."
        ) from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchRefused(
            f"Only http and https links can be read; “{shown}” is not one. Send the product page's web address."
        )
    if not parsed.host:
        raise FetchError(f"“{shown}” has no host name; send the product page's full address.")
    if parsed.userinfo:
        raise FetchRefused(
            f"Links with a user name or password are not read (“{shown}”); send the public link."
        )
    return parsed


class SafeFetcher:
    """Downloads pages and images for the product-page reader, within the limits, from public hosts."""

    def __init__(self, limits: FetchLimits | None = None, policy: AddressPolicy | None = None) -> None:
        self.limits = limits or FetchLimits()
        self.policy = policy or AddressPolicy()

    @classmethod
    def from_settings(cls, settings: Settings) -> SafeFetcher:
        return cls(
            FetchLimits.from_settings(settings), AddressPolicy.from_setting(settings.fetch_allow_hosts)
        )

    def fetch_page(self, url: str) -> Fetched:
        """An HTML page (text/html or XHTML), at most ``max_page_bytes`` after decompression."""
        return self._fetch(url, "page")

    def fetch_image(self, url: str) -> Fetched:
        """An image's bytes (PNG, JPEG, WebP or untyped), at most ``max_image_bytes``; not yet checked."""
        return self._fetch(url, "image")

    def _fetch(self, url: str, kind: Kind) -> Fetched:
        current = check_link(url)
        deadline = Deadline(self.limits.total_sec, self.limits.read_sec)
        transport = CheckedTransport(self.policy, deadline)
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9" if kind == "page" else "image/*;q=0.9",
            "Accept-Encoding": "gzip, deflate",
        }
        redirects: list[str] = []
        timeout = httpx.Timeout(self.limits.read_sec)
        with httpx.Client(
            transport=transport, trust_env=False, follow_redirects=False, timeout=timeout
        ) as client:
            while True:
                try:
                    with client.stream("GET", current, headers=headers) as response:
                        location = _redirect_target(response)
                        if location is None:
                            data, media_type = self._read(response, kind, str(current))
                            address = (
                                transport.backend.connected_to[-1][1]
                                if transport.backend.connected_to
                                else None
                            )
                            return Fetched(
                                url=url,
                                final_url=str(current),
                                media_type=media_type,
                                content_type=response.headers.get("content-type", ""),
                                data=data,
                                redirects=redirects,
                                address=address,
                            )
                except AddressRefused as exc:
                    via = f" (it redirected to {_shorten(str(current))})" if redirects else ""
                    where = (
                        f"{exc.host} is"
                        if exc.host == exc.address
                        else f"{exc.host} resolves to {exc.address},"
                    )
                    raise FetchRefused(
                        f"I won't read {_shorten(url)}{via}: {where} {exc.reason}. "
                        "Only public web addresses can be read; send the product's public page."
                    ) from exc
                except httpx.TimeoutException as exc:
                    raise FetchError(_timeout_message(url, deadline)) from exc
                except httpx.ConnectError as exc:
                    raise FetchError(
                        f"I couldn't connect to {current.host} ({exc}); check the link, or save the page "
                        "from your browser and send the file."
                    ) from exc
                except httpx.HTTPError as exc:
                    raise FetchError(
                        f"Reading {_shorten(url)} failed ({type(exc).__name__}: {exc}); try again, or save the "
                        "page from your browser and send the file."
                    ) from exc
                if len(redirects) >= self.limits.max_redirects:
                    raise FetchError(
                        f"{_shorten(url)} redirects more than {self.limits.max_redirects} times; "
                        "send the address the page finally opens at."
                    )
                target = current.join(location)
                check_link(str(target))
                redirects.append(str(target))
                current = target

    def _read(self, response: httpx.Response, kind: Kind, url: str) -> tuple[bytes, str]:
        if not 200 <= response.status_code < 300:
            reason = response.reason_phrase or "an error"
            raise FetchError(
                f"{_shorten(url)} answered {response.status_code} {reason}; check that the link opens in a browser."
            )
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        allowed = PAGE_TYPES if kind == "page" else IMAGE_TYPES
        if media_type not in allowed:
            what = "a web page (HTML)" if kind == "page" else "a PNG, JPEG or WebP image"
            shown = media_type or "no content type"
            raise FetchError(f"{_shorten(url)} is {shown}, not {what}; send the product page's own link.")
        limit = self.limits.max_page_bytes if kind == "page" else self.limits.max_image_bytes
        too_big = FetchError(
            f"{_shorten(url)} is larger than {_size(limit)}; that is too large to read"
            + ("; send the product page itself." if kind == "page" else ".")
        )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and not response.headers.get("content-encoding"):
            raise too_big
        decoder = BoundedDecoder(response.headers.get("content-encoding", ""), url)
        body = bytearray()
        for chunk in response.iter_raw(_CHUNK):
            room = limit - len(body)
            piece = decoder.feed(chunk, room)
            if len(piece) > room:
                raise too_big
            body += piece
        return bytes(body), media_type


class BoundedDecoder:
    """Content-Encoding (identity, gzip, deflate) undone without ever holding more than the room left."""

    def __init__(self, encoding: str, url: str) -> None:
        name = encoding.strip().lower()
        if name in ("", "identity"):
            self._inflater = None
        elif name in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif name == "deflate":
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise FetchError(
                f"{_shorten(url)} came compressed as “{name}”, which I can't read; try again later."
            )
        self._url = url

    def feed(self, chunk: bytes, room: int) -> bytes:
        """Up to ``room + 1`` decoded bytes of ``chunk`` (one more than room means: too large)."""
        if self._inflater is None:
            return chunk
        try:
            out = self._inflater.decompress(chunk, room + 1)
        except zlib.error as exc:
            raise FetchError(f"{_shorten(self._url)} sent a damaged compressed body; try again.") from exc
        if self._inflater.unconsumed_tail:
            return out + b"\0"  # more output was waiting: past the limit
        return out


def _redirect_target(response: httpx.Response) -> str | None:
    if response.status_code in (301, 302, 303, 307, 308):
        location = response.headers.get("location")
        if location:
            return location
    return None


def _timeout_message(url: str, deadline: Deadline) -> str:
    if deadline.limited_by_total:
        return (
            f"{_shorten(url)} took longer than {deadline.total_sec:g} s to load, so I stopped; try again, or save "
            "the page from your browser and send the file."
        )
    return (
        f"{_shorten(url)} sent nothing for {deadline.per_read_sec:g} s, so I stopped; try again, or save the page "
        "from your browser and send the file."
    )


def _shorten(url: str, limit: int = 80) -> str:
    text = "".join(ch for ch in str(url) if ch.isprintable())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


__all__ = [
    "BoundedDecoder",
    "FetchError",
    "FetchLimits",
    "FetchRefused",
    "Fetched",
    "SafeFetcher",
    "check_link",
]
