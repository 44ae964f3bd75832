"""The scripted OpenAI server is only useful if real clients read it like OpenAI: check that with
the openai SDK (plain, streaming, the stream accumulator) and langchain-openai's ChatOpenAI."""

from __future__ import annotations

import json

import pytest
from fakes.openai_server import AssistantReply, ErrorReply, FakeOpenAI, Json, ToolCall
from openai import BadRequestError, OpenAI


@pytest.fixture
def client(fake_openai: FakeOpenAI) -> OpenAI:
    return OpenAI(api_key="sk-test", base_url=fake_openai.base_url, max_retries=0)


def test_plain_text_and_json(client: OpenAI, fake_openai: FakeOpenAI) -> None:
    fake_openai.queue("Hello!", Json([1, 2]))
    first = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert first.choices[0].message.content == "Hello!" and first.choices[0].finish_reason == "stop"
    assert first.usage.total_tokens == first.usage.prompt_tokens + first.usage.completion_tokens > 0
    second = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "n"}])
    assert json.loads(second.choices[0].message.content) == [1, 2]
    assert [r["messages"][0]["content"] for r in fake_openai.requests] == ["hi", "n"]


def test_streamed_tool_calls_follow_openais_chunk_layout(client: OpenAI, fake_openai: FakeOpenAI) -> None:
    fake_openai.queue(
        [
            ToolCall("update_overlay", {"sceneId": "scene_1", "text": "Hello, world"}),
            ToolCall("render", "{not json"),
        ]
    )
    chunks = list(
        client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "go"}],
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    first = deltas[0]
    assert first.role == "assistant" and first.content is None
    assert first.tool_calls[0].index == 0 and first.tool_calls[0].id.startswith("call_")
    assert (
        first.tool_calls[0].function.name == "update_overlay" and first.tool_calls[0].function.arguments == ""
    )
    pieces = [
        d.tool_calls[0].function.arguments for d in deltas[1:] if d.tool_calls and d.tool_calls[0].index == 0
    ]
    assert len(pieces) > 2 and all(p for p in pieces)  # arguments arrive in several deltas
    assert json.loads("".join(pieces)) == {"sceneId": "scene_1", "text": "Hello, world"}
    later = [d.tool_calls[0] for d in deltas if d.tool_calls and d.tool_calls[0].index == 1]
    assert later[0].function.name == "render" and later[0].id and later[1].id is None
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens > 0
    assert all(c.usage is None for c in chunks[:-1])


def test_stream_accumulator_rebuilds_text_and_calls(client: OpenAI, fake_openai: FakeOpenAI) -> None:
    fake_openai.queue(
        AssistantReply(content="Let me render that.", tool_calls=[ToolCall("render", {"q": "draft"})])
    )
    with client.chat.completions.stream(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}]
    ) as stream:
        final = stream.get_final_completion()
    message = final.choices[0].message
    assert message.content == "Let me render that."
    assert message.tool_calls[0].function.name == "render"
    assert json.loads(message.tool_calls[0].function.arguments) == {"q": "draft"}


def test_errors_and_an_empty_queue(client: OpenAI, fake_openai: FakeOpenAI) -> None:
    fake_openai.queue(ErrorReply(400, "Invalid schema", type="invalid_request_error", code="bad_schema"))
    with pytest.raises(BadRequestError, match="Invalid schema"):
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(BadRequestError, match="no scripted reply left"):
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])


def test_langchain_chat_openai_streams_tool_calls_and_usage(fake_openai: FakeOpenAI) -> None:
    from langchain_core.tools import tool
    from langchain_openai import ChatOpenAI

    @tool
    def set_duration(duration_sec: float) -> str:
        """Change the length of the ad."""
        return "ok"

    fake_openai.queue([ToolCall("set_duration", {"duration_sec": 30})], "Done: the ad is now 30 s.")
    llm = ChatOpenAI(
        model="gpt-4o-mini",
        api_key="sk-test",
        base_url=fake_openai.base_url,
        streaming=True,
        stream_usage=True,
        max_retries=0,
    )
    bound = llm.bind_tools([set_duration])
    merged = None
    for chunk in bound.stream("make it 30 seconds"):
        merged = chunk if merged is None else merged + chunk
    assert merged.tool_calls == [
        {
            "name": "set_duration",
            "args": {"duration_sec": 30},
            "id": merged.tool_calls[0]["id"],
            "type": "tool_call",
        }
    ]
    assert merged.usage_metadata["output_tokens"] > 0
    assert merged.response_metadata["finish_reason"] == "tool_calls"
    assert fake_openai.requests[0]["tools"][0]["function"]["name"] == "set_duration"
    reply = bound.invoke("thanks")
    assert reply.content == "Done: the ad is now 30 s."
