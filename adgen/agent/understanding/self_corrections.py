"""A value corrected inside the same message: "'Grab a bottel today'... wait spelling, 'Grab a
bottle today'", "say 'Shop nwo' - sorry, I mean 'Shop now'".

Part of :mod:`adgen.agent.understanding`. When a quoted text is followed by a correction cue
(wait, sorry, oops, I mean, actually, make that, typo, spelling…) and then another quoted text
close to it, the later quote is the one meant: the first quote takes its place and the cue and
the retyped quote are dropped, so every later step reads one request with the corrected words.
Two unrelated quotes ("'Shop now' ... actually also 'Free shipping'") are left alone.

Colours and lengths are corrected the same way ("make the closing text red... no actually
navy", "the cta in white, no wait, in gold", "30 sec... no make it 20"): the later value takes
the first one's place. Read as typed, both were applied, the second to the wrong field (a navy
background).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from adgen.agent.understanding.quotes import PLACEHOLDER_MARK, Quoted
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import COLOR_NAMES_PATTERN
from adgen.project import AdProject

_CUE = (
    r"(?:wait|sorry|oops|whoops|i\s+mean[t]?|actually|rather|correction|scratch\s+that|make\s+(?:that|it)|"
    r"typo|spelling|spelt|spelled|misspelt|misspelled|no|not|should\s+be|i\s+meant\s+to\s+(?:say|type|write))"
)
_CORRECTED_RE = re.compile(
    rf"(?P<first>{PLACEHOLDER_MARK}[\ue100-\ue1ff])(?P<between>[\s.,;:!\-\u2013\u2014]*(?:\w+[\s.,;:!\-\u2013\u2014]+){{0,3}}?"
    rf"\b{_CUE}\b[^\ue000]{{0,30}}?)(?P<second>{PLACEHOLDER_MARK}[\ue100-\ue1ff])[\s.!]*",
    re.I,
)
_SIMILAR = 70  # rapidfuzz ratio: a retyped text, not another text


def keep_corrected_quote(masked: str, quotes: list[Quoted]) -> str:
    """The message with a quote corrected in the same message read as the corrected quote only."""

    def inner(token: str) -> str:
        return quotes[ord(token[1]) - 0xE100].inner

    def repl(m: re.Match[str]) -> str:
        first, second = inner(m.group("first")), inner(m.group("second"))
        if first == second or fuzz.ratio(first.lower(), second.lower()) < _SIMILAR:
            return m.group(0)
        return m.group("second")

    return _CORRECTED_RE.sub(repl, masked)


_COLOUR = COLOR_NAMES_PATTERN
# A colour, one or more correction cues (never "not": "red, not blue" keeps red), the new colour.
_CORRECTION_CUE = (
    r"(?:no|nope|wait|sorry|oops|whoops|actually|rather|hmm+|i\s+mean[t]?|make\s+(?:that|it)|scratch\s+that)"
)
_CORRECTED_COLOUR_RE = re.compile(
    rf"\b(?P<first>{_COLOUR})\b(?P<between>\s*(?:\.{{2,}}|…|[,;:!\-\u2013\u2014])?\s*"
    rf"(?:{_CORRECTION_CUE}\b[\s.,;:!…\-\u2013\u2014]*){{1,4}}(?:(?:in|to|use|go\s+with)\s+)?)"
    rf"(?P<second>(?:{_COLOUR})\b|#[0-9a-f]{{6}}\b)",
    re.I,
)


# A colour, then a bare "no" and another: "white, no orange anymore", "white, and no black
# background" say what not to have, never a change of mind (the later colour was applied, or given
# to the background). The declined colour is dropped; "no, navy", "no wait navy" and "red... no
# navy" (trailing off) still correct.
_DECLINED_COLOUR_RE = re.compile(
    rf"\b(?P<first>{_COLOUR})\b\s*(?:[,;:!\-\u2013\u2014])?\s*(?:(?:and|but|with|so)\s+)?(?:no|nope)\s+"
    rf"(?:(?:more|other)\s+)?(?:{_COLOUR})\b(?:\s+(?:background|backdrop|bg|tints?|tones?|anymore|any\s+more|at\s+all|please|pls))*"
    # (never one said for another place: "the cta text red, no blue for the showcase")
    r"(?!\s+(?:for|on|in|to|at)\b)",
    re.I,
)


def keep_corrected_colour(masked: str) -> str:
    """ "red... no actually navy" -> "navy": the colour corrected in the same message."""
    masked = _DECLINED_COLOUR_RE.sub(lambda m: m.group("first"), masked)
    return _CORRECTED_COLOUR_RE.sub(_corrected, masked)


_BARE_NO_RE = re.compile(r"^[\s,;:!\-\u2013\u2014]*(?:no|nope)\s+$", re.I)
_ELSEWHERE_RE = re.compile(r"\s+(?:for|on|in|to|at)\s+(?:the|all|every|each|both)\b", re.I)


def _corrected(m: re.Match[str]) -> str:
    """The later colour; left as typed when a bare "no" puts it on another place ("the cta text
    red, no blue for the showcase": a second request, never the cta's colour)."""
    if _BARE_NO_RE.match(m.group("between")) and _ELSEWHERE_RE.match(m.string, m.end()):
        return m.group(0)
    return m.group("second")


_SECONDS = r"(?:s|secs?|seconds?)"
# "30 sec... no make it 20", "15s, wait, 12s": a length, a cue, the length meant (its unit may go unsaid).
_CORRECTED_LENGTH_RE = re.compile(
    rf"\b(?P<first>\d{{1,3}}(?:\.\d+)?)\s*-?\s*(?P<unit>{_SECONDS})\b(?P<noun>\s+(?:ad|video|spot|promo|clip|reel))?\s*(?:\.{{2,}}|…|[,;:!\-\u2013\u2014])?\s*"
    rf"(?:{_CORRECTION_CUE}\b[\s.,;:!…\-\u2013\u2014]*){{1,4}}(?:(?:make\s+it|let'?s\s+(?:say|do)|more\s+like|go\s+with)\s+)?"
    rf"(?P<second>\d{{1,3}}(?:\.\d+)?)(?:\s*-?\s*(?P<unit2>{_SECONDS})\b)?(?!\s*(?:%|px|scenes?\b))",
    re.I,
)


def keep_corrected_length(masked: str) -> str:
    """ "30 sec... no make it 20" -> "20 sec": the length corrected in the same message."""
    return _CORRECTED_LENGTH_RE.sub(
        lambda m: (
            m.group(0)
            if _COMPARED_BEFORE_RE.search(m.string, 0, m.start())  # "if the hook is under 3 s make it 3"
            else f"{m.group('second')} {m.group('unit2') or m.group('unit')}{m.group('noun') or ''}"
        ),
        masked,
    )


# a length compared, not said ("if the hook is under 3 s make it 3": a condition and its fix; round 33 d)
_COMPARED_BEFORE_RE = re.compile(
    r"\b(?:under|over|below|above|(?:longer|shorter|more|less|greater)(?:\s+than)?|at\s+(?:least|most))\s*$",
    re.I,
)


# "make the hook text red, no wait the cta text", "…, sorry, I mean the showcase": a change of mind
# about which scene, said as a cue and only a scene (and words naming its text) at the end.
_CORRECTED_TARGET_RE = re.compile(
    r"\s*(?:\.{2,}|…|[,;:!\-\u2013\u2014])?\s*"
    rf"(?:{_CORRECTION_CUE}\b[\s.,;:!…\-\u2013\u2014]*){{1,4}}(?:(?:on|for|in|to)\s+)?(?P<ref>[^.;!?\ue000]{{1,40}}?)[\s.!]*$",
    re.I,
)
# What may follow the scene named in the correction: words for its text or for the scene itself.
_REF_ONLY_RE = re.compile(
    r"^[\s,]*(?:the\s+|its\s+)?(?:(?:text|words|copy|caption|title|headline|line|one|scene|part|instead|please|pls)\b[\s,]*)*$",
    re.I,
)


def keep_corrected_target(masked: str, project: AdProject | None, quotes: list[Quoted]) -> str:
    """ "make the hook text red, no wait the cta text" -> "make the cta text red": the scene
    corrected in the same message takes the place of the one named first (read as typed, the hook
    was reddened and the correction left unread)."""
    if project is None:
        return masked
    m = _CORRECTED_TARGET_RE.search(masked)
    if m is None or m.start() == 0:
        return masked
    head, tail = masked[: m.start()], m.group("ref")
    new = [r for r in find_scene_refs(tail, project, quotes) if r.ids and not r.error]
    old = [r for r in find_scene_refs(head, project, quotes) if r.ids or r.kind == "all"]
    if len(new) != 1 or len(old) != 1 or not old[0].ids or old[0].kind == "all" or new[0].kind == "all":
        return masked
    if not _REF_ONLY_RE.match(tail[: new[0].start]) or not _REF_ONLY_RE.match(tail[new[0].end :]):
        return masked
    if old[0].ids == new[0].ids:
        return masked
    return head[: old[0].start] + tail[new[0].start : new[0].end] + head[old[0].end :]


__all__ = ["keep_corrected_colour", "keep_corrected_length", "keep_corrected_quote", "keep_corrected_target"]
