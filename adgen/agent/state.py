"""The graph's state: the messages of the conversation and what the current turn has done.

``project_id`` carries over between turns (checkpointed with the thread); the other fields
describe one turn and are reset by the input of every new message.
"""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict


class AgentState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    # The project the conversation is working on (None before the first brief).
    project_id: str | None
    # Product images sent with this turn's message, as ProductAsset wire dicts.
    attachments: list[dict[str, Any]]
    # Operations applied this turn (wire dicts), in order.
    operations: list[dict[str, Any]]
    # Projects created or changed this turn.
    touched: list[str]
    # Renders to start when the turn ends: project id -> {"version", "quality"}.
    renders: dict[str, dict[str, Any]]
    render_ids: list[str]
    # What was done, one sentence each, for the reply and the log.
    notes: list[str]
    # The same as reply parts (adgen.agent.reply, as wire dicts) for the front ends.
    parts: list[dict[str, Any]]
    failed: bool
    usage: dict[str, int]
    # The request this turn's edits belong to (one undo step), and the conversation's memory
    # for follow-ups (ConversationState.to_wire()), shown to the model.
    request: str | None
    groups: dict[str, str]
    conversation: dict[str, Any]


def turn_input(
    message: AnyMessage,
    project_id: str | None,
    attachments: list[dict[str, Any]],
    request: str | None = None,
    conversation: dict[str, Any] | None = None,
) -> AgentState:
    """The input of one new user message: the message plus an empty record of the turn."""
    return AgentState(
        messages=[message],
        project_id=project_id,
        attachments=attachments,
        request=request,
        groups={},
        conversation=conversation or {},
        operations=[],
        touched=[],
        renders={},
        render_ids=[],
        notes=[],
        parts=[],
        failed=False,
        usage={},
    )
