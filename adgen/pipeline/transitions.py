"""Scene changes: which transition fits the mood, and where it lands on the music's beats.

The document's scene durations are the contract: a boundary stays where the document puts it,
and so does the total length. What moves is the transition around it: its middle (the cut, or
the half-way point of a blend) snaps to the nearest beat within :data:`SNAP_WINDOW` of the
boundary (else to the nearest half beat). Snapping at assembly rather than planning the
durations onto the beat keeps every edit's durations exactly as the marketer said them, and
needs no re-plan when the music changes; the cost is that near a boundary one scene holds its
first or last frame for at most a quarter of a second while the blend runs.

Every scene pass is encoded with key frames :func:`handle_frames` from each end, so the
assembly can cut a scene's head and tail off by stream copy, re-encode only the short window
around each boundary (the transition clip) and stream-copy everything else: a text edit
re-encodes its own scene and the two short windows beside it, nothing more.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Half a transition window at most: the head and tail of a scene that a boundary's clip
# re-encodes (a quarter of the scene when it is short).
HANDLE_SEC = 0.5
# How far from the boundary a transition may move to sit on a beat.
SNAP_WINDOW = 0.25


def handle_frames(duration_sec: float, fps: int, mood: str | None = None) -> int:
    """Frames cut off each end of a scene pass for the transition windows. With the ad's
    ``mood`` only as many as its transitions can reach: the beat moves a transition's middle at
    most :data:`SNAP_WINDOW` (and half a frame) from the boundary, and the blend runs half its
    length each side of that, so an energetic ad's 0.24 s slides need 12 frames at 30 fps, not
    15 (a dramatic ad's cuts, 9). Every handle frame is encoded twice (in the scene pass and in its window), so each one
    saved is one encode less per boundary and export."""
    frames = max(1, round(duration_sec * fps))
    wanted = round(HANDLE_SEC * fps)
    if mood is not None:
        snap = math.ceil(SNAP_WINDOW * fps + 0.5)
        # Half a blend each side of its middle; a cut needs one frame of each scene.
        half = max(
            1 if t.kind == "cut" else math.ceil(max(2, round(t.duration * fps)) / 2)
            for t in transitions_for(mood, 2)
        )
        wanted = min(wanted, snap + half)
    return max(1, min(wanted, frames // 4))


def keyframe_times(duration_sec: float, fps: int, mood: str | None = None) -> list[float]:
    """Where a scene pass needs key frames: at the end of its head and the start of its tail
    (:func:`handle_frames`, by the ad's ``mood`` when given)."""
    frames = max(1, round(duration_sec * fps))
    handle = handle_frames(duration_sec, fps, mood)
    return [handle / fps, (frames - handle) / fps]


@dataclass(frozen=True)
class Transition:
    """One boundary's transition: ``kind`` is an ffmpeg xfade transition name or "cut"."""

    kind: str
    duration: float  # seconds (0 for a cut)


# Mood words -> the transitions that fit, used in turn from one boundary to the next.
_MOOD_TRANSITIONS: tuple[tuple[tuple[str, ...], tuple[Transition, ...]], ...] = (
    (
        ("energetic", "upbeat", "bold", "dynamic", "sporty", "exciting", "hype", "fast"),
        (Transition("slideleft", 0.24), Transition("slideup", 0.24)),
    ),
    (
        ("playful", "fun", "cheerful", "quirky", "pop"),
        (Transition("circleopen", 0.36), Transition("slideup", 0.28)),
    ),
    (
        ("dramatic", "cinematic", "epic", "intense", "moody", "dark"),
        (Transition("cut", 0.0),),
    ),
    (
        ("luxurious", "luxury", "elegant", "premium", "sophisticated"),
        (Transition("fadeblack", 0.5),),
    ),
    (
        ("professional", "corporate", "modern", "business"),
        (Transition("smoothleft", 0.36), Transition("cut", 0.0)),
    ),
)
_DEFAULT = (Transition("fade", 0.48),)  # calm, relaxed, warm, fresh and anything else


def transitions_for(mood: str, boundaries: int) -> list[Transition]:
    """The transition of each boundary for an ad of this mood (the first mood word decides)."""
    options = _DEFAULT
    for token in re.findall(r"[a-z]+", mood.lower()):
        found = next((t for words, t in _MOOD_TRANSITIONS if token in words), None)
        if found:
            options = found
            break
    return [options[i % len(options)] for i in range(boundaries)]


def snap_to_beat(boundary: float, beats: list[float], fps: int) -> float:
    """The time the transition's middle lands on: the beat nearest the boundary within the
    window, else the nearest half beat, else the boundary; on the frame grid."""
    chosen = boundary
    if len(beats) >= 2:
        near = min(beats, key=lambda b: abs(b - boundary))
        if abs(near - boundary) <= SNAP_WINDOW:
            chosen = near
        else:
            step = (beats[-1] - beats[0]) / (len(beats) - 1)
            halves = [b + step / 2 for b in beats]
            half = min(halves, key=lambda b: abs(b - boundary))
            if abs(half - boundary) <= SNAP_WINDOW:
                chosen = half
    return round(chosen * fps) / fps


@dataclass(frozen=True)
class TransitionPlan:
    """Where one boundary's clip sits and what happens in it, in frames of the export."""

    kind: str
    tail_frames: int  # frames of the scene before, from the window's start to the boundary
    head_frames: int  # frames of the scene after, from the boundary to the window's end
    start: int  # first frame of the blend (or the cut), counted from the window's start
    frames: int  # length of the blend in frames (0 for a cut)


def plan_transition(
    transition: Transition, boundary: float, beat: float, tail_frames: int, head_frames: int, fps: int
) -> TransitionPlan:
    """Centre the transition on ``beat``, kept inside the window around ``boundary``."""
    window = tail_frames + head_frames
    middle = tail_frames + round((beat - boundary) * fps)
    frames = 0 if transition.kind == "cut" else max(2, round(transition.duration * fps))
    frames = min(frames, window - 2)
    start = middle - frames // 2
    start = max(1 if frames == 0 else 0, min(start, window - frames - (1 if frames == 0 else 0)))
    return TransitionPlan(transition.kind, tail_frames, head_frames, start, frames)


__all__ = [
    "HANDLE_SEC",
    "SNAP_WINDOW",
    "Transition",
    "TransitionPlan",
    "handle_frames",
    "keyframe_times",
    "plan_transition",
    "snap_to_beat",
    "transitions_for",
]
