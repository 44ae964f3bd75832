"""How a showcase's product moves (issue 17), chosen by the ad's mood.

Every showcase pushes in over its scene; on top of that an energetic ad's product pops on the
music's beats (a short ease-out bump of its size at each beat inside the scene), a calm ad's
product slowly orbits: it drifts sideways while the background drifts the other way (a parallax),
narrowing a little mid-way as if it turned, and a premium or dramatic ad's product is revealed: in
the scene's first 0.8 s it rises into place from a little below while it comes out of the dark
(fading in from nothing and brightening from black), then pushes in gently. All are ffmpeg
expressions in ``t`` played by the scene pass (:func:`adgen.pipeline.ffmpeg.scene_pass`); nothing is drawn per frame in
Python.

The beats are the music's, known from the document alone: the offline synthesiser plays on its
own grid (:func:`adgen.pipeline.services.audio.local.beat_grid`, what
:func:`adgen.pipeline.assembly.beat_times` returns for it). A music engine that cannot tell its
beats before the track exists (a cloud service, whose beats are detected after it is made, while
the scenes are already rendering) gives none, and its showcases keep the plain push-in.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.pipeline.types import HeroMove, HeroMoveKind, MusicRequest
from adgen.project import AdProject, Scene

# Mood words -> the showcase move (the first mood word that is known decides).
_MOOD_MOVES: tuple[tuple[tuple[str, ...], HeroMoveKind], ...] = (
    (("energetic", "upbeat", "bold", "dynamic", "sporty", "exciting", "hype", "fast"), "pop"),
    (("playful", "fun", "cheerful", "quirky", "pop"), "pop"),
    (("calm", "relaxed", "warm", "fresh", "natural", "soft", "cozy", "gentle"), "orbit"),
    (("luxurious", "luxury", "elegant", "premium", "sophisticated"), "reveal"),
    (("dramatic", "cinematic", "epic", "intense", "moody", "dark"), "reveal"),
)


def move_for_mood(mood: str) -> HeroMoveKind:
    """The move that fits the ad's mood: a pop for lively moods, an orbit for calm ones, a reveal
    for premium or dramatic ones, the plain push-in otherwise."""
    for token in re.findall(r"[a-z]+", mood.lower()):
        found = next((kind for words, kind in _MOOD_MOVES if token in words), None)
        if found is not None:
            return found
    return "push"


def ad_beats(project: AdProject, music: Any) -> list[float]:
    """The music's beats over the whole ad (seconds), when the engine can tell them before the
    track is made (``music.beats``; the offline synthesiser's grid); otherwise none."""
    beats = getattr(music, "beats", None)
    if not callable(beats):
        return []
    request = MusicRequest(mood=project.audio.mood, duration_sec=project.duration_sec, seed=project.seed)
    return [float(t) for t in beats(request)]


def scene_start(project: AdProject, scene: Scene) -> float:
    """When the scene starts in the ad (seconds): the scenes play one after another."""
    start = 0.0
    for other in project.scenes:
        if other.id == scene.id:
            return start
        start += other.duration_sec
    raise KeyError(scene.id)


def scene_beats(beats: list[float], start: float, duration_sec: float) -> tuple[float, ...]:
    """The beats that fall inside a scene, from its start (ms precision: part of a cache key)."""
    return tuple(round(b - start, 3) for b in beats if start <= b < start + duration_sec)


def hero_move(project: AdProject, scene: Scene, music: Any) -> HeroMove:
    """The move of ``scene``'s product when it is the hero (a showcase), by the ad's mood and the
    beats of its music; a pop without beats in the scene falls back to the push-in."""
    if scene.role != "showcase":
        return HeroMove()
    kind = move_for_mood(project.style.mood)
    if kind != "pop":
        return HeroMove(kind)
    beats = scene_beats(ad_beats(project, music), scene_start(project, scene), scene.duration_sec)
    return HeroMove("pop", beats) if beats else HeroMove()


__all__ = [
    "ad_beats",
    "hero_move",
    "move_for_mood",
    "scene_beats",
    "scene_start",
]
