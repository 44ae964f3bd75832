"""A message that only names a part of the ad ("the hook", "hook text", "delivery card", "the
class times text", "ok the music…"), and the next one that says what it should be ("could it be
Tiffany blue?", "make it red").

Part of :mod:`adgen.agent.understanding` (round thirty-three c and f, dev24's chat crowd, who send
the target and the value as two messages: "the hook" / "make it red" / "no, the text"). Read
alone, the first changed nothing and was forgotten, so the second ("Pantone 485 please", "make it
red") had no target and recoloured the whole palette, or every scene's text. Now a short message
that is only a part's name (a role, or a few words ending on "text", "card", "line" … with no
verb, number or colour) is kept like a half-sent request
(:mod:`halves`): a question asks what should change, and the next message is read after it. The
reply's own question framing ("could it be …?", "how about …", "maybe …") is dropped first, so
"the class times text" + "could it be Tiffany blue?" reads as "the class times text Tiffany blue".
A next message that speaks of the part as "it" ("make it red", "it should say …") is read after
it even though it is a request of its own; one that names its own part ("make the cta red") is
read alone.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.cards_by_words import card_named_by_words
from adgen.agent.understanding.colour_codes import codes_as_hex
from adgen.agent.understanding.content_kinds import names_a_kind, scenes_showing
from adgen.agent.understanding.normaliser import is_english, normalise
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import NUMBER_WORDS, ORDINALS, find_colors
from adgen.project import AdProject

_PART_NOUN = r"(?:text|txt|words|line|caption|copy|headline|title|card|slide|button|tagline|subtitle)"
_ONLY_PART_RE = re.compile(
    rf"^\W*(?:(?:the|our|my|that|this)\s+)?(?:[a-z][\w'&-]*\s+){{0,3}}{_PART_NOUN}\s*[.:…-]*$",
    re.I,
)
# Words that make the message a request or a remark of its own, never a bare name.
_NOT_BARE_RE = re.compile(
    r"\b(?:make|set|change|put|move|add|remove|delete|drop|cut|swap|use|undo|redo|render|keep|leave|"
    r"love|like|hate|want|need|no|not|new|more|less|bigger|smaller|all|every|each|whole|same|other)\b",
    re.I,
)
# A part named by its role or place ("the hook", "that end card", "re: the music", "scene 2 pls").
_ROLE = (
    r"(?:hook|cta|call\s+to\s+action|intro|outro|opener|opening|ending|end\s+card|end\s+screen|last\s+card|"
    r"first\s+card|showcase|testimonial|review|reviews|social\s+proof|music|soundtrack|voice|voice-?over|vo|"
    r"logo|headline|title|tagline|captions?|subtitles?|background|product(?:\s+(?:shot|photo|image))?|"
    r"(?:first|second|third|fourth|last|final)\s+scene|scene\s+\d+)"
)
_LEAD_IN = r"^\W*(?:(?:ok(?:ay)?|so|and|now|next|also|re|about|then|um+|hmm+)\b[\s,:.!-]*)*"
_ROLE_ALONE_RE = re.compile(
    _LEAD_IN
    + r"(?:(?:the|that|this|my|our)\s+)?"
    + _ROLE
    + r"(?:\s+(?:text|words|copy|scene|card|one|colou?r))?"
    r"\s*(?:pls|please)?\s*(?:[.:,…-]|\.\.\.)*\s*$",
    re.I,
)
# The next message speaks of the part named before: "make it red", "it should say …", "it's too …".
_ABOUT_IT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|then|pls|please|can\s+you|could\s+you)\b[\s,]*)*"
    r"(?:(?:make|set|turn|change|put|have|get)\s+(?:it|them)\b|(?:it|they)\s+(?:should|needs?|must|has\s+to|could)\b"
    r"|(?:it|they)'?s?\s+too\b)",
    re.I,
)
_FRAMING_RE = re.compile(
    r"^\W*(?:(?:hmm+|ok(?:ay)?|so|and|um+)\b[\s,]*)*"
    r"(?:(?:could|can|would|should)\s+(?:it|that|they|we)\s+(?:be|go|have|get)|how\s+about|what\s+about|"
    r"maybe|perhaps|let'?s\s+(?:go\s+with|try|do)|go\s+with|try|i'?d\s+like|i\s+think)\s+(?P<rest>.+?)\W*$",
    re.I,
)


def only_a_part(masked: str) -> bool:
    """Whether ``masked`` only names a part of the ad ("the hook", "hook text", "the delivery
    card"), with nothing said of it (no verb, number, colour or quote)."""
    text = masked.strip()
    if not text or len(text) > 60 or "\n" in text:
        return False
    if _ROLE_ALONE_RE.match(text):
        return True
    if re.search(r"[\d#\"“”\ue000-\uf8ff]", text):
        return False
    return bool(_ONLY_PART_RE.match(text)) and not _NOT_BARE_RE.search(text) and not find_colors(text)


def about_it(text: str) -> bool:
    """Whether a message speaks of the part named before as "it" ("make it red")."""
    return bool(_ABOUT_IT_RE.match(text))


def question(raw: str) -> str:
    """What is asked after a bare part name: its words, colour, size or place for a text or a card,
    else just what should change."""
    said = re.sub(_LEAD_IN, "", " ".join(raw.split()), flags=re.I).strip(" .:,…-")
    said = re.sub(r"\s*\b(?:pls|please)$", "", said, flags=re.I)
    part = said.removeprefix("the ")
    if re.search(rf"\b{_PART_NOUN}$", part, re.I):
        return f"What should change about the {part}: its words, colour, size or place?"
    return f"What should change about the {part}? Send the rest and I'll do it."


def reframed(reply: str) -> str:
    """The reply without its question framing ("could it be Tiffany blue?": "Tiffany blue")."""
    reply = codes_as_hex(reply)  # ("could it be rgb(0, 177, 64)?": its bracket is no framing)
    framed = _FRAMING_RE.match(reply)
    return framed.group("rest") if framed else reply


__all__ = ["about_it", "only_a_part", "question", "reframed"]


# --- Round thirty-five a: more ways to name a part alone, and what the next message may not do --
#
# dev25's crowd named the part first in every way a chat allows: a scene by number or place with
# any word for it ("slide two", "scren 2", "card 3", "ok first screen"), a role with a typo ("the
# hok"), a card by the words it shows ("partty crad", "racecard", "the party page"), two at once
# ("the ages page and the party page"), a version ("on B"), or asked for the list first ("list the
# slides"). Unread, the next message ("should run 6 seconds", "mak the txt red", "words up top on
# both") had no target of its own and went to the whole ad: six wrong edits. Now such a naming is
# kept as "scene 2" / "scenes 2 and 3" and the next message read after it; a part that cannot be
# told is asked about; and a next message that would change every scene or the whole ad's length
# after a part was named is asked about instead of done.

# (the shared number words and ordinals, as far as a scene's number goes here)
_NUMBERS = {word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 8}
_ORDINALS = {word: n for word, n in ORDINALS.items() if n <= 6}
# A word for one scene, with the typos chat gives it ("scren", "slde", "crad").
_SCENE_WORD = (
    r"(?:scenes?|scnes?|senes?|slides?|sldes?|sildes?|slids?|screens?|scrns?|screns?|sceens?|screns?|cards?|"
    r"crads?|cads?|pages?|pgs?|frames?|frams?|shots?|clips?|panels?)"
)
_NUMBERED_RE = re.compile(
    rf"\b{_SCENE_WORD}\s*(?:no\.?\s*|number\s+|#\s*)?(?P<n>\d|{'|'.join(_NUMBERS)})\b"
    rf"|\b(?P<o>{'|'.join(_ORDINALS)}|last|final)\s+(?:one\s+|{_SCENE_WORD})",
    re.I,
)
_FILLER_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|next|also|re|about|then|um+|hmm+|right|alright|oh|ah|on|for|in|"
    r"regarding|wrt|looking\s+at)\b[\s,:.!-]*)*|(?:\s*\b(?:pls|please|plz|now|next|first|then)\b)?[\s.:,…!-]*$",
    re.I,
)
# "the text of the phone number", "the words on the party card": the part is what follows.
_TEXT_OF_RE = re.compile(
    r"^(?:the\s+)?(?:text|txt|words|writing|wording|copy|lettering)\s+(?:of|on|in|for)\s+(?:the\s+)?(?P<x>.+)$",
    re.I,
)
_GLUED_RE = re.compile(r"^(?P<w>[a-z]{3,}?)(?P<n>card|slide|page|screen|frame)$", re.I)
_JOIN_RE = re.compile(r"\s*(?:,|&|\+|\band\b|\bplus\b)\s*", re.I)
_WORDS_CARD_RE = re.compile(
    rf"^(?:(?:the|that|this|our|my)\s+)?(?P<w>[\w$%&'’-]+(?:\s+[\w$%&'’-]+)?)\s+{_SCENE_WORD}$", re.I
)
_ROLE_PIECE_RE = re.compile(
    rf"^(?:(?:the|that|this|our|my)\s+)?{_ROLE}(?:\s+(?:text|words|copy|scene|card|one|bit|part))?$", re.I
)
_VARIANT_ALONE_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|right)\b[\s,]*)*(?:(?:on|for|in|with|to|over\s+on)\s+)?(?:the\s+)?"
    r"(?:(?:version|variant|variation|option|cut)\s+(?-i:(?P<a>[B-G]))|(?-i:(?P<b>[B-G]))(?:\s+(?:version|variant|variation|one|cut))?)"
    r"\s*(?:pls|please|now|then)?\s*[.:,…!-]*\s*$",
    re.I,
)
_LIST_SCENES_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|first|can\s+you|could\s+you|pls|please)\b[\s,]*)*(?:list|show|give)\s+(?:me\s+|us\s+)?"
    r"(?:the\s+|all\s+(?:the\s+)?|your\s+)?(?:slides|screens|cards|pages|frames|shots|scenes)"
    r"(?:\s+(?:pls|please|you\s+have|there\s+are|in\s+order))?\W*$",
    re.I,
)
# A next message that names its own target, or the whole ad on purpose: read alone.
_WHOLE_SAID_RE = re.compile(
    r"\b(?:all|every|each|everything|whole|entire|overall|total|the\s+(?:ad|video|spot)|all\s+over)\b", re.I
)


def variant_named_alone(text: str) -> str | None:
    """The letter of a version named alone ("on B", "for version B", "B version"), else None."""
    m = _VARIANT_ALONE_RE.match(text or "")
    return (m.group("a") or m.group("b")) if m else None


def scenes_listed(text: str) -> bool:
    """Whether ``text`` asks for the list of scenes by another word ("list the slides")."""
    return bool(_LIST_SCENES_RE.match(text or ""))


def _piece_scenes(piece: str, project: AdProject) -> list[str] | None:
    """The scene numbers (1-based) one named piece stands for; None when it names no part, []
    when it names one that cannot be told."""
    piece = piece.strip(" .,:;!?…-")
    if not piece:
        return None
    if of := _TEXT_OF_RE.match(piece):
        x = of.group("x")
        piece = x if re.search(rf"{_SCENE_WORD}$|^{_ROLE}$", x, re.I) else f"{x} card"
    count = len(project.scenes)
    if m := _NUMBERED_RE.fullmatch(piece.removeprefix("the ").strip()):
        if m.group("o"):
            n = count if m.group("o").lower() in ("last", "final") else _ORDINALS[m.group("o").lower()]
        else:
            n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS[m.group("n").lower()]
        return [str(n)] if 1 <= n <= count else []
    if glued := _GLUED_RE.match(piece):
        piece = f"{glued.group('w')} {glued.group('n')}"  # "racecard": the race card
    fixed = normalise(piece)
    if _ROLE_PIECE_RE.match(fixed):
        refs = find_scene_refs(fixed, project, [])
        if len(refs) == 1 and refs[0].ids and not refs[0].plural:
            return [str([s.id for s in project.scenes].index(i) + 1) for i in refs[0].ids]
        return [] if refs else None  # ("the music": no scene, read as before)
    kind = re.sub(r"^(?:the|that|this|our|my)\s+", "", fixed, flags=re.I)
    if names_a_kind(kind):  # "the phone number", "the hours": the one text that shows it
        shown = scenes_showing(kind, project)
        return [str(project.scenes.index(shown[0]) + 1)] if len(shown) == 1 else []
    m = _WORDS_CARD_RE.match(fixed)
    if m is None or _NOT_BARE_RE.search(fixed) or find_colors(fixed):
        return None
    words = m.group("w")
    if not all(is_english(w) for w in words.split()):
        words = re.sub(r"([a-z])\1(?=[a-z])", r"\1", words, flags=re.I)  # "partty": a key held
    # (the existing card search, with the word as the card may show it: "party" for "Parties")
    for said in dict.fromkeys((words, re.sub(r"y$", "ies", words), words + "s")):
        said = card_named_by_words(f"the {said} card", project)
        if said.startswith("scene "):
            return [said.removeprefix("scene ")]
    if (" " not in words or names_a_kind(words)) and len(shown := scenes_showing(words, project)) == 1:
        return [str(project.scenes.index(shown[0]) + 1)]
    return []


def parts_named(masked: str, project: AdProject | None) -> tuple[str, bool] | None:
    """A message that only names one or more parts ("slide two", "the hok", "the ages page and the
    party page"): the parts as the parser reads them ("scene 2", "scenes 2 and 3") and True, or the
    message as typed and False when a part cannot be told ("racecard" when no card says "race");
    None for any other message."""
    text = " ".join((masked or "").split())
    if project is None or not text or len(text) > 70 or re.search(r"[\"“”\ue000-\uf8ff]", text):
        return None
    core = _FILLER_RE.sub("", text).strip()
    pieces = [p for p in _JOIN_RE.split(core) if p.strip()]
    # ("slides 2 and 3": the number after "and" is another scene of the same word)
    pieces = [f"scene {p.strip()}" if p.strip().isdigit() and i else p for i, p in enumerate(pieces)]
    if not pieces or len(pieces) > 3:
        return None
    found = [_piece_scenes(p, project) for p in pieces]
    if any(f is None for f in found):
        return None
    numbers = list(dict.fromkeys(n for f in found for n in (f or [])))
    if any(not f for f in found) or not numbers:
        return text, False
    if len(numbers) == 1:
        return f"scene {numbers[0]}", True
    return "scenes " + ", ".join(numbers[:-1]) + " and " + numbers[-1], True


def part_unclear_question(raw: str, project: AdProject) -> str:
    """Which scene a part named alone is, asked with the scenes listed."""
    rows = "; ".join(f"{i}. “{s.overlay.text}”" for i, s in enumerate(project.scenes, start=1) if s.overlay)
    return f"Which scene is “{raw.strip()}”? The scenes are: {rows}. Say its number and what should change."


def parts_question(named: str, project: AdProject) -> str:
    """What should change on the scene(s) a bare naming stood for ("scene 2": its words shown)."""
    numbers = [int(n) for n in re.findall(r"\d+", named) if 0 < int(n) <= len(project.scenes)]
    said = " and ".join(f"scene {n} (“{project.scenes[n - 1].overlay.text}”)" for n in numbers)
    return f"What should change on {said or named}? Send the rest and I'll do it."


def fans_out(operations: list[dict], named: str, project: AdProject) -> bool:
    """Whether these operations go past the part named before ("scene 2", "the hook"): the whole
    ad's length, its palette, or the text of scenes other than the one(s) named (of more than one
    scene, when which one was named cannot be told)."""
    told = parts_named(named, project)
    ids = {f"scene_{n}" for n in re.findall(r"\d+", told[0])} if told and told[1] else set()
    ids = {s.id for i, s in enumerate(project.scenes, start=1) if f"scene_{i}" in ids}
    touched = set()
    for op in operations:
        kind = op.get("operation")
        if kind == "set_duration" or (kind == "update_style" and ("palette" in op or "colors" in op)):
            return True
        if "sceneId" in op and kind in ("update_overlay", "update_scene"):
            touched.add(op["sceneId"])
    return bool(touched - ids) if ids else len(touched) > 1


def says_its_own_target(text: str, project: AdProject) -> bool:
    """Whether a next message names its own part, or the whole ad on purpose ("make the cta red",
    "all text red", "the ad 20 s"): then it is read alone."""
    fixed = normalise(text or "")
    return bool(_WHOLE_SAID_RE.search(fixed) or find_scene_refs(fixed, project, []))


__all__ += [
    "fans_out",
    "part_unclear_question",
    "parts_named",
    "parts_question",
    "says_its_own_target",
    "scenes_listed",
    "variant_named_alone",
]
