"""Fault: the disk of the data folder fills up (issue 13 item 9), on a real tmpfs filled to the
last byte, for the media store and SQLite alike. At 0 bytes free a conversation still opens and
reads its projects (it used to fail with "disk I/O error"); a change is refused with one sentence
saying the disk is full; a render that runs out of space ends failed with that sentence (it used
to stay "queued" forever); nothing stored is lost, and once space is freed it all works again."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest
from disk import fill, small_disk

from adgen.store.projects import open_project_store

DISK_FULL = "disk is full"


@pytest.fixture
def disk_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir):
    with small_disk(tmp_path / "disk", 24) as disk:
        monkeypatch.setenv("ADGEN_DATA_DIR", str(disk / "data"))
        monkeypatch.setenv("ADGEN_RENDER_PROCESSES", "2")
        from adgen.settings import Settings

        yield Settings(), disk


def _session(settings, conversation: str):
    from adgen.agent.session import ChatSession

    return ChatSession.open(
        settings=settings, owner="local", conversation_id=conversation, channel="cli", auto_render=False
    )


def test_at_zero_bytes_free_the_chat_opens_and_reads_and_says_the_disk_is_full_on_a_change(disk_settings):
    settings, disk = disk_settings

    async def scenario() -> None:
        first = _session(settings, "before")
        created = await first.send("a 15 s ad for our cold brew, energetic")
        await first.close()
        pid = created.project_id
        filler = fill(disk)

        chat = _session(settings, "at-zero")  # opening a conversation used to fail: "disk I/O error"
        chat.project_id = pid
        status = await chat.send("status")
        assert not status.error and f"{pid} v1: render draft" in status.text, status.text
        listed = await chat.send("show my ads")
        assert not listed.error and pid in listed.text, listed.text
        change = await chat.send("make scene 2 say Fresh every morning")
        assert change.text.startswith("The disk is full") and "free some space" in change.text, change.text
        assert open_project_store(settings).get(pid, owner="local").version == 1  # nothing half-written

        filler.unlink()
        again = await chat.send("make scene 2 say Fresh every morning")
        assert not again.error and "v2" in again.text, again.text
        await chat.close()
        versions = open_project_store(settings).history(pid, owner="local")
        assert [v.version for v in versions] == [1, 2]

    asyncio.run(scenario())


@pytest.mark.slow
def test_a_render_that_runs_out_of_space_ends_failed_saying_so_and_renders_once_space_is_freed(
    disk_settings, sample_project
):
    from adgen.jobs.service import InProcessRenderService

    settings, disk = disk_settings
    store = open_project_store(settings)
    project = store.create(sample_project)
    pid = project.project_id
    filler = fill(disk)
    os.truncate(filler, os.path.getsize(filler) - 1_500_000)  # room to start, not to finish

    service = InProcessRenderService(settings)
    render_id = service.start_render(pid, 1, owner=project.owner)
    final = service.wait(pid, render_id, timeout=300)  # it used to never end: "queued" forever
    assert final.state == "failed" and DISK_FULL in (final.error or ""), final
    assert "free some space" in final.error and "\n" not in final.error

    filler.unlink()
    deadline = time.monotonic() + 20  # the document says so as soon as it can be written
    while store.get(pid, owner=project.owner).render_status.state in ("queued", "rendering"):
        assert time.monotonic() < deadline, store.get(pid, owner=project.owner).render_status
        time.sleep(0.5)
    status = store.get(pid, owner=project.owner).render_status
    assert status.state == "failed" and DISK_FULL in status.error, status

    render_id = service.start_render(pid, 1, owner=project.owner)
    again = service.wait(pid, render_id, timeout=300)
    assert again.state == "done", again
    rendered = store.get(pid, owner=project.owner)
    assert rendered.render_status.state == "completed", rendered.render_status
    assert set(rendered.aspect_exports) == {"9:16", "1:1", "16:9"}


def _keyed_scene_pass(path: Path) -> Path:
    """A small scene pass with a key frame every 15 frames, as :func:`scene_pass` encodes them."""
    import subprocess

    from adgen.pipeline.ffmpeg import ffmpeg_exe

    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=360x640:r=30:d=4"]
        + ["-c:v", "libx264", "-g", "15", "-pix_fmt", "yuv420p", str(path)],
        check=True,
    )
    return path


def test_an_mp4_cut_anywhere_is_seen_unfinished_and_a_whole_one_is_not(tmp_path: Path):
    from adgen.pipeline.ffmpeg import mp4_unfinished

    whole = _keyed_scene_pass(tmp_path / "scene.mp4")
    assert mp4_unfinished(whole) is None
    data = whole.read_bytes()
    for cut in (7, 40, len(data) // 3, len(data) - 200, len(data) - 1):
        cut_file = tmp_path / f"cut{cut}.mp4"
        cut_file.write_bytes(data[:cut])
        assert mp4_unfinished(cut_file), cut


def test_a_split_on_a_full_disk_never_hands_on_an_unfinished_part_and_says_the_disk_is_full(tmp_path: Path):
    """ffmpeg's segment muxer exits 0 when the last part's index cannot be written; that part was
    stored, reused by the next render and failed it ("moov atom not found") after space was freed."""
    from adgen.pipeline.context import DISK_FULL, one_line
    from adgen.pipeline.ffmpeg import FFmpegError, mp4_unfinished, split_scene_pass

    scene = _keyed_scene_pass(tmp_path / "scene.mp4")
    size = scene.stat().st_size
    refused_unfinished = 0
    with small_disk(tmp_path / "disk", 4) as disk:
        for room in range(size // 2, size + 64 * 1024, 16 * 1024):
            out = disk / "parts"
            for leftover in out.glob("*") if out.exists() else []:
                leftover.unlink()
            filler = fill(disk)
            os.truncate(filler, max(0, os.path.getsize(filler) - room))
            try:
                parts = split_scene_pass(scene, 15, 15, out, frames=120, fps=30)
            except FFmpegError as exc:
                assert one_line(exc) == DISK_FULL, (room, str(exc))
                refused_unfinished += "unfinished" in str(exc)
            else:
                assert all(mp4_unfinished(p) is None for p in parts), room
            filler.unlink()
    assert refused_unfinished, "no room in the sweep made ffmpeg exit 0 with an unfinished part"


def test_a_stage_output_left_unfinished_is_not_stored(settings, tmp_path: Path):
    from adgen.pipeline.context import RenderError, render_context

    whole = _keyed_scene_pass(tmp_path / "scene.mp4")
    cut = tmp_path / "tail.mp4"
    cut.write_bytes(whole.read_bytes()[:-300])
    ctx = render_context(settings)
    with pytest.raises(RenderError, match="left unfinished"):
        ctx.store(cut, "assembly", "k" * 64, "tail.mp4")
    assert ctx.find("assembly", "k" * 64, "tail.mp4") is None
    assert (
        ctx.media.local_path(ctx.store(whole, "assembly", "k" * 64, "tail.mp4")).stat().st_size
        == whole.stat().st_size
    )
