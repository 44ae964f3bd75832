"""Fixtures for the web chat tests: the real app on a loopback port, real render workers on the
session's redis-server, and Debian's Chromium driven by Playwright. Nothing is installed at test
time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_helpers import CHROMIUM, CHROMIUM_ARGS, WebApp, start_app, stop_app


@pytest.fixture(scope="module")
def web_app(tmp_path_factory: pytest.TempPathFactory, redis_server: str) -> Iterator[WebApp]:
    """The app with the anonymous local user, two workers and the session Redis (emptied first)."""
    import redis

    redis.Redis.from_url(redis_server).flushall()
    app = start_app(tmp_path_factory.mktemp("web"), redis_url=redis_server, workers=2, env={})
    try:
        yield app
    finally:
        stop_app(app)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
