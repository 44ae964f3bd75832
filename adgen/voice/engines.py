"""Which voice speaks: Piper when its voice file is there, OpenAI when keyed, else espeak-ng
(ADGEN_TTS_ENGINE names one to force it), and the voice each engine uses by default."""

from __future__ import annotations

from typing import Protocol

from adgen.settings import Settings
from adgen.voice.types import EngineName, Speech, SpeechError, VoiceSpec

DEFAULT_VOICES: dict[str, str] = {"espeak": "en-us", "openai": "alloy", "piper": "default"}


class SpeechEngine(Protocol):
    name: str
    remote: bool

    def synthesise(self, text: str, spec: VoiceSpec, out_path: object) -> Speech: ...


def engine_name(settings: Settings) -> EngineName:
    """The engine a render uses, from ADGEN_TTS_ENGINE (auto: Piper, then OpenAI, then espeak-ng)."""
    from adgen.voice.piper import piper_available

    wanted = settings.tts_engine.strip().lower()
    if wanted in ("espeak", "openai", "piper"):
        return wanted  # type: ignore[return-value]
    if wanted != "auto":
        raise SpeechError(
            f"ADGEN_TTS_ENGINE must be auto, espeak, openai or piper, not {settings.tts_engine!r}."
        )
    if piper_available(settings.piper_voice):
        return "piper"
    return "openai" if settings.openai_api_key else "espeak"


def voice_spec(
    settings: Settings, rate: float = 1.0, pitch: float = 1.0, voice: str | None = None
) -> VoiceSpec:
    """The spec a scene is spoken with: its own voice if set, else ADGEN_TTS_VOICE, else the
    engine's default."""
    engine = engine_name(settings)
    if engine == "piper":
        chosen = settings.piper_voice or DEFAULT_VOICES["piper"]
    else:
        chosen = voice or settings.tts_voice or DEFAULT_VOICES[engine]
    return VoiceSpec(engine=engine, voice=chosen, rate=rate, pitch=pitch)


def speech_engine(settings: Settings, spec: VoiceSpec) -> SpeechEngine:
    """The engine object for a spec."""
    if spec.engine == "openai":
        from adgen.voice.openai_tts import OpenAISpeechEngine

        return OpenAISpeechEngine(settings)
    if spec.engine == "piper":
        from adgen.voice.piper import PiperEngine

        return PiperEngine(spec.voice)
    from adgen.voice.espeak import EspeakEngine

    return EspeakEngine()


__all__ = ["DEFAULT_VOICES", "SpeechEngine", "engine_name", "speech_engine", "voice_spec"]
