"""The adapter's parts on their own: Slack markup, downloads with the bot token, the throttled
status message, all against the loopback fake of Slack."""

from __future__ import annotations

import asyncio
import os

import pytest
from fake_slack_api import BOT_USER_ID
from slack_events import BOT_TOKEN


def test_plain_text_unwraps_slack_markup():
    from adgen.slack.messages import plain_text

    text = (
        f"<@{BOT_USER_ID}> make an ad for <https://northwind.example|Northwind> &amp; "
        "tell <@U0000002|ana> in <#C0000001|marketing> <!here> &lt;3"
    )
    assert plain_text(text, bot_user_id=BOT_USER_ID) == (
        "make an ad for https://northwind.example & tell @ana in #marketing @here <3"
    )


def test_incoming_message_places_a_message_in_its_thread():
    from adgen.slack.messages import incoming_message

    body = {"team_id": "T1"}
    root = incoming_message(
        body,
        {"type": "app_mention", "user": "U1", "channel": "C1", "ts": "1.1", "text": f"<@{BOT_USER_ID}> hi"},
        bot_user_id=BOT_USER_ID,
    )
    reply = incoming_message(
        body,
        {"type": "app_mention", "user": "U2", "channel": "C1", "ts": "2.2", "thread_ts": "1.1", "text": "x"},
        bot_user_id=BOT_USER_ID,
    )
    assert root.conversation_id == reply.conversation_id == "T1-C1-1.1"
    assert root.text == "hi"
    assert (
        incoming_message(
            body, {"type": "message", "subtype": "channel_join", "user": "U1", "channel": "C1", "ts": "3.3"}
        )
        is None
    )
    assert (
        incoming_message(
            body,
            {
                "type": "message",
                "bot_id": "B9",
                "user": "U9",
                "channel": "C1",
                "ts": "4.4",
                "text": "bot says",
            },
        )
        is None
    )


def _file(fake_slack, data: bytes, name: str = "p.png", mimetype: str = "image/png"):
    from adgen.slack.messages import SlackFile

    listed = fake_slack.add_private_file(name, data, mimetype)
    return SlackFile(
        id=listed["id"], name=name, mimetype=mimetype, size=listed["size"], url=listed["url_private_download"]
    )


async def test_download_sends_the_bot_token_and_keeps_the_bytes(fake_slack, tmp_path):
    from adgen.slack.files import download_file

    data = os.urandom(50_000)
    path = await download_file(
        _file(fake_slack, data), tmp_path, token=BOT_TOKEN, api_url=fake_slack.api_url, max_bytes=1_000_000
    )
    assert path.read_bytes() == data and path.parent == tmp_path
    assert fake_slack.state.downloads[-1]["token"] == BOT_TOKEN


async def test_download_with_a_wrong_token_reports_the_sign_in_page(fake_slack, tmp_path):
    from adgen.slack.files import SlackDownloadError, download_file

    with pytest.raises(SlackDownloadError, match="files:read"):
        await download_file(
            _file(fake_slack, b"\x89PNG...."),
            tmp_path,
            token="xoxb-wrong",
            api_url=fake_slack.api_url,
            max_bytes=1_000_000,
        )
    assert list(tmp_path.iterdir()) == []


async def test_download_stops_at_the_size_limit_even_when_slack_understates_it(fake_slack, tmp_path):
    import dataclasses

    from adgen.slack.files import SlackDownloadError, download_file

    file = dataclasses.replace(_file(fake_slack, os.urandom(300_000)), size=10)
    with pytest.raises(SlackDownloadError, match="larger than|MB"):
        await download_file(file, tmp_path, token=BOT_TOKEN, api_url=fake_slack.api_url, max_bytes=100_000)
    assert list(tmp_path.iterdir()) == []


async def test_the_token_is_never_sent_to_another_host(fake_slack, tmp_path):
    from adgen.slack.files import SlackDownloadError, download_file
    from adgen.slack.messages import SlackFile

    elsewhere = SlackFile(
        id="F1",
        name="p.png",
        mimetype="image/png",
        size=10,
        url=f"http://localhost:{fake_slack.port}/files/F1/p.png",
    )  # same server, other name
    with pytest.raises(SlackDownloadError, match="stored by Slack"):
        await download_file(elsewhere, tmp_path, token=BOT_TOKEN, api_url=fake_slack.api_url, max_bytes=100)
    assert fake_slack.state.downloads == []


async def test_status_message_is_posted_once_and_throttled_without_losing_the_last_text(fake_slack):
    from adgen.settings import Settings
    from adgen.slack.status import StatusMessage
    from adgen.slack.turns import make_web_client

    client = make_web_client(Settings(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_API_URL=fake_slack.api_url))
    status = StatusMessage(client, "C1", "1.1", min_interval=0.3)
    assert await status.post("working")
    for n in range(10):
        await status.update(f"{n * 10}%")
    await asyncio.sleep(0.5)
    message = fake_slack.state.messages[status.ts]
    assert message["text"] == "90%", "the held-back latest text is sent after the interval"
    assert 1 <= len(message["edits"]) <= 3, message["edits"]
    await status.update("done", final=True)
    assert message["text"] == "done"
    assert fake_slack.state.methods().count("chat.postMessage") == 1


def test_reply_parts_read_as_slack_text():
    """Videos become links (a path a browser cannot open stays readable), a question says how to
    answer it, and Slack's control characters are escaped."""
    from adgen.agent.reply import ExportsPart, NotePart, QuestionPart
    from adgen.agent.session import ChatReply
    from adgen.slack.texts import reply_text

    reply = ChatReply(
        text="unused",
        parts=[
            NotePart("Changed <b> & more."),
            ExportsPart("Videos: …", exports={"9:16": "https://cdn.example/a.mp4", "1:1": "/data/b.mp4"}),
            QuestionPart("It may cost up to $1.20. Shall I go ahead?", options=("yes", "no")),
        ],
    )
    assert reply_text(reply).splitlines() == [
        "Changed &lt;b&gt; &amp; more.",
        "Videos: <https://cdn.example/a.mp4|9:16> · 1:1: `/data/b.mp4`",
        "It may cost up to $1.20. Shall I go ahead?",
        "_Reply *yes* or *no* in this thread._",
    ]
