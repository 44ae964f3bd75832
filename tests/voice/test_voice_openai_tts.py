"""The OpenAI text-to-speech adapter against a loopback server speaking OpenAI's wire format,
with the real openai SDK pointed at it by base URL; the speech it returns is real (Flite)."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from fakes.openai_server import ErrorReply
from voice_fake_speech import FakeSpeech
from voice_measure import onsets

from adgen.voice.pcm import read_wav
from adgen.voice.types import SpeechError, VoiceSpec

pytestmark = pytest.mark.skipif(shutil.which("flite") is None, reason="flite missing: run scripts/setup.sh")


@pytest.fixture
def fake():
    with FakeSpeech() as server:
        yield server


@pytest.fixture
def engine_for(fake, data_dir, monkeypatch):
    from adgen.settings import Settings
    from adgen.voice.openai_tts import OpenAISpeechEngine

    def make(timeout: float = 30.0, max_retries: int = 2) -> OpenAISpeechEngine:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-voice")
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        monkeypatch.setenv("ADGEN_TTS_TIMEOUT", str(timeout))
        monkeypatch.setenv("ADGEN_TTS_MODEL", "gpt-4o-mini-tts")
        return OpenAISpeechEngine(Settings(), max_retries=max_retries)

    return make


LINE = "Still tired at three? Wake up to cold brew. Order today."


def test_speech_comes_back_as_audio_with_aligned_word_times(fake, engine_for, tmp_path):
    engine = engine_for()
    speech = engine.synthesise(LINE, VoiceSpec(engine="openai", voice="alloy", rate=1.1), tmp_path / "s.wav")
    body = fake.requests[0]
    assert body == {
        "model": "gpt-4o-mini-tts",
        "voice": "alloy",
        "input": LINE,
        "response_format": "wav",
        "speed": 1.1,
    }
    assert fake.headers[0]["authorization"] == "Bearer sk-test-voice"
    samples, rate = read_wav(speech.path)
    assert rate == 48_000 and samples.ndim == 1
    assert abs(len(samples) / rate - speech.duration_sec) < 1e-6 and speech.duration_sec > 1.5
    assert speech.timing_source == "alignment"
    assert [w.text for w in speech.words] == LINE.split()
    starts = [w.start for w in speech.words]
    assert starts == sorted(starts)
    # Words that follow a pause start where the sound starts again (measured from the audio).
    measured = onsets(samples, rate)
    assert len(measured) >= 3
    for i in (0, 4, 9):  # "Still", "Wake", "Order"
        nearest = min(measured, key=lambda t, s=speech.words[i].start: abs(t - s))
        assert abs(nearest - speech.words[i].start) <= 0.15, (speech.words[i], measured)
    assert engine.calls and engine.calls[0].usd > 0


def test_rate_limit_is_retried_by_the_sdk(fake, engine_for, tmp_path):
    fake.queue(ErrorReply(429, "Rate limit reached", type="requests", headers={"retry-after": "0"}))
    speech = engine_for().synthesise(
        "Order today.", VoiceSpec(engine="openai", voice="onyx"), tmp_path / "s.wav"
    )
    assert len(fake.requests) == 2
    assert speech.duration_sec > 0.3


def test_server_errors_become_a_clear_error(fake, engine_for, tmp_path):
    for _ in range(3):
        fake.queue(ErrorReply(503, "The server is overloaded"))
    with pytest.raises(SpeechError) as caught:
        engine_for().synthesise("Order today.", VoiceSpec(engine="openai", voice="alloy"), tmp_path / "s.wav")
    assert "HTTP 503" in str(caught.value) and "try again later" in str(caught.value)
    assert caught.value.retryable and len(fake.requests) == 3
    assert not (tmp_path / "s.wav").exists()


def test_a_bad_request_is_not_retried_and_says_what_to_check(fake, engine_for, tmp_path):
    fake.queue(ErrorReply(400, "Invalid voice 'nobody'", type="invalid_request_error"))
    with pytest.raises(SpeechError, match="check the voice and model settings") as caught:
        engine_for().synthesise("Hi there.", VoiceSpec(engine="openai", voice="nobody"), tmp_path / "s.wav")
    assert not caught.value.retryable and len(fake.requests) == 1


def test_timeout_becomes_a_clear_error(fake, engine_for, tmp_path):
    fake.queue(None, delay_sec=2.0).queue(None, delay_sec=2.0)
    with pytest.raises(SpeechError, match="did not answer within"):
        engine_for(timeout=0.4, max_retries=1).synthesise(
            "Order today.", VoiceSpec(engine="openai", voice="alloy"), tmp_path / "s.wav"
        )
    assert len(fake.requests) == 2


def test_pitch_is_shifted_after_the_api(fake, engine_for, tmp_path):
    engine = engine_for()
    plain = engine.synthesise("Order today.", VoiceSpec(engine="openai", voice="alloy"), tmp_path / "a.wav")
    deep = engine.synthesise(
        "Order today.", VoiceSpec(engine="openai", voice="alloy", pitch=0.8), tmp_path / "b.wav"
    )
    a, rate = read_wav(plain.path)
    b, _ = read_wav(deep.path)
    assert abs(len(a) - len(b)) / rate < 0.05  # same pace

    def centroid(x: np.ndarray) -> float:
        spectrum = np.abs(np.fft.rfft(x))
        freqs = np.fft.rfftfreq(len(x), 1 / rate)
        return float((spectrum * freqs).sum() / spectrum.sum())

    assert centroid(b) < centroid(a) * 0.9
