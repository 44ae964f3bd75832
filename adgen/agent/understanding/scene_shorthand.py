"""A scene's number in shorthand: "s2 → 6s", "make s3 shorter", "sc4 text white", "scn 2 brighter".

Part of :mod:`adgen.agent.understanding` (round thirty-one b, dev22's multi-part messages: "s2 → 6s,
s4 text → 'Pre-order by 8pm'" named no scene, and "make s3 shorter" shortened the whole ad). Editors
and marketers who work from a shot list write a scene as "s" and its number. Said as "scene N" when
the ad has that scene; a number after it ("6s", "10 s") is a length, never a scene, and a number the
ad has no scene for is left as typed.
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_SHORT_RE = re.compile(
    r"(?<![\w$£€.#/-])(?:s|sc\.?\s?|scn\.?\s?)(?P<n>\d{1,2})(?![\w/-]|[.,:]\d|\s?(?:%|x\b))", re.I
)


def scene_shorthand(masked: str, project: AdProject | None) -> str:
    """``masked`` with "s2", "sc 3" said as "scene 2", "scene 3" (scenes the ad has); else as typed."""
    if project is None:
        return masked

    def repl(m: re.Match[str]) -> str:
        n = int(m.group("n"))
        return f"scene {n}" if 1 <= n <= len(project.scenes) else m.group(0)

    return _SHORT_RE.sub(repl, masked)


__all__ = ["scene_shorthand"]
