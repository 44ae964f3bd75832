"""Brand edits: its name, tagline, font and colours ("our brand is called X", "tagline: …",
"use the font Montserrat", "brand colours navy and gold").

Part of :mod:`adgen.agent.understanding`; a step of the field reader (:mod:`fields`).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.clause import ClauseReaderBase, Frame, blank
from adgen.agent.understanding.font_styles import font_style, missing_style_problem
from adgen.agent.understanding.intensity import size_factor
from adgen.agent.understanding.quotes import PLACEHOLDER_RE, drop_cue_words, text_value
from adgen.agent.understanding.text_edits import FONT_ABS_RE
from adgen.agent.understanding.values import find_colors

_I = re.I

_CUE_FILLER = r"(?:(?:too|also|as\s+well|then|now)\b\s*)?"
_TAGLINE_RE = re.compile(
    # "tagline too: Brewed bold": a filler word before the cue, and a cue word is a whole word
    # (the "to" of "too" is no cue, or the value would start "o: …").
    rf"\b(?:tagline|slogan|strapline|motto)\b\s*{_CUE_FILLER}(?:(?:is|to|should\s+be|should\s+say|should\s+read|says|reads|of|becomes)\b|[:=])?"
    # ("our tagline is now 'Hear less. Feel more.'": when it changed, no part of it)
    r"(?:\s*now\b(?=\s*\ue000))?"
    r"\s*:?\s*(?P<t>\S.*?)\s*$",
    _I,
)
_FONT_RE = re.compile(
    rf"\b(?:font(?:\s+family)?|typeface|typography)\b(?!\s*(?:size|colou?r))\s*{_CUE_FILLER}(?:(?:to|is|should\s+be|in|of|as)\b|[:=])?\s*"
    # ("font to Lora, it matches the packaging": a reason after the name is no part of it)
    r"(?P<f>[^\s,.;!?][^,;!?]{0,50}?)\s*(?:[.!]?\s*$|(?=[,;]\s*(?:it|that|this|which|since|because|cause|as|so|to|not|no\s+longer|instead\s+of|rather\s+than)\b))",
    _I,
)
_FONT_USE_RE = re.compile(
    r"\b(?:use|try|switch\s+to|go\s+with|set\s+it\s+in|in)\s+(?P<f>(?!the\b)[^,;!?]{2,50}?)\s+(?:(?:as|for)\s+(?:the|our|a|my)\s+)?(?:(?:brand|brand's|main|primary|new)\s+)?(?:font|typeface)\b",
    _I,
)
_FONT_BAD = re.compile(
    r"^(?:on|in|for|of|at|to|from|with|bigger|larger|smaller|big|small|bold|bolder|italic|thin|thinner|thicker|size|colou?r|the\s+same|"
    r"same|default|back|bigger\s+.*|smaller\s+.*|a\s+bit.*|more.*|less.*|\d+.*|up\b.*|down\b.*|"
    # "the font is ugly": a complaint about the font names no font
    r"ugly|awful|bad|boring|weird|off|wrong|fine|ok|okay|good|great|nice|perfect|cheap|dated|old[\s-]?fashioned|"
    r"childish|cheesy|tacky|hideous|terrible|horrible|meh|plain|generic|basic|unreadable|illegible|hard\s+to\s+read|"
    r"(?:too|so|really|very|kinda|kind\s+of|a\s+little|not|quite|pretty)\s+.*)$",
    _I,
)
_BRAND_NAME_RE = re.compile(
    r"\b(?:brand(?:'s)?(?:\s+name)?|company(?:\s+name)?|business\s+name)\s*(?:is\s+(?:now\s+)?(?:called|named)|is\s+now|(?:becomes|will\s+be|changes\s+to|is\s+changing\s+to)|"
    r"should\s+(?:just\s+|simply\s+)?be(?:\s+called)?|to|:|=|is|called|named)\s+(?:(?:just|simply)\s+)?(?P<n>\S.*?)\s*[.!]?\s*$"
    # "brand name just Pulse", "brand name Pulse": the label, then a capitalised name or a quote
    r"|\b(?:brand|company|business)\s+name\s+(?:(?:just|simply)\s+(?=\S)|(?=(?-i:[A-Z0-9])|\ue000))(?P<n4>\S.*?)\s*[.!]?\s*$"
    r"|\b(?:we(?:'re|’re|\s+are)|i(?:'m|’m|\s+am))\s+(?:now\s+)?(?:called|named)\s+(?P<n2>\S.*?)\s*[.!]?\s*$"
    r"|\b(?:call|name|rename)\s+(?:the|our|my)\s+(?:brand|company)\s+(?:to\s+)?(?P<n3>\S.*?)\s*[.!]?\s*$",
    _I,
)
# "Zest Drinks Co now", "Lora instead": words after a name that say when, not what.
_TRAILING_ADVERB_RE = re.compile(
    r"(?:\s+(?:now|then|instead|too|as\s+well|from\s+now\s+on|going\s+forward|please|pls|thanks))+\s*[.!]?\s*$",
    _I,
)
# "Ember and Oak Co. (spelled out, no ampersand)": an aside in brackets is about the name, not in it.
_NAME_END_RE = re.compile(r"\s*[,;]\s+|\s+(?:-|\u2013|\u2014)\s+|\s+\(")
# "colours: navy and cream" as a labelled line (as a brief or a pasted brand sheet has it) is the
# brand's colours too; the palette may follow them (update_brand carries them over).
BRAND_COLORS_RE = re.compile(
    r"\b(?:brand|our|company|corporate)\s+colou?rs?\b|\bbrand\b|^\W*colou?rs?\s*:", _I
)
_FONT_WORD_RE = re.compile(r"\b(?:font|typeface)\b", _I)


def read_brand(r: ClauseReaderBase, f: Frame) -> None:
    """Tagline, font and name (brand colours are read with the other colours)."""
    if not (f.has["brand"] or _FONT_WORD_RE.search(f.rest)):
        return
    if _tagline(r, f):
        return
    _font(r, f)
    _name(r, f)
    _hide_values(f)
    if f.ch.brand:
        f.topic = "brand"
        if "font" in f.ch.brand:
            f.has["overlay"] = bool(re.search(r"\b(?:text|words|captions?|headlines?)\b", f.rest, _I))


def _tagline(r: ClauseReaderBase, f: Frame) -> bool:
    tm = _TAGLINE_RE.search(f.rest)
    if not tm:
        return False
    value = f.text if f.text is not None else text_value(tm.group("t"), r.quotes)
    if not value or (f.text is None and _judges(f.rest[tm.start() : tm.start("t")], value, tm.group("t"))):
        return False
    f.ch.brand["tagline"] = value
    f.consumed.append(tm.span())
    f.topic = "brand"
    _hide_values(f)
    return True


def _hide_values(f: Frame) -> None:
    """A tagline, font or name typed without quotes is copy, not a request: the later steps read
    the clause without it ("tagline: Burn slow" asks nothing about the ad's length)."""
    if f.consumed:
        f.rest = blank(f.rest, f.consumed)


# "the font Cormorant change to Lora" (the verb after the field, as some write it): the new value
# is the one after "change to".
_CHANGED_TO_RE = re.compile(
    r"(?:^|\s)(?:change[sd]?|switch(?:ed)?|swap(?:ped)?|turn(?:ed)?|set)\s+(?:it\s+)?(?:to|into|for)\s+(?P<v>\S.*)$",
    _I,
)


# "use our brand font for the text", "the text should be in the brand font": the brand's own font,
# named by whose it is, never a family called "Our"
# ("all text in brand font pls": without its article too, after a word that says to use it, never
# a family called "Brand")
_BRAND_FONT_RE = re.compile(
    r"\b(?:(?:our|the|my|its)\s+(?:own\s+)?|(?<=\b(?:in|to)\s))(?:brand(?:'s|s)?|company(?:'s)?|corporate|house|official)"
    r"\s+(?:font|typeface|type(?:face)?)\b",
    _I,
)


# Only where the brand's font is what to use ("in our brand font", "use the brand font for …",
# "make every text the brand font").
_BRAND_FONT_BEFORE_RE = re.compile(
    r"(?:^|\b(?:in|use|using|with|into|apply|to|for)\s+|\b(?:all|every|each)\s+(?:the\s+)?(?:texts?|words|captions)\s+)$",
    _I,
)
_BRAND_FONT_SET_RE = re.compile(r"\s*(?:should|must|is|=|:|to\b|->|becomes?)", _I)


def _brand_font(r: ClauseReaderBase, f: Frame) -> bool:
    """The brand's font asked for by name of its owner: already used, or which file to send."""
    m = _BRAND_FONT_RE.search(f.rest)
    if (
        m is None
        or not _BRAND_FONT_BEFORE_RE.search(f.rest[: m.start()])
        or _BRAND_FONT_SET_RE.match(f.rest[m.end() :])
    ):
        return False  # "use Lora as our brand font", "the brand font should be Lora": one is named
    named = _FONT_USE_RE.search(f.rest)
    if (
        named is not None
        and named.end() == m.end()
        and not re.match(r"(?:the|our|my|its|brand|all|every|it|this|that)\b", named.group("f"), _I)
        and not _FONT_BAD.match(named.group("f").strip())
    ):
        return False  # "use Montserrat for the brand font": a font named for it (round 29 j)
    font = r.project.brand.font
    if font:
        f.problems.append(f"All the text already uses the brand font, {font}.")
    else:
        f.problems.append(
            "No brand font is set yet. Send the font as a TTF or OTF file, or name it (“use the font "
            "Montserrat”), and all the text will use it."
        )
    f.consumed.append(m.span())
    return True


def _font(r: ClauseReaderBase, f: Frame) -> None:
    if _brand_font(r, f):
        return
    if (style := font_style(f.rest)) is not None and not PLACEHOLDER_RE.search(f.rest):
        if style.family is None:
            f.problems.append(missing_style_problem(style))
        else:
            f.ch.brand["font"] = style.family
        f.consumed.append(style.span)
        return
    fm = _FONT_USE_RE.search(f.rest) or _FONT_RE.search(f.rest)
    if not fm or size_factor(f.rest) is not None or FONT_ABS_RE.search(f.rest):
        return
    raw = fm.group("f").strip()
    value = text_value(raw, r.quotes) if raw else None
    if value:
        value = drop_cue_words(re.sub(r"^(?:the|a|an)\s+(?:font\s+)?", "", value, flags=_I).strip())
        # "font on the hook Lora": the scene's name is blanked, its preposition is no part of the font
        # ("the font in the hook should be Lora": "in" was read as the cue, "should be" is one too)
        value = re.sub(
            r"^(?:(?:on|in|for|of|at)\s{2,})?(?:(?:(?:should\s+be|is|to)\b|[:=-])\s*)?(?=\S)",
            "",
            value,
            flags=_I,
        )
    if value and not PLACEHOLDER_RE.search(raw):
        # "the brand font is Manrope now": when it changed, no part of its name (round 28 f)
        value = re.sub(
            r"(?<=\w)\s+(?:now|from\s+now\s+on|going\s+forward|these\s+days|instead)$", "", value, flags=_I
        )
        value = re.sub(r"^(?:now|from\s+now\s+on)\s+(?=\S)", "", value, flags=_I)  # "our font is now Lora"
    moved = _CHANGED_TO_RE.search(value or "")
    if moved:  # "the font Cormorant change to Lora": the font it changes to, the verb last
        value = moved.group("v").strip()
    if value and not _FONT_BAD.match(value) and not find_colors(value):
        if (
            not PLACEHOLDER_RE.search(raw)
            and (value.islower() or value.isupper())
            and len(value.split()) <= 3
        ):
            value = value.title()  # "use lora", "FONT LORA": a family's name, as fonts are listed
        f.ch.brand["font"] = value
        f.consumed.append(fm.span())


# "the brand name is too long", "brand name is fine": how the name is, never a new name
# (a quoted name is kept whatever its words).
_JUDGEMENT_RE = re.compile(
    r"^(?:too|so|very|really|kind\s+of|kinda|a\s+bit|a\s+little|quite|pretty|way|not|fine|ok(?:ay)?|good|great|"
    r"perfect|wrong|bad|ugly|weird|off|hard|difficult|confusing|long|short|boring|bland|meh|awful|terrible)\b",
    _I,
)


def _judges(connector: str, value: str, raw: str) -> bool:
    """ "is too long", "is fine": unquoted words after "is" that say how it is, not what it is."""
    return (
        bool(re.search(r"\b(?:is|becomes|will\s+be)\s*$", connector, _I))
        and value == raw.strip()
        and bool(_JUDGEMENT_RE.match(value))
    )


# After a brand name's comma: a length, a mood or another field is a request of its own.
_FOLLOWING_REQUEST_RE = re.compile(
    r"^\s*[,;]\s*(?:and\s+)?(?:\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b|(?:make\s+it\s+)?(?:calm|calmer|energetic|playful|"
    r"luxurious|warm|fresh|bold|minimal|cozy|upbeat|moody)\b|(?:tagline|slogan|colou?rs?|font|music|mood)\b)",
    _I,
)


def _name(r: ClauseReaderBase, f: Frame) -> None:
    nm = _BRAND_NAME_RE.search(f.rest)
    if not nm or re.match(
        r"\s*colou?rs?\b|\s*fonts?\b|\s*palette\b", f.rest[nm.start() :][len(nm.group(0).split()[0]) :], _I
    ):
        return
    group = next((g for g in ("n", "n2", "n3", "n4") if nm.group(g)), "n")
    raw = nm.group(group) or ""
    # "Zest Drinks Co now, please udate it": a name typed without quotes ends at the comma.
    raw = _NAME_END_RE.split(raw, maxsplit=1)[0]
    # "brand is Leafhaus, 20 seconds, calm": what follows the name's comma is read on its own.
    after = f.rest[nm.start(group) + len(raw) : nm.end()] if nm.group(group) else ""
    end = (
        nm.start(group) + len(raw) if after.strip(" ,;") and _FOLLOWING_REQUEST_RE.search(after) else nm.end()
    )
    value = text_value(_TRAILING_ADVERB_RE.sub("", raw), r.quotes)
    if (
        value
        and not re.match(r"^(?:colou?rs?|fonts?|palette|tagline|slogan)\b", value, _I)
        and not find_colors(value)
        and not (nm.group("n") and _judges(f.rest[nm.start() : nm.start("n")], value, raw))
        and not (nm.group("n4") and _JUDGEMENT_RE.match(raw))  # "brand name just fine"
    ):
        f.ch.brand["name"] = value
        f.consumed.append((nm.start(), end))


__all__ = ["BRAND_COLORS_RE", "read_brand"]
