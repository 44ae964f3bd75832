"""The safe fetcher refuses what it must, before connecting, on the first hop and on every redirect.

Every test here runs under the ``loopback_only`` guard (conftest): a connection attempt to any
address but 127.0.0.1/::1 fails the test, so "refused" means refused before a packet left.
"""

from __future__ import annotations

import socket

import pytest
from page_shop_server import ShopServer

from adgen.product_page.addresses import AddressPolicy
from adgen.product_page.fetch import FetchError, FetchLimits, FetchRefused, SafeFetcher

PAGE = "<!doctype html><html><head><title>Mug</title></head><body><h1>Mug</h1></body></html>"


def fetcher(allow: str = "127.0.0.1", **limits: float) -> SafeFetcher:
    return SafeFetcher(FetchLimits(**limits), AddressPolicy.from_setting(allow))  # type: ignore[arg-type]


def test_a_page_on_an_allowed_host_is_fetched_and_pinned(shop: ShopServer, loopback_only: list[str]) -> None:
    url = shop.add("/products/mug", PAGE)
    fetched = fetcher().fetch_page(url)
    assert fetched.data == PAGE.encode()
    assert fetched.media_type == "text/html"
    assert fetched.address == "127.0.0.1"
    assert loopback_only == ["127.0.0.1"]


@pytest.mark.parametrize(
    ("host", "words"),
    [
        ("localhost", "localhost resolves to 127.0.0.1, a loopback address"),  # a name mapped to 127.0.0.1
        ("[::1]", "::1 is a loopback address"),
        ("[::ffff:127.0.0.1]", "a loopback address (this very server), written as IPv6"),
        ("2130706433", "resolves to 127.0.0.1, a loopback address"),  # 127.0.0.1 as one decimal number
        ("0x7f000001", "resolves to 127.0.0.1, a loopback address"),
        ("169.254.169.254", "a cloud metadata address"),
        ("[fd00:ec2::254]", "a cloud metadata address"),
        ("10.0.0.5", "a private network address"),
        ("192.168.1.1", "a private network address"),
        ("100.64.1.1", "a carrier-grade NAT address"),
        ("0.0.0.0", "an unspecified address"),
    ],
)
def test_private_and_special_addresses_are_refused_without_the_allow_list(
    shop: ShopServer, host: str, words: str, loopback_only: list[str]
) -> None:
    with pytest.raises(FetchRefused) as refused:
        fetcher(allow="").fetch_page(f"http://{host}:{shop.port}/products/mug")
    assert words in str(refused.value)
    assert "Only public web addresses can be read" in str(refused.value)
    assert loopback_only == []  # refused before any connection
    assert shop.requests == []


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.com/x.html", "gopher://127.0.0.1:70/", "javascript:alert(1)"],
)
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(FetchRefused, match="Only http and https links can be read"):
        fetcher().fetch_page(url)


def test_links_with_credentials_are_refused() -> None:
    with pytest.raises(FetchRefused, match="user name or password"):
        fetcher().fetch_page("http://admin:secret@127.0.0.1/")


def test_redirects_are_followed_within_the_limit(shop: ShopServer) -> None:
    final = shop.add("/products/mug", PAGE)
    shop.redirect("/p/2", final, status=301)
    start = shop.redirect("/p/1", "/p/2")  # a relative Location
    fetched = fetcher(max_redirects=3).fetch_page(start)
    assert fetched.final_url == final
    assert fetched.redirects == [shop.url("/p/2"), final]
    assert shop.requests == ["/p/1", "/p/2", "/products/mug"]


def test_too_many_redirects_stop(shop: ShopServer) -> None:
    for n in range(10):
        shop.redirect(f"/loop/{n}", f"/loop/{n + 1}")
    with pytest.raises(FetchError, match="redirects more than 3 times"):
        fetcher(max_redirects=3).fetch_page(shop.url("/loop/0"))
    assert len(shop.requests) == 4


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("http://169.254.169.254/latest/meta-data/iam/", "a cloud metadata address"),
        ("http://10.0.0.5/admin", "a private network address"),
        ("http://[::1]:{port}/", "a loopback address"),
        ("http://127.0.0.1:{port}/secret", "a loopback address"),
        ("file:///etc/passwd", "Only http and https"),
    ],
)
def test_a_redirect_to_a_private_address_is_refused_even_when_the_first_host_is_allowed(
    shop: ShopServer, target: str, words: str, loopback_only: list[str]
) -> None:
    shop.add("/secret", "<html>internal</html>")
    shop.redirect("/go", target.format(port=shop.port))
    # The allow-list names the host "localhost" only: the redirect's 127.0.0.1 is another host.
    with pytest.raises(FetchRefused) as refused:
        fetcher(allow="localhost").fetch_page(shop.url("/go", host="localhost"))
    assert words in str(refused.value)
    assert shop.requests == ["/go"]  # the target was never asked for
    assert set(loopback_only) <= {"127.0.0.1"} and len(loopback_only) == 1


def test_dns_is_resolved_once_per_connection_and_the_connection_uses_that_address(
    shop: ShopServer, monkeypatch: pytest.MonkeyPatch, loopback_only: list[str]
) -> None:
    """DNS rebinding: the name first answers 127.0.0.1 (allowed), then 10.0.0.7 (private).

    The first connection goes to exactly the address that was checked; the redirect opens a new
    connection, which resolves again, gets 10.0.0.7 and is refused before connecting.
    """
    answers = iter(["127.0.0.1", "10.0.0.7", "10.0.0.7"])
    lookups: list[str] = []
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host != "shop.rebind.test":
            return real(host, port, *args, **kwargs)
        lookups.append(host)
        address = next(answers)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    shop.add("/products/mug", PAGE)
    shop.redirect("/hop", f"http://shop.rebind.test:{shop.port}/products/mug")
    with pytest.raises(
        FetchRefused, match="shop.rebind.test resolves to 10.0.0.7, a private network address"
    ):
        fetcher(allow="127.0.0.0/8").fetch_page(f"http://shop.rebind.test:{shop.port}/hop")
    assert lookups == ["shop.rebind.test", "shop.rebind.test"]
    assert loopback_only == ["127.0.0.1"]
    assert shop.requests == ["/hop"]


def test_a_name_with_one_private_address_among_public_ones_is_refused(
    monkeypatch: pytest.MonkeyPatch, loopback_only: list[str]
) -> None:
    def mixed(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.0.10", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", mixed)
    with pytest.raises(FetchRefused, match="192.168.0.10, a private network address"):
        fetcher(allow="").fetch_page("http://shop.mixed.test/")
    assert loopback_only == []
