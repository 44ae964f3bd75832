"""A scripted OpenAI-compatible server: POST /v1/chat/completions, plain and streaming.

Replies are queued in order; each request takes the next one::

    with FakeOpenAI() as fake:
        fake.queue("Hello!")                                        # assistant text
        fake.queue([ToolCall("render", {"aspects": ["9:16"]})])     # tool calls
        fake.queue({"scenes": [...]})                               # a JSON object (structured output)
        fake.queue(ErrorReply(500, "boom"))                         # an API error
        client = OpenAI(api_key="sk-test", base_url=fake.base_url)
        ...
        fake.requests[0]["messages"]                                # what the client sent

Responses follow OpenAI's wire format: ``chat.completion`` objects, and for ``stream: true``
Server-Sent Events of ``chat.completion.chunk`` objects ending ``data: [DONE]``. Streamed tool
calls look exactly like OpenAI's: the first delta of each call carries its index, id, type and
name with empty arguments, the arguments follow split across several deltas, the last chunk has
``finish_reason: "tool_calls"``, and with ``stream_options.include_usage`` every chunk carries
``usage: null`` and one extra chunk with empty ``choices`` carries the usage.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

from fakes import JSONHandler, LoopbackServer


@dataclass
class ToolCall:
    """One function call the assistant makes. ``arguments`` as a dict is JSON-encoded; a string
    is sent as is (use it for malformed arguments)."""

    name: str
    arguments: dict[str, Any] | str = field(default_factory=dict)
    id: str | None = None


@dataclass
class Json:
    """Structured output: the assistant's content is this value JSON-encoded (any JSON type)."""

    value: Any


@dataclass
class AssistantReply:
    """The general reply: text and/or tool calls, with an optional finish reason override."""

    content: str | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    finish_reason: str | None = None
    refusal: str | None = None


@dataclass
class ErrorReply:
    """An API error: HTTP ``status`` with OpenAI's error body (and e.g. ``retry-after``)."""

    status: int
    message: str
    type: str = "server_error"
    code: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


Reply = str | list | dict | Json | AssistantReply | ErrorReply


def as_assistant_reply(reply: Reply) -> AssistantReply | ErrorReply:
    if isinstance(reply, (AssistantReply, ErrorReply)):
        return reply
    if isinstance(reply, str):
        return AssistantReply(content=reply)
    if isinstance(reply, Json):
        return AssistantReply(content=json.dumps(reply.value))
    if isinstance(reply, dict):
        return AssistantReply(content=json.dumps(reply))
    if isinstance(reply, list):
        calls = []
        for item in reply:
            if isinstance(item, ToolCall):
                calls.append(item)
            elif isinstance(item, dict) and "name" in item:
                calls.append(ToolCall(item["name"], item.get("arguments", {}), item.get("id")))
            else:
                raise TypeError(
                    f"a tool call is a ToolCall or a dict with 'name' and 'arguments', not {item!r}"
                )
        return AssistantReply(tool_calls=calls)
    raise TypeError(f"cannot script a reply from {type(reply).__name__}")


def _tokens(text: str) -> int:
    """A stable token estimate (about four characters a token), enough for cost accounting."""
    return max(1, (len(text) + 3) // 4)


def _split(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


class _Handler(JSONHandler):
    def do_GET(self) -> None:
        path = self.path.split("?")[0].rstrip("/")
        if path.endswith("/models"):
            self.send_json(
                200,
                {
                    "object": "list",
                    "data": [
                        {"id": self.app.model, "object": "model", "created": 1700000000, "owned_by": "fake"}
                    ],
                },
            )
            return
        self.send_json(
            404,
            {
                "error": {
                    "message": f"no route {self.path}",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": None,
                }
            },
        )

    def do_POST(self) -> None:
        raw = self.read_body()
        path = self.path.split("?")[0].rstrip("/")
        if not path.endswith("/chat/completions"):
            self.send_json(
                404,
                {
                    "error": {
                        "message": f"no route {self.path}",
                        "type": "invalid_request_error",
                        "param": None,
                        "code": None,
                    }
                },
            )
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self.send_json(
                400,
                {
                    "error": {
                        "message": "We could not parse the JSON body of your request.",
                        "type": "invalid_request_error",
                        "param": None,
                        "code": None,
                    }
                },
            )
            return
        reply, delay = self.app._take(body, dict(self.headers))
        if delay:
            time.sleep(delay)
        if isinstance(reply, ErrorReply):
            self.send_json(
                reply.status,
                {"error": {"message": reply.message, "type": reply.type, "param": None, "code": reply.code}},
                reply.headers,
            )
            return
        if body.get("stream"):
            self._stream(body, reply)
        else:
            self.send_json(200, self.app._completion(body, reply))

    def _stream(self, body: dict[str, Any], reply: AssistantReply) -> None:
        app = self.app
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        completion_id, created = app._new_id(), int(time.time())
        model = body.get("model") or app.model

        def chunk(
            delta: dict[str, Any],
            finish_reason: str | None = None,
            choices: bool = True,
            usage: dict[str, Any] | None = None,
        ) -> None:
            payload: dict[str, Any] = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "service_tier": "default",
                "system_fingerprint": "fp_fake",
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]
                if choices
                else [],
            }
            if include_usage:
                payload["usage"] = usage
            self.write_chunk(f"data: {json.dumps(payload)}\n\n".encode())

        self.start_chunked(200, "text/event-stream; charset=utf-8")
        first = {
            "role": "assistant",
            "content": "" if not reply.tool_calls or reply.content else None,
            "refusal": None,
        }
        calls = app._call_payloads(reply)
        if reply.content or not calls:
            chunk(first)
            first = {}
            for piece in _split(reply.content or "", app.chunk_size):
                if piece:
                    chunk({"content": piece})
        for index, call in enumerate(calls):
            head = {
                "index": index,
                "id": call["id"],
                "type": "function",
                "function": {"name": call["function"]["name"], "arguments": ""},
            }
            chunk({**first, "tool_calls": [head]})
            first = {}
            for piece in _split(call["function"]["arguments"], app.chunk_size):
                if piece:
                    chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
        chunk({}, finish_reason=app._finish_reason(reply))
        if include_usage:
            chunk({}, choices=False, usage=app._usage(body, reply))
        self.write_chunk(b"data: [DONE]\n\n")
        self.end_chunked()


class FakeOpenAI(LoopbackServer):
    """A scripted OpenAI chat-completions server on 127.0.0.1; ``base_url`` ends in ``/v1``.

    ``fake.requests`` holds the JSON bodies received, ``fake.headers`` their headers (lower-case
    names). With nothing queued (and no ``default``) a request gets a 400 error naming the problem.
    ``chunk_size`` is how many characters of content or arguments go in one streamed delta.
    """

    handler_class = _Handler

    def __init__(
        self, *, model: str = "gpt-4o-mini", chunk_size: int = 12, default: Reply | None = None
    ) -> None:
        super().__init__()
        self.model = model
        self.chunk_size = chunk_size
        self.default = default
        self._replies: list[tuple[Reply, float]] = []
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._counter = 0

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    def queue(self, *replies: Reply, delay_sec: float = 0.0) -> FakeOpenAI:
        """Script the next replies, in order. ``delay_sec`` holds each one back (for timeouts)."""
        for reply in replies:
            as_assistant_reply(reply)  # fail here, not inside the server thread
            with self.lock:
                self._replies.append((reply, delay_sec))
        return self

    @property
    def pending(self) -> int:
        with self.lock:
            return len(self._replies)

    # --- used by the handler thread ---------------------------------------------------------

    def _take(
        self, body: dict[str, Any], headers: dict[str, str]
    ) -> tuple[AssistantReply | ErrorReply, float]:
        with self.lock:
            self.requests.append(body)
            self.headers.append({k.lower(): v for k, v in headers.items()})
            if self._replies:
                reply, delay = self._replies.pop(0)
            elif self.default is not None:
                reply, delay = self.default, 0.0
            else:
                return ErrorReply(
                    400,
                    "FakeOpenAI has no scripted reply left for this request",
                    type="invalid_request_error",
                ), 0.0
        return as_assistant_reply(reply), delay

    def _new_id(self) -> str:
        with self.lock:
            self._counter += 1
            return f"chatcmpl-fake{self._counter:06d}"

    def _call_payloads(self, reply: AssistantReply) -> list[dict[str, Any]]:
        payloads = []
        for call in reply.tool_calls:
            with self.lock:
                self._counter += 1
                number = self._counter
            call_id = call.id or "call_" + hashlib.sha1(f"{number}".encode()).hexdigest()[:24]
            arguments = call.arguments if isinstance(call.arguments, str) else json.dumps(call.arguments)
            payloads.append(
                {"id": call_id, "type": "function", "function": {"name": call.name, "arguments": arguments}}
            )
        return payloads

    @staticmethod
    def _finish_reason(reply: AssistantReply) -> str:
        return reply.finish_reason or ("tool_calls" if reply.tool_calls else "stop")

    @staticmethod
    def _usage(body: dict[str, Any], reply: AssistantReply) -> dict[str, Any]:
        prompt = _tokens(json.dumps(body.get("messages", [])) + json.dumps(body.get("tools", [])))
        out_text = (reply.content or "") + "".join(
            c.name + (c.arguments if isinstance(c.arguments, str) else json.dumps(c.arguments))
            for c in reply.tool_calls
        )
        completion = _tokens(out_text)
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        }

    def _completion(self, body: dict[str, Any], reply: AssistantReply) -> dict[str, Any]:
        calls = self._call_payloads(reply)
        message: dict[str, Any] = {
            "role": "assistant",
            "content": reply.content,
            "refusal": reply.refusal,
            "annotations": [],
        }
        if calls:
            message["tool_calls"] = calls
        return {
            "id": self._new_id(),
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model") or self.model,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "logprobs": None,
                    "finish_reason": self._finish_reason(reply),
                }
            ],
            "usage": self._usage(body, reply),
            "service_tier": "default",
            "system_fingerprint": "fp_fake",
        }


__all__ = ["AssistantReply", "ErrorReply", "FakeOpenAI", "Json", "Reply", "ToolCall"]
