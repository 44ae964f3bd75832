"""A new fact told without quotes: "we moved, the address is now 22 Elm St", "new phone number
555-0199", "price is now $649k", "hours are 8 to 6 now", "the open house is now Sunday the 14th".

Part of :mod:`adgen.agent.understanding` (round twenty-eight). Read before, none of these was
understood (the help text). A local business keeps such facts on a scene's text (the end card's
address, phone and hours, a showcase with the price): the scene whose text shows that kind of fact
gets the new one in place of the old, the rest of its words kept ("Call (555) 014-2277" becomes
"Call 555-0199"). When no scene shows such a fact, or more than one does, it asks which scene
should, and nothing changes.

The message must say only the fact: once its value, the words of its kind and the words of a
statement ("we moved", "now", "our new …") are set aside, nothing may be left ("make the hook say
we're open 8 to 6" is read elsewhere). ``FACT_KINDS`` is the table, one row per kind of fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adgen.agent.understanding.result import ParsedTurn
from adgen.project import AdProject
from adgen.tools import operations as ops

_I = re.IGNORECASE

_DAY = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?\.?"
_DAYS = rf"{_DAY}(?:\s*(?:-|–|—|to|through|thru)\s*{_DAY})?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
_RANGE = rf"\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|—|to|til|till|until)\s*{_TIME}"

PHONE = r"(?<![\d/])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])?\d{3}[\s.-]\d{4}(?![\d/])"
ADDRESS = (
    r"\b\d{1,5}\s+(?:[A-Za-z0-9][\w'.-]*\s+){0,3}?"
    r"(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Ln|Lane|Dr|Drive|Way|Pl|Place|Ct|Court|Pkwy|Hwy|Sq|Square)\b\.?"
)
PRICE = r"\$\s?\d[\d,]*(?:\.\d+)?(?:\s?[kKmM]\b)?|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\s?[kK]\b"
HOURS = rf"(?:{_DAYS},?\s+)?{_RANGE}"
# A price said with how much it buys (round twenty-nine): "2 for $5", "$3 each", "$12 a bottle",
# "$49 for a drain cleaning", "$15 per class" (the words kept with the price on the scene).
_UNIT = (
    r"(?:\s+(?:each|ea\.?|apiece|a\s+piece|per\s+[a-z]+|an?\s+(?!(?:bit|lot|little)\b)[a-z]+"
    r"|for\s+(?:an?|one|the|any|each)\s+(?!(?:hook|cta|end|text|scene|ad|video)\b)[a-z]+(?:\s+[a-z]+)?))"
)
PRICE_SAID = (
    rf"(?:\b\d{{1,3}}\s+for\s+)?(?:{PRICE})(?:{_UNIT})?"
    r"(?=\s*(?:$|[,.!;]|\s(?:now|instead|from\s+now\s+on|these\s+days)\b))"
)
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
_SHOWN_RANGE = (
    rf"(?:{_DAYS},?\s+)?\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm)?\s*(?:-|–|—)\s*\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm)"
)
# "we're at 5th and Main now": a corner named by its two streets
CORNER = (
    r"(?-i:\b(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)\s+(?:and|&)\s+(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)\b)"
)
DATE = (
    rf"(?:{_DAY},?\s+)?(?:(?:the\s+)?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|the\s+\d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}}(?:st|nd|rd|th)(?:\s+of\s+{_MONTH})?)"
    rf"|{_DAY}(?=\s*(?:$|[,.!]))"
)


@dataclass(frozen=True)
class FactKind:
    name: str  # as the question says it: "phone number"
    value: re.Pattern[str]  # the value, in the message and in a scene's text
    cue: re.Pattern[str]  # the words that say the message is about this kind of fact
    shown: re.Pattern[str]  # the value as a scene's text shows it (stricter than ``value``)


FACT_KINDS: tuple[FactKind, ...] = (
    FactKind(
        "phone number",
        re.compile(PHONE, _I),
        re.compile(r"\b(?:phone|number|call|ring|text|tel|telephone|cell|line)\b|#", _I),
        re.compile(PHONE, _I),
    ),
    FactKind(
        "address",
        re.compile(rf"{ADDRESS}|{CORNER}", _I),
        re.compile(
            r"\b(?:address|moved|move|relocated|located|location|find\s+us|we'?re\s+(?:now\s+)?at|we\s+are\s+(?:now\s+)?at)\b",
            _I,
        ),
        re.compile(ADDRESS, _I),
    ),
    FactKind(
        "price",
        re.compile(PRICE_SAID, _I),
        re.compile(r"\$|\b(?:price[ds]?|pricing|costs?|listed|asking|reduced|dropped|priced)\b", _I),
        re.compile(r"\$\s?\d[\d,]*(?:\.\d+)?(?:\s?[kKmM]\b)?", _I),
    ),
    FactKind(
        "opening hours",
        re.compile(HOURS, _I),
        re.compile(r"\b(?:hours|open|opening|close|closing)\b", _I),
        re.compile(
            rf"(?:{_DAYS},?\s+)?\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm)?\s*(?:-|–|—)\s*\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm)",
            _I,
        ),
    ),
    FactKind(
        "date",
        re.compile(DATE, _I),
        re.compile(
            r"\b(?:open\s+house|date|event|sale|launch|grand\s+opening|opening\s+day|rescheduled|moved\s+to|"
            r"happening|ends?)\b",
            _I,
        ),
        re.compile(
            rf"(?:{_DAY},?\s+)?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?", _I
        ),
    ),
    # One end of the opening hours (round twenty-nine): "we now open at 10am", "we close at 10 now",
    # "open till 10pm now": that end of the hours the scene shows.
    FactKind(
        "opening time",
        re.compile(rf"\b(?:open|opens|opening)\s+(?:at|from)\s+{_CLOCK}", _I),
        re.compile(r"\bopen", _I),
        re.compile(_SHOWN_RANGE, _I),
    ),
    FactKind(
        "closing time",
        re.compile(
            rf"\b(?:(?:open|opened)\s+(?:till|til|until|to|'til)|(?:close|closes|closing)(?:\s+at)?)\s+{_CLOCK}",
            _I,
        ),
        re.compile(r"\b(?:open|close|closing)", _I),
        re.compile(_SHOWN_RANGE, _I),
    ),
    # The days open: "we're closed mondays now, open tue-sun", "open wed to sun now".
    FactKind(
        "opening days",
        re.compile(
            rf"(?:\b(?:we'?re\s+|we\s+are\s+)?closed\s+(?:on\s+)?{_DAY}(?:\s+now)?\s*[,;]?\s*(?:and\s+|but\s+)?)?"
            rf"\bopen\s+(?:{_DAY}\s*(?:-|–|—|to|through|thru)\s*{_DAY})(?!\s*,?\s*\d)",
            _I,
        ),
        re.compile(r"\bopen", _I),
        re.compile(_SHOWN_RANGE, _I),
    ),
    FactKind(
        "opening hours",
        re.compile(r"\b(?:open\s+)?(?:24/7|24\s*hours|round\s+the\s+clock)\b", _I),
        re.compile(r"\b(?:open|hours|24/7)", _I),
        re.compile(rf"{_SHOWN_RANGE}|\b24/7\b", _I),
    ),
    # Rooms of a listing: "now 5 bed, 3 bath", "it's now 5 bedrooms"
    FactKind(
        "number of bedrooms",
        re.compile(r"\b\d{1,2}\s*(?:-\s*)?(?:bed(?:room)?s?|bd|br)\b", _I),
        re.compile(r"\b\d{1,2}\s*(?:-\s*)?(?:bed(?:room)?s?|bd|br)\b", _I),
        re.compile(r"\b\d{1,2}\s*(?:-\s*)?(?:bed(?:room)?s?|bd|br)\b", _I),
    ),
    FactKind(
        "number of bathrooms",
        re.compile(r"\b\d{1,2}(?:\.5)?\s*(?:-\s*)?(?:bath(?:room)?s?|ba)\b", _I),
        re.compile(r"\b\d{1,2}(?:\.5)?\s*(?:-\s*)?(?:bath(?:room)?s?|ba)\b", _I),
        re.compile(r"\b\d{1,2}(?:\.5)?\s*(?:-\s*)?(?:bath(?:room)?s?|ba)\b", _I),
    ),
)
# "the tacos are $3 each now", "drain cleaning is $49 now": what the price is of, said first (never
# a part of the ad: "the hook is $3" is read elsewhere)
_PRICED_THING_RE = re.compile(
    r"^\W*(?:(?:the|our|my|all|a|an)\s+)?(?P<thing>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+"
    r"(?:is|are|cost|costs|go\s+for|goes\s+for|sell\s+for|run)\b",
    _I,
)
_PART_WORDS_RE = re.compile(
    r"\b(?:hook|cta|text|texts|title|headline|caption|captions|scene|scenes|music|voice|video|ad|end|card|logo|"
    r"font|colou?r|background|intro|outro|opening|ending|it|that|this|price|prices|pricing)\b",
    _I,
)

# The words of a statement of a fact, set aside with the value and the kind's words: what may be left.
_STATEMENT_WORDS = (
    "we",
    "we're",
    "were",
    "we are",
    "our",
    "my",
    "the",
    "a",
    "an",
    "is",
    "are",
    "it's",
    "its",
    "it is",
    "now",
    "new",
    "newly",
    "change",
    "changed",
    "changes",
    "update",
    "updated",
    "to",
    "at",
    "from",
    "on",
    "of",
    "moved",
    "has",
    "have",
    "been",
    "actually",
    "fyi",
    "heads up",
    "btw",
    "oh",
    "and",
    "so",
    "please",
    "pls",
    "can",
    "could",
    "you",
    "set",
    "make",
    "put",
    "add",
    "in",
    "ad",
    "video",
    "end card",
    "cta",
    "for",
    "just",
    "that",
    "this",
    "number",
    "us",
    "phone",
    "phone number",
    "hours",
    "open",
    "opening",
    "price",
    "address",
    "call",
    "ring",
    "text",
    "same",
    "time",
    "same time",
    "instead",
    "anymore",
    "any more",
    "then",
    "by the way",
    "quick",
    "note",
    "correction",
    "house",
    "open house",
    "date",
    "next",
    "also",
    "only",
    "from now on",
    "these days",
    "starting",
    "will be",
    "gonna be",
    "going to be",
    "reduced",
    "dropped",
    "listed",
    "asking",
    "cost",
    "costs",
    "showings",
    "info",
    "details",
    "hey",
    "hi",
    "ok",
    "okay",
    "fix",
    "use",
    "show",
    "sale",
    "ends",
    "launch",
    "event",
    "location",
    "relocated",
    "located",
    "find",
    "closing",
    "close",
    "tel",
    "telephone",
    "cell",
    "line",
    "is changing",
    "switch",
    "pricing",
    "priced",
    "happening",
    "rescheduled",
    "grand",
    "day",
    "here",
    "new one",
    "one",
    "each",
    "bed",
    "beds",
    "bedrooms",
    "bath",
    "baths",
    "bathrooms",
)
# (longest first, so "we're" is set aside whole, never "we" and a stray "re")
_STATEMENT_WORDS_RE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+").replace("'", "'?")
        for w in sorted(_STATEMENT_WORDS, key=len, reverse=True)
    )
    + r")\b|[\W_]+",
    _I,
)
_CTA_WORDS_RE = re.compile(r"\b(?:end\s+card|cta|last\s+scene|ending|closing\s+card)\b", _I)


# The kinds of round twenty-nine, read only when told as news ("we close at 10 now"), never with a
# verb of an edit ("change the cta to Open until 9 p.m." is the cta's new words).
_TOLD_ONLY = ("opening time", "closing time", "opening days", "number of bedrooms", "number of bathrooms")
_EDIT_VERB_RE = re.compile(
    r"\b(?:change|changed|set|make|put|add|use|show|say|says|read|reads|fix|switch)\b", _I
)


def _facts(raw: str) -> list[tuple[FactKind, re.Match[str]]] | None:
    """The facts ``raw`` says, each once, and nothing else; None when it says anything more."""
    found: list[tuple[FactKind, re.Match[str]]] = []
    rest = raw
    for kind in FACT_KINDS:
        values = list(kind.value.finditer(rest))
        if not values or not kind.cue.search(rest):
            continue
        if len(values) != 1:
            return None
        found.append((kind, values[0]))
        rest = (
            rest[: values[0].start()] + " " * (values[0].end() - values[0].start()) + rest[values[0].end() :]
        )
    told_only = any(
        kind.name in _TOLD_ONLY or re.search(r"24/7|24\s*hours|clock", said.group(0)) for kind, said in found
    )
    if told_only and _EDIT_VERB_RE.search(raw):
        return None  # "change the cta to Open until 9 p.m.": the words to show, read elsewhere
    if found and any(kind.name == "price" for kind, _ in found):
        thing = _PRICED_THING_RE.match(rest)
        if thing is not None and not _PART_WORDS_RE.search(thing.group("thing")):
            rest = rest[thing.end() :]
    if not found or _STATEMENT_WORDS_RE.sub("", rest).strip():
        return None
    return found


def _label(project: AdProject, scene_id: str) -> str:
    index = next(i for i, s in enumerate(project.scenes, start=1) if s.id == scene_id)
    return f"scene {index} ({project.scene(scene_id).role.replace('_', ' ')})"


def _ampm(hour: int, end: bool) -> str:
    if end:
        return "pm" if hour <= 11 or hour == 12 else ""
    return "am" if 5 <= hour <= 11 else ("pm" if hour == 12 or hour < 5 else "")


def _new_value(kind: FactKind, said: str, old: str) -> str:
    """``said`` written the way the scene wrote ``old`` ("$649k" where it says "$689,000")."""
    said = said.strip()
    if kind.name == "price" and (core := re.search(PRICE, said, _I)) is not None and core.group(0) != said:
        # "2 for $5", "$3 each": the price written as the scene writes it, its words kept
        return said[: core.start()] + _new_value(kind, core.group(0), old) + said[core.end() :]
    if kind.name in ("number of bedrooms", "number of bathrooms"):
        number = re.match(r"\d{1,2}(?:\.5)?", said)
        return re.sub(r"^\d{1,2}(?:\.5)?", number.group(0), old) if number else said
    if kind.name in ("opening time", "closing time", "opening days") or (
        kind.name == "opening hours" and re.search(r"24/7|24\s*hours|clock", said, _I)
    ):
        return _one_end(kind.name, said, old)
    if kind.name == "price":
        number = re.search(r"(\d[\d,]*(?:\.\d+)?)\s?([kKmM])?", said)
        if number is not None:
            value = number.group(1)
            if number.group(2) and "," in old:
                scale = 1000 if number.group(2).lower() == "k" else 1_000_000
                value = f"{round(float(value.replace(',', '')) * scale):,}"
            elif number.group(2):
                value += number.group(2)
            return ("$" if "$" in old or "$" in said else "") + value
    if kind.name == "opening hours":
        parts = re.match(
            rf"(?P<days>{_DAYS},?\s+)?(?P<a>\d{{1,2}})(?P<am>(?::\d{{2}})?)\s*(?P<ap>am|pm|a\.m\.|p\.m\.)?\s*"
            rf"(?:-|–|—|to|til|till|until)\s*(?P<b>\d{{1,2}})(?P<bm>(?::\d{{2}})?)\s*(?P<bp>am|pm|a\.m\.|p\.m\.)?$",
            said,
            _I,
        )
        if parts is not None and re.search(r"am|pm", old, _I) and not re.search(r"am|pm|a\.m|p\.m", said, _I):
            a, b = int(parts.group("a")), int(parts.group("b"))
            start = f"{a}{parts.group('am')}{(parts.group('ap') or _ampm(a, False)).replace('.', '')}"
            end = f"{b}{parts.group('bm')}{(parts.group('bp') or _ampm(b, True)).replace('.', '')}"
            days = (parts.group("days") or "").strip().rstrip(",")
            old_days = re.match(rf"{_DAYS},?\s+", old, _I)
            if days:
                return f"{days} {start}-{end}"
            return (old_days.group(0) if old_days else "") + f"{start}-{end}"
        if parts is not None and not parts.group("days"):
            old_days = re.match(rf"{_DAYS},?\s+", old, _I)
            return (old_days.group(0) if old_days else "") + said
    return said


def _one_end(name: str, said: str, old: str) -> str:
    """The hours ``old`` shows with one end, the days, or all of it told anew ("open at 10am")."""
    if re.search(r"24/7|24\s*hours|clock", said, _I):
        return "24/7" if re.search(r"24/7", old) else "Open 24/7"
    parts = re.match(
        rf"(?P<days>{_DAYS},?\s+)?(?P<a>\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm)?)\s*(?P<sep>-|–|—)\s*"
        rf"(?P<b>\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm))$",
        old,
        _I,
    )
    if parts is None:
        return old
    days, start, end = parts.group("days") or "", parts.group("a"), parts.group("b")
    if name == "opening days":
        told = re.search(rf"\bopen\s+(?P<d>{_DAY}\s*(?:-|–|—|to|through|thru)\s*{_DAY})", said, _I)
        if told is None:
            return old
        new_days = re.sub(r"\s*(?:-|–|—|to|through|thru)\s*", "-", told.group("d"), flags=_I)
        if days[:1].isupper():
            new_days = "-".join(d[:1].upper() + d[1:] for d in new_days.split("-"))
        return f"{new_days} {start}{parts.group('sep')}{end}"
    time = re.search(r"(?P<h>\d{1,2})(?P<m>(?::\d{2})?)\s*(?P<p>am|pm|a\.m\.|p\.m\.)?\s*$", said, _I)
    if time is None:
        return old
    hour = int(time.group("h"))
    told = (
        f"{hour}{time.group('m')}{(time.group('p') or _ampm(hour, name == 'closing time')).replace('.', '')}"
    )
    if name == "opening time":
        return f"{days}{told}{parts.group('sep')}{end}"
    return f"{days}{start}{parts.group('sep')}{told}"


def new_fact(raw: str, project: AdProject | None, quoted: bool = False) -> ParsedTurn | None:
    """The edit (or the question) for a message that only tells a new fact; None otherwise."""
    if project is None or quoted or raw.rstrip().endswith("?"):
        return None
    raw = raw.replace("\u2019", "'")
    facts = _facts(raw)
    if facts is None:
        return None
    scenes = list(project.scenes)
    if _CTA_WORDS_RE.search(raw):
        scenes = [s for s in scenes if s.role == "cta"][-1:] or scenes
    texts = {s.id: s.overlay.text or "" for s in scenes}
    operations = []
    changed: list[str] = []
    already: list[str] = []
    for kind, said in facts:
        having = [s.id for s in scenes if len(list(kind.shown.finditer(texts[s.id]))) == 1]
        if len(having) != 1 or any(len(list(kind.shown.finditer(texts[s.id]))) > 1 for s in scenes):
            value = said.group(0).strip()
            if len(having) > 1:
                names = " and ".join(_label(project, i) for i in having)
                question = (
                    f"{names[0].upper() + names[1:]} each show a {kind.name}: which should get “{value}”, "
                    "or all of them? (Nothing changed.)"
                )
            else:
                question = (
                    f"Which scene should show the new {kind.name} “{value}”? "
                    f"(No scene shows one now; nothing changed.) Say e.g. “add '{value}' to the cta text”."
                )
            return ParsedTurn(question=question, topic="overlay")
        scene_id = having[0]
        text = texts[scene_id]
        old = next(kind.shown.finditer(text))
        new_words = _new_value(kind, said.group(0), old.group(0))
        if old.group(0).strip().lower() == new_words.lower():
            already.append(f"{_label(project, scene_id)} already shows “{old.group(0).strip()}”")
            continue
        texts[scene_id] = text[: old.start()] + new_words + text[old.end() :]
        if scene_id not in changed:
            changed.append(scene_id)
    for scene_id in changed:
        operations.append(
            ops.parse_operation({"operation": "update_overlay", "sceneId": scene_id, "text": texts[scene_id]})
        )
    if not operations:
        if already:  # "now 3 bath" where the showcase says "3 bath": nothing to change, said so
            text = "; ".join(already)
            return ParsedTurn(answer=f"{text[0].upper() + text[1:]}: nothing changed.")
        return None
    return ParsedTurn(operations=operations, scene_ids=changed, topic="overlay")


__all__ = ["FACT_KINDS", "new_fact"]
