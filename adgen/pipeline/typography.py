"""Animated type (issue 17): how a scene's text enters and leaves, chosen by the ad's mood.

The text layer stays one still image, drawn and measured for legibility once (so a text edit
re-renders that layer and its scene pass, and calls no model); the motion is applied by the
scene pass's filter graph: a slide up with a fade, a pop (scaled up from 65 % with a fade), or
word by word (each word's part of the image fading in after the one before). Every text leaves
with a short fade. Between its entrance and its exit the text stands still where the layout put
it: that is the span the pre-flight check looks at (``steady``), while the time it is on screen,
which the reading time is checked against, is the whole scene.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Literal

MotionKind = Literal["slide", "pop", "words"]

# The share of a scene the entrance and exit may take together, at most.
MAX_SHARE = 0.4


@dataclass(frozen=True)
class TextMotion:
    """How a text enters (``kind``, over ``enter_sec``; word by word, each word ``stagger_sec``
    after the one before) and leaves (a fade over ``leave_sec``); a slide rises ``rise`` of the
    frame's height."""

    kind: MotionKind
    enter_sec: float
    leave_sec: float
    stagger_sec: float = 0.0
    rise: float = 0.0

    def entered_at(self, parts: int = 1) -> float:
        """When the last of the text is in (seconds from the scene's start)."""
        if self.kind == "words":
            return self.stagger_sec * max(0, parts - 1) + self.enter_sec
        return self.enter_sec

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


def text_motion(mood: str, duration_sec: float, parts: int = 1) -> TextMotion:
    """The motion of a text of ``parts`` words in a scene of ``duration_sec`` for an ad of this
    mood; its entrance and exit together take at most :data:`MAX_SHARE` of the scene (a word by
    word entrance of a long text becomes a slide)."""
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
    return round(motion.entered_at(parts), 3), round(duration_sec - motion.leave_sec, 3)


__all__ = ["MAX_SHARE", "MotionKind", "TextMotion", "steady_span", "text_motion"]
