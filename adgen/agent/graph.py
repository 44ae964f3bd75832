"""The LLM agent's loop, top to bottom: the model calls tools until it answers, then the
pending renders start, after asking the marketer first when they would cost real money.

    START -> call_model --tool calls--> run_tools -> call_model ...
                        --renders pending--> confirm_render -> END
                        --otherwise--> END

Tool errors (refused edits, malformed arguments) go back to the model as error tool messages,
so it can correct itself. The confirmation is its own node because a node re-runs from its
start when resumed; everything in it before ``interrupt()`` only reads.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Literal

from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    AnyMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_openai import ChatOpenAI
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from adgen.agent.actions import ActionError, ProjectActions, Turn, describe_project, run_tool_call, tool_specs
from adgen.agent.context import AgentContext
from adgen.agent.conversation_state import ConversationState, describe_state
from adgen.agent.page_ad import page_section
from adgen.agent.prompts import NO_PROJECT, SYSTEM_PROMPT
from adgen.agent.state import AgentState
from adgen.settings import Settings

log = logging.getLogger(__name__)


def chat_model(ctx: AgentContext) -> ChatOpenAI:
    """The OpenAI chat model (any OpenAI-compatible server via OPENAI_BASE_URL)."""
    s = ctx.settings
    return ChatOpenAI(
        model=s.openai_model,
        api_key=s.openai_api_key,
        base_url=s.openai_base_url,
        streaming=ctx.llm_streaming,
        stream_usage=True,
        max_retries=2,
        timeout=60,
    )


async def call_model(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    model = chat_model(ctx).bind_tools(tool_specs(), parallel_tool_calls=False)
    project_id = state.get("project_id")
    project = (
        describe_project(ProjectActions(ctx).load(project_id), backgrounds=True) if project_id else NO_PROJECT
    )
    conversation = describe_state(ConversationState.from_wire(state.get("conversation")))
    system = SystemMessage(
        SYSTEM_PROMPT.format(owner=ctx.owner, project=project, conversation=conversation)
        + page_section(state.get("conversation"), project_id)
    )
    messages = [system, *recent_messages(state["messages"], ctx.history_turns)]
    if ctx.llm_streaming:
        merged: AIMessageChunk | None = None
        async for chunk in model.astream(messages):
            merged = chunk if merged is None else merged + chunk
        response = strict_tool_calls(merged) if merged is not None else AIMessage("")
    else:
        response = await model.ainvoke(messages)
    usage = dict(state.get("usage") or {})
    for key, value in (response.usage_metadata or {}).items():
        if isinstance(value, int):
            usage[key] = usage.get(key, 0) + value
    return {"messages": [response], "usage": usage}


def route_model_output(state: AgentState) -> Literal["run_tools", "confirm_render", "__end__"]:
    last = state["messages"][-1]
    if isinstance(last, AIMessage) and (last.tool_calls or last.invalid_tool_calls):
        return "run_tools"
    if state.get("renders"):
        return "confirm_render"
    return END


async def run_tools(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Run the model's tool calls one by one; every call gets an answer, errors included."""
    actions = ProjectActions(runtime.context)
    turn = Turn.from_state(state)
    last = state["messages"][-1]
    assert isinstance(last, AIMessage)
    answers: list[ToolMessage] = []
    for call in last.tool_calls:
        try:
            content, status = await run_tool_call(actions, turn, call["name"], call["args"]), "success"
        except ActionError as exc:
            content, status = f"Error: {exc}", "error"
        except Exception as exc:  # a bug must not leave a tool call unanswered in the thread
            log.exception("tool %s failed", call["name"])
            content, status = f"Error: the tool failed unexpectedly ({type(exc).__name__}).", "error"
        answers.append(ToolMessage(content, tool_call_id=call["id"], name=call["name"], status=status))
    for bad in last.invalid_tool_calls:
        answers.append(
            ToolMessage(
                f"Error: the call to {bad.get('name')} was not run: "
                f"{bad.get('error') or 'its arguments are not a valid JSON object'}. "
                "Call the tool again with complete, valid JSON arguments.",
                tool_call_id=bad.get("id") or "",
                name=bad.get("name") or "",
                status="error",
            )
        )
    return {"messages": answers, **turn.to_state()}


async def confirm_render(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Start the turn's renders; ask first when the cloud estimate is above the setting."""
    actions = ProjectActions(runtime.context)
    turn = Turn.from_state(state)
    messages: list[AnyMessage] = []
    if actions.needs_confirmation(turn):
        approved = interrupt(
            {
                "question": actions.confirmation_question(turn),
                "estimateUsd": actions.estimate_usd(turn),
                "renders": turn.renders,
            }
        )
        if not approved:
            messages.append(AIMessage(actions.decline_renders(turn)))
            return {"messages": messages, **turn.to_state()}
        note = actions.start_renders(turn)
        if note:
            messages.append(AIMessage(note))
        return {"messages": messages, **turn.to_state()}
    actions.start_renders(turn)
    return turn.to_state()


def build_graph(checkpointer: Any = None) -> Any:
    builder = StateGraph(AgentState, context_schema=AgentContext)
    builder.add_node(call_model)
    builder.add_node(run_tools)
    builder.add_node(confirm_render)
    builder.add_edge(START, "call_model")
    builder.add_conditional_edges("call_model", route_model_output)
    builder.add_edge("run_tools", "call_model")
    builder.add_edge("confirm_render", END)
    return builder.compile(checkpointer=checkpointer, name="adgen agent")


# --- helpers -----------------------------------------------------------------------------------


def recent_messages(messages: list[AnyMessage], turns: int) -> list[AnyMessage]:
    """The last ``turns`` user turns, with tool calls that never got an answer left out.

    OpenAI refuses a history with an unanswered tool call, which a crash between the model
    and the tools would otherwise leave in the thread for good.
    """
    starts = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    window = messages[starts[-turns] :] if len(starts) > turns else list(messages)
    answered = {m.tool_call_id for m in window if isinstance(m, ToolMessage)}
    dropped: set[str] = set()
    kept: list[AnyMessage] = []
    for message in window:
        if isinstance(message, AIMessage) and (message.tool_calls or message.invalid_tool_calls):
            ids = [c.get("id") for c in [*message.tool_calls, *message.invalid_tool_calls]]
            if not all(i in answered for i in ids):
                dropped.update(i for i in ids if i)
                continue
        if isinstance(message, ToolMessage) and message.tool_call_id in dropped:
            continue
        kept.append(message)
    return kept


def strict_tool_calls(message: AIMessageChunk) -> AIMessage:
    """The streamed answer as one message, its tool calls parsed strictly.

    langchain repairs partial JSON in streamed tool calls, so a cut-off stream would become a
    plausible but wrong call (a text missing its end). Here arguments must be complete JSON
    objects, and nothing of an answer cut off for length is run; the rest become invalid tool
    calls, which the model is told about.
    """
    cut_off = (message.response_metadata or {}).get("finish_reason") == "length"
    calls, invalid = [], []
    for chunk in message.tool_call_chunks:
        raw = chunk.get("args") or "{}"
        try:
            args = json.loads(raw)
            error = None if isinstance(args, dict) else "the arguments are not a JSON object"
        except ValueError as exc:
            args, error = None, f"the arguments are not valid JSON ({exc.msg})"
        if cut_off:
            error = "the answer was cut off before it ended"
        call_id, name = chunk.get("id") or "", chunk.get("name") or ""
        if error is None:
            calls.append({"name": name, "args": args, "id": call_id, "type": "tool_call"})
        else:
            invalid.append(
                {"name": name, "args": raw, "id": call_id, "error": error, "type": "invalid_tool_call"}
            )
    return AIMessage(
        content=message.content,
        id=message.id,
        tool_calls=calls,
        invalid_tool_calls=invalid,
        response_metadata=message.response_metadata,
        usage_metadata=message.usage_metadata,
    )


def checkpoint_path(settings: Settings) -> Path:
    return settings.root / "agent-checkpoints.sqlite3"


async def open_checkpointer(settings: Settings) -> Any:
    """The SQLite checkpointer under the data folder, so conversations survive restarts."""
    import aiosqlite
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    conn = aiosqlite.connect(checkpoint_path(settings))
    # aiosqlite's worker thread is not a daemon: a front end that forgets close() would
    # otherwise keep the process alive at exit.
    conn._thread.daemon = True
    await conn
    saver = AsyncSqliteSaver(conn)
    await saver.setup()
    return saver
