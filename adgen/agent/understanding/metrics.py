"""Performance marketers' figures and audience notes said before the request: "hook rate is low,
punch up the opener", "CTR on the end card is 0.4%, the button isn't popping", "my customers are
in their 70s, the text is tiny", "most watch muted anyway, turn the voice-over off".

Part of :mod:`adgen.agent.understanding`. The figure or the note is why the marketer asks, never
a value of the ad: "3-second view rate" is no 3 s length, "muted" no muted look, "70+" no text.
Each row of ``CONTEXT`` is one kind of such lead-in, dropped only when a request follows it;
each row of ``SAID_AS`` rewrites a metric word that does name the request ("retention dips at
the showcase" is "the showcase drags").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.project import AdProject

_I = re.I

# The figures an ads manager reports.
_METRIC = (
    r"(?:hook\s+rate|hold\s+rate|thumb[\s-]?stop(?:\s+rate|\s+ratio)?|(?:3|three)[\s-]?sec(?:ond)?s?\s+views?(?:\s+rate)?"
    r"|view[\s-]?through(?:\s+rate)?|vtr|ctr|click[\s-]?through(?:\s+rate)?|cpa|cpc|cpm|roas|completion\s+rate"
    r"|conversion\s+rate|cvr|engagement(?:\s+rate)?|watch\s+time|retention|drop[\s-]?off)"
)
_LEAD = r"^\W*(?:(?:ok|okay|so|hmm+|well|honestly|tbh|fyi|heads\s+up|btw|also|and)\W+)*"
# Where the lead-in ends: a clause break, then maybe "so" / "which means".
_BREAK = r"\s*(?:[,.;:!]+|\s[-\u2013\u2014]+)\s*(?:(?:so|which\s+means|meaning|therefore|hence|and)\b[\s,]*)?"

# One row per kind of lead-in that is a reason, never part of the request.
CONTEXT: tuple[re.Pattern[str], ...] = (
    # "hook rate is low", "CTR on the end card is 0.4%", "our 3-second view rate is bad",
    # "hook rate on our last ad was 12%": a figure and how it is
    re.compile(
        _LEAD + r"(?:(?:our|the|my|its?|this\s+ad'?s)\s+)?" + _METRIC + r"\b[^,.;:!?\n]{0,40}?\b"
        r"(?:is|are|was|were|sits?|sucks?|stinks?|tanked|dropped|dips?|fell|falls|'s)\b[^,;:!?\n]{0,30}?"
        r"(?:low|bad|poor|terrible|awful|weak|down|meh|trash|horrible|tanking|dropping|\d+(?:\.\d+)?\s*%|nothing|zero)"
        + _BREAK,
        _I,
    ),
    # "my customers are in their 70s", "our buyers skew 65+", "our audience is mostly retirees"
    re.compile(
        _LEAD
        + r"(?:my|our|the)\s+(?:customers|buyers|audience|viewers|shoppers|clients|users|followers|demo(?:graphic)?|"
        r"target(?:\s+audience)?|crowd|community|patients|members|regulars)\s+"
        r"(?:are|is|skews?|skewing|tends?\s+to\s+be|mostly|tend\s+(?:older|younger))\b[^,.;:!?\n]{0,40}?"
        + _BREAK,
        _I,
    ),
    # "most watch muted anyway", "most people watch with the sound off", "nobody has sound on"
    re.compile(
        _LEAD
        + r"(?:most(?:\s+(?:people|viewers|folks|users|of\s+them|of\s+our\s+\w+))?|everyone|people|nobody|"
        r"no\s*one|(?:\d+|ninety|eighty)\s*%(?:\s+of\s+(?:people|viewers))?)\s+"
        r"(?:watch(?:es)?|view|scroll|see\s+it|ha(?:ve|s)|keeps?|are)\s+[^,.;:!?\n]{0,30}?"
        r"(?:muted|on\s+mute|sound\s+off|without\s+(?:the\s+)?sound|no\s+sound|sound\s+on|audio\s+(?:on|off))"
        r"(?:\s+(?:anyway|anyways|though|these\s+days))?" + _BREAK,
        _I,
    ),
    # "hmm no, some don't. put it back on", "actually plenty do, …": a second thought on who
    # watches how, said before the request it leads to
    re.compile(
        r"^\W*(?:(?:hmm+|no|nah|well|actually|wait|ok|okay|on\s+second\s+thought)\W+)*(?:some|a\s+lot|lots|many|plenty|"
        r"quite\s+a\s+few|not\s+everyone|not\s+all)(?:\s+of\s+(?:them|our\s+\w+)|\s+people|\s+viewers|\s+folks)?\s+"
        r"(?:don'?t|do|does|doesn'?t|watch\s+with\s+(?:the\s+)?sound(?:\s+on)?|have\s+(?:the\s+)?sound\s+on)\b"
        + _BREAK,
        _I,
    ),
    # "colour-blind folks can't see that, make it white", "older viewers can't read it, so …": who
    # cannot see the thing, said before the fix for it (the fix is the request, never a size too)
    re.compile(
        _LEAD + r"(?:(?:colou?r[\s-]?blind|older|elderly|senior|some|many|most|a\s+lot\s+of|lots\s+of|"
        r"half\s+(?:of\s+)?(?:my|our))\s+)"
        r"(?:folks|people|viewers|customers|users|buyers|shoppers|readers|ones|guys|followers)\s+"
        r"(?:can'?t|cannot|couldn'?t|won'?t\s+be\s+able\s+to|struggle\s+to|have\s+trouble\s+(?:to\s+)?)\s*"
        r"(?:see|read|make\s+out|tell\s+apart|pick\s+out|seeing|reading)\s+(?:that|it|this|them|those|these)(?:\s+(?:colou?r|one|text))?"
        + _BREAK,
        _I,
    ),
    # "my cofounder is colour-blind and says …": who says it (the text after is the complaint)
    re.compile(
        _LEAD + r"(?:my|our|a\s+lot\s+of\s+our|some\s+of\s+our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are)\s+"
        r"colou?r[\s-]?blind\s*(?:,\s*|\s+and\s+)(?:(?:she|he|they)\s+)?(?:says?|said|tells?\s+me|told\s+me)\s+"
        r"(?:that\s+)?",
        _I,
    ),
)

# Metric words that do say the request: the scene where viewers leave is too long (a scene named
# by its role or place: one named by what it shows is the described-scene reader's).
SAID_AS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "retention dips at the social proof", "watch time falls off a cliff at the showcase",
    # "people drop off during the testimonial": that scene drags
    (
        re.compile(
            _LEAD
            + r"(?:(?:our|the)\s+)?(?:retention|watch\s+time|viewers|people|everyone|most\s+people|they)\s+"
            r"(?:dips?|drops?(?:\s+off)?|falls?\s+off(?:\s+a\s+cliff)?|tanks?|craters?|leaves?|bounces?|swipes?(?:\s+away)?|"
            r"scrolls?(?:\s+away|\s+past)?|bails?)\s+(?:hard\s+|right\s+)?(?:at|during|on|in|around)\s+"
            r"(?P<scene>(?:the|that|this)\s+(?:(?:first|second|third|fourth|fifth|last|final|middle|opening|closing)\s+)?"
            r"(?:hook|opener|intro|showcase|demo|social\s+proof|testimonial|reviews?|problem|benefits?|offer|cta|"
            r"call\s+to\s+action|end\s+card|closer|ending|scene(?:\s+\d+)?|part|bit|section))\s*(?=$|[,.;:!?\n])",
            _I,
        ),
        r"\g<scene> drags",
    ),
)


def _cut_off(m: re.Match[str]) -> str:
    """ "the hook text is cut off" (one word for the words: "the hook text", never "text text")."""
    what = m.group("what")
    named = re.search(r"\b(?:text|words|headline|caption|copy|line|tagline|writing)$", what, _I)
    return f"{what} is cut off" if named else f"{what} text is cut off"


# "the tiny writing on the showcase is impossible for my mum", "the little text is unreadable":
# words called small and then unreadable are too small (read as typed, "tiny" set a tiny size)
SAID_AS += (
    (
        re.compile(
            r"\b(?P<a>the|that|this|all\s+the|our)\s+(?:(?:really|very|so)\s+)?(?:tiny|little|small|teeny(?:[\s-]weeny)?|"
            r"minuscule|itty[\s-]bitty|wee)\s+(?P<n>writing|text|words|letters|lettering|font|print|type|captions?)"
            r"(?P<rest>\s+(?:in|on|at)\s+(?:the\s+)?[\w'\s-]{1,30}?)?\s+(?:is|are|'s)\s+"
            r"(?:(?:just|basically|totally|completely|really|so|pretty\s+much)\s+)?"
            r"(?:impossible|unreadable|illegible|hard|tough|too\s+hard|difficult|a\s+struggle)\b[^,.;!?\n]*",
            _I,
        ),
        r"\g<a> \g<n>\g<rest> is too small",
    ),
)


# A scene's words named ("the hook text", "the end card copy", "the hook").
_SCENE_WORDS = (
    r"(?P<what>(?:the\s+|our\s+|my\s+)?(?:hook|opener|opening|intro|cta|call\s+to\s+action|end\s+card|closer|showcase|"
    r"scene\s+\d+|first\s+scene|last\s+scene|price\s+scene)(?:'s|’s)?(?:\s+(?:text|words|headline|caption|copy|line|"
    r"tagline|writing))?)"
)
# What covers the words on the platform: its buttons, captions, username, interface.
_PLATFORM_UI = (
    r"(?:the\s+)?(?:tiktok|reels?|instagram|ig|insta|shorts|youtube|stories|snap(?:chat)?|fb|facebook|app)?(?:'s|’s)?\s*"
    r"(?:caption(?:\s+bar)?|buttons?|icons?|ui|interface|overlay|username|like\s+(?:and|&)\s+share(?:\s+buttons?)?|"
    r"description|comment\s+bar|progress\s+bar)"
)
SAID_AS += (
    # "the hook text is getting covered by the TikTok caption UI", "the cta sits under the Reels
    # buttons": that scene's words are cut off, which the cut-off question asks about (the words
    # of no scene keep the safe-area answer)
    (
        re.compile(
            _SCENE_WORDS + r"\s+(?:is\s+|are\s+|gets?\s+|getting\s+|keeps?\s+getting\s+|is\s+getting\s+)?"
            r"(?:(?:covered|hidden|blocked|obscured|buried)\s+(?:by|under|behind|beneath)|sits?\s+(?:right\s+)?"
            r"(?:under|behind|beneath)|(?:is\s+)?under)\s+" + _PLATFORM_UI + r"\b"
            r"(?:\s*[,;]?\s*(?:and\s+)?(?:it'?s|it\s+is|which\s+is|so\s+it'?s)\s+(?:outside|out\s+of|past|not\s+in)\s+"
            r"the\s+safe\s+(?:zone|area|margins?))?",
            _I,
        ),
        lambda m: _cut_off(m),
    ),
    # "the cta text is outside the safe zone", "the hook isn't in the safe area"
    (
        re.compile(
            _SCENE_WORDS
            + r"\s+(?:is|are|sits?|'s)\s+(?:(?:way|a\s+bit|partly|just)\s+)?(?:outside|out\s+of|past|not\s+in)\s+"
            r"the\s+safe\s+(?:zone|area|margins?)",
            _I,
        ),
        lambda m: _cut_off(m),
    ),
)


# A figure said alone, with how it is and nothing asked: the scene it measures, to be stronger,
# which the punch and stand-out questions ask about ("hook rate is low": the words, the picture
# or the length of the hook?; "CTR on the end card is bad": bigger text or a brighter background?).
_HOW_IT_IS = (
    r"(?:\s+(?:on|for|of|in)\s+(?:the\s+|this\s+|our\s+)?(?:ad|video|end\s+card|cta|hook|opener|last\s+\w+|latest\s+\w+))?"
    r"\s+(?:is|are|was|were|'s|looks?|seems?|sits?\s+at|came\s+in\s+at|stayed)\s+"
    r"(?:(?:really|very|so|super|way|pretty|quite|still|just|only|kinda|a\s+bit|terribly)\s+)*"
    r"(?:low|bad|poor|terrible|awful|weak|down|meh|trash|horrible|tanking|dropping|not\s+great|not\s+good|"
    r"(?:at\s+|only\s+)?\d+(?:\.\d+)?\s*%)"
    r"(?:\s+(?:on|for|of|in)\s+(?:the\s+|this\s+)?(?:ad|video|end\s+card|cta|hook|opener))?\W*$"
)
METRIC_ONLY: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            _LEAD
            + r"(?:(?:our|the|my|its?)\s+)?(?:hook\s+rate|hold\s+rate|thumb[\s-]?stop(?:\s+rate|\s+ratio)?|"
            r"(?:3|three)[\s-]?sec(?:ond)?s?\s+views?(?:\s+rate)?)" + _HOW_IT_IS,
            _I,
        ),
        "the hook needs more punch",
    ),
    (
        re.compile(
            _LEAD
            + r"(?:(?:our|the|my|its?)\s+)?(?:(?:end\s+card|cta)(?:'s|’s)?\s+)?(?:ctr|click[\s-]?through(?:\s+rate)?|"
            r"clicks?|tap[\s-]?through(?:\s+rate)?)" + _HOW_IT_IS,
            _I,
        ),
        "the cta needs to stand out more",
    ),
)


# The scene a figure was said of ("CTR on the last card", "hook rate at the opener").
_PLACE_RE = re.compile(
    r"\b(?:on|at|in|for|of)\s+(?P<scene>(?:the|that|this|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:card|scene|hook|cta|opener|intro|showcase|ending|closer|slide|part|bit|social\s+proof|testimonial))\b",
    _I,
)
_SCENE_WORD_RE = re.compile(
    r"\b(?:hook|cta|scene|card|opener|intro|showcase|ending|end|closer|slide|proof|problem|testimonial|"
    r"first|last|middle|everything|all|every)\b",
    _I,
)


def without_reasons(masked: str) -> str:
    """``masked`` without a metric or audience lead-in before its request, and with a metric said
    as the request in the parser's words; unchanged when nothing of a request would be left."""
    text = masked
    for pattern in CONTEXT:
        m = pattern.search(text)
        if m is not None and re.search(r"\w", text[m.end() :]):
            place = _PLACE_RE.search(text[: m.end()])
            text = text[m.end() :]
            if place is not None and not _SCENE_WORD_RE.search(text):
                # "CTR on the last card is weak - bigger text there": the figure goes, its scene stays
                text = f"in {place.group('scene')}, {text}"
    for pattern, meaning in SAID_AS:
        text = pattern.sub(meaning, text)
    for pattern, said in METRIC_ONLY:
        if pattern.match(text):
            return said
    return text


# A message that only says who watches, and that they are older ("my customers are in their 70s",
# "our buyers skew 65+", "most of our viewers are retirees"): what suits them is asked, never guessed.
_OLDER_ONLY_RE = re.compile(
    _LEAD
    + r"(?:(?:my|our|the)\s+(?:[\w-]+\s+)?(?:customers|buyers|audience|viewers|shoppers|clients|users|followers|"
    r"demo(?:graphic)?|target(?:\s+audience)?|crowd|patients|members|regulars)|(?:most\s+of\s+)?(?:my|our)\s+\w+)\s+"
    r"(?:are|is|skews?|skewing|tends?\s+to\s+be)\s+(?:(?:mostly|mainly|largely|all|pretty|quite|a\s+lot|much)\s+)*"
    r"(?:in\s+their\s+(?:[6-9]0s|sixties|seventies|eighties|nineties)|(?:[6-9]\d|sixty|seventy|eighty)\s*\+|"
    r"over\s+(?:[6-9]\d|sixty|seventy|eighty)|older(?:\s+(?:people|folks|viewers|adults))?|elderly|seniors?|retirees|"
    r"retired|pensioners|boomers)"
    r"(?:\s+(?:and\s+up|or\s+older|plus|anyway|though|mostly|(?:and|so)\s+(?:they\s+)?(?:struggle|find\s+it\s+hard)[^.!?]*))?"
    r"\W*$",
    _I,
)


def older_audience(masked: str, project: AdProject | None) -> PendingQuestion | None:
    """ "my customers are in their 70s", said alone: bigger text, or (with a voice-over) a slower
    voice, or both, asked."""
    if project is None or not _OLDER_ONLY_RE.match(masked):
        return None
    bigger = [
        {
            "operation": "update_overlay",
            "sceneId": s.id,
            "fontSize": min(200, round(s.overlay.font_size * 1.25)),
        }
        for s in project.scenes
    ]
    options = [PendingOption("bigger text", ["bigger text", "bigger", "text", "larger", "the text"], bigger)]
    if not project.voice.enabled:  # one thing to offer: a "yes" takes it
        options[0].words.extend(
            ["yes", "yes please", "yeah", "yep", "sure", "ok", "okay", "please do", "do it"]
        )
        return PendingQuestion("For older viewers, should I make all the text bigger?", options)
    slower = [{"operation": "update_voice", "rate": max(0.5, round(project.voice.rate * 0.85, 2))}]
    options.append(PendingOption("a slower voice", ["slower", "slower voice", "voice", "the voice"], slower))
    options.append(
        PendingOption("both", ["both", "both please", "both of them", "all of it"], bigger + slower)
    )
    return PendingQuestion(
        "For older viewers, should I make all the text bigger, the voice-over slower, or both?", options
    )


__all__ = ["CONTEXT", "METRIC_ONLY", "SAID_AS", "older_audience", "without_reasons"]
