"""From presets to encodes (issue 16): one per size, shared by the presets of that size unless
their shared safe area is too small to lay an ad out in; keys that keep the aspect names."""

from __future__ import annotations

import pytest

from adgen.pipeline.targets import chosen_targets, render_targets
from adgen.platforms import PresetError, builtin_table
from adgen.project import AdProject


def with_presets(project: AdProject, presets: list[str]) -> AdProject:
    return AdProject.from_wire({**project.to_wire(), "presets": presets})


def test_the_default_presets_make_three_encodes_keyed_by_aspect(sample_project: AdProject) -> None:
    targets = render_targets(sample_project)
    assert [(t.key, t.preset_ids, t.size) for t in targets] == [
        ("9:16", ("tiktok", "reels"), (1080, 1920)),
        ("1:1", ("square_feed",), (1080, 1080)),
        ("16:9", ("youtube",), (1920, 1080)),
    ]
    tiktok_reels = targets[0].safe_area(1080, 1920)
    assert (tiktok_reels.x, tiktok_reels.y, tiktok_reels.right, tiktok_reels.bottom) == (65, 269, 930, 1248)
    assert [(p.width, p.height) for p in (t.profile("draft") for t in targets)] == [
        (360, 640),
        (360, 360),
        (640, 360),
    ]
    # The draft keeps the presets' safe area, scaled.
    draft = targets[0].safe_area(360, 640)
    assert draft.y == pytest.approx(269 / 3, abs=1) and draft.bottom == pytest.approx(1248 / 3, abs=1)


def test_the_meta_feed_is_a_4x5_encode_and_vertical_presets_share_one(sample_project: AdProject) -> None:
    project = with_presets(sample_project, ["tiktok", "reels", "stories", "shorts", "meta_feed"])
    targets = render_targets(project)
    assert [(t.key, t.preset_ids) for t in targets] == [
        ("9:16", ("tiktok", "reels", "stories", "shorts")),
        ("4:5", ("meta_feed",)),
    ]
    assert targets[1].profile("final").width == 1080 and targets[1].profile("final").height == 1350
    assert [t.key for t in chosen_targets(project, ["4:5"])] == ["4:5"]
    with pytest.raises(PresetError, match="no 16:9 format; it has 9:16, 4:5"):
        chosen_targets(project, ["16:9"])


def test_presets_whose_shared_safe_area_is_too_small_get_encodes_of_their_own(
    sample_project: AdProject,
) -> None:
    # A placement whose interface covers the top half: with Reels' bottom third nothing is left.
    table = builtin_table().with_overrides(
        [
            {
                **builtin_table()["stories"].model_dump(),
                "id": "top_ui",
                "name": "Top UI",
                "aliases": ["top ui"],
                "margins": [960, 100, 40, 40],
            }
        ]
    )
    project = with_presets(sample_project, ["reels", "top_ui", "square_feed"])
    targets = render_targets(project, table)
    assert [t.key for t in targets] == ["9:16/reels", "9:16/top_ui", "1:1"]
    for target in targets[:2]:
        (preset,) = target.presets
        assert target.safe_area(1080, 1920) == preset.safe_area(1080, 1920)


def test_a_preset_the_table_lacks_is_refused(sample_project: AdProject) -> None:
    project = with_presets(sample_project, ["tiktok", "snapchat_spotlight"])
    with pytest.raises(PresetError, match="no preset called 'snapchat_spotlight'"):
        render_targets(project)
