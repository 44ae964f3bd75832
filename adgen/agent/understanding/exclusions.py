"""Scenes a request leaves out: "make all the text bigger except the CTA", "bigger product, not
in the hook though", "text to the top, keep the showcase as it is".

Part of :mod:`adgen.agent.understanding` (issue 15, precision first). Without this step the
clause reader sees a scene named in the request and takes it as the request's target, so "except
the CTA" edited the CTA and nothing else: the one scene the marketer asked to keep. Here the
excluding phrase is taken out of the message before it is read, and the reading of the rest is
then narrowed: operations on a left-out scene are dropped; an operation of the whole ad (its
lighting, its length) cannot leave a scene out, so it waits for a "yes" that names the scene it
would change too.

Only a phrase whose words name a scene counts ("keep the music" is no exclusion: it names no
scene, and the reader already knows it as something that stays).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from adgen.agent.understanding.quotes import Quoted
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.project import AdProject

# The words that leave a scene out, then the scene's words, then what may close the phrase.
_LEAVES_OUT = (
    r"except(?:\s+for)?|apart\s+from|other\s+than|besides|excluding|but\s+not(?:\s+(?:in|on|for))?"
    r"|not\s+(?:in|on|for)|leave|leaving|keep|keeping|(?:but\s+)?(?:don'?t|do\s+not)\s+(?:touch|change)"
    r"|without\s+touching|skip|skipping|save\s+for"
    # ("every scene but the cta should …": "but" after every scene leaves one out)
    # ("all but the last card: text yellow", "every card but the end one")
    r"|(?:(?<=scenes\s)|(?<=scene\s)|(?<=everything\s)|(?<=texts\s)|(?<=\ball\s)|(?<=cards\s)|(?<=card\s)"
    r"|(?<=slides\s)|(?<=slide\s))but"
    # ("change nothing in the hook but …", "don't change anything about the cta")
    r"|(?:change|touch)\s+nothing\s+(?:in|on|about|of)|(?:don'?t|do\s+not)\s+(?:touch|change)\s+anything\s+(?:in|on|about|of)"
)
_CLOSING = r"(?:\s+(?:alone|as\s+(?:it\s+)?is|untouched|unchanged|the\s+same|though|tho|please|pls|plz))*"
EXCLUSION_RE = re.compile(
    rf"(?P<lead>(?:\s*,\s*|\s+-\s+|\s+|^))(?:(?:but|and|just)\s+)?(?P<verb>{_LEAVES_OUT})\s+"
    rf"(?P<ref>[^,.;:!?\n]+?){_CLOSING}\s*(?=[,.;:!?\n]|$|\bbut\s+(?:make|do|just|change|put|give)\b"
    # ("all scenes except the cta should have white text": the verb after the scene ends it;
    # sweep 40: the cta was the one scene made white)
    r"|\b(?:should|must|needs?|has\s+to|have\s+to|can|could|will|would|are|is|gets?)\b)",
    re.I,
)
# Every scene or every text named just before the excluding words ("every scene except …").
_ALL_BEFORE_RE = re.compile(
    r"\b(?:every|all(?:\s+the)?|each)\s+(?:other\s+)?(?:scenes?|texts?|slides?|shots?|cards?)\s*,?\s*$"
    r"|\b(?:everything|all)\s*,?\s*$",
    re.I,
)
# A reference that means a version or the ad itself, never one scene ("keep this one as is").
_NOT_A_SCENE_RE = re.compile(
    r"^\s*(?:it|this|that|the\s+(?:original|current|old|other)\b|this\s+one|that\s+one)", re.I
)


@dataclass(frozen=True)
class Exclusion:
    """A message with its excluding phrases taken out, and the scenes they named."""

    text: str  # the masked message without the phrases
    scene_ids: tuple[str, ...]
    words: str  # the scenes as the marketer named them ("the CTA"), for the reply


def find_exclusion(masked: str, project: AdProject | None, quotes: list[Quoted]) -> Exclusion | None:
    """The scenes ``masked`` leaves out, or None when it names none."""
    if project is None or len(project.scenes) < 2:
        return None
    kept: list[str] = []
    named: list[str] = []
    text = masked
    for m in reversed(list(EXCLUSION_RE.finditer(masked))):
        ref_words = m.group("ref")
        if _NOT_A_SCENE_RE.match(ref_words):
            continue
        refs = [
            r
            for r in find_scene_refs(ref_words, project, quotes)
            if r.ids and not r.error and r.kind != "all"
        ]
        if not refs:
            continue
        end = m.end()
        if _rest_is_more_than_scene(ref_words, refs):
            if not _ALL_BEFORE_RE.search(masked[: m.start()]):
                continue
            # "every scene except the cta a second shorter": the scene left out, then the request
            end = m.start("ref") + refs[-1].end
            ref_words = ref_words[: refs[-1].end]
        for ref in refs:
            kept += [i for i in ref.ids if i not in kept]
        named.insert(0, ref_words.strip())
        text = text[: m.start()] + " " + text[end:]
    if not kept or len(kept) >= len(project.scenes):
        return None
    return Exclusion(text=text.strip(" ,"), scene_ids=tuple(kept), words=" and ".join(named))


def _rest_is_more_than_scene(ref_words: str, refs: list[Any]) -> bool:
    """ "keep the hook text short" says how to change the hook, not to leave it out: the words
    after the scene's name may only be what a scene is made of ("the hook text", "scene 2's
    background")."""
    rest = ref_words[refs[-1].end :].strip().lower()
    rest = re.sub(r"^'s\b", "", rest).strip()
    return bool(rest) and not re.fullmatch(
        r"(?:(?:text|words|caption|headline|line|copy|background|image|picture|scene|slide|one|part|bit)s?\s*)*",
        rest,
    )


def narrowed(operations: list[Any], scene_ids: tuple[str, ...]) -> tuple[list[Any], list[Any]]:
    """The operations that leave ``scene_ids`` alone, and those of the whole ad (no scene), which
    cannot. Operations on a left-out scene are dropped; a variant's differences are narrowed the
    same way."""
    kept: list[Any] = []
    whole_ad: list[Any] = []
    left_out = set(scene_ids)
    for op in operations:
        scene_id = getattr(op, "scene_id", None)
        if op.operation == "create_variation":
            inner, inner_whole = narrowed(list(op.operations), scene_ids)
            whole_ad += inner_whole
            if inner:
                kept.append(op.model_copy(update={"operations": inner}))
            continue
        if scene_id in left_out:
            continue
        if scene_id is None and op.operation not in _SCENE_NEUTRAL:
            whole_ad.append(op)
            continue
        kept.append(op)
    return kept, whole_ad


# Operations with no scene that leave every scene as it is (the others, with no scene, change the
# whole ad: its look, its length, its music, its voice).
_SCENE_NEUTRAL = frozenset({"undo", "redo", "add_scene", "reorder_scenes", "render"})

__all__ = ["EXCLUSION_RE", "Exclusion", "find_exclusion", "narrowed"]
