"""Lengths: the ad's ("make it 20 seconds", "cut it down to 10 s", "a bit longer") and a
scene's ("make the hook 3 seconds", "give the product shot 3 more seconds", "way shorter").

Part of :mod:`adgen.agent.understanding`; a step of the field reader (:mod:`fields`). A table
says whether a number is the new length or a change (+/-); "longer"/"shorter" without a number
take their step from the intensity words ("a bit", "way"), and without those the normal step
(the held-out conventions: plain "shorter" is a shrink of any size, not a question).
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import PendingQuestion
from adgen.agent.understanding import refusals
from adgen.agent.understanding.clause import OVERLAY_RE, ClauseReaderBase, Frame, Target
from adgen.agent.understanding.described_time import content_named, content_scene, which_scene_longer
from adgen.agent.understanding.idiom_complaints import LINGERS
from adgen.agent.understanding.intensity import LENGTH_DOWN, LENGTH_UP, level_of
from adgen.agent.understanding.retry import MARK
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import SHARE_PATTERN, Duration, find_durations, find_times, share_of
from adgen.project import AD_MIN_SEC, SCENE_MAX_SEC

_I = re.I
# Where the reply's number goes in the length asked about (retry's marker, its unit seconds).
LENGTH_MARK = "\u27e6value|seconds\u27e7"

_SHORTER_RE = re.compile(
    r"\b(?:shorter|shorten|trim|tighter|tighten|faster|quicker|snappier|speed\s+(?:it\s+|\w+\s+)?up|slow|drags?|dragging"
    r"|too\s+long|too\s+slow|overstays|goes\s+on\s+(?:forever|and\s+on|too\s+long)|takes\s+(?:forever|ages|too\s+long)"
    r"|lasts\s+(?:forever|ages)|drags\s+on|never\s+ends|(?:nobody|no\s+one)\s+(?:watches|will\s+watch|sits\s+through)"
    r"|attention\s+spans?|(?:a\s+(?:tad|bit|little|touch)|kind\s+of|rather|quite|pretty|way|far)\s+(?:too\s+)?long"
    # "the hook is so long", "feels super long": said of it, a complaint ("so long!" alone is a goodbye)
    r"|(?:is|are|'s|feels?|seems?|looks?)\s+(?:so|really|super|very|soo+|hella|mad|kinda|sooo+)\s+long"
    # ("30 seconds is an eternity on tiktok, people will scroll away")
    r"|(?:is|feels?\s+like|seems?\s+like|'s)\s+(?:an\s+eternity|forever|ages|a\s+lifetime)"
    # ("30 seconds is a lot for stories", "nobody is going to sit through 42 seconds")
    r"|(?:is|feels?\s+like|seems?\s+like|'s)\s+(?:a\s+bit\s+|way\s+|kinda\s+)?(?:a\s+lot|much|too\s+much)\b(?!\s+(?:of|better|more|nicer|less|too|[a-z]+er)\b)"
    r"|sit(?:ting)?\s+through"
    r"|(?:will|'ll|would|might)\s+(?:just\s+)?scroll(?:\s+(?:away|past|on))?"
    rf"|{LINGERS})\b",
    _I,
)
_NOT_SOUND = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "music",
        "voice",
        "song",
        "track",
        "audio",
        "sound",
        "voiceover",
        "voice-over",
        "narration",
        "vo",
        "beat",
    )
)
# A scene on screen too briefly, said as what the viewer misses ("flashes by", "is gone before you
# can read it", "blink and you miss it"): its screen time, never a speed of the voice or music.
_GONE_TOO_SOON = (
    r"(?:flash(?:es|ing|ed)?|goes|go|going|went|whizz?(?:es|ing)?|zips?|zipping|zoom(?:s|ing)?|flies|fly|flying|rushes|rush|"
    r"speeds|races)\s+(?:by|past)"
    r"|(?:is|'s|it's)\s+(?:over|gone)\s+(?:before|in\s+(?:a|like\s+a)\s+(?:blink|flash|second|split\s+second))"
    r"|(?:over|gone)\s+before\s+(?:you|anyone|i|people|we|viewers?)"
    r"|before\s+(?:you|anyone|anybody|i|people|we|they|viewers?|customers?|parents|folks)\s+"
    r"(?:can|could|even|get\s+to|(?:get|have)\s+(?:a\s+chance|time)\s+to)\s+(?:even\s+)?"
    # ("the number disappears before anyone can write it down": what the viewer does with it)
    r"(?:read|see|take|catch|register|write|note|jot|copy|dial|call|scan|screenshot|remember|grab|snap|clock)"
    # ("flashes by, nobody will catch the date": the viewer misses what it says)
    r"|(?:nobody|no\s+one|noone|nobody'?ll|no\s+one'?ll)\s+(?:will\s+|would\s+|can\s+|could\s+|is\s+going\s+to\s+|gonna\s+)?"
    r"(?:ever\s+)?(?:catch|clock|read|get|note|remember|see)\s+(?:the|that|this|our|a|it)\b(?=[^,;.!?]*\b(?:in\s+time|date|number|"
    r"phone|code|price|address|url|website|site|time|times|details?|offer|name|day|link)\b)"
    # ("the end card is over far too quickly", "the hook ends way too soon", "vanishes too fast")
    # (never the music's or the voice's end: "the music ends too early" is no scene's screen time)
    rf"|{_NOT_SOUND}(?:is|are|'s|it's)\s+(?:over|gone|done|finished)\s+(?:(?:far|way|much|a\s+bit|a\s+little|kinda)\s+)?"
    r"too\s+(?:quickly|soon|fast|early)"
    rf"|{_NOT_SOUND}(?:ends?|finish(?:es)?|disappears?|vanish(?:es)?|cuts?\s+(?:out|off|away))\s+"
    r"(?:(?:far|way|much|a\s+bit|a\s+little|kinda)\s+)?too\s+(?:quickly|soon|fast|early)"
    # ("I can't even finish reading it", "nobody can finish reading the line")
    r"|(?:can'?t|cannot|couldn'?t|can\s+not)\s+(?:even\s+)?finish\s+reading"
    r"|blink\s+and\s+you(?:'ll|\s+will)?\s+miss|(?:can'?t|cannot|couldn'?t)\s+(?:even\s+)?(?:read|catch)\s+(?:it|the\s+\w+)\s+in\s+time"
)
_GONE_TOO_SOON_RE = re.compile(rf"\b(?:{_GONE_TOO_SOON})\b", _I)
_LONGER_RE = re.compile(
    rf"\b(?:{_GONE_TOO_SOON}|longer|lengthen|extend|slower|more\s+time|too\s+short|too\s+(?:quick|fast)|abrupt(?:ly)?|rushed"
    r"|(?:a\s+(?:tad|bit|little|touch)|kind\s+of|rather|quite|pretty|way|far)\s+(?:too\s+)?short"
    r"|(?:is|are|'s|feels?|seems?|looks?)\s+(?:so|really|super|very|soo+|hella|kinda)\s+short)\b",
    _I,
)
# A complaint about a length names the problem and so the direction: it takes the normal step
# ("the middle bit drags", "the end card feels rushed"); plain "shorter" takes it too.
LENGTH_COMPLAINT_RE = re.compile(
    rf"\b(?:{_GONE_TOO_SOON}|drags?|dragging|too\s+(?:long|short)|overstays|goes\s+on|takes\s+(?:forever|ages)"
    r"|lasts\s+(?:forever|ages)|never\s+ends|rushed|abrupt(?:ly)?|(?:a\s+(?:tad|bit|little|touch)|kind\s+of|rather|quite|pretty|way|far)\s+(?:long|short)|(?:will|would|might|'ll)\s+scroll|boring"
    r"|an\s+eternity|a\s+lifetime"
    r"|(?:is|feels?\s+like|seems?\s+like|'s)\s+(?:a\s+bit\s+|way\s+|kinda\s+)?(?:a\s+lot|much|too\s+much)(?!\s+(?:of|better|more|nicer)\b)"
    rf"|{LINGERS})\b",
    _I,
)
# Words that are about the length itself: said plainly, they take the normal step.
_PLAIN_LENGTH_RE = re.compile(r"\b(?:shorter|shorten|trim|tighter|tighten|longer|lengthen|extend)\b", _I)
# "feels slow", "kinda slow": a complaint about the pace, which a shorter scene fixes.
_SLOW_RE = re.compile(r"\b(?:feels?|is|'s|looks?|seems?|too|so|kinda|bit|little)\s+slow\b", _I)
# "5x faster", "3 times longer": a multiple, not a step.
_TIMES_RE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:x|times)\b|\b\d+x\b", _I)
# "20 seconds total", "the whole ad": the ad's length even after naming a scene.
_WHOLE_AD_RE = re.compile(
    r"\b(?:total|overall|in\s+total|altogether|whole\s+(?:ad|video|thing)|entire)\b", _I
)
# "15 seconds is a lot": the complaint's "a lot" is no size of the step ("way shorter" is).
_A_LOT_RE = re.compile(
    r"\b(?:is|feels?\s+like|seems?\s+like|'s)\s+(?:a\s+bit\s+|way\s+|kinda\s+)?(?:a\s+lot|much|too\s+much)\b",
    _I,
)
# A clause that is only a value ("no, 5", "5 then", "actually make it 5"): after a scene's length
# was set, it corrects that length.
_BARE_VALUE_RE = re.compile(
    # ("actually make that 6", "change it to 6": "that" is the length just set)
    r"^\W*(?:(?:no|nope|nah|sorry|actually|wait|hmm+|oh|ok(?:ay)?|i\s+meant|make\s+(?:it|that)|"
    r"(?:change|set|put)\s+(?:it|that)(?:\s+to)?|try|then|instead|rather|please|just|"
    # ("the showcase drags, cut it to 5 s": the scene just made shorter, cut to that length)
    r"(?:cut|trim|shorten|chop|bring|take|get)\s+(?:it|that)(?:\s+(?:down|back))?(?:\s+to)?|pls|plz)\b\W*)*$",
    _I,
)
_LENGTH_NOUN = r"(?:length|duration|time|runtime|running\s+time|screen\s*time)"
# A length multiplied, not set: (pattern, factor); "double the length of the hook", "cut the
# hook in half", "make the cta twice as long", "halve its duration". A row per way of saying it.
LENGTH_TIMES: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern, _I), factor)
    for pattern, factor in (
        (rf"\b(?:double|twice)\s+(?:\S+\s+){{0,3}}?{_LENGTH_NOUN}\b|\btwice\s+as\s+long\b", 2.0),
        (
            rf"\btriple\s+(?:\S+\s+){{0,3}}?{_LENGTH_NOUN}\b|\b(?:three\s+times|3x)\s+as\s+long\b",
            3.0,
        ),
        (
            rf"\b(?:cut|chop|trim|slice|split)\s+(?:\S+\s+){{0,4}}?(?:in|by)\s+(?:a\s+)?half\b(?!\s+(?:a\s+)?(?:second|sec|minute|min)s?\b)"
            rf"|\bhalve\s+(?:\S+\s+){{0,3}}?{_LENGTH_NOUN}\b|\bhalf\s+as\s+long\b"
            rf"|\bhalf\s+(?:the\s+|its\s+|their\s+){_LENGTH_NOUN}\b"
            # ("how long is the splash bit?" … "make it half that": the length just said, halved)
            r"|\bhalf\s+(?:of\s+)?that\b(?!\s+(?:size|big|large|loud|volume|text|font|colou?r|bright))",
            0.5,
        ),
    )
)


_HALF_THAT_RE = re.compile(r"half\s+(?:of\s+)?that\b", _I)


# "cut the middle scene by a third", "trim a quarter off the hook", "make the cta a third longer":
# a share of the length taken off or added. The shares, and the two ways of saying the change.
# ("by half a second" is a length taken off, no share: sweep 40 halved the hook)
_SHARE = SHARE_PATTERN + r"(?!\s+(?:a\s+|an\s+)?(?:second|sec|minute|min)s?\b)"
_SHARE_ROWS: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        re.compile(
            r"\b(?:cut|trim|shorten|reduce|shave|chop|snip|take|knock|decrease|drop)\b[^,;.!?]{0,40}?\b(?:by|off)\s+"
            + _SHARE
            + r"\b|\b(?<!\band\s)(?<!\band\sa\s)"
            + _SHARE.replace("share", "share2")
            + r"\s+(?:off|shorter|less)\b",
            _I,
        ),
        -1,
    ),
    (
        re.compile(
            r"\b(?:longer|extend|lengthen|stretch|increase|grow)\b[^,;.!?]{0,40}?\bby\s+"
            + _SHARE
            # ("a second and a half longer": 1.5 s more, no share of the length)
            + r"\b|\b(?<!\band\s)(?<!\band\sa\s)"
            + _SHARE.replace("share", "share2")
            + r"\s+(?:longer|more)\b",
            _I,
        ),
        1,
    ),
)


def _share_times(text: str) -> tuple[float, tuple[int, int]] | None:
    """The factor of a share taken off or added ("by a third" off: 2/3), or None."""
    for pattern, sign in _SHARE_ROWS:
        m = pattern.search(text)
        if m:
            share = share_of(m.group("share") or m.group("share2"))
            return 1 + sign * share, m.span()
    return None


# "three times as long", "10x longer", "make it 4 times the length": a multiple of the length
# said as so many times (the number read by find_times).
_TIMES_LONG_RE = re.compile(
    rf"^\s*(?:as\s+long|longer|(?:the|its|their)\s+(?:current\s+)?{_LENGTH_NOUN}|over)\b", _I
)


def length_times(text: str) -> tuple[float, tuple[int, int]] | None:
    """The factor a length is multiplied by, and where the clause says it, or None."""
    for pattern, factor in LENGTH_TIMES:
        m = pattern.search(text)
        if m:
            return factor, m.span()
    times = find_times(text)
    if times is not None and times.factor > 1 and _TIMES_LONG_RE.match(text[times.end :]):
        end = times.end + _TIMES_LONG_RE.match(text[times.end :]).end()  # type: ignore[union-attr]
        return times.factor, (times.start, end)
    return _share_times(text)


# Is the number a change? (where to look, pattern, sign); the first row that matches decides.
SIGN_ROWS: tuple[tuple[str, re.Pattern[str], int], ...] = tuple(
    (where, re.compile(pattern, _I), sign)
    for where, pattern, sign in (
        ("before", r"\b(?:cut|trim|shave|take|remove|minus|less|knock|chop|snip|lop)\b.*$", -1),
        (
            "by",
            r"\b(?:shorten|shorter|reduce|cut|trim|shave|chop|snip|knock|decrease|drop|lower|speed\s+up|less)\b",
            -1,
        ),
        # ("it by 2 seconds" says no direction: asked, not guessed; see _set)
        ("by", r"\b(?:extend|lengthen|longer|increase|add|stretch|slow\s+down|grow|expand|up|more)\b", 1),
        # "the hook is 2 seconds too long", "a second too short": the excess, taken off or added
        ("after", r"^\s*(?:(?:way|far|much|a\s+bit)\s+)?too\s+(?:long|slow)\b", -1),
        ("after", r"^\s*(?:(?:way|far|much|a\s+bit)\s+)?too\s+(?:short|quick|fast)\b", 1),
        ("after", r"^\s*(?:longer|more|extra)\b", 1),
        ("after", r"^\s*(?:shorter|less|fewer)\b", -1),
        (
            "before",
            # ("give it 5 seconds" is its new length; "give it an extra 5 / another 5" adds)
            r"\b(?:add|plus|another|extra|additional)\s*(?:an?\s+|another\s+|extra\s+)?$",
            1,
        ),
        (
            "before",
            r"\b(?:cut|trim|shave|take|remove|drop|lose|minus|knock|chop|snip|lop)\s+(?:off\s+)?$",
            -1,
        ),
        # "knock 1s off the ending", "lop two seconds off the intro": so much taken off
        ("after", r"^\s*off\b(?!\s+(?:to|at|from)\b)", -1),
    )
)


# "halve the hook", "double the cta": a scene halved or doubled is its length (the scene named,
# nothing else said; "halve the hook text" is its size).
_SCENE_TIMES_RE = re.compile(
    r"^\W*(?:(?:please|pls|now|and|then|ok(?:ay)?|just|also)\s+)*(?P<v>double|halve|triple)\s+(?:the\s+)?\W*$",
    _I,
)
_SCENE_FACTOR = {"double": 2.0, "halve": 0.5, "triple": 3.0}


# "30 seconds is an eternity", "20s feels way too long": the length is what the words judge.
_LENGTH_AS_SUBJECT_RE = re.compile(
    r"^\s*(?:is|are|feels?|seems?|looks?|'s)\s+(?:(?:just|way|far|much|a\s+bit|kind\s+of|really|so|like)\s+)*"
    r"(?:too\s+(?:long|short)|an\s+eternity|forever|ages|a\s+lifetime|too\s+much|nothing|not\s+enough)\b",
    _I,
)


# "make the cta twice as long as the hook", "the hook the same length as the cta": a length given
# by another scene's, which is the measure and never changed. (words, factor) rows.
_AS_LONG_FACTORS: tuple[tuple[str, float], ...] = (
    (r"twice|double", 2.0),
    (r"three\s+times|triple", 3.0),
    (r"half", 0.5),
    (r"", 1.0),
)
_AS_LONG_AS_RE = re.compile(
    r"\b(?:(?P<f>twice|double|three\s+times|triple|half)\s+)?(?:as\s+long\s+as|the\s+(?:same\s+)?length\s+(?:of|as)"
    r"|the\s+same\s+length\s+as)\s+(?P<ref>.+)$",
    _I,
)


# "the cta should be 2 seconds longer than the hook", "a second shorter than the showcase": the
# measure's length and so much more or less (the measure is never changed). (pattern, sign) rows.
_THAN_ROWS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:longer|more)\s+than\s+(?P<ref>.+)$", _I), 1),
    (re.compile(r"\b(?:shorter|less)\s+than\s+(?P<ref>.+)$", _I), -1),
)


_A_SECOND_RE = re.compile(r"\b(?:a|one)\s+(?:second|sec)\s*$", _I)


def _than_another(f: Frame) -> tuple[re.Match[str], int, float | None] | None:
    """The "than …" match, its sign and the seconds added, when a length is given by another
    scene's and so many seconds more or less (None seconds: "a bit longer than the hook", no
    number at all); None otherwise."""
    for pattern, sign in _THAN_ROWS:
        m = pattern.search(f.body)
        if m is None:
            continue
        durations = [d.seconds for d in find_durations(f.body[: m.start()]) if not d.more]
        if not durations and _A_SECOND_RE.search(f.body[: m.start()]):
            durations = [1.0]  # "a second shorter than …" (no duration alone: "a second scene")
        if len(durations) == 1:
            return m, sign, sign * durations[0]
        if not durations and not re.search(r"\d", f.body[: m.start()]):
            return m, sign, None
    return None


def _as_long_as(r: ClauseReaderBase, f: Frame) -> bool:
    """The named scenes set to a multiple of another scene's length, or to it and so many seconds
    more or less; True when the clause says so."""
    if f.target.ids is None:
        return False
    m = _AS_LONG_AS_RE.search(f.body)
    added: float | None = 0.0
    sign = 1
    if m is None:
        than = _than_another(f)
        if than is None:
            return False
        m, sign, added = than
    refs = [ref for ref in find_scene_refs(m.group("ref"), r.project, r.quotes) if ref.ids and not ref.error]
    if len(refs) != 1 or len(refs[0].ids) != 1:
        return False
    measure = refs[0].ids[0]
    word = (m.groupdict().get("f") or "").lower()
    factor = next(value for pattern, value in _AS_LONG_FACTORS if re.fullmatch(pattern, word, _I))
    targets = [sid for sid in f.target.ids if sid != measure]
    if not targets:
        return False
    for sid in targets:
        if added is None:
            # "make the cta a bit longer than the hook": past the hook's length and its own, by a
            # fifth (the hook, named as the measure, was lengthened too: a wrong edit)
            now, theirs = r.project.scene(sid).duration_sec, r.project.scene(measure).duration_sec
            length = max(now, theirs) * 1.2 if sign > 0 else min(now, theirs) * 0.8
        else:
            length = r.project.scene(measure).duration_sec * factor + added
        f.ch.scene_of(sid)["duration_sec"] = max(0.5, round(length, 2))
    f.consumed.append((0, len(f.rest)))
    f.topic = f.topic or "scene"
    return True


def read_duration(r: ClauseReaderBase, f: Frame) -> None:
    if _as_long_as(r, f):
        return
    times = length_times(f.rest)
    whole = _SCENE_TIMES_RE.match(f.rest)
    if times is None and whole and f.target.explicit and f.target.ids:
        times = _SCENE_FACTOR[whole.group("v").lower()], whole.span("v")
    # ("increase the cta text by a fifth": the text's size, read by text_edits, never its length)
    # ("2x longer" right after new words for a scene: asked, see _length_after_words)
    text_only = f.has["overlay"] and (
        not re.search(rf"\b(?:long|longer|{_LENGTH_NOUN})\b", f.rest, _I) or bool(_TIMES_RE.search(f.rest))
    )
    if (
        times is not None
        and (f.target.ids is None or f.target.explicit)
        and _HALF_THAT_RE.match(f.rest[times[1][0] : times[1][1]])
    ):
        # ("half that" with no scene spoken of: the length it means is unsaid; "make the hook half
        # that" after the showcase was set: "that" is the showcase's length, not the hook's)
        times = None
    if times is not None and not (f.has["audio"] or f.has["product"] or text_only):
        _multiply(r, f, times[0])
        f.consumed.append(times[1])
        return
    durations = [d for d in find_durations(f.rest) if not any(s <= d.start < e for s, e in f.consumed)]
    if not durations and not (f.has["audio"] or f.has["overlay"] or f.has["product"] or f.has["brand"]):
        durations = bare_length(f.rest)
    if (
        durations
        and _LENGTH_AS_SUBJECT_RE.match(f.rest[durations[0].end :])
        and not _complains_of_current(r, f, durations[0])
    ):
        # "18 seconds is forever for reels" of a 15 s ad: a length judged, not the one asked for
        f.consumed.append((durations[0].start, durations[0].end))
        _ask_length(r, f)
        return
    if durations and _complains_of_current(r, f, durations[0]):
        # "30 seconds is too long for TikTok": the current length, complained about.
        f.consumed.append((durations[0].start, durations[0].end))
        _relative(r, f)
    elif durations and _bounded(r, f, durations[0]):
        f.consumed.extend((d.start, d.end) for d in durations)
        f.topic = f.topic or "scene"
    elif durations:
        _set(r, f, _from_to(f.rest, durations))
        f.consumed.extend((d.start, d.end) for d in durations)
        f.topic = f.topic or "scene"
    elif (_SHORTER_RE.search(f.rest) or _LONGER_RE.search(f.rest)) and not (
        # ("the tagline is too long": the brand's words, not the ad's length)
        f.has["audio"] or f.has["overlay"] or f.has["product"] or f.has["brand"]
    ):
        _relative(r, f)
    elif _length_after_words(r, f):
        # "make it shorter", "2x longer" right after new words for a scene: its length most likely,
        # never its words; asked, the reply ("5") setting that scene's length
        _ask_length(r, f)
        sid = f.target.ids[0] if f.target.ids else ""
        f.questions[-1] = (
            f"Do you mean how long {r._label(sid)} stays on screen? It is "
            f"{r.project.scene(sid).duration_sec:g} s now: say how long, or the new words if you meant the text."
        )
        f.pending.question = f.questions[-1]


# "length from 12 s to 20 s", "take it from 15s -> 20s": the length now, then the one asked for
_FROM_RE = re.compile(r"\bfrom\s+$", _I)
_TO_RE = re.compile(r"^\s*(?:to|->|→|into|up\s+to|down\s+to)\s*$", _I)


def _from_to(rest: str, durations: list[Duration]) -> Duration:
    """The length asked for: the "to" one of "from X to Y" (whatever X is), else the first."""
    if len(durations) >= 2 and _FROM_RE.search(rest[: durations[0].start]):
        if _TO_RE.match(rest[durations[0].end : durations[1].start]):
            return durations[1]
    return durations[0]


def _length_after_words(r: ClauseReaderBase, f: Frame) -> bool:
    """A plain length word ("shorter", "2x longer", "20% shorter") about "it" when "it" is the
    text of one scene just changed: the text said by nothing but the conversation."""
    return (
        f.has["overlay"]
        and r.ctx.carried
        and r.ctx.topic == "overlay"
        and not OVERLAY_RE.search(f.rest)
        and f.target.ids is not None
        and len(f.target.ids) == 1
        and not (f.has["audio"] or f.has["product"] or f.has["brand"])
        and bool(_PLAIN_LENGTH_RE.search(f.rest) or _PERCENT_LENGTH_RE.search(f.rest))
    )


# "longer than 3 seconds", "at least 5 s", "under 10 seconds", "no more than 5 s": a bound the
# length must meet, never the length itself (read as one, "longer than 3 seconds" set 3 s and "no
# more than 5" lengthened a 4 s cta to 5). (where, pattern, kind) rows; kind ">" and "<" are strict.
_BOUND_ROWS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (where, re.compile(pattern, _I), kind)
    for where, pattern, kind in (
        (
            "before",
            r"\b(?:at\s+least|no\s+(?:less|shorter)\s+than|not\s+(?:less|shorter)\s+than|(?:a\s+)?min(?:imum)?(?:\s+of)?)\s+$",
            ">=",
        ),
        ("before", r"\b(?:(?:shorter|less)\s+than|under|below|beneath)\s+(?:about\s+|around\s+)?$", "<"),
        (
            "before",
            r"\b(?:at\s+most|no\s+(?:more|longer)\s+than|not\s+(?:more|longer)\s+than|(?:a\s+)?max(?:imum)?(?:\s+of)?|within)\s+$",
            "<=",
        ),
        # (after the rows above: "no more than 5" is at most 5)
        ("before", r"\b(?:(?:longer|more|greater)\s+than|over|above)\s+(?:about\s+|around\s+)?$", ">"),
        ("after", r"^\s*(?:or\s+(?:more|longer|over|above)|minimum|min|at\s+(?:the\s+)?least)\b", ">="),
        (
            "after",
            r"^\s*(?:or\s+(?:less|shorter|under|below)|max(?:imum)?|tops|at\s+(?:the\s+)?most)\b",
            "<=",
        ),
    )
)


# "fade the text in over 2 seconds": how long a change takes, no length of a scene or the ad
_GRADUAL_RE = re.compile(
    r"\b(?:fade|dissolve|animat|slide|zoom|pan|transition|ramp|build|spread|reveal|type)\w*", _I
)


def _bound_kind(rest: str, d: Duration) -> tuple[str, tuple[int, int]] | None:
    """The bound's kind and where its words are, when the length is said as one."""
    if d.more or _GRADUAL_RE.search(rest):
        return None
    for where, pattern, kind in _BOUND_ROWS:
        m = pattern.search(rest[: d.start] if where == "before" else rest[d.end :])
        if m is not None:
            offset = 0 if where == "before" else d.end
            return kind, (offset + m.start(), offset + m.end())
    return None


def _meeting(current: float, kind: str, bound: float) -> float | None:
    """The length that meets the bound: None when ``current`` already does; else the bound itself
    for "at least"/"at most", and a second past it for "longer than"/"under" (the smallest change
    a marketer would notice; half the bound when a second would leave nothing)."""
    if kind == ">":
        return None if current > bound else bound + 1
    if kind == ">=":
        return None if current >= bound else bound
    if kind == "<":
        return None if current < bound else (bound - 1 if bound > 2 else bound / 2)
    return None if current <= bound else bound


_BOUND_WORDS = {">": "longer than", ">=": "at least", "<": "shorter than", "<=": "no longer than"}


def _bounded(r: ClauseReaderBase, f: Frame, d: Duration) -> bool:
    """A length given as a bound ("make the cta longer than 3 seconds"): each scene named (else the
    ad) set to a length that meets it, and left as it is when it meets it already (said so, nothing
    changed); True when the clause gives a bound."""
    bound = _bound_kind(f.rest, d)
    if bound is None:
        return False
    kind = bound[0]
    f.consumed.append(bound[1])
    target = f.target
    whole = _WHOLE_AD_RE.search(f.rest) or target.ids is None and not target.each
    if (
        not whole
        and not target.explicit
        and d.seconds >= AD_MIN_SEC
        and not _ITS_LENGTH_RE.search(f.rest)
        and not (r.ctx.asked and target.ids == r.ctx.targets)
    ):
        whole = True  # as a set length: "keep it under 30 seconds" after naming a scene is the ad's
    if whole:
        new = _meeting(r.project.duration_sec, kind, d.seconds)
        if new is None:
            f.problems.append(
                f"The ad is {r.project.duration_sec:g} s, already {_BOUND_WORDS[kind]} {d.seconds:g} s; I left it."
            )
        else:
            f.ch.duration = new
        return True
    ids = target.ids if target.ids is not None else [s.id for s in r.project.scenes]
    met = []
    for sid in ids:
        new = _meeting(r.project.scene(sid).duration_sec, kind, d.seconds)
        if new is None:
            met.append(sid)
        else:
            f.ch.scene_of(sid)["duration_sec"] = new
    if len(met) == len(ids):
        lengths = ", ".join(f"{r._label(sid)} is {r.project.scene(sid).duration_sec:g} s" for sid in met)
        f.problems.append(
            f"{lengths[0].upper()}{lengths[1:]}, already {_BOUND_WORDS[kind]} {d.seconds:g} s; I left it."
        )
    return True


# "cut it to 30", "trim the ad down to 20", "set the length to 25": a number with no unit after a
# verb or noun of length is seconds
_BARE_LENGTH_RE = re.compile(
    r"\b(?:cut|trim|shorten|chop|bring|get|take|stretch|extend|lengthen|length|duration|runtime|run\s*time)\b"
    r"[^.,;!?\d]{0,30}?\b(?:down\s+|up\s+)?to\s+(?:just\s+|only\s+|about\s+)?(?P<n>\d{1,3})\b"
    r"(?!\s*(?:%|px|pt|x\b|times|points?|pixels?|percent)|[.,]\d)",
    _I,
)


def bare_length(rest: str) -> list[Duration]:
    """A number with no unit that the words around it make a length ("cut it to 30")."""
    m = _BARE_LENGTH_RE.search(rest)
    return [Duration(m.start("n"), m.end("n"), float(m.group("n")))] if m else []


def _complains_of_current(r: ClauseReaderBase, f: Frame, d: Duration) -> bool:
    """The number is the length it has now, and the words say it is too long or too short."""
    if not (_SHORTER_RE.search(f.rest) or _LONGER_RE.search(f.rest)) or d.more:
        return False
    ids = f.target.ids if f.target.explicit and f.target.ids else None
    current = r.project.scene(ids[0]).duration_sec if ids and len(ids) == 1 else r.project.duration_sec
    return abs(current - d.seconds) < 0.05


def _sign(rest: str, d: Duration) -> int:
    before, after = rest[: d.start], rest[d.end :]
    if d.more:
        return -1 if SIGN_ROWS[0][1].search(before) else 1
    by = re.search(r"\bby\s*$", before, _I)
    for where, pattern, sign in SIGN_ROWS[1:]:
        if where == "by":
            if by and pattern.search(rest):
                return sign
            continue
        if pattern.search(before if where == "before" else after):
            return sign
    return 0


# "give it 5 seconds", "give that one 6 s": the time the scene just named is given.
_GIVE_IT_RE = re.compile(
    r"\bgive\s+(?:it|that|this)(?:\s+(?:one|card|scene|slide|screen|bit))?\s+"
    r"(?:(?:like|about|around|roughly|maybe|just|only|a\s+good|a\s+full|a\s+solid)\s+)*$",
    _I,
)


# "…, and reduce its duration to 5 seconds" after naming a scene: "its" is that scene's.
_ITS_LENGTH_RE = re.compile(
    r"\bits\s+(?:duration|length|running\s+time|runtime|screen\s+time|time\s+on\s+screen)\b", _I
)


def _set(r: ClauseReaderBase, f: Frame, d: Duration) -> None:
    sign = _sign(f.rest, d)
    ids = f.target.ids
    now = r.project.scene(ids[0]).duration_sec if ids and len(ids) == 1 else r.project.duration_sec
    if not sign and not d.more and d.seconds <= now + 0.05 and _GONE_TOO_SOON_RE.search(f.rest):
        # "the cta flashes by in 2 seconds": how long it is now, said as too short; longer than now
        _relative(r, f)
        return
    if not sign and not d.more and re.search(r"\bby\s*$", f.rest[: d.start], _I):
        # "tirm it by 2 seconds" with the verb unread: a change by an amount, direction unknown.
        f.questions.append(f"Longer or shorter by {d.seconds:g} s?")
        return
    if d.seconds < 0 and not sign:
        kind = (
            "scene_duration"
            if f.target.ids is not None and not _WHOLE_AD_RE.search(f.rest)
            else "ad_duration"
        )
        f.problems.append(refusals.out_of_range(kind, d.seconds) or "")
        return
    target = f.target
    seconds = d.seconds
    keeps_scene = (
        target.ids is not None
        and (
            (
                _BARE_VALUE_RE.match(f.rest[: d.start] + f.rest[d.end :])
                and (set(target.ids) <= set(r.ctx.resized) != set())
            )
            # "how long is the hook?" -> "change that to 5 seconds": the scene asked about
            or (r.ctx.asked and target.ids == r.ctx.targets and len(target.ids) == 1)
            # "the hook: text bigger and give it 5 seconds": a scene is given a time, an ad a length
            or (not r.ctx.carried and _GIVE_IT_RE.search(f.rest[: d.start]) and seconds <= SCENE_MAX_SEC)
            # "the showcase drags, cut it to 5 s": the scene whose length this message just spoke of
            or (
                not r.ctx.carried
                and r.ctx.topic == "scene"
                and target.ids == r.ctx.targets
                and len(target.ids) == 1
                and _BARE_VALUE_RE.match(f.rest[: d.start] + f.rest[d.end :])
            )
        )
    )
    if _WHOLE_AD_RE.search(f.rest) or (
        not target.explicit
        and target.ids is not None
        and not sign
        and seconds >= AD_MIN_SEC
        and not keeps_scene
        and not _ITS_LENGTH_RE.search(f.rest)
    ):
        # "make it 20s" after naming a scene still means the ad; "make it 3 seconds" (too
        # short for an ad) means that scene.
        target = Target(None)
    if target.ids is not None or target.each:
        ids = target.ids if target.ids is not None else [s.id for s in r.project.scenes]
        for sid in ids:
            current = r.project.scene(sid).duration_sec
            f.ch.scene_of(sid)["duration_sec"] = round(current + sign * seconds, 2) if sign else seconds
        return
    f.ch.duration = round(r.project.duration_sec + sign * seconds, 2) if sign else seconds


# "20% shorter", "speed the whole thing up by 20%", "50% longer", "cut 25% of the length": the
# length times the percentage as said (a faster ad is a shorter one).
_PCT = r"(?P<p>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)"
_PERCENT_LENGTH_RE = re.compile(
    rf"{_PCT}\s+(?:(?P<up>longer|slower)|(?P<down>shorter|faster|quicker|snappier))\b"
    r"|\b(?:(?P<up2>lengthen|extend|slow\s+(?:\w+\s+){0,3}?down)|(?P<down2>shorten|trim|speed\s+(?:\w+\s+){0,3}?up))"
    rf"(?:\s+(?:\w+\s+){{0,3}}?)?\s*by\s+{_PCT.replace('?P<p>', '?P<q>')}",
    _I,
)


def _percent_length(r: ClauseReaderBase, f: Frame) -> bool:
    """The length changed by a percentage, when the clause says one; True when it did."""
    m = _PERCENT_LENGTH_RE.search(f.rest)
    if m is None:
        return False
    percent = float(m.group("p") or m.group("q"))
    up = bool(m.group("up") or m.group("up2"))
    if not 0 < percent < (300 if up else 100):
        return False
    _multiply(r, f, 1 + percent / 100 if up else 1 - percent / 100)
    return True


def _relative(r: ClauseReaderBase, f: Frame) -> None:
    """ "a bit longer", "way shorter": a step by the intensity words; plain "shorter" the normal
    step (asking "how long?" answered nothing the request had not already said: shorter); a
    plain speed ("faster") or a multiple ("5x faster") asks."""
    if _percent_length(r, f):
        return
    level = level_of(_A_LOT_RE.sub(" ", f.rest))
    if _TIMES_RE.search(f.rest) or (
        level == "normal"
        and not (
            _PLAIN_LENGTH_RE.search(f.rest) or LENGTH_COMPLAINT_RE.search(f.rest) or _SLOW_RE.search(f.rest)
        )
    ):
        # "5x faster", "speed it up": a speed, which may be the voice's or the music's as well as
        # the ad's length; asked, never a guessed step.
        _ask_length(r, f)
        return
    factor = (LENGTH_UP if _LONGER_RE.search(f.rest) else LENGTH_DOWN)[level]
    if f.target.ids is None and factor > 1 and content_named(f.rest) and _GONE_TOO_SOON_RE.search(f.rest):
        shown = content_scene(f.rest, r.project)
        if shown is not None:  # "the closing date whizzes past": the one card that shows a date
            f.ch.scene_of(shown.id)["duration_sec"] = max(0.5, round(shown.duration_sec * factor, 1))
            f.topic = f.topic or "scene"
            return
        # "the number disappears before anyone can note it" with no scene found: which one, asked;
        # the reply ("scene 4", "the cta") is that scene made longer
        question = which_scene_longer([r._label(s.id) for s in r.project.scenes])
        f.questions.append(question)
        f.pending = PendingQuestion(question=question, retry=f"make {MARK} longer", value_kind="scene")
        return
    if f.target.ids is not None and not _WHOLE_AD_RE.search(f.rest):
        for sid in f.target.ids:
            current = r.project.scene(sid).duration_sec
            f.ch.scene_of(sid)["duration_sec"] = max(0.5, round(current * factor, 1))
    else:
        f.ch.duration = round(r.project.duration_sec * factor, 1)
    f.topic = f.topic or "scene"


def _multiply(r: ClauseReaderBase, f: Frame, factor: float) -> None:
    """ "double the length of the hook": each scene named, else the ad, times ``factor``."""
    if f.target.ids is not None and not _WHOLE_AD_RE.search(f.rest):
        for sid in f.target.ids:
            current = r.project.scene(sid).duration_sec
            length = round(current * factor, 2)
            # ("make the hook ten times as long": refused with the range, nothing changed)
            problem = refusals.out_of_range("scene_duration", length) if factor > 1 else None
            if problem:
                f.problems.append(problem)
                return
            f.ch.scene_of(sid)["duration_sec"] = max(0.5, length)
    else:
        length = round(r.project.duration_sec * factor, 1)
        problem = refusals.out_of_range("ad_duration", length) if factor > 1 else None
        if problem:
            f.problems.append(problem)
            return
        f.ch.duration = length
    f.topic = f.topic or "scene"


def _ask_length(r: ClauseReaderBase, f: Frame) -> None:
    """How long, asked; the reply ("20", "20ish is fine", "the max") fills the length asked about
    (:mod:`retry`), so a bare number after the question is that length."""
    question = length_question(r, f.target)
    f.questions.append(question)
    if f.target.ids and len(f.target.ids) == 1:
        place = [s.id for s in r.project.scenes].index(f.target.ids[0]) + 1
        template, kind = f"make scene {place} {LENGTH_MARK}", "scene_duration"
    else:
        template, kind = f"make the ad {LENGTH_MARK}", "ad_duration"
    f.pending = PendingQuestion(question=question, retry=template, value_kind=kind)


def length_question(r: ClauseReaderBase, target: Target) -> str:
    if target.ids and len(target.ids) == 1:
        scene = r.project.scene(target.ids[0])
        return f"How long should {r._label(scene.id)} be? It is {scene.duration_sec:g} s now."
    return f"How long should the ad be? It is {r.project.duration_sec:g} s now."


__all__ = [
    "LENGTH_COMPLAINT_RE",
    "LENGTH_TIMES",
    "SIGN_ROWS",
    "length_times",
    "length_question",
    "read_duration",
]
