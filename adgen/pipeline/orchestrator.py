"""Render orchestration: from an AdProject to three aspect exports, re-doing only stale stages.

The stage graph (docs/architecture.md): per project ``cutout`` and ``audio``; per scene and
aspect ``background`` → ``composite`` (product layer) + ``overlay`` (text layer) → ``scene_pass``
(one ffmpeg encode with the export settings); per aspect ``assembly`` (stream-copy concat, AAC
mux, poster). Every output is stored under its content key (:mod:`adgen.pipeline.keys`), and a
stage runs only when its key has nothing stored, so an edit re-does just what it changed.

Entry points, in the order the job queue calls them: :func:`prepare`, :func:`render_scene`
(one job per scene), :func:`assemble`; :func:`render_project` does all three in-process, with
the scenes in parallel (a process pool for local CPU work, asyncio for cloud providers).
A provider failure never raises: the scene gets a marked stand-in clip and an error, and the
real key stays empty so the next render tries again.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import logging
import multiprocessing
import os
import pickle
import queue as queue_module
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Coroutine, Iterable, Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlparse

from adgen.pipeline.errors import ProviderError
from adgen.pipeline.ffmpeg import concat_and_mux, poster, scene_pass, soundtrack
from adgen.pipeline.keys import (
    STAGE_FALLBACK,
    STAGE_SCENE_PASS,
    AspectKeys,
    assembly_key,
    audio_key,
    background_key,
    background_size,
    cutout_key,
    fallback_key,
    is_remote,
    media_key,
    scene_aspect_keys,
    soundtrack_key,
)
from adgen.pipeline.providers import Providers, providers_for
from adgen.pipeline.report import (
    FAILED,
    FALLBACK,
    RAN,
    REUSED,
    PreparedAssets,
    RenderOutcome,
    RenderReport,
    SceneOutput,
    StageRun,
)
from adgen.pipeline.types import (
    BackgroundRequest,
    EncodeProfile,
    Layer,
    MusicRequest,
    ProviderCall,
    Quality,
    encode_profile,
)
from adgen.project import AdProject, AspectRatio, Scene
from adgen.settings import Settings
from adgen.store.media import MediaStore, open_media_store
from adgen.tools.apply import (
    STAGE_ASSEMBLY,
    STAGE_AUDIO,
    STAGE_BACKGROUND,
    STAGE_COMPOSITE,
    STAGE_CUTOUT,
    STAGE_OVERLAY,
)

log = logging.getLogger(__name__)

__all__ = [
    "PreparedAssets",
    "RenderContext",
    "RenderError",
    "RenderOutcome",
    "RenderReport",
    "SceneOutput",
    "StageRun",
    "assemble",
    "prepare",
    "render_context",
    "render_document",
    "render_project",
    "render_scene",
    "render_scenes",
]

MASTER_ASPECT: AspectRatio = "9:16"
AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".flac", ".ogg", ".aac")
EventSink = Callable[[dict[str, Any]], None]
T = TypeVar("T")


class RenderError(ValueError):
    """A document that cannot be rendered as given (a missing or altered product image...)."""


@dataclass
class RenderContext:
    """Everything a render needs besides the document: where media lives, who does each step,
    the quality, and where progress events go."""

    settings: Settings
    media: MediaStore
    providers: Providers
    quality: Quality
    on_event: EventSink | None = None

    def emit(
        self,
        stage: str,
        *,
        scene_id: str | None = None,
        aspect: str | None = None,
        fraction: float = 0.0,
        message: str = "",
        preview_url: str | None = None,
        error: str | None = None,
    ) -> None:
        """Send one progress event; a failing listener never breaks the render."""
        if self.on_event is None:
            return
        event = {
            "stage": stage,
            "sceneId": scene_id,
            "aspect": aspect,
            "fraction": round(fraction, 4),
            "message": message,
            "previewUrl": preview_url,
            "error": error,
        }
        try:
            self.on_event(event)
        except Exception:  # noqa: BLE001 - progress is best effort
            log.exception("progress listener failed on %s", event)

    def preview(self, url: str | None) -> str | None:
        if not url:
            return None
        try:
            return self.media.browser_url(url)
        except Exception:  # noqa: BLE001 - a preview link is a nicety
            return None


def render_context(
    settings: Settings,
    quality: str = "draft",
    on_event: EventSink | None = None,
    media: MediaStore | None = None,
) -> RenderContext:
    """The usual context: media store and providers chosen from the settings."""
    if quality not in ("draft", "final"):
        raise RenderError(f"quality must be 'draft' or 'final', not {quality!r}")
    return RenderContext(
        settings, media or open_media_store(settings), providers_for(settings), quality, on_event
    )  # type: ignore[arg-type]


# --- small helpers ------------------------------------------------------------------------


@contextmanager
def _workdir(ctx: RenderContext) -> Iterator[Path]:
    """Scratch space on the data folder's disk (so storing a result is a cheap copy)."""
    base = ctx.settings.root / "work"
    base.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="render-", dir=base) as path:
        yield Path(path)


def _find(ctx: RenderContext, stage: str, key: str, suffix: str) -> str | None:
    return ctx.media.find(media_key(stage, key, suffix))


def _store(ctx: RenderContext, path: Path, stage: str, key: str, suffix: str) -> str:
    return ctx.media.put_file(Path(path), key=media_key(stage, key, suffix))


def _message(exc: BaseException) -> str:
    """An exception as one short line for the marketer and the report."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


_CLAIMED: weakref.WeakKeyDictionary[Any, set[int]] = weakref.WeakKeyDictionary()
_CLAIM_LOCK = threading.Lock()


def _claim_call(provider: Any, preferred: ProviderCall | None = None) -> ProviderCall | None:
    """Take one not-yet-counted record from a provider's own ``calls`` list (cloud providers keep
    one per prediction with its real price). Concurrent units may swap records, but every
    record is counted exactly once, so the totals are exact."""
    calls = getattr(provider, "calls", None)
    if not isinstance(calls, list):
        return None
    with _CLAIM_LOCK:
        try:
            claimed = _CLAIMED.setdefault(provider, set())
        except TypeError:  # not weak-referenceable: count its calls by estimate instead
            return None
        if preferred is not None and any(c is preferred for c in calls):
            claimed.add(id(preferred))
            return preferred
        for call in calls:
            if id(call) not in claimed:
                claimed.add(id(call))
                return call
    return None


def _provider_call(provider: Any, seconds: float, exc: BaseException | None = None) -> ProviderCall:
    """The cost record of one provider call (a failed cloud call may still have been billed)."""
    if isinstance(exc, ProviderError) and exc.call is not None:
        _claim_call(provider, exc.call)
        return exc.call
    if exc is None:
        recorded = _claim_call(provider)
        if recorded is not None:
            return recorded
    usd = 0.0 if exc is not None else float(getattr(provider, "usd_per_call", 0.0) or 0.0)
    return ProviderCall(
        provider=str(getattr(provider, "name", type(provider).__name__)),
        model=str(getattr(provider, "model", "") or ""),
        usd=usd,
        seconds=seconds,
    )


def _scene_seed(project: AdProject, scene: Scene) -> int:
    return (project.seed * 1_000_003 + scene.seed) % 2_147_483_647


def _aspects(project: AdProject, aspects: Iterable[str] | None) -> list[AspectRatio]:
    chosen = list(aspects) if aspects else list(project.aspect_ratios)
    unknown = [a for a in chosen if a not in project.aspect_ratios]
    if unknown:
        raise RenderError(
            f"this ad has no {', '.join(unknown)} format; it has {', '.join(project.aspect_ratios)}"
        )
    return chosen  # type: ignore[return-value]


def _scene(project: AdProject, scene_id: str) -> Scene:
    try:
        return project.scene(scene_id)
    except KeyError as exc:
        raise RenderError(exc.args[0]) from None


def _run_coroutine(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from sync code, even when the caller is itself inside an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


# --- prepare: cutout and audio ---------------------------------------------------------------


def prepare(project: AdProject, ctx: RenderContext) -> PreparedAssets:
    """The project-wide stages: the product cutout (if there is a product) and the music.

    Each runs only when its key has nothing stored. Failures become warnings: scenes render
    without the product, the ad without music (a silent track).
    """
    prepared = PreparedAssets()
    _prepare_cutout(project, ctx, prepared)
    _prepare_audio(project, ctx, prepared)
    return prepared


def _product_source(ctx: RenderContext, project: AdProject, work: Path) -> Path:
    asset = project.product_asset
    assert asset is not None
    try:
        path = ctx.media.local_path(asset.source_url)
    except (ValueError, FileNotFoundError) as exc:
        raise RenderError(f"the product image {asset.source_url} cannot be read: {exc}") from None
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != asset.checksum:
        raise RenderError(
            "the product image has changed since it was added (its checksum differs); send the image again"
        )
    return path


def _prepare_cutout(project: AdProject, ctx: RenderContext, prepared: PreparedAssets) -> None:
    asset = project.product_asset
    if asset is None:
        return
    extractor = ctx.providers.extractor
    key = cutout_key(asset.checksum, extractor)
    prepared.cutout_key = key
    url = _find(ctx, STAGE_CUTOUT, key, "png")
    if url:
        prepared.cutout_url = url
        prepared.stages.append(StageRun(STAGE_CUTOUT, REUSED, key, url))
        return
    ctx.emit(STAGE_CUTOUT, message="Cutting out the product")
    started = time.monotonic()
    try:
        with _workdir(ctx) as work:
            result = extractor.cutout(_product_source(ctx, project, work), work / "cutout.png")
            url = _store(ctx, result.path, STAGE_CUTOUT, key, "png")
        prepared.cutout_url, prepared.cutout_method = url, getattr(result, "method", None)
        prepared.stages.append(StageRun(STAGE_CUTOUT, RAN, key, url, seconds=time.monotonic() - started))
        ctx.emit(STAGE_CUTOUT, fraction=1.0, message="Product cut out")
    except Exception as exc:  # noqa: BLE001 - reported, the ad renders without the product
        text = f"The product image could not be cut out ({_message(exc)}); scenes show no product."
        prepared.warnings.append(text)
        prepared.stages.append(
            StageRun(STAGE_CUTOUT, FAILED, key, seconds=time.monotonic() - started, error=_message(exc))
        )
        ctx.emit(STAGE_CUTOUT, fraction=1.0, message=text, error=_message(exc))


def _find_audio(ctx: RenderContext, key: str) -> str | None:
    for suffix in AUDIO_SUFFIXES:
        url = _find(ctx, STAGE_AUDIO, key, suffix)
        if url:
            return url
    return None


def _prepare_audio(project: AdProject, ctx: RenderContext, prepared: PreparedAssets) -> None:
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
        ctx.emit(STAGE_AUDIO, message="Composing the music")
        request = MusicRequest(mood=project.audio.mood, duration_sec=project.duration_sec, seed=project.seed)
        started = time.monotonic()
        try:
            with _workdir(ctx) as work:
                path = Path(engine.generate(request, work / "music.wav"))
                url = _store(ctx, path, STAGE_AUDIO, key, path.suffix or ".wav")
        except Exception as exc:  # noqa: BLE001 - next engine, or a silent track
            seconds = time.monotonic() - started
            prepared.calls.append(_provider_call(engine, seconds, exc))
            prepared.stages.append(StageRun(STAGE_AUDIO, FAILED, key, seconds=seconds, error=_message(exc)))
            errors.append(_message(exc))
            continue
        seconds = time.monotonic() - started
        prepared.calls.append(_provider_call(engine, seconds))
        prepared.audio_url, prepared.audio_key = url, key
        prepared.stages.append(StageRun(STAGE_AUDIO, RAN, key, url, seconds=seconds))
        ctx.emit(STAGE_AUDIO, fraction=1.0, message="Music ready")
        break
    if errors:
        fallback = "the offline track is used" if prepared.audio_url else "the ad is silent"
        prepared.warnings.append(f"The music could not be made ({'; '.join(errors)}); {fallback}.")


# --- one scene at one aspect ------------------------------------------------------------------

# The share of a scene's work done after each stage, for progress events.
_PROGRESS = {STAGE_BACKGROUND: 0.6, STAGE_COMPOSITE: 0.7, STAGE_OVERLAY: 0.8, STAGE_SCENE_PASS: 1.0}


@dataclass
class _Unit:
    """One scene at one aspect on its way through background → layers → scene pass."""

    project: AdProject
    scene: Scene
    aspect: AspectRatio
    profile: EncodeProfile
    keys: AspectKeys
    cutout_url: str | None
    output: SceneOutput
    started: float = field(default_factory=time.monotonic)

    def record(self, ctx: RenderContext, run: StageRun, message: str = "") -> None:
        run.scene_id, run.aspect = self.scene.id, self.aspect
        self.output.stages.append(run)
        done = _PROGRESS.get(run.stage, 1.0)
        preview = ctx.preview(run.url) if run.stage in (STAGE_SCENE_PASS,) else None
        ctx.emit(
            run.stage,
            scene_id=self.scene.id,
            aspect=self.aspect,
            fraction=done,
            message=message or f"{self.scene.id} {self.aspect}: {run.stage} {run.status}",
            preview_url=preview,
            error=run.error,
        )

    def finish(self, url: str | None, key: str | None, error: str | None = None) -> SceneOutput:
        if url and key:
            self.output.clips[self.aspect] = url
            self.output.keys[self.aspect] = key
        if error:
            self.output.errors[self.aspect] = error
        self.output.seconds = time.monotonic() - self.started
        return self.output


def _plan_unit(
    project: AdProject,
    scene_id: str,
    aspect: AspectRatio,
    ctx: RenderContext,
    cutout_url: str | None,
    cutout: str | None,
) -> tuple[_Unit, bool]:
    """The unit's keys; True when its scene pass is already stored (nothing to do)."""
    scene = _scene(project, scene_id)
    profile = encode_profile(aspect, ctx.quality)
    keys = scene_aspect_keys(project, scene, profile, ctx.providers, cutout if cutout_url else None)
    unit = _Unit(project, scene, aspect, profile, keys, cutout_url, SceneOutput(scene_id))
    url = _find(ctx, STAGE_SCENE_PASS, keys.scene_pass, "mp4")
    if not url:
        return unit, False
    unit.output.stages += [
        StageRun(stage, REUSED, key, scene_id=scene_id, aspect=aspect)
        for stage, key in (
            (STAGE_BACKGROUND, keys.background),
            (STAGE_COMPOSITE, keys.composite),
            (STAGE_OVERLAY, keys.overlay),
        )
        if key
    ]
    unit.record(
        ctx,
        StageRun(STAGE_SCENE_PASS, REUSED, keys.scene_pass, url),
        f"{scene.id} {aspect}: unchanged, reused",
    )
    unit.finish(url, keys.scene_pass)
    return unit, True


def _background_request(unit: _Unit, provider: Any) -> BackgroundRequest:
    width, height = background_size(unit.profile, provider)
    return BackgroundRequest(
        prompt=unit.scene.background_prompt,
        style=unit.project.style,
        width=width,
        height=height,
        fps=unit.profile.fps,
        duration_sec=unit.scene.duration_sec,
        seed=_scene_seed(unit.project, unit.scene),
        role=unit.scene.role,
    )


@dataclass
class _Background:
    """A scene's background for one canvas: the stored clip, or the provider's error and the
    offline stand-in clip the marked fallback is drawn on."""

    url: str | None
    error: str | None = None
    fallback_url: str | None = None


def _background_stored(unit: _Unit, ctx: RenderContext) -> _Background | None:
    url = _find(ctx, STAGE_BACKGROUND, unit.keys.background, "mp4")
    if url:
        unit.record(ctx, StageRun(STAGE_BACKGROUND, REUSED, unit.keys.background, url))
        return _Background(url)
    ctx.emit(
        STAGE_BACKGROUND,
        scene_id=unit.scene.id,
        aspect=unit.aspect,
        fraction=0.05,
        message=f"{unit.scene.id}: generating the background",
    )
    return None


def _background_done(
    unit: _Unit,
    ctx: RenderContext,
    provider: Any,
    path: Path | None,
    exc: BaseException | None,
    started: float,
) -> _Background:
    seconds = time.monotonic() - started
    unit.output.calls.append(_provider_call(provider, seconds, exc))
    if exc is not None or path is None:
        error = f"The video service failed for {unit.scene.id}: {_message(exc or RuntimeError('no clip'))}"
        unit.record(
            ctx, StageRun(STAGE_BACKGROUND, FAILED, unit.keys.background, seconds=seconds, error=error)
        )
        try:
            return _Background(None, error, _fallback_background(unit, ctx))
        except Exception:  # noqa: BLE001 - the scene is reported without a clip
            log.warning("%s: the offline stand-in background failed too", unit.scene.id, exc_info=True)
            return _Background(None, error)
    url = _store(ctx, path, STAGE_BACKGROUND, unit.keys.background, "mp4")
    unit.record(ctx, StageRun(STAGE_BACKGROUND, RAN, unit.keys.background, url, seconds=seconds))
    return _Background(url)


def _share_background(unit: _Unit, ctx: RenderContext, background: _Background) -> None:
    """Record that this unit uses the background another aspect of its scene just made."""
    if background.url:
        unit.record(ctx, StageRun(STAGE_BACKGROUND, REUSED, unit.keys.background, background.url))
    else:
        unit.record(ctx, StageRun(STAGE_BACKGROUND, FAILED, unit.keys.background, error=background.error))


def _background_sync(unit: _Unit, ctx: RenderContext) -> _Background:
    stored = _background_stored(unit, ctx)
    if stored:
        return stored
    provider = ctx.providers.video
    with _workdir(ctx) as work:
        started = time.monotonic()
        try:
            path = Path(provider.generate(_background_request(unit, provider), work / "background.mp4"))
        except Exception as exc:  # noqa: BLE001 - the scene gets a fallback, the render goes on
            return _background_done(unit, ctx, provider, None, exc, started)
        return _background_done(unit, ctx, provider, path, None, started)


async def _background_async(unit: _Unit, ctx: RenderContext, limit: asyncio.Semaphore) -> _Background:
    stored = await asyncio.to_thread(_background_stored, unit, ctx)
    if stored:
        return stored
    provider = ctx.providers.video
    with _workdir(ctx) as work:
        request, out = _background_request(unit, provider), work / "background.mp4"
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


def _stored_layer(ctx: RenderContext, stage: str, key: str) -> Layer | None:
    url = _find(ctx, stage, key, "json")
    if not url:
        return None
    try:
        data = json.loads(ctx.media.read_bytes(url))
        return Layer(path=ctx.media.local_path(data["url"]), x=data["x"], y=data["y"])
    except (FileNotFoundError, KeyError, ValueError):
        return None


def _store_layer(ctx: RenderContext, stage: str, key: str, layer: Layer, work: Path) -> str:
    """The layer image, then a small manifest with its position (written last: it marks done)."""
    image = Path(layer.path)
    url = _store(ctx, image, stage, key, image.suffix or ".png")
    manifest = work / f"{stage}-{key[:12]}.json"
    manifest.write_text(json.dumps({"url": url, "x": layer.x, "y": layer.y}))
    _store(ctx, manifest, stage, key, "json")
    return url


def _layer(
    unit: _Unit, ctx: RenderContext, stage: str, key: str, make: Callable[[], Layer], work: Path
) -> Layer:
    layer = _stored_layer(ctx, stage, key)
    if layer is not None:
        unit.record(ctx, StageRun(stage, REUSED, key))
        return layer
    started = time.monotonic()
    layer = make()
    url = _store_layer(ctx, stage, key, layer, work)
    unit.record(ctx, StageRun(stage, RAN, key, url, seconds=time.monotonic() - started))
    return Layer(path=ctx.media.local_path(url), x=layer.x, y=layer.y)


@dataclass
class _Layers:
    layers: list[Layer]
    error: str | None = None


def _make_layers(unit: _Unit, ctx: RenderContext) -> _Layers:
    """The product and text layers. They do not depend on the background, so a cloud render
    makes them while the provider is still working."""
    scene, profile = unit.scene, unit.profile
    made = _Layers([])
    stage = STAGE_COMPOSITE
    try:
        with _workdir(ctx) as work:
            if unit.keys.composite and unit.cutout_url:
                cutout = ctx.media.local_path(unit.cutout_url)
                made.layers.append(
                    _layer(
                        unit,
                        ctx,
                        STAGE_COMPOSITE,
                        unit.keys.composite,
                        lambda: ctx.providers.compositor.product_layer(
                            cutout,
                            scene.product,
                            profile.width,
                            profile.height,
                            scene.duration_sec,
                            work / "product.png",
                        ),
                        work,
                    )
                )
            stage = STAGE_OVERLAY
            made.layers.append(
                _layer(
                    unit,
                    ctx,
                    STAGE_OVERLAY,
                    unit.keys.overlay,
                    lambda: ctx.providers.overlay.render(
                        scene.overlay, unit.project.brand, profile.width, profile.height, work / "text.png"
                    ),
                    work,
                )
            )
    except Exception as exc:  # noqa: BLE001 - the scene gets a fallback, the render goes on
        log.warning("%s %s: %s failed", scene.id, unit.aspect, stage, exc_info=True)
        made.error = f"{scene.id} could not be rendered ({stage}): {_message(exc)}"
        unit.record(ctx, StageRun(stage, FAILED, error=made.error))
    return made


def _finish_unit(
    unit: _Unit, background: _Background, layers: _Layers, ctx: RenderContext, threads: int | None = None
) -> SceneOutput:
    """The scene pass; any failure on the way turns into the scene's marked fallback clip.
    ``threads`` caps the encoder (0: ffmpeg's choice; None: ADGEN_ENCODER_THREADS)."""
    scene, profile = unit.scene, unit.profile
    error = background.error or layers.error
    background_path: Path | None = None
    with _workdir(ctx) as work:
        try:
            if background.url:
                background_path = ctx.media.local_path(background.url)
            if error is None and background_path is not None:
                started = time.monotonic()
                out = scene_pass(
                    background_path,
                    layers.layers,
                    profile,
                    scene.duration_sec,
                    work / "scene.mp4",
                    threads=ctx.settings.encoder_threads if threads is None else threads,
                )
                url = _store(ctx, out, STAGE_SCENE_PASS, unit.keys.scene_pass, "mp4")
                unit.record(
                    ctx,
                    StageRun(
                        STAGE_SCENE_PASS, RAN, unit.keys.scene_pass, url, seconds=time.monotonic() - started
                    ),
                    f"{scene.id} {unit.aspect}: ready",
                )
                return unit.finish(url, unit.keys.scene_pass)
        except Exception as exc:  # noqa: BLE001 - the scene gets a fallback, the render goes on
            log.warning("%s %s: scene pass failed", scene.id, unit.aspect, exc_info=True)
            error = f"{scene.id} could not be rendered ({STAGE_SCENE_PASS}): {_message(exc)}"
            unit.record(ctx, StageRun(STAGE_SCENE_PASS, FAILED, error=error))
        if background.error is not None:
            background_path = (
                ctx.media.local_path(background.fallback_url) if background.fallback_url else None
            )
        return _fallback(unit, ctx, background_path, layers.layers, error or "no background", work)


def _fallback(
    unit: _Unit, ctx: RenderContext, background_path: Path | None, layers: list[Layer], error: str, work: Path
) -> SceneOutput:
    """A clearly marked stand-in: a local procedural background with a "preview unavailable"
    band. Stored under its own key, so the real scene pass stays missing and is retried."""
    key = fallback_key(unit.keys.scene_pass, "provider-failure")
    started = time.monotonic()
    try:
        url = _find(ctx, STAGE_FALLBACK, key, "mp4")
        if not url:
            if background_path is None:
                raise RenderError("there is no background to draw it on")
            stripe = Layer(path=_unavailable_band(unit.profile.width, unit.profile.height, work / "band.png"))
            out = scene_pass(
                background_path,
                layers + [stripe],
                unit.profile,
                unit.scene.duration_sec,
                work / "fallback.mp4",
            )
            url = _store(ctx, out, STAGE_FALLBACK, key, "mp4")
    except Exception as exc:  # noqa: BLE001 - nothing left to fall back on
        log.warning("%s %s: fallback failed", unit.scene.id, unit.aspect, exc_info=True)
        full = f"{error}; the stand-in clip failed too: {_message(exc)}"
        unit.record(ctx, StageRun(STAGE_FALLBACK, FAILED, key, error=full))
        return unit.finish(None, None, full)
    unit.record(
        ctx,
        StageRun(STAGE_SCENE_PASS, FALLBACK, key, url, seconds=time.monotonic() - started, error=error),
        f"{unit.scene.id} {unit.aspect}: preview unavailable, will retry",
    )
    return unit.finish(url, key, error)


def _fallback_background(unit: _Unit, ctx: RenderContext) -> str:
    """The offline generator's clip of the scene (legitimately stored under its own key)."""
    from adgen.pipeline.services.video.local import LocalVideoGenerator

    local = LocalVideoGenerator()
    key = background_key(unit.project, unit.scene, unit.profile, local)
    url = _find(ctx, STAGE_BACKGROUND, key, "mp4")
    if url is None:
        started = time.monotonic()
        with _workdir(ctx) as work:
            path = local.generate(_background_request(unit, local), work / "fallback-background.mp4")
            url = _store(ctx, Path(path), STAGE_BACKGROUND, key, "mp4")
        unit.output.calls.append(_provider_call(local, time.monotonic() - started))
        unit.output.stages.append(
            StageRun(STAGE_FALLBACK, RAN, key, url, unit.scene.id, unit.aspect, time.monotonic() - started)
        )
    return url


_BAND_TEXT = "PREVIEW UNAVAILABLE - WILL RETRY"
_BAND_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _unavailable_band(width: int, height: int, out_path: Path) -> Path:
    """A full-frame RGBA layer: an amber-and-black hazard band across the middle with a label."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    band = max(24, int(min(width, height) * 0.16))
    top = (height - band) // 2
    draw.rectangle([0, top, width, top + band], fill=(255, 196, 0, 255))
    step = max(12, band // 2)
    for x in range(-band, width + band, step * 2):
        draw.polygon(
            [(x, top + band), (x + step, top + band), (x + step + band, top), (x + band, top)],
            fill=(20, 20, 20, 255),
        )
    size = max(10, int(band * 0.34))
    try:
        font = ImageFont.truetype(_BAND_FONT, size)
    except OSError:
        font = ImageFont.load_default(size)
    while size > 8 and draw.textlength(_BAND_TEXT, font=font) > width * 0.92:
        size -= 1
        font = font.font_variant(size=size) if hasattr(font, "font_variant") else ImageFont.load_default(size)
    box = draw.textbbox((0, 0), _BAND_TEXT, font=font)
    tw, th = box[2] - box[0], box[3] - box[1]
    pad = max(4, size // 3)
    x0, y0 = (width - tw) // 2, top + (band - th) // 2
    draw.rectangle([x0 - pad, y0 - pad, x0 + tw + pad, y0 + th + pad], fill=(20, 20, 20, 255))
    draw.text((x0 - box[0], y0 - box[1]), _BAND_TEXT, font=font, fill=(255, 255, 255, 255))
    image.save(out_path)
    return out_path


def _unit_failed(scene_id: str, aspect: str, exc: BaseException) -> SceneOutput:
    """A unit that broke outside the provider (e.g. the media store is unreachable)."""
    log.error("%s %s failed", scene_id, aspect, exc_info=exc)
    return SceneOutput(scene_id, errors={aspect: f"{scene_id} could not be rendered: {_message(exc)}"})


def _merge(outputs: Iterable[SceneOutput]) -> dict[str, SceneOutput]:
    merged: dict[str, SceneOutput] = {}
    for out in outputs:
        merged[out.scene_id] = merged[out.scene_id].merge(out) if out.scene_id in merged else out
    return merged


def _cpu_count(settings: Settings) -> int:
    return max(1, settings.render_workers or os.cpu_count() or 1)


# --- cloud providers: concurrent awaits -------------------------------------------------------


async def _units_async(
    project: AdProject, units: Sequence[tuple[str, AspectRatio]], ctx: RenderContext, prepared: PreparedAssets
) -> list[SceneOutput]:
    """Every unit at once: provider calls bounded by ``cloud_concurrency``, CPU work by the
    core count; units whose backgrounds share a key await the same generation."""
    provider_limit = asyncio.Semaphore(max(1, ctx.settings.cloud_concurrency))
    cpu_limit = asyncio.Semaphore(_cpu_count(ctx.settings))
    backgrounds: dict[str, asyncio.Task[_Background]] = {}

    async def one(scene_id: str, aspect: AspectRatio) -> SceneOutput:
        try:
            unit, done = await asyncio.to_thread(
                _plan_unit, project, scene_id, aspect, ctx, prepared.cutout_url, prepared.cutout_key
            )
            if done:
                return unit.output
            layers = asyncio.create_task(asyncio.to_thread(_make_layers, unit, ctx))
            key = unit.keys.background
            if key in backgrounds:
                background = await backgrounds[key]
                _share_background(unit, ctx, background)
            else:
                backgrounds[key] = asyncio.create_task(_background_async(unit, ctx, provider_limit))
                background = await backgrounds[key]
            made = await layers
            async with cpu_limit:
                return await asyncio.to_thread(_finish_unit, unit, background, made, ctx)
        except RenderError:
            raise
        except Exception as exc:  # noqa: BLE001
            return _unit_failed(scene_id, aspect, exc)

    return list(await asyncio.gather(*(one(sid, aspect) for sid, aspect in units)))


# --- local providers: a process pool ------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(events: Any, payload: bytes) -> None:
    """Runs once in each pool process: rebuild the render context, events go to the parent."""
    settings, media, providers, quality = pickle.loads(payload)
    _WORKER["ctx"] = RenderContext(
        settings, media or open_media_store(settings), providers, quality, on_event=events.put
    )


def _background_job(unit: _Unit, ctx: RenderContext | None = None) -> tuple[_Background, _Unit]:
    """Pool job: one background (returns the unit too: its record of what ran)."""
    return _background_sync(unit, ctx or _WORKER["ctx"]), unit


def _pass_job(
    unit: _Unit, background: _Background, ctx: RenderContext | None = None, threads: int | None = None
) -> SceneOutput:
    """Pool job: the layers and scene pass of one scene at one aspect."""
    ctx = ctx or _WORKER["ctx"]
    return _finish_unit(unit, background, _make_layers(unit, ctx), ctx, threads)


def _pass_cost(unit: _Unit) -> float:
    return unit.profile.width * unit.profile.height * unit.scene.duration_sec


def _pass_threads(ctx: RenderContext, workers: int, last: bool) -> int:
    """Encoder threads of one pass in the pool. While the pool's workers encode side by side,
    one thread each does the same work with less CPU spent on threading (about 8 % at 1080p,
    18 % at draft size); the pass that finishes the render runs alone at the end, so it gets
    every core (0: ffmpeg's choice). ADGEN_ENCODER_THREADS, when set, decides instead."""
    if ctx.settings.encoder_threads:
        return ctx.settings.encoder_threads
    return 0 if last or workers < 2 else 1


def _picklable(value: Any) -> bool:
    try:
        pickle.dumps(value)
        return True
    except Exception:  # noqa: BLE001 - any reason means "rebuild it in the worker"
        return False


@contextmanager
def _local_pool(ctx: RenderContext, workers: int) -> Iterator[tuple[Executor, RenderContext | None]]:
    """A process pool of ``workers`` (and None: jobs use the worker's own context), or threads
    (and ``ctx``) where processes cannot be used."""
    in_daemon = multiprocessing.current_process().daemon  # may not start processes of its own
    if workers <= 1 or in_daemon or not _picklable(ctx.providers):
        with ThreadPoolExecutor(max(1, workers)) as threads:
            yield threads, ctx
        return
    mp = multiprocessing.get_context("fork")
    events = mp.Queue()
    media = ctx.media if _picklable(ctx.media) else None
    payload = pickle.dumps((ctx.settings, media, ctx.providers, ctx.quality))
    stop = threading.Event()

    def relay() -> None:
        while not stop.is_set() or not events.empty():
            try:
                event = events.get(timeout=0.05)
            except queue_module.Empty:
                continue
            ctx.emit(**{_EVENT_ARGS[k]: v for k, v in event.items() if k in _EVENT_ARGS})

    relay_thread = threading.Thread(target=relay, name="render-events", daemon=True)
    try:
        with ProcessPoolExecutor(
            workers, mp_context=mp, initializer=_init_worker, initargs=(events, payload)
        ) as pool:
            # The first job forks every worker; only after that may this process start threads.
            pool.submit(int).result()
            relay_thread.start()
            yield pool, None
    finally:
        stop.set()
        if relay_thread.is_alive():
            relay_thread.join(timeout=5)
        events.close()


def _units_local(
    project: AdProject,
    units: Sequence[tuple[str, AspectRatio]],
    ctx: RenderContext,
    prepared: PreparedAssets,
    meanwhile: Callable[[], None] | None = None,
) -> list[SceneOutput]:
    """Units on a pool sized to the machine: each distinct background once, then each unit's
    scene pass as soon as its background is ready. ``meanwhile`` (the music) runs alongside."""
    results: dict[tuple[str, str], SceneOutput] = {}
    pending: list[_Unit] = []
    for scene_id, aspect in units:
        try:
            unit, done = _plan_unit(project, scene_id, aspect, ctx, prepared.cutout_url, prepared.cutout_key)
        except RenderError:
            raise
        except Exception as exc:  # noqa: BLE001
            results[(scene_id, aspect)] = _unit_failed(scene_id, aspect, exc)
            continue
        if done:
            results[(scene_id, aspect)] = unit.output
        else:
            pending.append(unit)
    side = threading.Thread(target=meanwhile, name="render-music") if meanwhile else None
    if not pending:
        if meanwhile:
            meanwhile()
        return [results[u] for u in units]
    groups: dict[str, list[_Unit]] = {}
    for unit in pending:
        groups.setdefault(unit.keys.background, []).append(unit)
    workers = min(len(pending), _cpu_count(ctx.settings))
    with _local_pool(ctx, workers) as (pool, job_ctx):
        jobs: dict[Future[Any], tuple[str, list[_Unit]]] = {
            pool.submit(_background_job, group[0], job_ctx): ("background", group)
            for group in groups.values()
        }
        if side:
            side.start()
        while jobs:
            finished, _ = wait(jobs, return_when=FIRST_COMPLETED)
            for future in finished:
                kind, group = jobs.pop(future)
                if kind == "background":
                    try:
                        background, group[0] = future.result()
                    except Exception as exc:  # noqa: BLE001 - a crashed worker fails this background only
                        background = _Background(
                            None, f"{group[0].scene.id} could not be rendered: {_message(exc)}"
                        )
                        _share_background(group[0], ctx, background)
                    for other in group[1:]:
                        _share_background(other, ctx, background)
                    # Largest first, so what is left to run alone at the end is small.
                    last_group = not any(k == "background" for k, _ in jobs.values())
                    ordered = sorted(group, key=_pass_cost, reverse=True)
                    for i, unit in enumerate(ordered):
                        threads = _pass_threads(ctx, workers, last_group and i == len(ordered) - 1)
                        jobs[pool.submit(_pass_job, unit, background, job_ctx, threads)] = ("pass", [unit])
                else:
                    unit = group[0]
                    try:
                        results[(unit.scene.id, unit.aspect)] = future.result()
                    except Exception as exc:  # noqa: BLE001 - a crashed worker fails its unit only
                        results[(unit.scene.id, unit.aspect)] = _unit_failed(unit.scene.id, unit.aspect, exc)
        if side:
            side.join()
    return [results[u] for u in units]


_EVENT_ARGS = {
    "stage": "stage",
    "sceneId": "scene_id",
    "aspect": "aspect",
    "fraction": "fraction",
    "message": "message",
    "previewUrl": "preview_url",
    "error": "error",
}


# --- render_scene --------------------------------------------------------------------------


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
    looked up (or made) here, so a scene job can run on its own.
    """
    (output,) = render_scenes(project, ctx, [scene_id], aspects, prepared)
    return output


class _Progress:
    """Turns per-unit progress (0..1 within one scene at one aspect) into overall progress that
    never goes backwards, whatever order concurrent units and the music report in."""

    def __init__(self, ctx: RenderContext, units: Sequence[tuple[str, str]], base: float, span: float):
        self.sink = ctx.on_event
        self.done = {u: 0.0 for u in units}
        self.base, self.span = base, span
        self.last = 0.0
        self.lock = threading.Lock()

    def __call__(self, event: dict[str, Any]) -> None:
        if self.sink is None:
            return
        unit = (event.get("sceneId"), event.get("aspect"))
        with self.lock:
            if unit in self.done:
                self.done[unit] = max(self.done[unit], float(event.get("fraction") or 0.0))  # type: ignore[index]
                overall = self.base + self.span * sum(self.done.values()) / max(1, len(self.done))
            elif event.get("stage") in (STAGE_ASSEMBLY, "render", "done"):
                overall = float(event.get("fraction") or 0.0)
            else:  # cutout and music: part of the first few percent, or of whatever is done by then
                overall = self.base * float(event.get("fraction") or 0.0)
            self.last = max(self.last, overall)
            event = {**event, "fraction": round(self.last, 4)}
        self.sink(event)


# --- assemble ------------------------------------------------------------------------------


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
        with _workdir(ctx) as work:
            segments = [ctx.media.local_path(outputs[s.id].clips[aspect]) for s in project.scenes]
            video = concat_and_mux(segments, sound, project.duration_sec, work / "ad.mp4")
            still = poster(video, work / "poster.jpg", _poster_time(project))
            url = _store(ctx, video, STAGE_ASSEMBLY, key, "mp4")
            poster_url = _store(ctx, still, STAGE_ASSEMBLY, key, "jpg")
    except Exception as exc:  # noqa: BLE001 - this aspect fails, the others may not
        return _assembly_failed(aspect, key, exc, started)
    run = StageRun(STAGE_ASSEMBLY, RAN, key, url, aspect=aspect, seconds=time.monotonic() - started)
    return _AspectResult(aspect, url, poster_url, stage=run)


def _assembly_failed(
    aspect: AspectRatio, key: str | None, exc: BaseException, started: float
) -> _AspectResult:
    log.warning("assembly %s failed", aspect, exc_info=exc)
    error = f"the {aspect} video could not be assembled: {_message(exc)}"
    return _AspectResult(
        aspect,
        error=error,
        stage=StageRun(
            STAGE_ASSEMBLY, FAILED, key, aspect=aspect, seconds=time.monotonic() - started, error=error
        ),
    )


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
        missing = [s.id for s in project.scenes if aspect not in outputs.get(s.id, SceneOutput(s.id)).clips]
        if missing:
            results[aspect] = _AspectResult(
                aspect, error=f"the {aspect} video is missing {', '.join(missing)}"
            )
            continue
        key = assembly_key(
            [outputs[s.id].keys[aspect] for s in project.scenes],
            _music_key(prepared),
            project.audio.volume,
            encode_profile(aspect, ctx.quality),
            project.duration_sec,
        )
        url, poster_url = _find(ctx, STAGE_ASSEMBLY, key, "mp4"), _find(ctx, STAGE_ASSEMBLY, key, "jpg")
        if url and poster_url:
            results[aspect] = _AspectResult(
                aspect, url, poster_url, stage=StageRun(STAGE_ASSEMBLY, REUSED, key, url, aspect=aspect)
            )
        else:
            todo[aspect] = key
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
    key = soundtrack_key(_music_key(prepared), project.audio.volume, project.duration_sec, bitrate)
    url = _find(ctx, STAGE_ASSEMBLY, key, "m4a")
    if url is None:
        with _workdir(ctx) as work:
            track = ctx.media.local_path(prepared.audio_url) if prepared.audio_url else None
            made = soundtrack(track, project.audio.volume, project.duration_sec, bitrate, work / "sound.m4a")
            url = _store(ctx, made, STAGE_ASSEMBLY, key, "m4a")
    return ctx.media.local_path(url)


def assemble(
    project: AdProject,
    ctx: RenderContext,
    prepared: PreparedAssets | None = None,
    scene_outputs: Iterable[SceneOutput] | dict[str, SceneOutput] | None = None,
    aspects: Iterable[str] | None = None,
) -> RenderOutcome:
    """Join each aspect's scene passes, mux the music, take a poster; update the document.

    Without ``prepared`` or some ``scene_outputs`` the missing parts are looked up by key (and
    made if absent), so an assembly job can run on its own. Cost is taken from the provider
    calls in ``prepared`` and ``scene_outputs``, so pass them to have it counted.
    """
    started = time.monotonic()
    chosen = _aspects(project, aspects)
    if prepared is None:
        prepared = prepare(project, ctx)
    if isinstance(scene_outputs, dict):
        scene_outputs = scene_outputs.values()
    outputs = _merge(scene_outputs or [])
    for scene in project.scenes:
        have = outputs.get(scene.id)
        todo = [a for a in chosen if not have or (a not in have.clips and a not in have.errors)]
        if todo:
            made = render_scene(project, scene.id, ctx, todo, prepared=prepared)
            outputs[scene.id] = have.merge(made) if have else made
    ctx.emit(STAGE_ASSEMBLY, fraction=0.95, message="Putting the ad together")
    results = _assemble_aspects(project, chosen, ctx, prepared, outputs)
    report = RenderReport(
        project.project_id,
        project.version,
        ctx.quality,
        stages=list(prepared.stages),
        calls=list(prepared.calls),
        warnings=list(prepared.warnings),
    )
    for scene in project.scenes:
        out = outputs[scene.id]
        report.stages += out.stages
        report.calls += out.calls
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
    report.seconds = time.monotonic() - started
    updated = _updated_project(project, prepared, outputs, report, chosen)
    state = updated.render_status.state
    ctx.emit(
        "done",
        fraction=1.0,
        message=f"Render {state.replace('_', ' ')}",
        preview_url=ctx.preview(report.exports.get(MASTER_ASPECT)),
        error=updated.render_status.error,
    )
    return RenderOutcome(updated, report)


def _updated_project(
    project: AdProject,
    prepared: PreparedAssets,
    outputs: dict[str, SceneOutput],
    report: RenderReport,
    aspects: list[AspectRatio],
) -> AdProject:
    """The document after a render: status, exports, scene clips, cost (also when it failed)."""
    failed = [a for a in aspects if a not in report.exports]
    if failed:
        state = "failed"
        error = "; ".join(report.errors.get(f"assembly {a}", f"the {a} video was not made") for a in failed)
    elif report.errors or report.warnings:
        state = "completed_with_warnings"
        scene_errors = [msg for k, msg in report.errors.items() if not k.startswith("assembly")]
        error = "; ".join(scene_errors + report.warnings)
    else:
        state, error = "completed", None
    data = project.model_dump()
    data["render_status"] = {"state": state, "progress": 1.0, "stages": report.summary(), "error": error}
    if not failed:
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


# --- render_project ----------------------------------------------------------------------------


def render_project(
    project: AdProject, ctx: RenderContext, aspects: Iterable[str] | None = None
) -> RenderOutcome:
    """The whole render in this process: cutout, every scene at every aspect in parallel (the
    music alongside), then assembly. Progress events carry the overall fraction."""
    started = time.monotonic()
    chosen = _aspects(project, aspects)
    units = [(scene.id, aspect) for scene in project.scenes for aspect in chosen]
    progress = _Progress(ctx, units, 0.05, 0.85)
    pctx = dataclasses.replace(ctx, on_event=progress if ctx.on_event else None)
    ctx.emit(
        "render",
        fraction=0.0,
        message=f"Rendering {len(project.scenes)} scenes in {len(chosen)} formats ({ctx.quality})",
    )
    prepared = PreparedAssets()
    try:
        _prepare_cutout(project, pctx, prepared)
        outputs = _render_units(
            project, units, pctx, prepared, lambda: _prepare_audio(project, pctx, prepared)
        )
    except RenderError:
        raise
    except Exception as exc:  # noqa: BLE001 - still record what was spent
        log.exception("render of %s failed", project.project_id)
        report = RenderReport(
            project.project_id,
            project.version,
            ctx.quality,
            stages=list(prepared.stages),
            calls=list(prepared.calls),
            errors={"render": _message(exc)},
            seconds=time.monotonic() - started,
        )
        return RenderOutcome(_updated_project(project, prepared, {}, report, chosen), report)
    outcome = assemble(project, pctx, prepared, outputs, chosen)
    outcome.report.seconds = time.monotonic() - started
    outcome.project.render_status.stages["seconds"] = round(outcome.report.seconds, 3)
    return outcome


def render_scenes(
    project: AdProject,
    ctx: RenderContext,
    scene_ids: Iterable[str] | None = None,
    aspects: Iterable[str] | None = None,
    prepared: PreparedAssets | None = None,
) -> list[SceneOutput]:
    """Several scenes (all by default) at each aspect, concurrently: what :func:`render_project`
    does between the cutout and the assembly. Outputs come back in the order of ``scene_ids``."""
    ids = list(scene_ids) if scene_ids is not None else [s.id for s in project.scenes]
    for scene_id in ids:
        _scene(project, scene_id)
    chosen = _aspects(project, aspects)
    extra: list[StageRun] = []
    if prepared is None:
        prepared = PreparedAssets()
        _prepare_cutout(project, ctx, prepared)
        extra = [s for s in prepared.stages if s.status != REUSED]
    units = [(scene_id, aspect) for scene_id in ids for aspect in chosen]
    pctx = dataclasses.replace(ctx, on_event=_Progress(ctx, units, 0.0, 1.0) if ctx.on_event else None)
    merged = _merge(_render_units(project, units, pctx, prepared))
    if ids and extra:
        merged[ids[0]].stages[:0] = extra
    return [merged[scene_id] for scene_id in ids]


def _render_units(
    project: AdProject,
    units: Sequence[tuple[str, AspectRatio]],
    ctx: RenderContext,
    prepared: PreparedAssets,
    meanwhile: Callable[[], None] | None = None,
) -> list[SceneOutput]:
    """Cloud providers: concurrent awaits; local ones: the process pool. ``meanwhile`` (the
    music) runs alongside either."""
    if ctx.providers.remote_video:
        return _run_coroutine(_remote_units(project, units, ctx, prepared, meanwhile))
    return _units_local(project, units, ctx, prepared, meanwhile)


async def _remote_units(
    project: AdProject,
    units: Sequence[tuple[str, AspectRatio]],
    ctx: RenderContext,
    prepared: PreparedAssets,
    meanwhile: Callable[[], None] | None,
) -> list[SceneOutput]:
    side = asyncio.create_task(asyncio.to_thread(meanwhile)) if meanwhile else None
    outputs = await _units_async(project, units, ctx, prepared)
    if side is not None:
        await side
    return outputs


# --- render_document (the `adgen render` command) -----------------------------------------------


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _copy_atomic(src: Path, dest: Path) -> None:
    tmp = dest.with_name(f".{dest.name}.tmp")
    shutil.copyfile(src, tmp)
    os.replace(tmp, dest)


def _import_product(project: AdProject, base: Path, media: MediaStore) -> AdProject:
    """A product image named by a plain path (relative to the document) is put in the store."""
    asset = project.product_asset
    if asset is None:
        return project
    try:
        media.key_of(asset.source_url)
        return project
    except ValueError:
        pass
    raw = (
        unquote(urlparse(asset.source_url).path) if asset.source_url.startswith("file:") else asset.source_url
    )
    path = Path(raw) if Path(raw).is_absolute() else base / raw
    if not path.is_file():
        raise RenderError(f"the product image {asset.source_url} does not exist")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != asset.checksum:
        raise RenderError(f"the product image {path} does not match the document's checksum")
    url = media.put_bytes(data, suffix=path.suffix.lower() or ".png")
    wire = project.to_wire()
    wire["productAsset"]["sourceUrl"] = url
    return AdProject.from_wire(wire)


def render_document(path: Path, out_dir: Path, quality: str, settings: Settings) -> AdProject:
    """Render a project document into ``out_dir``: ``ad_9x16.mp4`` (etc.), ``poster_9x16.jpg``,
    ``project.json`` (aspectExports pointing at those files) and ``report.json``."""
    path, out_dir = Path(path), Path(out_dir)
    if not path.is_file():
        raise FileNotFoundError(f"no project document at {path}")
    project = AdProject.from_wire(path.read_text(encoding="utf-8"))
    ctx = render_context(settings, quality)
    project = _import_product(project, path.resolve().parent, ctx.media)
    outcome = render_project(project, ctx)
    out_dir.mkdir(parents=True, exist_ok=True)
    rendered = outcome.project
    if rendered.render_status.state != "failed":
        files: dict[str, str] = {}
        for aspect, url in outcome.report.exports.items():
            tag = aspect.replace(":", "x")
            dest = out_dir / f"ad_{tag}.mp4"
            _copy_atomic(ctx.media.local_path(url), dest)
            files[aspect] = str(dest.resolve())
            if aspect in outcome.report.posters:
                _copy_atomic(
                    ctx.media.local_path(outcome.report.posters[aspect]), out_dir / f"poster_{tag}.jpg"
                )
        rendered = rendered.model_copy(update={"aspect_exports": files})
        rendered = AdProject.model_validate(rendered.model_dump())
    _write_atomic(out_dir / "project.json", rendered.to_json())
    _write_atomic(out_dir / "report.json", json.dumps(outcome.report.to_wire(), indent=2))
    return rendered
