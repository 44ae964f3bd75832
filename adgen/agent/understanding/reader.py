"""One clause of a marketer's message -> typed edit operations on the current project.

Part of the offline parser (:mod:`adgen.agent.understanding.message`, whose docstring states the mapping).
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

from adgen.agent.understanding import refusals
from adgen.agent.understanding.clause import Q_TOKEN, ClauseResult, Context, blank
from adgen.agent.understanding.fields import FieldRules
from adgen.agent.understanding.scenes import SceneRef, find_scene_refs
from adgen.agent.understanding.structure import StructureRules
from adgen.agent.understanding.text_edits import find_text_value

__all__ = ["ClauseReader", "ClauseResult", "Context"]


class ClauseReader(StructureRules, FieldRules):
    """Reads clauses of one message against the project as it stands before each clause."""

    # --- entry ---------------------------------------------------------------------------
    def read(self, clause: str) -> ClauseResult:
        try:
            result = self._read(clause)
            result.role = self._role
            return result
        except ValidationError as exc:  # a value out of range: one sentence with the range
            return ClauseResult(error=refusals.friendly(exc, project=self.project), understood=True)

    def _read(self, clause: str) -> ClauseResult:
        refs_all = find_scene_refs(clause, self.project, self.quotes, context_role=self.ctx.role)
        self._role = next((r.role for r in reversed(refs_all) if r.kind == "role"), None)
        span, text = find_text_value(self, clause, refs_all)
        if span is None and not refs_all:
            refs_all = self._quoted_line(clause)  # "put 'Thirsty?' in the middle": its scene
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

    def _quoted_line(self, clause: str) -> list[SceneRef]:
        """A quote that is no new wording but one scene's words as they are now names that scene
        ("put 'Thirsty?' in the middle", "make 'Order today' smaller"), as "the hook" would."""
        found = []
        for m in re.finditer(Q_TOKEN, clause):
            words = self._quote(m.group(0))
            exact = [s.id for s in self.project.scenes if _same_words(s.overlay.text, words)]
            if len(exact) == 1:
                found.append(SceneRef(start=m.start(), end=m.end(), kind="text", ids=exact, text=m.group(0)))
        return found if len(found) == 1 else []


def _same_words(a: str, b: str) -> bool:
    def key(x: str) -> str:
        return " ".join(x.split()).casefold().rstrip(".!")

    return bool(key(b)) and key(a) == key(b)
