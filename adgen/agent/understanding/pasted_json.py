"""Edits pasted as a JSON-ish object: {"cta": "Call 24/7: (555) 014-2277", "cta_color": "#FFFFFF"}.

Part of :mod:`adgen.agent.understanding` (round twenty-six f, dev19: owners who paste from a
spreadsheet or a developer's note). Read as typed, the braces and keys were no request the parser
knew, and the help text was all the reply. Each key names a scene's text ("cta", "hook_text"), one
of its fields ("cta_color", "hook_font_size", "cta_position", "showcase_duration"), the music
("music_volume") or the ad's length ("duration"); the object is rewritten as the labelled lines the
readers already know ("cta text: "…"; cta text colour: #FFFFFF"). An object with a key none of
those names is left as typed (and read, or asked about, as any message is).
"""

from __future__ import annotations

import json
import re

_OBJECT_RE = re.compile(r"^\s*\{(?P<body>.*)\}\s*$", re.S)
_PAIR_RE = re.compile(
    r"""["'“”]?(?P<key>[A-Za-z][\w\s-]{0,30}?)["'“”]?\s*:\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|“(?P<cq>[^”]*)”|(?P<bare>[^,}]+))"""
)
_SCENE_WORDS = (
    r"(?:hook|opener|intro|cta|end\s+card|endcard|outro|showcase|social\s+proof|testimonial|problem|solution|"
    r"scene\s*\d|headline|tagline)"
)
_FIELD_RE = re.compile(
    rf"^(?P<scene>{_SCENE_WORDS})(?:\s+(?:text|copy|line|overlay|words))?"
    r"(?:\s+(?P<field>colou?r|text\s+colou?r|font\s+colou?r|size|font\s+size|text\s+size|fontsize|position|pos|"
    r"duration|length|seconds|secs|durationsec))?$",
    re.I,
)
_MUSIC_RE = re.compile(r"^(?:music|audio|bgm)(?:\s+(?P<field>volume|vol|mood|track|level))?$|^volume$", re.I)
_LENGTH_RE = re.compile(r"^(?:duration|length|total\s+length|ad\s+length|durationsec|seconds)$", re.I)


def _pairs(body: str) -> list[tuple[str, str]] | None:
    try:
        loaded = json.loads("{" + body + "}")
    except ValueError:
        loaded = None
    if isinstance(loaded, dict):
        if not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in loaded.values()):
            return None
        return [(str(k), str(v)) for k, v in loaded.items()]
    found = []
    for m in _PAIR_RE.finditer(body):
        values = (m.group("dq"), m.group("sq"), m.group("cq"), m.group("bare"))
        found.append((m.group("key"), next(v for v in values if v is not None)))
    return [(k, v.strip()) for k, v in found] or None


def _line(key: str, value: str) -> str | None:
    key = re.sub(r"[_\-\s]+", " ", key).strip()
    key = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).lower()  # "ctaColor", "fontSize"
    key = key.replace("colour", "color")
    if _LENGTH_RE.match(key):
        return f"make the ad {value.rstrip('sS ').strip()} seconds"
    music = _MUSIC_RE.match(key)
    if music is not None:
        field = (music.group("field") or ("volume" if key == "volume" else "")).lower()
        if field in ("volume", "vol", "level"):
            return f"music volume: {value}"
        return f"music: {value}" if field in ("", "mood", "track") else None
    m = _FIELD_RE.match(key)
    if m is None:
        return None
    scene, field = m.group("scene"), (m.group("field") or "").lower()
    if scene in ("headline",):
        scene = "hook"
    if not field:
        return f"{scene} text: “{value}”"
    if "color" in field:
        return f"{scene} text colour: {value}"
    if "size" in field:
        return f"{scene} text size: {value}"
    if field in ("position", "pos"):
        return f"{scene} text position: {value}"
    return f"make the {scene} {value.rstrip('sS ').strip()} seconds"


def unpasted(raw: str) -> str:
    """``raw`` as labelled lines when it is a JSON-ish object of edits every key of which is read;
    else ``raw``."""
    m = _OBJECT_RE.match(raw)
    if m is None:
        return raw
    pairs = _pairs(m.group("body"))
    if not pairs:
        return raw
    lines = [_line(k, v) for k, v in pairs]
    if any(line is None for line in lines):
        return raw
    return "; ".join(lines)  # type: ignore[arg-type]


__all__ = ["unpasted"]
