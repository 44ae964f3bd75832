"""The agent's actions: everything a conversation can do to the marketer's projects.

Both paths use them: the offline path calls :class:`ProjectActions` with what the parser found,
the LLM path calls :func:`run_tool_call` with the tool the model asked for (the tools' JSON
schemas, in OpenAI's function-calling format, come from the operation models themselves:
:func:`tool_specs`). So the two paths produce the same operation types, the same versions and
the same reply parts. Each action records what it did as reply parts (:mod:`adgen.agent.reply`)
and returns their words (which is also what the model reads back), or raises
:class:`ActionError` with a message written for both.

Every read goes through the owner-checked store calls, as the conversation's user.
"""

from __future__ import annotations

import asyncio
import difflib
import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic.alias_generators import to_camel

from adgen.agent.context import AgentContext
from adgen.agent.reply import (
    ExportsPart,
    NotePart,
    PlanPart,
    PreflightPart,
    ProjectsPart,
    ReplyPart,
    ReportPart,
    part_from_wire,
)
from adgen.brand.new_ad import brief_with_kit, project_with_kit
from adgen.pipeline.types import Brief
from adgen.platforms.presets import PresetError, presets_from_settings
from adgen.preflight.report import summary_lines, summary_of
from adgen.project import AdProject, HexColor, ProductAsset, SceneRole
from adgen.settings import Settings
from adgen.store.projects import StoreError, VersionConflict
from adgen.tools import operations as ops
from adgen.tools.apply import EditError, EditResult, apply_operation

log = logging.getLogger(__name__)


class ActionError(Exception):
    """An action that could not be done; the message says why, for the marketer and the model."""


@dataclass
class Turn:
    """What one turn has done so far. The graph keeps it in its state, the offline path in memory."""

    project_id: str | None = None
    attachments: list[dict[str, Any]] = field(default_factory=list)
    operations: list[dict[str, Any]] = field(default_factory=list)
    # asked for, but already so: no version was made; remembered for "I meant the CTA"
    unchanged: list[dict[str, Any]] = field(default_factory=list)
    touched: list[str] = field(default_factory=list)
    renders: dict[str, dict[str, Any]] = field(default_factory=dict)
    render_ids: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parts: list[dict[str, Any]] = field(default_factory=list)  # ReplyPart wire dicts, in order
    failed: bool = False
    # The request (marketer's message) these edits belong to: undone and redone as one step.
    # Its group in each project's history names the version the request started from, so two
    # conversations' requests never merge.
    request: str | None = None
    groups: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Turn:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in state.items() if k in names and v is not None})

    def to_state(self) -> dict[str, Any]:
        return asdict(self)

    def touch(self, project_id: str) -> None:
        if project_id not in self.touched:
            self.touched.append(project_id)

    def say(self, *parts: ReplyPart, sep: str = "\n") -> str:
        """Record what the turn did: the parts for the front ends, and their words as one note
        (the reply's text, and what the model reads back from a tool)."""
        note = sep.join(p.text for p in parts if p.text)
        self.notes.append(note)
        self.parts.extend(p.to_wire() for p in parts)
        return note

    def reply_parts(self) -> list[ReplyPart]:
        return [part_from_wire(p) for p in self.parts]


def scene_label(project: AdProject, scene_id: str) -> str:
    for index, scene in enumerate(project.scenes, start=1):
        if scene.id == scene_id:
            return f"scene {index} ({scene.role.replace('_', ' ')}, {scene_id})"
    return scene_id


def describe_project(project: AdProject, *, backgrounds: bool = False) -> str:
    """A few lines a marketer (or, with ``backgrounds``, the model) can read: the ad and its scenes."""
    name = project.brand.name or "your product"
    head = (
        f"Ad {project.project_id} v{project.version} for {name}: {project.duration_sec:g} s, "
        f"{project.style.mood} mood, {project.style.lighting} lighting, {project.style.visual_style} look, "
        f"{project.audio.mood} music."
    )
    if project.variation.is_variation:
        head += f" Variation “{project.variation.label}” of {project.variation.parent_project_id}."
    lines = [head]
    for index, scene in enumerate(project.scenes, start=1):
        product = "product shown" if scene.product.visible and project.product_asset else "no product"
        text = scene.overlay.text.replace("\n", " / ")
        line = f"  {index}. {scene.id} {scene.role.replace('_', ' ')} {scene.duration_sec:g} s: “{text}” ({product})"
        if backgrounds:
            line += (
                f"; text {scene.overlay.position}, size {scene.overlay.font_size}, {scene.overlay.color}; "
                f"product scale {scene.product.scale:g} {scene.product.position}; background: {scene.background_prompt}"
            )
        lines.append(line)
    lines.append("Product image: " + ("yes." if project.product_asset else "none yet."))
    if backgrounds:
        lines.append(f"Made for (presets): {', '.join(project.presets)}.")
    return "\n".join(lines)


def _plan(project: AdProject) -> PlanPart:
    return PlanPart(describe_project(project), project_id=project.project_id, version=project.version)


_LABELS = {
    "duration_sec": "length",
    "font_size": "text size",
    "background_prompt": "background",
    "visual_style": "look",
    "music_mood": "music",
    "scale": "size",
    "after_scene_id": "after",
    "prompt_additions": "adding",
    "style": "shown as",
}


def _value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "shown" if value else "hidden"
    if key == "duration_sec":
        return f"{value:g} s"
    if key in ("scale", "volume"):
        return f"{value:.0%}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        if key == "color":
            return _named_colour(value)
        if key in ("text", "tagline", "name", "background_prompt"):
            return "“" + value.replace("\n", " / ") + "”"  # a text's two lines, on one line as in the plan
        return value
    return f"{value:g}" if isinstance(value, float) else str(value)


def _named_colour(hex_value: str) -> str:
    """ "red (#FF0000)": the confirmation names the colour the marketer asked for, when a colour
    name has exactly this value, and keeps the value."""
    from adgen.agent.understanding.values import COLOR_NAMES

    name = next((n for n, v in COLOR_NAMES.items() if v.upper() == hex_value.upper()), None)
    return f"{name} ({hex_value})" if name else hex_value


def _fields(op: Any) -> str:
    data = op.model_dump(exclude_none=True, exclude={"operation", "scene_id"})
    return ", ".join(
        _value(k, v) if k == "visible" else f"{_LABELS.get(k, k.replace('_', ' '))} {_value(k, v)}"
        for k, v in data.items()
    )


def describe_voice_operation(op: Any, before: AdProject, after: AdProject, where: str) -> str:
    """What a voice-over, voice or captions edit did (issue 19), including a scene it lengthened."""
    if isinstance(op, ops.UpdateCaptions):
        if not after.captions.enabled:
            return "Captions off (the subtitle files still come with each video)"
        style = "word-by-word highlight" if after.captions.style == "word" else "line"
        return f"Captions on, {style} style"
    if isinstance(op, ops.UpdateVoice):
        if op.enabled is False:
            return "Turned the voice-over off (music only)"
        parts = [
            f"{k} {v:g}" if isinstance(v, float) else f"{k} {v}"
            for k, v in op.model_dump(exclude_none=True, exclude={"operation", "enabled"}).items()
        ]
        said = "Changed the voice: " + ", ".join(parts) if parts else "Turned the voice-over on"
        if after.captions.enabled and not before.captions.enabled:
            said += ", with captions"
        return said
    if op.text is not None:
        said = f"The voice-over of {where} now says “{op.text}”"
    else:
        said = f"{'Voice-over back in' if op.enabled else 'No voice-over in'} {where}"
    old, new = before.scene(op.scene_id).duration_sec, after.scene(op.scene_id).duration_sec
    if new != old:
        said += f"; {where} is now {new:g} s (was {old:g} s) so the line fits at a natural pace"
    if after.voice.enabled and not before.voice.enabled:
        said += "; the voice-over is on" + (" with captions" if after.captions.enabled else "")
    return said


def describe_operation(op: Any, before: AdProject, after: AdProject) -> str:
    """One sentence naming what an applied operation changed."""
    where = scene_label(before, op.scene_id) if getattr(op, "scene_id", None) else ""
    match op:
        case ops.RegenerateScene():
            extra = f" with “{op.prompt_additions}”" if op.prompt_additions else ""
            return f"Regenerated the background of {where}{extra}"
        case ops.UpdateScene():
            return f"Changed {where}: {_fields(op)}"
        case ops.UpdateOverlay():
            return f"Changed the text of {where}: {_fields(op)}"
        case ops.UpdateStyle():
            return f"Changed the style: {_fields(op)}"
        case ops.UpdateBrand() if op.tagline == "" and not op.model_dump(
            exclude_none=True, exclude={"operation", "tagline"}
        ):
            return "Removed the brand's tagline"  # "no tagline please" (round 29 j)
        case ops.UpdateBrand():
            return f"Changed the brand: {_fields(op)}{_font_note(op.font)}"
        case ops.SetDuration():
            return f"Set the ad to {op.duration_sec:g} s (scene lengths rescaled)"
        case ops.AddScene():
            new_id = next(s.id for s in after.scenes if s.id not in {x.id for x in before.scenes})
            return f"Added a {op.role.replace('_', ' ')} scene as {scene_label(after, new_id)}"
        case ops.RemoveScene():
            return f"Removed {where}"
        case ops.ReorderScenes():
            return "Reordered the scenes: " + ", ".join(f"{s.id} ({s.role})" for s in after.scenes)
        case ops.ReplaceProduct():
            return "Replaced the product image"
        case ops.UpdateProduct():
            target = where or "every scene"
            return f"Changed the product in {target}: {_fields(op)}"
        case ops.UpdateAudio():
            return f"Changed the music: {_fields(op)}"
        case ops.UpdateVoiceover() | ops.UpdateVoice() | ops.UpdateCaptions():
            return describe_voice_operation(op, before, after, where)
        case ops.SetPresets() | ops.AddPresets() | ops.RemovePresets():
            return describe_presets(op, before, after)
        case ops.Undo():
            return "Undid the last change"
        case ops.Redo():
            return "Redid the change the last undo took back"
        case ops.ApplyBrandKit():
            name, version = (op.kit or {}).get("name"), (op.kit or {}).get("version")
            what = f"brand kit “{name}” version {version}" if name else "the brand kit"
            mark = "; the logo also in a corner" if after.brand_kit and after.brand_kit.corner_mark else ""
            return f"Applied {what} (colours, fonts, call to action, logo on the end card{mark})"
    return f"Applied {op.operation}"


def _font_note(font: str | None) -> str:
    """Said when the brand font is a family this machine does not have: the videos are drawn
    with the default type until its file is sent, and the confirmation must not hide that."""
    if not font:
        return ""
    from adgen.brand.fonts import installed_families
    from adgen.pipeline.services.overlay import resolve_font

    if resolve_font(font) is not None:
        return ""
    close = difflib.get_close_matches(font, installed_families(), n=2, cutoff=0.6)
    hint = f" (installed and close: {', '.join(close)})" if close else ""
    return (
        f"; “{font}” is not installed here, so the videos use the default font until you send its "
        f"TTF or OTF file{hint}"
    )


def _names(ids: list[str]) -> str:
    try:
        table = presets_from_settings()
        names = [f"{table[i].name} ({table[i].width}x{table[i].height})" for i in ids]
    except PresetError:
        names = list(ids)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def describe_presets(op: Any, before: AdProject, after: AdProject) -> str:
    """What a preset operation changed: the platforms added or dropped, and what the ad is now for."""
    added = [p for p in after.presets if p not in before.presets]
    dropped = [p for p in before.presets if p not in after.presets]
    parts = []
    if added:
        parts.append(f"Added {_names(added)}")
    if dropped:
        parts.append(f"dropped {_names(dropped)}" if added else f"Dropped {_names(dropped)}")
    head = ", ".join(parts) or "Kept the platforms"
    return f"{head}: the ad is now made for {_names(after.presets)}"


def preflight_part(project: AdProject) -> PreflightPart | None:
    """The project's pre-flight table, when its last final render was checked."""
    summary = summary_of(project.preflight)
    if not summary:
        return None
    return PreflightPart(
        "\n".join(summary_lines(summary)),
        project_id=project.project_id,
        version=project.version,
        status=str(summary.get("status", "skip")),
        summary=summary,
    )


class BriefArgs(BaseModel):
    """The create_project tool's arguments: what the planner needs from a request."""

    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, populate_by_name=True)

    text: str = Field(min_length=1, max_length=4000, description="the marketer's request, as they said it")
    brand_name: str | None = Field(default=None, max_length=80)
    colors: list[HexColor] = Field(default_factory=list, max_length=8, description="brand colours as #RRGGBB")
    duration_sec: float | None = Field(default=None, ge=5, le=120)
    mood: str | None = Field(default=None, max_length=80)
    audience: str | None = Field(default=None, max_length=200)
    product: str | None = Field(default=None, max_length=200, description="what is advertised")
    tagline: str | None = Field(default=None, max_length=200)
    cta_text: str | None = Field(default=None, max_length=200, description="words of the call to action")
    scene_roles: list[SceneRole] | None = Field(
        default=None, max_length=12, description="the scenes the brief lists, in its order"
    )
    scene_count: int | None = Field(
        default=None, ge=3, le=12, description="how many scenes the brief asks for"
    )

    def to_brief(self) -> Brief:
        return Brief(**self.model_dump(by_alias=False))


def planner_for(settings: Settings) -> Any:
    """The planner of new ads: the OpenAI one with an LLM key (it falls back to the rules), else the rules."""
    if settings.llm_enabled:
        from adgen.pipeline.services.planner.openai import OpenAIPlanner

        return OpenAIPlanner(settings)
    from adgen.pipeline.services.planner.local import LocalPlanner

    return LocalPlanner()


def default_brand_kit(ctx: AgentContext) -> Any:
    """The owner's default brand kit (None without one); a new ad is made with it."""
    from adgen.brand.library import BrandLibrary

    try:
        return BrandLibrary.from_settings(ctx.settings, media=ctx.media).default_kit(ctx.owner)
    except Exception:  # noqa: BLE001 - an unreadable kit store must not stop a new ad
        log.warning("the brand kit store could not be read; planning without a kit", exc_info=True)
        return None


# Edits that only set values: one that sets every value to what it already is changes nothing.
_SETTING_OPS = (ops.UpdateOverlay, ops.UpdateScene, ops.UpdateProduct, ops.UpdateAudio, ops.UpdateStyle)


def _sets_nothing(project: AdProject, op: Any) -> bool:
    """``op`` leaves the document as it is ("all the text white" when it already is white): no new
    version, no render, and the marketer is told so instead of "Changed …"."""
    try:
        after = apply_operation(project, op).project
    except EditError:
        return False  # refused: the caller's apply says why
    skip = {"version", "history"}
    return after.model_dump(exclude=skip) == project.model_dump(exclude=skip)


def _already_so(op: Any, project: AdProject) -> str:
    """ "Nothing changed: the text of scene 1 (hook, scene_1) already has color white (#FFFFFF)"."""
    said = describe_operation(op, project, project)
    subject, _, values = said.removeprefix("Changed ").partition(": ")
    if said.startswith("Changed ") and values:
        return f"Nothing changed: {subject} already has {values} (still v{project.version})."
    return f"Nothing changed: that is already so (still v{project.version})."


class ProjectActions:
    """The actions of one conversation, acting for ``ctx.owner`` on their projects."""

    def __init__(self, ctx: AgentContext) -> None:
        self.ctx = ctx

    # --- reading -------------------------------------------------------------------------------
    def load(self, project_id: str, version: int | None = None) -> AdProject:
        try:
            return self.ctx.projects.get(project_id, owner=self.ctx.owner, version=version)
        except StoreError as exc:
            raise ActionError(str(exc)) from exc

    def current(self, turn: Turn) -> AdProject:
        if not turn.project_id:
            raise ActionError("There is no ad yet: describe the ad you want first (a brief).")
        return self.load(turn.project_id)

    # --- creating ------------------------------------------------------------------------------
    async def create_project(self, turn: Turn, brief: Brief) -> str:
        """Plan a new ad from a brief (with this turn's attached image as the product) and store it."""
        asset = ProductAsset.model_validate(turn.attachments[-1]) if turn.attachments else None
        planner = self._planner()
        kit = default_brand_kit(self.ctx)
        said = brief
        if kit is not None:
            brief = brief_with_kit(brief, kit)
        try:
            project = await asyncio.to_thread(planner.plan, brief, owner=self.ctx.owner, product_asset=asset)
        except ValueError as exc:  # PlanError: a duration or colour the planner can't use
            raise ActionError(str(exc)) from exc
        if kit is not None:
            project = project_with_kit(project, kit, said)
        try:
            project = self.ctx.projects.create(project)
        except StoreError as exc:
            raise ActionError(str(exc)) from exc
        turn.project_id = project.project_id
        turn.touch(project.project_id)
        self._queue_auto_render(turn, project)
        return turn.say(NotePart("Planned a new ad."), _plan(project))

    def _planner(self) -> Any:
        return planner_for(self.ctx.settings)

    # --- editing -------------------------------------------------------------------------------
    def dry_run(self, turn: Turn, operations: list[Any], project: AdProject | None = None) -> None:
        """Apply ``operations`` in memory only; raises ActionError if any would be refused.

        Lets a message with several requests be applied entirely or not at all. ``project`` is
        the current project when the caller has just loaded it.
        """
        needs_project = [op for op in operations if not isinstance(op, ops.Render)]
        if not needs_project:
            return
        if project is None or project.project_id != turn.project_id:
            project = self.current(turn)
        versions = {project.version: project}

        def load_version(n: int) -> AdProject:
            return versions[n] if n in versions else self.load(project.project_id, n)

        for op in needs_project:
            try:
                result = apply_operation(project, op, load_version=load_version)
            except EditError as exc:
                raise ActionError(str(exc)) from exc
            if result.changed and not result.is_new_project:
                project = result.project
                versions[project.version] = project

    def apply(self, turn: Turn, op: Any) -> str:
        """Apply one edit operation to the current project and store the new version."""
        if isinstance(op, ops.Render):
            return self.request_render(turn, quality=op.quality, aspects=op.aspects)
        before = self.current(turn)
        group = (
            turn.groups.setdefault(before.project_id, f"{turn.request}@v{before.version}")
            if turn.request
            else None
        )
        if isinstance(op, _SETTING_OPS) and _sets_nothing(before, op):
            turn.unchanged.append(op.to_wire())
            return turn.say(NotePart(_already_so(op, before)))
        result = self._apply_and_store(before, op, group)
        after = result.project
        turn.operations.append(op.to_wire())
        turn.touch(after.project_id)
        if isinstance(op, ops.CreateVariation):
            turn.project_id = after.project_id
            self._queue_auto_render(turn, after)
            changes = (
                "; ".join(describe_operation(sub, before, after) for sub in op.operations) or "no changes yet"
            )
            note = (
                f"Made variation “{op.label}” ({after.project_id}) of {before.project_id}: {changes}. "
                f"Further edits go to {after.project_id}."
            )
        else:
            self._queue_auto_render(turn, after)
            note = f"{describe_operation(op, before, after)} (now v{after.version})."
        return turn.say(NotePart(note))

    def _apply_and_store(self, project: AdProject, op: Any, group: str | None = None) -> EditResult:
        """apply_operation + store; on a version conflict reload and apply once more."""
        for attempt in (1, 2):
            pid = project.project_id
            try:
                result = apply_operation(
                    project, op, load_version=lambda n, pid=pid: self.load(pid, n), group=group
                )
            except EditError as exc:
                raise ActionError(str(exc)) from exc
            try:
                if result.is_new_project:
                    result.project = self._create_with_versions(result)
                elif result.changed:
                    result.project = self.ctx.projects.save(result.project, expected_version=project.version)
                return result
            except VersionConflict as exc:
                if attempt == 2:
                    raise ActionError(str(exc)) from exc
                project = self.load(pid)
            except StoreError as exc:
                raise ActionError(str(exc)) from exc
        raise AssertionError("unreachable")

    def _create_with_versions(self, result: EditResult) -> AdProject:
        """Store a new project (a variation) with every version it went through, so undo works on it."""
        versions = [*result.earlier_versions, result.project]
        stored = self.ctx.projects.create(versions[0])
        for later in versions[1:]:
            stored = self.ctx.projects.save(later, expected_version=stored.version)
        return stored

    def replace_product(self, turn: Turn) -> str:
        """Put this turn's attached image into the ad as the product."""
        if not turn.attachments:
            raise ActionError("Attach the new product image to your message, then ask again.")
        asset = ProductAsset.model_validate(turn.attachments[-1])
        return self.apply(turn, ops.ReplaceProduct(asset=asset))

    def open_project(self, turn: Turn, project_id: str) -> str:
        project = self.load(project_id)
        turn.project_id = project.project_id
        note = f"Now working on {project.project_id}, version {project.version}. Further edits go to it."
        return turn.say(NotePart(note), _plan(project))

    # --- rendering -----------------------------------------------------------------------------
    def _queue_auto_render(self, turn: Turn, project: AdProject) -> None:
        if self.ctx.auto_render:
            previous = turn.renders.get(project.project_id, {})
            quality = previous.get("quality", "draft")
            turn.renders[project.project_id] = {"version": project.version, "quality": quality}

    def request_render(
        self, turn: Turn, *, quality: str | None = None, aspects: list[str] | None = None
    ) -> str:
        project = self.current(turn)
        quality = quality or self.ctx.settings.render_quality or "draft"
        if quality not in ("draft", "final"):
            quality = "draft"
        op = ops.Render(aspects=aspects, quality=quality)  # type: ignore[arg-type]
        turn.operations.append(op.to_wire())
        turn.renders[project.project_id] = {"version": project.version, "quality": quality}
        return turn.say(
            NotePart(f"I'll render {project.project_id} v{project.version} at {quality} quality.")
        )

    def estimate_usd(self, turn: Turn) -> float:
        """What the pending renders may cost on the cloud providers (0 when they are off).

        An upper bound from the providers' own price estimates: a new background for every
        scene in every aspect and new music, as if nothing were cached.
        """
        if not self.ctx.settings.replicate_enabled:
            return 0.0
        from adgen.pipeline.services.audio.replicate import ReplicateMusicEngine
        from adgen.pipeline.services.video.replicate import ReplicateVideoGenerator
        from adgen.pipeline.types import MusicRequest

        per_clip = ReplicateVideoGenerator(self.ctx.settings).estimate_usd()
        music = ReplicateMusicEngine(self.ctx.settings)
        total = 0.0
        for pid, render in turn.renders.items():
            project = self.load(pid, render["version"])
            clips = len(project.scenes) * len(project.aspect_ratios)
            total += clips * per_clip + music.estimate_usd(
                MusicRequest(mood=project.audio.mood, duration_sec=project.duration_sec, seed=project.seed)
            )
        return round(total, 2)

    def needs_confirmation(self, turn: Turn) -> bool:
        if not self.ctx.rendering:
            return False
        return bool(turn.renders) and self.estimate_usd(turn) > self.ctx.settings.confirm_cost_usd

    def confirmation_question(self, turn: Turn) -> str:
        names = ", ".join(f"{pid} v{r['version']} ({r['quality']})" for pid, r in turn.renders.items())
        return (
            f"Rendering {names} uses the cloud video and music services and may cost up to "
            f"${self.estimate_usd(turn):.2f}. Shall I go ahead? (yes / no)"
        )

    def start_renders(self, turn: Turn) -> str:
        """Start every pending render; returns the sentence that says so."""
        if not self.ctx.rendering:
            turn.renders = {}
            return ""
        started, failed = [], []
        for pid, render in list(turn.renders.items()):
            try:
                render_id = self.ctx.renders.start_render(
                    pid, render["version"], owner=self.ctx.owner, quality=render["quality"]
                )
            except Exception as exc:  # the edit is saved either way; say why the video isn't coming
                log.exception("could not start the render of %s v%s", pid, render["version"])
                failed.append(f"{pid} ({exc})")
                continue
            turn.render_ids.append(str(render_id))
            started.append(f"{pid} v{render['version']} ({render['quality']})")
        turn.renders = {}
        notes = []
        if started:
            notes.append(f"Rendering {', '.join(started)} now; progress will follow here.")
        if failed:
            notes.append(
                f"I couldn't start the render of {', '.join(failed)}; try “render” again in a moment."
            )
        return turn.say(NotePart(" ".join(notes))) if notes else ""

    def decline_renders(self, turn: Turn) -> str:
        turn.renders = {}
        return turn.say(NotePart("OK, I won't render it. Say “render” when you want the video."))

    def cancel_render(self, turn: Turn) -> str:
        project = self.current(turn)
        cancelled = self.ctx.renders.cancel(project.project_id)
        note = (
            f"Cancelled the render of {project.project_id}."
            if cancelled
            else f"Nothing is rendering for {project.project_id}."
        )
        return turn.say(NotePart(note))

    # --- looking -------------------------------------------------------------------------------
    def status(self, turn: Turn) -> str:
        """Where the current project's render stands, and its videos when there are some."""
        project = self.current(turn)
        rs = project.render_status
        words = f"{project.project_id} v{project.version}: render {rs.state}"
        if rs.state in ("queued", "rendering"):
            words = self._live_status(project, words)
        if rs.error:
            words += f" ({rs.error})"
        parts: list[ReplyPart] = [
            ReportPart(
                words + ".",
                project_id=project.project_id,
                version=project.version,
                state=rs.state,
                progress=rs.progress,
                error=rs.error,
            )
        ]
        if project.aspect_exports:
            videos = ", ".join(f"{a} {u}" for a, u in project.aspect_exports.items())
            parts.append(
                ExportsPart(
                    f"Videos: {videos}.",
                    project_id=project.project_id,
                    version=project.version,
                    exports=dict(project.aspect_exports),
                )
            )
        checked = preflight_part(project)
        if checked is not None:
            parts.append(checked)
        return turn.say(*parts, sep=" ")

    def _live_status(self, project: AdProject, words: str) -> str:
        """A render on its way, as its events tell it (the document hears only of its end), or
        why they cannot be read (the render queue is unreachable)."""
        from adgen.jobs.queue import RenderQueueError

        rs = project.render_status
        try:
            live = self.ctx.renders.status(project.project_id)
        except RenderQueueError as exc:
            return f"{words}, {rs.progress:.0%} done when last heard of; {exc}"
        if live is not None and live.version == project.version and not live.terminal:
            state = "queued" if live.state == "queued" else "rendering"
            return f"{project.project_id} v{project.version}: render {state}, {live.fraction:.0%} done"
        return f"{words}, {rs.progress:.0%} done"

    def list_projects(self, turn: Turn) -> str:
        summaries = self.ctx.projects.list_projects(self.ctx.owner)
        listed = [s.model_dump(by_alias=True, mode="json") for s in summaries]
        if not summaries:
            note = "You have no ads yet."
        else:
            lines = []
            for s in summaries[:20]:
                label = f" (variation “{s.label}” of {s.parent_project_id})" if s.is_variation else ""
                lines.append(
                    f"- {s.project_id} v{s.version}: {s.brand_name or s.brief[:40]}{label}, "
                    f"{s.duration_sec:g} s, {s.render_state}"
                )
            note = f"Your ads ({len(summaries)}):\n" + "\n".join(lines)
        return turn.say(ProjectsPart(note, projects=listed))


# --- the tools as the model sees them ---------------------------------------------------------

_OPERATION_TOOLS: dict[str, tuple[type[BaseModel], str]] = {
    "regenerate_scene": (
        ops.RegenerateScene,
        "Make a new background for one scene, optionally adding to its prompt.",
    ),
    "update_scene": (ops.UpdateScene, "Change one scene's background prompt or its length in seconds."),
    "update_overlay": (
        ops.UpdateOverlay,
        "Change one scene's on-screen text: words (exactly as given), position, font size, colour.",
    ),
    "update_style": (
        ops.UpdateStyle,
        "Change the look of the whole ad: mood, palette, lighting, visual style, music mood.",
    ),
    "update_brand": (ops.UpdateBrand, "Change the brand: name, colours, font, tagline."),
    "set_duration": (ops.SetDuration, "Set the total length of the ad in seconds; scenes are rescaled."),
    "add_scene": (
        ops.AddScene,
        "Add a scene of a role, optionally after a given scene, with its own text and background.",
    ),
    "remove_scene": (ops.RemoveScene, "Remove one scene."),
    "reorder_scenes": (ops.ReorderScenes, "Put the scenes in a new order (list of scene ids)."),
    "update_product": (
        ops.UpdateProduct,
        "Show, hide, resize or move the product in one scene (or every scene without sceneId).",
    ),
    "update_audio": (ops.UpdateAudio, "Change the music's mood or volume (0..1)."),
    "set_presets": (
        ops.SetPresets,
        "Choose the platforms the ad is made for, replacing the current ones (“I only need the square "
        "one”). Presets: tiktok, reels, stories, shorts, meta_feed (4:5 feed), square_feed, youtube "
        "(16:9); names like “TikTok”, “4:5”, “feed”, “square” work too.",
    ),
    "add_presets": (
        ops.AddPresets,
        "Add platforms the ad is made for, keeping the others (“add 4:5 for the feed”, “make a TikTok "
        "and a Reels version”). Same preset names as set_presets.",
    ),
    "remove_presets": (
        ops.RemovePresets,
        "Stop making the ad for some platforms (“drop YouTube”); at least one stays.",
    ),
    "update_voiceover": (
        ops.UpdateVoiceover,
        "Set one scene's voice-over line (exact words; turns the voice on) or turn that scene's voice-over "
        "off/on (enabled). A line too long for its scene lengthens the scene.",
    ),
    "update_voice": (
        ops.UpdateVoice,
        "The ad's voice: on/off, voice name, pace (rate, 1.0 natural, slower 0.85) and pitch (deeper 0.85).",
    ),
    "update_captions": (
        ops.UpdateCaptions,
        "Burned-in captions of the voice-over: on/off and style ('line', or 'word' for word-by-word highlight).",
    ),
    "undo": (ops.Undo, "Undo the last change to the ad (everything one request changed, as one step)."),
    "redo": (ops.Redo, "Bring back what the last undo took away."),
    "create_variation": (
        ops.CreateVariation,
        "Make an A/B variation: a new ad copied from the current one with these operations applied.",
    ),
}

_OTHER_TOOLS: dict[str, str] = {
    "create_project": "Plan a new ad from the marketer's brief. An image attached to the message becomes the product.",
    "replace_product": "Use the image attached to the current message as the ad's product.",
    "render": "Render the current ad (draft is quick; final is full size).",
    "status": "Report the current ad's render status and its video links.",
    "list_projects": "List the marketer's ads.",
    "open_project": "Switch the conversation to another of the marketer's ads by its id.",
    "answer_question": "Answer a question about the current ad from its document (changes nothing).",
    "resolve_reference": "Which scenes some words name ('the hook', 'scene 2', 'the last one').",
    "cancel_render": "Stop the current ad's render.",
}


def _parameters(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(by_alias=True)
    schema.pop("title", None)
    schema.pop("description", None)
    schema.get("properties", {}).pop("operation", None)
    if "required" in schema:
        schema["required"] = [r for r in schema["required"] if r != "operation"] or []
        if not schema["required"]:
            schema.pop("required")
    schema.setdefault("properties", {})
    schema["type"] = "object"
    return schema


def _function(name: str, description: str, parameters: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": parameters},
    }


def tool_specs() -> list[dict[str, Any]]:
    """The tools in OpenAI's function-calling format, their arguments taken from the models."""
    specs = [_function(n, d, _parameters(m)) for n, (m, d) in _OPERATION_TOOLS.items()]
    empty = {"type": "object", "properties": {}}
    specs.append(_function("create_project", _OTHER_TOOLS["create_project"], _parameters(BriefArgs)))
    for name in ("replace_product", "status", "list_projects", "cancel_render"):
        specs.append(_function(name, _OTHER_TOOLS[name], dict(empty)))
    specs.append(_function("render", _OTHER_TOOLS["render"], _parameters(ops.Render)))
    specs.append(
        _function(
            "open_project",
            _OTHER_TOOLS["open_project"],
            {"type": "object", "properties": {"projectId": {"type": "string"}}, "required": ["projectId"]},
        )
    )
    for name, arg in (("answer_question", "question"), ("resolve_reference", "words")):
        specs.append(
            _function(
                name,
                _OTHER_TOOLS[name],
                {"type": "object", "properties": {arg: {"type": "string"}}, "required": [arg]},
            )
        )
    return specs


TOOL_NAMES = tuple(spec["function"]["name"] for spec in tool_specs())


def _invalid(exc: ValidationError) -> ActionError:
    parts = []
    for err in exc.errors()[:4]:
        where = ".".join(str(p) for p in err.get("loc", ()) if not isinstance(p, int))
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", "invalid"))
    return ActionError("Invalid arguments: " + "; ".join(parts))


async def run_tool_call(actions: ProjectActions, turn: Turn, name: str, args: dict[str, Any]) -> str:
    """Run one tool the model called; invalid arguments and refusals raise ActionError."""
    if not isinstance(args, dict):
        raise ActionError("The arguments must be a JSON object.")
    if name in _OPERATION_TOOLS:
        try:
            op = ops.parse_operation({**args, "operation": name})
        except ValidationError as exc:
            raise _invalid(exc) from exc
        return actions.apply(turn, op)
    if name == "create_project":
        try:
            brief = BriefArgs.model_validate(args).to_brief()
        except ValidationError as exc:
            raise _invalid(exc) from exc
        return await actions.create_project(turn, brief)
    if name == "render":
        try:
            op = ops.parse_operation({**args, "operation": "render"})
        except ValidationError as exc:
            raise _invalid(exc) from exc
        return actions.request_render(turn, quality=op.quality, aspects=op.aspects)
    if name == "replace_product":
        return actions.replace_product(turn)
    if name == "status":
        return actions.status(turn)
    if name == "list_projects":
        return actions.list_projects(turn)
    if name == "cancel_render":
        return actions.cancel_render(turn)
    if name in ("answer_question", "resolve_reference"):
        return _read_only_tool(actions, turn, name, args)
    if name == "open_project":
        project_id = args.get("projectId") or args.get("project_id")
        if not isinstance(project_id, str) or not project_id:
            raise ActionError("Invalid arguments: projectId is required.")
        return actions.open_project(turn, project_id)
    raise ActionError(f"There is no tool {name!r}. The tools are: {', '.join(TOOL_NAMES)}.")


def _read_only_tool(actions: ProjectActions, turn: Turn, name: str, args: dict[str, Any]) -> str:
    """The same answers and scene references the offline path gives (adgen.agent.answers), for
    the model to read: they record no reply part, the model answers the marketer in its words."""
    from adgen.agent.answers import answer_question, resolve_reference

    words = args.get("question") or args.get("words")
    if not isinstance(words, str) or not words.strip():
        raise ActionError("Invalid arguments: give the question or the words as a string.")
    project = actions.current(turn) if turn.project_id else None
    if name == "answer_question":
        return answer_question(words, project).text
    return resolve_reference(words, project)


__all__ = [
    "BriefArgs",
    "ActionError",
    "ProjectActions",
    "TOOL_NAMES",
    "Turn",
    "describe_operation",
    "describe_project",
    "planner_for",
    "describe_presets",
    "preflight_part",
    "run_tool_call",
    "tool_specs",
]
