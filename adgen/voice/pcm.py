"""Audio samples in and out: WAV files as float32 arrays, resampling, and decoding whatever a
speech engine returns (MP3, Opus, AAC...) through ffmpeg.

Speech and mixes are written as 16-bit PCM WAV at 48 kHz (the rate video platforms expect);
arrays are float32 in [-1, 1], shaped (samples,) for mono and (samples, 2) for stereo.
"""

from __future__ import annotations

import subprocess
import wave
from math import gcd
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly

from adgen.pipeline.atomic import atomic_output
from adgen.pipeline.ffmpeg import FFmpegError, ffmpeg_exe
from adgen.voice.types import SAMPLE_RATE


def resample(samples: np.ndarray, rate: int, target: int = SAMPLE_RATE) -> np.ndarray:
    """Polyphase resampling (exact ratio, anti-aliased), e.g. espeak-ng's 22.05 kHz to 48 kHz."""
    if rate == target:
        return samples.astype(np.float32, copy=False)
    g = gcd(int(rate), int(target))
    return resample_poly(samples, target // g, rate // g, axis=0).astype(np.float32)


def write_wav(path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """16-bit PCM WAV, written atomically; values beyond full scale are clipped."""
    data = np.asarray(samples, dtype=np.float32)
    channels = 1 if data.ndim == 1 else data.shape[1]
    pcm = (np.clip(data, -1.0, 1.0) * 32767.0).round().astype("<i2")
    with atomic_output(Path(path)) as tmp:
        with wave.open(str(tmp), "wb") as out:
            out.setnchannels(channels)
            out.setsampwidth(2)
            out.setframerate(int(rate))
            out.writeframes(pcm.tobytes())
    return Path(path)


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """Samples and rate of a 16-bit PCM WAV (what :func:`write_wav` and :func:`decode` write)."""
    with wave.open(str(path), "rb") as src:
        if src.getsampwidth() != 2:
            raise ValueError(f"{Path(path).name} is not 16-bit PCM")
        channels, rate = src.getnchannels(), src.getframerate()
        raw = np.frombuffer(src.readframes(src.getnframes()), dtype="<i2").astype(np.float32) / 32768.0
    return (raw if channels == 1 else raw.reshape(-1, channels)), rate


def decode(data: bytes | Path, channels: int = 1, rate: int = SAMPLE_RATE) -> np.ndarray:
    """Any audio ffmpeg reads (bytes or a file), as float32 at ``rate`` with ``channels``."""
    source = "pipe:0" if isinstance(data, bytes) else str(data)
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-i", source]
    args += ["-vn", "-ac", str(channels), "-ar", str(rate), "-f", "f32le", "pipe:1"]
    proc = subprocess.run(args, input=data if isinstance(data, bytes) else None, capture_output=True)
    if proc.returncode != 0:
        raise FFmpegError("decoding audio failed", proc.stderr.decode("utf-8", "replace"))
    samples = np.frombuffer(proc.stdout, dtype="<f4").copy()
    if samples.size == 0:
        raise FFmpegError("the audio decoded to no samples")
    return samples if channels == 1 else samples.reshape(-1, channels)


def shift_pitch(samples: np.ndarray, factor: float, rate: int = SAMPLE_RATE) -> np.ndarray:
    """Mono speech ``factor`` times higher (0.8: deeper) at the same pace: played faster by the
    factor, then time-stretched back (ffmpeg's asetrate + atempo)."""
    chain = f"asetrate={rate * factor:.3f},aresample={rate},atempo={1 / factor:.6f}"
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-f", "f32le", "-ar", str(rate)]
    args += ["-ac", "1", "-i", "pipe:0", "-af", chain, "-f", "f32le", "pipe:1"]
    proc = subprocess.run(args, input=np.asarray(samples, "<f4").tobytes(), capture_output=True)
    if proc.returncode != 0:
        raise FFmpegError("shifting the voice's pitch failed", proc.stderr.decode("utf-8", "replace"))
    return np.frombuffer(proc.stdout, dtype="<f4").copy()


def to_mono(samples: np.ndarray) -> np.ndarray:
    return samples if samples.ndim == 1 else samples.mean(axis=1)


def frame_rms_db(samples: np.ndarray, rate: int, hop_sec: float = 0.01) -> np.ndarray:
    """Level in dBFS of consecutive ``hop_sec`` windows: the envelope that voice activity,
    ducking and silence trimming read."""
    mono = to_mono(samples)
    hop = max(1, int(round(rate * hop_sec)))
    count = len(mono) // hop
    if count == 0:
        return np.full(1, -120.0)
    frames = mono[: count * hop].reshape(count, hop).astype(np.float64)
    return 10.0 * np.log10(np.mean(frames * frames, axis=1) + 1e-12)


__all__ = ["decode", "frame_rms_db", "read_wav", "resample", "shift_pitch", "to_mono", "write_wav"]
