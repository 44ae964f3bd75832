"""End to end: a 15 s, 3-scene ad with a product image, rendered by the real local providers,
checked by inspecting the media: sizes, durations, audio, the product's and the text's pixels
where the document puts them, and a "brighter" edit that measurably brightens its scene."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from product_image import with_product

from adgen.pipeline.ffmpeg import ffmpeg_exe, probe
from adgen.pipeline.orchestrator import render_context, render_project
from adgen.pipeline.targets import render_targets
from adgen.pipeline.types import encode_profile
from adgen.preflight import LayoutBox
from adgen.project import ALL_ASPECTS, AdProject
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

# Whole ads rendered, at final quality too: the slow loop.
pytestmark = pytest.mark.slow


def frame_at(path: Path, t: float, width: int, height: int) -> np.ndarray:
    """One decoded RGB frame at ``t`` seconds, scaled to cover width x height and centre-cropped
    (as the scene pass reframes a background)."""
    fit = f"scale={width}:{height}:force_original_aspect_ratio=increase,crop={width}:{height}"
    raw = subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-ss",
            f"{t:.3f}",
            "-i",
            str(path),
            "-frames:v",
            "1",
            "-vf",
            fit,
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "pipe:1",
        ],
        check=True,
        capture_output=True,
    ).stdout
    assert len(raw) >= width * height * 3, f"no frame at {t}s in {path}"
    return np.frombuffer(raw, np.uint8)[: width * height * 3].reshape(height, width, 3).astype(int)


def product_mask(frame: np.ndarray) -> np.ndarray:
    r, g, b = frame[..., 0], frame[..., 1], frame[..., 2]
    return (r > 170) & (g < 100) & (b > 140) & (np.abs(r - b) < 90)


def mean_luma(frames: list[np.ndarray]) -> float:
    return float(np.mean([0.299 * f[..., 0] + 0.587 * f[..., 1] + 0.114 * f[..., 2] for f in frames]))


def recorded_boxes(project: AdProject, key: str) -> list[LayoutBox]:
    """The boxes the render recorded for one export (renderStatus.stages.layout)."""
    return [LayoutBox.from_wire(b) for b in project.render_status.stages["layout"][key]["boxes"]]


def drawn(frame: np.ndarray, bare: np.ndarray, box) -> float:
    """How much the frame differs from its bare background inside a box (mean over RGB)."""
    y0, y1, x0, x1 = int(box.y), int(box.bottom), int(box.x), int(box.right)
    return float(np.abs(frame[y0:y1, x0:x1] - bare[y0:y1, x0:x1]).mean())


def background_url(report, scene_id: str, aspect: str) -> str:
    (run,) = [
        r
        for r in report.stages
        if r.stage == "background" and r.scene_id == scene_id and r.aspect == aspect and r.url
    ]
    return run.url


def test_fifteen_second_ad_with_product_end_to_end(sample_project, settings, artifacts_dir) -> None:
    ctx = render_context(settings, "draft")
    project = with_product(sample_project, ctx.media)
    outcome = render_project(project, ctx)
    done, report = outcome.project, outcome.report
    assert done.render_status.state == "completed", done.render_status
    assert done.cost.calls == {"local:procedural-v1": 3, "local:synth-v1": 1}

    for aspect in ALL_ASPECTS:
        profile = encode_profile(aspect, "draft")
        w, h = profile.width, profile.height
        export = ctx.media.local_path(done.aspect_exports[aspect])
        info = probe(export)
        assert (info.width, info.height) == (w, h), aspect
        assert abs(info.duration_sec - 15.0) <= 0.1, (aspect, info.duration_sec)
        assert info.has_audio and info.audio_codec == "aac" and info.video_codec == "h264"
        (artifacts_dir / f"ad_{aspect.replace(':', 'x')}.mp4").write_bytes(export.read_bytes())

        # scene_2 (4 s - 11 s): the product stands in the safe area of the export's presets, its
        # text drawn in the box the document records for it, below the product (issue 16's layout).
        area = render_targets(done)[[t.key for t in render_targets(done)].index(aspect)].safe_area(w, h)
        boxes = {(b.label, b.kind): b for b in recorded_boxes(done, aspect)}
        frame = frame_at(export, 7.5, w, h)
        mask = product_mask(frame)
        assert mask.mean() > 0.02, (aspect, mask.mean())
        ys, xs = np.nonzero(mask)
        assert (
            area.x <= xs.min() and xs.max() <= area.right and area.y <= ys.min() and ys.max() <= area.bottom
        )
        assert abs(xs.mean() / w - (area.x + area.w / 2) / w) < 0.1, (aspect, xs.mean())
        text = boxes[("scene_2", "text")].rect
        assert area.contains(text, tolerance=1) and text.y > ys.mean(), (aspect, text, ys.mean())
        assert not product_mask(frame_at(export, 2.0, w, h)).any(), "the hook hides the product"
        background = ctx.media.local_path(background_url(report, "scene_2", aspect))
        bare = frame_at(background, 3.5, w, h)
        assert drawn(frame, bare, text) > 25, (aspect, "no overlay text where the layout put it")

        # scene_3 (11 s - 15 s), the end card: the product stands between the brand's name at
        # the top and the call-to-action button at the bottom.
        late = product_mask(frame_at(export, 13.0, w, h))
        ys = np.nonzero(late)[0]
        headline, button = boxes[("scene_3", "text")], boxes[("scene_3", "cta")]
        assert late.mean() > 0.01 and headline.rect.bottom < ys.min() and ys.max() < button.y, aspect

    # The hook's text is drawn at the top.
    w, h = encode_profile("9:16", "draft").width, encode_profile("9:16", "draft").height
    export = ctx.media.local_path(done.aspect_exports["9:16"])
    hook = frame_at(export, 2.0, w, h)
    bare = frame_at(ctx.media.local_path(background_url(report, "scene_1", "9:16")), 2.0, w, h)
    box = next(b.rect for b in recorded_boxes(done, "9:16") if b.label == "scene_1" and b.kind == "text")
    assert box.bottom < 0.38 * h and drawn(hook, bare, box) > 25

    # "brighter": only the hook's backgrounds are redone, and its frames get brighter.
    prompt = done.scene("scene_1").background_prompt + ", brighter"
    edited = apply_operation(done, ops.UpdateScene(scene_id="scene_1", background_prompt=prompt)).project
    brighter = render_project(edited, ctx)
    assert brighter.project.render_status.state == "completed"
    assert [r.scene_id for r in brighter.report.ran("background")] == ["scene_1"]
    after_export = ctx.media.local_path(brighter.project.aspect_exports["9:16"])
    times = [0.4, 1.2, 2.0, 2.8, 3.6]
    before = mean_luma([frame_at(export, t, w, h) for t in times])
    after = mean_luma([frame_at(after_export, t, w, h) for t in times])
    assert after > before + 8, (before, after)
    # The other scenes are untouched, frame for frame.
    assert np.abs(frame_at(export, 7.5, w, h) - frame_at(after_export, 7.5, w, h)).mean() < 2


def test_final_quality_sizes(sample_project, settings) -> None:
    wire = sample_project.to_wire()
    # Words that can be read in the time (the pre-flight check's words / 3 + 0.5 s).
    for scene, seconds, words in zip(
        wire["scenes"], (1.5, 2.0, 1.5), ("Cold brew", "Smooth", "Shop now"), strict=True
    ):
        scene["durationSec"] = seconds
        scene["overlay"]["text"] = words
    wire["durationSec"] = 5
    ctx = render_context(settings, "final")
    project = with_product(AdProject.from_wire(wire), ctx.media)
    done = render_project(project, ctx).project
    assert done.render_status.state == "completed", done.render_status
    sizes = {"9:16": (1080, 1920), "1:1": (1080, 1080), "16:9": (1920, 1080)}
    for aspect, size in sizes.items():
        info = probe(ctx.media.local_path(done.aspect_exports[aspect]))
        assert (info.width, info.height) == size
        assert abs(info.duration_sec - 5.0) <= 0.1 and info.has_audio
        frame = frame_at(ctx.media.local_path(done.aspect_exports[aspect]), 2.5, *size)
        assert product_mask(frame).mean() > 0.02, aspect
