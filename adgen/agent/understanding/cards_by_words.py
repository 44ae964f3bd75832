"""A card named by the words it shows: "the test drive card", "test drive card, white txt", "the
sunrise flow slide", "the early bird screen up top".

Part of :mod:`adgen.agent.understanding` (round thirty-one b, dev22: a car dealer's end card says
"Test drive today · 2200 Route 9"; "test drive card, white txt" turned every text white, "no, I
meant the test drive card" named no scene). A text named by its words was read before ("the order
today text": :mod:`scenes`), and a card by the kind of thing it shows ("the price card":
:func:`text_parts.named_by_content`); a card named by its own words was read only when one of them
described one scene, and "drive" is also in the hook's picture of a car driving along a coast.
Here the words before "card" / "slide" / "screen" / "frame" that one scene's text holds (exactly,
else loosely: a typo, a word left out) are said as that scene ("scene 4"); words several scenes or
none hold, a role or a place ("the end card", "the first slide") are left as typed.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.content_kinds import scenes_showing
from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.normaliser import is_english
from adgen.agent.understanding.scenes import find_scene_refs, scenes_with_words, scenes_with_words_loosely
from adgen.agent.understanding.words_in_links import outside_addresses
from adgen.project import AdProject

_CARD_RE = re.compile(
    # ("1) party card text purple\n2) ages card …": a list's items; round thirty-five b)
    r"(?P<lead>^\W*|(?<=[,;:.!?\n])\s*|(?<=^\d[.)])\s*|(?<=\n\d[.)])\s*|(?<=^[-*•])\s*|(?<=\n[-*•])\s*|\b(?:and|also|on|in|to|for|make|change|move|put|set|meant|mean)\s+|(?=\b(?:the|that|this)\s))"
    # ("that G2 card feels a bit shouty": "that" as "the"; round thirty-four g. No "the" inside the
    # words: "make the ticket card" is "ticket", never "make the ticket"; round thirty-four h)
    r"(?:(?:the|that|this)\s+)?"
    # ("make a bigger tasting card text": the change said before the card's words, kept before it)
    r"(?P<adj>(?:an?\s+)?(?:(?:much|way|slightly|a\s+bit)\s+)?(?:bigger|larger|smaller|brighter|darker|bolder|longer|shorter)\s+)?"
    r"(?P<what>(?!(?:the|that|this)\b|\d{1,2}[.)]\s)[\w$%&.'’-]+(?:\s+(?!(?:the|that|this)\b)[\w$%&.'’-]+){0,2}?)"
    r"\s+(?:card|slide|screen|frame)\b",
    re.I,
)
# Words that name no card's words ("the new card", "a card", "this slide", "that end card").
_NOT_WORDS = frozenset(
    "a an the this that these those new another other same next previous whole each every any my our your its "
    "their first second third fourth fifth last final end ending opening closing title text".split()
)


# A short name of letter and digit ("the G2 card", "the 4K slide"): a word of its own.
_CODE_RE = re.compile(r"[a-z]\d|\d[a-z]", re.I)


def card_named_by_words(masked: str, project: AdProject | None) -> str:
    """``masked`` with a card named by the words it shows said as "scene N" (one scene holds them);
    else as typed."""
    if project is None or len(project.scenes) < 2:
        return masked
    head_end = text_cue_end(masked)

    def repl(m: re.Match[str]) -> str:
        if m.end() > head_end or "\ue000" in m.group(0):
            return m.group(0)
        words = m.group("what").split()
        if any(w.lower() in _NOT_WORDS for w in words) or all(
            len(w) < 3 and not _CODE_RE.fullmatch(w) for w in words
        ):
            return m.group(0)
        what = " ".join(words)
        ids = scenes_with_words(project, what) or scenes_with_words_loosely(project, what)
        ids = ids or _scenes_with_swapped(project, words) or _scenes_with_stems(project, words)
        if len(ids) > 1:  # ("the ticket card": "Tickets from £14.50", not "…co.uk/tickets"; round forty f)
            said = [stem(w) for w in words]
            ids = outside_addresses(
                ids, lambda i: project.scene(i).overlay.text or "", lambda t: _holds_stems(t, said)
            )
        ids = ids or _scenes_pictured(project, words)
        by_kind = not ids and len(words) == 1
        ids = ids or ([s.id for s in scenes_showing(words[0], project)] if by_kind else [])
        if len(ids) != 1:
            return m.group(0)
        if not by_kind and any(r.ids != ids for r in find_scene_refs(f"the {what} card", project, [])):
            return m.group(0)  # ("the shop card" when another scene shows a shop: asked there)
        return (
            f"{m.group('lead')}{m.group('adj') or ''}scene {[s.id for s in project.scenes].index(ids[0]) + 1}"
        )

    return _CARD_RE.sub(repl, masked)


def _scenes_with_swapped(project: AdProject, words: list[str]) -> list[str]:
    """Scenes whose text holds this one word (five letters or more) typed with two letters swapped
    ("the tikcet card" for "Tickets £18": round thirty-four h, dev23; too far apart for the loose
    reading)."""
    if len(words) != 1 or len(words[0]) < 5 or not words[0].isalpha():
        return []
    said = sorted(words[0].lower())
    found = []
    for scene in project.scenes:
        shown = re.findall(r"[a-z]+", (scene.overlay.text or "").lower())
        if any(sorted(w) == said or (w.endswith("s") and sorted(w[:-1]) == said) for w in shown):
            found.append(scene.id)
    return found


def stem(word: str) -> str:
    """A word without its plural or verb ending: "parties", "party" -> "party"; "ages" -> "age";
    "booking", "booked", "book" -> "book" (round thirty-five b)."""
    word = word.lower()
    if re.search(r"(?:x|ch|sh|ss)es$", word) and len(word) >= 5:
        return word[:-2]  # ("the veg box card" for "Veg boxes from £18": round thirty-six a)
    for end, put in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)] + put
    return word


def _scenes_with_stems(project: AdProject, words: list[str]) -> list[str]:
    """Scenes whose text holds each of these words (three letters or more) as the same stem ("the
    party card" for "Parties from £95", "the ages card" for "Age 3-5"; round thirty-five b, dev25)."""
    said = [stem(w) for w in words if w.isalpha()]
    if len(said) != len(words) or any(len(w) < 3 for w in said):
        return []
    return [scene.id for scene in project.scenes if _holds_stems(scene.overlay.text or "", said)]


def _holds_stems(text: str, said: list[str]) -> bool:
    """Whether ``text`` holds each stem of ``said`` (one of them as typed, the others perhaps with a
    letter struck for another)."""
    shown_words = re.findall(r"[a-z]+", text.lower())
    # ("the veg box card" for "Veg boxes from £18": "-es" after an x, s, ch or sh; round thirty-six b)
    shown = {stem(w) for w in shown_words} | {
        w[:-2] for w in shown_words if re.search(r"(?:x|s|ch|sh)es$", w)
    }
    return all(w in shown or _slipped(w, shown) for w in said) and any(w in shown for w in said)


_AFTER_HEAD = frozenset(
    ". , ; : - in on at with beside by under over near behind against from of and or for across".split()
)


def _scenes_pictured(project: AdProject, words: list[str]) -> list[str]:
    """Scenes whose picture (not their text) holds each of these words as the same stem ("the panel
    card" for a scene of "a roof with new solar panels", "the heat pump card"; round forty b, dev28),
    when no scene's text holds one of them: a card is named by what it shows."""
    said = [stem(w) for w in words if w.isalpha()]
    if not said or len(said) != len(words) or any(len(w) < 4 or not is_english(w) for w in said):
        return []
    found = []
    for scene in project.scenes:
        picture = re.findall(r"[a-z]+|[^a-z\s]", (scene.background_prompt or "").lower())
        pictured = {stem(w) for w in picture}
        # the last word said must be a thing pictured, not a word describing one ("race bibs")
        heads = {
            stem(w) for w, after in zip(picture, [*picture[1:], "."], strict=True) if after in _AFTER_HEAD
        }
        shown = {stem(w) for w in re.findall(r"[a-z]+", (scene.overlay.text or "").lower())}
        if any(w in shown for w in said):
            return []
        if all(w in pictured for w in said) and said[-1] in heads:
            found.append(scene.id)
    return found


def _slipped(word: str, shown: set[str]) -> bool:
    """One letter struck for another in a word of three or four letters that is no English word
    ("vej" for "veg"), beside a word of the card typed right (round thirty-six b, dev26)."""
    return (
        3 <= len(word) <= 4
        and not is_english(word)
        and any(len(w) == len(word) and sum(a != b for a, b in zip(w, word, strict=True)) == 1 for w in shown)
    )


__all__ = ["card_named_by_words", "stem"]
