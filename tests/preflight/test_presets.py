"""The presets table: its rows and sources, lookup by loose name, safe areas at any size and
their intersection, the grouping into exports, and the overrides (setting and project)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adgen.platforms import (
    DEFAULT_PRESET_IDS,
    PresetError,
    Rect,
    builtin_table,
    exports_for,
    load_presets,
    presets_from_settings,
    safe_area_of,
)
from adgen.preflight.layout import move_inside


def test_every_row_has_a_date_a_source_and_a_usable_safe_area() -> None:
    table = builtin_table()
    assert {p.id for p in table} == {
        "tiktok",
        "reels",
        "stories",
        "shorts",
        "meta_feed",
        "square_feed",
        "youtube",
    }
    for preset in table:
        assert preset.checked[:4] == "2026" and preset.source.startswith("https://")
        area = preset.safe_area()
        assert 0.3 * preset.width < area.w < preset.width and 0.3 * preset.height < area.h < preset.height


def test_issue_sizes_and_the_sourced_numbers() -> None:
    t = builtin_table()
    assert [t[i].size for i in ("tiktok", "reels", "stories", "shorts")] == [(1080, 1920)] * 4
    assert t["meta_feed"].size == (1080, 1350) and t["meta_feed"].aspect == "4:5"
    assert t["square_feed"].size == (1080, 1080) and t["youtube"].size == (1920, 1080)
    tiktok = t["tiktok"]
    assert (tiktok.margins.top, tiktok.margins.bottom, tiktok.margins.left, tiktok.margins.right) == (
        150,
        440,
        60,
        150,
    )
    assert tiktok.min_video_kbps == 516 and tiktok.max_file_mb == 500 and tiktok.max_length_sec == 60
    reels = t["reels"].margins
    # Meta's 14 % / 35 % / 6 % of 1080x1920
    assert (reels.top, reels.bottom, reels.left) == (
        round(0.14 * 1920),
        round(0.35 * 1920),
        round(0.06 * 1080),
    )
    assert t["youtube"].max_length_sec is None
    assert DEFAULT_PRESET_IDS == ("tiktok", "reels", "square_feed", "youtube")


@pytest.mark.parametrize(
    ("name", "preset_id"),
    [
        ("tiktok", "tiktok"),
        ("TikTok", "tiktok"),
        ("reels", "reels"),
        ("Instagram Reels", "reels"),
        ("4:5", "meta_feed"),
        ("4x5", "meta_feed"),
        ("feed", "meta_feed"),
        ("square", "square_feed"),
        ("1:1", "square_feed"),
        ("16:9", "youtube"),
        ("landscape", "youtube"),
        ("ig story", "stories"),
        ("YouTube Shorts", "shorts"),
    ],
)
def test_lookup_by_loose_name(name: str, preset_id: str) -> None:
    assert builtin_table().get(name).id == preset_id


def test_ambiguous_and_unknown_names_say_what_to_do() -> None:
    table = builtin_table()
    with pytest.raises(PresetError, match=r"'9:16' could mean .*tiktok, reels, stories, shorts"):
        table.get("9:16")
    with pytest.raises(PresetError, match="could mean"):
        table.get("instagram")
    with pytest.raises(PresetError, match="no preset called 'snapchat'; the presets are tiktok"):
        table.get("snapchat")


def test_safe_area_scales_with_the_render_size() -> None:
    tiktok = builtin_table()["tiktok"]
    assert tiktok.safe_area() == Rect(60, 150, 870, 1330)
    assert tiktok.safe_area(540, 960) == Rect(30, 75, 435, 665)
    draft = tiktok.safe_area(360, 640)  # margins 50/146.7/20/50: rounded inwards, never larger
    assert draft.x >= 20 and draft.y >= 50 and draft.right <= 310 and draft.bottom <= 640 - 146.66


def test_shared_export_uses_the_intersection_of_safe_areas() -> None:
    t = builtin_table()
    area = safe_area_of([t["tiktok"], t["reels"]], 1080, 1920)
    # top: Reels 269, bottom: Reels 672, left: Reels 65, right: TikTok 150
    assert area == Rect(65, 269, 1080 - 65 - 150, 1920 - 269 - 672)
    everything = safe_area_of([t[i] for i in ("tiktok", "reels", "stories", "shorts")], 1080, 1920)
    assert everything == Rect(65, 288, 1080 - 65 - 192, 1920 - 288 - 672)


def test_exports_for_groups_presets_by_size_and_splits_by_layout() -> None:
    t = builtin_table()
    specs = exports_for(t.defaults())
    assert [(s.key, s.size, s.preset_ids) for s in specs] == [
        ("9:16", (1080, 1920), ("tiktok", "reels")),
        ("1:1", (1080, 1080), ("square_feed",)),
        ("16:9", (1920, 1080), ("youtube",)),
    ]
    assert specs[0].safe_area == safe_area_of([t["tiktok"], t["reels"]], 1080, 1920)
    assert specs[0].max_length_sec == 60  # TikTok's, the stricter
    with_feed = exports_for([*t.defaults(), t.get("4:5")])
    assert with_feed[-1].key == "4:5" and with_feed[-1].size == (1080, 1350)
    split = exports_for(
        [t["tiktok"], t["reels"]], layout_of=lambda p: "low-text" if p.id == "tiktok" else "high"
    )
    assert [(s.key, s.preset_ids) for s in split] == [
        ("9:16/tiktok", ("tiktok",)),
        ("9:16/reels", ("reels",)),
    ]
    assert split[0].safe_area == t["tiktok"].safe_area()


def test_presets_file_setting_and_project_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    override = tmp_path / "presets.toml"
    override.write_text(
        """
[[preset]]
id = "tiktok"
margins = [150, 500, 60, 150]
checked = "2027-01-10"

[[preset]]
id = "snapchat"
name = "Snapchat Spotlight"
platform = "Snapchat"
width = 1080
height = 1920
margins = [200, 400, 50, 50]
display_height_css = 844
checked = "2027-01-10"
source = "https://example.org/snap"
"""
    )
    monkeypatch.setenv("ADGEN_PRESETS_FILE", str(override))
    from adgen.settings import Settings

    table = presets_from_settings(Settings())
    assert table["tiktok"].margins.bottom == 500 and table["tiktok"].min_video_kbps == 516
    assert table.get("snapchat").safe_area() == Rect(50, 200, 980, 1320)
    project = table.with_overrides({"reels": {"max_length_sec": 30}})
    assert project["reels"].max_length_sec == 30 and builtin_table()["reels"].max_length_sec == 90
    as_json = tmp_path / "presets.json"
    as_json.write_text(json.dumps({"square_feed": {"margins": [10, 10, 10, 10]}}))
    assert load_presets(as_json)["square_feed"].safe_area() == Rect(10, 10, 1060, 1060)


def test_bad_overrides_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(PresetError, match="does not exist"):
        load_presets(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[preset]\nid=")
    with pytest.raises(PresetError, match="cannot be read"):
        load_presets(broken)
    with pytest.raises(PresetError, match="not valid .*margins"):
        builtin_table().with_overrides({"tiktok": {"margins": [1, 2, 3]}})
    with pytest.raises(PresetError, match="not valid"):
        builtin_table().with_overrides({"new_one": {"width": 100}})


def test_move_inside_moves_the_least_and_shrinks_only_when_it_must() -> None:
    area = builtin_table()["tiktok"].safe_area()  # x 60-930, y 150-1480
    low = Rect(200, 1600, 400, 100)
    moved = move_inside(low, area)
    assert moved == Rect(200, 1380, 400, 100) and area.contains(moved)
    wide = Rect(0, 700, 1000, 200)
    fitted = move_inside(wide, area)
    assert area.contains(fitted, tolerance=1e-6) and fitted.w == pytest.approx(870)
    assert fitted.h == pytest.approx(200 * 870 / 1000)
    with pytest.raises(ValueError, match="does not fit"):
        move_inside(wide, area, allow_shrink=False)
