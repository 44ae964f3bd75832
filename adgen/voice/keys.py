"""Content keys of the voice stages, by the convention of :mod:`adgen.pipeline.keys`: sha256 over
the canonical JSON of ``{"stage", "code", "inputs"}``, the inputs being exactly what the stage
reads. So editing one scene's line changes that scene's speech key, its caption layer's key,
the subtitle files' key and the mix key, and nothing else; changing the voice changes every
speech key; moving the headline changes only that scene's caption layer.

When the stages join the render, their names and code versions move into
``adgen.pipeline.keys.CODE_VERSION`` and :func:`voice_stage_key` becomes ``stage_key`` (the
payload is the same, so the keys do not change).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from adgen.pipeline.keys import _canonical, provider_identity
from adgen.voice.caption_layer import CaptionStyle
from adgen.voice.types import Rect, VoiceSpec

STAGE_SPEECH = "speech"
STAGE_CAPTIONS = "captions"  # one scene's burned-in caption layer at one frame size
STAGE_SUBTITLES = "subtitles"  # the ad's .srt and .vtt
STAGE_VOICE_MIX = "voice_mix"  # music ducked under the voice, normalised

VOICE_CODE_VERSION: dict[str, int] = {
    STAGE_SPEECH: 1,
    STAGE_CAPTIONS: 1,
    STAGE_SUBTITLES: 1,
    STAGE_VOICE_MIX: 1,
}


def voice_stage_key(stage: str, **inputs: Any) -> str:
    """sha256 over the canonical JSON of the stage's inputs plus its code version."""
    if stage not in VOICE_CODE_VERSION:
        raise ValueError(f"unknown voice stage {stage!r}")
    payload = {"stage": stage, "code": VOICE_CODE_VERSION[stage], "inputs": _canonical(inputs)}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def speech_key(text: str, spec: VoiceSpec, engine: Any) -> str:
    """One scene's speech: the line, the voice, rate and pitch, and the engine (name, model with
    espeak-ng's version, code version)."""
    return voice_stage_key(
        STAGE_SPEECH,
        text=" ".join(text.split()),
        voice=spec.voice,
        rate=spec.rate,
        pitch=spec.pitch,
        engine=provider_identity(engine),
    )


def captions_key(
    speech: str,
    style: CaptionStyle,
    frame: tuple[int, int],
    safe: Rect,
    avoid: Sequence[Rect],
    duration_sec: float,
    offset_sec: float,
    brand_font: str | None,
) -> str:
    """One scene's caption layer: its speech (the words and their times), where the speech
    starts in the scene, the look, and the geometry it is laid out in."""
    return voice_stage_key(
        STAGE_CAPTIONS,
        speech=speech,
        style=asdict(style),
        frame=list(frame),
        safe=asdict(safe),
        avoid=[asdict(b) for b in avoid],
        duration=duration_sec,
        offset=offset_sec,
        font=brand_font,
    )


def subtitles_key(placements: Sequence[tuple[float, str]], max_chars: int, max_lines: int) -> str:
    """The ad's sidecar files: every scene's speech key with its start time in the ad."""
    return voice_stage_key(
        STAGE_SUBTITLES, speech=[list(p) for p in placements], max_chars=max_chars, max_lines=max_lines
    )


def mix_key(
    music: str | None,
    volume: float,
    placements: Sequence[tuple[float, str]],
    duration_sec: float,
    duck_db: float,
    target_lufs: float,
    true_peak_db: float,
) -> str:
    """The ad's sound: the music's key and volume, each speech key at its start, the ducking
    depth and the loudness target."""
    return voice_stage_key(
        STAGE_VOICE_MIX,
        music=music,
        volume=volume,
        speech=[list(p) for p in placements],
        duration=duration_sec,
        duck_db=duck_db,
        target_lufs=target_lufs,
        true_peak_db=true_peak_db,
    )


__all__ = [
    "STAGE_CAPTIONS",
    "STAGE_SPEECH",
    "STAGE_SUBTITLES",
    "STAGE_VOICE_MIX",
    "VOICE_CODE_VERSION",
    "captions_key",
    "mix_key",
    "speech_key",
    "subtitles_key",
    "voice_stage_key",
]
