"""Apply one edit operation to a project: a pure function from (project, operation) to project.

The input project is never mutated. Every applied content operation yields version + 1 and a
history entry. What an edit makes the next render re-do is not decided here: the render
compares each stage's content key with what is stored (:mod:`adgen.pipeline.keys`), which covers
every operation, ``undo`` and variations included, with no second rule to keep in step.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from adgen.platforms.presets import Preset, PresetError, PresetTable, presets_from_settings
from adgen.project import (
    AD_MAX_SEC,
    AD_MIN_SEC,
    EXPORT_ASPECTS,
    SCENE_MAX_SEC,
    SCENE_MIN_SEC,
    AdProject,
    Variation,
    new_project_id,
    utc_now,
)
from adgen.tools import operations as ops
from adgen.tools.wording import invalid_value_sentence
from adgen.voice.script import estimate_seconds, scene_duration_for, speech_budget

ROLE_DEFAULT_TEXT = {
    "hook": "Stop scrolling",
    "problem": "Tired of the same old?",
    "showcase": "See it in action",
    "social_proof": "Loved by thousands",
    "cta": "Shop now",
}


class EditError(ValueError):
    """An operation that cannot be applied; the message is written for the marketer."""


@dataclass
class EditResult:
    """The document after an operation; ``changed`` is False for ``render`` (nothing to store)
    and ``is_new_project`` True for a variation (stored as a new project, not a new version)."""

    project: AdProject
    changed: bool = True
    is_new_project: bool = False
    # A new project's versions before ``project`` (a variation's copy, then one per operation),
    # oldest first: stored too, so undo inside a fresh variation finds them.
    earlier_versions: list[AdProject] = field(default_factory=list)


VersionLoader = Callable[[int], AdProject]


def apply_operation(
    project: AdProject,
    operation: Any,
    *,
    load_version: VersionLoader | None = None,
    at: str | None = None,
    group: str | None = None,
) -> EditResult:
    """Apply ``operation`` to ``project`` and return the new document.

    ``load_version(n)`` returns version n of this project; only ``undo`` and ``redo`` need it
    (the store passes its own getter). ``group`` names the request the operation belongs to:
    consecutive entries of one group are undone and redone as one step. ``render`` changes
    nothing here: rendering is the pipeline's job. Raises :class:`EditError` for anything
    invalid, leaving the input untouched.
    """
    if isinstance(operation, dict):
        try:
            operation = ops.parse_operation(operation)
        except ValidationError as exc:
            raise EditError(_friendly(exc)) from exc
    at = at or utc_now()
    if isinstance(operation, ops.Render):
        return EditResult(project=project, changed=False)
    if isinstance(operation, ops.CreateVariation):
        return _create_variation(project, operation, at, group)
    if isinstance(operation, ops.Undo):
        after = _restore(project, undo_target_version(project), load_version)
    elif isinstance(operation, ops.Redo):
        after = _restore(project, redo_target_version(project), load_version)
    else:
        data = project.model_dump()
        _APPLIERS[type(operation)](data, operation)
        after = _validated(data)
    after = _with_history(after, project, operation, at, group)
    return EditResult(project=after)


def _with_history(
    after: AdProject, before: AdProject, operation: Any, at: str, group: str | None = None
) -> AdProject:
    data = after.model_dump()
    data["version"] = before.version + 1
    data["history"] = [h.model_dump() for h in before.history] + [
        {"version": before.version + 1, "operation": operation.to_wire(), "at": at, "group": group}
    ]
    data["render_status"] = {"state": "draft", "progress": 0.0, "stages": {}, "error": None}
    return _validated(data)


def _validated(data: dict[str, Any]) -> AdProject:
    try:
        return AdProject.model_validate(data)
    except ValidationError as exc:
        raise EditError(_friendly(exc)) from exc


def _friendly(exc: ValidationError) -> str:
    """A refused document as the marketer reads it: one sentence, no field names."""
    return "That change can't be made: " + invalid_value_sentence(exc)


# --- durations --------------------------------------------------------------------------


def _round_durations(durations: list[float], total: float) -> list[float]:
    """Round to centiseconds and put the rounding error on the longest scene, so sums match."""
    rounded = [round(d, 2) for d in durations]
    drift = round(total - sum(rounded), 2)
    longest = max(range(len(rounded)), key=lambda i: rounded[i])
    rounded[longest] = round(rounded[longest] + drift, 2)
    return rounded


def _scale_to_total(scenes: list[dict[str, Any]], total: float, keep: set[int] | None = None) -> None:
    """Scale the durations of the scenes not in ``keep`` so all scenes sum to ``total``."""
    keep = keep or set()
    fixed = sum(s["duration_sec"] for i, s in enumerate(scenes) if i in keep)
    flexible = [i for i in range(len(scenes)) if i not in keep]
    room = total - fixed
    current = sum(scenes[i]["duration_sec"] for i in flexible)
    if not flexible or current <= 0:
        raise EditError("There is no other scene to take up the time; change the ad's total instead.")
    factor = room / current
    new = [s["duration_sec"] * (factor if i in flexible else 1.0) for i, s in enumerate(scenes)]
    new = _round_durations(new, total)
    for i in flexible:
        if not SCENE_MIN_SEC <= new[i] <= SCENE_MAX_SEC:
            raise EditError(
                f"That would make scenes {new[i]:.2f}s long; each scene must be "
                f"{SCENE_MIN_SEC:g}–{SCENE_MAX_SEC:g}s."
            )
    for s, d in zip(scenes, new, strict=True):
        s["duration_sec"] = d


# --- operation appliers (each mutates the dump it is given) ---------------------------------


def _scene_index(data: dict[str, Any], scene_id: str | None) -> int:
    for i, s in enumerate(data["scenes"]):
        if s["id"] == scene_id:
            return i
    names = ", ".join(f"{s['id']} ({s['role']})" for s in data["scenes"])
    raise EditError(f"There is no scene {scene_id!r} in this ad. Its scenes are: {names}.")


def _regenerate_scene(data: dict[str, Any], op: ops.RegenerateScene) -> None:
    scene = data["scenes"][_scene_index(data, op.scene_id)]
    extra = op.prompt_additions.strip()
    if extra:
        prompt = f"{scene['background_prompt']}, {extra}"
        if len(prompt) > 1000:
            raise EditError("The background description is getting too long; rewrite it instead.")
        scene["background_prompt"] = prompt
    scene["seed"] += 1


def _update_scene(data: dict[str, Any], op: ops.UpdateScene) -> None:
    i = _scene_index(data, op.scene_id)
    if op.background_prompt is None and op.duration_sec is None:
        raise EditError("Say what to change in the scene: its background or its length.")
    scene = data["scenes"][i]
    if op.background_prompt is not None:
        scene["background_prompt"] = op.background_prompt.strip()
    if op.duration_sec is not None:
        # The ad's total follows the resized scene, so the other scenes keep their timing.
        scene["duration_sec"] = round(op.duration_sec, 2)
        total = round(sum(s["duration_sec"] for s in data["scenes"]), 2)
        if not AD_MIN_SEC <= total <= AD_MAX_SEC:
            raise EditError(
                f"That would make the ad {total:g}s long; an ad must be {AD_MIN_SEC:g}–{AD_MAX_SEC:g}s."
            )
        data["duration_sec"] = total


def _update_overlay(data: dict[str, Any], op: ops.UpdateOverlay) -> None:
    overlay = data["scenes"][_scene_index(data, op.scene_id)]["overlay"]
    fields = op.model_dump(exclude={"operation", "scene_id"}, exclude_none=True)
    if not fields:
        raise EditError("Say what to change in the text: the words, position, size or colour.")
    if "text" in fields:
        if not fields["text"].strip():
            raise EditError("The on-screen text can't be empty; give me the words to show.")
        fields["text"] = fields["text"].strip()
    overlay.update(fields)


def _update_style(data: dict[str, Any], op: ops.UpdateStyle) -> None:
    fields = op.model_dump(exclude={"operation"}, exclude_none=True)
    if not fields:
        raise EditError("Say what to change in the style: mood, palette, lighting, look or music.")
    data["style"].update(fields)
    if "music_mood" in fields:
        data["audio"]["mood"] = fields["music_mood"]


def _update_brand(data: dict[str, Any], op: ops.UpdateBrand) -> None:
    fields = op.model_dump(exclude={"operation"}, exclude_none=True)
    if not fields:
        raise EditError("Say what to change in the brand: name, colours, font or tagline.")
    data["brand"].update(fields)


def _set_duration(data: dict[str, Any], op: ops.SetDuration) -> None:
    _scale_to_total(data["scenes"], op.duration_sec)
    data["duration_sec"] = op.duration_sec


def _add_scene(data: dict[str, Any], op: ops.AddScene) -> None:
    scenes = data["scenes"]
    if len(scenes) >= 20:
        raise EditError("An ad can have at most 20 scenes.")
    if op.after_scene_id is not None:
        position = _scene_index(data, op.after_scene_id) + 1
    elif op.role == "hook":
        position = 0
    elif op.role == "cta":
        position = len(scenes)
    else:  # before a closing CTA, else at the end
        position = len(scenes) - 1 if scenes[-1]["role"] == "cta" else len(scenes)
    total = data["duration_sec"]
    length = op.duration_sec or round(total / (len(scenes) + 1), 2)
    data["scene_counter"] += 1
    template = scenes[min(position, len(scenes) - 1)]
    new_scene = {
        "id": f"scene_{data['scene_counter']}",
        "role": op.role,
        "duration_sec": length,
        "background_prompt": op.background_prompt or _role_prompt(op.role, data),
        "overlay": {**template["overlay"], "text": (op.text or ROLE_DEFAULT_TEXT[op.role]).strip()},
        "product": {"visible": op.role in ("showcase", "cta"), "scale": 0.5, "position": "center"},
        "scene_video_url": None,
        "seed": 0,
    }
    scenes.insert(position, new_scene)
    _scale_to_total(scenes, total, keep={position})


def _role_prompt(role: str, data: dict[str, Any]) -> str:
    style = data["style"]
    subject = data["brand"]["name"] or "the product"
    what = {
        "hook": f"eye-catching opening shot teasing {subject}",
        "problem": "everyday frustration, muted scene before the solution",
        "showcase": f"{subject} hero shot, clean studio backdrop",
        "social_proof": "happy customers, warm candid moment",
        "cta": f"bold closing frame for {subject}",
    }[role]
    return f"{what}, {style['mood']} mood, {style['lighting']} lighting, {style['visual_style']} style"


def _remove_scene(data: dict[str, Any], op: ops.RemoveScene) -> None:
    i = _scene_index(data, op.scene_id)
    if len(data["scenes"]) == 1:
        raise EditError("That is the last scene; an ad needs at least one.")
    total = data["duration_sec"]
    del data["scenes"][i]
    _scale_to_total(data["scenes"], total)


def _reorder_scenes(data: dict[str, Any], op: ops.ReorderScenes) -> None:
    current = [s["id"] for s in data["scenes"]]
    unknown = [sid for sid in op.order if sid not in current]
    if unknown:
        _scene_index(data, unknown[0])
    if len(op.order) != len(set(op.order)):
        raise EditError("Each scene can appear only once in the new order.")
    # Scenes not named keep their relative order after the named ones.
    rest = [sid for sid in current if sid not in op.order]
    order = list(op.order) + rest
    if order == current:
        raise EditError("The scenes are already in that order.")
    by_id = {s["id"]: s for s in data["scenes"]}
    data["scenes"] = [by_id[sid] for sid in order]


def _replace_product(data: dict[str, Any], op: ops.ReplaceProduct) -> None:
    data["product_asset"] = op.asset.model_dump()


def _update_product(data: dict[str, Any], op: ops.UpdateProduct) -> None:
    fields = op.model_dump(exclude={"operation", "scene_id", "style"}, exclude_none=True)
    if not fields and op.style is None:
        raise EditError("Say what to change about the product: show or hide it, its size or place.")
    if op.style is not None:
        if data["product_asset"] is None:
            raise EditError("There is no product image yet; send one first.")
        data["product_asset"]["style"] = op.style
    if op.scene_id is None:
        targets = data["scenes"]
    else:
        targets = [data["scenes"][_scene_index(data, op.scene_id)]]
    if data["product_asset"] is None and fields.get("visible"):
        raise EditError("There is no product image yet; send one first.")
    for scene in targets:
        scene["product"].update(fields)


def _update_audio(data: dict[str, Any], op: ops.UpdateAudio) -> None:
    fields = op.model_dump(exclude={"operation"}, exclude_none=True)
    if not fields:
        raise EditError("Say what to change about the music: its mood or volume.")
    data["audio"].update(fields)
    if "mood" in fields:
        data["style"]["music_mood"] = fields["mood"]


def _update_voiceover(data: dict[str, Any], op: ops.UpdateVoiceover) -> None:
    """A scene's line (which turns the ad's voice on) or whether the scene is spoken. A line
    too long for its scene at the voice's pace stretches the scene (the ad's total follows),
    by the estimate of :func:`adgen.voice.script.estimate_seconds`; the render checks the real
    speech again."""
    if op.text is None and op.enabled is None:
        raise EditError("Say what the voice-over should say, or whether this scene has one.")
    scene = data["scenes"][_scene_index(data, op.scene_id)]
    voiceover = scene["voiceover"] or {
        "text": "",
        "enabled": True,
        "voice": None,
        "rate": None,
        "pitch": None,
    }
    if op.text is not None:
        text = " ".join(op.text.split())
        if not text:
            raise EditError(
                "The voice-over line can't be empty; to leave the scene silent, turn its voice-over off."
            )
        voiceover["text"], voiceover["enabled"] = text, True
        _turn_voice_on(data)
    if op.enabled is not None:
        if op.enabled and not voiceover["text"].strip():
            raise EditError(f"{scene['id']} has no voice-over line yet; say what it should say.")
        voiceover["enabled"] = op.enabled
        if op.enabled:
            _turn_voice_on(data)
    scene["voiceover"] = voiceover
    if voiceover["enabled"]:
        rate = voiceover["rate"] or data["voice"]["rate"]
        needed = estimate_seconds(voiceover["text"], rate)
        if needed > speech_budget(scene["duration_sec"]):
            _update_scene(
                data, ops.UpdateScene(scene_id=scene["id"], duration_sec=scene_duration_for(needed))
            )


def _turn_voice_on(data: dict[str, Any]) -> None:
    """The ad's voice on; captions come on with it the first time (most ads are watched muted)."""
    if not data["voice"]["enabled"]:
        data["voice"]["enabled"] = True
        data["captions"]["enabled"] = True


def _update_voice(data: dict[str, Any], op: ops.UpdateVoice) -> None:
    fields = op.model_dump(exclude={"operation", "enabled"}, exclude_none=True)
    if not fields and op.enabled is None:
        raise EditError("Say what to change about the voice: on or off, which voice, its pace or pitch.")
    data["voice"].update(fields)
    if op.enabled is False:
        data["voice"]["enabled"] = False
    elif op.enabled or fields:
        if not any((s["voiceover"] or {}).get("text", "").strip() for s in data["scenes"]):
            raise EditError("This ad has no voice-over lines yet; tell me what the voice should say.")
        _turn_voice_on(data)


def _update_captions(data: dict[str, Any], op: ops.UpdateCaptions) -> None:
    fields = op.model_dump(exclude={"operation"}, exclude_none=True)
    if not fields:
        raise EditError("Say what to change about the captions: on or off, or their style.")
    data["captions"].update(fields)
    if op.enabled is None and op.style is not None:
        data["captions"]["enabled"] = True


def _apply_brand_kit(data: dict[str, Any], op: ops.ApplyBrandKit) -> None:
    from adgen.brand.edit import apply_brand_kit_to_dump

    try:
        apply_brand_kit_to_dump(data, op)
    except ValueError as exc:
        raise EditError(str(exc)) from exc


# --- platform presets ------------------------------------------------------------------------


def _preset_names(presets: list[Preset]) -> str:
    names = [p.name for p in presets]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _article(words: str) -> str:
    return ("an " if words[:1].upper() in "AEIOU" else "a ") + words


def _resolve_presets(table: PresetTable, names: list[str]) -> list[Preset]:
    """The presets a marketer named, each once; an unknown or ambiguous name is refused with
    the presets there are."""
    found: list[Preset] = []
    for name in names:
        try:
            preset = table.get(name)
        except PresetError as exc:
            if "could mean" in str(exc):
                raise EditError(f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from None
            supported = ", ".join(f"{p.name} ({p.id})" for p in table)
            raise EditError(
                f"There is no platform preset called “{name}”. adgen makes ads for: {supported}."
            ) from None
        if preset not in found:
            found.append(preset)
    return found


def _set_targets(data: dict[str, Any], table: PresetTable, presets: list[Preset]) -> None:
    """The ad's presets, and what follows from them: its aspect ratios, and the last render's
    exports and pre-flight report kept only for what it still targets."""
    ids = [p.id for p in presets]
    aspects = [a for a in dict.fromkeys(p.aspect for p in presets) if a in EXPORT_ASPECTS]
    data["presets"] = ids
    data["aspect_ratios"] = aspects or data["aspect_ratios"]
    data["aspect_exports"] = {a: u for a, u in data["aspect_exports"].items() if a in aspects}
    data["preset_exports"] = {p: u for p, u in data["preset_exports"].items() if p in ids}
    data["preflight"] = None  # it checked another set of exports; the next final render checks these


def _current_presets(data: dict[str, Any], table: PresetTable) -> list[Preset]:
    """The ad's presets as the table has them, in the ad's order."""
    order = data["presets"]
    return sorted((p for p in table if p.id in order), key=lambda p: order.index(p.id))


def _set_presets(data: dict[str, Any], op: ops.SetPresets) -> None:
    table = presets_from_settings()
    wanted = _resolve_presets(table, op.presets)
    if [p.id for p in wanted] == data["presets"]:
        raise EditError(f"The ad is already made for exactly {_preset_names(wanted)}.")
    _set_targets(data, table, wanted)


def _add_presets(data: dict[str, Any], op: ops.AddPresets) -> None:
    table = presets_from_settings()
    wanted = _resolve_presets(table, op.presets)
    new = [p for p in wanted if p.id not in data["presets"]]
    if not new:
        raise EditError(
            f"The ad already has {_article(_preset_names(wanted))} version; say “render” to make the videos."
        )
    _set_targets(data, table, _current_presets(data, table) + new)


def _remove_presets(data: dict[str, Any], op: ops.RemovePresets) -> None:
    table = presets_from_settings()
    unwanted = _resolve_presets(table, op.presets)
    current = _current_presets(data, table)
    gone = [p for p in unwanted if p in current]
    if not gone:
        raise EditError(
            f"The ad has no {_preset_names(unwanted)} version to remove; it is made for {_preset_names(current)}."
        )
    remaining = [p for p in current if p not in gone]
    if not remaining:
        raise EditError(
            f"The ad is made only for {_preset_names(current)}, and an ad needs at least one platform; "
            "say which one to make instead (for example “I only need the square one”)."
        )
    _set_targets(data, table, remaining)


_APPLIERS: dict[type, Callable[[dict[str, Any], Any], None]] = {
    ops.RegenerateScene: _regenerate_scene,
    ops.UpdateScene: _update_scene,
    ops.UpdateOverlay: _update_overlay,
    ops.UpdateStyle: _update_style,
    ops.UpdateBrand: _update_brand,
    ops.SetDuration: _set_duration,
    ops.AddScene: _add_scene,
    ops.RemoveScene: _remove_scene,
    ops.ReorderScenes: _reorder_scenes,
    ops.ReplaceProduct: _replace_product,
    ops.UpdateProduct: _update_product,
    ops.UpdateAudio: _update_audio,
    ops.UpdateVoiceover: _update_voiceover,
    ops.UpdateVoice: _update_voice,
    ops.UpdateCaptions: _update_captions,
    ops.ApplyBrandKit: _apply_brand_kit,
    ops.SetPresets: _set_presets,
    ops.AddPresets: _add_presets,
    ops.RemovePresets: _remove_presets,
}


# --- undo and variations -------------------------------------------------------------------

# Fields that carry render results or bookkeeping, not content: undo keeps the current ones.
_NOT_CONTENT = {
    "project_id",
    "version",
    "owner",
    "history",
    "render_status",
    "aspect_exports",
    "subtitle_exports",
    "preset_exports",
    "preflight",
    "cost",
    "created_at",
    "variation",
    "scene_counter",
}


@dataclass
class HistoryStep:
    """One undoable step: the versions one request made (``first`` to ``last``)."""

    group: str | None
    first: int
    last: int


def history_steps(project: AdProject) -> tuple[list[HistoryStep], list[HistoryStep]]:
    """The steps still done (oldest first) and those undone (the next to redo last).

    History is a pair of stacks: a content edit pushes onto ``done`` (joining the step on top
    when it comes from the same request, right after it) and clears ``undone``; an undo moves
    the top step from ``done`` to ``undone``; a redo moves it back.
    """
    done: list[HistoryStep] = []
    undone: list[HistoryStep] = []
    for entry in project.history:
        name = entry.operation.get("operation")
        if name == "undo":
            if done:
                undone.append(done.pop())
        elif name == "redo":
            if undone:
                done.append(undone.pop())
        else:
            top = done[-1] if done else None
            if top and entry.group and top.group == entry.group and top.last == entry.version - 1:
                top.last = entry.version
            else:
                done.append(HistoryStep(entry.group, entry.version, entry.version))
            undone.clear()
    return done, undone


def undo_target_version(project: AdProject) -> int:
    """The version whose content an ``undo`` now restores: the one before the latest step."""
    done, _ = history_steps(project)
    if not done:
        raise EditError("There is nothing to undo.")
    return done[-1].first - 1


def redo_target_version(project: AdProject) -> int:
    """The version whose content a ``redo`` now restores: the end of the latest undone step."""
    _, undone = history_steps(project)
    if not undone:
        raise EditError("There is nothing to redo: redo brings back what an undo took away.")
    return undone[-1].last


def _restore(project: AdProject, target: int, load_version: VersionLoader | None) -> AdProject:
    """The project with the content of version ``target`` (bookkeeping stays current)."""
    if load_version is None:
        raise EditError("Undo needs the project's earlier versions, which are not available here.")
    earlier = load_version(target)
    data = project.model_dump()
    restored = earlier.model_dump()
    for key, value in restored.items():
        if key not in _NOT_CONTENT:
            data[key] = copy.deepcopy(value)
    # Scene ids stay unique for the project's life even when undo brings back a removed scene.
    data["scene_counter"] = max(project.scene_counter, earlier.scene_counter)
    return _validated(data)


def _create_variation(source: AdProject, op: ops.CreateVariation, at: str, group: str | None) -> EditResult:
    data = source.model_dump()
    data.update(
        project_id=new_project_id(),
        version=1,
        history=[],
        created_at=at,
        aspect_exports={},
        subtitle_exports={},
        preset_exports={},
        preflight=None,
        render_status={"state": "draft", "progress": 0.0, "stages": {}, "error": None},
        variation=Variation(
            is_variation=True, parent_project_id=source.project_id, label=op.label
        ).model_dump(),
    )
    variant = _validated(data)
    earlier: list[AdProject] = []
    for sub in op.operations:
        earlier.append(variant)
        variant = apply_operation(variant, sub, at=at, group=group or "create_variation").project
    return EditResult(project=variant, is_new_project=True, earlier_versions=earlier)
