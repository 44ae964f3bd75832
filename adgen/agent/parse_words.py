"""The offline parser's vocabulary: the mapping tables from words to document values.

Part of :mod:`adgen.agent.parser`. These tables are the contract between the marketer's words
and the operations; the LLM path is told the same mapping (see the parser's docstring).

``LOOK``: relative look words. For one scene they append ``scene_phrase`` to the scene's
background prompt (same seed, so only the look changes); for the whole ad they set
``field`` of the style to ``value``.

``MUSIC``: music moods ("calmer music" -> music_mood "calm").

``HOOK_LINES`` / ``CTA_LINES``: alternative on-screen lines for "a different hook/CTA",
picked deterministically from the brief.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LookWord:
    pattern: str
    field: str          # the Style field set for the whole ad: lighting / mood / visual_style
    value: str          # the value it is set to
    scene_phrase: str   # appended to one scene's background prompt


_MORE = r"(?:(?:a\s+(?:bit|little|touch|lot)\s+|slightly\s+|much\s+|way\s+|even\s+|far\s+|lots\s+)?(?:more\s+)?)"

LOOK: tuple[LookWord, ...] = (
    LookWord(r"brighter|more\s+bright|lighter|less\s+dark|more\s+light|more\s+sun(?:light|ny)?|sunnier|brighten(?:\s+up)?|bright", "lighting", "bright", "brighter"),
    LookWord(r"darker|more\s+dark|dimmer|less\s+bright|moodier|more\s+moody|darken|dark|moody", "lighting", "dark", "darker"),
    LookWord(r"warmer|more\s+warm(?:th)?|less\s+cold|less\s+cool|warm(?:\s+it)?\s+up|warm", "lighting", "warm", "warmer"),
    LookWord(r"cooler|colder|more\s+cool|less\s+warm|cool(?:\s+it)?\s+down|cold", "lighting", "cool", "cooler"),
    LookWord(r"more\s+contrast|higher\s+contrast|more\s+contrasty|contrastier|punchier\s+contrast|(?:increase|boost)\s+(?:the\s+)?contrast|high[\s-]contrast", "lighting", "high contrast", "more contrast"),
    LookWord(r"more\s+dramatic|more\s+drama|dramatic", "lighting", "dramatic", "more dramatic"),
    LookWord(r"softer|more\s+soft|gentler|soft", "lighting", "soft", "softer"),
    LookWord(r"calmer|more\s+calm|calm(?:\s+it\s+down)?|more\s+relaxed|relaxed|more\s+chill|chill(?:er)?|more\s+peaceful|peaceful|more\s+serene|serene|tranquil|more\s+tranquil", "mood", "calm", "calmer"),
    LookWord(r"more\s+luxurious|luxurious|more\s+luxury|luxury|more\s+premium|premium|more\s+elegant|elegant|classier|more\s+classy|classy|more\s+upscale|upscale|high[\s-]end|fancier|more\s+sophisticated|sophisticated|posher", "mood", "luxurious", "more luxurious"),
    LookWord(r"more\s+energetic|energetic|more\s+energy|livelier|more\s+lively|lively|more\s+exciting|exciting|more\s+dynamic|dynamic|punchier|more\s+punchy|punchy|more\s+upbeat|upbeat|more\s+intense|intense", "mood", "energetic", "more energetic"),
    LookWord(r"more\s+playful|playful|more\s+fun|fun|funnier|more\s+whimsical|whimsical|more\s+cheerful|cheerful|happier", "mood", "playful", "more playful"),
    LookWord(r"more\s+professional|professional|more\s+corporate|corporate|more\s+serious|serious", "mood", "professional", "more professional"),
    LookWord(r"more\s+colou?rful|colou?rful|more\s+vibrant|vibrant|more\s+saturated|saturated|more\s+vivid|vivid|more\s+colou?r|bolder\s+colou?rs|more\s+pop", "visual_style", "vibrant", "more colourful"),
    LookWord(r"more\s+muted|muted|less\s+colou?rful|desaturated|less\s+saturated|washed[\s-]out", "visual_style", "muted", "more muted"),
    LookWord(r"more\s+minimal(?:ist)?|minimal(?:ist)?|simpler|cleaner|less\s+cluttered|less\s+busy", "visual_style", "minimal", "more minimal"),
    LookWord(r"more\s+cinematic|cinematic|more\s+filmic|filmic", "visual_style", "cinematic", "more cinematic"),
    LookWord(r"more\s+retro|retro|vintage|more\s+vintage|nostalgic", "visual_style", "retro", "more retro"),
    LookWord(r"more\s+modern|modern|sleeker|more\s+sleek|sleek|contemporary|futuristic", "visual_style", "modern", "more modern"),
)

LOOK_RE = re.compile(
    "|".join(rf"(?P<l{i}>\b{_MORE}(?:{w.pattern})\b)" for i, w in enumerate(LOOK)), re.I
)


def find_looks(text: str) -> list[tuple[int, int, LookWord]]:
    """Every look word in the text, in order, without repeats."""
    found: list[tuple[int, int, LookWord]] = []
    seen: set[int] = set()
    for m in LOOK_RE.finditer(text):
        index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        if index not in seen:
            seen.add(index)
            found.append((m.start(), m.end(), LOOK[index]))
    return found


# Music moods: (pattern, music_mood value).
MUSIC: tuple[tuple[str, str], ...] = (
    (r"calmer|calm|more\s+relaxed|relaxing|relaxed|chill(?:er)?|mellow(?:er)?|gentler|gentle|peaceful|soothing|slower|less\s+intense|softer\s+style|soft|quieter\s+style", "calm"),
    (r"more\s+upbeat|upbeat|happier|happy|cheerful|more\s+cheerful|faster|livelier|lively|more\s+energetic|energetic|more\s+energy|high[\s-]energy|fun(?:ner)?|more\s+fun|pumping|punchier|more\s+exciting|exciting|dancier|danceable|groovy|groovier|poppy|pop", "upbeat"),
    (r"more\s+epic|epic|cinematic|orchestral|more\s+dramatic|dramatic|heroic|grand|intense|more\s+intense|anthemic", "epic"),
    (r"more\s+luxurious|luxurious|elegant|classy|sophisticated|premium", "luxurious"),
    (r"jazz(?:y|ier)?", "jazz"),
    (r"lo[\s-]?fi", "lo-fi"),
    (r"electronic|edm|techno|synth(?:wave|y)?|house", "electronic"),
    (r"acoustic|folk|guitar", "acoustic"),
    (r"rock(?:y|ier)?", "rock"),
    (r"hip[\s-]?hop|rap|trap", "hip hop"),
    (r"piano", "piano"),
    (r"ambient", "ambient"),
    (r"emotional|sad|moving|touching|sentimental|romantic|inspiring|uplifting", "emotional"),
    (r"tense|suspenseful|darker|dark|mysterious", "tense"),
    (r"classical", "classical"),
)
MUSIC_RE = re.compile(
    "|".join(rf"(?P<m{i}>\b{_MORE}(?:{p})\b)" for i, (p, _) in enumerate(MUSIC)), re.I
)


def find_music_mood(text: str) -> str | None:
    m = MUSIC_RE.search(text)
    if not m:
        return None
    index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
    return MUSIC[index][1]


HOOK_LINES: tuple[str, ...] = (
    "Stop scrolling.",
    "You need to see this",
    "Wait until you try this",
    "This changes everything",
    "Ready for something better?",
    "Your new favourite is here",
)
CTA_LINES: tuple[str, ...] = (
    "Shop now",
    "Get yours today",
    "Try it today",
    "Order now",
    "Grab yours now",
    "Don't miss out",
)
ALTERNATIVE_LINES = {"hook": HOOK_LINES, "cta": CTA_LINES}


def alternative_line(role: str, brief: str, current: str) -> str | None:
    """A different on-screen line for a hook or CTA: chosen from the brief, never the current one."""
    lines = ALTERNATIVE_LINES.get(role)
    if not lines:
        return None
    start = int(hashlib.sha256(brief.encode("utf-8")).hexdigest(), 16) % len(lines)
    for step in range(len(lines)):
        line = lines[(start + step) % len(lines)]
        if line.casefold().rstrip(".!?") != current.casefold().strip().rstrip(".!?"):
            return line
    return None
