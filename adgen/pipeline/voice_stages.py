"""The voice stages of a render: each scene's speech, its burned-in caption layer, the subtitle
files and the music ducked under the voice, each stored under its content key like every other
stage (:mod:`adgen.pipeline.keys`), so a voice-over edit re-synthesises only that scene's speech,
re-draws that scene's captions and re-mixes; no background is made again.

Nothing here runs while the ad's voice is off (``AdProject.voice.enabled``): a render of a
document from before issue 19 has exactly the keys and outputs it had.

The pipeline calls in at four places: :func:`prepare_voice` (before the scenes, so the scene
jobs find the speech stored), :func:`caption_layer` (a scene pass's last layer),
:func:`voiced_soundtrack` (the assembly's sound, instead of the music alone) and
:func:`write_subtitles` (the .srt and .vtt beside every export).
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from adgen.pipeline.atomic import atomic_output
from adgen.pipeline.context import RenderContext, one_line, provider_call
from adgen.pipeline.events import RenderWarning, StageEvent, StageStatus
from adgen.pipeline.ffmpeg import FFmpegError, ffmpeg_exe
from adgen.pipeline.report import StageRun
from adgen.pipeline.stages import STAGE_SPEECH, STAGE_SUBTITLES, STAGE_VOICE_MIX
from adgen.pipeline.types import EncodeProfile, Layer
from adgen.project import AdProject, AspectRatio, Scene
from adgen.settings import Settings
from adgen.voice.caption_layer import HIGHLIGHT_STYLE, LINE_STYLE, CaptionStyle, render_caption_layer
from adgen.voice.cues import MAX_CHARS, MAX_LINES
from adgen.voice.engines import DEFAULT_VOICES, SpeechEngine, engine_name
from adgen.voice.keys import captions_key, mix_key, speech_key, subtitles_key
from adgen.voice.loudness import TARGET_LUFS, TRUE_PEAK_DB
from adgen.voice.mix import DUCK_DB, SpeechPlacement, mix_voiceover
from adgen.voice.script import LEAD_IN_SEC
from adgen.voice.sidecars import to_srt, to_vtt
from adgen.voice.timeline import SceneSpeech, ad_cues, check_fit, scene_cues
from adgen.voice.types import Rect, Speech, VoiceSpec, WordTiming

# The document's caption style names and the looks they stand for.
CAPTION_STYLES: dict[str, CaptionStyle] = {"line": LINE_STYLE, "word": HIGHLIGHT_STYLE}
VOICE_STRETCHED = "voice_stretched"
VOICE_OVERRUN = "voice_overrun"
VOICE_FAILED = "voice_failed"
CAPTIONS_LEFT_OFF = "captions_left_off"
RAN, REUSED, FAILED = StageStatus.RAN, StageStatus.REUSED, StageStatus.FAILED


# The nearest voice of one engine to a voice named for another (a document may outlive the
# engine it was written for): by the gender the name implies, else the engine's default.
_OPENAI_MALE, _OPENAI_FEMALE = (
    ("onyx", "echo", "ash", "ballad", "fable"),
    ("nova", "shimmer", "coral", "sage", "alloy"),
)


def voice_for(engine: str, wanted: str | None, default: str) -> str:
    """``wanted`` when the engine has it, else the engine's nearest voice, else ``default``."""
    if not wanted:
        return default
    espeak_name = "-" in wanted or "+" in wanted
    if engine == "espeak":
        if espeak_name:
            return wanted
        if wanted in _OPENAI_MALE:
            return "en-us+m3"
        return "en-us+f3" if wanted in _OPENAI_FEMALE else default
    if engine == "openai" and espeak_name:
        return "onyx" if "+m" in wanted else "nova" if "+f" in wanted else default
    return wanted if engine == "openai" else default


class SpeechProvider:
    """Which engine speaks and with which voice, from the settings (ADGEN_TTS_ENGINE,
    ADGEN_TTS_VOICE) and the document (``voice.engine``, ``voice.voice``, a scene's own voice).
    Picklable, so it travels with the other providers to a process pool. Without settings it is
    the offline voice."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def spec(self, project: AdProject, scene: Scene) -> VoiceSpec:
        """How ``scene``'s line is spoken: the scene's own voice, rate and pitch, else the ad's."""
        own = scene.voiceover
        engine = project.voice.engine or (engine_name(self.settings) if self.settings else "espeak")
        default = DEFAULT_VOICES[engine]
        if engine == "piper" and self.settings and self.settings.piper_voice:
            default = self.settings.piper_voice
        elif self.settings and self.settings.tts_voice and engine != "piper":
            default = self.settings.tts_voice
        voice = voice_for(engine, (own.voice if own else None) or project.voice.voice, default)
        rate = (own.rate if own else None) or project.voice.rate
        pitch = (own.pitch if own else None) or project.voice.pitch
        return VoiceSpec(engine=engine, voice=voice, rate=rate, pitch=pitch)

    def engine(self, spec: VoiceSpec) -> SpeechEngine:
        from adgen.voice.engines import speech_engine

        return speech_engine(self.settings or Settings(), spec)

    def keyed(self, spec: VoiceSpec) -> Any:
        """What the speech key names of the engine (name, model, code version), without making a
        client: a cloud voice that cannot run here still has its keys, and fails when it speaks."""
        if spec.engine == "openai":
            from adgen.voice import openai_tts

            model = (self.settings or Settings()).tts_model
            return SimpleNamespace(name="openai", model=model, version=openai_tts.CODE_VERSION)
        return self.engine(spec)


def _speaker(providers: Any) -> SpeechProvider:
    return getattr(providers, "speech", None) or SpeechProvider()


# --- keys, from the document alone ---------------------------------------------------------------


def scene_speech_key(project: AdProject, scene: Scene, providers: Any) -> str | None:
    """The key of a scene's speech, None when the scene is not spoken."""
    if scene not in project.voiced_scenes:
        return None
    speaker = _speaker(providers)
    spec = speaker.spec(project, scene)
    return speech_key(scene.voiceover.text, spec, speaker.keyed(spec))  # type: ignore[union-attr]


def safe_rect(settings: Settings | None, aspect: str, width: int, height: int) -> Rect:
    """Where captions may go at this size: the safe areas of every platform preset of the aspect
    intersected (:func:`adgen.platforms.safe_area_of`); a 6 % margin when no preset has it."""
    from adgen.platforms.presets import presets_from_settings, safe_area_of

    presets = [p for p in presets_from_settings(settings) if p.aspect == aspect]
    if not presets:
        mx, my = round(width * 0.06), round(height * 0.06)
        return Rect(mx, my, width - mx, height - my)
    area = safe_area_of(presets, width, height)
    return Rect(round(area.x), round(area.y), int(area.right), int(area.bottom))


def scene_captions_key(
    project: AdProject,
    scene: Scene,
    profile: EncodeProfile,
    providers: Any,
    text_layer_key: str,
    settings: Settings | None = None,
) -> str | None:
    """The key of a scene's caption layer at one size (None: no captions in this scene). The
    headline's box is stood for by its text layer's key, which decides it."""
    speech = scene_speech_key(project, scene, providers)
    if speech is None or not project.captions.enabled:
        return None
    frame = (profile.width, profile.height)
    settings = settings or _speaker(providers).settings  # the render's own presets file
    return captions_key(
        speech,
        CAPTION_STYLES[project.captions.style],
        frame,
        safe_rect(settings, profile.aspect, *frame),
        [text_layer_key],
        scene.duration_sec,
        LEAD_IN_SEC,
        project.brand.font,
    )


def placements_of(project: AdProject, providers: Any) -> list[tuple[float, str]]:
    """Each spoken scene's speech key at the time its speech starts in the ad."""
    out, start = [], 0.0
    for scene in project.scenes:
        key = scene_speech_key(project, scene, providers)
        if key:
            out.append((round(start + LEAD_IN_SEC, 4), key))
        start += scene.duration_sec
    return out


def voice_mix_key(project: AdProject, music_key: str | None, providers: Any) -> str | None:
    """The key of the ad's voiced sound (None while the voice is off or no scene speaks)."""
    placed = placements_of(project, providers)
    if not placed:
        return None
    return mix_key(
        music_key, project.audio.volume, placed, project.duration_sec, DUCK_DB, TARGET_LUFS, TRUE_PEAK_DB
    )


def ad_subtitles_key(project: AdProject, providers: Any) -> str | None:
    placed = placements_of(project, providers)
    return subtitles_key(placed, MAX_CHARS, MAX_LINES) if placed else None


# --- the speech stage --------------------------------------------------------------------------


@dataclass
class StoredSpeech:
    """A scene's speech as stored: the WAV's media URL and what the engine said about it."""

    scene_id: str
    key: str
    url: str
    speech: Speech


def _speech_note(speech: Speech) -> dict[str, Any]:
    return {
        "duration": speech.duration_sec,
        "words": [[w.text, w.start, w.end] for w in speech.words],
        "timingSource": speech.timing_source,
        "engine": speech.engine,
        "warnings": list(speech.warnings),
    }


def _stored_speech(ctx: RenderContext, scene_id: str, key: str) -> StoredSpeech | None:
    note_url, wav_url = ctx.find(STAGE_SPEECH, key, "json"), ctx.find(STAGE_SPEECH, key, "wav")
    if not note_url or not wav_url:
        return None
    try:
        note = json.loads(ctx.media.read_bytes(note_url))
        path = ctx.media.local_path(wav_url)
    except (FileNotFoundError, ValueError):
        return None
    speech = Speech(
        path=path,
        duration_sec=float(note["duration"]),
        words=tuple(WordTiming(t, float(a), float(b)) for t, a, b in note["words"]),
        timing_source=note["timingSource"],
        engine=note["engine"],
        warnings=tuple(note.get("warnings", ())),
    )
    return StoredSpeech(scene_id, key, wav_url, speech)


def scene_speech(
    project: AdProject,
    scene: Scene,
    ctx: RenderContext,
    runs: list[StageRun] | None = None,
    calls: list[Any] | None = None,
) -> StoredSpeech | None:
    """The scene's speech from the store, or synthesised and stored (WAV first, then the note
    with the word times, which marks it done). None when the scene is not spoken. Raises the
    engine's :class:`~adgen.voice.types.SpeechError` when it cannot speak."""
    key = scene_speech_key(project, scene, ctx.providers)
    if key is None:
        return None
    stored = _stored_speech(ctx, scene.id, key)
    if stored is not None:
        if runs is not None:
            runs.append(StageRun(STAGE_SPEECH, REUSED, key, stored.url, scene_id=scene.id))
        return stored
    speaker = _speaker(ctx.providers)
    spec = speaker.spec(project, scene)
    engine = speaker.engine(spec)
    started = time.monotonic()
    with ctx.workdir() as work:
        made = engine.synthesise(scene.voiceover.text, spec, work / "speech.wav")  # type: ignore[union-attr]
        url = ctx.store(made.path, STAGE_SPEECH, key, "wav")
        note = work / "speech.json"
        note.write_text(json.dumps(_speech_note(made)))
        ctx.store(note, STAGE_SPEECH, key, "json")
    seconds = time.monotonic() - started
    if runs is not None:
        runs.append(StageRun(STAGE_SPEECH, RAN, key, url, scene_id=scene.id, seconds=seconds))
    if calls is not None:  # the engine's own record (a cloud voice's real price), counted once
        calls.append(provider_call(engine, seconds))
    stored = _stored_speech(ctx, scene.id, key)
    assert stored is not None
    return stored


def prepare_voice(project: AdProject, ctx: RenderContext, prepared: Any) -> list[StoredSpeech]:
    """Every spoken scene's speech, before the scenes are rendered (they read it back by key).
    A scene the engine cannot speak is left silent with a warning; a line longer than its
    scene is warned about (:func:`stretched_for_speech` stretches the scene when it can)."""
    made: list[StoredSpeech] = []
    for scene in project.voiced_scenes:
        runs: list[StageRun] = []
        started = time.monotonic()
        try:
            stored = scene_speech(project, scene, ctx, runs, prepared.calls)
        except Exception as exc:  # noqa: BLE001 - the scene is silent, the render goes on
            text = (
                f"The voice-over of {scene.id} could not be spoken ({one_line(exc)}); the scene has no voice."
            )
            warning = RenderWarning(
                code=VOICE_FAILED,
                message=text,
                action="Render again to retry, or choose another voice.",
                scene_id=scene.id,
            )
            prepared.warnings.append(warning)
            prepared.stages.append(
                StageRun(STAGE_SPEECH, FAILED, scene_id=scene.id, seconds=time.monotonic() - started)
            )
            ctx.emit(StageEvent(stage=STAGE_SPEECH, status=FAILED, scene_id=scene.id, message=text))
            continue
        prepared.stages += runs
        if stored is not None:
            made.append(stored)
            ctx.emit(
                StageEvent(
                    stage=STAGE_SPEECH,
                    status=runs[-1].status if runs else REUSED,
                    scene_id=scene.id,
                    fraction=1.0,
                    message=f"{scene.id}: voice-over ready",
                    media_url=stored.url,
                )
            )
    return made


def stretched_for_speech(
    project: AdProject, speeches: Sequence[StoredSpeech]
) -> tuple[AdProject, list[RenderWarning]]:
    """The project with every scene whose speech does not fit stretched to hold it (the ad's
    length follows), and a warning per stretched scene saying so and what to do instead."""
    data = project.model_dump()
    warnings: list[RenderWarning] = []
    by_id = {s.scene_id: s for s in speeches}
    for scene in data["scenes"]:
        stored = by_id.get(scene["id"])
        if stored is None:
            continue
        fit = check_fit(scene["id"], stored.speech, scene["duration_sec"])
        if fit.fits or fit.needed_sec > 30.0:
            continue
        scene["duration_sec"] = fit.needed_sec
        warnings.append(
            RenderWarning(
                code=VOICE_STRETCHED,
                message=fit.message or "",
                action="Shorten the voice-over line, or say how long the scene should be.",
                scene_id=scene["id"],
            )
        )
    if not warnings:
        return project, []
    data["duration_sec"] = round(sum(s["duration_sec"] for s in data["scenes"]), 2)
    return AdProject.model_validate(data), warnings


def overrun_warnings(project: AdProject, speeches: Sequence[StoredSpeech]) -> list[RenderWarning]:
    """Speech still longer than its scene (a render that could not stretch it): said, not hidden."""
    out = []
    for stored in speeches:
        scene = project.scene(stored.scene_id)
        fit = check_fit(scene.id, stored.speech, scene.duration_sec)
        if not fit.fits:
            out.append(
                RenderWarning(
                    code=VOICE_OVERRUN,
                    message=f"The voice-over of {scene.id} runs past its {scene.duration_sec:g}s scene "
                    f"(it needs {fit.needed_sec:g}s) and is cut at the scene's end in the captions.",
                    action=f"Shorten the line, or make {scene.id} {fit.needed_sec:g}s long.",
                    scene_id=scene.id,
                )
            )
    return out


# --- captions in the scene pass ---------------------------------------------------------------------


def headline_box(text_layer: Layer) -> Rect | None:
    """The headline's box in the frame, from its text layer (a PNG cropped to its ink)."""
    from PIL import Image

    with Image.open(text_layer.path) as image:
        width, height = image.size
    if width <= 2 and height <= 2:
        return None
    x, y = int(float(text_layer.x)), int(float(text_layer.y))
    return Rect(x, y, x + width, y + height)


def caption_layer(
    project: AdProject,
    scene: Scene,
    profile: EncodeProfile,
    ctx: RenderContext,
    text_layer: Layer,
    out_dir: Path,
) -> tuple[Layer | None, list[str]]:
    """The scene's burned-in captions as one more scene-pass layer: inside the platforms' safe
    area, clear of the headline. Returns the layer (None when nothing can be burned in) and
    what could not be done, in words."""
    stored = scene_speech(project, scene, ctx)
    if stored is None:
        return None, []
    style = CAPTION_STYLES[project.captions.style]
    frame = (profile.width, profile.height)
    avoid = [box for box in (headline_box(text_layer),) if box is not None]
    cues = scene_cues(stored.speech, scene.duration_sec, style.max_chars, style.max_lines)
    made = render_caption_layer(
        cues,
        style,
        frame,
        safe_rect(ctx.settings, profile.aspect, *frame),
        avoid,
        scene.duration_sec,
        out_dir,
        project.brand.font,
    )
    if made.band is None:
        return None, made.warnings
    return Layer(path=made.path, x=made.x, y=made.y), made.warnings


# --- the ad's sound and subtitle files -----------------------------------------------------------


def _scene_speeches(project: AdProject, ctx: RenderContext) -> list[SceneSpeech]:
    out, start = [], 0.0
    for scene in project.scenes:
        if scene in project.voiced_scenes:
            try:
                stored = scene_speech(project, scene, ctx)
            except Exception:  # noqa: BLE001 - told by prepare_voice; the scene stays silent
                stored = None
            if stored is not None:
                out.append(SceneSpeech(scene.id, start, scene.duration_sec, stored.speech))
        start += scene.duration_sec
    return out


def _unspoken(project: AdProject, ctx: RenderContext) -> list[str]:
    """The spoken scenes whose speech is not stored (its engine failed this render)."""
    return [
        scene.id
        for scene in project.voiced_scenes
        if _stored_speech(ctx, scene.id, scene_speech_key(project, scene, ctx.providers) or "") is None
    ]


def _partial(key: str, missing: Sequence[str]) -> str:
    """The key of an ad-wide voice output made without some scenes' speech: never the real key, so
    the next render, with every speech made, makes the whole one."""
    return f"{key}-without-{'-'.join(missing)}" if missing else key


def sound_key(project: AdProject, ctx: RenderContext, music_key: str | None) -> str | None:
    """What the ad's voiced sound is stored (and the assembly keyed) under: the mix key, or a
    partial one when a scene's speech could not be made."""
    key = voice_mix_key(project, music_key, ctx.providers)
    return _partial(key, _unspoken(project, ctx)) if key else None


def voiced_soundtrack(
    project: AdProject, ctx: RenderContext, music: Path | None, music_key: str | None, bitrate: str
) -> tuple[Path, str] | None:
    """The ad's sound with its voice-over, as AAC: the speech over the music ducked by
    :data:`~adgen.voice.mix.DUCK_DB`, normalised to -14 LUFS / -1 dBTP. The mix is the whole
    sound, so no fade is put over it (the music bed fades under the voice on its own; a fade of
    the mix would swallow the call to action's last word). Returns the file and the mix key the
    assembly is keyed by; None when the voice is off or no scene speaks."""
    key = sound_key(project, ctx, music_key)
    if key is None:
        return None
    url = ctx.find(STAGE_VOICE_MIX, f"{key}-{bitrate}", "m4a")
    if url is None:
        scenes = _scene_speeches(project, ctx)
        placed = [SpeechPlacement(s.offset_sec, s.speech.path) for s in scenes]
        with ctx.workdir() as work:
            mixed = mix_voiceover(
                music, placed, project.duration_sec, work / "mix.wav", volume=project.audio.volume
            )
            ctx.store(mixed.path, STAGE_VOICE_MIX, key, "wav")
            encoded = _encode_aac(mixed.path, bitrate, project.duration_sec, work / "mix.m4a")
            url = ctx.store(encoded, STAGE_VOICE_MIX, f"{key}-{bitrate}", "m4a")
    return ctx.media.local_path(url), key


def _encode_aac(wav: Path, bitrate: str, duration_sec: float, out_path: Path) -> Path:
    from adgen.pipeline.ffmpeg import AUDIO_RATE

    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-i", str(wav), "-vn"]
    args += ["-af", f"aresample={AUDIO_RATE},apad,atrim=0:{duration_sec:.4f}", "-c:a", "aac", "-b:a", bitrate]
    with atomic_output(out_path) as tmp:
        args += ["-ar", str(AUDIO_RATE), "-ac", "2", "-f", "mp4", str(tmp)]
        proc = subprocess.run(args, capture_output=True)
        if proc.returncode != 0:
            raise FFmpegError("encoding the voiced soundtrack failed", proc.stderr.decode("utf-8", "replace"))
    return out_path


def write_subtitles(project: AdProject, ctx: RenderContext) -> dict[str, str]:
    """The ad's .srt and .vtt (every spoken scene's cues in ad time), stored by their key;
    ``{"srt": url, "vtt": url}``, or {} while the voice is off."""
    key = ad_subtitles_key(project, ctx.providers)
    if key is None:
        return {}
    key = _partial(key, _unspoken(project, ctx))
    found = {ext: ctx.find(STAGE_SUBTITLES, key, ext) for ext in ("srt", "vtt")}
    if all(found.values()):
        return found  # type: ignore[return-value]
    spoken = _scene_speeches(project, ctx)
    if not spoken:
        return {}
    cues = ad_cues(spoken)
    out = {}
    with ctx.workdir() as work:
        for ext, text in (("srt", to_srt(cues)), ("vtt", to_vtt(cues))):
            path = work / f"captions.{ext}"
            path.write_text(text, encoding="utf-8")
            out[ext] = ctx.store(path, STAGE_SUBTITLES, key, ext)
    return out


def subtitle_exports(subtitles: dict[str, str], aspects: Sequence[AspectRatio]) -> dict[str, dict[str, str]]:
    """The same cues serve every aspect (the timing is the ad's): one entry per export."""
    return {aspect: dict(subtitles) for aspect in aspects} if subtitles else {}


__all__ = [
    "CAPTION_STYLES",
    "CAPTIONS_LEFT_OFF",
    "VOICE_FAILED",
    "VOICE_OVERRUN",
    "VOICE_STRETCHED",
    "SpeechProvider",
    "StoredSpeech",
    "ad_subtitles_key",
    "caption_layer",
    "headline_box",
    "overrun_warnings",
    "placements_of",
    "prepare_voice",
    "safe_rect",
    "scene_captions_key",
    "scene_speech",
    "scene_speech_key",
    "sound_key",
    "stretched_for_speech",
    "subtitle_exports",
    "voice_for",
    "voice_mix_key",
    "voiced_soundtrack",
    "write_subtitles",
]
