"""Typos, autocorrect slips and dictation homophones on the words of an ad-editing request that
the later word-by-word typo step comes too late for, or must leave alone (round thirty-three b,
dev24's typo crowd).

Part of :mod:`adgen.agent.understanding`. Runs right after :func:`typing_slips.unslipped`, on the
masked request (quotes are placeholders, so the ad's own words never change), and only up to
where a text typed without quotes may start:

- a misspelt part of an ad before its text ("tasting crad txt", "end cadr text"): the scene-by-
  content steps read the words before the typo step, so "crad" is made "card" here;
- a word one slip from a word the ad shows, before a scene word ("the bix shot" with a box on
  screen): that word; never an English word, never when two of the ad's words are as close;
- autocorrect's real words where the real word makes no sense in the place it stands:
  "code cart text" (the card, unless the ad shows a cart), "the cat should say …" (the CTA,
  unless the ad shows a cat), "make the hook holder" (bolder, unless the ad shows a holder),
  "music a bit louver" (louder);
- "lowder" for the music: louder as it sounds ("powder", "chowder"), unless the message calls it
  loud (then it is left to the typo step, which asks);
- dictation's "for reals", "insta reals", "reals and tiktok": Instagram Reels, only where a place
  to post is meant ("is this set up for reals?"), never a bare "for reals?" (slang for "really").
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz.distance import OSA

from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.normaliser import correct, document_words, is_english
from adgen.agent.understanding.quotes import PLACEHOLDER_RE

_I = re.I

# What stands after a part of the ad when its text, look or length is meant.
_PART_AFTER = (
    r"(?=\s+(?:text|txt|texts|words|wording|line|copy|button|font|colou?r|background|bg|scene|slide|frame|"
    r"shot|bigger|smaller|larger|longer|shorter|white|black|red|blue|green|yellow|orange|pink|purple)\b)"
)

# --- a misspelt card before what it has: "tasting crad txt" ------------------------------------

_CARD_TYPO_RE = re.compile(
    r"\b(?:crad|cadr|carsd|cardd|caard)\b"
    r"(?=\s+(?:text|txt|words|copy|font|colou?r|bigger|smaller|to|in|white|black)\b)",
    _I,
)

# --- a scene named by a word of the ad, one slip off: "the bix shot" ---------------------------

_SHOWN_WORD_RE = re.compile(
    r"\b(?P<a>the|that|this|our|my)\s+(?P<w>[a-z]{3,12})(?=\s+(?:shot|scene|slide|clip|frame|card|pic|photo|picture|one)\b)",
    _I,
)

# --- autocorrect's real words ---------------------------------------------------------------

_CART_RE = re.compile(
    r"\b(?P<pre>(?:end|code|promo|offer|closing|final|last|booking|price)\s+)cart\b" + _PART_AFTER, _I
)
_END_CART_RE = re.compile(r"\bend\s+cart\b", _I)
_CAT_SAYS_RE = re.compile(
    r"\b(?P<a>the|that|this|our|my|your)\s+cat(?=\s+(?:should|must|needs?\s+to|has\s+to|to)\s+(?:say|read)\b|"
    r"\s+(?:says|reads|wording|needs\s+to\s+be\s+(?:bigger|smaller|white|black))\b)",
    _I,
)
_HOLDER_RE = re.compile(
    r"\b(?P<pre>(?:make|turn|get|have)\s+(?:the|that|this|its|their|our|my)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:hook|cta|text|txt|words|font|title|headline|caption|letters|copy|writing|line|tagline)\s+"
    r"(?:(?:a\s+(?:bit|little|lot|tad)|much|way|slightly|even)\s+)?)holder\b"
    r"(?=\s*(?:$|[,.!?;]|\s+(?:please|pls|and|too|as\s+well)\b))",
    _I,
)
_AUDIO = (
    r"(?:music|musci|musick|musik|muisc|msuic|moosic|volume|sound|audio|track|song|voice(?:[\s-]?over)?|vo)"
)
_AMOUNT = r"(?:(?:a\s+(?:bit|little|lot|tad|touch)|much|way|slightly|even|abit)\s+)?"
_LOUVER_RE = re.compile(
    rf"\b(?P<pre>{_AUDIO}\s+(?:(?:is|should\s+be|needs\s+to\s+be)\s+)?{_AMOUNT})louver\b", _I
)
_LOWDER_RE = re.compile(
    rf"\b(?P<pre>{_AUDIO}\s+(?:(?:is|should\s+be|needs\s+to\s+be)\s+)?{_AMOUNT})lowder\b", _I
)
_LOUD_ALREADY_RE = re.compile(r"\b(?:too|so|very|way)\s+loud\b|\bblasting\b|\bdeafening\b|\bquieter\b", _I)

# --- dictation's "reals" ----------------------------------------------------------------------

_PLATFORM_REALS_RE = re.compile(r"\b(?P<p>insta(?:gram)?|ig|fb|facebook)\s+reals\b", _I)
_REALS_BESIDE_RE = re.compile(
    r"\breals(?=\s+(?:and|or|&|\+)\s+(?:tiktok|tik\s+tok|shorts|stories|story|feed)\b)|"
    r"(?P<pre>\b(?:tiktok|shorts|stories|feed)\s+(?:and|or|&|\+)\s+)reals\b",
    _I,
)
_POSTED_FOR_REALS_RE = re.compile(
    r"\b(?P<pre>(?:set\s+up|sized|made|ready|formatted|right|fit|good|okay|ok|optimi[sz]ed|built|cut|exported?|"
    r"render(?:ed)?|post(?:ed|ing)?|upload(?:ed|ing)?|work|works)\s+(?:(?:it|this|them)\s+)?(?:for|on|to|as)\s+)reals\b",
    _I,
)


def parts_unslipped(masked: str, project: Any | None) -> str:
    """``masked`` with the slips of the module docstring read as the words meant; else as typed."""
    if project is None:
        return masked
    end = len(masked) if PLACEHOLDER_RE.search(masked) else text_cue_end(masked)
    return _read(masked[:end], project) + masked[end:]


def _read(text: str, project: Any) -> str:
    shown = " ".join(f"{s.background_prompt or ''} {s.overlay.text or ''}".lower() for s in project.scenes)
    text = _CARD_TYPO_RE.sub("card", text)
    text = _SHOWN_WORD_RE.sub(lambda m: _shown_word(m, project), text)
    if not re.search(r"\bcarts?\b", shown):
        text = _CART_RE.sub(lambda m: f"{m.group('pre')}card", text)
        text = _END_CART_RE.sub("end card", text)
    if not re.search(r"\bcats?\b|\bkitten", shown):
        text = _CAT_SAYS_RE.sub(lambda m: f"{m.group('a')} cta", text)
    if not re.search(r"\bholders?\b", shown):
        text = _HOLDER_RE.sub(lambda m: f"{m.group('pre')}bolder", text)
    text = _LOUVER_RE.sub(lambda m: f"{m.group('pre')}louder", text)
    if not _LOUD_ALREADY_RE.search(text):
        text = _LOWDER_RE.sub(lambda m: f"{m.group('pre')}louder", text)
    text = _PLATFORM_REALS_RE.sub(lambda m: f"{m.group('p')} Reels", text)
    text = _REALS_BESIDE_RE.sub(lambda m: f"{m.group('pre') or ''}Reels", text)
    return _POSTED_FOR_REALS_RE.sub(lambda m: f"{m.group('pre')}Reels", text)


def _shown_word(m: re.Match[str], project: Any) -> str:
    """ "the bix shot": the one word of the ad one slip from "bix", when "bix" is no word."""
    word = m.group("w")
    lower = word.lower()
    if word != lower or is_english(lower) or correct(lower) is not None:
        return m.group(0)
    ad = document_words(project)
    if lower in ad:
        return m.group(0)
    close = {w for w in ad if len(w) >= 3 and abs(len(w) - len(lower)) <= 1 and OSA.distance(lower, w) == 1}
    if len(close) != 1:
        return m.group(0)
    return f"{m.group('a')} {close.pop()}"


__all__ = ["parts_unslipped"]
