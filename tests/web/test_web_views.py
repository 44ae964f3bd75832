"""The web chat's view helpers: plan table, progress board, render report, project list."""

from __future__ import annotations

from adgen.jobs.events import ProgressEvent
from adgen.web.render_views import (
    ProgressBoard,
    export_filename,
    ordered_exports,
    plan_markdown,
    projects_markdown,
    render_report_markdown,
    scene_table_markdown,
)


def _rows(table: str) -> list[list[str]]:
    lines = [line for line in table.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[2:]]


def test_scene_table_has_one_row_per_scene_in_order(sample_project):
    rows = _rows(scene_table_markdown(sample_project))
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert [r[1] for r in rows] == ["Hook", "Showcase", "Call to action"]
    assert [r[2] for r in rows] == ["0–4 s", "4–11 s", "11–15 s"]
    assert rows[0][3] == "“Wake up to cold brew”"
    assert rows[1][4].startswith("cold brew bottle on a sunny counter")


def test_scene_table_cells_survive_pipes_newlines_and_long_text(sample_project):
    project = sample_project.model_copy(deep=True)
    project.scenes[0].overlay.text = "Fresh | bold\nnew"
    project.scenes[1].background_prompt = "x" * 300
    table = scene_table_markdown(project)
    rows = _rows(table)
    assert len(rows) == 3 and all(len(r) == 5 for r in rows)  # no extra columns from the pipe
    assert "Fresh \\| bold new" in rows[0][3]
    assert rows[1][4].endswith("…") and len(rows[1][4]) <= 80


def test_plan_shows_style_length_and_sizes(sample_project):
    text = plan_markdown(sample_project)
    assert "energetic" in text and "`#1F3A5F`" in text and "upbeat" in text
    assert "15 s" in text and "9:16, 1:1, 16:9" in text
    assert "Northwind Coffee" in text


def _event(project, **fields):
    base = {"projectId": project.project_id, "version": project.version, "renderId": "r1", "stage": "render"}
    return ProgressEvent.model_validate({**base, **fields})


def test_progress_board_follows_a_render_and_marks_untouched_scenes_reused(sample_project):
    p = sample_project
    board = ProgressBoard(p)
    assert board.state == "queued" and "Waiting" in board.markdown()
    board.apply(_event(p, stage="render", state="queued", message="queued: 3 scenes"))
    board.apply(_event(p, stage="prepare", message="Preparing the product cut-out and the music"))
    assert board.state == "running"
    for scene in ("scene_1", "scene_2", "scene_3"):
        board.apply(_event(p, stage="scene", sceneId=scene, message=f"Rendering {scene}"))
    # scene_3 changed: its text layer and scene pass are made; the others come from the cache.
    board.apply(
        _event(
            p,
            stage="background",
            sceneId="scene_3",
            aspect="9:16",
            fraction=0.3,
            status="reused",
            message="scene_3 9:16: background reused",
        )
    )
    board.apply(
        _event(
            p,
            stage="overlay",
            sceneId="scene_3",
            aspect="9:16",
            fraction=0.4,
            status="ran",
            message="scene_3 9:16: overlay ran",
        )
    )
    assert board.rows["scene_3"].state == "running"
    assert "drawing the text" in board.markdown() and "40%" in board.markdown()
    for aspect in ("9:16", "1:1", "16:9"):
        board.apply(
            _event(
                p,
                stage="scene_pass",
                sceneId="scene_3",
                aspect=aspect,
                status="ran",
                message=f"scene_3 {aspect}: scene_pass ran",
            )
        )
        board.apply(
            _event(
                p,
                stage="scene_pass",
                sceneId="scene_1",
                aspect=aspect,
                status="reused",
                message=f"scene_1 {aspect}: scene_pass reused",
            )
        )
    assert "3/3 sizes" in board.markdown()
    board.apply(_event(p, stage="scene", sceneId="scene_3", state="done", previewUrl="/data/media/s3.mp4"))
    board.apply(_event(p, stage="scene", sceneId="scene_1", state="done", previewUrl="/data/media/s1.mp4"))
    assert board.rows["scene_3"].state == "done" and board.rows["scene_1"].state == "reused"
    assert board.take_previews() == [
        ("scene_3", "9:16", "/data/media/s3.mp4"),
        ("scene_1", "9:16", "/data/media/s1.mp4"),
    ]
    assert board.take_previews() == []
    board.apply(_event(p, stage="assembly", message="Putting the ad together", fraction=0.9))
    assert board.rows["final"].state == "running"
    board.apply(_event(p, stage="render", state="done", fraction=1.0))
    assert board.finished and board.fraction == 1.0
    assert board.rendered_scenes() == ["scene_3"]
    assert board.reused_scenes() == ["scene_1", "scene_2"]
    assert ("3 Call to action", "done") in board.tasks()
    assert ("1 Hook (reused)", "done") in board.tasks()
    assert "✅ Render finished" in board.markdown()


def test_progress_board_reports_a_failure_with_its_reason(sample_project):
    board = ProgressBoard(sample_project)
    board.apply(
        _event(
            sample_project,
            stage="scene",
            sceneId="scene_2",
            state="failed",
            error="the video service timed out",
        )
    )
    board.apply(_event(sample_project, stage="render", state="failed", error="scene 2 failed"))
    text = board.markdown()
    assert "❌ Render failed: scene 2 failed" in text
    assert "failed: the video service timed out" in text
    assert ("2 Showcase", "failed") in board.tasks()


def test_progress_board_ignores_other_projects_and_versions(sample_project):
    board = ProgressBoard(sample_project)
    assert not board.apply(_event(sample_project, projectId="p_other", stage="render", state="done"))
    assert not board.apply(
        _event(sample_project, version=sample_project.version + 1, stage="render", state="done")
    )
    assert board.state == "queued"


def test_render_report_names_reused_scenes_and_cost(sample_project):
    project = sample_project.model_copy(deep=True)
    project.render_status.state = "completed"
    project.cost.usd = 0.0
    text = render_report_markdown(
        project,
        reused=["scene_1", "scene_2"],
        rendered=["scene_3"],
        download_links={"9:16": "/media/a/b.mp4?download=1"},
    )
    assert "**Rendered:** 3 Call to action" in text
    assert "**Reused (unchanged):** 1 Hook, 2 Showcase" in text
    assert "$0.00" in text and "no paid calls" in text
    assert "[9:16 · 360×640](/media/a/b.mp4?download=1)" in text


def test_exports_master_first_and_file_names(sample_project):
    project = sample_project.model_copy(deep=True)
    project.aspect_exports = {"16:9": "file:///c.mp4", "9:16": "file:///a.mp4", "1:1": "file:///b.mp4"}
    assert [a for a, _ in ordered_exports(project)] == ["9:16", "1:1", "16:9"]
    assert export_filename(project, "16:9") == "northwind-coffee-v1-draft-16x9.mp4"


def test_projects_list_with_and_without_thumbnails():
    summaries = [
        {
            "projectId": "p_a",
            "version": 3,
            "brief": "cold brew | energetic",
            "brandName": "Northwind",
            "isVariation": False,
            "label": None,
            "renderState": "completed",
            "posterUrl": "file:///p.jpg",
        },
        {
            "projectId": "p_b",
            "version": 1,
            "brief": "tea",
            "brandName": "",
            "isVariation": True,
            "label": "B",
            "renderState": "draft",
            "posterUrl": None,
        },
    ]
    text = projects_markdown(summaries, lambda s: "/media/t/poster.jpg" if s["posterUrl"] else None)
    rows = _rows(text)
    assert rows[0][0] == "![poster](/media/t/poster.jpg)" and "`p_a`" in rows[0][1]
    assert "cold brew \\| energetic" in rows[0][2]
    assert rows[1][0] == "—" and "(variant B)" in rows[1][1]
    assert "no projects yet" in projects_markdown([], lambda s: None)


def test_progress_board_survives_a_replayed_backlog(sample_project):
    """A dropped subscription is followed again from the render's start: nothing shows twice."""
    p = sample_project
    events = [
        _event(p, stage="render", state="queued"),
        _event(p, stage="scene", sceneId="scene_2", message="Rendering scene_2"),
        _event(p, stage="overlay", sceneId="scene_2", aspect="9:16", status="ran", message="scene_2 overlay"),
        _event(p, stage="scene", sceneId="scene_2", state="done", previewUrl="/m/s2.mp4", fraction=0.5),
    ]
    board = ProgressBoard(p)
    for event in events:
        board.apply(event)
    assert len(board.take_previews()) == 1
    for event in events:  # the catch-up of a new subscription
        board.apply(event)
    board.apply(_event(p, stage="render", state="done", fraction=1.0))
    assert board.take_previews() == []
    assert board.rendered_scenes() == ["scene_2"] and board.reused_scenes() == ["scene_1", "scene_3"]


def test_progress_board_keeps_what_the_events_point_at(sample_project):
    """The cut-out, the exports and the warnings come from the events' fields, never from a key
    the view would compute or a sentence it would parse."""
    from adgen.pipeline.events import RenderWarning

    p = sample_project
    board = ProgressBoard(p)
    board.apply(
        _event(p, stage="cutout", status="reused", mediaUrl="file:///m/cut.png", message="Cut-out reused")
    )
    assert board.cutout_url == "file:///m/cut.png"
    board.apply(_event(p, stage="scene", sceneId="scene_1", state="done", status="reused"))
    warning = {"code": "scene_fallback", "message": "The video service failed", "action": "Render again."}
    board.apply(
        _event(
            p,
            stage="render",
            state="done",
            exports={"9:16": "file:///m/a.mp4"},
            warnings=[warning],
        )
    )
    assert board.exports == {"9:16": "file:///m/a.mp4"}
    assert board.warnings == [RenderWarning.model_validate(warning)]


def test_render_report_says_each_warning_once_with_what_to_do(sample_project):
    from adgen.pipeline.events import RenderWarning

    project = sample_project.model_copy(deep=True)
    project.render_status.state = "completed_with_warnings"
    project.render_status.error = "scene_2 failed"
    stand_in = dict(
        code="scene_fallback", message="The video service failed for scene_2", action="Render again."
    )
    warnings = [
        RenderWarning(**stand_in, scene_id="scene_2", aspect=a, media_url=f"file:///m/fb-{a[0]}.mp4")
        for a in ("9:16", "1:1")
    ]
    text = render_report_markdown(project, warnings=warnings, link=lambda url, name: f"/media/{name}")
    lines = [line for line in text.split("  \n") if line.startswith("⚠️")]
    # User-facing text is escaped for Markdown (scene\\_2 reads as scene_2).
    assert lines == ["⚠️ The video service failed for scene\\_2 Render again. ([look at it](/media/fb-9.mp4))"]
    # Without typed warnings (an older render) the status error is still shown.
    assert "⚠️ scene\\_2 failed" in render_report_markdown(project)
