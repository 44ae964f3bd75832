"""One clause of a marketer's message -> typed edit operations on the current project.

Part of the offline parser (:mod:`adgen.agent.parser`, whose docstring states the mapping).
A :class:`ClauseReader` reads one clause (quotes already masked) in this order, stopping at
the first kind of request that matches:

1. a replaced text: "change 'Order today' to 'Order now'";
2. scene structure: reorder (swap / move to start, end, before, after / reverse), add,
   remove; then "a different hook" and regenerate ("new background", "another take");
3. field edits, collected together so one clause can change several things: brand (name,
   tagline, font, colours), music (volume, mood), product placement (size, position,
   visibility), on-screen text (words, size, position, colour), the look (relative words,
   lighting, style, palette, background), durations.

Targets: the clause's scene references; with none, a pronoun ("it", "them") means the scenes
the previous clause named; otherwise the whole ad.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from adgen.agent.parse_clause import Q_TOKEN, ROLE_ALT, ClauseResult, Context, blank
from adgen.agent.parse_fields import FieldRules
from adgen.agent.parse_refs import SceneRef, find_scene_refs
from adgen.agent.parse_structure import StructureRules
from adgen.agent.parse_values import find_colors, find_durations, text_value, unmask
from adgen.agent.parse_words import find_looks
from adgen.tools.wording import invalid_value_sentence

__all__ = ["ClauseReader", "ClauseResult", "Context"]

_I = re.I

# --- text values --------------------------------------------------------------------------
_SAY_RE = re.compile(r"(?P<kw>\b(?:say|says|saying|said|read|reads|reading)\b)\s*[:,-]?\s*(?=\S)", _I)
_LABEL_RE = re.compile(
    rf"(?:^|(?<=[\s,;]))(?:(?:the|its|it's)\s+)?(?:(?:{ROLE_ALT})(?:\s*(?:text|headline|caption|copy|title|line|message|wording))?"
    r"|scene\s*\d+(?:\s+(?:text|headline|caption|copy|line))?|text|headline|caption|copy|title|line|message|wording|"
    r"words|overlay(?:\s+text)?|on[\s-]screen\s+text)\s*(?P<kw>[:=])\s*(?=\S)",
    _I,
)
_IS_TEXT_RE = re.compile(
    r"\b(?:text|headline|caption|copy|title|line|message|wording|words|overlay)\s+"
    r"(?P<kw>should\s+(?:now\s+)?be|is\s+now|becomes?|=|to\s+read|now)\s+(?=\S)",
    _I,
)
_ATTRIBUTION_RE = re.compile(r"^\s*[–—-]+\s*\w", _I)
_LEAD_QUOTE_RE = re.compile(rf"^\s*(?:the\s+(?:text|words|line)\s+)?(?P<q>{Q_TOKEN})", _I)
_TRAIL_MOD_RE = re.compile(
    r"\s+(?:in|at|on|with)\s+(?:the\s+)?(?P<m>[#\w\s-]{2,24}?)(?:\s+(?:text|font|letters|colou?r|of\s+the\s+screen))?\s*[.!]?\s*$",
    _I,
)


_VALUE_FILLER_RE = re.compile(
    r"\b(?:a|an|the|bit|little|lot|much|way|more|less|and|or|please|very|really|slightly|even|text|font|"
    r"size|colou?r|top|bottom|center|centre|middle|left|right|bigger|smaller|larger|big|small|"
    r"seconds?|secs?|s|px|pt)\b|[\s,.!;:%-]+|\d+",
    _I,
)


def _only_values(fragment: str) -> bool:
    """Only look words, colours, durations, sizes or positions: nothing that reads as a line."""
    spans = [(s, e) for s, e, _ in find_looks(fragment)]
    spans += [(c.start, c.end) for c in find_colors(fragment)]
    spans += [(d.start, d.end) for d in find_durations(fragment)]
    left = _VALUE_FILLER_RE.sub("", blank(fragment, spans))
    return not left.strip() and bool(spans or fragment.strip())


class ClauseReader(StructureRules, FieldRules):
    """Reads clauses of one message against the project as it stands before each clause."""

    # --- entry ---------------------------------------------------------------------------
    def read(self, clause: str) -> ClauseResult:
        try:
            result = self._read(clause)
            result.role = self._role
            return result
        except ValidationError as exc:
            return ClauseResult(error=invalid_value_sentence(exc), understood=True)

    def _read(self, clause: str) -> ClauseResult:
        refs_all = find_scene_refs(clause, self.project, self.quotes, context_role=self.ctx.role)
        self._role = next((r.role for r in reversed(refs_all) if r.kind == "role"), None)
        span, text = self._text_value(clause, refs_all)
        if span is not None:
            refs = [r for r in refs_all if r.end <= span[0] or r.start >= span[1]]
            body = blank(clause, [span])
        else:
            refs = refs_all
            body = clause
        for handler in (
            self._replace_quote,
            self._reorder,
            self._add,
            self._remove,
            self._different,
            self._regenerate,
        ):
            result = handler(clause, body, refs)
            if result is not None:
                return result
        return self._fields(body, refs, text)

    def _text_value(self, clause: str, refs: list[SceneRef]) -> tuple[tuple[int, int] | None, str | None]:
        """Where the new on-screen words are ("say ...", "CTA: ...", "text should be ..."), and the words.

        The span covers the keyword and the words, not what follows a leading quote
        ("say 'Hi' in yellow") or a trailing modifier ("say Hi in yellow").
        """
        floor = max([r.end for r in refs if r.kind == "text"], default=0)
        best = None
        for pattern in (_SAY_RE, _LABEL_RE, _IS_TEXT_RE):
            m = pattern.search(clause, floor)
            if m and (best is None or m.start("kw") < best.start("kw")):
                best = m
        if best is None:
            return None, None
        start = best.start("kw")
        fragment = clause[best.end() :]
        lead = _LEAD_QUOTE_RE.match(fragment)
        if lead:
            if _ATTRIBUTION_RE.match(fragment[lead.end() :]):
                # A quote with its attribution ("“Love them” – Ana"): the whole line, quotes kept.
                return (start, len(clause)), unmask(fragment[lead.start("q") :], self.quotes).strip()
            return (start, best.end() + lead.end()), self._quote(lead.group("q"))
        end = len(clause)
        trail = _TRAIL_MOD_RE.search(fragment)
        if trail and self._is_modifier(trail.group("m")):
            end = best.end() + trail.start()
            fragment = fragment[: trail.start()]
        if best.re is not _SAY_RE and _only_values(fragment):
            return None, None  # "scene 2: brighter", "text should be bigger": changes, not words
        return (start, end), text_value(fragment, self.quotes)

    @staticmethod
    def _is_modifier(words: str) -> bool:
        w = words.strip().lower()
        if w in ("top", "bottom", "center", "centre", "middle", "bigger font", "larger font", "smaller font"):
            return True
        colors = find_colors(w)
        return bool(colors) and colors[0].start == 0 and colors[-1].end == len(w)
