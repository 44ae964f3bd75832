"""An open brief: a request for an ad that says nothing about what the ad is for.

Part of :mod:`adgen.agent.understanding`. "hey, I need an ad", "new ad please, different product
this time", "we need something for black friday", "something short for instagram": made as
they are, these give an ad for "your product" that the marketer must then rewrite (or, with an
ad open, one that drops its product). A specific question is better than that guess, so such a
message asks what the ad is for and keeps itself; the answer ("for my bike repair shop, 15
seconds", "it's for a vegan bakery called Crumb") is then read as one brief with it.

A message is open when every word of it is in ``OPEN_WORDS`` (asking, the kind of ad, "new",
"different product", a length, a mood, a platform, an occasion): no word names a product, a
brand or a subject. A new way of asking is a word in the table.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.awards import AWARD_WORDS, without_award_name
from adgen.agent.understanding.briefs import BRIEF_MOODS
from adgen.agent.understanding.local_occasions import LOCAL_OCCASION_WORDS
from adgen.agent.understanding.named_looks import BRAND_LOOKS
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import find_durations
from adgen.project import AdProject

_I = re.I

OPEN_QUESTION = (
    "Happy to. What is the ad for: which product or brand (and what it's about)? "
    "Add a length or a mood if you have one in mind."
)
# The kind of value a pending open brief waits for (ConversationState.pending.value_kind).
OPEN_BRIEF = "open_brief"

# Words that ask for an ad without saying what it is for, one group a row. Each word once, in one
# row (tests/agent/understanding/test_open_brief.py): a word matched whole needs no second copy,
# and a copy left behind when a word is moved or dropped would keep it matching.
OPEN_WORDS: tuple[str, ...] = (
    # greetings and fillers
    r"hey|hi|hello|yo|ok|okay|so|um|well|please|pls|plz|thanks|now|then|just|also|again|too|really|lol|"
    # greetings of other languages, the rest of the message read into English ("Hola, ¿me haces
    # un anuncio de 20 segundos?", "hej, …", "halo kak, …")
    r"hola|buenas|hej|halo|hallo|szia|salam|salaam|ciao|kak|"
    # a forwarded note's label, and who liked the last one ("FW: client wants …", "the client loved
    # the last one and wants another")
    r"fw|fwd|re|by|loved|liked|loves|likes|they|they'?d|he|she",
    # asking
    r"i|we|i'?m|we'?re|i'?d|we'?d|me|us|need|needs|want|wants|would|like|love|can|could|you|u|ya|make|"
    # ("can you knock one up for the tour announcement": round thirty-four j)
    r"create|do|build|start|let'?s|let|help|get|give|whip|knock|up|put|together|going|to|gonna|wanna|looking|for|"
    r"some|something|anything|one|another|a|an|the|this|that|time|our|my|with|of|on|and|is|it|be|"
    # ("our client wants a video ad, where do we start?", "from scratch", "asap")
    r"client|clients|customer|boss|team|where|how|should|from|scratch|asap|urgently|quickly|soon|today|"
    # asking what is needed, and how to begin ("what do u need from me", "not sure how to begin,
    # could you guide me?", "let's kick off a new spot", "to get to a first cut")
    r"what|know|info|information|details|send|provide|tell|first|cut|draft|kick|off|begin|"
    r"started|guide|walk|through|sure|not|quite|all|but|at|in|urgent|fast|"
    r"got|have|has|here|i'?ve|we'?ve|own|"
    # who is asking, and hedges ("im a freelancer and one of my clients wants …", "I run socials
    # for a few clients, need an ad for one of them", "not sure if this is doable but …")
    r"im|ive|freelancer|freelance|agency|marketer|manager|run|few|several|couple|them|their|"
    r"if|doable|possible|maybe|think|mind|any|way|hoping|wondering|w|that'?ll|will|go|viral|trend|trending|blow|lmao",
    # who says an ad is needed ("my wife says I need an advert for the shop", "my boss wants an ad
    # made today, can you help")
    r"wife|husband|partner|mum|mom|mother|dad|father|son|daughter|grandson|granddaughter|kids|family|"
    r"says|said|told|tells|thinks|reckons|made|making|advertising|"
    # whose ad, without saying what it sells
    r"store|shop|business|company|charity|nonprofit|organi[sz]ation|org|startup|page|account|channel",
    # the kind of ad
    r"ads?|adverts?|advertisements?|commercials?|videos?|vids?|promos?|spots?|clips?|campaigns?|projects?|"
    r"briefs?|bumpers?|reels?|teasers?",
    # new / different, without naming it ("fresh", "simple": among the moods, last row)
    r"new|different|other|separate|brand|product|products|thing|stuff|totally|completely|entirely|"
    r"idea|ideas|quick|short|little|small|nice|cool|good|great",
    # platforms and formats
    r"instagram|insta|ig|tiktok|youtube|facebook|fb|stories|story|shorts|feed|social|socials|media|vertical|square|"
    r"content|posts?",
    # occasions (what the ad is for in time, not in what it sells)
    r"black|friday|cyber|monday|christmas|xmas|holidays?|season|seasonal|summer|winter|spring|autumn|"
    r"fall|sale|sales|launch|valentine'?s?|day|mother'?s|father'?s|easter|halloween|new\s+year'?s?|"
    r"back|school|weekend|promotion|offer|deal|deals|tour|tours|"
    # the festivals of other calendars ("need something for Ramadan", "CNY ad can or not")
    r"ramadan|ramzan|eid|diwali|deepavali|holi|navratri|lunar|chinese|cny|festival|hanukkah|chanukah|"
    r"thanksgiving|songkran|nowruz|onam|pongal|vesak|hari|raya|mid-autumn|mooncake|singles'?|"
    r"mothers'?|fathers'?|women'?s|independence|national|anniversary|birthday|new-year|festive|celebrations?|celebratory",
    # ("make an ad like your last one but …", "can make one ad or not": Singlish "can or not")
    r"your|yours|or|lah|leh|ah|similar|same|style|kind|sort|type|as",
    # a local business's occasion ("this Friday only", "the grand opening", "our seasonal special")
    LOCAL_OCCASION_WORDS,
    # an award or a milestone ("the G2 award we just won": round thirty-two d)
    AWARD_WORDS,
    # when, without saying what ("for the launch next week")
    r"next|week|weeks|month|months|tomorrow|tonight|upcoming|coming|later|year|"
    # the months ("need an ad for the January intake": round thirty-three f)
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|sept?|oct|nov|dec",
    # the days of the week, and colours with nothing to colour ("for saturday", "clean and white")
    r"tuesday|wednesday|thursday|saturday|sunday|white|gold|silver|pink|blue|green|red|"
    r"neutral|pastel|colou?rs?|palette|bright|dark|night|"
    # how it should strike, with nothing of what it is for ("something chic that really pops")
    r"chic|stylish|aesthetic|eye-catching|eye|catching|catchy|moody|pops|pop|stands|stand|out|striking|trendy|"
    r"scroll-stopping|attention-grabbing|makes",
    # doing better than the last one ("need a new one that does better", "something that converts")
    r"does|better|performs|perform|converts|convert|works|beats|than|last|previous|old|one'?s|higher|"
    # metric words ("hook rate", "CTR") with nothing on what the ad is for
    r"hook|rate|ctr|roas|views|retention|numbers|results|metrics|performance|performing|stats",
    # who watches and how ("sound-off friendly, big text, our audience is 70+": "friendly" is a mood)
    r"sound|muted|mute|big|large|text|captions?|subtitles?|readable|audience|viewers|buyers|older|"
    r"seniors|retirees|younger|are|skews?|gen|z|millennials|boomers|plus|over|aged|",
    # an offer or a cause, with nothing of what is sold or who gives ("BOGO ad please", "an ad with a
    # 20% off code", "need an ad for the drop", "a fundraising ad, something respectful", "a video
    # for our annual appeal": round thirty b)
    r"bogo|b1g1|buy|free|shipping|delivery|discounts?|discounted|percent|codes?|coupons?|vouchers?|bundles?|"
    r"clearance|flash|giveaways?|restocks?|drops?|releases?|collection|link|bio|"
    r"fundraising|fundraisers?|donations?|donate|donors?|appeal|annual|end|giving|awareness|"
    r"cause|volunteers?|respectful|respectfully|dignified|sensitive|sincere|"
    # how it should not strike ("dignified, nothing flashy", "not salesy")
    r"nothing|flashy|salesy|cheesy|pushy|preachy|tacky|"
    # who signed off and by when ("Tom from legal approved the budget, so we need a 20 second ad by
    # Thursday": the name itself goes with :data:`_STAKEHOLDER_RE`)
    r"legal|finance|compliance|marketing|approved|approval|signed|budget|spend|deadline|eod|per|"
    # lengths written out, moods
    r"seconds?|secs?|sec|s|minutes?|mins?|long|"
    + "|".join(pattern for pattern, _ in BRIEF_MOODS)
    + r"|vibes?|mood|feel|tone",
)
# A discount code: capitals then a number ("SAVE20", "WELCOME10", "BF50"), an offer's, no brand's.
_CODE_WORD_RE = re.compile(r"\b[A-Z]{2,}\d{1,3}\b")
# An offer on a thing said in small letters, with no one who sells it ("ad for 20% off frames this
# month", "£50 off all boilers", "half price lenses"): the offer, not what the ad is for (round
# forty c); a name ("20% off Ray-Ban frames") or a place ("… at Specsavers") is left to say it.
_OFFER_ON_RE = re.compile(
    r"(?:\b\d{1,3}(?:[.,]\d+)?\s*%|[£$€]\s?\d[\d,.]*)\s+off\s+(?:(?:all|our|the|every|any|selected)\s+)?"
    r"(?-i:[a-z][a-z'-]*)(?:\s+(?!(?:this|next|all|for|on|in|at|until|till|to|from|by|with|only|today|"
    r"tonight|and|or|please|pls)\b)(?-i:[a-z][a-z'-]*))?\b"
    r"|\bhalf[\s-]price\s+(?-i:[a-z][a-z'-]*)\b",
    _I,
)
_OPEN_WORD_RE = re.compile(rf"^(?:{'|'.join(OPEN_WORDS)})$", _I)
_WORD_RE = re.compile(r"[\w'’]+")
# Something the marketer means as a request of its own, not the answer to "what is it for?".
_NOT_AN_ANSWER_RE = re.compile(
    r"^\W*(?:undo|redo|help|render|export|cancel|stop|never\s*mind|forget\s+it|no\b|list|show\s+(?:me\s+)?my)",
    _I,
)
_ANSWER_LEAD_RE = re.compile(
    r"^\W*(?:(?:it'?s|it\s+is|its|this\s+is|that'?s|that\s+is|the\s+ad\s+is|we'?re\s+advertising|"
    r"we\s+sell|we'?re\s+selling|we\s+make|i\s+sell|i\s+make)\s+)?(?:(?:for|about)\s+)?"
    # ("Client: Copper Kettle Café, 15s": the label names no subject of its own)
    r"(?:(?:client|customer|brand|business|company|shop|store|product)\s*:\s*)?"
    # ("brand is Leafhaus, 20 seconds", "it's called Fernway", "product is Brightleaf matcha",
    # "the brand's Evergreen Pharmacy", "client is …": the name asked for)
    r"(?:(?:(?:the|our|my)\s+)?(?:client|customer|brand|name|business|company|shop|store|product)(?:\s+name)?"
    r"(?:\s+is\s+|'s\s+|’s\s+)"
    r"|(?:it'?s|its|we'?re|we\s+are|i'?m)\s+called\s+|called\s+)?",
    _I,
)


# An answer that leaves what the ad is for to us ("whatever you think is best", "up to you"): no
# subject, so the question comes again, saying what is needed.
_DEFERRING_RE = re.compile(
    r"^\W*(?:(?:oh|um+|hmm+|well|honestly|idk|dunno|i\s+don'?t\s+know)\W+)*(?:"
    r"what(?:ever|ever\s+you\s+(?:think|like|want|prefer|reckon)(?:\s+is\s+best)?)|"
    r"(?:it'?s\s+)?up\s+to\s+you|you\s+(?:decide|choose|pick)|your\s+call|surprise\s+me|anything(?:\s+(?:is\s+fine|works|goes))?|"
    r"(?:you\s+)?(?:do\s+)?what(?:ever)?\s+you\s+think(?:\s+is\s+best)?|dealer'?s\s+choice|no\s+idea|don'?t\s+mind"
    # ("idk, whatever looks good", "whatever you think looks nice")
    r"|what(?:ever)?(?:\s+you\s+think)?\s+(?:looks?|sounds?|seems?|works?)\s+(?:good|nice|best|great|right|cool)"
    r")\W*(?:(?:is\s+)?fine|best|works|really|honestly|please|pls|thanks)?\W*$",
    _I,
)
DEFERRED_QUESTION = (
    "I can't make that choice for you: the ad needs something to be about. What does the business "
    "or product sell or do, and what is its name? (A length or a mood is optional.)"
)


# What we sell, then only that an ad is wanted, no name said ("we sell loose leaf tea online, could
# use an ad", "I make soy candles, need a video"): the ad would say "your product" and the name
# would come as edits of an ad already made, so the chat asks the name first. A new way of saying
# what is sold or that an ad is wanted is a word in a row.
_SELLS = r"sell|make|bake|brew|roast|grow|knit|sew|build|design|craft|do|offer|run"
_WANTS = (
    r"could\s+use|need|want|would\s+like|'?d\s+like|are\s+looking\s+for|'re\s+looking\s+for"
    r"|(?:can|could|would)\s+you\s+(?:make|do|create|put\s+together)\s+(?:us|me)"
)
_AD = r"ad|advert|video|promo|commercial|spot|clip"
_SELLS_NAMELESS_RE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|ok(?:ay)?)\b[\s,!.]*)*(?:we|i)\s+(?:just\s+)?(?:" + _SELLS + r")\s+"
    r"(?P<what>[a-z][a-z\s&'-]{2,40}?)(?:\s+(?:online|locally|from\s+home))?\s*[,.;-]*\s*"
    r"(?:(?:and|so|but)\s+)?(?:(?:we|i)\s+)?(?:"
    + _WANTS
    + r")\s+(?:an?\s+|some\s+)?(?:new\s+)?(?:"
    + _AD
    + r")s?"
    r"\s*(?:please|pls|now)?\W*$",
    _I,
)
# "no name yet", "it doesn't have one": no name to give, so the ad is made without one.
_NO_NAME_RE = re.compile(
    r"^\W*(?:(?:oh|um+|hmm+|well|honestly|no|nope|nah)\W+)*(?:(?:there'?s|there\s+is|we\s+have|i\s+have|it\s+has|we|i|it)\s+)?"
    r"(?:no|not\s+a|none|n/a|doesn'?t\s+(?:have|matter)|don'?t\s+have|haven'?t\s+got)(?:\s+(?:one|a|any|name|brand|"
    r"brand\s+name|yet|really|name\s+yet|brand\s+yet))*\W*(?:(?:just\s+)?(?:go\s+ahead|make\s+it|skip(?:\s+it)?|"
    r"leave\s+it\s+out|whatever)\W*)?$",
    _I,
)
NAME_QUESTION = "Happy to. What is the brand or shop called? Add a length or a mood if you have one in mind."


def sells_without_a_name(text: str) -> bool:
    """ "we sell loose leaf tea online, could use an ad": what is sold, in small letters (no name),
    and only that an ad is wanted."""
    m = _SELLS_NAMELESS_RE.match(text)
    return m is not None and not any(c.isupper() for c in m.group("what"))


def no_name(answer: str) -> bool:
    """Whether an answer to :data:`NAME_QUESTION` says there is no name to give ("no name yet")."""
    return bool(_NO_NAME_RE.match(answer)) or defers(answer)


# The same in chat shorthand and in pieces ("whatever u think works, ur the expert", "u pick",
# "idk u decide lol", "you know best, go for it", "trust you"): every piece leaves the choice to us
# (round thirty b). A new way of leaving it is a row.
_YOU = r"(?:you|u|ya|yall|y'?all)"
_YOURE = r"(?:you'?re|youre|ur|u'?re|you\s+are|u\s+r)"
_LEAVES_IT_PIECES: tuple[str, ...] = (
    rf"what(?:ever)?(?:\s+{_YOU})?\s+(?:think|want|like|prefer|reckon|feel\s+like)(?:\s+(?:is\s+)?(?:best|works?|good|fits?))?",
    r"what(?:ever)?\s+(?:works?|fits?|is\s+best|you\s+got)",
    rf"{_YOURE}\s+the\s+(?:expert|pro|professional|boss|ai|genius)s?",
    rf"{_YOU}\s+(?:know|knows)\s+(?:best|better)",
    rf"{_YOU}\s+(?:decide|choose|pick|call\s+it)",
    rf"(?:i\s+)?trust\s+{_YOU}(?:r\s+(?:judgement|judgment|taste|call))?",
    rf"(?:it'?s\s+)?(?:up\s+to\s+{_YOU}|{_YOU}r\s+call|your\s+(?:call|choice|pick))",
    r"surprise\s+(?:me|us)|go\s+(?:for\s+it|wild|nuts|crazy)|dealer'?s\s+choice|anything|something|idk|dunno|"
    r"i\s+don'?t\s+(?:know|mind|care)|no\s+(?:idea|preference)|doesn'?t\s+matter|don'?t\s+mind",
    r"lol|lmao|haha|tbh|honestly|really|just|pls|please|thanks|thx|fr|ok(?:ay)?|so|and|but|oh|um+|hmm+|well|"
    r"(?:is\s+)?fine|works?|whatever|best|good|cool|bro|man|mate",
)
_LEAVES_IT_RE = re.compile(rf"\b(?:{'|'.join(_LEAVES_IT_PIECES)})\b", _I)


def defers(answer: str) -> bool:
    """Whether an answer to :data:`OPEN_QUESTION` leaves what the ad is for to us."""
    if _DEFERRING_RE.match(answer):
        return True
    rest = _LEAVES_IT_RE.sub(" ", answer.replace("’", "'"))
    return rest != answer.replace("’", "'") and not re.search(r"\w", rest)


_BRAND_WAY_RE = re.compile(
    r"\b(?:(?:the\s+)?way|like|in\s+the\s+style\s+of|style\s+of|à\s+la|a\s+la)\s+"
    r"(?:(?:the\s+ones?|those|what|how|the)\s+)?(?:"
    + "|".join(pattern for _, pattern in BRAND_LOOKS)
    + r")(?:['’]s)?(?:\s+(?:would|does|do|did|might|makes?|made)(?:\s+(?:do|make))?(?:\s+(?:it|them|theirs|ads?))?)?\b",
    _I,
)


# A sign-off closing a pasted note ("Thanks! - Sarah", "Best,\nTom", "— Jen"): its name names the
# writer, never what the ad is for.
_SIGN_OFF_RE = re.compile(
    r"(?:(?:^|[\s.!?,])(?:thanks|thank\s+you|thx|ta|cheers|best|regards|kind\s+regards|best\s+regards|warmly|"
    r"talk\s+soon|xo|xx)\b[\s!.,]*)?(?:^|\s)[-–—~]?\s*(?-i:[A-Z][a-z]+)\s*[.!]?\s*$"
    r"|(?:^|[\s.!?])(?:thanks|thank\s+you|thx|cheers|best|regards|warmly)[!.,]*\s*[-–—~]\s*(?-i:[A-Z][a-z]+)\s*$",
    _I,
)


# Who asked or signed off, by name ("Tom from legal approved …", "per Priya, …", "as Dana said",
# "Priya signed off"): a stakeholder's name names no subject of the ad (round thirty b).
_DEPARTMENT = r"(?:legal|finance|compliance|marketing|sales|brand|design|comms|hr|ops|the\s+\w+\s+team)"
_STAKEHOLDER_RE = re.compile(
    rf"(?-i:\b[A-Z][a-z]+)\s+(?:from|in|at|on)\s+{_DEPARTMENT}\b"
    r"|\b(?:per|as)\s+(?-i:[A-Z][a-z]+)(?:\s+(?:said|asked|says|wants))?\b"
    r"|(?:^|[.!?,;]\s*)(?-i:[A-Z][a-z]+)\s+(?=(?:(?:has|just|finally)\s+)?(?:signed\s+off|approved|okayed|ok'?d)\b)",
    _I,
)


def is_open_brief(masked: str, quotes_count: int = 0) -> bool:
    """Every word asks for an ad, none says what it is for (see the module docstring)."""
    if quotes_count:
        return False  # quoted copy is something the ad is about
    masked = _SIGN_OFF_RE.sub("", masked)  # "… Same vibe. Thanks! - Sarah": who wrote, no subject
    masked = _STAKEHOLDER_RE.sub(" ", masked)  # "Tom from legal approved the budget, …"
    # ("the way Apple does it", "in the style of Apple", "like Nike would"): a brand's ads as the look
    text = without_award_name(_BRAND_WAY_RE.sub(" ", masked))  # "the G2 award": who gives it
    # ("ad for SAVE20 please", "something for the WELCOME10 code"): a discount code is an offer
    text = _CODE_WORD_RE.sub(" ", text)
    text = _OFFER_ON_RE.sub(" ", text)  # "20% off frames": an offer, nobody's
    for duration in reversed(find_durations(text)):
        text = text[: duration.start] + " " + text[duration.end :]
    text = re.sub(
        r"\b(?:(?:lunar\s+|chinese\s+)?new\s+year'?s?|black\s+friday|cyber\s+monday|social\s+media|"
        r"no\s+(?:call[\s-]?out|hidden|extra|callout)|call[\s-]out|check[\s-]up|eid(?:\s+al)?-?(?:fitr|adha)|spring\s+festival|mid-autumn\s+festival|hari\s+raya|mother'?s\s+day|father'?s\s+day|"
        r"(?:late|early|evening|night|comedy|live|matinee|opening|the|our|this|next)\s+shows?)\b",
        " ",
        text,
        flags=_I,
    )
    words = _WORD_RE.findall(text.replace("’", "'"))
    # (a word's possessive is that word: "next Friday's gig", "the season's drop")
    return bool(words) and all(_OPEN_WORD_RE.match(w.removesuffix("'s")) or w.isdigit() for w in words)


def answer_brief(original: str, answer: str, project: AdProject | None) -> str | None:
    """The brief that an answer to :data:`OPEN_QUESTION` completes: "an ad for <answer>. <the
    open request>", or None when the reply is a request of its own (an edit of the open ad,
    "undo", "help", another open request) rather than what the ad is for."""
    if _NOT_AN_ANSWER_RE.match(answer) or is_open_brief(answer) or answer.rstrip().endswith("?"):
        return None
    if project is not None and any(r.kind != "all" for r in find_scene_refs(answer, project, [])):
        return None
    subject = _ANSWER_LEAD_RE.sub("", answer, count=1).strip()
    if not subject:
        return None
    # ("Let's kick off a new spot": its first word, capitalised as a sentence's, names no brand)
    request = original.strip()
    return f"an ad for {subject}. {request[:1].lower()}{request[1:]}"


__all__ = [
    "DEFERRED_QUESTION",
    "NAME_QUESTION",
    "OPEN_BRIEF",
    "OPEN_QUESTION",
    "OPEN_WORDS",
    "answer_brief",
    "defers",
    "is_open_brief",
    "no_name",
    "sells_without_a_name",
]
