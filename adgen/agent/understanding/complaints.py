"""Complaints that name a problem but no fix ("the music is distracting", "the CTA text clashes
with the background", "the yellow is ugly"): one specific question naming the options, which a
one-word answer resolves ("quieter", "white").

Part of :mod:`adgen.agent.understanding`. Complaints that do imply their fix ("too dark", "too
loud", "looks tiny") are read by the field modules as the opposite instruction; these are the
ones where guessing would be an edit the marketer did not ask for. A table: what the complaint
is about, the words of the complaint, and the question with its options.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.contrast import background_hue_named
from adgen.agent.understanding.fake_pictures import FAKE_RE, about_a_picture, realer_picture
from adgen.agent.understanding.idiom_complaints import (
    NUISANCE_RE,
    SHOUTY_RE,
    against_the_rest,
    same_on_same,
    shouts,
    shouty_question,
)
from adgen.agent.understanding.product_words import names_product
from adgen.agent.understanding.quotes import PLACEHOLDER_RE, placeholder
from adgen.agent.understanding.retry import COLOUR, MARK
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs
from adgen.agent.understanding.values import colour_name, find_colors, find_durations, round_half_up
from adgen.agent.understanding.vocabulary import LOOK_RE, TOO_OPPOSITE, alternative_line
from adgen.project import AdProject, Scene

_I = re.I
# ("take 2 seconds off the hook": "off" before what it is taken from is no dislike)
_DISLIKE = (
    r"ugly|awful|horrible|terrible|gross|bad|meh|weird|wrong|hate|not\s+(?:right|great|good|working)"
    # ("something's off", never "take 1 s off the opening" or "knock a second off": so much taken off)
    r"|(?<!doze\s)(?<!dozing\s)(?<!second\s)(?<!seconds\s)(?<!sec\s)(?<!secs\s)(?<!\ds\s)(?<!\dms\s)"
    r"off(?!\s+(?:the|this|that|its?|each|every|both|all|of|from)\b)"
    r"|(?:don'?t|do\s+not)\s+(?:like|love)|doesn'?t\s+(?:fit|work)"
)
_MUSIC_RE = re.compile(r"\b(?:music|song|soundtrack|track|audio|tune)\b", _I)
_MUSIC_PROBLEM_RE = re.compile(
    rf"\b(?:distracting|annoying|irritating|repetitive|grating|cheesy|overpowering|(?:a\s+bit\s+|way\s+)?much|"
    rf"not\s+sure\s+about|unsure\s+about|{_DISLIKE})\b"
    # ("wow. the music. again.", "ugh, the music again?!": the music named with "again", nothing
    # else said: it is wrong again, how is asked)
    r"|^\W*(?:(?:ugh+|wow|seriously|omg|oh\s+no|really)\W+)*(?:the\s+)?(?:music|song|track|soundtrack)\W+"
    r"(?:(?:is\s+)?wrong\s+)?again\W*$",
    _I,
)
_TEXT_RE = re.compile(r"\b(?:text|words|headline|caption|copy|font|lettering)\b", _I)
_CONTRAST_RE = re.compile(
    r"\b(?:clash(?:es|ed|ing)?|blend(?:s|ed|ing)?(?:\s+in(?:to)?)?|hard\s+(?:for\s+\w+\s+)?to\s+(?:see|make\s+out|pick\s+out|spot|tell\s+apart)|(?:tough|difficult|impossible)\s+(?:for\s+\w+\s+)?to\s+(?:see|make\s+out|pick\s+out|spot|tell\s+apart|read)|impossible\s+for\s+(?:them|people|him|her|me|us|my\s+\w+|our\s+\w+|older\s+\w+)|unreadable|illegible|"
    r"too\s+bright|wash(?:es|ed|ing)?\s+out|lost|"
    # ("disappears before anyone can write it down": too soon, no contrast)
    r"(?:disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?)(?!\s+(?:(?:far|way|much|so|too)\s+)*(?:before|too\s+(?:soon|quickly|fast|early)|after|in\s+a))|melt(?:s|ed|ing)?\s+into|"
    r"fad(?:es?|ed|ing)\s+(?:in)?to|sinks?\s+into|(?:can'?t|cannot)\s+make\s+(?:it\s+)?out)\b",
    _I,
)
_CUT_OFF_RE = re.compile(r"\b(?:cut\s+off|cropped|off[\s-]?screen|(?:doesn'?t|does\s+not)\s+fit)\b", _I)
_COLOUR_DISLIKE_RE = re.compile(
    rf"\b(?:is|are|looks?|feels?)\s+(?:\w+\s+)?(?:{_DISLIKE})\b|\b(?:hate|don'?t\s+like)\s+the\b"
    # ("the orange on the end card clashes with their packaging": the colour is the problem)
    r"|\bclash(?:es|ed|ing)?\s+with\b|\b(?:doesn'?t|does\s+not|don'?t)\s+(?:go|match|fit)\s+with\b",
    _I,
)


# "everything looks kind of dull and brown", "it's all so beige", "too orange": the colour
# described is how it is now, the problem, never the new value.
_COLOUR_STATE_RE = re.compile(
    r"(?:\b(?:is|are|looks?|feels?|seems?)|'s|\btoo)\s+(?P<w>(?:(?:kind\s+of|kinda|a\s+bit|a\s+little|so|too|very|really|all|"
    r"quite|pretty|way\s+too|much\s+too|overly|just|dull|drab|muddy|flat|dark|boring|dreary|faded|lifeless|and|,)\s*)*)",
    _I,
)


# "the colours feel off for our brand, we're more teal and white": the colours said after are
# the brand's own, the wish (never the problem).
_OWN_COLOURS_RE = re.compile(
    r"\b(?:we(?:'re|’re|\s+are)|our\s+brand(?:'s|\s+is)|ours\s+are|we\s+use|our\s+colou?rs\s+are)\s+"
    r"(?:(?:more|all|mostly|really|actually|very\s+much|more\s+of\s+a)\s+)*(?:(?:about|into)\s+)?(?:a\s+)?",
    _I,
)


def _states_own_colours(clause: str) -> bool:
    """Every colour of the clause is said after "we're …" / "our colours are …"."""
    own = _OWN_COLOURS_RE.search(clause)
    return own is not None and all(c.start >= own.end() for c in find_colors(clause))


_WISH_BEFORE_RE = re.compile(r"\b(?:to|should|must|make|want|wanna|need|needs|let|could|would)\b", _I)


def _describes_colour(clause: str) -> bool:
    """A colour the clause says things are now (with a describing or intensity word before it)."""
    colours = {c.start for c in find_colors(clause)}
    for m in _COLOUR_STATE_RE.finditer(clause):
        if _WISH_BEFORE_RE.search(clause[: m.start()]):
            continue  # "I want the cta to look really gold": the colour wished for
        said = m.group(0).lower()
        if m.end() in colours and (m.group("w").strip() or said.startswith("too")):
            return True
    return False


def _names_text(clause: str, project: AdProject, quotes: list[Any]) -> bool:
    """The on-screen words, by a word for them or by quoting them ("'Sleep on Hush' gets lost")."""
    return bool(_TEXT_RE.search(clause)) or bool(_current_texts(clause, project, quotes))


def _current_texts(clause: str, project: AdProject, quotes: list[Any]) -> list[Scene]:
    """The scenes whose on-screen words the clause quotes as they are."""
    said = {q.inner.strip().casefold() for n, q in enumerate(quotes) if placeholder(n) in clause}
    return [s for s in project.scenes if s.overlay.text.strip().casefold() in said]


def fix_is_the_problem(clause: str, project: AdProject, quotes: list[Any]) -> bool:
    """A legibility complaint whose words a reading would take for the fix, but which name the
    problem: the colour the text is lost on ("disappears into that cyan light", "clashes with the
    red") or the words as they already are ("'Sleep on Hush' gets lost on the lilac")."""
    if _TOO_MANY_SCENES_RE.search(clause) or same_on_same(clause):
        return True  # "five scenes in 30 seconds feels cluttered": the count and length are the problem
    problem = _CONTRAST_RE.search(clause)
    if problem is None or not _names_text(clause, project, quotes):
        return False
    if background_hue_named(clause) and re.search(r"\bread\b", problem.group(0), _I):
        return False  # "the hook words are difficult to read on the pink": the contrast reader's
    if any(_NAMED_AS_IT_IS_RE.match(clause, c.end) for c in find_colors(clause[: problem.start()])):
        return True  # "the cyan text on the folding scene is hard to pick out": the cyan is the problem
    return bool(find_colors(clause[problem.end() :])) or bool(_current_texts(clause, project, quotes))


# A colour said just before the words it colours ("the cyan text", "that yellow headline").
_NAMED_AS_IT_IS_RE = re.compile(r"\s+(?:text|words|headline|caption|copy|font|lettering|letters)\b", _I)


def _music(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    volume = project.audio.volume
    return PendingQuestion(
        "What should change in the music: quieter, a calmer mood, or no music at all?",
        [
            PendingOption(
                "quieter",
                ["quieter", "quiet", "lower", "softer", "volume"],
                [{"operation": "update_audio", "volume": round(max(0.0, volume - 0.2), 2)}],
            ),
            PendingOption(
                "a calmer mood",
                ["calmer", "calm", "mood", "calmer mood", "different", "another"],
                [{"operation": "update_style", "musicMood": "calm"}],
            ),
            PendingOption(
                "no music",
                ["no music", "none", "mute", "off", "remove", "no"],
                [{"operation": "update_audio", "volume": 0.0}],
            ),
        ],
    )


def _contrast(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    names = _names(project, scenes)
    return PendingQuestion(
        f"Should {names} text be white, black, or bigger?",
        [
            PendingOption("white", ["white"], [_overlay(s, color="#FFFFFF") for s in scenes]),
            PendingOption("black", ["black", "dark"], [_overlay(s, color="#000000") for s in scenes]),
            PendingOption(
                "bigger",
                ["bigger", "larger", "big", "size"],
                [_overlay(s, fontSize=_size(s.overlay.font_size * 1.25)) for s in scenes],
            ),
        ],
    )


def _cut_off(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    names = _names(project, scenes)
    return PendingQuestion(
        f"Should I make {names} text smaller, or move it to the center?",
        [
            PendingOption(
                "smaller",
                ["smaller", "small", "shrink"],
                [_overlay(s, fontSize=_size(s.overlay.font_size * 0.8)) for s in scenes],
            ),
            PendingOption(
                "center",
                ["center", "centre", "middle", "move", "move it"],
                [_overlay(s, position="center") for s in scenes],
            ),
        ],
    )


def _product_cut_off(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    """ "the bottle is cut off in the CTA": smaller, or in the middle (never hidden)."""
    shown = [s for s in scenes if s.product.visible] or scenes
    names = _names(project, shown)
    return PendingQuestion(
        f"Should I make the product in {names} scene{'s' if len(shown) > 1 else ''} smaller, or move it to the center?",
        [
            PendingOption(
                "smaller",
                ["smaller", "small", "shrink"],
                [_product(s, scale=max(0.1, round_half_up(s.product.scale * 0.8, 2))) for s in shown],
            ),
            PendingOption(
                "center",
                ["center", "centre", "middle", "move"],
                [_product(s, position="center") for s in shown],
            ),
        ],
    )


def _too_much_text(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    """ "too much text in the showcase": fewer words (theirs to give) or a smaller size."""
    names = _names(project, scenes)
    return PendingQuestion(
        f"Should I make {names} text smaller, or would you like to give me shorter words (in quotes)?",
        [
            PendingOption(
                "smaller",
                ["smaller", "small", "shrink", "size"],
                [_overlay(s, fontSize=_size(s.overlay.font_size * 0.8)) for s in scenes],
            )
        ],
    )


def _scene_dislike(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    """ "I don't like the hook", "the cta is meh": what to change, named, never guessed."""
    named = [s for s in scenes if len(scenes) < len(project.scenes)] or scenes
    names = _names(project, named)
    label = names if names != "the" else "the ad"
    return PendingQuestion(
        f"What should change in {label}: the words, the background (a new take), or the length?",
        [
            PendingOption(
                "a new background",
                ["background", "the background", "new take", "visuals", "look", "a new take"],
                [
                    {"operation": "regenerate_scene", "sceneId": s.id, "promptAdditions": "alternative take"}
                    for s in named
                ],
            ),
            PendingOption(
                "shorter",
                ["shorter", "length", "the length", "short"],
                [
                    {
                        "operation": "update_scene",
                        "sceneId": s.id,
                        "durationSec": round(s.duration_sec * 0.8, 1),
                    }
                    for s in named
                ],
            ),
        ],
    )


# "can you make the cta stand out more", "the hook needs to grab attention": a scene (not its
# product) more noticeable, which its text or its picture could give; asked with both.
_SCENE_STAND_OUT_RE = re.compile(
    r"\b(?:stand(?:s|ing)?\s+out|jump(?:s)?\s+out|pop(?:s)?\s+(?:more|out)|grab\s+(?:more\s+)?attention|"
    # ("the cta needs to be way more clickable": more inviting, never a clickable element)
    r"more\s+(?:eye[\s-]?catching|noticeable|visible|striking|cli(?:c)?kable|tappable|click[\s-]?worthy)|"
    # ("the button isn't popping", "the end card doesn't pop": a performance marketer's words)
    r"(?:isn'?t|is\s+not|not|doesn'?t|does\s+not|never)\s+(?:really\s+)?pop(?:ping|s)?)\b",
    _I,
)


def asks_to_stand_out(clause: str) -> bool:
    """ "can you make the cta stand out more": a request that still names no fix."""
    return bool(_SCENE_STAND_OUT_RE.search(clause))


def _stand_out(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    """ "make the cta stand out more": bigger text, or a brighter picture behind it."""
    named = [s for s in scenes if len(scenes) < len(project.scenes)] or scenes
    names = _names(project, named)
    label = "the text" if names == "the" else names
    return PendingQuestion(
        f"How should {label} stand out more: bigger text, or a brighter background?",
        [
            PendingOption(
                "bigger text",
                ["bigger", "bigger text", "text", "larger", "size", "the text"],
                [_overlay(s, fontSize=_size(s.overlay.font_size * 1.25)) for s in named],
            ),
            PendingOption(
                "a brighter background",
                ["brighter", "background", "brighter background", "the background", "light", "lighter"],
                [
                    {
                        "operation": "update_scene",
                        "sceneId": s.id,
                        "backgroundPrompt": f"{s.background_prompt.rstrip(' ,')}, brighter",
                    }
                    for s in named
                ],
            ),
        ],
    )


def _livelier(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    """ "the music is kind of sleepy": more life, in the mood or the volume, never guessed."""
    moods = [("more upbeat", "upbeat", ["upbeat", "more upbeat", "happier", "energetic", "more energy"])]
    moods.append(("more epic", "epic", ["epic", "more epic", "bigger", "dramatic", "intense"]))
    options = [
        PendingOption(label, words, [{"operation": "update_style", "musicMood": mood}])
        for label, mood, words in moods
        if project.style.music_mood != mood
    ]
    volume = project.audio.volume
    if volume < 1.0:
        options.append(
            PendingOption(
                "louder",
                ["louder", "loud", "volume", "turn it up", "up"],
                [{"operation": "update_audio", "volume": round(min(1.0, volume + 0.2), 2)}],
            )
        )
    labels = [o.label for o in options]
    names = ", ".join(labels[:-1]) + (", or " if len(labels) > 2 else " or ") + labels[-1]
    return PendingQuestion(f"Should the music be {names}?", options)


def _new_words(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    """ "that hook line is so bland": new words, theirs in quotes, or another line of ours."""
    named = [s for s in scenes if len(scenes) < len(project.scenes)] or scenes[:1]
    names = _names(project, named)
    lines = [(s, alternative_line(s.role, project.brief, s.overlay.text)) for s in named]
    if not all(line for _, line in lines):
        return PendingQuestion(f"What should {names} text say instead? Give me the words in quotes.")
    return PendingQuestion(
        f"What should {names} text say instead? Give me the words in quotes, or say “something "
        "different” and I'll write another line.",
        [
            PendingOption(
                "something different",
                ["something different", "different", "something else", "you pick", "your call", "anything"],
                [_overlay(s, text=line) for s, line in lines],
            )
        ],
    )


def _flagged_words(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    """ "legal flagged 'Rated 4.9 by 3,000 riders'": what the scene should say instead (their words:
    a line of ours may claim as much), or the scene removed."""
    named = [s for s in scenes if len(scenes) < len(project.scenes)] or scenes[:1]
    names = _names(project, named)
    if len(named) != 1:
        return PendingQuestion(f"What should {names} text say instead? Give me the words in quotes.")
    return PendingQuestion(
        f"What should {names} text say instead? Give me the words in quotes, or say “remove it” and "
        "I'll take that scene out.",
        [
            PendingOption(
                "remove it",
                ["remove it", "remove", "remove the scene", "drop it", "cut it", "take it out", "delete it"],
                [{"operation": "remove_scene", "sceneId": named[0].id}],
            )
        ],
    )


def _product(scene: Scene, **fields: Any) -> dict[str, Any]:
    return {"operation": "update_product", "sceneId": scene.id, **fields}


def _colour(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    return PendingQuestion("Which colour should replace it, and where: the text or the ad's palette?")


def _named_text_colour(clause: str, project: AdProject, scenes: list[Scene]) -> PendingQuestion | None:
    """ "the orange on the end card clashes": the colour is the text's of the scene named, so the
    question is that text's new colour, and a bare "white" answers it (never the palette)."""
    said = {colour_name(c.hex) for c in find_colors(clause)}
    texts = [s for s in scenes if colour_name(s.overlay.color) in said]
    if not texts:
        return None
    order = [s.id for s in project.scenes]
    template = ", ".join(f"make scene {order.index(s.id) + 1} text {MARK}" for s in texts)
    names = " and ".join(ROLE_LABEL[s.role] for s in texts)
    return PendingQuestion(
        question=f"Which colour should the {names} text be?", retry=template, value_kind=COLOUR
    )


def _overlay(scene: Scene, **fields: Any) -> dict[str, Any]:
    return {"operation": "update_overlay", "sceneId": scene.id, **fields}


def _size(value: float) -> int:
    return int(max(12, min(200, round_half_up(value))))


def _names(project: AdProject, scenes: list[Scene]) -> str:
    if len(scenes) == len(project.scenes):
        return "the"
    return "the " + " and ".join(ROLE_LABEL[s.role] for s in scenes)


# "too many scenes honestly, it feels crowded": fewer scenes, but which one goes is never guessed
_TOO_MANY_SCENES_RE = re.compile(
    r"\btoo\s+many\s+(?:scenes|shots|slides|clips|cuts|parts)\b|\b(?:scenes|shots)\s+(?:feel|are|is)\s+(?:so\s+)?crowded\b"
    # ("five scenes in 30 seconds feels cluttered": the count in the time is the problem)
    r"|\b(?:\d+|three|four|five|six|seven|eight|nine|ten)\s+(?:scenes|shots|slides|clips|cuts)\s+in\s+(?:just\s+|only\s+)?"
    r"(?:\d+|ten|fifteen|twenty|thirty)\s*(?:s|secs?|seconds?)\b[^.;!?]*?\b(?:cluttered|crowded|busy|hectic|packed|"
    r"cramped|rushed|chaotic|a\s+lot|too\s+much|overwhelming|frantic)\b",
    re.I,
)


def _fewer_scenes(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    """Which scene to remove, each one an option (its number, role or both name it)."""
    options = []
    for n, scene in enumerate(project.scenes, start=1):
        label = ROLE_LABEL[scene.role]
        options.append(
            PendingOption(
                f"scene {n} ({label})",
                [f"scene {n}", str(n), f"{label} scene", f"scene {n} ({label})"]
                + ([label, scene.role] if sum(s.role == scene.role for s in project.scenes) == 1 else []),
                [{"operation": "remove_scene", "sceneId": scene.id}],
            )
        )
    names = ", ".join(o.label for o in options[:-1]) + f" or {options[-1].label}"
    return PendingQuestion(f"Which scene should I remove: {names}?", options)


_About = Callable[[str, AdProject, list[Any]], bool]


def _words(pattern: re.Pattern[str]) -> _About:
    return lambda clause, project, quotes: bool(pattern.search(clause))


def _names_the_product(clause: str, project: AdProject, quotes: list[Any]) -> bool:
    return names_product(clause, project)


def _names_a_scene(clause: str, project: AdProject, quotes: list[Any]) -> bool:
    return any(r.ids and r.kind != "all" for r in find_scene_refs(clause, project, quotes))


def _names_line(clause: str, project: AdProject, quotes: list[Any]) -> bool:
    """The on-screen words, by a word for them or quoted as they are ("'Pre-order now' is so generic")."""
    return bool(_LINE_RE.search(clause)) or bool(_current_texts(clause, project, quotes))


def quoted_scenes(clause: str, project: AdProject, quotes: list[Any]) -> list[str]:
    """The scenes whose words the clause quotes as they are now (what "it" means after it)."""
    return [s.id for s in _current_texts(clause, project, quotes)]


_LINE_RE = re.compile(
    r"\b(?:text|line|words|wording|headline|caption|copy|tagline|slogan|message|quote)\b", _I
)
# "it looks like a funeral", "this feels like a horror film": the whole ad likened to something
# grim, a complaint about its mood (it set the look to "funeral"). What to do is asked.
_GRIM_LIKE_RE = re.compile(
    r"\b(?:it|this|that|the\s+(?:ad|video|whole\s+thing|vibe|mood|look)|everything)\s*(?:'s|\s+is)?\s*(?:looks?|feels?|seems?|reads?|is)\s+"
    r"(?:(?:a\s+bit|kind\s+of|kinda|just|literally|honestly)\s+)?like\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:funeral|wake|memorial(?:\s+service)?|morgue|graveyard|cemetery|hospital(?:\s+ad)?|crime\s+scene|"
    r"horror\s+(?:film|movie|show)|prison|mourning|condolence\s+card)\b",
    _I,
)


def _festive(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    """ "it looks like a funeral": what should make it livelier, asked (no option: the look words of
    the clause would read as the fix of the question's option)."""
    return PendingQuestion(
        "What should make it feel less sombre: a brighter, more festive mood and colours, livelier "
        "music, or brighter lighting?"
    )


# Words of a legal or compliance review that stop a line without giving the new one ("legal flagged
# 'Rated 4.9 by 3,000 riders' - we can't back that up", "'#1 in Europe' isn't compliant"): new words
# asked for, never guessed (a line of ours may claim as much).
_FLAGGED_RE = re.compile(
    r"\b(?:flag(?:ged|s)?|(?:can'?t|cannot|can\s+not)\s+(?:back\s+(?:(?:that|it|this|them|those)\s+)?up|prove|substantiate|"
    r"support|claim|say\s+(?:that|this))|unsubstantiated|unprovable|"
    r"(?:isn'?t|is\s+not|aren'?t|are\s+not|not)\s+(?:compliant|allowed|approved|permitted)|non[\s-]?compliant|"
    r"(?:legal|compliance)\s+(?:rejected|blocked|(?:won'?t|will\s+not|didn'?t|did\s+not)\s+(?:approve|allow|sign\s+off\s+on|clear))|"
    r"(?:rejected|blocked)\s+by\s+(?:legal|compliance))\b",
    _I,
)
# Words that find the on-screen words weak, without saying what they should be.
_DULL_RE = re.compile(
    r"\b(?:bland|boring|generic|dull|flat|weak|uninspired|uninspiring|forgettable|cheesy|cringe(?:y|worthy)?|lame|"
    r"meh|corny|tired|stale|clich[eé]d?|vague|unclear|confusing|wishy[\s-]?washy|"
    # "the stars line is too corporate", "the cta reads a bit like a bank": how the words come across
    r"corporate|stiff|salesy|robotic|(?:too\s+)?formal|fake|made[\s-]up|scripted|unbelievable|not\s+believable|"
    r"(?:reads|sounds)\s+(?:\w+\s+){0,3}?like\s+(?:an?|the)\s+[\w-]+|"
    # ("nobody knows what to do after watching", "doesn't tell people what to do": no clear action)
    r"(?:nobody|no\s+one|people\s+don'?t|viewers\s+don'?t)\s+(?:\w+\s+)?(?:knows?|get|understand)\s+what\s+to\s+do|"
    r"doesn'?t\s+(?:say|tell\s+(?:people|anyone|viewers|them))\s+what\s+to\s+do|"
    r"(?:too\s+)?plain(?!\s+(?:white|black|gr[ae]y|cream|navy|colou?rs?|background))|doesn'?t\s+(?:grab|hook|pop|stand\s+out)(?!\s+(?:from|against|on)\s+(?:the\s+|its\s+)?(?:background|bg|backdrop|image|picture|sky))|not\s+(?:catchy|punchy|grabby)(?:\s+enough)?)\b",
    _I,
)
# Music that has too little life, without saying what it should be.
_SLEEPY_MUSIC_RE = re.compile(
    r"\b(?:sleepy|snoozy|snooze[\s-]?fest|boring|dull|lifeless|flat|bland|sluggish|dragging|drags|lacks?\s+energy|"
    r"no\s+energy|low[\s-]energy|not\s+(?:energetic|upbeat|exciting|lively)(?:\s+enough)?|"
    r"puts?\s+(?:me|us|people|everyone)\s+to\s+sleep|putting\s+(?:me|us|people|everyone)\s+to\s+sleep|"
    r"(?:makes?|making)\s+(?:me|us|people|everyone)\s+(?:want\s+to\s+)?(?:sleepy|yawn|fall\s+asleep|sleep|"
    r"(?:take\s+a\s+)?nap|doze(?:\s+off)?|snooze))\b",
    _I,
)
_TOO_MUCH_TEXT_RE = re.compile(
    r"\b(?:too\s+(?:much|many|long|wordy)|wordy|cluttered\s+with|fewer\s+(?:words|lines)|"
    r"less\s+(?:text|copy|words)|cut\s+down\s+on\s+the\s+(?:text|copy|words))\b",
    _I,
)
# "shorten the hook text", "the cta copy is too long, cut it down": fewer words, which are the
# marketer's to give (or a smaller size), never a shorter scene.
_SHORTER_WORDS_RE = re.compile(
    r"\b(?:(?:shorten|trim|condense|tighten|cut\s+down|pare\s+down)\s+(?:(?:the|that|this|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:text|copy|words|wording|headline|caption|line)\b"
    r"|(?:text|copy|words|wording|headline|caption|line)\b[^.;!?]{0,20}?\b(?:is|are|'s|feels?|looks?)\s+(?:way\s+|much\s+|a\s+bit\s+|kinda\s+|so\s+)?"
    r"(?:too\s+long|too\s+wordy|wordy|too\s+much)\b"
    r"|\b(?:text|copy|words|wording|headline|caption|line)\s+(?:there\s+|here\s+|in\s+it\s+|on\s+it\s+)?"
    r"(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+)?shorter\b)",
    _I,
)
# "…, shorten it", "…, cut it down" after such a complaint: the same fewer words, asked once.
_SHORTER_AGAIN_RE = re.compile(
    r"^\W*(?:so\s+|then\s+|please\s+|pls\s+|just\s+)?(?:shorten|trim|condense|tighten|cut\s+(?:it|them|that)\s+down|"
    r"make\s+(?:it|them|that)\s+(?:a\s+(?:bit|little|lot)\s+)?shorter)(?:\s+(?:it|them|that))?(?:\s+(?:please|pls))?\W*$",
    _I,
)


# "any ideas for the cta?", "got suggestions for the hook line?", "can you suggest a better cta?":
# new words asked of us (an answer with the words the ad has now would not be one).
_WORDS_NOUN = (
    r"(?:hook|cta|call\s+to\s+action|headline|tagline|slogan|line|copy|text|words|wording|caption|end\s+card)"
)
# ("options for the text colour": the look of the words, not new ones)
_NOT_ITS_LOOK = r"(?!\s+(?:colou?rs?|size|font|position|placement|style|animation))"
ASKS_FOR_WORDS = (
    r"(?:ideas?|suggestions?|alternatives?|options)\s+(?:for|on)\s+(?:(?:the|a|an|our|my|this|that|new|better|"
    r"different|other|another)\s+)*(?:[\w-]+\s+)?"
    + _WORDS_NOUN
    + _NOT_ITS_LOOK
    + r"|\bsuggest\s+(?:an?\s+|some\s+)?(?:new\s+|better\s+|different\s+|other\s+|\w+er\s+)?"
    + _WORDS_NOUN
    + _NOT_ITS_LOOK
)


# "write me a punchier cta", "the cta should be more urgent", "can the hook ask a question?": other
# words of a kind, which are the marketer's to give or ours to propose, never a new look.
_REWORD_RE = re.compile(
    r"\b(?:re-?write|re-?word|re-?phrase|write\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:new\s+|better\s+|\w+er\s+)?(?:hook|cta|line|copy|headline|tagline)"
    r"|(?:more|less)\s+(?:urgent|persuasive|compelling|catchy|clever|witty|memorable|salesy|pushy|direct|conversational)"
    # "the cta needs a sense of urgency", "add some FOMO to the hook"
    r"|(?:a\s+|some\s+|more\s+)?(?:sense\s+of\s+)?urgency|fomo"
    r"|(?:catchier|wittier|(?:snappier|punchier|stronger)\s+(?:line|copy|words|wording|headline))"
    # "make the cta text punchier", "the hook copy needs to be catchier"
    r"|(?:text|copy|words|wording|line|headline)\s+(?:\w+\s+){0,3}?(?:punchier|catchier|snappier|wittier)"
    r"|(?:asks?|as|be|into|to)\s+a\s+question|(?:hook|cta|headline|line|copy|text|opener|opening)\s+a\s+question|(?:hook|cta|headline|line|copy)\s+(?:options|ideas|alternatives|suggestions)"
    # "any ideas for the cta?", "can you suggest a better hook?": words of ours asked for
    rf"|{ASKS_FOR_WORDS})\b",
    _I,
)


# "can the hook mention our 30% launch discount", "the hook should be about our grand opening": new
# words on a subject, which are the marketer's to give (or ours to propose), not a look.
_ABOUT_RE = re.compile(
    r"\b(?:hook|cta|opener|opening|headline|text|copy|line|end\s+card|tagline|title)\b[^.;!?]{0,25}?"
    r"\b(?:mention|mentions|mentioning|talk\s+about|be\s+about|reference|announce|call\s+out|tease|"
    r"say\s+something\s+about|point\s+out)\b"
)
_REWORD_ANY_RE = re.compile(f"{_REWORD_RE.pattern}|{_ABOUT_RE.pattern}", _I)


# A word for the on-screen words or a scene that holds them: "more direct" is the words' only then
# ("make the lighting more direct", "the music less pushy" are not about words).
_WORDS_SUBJECT_RE = re.compile(
    r"\b(?:hook|cta|end\s+card|opening|opener|closing|line|copy|headline|tagline|text|words|wording|message)\b",
    _I,
)
_OTHER_FIELD_RE = re.compile(
    r"\b(?:music|song|track|light|lighting|background|backdrop|colou?rs?|palette|voice)\b", _I
)
_MORE_OR_LESS_RE = re.compile(r"\b(?:more|less)\s+\w+", _I)


def rewords(clause: str) -> bool:
    """ "write me a punchier cta", "the hook should ask a question": new words of a kind asked
    for (never the voice-over's)."""
    found = _REWORD_RE.search(clause) or re.search(_ABOUT_RE.pattern, clause, _I)
    # ("say 'Tired?' as a question": the words are given)
    if found is None or _VOICE_RE.search(clause) or PLACEHOLDER_RE.search(clause):
        return False
    if _MORE_OR_LESS_RE.match(found.group(0)) or re.search(r"urgency|fomo", found.group(0), _I):
        # "more urgent", "a sense of urgency": only said of the words
        return bool(_WORDS_SUBJECT_RE.search(clause)) and not _OTHER_FIELD_RE.search(clause)
    return True


def shorter_again(clause: str) -> bool:
    """ "shorten it" right after "the cta text is too long": the complaint's own fix, not a length."""
    return bool(_SHORTER_AGAIN_RE.match(clause))


_VOICE_RE = re.compile(r"\b(?:voice|vo|narrat\w*|spoken|voiceover|voice-over)\b", _I)


def shortens_the_words(clause: str) -> bool:
    """ "shorten the hook text", "the cta line is too long, cut it down": the on-screen words are
    to lose some (never the scene's time, never the voice-over's line)."""
    given = PLACEHOLDER_RE.search(clause)  # "trim the hook text to 'Wake up'": the words are given
    return bool(_SHORTER_WORDS_RE.search(clause)) and not (_VOICE_RE.search(clause) or given)


_SCENE_DISLIKE_RE = re.compile(
    rf"\b(?:{_DISLIKE}|meh|boring|flat|lame|weak|not\s+(?:working|landing)|something'?s?\s+(?:wrong|off))\b",
    _I,
)


# "make the intro punchier", "the opener needs more punch": a scene to hit harder, which can mean
# its words, its pictures or its pace: asked, never guessed (it used to get a new background).
_PUNCH_RE = re.compile(
    r"\b(?:punchier|more\s+punch|(?:needs?|lacks?|wants?)\s+(?:more\s+|some\s+)?(?:punch|oomph|impact|zing|kick)|"
    r"hit\s+harder|more\s+impactful|more\s+of\s+a\s+punch|punch\s+(?:it\s+|them\s+)?up|"
    # ("the hook isn't a thumb-stopper", "make the opener more thumb-stopping": stops the scroll)
    r"(?:more\s+(?:of\s+a\s+)?|real\s+|a\s+|an?\s+actual\s+)thumb[\s-]?stop(?:per|ping)|scroll[\s-]?stopp(?:er|ing))\b",
    _I,
)


def hits_harder(clause: str) -> bool:
    """ "punchier", "needs more punch", with nothing that says which part (words, music, look,
    or its length: "can the opening be punchier? maybe 3 seconds" is the length asked for)."""
    return bool(_PUNCH_RE.search(clause)) and not (
        _LINE_RE.search(clause)
        or _OTHER_FIELD_RE.search(clause)
        or PLACEHOLDER_RE.search(clause)
        or find_durations(clause)
    )


# "make the hook punchier and brighter", "warmer and punchier": a look word joined to the
# punch word is understood on its own, so the clause is two requests (the look first, applied;
# then the punch, asked), never one question that drops the look.
_PUNCH_AND_RE = re.compile(
    r"\b(?P<punch>punchier|more\s+punchy)\s*,?\s*(?:and|&)\s+(?P<other>[a-z]+(?:\s+[a-z]+)?)\b"
    r"|\b(?P<other2>[a-z]+(?:\s+[a-z]+)?)\s*,?\s*(?:and|&)\s+(?P<punch2>punchier|more\s+punchy)\b",
    _I,
)


def punch_apart(clause: str) -> list[str]:
    """The clause as its look request and then its punch request, or as it is."""
    for m in _PUNCH_AND_RE.finditer(clause):
        other = m.group("other") or m.group("other2")
        word = next((w for w in (other, other.split()[-1], other.split()[0]) if LOOK_RE.fullmatch(w)), None)
        if word is None or _PUNCH_RE.search(word):
            continue
        punch = m.group("punch") or m.group("punch2")
        head, tail = clause[: m.start()], clause[m.end() :]
        lead = other[: other.index(word)] if m.group("other2") else ""
        trail = other[other.index(word) + len(word) :] if m.group("other") else ""
        return [f"{head}{lead}{word}{trail}{tail}", f"{head}{lead}{punch}{trail}{tail}"]
    return [clause]


def _a_scene_to_hit_harder(clause: str, project: AdProject, quotes: list[Any]) -> bool:
    """A scene named, and nothing else of it (its words, music, look) that says which part."""
    return hits_harder(clause) and _names_a_scene(clause, project, quotes)


class Complaint(NamedTuple):
    """A row of :data:`ROWS`: what the complaint is about, the words of the complaint, the
    question; and whether that question asks for fewer words, which are theirs to give ("…, or
    would you like to give me shorter words?"). Said on the row, so that what follows the
    complaint in the same message ("the cta text is too long, shorten it") is read by what was
    asked, never by how the question happens to be worded."""

    about: Callable[[str, AdProject, list[Any]], bool]
    problem: re.Pattern[str]
    ask: Callable[[AdProject, list[Scene]], PendingQuestion]
    asks_for_words: bool = False
    # The question also reads the clause (what it names that a picture shows: "the bread").
    reads_clause: bool = False


class Asked(NamedTuple):
    """What :func:`vague_complaint` asks, and whether it asks for fewer words (its row's
    :attr:`Complaint.asks_for_words`)."""

    question: PendingQuestion
    asks_for_words: bool = False


# First row that fits.
ROWS: tuple[Complaint, ...] = (
    Complaint(_words(_MUSIC_RE), _MUSIC_PROBLEM_RE, _music),
    # (round thirty-four g: "that music is doing my head in", "shouty", "cyan text on a cyan glow")
    Complaint(_words(_MUSIC_RE), NUISANCE_RE, _music),
    Complaint(
        lambda clause, project, quotes: (
            shouts(clause)
            and (_names_text(clause, project, quotes) or _names_a_scene(clause, project, quotes))
        ),
        SHOUTY_RE,
        lambda project, scenes: shouty_question(_names(project, scenes), scenes),
    ),
    Complaint(
        lambda clause, project, quotes: (
            same_on_same(clause)
            and (_names_text(clause, project, quotes) or _names_a_scene(clause, project, quotes))
        ),
        re.compile(r"\bon\b", _I),
        _contrast,
    ),
    Complaint(_names_text, _CONTRAST_RE, _contrast),
    Complaint(_words(_TEXT_RE), _CUT_OFF_RE, _cut_off),
    Complaint(_names_the_product, _CUT_OFF_RE, _product_cut_off),
    Complaint(_words(_TEXT_RE), _TOO_MUCH_TEXT_RE, _too_much_text, asks_for_words=True),
    Complaint(
        lambda clause, project, quotes: shortens_the_words(clause),
        _SHORTER_WORDS_RE,
        _too_much_text,
        asks_for_words=True,
    ),
    Complaint(_words(_MUSIC_RE), _SLEEPY_MUSIC_RE, _livelier),
    Complaint(_names_line, _DULL_RE, _new_words),
    Complaint(_names_line, _FLAGGED_RE, _flagged_words),
    Complaint(lambda clause, project, quotes: True, _GRIM_LIKE_RE, _festive),
    # "the bread looks fake": the picture that shows it, made realistic (asked)
    Complaint(about_a_picture, FAKE_RE, realer_picture, reads_clause=True),  # type: ignore[arg-type]
    Complaint(lambda clause, project, quotes: rewords(clause), _REWORD_ANY_RE, _new_words),
    Complaint(_a_scene_to_hit_harder, _PUNCH_RE, _scene_dislike),
    Complaint(_names_a_scene, _SCENE_DISLIKE_RE, _scene_dislike),
    Complaint(_words(_TOO_MANY_SCENES_RE), _TOO_MANY_SCENES_RE, _fewer_scenes),
    Complaint(
        lambda clause, project, quotes: (
            (_names_a_scene(clause, project, quotes) or bool(_TEXT_RE.search(clause)))
            and not _names_the_product(clause, project, quotes)
        ),
        _SCENE_STAND_OUT_RE,
        _stand_out,
    ),
)


# Words that give a complaint its direction ("too flat", "not bold enough", "make it pop"): with
# none, "the last card is so boring" says what is wrong and not what to do.
_DIRECTION_RE = re.compile(
    r"\b(?:too|enough|more|less|make|turn|needs?|should|could|can|want|try|give|add|use|change|say|read|instead)\b"
    r"|\w{3,}er\b|[\ue000-\ue1ff]",
    _I,
)


# Words that judge and describe nothing ("boring", "lame"): no look word says their opposite.
_JUDGING_RE = re.compile(
    r"\b(?:boring|meh|lame|weak|bad|ugly|awful|terrible|horrible|gross|weird|wrong|"
    r"off(?!\s+(?:the|this|that|its|each|every|both|all|of\s+the)\b))\b",
    _I,
)
# Words that describe how a scene looks ("washed out", "dark", "busy"): their opposite is the fix.
_DESCRIBING_RE = re.compile(r"\b(?:" + "|".join(p for p, _ in TOO_OPPOSITE) + r")\b", _I)


# ("in that one" names a version as often as a scene: never read as the scene)
_THERE_RE = re.compile(r"\b(?:there|in\s+it|on\s+it)\b", _I)


def undirected(clause: str) -> bool:
    """A dislike of a scene that only judges it ("the last card is so boring"): no word says which
    way to change it, so it is asked about, never guessed; "washed out and flat" describes, and
    its opposite is the fix."""
    if not _SCENE_DISLIKE_RE.search(clause) or _DIRECTION_RE.search(clause):
        return False
    return not _DESCRIBING_RE.search(_JUDGING_RE.sub(" ", clause))


def vague_complaint(
    clause: str, project: AdProject, quotes: list[Any], there: list[str] | None = None
) -> Asked | None:
    """The question to ask for a complaint that names no fix, or None; ``there``: the scenes "there"
    or "it" mean (the ones the conversation is on), when the clause names none."""
    refs = [r for r in find_scene_refs(clause, project, quotes) if r.ids and not r.error]
    if against_the_rest(clause) and any(r.kind != "all" for r in refs):
        refs = [r for r in refs if r.kind != "all"]  # "shouty next to everything else": the one named
    existing = {s.id for s in project.scenes}
    ids = dict.fromkeys(sid for r in refs for sid in r.ids) or dict.fromkeys(
        sid for sid in (there or []) if sid in existing and _THERE_RE.search(clause)
    )
    ids = ids or dict.fromkeys(s.id for s in _current_texts(clause, project, quotes))
    scenes = [project.scene(sid) for sid in ids] or list(project.scenes)
    if (
        find_colors(clause)
        and (_COLOUR_DISLIKE_RE.search(clause) or _describes_colour(clause))
        and not _states_own_colours(clause)
    ):
        named = _named_text_colour(clause, project, scenes) if refs else None
        return Asked(named or _colour(project, scenes))  # the colour named is the problem: never applied
    for row in ROWS:
        if row.about(clause, project, quotes) and row.problem.search(clause):
            missing = _missing_role(clause, project, quotes) if not refs else None
            if missing is not None:
                return Asked(missing)
            if row.reads_clause:
                return Asked(row.ask(project, scenes, clause), row.asks_for_words)  # type: ignore[call-arg]
            return Asked(row.ask(project, scenes), row.asks_for_words)
    return None


def _missing_role(clause: str, project: AdProject, quotes: list[Any]) -> PendingQuestion | None:
    """ "the review quote feels fake" in an ad with no review: the complaint is about a scene the
    ad does not have, so no other scene's words are asked about; said, with the choices (add
    one, or name the scene meant)."""
    missing = next(
        (r for r in find_scene_refs(clause, project, quotes) if r.error and r.kind == "role" and r.role), None
    )
    if missing is None:
        return None
    label = ROLE_LABEL[missing.role]
    return PendingQuestion(
        f"{missing.error} Should I add a {label} scene, or which scene's words do you mean, and what "
        "should they say instead?",
        [
            PendingOption(
                f"add a {label} scene",
                ["add one", "add", "add it", "yes", "yes add one", f"add a {label}", f"a {label} scene"],
                [{"operation": "add_scene", "role": missing.role}],
            )
        ],
    )


__all__ = [
    "ASKS_FOR_WORDS",
    "ROWS",
    "Asked",
    "Complaint",
    "asks_to_stand_out",
    "fix_is_the_problem",
    "hits_harder",
    "punch_apart",
    "quoted_scenes",
    "rewords",
    "shorter_again",
    "shortens_the_words",
    "undirected",
    "vague_complaint",
]
