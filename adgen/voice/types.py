"""Plain values the voice package passes between its modules: what to say and how, what was
said and when, and the rectangles captions are laid out in.

Times are seconds from the start of the audio they belong to (a scene's speech, or the ad when
shifted with :meth:`WordTiming.shifted`), so a scene's words move with the scene.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from adgen.pipeline.errors import ProviderError

SAMPLE_RATE = 48_000  # every speech file and mix the package writes
EngineName = Literal["espeak", "openai", "piper"]
TimingSource = Literal["engine", "alignment"]


class SpeechError(ProviderError):
    """Speech could not be made (engine missing, empty line, cloud error); the message says what
    to do. A :class:`ProviderError`, so the render treats it like any failed provider."""


@dataclass(frozen=True)
class VoiceSpec:
    """How a line is spoken.

    ``voice`` is the engine's own name (espeak-ng: ``en-us``, ``en-gb+f3``; OpenAI: ``alloy``,
    ``onyx``...; Piper: the voice file). ``rate`` multiplies the natural pace (1.0 is about 2.7
    words a second); ``pitch`` multiplies the voice's normal pitch (0.8 is "deeper").
    """

    engine: EngineName = "espeak"
    voice: str = "en-us"
    rate: float = 1.0
    pitch: float = 1.0

    def __post_init__(self) -> None:
        if not 0.5 <= self.rate <= 2.0:
            raise ValueError(f"voice rate must be between 0.5 and 2.0 (1.0 is natural), got {self.rate:g}")
        if not 0.5 <= self.pitch <= 1.5:
            raise ValueError(f"voice pitch must be between 0.5 and 1.5 (1.0 is natural), got {self.pitch:g}")
        if not self.voice.strip():
            raise ValueError("voice name must not be empty")


@dataclass(frozen=True)
class WordTiming:
    """One written word (a whitespace-separated token of the line) and when it is spoken."""

    text: str
    start: float
    end: float

    def shifted(self, offset: float) -> WordTiming:
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass(frozen=True)
class Speech:
    """A synthesised line: a mono WAV at :data:`SAMPLE_RATE` and its words' times in it.

    ``timing_source`` says where the times came from: the engine's own word events, or forced
    alignment of the audio (cloud and neural voices).
    """

    path: Path
    duration_sec: float
    words: tuple[WordTiming, ...]
    timing_source: TimingSource
    engine: str
    warnings: tuple[str, ...] = ()

    @property
    def speech_end(self) -> float:
        """When the last word ends (the file may carry a little silence after it)."""
        return self.words[-1].end if self.words else 0.0


@dataclass(frozen=True)
class Rect:
    """An axis-aligned box in frame pixels, right and bottom exclusive."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    def intersects(self, other: Rect) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


@dataclass(frozen=True)
class Cue:
    """One caption on screen: up to two lines, and the words it shows (for the highlight style)."""

    start: float
    end: float
    lines: tuple[str, ...]
    words: tuple[WordTiming, ...] = field(default=())

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


__all__ = [
    "SAMPLE_RATE",
    "Cue",
    "EngineName",
    "Rect",
    "Speech",
    "SpeechError",
    "TimingSource",
    "VoiceSpec",
    "WordTiming",
]
