"""Requests that must do nothing: forged or stale signatures, and the plumbing that keeps a
retried event from running twice. Everything goes over real HTTP to the adapter under uvicorn."""

from __future__ import annotations

import json
import time

from slack_events import SIGNING_SECRET, event_payload, mention, sign


def _no_work(fake_slack, slack_settings, calls_before: int) -> None:
    time.sleep(0.5)  # give anything wrongly started the time to show itself
    assert len(fake_slack.state.calls) == calls_before
    logs = slack_settings.logs_dir / "slack"
    assert not logs.exists() or not any(logs.iterdir())


def test_forged_signature_gets_401_and_no_work(slack_server, fake_slack, slack_settings):
    payload = event_payload(mention("make a 15 s ad for cold brew", ts="1700000100.000100"))
    before = len(fake_slack.state.calls)
    body = json.dumps(payload).encode()
    ts = int(time.time())
    forged = sign(body, ts, secret="not-the-signing-secret")
    response = slack_server.post(payload, timestamp=ts, signature=forged)
    assert response.status_code == 401
    _no_work(fake_slack, slack_settings, before)


def test_tampered_body_gets_401(slack_server, fake_slack, slack_settings):
    payload = event_payload(mention("make a 15 s ad", ts="1700000101.000100"))
    ts = int(time.time())
    signature = sign(json.dumps(payload).encode(), ts)
    payload["event"]["text"] += " and also something else"
    before = len(fake_slack.state.calls)
    response = slack_server.post(payload, timestamp=ts, signature=signature)
    assert response.status_code == 401
    _no_work(fake_slack, slack_settings, before)


def test_stale_timestamp_gets_401_even_when_correctly_signed(slack_server, fake_slack, slack_settings):
    payload = event_payload(mention("make a 15 s ad", ts="1700000102.000100"))
    stale = int(time.time()) - 10 * 60
    before = len(fake_slack.state.calls)
    response = slack_server.post(payload, timestamp=stale)  # signed with the right secret, but old
    assert response.status_code == 401
    _no_work(fake_slack, slack_settings, before)


def test_missing_signature_headers_get_401(slack_server, fake_slack):
    import httpx

    before = len(fake_slack.state.calls)
    response = httpx.post(
        slack_server.url, content=b'{"type": "event_callback"}', headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 401
    assert len(fake_slack.state.calls) == before


def test_url_verification_challenge_is_answered(slack_server):
    payload = {
        "token": "x",
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        "type": "url_verification",
    }
    response = slack_server.post(payload)
    assert response.status_code == 200
    assert response.json()["challenge"] == payload["challenge"]


def test_signing_secret_is_the_one_from_settings(slack_settings):
    assert slack_settings.slack_signing_secret == SIGNING_SECRET


def test_sqlite_dedupe_claims_once_and_expires(tmp_path):
    from adgen.slack.dedupe import SQLiteDeduper

    dedupe = SQLiteDeduper(tmp_path / "claims.sqlite3", ttl_sec=0.3)
    assert dedupe.claim(["event:Ev1", "message:T:C:1.0"])
    assert not dedupe.claim(["event:Ev1", "message:T:C:1.0"])  # Slack's retry
    assert not dedupe.claim(["event:Ev2", "message:T:C:1.0"])  # same message, other event type
    # A second process (another connection to the same file) sees the claim too.
    assert not SQLiteDeduper(tmp_path / "claims.sqlite3").claim(["event:Ev1"])
    time.sleep(0.4)
    assert dedupe.claim(["event:Ev1"])


def test_redis_dedupe_claims_once_and_expires(redis_url):
    from adgen.slack.dedupe import RedisDeduper

    dedupe = RedisDeduper(redis_url, ttl_sec=0.3)
    try:
        assert dedupe.claim(["event:Ev9"])
        assert not dedupe.claim(["event:Ev9"])
        time.sleep(0.45)
        assert dedupe.claim(["event:Ev9"])
    finally:
        dedupe.close()


def test_open_deduper_uses_redis_when_it_answers_else_sqlite(settings, redis_url, monkeypatch):
    from adgen.settings import Settings
    from adgen.slack.dedupe import RedisDeduper, SQLiteDeduper, open_deduper

    assert isinstance(open_deduper(settings), SQLiteDeduper)
    monkeypatch.setenv("REDIS_URL", redis_url)
    assert isinstance(open_deduper(Settings()), RedisDeduper)
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    assert isinstance(open_deduper(Settings()), SQLiteDeduper)
