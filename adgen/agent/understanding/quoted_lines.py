"""A line of the ad quoted with ">" and a request about "that line" under it.

Part of :mod:`adgen.agent.understanding` (round thirty-three c, dev24's bakery: "> Order by Thursday
for Saturday" then "please make that line 'Order by Wednesday for Saturday'" asked which scene,
though the quoted words are one scene's text). When every quoted line together is exactly the
on-screen text of one scene, "that line" / "that text" / "this copy" / "it" in the request under it
is that scene's text, and the quote goes; otherwise the message is left as it is.
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_QUOTED_RE = re.compile(r"^\s*>\s?(?P<line>.*)$")
_POINTER_RE = re.compile(
    r"\b(?:(?:that|this|the\s+(?:quoted|above))\s+(?:line|text|copy|wording|caption|card)|(?<=make\s)(?:that|it|this)"
    r"|(?<=change\s)(?:that|it|this))\b",
    re.I,
)


def _plain(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def quoted_line_named(raw: str, project: AdProject | None) -> str:
    """``raw`` with "that line" as the text of the scene its ">" quote shows (see the module
    docstring), else ``raw`` unchanged."""
    if project is None or ">" not in raw:
        return raw
    lines = raw.splitlines()
    quoted = [m.group("line") for line in lines if (m := _QUOTED_RE.match(line))]
    own = " ".join(line.strip() for line in lines if not _QUOTED_RE.match(line) and line.strip())
    said = _plain(" ".join(quoted))
    if not quoted or not own or not said:
        return raw
    shown = [i for i, s in enumerate(project.scenes, 1) if s.overlay.text and _plain(s.overlay.text) == said]
    pointer = _POINTER_RE.search(own)
    if len(shown) != 1 or pointer is None:
        return raw
    return f"{own[: pointer.start()]}the text of scene {shown[0]}{own[pointer.end() :]}"


__all__ = ["quoted_line_named"]
