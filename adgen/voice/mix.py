"""The ad's sound with a voice: each scene's speech placed at its time, the music ducked under
it, then the whole normalised to the loudness target.

Ducking is gain automation computed from the speech itself rather than ffmpeg's
``sidechaincompress``: a compressor's depth depends on how far the music's level sits above
its threshold, so it cannot promise a depth, and without a delay line it always reacts after
the first syllable. Here the voice's 10 ms envelope marks where speech is (short gaps between
words held, so the music does not pump), the mark is moved 80 ms earlier (look-ahead), and the
music gain moves to ``-duck_db`` with a fast attack and a slow release. The depth is therefore
exactly what is asked while the voice speaks, and measurable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from adgen.voice.loudness import normalise_loudness
from adgen.voice.pcm import decode, frame_rms_db, read_wav, resample, to_mono, write_wav
from adgen.voice.types import SAMPLE_RATE

DUCK_DB = 12.0
HOP_SEC = 0.01
HOLD_SEC = 0.3  # gaps between words shorter than this keep the music down
LOOKAHEAD_SEC = 0.08
ATTACK_SEC = 0.06
RELEASE_SEC = 0.35
VOICE_RMS_DB = -18.0  # level of speech while it sounds, before the final normalisation
MUSIC_RMS_DB = -21.0  # level of the music bed at volume 1.0, before ducking
SPEECH_FLOOR_DB = 35.0  # a 10 ms frame within this of the voice's peak is speech


@dataclass(frozen=True)
class SpeechPlacement:
    """One scene's speech file and where it starts in the ad (seconds)."""

    offset_sec: float
    path: Path


@dataclass(frozen=True)
class MixResult:
    path: Path
    duration_sec: float
    duck_db: float
    speech_spans: tuple[tuple[float, float], ...]  # where the music is down, seconds


def _level_db(samples: np.ndarray, active: np.ndarray | None = None) -> float:
    mono = to_mono(samples).astype(np.float64)
    if active is not None:
        mono = mono[active]
    return float(10 * np.log10(np.mean(mono * mono) + 1e-12)) if mono.size else -120.0


def voice_track(placements: Sequence[SpeechPlacement], duration_sec: float) -> np.ndarray:
    """Every scene's speech on one mono timeline of ``duration_sec``, each line levelled to
    :data:`VOICE_RMS_DB` over its sounding part (engines differ by 10 dB and more)."""
    track = np.zeros(int(round(duration_sec * SAMPLE_RATE)), np.float32)
    for placement in placements:
        samples, rate = read_wav(placement.path)
        speech = resample(to_mono(samples), rate, SAMPLE_RATE)
        levels = np.repeat(frame_rms_db(speech, SAMPLE_RATE, HOP_SEC), int(SAMPLE_RATE * HOP_SEC))
        sounding = np.zeros(len(speech), bool)
        sounding[: len(levels)] = levels > levels.max() - SPEECH_FLOOR_DB
        gain = 10 ** ((VOICE_RMS_DB - _level_db(speech, sounding)) / 20)
        start = int(round(placement.offset_sec * SAMPLE_RATE))
        if start >= len(track):
            continue
        piece = (speech * gain)[: len(track) - start]
        track[start : start + len(piece)] += piece
    return track


def speech_mask(voice: np.ndarray) -> np.ndarray:
    """Per 10 ms frame: is the voice speaking (gaps shorter than the hold filled in)?"""
    levels = frame_rms_db(voice, SAMPLE_RATE, HOP_SEC)
    if levels.max() < -90:
        return np.zeros(len(levels), bool)
    active = levels > levels.max() - SPEECH_FLOOR_DB
    hold = int(HOLD_SEC / HOP_SEC)
    idx = np.nonzero(active)[0]
    for a, b in zip(idx[:-1], idx[1:], strict=True):
        if 1 < b - a <= hold:
            active[a:b] = True
    return active


def duck_gain(mask: np.ndarray, samples: int, duck_db: float = DUCK_DB) -> np.ndarray:
    """The music's gain per sample: ``-duck_db`` where the mask (shifted earlier by the
    look-ahead) says speech, 0 dB elsewhere, moving with the attack and release times."""
    shift = int(LOOKAHEAD_SEC / HOP_SEC)
    ahead = mask.copy()
    if shift:
        ahead[:-shift] |= mask[shift:]
    target = np.where(ahead, -duck_db, 0.0)
    smooth = np.empty_like(target)
    down, up = 1 - np.exp(-HOP_SEC / ATTACK_SEC), 1 - np.exp(-HOP_SEC / RELEASE_SEC)
    level = 0.0
    for i, goal in enumerate(target):
        level += (goal - level) * (down if goal < level else up)
        smooth[i] = level
    hop = int(SAMPLE_RATE * HOP_SEC)
    per_sample = np.interp(np.arange(samples) / hop, np.arange(len(smooth)), smooth)
    return (10 ** (per_sample / 20)).astype(np.float32)


def _spans(mask: np.ndarray) -> tuple[tuple[float, float], ...]:
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    return tuple((round(a * HOP_SEC, 3), round(b * HOP_SEC, 3)) for a, b in zip(starts, ends, strict=True))


def music_bed(music: Path | None, duration_sec: float, volume: float) -> np.ndarray:
    """The music as stereo at 48 kHz, levelled, cut or padded to the ad and faded out at the end
    (as the soundtrack without a voice is), times ``volume``."""
    n = int(round(duration_sec * SAMPLE_RATE))
    if music is None:
        return np.zeros((n, 2), np.float32)
    bed = decode(Path(music), channels=2)[:n]
    bed = np.pad(bed, ((0, n - len(bed)), (0, 0)))
    bed *= 10 ** ((MUSIC_RMS_DB - _level_db(bed)) / 20) * max(0.0, volume)
    fade = min(int(SAMPLE_RATE), n // 4)
    if fade:
        bed[n - fade :] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)[:, None]
    return bed.astype(np.float32)


def mix_voiceover(
    music: Path | None,
    placements: Sequence[SpeechPlacement],
    duration_sec: float,
    out_path: Path,
    *,
    volume: float = 0.8,
    duck_db: float = DUCK_DB,
) -> MixResult:
    """The ad's final sound: speech over the ducked music, normalised to -14 LUFS / -1 dBTP, as
    a 48 kHz stereo WAV at ``out_path`` (what the soundtrack encode takes instead of the music)."""
    if duration_sec <= 0:
        raise ValueError("duration_sec must be positive")
    voice = voice_track(placements, duration_sec)
    bed = music_bed(music, duration_sec, volume)
    mask = speech_mask(voice)
    mixed = bed * duck_gain(mask, len(bed), duck_db)[:, None] + voice[:, None]
    out_path = Path(out_path)
    raw = out_path.with_name(f".{out_path.stem}.premix.wav")
    try:
        write_wav(raw, mixed / max(1.0, float(np.abs(mixed).max()) / 0.99))
        normalise_loudness(raw, out_path)
    finally:
        raw.unlink(missing_ok=True)
    return MixResult(out_path, duration_sec, duck_db, _spans(mask))


__all__ = [
    "DUCK_DB",
    "MixResult",
    "SpeechPlacement",
    "duck_gain",
    "mix_voiceover",
    "music_bed",
    "speech_mask",
    "voice_track",
]
