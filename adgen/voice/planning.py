"""A new ad's voice-over, written by both planners (offline and OpenAI) the same way: one line
per scene that fits the scene at a natural pace (:func:`adgen.voice.script.write_line`, about
2.7 words a second), made only of what the ad already says: the scene's on-screen text, the
product and brand names, the call to action and, for an ad made from a product page, the page's
own sentences. A social-proof scene says only its on-screen text (a line like "loved by
customers" would be a claim nobody made).

The default: every new ad gets its lines written (so "add a voice-over" has something to say),
but the voice is on only when the brief asks for one ("with a voice-over", "narrated", "a
voice saying ..."); captions come on with the voice (most ads are watched muted).
"""

from __future__ import annotations

import re

from adgen.pipeline.types import Brief
from adgen.project import VOICEOVER_MAX_CHARS, AdProject, Captions, Voiceover, VoiceSettings
from adgen.voice.script import estimate_seconds, speech_budget, write_line

_ASKS_FOR_VOICE = re.compile(
    r"\b(voice[\s-]?overs?|vo\b|narrat(?:ed|ion|or|e)|spoken|voiced|with (?:a )?voice|a voice (?:saying|that says)"
    r"|read (?:out|aloud)|talking)\b",
    re.IGNORECASE,
)
_NO_VOICE = re.compile(r"\b(no|without)\s+(?:a\s+)?(voice[\s-]?overs?|narration|voice)\b", re.IGNORECASE)


def brief_asks_for_voice(text: str) -> bool:
    """Whether a brief asks for a spoken voice-over (and does not refuse one)."""
    return bool(_ASKS_FOR_VOICE.search(text or "")) and not _NO_VOICE.search(text or "")


def _facts(brief: Brief) -> list[str]:
    """Claims a line may make beyond the on-screen text: only a product page's own sentences."""
    return [f for f in (brief.facts or []) if len(f.split()) <= 12]


def _said_as_shown(on_screen: str, duration_sec: float) -> str:
    """The on-screen text as one spoken sentence, cut to the words that fit the scene."""
    words = " ".join(p.strip().rstrip(".!?") + "." for p in on_screen.splitlines() if p.strip()).split()
    while len(words) > 1 and estimate_seconds(" ".join(words)) > speech_budget(duration_sec):
        words.pop()
    return " ".join(words)


def with_voiceover(project: AdProject, brief: Brief) -> AdProject:
    """The planned ad with a voice-over line in every scene; voice and captions on when the
    brief asks for a voice."""
    product = (brief.product or project.brand.name or "").strip()
    data = project.model_dump()
    for number, scene in enumerate(project.scenes):
        if scene.role == "social_proof":
            text = _said_as_shown(scene.overlay.text, scene.duration_sec)
        else:
            text = write_line(
                scene.role,
                scene.duration_sec,
                on_screen_text=scene.overlay.text,
                facts=_facts(brief) if scene.role == "showcase" else None,
                product=product,
                brand=project.brand.name,
                cta=brief.cta_text or (scene.overlay.text if scene.role == "cta" else ""),
                mood=project.style.mood,
                seed=project.seed + number,
            ).text
        data["scenes"][number]["voiceover"] = Voiceover(text=text[:VOICEOVER_MAX_CHARS]).model_dump()
    if brief_asks_for_voice(brief.text):
        data["voice"] = VoiceSettings(enabled=True).model_dump()
        data["captions"] = Captions(enabled=True).model_dump()
    return AdProject.model_validate(data)


__all__ = ["brief_asks_for_voice", "with_voiceover"]
