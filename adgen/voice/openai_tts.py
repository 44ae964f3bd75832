"""Cloud speech: OpenAI's text-to-speech API (``client.audio.speech.create``), word times from
forced alignment.

The SDK retries rate limits (429), server errors (5xx), timeouts and dropped connections itself
(``max_retries``, exponential back-off honouring ``retry-after``); what still fails becomes a
:class:`SpeechError` that says what happened and what to do. The API has no pitch control, so
a pitch other than 1.0 is applied afterwards by resampling (tempo kept).
"""

from __future__ import annotations

from pathlib import Path

import openai

from adgen.pipeline.types import ProviderCall
from adgen.settings import Settings
from adgen.voice.align import aligned_speech
from adgen.voice.pcm import decode
from adgen.voice.types import Speech, SpeechError, VoiceSpec

CODE_VERSION = 1
VOICES = ("alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse")
# US dollars per input character (OpenAI's list prices: tts-1 $15 and tts-1-hd $30 per million
# characters; gpt-4o-mini-tts about $0.015 a spoken minute, ~$12 per million characters).
USD_PER_CHAR = {"tts-1": 15e-6, "tts-1-hd": 30e-6, "gpt-4o-mini-tts": 12e-6}


class OpenAISpeechEngine:
    """OpenAI text-to-speech; ``model`` from ADGEN_TTS_MODEL, the voice from the spec."""

    name = "openai"
    remote = True
    version = CODE_VERSION

    def __init__(self, settings: Settings, *, max_retries: int = 2) -> None:
        if not settings.openai_api_key:
            raise SpeechError("the cloud voice needs OPENAI_API_KEY; set it or use the offline voice.")
        self.model = settings.tts_model
        self.usd_per_call = 0.0
        self.client = openai.OpenAI(
            api_key=settings.openai_api_key,
            base_url=settings.openai_base_url,
            timeout=settings.tts_timeout_sec,
            max_retries=max_retries,
        )
        self.calls: list[ProviderCall] = []

    def _error(self, message: str, retryable: bool) -> SpeechError:
        return SpeechError(message, provider=self.name, model=self.model, retryable=retryable)

    def _request(self, text: str, spec: VoiceSpec) -> bytes:
        try:
            response = self.client.audio.speech.create(
                model=self.model,
                voice=spec.voice,
                input=text,
                response_format="wav",
                speed=spec.rate,
            )
            return response.content
        except openai.RateLimitError as exc:
            raise self._error(
                "OpenAI's text-to-speech is rate-limiting this key even after retries; try again in a minute.",
                True,
            ) from exc
        except openai.APITimeoutError as exc:
            raise self._error(
                f"OpenAI's text-to-speech did not answer within {self.client.timeout}s; try again, "
                "or use the offline voice.",
                True,
            ) from exc
        except openai.APIStatusError as exc:
            message = getattr(exc, "message", str(exc))
            raise self._error(
                f"OpenAI's text-to-speech failed (HTTP {exc.status_code}: {message}); "
                + ("try again later." if exc.status_code >= 500 else "check the voice and model settings."),
                exc.status_code >= 500,
            ) from exc
        except openai.APIConnectionError as exc:
            raise self._error(
                "Could not reach OpenAI's text-to-speech; check the network or OPENAI_BASE_URL.",
                True,
            ) from exc

    def synthesise(self, text: str, spec: VoiceSpec, out_path: Path) -> Speech:
        """Speak ``text`` with OpenAI into a 48 kHz mono WAV; word times by forced alignment."""
        line = " ".join(text.split())
        if not line:
            raise SpeechError("the voice-over line is empty; write something for the voice to say.")
        data = self._request(line, spec)
        try:
            samples = decode(data)
        except Exception as exc:  # noqa: BLE001 - any undecodable answer is the provider's fault
            raise self._error(
                "OpenAI's text-to-speech returned audio that cannot be decoded; try again.",
                True,
            ) from exc
        speech = aligned_speech(line, samples, spec.pitch, out_path, f"openai:{self.model}:{spec.voice}")
        self.calls.append(
            ProviderCall(self.name, self.model, usd=len(line) * USD_PER_CHAR.get(self.model, 15e-6))
        )
        return speech


__all__ = ["VOICES", "OpenAISpeechEngine"]
