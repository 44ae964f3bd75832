"""Follow-ups that carry the last request over to another subject, as a request of their own:
"the hook needs more energy" then "and the music too" is "make the music more energetic".

Part of :mod:`adgen.agent.understanding`. The follow-up names only the new subject; what to do
to it is the look the last request added to a scene's picture ("…, more energetic"), which a
subject of another kind (the music) reads in its own terms. ``BORROW_ROWS`` is the table: the
words of the follow-up, and the request it becomes (``{look}`` is the look word added). The
request written is read as any message is; one it cannot read changes nothing here (None).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.conversation_state import ConversationState

_I = re.I
_LEAD = r"^\W*(?:(?:and|also|plus|ok(?:ay)?|now|then|oh|same\s+with)\b[\s,]*)*"
_TOO = r"(?:\s+(?:too|as\s+well|also|please|pls))+\W*$"
_MUSIC = r"(?:the\s+|that\s+)?(?:music|soundtrack|track|song|audio|background\s+music)"

BORROW_ROWS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "and the music too", "the soundtrack as well", "same for the music", "do the music too"
    (re.compile(_LEAD + r"(?:do\s+)?" + _MUSIC + _TOO, _I), "make the music {look}"),
    (
        re.compile(
            _LEAD
            + r"(?:(?:do\s+)?the\s+)?same\s+(?:thing\s+)?(?:for|with|to|on)\s+"
            + _MUSIC
            + r"(?:\s+(?:too|as\s+well|please|pls))*\W*$",
            _I,
        ),
        "make the music {look}",
    ),
)


def borrowed_request(text: str, state: ConversationState) -> str | None:
    """The request a follow-up that names only another subject stands for, or None."""
    template = next((t for pattern, t in BORROW_ROWS if pattern.search(text)), None)
    if template is None:
        return None
    look = _added_look(state.last_operations)
    return template.format(look=look) if look else None


def _added_look(last: list[dict[str, Any]]) -> str | None:
    """The one look every change of the last request added to a scene's picture ("more energetic")."""
    looks = set()
    for op in last:
        old, new = (op.get("before") or {}).get("backgroundPrompt"), op.get("backgroundPrompt")
        if op.get("operation") != "update_scene" or not isinstance(old, str) or not isinstance(new, str):
            return None
        added = new[len(old) :].strip(" ,") if new.startswith(old) else ""
        if not added or len(added.split()) > 3:
            return None
        looks.add(added)
    return looks.pop() if len(looks) == 1 else None


__all__ = ["BORROW_ROWS", "borrowed_request"]
