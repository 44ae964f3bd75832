"""``AdProject.brandKit`` and the ``apply_brand_kit`` edit: what it changes, what it makes stale,
undo, old documents, and the kit's rules in both planners' hands."""

from __future__ import annotations

import json

import pytest
from rerender import rerendered

from adgen.brand.model import BrandKit, KitColours, KitFont
from adgen.brand.new_ad import brief_with_kit
from adgen.pipeline.brand_layer import layer_inputs
from adgen.pipeline.keys import text_layer_key
from adgen.pipeline.providers import local_providers
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.services.planner.openai import _brief_message
from adgen.pipeline.types import Brief, encode_profile
from adgen.project import AdProject
from adgen.tools import operations as ops
from adgen.tools.apply import EditError, apply_operation


def planned(text: str = "a 15 s ad for our cold brew, energetic") -> AdProject:
    return LocalPlanner().plan(Brief(text=text), owner="alice")


def kit(colours: list[str] | None = None, **fields) -> BrandKit:
    roles = dict(
        zip(("primary", "secondary", "accent"), colours or ["#1B2A4A", "#FF6F59", "#F2C14E"], strict=False)
    )
    base = {
        "owner": "alice",
        "name": "Harbour Coffee",
        "colors": KitColours(**roles),
        "default_cta": "Order today",
        "tagline": "Roasted by the sea",
        "heading_font": KitFont(family="DejaVu Serif", style="Bold", source="installed"),
    }
    return BrandKit(**{**base, **fields})


def apply(project: AdProject, the_kit: BrandKit, **extra) -> AdProject:
    op = ops.ApplyBrandKit(kit_id=the_kit.kit_id, version=the_kit.version, kit=the_kit.to_wire(), **extra)
    return apply_operation(project, op).project


def test_apply_brand_kit_records_the_kit_and_changes_only_brand_fields() -> None:
    before = planned()
    the_kit = kit()
    after = apply(before, the_kit)
    assert after.version == before.version + 1
    assert after.history[-1].operation["operation"] == "apply_brand_kit"
    ref = after.brand_kit
    assert (ref.id, ref.version) == (the_kit.kit_id, 1) and ref.heading_font.family == "DejaVu Serif"
    assert after.brand.colors == after.style.palette == ["#1B2A4A", "#FF6F59", "#F2C14E"]
    assert after.brand.tagline == "Roasted by the sea" and after.brand.font == "DejaVu Serif"
    assert after.scenes[-1].overlay.text.splitlines()[0] == "Order today"
    for old, new in zip(before.scenes, after.scenes, strict=True):  # nothing else of a scene moves
        assert (old.background_prompt, old.duration_sec, old.product) == (
            new.background_prompt,
            new.duration_sec,
            new.product,
        )
    assert (before.audio, before.duration_sec, before.seed) == (after.audio, after.duration_sec, after.seed)
    # The document says it on the wire, and reads back the same.
    wire = after.to_wire()
    assert wire["brandKit"]["id"] == the_kit.kit_id and wire["brandKit"]["cornerMark"] is False
    assert AdProject.from_wire(json.loads(json.dumps(wire))).to_wire() == wire


def test_a_document_from_before_brand_kits_loads_unchanged() -> None:
    wire = planned().to_wire()
    wire.pop("brandKit")
    project = AdProject.from_wire(wire)
    assert project.brand_kit is None
    assert {k: v for k, v in project.to_wire().items() if k != "brandKit"} == wire


def test_applying_the_same_kit_twice_or_no_kit_is_refused() -> None:
    the_kit = kit()
    after = apply(planned(), the_kit)
    with pytest.raises(EditError, match="already uses brand kit"):
        apply(after, the_kit)
    with pytest.raises(EditError, match="make one first"):
        apply_operation(after, ops.ApplyBrandKit())
    with pytest.raises(EditError, match="does not match"):
        apply_operation(after, ops.ApplyBrandKit(version=9, kit=the_kit.to_wire()))


def test_staleness_fonts_and_copy_rerender_text_only_a_new_palette_also_backgrounds() -> None:
    before = planned()
    # A kit in the ad's own colours: only the text layers (and what includes them) re-render.
    same = kit(colours=list(before.style.palette))
    changed = rerendered(before, apply(before, same))
    assert changed.pop("project") == {"assembly"}
    assert set(changed) == {s.id for s in before.scenes}
    assert all(stages == {"overlay", "scene_pass"} for stages in changed.values()), changed
    # A kit with other colours: the palette paints the local backgrounds, so they re-render too.
    other = rerendered(before, apply(before, kit(colours=["#0B6E4F", "#F4F1DE"])))
    assert all("background" in other[s.id] for s in before.scenes)
    assert all("composite" not in stages for stages in other.values())
    # The corner mark changes the scenes that draw it, not the end card (its logo is there already).
    the_kit = kit(logo=None)
    with_kit = apply(before, the_kit)
    marked = rerendered(with_kit, apply(with_kit, the_kit, corner_mark=True))
    assert set(marked) - {"project"} == {s.id for s in before.scenes[:-1]}


def test_an_ad_without_a_kit_keeps_its_text_layer_keys() -> None:
    project = planned()
    profile = encode_profile("9:16", "draft")
    renderer = local_providers().overlay
    scene = project.scenes[0]
    assert layer_inputs(project, scene, profile.width, profile.height) == {}  # nothing added to the key
    with_kit = apply(project, kit(colours=list(project.style.palette)))
    assert text_layer_key(with_kit, with_kit.scenes[0], profile, renderer) != text_layer_key(
        project, scene, profile, renderer
    )


def test_avoided_words_and_tone_reach_both_planners() -> None:
    the_kit = kit(
        avoid_words=["cheap", "best"], tone_words=["calm", "premium"], replacements={"cheap": "affordable"}
    )
    brief = brief_with_kit(Brief(text="a 15 s ad for the best cheap cold brew!"), the_kit)
    assert brief.cta_text == "Order today" and brief.tagline == "Roasted by the sea"
    assert brief.colors == the_kit.colors.as_list() and brief.mood == "calm"
    message = _brief_message(brief, 15.0, False)  # what the OpenAI planner sends the model
    assert 'Never use these words or phrases, in any capitalisation: "cheap", "best"' in message
    assert 'Say "affordable" instead of "cheap"' in message and "No exclamation marks" in message
    said = Brief(text="a 15 s ad for the best cheap cold brew!", brand_name="Northwind", colors=["#112233"])
    kept = brief_with_kit(said, the_kit)
    assert kept.brand_name == "Northwind" and kept.colors == ["#112233"]


def test_a_missing_uploaded_font_is_an_error_not_a_silent_default(settings, tmp_path) -> None:
    from brand_samples import SERIF_BOLD

    from adgen.pipeline.brand_layer import kit_brand
    from adgen.store.media import open_media_store

    media = open_media_store(settings)
    url = media.put_bytes(SERIF_BOLD.read_bytes(), suffix=".ttf")
    uploaded = KitFont(
        family="DejaVu Serif", style="Bold", source="upload", url=url, checksum="0" * 64, file_format="ttf"
    )
    project = apply(planned(), kit(heading_font=uploaded))
    renderer = local_providers().overlay
    brand = kit_brand(project, project.scenes[0], media)
    assert brand.font == str(media.local_path(url))  # the hook is set in the kit's heading font
    layer = renderer.render(project.scenes[0].overlay, brand, 360, 640, tmp_path / "ok.png")
    assert layer.path.is_file()
    media.local_path(url).unlink()
    with pytest.raises(FileNotFoundError, match="brand font DejaVu Serif is missing"):
        kit_brand(project, project.scenes[0], media)
