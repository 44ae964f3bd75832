"""A correction that gives only an amount after a step (round twenty-six).

"make the hook a second shorter" (6 s to 5 s) -> "no, 2 seconds": 2 s long, or 2 s shorter than
the 6 s it was? The words alone cannot say, so the parser asks, naming both. When only one reading
fits (as a length it would go the other way, or both make one length) that one is made; when the
words say ("no, 2 seconds shorter", "no, make it 2 seconds long"), the correction reads as usual.
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import ConversationState

_I = re.IGNORECASE

# The last request changed a length by a step ("a second shorter", "2 seconds longer", "trim the hook").
_STEP_RE = re.compile(
    r"\b(?:shorter|longer|quicker|faster|slower|trim(?:med)?|cut|shave|shaved|extend(?:ed)?|stretch(?:ed)?|"
    r"lengthen(?:ed)?|shorten(?:ed)?|add|remove|take\s+off|less|more|extra)\b",
    _I,
)
# The correction is an amount of time and nothing that says how it applies ("no, 2 seconds", "I
# meant 3 secs", "2 then", "no, 2").
_BARE_AMOUNT_RE = re.compile(
    r"^\W*(?:(?:no+|nope|nah|sorry|i\s+(?:said|meant|mean)|meant|make\s+it|it\s+should\s+be|i\s+wanted|wait|actually)\W+)*"
    r"(?P<n>\d+(?:[.,]\d+)?|one|two|three|four|five|six|half\s+a)"
    r"\s*(?P<unit>s|secs?|seconds?)?\b"
    r"\W*(?:(?:then|please|pls|instead|not\s+(?:one|1|a\s+second))\W*)*$",
    _I,
)
_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "half a": "0.5"}


def _last_step(state: ConversationState) -> tuple[dict, float, float] | None:
    """The one length the last request changed by a step: its operation, before and after."""
    if not state.last_request or not _STEP_RE.search(state.last_request):
        return None
    last = [op for op in state.last_operations or [] if op.get("durationSec") is not None]
    if len(last) != 1 or len(state.last_operations or []) != 1:
        return None
    op = last[0]
    before = (op.get("before") or {}).get("durationSec")
    if op.get("operation") not in {"update_scene", "set_duration"} or not isinstance(before, int | float):
        return None
    if float(op["durationSec"]) == float(before):
        return None
    return op, float(before), float(op["durationSec"])


def corrected_amount(words: str, state: ConversationState) -> tuple[str | None, dict | None]:
    """A bare amount correcting a length step: (a question, None) when it may be the amount or the
    length and the two differ; (None, the operation's wire) when only one reading fits (as a length
    it would go the other way: the amount; both give the same length: that length); (None, None)
    when the words are no such amount."""
    m = _BARE_AMOUNT_RE.match(words)
    step = _last_step(state) if m is not None else None
    if m is None or step is None:
        return None, None
    op, was, now = step
    value = float(_WORDS.get(m.group("n").lower(), m.group("n").replace(",", ".")))
    way = 1 if now > was else -1
    amount = round(was + way * value, 2)
    wire = {k: v for k, v in op.items() if k in ("operation", "sceneId")}
    if amount <= 0:
        return None, None  # (as an amount it cannot be: a length, read as usual)
    if (value - was) * way <= 0 or amount == value:
        return None, {**wire, "durationSec": amount}
    longer = "longer" if way > 0 else "shorter"
    # (the words of the question asked of "no, 2" after "1 second longer", round twenty-five)
    return f"{value:g} s long, or {value:g} s {longer} than the {was:g} s it was ({amount:g} s)?", None


# --- "I meant 20%" after "make the hook text 10% bigger" (round twenty-eight) --------------------
# A bare percentage correcting the last step: the same fields, the same way, by that much from
# where they were (read as a new request it was not understood at all).
_BARE_PERCENT_RE = re.compile(
    r"^\W*(?:(?:no+|nope|nah|sorry|oops|i\s+(?:said|meant|mean)|meant|make\s+it|it\s+should\s+be|i\s+wanted|wait|actually)\W+)*"
    r"(?P<n>\d+(?:[.,]\d+)?)\s*(?:%|percent|per\s+cent|pct)"
    r"\W*(?:(?:then|please|pls|instead|not\s+\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent|pct)?)\W*)*$",
    _I,
)
# (field, how a value is kept: an int, or rounded to so many places, and its ceiling)
_STEPPED_FIELDS: dict[str, tuple[int | None, float | None]] = {
    "fontSize": (None, None),
    "volume": (2, 1.0),
    "durationSec": (1, None),
    "scale": (2, None),
}


def corrected_percent(words: str, state: ConversationState) -> list[dict] | None:
    """The last step's operations redone by the percentage ``words`` give ("I meant 20%"), from the
    values they had before it; None when the words are no bare percentage or the last request was
    no step of a number."""
    m = _BARE_PERCENT_RE.match(words)
    if m is None or not state.last_operations:
        return None
    share = float(m.group("n").replace(",", ".")) / 100
    if not 0 < share < 1:
        return None
    made = []
    for op in state.last_operations:
        before = op.get("before") or {}
        wire = {k: v for k, v in op.items() if k in ("operation", "sceneId")}
        for name, (places, ceiling) in _STEPPED_FIELDS.items():
            was, now = before.get(name), op.get(name)
            if not isinstance(was, int | float) or not isinstance(now, int | float) or was == now or was <= 0:
                continue
            value = was * (1 + share) if now > was else was * (1 - share)
            value = round(value) if places is None else round(value, places)
            if ceiling is not None:
                value = min(value, ceiling)
            wire[name] = value
        if set(wire) - {"operation", "sceneId"}:
            made.append(wire)
    return made or None
