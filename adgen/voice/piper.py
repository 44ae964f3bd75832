"""Neural offline speech with Piper, used when a Piper voice file is present.

Like the rembg cut-out model, nothing is downloaded: put a voice (``en_US-lessac-medium.onnx``
with its ``.onnx.json`` next to it) where ``ADGEN_PIPER_VOICE`` points and install the
``piper`` extra (``pip install -e ".[piper]"``). Without both, :func:`piper_available` is False
and the espeak-ng voice is used. Piper reports no word times, so they come from forced
alignment; rate maps to Piper's ``length_scale`` and pitch is shifted afterwards.
"""

from __future__ import annotations

import importlib.util
import wave
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from adgen.voice.align import aligned_speech
from adgen.voice.pcm import resample
from adgen.voice.types import SAMPLE_RATE, Speech, SpeechError, VoiceSpec

CODE_VERSION = 1


def piper_available(voice_file: str | Path | None) -> bool:
    """A Piper voice file (and its config) exists and the piper package is installed."""
    if not voice_file:
        return False
    path = Path(voice_file).expanduser()
    config = path.with_name(path.name + ".json")
    return path.is_file() and config.is_file() and importlib.util.find_spec("piper") is not None


@lru_cache(maxsize=2)
def _load(path: str) -> Any:
    from piper import PiperVoice

    return PiperVoice.load(path)


class PiperEngine:
    """Piper speaking with the voice file given at construction."""

    name = "piper"
    remote = False
    usd_per_call = 0.0
    version = CODE_VERSION

    def __init__(self, voice_file: str | Path) -> None:
        self.voice_file = Path(voice_file).expanduser()
        if not piper_available(self.voice_file):
            raise SpeechError(
                f"the Piper voice {self.voice_file} is not usable (the .onnx file, its .onnx.json, "
                "or the piper package is missing); install the piper extra and the voice, or use espeak.",
                provider="piper",
            )
        self.model = self.voice_file.name

    def synthesise(self, text: str, spec: VoiceSpec, out_path: Path) -> Speech:
        from piper import SynthesisConfig

        line = " ".join(text.split())
        if not line:
            raise SpeechError("the voice-over line is empty; write something for the voice to say.")
        voice = _load(str(self.voice_file))
        tmp = Path(out_path).with_name(f".{Path(out_path).stem}.piper.wav")
        try:
            with wave.open(str(tmp), "wb") as wav_file:
                voice.synthesize_wav(line, wav_file, syn_config=SynthesisConfig(length_scale=1.0 / spec.rate))
            with wave.open(str(tmp), "rb") as src:
                rate = src.getframerate()
                raw = np.frombuffer(src.readframes(src.getnframes()), "<i2").astype(np.float32) / 32768.0
        finally:
            tmp.unlink(missing_ok=True)
        samples = resample(raw, rate, SAMPLE_RATE)
        return aligned_speech(line, samples, spec.pitch, out_path, f"piper:{self.model}")


__all__ = ["PiperEngine", "piper_available"]
