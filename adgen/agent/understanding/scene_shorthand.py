"""A scene named in shorthand: "s3", "sc2", "scn 4", "sc. 1" (round thirty-one d).

Part of :mod:`adgen.agent.understanding`. A dealer's "s3 = '0.9% APR for 72 months'" was no
request the parser knew (it does read "scene 3 = '…'"), and "s2 text bigger" made every scene's
text bigger. The short form is said as "scene N" only before
what a scene's request says next (its text, a value, "=", ":", "->"), never inside a word or a
figure ("S3 tires", "3s", "s3.5").
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_SHORT_RE = re.compile(
    # ("s 3" is too loose to be a scene: only "sc"/"scn" may have a space before the number)
    r"(?<![\w.$€£#/-])(?:s|sc\.?\s?|scn\.?\s?)#?(?P<n>\d{1,2})(?![\w.,%/-])"
    r"(?=\s*(?:$|[=:,;!?]|->|→|=>|\s(?:text|line|copy|words|caption|headline|voice|vo|background|bg|to|should|"
    r"needs?|is|in|on|at|and|from|bigger|smaller|larger|longer|shorter|louder|white|black|up|down|top|bottom|"
    r"center|centre|please|pls|\d)\b|\s+\ue000))",
    re.I,
)


def scene_shorthand(masked: str, project: AdProject | None) -> str:
    """``masked`` with "s3" (…) said as "scene 3"."""
    if project is None:
        return masked

    # (a scene the ad lacks is said too: "s9 text bigger" is told there is no scene 9, never every text)
    return _SHORT_RE.sub(lambda m: f"scene {int(m.group('n'))}", masked)


__all__ = ["scene_shorthand"]
