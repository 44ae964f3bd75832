"""What a message says around its request: greetings before it, courtesies and emoji after it.

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really type them). "Hi
team — in the last scene, move the bottle left", "set the brand name to Northwind Roasters 🙏",
"tagline 'Glow from within' asap": none of the framing is part of the request, yet it changed the
reading. Checked by rewriting every message the parser reads in the development sets with such
framing, which must leave the reading as it was (tests/agent/test_framing.py); before this
module, 1 in 14 of those rewrites read differently:

- a trailing "asap", "please", ":)" or emoji became part of an unquoted value (the brand name
  "Northwind Roasters :)", the font "Montserrat asap"), or of the last of two versions, which was
  then lost ("one with 'Thirsty much?' and one with 'Need a lift?' :)" made one variant);
- a leading "hey," / "ok so" / "also," / "pls" / "Hi team —" hid the scene named at the start
  of the request ("pls in the last scene, move the bottle left" moved it in every scene) and the
  first item of a numbered list;
- doubled spaces went into the copy ("Grab  a  bottle") or changed the reading ("nudge  the  cta
  font  up" also moved the text to the top).

A second check (tests/agent/heldout/test_rewrites_hold_b.py) added sign-offs with the writer's name
(". Thanks, Maria", "\n\nBest regards,\nTom"; the name went into the font), an address first
("@adgen", "Alright team,": "alright" was read as "right"), a label with an adjective ("Small
change:" made the text smaller), a list marker before the one request, and more courtesies.

Only the masked text is touched (quoted words are never framing), and only when something of a
request is left: "thanks :)" alone is still a thank-you. A text typed without quotes after "say",
"read", ":" … keeps its emoji, emoticons and "!!": they may be the copy.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.lead_ins import LABEL
from adgen.agent.understanding.quotes import PLACEHOLDER_RE

# Greetings and openers. The first group is framing wherever it opens the message; the second
# only with punctuation after it (or "ok so"): "right side", "so much bigger" are requests.
_OPENER_RE = re.compile(
    r"^\s*(?:"
    # ("pls all the text white": "all" is the request's, not the people greeted)
    r"(?:hey|hi|hello|hiya|yo|heya|dear|pls|plz|please|kindly|fyi|psst)\b"
    r"(?:\s+(?:team|all(?=\s*[,:;!.—–-])|everyone|guys|folks|there|again|y'all|adgen))?"
    r"\s*[,:;!.—–-]*"
    # "@adgen make …", "@sam: …": whom the message is for
    r"|@[\w.-]+\s*[,:;!.—–-]*"
    r"|(?:good\s+)?(?:morning|afternoon|evening)(?:\s+(?:team|all|everyone|guys|folks|there|y'all|adgen))?\s*[,:;!.—–-]+"
    r"|(?:ok(?:ay)?|alright|right|so|um+|hmm+|well|quick\s+one|one\s+more\s+thing|heads\s+up"
    r"|also|and\s+also|oh\s+and|btw|by\s+the\s+way|plus|adgen|basically|fine|fair\s+enough|sure|no\s+worries)"
    r"(?:\s+(?:team|all|everyone|guys|folks|y'all|adgen))?\s*[,:;!.—–-]+"
    # "Thank you! Could the last scene …", "Great, thanks. …": thanks for the last change, a sentence
    # of its own before the request
    r"|(?:(?:great|perfect|lovely|nice|brilliant|awesome|wonderful|super|ok(?:ay)?)[\s,]+)?"
    r"(?:thank\s+(?:you|u)|thanks|thx|ty|cheers)(?:\s+(?:so\s+much|very\s+much|a\s+lot))?\s*[!.]+"
    # "Lovely. Would you mind nudging its text up?", "great, could you …": praise for the last change,
    # a sentence of its own before a polite request (round thirty-seven a, dev23)
    r"|(?:great|perfect|lovely|nice|brilliant|awesome|wonderful|super|cool|excellent|fab|fantastic|marvellous)"
    r"\s*[!.,]+(?=\s*(?:(?:would|could|can|will)\s+(?:you|u|we)|would\s+it\s+be|please|pls|kindly)\b)"
    # "on this one apply link white" after switching to B: the ad being edited, which edits go to
    # anyway (without a comma, "one" was read as a scene's number and the edit asked which scene)
    r"|(?:on|for|in)\s+this\s+(?:one|version|variant|variation|cut|copy)\b(?!\s*(?:is|was|has|looks|'s)\b)\s*[,:;—–-]*"
    r"(?=\s*\S)"
    r"|p\.?\s?s\b\.?\s*[,:;!.—–-]*"
    # "I'm sorry to trouble you, but could you …", "sorry to bother you again -": an apology for asking
    r"|(?:i'?m\s+|i\s+am\s+)?(?:so\s+|very\s+|terribly\s+|really\s+)?sorry\s+to\s+(?:trouble|bother|pester)\s+you(?:\s+again)?"
    r"\s*(?:[,:;!.—–-]+\s*(?:but\b)?|\s+but\b)"
    r"|(?:ok(?:ay)?\s+so|so\s+basically)\b\s*[,:;!.—–-]*"
    # "legal review time.", "compliance check:": the occasion of the requests, no scene ("review"
    # is no testimonial here)
    r"|(?:(?:it'?s|ok(?:ay)?|right|so)[\s,]+)?(?:legal|compliance|brand|client|final|quick)\s+(?:review|check|pass)"
    r"(?:\s+time)?\s*[,:;!.—–-]+"
    # "- make the hook red", "• …", "1) …": a list marker before the one request of the message
    # ("- 5 seconds on the hook", "> 20 s is too long": a minus, a "more than" before a digit stay)
    r"|(?:[-–•*·▪►>](?!\s*\d)|\(?\d{1,2}[).])\s+(?!.*(?:^|\s)\(?\d{1,2}[).]\s)"
    # "Client feedback: …", "notes from the client: …", "Update: …": a label before the request
    # (a row of lead_ins.LEAD_INS, the table of lead-ins that only say requests follow)
    rf"|{LABEL}"
    # "B won the test.", "version A did better!": news of a test, then what to do about it
    r"|(?:version\s+|variant\s+|the\s+)?[a-d](?:\s+(?:version|variant|one|cut))?\s+(?:won|wins|did\s+(?:better|best)|"
    r"performed\s+(?:better|best)|is\s+the\s+winner|came\s+out\s+(?:ahead|on\s+top)|beat\s+[a-d])"
    r"(?:\s+the\s+(?:a/?b\s+|ab\s+|split\s+)?test)?\s*[.!;—–-]+"
    r")\s*",
    re.I,
)
# Emoji and pictographs (with their joiners and variation selectors), and text emoticons.
_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\ufe0f\u200d\U0001f3fb-\U0001f3ff]"
_EMOTICON = r"(?::-?\)|:-?d\b|;-?\)|:-?p\b|<3|\^\^|xd\b)"
_COURTESY = (
    r"(?:please|pls|plz|thx|ty|tysm|cheers|asap|a\.s\.a\.p\.?|rn|if\s+possible|if\s+you\s+can"
    r"|(?:many\s+)?(?:thanks|thank\s+(?:you|u)|ta|tyvm)(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|ton)|\s+again"
    r"|\s+in\s+advance|\s+(?:team|all|everyone|guys|folks))?(?:\s+x+)?"
    r"|please\s+and\s+thank\s+(?:you|u)|(?:much\s+)?appreciated|(?:i\s+)?appreciate\s+it|no\s+rush|no\s+hurry"
    r"|whenever\s+you\s+can|(?:lmk|let\s+me\s+know)\s+if\s+(?:there\s+are\s+)?any\s+(?:issues|problems|questions)"
    r"|when\s+you\s+(?:can|get\s+a\s+(?:sec|chance))|lol|haha+|xx+"
    # Irish/Scottish/Australian sign-offs after a comma ("music up a wee bit there, grand"): "grand"
    # alone is a mood ("make the music grand"), so only after a comma
    r"|(?<=,)\s*(?:grand|sound|legend|ace|champion)(?:\s+(?:so|job|thanks|mate))?|(?<=,\s)(?:grand|sound|legend|ace|champion)(?:\s+(?:so|job|thanks|mate))?"
    r"|(?:ta|cheers|thanks)\s+(?:mate|pal|hen|love|a\s+million)|good\s+on\s+(?:ya|you)|you['’]?re\s+a\s+(?:star|legend|gem)"
    # ("the first scene too while ur at it": no request of its own)
    # ("… and the hook bigger while you're there", "whilst you're in there")
    r"|(?:while|whilst)\s+(?:you|u|ya)(?:['’]?re|\s+are|r|\s+r)?\s+(?:at\s+it|(?:in\s+)?there)"
    r"|if\s+(?:that|this|it)['’]?s\s+(?:ok(?:ay)?|alright|all\s+right|fine|possible|not\s+too\s+much\s+trouble)"
    r"|if\s+(?:that|this)\s+(?:works|is\s+(?:ok(?:ay)?|fine|possible))|(?:that\s+)?would\s+be\s+(?:great|nice|awesome|perfect)"
    # ("our tagline is now 'Hear less.' can you put that in": the request it closes says what goes in)
    r"|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:put|pop|stick|add|get)\s+(?:that|it|this)\s+in"
    r"(?:\s+(?:for\s+(?:me|us)|there|please))?)"
)
# Softeners after a request that are no part of it, except in a text typed without quotes,
# where they may be the copy ("See you then").
_SOFT_CLOSING = r"(?:then|for\s+(?:me|us)|ideally|i\s+think|i\s+guess)"
# (after a word or a quote: "'Glow from within'…")
_WORD_END = r"(?<=[\w\ue100-\ue1ff])"
_CLOSING_RE = re.compile(
    rf"(?:[\s,;.!—–(-]*(?:{_EMOJI}+|{_EMOTICON}|\b{_COURTESY}\b|\b{_SOFT_CLOSING}\b|{_WORD_END}!{{2,}}"
    rf"|{_WORD_END}(?:\.{{2,}}|…)))+[\s.!?)]*$",
    re.I,
)
# A sign-off after the request, with the writer's name: ". Thanks, Maria", "\n\nBest regards,\nTom",
# " — cheers, Sam". Only after the end of a sentence or line, and only with a capitalised name.
_NAME = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*\.?)?)"
_SIGN_OFF_RE = re.compile(
    r"(?:(?:(?<=[.!?])|\s*\n|\s+[—–-])\s*"
    r"(?:(?:many\s+|big\s+)?(?:thanks|thank\s+you|thx|ty|cheers)(?:\s+(?:so\s+much|a\s+lot|again|in\s+advance))?"
    r"|(?:best|kind|warm|many)?\s*regards|best(?:\s+wishes)?|all\s+the\s+best|talk\s+soon|br)"
    rf"[,!.\s—–-]*(?<=[\s—–-]){_NAME}"
    # "…\n— Maria": a name alone on the last line (inline, "— Maria" may be a testimonial's)
    rf"|\s*\n\s*[—–-]+\s*{_NAME})[\s.!]*$",
    re.I,
)
# Words that start a text typed without quotes ("the CTA should say: 限定 — 30% OFF!! 🍵"): its
# emoji and exclamation marks are copy, only a courtesy after it is framing.
_TEXT_CUE_RE = re.compile(
    r"\b(?:say|says|saying|said|read|reads|reading|called|named|titled|tagline|slogan|motto)\b"
    r"|\b(?:text|line|copy|cta|hook|headline|caption|title|words?)\s*(?::(?!-?[()dpDP]\B)|[=→]|->)"
    # sweep 39: "change the showcase text to Real lemons in every can" (the article reader had put
    # "the" into the copy: "in the every can"); not a place or a size ("set the text to the top")
    r"|\b(?:change|set|switch|update|edit|rewrite|turn)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:text|line|copy|headline|caption|title|words|wording)\s+to\b"
    r"(?!\s+(?:the\s+)?(?:top|bottom|left|right|middle|cent(?:er|re)|scene|size|colou?r|\d+\s*(?:px|pt|%|points?)?\s*$))",
    re.I,
)
_COURTESY_CLOSING_RE = re.compile(rf"(?:[\s,;.—–(-]*\b{_COURTESY}\b)+[\s.!?)]*$", re.I)
_COMPARATIVE_END_RE = re.compile(
    r"(?:,|\band)\s+(?:a\s+(?:bit|little)\s+)?(?:brighter|darker|warmer|cooler|softer|calmer)\s*$", re.I
)
# "can you set the tagline to 'Glow'?", "could we make the hook pink and the cta white?", "we need to
# undo that": a request put politely, often as a question. The opener and the question mark are no
# part of it (the "?" went into unquoted values and made the second of two requests a question).
# Not when what follows asks for an answer ("can you tell me what scene 2 says?").
_POLITE_RE = re.compile(
    r"^\s*(?:(?:can|could|would|will)\s+(?:you|u|ya|we)|would\s+it\s+be\s+possible\s+to|is\s+it\s+possible\s+to"
    r"|i'?d\s+like\s+you\s+to|i\s+(?:want|need)\s+you\s+to|need\s+you\s+to|we\s+need\s+to|i\s+need\s+to)"
    r"(?:\s+(?:please|pls|plz|maybe|just|possibly|kindly|quickly))*\s+"
    r"(?!(?:(?:please|pls|plz|maybe|just|possibly|kindly|quickly)\s+)*(?:tell|explain|remind|inform|advise|describe|list|check|confirm|see|hear|read|say|show|find|guess|help|believe|think"
    r"|imagine|picture|handle|even|not|also\s+tell|do)\b|give\s+me\s+(?:a\s+)?(?:summary|rundown|overview|recap))"
    r"(?=[^\W\d_])",
    re.I,
)
# "could we have the music softer", "would it be possible to get the cta a bit bigger": "have" and
# "get" after a polite opener ask for the part to be made so, never whether it is
_HAVE_THE_RE = re.compile(r"^(?:have|get)\s+(?=(?:the|our|my|this|that|its)\s)", re.I)
# "let's undo that", "maybe make the cta say …", "I think we should make both …", "just add a Reels
# version": a softened imperative. Only before a verb of a request: "just vertical" and "maybe the
# hook?" keep their words.
_SOFT_OPENER_RE = re.compile(
    r"^\s*(?:(?:let['’]?s|let\s+us|maybe|perhaps|just|i\s+think\s+(?:we|you)\s+should|(?:we|you)\s+(?:should|could)"
    r"|would\s+you\s+mind(?:\s+to)?|how\s+about\s+we|why\s+don['’]?t\s+(?:we|you)|i\s+(?:want|wanna|would\s+like)\s+to"
    r"|(?:i|we)['’]?d\s+like\s+to)\s+)+"
    r"(?=(?:make|change|set|add|remove|put|move|turn|use|swap|give|switch|bump|drop|cut|shorten|lengthen|lower|raise"
    r"|increase|decrease|try|update|replace|rename|delete|shift|bring|undo|redo|get|push|darken|brighten|mute|speed"
    r"|slow|nudge|scale|enlarge|shrink|extend|trim|tweak|boost|tone|reduce|revert|restore|show|hide|take|kill"
    r"|center|centre|pick|keep)\b)",
    re.I,
)
_INNER_EMOJI_RE = re.compile(rf"[ \t]*{_EMOJI}+[ \t]*")
_SPACES_RE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_WORD_RE = re.compile(r"[^\W\d_]{2,}|\d")


# "the music is fine but a little loud", "it's good, just a bit long": the praise before the
# complaint is framing; the complaint is said of the same thing.
_FINE_BUT_RE = re.compile(
    r"(?P<v>\b(?:is|are|'s|looks?|sounds?|feels?|seems?))\s+(?:(?:pretty|really|mostly|basically|quite)\s+)?"
    r"(?:fine|ok(?:ay)?|good|great|nice|alright|decent|cool)\s*,?\s*(?:but|just|only|though)\s+"
    r"(?=(?:(?:a|a\s+bit|a\s+little|a\s+tad|slightly|kinda|kind\s+of|somewhat|way|so|too|really)\s+)*"
    r"(?!(?:the|this|that|these|those|it|its|our|my|we|i|you|can|could|would|please|pls|make|change|add|"
    r"remove|put|move|give|maybe|not|no|needs?|should)\b)[a-z]+\b)",
    re.I,
)


# "the hook is good but make it shorter", "the cta looks nice, just make it bigger": "it" is the
# thing just praised.
_FINE_THEN_IT_RE = re.compile(
    r"^(?P<subj>\W*(?:the|this|that|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|looks?|seems?|feels?|sounds?)\s+"
    r"(?:(?:pretty|really|mostly|quite)\s+)?(?:fine|ok(?:ay)?|good|great|nice|alright|decent|cool)\s*[,;.]?\s*"
    r"(?:(?:but|just|though|so)\s+)*(?:(?:can\s+you|could\s+you|please|pls|maybe)\s+)?(?P<verb>make|turn|get)\s+it\b",
    re.I,
)


def keeps_symbols(masked: str) -> bool:
    """Whether the message ends on a text typed without quotes, whose emoji, emoticons and "!!"
    are kept as copy ("the cta should say: 30% OFF!! 🍵")."""
    return _TEXT_CUE_RE.search(masked) is not None and not PLACEHOLDER_RE.search(masked)


def text_cue_end(masked: str) -> int:
    """Where a text typed without quotes may start (after its first "say", "text:" …): the
    words from there on may be copy; the length of ``masked`` when there is no such cue."""
    cue = _TEXT_CUE_RE.search(masked)
    return len(masked) if cue is None else cue.end()


def unshouted(text: str) -> str:
    """A message typed in capitals, in lower case up to where a text typed without quotes may
    start (that text is kept as typed: it may be meant in capitals). Not for a brief: its
    product's name is found by its capitals ("NEED A 10 SECOND AD FOR BOLT ENERGY GUM")."""
    letters = [c for c in PLACEHOLDER_RE.sub(" ", text) if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return text
    end = text_cue_end(text)
    if PLACEHOLDER_RE.search(text[end:]):
        end = len(text)  # "HOOK TEXT: 'Hear it all' AND 'Noise?'": the copy is quoted, the rest is ours
    return text[:end].lower() + text[end:]


def unframed(masked: str) -> str:
    """``masked`` without the greetings before its request and the courtesies and emoji after
    it (an emoji inside it is a space); unchanged when nothing of a request would be left."""
    text = _SPACES_RE.sub(" ", masked)  # "cta  text:  Shop  now": one space is what was meant
    for _ in range(3):  # "hey team, ok so, …"
        opened = _OPENER_RE.match(text)
        if opened is None or not opened.group(0).strip():
            break
        text = text[opened.end() :]
    signed = _SIGN_OFF_RE.search(text)
    if signed is not None and _WORD_RE.search(text[: signed.start()]):
        text = text[: signed.start()].rstrip()
    unquoted_copy = keeps_symbols(text)
    closing = (_COURTESY_CLOSING_RE if unquoted_copy else _CLOSING_RE).search(text)
    if (
        unquoted_copy
        and closing is not None
        and not _WORD_RE.search(text[text_cue_end(text) : closing.start()])
    ):
        closing = None  # "the end card should say: Thank you": the courtesy is the copy
    if (
        closing is not None
        and _COMPARATIVE_END_RE.search(text[: closing.start()])
        and re.fullmatch(r"[\s,]*(?:please|pls|plz)[\s.!]*", text[closing.start() :], re.I)
    ):
        closing = None  # "…, and brighter please": the splitter reads a bare comparative by its "please"
    if closing is not None:
        ending = text[closing.start() :]
        text = text[: closing.start()] + ("?" if "?" in ending else "")
    softened = _SOFT_OPENER_RE.match(text)  # "maybe just add …"
    if softened is not None:
        text = text[softened.end() :]
    polite = _POLITE_RE.match(text)
    if polite is not None and text.count("?") <= 1 and re.search(r"\?\s*$", text):
        text = text[polite.end() :].rstrip()[:-1].rstrip()
    elif polite is not None and "?" not in text:
        text = text[polite.end() :]
    if polite is not None:  # "would it be possible to have the cake shot a bit longer": make (round 33 d)
        text = _HAVE_THE_RE.sub("make ", text, count=1)
    if not unquoted_copy:
        text = _INNER_EMOJI_RE.sub(" ", text).strip()
    text = _FINE_BUT_RE.sub(r"\g<v> ", text)  # "the music is fine but a little loud": "is a little loud"
    text = _FINE_THEN_IT_RE.sub(r"\g<verb> \g<subj>", text)  # "the hook is good but make it shorter"
    text = re.sub(r"(?m)^ +", "", text)  # an emoji that was a bullet leaves its line as it was
    if not _WORD_RE.search(text):
        return masked  # "thanks :)", "hey!": all framing, read as it is
    return text


__all__ = ["keeps_symbols", "text_cue_end", "unframed", "unshouted"]
