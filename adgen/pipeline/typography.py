"""Animated type (issue 17): how a scene's text enters and leaves, chosen by the ad's mood.

The text layer stays one still image, drawn and measured for legibility once (so a text edit
re-renders that layer and its scene pass, and calls no model); the motion is applied by the
scene pass's filter graph: a slide up with a fade, a pop (scaled up from 65 % with a fade), or
word by word (each word's part of the image fading in after the one before). Every text leaves
with a short fade. Between its entrance and its exit the text stands still where the layout put
it: that is the span the pre-flight check looks at (``steady``), while the time it is on screen,
which the reading time is checked against, runs from the start of its entrance to the end of its
exit: the whole scene, or less where it keeps off a transition window
(:mod:`adgen.pipeline.text_span`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

MotionKind = Literal["slide", "pop", "words"]

# The share of a scene the entrance and exit may take together, at most.
MAX_SHARE = 0.4


@dataclass(frozen=True)
class TextMotion:
    """How a text enters (``kind``, over ``enter_sec``; word by word, each word ``stagger_sec``
    after the one before) and leaves (a fade over ``leave_sec``); a slide rises ``rise`` of the
    frame's height. It starts entering at ``start_sec`` and its exit is over at ``end_sec``
    (seconds from the scene's start; None: the scene's end); it is not drawn outside them."""

    kind: MotionKind
    enter_sec: float
    leave_sec: float
    stagger_sec: float = 0.0
    rise: float = 0.0
    start_sec: float = 0.0
    end_sec: float | None = None

    def entered_at(self, parts: int = 1) -> float:
        """When the last of the text is in (seconds from the scene's start)."""
        if self.kind == "words":
            return self.start_sec + self.stagger_sec * max(0, parts - 1) + self.enter_sec
        return self.start_sec + self.enter_sec

    def to_wire(self) -> dict[str, Any]:
        return asdict(self)


# Mood words -> the motion that fits (the first mood word that is known decides).
_MOOD_MOTIONS: tuple[tuple[tuple[str, ...], TextMotion], ...] = (
    (
        ("energetic", "upbeat", "bold", "dynamic", "sporty", "exciting", "hype", "fast"),
        TextMotion("slide", 0.3, 0.2, rise=0.05),
    ),
    (("playful", "fun", "cheerful", "quirky", "pop"), TextMotion("pop", 0.3, 0.2)),
    (
        ("calm", "relaxed", "warm", "fresh", "natural", "soft", "cozy", "gentle"),
        TextMotion("words", 0.3, 0.3, stagger_sec=0.1),
    ),
    (
        ("luxurious", "luxury", "elegant", "premium", "sophisticated"),
        TextMotion("slide", 0.6, 0.35, rise=0.025),
    ),
    (
        ("dramatic", "cinematic", "epic", "intense", "moody", "dark"),
        TextMotion("words", 0.25, 0.25, stagger_sec=0.14),
    ),
    (("professional", "corporate", "modern", "business"), TextMotion("slide", 0.35, 0.25, rise=0.03)),
)
_DEFAULT = TextMotion("slide", 0.35, 0.25, rise=0.04)


def text_motion(
    mood: str, duration_sec: float, parts: int = 1, span: tuple[float, float] | None = None
) -> TextMotion:
    """The motion of a text of ``parts`` words in a scene of ``duration_sec`` for an ad of this
    mood, on screen over ``span`` (start, end in seconds; None: the whole scene); its entrance
    and exit together take at most :data:`MAX_SHARE` of that time (a word by word entrance of a
    long text becomes a slide)."""
    start, end = span if span is not None else (0.0, duration_sec)
    motion = _mood_motion(mood, end - start, parts)
    if span is None:
        return motion
    return replace(motion, start_sec=round(start, 6), end_sec=round(end, 6))


def _mood_motion(mood: str, duration_sec: float, parts: int) -> TextMotion:
    motion = _DEFAULT
    for token in re.findall(r"[a-z]+", mood.lower()):
        found = next((m for words, m in _MOOD_MOTIONS if token in words), None)
        if found is not None:
            motion = found
            break
    budget = MAX_SHARE * duration_sec
    if motion.kind == "words" and (parts < 2 or motion.entered_at(parts) + motion.leave_sec > budget):
        motion = TextMotion("slide", motion.enter_sec, motion.leave_sec, rise=0.03)
    total = motion.enter_sec + motion.leave_sec
    if total > budget:
        k = budget / total
        motion = TextMotion(
            motion.kind, motion.enter_sec * k, motion.leave_sec * k, motion.stagger_sec * k, motion.rise
        )
    return motion


def steady_span(motion: TextMotion, duration_sec: float, parts: int = 1) -> tuple[float, float]:
    """When the text stands whole and still, from the scene's start: after its entrance, before
    its exit."""
    end = motion.end_sec if motion.end_sec is not None else duration_sec
    return round(motion.entered_at(parts), 3), round(end - motion.leave_sec, 3)


__all__ = ["MAX_SHARE", "MotionKind", "TextMotion", "steady_span", "text_motion"]
