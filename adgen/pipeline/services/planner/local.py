"""The offline scene planner: a marketer's brief becomes a new AdProject, deterministically.

Used whenever no LLM key is set, and as the fallback of the OpenAI planner. Same brief, same
plan (ids and creation time aside), so replayed conversations give the same documents.

The plan follows the classic short-ad arc: a hook first, an optional problem, one or more
showcases, optional social proof, a call to action last. Background prompts spell out the
product, mood, palette (as colour words) and lighting, because the local video generator reads
those words to pick colours, brightness and energy.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass

from adgen.brand.copy_rules import PLANNER_CTAS
from adgen.pipeline.types import Brief
from adgen.preflight.legibility import reading_time
from adgen.project import (
    AD_MAX_SEC,
    AD_MIN_SEC,
    OVERLAY_MAX_CHARS,
    SCENE_MAX_SEC,
    SCENE_MIN_SEC,
    AdProject,
    Audio,
    Brand,
    Overlay,
    ProductAsset,
    ProductPlacement,
    Scene,
    SceneRole,
    Style,
    validate_new_ad,
)
from adgen.voice.planning import with_voiceover

DEFAULT_DURATION_SEC = 15.0
BRIEF_MAX_CHARS = 4000


class PlanError(ValueError):
    """A brief that cannot become an ad (a duration out of range, a colour that is no colour)."""


@dataclass(frozen=True)
class MoodStyle:
    """How one mood looks and sounds: the style fields and words for the background prompts."""

    lighting: str
    visual_style: str
    music_mood: str
    palette: tuple[str, ...]
    motion: str


MOODS: dict[str, MoodStyle] = {
    "energetic": MoodStyle(
        "bright",
        "bold dynamic",
        "upbeat",
        ("#FF5A1F", "#FFD23F", "#1B1B3A"),
        "fast energetic motion, vivid contrast",
    ),
    "calm": MoodStyle(
        "soft diffused",
        "minimal airy",
        "ambient",
        ("#A8D5BA", "#F1F7ED", "#5B8E7D"),
        "slow calm drift, gentle light",
    ),
    "luxurious": MoodStyle(
        "low-key dramatic",
        "elegant cinematic",
        "cinematic",
        ("#111111", "#C9A227", "#F5F0E6"),
        "slow luxurious glide, rich dark tones",
    ),
    "playful": MoodStyle(
        "bright colourful",
        "playful pop",
        "playful",
        ("#FF6FB5", "#FFE156", "#4CC9F0"),
        "bouncy playful motion, bright pops of colour",
    ),
    "dramatic": MoodStyle(
        "high-contrast dramatic",
        "cinematic",
        "epic",
        ("#0B0B0F", "#B1121B", "#F2F2F2"),
        "dramatic light sweeps, deep shadows, high contrast",
    ),
    "warm": MoodStyle(
        "warm golden-hour",
        "cozy lifestyle",
        "acoustic",
        ("#C8553D", "#F28F3B", "#FFD5C2"),
        "warm glow, soft drifting bokeh",
    ),
    "fresh": MoodStyle(
        "bright natural daylight",
        "clean fresh",
        "upbeat",
        ("#2EC4B6", "#CBF3F0", "#FFFFFF"),
        "light breezy motion, cool fresh tones",
    ),
    "professional": MoodStyle(
        "clean even",
        "modern corporate",
        "corporate",
        ("#0A2463", "#3E92CC", "#FFFFFF"),
        "steady smooth camera, cool clean tones",
    ),
}

# Words of a brief (or of brief.mood) that name one of the moods above.
MOOD_WORDS: dict[str, tuple[str, ...]] = {
    "energetic": (
        "energetic",
        "energy",
        "exciting",
        "hype",
        "dynamic",
        "bold",
        "upbeat",
        "punchy",
        "sporty",
        "fast",
    ),
    "calm": (
        "calm",
        "relaxing",
        "relaxed",
        "serene",
        "peaceful",
        "soothing",
        "chill",
        "mindful",
        "gentle",
        "zen",
        "dreamy",
        "restful",
        # a minimal look is the calm mood's (minimal airy)
        "minimal",
        "minimalist",
        "understated",
    ),
    "luxurious": (
        "luxurious",
        "luxury",
        "premium",
        "elegant",
        "sophisticated",
        "upscale",
        "exclusive",
        "classy",
    ),
    "playful": (
        "playful",
        "fun",
        "funny",
        "quirky",
        "cheerful",
        "whimsical",
        "silly",
        "kids",
        "colorful",
        "colourful",
    ),
    "dramatic": ("dramatic", "epic", "intense", "cinematic", "dark", "mysterious", "powerful", "moody"),
    "warm": ("warm", "cozy", "cosy", "homey", "nostalgic", "heartfelt", "autumn", "rustic"),
    "fresh": ("fresh", "clean", "natural", "organic", "healthy", "summer", "crisp", "green"),
    "professional": ("professional", "corporate", "business", "trustworthy", "b2b", "enterprise", "saas"),
}

PROBLEM_WORDS = (
    "problem",
    "tired of",
    "sick of",
    "struggle",
    "frustrat",
    "annoying",
    "hate ",
    "no more",
    "stop wasting",
    "pain point",
    "fed up",
    "hassle",
)
SOCIAL_WORDS = (
    "review",
    "customers love",
    "testimonial",
    "rated",
    "loved by",
    "bestseller",
    "best-seller",
    "best selling",
    "best-selling",
    "trusted by",
    "social proof",
    "5-star",
    "five star",
    "five-star",
)
BENEFIT_WORDS = (
    "smooth",
    "bold",
    "fresh",
    "fast",
    "organic",
    "natural",
    "light",
    "lightweight",
    "strong",
    "rich",
    "creamy",
    "crisp",
    "clean",
    "soft",
    "durable",
    "comfortable",
    "healthy",
    "vegan",
    "sustainable",
    "handmade",
    "powerful",
    "quiet",
    "waterproof",
    "refreshing",
    "delicious",
    "long-lasting",
    "affordable",
    "simple",
    "sweet",
    "spicy",
    "gentle",
    "cozy",
    "portable",
    "effortless",
    "hydrating",
    "protein-packed",
    "sugar-free",
    "eco-friendly",
    "recyclable",
    "wireless",
    "smart",
)

# role -> (relative length, overlay position, font size)
_ROLE_LAYOUT: dict[str, tuple[float, str, int]] = {
    "hook": (0.8, "top", 64),
    "problem": (1.0, "top", 60),
    "showcase": (1.3, "bottom", 56),
    "social_proof": (1.0, "bottom", 56),
    "cta": (0.9, "top", 72),  # over the product, which stands at the bottom
}

_COLOUR_NAMES: tuple[tuple[str, tuple[int, int, int]], ...] = (
    ("black", (0, 0, 0)),
    ("charcoal", (54, 69, 79)),
    ("grey", (128, 128, 128)),
    ("silver", (192, 192, 192)),
    ("white", (255, 255, 255)),
    ("ivory", (255, 255, 240)),
    ("cream", (245, 240, 220)),
    ("beige", (225, 205, 170)),
    ("tan", (210, 180, 140)),
    ("brown", (120, 72, 40)),
    ("burgundy", (128, 0, 32)),
    ("crimson", (190, 20, 50)),
    ("red", (230, 30, 30)),
    ("coral", (255, 127, 80)),
    ("orange", (255, 140, 0)),
    ("amber", (255, 176, 0)),
    ("gold", (255, 215, 0)),
    ("yellow", (255, 255, 0)),
    ("olive", (128, 128, 0)),
    ("lime", (170, 255, 0)),
    ("green", (0, 160, 60)),
    ("emerald", (0, 155, 119)),
    ("forest green", (34, 85, 34)),
    ("mint", (170, 240, 200)),
    ("teal", (0, 128, 128)),
    ("turquoise", (64, 224, 208)),
    ("cyan", (0, 255, 255)),
    ("sky blue", (135, 206, 235)),
    ("blue", (30, 90, 230)),
    ("navy", (0, 0, 128)),
    ("midnight blue", (25, 25, 70)),
    ("indigo", (75, 0, 130)),
    ("purple", (128, 0, 128)),
    ("violet", (150, 80, 220)),
    ("lavender", (200, 180, 240)),
    ("magenta", (255, 0, 255)),
    ("pink", (255, 150, 190)),
    ("rose", (230, 60, 120)),
    ("peach", (255, 200, 160)),
)


def colour_name(hex_colour: str) -> str:
    """The nearest everyday colour word for ``#RRGGBB`` (redmean distance, close to perception)."""
    text = hex_colour.lstrip("#")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))

    def distance(ref: tuple[int, int, int]) -> float:
        rm = (r + ref[0]) / 2
        dr, dg, db = r - ref[0], g - ref[1], b - ref[2]
        return (2 + rm / 256) * dr * dr + 4 * dg * dg + (2 + (255 - rm) / 256) * db * db

    return min(_COLOUR_NAMES, key=lambda item: distance(item[1]))[0]


def palette_words(palette: list[str]) -> str:
    """``["#000080", "#FFD700"]`` -> ``"navy and gold"``: colour words a prompt reader understands."""
    names: list[str] = []
    for colour in palette:
        name = colour_name(colour)
        if name not in names:
            names.append(name)
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def luminance(hex_colour: str) -> float:
    text = hex_colour.lstrip("#")
    r, g, b = (int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def resolve_mood(brief: Brief) -> str:
    """The brief's mood as one of MOODS when it names one (or a synonym), else its own word.

    ``brief.mood`` wins over the text. In a text, a mood named outright ("calm") beats a synonym,
    and among synonyms the earliest one wins.
    """
    sources = [(brief.mood or "").strip(), brief.text]
    for index, source in enumerate(sources):
        lowered = source.lower()
        for mood in MOODS:
            if re.search(rf"\b{mood}\b", lowered):
                return mood
        hits = [
            (m.start(), mood)
            for mood, words in MOOD_WORDS.items()
            for word in words
            for m in [re.search(rf"\b{re.escape(word)}\b", lowered)]
            if m
        ]
        if hits:
            return min(hits)[1]
        if index == 0 and source:
            return lowered[:40]
    return "energetic"


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in words)


def _sentence_case(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if text else text


def _clip_words(text: str, max_words: int) -> str:
    return " ".join(text.split()[:max_words])


def _subject(brief: Brief) -> tuple[str, str]:
    """What the ad sells, in the brief's own words, bare (for prompts) and as copy would say it.

    ``brief.product`` if given, else "an ad for our X" -> ("X", "our X"), else the brand name.
    """
    if brief.product and brief.product.strip():
        product = _clip_words(brief.product.strip(), 6)
        return product, product
    match = re.search(
        r"\b(?:ad|advert|video|spot|commercial|promo)\s+(?:for|about|of)\s+(?:(our|my|the|a|an|their)\s+)?"
        r"([a-z0-9][\w\- ']{1,40}?)(?=\s*(?:[,.;:!?]|\bthat\b|\bwith\b|\bwhich\b|\bto\b|\bin\b|\bfor\b|"
        r"\bfrom\b|\bby\b|\s\d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?|mins?|minutes?)\b|$))",
        brief.text,
        flags=re.IGNORECASE,
    )
    if match:
        bare = _clip_words(match.group(2).strip(), 5)
        determiner = (match.group(1) or "").lower()
        spoken = {"our": "our", "my": "our", "their": "the", "the": "the", "a": "the", "an": "the"}.get(
            determiner
        )
        return bare, f"{spoken} {bare}" if spoken else bare
    if brief.brand_name and brief.brand_name.strip():
        return brief.brand_name.strip(), brief.brand_name.strip()
    return "it", "it"


def _problem_phrase(text: str) -> str | None:
    match = re.search(r"\b(?:tired|sick|fed up)\s+(?:of|with)\s+([^.,;!?\n]+)", text, flags=re.IGNORECASE)
    if match:
        return _clip_words(match.group(1).strip(), 6)
    return None


# A question the marketer asks us ("can you make an ad?", "could you do 20s?"), never the viewer.
_ASKS_US_RE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|ok|and|also|please)\b[\s,!]*)*(?:can|could|would|will)\s+(?:you|u|we|i)\b"
    r"|\b(?:possible|do\s+you\s+think|is\s+that\s+ok|any\s+ideas|how\s+long|how\s+much|what\s+do\s+you)\b",
    re.I,
)


def _question(text: str) -> str | None:
    """A question of the brief's own that the viewer could be asked ("Still tired of cold coffee?")."""
    for sentence in re.findall(r"[^.!?\n]*\?", text):
        sentence = sentence.strip().strip("\"'")
        if 3 <= len(sentence) <= 80 and not _ASKS_US_RE.search(sentence):
            return _sentence_case(sentence)
    return None


# A benefit word said of the ad, not the product ("cozy vibe", "a fresh look"), is its mood.
_SAID_OF_THE_AD_RE = re.compile(r"\s+(?:vibes?|mood|feel(?:ing)?|look|style|tone|energy|aesthetic)\b")


def _benefits(text: str, names: tuple[str | None, ...] = ()) -> list[str]:
    """The product's qualities the brief states, in its order (at most three). A word inside the
    product's or the brand's name ("harbor light candles") or said of the ad's mood ("cozy
    vibe") is no claim: "Light." or "Cozy." on screen would read as a mistake."""
    lowered = text.lower()
    for name in names:
        if name and name.strip():
            lowered = lowered.replace(name.lower(), " " * len(name))
    found = [
        (m.start(), w)
        for w in BENEFIT_WORDS
        for m in re.finditer(rf"\b{re.escape(w)}\b", lowered)
        if not _SAID_OF_THE_AD_RE.match(lowered, m.end())
    ]
    return list(dict.fromkeys(w for _, w in sorted(found)))[:3]


def _benefit_line(benefits: list[str]) -> str:
    """ "Smooth. Bold." for two or three; one alone reads as a slogan, not a fragment."""
    if len(benefits) == 1:
        return f"{_sentence_case(benefits[0])}, every time"
    return " ".join(_sentence_case(b) + "." for b in benefits)


def _fit(text: str) -> str:
    text = text.strip()
    return text if len(text) <= OVERLAY_MAX_CHARS else text[: OVERLAY_MAX_CHARS - 1].rstrip() + "…"


def _pick(options: tuple[str, ...], seed: int, salt: int = 0) -> str:
    return options[(seed + salt) % len(options)]


_HOOKS: dict[str, tuple[str, ...]] = {
    "energetic": ("Ready for {s}?", "Meet {s}", "{S}, turned up"),
    "calm": ("Take a breath with {s}", "Meet {s}", "Slow down with {s}"),
    "luxurious": ("Indulge in {s}", "Meet {s}", "{S}, refined"),
    "playful": ("Say hi to {s}!", "Meet {s}", "Psst… {s} is here"),
    "dramatic": ("Everything changes with {s}", "Meet {s}", "This is {s}"),
    "warm": ("Cozy up with {s}", "Meet {s}", "Made for moments like this"),
    "fresh": ("Fresh start with {s}", "Meet {s}", "Feel the difference of {s}"),
    "professional": ("Work smarter with {s}", "Meet {s}", "Built for results: {s}"),
}
# The call to action by mood when the brief names none (a brand kit's default CTA replaces these).
_CTAS: dict[str, str] = dict(PLANNER_CTAS)


class LocalPlanner:
    """Brief -> AdProject without any network: rules, the brief's words and the brand."""

    name = "local"
    model = "rules-v1"

    def plan(
        self, brief: Brief, *, owner: str, product_asset: ProductAsset | None = None, seed: int | None = None
    ) -> AdProject:
        """A new ad that passes :func:`adgen.project.validate_new_ad`.

        Raises :class:`PlanError` for a duration outside 5–120 s or a malformed brand colour.
        """
        total = DEFAULT_DURATION_SEC if brief.duration_sec is None else float(brief.duration_sec)
        if not AD_MIN_SEC <= total <= AD_MAX_SEC:
            raise PlanError(
                f"An ad must be {AD_MIN_SEC:g}–{AD_MAX_SEC:g} seconds long; {total:g} s was asked for."
            )
        colours = brand_colours(brief.colors)
        seed = brief_seed(brief) if seed is None else int(seed)
        mood = resolve_mood(brief)
        look = MOODS.get(mood, MOODS["energetic"])
        palette = colours or list(look.palette)
        style = Style(
            mood=mood,
            palette=palette,
            lighting=look.lighting,
            visual_style=look.visual_style,
            music_mood=look.music_mood,
        )
        brand = Brand(
            name=(brief.brand_name or "").strip()[:80],
            colors=colours,
            tagline=_fit(brief.tagline) if brief.tagline and brief.tagline.strip() else None,
        )
        roles = plan_roles(brief, total)
        weights = [_ROLE_LAYOUT[r][0] for r in roles]
        copy = _Copywriter(brief, brand, mood, seed)
        texts, durations = timed_copy(copy, roles, total, weights)
        has_product = product_asset is not None
        scenes: list[Scene] = []
        showcase_index = 0
        for number, (role, length, text) in enumerate(zip(roles, durations, texts, strict=True), start=1):
            scenes.append(
                Scene(
                    id=f"scene_{number}",
                    role=role,
                    duration_sec=length,
                    background_prompt=background_prompt(
                        role, style, copy.subject, brand.name, showcase_index
                    ),
                    overlay=overlay_for(role, text, palette),
                    product=placement_for(role, has_product, showcase_index),
                )
            )
            if role == "showcase":
                showcase_index += 1
        project = AdProject(
            owner=owner,
            brief=brief.text[:BRIEF_MAX_CHARS],
            brand=brand,
            product_asset=product_asset,
            style=style,
            duration_sec=total,
            scenes=scenes,
            audio=Audio(mood=style.music_mood),
            seed=seed,
        )
        validate_new_ad(project)
        return with_voiceover(project, brief)


def brief_seed(brief: Brief) -> int:
    """A seed derived from the brief, so the same brief always plans (and renders) the same ad."""
    digest = hashlib.sha256(f"{brief.text}|{brief.brand_name}|{brief.mood}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def brand_colours(colours: list[str]) -> list[str]:
    result: list[str] = []
    for colour in colours:
        text = colour.strip()
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", text):
            raise PlanError(f"{colour!r} is not a colour like #FF8800.")
        if text.upper() not in result:
            result.append(text.upper())
    return result[:8]


def scene_count(total_sec: float) -> int:
    """3 scenes up to 15 s, 4 up to 25 s, 5 up to 40 s, 6 beyond."""
    if total_sec <= 15:
        return 3
    if total_sec <= 25:
        return 4
    if total_sec <= 40:
        return 5
    return 6


def plan_roles(brief: Brief, total_sec: float) -> list[SceneRole]:
    """hook, problem?, showcase x k, social_proof?, cta — extras by the brief's words and length.

    A brief that lists its scenes gets them in its order (with a hook first, a showcase and a
    CTA last added if it left them out, as every new ad has); one that gives only a count gets
    that many.
    """
    if brief.scene_roles:
        return listed_roles(brief.scene_roles)
    slots = brief.scene_count or scene_count(total_sec)
    text = brief.text
    extras: list[SceneRole] = []
    if _has_any(text, PROBLEM_WORDS) or total_sec > 40:
        extras.append("problem")
    if _has_any(text, SOCIAL_WORDS) or total_sec > 25:
        extras.append("social_proof")
    while extras and slots - 2 - len(extras) < 1:
        extras.pop()
    showcases = slots - 2 - len(extras)
    roles: list[SceneRole] = ["hook"]
    if "problem" in extras:
        roles.append("problem")
    roles.extend(["showcase"] * showcases)
    if "social_proof" in extras:
        roles.append("social_proof")
    roles.append("cta")
    return roles


def listed_roles(listed: list[str]) -> list[SceneRole]:
    """The roles a brief listed, made a valid new ad: hook first, a showcase, CTA last."""
    roles: list[SceneRole] = [r for r in listed if r in _ROLE_LAYOUT]  # type: ignore[misc]
    if not roles or roles[0] != "hook":
        roles.insert(0, "hook")
    if "cta" in roles[1:-1]:
        roles.remove("cta")
    if roles[-1] != "cta":
        roles.append("cta")
    if "showcase" not in roles:
        roles.insert(len(roles) - 1, "showcase")
    return roles


def split_duration(total_sec: float, weights: list[float]) -> list[float]:
    """Split ``total_sec`` by ``weights`` into lengths that sum to it exactly.

    Works in whole centiseconds, on a 0.1 s grid when the total allows it (largest remainder
    rounding), so the sum is exact and the numbers read well ("4.5 s", not "4.4667 s").
    """
    units = round(total_sec * 100)
    quantum = 10 if units % 10 == 0 else 1
    steps = units // quantum
    weight_sum = sum(weights)
    raw = [w / weight_sum * steps for w in weights]
    parts = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: (-(raw[i] - parts[i]), i))[: steps - sum(parts)]:
        parts[i] += 1
    lengths = [p * quantum / 100 for p in parts]
    for length in lengths:
        if not SCENE_MIN_SEC <= length <= SCENE_MAX_SEC:
            raise PlanError(
                f"{total_sec:g} s cannot be split into {len(weights)} scenes of "
                f"{SCENE_MIN_SEC:g}–{SCENE_MAX_SEC:g} s each."
            )
    return lengths


def _showcase_indices(roles: list[SceneRole]) -> list[int]:
    out, count = [], 0
    for role in roles:
        out.append(count)
        count += role == "showcase"
    return out


def timed_copy(
    copy: _Copywriter, roles: list[SceneRole], total: float, weights: list[float]
) -> tuple[list[str], list[float]]:
    """Each scene's words and length, so that every text stays on screen long enough to be read
    (the pre-flight check's words / 3 + 0.5 s). The lengths follow the roles' weights; a scene
    whose words need longer gets that time from the others; when the ad is too short for all the
    words, the longest texts give way to shorter copy of their role."""
    indices = _showcase_indices(roles)
    texts = [copy.text(role, i) for role, i in zip(roles, indices, strict=True)]
    short = [copy.short_text(role, i) for role, i in zip(roles, indices, strict=True)]
    while True:
        needs = [reading_time(t) for t in texts]
        lengths = split_duration(total, weights)
        if all(length >= need - 1e-6 for length, need in zip(lengths, needs, strict=True)):
            return texts, lengths
        fitted = split_duration_with_minimums(total, weights, needs)
        if fitted is not None:
            return texts, fitted
        longer = [i for i in range(len(texts)) if reading_time(short[i]) < needs[i]]
        if not longer:  # nothing shorter to say: the check will name the scene
            return texts, lengths
        worst = max(longer, key=lambda i: needs[i] - reading_time(short[i]))
        texts[worst] = short[worst]


def split_duration_with_minimums(
    total_sec: float, weights: list[float], minimums: list[float]
) -> list[float] | None:
    """:func:`split_duration` with each part at least its minimum (None when the minimums do not
    fit): the parts held at their minimum are rounded up to the grid, the others share the rest
    by weight."""
    units = round(total_sec * 100)
    quantum = 10 if units % 10 == 0 else 1
    steps = units // quantum
    floor = [
        max(math.ceil(m * 100 / quantum - 1e-6), math.ceil(SCENE_MIN_SEC * 100 / quantum)) for m in minimums
    ]
    if sum(floor) > steps:
        return None
    held: set[int] = set()
    while True:
        free = [i for i in range(len(weights)) if i not in held]
        room = steps - sum(floor[i] for i in held)
        weight_sum = sum(weights[i] for i in free)
        raw = {i: weights[i] / weight_sum * room for i in free}
        under = [i for i in free if raw[i] < floor[i]]
        if not under:
            break
        held.update(under)
    parts = [floor[i] if i in held else int(raw[i]) for i in range(len(weights))]
    for i in sorted(free, key=lambda i: (-(raw[i] - int(raw[i])), i))[: steps - sum(parts)]:
        parts[i] += 1
    lengths = [p * quantum / 100 for p in parts]
    if any(not SCENE_MIN_SEC <= length <= SCENE_MAX_SEC for length in lengths):
        return None
    return lengths


def background_prompt(role: str, style: Style, subject: str, brand_name: str, showcase_index: int = 0) -> str:
    """The text-to-video prompt of one scene: the shot, then mood, palette, lighting and look."""
    thing = subject if subject != "it" else (brand_name or "the product")
    look = MOODS.get(style.mood)
    shots = {
        "hook": f"eye-catching opening shot teasing {thing}, bold reveal",
        "problem": "everyday frustration before the solution, muted cluttered scene",
        "showcase": (
            f"{thing} hero shot on a clean studio backdrop, slow camera push-in"
            if showcase_index % 2 == 0
            else f"{thing} in use, lifestyle close-up, gentle parallax"
        ),
        "social_proof": f"happy customers enjoying {thing}, warm candid moment",
        "cta": f"bold closing frame for {brand_name or thing}, clean space for text",
    }
    parts = [
        shots[role],
        f"{style.mood} mood",
        f"{palette_words(style.palette)} palette" if style.palette else "",
        f"{style.lighting} lighting",
        f"{style.visual_style} style",
        look.motion if look else "",
        "no text, no logos",
    ]
    return ", ".join(p for p in parts if p)[:1000]


def overlay_for(role: str, text: str, palette: list[str]) -> Overlay:
    """Overlay of one role: position and size by role, the CTA in the brand accent when readable."""
    _, position, size = _ROLE_LAYOUT[role]
    colour = "#FFFFFF"
    if role == "cta" and palette:
        accents = [c for c in palette if luminance(c) >= 0.35]
        if accents:
            colour = accents[-1]
    return Overlay(text=text, position=position, font_size=size, color=colour)


def placement_for(role: str, has_product: bool, showcase_index: int = 0) -> ProductPlacement:
    """The product shows in showcases and the CTA, when there is a product image at all."""
    if not has_product or role not in ("showcase", "cta"):
        return ProductPlacement(visible=False, scale=0.5, position="center")
    if role == "cta":
        return ProductPlacement(visible=True, scale=0.4, position="bottom")
    position = ("center", "right", "left")[showcase_index % 3]
    return ProductPlacement(visible=True, scale=0.55 if position == "center" else 0.5, position=position)


# Longest page sentence a grounded showcase quotes as its on-screen text.
_FACT_MAX_CHARS = 90


class _Copywriter:
    """On-screen words per role, from the brief's own words, the brand and the mood.

    A grounded brief (made from a product page) makes no claim of its own: showcases and social
    proof quote the page's sentences (``Brief.facts``) in order, or say nothing but the product.
    """

    def __init__(self, brief: Brief, brand: Brand, mood: str, seed: int) -> None:
        self.brief = brief
        self.brand = brand
        self.mood = mood if mood in _HOOKS else "energetic"
        self.seed = seed
        self.subject, self.spoken_subject = _subject(brief)
        self._facts = iter([f for f in brief.facts or [] if len(f) <= _FACT_MAX_CHARS])

    def _benefits(self) -> list[str]:
        return _benefits(self.brief.text, (self.brief.product, self.brief.brand_name, self.brand.name))

    def _page_fact(self) -> str | None:
        return next(self._facts, None)

    def _fill(self, template: str) -> str:
        subject = self.spoken_subject if self.subject != "it" else (self.brand.name or "this")
        return _sentence_case(template.replace("{S}", _sentence_case(subject)).replace("{s}", subject))

    def text(self, role: str, showcase_index: int) -> str:
        return _fit(getattr(self, f"_{role}")(showcase_index))

    def short_text(self, role: str, showcase_index: int) -> str:
        """Fewer words for the same role, for a scene too short to read the usual ones."""
        benefits = self._benefits()[:2]
        short = {
            "hook": self._fill("Meet {s}"),
            "problem": "Still settling?",
            "showcase": _benefit_line(benefits) if benefits else "Made to stand out",
            "social_proof": "Customers love it",
            "cta": (self.brief.cta_text or "").strip() or _CTAS[self.mood],
        }[role]
        return _fit(short)

    def _hook(self, _: int) -> str:
        problem = _problem_phrase(self.brief.text)
        if problem:
            return _sentence_case(f"Tired of {problem}?")
        question = _question(self.brief.text)
        if question:
            return question
        hooks = _HOOKS[self.mood]
        if self.brief.grounded:  # an ad made from a page names its product from the first scene
            hooks = tuple(h for h in hooks if "{s}" in h.lower())
        return self._fill(_pick(hooks, self.seed))

    def _problem(self, _: int) -> str:
        problem = _problem_phrase(self.brief.text)
        if problem:
            return _sentence_case(f"No more {problem}")
        return "Still settling for less?"

    def _showcase(self, index: int) -> str:
        if self.brief.grounded:
            fact = self._page_fact()
            return fact or self._fill("See {s} up close" if index == 0 else "Take a closer look")
        benefits = self._benefits()
        if index == 0:
            if benefits:
                return _benefit_line(benefits)
            return self._fill("{S}, made to stand out")
        if self.brief.audience and self.brief.audience.strip():
            return _sentence_case(f"Made for {_clip_words(self.brief.audience.strip(), 6)}")
        if index == 1:
            return self._fill("See {s} in action")
        return self._fill("Every detail, done right")

    def _social_proof(self, _: int) -> str:
        if self.brief.grounded:  # no invented praise: a page sentence, or an invitation
            return self._page_fact() or "See it for yourself"
        if self.brief.audience and self.brief.audience.strip():
            return _sentence_case(f"Loved by {_clip_words(self.brief.audience.strip(), 5)}")
        return "Customers love it"

    def _cta(self, _: int) -> str:
        action = (self.brief.cta_text or "").strip() or _CTAS[self.mood]
        signoff = self.brand.tagline or self.brand.name
        return f"{action}\n{signoff}" if signoff else action


__all__ = [
    "DEFAULT_DURATION_SEC",
    "LocalPlanner",
    "MOODS",
    "PlanError",
    "background_prompt",
    "brand_colours",
    "brief_seed",
    "colour_name",
    "overlay_for",
    "palette_words",
    "placement_for",
    "listed_roles",
    "plan_roles",
    "resolve_mood",
    "scene_count",
    "split_duration",
    "split_duration_with_minimums",
    "timed_copy",
]
