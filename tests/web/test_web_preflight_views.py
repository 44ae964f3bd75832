"""The web chat's pre-flight table (issue 16): a row per check, a column per export, what the
render fixed and what fails, from the render's last event; drafts say they are not checked."""

from __future__ import annotations

from adgen.jobs.events import ProgressEvent
from adgen.preflight import CheckResult, ExportReport, Finding, PreflightReport
from adgen.web.render_views import ProgressBoard, preflight_markdown, render_report_markdown


def _report() -> PreflightReport:
    def check(name, status, measured, fixed=None, subject="", advice=""):
        finding = Finding(subject=subject, status=status, measured=measured, threshold="x", advice=advice)
        return CheckResult.of(name, "g", [finding], fixed)

    return PreflightReport(
        exports=[
            ExportReport(
                key="9:16",
                file="a.mp4",
                presets=["tiktok", "reels"],
                checks=[
                    check("safe_zone", "pass", "inside"),
                    check("contrast", "pass", "4.1:1", fixed="scene_2: dark scrim at 40% | behind"),
                ],
            ),
            ExportReport(
                key="16:9",
                file="c.mp4",
                presets=["youtube"],
                checks=[
                    check(
                        "safe_zone",
                        "fail",
                        "415 px past the bottom",
                        subject="scene_2 text",
                        advice="move it up",
                    ),
                    check("contrast", "warn", "3.0:1"),
                ],
            ),
        ]
    )


def _rows(table: str) -> list[list[str]]:
    lines = [line for line in table.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines]


def test_the_table_has_a_row_per_check_and_a_column_per_export() -> None:
    text = preflight_markdown(_report().summary())
    assert text.startswith("**Pre-flight** ❌ not ready to post")
    rows = _rows(text)
    assert rows[0] == ["Check", "9:16 (tiktok, reels)", "16:9 (youtube)"]
    assert rows[2] == ["safe zone", "✅", "❌"] and rows[3] == ["contrast", "✅ fixed", "⚠️"]
    assert "🔧 9:16 contrast: fixed — scene\\_2: dark scrim at 40% \\| behind" in text  # escaped echo
    assert "❌ 16:9 safe zone: scene\\_2 text: 415 px past the bottom (needs x) → move it up" in text


def test_the_board_keeps_the_summary_of_the_renders_end_and_the_report_shows_it(sample_project) -> None:
    board = ProgressBoard(sample_project)
    summary = _report().summary()
    board.apply(
        ProgressEvent.model_validate(
            {
                "projectId": sample_project.project_id,
                "version": sample_project.version,
                "renderId": "r1",
                "stage": "render",
                "state": "done",
                "preflight": summary,
            }
        )
    )
    assert board.preflight == summary
    final = render_report_markdown(sample_project, preflight=board.preflight)
    assert "**Pre-flight** ❌" in final and "| safe zone | ✅ | ❌ |" in final
    draft = sample_project.model_copy(deep=True)
    draft.render_status.state, draft.render_status.stages = "completed", {"quality": "draft"}
    assert "Drafts are not checked" in render_report_markdown(draft)
