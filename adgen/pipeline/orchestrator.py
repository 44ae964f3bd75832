"""The render's entry points: from an AdProject to its three aspect exports, re-doing only what is
missing.

The stage graph (docs/architecture.md), each step in a module of its own:
:mod:`~adgen.pipeline.prepare` (per project: ``cutout``, ``audio``) →
:mod:`~adgen.pipeline.scene_chain` (per scene and aspect: ``background`` → ``composite`` →
``overlay`` → ``scene_pass``, run side by side by :mod:`~adgen.pipeline.scheduler`) →
:mod:`~adgen.pipeline.assembly` (per aspect: ``assembly``, then the document). Every output is
stored under its content key (:mod:`~adgen.pipeline.keys`) and a stage runs only when its key
has nothing stored, so an edit re-does just what it changed.

In-process, :func:`render_project` does it all. On the job queue: :func:`prepare` (one job),
:func:`render_scene` (one job per scene), :func:`complete_render` (the assembly job, which first
renders any scene its jobs did not deliver). A provider failure never raises: the scene gets a
marked stand-in clip, an error and a warning, and the next render tries it again.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterable

from adgen.pipeline.assembly import assemble, prepare_soundtrack, render_report, updated_project
from adgen.pipeline.context import (
    RenderContext,
    RenderError,
    chosen_aspects,
    one_line,
    render_context,
    scene_of,
)
from adgen.pipeline.events import StageEvent, StageStatus
from adgen.pipeline.prepare import prepare, prepare_audio, prepare_cutout, prepare_speech, prepared_event
from adgen.pipeline.progress import RenderProgress
from adgen.pipeline.report import PreparedAssets, RenderOutcome, RenderReport, SceneOutput, StageRun
from adgen.pipeline.scheduler import SceneListener, merge_outputs, render_units
from adgen.pipeline.stages import STAGE_RENDER, STAGE_SCENE
from adgen.project import MASTER_ASPECT, AdProject

log = logging.getLogger(__name__)

# The share of the whole render done when the scenes start and that the scenes take.
SCENES_FROM, SCENES_SPAN = 0.05, 0.85


def render_project(
    project: AdProject, ctx: RenderContext, aspects: Iterable[str] | None = None
) -> RenderOutcome:
    """The whole render in this process: cutout, every scene at every aspect in parallel (the
    music alongside), then assembly. Progress events carry the overall fraction, and each scene
    is announced (:func:`scene_event`) as soon as all its aspects are done."""
    started = time.monotonic()
    chosen = chosen_aspects(project, aspects)
    units = [(scene.id, aspect) for scene in project.scenes for aspect in chosen]
    pctx = _tracked(ctx, RenderProgress(ctx, units, SCENES_FROM, SCENES_SPAN))
    ctx.emit(
        StageEvent(
            stage=STAGE_RENDER,
            message=f"Rendering {len(project.scenes)} scenes in {len(chosen)} formats ({ctx.quality})",
        )
    )
    prepared = PreparedAssets()
    # The voice-over first: a line longer than its scene stretches the scene (and says so)
    # before anything that depends on the scene's length is made (the scenes stay the same).
    project = _fit_voiceover(project, pctx, prepared)
    try:
        prepare_cutout(project, pctx, prepared)
        outputs = render_units(
            project,
            units,
            pctx,
            prepared,
            meanwhile=lambda: _music_and_sound(project, pctx, prepared, chosen),
            on_scene=lambda output: pctx.emit(scene_event(output, pctx)),
        )
    except RenderError:
        raise
    except Exception as exc:  # noqa: BLE001 - still record what was spent
        log.exception("render of %s failed", project.project_id)
        report = render_report(project, ctx, prepared, {}, [])
        report.errors["render"], report.seconds = one_line(exc), time.monotonic() - started
        return RenderOutcome(updated_project(project, prepared, {}, report, chosen), report)
    outcome = assemble(project, pctx, prepared, merge_outputs(outputs), chosen)
    outcome.report.seconds = time.monotonic() - started
    outcome.project.render_status.stages["seconds"] = round(outcome.report.seconds, 3)
    return outcome


def _music_and_sound(
    project: AdProject, ctx: RenderContext, prepared: PreparedAssets, aspects: list[str]
) -> None:
    """Beside the scenes: the music, then the soundtrack every export copies (its loudness
    measured and normalised while the scene passes encode, not after them)."""
    prepare_audio(project, ctx, prepared)
    prepare_soundtrack(project, ctx, prepared, aspects)


def _fit_voiceover(project: AdProject, ctx: RenderContext, prepared: PreparedAssets) -> AdProject:
    """The spoken scenes' speech made; a scene its speech does not fit is stretched, with a
    warning (the returned project is the one rendered and stored)."""
    speeches = prepare_speech(project, ctx, prepared)
    if not speeches:
        return project
    from adgen.pipeline.voice_stages import stretched_for_speech

    stretched, warnings = stretched_for_speech(project, speeches)
    prepared.warnings += warnings
    return stretched


def render_scene(
    project: AdProject,
    scene_id: str,
    ctx: RenderContext,
    aspects: Iterable[str] | None = None,
    prepared: PreparedAssets | None = None,
) -> SceneOutput:
    """One scene at each aspect: background → product layer → text layer → scene pass.

    Stages whose output is stored are skipped. A failing provider does not raise: the scene
    gets a marked fallback clip and ``error``. Without ``prepared`` the product cutout is
    looked up (or made) here, so a scene job can run on its own. The caller announces the
    scene (:func:`scene_event`) when it is done with it.
    """
    (output,) = render_scenes(project, ctx, [scene_id], aspects, prepared)
    return output


def render_scenes(
    project: AdProject,
    ctx: RenderContext,
    scene_ids: Iterable[str] | None = None,
    aspects: Iterable[str] | None = None,
    prepared: PreparedAssets | None = None,
    on_scene: SceneListener | None = None,
) -> list[SceneOutput]:
    """Several scenes (all by default) at each aspect, concurrently: what :func:`render_project`
    does between the cutout and the assembly. Outputs come back in the order of ``scene_ids``."""
    ids = list(scene_ids) if scene_ids is not None else [s.id for s in project.scenes]
    for scene_id in ids:
        scene_of(project, scene_id)
    chosen = chosen_aspects(project, aspects)
    extra: list[StageRun] = []
    if prepared is None:
        prepared = PreparedAssets()
        prepare_cutout(project, ctx, prepared)
        extra = [s for s in prepared.stages if s.status != StageStatus.REUSED]
    units = [(scene_id, aspect) for scene_id in ids for aspect in chosen]
    pctx = _tracked(ctx, RenderProgress(ctx, units, 0.0, 1.0))
    merged = merge_outputs(render_units(project, units, pctx, prepared, on_scene=on_scene))
    if ids and extra:
        merged[ids[0]].stages[:0] = extra
    return [merged[scene_id] for scene_id in ids]


def complete_render(
    project: AdProject,
    ctx: RenderContext,
    prepared: PreparedAssets | None = None,
    scene_outputs: Iterable[SceneOutput] = (),
    aspects: Iterable[str] | None = None,
) -> RenderOutcome:
    """The end of a render made of separate jobs: whatever the jobs did not deliver (no
    preparation, a scene or an aspect missing) is looked up by key or made here, then the ad is
    assembled. Cost is counted from ``prepared`` and ``scene_outputs``, so pass them in."""
    chosen = chosen_aspects(project, aspects)
    if prepared is None:
        prepared = prepare(project, ctx)
    outputs = merge_outputs(list(scene_outputs))
    for scene in project.scenes:
        have = outputs.get(scene.id)
        todo = [a for a in chosen if not have or (a not in have.clips and a not in have.errors)]
        if todo:
            made = render_scene(project, scene.id, ctx, todo, prepared=prepared)
            outputs[scene.id] = have.merge(made) if have else made
    return assemble(project, ctx, prepared, outputs, chosen)


def scene_event(output: SceneOutput, ctx: RenderContext) -> StageEvent:
    """A scene's end, for the front ends: how it went, its master clip (or stand-in), why not."""
    clip = output.clips.get(MASTER_ASPECT) or next(iter(output.clips.values()), None)
    return StageEvent(
        stage=STAGE_SCENE,
        status=scene_status(output),
        scene_id=output.scene_id,
        fraction=1.0,
        message=f"{output.scene_id}: {output.error}" if output.error else f"{output.scene_id} ready",
        media_url=clip,
        preview_url=ctx.preview(clip),
        error=output.error,
        warnings=list(output.warnings),
    )


def scene_status(output: SceneOutput) -> StageStatus:
    """FAILED without a clip, FALLBACK with a stand-in, REUSED when nothing had to be made."""
    if output.error:
        return StageStatus.FALLBACK if output.clips else StageStatus.FAILED
    if all(s.status == StageStatus.REUSED for s in output.stages):
        return StageStatus.REUSED
    return StageStatus.RAN


def _tracked(ctx: RenderContext, progress: RenderProgress) -> RenderContext:
    return dataclasses.replace(ctx, on_event=progress if ctx.on_event else None)


__all__ = [
    "PreparedAssets",
    "RenderContext",
    "RenderError",
    "RenderOutcome",
    "RenderReport",
    "SceneOutput",
    "StageRun",
    "assemble",
    "complete_render",
    "prepare",
    "prepared_event",
    "render_context",
    "render_project",
    "render_scene",
    "render_scenes",
    "scene_event",
    "scene_status",
]
