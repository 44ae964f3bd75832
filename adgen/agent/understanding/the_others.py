"""The scenes the last change left: "cta text to white" then "and now every other scene's text
red", "now the others red", "the other two as well", "the rest of the scenes bigger".

Part of :mod:`adgen.agent.understanding` (round twenty-four a; dev17's scope words). Read as
typed, "every other scene" was every scene (the cta just made white turned red: a wrong edit),
and "the others" named nothing. After a change to some scenes, these words name the scenes it
did not change; they are said again as those scenes' numbers ("scenes 1, 2 and 3"). A count
said with them ("the other two") must be the count of those scenes, else the words stay as
typed (and the reader asks). With no change before, nothing is rewritten.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.product_words import product_nouns
from adgen.agent.understanding.scenes import role_of_word
from adgen.agent.understanding.values import NUMBER_WORDS
from adgen.project import AdProject

# The ways of saying "the scenes the last change left" (a row per way; ``n`` a count if said).
_OTHERS_ROWS: tuple[str, ...] = (
    r"(?:every|each|all)\s+(?:of\s+the\s+)?other\s+(?:scenes?|ones?|slides?)(?:'s|’s|')?",
    r"(?:all\s+)?the\s+other\s+(?:(?P<n>two|three|four|five|2|3|4|5)\s+)?(?:scenes|ones|slides)(?:'|’)?",
    r"(?:all\s+)?the\s+other\s+(?P<n2>two|three|four|five|2|3|4|5)\b",
    r"(?:all\s+)?the\s+others\b",
    r"the\s+rest\s+of\s+(?:the\s+)?(?:scenes|them|the\s+ad)",
    r"the\s+remaining\s+(?:(?P<n3>two|three|four|five|2|3|4|5)\s+)?(?:scenes|ones)",
)
_OTHERS_RE = re.compile(r"\b(?:" + "|".join(_OTHERS_ROWS) + r")", re.I)


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def the_others(masked: str, project: AdProject | None, last_ids: list[str]) -> str:
    """``masked`` with "every other scene" / "the others" said as the numbers of the scenes the
    last change did not touch; unchanged when there was no such change or a count disagrees."""
    if project is None or not last_ids or len(project.scenes) < 2:
        return masked
    touched = set(last_ids)
    if not touched & {s.id for s in project.scenes}:
        return masked
    left = [i + 1 for i, s in enumerate(project.scenes) if s.id not in touched]
    kept = [i + 1 for i, s in enumerate(project.scenes) if s.id in touched]
    if not left:
        return masked
    scattered = False

    def said(m: re.Match[str]) -> str:
        nonlocal scattered
        n = _count(m.group("n") or m.group("n2") or m.group("n3"))
        if n is not None and n != len(left):
            return m.group(0)
        if len(left) == 1:
            return f"scene {left[0]}"
        if left == list(range(left[0], left[-1] + 1)):
            return f"scenes {left[0]} to {left[-1]}"
        # ("scenes 1, 3 and 4" is split at its commas and "and"s: the whole ad, the rest left out)
        scattered = True
        return "every scene"

    first = _OTHERS_RE.search(masked)
    if first is None:
        return masked
    out = masked[: first.start()] + said(first) + masked[first.end() :]
    if not scattered:
        return out
    end = re.search(r"[.;!?]|$", out[first.start() :])
    at = first.start() + (end.start() if end else len(out))
    except_ = " and ".join(f"scene {n}" for n in kept)
    return f"{out[:at].rstrip()} except {except_}{out[at:]}"


# "the other candle scene too", "and the other showcase as well": one scene, the other of a kind
# whose one scene the last change went to (round thirty-seven d; dev11's follow-ups).
_OTHER_ONE_RE = re.compile(
    r"\bthe\s+other\s+(?P<what>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)??)"
    r"(?:\s+(?:scene|shot|slide|clip|one|bit|part))?(?=\s*(?:[,.;:!?]|$|too\b|as\s+well\b|also\b|then\b))",
    re.I,
)


def _mentions(scene: Any, word: str) -> bool:
    pattern = re.compile(rf"\b{re.escape(word)}(?:e?s)?\b", re.I)
    return bool(pattern.search(scene.background_prompt) or pattern.search(scene.overlay.text))


def the_other_one(masked: str, project: AdProject | None, last_ids: list[str]) -> str:
    """``masked`` with "the other <kind> (scene)" said as "scene N" when the last change went to
    one scene and exactly one other scene is of that kind: by role ("the other showcase"), by a
    word both pictures or texts show, or, for the product's name ("the other candle scene"), the
    other scene of the changed scene's role. Else as typed (the reader asks)."""
    m = _OTHER_ONE_RE.search(masked)
    if project is None or m is None or len(last_ids) != 1:
        return masked
    ids = [s.id for s in project.scenes]
    if last_ids[0] not in ids:
        return masked
    changed = project.scenes[ids.index(last_ids[0])]
    words = m.group("what").split()
    if words[-1].lower() in {"scene", "scenes", "shot", "slide", "one", "ones", "two", "three"}:
        words = words[:-1]
    if len(words) != 1 or len(words[0]) < 3:
        return masked
    word = words[0].lower()
    others = [s for s in project.scenes if s.id != changed.id]
    role = role_of_word(word)
    if role is not None:
        if changed.role != role:
            return masked
        picked = [s for s in others if s.role == role]
    elif any(re.fullmatch(rf"{re.escape(n)}(?:e?s)?", word) for n in product_nouns(project)):
        picked = [s for s in others if s.role == changed.role]
    elif _mentions(changed, word):
        picked = [s for s in others if _mentions(s, word)]
    else:
        return masked
    if len(picked) != 1:
        return masked
    return masked[: m.start()] + f"scene {ids.index(picked[0].id) + 1}" + masked[m.end() :]


# "and on the price scene: '…'" right after a voice-over was given words: that scene's voice-over.
_NEXT_WORDS_RE = re.compile(
    r"^\W*(?:and|also|then|now|ok)\s+(?:(?:now|also|then)\s+)?(?:(?:on|for|in)\s+)?(?P<scene>the\s+[^:\ue000]{2,40}?|scene\s+\d+)"
    r"\s*:\s*(?P<quote>\ue000[\ue100-\ue1ff])\W*$",
    re.I,
)


def same_words_field(masked: str, last_operations: list[dict[str, object]]) -> str:
    """ "and on the price scene: '…'" after "hook voiceover: '…'": the words go to the field the
    last change gave words to, the voice-over ("<scene> voiceover: '…'"); else unchanged."""
    m = _NEXT_WORDS_RE.match(masked)
    if m is None or not last_operations:
        return masked
    if not all(op.get("operation") == "update_voiceover" and op.get("text") for op in last_operations):
        return masked
    return f"{m.group('scene')} voiceover: {m.group('quote')}"


# "all text red except the cta (it already is)", "…, since it's already red": why a scene is left
# out, no request of its own (read as one, "it … red" made the cta red: a wrong edit).
_ALREADY_RE = re.compile(
    r"\s*\(\s*(?:since\s+|as\s+|because\s+)?(?:it|they|that|which)(?:'s|’s|'re|’re|\s+is|\s+are)?\s+already"
    r"(?:\s+(?:is|are))?(?:\s+[a-z#0-9]+)?\s*\)"
    r"|\s*,\s*(?:since|as|because)\s+(?:it|they)(?:'s|’s|'re|’re|\s+is|\s+are)\s+already(?:\s+[a-z#0-9]+)?"
    r"(?=\s*(?:[,.;!?]|$))",
    re.I,
)


def without_already(masked: str) -> str:
    """``masked`` without an aside saying a left-out scene already is so."""
    return _ALREADY_RE.sub("", masked)


# "the one before it as well", "the scene after that one too": the neighbour of the scene the last
# change went to (read as typed, "it" named nothing the neighbour words could step from).
_BESIDE_IT_RE = re.compile(
    r"\bthe\s+(?:scene|bit|part|shot|one|section|clip|slide)\s+(?:(?:right|just|immediately|directly)\s+)?"
    r"(?P<side>before|after|following|preceding)\s+(?:it|that(?:\s+one)?|this\s+one|that\s+scene)\b",
    re.I,
)


def beside_it(masked: str, project: AdProject | None, last_ids: list[str]) -> str:
    """``masked`` with "the one before it" said as the scene next to the one the last change
    went to ("scene 3"); unchanged when that was not one scene or there is no such neighbour."""
    if project is None or len(last_ids) != 1:
        return masked
    ids = [s.id for s in project.scenes]
    if last_ids[0] not in ids:
        return masked
    at = ids.index(last_ids[0])

    def said(m: re.Match[str]) -> str:
        step = -1 if m.group("side").lower() in ("before", "preceding") else 1
        if not 0 <= at + step < len(ids):
            return m.group(0)
        return f"scene {at + step + 1}"

    return _BESIDE_IT_RE.sub(said, masked)


# "swap those two", "switch them around" after two scenes were named: those two scenes.
_SWAP_THEM_RE = re.compile(
    r"\b(?P<verb>swap|switch|flip|reverse|exchange)\s+(?:the\s+order\s+of\s+)?"
    r"(?:them|those(?:\s+two)?|these(?:\s+two)?|the\s+two|both(?:\s+of\s+them)?|the\s+pair)\b(?:\s+(?:around|round|over))?",
    re.I,
)


def swap_them(masked: str, project: AdProject | None, last_ids: list[str]) -> str:
    """``masked`` with "swap those two" said as "swap scene A and scene B" when the last turn
    named exactly two scenes; else unchanged."""
    if project is None or len(last_ids) != 2:
        return masked
    ids = [s.id for s in project.scenes]
    if not all(i in ids for i in last_ids):
        return masked
    a, b = sorted(ids.index(i) + 1 for i in last_ids)
    return _SWAP_THEM_RE.sub(lambda m: f"{m.group('verb')} scene {a} and scene {b}", masked)
