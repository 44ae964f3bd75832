"""A claim to mention in a scene, in the marketer's own words, unquoted: asked how it goes in.

Part of :mod:`adgen.agent.understanding`. "mention our 24 hour brew in the showcase", "can you
call out the free shipping in the cta?", "work in that it's vegan on the hook": the words are a
claim, not the scene's new text as written ("24 hour" once read as a length of 24 hours). The
reply asks whether the claim replaces the scene's words or is added after them, both offered
as one-word answers; nothing changes before the answer. (Quoted words are the new text as
typed, read by the text readers.)
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.project import OVERLAY_MAX_CHARS, AdProject

_I = re.I
_MENTION_RE = re.compile(
    r"^\W*(?:(?:please|pls|ok(?:ay)?|also|and|now|so|hey)\b[\s,]*)*"
    r"(?:(?:can|could|would)\s+(?:you|we)\s+(?:please\s+)?|let'?s\s+|i'?d\s+like\s+(?:you\s+)?to\s+|we\s+should\s+)?"
    r"(?:mention|call\s+out|highlight(?=\s+(?:that|how)\b)|work\s+in|squeeze\s+in|talk\s+about|bring\s+up)\s+"
    r"(?P<what>(?:(?!\s(?:in|on|into)\s).)+?)\s+(?:in|on|into|during)\s+(?P<where>(?:the\s+)?[\w\s-]{2,30}?)"
    r"(?:\s+(?:too|as\s+well|please|pls|somehow|if\s+you\s+can))*\s*[?.!]*\s*$",
    _I,
)
# Words that say the claim's owner, not the claim: "our 24 hour brew" says "24 hour brew".
# ("mention the bottle in the hook": the product shown, a logo, the music: no claim to write)
_NOT_A_CLAIM_RE = re.compile(
    r"\b(?:product|bottle|can|jar|box|pack(?:aging|shot)?|logo|photo|image|picture|music|song|voice|brand\s+colou?rs?)\b",
    _I,
)
_LEAD_RE = re.compile(r"^(?:our|my|the\s+fact\s+that|that|the)\s+", _I)


def mention(plain: str, project: AdProject | None) -> ParsedTurn | None:
    """The question of how a claim goes into one scene's words, or None when it is no such message."""
    if project is None or "\ue000" in plain:
        return None
    m = _MENTION_RE.match(plain)
    if m is None:
        return None
    refs = [r for r in find_scene_refs(m.group("where"), project, []) if r.ids and not r.error]
    if len(refs) != 1 or len(refs[0].ids) != 1:
        return None
    if _NOT_A_CLAIM_RE.search(m.group("what")):
        return None
    claim = _LEAD_RE.sub("", m.group("what").strip(" ,")).strip()
    if len(claim.split()) < 1 or len(claim) > 80:
        return None
    claim = claim[0].upper() + claim[1:]
    sid = refs[0].ids[0]
    scene = project.scene(sid)
    number = next(n for n, s in enumerate(project.scenes, start=1) if s.id == sid)
    label = f"scene {number} ({scene.role})"
    now = scene.overlay.text.strip()
    joined = f"{now.rstrip(' .!')}. {claim}" if now else claim
    options = [
        PendingOption(
            "replace",
            ["replace", "replace it", "instead", "swap", "new", "replace the text"],
            [{"operation": "update_overlay", "sceneId": sid, "text": claim}],
        )
    ]
    if now and len(joined) <= OVERLAY_MAX_CHARS:
        options.append(
            PendingOption(
                "add",
                ["add", "add it", "append", "after", "both", "keep", "add it after", "add to it"],
                [{"operation": "update_overlay", "sceneId": sid, "text": joined}],
            )
        )
        question = (
            f"Should {label} say “{claim}” instead of “{now}”, or add it after: “{joined}”? "
            "Say “replace” or “add” (or give the exact words in quotes)."
        )
    else:
        question = f"Should {label} say “{claim}”? Say “replace” (or give the exact words in quotes)."
    return ParsedTurn(
        question=question, pending=PendingQuestion(question, options), scene_ids=[sid], topic="overlay"
    )


__all__ = ["mention"]
