"""A correction that narrows what the last change touched: "no, not the whole ad, just the end",
"only in scene 2, not everywhere", "just the hook pls, not all of them", "I meant only the cta".

Part of :mod:`adgen.agent.understanding` (round thirty-one b, dev22's follow-ups). The reader
already moves the last change when a correction names the place meant ("no, wrong one, I meant
the cta": :func:`followups.moved`, which takes the change back everywhere and makes it again only
there). Said as a narrowing, the words broke that reading: "just"/"only" before the place and
"not everywhere" / "not the whole ad" around it left words it did not know, and "the end" (the
ad's last scene) named no scene, so nothing was understood and every scene kept the change. Here
such a message is said again as the clause the reader knows, "no, I meant <the place>", with
"the end" as the last scene and "the start" as the first.

Only when the conversation has a last change, and the message says nothing but the narrowing
(one place, and at most the words that say it was too wide); anything else is read as typed.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.scenes import find_scene_refs
from adgen.project import AdProject

_I = re.I
# What the last change went to, said to be too wide ("not the whole ad", "not everywhere").
_TOO_WIDE = (
    r"not\s+(?:(?:in|on|to|for)\s+)?(?:the\s+(?:whole|entire)\s+(?:ad|video|thing|spot)|everywhere|everything"
    r"|all\s+(?:of\s+)?(?:them|the\s+(?:scenes|text|texts|cards|slides|captions))|all\s+(?:scenes|cards|slides)"
    r"|every\s+(?:single\s+)?(?:scene|card|slide|text|one)|each\s+(?:scene|one)|the\s+others?|the\s+rest|all)"
)
_CUE = r"(?:no+|nope|nah|oops|sorry|wait|hmm+|ugh|whoa|woah|actually)"
_NARROW_RE = re.compile(
    rf"^\W*(?P<cue>(?:{_CUE}\b[\s,.!]*)*)(?P<meant>i\s+meant\s+|i\s+mean\s+)?"
    rf"(?:(?P<wide1>{_TOO_WIDE})[\s,;.!:-]*(?:but\s+)?)?"
    r"(?:just|only|simply)\s+(?:(?:in|on|for|to)\s+)?(?P<place>[^,;.!?]+?)"
    rf"(?:[\s,;.!:-]*(?:and\s+|but\s+)?(?P<wide2>{_TOO_WIDE}))?"
    r"(?:[\s,]+(?:please|pls|plz|thanks|thx|ty))?\W*$",
    _I,
)
# A place in the ad's order said as a time ("the end", "the very beginning").
_ENDS = (
    (
        re.compile(
            r"^(?:the\s+)?(?:very\s+)?(?:end|ending|close|finish)(?:\s+of\s+(?:the\s+)?(?:ad|video))?$"
            r"|^the\s+(?:last|final)\s+(?:one|bit|part)$",
            _I,
        ),
        "the last scene",
    ),
    (
        re.compile(
            r"^(?:the\s+)?(?:very\s+)?(?:start|beginning|opening)(?:\s+of\s+(?:the\s+)?(?:ad|video))?$"
            r"|^the\s+first\s+(?:one|bit|part)$",
            _I,
        ),
        "the first scene",
    ),
)

# Words a place may hold besides its scenes ("just the cta text", "only scenes 2 and 3").
_PLACE_WORDS_RE = re.compile(
    r"\b(?:the|a|and|&|or|its|text|texts|words|writing|font|caption|one|ones|scene|scenes|card|cards|slide|slides|"
    r"in|on|of|there|then|instead|please|pls)\b|['’]s\b|[\W_]+",
    _I,
)


def narrowed_scope(masked: str, project: AdProject | None, last_operations: list[dict[str, Any]]) -> str:
    """``masked`` said as "no, I meant <place>" when it narrows the last change to one place
    ("no, not the whole ad, just the end"); else as typed."""
    if project is None or not last_operations:
        return masked
    m = _NARROW_RE.match(masked)
    if m is None:
        return masked
    touched = {op.get("sceneId") for op in last_operations if op.get("sceneId")}
    said_wrong = bool(m.group("cue").strip() or m.group("meant") or m.group("wide1") or m.group("wide2"))
    if not said_wrong and len(touched) < 2:
        return masked  # ("just the hook" after a change of one scene: no narrowing said)
    place = m.group("place").strip()
    for pattern, said in _ENDS:
        if pattern.match(place):
            place = said
    refs = [r for r in find_scene_refs(place, project, []) if r.ids and not r.error and r.kind != "all"]
    if not refs or any(r.question for r in refs):
        return masked
    rest = place
    for ref in sorted(refs, key=lambda r: r.start, reverse=True):
        rest = rest[: ref.start] + " " + rest[ref.end :]
    if _PLACE_WORDS_RE.sub("", rest).strip():
        return masked  # ("only the cta text bigger": a request of its own, not a place)
    numbers = [str(n) for n, s in enumerate(project.scenes, start=1) if any(s.id in r.ids for r in refs)]
    if len(numbers) == 1:
        return f"no, I meant scene {numbers[0]}"
    return f"no, I meant scenes {', '.join(numbers[:-1])} and {numbers[-1]}"


__all__ = ["narrowed_scope"]
