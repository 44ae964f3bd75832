"""A scene named by when it plays ("at around the 6 second mark", "the last 4 seconds", "the
first 2 seconds", "5 seconds in"), read as that scene from the scene lengths.

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really type them).
Read as typed, the number in "at around the 6 second mark, make the words pink" was the ad's
length (a wrong edit: the ad became 6 s and every text pink), and "make the last 4 seconds
longer" lengthened the whole ad. The time is rewritten as "scene N" when it falls inside one
scene; when it falls on a cut between two scenes, or a span covers several, the reader asks
which scene, naming them with their times, and changes nothing.

A span is read as one scene when at most half a second of it spills over a cut ("the last 3
seconds" of an ad whose end card is 4 s long is the end card). Nothing after the start of a
text typed without quotes changes.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.questions import is_question
from adgen.agent.understanding.quotes import PLACEHOLDER_RE
from adgen.agent.understanding.result import UnclearScene

_SECONDS = r"(?:s|secs?|seconds?)"
_NUMBER = r"(?P<n>\d+(?:\.\d+)?)"
# "at around the 6 second mark", "around the 6s mark", "the 5-second mark"
_MARK_RE = re.compile(
    rf"\b(?:(?:at|on|around|about|near)\s+)?(?:(?:around|about|roughly|approximately|near)\s+)?(?:the\s+)?"
    rf"{_NUMBER}[\s-]*{_SECONDS}?[\s-]*mark\b",
    re.I,
)
# "the bit at 5 seconds", "the part around 7 s", "the scene around the 10 second mark": a moment
# named with its noun (the noun goes with it: "the scene around the 10 second mark" is scene 3)
_BIT_AT_RE = re.compile(
    r"\b(?:the\s+|that\s+)?(?:bit|part|scene|moment|section|shot|frame|slide|card|point|one)\s+"
    rf"(?:(?:at|around|about|near)\s+)(?:(?:around|about|roughly|approximately)\s+)?(?:the\s+)?"
    rf"{_NUMBER}[\s-]*{_SECONDS}(?:[\s-]*mark)?\b(?:\s+in\b(?!\s+(?:the|a)\b))?",
    re.I,
)
# "5 seconds in", "at about 5 s in" (not "20 seconds in length/total")
_IN_RE = re.compile(
    rf"\b(?:(?:at|around|about)\s+)?(?:(?:around|about|roughly)\s+)?{_NUMBER}\s*{_SECONDS}\s+in\b"
    r"(?!\s*(?:length|total|duration|all|long)\b)(?!\s+(?:the|a)\b)",
    re.I,
)
# "the last 4 seconds", "the first 2 secs", "the final 3 s"
_SPAN_RE = re.compile(
    rf"\b(?:in\s+|for\s+|during\s+)?the\s+(?P<end>last|final|closing|first|opening)\s+{_NUMBER}\s*{_SECONDS}\b"
    # "first 4 seconds: text yellow.": without "the" only as a sentence's label ("make it last 4
    # seconds" is a length)
    rf"|(?:^|(?<=[.!?;\n])|(?<=[.!?;\n]\s))(?P<end2>last|final|first)\s+(?P<n2>\d+(?:\.\d+)?)\s*{_SECONDS}(?=\s*:)",
    re.I,
)
# A timecode as a video editor shows it: "at 0:12", "00:21", "around 0:05" (minutes 0 to 2 only:
# "9:16" is a frame shape; never a time of day, "2:30pm")
_CLOCK = r"(?<![\d:.])(?P<{m}>0?[0-2]):(?P<{s}>[0-5]\d)(?:\.\d+)?(?![\d:])(?!\s*(?:am|pm)\b)"
# "00:21–00:28", "from 0:00 to 0:06", "between 0:35 and 0:42": a range of the ad
_CLOCK_SPAN_RE = re.compile(
    r"\b(?:(?:from|between|during|in)\s+)?(?:the\s+)?"
    + _CLOCK.format(m="m", s="s")
    + r"\s*(?:[-–—~]|to|until|till|thru|through|and)\s*"
    + _CLOCK.format(m="m2", s="s2"),
    re.I,
)
# "at 0:12", "around 0:05", "@0:17"
_CLOCK_RE = re.compile(
    r"(?:\b(?:(?:right\s+)?(?:at|around|about|near|by|on)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?)|@\s*)?"
    + _CLOCK.format(m="m", s="s"),
    re.I,
)
_SPILL = 0.5


def _bounds(project: Any) -> list[tuple[float, float]]:
    out, t = [], 0.0
    for scene in project.scenes:
        out.append((t, t + scene.duration_sec))
        t += scene.duration_sec
    return out


def _at(project: Any, second: float) -> list[int]:
    """Indexes of the scenes playing at ``second`` (two on a cut)."""
    bounds = _bounds(project)
    if second >= bounds[-1][1]:
        return []
    return [i for i, (a, b) in enumerate(bounds) if a - 0.05 <= second <= b + 0.05]


def _span(project: Any, start: float, end: float) -> list[int]:
    """Indexes of the scenes a span covers, leaving out a spill of at most :data:`_SPILL`."""
    return [i for i, (a, b) in enumerate(_bounds(project)) if min(b, end) - max(a, start) > _SPILL]


def _name(project: Any, i: int) -> str:
    a, b = _bounds(project)[i]
    role = project.scenes[i].role.replace("_", " ")
    return f"scene {i + 1} ({'CTA' if role == 'cta' else role}, {a:g}–{b:g} s)"


def _question(project: Any, said: str, indexes: list[int], past_end: bool = False) -> str:
    names = [_name(project, i) for i in indexes] or [_name(project, i) for i in range(len(project.scenes))]
    options = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]
    if past_end:  # "at 0:45" of a 15 s ad: nothing plays then
        total = _bounds(project)[-1][1]
        when = re.sub(r"^\D*", "", said.strip())
        at = "in" if re.search(r"\d\s*(?:[-–—~]|to|until|till|thru|through|and)\s*\d", when) else "at"
        return f"The ad is only {total:g} s long, so nothing plays {at} {when}. Which scene do you mean: {options}?"
    return f"Which scene do you mean by “{said.strip()}”: {options}?"


def _seconds(m: re.Match[str], minutes: str, seconds: str) -> float:
    return int(m.group(minutes)) * 60 + float(m.group(seconds))


def at_time(masked: str, project: Any) -> tuple[str, UnclearScene | None]:
    """``masked`` with a scene named by its time rewritten as "scene N", and None; or the text
    unchanged and a question naming the scenes it could be."""
    if project is None or not project.scenes:
        return masked, None
    # ("what does it say at 0:10?": a question's "say" starts no copy)
    asking = is_question(masked)
    end = len(masked) if PLACEHOLDER_RE.search(masked) or asking else text_cue_end(masked)
    request, copy = masked[:end], masked[end:]
    total = sum(s.duration_sec for s in project.scenes)
    for _ in range(4):  # "first 4 seconds: text yellow. last 4 seconds: …": each time named
        m = next(
            (
                m
                for p in (_CLOCK_SPAN_RE, _CLOCK_RE, _BIT_AT_RE, _MARK_RE, _IN_RE, _SPAN_RE)
                if (m := p.search(request))
            ),
            None,
        )
        if m is None:
            break
        past_end = False
        if m.re is _CLOCK_SPAN_RE:  # "00:21–00:28": the scene that holds it
            start, stop = _seconds(m, "m", "s"), _seconds(m, "m2", "s2")
            past_end = start >= total
            found = [] if past_end or stop <= start else _span(project, start, stop)
        elif m.re is _CLOCK_RE:  # "at 0:12": the scene playing then
            n = _seconds(m, "m", "s")
            past_end = n >= total
            found = _at(project, n)
        elif m.re is _SPAN_RE:
            named = (m.group("end") or m.group("end2")).lower() in ("opening", "closing")
            if named and re.match(r"\s*(?:longer|shorter)\b", request[m.end() :], re.I):
                break  # "the opening 2 s shorter": the opening scene, shorter by 2 s
            n = float(m.group("n") or m.group("n2"))
            if n >= total:
                break  # "the last 20 seconds" of a 15 s ad: the whole ad, as typed
            last = (m.group("end") or m.group("end2")).lower() in ("last", "final", "closing")
            found = _span(project, total - n, total) if last else _span(project, 0.0, n)
        else:
            found = _at(project, float(m.group("n")))
        if len(found) != 1:
            offered = tuple(i + 1 for i in (found or range(len(project.scenes))))
            return masked, UnclearScene(_question(project, m.group(0), found, past_end), m.group(0), offered)
        # "the last 4 seconds: swap the text …": a scene and a colon say where, not what it says
        colon = re.match(r"\s*:\s*", request[m.end() :])
        # ("the words in the first 3 seconds": the words in scene 1, never "the words scene 1")
        inside = (
            asking
            or re.match(r"(?:in|during)\s", m.group(0), re.I)
            or (
                m.re is _CLOCK_RE
                and re.match(r"\W*[a-z]", m.group(0), re.I)  # "the bike at 0:15": in scene 3
            )
        )
        said = f"in scene {found[0] + 1}, " if colon else f"{'in ' if inside else ''}scene {found[0] + 1}"
        request = request[: m.start()] + said + request[m.end() + (colon.end() if colon else 0) :]
    return request + copy, None
