"""Subtitle files offered next to each export: SubRip (.srt) and WebVTT (.vtt).

Both formats are a few lines of text per cue, so they are written here directly; the tests
parse them back with the ``srt`` and ``webvtt-py`` libraries. Cue text reaches these writers
cleaned (:func:`adgen.voice.cues.clean_caption_text`: no control characters, no "-->"), and
WebVTT's three reserved characters are escaped, so any line a marketer types round-trips.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from adgen.pipeline.atomic import atomic_output
from adgen.voice.types import Cue


def _clock(seconds: float, separator: str) -> str:
    ms = max(0, int(round(seconds * 1000)))
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{ms:03d}"


def to_srt(cues: Sequence[Cue]) -> str:
    blocks = []
    for number, cue in enumerate(cues, start=1):
        timing = f"{_clock(cue.start, ',')} --> {_clock(cue.end, ',')}"
        blocks.append(f"{number}\n{timing}\n" + "\n".join(cue.lines) + "\n")
    return "\n".join(blocks)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[Cue]) -> str:
    blocks = ["WEBVTT\n"]
    for number, cue in enumerate(cues, start=1):
        timing = f"{_clock(cue.start, '.')} --> {_clock(cue.end, '.')}"
        blocks.append(f"{number}\n{timing}\n" + "\n".join(_vtt_escape(line) for line in cue.lines) + "\n")
    return "\n".join(blocks)


def write_sidecars(cues: Sequence[Cue], stem: Path) -> tuple[Path, Path]:
    """``<stem>.srt`` and ``<stem>.vtt`` (UTF-8), each written atomically."""
    stem = Path(stem)
    paths = (stem.with_suffix(".srt"), stem.with_suffix(".vtt"))
    for path, text in zip(paths, (to_srt(cues), to_vtt(cues)), strict=True):
        with atomic_output(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    return paths


__all__ = ["to_srt", "to_vtt", "write_sidecars"]
