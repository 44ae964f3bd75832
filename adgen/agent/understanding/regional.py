"""Regional Englishes made plain: Indian English ("kindly do the needful and …"), Nigerian Pidgin
("abeg", "d music", "make am louder", "well well", "e never reach"), Singlish ("lah", "how long ah?",
"make 5 can") and a few plain-English turns of phrase with no word of the request in them ("make
the music barely audible").

Part of :mod:`adgen.agent.understanding` (round twenty-five, helper d18c): a table of rows
(pattern, English), applied by :func:`normaliser.normalise` to a message's masked words before its
typos are corrected, so quoted copy is never touched. Adding a way of saying something is adding a
row; each row is narrow (a particle only at the end of a clause, "small" only after a verb of
amount, "d" only before a thing an ad has).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# What "d" (Pidgin "the") may stand before: the things of an ad.
_AD_THINGS = (
    r"(?:music|musik|song|track|sound|volume|audio|voice(?:[\s-]?over)?|hook|cta|text|txt|words|font|"
    r"scene|video|vid|ad|advert|background|bg|logo|product|colou?r|end|last|first|second|third|"
    r"tagline|brand|intro|outro|opening|ending|picture|image|photo)\b"
)
_END = r"(?=\s*(?:[,;.!?]|$))"
# Verbs that take "am" (Pidgin "it") after them: "make am louder", "change am to red".
_AM_VERBS = r"(?:make|put|turn|change|set|reduce|increase|cut|move|remove|carry|give|bring|shift|push)"

REGIONAL: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, _I), english)
    for pattern, english in (
        # Indian English: "kindly do the needful and make …", "please do the needful: …"
        (
            r"\b(?:(?:kindly|please|pls|plz)\s+)?do\s+the\s+need(?:ful+|full+)\b(?:\s*(?:and|,|:|-|–|—)\s*)+(?=\w)",
            "please ",
        ),
        # "prepone the rating card before the demo": moved earlier (its place said after it)
        (
            r"\bprepone(?:d)?\b(?=[^,;.!?]*\b(?:before|ahead\s+of|in\s+front\s+of|to\s+(?:the\s+)?(?:start|first|beginning)|first)\b)",
            "move",
        ),
        # Scots: "awfy wee", "pure loud", "turn it doon" (round forty e): really small, really loud, down
        (r"\bawfy\b(?=\s+[a-z])", "really"),
        (
            r"\bpure\b(?=\s+(?:loud|quiet|wee|small|tiny|big|huge|dark|bright|long|short|slow|fast|dull|busy)\b)",
            "really",
        ),
        (r"\bdoon\b", "down"),
        (r"(?<=\breally\s)wee\b|(?<='s\s)wee\b(?=\s*(?:[,;.!?]|$))", "small"),
        # Singlish particles at the end of a clause or before a comma: "more lah", "can or not?"
        # ("meh" is English too: "the music is meh" says it is dull)
        (r"[\s,]*\b(?:lah|leh|lor|sia|hor|liao)\b(?=\s*(?:[,;.!?]|$))", ""),
        # "lower can or not?": can you
        (r"[\s,]*\bcan\s+or\s+not\b", ""),
        # "the voice very low, more loud please": one request of the voice, never the music's louder
        (
            r"\b(?:the\s+)?(voice(?:[\s-]?over)?|narrator|narration)\s+(?:is\s+)?(?:very\s+|too\s+|so\s+|really\s+)*"
            r"(?:low|quiet|soft)\s*[,.;]\s*(?:more\s+loud|louder|more\s+high|higher)",
            r"make the \1 louder",
        ),
        # "the music very very loud", "so so small": a degree said twice is said once (round 29 i)
        (r"\b(very|really|so|too|super)(?:\s+\1\b)+", r"\1"),
        # "the cta text the smallest bit bigger": the least step, "a tiny bit" (never a scene's "bit")
        (
            r"\bthe\s+(?:smallest|tiniest|littlest|slightest|teeniest|least)\s+(?:little\s+)?bit\b"
            r"(?=\s+(?:more\s+|less\s+)?[a-z]+er\b|\s+(?:more|less)\b)",
            "a tiny bit",
        ),
        # "very loud one": "one" after a description says nothing ("that one", "the other one" stay)
        (r"\b((?:very|so|too|damn|super|quite)\s+\w+)\s+one\b(?=\s*(?:[,;.!?]|$))", r"\1"),
        # "the music very loud", "d hook text too small": "is" dropped after the thing described
        (
            r"((?:^|[,;.!?]\s*)\W*(?:the\s+|this\s+|that\s+|d\s+)?(?:music|song|track|volume|hook|cta|text|font|logo|"
            r"background|product|ad|video)(?:\s+(?:text|font|words|music))?)\s+(?=(?:very|so|too|quite|damn|super|really|a\s+bit|a\s+little|a\s+tad|abit|bit|kinda|rather)\s+"
            r"(?:loud|quiet|soft|small|big|tiny|long|short|dark|bright|slow|fast|busy|plain|dull|boring|much)\b)",
            r"\1 is ",
        ),
        # Pidgin particles: "pls nau", "make am louder jare"
        (r"[\s,]*\b(?:nau|jare|abeg|biko)\b(?=\s*(?:[,;.!?]|$))", ""),
        (r"\bbiko\b", "please"),
        # Nigerian Pidgin
        (r"\babeg\b", "please"),
        (r"\bwetin\s+be\b", "what is"),
        (r"\bwetin\b", "what"),
        (rf"\b({_AM_VERBS})\s+am\b", r"\1 it"),
        # (lower case only, never after a word that makes it version D: "go to D first")
        (
            r"(?<!version\s)(?<!variant\s)(?<!\bto\s)(?<!\bon\s)(?<!\bin\s)(?<!\bof\s)(?<!\band\s)(?<!\bor\s)"
            rf"(?<!\bfrom\s)(?<!\bfor\s)(?<!\bat\s)(?<!\bwith\s)(?<![\w'’])(?-i:d)(?=\s+{_AD_THINGS})",
            "the",
        ),
        (r"\bwell\s+well\b", "a lot"),
        # "e never reach", "e no reach", "it never reach": not enough yet
        (r"\b(?:e|it|e\s+still)\s+(?:never|no|neva)\s+reach\b", "not enough"),
        (r"\b(?:e|it)\s+don\s+(?:too\s+)?(?:much|plenty)\b", "too much"),
        # "reduce d music small", "increase am small small": a bit (after a verb of amount only;
        # "make the text small" is a size)
        (
            r"\b(reduce|lower|increase|raise|add|drop|decrease|turn\s+(?:up|down)|bring\s+(?:up|down)|"
            r"louder|quieter|softer|bigger|smaller|longer|shorter|brighter|darker|up|down)\b"
            # ("scale it down to small", "turn it down, too small": a size, not an amount)
            rf"([^,;.!?]*?)(?<!\bto)(?<!\btoo)(?<!\bvery)(?<!\bso)(?<!\band)(?<!\bbut)\s+smal+(?:\s+smal+)?{_END}",
            r"\1\2 a bit",
        ),
        # "the last scene how long ah?": "ah" ending a question says nothing
        (r"\s+ah\b(?=\s*(?:[?]|$))", ""),
        # "make 5 can", "a bit louder can?": "can" after a value or a comparative asks for it
        (r"(?<=[\d])\s+can\b(?=\s*[?!.]*\s*$)", ""),
        # (a comparative only: "put the logo on the beer can" keeps its can)
        (
            r"\b(bigger|smaller|louder|quieter|softer|brighter|darker|longer|shorter|faster|slower|higher|lower|"
            r"bolder|lighter|more|less)\s+can\b(?=\s*[?!.]*\s*$)",
            r"\1",
        ),
        (r"^(\W*)can\s+(?=more\b)", r"\1"),
        # Pidgin "o" ending a request: "make am louder o", "more o"
        (r"(?<=\w)\s+o\b(?=\s*[!.?]*\s*$)", ""),
        # "make 5", "then make bigger": the verb with its "it" dropped, a value or a comparative after
        (
            r"(^\W*|(?:^|[,;.!?]\s*|\b(?:then|and|so|ok(?:ay)?)\s+))(make|set|change|turn)\s+"
            r"(?=(?:to\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?\s*(?:[,;.!?]|$)|(?:a\s+bit\s+)?\w+er\b\s*(?:[,;.!?]|$))",
            r"\1\2 it ",
        ),
        # "music littel louder", "make little bigger": "a" dropped before the amount
        (r"(?<!\ba\s)\b(?:littel|litle|little)\s+(?=(?:\w+er|more|less)\b)", "a little "),
        # "reduce the music little bit", "louder abit": "a" dropped or joined
        (r"(?<!\ba\s)\b(?:littel|litle|little|lil)\s+bit\b", "a little bit"),
        (r"\babit\b", "a bit"),
        (r"\balittle\b", "a little"),
        # "make the music barely audible", "turn the track down to barely there": much quieter
        # (only after a verb: "the music is barely audible" is a complaint that it is too quiet)
        (
            r"\b(make|turn|keep|set|bring|have|get)\s+"
            r"((?:the\s+|our\s+|that\s+)?(?:background\s+)?(?:music|track|song|soundtrack|audio|bgm|tune)\s+"
            r"(?:(?:down|right\s+down)\s+)?(?:to\s+)?(?:so\s+(?:it'?s|it\s+is)\s+)?)"
            r"(?:barely|hardly|only\s+just|just\s+about)\s+(?:audible|there|noticeable)\b",
            r"\1 \2much quieter",
        ),
    )
)


def regional_english(text: str) -> str:
    """``text`` with the regional rows' words in plain English (see the module docstring); a
    capitalised word inside a sentence is a name and stays ("the brand name to Abeg Foods")."""
    for pattern, english in REGIONAL:
        text = pattern.sub(lambda m, english=english: _replaced(m, english), text)
    return text


def _replaced(m: re.Match[str], english: str) -> str:
    word = m.group(0).lstrip(" ,")
    before = m.string[: m.start() + (len(m.group(0)) - len(word))].rstrip()
    if word[:1].isupper() and before and before[-1] not in ".!?:;-–—(\n" and not before.endswith(("\ue000",)):
        return m.group(0)
    return m.expand(english)


__all__ = ["REGIONAL", "regional_english"]
