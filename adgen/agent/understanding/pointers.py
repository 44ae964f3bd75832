"""Words that point at something and look like a value: asked about, not applied.

Part of :mod:`adgen.agent.understanding` (issue 15, "Precision first"). A colour named to say
which thing is meant ("the green cilantro pops", "the brown coffee looks muddy", "the white house
looks too bright", "the blue uniform looks washed out") was read as a colour to use: the palette
became green, brown, white or blue. A colour word is a pointer when it stands before the name of
a thing in the picture (not a field that takes a colour: text, background, palette …), after an
article or a possessive: then an edit whose colour is that one is asked about, naming its reading.

"make the text on the green cilantro white", "the blue van, make the text orange": the colour
set is another one, so the edit stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from adgen.agent.understanding.values import find_colors

_I = re.I
# Words after a colour that take it: the colour is the value ("the green text", "a navy background").
_TAKES_COLOUR = frozenset(
    "text texts font fonts words word letters lettering title titles headline headlines caption captions copy "
    "overlay overlays background backgrounds backdrop backdrops bg palette palettes colour colours color colors "
    "tone tones shade shades accent accents theme themes scheme schemes look looks version versions "
    "button buttons border borders outline outlines highlight highlights tint tints filter filters brand logo "
    "logos cta type typeface hue hues vibe vibes feel lighting light lights glow gradient gradients scheme "
    "stripe stripes band bar bars box boxes banner banners card cards frame frames shadow shadows hex "
    "instead please pls too also only then and or but with to for on in at from of is are was were be "
    "should would will can could looks seems feels looked everywhere throughout here there it this that "
    "ish tinted toned coloured colored based again now back instead though anyway already thanks thx lol".split()
)
_DETERMINER_RE = re.compile(
    r"(?:^|\b(?:the|that|this|those|these|our|your|my|his|her|its|their|a|an)\s+)(?:(?:big|small|little|tall|"
    r"old|new|bright|dark|light|pale|deep)\s+)?$",
    _I,
)
_SCENE_WORDS = frozenset(
    "hook cta showcase intro outro opener opening ending end closing final first last second third middle "
    "problem testimonial scene scenes slide social proof main".split()
)
# "use the red one", "go with the blue one": the colour chosen, a value ("the red one in the
# first scene, make it 4 seconds" only says which)
_CHOOSING_RE = re.compile(
    r"\b(?:use|pick|choose|go\s+(?:with|for)|prefer|want|take|try|make\s+(?:it|them|the\s+\w+))\s+"
    r"(?:the|that|this|those|these)\s+$",
    _I,
)
# "make that white again", "turn it blue now": the colour set, its thing a pronoun
_MADE_RE = re.compile(
    r"\b(?:make|turn|set|change|switch|paint|keep|go|get|leave|want|need)\s+(?:that|this|it|them|these|those|its)\s+$",
    _I,
)
_WORD_RE = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")


def _colour_values(wires: list[dict[str, Any]]) -> Iterator[str]:
    for wire in wires:
        if wire.get("operation") == "create_variation":
            yield from _colour_values(list(wire.get("operations") or []))
            continue
        for key in ("color", "palette", "colors"):
            value = wire.get(key)
            if isinstance(value, str):
                yield value.upper()
            elif isinstance(value, list):
                yield from (v.upper() for v in value if isinstance(v, str))


def pointing_colour(masked: str, operations: list[Any]) -> str | None:
    """The words (colour and thing) of a colour named to point at a thing, when an edit of
    ``operations`` sets that very colour; else None."""
    values = set(_colour_values([op.to_wire() for op in operations]))
    if not values:
        return None
    pointed: dict[str, str] = {}
    named: set[str] = set()
    for colour in find_colors(masked):
        key = colour.hex.upper()
        if key not in values or colour.name.startswith("#"):
            continue
        words = _pointer(masked, colour)
        if words is None:
            named.add(key)  # "… make the end text navy": the colour asked for, said as a value too
        else:
            pointed.setdefault(key, words)
    return next((words for key, words in pointed.items() if key not in named), None)


def _pointer(masked: str, colour: Any) -> str | None:
    """ "green cilantro" when ``colour`` stands after an article before a thing's name."""
    before = masked[: colour.start]
    if not _DETERMINER_RE.search(before) or _MADE_RE.search(before):
        return None
    after = _WORD_RE.match(masked, colour.end)
    if after is None or masked[colour.end : colour.end + 1] not in (" ", "\t"):
        return None
    noun = after.group(1).casefold()
    end = after.end()
    while noun in _SCENE_WORDS:  # "red hook text", "a blue end card": the scene's words, then their field
        nxt = _WORD_RE.match(masked, end)
        if nxt is None:
            return None
        noun, end = nxt.group(1).casefold(), nxt.end()
    if noun in ("one", "ones") and _CHOOSING_RE.search(masked[: colour.start]):
        return None  # "use the red one": a colour chosen
    if noun in _TAKES_COLOUR or noun.rstrip("s") in _TAKES_COLOUR or find_colors(noun):
        return None
    return f"{colour.name} {after.group(1)}"


def pointing_why(words: str) -> str:
    """Why the reading is asked about."""
    return f"“{words}” may only say which thing you mean, not a colour to use"


# "version 3 had a better hook", "v2 had a nicer cta", "the old one had a better hook": another
# version's scene praised, read as "a better hook" (a new take and new words). Which version is
# meant and how to bring it back is asked.
_OTHER_HAD_RE = re.compile(
    r"\b(?P<who>v\s?\d+|version\s+(?:\d+|[a-d])\b|(?:the\s+)?(?:old|older|last|previous|earlier|original|"
    r"first|other|prior)\s+(?:one|version|ad|cut|draft|edit|take|video))\s+(?:had|has|got)\s+(?:a|an|the)\s+"
    r"(?:(?:much|way|far|lot)\s+)?(?:better|nicer|stronger|cooler|punchier|catchier)\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)",
    _I,
)


def other_version_better(masked: str, operations: list[Any]) -> str | None:
    """The question for "version 3 had a better hook" read as edits; else None."""
    m = _OTHER_HAD_RE.search(masked)
    if m is None or not operations:
        return None
    who = " ".join(m.group("who").split())
    what = re.sub(r"\s+(?:than|and|but|so|though|tbh|imo)$", "", m.group("what"), flags=_I)
    return (
        f"Should I put back the {what} as it was in {who}, or try a new take "
        f"of the {what} here? Nothing changed yet."
    )


# "the word 'Bold' is too loud", "'Just listed' feels shouty", "the phrase 'Order today' is too
# much": how quoted words on screen are, read as the music's volume or the whole ad's look.
_QUOTED_STATE_RE = re.compile(
    r"(?:^\W*(?:(?:hmm+|so|and|but|also|ok(?:ay)?|well)\W+)?|\b(?:the\s+)?(?:words?|phrase|line|bit|part|text|copy)\s+)"
    r"\ue000(?P<q>[\ue100-\ue1ff])\s*(?:[\u2014\u2013,:-]+\s*)?"
    r"(?:(?:is|isn'?t|'s)\s+(?:that|it|this)|is|are|'s|looks?|feels?|seems?|sounds?|reads?|comes?\s+across)\s+"
    r"(?:\w+\s+){0,3}?"
    r"(?:loud|shouty|shouting|screamy|aggressive|much|strong|intense|harsh|heavy|busy|bright|garish|calm|quiet|soft|"
    r"weak|boring|bland|flat|dull|muted|long|short|wordy|lengthy)\b",
    _I,
)
_EDITS_OF_WORDS = frozenset({"update_overlay", "update_voiceover", "update_brand"})


def quoted_state(masked: str, operations: list[Any], quotes: list[Any]) -> str | None:
    """The question for quoted words said to be loud, weak … when the reading changes no words
    of the ad (the music's volume, the whole look); else None."""
    m = _QUOTED_STATE_RE.search(masked)
    if m is None or not operations:
        return None
    if any(op.to_wire().get("operation") in _EDITS_OF_WORDS for op in operations):
        return None
    index = ord(m.group("q")) - 0xE100
    words = quotes[index].inner if 0 <= index < len(quotes) else "those words"
    return (
        f"What should change about “{words}”: the text's size, its colour, or the words themselves? "
        "Nothing changed yet."
    )


# "the word 'fresh' should be in the hook too", "'Bold' should also be in the cta": words wanted
# in a scene besides its own, read as its whole new text. Added or instead is asked.
_TOO_RE = re.compile(r"\b(?:too|also|as\s+well|in\s+addition|additionally)\b", _I)


def also_quoted(masked: str, operations: list[Any], project: Any, quotes: list[Any]) -> Any:
    """The question (a ParsedTurn with its options) for quoted words wanted in a scene "too"
    read as the scene's whole text; else None."""
    last_quote = masked.rfind("\ue000")
    # "too" after the words ("… in the hook too"), never "cta in Spanish too: 'Pídelo hoy'"
    if last_quote < 0 or not _TOO_RE.search(masked, last_quote) or len(operations) != 1:
        return None
    wire = operations[0].to_wire()
    new = wire.get("text")
    if (
        wire.get("operation") != "update_overlay"
        or not isinstance(new, str)
        or set(wire) - {"operation", "sceneId", "text"}
    ):
        return None
    if new.strip() not in {q.inner.strip() for q in quotes}:
        return None
    scene = next((x for x in project.scenes if x.id == wire.get("sceneId")), None)
    old = (scene.overlay.text or "").strip() if scene is not None else ""
    if not old or new.strip().casefold() in old.casefold():
        return None
    if old.casefold() in new.strip().casefold():
        # ("the end card should be 'Start your free trial today' as well" where it says "Start your
        # free trial": the new words hold the old, so adding would say them twice; round 37 b)
        return None
    from adgen.agent.conversation_state import PendingOption, PendingQuestion
    from adgen.agent.understanding.confirm import NO_WORDS
    from adgen.agent.understanding.result import ParsedTurn

    added = f"{old}\n{new.strip()}"
    question = (
        f"Should “{new.strip()}” be added to the text “{old}” (making “{old} / {new.strip()}”), or replace it? "
        "Say “add” or “replace”. Nothing changed yet."
    )
    asked = ParsedTurn(question=question, scene_ids=[scene.id], topic="overlay")
    asked.pending = PendingQuestion(
        question,
        [
            PendingOption(
                "add", ["add", "add it", "added", "both", "keep both", "at the end"], [dict(wire, text=added)]
            ),
            PendingOption("replace", ["replace", "replace it", "instead", "swap"], [wire]),
            PendingOption("no", list(NO_WORDS), []),
        ],
    )
    return asked


# "the 689 price, make the text gold", "the 4 bed 3 bath text is fine but the font is too small": a
# number on one scene's screen named to say which scene, while the reading changes other scenes
# too. Asked, naming the scene.
_NUMBER_POINTER_RE = re.compile(
    r"\bthe\s+[$€£(]?(?P<n>\d[\d,./:)-]*)k?\s+(?!(?:s|sec|secs|seconds?|px|pt|percent|times|x)\b)(?P<w>[a-z]+)",
    _I,
)


def number_pointer(masked: str, operations: list[Any], project: Any) -> str | None:
    """Why to ask when a number names one scene (its text) and the edits reach other scenes; else None."""
    wires = [op.to_wire() for op in operations]
    touched = {w.get("sceneId") for w in wires} - {None}
    # "the 555 number should be white": the whole ad's palette set for one scene's words
    whole = any(w.get("operation") == "update_style" and "palette" in w for w in wires)
    if len(touched) < 2 and not whole:
        return None
    for m in _NUMBER_POINTER_RE.finditer(masked):
        number = m.group("n").rstrip(",.:/-")
        having = []
        # "the 4 bed …": the number with its word first ("4 bed", not the 4 of "1-4pm"), else the number
        for pattern in (rf"{re.escape(number)}\s+{re.escape(m.group('w'))}\b", re.escape(number)):
            having = [
                x
                for x in project.scenes
                if re.search(rf"(?<![\d.,]){pattern}(?![\d])", x.overlay.text or "", _I)
            ]
            if having:
                break
        if len(having) == 1 and (whole or touched - {having[0].id}):
            place = project.scenes.index(having[0]) + 1
            return f"“{number}” is on scene {place}'s screen only, and this would change more than that scene"
    return None


__all__ = [
    "number_pointer",
    "also_quoted",
    "other_version_better",
    "pointing_colour",
    "pointing_why",
    "quoted_state",
]
