"""Fixtures of the product-page tests (and of the URL-to-ad tests, which import them): a loopback
shop, settings that may reach it, and a guard.

The guard wraps ``socket.create_connection`` for every test here: a connection to anything but
the loopback addresses fails the test, so a refusal that came too late (after connecting to
10.0.0.5 or 169.254.169.254) cannot pass unnoticed, and no test ever sends traffic off this machine.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import page_shops
import pytest
from page_shop_server import ShopServer

from adgen.settings import Settings

LOOPBACK = {"127.0.0.1", "::1"}


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every outgoing connection of the test, recorded; any but loopback fails the test at once."""
    attempts: list[str] = []
    real = socket.create_connection

    def guarded(address, *args, **kwargs):  # type: ignore[no-untyped-def]
        host = str(address[0])
        attempts.append(host)
        if host not in LOOPBACK:
            pytest.fail(f"the fetcher tried to connect to {host}: it must refuse before connecting")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)
    return attempts


@pytest.fixture
def shop() -> Iterator[ShopServer]:
    server = ShopServer().start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def shop_pages(shop: ShopServer) -> dict[str, str]:
    return page_shops.install(shop)


@pytest.fixture
def page_settings(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings whose fetcher may reach 127.0.0.1 (the shop) and nothing else that is not public."""
    monkeypatch.setenv("ADGEN_FETCH_ALLOW_HOSTS", "127.0.0.1")
    monkeypatch.setenv("ADGEN_FETCH_TIMEOUT", "10")
    monkeypatch.setenv("ADGEN_FETCH_READ_TIMEOUT", "5")
    return Settings()
