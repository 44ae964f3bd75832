"""From the presets a project targets to the files the render makes.

Presets that share a size share one encode (TikTok, Reels, Stories and Shorts are all
1080x1920) unless their layouts differ; the shared export keeps everything inside the
intersection of their safe areas. The 4:5 feed (1080x1350) is a size the pipeline did not render
before issue 16; the other sizes keep their aspect keys ("9:16", "1:1", "16:9") so existing
readers of ``aspectExports`` go on working.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from adgen.platforms.geometry import Rect
from adgen.platforms.presets import Preset, PresetError, safe_area_of


@dataclass(frozen=True)
class ExportSpec:
    """One encode: its size, the presets it serves and where content may go in it."""

    width: int
    height: int
    presets: tuple[Preset, ...]
    safe_area: Rect
    layout: Hashable = None

    @property
    def size(self) -> tuple[int, int]:
        return self.width, self.height

    @property
    def aspect(self) -> str:
        return self.presets[0].aspect

    @property
    def preset_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.presets)

    @property
    def key(self) -> str:
        """A stable name for the export's file and its ``aspectExports`` entry: the aspect
        ("9:16"), or the aspect and the presets when one size is split by layout."""
        if self.layout is None:
            return self.aspect
        return f"{self.aspect}/{'+'.join(self.preset_ids)}"

    @property
    def fps(self) -> int:
        return max(p.fps for p in self.presets)

    @property
    def max_length_sec(self) -> float | None:
        limits = [p.max_length_sec for p in self.presets if p.max_length_sec is not None]
        return min(limits) if limits else None

    def scaled_safe_area(self, width: int, height: int) -> Rect:
        """The shared safe area at another render size (a draft render, say)."""
        return safe_area_of(self.presets, width, height)


def exports_for(
    presets: Iterable[Preset], layout_of: Callable[[Preset], Hashable] | None = None
) -> list[ExportSpec]:
    """The encodes that serve ``presets``: one per size, or per (size, layout) when
    ``layout_of`` tells presets of one size apart (a preset whose text must sit elsewhere).
    Ordered by first appearance, so the first preset's export is the master."""
    groups: dict[tuple[tuple[int, int], Hashable], list[Preset]] = {}
    for preset in presets:
        layout = layout_of(preset) if layout_of else None
        group = groups.setdefault((preset.size, layout), [])
        if preset not in group:
            group.append(preset)
    if not groups:
        raise PresetError("an ad needs at least one preset to export")
    split_sizes = {size for size, _ in groups if sum(1 for s, _ in groups if s == size) > 1}
    specs = []
    for (size, layout), members in groups.items():
        width, height = size
        area = safe_area_of(members, width, height)
        if area.area <= 0:
            raise PresetError(
                f"the safe areas of {', '.join(p.name for p in members)} do not overlap; export them separately"
            )
        specs.append(ExportSpec(width, height, tuple(members), area, layout if size in split_sizes else None))
    return specs


__all__ = ["ExportSpec", "exports_for"]
