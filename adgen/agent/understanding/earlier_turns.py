"""References to the request before, said the long way, read as the short follow-ups
:mod:`adgen.agent.understanding.followups` knows (round thirty-four i).

Marketers point back at their last edit in many words: "same as last time but for the end
card", "same as before, on the hook", "do what you did before on the CTA", "repeat what you
just did for scene 3", "do that again on the outro"; and ask for more of it with a trailing
"still" or "yet" ("bit more still", "a little more yet"). Each is rewritten to the plain form
("the same for the end card", "a bit more"), so the follow-up reader does the rest, with the
same checks (a scene must be named; "more" needs a last change to repeat).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.values import NUMBER_WORD_PATTERN

# "the last edit", said the long way: "last time", "before", "what you did before", "that change".
_EARLIER = (
    r"(?:(?:the\s+)?last\s+(?:time|one|change|edit)|before|earlier|previously|(?:just\s+)?now|"
    r"(?:the\s+)?previous\s+(?:one|change|edit)|the\s+(?:first|other)\s+one)"
)
_WHAT_YOU_DID = (
    r"(?:what(?:ever)?|the\s+thing)\s+(?:you\s+)?(?:just\s+)?(?:did|done|changed|made)"
    rf"(?:\s+(?:to\s+(?:it|that|the\s+(?:last|other)\s+one)|there|{_EARLIER}))?"
)
_TARGET_LEAD = r"(?:but\s+|only\s+|just\s+|now\s+)?(?:for|on|to|with|in)\b"
# Only at the start of a request ("ok, now …", "please …"): "keep the font the same as before on
# the hook" keeps something, and is not read here.
_LEAD = r"^(?P<lead>\W*(?:(?:ok(?:ay)?|and|now|then|please|pls|great|nice|cool|can\s+you|could\s+you)\b[\s,.!]*)*)"

# "same as last time but for the end card", "same as before on the hook", "same as what you did
# before for the cta", "exactly the same as last time, for scene 3"
_SAME_AS_RE = re.compile(
    rf"{_LEAD}(?:(?:exactly|just)\s+)?(?:do\s+)?(?:the\s+)?same\s+(?:thing\s+|change\s+)?as\s+(?:{_EARLIER}|{_WHAT_YOU_DID})"
    rf"[\s,;:-]*{_TARGET_LEAD}",
    re.I,
)
# "do what you did before on the CTA", "repeat what you just did for scene 3", "do that again on
# the outro", "apply the last change to the hook too", "repeat that for the end card"
_DO_AGAIN_RE = re.compile(
    rf"{_LEAD}(?:do|repeat|apply|redo)\s+(?:{_WHAT_YOU_DID}|that(?:\s+(?:change|edit))?(?:\s+again)?|"
    rf"it\s+again|the\s+(?:last|previous|same)\s+(?:change|edit|thing))[\s,;:-]*{_TARGET_LEAD}",
    re.I,
)
# "bit more still", "a little more yet", "more still please", "still a bit more"
_MORE_STILL_RE = re.compile(
    r"^(?P<lead>\W*(?:\w+\W+){0,3}?(?:(?:a\s+)?(?:little\s+|tiny\s+|wee\s+)?(?:bit|little|touch|tad|smidge|notch)\s+|"
    r"slightly\s+|even\s+|much\s+)?)more\s+(?:still|yet)(?P<tail>(?:\s+(?:please|pls))?\W*)$",
    re.I,
)
_STILL_MORE_RE = re.compile(
    r"^(?P<lead>\W*)(?:still|yet)\s+(?P<how>(?:a\s+)?(?:little\s+|tiny\s+)?(?:bit|little|touch|tad)\s+)?more"
    r"(?P<tail>(?:\s+(?:please|pls))?\W*)$",
    re.I,
)


def plain_followup(clause: str) -> str:
    """``clause`` with a long-way reference to the last edit put plainly ("same as last time but
    for the end card" -> "the same for the end card"); unchanged when it has none."""
    text = _SAME_AS_RE.sub(lambda m: f"{m.group('lead')}the same for", clause, count=1)
    text = _DO_AGAIN_RE.sub(lambda m: f"{m.group('lead')}do the same for", text, count=1)
    text = _MORE_STILL_RE.sub(lambda m: f"{m.group('lead')}more{m.group('tail')}", text, count=1)
    text = _STILL_MORE_RE.sub(
        lambda m: f"{m.group('lead')}{m.group('how') or ''}more{m.group('tail')}", text, count=1
    )
    return text


# A length said once and left off the next request of the same message: "hook down to three
# seconds and the rating card up to five", "hook 3 secs, rating card 5".
_SECONDS = r"(?:seconds?|secs?|s)\b"
_SMALL = rf"\d{{1,2}}(?:\.\d+)?|{NUMBER_WORD_PATTERN}"
_SAID_SECONDS_RE = re.compile(rf"\b(?:{_SMALL})\s*{_SECONDS}", re.I)
_BARE_AFTER_RE = re.compile(
    r"(?P<head>(?:,|;|\band\b|\bthen\b)(?P<body>(?:[^,;\d]|(?<=scene\s)\d)+?)\s(?:(?:up|down|out|back)\s+)?(?:to\s+)?)"
    rf"(?P<num>{_SMALL})(?P<end>\s*(?:[,;.!]|\band\b|$))",
    re.I,
)
# what a bare number after these is (a size, a volume, a scene): no length carried to it
_NOT_A_LENGTH_RE = re.compile(
    r"\b(?:text|font|size|volume|music|audio|voice|opacity|scenes?|version|variant|percent|pt|px|"
    r"numbers?|price|rating|stars?|step|steps|times)\s*$|\b(?:text|font|size|volume|music|voice|percent)\b",
    re.I,
)


def carried_seconds(text: str) -> str:
    """``text`` with a length's unit carried to a bare number later in the same message
    ("hook to 3 s and the rating card up to five" -> "… up to five seconds"); unchanged when no
    length was said before it, or the number names a size, a volume or a scene."""
    said = _SAID_SECONDS_RE.search(text)
    if not said:
        return text
    head, tail = text[: said.end()], text[said.end() :]

    def carry(m: re.Match[str]) -> str:
        if _NOT_A_LENGTH_RE.search(m.group("body")):
            return m.group(0)
        return f"{m.group('head')}{m.group('num')} seconds{m.group('end')}"

    return head + _BARE_AFTER_RE.sub(carry, tail)
