"""Socket Mode over a real WebSocket, and `run_slack`'s answers to missing or refused settings."""

from __future__ import annotations

import asyncio
import threading
import time

from loopback import wait_until
from slack_events import event_payload

APP_TOKEN = "xapp-1-A0000001-test"


def test_socket_mode_takes_a_dm_acknowledges_it_and_replies_in_its_thread(
    fake_slack, slack_settings, monkeypatch
):
    from adgen.settings import Settings
    from adgen.slack.app import build_app
    from adgen.slack.server import serve_socket_mode
    from adgen.slack.turns import SlackTurns

    socket = fake_slack.enable_socket_mode(APP_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    monkeypatch.delenv("SLACK_SIGNING_SECRET")  # not needed without HTTP
    settings = Settings()
    adapter = build_app(settings, socket_mode=True, turns=SlackTurns(settings, status_interval=0.2))
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    thread = threading.Thread(
        target=loop.run_until_complete, args=(serve_socket_mode(adapter, APP_TOKEN, stop=stop),), daemon=True
    )
    thread.start()
    try:
        assert socket.connected.wait(10)
        ts = "1700004000.000100"
        payload = event_payload(
            {
                "type": "message",
                "channel_type": "im",
                "user": "U0000009",
                "text": "list my projects",
                "ts": ts,
                "channel": "D0000009",
            }
        )
        socket.push_event(payload, "env-1")
        wait_until(
            lambda: any(a.get("envelope_id") == "env-1" for a in socket.acks), 5, "the acknowledgement"
        )

        def replied():
            with fake_slack.state.lock:
                return [
                    m
                    for m in fake_slack.state.messages.values()
                    if m["thread_ts"] == ts and "no ads yet" in (m["text"] or "")
                ]

        wait_until(replied, 15, "the reply in the DM thread")

        socket.push_event(payload, "env-2")  # Slack redelivers the same event
        wait_until(
            lambda: any(a.get("envelope_id") == "env-2" for a in socket.acks), 5, "the second acknowledgement"
        )
        assert adapter.turns.wait_idle(10)
        with fake_slack.state.lock:
            in_thread = [m for m in fake_slack.state.messages.values() if m["thread_ts"] == ts]
        assert len(in_thread) == 1
        assert "apps.connections.open" in fake_slack.state.methods()
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(15)
        adapter.close()
    assert not thread.is_alive()


def test_run_slack_refuses_missing_settings_with_a_clear_message(settings, capsys):
    from adgen.slack.server import run_slack

    assert run_slack(settings, port=0) == 2
    assert "SLACK_BOT_TOKEN" in capsys.readouterr().err


def test_run_slack_socket_mode_with_a_refused_app_token(fake_slack, slack_settings, monkeypatch, capsys):
    from adgen.settings import Settings
    from adgen.slack.server import run_slack

    fake_slack.enable_socket_mode(APP_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-wrong")
    started = time.monotonic()
    assert run_slack(Settings(), socket_mode=True) == 1
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err
    assert "SLACK_APP_TOKEN" in err and "invalid_auth" in err and "Traceback" not in err
