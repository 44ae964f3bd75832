"""Platform presets (issue 16): what each placement shows of a frame, and its delivery limits."""

from adgen.platforms.exports import ExportSpec, exports_for
from adgen.platforms.geometry import Rect, union
from adgen.platforms.presets import (
    DEFAULT_PRESET_IDS,
    Margins,
    Preset,
    PresetError,
    PresetTable,
    builtin_table,
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
    "builtin_table",
    "exports_for",
    "get_preset",
    "load_presets",
    "presets_from_settings",
    "safe_area_of",
    "union",
]
