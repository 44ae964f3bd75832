"""The newer features named in a marketer's words where an older reading changed something else:
the captions' look, a voice-over line that is too long, the voice's pace in one scene, the tagline
removed, one brand colour by its place, and the logo's motion.

Part of :mod:`adgen.agent.understanding`; one step of :func:`message.parse_message`, before the
edit readers (each reading here is of a whole message about one of these, else None):

- "the captions are too small", "captions in yellow", "move the subtitles up" on an ad with
  captions: their look is set by their style, so the reason and the choices (read as the on-screen
  text, every scene's text was resized, recoloured or moved);
- "shorten the voiceover in the showcase", "scene 2's voice-over is too long": the line or the
  scene? asked (read as a length complaint, the scene was shortened);
- "the narrator's too fast in the board scene": the pace is the whole ad's, asked (the whole
  voice was slowed);
- "no tagline please", "remove the tagline": the tagline cleared (it became "please");
- "swap the primary brand colour to teal": that colour replaced, the others kept (the brand was
  left with teal only);
- "can the logo spin in?", "animate the logo": a reason, nothing changed.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.quotes import text_value
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import find_colors
from adgen.agent.understanding.voice import is_voice_message, names_the_voice
from adgen.project import AdProject
from adgen.tools import operations as ops

_I = re.I
_PIECE_SPLIT_RE = re.compile(r"\s*(?:[.;!?]+\s*|\n+|,\s*|\s+(?:and|but|so|then|also|plus)\s+)\s*", _I)

# --- the captions' look ---------------------------------------------------------------------------

_CAPTIONS = r"(?:captions?|subtitles?|subs)"
_CAPTION_RE = re.compile(rf"\b{_CAPTIONS}\b", _I)
_LOOK_RE = re.compile(
    r"\b(?:bigger|smaller|larger|big|small|tiny|huge|massive|size|font|colou?rs?|yellow|white|black|red|blue|green|"
    r"pink|orange|purple|gold|higher|lower|move|up|down|top|middle|cent(?:re|er)|position|bold|bolder|thicker|"
    r"cover(?:s|ing)?|overlap(?:s|ping)?|shadow|outline|box|background|readable|legible|hard\s+to\s+read)\b",
    _I,
)
# What the captions reader already reads: on, off, a style.
_CAPTION_SETTING_RE = re.compile(
    r"\b(?:on|off|no|without|remove|drop|delete|hide|kill|lose|add|enable|disable|word[\s-]+by[\s-]+word|karaoke|"
    r"ugc|word\s+style|line\s+style|style|lines?|highlight\w*|one\s+word\s+at\s+a\s+time)\b",
    _I,
)
_PRONOUN_PIECE_RE = re.compile(r"\b(?:they|them|it|those|these)\b", _I)
CAPTION_LOOK = (
    "The captions show the voice-over's words in a set look: line style is white text on a dark box, word "
    "style bigger bold words with the spoken word lit up, each placed clear of the scene's text. I can't "
    "change their size, colour, font or place; I can switch the style (“word-by-word captions” for bigger "
    "words, “line captions”) or turn them off. If you meant the on-screen text, say “the on-screen text” "
    "(e.g. “make the on-screen text bigger”)."
)


def _caption_look(plain: str, project: AdProject) -> str | None:
    if not (project.captions.enabled and project.voice.enabled):
        return None  # captions off: "the captions" is the on-screen text, as it always was
    pieces = [p for p in _PIECE_SPLIT_RE.split(plain) if p and p.strip()]
    if not any(_CAPTION_RE.search(p) and _LOOK_RE.search(p) for p in pieces):
        return None
    for piece in pieces:
        if _CAPTION_RE.search(piece) and _CAPTION_SETTING_RE.search(piece) and not _LOOK_RE.search(piece):
            return None
        # (another request beside it changes nothing either: a message with a part it can't do is
        # answered whole, as a refused length is; "captions bigger, music calmer" resized every text)
        if re.search(r"\b(?:on[\s-]?screen|overlay|headline)\b", piece, _I):
            return None
    return CAPTION_LOOK


# --- a voice-over line too long ---------------------------------------------------------------------

_VOICE = r"(?:voice[\s-]?overs?|voiceovers?|vo|narration|narrator|voice[\s-]?lines?|script)"
_LONG_RE = re.compile(
    rf"\b(?:shorten|trim|condense|tighten|cut\s+down|cut\s+back)\s+(?:on\s+)?(?:the\s+|this\s+|that\s+|our\s+)?(?:\w+\s+){{0,2}}?{_VOICE}\b"
    rf"|\b{_VOICE}\b(?:'s)?[^.!?]{{0,40}}?\b(?:too\s+(?:long|wordy|much)|runs?\s+(?:too\s+|a\s+bit\s+)?long|"
    r"(?:is|'s|are|feels?|seems?)\s+(?:a\s+bit\s+|way\s+|kind\s+of\s+|a\s+little\s+)?long|overruns?|spills?\s+over|"
    r"gets?\s+cut\s+off|doesn'?t\s+fit|shorter|down|back)\b",
    _I,
)
_GIVEN_FIX_RE = re.compile(
    r"\ue000|\b(?:longer|extend|lengthen|faster|slower|quicker|speed|pace|\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds))\b",
    _I,
)
_LONG_CUT_RE = re.compile(rf"\bcut\s+(?:the\s+)?{_VOICE}\s+(?!down|back)\w", _I)


def _long_line(masked: str, plain: str, project: AdProject, quotes: list[Any]) -> str | None:
    if not _LONG_RE.search(plain) or _GIVEN_FIX_RE.search(masked) or _LONG_CUT_RE.search(plain):
        return None
    if not re.search(
        r"\b(?:shorten|trim|condense|tighten|cut|long|wordy|much|overrun|spill|fit|shorter)\w*\b", plain, _I
    ):
        return None
    refs = find_scene_refs(masked, project, quotes)
    named = [sid for r in refs if not r.error for sid in r.ids]
    lines = {s.id: (s.voiceover.text.strip() if s.voiceover else "") for s in project.scenes}
    if not any(lines.values()):
        return None
    if not named:
        return (
            "Which scene's voice-over line is too long? I can make that scene longer so the line fits "
            "(“make scene 2 longer”), or you give me the shorter words in quotes (“the scene 2 voice-over "
            "should say '…'”)."
        )
    parts = []
    for sid in named:
        number = [s.id for s in project.scenes].index(sid) + 1
        now = f"it now says “{lines[sid]}”" if lines[sid] else "it has no line yet"
        parts.append(f"scene {number} ({now})")
    which = " and ".join(parts)
    return (
        f"Should I make the scene longer so its voice-over fits, or shorten the line? For {which}: say "
        "“make it longer”, or give me the shorter words in quotes (“the voice-over should say '…'”)."
    )


# --- the voice's pace in one scene --------------------------------------------------------------------

_PACE_RE = re.compile(
    r"\b(?:fast|faster|quick|quicker|rushed|rushing|rush(?:es)?|slow|slower|slowly|sluggish|drags?|dragging|speed|pace)\b",
    _I,
)
_WHOLE_RE = re.compile(r"\b(?:whole|every|all|everywhere|throughout|overall)\b", _I)
_LINE_GIVEN_RE = re.compile(
    r"\b(?:should|to|must|will|can|needs?\s+to|has\s+to)\s+(?:say|read)\b|\bsay\s*:|\b(?:make|have|let)\b.{0,40}\bsay\b",
    _I,
)


def _pace_in_a_scene(masked: str, plain: str, project: AdProject, quotes: list[Any]) -> str | None:
    if not project.voice.enabled or not _PACE_RE.search(plain) or not names_the_voice(plain):
        return None
    if _WHOLE_RE.search(plain) or "\ue000" in masked or not is_voice_message(plain):
        return None
    if _LINE_GIVEN_RE.search(plain):
        return None  # "the hook voice-over should say so fast and so good": a line, its words no pace
    refs = find_scene_refs(masked, project, quotes)
    named = [sid for r in refs if not r.error for sid in r.ids]
    if not named or len(named) == len(project.scenes):
        return None
    numbers = " and ".join(f"scene {[s.id for s in project.scenes].index(sid) + 1}" for sid in named)
    slower = re.search(
        r"\btoo\s+(?:fast|quick)\b|\brush\w*|\bslower\b|\bslow\s+(?:[\w-]+\s+){0,3}?down\b"
        r"|\b(?:is|'s|so|way|really|very)\s+(?:fast|quick)\b",
        plain,
        _I,
    )
    change = (
        "slow the whole voice-over down (“voice a bit slower”)"
        if slower
        else "speed the whole voice-over up (“voice a bit faster”)"
    )
    return (
        f"The voice's pace is one for the whole ad; I can't change it in {numbers} alone. Should I {change}, "
        f"or change {numbers}'s line (give me the new words in quotes)?"
    )


# --- the tagline removed ------------------------------------------------------------------------------

_NO_TAGLINE_RE = re.compile(
    r"^\W*(?:(?:please|pls|ok(?:ay)?|also|and|actually|oh|can\s+you|could\s+you|let'?s)\W+)*"
    r"(?:(?:no|remove|drop|delete|lose|kill|cut|clear|ditch|scrap|get\s+rid\s+of|take\s+(?:out|off|away))\s+"
    r"(?:the\s+|our\s+|a\s+|any\s+|that\s+|this\s+|my\s+)?(?:brand\s+)?(?:tagline|slogan|strapline)"
    r"|(?:we\s+(?:don'?t|do\s+not)\s+(?:have|use|want|need)|i\s+(?:don'?t|do\s+not)\s+want)\s+(?:a|the|any|our)\s+"
    r"(?:tagline|slogan|strapline)"
    r"|(?:we\s+)?(?:dropped|ditched|retired|scrapped)\s+(?:the|our)\s+(?:tagline|slogan|strapline))"
    r"(?:\s+(?:please|pls|for\s+now|any\s?more|at\s+all|now|thanks|entirely|altogether|completely))*\W*$",
    _I,
)


def _no_tagline(plain: str, project: AdProject) -> ParsedTurn | None:
    if not _NO_TAGLINE_RE.match(plain):
        return None
    if not project.brand.tagline:
        return ParsedTurn(answer="The ad has no tagline, so there is nothing to remove.")
    return ParsedTurn(operations=[ops.UpdateBrand(tagline="")], topic="brand")


# --- one brand colour by its place ----------------------------------------------------------------------

_PLACED_COLOUR_RE = re.compile(
    r"\b(?P<w>primary|main|first|1st|secondary|second|2nd|accent|other)\s+brand\s+colou?r\b"
    r"|\bbrand(?:'s)?\s+(?P<w2>primary|main|first|secondary|second|accent)\s+colou?r\b",
    _I,
)
_FILLER = frozenset(
    "the our brand brand's colour color primary main first 1st secondary second 2nd accent other to into be should "
    "is now make change swap switch set update please pls can could you we it from instead new let lets let's "
    "replace with a should'be become becomes as use i want".split()
)


def _placed_colour(plain: str, project: AdProject) -> ParsedTurn | None:
    m = _PLACED_COLOUR_RE.search(plain)
    if m is None:
        return None
    colours = [c for c in find_colors(plain) if not (m.start() <= c.start < m.end())]
    if not colours:
        return None
    rest = plain
    for c in reversed(colours):
        rest = rest[: c.start] + " " + rest[c.end :]
    words = re.findall(r"[a-z0-9'#]+", rest.lower())
    if any(w not in _FILLER for w in words) or len(colours) > 2:
        return None  # another request, or more colours than one to place
    if len(colours) == 2 and not re.search(r"\bfrom\b", plain, _I):
        return None
    new = colours[-1].hex
    which = (m.group("w") or m.group("w2")).lower()
    index = 0 if which in ("primary", "main", "first", "1st") else 1
    now = list(project.brand.colors)
    if index < len(now):
        now[index] = new
    else:
        now.append(new)
    return ParsedTurn(operations=[ops.UpdateBrand(colors=now)], topic="brand")


# --- the logo's motion ------------------------------------------------------------------------------------

_LOGO_MOTION_RE = re.compile(
    r"\blogo\b[^.!?]{0,40}?\b(?:animat\w*|spin\w*|spun|bounc\w*|rotat\w*|fly(?:ing)?\s+in|flies\s+in|pop(?:s|ping)?\s+in|"
    r"slid(?:e|es|ing)\s+in|fad(?:e|es|ing)\s+in|zoom(?:s|ing)?\s+in|puls\w*|glow\w*|shimmer\w*|wiggl\w*|reveal\w*|"
    r"motion|moving|move\s+in)\b"
    r"|\b(?:animate|spin|rotate|bounce)\s+(?:the\s+|our\s+|my\s+)?logo\b|\blogo\s+(?:animation|reveal|sting)\b",
    _I,
)
LOGO_MOTION = (
    "I can't animate the logo: it comes from your brand kit and shows still, on the end card (and as a small "
    "mark in a corner if you say “put the logo in the corner”). I can change the end card's words, colours "
    "or length, or the scene's background."
)


def _logo_motion(plain: str) -> str | None:
    if not _LOGO_MOTION_RE.search(plain):
        return None
    if re.search(r"\b(?:background|backdrop|scene\s+shows?)\b", plain, _I):
        return None  # "the hook background: the logo animating in" describes a picture
    return LOGO_MOTION


# --- two brand fields and their values in one line ------------------------------------------------------

# "tagline and font: 'Work, sorted!' and Roboto": two labels, then their values in that order (read as
# one, the font became the tagline's words).
_PAIRED_RE = re.compile(
    r"^\W*(?:(?:our|the|new|brand)\s+)*(?P<a>tagline|slogan|font|typeface)\s+(?:and|&|\+)\s+(?:(?:our|the|brand)\s+)*"
    r"(?P<b>tagline|slogan|font|typeface)\s*(?:[:=]|\bare\b|\bshould\s+be\b|\bto\b)\s*(?P<x>\S.*?)\s+(?:and|&|\+)\s+"
    r"(?P<y>\S.*?)[\s.!]*$",
    _I,
)
_PAIR_FIELD = {"tagline": "tagline", "slogan": "tagline", "font": "font", "typeface": "font"}


def _paired(masked: str, quotes: list[Any]) -> ParsedTurn | None:
    m = _PAIRED_RE.match(masked)
    if m is None or _PAIR_FIELD[m.group("a").lower()] == _PAIR_FIELD[m.group("b").lower()]:
        return None
    fields: dict[str, str] = {}
    for label, raw in ((m.group("a"), m.group("x")), (m.group("b"), m.group("y"))):
        value = text_value(raw.strip(), quotes)
        if not value or (
            label.lower() in ("font", "typeface") and "\ue000" not in raw and len(value.split()) > 3
        ):
            return None
        fields[_PAIR_FIELD[label.lower()]] = value
    return ParsedTurn(operations=[ops.UpdateBrand(**fields)], topic="brand")


def read_feature_words(
    masked: str, plain: str, project: AdProject | None, quotes: list[Any]
) -> ParsedTurn | None:
    """The reading of a message about one of the newer features this module knows, else None."""
    if project is None:
        return None
    if (reason := _caption_look(plain, project)) is not None:
        return ParsedTurn(unknown=reason, topic="voice")
    if (question := _long_line(masked, plain, project, quotes)) is not None:
        return ParsedTurn(question=question, topic="voice")
    if (question := _pace_in_a_scene(masked, plain, project, quotes)) is not None:
        return ParsedTurn(question=question, topic="voice")
    if (turn := _no_tagline(plain, project)) is not None:
        return turn
    if (turn := _placed_colour(plain, project)) is not None:
        return turn
    if (turn := _paired(masked, quotes)) is not None:
        return turn
    if (reason := _logo_motion(plain)) is not None:
        return ParsedTurn(unknown=reason)
    return None


__all__ = ["CAPTION_LOOK", "LOGO_MOTION", "read_feature_words"]
