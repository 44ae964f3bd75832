"""Follow-ups that lean on the request before: "a bit more", "even more", "again", "the same
for the hook", "and the CTA the same", and approvals that ask for nothing ("white was fine").

Part of :mod:`adgen.agent.understanding`. What the last request did comes from the
conversation's memory (:class:`adgen.agent.conversation_state.ConversationState`): its edit
operations, each with the values its fields had before (``before``), so "a bit more" repeats
the same change at a smaller step. Pronouns and bare values ("make it orange", "actually
right") are read by the clause reader itself, with the memory's scenes and topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Any

from adgen.agent.conversation_state import ConversationState, PendingOption, PendingQuestion
from adgen.agent.understanding.earlier_turns import plain_followup
from adgen.agent.understanding.intensity import BIT, MUCH, NORMAL
from adgen.agent.understanding.memory import SCENE_READERS, fields_named, restore
from adgen.agent.understanding.numerals import with_numerals
from adgen.agent.understanding.praise import PRAISE_ALT
from adgen.agent.understanding.product_words import names_product, product_spans
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK
from adgen.agent.understanding.refusals import LIMITS, out_of_range
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs
from adgen.agent.understanding.values import NUMBER_WORD_PATTERN, number_value
from adgen.project import AdProject
from adgen.tools import operations as ops

# "a bit more", "more", "again", "even more", "a little more please", "much more", "another tad",
# "another smidge" (the intensity table's small amounts).
# How the last change landed, before "a bit more" ("better, bit more", "closer, a touch more").
_PROGRESS = (
    r"(?:much\s+|way\s+|a\s+lot\s+|that'?s\s+|it'?s\s+)?better|closer|(?:almost|nearly|getting)(?:\s+there)?|"
    r"good\s+start|right\s+direction|cool|yep|yup"
)
_MORE_RE = re.compile(
    rf"^\W*(?:(?:ok(?:ay)?|yes|yeah|nice|good|great|hmm+|and|(?:still\s+)?not\s+enough(?:\s+(?:yet|still))?|{_PROGRESS})\b[\s,.!]*)*"
    r"(?P<how>(?:a\s+)?(?:little|tiny|wee)\s+bit|(?:a\s+)?(?:bit|little|touch|tad|hair|smidge|smidgen|notch|nudge)|slightly|"
    r"even|much|way|a\s+lot|lots)?\s*"
    r"(?:(?:more|again)(?:[\s,!.]+(?:more|again))*|further|one\s+more(?:\s+time)?|once\s+more|keep\s+going|go\s+on|carry\s+on|"
    r"same\s+again|need\s+(?:some\s+|a\s+bit\s+)?more|(?:add|give\s+(?:it|me))\s+(?:some\s+)?more|do\s+(?:it|that)\s+again|another\s+(?:(?:tiny|teeny|wee|little|lil)\s+)?(?:tad|bit|touch|notch|step|nudge|smidge|smidgen|hair))\b"
    # ("and again, slightly", "more, just a touch": the step said after)
    r"(?:[\s,.!-]+(?:just\s+)?(?P<after>(?:a\s+)?(?:little\s+|tiny\s+|wee\s+)?(?:bit|little|touch|tad|hair|smidge|notch|nudge)|slightly|"
    r"a\s+lot|much))?"
    r"(?:\s+(?:please|pls|than\s+that))?\W*$",
    re.I,
)
# "a little less quiet than that", "slightly less big now": the last change's way said by a word of
# :data:`_STILL_WORDS`; against the last change, part of it taken back, else further that way.
_LESS_WORD_RE = re.compile(
    r"^\W*(?:(?:hmm+|ok(?:ay)?|and|but|actually|now|maybe|nah|no)\b[\s,.!]*)*"
    r"(?:make\s+(?:it|that)\s+|(?:it'?s|that'?s)\s+)?"
    r"(?P<how>a\s+(?:little\s+|tiny\s+)?(?:bit|little|touch|tad)\s+|slightly\s+|just\s+a\s+(?:bit|touch|tad)\s+)?"
    r"less\s+(?P<word>[a-z]+)(?:\s+(?:than\s+(?:that|this|before|now)|now|please|pls|then))*\W*$",
    re.I,
)
# "a bit less", "not so much", "too much": the last change, partly taken back ("not that much":
# half of it, as "too much", never all of it, round twenty-six).
_LESS_STEP = (
    r"(?:(?:a\s+(?:bit|little|touch|tad)|slightly)\s+less|less|not\s+(?:so|that|as)\s+much|tone\s+it\s+down"
    r"|(?:back|ease)\s+(?:it\s+)?off|(?:dial|pull)\s+(?:it|that)\s+back"
    r"|(?:you\s+|i\s+|we\s+)?(?:overdid|overcooked)\s+(?:it|that)|(?:that\s+)?went\s+too\s+far|too\s+far"
    r"|(?:(?:that'?s|thats|it'?s|that\s+is)\s+)?(?:a\s+bit\s+|way\s+|a\s+little\s+)?too\s+much)"
    r"(?:\s+(?:now|please|pls|then))?(?:\s+(?:a\s+(?:little\s+)?(?:bit|touch|tad|notch|smidge)|slightly))?(?:\s+(?:now|please|pls|then))?"
)
_LESS_RE = re.compile(
    rf"^\W*(?:(?:hmm+|no|nah|ok|okay|actually|oops|wait|whoa|woah|ooh|{_PROGRESS})\b[\s,.!]*)*"
    rf"{_LESS_STEP}(?:[\s,.!;:-]+(?:and\s+|so\s+)?{_LESS_STEP})?\W*$",
    re.I,
)
# Any of these words in a "less" makes it a small step back (part of the last change, never all).
_LESS_BIT_RE = re.compile(
    r"\b(?:bit|little|touch|tad|notch|smidge|slightly|much|far|overdid|overcooked)\b", re.I
)
# "the same for the hook", "and the CTA the same", "do the same to scene 3", "same on the outro".
_SAME_RE = re.compile(
    # ("and the same again on the last picture": "again" says it is the same change)
    # ("and the same trim on the hook", "the same cut for the cta": the change named by its kind)
    r"\b(?:(?:do\s+)?the\s+same|same)(?:\s+(?:kind|sort|type)\s+of)?(?:\s+(?:thing|change|deal|treatment|edit|idea|"
    r"trim|cut|shave|tweak|fix|bump|boost|amount))?"
    r"(?:\s+again)?\s+(?:for|to|on|with|in)\b|\bthe\s+same\s*(?:again\s*)?(?:too|please|as\s+well)?\W*$"
    r"|^\W*(?:and\s+|also\s+)?(?:do\s+)?(?:that|this|it)\s+(?:for|to|on)\s+(?:the\s+)?\w"
    # "could the last scene have the same treatment?", "give the cta the same"
    r"|\b(?:have|get|gets|got)\s+the\s+same(?:\s+(?:treatment|thing|change|edit|look|tweak))?\W*$",
    re.I,
)
# "even less", "even a bit less", "a little less still": further down the way the last change went
# (only after a change that lowered every number: after a raise the words are ambiguous).
_EVEN_LESS_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yes|yeah|and|hmm+)\b[\s,.!]*)*(?:(?P<even>even|still)\s+)?"
    r"(?P<how>a\s+(?:little\s+|tiny\s+)?(?:bit|little|touch|tad)\s+|slightly\s+|much\s+|a\s+lot\s+)?less"
    r"(?(even)|\s+still)(?:\s+(?:please|pls))?\W*$",
    re.I,
)
# Approval of how something was: asks for nothing ("no wait, white was fine, put it back").
_APPROVAL_RE = re.compile(
    # ("20ish is fine", "25 would be fine": a number is a value offered, no approval)
    r"^\W*(?:no\s+wait[\s,]*)?(?:(?!\d|about\s+\d|around\s+\d)[\w#\s-]{1,30}\s+)?(?:was|were|looked|looks|is|'s)\s+(?:really\s+|so\s+)?"
    rf"(?:{PRAISE_ALT}|better|ok(?:ay)?)\b\W*$"
    r"|^\W*i\s+(?:really\s+)?(?:love|like)\s+(?:the\s+|this\s+|that\s+|it\b)(?:\w+\s*){0,2}\W*$",
    re.I,
)
_STEP = {"bit": BIT, "normal": NORMAL, "much": MUCH}
# "another one", "again", "next", "one more", "nope, try again": after a new take, another take.
_REROLL_RE = re.compile(
    r"^\W*(?:(?:meh|nah|no+|nope|hmm+|ugh|ok(?:ay)?|still\s+not\s+(?:it|right|great|there)|not\s+(?:quite|it|great|"
    r"that\s+one|this\s+one|feeling\s+it)|try|give\s+me|show\s+me|let'?s\s+(?:see|try)|"
    r"(?:can|could)\s+(?:i|we|you)\s+(?:see|get|have|try|do)|please|pls)\b[\s,.!]*)*"
    r"(?:another(?:\s+(?:one|take|try|version|option|go|shot|attempt|variation))?|again|"
    r"one\s+more(?:\s+(?:time|take|try|go))?|next(?:\s+one)?|(?:a\s+)?(?:different|new)\s+one|re-?roll|roll\s+again|"
    r"shuffle|keep\s+(?:going|trying|them\s+coming))"
    r"(?:\s+(?:please|pls|then|thanks))?\W*$",
    re.I,
)


@dataclass
class Repeat:
    """What a follow-up does, shaped like a clause reader's result."""

    ops: list[Any] = field(default_factory=list)
    targets: list[str] | None = None
    topic: str | None = None
    role: str | None = None
    note: str | None = None
    understood: bool = True


def is_approval(clause: str) -> bool:
    return bool(_APPROVAL_RE.search(clause))


def repeat(clause: str, project: AdProject, state: ConversationState) -> Repeat | None:
    """The operations of "a bit more" / "the same for X", or None when the clause is neither."""
    clause = plain_followup(clause)
    if state.project_id not in (None, project.project_id):
        return None
    if not state.last_operations:
        times = _TIMES_RE.search(clause)
        if times and _length_asked(project, state):  # "how long is the hook?" … "double it"
            return _times(project, state, _FACTORS[times.group("f").lower().split()[0]])
        return None
    if _REROLL_RE.search(clause) and all(
        op.get("operation") == "regenerate_scene" for op in state.last_operations
    ):
        return _reroll(project, state)  # "meh, another one" after a new take: another take
    still = _still_direction(clause, state)
    if still is not None:
        # "hmm still big" after a shrink: the same way again; against the last change: not this.
        return _more(project, state, "normal") if still else None
    even_less = _EVEN_LESS_RE.search(clause)
    if even_less:
        # "encore un peu moins" after "the music is far too loud": quieter still, never a step back
        if not _all_lowered(state):
            return None
        return _more(project, state, _level(even_less.group("how")))
    times = _TIMES_RE.search(clause)
    if times:
        return _times(project, state, _FACTORS[times.group("f").lower().split()[0]])
    percent = _PERCENT_RE.search(clause)
    if percent and re.search(
        r"\b(?:another|extra|further|more|up|bigger|larger|higher|less|smaller|lower|down|off)\b",
        clause,
        re.I,
    ):
        # "and 10% more", "shave 10% off" after a size change: that number, by that share of it
        share = float(percent.group("n") or percent.group("n2")) / 100
        down = bool(percent.group("down") or percent.group("off") or percent.group("down2"))
        ratio = all(
            _NUMERIC[name][2] for op in state.last_operations for name in op if name in _NUMERIC
        )  # ("another 10% down" of a volume at 30%: points or a share, unclear: not read here)
        if ratio and 0 < share < (1 if down else 10):
            return _times(project, state, 1 - share if down else 1 + share)
        return None
    by = _BY_RE.match(with_numerals(clause))
    if by and (by.group("lead") or by.group("up") or by.group("down")):
        # "20px more" / "another 2 seconds" after a size or length change: that much, from where it is
        amount = float(by.group("n")) * (-1 if by.group("down") else 1)
        unit = (by.group("u") or "").lower()
        fields = (
            ("fontSize",) if unit[:1] == "p" else ("durationSec",) if unit else ("fontSize", "durationSec")
        )
        return _times(project, state, 1.0, add=amount, fields=fields)
    more = _MORE_RE.search(clause)
    if more:
        return _more(project, state, _level(more.group("how") or more.group("after")))
    less_word = _LESS_WORD_RE.match(clause)
    if less_word and (way := _STILL_WORDS.get(less_word.group("word").lower())) is not None:
        went = _moved_way(state)
        if went is None:
            return None
        if went == way:  # "less quiet" after a raise of the volume: louder still
            return _more(project, state, _level(less_word.group("how")))
        return _more(project, state, "bit" if less_word.group("how") else "normal", back=True)
    less = _LESS_RE.search(clause)
    if less:
        return _more(project, state, "bit" if _LESS_BIT_RE.search(less.group(0)) else "normal", back=True)
    refs = [
        r
        for r in find_scene_refs(clause, project, [], shared_role(project, state))
        if r.kind != "all" and r.ids
    ]
    kinds = {str(op.get("operation")) for op in state.last_operations}
    if refs and (_SAME_RE.search(clause) or _only_scenes_and_too(clause, refs, kinds)):
        return _same_for(project, state, [sid for r in refs for sid in r.ids])
    if refs:
        return _same_with_value(clause, refs, state, project)
    return _bare_value(clause, state)


# "still big", "hmm, still too long": the last change did not go far enough (a row per way).
_STILL_RE = re.compile(
    r"^\W*(?:(?:hmm+|h?mm|ok(?:ay)?|nah|meh|better|closer|good|nice|but|it'?s|its|that'?s|is)\b[\s,.!]*)*still\s+"
    r"(?:(?:a\s+bit|a\s+little|a\s+tad|slightly|way|far|kinda|kind\s+of|quite|pretty|rather)\s+)?(?:too\s+)?(?P<word>[a-z]+)"
    # ("better. still a bit loud though", "still too quiet tbh": how it is said, nothing more asked)
    r"(?:\s+(?:though|tho|imo|tbh|honestly|for\s+me|to\s+me))?"
    # ("still a bit loud, more", "still small - again please": the same way once more)
    r"(?:\W+(?:(?:a\s+(?:bit|little)\s+|even\s+|some\s+)?more|again|further|keep\s+going)(?:\s+(?:please|pls))?)?\W*$",
    re.I,
)
# "still not loud enough", "not big enough yet, more": the same, said of what it is not yet.
_NOT_ENOUGH_RE = re.compile(
    r"^\W*(?:(?:hmm+|ok(?:ay)?|nah|nope|no|meh|better|closer|but|it'?s|its|that'?s|is|still)\b[\s,.!]*)*"
    r"(?:still\s+)?not\s+(?:quite\s+)?(?P<word>[a-z]+)\s+enough(?:\s+(?:yet|still))?"
    r"(?:\W+(?:(?:a\s+(?:bit|little)\s+|even\s+|some\s+)?more|again|further|keep\s+going)(?:\s+(?:please|pls))?)?\W*$",
    re.I,
)
_STILL_WORDS = {
    "big": -1,
    "large": -1,
    "huge": -1,
    "long": -1,
    "loud": -1,
    "slow": -1,
    "small": 1,
    "tiny": 1,
    "short": 1,
    "quiet": 1,
    "fast": 1,
}


def _still_direction(clause: str, state: ConversationState) -> bool | None:
    """None when the clause is no "still <too much>"; else whether every number the last request
    changed went the way the words ask (down for "still big", up for "still small")."""
    m = _STILL_RE.match(clause)
    way = _STILL_WORDS.get(m.group("word").lower()) if m else None
    if way is None and (enough := _NOT_ENOUGH_RE.match(clause)) is not None:
        # "still not loud enough", "not big enough yet": still quiet, still small
        said = _STILL_WORDS.get(enough.group("word").lower())
        way = -said if said is not None else None
    if way is None:
        return None
    moved = [
        (op[name] - old) * way
        for op in state.last_operations
        for name, old in (op.get("before") or {}).items()
        if name in _NUMERIC and isinstance(op.get(name), int | float) and isinstance(old, int | float)
    ]
    return bool(moved) and all(d > 0 for d in moved)


def _moved_way(state: ConversationState) -> int | None:
    """1 when the last request raised every number it changed, -1 when it lowered them all,
    None otherwise."""
    moved = [
        op[name] - old
        for op in state.last_operations
        for name, old in (op.get("before") or {}).items()
        if name in _NUMERIC and isinstance(op.get(name), int | float) and isinstance(old, int | float)
    ]
    if moved and all(d > 0 for d in moved):
        return 1
    if moved and all(d < 0 for d in moved):
        return -1
    return None


def _all_lowered(state: ConversationState) -> bool:
    """Whether the last request lowered every number it changed (and changed one)."""
    moved = [
        op[name] - old
        for op in state.last_operations
        for name, old in (op.get("before") or {}).items()
        if name in _NUMERIC and isinstance(op.get(name), int | float) and isinstance(old, int | float)
    ]
    return bool(moved) and all(d < 0 for d in moved)


# "hmm still big. 50", "try 48", "50 then": a reaction to the last change, then only a number.
_REACTION_RE = re.compile(
    r"^\W*(?:(?:hmm+|h?mm|ok(?:ay)?|no|nah|nope|meh|ugh|still|(?:way\s+|a\s+bit\s+|far\s+)?too|big|small|large|"
    r"tiny|huge|long|short|try|maybe|actually|let'?s\s+(?:try|do|say|go\s+with)|go\s+with|how\s+about|make\s+(?:it|that)|"
    r"sorry|wait|oops|i\s+meant?|i\s+said|(?:it\s+)?should\s+(?:be|have\s+been))\b[\s,.!]*)*",
    re.I,
)


def _bare_value(clause: str, state: ConversationState) -> Repeat | None:
    """ "hmm still big. 50" right after "shrink the hook text to 56": the number is a new value
    of the one field the last request set, for the scenes it set it on."""
    # "no, seven" / "make that seven" after "tickets card six seconds": the number word alone
    clause = _number_word_in_digits(clause)
    rest = _REACTION_RE.sub("", clause, count=1)
    rest = _number_word_in_digits(rest)
    if rest == clause and not _VALUE_LEFT_RE.match(clause):
        return None
    scene_ids = list(dict.fromkeys(str(op["sceneId"]) for op in state.last_operations if op.get("sceneId")))
    if not scene_ids:
        return None
    refs = [SimpleNamespace(start=0, end=0, ids=scene_ids)]
    return _same_with_value(rest, refs, state)


_NUMBER_WORD_ALONE_RE = re.compile(
    rf"^\W*(?P<n>{NUMBER_WORD_PATTERN})(?=\W*$|\s+(?:then|please|pls|instead)\W*$)", re.I
)


def _number_word_in_digits(text: str) -> str:
    """``text`` with a number word said alone ("seven", "eighty then") in digits."""
    return _NUMBER_WORD_ALONE_RE.sub(lambda m: str(int(number_value(m.group("n")))), text)


# What is left of "and the second one 6" / "the cta 3 s" / "scene 2: 5 seconds" once its scenes
# are taken out: a lead word, a number and perhaps a unit.
_VALUE_LEFT_RE = re.compile(
    # ("like 6 sec", "more like 90", "maybe 5": the value said loosely)
    r"^\W*(?:(?:and|also|then|now|ok(?:ay)?|same\s+for|make|set|for|with|the|in|on|one|like|more\s+like|maybe|say|"
    r"about|around|roughly|actually|no)\W+)*(?:(?:at|to)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>s|secs?|seconds?|px|%)?(?:\s+(?:each|please|pls|too|then))?\W*$",
    re.I,
)
# Words that may sit between the words describing a scene ("the mat on the deck", "the studio one").
_DESCRIBING_GLUE = frozenset(
    "the a an one bit part shot scene clip with of on in at by from where showing that".split()
)
_WORD_RE = re.compile(r"[a-z][a-z'-]*", re.I)


def _stem(word: str) -> str:
    w = word.lower().strip("'-")
    for ending in ("ing", "ies", "es", "ed", "s"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


def _described_out(rest: str, scene_ids: list[str], project: AdProject) -> str:
    """``rest`` with the words before its number taken out when each of them describes every scene
    named (a word of its picture or on-screen words) or only joins such words; unchanged when any
    other word is left, or when none describes them (then the words mean something else)."""
    number = re.search(r"\d", rest)
    if number is None or not scene_ids:
        return rest
    scenes = [s for s in project.scenes if s.id in scene_ids]
    if len(scenes) != len(set(scene_ids)):
        return rest
    shown = [
        {_stem(w) for w in _WORD_RE.findall(f"{s.background_prompt} {s.overlay.text or ''}")} for s in scenes
    ]
    head = rest[: number.start()]
    described = False
    kept: list[str] = []
    for word in _WORD_RE.findall(head):
        stem = _stem(word)
        if all(stem in words for words in shown) and word.lower() not in _DESCRIBING_GLUE:
            described = True
        elif word.lower() in _DESCRIBING_GLUE:
            continue
        else:
            kept.append(word)
    if not described or any(k.lower() not in _LEAD_WORDS for k in kept):
        return rest
    return " ".join([*kept, rest[number.start() :]])


_LEAD_WORDS = frozenset(
    "and also then now ok okay for with to like maybe say about around roughly actually".split()
)
# The fields a bare number can set again, by the unit said with it ("" when none): a row per field.
_VALUE_FIELDS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("update_scene", "durationSec", frozenset({"", "s", "sec", "secs", "second", "seconds"})),
    ("update_overlay", "fontSize", frozenset({"", "px"})),
)


def _same_with_value(
    clause: str, refs: list[Any], state: ConversationState, project: AdProject | None = None
) -> Repeat | None:
    """ "and the second one 6" after "make the hook 4 seconds": the same kind of edit, to the
    scenes named, with the new value. Only when the last request set one such field, so the
    number can mean nothing else."""
    rest = clause
    for ref in sorted(refs, key=lambda r: r.start, reverse=True):
        rest = rest[: ref.start] + " " + rest[ref.end :]
    m = _VALUE_LEFT_RE.match(rest)
    if m is None and project is not None:
        # "and the studio one at the start to 3", "and the mat on the deck 4": the words around
        # the scene named describe that same scene (what it shows or says), so they name it too.
        m = _VALUE_LEFT_RE.match(_described_out(rest, [sid for r in refs for sid in r.ids], project))
    if m is None:
        return None
    unit = (m.group("u") or "").lower()
    value = float(m.group("n"))
    set_fields = {
        (str(op.get("operation")), name)
        for op in state.last_operations
        for name in op
        if name not in ("operation", "sceneId", "before")
    }
    rows = [(o, n) for o, n, units in _VALUE_FIELDS if (o, n) in set_fields and unit in units]
    if len(rows) != 1 or len(set_fields) != 1:
        return None
    [(operation, name)] = rows
    scene_ids = list(dict.fromkeys(sid for r in refs for sid in r.ids))
    number: float | int = value if name == "durationSec" else int(value)
    problem = out_of_range("scene_duration" if name == "durationSec" else "font_size", number)
    if problem:
        return Repeat(note=problem, targets=scene_ids, topic=state.topic)  # refused, the range said
    made = [ops.parse_operation({"operation": operation, "sceneId": sid, name: number}) for sid in scene_ids]
    return Repeat(ops=made, targets=scene_ids, topic=state.topic)


def shared_role(project: AdProject, state: ConversationState) -> str | None:
    """The role of every scene last named, if one ("the second showcase" -> "and the first one")."""
    roles = {s.role for s in project.scenes if s.id in state.scene_ids}
    return roles.pop() if len(roles) == 1 else None


def _only_scenes_and_too(
    clause: str, refs: list[Any], kinds: set[str] | frozenset[str] = frozenset()
) -> bool:
    """ "and the cta too", "the hook as well", "and in the cta", "what about the hook?": scenes
    and nothing else to change ("and the end card text too" after a text change: the thing the
    last change was about may be named)."""
    if not (_TOO_END_RE.search(clause) or _AND_LEAD_RE.search(clause)) or PLACEHOLDER_MARK in clause:
        return False  # "and the cta 'Pídelo hoy'": new words, not the same change
    rest = clause
    for ref in sorted(refs, key=lambda r: r.start, reverse=True):
        rest = rest[: ref.start] + " " + rest[ref.end :]
    rest = _LEFTOVER_RE.sub(" ", rest)
    for operation, pattern in SAME_THING_WORDS:
        if operation in kinds:
            rest = pattern.sub(" ", rest)
    return not rest.strip()


# Words that name what the last change was about ("and the end card text too"): a row per operation.
SAME_THING_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("update_overlay", re.compile(r"\b(?:text|txt|words|caption|headline|copy|line|font)\b", re.I)),
    ("update_product", re.compile(r"\b(?:product|bottle|shot|packshot|pack)\b", re.I)),
    ("update_scene", re.compile(r"\b(?:background|backdrop|scene|length)\b", re.I)),
)


# "louder than that", "smaller from there": a step from where the last change left it, not a redo.
_FROM_NOW_RE = re.compile(
    r"\b(?:than\s+(?:that|this|now|it\s+is(?:\s+now)?)|from\s+(?:there|here|that|now))\b", re.I
)


def is_correction(clause: str) -> bool:
    """ "no, I meant brighter", "no wait, bigger": the last request, done differently."""
    if not _CORRECTION_RE.match(clause) or _FROM_NOW_RE.search(clause):
        return False
    # "no, that's too much": the last change, partly taken back (a follow-up), no new request
    return not _LESS_RE.match(without_correction_cue(clause))


def without_correction_cue(clause: str) -> str:
    """The clause without "no," / "I meant"; a number word left alone ("no, seven") in digits."""
    rest = _CORRECTION_RE.sub("", clause, count=1)
    return _number_word_in_digits(rest)


def taken_back(state: ConversationState, unless: list[Any] | None = None) -> list[Any]:
    """Operations that put back what the last request changed, without the fields ``unless``
    sets again anyway ("no, more upbeat" changes the music once, not twice)."""
    again = {
        (op.operation, getattr(op, "scene_id", None), name) for op in unless or [] for name in op.to_wire()
    }
    made = []
    for wire in restore(state.last_operations):
        kept = {
            k: v
            for k, v in wire.items()
            if k in ("operation", "sceneId") or (wire["operation"], wire.get("sceneId"), k) not in again
        }
        if set(kept) - {"operation", "sceneId"}:
            made.append(ops.parse_operation(kept))
    return made


def base_project(project: AdProject, state: ConversationState) -> AdProject:
    """The project with the last request's fields as they were before it, so a correction
    ("no, I meant brighter") is read against what the marketer was correcting."""
    from adgen.agent.understanding.clause import simulate

    base, _ = simulate(project, [ops.parse_operation(op) for op in restore(state.last_operations)])
    return base


_AND_LEAD_RE = re.compile(r"^\W*(?:and|also|what\s+about|how\s+about|ditto\s+for)\b", re.I)
_TOO_END_RE = re.compile(r"\b(?:too|as\s+well|also)\W*$", re.I)
_LEFTOVER_RE = re.compile(
    r"\b(?:and|also|too|as|well|the|for|please|pls|same|do|that|this|it|to|on|in|with|what|how|about|ditto|"
    r"actually|ok|okay|now|then|oh|hmm+|yes|yeah|right|maybe|just|there|here|again)\b|[\W_]*['’]s\b|[\W_]+",
    re.I,
)
# How a marketer says the last change went to the wrong place (a row per way; the rest of the
# clause says where it should have gone: "wrong scene, I meant the hook", "that's not what I asked,
# the other scene, the social proof one").
_WRONG_PLACE = (
    r"(?:no+|nope|not\s+that(?:\s+one)?|wrong|oops|sorry|wait|hmm+|ugh|argh"
    r"|wrong\s+(?:one|scene|place|thing|bit|part|text)"
    r"|(?:that'?s|that\s+is|this\s+is|this'?s)\s+not\s+what\s+i\s+(?:asked(?:\s+for)?|meant|wanted|said)"
    r"|(?:you\s+)?(?:changed|did|edited)\s+the\s+wrong\s+(?:one|scene|thing|bit|part)"
    r"|(?:the\s+)?other\s+(?:scene|one)|not\s+(?:that|this)\s+(?:one|scene))"
)
_CORRECTION_RE = re.compile(
    rf"^\W*(?:{_WRONG_PLACE}\b[\s,.!]*)*(?:i\s+meant|i\s+mean|i\s+said|meant)\b[\s,:]*"
    r"|^\W*(?:no+|nope)\b[\s,.!]+(?:wait\b[\s,.!]*)?(?=\w)"
    rf"|^\W*(?:(?:no+|nope|oops|sorry|ugh)\b[\s,.!]*)*(?:wrong\s+(?:one|scene|place|bit|part)"
    r"|(?:that'?s|that\s+is|this\s+is|this'?s)\s+not\s+what\s+i\s+(?:asked(?:\s+for)?|meant|wanted|said)"
    r"|(?:you\s+)?(?:changed|did|edited)\s+the\s+wrong\s+(?:one|scene|thing|bit|part))\b"
    rf"[\s,.!:;-]*(?:(?:{_WRONG_PLACE}|it\s+was|it'?s|should\s+(?:have\s+been|be))\b[\s,.!:;-]*)*(?=\w)",
    re.I,
)


# --- "put the same text on scene 3" --------------------------------------------------------------

# The field "the same X" copies: pattern -> (operation, wire field), first row that matches.
SAME_FIELD_ROWS: tuple[tuple[str, tuple[str, str]], ...] = (
    (r"text\s+colou?r|font\s+colou?r|colou?r", ("update_overlay", "color")),
    (r"text\s+size|font\s+size|size", ("update_overlay", "fontSize")),
    (r"(?:text\s+)?position|placement|spot", ("update_overlay", "position")),
    (r"text|words|line|copy|headline|caption|wording", ("update_overlay", "text")),
    (r"length|duration|timing", ("update_scene", "durationSec")),
    (r"background|backdrop|setting", ("update_scene", "backgroundPrompt")),
)
_SAME_FIELD_RE = re.compile(
    r"\b(?:the\s+)?same\s+(?:"
    + "|".join(f"(?P<f{i}>{pattern})" for i, (pattern, _) in enumerate(SAME_FIELD_ROWS))
    + r")\b",
    re.I,
)


# "copy the hook text colour to the cta" (from, then to); "match the cta text size to the hook"
# (to, then from): a row per verb, with which side of "to" the value comes from.
_FIELD_ALT = "|".join(f"(?:{pattern})" for pattern, _ in SAME_FIELD_ROWS)
COPY_VERBS: tuple[tuple[re.Pattern[str], bool], ...] = (
    (
        re.compile(
            rf"^\W*(?:please\s+)?(?:copy|use|apply|take)\s+(?P<a>.+?)\s+(?P<f>{_FIELD_ALT})\s+(?:to|for|on)\s+(?P<b>.+?)\W*$",
            re.I,
        ),
        True,
    ),
    (
        re.compile(
            rf"^\W*(?:please\s+)?match\s+(?P<a>.+?)\s+(?P<f>{_FIELD_ALT})\s+(?:to|with)\s+(?P<b>.+?)\W*$",
            re.I,
        ),
        False,
    ),
)


def copied_field(clause: str, project: AdProject) -> Repeat | None:
    """ "copy the hook text colour to the cta": one scene's field set from another's."""
    for pattern, from_first in COPY_VERBS:
        m = pattern.match(clause)
        if m is None:
            continue
        field_words = m.group("f")
        index = next(
            (i for i, (p, _) in enumerate(SAME_FIELD_ROWS) if re.fullmatch(p, field_words, re.I)), None
        )
        a = [
            sid for r in find_scene_refs(m.group("a"), project, []) if r.ids and not r.error for sid in r.ids
        ]
        b = [
            sid for r in find_scene_refs(m.group("b"), project, []) if r.ids and not r.error for sid in r.ids
        ]
        sources, targets = (a, b) if from_first else (b, a)
        if index is None or len(sources) != 1 or not targets:
            return None
        operation, wire = SAME_FIELD_ROWS[index][1]
        value = SCENE_READERS[(operation, wire)](project.scene(sources[0]))
        made = [ops.parse_operation({"operation": operation, "sceneId": sid, wire: value}) for sid in targets]
        return Repeat(
            ops=made, targets=targets, topic="overlay" if operation == "update_overlay" else "scene"
        )
    return None


# "as big as the hook's", "just as large as the cta text": the same field said by its measure
# (sweep 39: "make the showcase text as big as the hook's" made both bigger). Pattern -> the field
# words of SAME_FIELD_ROWS it means.
AS_MUCH_AS_ROWS: tuple[tuple[str, str], ...] = ((r"(?:big|large|small|tiny|huge)", "size"),)
_AS_MUCH_AS_RE = re.compile(
    r"\b(?:just\s+|exactly\s+)?as\s+(?:"
    + "|".join(f"(?P<a{i}>{pattern})" for i, (pattern, _) in enumerate(AS_MUCH_AS_ROWS))
    + r")\s+as\b",
    re.I,
)


def _as_much_as(clause: str) -> str:
    """``clause`` with "as big as" said as "the same size as"."""
    m = _AS_MUCH_AS_RE.search(clause)
    if m is None:
        return clause
    index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
    return clause[: m.start()] + f"the same {AS_MUCH_AS_ROWS[index][1]} as" + clause[m.end() :]


def same_field(clause: str, project: AdProject, state: ConversationState) -> Repeat | None:
    """ "put the same text on scene 3": that field's value, from the scene last changed or named."""
    clause = _as_much_as(clause)
    copied = copied_field(clause, project)
    if copied is not None:
        return copied
    m = _SAME_FIELD_RE.search(clause)
    if m is None:
        return None
    index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
    operation, wire = SAME_FIELD_ROWS[index][1]
    refs = [r for r in find_scene_refs(clause, project, []) if r.ids and not r.error]
    # "the same text colour as the cta": the scene after "as" is where the value comes from; the
    # scenes it goes to are the others named, or the ones the conversation is on.
    like = _SAME_AS_RE.match(clause, m.end())
    sources = [sid for r in refs if like and r.start >= like.end() - 1 for sid in r.ids]
    targets = [sid for r in refs for sid in r.ids if sid not in sources]
    if len(sources) == 1:
        existing = {sc.id for sc in project.scenes}
        targets = targets or [sid for sid in _last_scenes(state) if sid in existing and sid != sources[0]]
        source: str | None = sources[0]
    else:
        source = _source_scene(project, state, operation, wire, targets)
    if not targets or source is None:
        return None
    value = SCENE_READERS[(operation, wire)](project.scene(source))
    made = [ops.parse_operation({"operation": operation, "sceneId": sid, wire: value}) for sid in targets]
    return Repeat(ops=made, targets=targets, topic="overlay" if operation == "update_overlay" else "scene")


_SAME_AS_RE = re.compile(r"\s+(?:as|like)\s+(?:(?:in|on|for|of)\s+)?", re.I)
# ("the hook text and the cta text should be the same size": both named, neither the source)
_SHARED_FIELD_RE = re.compile(
    r"\b(?:be|have|get|use|at|in|match|matching)\s+(?:the\s+)?same\b|\bsame\s+\w+\s*$", re.I
)
_FIELD_NOUN = {
    "color": "colour",
    "fontSize": "text size",
    "position": "text position",
    "text": "words",
    "durationSec": "length",
    "backgroundPrompt": "background",
}


def shared_field(clause: str, project: AdProject) -> PendingQuestion | Repeat | None:
    """ "the hook text and the cta text should be the same size": two scenes named and neither is
    the one to copy from, so which one's value they share is asked, each option named with its value
    (a "Repeat" saying nothing changes when they already share it)."""
    m = _SAME_FIELD_RE.search(clause)
    if m is None or _SAME_AS_RE.match(clause, m.end()) or not _SHARED_FIELD_RE.search(clause):
        return None
    named = list(
        dict.fromkeys(
            sid for r in find_scene_refs(clause, project, []) if r.ids and not r.error for sid in r.ids
        )
    )
    if len(named) < 2:
        return None
    index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
    operation, wire = SAME_FIELD_ROWS[index][1]
    if wire == "durationSec" and len(named) == len(project.scenes):
        return equal_lengths(project)  # "every scene the same length": the ad's length shared out
    read = SCENE_READERS[(operation, wire)]
    values = {sid: _shown(wire, read(project.scene(sid))) for sid in named}
    noun = _FIELD_NOUN.get(wire, "value")
    labels = {
        sid: f"scene {_position(project, sid)} ({ROLE_LABEL[project.scene(sid).role]})" for sid in named
    }
    if len(set(values.values())) == 1:
        return Repeat(ops=[], targets=named, note=f"They already have the same {noun} ({values[named[0]]}).")
    options = [
        PendingOption(
            f"{labels[sid]}'s ({values[sid]})",
            [
                *(
                    form.format(role=ROLE_LABEL[project.scene(sid).role].lower())
                    for form in ("{role}", "{role}'s", "{role} one", "{role}'s one")
                ),
                f"scene {_position(project, sid)}",
                str(values[sid]),
            ],
            [
                {"operation": operation, "sceneId": other, wire: read(project.scene(sid))}
                for other in named
                if other != sid
            ],
        )
        for sid in named
    ]
    names = " or ".join(o.label for o in options)
    return PendingQuestion(f"Which {noun} should they share: {names}?", options)


def equal_lengths(project: AdProject) -> Repeat:
    """Every scene the same length, the ad's length kept (the last scene takes the rounding)."""
    total = sum(sc.duration_sec for sc in project.scenes)
    share = round(total / len(project.scenes), 2)
    last = round(total - share * (len(project.scenes) - 1), 2)
    made = [
        ops.parse_operation(
            {"operation": "update_scene", "sceneId": sc.id, "durationSec": share if i else last}
        )
        for i, sc in reversed(list(enumerate(reversed(project.scenes))))
        if abs(sc.duration_sec - (share if i else last)) > 1e-9
    ]
    return Repeat(ops=made, targets=[sc.id for sc in project.scenes], topic="scene")


def _shown(wire: str, value: Any) -> str:
    return f"{value:g} s" if wire == "durationSec" else str(value)


def _position(project: AdProject, sid: str) -> int:
    return next(i for i, s in enumerate(project.scenes, start=1) if s.id == sid)


def _last_scenes(state: ConversationState) -> list[str]:
    """The scenes the last request changed, else the ones last named."""
    changed = [op["sceneId"] for op in state.last_operations if op.get("sceneId")]
    return list(dict.fromkeys(changed)) or list(state.scene_ids)


def _source_scene(
    project: AdProject, state: ConversationState, operation: str, wire: str, targets: list[str]
) -> str | None:
    """Where "the same X" comes from: the scene whose X the last request changed, else the one named."""
    changed = [
        op["sceneId"] for op in state.last_operations if op.get("operation") == operation and wire in op
    ]
    existing = {s.id for s in project.scenes}
    return next((sid for sid in changed or state.scene_ids if sid not in targets and sid in existing), None)


# --- "use them for the palette as well" --------------------------------------------------------------

# One field's value used for another: (pattern, the operation the value came from or None when the
# words name the source, how to read the value, the operation to make). "them" means the value
# the last request set; "the brand colours" names it.
COPY_ROWS: tuple[tuple[re.Pattern[str], str | None, Any, str, str], ...] = (
    (
        re.compile(
            r"\b(?:use|apply|put|make)\s+(?:them|those|these|the\s+same(?:\s+colou?rs)?|that)\s+(?:for|on|in|to|as)\s+"
            r"(?:the\s+)?(?:palette|colou?r\s+(?:palette|scheme)|ad'?s?\s+colou?rs)\b",
            re.I,
        ),
        "update_brand",
        lambda p: list(p.brand.colors),
        "update_style",
        "palette",
    ),
    (
        re.compile(
            r"\b(?:use|apply)\s+the\s+brand\s+colou?rs\s+(?:for|on|in|as)\s+(?:the\s+)?(?:palette|colou?r\s+scheme)\b"
            r"|\b(?:make\s+)?the\s+palette\s+(?:match|the\s+same\s+as)\s+the\s+brand\s+colou?rs\b",
            re.I,
        ),
        None,
        lambda p: list(p.brand.colors),
        "update_style",
        "palette",
    ),
)


# A scene's value used for another field of the same scene: (pattern, the operation and field the
# last request set, the operation and field to set to it).
SCENE_COPY_ROWS: tuple[tuple[re.Pattern[str], tuple[str, str], tuple[str, str]], ...] = (
    (
        # "cta voice-over: '…'" then "and put the same words on screen in that scene"
        re.compile(
            r"\b(?:same|those|these)\s+(?:words|text|line|lines)\b.*\b(?:on[\s-]?screen|as\s+(?:the\s+)?(?:text|caption))"
            r"|\b(?:on[\s-]?screen|show)\b.*\b(?:same|those|these)\s+(?:words|text|line)\b"
            # "make the text say the same", "the caption should read that too", "same on screen"
            r"|\b(?:text|caption|headline|writing)\b.*\b(?:say|says|read|reads|show|shows|match|matches)\s+"
            r"(?:the\s+same(?:\s+(?:thing|words|line))?|that\s+too|those\s+words|it\s+too)\W*(?:too|as\s+well|please|pls)?\W*$"
            r"|^\W*(?:and\s+)?(?:the\s+)?same\s+(?:thing\s+|words\s+)?on[\s-]?screen\b",
            re.I,
        ),
        ("update_voiceover", "text"),
        ("update_overlay", "text"),
    ),
    (
        # "make the hook say '…'" then "and the voice-over should say the same"
        re.compile(
            r"\b(?:voice[\s-]?over|narration|voice)\b.*\b(?:the\s+same|those\s+words|that\s+too)\b", re.I
        ),
        ("update_overlay", "text"),
        ("update_voiceover", "text"),
    ),
)


def copy_field(clause: str, project: AdProject, state: ConversationState) -> Repeat | None:
    """ "and use them for the palette as well" after new brand colours: the palette set to them."""
    for pattern, (source_op, source_field), (operation, wire) in SCENE_COPY_ROWS:
        if not pattern.search(clause):
            continue
        last = [
            op for op in state.last_operations if op.get("operation") == source_op and op.get(source_field)
        ]
        if last and last[-1].get("sceneId") in {sc.id for sc in project.scenes}:
            sid = last[-1]["sceneId"]
            made = ops.parse_operation({"operation": operation, "sceneId": sid, wire: last[-1][source_field]})
            return Repeat(
                ops=[made], targets=[sid], topic="overlay" if operation == "update_overlay" else "voice"
            )
    for pattern, source, read, operation, wire in COPY_ROWS:
        if not pattern.search(clause):
            continue
        if source is not None and not any(op.get("operation") == source for op in state.last_operations):
            continue
        value = read(project)
        if not value:
            return None
        return Repeat(ops=[ops.parse_operation({"operation": operation, wire: value})], topic="style")
    return None


# --- "turn off the captions" … "and the voice too" --------------------------------------------------

# What can be switched on or off, the words that name it, and its operation (a row each).
SWITCHES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("update_captions", re.compile(r"captions?|subtitles?|subs", re.I)),
    ("update_voice", re.compile(r"voice(?:[\s-]?over)?|narration|narrator|vo", re.I)),
)
_SWITCH_TOO_RE = re.compile(
    r"^\W*(?:and|also|plus)?\s*(?:the\s+)?(?P<what>[\w\s-]{2,20}?)\s+(?:too|as\s+well|also)\W*(?:please|pls)?\W*$",
    re.I,
)


def same_switch(clause: str, state: ConversationState) -> Repeat | None:
    """ "and the voice too" right after "turn off the captions": the voice off as well."""
    m = _SWITCH_TOO_RE.match(clause)
    last = next(
        (op for op in state.last_operations if "enabled" in op and op.get("operation") in dict(SWITCHES)),
        None,
    )
    if m is None or last is None:
        return None
    named = next((op for op, pattern in SWITCHES if pattern.fullmatch(m.group("what").strip())), None)
    if named is None or named == last["operation"]:
        return None
    return Repeat(ops=[ops.parse_operation({"operation": named, "enabled": last["enabled"]})], topic="voice")


# --- "and make the vibe more tropical" right after a music change -----------------------------------

# Words whose meaning follows the topic of the conversation: (topic, pattern, what they mean then).
TOPIC_WORDS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "audio",
        re.compile(r"\b(?:the\s+)?(?:vibe|feel|mood)\b(?!\s+of\s+the\s+(?:ad|video|look))", re.I),
        "the music",
    ),
    (
        # "a bit lower" right after "set it to 50%": the music's volume, by that much.
        "audio",
        re.compile(
            r"^\W*(?:(?:just|even|only|maybe)\s+)?(?:(?:a\s+)?(?:bit|little|tad|touch|notch)\s+|slightly\s+|much\s+|way\s+)?"
            r"(?:lower|higher|louder|quieter|softer)\b",
            re.I,
        ),
        r"make the music \g<0>",
    ),
    (
        # "change it to rise and brew" right after "whats the hook say": that text's new words
        # (never a number: "change it to 20" may be a size or a length)
        "overlay",
        re.compile(
            r"^\W*(?:(?:ok(?:ay)?|great|cool|so|then|and|now|please|pls|right)\b[\s,.!]*)*"
            r"(?:change|set|switch|update|turn)\s+(?:it|that|this)\s+(?:to|into)\s+(?=[^\W\d])",
            re.I,
        ),
        "change the text there to ",
    ),
)
_OWN_SUBJECT_RE = re.compile(
    r"\b(?:music|song|track|ad|video|look|lighting|style|scene|hook|cta|text|whole|overall|general|entire)\b",
    re.I,
)


# "music at 50%, mood more playful": the mood listed beside a music change in the same message is
# the ad's own (a field of its own), never the music's.
_LISTED_MOOD_RE = re.compile(r"\bmood\b", re.I)


def in_topic(clause: str, topic: str | None, listed: bool = False) -> str:
    """ "and make the vibe more tropical" after "music volume 40%": the music's vibe. ``listed``:
    the topic was set by an earlier item of the same message."""
    if _OWN_SUBJECT_RE.search(clause) or (listed and _LISTED_MOOD_RE.search(clause)):
        return clause
    for row_topic, pattern, meaning in TOPIC_WORDS:
        if row_topic == topic and pattern.search(clause):
            return pattern.sub(meaning, clause, count=1)
    return clause


# --- "put the old tagline back" ------------------------------------------------------------------

_OLD_BACK_RE = re.compile(
    r"\b(?:put|bring|change|set|switch|turn|get|give\s+me)\s+(?:back\s+)?(?:the\s+)?(?:old|previous|original|former|"
    r"earlier)\s+(?P<a>[\w\s]{2,30}?)\s+back\b"
    r"|\b(?:back\s+to|restore|revert\s+to|go\s+back\s+to|use)\s+the\s+(?:old|previous|original|former|earlier)\s+"
    r"(?P<b>[\w\s]{2,30}?)\s*(?:please|again)?\W*$"
    r"|\bthe\s+(?:old|previous|original|former)\s+(?P<c>[\w\s]{2,30}?)\s+(?:back|again)\b"
    # "actually keep the old words", "let's stick with the previous text", "I prefer the original
    # line": the field as it was before the last change (never "keep the font", which asks nothing)
    r"|\b(?:keep|stick\s+with|stay\s+with|go\s+with|prefer|(?:i|we)\s+liked)\s+the\s+(?:old|previous|original|former|"
    r"earlier)\s+(?P<d>[\w\s]{2,30}?)\s*(?:please|pls|then|instead|after\s+all|better|more|actually)?\W*$",
    re.I,
)
# "keep the font": what stays as it is; asks for nothing ("keep the old words" asks them back).
_KEEP_RE = re.compile(
    r"^\W*(?:(?:ok|but|and|so|please)\s+)*(?:keep|leave)\s+(?!(?:(?:the|my|our)\s+)?(?:old|previous|original|former|earlier)\b)"
    r"(?:the\s+|my\s+|our\s+)?(?:new\s+)?"
    r"(?P<what>[\w\s]{2,30}?)(?:\s+(?:as\s+(?:it\s+is|is)|the\s+same|though|for\s+now))?\W*$",
    re.I,
)


def put_back(clause: str, state: ConversationState) -> Repeat | None:
    """ "put the old tagline back": the last request's change of that field, taken back."""
    m = _OLD_BACK_RE.search(clause)
    if m is None:
        return None
    what = (m.group("a") or m.group("b") or m.group("c") or m.group("d") or "").strip()
    if what.lower() == "one":
        # "just put the old one back" right after a change of one thing (the music, a colour, the
        # words): that change taken back; after a change of several things, which one is unclear
        changed = {
            f"{op.get('operation')}.{k}" for op in state.last_operations for k in (op.get("before") or {})
        }
        made = restore(state.last_operations) if len(changed) == 1 else []
        if not made:
            return None
        ids = [op["sceneId"] for op in made if op.get("sceneId")]
        return Repeat(ops=[ops.parse_operation(op) for op in made], targets=ids or None, topic=state.topic)
    fields = fields_named(what)
    if fields is None:
        return None
    made = restore(state.last_operations, fields)
    if not made:
        return Repeat(
            note=f"The last change didn't change the {what}, so I don't have an older one to put back; "
            "say “undo” to take back the last change, or give me the words."
        )
    ids = [op["sceneId"] for op in made if op.get("sceneId")]
    return Repeat(ops=[ops.parse_operation(op) for op in made], targets=ids or None, topic=state.topic)


def keeps(clause: str) -> bool:
    """ "keep the font", "leave the music as it is": nothing to change."""
    m = _KEEP_RE.match(clause)
    return bool(m) and fields_named(m.group("what")) is not None


# --- "no, I meant the CTA" / "no wait, I meant the bottle" -------------------------------------

# A size or place moved between the text and the product: (from, to) as "operation.field".
_TRANSLATE = {
    "update_overlay.fontSize": "update_product.scale",
    "update_product.scale": "update_overlay.fontSize",
    "update_overlay.position": "update_product.position",
    "update_product.position": "update_overlay.position",
}
_SUBJECT_WORDS = {
    "update_overlay": re.compile(r"\b(?:text|words|font|caption|headline|copy|lettering)\b", re.I),
}


def moved(body: str, project: AdProject, state: ConversationState) -> Repeat | None:
    """A correction that names other scenes ("I meant the CTA") or another thing ("I meant the
    bottle"): the last change taken back and made there instead, by the same step."""
    if not state.last_operations:
        return None
    named = _scenes_and_subject(body, project)
    if named is None:
        return None
    ids, subject = named
    from adgen.agent.understanding.clause import simulate

    taken_back = restore(state.last_operations)
    base, _ = simulate(project, [ops.parse_operation(op) for op in taken_back])
    if _was_the_measure(ids, project, state):
        made = _matched_the_other_way(ids, state)
    else:
        made = [
            {**again, "sceneId": sid}
            for op in state.last_operations
            for sid in ids or ([op["sceneId"]] if op.get("sceneId") else [])
            if (again := _again(op, base.scene(sid), subject, state.last_request or "")) is not None
        ]
    if not made:
        return None
    return Repeat(
        ops=[ops.parse_operation(op) for op in taken_back + made],
        targets=list(dict.fromkeys(op["sceneId"] for op in made)),
        topic="product" if subject == "update_product" else state.topic,
    )


# The last request made one scene like another ("make the showcase text the same size as the
# cta", "match the hook colour to the cta"): the other scene was its measure.
_MATCHED_RE = re.compile(r"\b(?:same|match(?:es|ing)?|as\s+(?:big|large|small|long|short)\s+as|like)\b", re.I)


def _was_the_measure(ids: list[str], project: AdProject, state: ConversationState) -> bool:
    """ "no, I meant the cta text not the showcase" after "make the showcase text the same size as
    the cta": the scene the correction names was the measure, so the match goes the other way
    (the same step again from the cta made it bigger still: a wrong edit)."""
    changed = {op.get("sceneId") for op in state.last_operations}
    if (
        len(ids) != 1
        or ids[0] in changed
        or len(changed) != 1
        or not _MATCHED_RE.search(state.last_request or "")
    ):
        return False
    named = {sid for r in find_scene_refs(state.last_request or "", project, []) for sid in r.ids}
    return ids[0] in named


def _matched_the_other_way(ids: list[str], state: ConversationState) -> list[dict[str, Any]]:
    """The named scene given the values the changed scene had before: the match, reversed."""
    return [
        {"operation": op["operation"], "sceneId": ids[0], **op["before"]}
        for op in state.last_operations
        if op.get("before")
    ]


def _scenes_and_subject(body: str, project: AdProject) -> tuple[list[str], str | None] | None:
    """The scenes and the thing ("the bottle", "the text") a correction names, when it names only
    those; None when it says more (then it is read as a request of its own) or nothing."""
    body = _NOT_THERE_RE.sub(" ", body)  # "the hook's text, not the cta": where it went wrongly
    refs = [r for r in find_scene_refs(body, project, []) if r.ids and r.kind != "all" and not r.error]
    rest = body
    for ref in sorted(refs, key=lambda r: r.start, reverse=True):
        rest = rest[: ref.start] + " " + rest[ref.end :]
    subject = _subject(rest, project)
    for start, end in reversed(product_spans(rest, project)):
        rest = rest[:start] + " " + rest[end:]
    if _LEFTOVER_RE.sub("", _SUBJECT_RE.sub(" ", rest)).strip() or not (refs or subject):
        return None
    return [sid for r in refs for sid in r.ids], subject


# "…, not the cta", "instead of the hook", "rather than scene 2": the place the last change went,
# named to say it was the wrong one.
_NOT_THERE_RE = re.compile(
    r"(?:^|[,;]|\b(?:and|but)\b)?\s*\b(?:not|instead\s+of|rather\s+than)\s+(?:(?:on|in|for)\s+)?(?:the\s+)?[^,;.!?]*",
    re.I,
)
_SUBJECT_RE = re.compile(r"\b(?:text|words|font|caption|headline|copy|lettering)\b", re.I)


def _subject(rest: str, project: AdProject) -> str | None:
    if names_product(rest, project):
        return "update_product"
    if _SUBJECT_WORDS["update_overlay"].search(rest):
        return "update_overlay"
    return None


def _again(op: dict[str, Any], scene: Any, subject: str | None, said: str = "") -> dict[str, Any] | None:
    """The same change for another scene (or moved to another subject), by the same step: a
    value the last request said ("make the showcase 8 seconds") as said, any other by its ratio."""
    name = op.get("operation", "")
    before = op.get("before") or {}
    fields: dict[str, Any] = {}
    target_op = name
    for field_name, new in op.items():
        if field_name in ("operation", "sceneId", "before"):
            continue
        key = f"{name}.{field_name}"
        if subject is not None and subject != name:
            key = _TRANSLATE.get(key, "")
            if not key:
                continue
        target_op, target_field = key.split(".")
        current = SCENE_READERS[(target_op, target_field)](scene)
        old = before.get(field_name)
        if (
            isinstance(new, int | float)
            and not isinstance(new, bool)
            and isinstance(old, int | float)
            and old
            and not (subject in (None, name) and _said_number(new, said))
        ):
            if subject in (None, name) and _said_number(abs(new - old), said):
                # ("make the showcase 2 seconds longer", "I meant the hook": 2 s more there too)
                fields[target_field] = _rescaled(target_field, current + new - old)
            else:
                fields[target_field] = _rescaled(target_field, current * new / old)
        else:
            fields[target_field] = new
    if not fields:
        return None
    return {"operation": target_op, **fields}


def _said_number(value: float, said: str) -> bool:
    """The request said ``value`` itself ("8 seconds", "size 80", "50%"): a value, not a step."""
    wanted = {f"{value:g}", f"{value * 100:g}"}
    return any(n in wanted for n in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", said))


def _rescaled(field_name: str, value: float) -> float:
    low, high, _ = _NUMERIC.get(field_name, (0.0, 1e9, True))
    value = max(low, min(high, value))
    return int(round(value)) if field_name == "fontSize" else round(value, 2)


def _level(how: str | None) -> str:
    words = (how or "").lower()
    if any(
        w in words for w in ("bit", "little", "touch", "tad", "slightly", "hair", "smidge", "notch", "nudge")
    ):
        return "bit"
    if any(w in words for w in ("much", "way", "lot")):
        return "much"
    return "normal"


# "double it", "halve that", "triple it please": the number the last change set, times that.
_TIMES_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|hmm+|now|and|so|actually|nah|no)\b[\s,.!]*)*(?:(?:can\s+you|could\s+you|just)\s+)?"
    r"(?P<f>double|halve|triple|cut\s+(?=(?:it|that|this)\s+in\s+half))\s+(?:it|that|this)(?:\s+in\s+half)?"
    r"(?:\s+(?:please|pls|then|again))?\W*$",
    re.I,
)
# "20px more", "another 10 pixels", "2 seconds longer", "15 px smaller": a step of that much.
_BY_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|hmm+|now|and|so|actually|nah|no|yes|yeah|maybe|then|good|nice|better|still\s+small|still\s+big)\b[\s,.!]*)*"
    r"(?:(?:can\s+you|could\s+you|just|let'?s|try)\s+)?"
    r"(?P<lead>another|an\s+extra|a\s+further|add)?\s*"
    r"(?:(?:by|about|around|like)\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*"
    r"(?P<u>px|pixels?|pts?|points?|s|secs?|seconds?)?"
    r"(?:\s+(?:(?P<up>more|extra|up|bigger|larger|higher|longer)|(?P<down>less|smaller|lower|down|shorter|off(?:\s+(?:it|that|this))?)))?"
    r"(?:\s+(?:please|pls|then|again|too|on\s+top))?\W*$",
    re.I,
)


def is_step_by(clause: str) -> bool:
    """Whether ``clause`` is a step of an amount ("add 2 seconds", "20px more"): a step from where
    the last turn left a number, never from a change of the same message ("the end card is too
    short. add 2 seconds": the 2 seconds are the fix the complaint asks for, not a second step)."""
    by = _BY_RE.match(with_numerals(clause))
    return by is not None and bool(by.group("lead") or by.group("up") or by.group("down"))


_FACTORS = {"double": 2.0, "halve": 0.5, "triple": 3.0, "cut": 0.5}
# "and 10% more", "another 20% please", "shave 10% off", "10% less": the number the last request
# changed, by a share of it, up or down (no field named: the field is the last request's).
_PERCENT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|hmm+|now|and|so|actually|nah|no|yes|yeah|maybe|then|good|nice|better)\b[\s,.!]*)*"
    r"(?:(?:can\s+you|could\s+you|just|let'?s|try)\s+)?"
    r"(?:(?:another|an\s+extra|a\s+further|(?P<off>shave|take|knock|cut|trim|drop|chop)(?:\s+(?:it|that|this))?(?:\s+(?:another|a\s+further))?)\s+)?"
    r"(?:(?:by|about|around|like)\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
    r"(?:\s+(?:(?:more|extra|up|bigger|larger|higher)|(?P<down>less|smaller|lower|down|off(?:\s+(?:it|that|this))?)))?"
    r"(?:\s+(?:please|pls|then|again|too))?\W*$"
    r"|^\W*(?:and\s+)?(?:(?:make\s+it|go)\s+)?(?:(?P<n2>\d{1,3})\s*(?:%|percent))\s+(?P<down2>smaller|less)\W*$",
    re.I,
)
# The range each number may take, as the refusals say it (the whole ad's length: set_duration).
_RANGE_OF = {"volume": "volume", "scale": "scale", "fontSize": "font_size", "durationSec": "scene_duration"}


# "how long is the marathon scene?", "what's the length of the hook": a length asked about
_LENGTH_ASKED_RE = re.compile(r"\bhow\s+long\b|\b(?:length|duration|seconds|secs)\b", re.I)


def _length_asked(project: AdProject, state: ConversationState) -> list[dict[str, Any]]:
    """ "double it" right after "how long is the marathon scene?": that scene's length, as if just
    set (it doubled the scene's text size)."""
    ids = [i for i in state.scene_ids if i in {s.id for s in project.scenes}]
    asked = state.topic == "duration" or _LENGTH_ASKED_RE.search(state.last_request or "")
    if asked and not state.scene_ids:  # "how long is the whole ad?" … "double it": the ad's length
        return [{"operation": "set_duration", "durationSec": project.duration_sec}]
    if len(ids) != 1 or not asked:
        return []
    return [
        {"operation": "update_scene", "sceneId": ids[0], "durationSec": project.scene(ids[0]).duration_sec}
    ]


def _times(
    project: AdProject,
    state: ConversationState,
    factor: float,
    add: float | None = None,
    fields: tuple[str, ...] = (),
) -> Repeat | None:
    """ "double it" right after "music to 30%": the one number the last request set, times the
    factor, from where it is now; past its range nothing changes and the limit is said."""
    last = state.last_operations or _length_asked(project, state)
    numbers = [
        (op, name)
        for op in last
        for name in op
        if name in _NUMERIC and isinstance(op.get(name), int | float) and not isinstance(op.get(name), bool)
    ]
    kinds = {(str(op.get("operation")), name) for op, name in numbers}
    if len(kinds) != 1 or len(numbers) != len(last):
        return None  # more than one kind of number (or none): which one is doubled is unclear
    if add is not None and not {name for _, name in kinds} <= set(fields):
        return None  # "20px more" after a change of the music: the unit is not that number's
    made: list[Any] = []
    for op, name in numbers:
        if op.get("sceneId") and op["sceneId"] not in {s.id for s in project.scenes}:
            return None
        current = _current(project, op, name)
        value = current + add if add is not None else current * factor
        kind = "ad_duration" if name == "durationSec" and not op.get("sceneId") else _RANGE_OF.get(name)
        if kind is None:
            return None
        problem = out_of_range(kind, value)
        if problem:
            low, high, _, form = LIMITS[kind]
            edge = form.format(high if value > high else low)
            say = f"music at {edge}" if name == "volume" else f"make it {edge}"
            return Repeat(
                note=f"{problem} It is at {form.format(current)} now; say “{say}” to set it to the limit.",
                targets=[str(op["sceneId"])] if op.get("sceneId") else None,
                topic=state.topic,
            )
        value = int(round(value)) if name == "fontSize" else round(value, 2)
        made.append(
            ops.parse_operation(
                {k: v for k, v in op.items() if k in ("operation", "sceneId")} | {name: value}
            )
        )
    ids = [op.scene_id for op in made if getattr(op, "scene_id", None)]
    return Repeat(ops=made, targets=ids or None, topic=state.topic)


# Numeric fields a step can repeat: wire field -> (low, high, repeats as a ratio?)
_NUMERIC = {
    "volume": (0.0, 1.0, False),
    "scale": (0.1, 1.0, True),
    "fontSize": (12, 200, True),
    "durationSec": (0.5, 30.0, True),
    # the ad's voice (update_voice without a scene): the model's bounds
    "rate": (0.5, 2.0, False),
    "pitch": (0.5, 1.5, False),
}


def _more(project: AdProject, state: ConversationState, level: str, back: bool = False) -> Repeat | None:
    """The last change again, at the step the words ask ("a bit more": half the step), or
    taken partly back ("a bit less", "too much")."""
    made: list[Any] = []
    # ("take 2 seconds off the showcase" -> "again": 2 more seconds, never the same share of it)
    by_delta = level == "normal" and not back and bool(_BY_DELTA_RE.search(state.last_request or ""))
    for op in state.last_operations:
        before = op.get("before") or {}
        fields: dict[str, Any] = {}
        appended = _appended_look(op, before)
        if appended and op.get("sceneId"):
            # "make the wick close-up darker" then "a bit more": the look word again, stronger;
            # "a bit less": the background as it was.
            current = project.scene(op["sceneId"]).background_prompt
            fields["backgroundPrompt"] = before["backgroundPrompt"] if back else f"{current}, even {appended}"
        for name, old in before.items():
            new = op.get(name)
            if name not in _NUMERIC or not isinstance(new, int | float) or not isinstance(old, int | float):
                continue
            if by_delta and name == "durationSec" and op.get("operation") == "update_scene":
                current = _current(project, op, name)
                fields[name] = round(min(30.0, max(0.5, current + new - old)), 2)
                continue
            fields[name] = _step(
                name, _current(project, op, name), new if back else old, old if back else new, level
            )
        if fields:
            wire = {
                k: v
                for k, v in op.items()
                if k not in ("before",) and (k in fields or k in ("operation", "sceneId"))
            }
            wire.update(fields)
            made.append(ops.parse_operation(wire))
    if not made:
        return None
    ids = [op.scene_id for op in made if getattr(op, "scene_id", None)]
    return Repeat(ops=made, targets=ids or None, topic=state.topic)


def same_elsewhere(project: AdProject, state: ConversationState) -> Repeat | None:
    """The last request's changes made again on another version (``project``): a step ("quieter")
    by the same step from that version's own values, words and settings as given; None when a
    scene it changed is not in that version or nothing is left to make."""
    if not state.last_operations or state.project_id in (None, project.project_id):
        return None
    ids = {s.id for s in project.scenes}
    made: list[Any] = []
    for op in state.last_operations:
        if op.get("operation") in ("undo", "redo", "create_variation", "regenerate_scene"):
            return None
        if op.get("sceneId") and op["sceneId"] not in ids:
            return None
        stepped = _more(project, replace(state, last_operations=[op]), "normal")
        plain = {k: v for k, v in op.items() if k != "before"}
        if stepped is not None:
            numeric = {k for k in (op.get("before") or {}) if k in _NUMERIC}
            wire = {**{k: v for k, v in plain.items() if k not in numeric}, **stepped.ops[0].to_wire()}
            made.append(ops.parse_operation(wire))
        else:
            made.append(ops.parse_operation(plain))
    targets = [str(op["sceneId"]) for op in state.last_operations if op.get("sceneId")]
    return Repeat(ops=made, targets=list(dict.fromkeys(targets)) or None, topic=state.topic)


def _reroll(project: AdProject, state: ConversationState) -> Repeat | None:
    """The last new take asked for again, for the scenes that still exist."""
    ids = {s.id for s in project.scenes}
    again = [
        ops.parse_operation({k: v for k, v in op.items() if k != "before"})
        for op in state.last_operations
        if op.get("sceneId") in ids
    ]
    if not again:
        return None
    return Repeat(ops=again, targets=[op.scene_id for op in again], topic=state.topic)


def _appended_look(op: dict[str, Any], before: dict[str, Any]) -> str | None:
    """The look words a background change added at its end ("…, darker"), or None."""
    old, new = before.get("backgroundPrompt"), op.get("backgroundPrompt")
    if op.get("operation") != "update_scene" or not isinstance(old, str) or not isinstance(new, str):
        return None
    added = new[len(old) :].strip(" ,") if new.startswith(old) and len(new) > len(old) else ""
    if not added or len(added.split()) > 3:
        return None  # nothing added, or a new description rather than a look word
    return added.removeprefix("even ").strip() or None


def _current(project: AdProject, op: dict[str, Any], name: str) -> float:
    if name == "volume":
        return project.audio.volume
    if name in ("rate", "pitch") and not op.get("sceneId"):
        return float(getattr(project.voice, name))
    if name == "durationSec" and not op.get("sceneId"):
        return project.duration_sec
    scene = project.scene(op["sceneId"])
    return {
        "scale": scene.product.scale,
        "fontSize": scene.overlay.font_size,
        "durationSec": scene.duration_sec,
    }[name]


def _step(name: str, current: float, old: float, new: float, level: str) -> float:
    low, high, ratio = _NUMERIC[name]
    factor = _STEP[level] / NORMAL
    if ratio and old > 0:
        value = current * (new / old) ** factor
    else:
        value = current + (new - old) * factor
    value = max(low, min(high, value))
    return int(round(value)) if name == "fontSize" else round(value, 2)


# "the writing on the 2nd picture, a little larger", "scene 2 bigger": a number that says where, no value
# ("make the bread scene 5 seconds": a number with a unit is a value, wherever it stands)
_PLACE_NUMBER_RE = re.compile(
    r"\b\d+(?:st|nd|rd|th)\b|\b(?:scenes?|slides?|shots?|pictures?)\s+\d+\b"
    r"(?!\s*(?:s|secs?|seconds?|%|percent|px|pt|points?|x)\b|\s*[.,:]\d|\s*%)"
    # ("the 12,000 fans scene": a number the scene says, naming it)
    r"|\b\d[\d,]*\s+(?!(?:s|secs?|seconds?|px|pt|points?|percent)\b)[a-z]+\s+(?:scene|shot|bit|part|one|slide)\b",
    re.I,
)


def _without_places(request: str) -> str:
    """``request`` with its numbers in digits ("four seconds"), without those that only say where."""
    return _PLACE_NUMBER_RE.sub(" ", with_numerals(request))


def _same_for(project: AdProject, state: ConversationState, scene_ids: list[str]) -> Repeat | None:
    """The last request's scene changes, made to other scenes: one change of each kind (the
    last request may have made it to several scenes); a size asked by a step ("bigger", "too
    small") by the same step, any value the marketer gave ("size 80") as given."""
    made: list[Any] = []
    seen: set[str] = set()
    # ("slide 2 drags, make it 5 seconds": the complaint's step, then the value; the value stands)
    final = {(op["operation"], op.get("sceneId")): op for op in state.last_operations}
    for op in state.last_operations:
        op = final[(op["operation"], op.get("sceneId"))]
        if not op.get("sceneId") or op["operation"] in seen:
            continue
        seen.add(op["operation"])
        wire = {k: v for k, v in op.items() if k not in ("before", "backgroundPrompt")}
        appended = _appended(op)
        by_delta = bool(_BY_DELTA_RE.search(state.last_request or ""))  # "2 seconds longer"
        # ("bigger", not "size 80"; "half a second shorter" is an amount, said in words)
        by_step = not by_delta and not re.search(r"\d", _without_places(state.last_request or ""))
        for sid in scene_ids:
            fields = dict(wire, sceneId=sid)
            if by_step:
                fields.update(_same_step(op, project.scene(sid)))
            elif by_delta:
                fields.update(_same_delta(op, project.scene(sid)))
            if appended:
                fields["backgroundPrompt"] = (
                    f"{project.scene(sid).background_prompt.rstrip(' ,')}, {appended}"
                )
            # ("remove the problem scene" … "and the second showcase": a removal has no field but the scene)
            if len(fields) > 2 or fields["operation"] == "remove_scene":
                made.append(ops.parse_operation(fields))
    return Repeat(ops=made, targets=scene_ids, topic=state.topic) if made else None


# (a length too: "make the hook longer" … "the showcase too" set the 7 s showcase to the hook's
# new 5 s, shorter where it asked for longer)
_BY_STEP = {("update_overlay", "fontSize"), ("update_product", "scale"), ("update_scene", "durationSec")}
# "make the rain bit 2 seconds longer", "… by 2 s", "+2s": a length changed by an amount, which
# "and the wick close-up as well" changes by the same amount (not to the same length).
_BY_DELTA_RE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:longer|shorter|more|less)\b"
    # ("half a second shorter", "a second and a half longer", "take a second off": said in words)
    r"|\b(?:an?|one|two|three|four|five|half\s+an?|a\s+couple(?:\s+of)?)\s+(?:extra\s+)?(?:secs?|seconds?)"
    r"(?:\s+and\s+a\s+half)?\s+(?:longer|shorter|more|less|off)\b"
    r"|\b(?:take|shave|cut|knock|trim)\s+(?:off\s+)?(?:an?|one|two|half\s+an?|\d+(?:\.\d+)?)\s*(?:secs?|seconds?|s)\b"
    r"|\b(?:longer|shorter|extend|lengthen|shorten|trim)\b[^.;]*?\bby\s+\d|(?:^|\s)[+-]\s*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b",
    re.I,
)


def changed_by_amount(request: str) -> bool:
    """Whether ``request`` changed a length by an amount ("2 seconds longer", "take a second off")."""
    return bool(_BY_DELTA_RE.search(request))


def _same_delta(op: dict[str, Any], scene: Any) -> dict[str, Any]:
    """A length the last request changed by an amount changes the other scene by that amount."""
    old, new = (op.get("before") or {}).get("durationSec"), op.get("durationSec")
    if op["operation"] != "update_scene" or not isinstance(old, int | float) or new is None:
        return {}
    return {"durationSec": round(min(30.0, max(0.5, scene.duration_sec + new - old)), 2)}


def _same_step(op: dict[str, Any], scene: Any) -> dict[str, Any]:
    """A size the last request changed by a step ("bigger") changes the other scene by that step."""
    fields: dict[str, Any] = {}
    for name, old in (op.get("before") or {}).items():
        new = op.get(name)
        if (op["operation"], name) in _BY_STEP and isinstance(old, int | float) and old and new is not None:
            fields[name] = _rescaled(name, SCENE_READERS[(op["operation"], name)](scene) * new / old)
    return fields


def _appended(op: dict[str, Any]) -> str | None:
    """What a look edit added to a background prompt ("…, brighter" -> "brighter")."""
    old = (op.get("before") or {}).get("backgroundPrompt")
    new = op.get("backgroundPrompt")
    if isinstance(old, str) and isinstance(new, str) and new.startswith(old.rstrip(" ,")):
        return new[len(old.rstrip(" ,")) :].strip(" ,") or None
    return None


__all__ = [
    "shared_role",
    "Repeat",
    "changed_by_amount",
    "is_approval",
    "keeps",
    "moved",
    "put_back",
    "repeat",
    "taken_back",
]
