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
