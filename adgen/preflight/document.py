"""`adgen check PROJECT.json`: the pre-flight check of a rendered project document.

The document's ``aspectExports`` and ``presetExports`` name the files; the presets each file
serves come from ``--presets`` when given, else from the document's ``presets`` (a document from
before presets has the default presets of its aspects: 9:16: TikTok and Reels; 1:1: Square
feed; 16:9: YouTube; 4:5: Meta feed). Where the render recorded its layout
(``renderStatus.stages.layout``), every text, product and logo box is checked where it was put.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import unquote, urlparse

from adgen.platforms.exports import exports_for
from adgen.platforms.presets import Preset, PresetError, PresetTable, presets_from_settings
from adgen.preflight.engine import ExportTarget, check_exports
from adgen.preflight.layout import LayoutBox, overlay_texts
from adgen.preflight.report import PreflightReport, render_table


def export_path(url: str, base: Path) -> Path:
    """A file named by an ``aspectExports`` value: a file:// URL, an absolute path, or a path
    relative to the document's folder."""
    path = Path(unquote(urlparse(url).path)) if url.startswith("file://") else Path(url)
    path = path if path.is_absolute() else (base / path)
    shown = os.path.relpath(path)  # as the user would type it, when it is under the working folder
    return Path(shown) if not shown.startswith("..") else path


def presets_by_export(
    exports: Mapping[str, str], table: PresetTable, names: Sequence[str] | None = None
) -> tuple[dict[str, list[Preset]], list[str]]:
    """Which presets each export serves, and notes on exports no chosen preset wants."""
    chosen = table.resolve(names) if names else None
    pool = chosen or table.defaults()
    by_key: dict[str, list[Preset]] = {}
    for spec in exports_for(pool):
        if spec.key in exports or spec.aspect in exports:
            by_key[spec.key if spec.key in exports else spec.aspect] = list(spec.presets)
    notes = []
    for key in exports:
        if key in by_key:
            continue
        same_aspect = [p for p in (pool if chosen else table) if p.aspect == key]
        if same_aspect and not chosen:
            by_key[key] = same_aspect[:1]
        else:
            notes.append(f"{key}: no chosen preset has this size, so it was not checked")
    if chosen:
        for spec in exports_for(chosen):
            if spec.key not in by_key and spec.aspect not in by_key:
                notes.append(f"{', '.join(p.name for p in spec.presets)}: no {spec.aspect} export to check")
    return by_key, notes


def stored_layout(project, by_key: Mapping[str, Sequence[Preset]]) -> dict[str, list[LayoutBox]]:
    """The boxes the render recorded for each export, at its presets' size (a draft's scaled)."""
    recorded = (project.render_status.stages or {}).get("layout") or {}
    out: dict[str, list[LayoutBox]] = {}
    for key, presets in by_key.items():
        entry = recorded.get(key) or recorded.get(key.split("/", 1)[0])
        if not isinstance(entry, dict) or not presets:
            continue
        width, height = presets[0].size
        sx, sy = width / (entry.get("width") or width), height / (entry.get("height") or height)
        boxes = [LayoutBox.from_wire(b) for b in entry.get("boxes", [])]
        out[key] = [b.scaled(sx, sy) for b in boxes] if (sx, sy) != (1.0, 1.0) else boxes
    return out


def export_files(project, table: PresetTable, names: Sequence[str] | None) -> dict[str, str]:
    """The exports by key: ``aspectExports``, and the ``presetExports`` of an encode that has no
    aspect key of its own (presets of one size split by layout)."""
    files = dict(project.aspect_exports)
    preset_exports = getattr(project, "preset_exports", {}) or {}
    try:
        specs = exports_for(table.resolve(names)) if names else []
    except PresetError:
        specs = []
    for spec in specs:
        url = preset_exports.get(spec.presets[0].id)
        if url and spec.key not in files:
            files[spec.key] = url
    return files


def check_document(
    path: Path,
    table: PresetTable | None = None,
    preset_names: Sequence[str] | None = None,
    layout: Mapping[str, list[LayoutBox]] | None = None,
) -> PreflightReport:
    """Check every export of the project document at ``path``."""
    from adgen.project import AdProject

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no project document at {path}")
    project = AdProject.from_wire(path.read_text(encoding="utf-8"))
    if not project.aspect_exports:
        raise ValueError(f"{path.name} has no exports yet: render it first (adgen render {path} --out DIR)")
    table = table or presets_from_settings()
    names = preset_names or getattr(project, "presets", None) or None
    files = export_files(project, table, names)
    by_key, notes = presets_by_export(files, table, names)
    boxes = layout if layout is not None else stored_layout(project, by_key)
    base = path.resolve().parent
    targets = [
        ExportTarget(key, export_path(url, base), tuple(by_key[key]), boxes.get(key))
        for key, url in files.items()
        if key in by_key
    ]
    return check_exports(targets, overlay_texts(project), notes)


def run_check(
    path: Path,
    preset_names: Sequence[str] | None = None,
    as_json: bool = False,
    verbose: bool = False,
    settings=None,
) -> int:
    """The command: print the table (or the JSON), exit 1 when a check failed."""
    table = presets_from_settings(settings)
    report = check_document(path, table, preset_names)
    if as_json:
        print(json.dumps(report.to_wire(), indent=2))
    else:
        print(render_table(report, verbose=verbose))
        print(f"pre-flight: {report.status.upper()}" + ("" if report.passed else f" ({_failed(report)})"))
    sys.stdout.flush()
    return 0 if report.passed else 1


def _failed(report: PreflightReport) -> str:
    return "; ".join(f"{e.key}: {', '.join(e.failed())}" for e in report.exports if e.failed())


__all__ = ["check_document", "export_files", "export_path", "presets_by_export", "run_check", "stored_layout"]
