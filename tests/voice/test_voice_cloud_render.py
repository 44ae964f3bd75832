"""The cloud voice in a render: OpenAI's text-to-speech through the real SDK against a loopback
server speaking its wire format (real speech, by Flite). One request per spoken scene, each
billed in the project's cost; a voice-over edit asks again for that scene only."""

from __future__ import annotations

import shutil

import pytest
import srt
from test_voice_render import LINES, three_scenes, voiced
from voice_fake_speech import FakeSpeech

from adgen.pipeline.context import render_context
from adgen.pipeline.orchestrator import render_project
from adgen.project import AdProject
from adgen.settings import Settings
from adgen.tools.apply import apply_operation

pytestmark = pytest.mark.skipif(shutil.which("flite") is None, reason="flite missing: run scripts/setup.sh")


def test_a_render_with_the_cloud_voice_bills_each_scene_and_an_edit_asks_once_more(data_dir, monkeypatch):
    with FakeSpeech() as fake:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-voice")
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        ctx = render_context(Settings(), "draft")
        wire = voiced(three_scenes()).to_wire()
        wire["voice"]["voice"] = "nova"
        first = render_project(AdProject.from_wire(wire), ctx, ["9:16"])
        assert first.project.render_status.state == "completed", first.project.render_status.error
        assert sorted(r["input"] for r in fake.requests) == sorted(LINES.values())
        assert {r["voice"] for r in fake.requests} == {"nova"}
        tts = [c for c in first.report.calls if c.provider == "openai"]
        assert len(tts) == 3 and all(c.usd > 0 for c in tts)
        assert first.project.cost.usd >= sum(c.usd for c in tts) > 0
        cues = list(
            srt.parse(ctx.media.local_path(first.project.subtitle_exports["9:16"]["srt"]).read_text())
        )
        assert (
            " ".join(c.content.replace("\n", " ") for c in cues).split() == " ".join(LINES.values()).split()
        )

        edited = apply_operation(
            first.project,
            {"operation": "update_voiceover", "sceneId": "scene_3", "text": "Order yours today."},
        ).project
        second = render_project(edited, ctx, ["9:16"])
        assert len(fake.requests) == 4 and fake.requests[-1]["input"] == "Order yours today."
        assert len([c for c in second.report.calls if c.provider == "openai"]) == 1
        assert not second.report.ran("background")
