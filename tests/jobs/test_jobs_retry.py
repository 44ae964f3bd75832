"""A provider failure is retried by RQ (Retry + the worker's scheduler), then the render completes."""

from __future__ import annotations

import asyncio

import pytest
import redis
from fakes.replicate_server import FakeReplicate, PredictionScript
from job_helpers import wait_until
from rq import Worker
from rq.job import Job

from adgen.jobs.events import subscribe
from adgen.jobs.queue import RETRY_MAX, RenderQueue
from adgen.store.projects import open_project_store

# Real worker processes and a loopback Replicate: the slow loop.
pytestmark = pytest.mark.slow

TOKEN = "r8_test_jobs"
MUSICGEN_VERSION = "671ac645ce5e552cc63a54a2bbff63fcf798043055d2dac5fc9e36a837eedcfb"


def test_a_failed_provider_call_is_retried_and_the_render_completes(
    queue_settings, stored_project, workers, redis_url, monkeypatch
):
    with FakeReplicate(token=TOKEN, community_models={"meta/musicgen": MUSICGEN_VERSION}) as fake:
        env = {"REPLICATE_API_TOKEN": TOKEN, "REPLICATE_BASE_URL": fake.base_url}
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        from adgen.pipeline.keys import project_keys
        from adgen.pipeline.providers import providers_for
        from adgen.settings import Settings

        settings = Settings()
        keys = project_keys(stored_project, "draft", providers_for(settings))
        clips = {sid: {k.background for k in by_aspect.values()} for sid, by_aspect in keys.scenes.items()}
        # One worker, so the order of predictions is known: the music (prepare job), then the
        # background clip(s) of scene_1, which fail; every later prediction succeeds.
        fake.queue_prediction(
            PredictionScript(),
            *(PredictionScript(outcome="failed", error="CUDA out of memory") for _ in clips["scene_1"]),
        )
        conn = redis.Redis.from_url(redis_url)
        workers.start("cloudy", extra_env=env)
        wait_until(lambda: Worker.count(connection=conn) == 1, 30, "a worker")
        queue = RenderQueue(redis_url, settings)
        ticket = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)
        final = queue.wait(stored_project.project_id, ticket.render_id, timeout=150)
        assert final.state == "done", (final, workers.log("cloudy")[-3000:])

        scene_1 = Job.fetch(ticket.job_ids[1], connection=conn)
        assert scene_1.args[2] == "scene_1"
        assert scene_1.retries_left == RETRY_MAX - 1, "scene_1 was run a second time by RQ"
        project = open_project_store(settings).get_internal(stored_project.project_id, 1)
        assert project.render_status.state == "completed", project.render_status
        videos = [r for r in fake.creates if "wan-video" in r.path]
        # the failed attempt of scene_1, then every clip of every scene
        assert len(videos) == len(clips["scene_1"]) + sum(len(c) for c in clips.values())
        assert project.cost.calls, "the cloud calls are counted"

        async def events():
            return [e async for e in subscribe(redis_url, stored_project.project_id)]

        seen = asyncio.run(asyncio.wait_for(events(), 10))
        retrying = [e for e in seen if e.scene_id == "scene_1" and "retrying" in e.message]
        assert retrying and "CUDA out of memory" in (retrying[0].error or "")
