"""A scene named only as the measure of another ("the cta is too long compared to the hook", "the
showcase text looks small next to the hook's", "the cta feels slow relative to the rest").

Part of :mod:`adgen.agent.understanding` (sweep 39: precision). Read as typed, the scene after
"compared to" was a target too: "the cta is too long compared to the hook" shortened the hook
as well. The words from "compared to" to the end of the clause are the yardstick, no target, and
are left out of the request; the complaint before them is read as usual. Only after a complaint
("too long", "longer", "small", "more …"), so "move the cta next to the hook" keeps its place.
"""

from __future__ import annotations

import re

# A complaint word, then the yardstick phrase up to the end of its clause.
_YARDSTICK_RE = re.compile(
    r"(?P<keep>\b(?:too\s+\w+|\w+er|more\s+\w+|less\s+\w+|(?:so|very|really|way)\s+\w+|small|big|long|short|"
    r"slow|fast|loud|quiet|dark|bright|busy|plain|dull)\b)"
    r"(?P<drop>,?\s+(?:(?:when|if)\s+)?(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to|"
    r"next\s+to|beside|vs\.?|versus|against)\s+(?:the\s+|our\s+|that\s+)?[^,.;!?]+)",
    re.I,
)


def without_yardstick(masked: str) -> str:
    """``masked`` without the scene a complaint is measured against."""
    return _YARDSTICK_RE.sub(lambda m: m.group("keep"), masked)
