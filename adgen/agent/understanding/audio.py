"""Music edits: volume ("louder", "a bit quieter", "volume 50%", "mute") and mood ("calmer
music", "lo-fi", "the music is too upbeat").

Part of :mod:`adgen.agent.understanding`; a step of the field reader (:mod:`fields`). A
complaint is the problem, not the instruction: "the music is a tad loud" turns it down a bit,
"it's too upbeat" asks for the opposite mood.
"""

from __future__ import annotations

import re

from adgen.agent.understanding import refusals
from adgen.agent.understanding.clause import ClauseReaderBase, Frame, blank
from adgen.agent.understanding.intensity import VOLUME_STEP, level_of
from adgen.agent.understanding.quotes import text_value
from adgen.agent.understanding.values import SHARE_PATTERN, find_times, share_of
from adgen.agent.understanding.vocabulary import MUSIC_RE, find_music_mood, find_music_moods
from adgen.agent.understanding.volume_extremes import loose_volume

_I = re.I

_MUTE_RE = re.compile(
    r"\b(?:mute|silence|no\s+music|remove\s+(?:the\s+)?(?:music|audio|sound)|without\s+(?:any\s+)?music|"
    r"turn\s+off\s+the\s+(?:music|sound)|turn\s+the\s+(?:music|sound)\s+off|kill\s+the\s+(?:music|sound)|"
    # ("drop the music volume by half", "drop the music a notch": a level, not no music)
    r"drop\s+the\s+music(?!\s+(?:volume|level|down|by|to|a\s+(?:bit|little|notch|touch|tad)|\d))|get\s+rid\s+of\s+the\s+music|switch\s+off\s+the\s+music|silent)\b",
    _I,
)
_UNMUTE_RE = re.compile(
    r"\b(?:unmute|bring\s+back\s+the\s+music|bring\s+the\s+music\s+back|turn\s+the\s+music\s+(?:back\s+)?on)\b",
    _I,
)
# "music WAY down", "volume a touch up": the thing and the direction, no verb.
_BARE_DIRECTION = (
    r"(?:music|volume|sound|audio|track|song|soundtrack)\s+"
    # ("the music needs to go way up", "volume should go down a bit": the same, with its verb)
    r"(?:(?:needs?\s+to|has\s+to|should|must|can|could|to)\s+(?:go|come|be\s+turned)\s+)?"
    r"(?:(?:a|bit|little|lot|tad|touch|notch|way|much|even|slightly|right|waaa*y|teeny|teensy|tiny|wee|smidge|hair)\s+)*{way}(?!\s+to\b)"
)
# "can't hear myself think", "can't hear the voice-over": something else drowned out by the music,
# so it is too loud (never "can't hear the music").
_DROWNED_BY = (
    r"\s+(?:(?:a|the|my|our|your)\s+)?(?:myself|yourself|ourselves|own|voice|voice-?over|vo|narrat\w+|speaker|"
    r"words|dialogue|anything\s+else|people|each\s+other)\b"
)
_DROWNED = rf"(?!{_DROWNED_BY})"
NOT_SO_LOUD = (
    r"(?:doesn'?t|does\s+not|don'?t|do\s+not|needn'?t|need\s+not|shouldn'?t|should\s+not|no\s+need\s+(?:for\s+it\s+)?to)"
    r"\s+(?!(?:\w+\s+){0,2}?(?:think|find|feel|mind|care|hear|know|notice)\b)(?:[\w']+\s+){0,5}?(?:quite\s+)?(?:so|that|this)\s+loud"
    r"|(?:music|volume|sound|audio|track|song)\s+(?:(?:just\s+)?a\s+)?(?:(?:little|tiny|wee)\s+)?(?:bit|touch|tad|notch|smidge)\s+"
    r"less\b(?!\s+(?!please\b|pls\b|thanks\b|and\b|then\b)[a-z])"
)
_VOL_UP_RE = re.compile(
    r"\b(?:louder|crank(?:\s+up)?\s+(?:the\s+)?(?:music|volume|sound|audio|it)|crank\s+it(?:\s+up)?|"
    r"turn\s+(?:\w+\s+){0,2}?up|(?:nudge|bump|push|bring|pump|dial|kick)\s+(?:the\s+)?(?:music|volume|sound|audio|track|song)\s+up|turn\s+up|(?:raise|increase|boost|bump\s+up|crank\s+up|pump\s+up|up|"
    # "bump the music a bit" (round thirty d): louder, as "bump the music up" (never "… down", "… to")
    r"bump(?!\s+(?:the\s+)?(?:music\s+)?(?:volume|music|sound|audio)\s+(?:back\s+)?(?:down|to)\b))\s+"
    rf"(?:the\s+)?(?:music\s+)?(?:volume|music|sound|audio)|more\s+volume|too\s+quiet|(?:can'?t|cannot|can\s+(?:barely|hardly|only\s+just))\s+(?:really\s+)?hear{_DROWNED}|(?:barely|hardly)\s+(?:hear|audible){_DROWNED}|"
    rf"{_BARE_DIRECTION.format(way='(?:up|higher)')}|"
    r"volume\s+up|higher\s+volume|more\s+audible|(?:more\s+strong|stronger|more\s+powerful)\s+(?:music|sound|track|beat)|(?:music|sound|track|beat)\s+(?:\w+\s+){0,3}?(?:more\s+strong|stronger)|(?:is|'s|sounds?)\s+(?:\w+\s+){0,2}?(?:quiet|faint|soft)\b(?!\s+\w+\s+music))\b",
    _I,
)
_VOL_DOWN_RE = re.compile(
    r"\b(?:quieter|turn\s+(?:\w+\s+){0,2}?down|(?:nudge|bring|dial|knock|take|pull|bump|push|kick)\s+(?:the\s+)?(?:music|volume|sound|audio|track|song)\s+down|turn\s+down|(?:lower|decrease|reduce|drop|cut|dial\s+down)\s+"
    # ("cut the music to 10 seconds" is a length, read by :mod:`timing`)
    r"(?:the\s+)?(?:music\s+)?(?:volume|music|sound|audio)(?!\s+(?:down\s+)?to\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)|less\s+(?:loud|volume)|too\s+loud|volume\s+down|"
    r"lower\s+volume|tone\s+(?:\w+\s+){0,2}?down|not\s+so\s+loud|more\s+quiet|less\s+noisy|"
    # ("don't have it so loud", "doesn't need to be quite that loud", "music little bit less": round
    # thirty-seven a, dev23; never "I don't think it's that loud")
    rf"{NOT_SO_LOUD}|"
    # ("the musics is too much strong", "the beat is way too strong": learners' "strong", loud; round 28 c)
    r"(?:music|musics|sound|track|beat|song)\s+(?:\w+\s+){0,3}?too\s+strong|"
    r"(?:is|'s|are|sounds?)\s+(?:\w+\s+){0,2}?(?:loud|noisy|blaring|blasting|booming|overpowering|deafening|ear-?splitting)"
    rf"|(?:can'?t|cannot|can\s+(?:barely|hardly))\s+(?:even\s+|really\s+)?hear{_DROWNED_BY}"
    r"|(?:drown|drowns|drowning|overpower|overpowers|overpowering|buries|burying)\s+(?:\w+\s+){0,2}?"
    r"(?:out|everything|the\s+(?:voice|voice-?over|text|words))|drowns?\s+out"
    rf"|{_BARE_DIRECTION.format(way='(?:down|lower)')})\b",
    _I,
)
_VOL_ABS_RE = re.compile(
    r"\b(?:volume|music|sound|audio|track|song|soundtrack)\s*(?:(?:volume|level)\s*)?(?:to|at|:|=|of)?\s*(?:(?:like|about|around|roughly|approximately|maybe|~)\s*)?(?P<p>-?\d{1,4})\s*(?:%|percent\b|per\s+cent\b|pct\b)|\b(?:to|at)\s+(?:(?:like|about|around|roughly|approximately|maybe|~)\s*)?(?P<p3>-?\d{1,4})\s*(?:%|percent\b|per\s+cent\b|pct\b)|\b(?P<p2>\d{1,4})\s*(?:%|percent\b|per\s+cent\b|pct\b)\s*(?:volume|loud)"
    r"|\bvolume\s*(?:to|at|:|=|of)?\s*(?P<f>-?\d+(?:\.\d+)?)(?!\s*(?:s|sec|seconds?|%))\b"
    # "bring the volume down to 40", "cut the music to 30": the level to reach, out of 100
    r"|\b(?:volume|music|sound|audio|track|song|soundtrack)(?:\s+(?:volume|level))?\s+"
    r"(?:(?:way\s+|all\s+the\s+way\s+|right\s+)?(?:down|up|back)\s+)?(?:to|at)\s+(?:about\s+|around\s+|like\s+)?"
    r"(?P<t>\d{1,3}(?:\.\d+)?)(?!\s*(?:s\b|secs?\b|seconds?\b|x\b|px\b|pt\b|bpm\b|[:.]\d|%|percent|per\s+cent|pct))\b"
    r"|\b(?P<half>half)\s+volume|\b(?P<full>full|max(?:imum)?)\s+volume",
    _I,
)
# "all the way up", "as loud as it goes": the end of the range (a row: words -> volume).
_ENDS_SUBJECT = r"(?:it|the\s+(?:music|track|song|sound|audio|volume)(?:\s+volume)?)"
VOLUME_ENDS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    # ("as loud as the music volume goes": "it" named, as a reply after "how loud is the music?")
    (re.compile(pattern.replace("{it}", _ENDS_SUBJECT), _I), value)
    for pattern, value in (
        (
            r"\ball\s+the\s+way\s+up\b|\bas\s+loud\s+as\s+(?:{it}\s+(?:goes|can\s+go|gets|will\s+go)|possible|you\s+can)\b"
            r"|\bmax(?:imum)?\s+(?:it\s+)?out\b|\bmaxed\s+out\b|\b(?:up\s+)?to\s+(?:the\s+)?max(?:imum)?\b|\bfull\s+blast\b",
            1.0,
        ),
        (
            r"\ball\s+the\s+way\s+down\b|\bas\s+quiet\s+as\s+(?:{it}\s+(?:goes|can\s+go|gets|will\s+go)|possible)\b",
            0.0,
        ),
    )
)
# "bring it down", "nudge it up": a pronoun that means the music only when the music is the topic.
_VOL_IT_RE = re.compile(
    r"\b(?:nudge|bump|push|bring|pump|dial|kick|knock|take|pull)\s+(?:it|that|this|them)\s+(?:back\s+)?"
    r"(?P<way>up|down)\b",
    _I,
)
# "half as loud", "twice as loud", "half the current volume", "double its level": the volume times
# a factor ("the current" or "its" before the volume once left it unread: the help text).
_NOW = r"(?:(?:the|its|their)\s+)?(?:(?:current|present|existing|old)\s+)?"
_VOL_FACTOR_RE = re.compile(
    rf"\b(?:(?P<half>half\s+as\s+loud|half\s+{_NOW}(?:volume|level|loudness|as\s+much)|halve|(?:in|by)\s+(?:a\s+)?half)"
    rf"|twice\s+as\s+loud|(?:double|twice)\s+{_NOW}(?:volume|level|loudness))\b",
    _I,
)
# "music down by a fifth", "a third quieter", "two-thirds as loud", "up by a quarter": the level
# times a share kept, taken off or added. Rows: (pattern, sign): -1 off, +1 added, 0 kept.
_SHARE2 = SHARE_PATTERN.replace("share", "share2")
VOLUME_SHARES: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern, _I), sign)
    for pattern, sign in (
        (
            r"\b(?:down|lower|quieter|softer|reduce|cut|drop|decrease)\b[^,;.!?]{0,30}?\bby\s+"
            + SHARE_PATTERN
            + r"\b|\b"
            + _SHARE2
            + r"\s+(?:quieter|softer|lower|down)\b",
            -1,
        ),
        (
            r"\b(?:up|louder|raise|increase|boost)\b[^,;.!?]{0,30}?\bby\s+"
            + SHARE_PATTERN
            + r"\b|\b"
            + _SHARE2
            + r"\s+(?:louder|higher|up)\b",
            1,
        ),
        (
            r"\b"
            + SHARE_PATTERN
            + r"\s+(?:as\s+loud|of\s+(?:the\s+|its\s+)?(?:current\s+)?(?:volume|level|loudness)"
            # ("music at two thirds of what it is now": the level kept, times that share)
            + r"|of\s+(?:what|where|how\s+loud)\s+it\s+is(?:\s+(?:now|right\s+now|at\s+the\s+moment))?)(?!\w)",
            0,
        ),
    )
)
# "music 1.5x", "1.5 times as loud", "the volume 3x": the level times so much (the multiple said
# last in the clause, or before a word of loudness).
_TIMES_LOUD_RE = re.compile(r"^\s*(?:as\s+loud|louder|(?:the\s+)?(?:volume|level)|[,.;!?]|$)", _I)


def volume_times(rest: str) -> float | None:
    """The factor the music's level is multiplied by, said as a share or a multiple, or None."""
    for pattern, sign in VOLUME_SHARES:
        m = pattern.search(rest)
        if m:
            share = share_of(m.group("share") or m.group("share2"))
            return share if sign == 0 else 1 + sign * share
    times = find_times(rest)
    if times is not None and rest[times.start : times.end].isalpha():
        return None  # ("twice as loud": up to the top, see _VOL_FACTOR_RE)
    if times is not None and _TIMES_LOUD_RE.match(rest[times.end :]):
        return times.factor
    return None


_PERCENT_RE = re.compile(r"%|\bper\s*cent\b|\bpct\b", _I)
_MUSIC_TOPIC_RE = re.compile(r"\b(?:music|song|soundtrack|track|audio|volume|sound)\b", _I)
# "too upbeat" -> the opposite mood. Rows: the complaint's words, the mood asked for.
MOOD_OPPOSITES: tuple[tuple[str, str], ...] = (
    (
        r"upbeat|energetic|fast|hyper|hype|intense|aggressive|busy|much|frantic|cheerful|happy|peppy"
        r"|chirpy|cheery|perky|bubbly|bouncy|jolly|twee|sunny|poppy|sugary|saccharine",  # (round thirty-four g)
        "calm",
    ),
    (
        r"calm|slow|sleepy|boring|dull|flat|sad|gloomy|dark|depressing|mellow|melancholy|melancholic|mournful|sombre|somber|downbeat|miserable"
        # ("the piano feels a bit funeral-ish", "sounds like a funeral", "a wake"; round twenty-eight g)
        r"|funereal|funeral(?:[\s-]?(?:ish|y|esque|like|vibes?))?|like\s+(?:a\s+|at\s+a\s+)?(?:funeral|wake)",
        "upbeat",
    ),
    # "sounds like a lift", "like a waiting room", "on-hold music": background music for waiting,
    # asked to be livelier (round thirty-five c)
    (
        r"like\s+(?:(?:an?|the|some|being\s+in\s+an?|being\s+on|i'?m\s+(?:in\s+an?|on))\s+)?(?:\w+\s+)?"
        r"(?:lift|waiting[\s-]room|dentists?|dentist'?s|doctors?'?s?\s+(?:office|surgery)|hotel\s+lobby|supermarket|"
        r"(?:on[\s-])?hold(?:\s+music)?|call\s+cent(?:re|er))(?:\s+(?:music|song|track|playlist|vibes?))?",
        "upbeat",
    ),
    # "sounds like a 2009 ringtone", "like elevator music": a cheap-sounding comparison
    (
        r"cheesy|generic|corny|cheap|tacky|cringe|cringey|dated|outdated|old[\s-]fashioned|"
        r"like\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:ringtone|elevator\s+music|jingle|video\s+game|cartoon|muzak)",
        "cinematic",
    ),
)
_MOOD_ALT = "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(MOOD_OPPOSITES))
_TOO_MOOD_RE = re.compile(rf"\b(?:too|so|very|overly|way\s+too)\s+(?:{_MOOD_ALT})\b", _I)
# "the song is kinda sad", "this track sounds like a ringtone": how the music is, said as a
# complaint (not after a wish: "make sure the music is upbeat" asks for it).
_IS_MOOD_RE = re.compile(
    r"\b(?:is|are|'s|sounds?|feels?|seems?|gets?)\s+(?P<adv>(?:(?:kind\s+of|kinda|a\s+bit|a\s+little|rather|pretty|quite|really|"
    rf"very|so|way|super|too|way\s+too|just|overly|sort\s+of|sorta|honestly|totally)\s+)*)(?:{_MOOD_ALT})\b",
    _I,
)
# Words that only describe ("the music is upbeat"): a complaint only with a "kinda", "too", "so".
# A sad, gloomy or depressing track is a complaint as it stands ("the music is sad": an ad's
# music is not meant to bring the mood down).
_PLAIN_WORD_RE = re.compile(
    r"upbeat|energetic|fast|intense|cheerful|happy|peppy|calm|slow|mellow|dark|busy|much|chirpy|cheery|perky|bubbly|"
    r"bouncy|jolly|sunny|poppy",
    _I,
)
_WISH_RE = re.compile(
    r"\b(?:should|make\s+sure|want|wanna|needs?|has\s+to|have\s+to|must|keep|ensure|let|so\s+(?:that|it)|i'?d\s+like|would)\b",
    _I,
)


# "the lighting is soft", "those colours are way too loud": how a thing one sees is, said with a
# word that is a volume's only of a sound. The subject decides: with no sound named, such a state
# is about the picture (:mod:`look` reads it), never the music's volume.
_SEEN_SUBJECT_RE = re.compile(
    r"\b(?:lighting|light|lights|picture|image|images|photo|shot|look|colou?rs?|palette|tones?|shades?|"
    r"text|font|caption|captions|background|backdrop|glow|shadows?|visuals?|"
    r"words?|wording|copy|headline|tagline|slogan|title)\b",
    _I,
)
_HEARD_SUBJECT_RE = re.compile(
    r"\b(?:music|song|soundtrack|track|audio|volume|sound|sounds|voice|voice-?over|narrator|beat|hear|heard)\b",
    _I,
)
_STATE_RE = re.compile(
    r"\b(?:is|'s|are|'re|feels?|looks?|seems?)\s+(?:\w+\s+){0,2}?"
    r"(?:quiet|faint|soft|loud|noisy|blaring|blasting|booming|overpowering|deafening)\b",
    _I,
)


def _heard(f: Frame) -> str:
    """The clause as far as the sound goes: a state of a thing one sees taken out."""
    if f.has["audio"] or not _SEEN_SUBJECT_RE.search(f.rest) or _HEARD_SUBJECT_RE.search(f.rest):
        return f.rest
    return _STATE_RE.sub(" ", f.rest)


def wants_audio(f: Frame) -> bool:
    heard = _heard(f)
    return bool(
        f.has["audio"]
        or _VOL_UP_RE.search(heard)
        or _VOL_DOWN_RE.search(heard)
        or _MUTE_RE.search(f.rest)
        or _vol_factor(f) is not None
    )


def _vol_factor(f: Frame) -> re.Match[str] | None:
    """ "half as loud", "double the volume"; a bare "halve"/"in half" only about the music
    ("cut the hook in half" is its length)."""
    fm = _VOL_FACTOR_RE.search(f.rest)
    if fm is None or f.has["audio"] or not re.fullmatch(r"halve|(?:in|by)\s+(?:a\s+)?half", fm.group(0), _I):
        return fm
    return None


def read_audio(r: ClauseReaderBase, f: Frame) -> None:
    if not wants_audio(f):
        return
    _volume(r, f)
    _mood(r, f)
    if f.ch.audio or "music_mood" in f.ch.style:
        f.topic = f.topic or "audio"
        f.has["audio"] = True


def _volume(r: ClauseReaderBase, f: Frame) -> None:
    rest, volume = _heard(f), r.project.audio.volume
    tempo = _TEMPO_RE.search(rest)
    if tempo is not None:  # "slow the music down": its pace (read as its mood), no volume
        rest = blank(rest, [tempo.span()])
    step = VOLUME_STEP[level_of(rest)]
    end = next((value for pattern, value in VOLUME_ENDS if pattern.search(rest)), None)
    if end is None and (loose := loose_volume(rest, volume, f.has["audio"] or bool(_VOL_UP_RE.search(rest)))):
        f.has["audio"], end = True, loose
    if _UNMUTE_RE.search(rest):
        f.ch.audio["volume"] = 0.8
    elif _MUTE_RE.search(rest):
        f.ch.audio["volume"] = 0.0
    elif end is not None and f.has["audio"]:
        f.ch.audio["volume"] = end
    elif (by := _VOL_BY_RE.search(rest)) and (way := _by_way(by, rest, f)):
        share = int(by.group("p") or by.group("p2")) / 100
        sign = 1 if way == "up" else -1
        # ("50% quieter": a share of the level it has; "down by 20%": points of the 0-100 %)
        level = (
            volume * (1 + sign * share)
            if _COMPARATIVE_RE.fullmatch(by.group("w") or "")
            else volume + sign * share
        )
        f.ch.audio["volume"] = round(max(0.0, min(1.0, level)), 2)
    elif vm := _VOL_ABS_RE.search(rest):
        value = _absolute(vm)
        problem = refusals.out_of_range(
            "volume", value, None if _PERCENT_RE.search(vm.group(0)) else (vm.group("f") or vm.group("t"))
        )
        if problem:
            f.problems.append(problem)
            return
        f.ch.audio["volume"] = round(value, 2)
    elif (times := volume_times(rest)) is not None and f.has["audio"]:
        level = round(volume * times, 2)
        # ("the music three times as loud" at 80 %: refused with the range, nothing changed)
        problem = refusals.out_of_range("volume", level, f"{level * 100:g} %")
        if problem:
            f.problems.append(problem)
            return
        f.ch.audio["volume"] = level
    elif fm := _vol_factor(f):
        f.ch.audio["volume"] = round(max(0.0, min(1.0, volume * (0.5 if fm.group("half") else 2.0))), 2)
    elif _VOL_UP_RE.search(rest) or _pronoun_way(f) == "up":
        f.ch.audio["volume"] = round(min(1.0, volume + step), 2)
    elif _VOL_DOWN_RE.search(rest) or re.search(r"\bsofter\b", rest, _I) or _pronoun_way(f) == "down":
        f.ch.audio["volume"] = round(max(0.0, volume - step), 2)


# "make the music 10% louder", "turn it down by 20%": a change of the level, never the level
# itself (it used to set the volume to 10 %): "N% louder" is that share of the level it has
# (80 % -> 88 %), "up/down by N%" so many points of its 0-100 % (80 % -> 60 %).
_VOL_BY_RE = re.compile(
    r"\b(?P<p>\d{1,3})\s*(?:%|percent\b|per\s+cent\b|pct\b)\s*(?P<w>louder|quieter|softer|lower|higher|up|down)\b"
    r"|\bby\s+(?:about\s+|around\s+)?(?P<p2>\d{1,3})\s*(?:%|percent\b|per\s+cent\b|pct\b)",
    _I,
)
_BY_UP = frozenset({"louder", "higher", "up"})
_COMPARATIVE_RE = re.compile(r"louder|quieter|softer|lower|higher", _I)


def _by_way(by: re.Match[str], rest: str, f: Frame) -> str | None:
    """Which way a change "by N %" goes: the word beside it, else the clause's own direction."""
    if by.group("w"):
        return "up" if by.group("w").lower() in _BY_UP else "down"
    if _VOL_UP_RE.search(rest) or _pronoun_way(f) == "up":
        return "up"
    if _VOL_DOWN_RE.search(rest) or re.search(r"\bsofter\b", rest, _I) or _pronoun_way(f) == "down":
        return "down"
    return None


def _pronoun_way(f: Frame) -> str | None:
    if _TEMPO_RE.search(f.rest):
        return None  # "slow it down": the pace
    m = _VOL_IT_RE.search(f.rest) if f.has["audio"] else None
    return m.group("way").lower() if m else None


def _absolute(vm: re.Match[str]) -> float:
    percent = vm.group("p") or vm.group("p2") or vm.group("p3")
    if percent:
        return int(percent) / 100
    if vm.group("f") or vm.group("t"):
        value = float(vm.group("f") or vm.group("t"))
        return value / 100 if value > 10 else value  # "volume 2" is out of range, "volume 50" is 50 %
    return 0.5 if vm.group("half") else 1.0


_TUNE = r"(?:the\s+|that\s+|this\s+)?(?:music|song|track|beat|tempo|soundtrack|tune)"
# "slow the music down", "slow down the music a bit", "the music should speed up": the music's pace
# (a mood), never its volume ("down", "up" are no volume here).
_TEMPO_RE = re.compile(
    rf"\bslow(?:s|ing)?\s+(?:{_TUNE}|it)\s+down\b|\bslow(?:s|ing)?\s+down\s+{_TUNE}\b|\bslower\s+(?:music|song|beat|tempo)\b"
    r"|\b(?:music|song|beat|tempo|track|tune)\s+(?:should\s+|needs?\s+to\s+|could\s+|must\s+)?(?:be\s+)?(?:slow\s+down|slower)\b"
    rf"|\b(?P<up>speed(?:s|ing)?\s+(?:{_TUNE}|it)\s+up|speed(?:s|ing)?\s+up\s+{_TUNE}|faster\s+(?:music|song|beat|tempo)"
    r"|(?:music|song|beat|tempo|track|tune)\s+(?:should\s+|needs?\s+to\s+|could\s+|must\s+)?(?:be\s+)?(?:speed\s+up|faster)"
    rf"|pick\s+up\s+the\s+(?:pace|tempo)\s+of\s+{_TUNE})\b",
    _I,
)


def _mood(r: ClauseReaderBase, f: Frame) -> None:
    """The music's mood: the first row of ``MOOD_STEPS`` that reads the clause ("": read, and
    nothing to change)."""
    for step in MOOD_STEPS:
        mood = step(r, f)
        if mood is not None:
            if mood:
                f.ch.style["music_mood"] = mood
            return


def _tempo(r: ClauseReaderBase, f: Frame) -> str | None:
    tempo = _TEMPO_RE.search(f.rest)
    if tempo is None:
        return None
    return "upbeat" if tempo.group("up") else "calm"


def _too_mood(r: ClauseReaderBase, f: Frame) -> str | None:
    """ "the music is too upbeat": the opposite mood (unless the volume already answers it)."""
    too = _TOO_MOOD_RE.search(f.rest)
    if too is None and not _WISH_RE.search(f.rest):
        too = _IS_MOOD_RE.search(f.rest)
        if too is not None and not too.group("adv") and _PLAIN_WORD_RE.fullmatch(too.group(0).split()[-1]):
            too = None  # "the music is upbeat": a description, no complaint
    if too is None or not (_MUSIC_TOPIC_RE.search(f.rest) or f.has["audio"]):
        return None
    index = int(next(k for k, v in too.groupdict().items() if v is not None and k != "adv")[1:])
    if MOOD_OPPOSITES[index][1] == "calm" and "volume" in f.ch.audio:
        return ""  # "too much, turn it down": the volume answers it
    return MOOD_OPPOSITES[index][1]


_EXPLICIT_MOOD_RE = re.compile(
    # ("to" a word of its own: "music too high" is no mood "o high")
    r"\b(?:music|song|soundtrack|track)(?:\s+mood)?\s*(?:to\b|:|=|should\s+be|->)\s*(?:some\s+|more\s+)?"
    r"(?P<m>[^,.;!?]{2,40}?)\s*[.!]?\s*$",
    _I,
)


_MOOD_FILLER_RE = re.compile(
    r"\b(?:something|anything|a|an|the|more|bit|little|lot|much|way|really|very|some|kind|of|sort|vibe|vibes|"
    r"feel|style|mood|music|track|song|please|instead|ish)\b|[\W_]+",
    _I,
)


# "piano music instead of ambient", "lo-fi rather than jazz": the mood being replaced is no part
# of the new one.
_REPLACED_RE = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?"
    r"(?:current\s+|old\s+)?[\w-]+(?:\s+(?:music|track|song|vibe|vibes|one|stuff))?",
    _I,
)


# "music: slightly lower", "music: a touch louder": the volume, never a mood of those words
_VOLUME_WORDS_RE = re.compile(
    r"^(?:(?:a\s+)?(?:bit|little|tad|touch|smidge|lot|slightly|much|way|even|somewhat|quite)\s+)*"
    r"(?:louder|quieter|softer|lower|higher|up|down|\d|-)",
    _I,
)


def _named_mood(r: ClauseReaderBase, f: Frame) -> str | None:
    """ "music: tropical house": the words as given, unless they are one word of the table."""
    if "volume" in f.ch.audio or f.problems:
        return None
    mm = _EXPLICIT_MOOD_RE.search(_REPLACED_RE.sub(" ", f.rest))
    if mm is None or _VOLUME_WORDS_RE.match(mm.group("m")):
        return None
    words = text_value(mm.group("m"), r.quotes)
    if not words:
        return None
    table = find_music_moods(words)
    if len(table) == 1 and not _MOOD_FILLER_RE.sub(" ", MUSIC_RE.sub(" ", words)).strip():
        return table[0]  # "something more chill": the table's word
    return _MOOD_FILLER_RE.sub(" ", words.lower()).strip() or words.lower()  # "tropical house", "soft piano"


def _table_mood(r: ClauseReaderBase, f: Frame) -> str | None:
    rest = _REPLACED_RE.sub(" ", f.rest)
    mood_text = re.sub(r"\bsofter\b", " ", _VOL_DOWN_RE.sub(" ", _VOL_UP_RE.sub(" ", rest)), flags=_I)
    return find_music_mood(mood_text)


# "music more tropical", "some tropical music": a mood word the table lacks, kept as written.
_FREE_MOOD_RE = re.compile(
    r"\b(?:music|song|soundtrack|track)\s+(?:a\s+bit\s+|a\s+little\s+|much\s+|way\s+)?more\s+(?P<a>[a-z][a-z-]{3,})\s*[.!]?\s*$"
    r"|\bmore\s+(?P<b>[a-z][a-z-]{3,})\s+(?:music|song|soundtrack|track|sound)\b",
    _I,
)
_NOT_A_MOOD = frozenset(
    "music song soundtrack track sound background volume audio quiet quieter loud louder soft softer "
    "noise noisy space time".split()
)


def _free_mood(r: ClauseReaderBase, f: Frame) -> str | None:
    if "volume" in f.ch.audio or f.problems:
        return None
    m = _FREE_MOOD_RE.search(f.rest)
    if m is None:
        return None
    word = (m.group("a") or m.group("b")).lower()
    return None if word in _NOT_A_MOOD else word


# "get the music to match", "music that fits the new mood": the music the ad's mood goes with
_MATCHING_RE = re.compile(
    r"\b(?:to\s+|that\s+|which\s+)?(?:match|matches|matching|fit|fits|suit|suits|go\s+with|goes\s+with)\b"
    r"(?:\s+(?:it|that|this|the\s+(?:new\s+)?(?:mood|vibe|feel|tone|look|rest)|the\s+ad|everything))?"
    r"(?:\s+(?:too|as\s+well|now|please|pls))*\s*[.!]?\s*$",
    _I,
)


def _matching(r: ClauseReaderBase, f: Frame) -> str | None:
    if not f.has["audio"] or not _MATCHING_RE.search(f.rest):
        return None
    from adgen.pipeline.services.planner.local import MOODS

    mood = r.project.style.mood.lower().strip()
    planned = MOODS.get(mood)
    matched = planned.music_mood if planned is not None else find_music_mood(mood)
    return matched if matched and matched != r.project.style.music_mood else ""


MOOD_STEPS = (_matching, _tempo, _too_mood, _named_mood, _table_mood, _free_mood)


__all__ = ["MOOD_OPPOSITES", "read_audio", "wants_audio"]
