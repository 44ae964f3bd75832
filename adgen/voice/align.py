"""Forced alignment: word times for speech whose engine gives none (OpenAI, Piper).

The method is aeneas's: speak the same text with espeak-ng, whose word times are known from its
own events, then align that reference to the real audio with dynamic time warping over MFCCs,
and carry each reference word's start and end across the warping path. Two voices saying the
same words trace the same sequence of sounds, so the path follows the words even when the
voices differ in pitch, pace and timbre. Leading and trailing silence are cut from both sides
first, so the path is not spent matching silence to silence; a word start that the path puts
just after a pause is moved to where the sound actually begins.

Everything is numpy/scipy: features for a few seconds of speech are a few milliseconds, and the
warping is one vectorised pass per reference frame (no Python loop over cells).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.fft import dct, rfft
from scipy.spatial.distance import cdist

from adgen.voice.espeak import EspeakEngine, speakable, word_timings
from adgen.voice.pcm import frame_rms_db, resample, shift_pitch, to_mono, write_wav
from adgen.voice.types import SAMPLE_RATE, Speech, VoiceSpec, WordTiming

FEATURE_RATE = 16_000
HOP_SEC = 0.01
_WINDOW = 400  # 25 ms at 16 kHz
_MELS = 26
_CEPSTRA = 13
SILENCE_BELOW_PEAK_DB = 40.0
# A word start this close after a pause is snapped to the sound's onset.
SNAP_SEC = 0.15


@lru_cache(maxsize=1)
def _mel_filters() -> np.ndarray:
    """Triangular mel filters (HTK formula) from 60 Hz to 7.6 kHz over a 512-point spectrum."""
    n_fft = 512

    def mel(f: np.ndarray) -> np.ndarray:
        return 2595.0 * np.log10(1.0 + f / 700.0)

    def hz(m: np.ndarray) -> np.ndarray:
        return 700.0 * (10 ** (m / 2595.0) - 1.0)

    edges = hz(np.linspace(mel(np.array(60.0)), mel(np.array(7600.0)), _MELS + 2))
    bins = np.fft.rfftfreq(n_fft, 1.0 / FEATURE_RATE)
    filters = np.zeros((_MELS, len(bins)), np.float32)
    for i in range(_MELS):
        lo, mid, hi = edges[i], edges[i + 1], edges[i + 2]
        filters[i] = np.clip(np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)), 0, None)
    return filters


def mfcc(samples: np.ndarray, rate: int) -> np.ndarray:
    """Cepstra 1-12 every 10 ms, mean- and variance-normalised over the utterance (so loudness
    and the channel do not matter, only the sequence of sounds)."""
    audio = resample(to_mono(samples), rate, FEATURE_RATE)
    hop = int(FEATURE_RATE * HOP_SEC)
    audio = np.concatenate([audio, np.zeros(_WINDOW, np.float32)])
    count = max(1, (len(audio) - _WINDOW) // hop + 1)
    index = np.arange(_WINDOW)[None, :] + hop * np.arange(count)[:, None]
    frames = audio[index] * np.hamming(_WINDOW).astype(np.float32)
    power = np.abs(rfft(frames, n=512, axis=1)) ** 2
    logmel = np.log(power @ _mel_filters().T + 1e-8)
    ceps = dct(logmel, type=2, axis=1, norm="ortho")[:, 1:_CEPSTRA]
    return (ceps - ceps.mean(axis=0)) / (ceps.std(axis=0) + 1e-6)


def dtw_path(cost: np.ndarray) -> np.ndarray:
    """The cheapest monotonic path through ``cost`` from corner to corner (steps right, down,
    diagonal), as (row, column) pairs.

    Each row is filled at once: with ``a[j] = min(D[i-1, j-1], D[i-1, j])`` the row's recurrence
    ``D[i, j] = c[i, j] + min(a[j], D[i, j-1])`` unrolls to ``C[j] + min over k <= j of
    (a[k] - C[k-1])`` with ``C`` the row's running sum: one cumulative minimum.
    """
    rows, cols = cost.shape
    acc = np.empty((rows, cols), np.float64)
    acc[0] = np.cumsum(cost[0])
    for i in range(1, rows):
        prev = acc[i - 1]
        a = prev.copy()
        a[1:] = np.minimum(prev[1:], prev[:-1])
        running = np.cumsum(cost[i])
        shifted = np.concatenate([[0.0], running[:-1]])
        acc[i] = running + np.minimum.accumulate(a - shifted)
    path = [(rows - 1, cols - 1)]
    i, j = rows - 1, cols - 1
    while i > 0 or j > 0:
        if i == 0:
            j -= 1
        elif j == 0:
            i -= 1
        else:
            options = (acc[i - 1, j - 1], acc[i - 1, j], acc[i, j - 1])
            step = int(np.argmin(options))
            i, j = (i - 1, j - 1) if step == 0 else (i - 1, j) if step == 1 else (i, j - 1)
        path.append((i, j))
    return np.array(path[::-1])


def _speech_span(levels: np.ndarray) -> tuple[int, int]:
    """First and one-past-last 10 ms frame louder than the silence floor."""
    loud = np.nonzero(levels > levels.max() - SILENCE_BELOW_PEAK_DB)[0]
    if loud.size == 0:
        return 0, len(levels)
    return int(loud[0]), int(loud[-1]) + 1


def _carry(frame: float, path: np.ndarray) -> float:
    """The target frame the path pairs with reference frame ``frame`` (first pairing)."""
    hit = np.searchsorted(path[:, 0], frame, side="left")
    return float(path[min(hit, len(path) - 1), 1])


def _snap_to_onset(start: float, levels: np.ndarray, floor: float) -> float:
    """If the sound is silent just before ``start`` and begins within SNAP_SEC, use that onset."""
    i = int(round(start / HOP_SEC))
    lo, hi = max(0, i - int(SNAP_SEC / HOP_SEC)), min(len(levels), i + int(SNAP_SEC / HOP_SEC))
    window = levels[lo:hi] > floor
    onsets = [lo + k for k in range(1, len(window)) if window[k] and not window[max(0, k - 5) : k].any()]
    if not onsets:
        return start
    return min(onsets, key=lambda k: abs(k - i)) * HOP_SEC


def align_words(
    text: str, samples: np.ndarray, rate: int, reference: VoiceSpec | None = None
) -> tuple[WordTiming, ...]:
    """Times of each written word of ``text`` in ``samples`` (any voice saying that text)."""
    engine = EspeakEngine()
    ref = engine.raw(text, reference or VoiceSpec(voice="en-us"))
    ref_words = word_timings(speakable(text), ref.word_events, ref.samples, ref.rate)
    ref_levels, levels = frame_rms_db(ref.samples, ref.rate, HOP_SEC), frame_rms_db(samples, rate, HOP_SEC)
    r0, r1 = _speech_span(ref_levels)
    t0, t1 = _speech_span(levels)
    ref_feat = mfcc(ref.samples, ref.rate)[r0:r1]
    feat = mfcc(samples, rate)[t0:t1]
    if len(ref_feat) < 2 or len(feat) < 2:
        return tuple(WordTiming(w.text, t0 * HOP_SEC, t1 * HOP_SEC) for w in ref_words)
    path = dtw_path(cdist(ref_feat, feat, "euclidean"))
    floor = float(levels.max()) - SILENCE_BELOW_PEAK_DB
    out = []
    for word in ref_words:
        start = (t0 + _carry(word.start / HOP_SEC - r0, path)) * HOP_SEC
        end = (t0 + _carry(word.end / HOP_SEC - r0, path)) * HOP_SEC
        start = _snap_to_onset(start, levels, floor)
        out.append(WordTiming(word.text, round(start, 4), round(max(start, end), 4)))
    return tuple(out)


def aligned_speech(line: str, samples: np.ndarray, pitch: float, out_path: Path, engine: str) -> Speech:
    """The tail every engine without word times shares: pitch applied after synthesis, the
    48 kHz WAV written, the words aligned."""
    if pitch != 1.0:
        samples = shift_pitch(samples, pitch)
    write_wav(out_path, samples)
    return Speech(
        path=Path(out_path),
        duration_sec=len(samples) / SAMPLE_RATE,
        words=align_words(line, samples, SAMPLE_RATE),
        timing_source="alignment",
        engine=engine,
    )


__all__ = ["align_words", "aligned_speech", "dtw_path", "mfcc"]
