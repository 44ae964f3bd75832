"""Redis lost mid-render (issue 13 item 6), with a real redis-server killed with SIGKILL and started
again on its data: the busy worker keeps its job (it used to exit with code 1, leaving its job
process and ffmpeg orphaned), reconnects with back-off, and the render completes; while Redis is
away the render service says so in one sentence instead of failing with a traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import redis
from job_helpers import media_shape, wait_until
from redis_proc import RedisProcess
from rq import Worker
from rq.job import Job, JobStatus
from worker_procs import WorkerProcs

from adgen.jobs.queue import RenderQueue, RenderQueueUnavailable
from adgen.jobs.service import QueueRenderService
from adgen.store.projects import open_project_store

OUTAGE_SEC = 14  # longer than a heartbeat and than the reaper's staleness (10 s)


@pytest.fixture
def own_redis(tmp_path: Path):
    server = RedisProcess(tmp_path / "redis").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def outage_settings(data_dir: Path, own_redis: RedisProcess, monkeypatch: pytest.MonkeyPatch):
    from adgen.settings import Settings

    monkeypatch.setenv("REDIS_URL", own_redis.url)
    return Settings()


@pytest.mark.slow
def test_busy_worker_keeps_its_job_through_a_redis_outage_and_the_render_completes(
    outage_settings, own_redis: RedisProcess, data_dir: Path, sample_project, tmp_path: Path
):
    project = open_project_store(outage_settings).create(sample_project)
    pid = project.project_id
    (tmp_path / "logs").mkdir()
    workers = WorkerProcs(own_redis.url, data_dir, tmp_path / "logs")
    try:
        worker = workers.start("steady", extra_env={"ADGEN_RENDER_PROCESSES": "2"})
        conn = redis.Redis.from_url(own_redis.url)
        wait_until(lambda: Worker.count(connection=conn) == 1, 30, "the worker")
        queue = RenderQueue(own_redis.url, outage_settings)
        ticket = queue.enqueue_render(pid, 1, owner=project.owner)
        scene_2 = ticket.job_ids[2]  # the longest scene
        wait_until(
            lambda: queue.job_statuses([scene_2])[scene_2] == JobStatus.STARTED.value, 60, "scene_2 running"
        )

        own_redis.kill()
        service = QueueRenderService(outage_settings, own_redis.url)
        with pytest.raises(RenderQueueUnavailable, match="render queue \\(Redis\\) is not answering"):
            service.status(pid)
        time.sleep(OUTAGE_SEC)
        assert worker.poll() is None, (
            "the worker must wait for Redis, not exit:\n" + workers.log("steady")[-3000:]
        )
        own_redis.start()

        final = queue.wait(pid, ticket.render_id, timeout=240)
        assert final.state == "done", (final, workers.log("steady")[-3000:])
        assert worker.poll() is None
        log = workers.log("steady")
        assert "Redis unreachable" in log and "Redis answers again" in log, log[-3000:]
        # The worker that had the job finished it: nobody mistook it for dead and ran it again.
        job = Job.fetch(scene_2, connection=conn)
        assert job.get_status() == JobStatus.FINISHED
        assert not job.meta.get("adgen_reaps"), job.meta
        rendered = open_project_store(outage_settings).get_internal(pid, 1)
        assert rendered.render_status.state == "completed", rendered.render_status
        shape = media_shape(Path(rendered.aspect_exports["9:16"].removeprefix("file://")))
        assert (shape["width"], shape["height"], shape["duration"]) == (360, 640, 15.0), shape
    finally:
        workers.stop_all()


def test_the_queue_says_in_one_sentence_that_redis_is_unreachable(outage_settings, own_redis, sample_project):
    """A configured Redis that does not answer is said so; the render never silently moves into
    this process (the web chat's renders would die with it)."""
    from adgen.jobs.service import get_render_service

    project = open_project_store(outage_settings).create(sample_project)
    own_redis.kill()
    service = get_render_service(outage_settings)
    assert isinstance(service, QueueRenderService)
    with pytest.raises(RenderQueueUnavailable) as refused:
        service.start_render(project.project_id, 1, owner=project.owner)
    message = str(refused.value)
    assert "not answering" in message and "adgen up" in message and "saved" in message
    assert "\n" not in message and "Traceback" not in message and own_redis.url not in message
    # Nothing changed: the document is still the draft it was.
    assert open_project_store(outage_settings).get_internal(project.project_id).render_status.state == "draft"
