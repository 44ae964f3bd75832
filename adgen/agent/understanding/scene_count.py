"""How many scenes: "give it 25 scenes", "add two more scenes", "I want 8 scenes".

Part of :mod:`adgen.agent.understanding`. A count says how many, not which: a count out of range
(an ad has 1 to 20 scenes) is refused with the range and the count now; a count in range asks
which scenes to add or remove, naming the kinds there are (a count alone never invents scenes
or picks ones to delete). ``COUNT_ROWS``: the words, and whether the number is the new total or
how many more.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.scenes import scene_names
from adgen.agent.understanding.values import NUMBER_PATTERN, number_value
from adgen.project import AdProject

_I = re.I
MAX_SCENES = 20  # adgen.tools.apply refuses a 21st scene

# (pattern with a group n, "total" | "more")
COUNT_ROWS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, _I), kind)
    for pattern, kind in (
        (rf"\b(?:add|another|plus)\s+(?P<n>{NUMBER_PATTERN})\s+(?:more\s+|extra\s+|new\s+)?scenes\b", "more"),
        (rf"\b(?P<n>{NUMBER_PATTERN})\s+(?:more|extra|additional)\s+scenes\b", "more"),
        (
            rf"\b(?:give\s+it|make\s+it|i\s+want|we\s+want|i\s+need|we\s+need|use|have|go\s+(?:up\s+|down\s+)?to|"
            rf"(?:cut|trim|bring)\s+it\s+(?:down\s+)?to|in|with)\s+(?:only\s+|just\s+)?(?P<n>{NUMBER_PATTERN})\s+scenes\b",
            "total",
        ),
    )
)
_ROLES = "a problem, a showcase, a testimonial (social proof) or another call to action"


def read_scene_count(clause: str, project: AdProject) -> tuple[str, str] | None:
    """("refusal" | "question", the sentence) for a scene count, or None when the clause gives none."""
    for pattern, kind in COUNT_ROWS:
        m = pattern.search(clause)
        if m is None:
            continue
        n = int(number_value(m.group("n")))
        now = len(project.scenes)
        total = now + n if kind == "more" else n
        if total > MAX_SCENES or total < 1:
            return "refusal", (
                f"An ad can have 1 to {MAX_SCENES} scenes; {total} is out of range (this one has {now}: "
                f"{scene_names(project)})."
            )
        if total == now:
            return (
                "question",
                f"The ad already has {now} scenes: {scene_names(project)}. What should change in them?",
            )
        if total > now:
            more = total - now
            return (
                "question",
                f"Which {'scene' if more == 1 else f'{more} scenes'} should I add: {_ROLES}? And where?",
            )
        fewer = now - total
        return "question", (
            f"Which {'scene' if fewer == 1 else f'{fewer} scenes'} should I remove? This ad has {scene_names(project)}."
        )
    return None


__all__ = ["COUNT_ROWS", "MAX_SCENES", "read_scene_count"]
