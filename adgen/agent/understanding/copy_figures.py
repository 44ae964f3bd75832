"""A question about a figure the ad's words show, named by those words.

Part of :mod:`adgen.agent.understanding` (round 33 e). "free delivery over how much again?",
"how much off is the first box?", "what's the free delivery threshold?": the marketer asks for a
number the copy states (the £40, the 50%), naming it by the words around it, with no scene named.
The answer is the scene whose on-screen words hold all the question's own words and a figure,
quoted; no scene, or several, and the question is left to the other readings (never an edit).
"""

from __future__ import annotations

import re

from adgen.agent.answers import ROLE_LABEL, Answer
from adgen.project import AdProject

_I = re.I
# How the figure is asked for ("over how much", "how many", "what's the … threshold").
_ASKS_FIGURE_RE = re.compile(
    r"\bhow\s+(?:much|many|big|high|low)\b"
    r"|\b(?:over|under|above|below|from|at|for)\s+what\b"
    r"|\bwhat(?:'s|\s+is|\s+was|\s+were)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:threshold|minimum|min|limit|price|cost|amount|figure|percentage|percent|discount|rating|score|number)\b",
    _I,
)
_QUESTION_RE = re.compile(r"\?\s*$|^\W*(?:so\s+|and\s+|remind\s+me\s*,?\s*)?(?:how|what)\b", _I)
# A request said as a question ("can you make the delivery text bigger?"): never answered here.
_CHANGE_RE = re.compile(
    r"\b(?:make|change|set|put|move|add|remove|drop|cut|turn|swap|replace|bump|raise|lower|increase|decrease|"
    r"update|edit|fix|should|could\s+you|can\s+you|let'?s)\b",
    _I,
)
# The words of the question that say how it asks, never what it is about.
_ASKING_WORDS = frozenset(
    """how much many big high low what what's whats is was were are the a an our of for over under above below
    from at again remind me so and it that this its to on in do does did we you i off exactly now
    threshold minimum min limit price cost amount figure percentage percent discount rating score number
    say says said again already currently right""".split()
)
_WORD_RE = re.compile(r"[a-z0-9][a-z0-9'’-]*", _I)
_FIGURE_RE = re.compile(r"\d")


def copy_figure_answer(text: str, project: AdProject | None) -> Answer | None:
    """ "free delivery over how much again?": the one scene whose words say "free delivery" and
    a figure, quoted; None when the message is no such question or no single scene fits."""
    if project is None or not _QUESTION_RE.search(text) or not _ASKS_FIGURE_RE.search(text):
        return None
    if _CHANGE_RE.search(text):
        return None
    own = [w.lower() for w in _WORD_RE.findall(text) if w.lower() not in _ASKING_WORDS]
    if not own or not any(len(w) >= 4 for w in own):
        return None
    fits = []
    for index, scene in enumerate(project.scenes, start=1):
        words = {w.lower() for w in _WORD_RE.findall(scene.overlay.text)}
        if _FIGURE_RE.search(scene.overlay.text) and all(w in words for w in own):
            fits.append((index, scene))
    if len(fits) != 1:
        return None
    index, scene = fits[0]
    return Answer(
        f"Scene {index} ({ROLE_LABEL[scene.role]}) says “{scene.overlay.text}”.",
        scene_ids=[scene.id],
        topic="overlay",
    )


__all__ = ["copy_figure_answer"]
