"""The offline parser's vocabulary: the mapping tables from words to document values.

Part of :mod:`adgen.agent.understanding.message`. These tables are the contract between the marketer's words
and the operations; the LLM path is told the same mapping (see the parser's docstring).

``LOOK``: relative look words. For one scene they append ``scene_phrase`` to the scene's
background prompt (same seed, so only the look changes); for the whole ad they set
``field`` of the style to ``value``.

``MUSIC``: music moods ("calmer music" -> music_mood "calm").

``HOOK_LINES`` / ``CTA_LINES``: alternative on-screen lines for "a different hook/CTA",
picked deterministically from the brief.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LookWord:
    pattern: str
    field: str  # the Style field set for the whole ad: lighting / mood / visual_style
    value: str  # the value it is set to
    scene_phrase: str  # appended to one scene's background prompt


_MORE = (
    r"(?:(?:a\s+(?:bit|little|touch|lot)\s+|slightly\s+|much\s+|way\s+|even\s+|far\s+|lots\s+)?(?:more\s+)?)"
)

# After a mood said as a bare word: nothing it describes ("cozy, we want", never "a cozy café").
_NO_NOUN = (
    r"(?!\s+(?!(?:please|pls|and|but|or|too|now|instead|again|for|in|on|with|vibes?|mood|feel|look)\b)[a-z])"
)

LOOK: tuple[LookWord, ...] = (
    LookWord(
        r"brighter|more\s+bright|lighter|less\s+dark|(?:more|some|extra)\s+(?:light|sun(?:light|shine)?)|more\s+sunny|sunnier|brighten(?:\s+(?:it\s+)?up)?|bright",
        "lighting",
        "bright",
        "brighter",
    ),
    LookWord(
        r"darker|more\s+dark|dimmer|less\s+bright|moodier|more\s+moody|darken|dark|moody|(?:more|some)\s+shadows?",
        "lighting",
        "dark",
        "darker",
    ),
    LookWord(
        r"warmer|more\s+warm|less\s+cold|less\s+cool|warm(?:\s+it)?\s+up|warm|(?:more|some|extra|a\s+touch\s+of|a\s+bit\s+of)\s+warmth|warmth",
        "lighting",
        "warm",
        "warmer",
    ),
    LookWord(
        # ("cold brew", "cold plunge": a thing, never the light)
        r"cooler|colder|more\s+cool|less\s+warm|cool(?:\s+it)?\s+down|cold(?![\s-]+(?:brew|plunge|press|pressed|drinks?|water|coffee|open))",
        "lighting",
        "cool",
        "cooler",
    ),
    LookWord(
        r"more\s+contrast|higher\s+contrast|more\s+contrasty|contrastier|punchier\s+contrast|(?:increase|boost|raise|bump\s+up|crank\s+up|up|add|some|extra)\s+(?:the\s+|some\s+)?contrast|high[\s-]contrast|contrast",
        "lighting",
        "high contrast",
        "more contrast",
    ),
    LookWord(
        # "less dramatic" is no more drama (round 27a: "make it less dramatic" added "more dramatic")
        r"more\s+dramatic|(?:more|some|extra|add)\s+drama|(?<!less\s)(?<!less\s\s)dramatic|(?<!less\s)drama",
        "lighting",
        "dramatic",
        "more dramatic",
    ),
    LookWord(r"softer|more\s+soft|gentler|soft|(?:less|lower)\s+contrast", "lighting", "soft", "softer"),
    LookWord(
        r"calmer|more\s+calm|calm(?:\s+it\s+down)?|more\s+relaxed|relaxed|more\s+chill|chill(?:er)?|more\s+peaceful|peaceful|more\s+serene|serene|tranquil|more\s+tranquil|(?:more|some)\s+calm",
        "mood",
        "calm",
        "calmer",
    ),
    LookWord(
        r"more\s+luxurious|luxurious|(?:more|some|extra|a\s+touch\s+of)\s+(?:luxury|elegance|class)|luxury|more\s+premium|premium|more\s+elegant|elegant|classier|more\s+classy|classy|more\s+upscale|upscale|high[\s-]end|fancier|more\s+sophisticated|sophisticated|posher",
        "mood",
        "luxurious",
        "more luxurious",
    ),
    LookWord(
        r"more\s+energetic|energetic|(?:more|some|extra)\s+energy|livelier|more\s+lively|lively|more\s+exciting|exciting|more\s+dynamic|dynamic|punchier|more\s+punchy|punchy|more\s+upbeat|upbeat|more\s+intense|intense|more\s+action",
        "mood",
        "energetic",
        "more energetic",
    ),
    LookWord(
        r"more\s+playful|playful|(?:more|some)\s+fun|fun|funnier|more\s+whimsical|whimsical|more\s+cheerful|cheerful|happier",
        "mood",
        "playful",
        "more playful",
    ),
    # ("it's too dark and moody, we want cozy": the mood asked for, said with no verb)
    # (a mood as spelt; "cosier" is read as more of the ad's mood, look._plain_mood; never a
    # place described, "set the CTA in a cosy café")
    LookWord(r"(?:cozy|homey|homely)" + _NO_NOUN, "mood", "cozy", "cozier"),
    LookWord(r"cosy" + _NO_NOUN, "mood", "cosy", "cosier"),
    LookWord(
        r"more\s+dreamy|dreamy|dreamier|dreamlike|more\s+ethereal|ethereal", "mood", "dreamy", "dreamier"
    ),
    LookWord(
        r"more\s+professional|professional|more\s+corporate|corporate|more\s+serious|serious",
        "mood",
        "professional",
        "more professional",
    ),
    LookWord(
        r"more\s+colou?rful|colou?rful|more\s+vibrant|vibrant|more\s+saturated|saturated|more\s+vivid|vivid|(?:more|some|extra)\s+colou?r|bolder\s+colou?rs|more\s+pop|pop",
        "visual_style",
        "vibrant",
        "more colourful",
    ),
    LookWord(
        r"black\s+(?:and|&)\s+white|b\s*&\s*w|monochrome|greyscale|grayscale",
        "visual_style",
        "black and white",
        "black and white",
    ),
    LookWord(
        r"more\s+muted|muted|less\s+colou?rful|desaturated|less\s+saturated|washed[\s-]out",
        "visual_style",
        "muted",
        "more muted",
    ),
    LookWord(
        r"more\s+minimal(?:ist)?|minimal(?:ist)?|simpler|cleaner|less\s+cluttered|less\s+busy",
        "visual_style",
        "minimal",
        "more minimal",
    ),
    LookWord(
        r"more\s+cinematic|cinematic|more\s+filmic|filmic", "visual_style", "cinematic", "more cinematic"
    ),
    LookWord(r"more\s+retro|retro|vintage|more\s+vintage|nostalgic", "visual_style", "retro", "more retro"),
    LookWord(
        r"more\s+modern|modern|sleeker|more\s+sleek|sleek|contemporary|futuristic",
        "visual_style",
        "modern",
        "more modern",
    ),
)
_BY_VALUE = {w.value: w for w in LOOK}

LOOK_RE = re.compile(
    rf"\b{_MORE}(?:" + "|".join(rf"(?P<l{i}>{w.pattern})" for i, w in enumerate(LOOK)) + r")\b", re.I
)
# "too dark" asks for the opposite; "not bright enough" for more of the same.
TOO_OPPOSITE: tuple[tuple[str, str], ...] = (
    (r"dark|dim|gloomy|murky|shadowy|moody", "bright"),
    (r"bright|light|overexposed|blown[\s-]out|glaring", "dark"),
    (r"warm|orange|yellow|hot", "cool"),
    (r"cold|cool|blue|clinical|sterile|icy", "warm"),
    (r"busy|cluttered|messy", "minimal"),
    (
        r"muted|grey|gray|washed(?:[\s-]out)?|bland|dull|flat|faded|lifeless|drab|muddy|murky\s+colou?rs?",
        "vibrant",
    ),
    (r"calm|boring|plain|static|sleepy", "energetic"),  # "too slow" is the pace: a length (timing)
    (r"intense|hectic|chaotic|frantic|aggressive", "calm"),
    (r"cheap|basic", "luxurious"),
    (r"serious|corporate|stiff", "playful"),
    # "feels kinda depressing", "it's all so bleak": a low mood, the fix a lighter one
    (
        r"depressing|depressed|sad|bleak|grim|glum|melancholy|melancholic|sombre|somber|dreary|downbeat|morose|"
        r"miserable|mournful|funereal|joyless|cheerless",
        "playful",
    ),
    (r"colou?rful|saturated|garish|loud", "muted"),
    # "the lighting is too soft", "the picture's way too hazy": crisper light, more contrast
    (r"soft|hazy|diffuse|mushy|fuzzy|blurry", "high contrast"),
    (r"old[\s-]fashioned|dated|old", "modern"),
    # "looks like stock footage", "is giving 2015 stock footage": generic pictures, the fix a crafted look
    # (never "stock footage style" added to the picture)
    (
        r"(?:like\s+)?(?:(?:cheap|old|\d{4}|generic|bad|free)\s+)?"
        r"(?:stock(?:\s+(?:footage|photos?|images?|video|clips?|imagery))|stocky|clip[\s-]?art)",
        "cinematic",
    ),
)
# A complaint about how something is ("too dark", "the hook is kind of dark", "looks washed out")
# asks for the opposite; "make it look dark" is an instruction.
_COMPLAINT_LEAD = (
    r"(?:\btoo\s+(?:\w+\s+)?|\b(?:is|are|looks|feels|seems|'s|look|feel|seem|giving)\s+(?:(?:kind\s+of|kinda|a\s+(?:bit|little|tad)|rather|"
    r"pretty|quite|really|very|so|way|super|a\s+bit\s+too|way\s+too|too|still|still\s+too|all|just|totally|overly|"
    r"extremely|incredibly|far\s+too|much\s+too|sort\s+of|sorta)\s+)*)"
)
_TOO_RE = re.compile(
    _COMPLAINT_LEAD + r"(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(TOO_OPPOSITE)) + r")\b"
    r"|\bnot\s+(?P<ne>\w+(?:[\s-]\w+)?)\s+enough\b",
    re.I,
)


# "too dark and moody", "too busy & cluttered": the words joined to a complaint are the
# complaint too (never the wish), when the list ends there.
_AND_TOO_RE = re.compile(
    r"\s*,?\s*(?:and|&)\s+(?:(?:kind\s+of|kinda|a\s+bit|a\s+little|so|too|very|really|quite|overly)\s+)*"
    r"(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(TOO_OPPOSITE)) + r")\b"
    r"(?=\s*(?:$|[,.;:!?)]|-|—|(?:and|but|so|we|i|it)\b))",
    re.I,
)


# "should feel warm", "needs to look bright", "make it feel calm": what follows is wished for.
_WISHED_RE = re.compile(
    r"\b(?:should|must|shall|gotta|ought\s+to|needs?\s+to|has\s+to|have\s+to|want\s+(?:it|this|the\s+\w+)\s+to|"
    r"(?:make|let)\s+(?:it|this|the\s+\w+))\s*$",
    re.I,
)


def find_looks(text: str) -> list[tuple[int, int, LookWord]]:
    """Every look word in the text, in order, without repeats ("too dark" counts as brighter)."""
    return list(_find_looks(text))


def _find_looks(text: str) -> tuple[tuple[int, int, LookWord], ...]:
    found: list[tuple[int, int, LookWord]] = []
    spans: list[tuple[int, int]] = []
    for m in _TOO_RE.finditer(text):
        if _WISHED_RE.search(text[: m.start()]) and not re.match(r"too\b", m.group(0), re.I):
            continue  # "it should feel warm", "I want it to look bright": wished for, no complaint
        if m.group("ne"):
            inner = LOOK_RE.fullmatch(m.group("ne"))
            if not inner:
                continue
            word = LOOK[int(next(k for k, v in inner.groupdict().items() if v is not None)[1:])]
        else:
            index = int(next(k for k, v in m.groupdict().items() if v is not None and k != "ne")[1:])
            word = _BY_VALUE[TOO_OPPOSITE[index][1]]
        found.append((m.start(), m.end(), word))
        spans.append(m.span())
        if m.group("ne"):
            continue
        end = m.end()
        while joined := _AND_TOO_RE.match(text, end):
            index = int(next(k for k, v in joined.groupdict().items() if v is not None)[1:])
            found.append((joined.start(), joined.end(), _BY_VALUE[TOO_OPPOSITE[index][1]]))
            spans.append(joined.span())
            end = joined.end()
    masked = text
    for start, end in spans:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    for m in LOOK_RE.finditer(masked):
        index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        found.append((m.start(), m.end(), LOOK[index]))
    found.sort(key=lambda f: f[0])
    result: list[tuple[int, int, LookWord]] = []
    for item in found:
        if all(item[2] is not r[2] for r in result):
            result.append(item)
    return tuple(result)


# Music moods: (pattern, music_mood value).
MUSIC: tuple[tuple[str, str], ...] = (
    # "something chill", "chill music": kept as named; "more chill", "chiller" compare: calmer.
    (r"(?<!more\s)chill(?:[\s-]?out)?(?!er)", "chill"),
    (
        r"calmer|calm|more\s+relaxed|relaxing|relaxed|chill(?:er)?|mellow(?:er)?|gentler|gentle|peaceful|soothing|slower|less\s+intense|softer\s+style|soft|quieter\s+style",
        "calm",
    ),
    (
        r"more\s+upbeat|upbeat|happier|happy|cheerful|more\s+cheerful|faster|livelier|lively|more\s+energetic|energetic|more\s+energy|high[\s-]energy|fun(?:ner)?|more\s+fun|pumping|punchier|more\s+exciting|exciting|dancier|danceable|groovy|groovier",
        "upbeat",
    ),
    (
        r"more\s+epic|epic|cinematic|orchestral|more\s+dramatic|dramatic|heroic|grand|intense|more\s+intense|anthemic",
        "epic",
    ),
    (r"more\s+luxurious|luxurious|elegant|classy|sophisticated|premium", "luxurious"),
    (r"jazz(?:y|ier)?", "jazz"),
    (r"lo[\s-]?fi", "lo-fi"),
    # Named genres are kept as named ("techno", not "electronic"): one row each.
    (r"techno", "techno"),
    (r"synthwave|synth[\s-]?pop", "synthwave"),
    (r"house", "house"),
    (r"edm", "edm"),
    (r"electronic|synthy?", "electronic"),
    (r"reggae", "reggae"),
    (r"summery|summer(?:time)?|beachy", "summer"),
    (r"tropical", "tropical"),
    (r"funk(?:y|ier)?", "funk"),
    (r"disco", "disco"),
    (r"country", "country"),
    (r"blues(?:y)?", "blues"),
    (r"metal", "metal"),
    (r"latin", "latin"),
    (r"r\s*&\s*b|rnb", "r&b"),
    (r"soul(?:ful)?", "soul"),
    (r"k[\s-]?pop", "k-pop"),
    (r"afro[\s-]?beats?", "afrobeats"),
    (r"gospel", "gospel"),
    (r"trance", "trance"),
    (r"indie", "indie"),
    (r"pop(?:py)?", "pop"),
    (r"acoustic|folk|guitar", "acoustic"),
    (r"rock(?:y|ier)?", "rock"),
    (r"hip[\s-]?hop|rap|trap", "hip hop"),
    (r"piano", "piano"),
    (r"ambient", "ambient"),
    (r"emotional|sad|moving|touching|sentimental|romantic|inspiring|uplifting", "emotional"),
    (r"tense|suspenseful|darker|dark|mysterious", "tense"),
    (r"classical", "classical"),
)
MUSIC_RE = re.compile(
    rf"\b{_MORE}(?:" + "|".join(rf"(?P<m{i}>{p})" for i, (p, _) in enumerate(MUSIC)) + r")\b", re.I
)


def find_music_mood(text: str) -> str | None:
    """The music mood the words name; several ("chill lo-fi") are kept together ("calm lo-fi")."""
    moods = find_music_moods(text)
    return " ".join(moods) if moods else None


def find_music_moods(text: str) -> list[str]:
    """Every music mood the words name, in order, without repeats."""
    found: list[str] = []
    for m in MUSIC_RE.finditer(text):
        index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        if MUSIC[index][1] not in found:
            found.append(MUSIC[index][1])
    return found


HOOK_LINES: tuple[str, ...] = (
    "Stop scrolling.",
    "You need to see this",
    "Wait until you try this",
    "This changes everything",
    "Ready for something better?",
    "Your new favourite is here",
)
CTA_LINES: tuple[str, ...] = (
    "Shop now",
    "Get yours today",
    "Try it today",
    "Order now",
    "Grab yours now",
    "Don't miss out",
)
ALTERNATIVE_LINES = {"hook": HOOK_LINES, "cta": CTA_LINES}


def alternative_line(role: str, brief: str, current: str) -> str | None:
    """A different on-screen line for a hook or CTA: chosen from the brief, never the current one."""
    lines = ALTERNATIVE_LINES.get(role)
    if not lines:
        return None
    start = int(hashlib.sha256(brief.encode("utf-8")).hexdigest(), 16) % len(lines)
    for step in range(len(lines)):
        line = lines[(start + step) % len(lines)]
        if line.casefold().rstrip(".!?") != current.casefold().strip().rstrip(".!?"):
            return line
    return None


# --- the words the parser reads, for the typo normaliser ----------------------------------------

# Instruction words first: on a tie the earlier word wins ("quiter" -> "quieter", not "quite").
_INSTRUCTION_WORDS = """
make change set turn use put place move add remove delete drop swap switch render export undo redo
revert regenerate replace rename hide show bigger smaller larger louder quieter brighter darker warmer
cooler calmer softer shorter longer faster slower increase decrease raise lower reduce shorten extend
mute unmute bring keep shrink enlarge scale brighten darken recolour recolor center centre middle left right top bottom
text font size colour color colours colors palette music song soundtrack audio volume sound product
background backdrop scene scenes hook showcase testimonial problem review cta call action ending intro
outro opening closing brand tagline slogan logo name mood style look lighting vibe feel seconds second
minute minutes length duration whole every each please could would should want need give version
variant variation original pick choose option again more less little bit much way really slightly own
separate standalone copy fork spin
even too very quite white black yellow orange green blue purple pink red grey gray gold navy silver
brown teal beige cream words headline caption title copy overlay position visible hidden bold chill
relaxed relaxing upbeat energetic dramatic cinematic luxurious premium playful vibrant muted minimal
retro modern contrast saturation warmth different another new take try again first last second third
fourth fifth final video clip ad ads picture photo image thanks what which where how many long big
voiceover voice narration captions subtitles tiktok reels stories square youtube instagram shortest longest
platform platforms format formats vertical landscape portrait bottle jar tube carton packet
small large tiny huge loud quiet
back actually meant instead card
social proof demo
narrator talking speaking speaks talks pitch deeper
disappears clashes blends unreadable illegible readable visible lost distracting annoying boring bland sleepy
same hard read half halve double twice triple remind nudge fresh
start beginning there
next separate fresh duplicate versions variants winner nudge work close closeup
quick quicker snappier
preview
serif sans typeface typewriter elegant classy uppercase caps capitals subtitles
promo handle hashtag website discount coupon
address finance financing
number line leave
least max maximum minimum tops
""".split()


def _pattern_words() -> list[str]:
    """Whole words inside the look and music tables (their patterns are the vocabulary)."""
    sources = [w.pattern for w in LOOK] + [p for p, _ in MUSIC]
    words: list[str] = []
    for source in sources:
        for word in re.findall(r"(?<![a-z?(])[a-z]{4,}(?![a-z?(\[])", source):
            if word not in words:
                words.append(word)
    return words


WORDS: list[str] = list(dict.fromkeys(_INSTRUCTION_WORDS + _pattern_words()))

# Common English words that are never typos of a vocabulary word, however close they are.
COMMON_WORDS: frozenset[str] = frozenset(
    """
    the and for are but not you all any can had her was one our out day get has him his how man
    new now old see two way who boy did its let put say she too use that with have this will your
    from they know want been good much some time very when come here just like long make many over
    such take than them well were what into also back after only most other then there these think
    shop stop shoe shoes site sale sold told hold fold cold bold gold food mood good wood look book
    tile time tide ride wide hide side size bite kite line fine mine nine wine pine dine lime sand
    land hand band bank tank thank blank black block clock lock rock sock tea team seam beam dream
    cream steam stream green queen seen teen keen been bean mean lean clean sweet sheet meet feet
    beat heat neat seat treat great grate plate late rate gate date mate hate fate lake cake bake
    take make fake wake sake sale tale pale male bale ball call fall hall tall wall mall small
    still skill fill fell tell sell well bell cell shell spell smell melt belt felt left lift gift
    shift shirt short sport spot shot hot not lot dot got pot rot cot cut but hut nut put out
    about shout south mouth north worth word work world would could should wood hood hook cook
    took nook brook crook broke smoke spoke joke poke coke code mode node rode more core bore
    wore store score snore shore sure pure cure lure lore sore tore four pour your hour sour
    tour our flour floor door poor moor boat coat goat float gloat bloat note vote quote
    older oldest
    later water waiter wait weight white while whale wheel when then than thin then them theme
    sip sips cup cups mug glass bottle can cans jar box pack bag sun moon star sky sea snow rain
    coffee brew cold milk latte tea juice soda lemon lemons beer wine water sugar salt
    run runs runner running shoe shoes sneaker sneakers skin serum face hair body dog cat pet
    today tonight tomorrow yesterday morning evening night week weekend month year
    free price deal deals offer sale save saving off buy order grab get try join shop book call
    yes yeah yep okay fine sure nope nah wait hmm oops actually maybe just kind sort
    lose lost keep kept need needs
    is am be do go so no on in at by to up of or if it me my we he us an as
    sorry looks love their perfect better nice probably honestly
    summer
    whiz whizz whizzes whizzing whizzed zoom zooms zooming zoomed whoosh whooshes
    """.split()
)
