"""ChatSession end to end on the offline path: brief with a product photo, edits, undo,
variations, refusals that change nothing, reopening a conversation, renders and their progress,
and the cost confirmation before cloud renders."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from adgen.agent.actions import ActionError, ProjectActions, Turn
from adgen.agent.conversation_log import read_log, resolve_attachment
from adgen.agent.session import ChatSession, confirmation_answer
from adgen.project import validate_new_ad
from adgen.store.media import open_media_store
from adgen.tools import operations as ops

BRIEF = "A 15 second ad for Northwind Coffee cold brew, energetic, brand colours navy and gold"


def product_png(path: Path, size: tuple[int, int] = (120, 200)) -> Path:
    """A product cut-out: an opaque bottle on a transparent background."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rounded_rectangle((w // 5, h // 5, 4 * w // 5, h - 4), radius=12, fill=(120, 70, 30, 255))
    image.save(path, format="PNG")
    return path


def open_session(settings, conversation_id: str = "conv-1", **options) -> ChatSession:
    options.setdefault("auto_render", False)
    return ChatSession.open(
        settings=settings, owner="alice", conversation_id=conversation_id, channel="test", **options
    )


async def test_brief_with_an_attached_photo_makes_version_1_with_that_product(
    settings, tmp_path: Path
) -> None:
    photo = product_png(tmp_path / "bottle.png")
    session = open_session(settings)
    reply = await session.send(BRIEF, [photo])
    assert not reply.error and not reply.needs_confirmation
    project = reply.project
    assert project is not None and reply.version == 1 and project.version == 1
    assert session.project_id == project.project_id and reply.touched == [project.project_id]
    validate_new_ad(project)
    assert project.brand.name == "Northwind Coffee" and project.duration_sec == 15
    assert project.owner == "alice"
    asset = project.product_asset
    assert asset is not None and asset.checksum == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert open_media_store(settings).local_path(asset.source_url).read_bytes() == photo.read_bytes()
    assert any(s.product.visible for s in project.scenes if s.role == "showcase")
    assert "Northwind Coffee" in reply.text and "hook" in reply.text
    # The log is self-contained: the photo was copied next to it, referenced relatively.
    user_line = next(read_log(session.log.path))
    [ref] = user_line["attachments"]
    assert not Path(ref).is_absolute()
    assert resolve_attachment(session.log.path, ref).read_bytes() == photo.read_bytes()


async def test_edits_make_versions_and_undo_brings_the_content_back(settings) -> None:
    session = open_session(settings)
    first = (await session.send(BRIEF)).project
    hook_text = first.scenes[0].overlay.text

    reply = await session.send("make the hook say '50% off: today only 🎉'")
    assert reply.operations == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "50% off: today only 🎉"}
    ]
    assert reply.version == 2 and reply.project.scenes[0].overlay.text == "50% off: today only 🎉"
    assert "50% off: today only 🎉" in reply.text and "hook" in reply.text

    reply = await session.send("make the ad 20 seconds")
    assert reply.operations == [{"operation": "set_duration", "durationSec": 20.0}]
    assert reply.version == 3 and reply.project.duration_sec == 20
    assert abs(sum(s.duration_sec for s in reply.project.scenes) - 20) < 0.05

    reply = await session.send("undo")
    assert reply.operations == [{"operation": "undo"}] and reply.version == 4
    assert reply.project.duration_sec == 15
    reply = await session.send("undo")
    assert reply.version == 5 and reply.project.scenes[0].overlay.text == hook_text
    assert [h.operation["operation"] for h in reply.project.history] == [
        "update_overlay",
        "set_duration",
        "undo",
        "undo",
    ]
    reply = await session.send("undo")
    assert reply.operations == [] and reply.version == 5 and "nothing to undo" in reply.text.lower()


async def test_a_variation_is_a_new_project_and_the_reply_names_both(settings) -> None:
    session = open_session(settings)
    original = (await session.send(BRIEF)).project
    reply = await session.send("an A/B version where the CTA says 'Buy now'")
    variant = reply.project
    assert variant.project_id != original.project_id
    assert variant.variation.is_variation and variant.variation.parent_project_id == original.project_id
    assert variant.variation.label == "B" and variant.scenes[-1].overlay.text == "Buy now"
    assert reply.operations[0]["operation"] == "create_variation"
    assert original.project_id in reply.text and variant.project_id in reply.text
    assert session.project_id == variant.project_id
    # The original is untouched.
    assert ProjectActions(session.ctx).load(original.project_id).version == 1


async def test_an_unknown_scene_changes_nothing(settings) -> None:
    session = open_session(settings)
    await session.send(BRIEF)
    reply = await session.send("make scene 9 say hi")
    assert reply.operations == [] and reply.version == 1
    assert "scene 9" in reply.text
    assert ProjectActions(session.ctx).load(session.project_id).version == 1


@pytest.mark.parametrize("kind", ["text", "truncated", "empty"])
async def test_a_bad_upload_gets_a_friendly_reply_and_changes_nothing(
    settings, tmp_path: Path, kind: str
) -> None:
    session = open_session(settings)
    before = (await session.send(BRIEF, [product_png(tmp_path / "good.png")])).project
    bad = tmp_path / "new-photo.png"
    if kind == "text":
        bad.write_text("this is not a picture")
    elif kind == "truncated":
        data = io.BytesIO()
        Image.new("RGB", (300, 300), (200, 10, 10)).save(data, format="PNG")
        bad.write_bytes(data.getvalue()[: len(data.getvalue()) // 2])
    else:
        bad.write_bytes(b"")
    reply = await session.send("use this photo instead", [bad])
    assert reply.error and "Nothing was changed" in reply.text
    assert "Traceback" not in reply.text and "new-photo.png" in reply.text
    assert reply.operations == [] and reply.version == 1
    after = ProjectActions(session.ctx).load(before.project_id)
    assert after.version == 1 and after.product_asset == before.product_asset


async def test_a_new_photo_replaces_the_product(settings, tmp_path: Path) -> None:
    session = open_session(settings)
    await session.send(BRIEF, [product_png(tmp_path / "a.png")])
    second = product_png(tmp_path / "b.png", size=(160, 160))
    reply = await session.send("use this photo instead", [second])
    assert [o["operation"] for o in reply.operations] == ["replace_product"]
    assert reply.version == 2
    assert reply.project.product_asset.checksum == hashlib.sha256(second.read_bytes()).hexdigest()


async def test_reopening_the_conversation_continues_on_the_same_project(settings) -> None:
    first = open_session(settings, "thread/42")
    project = (await first.send(BRIEF)).project
    await first.send("make the hook say 'Hello again'")
    await first.close()

    again = open_session(settings, "thread/42")
    assert again.project_id == project.project_id
    reply = await again.send("make the ad 20 seconds")
    assert reply.project.project_id == project.project_id and reply.version == 3
    assert reply.project.scenes[0].overlay.text == "Hello again"
    assert len(list(read_log(again.log.path))) == 6

    other = open_session(settings, "thread/43")
    assert other.project_id is None


async def test_a_message_is_applied_entirely_or_not_at_all(settings) -> None:
    session = open_session(settings)
    project = (await session.send(BRIEF)).project
    actions = ProjectActions(session.ctx)
    turn = Turn(project_id=project.project_id)
    with pytest.raises(ActionError, match="scene_7"):
        actions.dry_run(
            turn, [ops.UpdateOverlay(scene_id="scene_1", text="Fine"), ops.RemoveScene(scene_id="scene_7")]
        )
    assert actions.load(project.project_id).version == 1 and turn.operations == []


def test_confirmation_answers() -> None:
    for yes in ("yes", "Yes!", "ok", "go ahead", "  sure. ", "👍"):
        assert confirmation_answer(yes) is True
    for no in ("no", "No.", "cancel", "not now", "nope"):
        assert confirmation_answer(no) is False
    for other in ("yes make the hook red", "maybe", "render", ""):
        assert confirmation_answer(other) is None


@pytest.mark.slow
async def test_a_plan_starts_a_draft_render_whose_progress_the_session_streams(settings) -> None:
    from adgen.pipeline.ffmpeg import probe

    session = open_session(settings, auto_render=True)
    reply = await session.send("A new 5 second ad for Zest lemon soda, playful")
    assert reply.render_id and reply.render_ids == [reply.render_id] and "Rendering" in reply.text
    events = [event async for event in session.events()]
    assert events and events[-1].terminal and events[-1].state == "done", events[-1]
    assert all(e.render_id == reply.render_id for e in events)
    fractions = [e.fraction for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    project = session.project
    assert project.render_status.state in ("completed", "completed_with_warnings")
    assert set(project.aspect_exports) == {"9:16", "1:1", "16:9"}
    media = open_media_store(settings)
    info = probe(media.local_path(project.aspect_exports["9:16"]))
    assert (info.width, info.height) == (360, 640) and info.has_audio
    assert abs(info.duration_sec - 5.0) < 0.3
    [ended] = [line for line in read_log(session.log.path) if line["role"] == "event"]
    assert ended["state"] == "done" and ended["renderId"] == reply.render_id and ended["version"] == 1
    status = await session.send("how is the render going?")
    assert "completed" in status.text and status.operations == []


async def test_cloud_renders_wait_for_a_yes(settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLICATE_API_TOKEN", "r8_dummy")
    monkeypatch.setenv("ADGEN_CONFIRM_COST_USD", "0")
    from adgen.settings import Settings

    cloud = Settings()
    session = open_session(cloud)
    project = (await session.send(BRIEF)).project

    reply = await session.send("render a draft")
    assert reply.needs_confirmation and reply.render_id is None and "$" in reply.text
    assert reply.operations == [{"operation": "render", "quality": "draft"}]
    assert session.ctx.renders.status(project.project_id) is None  # nothing started
    declined = await session.send("no")
    assert not declined.needs_confirmation and declined.render_id is None
    assert "won't render" in declined.text
    assert session.ctx.renders.status(project.project_id) is None

    # The question survives a restart, and a plain "no" still answers it after reopening.
    await session.send("render the final version")
    reopened = open_session(cloud)
    assert reopened.pending is not None
    answer = await reopened.confirm(False)
    assert answer.render_id is None and reopened.pending is None
    nothing = await reopened.confirm(True)
    assert "nothing waiting" in nothing.text
    lines = list(read_log(reopened.log.path))
    asked = [line for line in lines if line.get("needsConfirmation")]
    assert len(asked) == 2 and all(line["pending"]["renders"] for line in asked)
    assert [line.get("confirm") for line in lines if line["role"] == "user"][-3:] == [None, False, True]
    assert json.dumps(lines)  # plain JSON throughout


@pytest.mark.slow
def test_the_terminal_chat_wraps_the_session(settings, tmp_path: Path) -> None:
    from adgen.agent.chat_cli import run_chat

    photo = product_png(tmp_path / "zest.png")
    stdin = io.StringIO(
        f"/attach {photo}\n"
        "A new 5 second ad for Zest lemon soda, playful\n"
        "the CTA should say 'Grab a Zest 🍋'\n"
    )
    stdout = io.StringIO()
    assert run_chat(settings, owner="bob", conversation_id="term-1", stdin=stdin, stdout=stdout) == 0
    printed = stdout.getvalue()
    assert "attached zest.png" in printed and "Planned a new ad" in printed
    assert "Grab a Zest 🍋" in printed and "done: Render completed" in printed
    assert "9:16: file://" in printed
    lines = list(read_log(settings.logs_dir / "cli" / "term-1.jsonl"))
    assert [line["role"] for line in lines if line["role"] != "event"] == ["user", "assistant"] * 2
    assert lines[0]["attachments"] and lines[0]["userId"] == "bob"


async def test_an_edit_made_on_a_stale_version_is_redone_on_the_latest(settings) -> None:
    """Two conversations editing one project: the later save reloads and applies again."""
    first = open_session(settings, "desk-a")
    stale = (await first.send(BRIEF)).project
    second = open_session(settings, "desk-b")
    second.project_id = stale.project_id
    await second.send("make the hook say 'From desk B'")
    result = first.actions._apply_and_store(stale, ops.UpdateOverlay(scene_id="scene_3", text="From desk A"))
    assert result.project.version == 3
    texts = [s.overlay.text for s in result.project.scenes]
    assert texts[0] == "From desk B" and texts[2] == "From desk A"


async def test_replies_carry_parts_that_front_ends_show_their_own_way(settings, monkeypatch) -> None:
    """Each reply's parts say what it holds; their words are the reply's text, as logged."""
    from adgen.agent.actions import describe_project
    from adgen.agent.reply import ExportsPart, NotePart, PlanPart, ProjectsPart, QuestionPart, ReportPart

    session = open_session(settings)
    planned = await session.send(BRIEF)
    project = planned.project
    assert [type(p) for p in planned.parts] == [NotePart, PlanPart]
    plan = planned.part(PlanPart)
    assert (plan.project_id, plan.version) == (project.project_id, 1)
    assert plan.text == describe_project(project)  # a front end that draws a table drops exactly this
    assert planned.text == "\n".join(p.text for p in planned.parts)
    assert [line["text"] for line in read_log(session.log.path) if line["role"] == "assistant"] == [
        planned.text
    ]

    # A status with videos: the report and the exports as data, the same sentence as text.
    exports = {"9:16": "file:///m/a.mp4", "1:1": "file:///m/b.mp4"}
    session.ctx.projects.update_render(
        project.project_id, 1, render_status={"state": "completed", "progress": 1.0}, aspect_exports=exports
    )
    status = await session.send("status")
    report, videos = status.part(ReportPart), status.part(ExportsPart)
    assert (report.state, report.version, videos.exports) == ("completed", 1, exports)
    assert status.text == f"{report.text} {videos.text}" and "file:///m/a.mp4" in status.text

    listed = await session.send("list my projects")
    assert [p["projectId"] for p in listed.part(ProjectsPart).projects] == [project.project_id]

    monkeypatch.setenv("REPLICATE_API_TOKEN", "r8_dummy")
    monkeypatch.setenv("ADGEN_CONFIRM_COST_USD", "0")
    from adgen.settings import Settings

    cloud = open_session(Settings(), conversation_id="conv-cloud")
    await cloud.send(BRIEF)
    asked = await cloud.send("render a draft")
    question = asked.part(QuestionPart)
    assert asked.needs_confirmation and question.options == ("yes", "no") and "$" in question.text
    assert asked.text.endswith(question.text)


@pytest.mark.parametrize(
    "already",
    ["make the hook text white", "all the text white except the cta", "the showcase text should be white"],
)
async def test_an_edit_to_what_is_already_there_makes_no_version_and_says_so(settings, already: str) -> None:
    """ "all the text white" when it is already white said "Changed …" and made versions that
    rendered nothing new; now nothing is stored and the reply says it already was so."""
    session = open_session(settings)
    first = (await session.send(BRIEF)).project
    assert first.scenes[0].overlay.color == first.scenes[1].overlay.color == "#FFFFFF"
    reply = await session.send(already)
    assert reply.operations == [] and "Changed" not in reply.text, reply.text
    assert "Nothing changed" in reply.text and "already has color white (#FFFFFF) (still v1)" in reply.text
    assert session.actions.load(first.project_id).version == 1
    changed = await session.send("make the hook text yellow")  # a real change still is one
    assert changed.operations == [{"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFF00"}]
    assert changed.project.version == 2
