"""What the web chat shows, as plain data and Markdown: no Chainlit here, so it is unit-tested.

- the plan of an ad as a compact scene table and a style line;
- live render progress folded from job events into one row per scene (and per final size),
  rendered as a Markdown table and as task-list entries that update in place;
- the render report (draft or full quality at what size, what was reused, what was rendered, the
  cost, and what degraded with the choices the marketer has);
- scene previews in scene order, whatever order the scenes finish in (:class:`PreviewShelf`);
- the pre-flight table of a final render (a row per check, a column per export, what the render
  fixed);
- the user's projects with thumbnails.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adgen.agent.choices import CHOICES
from adgen.agent.delivery import DRAFT, quality_words, render_quality, size_words
from adgen.agent.delivery import export_filename as delivery_filename
from adgen.pipeline.events import CUTOUT_QUALITY, RenderWarning, StageStatus
from adgen.pipeline.stages import (
    SCENE_STAGES,
    STAGE_ASSEMBLY,
    STAGE_AUDIO,
    STAGE_CUTOUT,
    STAGE_FALLBACK,
    STAGE_PREFLIGHT,
    STAGE_PREPARE,
    STAGE_RENDER,
    STAGE_SCENE,
    STAGE_SCENE_PASS,
)
from adgen.project import EXPORT_ASPECTS, AdProject
from adgen.web.safe_text import escape_markdown, redact_paths

ROLE_LABELS = {
    "hook": "Hook",
    "problem": "Problem",
    "showcase": "Showcase",
    "social_proof": "Social proof",
    "cta": "Call to action",
}

# Job stage names (adgen.jobs / adgen.pipeline.orchestrator) -> what the marketer reads.
STAGE_LABELS = {
    "queued": "queued",
    "scene": "starting",
    "prepare": "preparing",
    "cutout": "cutting out the product",
    "audio": "composing the music",
    "music": "composing the music",
    "background": "generating the background",
    "generate": "generating the background",
    "composite": "compositing the product",
    "scene_pass": "compositing",
    "overlay": "drawing the text",
    "text": "drawing the text",
    "assembly": "assembling",
    "assemble": "assembling",
    "concat": "assembling",
    "mux": "adding the music",
    "poster": "making the poster",
    "speech": "speaking the voice-over",
    "captions": "drawing the captions",
    "voice_mix": "mixing the voice over the music",
    "preflight": "checking every export (pre-flight)",
    "done": "done",
}

STATE_ICONS = {"queued": "⏳", "running": "🔄", "done": "✅", "failed": "❌", "cancelled": "⏹️", "reused": "♻️"}


def _cell(text: str, limit: int = 90) -> str:
    """Text made safe for one Markdown table cell: one line, shown literally (no pipes, images or
    links from a user's words), no server path, not too long."""
    text = re.sub(r"\s+", " ", redact_paths(str(text))).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return escape_markdown(text) or "—"


def _seconds(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") + " s"


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role.replace("_", " ").capitalize())


def aspect_slug(aspect: str) -> str:
    return aspect.replace(":", "x").replace("/", "-").replace("+", "-")


# --- the plan ---------------------------------------------------------------------------------


def scene_table_markdown(project: AdProject) -> str:
    """One row per scene: order, role, time span, on-screen text, what the background shows."""
    lines = [
        "| # | Scene | Time | On-screen text | Background |",
        "|---|---|---|---|---|",
    ]
    start = 0.0
    for index, scene in enumerate(project.scenes, start=1):
        end = start + scene.duration_sec
        span = f"{_seconds(start).removesuffix(' s')}–{_seconds(end)}"
        text = f"“{_cell(scene.overlay.text, 60)}”" if scene.overlay.text.strip() else "—"
        product = " (+ product)" if scene.product.visible and project.product_asset else ""
        lines.append(
            f"| {index} | {role_label(scene.role)} | {span} | {text} | "
            f"{_cell(scene.background_prompt, 80)}{product} |"
        )
        start = end
    return "\n".join(lines)


def style_markdown(project: AdProject) -> str:
    style = project.style
    palette = " ".join(f"`{c}`" for c in style.palette) or "brand colours"
    parts = [
        f"**Style** {_cell(style.mood, 40)} · {_cell(style.lighting, 40)} light · "
        f"{_cell(style.visual_style, 40)} · palette {palette} · music {_cell(style.music_mood, 40)}",
        f"**Length** {_seconds(project.duration_sec)} · **Sizes** {', '.join(project.aspect_ratios)}",
    ]
    if project.brand.name:
        parts.append(f"**Brand** {_cell(project.brand.name, 60)}")
    return "  \n".join(parts)


def plan_markdown(project: AdProject, heading: str | None = None) -> str:
    title = heading or f"**Plan — {_cell(project.brand.name or 'your ad', 60)}, version {project.version}**"
    return f"{title}\n\n{scene_table_markdown(project)}\n\n{style_markdown(project)}"


# --- live progress ------------------------------------------------------------------------------


def _field(event: Any, name: str, default: Any = None) -> Any:
    if isinstance(event, dict):
        return event.get(name, default)
    return getattr(event, _snake(name), default)


def _snake(name: str) -> str:
    return re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), name)


def _status(event: Any) -> StageStatus:
    status = _field(event, "status")
    return StageStatus(status) if status else StageStatus.STARTED


def _warning(value: Any) -> RenderWarning:
    return value if isinstance(value, RenderWarning) else RenderWarning.model_validate(value)


_FINAL_KEY = "final"


@dataclass
class ProgressRow:
    key: str
    title: str
    state: str = "queued"  # queued | running | done | failed | cancelled | reused
    stage: str = ""
    error: str | None = None
    aspects_done: set[str] = field(default_factory=set)
    preview_url: str | None = None
    media_url: str | None = None  # the preview's stored clip, for its still
    made: bool = False  # some stage of it had to run (as opposed to all reused)

    def status_text(self, aspects: int) -> str:
        icon = STATE_ICONS.get(self.state, "")
        if self.state == "failed":
            return f"{icon} failed: {_cell(self.error or 'unknown reason', 120)}"
        if self.state == "reused":
            return f"{icon} reused, unchanged"
        if self.state == "done":
            return f"{icon} done"
        if self.state == "running":
            label = STAGE_LABELS.get(self.stage, self.stage.replace("_", " ") or "working")
            sizes = (
                f" · {len(self.aspects_done)}/{aspects} sizes" if aspects > 1 and self.aspects_done else ""
            )
            return f"{icon} {label}{sizes}"
        return f"{icon} {self.state}"


class ProgressBoard:
    """Render events (:class:`adgen.jobs.events.ProgressEvent`) folded into one row per scene
    plus one for the final videos, for display.

    A scene row runs from its first event to its ``scene`` done/failed event; it reads "reused"
    when none of its stages had to be made (every stage event's status was ``reused``). The
    render's own ``render`` events set the overall state; ``fraction`` is overall progress. The
    board also keeps what the events point at: the product cut-out, the scene previews, the
    exports and the warnings of the render's last event.
    """

    def __init__(self, project: AdProject):
        self.project_id = project.project_id
        self.version = project.version
        self.aspects = list(project.aspect_ratios)
        self.rows: dict[str, ProgressRow] = {}
        for index, scene in enumerate(project.scenes, start=1):
            self.rows[scene.id] = ProgressRow(scene.id, f"{index} {role_label(scene.role)}")
        self.rows[_FINAL_KEY] = ProgressRow(_FINAL_KEY, f"Final videos ({', '.join(self.aspects)})")
        self.fraction = 0.0
        self.state = "queued"
        self.message = ""
        self.error: str | None = None
        self.prepared = False
        self.cutout_url: str | None = None
        self.cutout_warning: RenderWarning | None = None  # the cut-out's own doubt, with its choices
        self.shown_cutout = False
        self.exports: dict[str, str] = {}
        self.warnings: list[RenderWarning] = []
        self.preflight: dict[str, Any] | None = None  # the pre-flight summary of a final render
        self.events_seen = 0
        self.new_previews: list[tuple[str, str, str]] = []  # (scene id, aspect, url) not yet shown

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed", "cancelled")

    def apply(self, event: Any) -> bool:
        """Fold one event (object or wire dict) in; False if it is for another project or version."""
        if _field(event, "projectId") not in (None, self.project_id):
            return False
        version = _field(event, "version")
        if version is not None and version != self.version:
            return False
        self.events_seen += 1
        state = _field(event, "state") or "running"
        stage = _field(event, "stage") or ""
        scene_id = _field(event, "sceneId")
        fraction = _field(event, "fraction")
        if isinstance(fraction, (int, float)):
            self.fraction = max(self.fraction, min(1.0, float(fraction)))

        if stage == STAGE_RENDER:
            self._render_event(state, event)
        elif scene_id in self.rows:
            self._scene_event(self.rows[scene_id], state, stage, event)
        elif stage in (STAGE_ASSEMBLY, STAGE_PREFLIGHT):
            row = self.rows[_FINAL_KEY]
            if row.state == "queued":
                row.state = "running"
            row.stage = stage
        elif stage in (STAGE_CUTOUT, STAGE_AUDIO, STAGE_PREPARE):  # the project-wide work
            self._project_event(stage, event)
        if state == "running" and self.state == "queued":
            self.state = "running"
        return True

    def _project_event(self, stage: str, event: Any) -> None:
        self.message = _field(event, "message") or STAGE_LABELS.get(stage, stage)
        if stage in (STAGE_CUTOUT, STAGE_PREPARE) and _field(event, "mediaUrl"):
            self.cutout_url = _field(event, "mediaUrl")  # the cut-out, made or reused
        for warning in map(_warning, _field(event, "warnings") or []):
            if warning.code == CUTOUT_QUALITY and self.cutout_warning is None:
                self.cutout_warning = warning
        if stage == STAGE_PREPARE and (_field(event, "stageFraction") or 0.0) >= 1.0:
            self.prepared = True

    def _render_event(self, state: str, event: Any) -> None:
        if state == "queued":
            return
        self.state = state
        if state == "failed":
            self.error = _field(event, "error") or _field(event, "message") or "the render failed"
        elif state == "done":
            self._render_done(event)
        elif state == "cancelled":
            self._close_rows("cancelled")

    def _render_done(self, event: Any) -> None:
        self.fraction = 1.0
        self.exports = dict(_field(event, "exports") or {})
        self.warnings = [_warning(w) for w in _field(event, "warnings") or []]
        self.preflight = _field(event, "preflight") or None
        self.rows[_FINAL_KEY].state = "done"
        self._close_rows(None)

    def settle(self, project: AdProject) -> bool:
        """Take the render's end from the stored document (when the events could not be followed);
        True when the document says the render ended."""
        status = project.render_status
        if status.state in ("completed", "completed_with_warnings") and project.aspect_exports:
            self.fraction, self.state = 1.0, "done"
            self.exports = dict(project.aspect_exports)
            self.warnings = [_warning(w) for w in (status.stages or {}).get("warnings", [])]
            self._close_rows("done")
            return True
        if status.state == "failed":
            self.state, self.error = "failed", status.error or "the render failed"
            self._close_rows("failed")
            return True
        return False

    def _close_rows(self, state: str | None) -> None:
        """Rows still open when the render ends: ``state``, or done / reused by what they made."""
        for row in self.rows.values():
            if row.state in ("queued", "running"):
                row.state = state or ("done" if row.made else "reused")

    def _scene_event(self, row: ProgressRow, state: str, stage: str, event: Any) -> None:
        if row.state in ("failed", "done", "reused") and stage == STAGE_SCENE and state == "running":
            row.state, row.aspects_done, row.made = "queued", set(), False  # a retry starts over
        if stage in SCENE_STAGES:
            row.made = row.made or _status(event).made
            if stage in (STAGE_SCENE_PASS, STAGE_FALLBACK) and _field(event, "aspect"):
                row.aspects_done.add(_field(event, "aspect"))
        if state == "failed":
            row.state = "failed"
            row.error = _field(event, "error") or _field(event, "message") or "unknown reason"
        elif stage == STAGE_SCENE and state == "done":
            self._scene_done(row, _field(event, "previewUrl"), _field(event, "mediaUrl"))
        elif row.state in ("queued", "running"):
            row.state = "running"
            if stage != STAGE_SCENE or not row.stage:
                row.stage = stage

    def _scene_done(self, row: ProgressRow, preview: str | None, media: str | None = None) -> None:
        row.state = "done" if row.made else "reused"
        if preview and row.preview_url is None:  # a re-subscription replays events: show once
            row.preview_url = preview
            row.media_url = media
            self.new_previews.append((row.key, self.aspects[0], preview))

    def reused_scenes(self) -> list[str]:
        return [k for k, r in self.rows.items() if k != _FINAL_KEY and r.state == "reused"]

    def rendered_scenes(self) -> list[str]:
        return [k for k, r in self.rows.items() if k != _FINAL_KEY and r.state == "done"]

    def markdown(self) -> str:
        percent = int(round(self.fraction * 100))
        bar = "▰" * (percent // 10) + "▱" * (10 - percent // 10)
        head = {
            "queued": "⏳ Waiting for a worker…",
            "running": f"🔄 Rendering {bar} {percent}%",
            "done": "✅ Render finished",
            "failed": f"❌ Render failed: {_cell(self.error or 'unknown reason', 200)}",
            "cancelled": "⏹️ Render cancelled",
        }[self.state]
        lines = [f"**{head}** · version {self.version}"]
        if self.message and self.state == "running":
            lines[0] += f" · {_cell(self.message, 80)}"
        lines += ["", "| Part | Status |", "|---|---|"]
        lines += [f"| {r.title} | {r.status_text(len(self.aspects))} |" for r in self.rows.values()]
        return "\n".join(lines)

    def tasks(self) -> list[tuple[str, str]]:
        """(title, status) pairs; status is one of ready, running, done, failed."""
        status = {
            "queued": "ready",
            "running": "running",
            "done": "done",
            "reused": "done",
            "failed": "failed",
            "cancelled": "failed",
        }
        return [
            (f"{r.title} (reused)" if r.state == "reused" else r.title, status[r.state])
            for r in self.rows.values()
        ]

    def take_previews(self) -> list[tuple[str, str, str]]:
        previews, self.new_previews = self.new_previews, []
        return previews


class PreviewShelf:
    """Where each scene's preview goes under the progress message: in scene order, whatever order
    the scenes finish in. The page keeps an element where it was first put and adds new ones at the
    end, so a scene that finishes before an earlier one is moved: :meth:`place` says which of the
    shown previews must be taken down and put back after the new one."""

    def __init__(self, scene_ids: Iterable[str]):
        self.order = {scene_id: index for index, scene_id in enumerate(scene_ids)}
        self.shown: list[str] = []
        self.elements: dict[str, Any] = {}  # what the front end put up for each shown scene
        self.stills: dict[str, str | None] = {}  # a preview clip's still, once taken (put back as is)

    def place(self, scene_id: str) -> list[str] | None:
        """Record ``scene_id``'s preview; the shown previews that belong after it, in order (None
        when it is shown already)."""
        if scene_id in self.shown:
            return None
        rank = self.order.get(scene_id, len(self.order))
        later = [s for s in self.shown if self.order.get(s, len(self.order)) > rank]
        self.shown = [s for s in self.shown if s not in later] + [scene_id] + later
        return later


# --- results ------------------------------------------------------------------------------------


def render_report_markdown(
    project: AdProject,
    *,
    reused: Iterable[str] = (),
    rendered: Iterable[str] = (),
    download_links: dict[str, str] | None = None,
    warnings: Iterable[RenderWarning] = (),
    link: Callable[[str, str], str] | None = None,
    preflight: dict[str, Any] | None = None,
) -> str:
    """What the marketer got: draft or full quality and at what size, the downloads, which scenes
    were reused or redone, the cost, and what degraded with what to do about it
    (``link(url, filename)`` makes a warning's media a link), and the pre-flight table of a final
    render (``preflight``: its summary)."""
    titles = {s.id: f"{i} {role_label(s.role)}" for i, s in enumerate(project.scenes, start=1)}
    reused, rendered = [titles.get(s, s) for s in reused], [titles.get(s, s) for s in rendered]
    state = project.render_status.state
    done = state.startswith("completed")
    head = "**Your ad is ready**" if done else f"**Render {state}**"
    lines = [f"{head} — version {project.version}, {_seconds(project.duration_sec)}"]
    if done:
        lines[0] += f" · **{quality_words(project, project.aspect_ratios[0])}**"
        if render_quality(project) == DRAFT:
            lines.append(
                "These are quick drafts at a small size; **Render in full quality** below makes the "
                "full-size videos."
            )
    if download_links:
        quality = render_quality(project)
        name = "draft" if quality == DRAFT else "full quality"
        lines.append(
            f"Download ({name}): "
            + " · ".join(
                f"[{aspect} · {size_words(aspect, quality)}]({url})" for aspect, url in download_links.items()
            )
        )
    if rendered:
        lines.append(f"**Rendered:** {', '.join(rendered)}")
    if reused:
        lines.append(f"**Reused (unchanged):** {', '.join(reused)}")
    lines.append(_cost_line(project))
    said = _warning_lines(warnings, link)
    if not said and state == "completed_with_warnings" and project.render_status.error:
        said = [f"⚠️ {_cell(project.render_status.error, 300)}"]  # a render from before typed warnings
    text = "  \n".join(lines + said)
    if preflight:
        text += "\n\n" + preflight_markdown(preflight)
    elif (project.render_status.stages or {}).get("quality") == "draft":
        text += (
            "  \n_Drafts are not checked for the platforms; render in full quality for the pre-flight check._"
        )
    return text


_MARKS = {"pass": "✅", "warn": "⚠️", "fail": "❌", "skip": "–"}


def preflight_markdown(summary: dict[str, Any]) -> str:
    """The pre-flight check as one compact table: a row per check, a column per export (its
    presets named), a mark per cell; then what the render fixed, and every failure and warning
    with what to do."""
    exports = list(summary.get("exports", []))
    if not exports:
        return ""
    status = str(summary.get("status", "skip"))
    verdict = {"pass": "ready to post", "warn": "ready to post, with warnings", "fail": "not ready to post"}
    columns = [f"{_cell(e['key'], 20)} ({_cell(', '.join(e.get('presets', [])), 40)})" for e in exports]
    lines = [f"**Pre-flight** {_MARKS.get(status, '')} {verdict.get(status, status)}", ""]
    lines += ["| Check | " + " | ".join(columns) + " |", "|---|" + "---|" * len(exports)]
    for name in dict.fromkeys(c["check"] for e in exports for c in e.get("checks", [])):
        cells = [_mark(next((c for c in e.get("checks", []) if c["check"] == name), None)) for e in exports]
        lines.append(f"| {name.replace('_', ' ')} | " + " | ".join(cells) + " |")
    notes = [note for export in exports for note in _check_notes(export)]
    return "\n".join(lines) + ("\n\n" + "  \n".join(notes) if notes else "")


def _mark(check: dict[str, Any] | None) -> str:
    if check is None:
        return "–"
    return _MARKS.get(check["status"], "") + (" fixed" if check.get("fixed") else "")


def _check_notes(export: dict[str, Any]) -> list[str]:
    """What the render fixed for an export, and its failures and warnings with what to do."""
    notes = []
    for check in export.get("checks", []):
        where = f"{_cell(export['key'], 20)} {check['check'].replace('_', ' ')}"
        if check.get("fixed"):
            notes.append(f"🔧 {where}: fixed — {_cell(check['fixed'], 300)}")
        if check["status"] in ("fail", "warn"):
            what = f"{check['subject']}: {check['measured']}" if check.get("subject") else check["measured"]
            advice = f" → {_cell(check['advice'], 200)}" if check.get("advice") else ""
            needs = _cell(check["threshold"], 80)
            notes.append(f"{_MARKS[check['status']]} {where}: {_cell(what, 160)} (needs {needs}){advice}")
    return notes


def _cost_line(project: AdProject) -> str:
    calls = ", ".join(f"`{name}` × {count}" for name, count in sorted(project.cost.calls.items()))
    cost = f"**Cost:** ${project.cost.usd:.2f}"
    if project.cost.usd == 0:
        cost += " — offline providers, no paid calls"
    elif calls:
        cost += f" ({calls})"
    return cost


def _warning_lines(warnings: Iterable[RenderWarning], link: Callable[[str, str], str] | None) -> list[str]:
    """One line per distinct warning (a stand-in in three sizes is one): what happened, what to
    do, and what to look at."""
    lines: dict[tuple[str, str], str] = {}
    for w in warnings:
        if (w.message, w.action) in lines:
            continue
        line = f"⚠️ {_cell(w.message, 300)}"
        if w.action and not w.choices:  # with choices, they say what to do
            line += f" {_cell(w.action, 200)}"
        if w.media_url and link is not None:
            name = Path(w.media_url.split("?")[0]).name or "media"
            line += f" ([look at it]({link(w.media_url, name)}))"
        choices = [CHOICES[c].label[:1].lower() + CHOICES[c].label[1:] for c in w.choices if c in CHOICES]
        if choices:
            listed = ", ".join(choices[:-1]) + (" or " if len(choices) > 1 else "") + choices[-1]
            line += f" You can {listed}."
        lines[(w.message, w.action)] = line
    return list(lines.values())


def export_filename(project: AdProject, aspect: str) -> str:
    """The download name (brand, variant label, version, draft or final, aspect)."""
    return delivery_filename(project, aspect)


def ordered_exports(project: AdProject) -> list[tuple[str, str]]:
    """(aspect, url) of the finished videos, master first."""
    return [(a, project.aspect_exports[a]) for a in EXPORT_ASPECTS if a in project.aspect_exports]


def projects_markdown(summaries: Iterable[Any], thumbnail: Callable[[Any], str | None]) -> str:
    """The user's projects, newest first, with a thumbnail where a render made one."""
    summaries = list(summaries)
    if not summaries:
        return "You have no projects yet. Describe an ad to start one, e.g. *a 15 s ad for our cold brew, energetic*."
    lines = [
        "**Your ads** (type */open p_…* to continue one)",
        "",
        "| | Project | Brief | Version | State |",
        "|---|---|---|---|---|",
    ]
    for s in summaries:
        thumb = thumbnail(s)
        image = f"![poster]({thumb})" if thumb else "—"
        name = _cell(_field(s, "brandName") or "", 40)
        label = _field(s, "label")
        variant = f" (variant {_cell(label, 20)})" if _field(s, "isVariation") and label else ""
        lines.append(
            f"| {image} | `{_field(s, 'projectId')}` {name}{variant} | {_cell(_field(s, 'brief') or '', 70)} | "
            f"v{_field(s, 'version')} | {_field(s, 'renderState')} |"
        )
    return "\n".join(lines)
