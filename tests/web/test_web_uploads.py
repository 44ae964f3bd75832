"""The web chat when something around it goes wrong (issue 12, item 6), over its real socket.

- Another web chat of the same checkout stopping (a test run, a second `adgen web`) must not take
  this one's uploads with it: each process keeps them in its own folder under its data folder.
- A message whose attachment did not upload is not sent without it: the marketer is told which
  file and what to do, and the message waits until the file is attached again.
- A render relay that breaks never leaves a frozen board: the board ends from the store's state,
  or says it lost track and offers to check again.
"""

from __future__ import annotations

import asyncio
import io
import shutil
from pathlib import Path

import httpx
import pytest
from chat_socket import ChatSocket, local_cookie
from loopback import free_port, server_process
from PIL import Image, ImageDraw
from web_helpers import ROOT, start_app, stop_app

pytestmark = pytest.mark.slow

PLAN = "On-screen text"  # the plan's scene table
BRIEF = "a 15 s ad for our cold brew, energetic, brand Northwind Coffee"
RENDER_TIMEOUT = 240


def bottle_png() -> bytes:
    image = Image.new("RGBA", (240, 360), (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle((50, 60, 190, 350), 20, fill=(150, 70, 30, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def noise_png(side: int) -> bytes:
    """A PNG that does not compress (random pixels): its size is about 3 bytes a pixel."""
    import numpy as np

    pixels = np.random.default_rng(7).integers(0, 255, (side, side, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="PNG", compress_level=0)
    return out.getvalue()


@pytest.fixture
def app(tmp_path):
    web = start_app(tmp_path / "app", redis_url=None, workers=0, env={"ADGEN_MAX_UPLOAD_BYTES": "300000"})
    try:
        yield web
    finally:
        stop_app(web)


def _files_folders(app) -> list[Path]:
    """Where this app's Chainlit keeps uploads: its own folder, or (before issue 12) the checkout's."""
    return [*(app.data_dir / "web-files").glob("*"), ROOT / ".files"]


async def test_a_neighbour_stopping_leaves_uploads_working(app, tmp_path):
    base = app.base_url
    chat = await ChatSocket.started(base, local_cookie(base))
    try:
        first = await chat.upload("bottle.png", bottle_png())
        assert first.status_code == 200, first.text

        neighbour = start_app(tmp_path / "neighbour", redis_url=None, workers=0, env={})
        stop_app(neighbour)  # Chainlit deletes its files folder as it stops

        second = await chat.upload("bottle.png", bottle_png())
        assert second.status_code == 200, second.text  # uploads still work...
        said = await chat.ask(BRIEF, lambda t: PLAN in t, 60, "the plan", file_ids=[first.json()["id"]])
        assert "(+ product)" in said, said  # ...and the photo uploaded before the stop is still there
    finally:
        await chat.close()


async def test_a_message_whose_upload_failed_waits_for_the_file(app):
    base = app.base_url
    chat = await ChatSocket.started(base, local_cookie(base))
    try:
        # Too large: the guard cuts it off (413), and the page would still send the message.
        try:
            large = await chat.upload("cold-brew.png", noise_png(400))
            assert large.status_code == 413, large.text
        except httpx.TransportError:
            pass  # the guard answered 413 and closed before the whole body was sent
        said = await chat.ask(BRIEF, lambda t: "waiting" in t, 30, "the message held for its file")
        assert "too large" in said and "attach the file again" in said, said
        # Empty: Chainlit's own route refuses it (400), by name.
        empty = await chat.upload("cold-brew.png", b"")
        assert empty.status_code == 400, empty.text
        said = await chat.ask(BRIEF, lambda t: "“cold-brew.png” is empty" in t, 30, "which file failed")
        assert "waiting" in said, said
        await asyncio.sleep(1.0)
        assert PLAN not in chat.text()  # nothing was planned without the photo

        good = await chat.upload("cold-brew.png", bottle_png())
        assert good.status_code == 200, good.text
        said = await chat.ask(
            "", lambda t: PLAN in t, 60, "the plan from the held brief", file_ids=[good.json()["id"]]
        )
        assert "(+ product)" in said and "Northwind" in said, said
    finally:
        await chat.close()


async def test_a_lost_files_folder_does_not_freeze_the_render_board(app):
    """Chainlit stores the progress task list as a file: with its folder gone (what a neighbour's
    stop did) the relay used to die at its first update and leave "Waiting for a worker…"."""
    base = app.base_url
    chat = await ChatSocket.started(base, local_cookie(base))
    try:
        for folder in _files_folders(app):
            shutil.rmtree(folder, ignore_errors=True)
        await chat.ask(BRIEF, lambda t: PLAN in t, 60, "the plan")
        await chat.wait_for(lambda t: "Your ad is ready" in t, RENDER_TIMEOUT, "the render report")
        board = await chat.wait_for(lambda t: "| Part | Status |" in t, 5, "the progress board")
        assert "Render finished" in board, board
    finally:
        await chat.close()


async def test_a_relay_that_loses_the_queue_says_so_on_the_board(tmp_path):
    """The queue's Redis goes away while a render waits for a worker: the board says that it lost
    track, with the render's state from the store, and offers to check again."""
    port = free_port()
    redis_cmd = ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"]
    with server_process(redis_cmd, port) as redis_proc:
        web = start_app(tmp_path / "queue", redis_url=f"redis://127.0.0.1:{port}/0", workers=0, env={})
        chat = None
        try:
            chat = await ChatSocket.started(web.base_url, local_cookie(web.base_url))
            await chat.ask(BRIEF, lambda t: PLAN in t, 60, "the plan")
            await chat.wait_for(lambda t: "Waiting for a worker" in t, 30, "the queued board")
            redis_proc.terminate()
            redis_proc.wait(timeout=10)
            board = await chat.wait_for(lambda t: "lost track" in t, 90, "the board to say it lost track")
            assert "| Part | Status |" in board and "queued" in board, board
            assert "Check again" in board, board
            assert "adgen_follow" in chat.action_names(), chat.actions
        finally:
            if chat is not None:
                await chat.close()
            stop_app(web)
