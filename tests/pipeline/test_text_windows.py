"""A scene's text kept off its transition windows (issue 17's speed bar (b), adgen.pipeline.text_span).

- Where the text is on screen: a middle scene's text enters once the window before it is over and
  is gone before the window after it; the hook keeps its text from its first frame and the end
  card to its last (no window there); a hard cut's side keeps it; a text that would then be shown
  less than its reading time (words / 3 + 0.5 s) keeps a side, or both.
- On rendered exports (flat colour scenes, real encodes): a text edit of the middle scene encodes
  no transition window, and the export's frames inside both windows are the same frames as before
  the edit, while the frames where the text stands are not. The reused windows are the same
  picture as windows encoded afresh from the edited scene's passes (PSNR over 40 dB, where the
  edited text alone, had it been on those frames, would have changed them far more); the scene
  pass's own frames on its handles show no text (the same as before the edit, where the text
  differs).
- The text boxes the render records start after the window before the scene and end before the
  one after it, and still leave the text at least its reading time.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import adgen.pipeline.assembly as assembly_module
import adgen.pipeline.windows as windows_module
from adgen.pipeline.ffmpeg import frame_count, read_frames
from adgen.pipeline.keys import project_keys, scene_parts_key
from adgen.pipeline.orchestrator import render_context, render_project
from adgen.pipeline.stages import STAGE_ASSEMBLY
from adgen.pipeline.text_span import needed_seconds, text_span
from adgen.pipeline.transitions import handle_frames
from adgen.pipeline.types import encode_profile
from adgen.preflight.legibility import reading_time
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

DURATIONS = [2.5, 3.0, 2.5]


def _project(media, mood: str, durations: list[float] = DURATIONS):
    from test_transitions import _ad

    return _ad(media, mood, ["red", "blue", "green"][: len(durations)], durations)


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(((a.astype(float) - b.astype(float)) ** 2).mean())
    return 99.0 if mse == 0 else 10 * np.log10(255**2 / mse)


# --- where the text is on screen ----------------------------------------------------------------


def test_the_text_keeps_off_the_windows_but_not_off_the_ads_ends(settings) -> None:
    ctx = render_context(settings, "draft")
    project = _project(ctx.media, "energetic")
    fps = 30
    first, middle, last = (text_span(project, s, fps) for s in project.scenes)
    handles = [handle_frames(s.duration_sec, fps, "energetic") for s in project.scenes]
    assert (first.start, first.clear_head) == (0.0, False)  # the hook from its first frame
    assert first.clear_tail and first.end == pytest.approx((75 - handles[0]) / fps)
    assert middle.clear_head and middle.clear_tail
    assert middle.start == pytest.approx(handles[1] / fps)
    assert middle.end == pytest.approx((90 - handles[1]) / fps)
    assert last.clear_head and not last.clear_tail and last.end == 2.5  # the end card to its end
    for span, scene in zip((first, middle, last), project.scenes, strict=True):
        assert span.seconds >= needed_seconds(project, scene)


def test_a_hard_cut_keeps_the_text_and_so_does_a_text_too_long_to_spare_a_side(settings) -> None:
    ctx = render_context(settings, "draft")
    dramatic = _project(ctx.media, "dramatic")  # every boundary a cut
    for scene in dramatic.scenes:
        span = text_span(dramatic, scene, 30)
        assert (span.start, span.end, span.clear_head, span.clear_tail) == (
            0.0,
            scene.duration_sec,
            False,
            False,
        )
    project = _project(ctx.media, "energetic")
    # Six words need 2.5 s: a 3 s middle scene can spare one handle (0.4 s), not both.
    words = "one two three four five six"
    assert reading_time(words) == pytest.approx(6 / 3 + 0.5)
    edited = apply_operation(project, ops.UpdateOverlay(scene_id="scene_2", text=words)).project
    span = text_span(edited, edited.scenes[1], 30)
    assert span.clear_head != span.clear_tail and span.seconds >= reading_time(words)
    # Eleven words (4.2 s) are longer than the scene: the text stays over all of it, as before.
    edited = apply_operation(
        project, ops.UpdateOverlay(scene_id="scene_2", text=" ".join(["word"] * 11))
    ).project
    span = text_span(edited, edited.scenes[1], 30)
    assert (span.start, span.end, span.clear_head, span.clear_tail) == (0.0, 3.0, False, False)


# --- on rendered exports ---------------------------------------------------------------------------


def _parts_of_each_export(monkeypatch) -> dict[str, windows_module.ExportParts]:
    seen: dict[str, windows_module.ExportParts] = {}
    real = assembly_module.export_parts

    def spy(project, profile, ctx, outputs, aspect, beats):
        parts = real(project, profile, ctx, outputs, aspect, beats)
        seen[aspect] = parts
        return parts

    monkeypatch.setattr(assembly_module, "export_parts", spy)
    return seen


@pytest.mark.slow
def test_a_text_edit_reuses_both_windows_which_show_no_text(settings, monkeypatch) -> None:
    ctx = render_context(settings, "draft")
    project = _project(ctx.media, "energetic")
    before_parts = _parts_of_each_export(monkeypatch)
    first = render_project(project, ctx)
    assert first.project.render_status.state == "completed", first.project.render_status
    before_windows = {a: [w.key for w in p.windows] for a, p in before_parts.items()}

    encoded: list[str] = []
    real_clip = windows_module.transition_clip
    monkeypatch.setattr(
        windows_module, "transition_clip", lambda *a, **k: encoded.append(str(a[0])) or real_clip(*a, **k)
    )
    after_parts = _parts_of_each_export(monkeypatch)
    words = "Something else entirely"
    edited = apply_operation(first.project, ops.UpdateOverlay(scene_id="scene_2", text=words)).project
    outcome = render_project(edited, ctx)
    assert outcome.project.render_status.state == "completed", outcome.project.render_status
    ran = {(r.stage, r.scene_id) for r in outcome.report.ran()}
    assert ("scene_pass", "scene_2") in ran and ("scene_pass", "scene_1") not in ran
    assert encoded == []  # no window encoded: both of the middle scene's are reused
    assert {a: [w.key for w in p.windows] for a, p in after_parts.items()} == before_windows

    keys_before = project_keys(first.project, "draft", ctx.providers)
    keys_after = project_keys(edited, "draft", ctx.providers)
    for aspect, url in outcome.project.aspect_exports.items():
        fps = encode_profile(aspect, "draft").fps
        lengths = [frame_count(d, fps) for d in DURATIONS]
        handles = [handle_frames(d, fps, "energetic") for d in DURATIONS]
        old = read_frames(ctx.media.local_path(first.project.aspect_exports[aspect]))
        new = read_frames(ctx.media.local_path(url))
        assert len(old) == len(new) == sum(lengths)
        # The frames inside both windows are the frames of the same (reused) window files.
        b1, b2 = lengths[0], lengths[0] + lengths[1]
        for lo, hi in ((b1 - handles[0], b1 + handles[1]), (b2 - handles[1], b2 + handles[2])):
            assert np.array_equal(old[lo:hi], new[lo:hi]), (aspect, lo, hi)
        # Where the text stands, the edit shows.
        mid = b1 + lengths[1] // 2
        assert _psnr(old[mid], new[mid]) < 35, aspect

        # The edited pass's head and tail (what a window would be made of) show what the old
        # pass's did: no text on them, whatever it says.
        old_key = keys_before.scenes["scene_2"][aspect].scene_pass
        new_key = keys_after.scenes["scene_2"][aspect].scene_pass
        assert old_key != new_key
        for name in ("head.mp4", "tail.mp4"):
            a, b = (
                read_frames(ctx.media.local_path(ctx.find(STAGE_ASSEMBLY, scene_parts_key(k), name)))
                for k in (old_key, new_key)
            )
            assert min(_psnr(x, y) for x, y in zip(a, b, strict=True)) > 40, (aspect, name)
        # The reused windows are the picture a fresh encode of the edited passes gives: they
        # differ from it by no more than that encode differs from its own source (the edited
        # passes' frames, outside the blend), give or take two encodes' noise (3 dB).
        for window in after_parts[aspect].windows:
            plan = window.plan
            stored = read_frames(ctx.media.local_path(ctx.find(STAGE_ASSEMBLY, window.key, "mp4")))
            key = f"fresh-{aspect.replace(':', 'x')}-{window.key}"
            again = windows_module._encode_window(ctx, replace(window, key=key), 1)
            assert isinstance(again, Path), again
            fresh = read_frames(again)
            assert len(stored) == len(fresh) == plan.tail_frames + plan.head_frames
            tail, head = read_frames(window.tail), read_frames(window.head)
            source = {k: tail[k] for k in range(min(plan.start, plan.tail_frames))}
            source |= {
                k: head[k - plan.tail_frames]
                for k in range(max(plan.start + plan.frames, plan.tail_frames), len(fresh))
            }
            own_loss = min(_psnr(fresh[k], frame) for k, frame in source.items())
            apart = min(_psnr(stored[k], fresh[k]) for k in source)
            assert apart >= min(own_loss - 3, 45), (aspect, plan.kind, apart, own_loss)
            # In the blend too: less than 3 levels of 255 on average.
            assert max(np.abs(x.astype(float) - y).mean() for x, y in zip(stored, fresh, strict=True)) < 3

    # The recorded text boxes: off the windows, and long enough to read.
    for aspect, boxes in outcome.report.layout_events().items():
        fps = encode_profile(aspect, "draft").fps
        texts = {b["label"]: b for b in boxes if b["kind"] == "text"}
        starts = np.cumsum([0.0, *DURATIONS])
        hs = [handle_frames(d, fps, "energetic") / fps for d in DURATIONS]
        s2 = texts["scene_2"]
        assert s2["text"] == words
        assert s2["start"] == pytest.approx(starts[1] + hs[1], abs=1e-3)
        assert s2["end"] == pytest.approx(starts[2] - hs[1], abs=1e-3)
        assert s2["start"] < s2["steadyStart"] < s2["steadyEnd"] < s2["end"]
        assert texts["scene_1"]["start"] == 0 and texts["scene_3"]["end"] == pytest.approx(sum(DURATIONS))
        for box in texts.values():
            assert box["end"] - box["start"] >= reading_time(box["text"]) - 1e-6, (aspect, box)
