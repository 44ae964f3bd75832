"""Where the units of a render run side by side: a process pool for local CPU work, asyncio for
cloud providers.

Local: each distinct background once, then each unit's scene pass as soon as its background is
ready, on a pool of processes sized to the machine (each rebuilding the render context once, and
ending with the process that owns the pool); their progress events come back through a queue
that a relay thread hands to the context's sink. Cloud: every unit at once as a coroutine, provider calls bounded by
``cloud_concurrency``, CPU work by the core count, units that share a background awaiting the same
generation. Either way, ``meanwhile`` (the music) runs alongside, and ``on_scene`` hears of each
scene as soon as all of its aspects are done.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import pickle
import queue as queue_module
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from contextlib import contextmanager
from typing import Any

from adgen.pipeline.cache import adopt_repairs, hand_over_repairs
from adgen.pipeline.context import RenderContext, RenderError, one_line, run_coroutine
from adgen.pipeline.lifetime import end_with
from adgen.pipeline.report import PreparedAssets, SceneOutput
from adgen.pipeline.scene_chain import (
    Background,
    Unit,
    await_background,
    finish_unit,
    make_background,
    make_layers,
    plan_unit,
    share_background,
    unit_failed,
)
from adgen.project import AdProject
from adgen.settings import Settings
from adgen.store.media import open_media_store

Units = Sequence[tuple[str, str]]  # (scene id, export key)
SceneListener = Callable[[SceneOutput], None]


def render_units(
    project: AdProject,
    units: Units,
    ctx: RenderContext,
    prepared: PreparedAssets,
    meanwhile: Callable[[], None] | None = None,
    on_scene: SceneListener | None = None,
) -> list[SceneOutput]:
    """Every unit, in the order given: cloud providers as concurrent awaits, local ones on the
    process pool."""
    tally = _SceneTally(units, on_scene)
    if ctx.providers.remote_video:
        return run_coroutine(_remote_units(project, units, ctx, prepared, tally, meanwhile))
    return _local_units(project, units, ctx, prepared, tally, meanwhile)


class _SceneTally:
    """Hands a scene's merged output to ``on_scene`` once every one of its units is in."""

    def __init__(self, units: Units, on_scene: SceneListener | None):
        self.on_scene = on_scene
        self.waiting = Counter(scene_id for scene_id, _ in units)
        self.outputs: dict[str, list[SceneOutput]] = defaultdict(list)
        self.lock = threading.Lock()

    def add(self, scene_id: str, output: SceneOutput) -> SceneOutput:
        if self.on_scene is None:
            return output
        with self.lock:
            self.outputs[scene_id].append(output)
            self.waiting[scene_id] -= 1
            complete = self.waiting[scene_id] == 0
        if complete:
            self.on_scene(merge_outputs(self.outputs[scene_id])[scene_id])
        return output


def merge_outputs(outputs: Sequence[SceneOutput]) -> dict[str, SceneOutput]:
    """One output per scene from the outputs of its units."""
    merged: dict[str, SceneOutput] = {}
    for out in outputs:
        merged[out.scene_id] = merged[out.scene_id].merge(out) if out.scene_id in merged else out
    return merged


def _cpu_count(settings: Settings) -> int:
    return max(1, settings.render_workers or os.cpu_count() or 1)


# --- cloud providers: concurrent awaits -------------------------------------------------------------


async def _remote_units(
    project: AdProject,
    units: Units,
    ctx: RenderContext,
    prepared: PreparedAssets,
    tally: _SceneTally,
    meanwhile: Callable[[], None] | None,
) -> list[SceneOutput]:
    side = asyncio.create_task(asyncio.to_thread(meanwhile)) if meanwhile else None
    provider_limit = asyncio.Semaphore(max(1, ctx.settings.cloud_concurrency))
    cpu_limit = asyncio.Semaphore(_cpu_count(ctx.settings))
    backgrounds: dict[str, asyncio.Task[Background]] = {}

    async def one(scene_id: str, aspect: str) -> SceneOutput:
        try:
            unit, done = await asyncio.to_thread(
                plan_unit, project, scene_id, aspect, ctx, prepared.cutout_url, prepared.cutout_key
            )
            if done:
                return unit.output
            key = unit.keys.background
            if key in backgrounds:
                background = await backgrounds[key]
                share_background(unit, ctx, background)
            else:
                backgrounds[key] = asyncio.create_task(await_background(unit, ctx, provider_limit))
                background = await backgrounds[key]
            # The text is measured on its background (legibility), so the layers follow it.
            made = await asyncio.to_thread(make_layers, unit, ctx, background)
            async with cpu_limit:
                return await asyncio.to_thread(finish_unit, unit, background, made, ctx)
        except RenderError:
            raise
        except Exception as exc:  # noqa: BLE001
            return unit_failed(scene_id, aspect, exc)

    async def counted(scene_id: str, aspect: str) -> SceneOutput:
        return tally.add(scene_id, await one(scene_id, aspect))

    outputs = list(await asyncio.gather(*(counted(sid, aspect) for sid, aspect in units)))
    if side is not None:
        await side
    return outputs


# --- local providers: a process pool -----------------------------------------------------------------

_WORKER: dict[str, Any] = {}
# What a pool's fork server imports once, so that each worker it forks starts warm.
_PRELOAD_PREFIXES = ("adgen.pipeline.", "adgen.store.")


def _init_worker(events: Any, payload: bytes, owner_pid: int, environment: dict[str, str]) -> None:
    """Runs once in each pool process: end with the pool's owner, take the owner's environment
    (a fork server's workers would otherwise see the environment of when the server started:
    S3 credentials set since then, say), rebuild the render context, events go to the owner;
    the notes of damaged outputs the owner found come along."""
    end_with(owner_pid)
    if environment != dict(os.environ):
        os.environ.clear()
        os.environ.update(environment)
    settings, media, providers, quality, repairs = pickle.loads(payload)
    adopt_repairs(repairs)
    _WORKER["ctx"] = RenderContext(
        settings, media or open_media_store(settings), providers, quality, on_event=events.put
    )


def _background_job(unit: Unit, ctx: RenderContext | None = None) -> tuple[Background, Unit]:
    """Pool job: one background (returns the unit too: its record of what ran)."""
    return make_background(unit, ctx or _WORKER["ctx"]), unit


def _pass_job(
    unit: Unit, background: Background, ctx: RenderContext | None = None, threads: int | None = None
) -> SceneOutput:
    """Pool job: the layers and scene pass of one scene at one aspect."""
    ctx = ctx or _WORKER["ctx"]
    return finish_unit(unit, background, make_layers(unit, ctx, background), ctx, threads)


def _pass_cost(unit: Unit) -> float:
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


def pool_start_method() -> str:
    """How the pool starts its processes: ``fork`` (instant) while this process runs no other
    thread, else ``forkserver``. A fork copies every lock as it is at that moment, so a lock
    another thread holds (the stdin lock of a thread reading the keyboard, a logging lock) stays
    held forever in the child, which deadlocks on first use (``adgen chat`` did, at 0 %); the
    fork server is a clean single-threaded process that forks the workers instead."""
    return "fork" if threading.active_count() == 1 else "forkserver"


def warm_up_pool() -> None:
    """Start the fork server now (in the background of a start-up), so the first render of a
    process with threads does not wait for it (about a second: Python and the pipeline's imports)."""
    mp = multiprocessing.get_context("forkserver")
    preload = sorted(name for name in sys.modules if name.startswith(_PRELOAD_PREFIXES))
    mp.set_forkserver_preload([__name__, *preload])
    from multiprocessing import forkserver

    forkserver.ensure_running()


@contextmanager
def _local_pool(ctx: RenderContext, workers: int) -> Iterator[tuple[Executor, RenderContext | None]]:
    """A process pool of ``workers`` (and None: jobs use the worker's own context), or threads
    (and ``ctx``) where processes cannot be used."""
    in_daemon = multiprocessing.current_process().daemon  # may not start processes of its own
    if workers <= 1 or in_daemon or not _picklable(ctx.providers):
        with ThreadPoolExecutor(max(1, workers)) as threads:
            yield threads, ctx
        return
    method = pool_start_method()
    if method == "forkserver":
        warm_up_pool()
    mp = multiprocessing.get_context(method)
    events = mp.Queue()
    media = ctx.media if _picklable(ctx.media) else None
    payload = pickle.dumps((ctx.settings, media, ctx.providers, ctx.quality, hand_over_repairs()))
    stop = threading.Event()

    def relay() -> None:
        while not stop.is_set() or not events.empty():
            try:
                event = events.get(timeout=0.05)
            except queue_module.Empty:
                continue
            ctx.emit(event)

    relay_thread = threading.Thread(target=relay, name="render-events", daemon=True)
    try:
        with ProcessPoolExecutor(
            workers,
            mp_context=mp,
            initializer=_init_worker,
            initargs=(events, payload, os.getpid(), dict(os.environ)),
        ) as pool:
            # The first job starts every worker; only after that may this process start threads.
            pool.submit(int).result()
            relay_thread.start()
            yield pool, None
    finally:
        stop.set()
        if relay_thread.is_alive():
            relay_thread.join(timeout=5)
        events.close()


def _plan_local(
    project: AdProject, units: Units, ctx: RenderContext, prepared: PreparedAssets, tally: _SceneTally
) -> tuple[dict[tuple[str, str], SceneOutput], list[Unit]]:
    """Each unit's keys: the outputs of units with nothing to do, and the units left to run."""
    results: dict[tuple[str, str], SceneOutput] = {}
    pending: list[Unit] = []
    for scene_id, aspect in units:
        try:
            unit, done = plan_unit(project, scene_id, aspect, ctx, prepared.cutout_url, prepared.cutout_key)
        except RenderError:
            raise
        except Exception as exc:  # noqa: BLE001
            results[(scene_id, aspect)] = tally.add(scene_id, unit_failed(scene_id, aspect, exc))
            continue
        if done:
            results[(scene_id, aspect)] = tally.add(scene_id, unit.output)
        else:
            pending.append(unit)
    return results, pending


def _local_units(
    project: AdProject,
    units: Units,
    ctx: RenderContext,
    prepared: PreparedAssets,
    tally: _SceneTally,
    meanwhile: Callable[[], None] | None = None,
) -> list[SceneOutput]:
    """Units on a pool sized to the machine: each distinct background once, then each unit's
    scene pass as soon as its background is ready."""
    results, pending = _plan_local(project, units, ctx, prepared, tally)
    if not pending:
        if meanwhile:
            meanwhile()
        return [results[u] for u in units]
    groups: dict[str, list[Unit]] = {}
    for unit in pending:
        groups.setdefault(unit.keys.background, []).append(unit)
    workers = min(len(pending), _cpu_count(ctx.settings))
    side = threading.Thread(target=meanwhile, name="render-music") if meanwhile else None
    with _local_pool(ctx, workers) as (pool, job_ctx):
        jobs: dict[Future[Any], tuple[str, list[Unit]]] = {
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
                    background = _background_result(future, group, ctx)
                    last_group = not any(k == "background" for k, _ in jobs.values())
                    for unit, threads in _passes_of(group, ctx, workers, last_group):
                        jobs[pool.submit(_pass_job, unit, background, job_ctx, threads)] = ("pass", [unit])
                else:
                    unit = group[0]
                    try:
                        output = future.result()
                    except Exception as exc:  # noqa: BLE001 - a crashed worker fails its unit only
                        output = unit_failed(unit.scene.id, unit.aspect, exc)
                    results[(unit.scene.id, unit.aspect)] = tally.add(unit.scene.id, output)
        if side:
            side.join()
    return [results[u] for u in units]


def _background_result(future: Future[Any], group: list[Unit], ctx: RenderContext) -> Background:
    """The background a group of units shares (the first unit comes back with its record)."""
    try:
        background, group[0] = future.result()
    except Exception as exc:  # noqa: BLE001 - a crashed worker fails this background only
        background = Background(None, f"{group[0].scene.id} could not be rendered: {one_line(exc)}")
        share_background(group[0], ctx, background)
    for other in group[1:]:
        share_background(other, ctx, background)
    return background


def _passes_of(
    group: list[Unit], ctx: RenderContext, workers: int, last_group: bool
) -> list[tuple[Unit, int]]:
    """A background's scene passes, largest first, so what is left to run alone at the end is
    small; the very last pass of the render gets every core."""
    ordered = sorted(group, key=_pass_cost, reverse=True)
    return [
        (unit, _pass_threads(ctx, workers, last_group and i == len(ordered) - 1))
        for i, unit in enumerate(ordered)
    ]


__all__ = ["merge_outputs", "pool_start_method", "render_units", "warm_up_pool"]
