"""When a scene's text is on screen: off the frames its transition windows re-encode, where it can be.

Each boundary's window (:mod:`adgen.pipeline.windows`) is the last handle frames of one scene
pass and the first handle frames of the next, blended and encoded on their own. A text on those
frames makes its window depend on its words, so a text edit would re-encode the two windows
beside its scene as well as its pass. A text that enters once the incoming window is over and is
gone before the outgoing one starts leaves those frames to the picture alone: the window is then
keyed by the picture without the text (:func:`adgen.pipeline.keys.picture_key`) and a text edit
reuses it. It is also the cleaner motion: no words smeared across a whip or a crossfade.

A side keeps its text (as before) where there is no window to spare (the hook's start, the end
card's end: those texts stay as long as they can), at a hard cut (the text reads up to the cut),
and where giving the handle up would leave the text less time than it needs to be read (words / 3
+ 0.5 s, :func:`adgen.preflight.legibility.reading_time`): both sides first, then the incoming
side alone, then the outgoing side alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from adgen.pipeline.ffmpeg import frame_count
from adgen.pipeline.transitions import handle_frames, transitions_for
from adgen.preflight.layout import end_card_copy
from adgen.preflight.legibility import reading_time
from adgen.project import AdProject, Scene


@dataclass(frozen=True)
class TextSpan:
    """When the text is on screen, in seconds from the scene's start: it starts entering at
    ``start`` and its exit is over at ``end``. ``clear_head`` / ``clear_tail``: the head / tail
    handle frames of the scene pass show no text (their windows are keyed without it)."""

    start: float
    end: float
    clear_head: bool = False
    clear_tail: bool = False

    @property
    def seconds(self) -> float:
        return self.end - self.start

    def to_key(self) -> list[float]:
        return [round(self.start, 6), round(self.end, 6)]


def needed_seconds(project: AdProject, scene: Scene) -> float:
    """The longest reading time of the texts the scene shows (an end card's headline and button
    are read as texts of their own)."""
    texts = [scene.overlay.text]
    card = end_card_copy(project, scene)
    if card is not None:
        texts += [card.headline, card.button]
    return max(reading_time(t) for t in texts)


def _windowed_sides(project: AdProject, index: int) -> tuple[bool, bool]:
    """Whether the scene at ``index`` has a blended window before it and after it (a hard cut's
    window keeps the text, as before)."""
    kinds = [t.kind for t in transitions_for(project.style.mood, len(project.scenes) - 1)]
    before = index > 0 and kinds[index - 1] != "cut"
    after = index < len(project.scenes) - 1 and kinds[index] != "cut"
    return before, after


def text_span(project: AdProject, scene: Scene, fps: int) -> TextSpan:
    """The scene's text span at ``fps`` (a scene not in the project keeps its whole length)."""
    duration = scene.duration_sec
    index = next((i for i, s in enumerate(project.scenes) if s.id == scene.id), None)
    if index is None or len(project.scenes) < 2:
        return TextSpan(0.0, duration)
    before, after = _windowed_sides(project, index)
    if not (before or after):
        return TextSpan(0.0, duration)
    frames = frame_count(duration, fps)
    handle = handle_frames(duration, fps, project.style.mood)
    need = needed_seconds(project, scene)
    for head, tail in ((before, after), (before, False), (False, after)):
        if not (head or tail):
            continue
        start = handle / fps if head else 0.0
        end = (frames - handle) / fps if tail else duration
        if end - start >= need - 1e-6:
            return TextSpan(start, end, head, tail)
    return TextSpan(0.0, duration)


__all__ = ["TextSpan", "needed_seconds", "text_span"]
