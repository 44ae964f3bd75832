"""The project-wide stages every scene or the assembly needs: the product cut-out and the music.

Each runs only when its content key has nothing stored. Neither stops a render when it fails: the
scenes render without the product, the ad gets the offline track or none, and a
:class:`~adgen.pipeline.events.RenderWarning` says so, with what to do. A cut-out the extractor
itself doubts (GrabCut found no product, rembg could not run) is kept and warned about too; its
doubt is stored beside it, so a render that reuses the cut-out repeats the warning.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from adgen.pipeline.context import RenderContext, one_line, product_source, provider_call
from adgen.pipeline.events import (
    CUTOUT_FAILED,
    CUTOUT_QUALITY,
    MUSIC_FAILED,
    RenderWarning,
    StageEvent,
    StageStatus,
)
from adgen.pipeline.keys import audio_key, cutout_key, is_remote
from adgen.pipeline.report import PreparedAssets, StageRun
from adgen.pipeline.stages import STAGE_AUDIO, STAGE_CUTOUT, STAGE_PREPARE
from adgen.pipeline.types import MusicRequest
from adgen.project import AdProject

AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".flac", ".ogg", ".aac")
CUTOUT_ACTION = (
    "Look at the cut-out; if the product looks wrong, send it as a PNG with a transparent background "
    "(or a photo on a plain background), show the photo as a framed product card, or install the rembg model."
)
RAN, REUSED, FAILED = StageStatus.RAN, StageStatus.REUSED, StageStatus.FAILED


def prepare(project: AdProject, ctx: RenderContext) -> PreparedAssets:
    """The product cutout (if there is a product) and the music."""
    prepared = PreparedAssets()
    speeches = prepare_speech(project, ctx, prepared)
    if speeches:  # a render made of jobs cannot stretch a scene its jobs already have: say so
        from adgen.pipeline.voice_stages import overrun_warnings

        prepared.warnings += overrun_warnings(project, speeches)
    prepare_cutout(project, ctx, prepared)
    prepare_audio(project, ctx, prepared)
    return prepared


def prepare_speech(project: AdProject, ctx: RenderContext, prepared: PreparedAssets) -> list:
    """Each spoken scene's voice-over (issue 19; nothing while the ad's voice is off), before
    the scenes, whose caption layers read it back by key."""
    if not project.voiced_scenes:
        return []
    from adgen.pipeline.voice_stages import prepare_voice

    return prepare_voice(project, ctx, prepared)


def prepared_event(prepared: PreparedAssets) -> StageEvent:
    """The end of the preparation, for the front ends: the cut-out and what degraded."""
    note = "; ".join(w.message for w in prepared.warnings)
    reused = all(s.status == REUSED for s in prepared.stages)
    return StageEvent(
        stage=STAGE_PREPARE,
        status=REUSED if reused else RAN,
        fraction=1.0,
        message=note or "Cut-out and music ready",
        media_url=prepared.cutout_url,
        error=note or None,
        warnings=list(prepared.warnings),
    )


# --- the cut-out ------------------------------------------------------------------------------------


def _quality_warning(note: dict, url: str) -> RenderWarning | None:
    """The extractor's doubt about a cut-out (its note: the sentence and the codes of the choices)
    as a warning; None when it had none."""
    doubt = note.get("warning")
    if not doubt:
        return None
    message = doubt if doubt.rstrip().endswith(".") else f"The product cut-out may not be clean ({doubt})."
    return RenderWarning(
        code=CUTOUT_QUALITY,
        message=message,
        action=CUTOUT_ACTION,
        media_url=url,
        choices=[str(c) for c in note.get("choices") or ()],
    )


def _stored_note(ctx: RenderContext, key: str) -> dict:
    """What the extractor said about a stored cut-out ({} for a clean or older one)."""
    note = ctx.find(STAGE_CUTOUT, key, "json")
    if not note:
        return {}
    try:
        data = json.loads(ctx.media.read_bytes(note))
    except (FileNotFoundError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _note(result: object) -> dict:
    """The extractor's result as the note stored beside the cut-out, so a reuse says it again."""
    quality = getattr(result, "quality", None)
    return {
        "method": getattr(result, "method", None),
        "warning": getattr(result, "warning", None),
        "choices": [a.code for a in getattr(quality, "actions", ())],
    }


def prepare_cutout(project: AdProject, ctx: RenderContext, prepared: PreparedAssets) -> None:
    asset = project.product_asset
    if asset is None:
        return
    extractor = ctx.providers.extractor
    key = cutout_key(asset.checksum, extractor)
    prepared.cutout_key = key
    url = ctx.find(STAGE_CUTOUT, key, "png")
    if url:
        warning = _quality_warning(_stored_note(ctx, key), url) if asset.style != "card" else None
        _cutout_ready(
            ctx, prepared, StageRun(STAGE_CUTOUT, REUSED, key, url), warning, "Product cut-out reused"
        )
        return
    ctx.emit(StageEvent(stage=STAGE_CUTOUT, message="Cutting out the product"))
    started = time.monotonic()
    try:
        with ctx.workdir() as work:
            result = extractor.cutout(product_source(ctx, project), work / "cutout.png")
            note = _note(result)
            note_path = work / "cutout.json"
            note_path.write_text(json.dumps(note))
            ctx.store(note_path, STAGE_CUTOUT, key, "json")  # before the image, which marks the cut-out done
            url = ctx.store(result.path, STAGE_CUTOUT, key, "png")
        prepared.cutout_method = getattr(result, "method", None)
        run = StageRun(STAGE_CUTOUT, RAN, key, url, seconds=time.monotonic() - started)
        # A product shown as a card (the marketer's choice) does not use the cut-out: no doubt to tell.
        warning = _quality_warning(note, url) if asset.style != "card" else None
        _cutout_ready(ctx, prepared, run, warning, "Product cut out")
    except Exception as exc:  # noqa: BLE001 - reported, the ad renders without the product
        text = f"The product image could not be cut out ({one_line(exc)}); scenes show no product."
        warning = RenderWarning(
            code=CUTOUT_FAILED, message=text, action="Send the product photo again as a PNG, JPEG or WEBP."
        )
        prepared.warnings.append(warning)
        prepared.stages.append(
            StageRun(STAGE_CUTOUT, FAILED, key, seconds=time.monotonic() - started, error=one_line(exc))
        )
        ctx.emit(
            StageEvent(
                stage=STAGE_CUTOUT,
                status=FAILED,
                fraction=1.0,
                message=text,
                error=one_line(exc),
                warnings=[warning],
            )
        )


def _cutout_ready(
    ctx: RenderContext, prepared: PreparedAssets, run: StageRun, warning: RenderWarning | None, message: str
) -> None:
    prepared.cutout_url = run.url
    prepared.stages.append(run)
    if warning is not None:
        prepared.warnings.append(warning)
    ctx.emit(
        StageEvent(
            stage=STAGE_CUTOUT,
            status=run.status,
            fraction=1.0,
            message=message,
            media_url=run.url,
            preview_url=ctx.preview(run.url),
            warnings=[warning] if warning else [],
        )
    )


# --- the music --------------------------------------------------------------------------------------


def _find_audio(ctx: RenderContext, key: str) -> str | None:
    for suffix in AUDIO_SUFFIXES:
        url = ctx.find(STAGE_AUDIO, key, suffix)
        if url:
            return url
    return None


def prepare_audio(project: AdProject, ctx: RenderContext, prepared: PreparedAssets) -> None:
    """The music from the configured engine; the offline synth when a cloud engine fails."""
    engines = [ctx.providers.music]
    if is_remote(ctx.providers.music):
        from adgen.pipeline.services.audio.local import LocalAudioEngine

        engines.append(LocalAudioEngine())  # the offline track if the music service fails
    errors = []
    for engine in engines:
        key = audio_key(project, engine)
        url = _find_audio(ctx, key)
        if url:
            prepared.audio_url, prepared.audio_key = url, key
            prepared.stages.append(StageRun(STAGE_AUDIO, REUSED, key, url))
            break
        ctx.emit(StageEvent(stage=STAGE_AUDIO, message="Composing the music"))
        request = MusicRequest(mood=project.audio.mood, duration_sec=project.duration_sec, seed=project.seed)
        started = time.monotonic()
        try:
            with ctx.workdir() as work:
                path = Path(engine.generate(request, work / "music.wav"))
                url = ctx.store(path, STAGE_AUDIO, key, path.suffix or ".wav")
        except Exception as exc:  # noqa: BLE001 - next engine, or a silent track
            seconds = time.monotonic() - started
            prepared.calls.append(provider_call(engine, seconds, exc))
            prepared.stages.append(StageRun(STAGE_AUDIO, FAILED, key, seconds=seconds, error=one_line(exc)))
            errors.append(one_line(exc))
            continue
        seconds = time.monotonic() - started
        prepared.calls.append(provider_call(engine, seconds))
        prepared.audio_url, prepared.audio_key = url, key
        prepared.stages.append(StageRun(STAGE_AUDIO, RAN, key, url, seconds=seconds))
        ctx.emit(
            StageEvent(stage=STAGE_AUDIO, status=RAN, fraction=1.0, message="Music ready", media_url=url)
        )
        break
    if errors:
        fallback = "the offline track is used" if prepared.audio_url else "the ad is silent"
        prepared.warnings.append(
            RenderWarning(
                code=MUSIC_FAILED,
                message=f"The music could not be made ({'; '.join(errors)}); {fallback}.",
                action="Render again later to try the music service again.",
            )
        )


__all__ = ["prepare", "prepare_audio", "prepare_cutout", "prepare_speech", "prepared_event"]
