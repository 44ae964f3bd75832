"""A variant's voice-over line said beside its other changes: "Enterprise cut as a variant: end
card 'Book a demo' and the voice on it saying 'Book a demo today.'", "a B with the hook 'Hi' and
the voiceover saying 'Hi there'".

Part of :mod:`adgen.agent.understanding` (round thirty-two b, variant). A variant's body that is
only the voice's is read by :func:`variants._voice_line`; one with other changes is read clause by
clause by the clause reader, which has no voice-over and wrote the spoken line on screen, over the
end card's own new words (a wrong edit). A clause that names the voice before its words ("the
voice on it saying", "the VO says") makes each on-screen text it read that scene's spoken line.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.tools import operations as ops

_VOICE_SAYS_RE = re.compile(
    r"\b(?:voice|voice[\s-]?over|vo|narrator|narration|announcer|read[\s-]?out)\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:saying|says|say|reading|reads|should\s+(?:say|read)|to\s+say|speaking|speaks)\b",
    re.I,
)
_SCREEN_RE = re.compile(r"\b(?:text|caption|headline|on[\s-]?screen|overlay|title|banner)\b", re.I)


_VOICE_AFTER_AND_RE = re.compile(
    r"\s*(?:,\s*)?\b(?:and|&|plus|with)\s+(?=(?:the\s+|a\s+)?(?:voice|voice[\s-]?over|vo|narrator|narration|announcer)\b)",
    re.I,
)


def voice_apart(clause: str) -> list[str]:
    """``clause`` split before "and the voice … saying '…'", so each part is read on its own."""
    m = _VOICE_AFTER_AND_RE.search(clause)
    if m is None or m.start() == 0 or not _VOICE_SAYS_RE.search(clause, m.end()):
        return [clause]
    return [clause[: m.start()], clause[m.end() :]]


def spoken_lines(clause: str, read: list[Any]) -> list[Any]:
    """``read`` (a clause's operations) with its on-screen words as the voice-over's when the
    clause gives the voice its words; as read otherwise."""
    if not _VOICE_SAYS_RE.search(clause) or _SCREEN_RE.search(clause):
        return read
    if not read or not all(
        isinstance(op, ops.UpdateOverlay)
        and op.text is not None
        and not op.model_fields_set - {"scene_id", "text", "operation"}
        for op in read
    ):
        return read
    return [ops.UpdateVoiceover(scene_id=op.scene_id, text=op.text) for op in read]


__all__ = ["spoken_lines", "voice_apart"]
