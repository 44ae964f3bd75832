"""An edit said to be "in that variant" while that variant is the ad being edited: an edit of
it, not a new variant.

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really type them).
Right after "make a variant where …" the session edits the new variant; "in that variant also
change the end card to 'Find your grip'" then made a variant of the variant (a wrong edit: an ad
nobody asked for). When the ad being edited is itself a variant, "in that/this/the (new)
variant|version", "on the variant" only say where the edit goes, so the words go; on an
original ad they stay, and "make a variant …" is read as before.
"""

from __future__ import annotations

import re
from typing import Any

_HERE_RE = re.compile(
    r"\b(?:in|on|for|to)\s+(?:that|this|the(?:\s+new)?|the\s+same)\s+(?:variant|variation|version)\b"
    r"(?!\s+(?:where|with|without|in\s+which|that|called|named)\b)\s*,?\s*(?:(?:also|too|as\s+well)\b\s*,?\s*)?",
    re.I,
)


def in_this_variant(masked: str, project: Any) -> str:
    """``masked`` without "in that variant" when ``project`` is a variant (it is that variant)."""
    if project is None or not project.variation.is_variation:
        return masked
    return _HERE_RE.sub("", masked).strip() or masked


# "music louder in that one" right after "make a version with …": that one is the version
_THAT_ONE_RE = re.compile(
    r"\s*,?\s*\b(?:in|on|for)\s+(?:that|this)\s+one\b\s*(?:too|as\s+well)?(?=\s*[.!,;]*\s*$)", re.I
)


def in_that_one(masked: str) -> str:
    """``masked`` without a closing "in that one", said when the scene last spoken of is gone from
    the ad (a version dropped it; the caller checks): the one spoken of is the version, no scene."""
    return _THAT_ONE_RE.sub("", masked).strip() or masked


# "🎵 -10% on this one" after "back to A": the version being edited, said at the end
_THIS_ONE_RE = re.compile(
    r"\s*,?\s*\b(?:on|in|for)\s+this\s+(?:one|version|cut)\s*(?:too|as\s+well)?\s*[.!]*\s*$", re.I
)


def on_this_version(masked: str, has_versions: bool) -> str:
    """``masked`` without a closing "on this one" when the ad has versions (it is this version,
    never a scene asked about)."""
    if not has_versions:
        return masked
    return _THIS_ONE_RE.sub("", masked).strip() or masked
