"""Content keys change exactly when their inputs change: a voice-over edit in one scene makes
only that scene's speech and caption layer stale (plus the ad-wide subtitles and mix)."""

from __future__ import annotations

from adgen.voice.caption_layer import HIGHLIGHT_STYLE, LINE_STYLE
from adgen.voice.espeak import EspeakEngine
from adgen.voice.keys import captions_key, mix_key, speech_key, subtitles_key
from adgen.voice.types import Rect, VoiceSpec

ENGINE = EspeakEngine()
SAFE = Rect(76, 230, 1004, 1690)
HEADLINE = Rect(100, 1300, 980, 1560)


def keys(
    lines: dict[str, str], spec: VoiceSpec, headline: Rect = HEADLINE, style=LINE_STYLE
) -> dict[str, str]:
    starts = {"scene_1": 0.0, "scene_2": 4.0, "scene_3": 11.0}
    durations = {"scene_1": 4.0, "scene_2": 7.0, "scene_3": 4.0}
    out: dict[str, str] = {}
    for sid, text in lines.items():
        out[f"{sid}/speech"] = speech_key(text, spec, ENGINE)
        out[f"{sid}/captions"] = captions_key(
            out[f"{sid}/speech"],
            style,
            (1080, 1920),
            SAFE,
            [headline] if sid == "scene_2" else [],
            durations[sid],
            0.25,
            None,
        )
    placed = [(starts[s] + 0.25, out[f"{s}/speech"]) for s in lines]
    out["subtitles"] = subtitles_key(placed, 42, 2)
    out["mix"] = mix_key("music-key", 0.8, placed, 15.0, 12.0, -14.0, -1.0)
    return out


LINES = {"scene_1": "Still tired at three?", "scene_2": "Smooth and bold.", "scene_3": "Order today."}


def changed(a: dict[str, str], b: dict[str, str]) -> set[str]:
    return {k for k in a if a[k] != b[k]}


def test_keys_are_stable():
    assert keys(LINES, VoiceSpec()) == keys(dict(LINES), VoiceSpec())
    # whitespace the engine does not hear does not re-synthesise
    assert keys({**LINES, "scene_2": " Smooth  and bold. "}, VoiceSpec()) == keys(LINES, VoiceSpec())


def test_editing_one_line_re_keys_only_that_scene_and_the_ad_wide_outputs():
    before = keys(LINES, VoiceSpec())
    after = keys({**LINES, "scene_2": "Smooth, bold and slow."}, VoiceSpec())
    assert changed(before, after) == {"scene_2/speech", "scene_2/captions", "subtitles", "mix"}


def test_voice_rate_and_pitch_re_key_every_speech():
    base = keys(LINES, VoiceSpec())
    for spec in (VoiceSpec(voice="en-gb"), VoiceSpec(rate=0.85), VoiceSpec(pitch=0.8)):
        assert changed(base, keys(LINES, spec)) == set(base), spec


def test_layout_inputs_re_key_only_the_caption_layers():
    base = keys(LINES, VoiceSpec())
    moved = keys(LINES, VoiceSpec(), headline=Rect(100, 300, 980, 500))
    assert changed(base, moved) == {"scene_2/captions"}
    restyled = keys(LINES, VoiceSpec(), style=HIGHLIGHT_STYLE)
    assert changed(base, restyled) == {"scene_1/captions", "scene_2/captions", "scene_3/captions"}


def test_the_engine_version_is_part_of_the_speech_key():
    class OtherEspeak(EspeakEngine):
        version = 99

    assert speech_key("Order today.", VoiceSpec(), OtherEspeak()) != speech_key(
        "Order today.", VoiceSpec(), ENGINE
    )
    assert "espeak-ng-" in ENGINE.model
