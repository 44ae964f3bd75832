"""The last stage: each aspect's scene passes joined over one soundtrack, a poster, and the
document updated with what the render made.

Assembly only assembles. The scene clips it joins are passed in (the caller renders any that
are missing first, :func:`adgen.pipeline.orchestrator.complete_render`); an aspect missing a
scene fails with a message naming it. The soundtrack (the music levelled, cut to the ad's length
and faded) is encoded once and stored by its key, so every aspect, and a text edit's next
assembly, only copies streams.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from adgen.pipeline.context import DISK_FULL, RenderContext, chosen_aspects, one_line
from adgen.pipeline.events import RenderWarning, StageEvent, StageStatus
from adgen.pipeline.ffmpeg import concat_and_mux, poster, soundtrack
from adgen.pipeline.keys import assembly_key, soundtrack_key
from adgen.pipeline.report import PreparedAssets, RenderOutcome, RenderReport, SceneOutput, StageRun
from adgen.pipeline.stages import STAGE_ASSEMBLY
from adgen.pipeline.types import encode_profile
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
    report.subtitles = _subtitles(project, ctx, report, chosen)
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


def _subtitles(
    project: AdProject, ctx: RenderContext, report: RenderReport, aspects: list[AspectRatio]
) -> dict[str, dict[str, str]]:
    """The .srt and .vtt of the voice-over beside every export made (issue 19); a failure is a
    warning, never a lost render."""
    if not project.voiced_scenes:
        return {}
    from adgen.pipeline.voice_stages import subtitle_exports, write_subtitles

    try:
        files = write_subtitles(project, ctx)
    except Exception as exc:  # noqa: BLE001 - the videos stand without their subtitle files
        report.warnings.append(
            RenderWarning(
                code="subtitles_failed",
                message=f"The subtitle files could not be written ({one_line(exc)}).",
                action="Render again to retry.",
            )
        )
        return {}
    return subtitle_exports(files, [a for a in aspects if a in report.exports])


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


def _sound_key(project: AdProject, ctx: RenderContext, prepared: PreparedAssets) -> str | None:
    """What the ad's sound is keyed by: the voiced mix's key when the ad speaks, else the music's."""
    if project.voiced_scenes:
        from adgen.pipeline.voice_stages import sound_key

        return sound_key(project, ctx, _music_key(prepared)) or _music_key(prepared)
    return _music_key(prepared)


def _assemble_aspect(
    project: AdProject,
    aspect: AspectRatio,
    key: str,
    ctx: RenderContext,
    outputs: dict[str, SceneOutput],
    sound: Path,
) -> _AspectResult:
    started = time.monotonic()
    try:
        with ctx.workdir() as work:
            segments = [ctx.media.local_path(outputs[s.id].clips[aspect]) for s in project.scenes]
            video = concat_and_mux(segments, sound, project.duration_sec, work / "ad.mp4")
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
        _sound_key(project, ctx, prepared),
        project.audio.volume,
        encode_profile(aspect, ctx.quality),
        project.duration_sec,
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
            with ThreadPoolExecutor(len(todo)) as pool:
                made = pool.map(lambda a: _assemble_aspect(project, a, todo[a], ctx, outputs, sound), todo)
                results.update(zip(todo, made, strict=True))
    return [results[a] for a in aspects]


def _soundtrack(project: AdProject, ctx: RenderContext, prepared: PreparedAssets, bitrate: str) -> Path:
    """The encoded sound, stored by its key so a text edit's assembly only copies streams."""
    if project.voiced_scenes:  # the voice-over mixed over the ducked music (issue 19)
        from adgen.pipeline.voice_stages import voiced_soundtrack

        music = ctx.media.local_path(prepared.audio_url) if prepared.audio_url else None
        voiced = voiced_soundtrack(project, ctx, music, _music_key(prepared), bitrate)
        if voiced is not None:
            return voiced[0]
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
        if any(DISK_FULL in message for message in report.errors.values()):
            error = DISK_FULL  # the cause, and what to do, rather than what is missing because of it
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
        data["subtitle_exports"] = dict(report.subtitles)
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


__all__ = ["ASSEMBLY_STARTS_AT", "assemble", "render_report", "updated_project"]
