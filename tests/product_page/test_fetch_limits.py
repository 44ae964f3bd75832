"""Size, time and type limits of the safe fetcher, against servers that misbehave on purpose."""

from __future__ import annotations

import gzip
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler

import pytest
from page_shop_server import ShopServer

from adgen.product_page.addresses import AddressPolicy
from adgen.product_page.fetch import FetchError, FetchLimits, SafeFetcher

MB = 1024 * 1024


def fetcher(**limits: float) -> SafeFetcher:
    return SafeFetcher(FetchLimits(**limits), AddressPolicy.from_setting("127.0.0.1"))  # type: ignore[arg-type]


def peak_memory_of_refused_fetch(url: str, max_page_bytes: int) -> int:
    """Peak Python memory while a fetch of ``url`` is refused as too large (it must be refused)."""
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match=rf"larger than {max_page_bytes / MB:.1f} MB"):
            fetcher(max_page_bytes=max_page_bytes).fetch_page(url)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def endless_page(handler: BaseHTTPRequestHandler, shop: ShopServer) -> None:
    """An HTML body that goes on for 64 MB, without a Content-Length, counting what it sent."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
    shop.sent["/big"] = 0
    for _ in range(1024):
        if shop.stop.is_set():
            return
        handler.wfile.write(chunk)
        shop.sent["/big"] += len(chunk)


def trickle(handler: BaseHTTPRequestHandler, shop: ShopServer) -> None:
    """Headers at once, then one byte every 0.2 s, each read well inside the per-read timeout."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    for _ in range(100000):
        if shop.stop.wait(0.2):
            return
        handler.wfile.write(b"x")
        handler.wfile.flush()


def stall(handler: BaseHTTPRequestHandler, shop: ShopServer) -> None:
    """Headers, then silence."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    handler.wfile.flush()
    shop.stop.wait(30)


def test_a_page_too_big_is_cut_off_while_streaming_with_memory_bounded(shop: ShopServer) -> None:
    url = shop.handle("/big", endless_page)
    peak = peak_memory_of_refused_fetch(url, max_page_bytes=1 * MB)
    assert peak < 4 * MB, f"peak {peak / MB:.1f} MB while reading a page limited to 1 MB"
    time.sleep(0.3)  # let the server notice the hang-up
    assert shop.sent["/big"] < 16 * MB, f"the server sent {shop.sent['/big'] / MB:.0f} MB of 64 MB"


def test_a_declared_size_over_the_limit_is_refused_before_reading(shop: ShopServer) -> None:
    url = shop.add("/declared", b"<html>" + b"y" * (2 * MB) + b"</html>")
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"larger than 1\.0 MB"):
        fetcher(max_page_bytes=1 * MB).fetch_page(url)
    assert time.monotonic() - started < 2


def test_a_compression_bomb_is_cut_off_with_memory_bounded(shop: ShopServer) -> None:
    bomb = gzip.compress(b"<p>" + b"0" * (200 * MB) + b"</p>", compresslevel=9)
    assert len(bomb) < 1 * MB
    url = shop.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    peak = peak_memory_of_refused_fetch(url, max_page_bytes=1 * MB)
    assert peak < 6 * MB, f"peak {peak / MB:.1f} MB inflating a 200 MB bomb with a 1 MB limit"


def test_gzip_pages_are_read(shop: ShopServer) -> None:
    page = b"<html><body><h1>Mug</h1>" + b"<p>word</p>" * 1000 + b"</body></html>"
    url = shop.add("/gz", gzip.compress(page), headers={"Content-Encoding": "gzip"})
    assert fetcher().fetch_page(url).data == page


def test_a_slow_page_hits_the_total_time_limit(shop: ShopServer) -> None:
    url = shop.handle("/slow", trickle)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"took longer than 1\.5 s"):
        fetcher(total_sec=1.5, read_sec=1.0).fetch_page(url)
    elapsed = time.monotonic() - started
    assert 1.4 <= elapsed < 2.5, elapsed


def test_a_silent_page_hits_the_per_read_time_limit(shop: ShopServer) -> None:
    url = shop.handle("/stall", stall)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"sent nothing for 0\.5 s"):
        fetcher(total_sec=10, read_sec=0.5).fetch_page(url)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    ("content_type", "shown"),
    [
        ("application/json", "application/json"),
        ("application/pdf", "application/pdf"),
        ("image/png", "image/png"),
        ("", "no content type"),
    ],
)
def test_a_page_that_is_not_html_is_refused(shop: ShopServer, content_type: str, shown: str) -> None:
    url = shop.add("/thing", b'{"name": "Mug"}', content_type=content_type)
    with pytest.raises(FetchError, match=f"is {shown}, not a web page"):
        fetcher().fetch_page(url)


def test_an_image_must_be_an_image_type(shop: ShopServer) -> None:
    url = shop.add("/img.jpg", b"<html>not a picture</html>")
    with pytest.raises(FetchError, match="is text/html, not a PNG, JPEG or WebP image"):
        fetcher().fetch_image(url)


def test_an_error_status_is_a_clear_message(shop: ShopServer) -> None:
    with pytest.raises(FetchError, match="answered 404 Not Found"):
        fetcher().fetch_page(shop.url("/nowhere"))
