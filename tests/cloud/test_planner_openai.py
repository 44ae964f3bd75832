"""The OpenAI planner through the real openai SDK, against the scripted loopback server."""

from __future__ import annotations

import json
import logging

import pytest
from fakes.openai_server import ErrorReply

from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.services.planner.openai import OpenAIPlanner, usd_for_tokens
from adgen.pipeline.types import Brief
from adgen.project import ProductAsset, validate_new_ad

PRODUCT = ProductAsset(source_url="file:///tmp/bottle.png", checksum="b" * 64)
BRIEF = Brief(
    text="A 15 second energetic ad for our cold brew",
    brand_name="Northwind",
    colors=["#1F3A5F", "#F2A541"],
    duration_sec=15,
    tagline="Brewed bold",
)


def scene(role: str, seconds: float, text: str, position: str = "bottom", visible: bool = False) -> dict:
    return {
        "role": role,
        "durationSec": seconds,
        "backgroundPrompt": f"{role} shot of cold brew, energetic mood, navy and amber palette, bright lighting",
        "overlay": {"text": text, "position": position},
        "productVisible": visible,
    }


def plan_json(*scenes: dict) -> dict:
    return {
        "style": {
            "mood": "energetic",
            "palette": ["#1F3A5F", "#F2A541"],
            "lighting": "bright",
            "visualStyle": "bold",
            "musicMood": "upbeat",
        },
        "scenes": list(scenes)
        or [
            scene("hook", 3.5, "Need a real wake-up?", "top"),
            scene("showcase", 7.0, "Cold-steeped 18 hours", "bottom", True),
            scene("cta", 4.5, "Order today\nBrewed bold", "center", True),
        ],
    }


def planner(settings) -> OpenAIPlanner:
    return OpenAIPlanner(settings, max_retries=0)


def test_valid_plan_becomes_the_project(openai_settings, fake_openai) -> None:
    fake_openai.queue(plan_json())
    result = planner(openai_settings).plan_with_source(BRIEF, owner="alice", product_asset=PRODUCT, seed=5)
    project = result.project
    assert result.source == "openai" and result.attempts == 1
    validate_new_ad(project)
    assert [(s.role, s.duration_sec) for s in project.scenes] == [
        ("hook", 3.5),
        ("showcase", 7.0),
        ("cta", 4.5),
    ]
    assert project.scenes[1].overlay.text == "Cold-steeped 18 hours"
    assert project.scenes[0].overlay.position == "top"
    assert [s.product.visible for s in project.scenes] == [False, True, True]
    # The model put the CTA text in the centre; over the product at the bottom it goes to the top.
    assert (project.scenes[2].overlay.position, project.scenes[2].product.position) == ("top", "bottom")
    assert project.brand.name == "Northwind" and project.brand.tagline == "Brewed bold"
    assert project.product_asset == PRODUCT and project.owner == "alice" and project.seed == 5
    # Cost from the reported token usage, under the model's name.
    assert project.cost.calls == {"openai:gpt-4o-mini": 1}
    assert project.cost.usd > 0
    # What went over the wire: a strict json_schema response format, the brief, the key.
    body = fake_openai.requests[0]
    assert body["model"] == "gpt-4o-mini"
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert set(schema["required"]) == {"style", "scenes"} and schema["additionalProperties"] is False
    assert "cold brew" in body["messages"][1]["content"]
    assert "exactly 15 seconds" in body["messages"][0]["content"]
    assert fake_openai.headers[0]["authorization"] == "Bearer sk-test-adgen"


def test_product_not_shown_without_a_product_image(openai_settings, fake_openai) -> None:
    fake_openai.queue(plan_json())
    project = planner(openai_settings).plan(BRIEF, owner="alice")
    assert not any(s.product.visible for s in project.scenes)
    assert project.scenes[2].overlay.position == "center"  # nothing to keep clear of: the model's choice


def test_invalid_then_valid_feeds_the_error_back(openai_settings, fake_openai) -> None:
    short = plan_json(
        scene("hook", 3, "Hi", "top"), scene("showcase", 7, "Wow"), scene("cta", 4, "Buy", "center")
    )
    fake_openai.queue(short, plan_json())
    the_planner = planner(openai_settings)
    result = the_planner.plan_with_source(BRIEF, owner="alice")
    assert result.source == "openai" and result.attempts == 2
    assert the_planner.last_source == "openai"
    assert len(fake_openai.requests) == 2
    retry_messages = fake_openai.requests[1]["messages"]
    assert retry_messages[2] == {"role": "assistant", "content": json.dumps(short)}
    assert "add up to 14 s" in retry_messages[3]["content"] and "exactly 15 s" in retry_messages[3]["content"]
    assert result.project.cost.calls == {"openai:gpt-4o-mini": 2}


@pytest.mark.parametrize(
    ("bad", "complaint"),
    [
        ("this is not json {", "not valid JSON"),
        (
            plan_json(
                scene("showcase", 7, "Wow"), scene("hook", 4, "Hi", "top"), scene("cta", 4, "Buy", "center")
            ),
            "first scene of a new ad must be the hook",
        ),
        (plan_json(scene("hook", 7.5, "Hi", "top"), scene("cta", 7.5, "Buy", "center")), "at least 3 scenes"),
        ({"style": {"mood": "x"}, "scenes": []}, "style.palette"),
    ],
)
def test_each_kind_of_invalid_answer_is_explained(openai_settings, fake_openai, bad, complaint) -> None:
    fake_openai.queue(bad, plan_json())
    result = planner(openai_settings).plan_with_source(BRIEF, owner="alice")
    assert result.source == "openai"
    assert complaint in fake_openai.requests[1]["messages"][-1]["content"]


def test_invalid_twice_falls_back_to_local(openai_settings, fake_openai, caplog) -> None:
    bad = plan_json(scene("hook", 3, "Hi", "top"), scene("cta", 12, "Buy", "center"))
    fake_openai.queue(bad, bad)
    the_planner = planner(openai_settings)
    with caplog.at_level(logging.WARNING, logger="adgen.pipeline.services.planner.openai"):
        result = the_planner.plan_with_source(BRIEF, owner="alice", seed=11)
    assert result.source == "local" and the_planner.last_source == "local"
    assert "at least 3 scenes" in result.error
    expected = LocalPlanner().plan(BRIEF, owner="alice", seed=11)
    assert [s.model_dump() for s in result.project.scenes] == [s.model_dump() for s in expected.scenes]
    assert result.project.cost.calls == {"openai:gpt-4o-mini": 2}  # the tokens were spent all the same
    assert any("using the local planner" in r.getMessage() for r in caplog.records)
    assert fake_openai.pending == 0 and len(fake_openai.requests) == 2


def test_server_error_falls_back_with_a_clear_log(openai_settings, fake_openai, caplog) -> None:
    fake_openai.queue(ErrorReply(500, "The server had an error while processing your request."))
    the_planner = planner(openai_settings)
    with caplog.at_level(logging.WARNING, logger="adgen.pipeline.services.planner.openai"):
        project = the_planner.plan(BRIEF, owner="alice")
    assert the_planner.last_source == "local"
    assert "InternalServerError" in the_planner.last_error
    assert "The server had an error" in the_planner.last_error
    validate_new_ad(project)
    warning = next(r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    assert "OpenAI planner gave no usable plan" in warning and "InternalServerError" in warning
    assert len(fake_openai.requests) == 1  # API failures are not retried by the planner itself


def test_sdk_retries_a_rate_limit_then_plans(openai_settings, fake_openai) -> None:
    fake_openai.queue(
        ErrorReply(429, "Rate limit reached", type="requests", headers={"retry-after-ms": "10"}), plan_json()
    )
    result = OpenAIPlanner(openai_settings, max_retries=2).plan_with_source(BRIEF, owner="alice")
    assert result.source == "openai"
    assert len(fake_openai.requests) == 2


def test_token_prices() -> None:
    assert usd_for_tokens("gpt-4o-mini", 1_000_000, 1_000_000) == pytest.approx(0.75)
    assert usd_for_tokens("gpt-4o-2024-08-06", 1_000_000, 0) == pytest.approx(2.50)
    assert usd_for_tokens("some-local-model", 1_000_000, 0) == pytest.approx(0.15)
