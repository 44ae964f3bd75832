"""The platform presets: a marketer posts to TikTok or Reels, not to "9:16".

The table itself is data (``presets.toml`` beside this module, one row per placement with the
date it was checked and its source). This module types it, finds a preset by a loose name
("tiktok", "reels", "4:5", "feed"), scales its safe area to any render size and intersects the
safe areas of presets that share one export. The platforms move their numbers, so the table can
be overridden without a code change: ``ADGEN_PRESETS_FILE`` names a TOML or JSON file of the same
shape, and a project can pass its own overrides (:meth:`PresetTable.with_overrides`).
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from adgen.platforms.geometry import Rect

TABLE_PATH = Path(__file__).with_name("presets.toml")
# What a new project targets (issue 16): the two biggest vertical feeds, a square feed post and
# YouTube. 9:16 is rendered once for TikTok and Reels, inside both safe areas.
DEFAULT_PRESET_IDS: tuple[str, ...] = ("tiktok", "reels", "square_feed", "youtube")


class PresetError(ValueError):
    """An unknown or ambiguous preset name, or an override file that cannot be used."""


class Margins(BaseModel):
    """Unsafe margins in px at the preset's own size."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    top: int = Field(ge=0)
    bottom: int = Field(ge=0)
    left: int = Field(ge=0)
    right: int = Field(ge=0)


class Preset(BaseModel):
    """One placement: its export size, the part of the frame its interface leaves visible, its
    delivery limits, and where those numbers come from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    platform: str
    aliases: tuple[str, ...] = ()
    width: int = Field(gt=0)
    height: int = Field(gt=0)
    margins: Margins
    min_length_sec: float | None = Field(default=None, ge=0)
    max_length_sec: float | None = Field(default=None, gt=0)
    min_video_kbps: float | None = Field(default=None, ge=0)
    recommended_video_kbps: float | None = Field(default=None, ge=0)
    max_video_kbps: float | None = Field(default=None, gt=0)
    max_file_mb: float | None = Field(default=None, gt=0)
    fps: int = Field(default=30, gt=0)
    display_height_css: float = Field(gt=0)
    checked: str
    source: str
    notes: str = ""

    @field_validator("margins", mode="before")
    @classmethod
    def _margins_list(cls, value: Any) -> Any:
        """The table writes margins as [top, bottom, left, right], as the issue does."""
        if isinstance(value, (list, tuple)):
            if len(value) != 4:
                raise ValueError("margins are [top, bottom, left, right]")
            return dict(zip(("top", "bottom", "left", "right"), value, strict=True))
        return value

    @property
    def size(self) -> tuple[int, int]:
        return self.width, self.height

    @property
    def aspect(self) -> str:
        """The reduced aspect ratio, "9:16", "4:5", "1:1", "16:9"."""
        d = math.gcd(self.width, self.height)
        return f"{self.width // d}:{self.height // d}"

    def safe_area(self, width: int | None = None, height: int | None = None) -> Rect:
        """The visible part of the frame, scaled to a render of ``width`` x ``height`` (default:
        the preset's size); whole pixels, rounded inwards."""
        width, height = width or self.width, height or self.height
        sx, sy = width / self.width, height / self.height
        m = self.margins
        area = Rect(
            m.left * sx, m.top * sy, width - (m.left + m.right) * sx, height - (m.top + m.bottom) * sy
        )
        return area.rounded()

    def to_wire(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        data["margins"] = [self.margins.top, self.margins.bottom, self.margins.left, self.margins.right]
        data["aspect"] = self.aspect
        return data


def safe_area_of(presets: Iterable[Preset], width: int, height: int) -> Rect:
    """Where something may go when one render serves all ``presets``: their safe areas, each
    scaled to ``width`` x ``height``, intersected."""
    presets = list(presets)
    if not presets:
        raise PresetError("no presets given")
    area = Rect(0, 0, width, height)
    for preset in presets:
        area = area.intersect(preset.safe_area(width, height))
    return area


def _key(text: str) -> str:
    """A name as compared: lower case, only letters, digits and the colon of a ratio."""
    text = (
        text.casefold().strip().replace("x", ":") if re.fullmatch(r"\s*\d+\s*[x:]\s*\d+\s*", text) else text
    )
    return re.sub(r"[^a-z0-9:]+", "", text.casefold())


class PresetTable:
    """The presets in table order, with lookup by id, alias or aspect."""

    def __init__(self, presets: Iterable[Preset]) -> None:
        self._presets: dict[str, Preset] = {}
        for preset in presets:
            if preset.id in self._presets:
                raise PresetError(f"preset {preset.id!r} appears twice in the table")
            self._presets[preset.id] = preset

    def __iter__(self):
        return iter(self._presets.values())

    def __len__(self) -> int:
        return len(self._presets)

    @property
    def ids(self) -> list[str]:
        return list(self._presets)

    def __getitem__(self, preset_id: str) -> Preset:
        return self.get(preset_id)

    def get(self, name: str) -> Preset:
        """The preset a marketer means by ``name``: its id, a name or alias ("tiktok", "reels",
        "ig story", "feed") or an aspect ratio that only one preset has ("4:5", "16:9")."""
        wanted = _key(name)
        if not wanted:
            raise PresetError("an empty preset name; name one of " + ", ".join(self.ids))
        if wanted in self._presets:
            return self._presets[wanted]
        by_name = [p for p in self if wanted in {_key(p.id), _key(p.name), *(_key(a) for a in p.aliases)}]
        if len(by_name) == 1:
            return by_name[0]
        by_aspect = [p for p in self if _key(p.aspect) == wanted]
        if len(by_aspect) == 1:
            return by_aspect[0]
        by_platform = [p for p in self if _key(p.platform) == wanted]
        matches = by_name or by_aspect or by_platform
        if matches:
            raise PresetError(
                f"{name!r} could mean {', '.join(p.name for p in matches)}; name one of "
                + ", ".join(p.id for p in matches)
            )
        raise PresetError(f"no preset called {name!r}; the presets are {', '.join(self.ids)}")

    def resolve(self, names: Iterable[str]) -> list[Preset]:
        """Several presets by loose name, in the order given, each once."""
        out: list[Preset] = []
        for name in names:
            preset = self.get(name)
            if preset not in out:
                out.append(preset)
        return out

    def defaults(self) -> list[Preset]:
        """What a new project targets: TikTok, Reels, Square feed, YouTube."""
        return [self._presets[i] for i in DEFAULT_PRESET_IDS if i in self._presets]

    def with_overrides(
        self, overrides: Mapping[str, Mapping[str, Any]] | Iterable[Mapping[str, Any]]
    ) -> PresetTable:
        """A copy with some fields replaced or presets added: ``{"tiktok": {"margins": [150, 500,
        60, 150]}}`` or a list of rows with an ``id`` (the override file's form). A row whose id
        is new must be complete."""
        rows = _override_rows(overrides)
        merged: dict[str, dict[str, Any]] = {p.id: p.model_dump() for p in self}
        for row in rows:
            preset_id = str(row.get("id", ""))
            base = merged.get(preset_id, {})
            merged[preset_id] = {**base, **row}
        try:
            return PresetTable(Preset.model_validate(row) for row in merged.values())
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()[:3]
            )
            raise PresetError(f"the preset overrides are not valid ({problems})") from None


def _override_rows(overrides: Mapping[str, Mapping[str, Any]] | Iterable[Mapping[str, Any]]) -> list[dict]:
    if isinstance(overrides, Mapping):
        if "preset" in overrides and not isinstance(overrides["preset"], Mapping):
            return _override_rows(overrides["preset"])
        return [{**dict(fields), "id": preset_id} for preset_id, fields in overrides.items()]
    rows = [dict(row) for row in overrides]
    if any("id" not in row for row in rows):
        raise PresetError("every preset override row needs an id")
    return rows


def read_table_file(path: Path) -> Any:
    """A preset table or override file: TOML (``[[preset]]`` rows) or JSON."""
    path = Path(path)
    if not path.is_file():
        raise PresetError(f"the presets file {path} does not exist; fix ADGEN_PRESETS_FILE or remove it")
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise PresetError(f"the presets file {path} cannot be read: {exc}") from None


@lru_cache(maxsize=1)
def builtin_table() -> PresetTable:
    rows = read_table_file(TABLE_PATH)["preset"]
    return PresetTable(Preset.model_validate(row) for row in rows)


def load_presets(
    overrides_file: Path | None = None, overrides: Mapping[str, Mapping[str, Any]] | None = None
) -> PresetTable:
    """The built-in table, then the settings' override file (ADGEN_PRESETS_FILE), then a
    project's own overrides, each replacing fields of the one before."""
    table = builtin_table()
    if overrides_file is not None:
        table = table.with_overrides(read_table_file(overrides_file))
    if overrides:
        table = table.with_overrides(overrides)
    return table


def presets_from_settings(
    settings: Any = None, overrides: Mapping[str, Mapping[str, Any]] | None = None
) -> PresetTable:
    """The table as configured: ``settings.presets_file`` (ADGEN_PRESETS_FILE) and ``overrides``."""
    if settings is None:
        from adgen.settings import get_settings

        settings = get_settings()
    return load_presets(getattr(settings, "presets_file", None), overrides)


def default_preset_ids_for(aspects: Iterable[str], table: PresetTable | None = None) -> list[str]:
    """The presets a document written before presets existed targets: for each of its aspect
    ratios, the default presets of that aspect (9:16: TikTok and Reels; 1:1: Square feed; 16:9:
    YouTube), else the table's first preset of that aspect (4:5: Meta feed)."""
    table = table or builtin_table()
    defaults = table.defaults()
    out: list[str] = []
    for aspect in aspects:
        chosen = [p.id for p in defaults if p.aspect == aspect] or [
            p.id for p in table if p.aspect == aspect
        ][:1]
        out += [i for i in chosen if i not in out]
    return out


def aspects_of(preset_ids: Iterable[str], table: PresetTable | None = None) -> list[str]:
    """The aspect ratios of these presets, in order, each once (ids the table lacks are left out)."""
    table = table or builtin_table()
    known = {p.id: p.aspect for p in table}
    out: list[str] = []
    for preset_id in preset_ids:
        aspect = known.get(preset_id)
        if aspect and aspect not in out:
            out.append(aspect)
    return out


def get_preset(name: str, table: PresetTable | None = None) -> Preset:
    """A preset by loose name from the configured table (see :meth:`PresetTable.get`)."""
    return (table or presets_from_settings()).get(name)


__all__ = [
    "DEFAULT_PRESET_IDS",
    "Margins",
    "Preset",
    "PresetError",
    "PresetTable",
    "aspects_of",
    "builtin_table",
    "default_preset_ids_for",
    "get_preset",
    "load_presets",
    "presets_from_settings",
    "read_table_file",
    "safe_area_of",
]
