"""Crash recovery and cancellation with real worker processes."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest
import redis
from job_helpers import ffprobe, wait_until
from proc_tree import descendants, session, still_alive
from rq import Worker
from rq.job import Job, JobStatus

from adgen.jobs.events import subscribe
from adgen.jobs.queue import RenderQueue
from adgen.store.projects import open_project_store

# Real worker processes, one killed mid-job: the slow loop.
pytestmark = pytest.mark.slow


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except FileNotFoundError:
        return []
    return [int(p) for p in text.split()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_sigkilled_worker_mid_job_is_recovered_by_a_new_worker(
    queue_settings, stored_project, workers, redis_url
):
    conn = redis.Redis.from_url(redis_url)
    # Two render processes: the job renders on a process pool (whose workers used to outlive a
    # SIGKILLed worker, blocked on a pipe forever) with an ffmpeg in each.
    first = workers.start("doomed", extra_env={"ADGEN_RENDER_PROCESSES": "2"})
    wait_until(lambda: Worker.count(connection=conn) == 1, 30, "the first worker")
    queue = RenderQueue(redis_url, queue_settings)
    ticket = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)

    victim = ticket.job_ids[2]  # scene_2, the longest scene (7 s of video)
    wait_until(lambda: queue.job_statuses([victim])[victim] == JobStatus.STARTED.value, 60, "scene_2 running")
    # Mid-job: its background is being made (the scene has reported progress, not finished).
    wait_until(
        lambda: any(
            e.scene_id == "scene_2" and e.stage_fraction > 0 and e.state == "running"
            for e in queue.events.part_events(ticket.render_id)
        ),
        30,
        "scene_2 progress",
    )
    horses = _children(first.pid)
    assert horses, "the worker forked a work horse (and a scheduler)"
    wait_until(
        lambda: any("ffmpeg" in p.name for p in descendants(first.pid)), 30, "the job's pool to run an ffmpeg"
    )
    doomed = descendants(first.pid)
    os.kill(first.pid, signal.SIGKILL)  # as the OOM killer does: no code of the worker runs
    first.wait(timeout=10)
    wait_until(
        lambda: not any(_alive(p) for p in horses), 10, "the horse and scheduler to die with their worker"
    )
    # Nothing the worker started is left: not its pool's processes, not an ffmpeg, not a process
    # started meanwhile (the worker's session holds everything it ever started).
    try:
        wait_until(
            lambda: not still_alive(doomed) and not session(first.pid),
            10,
            "every process of the worker to end",
        )
    except AssertionError:
        left = still_alive(doomed) + session(first.pid)
        raise AssertionError("left behind by the killed worker:\n" + "\n".join(map(str, left))) from None
    assert Job.fetch(victim, connection=conn).get_status() == JobStatus.STARTED  # abandoned, not failed

    workers.start("rescuer-1", extra_env={"ADGEN_JOB_STALE_SEC": "5"})
    workers.start("rescuer-2", extra_env={"ADGEN_JOB_STALE_SEC": "5"})
    final = queue.wait(stored_project.project_id, ticket.render_id, timeout=150)
    assert final.state == "done", (final, workers.log("rescuer-1")[-3000:])

    job = Job.fetch(victim, connection=conn)
    assert job.meta.get("adgen_reaps") == 1
    assert job.latest_result().worker_name.startswith("rescuer")
    project = open_project_store(queue_settings).get_internal(stored_project.project_id, 1)
    assert project.render_status.state == "completed", project.render_status
    # Nothing half-written is visible, and no duplicate exports: one assembly per aspect (the
    # assembly folder also keeps the scene passes' cut parts and the transition windows).
    media = queue_settings.media_dir
    exports = {Path(url.removeprefix("file://")) for url in project.aspect_exports.values()}
    assert len(exports) == 3 and all(p.parent == media / "stages" / "assembly" for p in exports)
    assert not [p for p in media.rglob("*") if ".tmp" in p.name or p.name.endswith(".part")]
    for clip in media.rglob("*.mp4"):
        info = ffprobe(clip)
        assert float(info["format"]["duration"]) >= 0.4, clip  # a readable video (cut parts are 0.5 s)
    for url in project.aspect_exports.values():
        assert Path(url.removeprefix("file://")).is_file()


def test_cancel_stops_running_and_queued_jobs(queue_settings, stored_project, workers, redis_url):
    conn = redis.Redis.from_url(redis_url)
    worker = workers.start("solo")
    wait_until(lambda: Worker.count(connection=conn) == 1, 30, "a worker")
    queue = RenderQueue(redis_url, queue_settings)
    pid = stored_project.project_id
    ticket = queue.enqueue_render(pid, 1, owner=stored_project.owner)
    running = ticket.job_ids[2]  # scene_2, the longest scene: still running when the cancel lands
    wait_until(
        lambda: queue.job_statuses([running])[running] == JobStatus.STARTED.value, 60, "scene_2 running"
    )

    assert queue.cancel(pid) is True
    assert queue.cancel(pid) is False  # nothing left to cancel

    async def events():
        return [e async for e in subscribe(redis_url, pid)]

    seen = asyncio.run(asyncio.wait_for(events(), 20))
    assert seen[-1].terminal and seen[-1].state == "cancelled" and seen[-1].error == "cancelled by user"

    def settled():
        statuses = queue.job_statuses(ticket.job_ids)
        return statuses if all(s in ("canceled", "stopped", "finished") for s in statuses.values()) else None

    statuses = wait_until(settled, 30, "every job cancelled or stopped")
    assert statuses[running] == "stopped"
    assert statuses[ticket.job_ids[-1]] == "canceled"  # the assembly never runs
    assert len(queue.queue) == 0
    project = open_project_store(queue_settings).get_internal(pid, 1)
    assert project.render_status.state == "failed"
    assert project.render_status.error == "cancelled by user"
    assert project.aspect_exports == {}
    assert worker.poll() is None, "the worker survives a cancel"
    assert queue.events.final(ticket.render_id).state == "cancelled"
