"""Pre-flight (issue 16): proves each export is ready to post, measured on the files themselves.

What the render pipeline calls:

- ``check_exports(targets, texts)`` after a final render -> ``PreflightReport`` (``to_wire()``
  for the document's ``preflight`` field, ``render_table()`` for the chat);
- ``normalise_loudness(src, dst)`` on the soundtrack (two-pass loudnorm to -14 LUFS, -1.5 dBTP);
- ``halo_opacity`` / ``outline_opacity`` for the scrim or outline a text needs, and
  ``move_inside`` to keep a box inside a preset's safe area, from the layout.
"""

from adgen.preflight.contrast import HaloFix, contrast_ratio, halo_opacity, measure_contrast, outline_opacity
from adgen.preflight.document import check_document, run_check
from adgen.preflight.engine import ExportTarget, check_export, check_exports, targets_for
from adgen.preflight.layout import LayoutBox, OverlayText, move_inside, overlay_texts
from adgen.preflight.loudness import Loudness, measure_loudness, normalise_loudness
from adgen.preflight.report import CheckResult, ExportReport, Finding, PreflightReport, render_table

__all__ = [
    "CheckResult",
    "ExportReport",
    "ExportTarget",
    "Finding",
    "HaloFix",
    "LayoutBox",
    "Loudness",
    "OverlayText",
    "PreflightReport",
    "check_document",
    "check_export",
    "check_exports",
    "contrast_ratio",
    "halo_opacity",
    "measure_contrast",
    "measure_loudness",
    "move_inside",
    "normalise_loudness",
    "outline_opacity",
    "overlay_texts",
    "render_table",
    "run_check",
    "targets_for",
]
