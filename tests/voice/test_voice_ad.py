"""A 3-scene ad's voice-over built directly (no pipeline): speech in every scene above the
music, caption cues on the measured speech onsets, the music ducked, the loudness target met,
and the sidecar files valid and saying what the captions say. Everything is measured from the
audio and the files, not from the package's own timings."""

from __future__ import annotations

import numpy as np
import pytest
import srt
import webvtt
from scipy.signal import resample_poly
from voice_example import SCENES, build
from voice_measure import band, complement, level_db, onsets
from voice_measure import speech_spans as measured_spans
from voice_plots import waveform_and_spectrogram

from adgen.voice.cues import MAX_CHARS, display_length
from adgen.voice.loudness import measure_loudness
from adgen.voice.mix import music_bed
from adgen.voice.pcm import read_wav
from adgen.voice.timeline import scene_cues

RATE = 48_000


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    return build(tmp_path_factory.mktemp("voice_ad"))


def speech_spans(voice: np.ndarray) -> list[tuple[float, float]]:
    """Where the placed speech sounds, gaps under 0.3 s joined (read from the audio)."""
    return measured_spans(voice, RATE)


def clock(text: str) -> float:
    hours, minutes, seconds = text.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def test_every_line_fits_its_scene(example):
    assert all(f.fits for f in example.fits), [f.message for f in example.fits]


def test_speech_is_present_in_every_scene_above_the_music(example):
    mix, rate = read_wav(example.mix.path)
    assert rate == RATE and mix.shape == (int(15 * RATE), 2)
    spans = speech_spans(example.voice)
    music_only = complement(spans, 0.3, 14.0, 0.4)
    voiced = band(mix, RATE, 300, 3400)
    bed_level = level_db(voiced, RATE, music_only)
    for scene in example.scenes:
        inside = [(a, b) for a, b in spans if scene.start_sec <= a < scene.start_sec + scene.duration_sec]
        assert inside, f"no speech measured in {scene.scene_id}"
        assert level_db(voiced, RATE, inside) >= bed_level + 6.0, scene.scene_id


def test_caption_cues_start_on_the_measured_speech_onsets(example):
    measured = onsets(example.voice, RATE)
    assert len(example.cues) >= len(SCENES)
    for cue in example.cues:
        nearest = min(measured, key=lambda t, s=cue.start: abs(t - s))
        assert abs(nearest - cue.start) <= 0.15, (cue, measured)
    # and every measured onset has its cue (no speech left uncaptioned)
    for onset in measured:
        assert min(abs(c.start - onset) for c in example.cues) <= 0.15


def test_music_is_ducked_at_least_6_db_under_the_voice(example):
    """Below 110 Hz there is music (kick, bass) and next to no voice, so the mix's level there
    is the music's; the depth is how much more it drops during speech than the music itself does."""
    mix, _ = read_wav(example.mix.path)
    bed = music_bed(example.music, 15.0, 0.8)
    spans = speech_spans(example.voice)
    outside = complement(spans, 0.3, 14.0, 0.4)
    low_mix, low_bed, low_voice = (band(x, RATE, None, 110) for x in (mix, bed, example.voice))
    assert (
        level_db(low_voice, RATE, spans) < level_db(low_mix, RATE, spans) - 10
    )  # it is the music we measure
    depth = (level_db(low_mix, RATE, outside) - level_db(low_mix, RATE, spans)) - (
        level_db(low_bed, RATE, outside) - level_db(low_bed, RATE, spans)
    )
    print(f"ducking depth {depth:.1f} dB")
    assert depth >= 6.0


def test_mix_meets_the_loudness_target(example):
    loudness = measure_loudness(example.mix.path)
    assert abs(loudness.integrated_lufs - (-14.0)) <= 0.5, loudness
    assert loudness.true_peak_db <= -1.0, loudness
    mix, _ = read_wav(example.mix.path)
    oversampled = resample_poly(mix, 4, 1, axis=0)
    assert 20 * np.log10(np.abs(oversampled).max()) <= -0.9


def test_sidecars_parse_back_and_match_the_captions(example):
    parsed = list(srt.parse(example.srt.read_text(encoding="utf-8")))
    vtt = webvtt.read(str(example.vtt))
    assert len(parsed) == len(vtt.captions) == len(example.cues)
    for cue, sub, cap in zip(example.cues, parsed, vtt.captions, strict=True):
        assert sub.content == cap.text == "\n".join(cue.lines)
        assert (
            abs(sub.start.total_seconds() - cue.start) < 0.001
            and abs(sub.end.total_seconds() - cue.end) < 0.001
        )
        assert abs(clock(cap.start) - cue.start) < 0.001 and abs(clock(cap.end) - cue.end) < 0.001
        assert all(display_length(line) <= MAX_CHARS for line in cue.lines) and len(cue.lines) <= 2
    # the spoken words, in order, are exactly the words of the subtitles
    spoken = " ".join(text for *_, text in SCENES).split()
    assert " ".join(s.content.replace("\n", " ") for s in parsed).split() == spoken
    # the burned-in captions of each scene say the same lines at the same times (shifted by the scene start)
    burned = [
        (round(c.start + s.start_sec, 3), c.lines)
        for s in example.scenes
        for c in scene_cues(s.speech, s.duration_sec)
    ]
    assert burned == [(round(c.start, 3), c.lines) for c in example.cues]
    # cues never overlap and never cross a scene cut
    for a, b in zip(example.cues, example.cues[1:], strict=False):
        assert a.end <= b.start
    cuts = [start for _, start, *_ in SCENES[1:]]
    for cue in example.cues:
        assert not any(cue.start < cut < cue.end for cut in cuts)


def test_a_picture_of_the_mix(example, artifacts_dir):
    mix, _ = read_wav(example.mix.path)
    path = waveform_and_spectrogram(mix, RATE, artifacts_dir / "mix.png", speech_spans(example.voice))
    assert path.stat().st_size > 10_000
