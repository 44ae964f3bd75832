"""Copy grounded in the page: the local planner's words for an ad made from a product page.

For every page shape, length and mood: no figure on screen that the page does not state (the
price and any discount only as the page prints them), no praise the page does not give (social
proof quotes the page or invites, never "customers love it"), showcases quote the page. An
ordinary brief is planned exactly as before.
"""

from __future__ import annotations

import pytest
from page_chat import copy_of, page_html, page_numbers

from adgen.agent.page_ad import page_brief
from adgen.pipeline.services.planner.grounding import numbers_in, ungrounded_numbers
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.types import Brief
from adgen.product_page import read_product_page
from adgen.settings import Settings

NEUTRAL = {"See it for yourself", "Take a closer look"}


@pytest.mark.parametrize("shape", ["shopify", "woocommerce", "microdata", "opengraph", "injection"])
def test_no_figure_or_claim_on_screen_that_the_page_does_not_state(
    shape: str, shop, shop_pages: dict[str, str], page_settings: Settings
) -> None:
    url = shop_pages[shape]
    page = read_product_page(url, page_settings).page
    on_page = page_numbers(page_html(shop, url))
    facts = {fact.text for fact in page.facts}
    for request in (
        "",
        "calm, 30 s",
        "energetic, 60 seconds",
        "playful 45 s with a testimonial",
        "luxurious, 20s",
    ):
        project = LocalPlanner().plan(page_brief(page, request, page_settings), owner="t")
        copy = copy_of(project)
        assert numbers_in(copy) <= on_page, (request, copy)
        for scene in project.scenes:
            if scene.role in ("showcase", "social_proof"):
                assert (
                    scene.overlay.text in facts
                    or scene.overlay.text in NEUTRAL
                    or page.name in scene.overlay.text
                )
        assert "love" not in copy.lower() and "made to stand out" not in copy


def test_an_ordinary_brief_is_planned_as_before() -> None:
    brief = Brief(
        text="an ad for our cold brew, smooth and bold, customers love it",
        brand_name="Northwind",
        duration_sec=30,
    )
    project = LocalPlanner().plan(brief, owner="t")
    roles = [s.role for s in project.scenes]
    assert "social_proof" in roles
    assert project.scenes[roles.index("social_proof")].overlay.text == "Customers love it"
    assert project.scenes[roles.index("showcase")].overlay.text == "Smooth. Bold."
    assert not brief.grounded and ungrounded_numbers("50% off", brief) == []


def test_figures_are_checked_as_written_on_the_page() -> None:
    brief = Brief(
        text="An ad for Throw.", facts=["130 x 170 cm, 100% merino wool"], cta_text="Shop now · 39,00 €"
    )
    assert ungrounded_numbers("Now 39,00 € · 130 x 170 cm · 100% merino", brief) == []
    assert ungrounded_numbers("30% off, 5,000 reviews, only 39 €", brief) == ["30", "39", "5.000"]
