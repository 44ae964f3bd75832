"""Voice-over and captions: a line per scene, speech with word times, caption cues, sidecar
subtitles, burned-in caption layers and the ducked, loudness-normalised mix.

The render's stages that use them are in :mod:`adgen.pipeline.voice_stages`. Modules, one job each:

- ``script``        write a scene's line to fit its length; estimate or measure spoken length
- ``espeak``        offline speech through libespeak-ng, word times from the engine's events
- ``openai_tts``    cloud speech through OpenAI's text-to-speech API
- ``piper``         neural offline speech when a Piper voice file is present
- ``align``         forced alignment (espeak reference + MFCC DTW) for engines without times
- ``engines``       which engine and voice a render uses (settings)
- ``timeline``      where each scene's speech sits; fit check; cues in scene and ad time
- ``cues``          timed words into cues (42 characters, two lines, sensible breaks)
- ``sidecars``      .srt and .vtt files
- ``caption_layer`` burned-in caption images + an ffconcat script for the scene pass
- ``mix``           speech over music ducked by gain automation
- ``loudness``      two-pass loudnorm to -14 LUFS / -1 dBTP (``normalise_loudness``)
- ``keys``          content keys of the speech, captions, subtitles and mix stages
- ``planning``      a new ad's lines, written by both planners from its copy (voice on when asked)
- ``pcm``           WAV in and out, resampling, decoding, pitch shift
"""
