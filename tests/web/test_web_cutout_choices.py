"""A poor cut-out of a real photo (scikit-image's cat, Chelsea) is never used silently: the render's
warning carries the choices a marketer has, the render report says what to do, and choosing the
framed product card re-renders the product layers and passes with the card, and nothing else."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess

import numpy as np
import pytest
from PIL import Image

from adgen.pipeline.context import render_context
from adgen.pipeline.events import CUTOUT_QUALITY
from adgen.pipeline.orchestrator import render_project
from adgen.pipeline.stages import STAGE_ASSEMBLY, STAGE_COMPOSITE, STAGE_SCENE_PASS
from adgen.project import AdProject
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation
from adgen.web.render_views import render_report_markdown

CHOICES = ["upload_transparent_png", "use_product_card", "install_rembg_model"]


def chelsea_png() -> bytes:
    from skimage import data

    out = io.BytesIO()
    Image.fromarray(data.chelsea()).save(out, format="PNG")
    return out.getvalue()


def frame_of(video, at: float, out) -> None:
    """A frame at ``at`` seconds, for a person to look at."""
    from adgen.pipeline.ffmpeg import ffmpeg_exe

    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-y", "-ss", f"{at:.2f}", "-i", str(video), "-frames:v", "1", str(out)],
        check=True,
    )


def with_photo(project: AdProject, media, photo: bytes) -> AdProject:
    wire = project.to_wire()
    for scene in wire["scenes"]:
        scene["durationSec"] = 2
    wire["durationSec"] = 2 * len(wire["scenes"])
    wire["productAsset"] = {
        "sourceUrl": media.put_bytes(photo, suffix=".png"),
        "maskedUrl": None,
        "checksum": hashlib.sha256(photo).hexdigest(),
    }
    return AdProject.from_wire(wire)


@pytest.mark.slow
def test_a_poor_cutout_offers_its_choices_and_the_card_rerenders_only_the_product(
    settings, sample_project, monkeypatch, tmp_path, artifacts_dir
):
    monkeypatch.setenv(
        "U2NET_HOME", str(tmp_path / "no-rembg-model")
    )  # the offline cut, as on a fresh install
    ctx = render_context(settings, "draft")
    photo = chelsea_png()
    project = with_photo(sample_project, ctx.media, photo)

    first = render_project(project, ctx, aspects=["9:16"])
    [warning] = [w for w in first.report.warnings if w.code == CUTOUT_QUALITY]
    assert warning.choices == CHOICES, warning
    assert warning.media_url == first.project.product_asset.masked_url  # the cut-out, to look at
    report = render_report_markdown(
        first.project, warnings=first.report.warnings, link=lambda u, n: f"/m/{n}"
    )
    assert "could not be cut out" in report and "transparent background" in report
    assert "product card" in report and "rembg" in report
    assert "[look at it](/m/" in report

    # The marketer picks the framed product card.
    carded = apply_operation(first.project, ops.UpdateProduct(style="card")).project
    assert carded.product_asset.style == "card"
    second = render_project(carded, ctx, aspects=["9:16"])
    ran = {(run.stage, run.scene_id) for run in second.report.ran()}
    shown = [s.id for s in carded.scenes if s.product.visible and s.product.scale > 0]
    assert shown, "the sample ad shows the product somewhere"
    assert ran == (
        {(STAGE_COMPOSITE, s) for s in shown}
        | {(STAGE_SCENE_PASS, s) for s in shown}
        | {(STAGE_ASSEMBLY, None)}
    ), sorted(ran, key=str)
    assert not [w for w in second.report.warnings if w.code == CUTOUT_QUALITY]  # the card needs no cut-out

    # The composite layer is the photo as a card: opaque inside, rounded transparent corners.
    layer_url = next(r.url for r in second.report.ran(STAGE_COMPOSITE))
    layer_image = Image.open(ctx.media.local_path(layer_url)).convert("RGBA")
    layer_image.save(artifacts_dir / "card-layer.png")
    Image.open(ctx.media.local_path(first.project.product_asset.masked_url)).save(
        artifacts_dir / "cutout.png"
    )
    layer = np.asarray(layer_image).astype(int)
    solid = layer[..., 3] >= 250
    rows, cols = np.where(solid)
    top, bottom, left, right = rows.min(), rows.max(), cols.min(), cols.max()
    card = layer[top : bottom + 1, left : right + 1]
    height, width = card.shape[:2]
    photo_h, photo_w = np.asarray(Image.open(io.BytesIO(photo))).shape[:2]
    assert abs(width / height - photo_w / photo_h) < 0.03  # the whole photo, not a cut-out of it
    for corner in (card[0, 0], card[0, -1], card[-1, 0], card[-1, -1]):
        assert corner[3] < 128, "the card's corners are rounded (transparent)"
    for edge in (card[0, width // 2], card[-1, width // 2], card[height // 2, 0], card[height // 2, -1]):
        assert edge[3] >= 250, "the card's sides are whole"
    inner = card[height // 8 : -height // 8, width // 8 : -width // 8, :3]
    expected = np.asarray(
        Image.open(io.BytesIO(photo)).convert("RGB").resize((width, height), Image.LANCZOS)
    ).astype(int)[height // 8 : -height // 8, width // 8 : -width // 8]
    assert np.abs(inner - expected).mean() < 12, "the card shows the photo itself"

    at = 2.0 * [s.id for s in carded.scenes].index(shown[0]) + 1.0  # the middle of a scene with the card
    frame_of(
        ctx.media.local_path(second.project.aspect_exports["9:16"]), at, artifacts_dir / "card-frame.png"
    )

    # The stored cut-out's note keeps the choices, so a render that reuses it offers them again.
    again = render_project(first.project, ctx, aspects=["9:16"])
    [repeated] = [w for w in again.report.warnings if w.code == CUTOUT_QUALITY]
    assert repeated.choices == CHOICES
    note = next(ctx.media.local_path(u) for u in [ctx.find("cutout", second.report.stages[0].key, "json")])
    assert json.loads(note.read_text())["choices"] == CHOICES


@pytest.mark.parametrize(
    "said",
    [
        "Use the photo as a framed product card",
        "use the product card",
        "show the product as a card please",
    ],
)
def test_the_card_is_a_message_the_conversation_and_its_replay_understand(settings, tmp_path, said):
    """The card button says a sentence (so the log and the replay see a plain message); Slack's
    marketer types it. Either way it is one update_product, and back to the cut-out is one too."""
    import asyncio

    from adgen.agent.replay import run_replay
    from adgen.agent.session import ChatSession

    photo = tmp_path / "cat.png"
    photo.write_bytes(chelsea_png())
    log = tmp_path / "chat.jsonl"

    async def converse() -> list:
        session = ChatSession.open(
            settings=settings, owner="u", conversation_id="card", channel="web", rendering=False, log_path=log
        )
        try:
            planned = await session.send("a 15 s ad for our cold brew, energetic", attachments=[photo])
            carded = await session.send(said)
            back = await session.send("use the cut-out")
            return [planned, carded, back]
        finally:
            await session.close()

    planned, carded, back = asyncio.run(converse())
    assert planned.project.product_asset is not None
    assert carded.operations == [{"operation": "update_product", "style": "card"}], carded.text
    assert carded.project.product_asset.style == "card" and carded.project.version == 2
    assert back.operations == [{"operation": "update_product", "style": "cutout"}]
    out = io.StringIO()
    assert (
        run_replay(log, tmp_path / "replay", render=False, check=True, settings=settings, stdout=out) == 0
    ), out.getvalue()
