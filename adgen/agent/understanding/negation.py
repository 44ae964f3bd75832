"""A request declined: "I don't want the text bigger", "the cta shouldn't be red", "no music
changes please", "don't touch the hook": what the marketer does not want, never an edit.

Part of :mod:`adgen.agent.understanding` (issue 15: precision). Read without its "not", each of
these made the very change it refused (the texts bigger, the CTA red, the music silent): wrong
edits. A declined clause asks for nothing; the rest of the message is read as before ("…, just
make it white" still makes it white). A complaint said with a negation is not declined: "the
cta shouldn't be so small" and "don't make it this dark" ask for the opposite, and are read as
complaints ("so", "too", "this" before the quality).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_DECLINED_RE = re.compile(
    # "I don't want the text bigger", "we don't need music"
    r"\b(?:i|we)\s+(?:really\s+)?(?:don'?t|do\s+not|dont)\s+(?:want|need)\b(?!\s+to\b)"
    # "the cta shouldn't be red", "it should not move", "don't make the hook shorter"
    r"|\b(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|doesn'?t\s+need\s+to|does\s+not\s+need\s+to)\s+(?:be|get|go|move|change|have|say)\b"
    r"|^\W*(?:please\s+|pls\s+|but\s+|and\s+)?(?:don'?t|do\s+not|dont|never)\s+(?:make|change|touch|move|add|use|shorten|lengthen|"
    # ("don't enlarge the text", "don't turn up the music": also what other languages' tables read)
    r"resize|recolou?r|mess\s+with|enlarge|shrink|turn\s+(?:up|down)|increase|decrease|raise|lower|boost|reduce|"
    r"remove|delete|drop|cut|undo)\b"
    # "no music changes please", "no more edits to the hook"
    r"|^\W*(?:please\s+|but\s+|and\s+)?no\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?(?:changes?|edits?|tweaks?)\b"
    # "don't touch the hook", "leave the hook alone", "hands off the music"
    # "no need to change the music", "there's no need to touch the colours" (sweep 40)
    r"|^\W*(?:but\s+|and\s+|so\s+)?(?:there'?s\s+|there\s+is\s+)?no\s+need\s+to\s+(?:change|touch|move|edit|adjust|redo|fix|alter|"
    r"do\s+anything\s+(?:to|with|about))\b"
    # "the music can stay", "the music doesn't need changing"
    r"|^\W*(?:but\s+|and\s+|so\s+)?(?:the\s+|my\s+|our\s+)?[\w\s-]{1,25}?\s+(?:can|could)\s+stay\b"
    r"|\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+need\s+(?:changing|touching|(?:any\s+)?(?:changes?|edits?|tweaks?))\b"
    r"|\bdon'?t\s+touch\b|\bhands\s+off\b|\bleave\s+(?:it|that|this|them|the\s+[\w\s-]{1,25}?)\s+(?:alone|be|as\s+(?:it\s+)?is|as\s+they\s+are|untouched|unchanged)\b",
    _I,
)
# A complaint said with a negation: "shouldn't be so small", "don't make it this dark", "don't
# want it too loud" ask for the opposite (read by the complaint rules, as before).
_COMPLAINT_RE = re.compile(
    r"\b(?:so|too|this|that|such\s+a)\s+[\w-]+|\banymore\b|\bany\s+more\b|\b(?:less|more)\b(?!\s+(?:changes?|edits?))",
    _I,
)


# A request made before the negation: "drop the gridlock scene, we don't need it" gives its reason.
_REQUEST_BEFORE_RE = re.compile(
    r"\b(?:make|drop|cut|remove|delete|lose|kill|ditch|scrap|add|change|put|move|set|turn|swap|replace|get\s+rid\s+of|"
    r"use|give|show|hide|shorten|extend|trim)\b",
    _I,
)


def declines(clause: str) -> bool:
    """Whether the clause only says what the marketer does not want changed or made."""
    m = _DECLINED_RE.search(clause)
    if m is None or _COMPLAINT_RE.search(clause) is not None:
        return False
    return _REQUEST_BEFORE_RE.search(clause, 0, m.start()) is None


# "…, without changing the colour", "… without touching the music": the part left as it is, no
# request of its own (read as typed, "touching" made the music emotional and "changing the
# colour" asked which colour). A length kept ("without changing the total length") is a
# condition on the change and stays.
_UNTOUCHED_RE = re.compile(
    r"\s*,?\s*\b(?:but\s+|and\s+)?without\s+(?:changing|touching|moving|altering|editing|affecting|messing\s+with)\s+"
    r"(?!(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:length|duration|total|timing|runtime|running\s+time|ad\b|video\b|seconds?))"
    r"(?:the\s+|its\s+|their\s+|my\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?(?=\s*(?:$|[,.;!?]|\s+(?:and|but|then|please|pls)\b))",
    _I,
)


def without_untouched(text: str) -> str:
    """``text`` without "without changing the colour"-style phrases (what stays as it is)."""
    return _UNTOUCHED_RE.sub("", text)


# "the cta shouldn't be green anymore", all a message says: a colour no longer wanted, and no
# colour named instead (sweep 40: read as a complaint, the cta was made green).
_NO_LONGER_COLOUR_RE = re.compile(
    r"^\W*(?P<what>(?:the\s+)?[\w\s'’]{1,30}?)\s+(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|can'?t|cannot)\s+be\s+"
    r"(?P<c>[\w\s#-]{1,20}?)\s+any\s*more[\s.!]*$",
    _I,
)


def colour_no_longer(text: str) -> str | None:
    """The question to ask when ``text`` only says a thing should no longer be some colour."""
    from adgen.agent.understanding.values import find_colors

    m = _NO_LONGER_COLOUR_RE.match(text)
    if m is None:
        return None
    colours = find_colors(m.group("c"))
    if (
        not colours
        or re.sub(r"\b(?:so|that|this|the|colou?r)\b", "", m.group("c")[: colours[0].start]).strip()
    ):
        return None
    return f"Which colour should {m.group('what').strip()} be instead of {m.group('c').strip()}?"


__all__ = ["colour_no_longer", "declines", "without_untouched"]
