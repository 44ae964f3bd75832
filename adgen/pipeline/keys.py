"""Content keys: one sha256 per stage output, over exactly the inputs that stage reads.

A render computes the keys of every stage and runs only the stages whose key has no stored
output, so a key must change whenever (and only when) something the stage reads changes: the
scene and style fields it uses, the product checksum, the provider, model and seed, and the
stage's own code version below (bump it when a stage's code changes what it produces).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from adgen.pipeline.end_card import end_card_button, end_card_copy
from adgen.pipeline.layout import SceneLayout, layout_for
from adgen.pipeline.product_motion import hero_move
from adgen.pipeline.stages import (
    STAGE_ASSEMBLY,
    STAGE_AUDIO,
    STAGE_BACKGROUND,
    STAGE_CAPTIONS,
    STAGE_COMPOSITE,
    STAGE_CUTOUT,
    STAGE_FALLBACK,
    STAGE_OVERLAY,
    STAGE_SCENE_PASS,
    STAGE_SPEECH,
    STAGE_SUBTITLES,
    STAGE_VOICE_MIX,
)
from adgen.pipeline.targets import RenderTarget, chosen_targets
from adgen.pipeline.text_span import TextSpan, text_span
from adgen.pipeline.transitions import handle_frames
from adgen.pipeline.types import EncodeProfile, HeroMove, Quality
from adgen.preflight.loudness import TARGET_LUFS
from adgen.project import AdProject, Scene

CODE_VERSION: dict[str, int] = {
    STAGE_CUTOUT: 1,
    STAGE_BACKGROUND: 1,
    STAGE_COMPOSITE: 2,  # placed in the layout's product box
    STAGE_OVERLAY: 3,  # in the layout's text box, legible on its background where the check looks
    STAGE_SCENE_PASS: 6,  # a closed GOP every second, key frames where transitions are cut, moving
    # text kept off the transition windows where it can be (adgen.pipeline.text_span)
    STAGE_AUDIO: 1,
    STAGE_ASSEMBLY: 4,  # 48 kHz sound at -14 LUFS; transitions on the beat, re-encoded per boundary
    STAGE_FALLBACK: 1,
    STAGE_SPEECH: 1,
    STAGE_CAPTIONS: 1,
    STAGE_SUBTITLES: 1,
    STAGE_VOICE_MIX: 1,
}

# A background is generated once per scene on a canvas that every aspect is cut from (the
# scene pass scales to cover and centre-crops: reframed, not letterboxed), so its key does not
# depend on the aspect and the aspects of a scene share one clip.
# Local procedural canvases are square, at most this large, and scaled up by the scene pass:
# smooth gradients and soft light lose nothing, and drawing is the costly part of a local clip.
LOCAL_BACKGROUND_MAX_SIDE = 640
# Cloud clips are portrait (for 9:16 and 1:1) or landscape (16:9), the shapes text-to-video
# models make, at most this large (they top out around 720p).
REMOTE_BACKGROUND_MAX_SIDE = 1280


def _canonical(value: Any) -> Any:
    """Plain JSON types with integral floats as ints, so 4 and 4.0 hash alike."""
    if isinstance(value, bool) or value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, float):
        value = round(value, 6)
        return int(value) if value.is_integer() else value
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if hasattr(value, "model_dump"):
        return _canonical(value.model_dump(mode="json"))
    if hasattr(value, "__dataclass_fields__"):
        return _canonical(asdict(value))
    return str(value)


def stage_key(stage: str, **inputs: Any) -> str:
    """sha256 over the canonical JSON of the stage's inputs plus its code version."""
    if stage not in CODE_VERSION:
        raise ValueError(f"unknown stage {stage!r}")
    payload = {"stage": stage, "code": CODE_VERSION[stage], "inputs": _canonical(inputs)}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def media_key(stage: str, key: str, ext: str) -> str:
    """Where a stage output lives in the media store: ``stages/<stage>/<key>.<ext>``."""
    return f"stages/{stage}/{key}.{ext.lstrip('.')}"


def is_remote(provider: Any) -> bool:
    """True for a provider that calls a network service (cost, latency, rate limits)."""
    flag = getattr(provider, "remote", None)
    if flag is not None:
        return bool(flag)
    return hasattr(provider, "agenerate") or float(getattr(provider, "usd_per_call", 0.0) or 0.0) > 0


def provider_identity(provider: Any) -> dict[str, Any]:
    """What of a provider decides its output: name, model and code version (when declared)."""
    module = sys.modules.get(type(provider).__module__)
    version = getattr(provider, "version", None) or getattr(module, "CODE_VERSION", None)
    return {
        "name": getattr(provider, "name", type(provider).__name__),
        "model": getattr(provider, "model", None),
        "version": version,
    }


def _even(value: float) -> int:
    return max(2, int(round(value / 2.0)) * 2)


def background_size(profile: EncodeProfile, provider: Any) -> tuple[int, int]:
    """The canvas a scene's background is generated on for this export profile."""
    # The long side of the quality's 9:16 and 16:9 frames (a square frame is as wide as 9:16).
    long_side = max(profile.width, profile.height)
    if profile.width == profile.height:
        long_side = _even(profile.width * 16 / 9)
    if is_remote(provider):
        side = min(REMOTE_BACKGROUND_MAX_SIDE, long_side)
        short = _even(side * 9 / 16)
        return (side, short) if profile.width > profile.height else (short, side)
    side = min(LOCAL_BACKGROUND_MAX_SIDE, long_side)
    return side, side


def _profile(profile: EncodeProfile) -> dict[str, Any]:
    return asdict(profile)


# --- one helper per stage ------------------------------------------------------------------


def background_key(project: AdProject, scene: Scene, profile: EncodeProfile, provider: Any) -> str:
    width, height = background_size(profile, provider)
    style = project.style
    return stage_key(
        STAGE_BACKGROUND,
        prompt=scene.background_prompt,
        scene_seed=scene.seed,
        project_seed=project.seed,
        duration=scene.duration_sec,
        mood=style.mood,
        palette=style.palette,
        lighting=style.lighting,
        visual_style=style.visual_style,
        role=scene.role,
        provider=provider_identity(provider),
        width=width,
        height=height,
        fps=profile.fps,
    )


def cutout_key(checksum: str, extractor: Any) -> str:
    return stage_key(STAGE_CUTOUT, checksum=checksum, extractor=provider_identity(extractor))


def card_border(project: AdProject) -> str | None:
    """The border colour of the product card when the product is shown as one (the palette's first
    colour, else the brand's, else white); None when the product is shown cut out."""
    asset = project.product_asset
    if asset is None or asset.style != "card":
        return None
    return next(iter(project.style.palette or project.brand.colors), "#FFFFFF")


def product_layer_key(
    cutout: str,
    scene: Scene,
    profile: EncodeProfile,
    compositor: Any,
    border: str | None = None,
    layout: SceneLayout | None = None,
    move: HeroMove | None = None,
) -> str:
    """``border`` is set when the product is shown as a card: the layer then reads the photo (whose
    checksum the cut-out key holds), the card style and the border colour. A showcase's ``move``
    (:func:`adgen.pipeline.product_motion.hero_move`) is kept with the beats it pops on, so a
    change of music re-renders the layer; a card keeps its frame and does not move."""
    card = {"style": "card", "border": border} if border is not None else {}
    if move is not None and move.kind != "push" and border is None and scene.role == "showcase":
        card["move"] = move.to_key()
    return stage_key(
        STAGE_COMPOSITE,
        cutout=cutout,
        placement=scene.product,
        width=profile.width,
        height=profile.height,
        duration=scene.duration_sec,
        compositor=provider_identity(compositor),
        box=layout.product if layout else None,
        hero=scene.role == "showcase",
        **card,
    )


def text_palette(project: AdProject) -> list[str]:
    """The colours a text may take when its own does not stand out: the ad's palette and brand."""
    return list(dict.fromkeys([*project.style.palette, *project.brand.colors]))


def text_layer_key(
    project: AdProject,
    scene: Scene,
    profile: EncodeProfile,
    renderer: Any,
    layout: SceneLayout | None = None,
    legibility: dict[str, Any] | None = None,
) -> str:
    """The text layer reads its overlay, the brand's font and colours (and the brand kit's fonts,
    logo and backdrop), its box in the layout, and, to stay legible, the background it is measured
    on (``legibility``: the background's key, the presets whose thresholds apply, whether fixes are
    on). An end card's also reads its headline (the brand name) and its button."""
    from adgen.pipeline.brand_layer import layer_inputs  # the brand kit's fonts, logo and backdrop

    card = end_card_copy(project, scene)
    button = end_card_button(project, scene, layout.cta if layout else None)
    return stage_key(
        STAGE_OVERLAY,
        overlay=scene.overlay,
        font=project.brand.font,
        colors=project.brand.colors,
        width=profile.width,
        height=profile.height,
        renderer=provider_identity(renderer),
        **layer_inputs(project, scene, profile.width, profile.height),
        box=layout.text if layout else None,
        legibility=legibility,
        end_card=[card.headline, asdict(button) if button else None] if card else None,
        mood=project.style.mood,  # how the text moves (adgen.pipeline.typography)
    )


def scene_pass_key(
    background: str,
    layers: Iterable[str],
    profile: EncodeProfile,
    duration: float,
    handles: int,
    text: TextSpan | None = None,
) -> str:
    """One scene in one export; ``handles`` is where its key frames are (the frames of its head
    and tail that the transition windows re-encode: :func:`adgen.pipeline.transitions.handle_frames`);
    ``text`` when its text is on screen (it depends on the scene's place in the ad, which the
    layers' keys do not hold)."""
    return stage_key(
        STAGE_SCENE_PASS,
        background=background,
        layers=list(layers),
        profile=_profile(profile),
        duration=duration,
        handles=handles,
        text=text.to_key() if text is not None else None,
    )


def picture_key(
    background: str,
    layers: Iterable[str],
    profile: EncodeProfile,
    duration: float,
    handles: int,
    logo: str | None,
) -> str:
    """The frames of a scene pass where its text is not drawn (its head or tail handles, when
    :mod:`adgen.pipeline.text_span` keeps the text off them): the background and the layers other
    than the text (the product, burned-in captions), and the brand kit's ``logo`` (a digest of
    its image and place: it is placed around the text, so a text edit may move it). A transition
    window keyed by it (:func:`transition_key`) is the same picture whatever the text says, so a
    text edit reuses it."""
    return stage_key(
        STAGE_ASSEMBLY,
        part="picture",
        background=background,
        layers=list(layers),
        profile=_profile(profile),
        duration=duration,
        handles=handles,
        logo=logo,
    )


def scene_handles(project: AdProject, scene: Scene, profile: EncodeProfile) -> int:
    """The handle frames of a scene pass: as many as the ad's transitions can reach."""
    return handle_frames(scene.duration_sec, profile.fps, project.style.mood)


def fallback_key(scene_pass: str, error: str) -> str:
    """The key of a scene's marked stand-in: distinct from the real scene pass, which stays missing."""
    return stage_key(STAGE_FALLBACK, scene_pass=scene_pass, error=error)


def audio_key(project: AdProject, engine: Any) -> str:
    return stage_key(
        STAGE_AUDIO,
        mood=project.audio.mood,
        duration=project.duration_sec,
        seed=project.seed,
        engine=provider_identity(engine),
    )


def assembly_key(
    scene_passes: Iterable[str],
    audio: str | None,
    volume: float,
    profile: EncodeProfile,
    duration: float,
    mood: str = "",
) -> str:
    """An aspect's export: its scene passes, the music (whose beats place the transitions) and
    the mood (which picks them)."""
    return stage_key(
        STAGE_ASSEMBLY,
        scene_passes=list(scene_passes),
        audio=audio,
        volume=volume,
        profile=_profile(profile),
        duration=duration,
        mood=mood,
    )


def scene_parts_key(scene_pass: str) -> str:
    """A scene pass cut into head, body and tail (stream copy) for the transitions."""
    return stage_key(STAGE_ASSEMBLY, part="split", scene_pass=scene_pass)


def transition_key(before: str, after: str, plan: Any, profile: EncodeProfile) -> str:
    """One boundary's transition clip: the two scene passes around it, where it lands and the
    encode settings. Not the export's name: exports of one size that join the same passes (the
    presets of a shared encode, or two layouts that came out alike) share their windows."""
    encode = {k: v for k, v in _profile(profile).items() if k != "aspect"}
    return stage_key(STAGE_ASSEMBLY, part="transition", before=before, after=after, plan=plan, profile=encode)


def poster_key(scene_pass: str, at_sec: float) -> str:
    """An export's poster: a frame of one scene pass (the same picture in every export that joins it)."""
    return stage_key(STAGE_ASSEMBLY, part="poster", scene_pass=scene_pass, at=round(at_sec, 4))


def beats_key(audio: str) -> str:
    """The beat times detected in a music track (stored beside the exports)."""
    return stage_key(STAGE_ASSEMBLY, part="beats", audio=audio)


def loudness_key(audio: str | None, volume: float, duration: float) -> str:
    """The loudness measured of the ad's sound before it is normalised (the music levelled, cut
    and faded): kept, so that one mix is measured once, whatever bitrate it is encoded at."""
    return stage_key(STAGE_ASSEMBLY, part="loudness", audio=audio, volume=volume, duration=duration)


def sound_check_key(signature: str) -> str:
    """The pre-flight's loudness of an export's soundtrack, by its audio stream's signature."""
    return stage_key(STAGE_ASSEMBLY, part="loudness-check", signature=signature)


def text_check_key(key: str) -> str:
    """The pre-flight's findings of one text of an export, by :func:`adgen.preflight.kept.text_key`
    (the bytes of the keyframes it was measured on and its other inputs)."""
    return stage_key(STAGE_ASSEMBLY, part="text-check", key=key)


def soundtrack_key(
    audio: str | None, volume: float, duration: float, bitrate: str, loudness: float | None = TARGET_LUFS
) -> str:
    """The ad's encoded sound, which every aspect's assembly copies (stored with the assemblies);
    ``loudness`` is the integrated loudness it is normalised to (None: not normalised)."""
    return stage_key(
        STAGE_ASSEMBLY,
        part="soundtrack",
        audio=audio,
        volume=volume,
        duration=duration,
        bitrate=bitrate,
        loudness=loudness,
    )


# --- the keys of a whole project ------------------------------------------------------------


@dataclass
class AspectKeys:
    """The keys of one scene at one aspect."""

    background: str
    composite: str | None
    overlay: str
    scene_pass: str
    captions: str | None = None  # the burned-in voice-over captions (issue 19), when on


@dataclass
class ProjectKeys:
    """Every stage key of one project at one quality; what a render would look up."""

    cutout: str | None
    audio: str
    scenes: dict[str, dict[str, AspectKeys]] = field(default_factory=dict)
    assembly: dict[str, str] = field(default_factory=dict)
    # The voice-over (issue 19, only while the ad's voice is on): each spoken scene's speech,
    # the ad's subtitle files and its voiced sound (the music ducked under the speech).
    speech: dict[str, str] = field(default_factory=dict)
    subtitles: str | None = None
    voice_mix: str | None = None

    def flat(self) -> dict[str, str]:
        """Every key by a readable name such as ``scene_2/9:16/overlay``; for diffs in tests and logs."""
        out: dict[str, str] = {"audio": self.audio}
        if self.cutout:
            out["cutout"] = self.cutout
        for scene_id, aspects in self.scenes.items():
            for aspect, keys in aspects.items():
                for stage, value in asdict(keys).items():
                    if value:
                        out[f"{scene_id}/{aspect}/{stage}"] = value
        for aspect, value in self.assembly.items():
            out[f"assembly/{aspect}"] = value
        for scene_id, value in self.speech.items():
            out[f"speech/{scene_id}"] = value
        if self.subtitles:
            out["subtitles"] = self.subtitles
        if self.voice_mix:
            out["voice_mix"] = self.voice_mix
        return out


def scene_aspect_keys(
    project: AdProject,
    scene: Scene,
    profile: EncodeProfile,
    providers: Any,
    cutout: str | None,
    target: RenderTarget,
    layout: SceneLayout,
    fixes: bool = True,
) -> AspectKeys:
    """The keys of one scene in one export, given the project's cutout key (None: no product)
    and the scene's layout in that export."""
    bg = background_key(project, scene, profile, providers.video)
    composite = None
    if cutout is not None and scene.product.visible and scene.product.scale > 0:
        composite = product_layer_key(
            cutout,
            scene,
            profile,
            providers.compositor,
            card_border(project),
            layout,
            hero_move(project, scene, providers.music),
        )
    legibility = {
        "background": bg,
        "palette": text_palette(project),
        "presets": [(p.id, p.display_height_css) for p in target.presets],
        "fixes": fixes,
    }
    text = text_layer_key(project, scene, profile, providers.overlay, layout, legibility)
    captions = None
    if project.voice.enabled and project.captions.enabled:
        from adgen.pipeline.voice_stages import scene_captions_key

        captions = scene_captions_key(project, scene, profile, providers, text)
    layers = [k for k in (composite, text, captions) if k]
    span = text_span(project, scene, profile.fps)
    pass_key = scene_pass_key(
        bg, layers, profile, scene.duration_sec, scene_handles(project, scene, profile), span
    )
    return AspectKeys(bg, composite, text, pass_key, captions)


def _settings(settings: Any) -> Any:
    if settings is None:
        from adgen.settings import get_settings

        settings = get_settings()
    return settings


def project_keys(
    project: AdProject,
    quality: Quality,
    providers: Any,
    aspects: Iterable[str] | None = None,
    settings: Any = None,
) -> ProjectKeys:
    """All keys of a project, from the document alone (no media is read), per scene and export
    (keyed like ``aspectExports``: "9:16", "4:5", ...). ``settings`` gives the preset table and
    whether the render fixes what the pre-flight check would fail (default: the environment's)."""
    from adgen.pipeline.targets import preset_table

    settings = _settings(settings)
    fixes = bool(getattr(settings, "preflight_fixes", True))
    targets = chosen_targets(project, aspects, preset_table(settings))
    cutout = None
    if project.product_asset is not None:
        cutout = cutout_key(project.product_asset.checksum, providers.extractor)
    keys = ProjectKeys(cutout=cutout, audio=audio_key(project, providers.music))
    for scene in project.scenes:
        keys.scenes[scene.id] = {}
        for target in targets:
            profile = target.profile(quality)
            layout, _ = layout_for(project, scene, target, profile.width, profile.height, fixes)
            keys.scenes[scene.id][target.key] = scene_aspect_keys(
                project, scene, profile, providers, cutout, target, layout, fixes
            )
    if project.voiced_scenes:
        from adgen.pipeline.voice_stages import ad_subtitles_key, scene_speech_key, voice_mix_key

        keys.speech = {s.id: k for s in project.scenes if (k := scene_speech_key(project, s, providers))}
        keys.subtitles = ad_subtitles_key(project, providers)
        keys.voice_mix = voice_mix_key(project, keys.audio, providers)
    for target in targets:
        passes = [keys.scenes[s.id][target.key].scene_pass for s in project.scenes]
        keys.assembly[target.key] = assembly_key(
            passes,
            keys.voice_mix or keys.audio,
            project.audio.volume,
            target.profile(quality),
            project.duration_sec,
            project.style.mood,
        )
    return keys


@dataclass(frozen=True)
class WorkKeys:
    """What identifies the parts of a render that run as separate jobs: equal keys mean the very
    same work (the same cut-out and music; the same scene passes of a scene), so two requests
    for it, from two clicks or two projects that share scenes, can share one job."""

    prepare: str
    scenes: dict[str, str]


def _digest(*parts: Any) -> str:
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def work_keys(project: AdProject, quality: Quality, providers: Any, settings: Any = None) -> WorkKeys:
    """The identity of the preparation and of each scene's work, from the document alone."""
    keys = project_keys(project, quality, providers, settings=settings)
    return WorkKeys(
        prepare=_digest(quality, keys.cutout, keys.audio, *([keys.speech] if keys.speech else [])),
        scenes={
            scene_id: _digest(quality, {aspect: k.scene_pass for aspect, k in sorted(by_aspect.items())})
            for scene_id, by_aspect in keys.scenes.items()
        },
    )
