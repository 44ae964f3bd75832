"""Cue building and subtitle files: the 42-character, two-line limits held on any text, breaks
where a reader expects them, and hostile or foreign text safe in both formats."""

from __future__ import annotations

import html
import random

import pytest
import srt
import webvtt

from adgen.voice.cues import MAX_CHARS, build_cues, display_length, wrap_lines
from adgen.voice.sidecars import to_srt, write_sidecars
from adgen.voice.types import WordTiming

HOSTILE = [
    'He said "100% off" — at 5:30\\now, C:\\temp\\x.srt',
    "<b>bold</b> & <i>tags</i> --> arrows -> 'quotes' {braces} [brackets] %d %s %%",
    "咖啡很好喝，每天早上都喝一杯冷萃咖啡，真的非常提神醒脑，推荐给大家试一试吧！",
    "Emoji 👩‍👩‍👧‍👦 families 👍🏽 flags 🇯🇵 and ☕️ coffee ✨✨✨ everywhere 🎉",
    "Supercalifragilisticexpialidocious-hyphenated-compound-words-that-never-end-at-all",
    "Café naïve façade coöperate — ÅÄÖ ñ ü ß",
]


def timed(text: str, start: float = 0.0, wps: float = 2.8) -> list[WordTiming]:
    words = text.split()
    return [WordTiming(w, start + i / wps, start + (i + 0.8) / wps) for i, w in enumerate(words)]


def check_limits(cues, max_chars: int = MAX_CHARS) -> None:
    for cue in cues:
        assert 1 <= len(cue.lines) <= 2, cue
        for line in cue.lines:
            assert line.strip() and display_length(line) <= max_chars, (line, display_length(line))
    for a, b in zip(cues, cues[1:], strict=False):
        assert a.end <= b.start and a.start < a.end


@pytest.mark.parametrize("text", HOSTILE)
def test_limits_hold_on_hostile_and_foreign_text(text, tmp_path):
    words = timed(text)
    cues = build_cues(words)
    check_limits(cues)
    shown = "".join("".join(c.lines) for c in cues).replace(" ", "")
    expected = text.replace(" ", "").replace("-->", "→")
    assert shown == expected  # nothing lost, nothing added
    srt_path, vtt_path = write_sidecars(cues, tmp_path / "subs")
    parsed = list(srt.parse(srt_path.read_text(encoding="utf-8")))
    assert [p.content for p in parsed] == [c.text for c in cues]
    assert [html.unescape(c.text) for c in webvtt.read(str(vtt_path)).captions] == [c.text for c in cues]


def test_limits_hold_on_random_copy():
    rng = random.Random(7)
    vocabulary = (
        "the a cold brew coffee tastes smooth bold, arabica. really? yes! twenty hours Northwind".split()
    )
    for _ in range(200):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 60)))
        check_limits(build_cues(timed(text, wps=rng.uniform(1.5, 4.0))))


def test_breaks_at_sentence_ends_and_pauses():
    words = timed("Still tired at three? Wake up to cold brew.")
    assert [c.text for c in build_cues(words)] == ["Still tired at three?", "Wake up to cold brew."]
    # a long pause starts a new cue even mid-sentence
    words = timed("Smooth and bold") + timed("brewed slow", start=2.5)
    assert [c.text for c in build_cues(words)] == ["Smooth and bold", "brewed slow"]


def test_two_lines_are_balanced_and_not_broken_after_an_article():
    lines = wrap_lines("Brewed slowly for twenty hours with one hundred percent arabica beans".split())
    assert lines is not None and len(lines) == 2
    assert abs(len(lines[0]) - len(lines[1])) <= 12
    assert lines[0].split()[-1].lower() not in {"the", "a", "for", "with", "of"}
    assert wrap_lines(["x" * 43]) is None


def test_cue_durations_respect_reading_time_and_the_scene_end():
    words = [WordTiming("Go!", 1.0, 1.2)]
    (cue,) = build_cues(words)
    assert cue.end - cue.start >= 0.8
    (cut,) = build_cues(words, end_limit=1.5)
    assert cut.end == 1.5
    many = timed(" ".join(["word"] * 40), wps=2.0)
    assert all(c.end - c.start <= 6.5 for c in build_cues(many))


def test_srt_layout_is_exact():
    cues = build_cues([WordTiming("Hello", 0.25, 0.6), WordTiming("world.", 0.6, 1.0)])
    assert to_srt(cues) == "1\n00:00:00,250 --> 00:00:01,300\nHello world.\n"


def test_vtt_escapes_markup(tmp_path):
    cues = build_cues(timed("<b>5 & 6</b>"))
    _, vtt_path = write_sidecars(cues, tmp_path / "x")
    text = vtt_path.read_text(encoding="utf-8")
    assert "&lt;b&gt;5" in text and "&amp;" in text and "<b>" not in text
    assert html.unescape(webvtt.read(str(vtt_path)).captions[0].text) == "<b>5 & 6</b>"
