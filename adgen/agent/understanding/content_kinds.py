"""Questions about a kind of thing the ad's words show: "what price is on there right now?", "what
hours does the end card show?", "and the open house date?", "which phone number is on it?".

Part of :mod:`adgen.agent.understanding` (round twenty-six f, dev19's local businesses: a taco
truck's hours, a listing's price and open-house date, a plumber's number). Read as typed, the
price was no question the parser knew, and "what hours does the end card show?" answered with the
end card's background. Each row of :data:`KINDS` is a kind a marketer names and how it is written
in a scene's text; the answer quotes it from every scene that shows it, or says none does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adgen.agent.understanding.everyday_parts import LINK_WORDS, NUMBER_WORDS, PHONE_ALONE, said_kind
from adgen.agent.understanding.values import COLOR_WORD
from adgen.agent.understanding.words_on_screen import words_on_screen
from adgen.project import AdProject, Scene

_I = re.I
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?"
_TIME = r"\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)"


@dataclass(frozen=True)
class Kind:
    name: str  # how the answer names it: "a price"
    words: str  # the words that ask for it: "price|cost"
    written: re.Pattern[str]  # how a scene's text shows it


KINDS: tuple[Kind, ...] = (
    Kind(
        "a price",
        r"price|prices|cost|costs|asking\s+price|list(?:ing)?\s+price",
        re.compile(
            r"[$€£¥₹]\s?\d[\d,.]*(?:\s?[km]\b)?|\b\d[\d,.]*\s?(?:€|usd|eur|gbp|dollars|euros|pounds)\b", _I
        ),
    ),
    Kind(
        "opening hours",
        r"hours|opening\s+hours|opening\s+times|times|time",
        re.compile(
            rf"(?:{_DAYS}\s?[-–]\s?{_DAYS}\s+)?{_TIME}(?:\s?[-–]\s?{_TIME})?|\b\d{{1,2}}\s?[-–]\s?{_TIME}|\b24/7\b",
            _I,
        ),
    ),
    Kind(
        "a date",
        r"date|dates|day|days|when",
        re.compile(
            rf"\b(?:{_DAYS}\s+)?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
            rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?=\s|$|[,.;])|\b{_DAYS}(?=\s|$|[,.;])",
            _I,
        ),
    ),
    Kind(
        "a phone number",
        r"phone\s+number|phone|number|telephone|tel|contact\s+number|mobile\s+number",
        # (round thirty-five b, dev25's plumber: "Call 0800 048 1100" was no phone number; a UK or
        # Irish number starts with 0 and is written in two or three groups, "020 7946 0958",
        # "07700 900123"; an Australian one with 1300 / 1800)
        re.compile(
            r"\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|\+\d[\d\s-]{7,}\d"
            r"|\b0\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b|\b1[38]00[\s.-]?\d{3}[\s.-]?\d{3,4}\b"
        ),
    ),
    Kind(
        "an address",
        # ("and the street number?": the address, never a phone number)
        r"street\s+(?:number|address|name)|house\s+number|building\s+number|address|location|street",
        re.compile(
            r"\b\d{1,5}\s+(?:[A-Z][\w'-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Blvd|Way|Dr|Drive|Ct|Pl|Place)\b\.?",
        ),
    ),
    Kind(
        "a website or handle",
        r"website|web\s+address|url|site|link|handle",
        re.compile(r"\b[\w-]+\.(?:com|co|net|org|io|shop|store|app|co\.uk)\b(?:/\S*)?|@[A-Za-z_][\w.]*", _I),
    ),
    # (round thirty c, dev21's shop: "discount text a bit bigger" enlarged every scene's text)
    Kind(
        "a discount or code",
        r"discount(?:\s+code)?|promo(?:\s+code)?|coupon(?:\s+code)?|offer|deal|code",
        re.compile(
            r"\b\d{1,2}\s?%\s?off\b|\b(?:promo\s+|discount\s+|coupon\s+)?code\s+[A-Z0-9]{3,}\b|\bbogo\b|"
            r"\bbuy\s+(?:one|1|two|2),?\s+get\s+(?:one|1)\b|\b(?:half|\d{1,2}\s?%)\s+price\b",
            _I,
        ),
    ),
    # (round thirty-one d, dev22's car dealer: "move the finance card text to the bottom" moved
    # every scene's text) an APR, a monthly payment, a financing offer
    Kind(
        "financing",
        r"financing|finance|apr|interest\s+rate|monthly\s+payments?|payments?|lease|loan",
        re.compile(
            r"\b\d+(?:\.\d+)?\s?%\s?(?:apr|apy|interest|financing)\b|\bapr\b|[$€£]\s?\d[\d,.]*\s?/\s?mo(?:nth)?\b"
            r"|\b(?:per|a)\s+month\b|\bfor\s+\d{1,3}\s+months\b|\bfinanc(?:e|ing)\b|\blease\b",
            _I,
        ),
    ),
)
# (round thirty-five b, dev25's toy shop and race: "ages card text a bit bigger", "the race card
# flashes by" named the card by what it shows: the ages a class is for, a race's distance)
KINDS += (
    Kind(
        "ages",
        r"ages|age\s+range|age\s+group|age",
        re.compile(
            r"\bages?\s+\d{1,2}\s?(?:[-–]|to)\s?\d{1,2}\b|\bages?\s+\d{1,2}\s?\+|\b\d{1,2}\s?(?:[-–]|to)\s?\d{1,2}\s?"
            r"(?:yrs|years|year\s+olds|y/?o|months)\b|\b(?:under|over)\s+\d{1,2}s\b|\bkids\s+\d{1,2}\s?[-–+]",
            _I,
        ),
    ),
    Kind(
        "a race distance",
        r"race|race\s+distance|distance",
        re.compile(
            r"(?<![\w.])\d{1,3}(?:\.\d)?\s?(?:k|km|mi|miles?)\b(?!\s+(?:followers|fans|customers|runners|people|members|"
            r"views|users|likes|reviews|subscribers|sold|orders|downloads|happy)\b)(?!\.\w)"
            r"|\b(?:half[\s-])?marathon\b|\bfun\s+run\b|\btriathlon\b|\bparkrun\b",
            _I,
        ),
    ),
)
# (round thirty-eight a, dev27's driving school and job ads: "what pass rate did we put on it",
# "remind me what salary is on the card?" got the help text) a rate said in per cent, and pay
KINDS += (
    Kind(
        "a rate",
        r"pass\s+rate|success\s+rate|approval\s+rate|satisfaction\s+rate|percentage|percent",
        re.compile(r"\b\d{1,3}(?:\.\d)?\s?(?:%|percent\b|per\s+cent\b)", _I),
    ),
    Kind(
        "pay",
        r"salary|salaries|salary\s+range|pay\s+range|pay|wages?|hourly\s+rate|rate\s+of\s+pay",
        re.compile(
            r"[$€£]\s?\d[\d,.]*\s?k?(?:\s?[-–]\s?[$€£]?\s?\d[\d,.]*\s?k?)?"
            r"(?:\s*(?:/|per|an?)\s*(?:hr|hour|year|yr|annum|week|wk|month|day))?\b"
            r"|\b\d[\d,.]*k?\s?[-–]\s?\d[\d,.]*k\b",
            _I,
        ),
    ),
)
KIND_BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}
_KIND_WORDS = "|".join(f"(?P<k{i}>{kind.words})" for i, kind in enumerate(KINDS))
_KIND_WORDS_AGAIN = "|".join(f"(?P<j{i}>{kind.words})" for i, kind in enumerate(KINDS))
_SHOWN = (
    r"(?:on\s+(?:there|it|screen|the\s+\w+(?:\s+\w+)?)|shown|showing|does\s+[\w\s]{1,30}?\s+(?:show|say|have|list)"
    r"|is\s+(?:on|in|shown|listed|there)|are\s+(?:on|in|shown|listed|there)|do\s+we\s+(?:show|have|list)"
    r"|did\s+(?:we|you)\s+(?:put|use|show|write)"
    # ("what date do the doors open in the ad?")
    r"|in\s+(?:the|our|this)\s+(?:ad|video|spot|clip|promo|commercial))"
)
# "what price is on there right now?", "what hours does the end card show?", "which date did we
# put on the cta?"; "and the open house date?", "the price?": asked after another question
_ASKED_RE = re.compile(
    rf"^\W*(?:(?:and|so|ok(?:ay)?|also|hey|quick\s+q(?:uestion)?)\b[\s,:]*)*(?:what|which|whats|what'?s)(?!\s+about\b)\s+"
    rf"(?:(?:the|our|my|is\s+the|are\s+the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_KIND_WORDS})\b(?P<rest>[^.!]*)\?*\W*$"
    rf"|^\W*(?:and|also|what\s+about|how\s+about)\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_KIND_WORDS_AGAIN})"
    r"(?P<rest2>(?:\s+(?:on\s+(?:there|it|the\s+\w+(?:\s+\w+)?)|then|though|too|now|right\s+now))*)\s*\?+\W*$",
    _I,
)


# "how much does the ad say the first lesson is?": the price asked (round thirty-eight a)
_HOW_MUCH_RE = re.compile(
    r"^(?P<lead>\W*(?:(?:and|so|ok(?:ay)?|also|hey|remind\s+me)\b[\s,:]*)*)how\s+much\s+"
    r"(?=(?:does|do|did|is|are)\s+(?:the\s+(?:ad|video|card|slide|text)|it|we|you)\s+(?:say|show|list|put|ask|charge|write)\b)",
    _I,
)
# "remind me what salary is on the card?", "tell me again which date we put": the question after it
_REMIND_RE = re.compile(
    r"^\W*(?:(?:can|could)\s+you\s+)?(?:remind\s+me|tell\s+me|sorry|quick\s+reminder)(?:\s+again)?\s*[,:-]?\s*(?=wh)",
    _I,
)


# "whats the cheapest ticket we say", "how much are tickets on it?", "what do we say a class costs?":
# the price asked by what it buys, read as "what price is shown …" (round forty f: the message
# looked cut off). Only with words that point at the ad ("we say", "on it", "in the ad") or none.
_LEAD = r"(?P<lead>\W*(?:(?:and|so|ok(?:ay)?|also|hey|remind\s+me)\b[\s,:]*)*)"
_POINTS_AT_AD = (
    r"(?:(?:we|you)\s+(?:say|show|list|quote|advertise|put|have|wrote|said|put)\b|(?:do|did)\s+(?:we|you)\b"
    r"|does\s+(?:the\s+(?:ad|video|card)|it)\b|(?:is\s+|are\s+)?(?:on\s+(?:it|there|screen|the\b)"
    r"|in\s+(?:the|this|our)\s+(?:ad|video|spot|clip))|shown|showing|listed)"
)
_PRICE_BY_WHAT_RE = re.compile(
    rf"^{_LEAD}(?:"
    r"(?:what'?s|whats|what\s+is|what\s+are)\s+(?:the|our)\s+(?:cheapest|lowest|starting|entry[\s-]level|base|minimum)"
    rf"\s+(?:(?P<what>(?:[\w-]+\s+){{0,2}}?(?=[\w-]+\s+{_POINTS_AT_AD})[\w-]+\s+)"
    # ("what's the cheapest ticket?": one word and nothing more; never "the cheapest way")
    r"|(?!(?:way|ways|option|options|plan|version|format|size|one|thing|render|setting|choice)\b)(?=[\w-]+\s*\?*\W*$))"
    r"|how\s+much\s+(?:are|is|do|does)\s+(?:the\s+|a\s+|our\s+)?(?P<what2>(?:[\w-]+\s+){1,2}?)(?:cost\s+|go\s+for\s+)?"
    r"(?=(?:is\s+|are\s+)?(?:on\s+(?:it|there|screen|the\b)|in\s+(?:the|this|our)\s+(?:ad|video|spot|clip))|according\s+to\b)"
    r"|what\s+(?:do|did)\s+(?:we|you)\s+(?:say|show|list|put)\s+(?:the\s+|a\s+|our\s+)?(?P<what3>(?:[\w-]+\s+){1,2}?)"
    r"(?:costs?|go\s+for|are|is)\b)",
    _I,
)


def _priceless(m: re.Match[str], project: AdProject) -> bool:
    """Whether the thing a price is asked of is written in scenes none of which shows a price
    ("how much is the eye test on the ad?" of "Free eye test": that scene's words answer it)."""
    what = m.group("what") or m.group("what2") or m.group("what3") or ""
    words = [w.rstrip("s") for w in re.findall(r"[a-z]{3,}", what.lower()) if w not in ("price", "prices")]
    if not words:
        return False
    texts = [(s.overlay.text or "") for s in project.scenes]
    named = [t for t in texts if all(w in t.lower() for w in words)]
    return bool(named) and not any(KINDS[0].written.search(t) for t in named)


def content_question(text: str, project: AdProject | None) -> str | None:
    """The answer to a question about a kind of thing the ad's words show, or None."""
    if project is None:
        return None
    text = _HOW_MUCH_RE.sub(
        lambda m: f"{m.group('lead')}what price ", _REMIND_RE.sub("", text.strip()), count=1
    )
    text = _PRICE_BY_WHAT_RE.sub(
        lambda m: m.group(0) if _priceless(m, project) else f"{m.group('lead')}what price is shown ",
        text,
        count=1,
    )
    m = _ASKED_RE.match(text.strip())
    if m is None:
        return None
    rest = m.group("rest") if m.group("rest") is not None else m.group("rest2") or ""
    if m.group("rest") is not None and not (re.search(_SHOWN, rest, _I) or words_on_screen(rest, project)):
        return None
    index = next(i for i in range(len(KINDS)) if m.group(f"k{i}") or m.group(f"j{i}"))
    kind = KINDS[index]
    asked = (m.group(f"k{index}") or m.group(f"j{index}") or "").lower()
    if asked in ("number", "day", "days", "time", "times") and re.search(
        r"\b(?:one|scene|slide|shot|part|clip|bit|version)\b", rest, _I
    ):
        return None  # "which number is the one with the can?": a scene's place, not a phone number
    found = []
    for n, scene in enumerate(project.scenes, start=1):
        shown = [hit.group(0).strip() for hit in kind.written.finditer(scene.overlay.text or "")]
        if shown:
            role = scene.role.replace("_", " ")
            role = "CTA" if role == "cta" else role
            found.append(f"Scene {n} ({role}): {', '.join(shown)} (“{scene.overlay.text}”)")
    if len(found) > 1:
        found = [line for line in found if int(line.split()[1]) in named_scenes(rest, project)] or found
    if not found:
        return f"No scene's text shows {kind.name} right now."
    return "\n".join(found)


def named_scenes(rest: str, project: AdProject) -> set[int]:
    """The numbers of the scenes the words after the kind name ("on the last card": 4), when they
    name exactly one; none else (round thirty-nine c: "what code is on the last card?" quoted the
    showcase's "50% off" too, so "change it to '…'" next had two scenes to mean)."""
    from adgen.agent.understanding.scenes import find_scene_refs

    ids = {sid for r in find_scene_refs(rest, project, []) if r.ids and not r.error for sid in r.ids}
    numbers = {n for n, s in enumerate(project.scenes, start=1) if s.id in ids}
    return numbers if len(numbers) == 1 else set()


def answered_scenes(said: str, project: AdProject | None) -> list[str]:
    """The one scene a :func:`content_question` answer quotes ("Scene 2 (showcase): £20 (…)"), which
    "that card" and "those hours" mean next ("what's the first lesson price showing?" then "ok make
    that card's text yellow"; round thirty-eight a); none when it quotes several or none."""
    if project is None:
        return []
    numbers = {int(n) for n in re.findall(r"^Scene (\d+) \(", said, re.M)}
    if len(numbers) != 1 or not 0 < min(numbers) <= len(project.scenes):
        return []
    return [project.scenes[min(numbers) - 1].id]


# "is the CTA text bigger than the hook's?", "is the hook's text smaller than the cta text?": two
# texts' sizes compared, read from the document
_BIGGER_ASKED_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|quick\s+q(?:uestion)?)\b[\s,:]*)*(?:is|are)\s+(?P<a>.{2,40}?)\s+"
    r"(?P<way>bigger|larger|smaller|tinier)\s+than\s+(?P<b>.{2,40}?)\s*(?:right\s+now|now|at\s+the\s+moment)?\s*\?+\W*$",
    _I,
)


def size_comparison(text: str, project: AdProject | None) -> str | None:
    """The answer to "is the CTA text bigger than the hook's?" from the two texts' sizes, or None
    when the question does not name one scene on each side."""
    from adgen.agent.understanding.scenes import find_scene_refs

    m = _BIGGER_ASKED_RE.match(text.strip())
    if project is None or m is None:
        return None
    sides = []
    for part in (m.group("a"), m.group("b")):
        if not re.search(
            r"\b(?:text|words|writing|caption|font|type|headline|line)s?\b|'s\b|’s\b", part, _I
        ) and not (re.search(r"\b(?:one|scene)\b", part, _I)):
            part = part + " text"
        refs = [r for r in find_scene_refs(part, project, []) if r.ids and not r.error]
        ids = {sid for r in refs for sid in r.ids}
        if len(ids) != 1:
            return None
        sides.append(project.scene(ids.pop()))
    first, second = sides
    if first.id == second.id:
        return None

    def name(scene: object) -> str:
        n = project.scenes.index(scene) + 1  # type: ignore[arg-type]
        role = scene.role.replace("_", " ")  # type: ignore[attr-defined]
        return f"scene {n} ({'CTA' if role == 'cta' else role})"

    a, b = first.overlay.font_size, second.overlay.font_size
    bigger = m.group("way").lower() in ("bigger", "larger")
    if a == b:
        verdict = "No: they are the same size"
    elif (a > b) == bigger:
        verdict = "Yes"
    else:
        verdict = "No"
    compared = "bigger" if a > b else "smaller" if a < b else "the same size"
    return (
        f"{verdict}: the text of {name(first)} is size {a:g}, {name(second)}'s is {b:g} "
        f"(so the first is {compared})."
    )


# "where's it at now?", "what is it at now?", "where did that land?": the value the last change set
_WHERE_NOW_RE = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|hmm+)\b[\s,]*)*(?:where'?s|where\s+is|wheres|what'?s|what\s+is|whats)\s+(?:it|that)\s+"
    r"(?:at\s+)?(?:now|then|at\s+now|at)?\s*\?*\W*$"
    r"|^\W*(?:where|what)\s+did\s+(?:it|that)\s+(?:land|end\s+up)(?:\s+at)?\s*\?*\W*$",
    _I,
)
_FIELD_WORDS = {
    "volume": ("the music's volume", lambda v: f"{round(v * 100)}%"),
    "fontSize": ("text size", lambda v: f"{v:g}"),
    "durationSec": ("length", lambda v: f"{v:g} s"),
    "color": ("text colour", str),
    "position": ("text position", str),
}


def where_now(text: str, project: AdProject | None, last_operations: list[dict]) -> str | None:
    """The value each field of the last change has now ("where's it at now?" after "music really
    low": the music's volume), or None."""
    if project is None or not last_operations or not _WHERE_NOW_RE.match(text.strip()):
        return None
    wire = project.model_dump(by_alias=True)
    said = []
    for op in last_operations:
        scene = next((s for s in wire["scenes"] if s["id"] == op.get("sceneId")), None)
        for key in op:
            if key not in _FIELD_WORDS:
                continue
            words, shown = _FIELD_WORDS[key]
            if op["operation"] == "update_audio":
                value, where = wire["audio"].get(key), ""
            elif op["operation"] == "set_duration":
                value, where = wire["durationSec"], "the ad's "
            elif scene is not None and op["operation"] == "update_overlay":
                value, where = scene["overlay"].get(key), f"scene {wire['scenes'].index(scene) + 1}'s "
            elif scene is not None and key == "durationSec":
                value, where = scene.get(key), f"scene {wire['scenes'].index(scene) + 1}'s "
            else:
                continue
            if value is not None:
                said.append(f"{where}{words} is {shown(value)}")
    if not said:
        return None
    line = "; ".join(said)
    return f"{line[0].upper()}{line[1:]} now."


# "the number on the end is wrong", "the price in the kitchen scene is out of date": the right one
# is asked for, quoting what shows now; the reply's value replaces it, the rest of the words kept
_WRONG_RE = re.compile(
    rf"^\W*(?:(?:hey|hmm+|oh|so|ok(?:ay)?|also|and|but|wait|oops)\b[\s,]*)*(?:the|our|that)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_KIND_WORDS})(?P<where>\s+(?:on|in|at)\s+[^,.;!?]{{1,40}}?)?\s+(?:is|'s|are)\s+(?:(?:all|totally|just|still|a\s+bit)\s+)?"
    r"(?:wrong|incorrect|outdated|out\s+of\s+date|old|not\s+right|off|a\s+typo|mistyped|wrong\s+now)\W*$",
    _I,
)
SHOWN_KIND = "shown"  # PendingQuestion.value_kind of the question below


def wrong_shown(text: str, project: AdProject | None) -> tuple[str, str | None] | None:
    """The question for "the number on the end is wrong" and the retry payload ("scene|kind|old"
    when one thing of that kind shows, so the reply can replace it; else None), or None."""
    from adgen.agent.understanding.scenes import find_scene_refs

    m = _WRONG_RE.match(text.strip())
    if project is None or m is None:
        return None
    index = next(i for i in range(len(KINDS)) if m.group(f"k{i}"))
    kind = KINDS[index]
    scenes = list(project.scenes)
    if m.group("where"):
        refs = [r for r in find_scene_refs(m.group("where"), project, []) if r.ids and not r.error]
        ids = {sid for r in refs for sid in r.ids}
        scenes = [s for s in scenes if s.id in ids] or scenes
    shown = [(s, hit.group(0).strip()) for s in scenes for hit in kind.written.finditer(s.overlay.text or "")]
    label = kind.name.split(" ", 1)[1] if kind.name.startswith(("a ", "an ")) else kind.name
    if len(shown) != 1:
        where = "; ".join(f"“{s.overlay.text}”" for s, _ in shown) or "no scene's text shows one"
        return f"Which {label} is wrong, and what should it be? ({where})", None
    scene, old = shown[0]
    n = project.scenes.index(scene) + 1
    question = (
        f"What should the {label} be? Scene {n} shows “{old}” now (“{scene.overlay.text}”); "
        "tell me the right one and I'll keep the rest of the words."
    )
    return question, f"{scene.id}|{index}|{old}"


def corrected_shown(reply: str, payload: str, project: AdProject) -> dict | None:
    """The text edit the reply to :func:`wrong_shown`'s question makes: its value of that kind in
    place of the old one; None when the reply gives none."""
    scene_id, index, old = payload.split("|", 2)
    kind = KINDS[int(index)]
    new = kind.written.search(reply)
    scene = next((s for s in project.scenes if s.id == scene_id), None)
    if new is None or scene is None or old not in (scene.overlay.text or ""):
        return None
    value = new.group(0).strip()
    days = re.match(r"^[A-Za-z][A-Za-z\s.–-]*?(?=\d)", old)
    if days is not None and value[:1].isdigit():
        value = days.group(0) + value  # "11am-10pm" for "Tue-Sat 11am-9pm": the days kept
    return {
        "operation": "update_overlay",
        "sceneId": scene_id,
        "text": scene.overlay.text.replace(old, value, 1),
    }


# "make the phone number bigger", "the hours are tiny", "the price hardly stands out": the text of
# the one scene that shows it, when the message asks how it looks (never a new value for it)
_NAMED_KIND_RE = re.compile(
    # ("move those hours to the top", "that price in yellow": "those", "that" as "the"; "the booking
    # link", "apply link red": the web address the end card shows; rounds thirty-eight a, b, d)
    # ("the blue phone number vanishes into the navy background": the colour it has now; round 38 c)
    # ("closing card yellow + apply link bigger": a kind named bare after "and", "+" or a comma)
    rf"(?:\b(?:the|those|these|that|this)\s+(?:{COLOR_WORD}\s+)?|^\W*|(?<=\band\s)|(?<=[,;+&]\s))(?P<what>(?:(?:phone|fone|phne|telephone|{NUMBER_WORDS})\s+)?number|{PHONE_ALONE}|"
    # ("salary text massively bigger": a job ad's pay is its price; round thirty-eight b)
    rf"{LINK_WORDS}|price|salary|wage|wages|pay\s+rate|hourly\s+rate|(?:opening\s+)?hours|address|date|"
    r"(?:discount|promo|coupon)(?:\s+code)?|code)(?:\s+(?:text|line|words|copy))?\b(?!\s+(?:on|of)\b|\s+at\b(?!\s+the\s+(?:top|bottom|middle|centre|center)\b)|\s+in\b(?!\s+"
    rf"{COLOR_WORD})|\s*#?\d(?!\d*(?:\.\d+)?\s?(?:%|percent|per\s+cent)))"
    # "make the promo code bigger", "the stat line is tiny", "offer badge bigger" (round thirty d):
    # an offer or a statistic the words show, named with or without "the"; "text", "line" after it
    # are the same text (the whole ad's text grew on "discount text bigger")
    r"|(?:\bthe\s+|^\W*(?:(?:make|making|pls|please)\s+)?(?:the\s+)?)(?P<offer>discount|offer|promo(?:\s+code)?|coupon(?:\s+code)?|"
    r"discount\s+code|code|deal|sale|stat|stats|statistic)"
    r"(?:\s+(?:text|line|words|copy|card|badge|banner|bit))?\b(?!\s+(?:on|at|of|to|for|from)\b"
    rf"|\s+in\b(?!\s+{COLOR_WORD}))",
    _I,
)
# How an offer and a statistic are written in a scene's text (only to point at that text, never a
# question's answer: :data:`KINDS` keeps the kinds asked about).
_OFFER_WRITTEN_RE = re.compile(
    r"\b\d{1,3}\s?%\s*off\b|\b(?:bogo|buy\s+one,?\s+get\s+one)\b|\b(?:use\s+)?code\s+[A-Z0-9]{3,}\b|\bfree\s+shipping\b"
    r"|\b(?:half|\d{1,3}\s?%)\s+price\b|\bsave\s+(?:[$€£]\s?)?\d",
    _I,
)
# Something given free ("Free eye test", "free survey", "first lesson free"; rounds forty d and e),
# never "gluten-free" nor "free of charge"
_FREE_WRITTEN_RE = re.compile(
    r"(?<![\w-])free\s+(?!of\b|from\b|to\b)[a-z]"
    r"|\b(?:lesson|class|session|consultation|quote|survey|test|trial|delivery)\s+(?:is\s+)?free\b",
    _I,
)
_STAT_WRITTEN_RE = re.compile(
    r"\b\d[\d,.]*\s+(?:in|out\s+of)\s+(?:every\s+)?\d[\d,.]*\b|\b\d{1,3}(?:\.\d)?\s?%(?!\s*off)", _I
)
# A place on screen ("to the top"): where the text goes, never a new value for it
# ("at the top of the screen": a place; "the top of the ad" is no place for a text)
_SCREEN_PLACE = (
    r"(?:top|bottom|middle|centre|center|left|right)\b"
    r"(?!\s+(?:of|half)\b(?!\s+the\s+(?:screen|frame|video)\b))"
)
_LOOKS_RE = re.compile(
    r"\b(?:bigger|larger|smaller|biger|bigr|smaler|smallr|largr|tiny|small|huge|massive|stands?\s+out|pop|visible|readable|read|see|notice|bold(?:er)?|"
    r"brighter|darker|contrast|hard\s+to|too\s+(?:big|small|faint)|faint|lost|colou?r(?:ed)?"
    # ("the phone number just blends into the dark background": its contrast, round thirty-six c)
    # ("the number disappears before anyone can write it down" is its time on screen)
    r"|(?:blends?|blending|disappears?|vanish(?:es|ing)?|melts?|merges?)\s+(?:in|into|against|with)|invisible)\b"
    # "move those hours to the top", "the price up top": a place on screen for that text
    rf"|\b(?:to|at)\s+the\s+{_SCREEN_PLACE}|\bup\s+top\b"
    # "put the hours in red", "make the price #E63946": a colour for that text (it set the whole
    # ad's palette; with two cards showing hours it is asked which)
    rf"|{COLOR_WORD}",
    _I,
)
# A new value for the text named by its kind ("the price should be $5", "hours: 9-5") or a question
# about it: read elsewhere. A colour after "to" or "should be" is how it looks ("the price colour
# should be navy", "change the hours to red").
# ("the number needs to be way way bigger", "should be much bolder": how it looks, no new value;
# round forty b)
_LOOK_AFTER_BE = (
    r"(?:(?:way|much|far|a\s+lot|lots|heaps|loads|a\s+(?:bit|little|touch|tad)|slightly|even|so\s+much)\s+)*"
    r"(?:bigger|larger|smaller|bolder|brighter|darker|more\s+(?:visible|readable|legible)|readable|legible|visible)\b"
)
NEW_VALUE_RE = re.compile(
    # ("move the hours to the top": a place on screen, no new value; "the link needs to be red": a
    # colour too, round thirty-eight d)
    rf"\b(?:to(?!\s+(?:read|see|notice|spot|make\s+out)\b|\s+(?:a\s+|be\s+(?:in\s+)?)?{COLOR_WORD}|\s+the\s+{_SCREEN_PLACE}"
    rf"|\s+be\s+{_LOOK_AFTER_BE})|say|says"
    # ("the number should be bigger" stays read elsewhere: with "at the bottom" dropped before
    # here, it would grow the phone number where the number at the bottom is a pass rate)
    rf"|should\s+be(?!\s+(?:in\s+)?{COLOR_WORD}))\b"
    r"|[=:?]",
    _I,
)
_CODE_WRITTEN_RE = re.compile(r"\bcode\s+[A-Z0-9]{3,}\b|\b[A-Z]{2,}\d{1,3}\b")
_WHAT_KIND = {
    **dict.fromkeys(("number", "phone number", "phone", "telephone", "phone no", "tel", "contact number"), 3),
    # ("the salary card", "the pay text": what a job ad pays is its price; round thirty-eight b, d)
    **dict.fromkeys(("price", "salary", "pay", "wage", "wages", "pay rate", "hourly rate"), 0),
    **dict.fromkeys(
        ("link", "url", "website", "web address"), KINDS.index(KIND_BY_NAME["a website or handle"])
    ),
    "hours": 1,
    "opening hours": 1,
    "address": 4,
    "date": 2,
    "ages": KINDS.index(KIND_BY_NAME["ages"]),
    "age": KINDS.index(KIND_BY_NAME["ages"]),
    "race": KINDS.index(KIND_BY_NAME["a race distance"]),
    **dict.fromkeys(
        ("discount", "discount code", "promo", "promo code", "coupon", "coupon code", "code"),
        KINDS.index(KIND_BY_NAME["a discount or code"]),
    ),
}


def showing_a_code(word: str, scenes: list[Scene]) -> list[Scene]:
    """ "the code card", "the promo code": of ``scenes``, those whose text shows a code ("Use code
    SAVE20") over one with only an offer ("First box 50% off"); ``scenes`` as they are for any
    other word, or when none shows a code (round 33 d)."""
    if not re.search(r"\bcode$", word.strip(), _I):
        return scenes
    return [s for s in scenes if _CODE_WRITTEN_RE.search(s.overlay.text or "")] or scenes


def kind_named_in(text: str) -> str | None:
    """The kind of content a sentence names ("what colour is the phone number?": "phone number"),
    the longest such words; None when it names none ("number" alone is no kind here: "the number
    of scenes")."""
    found = [k for k in _WHAT_KIND if k != "number" and re.search(rf"\b{re.escape(k)}s?\b", text, _I)]
    return max(found, key=len) if found else None


def names_a_kind(words: str) -> bool:
    """Whether ``words`` name a kind of content by themselves ("phone number", "hours", "price")."""
    return re.sub(r"\s+", " ", words.lower()) in _WHAT_KIND


def scenes_showing(word: str, project: AdProject) -> list[Scene]:
    """The scenes whose text shows the kind ``word`` names ("hours", "phone number", "offer",
    "stat"…). In an ad whose text shows no price, "the price" is its offer ("Get 50% off your first
    box"): what a shopper pays is said there."""
    word = re.sub(r"\s+", " ", word.lower())
    if word in _WHAT_KIND:
        written = KINDS[_WHAT_KIND[word]].written
    else:
        written = _STAT_WRITTEN_RE if word.startswith("stat") else _OFFER_WRITTEN_RE
    shown = [s for s in project.scenes if written.search(s.overlay.text or "")]
    shown = showing_a_code(word, shown)
    if not shown and word == "price":
        shown = [s for s in project.scenes if _OFFER_WRITTEN_RE.search(s.overlay.text or "")]
    if not shown and word in ("offer", "deal"):
        # in an ad whose text shows no discount, its offer is something given free ("Free eye test ·
        # NHS vouchers accepted" beside a price card: rounds forty d and e), else what it charges
        # ("First lesson £20": round thirty-eight f)
        shown = [s for s in project.scenes if _FREE_WRITTEN_RE.search(s.overlay.text or "")] or [
            s for s in project.scenes if KINDS[0].written.search(s.overlay.text or "")
        ]
    return shown


def scenes_showing_named(text: str, project: AdProject) -> list[Scene]:
    """The scenes whose words show the kind ``text`` names ("the closing date": the card saying
    "Closing date 14 March", "the apply link": the end card's web address); none when it names
    no kind."""
    kind = kind_named_in(text)
    return scenes_showing(said_kind(kind), project) if kind else []


def named_by_kind(masked: str, project: AdProject | None) -> str:
    """``masked`` with "the phone number" (…) as the text of the one scene whose words show one, when
    the message asks how it looks ("make the phone number bigger"); else as typed. Each clause is
    read on its own ("callout card to the top, phone number bigger": the "to" of the first asks no
    new number; round thirty-five b)."""
    if project is None:
        return masked
    parts = re.split(
        r"(\s*[,;\n]\s*|\s+and\s+(?=(?:the\s+|make\s+)?[\w-]+\s+(?:number|text|card|line)\b))", masked
    )
    if len(parts) > 1:
        return "".join(part if n % 2 else _named_by_kind(part, project) for n, part in enumerate(parts))
    return _named_by_kind(masked, project)


# "the number at the bottom should be bigger": where the text is now, said to point at it (it
# moved every text to the bottom); dropped before the kind is read
_LOCATOR_RE = re.compile(
    r"(?P<k>\b(?:number|price|hours|date|link|url|website|code|salary)(?:\s+(?:text|line|words|copy))?)"
    r"\s+(?:at|in)\s+the\s+(?P<place>top|bottom|middle|centre|center)(?:\s+of\s+the\s+(?:screen|frame|card))?"
    r"(?=\s+(?:should|is|are|needs?|looks?|must|seems?|could|can|has|feels?)\b)",
    _I,
)


def without_locator(masked: str) -> str:
    """``masked`` without where a kind of text sits now when that only points at it ("the number at
    the bottom should be bigger": the number should be bigger)."""
    return _LOCATOR_RE.sub(r"\g<k>", masked)


# "the closing date whizzes past before anyone can read it": its time on screen, read by
# :mod:`timing` (:func:`described_time.content_scene`), never how its text looks ("read")
_TOO_SOON_RE = re.compile(
    r"\b(?:goes|go|going|went|flash\w*|whizz?\w*|zips?|zipping|zoom\w*|flies|fly|flying|rush\w*|speeds|races)\s+(?:by|past)\b"
    r"|\b(?:over|gone)\s+(?:before|too)\b|\btoo\s+(?:fast|quick(?:ly)?|soon)\b",
    _I,
)


# "a version where the survey number is red", "a B in which the price is yellow": the "where" of
# a version's difference asks nothing (round forty f; it left the kind unread, and the whole ad's
# palette went red)
_VERSION_WHERE_RE = re.compile(
    r"\b(?:version|variant|variation|copy|cut|edit|take|cell|one|(?-i:[B-G]))\s+(?:where|in\s+which)\b", _I
)


def _named_by_kind(masked: str, project: AdProject) -> str:
    located = _LOCATOR_RE.search(masked)
    place = (
        located.group("place").lower().replace("middle", "center").replace("centre", "center")
        if located
        else None
    )
    typed = masked
    masked = without_locator(masked)
    elsewhere = False  # the kind named is shown only by a text that sits somewhere else
    if not _LOOKS_RE.search(masked) or NEW_VALUE_RE.search(masked) or _TOO_SOON_RE.search(masked):
        return masked
    asked = _VERSION_WHERE_RE.sub(" ", masked)
    if re.search(r"\b(?:what|which|where|wrong|incorrect|outdated|read\s+me)\b", asked, _I):
        return masked

    def scene_text(m: re.Match[str]) -> str:
        said = re.sub(r"^(?:fone|phne|telephone)\s+", "phone ", m.group("offer") or m.group("what"), flags=_I)
        said = said_kind(said)  # "the apply link": the website; "the booking number": the phone
        shown = scenes_showing(said, project)
        if len(shown) == 1 and place is not None and shown[0].overlay.position != place:
            # ("the number at the bottom should be bigger" where the number at the bottom is a pass
            # rate, the phone number sitting in the middle: asked, never the other text)
            nonlocal elsewhere
            elsewhere = True
        if len(shown) != 1 or elsewhere:
            return m.group(0)
        if m.group("offer"):
            lead = m.group(0)[: m.start("offer") - m.start()]
            lead = lead if re.search(r"\bthe\s+$", lead, _I) else lead + "the "
            return f"{lead}scene {project.scenes.index(shown[0]) + 1} text"
        return f"the scene {project.scenes.index(shown[0]) + 1} text"

    named = _NAMED_KIND_RE.sub(scene_text, masked)
    return typed if elsewhere else named


__all__ = [
    "answered_scenes",
    "KIND_BY_NAME",
    "KINDS",
    "NEW_VALUE_RE",
    "named_by_kind",
    "scenes_showing",
    "scenes_showing_named",
    "SHOWN_KIND",
    "content_question",
    "corrected_shown",
    "size_comparison",
    "where_now",
    "without_locator",
    "wrong_shown",
]
