"""Statements that are no plain instruction: one part compared with another ("the hook is darker
than the cta", "the music is louder than the voice", "the hook isn't as bright as the showcase"),
a description or praise of the ad as it is ("it looks like a movie", "love how bright the
showcase is", "hmm, the cta is red"), and a request said against the one it replaces ("don't
remove the hook, just make it shorter", "not the music, the voice: quieter").

Part of :mod:`adgen.agent.understanding` (round twenty-six a: precision). Read as typed, a
comparison applied its adjective to both parts ("the hook is darker than the cta" darkened both
scenes), "the music is louder than the voice" made the music louder, "it looks like a movie" set
the look to "movie", and "don't remove the hook, just make it shorter" shortened the whole ad.

- A comparison of two scenes is ambiguous (brighten the hook, or darken the cta?): asked, naming
  both, and a one-word answer ("brighter", "the cta") picks one. The music against the voice-over
  names a problem (the voice is hard to hear): the music goes down, the one edit a marketer means.
- A description ("<it> looks like a <thing>", "love how …", "hmm, the cta is <colour>") changes
  nothing: the reply asks what to change.
- "don't remove X, (just) <request> it", "instead of removing X, <request> it", "not the A, the
  B: <request>": the request alone, said of X or B.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.complaints import _GRIM_LIKE_RE
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.vocabulary import TOO_OPPOSITE
from adgen.project import AdProject

_I = re.IGNORECASE

# Words before and after a remark that add nothing to it ("hmm", "honestly", "…, right?", "lol").
_LEAD = (
    r"^\W*(?:(?:hmm+|hm+|huh|oh|ooh|ok(?:ay)?|so|well|wow|honestly|tbh|interesting|i\s+see|"
    r"i\s+(?:think|feel\s+like|noticed|notice|guess)(?:\s+that)?|(?:it\s+)?seems\s+like|right\s+now|now)\b[\s,.!:-]*)*"
)
_TAIL = (
    r"(?:[\s,;.!-]+(?:(?:can|could|would)\s+you\s+|please\s+|pls\s+)?(?:fix|sort(?:\s+out)?|even\s+out|balance|match)"
    r"\s+(?:that|it|this|them)(?:\s+(?:out|please|pls))?)?"
    r"(?:[\s,]+(?:now|right\s+now|atm|still|tbh|imo|lol|haha|honestly|though|right|no|innit|ya|yeah))*\W*$"
)

# The comparatives a comparison may use, each with the dimension it measures and its direction.
_COMPARATIVES: dict[str, tuple[str, int]] = {
    "darker": ("light", -1),
    "dimmer": ("light", -1),
    "brighter": ("light", 1),
    "lighter": ("light", 1),
    "louder": ("volume", 1),
    "quieter": ("volume", -1),
    "softer": ("volume", -1),
    "bigger": ("size", 1),
    "larger": ("size", 1),
    "smaller": ("size", -1),
    "longer": ("length", 1),
    "shorter": ("length", -1),
}
# "not as <adjective> as", "less <adjective> than": the adjective, read as its opposite comparative.
_LESS_THAN: dict[str, str] = {
    "bright": "darker",
    "light": "darker",
    "dark": "brighter",
    "loud": "quieter",
    "quiet": "louder",
    "big": "smaller",
    "large": "smaller",
    "small": "bigger",
    "long": "shorter",
    "short": "longer",
}
_MORE_THAN: dict[str, str] = {"bright": "brighter", "dark": "darker", "loud": "louder", "quiet": "quieter"}

_PART = r"(?:the\s+|our\s+|this\s+|that\s+|my\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?"
_BE = r"(?:is|are|'s|’s|looks?|seems?|feels?|sounds?|gets?|got|comes\s+across|comes\s+out)"
_SO = r"(?:(?:way|much|a\s+lot|a\s+bit|a\s+little|far|so\s+much|slightly|quite\s+a\s+bit|noticeably)\s+)?"
_COMPARED_RE = re.compile(
    _LEAD + rf"(?P<a>{_PART})\s+{_BE}\s+(?:"
    rf"{_SO}(?P<cmp>{'|'.join(_COMPARATIVES)})"
    rf"|{_SO}more\s+(?P<more>{'|'.join(_MORE_THAN)})"
    rf"|(?:not|n't|nt)\s+(?:nearly\s+|quite\s+|as\s+)?(?:as|so)\s+(?P<as>{'|'.join(_LESS_THAN)})"
    rf"|{_SO}less\s+(?P<less>{'|'.join(_LESS_THAN)})"
    r")\s+(?:than|as)\s+(?P<b>" + _PART + r")"
    r"(?:\s+(?:is|are|does|do))?" + _TAIL,
    _I,
)
# The same, with more after it ("the hook is darker than the cta, which is good").
_COMPARED_HEAD_RE = re.compile(
    _COMPARED_RE.pattern.removesuffix(_TAIL)
    + r"(?:\s+now)?\s*(?:[,;.!]+|\s+-+|\s+(?:and|so|but)\b)\s*(?P<rest>\S.*)$",
    _I,
)
# "the hook isn't as bright as": "isn't" said as one word.
_ISNT_RE = re.compile(r"\b(is|are|does|do|looks?)\s*n[o']?t\b", _I)

_MUSIC_RE = re.compile(
    r"^(?:the\s+|our\s+|this\s+|that\s+)?(?:background\s+)?(?:music|track|song|soundtrack|beat|bgm)$", _I
)
_VOICE_RE = re.compile(
    r"^(?:the\s+|our\s+|this\s+|that\s+)?(?:voice(?:\s*-?\s*over)?|voiceover|vo|narration|narrator|speaker|"
    r"talking|speech|dialogue|words\s+spoken)$",
    _I,
)
_TEXT_END_RE = re.compile(r"\s+(?:text|words|copy|font|headline|caption|title|lettering)$", _I)


@dataclass
class _Side:
    said: str  # how the message named it ("the hook")
    scene_id: str
    text: bool  # its words were named ("the hook text")


def _side(words: str, project: AdProject) -> _Side | None:
    words = words.strip()
    text = _TEXT_END_RE.search(words) is not None
    bare = _TEXT_END_RE.sub("", words)
    bare = re.sub(r"(?:'s|’s|s')$", "", bare)
    if re.fullmatch(
        r"(?:the\s+|our\s+|this\s+|that\s+|my\s+)?(?:text|words|copy|font|one|it|ad|video|whole\s+thing)",
        bare,
        _I,
    ):
        return None
    refs = [r for r in find_scene_refs(bare, project, []) if r.ids and not r.error]
    if len(refs) != 1 or len(refs[0].ids) != 1:
        return None
    scene_id = refs[0].ids[0]
    roles = [s.role for s in project.scenes]
    scene = next(s for s in project.scenes if s.id == scene_id)
    if roles.count(scene.role) == 1:  # "the opening scene": the hook, as the question names it
        said = "the " + scene.role.replace("_", " ")
    else:
        said = f"scene {project.scenes.index(scene) + 1}"
    return _Side(said=said, scene_id=scene_id, text=text)


# The operations a plain request makes (None when it asks or finds nothing).
_Reader = Callable[[str, AdProject], list[Any] | None]


def compared(plain: str, project: AdProject | None, read: _Reader) -> ParsedTurn | None:
    """A comparison of two parts: asked (two scenes) or the music down (the music against the
    voice-over); None when ``plain`` is no such comparison. ``read`` gives the operations a plain
    request makes (None when it asks or finds nothing). After the comparison, praise ("…, which is
    good") changes nothing, and a request of its own ("…, make the showcase brighter too") is read
    alone."""
    if project is None:
        return None
    said = _ISNT_RE.sub(r"\1 not", plain)
    m = _COMPARED_RE.match(said)
    if m is not None:
        return _compare(m, project, read)
    m = _COMPARED_HEAD_RE.match(said)
    if m is None or _compare(m, project, read) is None:
        return None
    rest = m.group("rest").strip()
    if _LIKED_RE.match(rest):
        return ParsedTurn(unknown=ACK)  # "the cta text is bigger than the hook text, i like that"
    if _FIX_IT_RE.match(rest):
        return _compare(m, project, read)  # "…, please fix": as if said alone
    dimension = _COMPARATIVES[_word(m)][0]
    if dimension == "volume" and _DOWN_RE.match(rest):
        return _compare(m, project, read)  # "the music is louder than the voice, turn it down"
    if re.search(r"\b(?:it|its|them|that|this|those|both|one)\b", rest, _I):
        return _compare(m, project, read) if dimension != "volume" else None  # which one "it" is, asked
    typed = read(rest, project)
    return ParsedTurn(operations=typed) if typed else None


ACK = "Glad you like it. Say “render” when you're ready, or tell me what else to change."
_LIKED_RE = re.compile(
    r"^(?:(?:which|that)\s+(?:is|'s)\s+(?:good|fine|great|nice|perfect|ok(?:ay)?|what\s+(?:i|we)\s+wanted?|intended|on\s+purpose)|"
    r"(?:and\s+)?(?:i|we)\s+(?:really\s+)?(?:like|love|dig)\s+(?:it|that|this)|love\s+(?:it|that)|"
    r"(?:that'?s|it'?s)\s+(?:good|fine|great|nice|perfect|on\s+purpose|intended)|nice|perfect|good|great|"
    r"(?:keep|leave)\s+(?:it|that)(?:\s+(?:that\s+way|like\s+that|as\s+is))?)\W*$",
    _I,
)
_FIX_IT_RE = re.compile(
    r"^(?:(?:can|could|would)\s+you\s+|please\s+|pls\s+)?(?:fix|sort(?:\s+out)?|even\s+out|balance|match)"
    r"(?:\s+(?:it|that|this|them))?(?:\s+(?:out|please|pls))?\W*$",
    _I,
)
_DOWN_RE = re.compile(
    r"^(?:(?:can|could)\s+you\s+|please\s+|pls\s+|so\s+)?(?:turn|bring|take|dial)\s+(?:it|the\s+music)\s+down(?:\s+(?:a\s+bit|please|pls))?\W*$"
    r"|^(?:(?:can|could)\s+you\s+)?(?:lower|soften|reduce)\s+(?:it|the\s+music)(?:\s+(?:a\s+bit|please|pls))?\W*$",
    _I,
)


def _word(m: re.Match[str]) -> str:
    return (
        m.group("cmp")
        or _MORE_THAN.get((m.group("more") or "").lower())
        or _LESS_THAN.get((m.group("as") or m.group("less") or "").lower())
        or ""
    ).lower()


# What may be compared besides a scene: the rest of the ad, or a part a plain request changes.
_OTHER_PART_RE = re.compile(
    r"^(?:the\s+|our\s+|this\s+|that\s+|my\s+)?(?:(?:[a-z]+\s+){0,2}(?:text|words|copy|product|logo|picture|"
    r"background|image|photo|bottle|packshot|headline)|rest(?:\s+of\s+(?:it|the\s+ad))?|others|other\s+scenes|"
    r"other\s+ones|everything\s+else)$",
    _I,
)


def _compare(m: re.Match[str], project: AdProject, read: _Reader) -> ParsedTurn | None:
    word = _word(m)
    if not word:
        return None
    dimension, way = _COMPARATIVES[word]
    a, b = m.group("a").strip(), m.group("b").strip()
    first, second = _side(a, project), _side(b, project)
    if dimension == "volume":
        if first is not None and second is not None and first.scene_id != second.scene_id:
            return _one_volume(first, second, project, read)
        return _music_and_voice(a, b, way, project, read)
    if first is not None and second is not None:
        if first.scene_id == second.scene_id:
            return None
        if dimension == "size" and not (first.text or second.text):
            return _ask_what(first, second, "bigger" if way > 0 else "smaller")
    if (first is None and not _OTHER_PART_RE.match(a)) or (second is None and not _OTHER_PART_RE.match(b)):
        return None  # "darker than I'd like", "than before", "than the last version": no second part
    sides = (
        first or _Side(said=_the(a), scene_id="", text=False),
        second or _Side(said=_the(b), scene_id="", text=False),
    )
    return _ask_which(*sides, dimension, way, project, read)


def _the(words: str) -> str:
    return re.sub(r"^(?:our|this|that|my)\s+", "the ", words.strip(), flags=_I)


# The request that evens out each dimension, for the part that is more (a) and the part that is less (b).
_EVENING: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # dimension: ((verb for the higher part, adjective), (verb for the lower part, adjective))
    "light": (("darker", "darken"), ("brighter", "brighten")),
    "size": (("smaller", "shrink"), ("bigger", "enlarge")),
    "length": (("shorter", "shorten"), ("longer", "lengthen")),
}
_ANSWER_WORDS: dict[str, list[str]] = {
    "darker": ["darker", "darken", "dark", "dim", "dimmer"],
    "brighter": ["brighter", "brighten", "bright", "lighter", "lighten"],
    "smaller": ["smaller", "shrink", "small", "reduce"],
    "bigger": ["bigger", "enlarge", "big", "larger", "increase"],
    "shorter": ["shorter", "shorten", "short", "trim", "cut"],
    "longer": ["longer", "lengthen", "long", "extend"],
}


def _ask_which(
    first: _Side, second: _Side, dimension: str, way: int, project: AdProject, read: _Reader
) -> ParsedTurn | None:
    high, low = (first, second) if way > 0 else (second, first)
    (down, _), (up, _) = _EVENING[dimension]
    options = []
    for side, adjective, other in ((high, down, low), (low, up, high)):
        field = f"{side.said} text" if dimension == "size" and side.scene_id else side.said
        typed = read(f"make {field} {adjective}", project)
        if not typed:
            return _ask_plain(high, low, down, up)
        operations = [op.to_wire() for op in typed]
        role = re.sub(r"^the\s+", "", side.said, flags=_I).lower()
        words = [*_ANSWER_WORDS[adjective], role, f"{role} {adjective}", f"{adjective} {role}"]
        options.append((f"{field} {adjective}", words, operations, other))
    question = (
        f"Should I make {_named(options[0][0])}, or {_named(options[1][0])}? "
        f"(Or say how, e.g. “make both {_both(dimension)}”.)"
    )
    pending = PendingQuestion(
        question, [PendingOption(label, words, operations) for label, words, operations, _ in options]
    )
    ids = [side.scene_id for side in (first, second) if side.scene_id]
    return ParsedTurn(question=question, pending=pending, scene_ids=ids or None)


def _ask_plain(high: _Side, low: _Side, down: str, up: str) -> ParsedTurn:
    """The comparison asked about without options (one side is nothing a plain request changes)."""
    question = (
        f"Should {_named(high.said)} be {down}, or {_named(low.said)} {up}? "
        "Tell me which, and I'll change only that."
    )
    return ParsedTurn(question=question)


def _named(label: str) -> str:
    return re.sub(r"\bcta\b", "CTA", label, flags=_I)


def _both(dimension: str) -> str:
    return {"light": "the same brightness", "size": "the same size", "length": "the same length"}[dimension]


def _ask_what(first: _Side, second: _Side, word: str) -> ParsedTurn:
    question = (
        f"What is {word} in {_named(first.said)} than in {_named(second.said)}: the text or the product? "
        "And which should change?"
    )
    return ParsedTurn(question=question, scene_ids=[first.scene_id, second.scene_id])


# "make the hook darker than the cta", "the hook should be darker than the cta", "I want the hook
# brighter than the showcase": a request of the first part alone (the second is its measure). Light only: a
# size or a length "than the cta" is measured against it by the value readers (the hook text 83, past the cta's 72).
_REQUEST_THAN_RE = re.compile(
    r"(?P<keep>\b(?:make|get|have|turn|want|need|should\s+be|needs?\s+to\s+be|has\s+to\s+be|must\s+be|"
    r"ought\s+to\s+be)\b[^,.;!?]*?\b(?:darker|dimmer|brighter|lighter))\s+than\s+(?:the|our|this|that)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?(?:'s|’s)?(?:\s+(?:is|are|one|scene))?"
    r"(?=\s*(?:$|[,.;!?]|\s+(?:and|but|too|please|pls|now|as\s+well)\b))",
    _I,
)


# "the hook is darker than I'd like", "the music is louder than it should be": too dark, too loud (a
# measure that is no other part; "darker than I'd like" made it darker).
_THAN_WANTED_RE = re.compile(
    r"\b(?P<be>is|are|'s|’s|looks?|seems?|feels?|sounds?)\s+(?:(?:way|much|a\s+bit|a\s+little|a\s+lot|far)\s+)?"
    r"(?P<cmp>darker|brighter|louder|quieter|bigger|smaller|longer|shorter)\s+than\s+"
    r"(?:i'?d\s+like|i\s+would\s+like|(?:i|we)\s+(?:want|wanted|expected|hoped|need|needed|thought)|expected|"
    r"(?:it|they)\s+should\s+be|(?:it|they)\s+needs?\s+to\s+be|necessary|needed|ideal)(?:\s+(?:it\s+to\s+be|it))?\b",
    _I,
)
_PLAIN = {
    "darker": "dark",
    "brighter": "bright",
    "louder": "loud",
    "quieter": "quiet",
    "bigger": "big",
    "smaller": "small",
    "longer": "long",
    "shorter": "short",
}


def _one_volume(first: _Side, second: _Side, project: AdProject, read: _Reader) -> ParsedTurn | None:
    """ "the hook is louder than the cta": the music has one volume, so which way for the whole ad."""
    options = []
    for label, words in (
        ("quieter", ["quieter", "down", "lower", "softer"]),
        ("louder", ["louder", "up", "higher"]),
    ):
        typed = read(f"make the music {label}", project)
        if typed:
            options.append(PendingOption(f"the music {label}", words, [op.to_wire() for op in typed]))
    question = (
        f"The music has one volume for the whole ad, so {_named(first.said)} cannot be louder or quieter than "
        f"{_named(second.said)}. Should the music be quieter or louder everywhere?"
    )
    return ParsedTurn(question=question, pending=PendingQuestion(question, options) if options else None)


# The music against the voice-over: which way is the problem.
_MUSIC_DOWN = "The music is louder than the voice-over, so I turned the music down."


def _music_and_voice(a: str, b: str, way: int, project: AdProject, read: _Reader) -> ParsedTurn | None:
    music_first = _MUSIC_RE.match(a) is not None and _VOICE_RE.match(b) is not None
    voice_first = _VOICE_RE.match(a) is not None and _MUSIC_RE.match(b) is not None
    if not (music_first or voice_first):
        return None
    music_louder = (way > 0) == music_first
    if music_louder:  # the voice is hard to hear: the music goes down
        operations = read("make the music quieter", project)
        if not operations:
            return None
        return ParsedTurn(operations=operations, topic="audio")
    # the music under the voice: as a mix should be; whether it should come up is asked
    up = [op.to_wire() for op in read("make the music louder", project) or []]
    question = "The music sits under the voice-over now. Should I turn the music up?"
    pending = PendingQuestion(
        question, [PendingOption("the music louder", ["yes", "louder", "up", "yeah", "sure", "please"], up)]
    )
    return ParsedTurn(question=question, pending=pending if up else None, topic="audio")


# --- descriptions and praise --------------------------------------------------------------------------

_WHAT_TO_CHANGE = "Noted. What would you like to change? (Or say “render” if it's ready.)"

# "it looks like a movie", "this feels like a trailer", "the hook looks like a film": how it comes
# across, said of the ad as it is (no "should", "make", "more"). How the music or the voice sounds
# ("sounds like elevator music", "like a robot") is a complaint the audio readers answer.
_LOOKS_LIKE_RE = re.compile(
    _LEAD + r"(?:(?:it|this|that)\s+|(?:the|our|this)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s+)?"
    r"(?:(?:'s|’s|is|kind\s+of|kinda|sort\s+of|really|totally|almost|honestly|definitely|already)\s+)*"
    r"(?:(?:looks?|feels?|seems?)\s+(?:(?:a\s+(?:bit|lot)|kind\s+of|kinda|very|so|really|just)\s+)?"
    r"(?:like|as\s+if\s+it\s+(?:is|was|were)))"
    r"\s+(?:a\s+|an\s+|some\s+|one\s+of\s+those\s+)?"
    r"(?P<thing>\w[\w'-]*(?:\s+\w[\w'-]*){0,4}?)(?:\s+now)?"
    r"(?P<liked>[\s,.!-]+(?:(?:i|we)\s+)?(?:really\s+)?(?:nice|love\s+(?:it|that)|like\s+(?:it|that)|perfect|great|"
    r"amazing|awesome|cool|beautiful|gorgeous|stunning|wow|exactly\s+what\s+(?:i|we)\s+wanted))?" + _TAIL,
    _I,
)
# "it's like a movie", "wow, this is literally like a trailer": the same, said with "is".
_ITS_LIKE_RE = re.compile(
    r"^(?P<lead>\W*(?:(?:wow|oh|ok(?:ay)?|honestly|hmm+)\b[\s,.!]*)*)(?:it'?s|it\s+is|this\s+is|that'?s|that\s+is)\s+"
    r"(?:(?:just|literally|basically|almost|kinda|kind\s+of)\s+)?like\s+",
    _I,
)
_NOT_A_THING_RE = re.compile(
    r"\b(?:too|more|less|should|needs?|want|make|change|not|no|bit|mess|mistake|wrong|broken|bug|glitch|"
    r"error|off|hard|difficult|crap|garbage|trash|cheap|amateur|mess|joke|bad|worse|ugly|boring|slow|fast|"
    r"music(?!\s+video)|track|song|tune|voice|vo|narration|narrator|audio|sound|robot|robotic)\b",
    _I,
)
# "love how bright the showcase is", "i like the way the music builds": praise of the ad as it is.
_LOVE_HOW_RE = re.compile(
    _LEAD + r"(?:i\s+|we\s+)?(?:really\s+|just\s+|absolutely\s+|totally\s+)?(?:love|like|dig|adore|enjoy)\s+"
    r"(?:how|the\s+way)\s+(?P<what>[a-z][\w\s'-]{2,60}?)" + _TAIL,
    _I,
)
# "the video is very cinematic", "it's so apple-like", "this is giving luxury": how the whole ad comes
# across, said with "very" or "giving" (a request says "make it …"); it set the look.
_VERY_LOOK_RE = re.compile(
    _LEAD + r"(?:the\s+(?:video|ad|whole\s+thing|look|vibe|overall\s+look)|it|this|that)"
    r"\s*(?:'s|’s|\s+is|\s+looks|\s+feels)?\s+"
    r"(?:(?:very|so|really|super|quite|pretty|kinda|kind\s+of|totally|giving)\s+)+"
    r"(?P<look>cinematic|filmic|minimal(?:ist)?|modern|retro|vintage|sleek|elegant|premium|luxurious|luxury|playful|"
    r"vibrant|polished|professional|high[\s-]end|apple[\s-]?(?:like|esque|ish)|editorial|artsy)" + _TAIL,
    _I,
)


# "the cta says order today" when it does (but for the case): how it is, no new words.
_SAYS_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|hmm+|oh|right)\b[\s,.!]*)*(?P<who>(?:the|our)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"(?:\s+(?:text|line|caption|copy|headline))?\s+(?:says|reads|currently\s+says|still\s+says)\s+(?P<words>.+?)\W*$",
    _I,
)


def _bare(words: str) -> str:
    return " ".join(re.findall(r"[\w%']+", words.lower()))


# "hmm, the cta is red", "oh the showcase text is white": thinking aloud about a colour or a place.
_THINKING_RE = re.compile(
    r"^\W*(?:hmm+|hm+|huh|oh|ooh|interesting|i\s+see|i\s+noticed?(?:\s+that)?)\b[\s,.!:-]*"
    r"(?:so\s+)?(?:the|our|this)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s+(?:is|are|'s|’s|looks|seems)\s+"
    r"(?:(?:all|kind\s+of|kinda)\s+)?(?P<what>red|orange|yellow|green|blue|purple|pink|white|black|grey|gray|"
    r"brown|gold|golden|navy|teal|beige|at\s+the\s+(?:top|bottom)|in\s+the\s+(?:middle|centre|center)|"
    r"on\s+the\s+(?:left|right))" + _TAIL,
    _I,
)


_NOT_LIKE_THAT = (
    "What should change so it doesn't look like that: a more modern, cinematic or minimal look, "
    "brighter pictures, or new text?"
)


def _complaint(thing: str) -> bool:
    """Whether what it looks like is a complaint ("a 2010 powerpoint", "a school project")."""
    return bool(
        re.search(
            r"\b(?:stock|clip|powerpoint|slideshow|slide\s+show|template|ai|fake|spam|scam|infomercial|"
            r"\d{2,4}s?|dated|old|budget|student|school|homemade|meme|kid|child|toddler)\b",
            thing,
            _I,
        )
    )


# "make it less cinematic", "less retro please": away from a look, to one not named: which one is asked.
_LESS_LOOK_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:(?:make|have|get)\s+(?:it|the\s+(?:ad|video|look|whole\s+thing))\s+"
    r"(?:look\s+|feel\s+)?)?(?:a\s+(?:bit|little|tad)\s+|slightly\s+|way\s+|much\s+)?less\s+"
    r"(?P<look>cinematic|filmic|retro|vintage|modern|sleek|minimal|minimalist|dramatic|moody)"
    r"(?:\s+(?:please|pls|looking|feeling))?\W*$",
    _I,
)
_LOOK_OF = {
    "filmic": "cinematic",
    "vintage": "retro",
    "sleek": "modern",
    "minimalist": "minimal",
    "moody": "dramatic",
}
_LOOKS_OFFERED = ("modern", "minimal", "cinematic", "retro", "vibrant")


def _less_look(look: str, project: AdProject, read: _Reader) -> ParsedTurn | None:
    look = _LOOK_OF.get(look, look)
    offered = [w for w in _LOOKS_OFFERED if w not in (look, project.style.visual_style)]
    options = []
    for word in offered:
        typed = read(f"make it {word}", project)
        if typed:
            options.append(PendingOption(word, [word, f"more {word}"], [op.to_wire() for op in typed]))
    names = ", ".join(o.label for o in options[:-1]) + f" or {options[-1].label}" if options else ""
    question = (
        f"Less {look}: which look instead, {names}?" if options else f"Less {look}: which look instead?"
    )
    return ParsedTurn(
        question=question, pending=PendingQuestion(question, options) if options else None, topic="style"
    )


def described(
    plain: str, project: AdProject | None, raw: str = "", read: _Reader | None = None
) -> ParsedTurn | None:
    """A description or praise of the ad as it is, said as the whole message (``raw`` as typed,
    with its "hmm"): nothing changes."""
    if project is None:
        return None
    less = _LESS_LOOK_RE.match(plain)
    if less is not None and read is not None:
        return _less_look(less.group("look").lower(), project, read)
    found = _LOOKS_LIKE_RE.match(plain) or _LOOKS_LIKE_RE.match(
        _ITS_LIKE_RE.sub(r"\g<lead>it looks like ", plain)
    )
    if found is not None and not _NOT_A_THING_RE.search(found.group(0)):
        thing = found.group("thing")
        if _GRIM_LIKE_RE.search(plain) or any(
            re.search(rf"\b(?:{pattern})\b", thing, _I) for pattern, _ in TOO_OPPOSITE
        ):
            return None  # "it looks like stock footage", "… a funeral": a complaint the look readers answer
        if _complaint(thing):
            return ParsedTurn(question=_NOT_LIKE_THAT)
        return ParsedTurn(unknown=ACK if found.group("liked") else _WHAT_TO_CHANGE)
    found = _LOVE_HOW_RE.match(plain)
    if found is not None and not re.search(
        r"\b(?:too|more|less|should|could|but|make|change|needs?|not|no)\b", found.group("what"), _I
    ):
        return ParsedTurn(unknown=ACK)
    very = _VERY_LOOK_RE.match(plain)
    if very is not None and not any(
        re.search(rf"\b(?:{p})\b", very.group("look"), _I) for p, _ in TOO_OPPOSITE
    ):
        return ParsedTurn(unknown=_WHAT_TO_CHANGE)
    says = _SAYS_RE.match(raw)
    if says is not None:
        refs = [r for r in find_scene_refs(says.group("who"), project, []) if r.ids and not r.error]
        if len(refs) == 1 and len(refs[0].ids) == 1:
            scene = next(sc for sc in project.scenes if sc.id == refs[0].ids[0])
            if (
                scene.overlay is not None
                and _bare(says.group("words")) == _bare(scene.overlay.text or "") != ""
            ):
                return ParsedTurn(
                    unknown=f"It says “{scene.overlay.text}” already. {_WHAT_TO_CHANGE.removeprefix('Noted. ')}"
                )
    if _THINKING_RE.match(raw) is not None:
        return ParsedTurn(unknown=_WHAT_TO_CHANGE)
    return None


# "it looks like a movie, make it less cinematic": the description before a request is no part of it.
_DESCRIPTION_FIRST_RE = re.compile(
    r"^\W*(?:(?:it|this|that)\s+|(?:the|our)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s+)"
    r"(?:(?:'s|’s|is|kind\s+of|kinda|really)\s+)*(?:looks?|feels?|seems?)\s+(?:a\s+bit\s+|kind\s+of\s+|kinda\s+)?"
    r"like\s+(?:a\s+|an\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?\s*(?:[,;.!]+|\s+-+|\s+(?:so|but))\s+"
    r"(?=(?:please\s+|pls\s+|just\s+|can\s+you\s+|could\s+you\s+)?(?:make|turn|change|set|give|add|remove|use)\b)",
    _I,
)


# --- a request said against the one it replaces ---------------------------------------------------

_REMOVE = (
    r"(?:remov(?:e|ing)|delet(?:e|ing)|cut(?:ting)?|drop(?:ping)?|los(?:e|ing)|kill(?:ing)?|"
    r"get(?:ting)?\s+rid\s+of|tak(?:e|ing)\s+out)"
)
_SCENE_PART = r"(?P<x>(?:the|that|this)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?(?:\s+scene)?|it)"
# "don't remove the hook, just make it shorter", "instead of cutting the cta, shorten it", "rather
# than deleting it, trim it", "leave the hook in, just shorten it".
_INSTEAD_RE = re.compile(
    r"^\W*(?:(?:no|nah|wait|actually|ok(?:ay)?)\b[\s,.!]*)*(?:"
    rf"(?:please\s+)?(?:don'?t|do\s+not|dont|no\s+need\s+to|you\s+don'?t\s+have\s+to|no\s+don'?t)\s+{_REMOVE}"
    rf"|(?:instead\s+of|rather\s+than)\s+{_REMOVE}"
    r"|(?:keep|leave)(?=\s+(?:the|that|this)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?(?:\s+scene)?\s+(?:in|there|alone)\b)"
    rf")\s+{_SCENE_PART}(?:\s+(?:in|there|alone))?(?:\s+(?:entirely|completely|altogether))?"
    r"(?:\s*[,;:.!-]+\s*|\s+(?=(?:just|only|but|instead|simply|rather|please|pls)\b))"
    r"(?:(?:just|only|but|instead|simply|rather|please|pls)\s+)*(?P<rest>.+)$",
    _I,
)
# "the cta, not the hook, should be red", "the cta (not the hook) should be red": the one named first.
_NOT_BETWEEN_RE = re.compile(
    r"\b(?P<a>the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s*(?:,\s*(?:and\s+|but\s+)?not\s+(?:the\s+)?[a-z][\w'-]*"
    r"(?:\s+[a-z][\w'-]*){0,2}?\s*,|\(\s*not\s+(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?\s*\))\s*"
    r"(?=(?:should|needs?|has|must|is|to|can|could|gets?)\b)",
    _I,
)
# "not the music, the voice: quieter", "not the hook, the cta: bigger text".
_NOT_THAT_ONE_RE = re.compile(
    r"^\W*not\s+(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?(?:\s*[,;]\s*(?:but\s+)?|\s+but\s+)"
    r"(?P<b>the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s*[:,;-]+\s*(?P<rest>[^,;:.!?]+)[.!]*$",
    _I,
)


def said_against(masked: str) -> str:
    """``masked`` without the request it is said against: "don't remove the hook, just make it
    shorter" is "make the hook shorter"; "not the music, the voice: quieter" is "the voice quieter"."""
    found = _INSTEAD_RE.match(masked)
    if found is not None:
        x, rest = found.group("x"), found.group("rest").strip()
        if x.lower() == "it":
            return rest
        if re.search(r"\bits\b", rest, _I):
            return re.sub(r"\bits\b", f"{x}'s", rest, count=1, flags=_I)
        if re.search(r"\b(?:it|that)\b", rest, _I):
            return re.sub(r"\b(?:it|that)\b", x, rest, count=1, flags=_I)
        return rest
    masked = _REQUEST_THAN_RE.sub(lambda m: m.group("keep"), masked)
    masked = _NOT_BETWEEN_RE.sub(lambda m: m.group("a") + " ", masked)
    masked = _THAN_WANTED_RE.sub(lambda m: f"{m.group('be')} too {_PLAIN[m.group('cmp').lower()]}", masked)
    found = _NOT_THAT_ONE_RE.match(masked)
    if found is not None:
        return f"{found.group('b')} {found.group('rest').strip()}"
    return _DESCRIPTION_FIRST_RE.sub("", masked)


__all__ = ["compared", "described", "said_against"]
