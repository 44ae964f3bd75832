"""Platform presets in words (issue 16) -> ``add_presets``, ``remove_presets``, ``set_presets``.

Part of :mod:`adgen.agent.understanding`. Marketers post to platforms, not aspect ratios: "make
a TikTok and a Reels version", "add 4:5 for the feed", "I only need the square one", "drop
YouTube", "reels only". Two tables:

- ``PLATFORM_WORDS``: what marketers type for each preset (the preset table's own names and
  aliases, and chat words such as "insta feed", "the square one"), longest phrase first;
- ``ACTIONS``: the words that say what to do with the platforms named (only -> set, drop ->
  remove, add / a version / too -> add), the most specific first.

A clause is a platform request when it names a platform and an action (or a "version" of it)
and nothing else an edit could be about (a length, a text, the music: "30 s is too long for
TikTok" is about the length). Bare names ("and Stories") continue the last platform request.
A platform adgen has no preset for ("a Snapchat version") is refused with the ones it has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from adgen.platforms.presets import PresetTable, builtin_table
from adgen.tools import operations as ops

_I = re.I

# Chat words for presets, beyond the table's names and aliases. A row is a phrase -> preset id.
EXTRA_WORDS: dict[str, str] = {
    "tik tok": "tiktok",
    "tik-tok": "tiktok",
    "insta reels": "reels",
    "instagram reel": "reels",
    "ig reel": "reels",
    "insta stories": "stories",
    "insta story": "stories",
    "instagram story": "stories",
    "insta feed": "meta_feed",
    "instagram feed": "meta_feed",
    "ig feed": "meta_feed",
    "facebook feed": "meta_feed",
    "fb feed": "meta_feed",
    "the feed": "meta_feed",
    "meta": "meta_feed",
    "4x5": "meta_feed",
    "4 by 5": "meta_feed",
    "square one": "square_feed",
    "square version": "square_feed",
    "squares": "square_feed",
    "yt shorts": "shorts",
    "youtube shorts": "shorts",
}
# Table aliases too loose to read as a platform in a sentence ("make it short", "tell a story").
LOOSE_ALIASES = frozenset({"short", "story", "tt"})
# Names of several presets: a request naming one of them asks which (a row: words -> presets).
AMBIGUOUS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"instagram|insta|ig", ("reels", "stories", "meta_feed")),
    (r"facebook|fb", ("stories", "meta_feed")),
    (r"vertical|9:16|9x16|portrait", ("tiktok", "reels", "stories", "shorts")),
)
# A name of several presets beside a platform of one frame that one of them shares: that one
# ("make it for tiktok and instagram": the vertical ad on Instagram, its Reels). A row: the
# ambiguous words, the words of the platform beside them, the phrase read instead.
PAIRED_WORDS: tuple[tuple[str, str, str], ...] = (
    (r"instagram|insta|ig", r"tiktok|tik[\s-]tok|(?:yt|youtube)\s+shorts", "instagram reel"),
)
_PAIRED_RES = tuple(
    (
        re.compile(rf"\b(?:{words})\b(?!\s*(?:reels?|stor(?:y|ies)|feed|handle|page|account|bio|@))", _I),
        re.compile(rf"\b(?:{beside})\b", _I),
        phrase,
    )
    for words, beside, phrase in PAIRED_WORDS
)
# Of those, the words of a frame shape: the request is for the shape, so it takes every preset of
# that shape instead of asking which ("vertical only (9:16)", "add 9:16 as well"), as a brief's
# "a vertical ad" does (briefs._brief_shape).
SHAPE_WORDS = re.compile(r"vertical|9:16|9x16|portrait", _I)
# "make it vertical", "turn the ad portrait": the ad changes shape (its presets are set, not added).
_RESHAPE_RE = re.compile(
    r"\b(?:make|turn|switch|convert|change|flip)\s+(?:it|this|the\s+(?:ad|video|whole\s+thing))\b"
    r"(?!.*\b(?:versions?|cuts?|copy|too|also|as\s+well)\b)",
    _I,
)
_AMBIGUOUS_RES = tuple((re.compile(rf"(?<![\w:])(?:{p})(?![\w:])", _I), ids) for p, ids in AMBIGUOUS_WORDS)
# Platforms adgen has no preset for: refused with the presets there are.
UNKNOWN_PLATFORMS = (
    "snapchat",
    "snap",
    "pinterest",
    "linkedin",
    "twitter",
    "twitch",
    "threads",
    "tumblr",
    "vimeo",
    "reddit",
    "whatsapp",
    "spotify",
)


@lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    """Every one-word platform name the parser knows, with or without a preset: a name, so the
    typo step keeps it as typed ("vimeo" is no slip for "video")."""
    return frozenset(UNKNOWN_PLATFORMS) | frozenset(
        w for w in platform_words() if " " not in w and "-" not in w
    )


# What to do with the platforms a clause names, most specific first: (action, pattern).
ACTIONS: tuple[tuple[str, str], ...] = (
    ("set", r"\bonly\b|\bjust\s+(?:the\s+)?(?=\w)|\bexclusively\b|\bnothing\s+but\b|\binstead\s+of\s+all\b"),
    (
        "remove",
        r"\b(?:drop|remove|delete|lose|skip|kill|ditch|scrap|exclude|no\s+more|no|without|"
        # ("we're dropping the feed placement", "we ditched YouTube": the same, said as news)
        r"dropp(?:ing|ed)|remov(?:ing|ed)|ditch(?:ing|ed)|scrapp(?:ing|ed)|skipp(?:ing|ed)|losing|excluding|pulling|"
        r"get\s+rid\s+of|don'?t\s+(?:need|want)|not\s+for|take\s+(?:out|off)|"
        # "take the feed placement off", "pull YouTube Shorts out": the platform between verb and particle
        r"(?:take|pull|leave)\s+(?:the\s+)?(?:[\w:-]+\s+){1,4}?(?:off|out)(?!\s+(?:of\s+)?(?:the\s+)?(?:scene|hook|cta|text))|"
        # "we don't run on youtube": where the ads do not go
        r"(?:don'?t|do\s+not|never|no\s+longer)\s+(?:run|post|advertise|publish|use|go|put\s+\w+)\s+(?:ads\s+)?(?:on|to)|"
        r"(?:aren'?t|are\s+not|not)\s+(?:on|running\s+on|posting\s+(?:on|to)))\b",
    ),
    (
        "add",
        r"\b(?:add|also|too|as\s+well|plus|include|make|want|need|give|create|do|bring|back|put|"
        r"versions?|cuts?|exports?|formats?|for)\b",
    ),
)
_ACTION_RES = tuple((action, re.compile(pattern, _I)) for action, pattern in ACTIONS)

# Words of other edits: a clause with one of them is not (only) about platforms.
_OTHER_EDIT_RE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?|minutes?)\b|\b(?:long|longer|short|shorter|length|duration|"
    r"text|font|colou?rs?|music|song|volume|hook|cta|scene|scenes|showcase|voice|voice-?over|captions?|"
    r"brighter|darker|bigger|smaller|louder|quieter|product|logo|post|publish|upload|style|look)\b",
    _I,
)
# A clause that is only platform names ("and Stories", "reels too"): continues the last request.
_FILLER_RE = re.compile(
    r"\b(?:and|also|too|as\s+well|plus|the|a|an|one|ones|version|versions|please|pls|for|of|then|now|"
    r"with|same|ok|okay|oh|wait|actually)\b|[^\w]",
    _I,
)


# "we only post on tiktok", "we don't advertise on youtube": where the ads run, said of themselves.
_WE_POST_RE = re.compile(
    r"\b(?P<who>(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+(?:(?:only|just|mostly|mainly|also|don'?t|do\s+not|never|no\s+longer)\s+)?)"
    r"(?:post(?:ing)?|publish(?:ing)?|upload(?:ing)?|advertis(?:e|ing)|shar(?:e|ing))\b",
    _I,
)
# "as a square feed post", "our TikTok posts": a post of a placement is that placement.
_POST_NOUN_RE = re.compile(r"\b(feed|reels?|story|stories|tiktok|square|shorts|youtube)\s+posts?\b", _I)
# "drop that format", "remove it": the platforms of the request just before, named by a pronoun.
_THAT_PLATFORM_RE = re.compile(
    r"^\W*(?:(?:so|just|please|pls|and|then)\s+)*\w+(?:\s+\w+)?\s+(?:that|this|it|those|these)"
    r"(?:\s+(?:one|format|platform|preset|version|size|cut|placement)s?)?\W*$",
    _I,
)


@dataclass(frozen=True)
class PlatformRequest:
    """What a clause asks of the ad's presets."""

    operations: list[ops.AddPresets | ops.RemovePresets | ops.SetPresets]
    refusal: str | None = None
    question: str | None = None


@lru_cache(maxsize=1)
def _table() -> PresetTable:
    return builtin_table()


@lru_cache(maxsize=1)
def platform_words() -> dict[str, str]:
    """Every phrase -> preset id: the table's ids, names and aliases, then ``EXTRA_WORDS``."""
    words: dict[str, str] = {}
    for preset in _table():
        for phrase in (preset.id, preset.id.replace("_", " "), preset.name, *preset.aliases):
            key = phrase.lower()
            if key not in LOOSE_ALIASES:
                words.setdefault(key, preset.id)
    words.update(EXTRA_WORDS)
    return words


@lru_cache(maxsize=1)
def _platform_re() -> re.Pattern[str]:
    phrases = sorted(platform_words(), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in phrases)
    return re.compile(rf"(?<![\w:])(?:{body})(?![\w:])", _I)


_UNKNOWN_RE = re.compile(rf"\b(?:{'|'.join(UNKNOWN_PLATFORMS)})\b", _I)
# "add the myspace format", "I need a vimeo preset too": a name no preset has, said as a format
# or platform to add. Words that say which or what kind, not where, are no platform name.
_NAMED_FORMAT_RE = re.compile(
    r"\b(?:add|adding|want|need|make|create|give\s+me|do|export|include|support|render)\b[^.;!?]*?"
    r"\b(?:an?|the|one|some)\s+(?P<name>[a-z][\w.+-]{1,20})\s+(?:format|preset|placement|platform)s?\b",
    _I,
)
_NOT_A_PLATFORM = frozenset(
    "new other different same right wrong correct current final usual standard normal default video ad "
    "file mp4 vertical horizontal wide tall 4k hd full extra second third another next last first "
    "portrait story stories reel feed this that every each all mobile social phone desktop web".split()
)


_HANDLE_RE = re.compile(
    r"\b(?:instagram|insta|ig|tiktok|youtube|facebook|fb|twitter|linkedin|pinterest|snapchat)\s+"
    r"(?:handle|account\s+name|username|user\s+name|@|link|url|tag|hashtag)|(?<![\w@])[@#][A-Za-z]\w+",
    _I,
)


def mentions(clause: str) -> list[tuple[int, int, str]]:
    """The platforms a clause names: (start, end, preset id), in order."""
    words = platform_words()
    found = [
        (m.start(), m.end(), words[re.sub(r"[\s-]+", " ", m.group(0).lower())])
        for m in _platform_re().finditer(clause)
    ]
    # "also square for the feed", "a square one for the feed": the square feed post, not the 4:5 too
    squares = [end for _, end, pid in found if pid == "square_feed"]
    return [
        (start, end, pid)
        for start, end, pid in found
        if not (
            pid == "meta_feed"
            and clause[start:end].lower() in ("feed", "the feed")
            and any(
                0 <= start - sq <= 25 and not re.search(r",|&|\+|\b(?:and|plus|or)\b", clause[sq:start], _I)
                for sq in squares
            )
        )
    ]


def names_platform(text: str) -> bool:
    return bool(mentions(text)) or bool(_UNKNOWN_RE.search(text))


def read_platforms(clause: str, *, last_action: str | None = None) -> PlatformRequest | None:
    """The preset operations of one clause, a refusal for a platform adgen lacks, or None when
    the clause is not a platform request. ``last_action``: the last platform request's action
    (add / remove / set), for a clause of bare names ("and Stories")."""
    if _HANDLE_RE.search(clause):
        return None  # "add our instagram handle @emberandoak": words on screen, not a platform
    clause = _WE_POST_RE.sub(r"\g<who>run", clause)  # "we only post on tiktok": where the ads run
    clause = _POST_NOUN_RE.sub(r"\1", clause)
    for ambiguous, beside, phrase in _PAIRED_RES:
        if beside.search(clause) and not _ACTION_RES[1][1].search(clause):  # (never a removal)
            clause = ambiguous.sub(phrase, clause)
    found = mentions(clause)
    unknown = _UNKNOWN_RE.search(clause)
    coined = None if found or unknown else _NAMED_FORMAT_RE.search(clause)
    if coined is not None and coined.group("name").lower() not in _NOT_A_PLATFORM:
        names = ", ".join(p.name for p in _table())
        return PlatformRequest(
            [], refusal=f"adgen has no {coined.group('name')} format; it makes ads for {names}."
        )
    if not found and not unknown and last_action and _THAT_PLATFORM_RE.match(clause):
        # "we don't run on youtube, drop that format": the same request said again, nothing more.
        said = next((action for action, p in _ACTION_RES[1:] if p.search(clause)), None)
        if said == last_action:
            return PlatformRequest([])
    if not found and not unknown:
        return _ambiguous(clause)
    if _OTHER_EDIT_RE.search(_without(clause, found)):
        return None
    actions = _actions(clause, found)
    if not any(actions) and last_action and not _FILLER_RE.sub("", _without(clause, found)).strip():
        again = "add" if last_action == "set" else last_action
        actions = [again] * len(found)
    if not any(actions) and not (unknown and _ACTION_RES[2][1].search(clause)):
        return None
    if unknown:
        names = ", ".join(p.name for p in _table())
        return PlatformRequest(
            [],
            refusal=f"adgen has no {unknown.group(0).title()} preset; it makes ads for {names}.",
        )
    operations: list[ops.AddPresets | ops.RemovePresets | ops.SetPresets] = []
    for action in dict.fromkeys(a for a in actions if a):
        ids = list(dict.fromkeys(pid for (_, _, pid), a in zip(found, actions, strict=True) if a == action))
        operations.append(_OPERATIONS[action](presets=ids))
    return PlatformRequest(operations)


_OPERATIONS = {"set": ops.SetPresets, "remove": ops.RemovePresets, "add": ops.AddPresets}


def _ambiguous(clause: str) -> PlatformRequest | None:
    """ "add Instagram", "make it vertical only": one question naming the presets it could be."""
    for pattern, ids in _AMBIGUOUS_RES:
        m = pattern.search(clause)
        if m is None:
            continue
        rest = clause[: m.start()] + " " + clause[m.end() :]
        shape = bool(SHAPE_WORDS.fullmatch(m.group(0)))
        if _OTHER_EDIT_RE.search(rest) or not (
            any(p.search(rest) for _, p in _ACTION_RES) or (shape and _RESHAPE_RE.search(clause))
        ):
            return None
        if shape:
            return _shape(clause, m, ids)
        names = [p.name for p in _table() if p.id in ids]
        options = ", ".join(names[:-1]) + " or " + names[-1]
        return PlatformRequest([], question=f"Which {m.group(0)} placement do you mean: {options}?")
    return None


def _shape(clause: str, m: re.Match[str], ids: tuple[str, ...]) -> PlatformRequest:
    """A frame shape with an action: every preset of that shape, set, added or removed."""
    found = [(m.start(), m.end(), pid) for pid in ids]
    [action, *_] = _actions(clause, found)
    if _RESHAPE_RE.search(clause) and action in (None, "add"):
        action = "set"
    return PlatformRequest([_OPERATIONS[action or "add"](presets=list(ids))])


def _without(clause: str, found: list[tuple[int, int, str]]) -> str:
    for start, end, _ in sorted(found, reverse=True):
        clause = clause[:start] + " " + clause[end:]
    return clause


def _actions(clause: str, found: list[tuple[int, int, str]]) -> list[str | None]:
    """Each platform's action: the nearest action word before it ("add TikTok and drop
    YouTube"), else the first after it ("reels too"); "only" anywhere makes the added ones the
    whole set ("I only need the square one")."""
    rest = _without(clause, found)
    removes = [(m.start(), m.end()) for m in _ACTION_RES[1][1].finditer(rest)]
    words = sorted(
        (m.start(), action)
        for action, pattern in _ACTION_RES[1:]
        for m in pattern.finditer(rest)
        # "don't need": the "need" belongs to the remove words around it
        if action == "remove" or not any(s <= m.start() < e for s, e in removes)
    )
    # ("just square": the "just" reads before the platform it was said of, so the clause too)
    only = bool(_ACTION_RES[0][1].search(rest) or _ACTION_RES[0][1].search(clause))
    out: list[str | None] = []
    for start, _, _ in found:
        before = [a for pos, a in words if pos < start]
        after = [a for pos, a in words if pos > start]
        action = before[-1] if before else after[0] if after else None
        if only and action in (None, "add"):
            action = "set"
        out.append(action)
    return out


def last_platform_action(operations: list[dict[str, object]]) -> str | None:
    """The action of the last preset operation among a request's (wire) operations."""
    kinds = {"add_presets": "add", "remove_presets": "remove", "set_presets": "set"}
    for op in reversed(operations):
        kind = kinds.get(str(op.get("operation")))
        if kind:
            return kind
    return None


__all__ = [
    "ACTIONS",
    "EXTRA_WORDS",
    "SHAPE_WORDS",
    "UNKNOWN_PLATFORMS",
    "PlatformRequest",
    "last_platform_action",
    "mentions",
    "names_platform",
    "platform_words",
    "read_platforms",
]
