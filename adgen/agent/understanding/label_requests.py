"""Requests after a card's label: "the 0% APR card: bigger text, words unchanged, and keep it on
screen 5 seconds", "the cta: give it 6 s", "the cta: move it to the top".

A label and a colon usually open the card's new words ("hook: New look"); but when everything after
the colon is a list of changes (a size, a colour, a place, a length in seconds, the words kept) the
colon only names the card the requests are about, and none of it is copy. Each item must be one of
these on its own, so a line of copy ("Keep it simple", "Make it yours", "Give it a go") stays words.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.clause import ROLE_ALT
from adgen.agent.understanding.values import POSITION_RE, find_colors, find_durations

_I = re.I
_ITEM_SPLIT_RE = re.compile(r"\s*(?:[,;]|\band\b|\bthen\b|\bplus\b)\s*", _I)
_FILLER_RE = re.compile(r"^(?:(?:and|then|also|plus|but|please|pls|just|maybe|oh)\b\s*)+", _I)
_TAIL_RE = re.compile(r"\s*(?:please|pls|plz|thanks|ta)?\s*[.!]*\s*$", _I)
# "keep it", "give it", "move it to", "make the text": the verb and what it acts on.
_VERB_RE = re.compile(
    r"^(?:make|move|put|set|give|keep|leave|hold|have|turn|shift|push|pin|bump|change|colou?r|place|drop|raise)\b\s*"
    r"(?:(?:it|them|this|that|the\s+(?:text|words|font|letters|type|card))\b\s*)?",
    _I,
)
# "words unchanged", "keep the words", "don't change the wording", "same words": the words kept.
_KEPT_WORDS_RE = re.compile(
    r"^(?:(?:the\s+)?(?:words?|wording|text|copy)\s+(?:unchanged|untouched|the\s+same|as\s+(?:is|they\s+are|it\s+is)|stays?\s+the\s+same)"
    r"|(?:keep|leave)\s+(?:the\s+)?(?:words?|wording|copy)(?:\s+(?:as\s+(?:is|they\s+are)|the\s+same|alone|unchanged))?"
    r"|(?:don'?t|do\s+not|dont)\s+(?:change|touch|edit)\s+(?:the\s+)?(?:words?|wording|copy|text)"
    r"|same\s+words|no\s+(?:change|changes)\s+to\s+(?:the\s+)?(?:words?|wording|copy))$",
    _I,
)
_COMPARATIVE = (
    r"(?:bigger|larger|smaller|tinier|bolder|brighter|darker|lighter|higher|lower|taller|wider|"
    r"longer|shorter)"
)
# "bigger text", "text bigger", "a bit bigger", "larger font".
_SIZE_RE = re.compile(
    rf"^(?:(?:the\s+)?(?:text|words|font|letters|type)\s+)?(?:(?:a\s+(?:bit|little|touch|tad)|much|slightly|way)\s+)?"
    rf"{_COMPARATIVE}(?:\s+(?:text|words|font|letters|type))?$",
    _I,
)
# Only a length in seconds, a place, a colour: "on screen 5 seconds", "to the top", "text yellow".
_SECONDS_RE = re.compile(r"\b(?:s|secs?|seconds?)\b", _I)
_VALUE_FILLER_RE = re.compile(
    r"\b(?:on[\s-]?screen|for|about|around|the|text|words|font|letters|colou?r|in|to|at|of|screen|a|an|extra|more)\b|[\s,.!-]+",
    _I,
)


def _value_only(item: str) -> bool:
    spans = [(c.start, c.end) for c in find_colors(item)]
    spans += [(d.start, d.end) for d in find_durations(item) if _SECONDS_RE.search(item[d.start : d.end])]
    spans += [m.span() for m in POSITION_RE.finditer(item)]
    if not spans:
        return False
    left = list(item)
    for start, end in spans:
        left[start:end] = " " * (end - start)
    return not _VALUE_FILLER_RE.sub("", "".join(left)).strip()


def _is_request(item: str) -> bool:
    item = _TAIL_RE.sub("", _FILLER_RE.sub("", item.strip()))
    if not item:
        return False
    if _KEPT_WORDS_RE.match(item) or _SIZE_RE.match(item):
        return True
    rest = _VERB_RE.sub("", item, count=1)
    return bool(_SIZE_RE.match(rest)) or _value_only(rest)


def requests_after_label(fragment: str) -> bool:
    """Whether ``fragment`` (what follows "<card>:") is a list of requests about that card (a size,
    a colour, a place, a length in seconds, the words kept), every item of it, rather than words."""
    items = [i for i in _ITEM_SPLIT_RE.split(fragment.strip()) if i and i.strip()]
    return bool(items) and all(_is_request(i) for i in items)


# "the 0% APR card: …", "cta: …", "scene 3: …": a label naming one card, alone on the line.
_LABELLED_LINE_RE = re.compile(
    r"^(?P<pre>\W*)(?P<label>(?:the\s+)?(?:[^\s:,.;!?]+\s+){0,4}?"
    rf"(?:card|slide|screen|frame|shot|line|caption|headline|scene\s*\d+|{ROLE_ALT}))"
    r"\s*:\s*(?P<rest>\S[^\n]*)$",
    _I,
)
_PRONOUN_RE = re.compile(r"\b(?:it|them|this|that)\b", _I)


def labelled_requests(masked: str) -> str:
    """ "the cta: text white, move it to the bottom, give it 6 s" as "the cta text white, move the cta
    to the bottom, give the cta 6 s": every request of the list names the card of the label (read
    alone, "keep it on screen 5 seconds" was the whole ad's length). Other messages are unchanged."""
    m = _LABELLED_LINE_RE.match(masked.strip())
    if m is None or not requests_after_label(m.group("rest")):
        return masked
    label = m.group("label")
    parts = re.split(f"({_ITEM_SPLIT_RE.pattern})", m.group("rest"), flags=_I)
    out = []
    for part in parts:
        item = part.strip()
        if not item or _ITEM_SPLIT_RE.fullmatch(part) or _KEPT_WORDS_RE.match(_TAIL_RE.sub("", item)):
            out.append(part)
            continue
        verb = _VERB_RE.match(_FILLER_RE.sub("", item))
        lead = item[: len(item) - len(_FILLER_RE.sub("", item))]
        body = item[len(lead) :]
        if verb and _PRONOUN_RE.search(body[: verb.end()]):
            out.append(lead + _PRONOUN_RE.sub(label, body, count=1))
        elif verb:
            bare = re.match(r"\w+", body)
            end = bare.end() if bare else 0
            out.append(f"{lead}{body[:end]} {label}{body[end:]}")
        else:
            out.append(f"{lead}{label} {body}")
    return m.group("pre") + "".join(out)
