"""The offline planner: structure, timing, copy and prompts of a new ad from a brief."""

from __future__ import annotations

import pytest

from adgen.pipeline.services.planner.local import (
    LocalPlanner,
    PlanError,
    colour_name,
    palette_words,
    split_duration,
)
from adgen.pipeline.types import Brief
from adgen.project import SCENE_MAX_SEC, SCENE_MIN_SEC, ProductAsset, validate_new_ad

PRODUCT = ProductAsset(source_url="file:///tmp/bottle.png", checksum="a" * 64)


def plan(text: str = "A punchy ad for our cold brew, smooth and bold", **fields):
    product = fields.pop("product_asset", PRODUCT)
    seed = fields.pop("seed", None)
    return LocalPlanner().plan(Brief(text=text, **fields), owner="alice", product_asset=product, seed=seed)


@pytest.mark.parametrize(("total", "count"), [(6, 3), (15, 3), (30, 5), (60, 6), (120, 6), (17.25, 4)])
def test_durations_sum_exactly_and_stay_in_range(total: float, count: int) -> None:
    project = plan(duration_sec=total)
    lengths = [s.duration_sec for s in project.scenes]
    assert len(lengths) == count
    assert sum(lengths) == pytest.approx(total, abs=1e-6)
    assert project.duration_sec == total
    assert all(SCENE_MIN_SEC <= d <= SCENE_MAX_SEC for d in lengths)
    validate_new_ad(project)


def test_default_is_a_fifteen_second_three_scene_ad() -> None:
    project = plan()
    assert project.duration_sec == 15
    assert [s.role for s in project.scenes] == ["hook", "showcase", "cta"]
    assert [s.id for s in project.scenes] == ["scene_1", "scene_2", "scene_3"]
    # The showcase, which carries the product, gets the most time.
    assert max(project.scenes, key=lambda s: s.duration_sec).role == "showcase"


@pytest.mark.parametrize("total", [6, 15, 30, 60])
def test_roles_hook_first_cta_last_problem_before_showcase(total: float) -> None:
    project = plan(
        "Tired of bitter coffee? Our cold brew is smooth. Customers love it, read the reviews.",
        duration_sec=total,
    )
    roles = [s.role for s in project.scenes]
    assert roles[0] == "hook" and roles[-1] == "cta"
    assert "showcase" in roles[1:-1]
    if "problem" in roles:
        assert roles.index("problem") < roles.index("showcase")
    if "social_proof" in roles:
        assert roles.index("social_proof") > max(i for i, r in enumerate(roles) if r == "showcase")
    if total >= 30:
        assert "problem" in roles and "social_proof" in roles


def test_brief_words_add_problem_and_social_proof_scenes() -> None:
    plain = [s.role for s in plan("An ad for our cold brew", duration_sec=20).scenes]
    assert plain == ["hook", "showcase", "showcase", "cta"]
    problem = [s.role for s in plan("Sick of weak coffee? Try our cold brew", duration_sec=20).scenes]
    assert problem == ["hook", "problem", "showcase", "cta"]
    social = [s.role for s in plan("Our cold brew: customers love it", duration_sec=20).scenes]
    assert social == ["hook", "showcase", "social_proof", "cta"]


def test_overlay_copy_comes_from_brief_and_brand() -> None:
    project = plan(
        "Tired of bitter coffee? An ad for our cold brew, smooth and bold.",
        brand_name="Northwind",
        tagline="Brewed for the bold",
        cta_text="Order today",
        colors=["#1F3A5F", "#F2A541"],
    )
    hook, showcase, cta = project.scenes
    assert hook.overlay.text == "Tired of bitter coffee?"
    assert showcase.overlay.text == "Smooth. Bold."
    assert cta.overlay.text == "Order today\nBrewed for the bold"
    # The CTA text goes above the product, which stands at the bottom of the frame.
    assert (hook.overlay.position, showcase.overlay.position, cta.overlay.position) == (
        "top",
        "bottom",
        "top",
    )
    assert cta.overlay.color == "#F2A541"  # the brand's light accent, readable on a background
    assert project.brand.name == "Northwind" and project.brand.tagline == "Brewed for the bold"
    assert project.brand.colors == ["#1F3A5F", "#F2A541"]


def test_default_cta_follows_mood_and_signs_with_brand() -> None:
    energetic = plan("An energetic ad for our sneakers", brand_name="Fleet").scenes[-1].overlay.text
    assert energetic == "Shop now\nFleet"
    warm = plan("A cozy ad for our candles").scenes[-1].overlay.text
    assert warm == "Order today"


def test_prompts_carry_product_mood_palette_and_lighting() -> None:
    project = plan("A calm ad for our yoga mat", colors=["#000080", "#FFD700"])
    assert project.style.mood == "calm"
    assert project.style.palette == ["#000080", "#FFD700"]
    for scene in project.scenes:
        prompt = scene.background_prompt
        assert "calm mood" in prompt
        assert "navy and gold palette" in prompt
        assert f"{project.style.lighting} lighting" in prompt
    assert "yoga mat" in project.scenes[1].background_prompt
    assert project.audio.mood == project.style.music_mood == "ambient"


@pytest.mark.parametrize(
    ("words", "mood", "lighting"),
    [
        ({"mood": "luxurious"}, "luxurious", "low-key dramatic"),
        ({"text": "a premium ad for our watch"}, "luxurious", "low-key dramatic"),
        ({"text": "a fun ad for our toy, calm too"}, "calm", "soft diffused"),  # a named mood beats a synonym
        ({"mood": "playful", "text": "a dramatic ad"}, "playful", "bright colourful"),  # brief.mood wins
        ({"mood": "retro"}, "retro", "bright"),  # unknown moods are kept as said
    ],
)
def test_style_follows_the_mood(words: dict, mood: str, lighting: str) -> None:
    text = words.pop("text", "an ad for our product")
    project = plan(text, **words)
    assert project.style.mood == mood
    assert project.style.lighting == lighting
    assert f"{mood} mood" in project.scenes[0].background_prompt


def test_product_visible_in_showcase_and_cta_only_when_there_is_a_product() -> None:
    with_product = plan(duration_sec=60)
    for scene in with_product.scenes:
        assert scene.product.visible == (scene.role in ("showcase", "cta")), scene.role
    positions = [s.product.position for s in with_product.scenes if s.role == "showcase"]
    assert len(set(positions)) == len(positions)  # consecutive showcases vary the framing
    without = plan(duration_sec=60, product_asset=None)
    assert not any(s.product.visible for s in without.scenes)
    assert without.product_asset is None and with_product.product_asset == PRODUCT


def test_same_brief_same_plan() -> None:
    brief = dict(text="Tired of slow laptops? An energetic ad for our SSD", brand_name="Zip", duration_sec=30)
    first, second = plan(**brief), plan(**brief)
    a, b = first.to_wire(), second.to_wire()
    for volatile in ("projectId", "createdAt"):
        a.pop(volatile), b.pop(volatile)
    assert a == b
    assert first.seed == second.seed
    assert plan(**brief, seed=7).seed == 7


def test_bad_briefs_get_clear_errors() -> None:
    with pytest.raises(PlanError, match="5–120 seconds"):
        plan(duration_sec=3)
    with pytest.raises(PlanError, match="not a colour"):
        plan(colors=["blue"])


def test_split_duration_is_exact_on_awkward_totals() -> None:
    for total in (5, 7.3, 13.37, 59.99, 120):
        parts = split_duration(total, [0.8, 1.0, 1.3, 1.3, 1.0, 0.9])
        assert round(sum(parts) * 100) == round(total * 100)


def test_colour_words() -> None:
    assert [colour_name(c) for c in ("#000080", "#FFD700", "#FFFFFF", "#E61E1E")] == [
        "navy",
        "gold",
        "white",
        "red",
    ]
    assert palette_words(["#000000", "#010101", "#FFFFFF"]) == "black and white"
