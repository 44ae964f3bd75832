"""The names of a render's stages, and of the parts of a render that progress is told about.

The pipeline owns these names: content keys are computed per stage (:mod:`adgen.pipeline.keys`),
the render report counts stage runs by them, and every progress event names the stage it is
about, so the front ends can say what is happening without knowing how it is done.
"""

from __future__ import annotations

from typing import Final

# Per project: the product cut out of its photo, and the music.
STAGE_CUTOUT: Final = "cutout"
STAGE_AUDIO: Final = "audio"
# Per scene: its background clip (one canvas every aspect is cut from).
STAGE_BACKGROUND: Final = "background"
# Per scene and aspect: the product layer, the text layer, and the one ffmpeg pass that draws
# both over the background with the export settings.
STAGE_COMPOSITE: Final = "composite"
STAGE_OVERLAY: Final = "overlay"
STAGE_SCENE_PASS: Final = "scene_pass"
# A marked stand-in for a scene whose provider failed; never stored under a real key.
STAGE_FALLBACK: Final = "fallback"
# Per aspect: the scene passes joined with the soundtrack, and a poster.
STAGE_ASSEMBLY: Final = "assembly"
# The voice-over (issue 19, only when the ad's voice is on): per scene its speech (a WAV and
# its word times), per scene and aspect the burned-in caption layer (one more layer of the
# scene pass), per render the subtitle files (.srt, .vtt) and the music ducked under the voice.
STAGE_SPEECH: Final = "speech"
STAGE_CAPTIONS: Final = "captions"
STAGE_SUBTITLES: Final = "subtitles"
STAGE_VOICE_MIX: Final = "voice_mix"
# After a final render's assembly: every export checked against its presets (issue 16).
STAGE_PREFLIGHT: Final = "preflight"

# What progress events speak of besides single stages: the render as a whole, its project-wide
# preparation (cut-out and music, one job on the queue) and one scene at every aspect.
STAGE_RENDER: Final = "render"
STAGE_PREPARE: Final = "prepare"
STAGE_SCENE: Final = "scene"

# The stages of one scene at one aspect, in the order they run.
SCENE_STAGES: Final = (STAGE_BACKGROUND, STAGE_COMPOSITE, STAGE_OVERLAY, STAGE_SCENE_PASS, STAGE_FALLBACK)

__all__ = [
    "SCENE_STAGES",
    "STAGE_ASSEMBLY",
    "STAGE_AUDIO",
    "STAGE_BACKGROUND",
    "STAGE_COMPOSITE",
    "STAGE_CUTOUT",
    "STAGE_FALLBACK",
    "STAGE_OVERLAY",
    "STAGE_PREFLIGHT",
    "STAGE_PREPARE",
    "STAGE_RENDER",
    "STAGE_SCENE",
    "STAGE_SCENE_PASS",
    "STAGE_SPEECH",
    "STAGE_CAPTIONS",
    "STAGE_SUBTITLES",
    "STAGE_VOICE_MIX",
]
