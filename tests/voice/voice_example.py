"""The 3-scene example the voice tests share: built directly from the voice package and the
local music engine (no render pipeline), as a render would put it together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from adgen.pipeline.services.audio.local import LocalAudioEngine
from adgen.pipeline.types import MusicRequest
from adgen.voice.cues import MAX_CHARS
from adgen.voice.espeak import EspeakEngine
from adgen.voice.mix import MixResult, mix_voiceover, voice_track
from adgen.voice.sidecars import write_sidecars
from adgen.voice.timeline import SceneSpeech, ad_cues, check_fit, placements
from adgen.voice.types import Cue, VoiceSpec

DURATION = 15.0
SCENES = [
    ("scene_1", 0.0, 4.0, "hook", "Still tired at three? Wake up to cold brew."),
    (
        "scene_2",
        4.0,
        7.0,
        "showcase",
        "Smooth and bold. Brewed slowly for twenty hours, with one hundred percent arabica.",
    ),
    ("scene_3", 11.0, 4.0, "cta", "Order today. Northwind Coffee."),
]
SPEC = VoiceSpec(voice="en-us+f3")


@dataclass
class Example:
    folder: Path
    music: Path
    scenes: list[SceneSpeech]
    mix: MixResult
    cues: list[Cue]
    srt: Path
    vtt: Path
    voice: object  # the placed speech as one mono track (numpy)
    fits: list


def build(folder: Path) -> Example:
    music = LocalAudioEngine().generate(MusicRequest("energetic", DURATION, 7), folder / "music.wav")
    engine = EspeakEngine()
    scenes = [
        SceneSpeech(sid, start, dur, engine.synthesise(text, SPEC, folder / f"{sid}.wav"))
        for sid, start, dur, _, text in SCENES
    ]
    fits = [check_fit(s.scene_id, s.speech, s.duration_sec) for s in scenes]
    mix = mix_voiceover(music, placements(scenes), DURATION, folder / "mix.wav", volume=0.8)
    cues = ad_cues(scenes, MAX_CHARS)
    srt, vtt = write_sidecars(cues, folder / "ad")
    return Example(
        folder, music, scenes, mix, cues, srt, vtt, voice_track(placements(scenes), DURATION), fits
    )
