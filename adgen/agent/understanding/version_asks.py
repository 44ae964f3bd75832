"""One part of the ad put back as an earlier numbered version had it: "v2 was better for the hook,
but keep this music", "go back to v2 for the hook", "use the cta from version 3", "the hook text
was better in v2", "bring back the v2 hook".

Part of :mod:`adgen.agent.understanding` (round thirty-one b, dev22's follow-ups). Read as typed,
"v2 was better for the hook, but keep this music" was praise (nothing changed) and "go back to v2
for the hook" an undo of the last step (the music changed with it: a wrong edit). A numbered
version is a step of the ad's own history (:mod:`since_version`); here the fields of the part
named (a scene, or only its text, colour, size, place, picture or length; or the music) are set
back to what they were at that version, read from the history: the value the last step done by
then set. A field that version still had from the ad's start, changed since, has no value in the
history: that is said, and nothing changes (never a guess). "v3 had a better hook" (put back, or a
new take?) and a version the ad does not have are left to the question :mod:`pointers` asks.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.topics import TOPICS
from adgen.project import AdProject
from adgen.tools import operations as ops

_I = re.I
_V = r"\b(?:v|ver\.?\s*|version\s*|draft\s*)(?P<n>\d{1,3})\b"
_V_RE = re.compile(_V, _I)
# What says the earlier version's part is wanted back (one of them must be there).
_BACK_RE = re.compile(
    r"\b(?:better|prefer(?:red)?|liked|loved|go(?:ing)?\s+back|back\s+to|revert|restore|bring\s+back|put\s+back|"
    r"use|take|like\s+(?:in|it\s+was\s+in|on)|as\s+(?:in|it\s+was\s+in)|from|had)\b",
    _I,
)
# "but keep this music", "leave the voice as it is": what stays, no change asked.
_KEEP_RE = re.compile(
    r"(?:[,;.]\s*|\s+)(?:(?:but|and)\s+)?(?:keep|leave)\s+(?:this|the|that|my|our)\s+(?:new\s+)?[\w-]+"
    r"(?:\s+(?:as\s+(?:it\s+)?is|alone|the\s+way\s+it\s+is|though))?",
    _I,
)
# The words that may be left once the version, the part and the cue are taken out.
_FILLER_RE = re.compile(
    r"\b(?:was|were|is|had|has|a|an|the|much|way|lot|bit|better|prefer(?:red)?|liked|loved|i|we|go(?:ing)?|back|to|"
    r"revert|restore|bring|put|use|take|like|as|it|in|on|from|for|of|one|please|pls|let'?s|can|could|you|just|"
    r"honestly|actually|yeah|ok(?:ay)?|hmm+|so|the\s+way|way|how|did|do|again|instead|version|s)\b|['’]s\b|[\W_]+",
    _I,
)
# A field of a scene named with it, and the field of the history's operations it is.
_FIELDS: tuple[tuple[re.Pattern[str], tuple[str, str]], ...] = (
    (re.compile(r"\b(?:text|words|copy|headline|line|wording|caption)\b", _I), ("update_overlay", "text")),
    (re.compile(r"\b(?:colou?r)\b", _I), ("update_overlay", "color")),
    (re.compile(r"\b(?:size|font\s+size)\b", _I), ("update_overlay", "fontSize")),
    (
        re.compile(r"\b(?:background|backdrop|picture|image|visual|shot)\b", _I),
        ("update_scene", "backgroundPrompt"),
    ),
    (re.compile(r"\b(?:length|duration|timing)\b", _I), ("update_scene", "durationSec")),
)
_HAD_BETTER_RE = re.compile(r"\b(?:had|has|got)\s+(?:a|an|the)\s+(?:(?:much|way|far|lot)\s+)?better\b", _I)
_MUSIC_RE = re.compile(r"\b(?:music|song|track|soundtrack|audio)\b", _I)
_SCENE_OPS = ("update_overlay", "update_scene", "update_product")


def version_part(masked: str, project: AdProject | None) -> ParsedTurn | None:
    """The operations that put one part back as version N had it, or a reply why not; None when
    the message asks no such thing."""
    if project is None:
        return None
    found = list(_V_RE.finditer(masked))
    if len(found) != 1 or not _BACK_RE.search(masked):
        return None
    n = int(found[0].group("n"))
    text = _KEEP_RE.sub(" ", masked)
    text = text[: found[0].start()] + " " + text[found[0].end() :]
    refs = [r for r in find_scene_refs(text, project, []) if r.ids and not r.error and r.kind != "all"]
    ids = list(dict.fromkeys(i for r in refs for i in r.ids))
    rest = text
    for ref in sorted(refs, key=lambda r: r.start, reverse=True):
        rest = rest[: ref.start] + " " + rest[ref.end :]
    wanted = [field for pattern, field in _FIELDS if pattern.search(rest)]
    music = bool(_MUSIC_RE.search(rest))
    for pattern, _ in _FIELDS:
        rest = pattern.sub(" ", rest)
    rest = _MUSIC_RE.sub(" ", rest)
    if _FILLER_RE.sub("", rest).strip() or len(ids) + music != 1:
        return None  # something else asked too, or no one part named
    if n < 1 or n >= project.version or _HAD_BETTER_RE.search(masked):
        # ("version 3 had a better hook": put back, or a new take? :func:`pointers.other_version_better`
        # asks; a version this ad does not have yet is answered there too)
        return None
    if any(e.operation.get("operation") in ("undo", "redo") for e in project.history):
        return ParsedTurn(
            unknown=f"Undo steps since make v{n}'s values hard to read back for sure; tell me what it should be "
            "(the words, the colour …) and I'll set it."
        )
    if music:
        keys = [("update_audio", None, f) for f in ("mood", "volume", "trackId", "track", "enabled")]
        what = "the music"
    else:
        sid = ids[0]
        keys = [(op, sid, f) for op, f in (wanted or _scene_fields(project))]
        what = _name(project, sid)
    return _put_back(project, n, keys, what)


def _scene_fields(project: AdProject) -> list[tuple[str, str]]:
    """Every field of a scene the history's operations set."""
    fields = []
    for entry in project.history:
        wire = entry.operation
        if wire.get("operation") in _SCENE_OPS:
            fields += [(wire["operation"], k) for k in wire if k not in ("operation", "sceneId")]
    return list(dict.fromkeys(fields))


def _put_back(project: AdProject, n: int, keys: list[tuple[str, str | None, str]], what: str) -> ParsedTurn:
    then: dict[tuple[str, str | None, str], Any] = {}
    since: set[tuple[str, str | None, str]] = set()
    for entry in project.history:
        wire = entry.operation
        for key in keys:
            op, sid, field = key
            if wire.get("operation") == op and wire.get("sceneId") == sid and field in wire:
                if entry.version <= n:
                    then[key] = wire[field]
                else:
                    since.add(key)
    changed = [k for k in keys if k in since]
    if not changed:
        return ParsedTurn(unknown=f"Nothing about {what} has changed since v{n}.")
    if any(k not in then for k in changed):
        return ParsedTurn(
            unknown=f"{what[0].upper()}{what[1:]} at v{n} was still as the ad started, and I can't read that back "
            "from here: tell me what it should be and I'll set it (or say “undo” to step back)."
        )
    grouped: dict[tuple[str, str | None], dict[str, Any]] = {}
    for op, sid, field in changed:
        grouped.setdefault((op, sid), {})[field] = then[(op, sid, field)]
    made = [
        ops.parse_operation({"operation": op, **({"sceneId": sid} if sid else {}), **fields})
        for (op, sid), fields in grouped.items()
    ]
    sids = [sid for _, sid in grouped if sid]
    return ParsedTurn(operations=made, scene_ids=sids or None, topic=TOPICS.get(made[0].operation, "scene"))


def _name(project: AdProject, scene_id: str) -> str:
    from adgen.agent.understanding.scenes import ROLE_LABEL

    scene = project.scene(scene_id)
    return f"scene {[s.id for s in project.scenes].index(scene_id) + 1} ({ROLE_LABEL[scene.role]})"


__all__ = ["version_part"]
