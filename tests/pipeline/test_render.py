"""Render orchestration with the real local providers at draft quality: incremental re-renders,
a failing provider, the split prepare / render_scene / assemble API, the cloud (async) path,
and the `adgen render` document function."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from product_image import plain_photo_png, product_png, with_product

from adgen.pipeline.document import render_document
from adgen.pipeline.errors import ProviderError
from adgen.pipeline.events import CUTOUT_QUALITY, StageEvent, StageStatus
from adgen.pipeline.ffmpeg import ffmpeg_exe, probe
from adgen.pipeline.keys import media_key, project_keys
from adgen.pipeline.orchestrator import (
    PreparedAssets,
    SceneOutput,
    assemble,
    complete_render,
    prepare,
    render_context,
    render_project,
    render_scene,
)
from adgen.pipeline.services.video.local import LocalVideoGenerator
from adgen.pipeline.stages import STAGE_ASSEMBLY, STAGE_CUTOUT, STAGE_SCENE, STAGE_SCENE_PASS
from adgen.pipeline.types import BackgroundRequest, ProviderCall, encode_profile
from adgen.project import ALL_ASPECTS, AdProject
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

# Renders (draft size) on the process pool: the slow loop.
pytestmark = pytest.mark.slow

# --- providers used by these tests: real generators, with a failure or latency of their own ---


class FlakyVideo:
    """A video provider that fails for some scene roles and otherwise draws like the local one."""

    name = "flaky"
    model = "procedural-v1"

    def __init__(self, fail_roles: tuple[str, ...] = ()) -> None:
        self.fail_roles = fail_roles

    def generate(self, request: BackgroundRequest, out_path: Path) -> Path:
        if request.role in self.fail_roles:
            raise ProviderError(
                "the model returned no video (prediction failed)", provider=self.name, model=self.model
            )
        return LocalVideoGenerator().generate(request, out_path)


class SlowCloudVideo:
    """A remote-style provider: awaits a fixed latency, bills per call, then returns a clip."""

    name = "slowcloud"
    model = "sim-1"
    remote = True
    usd_per_call = 0.05

    def __init__(self, latency_sec: float = 0.3, fail_roles: tuple[str, ...] = ()) -> None:
        self.latency_sec = latency_sec
        self.fail_roles = fail_roles
        self.in_flight = self.most_in_flight = 0

    async def agenerate(self, request: BackgroundRequest, out_path: Path) -> Path:
        import asyncio

        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.latency_sec)
        finally:
            self.in_flight -= 1
        if request.role in self.fail_roles:
            call = ProviderCall(self.name, self.model, usd=0.02, seconds=self.latency_sec)
            raise ProviderError(
                "prediction failed: CUDA out of memory", provider=self.name, model=self.model, call=call
            )
        return await asyncio.to_thread(LocalVideoGenerator().generate, request, out_path)

    def generate(self, request: BackgroundRequest, out_path: Path) -> Path:
        import asyncio

        return asyncio.run(self.agenerate(request, out_path))


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture
def short_project(sample_project: AdProject) -> AdProject:
    """The sample ad cut to 6 s (three 2 s scenes) to keep these tests quick."""
    wire = sample_project.to_wire()
    for scene in wire["scenes"]:
        scene["durationSec"] = 2
    wire["durationSec"] = 6
    return AdProject.from_wire(wire)


@pytest.fixture
def ctx(settings):
    return render_context(settings, "draft")


def frame_at(path: Path, t: float, width: int, height: int) -> np.ndarray:
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
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "pipe:1",
        ],
        check=True,
        capture_output=True,
    ).stdout
    return np.frombuffer(raw, np.uint8)[: width * height * 3].reshape(height, width, 3)


def stage_set(runs) -> set[tuple[str | None, str | None]]:
    return {(r.scene_id, r.aspect) for r in runs}


def check_exports(project: AdProject, media) -> None:
    assert set(project.aspect_exports) == set(ALL_ASPECTS)
    for aspect, url in project.aspect_exports.items():
        info = probe(media.local_path(url))
        profile = encode_profile(aspect, "draft")
        assert (info.width, info.height) == (profile.width, profile.height)
        assert abs(info.duration_sec - project.duration_sec) <= 0.1
        assert info.has_audio and info.has_video


# --- tests ----------------------------------------------------------------------------------


def test_full_render_then_overlay_edit_reruns_only_that_text_pass(short_project, ctx) -> None:
    project = with_product(short_project, ctx.media)
    events: list[StageEvent] = []
    ctx.on_event = events.append
    first = render_project(project, ctx)
    done = first.project
    assert done.render_status.state == "completed", done.render_status
    assert done.render_status.progress == 1.0
    check_exports(done, ctx.media)
    report = first.report
    # One background per scene, shared by its three aspects.
    assert {r.scene_id for r in report.ran("background")} == {"scene_1", "scene_2", "scene_3"}
    assert len(report.ran("background")) == 3 and len(report.reused("background")) == 6
    assert len(report.ran(STAGE_SCENE_PASS)) == 9
    assert len(report.ran("composite")) == 6  # the hook hides the product
    assert {r.stage for r in report.ran()} >= {"cutout", "audio", "assembly", "overlay"}
    assert done.cost.calls == {"local:procedural-v1": 3, "local:synth-v1": 1}
    assert done.product_asset.masked_url and ctx.media.exists(done.product_asset.masked_url)
    assert done.audio.track_url and all(s.scene_video_url for s in done.scenes)
    assert "9:16" in done.scenes[0].scene_video_url or ctx.media.exists(done.scenes[0].scene_video_url)
    # Progress events: typed, ending at 1 with the exports and a preview of the ad, each stage
    # saying how it went and where its output is.
    assert events and all(isinstance(e, StageEvent) and isinstance(e.status, StageStatus) for e in events)
    last = events[-1]
    assert last.stage == STAGE_ASSEMBLY and last.status == StageStatus.RAN and last.fraction == 1.0
    assert last.preview_url and last.exports == done.aspect_exports
    passes = [e for e in events if e.stage == STAGE_SCENE_PASS and e.status != StageStatus.STARTED]
    assert len(passes) == 9 and all(
        e.status == StageStatus.RAN and e.media_url and e.preview_url for e in passes
    )
    scenes = [e for e in events if e.stage == STAGE_SCENE]
    assert sorted(e.scene_id for e in scenes) == ["scene_1", "scene_2", "scene_3"]
    assert all(
        e.status == StageStatus.RAN and e.media_url == done.scene(e.scene_id).scene_video_url for e in scenes
    )
    [cutout] = [e for e in events if e.stage == STAGE_CUTOUT and e.status == StageStatus.RAN]
    assert cutout.media_url == done.product_asset.masked_url
    fractions = [e.fraction for e in events]
    assert all(0.0 <= f <= 1.0 for f in fractions) and fractions == sorted(fractions)

    # Rendering the same document again runs nothing at all.
    again = render_project(done, ctx)
    assert again.report.ran() == [] and again.report.calls == []
    assert again.project.aspect_exports == done.aspect_exports

    # The sound is encoded once for the three aspects, and kept.
    sounds = {path: path.stat().st_mtime_ns for path in ctx.media.root.glob("stages/assembly/*.m4a")}
    assert len(sounds) == 1

    edited = apply_operation(done, ops.UpdateOverlay(scene_id="scene_2", text="Now 20% off")).project
    second = render_project(edited, ctx)
    r = second.report
    # ...so a text edit's assembly copies it rather than encoding it again.
    assert {path: path.stat().st_mtime_ns for path in ctx.media.root.glob("stages/assembly/*.m4a")} == sounds
    assert second.project.render_status.state == "completed"
    assert r.calls == [] and not r.ran("background") and not r.ran("composite") and not r.ran("audio")
    assert stage_set(r.ran("overlay")) == {("scene_2", a) for a in ALL_ASPECTS}
    assert stage_set(r.ran(STAGE_SCENE_PASS)) == {("scene_2", a) for a in ALL_ASPECTS}
    assert stage_set(r.reused(STAGE_SCENE_PASS)) == {
        (s, a) for s in ("scene_1", "scene_3") for a in ALL_ASPECTS
    }
    assert len(r.ran("assembly")) == 3
    assert second.project.cost == done.cost  # no provider was called
    check_exports(second.project, ctx.media)
    assert second.project.aspect_exports != done.aspect_exports


def test_pool_encodes_one_thread_each_but_the_last_pass_gets_every_core(
    short_project, data_dir, monkeypatch
) -> None:
    """Side by side, a single-threaded x264 wastes least; the pass that ends the render runs alone.
    x264 records the threads it ran with in the stream, so the stored scene passes tell."""
    from adgen.settings import Settings

    monkeypatch.setenv("ADGEN_RENDER_PROCESSES", "2")
    monkeypatch.delenv("ADGEN_ENCODER_THREADS", raising=False)
    ctx = render_context(Settings(), "draft")
    done = render_project(short_project, ctx)
    assert done.project.render_status.state == "completed"
    passes = [ctx.media.local_path(r.url) for r in done.report.ran(STAGE_SCENE_PASS)]
    single = [p for p in passes if b" threads=1 " in p.read_bytes()]
    assert len(passes) == 9 and len(single) == 8
    [last] = set(passes) - set(single)
    assert probe(last).width == probe(last).height  # the smallest pass of the last scene: its 1:1

    monkeypatch.setenv("ADGEN_ENCODER_THREADS", "2")  # a setting, when given, decides for every pass
    ctx = render_context(Settings(), "draft")
    again = render_project(
        apply_operation(done.project, ops.UpdateOverlay(scene_id="scene_1", text="Hi")).project, ctx
    )
    assert all(
        b" threads=2 " in ctx.media.local_path(r.url).read_bytes() for r in again.report.ran(STAGE_SCENE_PASS)
    )


def test_a_doubtful_cutout_is_kept_and_warned_about_in_every_render(short_project, ctx) -> None:
    """The extractor's own doubt reaches the report, the events and the document, with what to do;
    a later render that reuses the cut-out says it again."""
    project = with_product(short_project, ctx.media, plain_photo_png())
    events: list[StageEvent] = []
    ctx.on_event = events.append
    first = render_project(project, ctx, aspects=["9:16"])
    [warning] = first.report.warnings
    assert (
        warning.code == CUTOUT_QUALITY
        and "whole photo" in warning.message
        and "plain background" in warning.action
    )
    assert warning.media_url == first.project.product_asset.masked_url
    status = first.project.render_status
    assert status.state == "completed_with_warnings" and warning.message in status.error
    assert status.stages["warnings"] == [warning.to_wire()]
    [cut] = [e for e in events if e.stage == STAGE_CUTOUT and e.status == StageStatus.RAN]
    assert cut.warnings == [warning] and cut.media_url == warning.media_url
    assert events[-1].warnings == [warning]  # the render's last event carries it to the front ends
    again = render_project(first.project, ctx, aspects=["9:16"])
    assert again.report.ran() == [] and again.report.warnings == [warning]


def test_failing_provider_gives_a_marked_fallback_and_is_retried_next_time(short_project, ctx) -> None:
    ctx.providers.video = FlakyVideo(fail_roles=("showcase",))
    first = render_project(short_project, ctx)
    project = first.project
    status = project.render_status
    assert status.state == "completed_with_warnings"
    assert "scene_2" in status.stages["errors"] and "prediction failed" in status.stages["errors"]["scene_2"]
    assert "scene_2" in status.error
    assert set(first.report.errors) == {"scene_2"}
    check_exports(project, ctx.media)  # the others finished and the ad was assembled
    assert project.cost.calls["flaky:procedural-v1"] == 3  # the failed attempt is counted too
    assert project.cost.calls["local:procedural-v1"] == 1  # the fallback's background
    # A typed warning per aspect says what happened, what to do and where the stand-in is.
    warnings = first.report.warnings
    assert {(w.code, w.scene_id) for w in warnings} == {("scene_fallback", "scene_2")}
    assert {w.aspect for w in warnings} == set(ALL_ASPECTS) and all(
        "Render again" in w.action for w in warnings
    )
    assert {w.media_url for w in warnings if w.aspect == "9:16"} == {project.scene("scene_2").scene_video_url}
    assert status.error.count("prediction failed") == 1  # the warning and the scene error are said once

    # The fallback is visible (a bright background with an amber hazard band), not black.
    profile = encode_profile("9:16", "draft")
    clip = ctx.media.local_path(project.scene("scene_2").scene_video_url)
    frame = frame_at(clip, 1.0, profile.width, profile.height).astype(int)
    band = frame[profile.height // 2 - 20 : profile.height // 2 + 20]
    amber = (band[..., 0] > 200) & (band[..., 1] > 150) & (band[..., 1] < 230) & (band[..., 2] < 80)
    assert amber.mean() > 0.2
    assert frame[: profile.height // 3].mean() > 25
    # ...and it is not stored under the real key, so the next render tries the provider again.
    real = project_keys(short_project, "draft", ctx.providers).scenes["scene_2"]["9:16"]
    assert ctx.media.find(media_key(STAGE_SCENE_PASS, real.scene_pass, "mp4")) is None
    assert ctx.media.find(media_key("background", real.background, "mp4")) is None

    ctx.providers.video = FlakyVideo()
    second = render_project(project, ctx)
    r = second.report
    assert second.project.render_status.state == "completed" and second.project.render_status.error is None
    assert [run.scene_id for run in r.ran("background")] == ["scene_2"]
    assert stage_set(r.ran(STAGE_SCENE_PASS)) == {("scene_2", a) for a in ALL_ASPECTS}
    assert stage_set(r.reused(STAGE_SCENE_PASS)) == {
        (s, a) for s in ("scene_1", "scene_3") for a in ALL_ASPECTS
    }
    assert second.project.cost.calls["flaky:procedural-v1"] == 4
    fixed = frame_at(
        ctx.media.local_path(second.project.scene("scene_2").scene_video_url),
        1.0,
        profile.width,
        profile.height,
    ).astype(int)
    band = fixed[profile.height // 2 - 20 : profile.height // 2 + 20]
    assert (
        (band[..., 0] > 200) & (band[..., 1] > 150) & (band[..., 1] < 230) & (band[..., 2] < 80)
    ).mean() < 0.2


def test_split_api_for_jobs_round_trips_through_json(short_project, ctx, settings) -> None:
    project = with_product(short_project, ctx.media)
    prepared = PreparedAssets.from_wire(json.loads(json.dumps(prepare(project, ctx).to_wire())))
    assert prepared.cutout_url and prepared.audio_url
    outputs = []
    for scene in project.scenes:
        out = render_scene(project, scene.id, ctx, prepared=prepared)
        assert set(out.clips) == set(ALL_ASPECTS) and out.error is None
        outputs.append(SceneOutput.from_wire(json.loads(json.dumps(out.to_wire()))))
    outcome = assemble(project, ctx, prepared, {o.scene_id: o for o in outputs})
    assert outcome.project.render_status.state == "completed"
    assert outcome.project.cost.calls == {"local:procedural-v1": 3, "local:synth-v1": 1}
    json.dumps(outcome.to_wire())
    check_exports(outcome.project, ctx.media)

    # A separate assembly job (fresh context, nothing passed) finds everything by key.
    alone = complete_render(project, render_context(settings, "draft"))
    assert alone.report.ran() == [] and alone.report.calls == []
    assert alone.project.aspect_exports == outcome.project.aspect_exports

    # One aspect of one scene re-rendered on its own after an edit.
    edited = apply_operation(project, ops.UpdateOverlay(scene_id="scene_1", color="#00FF00")).project
    only = render_scene(edited, "scene_1", ctx, aspects=["1:1"])
    assert set(only.clips) == {"1:1"}
    assert stage_set(only.stages) == {("scene_1", "1:1")}
    assert [s.stage for s in only.stages if s.status == "ran"] == ["overlay", STAGE_SCENE_PASS]


def test_cloud_path_runs_scenes_concurrently_and_records_cost_even_on_failure(short_project, ctx) -> None:
    provider = SlowCloudVideo(latency_sec=0.5, fail_roles=("cta",))
    ctx.providers.video = provider
    ctx.settings.cloud_concurrency = 4
    outcome = render_project(short_project, ctx)
    project = outcome.project
    assert project.render_status.state == "completed_with_warnings"
    assert set(outcome.report.errors) == {"scene_3"}
    # Two clips per scene: a portrait one (9:16 and 1:1 are cut from it) and a landscape one.
    assert project.cost.calls["slowcloud:sim-1"] == 6
    # 4 successful calls at $0.05, 2 failed ones billed $0.02 each.
    assert project.cost.usd == pytest.approx(4 * 0.05 + 2 * 0.02)
    assert outcome.report.usd == pytest.approx(0.24)
    # The six calls overlapped, never more than the configured concurrency at once.
    assert provider.most_in_flight == 4
    check_exports(project, ctx.media)


def test_render_document_writes_the_exports_and_the_report(short_project, settings, tmp_path) -> None:
    product = product_png()
    folder = tmp_path / "doc"
    folder.mkdir()
    (folder / "bottle.png").write_bytes(product)
    wire = short_project.to_wire()
    wire["productAsset"] = {
        "sourceUrl": "bottle.png",
        "maskedUrl": None,
        "checksum": hashlib.sha256(product).hexdigest(),
    }
    doc = folder / "ad.json"
    doc.write_text(json.dumps(wire))
    out = tmp_path / "out"
    project = render_document(doc, out, "draft", settings)
    assert project.render_status.state == "completed"
    for aspect in ALL_ASPECTS:
        tag = aspect.replace(":", "x")
        assert project.aspect_exports[aspect] == str((out / f"ad_{tag}.mp4").resolve())
        assert probe(out / f"ad_{tag}.mp4").has_audio
        assert (out / f"poster_{tag}.jpg").stat().st_size > 1000
    written = AdProject.from_wire((out / "project.json").read_text())
    assert written.aspect_exports == project.aspect_exports
    report = json.loads((out / "report.json").read_text())
    assert report["projectId"] == project.project_id and report["summary"]["counts"]["background"]["ran"] == 3

    wire["productAsset"]["checksum"] = "0" * 64
    doc.write_text(json.dumps(wire))
    with pytest.raises(ValueError, match="checksum"):
        render_document(doc, out, "draft", settings)


@pytest.fixture
def fork_server_started_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool's fork server started before the test's environment is set (as in a long-lived
    process, or a test run where an earlier render started it), and the pool made to use it."""
    from adgen.pipeline import scheduler

    scheduler.warm_up_pool()
    monkeypatch.setattr(scheduler, "pool_start_method", lambda: "forkserver")


def test_render_with_media_on_s3(data_dir, fork_server_started_before, s3_env, short_project) -> None:
    """The pool workers reopen the S3 store themselves (a boto3 client cannot be pickled), with
    the owner's environment (its credentials), even when their fork server is older than it."""
    from adgen.settings import Settings

    ctx = render_context(Settings(), "draft")
    assert ctx.settings.s3_enabled
    project = with_product(short_project, ctx.media)
    events: list[StageEvent] = []
    ctx.on_event = events.append
    outcome = render_project(project, ctx, aspects=["9:16"])
    done = outcome.project
    assert done.render_status.state == "completed", done.render_status
    assert set(done.aspect_exports) == {"9:16"} and done.aspect_exports["9:16"].startswith("s3://")
    assert all(s.scene_video_url.startswith("s3://") for s in done.scenes)
    info = probe(ctx.media.local_path(done.aspect_exports["9:16"]))
    assert (info.width, info.height) == (360, 640) and abs(info.duration_sec - 6) <= 0.1
    fractions = [e.fraction for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    again = render_project(done, ctx, aspects=["9:16"])
    assert again.report.ran() == []
