"""The original's own parts named by its letter: "A's box shot should run 6 seconds" on A.

Part of :mod:`adgen.agent.understanding` (round thirty-three c, dev24's meal kits: "only touch A,
leave B be: A's box shot should run 6 seconds" set the whole ad to 6 s). The original is version A;
while it is the ad being edited, "A's" (a capital A, so "a's" never is) before a part only says
whose part it is, like "the": the part is read as "the box shot". A variant being edited keeps the
words (:mod:`switching` reads them as another version's).
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_OWN_RE = re.compile(r"(?<![\w'’])(?:(?:[Vv]ersion|[Vv]ariant)\s+)?A['’]s\s+(?=[a-z])")


def own_parts(masked: str, project: AdProject | None) -> str:
    """``masked`` with "A's <part>" as "the <part>" while the original is being edited."""
    if project is None or project.variation.is_variation:
        return masked
    return _OWN_RE.sub("the ", masked)


__all__ = ["own_parts"]
