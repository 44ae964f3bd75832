"""Fixtures for the cloud adapters: the loopback fakes of OpenAI and Replicate, settings that
point the real SDKs at them, and an ffprobe/frame reader to inspect what the adapters wrote."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fakes.openai_server import FakeOpenAI
from fakes.replicate_server import FakeReplicate

OPENAI_KEY = "sk-test-adgen"
REPLICATE_TOKEN = "r8_test_adgen"
MUSICGEN_VERSION = "671ac645ce5e552cc63a54a2bbff63fcf798043055d2dac5fc9e36a837eedcfb"


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def openai_settings(data_dir: Path, fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch):
    from adgen.settings import Settings

    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    return Settings()


@pytest.fixture
def fake_replicate() -> Iterator[FakeReplicate]:
    # meta/musicgen is a community model on Replicate: no model-scoped endpoint, run by version.
    with FakeReplicate(token=REPLICATE_TOKEN, community_models={"meta/musicgen": MUSICGEN_VERSION}) as fake:
        yield fake


@pytest.fixture
def replicate_settings(data_dir: Path, fake_replicate: FakeReplicate, monkeypatch: pytest.MonkeyPatch):
    from adgen.settings import Settings

    monkeypatch.setenv("REPLICATE_API_TOKEN", REPLICATE_TOKEN)
    monkeypatch.setenv("REPLICATE_BASE_URL", fake_replicate.base_url)
    return Settings()


def _ffprobe(path: Path) -> dict[str, Any]:
    """ffprobe's JSON of streams and format (counting frames, so nb_read_frames is exact)."""
    out = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-count_frames",
            "-print_format",
            "json",
            "-show_streams",
            "-show_format",
            str(path),
        ],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return json.loads(out)


def _first_frame_gray(path: Path, width: int, height: int) -> np.ndarray:
    """The first decoded frame as 8-bit luma, shape (height, width)."""
    raw = subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-i",
            str(path),
            "-frames:v",
            "1",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "gray",
            "-",
        ],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(raw, dtype=np.uint8).reshape(height, width)


@pytest.fixture
def ffprobe():
    return _ffprobe


@pytest.fixture
def first_frame_gray():
    return _first_frame_gray
