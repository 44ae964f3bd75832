"""What a conversation remembers between messages, so follow-ups can be understood.

"make it orange", "the same for the hook", "a bit more", "pick B", "redo" and a one-word
answer to a question all lean on the message before. :class:`ConversationState` holds exactly
that, no more: the project the conversation is on, the scenes and the kind of thing last
referred to, the last request's edit operations, and a question still waiting for its answer.

It is owned by :class:`adgen.agent.session.ChatSession`, written into every assistant line of
the conversation log (``"state"``) so a restarted session continues where it was, and rebuilt
by replay from the user lines alone (every change of project goes through a logged line), so
it replays deterministically. Both paths use it: the offline parser reads it, the LLM is shown
it (:func:`describe_state`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class PendingOption:
    """One reading of an ambiguous request: the words that choose it and what it would do."""

    label: str  # how the question names it ("the hook's text colour")
    words: list[str]  # answers that pick it ("text", "the text", "hook text")
    operations: list[dict[str, Any]]  # wire operations for the current project


@dataclass
class PendingQuestion:
    """A question the assistant asked; the next message may answer it in a word."""

    question: str
    options: list[PendingOption] = field(default_factory=list)
    # A refused request kept as a template, with a marker where its one wrong value was, and
    # what kind of value goes there ("scene", or a range of refusals.LIMITS): "fine, 24 then".
    retry: str | None = None
    value_kind: str | None = None
    # The scene numbers a "which scene?" question offered, in its order: "the second one" is the
    # second of them, whatever its number.
    offered: list[int] = field(default_factory=list)

    def choose(self, answer: str, typed: str | None = None) -> PendingOption | None:
        """The option a short answer picks ("the text", "palette", "2"), or None. ``typed``: the
        message as typed, when ``answer`` is a rewriting of it (a long request rewritten short,
        "… the same colour as the cta text" as "… #F2A541", is still no answer)."""
        words = " ".join(answer.lower().replace("’", "'").split()).strip(" .!?,")
        words = words.removeprefix("the ").removeprefix("i meant ").removeprefix("i mean ")
        for option in self.options:
            if any(words == w or words == f"the {w}" for w in option.words):
                return option
        if len(words.split()) > _ANSWER_WORDS or len((typed or "").split()) > _ANSWER_WORDS:
            # ("make the hook text the same colour as the cta text" after "the text or the product?":
            # a request of its own, whose "text" once picked the option and made every text bigger)
            return None
        hits = [o for o in self.options if any(w in words.split() for w in o.words if " " not in w)]
        return hits[0] if len(hits) == 1 else None


# The most words a reply to a question has when it picks an option by one of its words ("the text
# one please", "hmm the product I think"); a longer message is read as a request of its own.
_ANSWER_WORDS = 6


@dataclass
class ConversationState:
    """The conversation's memory for follow-ups (see the module docstring)."""

    project_id: str | None = None
    # The scenes the last request named, changed or asked about.
    scene_ids: list[str] = field(default_factory=list)
    # What the last request was about: overlay, product, audio, scene, style, brand, duration.
    topic: str | None = None
    # The version of the ad last talked about when it is not the current one ("what's different
    # in C?" -> "use that one").
    project_ref: str | None = None
    # The last message when it was a question that got an answer ("and the cta?" asks it again);
    # None once a later message changed something.
    last_question: str | None = None
    # The scenes named or changed lately, the newest first ("make both texts yellow").
    recent: list[str] = field(default_factory=list)
    # The last message that changed something or made an ad ("make it 15 instead" borrows its unit).
    last_request: str | None = None
    # The last request's edit operations (wire dicts), for "the same for X" and "a bit more".
    last_operations: list[dict[str, Any]] = field(default_factory=list)
    pending: PendingQuestion | None = None
    # How many messages the marketer has sent: names each request (undo groups).
    requests: int = 0
    # The last product page an ad was made from (adgen.agent.page_ad.PageMemory.to_wire()), so
    # "the price is 12.99" and "use the second image" resolve; kept across project switches
    # (it names its project).
    page: dict[str, Any] | None = None

    def to_wire(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_wire(cls, data: dict[str, Any] | None) -> ConversationState:
        if not isinstance(data, dict):
            return cls()
        pending = data.get("pending")
        question = None
        if isinstance(pending, dict) and pending.get("question"):
            question = PendingQuestion(
                question=str(pending["question"]),
                options=[PendingOption(**o) for o in pending.get("options") or [] if isinstance(o, dict)],
                retry=pending.get("retry"),
                value_kind=pending.get("value_kind"),
                offered=[int(n) for n in pending.get("offered") or [] if isinstance(n, int)],
            )
        return cls(
            project_id=data.get("project_id"),
            scene_ids=list(data.get("scene_ids") or []),
            topic=data.get("topic"),
            project_ref=data.get("project_ref"),
            last_question=data.get("last_question"),
            recent=list(data.get("recent") or []),
            last_request=data.get("last_request"),
            last_operations=list(data.get("last_operations") or []),
            pending=question,
            requests=int(data.get("requests") or 0),
            page=data.get("page") if isinstance(data.get("page"), dict) else None,
        )

    def note_scenes(self, scene_ids: list[str]) -> None:
        """Remember scenes just named or changed, the newest first (at most six)."""
        self.recent = list(dict.fromkeys([*scene_ids, *self.recent]))[:6]

    def switch_project(self, project_id: str | None) -> None:
        """Move to another project: what was said about the old one no longer applies."""
        if project_id != self.project_id:
            self.project_id = project_id
            self.scene_ids = []
            self.topic = None
            self.last_operations = []
            self.pending = None
            self.project_ref = None
            self.last_question = None
            self.recent = []


def describe_state(state: ConversationState) -> str:
    """A line for the model: what "it", "that" and "the same" refer to right now."""
    parts = []
    if state.scene_ids:
        parts.append("the scenes last referred to: " + ", ".join(state.scene_ids))
    if state.topic:
        parts.append(f"the last request was about: {state.topic}")
    if state.last_operations:
        names = ", ".join(str(op.get("operation")) for op in state.last_operations)
        parts.append(f"the last request's operations: {names}")
    if state.pending:
        parts.append(f"waiting for an answer to: {state.pending.question}")
    return "; ".join(parts) or "nothing referred to yet"


__all__ = ["ConversationState", "PendingOption", "PendingQuestion", "describe_state"]
