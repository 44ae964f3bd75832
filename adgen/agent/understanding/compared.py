"""A scene named only as the measure of another ("the cta is too long compared to the hook", "the
showcase text looks small next to the hook's", "the cta feels slow relative to the rest").

Part of :mod:`adgen.agent.understanding` (sweep 39: precision). Read as typed, the scene after
"compared to" was a target too: "the cta is too long compared to the hook" shortened the hook
as well. The words from "compared to" to the end of the clause are the yardstick, no target, and
are left out of the request; the complaint before them is read as usual. Only after a complaint
("too long", "longer", "small", "more …"), so "move the cta next to the hook" keeps its place.
"""

from __future__ import annotations

import re

# A complaint word, then the yardstick phrase up to the end of its clause.
_YARDSTICK_RE = re.compile(
    r"(?P<keep>\b(?:too\s+\w+|\w+er|more\s+\w+|less\s+\w+|(?:so|very|really|way)\s+\w+|small|big|long|short|"
    r"slow|fast|loud|quiet|dark|bright|busy|plain|dull)\b)"
    r"(?P<drop>,?\s+(?:(?:when|if)\s+)?(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to|"
    r"next\s+to|beside|vs\.?|versus|against)\s+(?:the\s+|our\s+|that\s+)?[^,.;!?]+)",
    re.I,
)


def without_yardstick(masked: str) -> str:
    """``masked`` without the scene a complaint is measured against."""
    return _YARDSTICK_RE.sub(lambda m: m.group("keep"), masked)


# "make the hook text the colour of the cta text", "make the cta text match the showcase text
# size", "give the hook text the cta's colour": one scene's field copied from another's, said
# without "same". Read as typed these found no request (sweep 40); they are said the way the
# copying rules read ("the same colour as the cta text").
_FIELD_WORDS = (
    r"(?P<f>colou?r|size|font\s+size|text\s+size|text\s+colou?r|length|duration|position|placement)"
)
_SAID_WITHOUT_SAME: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b(?P<head>make|set|turn|change)\s+(?P<a>the\s+[\w\s'-]{{1,30}}?)\s+(?:to\s+)?the\s+{_FIELD_WORDS}\s+(?:of|from|as\s+in)\s+"
            r"(?P<b>the\s+[\w\s'-]{1,30}?)(?=\s*(?:$|[,.;!?]|\s+(?:and|but|then|please|pls)\b))",
            re.I,
        ),
        r"\g<head> \g<a> the same \g<f> as \g<b>",
    ),
    (
        re.compile(
            rf"\b(?P<head>make|have|let)\s+(?P<a>the\s+[\w\s'-]{{1,30}}?)\s+match\s+(?P<b>the\s+[\w\s'-]{{1,30}}?)\s+{_FIELD_WORDS}"
            r"(?=\s*(?:$|[,.;!?]|\s+(?:and|but|then|please|pls)\b))",
            re.I,
        ),
        r"make \g<a> the same \g<f> as \g<b>",
    ),
    (
        re.compile(
            rf"\b(?P<head>make|have|let)\s+(?P<a>the\s+[\w\s'-]{{1,30}}?)\s+match\s+(?P<b>the\s+[\w\s'-]{{1,30}}?)(?:'s|s'|’s)\s+{_FIELD_WORDS}"
            r"(?=\s*(?:$|[,.;!?]|\s+(?:and|but|then|please|pls)\b))",
            re.I,
        ),
        r"make \g<a> the same \g<f> as \g<b>",
    ),
)


def with_same(masked: str) -> str:
    """ "make the hook text the colour of the cta text": "… the same colour as the cta text"."""
    for pattern, replacement in _SAID_WITHOUT_SAME:
        masked = pattern.sub(
            lambda m, r=replacement: m.expand(r) if _SCENE_WORD_RE.search(m.group("b")) else m.group(0),
            masked,
        )
    return masked


_SCENE_WORD_RE = re.compile(
    r"\b(?:hook|cta|showcase|scene|intro|outro|ending|opener|opening|problem|social\s+proof|testimonial|"
    r"end\s+card|closer|text|headline|caption)s?\b",
    re.I,
)


# "the cta should be red like the hook": the scene after "like" is the example, no target (sweep
# 40: the hook was made red too). Only after a colour or a size word, so "make the cta look like
# the hook" is read as before.
# ("make it white, like the first one", "like scene 1's": the place of the example, round 27 c)
_LIKE_SCENE_RE = re.compile(
    r",?\s+(?:just\s+|exactly\s+)?like\s+(?:(?:in|on)\s+)?(?:the\s+"
    r"(?:hook|cta|showcase|intro|outro|ending|opener|opening|problem|social\s+proof|testimonial|end\s+card|closer|"
    r"first\s+scene|last\s+scene|scene\s+\d+|(?:first|second|third|fourth|fifth|last|final|middle|opening)\s+one)"
    r"|scene\s+\d+)(?:['’]s)?(?:\s+(?:text|one|scene|words))?(?=\s*(?:$|[,.;!?]))",
    re.I,
)
_VALUE_BEFORE_RE = re.compile(
    r"\b(?:bigger|smaller|larger|longer|shorter|bold|louder|quieter|\d+\s*(?:s|sec|seconds|px|pt|%)?)\s*$",
    re.I,
)


def without_example_scene(masked: str) -> str:
    """``masked`` without "like the hook" after a value ("the cta should be red like the hook")."""
    from adgen.agent.understanding.values import find_colors

    def drop(m: re.Match[str]) -> str:
        before = masked[max(0, m.start() - 30) : m.start()]
        colours = find_colors(before)
        if (colours and colours[-1].end >= len(before) - 1) or _VALUE_BEFORE_RE.search(before):
            return ""
        return m.group(0)

    return _LIKE_SCENE_RE.sub(drop, masked)


# "the cta is pink, make the hook text pink too", "I love the red in the cta, make the hook text
# red too": the first part says what one scene has, the measure of the "too" after it; it asks
# for nothing (sweep 40: the cta was made a paler pink, the red cta a brighter red).
_STATED_THEN_TOO_RE = re.compile(
    r"^\W*(?P<stmt>(?:the\s+[\w\s'’]{1,25}?\s+(?:is|are|'s)\s+(?:already\s+|currently\s+|now\s+)?[\w\s#-]{1,20}?"
    r"|i\s+(?:really\s+)?(?:love|like|adore)\s+(?:the\s+|how\s+)?[\w\s#-]{1,20}?\s+(?:in|on|of|for)\s+the\s+[\w\s]{1,20}?))"
    r"\s*[,;.]\s*(?:so\s+|and\s+)?(?P<req>(?:please\s+|pls\s+)?(?:make|set|turn|change|give|colou?r|put)\b.*"
    r"\b(?:too|as\s+well|also)\W*)$",
    re.I,
)
_COMPLAINT_WORDS_RE = re.compile(
    r"\b(?:too|so|very|really|hard|barely|not|\w+n't|bit|little|kind\s+of|kinda|wrong|off|weird|ugly|bad|small|big|tiny|"
    r"huge|long|short|loud|quiet|dark|bright|dull|boring)\b",
    re.I,
)


def without_stated_measure(masked: str) -> str:
    """``masked`` without "the cta is pink," before "make the hook text pink too"."""
    from adgen.agent.understanding.values import find_colors

    m = _STATED_THEN_TOO_RE.match(masked)
    if m is None or _COMPLAINT_WORDS_RE.search(m.group("stmt")):
        return masked
    if not (find_colors(m.group("stmt")) or re.search(r"\d", m.group("stmt"))):
        return masked
    return m.group("req")


# "instead of white, make the hook text yellow", "make the hook text yellow instead of white",
# "rather than 4 seconds, make the cta 6": the value replaced, named; no request of its own
# (sweep 40: "instead of white," set the palette white, "… instead of white" the background).
_REPLACED_LEAD_RE = re.compile(r"^\W*(?:instead\s+of|rather\s+than)\s+(?P<old>[^,;.!?]{1,30}?)\s*,\s*", re.I)
_REPLACED_TAIL_RE = re.compile(
    r"\s*,?\s+(?:instead\s+of|rather\s+than)\s+(?P<old>[^,;.!?]{1,30}?)(?=\s*(?:$|[,;.!?]))", re.I
)
_OLD_VALUE_RE = re.compile(
    r"^(?:(?:the|a|an|its|it'?s|it\s+being)\s+)?(?:current\s+|old\s+)?(?:[\w#-]+\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|px|pt|%)?|bigger|smaller|larger|bold|italics?|caps|louder|quieter|"
    r"top|bottom|left|right|cent(?:er|re)|middle)$|^#[0-9a-f]{3,6}$",
    re.I,
)


def _an_old_value(words: str) -> bool:
    from adgen.agent.understanding.values import find_colors

    words = words.strip()
    colours = find_colors(words)
    if (
        colours
        and not re.sub(r"\b(?:the|a|an|colou?r|shade|one|text)\b", "", blank_spans(words, colours)).strip()
    ):
        return True
    return bool(_OLD_VALUE_RE.match(words))


def blank_spans(text: str, found: list) -> str:
    for c in sorted(found, key=lambda c: c.start, reverse=True):
        text = text[: c.start] + " " * (c.end - c.start) + text[c.end :]
    return text


def without_replaced_value(masked: str) -> str:
    """``masked`` without "instead of white" / "rather than 4 seconds" (the value replaced)."""
    m = _REPLACED_LEAD_RE.match(masked)
    if m and _an_old_value(m.group("old")):
        masked = masked[m.end() :]
    return _REPLACED_TAIL_RE.sub(lambda t: "" if _an_old_value(t.group("old")) else t.group(0), masked)


# "hook 3s cta 5s", "hook: 3s, cta: 5s": a list of scenes and their lengths, all the message says.
# Read as typed, the first length went to both scenes ("cta 5s" was never read), or "3s, cta: 5s"
# became the hook's words (sweep 40). Each pair is said as a request of its own.
_SCENE_NAME = (
    r"(?:the\s+)?(?:hook|cta|showcase|intro|outro|problem|social\s+proof|testimonial|end\s+card|opener|closer|"
    r"scene\s*\d+)"
)
_LENGTH_PAIR = rf"(?P<scene>{_SCENE_NAME})\s*[:=]?\s*(?P<n>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"
_LENGTH_PAIR_RE = re.compile(_LENGTH_PAIR, re.I)
_UNNAMED_PAIR = _LENGTH_PAIR.replace("?P<scene>", "").replace("?P<n>", "")
_LENGTH_LIST_RE = re.compile(
    rf"^\W*{_LENGTH_PAIR}(?:\s*(?:[,;/|]|\band\b)?\s*{_UNNAMED_PAIR})+[\s.!]*$",
    re.I,
)


def lengths_listed(masked: str) -> str:
    """ "hook 3s cta 5s" -> "make the hook 3 seconds, make the cta 5 seconds"."""
    if not _LENGTH_LIST_RE.match(masked):
        return masked
    pairs = [
        f"make {'' if m.group('scene').lower().startswith('the') else 'the '}{m.group('scene')} {m.group('n')} seconds"
        for m in _LENGTH_PAIR_RE.finditer(masked)
    ]
    return ", ".join(pairs)
