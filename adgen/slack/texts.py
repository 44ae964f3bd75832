"""The words the bot shows in Slack: replies, render progress and the finished-video note."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adgen.agent.choices import CARD_REQUEST, CHOICES, INSTALL_REMBG, PRODUCT_CARD, UPLOAD_PNG
from adgen.agent.delivery import DRAFT, size_words
from adgen.agent.reply import BrandKitPart, ExportsPart, PreflightPart, QuestionPart, ReplyPart
from adgen.pipeline.events import RenderWarning
from adgen.pipeline.stages import STAGE_RENDER
from adgen.preflight.report import summary_lines
from adgen.slack.status import escape

WORKING = "_Working on it…_"
FAILED_TURN = "Sorry, something went wrong on my side while doing that. Please try again."
BAR_CELLS = 12


def overall_progress(event: Any) -> float:
    """The render's overall progress (0..1): ProgressEvent.fraction, weighted over its parts."""
    if event.stage == STAGE_RENDER and event.state == "done":
        return 1.0
    return max(0.0, min(1.0, float(event.fraction or 0.0)))


def progress_bar(fraction: float) -> str:
    filled = round(fraction * BAR_CELLS)
    return "▰" * filled + "▱" * (BAR_CELLS - filled)


def _what(event: Any) -> str:
    if event.message:
        return str(event.message)
    parts = [event.stage]
    if event.scene_id:
        parts.append(event.scene_id)
    if event.aspect:
        parts.append(event.aspect)
    return " ".join(parts)


def progress_line(event: Any) -> str:
    """One line for a render in progress: ``▰▰▰▱▱▱ 45% · scene_2 9:16 background``."""
    if event.state == "queued" and event.stage == STAGE_RENDER:
        return f"{progress_bar(0.0)} queued for rendering…"
    fraction = overall_progress(event)
    return f"{progress_bar(fraction)} {fraction:.0%} · {escape(_what(event))}"


def reply_text(reply: Any) -> str:
    """The agent's answer as Slack text: its parts' words (escaped), videos as links, a question
    with the answers it takes; errors marked."""
    if reply.error:
        return f":warning: {escape(reply.text or 'Done.')}"
    return "\n".join(_part_text(part) for part in reply.parts if part.text) or "Done."


def _part_text(part: ReplyPart) -> str:
    if isinstance(part, ExportsPart):
        return "Videos: " + " · ".join(link(url, aspect) for aspect, url in part.exports.items())
    if isinstance(part, BrandKitPart):  # the kit's short summary in Slack's markup, its words escaped
        return part.slack or escape(part.text)
    if isinstance(part, PreflightPart):
        return preflight_text(part.summary)
    if isinstance(part, QuestionPart) and part.options:
        answers = " or ".join(f"*{option}*" for option in part.options)
        return f"{escape(part.text)}\n_Reply {answers} in this thread._"
    return escape(part.text)


def link(url: str, label: str) -> str:
    """A Slack link when the URL is one a browser can open, else the label and the path."""
    if url.startswith(("https://", "http://")):
        return f"<{url}|{escape(label)}>"
    return f"{escape(label)}: `{escape(url)}`"


def preflight_text(summary: Mapping[str, Any] | None) -> str:
    """The pre-flight check as Slack text: the verdict, then the compact table (a line per
    export with a mark per check, each fix, failure and warning under it) in a code block."""
    if not summary or not summary.get("exports"):
        return ""
    head, *table = summary_lines(dict(summary), width=90)
    icon = {"PASS": ":white_check_mark:", "WARN": ":warning:", "FAIL": ":x:"}.get(head.split()[-1], "")
    body = escape("\n".join(table))
    return f"{icon} *{escape(head)}*\n```{body}```"


def finished_text(
    version: int,
    uploaded: str | None,
    others: Mapping[str, str],
    warnings: list[RenderWarning] | None = None,
    quality: str = DRAFT,
    preflight: Mapping[str, Any] | None = None,
) -> str:
    """The last status line of a render: draft or full quality and at what size, where the video
    is, where the other sizes are, what degraded with what to do about it (and the choices), and
    the pre-flight table of a final render."""
    master = uploaded or next(iter(others), None)
    what = "a draft" if quality == DRAFT else "full quality"
    size = f" ({size_words(master, quality)})" if master else ""
    if uploaded:
        head = f":white_check_mark: Version {version} is ready, {what}{size}; the {uploaded} video is in this thread."
    else:
        head = f":white_check_mark: Version {version} is ready, {what}{size}."
    if others:
        head += "\nOther sizes: " + " · ".join(
            link(url, f"{aspect} ({size_words(aspect, quality)})") for aspect, url in others.items()
        )
    if quality == DRAFT:
        head += "\nSay “render final” for the full-quality videos."
    said: set[tuple[str, str]] = set()
    for w in warnings or []:
        if (w.message, w.action) not in said:
            said.add((w.message, w.action))
            action = "" if w.choices else w.action  # with choices, they say what to do
            head += f"\n:warning: {escape(w.message)} {escape(action)}".rstrip()
            head += "".join(f"\n• {choice_text(code)}" for code in w.choices if code in CHOICES)
    checked = preflight_text(preflight)
    return f"{head}\n{checked}" if checked else head


def choice_text(code: str) -> str:
    """One of a warning's choices as Slack words: what to say or do in the thread."""
    if code == UPLOAD_PNG:
        return "Send a PNG with a transparent background in this thread: it replaces the product."
    if code == PRODUCT_CARD:
        return f"Reply *{escape(CARD_REQUEST.lower())}* to show the whole photo as a framed product card."
    if code == INSTALL_REMBG:
        return escape(CHOICES[INSTALL_REMBG].how)
    return escape(CHOICES[code].how)


def failed_text(event: Any) -> str:
    if event.state == "cancelled":
        return ":no_entry_sign: The render was cancelled."
    reason = escape(str(event.error or event.message or "unknown error"))
    return f":x: The render failed: {reason}. Say “render” to try again."


__all__ = [
    "FAILED_TURN",
    "WORKING",
    "choice_text",
    "failed_text",
    "finished_text",
    "link",
    "overall_progress",
    "preflight_text",
    "progress_line",
    "reply_text",
]
