"""On-screen text edits: its words ("the CTA should say Shop Now", "hook: 'New look'"), size
("bigger text", "font size 80"), position ("move it to the top") and colour (read with the
other colours in :mod:`look`).

Part of :mod:`adgen.agent.understanding`. :func:`find_text_value` finds the new words in a
clause (the quote, or the words after "say"/":"), kept exactly; the ``read_*`` functions are
steps of the field reader (:mod:`fields`).
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding import refusals
from adgen.agent.understanding.clause import Q_TOKEN, ROLE_ALT, ClauseReaderBase, Frame, blank
from adgen.agent.understanding.intensity import exact_size_factor, size_factor
from adgen.agent.understanding.label_requests import requests_after_label
from adgen.agent.understanding.moved_by import moved_by_amount, without_move_amount
from adgen.agent.understanding.quoted_rewords import how_quote
from adgen.agent.understanding.quotes import text_value, unmask
from adgen.agent.understanding.same_shape import same_shape_scenes
from adgen.agent.understanding.scenes import SceneRef, find_scene_refs, join_words
from adgen.agent.understanding.values import (
    POSITION_RE,
    POSITION_WORDS,
    find_colors,
    find_durations,
    round_half_up,
)
from adgen.agent.understanding.vocabulary import find_looks

_I = re.I
# The verbs that put words or a detail on screen ("add", "stick", "put … on the cta"): one table
# for the detail, the bare address and the new words' rules below.
PUT_VERBS = "|".join(("add", "stick", "slap", "put", "include", "show", "display"))
FONT_MIN, FONT_MAX = 12, 200
EMPTY_TEXT_PROBLEM = "The on-screen text can't be empty; give me the words to show."
# Words that mean "no text" ("so it says nothing"): an empty text is refused.
_EMPTY_WORDS_RE = re.compile(r"^(?:nothing|no\s+text|blank|empty|none|an?\s+empty\s+\w+)$", _I)

# --- text values --------------------------------------------------------------------------
# ("read me the hook text", "read it back to me": the user asks to hear the words, sets none)
_SAY_RE = re.compile(
    r"(?P<kw>\b(?:say|says|saying|said|read(?!\s+(?:(?:it|that|this|them|the\s+\w+)\s+)?(?:me|us|out|back|aloud|over)\b)|reads|reading)\b)"
    # ("the cta reads a bit like a bank statement": how the words come across, no new words)
    r"(?!\s+(?:(?:a|kind|sort|of|bit|little|lot|too|very|really|way|so|more|less|almost|just)\s+)*like\b)"
    r"\s*[:,-]?\s*(?=\S)",
    _I,
)
_LABEL_RE = re.compile(
    rf"(?:^|(?<=[\s,;]))(?:(?:the|its|it's)\s+)?(?:(?:{ROLE_ALT})(?:\s*(?:text|headline|caption|copy|title|line|message|wording))?"
    r"|scene\s*\d+(?:\s+(?:text|headline|caption|copy|line))?|text|headline|caption|copy|title|line|message|wording|"
    r"words|overlay(?:\s+text)?|on[\s-]screen\s+text)"
    # "the hook should be: At the top of your game": a verb before the colon still labels the words
    r"(?:\s+(?:should\s+(?:now\s+)?(?:be|say|read)|must\s+(?:be|say|read)|is\s+now|becomes?|now\s+(?:says?|reads?)|says?|reads?))?"
    r"\s*(?P<kw>[:=])\s*(?=\S)",
    _I,
)
# "the background of the hook: …", "music for the cta: …": a scene's label after another field.
# "stick our web address on the last scene - www.northwind.com", "add a discount to the cta, 15% off":
# a detail named, then its words after a dash or a comma.
_DETAIL_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+(?:you|we)|could\s+(?:you|we)|also|and|now|then)\b[\s,]*)*"
    rf"(?:{PUT_VERBS}|throw\s+in|tack\s+on)\s+(?:in\s+)?(?:the\s+|our\s+|my\s+|a\s+|an\s+)?"
    r"(?:web(?:site)?|web\s+address|site|url|link|domain|price|pricing|discount|offer|promo(?:\s+code)?|"
    r"coupon(?:\s+code)?|code|phone(?:\s+number)?|number|handle|hashtag|deal)\b[^:\n\u2013\u2014]{0,40}?"
    r"(?P<kw>\s[-\u2013\u2014]\s|[:\u2013\u2014]|,)\s*(?=\S)",
    _I,
)
# "add our instagram handle @emberandoak at the end", "put the url www.brew.co on the cta": a handle,
# hashtag or address named and given in one token (what follows is where it goes).
_DETAIL_VERBS = (
    rf"(?:{PUT_VERBS}|throw\s+in|tack\s+on"
    # "the ending needs our website www.pulseaudio.com", "the cta should have our handle @pulse"
    r"|needs?|should\s+(?:have|show|include|feature)|has\s+to\s+(?:have|show)|must\s+(?:have|show))"
)
_DETAIL_TOKEN_RE = re.compile(
    rf"\b{_DETAIL_VERBS}\s+(?:in\s+)?(?:the\s+|our\s+|my\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+)?(?:handle|hashtag|url|website|web\s+address|site|link|domain|promo\s+code|code|coupon(?:\s+code)?)"
    r"\s*[:=-]?\s*(?P<kw>)(?P<v>[@#][\w.]+\w|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?|[A-Z0-9]{4,}(?=\s|$))",
    _I,
)
# "put www.pulseaudio.com on the last scene", "add @pulseaudio to the cta": an address or a handle
# given alone, with its verb.
_BARE_TOKEN_RE = re.compile(
    rf"\b(?:{PUT_VERBS}|tack\s+on)\s+(?P<kw>)"
    r"(?P<v>[@#][\w.]*\w|(?:https?://)?(?:www\.)[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?|(?:https?://)[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?"
    r"|[\w-]+\.(?:com|co|io|net|org|shop|store|app|co\.uk|de|fr)\b(?:/[\w./-]*)?)",
    _I,
)
_PUT_RE = re.compile(rf"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:{PUT_VERBS}|tack)\b", _I)
# "add 'Free shipping' somewhere", "can we fit in 'Now in cans' too": quoted words to add.
_ADDED_QUOTE_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+(?:you|we)|could\s+(?:you|we)|also|and|now|then|ok(?:ay)?)\b[\s,]*)*"
    rf"(?:add|stick|slap|include|throw\s+in|fit\s+in|squeeze\s+in|tack\s+on|work\s+in)\s+(?P<kw>)(?={Q_TOKEN})",
    _I,
)
_OTHER_FIELD_OF_RE = re.compile(
    r"\b(?:backgrounds?|backdrops?|scenery|setting|visuals?|footage|music|soundtrack|voice(?:[\s-]?over)?|"
    r"narration|product|lighting|length|duration|transition|fonts?|typefaces?)\s+(?:of|for|in|on)\s+(?:the\s+)?$",
    _I,
)
_IS_TEXT_RE = re.compile(
    r"\b(?:text|headline|caption|copy|title|line|message|wording|words|overlay)\s+"
    r"(?P<kw>should\s+(?:now\s+)?be|is\s+now|becomes?|=|to\s+read|now)\s+(?=\S)"
    # ("the text should be set in white", "shown in bold": how the words look, not new words)
    r"(?!(?:set|typeset|shown|displayed|written|printed|rendered|made|placed|moved|put|positioned|aligned|"
    r"cent(?:er|re)d|colou?red|styled|changed|updated|bigger|smaller|larger|bolder)\b"
    # ("the cta text should be the hero": its size, not its words)
    r"|(?:the\s+)?(?:hero|star|focus|focal\s+point|main\s+thing)\b"
    # ("should be in our brand font", "should be the same size": how the words look)
    r"|(?:in|using|with)\s+(?:\w+\s+){0,3}?(?:font|typeface|colou?rs?|caps|capitals|bold|italics?)\b"
    r"|(?:the\s+)?same\s+(?:size|colou?r|font|position|length|place|height)\b)",
    _I,
)
# Before "read": someone reading, not the text being set ("nobody can read it", "hard to read").
_READING_RE = re.compile(
    r"\b(?:can|can'?t|cannot|could|couldn'?t|to|hardly|barely|able\s+to|unable\s+to|i|you|we|they|people|nobody|"
    r"no\s+one|anyone|everyone)\s+(?:(?:really|even|quite|properly|actually|easily|clearly|always|just)\s+)?$",
    _I,
)
# A parsed value that is no words to show: a pronoun, an article, punctuation.
_NOT_WORDS_RE = re.compile(
    r"[\W_]*(?:(?:it|this|that|them|these|those|one|the|a|an|something|so)\b[\W_]*)*", _I
)
_SAID_AFTER_LABEL_RE = re.compile(
    r"(?:says?|reads?|should\s+(?:say|read)|saying"
    # ("scene 2: text 'Cold'", "hook: headline should be 'X'": the field named again before the quote)
    r"|(?:new\s+)?(?:text|headline|caption|copy|line|words|wording)(?:\s+(?:should\s+be|is|becomes?|to))?)\s*:?\s+(?=\ue000)",
    _I,
)
# "in scene 2: show the bottle bigger": after a scene named as a place, a colon opens requests
_SCOPE_BEFORE_LABEL_RE = re.compile(r"\b(?:in|on|for|at)\s*$", _I)
_REQUEST_VERB_RE = re.compile(
    r"^\s*(?:make|show|move|put|set|hide|remove|add|give|turn|swap|drop|increase|decrease|shrink|enlarge|bump)\s+"
    r"(?:the|it|its|a|an|this|that)\b",
    _I,
)
# "showcase: cut 2 sec", "hook: make it red": a change after a label, never its words: an amount of
# time with its unit taken off or added, or "make it" and a comparative or a colour ("Take 5",
# "Make it yours", "Turn it up" stay words)
_SECONDS = r"(?:\d+(?:\.\d+)?|a|an|one|half\s+a|two|three)\s*(?:s|secs?|seconds?)\b"
_TOLD_AFTER_LABEL_RE = re.compile(
    r"^\s*(?:please\s+|pls\s+|just\s+)?(?:"
    r"(?:cut|trim|shave|take|knock|add|extend|shorten|lengthen|lose|drop|reduce|increase)\s+(?:it\s+|its\s+length\s+)?"
    rf"(?:by\s+)?{_SECONDS}(?:\s+(?:off|from\s+it|more|extra|longer|shorter))?"
    r"|(?:make|turn|change|set)\s+(?:it|this|that|them|the\s+(?:text|words|font|colou?r|size))\s+(?:to\s+)?"
    r"(?:(?:a\s+(?:bit|little|touch|tad)|much|slightly|way)\s+)?(?P<rest>[\w#-]+)"
    r")\s*(?:please|pls)?\s*[.!]?\s*$",
    _I,
)
_COMPARATIVE_RE = re.compile(
    r"^(?:bigger|larger|smaller|tinier|louder|quieter|softer|brighter|darker|longer|shorter|bolder|lighter|"
    r"wider|thinner|thicker|taller|higher|lower|warmer|cooler)$",
    _I,
)
_ATTRIBUTION_RE = re.compile(r"^\s*[–—-]+\s*\w", _I)
_LEAD_QUOTE_RE = re.compile(rf"^\s*(?:the\s+(?:text|words|line)\s+)?(?P<q>{Q_TOKEN})", _I)
_TRAIL_MOD_RE = re.compile(
    r"\s+(?:in|at|on|with)\s+(?:the\s+)?(?P<m>[#\w\s-]{2,24}?)(?:\s+(?:text|font|letters|colou?r|of\s+the\s+screen))?\s*[.!]?\s*$",
    _I,
)


_VALUE_FILLER_RE = re.compile(
    r"\b(?:a|an|the|bit|little|lot|much|way|more|less|and|or|please|very|really|slightly|even|text|font|"
    r"size|colou?r|top|bottom|center|centre|middle|left|right|bigger|smaller|larger|big|small|in|at|on|to|"
    # ("white instead of red", "navy, not black", "gold rather than yellow": a value replacing another)
    r"seconds?|secs?|s|px|pt|instead\s+of|rather\s+than|not|no\s+longer)\b|[\s,.!;:%-]+|\d+",
    _I,
)


# "change the cta to Better than orange juice", "change the showcase text to 50 h battery",
# "make the hook text White Sale starts now": words typed after the scene (and "text"), starting
# with a capital or a digit, are the new line; read as typed, a colour or a number inside them
# was the request ("orange" coloured the cta, "50" sized the text). Sweep 40. Only when the words
# before "to" name a scene or its text and no other field ("change the music to Upbeat Jazz").
_TO_COPY_RE = re.compile(
    r"\b(?i:change|set|switch|update|edit|rewrite|reword|turn)\s+(?P<what>(?:[\w'’-]+\s+){1,4}?)"
    r"(?P<kw>to|into)\s*:?\s+(?=[A-Z0-9])",
)
_MAKE_COPY_RE = re.compile(
    r"\bmake\s+(?P<what>(?:[\w'’-]+\s+){0,3}?(?:text|line|copy|headline|caption|words|wording))\s+(?P<kw>)(?-i:(?=[A-Z0-9]))",
    _I,
)
_TEXT_WORD_RE = re.compile(r"\b(?:text|line|copy|headline|caption|title|words|wording)\b", _I)
_OTHER_FIELD_WORD_RE = re.compile(
    r"\b(?:background|backdrop|music|song|track|soundtrack|audio|mood|font|typeface|colou?rs?|size|palette|voice|"
    r"voice-?over|brand|name|tagline|slogan|style|look|lighting|product|photo|picture|image|bottle|logo|length|"
    r"duration|position|scale|preset|format|platform|aspect|ratio|image|shot|setting|scene\s+description)\b",
    _I,
)
# What may follow a size or a colour and still be a value ("80 and bold", "Orange please").
_VALUE_WORDS_RE = re.compile(
    r"\b(?:and|bigger|smaller|larger|please|pls|text|font|colou?r|a|bit|more|in|the|shade|tone|too|instead|now|"
    r"thanks?|px|pt|points?|pixels?|seconds?|secs?|s|ish|or\s+so|size|bold|italics?|caps|upper\s*case|lower\s*case|"
    r"underlined?|top|bottom|left|right|cent(?:er|re)|middle|twice|double|half|times|\d+(?:\.\d+)?\s*x|louder|"
    r"quieter|brighter|darker|lighter|shorter|longer|less|much|way|slightly|little|percent|per\s*cent|pc|"
    # ("3 times as big", "2x as large": a multiple of the size, no line)
    r"lot|by|up|down|higher|lower|as|big|large|small|long|short|loud|wide|tall|fold|\d+(?:[.,]\d+)?)\b|[^\w]+",
    _I,
)


def _typed_copy(r: ClauseReaderBase, clause: str, refs: list[SceneRef], floor: int) -> re.Match[str] | None:
    """Where copy typed after "change the cta to" / "make the hook text" starts, when it is copy."""
    for pattern in (_TO_COPY_RE, _MAKE_COPY_RE):
        m = pattern.search(clause, floor)
        if m is None:
            continue
        what = m.group("what")
        if _OTHER_FIELD_WORD_RE.search(what):
            continue
        named = any(ref.start >= m.start("what") and ref.end <= m.end("what") for ref in refs)
        if not (named or _TEXT_WORD_RE.search(what)):
            continue
        words = clause[m.end() :].strip()
        if Q_TOKEN and re.search(Q_TOKEN, words):
            continue  # a quote: read as before
        if len(words.split()) < 2 or (looks_like_value(words) and not _reads_as_copy(words)):
            continue
        if re.match(r"(?:A|An|The)\s", words) and not _TEXT_WORD_RE.search(what):
            continue  # "change the showcase to A beach at dusk": maybe the picture; read as before
        if any(ref.start >= m.end() and not clause[m.end() : ref.start].strip() for ref in refs):
            continue  # "make the text CTA yellow": a scene named, then its value
        spans = [(c.start, c.end) for c in find_colors(words)] + [
            (d.start, d.end) for d in find_durations(words)
        ]
        left = _VALUE_WORDS_RE.sub(" ", blank(words, spans))
        if not re.search(r"[A-Za-z0-9]", left):
            continue  # "Bright orange please", "80 and bold": values, no line
        return m
    return None


def _only_values(fragment: str) -> bool:
    """Only look words, colours, durations, sizes or positions: nothing that reads as a line."""
    spans = [(s, e) for s, e, _ in find_looks(fragment)]
    colours = find_colors(fragment)
    spans += [(c.start, c.end) for c in colours]
    if colours:  # "our brand orange": a colour of the brand's, no words
        spans += [
            m.span() for m in re.finditer(r"\b(?:our|the|my)\s+brand(?:'s|s)?\b|\bbrand['’]s\b", fragment, _I)
        ]
    spans += [(d.start, d.end) for d in find_durations(fragment)]
    left = _VALUE_FILLER_RE.sub("", blank(fragment, spans))
    return not left.strip() and bool(spans or fragment.strip())


TO_TEXT_RE = re.compile(
    # ("change the hook to say Good morning": "say" starts the words, it is none of them)
    r"\b(?:change|set|update|switch|edit|make|turn|rename|rewrite|reword|replace)\b.*?\b(?:to|into|with)\s*:?\s+"
    r"(?P<t>(?!(?:say|says|read|reads)\b)\S.*?)\s*$",
    _I,
)
# "swap the 50,000 runners line for: Worn by 80,000": the words it is swapped for
_SWAP_FOR_RE = re.compile(
    r"\b(?:swap|switch|trade|exchange)\b.*?\bfor\s*:?\s+(?P<t>(?!(?:say|says|read|reads|the|a|an|it|this|that)\b)\S.*?)\s*$",
    _I,
)
FONT_ABS_RE = re.compile(
    r"\b(?:font[\s-]?size|text[\s-]?size|size)\s*(?:to|of|:|=|at)?\s*(?P<n>-?\d{1,4})\b"
    r"|\b(?:size|font)\b[^.,;]*?\bto\s+(?P<n3>-?\d{1,4})\b|\b(?P<n2>\d{2,3})\s*(?:px|pt|points?|pixels?)\b"
    # "make the hook text 80", "bump its cta text to 80": a bare number after the text is its size
    r"|\b(?:text|type|lettering|font)\s+(?:to\s+)?(?P<n4>\d{2,3})\b(?!\s*(?:%|percent\b|per\s+cent\b|pct\b|x\b|s\b|secs?\b|seconds?\b|[.,]\d))"
    # "and 70 font", "60 type on the cta": the number before the word for the letters
    r"|\b(?P<n5>\d{2,3})\s+(?:font|type)\b"
    # "shrink the dinner text to 56", "bump the pre-order text to 80": a size verb, then the size
    r"|\b(?:shrink|enlarge|grow|resize|bump|blow\s+up|size\s+(?:up|down))\b[^.,;]*?\bto\s+(?P<n6>\d{2,3})\b"
    # "font size on the hook 48", "text size in scene 2 should be 40": the scene named between
    # (blanked here, its preposition left), then the size
    # ("font on the end card 350 pls": the font's size, the word "size" left out)
    r"|\b(?:font|text)(?:[\s-]?size)?\s+(?:on|for|in|of|at)\s+(?:(?:should|must|needs?\s+to)\s+be\s+|is\s+|to\s+)?"
    r"(?P<n7>\d{2,3})\b"
    # "bigger, like 80", "smaller (say 48)": a size word, then the size it should reach
    r"|\b(?:bigger|larger|smaller)\b[\s,;:(\u2013\u2014-]*(?:(?:like|maybe|around|about|roughly|approximately|so|at|to)\s+)*"
    r"(?P<n8>\d{2,3})\b(?!\s*(?:scenes?\b|shots?\b))"
    r"(?!\s*(?:%|x\b|s\b|secs?\b|seconds?\b|[.,]\d))",
    _I,
)
# "nudge the text up": a move; "nudge the font up": its size (intensity's SIZE_ROWS), no move.
_A_LITTLE_RE = re.compile(r"\b(?:a\s+(?:bit|little|touch|tad|smidge|notch)|slightly|somewhat)\b", _I)
# "a bit lower", "not that high" after a text was moved: one place the other way
_BARE_DIR_RE = re.compile(
    r"^\W*(?:(?:actually|hmm+|no|nah|ok|and|but|maybe)\b[\s,]*)*(?:(?:a\s+)?(?:bit|little|touch|tad|smidge)\s+|slightly\s+|even\s+)?"
    r"(?P<dir>higher|lower)\W*$|^\W*(?:(?:actually|hmm+|no|nah|ok|but)\b[\s,]*)*not\s+(?:that|so|as|this)\s+(?P<not>high|low)\W*$",
    _I,
)
_MOVE_DIR_RE = re.compile(
    r"\b(?:move|shift|push|put|bring|nudge)\b.*?(?<!\bfont\s)(?<!\btype\s)(?<!\bsize\s)\b(?P<dir>up|down|higher|lower)\b"
    # "nudge the text up a little in size": a size, not a place
    r"(?!(?:\s+(?:a\s+)?(?:little|bit|touch|tad|notch|smidge|lot|slightly|more))*\s+in\s+(?:font\s+)?size\b)",
    _I,
)
_SCENE_DESCRIPTION_RE = re.compile(r"^(?:an?|some)\s+\w", _I)
_MOVE_VERB_RE = re.compile(r"\b(?:move|put|place|shift|push|position|align|bring|at|to)\b", _I)
# "the text … is covering the coffee": the text must move out of the way.
_COVERING_RE = re.compile(
    r"\b(?:cover(?:s|ing)?|block(?:s|ing)?|hid(?:es|ing)|overlap(?:s|ping)?|in\s+the\s+way\s+of|on\s+top\s+of)\b"
    # "the text is sitting right over people's faces"
    r"|\b(?:is|are|'s|sits?|sitting|sat)\s+(?:(?:right|directly|smack|bang|just)\s+)?over\s+(?=(?:the|their|his|her|people|our|my|a|an)\b)"
    # "hidden under the app's top bar": a part of the screen the platform covers
    r"|\b(?:hidden|cut\s+off|covered)\s+(?:under|behind|by)\b|\bunder(?:neath)?\s+the\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:bar|ui|interface|buttons?|status\s+bar|notch|overlay|icons?)\b",
    _I,
)
_AWAY_FROM = {"top": "bottom", "bottom": "top", "center": "bottom"}
# "is smack in the middle", "sits at the top": the place the text is in, said before that place.
_WHERE_IT_IS_RE = re.compile(
    r"\b(?:is|are|'s|sits?|sitting|stuck|stays?|placed|parked)\s+(?:\w+\s+){0,2}?(?:right\s+|smack\s+|dead\s+)?"
    r"(?:(?:in|at|on)\s+)?(?:the\s+(?:very\s+)?)?$",
    _I,
)

# "can they sit at the top", "it should sit at the top": the place wished for, not where it is.
_WISH_RE = re.compile(
    r"\b(?:can|could|should|would|will|shall|to|let|pls|please|must)\s+(?:(?:it|they|them|that|this|these|those)\s+)?"
    r"(?:sits?|stays?|be|go)\s+(?:\w+\s+){0,2}?(?:(?:in|at|on)\s+)?(?:the\s+(?:very\s+)?)?$",
    _I,
)

# "make it punchier, like 'Get yours before they're gone'": an example given is the new words.
_LIKE_QUOTE_RE = re.compile(
    rf"\b(?:something\s+)?(?:like|such\s+as|e\.?\s?g\.?|for\s+example|for\s+instance)\s*[:,-]?\s*(?P<q>{Q_TOKEN})\s*[.!]*\s*$",
    _I,
)
# What may come before it: a request to reword, with at most a word for how ("punchier").
_REWORD_LEAD_RE = re.compile(
    r"^\W*(?:(?:please|pls|just|maybe|so|and|now)\s+)*(?:make|write|change|reword|rewrite|try|give|punch)\s+"
    r"(?:(?:it|that|this|them|me|us|the\s+(?:\w+\s+)?(?:text|line|copy|words|headline|cta|hook))\s+)?"
    r"(?:(?:up|more|a\s+bit|a\s+lot|way|much|something|(?:\w+er|more\s+\w+|\w+))\s*){0,3}[\s,;-]*$",
    _I,
)


# "end with 'See further'", "finish it on 'Book today'": the words of the last scene.
_ENDING_WORDS_RE = re.compile(
    rf"^(?P<lead>\W*(?:(?:and|then|also|pls|please|just|now)\s+)*)(?:end|finish|close|wrap\s+up|sign\s+off)"
    rf"(?:\s+(?:it|things|the\s+(?:ad|video|spot|clip)))?(?:\s+(?:up|out|off))?\s+(?:with|on)\s+"
    rf"(?:the\s+(?:line|words|text)\s+)?(?P<q>{Q_TOKEN})\s*,?\s*(?:please|pls|thanks)?\s*[.!]*\s*$",
    _I,
)


def ending_words(clause: str) -> str:
    """ "end with '…'" as "the ending says '…'" (the ending is the CTA, else the last scene)."""
    m = _ENDING_WORDS_RE.match(clause)
    return f"{m.group('lead')}the ending says {m.group('q')}" if m else clause


# "the end words should be white, she can't read them against the pink": a value, then why
_CANT_READ_AFTER_RE = re.compile(
    r"\s*[,;]\s*(?=(?:as\s+|because\s+|since\s+)?(?:he|she|they|i|we|people|you|nobody|no\s+one|my\s+\w+)\s+"
    r"(?:can'?t|cannot|couldn'?t|can\s+hardly|can\s+barely|struggles?\s+to)\s+(?:read|see)\b)",
    _I,
)


def find_text_value(
    r: ClauseReaderBase, clause: str, refs: list[SceneRef]
) -> tuple[tuple[int, int] | None, str | None]:
    """Where the new on-screen words are ("say ...", "CTA: ...", "text should be ..."), and the words.

    The span covers the keyword and the words, not what follows a leading quote
    ("say 'Hi' in yellow") or a trailing modifier ("say Hi in yellow").
    """
    floor = max([ref.end for ref in refs if ref.kind == "text"], default=0)
    like = _LIKE_QUOTE_RE.search(clause, floor)
    if like and _REWORD_LEAD_RE.match(clause[: like.start()]):
        # "make it punchier, like 'Get yours'": the quote is the words, the adjective how they read
        after_refs = max([ref.end for ref in refs if ref.end <= like.start()], default=0)
        return (after_refs, like.end()), r._quote(like.group("q"))
    how = how_quote(clause, refs, floor)
    if how is not None:  # "hook -> punchier: 'Open late'": the quote is the words, the adjective how
        return (how[0], len(clause)), r._quote(how[1])
    token = _DETAIL_TOKEN_RE.search(clause, floor) or _BARE_TOKEN_RE.search(clause, floor)
    if token is not None:  # "add our instagram handle @emberandoak at the end": the handle itself
        return (token.start("kw"), token.end("v")), token.group("v")
    best = None
    for pattern in (_SAY_RE, _LABEL_RE, _IS_TEXT_RE, _DETAIL_RE, _ADDED_QUOTE_RE):
        m = pattern.search(clause, floor)
        if m and (best is None or m.start("kw") < best.start("kw")):
            best = m
    if best is None:
        typed = _typed_copy(r, clause, refs, floor)
        if typed is not None:
            value = text_value(clause[typed.end() :], r.quotes)
            if value and len(value.split()) >= 2 and not _NOT_WORDS_RE.fullmatch(value):
                return (typed.start("kw"), len(clause)), value
        return None, None
    if best.re is _LABEL_RE and _OTHER_FIELD_OF_RE.search(clause[: best.start()]):
        return None, None  # "background of the hook: a rooftop": the label is another field's
    start = best.start("kw")
    # "hook: says 'Need a slow night?'": a say-word after the label is no part of the words
    said = _SAID_AFTER_LABEL_RE.match(clause, best.end()) if best.re is not _SAY_RE else None
    body_start = said.end() if said else best.end()
    fragment = clause[body_start:]
    if (
        best.re is _LABEL_RE
        and _SCOPE_BEFORE_LABEL_RE.search(clause[: best.start()])
        and _REQUEST_VERB_RE.match(fragment)
    ):
        return None, None
    lead = _LEAD_QUOTE_RE.match(fragment)
    if lead:
        if _ATTRIBUTION_RE.match(fragment[lead.end() :]):
            # A quote with its attribution ("“Love them” – Ana"): the whole line, quotes kept.
            return (start, len(clause)), unmask(fragment[lead.start("q") :], r.quotes).strip()
        return (start, body_start + lead.end()), r._quote(lead.group("q"))
    end = len(clause)
    trail = _TRAIL_MOD_RE.search(fragment)
    if trail and _is_modifier(trail.group("m")):
        end = body_start + trail.start()
        fragment = fragment[: trail.start()]
    if best.re is not _SAY_RE and _only_values(_CANT_READ_AFTER_RE.split(fragment, maxsplit=1)[0]):
        return None, None  # "scene 2: brighter", "text should be bigger": changes, not words
    told = _TOLD_AFTER_LABEL_RE.match(fragment) if best.re is _LABEL_RE else None
    if told is not None and (
        told.group("rest") is None
        or _COMPARATIVE_RE.match(told.group("rest"))
        or [c.name for c in find_colors(told.group("rest"))] == [told.group("rest")]
    ):
        return (
            None,
            None,
        )  # "showcase: cut 2 sec", "hook: make it bigger": a change ("Make it yours" is words)
    if best.re is _LABEL_RE and requests_after_label(fragment):
        return None, None  # "the cta: give it 6 s, text white": requests about the card, no words
    reading = best.group("kw").lower().startswith("read") or not clause[: best.start("kw")].rstrip().endswith(
        " to"
    )
    if best.re is _SAY_RE and reading and _READING_RE.search(clause[: best.start("kw")]):
        return None, None  # "nobody can read it", "hard to read": reading, not new words
    value = text_value(fragment, r.quotes)
    if value is None or _NOT_WORDS_RE.fullmatch(value):
        return None, None  # "it", "?", "…": never on-screen words from a parse
    return (start, end), value


def _is_modifier(words: str) -> bool:
    w = words.strip().lower()
    if w in ("top", "bottom", "center", "centre", "middle", "bigger font", "larger font", "smaller font"):
        return True
    colors = find_colors(w)
    return bool(colors) and colors[0].start == 0 and colors[-1].end == len(w)


def overlay_targets(r: ClauseReaderBase, f: Frame) -> list[str] | None:
    if f.target.ids is not None:
        return f.target.ids
    if len(r.project.scenes) == 1 or f.target.each:
        return [s.id for s in r.project.scenes]
    return None


class WhichTextQuestion(PendingQuestion):
    """ "Which scene should say '30% OFF'?": new words and no scene for them. Its own type, so the
    message reader knows the question by what it is, not by its wording, and keeps the request to
    read again with the scene the answer names (message._scene_retry)."""


def which_text_question(r: ClauseReaderBase, words: str) -> WhichTextQuestion:
    scenes = join_words([r._label(s.id) for s in r.project.scenes], "or")
    return WhichTextQuestion(question=f"Which scene should say “{words}”: {scenes}?")


def _ask_which_text(r: ClauseReaderBase, f: Frame, words: str) -> None:
    """Asks which scene the words go in; the question is the clause's (its pending) when it is
    the first one asked."""
    asked = which_text_question(r, words)
    if not f.questions and f.pending is None:
        f.pending = asked
    f.questions.append(asked.question)


# "add a second line to the cta: …", "under the hook text add …", "a subtitle below it saying …":
# the words go under the ones there, which stay.
_ADDED_LINE_RE = re.compile(
    # ("give the hook a new headline: …" replaces it: "new" is another line only after "add")
    r"\b(?:add|put|include|append|stick|throw\s+in)\b[^.;!?]*?\b(?:(?:an?\s+)?(?:second|another|extra|additional|2nd)"
    r"\s+(?:line|caption|headline|row|sentence)|(?:under|below|beneath|underneath)"
    r"(?:\s+(?:it|that|this|the\s+\w+(?:\s+(?:text|line|copy|words|headline))?))?)\b"
    r"|\b(?:under|below|beneath|underneath)\s+(?:it|that|the\s+\w+(?:\s+(?:text|line|copy|words|headline))?)\s*,?\s*"
    r"(?:add|put|include|append)\b"
    # "a subtitle", "a subline": a line under the title, whatever the verb
    r"|\bsub[\s-]?(?:title|line|heading|headline)s?\b",
    _I,
)


def read_words(r: ClauseReaderBase, f: Frame) -> None:
    """The new words of the text, for the scenes named (under the words there, when the clause
    adds a line: "add a second line to the cta: 'Free shipping'")."""
    if f.text is None or "tagline" in f.ch.brand:
        return
    if not f.text.strip() or _EMPTY_WORDS_RE.match(f.text.strip()):
        f.problems.append(EMPTY_TEXT_PROBLEM)
        return
    targets = overlay_targets(r, f) or same_shape_scenes(f.text, r.project)  # the figures changed
    if targets is None:
        _ask_which_text(r, f, f.text)
        return
    _set_words(r, f, targets, f.text)
    f.topic = f.topic or "overlay"


# "add our url to the end card: …", "put the price in the showcase: …", "stick 'Free shipping' on
# the cta": a line that joins the words there (a detail a marketer adds, never new words for them).
_ADDED_DETAIL_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+(?:you|we)|could\s+(?:you|we)|also|and|now|then|ok(?:ay)?)\b[\s,]*)*"
    r"(?:(?:add|stick|slap|tack\s+on|append|include|throw\s+in|fit\s+in)\b"
    r"|[^.;!?]*?\b(?:needs?|should\s+(?:have|show|include|feature)|has\s+to\s+(?:have|show)|must\s+(?:have|show))\s+"
    r"(?:the\s+|our\s+|my\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:web(?:site)?|web\s+address|site|url|link|handle|hashtag|promo\s+code|code)\b"
    r"|(?:put|show|display)\s+(?=[@#]|(?:https?://|www\.))"
    r"|(?:put|show|display)\s+(?:in\s+)?(?:the\s+|our\s+|my\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
    r"(?:web(?:site)?|web\s+address|site|url|link|domain|price|pricing|discount|offer|promo(?:\s+code)?|coupon(?:\s+code)?|"
    r"code|phone(?:\s+number)?|number|handle|hashtag|deal|sale\s+price)\b"
    # "the cta needs '*Cancel anytime' added", "the end card should get 'T&Cs apply' underneath":
    # the quoted words joined to those there (round twenty-five)
    r"|[^.;!?]*?\b(?:needs?|should\s+(?:have|get)|must\s+(?:have|get)|has\s+to\s+(?:have|get)|gets?)\s+"
    rf"{Q_TOKEN}\s+(?:to\s+be\s+)?(?:added|appended|tacked\s+on|included|underneath|below)\b)",
    _I,
)


def _set_words(r: ClauseReaderBase, f: Frame, targets: list[str], words: str) -> None:
    below = (
        _ADDED_LINE_RE.search(f.body) is not None
        or _ADDED_DETAIL_RE.search(f.body) is not None
        # "put www.pulseaudio.com on the last scene": an address or a handle goes under the words there
        or (_BARE_TOKEN_RE.fullmatch(f"put {words}") is not None and _PUT_RE.match(f.body) is not None)
    )
    above = _ADDED_ABOVE_RE.search(f.body) is not None
    front = _joins_words(r, f, _ADDED_FRONT_RE)
    end = not front and _joins_words(r, f, _ADDED_END_RE)
    same = _SAME_AS_RE.match(words.strip())
    if same is not None:
        # "make the hook say the same as the cta": that scene's words, never "the same as the cta"
        named = find_scene_refs(same.group("ref"), r.project, [])
        ids = [sid for x in named if x.ids and not x.error for sid in x.ids]
        if named and (len(ids) != 1 or ids[0] in targets):
            f.questions.append(f"Which scene's words should {_names_of(r, targets)} take?")
            return
        if named:  # (no scene named, "The same as always": a line as typed)
            words = r.project.scene(ids[0]).overlay.text
    for sid in targets:
        now = r.project.scene(sid).overlay.text
        words = _without_old_words(words, now)
        if (front or end) and now.strip():
            # "put 'New' in front of the hook text", "tack '!' on the end of the cta": the words
            # there keep, the quoted ones join them on the same line
            f.ch.overlay_of(sid)["text"] = _joined(words, now) if front else _joined(now, words)
        elif above and now.strip():
            f.ch.overlay_of(sid)["text"] = f"{words}\n{now}"  # "put 'New!' above the text in the hook"
        else:
            f.ch.overlay_of(sid)["text"] = f"{now}\n{words}" if below and now.strip() else words


# "…, instead of 'Order today'": a quote after these words is the text replaced, never the new one
_OLD_WORDS_LEAD_RE = re.compile(r"[\s,]+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+$", _I)
# "the same as the cta", "exactly the same thing as scene 2": another scene's words, named
_SAME_AS_RE = re.compile(
    r"^(?:exactly\s+)?the\s+same(?:\s+(?:thing|words|text|line))?\s+as\s+(?P<ref>.+?)(?:'s|’s)?(?:\s+(?:text|words|line|does|says))?\W*$",
    _I,
)


def _names_of(r: ClauseReaderBase, targets: list[str]) -> str:
    order = [s.id for s in r.project.scenes]
    return " and ".join(f"scene {order.index(sid) + 1}" for sid in targets if sid in order) or "the text"


# "Shop now instead of Order today": the new words, then the ones they replace
_INSTEAD_OF_RE = re.compile(
    r"^(?P<new>.+?)[\s,]+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?P<old>.+)$", _I
)


def _without_old_words(words: str, now: str) -> str:
    """ "make the cta say Shop now instead of Order today": "Shop now", when what follows
    "instead of" is the text there now (any case, quotes and stops aside); else the words as typed
    ("Tea instead of coffee" stays a line)."""
    m = _INSTEAD_OF_RE.match(words)
    if m is None:
        return words

    def bare(text: str) -> str:
        return re.sub(r"[^\w\s]", "", text).strip().lower()

    return m.group("new").strip() if bare(m.group("old")) == bare(now) and bare(now) else words


# "put 'New' in front of the cta", "prefix the hook text with 'New:'", "the cta should have 'Only'
# at the start": the words before those there, on their line (round twenty-six)
_NOT_A_CARD = r"(?!\s+(?:card|screen|slide|frame|scene|shot|clip|one|bit|part|section)s?\b)"
_ADDED_FRONT_RE = re.compile(
    rf"\b(?:in\s+front\s+of|(?:at|to|on)\s+the\s+(?:very\s+)?(?:start|beginning|front)\b{_NOT_A_CARD}|prefix(?:e[ds])?|"
    r"prepend(?:s|ed)?)\b",
    _I,
)
# "tack 'today' on the end of the cta", "suffix the cta with '!'", "add 'now' at the end of the hook
# text": the words after those there, on their line (round twenty-six; never "on the end card")
_ADDED_END_RE = re.compile(
    rf"\b(?:(?:at|to|on|onto)\s+the\s+(?:very\s+)?end\b{_NOT_A_CARD}|suffix(?:e[ds])?|tack(?:s|ed)?\s+(?:\S+\s+)?on(?:to)?\b)",
    _I,
)


# "at the end" with nothing after it: the end of the words only when the clause names a text or a
# scene besides ("put 'Shop now' at the end" is the last scene's text, as before)
_BARE_END_RE = re.compile(
    r"^(?:at|to|on|onto)\s+the\s+(?:very\s+)?(?:start|beginning|front|end)\b(?!\s+of\b)", re.I
)
_CLAUSE_END_RE = re.compile(r"\W*(?:(?:please|pls|too|as\s+well|thanks)\W*)*$", re.I)
_WORDS_NOUN_RE = re.compile(r"\b(?:text|words|line|copy|caption|headline|title|wording|tagline)s?\b", re.I)


def _joins_words(r: ClauseReaderBase, f: Frame, pattern: re.Pattern[str]) -> bool:
    m = pattern.search(f.body)
    if m is None:
        return False
    if not _BARE_END_RE.match(m.group(0) + f.body[m.end() :]):
        return True
    if not _CLAUSE_END_RE.match(f.body, m.end()):
        return False  # ("at the end the text should say '…'": the last scene, named first)
    if _WORDS_NOUN_RE.search(f.body):
        return True
    return any(
        ref.ids and not _BARE_END_RE.match(ref.text) for ref in find_scene_refs(f.body, r.project, r.quotes)
    )


def _joined(first: str, second: str) -> str:
    """Two pieces of one line: a space between them, none before a stop ("Order today" and "!")."""
    first, second = first.rstrip(), second.strip()
    return f"{first}{second}" if re.match(r"[!?.,:;]", second) else f"{first} {second}"


# "put 'New!' above the text in the hook", "add a line over the headline": a line before the words there
_ADDED_ABOVE_RE = re.compile(
    r"\b(?:add|put|include|stick|throw\s+in|place)\b[^.;!?]*?\b(?:above|over|on\s+top\s+of|before)\s+"
    r"(?:it|that|this|the\s+(?:\w+\s+)?(?:text|line|copy|words|headline|caption|title))\b",
    _I,
)


# "make the text all caps", "capitalise the cta", "headlines in upper case": the words there,
# in capitals (the words stay the marketer's; only their case changes).
_ALL_CAPS_RE = re.compile(
    r"\ball[\s-]?caps\b|\b(?:in|into|to)\s+caps\b|\bupper[\s-]?case[ds]?\b|\bcapitali[sz](?:e|es|ed|ing)\b"
    r"|\b(?:in\s+)?capital\s+letters\b|\bcaps\s*lock\b",
    _I,
)


def read_letter_case(r: ClauseReaderBase, f: Frame) -> None:
    """The words of the scenes named (of every scene, when none is) in capitals."""
    quoted = f.text is not None and any(q.inner == f.text for q in r.quotes)
    said = (
        not quoted
        and f.text is not None
        and _ALL_CAPS_RE.fullmatch(re.sub(r"^(?:in\s+)?|[.!\s]+$", "", f.text.strip()))
    )
    if (f.text is not None and not said) or not (said or _ALL_CAPS_RE.search(f.rest)) or f.has["brand"]:
        return
    f.text = None  # "the text should be uppercase": the case, not the new words
    targets = f.target.ids if f.target.ids is not None else [s.id for s in r.project.scenes]
    changed = False
    for sid in targets:
        now = r.project.scene(sid).overlay.text
        if now.strip() and now.upper() != now:
            f.ch.overlay_of(sid)["text"] = now.upper()
            changed = True
    f.rest = _ALL_CAPS_RE.sub(lambda m: " " * len(m.group(0)), f.rest)
    if not changed:
        f.problems.append("The on-screen text is already in capitals.")
        return
    f.topic = f.topic or "overlay"


# "center everything", "centre all of it", "put it all in the middle": every text, and the product
# where it is shown off-centre (the words name no part, so every part that has a place).
_CENTRE_ALL_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|just|now)\s+)*(?:(?:center|centre|middle[\s-]?align)\s+"
    r"(?:everything|all\s+of\s+(?:it|them)|it\s+all|them\s+all|all(?=\W*$))"
    r"|(?:put|move|place)\s+(?:everything|it\s+all|all\s+of\s+(?:it|them))\s+(?:in\s+the\s+)?(?:center|centre|middle))"
    r"(?:\s+(?:please|pls))?\W*$",
    _I,
)


def read_centre_everything(r: ClauseReaderBase, f: Frame) -> None:
    every = [s.id for s in r.project.scenes]
    if (f.target.ids is not None and list(f.target.ids) != every) or not _CENTRE_ALL_RE.match(f.body):
        return
    for scene in r.project.scenes:
        if scene.overlay.text.strip() and scene.overlay.position != "center":
            f.ch.overlay_of(scene.id)["position"] = "center"
        if scene.product.visible and scene.product.position != "center":
            f.ch.product.setdefault(scene.id, {})["position"] = "center"
    f.rest = " " * len(f.rest)
    if not f.ch.overlay and not f.ch.product:
        f.problems.append("Everything is already centred.")
        return
    f.topic = f.topic or "overlay"


# Size verbs that also fit a length ("shrink the hook to 3 seconds"); "smaller" does not.
_LENGTH_VERB_RE = re.compile(
    r"\b(?:shrink|shrinks|shrunk|squeeze|squish|compress|grow|stretch|enlarge|expand|(?:scale|size)\s+(?:it\s+)?(?:down|up))\b",
    _I,
)


def _length_took_the_verb(f: Frame) -> bool:
    """ "shrink the hook to 3 seconds", "grow the cta to 5s": a length was read from the clause
    and no word names the text, so the size verb was the length's, not the text's."""
    read_length = f.ch.duration is not None or any("duration_sec" in v for v in f.ch.scene.values())
    if not read_length or f.has["overlay"]:
        return False
    verb = _LENGTH_VERB_RE.search(f.layout_text)
    return verb is not None and size_factor(_LENGTH_VERB_RE.sub(" ", f.layout_text)) is None


def read_layout(r: ClauseReaderBase, f: Frame) -> None:
    """Size and position of the text."""
    if f.has["product"] or f.has["audio"] or _length_took_the_verb(f):
        return
    rest = without_move_amount(f.layout_text)  # "move it up 10%": how far, not a size
    if not (f.has["overlay"] or f.target.ids is not None) and not _text_only_words(r, f, rest):
        return
    ids = f.target.ids if f.target.ids is not None else [s.id for s in r.project.scenes]
    measure = _size_measure(r, f)
    if measure is not None:
        # "make the cta text bigger than the hook text": the hook is the measure, never changed
        ids = [sid for sid in ids if sid != measure]
        if not ids:
            return
        _than_size(r, f, rest, ids, measure)
    elif f.has["overlay"] or not _sees_something_else(r, rest):
        _size(r, f, rest, ids)
    position = _position(r, f, rest, ids)
    if position in ("left", "right"):
        f.problems.append("On-screen text can go at the top, center or bottom.")
        return
    if position:
        for sid in ids:
            f.ch.overlay_of(sid)["position"] = position
    if f.ch.overlay:
        f.topic = f.topic or "overlay"


# "bigger than the hook text", "smaller than the cta's": a size given by another scene's text, the
# measure (rows: pattern, direction).
_THAN_SIZE_RE = re.compile(
    r"\b(?P<way>bigger|larger|smaller|tinier)\s+than\s+(?:(?:in|on|for)\s+)?(?P<ref>.+)$", _I
)
# How far past the measure's size the text goes, when its own step does not already take it there.
_PAST_MEASURE = {"up": 1.15, "down": 0.87}


def _size_measure(r: ClauseReaderBase, f: Frame) -> str | None:
    """The one scene whose text a size is measured against ("bigger than the hook text"), or None."""
    m = _THAN_SIZE_RE.search(f.body)
    if m is None or f.target.ids is None:
        return None
    refs = [ref for ref in find_scene_refs(m.group("ref"), r.project, r.quotes) if ref.ids and not ref.error]
    if len(refs) != 1 or len(refs[0].ids) != 1:
        return None
    return refs[0].ids[0]


def _than_size(r: ClauseReaderBase, f: Frame, rest: str, ids: list[str], measure: str) -> None:
    """Each text named past the measure's size: its own step ("bigger": x1.25), or a little past
    the measure when the step stays short of it."""
    m = _THAN_SIZE_RE.search(f.body)
    assert m is not None
    up = m.group("way").lower() in ("bigger", "larger")
    factor = size_factor(rest) or (1.25 if up else 0.8)
    theirs = r.project.scene(measure).overlay.font_size * _PAST_MEASURE["up" if up else "down"]
    for sid in ids:
        stepped = r.project.scene(sid).overlay.font_size * factor
        f.ch.overlay_of(sid)["font_size"] = _font(max(stepped, theirs) if up else min(stepped, theirs))


# "you can barely see the runner": what cannot be seen is named; the text is read, not seen.
_SEE_OBJECT_RE = re.compile(
    r"\b(?:can'?t|cannot|can\s+(?:barely|hardly|only\s+just)|could(?:n'?t|\s+barely|\s+hardly)|barely|hardly|"
    r"(?:hard|tough|difficult|impossible)\s+to)\s+(?:(?:really|even|quite|properly|easily|clearly)\s+)?see\s+"
    r"(?:the\s+|a\s+|an\s+|our\s+|my\s+|any\s+)?(?P<o>[a-z][\w'’-]*)",
    _I,
)
_SEEN_TEXT_RE = re.compile(
    r"^(?:it|them|that|this|anything|what|text|texts|words|letters|font|caption|captions|line|lines|headline|copy|"
    r"writing|overlay|title)$",
    _I,
)


def _sees_something_else(r: ClauseReaderBase, rest: str) -> bool:
    """ "can barely see the runner": a thing of the picture, so no text size (the look, said
    with it, is the fix); "can't see it", "can barely see the text" stay a size request."""
    m = _SEE_OBJECT_RE.search(rest)
    if m is None:
        return False
    word = m.group("o")
    return not _SEEN_TEXT_RE.match(word) and not r.names_product(f"the {word}")


def _text_only_words(r: ClauseReaderBase, f: Frame, rest: str) -> bool:
    """No word for the text and no scene: only sizes/positions that can only mean text."""
    pm = POSITION_RE.search(rest)
    if pm and (pm.group("a") or pm.group("d") or pm.group("c")) and _MOVE_VERB_RE.search(rest):
        word = (pm.group("a") or pm.group("d") or pm.group("c")).lower()
        return word not in ("left", "right")
    factor = size_factor(rest)
    if factor is not None and not find_looks(rest):
        f.pending = _bigger_what(r, factor)
        f.questions.append(f.pending.question)
    return False


def _bigger_what(r: ClauseReaderBase, factor: float) -> PendingQuestion:
    """The two readings of "make it bigger", so "the text" or "the product" picks one."""
    text_ops = [
        {"operation": "update_overlay", "sceneId": s.id, "fontSize": _font(s.overlay.font_size * factor)}
        for s in r.project.scenes
    ]
    shown = [s for s in r.project.scenes if s.product.visible] or list(r.project.scenes)
    product_ops = [
        {
            "operation": "update_product",
            "sceneId": s.id,
            "scale": max(0.1, min(1.0, round_half_up(s.product.scale * factor, 2))),
        }
        for s in shown
    ]
    return PendingQuestion(
        question=f"What should be {'bigger' if factor > 1 else 'smaller'}: the text or the product?",
        options=[
            PendingOption(
                "the text", ["text", "the text", "texts", "words", "font", "the words", "caption"], text_ops
            ),
            PendingOption(
                "the product", ["product", "the product", "bottle", "packshot", "item"], product_ops
            ),
        ],
    )


def _font(size: float) -> int:
    return int(max(FONT_MIN, min(FONT_MAX, round_half_up(size))))


# "10 points bigger", "5px smaller": a change of size by so much; of the text's size, a bare number
# before bigger/smaller is the change too ("make it 10 smaller": no text is 10 big), and "10 too
# big" is 10 too many ("10 too big" once shrank it by a fifth, the number unread).
_FONT_DELTA_RE = re.compile(
    r"\b(?P<n>\d{1,3})\s*(?:px|pt|points?|pixels?|sizes?)\s+(?P<way>bigger|larger|up|higher|smaller|down|lower)\b"
    r"|\b(?P<n3>\d{1,3})\s+(?P<bare>bigger|larger|smaller)\b"
    r"|\b(?P<n4>\d{1,3})\s*(?:px|pt|points?|pixels?)?\s+too\s+(?P<too>big|large|small|tiny)\b"
    r"|\b(?P<verb>increase|raise|bump|grow|decrease|reduce|lower|shrink)\b[^.;,]*?\bby\s+(?P<n2>\d{1,3})\s*(?:px|pt|points?)?\b",
    _I,
)
# The words of a delta that make the text smaller ("too big" is so much too many).
_FONT_DOWN = frozenset({"smaller", "down", "lower", "decrease", "reduce", "shrink", "big", "large"})


def _size(r: ClauseReaderBase, f: Frame, rest: str, ids: list[str]) -> None:
    delta = _FONT_DELTA_RE.search(rest)
    if delta:
        amount = int(next(g for g in delta.group("n", "n2", "n3", "n4") if g))
        way = delta.group("way") or delta.group("verb") or delta.group("bare") or delta.group("too") or ""
        down = way.lower() in _FONT_DOWN
        for sid in ids:
            size = r.project.scene(sid).overlay.font_size + (-amount if down else amount)
            problem = refusals.out_of_range("font_size", size)
            if problem:
                f.problems.append(problem)
                return
            f.ch.overlay_of(sid)["font_size"] = size
        return
    absolute = FONT_ABS_RE.search(rest)
    if absolute:
        size = int(next(g for g in absolute.group("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8") if g))
        problem = refusals.out_of_range("font_size", size)
        if problem:
            f.problems.append(problem)
            return
        for sid in ids:
            f.ch.overlay_of(sid)["font_size"] = size
        return
    exact = exact_size_factor(rest)
    if exact is not None and exact > 1:
        # ("hook text 4x bigger" at 62: 248 is refused with the range, never clamped to 200)
        for sid in ids:
            problem = refusals.out_of_range(
                "font_size", round_half_up(r.project.scene(sid).overlay.font_size * exact)
            )
            if problem:
                f.problems.append(problem)
                return
    factor = size_factor(rest)
    if factor is None:
        return
    if not f.has["overlay"] and _STAR_RE.search(rest):
        return  # "the flame should be the hero of the ending": a thing in the picture, not the text
    for sid in ids:
        f.ch.overlay_of(sid)["font_size"] = _font(r.project.scene(sid).overlay.font_size * factor)


# Growth said as a role in the picture ("the hero", "fill the frame"): the product's, never the text's
# unless the text is named.
_STAR_RE = re.compile(
    r"\bthe\s+(?:hero|star)\b|\b(?:fill|fills|filling|take\s+up|takes\s+up)\s+(?:up\s+)?(?:more\s+of\s+|most\s+of\s+)?the\s+(?:frame|screen|shot)",
    _I,
)


def _position(r: ClauseReaderBase, f: Frame, rest: str, ids: list[str]) -> str | None:
    # (in the clause as said: "sits over the splash" may name the scene it is in, read as a reference)
    if (_COVERING_RE.search(rest) or _COVERING_RE.search(f.body)) and ids and size_factor(rest) is None:
        # "the text covers the coffee": out of the way; "too big, it covers…": the size fixes it.
        return _AWAY_FROM.get(r.project.scene(ids[0]).overlay.position, "bottom")
    pm = POSITION_RE.search(rest)
    if pm:
        word = (pm.group("a") or pm.group("b") or pm.group("c") or pm.group("d")).lower()
        position = POSITION_WORDS.get(word, word)
        current = {r.project.scene(sid).overlay.position for sid in ids}
        before = rest[: pm.start()]
        if ids and current == {position} and _WHERE_IT_IS_RE.search(before) and not _WISH_RE.search(before):
            # "the question is smack in the middle, move it": where it is now, so away from there
            return _AWAY_FROM.get(position, "bottom")
        return position
    bare = _BARE_DIR_RE.match(rest) if f.has["overlay"] else None
    dm = _MOVE_DIR_RE.search(rest) or bare
    if dm and (f.has["overlay"] or f.target.ids is not None):
        up = (dm.group("dir") or "").lower() in ("up", "higher") or (
            dm.groupdict().get("not") or ""
        ).lower() == "low"
        current = {r.project.scene(sid).overlay.position for sid in ids}
        if len(current) == 1 and (
            bare is not None or _A_LITTLE_RE.search(rest) or moved_by_amount(f.layout_text)
        ):
            # one place up or down from where the text is ("move it down a bit" from the top: the middle)
            order = ["top", "center", "bottom"]
            at = order.index(current.pop())
            return order[max(0, at - 1)] if up else order[min(2, at + 1)]
        return "top" if up else "bottom"
    return None


def _reads_as_copy(words: str) -> bool:
    """ "to: Cold brew, ready when you are": capitalised words, three or more, are the line
    itself, even when one of them is a look word ("cold")."""
    stripped = words.strip()
    return stripped[:1].isupper() and len(stripped.split()) >= 3


def looks_like_value(words: str) -> bool:
    w = words.strip().lower().rstrip(".!")
    if find_durations(w):
        return True
    if find_looks(w) and not _reads_as_copy(words):
        return True
    colors = find_colors(w)
    if colors and re.fullmatch(r"(?:the\s+|a\s+)?(?:colou?r\s+)?", w[: colors[0].start]):
        return True
    return bool(
        re.fullmatch(
            r"(?:the\s+)?(?:top|bottom|center|centre|middle|left|right|bigger|smaller|larger)(?:\s+.*)?"
            # a size ("to 90", "to 72 px please"); a number that starts words is copy (sweep 39: "change
            # the showcase text to 3 lemons in every can" was read as no request)
            r"|\d+\s*(?:px|pt|%|points?|pixels?)?(?:\s*[,;.!](?!\d).*|\s+(?:and|then|please|pls|plz|thanks?|too|instead|"
            r"now|bigger|smaller|larger|px|pt|size|font)\b.*)?"
            # ("change the hook text to bold": a weight or a case, never the words "bold")
            r"|(?:bold|italics?|(?:all\s+)?caps|upper\s*case|lower\s*case|serif|sans(?:[\s-]serif)?)(?:\s+(?:font|type|text|letters))?",
            w,
        )
    )


def _only_text_layout(f: Frame) -> bool:
    """The clause changed only the look of some scenes' text (colour, size, place), no words."""
    ch = f.ch
    if ch.scene or ch.product or ch.style or ch.brand or ch.audio or ch.duration is not None:
        return False
    return bool(ch.overlay) and all("text" not in fields for fields in ch.overlay.values())


_LIKE_ANOTHER_RE = re.compile(
    r"^\W*(?:match(?:es|ing)?|mirror|copy|(?:be\s+)?(?:the\s+)?same\s+(?:as|text\s+as|words\s+as)|(?:just\s+)?like|as)"
    r"\s+(?:the|in\s+the|on\s+the|what\s+the)\b(?=(?:\s+\S+){1,4}\W*$)",
    _I,
)
LIKE_ANOTHER_PROBLEM = (
    "I can't copy one scene's text to another by name yet; give me the words in quotes "
    "(“change the hook text to 'Order today'”)."
)


def read_fallback_words(r: ClauseReaderBase, f: Frame) -> None:
    """ "change the hook to Wake up", "put 'New!' on the CTA": words with no "say"."""
    if f.text is not None or f.questions or f.problems:
        return
    quoted = re.search(Q_TOKEN, f.rest)
    if not f.ch.empty() and not (quoted and _only_text_layout(f)):
        return  # 'cta "Order now" in yellow': the quote is still its words, with the colour
    if not (f.has["overlay"] or f.target.explicit or (quoted and f.target.ids)):
        return  # "swap it for 'Own the streets'": a quote for the scene "it" names is its words
    tm = TO_TEXT_RE.search(f.body) or (
        _SWAP_FOR_RE.search(f.body) if f.has["overlay"] or f.target.explicit else None
    )
    words = None
    if quoted and tm and _OLD_WORDS_LEAD_RE.search(f.body[: f.body.find(quoted.group(0))]):
        # "change the cta to Shop now, instead of 'Order today'": the quote is the words replaced
        replacing = text_value(tm.group("t"), r.quotes) or ""
        targets = overlay_targets(r, f) or []
        if not targets or any(
            _without_old_words(replacing, r.project.scene(sid).overlay.text) == replacing for sid in targets
        ):
            f.questions.append(
                f"{r._label(targets[0]).capitalize()} says “{r.project.scene(targets[0]).overlay.text}” now, "
                "not the quoted words. What should it say?"
                if targets
                else "Which scene's text should change?"
            )
            return
        _set_words(r, f, targets, replacing)
        f.topic = "overlay"
        return
    if quoted:
        words = r._quote(quoted.group(0))
    elif tm and not looks_like_value(tm.group("t")):
        words = text_value(tm.group("t"), r.quotes)
    if quoted and not words.strip():
        f.problems.append(EMPTY_TEXT_PROBLEM)  # an explicit '' is refused, never applied
        return
    if words is None or not words.strip():
        return
    if (
        not quoted
        and _LIKE_ANOTHER_RE.match(words)
        and any(ref.ids for ref in find_scene_refs(words, r.project, r.quotes))
    ):
        # "change the hook text to match the cta", "change it to the same as the cta": another
        # scene's text as the measure, never the words "match the cta" (given to both scenes)
        f.problems.append(LIKE_ANOTHER_PROBLEM)
        return
    if (
        not quoted
        and not f.has["overlay"]
        and f.target.ids is not None
        and _SCENE_DESCRIPTION_RE.match(words)
    ):
        for sid in f.target.ids:
            f.ch.scene_of(sid)["background_prompt"] = words
        f.topic = "scene"
        return
    targets = overlay_targets(r, f) or same_shape_scenes(words, r.project)  # the figures changed
    if targets is None:
        _ask_which_text(r, f, words)
        return
    if not quoted and tm is not None:
        # ("change the cta to Hook, line and sinker": a scene named inside the words is no target)
        before = {
            sid for ref in find_scene_refs(f.body[: tm.start("t")], r.project, r.quotes) for sid in ref.ids
        }
        if before:
            targets = [sid for sid in targets if sid in before] or targets
    _set_words(r, f, targets, words)
    f.topic = "overlay"


__all__ = [
    "FONT_ABS_RE",
    "ending_words",
    "find_text_value",
    "looks_like_value",
    "overlay_targets",
    "PUT_VERBS",
    "read_fallback_words",
    "read_layout",
    "read_words",
    "WhichTextQuestion",
    "which_text_question",
]
