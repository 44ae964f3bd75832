"""The agent corrected: the last edit went to the wrong place, or a question about the versions.

Part of :mod:`adgen.agent.understanding` (round thirty-five d, dev25's corrections).

1. "make the text purple" (every text) then "no, I meant the ages text": the reader takes the last
   change back everywhere and makes it again on the scene named (:func:`followups.moved`), but the
   gate for an edit spread over every scene (:mod:`spread`) counted the taking back as such an edit
   and asked "which scene?", so the wrong edit stayed. Operations that only put back what the last
   request changed are no spread edit (:func:`without_taken_back`).
2. "the 9am start text bigger" (scene 2 grew) then "not the hook, I said the race card": the
   marketer believes the change went to the hook, which it never touched. Moving it by the other
   words ("the race card") guessed again, and took back the right change. A correction whose
   "not <place>" names only scenes the last change left is answered with where the change went,
   and nothing changes (:func:`untouched_place`).
3. "bigger please" → "What should be bigger: the text or the product?" → "not the price, the
   hook" / "the hook text": an answer naming scenes picks its option for those scenes only. Read
   as an answer, "the hook text" picked "the text" by its word and made every text bigger (a wrong
   edit), and "the hook" picked nothing. A scene without the product shown has only its text to
   change (:func:`answer_for_scenes`).
4. "B's hook — longer or shorter than A's?", "is B's cta bigger than A's?", "is the hook longer in B
   than in the original?": a question comparing one part of two versions. Read as typed, "B's"
   switched to B and "longer" made B's hook longer (a wrong edit on the wrong project). It is
   answered from both documents, and the project open stays open (:func:`versions_compared`).
5. "what call-out fee does the ad show?", "what opening hours does it list?", "what's the
   booking fee on the ad?": the words asked about are in one scene's text, which answers it. Read
   as typed, "show" asked for the backgrounds (:func:`words_shown`).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.memory import restore
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.switching import VariantFamily
from adgen.project import AdProject, Scene


def without_taken_back(operations: list[Any], last_operations: list[dict[str, Any]]) -> list[Any]:
    """``operations`` without those that put back what the last request changed (a correction's
    taking back, which no gate should read as a new edit of every scene)."""
    back = restore(last_operations)
    if not back:
        return operations
    return [op for op in operations if op.to_wire() not in back]


_CUE = r"(?:no+|nope|nah|oops|sorry|wait|hmm+|ugh|actually)"
_SAID = r"(?:i\s+(?:said|meant|mean|wanted|asked\s+for|was\s+talking\s+about)|it'?s|it\s+was|should\s+be)"
# "not the hook, I said the race card", "no, not the hook - the race one", "I meant the race card,
# not the hook": the place it went to wrongly (``wrong``) and the one meant (``meant``).
_NOT_THERE_RE = re.compile(
    rf"^\W*(?:{_CUE}\b[\s,.!]*)*not\s+(?:(?:on|in|to)\s+)?(?P<wrong>the\s+[^,;.!?\-–—]{{1,40}}?)\s*[,;.!\-–—]+\s*"
    rf"(?:{_CUE}\b[\s,.!]*)*(?:{_SAID}\s+)?(?P<meant>(?:the\s+|scenes?\s+\d)[^,;.!?]{{0,40}}?)\W*$"
    rf"|^\W*(?:{_CUE}\b[\s,.!]*)*(?:{_SAID}\s+)?(?P<meant2>(?:the\s+|scenes?\s+\d)[^,;.!?]{{0,40}}?)\s*[,;]?\s*"
    rf"not\s+(?:(?:on|in|to)\s+)?(?P<wrong2>the\s+[^,;.!?]{{1,40}}?)\W*$",
    re.I,
)


def _scene_ids(words: str, project: AdProject) -> set[str]:
    return {
        i
        for r in find_scene_refs(words, project, [])
        if r.ids and not r.error and r.kind != "all"
        for i in r.ids
    }


def _names(ids: set[str], project: AdProject) -> str:
    named = [
        f"scene {n} ({'CTA' if s.role == 'cta' else s.role.replace('_', ' ')}, “{s.overlay.text}”)"
        for n, s in enumerate(project.scenes, start=1)
        if s.id in ids
    ]
    return " and ".join(named)


def untouched_place(
    masked: str, project: AdProject | None, last_operations: list[dict[str, Any]]
) -> str | None:
    """What to answer a correction that says the last change went to a place it never touched
    ("not the hook, I said the race card" after scene 2's text grew): where it went; None when
    the message is no such correction."""
    if project is None or not last_operations:
        return None
    m = _NOT_THERE_RE.match(masked)
    if m is None:
        return None
    wrong = m.group("wrong") or m.group("wrong2")
    meant = m.group("meant") or m.group("meant2")
    touched = {op["sceneId"] for op in last_operations if op.get("sceneId")}
    wrong_ids = _scene_ids(wrong, project)
    if not touched or not wrong_ids or wrong_ids & touched:
        return None
    went = _names(touched, project)
    wrong_words = wrong.strip()
    if _scene_ids(meant, project) == touched:
        return f"I didn't change {wrong_words}: the last change is on {went}, as you asked. Nothing else changed."
    return (
        f"I didn't change {wrong_words}: the last change went to {went}. "
        f"Should it go to {meant.strip()} instead? (Nothing changed.)"
    )


# An answer's words that name neither a scene nor an option ("just", "please", "one").
_ANSWER_FILLER_RE = re.compile(
    rf"\b(?:{_CUE}|just|only|the|its|it'?s|i\s+meant?|i\s+said|one|please|pls|then|instead|ok(?:ay)?|yes|yeah)\b"
    r"|\bnot\s+(?:the\s+)?[^,;.!?]{1,30}?(?=\s*[,;.!?]|$)|[\W_]+",
    re.I,
)


def answer_for_scenes(
    answer: str, pending: PendingQuestion, project: AdProject, chosen: PendingOption | None
) -> tuple[list[dict[str, Any]], list[str]] | None:
    """The operations (and scenes) an answer naming scenes picks ("the hook text", "not the price,
    the hook" after "the text or the product?"): the option for those scenes only; None when the
    answer names no scene, or the option for them is not one."""
    if not pending.options or len(answer.split()) > 8:
        return None
    refs = [r for r in find_scene_refs(answer, project, []) if r.ids and not r.error and r.kind != "all"]
    without_not = re.sub(r"\bnot\s+(?:the\s+)?[^,;.!?]{1,30}?(?=\s*[,;.!?]|$)", " ", answer, flags=re.I)
    named = _scene_ids(without_not, project)
    if not refs or not named:
        return None
    rest = answer
    for ref in sorted(refs, key=lambda r: r.start, reverse=True):
        rest = rest[: ref.start] + " " + rest[ref.end :]
    rest = _ANSWER_FILLER_RE.sub(" ", rest).strip().lower()
    options = [chosen] if chosen is not None else list(pending.options)
    if rest:
        options = [o for o in options if rest in o.words or f"the {rest}" in o.words]
    if any(not op.get("sceneId") for o in options for op in o.operations):
        return None  # an option for the whole ad: not one to narrow
    scenes = {s.id: s for s in project.scenes}
    fits = []
    for option in options:
        mine = [op for op in option.operations if op.get("sceneId") in named]
        if not mine or {op["sceneId"] for op in mine} != named:
            continue
        if any(
            op.get("operation") == "update_product" and not scenes[op["sceneId"]].product.visible
            for op in mine
        ):
            continue  # ("the hook" when the hook shows no product: its text)
        fits.append(mine)
    if len(fits) != 1:
        return None
    if chosen is not None and len(fits[0]) == len(chosen.operations):
        return None  # the option as it was offered: read as before
    return fits[0], [op["sceneId"] for op in fits[0]]


# A version named in a comparison: "B's", "version B", "in B", "than A's", "the original".
_VERSION_RE = re.compile(
    r"\b(?:version|variant)\s+(?P<l1>[a-g])\b|\b(?P<l2>[A-G])(?:'s|’s)(?=\s|\W|$)"
    r"|\b(?:in|on|than|to|with|vs\.?|versus|and)\s+(?:(?:in|on)\s+)?(?P<l3>[A-G])\b(?![\w'’])"
    r"|\b(?:the\s+)?(?P<l4>original)(?:'s|’s)?\b"
    # ("which hook is longer, A or B?": the two versions as the choice; round forty f)
    r"|\b(?P<l5>[A-G])(?=\s+or\s+(?:[A-G]\b|the\s+original\b))|(?<=\bor\s)(?P<l6>[A-G])\b(?![\w'’])",
)
_COMPARATIVE_RE = re.compile(
    r"\b(?P<w>longer|shorter|bigger|smaller|larger|louder|quieter|same|different|differ)\b", re.I
)
_ASKED_RE = re.compile(r"\?\s*$|^\W*(?:is|are|does|do|did|has|was|which|whose|how)\b", re.I)


def _same_role(project: AdProject, role: str) -> Scene | None:
    found = [s for s in project.scenes if s.role == role]
    return found[0] if len(found) == 1 else None


def versions_compared(text: str, project: AdProject | None, family: VariantFamily | None) -> str | None:
    """The answer to a question comparing one part of two versions ("B's hook — longer or shorter
    than A's?"), from both documents; None when the message is no such question."""
    if project is None or family is None or not _ASKED_RE.search(text):
        return None
    how = _COMPARATIVE_RE.search(text)
    if how is None:
        return None
    labels = list(dict.fromkeys(next(g for g in m.groups() if g) for m in _VERSION_RE.finditer(text)))
    if len(labels) != 2:
        return None
    named = [(lab, family.find(lab)) for lab in labels]
    named = [("A" if pid == family.original_id else lab.upper(), pid) for lab, pid in named]
    if any(pid is None for _, pid in named) or named[0][1] == named[1][1]:
        return None
    docs = [(lab, project if pid == project.project_id else family.project(pid)) for lab, pid in named]  # type: ignore[arg-type]
    if any(doc is None for _, doc in docs):
        return None
    plain = _VERSION_RE.sub(" ", text)
    refs = [r for r in find_scene_refs(plain, project, []) if r.ids and not r.error and r.kind != "all"]
    roles = {project.scene(i).role for r in refs for i in r.ids if project.scene(i) is not None}
    if len(roles) != 1:
        return None
    role = roles.pop()
    scenes = [(lab, _same_role(doc, role)) for lab, doc in docs]  # type: ignore[arg-type]
    if any(scene is None for _, scene in scenes):
        return None
    (la, a), (lb, b) = scenes
    assert a is not None and b is not None
    name = "CTA" if role == "cta" else role.replace("_", " ")

    def said(label: str, scene: Scene) -> str:
        return (
            f"{label}'s {name} says “{scene.overlay.text}” ({len(scene.overlay.text)} characters, "
            f"{scene.duration_sec:g} s on screen, text size {scene.overlay.font_size})"
        )

    word = how.group("w").lower()
    if word in ("bigger", "smaller", "larger"):
        first, second = a.overlay.font_size, b.overlay.font_size
        more, less, measure = "bigger", "smaller", "size"
    else:
        first, second = len(a.overlay.text), len(b.overlay.text)
        more, less, measure = "longer", "shorter", "length"
    choice = re.search(r"\b(?:which|whose)\b|\b[A-G]\s+or\s+", text) and word in (more, less, "larger")
    if first == second:
        verdict = f"{la}'s {name} text is the same {measure} as {lb}'s."
    elif choice:  # "which hook is longer, A or B?": the one that is, never a yes or a no
        wins = (first > second) == (word in (more, "larger"))
        verdict = f"{la if wins else lb}'s {name} text is {word} than {lb if wins else la}'s."
    else:
        yes = "Yes" if (first > second) == (word in (more, "larger")) else "No"
        verdict = f"{yes}: {la}'s {name} text is {more if first > second else less} than {lb}'s."
    if word in ("longer", "shorter") and a.duration_sec != b.duration_sec:
        verdict += f" On screen, {la}'s is {'longer' if a.duration_sec > b.duration_sec else 'shorter'}."
    return f"{verdict}\n{said(la, a)};\n{said(lb, b)}. (Nothing changed.)"


# "what call-out fee does the ad show?", "what's the fee on the ad?", "what fee is on it?"
_SHOWN_ASKED_RE = re.compile(
    r"^\W*(?:so\s+|and\s+|ok(?:ay)?\s+)?(?:what|which)\s+(?P<w>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+"
    r"(?:does|do|did|will|is|are)\s+(?:the\s+|our\s+|this\s+)?(?:ad|video|it|spot|advert|one)\s+"
    r"(?:show|shows|say|says|list|lists|mention|mentions|have|has|quote|quotes|display|give)(?:\s+now)?\s*\??\s*$"
    r"|^\W*(?:what|which)(?:'s|’s|\s+is|\s+are)\s+the\s+(?P<w2>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+"
    r"(?:on|in)\s+(?:the\s+|our\s+|this\s+)?(?:ad|video|it|spot|advert)\s*\??\s*$",
    re.I,
)
_NOT_CONTENT = frozenset(
    "colour color colours colors font fonts size sizes music song voice background backgrounds picture pictures "
    "length mood look style text texts words scene scenes card cards product position lighting".split()
)


def words_shown(text: str, project: AdProject | None) -> str | None:
    """The text that shows what a question asks for by its own words ("what call-out fee does the
    ad show?": the scene whose text says "call-out fee"); None when no one scene's text holds them."""
    if project is None:
        return None
    m = _SHOWN_ASKED_RE.match(text)
    if m is None:
        return None
    words = (m.group("w") or m.group("w2")).lower().replace("’", "'")
    if any(w in _NOT_CONTENT for w in words.split()):
        return None
    needles = [w for w in re.split(r"[\s-]+", words) if len(w) > 2]
    if not needles:
        return None
    hits = [
        (n, s)
        for n, s in enumerate(project.scenes, start=1)
        if all(re.search(rf"\b{re.escape(w)}", s.overlay.text, re.I) for w in needles)
    ]
    if len(hits) != 1:
        return None
    n, scene = hits[0]
    role = "CTA" if scene.role == "cta" else scene.role.replace("_", " ")
    return f"Scene {n} ({role}) says “{scene.overlay.text}”."


__all__ = ["answer_for_scenes", "words_shown", "untouched_place", "versions_compared", "without_taken_back"]
