"""A whole order of scenes, written as a list: "change the order to cta first", "order should be
hook, cta, showcase", "order: cta then hook then showcase", "cta, then hook, then the rest", and,
with no verb at all, "hook, cta, showcase" or "3, 1, 2" when the list names every scene once.

Part of :mod:`adgen.agent.understanding` (round twenty-six b: "change the order to cta first" set
the CTA's words to "cta first"; the lists without a verb were missed). Each item of the list must
name one scene (a role, "scene N", or a bare number); a role several scenes share is taken in the
order those scenes stand, as often as it is named. A list that leaves scenes out is read only when
it says where the rest go ("then the rest", "X first"); otherwise it is a question naming the
scenes left out. A list without "order" or a verb must name every scene, with at least three
items, so "hook, cta" (an answer, a topic) is never read as an order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from adgen.agent.understanding.scenes import ROLE_LABEL, join_words, role_of_word
from adgen.project import AdProject
from adgen.tools import operations as ops

_I = re.I
_POLITE = (
    r"(?:(?:ok(?:ay)?|so|hmm+|actually|also|please|pls|can\s+you|could\s+you|can\s+we|could\s+we|let'?s|i\s+think)"
    r"\b[\s,]*)*"
)
# what says that a list is an order of scenes
_LEAD_RE = re.compile(
    r"^\W*" + _POLITE + r"(?:"
    r"(?:change|set|make|switch|swap|update|fix|put)\s+(?:the\s+)?(?:scene\s+)?(?:order|sequence)(?:\s+of\s+(?:the\s+)?scenes)?"
    r"(?:\s+(?:to|so\s+(?:it'?s|it\s+is)|as|like))?\s*:?"
    r"|(?:the\s+)?(?:new\s+)?(?:scene\s+)?(?:order|sequence)(?:\s+of\s+(?:the\s+)?scenes)?\s*"
    r"(?:should\s+be|must\s+be|needs\s+to\s+be|will\s+be|is|=|:|->|→|to)\s*:?"
    r"|(?:can|could)\s+(?:the|we\s+make\s+the)\s+(?:scene\s+)?order\s+be\s*:?"
    r"|(?:i|we)(?:\s+(?:want|need|would\s+like|prefer)|'?d\s+like)\s+the\s+(?:scene\s+)?order\s*(?:to\s+be|as|like)?\s*:?"
    r"|(?:re-?order|re-?arrange|re-?sequence)\s+(?:the\s+scenes|them|it)?\s*(?:to|as|like|into|so\s+it'?s)?\s*:?"
    r"|(?:put\s+)?(?:the\s+)?scenes\s+in\s+(?:this\s+)?order\s*:?"
    r"|(?:go|do\s+it|play\s+them)\s+(?=\S+\s*(?:>|->|→))"
    r")\s*",
    _I,
)
_END_RE = re.compile(r"(?:[\s,]+(?:please|pls|thanks|thx|instead|then))*\W*$", _I)
_SEP_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?(?:then\s+)?(?:after\s+that\s+)?|>+|->|→|=>|/|;|\bthen\b|\band\s+then\b|\bfollowed\s+by\b|\band\b|\bto\b)\s*",
    _I,
)
_REST_RE = re.compile(
    r"^(?:(?:then\s+)?(?:all\s+)?(?:the\s+)?(?:rest|others|other\s+scenes|remaining\s+(?:ones|scenes))"
    r"(?:\s+(?:after|as\s+(?:they\s+are|before|is)|in\s+(?:the\s+same|their)\s+order|unchanged))?"
    r"|everything\s+else(?:\s+after)?)$",
    _I,
)
_ITEM_RE = re.compile(
    r"^(?:the\s+)?(?:(?:scene|slide|shot)\s*#?\s*(?P<n>\d{1,2})|(?P<bare>\d{1,2})|(?P<role>[a-z][a-z\s-]*?))"
    r"(?:\s+(?:scene|slide|shot|one|card))?(?P<first>\s+(?:first|at\s+the\s+(?:start|front|beginning)|up\s+front|goes\s+first|comes\s+first))?$",
    _I,
)


@dataclass
class OrderReading:
    """A list read as an order: the new order (ids), or a question; ``ids`` empty for neither."""

    order: list[str] = field(default_factory=list)
    question: str | None = None


def whole_order(plain: str, project: AdProject) -> OrderReading | None:
    """The order a message lists, or None when it is no list of scenes."""
    text = plain.strip()
    lead = _LEAD_RE.match(text)
    body = text[lead.end() :] if lead else text
    body = body[: _END_RE.search(body).start()].strip()  # type: ignore[union-attr]
    if not body:
        return None
    parts = [p.strip() for p in _SEP_RE.split(body) if p and p.strip()]
    rest = bool(parts) and bool(_REST_RE.match(parts[-1]))
    if rest:
        parts = parts[:-1]
    if not parts:
        return None
    current = [s.id for s in project.scenes]
    roles = {s.id: s.role for s in project.scenes}
    picked: list[str] = []
    first_marked = False
    numbers = 0
    for part in parts:
        m = _ITEM_RE.match(part)
        if m is None:
            return None
        if m.group("first"):
            if picked:
                return None
            first_marked = True
        n = m.group("n") or m.group("bare")
        if n is not None:
            numbers += 1
            if not 1 <= int(n) <= len(current):
                return None
            sid = current[int(n) - 1]
        else:
            role = role_of_word(m.group("role").strip())
            if role is None:
                return None
            free = [i for i in current if roles[i] == role and i not in picked]
            if not free:
                return None
            sid = free[0]
        if sid in picked:
            return None
        picked.append(sid)
    complete = len(picked) == len(current)
    if lead is None and not (
        (complete and len(parts) >= 3 and not rest and not first_marked)
        or (rest and (len(parts) >= 2 or first_marked))
    ):
        return None
    if not lead and numbers and numbers != len(parts):
        return None
    if complete or rest or (first_marked and len(picked) == 1):
        order = picked + [i for i in current if i not in picked]
        return OrderReading(order=order)
    left = [i for i in current if i not in picked]
    named = join_words([_name(project, i) for i in picked], "then")
    missing = join_words([_name(project, i) for i in left], "and")
    return OrderReading(
        question=f"You put {named} in that order: where should {missing} go? (Or say “then the rest”.)"
    )


def _name(project: AdProject, sid: str) -> str:
    for i, s in enumerate(project.scenes, start=1):
        if s.id == sid:
            return f"scene {i} ({ROLE_LABEL[s.role]})"
    return sid


def order_operations(reading: OrderReading, project: AdProject) -> list[ops.ReorderScenes]:
    """The reorder a reading makes (none when the scenes already stand so)."""
    if reading.order == [s.id for s in project.scenes]:
        return []
    return [ops.ReorderScenes(order=reading.order)]
