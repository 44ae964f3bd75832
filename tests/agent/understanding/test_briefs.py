"""briefs: a listed scene structure and a scene count are read in order; product names and
CTA copy never swallow the rest of the sentence."""

from adgen.agent.understanding import parse_message


def brief(text: str):
    turn = parse_message(text, None)
    assert turn.brief is not None, text
    return turn.brief


def test_listed_structures_in_the_order_given() -> None:
    b = brief(
        "new ad for FreshPaws dog shampoo: start with the problem, then a testimonial, then the product, "
        "end with Shop Now"
    )
    assert b.scene_roles == ["problem", "social_proof", "showcase", "cta"] and b.cta_text == "Shop Now"
    assert b.brand_name == "FreshPaws"
    b = brief(
        "Ad for Brightside sunscreen\n1) hook: beach day\n2) problem: sunburn\n3) the product\n4) reviews\n"
        "5) CTA 'Get SPF50 now'"
    )
    assert (
        b.scene_roles == ["hook", "problem", "showcase", "social_proof", "cta"]
        and b.cta_text == "Get SPF50 now"
    )
    b = brief("an ad for Bloom flower delivery with a hook, two product scenes and a cta, 20 s")
    assert b.scene_roles == ["hook", "showcase", "showcase", "cta"] and b.cta_text is None


def test_scene_counts_and_plain_briefs() -> None:
    b = brief("60 second brand film for Tidewater Kayaks, 7 scenes, adventurous")
    assert b.scene_count == 7 and b.duration_sec == 60 and b.brand_name == "Tidewater Kayaks"
    b = brief("a 15 s ad for our cold brew, energetic")
    assert b.scene_roles is None and b.scene_count is None and b.product == "cold brew"
    b = brief(
        "I need an ad for Harbor Bank savings — hook, problem (fees eat your savings), product, testimonial, cta. "
        "25 seconds."
    )
    assert b.cta_text is None and b.duration_sec == 25


def test_the_planner_honours_the_structure(settings) -> None:
    from adgen.pipeline.services.planner.local import LocalPlanner

    b = brief(
        "make an ad for Tango dance shoes: problem first (sore feet), then the shoes, then a customer quote, "
        "then Buy Now. 20 s"
    )
    project = LocalPlanner().plan(b, owner="alice")
    assert [s.role for s in project.scenes] == ["hook", "problem", "showcase", "social_proof", "cta"]
    assert project.scenes[-1].overlay.text.splitlines()[0] == "Buy Now"
    counted = LocalPlanner().plan(brief("a 30 second ad for Zest lemonade in 6 scenes"), owner="alice")
    assert len(counted.scenes) == 6
