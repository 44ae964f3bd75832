"""The open version kept, said BEFORE the request for a copy of it (round thirty-seven b).

Part of :mod:`adgen.agent.understanding`. "don't touch this one, it's live. Make a copy with the
G2 card text '…'", "leave this version alone, it's approved - new version with the hook '…'",
"keep this one as is (client signed it off). Variant with a red CTA": the first sentence says the
original stays, which a variant does anyway; read on its own, "this one" was taken for a scene
("Which scene do you mean?") and the copy was never made. After the request the same words were
already read as the original's (:func:`variants.keeps_original`); this takes them out before it,
when the rest of the message asks for a version, so the request is read alone.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.variants import VARIATION_RE, keeps_original

# The lead sentence, up to the first full stop, colon, dash or semicolon ("… it's live. Make …").
_LEAD_RE = re.compile(r"^(?P<lead>[^.!?;:\n\u2013\u2014]+?)\s*(?:[.!?;:\n\u2013\u2014]+|\s-\s)\s*(?=\S)")
# Why it stays, after a comma or in brackets ("it's live", "(client signed it off)", "it's running").
_WHY_RE = re.compile(
    r"\s*(?:,|\(|\bas\b|\bbecause\b|\bsince\b)\s*(?:it['’]?s|it\s+is|that['’]?s|that\s+one['’]?s|this\s+one['’]?s|"
    r"(?:the\s+)?(?:client|boss|legal|team)\s+(?:has\s+)?)?\s*(?:already\s+|now\s+)?"
    r"(?:live|running|out|published|posted|final|approved|signed[\s-]off|signed\s+it\s+off|locked|in\s+use)\b"
    r"[^.!?;]*$",
    re.I,
)


def without_kept_lead(masked: str) -> str:
    """``masked`` without a first sentence that only says the open version stays, when the rest
    asks for a version; else ``masked`` as it is."""
    m = _LEAD_RE.match(masked)
    if m is None:
        return masked
    rest = masked[m.end() :]
    if not VARIATION_RE.search(rest):
        return masked
    lead = _WHY_RE.sub("", m.group("lead")).strip()
    return rest if keeps_original(lead) else masked


__all__ = ["without_kept_lead"]
