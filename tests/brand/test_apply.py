"""apply_kit on real planned ads: only brand fields change, the CTA follows the kit, copy obeys it."""

from __future__ import annotations

import copy

import pytest

from adgen.brand.apply import apply_kit, brief_defaults
from adgen.brand.library import BrandLibrary
from adgen.brand.model import BrandKit
from adgen.pipeline.keys import project_keys
from adgen.pipeline.providers import local_providers
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.types import Brief
from adgen.project import AdProject
from adgen.tools.apply import apply_operation

BRIEF = Brief(text="a 15 s ad for our cheap cold brew, the best wake-up, energetic", brand_name="Harbour")


def planned() -> dict:
    return LocalPlanner().plan(BRIEF, owner="alice").to_wire()


def without_kit(doc: dict) -> AdProject:
    """The document without its kit reference (the keys of everything but the kit's own layer)."""
    return AdProject.from_wire({k: v for k, v in doc.items() if k != "brandKit"})


@pytest.fixture
def kit(library: BrandLibrary, logo_png: bytes) -> BrandKit:
    library.add_logo("alice", logo_png, "logo.png", new_kit_name="Harbour Coffee")
    library.set_colours("alice", "navy, coral and gold")
    library.set_font_family("alice", "heading", "DejaVu Serif", style="Bold")
    return library.update_details(
        "alice",
        tagline="Roasted by the sea",
        default_cta="Order today",
        tone_words=["warm"],
        avoid_words=["cheap", "best"],
        replacements={"cheap": "affordable"},
    ).kit


def test_apply_kit_changes_brand_fields_only(kit: BrandKit):
    before = planned()
    frozen = copy.deepcopy(before)
    result = apply_kit(before, kit)
    after = result.project
    assert before == frozen  # the input is untouched
    assert after["brand"] == {
        "name": "Harbour Coffee",
        "colors": ["#000080", "#FF7F50", "#FFD700"],
        "font": "DejaVu Serif",
        "tagline": "Roasted by the sea",
    }
    assert after["style"]["palette"] == ["#000080", "#FF7F50", "#FFD700"]
    assert after["brandKit"] == {
        "id": kit.kit_id,
        "version": kit.version,
        "logoUrl": kit.logo.url,
        "logoHasTransparency": True,
        "headingFont": {"family": "DejaVu Serif", "style": "Bold", "url": None},
        "bodyFont": None,
        "cornerMark": False,
    }
    cta = after["scenes"][-1]["overlay"]["text"]
    assert cta == "Order today\nRoasted by the sea"  # planner's CTA and sign-off replaced
    texts = " ".join(s["overlay"]["text"] for s in after["scenes"])
    assert "cheap" not in texts.lower() and "affordable" in texts
    assert set(result.changed) == {
        "brand.name", "brand.colors", "brand.font", "brand.tagline", "style.palette",
        "scenes.scene_1.overlay.text", "scenes.scene_2.overlay.text", "scenes.scene_3.overlay.text", "brandKit",
    }  # fmt: skip
    # Nothing else moved: the same document once the changed paths are put back.
    restored = copy.deepcopy(after)
    restored["brand"], restored["style"]["palette"] = before["brand"], before["style"]["palette"]
    for scene, old in zip(restored["scenes"], before["scenes"], strict=True):
        scene["overlay"]["text"] = old["overlay"]["text"]
    restored["brandKit"] = before["brandKit"]  # None: the planner's ad had no kit
    assert restored == before
    # What the render would redo, by its content keys: no music, no cut-out; scenes only redraw.
    old_keys, new_keys = (
        project_keys(without_kit(doc), "draft", local_providers()) for doc in (before, after)
    )
    assert (new_keys.audio, new_keys.cutout) == (old_keys.audio, old_keys.cutout)
    assert any(new_keys.scenes[s] != old_keys.scenes[s] for s in old_keys.scenes)


def test_applying_the_same_kit_again_changes_nothing(kit: BrandKit):
    once = apply_kit(planned(), kit).project
    twice = apply_kit(once, kit)
    assert twice.changed == [] and twice.project == once


def test_a_cta_the_marketer_wrote_is_theirs(kit: BrandKit):
    project = AdProject.from_wire(planned())
    edited = apply_operation(
        project, {"operation": "update_overlay", "sceneId": "scene_3", "text": "Visit our café\nHarbour"}
    ).project
    after = apply_kit(edited.to_wire(), kit).project
    assert after["scenes"][-1]["overlay"]["text"] == "Visit our café\nHarbour"


def test_a_cta_from_the_brief_is_kept(kit: BrandKit):
    brief = Brief(text=BRIEF.text, brand_name="Harbour", cta_text="Visit the roastery")
    doc = LocalPlanner().plan(brief, owner="alice").to_wire()
    assert apply_kit(doc, kit).project["scenes"][-1]["overlay"]["text"].startswith("Visit the roastery")


def test_an_ad_keeps_its_kit_version_until_the_kit_is_applied_again(library: BrandLibrary, kit: BrandKit):
    ad = apply_kit(planned(), kit).project
    newer = library.update_details("alice", tagline="Now with oat milk").kit
    assert newer.version == kit.version + 1
    recorded = library.store.get_internal(ad["brandKit"]["id"], ad["brandKit"]["version"])
    assert recorded.version_doc() == kit.version_doc()
    assert apply_kit(ad, recorded).changed == []  # the recorded version reproduces the ad exactly
    moved = apply_kit(ad, newer)
    assert set(moved.changed) == {"brand.tagline", "scenes.scene_3.overlay.text", "brandKit"}
    assert moved.project["scenes"][-1]["overlay"]["text"] == "Order today\nNow with oat milk"
    without_kit(moved.project)  # still a valid document


def test_a_new_ad_planned_from_the_kit(kit: BrandKit):
    """The offline planner fills what the brief leaves out from the kit; apply_kit then finishes it."""
    said = {"text": "a 15 s ad for our cheap cold brew"}
    brief = Brief(**{**brief_defaults(kit), **said})
    assert (brief.brand_name, brief.cta_text, brief.mood) == ("Harbour Coffee", "Order today", "warm")
    doc = LocalPlanner().plan(brief, owner="alice").to_wire()
    assert doc["style"]["palette"] == kit.colors.as_list()
    final = apply_kit(doc, kit)
    assert set(final.changed) <= {"brand.font", "brandKit"} | {
        f"scenes.{s['id']}.overlay.text" for s in doc["scenes"]
    }
    assert final.project["scenes"][-1]["overlay"]["text"] == "Order today\nRoasted by the sea"
    assert not any("cheap" in s["overlay"]["text"].lower() for s in final.project["scenes"])
    # A brief that names its own colours keeps them.
    teal = LocalPlanner().plan(Brief(**{**brief_defaults(kit), **said, "colors": ["#008080"]}), owner="alice")
    kept = apply_kit(teal.to_wire(), kit, keep_colours=True).project
    assert kept["brand"]["colors"] == ["#008080"] and kept["style"]["palette"] == ["#008080"]
