"""Colours said the many ways marketers say them: "the same green as the order card", "white ->
yellow", "grey (or gray, whichever spelling you use)", "colour/color", and a colour for "everything
except the ICAEW line".

Part of :mod:`adgen.agent.understanding` (issue 15, precision first). Read as typed:

- "give the hook words the same green as the order card" named two scenes, so both were made plain
  green, the order card recoloured though it was only the model. The colour is that card's own
  (its text colour), and only the first scene changes.
- "white -> yellow" (an old value, an arrow, the new one) set neither; the value after the arrow is
  the one meant.
- British and American spellings side by side ("colour/color", "grey (or gray …)", "centre/center")
  are one word said twice, never a second request (the parenthetical "gray" went to a background).
- "everything except the ICAEW line in yellow": the palette is the whole ad's and cannot leave a
  scene out, so it asked; a colour for every scene but one is the others' text colour.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.quotes import Quoted
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import COLOR_NAMES, COLOR_NAMES_PATTERN, COLOR_WORD, hue_distance
from adgen.project import AdProject
from adgen.tools.operations import UpdateOverlay

_I = re.I
_COLOUR = COLOR_NAMES_PATTERN
_SPELLINGS = r"(?:colou?rs?|gr[ae]y|cent(?:re|er)(?:ed|d)?|favou?rite)"

# "colour/color", "grey / gray": one word in both spellings
_SLASHED_RE = re.compile(rf"\b(?P<word>{_SPELLINGS})\s*/\s*{_SPELLINGS}\b", _I)
# "grey (or gray, whichever spelling you use)", "centre (center)": the other spelling in brackets
_BRACKETED_RE = re.compile(rf"(?<=\w)\s*\(\s*(?:or\s+|aka\s+|i\.?e\.?\s+)?{_SPELLINGS}\b[^()]{{0,60}}\)", _I)
# "white -> yellow", "white => yellow", "white → yellow": the old value, then the new
_ARROW_RE = re.compile(
    rf"\b(?:{_COLOUR})\s*(?:-+>|=+>|→|⇒|➡️?|>)\s*(?P<new>(?:{_COLOUR})\b|#[0-9a-f]{{6}}\b)", _I
)
# "the same green as the order card", "same colour as the button", "the same shade as on the cta"
_SAME_AS_RE = re.compile(
    rf"\b(?:(?:in|to|with)\s+)?(?:the\s+|a\s+)?(?:exact\s+|very\s+)?same\s+(?:exact\s+)?"
    rf"(?:(?P<name>{_COLOUR})\s+(?:(?:colou?r|shade|tone|hue)\s+)?|(?:colou?r|shade|tone|hue)\s+)(?:as|like)\s+(?:(?:in|on)\s+)?"
    r"(?P<ref>[^,.;:!?\n]+)",
    _I,
)
# "match the hook to the end card's colour", "match the hook text with the cta colour"
_MATCH_RE = re.compile(
    r"\bmatch\s+(?P<target>[^,.;:!?\n]+?)\s+(?:to|with)\s+(?P<ref>[^,.;:!?\n]+?)(?:'s)?\s+(?:colou?r|shade)\b",
    _I,
)
# "pillar-box red": a box read as a product or a letterboxed frame; the colour's value said instead
_BOX_RED_RE = re.compile(r"\b(?:pillar|post|letter)[\s-]?box[\s-]+red\b", _I)
_FAR = 60.0  # hue degrees: "the same green as" a card whose colour is no green


def said_plainly(masked: str, project: AdProject | None, quotes: list[Quoted]) -> str:
    """``masked`` with the colours said as one plain value each."""
    masked = _SLASHED_RE.sub(lambda m: m.group("word"), masked)
    masked = _BRACKETED_RE.sub("", masked)
    masked = _ARROW_RE.sub(lambda m: m.group("new"), masked)
    masked = _BOX_RED_RE.sub(COLOR_NAMES["pillar box red"], masked)
    if project is None:
        return masked
    masked = _MATCH_RE.sub(lambda m: _matched(m, project, quotes), masked)
    return _SAME_AS_RE.sub(lambda m: _same_as(m, project, quotes), masked)


def _model_colour(ref_words: str, project: AdProject, quotes: list[Quoted]) -> tuple[str, int] | None:
    """The text colour of the one scene ``ref_words`` starts with, and where its name ends."""
    refs = [r for r in find_scene_refs(ref_words, project, quotes) if not r.error and not r.question]
    if not refs or refs[0].start > 6 or len(refs[0].ids) != 1:
        return None
    scene = next((s for s in project.scenes if s.id == refs[0].ids[0]), None)
    if scene is None or scene.overlay is None or not scene.overlay.color:
        return None
    end = refs[0].end
    tail = re.match(
        r"(?:'s)?(?:\s+(?:text|words|writing|copy|lettering|font|has|uses|is|one))*", ref_words[end:], _I
    )
    return scene.overlay.color, end + (tail.end() if tail else 0)


def _same_as(m: re.Match[str], project: AdProject, quotes: list[Quoted]) -> str:
    before = re.split(r"[.;!?\n]", m.string[: m.start()])[-1]
    if re.search(COLOR_WORD, before, _I):
        return m.group(0)  # "the rated line cyan, same colour as the caption": the colour is said
    found = _model_colour(m.group("ref"), project, quotes)
    if found is None:
        return m.group(0)
    colour, end = found
    name = m.group("name")
    if name:
        named = COLOR_NAMES.get(re.sub(r"[\s-]+", " ", name.lower()))
        if named is None or hue_distance(named, colour) > _FAR:
            return name  # "the same blue as" a green card: the colour named, the card left alone
    return f"{colour.upper()}{m.group('ref')[end:]}"


def _matched(m: re.Match[str], project: AdProject, quotes: list[Quoted]) -> str:
    found = _model_colour(m.group("ref"), project, quotes)
    if found is None or found[1] < len(m.group("ref").rstrip()) - 1:
        return m.group(0)
    target = m.group("target")
    text = "" if re.search(r"\b(?:text|words|writing|copy|lettering|font)\b", target, _I) else " text"
    return f"{target}{text} {found[0].upper()}"


# "every card", "all the slides": every scene, in the words left after a scene is left out
_EVERY_CARD_RE = re.compile(
    r"\b(?:every|each|all(?:\s+(?:the|of\s+the))?)\s+(?:other\s+)?(?:cards?|slides?|screens?|frames?|panels?)\b",
    _I,
)
_ALL_ALONE_RE = re.compile(r"^\s*(?:all|everything|every\s+one)\s*(?=[:,\s-])", _I)


def every_scene_said(text: str) -> str:
    """ "all but the last card: text yellow" read without the card left out ("all : text yellow",
    "every card white"): "every scene", which the reader knows."""
    return _ALL_ALONE_RE.sub("every scene", _EVERY_CARD_RE.sub("every scene", text))


def palette_as_text_colour(
    whole_ad: list[Any], project: AdProject, left_out: tuple[str, ...]
) -> list[Any] | None:
    """ "everything except the ICAEW line in yellow": one palette colour for every scene but those
    left out is the others' text colour (the palette cannot leave a scene out); None otherwise."""
    if len(whole_ad) != 1 or whole_ad[0].operation != "update_style":
        return None
    op = whole_ad[0]
    if len(op.palette or []) != 1 or any((op.mood, op.lighting, op.visual_style, op.music_mood)):
        return None
    return [UpdateOverlay(scene_id=s.id, color=op.palette[0]) for s in project.scenes if s.id not in left_out]


# "my boss says green is better, go with her", "red looks nicer, let's go with that": a colour
# preferred to the one just set, never praise of the ad (round thirty-eight b, dev27: "green is
# better" was read as "glad you like it" and the hook stayed red)
_BETTER_COLOUR_RE = re.compile(
    rf"(?<!\bthe\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\byour\s)\b(?P<c>{COLOR_WORD})\s+(?:is|'s|looks|would\s+look|reads|works)\s+(?:(?:much|way|a\s+lot|loads|far)\s+)?"
    r"(?:better|nicer)\b(?!\s+(?:than|on|for|in)\b)",
    _I,
)
_GO_WITH_RE = re.compile(
    r"\s*[,;.]?\s*(?:so\s+|and\s+)?(?:(?:let'?s|we'?ll|we\s+will|i'?ll)\s+)?go(?:ing)?\s+with\s+"
    r"(?:her|him|them|that|it|hers|his|theirs|that\s+one|what\s+(?:she|he|they)\s+(?:says|said))\W*$",
    _I,
)


def preferred_colour(text: str, last_operations: list[dict[str, Any]] | None) -> str:
    """ "my boss says green is better, go with her" as "my boss says green would be better" right
    after a colour was set (``last_operations``, as the conversation remembers them); any other
    message as it was (a first "green is better" is no request)."""
    set_colour = any("color" in op or "palette" in op for op in last_operations or [])
    if not set_colour or not _BETTER_COLOUR_RE.search(text):
        return text
    said = _BETTER_COLOUR_RE.sub(lambda m: m.group("c") + " would be better", text)
    return _GO_WITH_RE.sub("", said)


__all__ = ["every_scene_said", "palette_as_text_colour", "preferred_colour", "said_plainly"]
