"""What the check reads from an exported file: its streams, its video packets (keyframes, frame
timing, bitrate), the order of its MP4 boxes, and a few decoded frames.

Frames are decoded from keyframes only (``-skip_frame nokey``): a scene pass starts with one and
the export has one at least every second, so every text's time range has a frame to look at,
and the decoder skips the other 29 frames of each second, which keeps the check a small share
of the render.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np


class MediaError(RuntimeError):
    """ffprobe/ffmpeg could not read the file; the message says which file and why."""


@lru_cache(maxsize=2)
def _tool(name: str) -> str:
    """Debian's ffmpeg/ffprobe from PATH (imageio-ffmpeg's binary has no ffprobe)."""
    exe = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
    if exe is None:
        raise MediaError(f"{name} is not installed; run scripts/setup.sh (Debian's ffmpeg package has it)")
    return exe


def ffprobe_exe() -> str:
    return _tool("ffprobe")


def ffmpeg_exe() -> str:
    return _tool("ffmpeg")


def run(args: list[str], what: str) -> subprocess.CompletedProcess[bytes]:
    proc = subprocess.run(args, capture_output=True)
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise MediaError(f"{what} failed (exit {proc.returncode}): {' | '.join(tail)}")
    return proc


def _rate(text: str | None) -> float:
    if not text or text in ("0/0", "0"):
        return 0.0
    num, _, den = str(text).partition("/")
    return float(num) / float(den or 1) if float(den or 1) else 0.0


@dataclass
class VideoPackets:
    """The video stream's packets in decode order (times in seconds from the stream's start)."""

    pts: np.ndarray
    dts: np.ndarray
    key: np.ndarray  # bool
    size: np.ndarray  # bytes
    pos: np.ndarray | None = None  # byte offset of each packet in the file (-1: unknown)

    @property
    def keyframe_times(self) -> np.ndarray:
        return np.sort(self.pts[self.key])


@dataclass
class Probe:
    """Streams, format and video packets of one file."""

    path: Path
    size_bytes: int
    duration_sec: float
    format_name: str
    video: dict[str, Any] | None
    audio: dict[str, Any] | None
    packets: VideoPackets | None = None
    atoms: list[str] = field(default_factory=list)
    audio_signature: str = ""  # the same soundtrack in two files gives the same signature

    @property
    def width(self) -> int:
        return int((self.video or {}).get("width") or 0)

    @property
    def height(self) -> int:
        return int((self.video or {}).get("height") or 0)

    @property
    def r_frame_rate(self) -> float:
        return _rate((self.video or {}).get("r_frame_rate"))

    @property
    def avg_frame_rate(self) -> float:
        return _rate((self.video or {}).get("avg_frame_rate"))


def probe(path: Path) -> Probe:
    """Streams, format and every packet's timing in one ffprobe call (nothing is decoded), and
    the MP4 box order read from the file's headers."""
    path = Path(path)
    if not path.is_file():
        raise MediaError(f"{path.name} does not exist")
    proc = run(
        [
            ffprobe_exe(),
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            # The streams' extradata (parameter sets) as a digest: what a kept check's key needs.
            "-show_data_hash",
            "sha256",
            "-show_entries",
            "packet=stream_index,pts_time,dts_time,size,flags,pos",
            str(path),
        ],
        f"ffprobe {path.name}",
    )
    data = json.loads(proc.stdout or b"{}")
    streams = data.get("streams", [])
    video = next((s for s in streams if s.get("codec_type") == "video"), None)
    audio = next((s for s in streams if s.get("codec_type") == "audio"), None)
    fmt = data.get("format", {})
    result = Probe(
        path=path,
        size_bytes=path.stat().st_size,
        duration_sec=float(fmt.get("duration") or 0.0),
        format_name=str(fmt.get("format_name", "")),
        video=video,
        audio=audio,
        atoms=mp4_top_level_boxes(path),
    )
    if audio is not None:
        index = audio.get("index")
        packets = [p for p in data.get("packets", []) if p.get("stream_index") == index]
        sizes = [f"{p.get('pts_time')}:{p.get('size')}" for p in packets]
        fields = (audio.get("codec_name"), audio.get("sample_rate"), audio.get("channels"), *sizes)
        result.audio_signature = hashlib.sha256("|".join(map(str, fields)).encode()).hexdigest()
    if video is not None:
        index = video.get("index")
        rows = [p for p in data.get("packets", []) if p.get("stream_index") == index]
        result.packets = _packets(rows, float(video.get("start_time") or 0.0))
    return result


def _time(value: object, start: float) -> float:
    try:
        return float(value) - start  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float("nan")


def _packets(rows: list[dict[str, Any]], start_time: float) -> VideoPackets:
    """The video packets in decode order, times from the stream's start."""
    return VideoPackets(
        pts=np.array([_time(r.get("pts_time"), start_time) for r in rows]),
        dts=np.array([_time(r.get("dts_time"), start_time) for r in rows]),
        key=np.array(["K" in str(r.get("flags", "")) for r in rows], dtype=bool),
        size=np.array([int(r.get("size") or 0) for r in rows]),
        pos=np.array([_position(r.get("pos")) for r in rows], dtype=np.int64),
    )


def _position(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return -1


def mp4_top_level_boxes(path: Path, limit: int = 64) -> list[str]:
    """The types of an MP4/MOV file's top-level boxes in file order ("ftyp", "moov", "mdat", …).

    Reads only the 8-16 byte box headers, seeking over the payloads, so it costs nothing even for
    a large file. A file that is not ISO-BMFF gives the boxes read until the data stops making
    sense.
    """
    boxes: list[str] = []
    size_total = Path(path).stat().st_size
    with open(path, "rb") as fh:
        offset = 0
        while offset + 8 <= size_total and len(boxes) < limit:
            fh.seek(offset)
            header = fh.read(16)
            size, kind = struct.unpack(">I4s", header[:8])
            if size == 1 and len(header) >= 16:
                size = struct.unpack(">Q", header[8:16])[0]
            elif size == 0:
                size = size_total - offset
            if size < 8 or not kind.isascii():
                break
            boxes.append(kind.decode("ascii", "replace"))
            offset += size
    return boxes


def _rgb_frames(
    before_input: list[str], path: Path, after_input: list[str], what: str, pix_fmt: str = "rgb24"
) -> np.ndarray:
    """Decoded frames as one byte string (RGB24, or ``pix_fmt``), from an ffmpeg run with these
    options."""
    proc = run(
        [ffmpeg_exe(), "-v", "error", "-nostdin", *before_input, "-i", str(path), "-an", *after_input]
        + ["-f", "rawvideo", "-pix_fmt", pix_fmt, "pipe:1"],
        f"{what} of {Path(path).name}",
    )
    return np.frombuffer(proc.stdout, np.uint8)


def decode_keyframes(
    path: Path,
    indices: list[int],
    width: int,
    height: int,
    pix_fmt: str = "",
    times: Sequence[float] | None = None,
) -> np.ndarray:
    """The keyframes with these indices (0 = the first keyframe, in presentation order) as RGB
    arrays (N, H, W, 3). Only keyframes are decoded, and only up to the last one asked for.

    With the keyframes' ``times`` (seconds from the stream's start, :attr:`VideoPackets.keyframe_times`)
    the decoder starts at the first one asked for: the input is seeked half-way between it and
    the keyframe before, so it decodes that one and the accurate seek drops it. Each keyframe
    is an IDR frame, decoded from its own packet: the same pixels as from the file's start.
    After a text edit only its scene's keyframes are asked for: the others are not decoded.

    A yuv420p file (``pix_fmt``, every export) comes out of ffmpeg as it is stored and is
    turned into RGB by OpenCV (BT.601, each 2x2 block's colour repeated, as ffmpeg's own
    conversion does): half the bytes through the pipe and no swscale pass, a third of the time."""
    if not indices:
        return np.zeros((0, height, width, 3), np.uint8)
    wanted = sorted(set(indices))
    first, seek = 0, []
    if times is not None and 0 < wanted[0] < len(times) and times[wanted[0]] > times[wanted[0] - 1]:
        first = wanted[0]
        seek = ["-ss", f"{(times[first - 1] + times[first]) / 2:.6f}"]
    select = "+".join(f"eq(n\\,{i - first})" for i in wanted)
    planar = pix_fmt == "yuv420p" and width % 2 == 0 and height % 2 == 0
    frames = _rgb_frames(
        [*seek, "-skip_frame", "nokey"],
        path,
        ["-vf", f"select='{select}'", "-fps_mode", "passthrough", "-frames:v", str(len(wanted))],
        "decoding keyframes",
        "yuv420p" if planar else "rgb24",
    )
    if not planar:
        count = frames.size // (width * height * 3)
        return frames[: count * width * height * 3].reshape(count, height, width, 3)
    size = width * height * 3 // 2
    count = frames.size // size
    out = np.empty((count, height, width, 3), np.uint8)
    for i in range(count):
        plane = frames[i * size : (i + 1) * size].reshape(height * 3 // 2, width)
        cv2.cvtColor(plane, cv2.COLOR_YUV2RGB_I420, dst=out[i])
    return out


def decode_frame_at(path: Path, at_sec: float, width: int, height: int) -> np.ndarray:
    """One frame at ``at_sec`` (accurate seek), for a time range that holds no keyframe."""
    data = _rgb_frames(["-ss", f"{max(0.0, at_sec):.3f}"], path, ["-frames:v", "1"], "decoding a frame")
    if data.size < width * height * 3:
        raise MediaError(f"{Path(path).name} has no frame at {at_sec:.2f} s")
    return data[: width * height * 3].reshape(height, width, 3)


__all__ = [
    "MediaError",
    "Probe",
    "VideoPackets",
    "decode_frame_at",
    "decode_keyframes",
    "ffmpeg_exe",
    "ffprobe_exe",
    "mp4_top_level_boxes",
    "probe",
    "run",
]
