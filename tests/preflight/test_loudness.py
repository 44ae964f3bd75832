"""Loudness: music at -5 LUFS fails, and the two-pass loudnorm brings it to -14 ± 1 LU with the
true peak under -1 dBTP; a quiet track is brought up the same way."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from preflight_media import make_clip

from adgen.preflight.loudness import loudness_checks, measure_loudness, normalise_loudness
from adgen.preflight.media import MediaError


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("loudness")


def _wav(path: Path, source: str, seconds: float, *filters: str) -> Path:
    """A WAV from an ffmpeg lavfi audio source."""
    af = ["-af", ",".join(filters)] if filters else []
    args = ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", source, "-t", str(seconds), *af, str(path)]
    subprocess.run(args, check=True)
    return path


def _status(checks) -> dict[str, str]:
    return {c.check: c.status for c in checks}


def test_music_at_minus_5_lufs_fails_and_two_pass_loudnorm_fixes_it(folder: Path) -> None:
    loud = make_clip(folder / "loud.mp4", size=(320, 240), duration=4, audio="loud")
    before = measure_loudness(loud)
    assert -6.0 <= before.integrated_lufs <= -4.0
    checks = loudness_checks(before)
    assert _status(checks)["loudness"] == "fail"
    assert "turn it down by" in checks[0].advice and "loudnorm" in checks[0].advice

    after = normalise_loudness(loud, folder / "soundtrack.m4a")
    assert after.normalization == "linear"
    again = measure_loudness(folder / "soundtrack.m4a")  # measured anew, on the AAC that was written
    assert abs(again.integrated_lufs - -14.0) <= 1.0
    assert again.true_peak_dbtp <= -1.0
    assert _status(loudness_checks(again, fixed="normalised to -14 LUFS")) == {
        "loudness": "pass",
        "true_peak": "pass",
    }


def test_a_quiet_track_is_brought_up_and_a_wav_stays_pcm(folder: Path) -> None:
    quiet = _wav(folder / "quiet.wav", "sine=frequency=440", 4, "volume=-20dB")
    assert measure_loudness(quiet).integrated_lufs < -30
    result = normalise_loudness(quiet, folder / "up.wav")
    assert abs(result.integrated_lufs - -14.0) <= 1.0 and result.true_peak_dbtp <= -1.0


def test_silence_is_a_warning_and_no_track_a_failure(folder: Path) -> None:
    silent = _wav(folder / "silent.wav", "anullsrc=r=48000:cl=stereo", 2)
    checks = loudness_checks(measure_loudness(silent))
    assert _status(checks) == {"loudness": "warn", "true_peak": "warn"} and "no sound" in checks[0].advice
    with pytest.raises(MediaError, match="silent"):
        normalise_loudness(silent, folder / "never.wav")
    assert _status(loudness_checks(None)) == {"loudness": "fail", "true_peak": "fail"}
