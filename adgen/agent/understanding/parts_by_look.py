"""A scene's picture or text named by how it looks now, and a complaint about it.

Part of :mod:`adgen.agent.understanding` (round twenty-nine h, "precision first"). The words that
say which part is meant were read as the whole ad, or as a value:

- a picture named by what it shows or its colour ("the sunny backyard looks washed out, more
  contrast", "the blue background is boring, make it warmer", "the beach shot in the cta is too
  bright, darker please") is that one scene's background, never the whole ad's style, and never
  a second scene: when the picture and the scene said disagree, which one is asked
  (:func:`picture_look`);
- a picture said to be tinted ("the customers scene is red-tinted, make it neutral", "has a green
  cast, neutralise it") is how it looks now, never a text colour: "neutral" is for its background;
- a text named by its colour ("the white sneaker text is too small", "the pink text at the end is
  too small") is a text: the colour only points at it (never the product, never its new colour);
  a coloured text said to look cheap or tacky is asked about, naming the fixes
  (:func:`coloured_text`);
- "leave the blue" when nothing is blue changes nothing, and says so; "keep the red" when there is
  red changes nothing either (:func:`kept_colour`);
- praise before "but" ("love the voice, but the cta text should be white") is no request: the
  request only (:func:`without_praise_before_but`).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.described_parts import _SCENE_PART, _scene_for
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.values import COLOR_NAMES_PATTERN, colour_name, find_colors, hue_distance
from adgen.tools import operations as ops

_I = re.I
_COLOUR = rf"(?:(?:light|pale|pastel|dark|deep|bright|soft|muted|hot|neon)[\s-])?(?:{COLOR_NAMES_PATTERN})"
_GENERIC = frozenset(
    "shot scene background backdrop picture image photo footage clip visual gradient frame look looks "
    "colour color colours colors sunny bright dark nice lovely pretty whole thing part bit text words copy "
    "caption headline title line writing".split()
)
_STOP = frozenset(
    "with that this from into onto over under their there then than some the and one too its our".split()
)


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", text.casefold()) if w not in _STOP}


def _role(scene: Any) -> str:
    return str(getattr(scene.role, "value", scene.role)).replace("_", " ")


def _label(index: int, scene: Any) -> str:
    role = _role(scene)
    return f"scene {index} ({'CTA' if role == 'cta' else role})"


_ACHROMATIC = frozenset({"white", "black", "grey"})


def _pale(hex_value: str) -> bool:
    import colorsys

    r, g, b = (int(hex_value[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[1] > 0.85


def _near_hue(a: str, b: str, degrees: float) -> bool:
    """Two saturated colours within ``degrees`` of hue ("purple" and #5E548E)."""
    import colorsys

    (h1, s1, _), (h2, s2, _) = (
        colorsys.rgb_to_hsv(*(int(x[i : i + 2], 16) / 255 for i in (1, 3, 5))) for x in (a, b)
    )
    turn = abs(h1 - h2) * 360
    return min(s1, s2) > 0.15 and min(turn, 360 - turn) <= degrees


def colours_match(word_hex: str, hex_value: str, *, pale: bool = True) -> bool:
    """Whether a colour said ("gold") fits a colour in the ad ("#F2A541"); with ``pale`` (a text
    pointed at), a very light colour said fits only very light ones ("cream" text that is #FFF3E0),
    and hues fit more loosely ("purple" text that is #5E548E)."""
    try:
        said, there = colour_name(word_hex), colour_name(hex_value)
        if pale and _pale(word_hex):
            return _pale(hex_value) or said == there
        if said in _ACHROMATIC or there in _ACHROMATIC:
            return said == there
        return (
            said == there
            or hue_distance(word_hex, hex_value) < 50
            or _near_hue(word_hex, hex_value, 55 if pale else 25)
        )
    except (ValueError, IndexError):
        return False


def _picture_scenes(pic: str, project: Any) -> list[int]:
    """The scenes (1-based) whose background shows what ``pic`` names: its words or its colour."""
    said = _words(pic) - {w.rstrip("s") for w in _GENERIC}
    said -= {w.rstrip("s") for w in _words(" ".join(c.name for c in find_colors(pic)))}
    colours = [c.hex for c in find_colors(pic)]
    literal = {w.rstrip("s") for w in _words(" ".join(c.name for c in find_colors(pic)))}
    if literal and not said:
        named = [i for i, s in enumerate(project.scenes, 1) if literal & _words(s.background_prompt or "")]
        if named:
            return named
    found = []
    for i, scene in enumerate(project.scenes, 1):
        prompt = scene.background_prompt or ""
        if said and said <= _words(prompt):
            found.append(i)
        elif (
            colours
            and not said
            and any(colours_match(c, p.hex) for c in colours for p in find_colors(prompt))
        ):
            found.append(i)
    if len(found) > 1 and colours:  # "the orange truck": of two trucks, the orange one
        narrowed = [
            i
            for i in found
            if any(
                colours_match(c, p.hex, pale=False)
                for c in colours
                for p in find_colors(project.scenes[i - 1].background_prompt or "")
            )
        ]
        found = narrowed or found
    return found


# --- a picture named, a complaint about how it looks, and what to do -------------------------------

_ASKS = (
    (r"darker|darken\s+(?:just\s+)?(?:it|that|this)(?:\s+one)?|less\s+bright", "darker"),
    (r"tone\s+it\s+down|mute\s+it|calm\s+it\s+down", "more muted"),
    (
        r"brighter|(?:brighten|lighten)\s+(?:just\s+)?(?:it|that|this)(?:\s+one)?(?:\s+up)?|lighter",
        "brighter",
    ),
    (r"warmer|warm\s+it\s+up", "warmer"),
    (r"cooler|colder|cool\s+it\s+down", "cooler"),
    (
        r"(?:more|add(?:\s+some)?|bump\s+(?:up\s+)?the)\s+contrast|more\s+contrasty|punchier|punch\s+it\s+up",
        "contrast",
    ),
    (r"more\s+saturated|more\s+colou?rful|more\s+vibrant|richer(?:\s+colou?rs)?", "more colourful"),
    (
        r"(?:more\s+)?neutral(?:\s+colou?rs)?|neutrali[sz]e\s+it|tone\s+it\s+to\s+neutral|"
        r"take\s+(?:the|that)\s+\w+\s+(?:tint|cast)\s+out|(?:lose|remove|drop)\s+the\s+(?:\w+\s+)?(?:tint|cast)",
        "neutral",
    ),
)
_ASK = "|".join(f"(?:{a})" for a, _ in _ASKS)
_PICTURE_RE = re.compile(
    r"^\W*(?:the|our|that|this)\s+(?P<pic>[a-z][\w' -]{1,40}?)"
    rf"(?:\s+(?:in|on|of|at)\s+(?:the\s+)?(?P<where>{_SCENE_PART}))?"
    r"\s+(?P<verb>is|looks?|seems?|feels?|'s|has(?:\s+got)?|got)\s+(?P<state>[^,.;!?\u2014]+?)"
    r"\s*(?:[,;.!?\u2014-]+|\s+(?=so\b|and\b|but\b|pls\b|please\b))\s*(?:so|and|but)?\s*"
    r"(?:(?:can\s+you\s+|could\s+you\s+|please\s+|pls\s+|just\s+)*(?:make|get|go|turn)\s+(?:it|that|the\s+\w+)\s+)?"
    rf"(?:(?:a\s+)?(?:bit|little|touch|lot|much|way)\s+)?(?:please\s+)?(?P<ask>{_ASK})(?:\s+please|\s+pls|\s+thanks)?\W*$",
    _I,
)
_STATE_ONLY_RE = re.compile(
    r"^\W*(?:the|our|that|this)\s+(?P<pic>[a-z][\w' -]{1,40}?)"
    rf"(?:\s+(?:in|on|of|at)\s+(?:the\s+)?(?P<where>{_SCENE_PART}))?"
    r"\s+(?:is|looks?|seems?|feels?|'s)\s+(?:a\s+bit\s+|way\s+|far\s+|kinda\s+|really\s+|much\s+)?too\s+"
    r"(?P<state>bright|dark|strong|much|intense|harsh)\W*$",
    _I,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_NOT_PICTURE_RE = re.compile(
    r"\b(?:text|words?|copy|caption|headline|title|font|music|song|track|voice|voiceover|narrator|logo|"
    r"product|ad|video|whole|it|everything|pacing|cta\s+text)\b",
    _I,
)
_PICTURE_NOUN_RE = re.compile(
    r"\b(?:shot|scene|background|bg|backdrop|picture|image|photo|footage|clip|visual|gradient)\b", _I
)
_TINT_STATE_RE = re.compile(
    rf"(?:{_COLOUR})(?:[\s-]?(?:tinted|ish|toned|cast))?|(?:an?\s+)?(?:{_COLOUR})\s+(?:tint|cast|hue|tone)|"
    r"\w+ish",
    _I,
)


def _which(indices: list[int], project: Any) -> str:
    scenes = list(project.scenes)
    named = [f"{_label(i, scenes[i - 1])}: “{scenes[i - 1].background_prompt}”" for i in indices]
    listed = ", ".join(named[:-1]) + f" or {named[-1]}" if len(named) > 1 else named[0]
    return f"Which scene's picture do you mean: {listed}?"


def picture_look(masked: str, project: Any) -> tuple[str, ParsedTurn | None]:
    """ "the sunny backyard looks washed out, more contrast" -> "give the scene 3 background more
    contrast"; a tinted picture made neutral is that background's; a picture and a scene that
    disagree are asked about."""
    if project is None or not project.scenes:
        return masked, None
    m = _PICTURE_RE.match(masked)
    only_state = None
    if m is None:
        only_state = _STATE_ONLY_RE.match(masked)
        if only_state is None:
            return masked, None
    found = m or only_state
    assert found is not None
    pic = found.group("pic")
    if _NOT_PICTURE_RE.search(pic):
        return masked, None
    if m is not None:
        ask_said = m.group("ask")
        ask = next(v for a, v in _ASKS if re.fullmatch(a, ask_said, _I))
        if ask == "neutral" and not _TINT_STATE_RE.fullmatch(
            re.sub(
                r"^(?:a\s+bit\s+|too\s+|kinda\s+|very\s+|a\s+little\s+|way\s+too\s+|really\s+)+",
                "",
                m.group("state").strip(),
                flags=_I,
            )
        ):
            return masked, None
    else:
        state = found.group("state").lower()
        ask = {"bright": "darker", "dark": "brighter"}.get(state, "more muted")
    scenes = list(project.scenes)
    where = found.group("where")
    where_scene = _scene_for(where, project) if where else None
    ordinal = re.match(r"(first|second|third|fourth|fifth|sixth)\s+scene", where or "", _I)
    if ordinal is not None and _ORDINALS[ordinal.group(1).lower()] <= len(scenes):  # "in the third scene"
        where_scene = scenes[_ORDINALS[ordinal.group(1).lower()] - 1]
    if where and where_scene is None:
        return masked, None
    named = re.search(_SCENE_PART, pic, _I)  # "the brown hook background": the hook's
    by_pic = [] if named else _picture_scenes(pic, project)
    if named:
        own = _scene_for(named.group(0), project)
        if own is None:
            return masked, None
        by_pic = [scenes.index(own) + 1]
    if only_state is not None and where is None and (named or len(_picture_scenes(pic, project)) != 1):
        return masked, None  # "the hook is too dark", "the sky is too bright": other readers'
    if only_state is not None and where is None and not (_words(pic) - {w.rstrip("s") for w in _GENERIC}):
        return masked, None
    if where_scene is not None:
        w = scenes.index(where_scene) + 1
        if by_pic and w not in by_pic:
            return masked, ParsedTurn(question=_which(sorted({*by_pic, w}), project))
        chosen = w
    elif len(by_pic) == 1:
        chosen = by_pic[0]
    elif len(by_pic) > 1:
        return masked, ParsedTurn(question=_which(by_pic, project))
    else:
        said = _words(pic) - {w.rstrip("s") for w in _GENERIC}
        if not _PICTURE_NOUN_RE.search(pic) or not (said or find_colors(pic)):
            return masked, None  # "the background is too dark, brighter": another reader's
        return masked, ParsedTurn(question=_which(list(range(1, len(scenes) + 1)), project))
    scene = scenes[chosen - 1]
    if ask == "neutral":
        prompt = (scene.background_prompt or "").rstrip(" ,.")
        new = f"{prompt}, neutral colours" if prompt else "neutral colours"
        return masked, ParsedTurn(
            operations=[ops.UpdateScene(scene_id=scene.id, background_prompt=new)],
            scene_ids=[scene.id],
            topic="background",
        )
    if ask == "contrast":
        return f"give the scene {chosen} background more contrast", None
    return f"make the scene {chosen} background {ask}", None


# --- a text named by its colour --------------------------------------------------------------------

_TEXT_WORD = r"(?:text|caption|words|copy|headline|title|line|writing|wording|lettering|font)"
_COLOURED_TEXT_RE = re.compile(
    rf"(?P<lead>^\W*|[,;.!]\s*(?:but\s+|and\s+)?)(?P<head>(?:the|that|this)\s+(?P<c>{_COLOUR})\s+"
    rf"(?P<mid>(?:[a-z][\w-]*\s+){{0,2}}?){_TEXT_WORD}"
    r"(?:\s+(?:on|in|at|of)\s+(?:the\s+)?(?P<loc>[a-z][\w' -]{1,25}?))?)"
    r"(?=\s+(?:is|are|looks?|seems?|feels?|'s)\s+(?P<rest>[^,.;!?]+))",
    _I,
)
_CHEAP_RE = re.compile(
    r"^(?:a\s+bit\s+|kinda\s+|so\s+|really\s+|very\s+|pretty\s+)*(?:cheap|tacky|cheesy|dated|off|ugly|wrong|bad|"
    r"weird|tired|amateur(?:ish)?|gaudy|garish|meh|lame)\s*$",
    _I,
)


_FIX_AFTER_RE = re.compile(
    r"^\s*(?:[,;.!\u2014-]+|\s(?:so|and|but))\s*(?:so\s+|just\s+|please\s+|pls\s+|and\s+)*(?:make|turn|change)\s+it\s+"
    r"(?:to\s+)?(?P<value>[^,.;!?]+?)(?:\s+instead)?(?:\s+please|\s+pls)?\W*$",
    _I,
)
_REST_PLACE_RE = re.compile(rf"\b(?:on|in|at)\s+(?:the\s+)?(?P<where>{_SCENE_PART})\W*$", _I)
_LEGIBLE_RE = re.compile(
    r"\b(?:hard|tough|difficult|impossible)\s+to\s+(?:read|see)|can'?t\s+read|unreadable|illegible", _I
)
_FINE_RE = re.compile(
    r"^(?:(?:fine|ok|okay|good|great|perfect|nice|lovely)\b|(?:spot\s+on|all\s+right)\b)", _I
)
# "hard to read on the yellow sky": another part named, which text is asked
_OVER_PICTURE_RE = re.compile(r"\b(?:on|against|over)\s+(?:the|that|this)\b", _I)
_END_RE = re.compile(r"^(?:very\s+)?(?:end|ending|finish|close)$", _I)


def _placed(loc: str, project: Any) -> list[int]:
    """The scenes (1-based) "on the end card", "in the opener", "on the folding scene" say."""
    scenes = list(project.scenes)
    loc = loc.strip()
    if _END_RE.match(loc):
        return [len(scenes)]
    own = _scene_for(loc, project)
    if own is not None:
        return [scenes.index(own) + 1]
    if re.search(_SCENE_PART, loc, _I):
        return []
    return _picture_scenes(loc, project)


def _text_label(i: int, scene: Any) -> str:
    o = scene.overlay
    colour = o.color if o is not None else ""
    words = o.text if o is not None else ""
    return f"{_label(i, scene)} “{words}” ({colour_name(colour) if colour else 'no colour'})"


def coloured_text(masked: str, project: Any) -> tuple[str, ParsedTurn | None]:
    """ "the white sneaker text is too small" -> "the scene 2 text is too small": the colour and the
    words before "text" point at a text; "the gold text on the end card looks cheap" asks."""
    if project is None or not project.scenes:
        return masked, None
    m = next(
        (f for f in _COLOURED_TEXT_RE.finditer(masked) if not _FINE_RE.match(f.group("rest").strip())), None
    )
    if m is None:
        return masked, None
    scenes = list(project.scenes)
    loc = m.group("loc")
    with_text = [
        i for i, s in enumerate(scenes, 1) if s.overlay is not None and (s.overlay.text or "").strip()
    ]
    if not loc and re.search(_SCENE_PART, m.group("mid") or "", _I):
        loc = re.search(_SCENE_PART, m.group("mid"), _I).group(0)  # "the pink cta text"
    placed = _placed(loc, project) if loc else []
    later = _REST_PLACE_RE.search(m.group("rest"))
    if not loc and later is not None and _scene_for(later.group("where"), project) is not None:
        loc = later.group("where")  # "the white text is too small on the showcase"
        placed = [scenes.index(_scene_for(loc, project)) + 1]
    if len(placed) == 1:
        candidates = placed
    else:
        said = find_colors(m.group("c"))
        if not said:
            return masked, None
        candidates = [
            i for i in with_text if colours_match(said[0].hex, scenes[i - 1].overlay.color or "#FFFFFF")
        ]
        if placed:
            candidates = [i for i in candidates if i in placed] or placed
        mid = _words(m.group("mid") or "") - {w.rstrip("s") for w in _GENERIC}
        if mid and candidates:
            narrowed = [
                i
                for i in candidates
                if mid
                & (_words(scenes[i - 1].background_prompt or "") | _words(scenes[i - 1].overlay.text or ""))
            ]
            candidates = narrowed or candidates
    rest = m.group("rest").strip()
    fix = _FIX_AFTER_RE.match(masked[m.end("rest") :])
    if _CHEAP_RE.match(rest) and fix is not None and len(candidates) == 1:  # "…looks cheap, make it white"
        return f"make the scene {candidates[0]} text {fix.group('value')}", None
    if _CHEAP_RE.match(rest):
        shown = candidates or with_text
        listed = "; ".join(_text_label(i, scenes[i - 1]) for i in shown)
        return masked, ParsedTurn(
            question=(
                f"What should change in that text ({listed}): its colour (to which one?), its size, "
                "or its font?"
            ),
            scene_ids=[scenes[i - 1].id for i in shown],
            topic="text",
        )
    if _LEGIBLE_RE.search(rest) and not (_OVER_PICTURE_RE.search(rest) and not placed):
        return masked, None  # "the yellow text on the cta is tough to read": another reader's question
    if len(candidates) > 1 and not (_words(m.group("mid") or "") - {w.rstrip("s") for w in _GENERIC}):
        return masked, None  # "the white words are too small": every white text, as before
    if len(candidates) == 1 and (
        later is not None and loc == later.group("where") or not _OVER_PICTURE_RE.search(rest)
    ):
        start, end = m.span("head")
        return f"{masked[:start]}the scene {candidates[0]} text{masked[end:]}", None
    shown = with_text if _OVER_PICTURE_RE.search(rest) else candidates or with_text
    if not shown:
        return masked, None
    listed = ", ".join(_text_label(i, scenes[i - 1]) for i in shown)
    lead = (
        "Which text do you mean"
        if candidates or _OVER_PICTURE_RE.search(rest)
        else f"No text is {m.group('c').lower()} now: which do you mean"
    )
    return masked, ParsedTurn(question=f"{lead}: {listed}, or all of them?", topic="text")


# --- a colour kept -------------------------------------------------------------------------------

# "keep the red but make the hook text white": the request after "but" only
_KEPT_BEFORE_RE = re.compile(
    r"^\W*(?:(?:just|please)\s+)?(?:leave|keep|don'?t\s+touch|don'?t\s+change)\s+(?:the\s+)?"
    rf"(?:{_COLOUR})(?:\s+(?:alone|as\s+is|as\s+it\s+is))?(?:\s*[,;]?\s+(?:but|and|just)\s+|\s*[,;]\s*"
    r"(?=(?:please\s+)?(?:make|change|set|turn|put|use|give|add|move)\b))(?P<rest>.+)$",
    _I,
)


def without_kept_colour(masked: str) -> str:
    """ "keep the red but make the hook text white" -> "make the hook text white"."""
    m = _KEPT_BEFORE_RE.match(masked)
    return m.group("rest") if m is not None else masked


_KEPT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|and|also|but|please|pls|just)[\s,]+)*"
    r"(?:leave|keep|don'?t\s+touch|do\s+not\s+touch|don'?t\s+change|do\s+not\s+change)\s+(?:the\s+)?"
    rf"(?P<c>{_COLOUR})(?:\s+(?:one|bits?|colou?r))?"
    r"(?:\s+(?:alone|as\s+is|as\s+it\s+is|untouched|please|pls|thanks|though|for\s+now))*"
    r"(?:\s*[,;.\u2014-]+\s*(?:it'?s|that'?s|its)\s+(?:our|the)\s+brand(?:'s)?\s+colou?r)?\W*$",
    _I,
)


def _ad_colours(project: Any) -> list[str]:
    found = list(getattr(project.style, "palette", None) or [])
    brand = getattr(project, "brand", None)
    found += list(getattr(brand, "colors", None) or [])
    for scene in project.scenes:
        if scene.overlay is not None and scene.overlay.color:
            found.append(scene.overlay.color)
        found += [c.hex for c in find_colors(scene.background_prompt or "")]
    return [c for c in found if isinstance(c, str) and c.startswith("#") and len(c) == 7]


def kept_colour(masked: str, project: Any, state: Any) -> ParsedTurn | None:
    """ "leave the blue" on an ad with no blue: nothing changes, and the reply says there is none;
    "keep the red" on an ad with red: nothing changes. After a change, "leave the orange" is
    another reader's (the change undone)."""
    if project is None or (state is not None and (state.last_operations or state.pending)):
        return None
    m = _KEPT_RE.match(masked)
    if m is None:
        return None
    said = find_colors(m.group("c"))
    if not said:
        return None
    name = m.group("c").lower()
    if any(colours_match(said[0].hex, c, pale=False) for c in _ad_colours(project)):
        return ParsedTurn(unknown=f"OK, the {name} stays as it is: nothing changed.")
    return ParsedTurn(
        unknown=f"There's no {name} in the ad now, so there is nothing to keep: nothing changed."
    )


# --- praise before "but" ---------------------------------------------------------------------------

_PRAISE_BUT_RE = re.compile(
    r"^\W*(?:(?:i|we)\s+)?(?:really\s+|absolutely\s+|totally\s+)?(?:love|loved|like|liked|dig|adore)\s+"
    r"(?P<what>it|this|the\s+[\w' -]{2,25}?)(?:\s+(?:a\s+lot|so\s+much|tbh))?"
    r"|^\W*(?:great|nice|good|lovely|perfect|amazing|awesome|solid)\s+(?:job\s+(?:on|with)\s+)?"
    r"(?:the\s+)?[\w' -]{2,25}?"
    r"|^\W*the\s+[\w' -]{2,20}?\s+(?:is|are|sounds?|looks?)\s+(?:so\s+|really\s+)?"
    r"(?:lovely|perfect|great|amazing|awesome|spot\s+on|fine|good|nice)",
    _I,
)
_BUT_RE = re.compile(r"\s*[,.!;]*\s+(?:but|though|however)\s*,?\s+(?P<rest>.+)$", _I)  # the first "but"
_PRAISED_PART_RE = re.compile(
    rf"\d|{_SCENE_PART}|\b(?:ending|end|text|words?|copy|caption|headline|scene|background)\b",
    _I,
)
_REST_OPEN_RE = re.compile(r"^(?:it|its|it's|they|that|this|not|no|nothing|maybe|i|we)\b", _I)
_REST_PART_RE = re.compile(
    r"\b(?:text|cta|hook|scene|music|voice|font|background|headline|phone\s+number|logo|product|"
    r"showcase|end\s*card|opener|intro|outro|make|change|set)\b",
    _I,
)


def without_praise_before_but(masked: str) -> str:
    """ "love the voice, but the cta text should be white" -> "the cta text should be white"."""
    b = _BUT_RE.search(masked)
    if b is None or not _PRAISE_BUT_RE.fullmatch(masked[: b.start()].strip(" ,.!;")):
        return masked
    if _PRAISED_PART_RE.search(masked[: b.start()]):  # "the navy ending is great, but change the words"
        return masked
    rest = b.group("rest").strip()
    if _REST_OPEN_RE.match(rest) or not _REST_PART_RE.search(rest):
        return masked
    return rest


# --- a font reported as "it's X", a brand tagline said with "brand" ------------------------------

_REPORTED_FONT_RE = re.compile(
    r"\b(?:(?:the|our|my)\s+)?(?:client|customer|brand\s+team|designer|boss|agency|manager|marketing(?:\s+team)?|"
    r"they|she|he)\s+(?:(?:just|already|finally)\s+)?(?:told\s+(?:us|me)|tells\s+(?:us|me)|said|says|confirmed|"
    r"confirms|mentioned|wrote|replied|got\s+back(?:\s+to\s+(?:us|me))?(?:\s+and\s+said)?)\s*,?\s+(?:that\s+)?"
    r"(?:it'?s|it\s+is|its)\s+(?P<name>[A-Z][A-Za-z0-9]+(?:\s+[A-Z][A-Za-z0-9]+){0,2})\W*$"
)
_FONT_WORD_RE = re.compile(r"\b(?:font|fonts|typeface|type\s*face|typography)\b", _I)


_BARE_ITS_RE = re.compile(
    r"^\W*(?:it'?s|it\s+is|its)\s+(?P<name>[A-Z][A-Za-z0-9]+(?:\s+[A-Z][A-Za-z0-9]+){0,2})\W*$"
)


def reported_font(masked: str, raw: str = "") -> tuple[str, ParsedTurn | None]:
    """ "about the font: the client told us it's Poppins" -> "use the font Poppins" (the whole name,
    never "client told us it's Poppins"); without "font" in the message, which thing "it" is, is
    asked."""
    m = _REPORTED_FONT_RE.search(masked)
    if m is None:  # "our designer said it's Lato", its reporter already read as a relayed note's
        m = _BARE_ITS_RE.match(masked) if _REPORTED_FONT_RE.search(raw) else None
    if m is None:
        return masked, None
    name = m.group("name")
    if _FONT_WORD_RE.search(masked) or _FONT_WORD_RE.search(raw):
        return f"use the font {name}", None
    return masked, ParsedTurn(
        question=f"Is “{name}” the font? Say “use the font {name}” and all the text will use it, or tell me what it is."
    )


_BRAND_TAGLINE_RE = re.compile(r"\b(?:(?:the|our)\s+)?brand(?:'s)?\s+(tagline|slogan|strapline|motto)\b", _I)


def brand_tagline(masked: str) -> str:
    """ "the brand tagline is 'X'" -> "our tagline is 'X'": the brand's tagline, never the CTA's words."""
    return _BRAND_TAGLINE_RE.sub(r"our \1", masked)
