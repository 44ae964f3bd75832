"""A correction of the last change said at length: "no sory wrong one, put that back. the shop
one i mean, with the awning", "no, the other one, the one with the headphones in the pink light.
undo the subway one", "hm, it was already white wasn't it. I meant the CTA, the pink writing at
the end", "no, that's not what I meant. put it back. I meant all the text EXCEPT the hook".

Part of :mod:`adgen.agent.understanding` (round twenty-four a; dev17's corrections). The reader
already moves the last change when a correction names the other place in one clause ("no, wrong
one, I meant the shop one": :func:`followups.moved`, which takes the last change back itself).
Said at length, the words around it broke that reading: "put that back" / "undo the subway one"
were read as an undo of their own and the place as a request with no value (nothing moved), or
the place's description ("the pink writing at the end") was read as a new colour. Here such a
message is said again as the one clause the reader knows, "no, wrong one, I meant <the place>":
the take-back words go (the move takes the change back), so do fillers ("hm", "it was already
white wasn't it") and a description after the place that only says which scene it is; the
place said before "i mean" moves after it, and "all the text except the hook" becomes the
scenes it leaves ("scenes 2, 3 and 4").

Only when the conversation has a last change and the message says it went to the wrong place;
anything else the message asks stays as a sentence of its own.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.exclusions import find_exclusion
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.project import AdProject

# How a marketer says the last change went to the wrong place (one of them must be there).
_WRONG_RE = re.compile(
    r"\b(?:wrong\s+(?:one|scene|bit|part|place|line|text)|not\s+what\s+i\s+(?:meant|asked(?:\s+for)?|wanted)"
    r"|i\s+meant|(?:no+|nope)\W+(?:the\s+)?other\s+one|not\s+th(?:at|is)\s+one)\b"
    r"|^\W*(?:(?:no+|nope)\W+)?not\s+the\s+[^,.;]+[,;.]|\bnot\s+what\s+i\s+said\b",
    re.I,
)
# Words that take the last change back: the move does that itself (a row per way of saying it).
_TAKE_BACK_ROWS: tuple[str, ...] = (
    r"(?:put|set|change|turn|switch)\s+(?:that|it|this|them|those)\s+back(?:\s+(?:how|like|as)\s+(?:it|they)\s+w(?:as|ere))?",
    r"undo\s+(?:that|it|this|the\s+last(?:\s+(?:one|change))?|the\s+(?:[a-z'-]+\s+){1,3}?(?:one|scene|bit|shot|change))",
    r"revert\s+(?:that|it|this)",
    # ("put the hook back": the scene the change wrongly went to, as it was)
    r"(?:in\s+(?:the|that|this)\s+(?:variant|version)\s+)?put\s+the\s+(?:[a-z'-]+\s+){1,3}?back(?:\s+(?:how|like|as)\s+it\s+was)?",
    # ("and change the problem text to that instead": the change said again for the place meant)
    r"(?:change|make|set|put)\s+the\s+(?:[a-z'-]+\s+){1,3}?(?:to\s+)?(?:that|it|the\s+same)\s+instead",
    r"take\s+(?:that|it)\s+back",
    # ("hm, it was already white wasn't it": why the change was wrong, no request)
    r"it\s+was\s+already\s+[a-z#0-9]+(?:\s*,?\s*(?:wasn'?t|was\s+it\s+not)\s+it)?",
    r"(?<![a-z])(?:hm+|hmm+|ugh|sory|soz|sry)(?![a-z])",
)
_TAKE_BACK_RE = re.compile(
    r"(?:^|(?<=[\s,.;!?]))(?:and\s+|then\s+|pls\s+|please\s+)?(?:"
    + "|".join(_TAKE_BACK_ROWS)
    + r")[\s,.;!?]*",
    re.I,
)
# "not the hook, sorry, the problem line": the place said after the one it went to wrongly.
_NOT_THAT_BUT_RE = re.compile(
    # ("no, not the hook. I said the race card": what was said, round thirty-five d)
    r"^\W*(?:(?:no+|nope)\W+)?not\s+the\s+[^,.;]+?\s*[,;.]\s*(?:(?:sorry|sory|oops|my\s+bad)\s*,?\s*)?"
    r"(?:i\s+(?:said|meant|mean|wanted|asked\s+for)\s+)?(?=the\s+)",
    re.I,
)
# "the shop one i mean": the place said before "i mean".
_PLACE_THEN_MEAN_RE = re.compile(
    r"(?:^|(?<=[.;!?,]))\s*(?P<place>the\s+[^.,;!?]{2,50}?)\s+i\s+mean[t]?\b[\s,]*", re.I
)
# "no, the other one, the one with the headphones": the other one is the one named next.
_OTHER_THEN_NAMED_RE = re.compile(
    # ("no the other one, the phone card", "that's not what I said, the cta": round thirty-five d)
    # (a card named by its words may already read "scene 4": "the other one, the phone card")
    r"\bthe\s+other\s+one\s*[,:-]\s*(?=the\s+|scenes?\s+\d)"
    # ("not what I asked, the other scene, the cta": the other one is read by the row above)
    r"|\bnot\s+what\s+i\s+(?:said|meant|asked(?:\s+for)?|wanted)\s*[,:;.-]\s*(?=the\s+(?!other\b)|scenes?\s+\d)",
    re.I,
)
# What a place said in a correction is, up to the next sentence.
_MEANT_RE = re.compile(r"\bi\s+meant?\b[\s,:]*(?P<place>[^.;!?]+)", re.I)
# A description after the place that only says which scene it is: ", with the awning", ", the pink
# writing at the end".
_APPOSITIVE_RE = re.compile(
    r"\s*,\s*(?:(?:with|showing|where)\s+[^.;!?,]+|the\s+(?:[a-z'-]+\s+){0,3}?(?:writing|text|words|lettering|one|"
    r"scene|bit|shot)(?:\s+(?:at|in)\s+the\s+(?:end|start|beginning|top|bottom))?)\s*$",
    re.I,
)
_FILLER_RE = re.compile(
    r"(?:\W|\b(?:and|then|also|please|pls|instead|in|the|that|this|variant|version|thanks|thx)\b)*", re.I
)
_SCOPE_RE = re.compile(r"\b(?:all|every|everything|each)\b", re.I)
_SCOPE_WORDS_RE = re.compile(
    r"\b(?:all|the|text|texts|txt|scenes?|of|every|everything|each|captions?|words)\b", re.I
)


def one_correction(masked: str, project: AdProject | None, last_operations: list[dict[str, Any]]) -> str:
    """``masked`` said as "no, wrong one, I meant <place>" (then any other sentence it holds),
    when it corrects where the last change went at length; else unchanged."""
    if project is None or not last_operations or not _WRONG_RE.search(masked):
        return masked
    text = _OTHER_THEN_NAMED_RE.sub("I meant ", masked)
    text = _NOT_THAT_BUT_RE.sub("I meant ", text, count=1)
    text = _TAKE_BACK_RE.sub(" ", text)
    text = _PLACE_THEN_MEAN_RE.sub(lambda m: f" I meant {m.group('place')}, ", text, count=1)
    meant = _MEANT_RE.search(text)
    if meant is None:
        return masked
    place = _APPOSITIVE_RE.sub("", meant.group("place").strip(" ,"))
    if "\ue000" in place:
        return masked  # ("sorry, I meant 'Shop now'": the words corrected, read by self_corrections)
    place = _scenes_left(place, project) or place
    place = re.sub(r"\b(?:line|writing|wording)\b", "text", place, flags=re.I)  # ("the problem line")
    refs = [r for r in find_scene_refs(place, project, []) if r.ids and not r.error and r.kind != "all"]
    if not refs:
        return masked
    rest = text[meant.end() :].strip(" .,;!?")
    if _FILLER_RE.fullmatch(rest):
        rest = ""  # ("in the variant and": what is left of the take-back words)
    said = f"no, wrong one, I meant {place}"
    return f"{said}. {rest}" if rest else said


def _scenes_left(place: str, project: AdProject) -> str | None:
    """ "all the text except the hook": "scenes 2, 3 and 4", the scenes it leaves."""
    if not _SCOPE_RE.search(place):
        return None
    left_out = find_exclusion(place, project, [])
    if left_out is None or re.search(r"[a-z]", _SCOPE_WORDS_RE.sub("", left_out.text)):
        return None  # ("all the text bigger except the hook": a request of its own, no place)
    kept = [str(i + 1) for i, s in enumerate(project.scenes) if s.id not in left_out.scene_ids]
    if not kept:
        return None
    if len(kept) == 1:
        return f"scene {kept[0]}"
    return f"scenes {', '.join(kept[:-1])} and {kept[-1]}"
