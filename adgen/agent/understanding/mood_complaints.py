"""A mood asked to be weaker ("less sad please", "make it less serious", "the music is too
upbeat") and a voice said to be flat (round thirty-one c).

Part of :mod:`adgen.agent.understanding`. "less X" was read as X ("less serious" set the mood to
professional, "less energetic" to energetic, "music less sad" to an emotional track) and "too
energetic" as more of it; "less sad please" could even shorten the ad. Now "less X" and "too X"
of a mood word are the opposite mood, as the look tables name it ("more playful", "calmer", "more
professional"; for the music "more upbeat" or "calmer"), written in place before the rest is read.
A flat, monotone voice asks for its pace or pitch (the offline voice has no expression to add);
it was a note with no question, so "yes" or "faster" after it did nothing.
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.project import AdProject

_I = re.I

# (mood words, the opposite for the ad, the opposite for the music)
_OPPOSITES: tuple[tuple[str, str, str], ...] = (
    (
        r"sad|sadder|depressing|depressed|bleak|grim|glum|melancholy|melancholic|sombre|somber|dreary|downbeat|"
        r"morose|miserable|mournful|serious|corporate|stiff|formal",
        "more playful",
        "more upbeat",
    ),
    (r"calm|sleepy|mellow|chill|low[\s-]?key|subdued|boring|lifeless", "more energetic", "more upbeat"),
    (
        r"energetic|hyper|upbeat|frantic|hectic|chaotic|intense|aggressive|in[\s-]your[\s-]face|over[\s-]the[\s-]top|"
        r"manic|jumpy|excited|exciting|loud\s+and\s+fast",
        "calmer",
        "calmer",
    ),
    (
        r"playful|silly|goofy|childish|cartoonish|cartoony|jokey|cheesy|cutesy|kiddy|fun",
        "more professional",
        "calmer",
    ),
)
_MOODS = "|".join(f"(?P<m{i}>{words})" for i, (words, _, _) in enumerate(_OPPOSITES))
_MUSIC_RE = re.compile(r"\b(?:music|song|track|soundtrack|tune|beat|audio|jingle)\b", _I)
# Words that make it a text or the voice ("less salesy copy", "the voice is too upbeat"): elsewhere
_NOT_MOOD_RE = re.compile(
    r"\b(?:text|copy|words|line|lines|headline|caption|captions|font|voice|vo|narrat\w*|speaker|tone\s+of\s+voice)\b",
    _I,
)
_LESS_RE = re.compile(
    rf"\b(?P<how>(?:a\s+(?:bit|little|tad|touch)\s+|slightly\s+|much\s+|way\s+|a\s+lot\s+)?)less\s+(?:{_MOODS})\b"
    r"(?!\s+(?:than|and|or)\b|-)",
    _I,
)
# "it's too energetic", "the music is way too upbeat": the energetic and playful moods only (the
# look tables read "too sad", "too calm" as their opposites already)
_TOO_RE = re.compile(
    r"(?P<be>'s|\s+is|\s+are|\s+feels|\s+looks|\s+sounds|\s+seems)\s+(?P<how>(?:a\s+(?:bit|little|tad)\s+|kinda\s+|"
    r"way\s+|far\s+|much\s+|just\s+)?)too\s+(?:"
    + "|".join(f"(?P<t{i}>{_OPPOSITES[i][0]})" for i in (2, 3))
    + r")\b(?!\s+(?:than|and|or)\b|-)",
    _I,
)


def _opposite(m: re.Match[str], prefix: str, music: bool) -> str:
    for i, (_, ad, tune) in enumerate(_OPPOSITES):
        if m.groupdict().get(f"{prefix}{i}"):
            return tune if music else ad
    return m.group(0)


def _bit(how: str) -> str:
    return "a bit " if re.match(r"\s*(?:a\s+(?:bit|little|tad|touch)|slightly|kinda|just)\b", how, _I) else ""


def less_as_opposite(masked: str) -> str:
    """ "less sad please": "more playful please"; "make the music less sad": "make the music more
    upbeat"; "it's too energetic": "it should be calmer"; else as typed."""
    if _NOT_MOOD_RE.search(masked):
        return masked
    music = bool(_MUSIC_RE.search(masked))
    masked = _LESS_RE.sub(lambda m: _bit(m.group("how")) + _opposite(m, "m", music), masked)
    return _TOO_RE.sub(lambda m: " should be " + _bit(m.group("how")) + _opposite(m, "t", music), masked)


# "the voice is flat and monotone", "the voiceover sounds so monotonous", "she sounds bored"
_FLAT_VOICE_RE = re.compile(
    r"\b(?:the\s+|my\s+|our\s+|that\s+|this\s+)?(?:voice(?:[\s-]?over)?|vo|narrat(?:or|ion)|speaker|reader|reading|delivery)"
    r"(?:'s|\s+is|\s+sounds?|\s+feels?|\s+seems?|\s+comes\s+across)\s+(?:(?:a\s+bit|kinda|kind\s+of|so|really|very|too|"
    r"pretty|quite|super|totally|just|all)\s+)*(?:\w+\s+and\s+)?"
    r"(?:flat|monotone|monotonous|one[\s-]note|droning|dull|bored|boring|lifeless|dead|robotic|wooden|emotionless|"
    r"expressionless)\b",
    _I,
)
_VOICE_ASKED_RE = re.compile(
    r"\b(?:faster|slower|quicker|pace|speed|pitch|deeper|higher|lower|off|remove|mute|change|different|another|"
    r"female|male|woman|man)\b",
    _I,
)


def flat_voice(masked: str, project: AdProject | None) -> PendingQuestion | None:
    """The question for "the voice is flat and monotone" while the voice-over is on: a bit faster,
    or a higher or lower pitch, answered in a word; None otherwise (with the voice off it stays
    :mod:`refusals`' note)."""
    if project is None or not project.voice.enabled or not _FLAT_VOICE_RE.search(masked):
        return None
    if not any(s.voiceover is not None and s.voiceover.text for s in project.scenes):
        return None  # no lines to speak yet: read elsewhere
    if _VOICE_ASKED_RE.search(masked):
        return None  # "the voice is flat, make it faster": the fix is said
    rate, pitch = project.voice.rate, project.voice.pitch
    return PendingQuestion(
        "The offline voice is a speech synthesiser, so I can't add expression to it (a Piper or OpenAI voice "
        "sounds more natural). Should it speak a bit faster, or in a higher or a lower pitch?",
        [
            PendingOption(
                "faster",
                ["faster", "a bit faster", "quicker", "faster please"],
                [{"operation": "update_voice", "rate": min(2.0, round(rate * 1.1, 2))}],
            ),
            PendingOption(
                "higher",
                ["higher", "higher pitch", "a higher pitch", "brighter"],
                [{"operation": "update_voice", "pitch": min(1.5, round(pitch * 1.1, 2))}],
            ),
            PendingOption(
                "lower",
                ["lower", "deeper", "lower pitch", "a lower pitch"],
                [{"operation": "update_voice", "pitch": max(0.5, round(pitch * 0.9, 2))}],
            ),
        ],
    )


__all__ = ["flat_voice", "less_as_opposite"]
