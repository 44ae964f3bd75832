"""Every edit operation applied, and rejected with a clear message; what it re-renders; undo;
variations."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from rerender import rerendered

from adgen.pipeline.stages import (
    STAGE_ASSEMBLY,
    STAGE_AUDIO,
    STAGE_BACKGROUND,
    STAGE_CUTOUT,
    STAGE_OVERLAY,
    STAGE_SCENE_PASS,
)
from adgen.project import AdProject, ProductAsset
from adgen.tools import operations as ops
from adgen.tools.apply import EditError, apply_operation, undo_target_version

ASSEMBLY_ONLY = {"project": {STAGE_ASSEMBLY}}

ASSET = ProductAsset(source_url="file:///tmp/p.png", checksum="a" * 64)
OTHER_ASSET = ProductAsset(source_url="file:///tmp/q.png", checksum="b" * 64)


class Versions:
    """A tiny in-memory version history, what the project store provides to undo."""

    def __init__(self, first: AdProject) -> None:
        self.by_version = {first.version: first}
        self.latest = first

    def apply(self, op):
        result = apply_operation(self.latest, op, load_version=self.by_version.__getitem__)
        if result.changed and not result.is_new_project:
            self.by_version[result.project.version] = result.project
            self.latest = result.project
        return result


def durations(project: AdProject) -> list[float]:
    return [s.duration_sec for s in project.scenes]


def test_input_is_never_mutated(sample_project: AdProject) -> None:
    before = sample_project.to_json()
    apply_operation(sample_project, ops.UpdateOverlay(scene_id="scene_1", text="New"))
    apply_operation(sample_project, ops.RemoveScene(scene_id="scene_2"))
    apply_operation(sample_project, ops.SetDuration(duration_sec=30))
    assert sample_project.to_json() == before


def test_every_applied_operation_bumps_version_and_appends_history(sample_project: AdProject) -> None:
    result = apply_operation(
        sample_project, ops.UpdateOverlay(scene_id="scene_3", text="Shop Now"), at="2026-01-01T00:00:00+00:00"
    )
    assert result.project.version == 2
    assert result.project.history[-1].model_dump() == {
        "version": 2,
        "operation": {"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop Now"},
        "at": "2026-01-01T00:00:00+00:00",
        "group": None,
    }


def test_operations_parse_from_camel_case_wire() -> None:
    op = ops.parse_operation({"operation": "update_scene", "sceneId": "scene_2", "durationSec": 6})
    assert isinstance(op, ops.UpdateScene) and op.duration_sec == 6
    with pytest.raises(ValidationError):
        ops.parse_operation({"operation": "paint_it_black"})
    assert set(ops.OPERATION_NAMES) >= {
        "regenerate_scene",
        "update_scene",
        "update_overlay",
        "update_style",
        "update_brand",
        "set_duration",
        "add_scene",
        "remove_scene",
        "reorder_scenes",
        "replace_product",
        "create_variation",
        "undo",
        "render",
    }


def test_regenerate_scene(sample_project: AdProject) -> None:
    result = apply_operation(
        sample_project, ops.RegenerateScene(scene_id="scene_2", prompt_additions="brighter")
    )
    scene = result.project.scene("scene_2")
    assert scene.background_prompt.endswith(", brighter")
    assert scene.seed == 1
    # A new take of the background; the product layer does not depend on it, the text layer is
    # measured on it again (issue 16: its colour or scrim keeps it legible on what is behind it).
    assert rerendered(sample_project, result.project) == {
        "scene_2": {STAGE_BACKGROUND, STAGE_OVERLAY, STAGE_SCENE_PASS},
        **ASSEMBLY_ONLY,
    }
    # no additions still gives a new take
    again = apply_operation(result.project, ops.RegenerateScene(scene_id="scene_2"))
    assert again.project.scene("scene_2").seed == 2
    assert again.project.scene("scene_2").background_prompt == scene.background_prompt


def test_update_scene_prompt_and_duration(sample_project: AdProject) -> None:
    result = apply_operation(
        sample_project, ops.UpdateScene(scene_id="scene_1", background_prompt="a beach at sunset")
    )
    assert result.project.scene("scene_1").background_prompt == "a beach at sunset"
    assert set(rerendered(sample_project, result.project)) == {"scene_1", "project"}
    longer = apply_operation(sample_project, ops.UpdateScene(scene_id="scene_1", duration_sec=6))
    assert durations(longer.project) == [6, 7, 4] and longer.project.duration_sec == 17
    assert STAGE_AUDIO in rerendered(sample_project, longer.project)["project"]


def test_update_overlay_is_a_text_pass_only(sample_project: AdProject) -> None:
    hostile = '50% OFF: "today" \\ l\'été 🎉 限时优惠'
    result = apply_operation(
        sample_project,
        ops.UpdateOverlay(scene_id="scene_3", text=hostile, color="#ff0000", position="top", font_size=80),
    )
    overlay = result.project.scene("scene_3").overlay
    assert (overlay.text, overlay.color, overlay.position, overlay.font_size) == (
        hostile,
        "#FF0000",
        "top",
        80,
    )
    assert rerendered(sample_project, result.project) == {
        "scene_3": {STAGE_OVERLAY, STAGE_SCENE_PASS},
        **ASSEMBLY_ONLY,
    }


def test_update_style_and_music(sample_project: AdProject) -> None:
    result = apply_operation(sample_project, ops.UpdateStyle(lighting="dark", music_mood="calm"))
    assert result.project.style.lighting == "dark"
    assert result.project.audio.mood == "calm"
    again = rerendered(sample_project, result.project)
    assert set(again) == {"scene_1", "scene_2", "scene_3", "project"}
    assert STAGE_AUDIO in again["project"]
    music_only = apply_operation(sample_project, ops.UpdateStyle(music_mood="epic"))
    assert rerendered(sample_project, music_only.project) == {"project": {STAGE_AUDIO, STAGE_ASSEMBLY}}


def test_update_brand(sample_project: AdProject) -> None:
    result = apply_operation(sample_project, ops.UpdateBrand(name="Acme", colors=["#000000"], tagline="Best"))
    assert result.project.brand.name == "Acme" and result.project.brand.colors == ["#000000"]
    again = rerendered(sample_project, result.project)
    assert again == {s.id: {STAGE_OVERLAY, STAGE_SCENE_PASS} for s in sample_project.scenes} | ASSEMBLY_ONLY
    # The name is drawn on the end card alone: the last scene's text pass, when it is the CTA.
    name_only = apply_operation(sample_project, ops.UpdateBrand(name="Acme"))
    last = sample_project.scenes[-1]
    expected = {last.id: {STAGE_OVERLAY, STAGE_SCENE_PASS}} | ASSEMBLY_ONLY if last.role == "cta" else {}
    assert rerendered(sample_project, name_only.project) == expected


def test_set_duration_rescales_scenes(sample_project: AdProject) -> None:
    result = apply_operation(sample_project, ops.SetDuration(duration_sec=30))
    assert durations(result.project) == [8, 14, 8]
    odd = apply_operation(sample_project, ops.SetDuration(duration_sec=20))
    assert abs(sum(durations(odd.project)) - 20) < 1e-9


def test_add_scene_keeps_total_and_places_by_role(sample_project: AdProject) -> None:
    result = apply_operation(sample_project, ops.AddScene(role="social_proof", text="Loved by 10k"))
    project = result.project
    assert [s.role for s in project.scenes] == ["hook", "showcase", "social_proof", "cta"]
    new = project.scenes[2]
    assert new.id == "scene_4" and new.overlay.text == "Loved by 10k"
    assert abs(sum(durations(project)) - 15) < 1e-9
    after = apply_operation(sample_project, ops.AddScene(role="problem", after_scene_id="scene_1"))
    assert [s.role for s in after.project.scenes][:2] == ["hook", "problem"]


def test_scene_ids_are_never_reused(sample_project: AdProject) -> None:
    removed = apply_operation(sample_project, ops.RemoveScene(scene_id="scene_3")).project
    added = apply_operation(removed, ops.AddScene(role="cta")).project
    assert [s.id for s in added.scenes] == ["scene_1", "scene_2", "scene_4"]


def test_remove_scene_gives_its_time_to_the_others(sample_project: AdProject) -> None:
    result = apply_operation(sample_project, ops.RemoveScene(scene_id="scene_2"))
    assert [s.id for s in result.project.scenes] == ["scene_1", "scene_3"]
    assert durations(result.project) == [7.5, 7.5]


def test_reorder_scenes(sample_project: AdProject) -> None:
    result = apply_operation(sample_project, ops.ReorderScenes(order=["scene_3", "scene_1", "scene_2"]))
    assert [s.id for s in result.project.scenes] == ["scene_3", "scene_1", "scene_2"]
    # scene_3, the call to action, was the end card; first, it is an ordinary text again.
    # scene_1 (first, now in the middle) and scene_2 (now last) pass again: a text keeps off
    # the transition windows it has and stays where its scene has none (adgen.pipeline.text_span).
    assert sample_project.scenes[-1].role == "cta"
    assert (
        rerendered(sample_project, result.project)
        == {
            "scene_3": {STAGE_OVERLAY, STAGE_SCENE_PASS},
            "scene_1": {STAGE_SCENE_PASS},
            "scene_2": {STAGE_SCENE_PASS},
        }
        | ASSEMBLY_ONLY
    )
    # The end card kept last: the two scenes that swapped the first place pass again (as above).
    kept = apply_operation(sample_project, ops.ReorderScenes(order=["scene_2", "scene_1", "scene_3"]))
    assert (
        rerendered(sample_project, kept.project)
        == {"scene_1": {STAGE_SCENE_PASS}, "scene_2": {STAGE_SCENE_PASS}} | ASSEMBLY_ONLY
    )


def test_replace_product_restales_scenes_that_show_it(sample_project: AdProject) -> None:
    with_product = apply_operation(sample_project, ops.ReplaceProduct(asset=ASSET)).project
    result = apply_operation(with_product, ops.ReplaceProduct(asset=OTHER_ASSET))
    assert result.project.product_asset.checksum == "b" * 64
    again = rerendered(with_product, result.project)
    assert STAGE_CUTOUT in again["project"]
    assert set(again) == {"scene_2", "scene_3", "project"}  # the hook hides the product


def test_update_product_and_audio(sample_project: AdProject) -> None:
    with_product = apply_operation(sample_project, ops.ReplaceProduct(asset=ASSET)).project
    bigger = apply_operation(with_product, ops.UpdateProduct(scene_id="scene_2", scale=0.8, position="left"))
    assert bigger.project.scene("scene_2").product.scale == 0.8
    assert set(rerendered(with_product, bigger.project)) == {"scene_2", "project"}
    louder = apply_operation(sample_project, ops.UpdateAudio(volume=1.0))
    # The volume is the mix's, not the music's: the same track is levelled again in the assembly.
    assert louder.project.audio.volume == 1.0 and rerendered(sample_project, louder.project) == ASSEMBLY_ONLY


def test_render_changes_nothing(sample_project: AdProject) -> None:
    result = apply_operation(sample_project, ops.Render(aspects=["9:16"]))
    assert not result.changed and result.project is sample_project


@pytest.mark.parametrize(
    "op, message",
    [
        (ops.UpdateOverlay(scene_id="scene_9", text="x"), "There is no scene 'scene_9'"),
        (ops.UpdateOverlay(scene_id="scene_1", text="   "), "can't be empty"),
        (ops.UpdateOverlay(scene_id="scene_1"), "Say what to change in the text"),
        (ops.RegenerateScene(scene_id="nope"), r"Its scenes are: scene_1 \(hook\)"),
        (ops.UpdateScene(scene_id="scene_1"), "Say what to change in the scene"),
        (ops.RemoveScene(scene_id="scene_7"), "There is no scene"),
        (ops.ReorderScenes(order=["scene_1", "scene_1"]), "only once"),
        (ops.ReorderScenes(order=["scene_1", "scene_5"]), "There is no scene 'scene_5'"),
        (ops.ReorderScenes(order=["scene_1", "scene_2", "scene_3"]), "already in that order"),
        (ops.UpdateStyle(), "Say what to change in the style"),
        (ops.UpdateBrand(), "Say what to change in the brand"),
        (ops.UpdateProduct(scene_id="scene_1", visible=True), "no product image yet"),
        (ops.UpdateAudio(), "Say what to change about the music"),
        (ops.AddScene(role="cta", after_scene_id="scene_8"), "There is no scene"),
        (ops.Undo(), "nothing to undo"),
    ],
)
def test_invalid_operations_are_rejected_clearly(sample_project: AdProject, op, message) -> None:
    before = sample_project.to_json()
    with pytest.raises(EditError, match=message):
        apply_operation(sample_project, op, load_version=lambda n: sample_project)
    assert sample_project.to_json() == before


@pytest.mark.parametrize(
    "wire, field",
    [
        ({"operation": "update_overlay", "sceneId": "scene_1", "color": "blue-ish"}, "color"),
        ({"operation": "set_duration", "durationSec": 500}, "durationSec"),
        ({"operation": "set_duration", "durationSec": 2}, "durationSec"),
        ({"operation": "update_scene", "sceneId": "scene_1", "durationSec": 0.1}, "durationSec"),
        ({"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 999}, "fontSize"),
        ({"operation": "add_scene", "role": "finale"}, "role"),
    ],
)
def test_invalid_wire_operations_raise_edit_error(sample_project: AdProject, wire, field) -> None:
    with pytest.raises(EditError, match="That change can't be made"):
        apply_operation(sample_project, wire)


def test_resizing_a_scene_cannot_push_the_ad_below_five_seconds(sample_project: AdProject) -> None:
    short = apply_operation(sample_project, ops.SetDuration(duration_sec=5)).project
    with pytest.raises(EditError, match="an ad must be 5–120s"):
        apply_operation(short, ops.UpdateScene(scene_id="scene_2", duration_sec=0.5))


def test_removing_the_last_scene_is_refused(sample_project: AdProject) -> None:
    one = sample_project
    for sid in ("scene_1", "scene_2"):
        one = apply_operation(one, ops.RemoveScene(scene_id=sid)).project
    with pytest.raises(EditError, match="last scene"):
        apply_operation(one, ops.RemoveScene(scene_id="scene_3"))


def test_set_duration_that_would_squeeze_scenes_below_minimum(sample_project: AdProject) -> None:
    project = sample_project
    for _ in range(7):
        project = apply_operation(project, ops.AddScene(role="showcase")).project
    with pytest.raises(EditError, match="each scene must be"):
        apply_operation(project, ops.SetDuration(duration_sec=5))


def test_undo_restores_previous_content_as_a_new_version(sample_project: AdProject) -> None:
    versions = Versions(sample_project)
    versions.apply(ops.UpdateOverlay(scene_id="scene_3", text="Shop Now"))
    versions.apply(ops.RemoveScene(scene_id="scene_2"))
    undone = versions.apply(ops.Undo()).project
    assert undone.version == 4
    assert [s.id for s in undone.scenes] == ["scene_1", "scene_2", "scene_3"]
    assert undone.scene("scene_3").overlay.text == "Shop Now"
    assert undone.history[-1].operation == {"operation": "undo"}
    twice = versions.apply(ops.Undo()).project
    assert twice.version == 5 and twice.scene("scene_3").overlay.text == "Order today"
    with pytest.raises(EditError, match="nothing to undo"):
        versions.apply(ops.Undo())


def test_undo_target_follows_a_stack(sample_project: AdProject) -> None:
    versions = Versions(sample_project)
    versions.apply(ops.UpdateOverlay(scene_id="scene_1", text="A"))  # v2
    versions.apply(ops.Undo())  # v3 = v1
    versions.apply(ops.UpdateOverlay(scene_id="scene_1", text="B"))  # v4
    assert undo_target_version(versions.latest) == 3
    assert versions.apply(ops.Undo()).project.scene("scene_1").overlay.text == "Wake up to cold brew"


def test_undo_keeps_scene_ids_unique_after_restoring_a_removed_scene(sample_project: AdProject) -> None:
    versions = Versions(sample_project)
    versions.apply(ops.RemoveScene(scene_id="scene_3"))
    versions.apply(ops.AddScene(role="cta"))  # scene_4
    versions.apply(ops.Undo())
    restored = versions.apply(ops.Undo()).project  # scene_3 back
    added = versions.apply(ops.AddScene(role="social_proof")).project
    assert "scene_3" in [s.id for s in restored.scenes]
    assert added.scenes[-2].id == "scene_5"


def test_create_variation_makes_a_new_project_sharing_unchanged_scenes(sample_project: AdProject) -> None:
    result = apply_operation(
        sample_project,
        ops.CreateVariation(
            label="B", operations=[ops.UpdateOverlay(scene_id="scene_1", text="Need a boost?")]
        ),
    )
    variant = result.project
    assert result.is_new_project
    assert variant.project_id != sample_project.project_id
    assert variant.variation.model_dump() == {
        "is_variation": True,
        "parent_project_id": sample_project.project_id,
        "label": "B",
    }
    assert variant.scene("scene_1").overlay.text == "Need a boost?"
    assert variant.scene("scene_2") == sample_project.scene("scene_2")
    assert rerendered(sample_project, variant) == {
        "scene_1": {STAGE_OVERLAY, STAGE_SCENE_PASS},
        **ASSEMBLY_ONLY,
    }
    assert variant.version == 2 and len(variant.history) == 1


def test_variation_with_an_invalid_operation_is_rejected(sample_project: AdProject) -> None:
    with pytest.raises(EditError, match="There is no scene"):
        apply_operation(
            sample_project, ops.CreateVariation(label="B", operations=[ops.RemoveScene(scene_id="scene_9")])
        )


def _content(project: AdProject) -> dict:
    wire = project.to_wire()
    return {k: v for k, v in wire.items() if k not in ("version", "history", "renderStatus", "createdAt")}


def test_undo_takes_back_a_whole_request_and_redo_brings_it_back(sample_project: AdProject) -> None:
    versions = Versions(sample_project)
    _apply_grouped(versions, ops.UpdateOverlay(scene_id="scene_1", text="One"), "r1@v1")
    after_first = versions.latest
    _apply_grouped(versions, ops.UpdateProduct(scene_id="scene_2", scale=0.9), "r2@v2")
    _apply_grouped(versions, ops.UpdateProduct(scene_id="scene_3", scale=0.9), "r2@v2")
    after_second = versions.latest
    undone = versions.apply(ops.Undo()).project  # both scenes of request r2, one new version
    assert undone.version == after_second.version + 1 and _content(undone) == _content(after_first)
    redone = versions.apply(ops.Redo()).project
    assert redone.history[-1].operation == {"operation": "redo"}
    assert _content(redone) == _content(after_second)
    versions.apply(ops.Undo())
    versions.apply(ops.Undo())
    assert _content(versions.latest) == _content(sample_project)
    with pytest.raises(EditError, match="nothing to undo"):
        versions.apply(ops.Undo())
    versions.apply(ops.Redo())
    assert _content(versions.latest) == _content(after_first)
    versions.apply(ops.UpdateOverlay(scene_id="scene_3", text="New edit"))  # a new edit clears redo
    with pytest.raises(EditError, match="nothing to redo"):
        versions.apply(ops.Redo())


def _apply_grouped(versions: Versions, op, group: str) -> None:
    result = apply_operation(versions.latest, op, load_version=versions.by_version.__getitem__, group=group)
    versions.by_version[result.project.version] = result.project
    versions.latest = result.project


def test_a_fresh_variation_keeps_every_version_it_went_through(sample_project: AdProject) -> None:
    op = ops.CreateVariation(
        label="B",
        operations=[ops.UpdateOverlay(scene_id="scene_1", text="Alt"), ops.SetDuration(duration_sec=20)],
    )
    result = apply_operation(sample_project, op, group="r1@v1")
    variant = result.project
    assert [v.version for v in result.earlier_versions] == [1, 2] and variant.version == 3
    assert result.earlier_versions[0].variation.is_variation
    by_version = {v.version: v for v in [*result.earlier_versions, variant]}
    undone = apply_operation(variant, ops.Undo(), load_version=by_version.__getitem__).project
    assert _content(undone)["scenes"] == _content(sample_project)["scenes"]  # both operations, one step


def test_redo_is_in_the_operation_schema() -> None:
    schema = ops.operation_schema()
    assert "redo" in str(schema) and "redo" in ops.OPERATION_NAMES
    assert isinstance(ops.parse_operation({"operation": "redo"}), ops.Redo)


# --- platform presets (issue 16) ------------------------------------------------------------------


def test_set_presets_replaces_the_platforms_and_what_follows_from_them(sample_project: AdProject) -> None:
    rendered = sample_project.model_copy(
        update={
            "aspect_exports": {"9:16": "file:///a.mp4", "1:1": "file:///b.mp4", "16:9": "file:///c.mp4"},
            "preset_exports": {"tiktok": "file:///a.mp4", "square_feed": "file:///b.mp4"},
            "preflight": {"status": "pass", "exports": []},
        }
    )
    result = apply_operation(rendered, ops.SetPresets(presets=["square"]), at="2026-12-02T00:00:00+00:00")
    project = result.project
    assert project.presets == ["square_feed"] and project.aspect_ratios == ["1:1"]
    # The last render's video of what it still targets stays; the others and the old check go.
    assert project.aspect_exports == {"1:1": "file:///b.mp4"}
    assert project.preset_exports == {"square_feed": "file:///b.mp4"}
    assert project.preflight is None
    assert project.version == 2
    assert project.history[-1].operation == {"operation": "set_presets", "presets": ["square"]}
    # Only the assembly of what stays is new: the square scene passes are the same content.
    assert rerendered(sample_project, project) == {}


def test_add_and_remove_presets(sample_project: AdProject) -> None:
    feed = apply_operation(sample_project, ops.AddPresets(presets=["4:5"])).project
    assert feed.presets == ["tiktok", "reels", "square_feed", "youtube", "meta_feed"]
    assert feed.aspect_ratios == ["9:16", "1:1", "16:9", "4:5"]
    both = apply_operation(sample_project, ops.AddPresets(presets=["ig story", "YouTube Shorts"])).project
    assert both.presets[-2:] == ["stories", "shorts"] and both.aspect_ratios == ["9:16", "1:1", "16:9"]
    fewer = apply_operation(feed, ops.RemovePresets(presets=["youtube", "tiktok"])).project
    assert fewer.presets == ["reels", "square_feed", "meta_feed"]
    assert fewer.aspect_ratios == ["9:16", "1:1", "4:5"]


def test_preset_refusals_say_what_there_is(sample_project: AdProject) -> None:
    with pytest.raises(EditError) as unknown:
        apply_operation(sample_project, ops.SetPresets(presets=["snapchat"]))
    message = str(unknown.value)
    assert "snapchat" in message
    for supported in ("tiktok", "reels", "stories", "shorts", "meta_feed", "square_feed", "youtube"):
        assert f"({supported})" in message
    with pytest.raises(EditError, match=r"'9:16' could mean TikTok, Instagram Reels"):
        apply_operation(sample_project, ops.AddPresets(presets=["9:16"]))
    with pytest.raises(EditError, match="already has a TikTok and Instagram Reels version"):
        apply_operation(sample_project, ops.AddPresets(presets=["tiktok", "reels"]))
    with pytest.raises(EditError, match="no Instagram/Facebook Stories version to remove"):
        apply_operation(sample_project, ops.RemovePresets(presets=["stories"]))
    with pytest.raises(EditError, match="at least one platform"):
        apply_operation(sample_project, ops.RemovePresets(presets=["tiktok", "reels", "square", "youtube"]))
    with pytest.raises(EditError, match="already made for exactly"):
        apply_operation(sample_project, ops.SetPresets(presets=["tiktok", "reels", "square_feed", "youtube"]))
    with pytest.raises(ValidationError):
        ops.parse_operation({"operation": "set_presets", "presets": []})


def test_presets_undo_and_variations(sample_project: AdProject) -> None:
    versions = Versions(sample_project)
    versions.apply(ops.SetPresets(presets=["meta_feed"]))
    assert versions.latest.presets == ["meta_feed"]
    versions.apply(ops.Undo())
    assert versions.latest.presets == ["tiktok", "reels", "square_feed", "youtube"]
    assert versions.latest.aspect_ratios == ["9:16", "1:1", "16:9"]
    variant = apply_operation(
        versions.latest.model_copy(update={"preset_exports": {"tiktok": "file:///a.mp4"}}),
        ops.CreateVariation(label="feed", operations=[ops.SetPresets(presets=["4:5"])]),
    ).project
    assert variant.presets == ["meta_feed"] and variant.preset_exports == {} and variant.preflight is None


def test_the_preset_operations_are_in_the_union_and_its_schema() -> None:
    assert {"set_presets", "add_presets", "remove_presets"} <= set(ops.OPERATION_NAMES)
    schema = ops.operation_schema()
    assert {"SetPresets", "AddPresets", "RemovePresets"} <= set(schema["$defs"])
    assert ops.parse_operation({"operation": "add_presets", "presets": ["feed"]}) == ops.AddPresets(
        presets=["feed"]
    )
