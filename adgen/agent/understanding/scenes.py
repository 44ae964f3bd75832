"""Scene references in a marketer's words, resolved against the current project.

Part of the offline parser (:mod:`adgen.agent.understanding.message`). A reference is found by:

- role and its synonyms (``ROLE_WORDS``): "the hook", "the intro", "the product shot",
  "the testimonial", "the call to action", "the outro"... A plural ("the showcases", "both
  testimonials") means every scene of that role; "the first/second/last showcase" picks one.
  "opening/intro/opener" fall back to the first scene and "ending/outro/closing" to the last
  when the ad has no scene of that role;
- position, as the marketer sees the ad (1-based, in the current order): "scene 2",
  "scene two", "the second scene", "2nd scene", "the last one", "the final scene", "the
  middle scene", "scenes 2 and 3", "the first and last scenes"; the id form "scene_2" names
  the scene with that id;
- quoted current text: "the scene that says 'Wake up'", "the 'Order today' scene";
- the whole ad: "all scenes", "every scene", "each scene", "the whole ad", "everything".

Each reference is resolved to scene ids, or carries why it cannot be: ``error`` (no such scene:
the message names the scenes there are) or ``question`` (a role that several scenes share).
The parser decides whether the reference is used as a target (an "add a testimonial" names
the role of a new scene, not an existing one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from adgen.agent.understanding.neighbours import (
    BEFORE_THE_END_RE,
    PLURAL_NEIGHBOURS_RE,
    neighbour_of,
    neighbour_step,
)
from adgen.agent.understanding.placed_text import coloured_text, placed_text, text_at_an_end
from adgen.agent.understanding.product_words import names_product
from adgen.agent.understanding.values import (
    COLOR_NAMES,
    NUMBER_WORD_PATTERN,
    ORDINAL_PATTERN,
    PLACEHOLDER_MARK,
    Quoted,
    find_colors,
    number_value,
    ordinal_value,
)
from adgen.project import AdProject

RefKind = Literal["role", "position", "id", "text", "all"]

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "hook": ("hook", "opening scene", "opening shot", "opening", "opener", "intro", "introduction"),
    "problem": ("problem scene", "problem", "pain point", "pain-point", "painpoint"),
    "showcase": (
        "showcase",
        "product shot",
        "product scene",
        "product demo",
        "demo",
        "hero shot",
        "hero scene",
        "main shot",
        "main scene",
        "money shot",
        "feature scene",
        "product showcase",
        # ("the rating card before the app demo": an app's demo is its showcase)
        "app demo",
        "app walkthrough",
        "walkthrough",
    ),
    "social_proof": (
        "social proof",
        "social-proof",
        "testimonial",
        "review",
        "customer review",
        "customer quote",
        "proof scene",
        "proof",
        "quote",
        # ("the rating card 1s longer", "the ratings scene first": the scene that shows the rating;
        # never "rating" alone: "add a 5-star rating to the cta" is words for the cta)
        "rating card",
        "ratings card",
        "rating scene",
        "ratings scene",
        "rating slide",
        "ratings slide",
        "rating frame",
        "reviews scene",
    ),
    "cta": (
        "cta",
        "call to action",
        "call-to-action",
        "ending",
        "outro",
        "closing scene",
        "closing shot",
        "closing",
        "closer",
        "end card",
        "end screen",
        "end frame",
        "final frame",
        "ending scene",
        # ("make its end line 'Mist the mood'": the words at the end are the closing scene's)
        # ("make the button text 'Reserve yours'": an ad's button is its call to action)
        "button",
        "end line",
        "end text",
        "end title",
        "final line",
    ),
}
# Words that mean a place in the ad more than a role: used when the ad lacks that role.
_POSITION_FALLBACK = {
    "opening scene": 0,
    "opening shot": 0,
    "opening": 0,
    "opener": 0,
    "intro": 0,
    "introduction": 0,
    "ending": -1,
    "outro": -1,
    "closing scene": -1,
    "closing shot": -1,
    "closing": -1,
    "closer": -1,
    "end card": -1,
    "end screen": -1,
    "end frame": -1,
    "final frame": -1,
    "ending scene": -1,
    "end line": -1,
    "end text": -1,
    "end title": -1,
    "final line": -1,
}
ROLE_LABEL = {
    "hook": "hook",
    "problem": "problem",
    "showcase": "showcase",
    "social_proof": "social proof",
    "cta": "CTA",
}

_WORD_TO_ROLE = {w: role for role, words in ROLE_WORDS.items() for w in words}


# "the opening hours", "opening night": what a card shows or an occasion, never the opening scene
# ("the opening hours flash past" lengthened the hook; the lead, session 27)
_NOT_A_SCENE_AFTER = {
    "opening": r"(?![\s-]+(?:hours|times|night|nights|day|days|date|dates|event|party|offer|special|soon))"
}


def _word_pattern(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]*") + _NOT_A_SCENE_AFTER.get(
        word, ""
    )


_ROLE_ALT = "|".join(_word_pattern(w) for w in sorted(_WORD_TO_ROLE, key=len, reverse=True))
_SCENE_NOUN = (
    r"(?:scenes?|ones?|slides?|shots?|clips?|parts?|sections?|frames?|segments?|bits?|cards?|screens?|"
    r"close[\s-]?ups?)"
)
_NUM = rf"(?:\d{{1,2}}|{NUMBER_WORD_PATTERN})"

# Words after "on the"/"in the" that say where on screen or in the ad, never what a scene shows.
_PLACE_NOT = (
    r"left|right|top|bottom|centre|center|side|corner|screen|frame|background|foreground|ad|video|end|start|"
    r"beginning|way|spot|edge|front|back|please|pls|too|also|now|text|product|logo|music|same|scenes?|slides?|"
    # ("a pink in the colour scheme", "gold in the palette": the colours, not a place shown)
    r"colou?rs?|palette|scheme|tones|hues"
)
# "the first caption", "the last line": the text of the scene at that place.
_ORDINAL_TEXT_NOUN = r"(?:captions?|lines?|headlines?|texts?)(?!\s+of\b)"
# Words that say which text by something other than its words ("the same text", "the new line").
_NOT_ONTEXT = r"same|new|other|whole|entire|this|that|current|old|original|previous|next|last|final|middle"
_TEXT_NOUN = r"text|txt|line|caption|headline|copy|words|title|tagline|slogan|question"
_NOT_DESCRIPTIVE = (
    r"last|final|middle|penultimate|same|next|new|other|whole|entire|previous|current|this|that|one|added|extra|opening|closing|"
    r"empty|short|long|shorter|longer|bright|dark|brighter|darker|best|worst|original|old"
)
# "the second to last scene", "second-last", "next to last", "last but one": the one before the last
# (round twenty-six b: "the second to last scene" named the second and the last)
_PENULTIMATE = (
    r"penultimate|(?:second|2nd)[\s-]+(?:to[\s-]+)?last|next[\s-]+to[\s-]+last|last[\s-]+but[\s-]+(?:one|1)"
)
_REF_RE = re.compile(
    # 1. the whole ad
    r"(?P<all>\b(?:(?:in\s+)?all\s+(?:of\s+)?(?:the\s+)?(?:\d+\s+|three\s+|four\s+|five\s+)?scenes"
    r"|every\s+(?:single\s+)?scene|each\s+scene|the\s+(?:whole|entire)\s+(?:ad|video|thing|spot|clip|commercial)"
    r"|everything|everywhere|throughout(?:\s+the\s+(?:ad|video))?|all\s+of\s+them)\b)"
    # 2. id form: scene_2
    r"|(?P<id>\bscene_(?P<id_n>\d+)\b)"
    # 3. ordinal(s) + noun: "the second scene", "the first and last scenes", "2nd slide"
    # ("add a second line", "a third scene": one more, not the one at that place)
    rf"|(?P<ords>(?<!\d)(?<!\d\s)(?<!\ba\s)(?<!\banother\s)\b(?P<ord1>{_PENULTIMATE}|{ORDINAL_PATTERN}|last|final|middle)"
    rf"(?P<ord_more>(?:\s*(?:,|and|&|or)\s*(?:the\s+)?(?:{ORDINAL_PATTERN}|last|final))*)"
    # ("the middle two scenes": the two in the middle)
    r"(?P<mid_two>(?<=middle)\s+(?:two|2))?"
    # ("the first of the two showcase scenes", "the second of both showcases": one of them)
    r"(?:\s+of\s+(?:the\s+)?(?:two|three|four|both|2|3|4)(?=\s))?"
    rf"\s+(?:{_SCENE_NOUN}|(?P<ord_role>{_ROLE_ALT})s?|{_ORDINAL_TEXT_NOUN})\b)"
    # 4. "scene 2", "scenes 2 and 3", "slide #3", "scene number two"
    rf"|(?P<num>\b(?:scenes?|slides?|shots?|clips?|parts?)\s*(?:#|no\.?\s*|number\s+)?(?P<n1>{_NUM})"
    rf"(?P<n_more>(?:\s*(?:,|and|&|or|to|-)\s*(?:scene\s+|slide\s+)?{_NUM}\b)*)\b"
    r"(?!\s*-?\s*(?:s|secs?|seconds?)\b))"  # "make the shop scene 4 seconds": a length, not scene 4
    # 5. quoted text: "the scene that says 'X'", "the 'X' scene"
    rf"|(?P<text>\b(?:the\s+)?{_SCENE_NOUN}\s+(?:that|which|where\s+it)?\s*(?:says|reads|saying|reading|with(?:\s+the\s+(?:text|words|line))?|containing)\s+"
    rf"{PLACEHOLDER_MARK}(?P<tq>[\ue100-\ue1ff]))"
    # ("'Shop now' text is dark on dark": at a clause's start the article may be left out)
    rf"|(?P<text2>(?:\bthe\s+|^\s*){PLACEHOLDER_MARK}(?P<tq2>[\ue100-\ue1ff])\s+(?:scene|one|slide|{_TEXT_NOUN})\b"
    # ("'Run the city' looks puny": a clause opening on a scene's words, then how they look)
    rf"|^\s*{PLACEHOLDER_MARK}(?P<tq3>[\ue100-\ue1ff])(?=\s+(?:looks?|is|seems?|feels?|reads?|comes\s+across)\b))"
    # 6. role words, with an optional plural or quantifier
    rf"|(?P<role>(?P<quant>\b(?:both|all(?:\s+the)?|the\s+two|two|each|every)\s+)?\b(?P<rw>{_ROLE_ALT})(?P<plural>s)?\b"
    rf"(?:\s+(?:{_SCENE_NOUN}))?)"
    # 7. "the first two scenes", "the last 2 slides"
    # ("the first two captions", "the last 2 lines": those scenes' texts)
    r"|(?P<firstn>\bthe\s+(?P<fl>first|last)\s+(?P<fn>two|three|four|2|3|4)\s+"
    r"(?:scenes|slides|ones|clips|shots|captions|lines|texts|headlines)\b)"
    # 8. "(and) the third say …": a bare ordinal before a verb, in a list of scenes
    r"|(?P<bare>\bthe\s+(?P<bo>first|second|third|fourth|fifth|last|final)\b(?!\s+to[\s-]+last\b)(?=\s+(?:says?|should|needs?|reads?|"
    r"is|can|must|gets?|becomes?|to\b)))"
    # 9. "the last one", "the first one" (noun-less ordinals that name a position)
    # ("the end one", "the closing one", "the opening one": the last, the first, round 32 d)
    r"|(?P<lastone>\bthe\s+(?P<lo>first|last|final|second|third|fourth|fifth|end|ending|closing|opening)\s+one\b)"
    # 9b. "make the product bigger at the end", "at the very end the text should say …": the last
    # scene as a place in the ad (never "at the end of the hook", a part of one scene)
    # ("the text on the end should be white", "the text of the end": the same, round 28 f)
    r"|(?P<atend>\bat\s+the\s+(?:very\s+)?end\b(?!\s+of\b)"
    r"|\b(?:on|of)\s+the\s+(?:very\s+)?end\b(?!\s+(?:of|card|screen|frame|line|text|title|slate|shot|scene)\b))"
    # 9c. "the words at the (very) start", "right before the end": the first scene, the one before
    # the last (:func:`_ref_loose_time`; "in the first 3 seconds" is :mod:`timed_scenes`)
    r"|(?P<loose>\b(?:at|in)\s+the\s+(?:very\s+)?(?:start|beginning)\b(?!\s+of\b)"
    r"|\b(?:right|just|immediately)\s+before\s+the\s+(?:very\s+)?end\b(?!\s+(?:of|card)\b))"
    # 13. "the scene with the 900 studios", "the shot showing the plinth": a scene named by what
    # it says or shows, after the noun
    r"|(?P<with>\bthe\s+(?:scene|shot|slide|clip|part|bit|section|one|screen)\s+(?:with|showing|that\s+(?:shows|says|has)|where\s+(?:we\s+see|it\s+says))\s+"
    r"(?:the\s+|a\s+|an\s+|our\s+)?(?P<ww>[\w'%&-]+(?:\s+(?!(?:and|but|then|please|pls|to|in|on)\b)[\w'%&-]+){0,3}))"
    # 10. "the order today text", "the sugary sodas line": a scene named by its own on-screen words
    # ("the wick scene text": a word for a scene is no on-screen word, 11 reads it)
    rf"|(?P<ontext>\bthe\s+(?P<ow>(?:(?!(?:{_ROLE_ALT}|{ORDINAL_PATTERN}|{_NOT_ONTEXT}|{_TEXT_NOUN}|scene|shot|slide|clip|bit|part|section|segment|moment|needs?|should|must"
    # ("the wick close-up text", "the streak one text": a scene named by its picture, 11 reads it)
    rf"|close[\s-]?up|one(?=\s+(?:{_TEXT_NOUN})\b))s?\b)"
    rf"[\w'’?!.,&%-]+\s+){{1,6}}?)(?:{_TEXT_NOUN})\b)"
    # 11. "the shop scene", "the beach shot": a word of what one scene shows or says
    # ("the traffic jam scene", "the folding one": the last or the first of two words)
    # ("the reviews scene": a role word in the plural is still the role, read by 6;
    # "the 900 studios bit": a number the scene says is one of its words)
    # ("in the flickering wick close-up": the place word before it is the scene's; "the red light
    # streak one": three words of what it shows)
    rf"|(?P<desc>(?:\b(?:in|on|at)\s+(?=the\s+[\w,'-]+\s+(?:[a-z][\w'-]+\s+){{0,2}}?(?:scene|shot|clip|close[\s-]?up)\b))?"
    rf"\bthe\s+(?!(?:{_ROLE_ALT}|{ORDINAL_PATTERN}|{_NOT_DESCRIPTIVE})s?\b)(?P<dw>[a-z][\w'-]{{2,}}|\d{{1,3}}(?:,\d{{3}})+|\d{{3,}}[\w'-]*)\s+"
    rf"(?:(?!(?:{_ROLE_ALT}|{_NOT_DESCRIPTIVE})s?\b)(?P<dw3>[a-z][\w'-]{{2,}})\s+(?=[a-z][\w'-]{{2,}}\s+(?:scene|shot|clip|one|close[\s-]?up)\b))?"
    rf"(?:(?!(?:{_ROLE_ALT}|{_NOT_DESCRIPTIVE})s?\b)(?P<dw2>[a-z][\w'-]{{2,}})\s+)?(?:scene|shot|slide|clip|one|background|backdrop|card|close[\s-]?up|bit|part|section|segment|moment|picture|image|photo)\b)"
    # 11b. "also the 6 a.m. one", "the King St. one": a scene named by its own on-screen words and
    # "one", when 11 did not read them (a number or a dotted word first)
    rf"|(?P<ontextone>\bthe\s+(?P<ow1>(?:(?!(?:{_ROLE_ALT}|{ORDINAL_PATTERN}|{_NOT_ONTEXT}|{_TEXT_NOUN}|scene|shot|slide|clip|bit|part|section|segment|moment|needs?|should|must)s?\b)"
    rf"[\w'’?!.,&%-]+\s+){{1,6}}?)one\b)"
    # 12. "bigger on the plinth", "in the kitchen": a place that one scene's background shows
    rf"|(?P<place>\b(?:on|in|at|by|against|near|onto|over|inside)\s+(?:the|a|that|this)\s+"
    # ("white text on a light background": the background's shade, no place a scene shows)
    rf"(?P<pw>(?!(?:{_ROLE_ALT}|{ORDINAL_PATTERN}|{_NOT_DESCRIPTIVE}|{_PLACE_NOT})s?\b)[a-z][\w'-]{{2,}})(?![\w'-])"
    r"(?!\s+(?:background|backdrop|bg|colou?r)s?\b)"
    # ("in the featherlight shot": a word for a scene is no second word of the place; 11 reads it)
    rf"(?:\s+(?!(?:{_ROLE_ALT}|{_PLACE_NOT})s?\b|{_SCENE_NOUN}\b)(?P<pw2>[a-z][\w'-]{{2,}})(?![\w'-]))?\b(?!\s+(?:{_SCENE_NOUN})\b))",
    re.I,
)
_ORD_SPLIT_RE = re.compile(rf"{ORDINAL_PATTERN}|last|final", re.I)
_NUM_SPLIT_RE = re.compile(rf"\d{{1,2}}|{NUMBER_WORD_PATTERN}|to|-", re.I)
_PRONOUN_RE = re.compile(
    # ("on that card as text" after a refusal named the card: round thirty-one f)
    r"\b(?:it|its|it's|(?:that|this)\s+(?:one|scene|slide|card|shot|screen)|them|there|that\s+too"
    r"|(?:that|this|the\s+same)\s+(?:text|line|copy|headline|caption|words|font))\b",
    re.I,
)


@dataclass
class SceneRef:
    """One scene reference found in a clause."""

    start: int
    end: int
    kind: RefKind
    ids: list[str] = field(default_factory=list)
    role: str | None = None  # the role named, for role references
    plural: bool = False
    each: bool = False  # "every scene" (scene by scene) rather than "the whole ad"
    error: str | None = None  # no such scene
    question: str | None = None  # several scenes fit
    offered: list[int] = field(default_factory=list)  # the scene numbers the question names, in order
    text: str = ""  # the words as written


def scene_names(project: AdProject) -> str:
    """'scene 1 (hook), scene 2 (showcase) and scene 3 (CTA)'."""
    parts = [f"scene {i} ({ROLE_LABEL[s.role]})" for i, s in enumerate(project.scenes, start=1)]
    return join_words(parts, "and")


def join_words(parts: list[str], last: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {last} " + parts[-1]


def _no_scene(project: AdProject, what: str) -> str:
    return f"There is no {what} in this ad. Its scenes are {scene_names(project)}."


def _position_ids(project: AdProject, positions: list[int], ref: SceneRef) -> None:
    count = len(project.scenes)
    for pos in positions:
        if not 1 <= pos <= count:
            ref.error = _no_scene(project, f"scene {pos}")
            ref.ids = []
            return
        ref.ids.append(project.scenes[pos - 1].id)


def _ordinal(token: str, count: int) -> int:
    t = re.sub(r"[\s-]+", " ", token.lower())
    if t in ("last", "final"):
        return count
    if t in (
        "penultimate",
        "second to last",
        "2nd to last",
        "second last",
        "2nd last",
        "next to last",
        "last but one",
        "last but 1",
    ):
        return count - 1
    if t == "middle":
        return (count + 1) // 2 if count % 2 else 0
    return ordinal_value(t)


@dataclass
class _Reading:
    """What resolving one clause's references shares: the project, its quotes, and the role the
    clause (or the one before it) named last, for "the second one"."""

    project: AdProject
    quotes: list[Quoted]
    context_role: str | None = None

    @property
    def count(self) -> int:
        return len(self.project.scenes)

    @property
    def role_count(self) -> int:
        return sum(1 for s in self.project.scenes if s.role == self.context_role) if self.context_role else 0

    def ordinal_in_role(self, ref: SceneRef, token: str) -> None:
        """ "the second one" after a role several scenes share: that role's second scene."""
        if self.role_count > 1:
            _resolve_role(self.project, self.context_role, ref, ordinals=[token])  # type: ignore[arg-type]
        else:
            _position_ids(self.project, [_ordinal(token, self.count)], ref)


def _ref_all(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    ref.kind = "all"
    ref.ids = [s.id for s in r.project.scenes]
    ref.each = bool(re.search(r"scene|them", m.group("all"), re.I))
    return True


def _ref_id(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    ref.kind = "id"
    sid = f"scene_{int(m.group('id_n'))}"
    if any(s.id == sid for s in r.project.scenes):
        ref.ids = [sid]
    else:
        ref.error = _no_scene(r.project, sid)
    return True


def _ref_ordinals(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    tokens = [m.group("ord1")] + _ORD_SPLIT_RE.findall(m.group("ord_more") or "")
    if m.group("ord_role"):
        _resolve_role(r.project, _WORD_TO_ROLE[_norm(m.group("ord_role"))], ref, ordinals=tokens)
    elif r.role_count > 1 and re.search(r"\bones?$", m.group("ords"), re.I):
        _resolve_role(r.project, r.context_role, ref, ordinals=tokens)  # type: ignore[arg-type]
    else:
        positions = [_ordinal(t, r.count) for t in tokens]
        if tokens == ["middle"] and _two_in_the_middle(m):
            # "both middle scenes", "the two middle ones", "the middle two": of an even number
            # of scenes the two in the middle; of an odd number, a question
            positions = [r.count // 2, r.count // 2 + 1] if r.count % 2 == 0 and r.count >= 4 else [0]
        if 0 in positions:
            ref.question = (
                f"Which scene is the middle one? This ad has {r.count} scenes: {scene_names(r.project)}."
            )
        else:
            _position_ids(r.project, positions, ref)
    return True


_TWO_BEFORE_RE = re.compile(r"\b(?:both|two|2)\s+(?:of\s+)?(?:the\s+)?$", re.I)


def _two_in_the_middle(m: re.Match[str]) -> bool:
    """ "both middle scenes", "the two middle ones", "the middle two": more than one scene."""
    if m.group("mid_two"):
        return True
    return bool(re.search(r"s$", m.group("ords"), re.I)) and bool(
        _TWO_BEFORE_RE.search(m.string[: m.start()])
    )


def _ref_number(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    _position_ids(r.project, _number_list(m.group("n1"), m.group("n_more") or ""), ref)
    return True


def _ref_quoted(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    ref.kind = "text"
    token = m.group("tq") or m.group("tq2") or m.group("tq3")
    index = ord(token) - 0xE100
    if index >= len(r.quotes):
        return False  # a caller that read the clause without its quotes: the quote names nothing
    _resolve_text(r.project, r.quotes[index].inner, ref)
    if m.group("text2") and not m.group("text2").lstrip().lower().startswith("the"):
        # "'Order today' text on the cta": without "the", a quote no scene says is new words
        return bool(ref.ids) and not ref.error
    return True


def _ref_role(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    word = _norm(m.group("rw"))
    role = _WORD_TO_ROLE[word]
    ref.plural = bool(m.group("plural") or m.group("quant"))
    _resolve_role(r.project, role, ref, fallback=_POSITION_FALLBACK.get(word))
    r.context_role = role  # "the first showcase … the second one": later "ones" mean this role
    _ask_if_said_elsewhere(r, ref, word)
    return True


# Place words that a card may also say ("Closing date 14 March", "Opening hours 9-5"): the card
# saying it may be the one meant.
_SAID_PLACE_WORDS = frozenset({"closing", "opening", "closer", "opener", "ending", "intro"})


def _ask_if_said_elsewhere(r: _Reading, ref: SceneRef, word: str) -> None:
    """ "the closing card text bigger" when another card says "Closing date 14 March": the last
    card or the card saying it, asked (it grew the end card; round thirty-eight, dev27)."""
    if word not in _SAID_PLACE_WORDS or not ref.ids or ref.plural:
        return
    said = [
        s.id
        for s in r.project.scenes
        if s.id not in ref.ids and re.search(rf"\b{word}\b", s.overlay.text or "", re.I)
    ]
    if said:
        _ask_between(r, ref, said, ref.text.strip() or word)


def _ref_first_n(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    n = int(number_value(m.group("fn")))
    first = m.group("fl").lower() == "first"
    positions = list(range(1, n + 1)) if first else list(range(r.count - n + 1, r.count + 1))
    _position_ids(r.project, positions, ref)
    return True


def _ref_bare(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    r.ordinal_in_role(ref, m.group("bo"))
    return True


def _ref_last_one(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    token = m.group("lo").lower()
    token = "first" if token == "opening" else "last" if token in ("end", "ending", "closing") else token
    r.ordinal_in_role(ref, token)
    return True


# What a scene has, never what it shows: "the music bit", "the text part" name no scene.
_FIELD_WORDS = frozenset(
    "music audio sound volume voice voiceover text words font colour color product logo brand length "
    # ("a little bit louder", "the tiny bit": an amount, no scene)
    "little lil tiny wee small teeny smallest tad".split()
)


# "at the end" is where a scene goes or how long the ad runs, no scene to edit, when the clause
# adds or moves a scene ("add a testimonial at the end", "put the hook at the end") or says seconds
# ("add 2 seconds at the end").
_AT_END_NOT_RE = re.compile(
    rf"\b(?:add|insert|move|put|place|shift|bring|stick|drag|tack|slot|append)\b[^.;!?]*?\b(?:{_ROLE_ALT}|{_SCENE_NOUN})(?![\w-])"
    r"|\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b|\bseconds?\b|\bscenes?\b",
    re.I,
)


def _ref_at_end(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    """ "make the product bigger at the end": the last scene, unless it places a scene or a length."""
    if _AT_END_NOT_RE.search(m.string) or not r.project.scenes:
        return False
    ref.ids = [r.project.scenes[-1].id]
    return True


def _ref_loose_time(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    """ "the words at the very start": the first scene; "right before the end": the scene before
    the last. Never when the clause adds, moves or cuts a scene (it places one there)."""
    scenes = r.project.scenes
    if not scenes or _LOOSE_NOT_RE.search(m.string):
        return False
    if "before" in m.group(0).lower():
        if len(scenes) < 2:
            return False
        ref.ids = [scenes[-2].id]
        return True
    if _START_NOT_RE.search(m.string):
        return False  # "add 2 seconds at the start", "2 more seconds at the beginning": the ad's length
    ref.ids = [scenes[0].id]
    return True


# (seconds added or taken at the start are the ad's; "make the studio one at the start 3 seconds"
# is that scene's length)
_START_NOT_RE = re.compile(
    r"\b(?:add|adding|plus|extra|another|more|less|fewer|cut|trim|take|remove|shave|lose)\b[^.;!?]*?"
    r"\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b"
    r"|\b\d+(?:\.\d+)?\s*(?:more\s+|extra\s+|less\s+)?(?:s|secs?|seconds?)\s+(?:more|less|extra|longer|shorter)\b"
    r"|\b\d+(?:\.\d+)?\s+(?:more|extra|less|fewer)\s+(?:s|secs?|seconds?)\b|\bscenes?\b",
    re.I,
)


# (a clause that adds or moves a scene places it: "add a scene right before the end")
_LOOSE_NOT_RE = re.compile(
    r"\b(?:add|insert|move|put|place|shift|bring|stick|drag|tack|slot|append|cut|trim|remove|delete)\b"
    rf"[^.;!?]*?\b(?:{_ROLE_ALT}|{_SCENE_NOUN}|new\s+one|another\s+one)(?![\w-])",
    re.I,
)


def _ref_described(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    """ "the shop scene": a reference only when exactly one scene shows or says it."""
    # "the marathon-crowd scene": each part of a joined word describes too
    words = [
        p
        for w in (m.group("dw2"), m.group("dw3"), m.group("dw"))
        if w
        for p in (w, *w.split("-")[::-1])
        if len(p) >= 3
    ]
    words = list(dict.fromkeys(words))
    ids = next((found for w in words if len(found := _described(r.project, w)) == 1), [])
    if len(ids) != 1:
        ids = _product_scene(r.project, words)
    if len(ids) != 1:
        # ("the runners scene" when one scene says and shows runners and another shows a runner's
        # feet: the scene with more of the word, as typed, is the one meant)
        ids = next((found for w in words if len(found := _best_described(r.project, w)) == 1), [])
    if len(ids) != 1:
        if (
            not m.group(0)
            .lower()
            .endswith(("scene", "shot", "background", "backdrop", "bit", "part", "clip"))
        ):
            return False
        if m.group(0).lower().endswith(("bit", "part", "clip")) and any(
            w.lower() in _FIELD_WORDS for w in words
        ):
            return False  # ("the music bit lower": a little of the music, no scene)
        if m.group(0).lower().endswith("bit") and any(
            w.lower() in ("tiniest", "teeniest", "smallest", "slightest", "littlest", "weeest") for w in words
        ):
            return False  # ("music the tiniest bit quieter": an amount, no scene; round 28 c)
        several = list(dict.fromkeys(sid for w in words for sid in _described(r.project, w)))
        ref.kind = "text"
        if several:
            # "the runners scene" when two scenes show runners: which one, never the whole ad.
            named = [
                f"scene {_position(r.project, sid)} ({ROLE_LABEL[r.project.scene(sid).role]})"
                for sid in several
            ]
            ref.question = f"Which scene do you mean by “{m.group(0)}”: {join_words(named, 'or')}?"
            ref.offered = [_position(r.project, sid) for sid in several]
        else:
            # "the kitchen scene" when no scene shows a kitchen: ask, never the whole ad.
            ref.question = f"Which scene do you mean by “{m.group(0)}”? This ad has {scene_names(r.project)}."
        return True
    ref.kind = "text"
    ref.ids = ids
    return True


def _ref_with(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    """ "the scene with the 900 studios": the one scene that says these words, else the one
    scene a word of them describes; no reference when none or several do."""
    words = m.group("ww").split()
    if _ref_product_shot(r, m, ref, words):
        return True
    for n in range(len(words), 0, -1):  # the longest run of on-screen words that fits one scene
        ids = scenes_with_words(r.project, " ".join(words[:n]))
        if len(ids) == 1:
            ref.kind, ref.ids, ref.end = "text", ids, m.start("ww") + len(" ".join(words[:n]))
            ref.text = m.group(0)[: ref.end - m.start()]
            _ask_if_shown_elsewhere(r, ref, [w for w in words[:n] if not _LOOK_WORDS_RE.fullmatch(w)])
            return True
    for n, word in enumerate(words, start=1):
        if len(word) >= 3 and len(ids := _described(r.project, word)) == 1:
            # ("the scene with the serum dropper": the words after that the same scene shows too)
            while n < len(words) and len(words[n]) >= 3 and ids[0] in _described(r.project, words[n]):
                n += 1
            ref.kind, ref.ids, ref.end = "text", ids, m.start("ww") + len(" ".join(words[:n]))
            ref.text = m.group(0)[: ref.end - m.start()]
            return True
    # ("the scene with the tacos" when two scenes say "tacos" and one of them shows them too: the
    # one that both says and shows it, round 28 f)
    word = words[0] if words else ""
    saying = scenes_with_words(r.project, word) if len(word) >= 4 else []
    both = [i for i in _pictured(r.project, [word]) if i in saying] if len(saying) > 1 else []
    if len(both) == 1:
        ref.kind, ref.ids, ref.end = "text", both, m.start("ww") + len(word)
        ref.text = m.group(0)[: ref.end - m.start()]
        return True
    return False


# "the one with the product photo", "the scene showing the product": the scene that shows the
# product image (round 28 f)
_PRODUCT_SHOT_RE = re.compile(r"^(?:product|pack|packshot)(?:\s+(?:photo|shot|image|picture|pic))?$", re.I)


def _ref_product_shot(r: _Reading, m: re.Match[str], ref: SceneRef, words: list[str]) -> bool:
    """ "the one with the product photo": the one scene that shows the product; several -> which."""
    for n in (2, 1):
        if len(words) >= n and _PRODUCT_SHOT_RE.match(" ".join(words[:n])):
            break
    else:
        return False
    shown = [s.id for s in r.project.scenes if s.product.visible]
    if not shown:
        return False
    ref.kind, ref.ids, ref.end = "text", shown, m.start("ww") + len(" ".join(words[:n]))
    ref.text = m.group(0)[: ref.end - m.start()]
    if len(shown) > 1:
        named = [f"scene {_position(r.project, i)} ({ROLE_LABEL[r.project.scene(i).role]})" for i in shown]
        ref.question = f"Which scene do you mean by “{ref.text.strip()}”: {join_words(named, 'or')}?"
        ref.offered = [_position(r.project, i) for i in shown]
        ref.ids = []
    return True


def _ask_if_shown_elsewhere(r: _Reading, ref: SceneRef, words: list[str]) -> None:
    """ "the bit with the lemons" when one scene says "Real lemons" and another one's picture
    shows lemons: a marketer pointing at a bit may mean either, so the chat asks (a guess edited
    the wrong scene)."""
    shown = [sid for sid in _pictured(r.project, words) if sid not in ref.ids]
    if shown:
        _ask_between(r, ref, shown, ref.text.strip())


def _ask_between(r: _Reading, ref: SceneRef, others: list[str], said: str) -> None:
    """Which scene ``said`` means: the one it named or ``others``, asked (none taken meanwhile)."""
    both = [s.id for s in r.project.scenes if s.id in ref.ids or s.id in others]
    named = [f"scene {_position(r.project, i)} ({ROLE_LABEL[r.project.scene(i).role]})" for i in both]
    ref.question = f"Which scene do you mean by “{said}”: {join_words(named, 'or')}?"
    ref.offered = [_position(r.project, i) for i in both]
    ref.ids = []


# Words that say how a text looks, never which text it is ("the big white text").
_LOOK_WORDS_RE = re.compile(
    r"(?:big|bigger|small|smaller|large|larger|tiny|huge|main|top|bottom|centre|center|upper|lower|bold|all|"
    r"on[\s-]?screen|overlay|current|font|the|a|an|my|our|your|its|their|this|that|[\W\d]+)",
    re.I,
)


def _ref_on_screen_words(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    """ "the order today text is huge": the scene whose on-screen words these are; the words
    in several scenes -> which one; in none -> no reference (the words say something else)."""
    words = (m.group("ow") or m.group("ow1")).split()
    if all(_LOOK_WORDS_RE.fullmatch(w) or w.lower() in COLOR_NAMES for w in words):
        return False
    exact = scenes_with_words(r.project, " ".join(words))
    ids = exact or scenes_with_words_loosely(r.project, " ".join(words))
    if not ids:
        # "the finish line text" where no scene says it and one scene's picture shows a finish line
        shown = _pictured(r.project, [w for w in words if not _LOOK_WORDS_RE.fullmatch(w)])
        if len(shown) != 1:
            return False
        ref.kind, ref.ids = "text", shown
        return True
    ref.kind = "text"
    shown = [] if exact else _also_shown(r.project, words, ids)
    if shown:
        # "the lemon text" when one scene says "lemons" and another shows them: which one.
        named = [f"scene {_position(r.project, i)} ({ROLE_LABEL[r.project.scene(i).role]})" for i in shown]
        ref.question = f"Which scene do you mean by “{m.group(0).strip()}”: {join_words(named, 'or')}?"
        ref.offered = [_position(r.project, i) for i in shown]
        return True
    if len(ids) > 1 and (near := _near_copy(r, m, ids)) is not None:
        ids = [near]  # "hoodie text 'The Cloud Hoodie · black · XS-XXL'": the text it rewrites
    if len(ids) > 1:
        ref.question = (
            f"Several scenes say “{(m.group('ow') or m.group('ow1')).strip()}”: "
            f"{join_words([f'scene {_position(r.project, i)}' for i in ids], 'and')}. Which one?"
        )
        ref.offered = [_position(r.project, i) for i in ids]
        return True
    ref.ids = ids
    return True


_NEW_WORDS_AFTER_RE = re.compile(
    r"^\s*(?:text|line|words|copy|caption)?\s*(?:[:=]|to|should\s+(?:say|read)|says?|reads?|as)?\s*"
    + PLACEHOLDER_MARK
    + r"(?P<i>[\ue100-\ue1ff])"
)


def _near_copy(r: _Reading, m: re.Match[str], ids: list[str]) -> str | None:
    """Of the scenes that say the words, the one whose text the quoted words right after them
    rewrite (most of its words kept: "The Cloud Hoodie · black · XS-XXL" for "The Cloud Hoodie ·
    sage · XS-XXL"; round thirty d), or None."""
    after = _NEW_WORDS_AFTER_RE.match(m.string[m.end() :])
    if after is None:
        return None
    index = ord(after.group("i")) - 0xE100
    if not 0 <= index < len(r.quotes):
        return None
    new = set(re.findall(r"\w+", r.quotes[index].inner.lower()))
    if len(new) < 3:
        return None
    shared = []
    for sid in ids:
        old = set(re.findall(r"\w+", (r.project.scene(sid).overlay.text or "").lower()))
        shared.append((len(new & old) / max(len(new | old), 1), sid))
    shared.sort(reverse=True)
    best, runner_up = shared[0], shared[1]
    return best[1] if best[0] >= 0.5 and runner_up[0] < 0.3 else None


def _pictured(project: AdProject, words: list[str]) -> list[str]:
    """The scenes whose picture shows all of ``words`` together (each from its start, as in
    "finish line" or "lemons"), none of them a colour; [] when a word is too short to say."""
    # ("the finish-line words": a joined word is its parts)
    words = [p for w in words for p in w.split("-")]
    if not words or any(len(w) < 4 or not w.isalpha() or w.lower() in COLOR_NAMES for w in words):
        return []
    phrase = re.compile(r"\b" + r"\w*\s+".join(re.escape(w) for w in words) + r"\w*", re.I)
    return [s.id for s in project.scenes if phrase.search(s.background_prompt)]


def _also_shown(project: AdProject, words: list[str], saying: list[str]) -> list[str]:
    """The scenes ``saying`` one word loosely, plus those whose picture shows it, in order, when
    that is more than one scene (round eighteen); else []."""
    content = [w for w in words if not _LOOK_WORDS_RE.fullmatch(w)]
    if len(content) != 1:
        return []  # ("the wake cold brew text": several words said loosely name their scene)
    shown = [sid for w in content if len(w) >= 4 and w.isalpha() for sid in _described(project, w)]
    both = [s.id for s in project.scenes if s.id in saying or s.id in shown]
    return both if len(both) > 1 else []


_PLACE_ENDS_RE = re.compile(
    r"\s*(?:$|[,.;:!?]|(?:in|on|at|a|an|by|to|for|and|please|pls|too|a\s+bit)\b)", re.I
)


def _ref_place(r: _Reading, m: re.Match[str], ref: SceneRef) -> bool:
    """ "make the shoe bigger on the plinth": a reference only when one scene's background shows it."""
    # ("in the open-window shot": a joined word as the background says it, then each part)
    words = [p for w in (m.group("pw2"), m.group("pw")) if w for p in (w, *w.split("-")[::-1]) if len(p) >= 3]
    for word in dict.fromkeys(words):
        if (
            m.group("pw2") is None
            and _PLACE_ENDS_RE.match(m.string, m.end())
            and names_product(f"the {word}", r.project)
        ):
            # "zoom in on the mat (in the hero shot)" when the ad is for a mat: the product, no place
            # it stands on ("in the serum dropper shot" goes on: a scene named by what it shows)
            continue
        pattern = _describing_pattern(word)
        ids = [s.id for s in r.project.scenes if pattern.search(s.background_prompt)]
        if len(ids) == 1:
            ref.kind = "text"
            ref.ids = ids
            return True
    return False


# ("the 40h battery words" for "40 h battery": a number and its unit, written together or apart)
_NUMBER_UNIT_RE = re.compile(r"(?<=\d)(?=[^\W\d_])")


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"[\w%&]+", _NUMBER_UNIT_RE.sub(" ", text.casefold())))


def scenes_with_words(project: AdProject, words: str) -> list[str]:
    """Scenes whose on-screen text holds these words in this order, punctuation aside."""
    needle = _words_of(words)
    if not needle:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    found = [s.id for s in project.scenes if pattern.search(_words_of(s.overlay.text))]
    if len(found) > 1:
        # ("the tickets text" for "Tickets from £14.50" beside "laughpit.co.uk/tickets": a word of a
        # web address is no text of its own when another scene shows it; round forty b)
        found = [
            i for i in found if pattern.search(_words_of(_LINK_RE.sub(" ", project.scene(i).overlay.text)))
        ] or found
    if not found and "-" not in words:
        # ("the preorder text" for "Pre-order now": a hyphenated word typed as one)
        found = [
            s.id for s in project.scenes if pattern.search(_words_of(_HYPHEN_RE.sub("", s.overlay.text)))
        ]
    bare = _ARTICLE_RE.sub("", needle).strip()
    if found or " " not in bare:
        return found
    # ("make Run city text bigger" for "Run the city": chat leaves out the copy's "the" too)
    pattern = re.compile(rf"(?<!\w){re.escape(bare)}(?!\w)")
    return [s.id for s in project.scenes if pattern.search(_ARTICLE_RE.sub("", _words_of(s.overlay.text)))]


_ARTICLE_RE = re.compile(r"\b(?:the|a|an)\s+")
_LINK_RE = re.compile(
    r"(?:https?://|www\.)\S+|\S+\.(?:com|co|uk|org|net|ie|io|au|nz|ca|us|shop|store|app)\b\S*", re.I
)
_HYPHEN_RE = re.compile(r"(?<=\w)-(?=\w)")
# How far apart two words the marketer means in order may sit in the scene's words ("the ride
# free text" for "Ride one free this weekend"), and how alike a mistyped word must be.
_LOOSE_GAP = 2
_LOOSE_LIKENESS = 0.8


def _same_word(said: str, shown: str) -> bool:
    """ "featherlite" for "featherlight", "studio" for "studios": one word, typed loosely."""
    from difflib import SequenceMatcher

    if said == shown or (len(said) >= 4 and _stem(said) == _stem(shown)):
        return True
    return len(said) >= 5 and SequenceMatcher(None, said, shown).ratio() >= _LOOSE_LIKENESS


def scenes_with_words_loosely(project: AdProject, words: str) -> list[str]:
    """Scenes whose words hold these words loosely, when none holds them exactly: each word in
    order, mistyped a little ("featherlite"), or with a word or two between ("ride free" in
    "Ride one free this weekend": two words at least then, so one common word names nothing)."""
    said = _loose_words(words)
    if not said or (len(said) == 1 and len(said[0]) < 5):
        return []
    found = []
    for scene in project.scenes:
        shown = _loose_words(scene.overlay.text)
        if _in_order(said, shown, gap=_LOOSE_GAP if len(said) >= 2 else 0):
            found.append(scene.id)
    return found


# Words left out of a loose match: numbers and small linking words ("Loved by 50,000 runners" is
# "loved runners" to a marketer who remembers it roughly).
_LOOSE_SKIP = frozenset("the a an by in on of at for to and & with our your my is are".split())


def _loose_words(text: str) -> list[str]:
    return [w for w in _words_of(text).split() if w not in _LOOSE_SKIP and not w.isdigit()]


def _in_order(said: list[str], shown: list[str], gap: int) -> bool:
    for start, word in enumerate(shown):
        if not _same_word(said[0], word):
            continue
        at, ok = start, True
        for want in said[1:]:
            nxt = next(
                (j for j in range(at + 1, min(len(shown), at + 2 + gap)) if _same_word(want, shown[j])), None
            )
            if nxt is None:
                ok = False
                break
            at = nxt
        if ok:
            return True
    return False


def _product_scene(project: Any, words: list[str]) -> list[str]:
    """ "the shoe scene", "the bottle shot": the product's own scene, the one showcase (if one)."""
    from adgen.agent.understanding.product_words import names_product

    if not any(names_product(f"the {w}", project) for w in words):
        return []
    showcases = [s.id for s in project.scenes if s.role == "showcase"]
    return showcases if len(showcases) == 1 else []


# The alternatives of ``_REF_RE`` (by group name) and how each is resolved; False: not a reference.
_RESOLVERS: tuple[tuple[str, Callable[[_Reading, re.Match[str], SceneRef], bool]], ...] = (
    ("all", _ref_all),
    ("id", _ref_id),
    ("ords", _ref_ordinals),
    ("num", _ref_number),
    ("text", _ref_quoted),
    ("text2", _ref_quoted),
    ("role", _ref_role),
    ("firstn", _ref_first_n),
    ("bare", _ref_bare),
    ("with", _ref_with),
    ("desc", _ref_described),
    ("lastone", _ref_last_one),
    ("atend", _ref_at_end),
    ("loose", _ref_loose_time),
    ("ontext", _ref_on_screen_words),
    ("ontextone", _ref_on_screen_words),
    ("place", _ref_place),
)


_FONT_END_RE = re.compile(r"\b(?:font|fonts|typeface)\W*$", re.I)


def find_scene_refs(
    clause: str, project: AdProject, quotes: list[Quoted], context_role: str | None = None
) -> list[SceneRef]:
    """Every scene reference in a masked clause, in order, each resolved against the project.

    ``context_role`` is the role the previous clause named: after "the first showcase …",
    "the second one" is the second showcase, not the second scene.
    """
    reading = _Reading(project, quotes, context_role)
    refs: list[SceneRef] = []
    for m in _REF_RE.finditer(clause):
        if _FONT_END_RE.search(m.group(0)):
            continue  # "all text in the brand font": how the text looks, never a scene it shows
        ref = SceneRef(start=m.start(), end=m.end(), kind="position", text=m.group(0))
        resolve = next(fn for name, fn in _RESOLVERS if m.group(name))
        if resolve(reading, m, ref):
            _described_before(clause, project, ref)
            refs.append(_shifted_to_neighbour(clause, project, ref))
    end = BEFORE_THE_END_RE.search(clause)
    if (
        end
        and len(project.scenes) >= 2
        and not any(r.start < end.end() and end.start() < r.end for r in refs)
    ):
        refs.append(
            SceneRef(end.start(), end.end(), "position", ids=[project.scenes[-2].id], text=end.group(0))
        )
        refs.sort(key=lambda r: r.start)
    _add_placed_text(clause, project, refs)
    _add_middle_one(clause, project, refs)
    _add_coloured_text(clause, project, refs)
    _add_found(refs, clause, text_at_an_end(clause, project))
    refs = [r for r in refs if not _end_of_the_words(clause, r, refs)]
    return _joined(clause, refs) or _leading_reference(clause, reading)


# "the cta text should have 'Only' at the start": where the quoted words go in the text, never the
# first scene (when another scene is named; round twenty-six)
_WORDS_END_RE = re.compile(r"^(?:at|to|on)\s+the\s+(?:very\s+)?(?:start|beginning|front|end)$", re.I)
_AFTER_QUOTE_RE = re.compile(PLACEHOLDER_MARK + r"[\ue100-\ue1ff]\s*$")


def _end_of_the_words(clause: str, ref: SceneRef, refs: list[SceneRef]) -> bool:
    return (
        ref.kind == "position"
        and _WORDS_END_RE.match(ref.text) is not None
        and _AFTER_QUOTE_RE.search(clause[: ref.start]) is not None
        and any(other is not ref and other.ids for other in refs)
    )


def _joined(clause: str, refs: list[SceneRef]) -> list[SceneRef]:
    """ "the one with the rain drops on the window": two descriptions of one scene, side by side,
    are one reference (read apart, the second left the first a name with no request)."""
    out: list[SceneRef] = []
    for ref in refs:
        last = out[-1] if out else None
        if (
            last is not None
            and ref.kind == last.kind == "text"
            and ref.ids
            and ref.ids == last.ids
            and not (ref.question or last.question or ref.error or last.error)
            and not clause[last.end : ref.start].strip()
        ):
            last.end = ref.end
            last.text = clause[last.start : ref.end]
            continue
        out.append(ref)
    return out


# "the sheets by the window scene": more of what the scene shows said before the words that name
# it ("the sheets by "), then "the … scene".
_DESCRIBED_BEFORE_RE = re.compile(
    r"\bthe\s+(?P<words>(?:[a-z'-]+\s+){1,3}?)(?:by|on|near|under|beside|next\s+to)\s+$", re.I
)
_SCENE_NOUN_END_RE = re.compile(r"\b(?:scene|shot|bit|part|clip)\W*$", re.I)


def _described_before(clause: str, project: AdProject, ref: SceneRef) -> None:
    """Widen a scene named by what it shows ("the window scene") over the words before it that
    describe the same scene ("the sheets by the window scene"), so none is left to be read as a
    request; only when every such word is in that scene's picture or words."""
    if ref.kind != "text" or len(ref.ids) != 1 or not _SCENE_NOUN_END_RE.search(ref.text or ""):
        return
    m = _DESCRIBED_BEFORE_RE.search(clause[: ref.start])
    if m is None:
        return
    words = m.group("words").split()
    if any(w.lower() in _STOP_DESCRIBING or ref.ids[0] not in _described(project, w) for w in words):
        return
    if names_product(m.group("words"), project) and not _LENGTH_ASKED_RE.search(clause[ref.end :]):
        return  # "make the sheets by the window scene bigger": the product in that scene, bigger
    ref.start = m.start()
    ref.text = clause[ref.start : ref.end]


# What only a scene can be (so words naming the product before it describe the scene):
# "… scene needs to be a lot shorter", "… shot to 3 s".
_LENGTH_ASKED_RE = re.compile(
    r"\b(?:shorter|longer|too\s+(?:long|short)|length|duration|seconds?|secs?|trim|cut\s+down)\b|\d\s*s\b",
    re.I,
)
_STOP_DESCRIBING = frozenset(
    "a an the it its this that one ones text words music font colour color size and or but".split()
)


_MIDDLE_WORD_RE = re.compile(r"\bmiddle\b", re.I)
_OF_THE_SCREEN_RE = re.compile(r"\bof\s+the\s+(?:screen|frame|video|picture|image)\b", re.I)


# "the one in the middle", "the scene in the middle": the middle scene (never "in the middle of the screen")
_ONE_IN_THE_MIDDLE_RE = re.compile(
    r"\bthe\s+(?:one|scene|shot|slide|clip|part|bit|section)\s+in\s+the\s+(?:very\s+)?middle\b"
    r"(?!\s+of\s+(?:the\s+)?(?:screen|frame|video|picture|image))",
    re.I,
)


# "the middle drags a bit", "the middle feels slow", "it sags in the middle": the middle of the ad,
# said as what a scene does over time (never "in the middle" as a place on the screen: only after
# a word of pace, and "the middle" only as what the clause is about, before its verb; round
# twenty-eight g: "the middle drags" shortened the whole ad)
_THE_MIDDLE_PACE_RE = re.compile(
    r"(?:^|[,;:]|\b(?:but|and|tbh|honestly|though|just|imo))\s*(?P<m>the\s+middle)"
    r"(?=\s+(?:(?:kind\s+of|kinda|sort\s+of|a\s+bit|really|totally|just|still|definitely)\s+)?"
    r"(?:drags?|dragging|sags?|lags?|dies|crawls?|is|'s|feels?|seems?|gets|goes|was|loses|needs|could|should|"
    r"runs?|moves?)\b)"
    r"|\b(?:drags?|dragging|sags?|lags?|dies|crawls?|slows?\s+down|(?:is|gets|feels|goes|'s)\s+(?:slow|boring|long|dull))"
    r"\s+(?:(?:a\s+(?:bit|little|lot)|kind\s+of|kinda|somewhat)\s+)?(?P<m2>in\s+the\s+(?:very\s+)?middle)\b"
    r"(?!\s+of\b)",
    re.I,
)


def _add_middle_one(clause: str, project: AdProject, refs: list[SceneRef]) -> None:
    """ "make the one in the middle longer": the middle scene of an odd number of scenes; of an
    even number, which one is asked (round twenty-six)."""
    m = _ONE_IN_THE_MIDDLE_RE.search(clause)
    if m is None and (pace := _THE_MIDDLE_PACE_RE.search(clause)) is not None:
        m = _Span(pace.group("m") or pace.group("m2"), pace.start("m" if pace.group("m") else "m2"))
    if m is None or any(r.start < m.end() and m.start() < r.end for r in refs):
        return
    count = len(project.scenes)
    ref = SceneRef(m.start(), m.end(), "position", text=m.group(0))
    if count % 2:
        ref.ids = [project.scenes[count // 2].id]
    else:
        ref.question = f"Which scene is the middle one? This ad has {count} scenes: {scene_names(project)}."
        ref.offered = list(range(1, count + 1))
    refs.append(ref)
    refs.sort(key=lambda r: r.start)


@dataclass
class _Span:
    """A piece of a clause read as a scene reference: its words and where it starts."""

    words: str
    at: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.words)

    def group(self, _: int = 0) -> str:
        return self.words


def _add_placed_text(clause: str, project: AdProject, refs: list[SceneRef]) -> None:
    """ "the words at the top are hard to see": the scenes whose text sits there (:mod:`placed_text`)."""
    found = placed_text(clause, project)
    if found is None or any(r.start < found[1] and found[0] < r.end for r in refs):
        return
    start, end, ids, place = found
    ref = SceneRef(start, end, "text", ids=ids, text=clause[start:end])
    if _MIDDLE_WORD_RE.search(clause[start:end]) and not _OF_THE_SCREEN_RE.search(clause[start:end]):
        # "the little writing in the middle": the middle scene's, when the ad has one; of an even
        # number of scenes, a question (round twenty-six; "in the centre", "in the middle of the
        # screen" stay the text placed there)
        count = len(project.scenes)
        ref.ids = [project.scenes[count // 2].id] if count % 2 else []
        if not ref.ids:
            ref.question = (
                f"Which scene is the middle one? This ad has {count} scenes: {scene_names(project)}."
            )
            ref.offered = list(range(1, count + 1))
    elif not ids:
        ref.question = (
            f"No text is at the {place} now. Which scene do you mean? This ad has {scene_names(project)}."
        )
        ref.offered = list(range(1, len(project.scenes) + 1))
    refs.append(ref)
    refs.sort(key=lambda r: r.start)


def _add_coloured_text(clause: str, project: AdProject, refs: list[SceneRef]) -> None:
    """ "the orange writing at the end": the text of that colour, never a new colour for it."""
    named = [i for r in refs if not r.error and not r.question for i in r.ids] or None
    _add_found(refs, clause, coloured_text(clause, project, named))


def _add_found(refs: list[SceneRef], clause: str, found: tuple[int, int, list[str]] | None) -> None:
    """A reference another module found, unless one already read there overlaps it."""
    if found is None or any(r.start < found[1] and found[0] < r.end for r in refs):
        return
    refs.append(SceneRef(found[0], found[1], "text", ids=found[2], text=clause[found[0] : found[1]]))
    refs.sort(key=lambda r: r.start)


def _shifted_to_neighbour(clause: str, project: AdProject, ref: SceneRef) -> SceneRef:
    """ "the scene right after the hook": the scene next to the one named (see :mod:`neighbours`)."""
    said = neighbour_step(clause[: ref.start])
    if said is None and len(ref.ids) == 1 and not (ref.error or ref.question):
        return _shifted_to_neighbours(clause, project, ref)
    if said is None or len(ref.ids) != 1 or ref.error or ref.question:
        return ref
    step, start = said
    order = [s.id for s in project.scenes]
    other = neighbour_of(order, ref.ids[0], step)
    ref.start, ref.text = start, clause[start : ref.end]
    ref.role, ref.plural, ref.each, ref.kind = None, False, False, "position"
    if other is None:
        ref.ids = []
        where = "after" if step > 0 else "before"
        named = ref.text.split(where, 1)[-1].strip()
        ref.error = f"There is no scene {where} {named}: the ad has {scene_names(project)}."
    else:
        ref.ids = [other]
    return ref


def _shifted_to_neighbours(clause: str, project: AdProject, ref: SceneRef) -> SceneRef:
    """ "the 2 scenes after the hook", "the scenes before the cta": the scenes next to the one
    named, on that side (as many as said; a count that does not fit is an error)."""
    m = PLURAL_NEIGHBOURS_RE.search(clause[: ref.start])
    if m is None:
        return ref
    order = [s.id for s in project.scenes]
    at = order.index(ref.ids[0])
    after = m.group("way").lower() in ("after", "following")
    side = order[at + 1 :] if after else order[:at]
    count = int(number_value(m.group("n"))) if m.group("n") else len(side)
    ref.start, ref.text = m.start(), clause[m.start() : ref.end]
    ref.role, ref.plural, ref.each, ref.kind = None, True, False, "position"
    if not side or count > len(side) or count < 1:
        ref.ids = []
        how_many, way = m.group("n") or "any", m.group("way").lower()
        ref.error = f"There aren't {how_many} scenes {way} that one: the ad has {scene_names(project)}."
    else:
        ref.ids = side[:count] if after else side[-count:]
    return ref


# Chat drops the article: "sourdough scene should run 6 s", "find your scent text -> size 76"
# name a scene by what it shows or says at the start of the request, as "the …" would.
_LEAD_FILLER_RE = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|now|also|then|pls|please|hey)\b[\s,]*)*", re.I)
# A request's own verb is never the first word of a scene's name ("make text bigger").
_LEAD_VERB_RE = re.compile(
    r"^(?:make|change|set|put|move|turn|give|add|remove|delete|drop|cut|use|swap|switch|update|edit|"
    r"let|can|could|would|will|should|is|are|i|we|you|it|this|that|my|our|all|every|each|no|not|"
    r"which|what|whats|how|where|who|why|when|any|some|an?|one|another|other|new|same)\b",
    re.I,
)


def _leading_reference(clause: str, reading: _Reading) -> list[SceneRef]:
    """The scene a request starts by naming without "the" (only its words or what it shows)."""
    lead = _LEAD_FILLER_RE.match(clause)
    start = lead.end() if lead else 0
    rest = clause[start:]
    if not rest or _LEAD_VERB_RE.match(rest) or rest.lower().startswith("the "):
        return []
    m = _REF_RE.match("the " + rest)
    if m is None or not (m.group("ontext") or m.group("desc")):
        return []
    end = start + m.end() - 4
    ref = SceneRef(start=start, end=end, kind="position", text=clause[start:end])
    resolve = _ref_on_screen_words if m.group("ontext") else _ref_described
    return [ref] if resolve(reading, m, ref) and (ref.ids or ref.question) else []


def _described(project: AdProject, word: str) -> list[str]:
    """Scenes whose background or words contain a word starting with ``word`` ("shop" -> "shopfront")."""
    pattern = _describing_pattern(word)
    return [
        s.id for s in project.scenes if pattern.search(s.background_prompt) or pattern.search(s.overlay.text)
    ]


def _best_described(project: AdProject, word: str) -> list[str]:
    """The scene that holds ``word`` most: in its words and its picture (each 2), as typed, with the
    ending the marketer gave it ("studios"), or only by its stem (1); [] on a tie ("the cold scene"
    when one scene says "cold" and another shows it stays a question)."""
    stem = _describing_pattern(word)
    exact = (
        re.compile(rf"\b{re.escape(word.lower())}\b", re.I) if _stem(word.lower()) != word.lower() else stem
    )
    scores = {
        s.id: sum(
            2 if exact.search(field) else 1 if stem.search(field) else 0
            for field in (s.overlay.text, s.background_prompt)
        )
        for s in project.scenes
    }
    top = max(scores.values(), default=0)
    best = [sid for sid, score in scores.items() if score == top]
    return best if top and len(best) == 1 else []


# A general word a marketer names a scene by, and the words a scene's picture may say it with
# ("the bread scene" shows "sourdough loaves").
_KINDS_OF: dict[str, tuple[str, ...]] = {
    "loaf": ("loaves",),
    "bread": ("loa", "sourdough", "baguette", "croissant", "bun", "pastr"),
    "pastr": ("croissant", "cake", "bun", "muffin", "donut", "doughnut"),
    "coffee": ("espresso", "latte", "brew", "cappuccino"),
    "drink": ("soda", "juice", "coffee", "tea", "beer", "cocktail"),
    "sea": ("ocean", "beach", "wave", "surf"),
    "ocean": ("sea", "beach", "wave", "surf"),
    "shoe": ("sneaker", "trainer", "boot"),
    "sneaker": ("shoe", "trainer"),
    "city": ("street", "skyline", "urban", "downtown"),
    "shop": ("store", "shopfront", "storefront", "boutique"),
    "store": ("shop", "storefront", "boutique"),
    # ("the price scene", "the offer one": the scene whose words give a price or an offer)
    # ("100% arabica" is no price: a percentage off is)
    "price": ("% off", "half off", "discount", "deal", "sale", "free"),
    "offer": ("% off", "half off", "discount", "deal", "sale", "free"),
    "discount": ("% off", "half off", "deal", "sale"),
    "bed": ("bedroom", "sheet", "pillow"),
}


def _describing_pattern(word: str) -> re.Pattern[str]:
    """A describing word as a scene may say it: stemmed, a hyphen as a hyphen or a space
    ("open-window" finds "by an open window"), or a kind of it (:data:`_KINDS_OF`)."""
    stem = _stem(word.lower())
    parts = [re.escape(p) for p in stem.split("-")]
    kinds = _KINDS_OF.get(stem) or _KINDS_OF.get(word.lower()) or ()
    return re.compile(r"\b(?:" + "|".join([r"[\s-]".join(parts), *map(re.escape, kinds)]) + ")", re.I)


# Endings a describing word may carry that the scene's words may not ("folded" -> "fold").
_DESCRIBED_ENDINGS = ("ing", "ed", "es", "s")


def _stem(word: str) -> str:
    for ending in _DESCRIBED_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _norm(word: str) -> str:
    w = re.sub(r"[\s-]+", " ", word.lower())
    if w in _WORD_TO_ROLE:
        return w
    for candidate in (word.lower(), w.replace(" ", "-"), w.replace(" ", "")):
        if candidate in _WORD_TO_ROLE:
            return candidate
    return w


def _number_list(first: str, more: str) -> list[int]:
    numbers = [int(number_value(first))]
    tokens = _NUM_SPLIT_RE.findall(more)
    i = 0
    while i < len(tokens):
        tok = tokens[i].lower()
        if tok in ("to", "-") and i + 1 < len(tokens):
            end = int(number_value(tokens[i + 1]))
            numbers.extend(range(numbers[-1] + 1, end + 1))
            i += 2
            continue
        if tok not in ("to", "-"):
            numbers.append(int(number_value(tok)))
        i += 1
    return numbers


def _resolve_role(
    project: AdProject,
    role: str,
    ref: SceneRef,
    *,
    ordinals: list[str] | None = None,
    fallback: int | None = None,
) -> None:
    ref.kind = "role"
    ref.role = role
    matches = [s.id for s in project.scenes if s.role == role]
    label = ROLE_LABEL[role]
    if not matches:
        if fallback is not None:
            ref.ids = [project.scenes[fallback].id]
            return
        ref.error = _no_scene(project, f"{label} scene")
        return
    if ordinals:
        for token in ordinals:
            index = _ordinal(token, len(matches))
            if not 1 <= index <= len(matches):
                ref.error = _no_scene(project, f"{token} {label} scene")
                ref.ids = []
                return
            ref.ids.append(matches[index - 1])
        return
    if len(matches) > 1 and not ref.plural:
        positions = [f"scene {_position(project, sid)}" for sid in matches]
        ref.question = f"Which {label}: {join_words(positions, 'or')}?"
        ref.offered = [_position(project, sid) for sid in matches]
        return
    ref.ids = matches


def _position(project: AdProject, scene_id: str) -> int:
    return next(i for i, s in enumerate(project.scenes, start=1) if s.id == scene_id)


def _resolve_text(project: AdProject, words: str, ref: SceneRef) -> None:
    ids = scenes_with_text(project, words)
    if not ids:
        ref.error = f"No scene says “{words}”. The scenes are {scene_names(project)}."
    elif len(ids) > 1:
        ref.question = (
            f"Several scenes say “{words}”: "
            f"{join_words([f'scene {_position(project, i)}' for i in ids], 'and')}. Which one?"
        )
        ref.offered = [_position(project, i) for i in ids]
    else:
        ref.ids = ids


def scenes_with_text(project: AdProject, words: str) -> list[str]:
    """Scenes whose on-screen text is these words (or, failing that, contains them)."""
    needle = " ".join(words.split()).casefold()
    if not needle:
        return []
    texts = [(s.id, " ".join(s.overlay.text.split()).casefold()) for s in project.scenes]
    exact = [sid for sid, t in texts if t == needle or t.rstrip(".!") == needle.rstrip(".!")]
    return exact or [sid for sid, t in texts if needle in t]


def has_pronoun(text: str) -> bool:
    return bool(_PRONOUN_RE.search(text))


def role_pattern() -> str:
    """The alternation of every role word, for other modules' patterns."""
    return _ROLE_ALT


def role_of_word(word: str) -> str | None:
    return _WORD_TO_ROLE.get(_norm(word))


def names_one_scene_after_the(before: str, rest: str, project: AdProject, quotes: list[Quoted]) -> int:
    """Whether "the " put before ``rest`` makes its start name exactly one scene, by what the
    scene shows or says ("traffic jam scene", "sugary sodas line") or, after a place word in
    ``before``, by a place its background shows ("on plinth"): how many characters of ``rest``
    the name takes, 0 when it names no one scene (several fit, or none: left as typed). Used to
    read chat that drops the article (:mod:`articles`)."""
    reading = _Reading(project, quotes, None)
    prep = re.search(r"\b(?:on|in|onto|inside)\s+$", before, re.I)  # "at dusk" is a time
    candidates = [("the " + rest, ("ontext", "desc"))]
    if prep is not None:
        candidates.append((prep.group(0) + "the " + rest, ("place",)))
    for text, groups in candidates:
        m = _REF_RE.match(text)
        if m is None or not any(m.group(g) for g in groups):
            continue
        if m.group("place") and find_colors(m.group("place")):
            continue  # "text in lilac": a colour, never a place a scene shows
        if m.group("desc") and not any(
            _described(project, w) for w in (m.group("dw"), *m.group("dw").split("-"))
        ):
            continue  # "remove wick close-up": the verb describes nothing, "wick" starts the name
        ref = SceneRef(start=0, end=m.end(), kind="position", text=m.group(0))
        resolve = {"ontext": _ref_on_screen_words, "desc": _ref_described, "place": _ref_place}
        name = next(g for g in groups if m.group(g))
        if resolve[name](reading, m, ref) and len(ref.ids) == 1 and not ref.question:
            return max(1, ref.end - len(text) + len(rest))
    return 0
