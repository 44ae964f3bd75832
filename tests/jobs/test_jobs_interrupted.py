"""A render running inside a process that is killed (issue 13 item 7): without Redis, the web chat
renders in its own process, and a SIGKILL used to leave the ad "queued" forever with no word.
The next start on the same data folder marks it failed, with a sentence that says what happened
and what to do, and rendering again completes it; the killed process leaves no helper behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from job_helpers import media_shape, wait_until
from proc_tree import descendants, session, still_alive

from adgen.store.projects import open_project_store

# A render in a process killed mid-way, then a whole draft render: the slow loop.
pytestmark = pytest.mark.slow

RENDERING_PROCESS = """
import sys, time
from adgen.jobs.service import get_render_service
from adgen.settings import Settings
service = get_render_service(Settings())
service.start_render(sys.argv[1], 1, owner=sys.argv[2], quality="draft")
print("started", flush=True)
time.sleep(600)
"""


def test_a_render_whose_process_was_killed_is_failed_with_a_message_at_the_next_start(
    settings, data_dir: Path, sample_project
):
    store = open_project_store(settings)
    project = store.create(sample_project)
    pid = project.project_id
    env = {**os.environ, "ADGEN_RENDER_PROCESSES": "2"}  # the render's pool and its ffmpegs too
    proc = subprocess.Popen(
        [sys.executable, "-c", RENDERING_PROCESS, pid, project.owner],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until(
            lambda: any("ffmpeg" in p.name for p in descendants(proc.pid)), 60, "the render to run ffmpeg"
        )
        assert store.get(pid, owner=project.owner).render_status.state == "queued"
        helpers = descendants(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        wait_until(
            lambda: not still_alive(helpers) and not session(proc.pid), 10, "the render's helpers to end"
        )
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)

    from adgen.jobs.service import InProcessRenderService, recover_interrupted_renders

    assert recover_interrupted_renders(settings) == [(pid, 1)]
    status = store.get(pid, owner=project.owner).render_status
    assert status.state == "failed", status
    assert "stopped" in status.error and "render" in status.error.lower(), status.error
    assert recover_interrupted_renders(settings) == []  # told once

    service = InProcessRenderService(settings)
    render_id = service.start_render(pid, 1, owner=project.owner)
    final = service.wait(pid, render_id, timeout=300)
    assert final.state == "done", final
    rendered = store.get(pid, owner=project.owner)
    assert rendered.render_status.state == "completed" and rendered.render_status.error is None
    shape = media_shape(Path(rendered.aspect_exports["9:16"].removeprefix("file://")))
    assert (shape["width"], shape["height"], shape["duration"]) == (360, 640, 15.0), shape


def test_a_live_process_render_is_left_alone(settings, sample_project):
    """Two processes on one data folder: the second's start-up never fails the first's renders."""
    from adgen.jobs.service import InProcessRenderService, recover_interrupted_renders

    store = open_project_store(settings)
    project = store.create(sample_project)
    service = InProcessRenderService(settings)
    render_id = service.start_render(project.project_id, 1, owner=project.owner)
    try:
        assert recover_interrupted_renders(settings) == []
        assert store.get(project.project_id, owner=project.owner).render_status.state in (
            "queued",
            "completed",
        )
    finally:
        service.wait(project.project_id, render_id, timeout=300)
