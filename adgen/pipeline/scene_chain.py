"""One scene at one aspect on its way through the stages: background → product layer → text
layer → scene pass, with the marked stand-in when something on the way fails.

Every stage looks up its content key first and runs only when nothing is stored, so a text edit
re-draws the text layer and re-runs the scene pass, and nothing else. A failure never raises: the
scene gets a stand-in clip (a local background with a "preview unavailable" band) stored under
its own key, an error and a :class:`~adgen.pipeline.events.RenderWarning`, so the real scene pass
stays missing and the next render tries again.

The functions here are the steps the scheduler (:mod:`adgen.pipeline.scheduler`) puts on a
process pool or awaits; they take a :class:`Unit` and return it or its :class:`SceneOutput`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from adgen.pipeline.brand_layer import logo_layer
from adgen.pipeline.context import (
    RenderContext,
    RenderError,
    one_line,
    product_source,
    provider_call,
    scene_of,
    target_named,
)
from adgen.pipeline.end_card import end_card_button
from adgen.pipeline.errors import ProviderError
from adgen.pipeline.events import (
    SCENE_FALLBACK,
    TEXT_FIT,
    RenderFix,
    RenderWarning,
    StageEvent,
    StageStatus,
)
from adgen.pipeline.ffmpeg import scene_pass
from adgen.pipeline.keys import (
    AspectKeys,
    background_key,
    background_size,
    card_border,
    fallback_key,
    picture_key,
    scene_aspect_keys,
    scene_handles,
    scene_parts_key,
    scene_pass_key,
    text_palette,
)
from adgen.pipeline.layout import LayoutMove, SceneLayout, layout_for
from adgen.pipeline.legibility import BackgroundSource, legible_text
from adgen.pipeline.product_motion import hero_move
from adgen.pipeline.report import SceneOutput, StageRun, fixes_from_wire, fixes_to_wire, warnings_to_wire
from adgen.pipeline.stages import (
    STAGE_ASSEMBLY,
    STAGE_BACKGROUND,
    STAGE_CAPTIONS,
    STAGE_COMPOSITE,
    STAGE_FALLBACK,
    STAGE_OVERLAY,
    STAGE_SCENE_PASS,
)
from adgen.pipeline.standin import unavailable_band
from adgen.pipeline.targets import RenderTarget
from adgen.pipeline.text_span import text_span
from adgen.pipeline.transitions import keyframe_times
from adgen.pipeline.types import BackgroundRequest, Box, EncodeProfile, Layer, TextStyle
from adgen.pipeline.typography import TextMotion, steady_span, text_motion
from adgen.platforms.geometry import union
from adgen.preflight.layout import BUTTON_SUFFIX, LayoutBox, end_card_copy
from adgen.preflight.legibility import size_thresholds
from adgen.project import AdProject, Scene

log = logging.getLogger(__name__)

RAN, REUSED, FAILED, FALLBACK = StageStatus.RAN, StageStatus.REUSED, StageStatus.FAILED, StageStatus.FALLBACK
# The share of a unit's work done after each stage, for progress events.
_PROGRESS = {
    STAGE_BACKGROUND: 0.6,
    STAGE_COMPOSITE: 0.7,
    STAGE_OVERLAY: 0.8,
    STAGE_CAPTIONS: 0.85,
    STAGE_SCENE_PASS: 1.0,
}
STANDIN_ACTION = "Render again to retry this scene; if it keeps failing, change its background prompt."


@dataclass
class Unit:
    """One scene in one export on its way through background → layers → scene pass.

    ``aspect`` is the export's key ("9:16", "4:5", ...; :mod:`adgen.pipeline.targets`), ``layout``
    the scene's boxes in it (:mod:`adgen.pipeline.layout`), ``moves`` the boxes the layout had to
    bring inside the safe area."""

    project: AdProject
    scene: Scene
    aspect: str
    profile: EncodeProfile
    keys: AspectKeys
    cutout_url: str | None
    output: SceneOutput
    target: RenderTarget
    layout: SceneLayout
    moves: list[LayoutMove] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def record(
        self,
        ctx: RenderContext,
        run: StageRun,
        message: str = "",
        warning: RenderWarning | None = None,
        layout: list[dict[str, Any]] | None = None,
    ) -> None:
        """Keep a stage run in the unit's output and tell it as an event (a scene pass's with
        the unit's layout boxes and fixes)."""
        run.scene_id, run.aspect = self.scene.id, self.aspect
        self.output.stages.append(run)
        if warning is not None:
            self.output.warnings.append(warning)
        ctx.emit(
            StageEvent(
                stage=run.stage,
                status=run.status,
                scene_id=self.scene.id,
                aspect=self.aspect,
                fraction=_PROGRESS.get(run.stage, 1.0),
                message=message or f"{self.scene.id} {self.aspect}: {run.stage} {run.status}",
                media_url=run.url,
                preview_url=ctx.preview(run.url) if run.stage == STAGE_SCENE_PASS else None,
                error=run.error,
                warnings=[warning] if warning else [],
                layout={self.aspect: layout} if layout is not None else {},
                fixes=list(self.output.fixes) if layout is not None else [],
            )
        )

    def started_stage(self, ctx: RenderContext, stage: str, message: str) -> None:
        ctx.emit(
            StageEvent(
                stage=stage, scene_id=self.scene.id, aspect=self.aspect, fraction=0.05, message=message
            )
        )

    def finish(self, url: str | None, key: str | None, error: str | None = None) -> SceneOutput:
        if url and key:
            self.output.clips[self.aspect] = url
            self.output.keys[self.aspect] = key
        if error:
            self.output.errors[self.aspect] = error
        self.output.seconds = time.monotonic() - self.started
        return self.output


def plan_unit(
    project: AdProject,
    scene_id: str,
    aspect: str,
    ctx: RenderContext,
    cutout_url: str | None,
    cutout: str | None,
) -> tuple[Unit, bool]:
    """The unit's layout and keys; True when its scene pass is already stored (nothing to do)."""
    scene = scene_of(project, scene_id)
    target = target_named(project, aspect, ctx.presets)
    profile = target.profile(ctx.quality)
    layout, moves = layout_for(project, scene, target, profile.width, profile.height, ctx.fixes)
    keys = scene_aspect_keys(
        project, scene, profile, ctx.providers, cutout if cutout_url else None, target, layout, ctx.fixes
    )
    unit = Unit(
        project, scene, target.key, profile, keys, cutout_url, SceneOutput(scene_id), target, layout, moves
    )
    url = ctx.find(STAGE_SCENE_PASS, keys.scene_pass, "mp4")
    if not url:
        return unit, False
    boxes = _stored_layout(unit, ctx)
    unit.output.stages += [
        StageRun(stage, REUSED, key, scene_id=scene_id, aspect=aspect)
        for stage, key in (
            (STAGE_BACKGROUND, keys.background),
            (STAGE_COMPOSITE, keys.composite),
            (STAGE_OVERLAY, keys.overlay),
            (STAGE_CAPTIONS, keys.captions),
        )
        if key
    ]
    unit.record(
        ctx,
        StageRun(STAGE_SCENE_PASS, REUSED, keys.scene_pass, url),
        f"{scene.id} {unit.aspect}: unchanged, reused",
        layout=boxes,
    )
    unit.finish(url, keys.scene_pass)
    return unit, True


def unit_failed(scene_id: str, aspect: str, exc: BaseException) -> SceneOutput:
    """A unit that broke outside the provider (e.g. the media store is unreachable)."""
    log.error("%s %s failed", scene_id, aspect, exc_info=exc)
    return SceneOutput(scene_id, errors={aspect: f"{scene_id} could not be rendered: {one_line(exc)}"})


# --- the background ------------------------------------------------------------------------------


def scene_seed(project: AdProject, scene: Scene) -> int:
    return (project.seed * 1_000_003 + scene.seed) % 2_147_483_647


def background_request(unit: Unit, provider: Any) -> BackgroundRequest:
    width, height = background_size(unit.profile, provider)
    return BackgroundRequest(
        prompt=unit.scene.background_prompt,
        style=unit.project.style,
        width=width,
        height=height,
        fps=unit.profile.fps,
        duration_sec=unit.scene.duration_sec,
        seed=scene_seed(unit.project, unit.scene),
        role=unit.scene.role,
    )


@dataclass
class Background:
    """A scene's background for one canvas: the stored clip, or the provider's error and the
    offline stand-in clip the marked fallback is drawn on."""

    url: str | None
    error: str | None = None
    fallback_url: str | None = None


def _background_stored(unit: Unit, ctx: RenderContext) -> Background | None:
    url = ctx.find(STAGE_BACKGROUND, unit.keys.background, "mp4")
    if url:
        unit.record(ctx, StageRun(STAGE_BACKGROUND, REUSED, unit.keys.background, url))
        return Background(url)
    unit.started_stage(ctx, STAGE_BACKGROUND, f"{unit.scene.id}: generating the background")
    return None


def _background_done(
    unit: Unit,
    ctx: RenderContext,
    provider: Any,
    path: Path | None,
    exc: BaseException | None,
    started: float,
) -> Background:
    seconds = time.monotonic() - started
    unit.output.calls.append(provider_call(provider, seconds, exc))
    if exc is not None or path is None:
        error = f"The video service failed for {unit.scene.id}: {one_line(exc or RuntimeError('no clip'))}"
        unit.record(
            ctx, StageRun(STAGE_BACKGROUND, FAILED, unit.keys.background, seconds=seconds, error=error)
        )
        try:
            return Background(None, error, _standin_background(unit, ctx))
        except Exception:  # noqa: BLE001 - the scene is reported without a clip
            log.warning("%s: the offline stand-in background failed too", unit.scene.id, exc_info=True)
            return Background(None, error)
    url = ctx.store(path, STAGE_BACKGROUND, unit.keys.background, "mp4")
    unit.record(ctx, StageRun(STAGE_BACKGROUND, RAN, unit.keys.background, url, seconds=seconds))
    return Background(url)


def share_background(unit: Unit, ctx: RenderContext, background: Background) -> None:
    """Record that this unit uses the background another aspect of its scene just made."""
    if background.url:
        unit.record(ctx, StageRun(STAGE_BACKGROUND, REUSED, unit.keys.background, background.url))
    else:
        unit.record(ctx, StageRun(STAGE_BACKGROUND, FAILED, unit.keys.background, error=background.error))


def make_background(unit: Unit, ctx: RenderContext) -> Background:
    """The scene's background clip, from the store or the (local, blocking) video provider."""
    stored = _background_stored(unit, ctx)
    if stored:
        return stored
    provider = ctx.providers.video
    with ctx.workdir() as work:
        started = time.monotonic()
        try:
            path = Path(provider.generate(background_request(unit, provider), work / "background.mp4"))
        except Exception as exc:  # noqa: BLE001 - the scene gets a fallback, the render goes on
            return _background_done(unit, ctx, provider, None, exc, started)
        return _background_done(unit, ctx, provider, path, None, started)


async def await_background(unit: Unit, ctx: RenderContext, limit: asyncio.Semaphore) -> Background:
    """The scene's background clip from a network provider, at most ``limit`` calls at a time."""
    stored = await asyncio.to_thread(_background_stored, unit, ctx)
    if stored:
        return stored
    provider = ctx.providers.video
    with ctx.workdir() as work:
        request, out = background_request(unit, provider), work / "background.mp4"
        async with limit:
            started = time.monotonic()
            try:
                if hasattr(provider, "agenerate"):
                    path = Path(await provider.agenerate(request, out))
                else:
                    path = Path(await asyncio.to_thread(provider.generate, request, out))
            except Exception as exc:  # noqa: BLE001 - the scene gets a fallback
                return await asyncio.to_thread(_background_done, unit, ctx, provider, None, exc, started)
        return await asyncio.to_thread(_background_done, unit, ctx, provider, path, None, started)


# --- the product and text layers ------------------------------------------------------------------


def _box_of(data: Any) -> Box | None:
    return Box(*data) if isinstance(data, list) and len(data) == 4 else None


def _stored_layer(ctx: RenderContext, stage: str, key: str) -> Layer | None:
    url = ctx.find(stage, key, "json")
    if not url:
        return None
    try:
        data = json.loads(ctx.media.read_bytes(url))
        if not ctx.intact(data["url"], stage, key):  # the layer image itself, not only its manifest
            return None
        return Layer(
            path=ctx.media.local_path(data["url"]),
            x=data["x"],
            y=data["y"],
            box=_box_of(data.get("box")),
            detail=dict(data.get("detail") or {}),
        )
    except (FileNotFoundError, KeyError, ValueError):
        return None


def _store_layer(ctx: RenderContext, stage: str, key: str, layer: Layer, work: Path) -> str:
    """The layer image, then a small manifest with its position, box and detail (written last:
    it marks done)."""
    image = Path(layer.path)
    url = ctx.store(image, stage, key, image.suffix or ".png")
    manifest = work / f"{stage}-{key[:12]}.json"
    box = [layer.box.x, layer.box.y, layer.box.w, layer.box.h] if layer.box else None
    manifest.write_text(
        json.dumps({"url": url, "x": layer.x, "y": layer.y, "box": box, "detail": layer.detail})
    )
    ctx.store(manifest, stage, key, "json")
    return url


def _layer(
    unit: Unit, ctx: RenderContext, stage: str, key: str, make: Callable[[], Layer], work: Path
) -> Layer:
    layer = _stored_layer(ctx, stage, key)
    if layer is not None:
        unit.record(ctx, StageRun(stage, REUSED, key))
        return layer
    started = time.monotonic()
    layer = make()
    url = _store_layer(ctx, stage, key, layer, work)
    unit.record(ctx, StageRun(stage, RAN, key, url, seconds=time.monotonic() - started))
    return Layer(path=ctx.media.local_path(url), x=layer.x, y=layer.y, box=layer.box, detail=layer.detail)


@dataclass
class Layers:
    layers: list[Layer]
    error: str | None = None
    product: Layer | None = None
    text: Layer | None = None
    logo: Layer | None = None


def _background_path(ctx: RenderContext, background: Background | None) -> Path | None:
    """The clip the text is measured on: the scene's background, or its stand-in's."""
    url = (background.url or background.fallback_url) if background is not None else None
    try:
        return ctx.media.local_path(url) if url else None
    except (FileNotFoundError, ValueError):
        return None


def _backdrop_colour(source: BackgroundSource | None, area: Box) -> tuple[float, float, float] | None:
    """The mean colour of the scene's background where ``area`` is, over its frames (None when
    there is no background to look at)."""
    if source is None:
        return None
    frames = source.frames(Box(int(area.x), int(area.y), max(1, int(area.w)), max(1, int(area.h))))
    if frames.shape[0] == 0:
        return None
    # Each channel summed as integers (exact, as numpy's float mean of these integers is, and
    # ten times quicker than a mean down the strided columns of an (N, 3) array).
    pixels = frames.reshape(-1, 3)
    r, g, b = (int(np.add.reduce(pixels[:, c], dtype=np.uint64)) / pixels.shape[0] for c in range(3))
    return float(r), float(g), float(b)


def _background_source(unit: Unit, path: Path | None, card: bool) -> BackgroundSource | None:
    """The background as this export frames it, for the text's measures. An end card's button
    and headline are measured on one decode of the area around both (its button's backdrop
    first, then its text's contrast)."""
    if path is None:
        return None
    profile, layout, area = unit.profile, unit.layout, None
    if card and layout.cta is not None and layout.text is not None:
        boxes = [layout.cta, layout.text.area]
        ring = max(2, round(0.1 * layout.text.area.h)) + 8  # the contrast ring and even corners
        area = union(boxes).expanded(ring)
    return BackgroundSource(path, profile.width, profile.height, profile.fps, unit.scene.duration_sec, area)


def _text_layer(unit: Unit, ctx: RenderContext, background: Background | None, work: Path) -> Layer:
    """The text in its layout box, drawn so that it stands out from this scene's background
    (:func:`adgen.pipeline.legibility.legible_text`); its detail says how it measured and what
    was changed to get there."""
    scene, profile, drawn = unit.scene, unit.profile, [0]
    card = end_card_copy(unit.project, scene)
    button = None
    source = _background_source(unit, _background_path(ctx, background), card is not None)
    if card is not None and unit.layout.cta is not None:
        behind = _backdrop_colour(source, unit.layout.cta)
        button = end_card_button(unit.project, scene, unit.layout.cta, behind)
    card_args = {"text": card.headline, "button": button} if card and button else {}

    from adgen.pipeline.brand_layer import kit_brand  # the brand kit's font for this scene

    brand = kit_brand(unit.project, scene, ctx.media)

    def draw(style: TextStyle) -> Layer:
        drawn[0] += 1
        return ctx.providers.overlay.render(
            scene.overlay,
            brand,
            profile.width,
            profile.height,
            work / f"text-{drawn[0]}.png",
            box=unit.layout.text,
            style=style,
            **card_args,
        )

    layer, legibility = legible_text(
        draw,
        scene.overlay.color,
        text_palette(unit.project),
        # An end card without a headline has only its button, legible by its own colours.
        _background_path(ctx, background) if unit.layout.text and card_args.get("text", True) else None,
        (profile.width, profile.height),
        profile.fps,
        scene.duration_sec,
        size_thresholds(unit.target.presets, profile.height),
        fix=ctx.fixes,
        source=source,
    )
    detail = {
        **layer.detail,
        "contrast": round(legibility.worst, 2) if legibility.worst is not None else None,
        "contrastTarget": legibility.target,
        "fix": legibility.fix,
    }
    return Layer(layer.path, layer.x, layer.y, layer.box, detail)


def _with_motion(unit: Unit, text: Layer) -> Layer:
    """The text layer with its entrance and exit (:mod:`adgen.pipeline.typography`), by the
    ad's mood, for the scene pass to play."""
    if text.box is None:
        return text
    parts = len(text.detail.get("parts") or [])
    span = text_span(unit.project, unit.scene, unit.profile.fps)
    whole = span.start <= 0 and span.end >= unit.scene.duration_sec
    motion = text_motion(
        unit.project.style.mood, unit.scene.duration_sec, parts, None if whole else (span.start, span.end)
    )
    return replace(text, motion=motion.to_wire())


def make_layers(unit: Unit, ctx: RenderContext, background: Background | None = None) -> Layers:
    """The product layer in its layout box, and the text layer in its own, measured on the
    scene's ``background`` so it stays legible (a cloud render makes them once the background
    is there)."""
    scene, profile = unit.scene, unit.profile
    made = Layers([])
    stage = STAGE_COMPOSITE
    try:
        with ctx.workdir() as work:
            if unit.keys.composite and unit.cutout_url:
                border = card_border(unit.project)

                def product_layer() -> Layer:
                    # A card shows the photo itself, framed; otherwise the cut-out.
                    if border is not None:
                        image, style = product_source(ctx, unit.project), "card"
                    else:
                        image, style = ctx.media.local_path(unit.cutout_url), "cutout"
                    return ctx.providers.compositor.product_layer(
                        image,
                        scene.product,
                        profile.width,
                        profile.height,
                        scene.duration_sec,
                        work / "product.png",
                        style=style,
                        border=border or "#FFFFFF",
                        box=unit.layout.product,
                        hero=scene.role == "showcase",
                        move=hero_move(unit.project, scene, ctx.providers.music),
                    )

                made.product = _layer(unit, ctx, STAGE_COMPOSITE, unit.keys.composite, product_layer, work)
                if made.product.detail.get("motion"):  # a showcase's push-in
                    made.product = replace(made.product, motion=made.product.detail["motion"])
                made.layers.append(made.product)
            stage = STAGE_OVERLAY
            made.text = _layer(
                unit,
                ctx,
                STAGE_OVERLAY,
                unit.keys.overlay,
                lambda: _text_layer(unit, ctx, background, work),
                work,
            )
            made.text = _with_motion(unit, made.text)
            made.layers.append(made.text)
            logo = logo_layer(
                unit.project, scene, profile.width, profile.height, ctx.media, made.text, work / "logo.png"
            )
            if logo is not None:  # the brand kit's logo on the end card, or its corner mark
                # Stored beside the text layer (whose key holds what it draws): the pass may run later.
                stored = ctx.store(logo.path, STAGE_OVERLAY, unit.keys.overlay, "logo.png")
                made.logo = replace(logo, path=ctx.media.local_path(stored))
                made.layers.append(made.logo)
            if unit.keys.captions:
                stage = STAGE_CAPTIONS
                captions = _captions(unit, ctx, made.text, work)
                if captions is not None:
                    made.layers.append(captions)
    except Exception as exc:  # noqa: BLE001 - the scene gets a fallback, the render goes on
        log.warning("%s %s: %s failed", scene.id, unit.aspect, stage, exc_info=True)
        made.error = f"{scene.id} could not be rendered ({stage}): {one_line(exc)}"
        unit.record(ctx, StageRun(stage, FAILED, error=made.error))
    return made


def _captions(unit: Unit, ctx: RenderContext, headline: Layer, work: Path) -> Layer | None:
    """The scene's burned-in voice-over captions (:mod:`adgen.pipeline.voice_stages`); when no band
    inside the safe area clears the headline, a blank layer and a warning that says so. When the
    scene's speech cannot be made, None: the scene is passed without captions under the key of a
    scene without them (so the captioned pass stays missing and the next render tries again)."""
    from adgen.pipeline.voice_stages import CAPTIONS_LEFT_OFF, VOICE_FAILED, caption_layer, scene_speech

    try:
        scene_speech(unit.project, unit.scene, ctx)
    except ProviderError as exc:
        layers = [k for k in (unit.keys.composite, unit.keys.overlay) if k]
        handles = scene_handles(unit.project, unit.scene, unit.profile)
        span = text_span(unit.project, unit.scene, unit.profile.fps)
        pass_key = scene_pass_key(
            unit.keys.background, layers, unit.profile, unit.scene.duration_sec, handles, span
        )
        unit.keys = replace(unit.keys, captions=None, scene_pass=pass_key)
        unit.output.warnings.append(
            RenderWarning(
                code=VOICE_FAILED,
                message=f"{unit.scene.id} {unit.aspect} has no captions: its voice-over could not be spoken "
                f"({one_line(exc)}).",
                action="Render again to retry, or choose another voice.",
                scene_id=unit.scene.id,
                aspect=unit.aspect,
            )
        )
        return None

    def make() -> Layer:
        layer, notes = caption_layer(unit.project, unit.scene, unit.profile, ctx, headline, work / "captions")
        for note in notes:
            unit.output.warnings.append(
                RenderWarning(
                    code=CAPTIONS_LEFT_OFF,
                    message=f"{unit.scene.id} {unit.aspect}: {note}",
                    action="Shorten or move the headline, or choose the line caption style.",
                    scene_id=unit.scene.id,
                    aspect=unit.aspect,
                )
            )
        return layer or Layer(path=unavailable_blank(work / "no-captions.png"))

    return _layer(unit, ctx, STAGE_CAPTIONS, unit.keys.captions or "", make, work)


def unavailable_blank(path: Path) -> Path:
    """A 2x2 transparent PNG: a layer that draws nothing."""
    from PIL import Image

    Image.new("RGBA", (2, 2), (0, 0, 0, 0)).save(path)
    return path


# --- the layout the scene pass drew, for the report and the pre-flight check -----------------------


def _fit_warning(unit: Unit, text: Layer) -> RenderWarning | None:
    detail = text.detail
    if not (detail.get("shrunk") or detail.get("cut")):
        return None
    what = "cut short with “…”" if detail.get("cut") else "set smaller than the platforms advise"
    return RenderWarning(
        code=TEXT_FIT,
        message=f"The text of {unit.scene.id} is too long for its place in the {unit.aspect} video: it was {what}.",
        action="Shorten the text (about 8 words read at a glance), or give it a scene without the product.",
        scene_id=unit.scene.id,
        aspect=unit.aspect,
    )


def _boxes_and_fixes(unit: Unit, layers: Layers) -> list[dict[str, Any]]:
    """The unit's LayoutBoxes (timed from the scene's start) from the layers it drew, and what
    it fixed and warned about, kept in its output."""
    scene, end = unit.scene, unit.scene.duration_sec
    boxes: list[LayoutBox] = []
    output = unit.output
    output.fixes = [
        RenderFix(
            check="safe_zone",
            message=f"{move.sentence()} into the {unit.target.preset_names()} safe area",
            scene_id=scene.id,
            aspect=unit.aspect,
        )
        for move in unit.moves
    ]
    if layers.product is not None and layers.product.box is not None:
        b = layers.product.box
        boxes.append(LayoutBox(kind="product", label=scene.id, x=b.x, y=b.y, w=b.w, h=b.h, start=0, end=end))
    text = layers.text
    card = end_card_copy(unit.project, scene)
    button = text.detail.get("button") if text is not None else None
    if text is not None and text.box is not None and not (button and not text.detail.get("textBox")):
        detail = text.detail
        b = _box_of(detail.get("textBox")) or text.box
        words = card.headline if card else scene.overlay.text
        boxes.append(_text_box(scene.id, b, end, words, detail, _steady(text, scene)))
        if detail.get("fix"):
            output.fixes.append(
                RenderFix(check="contrast", message=detail["fix"], scene_id=scene.id, aspect=unit.aspect)
            )
        warning = _fit_warning(unit, text)
        if warning is not None:
            output.warnings.append(warning)
    if button:
        boxes += _button_boxes(scene, button, _steady(text, scene) if text is not None else {})
    for kind, box in (("logo", unit.layout.logo), ("cta", None if button else unit.layout.cta)):
        if box is not None:
            boxes.append(
                LayoutBox(kind=kind, label=scene.id, x=box.x, y=box.y, w=box.w, h=box.h, start=0, end=end)
            )
    wire = [box.to_wire() for box in boxes]
    output.layout[unit.aspect] = wire
    return wire


def _layout_box(
    kind: str, label: str, box: Box, end: float, steady: dict[str, float], **fields: Any
) -> LayoutBox:
    """A box of the scene's layout, on screen from the scene's start to ``end`` (or over the span
    ``steady`` gives: a moving text's ``start``/``end``, and when it stands still)."""
    timing = {"start": 0, "end": end, **steady}
    return LayoutBox(kind=kind, label=label, x=box.x, y=box.y, w=box.w, h=box.h, **timing, **fields)


def _text_box(
    label: str, box: Box, end: float, words: str | None, detail: dict[str, Any], steady: dict[str, float]
) -> LayoutBox:
    """A text's LayoutBox from what its renderer says of it (colour, cap height, weight)."""
    return _layout_box(
        "text",
        label,
        box,
        end,
        steady,
        text=words,
        color=detail.get("color"),
        cap_height_px=detail.get("capHeightPx"),
        bold=detail.get("bold"),
    )


def _steady(text: Layer, scene: Scene) -> dict[str, float]:
    """A moving text's time on screen when it is not the whole scene (it keeps off a transition
    window: :mod:`adgen.pipeline.text_span`) and its steady span (LayoutBox fields), when it moves."""
    if not text.motion:
        return {}
    motion = TextMotion(**text.motion)
    shown: dict[str, float] = {}
    if motion.start_sec > 0:
        shown["start"] = round(motion.start_sec, 6)
    if motion.end_sec is not None and motion.end_sec < scene.duration_sec:
        shown["end"] = round(motion.end_sec, 6)
    start, end = steady_span(motion, scene.duration_sec, len(text.detail.get("parts") or []))
    return {**shown, "steady_start": start, "steady_end": end} if end > start else shown


def _button_boxes(scene: Scene, button: dict[str, Any], steady: dict[str, float]) -> list[LayoutBox]:
    """An end card's button as the check sees it: the button itself ("cta") and its label, a
    text of its own (labelled ``<scene>/button``) in the label's colour on the button's fill."""
    end = scene.duration_sec
    shape = _box_of(button.get("box"))
    label = _box_of(button.get("textBox"))
    boxes = []
    if shape is not None:
        boxes.append(_layout_box("cta", scene.id, shape, end, steady, color=button.get("fill")))
    if label is not None:
        boxes.append(_text_box(scene.id + BUTTON_SUFFIX, label, end, button.get("label"), button, steady))
    return boxes


def _pictures(unit: Unit, layers: Layers, handles: int) -> dict[str, str]:
    """What the pass's head and tail show, as the keys its transition windows are stored by: the
    picture without the text (:func:`adgen.pipeline.keys.picture_key`) where the text keeps off
    that handle (:mod:`adgen.pipeline.text_span`), else the pass itself."""
    span = text_span(unit.project, unit.scene, unit.profile.fps)
    pass_key = unit.keys.scene_pass
    if not (span.clear_head or span.clear_tail):
        return {"head": pass_key, "tail": pass_key}
    logo = None
    if layers.logo is not None:
        digest = hashlib.sha256(Path(layers.logo.path).read_bytes()).hexdigest()
        logo = f"{digest}@{layers.logo.x},{layers.logo.y}"
    picture = picture_key(
        unit.keys.background,
        [k for k in (unit.keys.composite, unit.keys.captions) if k],
        unit.profile,
        unit.scene.duration_sec,
        handles,
        logo,
    )
    return {
        "head": picture if span.clear_head else pass_key,
        "tail": picture if span.clear_tail else pass_key,
    }


def _store_layout(
    unit: Unit,
    ctx: RenderContext,
    boxes: list[dict[str, Any]],
    work: Path,
    pictures: dict[str, str] | None = None,
) -> None:
    """The boxes, fixes and warnings of a scene pass, stored beside it so a reuse repeats them,
    and what its head and tail show (``pictures``: the keys of its transition windows,
    :func:`adgen.pipeline.windows.export_parts` reads them)."""
    note = work / "layout.json"
    warnings = [w for w in unit.output.warnings if w.code == TEXT_FIT]
    data: dict[str, Any] = {
        "boxes": boxes,
        "fixes": fixes_to_wire(unit.output.fixes),
        "warnings": warnings_to_wire(warnings),
    }
    if pictures is not None:
        data["pictures"] = pictures
    note.write_text(json.dumps(data))
    ctx.store(note, STAGE_SCENE_PASS, unit.keys.scene_pass, "layout.json")


def _stored_layout(unit: Unit, ctx: RenderContext) -> list[dict[str, Any]]:
    """What a stored scene pass drew (empty for one stored before layouts were)."""
    data = ctx.find_json(STAGE_SCENE_PASS, unit.keys.scene_pass, "layout.json")
    boxes = list(data.get("boxes") or [])
    unit.output.layout[unit.aspect] = boxes
    unit.output.fixes = fixes_from_wire(data.get("fixes") or [])
    unit.output.warnings += [RenderWarning.model_validate(w) for w in data.get("warnings") or []]
    return boxes


# --- the scene pass, or the stand-in ---------------------------------------------------------------


def finish_unit(
    unit: Unit, background: Background, layers: Layers, ctx: RenderContext, threads: int | None = None
) -> SceneOutput:
    """The scene pass; any failure on the way turns into the scene's marked stand-in clip.
    ``threads`` caps the encoder (0: ffmpeg's choice; None: ADGEN_ENCODER_THREADS)."""
    scene, profile = unit.scene, unit.profile
    error = background.error or layers.error
    background_path: Path | None = None
    with ctx.workdir() as work:
        try:
            if background.url:
                background_path = ctx.media.local_path(background.url)
            if error is None and background_path is not None:
                started = time.monotonic()
                handles = scene_handles(unit.project, scene, profile)
                joined = len(unit.project.scenes) > 1  # then the assembly cuts it at its handles
                out = scene_pass(
                    background_path,
                    layers.layers,
                    profile,
                    scene.duration_sec,
                    work / "scene.mp4",
                    threads=ctx.settings.encoder_threads if threads is None else threads,
                    keyframes=keyframe_times(scene.duration_sec, profile.fps, unit.project.style.mood),
                    parts=(handles, work / "parts") if joined else None,
                )
                if joined:
                    _store_parts(unit, ctx, work / "parts")
                boxes = _boxes_and_fixes(unit, layers)
                pictures = _pictures(unit, layers, handles) if joined else None
                _store_layout(unit, ctx, boxes, work, pictures)  # before the clip, which marks the pass done
                url = ctx.store(out, STAGE_SCENE_PASS, unit.keys.scene_pass, "mp4")
                run = StageRun(
                    STAGE_SCENE_PASS, RAN, unit.keys.scene_pass, url, seconds=time.monotonic() - started
                )
                unit.record(ctx, run, f"{scene.id} {unit.aspect}: ready", layout=boxes)
                return unit.finish(url, unit.keys.scene_pass)
        except Exception as exc:  # noqa: BLE001 - the scene gets a fallback, the render goes on
            log.warning("%s %s: scene pass failed", scene.id, unit.aspect, exc_info=True)
            error = f"{scene.id} could not be rendered ({STAGE_SCENE_PASS}): {one_line(exc)}"
            unit.record(ctx, StageRun(STAGE_SCENE_PASS, FAILED, error=error))
        if background.error is not None:
            background_path = (
                ctx.media.local_path(background.fallback_url) if background.fallback_url else None
            )
        if layers.error is None:
            _boxes_and_fixes(unit, layers)
        return _standin(unit, ctx, background_path, layers.layers, error or "no background", work)


def _store_parts(unit: Unit, ctx: RenderContext, folder: Path) -> None:
    """The pass's head, body and tail, written by its own encode, stored where the assembly looks
    for them (:func:`adgen.pipeline.windows.scene_parts`), so it need not cut the pass again."""
    parts = [folder / f"part{i}.mp4" for i in range(3)]
    if not all(p.is_file() for p in parts) or (folder / "part3.mp4").exists():
        return  # not written (a path the tee muxer cannot name): the assembly cuts the pass
    key = scene_parts_key(unit.keys.scene_pass)
    for part, name in zip(parts, ("head.mp4", "body.mp4", "tail.mp4"), strict=True):
        ctx.store(part, STAGE_ASSEMBLY, key, name)


def _standin(
    unit: Unit, ctx: RenderContext, background_path: Path | None, layers: list[Layer], error: str, work: Path
) -> SceneOutput:
    """A clearly marked stand-in: a local procedural background with a "preview unavailable"
    band. Stored under its own key, so the real scene pass stays missing and is retried."""
    key = fallback_key(unit.keys.scene_pass, "provider-failure")
    started = time.monotonic()
    try:
        url = ctx.find(STAGE_FALLBACK, key, "mp4")
        if not url:
            if background_path is None:
                raise RenderError("there is no background to draw it on")
            stripe = Layer(path=unavailable_band(unit.profile.width, unit.profile.height, work / "band.png"))
            out = scene_pass(
                background_path,
                layers + [stripe],
                unit.profile,
                unit.scene.duration_sec,
                work / "fallback.mp4",
                keyframes=keyframe_times(unit.scene.duration_sec, unit.profile.fps, unit.project.style.mood),
            )
            url = ctx.store(out, STAGE_FALLBACK, key, "mp4")
    except Exception as exc:  # noqa: BLE001 - nothing left to fall back on
        log.warning("%s %s: fallback failed", unit.scene.id, unit.aspect, exc_info=True)
        full = f"{error}; the stand-in clip failed too: {one_line(exc)}"
        unit.record(ctx, StageRun(STAGE_FALLBACK, FAILED, key, error=full))
        return unit.finish(None, None, full)
    warning = RenderWarning(
        code=SCENE_FALLBACK,
        message=error,
        action=STANDIN_ACTION,
        media_url=url,
        scene_id=unit.scene.id,
        aspect=unit.aspect,
    )
    unit.record(
        ctx,
        StageRun(STAGE_SCENE_PASS, FALLBACK, key, url, seconds=time.monotonic() - started, error=error),
        f"{unit.scene.id} {unit.aspect}: preview unavailable, will retry",
        warning,
    )
    return unit.finish(url, key, error)


def _standin_background(unit: Unit, ctx: RenderContext) -> str:
    """The offline generator's clip of the scene (legitimately stored under its own key)."""
    from adgen.pipeline.services.video.local import LocalVideoGenerator

    local = LocalVideoGenerator()
    key = background_key(unit.project, unit.scene, unit.profile, local)
    url = ctx.find(STAGE_BACKGROUND, key, "mp4")
    if url is None:
        started = time.monotonic()
        with ctx.workdir() as work:
            path = local.generate(background_request(unit, local), work / "fallback-background.mp4")
            url = ctx.store(Path(path), STAGE_BACKGROUND, key, "mp4")
        unit.output.calls.append(provider_call(local, time.monotonic() - started))
        unit.output.stages.append(
            StageRun(STAGE_FALLBACK, RAN, key, url, unit.scene.id, unit.aspect, time.monotonic() - started)
        )
    return url


__all__ = [
    "Background",
    "Layers",
    "Unit",
    "await_background",
    "finish_unit",
    "make_background",
    "make_layers",
    "plan_unit",
    "share_background",
    "unit_failed",
]
