"""The last stage: each aspect's scene passes joined over one soundtrack with transitions on
the music's beats, a poster, and the document updated with what the render made.

Assembly only assembles. The scene clips it joins are passed in (the caller renders any that
are missing first, :func:`adgen.pipeline.orchestrator.complete_render`); an aspect missing a
scene fails with a message naming it. The soundtrack (the music levelled, cut to the ad's length
and faded) is encoded once and stored by its key. Each scene pass is cut into head, body and
tail by stream copy; each boundary's window (a tail and the next head) is re-encoded once with
its transition (:mod:`adgen.pipeline.transitions`), stored by its own key; the export joins
bodies and windows by stream copy. So a text edit re-encodes its scene and the two windows
beside it, and every other part is copied.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from adgen.pipeline.beats import detect_beats
from adgen.pipeline.context import RenderContext, chosen_aspects, one_line
from adgen.pipeline.events import StageEvent, StageStatus
from adgen.pipeline.ffmpeg import (
    concat_and_mux,
    frame_count,
    poster,
    soundtrack,
    split_scene_pass,
    transition_clip,
)
from adgen.pipeline.keys import (
    assembly_key,
    audio_key,
    beats_key,
    scene_parts_key,
    soundtrack_key,
    transition_key,
)
from adgen.pipeline.report import PreparedAssets, RenderOutcome, RenderReport, SceneOutput, StageRun
from adgen.pipeline.stages import STAGE_ASSEMBLY
from adgen.pipeline.transitions import (
    TransitionPlan,
    handle_frames,
    plan_transition,
    snap_to_beat,
    transitions_for,
)
from adgen.pipeline.types import EncodeProfile, encode_profile
from adgen.project import MASTER_ASPECT, AdProject, AspectRatio

log = logging.getLogger(__name__)

RAN, REUSED, FAILED = StageStatus.RAN, StageStatus.REUSED, StageStatus.FAILED
# Where the whole render stands when the assembly starts, for progress events.
ASSEMBLY_STARTS_AT = 0.95


def assemble(
    project: AdProject,
    ctx: RenderContext,
    prepared: PreparedAssets,
    scene_outputs: dict[str, SceneOutput],
    aspects: Iterable[str] | None = None,
) -> RenderOutcome:
    """Join each aspect's scene passes, mux the music, take a poster; update the document.

    Cost is taken from the provider calls in ``prepared`` and ``scene_outputs``.
    """
    started = time.monotonic()
    chosen = chosen_aspects(project, aspects)
    ctx.emit(StageEvent(stage=STAGE_ASSEMBLY, fraction=ASSEMBLY_STARTS_AT, message="Putting the ad together"))
    results = _assemble_aspects(project, chosen, ctx, prepared, scene_outputs)
    report = render_report(project, ctx, prepared, scene_outputs, results)
    report.seconds = time.monotonic() - started
    updated = updated_project(project, prepared, scene_outputs, report, chosen)
    status = updated.render_status
    ctx.emit(
        StageEvent(
            stage=STAGE_ASSEMBLY,
            status=_overall_status(results),
            fraction=1.0,
            message=f"Render {status.state.replace('_', ' ')}",
            media_url=report.exports.get(MASTER_ASPECT),
            preview_url=ctx.preview(report.exports.get(MASTER_ASPECT)),
            exports=dict(report.exports),
            error=status.error,
            warnings=list(report.warnings),
        )
    )
    return RenderOutcome(updated, report)


def render_report(
    project: AdProject,
    ctx: RenderContext,
    prepared: PreparedAssets,
    outputs: dict[str, SceneOutput],
    results: list[_AspectResult],
) -> RenderReport:
    """What the render did, from the preparation, every scene and every aspect's assembly."""
    report = RenderReport(
        project.project_id,
        project.version,
        ctx.quality,
        stages=list(prepared.stages),
        calls=list(prepared.calls),
        warnings=list(prepared.warnings),
    )
    for scene in project.scenes:
        out = outputs.get(scene.id)
        if out is None:
            continue
        report.stages += out.stages
        report.calls += out.calls
        report.warnings += out.warnings
        if out.error:
            report.errors[scene.id] = out.error
    for result in results:
        if result.stage:
            report.stages.append(result.stage)
        if result.url and result.poster_url:
            report.exports[result.aspect] = result.url
            report.posters[result.aspect] = result.poster_url
        if result.error:
            report.errors[f"assembly {result.aspect}"] = result.error
    return report


def _overall_status(results: list[_AspectResult]) -> StageStatus:
    if any(r.error for r in results):
        return FAILED
    return REUSED if all(r.stage and r.stage.status == REUSED for r in results) else RAN


# --- one aspect ---------------------------------------------------------------------------------------


def _poster_time(project: AdProject) -> float:
    """Mid-way through the first scene that shows the product, else through the middle scene."""
    start = 0.0
    spans = []
    for scene in project.scenes:
        spans.append((start, scene))
        start += scene.duration_sec
    showing = [(t, s) for t, s in spans if project.product_asset and s.product.visible]
    t, scene = showing[0] if showing else spans[len(spans) // 2]
    return t + scene.duration_sec / 2


@dataclass
class _AspectResult:
    aspect: AspectRatio
    url: str | None = None
    poster_url: str | None = None
    error: str | None = None
    stage: StageRun | None = None


def _music_key(prepared: PreparedAssets) -> str | None:
    """The music's key when there is music (else the ad is silent)."""
    return prepared.audio_key if prepared.audio_url else None


def beat_times(project: AdProject, ctx: RenderContext, prepared: PreparedAssets) -> list[float]:
    """The beats of the ad's music: the offline synthesiser's own grid, else detected in the
    track (once per track, stored by its key); none for a silent ad."""
    if not prepared.audio_url or not prepared.audio_key:
        return []
    from adgen.pipeline.services.audio.local import LocalAudioEngine, beat_grid

    if prepared.audio_key == audio_key(project, LocalAudioEngine()):
        return beat_grid(project.audio.mood, project.duration_sec)
    key = beats_key(prepared.audio_key)
    url = ctx.find(STAGE_ASSEMBLY, key, "json")
    if url:
        return [float(t) for t in json.loads(ctx.media.read_bytes(url))]
    try:
        beats = detect_beats(ctx.media.local_path(prepared.audio_url))
    except Exception:  # noqa: BLE001 - transitions then sit on the boundaries
        log.warning("beat detection failed; transitions stay on the scene boundaries", exc_info=True)
        return []
    with ctx.workdir() as work:
        path = work / "beats.json"
        path.write_text(json.dumps(beats))
        ctx.store(path, STAGE_ASSEMBLY, key, "json")
    return beats


def transition_plans(project: AdProject, profile: EncodeProfile, beats: list[float]) -> list[TransitionPlan]:
    """Each boundary's transition: the mood's kind, centred on the nearest beat (frames)."""
    fps = profile.fps
    frames = [frame_count(s.duration_sec, fps) for s in project.scenes]
    plans = []
    at = 0
    kinds = transitions_for(project.style.mood, len(project.scenes) - 1)
    for i, transition in enumerate(kinds):
        at += frames[i]
        boundary = at / fps
        beat = snap_to_beat(boundary, beats, fps)
        tail = handle_frames(project.scenes[i].duration_sec, fps)
        head = handle_frames(project.scenes[i + 1].duration_sec, fps)
        plans.append(plan_transition(transition, boundary, beat, tail, head, fps))
    return plans


def _scene_parts(
    ctx: RenderContext, clip: str, pass_key: str, profile: EncodeProfile, duration: float
) -> list[Path]:
    """A scene pass's head, body and tail (stream copy), stored by the pass's key."""
    key = scene_parts_key(pass_key)
    names = ("head.mp4", "body.mp4", "tail.mp4")
    urls = [ctx.find(STAGE_ASSEMBLY, key, name) for name in names]
    if not all(urls):
        handle = handle_frames(duration, profile.fps)
        with ctx.workdir() as work:
            parts = split_scene_pass(ctx.media.local_path(clip), handle, handle, work / "parts")
            urls = [
                ctx.store(part, STAGE_ASSEMBLY, key, name) for part, name in zip(parts, names, strict=True)
            ]
    return [ctx.media.local_path(u) for u in urls]  # type: ignore[arg-type]


def _segments(
    project: AdProject,
    aspect: AspectRatio,
    ctx: RenderContext,
    outputs: dict[str, SceneOutput],
    beats: list[float],
) -> tuple[list[Path], list[float]]:
    """What the export joins by stream copy, and each segment's exact length."""
    profile = encode_profile(aspect, ctx.quality)
    fps = profile.fps
    scenes = project.scenes
    clips = [outputs[s.id].clips[aspect] for s in scenes]
    keys = [outputs[s.id].keys[aspect] for s in scenes]
    if len(scenes) == 1:
        return [ctx.media.local_path(clips[0])], [frame_count(scenes[0].duration_sec, fps) / fps]
    parts = [
        _scene_parts(ctx, c, k, profile, s.duration_sec) for c, k, s in zip(clips, keys, scenes, strict=True)
    ]
    handles = [handle_frames(s.duration_sec, fps) for s in scenes]
    lengths = [frame_count(s.duration_sec, fps) for s in scenes]
    segments: list[Path] = [parts[0][0]]
    frames: list[int] = [handles[0]]
    for i, plan in enumerate(transition_plans(project, profile, beats)):
        segments.append(parts[i][1])
        frames.append(lengths[i] - 2 * handles[i])
        key = transition_key(keys[i], keys[i + 1], plan, profile)
        url = ctx.find(STAGE_ASSEMBLY, key, "mp4")
        if url is None:
            with ctx.workdir() as work:
                made = transition_clip(
                    parts[i][2], parts[i + 1][0], plan.kind, plan.start, plan.frames, profile, work / "t.mp4"
                )
                url = ctx.store(made, STAGE_ASSEMBLY, key, "mp4")
        segments.append(ctx.media.local_path(url))
        frames.append(plan.tail_frames + plan.head_frames)
    segments += [parts[-1][1], parts[-1][2]]
    frames += [lengths[-1] - 2 * handles[-1], handles[-1]]
    return segments, [f / fps for f in frames]


def _assemble_aspect(
    project: AdProject,
    aspect: AspectRatio,
    key: str,
    ctx: RenderContext,
    outputs: dict[str, SceneOutput],
    sound: Path,
    beats: list[float],
) -> _AspectResult:
    started = time.monotonic()
    try:
        with ctx.workdir() as work:
            segments, lengths = _segments(project, aspect, ctx, outputs, beats)
            video = concat_and_mux(segments, sound, project.duration_sec, work / "ad.mp4", lengths)
            still = poster(video, work / "poster.jpg", _poster_time(project))
            url = ctx.store(video, STAGE_ASSEMBLY, key, "mp4")
            poster_url = ctx.store(still, STAGE_ASSEMBLY, key, "jpg")
    except Exception as exc:  # noqa: BLE001 - this aspect fails, the others may not
        return _assembly_failed(aspect, key, exc, started)
    run = StageRun(STAGE_ASSEMBLY, RAN, key, url, aspect=aspect, seconds=time.monotonic() - started)
    return _AspectResult(aspect, url, poster_url, stage=run)


def _assembly_failed(
    aspect: AspectRatio, key: str | None, exc: BaseException, started: float
) -> _AspectResult:
    log.warning("assembly %s failed", aspect, exc_info=exc)
    error = f"the {aspect} video could not be assembled: {one_line(exc)}"
    run = StageRun(
        STAGE_ASSEMBLY, FAILED, key, aspect=aspect, seconds=time.monotonic() - started, error=error
    )
    return _AspectResult(aspect, error=error, stage=run)


def _stored_or_todo(
    project: AdProject,
    aspect: AspectRatio,
    ctx: RenderContext,
    prepared: PreparedAssets,
    outputs: dict[str, SceneOutput],
) -> _AspectResult | str:
    """The aspect's stored export (or why it cannot be made), else the key to make it under."""
    missing = [s.id for s in project.scenes if aspect not in outputs.get(s.id, SceneOutput(s.id)).clips]
    if missing:
        return _AspectResult(aspect, error=f"the {aspect} video is missing {', '.join(missing)}")
    key = assembly_key(
        [outputs[s.id].keys[aspect] for s in project.scenes],
        _music_key(prepared),
        project.audio.volume,
        encode_profile(aspect, ctx.quality),
        project.duration_sec,
        project.style.mood,
    )
    url, poster_url = ctx.find(STAGE_ASSEMBLY, key, "mp4"), ctx.find(STAGE_ASSEMBLY, key, "jpg")
    if url and poster_url:
        return _AspectResult(
            aspect, url, poster_url, stage=StageRun(STAGE_ASSEMBLY, REUSED, key, url, aspect=aspect)
        )
    return key


def _assemble_aspects(
    project: AdProject,
    aspects: list[AspectRatio],
    ctx: RenderContext,
    prepared: PreparedAssets,
    outputs: dict[str, SceneOutput],
) -> list[_AspectResult]:
    """Every aspect's export: the stored ones as they are, the others joined in parallel over
    one soundtrack (the sound is the same in every aspect, so it is encoded once)."""
    results: dict[AspectRatio, _AspectResult] = {}
    todo: dict[AspectRatio, str] = {}  # aspect -> its assembly key
    for aspect in aspects:
        found = _stored_or_todo(project, aspect, ctx, prepared, outputs)
        if isinstance(found, str):
            todo[aspect] = found
        else:
            results[aspect] = found
    if todo:
        started = time.monotonic()
        try:
            sound = _soundtrack(
                project, ctx, prepared, encode_profile(next(iter(todo)), ctx.quality).audio_bitrate
            )
        except Exception as exc:  # noqa: BLE001 - no export can be made without its sound
            results.update((a, _assembly_failed(a, None, exc, started)) for a in todo)
        else:
            beats = beat_times(project, ctx, prepared)
            with ThreadPoolExecutor(len(todo)) as pool:
                made = pool.map(
                    lambda a: _assemble_aspect(project, a, todo[a], ctx, outputs, sound, beats), todo
                )
                results.update(zip(todo, made, strict=True))
    return [results[a] for a in aspects]


def _soundtrack(project: AdProject, ctx: RenderContext, prepared: PreparedAssets, bitrate: str) -> Path:
    """The encoded sound, stored by its key so a text edit's assembly only copies streams."""
    key = soundtrack_key(_music_key(prepared), project.audio.volume, project.duration_sec, bitrate)
    url = ctx.find(STAGE_ASSEMBLY, key, "m4a")
    if url is None:
        with ctx.workdir() as work:
            track = ctx.media.local_path(prepared.audio_url) if prepared.audio_url else None
            made = soundtrack(track, project.audio.volume, project.duration_sec, bitrate, work / "sound.m4a")
            url = ctx.store(made, STAGE_ASSEMBLY, key, "m4a")
    return ctx.media.local_path(url)


# --- the document after a render -----------------------------------------------------------------------


def _render_state(report: RenderReport, aspects: list[AspectRatio]) -> tuple[str, str | None, bool]:
    """The render's state, its error for the marketer, and whether every export was made."""
    failed = [a for a in aspects if a not in report.exports]
    if failed:
        error = "; ".join(report.errors.get(f"assembly {a}", f"the {a} video was not made") for a in failed)
        return "failed", error, False
    if report.errors or report.warnings:
        scene_errors = [msg for k, msg in report.errors.items() if not k.startswith("assembly")]
        # A stand-in clip is both a scene's error and a warning: say it once.
        said = dict.fromkeys(scene_errors + [w.message for w in report.warnings])
        return "completed_with_warnings", "; ".join(said), True
    return "completed", None, True


def updated_project(
    project: AdProject,
    prepared: PreparedAssets,
    outputs: dict[str, SceneOutput],
    report: RenderReport,
    aspects: list[AspectRatio],
) -> AdProject:
    """The document after a render: status, exports, scene clips, cost (also when it failed)."""
    state, error, complete = _render_state(report, aspects)
    data = project.model_dump()
    data["render_status"] = {"state": state, "progress": 1.0, "stages": report.summary(), "error": error}
    if complete:
        data["aspect_exports"] = dict(report.exports)
    for scene in data["scenes"]:
        clips = outputs[scene["id"]].clips if scene["id"] in outputs else {}
        url = clips.get(MASTER_ASPECT) or next(iter(clips.values()), None)
        if url:
            scene["scene_video_url"] = url
    if prepared.cutout_url and data["product_asset"] is not None:
        data["product_asset"]["masked_url"] = prepared.cutout_url
    if prepared.audio_url:
        data["audio"]["track_url"] = prepared.audio_url
    calls = dict(data["cost"]["calls"])
    for name, count in report.call_counts.items():
        calls[name] = calls.get(name, 0) + count
    data["cost"] = {"usd": round(data["cost"]["usd"] + report.usd, 6), "calls": calls}
    return AdProject.model_validate(data)


__all__ = [
    "ASSEMBLY_STARTS_AT",
    "assemble",
    "beat_times",
    "render_report",
    "transition_plans",
    "updated_project",
]
