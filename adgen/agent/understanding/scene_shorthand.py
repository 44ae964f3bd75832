"""A scene named in shorthand: "s3", "sc2", "scn 4", "sc. 1" (round thirty-one b and d).

Part of :mod:`adgen.agent.understanding`. Editors and marketers who work from a shot list write a
scene as "s" and its number: "s2 → 6s, s4 text → 'Pre-order by 8pm'" named no scene, "make s3
shorter" shortened the whole ad, "s2 text bigger" made every text bigger, and a dealer's "s3 = '0.9%
APR for 72 months'" was no request (the parser does read "scene 3 = '…'"). The short form is said as
"scene N", never inside a word or a figure ("s2.5", "6s"); a scene the ad lacks is said too, so
"s9 text bigger" is told there is no scene 9 instead of changing every text.
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_SHORT_RE = re.compile(
    # ("s 3" is too loose to be a scene: only "sc"/"scn" may have a space before the number; a
    # number after it is a length or a figure: "6s", "s2.5", "s3:00", "s4 %", "s2x")
    r"(?<![\w$£€.#/-])(?:s|sc\.?\s?|scn\.?\s?)#?(?P<n>\d{1,2})(?![\w/-]|[.,:]\d|\s?(?:%|x\b))",
    re.I,
)


def scene_shorthand(masked: str, project: AdProject | None) -> str:
    """``masked`` with "s3" (…) said as "scene 3"."""
    if project is None:
        return masked

    # (a scene the ad lacks is said too: "s9 text bigger" is told there is no scene 9, never every text)
    return _SHORT_RE.sub(lambda m: f"scene {int(m.group('n'))}", masked)


__all__ = ["scene_shorthand"]
