"""Platform presets (issue 16): what each placement shows of a frame, and its delivery limits."""

from adgen.platforms.exports import ExportSpec, exports_for
from adgen.platforms.geometry import Rect, union
from adgen.platforms.presets import (
    DEFAULT_PRESET_IDS,
    Margins,
    Preset,
    PresetError,
    PresetTable,
    aspects_of,
    builtin_table,
    default_preset_ids_for,
    get_preset,
    load_presets,
    presets_from_settings,
    safe_area_of,
)

__all__ = [
    "DEFAULT_PRESET_IDS",
    "ExportSpec",
    "Margins",
    "Preset",
    "PresetError",
    "PresetTable",
    "Rect",
    "aspects_of",
    "builtin_table",
    "default_preset_ids_for",
    "exports_for",
    "get_preset",
    "load_presets",
    "presets_from_settings",
    "safe_area_of",
    "union",
]
