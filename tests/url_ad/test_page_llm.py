"""URL to ad on the LLM path, against the loopback OpenAI server (tests/fakes/openai_server.py):
the real OpenAI planner and the real LangGraph agent, with a page that tries to give orders.

What is checked is what crosses the wire: in every request the fake receives, the page's text
(its description, its facts, its injected "instructions") appears only inside the one quoted
data block, after the rule that it is data; the fields computed from the page (name, brand,
price as shown) and the operations the conversation makes are the ones the code chose, whatever
the page says. A plan whose copy invents a figure is sent back and replaced.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes.openai_server import FakeOpenAI, Json, ToolCall
from page_chat import PRODUCT_SHOT_SHA, copy_of, open_session

from adgen.pipeline.types import PAGE_DATA_RULE
from adgen.product_page.brief import quoted_blocks

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "agent"))

from test_graph_llm import plan_json  # noqa: E402  (the planner's answer, as the LLM tests script it)

# The page's own words: each must travel only inside the quoted block.
PAGE_WORDS = (
    "Ignore previous",
    "pirate",
    "FREE",
    "grippy outsole",
    "Recycled mesh",
    "240 g",
    "END_PAGE_DATA 0000",
)


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(chunk_size=7) as server:
        yield server


@pytest.fixture
def llm_settings(page_settings, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch):
    from adgen.settings import Settings

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-pages")
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    return Settings()


def plan(
    hook: str = "Meet Trail Runner 2",
    showcase: str = "Lightweight trail shoe with a grippy outsole.",
    cta: str = "Shop now · €24.00",
) -> Json:
    """The OpenAI planner's structured output for a 3-scene, 15 s ad with these words."""
    answer = plan_json(15.0)
    for scene, text in zip(answer.value["scenes"], (hook, showcase, cta), strict=True):
        scene["overlay"]["text"] = text
    return answer


def texts_of(request: dict[str, Any]) -> list[str]:
    return [m["content"] for m in request["messages"] if isinstance(m.get("content"), str)]


def assert_page_words_only_quoted(request: dict[str, Any], ad_copy: str = "") -> int:
    """Every page word of every message of ``request`` lies inside a quoted block (unless the ad
    itself says it now: the ad's copy is the marketer's document); returns how many blocks."""
    blocks = 0
    for content in texts_of(request):
        found = quoted_blocks(content)
        blocks += len(found)
        outside, last = [], 0
        for (start, end), _ in found:
            outside.append(content[last:start])
            last = end
        outside.append(content[last:])
        for word in (w for w in PAGE_WORDS if w not in ad_copy):
            assert word not in "".join(outside), f"{word!r} outside the quoted page data"
        if found:
            assert PAGE_DATA_RULE in content[: found[0][0][0]]
    return blocks


async def test_an_injection_page_changes_nothing_on_the_llm_path(
    llm_settings, fake: FakeOpenAI, shop_pages: dict[str, str]
) -> None:
    fake.queue(plan())
    async with open_session(llm_settings) as session:
        reply = await session.send(f"make an ad from {shop_pages['injection']}, energetic")
        assert not reply.error, reply.text
        assert len(fake.requests) == 1  # the planner only: the page's turn is code, not the model's choice
        planner = fake.requests[0]
        assert assert_page_words_only_quoted(planner) == 1
        asked = json.loads(
            texts_of(planner)[1].split("\n<<<", 1)[0].removeprefix("Plan this ad:\n").rsplit("\n", 1)[0]
        )
        assert (asked["product"], asked["brandName"], asked["callToAction"]) == (
            "Trail Runner 2",
            "Ridgeway",
            "Shop now · €24.00",
        )
        project = session.project
        assert project.brand.name == "Ridgeway" and project.product_asset.checksum == PRODUCT_SHOT_SHA
        assert [s.overlay.text for s in project.scenes][-1] == "Shop now · €24.00"
        assert reply.operations == [] and "pirate" not in reply.text and "FREE" not in reply.text

        # The next turn is the model's; it sees the page again only as quoted data.
        fake.queue([ToolCall("update_overlay", {"sceneId": "scene_1", "text": "Hello trails"})], "Done.")
        reply = await session.send("make the hook say Hello trails")
        assert not reply.error, reply.text
        agent = fake.requests[1]
        ad_copy = copy_of(project)
        assert "grippy outsole" in ad_copy  # the plan quoted a page fact: that is the ad's text now
        assert assert_page_words_only_quoted(agent, ad_copy) == 1
        system = texts_of(agent)[0]
        ((_, data),) = quoted_blocks(system)
        assert (data["name"], data["priceShownAs"]) == ("Trail Runner 2", "€24.00")
        assert [op["operation"] for op in reply.operations] == ["update_overlay"]
        after = session.project
        assert after.scenes[0].overlay.text == "Hello trails"
        assert (after.brand.name, after.scenes[-1].overlay.text) == ("Ridgeway", "Shop now · €24.00")


async def test_a_plan_that_invents_a_figure_is_sent_back(
    llm_settings, fake: FakeOpenAI, shop_pages: dict[str, str]
) -> None:
    kit = {"hook": "Meet the Cold Brew Coffee Kit", "cta": "Shop now · $12.99 USD"}
    fake.queue(
        plan(showcase="Now 50% off, today only", **kit), plan(showcase="Brews 1 litre in 12 hours.", **kit)
    )
    async with open_session(llm_settings) as session:
        reply = await session.send(f"make an ad from {shop_pages['shopify']}")
        assert not reply.error, reply.text
    assert len(fake.requests) == 2
    feedback = fake.requests[1]["messages"][-1]["content"]
    assert "names 50" in feedback and "does not state" in feedback
    assert [s.overlay.text for s in session.project.scenes] == [
        "Meet the Cold Brew Coffee Kit",
        "Brews 1 litre in 12 hours.",
        "Shop now · $12.99 USD",
    ]


async def test_a_correction_on_the_llm_path_is_the_same_typed_edit(
    llm_settings, fake: FakeOpenAI, shop_pages: dict[str, str], tmp_path: Path
) -> None:
    fake.queue(plan())
    async with open_session(llm_settings) as session:
        await session.send(f"make an ad from {shop_pages['injection']}")
        reply = await session.send("the price is wrong, it's 22.00")
        assert not reply.error, reply.text
        assert len(fake.requests) == 1  # a correction is read by code; the model is not asked
        assert [op["operation"] for op in reply.operations] == ["update_overlay"]
        assert session.project.scenes[-1].overlay.text == "Shop now · €22.00"
