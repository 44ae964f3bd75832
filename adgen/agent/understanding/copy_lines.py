"""Copy handed over a line per scene: "New copy, one line per scene, in order:" over the lines,
"Copy for you, three lines:" over "1) …", "hook: '…'" / "middle: '…'" / "end: '…'".

Part of :mod:`adgen.agent.understanding`, read on the raw message before anything else. A
heading that announces copy (lines, words, copy, VO) over as many lines as the ad has scenes puts
line i on scene i, said as "scene i: “…”", which the rest of the parser reads; as many lines as
scenes is the only case read so: any other count asks which scene each line is for. A line
labelled with a place in the ad ("middle:", "end:", "opening:") names that scene. Two labelled
lines on one line, "1st scene VO: '…' / last scene VO: '…'", are two lines.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.splitter import BULLET_RE
from adgen.project import AdProject

# A heading that announces copy: "Lines for v2:", "Copy for you, three lines:", "Here are the
# words for the three pictures …:", "VO script:".
_HEADING_RE = re.compile(
    r"^[^:\n]{0,140}\b(?:copy|lines?|words|wording|script|captions|vo|voice[\s-]?overs?|taglines)\b"
    r"[^:\n]{0,140}:\s*$",
    re.I,
)
# A heading over versions or options ("2 alt versions of the hook line:") or over one part's lines
# ("hook line:") offers choices for that part: no line per scene.
_NOT_PER_SCENE_RE = re.compile(
    r"\b(?:versions?|variants?|variations?|alts?|alternatives?|options?|ideas|takes|choices|choose|pick|"
    r"a\s*/\s*b|ab|split|hook|cta|showcase|opener|intro|outro|end\s+card|tagline|headline|scene\s+\d)\b",
    re.I,
)
_VOICE_RE = re.compile(r"\b(?:vo|voice[\s-]?overs?|narration|script|voice\s+lines?)\b", re.I)
_NUMBERED_RE = re.compile(r"^\s*(?P<n>\d{1,2})\s*[.):]\s*(?P<line>\S.*)$")
# A whole line in one pair of quotes.
_QUOTED_LINE_RE = re.compile(r"^\s*(?:'(?P<s>[^']+)'|\"(?P<d>[^\"]+)\"|“(?P<c>[^”]+)”|‘(?P<cs>[^’]+)’)\s*$")
# A line with a label before a colon ("hook: …", "scene 2: …"): not a bare line of copy.
_LABELLED_RE = re.compile(r"^\s*[^\W\d][\w\s'-]{0,30}:\s*\S")
# A line that asks for a change is no line of copy.
_REQUEST_RE = re.compile(
    r"\b(?:make|change|move|remove|delete|drop|add|set|put|swap|turn|bigger|smaller|louder|quieter|"
    r"longer|shorter|brighter|darker|faster|slower|undo|render|font|colou?r|music|volume)\b",
    re.I,
)
# A label naming a place in the ad, before a quote: "middle: '…'", "the end: '…'".
_PLACE_LABEL_RE = re.compile(
    r"^(?P<pre>\s*(?:[-*•·]\s+)?)(?:the\s+)?(?P<place>middle|end|ending|close|closer|closing|start|"
    r"beginning|opening|opener)\s*:(?=\s*['\"“‘])",
    re.I | re.M,
)
_PLACES = {
    "middle": "middle scene",
    "end": "last scene",
    "ending": "last scene",
    "close": "last scene",
    "closer": "last scene",
    "closing": "last scene",
    "start": "first scene",
    "beginning": "first scene",
    "opening": "first scene",
    "opener": "first scene",
}
# "1st scene VO: 'A' / last scene VO: 'B'": a slash between two labelled quotes ends a line.
_SLASHED_RE = re.compile(r"(?<=['\"”’])\s+/\s+(?=[^/:'\"\n]{1,40}:\s*['\"“‘])")


def _bare_lines(body: list[str]) -> list[str] | None:
    """The copy of each line under a heading, None when the lines are not all bare copy: all
    numbered 1, 2, … in order, or none numbered; no label, no request."""
    numbered = [_NUMBERED_RE.match(line) for line in body]
    if any(numbered) and not all(numbered):
        return None
    if all(numbered):
        if [int(m.group("n")) for m in numbered if m] != list(range(1, len(body) + 1)):
            return None
        body = [m.group("line") for m in numbered if m]
    copy = []
    for line in body:
        line = BULLET_RE.sub("", line).strip()
        quoted = _QUOTED_LINE_RE.match(line)
        if quoted:
            copy.append(next(g for g in quoted.groups() if g is not None).strip())
            continue
        if (
            _LABELLED_RE.match(line)
            or _REQUEST_RE.search(line)
            or re.search(r"['\"“”‘’]\s*$|^\s*['\"“‘]", line)
        ):
            return None
        if "”" in line or len(line) > 80:
            return None
        copy.append(line)
    return copy


def copy_per_scene(raw: str, project: AdProject | None) -> tuple[str, str | None]:
    """The message with copy handed over a line per scene said scene by scene, and a question
    when the lines are not as many as the scenes (None when nothing asks)."""
    if project is None or "\n" not in raw.strip() and " / " not in raw:
        return raw, None
    raw = _SLASHED_RE.sub("\n", raw)
    lines = [line for line in raw.strip().splitlines() if line.strip()]
    if len(lines) >= 2:
        raw = _PLACE_LABEL_RE.sub(lambda m: m.group("pre") + _PLACES[m.group("place").lower()] + ":", raw)
    if len(lines) < 3 or not _HEADING_RE.match(lines[0]) or _NOT_PER_SCENE_RE.search(lines[0]):
        return raw, None
    copy = _bare_lines(lines[1:])
    if copy is None:
        return raw, None
    scenes = len(project.scenes)
    if len(copy) != scenes:
        return raw, (
            f"You sent {len(copy)} lines and the ad has {scenes} scenes: which scene should each line go on?"
        )
    field = " voice-over" if _VOICE_RE.search(lines[0]) else ""
    return "\n".join(f"scene {n}{field}: “{line}”" for n, line in enumerate(copy, start=1)), None


def handed_copy(request: str | None) -> bool:
    """Whether a message handed over copy a line per scene under a heading (so that "line 2"
    after it is scene 2's text)."""
    if not request:
        return False
    lines = [line for line in request.strip().splitlines() if line.strip()]
    return (
        len(lines) >= 3
        and bool(_HEADING_RE.match(lines[0]))
        and not _NOT_PER_SCENE_RE.search(lines[0])
        and _bare_lines(lines[1:]) is not None
    )


_LINE_N_RE = re.compile(r"\bline\s+(?:(?:number|no\.?|#)\s*)?(\d{1,2})\b", re.I)


def line_as_scene(raw: str, last_request: str | None, project: AdProject | None) -> str:
    """ "and make line 2 white" after copy handed over a line per scene: scene 2's text."""
    if project is None or not handed_copy(last_request):
        return raw

    def scene(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return f"the scene {n} text" if 1 <= n <= len(project.scenes) else m.group(0)

    return _LINE_N_RE.sub(scene, raw)


# A brief's copy, numbered: "Copy: 1) '…' 2) '…' 3) '…'" (a quote after each number).
_BRIEF_COPY_RE = re.compile(
    r"\b(?:copy|lines|words|text|script|on[\s-]screen\s+text)\s*:\s*(?P<items>1\s*[.)]\s*\ue000[\ue100-\ue1ff]"
    r"(?:\s*[,;]?\s*\d{1,2}\s*[.)]\s*\ue000[\ue100-\ue1ff])+)",
    re.I,
)
_BRIEF_ITEM_RE = re.compile(r"(\d{1,2})\s*[.)]\s*\ue000([\ue100-\ue1ff])")


def brief_copy(masked: str, quotes: list) -> list[str] | None:
    """The words of each scene a brief numbers under "Copy:", in order (None: none numbered so)."""
    m = _BRIEF_COPY_RE.search(masked)
    if m is None:
        return None
    items = _BRIEF_ITEM_RE.findall(m.group("items"))
    if [int(n) for n, _ in items] != list(range(1, len(items) + 1)):
        return None
    return [quotes[ord(q) - 0xE100].inner for _, q in items]


__all__ = ["brief_copy", "copy_per_scene", "handed_copy", "line_as_scene"]
