"""A scene named by what happens in it ("the bit where the coffee splashes into the glass",
"the scene where the shoe spins", "the shot where the mat unrolls", "the scene of the scratchy
sheets"), read as that scene from what each scene shows and says.

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really type them).
Read as typed, the product inside such a description was the object of the request ("I can't
read the words in the scene where the shoe spins, they're tiny" enlarged the shoe: a wrong
edit), or the description was left unread. The description (from "where"/"of"/"showing" to the
next comma or verb) is matched word by word against each scene's background and on-screen
words (stems, and the few synonyms of :data:`_SAME_AS`, "spins" for "turning"); the product's
own name counts for the scenes that show it. The one scene with the most matching words is
rewritten as "scene N"; on a tie, or when no word matches, the reader asks which scene, naming
the ones it considered, and changes nothing.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.result import UnclearScene
from adgen.agent.understanding.values import COLOR_NAMES

_SCENE_WORD = r"(?:scene|bit|shot|part|moment|clip|section|seen)"
_DESCRIPTION_RE = re.compile(
    rf"(?:\b(?:the\s+|that\s+)?{_SCENE_WORD}\s+(?:(?:where|in\s+which|when|of|showing|that\s+shows)\s+"
    # ("the scene where they fold the bike": who does it is no part of what the scene shows)
    r"(?:(?:they|we|you|people|someone|she|he)\s+)?|with\s+(?=the\s+\w+\s+\w+ing\b))"
    # ("where the price shows, text in white", "where the mat unrolls on the deck, …": a message
    # opening on "where" and a comma names the scene too)
    r"|^\s*(?:(?:and|also|then|ok|so)\s+)?(?:in\s+the\s+(?:bit|part|scene)\s+)?where\s+(?=the\s+[^,;:?]{3,60}[,;:]))"
    r"(?P<desc>(?:(?!\b(?:please|pls|make|put|change|swap|set|move|i|can|could|should|needs?|and|but|"
    r"they|it|its|text|words|copy|caption|headline)\b)[a-z'-]+\s*){1,8}?)"
    r"(?=\s*(?:$|[,.;:!?)]|\b(?:please|pls|make|put|change|swap|set|move|i|can|could|should|needs?|and|but|"
    r"they|it|its|text|words|copy|caption|headline)\b))",
    re.I,
)
_STOP = frozenset(
    "the a an is are was be being into onto on in at of to from with its his her their our your my this that "
    "there here some very really just".split()
)
# Words a marketer uses for what a scene's picture says with another word.
_SAME_AS: dict[str, tuple[str, ...]] = {
    "spin": ("turn", "rotat", "spin"),
    "turn": ("turn", "rotat", "spin"),
    "rotat": ("turn", "rotat", "spin"),
    "shoe": ("shoe", "sneaker", "trainer"),
    "sneaker": ("shoe", "sneaker", "trainer"),
    "coffee": ("coffee", "brew", "espresso"),
    "sea": ("sea", "ocean", "beach", "wave"),
    "ocean": ("sea", "ocean", "beach", "wave"),
    "sunset": ("sunset", "dusk", "golden hour"),
    "sunrise": ("sunrise", "dawn", "morning"),
    "run": ("run", "jog", "sprint"),
    # ("where the price shows": the scene whose words give a price or an offer)
    # ("100% arabica" is no price: a percentage off is)
    "price": ("price", "% off", "half off", "discount", "deal", "sale", "save"),
    "offer": ("offer", "% off", "half off", "discount", "deal", "sale", "save"),
    "discount": ("discount", "% off", "half off", "deal", "sale", "save"),
}
_ROLE_WORDS = frozenset("hook cta intro outro opener opening ending end showcase testimonial problem".split())


def _stem(word: str) -> str:
    w = word.lower().strip("'-")
    for ending in ("ing", "ies", "es", "ed", "s", "y"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


def _patterns(word: str) -> list[re.Pattern[str]]:
    stem = _stem(word)
    return [re.compile(rf"\b{re.escape(s)}", re.I) for s in _SAME_AS.get(stem, (stem,))]


def _scores(project: Any, words: list[str]) -> dict[int, int]:
    scores = dict.fromkeys(range(len(project.scenes)), 0)
    for word in words:
        patterns = _patterns(word)
        for i, scene in enumerate(project.scenes):
            said = f"{scene.background_prompt} {scene.overlay.text}"
            if any(p.search(said) for p in patterns):
                scores[i] += 1
    return scores


# What says the words that follow are a text typed without quotes.
_COPY_BEFORE_RE = re.compile(r"\b(?:say|says|saying|reads?\s+as|to\s+read|text\s+to)\s*:?\s*$", re.I)
_COLOURED_RE = re.compile(
    r"\b(?P<the>the|that|this)\s+(?P<colour>[a-z]+)\s+(?P<what>ending|end\s+card|end|opening|intro|outro|closer|"
    r"closing\s+(?:frame|shot|scene)|scene|shot|bit|frame|slide|background|backdrop)\b",
    re.I,
)
# Scene words that name no scene of their own: once the colour goes, only the number says which.
_PLAIN_SCENE_WORDS = frozenset("scene shot bit frame slide".split())


def _uncoloured(masked: str, project: Any) -> str:
    """ "the pink ending is very Glossier": a colour before a scene word that one scene's picture
    shows names that scene; it is no colour asked for. The colour goes; a plain scene word
    becomes that scene's number ("get the lilac scene a second longer": scene 4), a word that
    names a scene itself stays ("the ending"), and a background is that scene's ("the
    background of scene 4")."""

    def drop(m: re.Match[str]) -> str:
        colour = m.group("colour").lower()
        if colour not in COLOR_NAMES:
            return m.group(0)
        showing = [
            n for n, s in enumerate(project.scenes) if re.search(rf"\b{colour}\b", s.background_prompt, re.I)
        ]
        if len(showing) != 1:
            return m.group(0)
        what = m.group("what")
        if what.lower() in _PLAIN_SCENE_WORDS:
            return f"scene {showing[0] + 1}"
        if what.lower() in ("background", "backdrop"):
            return f"the {what} of scene {showing[0] + 1}"
        return f"{m.group('the')} {what}"

    return _COLOURED_RE.sub(drop, masked)


def _label(project: Any, i: int) -> str:
    role = project.scenes[i].role.replace("_", " ")
    return f"scene {i + 1} ({'CTA' if role == 'cta' else role})"


# "where it says 50% off, make that text white", "the bit that says Order today: bigger": a scene
# named by words of its on-screen text, typed without quotes
_SAYS_RE = re.compile(
    rf"^\s*(?:(?:and|also|then|ok|so)\s+)?(?:(?:in\s+)?the\s+{_SCENE_WORD}\s+)?(?:where|that|which)\s+(?:it\s+)?"
    r"(?:says|reads|shows)\s+(?P<w>[^,;:\ue000-\ue1ff]{2,60}?)\s*(?=[,;:])",
    re.I,
)


def _said_on_screen(masked: str, project: Any) -> str:
    """``masked`` with "where it says <words>," read as "in scene N," when one scene's text holds
    those words (as typed, case aside); unchanged otherwise."""
    m = _SAYS_RE.match(masked)
    if m is None:
        return masked
    words = " ".join(m.group("w").lower().split())
    found = [n for n, s in enumerate(project.scenes) if words in " ".join(s.overlay.text.lower().split())]
    if len(found) != 1:
        return masked
    return f"in scene {found[0] + 1}" + masked[m.end() :]


def described_scene(masked: str, project: Any) -> tuple[str, UnclearScene | None]:
    """``masked`` with a scene named by what happens in it rewritten as "scene N", and None; or
    the text unchanged and a question naming the scenes it could be."""
    if project is None or not project.scenes:
        return masked, None
    masked = _said_on_screen(masked, project)
    masked = _uncoloured(masked, project)
    m = _DESCRIPTION_RE.search(masked)
    if m is None or _COPY_BEFORE_RE.search(masked[: m.start()]):
        return masked, None  # ("the cta should say the scene where …": its words)
    words = [
        w for w in re.findall(r"[a-z][a-z'-]+", m.group("desc").lower()) if w not in _STOP and len(w) >= 3
    ]
    if not words or any(w in _ROLE_WORDS for w in words):
        return masked, None  # "the scene of the hook": a role, read as before
    scores = _scores(project, words)
    top = max(scores.values())
    best = [i for i, score in scores.items() if score == top]
    said = masked[m.start() : m.start("desc") + len(m.group("desc").rstrip())]
    if top == 0:
        names = [_label(project, i) for i in range(len(project.scenes))]
        question = (
            f"Which scene do you mean by “{said}”? This ad has {', '.join(names[:-1])} and {names[-1]}."
        )
        return masked, UnclearScene(question, said, tuple(range(1, len(project.scenes) + 1)))
    if len(best) > 1:
        names = [_label(project, i) for i in best]
        question = f"Which scene do you mean by “{said}”: {', '.join(names[:-1])} or {names[-1]}?"
        return masked, UnclearScene(question, said, tuple(i + 1 for i in best))
    stop = m.start("desc") + len(m.group("desc").rstrip())
    return masked[: m.start()] + f"scene {best[0] + 1}" + masked[stop:], None
