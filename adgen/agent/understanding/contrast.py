"""Text that cannot be told from its background: the text's colour, never the ad's lighting.

Part of :mod:`adgen.agent.understanding`. "dark text on a dark background", "white letters
against a bright sky", "the words get lost in the background" describe a lack of contrast:
the fix is a text colour on the other side of light and dark (white on dark, near-black on
light). Read before the lighting and the look, so the shade words of the description ("dark")
never set the ad's lighting or darken a scene.
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import PendingQuestion
from adgen.agent.understanding.clause import ClauseReaderBase, Frame, blank
from adgen.agent.understanding.retry import MARK
from adgen.agent.understanding.values import COLOR_NAMES

_I = re.I
LIGHT_TEXT = "#FFFFFF"
DARK_TEXT = "#1A1A1A"

# The shade words said of a text's colour and of a picture alike; each adds its own below.
_DARK_WORDS = ("dark", "black", "navy", "deep", "dim", "shadowy")
_LIGHT_WORDS = ("light", "white", "pale", "bright", "cream", "beige", "pastel")
_DARK = "|".join((*_DARK_WORDS, "darker", "brown", "murky"))
_LIGHT = "|".join((*_LIGHT_WORDS, "lighter", r"washed[\s-]out"))
_SHADE = rf"(?:{_DARK}|{_LIGHT}|grey|gray)"
_TEXT = r"(?:text|font|letters|lettering|words|type|copy|caption|writing|line)"
_GROUND = r"(?:background|bg|backdrop|image|picture|photo|footage|sky|wall|scene)"

# "dark text on a dark background", "white letters against a bright sky"
_ON_RE = re.compile(
    rf"\b(?P<t>{_SHADE})(?:[\s-]+\w+)?\s+{_TEXT}\s+(?:on|against|over|in\s+front\s+of)\s+(?:an?\s+|the\s+|this\s+)?"
    rf"(?:(?:very|really|super|quite)\s+)?(?P<b>{_SHADE})?\s*(?:\w+\s+)?{_GROUND}\b",
    _I,
)
# "the words get lost in the background", "the text blends into the picture", "no contrast"
# "the cta text is white on a bright background"
_IS_ON_RE = re.compile(
    rf"\b{_TEXT}\s+(?:is|are|'s|looks?)\s+(?:(?:too|so|very|really)\s+)?(?P<t>{_SHADE})\s+(?:on|against|over)\s+"
    rf"(?:an?\s+|the\s+|this\s+)?(?:(?:very|really|super|quite)\s+)?(?P<b>{_SHADE})?\s*(?:\w+\s+)?{_GROUND}\b",
    _I,
)
# "the 'Visit us' text is brown on a brown background", "'Shop now' is black on black": the text
# named by its quoted words (the quote names the scene, so it is read in the clause as typed).
_QUOTED_IS_ON_RE = re.compile(
    rf"\ue000.\s+(?:{_TEXT}\s+)?(?:is|are|'s|looks?)\s+(?:(?:too|so|very|really)\s+)?(?P<t>{_SHADE})\s+(?:on|against|over)\s+"
    rf"(?:an?\s+|the\s+|this\s+)?(?:(?:very|really|super|quite)\s+)?(?P<b>{_SHADE})?\s*(?:\w+\s+)?(?:{_GROUND}\b)?",
    _I,
)
# "the text is hard to read over the bright background", "can't read the words on that white
# sky": unreadable against a background, the background's shade (when said) decides the side.
_UNREADABLE_ON_RE = re.compile(
    rf"(?:\b{_TEXT}\s+(?:\w+\s+)?(?:is|are|'s|gets?)?\s*(?:(?:so|really|very|kind\s+of|kinda|a\s+bit|pretty|super)\s+)?"
    rf"(?:(?:hard|difficult|impossible|tough)\s+to\s+(?:read|see)|unreadable|illegible|barely\s+(?:readable|visible|legible))"
    rf"|\b(?:can'?t|cannot|can\s+not)\s+(?:really\s+|even\s+)?(?:read|see)\s+(?:the\s+|that\s+|this\s+)?(?:\w+\s+)?{_TEXT})"
    r"\s+(?:on|over|against|in\s+front\s+of|with)\s+(?:an?\s+|the\s+|this\s+|that\s+|its\s+)?"
    rf"(?:(?:very|really|super|quite|so)\s+)?(?P<b>{_SHADE})?\s*(?:\w+\s+)?{_GROUND}\b",
    _I,
)
# "I can't read the cta text against the orange", "the words vanish on the yellow background": a
# background named by its hue (a colour name), the text's colour set to the side away from it.
_HUE = "|".join(re.escape(name) for name in sorted(COLOR_NAMES, key=len, reverse=True))
_UNREADABLE = (
    rf"(?:\b{_TEXT}\s+(?:\w+\s+)?(?:is|are|'s|gets?)?\s*(?:(?:so|really|very|kind\s+of|kinda|a\s+bit|pretty|super)\s+)?"
    rf"(?:(?:hard|difficult|impossible|tough)\s+to\s+(?:read|see)|unreadable|illegible|barely\s+(?:readable|visible|legible)"
    rf"|blends?|blending|disappears?|disappearing|vanish(?:es|ing)?|(?:gets?|is|are)\s+lost|melts?|merges?)"
    # ("can't read the end text against …" with "the end text" read as the scene: blank there)
    rf"|\b(?:can'?t|cannot|can\s+not)\s+(?:really\s+|even\s+)?(?:read|see)"
    rf"(?:\s+(?:the\s+|that\s+|this\s+)?(?:\w+\s+)?{_TEXT}|(?=\s{{4,}}(?:against|on|over)\b)))"
)
_HUE_GROUND_RE = re.compile(
    _UNREADABLE
    # ("the text of scene 2 against …": the scene's words blanked after "of")
    + r"(?:\s+(?:of|in|on|for)(?=\s{4,}))?"
    + r"\s+(?:on|over|against|in\s+front\s+of|with|in|into)\s+"
    + r"(?:an?\s+|the\s+|this\s+|that\s+|its\s+|all\s+the\s+)?"
    rf"(?:(?:very|really|super|quite|so|bright|light|dark|pale)\s+)?(?P<hue>{_HUE})(?:\s+(?:\w+\s+)?{_GROUND})?\b",
    _I,
)
# "make the cta text pop against the orange", "the words don't stand out on the red": the hue is
# the background's ("in orange" would be the text's own colour: never read here)
_POP_HUE_RE = re.compile(
    rf"(?:\b{_TEXT}\s+(?:\w+\s+)?)?(?:\b(?:don'?t|doesn'?t|do\s+not|does\s+not|won'?t|never)\s+)?"
    rf"\b(?:pop|stand\s+out|show\s+up)\s+(?:more\s+|better\s+)?(?:against|on|over|from)\s+"
    rf"(?:the\s+|that\s+|this\s+|all\s+the\s+)?(?P<hue>{_HUE})(?:\s+(?:\w+\s+)?{_GROUND})?\b",
    _I,
)
# "the white words disappear on the light background": the text's shade and the background's
_LOST_ON_RE = re.compile(
    rf"\b(?P<t>{_SHADE})\s+(?:\w+\s+)?{_TEXT}\s+(?:\w+\s+)?(?:blends?|blending|disappears?|disappearing|"
    rf"vanish(?:es|ing)?|(?:gets?|is|are)\s+lost|melts?|merges?)\s+(?:in|into|with|on|against)\s+(?:the\s+|an?\s+)?"
    rf"(?:(?:very|really|super|quite)\s+)?(?P<b>{_SHADE})?\s*(?:\w+\s+)?{_GROUND}\b",
    _I,
)
_LOST_RE = re.compile(
    rf"\b{_TEXT}\s+(?:\w+\s+){{0,2}}(?:blends?|blending|disappears?|disappearing|vanish(?:es|ing)?|(?:gets?|is|are)\s+lost|"
    rf"melts?|merges?)\s+(?:in|into|with)\s+(?:the\s+|its\s+|that\s+)?"
    # ("the text just blends into the dark background": the background's shade decides the side)
    rf"(?:(?:very|really|super|quite|so)\s+)?(?:(?P<b>{_SHADE})\s+)?{_GROUND}\b"
    r"|\b(?:no|not\s+enough|zero|poor|low|bad)\s+contrast\b"
    # "the cta colour clashes with the background", "doesn't stand out from the background"
    rf"|\b(?:{_TEXT}|colou?rs?)?\s*(?:\w+\s+)?(?:clash(?:es)?|clashing)\s+(?:with|against)\s+(?:the\s+|its\s+)?{_GROUND}\b"
    rf"|\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:really\s+)?(?:stand\s+out|pop)\s+(?:from|against|on)\s+(?:the\s+|its\s+)?{_GROUND}\b",
    _I,
)


# "the cta is dark on dark", "the end card looks light on light": a part (named before) said to be
# a shade on a shade of the same side, with no word for its text or its background (the plain
# shade words only: "black on black" keeps its question, white, black or bigger)
_PLAIN_SHADE = r"(?:dark|darker|light|lighter|pale|dim)"
_PART_SAME_SIDE_RE = re.compile(
    r"(?:^|[,;:.!]|\s-+)\s*(?:(?:it|they|that|this)\s*(?:'s|'re|\s+is|\s+are)|is|are|'s|looks?|seems?|reads?)\s+"
    r"(?:(?:too|so|very|really|a\s+bit|kind\s+of|kinda|all|just)\s+)?"
    rf"(?P<t>{_PLAIN_SHADE})\s+on\s+(?:an?\s+|the\s+)?(?:(?:very|really)\s+)?(?P<b>{_PLAIN_SHADE})(?:\s+{_GROUND})?\b(?!\s+\w)",
    _I,
)


# A picture's words: the same shades, and the moods and times of day that make it dark or light.
_PICTURE_DARK = "|".join((*_DARK_WORDS, "night", "midnight", "charcoal", "moody"))
_PICTURE_LIGHT = "|".join((*_LIGHT_WORDS, "sunny", "yellow", "airy"))
_PICTURE_DARK_RE = re.compile(rf"\b(?:{_PICTURE_DARK})\b", _I)
_PICTURE_LIGHT_RE = re.compile(rf"\b(?:{_PICTURE_LIGHT})\b", _I)


def _pictured_shade(prompt: str) -> bool | None:
    """Whether a scene's picture is dark (True) or light (False) by its words; None when it says
    neither or both."""
    dark, light = bool(_PICTURE_DARK_RE.search(prompt)), bool(_PICTURE_LIGHT_RE.search(prompt))
    return dark if dark != light else None


def _is_dark(shade: str) -> bool:
    return re.fullmatch(_DARK, shade.strip(), _I) is not None


def lightness(hex_colour: str) -> float | None:
    """A colour's perceived brightness, 0-255, or None when it is no hex colour."""
    value = hex_colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    try:
        r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return None
    return 0.299 * r + 0.587 * g + 0.114 * b


def _dark_colour(hex_colour: str) -> bool:
    """A text colour darker than mid-grey (by its perceived brightness)."""
    value = lightness(hex_colour)
    return value is not None and value < 128


def background_hue_named(text: str) -> bool:
    """ "can't read the cta text against the orange": text said to be unreadable on a background
    named by its hue (read here, a contrasting colour; never the hue made the text's)."""
    return bool(_HUE_GROUND_RE.search(text) or _POP_HUE_RE.search(text))


def _ask_which_text(f: Frame, m: re.Match[str], against: str, template: str) -> None:
    """Which scene's text is hard to read (``against``: " against the orange", or ""); the reply
    ("the cta") names it, and the complaint is read again as ``template`` about that scene's text."""
    question = (
        f"Which scene's text is hard to read{against}? Name it and I'll give it a colour that stands out."
    )
    f.questions.append(question)
    f.pending = PendingQuestion(question=question, retry=template, value_kind="scene")
    f.rest = blank(f.rest, [m.span()])
    f.consumed.append(m.span())


def read_contrast(r: ClauseReaderBase, f: Frame) -> None:
    """A clause describing text lost against its background sets the text colour that stands out."""
    if f.has["audio"] or f.has["product"]:
        return
    m = (
        _ON_RE.search(f.rest)
        or _IS_ON_RE.search(f.rest)
        or _UNREADABLE_ON_RE.search(f.rest)
        or _LOST_ON_RE.search(f.rest)
        or _LOST_RE.search(f.rest)
        or _HUE_GROUND_RE.search(f.rest)
        or _POP_HUE_RE.search(f.rest)
    )
    if m is None:
        # "the cta is dark on dark", "can't see the end card words, it's dark on dark": a part named
        # (here or before in the message) said to be a shade on the same shade is its text lost on
        # its picture (it added "brighter, darker" to the picture); no part named: which is asked
        m = _PART_SAME_SIDE_RE.search(f.rest)
        if m and _is_dark(m.group("t")) != _is_dark(m.group("b")):
            m = None
        if m and f.target.ids is None and not (r.ctx.targets and not r.ctx.carried):
            shades = f"{m.group('t').lower()} on a {m.group('b').lower()} background"
            _ask_which_text(f, m, "", f"{MARK} text is {shades}")
            return
    if m is None:
        quoted = _QUOTED_IS_ON_RE.search(f.body)
        if (
            quoted is None
            or f.target.ids is None  # a quote that names no scene's text: no scene to fix
            or not (quoted.group("b") or re.search(_GROUND, quoted.group(0), _I))
        ):
            return
        m = quoted
    # No scene named: the one the message's request before named ("can't read the vitamin c
    # line, dark text on a dark background"), else every scene.
    earlier = r.ctx.targets if not r.ctx.carried else None
    ids = f.target.ids if f.target.ids is not None else earlier or [s.id for s in r.project.scenes]
    said = m.groupdict().get("t")
    if m.groupdict().get("hue") and f.target.ids is None and not earlier:
        # "the text is hard to read against the orange", no scene named: which text is asked (the
        # orange is a background somewhere, never every scene's text made dark at once)
        hue = m.group("hue").lower()
        _ask_which_text(f, m, f" against the {hue}", f"I can't read the text of {MARK} against the {hue}")
        return
    ground = m.groupdict().get("b")
    if said and f.target.ids is None and not earlier and said.lower() not in ("grey", "gray"):
        # "white text on a light background", no scene named: the scenes whose text is that shade
        shaded = [sid for sid in ids if _dark_colour(r.project.scene(sid).overlay.color) == _is_dark(said)]
        ids = shaded or ids
    clash = re.search(r"clash|stand\s+out|\bpop\b", m.group(0), _I) is not None
    if (
        clash
        and not (ground or said or m.groupdict().get("hue"))
        and all(_pictured_shade(r.project.scene(s).background_prompt) is None for s in ids)
    ):
        return  # no shade known to stand apart from: asked (white, black or bigger?) by the complaint rules
    for sid in ids:
        pictured = _pictured_shade(r.project.scene(sid).background_prompt) if clash else None
        hue = m.groupdict().get("hue")
        if hue:
            # a background named by its colour: the text on the other side of light and dark
            dark_text = (lightness(COLOR_NAMES[hue.lower()]) or 0) >= 128
        elif ground:
            dark_text = not _is_dark(ground)  # the background's shade decides the other side
        elif said:
            dark_text = not _is_dark(said)
        elif pictured is not None:
            # "clashes with the background": a hue that fights it, not a shade like it; the side
            # away from the picture's shade ("navy and gold closing frame": light text)
            dark_text = not pictured
        else:
            dark_text = not _dark_colour(r.project.scene(sid).overlay.color)
        f.ch.overlay_of(sid)["color"] = DARK_TEXT if dark_text else LIGHT_TEXT
    f.rest = blank(f.rest, [m.span()])  # its shade words are the description, not a look
    f.consumed.append(m.span())
    f.topic = f.topic or "overlay"


__all__ = ["DARK_TEXT", "LIGHT_TEXT", "lightness", "read_contrast"]
