"""A message split into requests: one clause per request, in order.

Part of :mod:`adgen.agent.understanding`. The message's quotes are already masked (see
:mod:`adgen.agent.understanding.quotes`), so nothing inside a quote splits. Splits at line
breaks and bullets ("-", "*", "•", "1.", "2)"), sentence ends, ";", ",", "and", "then",
"also", "plus". A piece that starts no request of its own ("navy *and gold*", "swap scene 2
*and 3*", "brighter *and warmer*") is glued back to the one before it.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.headed_lists import headed_list
from adgen.agent.understanding.lead_ins import unannounced
from adgen.agent.understanding.meta import META_ANY_RE
from adgen.agent.understanding.product_words import product_spans
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import find_colors, find_durations
from adgen.project import AdProject

# ("move the thirsty? text down": a "?" or "!" of a text named by its words, before the word
# "text", ends no sentence)
_SENTENCE_RE = re.compile(
    r"(?<=[.;])\s+|(?<=[!?])\s+(?![\s]|(?:text|line|headline|copy|caption|title|slide|scene|card|screen)\b)"
    r"|\n+|(?<=[.!?])(?=[A-Z])"
)
_NOW_PLEASE_RE = re.compile(r"\s*now\b", re.I)
_JOIN_RE = re.compile(
    # ("the 50,000 runners line": a comma between digits groups thousands, it ends no request)
    r"\s*[,;]\s*(?:and\s+then|and\s+also|and|then|also|plus)?\s+|(?<!\d(?=,\d{3}\b))\s*[,;]\s*"
    r"|\s+(?:and\s+then|and\s+also|as\s+well\s+as|after\s+that|and|then|plus|but|also|&|\+|/)\s+"
    # ("Running since 1998", "family owned since '87": "since" before a year is copy, no reason)
    r"|\s+(?:because|since(?!\s+(?:(?:1[89]|20)\d\d|'\d\d|day\s+one)\b)|b/c|bc|cuz|coz|bcuz|'?cause)\s+"
    # dictated, with no comma: "our brand name is Zest Co now please update it" (the "now" is the
    # next request's, and stays with it: "say Shop now please …" keeps its words, see _pieces)
    r"|\s+(?=now\s+(?:please|pls|can\s+you|could\s+you)\s+\w)",
    re.I,
)
_FILLER = (
    r"(?:\s*(?:please|pls|also|and|then|now|next|finally|oh|ok|okay|plus|lastly|maybe|just|actually|"
    r"can\s+you|could\s+you|would\s+you|will\s+you|i\s+want\s+(?:you\s+)?to|i'?d\s+like\s+(?:you\s+)?to|"
    r"let'?s|we\s+need\s+to|you\s+should|try\s+to|go\s+ahead\s+and)\b\s*,?)*"
)
_CUE_VERBS = (
    r"make|change|set|turn|use|put|place|move|add|insert|include|remove|delete|drop|cut|trim|swap|switch|"
    r"exchange|reorder|reverse|render|export|undo|revert|regenerate|re-generate|redo|reroll|re-roll|give|show|"
    r"hide|replace|rename|call|increase|decrease|raise|lower|boost|reduce|shorten|lengthen|extend|create|"
    r"generate|try|bring|cent(?:er|re)|mute|unmute|go|apply|update|edit|fix|tweak|bump|lose|ditch|get|have|"
    r"let|keep|shrink|enlarge|scale|brighten|darken|warm|cool|start|end|close|open|write|say|recolou?r|"
    r"colou?r|paint|tint|double|halve|restore|cancel|stop|list|zoom|push|pull|flip|shift|align|position|"
    r"resize|rewrite|reword|rephrase|punch|what|how|is|are|who|why|when|where|tell"
)
_FILLER_ONLY_RE = re.compile(
    r"^\W*(?:right\W*|(?:(?:actually|ok|okay|hmm+|so|well|great|perfect|nice|cool|thanks|please|hey|oh|oops|alright|also|"
    r"and|then|now|yes|yeah|sure|wait|no|nope|nah|ugh|hm|sorry|lol|thx|ty|my\s+bad)\b\W*)*)$",
    re.I,
)
# "ok so a few things:", "two changes please": a heading that announces requests, asks none.
_PREAMBLE_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right|alright|hey|hi|hmm+|also)\b[\s,]*)*(?:i\s+have\s+|i'?ve\s+got\s+|just\s+)?"
    r"(?:a\s+)?(?:few|couple(?:\s+of)?|some|several|two|three|four|\d)\s+(?:more\s+|small\s+|quick\s+|little\s+)?"
    r"(?:things|changes|tweaks|notes|edits|requests|fixes|bits|points|ones)\b(?:\s+(?:please|pls|for\s+you|to\s+fix))?\W*$",
    re.I,
)
# "Stride, v1 notes: hook 5 sec, …": a heading naming the brand or the version over the notes that
# follow (it had kept the notes from being split, so each one went to every scene named).
_NOTES_HEADING_RE = re.compile(
    r"^\W*(?:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?\s*,?\s*)?(?:(?:v|version\s*)\d{1,2}\s+)?"
    r"(?:notes|feedback|changes|edits|tweaks|fixes|comments)\s*$",
)
# "please update it", "go ahead and change that": the request said again, asking nothing new.
_RESTATE_RE = re.compile(
    r"^\W*(?:(?:now|please|pls|can\s+you|could\s+you|go\s+ahead\s+and|just)\s+)*(?:update|change|apply|fix|do|sort)\s+"
    r"(?:it|that|this)(?:\s+(?:please|pls|for\s+me|thanks))*\W*$",
    re.I,
)
# "in that one, make the hook pink": the version being edited, named as the current one.
_THIS_VERSION_RE = re.compile(
    r"^\W*(?:(?:in|on|for)\s+(?:that|this|the\s+new|the\s+same)\s+(?:one|version|variant)|(?:in|on)\s+it)\W*$",
    re.I,
)
CUE_START_RE = re.compile(rf"^{_FILLER}(?:{_CUE_VERBS})\b", re.I)
_TOPIC_START_RE = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:music|song|soundtrack|track|tune|beat|jingle|audio|volume|sound|products?|packshot|"
    r"text|font|headline|caption|"
    r"title|brand|tagline|slogan|logo|background|palette|colou?rs|duration|length|lighting|mood|style|look|vibe|feel|"
    r"render|export|undo|status|progress)\b",
    re.I,
)
# "hook text bigger and the voice a bit slower": the voice and how it should sound, a request of
# its own (never "the hook text and voice-over to 'X'", one line for both).
_VOICE_START_RE = re.compile(
    r"^\s*(?:(?:make|have|get|set|turn)\s+)?(?:the\s+|her\s+|his\s+)?(?:voice(?:[\s-]?over)?|vo|narrat(?:or|ion)|speaker)\s+"
    r"(?:(?:a\s+(?:bit|little|touch|tad)|slightly|much|way|a\s+lot|bit|lil)\s+)?"
    r"(?:slower|faster|quicker|calmer|deeper|softer|warmer|louder|quieter|off|on|male|female)\b",
    re.I,
)
# "the last voice-over has to say '…' and the on-screen text '…'": the words on screen, given
# their own new words after a voice-over's line, are a request of their own (they became the line).
_SCREEN_TEXT_START_RE = re.compile(
    r"^\s*(?:(?:and|also|plus|while)\s+)?(?:the\s+)?(?:on[\s-]?screen\s+(?:text|words|copy|line|caption)|"
    r"(?:text|words|copy)\s+on[\s-]?screen|overlay(?:\s+text)?|super)\b[^\ue000]{0,20}\ue000",
    re.I,
)
# "…, and 20 seconds total": a length for the whole ad is a request of its own.
_DURATION_TOTAL_RE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|minutes?)\s+(?:total|overall|in\s+total|altogether|long)\b"
    # ("…, and the whole thing 15s": the ad's length, a request of its own)
    r"|\b(?:whole|entire|full)\s+(?:thing|ad|video|spot|cut)\s+(?:(?:to|at|=|is|should\s+be)\s*)?\d+(?:\.\d+)?\s*"
    r"(?:s|secs?|seconds?)\b",
    re.I,
)
_LEADING_WORDS_RE = re.compile(r"\s*(?:(?:the|a|an|and|or|with|some)\s+)*", re.I)
_REF_ONLY_RE = re.compile(
    r"^[\s,.!?]*(?:(?:the|a|an|and|both|scene|scenes|slide|one|please|pls|plz|thanks|thx|ty|now|around|round)\b[\s,.!?]*)*$",
    re.I,
)
# "a bigger shoe in the showcase", "louder music": a piece that starts by comparing asks for a change.
_COMPARATIVE_START_RE = re.compile(
    r"^\s*(?:an?\s+)?(?:(?:bit|little|lot|much|way|even|slightly)\s+)?(?:bigger|smaller|larger|louder|quieter|"
    r"brighter|darker|warmer|cooler|shorter|longer|calmer|softer|bolder|faster|slower)\s+\w",
    re.I,
)
_SWAP_OPEN_RE = re.compile(
    r"\b(?:swap|switch|exchange|between|flip|trade|interchange|remove|delete|drop|cut)\b", re.I
)


# An abbreviation's period ("King St.", "6 a.m.", "Smith & Co."), which ends no sentence when the
# noun naming those words follows in small letters (a row of the abbreviations shop copy uses).
_ABBREVIATION_END_RE = re.compile(
    r"(?:\b[A-Za-z]\.[A-Za-z]|\b(?:St|Rd|Ave|Blvd|Sq|Co|Ltd|Inc|Bros|Dr|Mr|Mrs|Ms|Jr|Sr|Mt|No|vs|etc|approx|est))\.$"
)
_NAMING_NOUN_START_RE = re.compile(
    r"(?:text|txt|line|headline|copy|caption|title|words|wording|slide|scene|card|screen|one|bit|part|shot)\b"
)


def _sentences(masked: str) -> list[str]:
    """Sentences of a message; a trailing run of symbols ("!! 🍵") stays with its sentence."""
    sentences: list[str] = []
    for part in _SENTENCE_RE.split(masked):
        if not part or not part.strip():
            continue
        if sentences and not any(c.isalnum() or c == PLACEHOLDER_MARK for c in part):
            sentences[-1] = f"{sentences[-1]} {part.strip()}"
        elif sentences and _ABBREVIATION_END_RE.search(sentences[-1]) and _NAMING_NOUN_START_RE.match(part):
            # "move the King St. text to the top", "also the 6 a.m. one": a scene's words ending on
            # an abbreviation, then the noun that names them; one sentence
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
    return sentences


def _pieces(masked: str) -> list[tuple[str, str]]:
    """(separator before, piece) pairs, split at every possible request boundary."""
    result: list[tuple[str, str]] = []
    for s_index, sentence in enumerate(_sentences(masked)):
        pos = 0
        sep = " " if s_index else ""
        for m in _JOIN_RE.finditer(sentence):
            if m.start() == 0:
                continue
            if _NOW_PLEASE_RE.match(sentence, m.end()) and _OPEN_TEXT_RE.search(sentence[pos : m.start()]):
                continue  # "make the cta say Shop now please …": "now" is a word of the line
            result.append((sep, sentence[pos : m.start()]))
            sep = m.group(0)
            pos = m.end()
        result.append((sep, sentence[pos:]))
    return [
        (s, p)
        for s, p in result
        if p.strip()
        and (
            PLACEHOLDER_MARK in p
            or not (
                _FILLER_ONLY_RE.match(p)
                or _PREAMBLE_RE.match(p)
                or _THIS_VERSION_RE.match(p)
                or _RESTATE_RE.match(p)
                or _KEEP_ORIGINAL_RE.match(p)
            )
        )
    ]


# "…, no need to change the music": a part declined, a clause of its own (sweep 40: read with the
# request before it, "text … to change the music" made that the cta's words).
_NO_NEED_START_RE = re.compile(r"^\W*(?:there'?s\s+|there\s+is\s+)?no\s+need\s+to\b", re.I)


def _is_new_request(piece: str, project: AdProject | None, quotes: list) -> bool:
    if _NO_NEED_START_RE.match(piece):
        return True
    colors = find_colors(piece)
    if (
        colors
        and _LEADING_WORDS_RE.fullmatch(piece[: colors[0].start])
        and (project is None or not find_scene_refs(piece, project, quotes))
    ):
        return False  # "navy *and gold palette*": the rest of a list of colours
    if (
        _DURATION_TOTAL_RE.search(piece)
        or CUE_START_RE.match(piece)
        or _TOPIC_START_RE.match(piece)
        or _VOICE_START_RE.match(piece)
        or _SCREEN_TEXT_START_RE.match(piece)
        or META_ANY_RE.search(piece)
        or _COMPARATIVE_START_RE.match(piece)
        or _product_start(piece, project)
    ):
        return not re.match(r"^\s*(?:the\s+)?(?:scene|slide|one)s?\b[\s\d]*$", piece, re.I) or False
    if project is None:
        return False
    refs = [
        r for r in find_scene_refs(piece, project, quotes) if r.kind != "all" or "every" in r.text.lower()
    ]
    if not refs:
        return False
    leftover = piece
    for r in reversed(refs):
        leftover = leftover[: r.start] + " " + leftover[r.end :]
    if _REF_ONLY_RE.match(leftover):
        return False
    return True


# A clause that gives the reason for a request, never a request ("the music is blasting, it's a
# calm serum ad!", "this is for a luxury brand"): one row per phrasing.
REASON_CLAUSES: tuple[re.Pattern[str], ...] = (
    # "because the ad is for TikTok, move the hook text to the center", "since it runs on Reels":
    # where the ad runs, given as the reason for the request with it (sweep 40: read as a platform
    # request, "it already has TikTok" was all the reply)
    re.compile(
        r"^\W*(?:because|since|as|given\s+(?:that\s+)?)\s*(?:the\s+(?:ad|video|spot|clip)|it|this|we)\s*"
        r"(?:'s|'re|is|are|will\s+be|runs?|goes|go(?:es)?|post|run)\s+(?:(?:going|mostly|mainly|only|just)\s+)?"
        r"(?:for|on|to|in)\s+(?:the\s+)?[\w\s/&-]{1,30}?\W*$",
        re.I,
    ),
    re.compile(
        r"^\W*(?:(?:but|because|since|as)\s+)?(?:it'?s|it\s+is|this\s+is|that'?s|we'?re|we\s+are)\s+"
        r"(?:(?:meant\s+to\s+be|supposed\s+to\s+be|for)\s+)?an?\s+(?:[\w-]+\s+){0,3}"
        r"(?:ad|advert|video|brand|product|spot|commercial|company|campaign)\W*$",
        re.I,
    ),
    # "the bike is huge and squashes the text", "…, it crowds the words": what the size does to the
    # words, said after the complaint it explains
    re.compile(
        r"^\W*(?:(?:and|so|because|as)\s+)?(?:(?:it|that|this|which|they)(?:'s|\s+is|\s+just)?\s+)?(?:totally\s+|kind\s+of\s+|kinda\s+)?"
        r"(?:squash(?:es|ing)?|squeez(?:es|ing)|crowd(?:s|ing)|cramp(?:s|ing)|crush(?:es|ing)|smother(?:s|ing)|swallow(?:s|ing)|"
        r"dwarf(?:s|ing)|eat(?:s|ing)(?:\s+up)?|drown(?:s|ing)(?:\s+out)?|overwhelm(?:s|ing)|bur(?:ies|ying)|"
        r"cover(?:s|ing)|hid(?:es|ing)|block(?:s|ing)|overlap(?:s|ping))\s+"
        r"(?:up\s+|out\s+)?(?:the\s+|our\s+|my\s+|all\s+the\s+)?(?:\w+\s+)?(?:text|words|caption|copy|headline|line|tagline|logo)\W*$",
        re.I,
    ),
    # "font size 58 please, it's crowding the top edge", "…, it's too close to the bottom": where
    # the words sit now, said after the request that fixes it (alone, it stays a complaint)
    re.compile(
        r"^\W*(?:(?:and|so|because|as|since)\s+)?(?:it|that|this|they)(?:'s|'re|\s+is|\s+are|\s+just)?\s+"
        r"(?:(?:way\s+|far\s+|a\s+bit\s+)?too\s+close\s+to|crowd(?:s|ing)|touch(?:es|ing)|hit(?:s|ting)|"
        r"bump(?:s|ing)\s+(?:into|against)|jammed\s+(?:into|against|up\s+against)|(?:right\s+)?(?:up\s+)?against|"
        r"cut\s+off\s+(?:at|by)|spill(?:s|ing)\s+(?:off|over)|running\s+(?:off|into))\s+"
        r"(?:the\s+)?(?:very\s+)?(?:top|bottom|upper|lower|left|right)?\s*(?:edge|edges|border|frame|screen|side|sides|corner|top|bottom)"
        r"(?:\s+of\s+the\s+(?:frame|screen|video))?\W*$",
        re.I,
    ),
    # "a copy where the last text says 'X', so I can show both to my regulars and see which they
    # like": what the writer will do with the result
    re.compile(
        r"^\W*so\s+(?:that\s+)?(?:i|we)\s+(?:can|could)\s+(?:show|compare|test|try|ask|decide|check|see|put)\b[^;.!?]*\W*$",
        re.I,
    ),
    # "could the voice be a bit slower, my customers are mostly retired", "…, my mum couldn't follow
    # a word of it": who watches the ad and how it goes for them, said after the request it explains
    re.compile(
        r"^\W*(?:(?:and|as|because|since|so)\s+)?(?:my|our|the)\s+(?:[\w-]+\s+)?(?:customers|regulars|clients|"
        r"mum|mom|mother|dad|father|gran|granny|grandma|grandad|grandpa|nan|audience|viewers|buyers|shoppers|"
        r"followers|patients|guests|members|students)\s+"
        r"(?:are|is|were|was|couldn'?t|can'?t|cannot|don'?t|didn'?t|won'?t|like|love|prefer|need|struggle|say)\b[^,;.!?]*\W*$"
        # ("…, my gran couldn't follow it": anyone of theirs who could not follow or keep up)
        # ("…, colour-blind folks can't see that": who cannot see what the request changes)
        r"|^\W*(?:(?:and|as|because|since|so)\s+)?(?:colou?r[\s-]?blind|older|elderly)\s+(?:folks|people|viewers|customers|users)\s+"
        r"(?:couldn'?t|can'?t|cannot)\s+(?:see|read|make\s+out|tell)\s+(?:that|it|this|them|those)\b[^,;.!?]*\W*$"
        r"|^\W*(?:(?:and|as|because|since|so)\s+)?(?:my|our)\s+[\w-]+\s+(?:couldn'?t|can'?t|cannot)\s+"
        r"(?:follow|keep\s+up|understand|catch)\b[^,;.!?]*\W*$",
        re.I,
    ),
    # "kitchen text way bigger, people are reading this on a phone in the car", "…, folks will see it
    # from across the street": where and how people watch, the reason for the request before it
    # (round 26 f: "reading this on a phone in the car" was read as the text's new words)
    re.compile(
        r"^\W*(?:(?:and|as|because|since|so|cause|cuz)\s+)?(?:(?:most|many|a\s+lot\s+of)\s+)?(?:people|folks|viewers|everyone|everybody|"
        r"customers|users|drivers|buyers|shoppers|they|we|you)\s+(?:are|'re|will\s+be|'ll\s+be|will|'ll|mostly|usually|often|"
        r"just|only|all)?\s*(?:(?:mostly|usually|often|going\s+to\s+be|gonna\s+be)\s+)?"
        r"(?:read(?:ing|s)?|watch(?:ing|es)?|see(?:ing|s)?|view(?:ing|s)?|scroll(?:ing|s)?(?:\s+past)?|catch(?:ing|es)?)\s+"
        r"(?:this|it|the\s+(?:ad|video|thing)|that)\s+(?:on|in|from|at|while|off)\b[^;.!?]*\W*$",
        re.I,
    ),
)


# What a complaint leads to, said right after it: no request of its own ("everything flies by way
# too fast, can't even read the captions" asks for more time, not bigger words). A row: the
# complaint before, and the consequence that belongs to it.
CONSEQUENCES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # "the voice is rushing too much, it's not clear", "the narrator gabbles, can't follow it": a voice
    # too fast, and what that does to the listener (it hid the complaint: no request was read)
    (
        re.compile(r"\b(?:rush(?:es|ing|ed)?|gabbl(?:es|ing|ed)?|too\s+(?:fast|quick(?:ly)?))\b", re.I),
        re.compile(
            r"^\W*(?:(?:and|so|i|you|we|people|viewers|nobody|no\s+one)\s+)*(?:"
            r"(?:it'?s|its|it\s+is|e|that'?s|is|the\s+words\s+are|words\s+are)\s+(?:not|no|n't)\s+(?:clear|understandable)"
            r"|(?:can'?t|cannot|couldn'?t)\s+(?:even\s+)?(?:understand|follow|catch|make\s+out)"
            # ("the voice gabbles, older applicants won't catch it": who will miss it, named)
            r"|(?:(?:the\s+)?(?:older|elderly|young|younger|new|some|most|our|many)\s+)?"
            r"(?:applicants|customers|people|viewers|listeners|folk|folks|parents|students|learners|"
            r"owners|buyers|guests|patients|residents|users|candidates)\s+"
            r"(?:won'?t|will\s+not|wouldn'?t|can'?t|cannot|couldn'?t|will\s+never)\s+"
            r"(?:even\s+)?(?:understand|follow|catch|make\s+out|keep\s+up)"
            r"|(?:hard|impossible)\s+to\s+(?:follow|understand|catch|make\s+out))\b[^,;.!?]*$",
            re.I,
        ),
    ),
    (
        re.compile(
            r"\b(?:too\s+(?:fast|quick(?:ly)?|short|rushed)|fl(?:y|ies|ying)\s+(?:by|past)|rush(?:es|ing)?\s+(?:by|past)|"
            r"zooms?\s+(?:by|past)|whizz(?:es)?\s+(?:by|past)|(?:is|are|'s)\s+gone\s+before|over\s+(?:far\s+|way\s+)?too\s+quickly|"
            # ("the first scene goes by so fast i can't even read it")
            r"(?:goes|go|went|moves?|passes|flashes|runs)\s+(?:by\s+|past\s+)?(?:so|way\s+too|really|super)\s+(?:fast|quick(?:ly)?))\b",
            re.I,
        ),
        re.compile(
            r"^\W*(?:(?:and|so|i|you|we|people|viewers|nobody|no\s+one)\s+)*(?:can'?t|cannot|couldn'?t|don'?t\s+have\s+time\s+to|"
            r"won'?t\s+have\s+time\s+to|no\s+time\s+to)\s+(?:even\s+|really\s+|actually\s+)?(?:read|see|catch|take\s+in)\b"
            r"[^,;.!?]*$",
            re.I,
        ),
    ),
)


def without_consequence(clause: str) -> str:
    """ "goes by so fast i can't even read it": the consequence said in the same clause, left out
    as it is after a comma (it asks for nothing more than the complaint before it)."""
    for before, after in CONSEQUENCES:
        said = before.search(clause)
        if said is None:
            continue
        for space in re.finditer(r"\s+", clause[said.end() :]):
            start = said.end() + space.end()
            if after.match(clause[start:]):
                return clause[: said.end() + space.start()]
    return clause


def is_consequence(previous: str, piece: str) -> bool:
    """ "…too fast, can't even read the captions": what the complaint before leads to."""
    return any(before.search(previous) and after.match(piece) for before, after in CONSEQUENCES)


def is_reason(clause: str) -> bool:
    """ "it's a calm serum ad!": why the marketer asks, not a change of its own."""
    return any(pattern.match(clause) for pattern in REASON_CLAUSES)


_REASON_RE = re.compile(
    r"(?:\bbecause|\bsince(?!\s+(?:(?:1[89]|20)\d\d|'\d\d|day\s+one)\b)|\bb/c|\bbc|\bcuz|\bcoz|\bbcuz|'?\bcause)\b",
    re.I,
)


def _product_start(piece: str, project: AdProject | None) -> bool:
    """ "the shoe way smaller in the cta": a piece that starts with the ad's product."""
    lead = re.match(r"^\s*(?:(?:the|our|my|a|an|and|also)\s+)*", piece)
    start = lead.end() if lead else 0
    return any(s == start for s, _ in product_spans(piece, project))


# A line's bullet or number marker ("- ", "• ", "2) ", "b) "); copy_lines strips it too.
BULLET_RE = re.compile(r"^\s*(?:[-*•·–—>]+|\d{1,2}\s*[.)]|[a-z]\))\s+", re.I)
_INLINE_NUMBER_RE = re.compile(r"(?<=\S)\s+(?=\d{1,2}\s*[.)]\s)")
_HEADER_RE = re.compile(r"^[^:]{0,40}:\s*$")
# "Requirements: 1) … 2) …", "AC: 1. … 2. …": a ticket's heading before numbered items on one line.
_TICKET_HEADING_RE = re.compile(
    r"^\s*(?:requirements?|reqs?|acceptance\s+criteria|ac|changes|to\s*-?\s*dos?|tasks|fixes|edits|asks|"
    r"feedback|notes|items|action\s+items)\s*:\s*(?=\d{1,2}\s*[.)]\s)",
    re.I,
)


# "1 hook words '…' 2 shoe scene 8 sec 3 volume 90": numbers counting up from 1, each before a word
# (never a unit: "8 sec", "2 times"), are items numbered without their ")"; they had been read as
# values ("3 volume 90" was fine, "2 shoe scene 8 sec" lent its 8 s to the hook).
_BARE_ITEM_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d)\s+(?=(?!(?:s|secs?|seconds?|x|times|px|pt|percent|more|less|of|and|or|to|by)\b)[a-z]{2,})",
    re.I,
)


# "(1) … (2) …": an item's number in brackets, at the line's start or after a space or a colon
# (the first at the line's start or after a preamble such as "two things:").
_BRACKETED_ITEM_RE = re.compile(r"(?:^|(?<=[\s:,;]))\((?P<n>\d{1,2})\)(?=\s)")


def _bracketed_numbers(raw: str) -> str:
    """ "(1) hook red, (2) music 40%" as "1) hook red, 2) music 40%" when the bracketed numbers
    count 1, 2(, 3…) in order; a lone "(2)" or numbers out of order stay as they are."""
    found = list(_BRACKETED_ITEM_RE.finditer(raw))
    if len(found) < 2 or [int(m.group("n")) for m in found] != list(range(1, len(found) + 1)):
        return raw
    before = raw[: found[0].start()].strip()
    if before and not (before.endswith(":") and _PREAMBLE_RE.match(before[:-1])):
        return raw  # "hook text: (1) of (2) …" may be copy, not a list
    return _BRACKETED_ITEM_RE.sub(lambda m: m.group("n") + ")", raw)


def _without_preamble(raw: str) -> str:
    """ "two quick ones: 1) … 2) …" as "1) … 2) …", so the numbered items are split."""
    heading, colon, rest = raw.partition(":")
    if colon and re.match(r"\s*1\s*[.)]\s", rest) and _PREAMBLE_RE.match(heading):
        return rest.lstrip()
    return raw


def _numbered_without_marks(raw: str) -> str:
    """ "1 hook … 2 cta …" as "1) hook … 2) cta …" when the numbers count 1, 2(, 3…) in order."""
    if not re.match(r"^\s*1\s+[a-z]", raw, re.I):
        return raw
    marks, want = [], 1
    for m in _BARE_ITEM_RE.finditer(raw):
        if int(m.group("n")) == want:
            marks.append(m.end("n"))
            want += 1
    if want < 3:
        return raw  # one number alone is a value ("1 more second")
    for at in reversed(marks):
        raw = raw[:at] + ")" + raw[at:]
    return raw


def lines(masked: str) -> list[str]:
    """The message's lines without their bullet markers; a heading line ("Few things:") goes."""
    result = []
    for raw in masked.splitlines():
        raw = _numbered_without_marks(_TICKET_HEADING_RE.sub("", _without_preamble(_bracketed_numbers(raw))))
        # "1) brighter hook 2) louder music": numbered items on one line are lines too.
        items = _INLINE_NUMBER_RE.split(raw) if re.match(r"^\s*\d{1,2}\s*[.)]\s", raw) else [raw]
        for item in items:
            line = BULLET_RE.sub("", item).strip()
            heading = line.split(":", 1)
            preamble = _PREAMBLE_RE.match(heading[0]) or _NOTES_HEADING_RE.match(heading[0])
            if len(heading) == 2 and preamble and heading[1].strip():
                line = heading[1].strip()  # "a couple of changes: hook brighter; …"
            if line:
                result.append((line, bool(_HEADER_RE.match(line))))
    return _lists_under_headings(result)


# A line that ends with a colon announces what the next lines list.
_ANNOUNCES_RE = re.compile(r":\s*$")


# A line under a heading that asks for versions, saying what one version is ("A = keep it",
# "B: 'Warm bread'", "version B - the new line").
_VERSION_ITEM_RE = re.compile(
    r"^\s*(?:(?:version|variant|option)\s+)?(?-i:[A-G]|original)\s*(?:=|:|-|\))", re.I
)


# A heading over several quotes joins them only when it asks for versions ("2 alt hooks:" is a
# request; "CTA options:" over two lines offers a choice, which no edit may guess).
_VERSIONS_RE = re.compile(
    r"\b(?:versions?|variants?|variations?|a\s*/\s*b|ab|split[\s-]?test|alternatives?|alts?|takes)\b", re.I
)
_ONLY_QUOTE_RE = re.compile(PLACEHOLDER_MARK + r"[\ue100-\ue1ff][\s.,;!?]*$")


def _lists_under_headings(found: list[tuple[str, bool]]) -> list[str]:
    """ "two alt versions of the hook:" over bulleted quotes is one request whose values are the
    quotes ("…: 'A' and 'B'"), as is "Hook:" over one quote; any other heading ("Few things:") goes."""
    result: list[str] = []
    heading: list[str] | None = None  # the line announcing a list and the quotes under it so far
    dropped = False  # that line is a bare heading, which goes unless quotes follow it
    for line, is_heading in [*found, ("", True)]:
        if heading is not None and _ONLY_QUOTE_RE.match(line):
            heading.append(line.strip(" .,;"))
            continue
        if heading is None and result and _VERSIONS_RE.search(result[-1]) and _VERSION_ITEM_RE.match(line):
            result[-1] = f"{result[-1].rstrip()} {line.strip(' .,;')},"  # "Can we A/B the cta?" over "A: …"
            continue
        if heading is not None and _VERSIONS_RE.search(heading[0]) and _VERSION_ITEM_RE.match(line):
            heading[0] = f"{heading[0].rstrip()} {line.strip(' .,;')}," if len(heading) == 1 else heading[0]
            if len(heading) == 1:
                dropped = False  # "A/B test the opener:" over "A = keep it" / "B = '…'": one request
                continue
        joined = heading is not None and (
            len(heading) == 2 or (len(heading) > 2 and _VERSIONS_RE.search(heading[0]))
        )
        if heading is not None and joined:
            result.append(heading[0] + " " + " and ".join(heading[1:]))
        elif heading is not None:
            result.extend(([] if dropped else heading[:1]) + heading[1:])
        heading = [line] if is_heading or _ANNOUNCES_RE.search(line) else None
        dropped = is_heading
        if heading is None:
            result.append(line)
    return result


def split_clauses(masked: str, project: AdProject | None, quotes: list | None = None) -> list[str]:
    """The message's clauses: one request each. A line break (a bullet) always ends a request."""
    masked = unannounced(masked)  # again: text normalised since, or one variant's own clauses
    masked = _end_sentences_at_quotes(masked, quotes or [])
    opened = _opened_on_a_scene(masked, project, quotes or [])
    if opened is not None:
        return opened
    headed = headed_list(masked, project, quotes or [], lambda rest: _split_line(rest, project, quotes or []))
    if headed is not None:
        return headed
    clauses = [clause for line in lines(masked) for clause in _split_line(line, project, quotes or [])]
    clauses = [_ungapped(clauses[n - 1], c) if n else c for n, c in enumerate(clauses)]
    clauses = [without_consequence(c) for c in clauses]
    clauses = [
        _fix_of_the_wish(clauses[n - 1], c, project, quotes or []) if n else c for n, c in enumerate(clauses)
    ]
    return _scoped(_brand_headed(clauses), project, quotes or [])


# "brand refresh: font Lora, tagline '…', colours #2B2118 and #E0B973": under a heading that names
# the brand, its colours and font are the brand's (never the ad's palette); a row a heading word.
_BRAND_HEADING_RE = re.compile(
    r"^\W*(?:(?:our|the|new|updated?)\s+)?brand(?:\s+(?:refresh|update|updates|guidelines?|identity|"
    r"changes|details|book|assets|rules|basics|specs?))?\s*(?::|\s[-–—]\s)\s*(?P<rest>\S.*)$",
    re.I,
)
_BRAND_ITEM_RE = re.compile(r"^\W*(?:(?:and|also|plus|new)\s+)?(?=(?:colou?rs?|fonts?|typefaces?)\b)", re.I)
# ("brand: name Fernway": the heading's own first item is the brand's name, never "name Fernway")
_BRAND_NAME_ITEM_RE = re.compile(r"^\W*(?=name\s+\S)", re.I)


def _brand_headed(clauses: list[str]) -> list[str]:
    heading = _BRAND_HEADING_RE.match(clauses[0]) if clauses else None
    if heading is None:
        return clauses
    rest = heading.group("rest")
    first = (
        f"brand {rest.strip()}"
        if _BRAND_ITEM_RE.match(rest) or _BRAND_NAME_ITEM_RE.match(rest)
        else clauses[0]
    )
    return [first] + [f"brand {item.strip()}" if _BRAND_ITEM_RE.match(item) else item for item in clauses[1:]]


# "make the cta more clickable, text bigger", "the end card needs to pop, bigger font": a wish for
# one scene that names no fix, then the fix said of "the text" alone: that scene's text.
_WISH_WITHOUT_FIX_RE = re.compile(
    r"\b(?:more\s+(?:cli(?:c)?kable|tappable|eye[\s-]?catching|noticeable|striking|visible)|stand\s+out|pop(?:s|ping)?|"
    r"punchier|punch\s+up|grab\s+(?:more\s+)?attention|thumb[\s-]?stop(?:per|ping))\b",
    re.I,
)
_BARE_TEXT_RE = re.compile(
    r"^\W*(?:(?:and|also|so|just|plus)\s+)*(?:make\s+)?(?P<the>the\s+)?(?=(?:text|txt|font|words|copy|lettering)\b"
    r"|(?:bigger|larger|bolder|huger|brighter)\s+(?:text|txt|font|words|copy|lettering)\b)",
    re.I,
)


def _fix_of_the_wish(previous: str, clause: str, project: AdProject | None, quotes: list) -> str:
    """The clause with the scene of the wish before it put in, when it is that wish's fix."""
    if project is None or not _WISH_WITHOUT_FIX_RE.search(previous):
        return clause
    bare = _BARE_TEXT_RE.match(clause)
    if bare is None or find_scene_refs(clause, project, quotes):
        return clause
    refs = [r for r in find_scene_refs(previous, project, quotes) if r.kind != "all"]
    if len(refs) != 1 or len(refs[0].ids) != 1 or refs[0].error or refs[0].question:
        return clause
    scene = refs[0].text.strip()
    scene = scene if scene.lower().startswith(("the ", "scene")) else f"the {scene}"
    return (
        f"{clause[: bare.start('the') if bare.group('the') else bare.end()]}{scene}'s {clause[bare.end() :]}"
    )


# "in the kitchen shot: text 'Cold.' and show the bottle bigger": a message that opens on a scene
# and a colon is about that scene, so a later request naming no scene (and no ad-wide thing:
# music, brand, length) is about it too.
_SCOPE_RE = re.compile(r"^\W*(?P<scope>(?:in|on|for)\s+[^:]{2,60}?)\s*:\s*\S", re.I)
_AD_WIDE_RE = re.compile(
    r"\b(?:music|song|track|audio|sound|volume|voice(?:[\s-]?over)?|narrat\w*|brand\w*|tagline|slogan|logo|"
    r"ad|video|whole|overall|everything|every|all|each|mood)\b"
    # ("…: text 'Hello' and a second longer": a length said after a scene and a colon is that
    # scene's, unless the clause names the ad: "… and the ad 20 seconds")
    r"|\b(?:seconds?|secs?|long|short(?:er)?|longer)\b(?=.*\b(?:ad|video|whole|overall|total)\b)"
    r"|\b(?:ad|video|whole|overall|total)\b.*\b(?:seconds?|secs?|long|short(?:er)?|longer)\b",
    re.I,
)


# "mat scene: text 'Grip', font 60": a scene named before a colon, without "in"/"on".
_NAMED_SCOPE_RE = re.compile(
    r"^\W*(?P<scope>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:scene|shot|bit|part))\s*:\s*\S", re.I
)


# "tired skin part: make it way longer": "it" is the scene named before the colon.
_IT_RE = re.compile(r"\b(?:it|its|it's|this\s+one|that\s+one)\b", re.I)


def _opened_on_a_scene(masked: str, project: AdProject | None, quotes: list) -> list[str] | None:
    """ "on the bonfire bit: the stars text bigger and the can on the right": the requests after
    a one-line scene and colon, split on their own (the scene and colon kept the first one whole),
    each about that scene unless it names another or the whole ad."""
    one_line = project is not None and "\n" not in masked.strip()
    scope = (_SCOPE_RE.match(masked) or _NAMED_SCOPE_RE.match(masked)) if one_line else None
    if scope is None or project is None:
        return None
    refs = find_scene_refs(scope.group("scope"), project, quotes)
    if len(refs) != 1 or len(refs[0].ids) != 1 or refs[0].error or refs[0].question:
        return None
    rest = masked[masked.index(":", scope.end("scope")) + 1 :]
    clauses = [clause for line in lines(rest) for clause in _split_line(line, project, quotes)]
    if len(clauses) < 2:
        return None
    prefix = scope.group("scope")
    return [
        c
        if find_scene_refs(c, project, quotes) or (_AD_WIDE_RE.search(c) and not _IT_RE.search(c))
        else f"{prefix}: {c}"
        for c in (without_consequence(c) for c in clauses)
    ]


def _scoped(clauses: list[str], project: AdProject | None, quotes: list) -> list[str]:
    scope = _SCOPE_RE.match(clauses[0]) if clauses and project is not None else None
    if scope is None or project is None:
        return clauses
    refs = find_scene_refs(scope.group("scope"), project, quotes)
    if len(refs) != 1 or len(refs[0].ids) != 1 or refs[0].error or refs[0].question:
        return clauses
    prefix = scope.group("scope")
    return [clauses[0]] + [
        c if find_scene_refs(c, project, quotes) or _AD_WIDE_RE.search(c) else f"{prefix}: {c}"
        for c in clauses[1:]
    ]


# A quote whose words end a sentence ('… to "Zero sugar, all fizz." Make the hook 4 s'): the
# next capitalised word starts the next request, though the period is inside the quote.
_QUOTE_THEN_CAPITAL_RE = re.compile(PLACEHOLDER_MARK + r"(?P<q>[\ue100-\ue1ff])[ \t]+(?=[A-Z])")


def _end_sentences_at_quotes(masked: str, quotes: list) -> str:
    def cut(m: re.Match[str]) -> str:
        index = ord(m.group("q")) - 0xE100
        inner = quotes[index].inner.strip() if 0 <= index < len(quotes) else ""
        return m.group(0).rstrip() + "\n" if inner[-1:] in (".", "!", "?") else m.group(0)

    masked = _QUOTE_THEN_CAPITAL_RE.sub(cut, masked)
    return _QUOTE_THEN_DASH_RE.sub(lambda m: m.group("head") + "\n", masked)


# "should read 'Parched?' - leave everything else as is": a spaced dash after the quoted words
# ends them and their request when another request follows ("'Love these shoes' – Ana": a name
# after the dash is who said the words, part of them).
_QUOTE_THEN_DASH_RE = re.compile(
    "(?P<head>" + PLACEHOLDER_MARK + r"[\ue100-\ue1ff])[ \t]+[-–—]{1,2}[ \t]+"
    # (only before another request: "'Grab a can' — that's our new closing line" says what the words are)
    r"(?=(?:and\s+|also\s+|then\s+|please\s+|pls\s+)*(?:leave|keep|don'?t|do\s+not|nothing|everything|make|change|"
    r"set|move|add|remove|drop|delete|put|turn|swap|use|give|mute|hide|show|render|export|undo)\b)",
    re.I,
)


# "set the hook to 3 seconds and the problem scene to 4": the second request borrows the verb
# and the unit of the first (a clause with neither).
_GAPPED_RE = re.compile(
    r"^\W*(?:and\s+|also\s+)?(?P<what>(?:the\s+)?[\w\s-]{2,40}?)\s+(?P<to>to\s+)?(?P<n>\d+(?:\.\d+)?)\W*$",
    re.I,
)
_GAP_SOURCE_RE = re.compile(
    r"^\W*(?:please\s+)?(?P<verb>set|make|change|put|cut|trim|shorten|bring|turn)\b.*?\s(?P<to>to\s+)?\d+(?:\.\d+)?\s*"
    r"(?P<unit>%|s|secs?|seconds?)(?![\w%])",
    re.I,
)


def _ungapped(previous: str, clause: str) -> str:
    gap = _GAPPED_RE.match(clause)
    source = _GAP_SOURCE_RE.match(previous)
    if gap is None or source is None or re.match(rf"^\W*{_CUE_VERBS}\b", gap.group("what"), re.I):
        return clause
    if bool(gap.group("to")) != bool(source.group("to")):
        return clause  # not the same shape as the request it would borrow from
    unit = source.group("unit")
    to = "to " if gap.group("to") else ""
    return (
        f"{source.group('verb')} {gap.group('what')} {to}{gap.group('n')}{'' if unit == '%' else ' '}{unit}"
    )


def _split_line(masked: str, project: AdProject | None, quotes: list) -> list[str]:
    """One line's clauses (see the module docstring)."""
    clauses: list[str] = []
    glue_next = False
    for sep, piece in _pieces(masked):
        if clauses and (_REASON_RE.search(sep) or is_reason(piece) or is_consequence(clauses[-1], piece)):
            continue  # "make it white because the gold is hard to read": the reason asks nothing more
        if clauses and glue_next:
            # "in the outro, the text should be …", "quieter, more relaxing music": a piece
            # that only names where or how belongs to the request after it.
            clauses[-1] = clauses[-1] + sep + piece
            glue_next = False
            continue
        if clauses and PLACEHOLDER_MARK in clauses[-1] and _LENGTH_PIECE_RE.match(piece):
            # "text 'Hello' and a second longer": the words, then the length of the same scene
            # (read as one piece, the length took the words' place)
            bare = re.sub(r"^\W*(?:and\s+)?(?:make\s+it\s+)?", "", piece, flags=re.I)
            clauses.append(f"make it {bare}")
            glue_next = False
            continue
        if clauses and (
            _second_name(clauses[-1], sep, piece, project, quotes)
            or _continues_scene_numbers(clauses[-1], piece)
            or _continues_ordinals(clauses[-1], piece, sep)
            or (not _is_new_request(piece, project, quotes) and not _colour_of_its_own(clauses[-1], piece))
            or _is_incomplete(clauses[-1], project, quotes)
            or _continues_text(clauses[-1], piece)
            or _ends_words(clauses[-1], sep, piece, project, quotes)
        ):
            clauses[-1] = clauses[-1] + sep + piece
        elif (
            clauses
            and _SWAP_OPEN_RE.search(clauses[-1])
            and project is not None
            and _pending_pair(clauses[-1], piece, project, quotes)
        ):
            clauses[-1] = clauses[-1] + sep + piece
        else:
            clauses.append(piece)
            glue_next = _is_prefix_piece(piece, project, quotes)
            continue
        glue_next = False
    return [c.strip() for c in clauses if c.strip()]


# A length changed by an amount, after a request that gave words: a request of its own.
_LENGTH_PIECE_RE = re.compile(
    r"^\W*(?:and\s+)?(?:make\s+it\s+)?(?:(?:a|an|one|two|three|half\s+an?|\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)"
    r"(?:\s+and\s+a\s+half)?\s+)(?:longer|shorter)\b",
    re.I,
)


# "keep this one as is" beside a request for a variant: the original stays, nothing to change.
_KEEP_ORIGINAL_RE = re.compile(
    r"^\W*(?:(?:and|but|just|please)\s+)*(?:keep|leave)\s+(?:this|that|the\s+(?:original|current|old|first))"
    r"(?:\s+(?:one|version|ad|cut|video))?\s+(?:as\s+(?:it\s+)?is|the\s+same|unchanged|untouched|alone|intact)\W*$",
    re.I,
)


# "calmer music and a blue palette": a colour with the thing it colours, after a request with no
# colour, is a request of its own (after "navy" it would be the rest of a list: "navy and gold palette")
_COLOURED_THING_RE = re.compile(r"\b(?:palette|colou?r\s+scheme|colou?rs)\b", re.I)


def _colour_of_its_own(previous: str, piece: str) -> bool:
    colours = find_colors(piece)
    return (
        bool(colours)
        and not find_colors(previous)
        and bool(_COLOURED_THING_RE.search(piece[colours[-1].end :]))
    )


# "scenes 1, 2 and 3 text red": numbers after "scenes" are one list of scenes, not two requests.
_SCENE_NUMBERS_END_RE = re.compile(
    r"\b(?:scenes|slides|shots|parts)\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*$", re.I
)
_NUMBER_START_RE = re.compile(r"^\s*\d{1,2}\b(?!\s*(?:s|secs?|seconds?|%|x|px)\b)", re.I)


def _continues_scene_numbers(previous: str, piece: str) -> bool:
    return bool(_SCENE_NUMBERS_END_RE.search(previous) and _NUMBER_START_RE.match(piece))


# "make the first and last scenes darker": ordinals before one noun are one list of scenes
# (round twenty-six b: "make the first" and "last scenes darker" were two requests, the first lost)
_ORDINAL_WORD = r"(?:first|second|third|fourth|fifth|sixth|last|final|opening|closing|1st|2nd|3rd|4th|5th)"
_ORDINAL_END_RE = re.compile(rf"\bthe\s+{_ORDINAL_WORD}(?:\s*,\s*(?:the\s+)?{_ORDINAL_WORD})*\s*,?\s*$", re.I)
_ORDINAL_START_RE = re.compile(
    rf"^\s*(?:the\s+)?{_ORDINAL_WORD}(?:\s*(?:,|and)\s*(?:the\s+)?{_ORDINAL_WORD})*\s+"
    r"(?:scenes?|slides?|ones|shots?|clips?)\b",
    re.I,
)


_LAST_END_RE = re.compile(r"\bthe\s+last\s*$", re.I)
_BUT_ONE_RE = re.compile(r"^\s*(?:but\s+)?(?:one|1)(?:\s+(?:scenes?|slides?|shots?|clips?))?\b", re.I)


def _continues_ordinals(previous: str, piece: str, sep: str = "") -> bool:
    if (
        _LAST_END_RE.search(previous)
        and re.search(r"\bbut\b", sep + piece[:5], re.I)
        and _BUT_ONE_RE.match(piece)
    ):
        return True  # "remove the last but one scene": the one before the last
    return bool(_ORDINAL_END_RE.search(previous) and _ORDINAL_START_RE.match(piece))


def _second_name(previous: str, sep: str, piece: str, project: AdProject | None, quotes: list) -> bool:
    """ "get rid of the finish line / runners testimonial scene": after a slash, a second name for
    what the request before it named (no verb, no words to show, and the first named no scene)."""
    if sep.strip() != "/" or project is None or CUE_START_RE.match(piece):
        return False
    if PLACEHOLDER_MARK in piece or PLACEHOLDER_MARK in previous or ":" in piece:
        return False
    return not find_scene_refs(previous, project, quotes) and bool(find_scene_refs(piece, project, quotes))


_PREFIX_REF_RE = re.compile(
    r"^\s*(?:(?:in|for|on|at|about|with|inside|both)\s+)?(?:(?:the|our|this)\s+)?", re.I
)
_MODIFIER_ONLY_RE = re.compile(
    r"^\s*(?:(?:a\s+(?:bit|little|lot)|much|way|slightly|even|more|less|and|a|lot|far|way)\s+)*[a-z]+(?:er|ier)\s*$",
    re.I,
)


def _is_prefix_piece(piece: str, project: AdProject | None, quotes: list) -> bool:
    """A piece that only names a scene ("in the outro") or only compares ("quieter")."""
    if _MODIFIER_ONLY_RE.match(piece) and not CUE_START_RE.match(piece):
        return True
    if project is None:
        return False
    refs = [r for r in find_scene_refs(piece, project, quotes) if r.kind != "all"]
    if len(refs) != 1:
        return False
    before = piece[: refs[0].start]
    after = piece[refs[0].end :]
    return bool(_PREFIX_REF_RE.fullmatch(before)) and bool(re.fullmatch(r"[\s:]*", after))


_OPEN_TEXT_RE = re.compile(
    # (a colon between digits is a ratio or a time, "9:16", "0:30", not a label before words)
    rf"(?:\b(?:say|says|saying|read|reads|reading)\b|(?<!\d):(?!\d))\s*(?!\s*{PLACEHOLDER_MARK})[^\s{PLACEHOLDER_MARK}]",
    re.I,
)
_STRONG_CUE_RE = re.compile(
    rf"^{_FILLER}(?:make|change|set|move|add|remove|delete|drop|render|export|undo|swap|switch|put|use|give|"
    r"turn|regenerate|replace|hide|show|increase|decrease|mute|shorten|extend|cancel|go\s+back|revert|"
    r"also|then)\b",
    re.I,
)


# "change it to rise and brew": after unquoted words given as a value, "and" and one more word
# (even the product's own noun, no scene, no verb) ends those words; it asks nothing by itself.
_WORDS_GIVEN_RE = re.compile(
    r"\b(?:change|set|rename|switch|update|make)\b[^,;:]*?\b(?:to|into)\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s*$",
    re.I,
)
_ONE_WORD_RE = re.compile(r"\s*[\w'’-]+\s*[.!?]*\s*", re.I)


def _ends_words(previous: str, sep: str, piece: str, project: AdProject | None, quotes: list) -> bool:
    if (
        sep.strip().lower() not in ("and", "&", "n")
        or not _ONE_WORD_RE.fullmatch(piece)
        or find_colors(piece)
    ):
        return False
    if PLACEHOLDER_MARK in previous or not _WORDS_GIVEN_RE.search(previous) or find_durations(previous):
        return False
    return project is None or not find_scene_refs(piece, project, quotes)


def _continues_text(clause: str, piece: str) -> bool:
    """After unquoted words ("say Buy one"), a piece that starts no clear request is more words."""
    return bool(_OPEN_TEXT_RE.search(clause)) and not (
        _STRONG_CUE_RE.match(piece) or _TOPIC_START_RE.match(piece) or META_ANY_RE.search(piece)
    )


_INCOMPLETE_VERB_RE = re.compile(
    rf"^{_FILLER}(?:make|turn|set|change|give|get|have|keep|let|paint|colou?r)\b", re.I
)


def _is_incomplete(clause: str, project: AdProject | None, quotes: list) -> bool:
    """'make the hook' (and the CTA red): a verb that needs more than the scenes it names."""
    m = _INCOMPLETE_VERB_RE.match(clause)
    if not m or project is None:
        return False
    rest = clause[m.end() :]
    refs = find_scene_refs(rest, project, quotes)
    if not refs:
        return False
    for r in reversed(refs):
        rest = rest[: r.start] + " " + rest[r.end :]
    return bool(_REF_ONLY_RE.match(rest))


def _pending_pair(previous: str, piece: str, project: AdProject, quotes: list) -> bool:
    """'swap the hook and the CTA': the second scene of a pair belongs to the first clause."""
    prev_refs = [r for r in find_scene_refs(previous, project, quotes) if r.kind != "all"]
    refs = find_scene_refs(piece, project, quotes)
    if len(prev_refs) != 1 or len(refs) != 1:
        return False
    leftover = piece[: refs[0].start] + piece[refs[0].end :]
    return bool(_REF_ONLY_RE.match(leftover))
