"""The same kind of change with new words: after "change the narrator's line in the showcase to
'…'", "do the same for the hook: 'Dinner panic?'" is the hook's voice-over, with those words.

Part of :mod:`adgen.agent.understanding`. "The same for X" alone repeats the last change on X
(:mod:`followups`); with a quote, the quote is the new value, and what "the same" carries over is
the kind of words the last request changed (the voice-over or the on-screen text). Read before
the clause reader, which would otherwise take the quote for on-screen text whatever came before.
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding.followups import Repeat
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK, Quoted
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.topics import topic_of
from adgen.project import AdProject
from adgen.tools import operations as ops

_SAME_KIND_RE = re.compile(
    r"\b(?:the\s+)?same(?:\s+(?:kind|sort|type)\s+of)?(?:\s+(?:thing|change|edit|treatment))?\s+(?:for|to|on|with|in)\b"
    r"|\b(?:likewise|ditto|similarly)\s*,?\s+(?:for|on|with)\b",
    re.I,
)
_QUOTE_RE = re.compile(PLACEHOLDER_MARK + "[\ue100-\ue1ff]")
# The operations whose words "the same" may carry to another scene.
_WORDED = ("update_voiceover", "update_overlay")


def same_with_words(
    clause: str, quotes: list[Quoted], project: AdProject, state: ConversationState
) -> Repeat | None:
    """The last request's kind of words (one kind), set to the one quoted value in the scenes
    the clause names; None when the clause is not such a follow-up."""
    if not state.last_operations or state.project_id not in (None, project.project_id):
        return None
    placed = _QUOTE_RE.findall(clause)
    if len(placed) != 1 or not _SAME_KIND_RE.search(clause):
        return None
    kinds = {op.get("operation") for op in state.last_operations if op.get("text") is not None}
    if len(kinds) != 1 or not kinds <= set(_WORDED):
        return None
    kind = kinds.pop()
    ids = [
        sid
        for ref in find_scene_refs(clause, project, quotes)
        if ref.kind not in ("all", "text") and ref.ids
        for sid in ref.ids
    ]
    index = ord(placed[0][1]) - 0xE100
    if not ids or not 0 <= index < len(quotes):
        return None
    words = quotes[index].inner
    made = [
        ops.parse_operation({"operation": kind, "sceneId": sid, "text": words}) for sid in dict.fromkeys(ids)
    ]
    return Repeat(ops=made, targets=list(dict.fromkeys(ids)), topic=topic_of(made[-1]))


__all__ = ["same_with_words"]
