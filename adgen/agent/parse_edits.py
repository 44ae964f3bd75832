"""One clause of a marketer's message -> typed edit operations on the current project.

Part of the offline parser (:mod:`adgen.agent.parser`, whose docstring states the mapping).
A :class:`ClauseReader` reads one clause (quotes already masked) in this order, stopping at
the first kind of request that matches:

1. a replaced text: "change 'Order today' to 'Order now'";
2. scene structure: reorder (swap / move to start, end, before, after / reverse), add,
   remove; then "a different hook" and regenerate ("new background", "another take");
3. field edits, collected together so one clause can change several things: brand (name,
   tagline, font, colours), music (volume, mood), product placement (size, position,
   visibility), on-screen text (words, size, position, colour), the look (relative words,
   lighting, style, palette, background), durations.

Targets: the clause's scene references; with none, a pronoun ("it", "them") means the scenes
the previous clause named; otherwise the whole ad.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from adgen.agent.parse_refs import (
    ROLE_LABEL,
    SceneRef,
    find_scene_refs,
    has_pronoun,
    join_words,
    role_of_word,
    role_pattern,
    scene_names,
    scenes_with_text,
)
from adgen.agent.parse_values import (
    PLACEHOLDER_MARK,
    Quoted,
    find_colors,
    find_durations,
    round_half_up,
    text_value,
    unmask,
)
from adgen.agent.parse_words import alternative_line, find_looks, find_music_mood
from adgen.project import AD_MIN_SEC, AdProject
from adgen.tools import operations as ops

FONT_MIN, FONT_MAX = 12, 200
SCALE_MIN, SCALE_MAX = 0.1, 1.0
VOLUME_STEP = 0.2
SIZE_UP, SIZE_DOWN = 1.25, 0.8
ALTERNATIVE_TAKE = "alternative take"

_ROLE = role_pattern()
_Q = PLACEHOLDER_MARK + "[\ue100-\ue1ff]"
_I = re.I

# --- topics -------------------------------------------------------------------------------
_AUDIO_RE = re.compile(r"\b(?:music|song|soundtrack|track|audio|sound|volume|beat|tune|jingle|score|bgm)\b", _I)
_GENRE_RE = re.compile(
    r"\b(?:jazz|jazzy|lo[\s-]?fi|hip[\s-]?hop|rap|rock|edm|techno|electronic|acoustic|piano|orchestral|classical|"
    r"ambient|synthwave|house\s+music|folk|funk|funky|reggae|r&b|disco|dubstep|country)\b", _I)
_PRODUCT_RE = re.compile(r"\b(?:products?|packshot|pack\s+shot|cut[\s-]?out|bottle|packaging|item)\b", _I)
_OVERLAY_RE = re.compile(
    r"\b(?:text|texts|font|fonts|words|wording|captions?|headlines?|titles?|copy|line|lettering|letters|"
    r"overlays?|message|subtitles?|type|typography|writing|on[\s-]screen\s+text)\b", _I)
_BACKGROUND_RE = re.compile(r"\b(?:backgrounds?|backdrops?|scenery|setting|visuals?|footage|imagery)\b", _I)
_BRAND_RE = re.compile(r"\b(?:brand|branding|tagline|slogan|strapline|motto|logo|company\s+name)\b", _I)

# --- structure ----------------------------------------------------------------------------
_SWAP_RE = re.compile(r"\b(?:swap|switch|exchange|flip|trade|interchange)\b", _I)
_MOVE_RE = re.compile(
    r"\b(?:move|put|place|shift|bring|push|drag|reorder|make|have|start\s+with|open\s+with|begin\s+with|"
    r"lead\s+with|end\s+with|close\s+with|finish\s+with|should\s+(?:come|go|be)|goes|comes)\b", _I)
_DEST_FIRST_RE = re.compile(
    r"\b(?:to|at|as)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|front|opening|first\s+(?:position|place|slot|spot))\b"
    r"|\bup\s+front\b|\bin\s+front\s*$"
    r"|\b(?:start|open|begin|lead)\s+with\b|\b(?:come|go|be|goes|comes)\s+first\b|\bfirst\s*$|\bput\s+.+\s+first\b", _I)
_DEST_LAST_RE = re.compile(
    r"\b(?:to|at|as)\s+(?:the\s+)?(?:very\s+)?(?:end|back|finish|last\s+(?:position|place|slot|spot))\b"
    r"|\b(?:end|close|finish)\s+with\b|\b(?:come|go|be|goes|comes)\s+last\b|\blast\s*$", _I)
_DEST_POS_RE = re.compile(
    r"\b(?:to|at|in|into)\s+(?:the\s+)?(?:position|slot|place|spot)\s*(?:#|number\s+)?(?P<n>\d{1,2})\b"
    r"|\b(?:to|at|in|into)\s+(?:the\s+)?(?P<o>first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\s+(?:position|place|slot|spot)\b"
    r"|\b(?P<o2>second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s*[.!]?\s*$", _I)
_MAKE_ORDINAL_RE = re.compile(
    r"\b(?:make|have|turn)\s+(?P<rest>.+?)\s+(?:the\s+)?(?P<o>first|second|third|fourth|fifth|sixth|last|final|opening|closing)\s+(?:scene|one|slide)\b", _I)
_ANCHOR_RE = re.compile(
    r"\b(?P<rel>(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:before|after|ahead\s+of|in\s+front\s+of|following|behind))\s+(?:the\s+|our\s+)?$", _I)
_REVERSE_RE = re.compile(r"\breverse\s+(?:the\s+)?(?:order|scenes|sequence)|\b(?:play|run)\s+(?:it\s+)?backwards\b", _I)

_ADD_RE = re.compile(
    r"\b(?:add|insert|include|append|create|put\s+in|throw\s+in|slot\s+in|drop\s+in|we\s+need|i\s+need|"
    r"i\s+want|i'?d\s+like|let'?s\s+have|give\s+me|there\s+should\s+be)\s+(?:in\s+)?"
    r"(?P<art>an?|another|one\s+more|a\s+new|new|an\s+extra|extra|one|a\s+second|a\s+third)\s+"
    r"(?P<mid>(?:(?!(?:to|the|for|in|on|of|at|into|onto|with|after|before|different|alternative|alternate|"
    r"fresh|better|other)\b)[\w.,:-]+\s+){0,3}?)"
    rf"(?P<what>(?:{_ROLE})s?(?:\s+(?:scenes?|slides?|shots?|clips?))?|scenes?|slides?|shots?|clips?|sections?|segments?)\b",
    _I,
)
_AT_START_RE = re.compile(r"\b(?:at|to)\s+the\s+(?:very\s+)?(?:start|beginning|front)\b|\bfirst\b", _I)
_AT_END_RE = re.compile(r"\b(?:at|to)\s+the\s+(?:very\s+)?end\b|\bas\s+the\s+last\s+(?:scene|one)\b|\blast\b", _I)
_ADD_TEXT_RE = re.compile(
    r"\b(?:saying|that\s+says|which\s+says|reading|that\s+reads|with\s+the\s+(?:text|line|words|caption|headline)|"
    r"with\s+text|text)\s*:?\s*(?P<t>\S.*?)\s*$", _I)
_ADD_BG_RE = re.compile(
    r"\b(?:showing|that\s+shows|which\s+shows|featuring|with|of|where|about)\s+(?P<b>\S.*?)\s*$", _I)
_REMOVE_RE = re.compile(
    r"\b(?:remove|delete|drop|cut|get\s+rid\s+of|lose|kill|ditch|scrap|take\s+out|eliminate|skip|erase|trash|"
    r"nuke|axe|don'?t\s+(?:need|want))\b", _I)
_DIFFERENT_RE = re.compile(
    rf"\b(?:a\s+|an\s+)?(?:different|new|another|alternative|alternate|fresh|better|other)\s+(?P<role>{_ROLE})"
    r"(?P<textword>\s+(?:text|line|copy|headline|caption|wording|message|words))?\b", _I)
_SOMETHING_ELSE_RE = re.compile(
    r"\b(?:try|give\s+me|do|show\s+me|want|need)\s+(?:something|anything)\s+(?P<textword>)?(?:different|else|new|fresh)\b", _I)
_REGEN_RE = re.compile(
    r"\b(?:re-?generate|redo|re-do|re-?roll|re-?shoot|re-?create|re-?make|re-?imagine|refresh|try\s+again|"
    r"another\s+(?:take|try|go|shot|attempt|pass|variation\s+of|version\s+of)|(?:a\s+)?(?:new|fresh|different|second)\s+take|"
    r"one\s+more\s+(?:take|try|go)|(?:new|different|another|fresh|alternative|other)\s+"
    r"(?:background|backdrop|visuals?|footage|clip|video|image|imagery|shot))\b", _I)
_REGEN_EXTRA_RE = re.compile(
    r"\b(?:with|showing|featuring|where|that\s+has|having|so\s+(?:it|that)|and\s+make\s+it|but|to\s+show|of)\s+(?P<a>\S.*?)\s*$"
    r"|:\s*(?P<a2>\S.*?)\s*$", _I)
_REPLACE_QUOTE_RE = re.compile(
    rf"\b(?:change|replace|swap|switch|turn|update|edit|rewrite|make|alter|reword)\s+(?:the\s+(?:text|words|line|headline|caption)\s+)?"
    rf"(?P<old>{_Q})\s+(?:to|with|into|for|by|->|→|=>|so\s+it\s+says)\s+(?P<new>{_Q})", _I)

# --- text values --------------------------------------------------------------------------
_SAY_RE = re.compile(r"(?P<kw>\b(?:say|says|saying|said|read|reads|reading)\b)\s*[:,-]?\s*(?=\S)", _I)
_LABEL_RE = re.compile(
    rf"(?:^|(?<=[\s,;]))(?:(?:the|its|it's)\s+)?(?:(?:{_ROLE})(?:\s*(?:text|headline|caption|copy|title|line|message|wording))?"
    r"|scene\s*\d+(?:\s+(?:text|headline|caption|copy|line))?|text|headline|caption|copy|title|line|message|wording|"
    r"words|overlay(?:\s+text)?|on[\s-]screen\s+text)\s*(?P<kw>[:=])\s*(?=\S)", _I)
_IS_TEXT_RE = re.compile(
    r"\b(?:text|headline|caption|copy|title|line|message|wording|words|overlay)\s+"
    r"(?P<kw>should\s+(?:now\s+)?be|is\s+now|becomes?|=|to\s+read|now)\s+(?=\S)", _I)
_TO_TEXT_RE = re.compile(
    r"\b(?:change|set|update|switch|edit|make|turn|rename|rewrite|reword)\b.*?\b(?:to|into)\s*:?\s+(?P<t>\S.*?)\s*$", _I)
_ATTRIBUTION_RE = re.compile(r"^\s*[–—-]+\s*\w", _I)
_LEAD_QUOTE_RE = re.compile(rf"^\s*(?:the\s+(?:text|words|line)\s+)?(?P<q>{_Q})", _I)
_TRAIL_MOD_RE = re.compile(
    r"\s+(?:in|at|on|with)\s+(?:the\s+)?(?P<m>[#\w\s-]{2,24}?)(?:\s+(?:text|font|letters|colou?r|of\s+the\s+screen))?\s*[.!]?\s*$",
    _I)

# --- brand ---------------------------------------------------------------------------------
_TAGLINE_RE = re.compile(
    r"\b(?:tagline|slogan|strapline|motto)\b\s*(?:is|:|=|to|should\s+be|should\s+say|should\s+read|says|reads|of|becomes)?\s*:?\s*(?P<t>\S.*?)\s*$",
    _I)
_FONT_RE = re.compile(
    r"\b(?:font(?:\s+family)?|typeface|typography)\b(?!\s*(?:size|colou?r))\s*(?:to|:|=|is|should\s+be|in|of|as)?\s*"
    r"(?P<f>[^\s,.;!?][^,;!?]{0,50}?)\s*[.!]?\s*$", _I)
_FONT_USE_RE = re.compile(
    r"\b(?:use|try|switch\s+to|go\s+with|set\s+it\s+in|in)\s+(?P<f>(?!the\b)[^,;!?]{2,50}?)\s+(?:as\s+(?:the|our|a)\s+)?(?:font|typeface)\b", _I)
_FONT_BAD = re.compile(
    r"^(?:on|in|for|of|at|to|from|with|bigger|larger|smaller|big|small|bold|bolder|italic|thin|thinner|thicker|size|colou?r|the\s+same|"
    r"same|default|back|bigger\s+.*|smaller\s+.*|a\s+bit.*|more.*|less.*|\d+.*)$", _I)
_BRAND_NAME_RE = re.compile(
    r"\b(?:brand(?:'s)?(?:\s+name)?|company(?:\s+name)?|business\s+name)\s*(?:is\s+(?:now\s+)?(?:called|named)|is\s+now|"
    r"should\s+be(?:\s+called)?|to|:|=|is|called|named)\s+(?P<n>\S.*?)\s*[.!]?\s*$"
    r"|\b(?:we(?:'re|’re|\s+are)|i(?:'m|’m|\s+am))\s+(?:now\s+)?(?:called|named)\s+(?P<n2>\S.*?)\s*[.!]?\s*$"
    r"|\b(?:call|name|rename)\s+(?:the|our|my)\s+(?:brand|company)\s+(?:to\s+)?(?P<n3>\S.*?)\s*[.!]?\s*$", _I)
_BRAND_COLORS_RE = re.compile(r"\b(?:brand|our|company|corporate)\s+colou?rs?\b|\bbrand\b", _I)

# --- audio ---------------------------------------------------------------------------------
_MUTE_RE = re.compile(
    r"\b(?:mute|silence|no\s+music|remove\s+(?:the\s+)?(?:music|audio|sound)|without\s+(?:any\s+)?music|"
    r"turn\s+off\s+the\s+(?:music|sound)|turn\s+the\s+(?:music|sound)\s+off|kill\s+the\s+(?:music|sound)|"
    r"drop\s+the\s+music|get\s+rid\s+of\s+the\s+music|switch\s+off\s+the\s+music|silent)\b", _I)
_UNMUTE_RE = re.compile(
    r"\b(?:unmute|bring\s+back\s+the\s+music|bring\s+the\s+music\s+back|turn\s+the\s+music\s+(?:back\s+)?on)\b", _I)
_VOL_UP_RE = re.compile(
    r"\b(?:louder|crank(?:\s+up)?\s+(?:the\s+)?(?:music|volume|sound|audio|it)|crank\s+it(?:\s+up)?|turn\s+(?:\w+\s+){0,2}?up|turn\s+up|(?:raise|increase|boost|bump\s+up|crank\s+up|pump\s+up|up)\s+"
    r"(?:the\s+)?(?:music\s+)?(?:volume|music|sound|audio)|more\s+volume|too\s+quiet|(?:can'?t|cannot)\s+hear|"
    r"volume\s+up|higher\s+volume|more\s+audible)\b", _I)
_VOL_DOWN_RE = re.compile(
    r"\b(?:quieter|turn\s+(?:\w+\s+){0,2}?down|turn\s+down|(?:lower|decrease|reduce|drop|cut|dial\s+down)\s+"
    r"(?:the\s+)?(?:music\s+)?(?:volume|music|sound|audio)|less\s+(?:loud|volume)|too\s+loud|volume\s+down|"
    r"lower\s+volume|tone\s+(?:\w+\s+){0,2}?down|not\s+so\s+loud|more\s+quiet|less\s+noisy)\b", _I)
_VOL_ABS_RE = re.compile(
    r"\bvolume\s*(?:to|at|:|=|of)?\s*(?P<p>\d{1,3})\s*%|\bto\s+(?P<p3>\d{1,3})\s*%|\b(?P<p2>\d{1,3})\s*%\s*(?:volume|loud)"
    r"|\bvolume\s*(?:to|at|:|=|of)?\s*(?P<f>0?\.\d+|1(?:\.0+)?|0)\b|\b(?P<half>half)\s+volume|\b(?P<full>full|max(?:imum)?)\s+volume", _I)

# --- product / overlay placement ------------------------------------------------------------
_DOUBLE_RE = re.compile(r"\b(?:twice\s+as\s+(?:big|large)|double\s+(?:the\s+)?(?:size|it)|double)\b", _I)
_HALF_RE = re.compile(r"\b(?:half\s+(?:the\s+|its\s+)?size|half\s+as\s+(?:big|large)|halve)\b", _I)
_BIGGER_RE = re.compile(
    r"\b(?:bigger|larger|big|large|huge|huger|enlarge|(?:scale|size|bump|blow)\s+(?:it\s+|them\s+|\w+\s+)?up|"
    r"(?:increase|raise|bump)\s+(?:the\s+)?(?:\w+\s+)?size|(?:more|most)\s+prominent|zoom\s+in(?:\s+on)?|too\s+small|grow)\b", _I)
_SMALLER_RE = re.compile(
    r"\b(?:smaller|small|tinier|tiny|shrink|(?:scale|size)\s+(?:it\s+|them\s+|\w+\s+)?down|"
    r"(?:reduce|decrease|lower)\s+(?:the\s+)?(?:\w+\s+)?size|less\s+prominent|zoom\s+out|too\s+(?:big|large))\b", _I)
_FONT_ABS_RE = re.compile(
    r"\b(?:font[\s-]?size|text[\s-]?size|size)\s*(?:to|of|:|=|at)?\s*(?P<n>\d{2,3})\b"
    r"|\b(?:size|font)\b[^.,;]*?\bto\s+(?P<n3>\d{2,3})\b|\b(?P<n2>\d{2,3})\s*(?:px|pt|points?|pixels?)\b", _I)
_SCALE_ABS_RE = re.compile(r"\b(?P<p>\d{1,3})\s*%|\bscale\s*(?:to|of|:|=|at)?\s*(?P<f>0?\.\d+|1(?:\.0+)?)\b", _I)
_POS_RE = re.compile(
    r"\b(?:to|at|on|in|towards?|into)\s+(?:the\s+)?(?:very\s+)?(?P<a>top|bottom|center|centre|middle|left|right)"
    r"(?:\s+(?:of\s+the\s+(?:screen|frame|video)|side|part|edge|third))?\b"
    r"|\b(?P<b>left|right)[\s-](?:side|aligned|align)\b|\b(?P<c>centre|center|centered|centred)\b"
    r"|\b(?P<d>top|bottom)\b", _I)
_PRODUCT_SIDE_RE = re.compile(r"\b(?:move|shift|push|put|place|nudge|slide)\b[^.;]*?\b(left|right)\b", _I)
_MOVE_DIR_RE = re.compile(r"\b(?:move|shift|push|put|bring|nudge)\b.*?\b(?P<dir>up|down|higher|lower)\b", _I)
_HIDE_RE = re.compile(
    r"\b(?:hide|remove|take\s+(?:\w+\s+){0,2}?(?:out|away|off)|out\s+of|get\s+rid\s+of|drop|don'?t\s+show|do\s+not\s+show|no\s+product|"
    r"without\s+(?:the\s+)?product|lose|invisible|cut|not\s+(?:be\s+)?(?:visible|shown)|turn\s+off|disable)\b", _I)
_SHOW_RE = re.compile(
    r"\b(?:show|display|include|add|bring\s+back|put|visible|feature|unhide|reveal|appear|restore|use)\b", _I)

# --- look and style ---------------------------------------------------------------------------
_LIGHTING_RE = re.compile(
    r"\b(?P<l>golden[\s-]hour|neon|natural|studio|soft|harsh|candle[\s-]?lit|candlelight|sunset|sunrise|"
    r"moody|dim|backlit|low[\s-]key|high[\s-]key|daylight|night(?:time)?|morning|evening|sunny|warm|cool|cold|"
    r"bright|dark|dramatic|cinematic)\s+(?:lighting|light|lights)\b"
    r"|\blighting\s*(?:to|:|=|should\s+be|is)\s*(?P<l2>[^,.;!?]{2,40}?)\s*[.!]?\s*$", _I)
_STYLE_RE = re.compile(
    r"\b(?:visual\s+style|style|look|aesthetic)\s*(?:to|:|=|should\s+be|is)\s*(?:an?\s+|more\s+)?(?P<v>[^,.;!?]{2,40}?)\s*(?:style|look)?\s*[.!]?\s*$"
    r"|\b(?:an?\s+|more\s+)?(?P<v2>(?!(?:a|an|the|this|that|new|different|visual|video|same|overall|whole|its|our|"
    r"brand|current|old|other|better|nicer|more|less|of)\b)[\w-]+(?:\s+(?!style|look)[\w-]+)?)\s+(?:style|look|aesthetic)\b", _I)
_LOOK_LIKE_RE = re.compile(r"\b(?:look|feel)s?\s+like\s+(?:an?\s+|the\s+)?(?P<v3>[^,.;!?]{2,40}?)\s*[.!]?\s*$", _I)
_STYLE_STOPWORDS = {
    "make", "it", "to", "give", "a", "an", "the", "this", "that", "new", "different", "visual", "video",
    "same", "overall", "whole", "its", "our", "brand", "current", "old", "other", "better", "nicer", "more",
    "less", "of", "and", "with", "for", "go", "use", "try", "want", "like", "should", "be", "is", "me", "i",
    "we", "you", "can", "could", "please", "have", "has", "get", "into", "in", "on", "at", "ad", "scene",
    "everything", "them", "all", "feel", "look", "style", "so", "too", "very", "just", "really",
}
_MOOD_RE = re.compile(r"\bmood\s*(?:to|:|=|should\s+be|is)\s*(?:more\s+)?(?P<m>[^,.;!?]{2,40}?)\s*[.!]?\s*$", _I)
_PALETTE_RE = re.compile(r"\b(?:palette|colou?r\s+scheme|colou?rs|colou?r\s+palette|tones|hues)\b", _I)
_BG_SHOW_RE = re.compile(
    r"\b(?:should\s+(?:show|feature|depict|have|be\s+set\s+(?:in|at|on))|shows?|showing|features?|depicts?|"
    r"set\s+(?:it\s+|them\s+)?(?:in|at|on)|take\s+place\s+(?:in|at|on))\s+(?P<x>\S.*?)\s*[.!]?\s*$", _I)
_BG_TO_RE = re.compile(
    r"\b(?:backgrounds?|backdrops?|setting|scenery|visuals?|footage|location)\s+(?:(?:of|for|in)\s+)?"
    r"(?:to|should\s+(?:be|show)|:|=|is|into|with|showing|of)\s+(?P<x>\S.*?)\s*[.!]?\s*$", _I)
_SHORTER_RE = re.compile(r"\b(?:shorter|shorten|tighter|tighten|faster|quicker|snappier)\b", _I)
_LONGER_RE = re.compile(r"\b(?:longer|lengthen|extend|slower|more\s+time)\b", _I)
_WHOLE_AD_RE = re.compile(r"\b(?:the\s+)?(?:ad|video|spot|commercial|whole\s+thing|total|overall|runtime|length|duration)\b", _I)


_TRAILING_PREP_RE = re.compile(r"\s+(?:in|on|at|for|of|to|from|during|inside)(?:\s+(?:the|this|that))?\s*$", _I)
_SCENE_DESCRIPTION_RE = re.compile(r"^(?:an?|some)\s+\w", _I)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)


_ARTICLE_BEFORE_RE = re.compile(r"(?:\b(?:the|this|that|our|its|their)\s+)+$", _I)


def _ref_spans(text: str, refs: list[SceneRef]) -> list[tuple[int, int]]:
    """The references' spans, each with the article before it ("the CTA", not just "CTA")."""
    spans = []
    for r in refs:
        m = _ARTICLE_BEFORE_RE.search(text[:r.start])
        spans.append((m.start() if m else r.start, r.end))
    return spans


def _dedupe(ids: list[str]) -> list[str]:
    seen: list[str] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return seen


@dataclass
class Context:
    """What a clause leaves for the next one: the scenes it named and what it was about."""

    targets: list[str] | None = None
    topic: str | None = None
    role: str | None = None


@dataclass
class ClauseResult:
    ops: list[Any] = field(default_factory=list)
    question: str | None = None
    error: str | None = None
    understood: bool = False
    targets: list[str] | None = None
    topic: str | None = None
    role: str | None = None       # the last role the clause named ("the first showcase")
    note: str | None = None       # understood, nothing to change, and why


@dataclass
class _Target:
    ids: list[str] | None          # None: the whole ad
    each: bool = False             # "every scene": scene by scene rather than the ad's style
    explicit: bool = False
    error: str | None = None
    question: str | None = None


@dataclass
class _Changes:
    scene: dict[str, dict[str, Any]] = field(default_factory=dict)
    overlay: dict[str, dict[str, Any]] = field(default_factory=dict)
    product: dict[str | None, dict[str, Any]] = field(default_factory=dict)
    style: dict[str, Any] = field(default_factory=dict)
    brand: dict[str, Any] = field(default_factory=dict)
    audio: dict[str, Any] = field(default_factory=dict)
    duration: float | None = None

    def scene_of(self, sid: str) -> dict[str, Any]:
        return self.scene.setdefault(sid, {})

    def overlay_of(self, sid: str) -> dict[str, Any]:
        return self.overlay.setdefault(sid, {})

    def empty(self) -> bool:
        return not (self.scene or self.overlay or self.product or self.style or self.brand
                    or self.audio or self.duration is not None)


class ClauseReader:
    """Reads clauses of one message against the project as it stands before each clause."""

    def __init__(self, project: AdProject, quotes: list[Quoted], ctx: Context) -> None:
        self.project = project
        self.quotes = quotes
        self.ctx = ctx
        self._role: str | None = None

    # --- entry ---------------------------------------------------------------------------
    def read(self, clause: str) -> ClauseResult:
        try:
            result = self._read(clause)
            result.role = self._role
            return result
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err.get("loc", ()) if not isinstance(p, int))
            return ClauseResult(error=f"That change can't be made: {where}: {err.get('msg', 'invalid')}",
                                understood=True)

    def _read(self, clause: str) -> ClauseResult:
        refs_all = find_scene_refs(clause, self.project, self.quotes, context_role=self.ctx.role)
        self._role = next((r.role for r in reversed(refs_all) if r.kind == "role"), None)
        span, text = self._text_value(clause, refs_all)
        if span is not None:
            refs = [r for r in refs_all if r.end <= span[0] or r.start >= span[1]]
            body = _blank(clause, [span])
        else:
            refs = refs_all
            body = clause
        for handler in (self._replace_quote, self._reorder, self._add, self._remove,
                        self._different, self._regenerate):
            result = handler(clause, body, refs)
            if result is not None:
                return result
        return self._fields(body, refs, text)

    # --- helpers --------------------------------------------------------------------------
    def _position(self, sid: str) -> int:
        return next(i for i, s in enumerate(self.project.scenes, start=1) if s.id == sid)

    def _label(self, sid: str) -> str:
        scene = self.project.scene(sid)
        return f"scene {self._position(sid)} ({ROLE_LABEL[scene.role]})"

    def _quote(self, token: str) -> str:
        return self.quotes[ord(token[1]) - 0xE100].inner

    def _targets(self, refs: list[SceneRef], rest: str) -> _Target:
        for r in refs:
            if r.error:
                return _Target(None, error=r.error)
        for r in refs:
            if r.question:
                return _Target(None, question=r.question)
        if refs:
            if all(r.kind == "all" for r in refs):
                return _Target(None, each=all(r.each for r in refs), explicit=True)
            ids = _dedupe([i for r in refs if r.kind != "all" for i in r.ids])
            return _Target(ids, explicit=True)
        if self.ctx.targets and has_pronoun(rest):
            return _Target(list(self.ctx.targets))
        return _Target(None)

    def _refused(self, target: _Target) -> ClauseResult | None:
        if target.error:
            return ClauseResult(error=target.error, understood=True)
        if target.question:
            return ClauseResult(question=target.question, understood=True)
        return None

    def _text_value(self, clause: str, refs: list[SceneRef]) -> tuple[tuple[int, int] | None, str | None]:
        """Where the new on-screen words are ("say ...", "CTA: ...", "text should be ..."), and the words.

        The span covers the keyword and the words, not what follows a leading quote
        ("say 'Hi' in yellow") or a trailing modifier ("say Hi in yellow").
        """
        floor = max([r.end for r in refs if r.kind == "text"], default=0)
        best = None
        for pattern in (_SAY_RE, _LABEL_RE, _IS_TEXT_RE):
            m = pattern.search(clause, floor)
            if m and (best is None or m.start("kw") < best.start("kw")):
                best = m
        if best is None:
            return None, None
        start = best.start("kw")
        fragment = clause[best.end():]
        lead = _LEAD_QUOTE_RE.match(fragment)
        if lead:
            if _ATTRIBUTION_RE.match(fragment[lead.end():]):
                # A quote with its attribution ("“Love them” – Ana"): the whole line, quotes kept.
                return (start, len(clause)), unmask(fragment[lead.start("q"):], self.quotes).strip()
            return (start, best.end() + lead.end()), self._quote(lead.group("q"))
        end = len(clause)
        trail = _TRAIL_MOD_RE.search(fragment)
        if trail and self._is_modifier(trail.group("m")):
            end = best.end() + trail.start()
            fragment = fragment[:trail.start()]
        return (start, end), text_value(fragment, self.quotes)

    @staticmethod
    def _is_modifier(words: str) -> bool:
        w = words.strip().lower()
        if w in ("top", "bottom", "center", "centre", "middle", "bigger font", "larger font", "smaller font"):
            return True
        colors = find_colors(w)
        return bool(colors) and colors[0].start == 0 and colors[-1].end == len(w)

    # --- 1. replaced text ---------------------------------------------------------------------
    def _replace_quote(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        m = _REPLACE_QUOTE_RE.search(clause)
        if not m:
            return None
        old, new = self._quote(m.group("old")), self._quote(m.group("new"))
        target = self._targets([r for r in refs if r.kind != "text"], clause)
        ids = scenes_with_text(self.project, old)
        if target.ids:
            ids = [i for i in ids if i in target.ids]
        if not ids:
            return ClauseResult(error=f"No scene says “{old}”. The scenes are {scene_names(self.project)}.",
                                understood=True)
        if len(ids) > 1:
            where = join_words([f"scene {self._position(i)}" for i in ids], "and")
            return ClauseResult(question=f"Several scenes say “{old}”: {where}. Which one?", understood=True)
        return ClauseResult(ops=[ops.UpdateOverlay(scene_id=ids[0], text=new)], understood=True,
                            targets=ids, topic="overlay")

    # --- 2. structure --------------------------------------------------------------------------
    def _reorder(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        rest = _blank(body, [(r.start, r.end) for r in refs])
        if _PRODUCT_RE.search(rest) or _OVERLAY_RE.search(rest) or _AUDIO_RE.search(rest):
            return None
        current = [s.id for s in self.project.scenes]
        if _REVERSE_RE.search(body):
            return self._order_result(list(reversed(current)), current)
        scene_refs = [r for r in refs if r.kind != "all"]
        if not scene_refs:
            if not (self.ctx.targets and has_pronoun(rest) and _MOVE_RE.search(rest)):
                return None
            # "… and put it at the start": the scene the previous request named or added.
            scene_refs = [SceneRef(0, 0, "id", ids=list(self.ctx.targets))]
        if _SWAP_RE.search(rest):
            target = self._targets(scene_refs, rest)
            if (refused := self._refused(target)) is not None:
                return refused
            ids = target.ids or []
            if len(ids) != 2:
                return None
            a, b = current.index(ids[0]), current.index(ids[1])
            order = list(current)
            order[a], order[b] = order[b], order[a]
            return self._order_result(order, current)
        if not _MOVE_RE.search(rest):
            return None
        # "make the CTA the first scene": the ordinal names the destination, not a scene.
        mo = _MAKE_ORDINAL_RE.search(body)
        if mo:
            movers = [r for r in scene_refs if r.end <= mo.start("o")]
            if not movers:
                return None
            dest_word = mo.group("o").lower()
            dest = {"first": 0, "opening": 0, "last": len(current) - 1, "final": len(current) - 1,
                    "closing": len(current) - 1}.get(dest_word)
            if dest is None:
                dest = {"second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}[dest_word]
            return self._move(movers, rest, current, index=dest)
        for r in scene_refs:
            anchor = _ANCHOR_RE.search(body[:r.start])
            if anchor:
                movers = [m for m in scene_refs if m.end <= anchor.start()]
                if not movers:
                    if not (self.ctx.targets and has_pronoun(body[:anchor.start()])):
                        return None
                    movers = [SceneRef(0, 0, "id", ids=list(self.ctx.targets))]
                target = self._targets([r], rest)
                if (refused := self._refused(target)) is not None:
                    return refused
                rel = anchor.group("rel").lower()
                after = not any(w in rel for w in ("before", "ahead", "front"))
                return self._move(movers, rest, current, anchor=target.ids[0], after=after)
        dest_pos = _DEST_POS_RE.search(rest)
        if dest_pos:
            word = (dest_pos.group("o") or dest_pos.group("o2") or "").lower()
            n = int(dest_pos.group("n")) if dest_pos.group("n") else {
                "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}.get(
                    word, int(re.sub(r"\D", "", word) or 1))
            return self._move(scene_refs, rest, current, index=n - 1)
        if _DEST_FIRST_RE.search(rest):
            return self._move(scene_refs, rest, current, index=0)
        if _DEST_LAST_RE.search(rest):
            return self._move(scene_refs, rest, current, index=len(current) - 1)
        return None

    def _move(self, movers: list[SceneRef], rest: str, current: list[str], *, index: int | None = None,
              anchor: str | None = None, after: bool = True) -> ClauseResult:
        target = self._targets(movers, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        moving = target.ids or []
        if not moving:
            return ClauseResult(question="Which scene should I move?", understood=True)
        order = [sid for sid in current if sid not in moving]
        if anchor is not None:
            if anchor in moving:
                return ClauseResult(error="A scene can't move next to itself.", understood=True)
            pos = order.index(anchor) + (1 if after else 0)
        else:
            pos = max(0, min(index or 0, len(order)))
        order[pos:pos] = moving
        return self._order_result(order, current, targets=moving)

    def _order_result(self, order: list[str], current: list[str], targets: list[str] | None = None) -> ClauseResult:
        if order == current:
            return ClauseResult(note="The scenes are already in that order.", understood=True, targets=targets)
        return ClauseResult(ops=[ops.ReorderScenes(order=order)], understood=True, targets=targets)

    def _add(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        m = _ADD_RE.search(clause)
        if not m:
            return None
        what = m.group("what").lower()
        role = role_of_word(re.sub(r"s?(?:\s+(?:scenes?|slides?|shots?|clips?))?$", "", what)) or "showcase"
        if m.group("mid") and find_colors(m.group("mid")):
            return None
        after_what = clause[m.end():]
        others = [r for r in refs if r.start >= m.end() and r.kind != "text" and not r.start < m.end("what")]
        current = [s.id for s in self.project.scenes]
        after_id: str | None = None
        at_start = False
        tail = after_what
        for r in others:
            anchor = _ANCHOR_RE.search(clause[m.end():r.start] + " ")
            rel_text = clause[m.end():r.start]
            anchor = _ANCHOR_RE.search(rel_text)
            if not anchor and re.search(r"\bbetween\s+$", rel_text, _I):
                anchor = re.search(r"between\s+$", rel_text, _I)
                rel = "after"
            elif anchor:
                rel = anchor.group("rel").lower()
            else:
                continue
            target = self._targets([r], clause)
            if (refused := self._refused(target)) is not None:
                return refused
            sid = target.ids[0] if rel.startswith(("after", "right after", "just after", "following",
                                                   "directly after", "immediately after", "behind")) or rel == "after" \
                else None
            if sid is None:
                before = target.ids[0]
                idx = current.index(before)
                if idx == 0:
                    at_start = True
                else:
                    sid = current[idx - 1]
            after_id = sid
            tail = _blank(tail, [(anchor.start(), r.end - m.end())])
            # Skip a second anchor of "between X and Y".
            break
        if after_id is None and not at_start:
            if _AT_START_RE.search(_blank(after_what, [(r.start - m.end(), r.end - m.end()) for r in others])):
                at_start = role != "hook"
                tail = _AT_START_RE.sub(" ", tail)
            elif _AT_END_RE.search(_blank(after_what, [(r.start - m.end(), r.end - m.end()) for r in others])):
                after_id = current[-1] if role != "cta" else None
                tail = _AT_END_RE.sub(" ", tail)
        text = None
        placeholders = re.findall(_Q, clause[m.end():])
        text_refs_tokens = {r.text for r in refs if r.kind == "text"}
        for token in placeholders:
            if not any(token in t for t in text_refs_tokens):
                text = self._quote(token)
                tail = tail.replace(token, " ")
                tail = re.sub(r"\b(?:saying|that\s+says|which\s+says|reading|with\s+the\s+(?:text|line|words)|with\s+text|text)\s*:?\s*$",
                              " ", tail.rstrip(), flags=_I)
                break
        durations = find_durations(clause)
        duration = durations[0].seconds if durations else None
        for d in durations:
            tail = tail.replace(clause[d.start:d.end], " ")
        if text is None:
            tm = _ADD_TEXT_RE.search(tail)
            if tm:
                text = text_value(tm.group("t"), self.quotes)
                tail = tail[:tm.start()]
        background = None
        bm = _ADD_BG_RE.search(tail)
        if bm:
            background = text_value(bm.group("b"), self.quotes)
            if background and re.fullmatch(r"(?:the\s+)?(?:same\s+)?(?:text|product)", background, _I):
                background = None
        op = ops.AddScene(role=role, after_scene_id=after_id, text=text, duration_sec=duration,
                          background_prompt=background)
        result = [op]
        new_id = f"scene_{self.project.scene_counter + 1}"
        if at_start and role != "hook":
            result.append(ops.ReorderScenes(order=[new_id] + current))
        return ClauseResult(ops=result, understood=True, targets=[new_id], topic="scene")

    def _remove(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        rest = _blank(body, [(r.start, r.end) for r in refs])
        if not _REMOVE_RE.search(rest):
            return None
        if (_PRODUCT_RE.search(rest) or _OVERLAY_RE.search(rest) or _AUDIO_RE.search(rest)
                or _BRAND_RE.search(rest) or find_durations(body) or _BACKGROUND_RE.search(rest)):
            return None
        target = self._targets(refs, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        if target.ids is None:
            if refs:
                return ClauseResult(error="An ad needs at least one scene; I can't remove them all.",
                                    understood=True)
            return None
        return ClauseResult(ops=[ops.RemoveScene(scene_id=sid) for sid in target.ids], understood=True)

    def _different(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        m = _DIFFERENT_RE.search(body)
        if m:
            ref = next((r for r in refs if r.kind == "role" and r.start <= m.start("role") < r.end), None)
            if ref is None:
                return None
            target = self._targets([ref], body)
        else:
            m = _SOMETHING_ELSE_RE.search(body)
            if not m or not (refs or self.ctx.targets):
                return None
            target = self._targets(refs, body + " it")
        if (refused := self._refused(target)) is not None:
            return refused
        result: list[Any] = []
        for sid in target.ids or []:
            scene = self.project.scene(sid)
            line = alternative_line(scene.role, self.project.brief, scene.overlay.text)
            if m.group("textword"):
                if line is None:
                    return ClauseResult(question=f"What should {self._label(sid)} say?", understood=True)
                result.append(ops.UpdateOverlay(scene_id=sid, text=line))
                continue
            result.append(ops.RegenerateScene(scene_id=sid, prompt_additions=ALTERNATIVE_TAKE))
            if line is not None:
                result.append(ops.UpdateOverlay(scene_id=sid, text=line))
        return ClauseResult(ops=result, understood=True, targets=target.ids, topic="scene")

    def _regenerate(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        m = _REGEN_RE.search(body)
        if not m:
            return None
        rest = _blank(body, [(r.start, r.end) for r in refs])
        target = self._targets(refs, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        ids = target.ids
        if ids is None:
            if not target.explicit:
                choices = join_words([f"scene {i}" for i in range(1, len(self.project.scenes) + 1)], "or")
                return ClauseResult(question=f"Which scene should I redo: {choices}?", understood=True)
            ids = [s.id for s in self.project.scenes]
        extra = ""
        full = _blank(clause, [(r.start, r.end) for r in refs])
        em = _REGEN_EXTRA_RE.search(full, m.end())
        if em:
            fragment = em.group("a") or em.group("a2") or ""
            if fragment.strip():
                extra = text_value(" ".join(fragment.split()), self.quotes) or ""
        else:
            token = re.search(_Q, clause[m.end():])
            if token:
                extra = self._quote(token.group(0))
        extra = re.sub(r"^(?:(?:for|of|in|on|with|showing|featuring|and)\b\s*)+", "", extra, flags=_I).strip()
        if re.fullmatch(r"(?:(?:the|a|an|this|that|it|one|scene)\b\s*)*", extra, _I):
            extra = ""
        return ClauseResult(ops=[ops.RegenerateScene(scene_id=sid, prompt_additions=extra) for sid in ids],
                            understood=True, targets=ids, topic="scene")

    # --- 3. fields ----------------------------------------------------------------------------
    def _fields(self, body: str, refs: list[SceneRef], text: str | None) -> ClauseResult:
        spans = _ref_spans(body, refs)
        rest = _blank(body, spans)
        target = self._targets(refs, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        ch = _Changes()
        problems: list[str] = []
        questions: list[str] = []
        topic: str | None = None
        consumed: list[tuple[int, int]] = []

        has_brand = bool(_BRAND_RE.search(rest))
        has_audio = bool(_AUDIO_RE.search(rest) or _GENRE_RE.search(rest))
        has_product = bool(_PRODUCT_RE.search(rest))
        has_overlay = bool(_OVERLAY_RE.search(rest))
        has_background = bool(_BACKGROUND_RE.search(rest))
        pronoun = has_pronoun(rest)
        if pronoun and not (has_audio or has_product or has_overlay or has_brand or has_background):
            inherited = self.ctx.topic
            has_audio = inherited == "audio"
            has_product = inherited == "product"
            has_overlay = inherited == "overlay" and not target.explicit

        # Brand: tagline, font, name, colours.
        if has_brand or re.search(r"\b(?:font|typeface)\b", rest, _I):
            self._brand(rest, text, ch, consumed)
            if ch.brand:
                topic = "brand"
                if "font" in ch.brand:
                    has_overlay = bool(re.search(r"\b(?:text|words|captions?|headlines?)\b", rest, _I))

        # Music.
        if has_audio or _VOL_UP_RE.search(rest) or _VOL_DOWN_RE.search(rest) or _MUTE_RE.search(rest):
            self._audio(rest, ch)
            if ch.audio or "music_mood" in ch.style:
                topic = "audio"
                has_audio = True

        # Lighting phrases before colours ("golden hour" is not a colour).
        lighting = None
        lm = _LIGHTING_RE.search(rest)
        if lm and not has_audio:
            lighting = (lm.group("l") or lm.group("l2") or "").strip().lower()
            if lm.group("l2") and find_looks(lighting):
                lighting = None  # "the lighting should be softer": a look word, read below
            else:
                consumed.append(lm.span())

        # Colours.
        colors = [c for c in find_colors(rest) if not any(s <= c.start < e for s, e in consumed)]
        if colors and not has_audio:
            placed = self._colors(rest, colors, target, ch, has_brand, has_overlay, has_background, has_product)
            if placed:
                consumed.extend((c.start, c.end) for c in colors)
                topic = topic or placed

        # Durations.
        durations = [d for d in find_durations(rest) if not any(s <= d.start < e for s, e in consumed)]
        if durations:
            self._duration(rest, durations[0], target, ch, problems)
            consumed.extend((d.start, d.end) for d in durations)
            topic = topic or "scene"
        elif (_SHORTER_RE.search(rest) or _LONGER_RE.search(rest)) and not (has_audio or has_overlay or has_product):
            questions.append(self._length_question(target))

        look_text = _blank(rest, consumed)
        layout_text = _blank(look_text, [(s, e) for s, e, _ in find_looks(look_text)])
        # Product placement.
        if has_product:
            self._product(layout_text, target, ch, problems)
            if ch.product:
                topic = "product"
        # Text: words, size, position.
        overlay_targets = self._overlay_targets(target)
        if text is not None:
            if not text.strip():
                problems.append("The on-screen text can't be empty; give me the words to show.")
            elif "tagline" in ch.brand:
                pass
            elif overlay_targets is None:
                questions.append(self._which_text_question(text))
            else:
                for sid in overlay_targets:
                    ch.overlay_of(sid)["text"] = text
                topic = topic or "overlay"
        if not has_product and not has_audio:
            self._overlay_layout(layout_text, target, ch, problems, questions, has_overlay)
            if ch.overlay:
                topic = topic or "overlay"

        # Look: relative words, lighting, visual style, mood, background.
        if not (has_audio or has_product or (has_overlay and not has_background)):
            self._look(look_text, lighting, target, ch, questions)
            if ch.scene or ch.style:
                topic = topic or "scene"

        # Fallback: "change the hook to Wake up", "put 'New!' on the CTA" set the words.
        if ch.empty() and text is None and not questions and not problems and (has_overlay or target.explicit):
            tm = _TO_TEXT_RE.search(body)
            quoted = re.search(_Q, rest)
            words = None
            if quoted:
                words = self._quote(quoted.group(0))
            elif tm and not self._looks_like_value(tm.group("t")):
                words = text_value(tm.group("t"), self.quotes)
            if (words is not None and not quoted and not has_overlay and target.ids is not None
                    and _SCENE_DESCRIPTION_RE.match(words)):
                for sid in target.ids:
                    ch.scene_of(sid)["background_prompt"] = words
                topic = "scene"
            elif words is not None and words.strip():
                if overlay_targets is None:
                    questions.append(self._which_text_question(words))
                else:
                    for sid in overlay_targets:
                        ch.overlay_of(sid)["text"] = words
                    topic = "overlay"

        if problems:
            return ClauseResult(error=problems[0], understood=True)
        if questions:
            return ClauseResult(question=questions[0], understood=True)
        result = self._emit(ch)
        new_targets = target.ids if target.explicit else (target.ids if result else None)
        return ClauseResult(ops=result, understood=bool(result), targets=new_targets, topic=topic)

    def _overlay_targets(self, target: _Target) -> list[str] | None:
        if target.ids is not None:
            return target.ids
        if len(self.project.scenes) == 1 or target.each:
            return [s.id for s in self.project.scenes]
        return None

    def _which_text_question(self, words: str) -> str:
        return f"Which scene should say “{words}”: {join_words([self._label(s.id) for s in self.project.scenes], 'or')}?"

    def _length_question(self, target: _Target) -> str:
        if target.ids and len(target.ids) == 1:
            scene = self.project.scene(target.ids[0])
            return f"How long should {self._label(scene.id)} be? It is {scene.duration_sec:g} s now."
        return f"How long should the ad be? It is {self.project.duration_sec:g} s now."

    @staticmethod
    def _looks_like_value(words: str) -> bool:
        w = words.strip().lower().rstrip(".!")
        if find_durations(w) or find_looks(w):
            return True
        colors = find_colors(w)
        if colors and re.fullmatch(r"(?:the\s+|a\s+)?(?:colou?r\s+)?", w[:colors[0].start]):
            return True
        return bool(re.fullmatch(r"(?:the\s+)?(?:top|bottom|center|centre|middle|left|right|bigger|smaller|larger|\d+\s*(?:px|pt|%)?)(?:\s+.*)?", w))

    # --- field parts ------------------------------------------------------------------------
    def _brand(self, rest: str, text: str | None, ch: _Changes, consumed: list[tuple[int, int]]) -> None:
        tm = _TAGLINE_RE.search(rest)
        if tm:
            value = text if text is not None else text_value(tm.group("t"), self.quotes)
            if value:
                ch.brand["tagline"] = value
                consumed.append(tm.span())
                return
        fm = _FONT_USE_RE.search(rest) or _FONT_RE.search(rest)
        if fm and not (_BIGGER_RE.search(rest) or _SMALLER_RE.search(rest) or _FONT_ABS_RE.search(rest)
                       or _DOUBLE_RE.search(rest) or _HALF_RE.search(rest)):
            raw = fm.group("f").strip()
            value = text_value(raw, self.quotes) if raw else None
            if value:
                value = re.sub(r"^(?:the|a|an)\s+(?:font\s+)?", "", value, flags=_I).strip()
            if value and not _FONT_BAD.match(value) and not find_colors(value):
                ch.brand["font"] = value
                consumed.append(fm.span())
        nm = _BRAND_NAME_RE.search(rest)
        if nm and not re.match(r"\s*colou?rs?\b|\s*fonts?\b|\s*palette\b", rest[nm.start():][len(nm.group(0).split()[0]):], _I):
            raw = nm.group("n") or nm.group("n2") or nm.group("n3") or ""
            value = text_value(raw, self.quotes)
            if value and not re.match(r"^(?:colou?rs?|fonts?|palette|tagline|slogan)\b", value, _I) and not find_colors(value):
                ch.brand["name"] = value
                consumed.append(nm.span())

    def _audio(self, rest: str, ch: _Changes) -> None:
        volume = self.project.audio.volume
        if _UNMUTE_RE.search(rest):
            ch.audio["volume"] = 0.8
        elif _MUTE_RE.search(rest):
            ch.audio["volume"] = 0.0
        elif (vm := _VOL_ABS_RE.search(rest)):
            if vm.group("p") or vm.group("p2") or vm.group("p3"):
                value = int(vm.group("p") or vm.group("p2") or vm.group("p3")) / 100
            elif vm.group("f"):
                value = float(vm.group("f"))
            elif vm.group("half"):
                value = 0.5
            else:
                value = 1.0
            ch.audio["volume"] = max(0.0, min(1.0, round(value, 2)))
        elif _VOL_UP_RE.search(rest):
            ch.audio["volume"] = round(min(1.0, volume + VOLUME_STEP), 2)
        elif _VOL_DOWN_RE.search(rest) or re.search(r"\bsofter\b", rest, _I):
            ch.audio["volume"] = round(max(0.0, volume - VOLUME_STEP), 2)
        mood_text = re.sub(r"\bsofter\b", " ", _VOL_DOWN_RE.sub(" ", _VOL_UP_RE.sub(" ", rest)), flags=_I)
        mood = find_music_mood(mood_text)
        if mood is None and "volume" not in ch.audio:
            mm = re.search(r"\b(?:music|song|soundtrack|track)\s*(?:to|:|=|should\s+be|is)\s*(?:some\s+|more\s+)?(?P<m>[^,.;!?]{2,40}?)\s*[.!]?\s*$", rest, _I)
            if mm and not re.match(r"^(?:louder|quieter|softer|\d)", mm.group("m"), _I):
                mood = text_value(mm.group("m"), self.quotes)
        if mood:
            ch.style["music_mood"] = mood

    def _colors(self, rest: str, colors: list, target: _Target, ch: _Changes, has_brand: bool,
                has_overlay: bool, has_background: bool, has_product: bool) -> str | None:
        hexes = _dedupe([c.hex for c in colors])[:8]
        if _BRAND_COLORS_RE.search(rest):
            ch.brand["colors"] = hexes
            return "brand"
        if _PALETTE_RE.search(rest) and not has_overlay and not has_background:
            ch.style["palette"] = hexes
            return "style"
        if has_background and not has_overlay:
            if target.ids is None:
                ch.style["palette"] = hexes
                return "style"
            names = " and ".join(c.name.lower() if not c.name.startswith("#") else c.hex for c in colors)
            for sid in target.ids:
                ch.scene_of(sid).setdefault("append", []).append(f"{names} background")
            return "scene"
        if has_product:
            return None
        if has_overlay or target.ids is not None:
            targets = target.ids if target.ids is not None else [s.id for s in self.project.scenes]
            for sid in targets:
                ch.overlay_of(sid)["color"] = hexes[0]
            return "overlay"
        ch.style["palette"] = hexes
        return "style"

    def _duration(self, rest: str, d: Any, target: _Target, ch: _Changes, problems: list[str]) -> None:
        before, after = rest[:d.start], rest[d.end:]
        sign = 0
        if d.more:
            sign = -1 if re.search(r"\b(?:cut|trim|shave|take|remove|minus|less)\b", before, _I) else 1
        elif re.search(r"\bby\s*$", before, _I):
            sign = -1 if re.search(r"\b(?:shorten|shorter|reduce|cut|trim|decrease|speed\s+up)\b", rest, _I) else 1
        elif re.match(r"^\s*(?:longer|more|extra)\b", after, _I):
            sign = 1
        elif re.match(r"^\s*(?:shorter|less|fewer)\b", after, _I):
            sign = -1
        elif re.search(r"\b(?:add|plus|another|extra|additional|give\s+(?:it|\w+)\s+(?:an?\s+)?(?:extra\s+)?)\s*(?:an?\s+|another\s+|extra\s+)?$", before, _I):
            sign = 1
        elif re.search(r"\b(?:cut|trim|shave|take|remove|drop|lose|minus)\s+(?:off\s+)?$", before, _I):
            sign = -1
        seconds = d.seconds
        if not target.explicit and target.ids is not None and not sign and seconds >= AD_MIN_SEC:
            # "make it 20s" after naming a scene still means the ad; "make it 3 seconds" (too
            # short for an ad) means that scene.
            target = _Target(None)
        if target.ids is not None or target.each:
            ids = target.ids if target.ids is not None else [s.id for s in self.project.scenes]
            if target.ids is None and not target.each:
                ids = []
            for sid in ids:
                current = self.project.scene(sid).duration_sec
                ch.scene_of(sid)["duration_sec"] = round(current + sign * seconds, 2) if sign else seconds
            return
        current = self.project.duration_sec
        ch.duration = round(current + sign * seconds, 2) if sign else seconds

    def _product(self, rest: str, target: _Target, ch: _Changes, problems: list[str]) -> None:
        fields: dict[str, Any] = {}
        relative: float | None = None
        if _DOUBLE_RE.search(rest):
            relative = 2.0
        elif _HALF_RE.search(rest):
            relative = 0.5
        elif (sm := _SCALE_ABS_RE.search(rest)):
            value = int(sm.group("p")) / 100 if sm.group("p") else float(sm.group("f"))
            fields["scale"] = max(SCALE_MIN, min(SCALE_MAX, round(value, 2)))
        elif _BIGGER_RE.search(rest):
            relative = SIZE_UP
        elif _SMALLER_RE.search(rest):
            relative = SIZE_DOWN
        pm = _POS_RE.search(rest) or _PRODUCT_SIDE_RE.search(rest)
        position = None
        if pm:
            word = next(g for g in pm.groups() if g).lower()
            position = {"centre": "center", "centered": "center", "centred": "center", "middle": "center"}.get(word, word)
            if position == "top":
                problems.append("The product can go center, left, right or bottom.")
                return
            fields["position"] = position
        if relative is None and "scale" not in fields and position is None:
            if _HIDE_RE.search(rest):
                fields["visible"] = False
            elif _SHOW_RE.search(rest):
                fields["visible"] = True
        if relative is not None:
            ids = target.ids
            if ids is None:
                shown = [s.id for s in self.project.scenes if s.product.visible]
                ids = shown or [s.id for s in self.project.scenes]
            for sid in ids:
                scale = self.project.scene(sid).product.scale * relative
                value = max(SCALE_MIN, min(SCALE_MAX, round_half_up(scale, 2)))
                ch.product[sid] = {**fields, "scale": value}
            return
        if fields:
            if target.ids is None:
                ch.product[None] = fields
            else:
                for sid in target.ids:
                    ch.product[sid] = dict(fields)

    def _overlay_layout(self, rest: str, target: _Target, ch: _Changes, problems: list[str],
                        questions: list[str], has_overlay: bool) -> None:
        explicit_scene = target.ids is not None
        if not (has_overlay or explicit_scene):
            # No word for the text and no scene: only sizes/positions that can only mean text.
            pm = _POS_RE.search(rest)
            if pm and (pm.group("a") or pm.group("d") or pm.group("c")) and _MOVE_VERB_RE.search(rest):
                word = (pm.group("a") or pm.group("d") or pm.group("c")).lower()
                if word in ("left", "right"):
                    return
            elif (_BIGGER_RE.search(rest) or _SMALLER_RE.search(rest)) and not find_looks(rest):
                questions.append("Bigger or smaller what: the text or the product?")
                return
            else:
                return
        ids = target.ids if target.ids is not None else [s.id for s in self.project.scenes]
        size_factor = None
        absolute = _FONT_ABS_RE.search(rest)
        if _DOUBLE_RE.search(rest):
            size_factor = 2.0
        elif _HALF_RE.search(rest):
            size_factor = 0.5
        elif _BIGGER_RE.search(rest):
            size_factor = SIZE_UP
        elif _SMALLER_RE.search(rest):
            size_factor = SIZE_DOWN
        for sid in ids:
            if absolute:
                size = int(absolute.group("n") or absolute.group("n2") or absolute.group("n3"))
                ch.overlay_of(sid)["font_size"] = max(FONT_MIN, min(FONT_MAX, size))
            elif size_factor is not None:
                size = self.project.scene(sid).overlay.font_size * size_factor
                ch.overlay_of(sid)["font_size"] = int(max(FONT_MIN, min(FONT_MAX, round_half_up(size))))
        position = None
        pm = _POS_RE.search(rest)
        if pm:
            word = (pm.group("a") or pm.group("b") or pm.group("c") or pm.group("d")).lower()
            position = {"centre": "center", "centered": "center", "centred": "center", "middle": "center"}.get(word, word)
        else:
            dm = _MOVE_DIR_RE.search(rest)
            if dm and (has_overlay or explicit_scene):
                position = "top" if dm.group("dir").lower() in ("up", "higher") else "bottom"
        if position in ("left", "right"):
            problems.append("On-screen text can go at the top, center or bottom.")
            return
        if position:
            for sid in ids:
                ch.overlay_of(sid)["position"] = position

    def _look(self, rest: str, lighting: str | None, target: _Target, ch: _Changes, questions: list[str]) -> None:
        looks = find_looks(rest)
        phrases = [w.scene_phrase for _, _, w in looks]
        style: dict[str, list[str]] = {}
        for _, _, w in looks:
            style.setdefault(w.field, []).append(w.value)
        if lighting:
            phrases.append(f"{lighting} lighting")
            style.setdefault("lighting", []).append(lighting)
        rest_wo_looks = _blank(rest, [(s, e) for s, e, _ in looks])
        like = _LOOK_LIKE_RE.search(rest_wo_looks)
        for vm in ([like] if like else []) + list(_STYLE_RE.finditer(rest_wo_looks)):
            value = (vm.groupdict().get("v") or vm.groupdict().get("v2") or vm.groupdict().get("v3") or "").strip().lower()
            if value and not find_looks(value) and not set(value.split()) & _STYLE_STOPWORDS:
                phrases.append(f"{value} style")
                style.setdefault("visual_style", []).append(value)
                break
        mm = _MOOD_RE.search(rest_wo_looks)
        if mm and not looks:
            value = text_value(mm.group("m"), self.quotes)
            if value:
                phrases.append(f"{value.lower()} mood")
                style.setdefault("mood", []).append(value.lower())
        background = None
        if target.ids is not None:
            bm = _BG_TO_RE.search(rest) or _BG_SHOW_RE.search(rest)
            if bm:
                words = text_value(_TRAILING_PREP_RE.sub("", " ".join(bm.group("x").split())), self.quotes)
                if words and not self._looks_like_value(words) and not re.match(r"^(?:the\s+)?(?:product|text)\b", words, _I):
                    background = words
        elif target.each or not target.explicit:
            bm = _BG_TO_RE.search(rest) or (_BG_SHOW_RE.search(rest) if target.each else None)
            if bm:
                words = text_value(" ".join(bm.group("x").split()), self.quotes)
                if words and not self._looks_like_value(words) and not re.match(r"^(?:the\s+)?(?:product|text)\b", words, _I):
                    if target.each:
                        for scene in self.project.scenes:
                            ch.scene_of(scene.id)["background_prompt"] = words
                    else:
                        questions.append(f"Which scene should show {words}: "
                                         f"{join_words([self._label(s.id) for s in self.project.scenes], 'or')}?")
                    return
        if target.ids is not None:
            for sid in target.ids:
                if background:
                    ch.scene_of(sid)["background_prompt"] = background
                if phrases:
                    ch.scene_of(sid).setdefault("append", []).extend(phrases)
            return
        for field_name, values in style.items():
            ch.style[field_name] = ", ".join(_dedupe(values))

    # --- emit --------------------------------------------------------------------------------
    def _emit(self, ch: _Changes) -> list[Any]:
        result: list[Any] = []
        order = [s.id for s in self.project.scenes]
        for sid in sorted(ch.scene, key=order.index):
            fields = dict(ch.scene[sid])
            append = fields.pop("append", [])
            if append:
                base = fields.get("background_prompt") or self.project.scene(sid).background_prompt
                fields["background_prompt"] = ", ".join([base.rstrip(" ,")] + _dedupe(append))
            if fields:
                result.append(ops.UpdateScene(scene_id=sid, **fields))
        for sid in sorted(ch.overlay, key=order.index):
            result.append(ops.UpdateOverlay(scene_id=sid, **ch.overlay[sid]))
        for sid in sorted(ch.product, key=lambda k: -1 if k is None else order.index(k)):
            result.append(ops.UpdateProduct(scene_id=sid, **ch.product[sid]))
        style = {k: v for k, v in ch.style.items()}
        if style:
            result.append(ops.UpdateStyle(**style))
        if ch.brand:
            result.append(ops.UpdateBrand(**ch.brand))
        if ch.audio:
            result.append(ops.UpdateAudio(**ch.audio))
        if ch.duration is not None:
            result.append(ops.SetDuration(duration_sec=ch.duration))
        return result


_MOVE_VERB_RE = re.compile(r"\b(?:move|put|place|shift|push|position|align|bring|at|to)\b", _I)
