"""A stored stage output is reused only when it is whole (issue 13 item 8): a cut video, an empty
image or a broken manifest is left for its stage to make again, and that stage's run says so in
the render report. Checked on real files: ffmpeg-made MP4s (``+faststart``, whose index still
tells the full duration after a cut), Pillow-made PNGs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from adgen.pipeline.context import render_context
from adgen.pipeline.events import StageStatus
from adgen.pipeline.ffmpeg import FrameWriter, probe
from adgen.pipeline.keys import media_key
from adgen.pipeline.report import RenderReport, StageRun

KEY = "ab" * 32


def _clip(path: Path, seconds: float = 2.0, fps: int = 25) -> Path:
    """A moving test clip, encoded as the pipeline encodes (H.264, ``+faststart``: index first)."""
    rng = np.random.default_rng(7)
    with FrameWriter(path, 320, 240, fps) as writer:
        for _ in range(int(seconds * fps)):
            writer.write(rng.integers(0, 256, (240, 320, 3), dtype=np.uint8))
    return path


def _cut(path: Path, keep: float = 0.3) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


@pytest.fixture
def ctx(settings):
    return render_context(settings, "draft")


def test_a_cut_video_is_not_reused_and_its_next_run_says_it_was_repaired(ctx, tmp_path: Path) -> None:
    url = ctx.store(_clip(tmp_path / "scene.mp4"), "scene_pass", KEY, "mp4")
    assert ctx.find("scene_pass", KEY, "mp4") == url
    stored = ctx.media.local_path(url)
    _cut(stored)
    assert probe(stored).duration_sec == pytest.approx(2.0, abs=0.1)  # the index still says 2 s
    assert ctx.find("scene_pass", KEY, "mp4") is None

    run = StageRun("scene_pass", StageStatus.RAN, KEY, url, scene_id="scene_2", aspect="9:16")
    assert run.note and "stored scene pass was damaged" in run.note and "bytes where" in run.note
    assert StageRun("scene_pass", StageStatus.RAN, KEY).note is None  # said once
    report = RenderReport("p_x", 1, "draft", stages=[run])
    assert report.summary()["repaired"] == [f"scene_2 9:16: {run.note}"]
    assert StageRun.from_wire(run.to_wire()).note == run.note


def test_a_video_stored_before_records_is_looked_at_once_then_recorded(ctx, tmp_path: Path) -> None:
    whole = ctx.store(_clip(tmp_path / "a.mp4"), "background", KEY, "mp4")
    record = ctx.media.local_path(whole).with_name(ctx.media.local_path(whole).name + ".sum")
    record.unlink()
    assert ctx.find("background", KEY, "mp4") == whole and record.is_file()

    cut = ctx.store(_clip(tmp_path / "b.mp4"), "assembly", KEY, "mp4")
    path = ctx.media.local_path(cut)
    path.with_name(path.name + ".sum").unlink()
    _cut(path)
    assert ctx.find("assembly", KEY, "mp4") is None  # its packets are missing, whatever the index says


def test_an_empty_or_undecodable_image_is_not_reused(ctx, tmp_path: Path) -> None:
    image = tmp_path / "layer.png"
    Image.new("RGBA", (64, 64), (255, 0, 0, 128)).save(image)
    url = ctx.store(image, "overlay", KEY, "png")
    path = ctx.media.local_path(url)
    path.with_name(path.name + ".sum").unlink()  # as if stored before records existed
    path.write_bytes(b"")
    assert ctx.find("overlay", KEY, "png") is None
    path.write_bytes(image.read_bytes()[:40])
    assert ctx.find("overlay", KEY, "png") is None
    assert ctx.media.find(media_key("overlay", KEY, "png")) == url  # left in place until made again


def test_a_broken_manifest_is_not_reused(ctx, tmp_path: Path) -> None:
    manifest = tmp_path / "m.json"
    manifest.write_text('{"url": "x", "x": 1, "y": 2}')
    url = ctx.store(manifest, "composite", KEY, "json")
    path = ctx.media.local_path(url)
    path.write_text('{"url": "x", "x": 1, "y": 3}')  # same size, other content
    assert ctx.find("composite", KEY, "json") is None
