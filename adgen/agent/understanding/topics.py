"""What a request is about (the music, the text, the product, a scene): the topic the next
"it" refers to. Tables: an operation -> its topic, and the words that only name a topic.

Part of :mod:`adgen.agent.understanding`.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.clause import AUDIO_RE, OVERLAY_RE
from adgen.agent.understanding.product_words import product_spans
from adgen.project import AdProject

TOPICS = {
    "update_overlay": "overlay",
    "update_product": "product",
    "update_audio": "audio",
    "update_brand": "brand",
    "update_style": "style",
    "update_voiceover": "voice",
    "update_voice": "voice",
    "update_captions": "voice",
}


# "about the music", "the text…", "re the product": a clause that only names what it is about.
TOPIC_ONLY_RE = re.compile(
    r"^\W*(?:(?:so|and|but|also|hmm+|well|not\s+sure|unsure)\b\W*)*(?:about|re|regarding|as\s+for|on)?\s*"
    r"(?:the|our|this|that)?\s*(?P<what>[\w\s-]{2,30}?)\W*$",
    re.I,
)
TOPIC_WORDS = (("audio", AUDIO_RE), ("overlay", OVERLAY_RE))


def topic_only(clause: str, project: AdProject) -> str | None:
    """ "idk about the music": what a clause that only names a thing is about (no request)."""
    m = TOPIC_ONLY_RE.match(clause)
    if m is None:
        return None
    what = m.group("what").strip()
    for topic, pattern in TOPIC_WORDS:
        if pattern.fullmatch(what):
            return topic
    if product_spans(what, project) == [(0, len(what))]:
        return "product"
    return None


def topic_of(op: Any) -> str:
    """What an operation was about, for what "it" means next."""
    return TOPICS.get(op.operation, "scene")


__all__ = ["TOPICS", "TOPIC_WORDS", "topic_of", "topic_only"]
