"""Fault: damaged files in the stage cache (issue 13 item 8), with real draft renders. A cut
assembly used to be delivered as a "completed" broken video; a cut scene pass or an empty
background made later renders fail or carry the damage, and were never rebuilt. Each damaged
output is made again, the ad comes out whole in every format, and the report says what was
repaired."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from adgen.pipeline.ffmpeg import ffmpeg_exe, probe
from adgen.pipeline.orchestrator import render_context, render_project
from adgen.pipeline.stages import STAGE_ASSEMBLY, STAGE_BACKGROUND, STAGE_SCENE_PASS
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

pytestmark = pytest.mark.slow  # draft renders on the process pool


def _read_whole(path: Path) -> str:
    """ffmpeg's complaints on reading every packet ("" when the file is whole)."""
    proc = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(path), "-map", "0", "-c", "copy", "-f", "null", "-"],
        capture_output=True,
        text=True,
    )
    return proc.stderr.strip() or ("" if proc.returncode == 0 else f"exit {proc.returncode}")


def _assert_whole_ad(outcome, seconds: float) -> None:
    assert outcome.project.render_status.state == "completed", outcome.project.render_status
    for aspect, url in outcome.report.exports.items():
        path = Path(url.removeprefix("file://"))
        assert _read_whole(path) == "", (aspect, _read_whole(path))
        assert probe(path).duration_sec == pytest.approx(seconds, abs=0.15), aspect


def _path(url: str) -> Path:
    return Path(url.removeprefix("file://"))


def _cut(path: Path, keep: float = 0.4) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def test_a_cut_assembly_is_made_again_not_delivered(settings, sample_project) -> None:
    ctx = render_context(settings, "draft")
    first = render_project(sample_project, ctx)
    _assert_whole_ad(first, 15.0)
    _cut(_path(first.report.exports["9:16"]))

    again = render_project(sample_project, render_context(settings, "draft"))
    _assert_whole_ad(again, 15.0)
    assert [r.aspect for r in again.report.ran(STAGE_ASSEMBLY)] == ["9:16"]  # the others reused
    repaired = again.project.render_status.stages["repaired"]
    assert len(repaired) == 1 and repaired[0].startswith("9:16: the stored assembly was damaged"), repaired


def test_a_cut_scene_pass_and_an_empty_background_are_made_again(settings, sample_project) -> None:
    first = render_project(sample_project, render_context(settings, "draft"))
    _assert_whole_ad(first, 15.0)
    scene_pass = first.report.select(stage=STAGE_SCENE_PASS, scene_id="scene_1", aspect="9:16")[0]
    background = first.report.select(stage=STAGE_BACKGROUND, scene_id="scene_3")[0]
    _cut(_path(scene_pass.url))
    _path(background.url).write_bytes(b"")  # as a disk that filled up mid-write leaves it

    # A text edit of scene 3: its scene passes read the (empty) background again.
    edited = apply_operation(
        sample_project, ops.UpdateOverlay(scene_id="scene_3", text="Order yours today")
    ).project
    outcome = render_project(edited, render_context(settings, "draft"))
    _assert_whole_ad(outcome, 15.0)
    assert not outcome.report.warnings and not outcome.report.errors, outcome.report.errors
    repaired = outcome.project.render_status.stages["repaired"]
    assert any(r.startswith("scene_1 9:16: the stored scene pass was damaged") for r in repaired), repaired
    assert any(
        "scene_3" in r and "the stored background was damaged (it has 0 bytes" in r for r in repaired
    ), repaired
    assert probe(_path(background.url)).duration_sec == pytest.approx(4.0, abs=0.1)  # rebuilt in place
    assert _read_whole(_path(scene_pass.url)) == ""
