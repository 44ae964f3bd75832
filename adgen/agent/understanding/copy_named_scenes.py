"""A scene or its text named by the copy it shows, as a local business names it (round thirty-one d).

Part of :mod:`adgen.agent.understanding`. dev22's taco trucks, dealers and studios name a card by
what it says: "the open till 2am card should be yellow", "the $9 line in yellow", "finance card 5
seconds", "listing text bigger", "the 0% APR card in white". Read as typed, no scene was found:
the palette changed ("should be yellow"), every scene's text was proposed, or the ad's length was
set. :func:`text_parts.content_scenes` says which scenes show the words (a kind such as hours,
a phone number, financing or a listing, or the copy's own words); this module reads the names
the other readings leave (several words of copy, a figure, a name without "the") as "scene N" or
"the scene N text", and asks which one when a kind shows in several scenes ("make the hours card
white" when the late-night card and the end card both show hours: never the palette).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.result import UnclearScene
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs
from adgen.agent.understanding.text_parts import content_scenes, kind_named
from adgen.agent.understanding.values import find_colors
from adgen.project import AdProject

_I = re.I
_ARTICLE = r"(?:the|our|that|this|a|an|my|your)"
_SCENE_NOUNS = ("card", "screen", "slide", "frame", "scene", "shot")
# "the <copy> card", "finance card …" at the start, ", listing text …" after a comma or "and";
# the words of the copy hold no article, so the name starts at the article nearest its noun
_NAMED_RE = re.compile(
    rf"(?P<lead>\b(?:the|our|that)\s+|^\W*|(?<=[,;:]\s)|(?<=\band\s)|(?<=\balso\s))"
    rf"(?P<what>(?:(?!{_ARTICLE}\b)[^\s\ue000]+\s+){{0,4}}?(?!{_ARTICLE}\b)[^\s\ue000]+?)\s+"
    r"(?P<noun>card|screen|slide|frame|scene|shot|text|line|words|caption|copy)\b(?!['’]s\b|-)",
    _I,
)
# Copy words that name a text only when they hold a figure or are two words or more: one plain word
# ("the taco card", "the white text") is read by the scene references, which know pictures too.
_FIGURE_RE = re.compile(r"\d|[$€£%&/]")


def _copy_like(what: str) -> bool:
    return bool(_FIGURE_RE.search(what)) or len(what.split()) >= 2


def _name(project: AdProject, scene_id: str) -> str:
    n = [s.id for s in project.scenes].index(scene_id) + 1
    return f"scene {n}"


def copy_named_scene(masked: str, project: AdProject | None) -> tuple[str, UnclearScene | None]:
    """``masked`` with a scene or a text named by the copy it shows said as "scene N" (or "the
    scene N text"), and the question which one when a kind it names shows in several scenes."""
    if project is None or not project.scenes:
        return masked, None
    asked: list[UnclearScene] = []

    def repl(m: re.Match[str]) -> str:
        words, noun, lead = m.group("what").split(), m.group("noun"), m.group("lead")
        for start in range(len(words)):  # the longest run of words before the noun that fits
            what = " ".join(words[start:])
            if not kind_named(what) and (not _copy_like(what) or find_colors(what)):
                continue
            ids = content_scenes(f"the {what} {noun}", project)
            if not ids:
                continue
            if len(ids) > 1:
                if not asked:
                    said = f"{lead if start == 0 else ''}{what} {noun}".strip()
                    named = [
                        f"{_name(project, i)} ({ROLE_LABEL[project.scene(i).role]}, “{project.scene(i).overlay.text}”)"
                        for i in ids
                    ]
                    offered = tuple([s.id for s in project.scenes].index(i) + 1 for i in ids)
                    question = f"Which scene do you mean by “{said}”: {', '.join(named[:-1])} or {named[-1]}?"
                    asked.append(UnclearScene(question, said, offered))
                return m.group(0)
            # ("the open till 2am card": "scene 3"; "move finance card": "move scene 3")
            kept = lead + " ".join(words[:start]) + " " if start else ("" if lead.strip() else lead)
            named_as = (
                _name(project, ids[0])
                if noun.lower() in _SCENE_NOUNS
                else f"the {_name(project, ids[0])} text"
            )
            return kept + named_as
        if lead.lower().startswith("that") and len(words) <= 2 and not find_colors(m.group("what")):
            # ("that kitchen line": the line over the kitchen, as "the kitchen line" names it)
            refs = [
                r
                for r in find_scene_refs(f"the {m.group('what')} {noun}", project, [])
                if r.ids or r.question
            ]
            if len(refs) == 1 and len(refs[0].ids) == 1 and not refs[0].question and not refs[0].error:
                return f"the {m.group('what')} {noun}"
        return m.group(0)

    said = _NAMED_RE.sub(repl, masked)
    if asked:
        return masked, asked[0]
    return said, None


__all__ = ["copy_named_scene"]
