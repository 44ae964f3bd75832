"""The offline music provider: a small numpy synthesiser that writes a track for a mood.

The mood picks an arrangement (tempo, key and mode, which instruments play and how busy they
are): upbeat moods get a fast major groove with drums, calm ones a slow pad, dramatic ones a
low minor pulse, luxurious ones soft chords with a bell arpeggio. The seed picks the key, the
chord progression and the small variations, so the same request always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import math
import re
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from adgen.pipeline.atomic import atomic_output
from adgen.pipeline.types import MusicRequest

SAMPLE_RATE = 44100
PEAK = 10 ** (-1.5 / 20)  # normalise to -1.5 dBFS: headroom for the AAC encoder


@dataclass(frozen=True)
class Arrangement:
    """What plays: the numbers a mood turns into."""

    bpm: float
    minor: bool
    root: int  # MIDI note of the key's tonic, bass octave
    kick: str  # "none" | "four" (every beat) | "half" (beats 1 and 3, deep)
    snare: bool
    hats: int  # hits per beat: 0, 2 or 4
    bass: int  # notes per beat: 0 (none), 1, 2
    pad: float  # level
    arp: int  # notes per beat: 0, 1, 2, 4
    arp_voice: str  # "pluck" | "bell"
    pad_harmonics: int
    bars_per_chord: int
    fade_in: float


_ARRANGEMENTS: dict[str, Arrangement] = {
    "upbeat": Arrangement(122, False, 40, "four", True, 2, 2, 0.45, 4, "pluck", 7, 1, 0.05),
    "energetic": Arrangement(128, False, 38, "four", True, 4, 2, 0.4, 4, "pluck", 8, 1, 0.05),
    "calm": Arrangement(72, False, 41, "none", False, 0, 1, 0.8, 1, "bell", 4, 2, 1.5),
    "dramatic": Arrangement(88, True, 33, "half", False, 0, 1, 0.75, 2, "pluck", 9, 1, 0.8),
    "luxurious": Arrangement(94, False, 39, "none", False, 2, 1, 0.6, 2, "bell", 5, 1, 0.8),
    "inspiring": Arrangement(104, False, 41, "half", False, 2, 2, 0.6, 2, "pluck", 6, 1, 0.5),
}
_MOOD_WORDS: dict[str, tuple[str, ...]] = {
    "energetic": (
        "energetic",
        "energy",
        "intense",
        "hype",
        "party",
        "sport",
        "sporty",
        "action",
        "fast",
        "driving",
        "edm",
        "dance",
    ),
    "upbeat": (
        "upbeat",
        "happy",
        "fun",
        "playful",
        "cheerful",
        "bright",
        "summer",
        "summery",
        "tropical",
        "pop",
        "exciting",
        "bold",
    ),
    "calm": (
        "calm",
        "relaxed",
        "relaxing",
        "chill",
        "peaceful",
        "soft",
        "ambient",
        "serene",
        "gentle",
        "dreamy",
        "slow",
        "mellow",
        "warm",
    ),
    "dramatic": (
        "dramatic",
        "epic",
        "cinematic",
        "dark",
        "tense",
        "suspense",
        "mysterious",
        "powerful",
        "moody",
    ),
    "luxurious": (
        "luxurious",
        "luxury",
        "elegant",
        "sophisticated",
        "premium",
        "classy",
        "jazzy",
        "smooth",
        "romantic",
    ),
    "inspiring": (
        "inspiring",
        "inspirational",
        "uplifting",
        "hopeful",
        "emotional",
        "heartfelt",
        "corporate",
        "optimistic",
    ),
}

_MAJOR = (0, 2, 4, 5, 7, 9, 11)
_MINOR = (0, 2, 3, 5, 7, 8, 10)
_PROGRESSIONS_MAJOR = ((0, 4, 5, 3), (0, 5, 3, 4), (5, 3, 0, 4), (0, 3, 4, 3))
_PROGRESSIONS_MINOR = ((0, 5, 2, 6), (0, 3, 5, 4), (0, 6, 5, 6))


def arrangement_for(mood: str) -> Arrangement:
    """The arrangement of a mood: the first mood word found wins, upbeat by default."""
    for token in re.findall(r"[a-z]+", mood.lower()):
        for name, words in _MOOD_WORDS.items():
            if token in words:
                return _ARRANGEMENTS[name]
    return _ARRANGEMENTS["upbeat"]


def _hz(midi: float) -> float:
    return 440.0 * 2 ** ((midi - 69) / 12)


def _wavetable(harmonics: int, size: int = 4096) -> np.ndarray:
    """One period of a band-limited, slightly soft sawtooth."""
    phase = np.arange(size) / size * 2 * math.pi
    table = sum(np.sin(n * phase) / n**1.3 for n in range(1, harmonics + 1))
    return (table / np.abs(table).max()).astype(np.float32)


class _Synth:
    def __init__(self, arr: Arrangement, n: int, rng: np.random.Generator) -> None:
        self.arr, self.n, self.rng = arr, n, rng
        self.left = np.zeros(n + SAMPLE_RATE, np.float32)  # a second of tail room
        self.right = np.zeros(n + SAMPLE_RATE, np.float32)
        self.beat = 60.0 / arr.bpm * SAMPLE_RATE

    def add(self, start: int, sound: np.ndarray, gain: float, pan: float = 0.0) -> None:
        if start >= self.n or start < 0:
            return
        end = min(start + len(sound), len(self.left))
        part = sound[: end - start]
        self.left[start:end] += part * (gain * math.sqrt(0.5 * (1 - pan)))
        self.right[start:end] += part * (gain * math.sqrt(0.5 * (1 + pan)))

    def beats(self) -> int:
        return int(math.ceil(self.n / self.beat)) + 1


def _envelope(length: int, attack: float, decay: float, release: float = 0.01) -> np.ndarray:
    """Attack ramp, exponential decay, and a release ramp so no note ends in a click."""
    t = np.arange(length, dtype=np.float32) / SAMPLE_RATE
    env = np.exp(-t / decay).astype(np.float32)
    a = min(max(1, int(attack * SAMPLE_RATE)), length)
    env[:a] *= np.linspace(0, 1, a, dtype=np.float32)
    r = min(max(1, int(release * SAMPLE_RATE)), length - a)
    if r > 0:
        env[length - r :] *= np.linspace(1, 0, r, dtype=np.float32)
    return env


def _kick(deep: bool) -> np.ndarray:
    dur = 0.5 if deep else 0.3
    t = np.arange(int(dur * SAMPLE_RATE), dtype=np.float32) / SAMPLE_RATE
    f_hi, f_lo = (110.0, 38.0) if deep else (150.0, 48.0)
    freq = f_lo + (f_hi - f_lo) * np.exp(-t / 0.04)
    phase = 2 * math.pi * np.cumsum(freq) / SAMPLE_RATE
    body = np.sin(phase) * np.exp(-t / (0.22 if deep else 0.12))
    click = np.exp(-t / 0.004) * 0.3
    return np.tanh(1.5 * (body + click)).astype(np.float32)


def _noise_hit(rng: np.random.Generator, dur: float, decay: float, highpass: bool) -> np.ndarray:
    noise = rng.standard_normal(int(dur * SAMPLE_RATE)).astype(np.float32)
    if highpass:
        noise = np.diff(noise, prepend=0.0).astype(np.float32) * 0.5
    else:  # a snare/clap body: a little lowpass
        noise = np.convolve(noise, np.ones(3, np.float32) / 3, mode="same")
    return noise * _envelope(len(noise), 0.001, decay)


def _tone(
    freq: float,
    dur: float,
    table: np.ndarray,
    attack: float,
    decay: float,
    detune: float = 0.0,
    release: float = 0.01,
) -> np.ndarray:
    n = int(dur * SAMPLE_RATE)
    idx = (np.arange(n, dtype=np.float64) * (freq * (1 + detune) * len(table) / SAMPLE_RATE)) % len(table)
    return table[idx.astype(np.int64)] * _envelope(n, attack, decay, release)


def _bell(freq: float, dur: float) -> np.ndarray:
    t = np.arange(int(dur * SAMPLE_RATE), dtype=np.float32) / SAMPLE_RATE
    tone = np.sin(2 * math.pi * freq * t) + 0.35 * np.sin(2 * math.pi * freq * 2.76 * t) * np.exp(-t / 0.15)
    return (tone * _envelope(len(t), 0.004, 0.6, 0.05)).astype(np.float32)


def _render(arr: Arrangement, n: int, rng: np.random.Generator) -> np.ndarray:
    s = _Synth(arr, n, rng)
    scale = _MINOR if arr.minor else _MAJOR
    progs = _PROGRESSIONS_MINOR if arr.minor else _PROGRESSIONS_MAJOR
    prog = progs[int(rng.integers(len(progs)))]
    root = arr.root + int(rng.integers(-2, 3))

    def chord(degree: int) -> list[int]:
        notes = []
        for step in (0, 2, 4, 6) if not arr.minor or arr.arp_voice == "bell" else (0, 2, 4):
            k = degree + step
            notes.append(root + 12 * (k // 7) + scale[k % 7])
        return notes

    beat = s.beat
    beats_per_chord = 4 * arr.bars_per_chord
    pad_table, pluck_table, bass_table = _wavetable(arr.pad_harmonics), _wavetable(3), _wavetable(2)
    kick, hat = _kick(arr.kick == "half"), _noise_hit(rng, 0.08, 0.018, True)
    open_hat, snare = _noise_hit(rng, 0.25, 0.06, True), _noise_hit(rng, 0.3, 0.07, False)
    arp_pattern = [0, 1, 2, 1] if rng.random() < 0.5 else [0, 2, 1, 2]
    total_beats = s.beats()
    for b in range(total_beats):
        start = int(round(b * beat))
        notes = chord(prog[(b // beats_per_chord) % len(prog)])
        in_bar = b % 4
        if b % beats_per_chord == 0 and arr.pad > 0:
            dur = beats_per_chord * beat / SAMPLE_RATE + 0.6
            for note in notes:
                f = _hz(note + 24)
                for det, pan in ((-0.0025, -0.6), (0.0025, 0.6)):
                    s.add(start, _tone(f, dur, pad_table, 0.35, dur * 1.6, det, 0.6), arr.pad * 0.11, pan)
        if arr.kick == "four" or (arr.kick == "half" and in_bar in (0, 2)):
            s.add(start, kick, 0.9)
        if arr.kick == "half" and in_bar == 3 and (b // 4) % 2 == 1:
            s.add(int(round((b + 0.5) * beat)), kick, 0.55)
        if arr.snare and in_bar in (1, 3):
            s.add(start, snare, 0.38)
        for h in range(arr.hats):
            pos = int(round((b + h / arr.hats) * beat))
            offbeat = h == arr.hats // 2
            s.add(pos, open_hat if offbeat and arr.hats == 2 else hat, 0.22 if offbeat else 0.12, 0.3)
        for k in range(arr.bass):
            pos = int(round((b + k / arr.bass) * beat))
            dur = beat / arr.bass / SAMPLE_RATE * 0.95
            octave = 12 if (arr.bass == 2 and k == 1 and arr.kick == "four") else 0
            s.add(pos, np.tanh(1.6 * _tone(_hz(notes[0] + octave), dur, bass_table, 0.005, dur * 0.7)), 0.42)
        for k in range(arr.arp):
            pos = int(round((b + k / arr.arp) * beat))
            step = b * arr.arp + k
            note = notes[arp_pattern[step % len(arp_pattern)] % len(notes)] + 36
            dur = beat / arr.arp / SAMPLE_RATE * 1.8
            sound = (
                _bell(_hz(note), max(dur, 0.6))
                if arr.arp_voice == "bell"
                else _tone(_hz(note), dur, pluck_table, 0.003, dur * 0.35)
            )
            s.add(pos, sound, 0.16 if arr.arp_voice == "pluck" else 0.13, -0.35 if step % 2 else 0.35)
    return np.stack([s.left[:n], s.right[:n]])


def _finish(audio: np.ndarray, arr: Arrangement, duration: float) -> np.ndarray:
    n = audio.shape[1]
    fade_in = min(int(arr.fade_in * SAMPLE_RATE), n // 4)
    fade_out = min(int(min(2.0, duration * 0.15) * SAMPLE_RATE), n // 3)
    env = np.ones(n, np.float32)
    if fade_in:
        env[:fade_in] = np.linspace(0, 1, fade_in, dtype=np.float32) ** 2
    if fade_out:
        env[n - fade_out :] *= np.linspace(1, 0, fade_out, dtype=np.float32) ** 1.5
    audio = np.tanh(audio * 1.2) * env  # gentle glue; keeps transients from dominating the peak
    peak = float(np.abs(audio).max())
    if peak > 0:
        audio *= PEAK / peak
    return audio


def _write_wav(audio: np.ndarray, out_path: Path) -> None:
    pcm = np.clip(np.round(audio.T * 32767), -32768, 32767).astype("<i2")
    with atomic_output(out_path) as tmp, wave.open(str(tmp), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())


def beat_grid(mood: str, duration_sec: float) -> list[float]:
    """The beats of the track a mood gets, in seconds: the synthesiser plays on this grid from
    t = 0 (its tempo is the arrangement's), so transitions can land on it."""
    step = 60.0 / arrangement_for(mood).bpm
    return [round(i * step, 6) for i in range(int(duration_sec / step) + 1) if i * step <= duration_sec]


class LocalAudioEngine:
    """Offline, deterministic music: 44.1 kHz stereo 16-bit WAV of exactly the asked length."""

    name = "local"
    model = "synth-v1"
    version = 1  # bump when the same request would give a different track (part of the cache key)

    def generate(self, request: MusicRequest, out_path: Path) -> Path:
        if not request.duration_sec > 0:
            raise ValueError("music duration must be positive")
        n = int(round(request.duration_sec * SAMPLE_RATE))
        arr = arrangement_for(request.mood)
        key = f"{request.seed}|{request.mood.strip().lower()}".encode()
        rng = np.random.default_rng(int.from_bytes(hashlib.sha256(key).digest()[:8], "little"))
        audio = _finish(_render(arr, n, rng), arr, request.duration_sec)
        _write_wav(audio, Path(out_path))
        return Path(out_path)

    def beats(self, request: MusicRequest) -> list[float]:
        """The beat grid of the track :meth:`generate` makes for this request."""
        return beat_grid(request.mood, request.duration_sec)


__all__ = ["Arrangement", "LocalAudioEngine", "SAMPLE_RATE", "arrangement_for", "beat_grid"]
