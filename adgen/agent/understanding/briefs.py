"""A brief (a request for a new ad) read from free text into a :class:`Brief`.

Part of the offline parser (:mod:`adgen.agent.understanding.message`). What is read, and from where:

- ``brand_name``: "our brand is called X", "brand: X", "we're X", "for X, our ...", a
  capitalised possessive ("Northwind's cold brew"), "from X", "for X" when X is capitalised;
- ``product``: the words after "an ad for/about/promoting/selling ...", or before "ad"
  ("a cold brew ad"), up to a comma or a word that starts another detail;
- ``colors``: colour names and hex values next to "colours/palette/scheme/tones/brand"
  ("brand colours navy and gold", "in teal and white colours", "palette: #112233"), any hex;
- ``duration_sec``: the first duration ("20s", "half a minute", "a :30 spot");
- ``mood``: a mood word (canonical values shared with the style table of the parser);
- ``audience``: "aimed at / targeting / for <people>" ("for busy parents", "gen z");
- ``tagline`` and ``cta_text``: "tagline: ...", "CTA: 'Shop now'", "end with 'Order today'".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from adgen.agent.understanding.local_names import EVENT_KINDS, LOCAL_NAME_RES
from adgen.agent.understanding.names_before_kinds import named_before_kind
from adgen.agent.understanding.normaliser import fix_units, in_dictionary, is_english
from adgen.agent.understanding.product_typos import corrected_product
from adgen.agent.understanding.quotes import mask_quotes
from adgen.agent.understanding.trade_names import TRADE_NAME_RES
from adgen.agent.understanding.values import (
    PLACEHOLDER_MARK,
    Quoted,
    find_colors,
    find_durations,
    number_value,
    text_value,
    unmask,
)
from adgen.pipeline.types import Brief
from adgen.project import AdProject
from adgen.tools import operations as ops

AD_NOUN = (
    r"(?:ads?|adverts?|advertisements?|commercials?|videos?|promos?|spots?|reels?|clips?|films?|"
    r"teasers?|trailers?|campaigns?|tiktoks?|stories|story|shorts?|spot|bumpers?|pre-?rolls?)"
)

_STOP = (
    # ("1. Product: Quill notebooks 2. Duration: 15s": the next numbered item ends it)
    r"(?=\s*(?:[,;:!?()\u2013\u2014]|\.(?:\s|$)|\s-\s|$|\n|\s[\u2022*\u00b7]\s|(?<=\s)\d{1,2}[.)]\s|\b(?:with|that|which|who|in\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}?"
    r"(?:colou?rs?|palette|tones|style|mood|vibe)|in\s+(?=\S+\s+and\b)|in\s+(?:\d+|two|three|four|five|six)\s+(?:scenes|shots|parts)\b|using|featuring|targeting|aimed|targeted|"
    r"geared|directed|for\s+(?:people|young|busy|new|gen|millennials|moms|dads|parents|students|kids|teens|"
    r"women|men|families|runners|gamers|professionals|athletes|seniors|fans|lovers|everyone)|"
    r"to\s+(?:run|post|be\s+posted|air|publish|launch)|on\s+(?:instagram|tiktok|youtube|facebook|linkedin)|"
    r"around|about\s+\d|lasting|and\s+(?:make|use|render|keep|end|put|then|include|add|it|need|needs|want|wants|would|i|we|am|are|looking|could|can)|\d+\s*(?:s|sec|secs|seconds|minutes?)\b|"
    r"brand|mood|vibe|feel|tone|tagline|slogan|cta|call\s+to\s+action|please|called|named|asap|urgently|"
    # "… bike lights 🚲 could you whip up …": the request to adgen starts, the product has ended
    r"(?:could|can|would|will)\s+(?:you|u)|pls|make\s+(?:us|me|a|an))\b"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]))"
)
_PLATFORM_WORDS = (
    r"instagram|insta|ig|tiktok|youtube|facebook|fb|reels|stories|shorts|socials?|social\s+media|the\s+feed|"
    r"linkedin|pinterest"
)
_PRODUCT_RES = (
    re.compile(
        rf"\b{AD_NOUN}\s+(?:for|about|promoting|selling|showcasing|featuring|introducing|advertising|"
        # ("an ad for instagram stories": where it runs, not what it sells)
        rf"of|to\s+(?:sell|promote|launch|introduce))\s+(?!(?:the\s+)?(?:{_PLATFORM_WORDS})\b)(?P<p>.+?){_STOP}",
        re.I,
    ),
    re.compile(
        rf"\b(?:promote|promoting|sell|selling|advertise|advertising|launch|launching|showcase|showcasing|"
        rf"introduce|introducing)\s+(?P<p>.+?){_STOP}",
        re.I,
    ),
    # "we make hand-poured candles", "I bake sourdough": what a small business makes
    re.compile(
        rf"\b(?:we|i)\s+(?:make|craft|brew|bake|roast|produce|design|knit|sew|build)\s+"
        rf"(?!(?:an?|the|this|it|that|ads?|videos?)\b)(?P<p>.+?){_STOP}",
        re.I,
    ),
    re.compile(rf"\bproduct(?:\s+now)?\s*(?:is|:|=)\s*(?P<p>.+?){_STOP}", re.I),
    re.compile(rf"\bfor\s+(?P<p>(?:our|my)\s+.+?){_STOP}", re.I),
    re.compile(rf"\b(?:but|just|now|again)\s+for\s+(?P<p>(?:the|our|my)\s+.+?){_STOP}", re.I),
    re.compile(rf"\b(?:do|make|try)\s+(?:one\s+for\s+)?(?:our|my)\s+(?:new\s+)?(?P<p>.+?){_STOP}", re.I),
    re.compile(rf"\b(?:an?|our|my)\s+(?P<p>[^,.;:!?]{{2,60}}?)\s+{AD_NOUN}\b", re.I),
)
_PRODUCT_NOISE_RE = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?\s*-?\s*(?:s|sec|secs|seconds?|minutes?|mins?)|half[\s-]a[\s-]minute|a[\s-]minute|"
    r"short|quick|new|fun|funny|simple|punchy|cool|great|nice|catchy|vertical|square|social|video|"
    r"instagram|tiktok|youtube|facebook|\w+-second|energetic|calm|luxurious|premium|playful|bold|"
    r"upbeat|elegant|modern|minimal|cinematic|dramatic|professional|little|brief|snappy|"
    r"totally|completely|entirely|whole|different|separate|another|second)\b",
    re.I,
)
_ARTICLES_RE = re.compile(r"^(?:(?:our|my|the|a|an|their|his|her|this|these|some)\s+)+", re.I)

# The kinds of business a name follows ("my candle shop Wick & Wonder"): one row per word.
BUSINESS_NOUN = "|".join(
    (
        "shop",
        "store",
        "studio",
        "bakery",
        "salon",
        "boutique",
        "space",
        "room",
        "gym",
        "restaurant",
        "bar",
        "brand",
        "company",
        "business",
        "startup",
        "app",
        "agency",
        "clinic",
        "label",
        "brewery",
        "roastery",
        "spa",
        "school",
        "truck",
        "rescue",
        "charity",
        "shelter",
        "market",
        # (dev19: local businesses named after their kind, "my pizza place Nonna Rosa"; not "café":
        # in Portuguese and Spanish it is the coffee too, "nosso café Aurora")
        "place",
        "cafe",
        "barbershop",
        "barber",
        "pizzeria",
        "bistro",
        "diner",
        "taverna",
        "tavern",
        "parlou?r",
        "dental",
        "practice",
        "center",
        "centre",
        # (round thirty-seven b: a product of a kind that carries its own name, "our mobile game
        # Tiny Kingdoms", "my podcast Night Shift", "our album Blue Hours")
        "game",
        "podcast",
        "album",
        "newsletter",
    )
)
_CAP_WORD = r"[A-Z0-9][\w&+'-]*(?:\.\w+)*"
# ("Sol de Mayo", "Casa del Mar": a name's particle between two of its capitalised words)
_CAP_NAME = rf"(?:{_CAP_WORD}(?:[ \t]+(?:(?:&|de|del|da|di|du|van|von|der)[ \t]+)?{_CAP_WORD}){{0,4}})"
# A name of capitalised words that start with a letter ("Petal & Stem", not "Petal & Stem 15").
_CAP_ALPHA_NAME = r"(?:[A-Z][\w&+'-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&+'-]*){0,4})"
_NOT_BRANDS = {
    "instagram",
    "tiktok",
    "facebook",
    "youtube",
    "linkedin",
    "reels",
    "stories",
    "christmas",
    "easter",
    "halloween",
    "black friday",
    "cyber monday",
    "valentine",
    "valentine's day",
    "mother",
    "father",
    "mothers",
    "fathers",
    "gen z",
    "i",
    "we",
    "our",
    "my",
    "make",
    "create",
    "today",
    "new year",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "monday",
    "friday",
    "saturday",
    "sunday",
    "please",
    "hi",
    "hey",
    "the",
    "a",
    "an",
    "it",
    "this",
    "ad",
    "cta",
}
# "its for my food truck called tacos el guero": a business, then its name as dictated (no
# capitals), to the end of the clause; written with capitals ("Tacos El Guero").
_DICTATED_NAME_RE = re.compile(
    rf"\b(?:[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{BUSINESS_NOUN})\s+(?:called|named)\s+"
    r"(?P<n>[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*){0,3})(?=\s*(?:[,;:.!?]|$))"
)
# "Midnight Static live at the Blue Door": a band (or act) playing live at a venue; the act is the
# brand, the show the product.
# "for my candle brand wick & wonder, cozy vibes": a creator's brand named in small letters after
# "brand" (or "label"), to the end of the clause (round thirty b). Words that go on about the brand
# ("my brand new candle", "my skincare brand please") are no name.
_LOWER_BRAND_RE = re.compile(
    r"\b(?:[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){0,2}(?:brand|label)\s+"
    r"(?!(?:new|is|was|called|named|name|names|and|or|but|with|for|in|on|at|to|that|which|who|please|pls|plz|"
    r"asap|now|today|too|again|here|there|online|account|page|colou?rs?|fonts?|guidelines?|kit|voice|look|"
    r"launch|identity|story)\b)"
    r"(?P<n>[a-z][\w'&-]*(?:\s+[a-z&][\w'&-]*){0,3})"
    r"(?=\s*(?:[,;:.!?]|$)|\s+(?:needs|wants|is\s+looking\s+for|would\s+like)\s)"
)
# The same in a message with no capital letter: a business (or "line"), then its name, or the name
# after "called" / "named", or the business a "pov" runs; never words that go on about it ("my
# bakery downtown", "my shop in leeds", "my shop please").
_LOWER_NAME_WORD = (
    r"(?!(?:new|is|was|called|named|name|and|or|but|with|for|in|on|at|near|by|to|that|which|who|"
    r"please|pls|plz|asap|now|today|too|again|here|there|online|downtown|nearby|locally|account|page|colou?rs?|"
    r"needs|wants|launch|the\s+(?:hook|cta|end|music))\b)"
)
_LOWER_NAME_RE = re.compile(
    rf"\b(?:our|my)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{BUSINESS_NOUN}|line|brand|label|page|channel)\s+{_LOWER_NAME_WORD}"
    r"(?P<n>[a-z][\w'&-]*(?:\s+[a-z&][\w'&-]*){0,3})"
    r"(?=\s*(?:[,;:.!?]|$)|\s+(?:needs|wants|is\s+looking\s+for|would\s+like)\s)"
    rf"|\b(?:called|named)\s+{_LOWER_NAME_WORD}(?P<n2>[a-z][\w'&-]*(?:\s+[a-z&][\w'&-]*){{0,3}})(?=\s*(?:[,;:.!?]|$))"
)
# "Riverbend Animal Rescue needs a 30 second adoption ad": a name of two or more capitalised words
# opening the message, then that it needs an ad (one word may be a person: "Priya needs an ad").
_NAME_NEEDS_RE = re.compile(
    r"^\W*(?P<n>[A-Z][\w&'-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'-]*){1,4})\s+"
    r"(?:needs|wants|is\s+looking\s+for|would\s+like)\s+(?:an?|some|one|another|a\s+new)\s"
)
_LIVE_AT_RE = re.compile(rf"(?P<n>{_CAP_NAME})\s+(?:live|playing|plays|performing)\s+(?:at|in)\s+")
_BRAND_RES = (
    # "brand: Lumo", "our brand is called X": said outright, before any guess.
    re.compile(
        rf"\b(?:brand(?:\s+name)?|company(?:\s+name)?|business|shop|store|startup|(?<=new\s)client"
        # ("for my studio of pilates, the name is Core Haven", "its name is Blue Lotus")
        rf"|(?<=the\s)name|(?<=its\s)name|(?<=it's\s)name|(?<=our\s)name|(?<=their\s)name)\s*"
        rf"(?:is\s+called|is\s+named|called|named|:|=|is)\s+(?P<n>{PLACEHOLDER_MARK}.|[^\s,.;!?][^,.;!?\n]*?)"
        r"(?=\s*(?:[,.;!?\n]|\s[-\u2013\u2014]\s|$|\band\b|\bwith\b|\bwho\b|\bthat\b"
        # ("a shoe repair shop called Heel & Sole for thirty-one years": how long, no part of the name)
        r"|\b(?:for|since)\s+(?:(?:over|about|almost|nearly|some)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+"
        r"(?:years?|decades?|months?)\b|\bsince\s+\d{4}\b))",
        re.I,
    ),
    _LIVE_AT_RE,
    # "POV: you run Crumb Club cookies and need a 10s ad": a creator's "pov", the business "you" run
    re.compile(
        rf"\b(?i:pov)\s*:\s*(?:[Yy]ou|[Uu])\s+(?:run|own|started|founded|sell|make|are)\s+(?P<n>{_CAP_NAME})"
        r"(?=\s*(?:[,;:.!?]|$)|\s+[a-z])"
    ),
    # "we just signed Quillmate, an AI writing assistant", "we've landed Mossy Stone Pottery as a
    # client": an agency's new client, the brand the ad is for (round twenty-eight g)
    re.compile(
        rf"\b(?:[Ww]e|I)(?:['’]ve|\s+have)?\s+(?:just\s+|recently\s+)?(?:signed|landed|onboarded|won|picked\s+up)"
        rf"(?:\s+(?:on|up))?\s+(?:a\s+new\s+client\s*[,:-]?\s*)?(?P<n>{_CAP_NAME})"
        r"(?=\s*(?:[,;:.!?()\u2013\u2014]|\s-\s|$)|\s+as\s+(?:a\s+|our\s+)?(?:new\s+)?client)"
    ),
    # "under the name Kiln and Clay": the name they trade under ("and" may join its words)
    re.compile(
        rf"\bunder\s+the\s+(?:name|brand|label)\s+(?P<n>{PLACEHOLDER_MARK}.|{_CAP_WORD}"
        rf"(?:[ \t]+(?:(?:and|&|of|the)[ \t]+)?{_CAP_WORD}){{0,4}})"
    ),
    # "product is Glint, a window cleaner": the product named outright, then what it is
    re.compile(
        rf"\b[Pp]roduct(?:\s+name)?\s+(?:is\s+(?:called\s+)?|:\s*)(?P<n>{_CAP_NAME})(?=\s*(?:[,;.!?]|\s-\s|$))"
    ),
    # "product is SnapLite ring light, 10s": a coined name (a capital inside it), then what it is
    re.compile(r"\b[Pp]roduct(?:\s+name)?\s+is\s+(?P<n>[A-Z][a-z]+[A-Z][\w-]*)(?=\s+[a-z])"),
    # "the spring sale at Verde Garden Centre": the business holding the sale
    re.compile(
        rf"\b(?:sale|event|opening|launch|offer|deal|promo|open\s+day|festival|(?i:appeal|drive|fundraiser|gala|giveaway))"
        rf"\s+(?:at|from|for)\s+(?:the\s+)?"
        rf"(?P<n>{_CAP_NAME})"
    ),
    # "Different product: Aurora scented candles": the capitalised name before the product words.
    re.compile(
        rf"\b(?:product|brief|ad|one|please|spot|video|promo|next|up\s+next)\s*:\s*(?:an?\s+|the\s+)?(?P<n>{_CAP_NAME})\s+(?=[a-z])"
    ),
    # "Brief: Kettle Club loose-leaf tea, 15s": the label capitalised, a name of letters after it
    re.compile(rf"\bBrief\s*:\s*(?P<n>{_CAP_ALPHA_NAME})\s+(?=[a-z])"),
    re.compile(rf"\b(?:[Ww]e(?:'re|’re|\s+are)|[Ii](?:'m|’m|\s+am))\s+(?P<n>{_CAP_NAME})"),
    re.compile(rf"\b(?:called|named)\s+(?P<n>{PLACEHOLDER_MARK}.|{_CAP_NAME})"),
    # "we sell Glowtrail bike lights": the name of what they sell or make
    re.compile(
        rf"\b(?:[Ww]e|I)\s+(?:sell|make|brew|bake|run|own|launched|are\s+launching)\s+(?P<n>{_CAP_NAME})\s+(?=[a-z])"
    ),
    # "my sister and I run Saltmarsh Ceramics, handmade mugs", "we own Tidewater Bakery.": the
    # business they run, named before a pause
    re.compile(
        rf"\b(?:[Ww]e|I|[Mm]e\s+and\s+my\s+\w+)\s+(?:(?:co-?)?run|own|started|founded|opened)\s+(?P<n>{_CAP_NAME})"
        r"(?=\s*(?:[,;:!?()\u2013\u2014]|\.(?:\s|$)|\s-\s|$))"
    ),
    # "we're launching Pebblebox, it's a subscription box …": the name launched, then its description
    re.compile(
        rf"\b(?:[Ww]e(?:'re|’re|\s+are)|I(?:'m|’m|\s+am))\s+(?:launching|introducing|releasing|opening|debuting)\s+"
        rf"(?P<n>{_CAP_NAME})(?=\s*[,;:.!?\u2013\u2014]|\s+-\s)"
    ),
    # "so we're launching Sunbake sunscreen next month": the name launched, then what it is
    # (round thirty-seven d)
    re.compile(
        rf"\b(?:[Ww]e(?:'re|’re|\s+are)|I(?:'m|’m|\s+am))\s+(?:launching|introducing|releasing|debuting)\s+"
        rf"(?P<n>{_CAP_NAME})\s+(?=[a-z])"
    ),
    re.compile(rf"\b[Bb]rand\s+(?P<n>{_CAP_NAME})"),
    # "I help out at Paws Haven animal rescue", "I volunteer for Green Hands": where they work
    re.compile(
        rf"\b(?:[Ww]e|I)\s+(?:(?:help\s+out|volunteer|work)\s+(?:at|for|with))\s+(?:the\s+)?(?P<n>{_CAP_ALPHA_NAME})"
        r"(?=\s*(?:[,;:.!?()\u2013\u2014]|\s-\s|$)|\s+[a-z])"
    ),
    _DICTATED_NAME_RE,
    _LOWER_BRAND_RE,
    _NAME_NEEDS_RE,
    # "Brightwave Insurance 30s ad, trustworthy": a name of capitalised words, its length, the kind of ad
    re.compile(
        r"^\W*(?P<n>(?!(?:New|Another|Next|Different|Fresh|Make|Need|The|A|An|Our|My)\b)[A-Z][\w&'-]*"
        r"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'-]*){0,4})\s+\d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?)\s+"
        r"(?:ad|advert|video|spot|promo|commercial|clip)\b"
    ),
    # "our new kombucha, Fizzwell.", "for my hot sauce, Ember & Ash, …": a product of theirs, then
    # its name set off by a comma
    re.compile(
        rf"\b(?:[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*\s*,\s*(?P<n>{_CAP_NAME})"
        r"(?=\s*(?:[,;:!?()\u2013\u2014]|\.(?:\s|$)|\s-\s|$))"
    ),
    # "my candle shop Wick & Wonder", "our coworking space 'The Hive'", "the salon Chez Margot": a
    # business, then its name
    re.compile(
        rf"\b(?:[Oo]ur|[Mm]y|[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{BUSINESS_NOUN})\s+"
        rf"(?P<n>{PLACEHOLDER_MARK}.|{_CAP_NAME})(?=\s*(?:[,;:!?()\u2013\u2014]|\.(?:\s|$)|\s-\s|$))"
    ),
    # "for the flower shop 'Petal'", "an ad for 'Luna', 15 seconds": a quoted name the ad is for
    re.compile(
        rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{BUSINESS_NOUN})\s+"
        rf"(?P<n>{PLACEHOLDER_MARK}.)(?=\s*(?:[,;:!?()\u2013\u2014]|\.(?:\s|$)|\s-\s|$))"
    ),
    re.compile(
        rf"\b(?:ad|advert|video|promo|commercial|spot)\s+for\s+(?P<n>{PLACEHOLDER_MARK}.)(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))"
    ),
    # "i run a small candle shop (Wick & Whim)": the name in brackets after the business
    re.compile(
        rf"\b(?:[Oo]ur|[Mm]y|[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{BUSINESS_NOUN})\s*\(\s*"
        rf"(?:called\s+|named\s+)?(?P<n>{PLACEHOLDER_MARK}.|{_CAP_NAME})\s*\)"
    ),
    # "my flower shop Petal & Stem 15 sec", "my store VELOCITY GRIPS phone grips": the name in
    # capitals, then the length or the product in lower case (words of letters only, so the
    # length stays out of the name)
    re.compile(
        rf"\b(?:[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{BUSINESS_NOUN})\s+"
        rf"(?P<n>{_CAP_ALPHA_NAME})(?=\s+(?:\d|[a-z]))"
    ),
    # ("20s spot for Luigi's, the pizza place": a possessive standing alone is the whole name)
    re.compile(r"\b(?:for|from|by)\s+(?P<n>[A-Z][\w-]*['’]s)(?=\s*(?:[,;.!?]|\s[-\u2013\u2014]\s|$))"),
    # ("an ad for Lola's Turon": a possessive before a capitalised word is part of the name; so
    # before where it is, "for Marco's Pizzeria in Leeds", "Joe's Barbers near York")
    re.compile(
        r"\b(?:for|from|by)\s+(?:the\s+)?(?P<n>[A-Z][\w-]*['’]s(?:[ \t]+[A-Z][\w&+'-]*){1,3})"
        r"(?=\s*(?:[,;.!?]|$)|[ \t]+(?:in|near|on|at)[ \t]+[A-Z])"
    ),
    re.compile(rf"\b(?:for|from|by)\s+(?:the\s+)?(?P<n>{_CAP_NAME})['’]s?\s+\w"),
    re.compile(rf"(?P<n>{_CAP_NAME})['’]s\b"),
    # "an ad for coffee shop Kopi Senja, relaxed", "for kedai kopi Kopi Senja": what it is, with no
    # article, then its capitalised name ending the clause (round twenty-eight g)
    re.compile(
        r"\b[Ff]or\s+(?:(?!(?:the|a|an|our|my|their|his|her|this|that|these|next|in|at|on|from|with|by|of|to|"
        r"and|or|people|kids|women|men|moms|mums|dads|fans|lovers|everyone|anyone)\b)[a-z][\w-]*\s+){1,3}"
        rf"(?P<n>{_CAP_NAME})(?=\s*(?:[,;!?]|\.(?:\s|$)|\s-\s|$))"
    ),
    # ("Fwd from Dana: …": who sent the brief on, a label before a colon, is no brand)
    re.compile(rf"\b(?:for|from|by)\s+(?:the\s+)?(?P<n>{_CAP_NAME})\b(?!\s*:)"),
    # "10s ad, Pawsome dog treats, cheerful", "Brew Lab coffee grinder ad - 15s": a list item that
    # is a capitalised name before lower-case product words (mid-message, or two capitalised
    # words: a single capitalised word opening the message may be just the first word).
    re.compile(
        rf"(?:[,;]|\s[\u2013\u2014-])\s*(?P<n>{_CAP_NAME})\s+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}"
        rf"\s*(?:[,;]|\s[\u2013\u2014-]|$))"
    ),
    re.compile(
        rf"^\s*(?P<n>{_CAP_WORD}[ \t]+{_CAP_WORD})\s+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}"
        rf"\s*(?:[,;]|\s[\u2013\u2014-]|$))"
    ),
    # "luxury watch ad, Orveau, 30s": a list item that is only a capitalised name
    re.compile(rf"(?:^|[,;]|\s[\u2013\u2014-])\s*(?P<n>{_CAP_NAME})\s*(?=[,;]|\s[\u2013\u2014-]|$)"),
)
# "Lumo kids night light, 15 s, cozy": one capitalised word opening the message, before
# lower-case product words, is the brand when it is a coined word (no dictionary word: "Cozy
# candle ad, 15 s" opens with an adjective, not a name).
_COINED_OPENING_RE = re.compile(
    rf"^\s*(?P<n>{_CAP_WORD})\s+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}\s*(?:[,;]|\s[\u2013\u2014-]|$))"
)
_BRAND_RES = (*_BRAND_RES, _COINED_OPENING_RE)
# The patterns that guess a name from a list item's shape: a brief word ("Energetic") is no name.
_SHAPE_GUESSES = frozenset({*_BRAND_RES[-4:-1]})
# "an ad for our coffee, Ethiopian beans": one capitalised word before product words that is an
# English adjective (of origin: "Ethiopian", "Japanese"; or of kind: "Organic") describes them.
_ITEM_BEFORE_PRODUCT_RE = _BRAND_RES[-4]
_DESCRIBING_END_RE = re.compile(r"(?:ian|ean|ese|an|ic|al|ous|ful|ive|ish)$", re.I)
_APPOSITIVE_RE = re.compile(r"^\s*,\s*(?:our|my|a|an|the)\s+(?P<p>.+?)" + _STOP, re.I)
# (round thirty-one e: "the latte at Bean There Cafe", "our event TechNight Nairobi:", tried last)
_BRAND_RES = (*_BRAND_RES, *LOCAL_NAME_RES)
# (round thirty-five e: "ClearView Opticians", "Spark & Sons electricians", right after "brand: X")
_BRAND_RES = (_BRAND_RES[0], *TRADE_NAME_RES, *_BRAND_RES[1:])

_COLOR_CONTEXT_RE = re.compile(r"\b(?:colou?rs?|palette|colou?r\s+scheme|scheme|tones|hues|theme)\b", re.I)
_COLOR_GAP_RE = re.compile(
    r"^[\s:=,()-]*(?:(?:are|is|of|in|like|use|using|with|be|should|the|our|brand|main|primary|"
    r"mostly|mainly|mostly|plus|and|to|its|their)\b[\s:=,()-]*)*$",
    re.I,
)
_COLOR_JOIN_RE = re.compile(r"^\s*(?:,|and|&|\+|/|or|plus|with)?\s*(?:and\s+)?$", re.I)
_IN_COLORS_RE = re.compile(r"\bin\s+$", re.I)
_ITEM_START_RE = re.compile(r"(?:^|[,;:.!?(\u2013\u2014-])\s*(?:(?:and|with|use|using)\s+)?$", re.I)
_ITEM_END_RE = re.compile(r"\s*(?:$|[,;.!?)\u2013\u2014-])")

# Mood words in a brief -> the canonical mood (same values as the parser's style table).
BRIEF_MOODS: tuple[tuple[str, str], ...] = (
    (r"energetic|high[\s-]energy|upbeat|exciting|dynamic|lively|punchy|vibrant|hype", "energetic"),
    (
        r"calm|relaxed|relaxing|chill|serene|peaceful|soothing|tranquil|mellow|gentle|dreamy|dreamlike|restful",
        "calm",
    ),
    (r"luxurious|luxury|premium|elegant|upscale|high[\s-]end|sophisticated|classy|refined", "luxurious"),
    (r"playful|fun|funny|whimsical|quirky|cheerful|joyful|happy", "playful"),
    (r"professional|corporate|serious|trustworthy", "professional"),
    (r"dramatic|epic|cinematic|intense", "dramatic"),
    (r"warm|cozy|cosy|friendly|heartfelt|homey|sweet|tender", "warm"),
    (r"bold|edgy|daring|rebellious", "bold"),
    (r"minimal|minimalist|clean|simple", "minimal"),
    (r"inspiring|inspirational|uplifting|motivational|empowering", "inspiring"),
    (r"emotional|touching|nostalgic|sentimental|romantic", "emotional"),
    (r"fresh|natural|organic|healthy", "fresh"),
)
# Mood words that mostly describe what is sold ("fresh bread", "organic tea", "clean skincare"):
# a brief's other mood word, if it has one, is its mood.
GOODS_WORDS = frozenset({"fresh", "natural", "organic", "healthy", "clean", "simple"})
# Mood words that mostly describe the look ("minimal and calm", "bold but warm"): likewise.
LOOK_WORDS = frozenset({"minimal", "minimalist", "bold", "edgy", "daring"})
_MOOD_RE = re.compile(
    "|".join(rf"(?P<m{i}>\b(?:{pattern})\b)" for i, (pattern, _) in enumerate(BRIEF_MOODS)), re.I
)
_EXPLICIT_MOOD_RE = re.compile(
    r"\b(?:mood|vibe|feel|tone|feeling|energy)\s*(?:is|:|=|should\s+be|of|-)?\s*(?:very\s+|really\s+)?(?P<w>\w+(?:[\s-]\w+)?)"
    r"|\b(?P<w2>\w+(?:[\s-]\w+)?)\s+(?:mood|vibe|feel|tone|energy)\b",
    re.I,
)

_AUDIENCE_WORDS = (
    r"people|parents|moms|mums|mothers|dads|fathers|students|teens|teenagers|kids|children|gamers|"
    r"runners|athletes|professionals|millennials|gen\s*z|gen-z|zoomers|boomers|seniors|retirees|women|men|"
    r"families|developers|engineers|travell?ers|commuters|owners|lovers|fans|customers|shoppers|buyers|"
    r"drinkers|founders|marketers|nurses|doctors|creators|readers|cyclists|hikers|foodies|enthusiasts|"
    r"beginners|workers|freelancers|entrepreneurs|homeowners|pet\s+owners|dog\s+owners|cat\s+owners|"
    r"couples|grads|graduates|youngsters|adults|everyone|audiences?|users|b2b\s+buyers|teams|"
    r"small\s+businesses|businesses|companies|brides|golfers|skaters|surfers|yogis|bakers|cooks|chefs"
)
_AUDIENCE_RES = (
    re.compile(
        r"\b(?:aimed\s+at|targeting|targeted\s+at|target(?:ed)?\s+(?:audience|market)\s*(?:is|:|=|of)?|"
        r"audience\s*(?:is|:|=|of)?|geared\s+(?:toward|towards|to)|directed\s+at|appealing\s+to|speaking\s+to|"
        r"made\s+for|designed\s+for|meant\s+for)\s+(?P<a>[^,.;!?]+?)"
        r"(?=\s*(?:[,.;!?]|$|\bwith\b|\bin\s+(?:\w+\s+){0,2}?(?:colou?rs?|palette)|\band\s+(?:make|use|render|end)|"
        r"\b\d+\s*(?:s|sec|seconds?)\b))",
        re.I,
    ),
    re.compile(
        rf"\bfor\s+(?P<a>(?:(?!for\b)[\w'-]+\s+){{0,4}}?(?:{_AUDIENCE_WORDS}))\b"
        rf"(?:\s+(?:who|aged|under|over|in\s+their)\s+[^,.;!?]+?(?=\s*(?:[,.;!?]|$)))?",
        re.I,
    ),
    re.compile(r"\b(?P<a>(?:gen\s*z|gen-z|millennials|boomers))\b", re.I),
)
_TAGLINE_RE = re.compile(
    r"\b(?:tagline|slogan|strapline|motto)\s*(?:is|:|=|should\s+be|of|reading|saying|says)?\s*"
    r"(?P<t>.+?)(?=\s*(?:;|,\s*(?:and\s+)?(?:the\s+)?(?:cta|call|end|brand|colou?rs?|mood)|\.\s|$))",
    re.I,
)
_CTA_RE = re.compile(
    r"\b(?:cta|call[\s-]to[\s-]action|button|end(?:ing)?\s+(?:with|on)|close\s+(?:with|on)|finish\s+with"
    # ("…, cozy vibes, ending 'shop the drop'": the ending, then its quoted words; round thirty b)
    r"|end(?:ing|s)?(?=\s*[:\u2013\u2014-]?\s*[\ue000\"'“‘«])"
    # ("end it with '…'", "the final line should read '…'", "sign off with '…'")
    r"|(?:end|finish|close|wrap)\s+(?:it|(?:it\s+)?up|the\s+(?:ad|video|spot|clip))\s+(?:with|on)|sign\s+off\s+(?:with|on)"
    r"|(?:final|last|closing|ending|end)\s+(?:line|words|text|message|frame|card|screen|slide))"
    r"\s*(?:should\s+(?:say|read|be)|says|saying|reading|reads|text|:|=|is|of|[-\u2013\u2014](?=\s))?\s*:?\s*"
    r"(?P<t>[\w\ue000\"'“‘«„].*?)(?=\s*(?:;|,\s*(?:and\s+)?(?:the\s+)?(?:tagline|slogan|brand|colou?rs?|mood)|\.\s|\n|$))",
    re.I,
)
_RENDER_RE = re.compile(r"\b(?:render|export)\b", re.I)


def wants_render(masked: str) -> bool:
    return bool(_RENDER_RE.search(masked))


def _clean(fragment: str, quotes: list[Quoted]) -> str | None:
    value = text_value(fragment.strip(" \t-–—:"), quotes)
    if value is None:
        return None
    value = value.strip().rstrip(",;")
    return value or None


def extract_brief(raw: str, masked: str, quotes: list[Quoted]) -> Brief:
    """Every detail of a brief that can be read from the text; the rest is left to the planner."""
    brief = Brief(text=raw)
    brief.duration_sec = _duration(fix_units(masked))  # "20 seonds": the unit, mistyped
    brief.colors = _colors(masked)
    brief.tagline = _match_text(_TAGLINE_RE, masked, quotes)
    brief.cta_text = _match_text(_CTA_RE, masked, quotes)
    structure = read_structure(masked, quotes)
    brief.scene_roles = structure.roles or None
    brief.scene_count = structure.count
    if structure.cta_text and not brief.cta_text:
        brief.cta_text = structure.cta_text
    # "I NEED AN AD FOR MY FLOWER SHOP BLOOM ROOM": in lower case, the name after the business
    dictated = _SHOUTED_NAME_RE.search(masked.lower()) if _shouted(masked) else None
    if dictated:
        masked = masked.lower()
    # "new ad 🆕 Pawprint dog treats ⏱ 12s": an emoji between items parts them as a comma does
    masked = _EMOJI_RE.sub(", ", masked)
    # "Tom from legal approved the budget, so …", "per Priya, …": who signed off, never what the ad is for
    masked = STAKEHOLDER_CLAUSE_RE.sub(" ", masked)
    brand, product = _brand_and_product(masked, quotes)
    if brand is None and _EMOJI_RE.search(raw):  # (the emoji may have gone from the masked text)
        brand, product = _brand_and_product(_EMOJI_RE.sub(", ", mask_quotes(raw)[0]), quotes)
    if brand and brief.cta_text and brand.lower() == brief.cta_text.lower():
        # "4. cta - Download Tally": the CTA's words, not the brand's name
        brand, product = _brand_and_product(masked.replace(brief.cta_text, " "), quotes)
    if brand is None and not dictated and not re.search(r"[A-Z]", masked):
        # a creator's message in small letters: "my etsy shop little fern prints, 10 sec", "it's
        # called sol & salt", "pov: you run crumb club" (round thirty b)
        lower = _LOWER_NAME_RE.search(masked)
        if lower:
            brand = (lower.group("n") or lower.group("n2")).strip()
            product = _without_name(product or "", brand) or product
            kind = re.match(rf"^(?P<k>.+?)\s+{re.escape(brand)}\b", product or "", re.I)
            if kind:
                product = kind.group("k")
    if brand is None and dictated:
        brand = " ".join(w[:1].upper() + w[1:] for w in dictated.group("n").split())
        product = _without_name(product or "", dictated.group("n")) or product
    if brand is None and product:
        brand, product = _name_in_product(masked, product)
    brand, product = named_before_kind(masked, brand, product)  # "Product: Quill notebooks"
    placed = re.match(
        rf"^(?P<k>.*\b(?:{BUSINESS_NOUN}))\s+(?:on|in|at|near|by)\s+(?-i:[A-Z0-9]).*$", product or "", re.I
    )
    if placed:
        product = placed.group("k")  # ("the pizza place on Main St": where it is, no part of what it is)
    live = _LIVE_AT_RE.search(masked)
    if brand and live and live.group("n").strip() == brand:
        product = "live show"  # ("The Velvet Hours live at the Roxy": the show, never the venue)
    if product and _PRONOUN_PRODUCT_RE.fullmatch(product.strip()):
        # "my client sells organic dog treats, make an ad for them": "them" names what was said
        # before, never a product called "Them"
        product = _sold_before(masked)
    if brand and product:
        # ("the Trailblazer 3 in the black colourway", "cold brew from Brewline", "a gala at Westside
        # Youth Center": a colourway is a product's colour, the business named again no part of it)
        product = _COLOURWAY_RE.sub("", product)
        product = (
            re.sub(rf"\s+(?:at|from|by)\s+(?:the\s+)?{re.escape(brand)}\s*$", "", product).strip() or None
        )
        kind = re.match(rf"^(?P<k>.+?)\s+(?:brand|label)\s+{re.escape(brand)}\b", product or "", re.I)
        if kind:
            product = kind.group("k")  # ("my merch brand lazy sundays needs a 10s ad": the merch)
    brief.brand_name = brand
    # ("a 15s ad for our cold bru": the slip would go on screen; only a sure one is put right)
    brief.product = corrected_product(product or _listed_product(masked, brand, quotes), brand)
    if brief.product and re.fullmatch(
        r"(?:next|new|another|different|(?:a\s+)?(?:new\s+|another\s+)?(?:one|ad)(?:\s+(?:please|pls|plz))?)",
        brief.product.strip(),
        re.I,
    ):
        brief.product = None  # ("next ad - Halo Bakery, …", "new ad, 15 s, …": the heading's word)
    if brand and brief.product and brief.product.strip(" '’\"“”‘«»「」") == brand:
        brief.product = None  # ("an ad for “Glow Nails”": the quoted name is the brand, no product)
    brief.audience = _audience(masked)
    brief.mood = _mood(masked, exclude=[product or "", brand or ""])
    return brief


# A clause that says who asked or signed off, by name ("Tom from legal approved the budget, so …",
# "per Priya, …", "as Dana said, …", "Priya signed off, …"): no part of what the ad is for
# (round thirty b).
_STAKEHOLDER_NAME = r"(?-i:[A-Z][a-z]+)"
_DEPARTMENT = r"(?:legal|finance|compliance|marketing|sales|brand|design|comms|hr|ops|the\s+\w+\s+team)"
# What the stakeholder did, in a few words that ask for nothing ("approved the budget", not "asked
# me to set up an ad for the Orbit smartwatch").
_STAKEHOLDER_REST = (
    r"(?:[ \t]+(?!(?:ads?|adverts?|videos?|spots?|promos?|commercials?|clips?|for|need|needs|make|want|wants)\b)"
    r"[\w'’-]+){0,4}"
)
STAKEHOLDER_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[.!?;]))\s*(?:"
    rf"(?:per|as)\s+{_STAKEHOLDER_NAME}(?:\s+(?:said|asked|says|wants|requested))?"
    rf"|{_STAKEHOLDER_NAME}\s+(?:from|in|at|on)\s+{_DEPARTMENT}\b{_STAKEHOLDER_REST}"
    rf"|{_STAKEHOLDER_NAME}\s+(?:(?:has|just|finally)\s+)?(?:signed\s+off|approved|okayed)\b{_STAKEHOLDER_REST}"
    r")\s*(?:[,;.!]+\s*(?:so\s+)?|\s+so\s+)",
    re.I,
)
_COLOURWAY_RE = re.compile(
    r"\s*,?\s*\b(?:in\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w/-]+\s+){0,2}colou?r-?ways?\b", re.I
)
_EMOJI_RE = re.compile(
    r"\s*[\U0001F100-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\u23E9-\u23FA\u2B00-\u2BFF]\ufe0f?\s*"
)


# A shouted brief's business, then its name to the end of the clause ("my flower shop bloom room,").
_SHOUTED_NAME_RE = re.compile(
    rf"\b(?:our|my)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{BUSINESS_NOUN})\s+(?:called\s+|named\s+)?"
    r"(?P<n>[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*){0,3})(?=\s*(?:[,;:.!?]|$))"
)


def _shouted(masked: str) -> bool:
    """Whether a brief is written in capitals throughout (at least four words of letters)."""
    letters = re.sub(rf"{PLACEHOLDER_MARK}.|[^A-Za-z]", "", masked)
    return len(re.findall(r"[A-Za-z]{2,}", masked)) >= 4 and letters.isupper()


_PRONOUN_PRODUCT_RE = re.compile(r"(?:them|it|this|that|these|those|one\s+of\s+them|us|me|her|him)", re.I)
# What an earlier clause says is sold or made: "my client sells organic dog treats", "we have a few
# new flavours of kombucha", "we make handmade soap".
_SOLD_BEFORE_RE = re.compile(
    r"\b(?:sells?|selling|makes?|making|launch(?:es|ing)?|has|have|got|offers?|brews?|bakes?)\s+"
    r"(?:(?:a\s+few|some|several|a\s+couple\s+of|two|three)\s+)?(?P<p>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)"
    r"(?=\s*(?:[,.;!?]|\band\b|\bcan\b|\bcould\b|\bneed|\bwant|$))",
    re.I,
)


def _sold_before(masked: str) -> str | None:
    """What the message says is sold before it calls it "them"; None when it says nothing."""
    m = _SOLD_BEFORE_RE.search(masked)
    return m.group("p").strip() if m else None


def _name_in_product(masked: str, product: str) -> tuple[str | None, str]:
    """No capitalised name to go by: "NEED A 10 SECOND AD FOR BOLT ENERGY GUM" (all capitals) or
    "ad for nordvik wool socks" (all lower case). The product's first word is its name when the
    message is in capitals, or when that word is no English word ("nordvik")."""
    from adgen.agent.understanding.normaliser import is_english

    words = product.split()
    if len(words) < 2 or not words[0].isalpha():
        return None, product
    letters = [c for c in re.sub(PLACEHOLDER_MARK + ".", "", masked) if c.isalpha()]
    shouting = len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    first = words[0]
    if shouting:
        return first.capitalize(), " ".join(words[1:]).lower()
    labelled = re.search(rf"\bproduct\s*[:=]\s*{re.escape(first)}\b", masked, re.I)
    if (
        labelled
        and first[0].isupper()
        and first[1:].islower()
        and words[1].islower()
        and not is_english(first.lower())
    ):
        # ("Product: Tidewell reusable water bottle": a name no English word, then what it is)
        return first, " ".join(words[1:])
    named_bare = re.search(rf"\b(?:for|about|promoting|selling)\s+{re.escape(first)}\b", masked, re.I)
    if (
        first.islower()
        and len(first) >= 4
        and named_bare
        and not is_english(first)
        and not any(c.isupper() for c in masked)
    ):
        # ("ad for nordvik wool socks": no "our" before it, nothing capitalised anywhere)
        return first, " ".join(words[1:])
    return None, product


def _duration(masked: str) -> float | None:
    found = find_durations(masked)
    return found[0].seconds if found else None


def _match_text(pattern: re.Pattern[str], masked: str, quotes: list[Quoted]) -> str | None:
    m = pattern.search(masked)
    if not m:
        return None
    fragment = m.group("t")
    token = re.search(PLACEHOLDER_MARK + ".", fragment)
    if token:
        fragment = token.group(0)
    return _clean(fragment, quotes)


def _colors(masked: str) -> list[str]:
    colors = find_colors(masked)
    if not colors:
        return []
    groups: list[list] = [[colors[0]]]
    for prev, cur in zip(colors, colors[1:], strict=False):
        if _COLOR_JOIN_RE.match(masked[prev.end : cur.start]):
            groups[-1].append(cur)
        else:
            groups.append([cur])
    contexts = [m.span() for m in _COLOR_CONTEXT_RE.finditer(masked)]
    chosen: list[str] = []
    for group in groups:
        start, end = group[0].start, group[-1].end
        accepted = any(c.name.startswith("#") for c in group)
        for c_start, c_end in contexts:
            gap = masked[c_end:start] if c_end <= start else masked[end:c_start] if c_start >= end else ""
            if _COLOR_GAP_RE.match(gap):
                accepted = True
        if (
            not accepted
            and len(group) > 1
            and (
                _IN_COLORS_RE.search(masked[:start])
                or (_ITEM_START_RE.search(masked[:start]) and _ITEM_END_RE.match(masked[end:]))
            )
        ):
            accepted = True  # "in navy and gold", ", red and yellow,": a list item of its own
        if accepted:
            for c in group:
                if c.hex not in chosen:
                    chosen.append(c.hex)
    return chosen[:8]


def _is_brief_word(name: str) -> bool:
    """ "Energetic", "30s", "Reels": a list item of a brief that is no name."""
    return bool(
        re.search(r"\d", name)
        or any(re.fullmatch(pattern, name, re.I) for pattern, _ in BRIEF_MOODS)
        or re.fullmatch(AD_NOUN, name, re.I)
        or _STOP_WORD_RE.fullmatch(name)
    )


def _describes(name: str) -> bool:
    """ "Ethiopian", "Organic": a single English adjective, a description of the product words
    after it rather than a name ("Pawsome dog treats" is a coined name)."""
    return " " not in name and is_english(name.lower()) and bool(_DESCRIBING_END_RE.search(name))


def _is_word(name: str) -> bool:
    """A dictionary word ("Cozy", "Coffee"), or one shaped like an English adjective the
    dictionary lacks ("Ergonomic", "Artisanal"): at the start of a message, no coined name.
    A word in "-ly" that is no dictionary word itself is a coined name ("Bloomly", "Sproutly")."""
    if name.lower().endswith("ly") and " " not in name and not in_dictionary(name.lower()):
        return False
    return is_english(name.lower()) or bool(_ADJECTIVE_END_RE.search(name))


_ADJECTIVE_END_RE = re.compile(
    r"(?:ic|al|ous|ful|ive|able|ible|less|ed|ing|ish|ent|ant|ary|ory|y|er|est)$", re.I
)


_STOP_WORD_RE = re.compile(
    r"(?:go|please|thanks|asap|now|today|vertical|square|landscape|portrait|fun|bold|bright|dark|warm|cool|"
    r"minimal|modern|clean|simple|cinematic|elegant|premium|luxury|playful|calm|upbeat|energetic)",
    re.I,
)


# ", bold, creamy cold brew" after "smooth": the rest of a list of qualities, then what has them.
_LISTED_QUALITIES_RE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?[a-z][\w-]*)+\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?=\s*(?:[,;.!?]|$))"
)


# A length after a name ("Ember Coffee 15s") is the ad's, never part of the name.
_TRAILING_LENGTH_RE = re.compile(r"(?:\s+\d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?|mins?|minutes?))+$", re.I)


def _only_qualities(words: str) -> bool:
    from adgen.pipeline.services.planner.local import BENEFIT_WORDS

    return bool(words) and all(w.lower() in BENEFIT_WORDS for w in words.split())


def _brand_and_product(masked: str, quotes: list[Quoted]) -> tuple[str | None, str | None]:
    brand = None
    for pattern in _BRAND_RES:
        for m in pattern.finditer(masked):
            name = m.group("n").strip()
            if name.startswith(PLACEHOLDER_MARK):
                name = quotes[ord(name[1]) - 0xE100].inner
            name = unmask(name, quotes).strip(" '’")
            if re.match(r"\s*-?\s*(?:s|secs?|seconds?|mins?|minutes?)\b", masked[m.end("n") :], re.I):
                name = re.sub(r"\s+\d+(?:\.\d+)?$", "", name)  # "ad for Vita 20 sec"
            name = _TRAILING_LENGTH_RE.sub("", name)  # "ad for Ember Coffee 15s cozy"
            if pattern is _DICTATED_NAME_RE:
                name = " ".join(w[:1].upper() + w[1:] for w in name.split())
            if (
                name
                and name.lower() not in _NOT_BRANDS
                and len(name) <= 80
                and not re.match(r"^\d+\s*(?:s|sec|seconds?)?$", name, re.I)
                and not (pattern in _SHAPE_GUESSES and _is_brief_word(name))
                and not (pattern is _COINED_OPENING_RE and (_is_brief_word(name) or _is_word(name)))
                and not (pattern is _ITEM_BEFORE_PRODUCT_RE and _describes(name))
            ):
                brand = name
                break
        if brand:
            break
    product = None
    for pattern in _PRODUCT_RES:
        m = pattern.search(masked)
        if not m:
            continue
        candidate = m.group("p")
        if not re.match(r"[\w\ue000-\ue1ff]", candidate):
            continue  # "… showcase / showcase / cta": a listed structure, not a product
        after = masked[m.end("p") :]
        candidate = _ARTICLES_RE.sub("", candidate.strip())
        listed = _LISTED_QUALITIES_RE.match(masked, m.end("p"))
        if listed and _only_qualities(candidate):
            # "our smooth, bold, creamy cold brew": the qualities listed before the product are
            # claims for its copy; the product is what has them ("cold brew")
            words = re.split(r"[\s,]+", listed.group(0).strip(" ,"))
            while len(words) > 1 and (words[0].lower() == "and" or _only_qualities(words[0])):
                words.pop(0)
            candidate = " ".join(words)
        if brand and candidate.startswith(brand):
            rest = candidate[len(brand) :]
            rest = re.sub(r"^['’]s\b", "", rest).strip()
            if not rest:
                appositive = _APPOSITIVE_RE.match(after)
                candidate = appositive.group("p") if appositive else ""
            else:
                candidate = rest
        if pattern is _PRODUCT_RES[-1]:
            candidate = _PRODUCT_NOISE_RE.sub(" ", candidate)
        candidate = _ARTICLES_RE.sub("", " ".join(candidate.split())).strip(" -'’")
        candidate = re.sub(rf"(?<=\w)\s+{AD_NOUN}$", "", candidate, flags=re.I)  # "luxury watch ad"
        if candidate and not re.fullmatch(AD_NOUN, candidate, re.I):
            product = _without_name(unmask(candidate, quotes), brand)
            break
    return brand, product


_HOOK_TEXT_RE = re.compile(
    rf"\b(?:hook|opening\s+line|opener|intro|first\s+line)(?:\s+(?:text|line|copy))?\s*"
    rf"(?::|=|-|says?|saying|should\s+(?:say|read)|reads?|reading|of)?\s*(?P<q>{PLACEHOLDER_MARK}.)",
    re.I,
)


def hook_text(masked: str, quotes: list[Quoted]) -> str | None:
    """The words a brief gives its hook ("hook 'Still running on coffee?'"), exactly as quoted."""
    m = _HOOK_TEXT_RE.search(masked)
    if m is None:
        return None
    words = quotes[ord(m.group("q")[1]) - 0xE100].inner.strip()
    return words or None


def _without_name(product: str, brand: str | None) -> str:
    """ "candle shop Wick & Wonder" -> "candle shop": the name after a kind of business is the
    brand's; any other product keeps the name as written ("café Aurora")."""
    bare = product.rstrip(" '’\"”»」")
    if brand and bare.endswith(brand) and len(bare) > len(brand):
        kind = bare[: -len(brand)].strip(" '’\"‘“«「")
        # ("nosso café Aurora" stays as written; "our event TechNight Nairobi": the event)
        if re.search(rf"\b(?:{BUSINESS_NOUN}|{EVENT_KINDS})$", kind, re.I):
            return kind
    return product


def _listed_product(masked: str, brand: str | None, quotes: list[Quoted]) -> str | None:
    """ "Kinetic running belt, 25 seconds, energetic": the first item of a list names the product
    (or the item the brand's name opens: "10s ad, Pawsome dog treats, cheerful")."""
    items = [i.strip() for i in re.split(r"\s*[,;\n]\s*|\s[\u2013\u2014-]\s", masked) if i.strip()]
    if brand:
        named = [i for i in items if i.startswith(brand + " ")]
        items = named[:1] + [i for i in items if i not in named[:1]]
    head = items[0].rsplit(":", 1)[-1] if items else ""  # "A totally new ad: Volt Halo bike helmet"
    if len(items) < 2 or re.search(r"\d|\b(?:scenes?|seconds?)\b", head, re.I) or len(head.split()) > 6:
        return None
    if not find_durations(masked):
        return None
    first = _ARTICLES_RE.sub("", items[0].rsplit(":", 1)[-1].strip())  # "next one: Northwind decaf"
    # ("ad for Brightside Dental, 20 seconds", "make an ad for Vita, 20 sec": the request for an ad
    # is no part of what it is for)
    first = re.sub(
        rf"^(?:[\w']+\s+){{0,3}}?(?:(?:a|an|the)\s+)?{AD_NOUN}\s+(?:for|about|of)\s+", "", first, flags=re.I
    )
    if brand and first.startswith(brand):
        first = re.sub(r"^['’]s\b", "", first[len(brand) :]).strip(" '’")  # "Hush silk …", "Mo's rolls"
    first = re.sub(r"^(?:(?:our|my|new|the)\s+)+", "", first, flags=re.I).strip()
    first = re.sub(rf"(?<=\w)\s+{AD_NOUN}$", "", first, flags=re.I)  # "luxury watch ad, Orveau, 30s"
    return unmask(first, quotes) or None


def product_of(masked: str, quotes: list[Quoted]) -> str | None:
    """The product a brief names ("the Stride AirLite running shoe" -> "running shoe")."""
    return _brand_and_product(masked, quotes)[1]


def _audience(masked: str) -> str | None:
    for pattern in _AUDIENCE_RES:
        m = pattern.search(masked)
        if m:
            value = _ARTICLES_RE.sub("", m.group("a").strip())
            return " ".join(value.split()) or None
    return None


def _mood(masked: str, exclude: list[str]) -> str | None:
    text = masked
    for words in exclude:
        if words:
            text = text.replace(words, " ")
    for m in _EXPLICIT_MOOD_RE.finditer(text):
        word = m.group("w") or m.group("w2")
        found = _MOOD_RE.search(word)
        if found:
            return _canonical_mood(found)
    hits = list(_MOOD_RE.finditer(text))
    # "an organic tea brand, we want a calm ad": a word that mostly describes the goods yields to
    # any other mood word of the brief.
    named = next((m for m in hits if m.group(0).lower() not in GOODS_WORDS | LOOK_WORDS), None)
    found = named or (hits[0] if hits else None)
    return _canonical_mood(found) if found else None


def _canonical_mood(m: re.Match[str]) -> str:
    index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
    return BRIEF_MOODS[index][1]


# --- the scenes a brief lists --------------------------------------------------------------------

# A role from the words of one item of a listed structure; first row that matches.
ROLE_ROWS: tuple[tuple[str, str], ...] = (
    (r"hook|intro|opening|opener|attention[\s-]grabber", "hook"),
    (r"problem|pain[\s-]?point|struggle|frustration|before\s+shot", "problem"),
    (
        r"testimonials?|reviews?|social\s+proof|customer\s+(?:quote|story|stories)|quotes?|happy\s+(?:customers|users|clients)|ratings?|endorsements?"
        r"|recommends?|recommended|endorses?|endorsed|vouch(?:es)?|swears?\s+by|raves?\s+about|loves?\s+(?:it|them)",
        "social_proof",
    ),
    (
        r"cta|call[\s-]to[\s-]action|end\s+card|sign[\s-]?off|offer|deal|discount|promo\s+code"
        r"|(?:buy|shop|order|get)\s+(?:it\s+|yours\s+|one\s+)?(?:now|today)|sign\s+up|where\s+to\s+buy",
        "cta",
    ),
    (
        r"product|showcase|demo|features?|benefits?|hero\s+shot|show\s+(?:the|it|off|how)|how\s+it\s+works|in\s+action",
        "showcase",
    ),
)
_ROLE_RE = tuple((re.compile(rf"\b(?:{pattern})\b", re.I), role) for pattern, role in ROLE_ROWS)
_ITEM_SPLIT_RE = re.compile(
    r"\n+|[,;]\s*|\s*(?:→|->|=>|>)\s*|\s+/\s+|\s+(?:and\s+)?then\s+|\s+and\s+(?=end|finish|close|an?\s|the\s|two\s|three\s)"
    r"|\s+with\s+(?=an?\s|the\s|two\s|three\s)|\s*[\u2013\u2014]\s*|:\s+(?=\S)|\.\s+"
    # "4 scenes (hook, problem, showcase, cta)": the list in brackets after its count
    r"|(?<=scenes)\s*\(\s*|\s*\)",
    re.I,
)
_STRUCTURE_CUE_RE = re.compile(
    r"\b(?:then|first|start\s+with|open\s+with|end\s+with|finish\s+with|close\s+with|scenes?\s*:|structure\s*:)|^\s*\d+\s*[.)]"
    r"|\b(?:just|only)\s+(?:an?|the|one)\s+\w+\s+and\s+(?:an?|the|one)\s+\w+\s*(?:[,.;!]|$)",
    re.I | re.M,
)
_LEAD_RE = re.compile(r"^(?:and\s+)?(?:then\s+)?(?:finally\s+)?", re.I)
_ENDING_RE = re.compile(r"^\W*(?:and\s+)?(?:end|finish|close)(?:ing)?\s+(?:with|on)\s+(?P<t>.+)$", re.I)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# "in 4 scenes", "six scenes", "a 5-scene ad", "a four-scene, 16-second ad" (singular after a hyphen).
_SCENE_COUNT_RE = re.compile(
    r"\b(?:in\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+(?:scenes|shots|parts|slides)|\s*-\s*(?:scenes?|shots?|parts?|slides?)"
    r"|\s+scene(?=\s+(?:ad|ads|video|spot|commercial|clip|version)\b))\b(?P<ads>\s+ads\b)?",
    re.I,
)
_MULTI_RE = re.compile(r"^\W*(?:a\s+|an\s+)?(?P<n>two|three|four|2|3|4)\s+", re.I)
_NOT_A_SCENE_RE = re.compile(
    rf"\b{AD_NOUN}\b|\b\d+\s*(?:s|sec|secs|seconds?|minutes?)\b|\b(?:\d+|two|three|four|five|six|seven|eight)(?:\s+scenes|\s*-?\s*scene)\b"
    r"|\bscenes?\s*:|\b(?:vibe|mood|colou?rs?|palette|brand|tagline)\b",
    re.I,
)


# "Product: Quill notebooks", "2. Duration: 15s", "Tone: calm": a brief's labelled fields, which
# name no scene (up to the next numbered item or the end of the sentence).
_FIELDS_RE = re.compile(
    r"(?:^|(?<=\s))(?:\d{1,2}\s*[.)]\s*)?(?:product|duration|length|runtime|tone|mood|vibe|brand|audience|"
    r"target|platforms?|formats?|music|budget|deadline)\s*:\s*.*?(?=\s\d{1,2}\s*[.)]\s|[.;\n](?:\s|$)|$)",
    re.I,
)


# "scenes: hook, showcase, cta": what follows is the list, what precedes it is not.
_LIST_INTRO_RE = re.compile(
    r"\b(?:scenes|structure|storyboard|scene\s+list|shot\s+list|outline)\s*(?::\s*|[\u2013\u2014-]\s+|\s+"
    # ("…, 20 seconds, scenes hook, showcase, review, cta": the list without its colon)
    r"(?=(?:an?\s+|the\s+)?(?:hook|intro|opening|problem|showcase|product|demo|testimonial|review|social\s+proof|cta|call)\b))",
    re.I,
)


_LIST_END_RE = re.compile(r"(?<![\d\s])[.;!?](?=\s|$)(?!\s*\d+\s*[.)])")


@dataclass
class Structure:
    """The scenes a brief lists, in order, and how many it asks for."""

    roles: list[str] = field(default_factory=list)
    count: int | None = None
    cta_text: str | None = None
    # The list is the scenes themselves (kept as listed), not beats of a story (a hook is added).
    exact: bool = False


def read_structure(masked: str, quotes: list[Quoted]) -> Structure:
    """ "start with the problem, then a testimonial, then the product, end with Shop Now",
    "scenes: hook, showcase, cta", "in 4 scenes", numbered lines: the roles in the order given."""
    structure = Structure(count=_scene_count(masked))
    listed = _LIST_INTRO_RE.search(masked)
    source = masked[listed.end() :] if listed else masked  # "…, scenes: hook, showcase, cta"
    if listed:
        # "4 scenes: hook, problem, showcase, cta. cta 'Light that works'": the sentence ends the list
        end = _LIST_END_RE.search(source)
        source = source[: end.start()] if end else source
    source = _FIELDS_RE.sub(" ", source)  # "1. Product: Quill notebooks 2. Duration: 15s": no scenes
    items = [_LEAD_RE.sub("", i.strip()) for i in _ITEM_SPLIT_RE.split(source) if i and i.strip()]
    last = max((n for n, i in enumerate(items) if not _NOT_A_SCENE_RE.search(i)), default=-1)
    roles: list[str] = []
    for n, item in enumerate(items):
        role, times, ending = _item_role(item, quotes, n == last and bool(roles))
        if role is None:
            if roles and _listed(item) and n + 1 < len(items) and _later_role(items[n + 1 :], quotes):
                roles.append("showcase")  # "then the shoes", "show the charger": the product
            continue
        if roles and roles[-1] == role and re.fullmatch(rf"\s*{PLACEHOLDER_MARK}.\s*", item):
            # '4) cta: "Wake up with Aurora"': the quote is the words of the scene just listed
            structure.cta_text = structure.cta_text or ending
            continue
        roles.extend([role] * times)
        if ending:
            structure.cta_text = ending
    cues = _STRUCTURE_CUE_RE.search(masked) or len(roles) >= 3
    if len(set(roles)) >= 2 and cues:
        structure.roles = roles
        structure.exact = bool(listed or _EXACT_LIST_RE.search(masked))
    return structure


# A list of the scenes themselves, not a story told in beats ("open with the problem, then …"):
# "scenes: …", numbered lines, "hook / showcase / cta", "just a hook and a cta".
_EXACT_LIST_RE = re.compile(
    r"^\s*\d+\s*[.)]|\w\s+/\s+\w|\b(?:just|only)\s+(?:an?|the|one)\s+\w+\s+and\s+(?:an?|the|one)\s+\w+\s*(?:[,.;!]|$)",
    re.I | re.M,
)


def _scene_count(masked: str) -> int | None:
    # "two-scene ads feel thin, give me a four-scene ad": not a count said of ads in general.
    m = next((c for c in _SCENE_COUNT_RE.finditer(masked) if not c.group("ads")), None)
    if not m:
        return None
    word = m.group("n").lower()
    return int(word) if word.isdigit() else int(number_value(word))


def _item_role(item: str, quotes: list[Quoted], last: bool) -> tuple[str | None, int, str | None]:
    """The role an item names, how many scenes of it, and the CTA words of an ending."""
    ending = _ENDING_RE.match(item)
    if ending:
        words = ending.group("t").strip()
        for pattern, role in _ROLE_RE:
            if pattern.fullmatch(re.sub(r"^(?:a|an|the)\s+", "", words, flags=re.I)):
                return role, 1, None
        return "cta", 1, _clean(words, quotes)
    text = re.sub(PLACEHOLDER_MARK + ".", " ", item)
    if _NOT_A_SCENE_RE.search(text) and not re.search(r"\b(?:product|cta)\b", text, re.I):
        return None, 0, None
    if _SHOW_ITEM_RE.match(text):
        # "2) show the blinds opening at sunrise": what it shows, whatever words describe it
        # ("opening" is no hook here); a problem or a review shown keeps its role.
        shown = next((role for pattern, role in _ROLE_RE if role != "hook" and pattern.search(text)), None)
        return shown or "showcase", 1, None
    for pattern, role in _ROLE_RE:
        if pattern.search(text):
            times = _MULTI_RE.match(text)
            quote = re.search(PLACEHOLDER_MARK + ".", item)
            cta = _clean(quote.group(0), quotes) if role == "cta" and quote else None
            if role == "cta" and cta is None and _CTA_WORDS_RE.match(item):
                cta = _clean(item, quotes)  # "…, then Buy Now": the ending's words, as written
            return role, _COUNT_WORDS.get(times.group("n").lower(), 1) if times else 1, cta
    if last and re.match(
        r"^\s*(?:[A-Z][\w']*(?:\s+[A-Z][\w']*){0,3}[!.]?|" + PLACEHOLDER_MARK + ".)\s*$", item
    ):
        return "cta", 1, _clean(item, quotes)  # "…, then Buy Now": the words of the ending
    return None, 0, None


_SHOW_ITEM_RE = re.compile(
    r"^\W*(?:\d+\s*[.)]\s*)?(?:(?:and\s+)?then\s+)?(?:show|shows|showing|demo|demonstrate|display|feature|featuring)\s+"
    r"(?:the|our|a|an|it|them|how|off|some|people|someone|customers?)\b",
    re.I,
)


# "Buy Now", "Shop Today!": capitalised words that are the ending's own line.
_CTA_WORDS_RE = re.compile(r"^\s*(?:[A-Z][\w']*(?:\s+[A-Z][\w']*){0,3}[!.]?)\s*$")


def _listed(item: str) -> bool:
    return bool(
        re.match(r"^\W*(?:(?:and\s+)?(?:then\s+)?(?:show|the|our|a|an|some)\b)", item, re.I)
    ) and not _NOT_A_SCENE_RE.search(item)


def _later_role(items: list[str], quotes: list[Quoted]) -> bool:
    return any(_item_role(i, quotes, n == len(items) - 1)[0] for n, i in enumerate(items))


def _brief_presets(text: str) -> list[Any]:
    """ "for Reels and Stories only", "square-only": the platforms the new ad is made for."""
    from adgen.agent.understanding.platforms import mentions

    found = mentions(text)
    if not found:
        return []
    # "for Reels and Shorts", "a 4:5 feed ad": the platforms the brief makes the ad for
    made_for = any(
        re.search(r"\b(?:for|on)\s+(?:(?:the|and|\w+,)\s+){0,3}$", text[:start], re.I)
        # "a 4:5 feed ad" names a format; "a TikTok ad" is a kind of ad, made for every preset
        or (
            re.search(r"\d|feed|square|landscape|portrait|vertical", text[start:end], re.I)
            and re.match(
                r"\s*(?:feed\s+)?(?:ads?|videos?|versions?|formats?|spots?|cuts?)\b", text[end:], re.I
            )
        )
        for start, end, _ in found
    )
    # "Reels + Stories ad": two platforms or more listed before the ad noun are its placements
    # (one, "a TikTok ad", is a kind of ad)
    listed = (
        len(found) > 1
        and all(
            re.fullmatch(r"\s*(?:[+&,/]|and)\s*", text[a_end:b_start], re.I)
            for (_, a_end, _), (b_start, _, _) in zip(found, found[1:], strict=False)
        )
        and re.match(rf"\s*{AD_NOUN}\b", text[found[-1][1] :], re.I)
    )
    if not (_ONLY_RE.search(text) or made_for or listed):
        return []
    return [ops.SetPresets(presets=list(dict.fromkeys(pid for _, _, pid in found)))]


# "a 20 sec vertical ad", "in 9:16": a brief that names the frame shape only, no platform, is
# made for every preset of that shape (platforms.AMBIGUOUS_WORDS names them).
_BRIEF_SHAPE_RE = re.compile(
    r"\b(?P<s>vertical|portrait|9:16|9x16)\s+(?:[\w-]+\s+)?(?:ads?|videos?|spots?|promos?|clips?|formats?|versions?|only)\b"
    r"|\b(?:in|as)\s+(?P<s2>vertical|portrait|9:16|9x16)\b",
    re.I,
)


def _brief_shape(text: str) -> list[Any]:
    from adgen.agent.understanding.platforms import AMBIGUOUS_WORDS, mentions

    found = _BRIEF_SHAPE_RE.search(text)
    if not found or mentions(text):
        return []
    word = (found.group("s") or found.group("s2")).lower()
    ids = next(ids for pattern, ids in AMBIGUOUS_WORDS if re.fullmatch(pattern, word, re.I))
    return [ops.SetPresets(presets=list(ids))]


# "…, font Montserrat", "font 'Cormorant'": the brand font a brief names.
_BRIEF_FONT_RE = re.compile(
    r"\b(?:font|typeface)\s*(?::|=|is|in)?\s*(?:(?P<f>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})"
    r"(?=\s*(?:[,;.!]|$|\s+and\b))|['‘\"“](?P<fq>[A-Za-z][\w -]{0,38}[\w])['’\"”])",
    re.I,
)


def _brief_font(text: str) -> list[Any]:
    found = _BRIEF_FONT_RE.search(text)
    return [ops.UpdateBrand(font=found.group("f") or found.group("fq"))] if found else []


def _brief_captions(text: str) -> list[Any]:
    from adgen.agent.understanding.voice import WORD_STYLE_RE

    return [ops.UpdateCaptions(style="word")] if WORD_STYLE_RE.search(text) else []


def _brief_look(text: str) -> list[Any]:
    from adgen.agent.understanding.named_looks import find_named_look

    named = find_named_look(text)
    if (
        named
        and re.search(r"\bvibes?\W*$", text[named[0] : named[1]], re.I)
        and _MOOD_RE.search(text[named[0] : named[1]])
    ):
        return []  # "cosy vibe", "playful vibe": the brief's mood, which the plan already gives
    return [ops.UpdateStyle(visual_style=named[2])] if named else []


# "…, upbeat pop music": the music a brief names, kept as named.
_BRIEF_MUSIC_RE = re.compile(
    r"(?P<m>(?:[\w&-]+\s+){1,3}?)(?:music|soundtrack|track|beats?)\b"
    # "…, music: jazz": the label, then the music
    r"|\b(?:music|soundtrack)\s*[:=]\s*(?P<m2>[\w&-]+(?:\s+[\w&-]+){0,2})(?=\s*(?:[,;.!]|$))",
    re.I,
)


def _brief_music(text: str) -> list[Any]:
    from adgen.agent.understanding.vocabulary import find_music_mood

    found = _BRIEF_MUSIC_RE.search(text)
    mood = find_music_mood(found.group("m") or found.group("m2")) if found else None
    return [ops.UpdateStyle(music_mood=mood)] if mood else []


_ONLY_RE = re.compile(r"\bonly\b|\bjust\s+(?:for\s+)?(?:the\s+)?\w|\bexclusively\b", re.I)
# What a brief may say that the planner does not read, each applied to the new ad once it
# exists (a row per setting: words -> operations).
BRIEF_SETTINGS: tuple[Callable[[str], list[Any]], ...] = (
    _brief_presets,
    _brief_shape,
    _brief_captions,
    _brief_look,
    _brief_font,
    _brief_music,
)


def brief_settings(text: str, quotes: list[Quoted] | None = None) -> list[Any]:
    """The operations that give a new ad what its brief asked beyond the plan. ``quotes``: the
    quotes ``text`` holds as placeholders; only a font is read inside one ("font 'Cormorant'"),
    so a quoted line ("cta 'Only today'") never sets anything else."""
    found = [op for read in BRIEF_SETTINGS if read is not _brief_font for op in read(text)]
    return [*found, *_brief_font(unmask(text, quotes) if quotes else text)]


# --- the listed structure, kept as listed ------------------------------------------------------


def listed_structure_edits(project: AdProject, brief_text: str) -> list[Any]:
    """The edits that make a new ad the structure its brief listed as its scenes ("just a hook
    and a cta", "scenes: 1. problem 2. showcase 3. social proof 4. cta"): a new ad is planned
    with a hook first, a showcase and a CTA last; the scenes the planner added that the list did
    not name are then removed, and the ad kept at its length. Nothing for a story told in beats
    ("open with the problem, then …": the hook is the ad's convention), or when the plan does not
    hold the list in order."""
    masked, quotes = mask_quotes(brief_text)
    structure = read_structure(masked, quotes)
    listed = structure.roles
    if not structure.roles and structure.count is None:
        return _asked_scene(project, masked)
    if not structure.exact or len(listed) < 2:
        return []
    planned = [s.role for s in project.scenes]
    keep: list[bool] = []
    j = 0
    for role in planned:
        match = j < len(listed) and role == listed[j]
        keep.append(match)
        j += match
    if j < len(listed) or all(keep):
        return []
    edits: list[Any] = [
        ops.RemoveScene(scene_id=s.id) for s, k in zip(project.scenes, keep, strict=True) if not k
    ]
    return [*edits, ops.SetDuration(duration_sec=project.duration_sec)]


# "ad for Fizzbit with a testimonial scene in it": one scene of a kind the brief asks to include.
_ASKED_SCENE_RE = re.compile(
    r"\b(?:with|include|including|plus|featuring|and|also)\s+(?:a|an|one)\s+(?P<r>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:scene|shot|part|section|moment)\b",
    re.I,
)


def _asked_scene(project: AdProject, masked: str) -> list[Any]:
    """A scene of the kind a brief asked to include, when the plan has none: added before the
    CTA, the ad kept at its length (no count or list was given, so nothing else moves)."""
    found = _ASKED_SCENE_RE.search(masked)
    role = next((r for pattern, r in _ROLE_RE if found and pattern.fullmatch(found.group("r"))), None)
    if role is None or any(s.role == role for s in project.scenes):
        return []
    before = [s for s in project.scenes if s.role != "cta"]
    after = before[-1].id if before else None
    return [ops.AddScene(role=role, after_scene_id=after), ops.SetDuration(duration_sec=project.duration_sec)]
