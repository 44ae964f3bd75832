"""The predicates of the expectation language: what a changed value must satisfy.

Each check takes (argument, value now, value before, the field's range) and returns None when
satisfied, else a few words saying what was expected. Colours are judged by name families, look
changes by the words a background prompt gained (a negation such as "less dark" counts the
other way), sizes and volumes by their ratio to the value before.
"""

from __future__ import annotations

import colorsys
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from heldout_cases import CaseError
from heldout_diff import MISSING, Change, identical, is_number

# "a bit" and "much" as ratios of the value before (CONTRACTS give the fields' ranges).
BIT_GROW, MUCH_GROW = (1.05, 1.35), 1.40
BIT_SHRINK, MUCH_SHRINK = (0.70, 0.95), 0.65
NUMBER_TOLERANCE = 0.05

RESERVED = ("optional", "changed", "removed", "unchanged", "same_content")
KEY_FLAGS = ("optional", "at_least_one", "count")
SCENE_PREDICATES = ("look", "only")


def limits_for(path: tuple[str, ...]) -> tuple[float, float] | None:
    """The range of a numeric field (CONTRACTS §1 and adgen.project), for "much" at the limit."""
    leaf = path[-1] if path else ""
    if leaf == "fontSize":
        return (12, 200)
    if leaf in ("scale", "volume"):
        return (0.0, 1.0)
    if leaf == "durationSec":
        return (5.0, 120.0) if len(path) == 1 else (0.5, 30.0)
    return None


def check_value(
    pred: Any, value: Any, old: Any = MISSING, limits: tuple[float, float] | None = None
) -> str | None:
    """None when ``value`` satisfies ``pred`` (``old`` is the value before), else what was expected."""
    if isinstance(pred, str) and pred in RESERVED:
        if pred == "optional":
            return None
        if pred == "changed":
            return None if not identical(value, old) else "a change"
        raise CaseError(f"{pred!r} cannot be used on a single field")
    if not isinstance(pred, dict):
        return None if _same(value, pred) else repr(pred)
    for name, arg in pred.items():
        if name in KEY_FLAGS:
            continue
        check = VALUE_CHECKS.get(name)
        if check is None:
            raise CaseError(f"unknown predicate {name!r}")
        problem = check(arg, value, old, limits)
        if problem:
            return problem
    return None


def _same(value: Any, expected: Any) -> bool:
    if is_number(value) and is_number(expected):
        return abs(value - expected) <= NUMBER_TOLERANCE
    return value == expected


def fold(text: Any) -> str:
    return normalise_text(str(text)).casefold()


def normalise_text(text: str) -> str:
    """Curly quotes as straight ones, runs of white space as one space."""
    for curly, plain in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(curly, plain)
    return " ".join(text.split())


def as_list(arg: Any) -> list[Any]:
    return list(arg) if isinstance(arg, list | tuple) else [arg]


def _text_equal(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    def norm(s: Any) -> str:
        return fold(s).strip().rstrip(".!").strip()

    return None if isinstance(value, str) and norm(value) == norm(arg) else f"text {arg!r} (any case)"


def _line(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    lines = value.splitlines() if isinstance(value, str) else []
    return None if any(line.strip() == arg for line in lines) else f"a line that reads exactly {arg!r}"


def _line_ci(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    lines = value.splitlines() if isinstance(value, str) else []
    ok = any(_text_equal(arg, line, MISSING, None) is None for line in lines)
    return None if ok else f"a line that reads {arg!r} (any case)"


def _contains(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    missing = [a for a in as_list(arg) if not isinstance(value, str) or fold(a) not in fold(value)]
    return f"text containing {missing}" if missing else None


def _contains_any(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    ok = isinstance(value, str) and any(fold(a) in fold(value) for a in as_list(arg))
    return None if ok else f"text containing one of {as_list(arg)}"


def _excludes(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    found = [a for a in as_list(arg) if isinstance(value, str) and fold(a) in fold(value)]
    return f"text without {found}" if found else None


def _in(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return None if any(_same(value, a) for a in arg) else f"one of {arg}"


def _not_in(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return f"none of {arg}" if any(_same(value, a) for a in arg) else None


def _equals(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return None if _same(value, arg) else repr(arg)


def _changed(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return None if (not arg) or not identical(value, old) else "a change"


def _one_of(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return None if any(_same(value, a) for a in arg) else f"one of {arg}"


def _first(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return None if isinstance(value, list) and value and value[0] == arg else f"{arg} first"


def _last(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return None if isinstance(value, list) and value and value[-1] == arg else f"{arg} last"


# Words: what a text gained, read in order so a negation ("less busy", "not dark") is seen.
NEGATIONS = frozenset({"less", "not", "no", "without", "fewer", "non", "reduce", "reduced", "minus", "never"})
_WORD = re.compile(r"[0-9a-z\u00c0-\uffff]+(?:['-][0-9a-z\u00c0-\uffff]+)*")


def added_runs(old: Any, new: Any) -> list[list[str]]:
    """The runs of words ``new`` has that ``old`` had not (all of ``new`` when there was no old)."""
    after = _WORD.findall(str(new).lower()) if isinstance(new, str) else []
    before = _WORD.findall(str(old).lower()) if isinstance(old, str) else []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    return [after[j1:j2] for tag, _, _, j1, j2 in matcher.get_opcodes() if tag in ("insert", "replace")]


def word_hits(runs: list[list[str]], terms: Iterable[str]) -> tuple[int, int]:
    """How often the terms occur in the runs plainly, and how often negated ("less bright")."""
    plain = negated = 0
    wanted = [t.lower().split() for t in terms]
    for run in runs:
        for i in range(len(run)):
            for words in wanted:
                window = run[i : i + len(words)]
                if len(window) == len(words) and all(
                    w.startswith(t) for w, t in zip(window, words, strict=True)
                ):
                    if i > 0 and run[i - 1] in NEGATIONS:
                        negated += 1
                    else:
                        plain += 1
    return plain, negated


def _adds_any(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    plain, _ = word_hits(added_runs(old, value), as_list(arg))
    return None if plain else f"new words among {as_list(arg)}"


def _adds_none(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    plain, _ = word_hits(added_runs(old, value), as_list(arg))
    return f"no new words among {as_list(arg)}" if plain else None


# Colours.
FAMILIES = ("red", "orange", "yellow", "green", "teal", "blue", "purple", "pink", "white", "black", "grey")
_HUES = {
    "red": ((340, 360), (0, 18)),
    "orange": ((12, 48),),
    "yellow": ((42, 72),),
    "green": ((65, 170),),
    "teal": ((160, 200),),
    "blue": ((190, 260),),
    "purple": ((250, 310),),
    "pink": ((290, 350),),
}


def color_families(hex_color: Any) -> set[str]:
    """The colour names a #RRGGBB plausibly answers to (borderline colours answer to two)."""
    if not isinstance(hex_color, str) or not re.fullmatch(r"#[0-9a-fA-F]{6}", hex_color):
        return set()
    r, g, b = (int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    hue = h * 360
    names = set()
    if v < 0.25:
        names.add("black")
    if s < 0.18 and v > 0.85:
        names.add("white")
    if s < 0.18 and 0.2 <= v <= 0.9:
        names.add("grey")
    if s >= 0.18 and v >= 0.2:
        for name, ranges in _HUES.items():
            if any(lo <= hue < hi for lo, hi in ranges):
                names.add(name)
        if (hue >= 330 or hue < 15) and s < 0.6 and v > 0.75:
            names.add("pink")
    return names


def warmth(colors: Any) -> float | None:
    """Mean red minus blue (0-255) of a colour or list of colours: higher is warmer."""
    values = [c for c in as_list(colors) if color_families(c) or re.fullmatch(r"#[0-9a-fA-F]{6}", str(c))]
    if not values:
        return None
    return sum(int(c[1:3], 16) - int(c[5:7], 16) for c in values) / len(values)


def _color(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return None if color_families(value) & set(as_list(arg)) else f"a colour that is {'/'.join(as_list(arg))}"


def _colors(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    wanted = set(as_list(arg))
    found = [color_families(c) for c in as_list(value)] if isinstance(value, list) else []
    every_colour_wanted = bool(found) and all(names & wanted for names in found)
    every_name_present = all(any(name in names for names in found) for name in wanted)
    return (
        None if every_colour_wanted and every_name_present else f"colours that are exactly {sorted(wanted)}"
    )


def _warmer(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    now, before = warmth(value), warmth(old)
    ok = now is not None and before is not None and (now > before + 5) == bool(arg)
    return None if ok else "warmer colours"


def _cooler(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    now, before = warmth(value), warmth(old)
    ok = now is not None and before is not None and (now < before - 5) == bool(arg)
    return None if ok else "cooler colours"


# Numbers.
def _ratio(value: Any, old: Any) -> float | None:
    if not (is_number(value) and is_number(old)) or old <= 0:
        return None
    return value / old


def _resize(arg: Any, value: Any, old: Any, limits: Any, *, larger: bool) -> str | None:
    """ "a bit", "much" or "any" larger (smaller) than before, as a ratio; the field's limit counts as much."""
    ratio = _ratio(value, old)
    word = "larger" if larger else "smaller"
    if ratio is None:
        return f"a {word} number ({arg})"
    bit, much = (BIT_GROW, MUCH_GROW) if larger else (BIT_SHRINK, MUCH_SHRINK)
    limit = (limits[1] if larger else limits[0]) if limits else None
    if arg == "bit":
        ok = bit[0] <= ratio <= bit[1]
        return None if ok else f"a bit {word}: x{bit[0]}..x{bit[1]} of {old}"
    if arg == "much":
        at_limit = limit is not None and abs(value - limit) < 1e-6
        ok = (ratio >= much if larger else ratio <= much) or at_limit
        bound = "at least" if larger else "at most"
        return (
            None
            if ok
            else f"much {word}: {bound} x{much} of {old} (or the {'maximum' if larger else 'minimum'})"
        )
    ok = ratio > 1 + 1e-9 if larger else ratio < 1 - 1e-9
    return None if ok else f"{word} than {old}"


def _grow(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return _resize(arg, value, old, limits, larger=True)


def _shrink(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return _resize(arg, value, old, limits, larger=False)


def _delta(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    ok = is_number(value) and is_number(old) and abs((value - old) - arg) <= NUMBER_TOLERANCE
    return None if ok else f"{old} {arg:+g}"


def _min(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return None if is_number(value) and value >= arg - 1e-9 else f"at least {arg}"


def _max(arg: Any, value: Any, old: Any, limits: Any) -> str | None:
    return None if is_number(value) and value <= arg + 1e-9 else f"at most {arg}"


VALUE_CHECKS = {
    "equals": _equals,
    "text": _text_equal,
    "line": _line,
    "line_ci": _line_ci,
    "contains": _contains,
    "contains_any": _contains_any,
    "excludes": _excludes,
    "adds_any": _adds_any,
    "adds_none": _adds_none,
    "in": _in,
    "not_in": _not_in,
    "one_of": _one_of,
    "first": _first,
    "last": _last,
    "changed": _changed,
    "color": _color,
    "colors": _colors,
    "warmer": _warmer,
    "cooler": _cooler,
    "grow": _grow,
    "shrink": _shrink,
    "delta": _delta,
    "min": _min,
    "max": _max,
}


# Looks: words a background prompt may gain for each, the opposite words, and the stems of a
# numeric look field (a later schema may add one) with the direction it must move.
@dataclass(frozen=True)
class Look:
    words: tuple[str, ...]
    opposite: tuple[str, ...]
    field_stems: tuple[str, ...]
    direction: int


LOOKS = {
    "brighter": Look(
        (
            "bright",
            "light",
            "sunny",
            "sunlit",
            "sunlight",
            "luminous",
            "radiant",
            "glow",
            "airy",
            "high-key",
            "well-lit",
            "daylight",
            "lit",
        ),
        ("dark", "dim", "shadow", "moody", "night", "gloom", "low-key", "low light", "murky", "dusk"),
        ("bright", "exposure", "light", "luma"),
        +1,
    ),
    "darker": Look(
        ("dark", "dim", "moody", "shadow", "night", "low-key", "low light", "dusk", "gloom", "noir"),
        ("bright", "sunny", "luminous", "high-key", "radiant", "sunlit"),
        ("bright", "exposure", "light", "luma"),
        -1,
    ),
    "vivid": Look(
        (
            "vivid",
            "vibrant",
            "saturated",
            "rich",
            "contrast",
            "punchy",
            "bold",
            "colorful",
            "colourful",
            "intense",
            "deep",
            "pop",
        ),
        ("washed", "muted", "desaturated", "pale", "faded", "dull"),
        ("satur", "contrast", "vivid", "vibran", "chroma"),
        +1,
    ),
    "calmer": Look(
        (
            "calm",
            "simple",
            "minimal",
            "clean",
            "plain",
            "uncluttered",
            "soft",
            "serene",
            "quiet",
            "sparse",
            "still",
            "tidy",
            "less busy",
            "less clutter",
        ),
        ("busy", "clutter", "chaotic", "energetic", "dynamic", "crowded", "hectic"),
        ("motion", "energy", "busy", "detail", "clutter", "complex"),
        -1,
    ),
    "warmer": Look(
        ("warm", "golden", "sunset", "amber", "orange"),
        ("cool", "cold", "blue", "icy"),
        ("warm", "temperature"),
        +1,
    ),
}
NOT_LOOK_FIELDS = frozenset({"overlay", "product", "durationSec", "role", "id"})


def look_verdict(name: str, changes: list[Change]) -> str:
    """'ok' when the scene's background moved toward the look, 'none' when it did not change,
    'wrong' when it changed some other way (opposite words, an undirected re-roll)."""
    look = LOOKS.get(name)
    if look is None:
        raise CaseError(f"unknown look {name!r}")
    toward = against = 0
    for change in changes:
        rel = change.path[2:]
        if rel == ("backgroundPrompt",):
            runs = added_runs(change.before, change.after)
            plain, negated = word_hits(runs, look.words)
            plain_opp, negated_opp = word_hits(runs, look.opposite)
            toward += plain + negated_opp
            against += negated + plain_opp
        elif rel and any(stem in rel[-1].lower() for stem in look.field_stems):
            if is_number(change.before) and is_number(change.after):
                moved = (change.after - change.before) * look.direction
                toward += moved > 0
                against += moved < 0
    if not changes:
        return "none"
    return "ok" if toward and not against else "wrong"


__all__ = [
    "FAMILIES",
    "KEY_FLAGS",
    "LOOKS",
    "NOT_LOOK_FIELDS",
    "RESERVED",
    "SCENE_PREDICATES",
    "VALUE_CHECKS",
    "added_runs",
    "as_list",
    "check_value",
    "color_families",
    "fold",
    "limits_for",
    "look_verdict",
    "normalise_text",
    "warmth",
    "word_hits",
]
