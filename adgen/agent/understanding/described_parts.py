"""A scene's part named with what is there now, and a change asked for something else.

Part of :mod:`adgen.agent.understanding` (round twenty-eight a, "precision first"). The words that
say which part is meant, or how it is now, were read as values:

- a description after "the hook:" was taken for the hook's new words ("the hook: fishing hook vibes,
  make it punchier" set the text to "fishing hook vibes"): it goes when it describes the scene (its
  words, its picture, "… vibes", "… shot"), and anything else unquoted is asked about
  (:func:`described_label`);
- a colour or a light before the part ("the red hook background is too much, calmer", "the orange
  cta text is fine, make it bigger", "the dark kitchen in scene 2 is too gloomy, lighten it up") is
  how it is now, never the value (:func:`without_describing_words`);
- a bare "brighter please" after a scene said to be too dark ("the dusk shot in the cta is too dark,
  brighter please") is that scene's, not the whole ad's lighting;
- a colour left out ("make the cta yellow-free: use white", "no gold in the cta text, use white") is
  no colour to use; the one after "use" is;
- "brand red is #E63946" names which brand colour the hex is: it replaces that one, never adds two;
- "can the hook background be a beach?": the background, without the "?";
- "the phone number is white, make it yellow" set the palette: the text that shows the number is
  meant (:func:`kind_coloured`);
- "the end card background is too loud, tone it down" lowered the music: the background is muted;
- buttons do not exist in an ad ("the red cta button doesn't exist, add one?"), a claim with "add a
  scene for that" has no words yet, and "the background is blue, make it red" does not say whose
  background: each is a reply that changes nothing (:func:`described_question`).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.values import COLOR_NAMES_PATTERN, colour_name, find_colors

_I = re.I
_COLOUR = rf"(?:(?:light|pale|pastel|dark|deep|bright|soft|muted|hot|neon)[\s-])?(?:{COLOR_NAMES_PATTERN})"
_SCENE_PART = (
    r"(?:scene\s+\d+|(?:first|second|third|fourth|last|final|opening|closing)\s+scene|hook|cta|call\s+to\s+action|"
    r"end\s*card|endcard|showcase|problem(?:\s+scene)?|social\s+proof|testimonial|intro|outro|opener|ending)"
)
_FIELD = r"(?:text|words|copy|background|bg|backdrop|shot|scene|visual|picture|image|footage)"
# "the hook:", "hook —", "the cta background:", "scene 2:": a label, then what is there, then a request
_LABEL_RE = re.compile(
    r"^\W*(?:the\s+)?(?P<part>[\w' ]{2,30}?)\s*(?::|\s[-\u2013\u2014]+)\s*(?P<after>[^\ue000]+)$",
    _I,
)
_PART_RE = re.compile(rf"(?:{_SCENE_PART})(?:'s)?(?:\s+{_FIELD})?", _I)
_NAMED_RE = re.compile(rf"(?P<w>[a-z]+)(?:\s+(?:shot|scene|{_FIELD}))?", _I)
_SPLIT_RE = re.compile(r"\s*(?:[.,;!?]+(?:\s*[-\u2013\u2014]+)?|\s[-\u2013\u2014]+)\s*")
_REQUEST_START_RE = re.compile(
    r"^(?:(?:and|so|but|just|pls|please|maybe)\s+)?(?:make|more|less|add|swap|change|replace|slow|speed|bump|turn|tone|"
    r"shorten|lengthen|trim|cut|give|use|brighten|darken|lighten|warm|cool|too\b|it'?s\s+too|needs?\b|should\b|"
    r"can\s+(?:you|we)|could\s+(?:you|we)|a\s+(?:bit|little|touch)\b|(?:much\s+|way\s+|even\s+)?(?:brighter|darker|"
    r"bigger|smaller|punchier|slower|faster|louder|quieter|shorter|longer|warmer|cooler|calmer|softer|bolder|lighter|"
    r"higher|lower|snappier|cleaner|simpler|livelier|moodier|sharper)\b)",
    _I,
)
_VERB_IN_DESC_RE = re.compile(
    r"\b(?:make|change|use|add|remove|swap|replace|put|set|say|says|should|please|can|could|want|need)\b", _I
)
_PICTURE_WORDS_RE = re.compile(
    r"\b(?:vibes?|shot|thing|scene|drama|look|feel|style|footage|clip|image|photo|picture|visual|energy|mood|"
    r"aesthetic|close[\s-]?up|background|bg|backdrop)\b",
    _I,
)
_STOP = frozenset("with that this from into onto over under their there then than some the and".split())


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.casefold()) if w not in _STOP}


def _scene_for(part: str, project: Any) -> Any:
    words = part.casefold()
    m = re.search(r"scene\s+(\d+)", words)
    scenes = list(project.scenes)
    if m is not None:
        index = int(m.group(1)) - 1
        return scenes[index] if 0 <= index < len(scenes) else None
    for role, keys in (
        ("hook", ("hook", "intro", "opener", "opening", "first scene")),
        (
            "cta",
            (
                "cta",
                "call to action",
                "end card",
                "endcard",
                "outro",
                "ending",
                "closing",
                "last scene",
                "final",
            ),
        ),
        ("showcase", ("showcase",)),
        ("problem", ("problem",)),
        ("social_proof", ("social proof", "testimonial")),
    ):
        if any(k in words for k in keys):
            found = [s for s in scenes if str(getattr(s.role, "value", s.role)) == role]
            if not found and role == "cta" and scenes:
                return scenes[-1]
            if not found and role == "hook" and scenes:
                return scenes[0]
            return found[0] if len(found) == 1 else None
    return None


def _describes(desc: str, part: str, project: Any) -> bool:
    """Whether ``desc`` reads as how the part is now (its words, its picture, "… vibes")."""
    if _PICTURE_WORDS_RE.search(desc) or re.search(
        r"\b(?:background|bg|backdrop|shot|visual|picture)\b", part, _I
    ):
        return True
    scene = _scene_for(part, project)
    if scene is None:
        return False
    said = desc.casefold().strip()
    text = (scene.overlay.text or "").casefold() if scene.overlay is not None else ""
    if said and text and (said in text or text.strip(" ?!.") in said):
        return True
    shared = _content_words(desc) & _content_words(scene.background_prompt or "")
    return bool(shared)


def _with_part(rest: str, part: str) -> str:
    """The request with "it" put as the part ("make it punchier" -> "make the hook punchier")."""
    part = re.sub(r"'s\b", "", part.strip())
    the_part = part if re.match(r"scene\s+\d", part, _I) else f"the {part}"
    if re.match(r"(?:too|a\s+(?:bit|little|touch)|way\s+too)\b", rest, _I):
        return f"{the_part} is {rest}"  # "hook — grill close-up, too dark, brighten it"
    if re.search(r"\bit\b", rest, _I):
        return re.sub(r"\bit\b", the_part, rest, count=1, flags=_I)
    return f"{the_part}, {rest}"


def described_label(masked: str, project: Any) -> tuple[str, str | None]:
    """("the hook: fishing hook vibes, make it punchier") -> ("make the hook punchier", None); a
    label's unquoted words that may be new words: (masked, the question)."""
    m = _LABEL_RE.match(masked)
    if m is None:
        return masked, None
    part = m.group("part").strip()
    if not _PART_RE.fullmatch(part):
        named = _NAMED_RE.fullmatch(part)  # "the kitchen:", "the backyard shot:": a scene by its picture
        pictures = set().union(*(_content_words(s.background_prompt) for s in project.scenes))
        if named is None or named.group("w").casefold() not in pictures:
            return masked, None
    after = m.group("after")
    split = next(
        (x for x in _SPLIT_RE.finditer(after) if _REQUEST_START_RE.match(after[x.end() :].strip())),
        None,
    )
    if split is None:
        return masked, None
    desc, rest = after[: split.start()].strip(), after[split.end() :].strip()
    if not desc or _VERB_IN_DESC_RE.search(desc) or ":" in desc:
        return masked, None
    if _REQUEST_START_RE.match(desc):  # "the hook — too dark, brighten it": the complaint is the request
        return masked, None
    if _describes(desc, part, project):
        if not _PART_RE.fullmatch(part):  # "the kitchen": the one scene whose picture shows it, by number
            word = part.split()[0].casefold()
            shown = [
                i for i, s in enumerate(project.scenes, 1) if word in _content_words(s.background_prompt)
            ]
            if len(shown) != 1:
                return masked, None
            part = f"scene {shown[0]}"
        return _with_part(rest, part), None
    name = re.sub(r"'s\b", "", part)
    return masked, (
        f"Should “{desc}” be the new words on screen in the {name}, or were you describing it? Nothing "
        f'changed yet: for new words put them in quotes (the {name} text: "…"), or say the change alone.'
    )


# --- words that say how a part is now ------------------------------------------------------------

_CLAUSE_START = r"(?:^|[.,;:!?]\s*|\b(?:and|but|so|also|ok|okay|hmm+|honestly|tbh)\s+)"
_DET = r"(?:the|that|this|those|these|our|your|my)"
_SCENE_WORD = (
    r"(?:hook|cta|showcase|intro|outro|opener|opening|closing|end|card|endcard|"
    r"problem|social|proof|scene|\d+)"
)
_FIELD_NOUN = (
    r"(?:text|texts|words|font|lettering|background|backgrounds|bg|backdrop|button|shot|card|copy|headline|title|"
    r"caption|overlay)"
)
_COLOUR_STATE_RE = re.compile(
    rf"(?P<lead>{_CLAUSE_START}{_DET}\s+)(?P<c>{_COLOUR})(?:[\s-](?:ish|coloured|colored|toned|tinted))?\s+"
    rf"(?=(?:{_SCENE_WORD}\s+)*(?:[\w']+\s+)?{_FIELD_NOUN}\b|(?:{_SCENE_WORD}\s*)+(?:is|are|looks?|'s|,|:))",
    _I,
)
_POSSESSIVE_COLOUR_RE = re.compile(
    rf"(?P<lead>\b(?:{_SCENE_PART})'s\s+)(?P<c>{_COLOUR})\s+(?=(?:text|words|font|lettering|background|bg|backdrop)\b)",
    _I,
)
_LIGHT_STATE_RE = re.compile(
    rf"(?P<lead>{_CLAUSE_START}{_DET}\s+)(?P<c>dark|bright|dim|sunny|gloomy|moody|dusky|sunlit)\s+"
    r"(?=(?:[\w']+\s+){1,5}?(?:is|are|looks?|feels?|seems?|'s)\s+(?:(?:way|so|really|a\s+bit|kinda|still|just)\s+)?"
    r"(?:too|dull|gloomy|flat|washed|muddy|boring|heavy|cold|harsh|dark|bright|dim)\b)",
    _I,
)
_MADE_COLOUR_RE = re.compile(
    rf"(?P<lead>\b(?:make|turn|put|move|set|get|bump)\s+the\s+)(?P<c>{_COLOUR})\s+"
    rf"(?=(?:{_SCENE_WORD}\s+)*{_FIELD_NOUN}\b)",
    _I,
)
_RECOLOURED_RE = re.compile(
    rf"(?P<lead>\b(?:make|turn|change|set|switch|recolou?r|paint)\s+the\s+)(?P<c>{_COLOUR})\s+"
    rf"(?P<rest>(?:(?:end\s+card|{_SCENE_WORD})\s+)+(?:{_FIELD_NOUN}\s+)?(?:(?:from\s+\w+\s+)?(?:to|into)\s+)?{_COLOUR}\b)",
    _I,
)
_NO_COLOUR_ASKED_RE = re.compile(
    r"\b(?:bigger|smaller|larger|shorter|longer|bolder|up|down|top|bottom|left|right|cent(?:er|re)|\d+)\s*[.!]*$",
    _I,
)
# "use the red one", "bring back the white text": the colour chosen
_CHOSEN_RE = re.compile(r"\b(?:back|again|restore|like\s+before|as\s+before|as\s+it\s+was)\b", _I)


def without_describing_words(masked: str) -> str:
    """``masked`` without the colour or light that says how a part is now ("the red hook
    background is too much, calmer" -> "the hook background is too much, calmer")."""
    if _CHOSEN_RE.search(masked):
        return masked
    if not re.search(_SCENE_PART, masked, _I):
        return masked  # "the white words are too small": the colour says which texts
    if _COLOUR_STATE_RE.search(masked) and _state_words(masked):
        masked = _COLOUR_STATE_RE.sub(lambda f: f.group("lead"), masked)
    masked = _RECOLOURED_RE.sub(
        lambda f: f"{f.group('lead')}{f.group('rest')}", masked
    )  # "the white hook text black"
    if len(find_colors(masked)) == 1 and _NO_COLOUR_ASKED_RE.search(masked):
        masked = _MADE_COLOUR_RE.sub(lambda f: f.group("lead"), masked)  # "make the orange cta text bigger"
    masked = _POSSESSIVE_COLOUR_RE.sub(lambda f: f.group("lead"), masked)
    if _LIGHT_STATE_RE.search(masked):
        masked = _LIGHT_STATE_RE.sub(lambda f: f.group("lead"), masked)
    return masked


# A request besides the part's state ("…, calmer", "… make it bigger"), or a complaint that is no
# colour's ("hard to read", "too small"); "the gold text on the end card looks cheap" alone is the
# colour's and stays (its question asks which colour instead).
_STATE_RE = re.compile(
    r"[:,;.!\u2014]\s*\w|\b(?:make|change|turn|bump|set|put|move|swap|go|give|add)\b|"
    r"\b(?:hard\s+to\s+read|unreadable|illegible|too\s+(?:small|tiny|big|large|long|short|aggressive)|tiny|"
    r"(?:is|looks?)\s+fine)\b",
    _I,
)


def _state_words(masked: str) -> bool:
    return _STATE_RE.search(masked.rstrip(" .!?")) is not None


# "…is too dark, brighter please": the scene's background, never the whole ad's lighting
_BARE_MORE_RE = re.compile(
    rf"^(?P<head>.*\b(?:{_SCENE_PART}|shot|scene)\b.*\btoo\s+\w+)\s*[,;.!]+\s*"
    r"(?P<adj>brighter|darker|lighter|warmer|cooler|softer|calmer)(?:\s+(?:please|pls|plz))?\s*[.!]*$",
    _I,
)


_TONE_IT_DOWN_RE = re.compile(
    r"^(?P<head>.*\b(?:background|bg|backdrop|shot|picture|image|visual|footage)\b.*\b(?:too|so|very)\s+\w+)\s*"
    r"[,;.!]+\s*(?:please\s+|pls\s+|just\s+)?tone\s+it\s+down(?:\s+(?:a\s+bit|a\s+little|please|pls))*\s*[.!]*$",
    _I,
)


def scene_comparative(masked: str, project: Any) -> str:
    """ "the dusk shot in the cta is too dark, brighter please" -> "…, make it brighter" (a scene
    part named must be one scene: "the kitchen in the showcase" of two showcases stays asked)."""
    m = _BARE_MORE_RE.match(masked)
    if m is None:
        toned = _TONE_IT_DOWN_RE.match(
            masked
        )  # "the end card background is too loud, tone it down": not music
        if toned is None:
            return masked
        named = re.search(_SCENE_PART, toned.group("head"), _I)
        if named is not None and _scene_for(named.group(0), project) is None:
            return masked
        return f"{toned.group('head')}, make it more muted"
    named = re.search(_SCENE_PART, m.group("head"), _I)
    if named is not None and _scene_for(named.group(0), project) is None:
        return masked
    return f"{m.group('head')}, make it {m.group('adj')}"


# "the phone number is white, make it yellow", "make the price gold": the text of the one scene whose
# words show one (the palette was set)
_KIND_COLOURED_RES = (
    re.compile(
        rf"^\W*the\s+(?P<what>(?:phone\s+)?number|price|(?:opening\s+)?hours|address|date)\s+(?:is|are|looks?|'s)\s+"
        rf"(?:\w+\s+)?(?:{_COLOUR})\s*(?:[,;.!\u2014-]+|\s(?:so|and|but))\s*(?:so\s+|please\s+|pls\s+)?"
        rf"(?:make|turn|change)\s+(?:it|them)\s+(?:to\s+)?(?P<c>{_COLOUR})\W*$",
        _I,
    ),
    re.compile(
        # ("and put the address in white", "set the hours text in yellow please": round thirty-one f)
        rf"^\W*(?:(?:and|also|now|then|so)\s+)?(?:please\s+)?(?:make|turn|colou?r|put|set|have|show)\s+the\s+"
        rf"(?P<what>(?:phone\s+)?number|price|(?:opening\s+)?hours|address|date)(?:\s+(?:text|line|words))?\s+"
        rf"(?:in\s+)?(?P<c>{_COLOUR})(?:\s+(?:please|pls|too|instead))?\W*$",
        _I,
    ),
)


def kind_coloured(masked: str, project: Any) -> str:
    """ "the phone number is white, make it yellow" -> "make the scene 4 text yellow"."""
    from adgen.agent.understanding.content_kinds import _WHAT_KIND, KINDS

    for pattern in _KIND_COLOURED_RES:
        m = pattern.match(masked)
        if m is None:
            continue
        kind = KINDS[_WHAT_KIND[re.sub(r"\s+", " ", m.group("what").lower())]]
        shown = [i for i, s in enumerate(project.scenes, 1) if kind.written.search(s.overlay.text or "")]
        if len(shown) == 1:
            return f"make the scene {shown[0]} text {m.group('c')}"
    return masked


# --- colours left out ------------------------------------------------------------------------------

_TARGET = r"(?P<x>(?:the\s+)?[\w' ]{1,30}?)"
_FREE_RES = (
    # "make the cta yellow-free: use white"
    re.compile(
        rf"^\W*(?:please\s+)?(?:make|keep|have)\s+{_TARGET}\s+(?:{_COLOUR})[\s-]free\b\s*[:,;.\u2014-]*\s*"
        rf"(?:and\s+|just\s+|so\s+)?(?:use|go(?:\s+with)?|make\s+it|with|in)\s+(?P<c>{_COLOUR})(?:\s+instead)?\W*$",
        _I,
    ),
    # "no yellow on the end card: use white", "no gold in the cta text, use white"
    re.compile(
        rf"^\W*(?:no|not|nothing)\s+(?:{_COLOUR})\s+(?:on|in|for)\s+{_TARGET}\s*[:,;.\u2014-]+\s*"
        rf"(?:just\s+|so\s+)?(?:use|go(?:\s+with)?|make\s+it|with)\s+(?P<c>{_COLOUR})(?:\s+instead)?\W*$",
        _I,
    ),
    # "the cta text without orange please, white instead"
    re.compile(
        rf"^\W*{_TARGET}\s+without\s+(?:any\s+)?(?:{_COLOUR})(?:\s+(?:please|pls))?\s*[:,;.\u2014-]+\s*"
        rf"(?:(?:use|go(?:\s+with)?|make\s+it)\s+)?(?P<c>{_COLOUR})\s+instead\W*$",
        _I,
    ),
)


def colour_left_out(masked: str) -> str:
    """ "make the cta yellow-free: use white" -> "make the cta text white"."""
    for pattern in _FREE_RES:
        m = pattern.match(masked)
        if m is None:
            continue
        target = m.group("x").strip()
        if not target.lower().startswith("the "):
            target = f"the {target}"
        if not re.search(r"\b(?:text|words|font|lettering|copy|background|bg|backdrop)\b", target, _I):
            target = f"{target} text"
        return f"make {target} {m.group('c')}"
    return masked


# --- brand colour named by its hue ---------------------------------------------------------------

_BRAND_HEX_RE = re.compile(
    rf"^\W*(?:(?:our|the|my)\s+)?brand(?:'s)?\s+(?P<c>{_COLOUR})(?:\s+colou?r)?\s*(?:is|=|:|should\s+be|'s)\s*"
    r"(?:actually\s+|now\s+|really\s+)?(?P<hex>#[0-9a-f]{6}|#[0-9a-f]{3})\b\W*$",
    _I,
)


def brand_hue(masked: str, project: Any) -> str:
    """ "brand red is #E63946" -> the brand's colours with its red replaced by #E63946 (or added)."""
    m = _BRAND_HEX_RE.match(masked)
    if m is None or project is None:
        return masked
    found = find_colors(m.group("hex"))
    named = find_colors(m.group("c"))
    if not found or not named:
        return masked
    new = found[0].hex.upper()
    hue = colour_name(named[0].hex)
    colours = [c.upper() for c in project.brand.colors]
    same = [i for i, c in enumerate(colours) if colour_name(c) == hue]
    if new in colours:  # "brand orange is #F2A541" of a brand that has it: nothing to change
        return "brand colours: " + ", ".join(colours)
    if len(same) == 1:
        colours[same[0]] = new
    elif not same:
        colours.append(new)
    else:
        return masked
    return "brand colours: " + ", ".join(colours)


# --- a picture asked as a question --------------------------------------------------------------

_CAN_BE_RE = re.compile(
    r"^\W*(?:can|could|would|should)\s+(?:(?:we|you)\s+(?:please\s+)?(?:make|have|get)\s+)?"
    r"(?P<x>the\s+[\w' ]{1,30}?\s+(?:background|bg|backdrop))\s+(?:be|become|show)\s+(?P<y>[^\ue000?]+?)\s*\?+\s*$",
    _I,
)
_MADE_ASKED_RE = re.compile(
    r"^(?P<x>\W*(?:make|set|change|turn)\s+the\s+[\w' ]{1,30}?\s+(?:background|bg|backdrop)\s+(?:to\s+|into\s+)?"
    r"(?:a|an|the)\s+[^\ue000?]+?)\s*\?+\s*$",
    _I,
)


def picture_asked(masked: str) -> str:
    """ "can the hook background be a beach?" -> "make the hook background a beach"."""
    m = _CAN_BE_RE.match(masked)
    if m is not None:
        return f"make {m.group('x')} {m.group('y')}"
    m = _MADE_ASKED_RE.match(masked)
    if m is not None:
        return m.group("x")
    return masked


# --- replies that change nothing -----------------------------------------------------------------

BUTTON_REASON = (
    "An ad here has no buttons: the end card's words are its call to action. I can change those words "
    "(say them in quotes), their colour or size, or where they sit. Nothing changed."
)
_BUTTON_RE = re.compile(
    r"\b(?:add|get|put|include|insert|give|need|want|create|place|missing|there'?s\s+no|doesn'?t\s+exist|"
    r"don'?t\s+see|no)\b[^.?!]*\bbuttons?\b|\bbuttons?\b[^.?!]*\b(?:doesn'?t\s+exist|is\s+missing|missing|add\s+one)\b",
    _I,
)
_SCENE_FOR_THAT_RE = re.compile(
    r"^\W*(?P<claim>[^\ue000]{4,}?)\s*(?:[,;.!:\u2014-]+|\s(?:so|and))\s*(?:so\s+|please\s+|pls\s+|(?:can|could)\s+(?:you|we)\s+)?"
    r"(?:add|make|create|put\s+in|insert|do|give\s+(?:it|that|us))\s+(?:a\s+|an\s+)?(?:new\s+|extra\s+|separate\s+)?"
    r"(?:scene|slide|shot|card)\s+(?:for|about|on|saying|to\s+say|with|that\s+says|showing)\s+(?:that|it|this|so|this\s+one)\W*$",
    _I,
)
_BACKGROUND_STATE_RE = re.compile(
    rf"^\W*(?:the|our|this)\s+(?:background|bg|backdrop)\s+(?:is|looks|'s|seems)\s+(?:(?:too|so|very|really|kinda)\s+)?"
    rf"(?P<c1>{_COLOUR})\s*(?:[,;.!\u2014-]+|\s(?:so|and|but))\s*(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?"
    rf"(?:make|turn|change|switch)\s+it\s+(?:to\s+|into\s+)?(?P<c2>{_COLOUR})\b",
    _I,
)


def described_question(masked: str, project: Any) -> str | None:
    """The reply for buttons, a claim with "add a scene for that", and "the background is blue,
    make it red" (whose background?); else None."""
    if project is None:
        return None
    if _BUTTON_RE.search(masked):
        return BUTTON_REASON
    m = _SCENE_FOR_THAT_RE.match(masked)
    if m is not None:
        claim = m.group("claim").strip(" ,.;")
        return (
            f"Should a new scene say “{claim}”? Tell me its words on screen in quotes and where it goes "
            f'(for example: add a scene after the showcase saying "…"). Nothing changed yet.'
        )
    m = _BACKGROUND_STATE_RE.match(masked)
    if m is not None:
        new = m.group("c2")
        return (
            f"Which background should be {new}: one scene's picture (which scene?), or the whole ad's colour "
            f"palette? Nothing changed yet."
        )
    return None


__all__ = [
    "BUTTON_REASON",
    "brand_hue",
    "colour_left_out",
    "kind_coloured",
    "described_label",
    "described_question",
    "picture_asked",
    "scene_comparative",
    "without_describing_words",
]
