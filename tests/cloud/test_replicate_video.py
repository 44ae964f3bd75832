"""The Replicate video adapter through the real replicate SDK, against the loopback Replicate API."""

from __future__ import annotations

import asyncio
import time

import pytest
from fakes.replicate_server import HTTPFailure, PredictionScript

from adgen.pipeline.errors import ProviderError
from adgen.pipeline.services.video.replicate import ReplicateVideoGenerator, wan_input
from adgen.pipeline.types import BackgroundRequest
from adgen.project import Style

MODEL_PATH = "/v1/models/wan-video/wan-2.2-t2v-fast/predictions"


def request(width: int = 360, height: int = 640, seconds: float = 4.0, fps: int = 24) -> BackgroundRequest:
    return BackgroundRequest(
        prompt="cold brew hero shot, energetic mood, navy and amber palette, bright lighting",
        style=Style(),
        width=width,
        height=height,
        fps=fps,
        duration_sec=seconds,
        seed=42,
    )


def generator(settings, **kwargs) -> ReplicateVideoGenerator:
    options = {"poll_interval": 0.02, "backoff_sec": 0.02, **kwargs}
    return ReplicateVideoGenerator(settings, **options)


def test_success_gives_an_exact_reframed_clip(
    replicate_settings, fake_replicate, tmp_path, ffprobe, first_frame_gray
) -> None:
    video = generator(replicate_settings)
    out = video.generate(request(), tmp_path / "clips" / "bg.mp4")
    info = ffprobe(out)
    streams = info["streams"]
    assert [s["codec_type"] for s in streams] == ["video"]  # no audio track
    clip = streams[0]
    assert (clip["width"], clip["height"], clip["codec_name"], clip["pix_fmt"]) == (
        360,
        640,
        "h264",
        "yuv420p",
    )
    assert clip["r_frame_rate"] == "24/1"
    assert int(clip["nb_read_frames"]) == 96  # 4.0 s at 24 fps from a 1.5 s source: looped
    assert float(info["format"]["duration"]) == pytest.approx(4.0, abs=0.01)
    # Reframed by cropping the 832x480 source, not letterboxed: no black bands top or bottom.
    frame = first_frame_gray(out, 360, 640)
    assert frame[:40].mean() > 30 and frame[-40:].mean() > 30
    # The model was asked for a portrait clip of the scene's prompt.
    (create,) = fake_replicate.creates
    assert create.path == MODEL_PATH
    assert create.body == {"input": wan_input(request())}
    assert create.body["input"]["aspect_ratio"] == "9:16" and create.body["input"]["num_frames"] == 81
    # One priced call recorded; no temporary files left behind.
    assert [(c.provider, c.model, c.usd) for c in video.calls] == [
        ("replicate", "wan-video/wan-2.2-t2v-fast", 0.05)
    ]
    assert sorted(p.name for p in (tmp_path / "clips").iterdir()) == ["bg.mp4"]


def test_long_source_is_trimmed_and_landscape_kept(
    replicate_settings, fake_replicate, tmp_path, ffprobe
) -> None:
    out = generator(replicate_settings).generate(request(640, 360, seconds=1.0), tmp_path / "wide.mp4")
    clip = ffprobe(out)["streams"][0]
    assert (clip["width"], clip["height"], int(clip["nb_read_frames"])) == (640, 360, 24)
    assert fake_replicate.creates[0].body["input"]["aspect_ratio"] == "16:9"


def test_authorization_token_is_sent_to_the_api_only(replicate_settings, fake_replicate, tmp_path) -> None:
    generator(replicate_settings).generate(request(), tmp_path / "bg.mp4")
    api = [r for r in fake_replicate.requests if r.path.startswith("/v1/")]
    downloads = [r for r in fake_replicate.requests if r.path.startswith("/files/")]
    assert api and all(r.headers["authorization"] == "Bearer r8_test_adgen" for r in api)
    assert downloads and all("authorization" not in r.headers for r in downloads)


def test_wrong_token_is_a_clear_error_without_retries(replicate_settings, fake_replicate, tmp_path) -> None:
    fake_replicate.token = "r8_someone_else"
    with pytest.raises(ProviderError, match=r"rejected the create request \(HTTP 401\)"):
        generator(replicate_settings).generate(request(), tmp_path / "bg.mp4")
    assert len(fake_replicate.creates) == 1


def test_failed_prediction_raises_with_the_providers_message(
    replicate_settings, fake_replicate, tmp_path
) -> None:
    fake_replicate.queue_prediction(
        PredictionScript(outcome="failed", error="NSFW content detected", polls=2)
    )
    video = generator(replicate_settings)
    with pytest.raises(ProviderError, match="failed: NSFW content detected") as caught:
        video.generate(request(), tmp_path / "bg.mp4")
    assert caught.value.provider == "replicate" and caught.value.model == "wan-video/wan-2.2-t2v-fast"
    assert (
        len(video.calls) == 1 and video.calls[0].usd == 0.0
    )  # recorded, and per-clip pricing bills no failure
    assert not (tmp_path / "bg.mp4").exists()


def test_timeout_cancels_the_prediction(replicate_settings, fake_replicate, tmp_path) -> None:
    fake_replicate.queue_prediction(PredictionScript(outcome="never"))
    video = generator(replicate_settings, timeout_sec=0.4)
    started = time.monotonic()
    with pytest.raises(ProviderError, match=r"did not finish within 0.4 s and was canceled"):
        video.generate(request(), tmp_path / "bg.mp4")
    assert time.monotonic() - started < 3
    (cancel,) = fake_replicate.cancels
    prediction_id = cancel.path.split("/")[3]
    assert fake_replicate.predictions[prediction_id].status == "canceled"
    assert cancel.headers["authorization"] == "Bearer r8_test_adgen"
    assert len(video.calls) == 1
    assert not (tmp_path / "bg.mp4").exists()


def test_rate_limit_on_create_waits_retry_after_then_succeeds(
    replicate_settings, fake_replicate, tmp_path, ffprobe
) -> None:
    fake_replicate.fail_next(HTTPFailure(429, on="create", retry_after="1"))
    out = generator(replicate_settings).generate(request(), tmp_path / "bg.mp4")
    first, second = fake_replicate.creates
    assert second.at - first.at >= 0.95  # Retry-After honoured, not the 0.02 s backoff
    assert int(ffprobe(out)["streams"][0]["nb_read_frames"]) == 96


def test_server_errors_are_retried_with_backoff(replicate_settings, fake_replicate, tmp_path) -> None:
    fake_replicate.fail_next(
        HTTPFailure(500, on="create"), HTTPFailure(503, on="get"), HTTPFailure(502, on="download")
    )
    out = generator(replicate_settings).generate(request(), tmp_path / "bg.mp4")
    assert out.exists()
    assert len(fake_replicate.creates) == 2
    assert len(fake_replicate.requests_to("GET", "/files/")) == 2


def test_persistent_server_errors_give_up(replicate_settings, fake_replicate, tmp_path) -> None:
    fake_replicate.fail_next(*[HTTPFailure(500, on="create") for _ in range(3)])
    with pytest.raises(
        ProviderError, match="create failed after 3 attempts: HTTP 500: Internal server error"
    ) as caught:
        generator(replicate_settings, max_attempts=3).generate(request(), tmp_path / "bg.mp4")
    assert caught.value.retryable
    assert len(fake_replicate.creates) == 3


async def test_concurrent_generations_overlap(replicate_settings, fake_replicate, tmp_path) -> None:
    fake_replicate.queue_prediction(*[PredictionScript(polls=4) for _ in range(3)])
    video = generator(replicate_settings, poll_interval=0.05)
    outs = await asyncio.gather(
        *(video.agenerate(request(seconds=1.0), tmp_path / f"bg{i}.mp4") for i in range(3))
    )
    assert all(p.stat().st_size > 0 for p in outs)
    creates = [r.at for r in fake_replicate.creates]
    polls = [r.at for r in fake_replicate.requests_to("GET", "/v1/predictions/")]
    assert len(creates) == 3 and len(polls) == 12
    assert max(creates) < min(polls[-3:])  # all three were in flight at once
    assert len(video.calls) == 3


async def test_cancelling_the_task_cancels_the_prediction(
    replicate_settings, fake_replicate, tmp_path
) -> None:
    fake_replicate.queue_prediction(PredictionScript(outcome="never"))
    video = generator(replicate_settings)
    task = asyncio.create_task(video.agenerate(request(), tmp_path / "bg.mp4"))
    while not fake_replicate.requests_to("GET", "/v1/predictions/"):
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert len(fake_replicate.cancels) == 1


def test_wan_input_covers_long_scenes() -> None:
    short = wan_input(request(seconds=3))
    assert (short["num_frames"], short["frames_per_second"]) == (81, 16)
    six = wan_input(request(seconds=6))
    assert (six["num_frames"], six["frames_per_second"]) == (96, 16)
    long = wan_input(request(seconds=9))
    assert long["num_frames"] <= 100 and long["num_frames"] / long["frames_per_second"] >= 9
    final = wan_input(request(1080, 1920))
    assert final["resolution"] == "720p" and final["aspect_ratio"] == "9:16"


def test_without_a_token_it_refuses_clearly(settings) -> None:
    with pytest.raises(ProviderError, match="REPLICATE_API_TOKEN"):
        ReplicateVideoGenerator(settings)


def test_generator_is_picklable_for_process_pools(replicate_settings) -> None:
    import pickle

    clone = pickle.loads(pickle.dumps(generator(replicate_settings)))
    assert clone.model == "wan-video/wan-2.2-t2v-fast" and clone.name == "replicate"
    assert clone.runner.base_url == replicate_settings.replicate_base_url
