"""Where each scene's speech sits in time: a short lead-in after the cut, the scene's words in
scene time (for its burned-in captions) and in ad time (for the subtitle files and the mix),
and whether the speech fits its scene or the scene must stretch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from adgen.voice.cues import MAX_CHARS, MAX_LINES, build_cues
from adgen.voice.mix import SpeechPlacement
from adgen.voice.script import LEAD_IN_SEC, TAIL_SEC, scene_duration_for
from adgen.voice.types import Cue, Speech, WordTiming


@dataclass(frozen=True)
class SceneSpeech:
    """One scene's synthesised line and the scene's place in the ad."""

    scene_id: str
    start_sec: float  # the scene's start in the ad
    duration_sec: float
    speech: Speech

    @property
    def offset_sec(self) -> float:
        """Where the speech file starts in the ad: the scene start plus the lead-in."""
        return self.start_sec + LEAD_IN_SEC


@dataclass(frozen=True)
class Fit:
    """Whether a scene holds its speech; if not, how long it must be, and a sentence for the user."""

    fits: bool
    needed_sec: float
    message: str | None


def check_fit(scene_id: str, speech: Speech, duration_sec: float) -> Fit:
    """Speech longer than its scene (lead-in and breath included) needs the scene stretched:
    the render stretches it and says so, or the agent asks first."""
    spoken = speech.speech_end
    if spoken + LEAD_IN_SEC + TAIL_SEC <= duration_sec + 1e-6:
        return Fit(True, duration_sec, None)
    needed = scene_duration_for(spoken)
    return Fit(
        False,
        needed,
        f"The voice-over of {scene_id} takes {spoken:.1f}s, longer than the {duration_sec:g}s scene; "
        f"the scene was stretched to {needed:g}s (shorten the line to keep the old length).",
    )


def scene_words(speech: Speech) -> list[WordTiming]:
    """The scene's words in scene time (what its caption layer shows)."""
    return [w.shifted(LEAD_IN_SEC) for w in speech.words]


def scene_cues(
    speech: Speech, duration_sec: float, max_chars: int = MAX_CHARS, max_lines: int = MAX_LINES
) -> list[Cue]:
    """The scene's caption cues in scene time, none running past the cut."""
    return build_cues(scene_words(speech), max_chars=max_chars, max_lines=max_lines, end_limit=duration_sec)


def ad_cues(
    scenes: Sequence[SceneSpeech], max_chars: int = MAX_CHARS, max_lines: int = MAX_LINES
) -> list[Cue]:
    """Every scene's cues in ad time (for the .srt and .vtt), a scene's cues ending at its cut."""
    cues: list[Cue] = []
    for scene in scenes:
        for cue in scene_cues(scene.speech, scene.duration_sec, max_chars, max_lines):
            words = tuple(w.shifted(scene.start_sec) for w in cue.words)
            cues.append(Cue(cue.start + scene.start_sec, cue.end + scene.start_sec, cue.lines, words))
    return cues


def placements(scenes: Sequence[SceneSpeech]) -> list[SpeechPlacement]:
    """The speech files at their ad times, for :func:`adgen.voice.mix.mix_voiceover`."""
    return [SpeechPlacement(s.offset_sec, s.speech.path) for s in scenes]


__all__ = ["Fit", "SceneSpeech", "ad_cues", "check_fit", "placements", "scene_cues", "scene_words"]
