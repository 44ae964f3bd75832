"""A voiced ad rendered through the queue (prepare, one job per scene, assembly on a real worker
and Redis) gives the very files of the same document rendered in one process: the speech made by
the prepare job is what the scene jobs caption and the assembly mixes (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from job_helpers import media_shape

from adgen.jobs.queue import RenderQueue
from adgen.project import AdProject
from adgen.store.projects import open_project_store

pytestmark = pytest.mark.slow

LINES = {
    "scene_1": "Wake up to cold brew.",
    "scene_2": "Smooth and bold, brewed slowly.",
    "scene_3": "Order today.",
}


def _key(settings, url: str) -> str:
    return Path(url.removeprefix("file://")).relative_to(settings.media_dir).as_posix()


def test_a_voiced_queue_render_equals_the_direct_render(queue_settings, sample_project, workers, tmp_path):
    from adgen.pipeline.orchestrator import render_context, render_project
    from adgen.settings import Settings

    wire = sample_project.to_wire()
    for scene in wire["scenes"]:
        scene["voiceover"] = {"text": LINES[scene["id"]]}
    wire["voice"] = {"enabled": True}
    wire["captions"] = {"enabled": True, "style": "word"}
    stored = open_project_store(queue_settings).create(AdProject.from_wire(wire))

    workers.start("voice-w1", burst=False)
    queue = RenderQueue(queue_settings.redis_url, queue_settings)
    ticket = queue.enqueue_render(stored.project_id, 1, owner=stored.owner, quality="draft")
    final = queue.wait(stored.project_id, ticket.render_id, timeout=300)
    assert final.state == "done", final
    project = open_project_store(queue_settings).get_internal(stored.project_id, 1)
    assert project.render_status.state == "completed", project.render_status
    assert set(project.subtitle_exports) == {"9:16", "1:1", "16:9"}

    direct_settings = Settings(data_dir=tmp_path / "direct")
    direct = render_project(stored, render_context(direct_settings, "draft")).project
    for aspect, url in project.aspect_exports.items():
        assert _key(queue_settings, url) == _key(direct_settings, direct.aspect_exports[aspect]), aspect
        assert media_shape(Path(url.removeprefix("file://")))["acodec"] == "aac"
    for aspect, files in project.subtitle_exports.items():
        for ext, url in files.items():
            mine = Path(url.removeprefix("file://")).read_text(encoding="utf-8")
            theirs = Path(direct.subtitle_exports[aspect][ext].removeprefix("file://")).read_text(
                encoding="utf-8"
            )
            assert mine == theirs and "Order today." in mine
