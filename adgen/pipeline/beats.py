"""Where the beats of a music track fall, for transitions that land on them.

The offline synthesiser knows its own grid (:func:`adgen.pipeline.services.audio.local.beat_grid`);
a track from a music service is analysed here with librosa's beat tracker (onset strength and
dynamic programming over the tempo). The tracker's first call in a process compiles its inner
loop (numba, cached on disk afterwards); a track is analysed once and its beats stored with it.
"""

from __future__ import annotations

from pathlib import Path

ANALYSIS_RATE = 22050


def detect_beats(audio: Path) -> list[float]:
    """Beat times in seconds of an audio file (any format ffmpeg or libsndfile reads)."""
    import librosa

    samples, rate = librosa.load(str(audio), sr=ANALYSIS_RATE, mono=True)
    if samples.size < rate // 2:
        return []
    _tempo, times = librosa.beat.beat_track(y=samples, sr=rate, units="time")
    return [round(float(t), 4) for t in times]


__all__ = ["detect_beats"]
