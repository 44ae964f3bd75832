"""The Replicate music adapter (MusicGen) through the real replicate SDK, on the loopback API."""

from __future__ import annotations

import asyncio
import wave

import numpy as np
import pytest
from fakes.replicate_server import HTTPFailure, PredictionScript

from adgen.pipeline.errors import ProviderError
from adgen.pipeline.services.audio.replicate import ReplicateMusicEngine, music_prompt
from adgen.pipeline.types import MusicRequest


def engine(settings, **kwargs) -> ReplicateMusicEngine:
    return ReplicateMusicEngine(settings, **{"poll_interval": 0.02, "backoff_sec": 0.02, **kwargs})


def read_wav(path) -> tuple[int, int, np.ndarray]:
    with wave.open(str(path)) as wav:
        rate, channels = wav.getframerate(), wav.getnchannels()
        samples = np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16).reshape(-1, channels)
    return rate, channels, samples


def test_track_is_exact_length_and_looped(replicate_settings, fake_replicate, tmp_path) -> None:
    music = engine(replicate_settings)
    out = music.generate(MusicRequest(mood="upbeat", duration_sec=7.5, seed=3), tmp_path / "track.wav")
    rate, channels, samples = read_wav(out)
    assert (rate, channels, len(samples)) == (44100, 2, 330750)  # 7.5 s to the sample
    # The 3 s source tone is looped to fill 7.5 s: sound at 5 s, faded to silence at the very end.
    loud = np.abs(samples[5 * rate : 5 * rate + 4410].astype(np.int32)).mean()
    assert loud > 1000
    assert np.abs(samples[-50:].astype(np.int32)).max() < 300
    # meta/musicgen has no model-scoped endpoint: the adapter found its latest version and ran that.
    paths = [(r.method, r.path) for r in fake_replicate.requests if r.path.startswith("/v1/")]
    assert paths[:3] == [
        ("POST", "/v1/models/meta/musicgen/predictions"),
        ("GET", "/v1/models/meta/musicgen"),
        ("POST", "/v1/predictions"),
    ]
    create = fake_replicate.creates[-1]
    assert create.body["version"] == fake_replicate.community_models["meta/musicgen"]
    inputs = create.body["input"]
    assert inputs["prompt"] == music_prompt("upbeat") and "upbeat" in inputs["prompt"]
    assert inputs["duration"] == 8 and inputs["output_format"] == "wav"
    # Billed per GPU second: 2.5 s of predict time at $0.0014.
    assert [(c.model, c.usd) for c in music.calls] == [("meta/musicgen", pytest.approx(0.0035))]


def test_known_version_skips_the_lookup(replicate_settings, fake_replicate, tmp_path, monkeypatch) -> None:
    from adgen.settings import Settings

    monkeypatch.setenv("ADGEN_MUSIC_MODEL", "meta/musicgen:abc123")
    fake_replicate.queue_prediction(PredictionScript(output="music.wav"))
    out = engine(Settings()).generate(MusicRequest(mood="calm", duration_sec=2.0, seed=1), tmp_path / "t.wav")
    assert read_wav(out)[2].shape == (88200, 2)
    assert [r.path for r in fake_replicate.requests if r.method == "POST"] == ["/v1/predictions"]
    assert fake_replicate.creates[0].body["version"] == "abc123"


def test_failed_prediction_is_a_provider_error_and_still_costed(
    replicate_settings, fake_replicate, tmp_path
) -> None:
    fake_replicate.queue_prediction(
        PredictionScript(outcome="failed", error="Prompt too long", predict_time=4.0)
    )
    music = engine(replicate_settings)
    with pytest.raises(ProviderError, match="failed: Prompt too long"):
        music.generate(MusicRequest(mood="epic", duration_sec=5, seed=1), tmp_path / "t.wav")
    assert [c.usd for c in music.calls] == [pytest.approx(0.0056)]  # GPU time is billed on failure too
    assert not (tmp_path / "t.wav").exists()


def test_timeout_cancels(replicate_settings, fake_replicate, tmp_path) -> None:
    fake_replicate.queue_prediction(PredictionScript(outcome="never"))
    with pytest.raises(ProviderError, match="did not finish"):
        engine(replicate_settings, timeout_sec=0.3).generate(MusicRequest("calm", 5, 1), tmp_path / "t.wav")
    assert len(fake_replicate.cancels) == 1


def test_rate_limited_poll_then_success(replicate_settings, fake_replicate, tmp_path) -> None:
    fake_replicate.fail_next(HTTPFailure(429, on="get", retry_after="0"))
    out = engine(replicate_settings).generate(MusicRequest("playful", 3, 1), tmp_path / "t.wav")
    assert read_wav(out)[2].shape == (132300, 2)


async def test_sync_generate_works_inside_a_running_loop(
    replicate_settings, fake_replicate, tmp_path
) -> None:
    # Some callers (a Chainlit handler, a notebook) already run an event loop in this thread.
    assert asyncio.get_running_loop()
    out = engine(replicate_settings).generate(MusicRequest("ambient", 1.5, 1), tmp_path / "t.wav")
    assert read_wav(out)[2].shape == (66150, 2)


def test_unknown_mood_still_prompts_musically() -> None:
    assert music_prompt("Mysterious").startswith("mysterious background music")
    assert "no vocals" in music_prompt("upbeat")
