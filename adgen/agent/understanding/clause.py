"""What every clause reader shares: the result types, the targets, the topic words.

Part of the offline parser (:mod:`adgen.agent.understanding.message`). :class:`ClauseReaderBase` holds the
project a clause is read against, the message's quotes and the :class:`Context` the previous
clause left; the rules live in :mod:`adgen.agent.understanding.structure` and
:mod:`adgen.agent.understanding.fields`, and :class:`adgen.agent.understanding.reader.ClauseReader` combines them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from adgen.agent.understanding.product_words import names_product
from adgen.agent.understanding.scenes import ROLE_LABEL, SceneRef, has_pronoun, role_pattern, scene_names
from adgen.agent.understanding.values import PLACEHOLDER_MARK, Quoted, speaks_of_length
from adgen.project import AdProject

ROLE_ALT = role_pattern()
Q_TOKEN = PLACEHOLDER_MARK + "[\ue100-\ue1ff]"
_I = re.I

# --- topics -------------------------------------------------------------------------------
AUDIO_RE = re.compile(
    # ("a runner on a track", "the race track": a place in the picture, no music)
    r"\b(?:music|song|soundtrack|(?<!\bon\sa\s)(?<!\bthe\srace\s)(?<!\brunning\s)(?<!\brace\s)track|audio|sound|volume|beat|"
    r"tune|jingle|score|bgm)\b",
    _I,
)
GENRE_RE = re.compile(
    r"\b(?:jazz|jazzy|lo[\s-]?fi|hip[\s-]?hop|rap|rock|edm|techno|electronic|acoustic|piano|orchestral|classical|"
    r"ambient|synthwave|house\s+music|folk|funk|funky|reggae|r&b|disco|dubstep|country)\b",
    _I,
)
OVERLAY_RE = re.compile(
    r"\b(?:text|texts|font|fonts|words|wording|captions?|headlines?|titles?|copy|line|lettering|letters|"
    # ("an Aesop-type look": a kind, not the type)
    r"overlays?|message|subtitles?|(?<!-)type|typography|writing|on[\s-]screen\s+text)\b",
    _I,
)
BACKGROUND_RE = re.compile(r"\b(?:backgrounds?|backdrops?|scenery|setting|visuals?|footage|imagery)\b", _I)
BRAND_RE = re.compile(
    r"\b(?:brand|branding|tagline|slogan|strapline|motto|logo|company\s+name)\b"
    r"|\b(?:we(?:'re|’re|\s+are)|i(?:'m|’m|\s+am))\s+(?:now\s+)?(?:called|named)\b",
    _I,
)


_BOTH_RE = re.compile(
    r"\b(?:both|the\s+two)\s+(?:of\s+(?:them|those)|texts|scenes|ones|captions|headlines|lines)\b|\bboth\s+of\s+them\b",
    _I,
)
_DEMONSTRATIVE_RE = re.compile(
    r"\b(?:this|that|the\s+same)\s+(?:one|scene|slide|shot|clip)\b"
    # "the words there bigger": a place pointed at, as sure as "that scene" (round eighteen)
    r"|\b(?:text|words|copy|line|headline|caption|product|bottle|one)\s+(?:in\s+|on\s+)?there\b",
    _I,
)
# "make the mood energetic" after an edit of one scene: the mood named is the ad's (its style),
# never that scene's background.
_AD_MOOD_RE = re.compile(r"\bthe\s+(?:overall\s+)?(?:mood|vibe|tone)\b", _I)
_WHOLE_AD_RE = re.compile(r"\b(?:ad|video|spot|everything|whole|all|overall|total)\b", _I)
# "the text", "the headline": one text, said right after a request about one scene ("hide the
# product in the cta" -> "make the text red") is that scene's; plural or "every" texts are not.
# "font size 70", "text colour white": a text field and its value with no scene, said in the same
# message right after a request about one scene, is that scene's text (never every text).
_FIELD_ONLY_RE = re.compile(
    r"^\W*(?:(?:and|also|plus|then|with|the|its)\s+)*(?:(?:font|text|type|lettering)[\s-]*(?:size|colou?r|position)|(?:product|packshot)[\s-]*(?:scale|size))\b"
    r"(?![^,;.!?]*\b(?:every|each|all|both|everywhere|throughout|texts|scenes|whole)\b)",
    _I,
)
_ONE_TEXT_RE = re.compile(
    r"^(?:(?!\b(?:every|each|all|both|scenes)\b).)*\b(?:the|its|that|this|those|these)\s+(?:on[\s-]?screen\s+)?(?:text|headline|copy|words|caption|lettering|title|line|letters)\b(?!\s*s\b)"
    # "and 70 font", "plus text size 60", "also font a bit bigger": added to the last request,
    # so about its scene (no "every", no plural)
    r"|^\W*(?:and|also|plus|then)\b(?:(?!\b(?:every|each|all|both|scenes|texts)\b).)*\b(?:font|text|type|lettering)\b"
    # "a little smaller font", "bigger text please": a verbless comparative, said right after
    r"|^\W*(?:(?:a\s+)?(?:little|bit|tad|touch)\s+|slightly\s+|even\s+|much\s+)?(?:bigger|smaller|larger|"
    r"tinier|bolder)\s+(?:font|text|type|lettering|letters)\b(?:\s+size)?(?:\s+(?:please|pls|now|there))*\W*$"
    # "make the cta stand out more, text a lot bigger": the same, the field first
    r"|^\W*(?:font|text|type|lettering|letters)(?:\s+size)?\s+(?:(?:a\s+)?(?:little|bit|tad|touch|lot)\s+|slightly\s+|even\s+|much\s+|way\s+)?"
    r"(?:bigger|smaller|larger|tinier|bolder)(?:\s+(?:please|pls|now|there))*\W*$",
    _I,
)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)


_ARTICLE_BEFORE_RE = re.compile(r"(?:\b(?:the|this|that|our|its|their)\s+)+$", _I)


def ref_spans(text: str, refs: list[SceneRef]) -> list[tuple[int, int]]:
    """The references' spans, each with the article before it ("the CTA", not just "CTA")."""
    spans = []
    for r in refs:
        m = _ARTICLE_BEFORE_RE.search(text[: r.start])
        spans.append((m.start() if m else r.start, r.end))
    return spans


def dedupe(ids: list[str]) -> list[str]:
    seen: list[str] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return seen


# What a request may be about that has no length of its own (the whole ad's sound and voice).
_NO_LENGTH_TOPICS = frozenset({"voice", "audio"})


@dataclass
class Context:
    """What a clause leaves for the next one: the scenes it named and what it was about.

    ``carried``: the targets and topic come from an earlier message (the conversation's
    memory), so a clause that names nothing may mean them ("actually right", "a bit bigger").
    """

    targets: list[str] | None = None
    topic: str | None = None
    role: str | None = None
    carried: bool = False
    recent: list[str] = field(default_factory=list)  # scenes named or changed lately, newest first
    # The scenes whose length the last request set (carried from the previous message), so a
    # bare "no, 5" corrects that length rather than setting the ad's.
    resized: list[str] = field(default_factory=list)
    # The targets are the scene a question just asked about ("how long is the hook?"), so "change
    # it to 5 seconds" is that scene's length, never the ad's.
    asked: bool = False


@dataclass
class ClauseResult:
    ops: list[Any] = field(default_factory=list)
    question: str | None = None
    error: str | None = None
    understood: bool = False
    targets: list[str] | None = None
    topic: str | None = None
    role: str | None = None  # the last role the clause named ("the first showcase")
    note: str | None = None  # understood, nothing to change, and why
    pending: Any = None  # the question's options (a PendingQuestion), when it asks one


@dataclass
class Target:
    ids: list[str] | None  # None: the whole ad
    each: bool = False  # "every scene": scene by scene rather than the ad's style
    explicit: bool = False
    error: str | None = None
    question: str | None = None


@dataclass
class Changes:
    scene: dict[str, dict[str, Any]] = field(default_factory=dict)
    overlay: dict[str, dict[str, Any]] = field(default_factory=dict)
    product: dict[str | None, dict[str, Any]] = field(default_factory=dict)
    style: dict[str, Any] = field(default_factory=dict)
    brand: dict[str, Any] = field(default_factory=dict)
    audio: dict[str, Any] = field(default_factory=dict)
    duration: float | None = None

    def scene_of(self, sid: str) -> dict[str, Any]:
        return self.scene.setdefault(sid, {})

    def overlay_of(self, sid: str) -> dict[str, Any]:
        return self.overlay.setdefault(sid, {})

    def empty(self) -> bool:
        return not (
            self.scene
            or self.overlay
            or self.product
            or self.style
            or self.brand
            or self.audio
            or self.duration is not None
        )


@dataclass
class Frame:
    """One clause's field edits being worked out by the steps of :mod:`fields`."""

    body: str  # the clause without its new on-screen words
    rest: str  # ... and without its scene references
    target: Target
    text: str | None  # the new on-screen words, when the clause gives them
    has: dict[str, bool]  # which kinds of thing the clause names (brand, audio, product, overlay, background)
    ch: Changes = field(default_factory=Changes)
    problems: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    consumed: list[tuple[int, int]] = field(default_factory=list)  # spans already read as values
    topic: str | None = None
    lighting: str | None = None
    look_text: str = ""  # rest without the values read so far
    layout_text: str = ""  # ... and without look words
    pending: Any = None  # the options of a question asked (PendingQuestion)


class ClauseReaderBase:
    """The project, quotes and context a clause is read with, and how its targets resolve."""

    def __init__(self, project: AdProject, quotes: list[Quoted], ctx: Context) -> None:
        self.project = project
        self.quotes = quotes
        self.ctx = ctx
        self._role: str | None = None

    # --- helpers --------------------------------------------------------------------------
    def names_product(self, text: str) -> bool:
        """The text names the product layer: "product", "packshot", or the ad's own noun ("shoe")."""
        return names_product(text, self.project)

    def _position(self, sid: str) -> int:
        return next(i for i, s in enumerate(self.project.scenes, start=1) if s.id == sid)

    def _label(self, sid: str) -> str:
        scene = self.project.scene(sid)
        return f"scene {self._position(sid)} ({ROLE_LABEL[scene.role]})"

    def _quote(self, token: str) -> str:
        return self.quotes[ord(token[1]) - 0xE100].inner

    def _targets(self, refs: list[SceneRef], rest: str) -> Target:
        for r in refs:
            if r.error:
                return Target(None, error=r.error)
        for r in refs:
            if r.question:
                return Target(None, question=r.question)
        if refs:
            if all(r.kind == "all" for r in refs):
                return Target(None, each=all(r.each for r in refs), explicit=True)
            ids = dedupe([i for r in refs if r.kind != "all" for i in r.ids])
            return Target(ids, explicit=True)
        if _BOTH_RE.search(rest):
            # "make both texts yellow": the two scenes the conversation named last.
            recent = [sid for sid in self.ctx.recent if any(s.id == sid for s in self.project.scenes)]
            if len(recent) < 2:
                return Target(None, question="Which two scenes do you mean?")
            return Target(recent[:2], explicit=True)
        if not self.ctx.targets and _DEMONSTRATIVE_RE.search(rest):
            # "make that one 5 seconds" with no scene talked about: which one, never the whole ad.
            return Target(None, question=f"Which scene do you mean? This ad has {scene_names(self.project)}.")
        if (
            self.ctx.carried
            and self.ctx.topic in _NO_LENGTH_TOPICS
            and has_pronoun(rest)
            and speaks_of_length(rest)
            and not _DEMONSTRATIVE_RE.search(rest)
        ):
            # "make the voice deeper", "make it half as long": the last request was of something
            # with no length, so "it" is the ad, not the scenes talked about before it.
            return Target(None)
        if self.ctx.targets and (has_pronoun(rest) or self.implicit(rest)):
            # "make this one 5 seconds" names the scene as surely as "scene 4"; "make it 20s" may not.
            return Target(list(self.ctx.targets), explicit=bool(_DEMONSTRATIVE_RE.search(rest)))
        if (
            self.ctx.targets
            and len(self.ctx.targets) == 1
            and _ONE_TEXT_RE.search(rest)
            and not _WHOLE_AD_RE.search(rest)
        ):
            return Target(list(self.ctx.targets))
        if (
            not self.ctx.carried
            and self.ctx.targets
            and len(self.ctx.targets) == 1
            and _FIELD_ONLY_RE.match(rest)
        ):
            # "the hook in the middle + font size 70": the hook's ("bigger in the hero shot, product
            # scale 0.8": the hero shot's)
            return Target(list(self.ctx.targets))
        return Target(None)

    def implicit(self, rest: str) -> bool:
        """A clause that names nothing after an earlier message ("actually right", "even
        bigger") is about what that message was about."""
        if not self.ctx.carried or not (self.ctx.targets or self.ctx.topic) or _WHOLE_AD_RE.search(rest):
            return False
        return not self.names_product(rest) and not any(
            pattern.search(rest)
            for pattern in (AUDIO_RE, GENRE_RE, OVERLAY_RE, BACKGROUND_RE, BRAND_RE, _AD_MOOD_RE)
        )

    def _refused(self, target: Target) -> ClauseResult | None:
        if target.error:
            return ClauseResult(error=target.error, understood=True)
        if target.question:
            return ClauseResult(question=target.question, understood=True)
        return None


def simulate(project: AdProject, operations: list[Any]) -> tuple[AdProject, str | None]:
    """The project after these operations, so the next clause reads the ad as it will be."""
    from adgen.tools.apply import EditError, apply_operation

    for op in operations:
        try:
            project = apply_operation(project, op).project
        except EditError as exc:
            return project, str(exc)
    return project, None
