"""Renders through the queue with real `adgen worker` processes and a real Redis."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from job_helpers import media_shape, wait_until
from rq import Worker
from rq.job import Job

from adgen.jobs.events import ProgressEvent, subscribe
from adgen.jobs.queue import RenderQueue
from adgen.store.projects import open_project_store

# Real worker processes render whole ads: the slow loop.
pytestmark = pytest.mark.slow


async def _collect(redis_url: str, project_id: str, timeout: float = 120.0) -> list[ProgressEvent]:
    async def run() -> list[ProgressEvent]:
        return [event async for event in subscribe(redis_url, project_id)]

    return await asyncio.wait_for(run(), timeout)


def _media_key(settings, url: str) -> str:
    return Path(url.removeprefix("file://")).relative_to(settings.media_dir).as_posix()


def test_queue_render_equals_direct_render_fanned_out_on_two_workers(
    queue_settings, stored_project, workers, redis_url, tmp_path
):
    import redis

    from adgen.pipeline.orchestrator import render_context, render_project
    from adgen.settings import Settings

    workers.start("w1")
    workers.start("w2")
    conn = redis.Redis.from_url(redis_url)
    wait_until(lambda: Worker.count(connection=conn) == 2, 30, "two registered workers")

    queue = RenderQueue(redis_url, queue_settings)
    ticket = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner, quality="draft")
    assert len(ticket.job_ids) == 1 + 3 + 1  # prepare, 3 scenes, assembly
    scene_jobs = [j for j in ticket.job_ids if j.startswith("scene-")]

    # A late subscriber: it connects once a scene is finished, and must get what it missed first.
    wait_until(
        lambda: any(e.state == "done" and e.scene_id for e in queue.events.part_events(ticket.render_id)),
        120,
        "a finished scene",
    )
    joined_at = time.time()
    events = asyncio.run(_collect(redis_url, stored_project.project_id))

    assert [e.seq for e in events] == list(range(1, len(events) + 1)), "every event, in order, once"
    assert events[0].stage == "render" and events[0].state == "queued"
    assert events[-1].terminal and events[-1].state == "done", events[-1]
    assert any(e.at < joined_at for e in events) and any(e.at > joined_at for e in events), (
        "catch-up events and live events"
    )
    fractions = [e.fraction for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    done_scenes = {e.scene_id for e in events if e.stage == "scene" and e.state == "done"}
    assert done_scenes == {"scene_1", "scene_2", "scene_3"}
    assert all(e.preview_url for e in events if e.stage == "scene" and e.state == "done")

    # Fan-out: the scene jobs were spread over both workers.
    ran_on = {Job.fetch(j, connection=conn).latest_result().worker_name for j in scene_jobs}
    assert ran_on == {"w1", "w2"}

    project = open_project_store(queue_settings).get_internal(stored_project.project_id, 1)
    assert project.render_status.state == "completed", project.render_status
    assert set(project.aspect_exports) == {"9:16", "1:1", "16:9"}
    assert all(s.scene_video_url for s in project.scenes)

    # The same document rendered directly, in another data folder: same content keys, same media.
    direct_settings = Settings(data_dir=tmp_path / "direct")
    direct = render_project(stored_project, render_context(direct_settings, "draft")).project
    assert direct.render_status.state == "completed"
    for aspect, url in project.aspect_exports.items():
        direct_url = direct.aspect_exports[aspect]
        assert _media_key(queue_settings, url) == _media_key(direct_settings, direct_url)
        assert media_shape(Path(url.removeprefix("file://"))) == media_shape(
            Path(direct_url.removeprefix("file://"))
        )
    assert media_shape(Path(project.aspect_exports["9:16"].removeprefix("file://")))["height"] == 640
