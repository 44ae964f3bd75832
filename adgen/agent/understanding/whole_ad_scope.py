"""A counted lead-in that names the ad itself as where its changes go: "two things for the launch
ad - …", "three fixes on the studio video: …", "a couple of tweaks for the spring promo: …".

Part of :mod:`adgen.agent.understanding` (round thirty-one b, dev22's multi-part messages: "two
things for the launch ad - voice a little faster, and the early bird card up to the top" made the
early bird scene shorter instead of the voice faster). :func:`lead_ins.unannounced` drops the count
and keeps a scope it names ("two things on the bonfire bit: …" keeps "on the bonfire bit:"), which
then reads as the scene every request of the message is for. The ad, the video, the spot named by
what it is for is no scene: that scope goes with the count. A version or a platform's cut ("for
the B ad", "on the square video", "for the TikTok ad") is a place of its own and stays.
"""

from __future__ import annotations

import re

_AD_SCOPE_RE = re.compile(
    r"^(?:on|in|for)\s+the\s+(?P<what>(?:[\w'’&-]+\s+){0,3}?)(?:ad|video|spot|clip|commercial|promo|campaign|reel)$",
    re.I,
)
# Words that make the scope a version or a platform's cut, never the ad as a whole.
_A_VERSION_RE = re.compile(
    r"\b(?:[a-d]|version|variant|variation|original|other|new|old|second|first|square|vertical|wide|landscape|"
    r"portrait|tiktok|instagram|insta|ig|stories|story|reels?|shorts|youtube|facebook|fb)\b",
    re.I,
)


def names_the_ad(scope: str) -> bool:
    """Whether a lead-in's scope ("for the launch ad") names the ad itself, not a part or a version."""
    m = _AD_SCOPE_RE.match(scope.strip())
    return m is not None and _A_VERSION_RE.search(m.group("what")) is None


__all__ = ["names_the_ad"]
