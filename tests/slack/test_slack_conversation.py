"""A whole Slack conversation against the real agent and renderer: signed events over HTTP in,
Web API calls out to the recording fake; the uploaded video is probed, the thread's log replayed."""

from __future__ import annotations

import io
import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from fake_slack_api import BOT_USER_ID
from loopback import wait_until
from PIL import Image, ImageDraw
from slack_events import BOT_TOKEN, event_payload, mention

CHANNEL = "C0000001"
ACK_LIMIT_SEC = 3.0
ACK_TIMES: list[float] = []


def product_png() -> bytes:
    image = Image.new("RGBA", (360, 540), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((110, 90, 250, 500), radius=30, fill=(196, 64, 38, 255))
    draw.rectangle((140, 40, 220, 100), fill=(40, 40, 40, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def probe(data: bytes, tmp_path: Path, name: str) -> dict[str, Any]:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def thread_messages(fake_slack, thread_ts: str) -> list[dict[str, Any]]:
    with fake_slack.state.lock:
        return [dict(m) for m in fake_slack.state.messages.values() if m["thread_ts"] == thread_ts]


def shared_in(fake_slack, thread_ts: str) -> list[dict[str, Any]]:
    with fake_slack.state.lock:
        return [f for f in fake_slack.state.shared_files if f["thread_ts"] == thread_ts]


def timed_post(slack_server, payload: dict[str, Any], **kwargs: Any):
    started = time.monotonic()
    response = slack_server.post(payload, **kwargs)
    elapsed = time.monotonic() - started
    ACK_TIMES.append(elapsed)
    assert response.status_code == 200, response.text
    assert elapsed < ACK_LIMIT_SEC, f"Slack needs an answer within 3 s; took {elapsed:.2f}s"
    return response


def read_log(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.slow
def test_mention_with_image_renders_uploads_and_edits_the_same_project(
    slack_server, fake_slack, slack_settings, tmp_path
):
    png = product_png()
    file = fake_slack.add_private_file("cold-brew.png", png, "image/png")
    root_ts = "1700001000.000100"

    # 1. A mention with a product image starts the conversation of this thread.
    timed_post(
        slack_server,
        event_payload(
            mention(
                "Make a 15 second ad for Northwind cold brew, energetic",
                ts=root_ts,
                channel=CHANNEL,
                files=[file],
            )
        ),
    )
    first = wait_until(lambda: shared_in(fake_slack, root_ts), 75, "the first video upload")[0]
    # The video is uploaded before the status message is edited to say it is in the thread,
    # so the final edit can land a moment after the upload (a CI run under load saw the gap).
    wait_until(
        lambda: "is ready" in thread_messages(fake_slack, root_ts)[0]["text"], 20, "the final status edit"
    )

    assert fake_slack.state.downloads == [{"fileId": file["id"], "token": BOT_TOKEN}]
    statuses = thread_messages(fake_slack, root_ts)
    assert len(statuses) == 1, "one status message per turn"
    status = statuses[0]
    assert status["channel"] == CHANNEL
    assert len(status["edits"]) >= 2, "the status message is edited with progress, then with the result"
    assert any("%" in edit for edit in status["edits"][:-1]), status["edits"]
    assert "Version 1 is ready" in status["text"]
    assert "1:1" in status["text"] and "16:9" in status["text"], "the other sizes are linked"

    assert first["channel"] == CHANNEL and first["thread_ts"] == root_ts
    assert first["name"].endswith("-v1-draft-9x16.mp4")
    info = probe(first["data"], tmp_path, "v1.mp4")
    video = [s for s in info["streams"] if s["codec_type"] == "video"]
    assert len(video) == 1
    width, height = video[0]["width"], video[0]["height"]
    assert height > width and abs(width / height - 9 / 16) < 0.01
    assert 14.0 < float(info["format"]["duration"]) < 16.5
    calls = fake_slack.state.methods()
    assert calls.index("files.getUploadURLExternal") < calls.index("files.completeUploadExternal")

    log_path = slack_settings.logs_dir / "slack" / f"T0000001-{CHANNEL}-{root_ts}.jsonl"
    lines = read_log(log_path)
    first_reply = [line for line in lines if line["role"] == "assistant"][0]
    project_id = first_reply["projectId"]
    assert first_reply["version"] == 1
    assert lines[0]["role"] == "user" and lines[0]["attachments"], "the image is kept with the log"
    assert (log_path.parent / lines[0]["attachments"][0]).read_bytes() == png

    # 2. An edit in the same thread, delivered twice (Slack's retry): done once, same project.
    edit = event_payload(
        mention(
            "make the hook say 'Wake up, Northwind'",
            ts="1700001050.000200",
            channel=CHANNEL,
            thread_ts=root_ts,
        )
    )
    timed_post(slack_server, edit)
    timed_post(slack_server, edit, retry_num=1)
    second = wait_until(lambda: shared_in(fake_slack, root_ts)[1:], 60, "the second video upload")[0]
    assert second["name"].endswith("-v2-draft-9x16.mp4")
    info = probe(second["data"], tmp_path, "v2.mp4")
    assert [s["codec_type"] for s in info["streams"]].count("video") == 1

    # 3. A reply in the thread without a mention continues the conversation too.
    reply = event_payload(
        {
            "type": "message",
            "channel_type": "channel",
            "user": "U0000002",
            "text": "status",
            "ts": "1700001090.000300",
            "thread_ts": root_ts,
            "channel": CHANNEL,
        }
    )
    timed_post(slack_server, reply)
    wait_until(
        lambda: (
            len(thread_messages(fake_slack, root_ts)) == 3
            and "render" in thread_messages(fake_slack, root_ts)[-1]["text"]
        ),
        20,
        "the status reply",
    )
    assert slack_server.adapter.turns.wait_idle(20)

    statuses = thread_messages(fake_slack, root_ts)
    assert len(statuses) == 3, "the retry made no second status message"
    assert len(shared_in(fake_slack, root_ts)) == 2, "the retry made no second render or upload"
    lines = read_log(log_path)
    users = [line for line in lines if line["role"] == "user"]
    replies = [line for line in lines if line["role"] == "assistant"]
    assert [u["text"] for u in users].count("make the hook say 'Wake up, Northwind'") == 1
    assert len(users) == 3
    assert all(line["channel"] == "slack" for line in lines)
    assert replies[1]["projectId"] == project_id and replies[1]["version"] == 2
    assert replies[1]["operations"][0]["operation"] == "update_overlay"
    assert replies[2]["projectId"] == project_id
    # The colleague who replied edits the starter's project: the thread has one owner.
    assert {line["userId"] for line in lines} == {"slack:T0000001:U0000001"}

    print(f"acknowledged {len(ACK_TIMES)} events, slowest in {max(ACK_TIMES) * 1000:.0f} ms")

    # 4. The Slack thread is a conversation log that replays to the same operations.
    from adgen.agent.replay import run_replay

    out = tmp_path / "replay"
    printed = io.StringIO()
    assert (
        run_replay(log_path, out, render=False, check=True, settings=slack_settings, stdout=printed) == 0
    ), printed.getvalue()
    projects = [json.loads(p.read_text()) for p in (out / "projects").glob("*.json")]
    assert len(projects) == 1 and projects[0]["version"] == 2
    assert projects[0]["scenes"][0]["overlay"]["text"] == "Wake up, Northwind"
    assert projects[0]["productAsset"] is not None, "the Slack image is part of the replayed ad"


def test_dm_and_error_replies(slack_server, fake_slack, slack_settings):
    # A DM that is not an image attachment: a clear refusal, nothing created, no stack trace.
    text_file = fake_slack.add_private_file("notes.txt", b"just some notes\n" * 10, "text/plain")
    dm_ts = "1700002000.000100"
    timed_post(
        slack_server,
        event_payload(
            {
                "type": "message",
                "channel_type": "im",
                "user": "U0000003",
                "subtype": "file_share",
                "text": "make an ad for our lemonade",
                "ts": dm_ts,
                "channel": "D0000001",
                "files": [text_file],
            }
        ),
    )
    wait_until(
        lambda: (
            thread_messages(fake_slack, dm_ts)
            and "Working" not in thread_messages(fake_slack, dm_ts)[0]["text"]
        ),
        20,
        "the DM reply",
    )
    message = thread_messages(fake_slack, dm_ts)[0]
    assert message["channel"] == "D0000001"
    assert message["text"].startswith(":warning:")
    assert "Nothing was changed" in message["text"]
    assert "Traceback" not in message["text"]

    # An image over the size limit is refused before it is downloaded.
    big = fake_slack.add_private_file("huge.png", product_png(), "image/png")
    big["size"] = slack_settings.max_upload_bytes + 1
    big_ts = "1700002010.000100"
    timed_post(slack_server, event_payload(mention("use this product", ts=big_ts, files=[big])))
    wait_until(
        lambda: (
            thread_messages(fake_slack, big_ts) and "MB" in thread_messages(fake_slack, big_ts)[0]["text"]
        ),
        20,
        "the size refusal",
    )
    assert all(d["fileId"] != big["id"] for d in fake_slack.state.downloads)

    # The bot's own messages and message edits are not turns.
    before = len(fake_slack.state.calls)
    timed_post(
        slack_server,
        event_payload(
            {
                "type": "message",
                "channel_type": "im",
                "user": BOT_USER_ID,
                "bot_id": "B0000001",
                "text": "I said this",
                "ts": "1700002020.000100",
                "channel": "D0000001",
            }
        ),
    )
    timed_post(
        slack_server,
        event_payload(
            {
                "type": "message",
                "channel_type": "im",
                "subtype": "message_changed",
                "channel": "D0000001",
                "ts": "1700002021.000100",
                "message": {"text": "edited"},
            }
        ),
    )
    assert slack_server.adapter.turns.wait_idle(10)
    time.sleep(0.3)
    assert fake_slack.state.methods()[before:] == []


@pytest.mark.parametrize("text", ["", "   "])
def test_a_bare_mention_gets_a_prompt(slack_server, fake_slack, text):
    ts = f"1700003000.{len(text):06d}"
    timed_post(slack_server, event_payload(mention(text, ts=ts)))
    wait_until(
        lambda: (
            thread_messages(fake_slack, ts) and "Working" not in thread_messages(fake_slack, ts)[0]["text"]
        ),
        20,
        "the reply",
    )
    assert "Tell me about the ad" in thread_messages(fake_slack, ts)[0]["text"]
