"""ParsedTurn: what one message asks for, as the understanding package returns it.

Operations are typed and meant for the current project; the flags and texts say what else the
message asked (render, status, a question to ask back, an answer, a project to switch to) and
what a follow-up may refer to next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from adgen.agent.conversation_state import PendingQuestion
from adgen.pipeline.types import Brief
from adgen.tools.operations import EditOperation


class UnclearScene(NamedTuple):
    """A question about which scene some words name ("the bit where the dog jumps", "at the 4
    second mark"), and those words as read: the reply ("the showcase", "scene 2") takes their
    place in the message, which is then read again."""

    question: str
    said: str
    offered: tuple[int, ...]  # the scene numbers the question names, in its order


@dataclass
class ParsedTurn:
    """What one message asks for. Operations are typed and meant for the current project."""

    operations: list[EditOperation] = field(default_factory=list)
    brief: Brief | None = None
    wants_render: bool = False
    render_quality: Literal["draft", "final"] | None = None
    wants_status: bool = False
    wants_list: bool = False
    wants_cancel: bool = False
    question: str | None = None
    unknown: str | None = None
    # A new product photo came with the message and should replace the product (the session
    # stores the attachment and makes the ReplaceProduct operation).
    replace_product: bool = False
    # Extensions: aspects named with a render request ("export the square one"), and the
    # parts of the message that were not understood while others were.
    render_aspects: list[str] | None = None
    ignored: list[str] = field(default_factory=list)
    # An answer to a question about the ad (nothing changes), and a project to switch to
    # ("pick B", "go back to the original").
    answer: str | None = None
    switch_to: str | None = None
    # The options of the question asked, so a one-word answer resolves it next time.
    pending: PendingQuestion | None = None
    # What a follow-up may refer to next: the scenes this message named or changed, and what
    # it was about (None: leave the conversation's memory as it is).
    scene_ids: list[str] | None = None
    topic: str | None = None
    # The question this message asked and was answered ("and the cta?" asks it again).
    asked: str | None = None
    # The version a question was about when it is not the current one ("use that one" next).
    project_ref: str | None = None
    # The same edit on further versions, each after the one switched to ("both of them" after
    # "Which version should change: B or C?"): (project id, its operations), in order.
    also_versions: list[tuple[str, list[EditOperation]]] = field(default_factory=list)
