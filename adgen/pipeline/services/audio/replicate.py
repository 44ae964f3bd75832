"""Cloud music: MusicGen on Replicate, normalised to a WAV of exactly the ad's length.

MusicGen writes instrumental music from a text prompt; the prompt is built from the ad's music
mood. It is asked for the ad's length (up to 30 s, beyond which generation gets slow and
costly); a longer ad loops the track. The result is resampled to 44.1 kHz stereo, cut to the
exact sample count and faded in and out, as the local engine does.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from adgen.pipeline.services.replicate_client import Pricing, ReplicateAdapter, run_ffmpeg_to, run_sync
from adgen.pipeline.types import MusicRequest
from adgen.settings import Settings

CODE_VERSION = 1
SAMPLE_RATE = 44100
MAX_GENERATED_SEC = 30
# meta/musicgen runs on an A100 (80 GB): billed per second of predict time.
DEFAULT_USD_PER_SECOND = 0.0014

MOOD_PROMPTS: dict[str, str] = {
    "upbeat": "upbeat modern pop, punchy drums, bright synths, catchy hook, 120 bpm",
    "energetic": "energetic electronic dance track, driving beat, bright synth stabs, 128 bpm",
    "ambient": "calm ambient pads, soft piano, gentle texture, slow 70 bpm",
    "calm": "calm acoustic guitar and soft piano, warm and relaxed, 75 bpm",
    "cinematic": "elegant cinematic strings, slow build, luxurious, 80 bpm",
    "luxurious": "elegant lounge jazz, smooth bass, soft brushes, sophisticated, 90 bpm",
    "playful": "playful ukulele and glockenspiel, whistling, bouncy, 110 bpm",
    "epic": "epic orchestral trailer music, big drums, brass, dramatic build, 100 bpm",
    "dramatic": "dark dramatic orchestral tension, deep drums, high contrast, 95 bpm",
    "acoustic": "warm acoustic folk, fingerpicked guitar, cozy, 95 bpm",
    "corporate": "clean corporate background music, light piano and plucks, optimistic, 105 bpm",
}


def music_prompt(mood: str) -> str:
    """A MusicGen prompt for a mood word (known moods get a fuller description)."""
    key = mood.strip().lower()
    described = MOOD_PROMPTS.get(key) or f"{key} background music"
    return f"{described}, instrumental, no vocals, for a short video advert"


def musicgen_input(request: MusicRequest) -> dict[str, Any]:
    return {
        "prompt": music_prompt(request.mood),
        "duration": int(min(MAX_GENERATED_SEC, max(1, math.ceil(request.duration_sec)))),
        "model_version": "stereo-large",
        "output_format": "wav",
        "normalization_strategy": "peak",
        "seed": int(request.seed) % (2**31),
    }


async def normalise_track(
    source: Path, duration_sec: float, out_path: Path, *, timeout_sec: float = 120.0
) -> Path:
    """``source`` as a 44.1 kHz stereo 16-bit WAV of exactly ``duration_sec`` (looped if short)."""
    samples = max(1, round(duration_sec * SAMPLE_RATE))
    fade = min(1.0, duration_sec / 4)
    return await run_ffmpeg_to(
        out_path,
        [
            "-stream_loop",
            "-1",
            "-i",
            str(source),
            "-vn",
            "-af",
            (
                f"aresample={SAMPLE_RATE},atrim=end_sample={samples},asetpts=N/SR/TB,"
                f"afade=t=in:d=0.05,afade=t=out:st={max(0.0, duration_sec - fade):.3f}:d={fade:.3f}"
            ),
            "-ac",
            "2",
            "-ar",
            str(SAMPLE_RATE),
            "-c:a",
            "pcm_s16le",
            "-f",
            "wav",
        ],
        tmp_suffix=".tmp.wav",
        what="normalising the Replicate track",
        timeout_sec=timeout_sec,
    )


class ReplicateMusicEngine(ReplicateAdapter):
    """MusicEngine backed by Replicate (``settings.replicate_music_model``, MusicGen).

    The model may be ``owner/name`` (run by its latest version when it has no model-scoped
    endpoint) or ``owner/name:version``. ``calls`` records one ProviderCall per prediction.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        poll_interval: float = 1.0,
        max_attempts: int = 5,
        backoff_sec: float = 1.0,
        timeout_sec: float | None = None,
        usd_per_second: float = DEFAULT_USD_PER_SECOND,
    ) -> None:
        super().__init__(
            settings,
            model=settings.replicate_music_model,
            pricing=Pricing(usd_per_second=usd_per_second),
            poll_interval=poll_interval,
            max_attempts=max_attempts,
            backoff_sec=backoff_sec,
            timeout_sec=timeout_sec,
        )
        self.usd_per_second = usd_per_second

    def estimate_usd(self, request: MusicRequest | None = None) -> float:
        """Expected cost of one track: roughly twice real time of GPU for MusicGen large."""
        seconds = MAX_GENERATED_SEC if request is None else min(MAX_GENERATED_SEC, request.duration_sec)
        return self.runner.pricing.estimate(expected_predict_sec=2 * seconds + 10)

    def generate(self, request: MusicRequest, out_path: Path) -> Path:
        return run_sync(lambda: self.agenerate(request, out_path))

    async def agenerate(self, request: MusicRequest, out_path: Path) -> Path:
        """Generate, download and normalise one track to ``out_path`` (WAV, whatever its suffix)."""
        return await self.run_normalised(
            musicgen_input(request),
            out_path,
            lambda raw, out, timeout: normalise_track(raw, request.duration_sec, out, timeout_sec=timeout),
            raw_suffix=".raw",
            unusable="the audio of prediction {id} is not usable",
        )


__all__ = ["ReplicateMusicEngine", "music_prompt", "musicgen_input", "normalise_track"]
