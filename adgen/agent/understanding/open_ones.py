"""An ad asked for as "one", with no ad open: "can you knock one up for the tour announcement",
"whip us one up", "could you make one for the launch".

Part of :mod:`adgen.agent.understanding` (round thirty-four j). With no ad yet, "one" after a
verb of making can only be an ad; but an open request was known only by a noun ("an ad",
"something", "a calm one"), so such a message got the help text instead of the question what
the ad is for. With an ad open, "make one" may be a version or a scene: this cue is for no ad.
"""

from __future__ import annotations

import re

_ONE_RE = re.compile(
    r"\b(?:make|do|knock|whip|put|throw|rustle|cook|bang|pull|create|build)\s+(?:me\s+|us\s+)?(?:up\s+)?"
    r"(?:one|1)\b(?!\s+(?:of|more|scene|line|colou?r|version)\b)",
    re.I,
)


def asks_for_one(text: str) -> bool:
    """``text`` asks to make "one" (an ad, when none is open)."""
    return bool(_ONE_RE.search(text))


__all__ = ["asks_for_one"]
