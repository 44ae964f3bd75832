"""Content keys of the voice stages, made by the pipeline's own :func:`adgen.pipeline.keys.stage_key`
(the stage names and code versions are in ``adgen.pipeline.keys.CODE_VERSION``), the inputs being
exactly what the stage reads. So editing one scene's line changes that scene's speech key, its
caption layers' keys, the subtitle files' key and the mix key, and nothing else; changing the
voice changes every speech key; moving the headline changes only that scene's caption layers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from adgen.pipeline.keys import CODE_VERSION, provider_identity, stage_key
from adgen.pipeline.stages import STAGE_CAPTIONS, STAGE_SPEECH, STAGE_SUBTITLES, STAGE_VOICE_MIX
from adgen.voice.caption_layer import CaptionStyle
from adgen.voice.types import Rect, VoiceSpec

VOICE_CODE_VERSION: dict[str, int] = {
    stage: CODE_VERSION[stage] for stage in (STAGE_SPEECH, STAGE_CAPTIONS, STAGE_SUBTITLES, STAGE_VOICE_MIX)
}


def voice_stage_key(stage: str, **inputs: Any) -> str:
    """:func:`adgen.pipeline.keys.stage_key` for a voice stage (any other stage is refused)."""
    if stage not in VOICE_CODE_VERSION:
        raise ValueError(f"unknown voice stage {stage!r}")
    return stage_key(stage, **inputs)


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
    avoid: Sequence[Rect | str],
    duration_sec: float,
    offset_sec: float,
    brand_font: str | None,
) -> str:
    """One scene's caption layer: its speech (the words and their times), where the speech
    starts in the scene, the look, and the geometry it is laid out in. ``avoid`` holds the boxes
    to keep clear, or the keys of the layers they come from (the headline's text layer: its box
    is decided by that key alone)."""
    return voice_stage_key(
        STAGE_CAPTIONS,
        speech=speech,
        style=asdict(style),
        frame=list(frame),
        safe=asdict(safe),
        avoid=[b if isinstance(b, str) else asdict(b) for b in avoid],
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
