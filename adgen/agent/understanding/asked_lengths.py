"""A new length said right after asking the ad's length: "how long's the whole ad?" -> "right,
make it twelve then", "ok cut it to 10", "let's do 20 instead".

Part of :mod:`adgen.agent.understanding` (round thirty-four, j). Without a unit, "make it 12" is
too bare to read (12 what? the text size?) and was not understood; but when the last message
asked how long the whole ad is (and was answered), the number can only be that length. The
reply is read again as "make the ad N seconds". A question about one scene's length, or a reply
with anything more than the number, stays as typed.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.values import NUMBER_PATTERN, number_value

_I = re.I
# The ad's whole length asked: "how long is the ad?", "what's the total runtime?", "how many
# seconds is it?" (a scene named in it is checked apart, by the state's scenes).
_ASKED_RE = re.compile(
    r"\bhow\s+(?:long|many\s+seconds)\b|\b(?:length|duration|runtime|running\s+time)\b",
    _I,
)
_SCENE_WORD_RE = re.compile(
    r"\b(?:scenes?|hook|intro|opener|cta|end\s*card|showcase|shot|slide|card|voice|vo|music|text|clip)\b", _I
)
_REPLY_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|cool|great|fine|alright|so|hmm+|ah|oh|thanks|ta|cheers)\b[\s,.!]*)*"
    r"(?:(?:please|pls|then|so)\s+)?"
    r"(?:(?P<verb>(?:make|set|cut|trim|bring|get|take|change|stretch|extend|shorten|squash)\s+(?:it|that|the\s+(?:ad|video|whole\s+thing))"
    r"(?:\s+(?:down|up|back))?(?:\s+to)?|(?:let'?s\s+)?(?:do|go\s+(?:with|for)|try)|how\s+about)\s+)?"
    rf"(?P<n>{NUMBER_PATTERN})\s*(?P<unit>s|secs?|seconds?)?"
    r"(?P<tail>(?:\s*,?\s*(?:then|instead|please|pls|thanks|long))*)\W*$",
    _I,
)


def asked_ad_length(raw: str, last_question: str | None, topic: str | None, scene_ids: list[str]) -> str:
    """``raw`` as "make the ad N seconds" when it only gives a number (with "make it", "do",
    or "then") right after a question about the whole ad's length; else as typed."""
    if not last_question or scene_ids or topic not in (None, "duration"):
        return raw
    if not _ASKED_RE.search(last_question) or _SCENE_WORD_RE.search(last_question):
        return raw
    m = _REPLY_RE.match(raw.strip())
    if m is None or not (m.group("verb") or m.group("unit") or m.group("tail").strip()):
        return raw  # (a bare "12" is left to the readers that know what was asked)
    value = number_value(m.group("n"))
    if not 0 < value < 1000:
        return raw
    return f"make the ad {value:g} seconds"
