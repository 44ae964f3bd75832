"""Delivery specs read with ffprobe: a good file passes each, and a file wrong in one way fails
that check, naming what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight_media import make_clip

from adgen.preflight.delivery import delivery_checks
from adgen.preflight.media import mp4_top_level_boxes, probe

SMALL = (320, 568)


def _checks(path: Path, presets, size=SMALL) -> dict:
    return {c.check: c for c in delivery_checks(probe(path), presets, size)}


def test_the_good_clip_passes_every_delivery_check(good_clip: Path, table) -> None:
    checks = _checks(good_clip, [table["tiktok"], table["reels"]], (1080, 1920))
    assert {name: c.status for name, c in checks.items()} == dict.fromkeys(checks, "pass")
    assert checks["video_codec"].measured == "h264 High"
    assert checks["gop"].measured == "closed, longest 1.00 s"
    assert checks["faststart"].measured == "moov before mdat"
    assert checks["audio_codec"].measured == "aac LC 48 kHz 2 ch"
    assert 516 < checks["video_bitrate"].findings[0].value < 25000


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad")


def test_25_fps_fails_the_frame_rate(bad: Path, table) -> None:
    clip = make_clip(bad / "fps25.mp4", size=SMALL, duration=1, fps=25)
    result = _checks(clip, [table["tiktok"]])["frame_rate"]
    assert result.status == "fail" and result.measured == "25 fps" and "-r 30" in result.advice


def test_yuv444p_fails_the_pixel_format_and_the_profile(bad: Path, table) -> None:
    clip = make_clip(bad / "yuv444.mp4", size=SMALL, duration=1, pix_fmt="yuv444p")
    checks = _checks(clip, [table["tiktok"]])
    assert checks["pixel_format"].status == "fail" and checks["pixel_format"].measured == "yuv444p"
    assert "4:2:0" in checks["pixel_format"].advice
    assert checks["video_codec"].status == "fail" and "High 4:4:4" in checks["video_codec"].measured


def test_a_file_without_faststart_fails_it(bad: Path, table) -> None:
    clip = make_clip(bad / "slowstart.mp4", size=SMALL, duration=1, faststart=False)
    assert [b for b in mp4_top_level_boxes(clip) if b in ("moov", "mdat")] == ["mdat", "moov"]
    result = _checks(clip, [table["tiktok"]])["faststart"]
    assert result.status == "fail" and result.measured == "mdat before moov" and "+faststart" in result.advice


def test_two_second_gops_fail(bad: Path, table) -> None:
    clip = make_clip(bad / "gop2.mp4", size=SMALL, duration=3, gop=60)
    result = _checks(clip, [table["tiktok"]])["gop"]
    assert result.status == "fail" and "2.00 s apart" in result.measured


def test_44k_audio_and_a_missing_track_fail_the_audio_check(bad: Path, table) -> None:
    clip = make_clip(bad / "a44.mp4", size=SMALL, duration=1, sample_rate=44100)
    result = _checks(clip, [table["tiktok"]])["audio_codec"]
    assert result.status == "fail" and "44.1 kHz" in result.measured and "-ar 48000" in result.advice
    mute = make_clip(bad / "mute.mp4", size=SMALL, duration=1, audio=None)
    assert _checks(mute, [table["tiktok"]])["audio_codec"].measured == "no audio track"


def test_bitrate_length_and_size_limits_come_from_the_presets(bad: Path, table) -> None:
    flat = make_clip(bad / "flat.mp4", size=SMALL, duration=1, noise=0)
    checks = _checks(flat, [table["tiktok"], table["reels"]], (1080, 1920))
    assert (
        checks["video_bitrate"].status == "fail"
        and ">= 516 kbps (TikTok)" in checks["video_bitrate"].threshold
    )
    assert checks["length"].status == "fail" and ">= 5 s (TikTok)" in checks["length"].threshold
    assert checks["resolution"].status == "fail" and checks["resolution"].measured == "320x568"
    youtube = _checks(flat, [table["youtube"]])
    assert youtube["video_bitrate"].status == "warn" and "8000 kbps" in youtube["video_bitrate"].advice
    assert youtube["length"].status == "pass"
    tiny = table.with_overrides({"tiktok": {"max_file_mb": 0.001}})
    assert _checks(flat, [tiny["tiktok"]])["file_size"].status == "fail"
