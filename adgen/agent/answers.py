"""Answers to a marketer's questions about their ad, read from the document alone.

"what does scene 2 say?", "how long is each scene?", "what music is on it?", "is it rendered
yet?", "what will this cost?": a question never changes the ad; it is answered here, the same
way on both paths (the offline parser calls :func:`answer_question`, the LLM calls it as the
``answer_question`` tool). A table of rows, one per kind of question: a pattern and the
function that answers it from the project. A question no row knows gets a sentence saying what
can be answered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from adgen.agent.understanding.content_kinds import kind_named_in, scenes_showing
from adgen.agent.understanding.product_words import as_product_word
from adgen.agent.understanding.quotes import mask_quotes
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs
from adgen.agent.understanding.values import colour_name
from adgen.project import AdProject, Scene

CAN_ANSWER = (
    "I can answer questions about this ad: what each scene says, the scenes and their order, "
    "lengths, text size, colour and position, the product's place, backgrounds, the music, the "
    "brand, the look, the sizes it renders, what needs rendering and what it has cost."
)


@dataclass
class Answer:
    text: str
    scene_ids: list[str] = field(default_factory=list)  # the scenes the question was about
    topic: str | None = None
    project_ref: str | None = None  # the version it was about, when not the current one


@dataclass(frozen=True)
class _Ask:
    """What a question names: its scenes (None: none named) and the project."""

    project: AdProject
    scenes: list[Scene] | None
    words: str

    @property
    def named(self) -> list[Scene]:
        return self.scenes if self.scenes is not None else list(self.project.scenes)


def _label(project: AdProject, scene: Scene) -> str:
    index = next(i for i, s in enumerate(project.scenes, start=1) if s.id == scene.id)
    return f"Scene {index} ({ROLE_LABEL[scene.role]})"


def _each(ask: _Ask, line: Callable[[Scene], str]) -> str:
    return "\n".join(f"{_label(ask.project, s)}: {line(s)}" for s in ask.named)


def _texts(ask: _Ask) -> str:
    return _each(ask, lambda s: f"“{s.overlay.text}”")


def _count(ask: _Ask) -> str:
    roles = ", ".join(ROLE_LABEL[s.role] for s in ask.project.scenes)
    return f"There are {len(ask.project.scenes)} scenes: {roles}."


def _order(ask: _Ask) -> str:
    rows = [
        f"{i}. {ROLE_LABEL[s.role]} — “{s.overlay.text}”" for i, s in enumerate(ask.project.scenes, start=1)
    ]
    return "The scenes, in order:\n" + "\n".join(rows)


def _which(ask: _Ask) -> str:
    if ask.scenes is None:
        return _order(ask)
    return "\n".join(
        f"{_label(ask.project, s)}, {s.duration_sec:g} s: “{s.overlay.text}”" for s in ask.scenes
    )


def describe_scene(project: AdProject, scene: Scene) -> str:
    """One scene in a sentence: its place, length, words, product and background."""
    product = (
        f"the product at the {scene.product.position}, {scene.product.scale:.0%} size"
        if scene.product.visible
        else "no product"
    )
    return (
        f"{_label(project, scene)}, {scene.duration_sec:g} s: “{scene.overlay.text}” "
        f"({scene.overlay.position}, size {scene.overlay.font_size}, {scene.overlay.color}); {product}; "
        f"background “{scene.background_prompt}”."
    )


def _extreme_scene(ask: _Ask) -> Answer:
    """ "which scene is the longest?": that scene, which "it" then means ("shorten it to 6")."""
    longest = re.search(r"\b(?:longest|long)\b", ask.words, re.I) is not None
    pool = list(ask.project.scenes)
    pick = (max if longest else min)(pool, key=lambda s: s.duration_sec)
    ties = [s for s in pool if s.duration_sec == pick.duration_sec]
    word = "longest" if longest else "shortest"
    names = " and ".join(_label(ask.project, s) for s in ties)
    return Answer(f"The {word}: {names}, {pick.duration_sec:g} s.", scene_ids=[s.id for s in ties])


def _lengths(ask: _Ask) -> str:
    lengths = _each(ask, lambda s: f"{s.duration_sec:g} s")
    if ask.scenes is None:
        return f"The ad is {ask.project.duration_sec:g} s long.\n{lengths}"
    return lengths


def _ad_length(ask: _Ask) -> str:
    if ask.scenes is not None:
        return _lengths(ask)
    return f"The ad is {ask.project.duration_sec:g} s long, in {len(ask.project.scenes)} scenes."


def _music(ask: _Ask) -> str:
    audio = ask.project.audio
    return f"The music is {audio.mood} (music mood “{ask.project.style.music_mood}”), at {audio.volume:.0%} volume."


def _brand(ask: _Ask) -> str:
    brand = ask.project.brand
    parts = [f"The brand name is {brand.name or '(not set)'}."]
    if brand.tagline:
        parts.append(f"Tagline: “{brand.tagline}”.")
    elif re.search(r"\b(?:tagline|slogan)\b", ask.words, re.I):
        parts.append("There is no tagline yet; say “tagline: …” to set one.")
    if brand.colors:
        parts.append("Brand colours: " + ", ".join(brand.colors) + ".")
    return " ".join(parts)


def _font(ask: _Ask) -> str:
    font = ask.project.brand.font
    return f"The font is {font}." if font else "No font is set, so the default font is used."


def _colours(ask: _Ask) -> str:
    p = ask.project
    if ask.scenes is not None or re.search(
        r"\b(?:text|font|words|letters|captions?|headlines?|copy)\b", ask.words, re.I
    ):
        return _each(ask, lambda s: f"text colour {_shown(s.overlay.color)}")  # "#FFFF00 (yellow)"
    brand = ", ".join(p.brand.colors) or "none set"
    return f"The palette is {', '.join(p.style.palette)}; the brand colours are {brand}."


def _text_layout(ask: _Ask) -> str:
    return _each(
        ask, lambda s: f"text size {s.overlay.font_size}, {s.overlay.position}, colour {s.overlay.color}"
    )


_YES_NO_RE = re.compile(r"^\W*(?:is|are|does|do|can)\b", re.I)


def _product(ask: _Ask) -> str:
    if ask.project.product_asset is None:
        return "There is no product image yet; send one with your message to put it in the ad."

    def line(s: Scene) -> str:
        if not s.product.visible:
            return "the product is hidden"
        return f"the product is shown at the {s.product.position}, at {s.product.scale:.0%} size"

    if _YES_NO_RE.match(ask.words) and ask.scenes is not None:
        # "is the product in scene 3?": yes or no first, then where.
        shown = [s.product.visible for s in ask.scenes]
        lead = "Yes" if all(shown) else "No" if not any(shown) else "In some"
        return (
            f"{lead}: "
            + "; ".join(f"in {_label(ask.project, s).lower()} {line(s)}" for s in ask.scenes)
            + "."
        )
    return _each(ask, line)


def _background(ask: _Ask) -> str:
    return _each(ask, lambda s: f"background “{s.background_prompt}”")


def _brief(ask: _Ask) -> str:
    return f"The ad was made from this brief: “{ask.project.brief}”." if ask.project.brief else CAN_ANSWER


def _look(ask: _Ask) -> str:
    st = ask.project.style
    return f"The mood is {st.mood}, the lighting {st.lighting}, the look {st.visual_style}."


def _aspects(ask: _Ask) -> str:
    return _platforms(ask)


def _platforms(ask: _Ask) -> str:
    """What the ad is made for: its presets by name, and the video of each size."""
    from adgen.platforms.presets import presets_from_settings

    table = presets_from_settings()
    known = {p.id: p for p in table}
    chosen = [known[i] for i in ask.project.presets if i in known]
    names = [p.name for p in chosen] or list(ask.project.presets)
    sizes: dict[str, list[str]] = {}
    for preset in chosen:
        sizes.setdefault(f"{preset.aspect} ({preset.width}x{preset.height})", []).append(preset.name)
    videos = "; ".join(f"{size}: {', '.join(who)}" for size, who in sizes.items())
    count = len(sizes) or len(ask.project.aspect_ratios)
    return (
        f"The ad is made for {_and(names)}: {count} video{'s' if count != 1 else ''} per render "
        f"({videos or ', '.join(ask.project.aspect_ratios)})."
    )


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _voice(ask: _Ask) -> str:
    """Whether the ad speaks, how, and what each scene says."""
    p = ask.project
    if not p.voice.enabled:
        head = "No: the voice-over is off, the ad is music only"
        lines = [s for s in p.scenes if s.voiceover and s.voiceover.text.strip()]
        return head + (" (its lines are written; say “add a voice-over” to turn it on)." if lines else ".")
    captions = f"captions on ({p.captions.style} style)" if p.captions.enabled else "captions off"
    rate = p.voice.rate
    speed = "normal speed" if rate == 1 else ("faster" if rate > 1 else "slower") + " than normal"
    pace = f"pace {rate:g}× ({speed}), pitch {p.voice.pitch:g}"
    said = [
        f"{_label(p, s)}: “{s.voiceover.text}”" + ("" if s.voiceover.enabled else " (silent)")
        for s in (ask.scenes or p.scenes)
        if s.voiceover and s.voiceover.text.strip()
    ]
    return f"Yes: the voice-over is on ({pace}, {captions}).\n" + "\n".join(said)


def _length_limits(ask: _Ask) -> str:
    from adgen.agent.understanding.refusals import reachable

    low, high = reachable("ad_duration", ask.project)
    return (
        f"An ad can be 5 s to 120 s long; this one, with its {len(ask.project.scenes)} scenes, can go "
        f"from {low:g} s to {high:g} s (each scene 0.5 s to 30 s). It is {ask.project.duration_sec:g} s now."
    )


def _render_state(ask: _Ask) -> str:
    p = ask.project
    rs = p.render_status
    if rs.state in ("completed", "completed_with_warnings") and p.aspect_exports:
        return f"Yes: version {p.version} is rendered ({', '.join(p.aspect_exports)})."
    if rs.state in ("queued", "rendering"):
        return f"Not yet: version {p.version} is {rs.state}, {rs.progress:.0%} done."
    if rs.state == "failed":
        why = rs.error or "no reason given"
        return f"No: the last render of version {p.version} failed ({why}). Say “render” to try again."
    return (
        f"Not yet: version {p.version} is a draft that has not been rendered. Say “render” to make the video."
    )


def _stale(ask: _Ask) -> str:
    p = ask.project
    missing = [s for s in p.scenes if not s.scene_video_url]
    if p.render_status.state in ("completed", "completed_with_warnings") and not missing:
        return f"Nothing: version {p.version} is rendered and up to date."
    if not missing:
        return f"Version {p.version} needs its final assembly; say “render”."
    if len(missing) == len(p.scenes):
        return (
            f"Nothing has been rendered yet for version {p.version}: all {len(p.scenes)} scenes need "
            "rendering. Say “render” to make the video."
        )
    names = ", ".join(_label(p, s) for s in missing)
    return f"These scenes need rendering for version {p.version}: {names}. Say “render”."


def _cost(ask: _Ask) -> str:
    cost = ask.project.cost
    calls = ", ".join(f"{k} ×{v}" for k, v in cost.calls.items()) or "no paid calls"
    return (
        f"So far this ad has cost ${cost.usd:.2f} ({calls}). Offline rendering is free; "
        "with cloud video and music I ask before anything above the cost limit."
    )


def _file_size(ask: _Ask) -> str:
    """ "how big is the file?": a size in megabytes exists only once a video is rendered, and the
    document does not keep it; what is known (rendered or not, which sizes) and where to see it."""
    p = ask.project
    rendered = p.render_status.state in ("completed", "completed_with_warnings") and p.aspect_exports
    if not rendered:
        return (
            f"There is no file yet: version {p.version} has not been rendered. Its size is known once "
            "it is rendered (say “render”); the download shows it."
        )
    return (
        f"Version {p.version} is rendered ({', '.join(p.aspect_exports)}), one MP4 file per size. "
        "I don't keep the files' sizes in megabytes; the download link shows each file's size."
    )


def _version(ask: _Ask) -> str:
    p = ask.project
    if p.variation.is_variation:
        return (
            f"You are on variant “{p.variation.label}” ({p.project_id}, version {p.version}) "
            f"of {p.variation.parent_project_id}."
        )
    return f"You are on {p.project_id} ({p.brand.name or 'your ad'}), version {p.version}, the original."


def _changes(ask: _Ask) -> str:
    """The requests still done, the latest first (at most five), each as its confirmation said it:
    what a marketer back from a break, or a colleague, asks before going on."""
    from adgen.agent.actions import describe_operation
    from adgen.tools.apply import history_steps
    from adgen.tools.operations import parse_operation

    p = ask.project
    named = {scene.id for scene in ask.scenes or []}
    done, _ = history_steps(p)
    by_version = {e.version: e.operation for e in p.history}
    lines = []
    for step in reversed(done[-5:]):
        said = []
        for version in range(step.first, step.last + 1):
            wire = by_version.get(version)
            if wire is None or (ask.scenes is not None and wire.get("sceneId") not in named):
                continue
            try:
                said.append(describe_operation(parse_operation(wire), p, p))
            except Exception:  # a step a later edit made unreadable (a scene since removed)
                said.append(f"{wire.get('operation', 'an edit').replace('_', ' ')}")
        if said:
            lines.append(f"- v{step.last}: " + "; ".join(said))
    if not lines and ask.scenes is not None:
        where = " or ".join(_label(p, s).lower() for s in ask.scenes)
        return f"Nothing has changed in {where} since the ad was planned."
    if not lines:
        return f"Nothing yet: this is the ad as it was planned (version {p.version})."
    more = f" ({len(done) - 5} earlier not shown)" if len(done) > 5 else ""
    return f"The changes so far, the latest first{more}:\n" + "\n".join(lines)


_SCENE_WORDS = r"(?:scenes?|slides?|shots?|parts?|sections?|screens?|cards?|frames?)"

# Round twenty-five b: "which scene makes the 7-day claim?", "where do we say money back?": the
# scenes whose words (on screen or spoken) say it; "what price is on the last screen?": the price
# a scene shows (both had answered what the ad has cost, or the help).
CLAIM_ASKED_RE = re.compile(
    r"\b(?:which|what)\s+(?:scene|one|card|slide|screen|part|bit|shot|frame)s?\s+"
    r"(?:(?:says?|mentions?|states?|claims?|promises?)\s+"
    r"(?:the\s+|that\s+|our\s+|a\s+|an\s+)?(?P<w>[^?]+?)(?:\s+(?:claim|line|bit|promise|thing|part|wording|stat|figure))?"
    # ("which scene has the bottle?" asks for a picture, "which one makes it pop?" for an opinion:
    # "makes", "has", "shows" only with "claim", "promise" …)
    r"|(?:makes?|carries|carry|has|have|shows?|contains?|uses?)\s+(?:the\s+|that\s+|our\s+|a\s+|an\s+)?"
    r"(?P<w3>[^?]+?)\s+(?:claim|promise|wording|stat|statement|guarantee))"
    r"\s*\??\s*$"
    r"|\bwhere\s+(?:do|does|did)\s+(?:we|it|the\s+ad|you)\s+(?:say|claim|mention|promise|show)\s+"
    r"(?:the\s+|that\s+|our\s+)?(?P<w2>[^?]+?)(?:\s+(?:claim|line|bit|promise))?\s*\??\s*$",
    re.I,
)
_PRICE_SHOWN_RE = re.compile(
    r"[€£$¥₹₦]\s?\d[\d.,]*(?:\s?/\s?\w+)?|\d[\d.,]*\s?(?:€|£|usd|eur|gbp|inr)\b", re.I
)


def _claim_scenes(ask: _Ask) -> str | Answer:
    m = CLAIM_ASKED_RE.search(ask.words)
    said = ((m.group("w") or m.group("w2") or m.group("w3")) if m else "").strip()
    said = re.sub(r"\s*\b(?:percent|per\s+cent|pct)\b", "%", said, flags=re.I)  # "100 percent": "100%"
    parts = re.findall(r"\d+(?:[.,]\d+)?%?|[^\W\d_]+", said)
    if not parts:
        return _texts(ask)
    pattern = re.compile(
        r"(?<!\w)"
        + r"[\s-]*".join(re.escape(p) + ("" if p[-1:].isdigit() or p.endswith("%") else r"s?") for p in parts)
        + r"(?!\w)",
        re.I,
    )
    found = []
    for scene in ask.named:
        spoken = scene.voiceover.text if scene.voiceover is not None and scene.voiceover.text else ""
        if pattern.search(scene.overlay.text or ""):
            found.append((scene, f"“{scene.overlay.text}”"))
        elif spoken and pattern.search(spoken):
            found.append((scene, f"in its voice-over: “{spoken}”"))
    if not found:
        return f"No scene says “{said}”."
    lines = [f"{_label(ask.project, s)}: {where}" for s, where in found]
    return Answer("\n".join(lines), scene_ids=[s.id for s, _ in found])


def _prices(ask: _Ask) -> str | Answer:
    shown = [(s, _PRICE_SHOWN_RE.findall(s.overlay.text or "")) for s in ask.named]
    shown = [(s, found) for s, found in shown if found]
    if not shown:
        where = " or ".join(_label(ask.project, s).lower() for s in ask.named)
        return f"No price is on screen in {where}."
    lines = [f"{_label(ask.project, s)} shows {', '.join(found)}: “{s.overlay.text}”" for s, found in shown]
    return Answer("\n".join(lines), scene_ids=[s.id for s, _ in shown])


_SCENE_PRONOUN_RE = re.compile(
    r"\b(?:(?:that|this|the\s+same)\s+(?:scene|one|slide|shot)|there)\b"
    # ("where does it sit now?" after a text was moved: that text)
    r"|\bwhere\s+(?:does|do|is)\s+(?:it|that|this)\s+(?:sit|sits|sitting|go|goes|appear|end\s+up)\b",
    re.I,
)
# One row per kind of question, most specific first.
_ROWS: tuple[tuple[re.Pattern[str], Callable[[_Ask], str | Answer], str], ...] = tuple(
    (re.compile(pattern, re.I), answer, topic)
    for pattern, answer, topic in (
        (CLAIM_ASKED_RE.pattern, _claim_scenes, "overlay"),
        (r"\bhow\s+many\s+" + _SCENE_WORDS, _count, "scene"),
        # "how big is the file", "what's the file size?", "how many MB will the video be?"
        (
            r"\bfile\s*sizes?\b|\bhow\s+(?:big|large|heavy)\s+(?:is|are|will)\s+(?:the|my|this|it|that)?\s*"
            r"(?:\w+\s+)?(?:files?|mp4s?|exports?|downloads?)\b|\bhow\s+many\s+(?:mb|megs?|megabytes|gb)\b"
            r"|\b(?:mb|megabytes)\b.*\b(?:file|video|mp4|export)\b",
            _file_size,
            "render",
        ),
        (
            # ("what did we change in C?" compares a version with the original: the versions' answer)
            r"^(?!.*\b(?:versions?|variants?|variations?)\b)(?!.*\b(?:in|on|for)\s+[a-d]\W*$).*?(?:"
            r"\bwhat\s+(?:did|have|has|had)\s+(?:you|we|u)\s+(?:just\s+|already\s+|so\s+far\s+)?"
            r"(?:change|changed|do|done|edit|edited|update|updated|fix|fixed|touch|touched)\b"
            r"|\bwhat\s+(?:(?:has|have|'s|was|were)\s+)?(?:changed|been\s+changed|different\s+now)\b"
            r"|\b(?:what|which)\s+(?:are|were)\s+(?:the|your|my)\s+(?:last\s+|latest\s+|recent\s+)?(?:changes|edits)\b"
            r"|\b(?:list|show)\s+(?:me\s+)?(?:the|my|your|all\s+the)\s+(?:changes|edits)\b)",
            _changes,
            "history",
        ),
        (
            r"\b(?:order|sequence)\b.*\b"
            + _SCENE_WORDS
            + r"|\bwhat\s+"
            + _SCENE_WORDS
            + r"\b|\blist\s+(?:the\s+)?scenes|\b(?:see|show)\s+(?:me\s+)?(?:the|all)\s+scenes",
            _order,
            "scene",
        ),
        (
            # "what price is on the last screen?", "which price does the cta show?": the price on screen
            r"\bprices?\b[^?]{0,30}?\b(?:on|in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:screen|scene|card|slide|frame|end|cta|hook|"
            r"showcase|shot)\b|\b(?:which|what)\s+prices?\b[^?]*\b(?:shows?|shown|says?|displayed|on\s+screen)\b",
            _prices,
            "overlay",
        ),
        (r"\b(?:cost|spent|spend|price|pay|charge|how\s+much\s+(?:is|will|does|has))\b", _cost, "cost"),
        (
            r"\b(?:stale|needs?\s+(?:rendering|a\s+render|to\s+be\s+rendered)|out\s+of\s+date|up\s+to\s+date|"
            r"(?:left|still|remaining|yet)\s+to\s+(?:be\s+)?render(?:ed)?|not\s+(?:been\s+)?rendered|unrendered)\b",
            _stale,
            "render",
        ),
        (
            r"\b(?:rendered|render(?:ing)?\s+(?:done|ready|finished)|done|ready|finished|exported)\b",
            _render_state,
            "render",
        ),
        (
            r"\b(?:platforms?|presets?|placements?|channels?|going\s+out|tiktok|reels|stories|shorts|youtube|"
            # "which apps is this for?", "what socials are we posting it on?", "where will it run?"
            # (never "the social proof")
            r"apps?|socials(?!\s+proof)|social\s+(?:media|networks?|sites?|channels?)|"
            r"where\s+(?:is\s+(?:this|it)\s+going|(?:will|does|do|are)\s+(?:this|it|we)(?:\s+(?:ad|video|spot))?\s+(?:run|air|go|post|be\s+(?:shown|posted)))"
            r")\b"
            r"|\bhow\s+many\s+(?:videos|versions|exports|formats|sizes|files)\b",
            _platforms,
            "render",
        ),
        (
            # ("which screen shapes is this being made for?": an owner's words for the formats)
            r"\b(?:aspect|ratios?|formats?|sizes?\s+(?:do|does|will|are)|(?:what|which)\s+sizes?|orientations?|dimensions|"
            r"screen\s+(?:shapes?|sizes?)|shapes?\s+of\s+(?:the\s+)?screens?|"
            r"(?:export|video|output|file)\s+sizes)\b"
            # "what size is the serum text?", "what size is the writing": a text's size, not the video's
            r"(?![^?]*\b(?:texts?|font|captions?|headlines?|words|writing|lettering|letters|type|lines?|copy|"
            r"product|logo|bottle)\b)",
            _aspects,
            "render",
        ),
        (
            # "the first caption" is a scene's text; "captions" / "caption style" the voice's
            # ("the first two captions", "both captions": scenes' texts, counted)
            r"\b(?:voice[\s-]?overs?|voiceovers?|voice|narrat\w*|"
            r"(?<!first\s)(?<!last\s)(?<!two\s)(?<!three\s)(?<!both\s)(?<!2\s)(?<!3\s)captions|caption\s+(?:style|track|mode)|"
            r"(?<!first\s)(?<!second\s)(?<!third\s)(?<!last\s)(?<!hook\s)(?<!cta\s)caption(?=\s+(?:on|off)\b)|"
            r"subtitles?|spoken)\b",
            _voice,
            "voice",
        ),
        (
            r"\b(?:which|what)\s+(?:scene|one|part|shot|slide)\s+(?:is|'s|runs)\s+(?:the\s+)?(?:longest|shortest)\b"
            r"|\b(?:longest|shortest)\s+(?:scene|one|part|shot|slide)\b",
            _extreme_scene,
            "duration",
        ),
        # the allowed range: "make it 30" next names no length that was asked about
        (r"\b(?:shortest|longest|minimum|maximum|max|min)\b", _length_limits, "limits"),
        (
            # "which one is the cta?" asks for a scene, not the version
            r"\b(?:which|what)\s+(?:version|variant|variation|one|project|ad)\s+(?:am|are|is)\b"
            r"(?!\s+(?:the\s+)?(?:hook|cta|call|intro|outro|showcase|testimonial|problem|social|solution|demo|"
            r"benefit|feature|ending|opening|closing|first|last|final|second|third|scene|shot)\b)|\bactive\b",
            _version,
            "project",
        ),
        (r"\bwho\b.*\bfor\b|\b(?:audience|target(?:ed|ing)?|aimed|brief)\b", _brief, "brand"),
        # "what size is the serum text in scene 2?": the text size ("bump it to 60" next)
        (
            r"\b(?:what|which)\s+(?:font\s+|text\s+)?size\b|\b(?:font|text)\s+size\b|"
            # ("whats the size of the words at the top": the words' size)
            r"\bwhat(?:'?s|\s+is)\s+the\s+size\s+of\s+the\s+(?:[\w'-]+\s+){0,3}?(?:text|font|caption|headline|words|writing|"
            r"lettering|line|copy)\b|\bhow\s+big\s+is\s+the\s+"
            r"(?:[\w'-]+\s+){0,3}(?:text|font|caption|headline|words|writing|lettering)\b",
            _text_layout,
            "text_size",
        ),
        (
            r"\b(?:font|typeface|type\s+face|typography|letter\s*type|type\s+of\s+letters)\b(?!\s+size)",
            _font,
            "font",
        ),
        # "how long is the bit with the bottle?": a length, whatever the scene is named by
        (
            r"^\W*(?:(?:and|so|wait|ok(?:ay)?|hey|um+)\W+)*how\s+long(?:'s|’s|\s+(?:is|are|does|do|will)\b)",
            _lengths,
            "duration",
        ),
        # ("do we have a tagline?" -> "set it to 'Baked fresh'": "it" is the tagline)
        (r"\b(?:tagline|slogan|strapline)\b", _brand, "tagline"),
        (r"\b(?:brand|company)\b", _brand, "brand"),
        (r"\b(?:music|song|soundtrack|audio|volume|loud)\b", _music, "audio"),
        (r"\bproduct\b", _product, "product"),
        # ("show me what the cta says": a request to be shown, not what the scene shows)
        (
            r"\b(?:background|backdrop|show(?:s|ing)?(?!\s+(?:me|us)\b)|image|visuals?)\b",
            _background,
            "scene",
        ),
        (r"\b(?:colou?rs?|palette)\b", _colours, "overlay"),
        # "is the first caption white?": a colour named in a yes/no question about a text
        (
            r"^\W*(?:is|are)\b.*\b(?:white|black|red|blue|green|yellow|orange|pink|purple|gold|grey|gray|navy|"
            r"brown|beige|cream|silver|teal)\b",
            _colours,
            "overlay",
        ),
        (
            # ("where does it sit now?" after moving a text: its place)
            r"\bwhere(?:'?s|\s+(?:does|do|did|is|are))\s+(?:it|that|this|they|the\s+(?:[\w'-]+\s+){0,3}?(?:text|line|words|caption|"
            r"headline|writing))\s+(?:sit|sits|sitting|go|goes|appear|show\s+up|end\s+up)\b|"
            # "where's the hook text at the moment?", "where is the cta headline now": its place
            r"\bwhere(?:'?s|\s+is)\s+the\s+(?:[\w'-]+\s+){0,3}?(?:text|words|caption|headline|writing)\s+"
            r"(?:now|at\s+the\s+moment|right\s+now|currently|at|placed|positioned)\b|"
            r"\b(?:how\s+big|size|position|where\s+is\s+the\s+text|placed|too\s+(?:small|big|large|tiny)|tiny|"
            r"cent(?:er|r)ed|in\s+the\s+(?:middle|cent(?:er|re))|at\s+the\s+(?:top|bottom)|on\s+top)\b",
            _text_layout,
            "overlay",
        ),
        (r"\b(?:mood|lighting|look|style|vibe|feel)\b", _look, "style"),
        (
            r"\bhow\s+long\b|\b(?:length|duration|seconds|runtime|total(?!\s+(?:cost|spend|price|bill)))\b",
            _lengths,
            "duration",
        ),
        (
            r"\b(?:say|says|said|text|words|wording|copy|headline|caption|read|reads|written|line)\b",
            _texts,
            "overlay",
        ),
        (
            r"\b(?:which|what)\s+" + _SCENE_WORDS + r"\s+is\b|\bwhere\s+is\s+the\b|\bwhich\s+one\s+is\b",
            _which,
            "scene",
        ),
    )
)


def answer_question(text: str, project: AdProject | None, recent: list[str] | None = None) -> Answer:
    """The answer to a question about the current ad (never a change to it).

    ``recent``: the scenes the conversation last named, for "that scene".
    """
    if project is None:
        return Answer("There is no ad yet to ask about. Describe the ad you want first.")
    text = _described_as_number(text, project)
    both = _both_answers(text, project, recent)
    if both is not None:
        return both
    masked, quotes = mask_quotes(as_product_word(text, project))
    named, problem = _named_scenes(masked, quotes, project, recent or [])
    if problem:
        return Answer(problem)
    if not named and (kind := kind_named_in(masked)) and len(shown := scenes_showing(kind, project)) == 1:
        named = shown  # "what colour is the phone number?": the text that shows it, not the palette
    # ("which scene has the mat unrolling?": the picture's own words, before "mat" is "product")
    # ("which scene says 'Wake up to cold brew'?": the words as typed, never "cold product")
    found = _scene_showing(mask_quotes(text)[0], project) or _scene_with_words(*mask_quotes(text), project)
    if found is not None:
        return found
    ask = _Ask(project=project, scenes=named or None, words=masked)
    for pattern, answer, topic in _ROWS:
        if pattern.search(masked):
            said = answer(ask)
            if isinstance(said, Answer):  # an answer that names its own scenes ("the longest")
                return Answer(said.text, scene_ids=said.scene_ids, topic=topic)
            return Answer(said, scene_ids=[s.id for s in ask.scenes or []], topic=topic)
    if ask.scenes:
        return Answer(_which(ask), scene_ids=[s.id for s in ask.scenes], topic="scene")
    return Answer(CAN_ANSWER)


# What a question asks of a scene's words: "what's the text on the scene with the bottle?".
_ASKS_WORDS_RE = re.compile(r"\b(?:text|txt|say|says|said|written|words|caption|line|headline|copy)\b", re.I)


def _described_as_number(text: str, project: AdProject) -> str:
    """ "what's the text on the scene with the bottle on the counter?": a scene named by what it
    shows said as its number ("scene 2"), so the product in its picture is no question about the
    product (it answered where the product stands)."""
    if not _ASKS_WORDS_RE.search(text) or "\ue000" in text:
        return text
    refs = [
        r
        for r in find_scene_refs(text, project, [])
        if r.kind == "text" and len(r.ids) == 1 and not r.question
    ]
    for ref in sorted(refs, key=lambda r: r.start, reverse=True):
        position = next(i for i, s in enumerate(project.scenes, start=1) if s.id == ref.ids[0])
        if re.search(r"\b(?:scene|shot|bit|one|part|clip|close[\s-]?up)\b", ref.text or "", re.I):
            lead = re.match(r"(?:in|on|at)\s+", ref.text or "", re.I)
            start = ref.start + (lead.end() if lead else 0)
            text = f"{text[:start]}scene {position}{text[ref.end :]}"
    return text


# "how many scenes has it got, and how long is it?": two questions in one message, each answered.
_AND_QUESTION_RE = re.compile(
    r"\s*(?:[,;?]\s*(?:and\s+)?|\s+and\s+)(?=(?:how|what|which|where|who|is|are|does|do)\b)", re.I
)


_PRONOUN_RE = re.compile(r"\b(?:it|its|that|this|them|they|there)\b", re.I)


def _both_answers(text: str, project: AdProject, recent: list[str] | None) -> Answer | None:
    """The answers to each question of a message asking two or more, when each is answered."""
    parts = [p for p in _AND_QUESTION_RE.split(text) if p.strip(" ?,;")]
    if len(parts) < 2:
        return None
    answers = [answer_question(p, project, recent) for p in parts]
    if answers[0].scene_ids and any(_PRONOUN_RE.search(p) for p in parts[1:]):
        return None  # "what does the hook say and what colour is it?": "it" is the hook, asked as one
    if any(a.text == CAN_ANSWER for a in answers):
        return None
    texts = list(dict.fromkeys(a.text for a in answers))
    ids = list(dict.fromkeys(sid for a in answers for sid in a.scene_ids or []))
    return Answer("\n".join(texts), scene_ids=ids, topic=answers[-1].topic)


def _named_scenes(
    masked: str, quotes: list, project: AdProject, recent: list[str]
) -> tuple[list[Scene], str | None]:
    """The scenes a question names ("that scene": the ones last named), or why none can be."""
    refs = find_scene_refs(masked, project, quotes)
    named = [project.scene(sid) for r in refs if r.kind != "all" for sid in r.ids]
    if not refs and recent and _SCENE_PRONOUN_RE.search(masked):
        named = [project.scene(sid) for sid in recent if any(s.id == sid for s in project.scenes)]
    problem = next((r.error or r.question for r in refs if r.error or r.question), None)
    return _dedupe(named), (problem if problem and not named else None)


# --- comparing two versions ("what's different in B?") -------------------------------------------


def _shown(value: object) -> str:
    if isinstance(value, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", value):
        return f"{value.upper()} ({colour_name(value)})"
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, str):
        return f"“{value}”"
    return str(value)


# (what it is called, how to read it from a project): the ad-wide fields a version may change.
_AD_FIELDS: tuple[tuple[str, Callable[[AdProject], object]], ...] = (
    ("length", lambda p: f"{p.duration_sec:g} s"),
    ("mood", lambda p: p.style.mood),
    ("lighting", lambda p: p.style.lighting),
    ("look", lambda p: p.style.visual_style),
    ("palette", lambda p: p.style.palette),
    ("music", lambda p: p.style.music_mood),
    ("music volume", lambda p: f"{p.audio.volume:.0%}"),
    ("brand name", lambda p: p.brand.name),
    ("tagline", lambda p: p.brand.tagline),
    ("brand colours", lambda p: p.brand.colors),
    ("font", lambda p: p.brand.font),
)
_SCENE_FIELDS: tuple[tuple[str, Callable[[Scene], object]], ...] = (
    ("text", lambda s: s.overlay.text),
    ("text colour", lambda s: s.overlay.color),
    ("text size", lambda s: s.overlay.font_size),
    ("text position", lambda s: s.overlay.position),
    ("length", lambda s: f"{s.duration_sec:g} s"),
    ("background", lambda s: s.background_prompt),
    ("product shown", lambda s: "yes" if s.product.visible else "no"),
    ("product size", lambda s: f"{s.product.scale:.0%}"),
    ("product position", lambda s: s.product.position),
)


def differences(original: AdProject, other: AdProject) -> list[str]:
    """What ``other`` changes of ``original``, one line each, with the original's value."""
    lines = []
    for name, read in _AD_FIELDS:
        before, after = read(original), read(other)
        if before != after:
            lines.append(f"{name}: {_shown(after)} (was {_shown(before)})")
    before_ids = [s.id for s in original.scenes]
    for scene in other.scenes:
        if scene.id not in before_ids:
            lines.append(f"{_label(other, scene)} is new: “{scene.overlay.text}”")
            continue
        old = original.scene(scene.id)
        for name, read in _SCENE_FIELDS:
            if read(old) != read(scene):
                lines.append(
                    f"{_label(other, scene)} {name}: {_shown(read(scene))} (was {_shown(read(old))})"
                )
    other_ids = [s.id for s in other.scenes]
    lines += [f"{_label(original, s)} is removed" for s in original.scenes if s.id not in other_ids]
    kept = [sid for sid in other_ids if sid in before_ids]
    if kept != [sid for sid in before_ids if sid in kept]:
        lines.append("the scenes are in another order")
    return lines


def describe_differences(original: AdProject, other: AdProject) -> str:
    """What ``other`` has that ``original`` hasn't, as one text, for "pick the pink one"."""
    return "; ".join(line.split(" (was ")[0] for line in differences(original, other))


def compare_answer(label: str, project: AdProject, base_label: str, base: AdProject) -> str:
    """ "what's different in C?": how one version differs from another, line by line."""
    lines = differences(base, project)
    if not lines:
        return f"Version {label} is the same as {base_label}."
    return f"Version {label} differs from {base_label} in:\n" + "\n".join(f"- {line}" for line in lines)


# "which scene says 60 hours?", "which one mentions the price?": found by its words.
_WHICH_SAYS_RE = re.compile(
    r"\b(?:which|what)\s+(?:scene|one|slide|part)\s+(?:says|reads|has|mentions|contains|is\s+the\s+one\s+with|with)\s+"
    # (a quote is no punctuation: "which scene says 'Order today'?" had said "No scene says “”")
    r"(?:the\s+(?:words?|text|line)\s+)?(?P<w>.+?)[^\w\ue000-\ue1ff]*$",
    re.I,
)
# "which scene has the 100% claim?": the claim's words, without "the … claim"
_CLAIM_WRAP_RE = re.compile(r"^(?:the|a|an|our|that)\s+|\s+(?:claim|promise|wording|stat|figure)$", re.I)


PLACEHOLDER_IN_RE = re.compile("\ue000[\ue100-\ue1ff]")


def _scene_with_words(masked: str, quotes: list, project: AdProject) -> Answer | None:
    m = _WHICH_SAYS_RE.search(masked)
    if m is None:
        return None
    words = unmask_inner(m.group("w"), quotes).strip(" \"'“”‘’")
    if not PLACEHOLDER_IN_RE.search(m.group("w")) and _CLAIM_WRAP_RE.search(words):
        words = _CLAIM_WRAP_RE.sub("", _CLAIM_WRAP_RE.sub("", words)).strip()
    needle = words.casefold()
    hits = [s for s in project.scenes if needle and needle in s.overlay.text.casefold()]
    if not hits:
        hits = [s for s in project.scenes if needle and needle in s.background_prompt.casefold()]
    if not hits:
        return Answer(f"No scene says “{words}”. " + _texts(_Ask(project, None, masked)).replace("\n", "; "))
    lines = [f"{_label(project, s)} says “{s.overlay.text}”." for s in hits]
    return Answer("\n".join(lines), scene_ids=[s.id for s in hits], topic="scene")


_WHICH_SHOWS_RE = re.compile(
    r"\b(?:which|what)\s+(?:scene|one|shot|slide|part)\s+(?:shows?|has|have|features?|is\s+about|with|"
    r"is\s+(?:the\s+one\s+)?(?:with|where))\b(?P<what>.+)$",
    re.I,
)
_STOP_WORDS = frozenset(
    "the a an of and being been its it is are our this that with some any into onto from there where".split()
)


def _scene_showing(masked: str, project: AdProject) -> Answer | None:
    """ "which scene shows the bike being folded?": the scene whose background or words share
    the most of the question's words (by stem), when one scene does."""
    m = _WHICH_SHOWS_RE.search(masked)
    if m is None:
        return None
    words = [w for w in re.findall(r"[a-z]{3,}", m.group("what").lower()) if w not in _STOP_WORDS]
    stems = [w[: max(4, len(w) - 3)] if len(w) > 5 else w for w in words]
    if not stems:
        return None
    hits = {
        s.id: sum(
            bool(re.search(rf"\b{re.escape(stem)}", f"{s.background_prompt} {s.overlay.text}", re.I))
            for stem in stems
        )
        for s in project.scenes
    }
    best = max(hits.values())
    chosen = [project.scene(sid) for sid, n in hits.items() if n == best]
    if not best or len(chosen) != 1:
        return None
    return Answer(describe_scene(project, chosen[0]), scene_ids=[chosen[0].id], topic="scene")


def unmask_inner(text: str, quotes: list) -> str:
    """The text with each quote put back as its inner words (no quote marks)."""
    return re.sub("\ue000([\ue100-\ue1ff])", lambda m: quotes[ord(m.group(1)) - 0xE100].inner, text)


def _dedupe(scenes: list[Scene]) -> list[Scene]:
    seen: dict[str, Scene] = {}
    for s in scenes:
        seen.setdefault(s.id, s)
    return list(seen.values())


def resolve_reference(words: str, project: AdProject | None) -> str:
    """Which scenes some words name, as a sentence with their ids (for the LLM path)."""
    if project is None:
        return "There is no ad yet."
    masked, quotes = mask_quotes(words)
    refs = find_scene_refs(masked, project, quotes)
    if not refs:
        return "Those words name no scene. " + _count(_Ask(project, None, masked))
    problem = next((r.error or r.question for r in refs if r.error or r.question), None)
    if problem:
        return problem
    ids = list(dict.fromkeys(sid for r in refs for sid in r.ids))
    return "; ".join(f"{sid}: {_label(project, project.scene(sid))}" for sid in ids)


__all__ = [
    "CLAIM_ASKED_RE",
    "Answer",
    "CAN_ANSWER",
    "answer_question",
    "compare_answer",
    "describe_scene",
    "describe_differences",
    "differences",
    "resolve_reference",
]
