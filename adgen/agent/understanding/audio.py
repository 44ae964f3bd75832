"""Music edits: volume ("louder", "a bit quieter", "volume 50%", "mute") and mood ("calmer
music", "lo-fi", "the music is too upbeat").

Part of :mod:`adgen.agent.understanding`; a step of the field reader (:mod:`fields`). A
complaint is the problem, not the instruction: "the music is a tad loud" turns it down a bit,
"it's too upbeat" asks for the opposite mood.
"""

from __future__ import annotations

import re

from adgen.agent.understanding import refusals
from adgen.agent.understanding.clause import ClauseReaderBase, Frame
from adgen.agent.understanding.intensity import VOLUME_STEP, level_of
from adgen.agent.understanding.quotes import text_value
from adgen.agent.understanding.vocabulary import find_music_mood

_I = re.I

_MUTE_RE = re.compile(
    r"\b(?:mute|silence|no\s+music|remove\s+(?:the\s+)?(?:music|audio|sound)|without\s+(?:any\s+)?music|"
    r"turn\s+off\s+the\s+(?:music|sound)|turn\s+the\s+(?:music|sound)\s+off|kill\s+the\s+(?:music|sound)|"
    r"drop\s+the\s+music|get\s+rid\s+of\s+the\s+music|switch\s+off\s+the\s+music|silent)\b",
    _I,
)
_UNMUTE_RE = re.compile(
    r"\b(?:unmute|bring\s+back\s+the\s+music|bring\s+the\s+music\s+back|turn\s+the\s+music\s+(?:back\s+)?on)\b",
    _I,
)
_VOL_UP_RE = re.compile(
    r"\b(?:louder|crank(?:\s+up)?\s+(?:the\s+)?(?:music|volume|sound|audio|it)|crank\s+it(?:\s+up)?|turn\s+(?:\w+\s+){0,2}?up|turn\s+up|(?:raise|increase|boost|bump\s+up|crank\s+up|pump\s+up|up)\s+"
    r"(?:the\s+)?(?:music\s+)?(?:volume|music|sound|audio)|more\s+volume|too\s+quiet|(?:can'?t|cannot)\s+(?:really\s+)?hear|"
    r"volume\s+up|higher\s+volume|more\s+audible|(?:is|'s|sounds?)\s+(?:\w+\s+){0,2}?(?:quiet|faint|soft)\b(?!\s+\w+\s+music))\b",
    _I,
)
_VOL_DOWN_RE = re.compile(
    r"\b(?:quieter|turn\s+(?:\w+\s+){0,2}?down|turn\s+down|(?:lower|decrease|reduce|drop|cut|dial\s+down)\s+"
    r"(?:the\s+)?(?:music\s+)?(?:volume|music|sound|audio)|less\s+(?:loud|volume)|too\s+loud|volume\s+down|"
    r"lower\s+volume|tone\s+(?:\w+\s+){0,2}?down|not\s+so\s+loud|more\s+quiet|less\s+noisy|"
    r"(?:is|'s|are|sounds?)\s+(?:\w+\s+){0,2}?(?:loud|noisy|blaring|overpowering|deafening))\b",
    _I,
)
_VOL_ABS_RE = re.compile(
    r"\bvolume\s*(?:to|at|:|=|of)?\s*(?P<p>-?\d{1,4})\s*%|\bto\s+(?P<p3>-?\d{1,4})\s*%|\b(?P<p2>\d{1,4})\s*%\s*(?:volume|loud)"
    r"|\bvolume\s*(?:to|at|:|=|of)?\s*(?P<f>-?\d+(?:\.\d+)?)(?!\s*(?:s|sec|seconds?|%))\b"
    r"|\b(?P<half>half)\s+volume|\b(?P<full>full|max(?:imum)?)\s+volume",
    _I,
)
_MUSIC_TOPIC_RE = re.compile(r"\b(?:music|song|soundtrack|track|audio|volume|sound)\b", _I)
# "too upbeat" -> the opposite mood. Rows: the complaint's words, the mood asked for.
MOOD_OPPOSITES: tuple[tuple[str, str], ...] = (
    (
        r"upbeat|energetic|fast|hyper|hype|intense|aggressive|busy|much|frantic|cheerful|happy|peppy",
        "calm",
    ),
    (r"calm|slow|sleepy|boring|dull|flat|sad|gloomy|dark|depressing|mellow", "upbeat"),
    (r"cheesy|generic|corny|cheap|tacky", "cinematic"),
)
_TOO_MOOD_RE = re.compile(
    r"\b(?:too|so|very|overly|way\s+too)\s+(?:"
    + "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(MOOD_OPPOSITES))
    + r")\b",
    _I,
)


def wants_audio(f: Frame) -> bool:
    return bool(
        f.has["audio"] or _VOL_UP_RE.search(f.rest) or _VOL_DOWN_RE.search(f.rest) or _MUTE_RE.search(f.rest)
    )


def read_audio(r: ClauseReaderBase, f: Frame) -> None:
    if not wants_audio(f):
        return
    _volume(r, f)
    _mood(r, f)
    if f.ch.audio or "music_mood" in f.ch.style:
        f.topic = f.topic or "audio"
        f.has["audio"] = True


def _volume(r: ClauseReaderBase, f: Frame) -> None:
    rest, volume = f.rest, r.project.audio.volume
    step = VOLUME_STEP[level_of(rest)]
    if _UNMUTE_RE.search(rest):
        f.ch.audio["volume"] = 0.8
    elif _MUTE_RE.search(rest):
        f.ch.audio["volume"] = 0.0
    elif vm := _VOL_ABS_RE.search(rest):
        value = _absolute(vm)
        problem = refusals.out_of_range("volume", value, None if "%" in vm.group(0) else vm.group("f"))
        if problem:
            f.problems.append(problem)
            return
        f.ch.audio["volume"] = round(value, 2)
    elif _VOL_UP_RE.search(rest):
        f.ch.audio["volume"] = round(min(1.0, volume + step), 2)
    elif _VOL_DOWN_RE.search(rest) or re.search(r"\bsofter\b", rest, _I):
        f.ch.audio["volume"] = round(max(0.0, volume - step), 2)


def _absolute(vm: re.Match[str]) -> float:
    percent = vm.group("p") or vm.group("p2") or vm.group("p3")
    if percent:
        return int(percent) / 100
    if vm.group("f"):
        value = float(vm.group("f"))
        return value / 100 if value > 10 else value  # "volume 2" is out of range, "volume 50" is 50 %
    return 0.5 if vm.group("half") else 1.0


_TEMPO_RE = re.compile(
    r"\bslow\s+(?:the\s+)?(?:music|song|track|beat|it)\s+down\b|\bslower\s+(?:music|song|beat|tempo)\b"
    r"|\b(?P<up>speed\s+(?:the\s+)?(?:music|song|track|beat)\s+up|faster\s+(?:music|song|beat|tempo))\b",
    _I,
)


def _mood(r: ClauseReaderBase, f: Frame) -> None:
    rest = f.rest
    tempo = _TEMPO_RE.search(rest)
    if tempo:
        f.ch.style["music_mood"] = "upbeat" if tempo.group("up") else "calm"
        return
    too = _TOO_MOOD_RE.search(rest)
    if too and _MUSIC_TOPIC_RE.search(rest) or (too and f.has["audio"]):
        index = int(next(k for k, v in too.groupdict().items() if v is not None)[1:])
        if MOOD_OPPOSITES[index][1] != "calm" or "volume" not in f.ch.audio:
            f.ch.style["music_mood"] = MOOD_OPPOSITES[index][1]
        return
    mood_text = re.sub(r"\bsofter\b", " ", _VOL_DOWN_RE.sub(" ", _VOL_UP_RE.sub(" ", rest)), flags=_I)
    mood = find_music_mood(mood_text)
    if mood is None and "volume" not in f.ch.audio and not f.problems:
        mm = re.search(
            r"\b(?:music|song|soundtrack|track)\s*(?:to|:|=|should\s+be)\s*(?:some\s+|more\s+)?(?P<m>[^,.;!?]{2,40}?)\s*[.!]?\s*$",
            rest,
            _I,
        )
        if mm and not re.match(r"^(?:louder|quieter|softer|\d|-)", mm.group("m"), _I):
            mood = text_value(mm.group("m"), r.quotes)
    if mood:
        f.ch.style["music_mood"] = mood


__all__ = ["MOOD_OPPOSITES", "read_audio", "wants_audio"]
