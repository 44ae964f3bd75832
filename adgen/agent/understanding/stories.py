"""A request told with its story: the reason, the people and the things around it, which are no
part of the edit ("my boss hates yellow. change the cta text to white", "our van is white with a
blue stripe, so fix the end card", "it's for a winter campaign, so …", "since the client bought a
10 second slot, shorten the ad to 10 s", "…, it's a fair housing issue").

Part of :mod:`adgen.agent.understanding`. The colours, numbers and scenes of the story were read
as edits (the palette set to the yellow the boss hates, the van's colours, a second shortening
from the slot's length, a scene removed because the trailing reason said "issue"). Here the story
goes when a request is left after it (:func:`without_story`); a message that is only a story
("our mascot is a purple taco. not relevant yet", "the client is colour blind (red-green)") changes
nothing (:func:`story_only`); a scene the story names and the request calls "it" ("the kitchen shot
is the selling point, make it 8 seconds") is put back in the request (:func:`scene_of_the_story`).
"""

from __future__ import annotations

import re

_I = re.I

_COLOUR = (
    r"(?:red|green|blue|yellow|orange|purple|pink|black|white|gr[ae]y|brown|navy|teal|gold|golden|silver|beige|"
    r"maroon|turquoise|cyan|magenta|lime|olive|violet|lavender|cream|coral|mint|burgundy|sage|sand|rust|charcoal|"
    r"emerald|mustard|peach|khaki|tan|ivory|#[0-9a-f]{3,6})"
)
_SHADE = r"(?:(?:dark|light|deep|bright|pale|warm|soft|hot|baby|neon|muted)\s+)?"
_COLOURS = _SHADE + _COLOUR + r"(?:\s*(?:,|/|-|and|or|&)\s*" + _SHADE + _COLOUR + r")*"
_LEAD = (
    r"^\W*(?:(?:ok|okay|so|hmm+|well|honestly|tbh|fyi|btw|also|and|hey|lol|haha|anyway|anyways|just\s+so\s+you\s+know|"
    r"for\s+context|heads\s+up)\W+)*"
)
# Where a lead-in ends: a sentence or clause break, then maybe "so".
_BREAK = r"\s*(?:[.;:!]+|,|\s[-\u2013\u2014]+)\s*(?:(?:so|which\s+means|and)\b[\s,]*)?"
# Who has a taste or a say.
_WHO = (
    r"(?:(?:my|our|the)\s+(?:[\w-]+(?:'s|’s)\s+)?[\w-]+(?:\s+[\w-]+)?|the\s+client(?:'s|’s)\s+[\w-]+|"
    r"(?:she|he|they|everyone|nobody|people|our\s+customers))"
)
# The ad's own parts: said of these, a colour is the ad's, never a story.
_AD_PART = (
    r"(?:hook|cta|text|texts|words|copy|captions?|font|fonts|headline|tagline|background|backgrounds|scene|scenes|"
    r"card|end\s+card|opener|intro|showcase|closer|palette|colou?rs?|brand(?:\s+colou?rs?)?|logo|music|ad|video|"
    r"overlay|button|title|lighting|look|style|theme|product|photo|image|picture|shot|sky)"
)

# One row per kind of story said before the request (dropped only when a request follows).
LEADS: tuple[re.Pattern[str], ...] = (
    # "my boss hates yellow", "the client's wife can't stand orange and green"
    re.compile(
        _LEAD + r"(?:since\s+|because\s+|as\s+)?(?:" + _WHO + r"|i)\s+(?:really\s+|absolutely\s+|just\s+)?"
        r"(?:hates?|dislikes?|can'?t\s+stand|loathes?|detests?|is\s+not\s+a\s+fan\s+of|isn'?t\s+a\s+fan\s+of|"
        r"(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+(?:like|want)|am\s+not\s+a\s+fan\s+of)\s+"
        r"(?:the\s+colou?rs?\s+|anything\s+)?" + _COLOURS + r"(?:\s+(?:at\s+all|lol|haha))?" + _BREAK,
        _I,
    ),
    # "our van is white with a blue stripe", "our mascot is a purple taco", "the truck is blue now",
    # "our techs wear orange now, not blue": a thing of the world, not of the ad
    re.compile(
        _LEAD
        + r"(?:since\s+|because\s+|as\s+)?(?:our|my|the|their)\s+(?:new\s+)?(?:(?:[\w-]+\s+)?[\w-]+(?:'s|’s)\s+)?(?!"
        + _AD_PART
        + r"\b)"
        r"[\w-]+(?:\s+(?!"
        + _AD_PART
        + r"\b)[\w-]+)?(?:\s+(?:in|on|at|from)\s+(?:the|our)\s+(?:video|ad|shot|photo|clip|hook|showcase|cta|"
        r"end\s+card|first\s+scene|last\s+scene|scene(?:\s+\d)?|opener|intro))?"
        r"\s+(?:is|are|was|were|wears?|wear|wearing|has|have|comes?\s+in)\s+"
        r"(?:now\s+|actually\s+|all\s+|always\s+)?(?:in\s+|wearing\s+|painted\s+)?(?:a\s+|an\s+)?"
        + _COLOURS
        + r"\b[^.;:!?,]{0,50}?"
        r"(?:\s*,?\s*(?:not|instead\s+of|rather\s+than|no\s+longer)\s+[^.;:!?,]{0,40})?"
        r"(?:\s*,?\s*(?:and\s+|but\s+)?(?:the\s+client|my\s+boss|they|we|he|she)\s+wants?\s+(?:it|them)\s+"
        + _COLOURS
        + r")?"
        + _BREAK,
        _I,
    ),
    # "navy is the brokerage colour", "orange is our team's colour" (not the ad's brand colour)
    re.compile(
        _LEAD + _COLOURS + r"\s+is\s+(?:the|our|their|my)\s+(?!brand\b)[\w-]+(?:'s|’s)?\s+colou?r" + _BREAK,
        _I,
    ),
    # "the client is colour blind (red-green)", "since my boss is colourblind"
    re.compile(
        _LEAD
        + r"(?:since\s+|because\s+|as\s+)?"
        + _WHO
        + r"\s+(?:is|are)\s+(?:a\s+bit\s+)?colou?r[\s-]?blind"
        r"(?:\s*\([^)]{0,30}\))?(?:" + _BREAK + r"|\s+so\s+)",
        _I,
    ),
    # "their competitor uses blue and orange too", "the client mentioned the competitor has red"
    re.compile(
        _LEAD + r"(?:" + _WHO + r"\s+(?:mentioned|said|says|told\s+me|pointed\s+out)\s+(?:that\s+)?)?"
        r"(?:their|our|the|a|his|her)\s+(?:main\s+|biggest\s+)?(?:competitors?|rivals?|competition)(?:'s|’s)?\s+"
        r"(?:\w+\s+)?(?:uses?|has|have|is|are|went\s+with|goes\s+with)\b[^.;:!?,]{0,50}?" + _BREAK,
        _I,
    ),
    # "it's for a winter campaign — frozen pipes — so …", "this is for a Ramadan promo, …"
    re.compile(
        _LEAD
        + r"(?:it'?s|it\s+is|this\s+is|this'?s)\s+(?:all\s+)?for\s+(?:a|an|the|our)\s+[^,.;:!?\u2014]{1,40}?"
        r"(?:campaign|promo(?:tion)?|launch|listing|sale|event|season|holiday|push|flight)\b"
        r"(?:\s*[-\u2013\u2014]+[^-\u2013\u2014]{1,40}[-\u2013\u2014]+)?(?:" + _BREAK + r"|\s+so\s+)",
        _I,
    ),
    # "since the client bought a 10 second slot, …", "because we only have a 6s slot, …": why the
    # request is asked, with a figure of its own (the request says the value)
    re.compile(
        _LEAD + r"(?:since|because|as)\s+(?:the\s+client|we|they|our\s+\w+)\s+(?:only\s+)?"
        r"(?:bought|booked|paid\s+for|have|has|got)\s+(?:a|an|the)\s+[^,.;:!?]{0,30}?(?:slot|spot|placement|package)"
        r"\s*,\s*",
        _I,
    ),
)

LEADS += (
    # "the client thinks blue feels corporate", "blue looks cheap to my boss": an opinion of a
    # colour, said before the colour asked for instead
    re.compile(
        _LEAD
        + r"(?:(?:since\s+|because\s+|as\s+)?(?:"
        + _WHO
        + r"|i)\s+(?:thinks?|says?|said|feels?|finds?|reckons?)\s+"
        r"(?:that\s+)?)?(?:the\s+)?"
        + _COLOURS
        + r"\s+(?:feels?|looks?|is|seems?|reads?|comes?\s+across(?:\s+as)?)\s+"
        r"(?:(?:too|so|very|a\s+bit|kind\s+of|kinda)\s+)?(?:corporate|cheap|dated|old|boring|cold|aggressive|childish|"
        r"tacky|loud|harsh|dull|sad|off|wrong|like\s+[\w\s-]{1,20}?)"
        + _BREAK
        + r"(?=(?:please\s+|just\s+)?(?:make|use|change|go\s+with|try|switch|put|set|turn|swap|pick)\b)",
        _I,
    ),
    # "retention drops at 6 seconds", "people bounce around the 3 second mark": a moment of the
    # viewing, no length of the ad
    re.compile(
        _LEAD
        + r"(?:(?:our|the)\s+)?(?:retention|watch\s+time|viewers|people|they|most\s+people|drop[\s-]?off|views)\s+"
        r"(?:drops?|dips?|falls?|leaves?|bounces?|swipes?(?:\s+away)?|tanks?|happens?|peaks?|starts?)(?:\s+off)?\s+"
        r"(?:at|around|after|by)\s+(?:the\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)(?:\s+mark)?" + _BREAK,
        _I,
    ),
    # "we shot the bedroom at 5pm, golden hour, so lighting is fine.", "ours is fine at 16, leave
    # it.": what is fine as it is, said before another request (one sentence, the request after it
    # names its own part)
    re.compile(
        r"^[^.;!?\n]{0,120}?\b(?:is|are|looks?|seems?)\s+(?:(?:totally|perfectly|all)\s+)?(?:fine|ok|okay|good|great|"
        r"perfect|accurate|right)(?:\s+(?:as\s+is|though|already|at\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds)?))?"
        r"(?:\s*,\s*(?:leave|keep)\s+(?:it|that|them)(?:\s+as\s+is)?)?\s*[.;!]+\s*(?:(?:but|just|so)\s+)?"
        r"(?=(?:(?!\b(?:same|too|also|as\s+well|it|that|this|those|them|there)\b)[^\n])*$)",
        _I,
    ),
)

LEADS += (
    # "fyi the client loves orange.", "my boss likes green, …": a taste, said before the request
    re.compile(
        _LEAD
        + r"(?:since\s+|because\s+|as\s+)?"
        + _WHO
        + r"\s+(?:really\s+|just\s+)?(?:loves?|likes?|prefers?|is\s+into|adores?)\s+(?:the\s+colou?rs?\s+)?"
        + _COLOURS
        + r"(?:\s+(?:lol|haha))?"
        + _BREAK,
        _I,
    ),
)
_VIEWING = LEADS[8]

# A reason said after the request ("…, it's a fair housing issue", "…, it's our strongest proof").
TRAILS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"\s*(?:,|;|\s[-\u2013\u2014]+)\s*(?:since\s+|because\s+|as\s+)?(?:it'?s|it\s+is|that'?s|this\s+is)\s+"
        r"(?:a|an|our|the|their|my)\s+[^,.;:!?]{0,40}?"
        r"(?:issue|problem|rule|requirement|policy|concern|thing|proof|selling\s+point|point|compliance\s+thing|"
        r"legal\s+thing)\W*$",
        _I,
    ),
)

# A message that says it asks nothing ("not relevant yet, just telling you", "nothing else to
# change for now", "no action needed").
_NOTHING_ASKED = re.compile(
    r"(?:^|[.,;!\s])(?:(?:it'?s\s+)?not\s+relevant(?:\s+(?:yet|now|for\s+now))?|just\s+(?:telling|letting)\s+you(?:\s+know)?|"
    r"nothing\s+(?:else\s+)?to\s+change(?:\s+(?:for\s+now|yet|now))?|no\s+(?:action|changes?)\s+needed(?:\s+(?:yet|for\s+now))?|"
    r"no\s+need\s+to\s+change\s+anything(?:\s+yet)?|for\s+(?:your\s+)?(?:info|information|context)(?:\s+only)?|"
    r"just\s+so\s+you\s+know|fyi|(?:so\s+)?(?:keep|leave)\s+(?:it|that|them)(?:\s+as\s+(?:it\s+)?is)?|(?:but\s+)?keep\s+(?:ours|our\s+(?:ad|colou?rs?|palette|one))\s+(?:as\s+(?:it\s+)?is|the\s+same|"
    + _COLOURS
    + r"))\W*(?=$|[.,;!])",
    _I,
)

# A scene named by the story and called "it" by the request.
_SCENE_STORY_RE = re.compile(
    r"^\W*(?:since\s+|because\s+|as\s+)?(?P<scene>(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:is|was|'s)\s+"
    r"(?:(?:really|clearly|definitely)\s+)?(?:the|our)\s+(?:(?:main|real|big|biggest|strongest|best)\s+)?"
    r"(?:selling\s+point|money\s+shot|best\s+(?:shot|part|bit|scene)|hero(?:\s+shot)?|star(?:\s+of\s+the\s+show)?|"
    r"highlight|draw|hook\s+for\s+buyers|thing\s+people\s+(?:want|care\s+about|remember))"
    r"(?:\s+(?:here|for\s+buyers|of\s+the\s+ad|of\s+this\s+(?:house|listing|ad)))?"
    r"\s*(?:[.;!,]+|\s[-\u2013\u2014]+)\s*(?:so\s+)?"
    r"(?P<verb>make|give|keep|cut|trim|extend|lengthen|stretch|hold)\s+it\b",
    _I,
)
_SCENE_NOUN_RE = re.compile(r"\b(?:shot|scene|card|clip|bit|part|hook|cta|showcase|opener|intro)$", _I)

# "20 seconds is too long for Reels. Make it 15.": the length the story says is how it is, the
# bare number of the request is the new one.
_LENGTH_STORY_RE = re.compile(
    r"^\W*(?:(?:my|our|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:said|says|thinks|feels|told\s+me)\s+(?:that\s+)?)?"
    r"(?:the\s+ad\s+at\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds)\s+(?:is|are|feels?)\s+(?:(?:way|a\s+bit|much)\s+)?too\s+"
    r"(?:long|short)\b[^.;!?]{0,40}[.;!]\s*(?:so\s+)?(?:please\s+)?(?:make|cut|trim|get|bring)\s+it\s+(?:down\s+)?(?:to\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)(?:\s*(?:s|secs?|seconds))?(?:\s+(?:please|pls|then|instead))?\W*$",
    _I,
)


# "they find the text small", "older viewers found the music loud": how someone finds a part, said
# as the parser says a complaint ("small" was read as the small text size asked for)
_FOUND_RE = re.compile(
    r"\b(?:they|people|viewers|customers|users|folks|everyone|buyers|shoppers|students|parents|(?:my|our|the)\s+[\w-]+)\s+"
    r"(?:find|finds|found)\s+(?P<x>(?:the|our|that|this)\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:(?:a\s+bit|a\s+little|too|really|very|so|kinda|kind\s+of|way)\s+)*"
    r"(?P<adj>small|tiny|big|loud|quiet|long|short|slow|fast|dark|bright|busy|hard\s+to\s+read)\b",
    _I,
)


# "put the address in a bigger font, like 72", "so put it in a larger font": that text bigger (every
# scene's text was made bigger, the value said ignored)
_IN_A_FONT_RE = re.compile(
    r"(?:\b(?:put|set|have|show|write)\s+)?(?P<x>\bthe\s+[\w'-]+(?:\s+[\w'-]+){0,2}?|\bit|\bthem)\s+in\s+(?:a\s+)?"
    r"(?:(?:much|bit|little|lot)\s+)*(?P<cmp>bigger|larger|smaller|heavier|bolder)\s+(?:font(?:\s+size)?|size|type(?:face)?)\b",
    _I,
)


def _rest_has_request(rest: str) -> bool:
    return bool(re.search(r"[a-z]{2}", rest, _I)) and not _NOTHING_ASKED.fullmatch(rest.strip())


def without_story(masked: str) -> str:
    """``masked`` without the story told around its request; unchanged when nothing of a
    request would be left."""
    text = masked
    m = _LENGTH_STORY_RE.match(text)
    if m is not None:
        return f"make the ad {m.group('n')} seconds"
    text = scene_of_the_story(text)
    text = _IN_A_FONT_RE.sub(lambda f: f"make {f.group('x')} {f.group('cmp')}", text)
    text = _FOUND_RE.sub(lambda f: f"{f.group('x')} is too {f.group('adj')}", text)
    changed = True
    while changed:
        changed = False
        for pattern in LEADS:
            found = pattern.match(text)
            if found is not None and _rest_has_request(text[found.end() :]):
                text = text[found.end() :]
                changed = True
        nothing = _NOTHING_ASKED.match(text) if changed else None
        if nothing is not None and nothing.end() > 0 and _rest_has_request(text[nothing.end() :]):
            text = text[nothing.end() :].lstrip(" .,;!")
    text = sure_not(text) or text
    for pattern in TRAILS:
        found = pattern.search(text)
        if found is not None and _rest_has_request(text[: found.start()]):
            text = text[: found.start()]
    return text


def scene_of_the_story(masked: str) -> str:
    """ "the kitchen shot is the selling point, make it 8 seconds": "make the kitchen shot 8 seconds"."""
    m = _SCENE_STORY_RE.match(masked)
    if m is None:
        return masked
    scene = m.group("scene")
    if not _SCENE_NOUN_RE.search(scene):
        scene += " shot"
    return f"{m.group('verb')} {scene}{masked[m.end() :]}"


# "avoid red and green in the text", "stay away from orange on the end card", "no red or green
# text please": colours not wanted, with none said instead (the colour named was applied).
_AVOIDED_RE = re.compile(
    r"^\W*(?:(?:please|pls|and|also|so)\s+)*(?:(?:avoid|stay\s+away\s+from|steer\s+clear\s+of)\s+(?:using\s+|any\s+)?"
    r"(?P<c>" + _COLOURS + r")(?:\s+(?:colou?rs?|text|writing|words))?"
    r"|no\s+(?:more\s+)?(?P<c2>" + _COLOURS + r")\s+(?:text|writing|words|colou?rs?|anywhere))"
    r"(?:\s+(?:in|on|for|from)\s+(?P<what>(?:the\s+|any\s+|all\s+(?:the\s+)?)?[\w'-]+(?:\s+[\w'-]+){0,3}?))?"
    r"(?:\s+(?:please|pls|anywhere|if\s+(?:you\s+)?can|from\s+now\s+on))*\W*$",
    _I,
)


# "make sure the cta isn't red/green", alone or with the colour to use ("… . use white")
_MAKE_SURE_RE = re.compile(
    r"^\W*(?:(?:please|pls|and|also|so|just)\s+)*make\s+sure\s+(?P<what>the\s+[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+"
    r"(?:isn'?t|is\s+not|aren'?t|are\s+not|doesn'?t\s+use|has\s+no|never\s+uses?)\s+(?:any\s+)?(?P<c>"
    + _COLOURS
    + r")(?:\s+(?:text|colou?rs?))?\W*?(?:[.,;!]\s*(?:(?:just|and|so)\s+)?use\s+(?P<use>"
    + _COLOURS
    + r")(?:\s+instead)?)?\W*$",
    _I,
)


def sure_not(masked: str) -> str | None:
    """ "make sure the cta isn't red/green. use white": "make the cta white"."""
    m = _MAKE_SURE_RE.match(masked)
    return f"make {m.group('what')} {m.group('use')}" if m is not None and m.group("use") else None


def avoided_colours(masked: str) -> str | None:
    """ "avoid red and green in the text": which colour instead, asked (nothing changes)."""
    m = _AVOIDED_RE.match(masked.strip())
    sure = _MAKE_SURE_RE.match(masked.strip())
    if m is None and sure is not None and not sure.group("use"):
        return (
            f"I haven't changed anything. Which colour should {sure.group('what')} be instead of "
            f"{sure.group('c')} (e.g. “make {sure.group('what')} white”)?"
        )
    if m is None:
        return None
    colours = (m.group("c") or m.group("c2") or "").strip()
    what = (m.group("what") or "the text").strip()
    return (
        f"I haven't changed anything. Which colour should {what} be instead of {colours} "
        f"(e.g. “make {what} white”)?"
    )


# "drop the time from the end card", "remove the price from the kitchen scene": a part of a
# scene's words, never the scene (the scene was removed).
_PART_OF_WORDS_RE = re.compile(
    r"\b(?:remove|drop|cut|delete|lose|take\s+out|get\s+rid\s+of|ditch|kill|scrap)\s+(?:the|that|our)\s+"
    r"(?P<part>(?:opening\s+)?(?:time|times|date|dates|hours|price|prices|address|phone(?:\s+number)?|number|rating|stars|"
    r"discount|percentage|year|url|website|link|handle|emojis?|hashtags?|location|day|days|deadline|fee|offer))\b"
    r"(?!\s+(?:scene|card|shot|slide)\b)",
    _I,
)


def part_of_words(masked: str) -> str | None:
    """The part of a scene's words that ``masked`` asks to remove ("the time"), or None."""
    m = _PART_OF_WORDS_RE.search(masked)
    return m.group("part") if m is not None else None


def disliked_colour_only(masked: str) -> bool:
    """ "my boss hates yellow.", alone: a colour disliked, with nothing said instead."""
    text = masked.strip()
    found = LEADS[0].match(text + ("" if re.search(r"[.;:!]\W*$", text) else "."))
    return found is not None and not (text + ".")[found.end() :].strip(" .,;!")


def story_only(masked: str) -> bool:
    """The message is only a story: a colour of the world, someone's colour blindness, a
    competitor's colours, or a note that says it asks nothing, with no request."""
    text = masked.strip()
    if not text:
        return False
    rest = text
    told = False
    changed = True
    while changed and rest:
        changed = False
        for pattern in (*LEADS[1:5], _VIEWING):
            found = pattern.match(rest + ("" if re.search(r"[.;:!]\W*$", rest) else "."))
            if found is not None:
                rest = (rest + ".")[found.end() :].strip()
                told = changed = True
                break
        nothing = _NOTHING_ASKED.match(rest)
        if nothing is not None and rest:
            rest = rest[nothing.end() :].strip(" .,;!")
            changed = True
            told = True if told else told
    rest = rest.strip(" .,;!\u2014-")
    return told and not rest


__all__ = [
    "LEADS",
    "TRAILS",
    "avoided_colours",
    "part_of_words",
    "disliked_colour_only",
    "scene_of_the_story",
    "story_only",
    "without_story",
]
