"""The kit's voice applied to on-screen copy: words to avoid never appear, tone words shape it.

One set of rules for both planners: the offline planner's lines go through :func:`repair_copy`,
and the OpenAI planner gets :func:`planner_instructions` in its prompt *and* has its answer
repaired the same way, since a model may not obey. Matching is case-insensitive on whole words
("cheap" matches "Cheap!" but not "cheapskate"); a phrase matches across spaces or hyphens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adgen.brand.model import BrandKit

# Words marketers often ban, with a neutral stand-in ("" drops the word). A kit's own
# replacements win over these.
NEUTRAL_ALTERNATIVES: dict[str, str] = {
    "cheap": "affordable",
    "cheapest": "most affordable",
    "best": "great",
    "amazing": "great",
    "incredible": "great",
    "awesome": "great",
    "revolutionary": "new",
    "game-changing": "new",
    "game changer": "new favourite",
    "ultimate": "",
    "literally": "",
    "very": "",
    "really": "",
    "guaranteed": "",
    "miracle": "",
    "insane": "",
    "crazy": "",
    "epic": "",
    "killer": "",
}

# The calls to action the offline planner writes by mood when the brief names none (its table,
# kept here so that the kit knows which CTA lines are the planner's and may be replaced by its own).
PLANNER_CTAS: dict[str, str] = {
    "energetic": "Shop now",
    "calm": "Discover more",
    "luxurious": "Discover the collection",
    "playful": "Grab yours today",
    "dramatic": "Get yours now",
    "warm": "Order today",
    "fresh": "Try it today",
    "professional": "Get started today",
}

# Tones that want quiet type: no exclamation marks, no shouted words.
QUIET_TONES = frozenset(
    "calm premium luxurious luxury elegant refined sophisticated understated serious "
    "professional minimal minimalist trustworthy quiet gentle soothing".split()
)
# Tone words -> the planner's moods (adgen.pipeline.services.planner.local.MOODS), for a brief with no mood.
TONE_MOODS: dict[str, str] = {
    "energetic": "energetic", "bold": "energetic", "dynamic": "energetic", "upbeat": "energetic",
    "calm": "calm", "soothing": "calm", "gentle": "calm", "quiet": "calm", "minimal": "calm",
    "luxurious": "luxurious", "luxury": "luxurious", "premium": "luxurious", "elegant": "luxurious",
    "refined": "luxurious", "sophisticated": "luxurious",
    "playful": "playful", "fun": "playful", "cheeky": "playful", "witty": "playful", "quirky": "playful",
    "dramatic": "dramatic", "intense": "dramatic",
    "warm": "warm", "friendly": "warm", "cosy": "warm", "cozy": "warm", "caring": "warm",
    "fresh": "fresh", "natural": "fresh", "clean": "fresh", "bright": "fresh",
    "professional": "professional", "trustworthy": "professional", "expert": "professional",
    "serious": "professional", "confident": "professional",
}  # fmt: skip


@dataclass(frozen=True)
class CopyChange:
    """One repair: what was found and what replaced it ("" when it was dropped)."""

    found: str
    replaced_by: str
    rule: str  # "avoid" or "tone"


@dataclass
class CopyFix:
    text: str
    changes: list[CopyChange] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A whole-word, case-insensitive pattern for a word or phrase (spaces and hyphens alike)."""
    words = [w for w in re.split(r"[\s\-]+", phrase.strip()) if w]
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w']){body}(?![\w'])", re.IGNORECASE)


def find_avoided(text: str, avoid_words: Iterable[str]) -> list[str]:
    """The avoided words or phrases that occur in ``text`` (as the kit spells them)."""
    return [word for word in avoid_words if word.strip() and phrase_pattern(word).search(text or "")]


def _match_case(template: str, replacement: str) -> str:
    if not replacement:
        return replacement
    if template.isupper() and len(template) > 1:
        return replacement.upper()
    if template[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _tidy_line(line: str) -> str:
    line = re.sub(r"[ \t]{2,}", " ", line)
    line = re.sub(r"\s+([,.;:!?…])", r"\1", line)
    line = re.sub(r"([,;:])(?=[,.;:!?…])", "", line)  # "great, , now" -> "great, now"
    line = re.sub(r"^[\s,;:.\-–—]+", "", line)
    line = line.strip()
    return "" if re.fullmatch(r"[\W_]*", line) else line


def _replacement_for(word: str, kit_replacements: Mapping[str, str], avoid: Iterable[str]) -> str:
    lowered = {k.casefold(): v for k, v in kit_replacements.items()}
    choice = lowered.get(word.casefold())
    if choice is None:
        choice = NEUTRAL_ALTERNATIVES.get(word.casefold(), "")
    if choice and find_avoided(choice, avoid):
        return ""  # never swap one avoided word for another
    return choice


def remove_avoided(
    text: str, avoid_words: Iterable[str], replacements: Mapping[str, str] | None = None
) -> CopyFix:
    """``text`` with every avoided word replaced by a neutral alternative, or dropped."""
    avoid = [w.strip() for w in avoid_words if w.strip()]
    # Longest first, so "game changer" is handled before "game".
    rules = [
        (phrase_pattern(w), _replacement_for(w, replacements or {}, avoid))
        for w in sorted(avoid, key=len, reverse=True)
    ]
    changes: list[CopyChange] = []
    lines = []
    for line in (text or "").split("\n"):
        before = len(changes)
        first_word_dropped = False
        for pattern, instead in rules:
            for match in pattern.finditer(line):
                new = _match_case(match.group(0), instead)
                changes.append(CopyChange(found=match.group(0), replaced_by=new, rule="avoid"))
                if not new and not line[: match.start()].strip(" -–—,;:"):
                    first_word_dropped = True
            line = pattern.sub(lambda m, instead=instead: _match_case(m.group(0), instead), line)
        if len(changes) > before:
            line = _tidy_line(line)
            if first_word_dropped:
                line = line[:1].upper() + line[1:]
            if not line:
                continue  # a line that was nothing but avoided words goes
        lines.append(line)
    return CopyFix(text="\n".join(lines), changes=changes)


def quiet_tone(tone_words: Iterable[str]) -> bool:
    return any(w.casefold() in QUIET_TONES for w in tone_words)


def apply_tone(text: str, tone_words: Iterable[str]) -> CopyFix:
    """Quiet tones (calm, premium, professional...) get no exclamation marks and no shouting."""
    if not quiet_tone(tone_words):
        return CopyFix(text=text)
    changes: list[CopyChange] = []

    def calm_word(match: re.Match[str]) -> str:
        word = match.group(0)
        new = word.capitalize()
        changes.append(CopyChange(found=word, replaced_by=new, rule="tone"))
        return new

    # Words of 4+ capitals are shouting; 2-3 letter ones are usually acronyms (USA, SPF).
    text = re.sub(r"\b[A-Z]{4,}\b", calm_word, text)

    def calm_mark(match: re.Match[str]) -> str:
        changes.append(CopyChange(found=match.group(0), replaced_by="", rule="tone"))
        return "."

    text = re.sub(r"!+(?=[ \t]*[^\s!])", calm_mark, text)  # inside a line: a full stop
    lines = []
    for line in text.split("\n"):
        if line.rstrip().endswith("!"):
            changes.append(CopyChange(found="!", replaced_by="", rule="tone"))
            line = line.rstrip().rstrip("!")
        lines.append(line)
    return CopyFix(text="\n".join(lines), changes=changes)


def repair_copy(text: str, kit: BrandKit) -> CopyFix:
    """Planner copy made to follow the kit: avoided words out, then the tone's punctuation."""
    avoided = remove_avoided(text, kit.avoid_words, kit.replacements)
    toned = apply_tone(avoided.text, kit.tone_words)
    return CopyFix(text=toned.text, changes=avoided.changes + toned.changes)


def tone_mood(kit: BrandKit) -> str | None:
    """The planner mood the kit's tone words point to (the first that maps), or None."""
    for word in kit.tone_words:
        mood = TONE_MOODS.get(word.casefold())
        if mood:
            return mood
    return None


def planner_instructions(kit: BrandKit) -> str:
    """A block for the OpenAI planner's prompt that states the kit's voice and rules."""
    lines = [f'Brand kit "{kit.name}" (follow it; it overrides style guesses from the brief):']
    if kit.tone_words:
        lines.append(f"- Voice: {', '.join(kit.tone_words)}. Write every on-screen line in that voice.")
        if quiet_tone(kit.tone_words):
            lines.append("- No exclamation marks and no words in capitals.")
    if kit.avoid_words:
        quoted = ", ".join(f'"{w}"' for w in kit.avoid_words)
        lines.append(f"- Never use these words or phrases, in any capitalisation: {quoted}.")
        for word, instead in kit.replacements.items():
            lines.append(f'  Say "{instead}" instead of "{word}".')
    if kit.default_cta:
        lines.append(f'- The call to action is "{kit.default_cta}" unless the brief asks for another.')
    if kit.tagline:
        lines.append(f'- Tagline: "{kit.tagline}" (it may follow the call to action on a second line).')
    colours = kit.colors.as_list()
    if colours:
        lines.append(f"- Brand colours, use them as the palette: {', '.join(colours)}.")
    return "\n".join(lines)


__all__ = [
    "NEUTRAL_ALTERNATIVES",
    "PLANNER_CTAS",
    "CopyChange",
    "CopyFix",
    "apply_tone",
    "find_avoided",
    "phrase_pattern",
    "planner_instructions",
    "quiet_tone",
    "remove_avoided",
    "repair_copy",
    "tone_mood",
]
