"""Slack's pre-flight text (issue 16): the verdict and the compact per-export table after a final
render, and as the reply to `status`."""

from __future__ import annotations

from types import SimpleNamespace

from adgen.agent.reply import PreflightPart
from adgen.preflight import CheckResult, ExportReport, Finding, PreflightReport
from adgen.slack.texts import finished_text, preflight_text, reply_text


def _summary() -> dict:
    passing = CheckResult.of("gop", "delivery", [Finding(status="pass", measured="closed, longest 1.00 s")])
    fixed = CheckResult.of(
        "loudness", "loudness", [Finding(status="pass", measured="-14.0 LUFS")], "normalised from -5.3 LUFS"
    )
    warned = CheckResult.of(
        "video_bitrate",
        "delivery",
        [Finding(status="warn", measured="2,936 kbps", threshold="8000 kbps advised")],
    )
    return PreflightReport(
        exports=[
            ExportReport(key="9:16", file="a.mp4", presets=["tiktok", "reels"], checks=[passing, fixed]),
            ExportReport(key="16:9", file="b.mp4", presets=["youtube"], checks=[passing, warned]),
        ]
    ).summary()


def test_the_finished_note_ends_with_the_preflight_table() -> None:
    text = finished_text(3, "9:16", {}, [], "final", _summary())
    assert text.startswith(":white_check_mark: Version 3 is ready")
    head, _, table = text.partition("\n")[2].partition("\n")
    assert head == ":warning: *Pre-flight: WARN*"
    assert table.startswith("```") and table.endswith("```")
    assert "9:16 (tiktok, reels): pass  ✓gop ✓loudness" in table
    assert "fixed: loudness: normalised from -5.3 LUFS" in table
    assert "WARN video_bitrate: 2,936 kbps (8000 kbps advised)" in table
    assert (  # a final render without a pre-flight report (none stored) says nothing of it
        finished_text(3, "9:16", {}, [], "final")
        == ":white_check_mark: Version 3 is ready, full quality (1080×1920); the 9:16 video is in this thread."
    )


def test_a_status_reply_shows_the_same_table() -> None:
    summary = _summary()
    part = PreflightPart("Pre-flight: WARN …", project_id="p_1", version=3, status="warn", summary=summary)
    reply = SimpleNamespace(error=False, parts=[part], text=part.text)
    assert reply_text(reply) == preflight_text(summary) and "```" in reply_text(reply)
