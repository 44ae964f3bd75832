"""The parts of a chat reply: what a turn did, as data each front end shows its own way.

The web chat draws a plan as a scene table and a project list with thumbnails, an answer and
what was read from a product page as their lines, a question's answers as buttons; Slack and the
terminal print the parts' words, a question with a "reply yes or no" hint. Every part also
carries ``text``, its plain form: the reply's text (what the conversation log keeps and what the
model reads back from a tool) is the parts' text, so no front end ever edits a sentence to show a
part differently.

Parts cross the agent's graph state as wire dicts (``to_wire`` / :func:`part_from_wire`), so a
checkpointed conversation keeps them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class ReplyPart:
    """One piece of a reply; ``text`` is how it reads as plain words."""

    kind: ClassVar[str] = "note"
    text: str

    def to_wire(self) -> dict[str, Any]:
        return {"kind": self.kind, **asdict(self)}


@dataclass(frozen=True)
class NotePart(ReplyPart):
    """A sentence: what was done, or why not."""

    kind: ClassVar[str] = "note"


@dataclass(frozen=True)
class PlanPart(ReplyPart):
    """The plan of one project version (its scenes, style and length)."""

    kind: ClassVar[str] = "plan"
    project_id: str = ""
    version: int = 0


@dataclass(frozen=True)
class ReportPart(ReplyPart):
    """Where a project's render stands: its state, progress and error."""

    kind: ClassVar[str] = "report"
    project_id: str = ""
    version: int = 0
    state: str = "draft"
    progress: float = 0.0
    error: str | None = None


@dataclass(frozen=True)
class ExportsPart(ReplyPart):
    """The finished videos of a project version, by aspect (media-store URLs)."""

    kind: ClassVar[str] = "exports"
    project_id: str = ""
    version: int = 0
    exports: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PreflightPart(ReplyPart):
    """The pre-flight check of a project version's final render: per export, pass / warn / fail
    per check and what the render fixed (``summary`` is ``PreflightReport.summary()``)."""

    kind: ClassVar[str] = "preflight"
    project_id: str = ""
    version: int = 0
    status: str = "skip"
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ProjectsPart(ReplyPart):
    """The marketer's projects (``ProjectSummary`` wire dicts), newest first."""

    kind: ClassVar[str] = "projects"
    projects: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class AnswerPart(ReplyPart):
    """An answer to the marketer's question about an ad, read from its document (nothing
    changed). Its lines echo the ad's own words (the scenes' texts), so a front end keeps them
    as lines and shows those words literally."""

    kind: ClassVar[str] = "answer"
    project_id: str = ""


@dataclass(frozen=True)
class PagePart(ReplyPart):
    """What was read from a product page (name, price as shown, brand, the product shot and
    why, colours, the numbered pictures), so the marketer can check and correct it. Its words
    are the page's, so a front end shows them literally, line by line, like an answer's."""

    kind: ClassVar[str] = "page"
    url: str = ""
    project_id: str = ""


@dataclass(frozen=True)
class QuestionPart(ReplyPart):
    """A question for the marketer; ``options`` are the answers it takes (a cost confirmation's
    yes / no, or a clarifying question's readings), which a front end may offer as buttons."""

    kind: ClassVar[str] = "question"
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class BrandKitPart(ReplyPart):
    """A brand kit: ``text`` its summary (Markdown), ``slack`` the same in Slack's mrkdwn and
    ``card_url`` the kit card PNG (logo, swatches, type specimen) the web chat shows."""

    kind: ClassVar[str] = "brand_kit"
    slack: str = ""
    card_url: str | None = None
    kit_id: str = ""
    version: int = 0


PART_TYPES: dict[str, type[ReplyPart]] = {
    cls.kind: cls
    for cls in (
        NotePart,
        PlanPart,
        ReportPart,
        ExportsPart,
        PreflightPart,
        ProjectsPart,
        AnswerPart,
        PagePart,
        QuestionPart,
        BrandKitPart,
    )
}


def part_from_wire(data: dict[str, Any]) -> ReplyPart:
    values = {k: v for k, v in data.items() if k != "kind"}
    cls = PART_TYPES.get(data.get("kind", "note"), NotePart)
    if cls is QuestionPart:
        values["options"] = tuple(values.get("options", ()))
    return cls(**values)


def parts_text(parts: list[ReplyPart], sep: str = "\n") -> str:
    return sep.join(p.text for p in parts if p.text)


__all__ = [
    "AnswerPart",
    "BrandKitPart",
    "ExportsPart",
    "NotePart",
    "PagePart",
    "PlanPart",
    "PreflightPart",
    "ProjectsPart",
    "QuestionPart",
    "ReplyPart",
    "ReportPart",
    "part_from_wire",
    "parts_text",
]
