"""Helpers shared by the job tests (polling, ffprobe)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from loopback import wait_until  # noqa: F401  (re-exported for the jobs tests)


def ffprobe(path: Path) -> dict:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-print_format", "json", "-show_streams", "-show_format", str(path)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return json.loads(out)


def media_shape(path: Path) -> dict:
    """What a render must agree on: video size, codecs, duration (to 0.1 s)."""
    info = ffprobe(path)
    video = next(s for s in info["streams"] if s["codec_type"] == "video")
    audio = [s for s in info["streams"] if s["codec_type"] == "audio"]
    return {
        "width": video["width"],
        "height": video["height"],
        "vcodec": video["codec_name"],
        "acodec": audio[0]["codec_name"] if audio else None,
        "duration": round(float(info["format"]["duration"]), 1),
    }
