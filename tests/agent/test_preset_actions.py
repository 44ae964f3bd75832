"""Presets through the agent's action layer (issue 16): the operations as LLM tools, applied and
described like the others, refused with the presets there are; the pre-flight report as a reply
part on `status`. The phrasings themselves belong to the offline parser (see the README)."""

from __future__ import annotations

import pytest

from adgen.agent.actions import ActionError, ProjectActions, Turn, run_tool_call, tool_specs
from adgen.agent.reply import PreflightPart
from adgen.agent.session import ChatSession
from adgen.preflight import CheckResult, ExportReport, Finding, PreflightReport

BRIEF = "A 15 second ad for Northwind Coffee cold brew, energetic"


def _session(settings) -> ChatSession:
    return ChatSession.open(
        settings=settings, owner="alice", conversation_id="c1", channel="test", auto_render=False
    )


def test_the_preset_operations_are_tools_with_their_schema() -> None:
    specs = {s["function"]["name"]: s["function"] for s in tool_specs()}
    for name in ("set_presets", "add_presets", "remove_presets"):
        params = specs[name]["parameters"]
        assert params["required"] == ["presets"] and params["properties"]["presets"]["type"] == "array"
    assert "meta_feed" in specs["set_presets"]["description"]


async def test_tool_calls_apply_presets_and_refuse_unknown_ones(settings) -> None:
    session = _session(settings)
    project = (await session.send(BRIEF)).project
    actions, turn = ProjectActions(session.ctx), Turn(project_id=project.project_id)
    said = await run_tool_call(actions, turn, "add_presets", {"presets": ["4:5"]})
    assert "Added Meta feed 4:5 (1080x1350)" in said and "now made for TikTok (1080x1920)" in said
    latest = actions.current(turn)
    assert latest.presets[-1] == "meta_feed" and latest.aspect_ratios[-1] == "4:5" and latest.version == 2
    said = await run_tool_call(actions, turn, "set_presets", {"presets": ["square"]})
    assert said.startswith("Added Square feed") is False and "dropped" in said.lower()
    assert actions.current(turn).presets == ["square_feed"]
    with pytest.raises(ActionError, match="no platform preset called “snapchat”.*tiktok"):
        await run_tool_call(actions, turn, "add_presets", {"presets": ["snapchat"]})
    with pytest.raises(ActionError, match="presets"):
        await run_tool_call(actions, turn, "remove_presets", {"presets": []})
    assert actions.current(turn).version == 3  # refusals changed nothing


async def test_status_shows_the_stored_preflight_report(settings) -> None:
    session = _session(settings)
    project = (await session.send(BRIEF)).project
    report = PreflightReport(
        exports=[
            ExportReport(
                key="9:16",
                file="ad.mp4",
                presets=["tiktok", "reels"],
                width=1080,
                height=1920,
                checks=[
                    CheckResult.of(
                        "contrast",
                        "legibility",
                        [
                            Finding(
                                subject="scene_3 text", status="pass", measured="4.2:1", threshold=">= 3:1"
                            )
                        ],
                        fixed="scene_3: dark scrim at 40% behind the text to reach 3:1",
                    ),
                    CheckResult.of(
                        "gop",
                        "delivery",
                        [
                            Finding(
                                status="fail",
                                measured="keyframes up to 2.00 s apart",
                                threshold="closed, <= 1 s",
                            )
                        ],
                    ),
                ],
            )
        ]
    )
    session.ctx.projects.update_render(
        project.project_id,
        1,
        render_status={"state": "completed", "progress": 1.0},
        aspect_exports={"9:16": "file:///m/a.mp4"},
        preset_exports={"tiktok": "file:///m/a.mp4", "reels": "file:///m/a.mp4"},
        preflight=report.to_wire(),
    )
    status = await session.send("status")
    part = status.part(PreflightPart)
    assert part is not None and part.status == "fail" and part.version == 1
    assert part.summary["exports"][0]["presets"] == ["tiktok", "reels"]
    assert "Pre-flight: FAIL" in status.text and "fixed: contrast: scene_3: dark scrim" in status.text
    assert "FAIL gop: keyframes up to 2.00 s apart" in status.text
    # The stored document carries it too, and a draft render's results clear it.
    stored = session.ctx.projects.get(project.project_id, owner="alice")
    assert stored.preflight["status"] == "fail" and stored.preset_exports["reels"] == "file:///m/a.mp4"
    session.ctx.projects.update_render(project.project_id, 1, preflight={})
    assert session.ctx.projects.get(project.project_id, owner="alice").preflight is None
