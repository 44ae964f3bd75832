"""Measurements of audio written for the tests alone (not the package's own envelope code), so
what the tests check is read from the sound, not from the engine's timings."""

from __future__ import annotations

import numpy as np
from scipy.signal import butter, sosfiltfilt


def _mono(x: np.ndarray) -> np.ndarray:
    return x.mean(axis=1) if x.ndim == 2 else x


def envelope_db(x: np.ndarray, rate: int, win: float = 0.005) -> np.ndarray:
    """Level every 5 ms (dBFS)."""
    x = _mono(x).astype(np.float64)
    n = int(rate * win)
    frames = x[: len(x) // n * n].reshape(-1, n)
    return 10 * np.log10((frames**2).mean(axis=1) + 1e-12)


def onsets(x: np.ndarray, rate: int, min_silence: float = 0.1, below_peak_db: float = 35.0) -> list[float]:
    """Times where sound starts after at least ``min_silence`` of quiet (5 ms resolution)."""
    env = envelope_db(x, rate)
    loud = env > env.max() - below_peak_db
    need = int(min_silence / 0.005)
    out, quiet = [], need
    for i, on in enumerate(loud):
        if on and quiet >= need:
            out.append(i * 0.005)
        quiet = 0 if on else quiet + 1
    return out


def band(x: np.ndarray, rate: int, low: float | None, high: float | None) -> np.ndarray:
    """The signal through an 8th-order Butterworth band (zero phase)."""
    if low and high:
        sos = butter(8, [low, high], btype="bandpass", fs=rate, output="sos")
    elif high:
        sos = butter(8, high, btype="lowpass", fs=rate, output="sos")
    else:
        sos = butter(8, low, btype="highpass", fs=rate, output="sos")
    return sosfiltfilt(sos, _mono(x).astype(np.float64))


def level_db(x: np.ndarray, rate: int, spans: list[tuple[float, float]]) -> float:
    """RMS level (dBFS) over the given spans of seconds."""
    x = _mono(x)
    parts = [x[int(a * rate) : int(b * rate)] for a, b in spans if b > a]
    joined = np.concatenate(parts) if parts else np.zeros(1)
    return float(10 * np.log10(np.mean(joined.astype(np.float64) ** 2) + 1e-12))


def complement(
    spans: list[tuple[float, float]], start: float, end: float, margin: float
) -> list[tuple[float, float]]:
    """The parts of [start, end) at least ``margin`` away from every span."""
    out, cursor = [], start
    for a, b in sorted(spans):
        if a - margin > cursor:
            out.append((cursor, a - margin))
        cursor = max(cursor, b + margin)
    if cursor < end:
        out.append((cursor, end))
    return out


def speech_spans(voice: np.ndarray, rate: int) -> list[tuple[float, float]]:
    """Where placed speech sounds (within 35 dB of its peak), gaps under 0.3 s joined."""
    loud = envelope_db(voice, rate) > envelope_db(voice, rate).max() - 35
    spans, i = [], 0
    while i < len(loud):
        if loud[i]:
            j = i
            while j < len(loud) and loud[j : j + 60].any():
                j += 1
            spans.append((i * 0.005, j * 0.005))
            i = j
        i += 1
    return spans
