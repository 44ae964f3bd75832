""" "a bit darker" right after a text colour changed: a darker shade of that colour, or a darker
scene? Asked, with both named, never guessed.

Part of :mod:`adgen.agent.understanding`. After "make the CTA text orange", a bare "a bit darker"
reads as well as the colour's shade as the scene's light; applying either would be an edit the
marketer may not have asked for. ``SHADE_WORDS`` is the table: the words of a bare step, and how
far towards black (or white) the shade goes. A one-word answer ("the text", "the scene") picks.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.conversation_state import ConversationState, PendingOption, PendingQuestion
from adgen.agent.understanding.scenes import ROLE_LABEL
from adgen.agent.understanding.values import find_colors
from adgen.project import AdProject

_I = re.I
# (pattern of a bare step, the way it goes: "darker" towards black, "lighter" towards white)
SHADE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"darker|deeper|more\s+dark|less\s+bright", _I), "darker"),
    (re.compile(r"lighter|brighter|paler|more\s+bright|less\s+dark", _I), "lighter"),
)
_BARE_RE = re.compile(
    r"^\W*(?:(?:hmm+|ok(?:ay)?|and|now|maybe|actually|make\s+(?:it|that)|go|try|a\s+(?:bit|little|touch|tad|slightly)|slightly|bit|"
    r"little|much|way|a\s+lot|even|please|pls)\b[\s,]*)*(?:an?\s+)?(?P<word>[a-z]+(?:\s+[a-z]+)?)\W*(?:please|pls)?\W*$",
    _I,
)
_STEP = {"bit": 0.15, "normal": 0.25, "much": 0.45}


def shade_or_scene(clause: str, project: AdProject, state: ConversationState) -> PendingQuestion | None:
    """The question for a bare "darker"/"lighter" right after a text colour change, else None."""
    last = [op for op in state.last_operations if op.get("operation") == "update_overlay" and op.get("color")]
    if not last or len(last) != len(state.last_operations):
        return None
    bare = _BARE_RE.match(clause)
    if bare is None:
        return None
    word = bare.group("word")
    parts = word.split()
    if len(parts) == 2 and _is_colour_set(parts[1], last):
        word = parts[0]  # "a darker red" right after the text went red: the shade, as "darker" is
    way = next((w for pattern, w in SHADE_WORDS if pattern.fullmatch(word)), None)
    if way is None:
        return None
    step = _STEP["bit" if re.search(r"\b(?:bit|little|touch|tad|slightly)\b", clause, _I) else "normal"]
    if re.search(r"\b(?:much|way|a\s+lot)\b", clause, _I):
        step = _STEP["much"]
    existing = {s.id for s in project.scenes}
    scenes = [op["sceneId"] for op in last if op.get("sceneId") in existing]
    if not scenes:
        return None
    names = _names(project, scenes)
    shade_ops = [
        {
            "operation": "update_overlay",
            "sceneId": sid,
            "color": _shade(project.scene(sid).overlay.color, way, step),
        }
        for sid in scenes
    ]
    look = "darker" if way == "darker" else "brighter"
    scene_ops: list[dict[str, Any]] = [
        {
            "operation": "update_scene",
            "sceneId": sid,
            "backgroundPrompt": f"{project.scene(sid).background_prompt}, {look}",
        }
        for sid in scenes
    ]
    word = "darker" if way == "darker" else "lighter"
    return PendingQuestion(
        f"A {word} shade of {names} text colour, or a {word} scene behind it?",
        [
            PendingOption(
                "the text colour", ["text", "the text", "colour", "color", "shade", "text colour"], shade_ops
            ),
            PendingOption("the scene", ["scene", "the scene", "background", "backdrop", "image"], scene_ops),
        ],
    )


def shaded_colour(clause: str, project: AdProject, state: ConversationState) -> list[dict[str, Any]] | None:
    """ "a darker blue" right after "make the CTA text red": a shade of another colour names the
    text's new colour (a colour is no scene's light), so the text takes it, shaded, with no question;
    None for any other clause (a bare "darker", or "a darker red" for the colour just set, asks)."""
    last = [op for op in state.last_operations if op.get("operation") == "update_overlay" and op.get("color")]
    bare = _BARE_RE.match(clause) if last and len(last) == len(state.last_operations) else None
    parts = bare.group("word").split() if bare else []
    if len(parts) != 2 or _is_colour_set(parts[1], last):
        return None
    way = next((w for pattern, w in SHADE_WORDS if pattern.fullmatch(parts[0])), None)
    # ("a darker shade", "a lighter tone" right after the text colour: that colour's shade, never
    # the scene's light, which it darkened)
    own = _SHADE_NOUN_RE.fullmatch(parts[1]) is not None
    found = find_colors(parts[1])
    existing = {s.id for s in project.scenes}
    scenes = [op["sceneId"] for op in last if op.get("sceneId") in existing]
    if way is None or (len(found) != 1 and not own) or not scenes:
        return None
    step = _STEP["much"] if re.search(r"\b(?:much|way|a\s+lot)\b", clause, _I) else _STEP["normal"]
    if re.search(r"\b(?:bit|little|touch|tad|slightly)\b", clause, _I):
        step = _STEP["bit"]
    return [
        {
            "operation": "update_overlay",
            "sceneId": sid,
            "color": _shade(project.scene(sid).overlay.color if own else found[0].hex, way, step),
        }
        for sid in scenes
    ]


_SHADE_NOUN_RE = re.compile(r"shade|tone|hue|tint|colou?r", _I)


# "make the hook text darker", "try darker text instead", "the cta font colour a bit deeper": the
# text's own colour, a shade darker (or lighter, said of its colour: "lighter" alone of text may be
# its weight). Each row: the pattern, the way the shade goes.
_TEXT = r"(?:text|font|letters|lettering|words|type|copy|caption|writing)"
_HOW = r"(?:(?:should\s+be|to\s+be|is|be|a\s+(?:bit|little|touch|tad|lot)|slightly|much|way|even|more)\s+)*"
TEXT_SHADE_ROWS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b(?:darker|deeper)\s+{_TEXT}\b|\b{_TEXT}(?:\s+colou?r)?\s+{_HOW}(?:darker|deeper)\b", _I
        ),
        "darker",
    ),
    (
        re.compile(
            rf"\b(?:lighter|paler|brighter)\s+{_TEXT}\s+colou?r\b|\b{_TEXT}\s+colou?r\s+{_HOW}(?:lighter|paler|brighter)\b",
            _I,
        ),
        "lighter",
    ),
)


def read_text_shade(r: Any, f: Any) -> None:
    """A field step (:mod:`fields`): the text's colour a shade darker or lighter, in the scenes
    named (else the ones talked about, else every scene); never the scene's light or picture."""
    if f.has["audio"] or f.has["product"] or f.has["background"] or f.ch.overlay or find_colors(f.rest):
        return
    found = next(((m, way) for pattern, way in TEXT_SHADE_ROWS if (m := pattern.search(f.rest))), None)
    if found is None:
        return
    m, way = found
    # ("no, undo that and try darker text instead": the scene talked about, as "the text" is)
    existing = {s.id for s in r.project.scenes}
    talked = [sid for sid in r.ctx.targets or [] if sid in existing]
    ids = f.target.ids or talked or [s.id for s in r.project.scenes]
    step = _STEP["much"] if re.search(r"\b(?:much|way|a\s+lot)\b", m.group(0), _I) else _STEP["normal"]
    if re.search(r"\b(?:bit|little|touch|tad|slightly)\b", m.group(0), _I):
        step = _STEP["bit"]
    for sid in ids:
        f.ch.overlay.setdefault(sid, {})["color"] = _shade(r.project.scene(sid).overlay.color, way, step)
    f.consumed.append(m.span())
    f.topic = "overlay"


def _is_colour_set(word: str, last: list[dict[str, Any]]) -> bool:
    """The colour word names the colour the last request gave the text."""
    found = find_colors(word)
    return bool(found) and all(str(op.get("color", "")).upper() == found[0].hex.upper() for op in last)


def _names(project: AdProject, scenes: list[str]) -> str:
    ids = [s.id for s in project.scenes]
    parts = [f"scene {ids.index(sid) + 1} ({ROLE_LABEL[project.scene(sid).role]})" for sid in scenes]
    return ("the " if len(parts) > 1 else "") + " and ".join(parts) + ("'" if len(parts) > 1 else "'s")


def _shade(color: str, way: str, step: float) -> str:
    """The colour moved ``step`` of the way to black (darker) or white (lighter)."""
    rgb = [int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    target = 0 if way == "darker" else 255
    mixed = [round(c + (target - c) * step) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


__all__ = ["SHADE_WORDS", "TEXT_SHADE_ROWS", "read_text_shade", "shade_or_scene", "shaded_colour"]
