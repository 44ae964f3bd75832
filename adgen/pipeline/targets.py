"""What a render makes: one encode per size the ad's presets need (issue 16).

A marketer picks platforms (``AdProject.presets``); :func:`render_targets` turns them into
encodes with :func:`adgen.platforms.exports_for`. Presets of one size share one encode laid
out inside the intersection of their safe areas (TikTok + Reels at 1080x1920), unless that
intersection is too small to lay an ad out in; then each of them gets an encode of its own.
Each target is named by its key: the aspect ("9:16", "4:5", "1:1", "16:9"), or the aspect and
its presets ("9:16/stories") when one size is split, and that key is what the pipeline's units,
reports and events call the export ("aspect" in their field names, as before presets).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from adgen.pipeline.types import EncodeProfile, Quality, encode_profile
from adgen.platforms.exports import ExportSpec, exports_for
from adgen.platforms.geometry import Rect
from adgen.platforms.presets import Preset, PresetError, PresetTable, presets_from_settings, safe_area_of
from adgen.project import AdProject

# A shared safe area smaller than this share of the frame's height or width is split into one
# encode per preset: too little room for a headline above a product.
MIN_SHARED_HEIGHT, MIN_SHARED_WIDTH = 0.45, 0.6


@dataclass(frozen=True)
class RenderTarget:
    """One encode of the ad: its key, the presets it serves and where content may go."""

    key: str
    spec: ExportSpec

    @property
    def aspect(self) -> str:
        return self.spec.aspect

    @property
    def presets(self) -> tuple[Preset, ...]:
        return self.spec.presets

    @property
    def preset_ids(self) -> tuple[str, ...]:
        return self.spec.preset_ids

    @property
    def size(self) -> tuple[int, int]:
        """The final size (the presets' own)."""
        return self.spec.size

    def profile(self, quality: Quality) -> EncodeProfile:
        """The encode settings at ``quality``: the presets' size, or the draft's smaller one."""
        return encode_profile(self.key, quality, size=self.size)

    def safe_area(self, width: int, height: int) -> Rect:
        """The intersection of the presets' safe areas at a render of ``width`` x ``height``."""
        return safe_area_of(self.presets, width, height)

    def preset_names(self) -> str:
        return ", ".join(p.name for p in self.presets)


def preset_table(settings: Any = None) -> PresetTable:
    """The configured presets: the built-in table and ADGEN_PRESETS_FILE."""
    return presets_from_settings(settings)


def _layout_of(presets: list[Preset]):
    """Tells presets of one size apart when their shared safe area is too small to share."""
    shared: dict[tuple[int, int], bool] = {}
    for size in {p.size for p in presets}:
        members = [p for p in presets if p.size == size]
        area = safe_area_of(members, *size)
        shared[size] = area.h >= MIN_SHARED_HEIGHT * size[1] and area.w >= MIN_SHARED_WIDTH * size[0]
    return lambda preset: None if shared[preset.size] else preset.id


def render_targets(project: AdProject, table: PresetTable | None = None) -> list[RenderTarget]:
    """The encodes that serve the project's presets, the master (the first preset's) first.
    Raises PresetError for a preset the table does not have."""
    table = table or preset_table()
    presets = [table[preset_id] for preset_id in project.presets]
    return [RenderTarget(spec.key, spec) for spec in exports_for(presets, _layout_of(presets))]


def chosen_targets(
    project: AdProject, aspects: Iterable[str] | None, table: PresetTable | None = None
) -> list[RenderTarget]:
    """The targets to render: all by default, or those named by key or aspect ("9:16" picks
    every 9:16 encode). A name no target has is refused (PresetError names the ones there are)."""
    targets = render_targets(project, table)
    if not aspects:
        return targets
    wanted = list(aspects)
    unknown = [a for a in wanted if not any(a in (t.key, t.aspect) for t in targets)]
    if unknown:
        raise PresetError(
            f"this ad has no {', '.join(unknown)} format; it has {', '.join(t.key for t in targets)}"
        )
    return [t for t in targets if t.key in wanted or t.aspect in wanted]


def target_of(project: AdProject, key: str, table: PresetTable | None = None) -> RenderTarget:
    """The target with this key (an aspect alone picks the first encode of that aspect)."""
    targets = render_targets(project, table)
    for target in targets:
        if target.key == key:
            return target
    for target in targets:
        if target.aspect == key:
            return target
    raise PresetError(f"this ad has no {key} format; it has {', '.join(t.key for t in targets)}")


__all__ = ["RenderTarget", "chosen_targets", "preset_table", "render_targets", "target_of"]
