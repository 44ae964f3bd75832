"""Voice-over lines that fit their scene: written offline from templates by role and mood, the
product, the brief's facts and the call to action, and timed before any audio exists.

A line fits when it is spoken at a natural pace (about 2.5-3 words a second) inside the scene,
leaving a short breath before it and after it. :func:`estimate_seconds` predicts how long any
line takes (syllables, numbers read out, pauses at punctuation); for the offline voice the exact
length is cheap to measure too (espeak-ng speaks a line in about 15 ms): :func:`measure_seconds`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # this module stays importable on its own (the edit operations use its estimates)
    from adgen.voice.types import VoiceSpec

LEAD_IN_SEC = 0.25  # silence before the first word of a scene
TAIL_SEC = 0.35  # breath after the last word, before the cut
TARGET_WPS = 2.7  # natural pace of ad voice-over, written words a second
MAX_WPS = 3.0
# Least-squares fit to espeak-ng at rate 1.0 over the lines the templates below write (66
# lines); on 8 held-out lines the estimate is within 7 % on average, 14 % at worst (tests).
SEC_PER_SYLLABLE = 0.127
SEC_PER_WORD = 0.10
SEC_PER_LINE = 0.05
PAUSE_SEC = {",": 0.28, ";": 0.4, ":": 0.4, "—": 0.36, "–": 0.36, ".": 0.72, "!": 0.72, "?": 0.72}

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
_ONES += "sixteen seventeen eighteen nineteen"
_SYMBOL_WORDS = {
    "%": "percent",
    "&": "and",
    "+": "plus",
    "$": "dollars",
    "€": "euros",
    "£": "pounds",
    "@": "at",
}


@dataclass(frozen=True)
class VoiceoverLine:
    """A written line and how long it is expected to take at rate 1.0."""

    text: str
    estimated_sec: float

    @property
    def words(self) -> int:
        return len(self.text.split())


# --- how long a line takes -----------------------------------------------------------------


def _number_words(digits: str) -> list[str]:
    """A number as it is read out, enough to count syllables ("2024" -> twenty twenty-four)."""
    value = int(digits[:12]) if digits else 0
    if value < 20:
        return [_ONES.split()[value]]
    if value < 100:
        tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"][value // 10 - 2]
        return [tens] + (_number_words(str(value % 10)) if value % 10 else [])
    if len(digits) == 4 and 1100 <= value <= 2099 and value % 100:  # years are read in pairs
        return _number_words(digits[:2]) + _number_words(digits[2:])
    if value < 1000:
        rest = _number_words(str(value % 100)) if value % 100 else []
        return _number_words(str(value // 100)) + ["hundred"] + rest
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if value >= size:
            rest = _number_words(str(value % size)) if value % size else []
            return _number_words(str(value // size)) + [name] + rest
    return ["number"]


def _syllables(word: str) -> int:
    """Vowel groups of an English word, a silent final e dropped; at least one."""
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def spoken_words(text: str) -> list[str]:
    """The words a voice says for a line: numbers and symbols read out, initialisms spelled."""
    out: list[str] = []
    for token in re.findall(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+(?:'[^\W\d_]+)?|[%&+$€£@]", text):
        if token[0].isdigit():
            whole, _, frac = token.partition(".")
            out += _number_words(whole.replace(",", "")) + (["point"] + list(frac) if frac else [])
        elif token in _SYMBOL_WORDS:
            out.append(_SYMBOL_WORDS[token])
        elif token.isalpha() and token.isupper() and 2 <= len(token) <= 4:
            out += list(token)  # "USA", "FAQ": letter by letter
        elif any(ord(ch) >= 0x2E80 for ch in token):  # CJK and kana: about a syllable a character
            out += ["a"] * len(token)
        else:
            out.append(token)
    return out


def estimate_seconds(text: str, rate: float = 1.0) -> float:
    """How long a line takes to say at ``rate`` (1.0 natural), first word to last: syllables and
    words at a steady pace plus pauses at punctuation inside the line; no audio is made."""
    words = spoken_words(text)
    if not words:
        return 0.0
    syllables = sum(_syllables(w) if w.isalpha() and len(w) > 1 else 1 for w in words)
    body = text.rstrip().rstrip(".!?…")
    pauses = sum(PAUSE_SEC.get(ch, 0.0) for ch in body)
    return (SEC_PER_LINE + syllables * SEC_PER_SYLLABLE + len(words) * SEC_PER_WORD + pauses) / rate


def measure_seconds(text: str, spec: VoiceSpec | None = None) -> float:
    """The exact spoken length of a line with the offline voice (first word to last)."""
    from adgen.voice.espeak import EspeakEngine, speakable, word_timings
    from adgen.voice.types import VoiceSpec

    engine = EspeakEngine()
    spec = spec or VoiceSpec()
    raw = engine.raw(text, spec)
    words = word_timings(speakable(text), raw.word_events, raw.samples, raw.rate)
    return (words[-1].end - words[0].start) if words else 0.0


def speech_budget(duration_sec: float) -> float:
    """Seconds of a scene that speech may fill."""
    return max(0.0, duration_sec - LEAD_IN_SEC - TAIL_SEC)


def fits(text: str, duration_sec: float, rate: float = 1.0) -> bool:
    return estimate_seconds(text, rate) <= speech_budget(duration_sec)


def scene_duration_for(speech_sec: float) -> float:
    """The scene length that holds speech of this length with its breaths (to stretch a scene)."""
    return round(speech_sec + LEAD_IN_SEC + TAIL_SEC + 0.05, 2)


# --- writing a line --------------------------------------------------------------------------

_MOOD_OPENERS: dict[str, tuple[str, ...]] = {
    "energetic": ("Ready for a boost?", "Let's go."),
    "calm": ("Take a breath.", "Slow down for a moment."),
    "luxurious": ("Some things are worth savouring.", "Indulge a little."),
    "playful": ("Guess what?", "Okay, hear us out."),
    "dramatic": ("Everything is about to change.", "This changes everything."),
    "warm": ("Made for moments like this.", "Here's to the little things."),
    "fresh": ("Start fresh.", "Feel the difference."),
    "professional": ("Work smarter.", "Here's the better way."),
}

_TEMPLATES: dict[str, tuple[str, ...]] = {
    "hook": ("{opener} {screen}", "{opener} Meet {product}.", "{screen}", "Meet {product}.", "{product}."),
    "problem": (
        "{screen} There's a better way.",
        "{screen} You deserve better.",
        "{screen}",
        "Still settling for less?",
    ),
    "showcase": (
        "This is {product}: {facts}.",
        "{product}. {facts}.",
        "{screen} That's {product}.",
        "{facts}.",
        "{screen}",
        "{product}.",
    ),
    "social_proof": (
        "People can't stop talking about {product}. {screen}",
        "{screen} See why people love {product}.",
        "{screen}",
        "Loved by customers.",
    ),
    "cta": ("{cta}. {brand}, {closing}.", "{cta} at {brand}.", "{cta}. {brand}.", "{cta}."),
}
_CLOSINGS = {
    "energetic": "let's go",
    "calm": "take it easy",
    "luxurious": "pure indulgence",
    "playful": "you'll love it",
    "dramatic": "don't miss it",
    "warm": "made with love",
    "fresh": "feel the difference",
    "professional": "built for results",
}


def _sentence(text: str) -> str:
    """One spoken sentence from on-screen text: line breaks read as pauses, ending punctuated."""
    parts = [p.strip() for p in re.split(r"\n+", text) if p.strip()]
    joined = ". ".join(p.rstrip(".!?…") if i < len(parts) - 1 else p for i, p in enumerate(parts))
    joined = " ".join(joined.split())
    return joined if not joined or joined[-1] in ".!?…" else joined + "."


def _join_facts(facts: list[str]) -> str:
    facts = [f.strip().rstrip(".") for f in facts if f and f.strip()]
    if len(facts) <= 1:
        return facts[0] if facts else ""
    return ", ".join(facts[:-1]) + " and " + facts[-1]


def _fill(template: str, values: dict[str, str]) -> str | None:
    needed = re.findall(r"{(\w+)}", template)
    if any(not values.get(name) for name in needed):
        return None
    text = template.format(**values)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"([.!?])\.", r"\1", text)
    return text[:1].upper() + text[1:]


def write_line(
    role: str,
    duration_sec: float,
    *,
    on_screen_text: str = "",
    facts: list[str] | None = None,
    product: str = "",
    brand: str = "",
    cta: str = "",
    mood: str = "energetic",
    rate: float = 1.0,
    seed: int = 0,
) -> VoiceoverLine:
    """The voice-over line for one scene, deterministic for the same inputs.

    Every template of the role is filled with what is known (a template needing something
    missing is skipped); of the lines that fit the scene at ``rate`` the longest is taken, so
    the voice fills the scene at its natural pace (the seed picks the mood's opener). When nothing fits
    (a very short scene), the shortest candidate is cut to the words that fit.
    """
    facts = [f for f in (facts or []) if f.strip()]
    mood = mood if mood in _MOOD_OPENERS else "energetic"
    screen = _sentence(on_screen_text)
    cta_line = cta.strip() or (on_screen_text.strip().splitlines() or [""])[0]
    values = {
        "screen": screen,
        "product": product.strip() or brand.strip(),
        "brand": brand.strip() or product.strip(),
        "cta": cta_line.rstrip(".!?"),
        "facts": _join_facts(facts[:3]),
        "opener": _MOOD_OPENERS[mood][seed % 2],
        "closing": _CLOSINGS[mood],
    }
    candidates = []
    for template in _TEMPLATES.get(role, _TEMPLATES["showcase"]):
        text = _fill(template, values)
        if text and text not in candidates:
            candidates.append(text)
    if not candidates:
        candidates = [screen or values["product"] or "Take a look."]
    budget = speech_budget(duration_sec)
    fitting = [c for c in candidates if estimate_seconds(c, rate) <= budget]
    if fitting:
        best = max(fitting, key=lambda c: estimate_seconds(c, rate))
        return VoiceoverLine(best, round(estimate_seconds(best, rate), 2))
    words = min(candidates, key=lambda c: estimate_seconds(c, rate)).split()
    while len(words) > 1 and estimate_seconds(" ".join(words), rate) > budget:
        words.pop()
    text = " ".join(words).rstrip(",;:")
    return VoiceoverLine(text, round(estimate_seconds(text, rate), 2))


__all__ = [
    "LEAD_IN_SEC",
    "TAIL_SEC",
    "TARGET_WPS",
    "VoiceoverLine",
    "estimate_seconds",
    "fits",
    "measure_seconds",
    "scene_duration_for",
    "speech_budget",
    "spoken_words",
    "write_line",
]
