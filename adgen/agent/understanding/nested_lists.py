"""Lists inside lists, and numbered items on one line (round thirty-six b, dev26's garage).

- "changes:\\n- hook\\n  - text yellow\\n  - at the bottom\\n- music\\n  - a bit quieter": a sub-bullet
  belongs to the bullet above it, so each is said with its parent ("- hook text yellow", "- hook at
  the bottom", "- music a bit quieter"); read alone, "at the bottom" moved every text;
- "hook:\\n- text yellow\\n- at the bottom": a label naming a card or a part (a role, "… card",
  "music", "voice") over bullets is their parent too;
- "1) booking card text white 2) the voice a bit slower": items numbered 1), 2), … (or 1. 2. …) in
  one line are one line each, so the second is no part of the first's scene.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.clause import ROLE_ALT

_BULLET_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[-*•]|\d{1,2}[.)])[ \t]+(?P<body>\S.*?)\s*$")
# A label over a list that names a card or a part of the ad ("hook:", "the APR card:", "music:").
_PART_LABEL_RE = re.compile(
    rf"^\W*(?P<label>(?:the\s+)?(?:[^\s:,.;!?]+\s+){{0,3}}?(?:card|slide|screen|frame|line|scene\s*\d+|{ROLE_ALT}"
    r"|music|soundtrack|song|audio|voice(?:[\s-]?over)?|vo|narration))\s*:\s*$",
    re.I,
)
# A parent bullet: a few words naming what its children change ("hook", "the end card", "music").
_PARENT_RE = re.compile(r"^[\w$£€%&'’ -]{1,40}?:?$")


def _indent(text: str) -> int:
    return len(text.expandtabs(4))


def flattened_lists(raw: str) -> str:
    """``raw`` with each sub-bullet said with its parent bullet (or the card label above a list),
    and numbered items of one line put on lines of their own; else unchanged."""
    raw = _numbered_lines(raw)
    lines = raw.split("\n")
    if len(lines) < 2:
        return raw
    out: list[str] = []
    parent: tuple[int, str] | None = None  # (indent of the parent, its words)
    changed = False
    for i, line in enumerate(lines):
        m = _BULLET_RE.match(line)
        label = _PART_LABEL_RE.match(line)
        nxt = _BULLET_RE.match(lines[i + 1]) if i + 1 < len(lines) else None
        if label and nxt is not None and not _indent(nxt.group("indent")):
            parent, changed = (-1, label.group("label")), True
            continue
        if m is None:
            parent = None
            out.append(line)
            continue
        depth = _indent(m.group("indent"))
        body = m.group("body")
        if parent is not None and depth > parent[0]:
            out.append(f"{m.group('mark')} {parent[1]} {body}")
            continue
        if nxt is not None and _indent(nxt.group("indent")) > depth and _PARENT_RE.match(body):
            parent, changed = (depth, body.rstrip(":").strip()), True
            continue
        parent = None
        out.append(line)
    return "\n".join(out) if changed else raw


# "1) … 2) …", "1. … 2. …" in one line: the marks numbered from 1 in order.
_FIRST_RE = re.compile(r"^\s*1(?P<sep>[.)])\s+\S")


def _numbered_lines(raw: str) -> str:
    out = []
    for line in raw.split("\n"):
        m = _FIRST_RE.match(line)
        if m is None:
            out.append(line)
            continue
        sep = re.escape(m.group("sep"))
        pieces, n, pos = [], 2, 0
        while True:
            nxt = re.compile(rf"(?<=\S)\s+(?={n}{sep}\s+\S)").search(line, pos)
            if nxt is None:
                break
            pieces.append(line[pos : nxt.start()])
            pos, n = nxt.end(), n + 1
        pieces.append(line[pos:])
        out.append("\n".join(pieces) if len(pieces) > 1 else line)
    return "\n".join(out)


__all__ = ["flattened_lists"]
