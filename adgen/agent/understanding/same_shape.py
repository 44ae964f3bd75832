"""New words that are one scene's words with other figures: that scene's text.

Part of :mod:`adgen.agent.understanding` (round thirty-one f, variants). A listing, an offer or a
schedule is updated by typing it again with the new figures: "the finance card says '1.9% APR
for 48 months'" (the ad shows "0% APR for 60 months"), "a copy with the price reduced: '4 bed · 3
bath · $659,000'" (it shows "4 bed · 3 bath · $689,000"). The card's name ("finance", "price")
may be no scene's role nor a word of its text, and the parser asked which scene should say the
words; the words themselves say it. Only when exactly one scene's text is the same words with
other numbers (at least one number, at least two words besides), never a guess between scenes.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.quotes import PLACEHOLDER_MARK
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.project import AdProject

# A figure: digits with their separators and a unit letter stuck to them ("$24,500", "28k", "6/14",
# "1.9", "11am"); the shape keeps where figures are, not what they are.
_FIGURE_RE = re.compile(r"\d(?:[\d,.:/]*\d)?(?:k|m|am|pm|st|nd|rd|th)?\b", re.I)
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def _shape(text: str) -> str:
    return " ".join(_FIGURE_RE.sub("#", text.casefold()).split())


def same_shape_scenes(words: str, project: AdProject) -> list[str] | None:
    """The one scene whose text is ``words`` with other figures, as a target list; None when no
    scene or several are."""
    if not _FIGURE_RE.search(words) or len(_WORD_RE.findall(_FIGURE_RE.sub(" ", words))) < 2:
        return None
    shape = _shape(words)
    found = [
        s.id
        for s in project.scenes
        if s.overlay.text and s.overlay.text.strip() != words.strip() and _shape(s.overlay.text) == shape
    ]
    return found if len(found) == 1 else None


# "listing '…'", "the price reduced: '…'", "new figures: '…'", "with the rate at '…'": new words
# named by what they list or by how they changed, no scene said; at a clause's start ("…, listing
# '…'", "… with the price dropped: '…'")
_FIGURES_RE = re.compile(
    r"(?:^\W*|(?<=[,;]\s)|(?<=\bwith\s)|(?<=\bwhere\s)|(?<=\band\s))"
    r"(?P<lead>(?:(?:the|a|an|our|its|new|updated|revised|lower|higher|reduced|corrected)\b\s*)*"
    r"(?:(?:price|prices|pricing|listing|listings|stats|details|figures|numbers|offer|rate|rates|apr|finance|financing|"
    r"specs|mileage|info|terms|deal|schedule|times|hours)\b\s*)?"
    r"(?:(?:is|are|now|reduced|dropped|lowered|cut|raised|increased|updated|changed|corrected|fixed|at|as|to|"
    r"should\s+(?:be|read|say)|reads?|reading|listing|listed\s+as|showing|saying)\b\s*)*)"
    rf"[:=—–-]?\s*(?P<q>{PLACEHOLDER_MARK}[\ue100-\ue1ff])(?=\s*(?:[.,;!?]|\b(?:please|pls|and|thanks?)\b|$))",
    re.I,
)


def figures_named(masked: str, project: AdProject | None, quotes: list[Any]) -> str:
    """``masked`` with the one quoted text that is a scene's words with other figures, said with
    no scene ("…, listing '…'"), as that scene's words ("scene 2 saying '…'"); else as typed."""
    if project is None or len(re.findall(PLACEHOLDER_MARK, masked)) != 1:
        return masked
    m = _FIGURES_RE.search(masked)
    if m is None or any(ref.ids for ref in find_scene_refs(masked, project, quotes)):
        return masked
    ids = same_shape_scenes(quotes[ord(m.group("q")[1]) - 0xE100].inner, project)
    if ids is None:
        return masked
    n = [s.id for s in project.scenes].index(ids[0]) + 1
    return f"{masked[: m.start('lead')]}scene {n} saying {m.group('q')}{masked[m.end() :]}"


__all__ = ["figures_named", "same_shape_scenes"]
