"""An edit spread over the ad's scenes though the message never said "all": asked, scene by scene.

Part of :mod:`adgen.agent.understanding` (issue 15, "Precision first"). "move the featherlite txt
to the tpo", "the ride free text a lot smaller", "Die Schrift im letzten Bild bitte etwas
größer", "muda a cor do texto final para branco": the marketer names one scene by its words,
the scene references do not resolve them, and the rest still reads as an edit of the text, so
every scene's text moved, shrank or turned white. The gate for scenes named by a scene noun
(:mod:`unplaced`: "the wick close-up") needs such a noun; these name the scene by its words, its
place in another language, or not at all.

Measured on the development sets as each was first run (on the parser of its day, before any
work on it): a per-scene edit of one kind over three or more scenes, or over every scene, from a
message with no word for "all" ("all", "every", "everywhere", "throughout", "whole" …) and not
naming each of those scenes, was a wrong edit 8 times and right twice in dev6 to dev11, and
made 10 of the 20 wrong edits of dev12 (written by another crowd, measured after this gate was
designed).

The question lists the scenes and "all of them"; a word picks one ("the cta", "scene 2", "3",
"all").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.bare_part_names import bare_part_named
from adgen.agent.understanding.quotes import PLACEHOLDER_RE, Quoted
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import find_colors
from adgen.project import AdProject

_PER_SCENE = frozenset({"update_overlay", "update_product", "update_scene"})
# Words that ask for the whole ad (English, and the other languages' words the translation step
# may leave).
_WHOLE_AD_RE = re.compile(
    r"\b(?:all|every|each|everywhere|throughout|whole|entire|everything|across|overall|globally|any|both"
    r"|texts|captions|headlines|scenes|overlays|todos?|todas?|tous|toutes|partout|alle[ns]?|überall|tutt[eio]"
    r"|ovunque|wszystk\w*|wszędzie|tüm|hepsi|her\s+yerde|overal)\b",
    re.I,
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
# What the text, a line or a part is called: "the featherlite txt", "the King St. text", "those
# words", "the text on beginning", "the 900 studios bit", a quote ("put 'Thirsty?' in the
# middle"). A bare "the text" / "text" / "the words" is every scene's text, as marketers use it
# ("make the text yellow"): no doubt.
_SUBJECT_NOUN = (
    r"(?:text|txt|words?|line|lines|caption|copy|headline|title|tagline|bit|part|font|writing|one)"
)
_GENERIC = frozenset(
    "on-screen onscreen on screen overlay overlays main body big small little tiny white black new old same "
    "current font text a an the my our your its their this".split()
)
_QUALIFIED_RE = re.compile(
    rf"\bthe\s+(?P<q>(?:[\w.'’&-]+\s+){{1,3}}?){_SUBJECT_NOUN}\b"
    rf"|\b(?:those|these|that|this)\s+(?:[\w'-]+\s+)?{_SUBJECT_NOUN}\b"
    rf"|\b{_SUBJECT_NOUN}\s+(?:on|in|at|of|from)\s+(?:the\s+)?(?P<place>[a-z][\w'-]+)",
    re.I,
)


_NO_PLACE = frozenset(
    "screen every each all top bottom middle centre center left right bold caps capitals italics italic "
    "uppercase lowercase size white black".split()
)


def _names_something(masked: str) -> bool:
    """Whether the message names one thing to change by more than "the text": a qualified
    subject, a demonstrative, a place, or a quote."""
    if PLACEHOLDER_RE.search(masked) or bare_part_named(masked):
        return True
    for found in _QUALIFIED_RE.finditer(masked):
        if found.group("q") is not None:
            if any(w.lower() not in _GENERIC for w in found.group("q").split()):
                return True
        elif found.group("place") is not None:
            place = found.group("place").lower()
            if place not in _NO_PLACE and not find_colors(place):  # "text in lilac" is a colour
                return True
        else:
            return True
    return False


def spread_scenes(masked: str, operations: list[Any], project: AdProject, quotes: list[Quoted]) -> list[str]:
    """The scenes an edit of one kind spreads over (three or more, or every scene), when the
    message asks for no whole-ad change and names no such set of scenes; else []."""
    if len(project.scenes) < 2 or _WHOLE_AD_RE.search(masked) or not _names_something(masked):
        return []
    kinds: dict[str, set[str]] = {}
    for op in operations:
        scene_id = getattr(op, "scene_id", None)
        if op.operation in _PER_SCENE and scene_id:
            kinds.setdefault(op.operation, set()).add(scene_id)
    every = {s.id for s in project.scenes}
    for touched in kinds.values():
        if len(touched) >= 3 or touched == every:
            named = {i for ref in find_scene_refs(masked, project, quotes) for i in (ref.ids or [])}
            if touched <= named:
                return []  # "hook, showcase and cta text white": each one named
            return [s.id for s in project.scenes if s.id in touched]
    return []


def still_asked(
    masked: str,
    pending: PendingQuestion | None,
    operations: list[Any],
    project: AdProject,
    quotes: list[Quoted],
) -> list[str]:
    """The scenes a "which scene?" question still waiting offered, when the reply changes its value
    and names no scene ("move the battery words to the middle" → "which scene?" → "actually no,
    top": still which scene, with top; it had moved every text to the top, a wrong edit); else []."""
    if pending is None or not pending.options or pending.options[-1].label != "all of them":
        return []
    if _WHOLE_AD_RE.search(masked) or any(r.ids for r in find_scene_refs(masked, project, quotes)):
        return []
    offered = {op.get("sceneId") for o in pending.options[:-1] for op in o.operations}
    touched = {getattr(op, "scene_id", None) for op in operations}
    if len(touched) < 2 or not touched <= offered:
        return []
    return [s.id for s in project.scenes if s.id in touched]


def spread_question(
    turn: ParsedTurn, scene_ids: list[str], project: AdProject, describe: Callable[[list[Any]], str]
) -> ParsedTurn:
    """Which of ``scene_ids`` the edit is for, or all of them; a word answers it."""
    operations = list(turn.operations)
    options: list[PendingOption] = []
    names: list[str] = []
    for index, scene in enumerate(project.scenes, start=1):
        if scene.id not in scene_ids:
            continue
        role = scene.role.replace("_", " ")
        name = f"scene {index} ({'CTA' if role == 'cta' else role})"
        names.append(name)
        words = [
            f"scene {index}",
            str(index),
            f"in scene {index}",
            role,
            f"{role} scene",
            f"just the {role}",
            f"only the {role}",
            f"the {role} one",
        ]
        if index <= len(_ORDINALS):
            words += [
                _ORDINALS[index - 1],
                f"{_ORDINALS[index - 1]} scene",
                f"the {_ORDINALS[index - 1]} one",
            ]
        if index == len(project.scenes):
            words += ["last", "last scene", "last one", "the end", "end card", "final scene"]
        mine = [op for op in operations if getattr(op, "scene_id", None) in (None, scene.id)]
        options.append(PendingOption(name, words, [op.to_wire() for op in mine]))
    options.append(
        PendingOption(
            "all of them",
            [
                "all",
                "all of them",
                "all scenes",
                "every scene",
                "everywhere",
                "each scene",
                "the whole ad",
                "whole ad",
                "everything",
                "yes",
                "all of it",
                "both",
            ],
            [op.to_wire() for op in operations],
        )
    )
    first = options[0].operations
    change = describe([op for op in operations if op.to_wire() in first]).split(": ", 1)[-1]
    question = f"Which scene do you mean ({change}): {', '.join(names[:-1])} or {names[-1]}, or all of them?"
    asked = ParsedTurn(question=question)
    asked.pending = PendingQuestion(question, options)
    asked.topic = turn.topic
    return asked


__all__ = ["spread_question", "spread_scenes", "still_asked"]
