"""Every ffmpeg/ffprobe invocation of the pipeline: probe, raw-frame encode, scene pass, concat
and mux, poster.

Keeping them in one module means codec settings live in one place: the scene passes of one
export profile must be encoded identically so that assembly can concatenate them by stream
copy. Every output is written to a temporary name next to its destination and then
``os.replace``d, so a crash never leaves a half-written file under the real name.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import IO

import numpy as np

from adgen.pipeline.atomic import atomic_output, temp_next_to
from adgen.pipeline.lifetime import killed_with_parent
from adgen.pipeline.types import REVEAL_FADE_SEC, REVEAL_SEC, EncodeProfile, Layer
from adgen.preflight.loudness import (
    MAX_TRUE_PEAK_DBTP,
    NORMALISE_TRUE_PEAK_DBTP,
    SILENT_LUFS,
    TARGET_LUFS,
    Loudness,
    measure_loudness,
    normalise_loudness,
)

# AAC-LC at 48 kHz stereo: what every platform preset asks for (Meta: at most 48 kHz; YouTube:
# 48 or 96 kHz), so the pre-flight's audio_codec check passes.
AUDIO_RATE = 48000
_STDERR_TAIL_LINES = 15


class FFmpegError(RuntimeError):
    """ffmpeg or ffprobe failed; the message ends with the last lines of its stderr."""

    def __init__(self, what: str, stderr: str = "") -> None:
        tail = "\n".join(stderr.strip().splitlines()[-_STDERR_TAIL_LINES:])
        super().__init__(f"{what}\n{tail}" if tail else what)
        self.stderr = stderr


@lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """The Debian ffmpeg if installed (it has every codec we use), else imageio-ffmpeg's binary."""
    if os.path.exists("/usr/bin/ffmpeg"):
        return "/usr/bin/ffmpeg"
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


@lru_cache(maxsize=1)
def ffprobe_exe() -> str | None:
    if os.path.exists("/usr/bin/ffprobe"):
        return "/usr/bin/ffprobe"
    return shutil.which("ffprobe")


def _run(args: Sequence[str], what: str) -> subprocess.CompletedProcess[bytes]:
    # An ffmpeg ends with the process that ran it (a SIGKILLed worker leaves none encoding).
    proc = subprocess.run(killed_with_parent(args), capture_output=True)
    if proc.returncode != 0:
        raise FFmpegError(f"{what} failed (exit {proc.returncode})", proc.stderr.decode("utf-8", "replace"))
    return proc


def _ffmpeg(*args: str) -> list[str]:
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-loglevel", "error", *args]


# --- probe -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MediaInfo:
    width: int
    height: int
    duration_sec: float
    fps: float
    has_video: bool
    has_audio: bool
    video_codec: str | None
    audio_codec: str | None
    audio_sample_rate: int | None = None
    audio_channels: int | None = None
    pix_fmt: str | None = None
    frame_count: int | None = None


def _rate(text: str | None) -> float:
    if not text or text in ("0/0", "0"):
        return 0.0
    num, _, den = text.partition("/")
    return float(num) / float(den or 1) if float(den or 1) else 0.0


def probe(path: Path) -> MediaInfo:
    """Size, duration, frame rate and streams of a media file (ffprobe JSON)."""
    path = Path(path)
    if not path.is_file():
        raise FFmpegError(f"cannot probe {path}: no such file")
    exe = ffprobe_exe()
    if exe is None:
        return _probe_with_ffmpeg(path)
    proc = _run(
        [exe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", str(path)],
        f"ffprobe {path.name}",
    )
    data = json.loads(proc.stdout or b"{}")
    streams = data.get("streams", [])
    video = next((s for s in streams if s.get("codec_type") == "video"), None)
    audio = next((s for s in streams if s.get("codec_type") == "audio"), None)
    if video is None and audio is None:
        raise FFmpegError(f"{path.name} has no audio or video stream")
    duration = float(data.get("format", {}).get("duration") or 0.0)
    if not duration:
        duration = max(float((s or {}).get("duration") or 0.0) for s in (video, audio))
    frames = video.get("nb_frames") if video else None
    return MediaInfo(
        width=int(video.get("width", 0)) if video else 0,
        height=int(video.get("height", 0)) if video else 0,
        duration_sec=duration,
        fps=_rate(video.get("avg_frame_rate")) or _rate(video.get("r_frame_rate")) if video else 0.0,
        has_video=video is not None,
        has_audio=audio is not None,
        video_codec=video.get("codec_name") if video else None,
        audio_codec=audio.get("codec_name") if audio else None,
        audio_sample_rate=int(audio["sample_rate"]) if audio and audio.get("sample_rate") else None,
        audio_channels=int(audio["channels"]) if audio and audio.get("channels") else None,
        pix_fmt=video.get("pix_fmt") if video else None,
        frame_count=int(frames) if frames and str(frames).isdigit() else None,
    )


def _probe_with_ffmpeg(path: Path) -> MediaInfo:
    """Fallback for machines with only imageio-ffmpeg's binary: parse `ffmpeg -i` output."""
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True)
    text = proc.stderr.decode("utf-8", "replace")
    video = re.search(r"Stream #.*?Video: (\w+).*?, (\d{2,5})x(\d{2,5})", text)
    audio = re.search(r"Stream #.*?Audio: (\w+)(?:.*?(\d+) Hz)?", text)
    if not video and not audio:
        raise FFmpegError(f"{path.name} has no audio or video stream", text)
    dur = re.search(r"Duration: (\d+):(\d+):([\d.]+)", text)
    fps = re.search(r"([\d.]+) fps", text)
    return MediaInfo(
        width=int(video.group(2)) if video else 0,
        height=int(video.group(3)) if video else 0,
        duration_sec=(int(dur.group(1)) * 3600 + int(dur.group(2)) * 60 + float(dur.group(3)))
        if dur
        else 0.0,
        fps=float(fps.group(1)) if fps else 0.0,
        has_video=video is not None,
        has_audio=audio is not None,
        video_codec=video.group(1) if video else None,
        audio_codec=audio.group(1) if audio else None,
        audio_sample_rate=int(audio.group(2)) if audio and audio.group(2) else None,
    )


# --- raw frames -> intermediate clip ---------------------------------------------------


class FrameWriter:
    """Encodes raw RGB24 frames written from Python into an H.264 (yuv420p) mp4.

    ``width`` x ``height`` is the size of the frames you write. With ``upscale_to=(w, h)``
    ffmpeg scales them (bicubic) to that size, so a generator can draw at low resolution and
    leave the expensive full-size work to ffmpeg's SIMD scaler. The clip has exactly as many
    frames as were written, at ``fps``.
    """

    def __init__(
        self,
        out_path: Path,
        width: int,
        height: int,
        fps: float,
        preset: str = "ultrafast",
        crf: int = 18,
        upscale_to: tuple[int, int] | None = None,
    ) -> None:
        self.out_path = Path(out_path)
        self.width, self.height, self.fps = int(width), int(height), fps
        self.preset, self.crf = preset, crf
        self.out_size = tuple(upscale_to) if upscale_to else (self.width, self.height)
        if min(self.width, self.height, *self.out_size) <= 0:
            raise ValueError("frame sizes must be positive")
        if self.out_size[0] % 2 or self.out_size[1] % 2:
            raise ValueError(f"H.264 yuv420p needs an even output size, got {self.out_size}")
        self.frames = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._tmp: Path | None = None
        self._stderr: IO[bytes] | None = None

    def __enter__(self) -> FrameWriter:
        self._tmp = temp_next_to(self.out_path)
        vf = []
        if self.out_size != (self.width, self.height):
            w, h = self.out_size
            vf = ["-vf", f"scale={w}:{h}:flags=bicubic"]
        args = _ffmpeg(
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "-s",
            f"{self.width}x{self.height}",
            "-r",
            f"{self.fps}",
            "-i",
            "pipe:0",
            *vf,
            "-an",
            "-c:v",
            "libx264",
            "-preset",
            self.preset,
            "-crf",
            str(self.crf),
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
            str(self._tmp),
        )
        self._stderr = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(
            killed_with_parent(args),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
        )
        return self

    def write(self, frame: np.ndarray) -> None:
        if self._proc is None or self._proc.stdin is None:
            raise RuntimeError("FrameWriter.write outside its `with` block")
        if frame.shape != (self.height, self.width, 3) or frame.dtype != np.uint8:
            raise ValueError(
                f"expected a uint8 frame of shape {(self.height, self.width, 3)}, got {frame.dtype} {frame.shape}"
            )
        try:
            self._proc.stdin.write(np.ascontiguousarray(frame).data)
        except BrokenPipeError:
            self._proc.wait()
            raise FFmpegError("ffmpeg stopped reading frames", self._read_stderr()) from None
        self.frames += 1

    def _read_stderr(self) -> str:
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")

    def __exit__(self, exc_type, exc, tb) -> None:
        proc, tmp = self._proc, self._tmp
        assert proc is not None and tmp is not None
        try:
            if exc_type is not None:
                proc.kill()
                proc.wait()
                return
            try:
                proc.stdin.close()  # type: ignore[union-attr]
            except BrokenPipeError:
                pass
            code = proc.wait()
            if code != 0:
                raise FFmpegError(f"encoding {self.out_path.name} failed (exit {code})", self._read_stderr())
            if self.frames == 0:
                raise FFmpegError(f"no frames were written to {self.out_path.name}")
            os.replace(tmp, self.out_path)
        finally:
            tmp.unlink(missing_ok=True)
            if self._stderr is not None:
                self._stderr.close()


# --- scene pass ------------------------------------------------------------------------


def frame_count(duration_sec: float, fps: float) -> int:
    """Frames of a clip of this duration: the one rounding rule every stage shares."""
    return max(1, round(duration_sec * fps))


def export_video_args(profile: EncodeProfile) -> list[str]:
    """The export encode of one profile. Identical for every segment of the profile, which is
    what lets assembly join scene passes with stream copy.

    A keyframe every second and never sooner (``-g``/``-keyint_min`` at the frame rate; x264's
    GOPs are closed unless open-gop is asked for): the platforms ask for closed GOPs of at most a
    second or two, and every scene pass starts a GOP of its own, so the joined export keeps them."""
    return [
        "-c:v",
        "libx264",
        "-preset",
        profile.preset,
        "-crf",
        str(profile.crf),
        "-pix_fmt",
        "yuv420p",
        "-profile:v",
        "high",
        "-r",
        str(profile.fps),
        "-g",
        str(profile.fps),
        "-keyint_min",
        str(profile.fps),
        "-video_track_timescale",
        str(profile.fps * 1000),
    ]


def scene_pass(
    background: Path,
    layers: list[Layer],
    profile: EncodeProfile,
    duration_sec: float,
    out_path: Path,
    threads: int | None = None,
    keyframes: Sequence[float] = (),
    parts: tuple[int, Path] | None = None,
) -> Path:
    """Draw RGBA layers over the background clip in one encode with the profile's export settings.

    The background is centre-cropped to the profile's shape and then scaled to its size (cropping
    first scales only the pixels that are kept), resampled to its frame rate and, if it is
    shorter than the scene, held on its last frame; the result has exactly
    ``round(duration_sec * fps)`` frames and no audio. ``threads`` caps the encoder's threads
    (None: ffmpeg's choice, every core); it changes how fast, not what is encoded. ``keyframes``
    (seconds) forces key frames there, where the assembly cuts the pass by stream copy.
    ``parts`` (handle frames, a folder) also writes the pass cut there into ``part0.mp4`` (head),
    ``part1.mp4`` (body) and ``part2.mp4`` (tail), from the same encode (when the paths allow).
    """
    if duration_sec <= 0:
        raise ValueError("duration_sec must be positive")
    w, h, fps = profile.width, profile.height, profile.fps
    frames = frame_count(duration_sec, fps)
    inputs = ["-i", str(background)]
    big_w, big_h, pan = _parallax(layers, w, h, duration_sec)
    chains = [
        f"[0:v]fps={fps},crop=w='min(iw,ih*{w}/{h})':h='min(ih,iw*{h}/{w})',scale={big_w}:{big_h}:flags=bicubic,"
        f"setsar=1,tpad=stop_mode=clone:stop_duration={duration_sec + 1:.3f}{pan},format=yuv420p[v0]"
    ]
    last = "v0"
    for i, layer in enumerate(layers, start=1):
        if not Path(layer.path).is_file():
            raise FFmpegError(f"layer image {layer.path} does not exist")
        x, y = _expr(layer.x), _expr(layer.y)
        if layer.motion:
            # A moving layer is read once and repeated at the frame rate by the graph
            # (:data:`_HELD`), so its fades run frame by frame; a looped image input would
            # decode the PNG again for every frame (about 0.25 CPU s a layer in a 6 s 1080p pass).
            inputs += ["-framerate", str(fps), "-i", str(layer.path)]
            last = _moving_layer(chains, i, layer, x, y, duration_sec, h, last)
            continue
        inputs += ["-i", str(layer.path)]
        # format=yuv420 keeps the main picture without alpha: "auto" would blend in yuva420p,
        # several times slower on a full-frame text layer. A single-image input is held for
        # every frame (overlay repeats the last frame), so the PNG is decoded once.
        chains.append(f"[{last}][{i}:v]overlay=x='{x}':y='{y}':eval=frame:format=yuv420[v{i}]")
        last = f"v{i}"
    chains.append(f"[{last}]format=yuv420p[out]")
    encode = [
        *export_video_args(profile),
        *(["-force_key_frames", ",".join(f"{t:.6f}" for t in keyframes)] if keyframes else []),
        *(["-threads", str(threads)] if threads else []),
    ]
    with atomic_output(Path(out_path)) as tmp:
        if parts is not None and _tee_safe(tmp, parts[1]):
            outputs = _with_parts(encode, tmp, profile.fps, parts[0], frames, Path(parts[1]))
        else:
            outputs = [*encode, "-movflags", "+faststart", str(tmp)]
        _run(
            _ffmpeg(
                *inputs, "-filter_complex", ";".join(chains), "-map", "[out]", "-an", "-frames:v", str(frames)
            )
            + outputs,
            f"scene pass {Path(out_path).name}",
        )
    return Path(out_path)


def _tee_safe(*paths: Path) -> bool:
    """Whether paths can be named in a tee muxer's list (its separators are not in them)."""
    return not any(c in str(p) for p in paths for c in "[]|:\\,;='\"")


def _with_parts(
    encode: list[str], out: Path, fps: int, handle: int, frames: int, parts_dir: Path
) -> list[str]:
    """The output options of a scene pass that also writes its head, body and tail (as
    :func:`split_scene_pass` cuts them) from the same encode: one muxer per file, no second
    process to read the pass again."""
    scale = encode.index("-video_track_timescale")
    timescale = encode[scale + 1]
    encode = encode[:scale] + encode[scale + 2 :]  # a mov muxer option: given to each file below
    parts_dir.mkdir(parents=True, exist_ok=True)
    whole = f"[f=mp4:movflags=+faststart:video_track_timescale={timescale}]{out}"
    cut = (
        f"[f=segment:segment_format=mp4:segment_frames={handle}\\,{frames - handle}:reset_timestamps=1"
        f":segment_format_options=video_track_timescale\\\\={timescale}]{parts_dir / 'part%d.mp4'}"
    )
    return [*encode, "-f", "tee", f"{whole}|{cut}"]


# The filter that repeats a still image input's one frame for ever, at the input's frame rate
# (the graph ends with the scene's frames): the same frames as ``-loop 1`` on the input, from
# one decode of the image.
_HELD = "loop=loop=-1:size=1,"


def _moving_layer(
    chains: list[str], i: int, layer: Layer, x: str, y: str, duration_sec: float, frame_h: int, last: str
) -> str:
    """The filters that move input ``i`` (a looped layer image) over ``last`` as its
    ``motion`` says (:mod:`adgen.pipeline.typography`); the label of the result."""
    motion = layer.motion or {}
    enter = max(0.04, float(motion.get("enter_sec", 0.3)))
    leave = max(0.04, float(motion.get("leave_sec", 0.2)))
    kind = motion.get("kind", "slide")
    # On screen from ``start_sec`` (its entrance begins) to ``end_sec`` (its exit is over): off
    # the frames of a transition window (:mod:`adgen.pipeline.text_span`). Outside them the
    # overlay is not applied at all, so those frames are the picture's, exactly.
    begin = max(0.0, float(motion.get("start_sec") or 0.0))
    until = min(duration_sec, float(motion.get("end_sec") or duration_sec))
    fade_out = f"fade=t=out:st={max(0.0, until - leave):.3f}:d={leave:.3f}:alpha=1"
    shown = _shown(begin, until, duration_sec)
    parts = [p for p in layer.detail.get("parts") or [] if len(p) == 4 and p[2] > 0 and p[3] > 0]
    if kind == "words" and len(parts) >= 2:
        stagger = float(motion.get("stagger_sec", 0.1))
        outs = "".join(f"[p{i}_{k}]" for k in range(len(parts)))
        chains.append(f"[{i}:v]{_HELD}format=rgba,{fade_out},split={len(parts)}{outs}")
        for k, part in enumerate(parts):
            px, py, pw, ph = (int(v) for v in part)
            fade_in = f"fade=t=in:st={begin + k * stagger:.3f}:d={enter:.3f}:alpha=1"
            chains.append(f"[p{i}_{k}]crop={pw}:{ph}:{px}:{py},{fade_in}[q{i}_{k}]")
            at_x, at_y = _expr(f"{x}+{px}"), _expr(f"{y}+{py}")
            chains.append(f"[{last}][q{i}_{k}]overlay=x='{at_x}':y='{at_y}':format=yuv420{shown}[w{i}_{k}]")
            last = f"w{i}_{k}"
        return last
    if kind == "push":  # a product pushing in over the scene, grown from its base
        return _pushing_layer(chains, i, layer, x, y, duration_sec, last)
    fade_in = f"fade=t=in:st={begin:.3f}:d={enter:.3f}:alpha=1"
    since = f"max(0,t-{begin:.3f})" if begin > 0 else "t"
    if kind == "pop":
        from PIL import Image

        with Image.open(layer.path) as image:
            w0, h0 = image.size
        grow = f"(1-0.35*pow(1-min(1,{since}/{enter:.3f}),3))"
        chains.append(
            f"[{i}:v]{_HELD}format=rgba,scale=w='max(2,trunc(iw*{grow}/2)*2)':h='max(2,trunc(ih*{grow}/2)*2)'"
            f":eval=frame,{fade_in},{fade_out}[m{i}]"
        )
        at_x, at_y = _expr(f"{x}+({w0}-overlay_w)/2"), _expr(f"{y}+({h0}-overlay_h)/2")
    else:  # a slide up into place
        rise = round(float(motion.get("rise", 0.04)) * frame_h)
        # Turned into the overlay's yuva420p once, before it is repeated: converted after the
        # fades, every frame of the scene paid for it (0.9 CPU s in a 4.5 s 1080p end card).
        # The alpha fade of the planar format rounds a few values of the fade frames 1/255
        # apart from the packed one's; every other frame is the same.
        chains.append(f"[{i}:v]format=yuva420p,{_HELD}{fade_in},{fade_out}[m{i}]")
        at_x, at_y = x, _expr(f"{y}+{rise}*pow(1-min(1,{since}/{enter:.3f}),3)")
    chains.append(f"[{last}][m{i}]overlay=x='{at_x}':y='{at_y}':eval=frame:format=yuv420{shown}[v{i}]")
    return f"v{i}"


def _shown(begin: float, until: float, duration_sec: float) -> str:
    """The overlay option that applies a text only from ``begin`` to ``until`` (frames whose time
    is inside; nothing when that is the whole scene)."""
    if begin <= 0 and until >= duration_sec:
        return ""
    return f":enable='between(t,{max(0.0, begin - 0.001):.4f},{until - 0.001:.4f})'"


def _pushing_layer(
    chains: list[str], i: int, layer: Layer, x: str, y: str, duration_sec: float, last: str
) -> str:
    """A showcase's product (:mod:`adgen.pipeline.product_motion`): it pushes in from its base
    over the scene; a ``pop`` move bumps its size at each beat and eases back; an ``orbit``
    drifts it sideways (eased in and out) and narrows it a little mid-way, as if it turned; a
    ``reveal`` raises it into place (an ease-out from ``rise_px`` below) while it fades in and
    brightens from black, two fades of the small layer image: cheap beside the frame's encode."""
    from PIL import Image

    motion = layer.motion or {}
    with Image.open(layer.path) as image:
        w0, h0 = image.size
    start = float(motion.get("from_scale", 0.9))
    span = max(0.1, float(motion.get("duration_sec", duration_sec)))
    grow = f"({start:.3f}+{1 - start:.3f}*(1-pow(1-min(1,t/{span:.3f}),2)))"
    wide, shift, lift, shade = grow, "", "", ""
    if motion.get("move") == "pop" and motion.get("pop_beats"):
        amount, settle = float(motion.get("pop_amount", 0.05)), max(0.04, float(motion.get("pop_sec", 0.25)))
        bumps = "+".join(
            f"between(t,{b:.3f},{b + settle:.3f})*pow(1-(t-{b:.3f})/{settle:.3f},2)"
            for b in (float(v) for v in motion["pop_beats"])
        )
        grow = wide = f"({grow}*(1+{amount:.3f}*({bumps})))"
    elif motion.get("move") == "orbit":
        ease = f"(pow(min(1,t/{span:.3f}),2)*(3-2*min(1,t/{span:.3f})))"  # smoothstep 0 -> 1
        wide = f"({grow}*(1-{float(motion.get('squash', 0.0)):.3f}*sin(PI*min(1,t/{span:.3f}))))"
        shift = f"+{int(motion.get('drift_px', 0))}*(2*{ease}-1)"
    elif motion.get("move") == "reveal":
        sec = max(0.04, float(motion.get("reveal_sec", REVEAL_SEC)))
        fade = min(sec, max(0.04, float(motion.get("fade_sec", sec * REVEAL_FADE_SEC / REVEAL_SEC))))
        lift = f"+{int(motion.get('rise_px', 0))}*pow(1-min(1,t/{sec:.3f}),3)"
        # Opacity from nothing, then colour from near-black: the product comes out of the dark.
        # Not "black": ffmpeg fades from pure black by scaling every byte, the alpha's too.
        shade = f",fade=t=in:st=0:d={fade:.3f}:alpha=1,fade=t=in:st=0:d={sec:.3f}:color=0x08080C"
    chains.append(
        f"[{i}:v]{_HELD}format=rgba{shade},scale=w='max(2,trunc(iw*{wide}/2)*2)':h='max(2,trunc(ih*{grow}/2)*2)'"
        f":eval=frame[m{i}]"
    )
    at_x, at_y = _expr(f"{x}+({w0}-overlay_w)/2{shift}"), _expr(f"{y}+{h0}-overlay_h{lift}")
    chains.append(f"[{last}][m{i}]overlay=x='{at_x}':y='{at_y}':eval=frame:format=yuv420[v{i}]")
    return f"v{i}"


def _parallax(layers: list[Layer], w: int, h: int, duration_sec: float) -> tuple[int, int, str]:
    """The background's part of an orbiting product's parallax: the size it is scaled to (the
    frame's, grown by the move's share) and the crop that pans it the other way over the scene,
    eased like the product's drift ("" when no layer orbits)."""
    share = max((float((layer.motion or {}).get("parallax", 0.0)) for layer in layers), default=0.0)
    if share <= 0:
        return w, h, ""
    big_w, big_h = 2 * round(w * (1 + share) / 2), 2 * round(h * (1 + share) / 2)
    u = f"min(1,t/{max(0.1, duration_sec):.3f})"
    return big_w, big_h, f",crop={w}:{h}:x='(iw-ow)*pow({u},2)*(3-2*{u})':y='(ih-oh)/2'"


def _expr(expression: str) -> str:
    """An overlay position expression, checked so it cannot break out of the filter graph."""
    text = str(expression).strip()
    if not text or not re.fullmatch(r"[A-Za-z0-9_.+\-*/(), ]+", text):
        raise ValueError(f"unsafe or empty overlay expression {expression!r}")
    return text


# --- assembly --------------------------------------------------------------------------


def _concat_line(path: Path) -> str:
    escaped = str(Path(path).resolve()).replace("'", r"'\''")
    return f"file '{escaped}'\n"


def _sound_input(audio: Path | None, volume: float, duration_sec: float) -> tuple[list[str], str]:
    """The ffmpeg input and filter of the ad's sound: the music levelled, padded or cut to
    ``duration_sec`` and faded out at the end (or silence), at 48 kHz stereo."""
    if duration_sec <= 0:
        raise ValueError("duration_sec must be positive")
    fade = min(1.0, duration_sec / 4)
    if audio is None:
        return ["-f", "lavfi", "-i", f"anullsrc=r={AUDIO_RATE}:cl=stereo"], f"atrim=0:{duration_sec:.4f}"
    if not Path(audio).is_file():
        raise FFmpegError(f"audio track {audio} does not exist")
    af = (
        f"aresample={AUDIO_RATE},aformat=channel_layouts=stereo,volume={max(0.0, volume):.4f},"
        f"apad,atrim=0:{duration_sec:.4f},afade=t=out:st={duration_sec - fade:.4f}:d={fade:.4f}"
    )
    return ["-i", str(audio)], af


def _encode_sound(inputs: list[str], af: str, codec: list[str], out_path: Path, what: str) -> Path:
    with atomic_output(Path(out_path)) as tmp:
        _run(
            _ffmpeg(*inputs, "-vn", "-af", af, *codec, "-ar", str(AUDIO_RATE), "-ac", "2", str(tmp)),
            f"{what} {Path(out_path).name}",
        )
    return Path(out_path)


def soundtrack(audio: Path | None, volume: float, duration_sec: float, bitrate: str, out_path: Path) -> Path:
    """The ad's sound as AAC-LC (48 kHz stereo) in an .m4a: levelled, padded or cut to exactly
    ``duration_sec``, faded out at the end. Made once per render and stream-copied into every
    aspect.

    Without music it is a silent track, so every export has an audio stream (players and ad
    platforms treat a missing track differently from a silent one).
    """
    inputs, af = _sound_input(audio, volume, duration_sec)
    codec = ["-c:a", "aac", "-b:a", bitrate, "-f", "mp4"]
    return _encode_sound(inputs, af, codec, out_path, "encoding the soundtrack")


@dataclass(frozen=True)
class SoundLevels:
    """The loudness of the ad's sound before and after it was normalised (None: silent)."""

    before: Loudness | None
    after: Loudness | None


def normalised_soundtrack(
    audio: Path | None,
    volume: float,
    duration_sec: float,
    bitrate: str,
    out_path: Path,
    target_lufs: float = TARGET_LUFS,
    measured: Loudness | None = None,
) -> SoundLevels:
    """:func:`soundtrack` brought to ``target_lufs`` integrated with its true peak under -1 dBTP
    (EBU R128, one linear gain, so the music keeps its dynamics): the platforms play everything
    at about -14 LUFS, so a louder track only clips and a quieter one sounds weak beside the next
    ad. A silent ad stays silent.

    One pass: the mix is measured once (or ``measured`` is what an earlier render measured of
    the same mix, kept by its key), and when that gain keeps the true peak under the ceiling it
    is applied as it is, which is what loudnorm's linear mode does after its own analysis; only
    a track whose peaks a linear gain would push over the ceiling goes through loudnorm (two
    passes, its dynamic mode). The result is measured again, and normalised once more 1 dB lower
    if the AAC encode put its true peak over -1 dBTP."""
    if audio is None or volume <= 0:
        soundtrack(None, volume, duration_sec, bitrate, out_path)
        return SoundLevels(None, None)
    out_path = Path(out_path)
    inputs, af = _sound_input(audio, volume, duration_sec)
    with tempfile.TemporaryDirectory(dir=out_path.parent if out_path.parent.exists() else None) as td:
        mix = _encode_sound(inputs, af, ["-c:a", "pcm_s16le"], Path(td) / "mix.wav", "mixing the soundtrack")
        before = measured if measured is not None else measure_loudness(mix)
        codec = ["-c:a", "aac", "-b:a", bitrate, "-f", "mp4"]
        if not math.isfinite(before.integrated_lufs) or before.integrated_lufs < SILENT_LUFS:
            _encode_sound(["-i", str(mix)], "anull", codec, out_path, "encoding the soundtrack")
            return SoundLevels(before, None)
        after = None
        for ceiling in (NORMALISE_TRUE_PEAK_DBTP, NORMALISE_TRUE_PEAK_DBTP - 1.0):
            gain = target_lufs - before.integrated_lufs
            if math.isfinite(before.true_peak_dbtp) and before.true_peak_dbtp + gain <= ceiling:
                _encode_sound(
                    ["-i", str(mix)], f"volume={gain:.3f}dB", codec, out_path, "normalising the soundtrack"
                )
                after = replace(measure_loudness(out_path), normalization="linear")
            else:
                after = normalise_loudness(mix, out_path, target_lufs, ceiling, codec_args=codec)
            if after.true_peak_dbtp <= MAX_TRUE_PEAK_DBTP:
                break
    return SoundLevels(before, after)


def concat_and_mux(
    segments: list[Path],
    sound: Path,
    duration_sec: float,
    out_path: Path,
    durations: Sequence[float] | None = None,
) -> Path:
    """Join scene passes (or their parts and transition clips) and mux the soundtrack
    (:func:`soundtrack`), both by stream copy, cut to ``duration_sec``; the moov atom goes first
    so players start before the download ends. ``durations`` (seconds, one per segment) place
    each segment exactly: with B-frames a part's own timestamps run a few frames long."""
    if not segments:
        raise ValueError("nothing to concatenate")
    if duration_sec <= 0:
        raise ValueError("duration_sec must be positive")
    for seg in list(segments) + [sound]:
        if not Path(seg).is_file():
            raise FFmpegError(f"{'soundtrack' if seg == sound else 'segment'} {seg} does not exist")
    out_path = Path(out_path)
    with tempfile.TemporaryDirectory(dir=out_path.parent if out_path.parent.exists() else None) as td:
        listing = Path(td) / "segments.ffconcat"
        lines = [_concat_line(seg) for seg in segments]
        if durations is not None:
            lines = [f"{line}duration {d:.6f}\n" for line, d in zip(lines, durations, strict=True)]
        listing.write_text("ffconcat version 1.0\n" + "".join(lines))
        with atomic_output(out_path) as tmp:
            _run(
                _ffmpeg(
                    "-f",
                    "concat",
                    "-safe",
                    "0",
                    "-i",
                    str(listing),
                    "-i",
                    str(sound),
                    "-map",
                    "0:v:0",
                    "-map",
                    "1:a:0",
                    "-c",
                    "copy",
                    "-t",
                    f"{duration_sec:.4f}",
                    "-movflags",
                    "+faststart",
                    str(tmp),
                ),
                f"assembling {out_path.name}",
            )
    return out_path


def mp4_unfinished(path: Path) -> str | None:
    """Why an MP4 file was left unfinished, or None when its top-level boxes tile the file and
    one of them is the index (``moov``). Why: ffmpeg's segment muxer exits 0 when the last
    segment's trailer cannot be written (a full disk), leaving a file with no index that every
    later render reuses and fails on ("moov atom not found"). A walk over box headers, not a
    decode: a few reads per file."""
    size = path.stat().st_size
    seen: set[bytes] = set()
    offset = 0
    with open(path, "rb") as f:
        while offset < size:
            f.seek(offset)
            header = f.read(16)
            if len(header) < 8:
                return "it ends inside a box header"
            length, kind = int.from_bytes(header[:4], "big"), header[4:8]
            if length == 1 and len(header) == 16:
                length = int.from_bytes(header[8:16], "big")
            elif length == 0:
                length = size - offset
            if length < 8 or offset + length > size:
                return f"its {kind.decode('latin-1')!r} box runs past the end of the file"
            seen.add(kind)
            offset += length
    return None if b"moov" in seen else "it has no index (moov box)"


def split_scene_pass(
    scene: Path,
    head_frames: int,
    tail_frames: int,
    out_dir: Path,
    frames: int | None = None,
    fps: int | None = None,
) -> tuple[Path, Path, Path]:
    """Cut a scene pass into head, body and tail by stream copy, at the key frames it was
    encoded with (:func:`scene_pass` ``keyframes``): the head and tail feed the transition
    clips, the body is joined as it is. ``frames`` and ``fps``, when the caller knows them (the
    pass was made with them), save probing the file: a process less per scene and export."""
    if frames is None or fps is None:
        info = probe(Path(scene))
        frames = info.frame_count or round(info.duration_sec * info.fps)
        fps = round(info.fps)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pattern = out_dir / "part%d.mp4"
    proc = _run(
        _ffmpeg(
            "-i",
            str(scene),
            "-map",
            "0:v:0",
            "-c",
            "copy",
            "-f",
            "segment",
            "-segment_format",
            "mp4",
            # The scene passes' time scale (export_video_args), so the parts join the
            # transition clips by stream copy.
            "-segment_format_options",
            f"video_track_timescale={fps * 1000}",
            "-segment_frames",
            f"{head_frames},{frames - tail_frames}",
            "-reset_timestamps",
            "1",
            str(pattern),
        ),
        f"splitting {Path(scene).name}",
    )
    parts = tuple(out_dir / f"part{i}.mp4" for i in range(3))
    if not all(p.is_file() for p in parts) or (out_dir / "part3.mp4").exists():
        raise FFmpegError(f"{Path(scene).name} has no key frames where its transitions are cut")
    for part in parts:
        if why := mp4_unfinished(part):  # ffmpeg said why on stderr (a full disk), and exited 0
            raise FFmpegError(
                f"splitting {Path(scene).name} left {part.name} unfinished: {why}",
                proc.stderr.decode("utf-8", "replace"),
            )
    return parts  # type: ignore[return-value]


def transition_clip(
    tail: Path,
    head: Path,
    kind: str,
    start: int,
    frames: int,
    profile: EncodeProfile,
    out_path: Path,
    threads: int | None = None,
    n_tail: int | None = None,
    n_head: int | None = None,
) -> Path:
    """The window around one scene boundary: the end of one scene (``tail``) and the start of
    the next (``head``), with the transition at frame ``start`` of the window, ``frames`` long
    (an xfade ``kind``), or a hard cut there (``kind`` "cut"). Each scene holds its edge frame
    where the transition reaches past its own end; the clip is exactly tail + head frames long
    and encoded with the export settings, so it joins the bodies by stream copy. ``n_tail`` and
    ``n_head`` (frames), when the caller knows them, save probing the two parts."""
    fps = profile.fps
    if n_tail is None:
        n_tail = probe(Path(tail)).frame_count or 0
    if n_head is None:
        n_head = probe(Path(head)).frame_count or 0
    window = n_tail + n_head
    if not n_tail or not n_head or not 0 <= start <= window - max(frames, 1):
        raise ValueError(f"a transition at frame {start} (+{frames}) does not fit a {window}-frame window")
    end = start + max(frames, 0)
    # The scene before, up to the transition's end; the scene after, from its start.
    before = f"[0:v]fps={fps},setpts=N/({fps}*TB)"
    before += f",tpad=stop_mode=clone:stop={end - n_tail}" if end > n_tail else f",trim=end_frame={end}"
    after = f"[1:v]fps={fps},setpts=N/({fps}*TB)"
    if start < n_tail:
        after += f",tpad=start_mode=clone:start={n_tail - start}"
    else:
        after += f",trim=start_frame={start - n_tail},setpts=PTS-STARTPTS"
    if kind == "cut" or frames <= 0:
        graph = f"{before},setpts=N/({fps}*TB)[a];{after},setpts=N/({fps}*TB)[b];[a][b]concat=n=2:v=1:a=0[x]"
    else:
        graph = (
            f"{before},setpts=N/({fps}*TB)[a];{after},setpts=N/({fps}*TB)[b];"
            f"[a][b]xfade=transition={kind}:duration={frames / fps:.6f}:offset={start / fps:.6f}[x]"
        )
    with atomic_output(Path(out_path)) as tmp:
        _run(
            _ffmpeg(
                "-i",
                str(tail),
                "-i",
                str(head),
                "-filter_complex",
                graph + ";[x]format=yuv420p[out]",
                "-map",
                "[out]",
                "-an",
                "-frames:v",
                str(window),
                *export_video_args(profile),
                *(["-threads", str(threads)] if threads else []),
                "-f",
                "mp4",
                str(tmp),
            ),
            f"transition {Path(out_path).name}",
        )
    return Path(out_path)


def poster(
    video: Path, out_path: Path, at_sec: float, duration_sec: float | None = None, fps: float | None = None
) -> Path:
    """A JPEG still of the video at ``at_sec`` (clamped into the clip). ``duration_sec`` and
    ``fps``, when the caller knows them (it just made the video), save probing it."""
    if duration_sec is None or not fps:
        info = probe(Path(video))
        if not info.has_video:
            raise FFmpegError(f"{Path(video).name} has no video stream for a poster")
        duration_sec, fps = info.duration_sec, info.fps
    last = max(0.0, duration_sec - 1.5 / (fps or 25))
    at = min(max(0.0, at_sec), last)
    with atomic_output(Path(out_path)) as tmp:
        _run(
            _ffmpeg(
                "-ss",
                f"{at:.3f}",
                "-i",
                str(video),
                "-frames:v",
                "1",
                "-q:v",
                "3",
                "-update",
                "1",
                "-f",
                "image2",
                "-c:v",
                "mjpeg",
                str(tmp),
            ),
            f"poster of {Path(video).name}",
        )
    if not Path(out_path).stat().st_size:
        raise FFmpegError(f"poster of {Path(video).name} came out empty")
    return Path(out_path)


def read_frames(video: Path, width: int | None = None, height: int | None = None) -> np.ndarray:
    """Decode a clip to an array of RGB frames (N, H, W, 3); used to check media by its pixels."""
    info = probe(Path(video))
    w, h = width or info.width, height or info.height
    vf = ["-vf", f"scale={w}:{h}"] if (w, h) != (info.width, info.height) else []
    proc = _run(
        _ffmpeg("-i", str(video), *vf, "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"),
        f"decoding {Path(video).name}",
    )
    return np.frombuffer(proc.stdout, np.uint8).reshape(-1, h, w, 3)


__all__ = [
    "FFmpegError",
    "FrameWriter",
    "MediaInfo",
    "SoundLevels",
    "concat_and_mux",
    "mp4_unfinished",
    "export_video_args",
    "ffmpeg_exe",
    "ffprobe_exe",
    "frame_count",
    "normalised_soundtrack",
    "poster",
    "probe",
    "read_frames",
    "scene_pass",
    "soundtrack",
    "split_scene_pass",
    "transition_clip",
]
