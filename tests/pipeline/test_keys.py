"""Content keys change exactly when the inputs of their stage change, and only then."""

from __future__ import annotations

import pytest
from rerender import flat, rerendered

from adgen.pipeline import keys as keymod
from adgen.pipeline.keys import media_key, stage_key
from adgen.pipeline.providers import local_providers
from adgen.project import ALL_ASPECTS, AdProject
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

CHECKSUM_A = "a" * 64
CHECKSUM_B = "b" * 64


@pytest.fixture(scope="module")
def providers():
    return local_providers()


@pytest.fixture
def project(sample_project: AdProject) -> AdProject:
    wire = sample_project.to_wire()
    wire["productAsset"] = {
        "sourceUrl": "file:///media/product.png",
        "maskedUrl": None,
        "checksum": CHECKSUM_A,
    }
    return AdProject.from_wire(wire)


def changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


def scene(scene_id: str, *stages: str) -> set[str]:
    return {f"{scene_id}/{aspect}/{stage}" for stage in stages for aspect in ALL_ASPECTS}


ASSEMBLY = {f"assembly/{aspect}" for aspect in ALL_ASPECTS}


def test_stage_key_is_canonical_and_versioned(monkeypatch: pytest.MonkeyPatch) -> None:
    key = stage_key("audio", duration=4, moods=["a", "b"], nested={"y": 1.0, "x": None})
    assert key == stage_key("audio", nested={"x": None, "y": 1}, moods=["a", "b"], duration=4.0)
    assert len(key) == 64 and int(key, 16) >= 0
    assert key != stage_key("audio", duration=4.01, moods=["a", "b"], nested={"y": 1.0, "x": None})
    assert key != stage_key("audio", duration=4, moods=["b", "a"], nested={"y": 1.0, "x": None})
    assert stage_key("audio", a=1) != stage_key("background", a=1)
    monkeypatch.setitem(keymod.CODE_VERSION, "audio", keymod.CODE_VERSION["audio"] + 1)
    assert stage_key("audio", duration=4, moods=["a", "b"], nested={"y": 1.0, "x": None}) != key
    with pytest.raises(ValueError):
        stage_key("no-such-stage", a=1)


def test_media_key_layout() -> None:
    assert media_key("background", "ab12", "mp4") == "stages/background/ab12.mp4"
    assert media_key("audio", "ab12", ".wav") == "stages/audio/ab12.wav"


def test_same_document_same_keys(project: AdProject, providers) -> None:
    again = AdProject.from_wire(project.to_wire())
    assert flat(project, providers) == flat(again, providers)
    keys = flat(project, providers)
    # The aspects of a scene share one background; everything else has a key of its own.
    for scene in project.scenes:
        assert len({keys[f"{scene.id}/{a}/background"] for a in ALL_ASPECTS}) == 1
    backgrounds = [k for k in keys if k.endswith("/background")]
    rest = [k for k in keys if not k.endswith("/background")]
    assert len({keys[k] for k in backgrounds}) == len(project.scenes)
    assert len({keys[k] for k in rest}) == len(rest)
    # The hook hides the product: it has no product layer.
    assert "scene_1/9:16/composite" not in keys and "scene_2/9:16/composite" in keys


def test_overlay_edit_changes_only_that_scenes_text_pass(project: AdProject, providers) -> None:
    edited = apply_operation(project, ops.UpdateOverlay(scene_id="scene_2", text="Now 20% off")).project
    assert changed(flat(project, providers), flat(edited, providers)) == (
        scene("scene_2", "overlay", "scene_pass") | ASSEMBLY
    )


def test_prompt_edit_changes_only_that_scenes_background(project: AdProject, providers) -> None:
    prompt = project.scene("scene_1").background_prompt + ", brighter"
    edited = apply_operation(project, ops.UpdateScene(scene_id="scene_1", background_prompt=prompt)).project
    # The text layer is measured on its background (issue 16's contrast fix), so it follows it.
    assert changed(flat(project, providers), flat(edited, providers)) == (
        scene("scene_1", "background", "overlay", "scene_pass") | ASSEMBLY
    )


def test_regenerate_changes_the_seed_and_so_the_background(project: AdProject, providers) -> None:
    edited = apply_operation(project, ops.RegenerateScene(scene_id="scene_3")).project
    assert changed(flat(project, providers), flat(edited, providers)) == (
        scene("scene_3", "background", "overlay", "scene_pass") | ASSEMBLY
    )


def test_product_replacement_changes_every_scene_showing_it(project: AdProject, providers) -> None:
    asset = {"sourceUrl": "file:///media/other.png", "maskedUrl": None, "checksum": CHECKSUM_B}
    edited = apply_operation(project, ops.ReplaceProduct.model_validate({"asset": asset})).project
    assert changed(flat(project, providers), flat(edited, providers)) == (
        {"cutout"}
        | scene("scene_2", "composite", "scene_pass")
        | scene("scene_3", "composite", "scene_pass")
        | ASSEMBLY
    )


def test_a_new_source_url_with_the_same_bytes_changes_nothing(project: AdProject, providers) -> None:
    asset = {"sourceUrl": "file:///media/copy-of-product.png", "maskedUrl": None, "checksum": CHECKSUM_A}
    edited = apply_operation(project, ops.ReplaceProduct.model_validate({"asset": asset})).project
    assert changed(flat(project, providers), flat(edited, providers)) == set()


def test_music_and_volume(project: AdProject, providers) -> None:
    louder = apply_operation(project, ops.UpdateAudio(volume=0.3)).project
    assert changed(flat(project, providers), flat(louder, providers)) == ASSEMBLY
    calmer = apply_operation(project, ops.UpdateStyle(music_mood="calm")).project
    # The energetic showcase's product pops on the music's beats, which a calmer track moves.
    popping = scene("scene_2", "composite", "scene_pass")
    assert changed(flat(project, providers), flat(calmer, providers)) == {"audio"} | ASSEMBLY | popping


def test_style_look_changes_every_background(project: AdProject, providers) -> None:
    darker = apply_operation(project, ops.UpdateStyle(lighting="dark")).project
    expected = (
        set().union(*(scene(s.id, "background", "overlay", "scene_pass") for s in project.scenes)) | ASSEMBLY
    )
    assert changed(flat(project, providers), flat(darker, providers)) == expected


def test_brand_colours_change_text_layers_only(project: AdProject, providers) -> None:
    edited = apply_operation(project, ops.UpdateBrand(colors=["#112233"])).project
    expected = set().union(*(scene(s.id, "overlay", "scene_pass") for s in project.scenes)) | ASSEMBLY
    assert changed(flat(project, providers), flat(edited, providers)) == expected
    # The brand's name is drawn on the end card only (the last scene, a call to action).
    assert project.scenes[-1].role == "cta"
    renamed = apply_operation(project, ops.UpdateBrand(name="Southwind")).project
    last = project.scenes[-1].id
    assert (
        changed(flat(project, providers), flat(renamed, providers))
        == scene(last, "overlay", "scene_pass") | ASSEMBLY
    )


def test_reorder_changes_only_the_assembly_and_the_passes_whose_ends_moved(
    project: AdProject, providers
) -> None:
    order = ops.ReorderScenes(order=["scene_2", "scene_1", "scene_3"])
    # A calm ad's showcase orbits, whatever the music's beats: the timeline is made again, and
    # the passes of the two scenes that swapped the first place: the first scene's text stays
    # from its first frame (no window before it), a middle scene's keeps off the window before
    # it (adgen.pipeline.text_span). Nothing is drawn again.
    calm = apply_operation(project, ops.UpdateStyle(mood="calm")).project
    edited = apply_operation(calm, order).project
    moved = scene("scene_1", "scene_pass") | scene("scene_2", "scene_pass")
    assert changed(flat(calm, providers), flat(edited, providers)) == ASSEMBLY | moved
    # An energetic ad's showcase pops on the beats that fall in it, which moving it shifts.
    edited = apply_operation(project, order).project
    popping = scene("scene_2", "composite", "scene_pass")
    assert changed(flat(project, providers), flat(edited, providers)) == ASSEMBLY | popping | moved


def test_variation_shares_unchanged_keys(project: AdProject, providers) -> None:
    op = ops.CreateVariation.model_validate(
        {
            "label": "B",
            "operations": [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Buy now"}],
        }
    )
    variant = apply_operation(project, op).project
    assert variant.project_id != project.project_id
    before, after = flat(project, providers), flat(variant, providers)
    assert changed(before, after) == scene("scene_3", "overlay", "scene_pass") | ASSEMBLY
    shared = {name for name in before if before[name] == after.get(name)}
    assert scene("scene_1", "background", "overlay", "scene_pass") <= shared
    assert {"cutout", "audio"} <= shared


def test_draft_and_final_share_cutout_and_audio(project: AdProject, providers) -> None:
    draft, final = flat(project, providers, "draft"), flat(project, providers, "final")
    assert draft["cutout"] == final["cutout"] and draft["audio"] == final["audio"]
    assert draft["scene_1/9:16/scene_pass"] != final["scene_1/9:16/scene_pass"]


def test_provider_identity_is_part_of_the_background_key(project: AdProject, providers) -> None:
    class OtherModel:
        name, model = "local", "procedural-v2"

    other = local_providers()
    other.video = OtherModel()  # type: ignore[assignment]
    diff = changed(flat(project, providers), flat(project, other))
    expected = set().union(*(scene(s.id, "background", "overlay", "scene_pass") for s in project.scenes))
    assert diff == expected | ASSEMBLY


PASS = {"scene_pass"}
LAYERS = {"composite", "scene_pass"}
# A new background, and the text measured on it again (issue 16).
TIMING = {"background", "overlay", "scene_pass"}


@pytest.mark.parametrize(
    ("op", "expected"),
    [
        # The text pass of that scene only (CONTRACTS: no background or model call).
        (ops.UpdateOverlay(scene_id="scene_1", position="center"), {"scene_1": {"overlay"} | PASS}),
        # That scene, its length (the product layer moves with time) and the music, now longer.
        (
            ops.UpdateScene(scene_id="scene_2", duration_sec=5),
            {"scene_2": TIMING | LAYERS, "project": {"audio"}},
        ),
        # The look of every background; the music follows musicMood, not mood. The showcase's
        # product orbits instead of popping on the beats (the move follows the mood).
        (
            ops.UpdateStyle(mood="calm"),
            {"scene_1": TIMING, "scene_2": TIMING | LAYERS, "scene_3": TIMING},
        ),
        # Every text layer, nothing else.
        (
            ops.UpdateBrand(font="DejaVu Serif"),
            {s: {"overlay"} | PASS for s in ("scene_1", "scene_2", "scene_3")},
        ),
        (ops.UpdateProduct(scene_id="scene_3", scale=0.3), {"scene_3": LAYERS}),
        # Showing the product makes room for it: the text moves into its band of the layout.
        (ops.UpdateProduct(scene_id="scene_1", visible=True), {"scene_1": LAYERS | {"overlay"}}),
        # Scene timing and audio (CONTRACTS): every scene's timing, the music's length.
        (
            ops.SetDuration(duration_sec=20),
            {"scene_1": TIMING, "scene_2": TIMING | LAYERS, "scene_3": TIMING | LAYERS, "project": {"audio"}},
        ),
        # The timeline: the total is kept, so the others are rescaled; the music stays.
        (ops.RemoveScene(scene_id="scene_2"), {"scene_1": TIMING, "scene_3": TIMING | LAYERS}),
        (
            ops.AddScene(role="social_proof"),
            {
                "scene_1": TIMING,
                "scene_2": TIMING | LAYERS,
                "scene_3": TIMING | LAYERS,
                "scene_4": TIMING | {"overlay"},  # a new scene; social proof shows no product
            },
        ),
    ],
    ids=lambda value: getattr(value, "operation", None),
)
def test_each_edit_re_renders_exactly_what_the_contract_says(
    project: AdProject, providers, op, expected
) -> None:
    """The render decides what to redo by content keys alone: an edit must change the keys of
    what CONTRACTS §2 says it re-renders, and of nothing else; the assembly follows any change."""
    after = apply_operation(project, op).project
    assert rerendered(project, after, providers) == {
        **expected,
        "project": expected.get("project", set()) | {"assembly"},
    }


def test_background_canvases_are_shared_by_aspects() -> None:
    from adgen.pipeline.keys import background_size
    from adgen.pipeline.types import encode_profile

    class Cloud:
        name, model, remote = "cloud", "t2v", True

    local = local_providers().video
    for quality in ("draft", "final"):
        canvases = {background_size(encode_profile(a, quality), local) for a in ALL_ASPECTS}
        assert canvases == {(640, 640)}
        cloud = {a: background_size(encode_profile(a, quality), Cloud()) for a in ALL_ASPECTS}
        assert cloud["9:16"] == cloud["1:1"] and cloud["9:16"][0] < cloud["9:16"][1]
        assert cloud["16:9"] == cloud["9:16"][::-1]
    assert background_size(encode_profile("16:9", "final"), Cloud()) == (1280, 720)
