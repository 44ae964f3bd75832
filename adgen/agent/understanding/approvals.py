"""Notes from an approvals round: who asked, who signed off, and why, around the requests
(round thirty, e).

Part of :mod:`adgen.agent.understanding`. Enterprise and e-commerce marketers relay requests
with their provenance, which asks for nothing itself; read as typed, its words were not
understood and the requests beside them were only proposed (or a label was read as a scene):

- who asked for it, before the request: "Per Priya (comms lead), the end card should read …",
  "according to legal, …";
- who approved it, as a sentence of its own: "Tom already okayed it.", "Priya and Tom signed off
  on the rest.", "Me: fine with both.";
- stakeholders' names as the labels of their requests, two or more: "Priya: hook shorter, 3s.
  Tom: CTA '…'";
- the occasion of a list of changes: "Two things from the approvals call: …", "three notes after
  the Monday review: …";
- the reason a list follows, before "so:": "BOGO starts Friday, so: end card '…' and …";
- a product fact that is the reason, not a setting: "olive is the hero colourway, keep it.",
  "the 30 ml bottle is the hero SKU this month, so the end card …";
- a tone that the requests after its colon spell out: "less salesy please: end card '…', and
  the music a little quieter".

Each is removed only where a request is left after it.
"""

from __future__ import annotations

import re

_I = re.I

# The start of a sentence (or of the message)
_START = r"(?:^|(?<=[.!?;\n]))(?P<sp>\s*)"

# "Per Priya (comms lead), …", "as per legal, …", "according to the client, …"
_ASKED_BY_RE = re.compile(
    _START + r"(?:(?:as\s+)?per|according\s+to)\s+"
    # ("per scene, …", "per second": a rate, never who asked)
    r"(?!(?:each\s+|every\s+)?(?:scenes?|seconds?|sec|s|cent|minute|shot|slide|card|version|variant|ad|video|frame|line|"
    r"word|platform)\b)(?:the\s+|our\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[,:—–-]\s*(?=\S)",
    _I,
)

_NAMES = (
    r"(?:[A-Z][a-z][\w'’-]*|legal|compliance|the\s+(?:client|team|boss|brand\s+team|stakeholders)|everyone"
    r"|both\s+of\s+them)"
)
_SIGNED = (
    r"(?:okayed|ok'?d|ok'?ed|approved|signed\s+off(?:\s+on)?|green-?lit|agreed(?:\s+to)?|"
    r"(?:is|are|was|were)\s+(?:fine|ok(?:ay)?|happy|good)\s+with|(?:has|have)\s+(?:okayed|approved|signed\s+off(?:\s+on)?))"
)
# "Tom already okayed it.", "Priya and Tom signed off on the rest.", "Me: fine with both."
_SIGN_OFF_RE = re.compile(
    r"^\s*(?:"
    + _NAMES
    + r"(?:\s*(?:,|and|&)\s*"
    + _NAMES
    + r")*\s+(?:(?:already|also|both|has|have|all)\s+)*"
    + _SIGNED
    + r"|(?i:me|i)\s*:?\s*(?:(?:am|'m)\s+)?(?:fine|ok(?:ay)?|good|happy)\s+with)"
    r"(?:\s+(?:it|this|that|them|both|the\s+rest|everything(?:\s+else)?|all\s+(?:of\s+)?(?:it|them|the\s+rest)|"
    r"the\s+(?:change|changes|copy|line|wording)))?"
    r"(?:\s+(?:already|too|as\s+well|this\s+morning|today|yesterday))*\s*[.!]*\s*$",
)

# Words a label before a colon may be that are the ad's own ("Hook: …", "Music: …")
_AD_LABELS = frozenset(
    "hook cta music audio voice voiceover vo captions subtitles scene scenes text end ending intro opener outro "
    "showcase problem proof testimonial reviews logo brand colours colors colour color font title headline copy "
    "tagline length duration update note notes feedback change changes edit edits also ps fyi client legal "
    "background backgrounds product price offer discount code cut version variant render export all everything "
    "overall total pace tone style mood format ratio first last next then opening closing opener closer voice-over "
    "voice-overs voiceovers narration narrator sound song track subtitle caption shot slide card frame screen image "
    "picture photo video ad hero benefit benefits feature features demo sale promo solution story lifestyle finale "
    "final cover thumbnail subhead subheadline body tag hashtag hashtags handle bio link url website phone number "
    "address disclaimer terms tagline slogan social problem solution before after question answer step steps "
    # a ticket's or a form's labels ("Bug: … Expected: … Actual: …")
    "bug bugs expected actual issue issues fix fixes result results observed summary status priority severity context "
    "request requests ask asks todo nb re fw fwd subject from to cc date sent reason why what where when who how goal "
    "goals objective audience platform platforms deadline budget brief comment comments suggestion suggestions idea "
    "ideas option options pros cons yes no ok okay done pending approved rejected agency keep remove add must should "
    "nice optional required mandatory important urgent warning caution tip example eg ie now later today tomorrow "
    "mobile desktop tiktok instagram youtube facebook reels stories shorts".split()
)
# "Priya: hook shorter, 3s. Tom: CTA '…'": a stakeholder's name as a label
_NAME_LABEL_RE = re.compile(_START + r"(?P<name>[A-Z][a-z][\w'’-]*)\s*:\s*(?=\S)")

_COUNT = r"(?:two|three|four|five|2|3|4|5|a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|some)"
# "Two things from the approvals call: …", "three notes after the Monday review: …"
_OCCASION_RE = re.compile(
    _START
    + _COUNT
    + r"\s+(?:(?:small|quick|little|minor|more|last|final)\s+)?(?:things|changes|tweaks|edits|notes|points|fixes|asks|"
    r"requests|items)\s+(?:from|after|out\s+of|off)\s+(?:the\s+|our\s+|this\s+morning'?s\s+|today'?s\s+)?"
    r"[\w'’ -]{1,40}?\s*:\s*(?=\S)",
    _I,
)

# "BOGO starts Friday, so: …", "legal signed off yesterday, so - …": the reason before a list
_SO_COLON_RE = re.compile(_START + r"[^.!?;\n:\ue000\ue100]{2,100}?,?\s+so\s*(?::|—|–|\s-)\s*(?=\S)", _I)

_HERO = (
    r"[^.!?;\n,:\ue000\ue100]{1,60}?\s+(?:is|are)\s+(?:the|our|my)\s+hero(?:\s+[\w-]+){0,2}?"
    r"(?:\s+(?:this|for\s+the|for\s+this)\s+(?:month|week|season|quarter|drop|launch|campaign)|\s+now|\s+again)?"
)
# "olive is the hero colourway, keep it.", "the 30 ml bottle is the hero SKU this month, so …"
_HERO_RE = re.compile(
    _START
    + _HERO
    # (never before "it": "the bottle is the hero, so make it bigger" names what "it" is)
    + r"(?:\s*,\s*(?:so|and)\s+(?![^\ue000]*\b(?:it|them|its)\b)(?=\S)"
    r"|(?:\s*,\s*(?:keep|leave)\s+(?:it|that|them)(?:\s+(?:as\s+is|like\s+that))?)?\s*[.!;]+\s*(?=\S))",
    _I,
)

# "less salesy please: …", "not so preachy: …": a tone the requests after the colon spell out
_TONE_RE = re.compile(
    r"^\W*(?:(?:a\s+bit\s+|much\s+|way\s+)?less|not\s+so|not\s+as|too|too\s+much|way\s+too)\s+"
    r"(?:salesy|pushy|preachy|corporate|cheesy|hard[\s-]?sell|hypey|hype-?y|spammy|clickbaity|desperate|cringey?|"
    r"try-?hard|markety|marketing-?y|ad-?like|sappy|pity[\s-]?porn-?y?|guilt-?trippy|sales-?y)"
    r"(?:\s+(?:please|pls|plz|overall|now))*\s*[:—–]\s*(?=\S)",
    _I,
)


def without_approvals(masked: str) -> str:
    """``masked`` without the provenance of its requests (who asked, who signed off, the occasion,
    the reason before "so:", a hero product, a tone its requests spell out); unchanged when no
    request would be left."""
    text = _TONE_RE.sub("", masked)
    for pattern in (_OCCASION_RE, _ASKED_BY_RE, _SO_COLON_RE, _HERO_RE):
        text = pattern.sub(r"\g<sp>", text)
    names = [m for m in _NAME_LABEL_RE.finditer(text) if m.group("name").lower() not in _AD_LABELS]
    pieces = re.split(r"(?<=[.!?])(\s+)", text)  # sentences, each with the space after it
    kept = []
    for i in range(0, len(pieces), 2):
        if not _SIGN_OFF_RE.match(pieces[i]):
            kept.append(pieces[i] + (pieces[i + 1] if i + 1 < len(pieces) else ""))
    text = "".join(kept).rstrip()
    if len(names) >= 2:  # a list of who asked for what ("Priya: … Tom: … Me: …"), never one label alone
        text = _NAME_LABEL_RE.sub(
            lambda m: m.group(0) if m.group("name").lower() in _AD_LABELS else m.group("sp"), text
        )
    if not re.search(r"\w|\ue000", text):
        return masked
    return text
