"""One version's on-screen words copied into another: "copy B's cta line into A", "make C's
opening line the same as A's", and, right after "what does B's cta say?", "use that on A too".

Part of :mod:`adgen.agent.understanding` (issue 15, variants). Without this the possessive
("B's …") reads as "switch to B and edit it", which moves to the wrong version and changes
nothing that was asked. ``ROWS`` is the table, one pattern per way of saying it, each naming
the version copied from (``src``), the one copied into (``dst``) and the words that say which
scene (``what``); "that" is the version and scenes the conversation just talked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.switching import VariantFamily
from adgen.project import AdProject
from adgen.tools import operations as ops

_I = re.I
# A version: its capital letter ("a" is no version) or "the original".
# ("version a's cta", "on variant b": a letter after "version" or "variant" in either case)
_VERSION = r"(?:(?-i:[A-G])(?![\w'’])|the\s+original|(?:version|variant)\s+[a-g](?![\w'’]))"
_OWNER = r"(?:(?-i:[A-G])['’]s|the\s+original['’]s|(?:version|variant)\s+[a-g]['’]s)"
# The version copied into, as the last words after a version named as the owner: "… on b too".
_LAST_VERSION = rf"(?:{_VERSION}|[a-g](?=(?:\s+(?:too|as\s+well))?\W*$))"
ROWS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, _I)
    for pattern in (
        # "copy B's cta line into A", "put C's hook text on the original"
        rf"\b(?:copy|use|put|take|bring|apply|paste|reuse)\s+(?P<src>{_OWNER})\s+(?P<what>.+?)\s+"
        rf"(?:in|into|on|onto|to|for|over\s+to|across\s+to)\s+(?P<dst>{_LAST_VERSION})",
        # "make B's opening line the same as A's", "B's cta should match A's"
        rf"(?P<dst>{_OWNER})\s+(?P<what>.+?)\s+(?:the\s+same\s+as|should\s+match|to\s+match|like|identical\s+to)\s+"
        rf"(?P<src>{_OWNER})",
        # "use that on A too" (after a question about B's text)
        # ("use that same line on A", "put the exact same text on C")
        # ("cool, put that on A too": an acknowledgement first)
        rf"^\W*(?:(?:ok(?:ay)?|so|and|then|cool|nice|great|perfect|lovely|awesome|good|yes|yeah|yep|love\s+it|"
        rf"love\s+that|oh\s+nice)\W+)*(?:use|put|copy|apply|reuse)\s+(?:that|it|this|the)(?:\s+(?:exact\s+)?same)?"
        rf"(?:\s+(?:line|text|copy|one|words|wording))?\s+"
        rf"(?:on|in|into|for|to)\s+(?P<dst>{_VERSION})(?:\s+(?:too|as\s+well))?\W*$",
        # "use that hook on A as well", "put that cta line on C too" (after "what does B's hook
        # say?"; round thirty-four j): the scene named again, from the version just asked about
        rf"^\W*(?:(?:ok(?:ay)?|so|and|then|cool|nice|great|perfect|lovely|awesome|good|yes|yeah|yep|love\s+it|"
        rf"love\s+that|oh\s+nice)\W+)*(?:use|put|copy|apply|reuse)\s+(?:that|this)(?:\s+(?:exact\s+)?same)?\s+"
        rf"(?P<what>(?:hook|cta|intro|opener|opening|headline|tagline|end\s*card|closer|outro|showcase)"
        rf"(?:\s+(?:line|text|copy|words|wording))?)\s+"
        rf"(?:on|in|into|for|to)\s+(?P<dst>{_LAST_VERSION})(?:\s+(?:too|as\s+well))?\W*$",
    )
)
_TEXT_WORDS_RE = re.compile(r"\b(?:line|text|txt|words|copy|headline|caption|title)s?\b", _I)


@dataclass
class CrossCopy:
    """The edit: ``operations`` for version ``project_id`` (a switch when it is not the current one)."""

    project_id: str
    operations: list[ops.UpdateOverlay]


def read_cross_copy(
    text: str,
    family: Callable[[], VariantFamily | None],
    *,
    last_ref: str | None = None,
    last_scenes: list[str] | None = None,
) -> CrossCopy | None:
    """The copy a message asks for, or None (no row fits, no such version or scene)."""
    for row in ROWS:
        m = row.search(text)
        if m is None:
            continue
        found = family()
        if found is None:
            return None
        dst = found.find(_label(m.group("dst")))
        src = found.find(_label(m.group("src"))) if "src" in row.groupindex else last_ref
        source = found.project(src) if src else None
        target = found.project(dst) if dst else None
        if source is None or target is None or src == dst:
            return None
        what = m.group("what") if "what" in row.groupindex else None
        pairs = _scene_pairs(what, source, target, last_scenes or [])
        if not pairs:
            return None
        operations = [
            ops.UpdateOverlay(scene_id=tid, text=source.scene(sid).overlay.text) for sid, tid in pairs
        ]
        return CrossCopy(target.project_id, operations)
    return None


def _label(owner: str) -> str:
    word = re.sub(r"^(?:version|variant)\s+", "", re.sub(r"['’]s$", "", owner.strip()), flags=_I)
    return "original" if word.lower().startswith("the") else word.upper() if len(word) == 1 else word


def _scene_pairs(
    what: str | None, source: AdProject, target: AdProject, last_scenes: list[str]
) -> list[tuple[str, str]]:
    """(scene in the source, scene in the target) for the words that name the scene(s)."""
    if what is None:
        ids = [sid for sid in last_scenes if any(s.id == sid for s in source.scenes)]
        return [(sid, _same_place(sid, source, target)) for sid in ids if _same_place(sid, source, target)]
    if _TEXT_WORDS_RE.sub(" ", what).strip() == "" and not re.search(r"\b(?:hook|cta)\b", what, _I):
        return []
    refs_src = [r for r in find_scene_refs(what, source, []) if r.ids and not r.error]
    refs_dst = [r for r in find_scene_refs(what, target, []) if r.ids and not r.error]
    if len(refs_src) != 1 or len(refs_dst) != 1 or len(refs_src[0].ids) != 1 or len(refs_dst[0].ids) != 1:
        return []
    return [(refs_src[0].ids[0], refs_dst[0].ids[0])]


def _same_place(scene_id: str, source: AdProject, target: AdProject) -> str:
    """The target's scene with the same role and place among that role's scenes ("" if none)."""
    scene = source.scene(scene_id)
    nth = [s.id for s in source.scenes if s.role == scene.role].index(scene_id)
    same = [s.id for s in target.scenes if s.role == scene.role]
    return same[nth] if nth < len(same) else ""


__all__ = ["ROWS", "CrossCopy", "read_cross_copy"]
