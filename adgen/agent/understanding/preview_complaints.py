"""Complaints about what a rendered version or the preview shows, which name a problem and no fix:
one question naming the edits that would meet it (round thirty f).

Part of :mod:`adgen.agent.understanding`. Each used to be read as something else:

- a version named by its shape with something cut off ("the square one looks cropped, the toe of
  the shoe is cut off", "the 9:16 crops the can"): it was "the ad already has a Square feed
  version" or a render of that shape; now the product smaller or centred is asked;
- a wide version with room left over ("the 16:9 has empty sides", "the landscape export has big
  blank bars either side"): the help text; now a bigger product (or bigger text) is asked;
- words named by what they say, hidden by the platform's own buttons or profile row ("on tiktok
  the hoodie text sits under the buttons"): "which scene says 'hoodie'?"; now the scene whose
  words sit where those buttons are is found, and smaller words or the middle is asked;
- a tone that is too pitying, guilt-tripping or pushy ("the opener feels a bit pity-porn, can it be
  more respectful?", "this reads like a sob story"): the help text; now a calmer mood or new words
  is asked (never a guessed picture);
- the voice-over likened to a machine ("sounds like a robot reading a contract", "like a sat nav"):
  the last words were read as a scene's new text; now its pace or pitch is asked.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.scenes import ROLE_LABEL
from adgen.agent.understanding.values import round_half_up
from adgen.project import AdProject, Scene

_I = re.I

# A version named by its shape or platform ("the square one", "the 16:9", "in the vertical export").
_SHAPE = (
    r"(?:square|1\s*:\s*1|1x1|vertical|portrait|9\s*:\s*16|4\s*:\s*5|16\s*:\s*9|landscape|horizontal|wide(?:screen)?|"
    r"youtube|feed|tiktok|reels?|stories|shorts)"
)
_VERSION = r"(?:\s+(?:one|version|cut|export|render|video|ad|format|file|edit))?"
_SHAPE_RE = re.compile(
    r"\b(?:the|that|this|in|on|our|my)\s+(?P<shape>" + _SHAPE + r")" + _VERSION + r"\b", _I
)
_CROPPED_RE = re.compile(
    r"\b(?:cropped|crops?|cropping|cut\s+off|cuts\s+off|cutting\s+off|chop(?:s|ped|ping)?(?:\s+off)?|clipped|clips|"
    r"cut\s+in\s+half|trimmed\s+off|off\s+the\s+edge|(?:doesn'?t|does\s+not|don'?t)\s+fit|"
    r"(?:gets?|got|getting|is\s+being|are\s+being)\s+cut|cuts\s+(?:the|off|into|through)|"
    r"(?:half\s+)?out\s+of\s+(?:the\s+)?(?:frame|shot|picture)|half\s+(?:missing|gone)|squished|squashed)\b",
    _I,
)
_WIDE_SHAPE_RE = re.compile(r"16\s*:\s*9|landscape|horizontal|wide|youtube", _I)
_EMPTY_SIDES_RE = re.compile(
    r"\b(?:empty|blank|black|dead|wasted|bare|plain|a\s+lot\s+of|lots\s+of|so\s+much|too\s+much)\s+"
    r"(?:space\s+|bars?\s+|areas?\s+|room\s+)?(?:(?:on|at|down)\s+(?:the\s+|both\s+)?)?(?:sides?|edges?|bars?|"
    r"space|areas?|room)\b"
    r"|\b(?:empty|blank|bare)\s+(?:on\s+)?(?:the\s+)?(?:left\s+and\s+(?:the\s+)?right|either\s+side|both\s+sides)\b"
    r"|\b(?:space|room|gaps?)\s+(?:on\s+)?(?:either|each|both)\s+sides?\b"
    r"|\bpillar[\s-]?box(?:ed|ing)?\b|\bletter[\s-]?box(?:ed|ing)?\b"
    r"|\b(?:looks?|feels?|is|seems?)\s+(?:(?:a\s+bit|kinda|so|really|very|too|pretty|quite)\s+)?(?:empty|bare|sparse|unfinished)\b",
    _I,
)
# Something asked of the version itself ("drop the square one, it crops badly", "re-export the
# vertical, it was cut off") or the crop denied ("don't crop the square one"): read elsewhere.
_ASKED_OF_VERSION_RE = re.compile(
    r"(?:^|[,;.!?]\s*|\b(?:please|pls|you|and|then|just|to|can|could)\s+)(?:re-?export|export|re-?render|render|"
    r"download|send)\b"
    r"|\b(?:drop|remove|delete|get\s+rid\s+of|lose|skip|ditch|kill|add|make\s+(?:a|an|another)|(?:don'?t|do\s+not)\s+need|no\s+need|"
    r"(?:don'?t|do\s+not|never|without|no)\s+(?:\w+\s+)?(?:crop|cut|chop|clip))\b",
    _I,
)
_TEXT_WORD_RE = re.compile(r"\b(?:text|words|writing|headline|copy|caption|line|letters|title)\b", _I)


def _label(project: AdProject, scenes: list[Scene]) -> str:
    if len(scenes) == len(project.scenes):
        return "every scene"
    names = [ROLE_LABEL[s.role] for s in scenes]
    return "the " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])


def _overlay(scene: Scene, **fields: Any) -> dict[str, Any]:
    return {"operation": "update_overlay", "sceneId": scene.id, **fields}


def _product(scene: Scene, **fields: Any) -> dict[str, Any]:
    return {"operation": "update_product", "sceneId": scene.id, **fields}


def _size(value: float) -> int:
    return int(max(12, min(200, round_half_up(value))))


def _shape_name(said: str) -> str:
    plain = re.sub(r"\s+", "", said.lower())
    for pattern, name in (
        (r"square|1:1|1x1", "square"),
        (r"vertical|portrait|9:16|tiktok|reels?|stories|shorts", "vertical"),
        (r"4:5|feed", "4:5"),
        (r"16:9|landscape|horizontal|wide|youtube", "16:9"),
    ):
        if re.search(pattern, plain):
            return name
    return plain


def _text_cut_off(project: AdProject, scenes: list[Scene], where: str) -> PendingQuestion:
    label = _label(project, scenes)
    return PendingQuestion(
        f"{where}should I make the text in {label} smaller, or move it to the middle?",
        [
            PendingOption(
                "smaller",
                ["smaller", "small", "shrink", "smaller text"],
                [_overlay(s, fontSize=_size(s.overlay.font_size * 0.8)) for s in scenes],
            ),
            PendingOption(
                "middle",
                ["middle", "center", "centre", "move", "move it", "move it up"],
                [_overlay(s, position="center") for s in scenes],
            ),
        ],
    )


def _cropped(masked: str, project: AdProject) -> PendingQuestion | None:
    """ "the square one looks cropped, the toe of the shoe is cut off": the product smaller or
    centred (the text's size or place when the words are what is cut, or no product shows)."""
    shape = _SHAPE_RE.search(masked)
    if shape is None or not _CROPPED_RE.search(masked) or _ASKED_OF_VERSION_RE.search(masked):
        return None
    where = f"In the {_shape_name(shape.group('shape'))} version, "
    shown = [s for s in project.scenes if s.product.visible]
    if _TEXT_WORD_RE.search(masked) or not shown:
        return _text_cut_off(project, list(project.scenes), where)
    label = _label(project, shown)
    return PendingQuestion(
        f"{where}should I make the product in {label} smaller so it fits, or move it to the center?",
        [
            PendingOption(
                "smaller",
                ["smaller", "small", "shrink", "smaller product", "make it smaller"],
                [_product(s, scale=max(0.1, round_half_up(s.product.scale * 0.8, 2))) for s in shown],
            ),
            PendingOption(
                "center",
                ["center", "centre", "middle", "move", "move it"],
                [_product(s, position="center") for s in shown],
            ),
        ],
    )


def _empty_sides(masked: str, project: AdProject) -> PendingQuestion | None:
    """ "the 16:9 has empty sides, it looks unfinished": a bigger product (or bigger text) asked."""
    shape = _SHAPE_RE.search(masked)
    if shape is None or not _EMPTY_SIDES_RE.search(masked):
        return None
    barred = re.search(r"\b(?:bars?|letter[\s-]?box\w*|pillar[\s-]?box\w*)\b", masked, _I)
    if not (_WIDE_SHAPE_RE.search(shape.group("shape")) or barred):
        return None
    name = _shape_name(shape.group("shape"))
    if _ASKED_OF_VERSION_RE.search(masked):
        return None
    shown = [s for s in project.scenes if s.product.visible]
    bigger_text = PendingOption(
        "bigger text",
        ["bigger text", "text", "the text", "text bigger"],
        [_overlay(s, fontSize=_size(s.overlay.font_size * 1.25)) for s in project.scenes],
    )
    if not shown:
        bigger_text.words.extend(["bigger", "yes", "yes please", "sure", "ok", "okay"])
        return PendingQuestion(
            f"In the {name} version the pictures fill the frame behind the text; should I make all the text "
            "bigger so it fills more of it?",
            [bigger_text],
        )
    label = _label(project, shown)
    return PendingQuestion(
        f"In the {name} version, should I make the product in {label} bigger so it fills more of the frame, "
        "or make the text bigger?",
        [
            PendingOption(
                "bigger product",
                ["bigger product", "product", "the product", "bigger", "product bigger"],
                [_product(s, scale=min(1.0, round_half_up(s.product.scale * 1.25, 2))) for s in shown],
            ),
            bigger_text,
        ],
    )


# What covers the words on the platform: its buttons and captions at the bottom, its profile row
# and header at the top.
_UI_BOTTOM = (
    r"buttons?|icons?|like\s+(?:and|&)\s+share(?:\s+buttons?)?|like\s+button|share\s+button|side\s*bar|"
    r"caption(?:\s+bar)?|description|username|comment\s+bar|progress\s+bar|ui|interface|overlay|"
    r"reply\s+(?:bar|box|field)|message\s+(?:bar|box|field)|send\s+message(?:\s+bar)?|cta\s+button|shop\s+now\s+button"
)
_UI_TOP = r"profile\s+(?:row|bar|pic(?:ture)?|name)|top\s+bar|header|search\s+bar|status\s+bar|notch"
_UNDER_UI_RE = re.compile(
    r"(?:^|[,;.!?]\s*|\b(?:on|in)\s+(?:tiktok|reels?|instagram|ig|insta|shorts|youtube|stories|the\s+\w+\s+(?:version|one))"
    r"\s*,?\s*)"
    r"(?P<what>(?:the|our|my|that)\s+(?:[\w'’·-]+\s+){1,3}?(?:text|words|line|copy|headline|writing|caption|title))\s+"
    r"(?:is\s+|are\s+|gets?\s+|getting\s+|keeps?\s+getting\s+|is\s+getting\s+|sits?\s+|sitting\s+|ends?\s+up\s+)?"
    r"(?:(?:right|partly|half|totally|completely)\s+)?"
    r"(?:covered\s+(?:by|up\s+by)|hidden\s+(?:by|under|behind|beneath)|blocked\s+by|obscured\s+by|buried\s+(?:under|behind)|"
    r"under(?:neath)?|behind|beneath)\s+"
    r"(?:the\s+)?(?:(?:tiktok|reels?|instagram|ig|insta|shorts|youtube|app)(?:'s|’s)?\s+)?"
    r"(?:(?P<bottom>" + _UI_BOTTOM + r")|(?P<top>" + _UI_TOP + r"))\b",
    _I,
)
_NOT_CONTENT = {
    "the",
    "our",
    "my",
    "that",
    "text",
    "words",
    "line",
    "copy",
    "headline",
    "writing",
    "caption",
    "title",
}


# Words that name a scene by its role or place ("the hook text", "the end card copy"): read elsewhere.
_ROLE_WORDS = {
    "hook",
    "cta",
    "end",
    "card",
    "opener",
    "opening",
    "intro",
    "showcase",
    "scene",
    "first",
    "last",
    "closing",
    "closer",
    "top",
    "bottom",
    "middle",
    "proof",
    "social",
    "testimonial",
    "problem",
    "final",
    "second",
    "third",
}


def _under_ui(masked: str, project: AdProject) -> PendingQuestion | None:
    """ "on tiktok the hoodie text sits under the buttons": the scene whose words say "hoodie",
    and of several, the one whose words sit where the buttons (bottom) or the profile row (top)
    are; smaller words or the middle asked."""
    m = _UNDER_UI_RE.search(masked)
    if m is None:
        return None
    words = [w for w in re.findall(r"[\w'’-]+", m.group("what").lower()) if w not in _NOT_CONTENT]
    if not words or any(w in _ROLE_WORDS or w.isdigit() for w in words):
        return None
    said = [
        s
        for s in project.scenes
        if all(re.search(r"\b" + re.escape(w) + r"\b", s.overlay.text or "", _I) for w in words)
    ]
    if not said:
        return None  # named by its role or place ("the hook text"), read elsewhere
    covered = "bottom" if m.group("bottom") else "top"
    placed = [s for s in said if s.overlay.position == covered]
    scenes = placed if len(said) > 1 and len(placed) == 1 else said
    if len(scenes) > 1:
        numbers = " or ".join(f"scene {project.scenes.index(s) + 1}" for s in scenes)
        return PendingQuestion(
            f"Which text is hidden, {numbers}? I can move it to the middle or make it smaller."
            " (Every export keeps its words inside the platform's safe area.)"
        )
    return _text_cut_off(
        project, scenes, "So it clears the app's " + ("buttons, " if covered == "bottom" else "profile row, ")
    )


# A tone that pities, guilt-trips or pushes: how it should feel instead is asked, never guessed.
_PITYING_RE = re.compile(
    r"\b(?:pity[\s-]?porn|poverty[\s-]?porn|misery[\s-]?porn|trauma[\s-]?porn|pitying|pity\s+party|"
    r"exploit(?:ative|ing|y)|guilt[\s-]?trip(?:py|ping|s|y)?|guilt[\s-]?inducing|manipulative|emotionally\s+manipulative|"
    r"sob[\s-]?story|tear[\s-]?jerk(?:er|y|ing)|patroni[sz]ing|condescending|preachy|tone[\s-]?deaf|insensitive|"
    r"(?:too|so|really|very|a\s+bit|kinda)\s+(?:salesy|pushy|sales[\s-]?y)|hard[\s-]?sell|"
    r"(?:charity|grief|sad)[\s-]?porn|(?:like\s+)?(?:we'?re|we\s+are)\s+begging|doom\s+and\s+gloom)\b"
    r"|\b(?:more|less)\s+(?:respectful|dignified|sensitive|tactful|compassionate|humane|pitying|"
    r"exploitative|salesy|pushy|guilt[\s-]?trippy|preachy)\b"
    r"|\bwith\s+(?:more\s+)?dignity\b|\bless\s+(?:of\s+a\s+)?(?:hard\s+sell|sales\s+pitch|pity)\b|\btone\s+(?:it\s+)?down\b",
    _I,
)
# How strongly the tone word must stand alone: a field named says what to change ("less salesy
# cta copy", "tone down the music") and is read elsewhere.
_FIELD_RE = re.compile(
    r"\b(?:music|song|track|soundtrack|volume|colou?rs?|palette|lighting|brightness|font|size|bigger|smaller|"
    r"voice|voice-?over|narrat\w*|copy|text|words|wording|line|headline|caption|tagline|faster|slower|shorter|longer|"
    r"seconds?|secs?)\b|[\ue000-\ue1ff]",
    _I,
)
_SCENE_NAME_RE = re.compile(
    r"\b(?:hook|opener|opening|intro|first\s+scene|cta|end\s+card|last\s+scene|closer|showcase|"
    r"social\s+proof|testimonial|scene\s+\d|card|shot|slide|scene|clip)\b",
    _I,
)


def _tone_question(masked: str, project: AdProject) -> PendingQuestion | None:
    """ "the empty fridge opener feels a bit pity-porn. can it be more respectful?": a calmer mood
    or new words asked (the picture is the marketer's to describe)."""
    if not _PITYING_RE.search(masked) or _FIELD_RE.search(masked):
        return None
    if re.search(r"\btone\s+(?:it\s+)?down\b", masked, _I) and not re.search(
        r"\b(?:salesy|pushy|pity|guilt|preachy|exploit|manipulat|sob|hard\s+sell|respect|dignif)", masked, _I
    ):
        return None  # "tone it down" alone is read by the look words
    mood, said = ("hopeful", "a more hopeful") if project.style.mood == "calm" else ("calm", "a calmer")
    where = "that scene" if _SCENE_NAME_RE.search(masked) else "the hook or the end card"
    return PendingQuestion(
        f"To soften the tone, should I give the ad {said} mood, or would you rather give me "
        f"new words for {where} (in quotes), or say what its picture should show instead?",
        [
            PendingOption(
                mood,
                [mood, "calmer", "mood", "the mood", f"{said} mood", "yes", "sure", "ok", "okay"],
                [{"operation": "update_style", "mood": mood}],
            )
        ],
    )


# The voice-over likened to a machine ("sounds like a robot reading a contract", "like a sat nav").
_VOICE_SUBJECT = (
    r"(?:the\s+|my\s+|our\s+|that\s+|this\s+)?(?:voice(?:[\s-]?over)?|vo|narrat(?:or|ion)|speaker|reader)"
)
_MACHINE_LIKE_RE = re.compile(
    r"(?:\b"
    + _VOICE_SUBJECT
    + r"|^\W*(?:she|he)(?:'s)?)\s+(?:\w+\s+){0,2}?(?:sounds?|reads?|talks?|speaks?|comes\s+across|is)\s+"
    r"(?:(?:a\s+bit|kinda|kind\s+of|sort\s+of|exactly|just|so|too)\s+)?like\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:robot|machine|answering\s+machine|sat[\s-]?nav|gps|computer|bot|chat\s*bot|ai|text[\s-]to[\s-]speech|tts|"
    r"automated\s+(?:message|call|line)|phone\s+menu|hold\s+message|train\s+announcement|announcer|terms\s+and\s+conditions)\b"
    r"|\b" + _VOICE_SUBJECT + r"\s+(?:sounds?|is)\s+(?:(?:a\s+bit|kinda|just)\s+)?like\s+"
    r"(?:it'?s|she'?s|he'?s|they'?re|some(?:one|body)(?:'s|\s+is)?)\s+"
    r"(?:reading|reciting)\s+(?:out\s+)?(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,3}?(?:contract|terms|manual|instructions|legal|"
    r"disclaimer|script|list|phone\s+book|menu|policy|form|receipt|spreadsheet|document|email)\b",
    _I,
)
# ("it doesn't sound like a robot any more", "no longer like a sat nav": how it is now, liked)
_DENIED_RE = re.compile(
    r"\b(?:doesn'?t|does\s+not|don'?t|didn'?t|isn'?t|not|no\s+longer|any\s*more|never|less)\b", _I
)
# The pace is said ("a robot in a hurry", "a robot on fast forward"): read by the voice's pace words.
_PACE_RE = re.compile(
    r"\b(?:hurry|rush\w*|fast|quick\w*|slow\w*|speed\w*|pace|racing|sprint\w*|auctioneer|sleepy|drag\w*|"
    r"higher|lower|deeper|pitch|squeaky|chipmunk)\b",
    _I,
)


def _machine_voice(masked: str, project: AdProject) -> PendingQuestion | None:
    if (
        not project.voice.enabled
        or not any(s.voiceover is not None and s.voiceover.text for s in project.scenes)
        or not _MACHINE_LIKE_RE.search(masked)
        or _PACE_RE.search(masked)
        or _DENIED_RE.search(masked)
    ):
        return None
    rate, pitch = project.voice.rate, project.voice.pitch
    return PendingQuestion(
        "The offline voice is a speech synthesiser (a Piper or OpenAI voice sounds more natural). Should it "
        "speak a bit slower, or in a lower or a higher pitch?",
        [
            PendingOption(
                "slower",
                ["slower", "slow", "a bit slower", "slower please"],
                [{"operation": "update_voice", "rate": max(0.5, round(rate * 0.9, 2))}],
            ),
            PendingOption(
                "lower",
                ["lower", "deeper", "lower pitch", "a lower pitch"],
                [{"operation": "update_voice", "pitch": max(0.5, round(pitch * 0.9, 2))}],
            ),
            PendingOption(
                "higher",
                ["higher", "higher pitch", "a higher pitch", "brighter"],
                [{"operation": "update_voice", "pitch": min(1.5, round(pitch * 1.1, 2))}],
            ),
        ],
    )


# "the text at the bottom gets cut", "the shoe gets cut in the last scene": something cropped on
# screen (it removed two scenes, or hid the product); a scene that "gets cut" keeps its reading.
_GETS_CUT_RE = re.compile(
    r"(?P<np>\b(?:the|my|our|that|this|its|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    r"(?:gets?|got|is\s+getting|are\s+getting|keeps?\s+getting|is\s+being|are\s+being)\s+cut"
    r"(?!\s+(?:off|out|from|short|down|back|in\s+half)\b)(?=\s+(?:on|in|at|off|by|when|for)\b|\s*[,.;!?)]|\s*$)",
    _I,
)
_WHOLE_PARTS_RE = re.compile(
    r"\b(?:hook|scenes?|cta|opener|opening|intro|showcase|ending|end|card|slide|testimonial|part|bit|clip|section|"
    r"segment|proof|problem|music|song|track|audio|sound|voice|vo|narration|video|ad|it|everything|budget|price|cost)\b",
    _I,
)


def cut_as_cropped(masked: str) -> str:
    """ "the bottom text gets cut": "the bottom text is cut off" (the cut-off complaint)."""

    def said(m: re.Match[str]) -> str:
        np = m.group("np")
        if _WHOLE_PARTS_RE.search(np) and not _TEXT_WORD_RE.search(np):
            return m.group(0)
        return f"{np} is cut off"

    return _GETS_CUT_RE.sub(said, masked)


def preview_complaint(masked: str, project: AdProject | None) -> PendingQuestion | None:
    """The question for a complaint about a rendered version or the preview, or None."""
    if project is None:
        return None
    for read in (_under_ui, _cropped, _empty_sides, _tone_question, _machine_voice):
        asked = read(masked, project)
        if asked is not None:
            return asked
    return None


__all__ = ["cut_as_cropped", "preview_complaint"]
