"""Clips shared by the pre-flight tests, made once per session (each takes a second or two)."""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight_media import GOOD_TEXT, Text, make_clip

from adgen.platforms import builtin_table


@pytest.fixture(scope="session")
def table():
    return builtin_table()


@pytest.fixture(scope="session")
def good_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A TikTok/Reels-ready 9:16 export: 1080x1920, 5 s (TikTok's minimum), H.264 High yuv420p at
    a constant 30 fps, a keyframe every second, moov first, AAC 48 kHz stereo at -14 LUFS, and a
    white headline on dark blue inside both safe areas for the whole clip."""
    out = tmp_path_factory.mktemp("good") / "good.mp4"
    return make_clip(out, texts=[Text(GOOD_TEXT, (150, 700), 64)])
