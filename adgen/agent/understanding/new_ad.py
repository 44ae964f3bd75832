"""Does a message ask for a new ad? Told apart from an edit of the ad that is open.

Part of :mod:`adgen.agent.understanding`. A marketer with an ad open often starts the next one
without saying "new ad": "now one for our lemonade, 10s, playful", "great. now a 12s ad for our
decaf", "Lumen SPF 50 sunscreen, 15s, fresh summer vibe", "different product now: …". Applied
to the open ad, such a message changes its length and mood and loses the product (issue 12,
item 10), so it starts a new project instead.

``NEW_AD_ROWS`` is the table: one row per way of asking, each a pattern and whether it must also
name nothing of the open ad (no scene, no part of it: "make the hook one for our fans" is an
edit). The last kind, a bare product list, is a function: a named product first, then only
what a brief gives (a length, a mood, a scene count, colours).

``looks_like_brief`` says the same with no ad open, where a message with a length or a scene
count and a product ("three scenes, 9 seconds, for Glimmer nail polish") is a brief too.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.briefs import AD_NOUN, BRIEF_MOODS
from adgen.agent.understanding.product_words import product_nouns
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import find_colors, find_durations
from adgen.project import AdProject

_I = re.I
_LEAD = r"^\W*(?:(?:ok(?:ay)?|now|next|so|alright|great|cool|then|and|perfect|nice|thanks|yo|hey|also)\b[\s,.:!]*)*"
_PLATFORM = r"(?:instagram|insta|ig|tiktok|reels?|stories|story|youtube|facebook|fb|linkedin|snapchat|pinterest|feed|x)"
_PART = (
    r"(?:hook|cta|intro|outro|showcase|scene|slide|opening|ending|text|music|audio|product|background|"
    r"testimonial|review|problem|call\s+to\s+action|end\s+card|ad|video)"
)

# The kinds of ad, without the ones that are also a platform ("post it to TikTok for me").
_AD_NOUN_PLAIN = (
    r"(?:ads?|adverts?|advertisements?|commercials?|videos?|promos?|spots?|clips?|films?|teasers?|trailers?|"
    r"campaigns?|bumpers?|pre-?rolls?)"
)
# (name, pattern, must name nothing of the open ad)
NEW_AD_ROWS: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (name, re.compile(pattern, _I), guarded)
    for name, pattern, guarded in (
        (
            "explicit",
            # ("a 10 second version as a separate ad" is a variant of this one: no new ad)
            rf"(?<!\bas\s)(?<!\bas\sa\s)\b(?:new|another|fresh|separate|different|brand[\s-]new)\s+(?:\w+\s+){{0,2}}?{AD_NOUN}\b"
            rf"(?!\s+(?:version|variant|variation|of\s+(?:this|it|the)))"
            rf"|\ba\s+second\s+{AD_NOUN}\b(?!\s+(?:version|variant|variation|of\s+(?:this|it|the)))"
            r"|\bstart\s+(?:over|a\s+new\s+(?:project|one))\b|\b(?:new|fresh|separate|brand[\s-]new)\s+(?:project|brief)\b"
            # ("let's do a new one from scratch, totally different product")
            r"|\b(?:new|fresh|another)\s+one\s+from\s+scratch\b|\b(?:totally|completely|entirely)\s+different\s+product\b"
            # ("now a brand new one for Lumen night cream, …, ending on '…'": its ending is the new ad's)
            # ("a new one please, for Harbor Yoga", "new one pls for the Fall Giving Drive": a courtesy
            # word between; round thirty b)
            r"|\b(?:brand[\s-]new|new|fresh|separate)\s+one(?:\s*,?\s*(?:please|pls|plz))?\s*,?\s+for\s+(?:our\s+|my\s+)?"
            rf"(?!(?:the\s+|this\s+|that\s+|its\s+)?(?:{_PART}|{_PLATFORM}|me|us|you)s?\b)\w",
            False,
        ),
        (
            "heading",
            _LEAD + r"(?:let'?s\s+(?:do|make|try|start)\s+)?(?:an?\s+)?"
            # ("new one please - Volt Kids …": a courtesy word between the heading and its mark)
            r"(?:brief|(?:new|fresh)\s+(?:ad|brief|product|campaign|one|project)|(?:a\s+)?different\s+product(?:\s+now)?|"
            r"another\s+(?:product|one|ad)|next\s+(?:ad|product|one))(?:\s+(?:please|pls|plz|now|then))?\s*[:\u2013\u2014-]"
            r"|\b(?:different|another|new|next)\s+product(?:\s+now)?\s*[:\u2013\u2014-]",
            False,
        ),
        (
            # "make a video for our cold brew", "can u whip up a 15 sec ad for our iced tea"
            "an ad for",
            rf"\b(?:an?|one|another)\s+(?:[\w:.'-]+\s+){{0,4}}?{AD_NOUN}\s+(?:for|about|promoting|advertising|"
            rf"selling|featuring|showcasing|introducing|to\s+(?:sell|promote|launch))\s+"
            rf"(?!(?:the\s+|this\s+|that\s+|its\s+)?(?:{_PART}|{_PLATFORM})\b)",
            False,
        ),
        (
            # "15 s ad for our cold brew, energetic", "Ad for NovaBrush …": the kind of ad first
            "bare ad for",
            _LEAD
            + rf"(?:an?\s+)?(?:(?!(?:the|this|that|its|our|my)\b)[\w:.'-]+\s+){{0,3}}?{_AD_NOUN_PLAIN}\s+for\s+"
            rf"(?!(?:the\s+)?(?:{_PART}|me|us|you)\b)",
            False,
        ),
        (
            # "next: Pebble smartwatch, 20s, sleek, 4 scenes": the next one, named after a colon
            "next:",
            r"^\W*(?:ok(?:ay)?\W+|so\W+|and\W+)?(?:next|up\s+next|next\s+up)\s*:\s*(?-i:[A-Z])",
            True,
        ),
        (
            # "5 scenes, 25 seconds, ad for Cloudnest pillows — go": "ad for …" as one item of a list
            "listed ad for",
            rf"[,;\n]\s*(?:(?:and|an?)\s+)*{_AD_NOUN_PLAIN}\s+(?:for|about|promoting)\s+"
            rf"(?!(?:the\s+|this\s+|that\s+|its\s+)?(?:{_PART}|{_PLATFORM}|me|us|you)\b)",
            True,
        ),
        (
            # "now one for our lemonade", "a 20s one for our reed diffuser", "another one for our …"
            "one for our",
            # ("a square one for the feed" is this ad's format: the article is no way round the platform)
            # ("another one plz for our Ember candle", "ok one more for Kettle Club tea": a courtesy
            # word between, or "one more" then a name; round thirty b)
            rf"\banother(?:\s+one)?\s*,?\s*(?:please|pls|plz)\s*,?\s+for\s+(?:our|my|the|a|an)?\s*"
            rf"(?!(?:(?:the|our|my|a|an)\s+)?(?:{_PART}|{_PLATFORM})s?\b)\w"
            rf"|\bone\s+more(?:\s*,?\s*(?:please|pls|plz))?\s*,?\s+for\s+(?:(?:our|my|the)\s+)?(?-i:[A-Z])"
            rf"|\b(?:an?|another|one\s+more)\s+(?:[\w:.'-]+\s+){{0,3}}?one\s+for\s+(?:our|my|the|a|an)?\s*"
            rf"(?!(?:(?:the|our|my|a|an)\s+)?(?:{_PART}|{_PLATFORM})s?\b)\w"
            rf"|{_LEAD}(?:let'?s\s+|can\s+(?:you|we)\s+|please\s+)?(?:make|do|create)?\s*(?:one|another(?:\s+one)?)\s+"
            rf"for\s+(?:our\s+|my\s+)?(?!(?:the\s+)?(?:{_PART}|{_PLATFORM}|me|us|you)s?\b)\w",
            True,
        ),
        (
            # "now let's do our new granola bars: 12s", "next up, our oat milk"
            "our new product",
            _LEAD
            + r"(?:let'?s\s+(?:do|make|try)|(?:now\s+)?(?:do|make)|next(?:\s+up)?\s*:?|up\s+next\s*:?)\s+"
            rf"(?:one\s+for\s+)?(?:our|my)\s+(?:new\s+)?(?!(?:{_PART}|{_PLATFORM}|logo|font|colou?rs?|brand|tagline)s?\b)\w",
            True,
        ),
        (
            # "same thing but for our decaf", "the same ad for our iced tea"
            "same for another product",
            r"\bsame\s+(?:thing|ad|one|video|again|idea|deal)\b.{0,20}?\bfor\s+(?:our|my|the)\s+"
            rf"(?!(?:{_PART}|{_PLATFORM})s?\b)\w",
            True,
        ),
        (
            # Another language, with an ad open (round twenty-eight): "nueva: un anuncio de 15
            # segundos para nuestra panadería", "nouveau : une pub pour …", "neue Anzeige: …",
            # "新しい広告：…" (read as an edit, the open ad was offered 15 s)
            "foreign new ad",
            r"^\W*(?:nuev[oa]s?|nouveau|nouvelle|neue[snr]?|nuov[oa]|nov[oa]|otr[oa])"
            r"(?:\s+(?:anuncio|v[ií]deo|spot|comercial|pub|publicit[ée]|annonce|vid[ée]o|anzeige|werbung|werbespot|clip|annuncio))?"
            r"\s*[:\u2013\u2014-]"
            r"|\b(?:nuev[oa]|otr[oa])\s+(?:anuncio|v[ií]deo|spot|comercial)\b"
            r"|\b(?:nouveau|nouvelle|autre)\s+(?:pub|publicit[ée]|annonce|vid[ée]o|spot|clip)\b"
            r"|\b(?:neue[snr]?|andere[snr]?)\s+(?:anzeige|werbung|werbespot|video|spot|clip)\b"
            # (Japanese is read through the word table first: "新しい the ad ：パン屋 15 seconds the ad")
            r"|(?:新しい|別の)\s*(?:広告|動画|ビデオ|CM|(?:the\s+)?(?:ad|video|commercial)\b)",
            False,
        ),
        (
            # "un anuncio de 15 segundos para nuestra panadería", "une pub de 15 secondes pour notre
            # boulangerie", "eine Anzeige für unsere Bäckerei": an ad for something (not for a scene)
            "foreign ad for",
            r"\b(?:un|una|otro|otra)\s+(?:anuncio|v[ií]deo|spot|comercial)\s+(?:de\s+\d+\s*\w+\s+)?(?:para|sobre)\s+"
            r"(?:nuestr[oa]s?|mi|mis|el|la)\b"
            r"|\b(?:une?|autre)\s+(?:pub|publicit[ée]|annonce|vid[ée]o|spot)\s+(?:de\s+\d+\s*\w+\s+)?(?:pour|sur)\s+"
            r"(?:notre|nos|mon|ma|mes)\b"
            r"|\b(?:eine?|neue[snr]?)\s+(?:anzeige|werbung|werbespot|video|spot)\s+(?:von\s+\d+\s*\w+\s+)?für\s+"
            r"(?:unser(?:e[nmrs]?)?|mein(?:e[nmrs]?)?)\b"
            # (as the word table leaves it: "an ad 20 seconds for our heladería")
            r"|\ban?\s+(?:ad|video|spot|commercial)\s+\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\s+for\s+(?:our|my)\b",
            True,
        ),
        (
            # "Zephyr fans ad, 20 seconds": a name, then the kind of ad (a name is capitalised)
            "named ad",
            r"(?-i:^\W*(?!(?:Make|Change|Set|Add|Remove|Use|Put|Move|The|This|That|Hook|CTA|Cta|Intro|Outro|Showcase|"
            r"Speed|List|Show|A|An|One|My|Our)\b)"
            rf"[A-Z][\w'&-]*(?:\s+[\w'&-]+){{0,3}}\s+{AD_NOUN}\s*(?:[,.:;\u2013\u2014-]|$))",
            False,
        ),
    )
)
# Starts a "same settings" brief: the open ad's length and mood carry over.
SAME_AS_OPEN_RE = next(p for name, p, _ in NEW_AD_ROWS if name == "same for another product")

_EDIT_WORDS_RE = re.compile(
    r"\b(?:make|change|set|turn|put|move|add|remove|delete|swap|use|give|render|undo|redo|hide|show|"
    r"bigger|smaller|louder|quieter|brighter|darker|shorter|longer|it|its|them|this|that)\b",
    _I,
)
_SCENE_COUNT_RE = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:scenes|shots|parts|slides)\b", _I
)
_MOOD_WORD_RE = re.compile(
    r"\b(?:" + "|".join(pattern for pattern, _ in BRIEF_MOODS) + r")\b"
    r"|\b(?:vibes?|mood|feel|tone|summer|winter|spring|autumn|cosy|cozy|colou?rful|bright|dark)\b",
    _I,
)
_FILLER_RE = re.compile(
    r"\b(?:and|a|an|the|with|in|for|of|same|very|really|super|bit|little|more|please|pls|total|long|"
    r"seconds?|secs?|sec|s|brand|colou?rs?|palette)\b|[\W\d_]+",
    _I,
)


def is_new_ad_request(masked: str, project: AdProject | None = None) -> bool:
    """A request for another ad while ``project`` is open (see the module docstring)."""
    names_open_ad = None
    for _, pattern, guarded in NEW_AD_ROWS:
        if not pattern.search(masked):
            continue
        if guarded:
            if names_open_ad is None:
                names_open_ad = _names_open_ad(masked, project)
            if names_open_ad:
                continue
        return True
    return (
        is_product_list(masked) and not _names_open_ad(masked, project) and not _same_product(masked, project)
    )


def _same_product(masked: str, project: AdProject | None) -> bool:
    """ "Northwind cold brew, 10s" with the cold brew ad open names this ad, not a new one."""
    first = re.split(r"\s*[,;\n]\s*", masked, maxsplit=1)[0].lower()
    return any(re.search(rf"\b{re.escape(n)}\b", first) for n in product_nouns(project))


def _names_open_ad(masked: str, project: AdProject | None) -> bool:
    if project is None:
        return False
    return any(r.kind != "all" for r in find_scene_refs(masked, project, []))


def is_product_list(masked: str) -> bool:
    """ "Lumen SPF 50 sunscreen, 15s, fresh summer vibe": a named product first (no edit words),
    then only what a brief gives, with a length or a scene count among them."""
    items = [i.strip() for i in re.split(r"\s*[,;\n]\s*|\s+[-\u2013\u2014]\s+", masked) if i.strip()]
    if len(items) < 2:
        return False
    first, rest = items[0], items[1:]
    if (
        not re.match(r"^\W*[A-Z]", first)
        or _EDIT_WORDS_RE.search(first)
        or re.search(r"\bscenes?\b", first, _I)
    ):
        return False
    if find_durations(first) or _SCENE_COUNT_RE.search(first) or find_colors(first):
        return False
    if _VERSION_NAME_RE.match(first):
        return False  # "B version, 10s", "Version C - 15 seconds": a version of this ad, no product
    sized = any(find_durations(i) or _SCENE_COUNT_RE.search(i) for i in rest)
    return sized and all(_brief_item(i) for i in rest)


# A version of the open ad named as a list's first item ("B version", "a B cut", "Version C", "variant 2").
_VERSION_NAME_RE = re.compile(
    r"^\W*(?:(?:an?|the|another|new|one\s+more)\s+)?(?:(?:(?-i:[B-H])|second|third|alt(?:ernative|ernate)?|other|test)"
    r"\s+(?:version|cut|variant|variation|edit|take|cell)|(?:version|cut|variant|variation|cell)\s+(?:(?-i:[B-H])|2|3|two|three))\W*$",
    _I,
)


# What else a brief's list may ask for ("…, with a voiceover", "captions on"): one row a kind.
BRIEF_EXTRAS: tuple[str, ...] = (
    r"voice[\s-]?overs?|narrat(?:ion|ed|or)|(?:a\s+)?voice",
    r"captions?|subtitles?",
    r"music|soundtrack",
)
_EXTRA_ITEM_RE = re.compile(
    r"\b(?:with|and|plus|incl(?:uding)?\.?)?\s*(?:a\s+|an\s+|some\s+)?(?:"
    + "|".join(BRIEF_EXTRAS)
    + r")(?:\s+on)?\b",
    _I,
)


# A brief's item that gives the ending's or the opening's words ("end with 'Book your checkup'",
# "cta 'Sip different'") or its scenes ("scenes: hook then problem then cta").
_WORDS_OR_SCENES_ITEM_RE = re.compile(
    r"^(?:(?:end(?:ing|s)?|close|finish)(?:\s+(?:with|on))?|(?:open|start)(?:ing)?\s+(?:with|on)|cta|call\s+to\s+action|"
    r"tagline|slogan|hook)\s*:?\s*\ue000.\W*$"
    r"|^scenes?\s*:\s*(?:hook|intro|opening|problem|product|showcase|demo|reviews?|testimonials?|social\s+proof|cta|"
    r"then|and|the|a|an|[,>/\s-])+$"
    # ("…, scenes: hook, showcase, cta": the list's later items are its roles, one an item)
    r"|^(?:hook|intro|problem|showcase|demo|reviews?|testimonials?|social\s+proof|cta|outro)$",
    _I,
)


# A catalogue detail of what is sold, as a list's item ("12oz bag", "500 ml", "3-pack", "sizes 6-13",
# "20% off", "free shipping over $50", "BOGO", "code TRAIL20", "olive colourway": round thirty b).
_CATALOGUE_ITEM_RE = re.compile(
    r"^(?:(?:a|an|the|in|every|each)\s+)?(?:"
    r"\d+(?:\.\d+)?\s*-?\s*(?:oz|fl\.?\s*oz|ml|cl|l|g|kg|lbs?|pack|pk|pcs|pieces|count|ct|capsules|tablets)"
    r"(?:\s+(?:bag|bottle|jar|tin|tube|box|can|pouch|pack|size))?"
    r"|sizes?\s+[\w./-]+(?:\s*(?:-|to|–)\s*[\w./]+)?|(?:[\w/-]+\s+){1,2}colou?r-?ways?"
    r"|(?:up\s+to\s+)?\d+\s*%\s*off(?:\s+(?:everything|sitewide|storewide|this\s+week|today|with\s+code\s+\w+))?"
    r"|free\s+(?:shipping|delivery|returns)(?:\s+over\s+[$€£]?\d+)?|bogo|b1g1|buy\s+\w+\s+get\s+\w+(?:\s+free)?"
    r"|(?:promo\s+|discount\s+)?code\s+[A-Z0-9]+"
    r")\W*$",
    _I,
)


def _brief_item(item: str) -> bool:
    """A length, a scene count, colours or a mood: nothing that edits."""
    if _WORDS_OR_SCENES_ITEM_RE.search(item) or _CATALOGUE_ITEM_RE.match(item):
        return True
    if _EDIT_WORDS_RE.search(item):
        return False
    spans = [(d.start, d.end) for d in find_durations(item)]
    spans += [m.span() for m in _SCENE_COUNT_RE.finditer(item)]
    spans += [(c.start, c.end) for c in find_colors(item)]
    spans += [m.span() for m in _MOOD_WORD_RE.finditer(item)]
    spans += [m.span() for m in _EXTRA_ITEM_RE.finditer(item)]
    chars = list(item)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return not _FILLER_RE.sub("", "".join(chars)).strip() and bool(spans)


def looks_like_brief(masked: str) -> bool:
    """Words that describe an ad to make, with no ad open yet: the kind of ad, a product to
    promote, or a length or scene count next to a product ("three scenes, 9 seconds, for
    Glimmer nail polish", "Salt & Stone deodorant, 15 sec, 3 scenes")."""
    if _BRIEF_CUE_RE.search(masked) or is_product_list(masked):
        return True
    sized = find_durations(masked) or _SCENE_COUNT_RE.search(masked)
    return (
        bool(sized)
        and bool(re.search(r"\bfor\s+(?:our|my|the|a|an)?\s*[A-Za-z]", masked))
        and not (re.match(r"^\W*(?:make|set|change|cut|trim|shorten|extend)\b", masked, _I))
    )


_BRIEF_CUE_RE = re.compile(
    rf"\b{AD_NOUN}\b|\b(?:promote|promoting|sell|selling|advertise|advertising|launch|launching|"
    r"market|marketing)\b|\bfor\s+(?:our|my)\s+\w|\bbrief\b"
    # "something moody and cinematic for Nightjar gin": something, for a name (no ad open yet)
    r"|\b(?:something|anything)\b[^.?!\n]{0,60}?\bfor\s+(?:the\s+)?(?-i:[A-Z])[\w&'-]+"
    # "- product: Aero standing desk": a line that labels the product opens a brief
    r"|^[\s\-*•\d.)]*product\s*:\s*\S"
    # "Spec: 4 scenes (…). 24 s. Product: Nimbus Pillow.": a sentence that labels the product
    r"|(?:^|(?<=[.!?]\s))product\s*:\s*\S",
    _I | re.M,
)

__all__ = ["NEW_AD_ROWS", "SAME_AS_OPEN_RE", "is_new_ad_request", "is_product_list", "looks_like_brief"]
