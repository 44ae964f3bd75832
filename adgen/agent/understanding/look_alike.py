"""Text the same shade as what it sits on, and the voice's pace said with a verb.

Part of :mod:`adgen.agent.understanding` (round 33 e).

- "white hook text on a white fridge", "the cta words are black on a black car": the thing the
  text sits on is the picture behind it, named by what it shows. With both shades said and on the
  same side of light and dark, the thing is read as the background (:mod:`contrast` knows
  backgrounds, skies and walls by name, never fridges), so the text's colour is what changes.
  A request ("white text on a black bar") has shades on both sides and is left alone.
- "…, can't see a thing", "…, unreadable" after such a description restate the complaint: no
  request of their own (read alone, "can't see a thing" made the text bigger too).
- "volume right down to nothing, zero", "turn the music down to silence": the volume to 0, as
  "… to 0" reads (the number words said as a level).
- "slow it down a touch", "speed her up a bit" while the conversation is on the voice: the voice's
  pace ("a touch slower"), never the whole ad rescaled.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.contrast import _DARK, _GROUND, _LIGHT, _TEXT

_I = re.I
_SHADE = rf"(?:{_DARK}|{_LIGHT})"
_ARTICLE = r"(?:an?\s+|the\s+|this\s+|that\s+|our\s+|their\s+|its\s+|my\s+)?"
_VERY = r"(?:(?:very|really|super|quite|totally|pure|plain|big|shiny)\s+)?"
# "white hook text on a white fridge", "dark letters against the black car"
_ON_THING_RE = re.compile(
    rf"\b(?P<t>{_SHADE})(?:[\s-]+\w+)?\s+{_TEXT}\s+(?:(?:is|are|sits?|sitting|right)\s+)?"
    rf"(?:on|against|over|in\s+front\s+of|on\s+top\s+of)\s+{_ARTICLE}{_VERY}(?P<b>{_SHADE}(?:[\s-]+{_SHADE})*)\b(?:\s+(?P<n>[a-z]+)\b)?",
    _I,
)
# "the hook text is white on a white fridge", "the words are black against a black car"
_IS_ON_THING_RE = re.compile(
    rf"\b{_TEXT}\s+(?:is|are|'s|looks?|sits?)\s+(?:(?:all|too|so|very|really|pure)\s+)?(?P<t>{_SHADE})\s+"
    rf"(?:on|against|over|in\s+front\s+of|on\s+top\s+of)\s+{_ARTICLE}{_VERY}(?P<b>{_SHADE}(?:[\s-]+{_SHADE})*)\b(?:\s+(?P<n>[a-z]+)\b)?",
    _I,
)
_GROUND_RE = re.compile(rf"^{_GROUND}s?$", _I)
# (a word after the shade that names no thing: "white on white in the hook")
_NOT_A_THING_RE = re.compile(
    rf"^(?:{_TEXT}|{_SHADE}|and|or|but|so|too|in|on|at|with|for|of|is|it|can|cant|can't|either|again)$", _I
)
# The same complaint said again, with no request: "can't see a thing", "nobody can read it", "unreadable".
_RESTATED_RE = re.compile(
    r"(?P<lead>^|[.,;:!?—–-])\s*(?:(?:and|so|but)\s+)?(?:(?:i|we|you|people|nobody|no\s+one|anyone)\s+)?"
    r"(?:(?:(?:literally|just|really|honestly)\s+)?(?:can'?t|cannot|can\s+not|couldn'?t|could\s+not|can\s+barely|can\s+hardly|can)"
    r"\s+(?:really\s+|even\s+|actually\s+)?(?:see|read|make\s+out)\s+"
    r"(?:a\s+thing|anything|it|them|that|a\s+word(?:\s+of\s+it)?|the\s+(?:text|words|writing|letters))"
    r"|(?:it'?s\s+|they'?re\s+|that'?s\s+)?(?:(?:totally|completely|basically|just|literally)\s+)?"
    r"(?:unreadable|illegible|invisible|impossible\s+to\s+(?:read|see)))"
    r"(?:\s+(?:at\s+all|there|on\s+it|now))?\s*(?=$|[.,;!?])",
    _I,
)


def _same_side(a: str, b: str) -> bool:
    """ "white" and "white", "navy" and "dark navy": both light or both dark (by the first shade)."""
    dark_a = re.fullmatch(_DARK, a.split()[0], _I) is not None
    dark_b = re.fullmatch(_DARK, re.split(r"[\s-]+", b)[0], _I) is not None
    return dark_a == dark_b


def same_shade_ground(text: str) -> str:
    """ "white hook text on a white fridge. can't see a thing": the fridge read as the background,
    the restated "can't see a thing" dropped; any other message as it was."""
    found = False

    def ground(m: re.Match[str]) -> str:
        nonlocal found
        if not _same_side(m.group("t"), m.group("b")):
            return m.group(0)
        found = True
        noun = m.group("n")
        if noun and _GROUND_RE.match(noun):
            return m.group(0)
        head = m.group(0)[: m.end("b") - m.start()] + " background"
        return (
            head + m.group(0)[m.end("b") - m.start() :] if not noun or _NOT_A_THING_RE.match(noun) else head
        )

    said = _IS_ON_THING_RE.sub(ground, _ON_THING_RE.sub(ground, text))
    if not found:
        return text
    kept = _RESTATED_RE.sub(lambda m: m.group("lead"), said)
    return kept if kept.strip(" .,;:!?—–-") else said


# "volume right down to nothing, zero", "the music down to silence", "sound at zero"
_TO_NOTHING_RE = re.compile(
    r"\b(?P<head>(?:volume|music|sound|audio|track|song|soundtrack)(?:\s+(?:volume|level))?\s+"
    r"(?:(?:way\s+|all\s+the\s+way\s+|right\s+)?(?:down|back)\s+)?(?:to|at))\s+"
    r"(?:absolutely\s+|literally\s+)?(?:nothing|zero|silence|nil|nought|naught|zilch)\b"
    r"(?:\W+(?:zero|nothing|nada|zilch|silence|0|please|pls)\b)*",
    _I,
)


def volume_to_nothing(text: str) -> str:
    """ "volume right down to nothing, zero" as "volume right down to 0"; any other message as it was."""
    return _TO_NOTHING_RE.sub(lambda m: m.group("head") + " 0", text)


# "a beat longer still", "give it a beat longer": a small amount of time, never the music's beat
# (round thirty-eight b, dev27)
_BEAT_RE = re.compile(r"\ba\s+beat\s+(?=(?:longer|shorter|more|less)\b)", _I)


# "music down so it's barely there", "quieter so you can hardly hear it": how far down, never the
# complaint "I can barely hear it" (which turned the music up; round thirty-eight b, dev27)
_BARELY_THERE_RE = re.compile(
    r"\b(?:(?:right|way|all\s+the\s+way)\s+)?(?P<way>down|quieter|lower|softer|back)\s*,?\s+(?:so|until|till|til)\s+"
    r"(?:that\s+)?(?:it'?s|it\s+is|its|you\s+can|we\s+can|people\s+can|it|you)\s+(?:only\s+)?(?:barely|hardly|only\s+just|just)\s+"
    r"(?:there|audible|hear(?:d|able)?(?:\s+it)?|notice(?:able)?(?:\s+it)?|in\s+the\s+background)\b",
    _I,
)


def beat_as_bit(text: str) -> str:
    """ "a beat longer" as "a bit longer", "down so it's barely there" as "way down"; any other
    message as it was."""
    return _BARELY_THERE_RE.sub(lambda m: "way " + m.group("way"), _BEAT_RE.sub("a bit ", text))


# "slow it down a touch", "speed her up a bit", "can you slow it down": the pace, as a verb
_PACE_VERB_RE = re.compile(
    r"^\W*(?P<lead>(?:(?:and|but|ok(?:ay)?|now|just|maybe|please|pls|(?:can|could)\s+you)\s+)*)"
    r"(?P<verb>slow|speed)\s+(?:it|her|him|them|that|the\s+(?:voice(?:[\s-]?over)?|vo|narrator|narration))\s+"
    r"(?P<way>down|up)"
    r"(?P<amount>(?:\s+(?:a\s+bit|a\s+little|a\s+touch|a\s+tad|a\s+smidge|slightly|a\s+lot|(?:a\s+)?bit\s+more|"
    r"a\s+little\s+more|more|further|even\s+more|again))*)"
    r"(?:\s+(?:please|pls|then|too))?\W*$",
    _I,
)


def pace_as_comparative(plain: str) -> str:
    """ "slow it down a touch" (said while the conversation is on the voice) as "a touch slower",
    which the voice's continuation reads as its rate; any other message as it was."""
    m = _PACE_VERB_RE.match(plain)
    if m is None or (m.group("verb").lower() == "slow") != (m.group("way").lower() == "down"):
        return plain
    amount = m.group("amount").lower()
    step = "a lot " if "lot" in amount else "a bit " if re.search(r"\w", amount) else ""
    return step + ("slower" if m.group("verb").lower() == "slow" else "faster")


__all__ = ["pace_as_comparative", "same_shade_ground", "volume_to_nothing", "beat_as_bit"]
