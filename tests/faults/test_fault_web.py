"""Faults under the running web chat, followed through its real socket as a browser tab does:
Redis killed mid-render (and started again), the web process killed mid-render without Redis
(and started again), a worker killed mid-render, and two web chats on one data folder."""

from __future__ import annotations

import asyncio
import io
import os
import re
import signal
from pathlib import Path

import httpx
import pytest
import redis
from chat_socket import ChatSocket
from loopback import wait_until
from PIL import Image
from proc_tree import descendants, session, still_alive
from redis_proc import RedisProcess
from web_helpers import start_app, stop_app

from adgen.jobs.events import RedisEventLog
from adgen.jobs.interrupted import INTERRUPTED
from adgen.jobs.outage import FOLLOW_PAUSED, FOLLOW_RESUMED
from adgen.settings import Settings
from adgen.store.projects import open_project_store

pytestmark = pytest.mark.slow  # the real app, real workers, real renders

BRIEF = "a 15 s ad for our cold brew, energetic"
READY = "Your ad is ready"


def _cookie(base_url: str) -> httpx.Cookies:
    response = httpx.post(base_url + "/auth/header", timeout=20)
    assert response.status_code == 200, response.text
    return response.cookies


def _store(app) -> object:
    return open_project_store(Settings(data_dir=app.data_dir, _env_file=None))


async def _chat(base_url: str) -> ChatSocket:
    """A tab whose chat has started: on_chat_start has run (it sets the command buttons last),
    so a first message cannot race it to a chat of its own."""
    chat = ChatSocket(base_url, _cookie(base_url))
    ready = asyncio.Event()

    async def commands_set(*_args) -> None:
        ready.set()

    chat.client.on("set_commands", commands_set)
    await chat.connect()
    await chat.start_chat()
    await asyncio.wait_for(ready.wait(), 60)
    return chat


async def _start_brief(chat: ChatSocket, text: str = BRIEF, file_ids: list[str] | None = None) -> str:
    said = await chat.ask(text, lambda t: "Rendering p_" in t, 60, "the render to start", file_ids=file_ids)
    return re.search(r"Rendering (p_[0-9a-f]+)", said).group(1)


def test_redis_killed_mid_render_is_said_and_the_render_completes_when_it_is_back(tmp_path: Path) -> None:
    server = RedisProcess(tmp_path / "redis").start()
    app = start_app(tmp_path / "app", redis_url=server.url, workers=1, env={})

    async def scenario() -> None:
        chat = await _chat(app.base_url)
        try:
            pid = await _start_brief(chat)
            events = RedisEventLog(redis.Redis.from_url(server.url))
            wait_until(
                lambda: (e := events.latest(pid)) is not None and e.fraction > 0.05,
                120,
                "the render under way",
            )
            server.kill()
            await chat.wait_for(lambda t: t == FOLLOW_PAUSED, 30, "the chat to say Redis is unreachable")
            await asyncio.sleep(5)
            server.start()
            await chat.wait_for(lambda t: t == FOLLOW_RESUMED, 60, "the chat to follow again")
            await chat.wait_for(lambda t: READY in t, 240, "the finished ad")
            project = _store(app).get(pid, owner="local")
            assert project.render_status.state == "completed" and project.version == 1
            assert set(project.aspect_exports) == {"9:16", "1:1", "16:9"}
            assert "Traceback" not in chat.text() and "lost track" not in chat.text()
        finally:
            await chat.close()

    try:
        asyncio.run(scenario())
    except BaseException:
        print(app.logs())
        raise
    finally:
        stop_app(app)
        server.stop()


def test_web_process_killed_mid_render_is_told_at_restart_and_one_click_renders_it(tmp_path: Path) -> None:
    app = start_app(tmp_path, redis_url=None, workers=0, env={"ADGEN_RENDER_PROCESSES": "2"})
    web = app.procs[-1]

    async def first_life() -> str:
        chat = await _chat(app.base_url)
        try:
            pid = await _start_brief(chat)
            wait_until(lambda: any("ffmpeg" in p.name for p in descendants(web.pid)), 60, "the render to run")
            return pid
        finally:
            await chat.close()

    pid = asyncio.run(first_life())
    helpers = descendants(web.pid)
    os.kill(web.pid, signal.SIGKILL)
    web.wait(timeout=10)
    wait_until(lambda: not still_alive(helpers) and not session(web.pid), 15, "the render's processes to end")
    assert _store(app).get(pid, owner="local").render_status.state == "queued"  # what the kill left

    again = start_app(tmp_path, redis_url=None, workers=0, env={"ADGEN_RENDER_PROCESSES": "2"})

    async def second_life() -> None:
        chat = await _chat(again.base_url)
        try:
            await chat.ask(f"/open {pid}", lambda t: "Now working on" in t, 30, "the project to open")
            status = await chat.ask("status", lambda t: "render failed" in t, 30, "where its render stands")
            assert INTERRUPTED in status, status
            # The Render button (offered with every failed render) says "render".
            await chat.ask("render", lambda t: READY in t, 240, "the finished ad")
        finally:
            await chat.close()

    try:
        asyncio.run(second_life())
        project = _store(again).get(pid, owner="local")
        assert project.render_status.state == "completed" and project.version == 1
    finally:
        stop_app(again)
        stop_app(app)


def test_a_worker_killed_mid_render_leaves_nothing_and_the_other_finishes(
    tmp_path: Path, redis_server: str
) -> None:
    redis.Redis.from_url(redis_server).flushall()
    app = start_app(tmp_path, redis_url=redis_server, workers=2, env={"ADGEN_JOB_STALE_SEC": "5"})
    workers = app.procs[:2]

    async def scenario() -> None:
        chat = await _chat(app.base_url)
        try:
            pid = await _start_brief(chat)
            busy = wait_until(
                lambda: next(
                    (w for w in workers if any("ffmpeg" in p.name for p in descendants(w.pid))), None
                ),
                120,
                "a worker rendering",
            )
            doomed = descendants(busy.pid)
            os.kill(busy.pid, signal.SIGKILL)
            busy.wait(timeout=10)
            wait_until(
                lambda: not still_alive(doomed) and not session(busy.pid),
                15,
                "the killed worker's processes to end",
            )
            await chat.wait_for(lambda t: READY in t, 240, "the finished ad")
            project = _store(app).get(pid, owner="local")
            assert project.render_status.state == "completed" and project.version == 1
        finally:
            await chat.close()

    try:
        asyncio.run(scenario())
    finally:
        stop_app(app)


def _product_png() -> bytes:
    image = Image.new("RGBA", (240, 360), (0, 0, 0, 0))
    for y in range(60, 330):
        for x in range(70, 170):
            image.putpixel((x, y), (200, 90, 40, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_two_web_chats_on_one_data_folder_do_not_break_each_other(tmp_path: Path) -> None:
    """Chainlit deletes its files folder when it stops; that used to be the checkout's `.files`,
    shared by every instance, so stopping one broke every upload of the other."""
    first = start_app(tmp_path, redis_url=None, workers=0, env={})
    second = start_app(tmp_path, redis_url=None, workers=0, env={})
    stop_app(second)

    async def scenario() -> None:
        chat = await _chat(first.base_url)
        try:
            uploaded = await chat.upload("bottle.png", _product_png())
            assert uploaded.status_code == 200, uploaded.text
            pid = await _start_brief(chat, BRIEF + ", use this photo", file_ids=[uploaded.json()["id"]])
            await chat.wait_for(lambda t: READY in t, 240, "the finished ad")
            project = _store(first).get(pid, owner="local")
            assert project.product_asset is not None and project.render_status.state == "completed"
        finally:
            await chat.close()

    try:
        asyncio.run(scenario())
    finally:
        stop_app(first)
