"""The pre-flight check after a final render (issue 16): every export measured against the
presets it serves, with the layout the render drew and what it fixed on the way.

:func:`adgen.preflight.check_exports` does the measuring on the files and their frames; this
module hands it the render's exports, their layout boxes (so the product and logo are checked
too, and each text is looked for where it was put) and the fixes by check, and turns a failing
export into a warning the marketer sees. Draft renders are not checked: their sizes and
encodes are not the ones that get posted.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Sequence
from typing import Any

from adgen.pipeline.context import RenderContext, one_line
from adgen.pipeline.events import PREFLIGHT_FAILED, RenderWarning
from adgen.pipeline.keys import sound_check_key, text_check_key
from adgen.pipeline.report import RenderReport
from adgen.pipeline.stages import STAGE_ASSEMBLY
from adgen.pipeline.targets import RenderTarget
from adgen.preflight import ExportTarget, LayoutBox, PreflightReport, check_exports, overlay_texts
from adgen.preflight.loudness import Loudness
from adgen.project import AdProject

log = logging.getLogger(__name__)

CHECK_ACTION = "Look at the pre-flight table below; change what it names, or render again."


def export_layout(report: RenderReport, target: RenderTarget) -> list[LayoutBox]:
    """The export's boxes at its presets' size (a draft's are scaled up)."""
    entry = report.layout.get(target.key) or {}
    width, height = entry.get("width") or target.size[0], entry.get("height") or target.size[1]
    sx, sy = target.size[0] / width, target.size[1] / height
    boxes = [LayoutBox.from_wire(b) for b in entry.get("boxes", [])]
    return [b.scaled(sx, sy) for b in boxes] if (sx, sy) != (1.0, 1.0) else boxes


def _fixed(report: RenderReport, key: str) -> dict[str, str]:
    """What the render fixed, by pre-flight check, for one export."""
    notes: dict[str, list[str]] = {}
    for fix in report.fixes:
        if fix.aspect in (None, key):
            notes.setdefault(fix.check, []).append(fix.sentence() if fix.scene_id else fix.message)
    return {check: "; ".join(dict.fromkeys(lines)) for check, lines in notes.items()}


class KeptLoudness(dict[str, Loudness]):
    """The loudness the check measured of a soundtrack, by its audio stream's signature (codec,
    rate and every packet's time and size), kept in the media store: the exports of a render share
    one soundtrack, and a render after a text edit copies the same one, so it is metered once."""

    def __init__(self, ctx: RenderContext) -> None:
        super().__init__()
        self.ctx = ctx

    def get(self, signature: str, default: Loudness | None = None) -> Loudness | None:  # type: ignore[override]
        if signature in self:
            return self[signature]
        url = self.ctx.find(STAGE_ASSEMBLY, sound_check_key(signature), "json")
        try:
            data = json.loads(self.ctx.media.read_bytes(url)) if url else None
            found = (
                Loudness(*(float(data[k]) for k in ("lufs", "truePeak", "lra", "threshold")))
                if data
                else None
            )
        except (FileNotFoundError, KeyError, TypeError, ValueError):
            found = None
        if found is None:
            return default
        super().__setitem__(signature, found)
        return found

    def __setitem__(self, signature: str, loudness: Loudness) -> None:
        if dict.get(self, signature) == loudness:
            return  # found kept: nothing new to keep
        super().__setitem__(signature, loudness)
        values = (loudness.integrated_lufs, loudness.true_peak_dbtp, loudness.lra_lu, loudness.threshold_lufs)
        if not all(math.isfinite(v) for v in values[:2]):
            return  # silence: measured again next time (JSON has no -inf)
        try:
            with self.ctx.workdir() as work:
                note = work / "loudness.json"
                note.write_text(
                    json.dumps(dict(zip(("lufs", "truePeak", "lra", "threshold"), values, strict=True)))
                )
                self.ctx.store(note, STAGE_ASSEMBLY, sound_check_key(signature), "json")
        except OSError:
            log.warning("the soundtrack's loudness could not be kept", exc_info=True)


class KeptTextChecks:
    """The findings the check made of each text, by what they were measured on
    (:mod:`adgen.preflight.kept`), kept in the media store: after a text edit, the texts of the
    scenes whose keyframes the export copied unchanged are not decoded and read again."""

    def __init__(self, ctx: RenderContext) -> None:
        self.ctx = ctx

    def get(self, key: str, default: Any = None) -> Any:
        url = self.ctx.find(STAGE_ASSEMBLY, text_check_key(key), "json")
        try:
            return json.loads(self.ctx.media.read_bytes(url)) if url else default
        except (FileNotFoundError, ValueError):
            return default

    def __setitem__(self, key: str, findings: Any) -> None:
        try:
            with self.ctx.workdir() as work:
                note = work / "text-check.json"
                note.write_text(json.dumps(findings))
                self.ctx.store(note, STAGE_ASSEMBLY, text_check_key(key), "json")
        except OSError:
            log.warning("a text's pre-flight findings could not be kept", exc_info=True)


def check_render(
    project: AdProject, ctx: RenderContext, report: RenderReport, targets: Sequence[RenderTarget]
) -> PreflightReport | None:
    """Check a final render's exports; the report is kept in ``report.preflight`` (wire form)
    and a failing export becomes a ``preflight_failed`` warning. None when nothing was checked
    (a draft, the check turned off, no exports)."""
    if ctx.quality != "final" or not getattr(ctx.settings, "preflight_check", True):
        return None
    checked = [
        ExportTarget(
            t.key,
            ctx.media.local_path(report.exports[t.key]),
            t.presets,
            export_layout(report, t),
            _fixed(report, t.key),
        )
        for t in targets
        if t.key in report.exports
    ]
    if not checked:
        return None
    started = time.monotonic()
    try:
        # Every export at once (their texts read back in one Tesseract call); the loudness kept
        # in the store, since the exports share one soundtrack and a text edit keeps it, and so
        # are the findings of the texts whose keyframes a text edit copied unchanged.
        result = check_exports(
            checked, overlay_texts(project), loudness_cache=KeptLoudness(ctx), kept=KeptTextChecks(ctx)
        )
    except Exception as exc:  # noqa: BLE001 - the ad is made; only its check is missing
        log.warning("pre-flight of %s failed", project.project_id, exc_info=True)
        report.warnings.append(
            RenderWarning(
                code=PREFLIGHT_FAILED,
                message=f"The pre-flight check could not run ({one_line(exc)}).",
                action="Run `adgen check` on the project later, or render again.",
            )
        )
        return None
    report.preflight_seconds = time.monotonic() - started
    report.preflight = result.to_wire()
    for export in result.exports:
        failed = [c for c in export.checks if c.status == "fail"]
        if not failed:
            continue
        first = failed[0]
        what = f"{first.subject}: {first.measured}" if first.subject else first.measured
        names = ", ".join(p.name for p in _presets(targets, export.key))
        report.warnings.append(
            RenderWarning(
                code=PREFLIGHT_FAILED,
                message=(
                    f"The {export.key} video is not ready for {names}: "
                    f"it fails {', '.join(c.check for c in failed)} ({what})."
                ),
                action=first.advice or CHECK_ACTION,
                aspect=export.key,
            )
        )
    return result


def _presets(targets: Sequence[RenderTarget], key: str):
    return next((t.presets for t in targets if t.key == key), ())


__all__ = ["KeptLoudness", "KeptTextChecks", "check_render", "export_layout"]
