"""The LLM path end to end: the real ChatOpenAI (langchain-openai) and the real OpenAI planner
against a scripted OpenAI-compatible server on loopback (tests/fakes/openai_server.py).

Covers streamed and non-streamed tool calls, malformed and refused tool calls that go back to
the model and are retried, server errors that reach the marketer as a sentence, the checkpointed
conversation surviving a restart, and the cost confirmation (interrupt / resume) before a cloud
render, which then runs for real against the loopback Replicate fake.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes.openai_server import ErrorReply, FakeOpenAI, Json, ToolCall

from adgen.agent.actions import TOOL_NAMES
from adgen.agent.conversation_log import read_log
from adgen.agent.session import ChatSession

HOSTILE = "50% off: “today” — 桜の季節 🎉 it's 'on'"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(chunk_size=7) as server:
        yield server


@pytest.fixture
def llm_settings(data_dir: Path, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch):
    from adgen.settings import Settings

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-agent")
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    return Settings()


def plan_json(total: float = 15.0) -> Json:
    """What the OpenAI planner's structured output looks like for a 3-scene ad."""
    lengths = [4.0, total - 8.0, 4.0]
    scenes = [
        ("hook", "Cold brew, colder", "top"),
        ("showcase", "Smooth. Bold. Northwind.", "bottom"),
        ("cta", "Order today", "center"),
    ]
    return Json(
        {
            "style": {
                "mood": "energetic",
                "palette": ["#1F3A5F", "#F2A541"],
                "lighting": "bright",
                "visualStyle": "modern",
                "musicMood": "upbeat",
            },
            "scenes": [
                {
                    "role": role,
                    "durationSec": length,
                    "backgroundPrompt": f"{role} shot of iced coffee",
                    "overlay": {"text": text, "position": position},
                    "productVisible": role != "hook",
                }
                for (role, text, position), length in zip(scenes, lengths, strict=True)
            ],
        }
    )


def open_session(settings, conversation_id: str = "llm-1", **options: Any) -> ChatSession:
    options.setdefault("auto_render", False)
    return ChatSession.open(
        settings=settings, owner="alice", conversation_id=conversation_id, channel="test", **options
    )


def tool_messages(request: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in request["messages"] if m["role"] == "tool"]


async def start_project(session: ChatSession, fake: FakeOpenAI) -> Any:
    fake.queue(
        [
            ToolCall(
                "create_project",
                {
                    "text": "15 s ad for Northwind cold brew",
                    "brandName": "Northwind",
                    "durationSec": 15,
                    "colors": ["#1F3A5F", "#F2A541"],
                },
            )
        ],
        plan_json(),  # the OpenAI planner's own call
        "I planned a 15 second ad with three scenes.",
    )
    reply = await session.send("Make a 15 second ad for Northwind cold brew, navy and gold")
    assert not reply.error, reply.text
    return reply


async def test_streamed_tool_calls_plan_and_edit(llm_settings, fake: FakeOpenAI) -> None:
    session = open_session(llm_settings)
    reply = await start_project(session, fake)
    project = reply.project
    assert reply.text == "I planned a 15 second ad with three scenes."
    assert project.version == 1 and project.brand.name == "Northwind"
    assert [s.overlay.text for s in project.scenes] == [
        "Cold brew, colder",
        "Smooth. Bold. Northwind.",
        "Order today",
    ]
    assert project.cost.calls.get("openai:gpt-4o-mini") == 1  # the planner's call, priced
    first = fake.requests[0]
    assert first["stream"] is True and first["stream_options"] == {"include_usage": True}
    assert first["parallel_tool_calls"] is False
    assert {t["function"]["name"] for t in first["tools"]} == set(TOOL_NAMES)
    assert first["messages"][0]["role"] == "system" and first["messages"][-1]["role"] == "user"
    assert "response_format" in fake.requests[1]  # the planner asked for structured output
    [answer] = tool_messages(fake.requests[2])
    assert "Planned a new ad" in answer["content"] and "scene_1" in answer["content"]

    fake.queue([ToolCall("update_overlay", {"sceneId": "scene_1", "text": HOSTILE})], "Updated the hook.")
    reply = await session.send(f"make the hook say {HOSTILE}")
    assert reply.operations == [{"operation": "update_overlay", "sceneId": "scene_1", "text": HOSTILE}]
    assert reply.version == 2 and reply.project.scenes[0].overlay.text == HOSTILE
    assert reply.text == "Updated the hook." and not reply.error
    assert reply.usage and reply.usage["input_tokens"] > 0 and reply.usage["output_tokens"] > 0
    # The model sees the current ad, scene ids included, in its system prompt.
    assert "scene_1 hook" in fake.requests[-1]["messages"][0]["content"]
    line = list(read_log(session.log.path))[-1]
    assert line["operations"] == reply.operations and line["version"] == 2 and line["usage"]
    await session.close()


async def test_non_streamed_tool_calls(llm_settings, fake: FakeOpenAI) -> None:
    session = open_session(llm_settings, llm_streaming=False)
    await start_project(session, fake)
    fake.queue(
        [ToolCall("set_duration", {"durationSec": 20})],
        [ToolCall("undo", {})],
        "Made it 20 s, then undid it.",
    )
    reply = await session.send("make it 20 seconds, actually no, undo that")
    assert not any(r.get("stream") for r in fake.requests)
    assert reply.operations == [{"operation": "set_duration", "durationSec": 20.0}, {"operation": "undo"}]
    assert reply.version == 3 and reply.project.duration_sec == 15
    assert reply.text == "Made it 20 s, then undid it."
    await session.close()


@pytest.mark.parametrize("streaming", [False, True])
async def test_a_malformed_or_refused_tool_call_goes_back_to_the_model(
    llm_settings, fake: FakeOpenAI, streaming: bool
) -> None:
    session = open_session(llm_settings, llm_streaming=streaming)
    await start_project(session, fake)
    before = len(fake.requests)
    fake.queue(
        [ToolCall("update_overlay", "{this is not json", id="call_bad_json")],
        # A cut-off answer must not become the call it looks like ("Buy n").
        [ToolCall("update_overlay", '{"sceneId": "scene_3", "text": "Buy n', id="call_cut_off")],
        [ToolCall("update_overlay", {"sceneId": "scene_9", "text": "Hi"}, id="call_bad_scene")],
        [ToolCall("update_overlay", {"sceneId": "scene_3", "fontSize": 999}, id="call_bad_size")],
        [ToolCall("update_overlay", {"sceneId": "scene_3", "text": "Buy now"}, id="call_good")],
        "The CTA now says Buy now.",
    )
    reply = await session.send("make the CTA say Buy now")
    assert reply.operations == [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Buy now"}]
    assert reply.version == 2 and not reply.error and reply.text == "The CTA now says Buy now."
    answers = {m["tool_call_id"]: m["content"] for m in tool_messages(fake.requests[-1])}
    assert answers["call_bad_json"].startswith("Error:") and "JSON" in answers["call_bad_json"]
    assert answers["call_cut_off"].startswith("Error:") and "JSON" in answers["call_cut_off"]
    assert answers["call_bad_scene"].startswith("Error:") and "scene_9" in answers["call_bad_scene"]
    assert (
        answers["call_bad_size"].startswith("Error: Invalid arguments")
        and "fontSize" in answers["call_bad_size"]
    )
    assert "now v2" in answers["call_good"]
    assert len(fake.requests) - before == 6
    history = [h.operation for h in reply.project.history]
    assert history == [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Buy now"}]
    await session.close()


async def test_server_errors_reach_the_marketer_as_a_sentence(llm_settings, fake: FakeOpenAI) -> None:
    session = open_session(llm_settings)
    await start_project(session, fake)
    fake.queue(*[ErrorReply(500, "upstream exploded")] * 3)  # the first try and both retries
    reply = await session.send("make it warmer")
    assert reply.error and "HTTP 500" in reply.text and "try again" in reply.text
    assert "Traceback" not in reply.text and "exploded" not in reply.text
    assert reply.operations == [] and reply.version == 1
    assert list(read_log(session.log.path))[-1]["error"] is True

    fake.queue(
        ErrorReply(401, "Incorrect API key provided", type="invalid_request_error", code="invalid_api_key")
    )
    reply = await session.send("make it warmer")
    assert reply.error and "API key" in reply.text and "OPENAI_API_KEY" in reply.text

    # The conversation is still usable, and remembers what came before.
    fake.queue([ToolCall("update_style", {"lighting": "warm"})], "Warmer now.")
    reply = await session.send("make it warmer please")
    assert not reply.error and reply.version == 2 and reply.project.style.lighting == "warm"
    said = [m.get("content") for m in fake.requests[-1]["messages"] if m["role"] == "user"]
    assert said[0].startswith("Make a 15 second ad") and said[-1] == "make it warmer please"
    await session.close()


async def test_a_failure_after_an_edit_still_reports_the_edit(llm_settings, fake: FakeOpenAI) -> None:
    session = open_session(llm_settings)
    await start_project(session, fake)
    fake.queue(
        [ToolCall("update_overlay", {"sceneId": "scene_1", "text": "Hello"})],
        *[ErrorReply(503, "overloaded")] * 3,
    )
    reply = await session.send("make the hook say Hello")
    assert reply.error and "HTTP 503" in reply.text and "Changed the text" in reply.text
    assert reply.operations == [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Hello"}]
    assert reply.version == 2
    await session.close()


async def test_the_conversation_continues_after_a_restart(llm_settings, fake: FakeOpenAI) -> None:
    session = open_session(llm_settings, "restart-me")
    project = (await start_project(session, fake)).project
    await session.close()

    again = open_session(llm_settings, "restart-me")
    assert again.project_id == project.project_id
    fake.queue("You asked for a Northwind cold brew ad.")
    reply = await again.send("what did I ask for?")
    assert reply.text == "You asked for a Northwind cold brew ad."
    roles = [m["role"] for m in fake.requests[-1]["messages"]]
    assert roles == ["system", "user", "assistant", "tool", "assistant", "user"]
    await again.close()


@pytest.mark.slow
async def test_cloud_renders_are_confirmed_through_an_interrupt(
    llm_settings, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fakes.replicate_server import FakeReplicate

    from adgen.settings import Settings

    with FakeReplicate(
        token="r8_agent_test",
        community_models={
            "meta/musicgen": "671ac645ce5e552cc63a54a2bbff63fcf798043055d2dac5fc9e36a837eedcfb"
        },
    ) as replicate:
        monkeypatch.setenv("REPLICATE_API_TOKEN", "r8_agent_test")
        monkeypatch.setenv("REPLICATE_BASE_URL", replicate.base_url)
        monkeypatch.setenv("ADGEN_CONFIRM_COST_USD", "0")
        cloud = Settings()
        session = open_session(cloud, "confirm-me")
        project = (await start_project(session, fake)).project
        service = session.ctx.renders

        fake.queue([ToolCall("render", {"quality": "draft"})], "I'll render a draft once you confirm.")
        reply = await session.send("render a draft")
        assert reply.needs_confirmation and reply.render_id is None
        assert reply.text.startswith("I'll render a draft once you confirm.") and "$" in reply.text
        assert reply.operations == [{"operation": "render", "quality": "draft"}]
        assert service.status(project.project_id) is None
        assert list(read_log(session.log.path))[-1]["pending"]["path"] == "llm"

        declined = await session.confirm(False)
        assert declined.render_id is None and "won't render" in declined.text
        assert service.status(project.project_id) is None

        # Ask again, restart, and say yes to the reopened conversation: the graph resumes
        # from its checkpoint and starts the render (no new model call is needed for that).
        fake.queue([ToolCall("render", {})], "Ready when you are.")
        assert (await session.send("ok render it")).needs_confirmation
        await session.close()
        calls = len(fake.requests)
        reopened = open_session(cloud, "confirm-me")
        approved = await reopened.send("yes")
        assert len(fake.requests) == calls
        assert approved.render_id and not approved.needs_confirmation and "Rendering" in approved.text
        events = [e async for e in reopened.events()]
        assert events[-1].terminal and events[-1].state == "done", events[-1]
        done = reopened.project
        assert set(done.aspect_exports) == {"9:16", "1:1", "16:9"}
        assert done.cost.usd > 0 and any(name.startswith("replicate") for name in done.cost.calls)
        assert any("/predictions" in r.path for r in replicate.requests)
        await reopened.close()


def test_tool_schemas_come_from_the_operation_models() -> None:
    from adgen.agent.actions import tool_specs

    specs = {s["function"]["name"]: s["function"] for s in tool_specs()}
    overlay = specs["update_overlay"]["parameters"]
    assert overlay["required"] == ["sceneId"] and "operation" not in overlay["properties"]
    assert {"text", "position", "fontSize", "color"} <= set(overlay["properties"])
    assert specs["undo"]["parameters"]["properties"] == {}
    assert "operations" in specs["create_variation"]["parameters"]["properties"]
    assert specs["create_project"]["parameters"]["required"] == ["text"]
    assert "brandName" in specs["create_project"]["parameters"]["properties"]
    json.dumps(specs)


async def test_attached_photos_become_the_product_through_the_tools(
    llm_settings, fake: FakeOpenAI, tmp_path: Path
) -> None:
    import hashlib

    from PIL import Image

    first, second = tmp_path / "a.png", tmp_path / "b.png"
    Image.new("RGBA", (80, 120), (200, 40, 40, 255)).save(first)
    Image.new("RGB", (90, 90), (40, 200, 40)).save(second)
    session = open_session(llm_settings)
    fake.queue([ToolCall("create_project", {"text": "ad for our red bottle"})], plan_json(), "Planned.")
    reply = await session.send("An ad for our red bottle", [first])
    assert reply.project.product_asset.checksum == hashlib.sha256(first.read_bytes()).hexdigest()
    assert "attached a product image" in fake.requests[0]["messages"][-1]["content"]

    fake.queue([ToolCall("replace_product", {})], "Swapped the photo.")
    reply = await session.send("use this one instead", [second])
    assert [o["operation"] for o in reply.operations] == ["replace_product"] and reply.version == 2
    assert reply.project.product_asset.checksum == hashlib.sha256(second.read_bytes()).hexdigest()

    fake.queue([ToolCall("replace_product", {}, id="call_no_photo")], "Please attach the photo.")
    reply = await session.send("replace the product photo")
    answers = {m["tool_call_id"]: m["content"] for m in tool_messages(fake.requests[-1])}
    assert "Attach the new product image" in answers["call_no_photo"] and reply.version == 2
    await session.close()
