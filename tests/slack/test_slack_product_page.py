"""A product page's link in Slack (sent as ``<https://…|label>``) makes the ad, as in the web chat:
the thread shows what was read and the plan, the video comes back to the thread, and "the price
is wrong" in the thread corrects it. The shop is the product-page tests' loopback shop."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback import wait_until
from slack_events import event_payload, mention
from test_slack_conversation import read_log, shared_in, thread_messages, timed_post

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "product_page"))

import page_shops  # noqa: E402
from page_shop_server import ShopServer  # noqa: E402

CHANNEL = "C0000001"


@pytest.fixture
def shop_url() -> Iterator[str]:
    server = ShopServer().start()
    try:
        yield page_shops.install(server)["shopify"]
    finally:
        server.close()


@pytest.fixture
def slack_settings(slack_settings, monkeypatch: pytest.MonkeyPatch):
    """The adapter's settings, allowed to read the loopback shop."""
    from adgen.settings import Settings

    monkeypatch.setenv("ADGEN_FETCH_ALLOW_HOSTS", "127.0.0.1")
    return Settings()


def _final(fake_slack, ts: str, index: int = 0) -> str:
    wait_until(
        lambda: (
            len(thread_messages(fake_slack, ts)) > index
            and "Working" not in thread_messages(fake_slack, ts)[index]["text"]
        ),
        30,
        "the reply",
    )
    return thread_messages(fake_slack, ts)[index]["text"]


@pytest.mark.slow
def test_a_link_in_slack_makes_the_ad_and_the_thread_corrects_it(
    slack_server, fake_slack, slack_settings, shop_url: str
) -> None:
    root = "1700005000.000100"
    timed_post(
        slack_server,
        event_payload(mention(f"make an ad from <{shop_url}|our cold brew kit>, energetic", ts=root)),
    )
    text = _final(fake_slack, root)
    assert "Read from the page: “Cold Brew Coffee Kit” by Northside Roasters." in text, text
    assert "Price $12.99 USD" in text and "product shot: kit.jpg" in text and "Planned a new ad." in text
    video = wait_until(lambda: shared_in(fake_slack, root), 90, "the video upload")[0]
    assert video["name"].endswith("-v1-9x16.mp4") and len(video["data"]) > 10_000

    timed_post(
        slack_server,
        event_payload(mention("the price is wrong, it's 11.99", ts="1700005100.000200", thread_ts=root)),
    )
    text = _final(fake_slack, root, 1)
    assert "Noted: the price is $11.99 USD (the page said $12.99 USD)." in text, text
    assert slack_server.adapter.turns.wait_idle(90)

    log = read_log(slack_settings.logs_dir / "slack" / f"T0000001-{CHANNEL}-{root}.jsonl")
    users = [line for line in log if line["role"] == "user"]
    assert users[0]["page"]["name"] == "Cold Brew Coffee Kit" and users[0]["pagePictures"]
    replies = [line for line in log if line["role"] == "assistant"]
    assert replies[1]["operations"][0]["operation"] == "update_overlay"
    assert replies[1]["operations"][0]["text"].startswith("Shop now · $11.99 USD")
