"""Kept text findings (adgen.preflight.kept): after a text edit, the pre-flight takes the findings
of the texts whose keyframes the export copied unchanged from the check before, and measures the
edited scene's texts again. The report is the one a check from scratch makes of the same files.

A planned 6 s ad is rendered at final quality, one scene's overlay text is edited, and the ad is
rendered again (the render keeps the findings in its media store); the edited render's report is
compared with a check of the same exports with nothing kept. Then every kept finding is poisoned:
a check of the edited exports must show the poison for the unchanged scenes' texts (so they were
taken from the store) and never for the edited scene's (so it was measured).
"""

from __future__ import annotations

import hashlib
import io
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

import adgen.preflight.engine as engine
from adgen.pipeline.check import KeptLoudness, _fixed, export_layout
from adgen.pipeline.context import render_context
from adgen.pipeline.orchestrator import render_project
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.targets import render_targets
from adgen.pipeline.types import Brief
from adgen.preflight import ExportTarget, check_exports, overlay_texts
from adgen.preflight.kept import from_wire, keyframe_digests, to_wire
from adgen.preflight.media import decode_keyframes, probe
from adgen.project import ProductAsset
from adgen.settings import Settings
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

pytestmark = pytest.mark.slow

EDITED = "scene_2"
POISON = "POISON: taken from the kept findings"


def _product(media) -> ProductAsset:
    image = Image.new("RGBA", (300, 600), (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle([20, 10, 280, 590], radius=60, fill=(30, 90, 160, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    data = buffer.getvalue()
    return ProductAsset(
        source_url=media.put_bytes(data, suffix=".png"), checksum=hashlib.sha256(data).hexdigest()
    )


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory):
    """The ad rendered, then rendered again after an edit of scene 2's text, with the texts the
    second check read back (Tesseract's inputs) recorded."""
    root = tmp_path_factory.mktemp("kept")
    mp = pytest.MonkeyPatch()
    for key in (
        "REDIS_URL",
        "REPLICATE_API_TOKEN",
        "OPENAI_API_KEY",
        "ADGEN_S3_BUCKET",
        "ADGEN_PREFLIGHT_FIXES",
    ):
        mp.delenv(key, raising=False)
    mp.setenv("ADGEN_DATA_DIR", str(root / "data"))
    ctx = render_context(Settings(), "final")
    brief = Brief(
        text="a 6 second ad for our cold brew coffee, energetic", brand_name="Northwind", duration_sec=6
    )
    project = LocalPlanner().plan(brief, owner="alice", product_asset=_product(ctx.media))
    first = render_project(project, ctx)
    scene = next(s for s in first.project.scenes if s.id == EDITED)
    changed = apply_operation(
        first.project, ops.UpdateOverlay(scene_id=EDITED, text=f"{scene.overlay.text} today")
    )
    read: list[str] = []
    real = engine.read_back

    def recording(readings):
        read.extend(r.expected for r in readings)
        return real(readings)

    mp.setattr(engine, "read_back", recording)
    second = render_project(changed.project, ctx)
    mp.setattr(engine, "read_back", real)
    yield first, second, ctx, read
    mp.undo()


def _targets(outcome, ctx) -> list[ExportTarget]:
    report = outcome.report
    return [
        ExportTarget(
            t.key,
            ctx.media.local_path(report.exports[t.key]),
            t.presets,
            export_layout(report, t),
            _fixed(report, t.key),
        )
        for t in render_targets(outcome.project)
        if t.key in report.exports
    ]


def _checks(report: dict) -> list:
    """The report without its timings and date: what was found."""
    return [(e["key"], e["checks"], e["notes"]) for e in report["exports"]]


def test_the_edit_reads_back_the_edited_text_in_every_export_and_not_every_other(edited) -> None:
    first, second, _, read = edited
    texts = {t.label: t.text for t in overlay_texts(second.project)}
    assert read, "the edited scene's text was not read back"
    assert texts[EDITED] in read  # measured on the new frames
    unchanged = [text for label, text in texts.items() if label != EDITED]
    # Some unchanged text was taken from the kept findings in every export (else nothing is saved).
    assert read.count(texts[EDITED]) >= len(second.report.exports)
    assert sum(read.count(t) for t in unchanged) < len(unchanged) * len(second.report.exports)


def test_kept_findings_make_the_report_of_a_check_from_scratch(edited) -> None:
    _, second, ctx, _ = edited
    # The loudness as the render found it (kept in the store: every export notes it was measured once).
    fresh = check_exports(
        _targets(second, ctx), overlay_texts(second.project), loudness_cache=KeptLoudness(ctx)
    )
    kept = second.report.preflight
    assert kept is not None
    assert _checks(kept) == _checks(fresh.to_wire())


def test_an_edited_scene_is_measured_and_the_others_are_taken_from_what_was_kept(edited) -> None:
    first, second, ctx, _ = edited
    kept: dict = {}
    check_exports(_targets(first, ctx), overlay_texts(first.project), kept=kept)
    assert kept
    for key, value in list(kept.items()):
        findings = from_wire(value)
        assert findings is not None
        for found in findings.values():
            for finding in found:
                finding.measured = POISON
        kept[key] = to_wire(findings)
    report = check_exports(_targets(second, ctx), overlay_texts(second.project), kept=kept)
    poisoned = {
        f.subject.split()[0]
        for e in report.exports
        for c in e.checks
        for f in c.findings
        if f.measured == POISON
    }
    assert poisoned, "nothing was taken from the kept findings"
    assert EDITED not in poisoned and f"{EDITED}/" not in " ".join(poisoned)
    fresh = check_exports(_targets(second, ctx), overlay_texts(second.project))
    edited_findings = [
        (e.key, c.check, f)
        for e in report.exports
        for c in e.checks
        for f in c.findings
        if f.subject.startswith(EDITED)
    ]
    fresh_findings = [
        (e.key, c.check, f)
        for e in fresh.exports
        for c in e.checks
        for f in c.findings
        if f.subject.startswith(EDITED)
    ]
    assert edited_findings and edited_findings == fresh_findings


def test_the_unchanged_scenes_keyframes_are_the_same_bytes_and_the_edited_ones_are_not(edited) -> None:
    first, second, ctx, _ = edited
    for key in second.report.exports:
        before = keyframe_digests(
            Path(ctx.media.local_path(first.report.exports[key])),
            probe(ctx.media.local_path(first.report.exports[key])),
        )
        after = keyframe_digests(
            Path(ctx.media.local_path(second.report.exports[key])),
            probe(ctx.media.local_path(second.report.exports[key])),
        )
        assert len(before) == len(after) > 2
        same = sum(a == b for a, b in zip(before, after, strict=True))
        assert 0 < same < len(before), (key, same, len(before))


@pytest.fixture(scope="module")
def moving_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """5 s of testsrc2 (a picture that changes every frame) with a keyframe every second."""
    out = tmp_path_factory.mktemp("moving") / "moving.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30:duration=5"]
        + ["-c:v", "libx264", "-g", "30", "-keyint_min", "30", "-pix_fmt", "yuv420p", str(out)],
        check=True,
    )
    return out


@pytest.mark.parametrize("indices", [[0], [1], [2, 4], [3], [1, 2, 3], [4]])
def test_keyframes_decoded_from_a_seek_are_those_decoded_from_the_start(moving_clip: Path, indices) -> None:
    info = probe(moving_clip)
    times = info.packets.keyframe_times
    assert len(times) == 5
    seeked = decode_keyframes(moving_clip, indices, 320, 240, "yuv420p", times)
    whole = decode_keyframes(moving_clip, [0, 1, 2, 3, 4], 320, 240, "yuv420p")
    assert seeked.shape == (len(indices), 240, 320, 3)
    assert all(np.array_equal(seeked[k], whole[i]) for k, i in enumerate(indices))
    # The keyframes differ from each other, so a frame taken from the wrong index would show.
    assert all(not np.array_equal(whole[i], whole[j]) for i in range(5) for j in range(i))
