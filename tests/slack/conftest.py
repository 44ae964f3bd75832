"""Fixtures for the Slack adapter: a fake Slack Web API on loopback and the adapter served over
real HTTP by uvicorn in a thread, exactly as `adgen slack` serves it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_slack_api import FakeSlackApi
from loopback import free_port, wait_for_port
from slack_events import BOT_TOKEN, SIGNING_SECRET, SlackEndpoint


@pytest.fixture
def fake_slack() -> Iterator[FakeSlackApi]:
    with FakeSlackApi(BOT_TOKEN) as api:
        yield api


@pytest.fixture
def slack_settings(data_dir: Path, fake_slack: FakeSlackApi, monkeypatch: pytest.MonkeyPatch):
    from adgen.settings import Settings

    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    monkeypatch.setenv("ADGEN_RENDER_QUALITY", "draft")
    return Settings()


@pytest.fixture
def slack_server(slack_settings) -> Iterator[SlackEndpoint]:
    """The adapter served by uvicorn on a free loopback port, as `adgen slack` serves it."""
    from adgen.slack.app import build_app
    from adgen.slack.server import build_http_server
    from adgen.slack.turns import SlackTurns

    turns = SlackTurns(slack_settings, status_interval=0.2)
    adapter = build_app(slack_settings, turns=turns)
    port = free_port()
    server = build_http_server(adapter, host="127.0.0.1", port=port)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for_port(port)
    try:
        yield SlackEndpoint(url=f"http://127.0.0.1:{port}/slack/events", adapter=adapter)
    finally:
        server.should_exit = True
        thread.join(20)
        adapter.close()
