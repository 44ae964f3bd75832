"""A question about the change just made: "what is it at now?" after "music level to 40 percent",
"what colour is it now?" after "make the cta text gold".

Part of :mod:`adgen.agent.understanding`. A question whose only subject is "it" / "that" asks
about the field the last request changed, so it is asked again with that field named (a row of
``SUBJECTS``: (operation, wire field) -> the question that names it) and answered from the
document like any other. A question with a subject of its own ("how long is the ad?") is left as
it is, and so is one whose property word does not fit the last change ("what colour is it?"
after a volume change).
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import ConversationState
from adgen.project import AdProject

_I = re.I

# (operation, wire field) -> the question naming that field ({scene}: "scene 2"), and the one
# for a change of several scenes (whose answer lists them all).
SUBJECTS: dict[tuple[str, str], tuple[str, str]] = {
    ("update_audio", "volume"): ("what is the music volume", "what is the music volume"),
    ("update_style", "musicMood"): ("what is the music mood", "what is the music mood"),
    ("update_overlay", "color"): ("what colour is the {scene} text", "what colour is the text"),
    ("update_overlay", "fontSize"): ("how big is the {scene} text", "how big is the text"),
    ("update_overlay", "position"): (
        "how big is the {scene} text",
        "how big is the text",
    ),  # size, place, colour
    ("update_overlay", "text"): ("what does {scene} say", "what does each scene say"),
    ("update_scene", "durationSec"): ("how long is {scene}", "how long is each scene"),
    ("set_duration", "durationSec"): ("how long is the ad", "how long is the ad"),
    ("update_product", "scale"): ("how big is the product in {scene}", "how big is the product"),
    ("update_product", "position"): ("how big is the product in {scene}", "how big is the product"),
}
# The property a question asks about, and the wire fields it fits.
_PROPERTIES: tuple[tuple[str, frozenset[str]], ...] = (
    (r"colou?r|shade", frozenset({"color"})),
    (r"big|size|large|small", frozenset({"fontSize", "scale", "position"})),
    (r"long|length|duration", frozenset({"durationSec"})),
    (r"loud|volume|level|quiet", frozenset({"volume"})),
    (r"say|says|saying|read|reads|words", frozenset({"text"})),
    (r"where|position|placed", frozenset({"position"})),
    (r"mood|vibe|genre|style", frozenset({"musicMood"})),
)
_PROPERTY_RES = tuple((re.compile(rf"\b(?:{p})\b", _I), fields) for p, fields in _PROPERTIES)
_IT_RE = re.compile(r"\b(?:it|that|this|its|it's|that's)\b", _I)
# Words a question about "it" may have besides its property word: nothing that names a subject.
_ASKING_WORDS_RE = re.compile(
    r"\b(?:what|what's|whats|which|how|where|is|are|was|does|do|did|it|it's|its|that|that's|this|at|now|"
    r"set|to|currently|current|right|exactly|again|then|so|and|ok|okay|the|value|level|be|been|say|says|"
    r"saying|read|reads|colou?r|shade|big|size|large|small|long|length|duration|loud|volume|quiet|where|"
    r"position|placed|mood|vibe|genre|style|hmm+|sorry|wait|remind|me|tell|you|can|could|please|pls|"
    r"on|in|of|after|change|changes|changed|made|make|as|well|there|sitting|sits|stands|going|s|re)\b|[\W_]+",
    _I,
)


# "read it back to me", "can you say that back?", "repeat the new line": the words just set, asked for.
_READ_BACK_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|now|and|please|pls|great|cool|(?:can|could|would)\s+you)\W+)*"
    r"(?:read|say|repeat|recite|play)\s+(?:(?:it|that|this|the\s+(?:line|text|words|copy))\s+(?:back|out|again|out\s+loud)"
    r"|the\s+new\s+(?:line|text|words|copy)(?:\s+(?:back|out|again))?)"
    r"(?:\s+(?:to|for)\s+(?:me|us))?(?:\s+(?:please|pls|again))?\W*$",
    _I,
)


def read_back(text: str) -> str | None:
    """ "read it back to me" as the question it is ("what does it say?"), or None."""
    return "what does it say?" if _READ_BACK_RE.match(text) else None


def last_change_question(text: str, state: ConversationState, project: AdProject | None) -> str | None:
    """The question asked again with the last change's field named, or None when it has a
    subject of its own (or the last request changed no field this can name)."""
    if project is None or not state.last_operations or state.project_id not in (None, project.project_id):
        return None
    if not _IT_RE.search(text) or _ASKING_WORDS_RE.sub("", text).strip():
        return None
    asked = [fields for pattern, fields in _PROPERTY_RES if pattern.search(text)]
    for op in state.last_operations:
        name = str(op.get("operation"))
        for field in op:
            templates = SUBJECTS.get((name, field))
            if templates is None or (asked and not any(field in fields for fields in asked)):
                continue
            scene = _one_scene(state, project, name)
            return (templates[0].format(scene=scene) if scene else templates[1]) + "?"
    return None


# "how long is it now" right after a scene's length changed: "it" may be that scene or the ad.
_HOW_LONG_IT_RE = re.compile(r"\bhow\s+long\s+(?:is|does)\s+it\b", _I)


def with_whole_ad(text: str, answer: str, project: AdProject | None, rewritten: bool) -> str:
    """The answer to "how long is it now", read as the scene last resized, with the whole ad's
    length after it (the scene's line alone leaves out the ad, which "it" may just as well mean)."""
    if not rewritten or project is None or not _HOW_LONG_IT_RE.search(text) or "The ad is" in answer:
        return answer
    return f"{answer}\nThe whole ad is {project.duration_sec:g} s long."


def _one_scene(state: ConversationState, project: AdProject, operation: str) -> str | None:
    """ "scene 2" when the last request changed one scene (by this operation), else None."""
    ids = [s.id for s in project.scenes]
    changed = {str(o.get("sceneId")) for o in state.last_operations if o.get("operation") == operation}
    sid = next(iter(changed)) if len(changed) == 1 else None
    return f"scene {ids.index(sid) + 1}" if sid in ids else None


__all__ = ["SUBJECTS", "last_change_question", "read_back", "with_whole_ad"]
