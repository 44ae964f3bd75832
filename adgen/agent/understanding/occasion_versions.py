"""A version named by its market or its occasion, with no article: "UK version please, hook '…'",
"US cut: end card '…'", "copy this for the Saturday show", "dupe it for our Leeds gig".

Part of :mod:`adgen.agent.understanding` (round thirty-two b, variant). :data:`variants.VARIATION_RE`
read "a UK version, hook …" and "dupe it for the EU" as a new version, but "UK version please, hook
'…'" changed the original's hook (a wrong edit, the version's words left unread) and "copy this
for the Saturday show" was not understood, so the next message ("on that one the date card says
…") changed the original too. "the UK version" is left out: that names a version that exists.
"""

from __future__ import annotations

# What a copy is made for: an event, a place, an audience ("the Saturday show", "our Leeds gig",
# "the weekend crowd", "the Camden store").
_OCCASION_NOUNS = (
    r"(?:show|gig|concert|night|event|launch|weekend|sale|store|shop|branch|location|market|crowd|"
    r"audience|tour|date|match|game|festival|opening|matinee|screening|class|session|drop|promo|campaign)s?"
)


def occasion_version_pattern(markets: str) -> str:
    """The cues (regex alternatives, case-insensitive) for a version named by ``markets`` (the
    markets' pattern of :mod:`variants`) or by an occasion."""
    return (
        # "UK version please, …", "US cut: …", "Australian edit - …" (never "the UK version")
        rf"^\W*{markets}\s+(?:version|cut|edit|variant|variation|copy)\b(?:\s+(?:please|pls|plz))?"
        r"(?=\s*(?:[,:;—–-]|with\b|where\b|$))"
        # "copy this for the Saturday show", "dupe it for our Leeds gig", "clone the ad for next week's launch"
        r"|\b(?:copy|dupe|duplicate|clone)\s+(?:it|this(?:\s+(?:one|ad))?|the\s+ad)\s+for\s+"
        r"(?:the\s+|our\s+|a\s+|next\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?" + _OCCASION_NOUNS + r"\b"
    )


__all__ = ["occasion_version_pattern"]
