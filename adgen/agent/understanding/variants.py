"""A/B variants: making them ("an A/B version with a different hook", "two variants, one with
X and one with Y") and moving between them ("pick B", "ok go with A", "go back to the original").

Part of :mod:`adgen.agent.understanding`.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.calendar_versions import CALENDAR, FOR_WHEN
from adgen.agent.understanding.clause import Context, simulate
from adgen.agent.understanding.copy_named import (
    COPY_THIS,
    COPY_TO_TRY,
    TO_TRY,
    body_after_copy,
    without_copy_named,
)
from adgen.agent.understanding.occasion_versions import occasion_version_pattern
from adgen.agent.understanding.platforms import names_platform, read_platforms
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK
from adgen.agent.understanding.reader import ClauseReader
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.splitter import split_clauses
from adgen.agent.understanding.switching import Switch, VariantFamily, read_switch
from adgen.agent.understanding.values import find_colors, find_durations
from adgen.agent.understanding.variant_voice import spoken_lines, voice_apart
from adgen.agent.understanding.vocabulary import ALTERNATIVE_LINES
from adgen.project import AdProject
from adgen.tools import operations as ops

# "make a C from A with …", "a C off the original where …": the version it is made from, said
# between the new label and the difference (the original, which a variant is always made from).
_FROM_BASE = (
    r"(?:(?:from|off(?:\s+of)?|based\s+on|out\s+of)\s+(?:the\s+)?(?:original|(?:version\s+)?(?-i:A)|first\s+(?:one|version)|"
    r"this(?:\s+one)?)\s*,?\s+)?"
)
# Campaigns and markets a version is made for ("a Black Friday version", "dupe it for Ramadan", "a
# version for the EU"): a copy of the ad, never a change to this one (round twenty-five b).
SEASONS = (
    r"(?:black\s+friday|cyber\s+monday|christmas|xmas|holiday|holidays|festive|ramadan|eid|diwali|"
    r"lunar\s+new\s+year|chinese\s+new\s+year|new\s+year'?s?|valentine'?s(?:\s+day)?|mother'?s\s+day|"
    r"father'?s\s+day|easter|halloween|back[\s-]to[\s-]school|thanksgiving|hanukkah|singles'?\s+day|"
    rf"prime\s+day|boxing\s+day|summer\s+sale|winter\s+sale|spring\s+sale|{CALENDAR})"
)
MARKETS = (
    r"(?:(?:the\s+)?(?:eu|uk|us|usa|european|british|american|australian|canadian|indian)(?:\s+market)?"
    r"|europe|australia|canada|india)"
)
VARIATION_RE = re.compile(
    rf"{occasion_version_pattern(MARKETS)}|"
    # "Ramadan version, hook '…'", "a Diwali cut: …", "a version for the EU …", "dupe it for Black Friday"
    rf"^\W*(?:an?\s+)?{SEASONS}\s+(?:version|cut|edit|variant|variation|copy)\b{FOR_WHEN}(?=\s*(?:[,:;—–-]|with\b|where\b|$))"
    rf"|\b(?:an?|another|one\s+more)\s+(?:version|variant|variation|copy|cut)\s+for\s+(?:the\s+)?(?:{SEASONS}|{MARKETS})\b"
    rf"|\b(?:dupe|duplicate|clone|copy)\s+(?:it|this(?:\s+one)?|the\s+ad)\s+for\s+(?:the\s+)?(?:{SEASONS}|{MARKETS})\b"
    # "one more test cell: C with …", "test cell C: …", "add a cell C where …"
    r"|\b(?:one\s+more|another|a\s+new|new|a|add\s+a)\s+(?:test\s+)?cell\b|\b(?:test\s+)?cell\s+(?-i:[B-G])\b"
    r"|\b(?:a\s*/\s*b|ab)(?:[\s-]+(?:test(?:ing)?|version|variant|variation|split))?\b"
    # "give me 3 different hooks", "two alternative ctas": as many variants, each with another line
    r"|\b(?:two|2|three|3)\s+(?:different|alternative|alternate|other|new)\s+(?P<many>hooks|ctas|openers|openings)\b"
    r"|\b(?:two|2|three|3)\s+(?:(?:alt|alts|alternate|alternative|different|other|extra|more)\s+)?(?:versions?|variations?)\b|\bvariants?\b|\bvariations?\b(?!\s+of\s+(?:the\s+)?(?:hook|cta|scene))|\bsplit[\s-]test\b"
    r"|\b(?:alternative|alternate)\s+take\b|\bas\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:separate|new|second|different|another|own|standalone|extra)\s+(?:version|variant|ad|copy)\b"
    # "spin off a copy with piano music", "fork a version where …", "branch off a cut without …"
    r"|\b(?:spin|branch|split)\s+(?:off|out)\s+(?:a\s+|an?\s+other\s+|another\s+|one\s+more\s+)?(?:copy|version|variant|cut|duplicate)\b"
    r"|\bfork\s+(?:it|this|the\s+ad|a\s+(?:copy|version|variant))\b"
    r"|\b(?:alternative|alternate|second|another|different|separate|b)\s+(?:version|cut|edit)\b(?!\s+of\s+(?:the\s+)?(?:hook|cta|scene|intro|ending|showcase|\w+\s+scene))"
    # "B test: opener 'Hot sleeper?'": a capital letter before "test" names the variant to make
    r"|(?<![\w'/])(?-i:[B-G])[\s-]test\b(?!\s+(?:won|did|was|is|performed|results?))"
    r"|\bversion\s+(?:[B-Zb-z]|2|two)\b|\bversion\s+(?:where|with|without|minus|skipping|in\s+which|that)\b|(?<!the\s)\bversion\s+which\b"
    r"|^\W*(?-i:[B-G])\s+(?=with\b|without\b|where\b|in\s+which\b)|\bcopy\s+of\s+(?:the|this|my|our)\s+(?:ad|advert|film|video|spot|clip)\b"
    # "one copy more of this ad where …", "one more copy where …": another version of it
    r"|\b(?:one|a)\s+(?:copy|version)\s+more\b|\bone\s+more\s+(?:copy|version)\b(?!\s+of\s+(?:the\s+)?(?:hook|cta|text|line|scene))"
    r"|\b(?:an?|make|try|give\s+me)\s+(?-i:[B-G])\s+"
    + _FROM_BASE
    + r"(?=where\b|with\b|without\b|minus\b|in\s+which\b|that\b|version\b)"
    # "a B for the weekend crowd please, ending on '…'", "make a C for our students with …": a
    # version named by its letter and the audience it is for (round thirty d)
    r"|(?:^\W*|\b(?:make|try|give\s+me|do|want|need|create|and)\s+(?:me\s+|us\s+)?)(?:an?|one\s+more)\s+(?-i:[B-G])\s+for\s+"
    r"(?:the\s+|our\s+|my\s+|a\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+(?:\s+(?:please|pls|plz))?"
    r"(?=\s*[,;:—–-]|\s+(?:with|where|that|which)\b|\s*$)"
    # typed all in lower case: "make a b where the candle is bigger"
    r"|\b(?:make|try|give\s+me|do|want|need|create)\s+(?:me\s+|us\s+)?an?\s+(?-i:b)\s+(?=where\b|with\b|without\b|in\s+which\b|version\b)"
    r"|(?:\b(?:try|make|give\s+me|do|want|see|show\s+me|create|need)\s+(?:me\s+|us\s+)?|^\W*)an?\s+(?P<adj>(?:[\w-]+\s+){1,2})version\b"
    + FOR_WHEN
    + r"|\b(?:an?|another|new)\s+cut\s+(?=without\b|minus\b|skipping\b|with\s+no\b)"
    # "I want other version", "make other variant": "other" for "another" (learners' English); never
    # "the other version", which exists
    r"|\b(?:i\s+want|i\s+need|we\s+need|we\s+want|make|do|give\s+me|create|try)\s+(?:me\s+|us\s+)?other\s+(?:version|variant|variation)\b"
    # "do a version identical except …", "a version for the Aesop crowd, same but …", "I want other
    # version, same but …": a copy said to differ in one thing
    r"|\b(?:an?|another|other|one\s+more)\s+(?:version|variant|copy|cut)\b(?=[^.!?]{0,40}?\b(?:identical|same\s+but|"
    r"same\s+except|the\s+same\s+(?:but|except)|exactly\s+the\s+same|just\s+like\s+(?:this|it)|otherwise\s+the\s+same)\b)"
    r"|\b(?:duplicate|clone|dupe)\s+(?:it|this(?:\s+one|\s+ad)?|the\s+ad)\b|\bmake\s+a\s+copy\b"
    # "a B like the cut we sent Dan, with …", "a C from the version the client approved": the version
    # it is like (round thirty-one f: the difference was made to the ad itself)
    r"|\b(?:an?|one\s+more)\s+(?-i:[B-G])\s+(?=(?:like|from|off|based\s+on)\s+(?:the|that|this|our|my|\w+['’]s)\s)"
    # "copy this, and in the copy …": the whole ad copied, said first (round thirty-one f)
    rf"|{COPY_THIS}|{COPY_TO_TRY}"
    # "can u do a copy with the music louder so i can compare the two": a copy that differs
    r"|\b(?:do|make|create|give\s+me|want|need|have|get|try)\s+(?:me\s+|us\s+)?a\s+copy\s+(?=with\b|where\b|without\b|in\s+which\b|that\b)"
    # "make a version called evening with darker lighting": a named version is a variant
    r"|\b(?:an?|another|new|second)\s+(?:version|cut|edit|take)\s+(?=(?:called|named|labell?ed|titled)\b)",
    re.I,
)
_VARIATION_BODY_RE = re.compile(
    r"\b(?:where|with|in\s+which|that\s+has|having|but|except|which\s+has|whose|that\s+uses|using|"
    r"that'?s|that\s+is|which\s+is|at(?=\s+\d)|"
    # "a variant that runs 15 seconds", "one that feels calmer": the verb is the difference's
    r"(?:that|which)(?=\s+(?:runs|lasts|plays|sounds|feels|looks)\b)|"
    # "a B version that ends on 'X'", "a variant which opens with …" (round 26 f): the verb read as
    # the scene it names, as "one that ends on 'X'" is
    r"(?:that|which)(?=\s+(?:ends|opens|starts|closes|finishes)\s+(?:on|with)\b)|"
    # "a copy of this to test the hook in red": what the copy tries (round thirty-eight f)
    + TO_TRY
    + r"|for(?=\s+(?:the\s+)?(?:tiktok|reels|stories|shorts|youtube|square|feed|4:5|instagram)))\b\s*|:\s*",
    re.I,
)
# "keep this, and …", "this one stays, plus …": the original kept, said before the version is named.
_KEEPS_THIS_RE = re.compile(
    r"^\W*(?:keep|leave)\s+(?:this|the\s+(?:current|original|existing)|it)(?:\s+(?:one|version|ad|as\s+is))?"
    r"[\s,;]*(?:and|plus|\+|&)?\s*$",
    re.I,
)
# A version named first in the message, then what it changes after a comma or a dash ("B version,
# 10s", "a B cut — calmer music", "Version C - 12 seconds"), as after a colon.
_NAMED_FIRST_RE = re.compile(r"^\W*(?:(?:an?|the|another|new|one\s+more|(?:and\s+)?(?:now|then))\s+)?$", re.I)
_LISTED_AFTER_RE = re.compile(r"^\s*(?:[,;]|\s[-–—]|[-–—]\s)\s*(?P<body>\S.*)$", re.S)
# "a version without the testimonial", "an alternate take that skips the problem scene": the
# body names what the variant leaves out (read as "remove …").
_WITHOUT_BODY_RE = re.compile(
    r"\b(?:without|minus|sans|skipping|with\s+no|that\s+(?:skips|drops|leaves\s+out|cuts|loses|removes))\b\s*",
    re.I,
)
# What a version goes without by turning it off ("a B without the voice-over so we can test silent
# autoplay", "a version with no captions"): a switch of that version, no scene removed.
_SWITCHED_OFF_RE = re.compile(
    r"^(?:the\s+|any\s+|a\s+)?(?P<what>voice[\s-]?overs?|vo|narration|narrator|captions?|subtitles?)\b"
    r"(?!\s+(?:on|in|of|for)\s+(?:the\s+)?(?:hook|cta|intro|showcase|scene|\w+\s+scene))",
    re.I,
)
# "make a 15 second cut as a separate version": the difference is said before the cue.
_AS_VERSION_RE = re.compile(
    r"^\W*(?:(?:could|can|would)\s+(?:you|we|u)\s+(?:please\s+)?)?(?:make|do|give\s+me|create|try)?\s*"
    r"(?P<body>.+?)\s+as\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:(?:separate|new|second|different|another|own|standalone|extra)\s+(?:version|variant|ad|copy)|"
    r"(?:version|variant|variation)(?:\s+(?-i:[B-G]))?)\b",
    re.I,
)
_LABEL_RE = re.compile(
    rf"\b(?:called|named|labell?ed|label|titled)\s+(?P<q>{PLACEHOLDER_MARK}[\ue100-\ue1ff]|[\w-]{{1,30}})"
    # ("Version C - 12 seconds": the word capitalised, never the letter lower-cased)
    r"|\b(?i:version|variant|variation)\s+(?P<l>[B-Z]|\d{1,2})\b"
    r"|\b(?P<l2>[B-Z])[\s-](?i:version|variant|variation|test)\b"
    r"|\b(?:[Aa]n?|[Mm]ake|[Tt]ry|[Gg]ive\s+me)\s+(?P<l3>[B-G])\s+"
    + _FROM_BASE
    + r"(?=where|with|in\s+which|that)"
    r"|^\W*(?P<l4>[B-G])\s+(?=with\b|without\b|where\b|in\s+which\b)"
    # "one more test cell: C with …", "cell C gets …"
    r"|\b[Cc]ell\s*:?\s*(?P<l5>[B-G])\b"
    # "make a C for our students": the letter before the audience
    r"|\b(?:[Aa]n?|[Oo]ne\s+more)\s+(?P<l6>[B-G])\s+for\s+",
)
_NAMES_ITSELF_RE = re.compile(
    r"(?::\s*|\b)(?:in\s+)?(?:the\s+)?(?:(?:version|variant|variation|option)\s+(?:[B-Zb-z]|2|two|#2)|(?-i:[B-G]))\b\s*"
    r"(?::|=|(?:gets?|has)\b|(?=(?:says?|reads?|should|with)\b))"
    # "in the second one make the hook say …", "for the new version, …": the variant, not scene 2
    r"|\b(?:in|for|on|with)\s+the\s+(?:second|other|new|2nd|next)\s+(?:one|version|variant|variation)\b\s*[,:]?\s*"
    # "keep 'Long day?' as A, and B says …": what the original keeps is no part of the variant
    rf"|\b(?:keep(?:ing)?|leave)\s+(?:{PLACEHOLDER_MARK}[\ue100-\ue1ff]|the\s+original|it|this(?:\s+one)?)\s+"
    r"(?:as|for|on|in)\s+(?:(?:version|variant)\s+)?(?-i:A)\b\s*,?\s*(?:and\s+|while\s+|but\s+)?"
    # "A keeps 'Slow down', B says …", "the original stays 'Find your scent' and B …"
    rf"|(?:\b(?:the\s+)?original|\b(?:version|variant)\s+(?-i:A)|(?<![\w'])(?-i:A))\s+"
    rf"(?:keeps?|stays?|remains?|says?|has|gets?|is|=|:)\s+(?:as\s+)?{PLACEHOLDER_MARK}[\ue100-\ue1ff]\s*,?\s*"
    r"(?:and\s+|while\s+|but\s+)?"
    # "A = keep it", "A stays as is, B says …": the original is kept, no part of the variant
    r"|(?:\b(?:the\s+)?original|\b(?:version|variant)\s+(?-i:A)|(?<![\w'])(?-i:A))\s*(?:=|:|-|is|stays?|remains?)?\s*"
    r"(?:keeps?\s+(?:it|the\s+(?:current|original|same)(?:\s+\w+)?)|(?:the\s+)?same(?:\s+as\s+(?:now|before|it\s+is))?|"
    r"as\s+(?:it\s+)?is|unchanged|untouched|no\s+change|(?:the\s+)?current(?:\s+(?:one|line|text|version))?|"
    rf"(?:the\s+)?original|stays?(?:\s+as\s+(?:it\s+)?is)?|(?:left\s+)?alone)\b(?!\s*{PLACEHOLDER_MARK})\s*[,;.]?\s*(?:and\s+|while\s+|but\s+)?",
    re.I,
)
VARIATION_QUESTION = (
    "What should be different in version {label}: the hook, the text, the music, the length…?"
)


# "A/B test an energetic take on this": the difference is the word before "take".
_TAKE_RE = re.compile(
    r"^\s*(?:of\s+|with\s+)?(?:an?|the)\s+(?P<adj>(?:[\w-]+\s+){1,2}?)(?:take|spin|cut|edit|one)\b"
    r"(?:\s+on\s+(?:this|it|the\s+ad)(?:\s+one)?)?\W*$",
    re.I,
)
# "Keep indie rock on this one", "leave the current one alone": what the original keeps, no part
# of the variant.
_KEEPS_ORIGINAL_RE = re.compile(
    r"^\W*(?:(?:and|but|please|just)\s+)*(?:keep|leave|don'?t\s+(?:touch|change))\b.*?"
    r"\b(?:(?:on|in|for)\s+(?:this|the\s+(?:current|original|existing|first))\s+(?:one|version|ad|cut)"
    r"|(?:this|the\s+(?:current|original|existing|first))\s+(?:one|version|ad|cut)\s+(?:alone|as\s+(?:it\s+)?is|untouched|unchanged)"
    r"|(?:the\s+)?original(?:\s+(?:alone|as\s+(?:it\s+)?is|untouched|unchanged))?"
    r"|(?:on|in|for)\s+(?:version\s+)?(?-i:A))\W*$"
    # "don't change this one", "leave the original"
    r"|^\W*(?:(?:and|but|please|just)\s+)*(?:keep|leave|don'?t\s+(?:touch|change|edit))\s+"
    r"(?:this|the\s+(?:current|original|existing|first))(?:\s+(?:one|version|ad|cut))?"
    r"(?:\s+(?:alone|as\s+(?:it\s+)?is|untouched|unchanged|the\s+same))?(?:\s+(?:please|pls))?\W*$"
    # "… and keep the 16 second one", "leave the 30s version as well": the original named by its
    # length (round thirty-eight f)
    r"|^\W*(?:(?:and|but|please|just)\s+)*(?:keep|leave|don'?t\s+(?:touch|change|lose|delete))\s+the\s+"
    r"\d{1,3}(?:\.\d)?\s*-?\s*(?:s|secs?|seconds?)\s+(?:one|version|ad|cut|edit)"
    r"(?:\s+(?:too|as\s+well|alone|as\s+(?:it\s+)?is|untouched|unchanged|the\s+same))?(?:\s+(?:please|pls))?\W*$",
    re.I,
)


_FILLER_AROUND_RE = re.compile(
    r"^[\s,.!?]*(?:(?:too|also|as\s+well|please|pls|only|alone|of\s+(?:it|this|the\s+ad)"
    # ("a square version only, we don't need the others": the other sizes go)
    r"|(?:we\s+|i\s+)?(?:don'?t|do\s+not|dont)\s+need\s+the\s+(?:others?|rest)|(?:drop|skip|lose)\s+the\s+(?:others?|rest))"
    r"\b[\s,.!?]*)*$",
    re.I,
)


def platform_version(clause: str) -> bool:
    """ "make a TikTok version", "give me a Vimeo version": that platform's export (or its
    refusal), no A/B variant, when the clause names nothing else that should differ."""
    cue = VARIATION_RE.search(clause)
    if cue is None or not cue.group("adj") or not names_platform(cue.group("adj")):
        return False
    return (
        bool(_FILLER_AROUND_RE.match(clause[cue.end() :])) and VARIATION_RE.search(clause, cue.end()) is None
    )


def keeps_original(clause: str) -> bool:
    """A clause after a variant's request that only says the original stays as it is, or what it
    is called ("A stays as the Tuesday cut")."""
    clause = clause.replace("’", "'")
    return bool(_KEEPS_ORIGINAL_RE.match(clause) or _A_NAMED_RE.match(". " + clause.strip()))


def without_keeps(clause: str) -> str:
    """The clause without a last sentence that says the original stays ("… music? don't change
    this one"): the splitter keeps a sentence that starts in lower case with the one before."""
    for m in re.finditer(r"[.!?;,]\s+", clause):
        if keeps_original(clause[m.end() :]):
            return clause[: m.start() + 1]
    return clause


_COUNT_RE = re.compile(
    r"\b(?P<n>two|2|three|3)\s+(?:(?:alt|alts|alternate|alternative|different|other|extra|more|new)\s+)?"
    r"(?:versions|variants|variations|options|hooks|ctas|openers|openings)\b",
    re.I,
)
# "one where the CTA is red and one where it's yellow", "'Shop now' vs 'Get yours'".
# "one ending on 'X' and another ending on 'Y'", "one that opens with …, the other that opens
# with …": a participle or "that" + verb after "one"/"another" keeps its words in the body.
_ONE_EACH_RE = re.compile(
    r"(?:^|[\s,;]+(?:and\s+|&\s+)?)\b(?:one|another(?:\s+one)?|the\s+other(?:\s+one)?)\s+"
    r"(?:(?:where|with|in\s+which|that\s+has|having)\b\s*|(?:that\s+|which\s+)?(?=(?:ending|ends|opening|opens|"
    r"starting|starts|closing|closes|finishing|finishes|saying|says|using|uses|showing|shows|featuring|features)\b))",
    re.I,
)
# "two versions pls, one calm one energetic": each variant in one word ("make it calm").
# "two variants: a dreamy one and a playful one", "a dreamy and a playful version": the same.
_ONE_WORD_EACH_RE = re.compile(
    r"^\W*(?:(?:pls|please|thanks)\W+)?one\s+(?P<a>[a-z-]+)\s*[,;]?\s*(?:and\s+)?(?:the\s+other\s+|one\s+)(?P<b>[a-z-]+)\W*$"
    r"|^\W*(?:(?:pls|please|thanks)\W+)?an?\s+(?P<a2>[a-z-]+)(?:\s+(?:one|version|variant|take))?\s*(?:,|;|and|&|\+|or)\s*"
    r"(?:and\s+)?an?\s+(?P<b2>[a-z-]+)\s+(?:one|version|variant|take)s?\W*$",
    re.I,
)
# "one that ends on 'X'": the verb read as the scene it names ("ending on 'X'" is the CTA's words).
_PARTICIPLES = {
    "ends": "ending",
    "opens": "opening",
    "starts": "starting",
    "closes": "closing",
    "finishes": "finishing",
    "says": "saying",
    "uses": "using",
    "shows": "showing",
    "features": "featuring",
}
_AS_PARTICIPLE_RE = re.compile(r"^(" + "|".join(_PARTICIPLES) + r")\b", re.I)
_VERSUS_RE = re.compile(r"\s+(?:vs\.?|versus|or)\s+", re.I)
_QUOTE_RE = re.compile(PLACEHOLDER_MARK + "[\ue100-\ue1ff]")
_Q = f"{PLACEHOLDER_MARK}[\ue100-\ue1ff]"
_QUOTE_LIST_RE = re.compile(_Q + r"(?:\s*(?:,|and|&|or|/)\s*(?:and\s+|or\s+)?" + _Q + r")+\s*[.!?]*$")
_LABELS = "BCDEFG"
_NOT_A_CHANGE = {
    "different",
    "new",
    "another",
    "second",
    "alternative",
    "alternate",
    "other",
    "final",
    "better",
    "b",
}


# What the variant is for, said after the difference ("so I can show both to my regulars and see
# which they like", "so we can test them"): no part of the difference.
_PURPOSE_RE = re.compile(
    r"\s*,?\s+(?:so|so\s+that|in\s+order\s+to|to\s+(?=(?:see|compare|test|check|show)\b))\s+"
    r"(?:(?:i|we|they|you|u|my\s+\w+|our\s+\w+)\s+(?:can|could|may|might)\s+)?"
    r"(?:see|compare|test|check|show|try|decide|pick|choose|a/b|ab|run|post|figure|find)\b.*$",
    re.I | re.S,
)


# What the original is called or where it went, said after the variant's difference ("… 'Buy one,
# get one'. A stays as the Tuesday cut", "; the original is the one we sent legal"): no part of the
# difference (round thirty d: "cut" removed a scene). Only a last sentence without quoted words.
_A_NAMED_RE = re.compile(
    r"\s*(?:[.;,]|\s[-–—])\s*(?:and\s+|while\s+|but\s+)?(?:(?i:the\s+)?(?i:original|current\s+one|first\s+one)|(?i:version\s+)?A)"
    r"\s+(?i:stays?|remains?|is|will\s+(?:stay|remain|be)|can\s+(?:stay|remain|be)|keeps?\s+being)\s+"
    rf"(?:(?i:as|our|the|my)\b)[^.!?;{PLACEHOLDER_MARK}]*[.!?]*\s*$",
)


def variation_parts(clause: str, quotes: list, project: AdProject) -> tuple[str | None, str, int]:
    """The label asked for (None: the next letter), the body that says how it differs, and how
    many variants ("two versions") the clause asks for."""
    label = None
    lm = _LABEL_RE.search(clause)
    if lm:
        raw = (
            lm.group("q")
            or lm.group("l")
            or lm.group("l2")
            or lm.group("l3")
            or lm.group("l4")
            or lm.group("l5")
            or lm.group("l6")
        )
        if raw and raw.startswith(PLACEHOLDER_MARK):
            label = quotes[ord(raw[1]) - 0xE100].inner.strip() or None
        else:
            label = raw
    cue = VARIATION_RE.search(clause)
    without = _WITHOUT_BODY_RE.search(clause, cue.start() if cue else 0)
    body_match = _VARIATION_BODY_RE.search(clause, cue.end() if cue else 0)
    body = clause[body_match.end() :] if body_match else ""
    if body_match is not None and keeps_original(body):
        body = ""  # "a 20 second cut but leave the 16 second one as is": the original kept, no change
    lead = _WITHOUT_BODY_RE.match(body.lstrip())
    if lead is not None:  # "version B but without the hook"
        without = _WITHOUT_BODY_RE.search(clause, len(clause) - len(body.lstrip()))
    if without is not None and (body_match is None or without.start() <= body_match.start() or lead):
        count = _COUNT_RE.search(clause)
        left_out = clause[without.end() :]
        switched = _SWITCHED_OFF_RE.match(left_out)
        if switched is not None:  # "a B without the voice-over": that version's voice-over off
            return label, f"turn the {switched.group('what')} off", _count(clause)
        words = _WORDS_LEFT_OUT_RE.match(left_out)
        if words is not None:
            # "a version for the EU without the '100%' claim: showcase just '…'": words of a text
            # left out, the new text after the colon (no scene goes); without it, asked
            return label, words.group("body") or "", _count(clause)
        return (
            label,
            "remove " + left_out,
            3 if count and count.group("n") in ("three", "3") else 2,
        )
    as_version = _AS_VERSION_RE.match(clause)
    if as_version is not None and not body.strip():
        body = as_version.group("body")
    if cue is not None and not body.strip() and _ONE_WORD_EACH_RE.match(clause[cue.end() :]):
        body = clause[cue.end() :]  # "two versions pls, one calm one energetic"
    rest = re.sub(r"^[\s,;:.-]+", "", clause[cue.end() :]) if cue is not None else ""
    if _ONE_EACH_RE.match(rest) and len([p for p in _ONE_EACH_RE.split(rest) if p.strip(" ,;")]) > 1:
        body = rest  # "two versions - one that ends on 'X', another that ends on 'Y'": each from "one"
    if (
        cue is not None
        and not body.strip()
        and _NAMED_FIRST_RE.match(clause[: cue.start()])
        and (listed := _LISTED_AFTER_RE.match(clause[cue.end() :]))
    ):
        body = listed.group("body")  # "B version, 10s", "a B cut - calmer music": the list after its name
    if cue is not None and not body.strip():
        body = body_after_copy(clause[cue.end() :])  # "copy the ad then on the copy make …"
    if cue is not None and re.search(r"\b(?:where|with|which|that)$", cue.group(0), re.I):
        body_match, body = None, clause[cue.end() :]  # "a version with …": the cue ends with its connector
    adjective = (cue.group("adj") or "").strip() if cue is not None else ""
    take = _TAKE_RE.match(clause[cue.end() :]) if cue is not None and not body.strip() else None
    if take is not None:
        adjective = take.group("adj").strip()  # "A/B test an energetic take on this"
    if not body.strip() and adjective and adjective.lower() not in _NOT_A_CHANGE:
        body = adjective  # "try a darker version": the difference is in the words before "version"
    if lm and body_match and lm.start() >= body_match.end():
        body = clause[body_match.end() : lm.start()]
        if lm.group("l3") and _KEEPS_THIS_RE.match(body):
            # "A/B: keep this, and a B that ends on 'X'": what the version named later says
            body = re.sub(r"^(?:that|which)\s+", "", clause[lm.end() :].lstrip(), flags=re.I)
    if cue is not None:
        # "A/B test the CTA: 'Buy now'": the scene named before the connector belongs to the body.
        between = clause[cue.end() : body_match.start() if body_match else len(clause)]
        if find_scene_refs(between, project, quotes):
            body = clause[cue.end() :]
    refs = [r for r in find_scene_refs(body, project, quotes) if r.kind == "role"]
    if len(refs) == 1 and not re.sub(
        r"\b(?:the|a|an|our|my|with|new|different)\b|[^\w\ue000-\ue1ff]",
        "",
        body[: refs[0].start] + body[refs[0].end :],
    ):
        body = f"a different {refs[0].text}"  # "A/B test the hook": another hook
    if cue is not None and cue.group("many") and not body.strip():
        # "give me 3 different hooks": each variant with another line for that scene
        body = "a different " + {"ctas": "cta", "openers": "hook", "openings": "hook"}.get(
            cue.group("many").lower(), "hook"
        )
    # "A/B test the CTA: version 2 says 'Run lighter'": the variant's own name is no part of its words.
    body = _NAMES_ITSELF_RE.sub(" ", without_copy_named(body))
    body = _PURPOSE_RE.sub("", body)  # "…, so I can show both to my regulars": why, not how it differs
    body = _A_NAMED_RE.sub("", body)  # "…. A stays as the Tuesday cut": the original's name, no change
    body = _AS_PARTICIPLE_RE.sub(lambda m: _PARTICIPLES[m.group(1).lower()], body.lstrip())  # "ends on 'X'"
    body = re.sub(r"^(?:closing|finishing)\b", "ending", body, flags=re.I)  # ("ending on 'X'" is read)
    body = re.sub(r"^starting\b", "opening", body, flags=re.I)
    body = _SWAPPED_RE.sub(r"swap \g<what>", body)  # "with the hook and the cta swapped"
    return label, body, _count(clause)


_WITH_SWAPPED_RE = re.compile(
    r"\b(?:with|where|having)\s+(?P<a>(?:the\s+)?[\w\s'-]{1,30}?)\s+(?:and|&)\s+(?P<b>(?:the\s+)?[\w\s'-]{1,30}?)\s+"
    r"(?:(?:are|were|get|got)\s+)?(?:swapped|switched|flipped|traded)(?:\s+(?:around|round|over|places))?\b",
    re.I,
)


def with_swapped(masked: str) -> str:
    """ "B version with the hook and the cta swapped": "… where you swap the hook and the cta", so
    the pair stays one request (split at "and", the hook alone was read as a different hook)."""
    if not VARIATION_RE.search(masked):
        return masked
    return _WITH_SWAPPED_RE.sub(r"where you swap \g<a> and \g<b>", masked)


# "B version with the hook and the cta swapped around", "… with the last two scenes flipped": the
# scenes to swap, said before the verb (round 26 f: read as a different hook)
_SWAPPED_RE = re.compile(
    r"^\s*(?P<what>.+?)\s+(?:swapped|switched|flipped|reversed|traded)(?:\s+(?:around|round|over))?"
    r"(?:\s+(?:please|pls))?\W*$",
    re.I,
)


# "without the '100%' claim", "without the 'best' wording: …": words of a text, never a scene.
_WORDS_LEFT_OUT_RE = re.compile(
    rf"^\s*(?:the\s+)?(?:{_Q}\s*(?:claim|line|words?|wording|bit|part|text|copy|promise)?"
    r"|(?:\w+\s+)?(?:claim|wording|promise))\s*(?:[:;,—–-]+\s*(?:so\s+|and\s+|i\.e\.\s*)?(?P<body>.+))?$",
    re.I | re.S,
)


def _count(clause: str) -> int:
    """How many new variants the words ask for: "three versions" three (B, C, D), "2 different
    hooks" two; "two versions" alone is the original and one more (one)."""
    count = _COUNT_RE.search(clause)
    if count is None:
        return 1
    n = 3 if count.group("n").lower() in ("three", "3") else 2
    if n == 2 and not re.search(r"(?:hooks|ctas|openers|openings)$", count.group(0), re.I):
        return 1
    return n


def _bodies(clauses: list[str]) -> list[list[str]]:
    """The clauses of each variant: "one where X and one where Y" and "'A' vs 'B'" make two."""
    text = ", ".join(c.strip() for c in clauses if c.strip())
    each = _ONE_WORD_EACH_RE.match(text)
    if each:
        first, second = each.group("a") or each.group("a2"), each.group("b") or each.group("b2")
        if {first.lower(), second.lower()} & _NOT_A_CHANGE:
            return [clauses]  # "a new one and a second one" names no difference
        return [[f"make it {first}"], [f"make it {second}"]]
    parts = [p for p in _ONE_EACH_RE.split(text) if p.strip(" ,;")]
    if len(parts) > 1:
        return [
            [_AS_PARTICIPLE_RE.sub(lambda m: _PARTICIPLES[m.group(1).lower()], p.strip(" ,;"))] for p in parts
        ]
    if len(_QUOTE_RE.findall(text)) >= 2 and _VERSUS_RE.search(text):
        return [[part] for part in _VERSUS_RE.split(text)]
    listed = _QUOTE_LIST_RE.search(text)
    if listed:  # "two hooks: 'A' and 'B'", "three CTAs: 'A', 'B', 'C'"
        head = text[: listed.start()]
        return [[head + q] for q in _QUOTE_RE.findall(listed.group(0))]
    return [clauses] if text else []


def variation_operations(
    clauses: list[str], label: str | None, count: int, project: AdProject, quotes: list
) -> tuple[list[Any], tuple[str, str] | None]:
    """One CreateVariation per body; a body that is only a new value ("and one with 'Need a
    lift?'") takes the first body's words with that value."""
    bodies = _bodies(clauses)
    made: list[Any] = []
    first: str | None = None
    ctx = Context()
    for body_clauses in bodies:
        body = " ".join(body_clauses)
        if first is not None:
            body_clauses = [_with_value(first, body)] if _with_value(first, body) else body_clauses
        sub_ops, problem = _own_words(body_clauses, project, quotes, ctx)
        if sub_ops is None:
            sub_ops = _voice_line(body_clauses, project, quotes)
        if sub_ops is None:
            sub_ops, problem = _operations(body_clauses, project, quotes, ctx)
        if problem is not None:
            return [], problem
        if not sub_ops:
            continue
        first = first or " ".join(body_clauses)
        name = label if (label and len(bodies) == 1) else _LABELS[min(len(made), len(_LABELS) - 1)]
        made.append(ops.CreateVariation(label=name, operations=sub_ops))
    if len(bodies) == 1 and len(made) == 1 and count > 1 and not label:
        made.extend(_more_lines(made[0].operations, count - 1, project))
    return made, None


def _voice_line(clauses: list[str], project: AdProject, quotes: list) -> list[Any] | None:
    """ "a C off the original where the hook voice-over says '…'": the variant's voice-over line,
    never the scene's on-screen words (round twenty-six); None when the body is not the voice's."""
    from adgen.agent.understanding.voice import read_voice  # (voice reads scenes; no cycle at import)

    turn = read_voice(" ".join(clauses), project, quotes)
    if turn is None or turn.question or turn.unknown or not turn.operations:
        return None
    # (a B "without the voice-over" or the captions: that version's switch off)
    if not all(
        isinstance(op, (ops.UpdateVoiceover, ops.UpdateVoice, ops.UpdateCaptions)) for op in turn.operations
    ):
        return None
    return list(turn.operations)


def _more_lines(first: list[Any], more: int, project: AdProject) -> list[Any]:
    """ "make 3 versions with a different hook": the first variant's change made again for each
    further variant with another line for the scene ("a different hook"), never a line already
    used; [] when the first variant is no new line for a hook or CTA (the count then makes one
    variant, as before), fewer when the lines run out."""
    texts = [op for op in first if isinstance(op, ops.UpdateOverlay) and op.text is not None]
    if len(texts) != 1 or any(
        not isinstance(op, (ops.UpdateOverlay, ops.RegenerateScene)) or op.scene_id != texts[0].scene_id
        for op in first
    ):
        return []
    scene = project.scene(texts[0].scene_id)
    lines = ALTERNATIVE_LINES.get(scene.role, ())
    if texts[0].text not in lines:
        return []  # words of the marketer's own: the other variants' lines would be a guess
    used = {scene.overlay.text.casefold().rstrip(".!?"), texts[0].text.casefold().rstrip(".!?")}
    made: list[Any] = []
    for line in lines:
        if len(made) == more:
            break
        if line.casefold().rstrip(".!?") in used:
            continue
        used.add(line.casefold().rstrip(".!?"))
        sub_ops = [
            op.model_copy(update={"text": line}) if op is texts[0] else op.model_copy() for op in first
        ]
        made.append(
            ops.CreateVariation(label=_LABELS[min(len(made) + 1, len(_LABELS) - 1)], operations=sub_ops)
        )
    return made


_ANOTHER_ROLE_RE = re.compile(r"^\s*a\s+different\s+(?P<role>.+?)\s*$", re.I)


def _own_words(
    clauses: list[str], project: AdProject, quotes: list, ctx: Context
) -> tuple[list[Any] | None, tuple[str, str] | None]:
    """ "A/B the hook, keep 'X' in A and B gets 'Y'": the variant's own words for the scene it
    tests replace the other line ("a different hook") the test alone would have asked for.
    None when the clauses are not such a test."""
    another = _ANOTHER_ROLE_RE.match(clauses[0]) if len(clauses) > 1 else None
    if another is None:
        return None, None
    ids = [
        sid
        for r in find_scene_refs(another.group("role"), project, quotes)
        if r.kind == "role"
        for sid in r.ids
    ]
    if not ids:
        return None, None
    rest = [_NAMES_ITSELF_RE.sub(" ", c) for c in clauses[1:]]
    tried = Context(targets=list(ids), topic="overlay", carried=True)
    sub_ops, problem = _operations(rest, project, quotes, tried)
    texts = {op.scene_id for op in sub_ops if isinstance(op, ops.UpdateOverlay) and op.text is not None}
    if problem is not None or not set(ids) <= texts:
        return None, None
    ctx.targets, ctx.topic = tried.targets, tried.topic
    return sub_ops, None


_ONLY_FILLER_RE = re.compile(r"^(?:\s|\b(?:a|an|the|in|with|one|and|but|just|text|colou?r)\b|[.,!?])*$", re.I)


def _with_value(first: str, body: str) -> str | None:
    """ "one with pink CTA text, one with white": a body that is only a value takes the first
    body's words with that value in place of the first's value of the same kind."""
    value = body.strip(" .!?")
    if _QUOTE_RE.fullmatch(value) and _QUOTE_RE.search(first):
        return _QUOTE_RE.sub(value, first, count=1)
    for find in (find_colors, find_durations):
        mine, theirs = find(value), find(first)
        if len(mine) == 1 and theirs and _ONLY_FILLER_RE.match(value[: mine[0].start] + value[mine[0].end :]):
            return first[: theirs[0].start] + value[mine[0].start : mine[0].end] + first[theirs[0].end :]
    return None


def _operations(
    clauses: list[str], project: AdProject, quotes: list, ctx: Context
) -> tuple[list[Any], tuple[str, str] | None]:
    """The operations of one variant's clauses; ``ctx`` carries "it" on to the next variant."""
    working = project
    result: list[Any] = []
    expanded: list[str] = []
    for clause in clauses:
        expanded.extend(part for c in split_clauses(clause, project, quotes) for part in voice_apart(c))
    for clause in expanded:
        platforms = read_platforms(clause)  # "variant B: reels only"
        if platforms is not None and platforms.refusal:
            return [], ("error", platforms.refusal)
        if platforms is not None:
            result.extend(platforms.operations)
            working, error = simulate(working, platforms.operations)
            if error:
                return [], ("error", error)
            continue
        outcome = ClauseReader(working, quotes, ctx).read(clause)
        if outcome.error:
            return [], ("error", outcome.error)
        if outcome.question:
            return [], ("question", outcome.question)
        if not outcome.understood:
            continue
        content = [
            op
            for op in outcome.ops
            if not isinstance(op, (ops.Undo, ops.Redo, ops.Render, ops.CreateVariation))
        ]
        content = spoken_lines(clause, content)  # "… and the voice on it saying 'X'"
        result.extend(content)
        if outcome.targets is not None:
            ctx.targets = outcome.targets
        if outcome.topic:
            ctx.topic = outcome.topic
        if outcome.role:
            ctx.role = outcome.role
        working, error = simulate(working, content)
        if error:
            return [], ("error", error)
    return result, None


# Moving between the original and its variants lives in :mod:`switching` (re-exported here).
# "would it be possible to have an alternate version that's only 30 seconds?": a version asked for
# politely is a request, never a question about the ad (it had answered with the ad's length).
_POLITE_ASK_RE = re.compile(
    # (the polite lead may be gone already: "can we" is taken off before the question step)
    r"^\W*(?:(?:hi|hey|ok(?:ay)?|so|and|also)\W+)*(?:(?:(?:would|could|can|will)\s+(?:it\s+be\s+possible|you|we|u|i)|"
    r"is\s+it\s+possible|any\s+chance)\s+(?:to\s+|(?:we|you|u|i)\s+(?:could\s+|can\s+)?)?)?(?:please\s+)?"
    # ("do we have a B version?" asks: the verb must take a new one, "have a", "do another")
    r"(?:(?:have|get|make|do|see|try|create|give)\s+(?:me\s+|us\s+)?(?:a|an|another|one|two|2|three|3|some)\b)",
    re.I,
)


def asks_for_a_version(plain: str) -> bool:
    """Whether ``plain`` asks politely for a version ("could we get a B version with …?")."""
    return bool(_POLITE_ASK_RE.match(plain) and VARIATION_RE.search(plain))


__all__ = [
    "VARIATION_QUESTION",
    "asks_for_a_version",
    "VARIATION_RE",
    "Switch",
    "VariantFamily",
    "keeps_original",
    "platform_version",
    "without_keeps",
    "read_switch",
    "variation_operations",
    "variation_parts",
    "with_swapped",
]
