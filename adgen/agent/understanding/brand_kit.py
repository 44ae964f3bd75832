"""Brand kit requests: "here is our logo", "our colours are navy and coral", "use Montserrat for
headlines", "our tagline is …", "never say 'cheap'", "apply the new brand kit to this ad", "show
the brand kit".

A table of patterns, each naming what it asks of the kit (:class:`KitRequest`), read before the
ad parser: a brand kit outlives any one ad, so these messages go to the kit, not to an ad. The
phrasings an ad edit also uses ("our colours are …", "our tagline is …", "our call to action
is …") go to the kit only when no ad is open in the conversation or when the message names the
kit ("… in the brand kit", "from now on"); with an ad open they stay edits of that ad.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from adgen.agent.understanding.quotes import mask_quotes

KitAction = Literal[
    "list_kits",
    "new_kit",
    "switch_kit",
    "show",
    "apply",
    "logo",
    "logo_colours",
    "logo_cutout",
    "corner_mark",
    "font_file",
    "font_family",
    "colours",
    "tagline",
    "cta",
    "avoid",
    "tone",
    "name",
]
FontRoleWord = Literal["heading", "body"]


@dataclass(frozen=True)
class KitRequest:
    """One thing a message asks of the brand kit."""

    action: KitAction
    value: str | None = None  # colours text, tagline, CTA, family, kit name
    words: tuple[str, ...] = ()  # words to avoid, tone words
    role: FontRoleWord = "heading"
    enabled: bool = True  # corner mark on or off


@dataclass
class KitMessage:
    requests: list[KitRequest] = field(default_factory=list)
    brand_files: bool = False  # the message's attachments are for the kit (logo, font)


_I = re.I
_KIT = r"(?:brand\s*kit|brand\s+book|brand\s+guidelines?|(?:the|our|my)\s+kit)"
NAMES_KIT_RE = re.compile(
    rf"\b{_KIT}\b|\bfrom\s+now\s+on\b|\bgoing\s+forward\b|\bfor\s+(?:all|every)\s+(?:our\s+|new\s+)?ads\b", _I
)
_END = r"\s*[.!]?\s*$"
_ROLE_WORDS = {
    "heading": r"head(?:line|ing|er)s?|titles?|display",
    "body": r"body(?:\s+(?:text|copy))?|paragraphs?|small\s+text|captions?|running\s+text",
}
_HEADING = _ROLE_WORDS["heading"]
_BODY = _ROLE_WORDS["body"]
_FILE_WORD = r"(?:this|the\s+attached|the\s+(?:font\s+)?file|it|that|these)"

_COLOUR_VALUE = r"\s*(?P<v>\S.*?)\s*[.!]?\s*$"
_WORDS_VALUE = r"\s*(?P<v>.+?)\s*[.!]?\s*$"

# (action, needs_kit_context, alternatives): the alternatives of one action are tried on the whole
# message as one pattern, the actions in order. needs_kit_context: the phrasing is also an ad
# edit, so it goes to the kit only with no open ad or when the message names the kit.
_TABLE: list[tuple[KitAction, bool, list[str]]] = [
    ("list_kits", False, [
        r"\b(?:list|show|see)\s+(?:all\s+)?(?:of\s+)?(?:our|my|the)\s+brand\s*kits\b",
        r"\b(?:which|what)\s+brand\s*kits\b",
    ]),
    ("new_kit", False, [
        rf"\b(?:make|create|start|add|set\s+up)\s+(?:a\s+)?(?:new|second|another|separate)\s+(?:brand\s*)?kit\s+"
        rf"(?:called|named|for)\s+(?P<v>\S.*?){_END}",
    ]),
    ("switch_kit", False, [
        rf"\b(?:switch\s+to|use|change\s+to)\s+(?:the\s+|our\s+)?(?P<v>(?!(?:the|our|new|latest|updated|this|a)\b)\S.*?)\s+"
        rf"(?:brand\s*)?kit(?:\s+(?:from\s+now\s+on|for\s+new\s+ads|as\s+(?:the\s+|our\s+)?default))?{_END}",
        rf"\bmake\s+(?:the\s+)?(?P<v2>\S.*?)\s+(?:brand\s*)?kit\s+(?:the\s+|our\s+|my\s+)?default{_END}",
    ]),
    ("show", False, [
        r"^\s*/brand\b",
        rf"\b(?:show|see|view|display|what(?:'s|\s+is)\s+in)\b.*\b{_KIT}\b",
        rf"^\s*{_KIT}\s*\??\s*$",
    ]),
    ("apply", False, [
        rf"\b(?:apply|use|switch\s+to|update\s+to)\b.*\b{_KIT}\b.*\b(?:this|the|our)\s+ad\b",
        rf"\b(?:apply|re-?apply)\s+(?:the\s+)?(?:new\s+|latest\s+|updated\s+)?{_KIT}\b",
        rf"\buse\s+(?:the\s+)?(?:new|latest|updated)\s+{_KIT}\b",
        rf"\bupdate\s+(?:this|the)\s+ad\s+(?:to|with)\s+(?:the\s+)?(?:new\s+|latest\s+)?{_KIT}\b",
    ]),
    ("corner_mark", False, [
        r"\b(?:put|add|place|show)\b.*\blogo\b.*\bcorner\b",
        r"\blogo\b.*\b(?:go|sit|be|live|appear)\b.*\bcorner\b",  # "can the logo go in the corner?"
        r"\bcorner\s+(?:logo|mark)\b",
        r"\blogo\s+mark\b",
    ]),
    ("logo_colours", False, [
        r"\buse\s+(?:the\s+)?logo'?s\s+colou?rs\b",
        r"\bcolou?rs\s+(?:from|of)\s+the\s+logo\b",
    ]),
    ("logo_cutout", False, [
        r"\bcut\s+(?:out\s+)?(?:the|our)\s+logo(?:\s+out)?\b",
        r"\bremove\s+(?:the\s+)?(?:background|plate)\s+(?:of|from|behind)\s+(?:the|our)\s+logo\b",
        r"\b(?:the|our)\s+logo'?s\s+background\b",
    ]),
    ("logo", False, [
        r"\b(?:here(?:'s|\s+is|\s+are)|this\s+is|attached\s+is|attaching|sending|new|use\s+this\s+as)"
        r"\s+(?:our|my|the)?\s*(?:new\s+)?logo\b",
        r"\bour\s+logo\b",
        r"\blogo\s*(?:attached|:)",
    ]),
    # Only the family is case-sensitive (a capitalised name): "use this font for headlines" names none.
    ("font_family", False, [
        rf"(?i:\b(?:use|set|make|put)\b[^.]*?\b)(?P<f>[A-Z][\w\-]*(?: [A-Z0-9][\w\-]*){{0,4}})(?i:\s+(?:for|as|in)\s+"
        rf"(?:the\s+|our\s+|all\s+)?(?P<r>{_HEADING}|{_BODY})\b)",
        rf"(?i:\b(?P<r2>{_HEADING}|{_BODY})\s+(?:font|typeface)?\s*(?:is|are|should\s+be(?:\s+(?:set\s+)?in)?|:|in)\s+)"
        rf"(?P<f2>[A-Z][\w\-]*(?: [A-Z0-9][\w\-]*){{0,4}})(?i:{_END})",
    ]),
    ("colours", True, [
        r"\b(?:our|the|brand)\s+colou?rs?\s+(?:are|is|:)" + _COLOUR_VALUE,
        r"\bour\s+(?:primary|secondary|accent)\s+colou?r\s+is" + _COLOUR_VALUE.replace("<v>", "<v2>"),
        # "colours: navy and cream, …": a labelled line, as a pasted brand sheet has it
        r"^\s*colou?rs?\s*:" + _COLOUR_VALUE.replace("<v>", "<v3>"),
    ]),
    ("tagline", True, [r"\b(?:our|the)\s+(?:tagline|slogan|strapline)\s+(?:is|:)\s*(?P<v>\S.*?)\s*$"]),
    ("cta", True, [r"\b(?:our|the)\s+(?:default\s+)?(?:call\s+to\s+action|cta)\s+(?:is|:)\s*(?P<v>\S.*?)\s*$"]),
    ("avoid", False, [
        r"\b(?:never|don'?t|do\s+not)\s+(?:ever\s+)?(?:say|use|write)\s+(?:the\s+words?\s+)?" + _WORDS_VALUE,
        r"\bavoid\s+(?:the\s+)?(?:words?|phrases?|saying)\s+" + _WORDS_VALUE.replace("<v>", "<v2>"),
        r"\b(?:banned|forbidden)\s+words?\s*(?:are|is|:)" + _WORDS_VALUE.replace("<v>", "<v3>"),
    ]),
    ("tone", False, [r"\bour\s+(?:tone|voice|tone\s+of\s+voice|brand\s+voice)\s+(?:is|should\s+be|:)" + _WORDS_VALUE]),
    ("name", False, [
        rf"\b(?:call|name)\s+(?:the|our|my)\s+(?:brand\s*)?kit\s+(?P<v>\S.*?){_END}",
        rf"\b{_KIT}\s+is\s+(?:called|named)\s+(?P<v2>\S.*?){_END}",
    ]),
]  # fmt: skip
# The font family names are capitalised words, so that pattern is case-sensitive.
_PATTERNS: list[tuple[re.Pattern[str], KitAction, bool]] = [
    (re.compile("|".join(alternatives), 0 if action == "font_family" else _I), action, needs_context)
    for action, needs_context, alternatives in _TABLE
]

_FONT_FILE_ASK_RE = re.compile(
    rf"\b(?:use|here(?:'s|\s+is)|this\s+is)\s+(?:this|the\s+attached|our)\s+font\b.*\b(?:{_HEADING}|{_BODY})\b",
    _I,
)
_FONT_FILE_RE = re.compile(
    rf"\b(?:use|set|here(?:'s|\s+is)|this\s+is|attached|our)\b[^.]*?\b(?:{_FILE_WORD}\s+)?(?:font|typeface)?\b[^.]*?\b(?:for|as|in)\s+(?:the\s+|our\s+|all\s+)?(?P<r>{_HEADING}|{_BODY})\b"
    rf"|\b(?P<r2>{_HEADING}|{_BODY})\s+font\b|\bour\s+(?:brand\s+)?font\b|\b(?:here(?:'s|\s+is)|this\s+is)\s+(?:our|the)\s+font\b",
    _I,
)  # fmt: skip


def find_quotes(text: str) -> list[str]:
    """The quoted texts in ``text``, exactly as written inside their quote marks."""
    return [q.inner for q in mask_quotes(text)[1]]


_WORD_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|\bor\b|\bnor\b|/)\s*", _I)
_FILLER_RE = re.compile(r"^(?:the\s+words?\s+|words?\s+like\s+|like\s+|things\s+like\s+)", _I)


def _role(word: str | None) -> FontRoleWord:
    return "body" if word and re.fullmatch(_BODY, word, _I) else "heading"


def _words(value: str) -> tuple[str, ...]:
    """'cheap', "free" and 'guaranteed' -> (cheap, free, guaranteed); quotes win when present."""
    quoted = [q.strip() for q in (find_quotes(value) or []) if q.strip()]
    if quoted:
        return tuple(dict.fromkeys(quoted))
    parts = [_FILLER_RE.sub("", p.strip(" '\"“”‘’.")) for p in _WORD_SPLIT_RE.split(value)]
    return tuple(dict.fromkeys(p for p in parts if p and len(p) <= 60))


def _value(match: re.Match[str]) -> str | None:
    for name in ("v", "v2", "v3"):
        if name in match.re.groupindex and match.group(name):
            return match.group(name).strip().strip("\"“”'‘’").strip()
    return None


def _quoted_or(value: str | None) -> str | None:
    if value is None:
        return None
    quoted = find_quotes(value) or []
    return quoted[0].strip() if quoted else value


def read_kit_message(text: str, *, attachments: list[str], ad_open: bool) -> KitMessage | None:
    """What ``text`` (with files named ``attachments``) asks of the brand kit, or None."""
    text = " ".join((text or "").split())
    suffixes = {name.rsplit(".", 1)[-1].lower() for name in attachments if "." in name}
    has_font = bool(suffixes & {"ttf", "otf", "ttc", "woff", "woff2"})
    has_svg = "svg" in suffixes
    names_kit = bool(NAMES_KIT_RE.search(text))
    out = KitMessage()
    if has_font and (_FONT_FILE_RE.search(text) or not text or names_kit or re.search(r"\bfont\b", text, _I)):
        m = _FONT_FILE_RE.search(text)
        out.requests.append(KitRequest("font_file", role=_role(m and (m.group("r") or m.group("r2")))))
        out.brand_files = True
    elif not has_font and _FONT_FILE_ASK_RE.search(text):  # "use this font for headlines", no file
        out.requests.append(KitRequest("font_file"))
    left_to_the_ad = False  # a part only the open ad's parser reads ("colours: navy and cream")
    for pattern, action, needs_context in _PATTERNS:
        if needs_context and ad_open and not names_kit:
            left_to_the_ad = left_to_the_ad or bool(pattern.search(text))
            continue
        match = pattern.search(text)
        if match is None:
            continue
        if action == "logo":
            if any(r.action in ("logo_cutout", "corner_mark", "logo_colours") for r in out.requests):
                continue  # "put our logo in the corner" is about the logo already kept
            out.brand_files = bool(attachments)  # with no file, the reply asks for it
            out.requests.append(KitRequest("logo"))
        elif action == "font_family":
            if has_font:
                continue  # the file is the font
            family = (match.group("f") or match.group("f2") or "").strip()
            family = re.sub(r"^(?:the|a|an|our)\s+", "", family, flags=_I)
            if not family or family.casefold() in {"this", "it", "that", "the font", "font"}:
                continue
            role = _role(match.group("r") or match.group("r2"))
            out.requests.append(KitRequest("font_family", value=family, role=role))
        elif action in ("new_kit", "switch_kit"):
            value = _quoted_or(_value(match))
            if value and value.casefold() not in ("brand", "the brand", "our brand", "my brand"):
                out.requests.append(KitRequest(action, value=value))
        elif action in ("colours", "tagline", "cta", "name"):
            value = _quoted_or(_value(match)) if action != "colours" else _value(match)
            if value:
                value = re.sub(
                    rf"\s+(?:in|to|for)\s+(?:the\s+|our\s+)?{_KIT}.*$", "", value, flags=_I
                ).strip()
                out.requests.append(KitRequest(action, value=value))
        elif action in ("avoid", "tone"):
            raw = _value(match) or ""
            raw = re.sub(
                rf"\s+(?:in|to|for)\s+(?:any\s+of\s+)?(?:our\s+)?(?:ads?|copy|{_KIT}).*$", "", raw, flags=_I
            )
            words = _words(raw)
            if words:
                out.requests.append(KitRequest(action, words=words))
        elif action == "corner_mark":
            off = bool(re.search(r"\b(?:remove|no|without|drop|hide|take\s+off)\b", text, _I))
            out.requests.append(KitRequest("corner_mark", enabled=not off))
        else:
            out.requests.append(KitRequest(action))
    if has_svg and not out.brand_files and re.search(r"\blogo\b", text, _I):
        out.brand_files = True
        out.requests.append(KitRequest("logo"))
    if not out.requests:
        return None
    if left_to_the_ad and not attachments:
        # "colours: navy and cream, and the headline font is Cinzel" with an ad open: the kit
        # would read the font only and leave the colours unread; the ad's parser reads both.
        return None
    return out


__all__ = ["NAMES_KIT_RE", "KitMessage", "KitRequest", "read_kit_message"]
