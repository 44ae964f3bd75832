"""The last stage: each export's scene passes joined over one soundtrack with transitions on
the music's beats, a poster, the pre-flight check of a final render, and the document updated
with what the render made.

Assembly only assembles. The scene clips it joins are passed in (the caller renders any that
are missing first, :func:`adgen.pipeline.orchestrator.complete_render`); an export missing a
scene fails with a message naming it. The soundtrack (the music levelled, cut to the ad's length,
faded and normalised to -14 LUFS with one linear gain) is encoded once and stored by its key,
usually while the scenes still render (:func:`prepare_soundtrack`). What an export joins, the
scene passes' bodies and the transition windows between them, comes from
:mod:`adgen.pipeline.windows`, which encodes every distinct window of the render once; the
export joins them by stream copy. So a text edit re-encodes its scene and the windows beside it,
and every other part, the sound and the poster of another scene included, is copied.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adgen.pipeline.beats import detect_beats
from adgen.pipeline.check import check_render
from adgen.pipeline.context import DISK_FULL, RenderContext, chosen_targets_of, one_line
from adgen.pipeline.events import RenderFix, RenderWarning, StageEvent, StageStatus
from adgen.pipeline.ffmpeg import (
    concat_and_mux,
    frame_count,
    normalised_soundtrack,
    poster,
    soundtrack,
)
from adgen.pipeline.keys import (
    assembly_key,
    audio_key,
    beats_key,
    loudness_key,
    poster_key,
    soundtrack_key,
)
from adgen.pipeline.report import PreparedAssets, RenderOutcome, RenderReport, SceneOutput, StageRun
from adgen.pipeline.stages import STAGE_ASSEMBLY, STAGE_PREFLIGHT
from adgen.pipeline.targets import RenderTarget
from adgen.pipeline.types import EncodeProfile
from adgen.pipeline.windows import ExportParts, export_parts, make_windows, transition_plans
from adgen.preflight.layout import LayoutBox
from adgen.preflight.loudness import MAX_TRUE_PEAK_DBTP, TARGET_LUFS, TOLERANCE_LU, Loudness
from adgen.project import EXPORT_ASPECTS, MASTER_ASPECT, AdProject, Scene

log = logging.getLogger(__name__)

RAN, REUSED, FAILED = StageStatus.RAN, StageStatus.REUSED, StageStatus.FAILED
# Where the whole render stands when the assembly starts, and when its pre-flight check starts.
ASSEMBLY_STARTS_AT = 0.95
PREFLIGHT_STARTS_AT = 0.97


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
    targets = chosen_targets_of(project, aspects, ctx.presets)
    chosen = [t.key for t in targets]
    ctx.emit(StageEvent(stage=STAGE_ASSEMBLY, fraction=ASSEMBLY_STARTS_AT, message="Putting the ad together"))
    sound_fixes: list[RenderFix] = []
    results = _assemble_aspects(project, chosen, ctx, prepared, scene_outputs, sound_fixes)
    beats = beat_times(project, ctx, prepared) if len(project.scenes) > 1 else []
    report = render_report(project, ctx, prepared, scene_outputs, results, targets, beats)
    report.fixes += sound_fixes
    report.subtitles = _subtitles(project, ctx, report, chosen)
    if report.exports and ctx.quality == "final":
        ctx.emit(
            StageEvent(
                stage=STAGE_PREFLIGHT,
                fraction=PREFLIGHT_STARTS_AT,
                message="Checking every export (pre-flight)",
            )
        )
    checked = check_render(project, ctx, report, targets)
    report.seconds = time.monotonic() - started
    updated = updated_project(project, prepared, scene_outputs, report, chosen)
    status = updated.render_status
    ctx.emit(
        StageEvent(
            stage=STAGE_ASSEMBLY,
            status=_overall_status(results),
            fraction=1.0,
            message=f"Render {status.state.replace('_', ' ')}",
            media_url=report.exports.get(MASTER_ASPECT) or next(iter(report.exports.values()), None),
            preview_url=ctx.preview(report.exports.get(MASTER_ASPECT)),
            exports=dict(report.exports),
            error=status.error,
            warnings=list(report.warnings),
            fixes=list(report.fixes),
            layout=report.layout_events(),
            preflight=checked.summary() if checked else None,
        )
    )
    return RenderOutcome(updated, report)


def render_report(
    project: AdProject,
    ctx: RenderContext,
    prepared: PreparedAssets,
    outputs: dict[str, SceneOutput],
    results: list[_AspectResult],
    targets: Sequence[RenderTarget] = (),
    beats: list[float] | None = None,
) -> RenderReport:
    """What the render did, from the preparation, every scene and every export's assembly, with
    each export's layout (the scenes' boxes timed in the ad, their steady spans clear of the
    transitions placed on ``beats``) and what was fixed on the way."""
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
        report.fixes += out.fixes
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
    for target in targets:
        profile = target.profile(ctx.quality)
        report.layout[target.key] = {
            "width": profile.width,
            "height": profile.height,
            "presets": list(target.preset_ids),
            "boxes": _timed_boxes(project, outputs, target.key, _blends(project, profile, beats or [])),
        }
        if target.key in report.exports:
            for preset_id in target.preset_ids:
                report.preset_exports[preset_id] = report.exports[target.key]
    return report


def _subtitles(
    project: AdProject, ctx: RenderContext, report: RenderReport, aspects: list[str]
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


def _blends(project: AdProject, profile: EncodeProfile, beats: list[float]) -> list[tuple[float, float]]:
    """When each scene change is under way in an export (seconds in the ad): a blend from its
    first frame to its last, a cut for the frame it falls on."""
    fps = profile.fps
    spans, at = [], 0
    lengths = [frame_count(s.duration_sec, fps) for s in project.scenes]
    for i, plan in enumerate(transition_plans(project, profile, beats)):
        at += lengths[i]
        begins = (at - plan.tail_frames + plan.start) / fps
        spans.append((begins, begins + max(plan.frames, 1) / fps))
    return spans


def _clear_of(box: LayoutBox, blends: list[tuple[float, float]]) -> LayoutBox:
    """A text or button whose steady span leaves out the scene changes around it: while a
    transition runs the scene is not what the reader sees, so the check looks elsewhere."""
    if box.kind not in ("text", "cta"):
        return box
    start, end = box.steady
    for begins, ends in blends:
        if begins <= start < ends:
            start = ends
        if begins < end <= ends:
            end = begins
    if end <= start:
        return box
    return box.model_copy(update={"steady_start": round(start, 6), "steady_end": round(end, 6)})


def _timed_boxes(
    project: AdProject, outputs: dict[str, SceneOutput], key: str, blends: list[tuple[float, float]] = ()
) -> list[dict[str, Any]]:
    """An export's boxes from every scene, timed in the ad (a scene's are timed from its start),
    steady clear of the scene changes (``blends``)."""
    boxes, start = [], 0.0
    for scene in project.scenes:
        out = outputs.get(scene.id)
        for wire in out.layout.get(key, []) if out else []:
            # Labelled by this project's scene: a scene pass may be shared with another project.
            # (A part of a scene, as an end card's "/button", keeps its suffix.)
            box = LayoutBox.from_wire(wire).shifted(start)
            part = box.label.partition("/")[2]
            box = box.model_copy(update={"label": f"{scene.id}/{part}" if part else scene.id})
            boxes.append(_clear_of(box, list(blends)).to_wire())
        start += scene.duration_sec
    return boxes


def _overall_status(results: list[_AspectResult]) -> StageStatus:
    if any(r.error for r in results):
        return FAILED
    return REUSED if all(r.stage and r.stage.status == REUSED for r in results) else RAN


# --- one aspect ---------------------------------------------------------------------------------------


def poster_scene(project: AdProject) -> Scene:
    """The scene the poster is taken from: the first that shows the product, else the middle one."""
    showing = [s for s in project.scenes if project.product_asset and s.product.visible]
    return showing[0] if showing else project.scenes[len(project.scenes) // 2]


def _poster(
    project: AdProject, aspect: str, ctx: RenderContext, outputs: dict[str, SceneOutput], work: Path
) -> Path:
    """The export's poster: mid-way through :func:`poster_scene`. That frame is in the middle of
    the scene's pass (never in a transition window, which is at most a quarter of the scene at
    each end), so it is taken from the pass and kept by the pass's key: an edit of another scene
    reuses it."""
    scene = poster_scene(project)
    clip, pass_key = outputs[scene.id].clips[aspect], outputs[scene.id].keys[aspect]
    key = poster_key(pass_key, scene.duration_sec / 2)
    url = ctx.find(STAGE_ASSEMBLY, key, "jpg")
    if url is None:
        fps = _profile(project, ctx, aspect).fps
        still = poster(
            ctx.media.local_path(clip), work / "still.jpg", scene.duration_sec / 2, scene.duration_sec, fps
        )
        url = ctx.store(still, STAGE_ASSEMBLY, key, "jpg")
    return ctx.media.local_path(url)


@dataclass
class _AspectResult:
    aspect: str
    url: str | None = None
    poster_url: str | None = None
    error: str | None = None
    stage: StageRun | None = None


def _music_key(prepared: PreparedAssets) -> str | None:
    """The music's key when there is music (else the ad is silent)."""
    return prepared.audio_key if prepared.audio_url else None


def _mix_key(project: AdProject, ctx: RenderContext, prepared: PreparedAssets) -> str | None:
    """What the ad's sound is keyed by: the voiced mix's key when the ad speaks, else the music's."""
    if project.voiced_scenes:
        from adgen.pipeline.voice_stages import sound_key

        return sound_key(project, ctx, _music_key(prepared)) or _music_key(prepared)
    return _music_key(prepared)


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


def _assemble_aspect(
    project: AdProject,
    aspect: str,
    key: str,
    ctx: RenderContext,
    parts: ExportParts,
    windows: dict[str, Path | BaseException],
    sound: Path,
    outputs: dict[str, SceneOutput],
) -> _AspectResult:
    started = time.monotonic()
    try:
        with ctx.workdir() as work:
            segments = parts.paths(windows)
            video = concat_and_mux(segments, sound, project.duration_sec, work / "ad.mp4", parts.seconds)
            still = _poster(project, aspect, ctx, outputs, work)
            url = ctx.store(video, STAGE_ASSEMBLY, key, "mp4")
            poster_url = ctx.store(still, STAGE_ASSEMBLY, key, "jpg")
    except Exception as exc:  # noqa: BLE001 - this aspect fails, the others may not
        return _assembly_failed(aspect, key, exc, started)
    run = StageRun(STAGE_ASSEMBLY, RAN, key, url, aspect=aspect, seconds=time.monotonic() - started)
    return _AspectResult(aspect, url, poster_url, stage=run)


def _assembly_failed(aspect: str, key: str | None, exc: BaseException, started: float) -> _AspectResult:
    log.warning("assembly %s failed", aspect, exc_info=exc)
    error = f"the {aspect} video could not be assembled: {one_line(exc)}"
    run = StageRun(
        STAGE_ASSEMBLY, FAILED, key, aspect=aspect, seconds=time.monotonic() - started, error=error
    )
    return _AspectResult(aspect, error=error, stage=run)


def _stored_or_todo(
    project: AdProject,
    aspect: str,
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
        _mix_key(project, ctx, prepared),
        project.audio.volume,
        _profile(project, ctx, aspect),
        project.duration_sec,
        project.style.mood,
    )
    url, poster_url = ctx.find(STAGE_ASSEMBLY, key, "mp4"), ctx.find(STAGE_ASSEMBLY, key, "jpg")
    if url and poster_url:
        return _AspectResult(
            aspect, url, poster_url, stage=StageRun(STAGE_ASSEMBLY, REUSED, key, url, aspect=aspect)
        )
    return key


def _profile(project: AdProject, ctx: RenderContext, key: str):
    from adgen.pipeline.context import target_named

    return target_named(project, key, ctx.presets).profile(ctx.quality)


def _assemble_aspects(
    project: AdProject,
    aspects: list[str],
    ctx: RenderContext,
    prepared: PreparedAssets,
    outputs: dict[str, SceneOutput],
    fixes: list[RenderFix] | None = None,
) -> list[_AspectResult]:
    """Every export: the stored ones as they are, the others joined in parallel over one
    soundtrack (the sound is the same in every export, so it is encoded once). What the
    soundtrack's normalisation fixed is added to ``fixes``."""
    results: dict[str, _AspectResult] = {}
    todo: dict[str, str] = {}  # export key -> its assembly key
    for aspect in aspects:
        found = _stored_or_todo(project, aspect, ctx, prepared, outputs)
        if isinstance(found, str):
            todo[aspect] = found
        else:
            results[aspect] = found
    if todo:
        _join_exports(project, todo, ctx, prepared, outputs, results)
    if fixes is not None and aspects:
        fixes += _loudness_fixes(
            ctx, _sound_key(project, ctx, prepared, _profile(project, ctx, aspects[0]).audio_bitrate)
        )
    return [results[a] for a in aspects]


def _join_exports(
    project: AdProject,
    todo: dict[str, str],
    ctx: RenderContext,
    prepared: PreparedAssets,
    outputs: dict[str, SceneOutput],
    results: dict[str, _AspectResult],
) -> None:
    """The exports to make: the soundtrack (once, alongside), each export's scene passes cut at
    their handles, every distinct transition window of all of them encoded side by side, then
    each export joined by stream copy."""
    started = time.monotonic()
    beats = beat_times(project, ctx, prepared)
    with ThreadPoolExecutor(len(todo) + 1) as pool:
        sound_job = pool.submit(
            _soundtrack, project, ctx, prepared, _profile(project, ctx, next(iter(todo))).audio_bitrate
        )

        def cut(aspect: str) -> ExportParts | BaseException:
            try:
                return export_parts(project, _profile(project, ctx, aspect), ctx, outputs, aspect, beats)
            except Exception as exc:  # noqa: BLE001 - this export fails, the others may not
                return exc

        planned = dict(zip(todo, pool.map(cut, todo), strict=True))
        windows = make_windows(
            ctx, [w for p in planned.values() if isinstance(p, ExportParts) for w in p.windows]
        )
        try:
            sound = sound_job.result()
        except Exception as exc:  # noqa: BLE001 - no export can be made without its sound
            results.update((a, _assembly_failed(a, None, exc, started)) for a in todo)
            return

        def join(aspect: str) -> _AspectResult:
            parts = planned[aspect]
            if isinstance(parts, BaseException):
                return _assembly_failed(aspect, todo[aspect], parts, started)
            return _assemble_aspect(project, aspect, todo[aspect], ctx, parts, windows, sound, outputs)

        results.update(zip(todo, pool.map(join, todo), strict=True))


def prepare_soundtrack(
    project: AdProject, ctx: RenderContext, prepared: PreparedAssets, aspects: Iterable[str] | None = None
) -> None:
    """Make the soundtrack now (the music being ready), while the scenes render, so the assembly
    finds it stored. A voiced ad's sound waits for the assembly (it mixes the speech the scenes
    made); a failure here is left for the assembly to meet and report."""
    if project.voiced_scenes:
        return
    try:
        first = chosen_targets_of(project, aspects, ctx.presets)[0]
        _soundtrack(project, ctx, prepared, first.profile(ctx.quality).audio_bitrate)
    except Exception:  # noqa: BLE001 - the assembly tries again and reports what fails
        log.warning("the soundtrack could not be made ahead of the assembly", exc_info=True)


def _sound_key(project: AdProject, ctx: RenderContext, prepared: PreparedAssets, bitrate: str) -> str:
    target = TARGET_LUFS if ctx.fixes else None
    return soundtrack_key(_music_key(prepared), project.audio.volume, project.duration_sec, bitrate, target)


def _soundtrack(project: AdProject, ctx: RenderContext, prepared: PreparedAssets, bitrate: str) -> Path:
    """The encoded sound, stored by its key so a text edit's assembly only copies streams: the
    voice-over mixed over the ducked music when the ad speaks (issue 19, already at the loudness
    target), else the music normalised to -14 LUFS when the render fixes what pre-flight checks,
    with its measured levels beside it so a reuse repeats what the normalisation fixed."""
    if project.voiced_scenes:
        from adgen.pipeline.voice_stages import voiced_soundtrack

        music = ctx.media.local_path(prepared.audio_url) if prepared.audio_url else None
        voiced = voiced_soundtrack(project, ctx, music, _music_key(prepared), bitrate)
        if voiced is not None:
            return voiced[0]
    target = TARGET_LUFS if ctx.fixes else None
    key = _sound_key(project, ctx, prepared, bitrate)
    url = ctx.find(STAGE_ASSEMBLY, key, "m4a")
    if url is None:
        with ctx.workdir() as work:
            track = ctx.media.local_path(prepared.audio_url) if prepared.audio_url else None
            out, levels = work / "sound.m4a", None
            if target is None:
                soundtrack(track, project.audio.volume, project.duration_sec, bitrate, out)
            else:
                mix_key = loudness_key(_music_key(prepared), project.audio.volume, project.duration_sec)
                measured = _stored_loudness(ctx, mix_key)
                levels = normalised_soundtrack(
                    track, project.audio.volume, project.duration_sec, bitrate, out, measured=measured
                )
                if measured is None and levels.before is not None:
                    _store_loudness(ctx, mix_key, levels.before, work)
            note = work / "sound.json"
            note.write_text(json.dumps(_levels_wire(levels)))
            ctx.store(note, STAGE_ASSEMBLY, key, "json")  # before the sound, which marks it done
            url = ctx.store(out, STAGE_ASSEMBLY, key, "m4a")
    return ctx.media.local_path(url)


def _stored_loudness(ctx: RenderContext, key: str) -> Loudness | None:
    """The loudness an earlier render measured of this mix (None: not measured yet)."""
    url = ctx.find(STAGE_ASSEMBLY, key, "json")
    if url is None:
        return None
    try:
        data = json.loads(ctx.media.read_bytes(url))
        return Loudness(*(float(data[k]) for k in ("lufs", "truePeak", "lra", "threshold")))
    except (FileNotFoundError, KeyError, TypeError, ValueError):
        return None


def _store_loudness(ctx: RenderContext, key: str, loudness: Loudness, work: Path) -> None:
    if not all(math.isfinite(v) for v in (loudness.integrated_lufs, loudness.true_peak_dbtp)):
        return  # a silent mix: nothing worth keeping (JSON has no -inf)
    note = work / "loudness.json"
    values = (loudness.integrated_lufs, loudness.true_peak_dbtp, loudness.lra_lu, loudness.threshold_lufs)
    note.write_text(
        json.dumps(dict(zip(("lufs", "truePeak", "lra", "threshold"), values, strict=True)), allow_nan=True)
    )
    ctx.store(note, STAGE_ASSEMBLY, key, "json")


def _levels_wire(levels: Any) -> dict[str, Any]:
    def one(loudness: Any) -> dict[str, float] | None:
        if loudness is None or not math.isfinite(loudness.integrated_lufs):
            return None
        return {"lufs": round(loudness.integrated_lufs, 2), "truePeak": round(loudness.true_peak_dbtp, 2)}

    if levels is None:
        return {}
    return {"before": one(levels.before), "after": one(levels.after)}


def _loudness_fixes(ctx: RenderContext, key: str) -> list[RenderFix]:
    """What normalising the soundtrack fixed: a level or a peak the check would have failed."""
    url = ctx.find(STAGE_ASSEMBLY, key, "json")
    try:
        levels = json.loads(ctx.media.read_bytes(url)) if url else {}
    except (FileNotFoundError, ValueError):
        levels = {}
    before, after = levels.get("before"), levels.get("after")
    if not before or not after:
        return []
    off = abs(before["lufs"] - TARGET_LUFS) > TOLERANCE_LU
    peaked = before["truePeak"] > MAX_TRUE_PEAK_DBTP
    if not (off or peaked):
        return []
    was = f"{before['lufs']:.1f} LUFS" + (f", peaks at {before['truePeak']:.1f} dBTP" if peaked else "")
    return [
        RenderFix(
            check="loudness",
            message=(
                f"soundtrack normalised from {was} to {after['lufs']:.1f} LUFS "
                f"(true peak {after['truePeak']:.1f} dBTP) with one linear gain (EBU R128)"
            ),
        )
    ]


# --- the document after a render -----------------------------------------------------------------------


def _render_state(report: RenderReport, aspects: list[str]) -> tuple[str, str | None, bool]:
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
    aspects: list[str],
) -> AdProject:
    """The document after a render: status, exports (by aspect and by preset), the pre-flight
    report of a final render, scene clips, cost (also when it failed)."""
    state, error, complete = _render_state(report, aspects)
    data = project.model_dump()
    data["render_status"] = {"state": state, "progress": 1.0, "stages": report.summary(), "error": error}
    if complete:
        data["aspect_exports"] = aspect_exports_of(report.exports)
        data["preset_exports"] = dict(report.preset_exports)
        data["preflight"] = report.preflight
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


def aspect_exports_of(exports: dict[str, str]) -> dict[str, str]:
    """``aspectExports`` from the exports by key: one video per aspect (the first export of an
    aspect split by layout), so readers of the three aspect keys go on working."""
    out: dict[str, str] = {}
    for key, url in exports.items():
        aspect = key.split("/", 1)[0]
        if aspect in EXPORT_ASPECTS and aspect not in out:
            out[aspect] = url
    return out


__all__ = [
    "ASSEMBLY_STARTS_AT",
    "aspect_exports_of",
    "assemble",
    "beat_times",
    "prepare_soundtrack",
    "render_report",
    "transition_plans",
    "updated_project",
]
