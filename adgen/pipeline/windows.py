"""The windows around scene changes: what an export joins by stream copy, and the short clips
around each boundary that are encoded with their transition.

Every scene pass is encoded with key frames a few frames from each end (its handles:
:func:`adgen.pipeline.transitions.handle_frames`, as many as the ad's transitions can reach),
so it is cut into head, body and tail by stream copy; each boundary's window (a tail and the
next head) is re-encoded with its transition; the export is the bodies and the windows joined.

A window is stored by its own key (what the two scene passes show on its frames, its plan and
the encode's size and settings, not the export's name), so exports of one size that join the
same passes share it. What a pass shows on its head or tail is the pass itself, or, where its
text keeps off that handle (:mod:`adgen.pipeline.text_span`), its picture without the text
(:func:`adgen.pipeline.keys.picture_key`, recorded beside the pass): a text edit then reuses the
windows beside its scene and re-encodes only its pass. The windows a render
needs are gathered from all its exports first, each distinct one encoded once, side by side
with one encoder thread each (x264 spends less CPU per frame on one thread than on several, and
the windows are short: there is little to split inside one).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from adgen.pipeline.context import RenderContext
from adgen.pipeline.ffmpeg import frame_count, split_scene_pass, transition_clip
from adgen.pipeline.keys import scene_parts_key, transition_key
from adgen.pipeline.report import SceneOutput
from adgen.pipeline.stages import STAGE_ASSEMBLY, STAGE_SCENE_PASS
from adgen.pipeline.transitions import (
    TransitionPlan,
    handle_frames,
    plan_transition,
    snap_to_beat,
    transitions_for,
)
from adgen.pipeline.types import EncodeProfile
from adgen.project import AdProject


def transition_plans(project: AdProject, profile: EncodeProfile, beats: list[float]) -> list[TransitionPlan]:
    """Each boundary's transition: the mood's kind, centred on the nearest beat (frames)."""
    fps, mood = profile.fps, project.style.mood
    frames = [frame_count(s.duration_sec, fps) for s in project.scenes]
    plans = []
    at = 0
    kinds = transitions_for(mood, len(project.scenes) - 1)
    for i, transition in enumerate(kinds):
        at += frames[i]
        boundary = at / fps
        beat = snap_to_beat(boundary, beats, fps)
        tail = handle_frames(project.scenes[i].duration_sec, fps, mood)
        head = handle_frames(project.scenes[i + 1].duration_sec, fps, mood)
        plans.append(plan_transition(transition, boundary, beat, tail, head, fps))
    return plans


@dataclass(frozen=True)
class Window:
    """One boundary's clip to encode (or find stored): the tail of one scene pass, the head of
    the next, what happens between them, in one export's encode settings."""

    key: str
    tail: Path
    head: Path
    plan: TransitionPlan
    profile: EncodeProfile


@dataclass
class ExportParts:
    """What one export joins, in order: stored parts (paths) and windows (by key), and each
    segment's exact length in seconds."""

    segments: list[Path | Window]
    seconds: list[float]

    @property
    def windows(self) -> list[Window]:
        return [s for s in self.segments if isinstance(s, Window)]

    def paths(self, made: dict[str, Path | BaseException]) -> list[Path]:
        """The segments as files, with the windows ``made`` (by key); raises why a window the
        export needs was not made."""
        paths = []
        for segment in self.segments:
            if isinstance(segment, Window):
                got = made.get(segment.key)
                if not isinstance(got, Path):
                    raise got or RuntimeError("its transition clip was not made")
                segment = got
            paths.append(segment)
        return paths


def scene_parts(
    ctx: RenderContext, clip: str, pass_key: str, profile: EncodeProfile, duration: float, handle: int
) -> list[Path]:
    """A scene pass's head, body and tail (stream copy), stored by the pass's key."""
    key = scene_parts_key(pass_key)
    names = ("head.mp4", "body.mp4", "tail.mp4")
    urls = [ctx.find(STAGE_ASSEMBLY, key, name) for name in names]
    if not all(urls):
        frames = frame_count(duration, profile.fps)
        with ctx.workdir() as work:
            parts = split_scene_pass(
                ctx.media.local_path(clip), handle, handle, work / "parts", frames=frames, fps=profile.fps
            )
            urls = [
                ctx.store(part, STAGE_ASSEMBLY, key, name) for part, name in zip(parts, names, strict=True)
            ]
    return [ctx.media.local_path(u) for u in urls]  # type: ignore[arg-type]


def pictures(ctx: RenderContext, pass_key: str) -> dict[str, str]:
    """What a scene pass shows on its head and tail, as window keys (recorded beside the pass by
    :func:`adgen.pipeline.scene_chain.finish_unit`); the pass's own key where nothing says (a
    stand-in, or a pass stored before)."""
    shows = {"head": pass_key, "tail": pass_key}
    got = ctx.find_json(STAGE_SCENE_PASS, pass_key, "layout.json").get("pictures")
    if isinstance(got, dict):
        shows.update({side: got[side] for side in shows if isinstance(got.get(side), str)})
    return shows


def export_parts(
    project: AdProject,
    profile: EncodeProfile,
    ctx: RenderContext,
    outputs: dict[str, SceneOutput],
    aspect: str,
    beats: list[float],
) -> ExportParts:
    """What an export joins: the scene passes cut at their handles and the windows between them
    (not yet encoded)."""
    fps, mood = profile.fps, project.style.mood
    scenes = project.scenes
    clips = [outputs[s.id].clips[aspect] for s in scenes]
    keys = [outputs[s.id].keys[aspect] for s in scenes]
    if len(scenes) == 1:
        return ExportParts([ctx.media.local_path(clips[0])], [frame_count(scenes[0].duration_sec, fps) / fps])
    handles = [handle_frames(s.duration_sec, fps, mood) for s in scenes]
    parts = [
        scene_parts(ctx, c, k, profile, s.duration_sec, h)
        for c, k, s, h in zip(clips, keys, scenes, handles, strict=True)
    ]
    lengths = [frame_count(s.duration_sec, fps) for s in scenes]
    shows = [pictures(ctx, k) for k in keys]
    segments: list[Path | Window] = [parts[0][0]]
    frames: list[int] = [handles[0]]
    for i, plan in enumerate(transition_plans(project, profile, beats)):
        segments.append(parts[i][1])
        frames.append(lengths[i] - 2 * handles[i])
        key = transition_key(shows[i]["tail"], shows[i + 1]["head"], plan, profile)
        segments.append(Window(key, parts[i][2], parts[i + 1][0], plan, profile))
        frames.append(plan.tail_frames + plan.head_frames)
    segments += [parts[-1][1], parts[-1][2]]
    frames += [lengths[-1] - 2 * handles[-1], handles[-1]]
    return ExportParts(segments, [f / fps for f in frames])


def make_windows(
    ctx: RenderContext, windows: Iterable[Window], workers: int | None = None
) -> dict[str, Path | BaseException]:
    """Every distinct window (by key) found stored or encoded, the encodes side by side on
    ``workers`` threads (the machine's cores), one encoder thread each. Returns key -> its file,
    or why it could not be made (the exports that join it fail, the others do not)."""
    distinct: dict[str, Window] = {}
    for window in windows:
        distinct.setdefault(window.key, window)
    made: dict[str, Path | BaseException] = {}
    todo: list[Window] = []
    for key, window in distinct.items():
        url = ctx.find(STAGE_ASSEMBLY, key, "mp4")
        if url:
            made[key] = ctx.media.local_path(url)
        else:
            todo.append(window)
    if not todo:
        return made
    workers = max(1, min(len(todo), workers or ctx.settings.render_workers or os.cpu_count() or 1))
    threads = ctx.settings.encoder_threads or (1 if len(todo) > 1 else 0)
    with ThreadPoolExecutor(workers) as pool:
        encoded = list(pool.map(lambda w: _encode_window(ctx, w, threads), todo))
    made.update(zip([w.key for w in todo], encoded, strict=True))
    return made


def _encode_window(ctx: RenderContext, window: Window, threads: int) -> Path | BaseException:
    plan = window.plan
    try:
        with ctx.workdir() as work:
            clip = transition_clip(
                window.tail,
                window.head,
                plan.kind,
                plan.start,
                plan.frames,
                window.profile,
                work / "t.mp4",
                threads=threads,
                n_tail=plan.tail_frames,
                n_head=plan.head_frames,
            )
            url = ctx.store(clip, STAGE_ASSEMBLY, window.key, "mp4")
    except Exception as exc:  # noqa: BLE001 - the exports that join this window fail, with this
        return exc
    return ctx.media.local_path(url)


__all__ = [
    "ExportParts",
    "Window",
    "export_parts",
    "make_windows",
    "pictures",
    "scene_parts",
    "transition_plans",
]
