"""Loudness to the platforms' target: -14 LUFS integrated, true peak at most -1 dBTP.

:func:`normalise_loudness` is ffmpeg's two-pass ``loudnorm`` (EBU R128): the first pass
measures, the second applies one linear gain from those measurements (falling back to loudnorm's
dynamic mode only when a linear gain would push the true peak over the ceiling). It is kept to
one small function so the pre-flight package's loudness function can replace it.
:func:`measure_loudness` reads the result back with ffmpeg's ``ebur128`` meter.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from adgen.pipeline.atomic import atomic_output
from adgen.pipeline.ffmpeg import FFmpegError, ffmpeg_exe
from adgen.voice.types import SAMPLE_RATE

TARGET_LUFS = -14.0
TRUE_PEAK_DB = -1.0
LOUDNESS_RANGE = 11.0
# The limiter's ceiling sits this far under what the gain allows: true peaks between samples
# run a little over the sample peaks a limiter sees.
_LIMITER_MARGIN_DB = 0.6


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    true_peak_db: float
    range_lu: float


def _ffmpeg(args: list[str], what: str) -> str:
    proc = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", *args],
        capture_output=True,
        text=True,
        errors="replace",
    )
    if proc.returncode != 0:
        raise FFmpegError(f"{what} failed (exit {proc.returncode})", proc.stderr)
    return proc.stderr


def _loudnorm_measure(src: Path, chain: str) -> dict[str, str]:
    log = _ffmpeg(
        ["-i", str(src), "-af", f"{chain}:print_format=json", "-f", "null", "-"], "measuring loudness"
    )
    match = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", log)
    if match is None:
        raise FFmpegError("loudnorm printed no measurement", log)
    return json.loads(match.group())


def normalise_loudness(
    src: Path,
    dst: Path,
    target_lufs: float = TARGET_LUFS,
    true_peak_db: float = TRUE_PEAK_DB,
    loudness_range: float = LOUDNESS_RANGE,
) -> Path:
    """Write ``src`` to ``dst`` (16-bit WAV at 48 kHz) at ``target_lufs`` with true peaks at
    most ``true_peak_db``.

    Speech has sharp peaks: when the gain that reaches the target would push them over the
    ceiling, a look-ahead limiter first takes them down just enough (loudnorm would otherwise
    fall back to its dynamic mode and land short of the target).
    """
    spec = f"loudnorm=I={target_lufs}:TP={true_peak_db}:LRA={loudness_range}"
    m = _loudnorm_measure(src, spec)
    gain = target_lufs - float(m["input_i"])
    ceiling = true_peak_db - gain - _LIMITER_MARGIN_DB
    limiter = ""
    if float(m["input_tp"]) > ceiling and 10 ** (ceiling / 20) >= 0.0625:
        limiter = f"alimiter=limit={10 ** (ceiling / 20):.5f}:level=false:attack=5:release=60,"
        m = _loudnorm_measure(src, limiter + spec)
    second = (
        f"{limiter}{spec}:measured_I={m['input_i']}:measured_TP={m['input_tp']}:measured_LRA={m['input_lra']}"
        f":measured_thresh={m['input_thresh']}:offset={m['target_offset']}:linear=true"
    )
    with atomic_output(Path(dst)) as tmp:
        _ffmpeg(
            ["-i", str(src), "-af", second, "-ar", str(SAMPLE_RATE), "-c:a", "pcm_s16le", str(tmp)],
            "normalising loudness",
        )
    return Path(dst)


def measure_loudness(path: Path) -> Loudness:
    """Integrated loudness, true peak and loudness range (EBU R128 meter, 4x oversampled peaks)."""
    log = _ffmpeg(
        ["-i", str(path), "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"], "metering"
    )
    summary = log[log.rfind("Summary:") :]
    found = {key: re.search(rf"{key}:\s+(-?[\d.]+|-inf)", summary) for key in ("I", "LRA", "Peak")}
    if any(v is None for v in found.values()):
        raise FFmpegError("ebur128 printed no summary", log)

    def value(key: str) -> float:
        text = found[key].group(1)  # type: ignore[union-attr]
        return float("-inf") if text == "-inf" else float(text)

    return Loudness(value("I"), value("Peak"), value("LRA"))


__all__ = [
    "LOUDNESS_RANGE",
    "TARGET_LUFS",
    "TRUE_PEAK_DB",
    "Loudness",
    "measure_loudness",
    "normalise_loudness",
]
