"""What a background prompt and the ad's style ask of the picture, as numbers: the look.

A look has two halves, read in different ways so that an edit moves only what it names:

- **The take** (:class:`Take`): the background family (studio sweep, gradient mesh, shapes,
  light leaks, flowing abstract, bokeh), its accent, and the seed of its composition. It comes
  from the scene's subject words, the named look of the style ("minimal", "bold", "luxury",
  "playful"…, :data:`NAMED_LOOKS`) and the scene role, never from a look word, so "brighter"
  re-grades the same picture instead of drawing a new one.
- **The grade** (:class:`Look`): levels (how the take is lit: exposure, tone contrast, energy)
  from the style and the descriptive words of the prompt ("bright", "moody", "calm"), and steps
  from comparative words ("brighter", "warmer", "more contrast", "calmer"), which stack in the
  order they were written. The painter turns steps into a colourist's grade on top of the
  take: a luma lift, a chroma shift at constant luma, a spread about the mean, a clock speed.

Words are read clause by clause (commas, semicolons, full stops). A negation ("no text",
"not dark") cancels the next look word of its clause only; "less X" is a step against X. A
clause that restates a style field ("… mood", "… lighting", "… style", "… palette", as the
planner writes them) adds nothing the style does not already say: its words count once.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from adgen.project import Style

RGB = tuple[float, float, float]

FAMILIES = ("studio", "mesh", "shapes", "leaks", "abstract", "bokeh")

# --- the vocabulary: one table ------------------------------------------------------------------
# Dimensions: b brightness, c contrast, w warmth, s saturation, v speed (energy), p density of
# particles/shapes, g glow, n grain. A LEVEL word says how the take is lit; a STEP word (a
# comparative, or any level word after "more"/"less") grades it further.

_LEVELS: dict[str, dict[str, float]] = {}
_STEPS: dict[str, dict[str, float]] = {}


def _level(words: str, **effect: float) -> None:
    for word in words.split():
        _LEVELS[word] = effect


def _step(words: str, **effect: float) -> None:
    for word in words.split():
        _STEPS[word] = effect


_level("bright light airy luminous radiant sunny sunlit sunshine daylight high-key", b=1.0)
_level("dark moody shadowy dim shadows gloomy low-key", b=-1.0)
_level("night midnight nighttime nocturnal", b=-1.5, w=-0.4)
_level("noir", b=-1.2, s=-0.6, c=0.6)
_level("golden sunset dusk sunrise", w=0.7)
_level("warm cozy cosy candlelit", w=0.5)
_level("cool fresh icy winter crisp", w=-0.5)
_level("dramatic drama cinematic epic intense", c=0.8, b=-0.4, g=0.4)
_level("contrast contrasty punchy", c=0.8)
_level("soft diffused gentle", c=-0.6)
_level("calm serene relaxed relaxing peaceful chill tranquil dreamy slow", v=-1.0)
_level("energetic energy dynamic fast upbeat exciting lively action bouncy", v=1.0, p=0.3)
_level("luxurious luxury premium elegant sophisticated", c=0.4, v=-0.5, g=0.3)
_level("neon cyberpunk electric", s=0.8, c=0.6, b=-0.4, g=0.4)
_level("pastel", s=-0.3, b=1.2, c=-0.5)
_level("minimal minimalist clean simple", p=-0.6, c=-0.3)
_level("vivid colorful colourful saturated vibrant pop", s=0.6)
_level("muted desaturated faded washed", s=-0.6)
_level("playful fun", s=0.4, v=0.6, p=0.3)
_level("sparkle sparkling sparkly glitter", p=0.6, g=0.3)
_level("mysterious", b=-0.6, w=-0.2)
_level("grain grainy film filmic analog", n=1.0)

_step("brighter lighter brighten", b=1.0)
_step("brightest", b=1.5)
_step("darker dimmer darken moodier", b=-1.0)
_step("darkest", b=-1.5)
_step("warmer", w=1.0)
_step("cooler colder", w=-1.0)
_step("punchier contrastier", c=1.0)
_step("softer gentler", c=-1.0)
_step("calmer slower", v=-1.0)
_step("faster quicker livelier snappier", v=1.0)
_step("busier", p=1.0)
_step("simpler cleaner", p=-1.0)

# A level word after "more" (or "less") is a step of this size in its dimensions.
_MORE_STEP: dict[str, dict[str, float]] = {
    "contrast": {"c": 1.0},
    "dramatic": {"c": 1.0, "b": -0.5},
    "drama": {"c": 1.0, "b": -0.5},
    "calm": {"v": -1.0},
    "energetic": {"v": 1.0},
    "energy": {"v": 1.0},
    "dynamic": {"v": 1.0},
    "lively": {"v": 1.0},
    "luxurious": {"c": 0.5, "b": -0.5, "s": -0.3, "v": -0.5},
    "premium": {"c": 0.5, "b": -0.5, "s": -0.3, "v": -0.5},
    "elegant": {"c": 0.5, "b": -0.5, "s": -0.3, "v": -0.5},
    "playful": {"s": 0.5, "v": 0.5},
    "professional": {"s": -0.3, "v": -0.3},
    "colourful": {"s": 1.0},
    "colorful": {"s": 1.0},
    "vibrant": {"s": 1.0},
    "saturated": {"s": 1.0},
    "muted": {"s": -1.0},
    "minimal": {"p": -1.0, "c": -0.5},
    "cinematic": {"n": 1.0, "c": 0.5},
    "retro": {"n": 1.0, "w": 0.5, "s": -0.3},
    "modern": {"n": -1.0, "s": 0.2},
}

_INTENSIFIERS = {"very": 1.5, "extra": 1.5, "super": 1.5, "much": 1.5, "really": 1.5, "even": 1.3, "way": 1.5}
_SOFTENERS = {"slightly": 0.5, "somewhat": 0.6}
_NEGATORS = {"not", "no", "without", "non", "never"}
_MORE, _LESS = {"more", "extra"}, {"less", "lower", "reduce"}
_RESTATES = {"mood", "lighting", "light", "style", "palette", "look", "aesthetic", "colours", "colors"}
_TOKEN = re.compile(r"[a-z][a-z-]*")
_CLAUSE = re.compile(r"[,;.!?\n]+")


# --- named looks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedLook:
    """A look a marketer can ask for by name: a family, an accent layer and levels."""

    family: str
    accent: str | None = None  # "shapes" | "bokeh" | "leak" | None: drawn over a family from elsewhere
    levels: dict[str, float] = field(default_factory=dict)


NAMED_LOOKS: dict[str, NamedLook] = {
    "minimal": NamedLook("studio", None, {"b": 1.0, "c": -0.6, "s": -0.4, "p": -0.8, "v": -0.5}),
    "bold": NamedLook("shapes", "shapes", {"c": 0.8, "s": 0.5, "v": 0.4}),
    "luxury": NamedLook("studio", "bokeh", {"b": -1.6, "c": 0.8, "w": 0.3, "v": -0.8, "g": 0.5, "p": -0.4}),
    "playful": NamedLook("shapes", "shapes", {"b": 0.8, "s": 0.7, "v": 0.7, "p": 0.4}),
    "cinematic": NamedLook("leaks", "leak", {"b": -0.8, "c": 0.6, "n": 1.0, "w": 0.2}),
    "retro": NamedLook("leaks", "leak", {"n": 1.4, "w": 0.6, "s": -0.4}),
    "modern": NamedLook("mesh", None, {"b": 0.4, "c": 0.2, "s": 0.2}),
    "fresh": NamedLook("mesh", None, {"b": 1.0, "w": -0.3, "c": -0.3}),
    "cozy": NamedLook("bokeh", "bokeh", {"w": 0.6, "b": -0.2}),
    "dynamic": NamedLook("abstract", None, {"v": 0.5, "s": 0.3}),
}
# Words that name one of them (the style's visual style, its mood, or a prompt's words).
_NAMED_WORDS: dict[str, str] = {
    **{w: "minimal" for w in ("minimal", "minimalist", "simple", "airy", "scandi")},
    **{w: "bold" for w in ("bold", "graphic", "striking", "geometric")},
    **{
        w: "luxury"
        for w in ("luxury", "luxurious", "elegant", "premium", "sophisticated", "upscale", "classy")
    },
    **{w: "playful" for w in ("playful", "pop", "fun", "quirky", "whimsical", "cheerful")},
    **{w: "cinematic" for w in ("cinematic", "dramatic", "epic", "moody", "noir")},
    **{w: "retro" for w in ("retro", "vintage", "nostalgic", "analog")},
    **{w: "modern" for w in ("modern", "corporate", "sleek", "tech", "professional", "futuristic")},
    **{w: "fresh" for w in ("fresh", "natural", "organic", "healthy")},
    **{w: "cozy" for w in ("cozy", "cosy", "lifestyle", "warm", "homey", "rustic")},
    **{w: "dynamic" for w in ("dynamic", "energetic", "sporty", "abstract")},
}
# A scene prompt's words that name a family outright ("on a studio backdrop", "bokeh lights").
_FAMILY_WORDS: dict[str, str] = {
    **{w: "studio" for w in ("studio", "backdrop", "pedestal", "podium", "plinth", "tabletop", "stage")},
    **{w: "mesh" for w in ("gradient", "mesh", "aurora", "haze")},
    **{w: "shapes" for w in ("shapes", "circles", "memphis", "confetti", "geometry", "stripes")},
    **{w: "leaks" for w in ("leak", "leaks", "burn", "flare", "flares")},
    **{w: "abstract" for w in ("waves", "wave", "flow", "flowing", "liquid", "ribbons", "swirl", "silk")},
    **{w: "bokeh" for w in ("bokeh", "glitter", "sparkles", "particles", "fairy")},
}
# Without a named look or a family word: the families that suit a mood word, picked by the take.
_MOOD_FAMILIES: dict[str, tuple[str, ...]] = {
    "energetic": ("abstract", "shapes"),
    "upbeat": ("shapes", "abstract"),
    "calm": ("mesh", "studio"),
    "relaxed": ("mesh", "bokeh"),
    "luxurious": ("studio", "leaks"),
    "dramatic": ("leaks", "studio"),
    "warm": ("bokeh", "leaks"),
    "playful": ("shapes",),
    "professional": ("mesh", "studio"),
}


# --- colours -------------------------------------------------------------------------------------

COLOURS: dict[str, str] = {
    "red": "#D7263D",
    "crimson": "#B0173A",
    "burgundy": "#7A1230",
    "orange": "#F28C28",
    "amber": "#F2A541",
    "yellow": "#F5D033",
    "gold": "#D4AF37",
    "green": "#2FA84F",
    "lime": "#8BD346",
    "mint": "#8FE3C2",
    "olive": "#6B7A2F",
    "teal": "#159A9C",
    "turquoise": "#2EC4B6",
    "cyan": "#22D3EE",
    "blue": "#2F6FE0",
    "navy": "#1B2A4A",
    "indigo": "#3F3D99",
    "purple": "#7B3FC4",
    "violet": "#8E5CE6",
    "magenta": "#E0409A",
    "pink": "#F27BB0",
    "rose": "#E8789A",
    "coral": "#FF7F6B",
    "peach": "#FFB38A",
    "white": "#F4F4F2",
    "ivory": "#F6F1E4",
    "black": "#121214",
    "charcoal": "#2E3A42",
    "grey": "#8A8F98",
    "gray": "#8A8F98",
    "silver": "#C3C8CF",
    "beige": "#E3D3B5",
    "cream": "#F1E6CF",
    "tan": "#CDAE84",
    "brown": "#7A4A2A",
    "coffee": "#6F4E37",
    "chocolate": "#4E2A1E",
    "emerald": "#1F9D6B",
    "lavender": "#B9A6E8",
}

# Colour words that also name things a product is often made of or tastes of ("coffee",
# "mint", "rose"): read as the background's colour only before a colour noun ("mint tones").
AMBIGUOUS_COLOURS = {"coffee", "chocolate", "cream", "peach", "lime", "mint", "rose", "olive", "tan", "gold"}
_COLOUR_NOUNS = {
    *("background", "backdrop", "tones", "tone", "colour", "color", "hues", "hue"),
    *("light", "lights", "wall", "walls", "sky"),
}

MOOD_PALETTES: dict[str, tuple[str, ...]] = {
    "energetic": ("#FF4E50", "#F9D423", "#2B2D42"),
    "upbeat": ("#FF7A45", "#FFD166", "#3A86FF"),
    "playful": ("#FF6FB5", "#FFD23F", "#3BCEAC"),
    "calm": ("#A8DADC", "#457B9D", "#F1FAEE"),
    "relaxed": ("#B8E0D2", "#6D9DC5", "#EAF4F4"),
    "dramatic": ("#0B0C10", "#8B1E3F", "#C5C6C7"),
    "luxurious": ("#0E0E10", "#D4AF37", "#3B2F2F"),
    "elegant": ("#1C1C1E", "#C9B37E", "#EDE6DB"),
    "modern": ("#3A86FF", "#8338EC", "#F5F5F5"),
    "neon": ("#0D0221", "#FF2A6D", "#05D9E8"),
    "warm": ("#F4A261", "#E76F51", "#264653"),
}
DEFAULT_PALETTE = ("#3A86FF", "#FF7A45", "#1B1F3B")


def hex_rgb(value: str) -> RGB:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]


# --- reading words ---------------------------------------------------------------------------------


@dataclass
class _Reading:
    """What one pass over style and prompt found."""

    levels: dict[str, float] = field(default_factory=lambda: dict.fromkeys("bcwsvpgn", 0.0))
    steps: dict[str, float] = field(default_factory=lambda: dict.fromkeys("bcwsvpgn", 0.0))
    colours: list[str] = field(default_factory=list)
    subject: list[str] = field(default_factory=list)
    families: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)
    monochrome: bool = False


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _add(into: dict[str, float], effect: dict[str, float], factor: float) -> None:
    for key, delta in effect.items():
        into[key] += factor * delta


def _read_clause(
    clause: str, reading: _Reading, seen: set[str], *, from_style: bool, restates: bool = False
) -> None:
    words = tokens(clause)
    restates = restates or (not from_style and bool(words) and words[-1] in _RESTATES)
    if re.search(r"\bblack\s+(?:and|&)\s+white\b|\bmonochrome\b|\bgr[ae]yscale\b", clause.lower()):
        reading.monochrome = True
        return
    factor, negate, more, less = 1.0, False, False, False
    for i, token in enumerate(words):
        if token in _INTENSIFIERS:
            factor *= _INTENSIFIERS[token]
            continue
        if token in _SOFTENERS:
            factor *= _SOFTENERS[token]
            continue
        if token in _NEGATORS:
            negate = True
            continue
        if token in _MORE:
            more = True
            continue
        if token in _LESS:
            less = True
            continue
        if token in NAMED_LOOKS or token in _NAMED_WORDS:
            if not negate and not more and not less:
                reading.named.append(_NAMED_WORDS.get(token, token))
        if token in _FAMILY_WORDS and not negate and not restates and not from_style:
            reading.families.append(_FAMILY_WORDS[token])
        sign = -1.0 if less else 1.0
        if token in _STEPS:
            if not negate:
                _add(reading.steps, _STEPS[token], sign * factor)
        elif (more or less) and (token in _MORE_STEP or token in _LEVELS):
            if not negate:
                _add(reading.steps, _MORE_STEP.get(token) or _LEVELS[token], sign * factor)
        elif token in _LEVELS:
            # A level already said (by the style, or earlier) is not said again: the planner
            # restates the style in every prompt, and that must not double it.
            if not negate and token not in seen:
                _add(reading.levels, _LEVELS[token], factor)
            seen.add(token)
        elif token in COLOURS:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            plain = token not in AMBIGUOUS_COLOURS or nxt in _COLOUR_NOUNS
            if not negate and not restates and not from_style and plain:
                reading.colours.append(COLOURS[token])
            elif not plain and not from_style:
                reading.subject.append(token)
        elif not from_style and token not in _NAMED_WORDS and token not in _FAMILY_WORDS:
            reading.subject.append(token)
            continue
        factor, negate, more, less = 1.0, False, False, False


def _palette_lists(clauses: list[str]) -> list[bool]:
    """Which clauses belong to a list of colours that ends in "palette" ("black, amber and
    cream palette" is three clauses once split at its commas): they restate the style."""
    marks = [False] * len(clauses)
    inside = False
    for i in range(len(clauses) - 1, -1, -1):
        words = tokens(clauses[i])
        if words and words[-1] in {"palette", "colours", "colors"}:
            inside = True
        elif not (inside and words and all(w in COLOURS or w == "and" for w in words)):
            inside = False
            continue
        marks[i] = True
    return marks


def read_words(prompt: str, style: Style) -> _Reading:
    """Levels, steps, colours, subject, family and named-look words of a style and a prompt."""
    reading = _Reading()
    seen: set[str] = set()
    # The visual style names the look first; then the mood; the lighting last.
    for text in (style.visual_style, style.mood, style.lighting):
        for clause in _CLAUSE.split(text or ""):
            _read_clause(clause, reading, seen, from_style=True)
    style_named = list(reading.named)
    reading.named = []
    clauses = _CLAUSE.split(prompt or "")
    for clause, restating in zip(clauses, _palette_lists(clauses), strict=True):
        _read_clause(clause, reading, seen, from_style=False, restates=restating)
    reading.named = style_named + reading.named
    return reading


# --- the take and the look ------------------------------------------------------------------------


@dataclass(frozen=True)
class Take:
    """The picture's identity: which family, which accent, and the seed of its composition."""

    family: str
    accent: str | None
    seed: int
    named: str | None


@dataclass(frozen=True)
class Look:
    """The numbers the painter draws and grades with.

    Levels (``brightness``, ``contrast``, ``speed``…) light the take; ``lift`` (luma offset),
    ``spread`` (multiplier of the spread about the mean) and ``warmth`` (a chroma shift at
    constant luma) grade it; ``speed`` is the clock of every motion.
    """

    brightness: float  # target mean luma of the take, 0..1
    contrast: float  # tone contrast of the take, 1 = as drawn
    warmth: float  # -1 cool .. +1 warm (levels and steps)
    saturation: float  # 1 = as drawn, 0 = black and white
    speed: float  # motion multiplier (levels and steps)
    particle_density: float  # 0 = none, 1 = normal
    glow: float  # strength of lights and highlights
    grain: float  # film grain, 0 = none
    lift: float  # brightness steps as a luma offset (0..1 units)
    spread: float  # contrast steps: the spread about the mean is multiplied by this
    palette: tuple[RGB, ...]
    take: Take


# How far one unit moves each number. A brightness step lifts the background by 18/255 of luma;
# a level moves the exposure target by 0.08.
BRIGHTNESS_LEVEL = 0.08
LIFT_STEP = 0.07
SPREAD_STEP = 1.2
SPEED_STEP = 1.45
SPEED_LEVEL = 1.5
WARMTH_STEP = 0.45


def _clip(value: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, value))


def _palette(reading: _Reading, style: Style) -> tuple[RGB, ...]:
    colours = list(dict.fromkeys(reading.colours))
    colours += [c for c in style.palette if c not in colours]
    if len(colours) < 2:
        mood = next((m for m in tokens(style.mood) if m in MOOD_PALETTES), None)
        colours += [c for c in MOOD_PALETTES.get(mood or "", DEFAULT_PALETTE) if c not in colours]
    return tuple(hex_rgb(c) for c in colours[:6])


def _seed(request_seed: int, role: str, subject: list[str], family: str) -> int:
    key = f"{request_seed}|{role}|{family}|{' '.join(subject)}".encode()
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "little")


def choose_take(reading: _Reading, style: Style, seed: int, role: str) -> Take:
    """The family: a family word of the prompt, else the named look (style first), else the
    mood's families, picked by the take's own seed; never a look word's doing."""
    named = reading.named[0] if reading.named else None
    if named is None:
        named = next((_NAMED_WORDS[t] for t in tokens(style.mood) if t in _NAMED_WORDS), None)
    subject_key = int.from_bytes(hashlib.sha256(" ".join(reading.subject).encode()).digest()[:4], "little")
    if reading.families:
        family = reading.families[-1]
    elif named is not None:
        family = NAMED_LOOKS[named].family
    else:
        mood = next((m for m in tokens(style.mood) if m in _MOOD_FAMILIES), None)
        options = _MOOD_FAMILIES.get(mood or "", FAMILIES)
        family = options[(subject_key + seed) % len(options)]
    accent = NAMED_LOOKS[named].accent if named is not None else None
    if accent == family or (accent == "shapes" and family == "shapes"):
        accent = None
    return Take(family, accent, _seed(seed, role, reading.subject, family), named)


def look_from(prompt: str, style: Style, seed: int = 0, role: str = "showcase") -> Look:
    """Turn a style and a prompt into numbers. Pure and deterministic."""
    reading = read_words(prompt, style)
    take = choose_take(reading, style, seed, role)
    lv, st = dict(reading.levels), reading.steps
    if take.named is not None:
        _add(lv, NAMED_LOOKS[take.named].levels, 1.0)
    saturation = 0.0 if reading.monochrome else _clip(1.0 + 0.3 * (lv["s"] + st["s"]), 0.15, 1.6)
    if st["s"] <= 0:  # levels alone never push colours into clipping (a step may)
        saturation = min(saturation, 1.2)
    return Look(
        brightness=_clip(0.46 + BRIGHTNESS_LEVEL * _clip(lv["b"], -3.0, 3.0), 0.2, 0.8),
        contrast=_clip(1.0 + 0.18 * lv["c"], 0.6, 1.6),
        warmth=_clip(0.5 * lv["w"] + WARMTH_STEP * st["w"], -1.6, 1.6),
        saturation=saturation,
        speed=_clip(SPEED_LEVEL ** _clip(lv["v"], -2.0, 2.0) * SPEED_STEP ** st["v"], 0.15, 5.0),
        particle_density=_clip(1.0 + 0.6 * (lv["p"] + st["p"]), 0.0, 2.5),
        glow=_clip(0.45 + 0.25 * lv["g"], 0.1, 1.2),
        grain=_clip(0.5 * (lv["n"] + st["n"]), 0.0, 1.5),
        lift=_clip(LIFT_STEP * st["b"], -0.4, 0.4),
        spread=_clip(SPREAD_STEP ** st["c"], 0.4, 2.5),
        palette=_palette(reading, style),
        take=take,
    )


__all__ = [
    "COLOURS",
    "FAMILIES",
    "Look",
    "NAMED_LOOKS",
    "NamedLook",
    "Take",
    "choose_take",
    "hex_rgb",
    "look_from",
    "read_words",
    "tokens",
]
