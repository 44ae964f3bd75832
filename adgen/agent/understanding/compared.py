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
