"""Cloud backgrounds: a Wan text-to-video model on Replicate, normalised to the scene's clip.

Wan gives 832x480 (or 480x832, 720p on request) at 16 fps, 81-100 frames. The renderer needs
exactly ``width`` x ``height`` at its fps for exactly the scene's duration, so the download is
reframed by scaling to cover and centre-cropping (never letterboxed), resampled to the target
fps, and trimmed or looped to the exact frame count.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from adgen.pipeline.ffmpeg import frame_count
from adgen.pipeline.services.replicate_client import Pricing, ReplicateAdapter, run_ffmpeg_to, run_sync
from adgen.pipeline.types import BackgroundRequest
from adgen.settings import Settings

CODE_VERSION = 1
# Wan 2.2 fast: 81-100 frames at 5-24 fps (replicate.com/wan-video/wan-2.2-t2v-fast).
WAN_MIN_FRAMES, WAN_MAX_FRAMES = 81, 100
WAN_FPS, WAN_MIN_FPS = 16, 5
DEFAULT_USD_PER_CLIP = 0.05  # list-price estimate of one 480p clip; override per deployment


def wan_input(request: BackgroundRequest) -> dict[str, Any]:
    """The Wan text-to-video input for one background: orientation, resolution, length, seed.

    A scene longer than 100 frames at 16 fps is asked for at a lower frame rate so the clip
    still covers it; normalisation resamples to the export fps either way.
    """
    fps = WAN_FPS
    needed = math.ceil(request.duration_sec * fps)
    if needed > WAN_MAX_FRAMES:
        fps = max(WAN_MIN_FPS, math.floor(WAN_MAX_FRAMES / request.duration_sec))
        needed = math.ceil(request.duration_sec * fps)
    return {
        "prompt": request.prompt,
        "num_frames": min(WAN_MAX_FRAMES, max(WAN_MIN_FRAMES, needed)),
        "frames_per_second": fps,
        "aspect_ratio": "9:16" if request.height > request.width else "16:9",
        "resolution": "720p" if max(request.width, request.height) > 832 else "480p",
        "seed": int(request.seed) % (2**31),
        "go_fast": True,
    }


async def normalise_clip(
    source: Path, request: BackgroundRequest, out_path: Path, *, timeout_sec: float = 300.0
) -> Path:
    """``source`` as an H.264 mp4 of exactly the request's size, fps and frame count.

    Scale to cover then centre-crop (reframed, not letterboxed); loop a short clip, trim a long
    one; no audio. Written to a temporary name and then replaced, so a crash leaves nothing.
    """
    width, height = request.width, request.height
    frames = frame_count(request.duration_sec, request.fps)
    return await run_ffmpeg_to(
        out_path,
        [
            "-stream_loop",
            "-1",
            "-i",
            str(source),
            "-an",
            "-vf",
            (
                f"fps={request.fps},scale={width}:{height}:force_original_aspect_ratio=increase:"
                f"flags=bicubic,crop={width}:{height},setsar=1,format=yuv420p"
            ),
            "-frames:v",
            str(frames),
            "-r",
            str(request.fps),
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-crf",
            "18",
            "-movflags",
            "+faststart",
        ],
        tmp_suffix=".tmp.mp4",
        what="normalising the Replicate clip",
        timeout_sec=timeout_sec,
    )


class ReplicateVideoGenerator(ReplicateAdapter):
    """VideoGenerator backed by Replicate (``settings.replicate_video_model``, Wan text-to-video).

    Raises :class:`ProviderError` on any failure; ``calls`` records one ProviderCall per
    prediction, failed ones included.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        poll_interval: float = 1.0,
        max_attempts: int = 5,
        backoff_sec: float = 1.0,
        timeout_sec: float | None = None,
        usd_per_call: float = DEFAULT_USD_PER_CLIP,
    ) -> None:
        super().__init__(
            settings,
            model=settings.replicate_video_model,
            pricing=Pricing(usd_per_call=usd_per_call),
            poll_interval=poll_interval,
            max_attempts=max_attempts,
            backoff_sec=backoff_sec,
            timeout_sec=timeout_sec,
        )
        self.usd_per_call = usd_per_call

    def estimate_usd(self, request: BackgroundRequest | None = None) -> float:
        """The expected cost of one background, to ask the marketer before spending."""
        return self.runner.pricing.estimate()

    def generate(self, request: BackgroundRequest, out_path: Path) -> Path:
        return run_sync(lambda: self.agenerate(request, out_path))

    async def agenerate(self, request: BackgroundRequest, out_path: Path) -> Path:
        """Generate, download and normalise one background clip to ``out_path``."""
        return await self.run_normalised(
            wan_input(request),
            out_path,
            lambda raw, out, timeout: normalise_clip(raw, request, out, timeout_sec=timeout),
            raw_suffix=".raw.mp4",
            unusable="the clip of prediction {id} is not a usable video",
        )


__all__ = ["ReplicateVideoGenerator", "normalise_clip", "wan_input"]
