"""Moving between an ad and its variants: "pick B", "ok B it is", "let's go with C", "ditch B,
we're going with the original", "pick the pink one", "use that one", "on B, make the CTA …".

Part of :mod:`adgen.agent.understanding`. The message is read clause by clause; each clause is
matched against ``SWITCH_ROWS`` (a way of choosing, and what it does with the version it
names): pick it, or discard it (and go to the original, or to the only other version). Clauses
after the switch ("ok B it is, now make the music chiller") are edits of the version switched
to. A version is named by its letter, "the original", "the other one", what makes it different
("the pink one", matched against its differences from the original), or "that one" (the version
the conversation last talked about).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from adgen.project import AdProject

_I = re.I
_FILLERS = (
    r"^\W*(?:(?:ok(?:ay)?|alright|great|cool|fine|yes|yeah|yep|nice|hmm+|so|then|and|nah|no|nope|actually|"
    r"right|well|wait|please|on\s+second\s+thought|now|(?:can|could|would)\s+(?:you|we|u)|just)\b[\s,.!]*)*"
)
# Words for the version the others were made from, never a difference of a version ("the normal
# one", "the regular cut", "the weekday one" next to a weekend version).
BASELINE = (
    r"(?:normal|regular|usual|standard|main|default|everyday|weekday|baseline|control|unchanged|untouched)"
)
_WE = (
    r"(?:let'?s\s+|i'?ll\s+|we'?ll\s+|we\s+will\s+|i\s+will\s+|i\s+(?:want|prefer|like|choose|pick)\s+|"
    r"we'?re\s+|i'?m\s+|please\s+)?"
)
_LABEL = (
    r"(?:the\s+|an?\s+(?=\w\w))?(?:version\s+|variant\s+|option\s+)?"
    r"(?P<label>[a-g]|original(?:\s+(?:\(?a\)?|one|version|ad|cut))*|"
    # ("back to the normal one", "the regular version": the ad the versions were made from)
    rf"{BASELINE}\s+(?:one|version|ad|cut)|first(?:\s+(?:one|version))?|second\s+one|other\s+one|new\s+one|variant"
    # ("switch to the 3rd one", "the second version": a version by its place in the family)
    r"|(?:1st|2nd|3rd|4th|5th|second|third|fourth|fifth)\s+(?:one|version|variant|cut|option)"
    r"|(?:that|this)\s+one|it|this|that|(?P<desc>[\w#%'-]+(?:\s+[\w%'-]+){0,2}?)\s+(?:one|ad|project|video|version|variant)"
    # ("switch to the version that says first box free": the version named by its own words)
    r"|(?:version|variant|one|cut)\s+(?:that|which)\s+(?:says|said|reads|has)\s+(?P<said>[\w#%'&-]+(?:\s+[\w#%'&-]+){0,5}?))"
    # ("go back to the first one we had": the one the conversation started on)
    r"(?:\s+(?:version|variant|one|then|now|instead|please|after\s+all|for\s+(?:me|us)|(?:we|i|you)\s+(?:had|made|did|started\s+with)))*"
)
_PICK = (
    r"(?:pick|choose|go\s+with|going\s+with|go\s+for|going\s+for|take|use|keep|stick\s+with|open|select|prefer|"
    r"switch\s+(?:back\s+|over\s+)?to|move\s+over\s+to|(?:go|going|switch|move|get|head|hop|jump|pop|flip|swing|skip)\s+back\s+(?:over\s+)?to|back\s+to|return\s+to|"
    r"(?:take|bring)\s+(?:me|us)\s+back\s+to|reopen|"
    # ("now switch me back to the original", "put me back on B")
    r"(?:switch|move|put|get|flip)\s+(?:me|us)\s+(?:back\s+|over\s+)?(?:to|on|onto)|"
    # "go to C", "jump to version B", "take me to C", "hop over to the original": moving is choosing
    r"(?:go|jump|skip|hop|head|flip|move)\s+(?:over\s+|across\s+)?to|(?:take|bring)\s+(?:me|us)\s+(?:over\s+)?to|"
    r"work\s+on|continue\s+(?:with|on)|"
    # ("let's run with that one", "roll with B")
    r"run\s+with|roll\s+with|go\s+ahead\s+with)"
)
_DISCARD = (
    r"(?:ditch|drop|scrap|discard|forget|bin|lose|kill|toss|trash|get\s+rid\s+of|"
    r"(?:(?:i|we)\s+)?(?:don'?t|do\s+not)\s+(?:really\s+|actually\s+)?(?:want|like|need))"
)


@dataclass(frozen=True)
class _Row:
    name: str
    pattern: re.Pattern[str]
    keep: bool  # True: go to the version named; False: leave it


# "let's go with B for the launch": what the chosen version is for says no more than the choice.
_PURPOSE = (
    r"(?:\s+(?:for|in)\s+(?:the\s+|our\s+)?(?:launch|campaign|release|roll-?out|final(?:\s+(?:cut|version))?|"
    r"real\s+thing|client|live\s+(?:ad|run)|go-?live|ads?\s+run)"
    # ("switch over to B so I can look", "go to C so we can have a look at it": round thirty-eight f)
    r"|,?\s+(?:so(?:\s+that)?\s+(?:i|we)\s+can|to|and\s+(?:i'?ll|we'?ll|let\s+me))\s+(?:have\s+a\s+|take\s+a\s+)?"
    r"(?:look|see|check|view|review|peek|gander)(?:\s+(?:at\s+)?(?:it|it\s+again))?)?"
)
_PREFER = r"(?:i|we)\s+(?:prefer|like|want|choose|pick|'?ll\s+take|'?d\s+(?:go\s+with|take|pick))"
SWITCH_ROWS: tuple[_Row, ...] = (
    _Row("pick", re.compile(_FILLERS + _WE + _PICK + r"\s+" + _LABEL + _PURPOSE + r"\W*$", _I), True),
    _Row(
        "prefer",
        re.compile(_FILLERS + _PREFER + r"\s+" + _LABEL + r"(?:\s+(?:more|better|best))?\W*$", _I),
        True,
    ),
    _Row(
        "it is",
        re.compile(
            _FILLERS
            + _LABEL
            + r"\s+(?:it\s+is|wins|won|(?:is|was)\s+(?:(?:way|much|so\s+much|definitely|clearly)\s+)?(?:better|best)|"
            r"is\s+(?:the\s+one|it|the\s+winner|the\s+keeper|our\s+pick)|was\s+(?:the\s+one|the\s+winner)|please|"
            r"(?:looks|looked|feels|felt|seems|works|worked)\s+(?:way\s+|much\s+)?better|takes\s+it)"
            r"(?:\s+(?:to\s+me|imo|honestly|i\s+think|for\s+(?:me|us)))?\W*$",
            _I,
        ),
        True,
    ),
    _Row("discard", re.compile(_FILLERS + _WE + _DISCARD + r"\s+" + _LABEL + r"\W*$", _I), False),
    # "the client went with C", "they picked B": someone else's choice is the one used (picked)
    _Row(
        "their pick",
        re.compile(
            _FILLERS + r"(?:the\s+|our\s+|my\s+)?"
            r"(?:client|clients|customer|boss|team|brand|stakeholders?|they|she|he|legal|marketing)\s+"
            r"(?:went\s+with|(?:has\s+|have\s+)?(?:picked|chose|chosen|approved|signed\s+off\s+on)|wants?|prefers?|liked|likes|"
            r"(?:is|are)\s+going\s+with)\s+" + _LABEL + r"\W*$",
            _I,
        ),
        True,
    ),
    # "make C the main one", "C is our final": a version made the one used (picked)
    _Row(
        "main",
        re.compile(
            _FILLERS
            + _WE
            + r"(?:(?:make|set|mark)\s+)?"
            + _LABEL
            + r"\s+(?:the|our|as\s+the|is\s+(?:the|our))\s+"
            r"(?:main|primary|final|master|default|real|live|winning|chosen)"
            r"(?:\s+(?:one|version|ad|cut|video))?\W*$",
            _I,
        ),
        True,
    ),
    # "revert to version A": back to a version, when there are versions (else "revert to the
    # original" asks to undo the edits of the one ad).
    _Row(
        "revert",
        re.compile(_FILLERS + _WE + r"(?:revert|roll|swap|flip)\s+(?:back\s+)?to\s+" + _LABEL + r"\W*$", _I),
        True,
    ),
    # "lemme see B", "show me the original": looking at a version opens it (a letter or "original"
    # only: "let me see it" may ask for a preview).
    _Row(
        "see",
        re.compile(
            _FILLERS
            + r"(?:(?:let\s+me|lemme|lemmie|let'?s|let\s+us|can\s+i|could\s+i|i\s+(?:want|wanna|'?d\s+like)\s+to)\s+)?"
            r"(?:see|view|look\s+at|show\s+me|pull\s+up|bring\s+up)\s+(?:the\s+)?(?:version\s+|variant\s+|option\s+)?"
            r"(?P<label>[b-g]|(?-i:A)|original)(?P<desc>(?!))?(?:\s+(?:version|variant|one|again|please|instead))*\W*$",
            _I,
        ),
        True,
    ),
    # "actually B", "no, the original": a correction that names only a version.
    _Row(
        "bare",
        re.compile(
            r"^\W*(?:(?:ok(?:ay)?|alright|actually|no|nope|nah|wait|hmm+|fine|then|on\s+second\s+thought)\b[\s,.!]*)+"
            r"(?:the\s+)?(?:version\s+|variant\s+)?(?P<label>[a-g]|original)(?P<desc>(?!))?"
            r"(?:\s+(?:then|instead|please|after\s+all))*\W*$",
            _I,
        ),
        True,
    ),
)
_BARE_LABEL_RE = re.compile(
    r"^\W*(?:the\s+)?(?:version\s+|variant\s+)?(?P<label>[a-g]|original)(?P<desc>(?!))?"
    r"(?:\s+(?:then|instead|please|after\s+all))*\W*$",
    _I,
)
# The verbs an edit starts with: "on the B version make …" needs no comma to be an edit of B.
_EDIT_VERBS = (
    r"(?:make|change|set|put|turn|give|add|remove|drop|delete|move|swap|replace|use|bump|switch|cut|trim|shorten|"
    r"lengthen|raise|lower|increase|decrease|mute|hide|show|update|edit|rewrite|let|have)"
)
# "on B, make the CTA say …": the edits that follow are for that version.
_ON_VERSION_RE = re.compile(
    # ("and in that one make the mood energetic": the version, after a joining word)
    r"^\W*(?:(?:and|also|now|then|ok(?:ay)?|great|cool|so)\b[\s,]*)*(?:(?:on|in|for|with)\s+(?:the\s+)?(?:version\s+|variant\s+)?(?P<label>[b-g]|(?-i:A)|original)(?:\s+(?:version|variant))?"
    r"|(?:in|on)\s+(?:that|this)\s+one)(?:\s*[,:]\s*(?=\S)|\s+(?=" + _EDIT_VERBS + r"\b))"
    # "B cut: 00:04–00:11 text '…'", "the C version: …": a version that exists, labelled before a colon
    r"|^\W*(?:the\s+)?(?P<labelled>(?-i:[B-G]))\s+(?:cut|version|variant|edit)\s*:\s*(?=\S)",
    _I,
)
# "make B's cta say …", "A's hook is fine": an edit of that version (capital letter, so "a's" never is).
# ("the B version's opening line", "version C's cta": the version's word may come with it)
_POSSESSIVE_RE = re.compile(
    r"(?<![\w'])(?:(?:the|[Tt]he)\s+)?(?:(?:version|variant|[Vv]ersion|[Vv]ariant)\s+)?(?P<label>[A-G])"
    r"(?:\s+(?:version|variant|cut))?['’]s\s+(?=\w)"
)
# "same on A", "perfect, do the same in A", "the same thing for version C too": the last change,
# made on another version (only with a version's letter or "the original": "the same for the hook"
# is a scene's).
_SAME_ON_VERSION_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|perfect|great|nice|cool|good|lovely|thanks|and|now|then|so|yes|yeah)\b[\s,.!]*)*"
    r"(?:(?:do|make|apply|repeat)\s+)?(?:the\s+)?same(?:\s+(?:thing|change|edit|here))?(?:\s+again)?\s+"
    r"(?:on|in|for|to|with)\s+(?:the\s+)?(?:version\s+|variant\s+)?(?P<label>[b-g]|(?-i:A)|original)"
    r"(?:\s+(?:version|variant|one))?(?:\s+(?:too|as\s+well|please|pls))*\W*$",
    _I,
)
# "and on A too", "A as well": the last change, made on that version too (a version's letter or
# "the original", and "too"/"as well", with nothing else asked).
_TOO_ON_VERSION_RE = re.compile(
    r"^\W*(?:(?:and|also|plus|ok(?:ay)?|now|then)\b[\s,]*)*(?:(?:on|in|for|to)\s+)?(?:the\s+)?(?:version\s+|variant\s+)?"
    r"(?P<label>[b-g]|(?-i:A)|original)(?:\s+(?:version|variant|one))?\s*,?\s+(?:too|as\s+well|also)(?:\s+(?:please|pls))?\W*$",
    _I,
)
_CLAUSE_SPLIT_RE = re.compile(r"\s*[,;.!]\s*|\s+(?:and|but|then)\s+", _I)
# What follows a version named by its difference: an edit of it ("…, make it louder"), or a
# verdict that picks it ("… is better").
_EDIT_TAIL = r"(?P<edit>\s*[,:;]\s*(?=\S)|\s+(?=" + _EDIT_VERBS + r"\b))"
_VERDICT_TAIL = (
    r"(?P<verdict>\s+(?:is|was|looks|looked|feels|felt|works|worked|seems)\s+"
    r"(?:way\s+|much\s+|so\s+much\s+|definitely\s+|clearly\s+)?(?:better|best|the\s+one|the\s+winner)"
    r"|\s+(?:wins|won|it\s+is))\W*$"
)
# "the version which has the red cta, make it louder", "on the version where the cta is red, …",
# "the one with the red cta is better": the version its difference describes.
_WITH_VERSION_RE = re.compile(
    _FILLERS
    + r"(?:(?:on|in|for|to)\s+)?(?:the\s+)?(?P<noun>version|variant|one|cut|option|ad)\s+"
    + r"(?:(?P<without>without|minus|that\s+(?:has|had)n'?t|that\s+doesn'?t\s+have|with\s+no)"
    + r"|(?:which|that|where)\s+(?:has|had|uses|used|got|gets|is|'s)|(?:which|that)'s|with|having|where)\s+"
    + r"(?P<desc>[^,:;.!?]{2,40}?)(?:"
    + _EDIT_TAIL
    + "|"
    + _VERDICT_TAIL
    + ")",
    _I,
)
# "the red cta version, make it louder", "the red one: make the music calmer": the same, the
# difference said before the word.
_NAMED_VERSION_RE = re.compile(
    _FILLERS
    + r"(?:(?:on|in|for|to)\s+)?the\s+(?P<desc>[\w#%'-]+(?:\s+[\w#%'-]+){0,3}?)\s+(?P<noun>version|variant|one)"
    + "(?:"
    + _EDIT_TAIL
    + "|"
    + _VERDICT_TAIL
    + ")",
    _I,
)
# "make the red cta version 20 seconds": a version named inside an edit (only when one fits).
_INLINE_VERSION_RE = re.compile(
    r"\bthe\s+(?P<desc>[\w#%'-]+(?:\s+[\w#%'-]+){0,2}?)\s+(?:version|variant)\b", _I
)
_NOT_DESCRIBING = frozenset("the a an its their our is are was were".split())
# Words that say which version by its place or by the conversation, never by a difference.
_PLACE_WORDS = frozenset("this that other first second third last new old original previous latest".split())
# A version by its place among the original and its variants ("the 3rd one" of A, B and C is C).
_ORDINALS = {
    "1st": 0,
    "2nd": 1,
    "second": 1,
    "3rd": 2,
    "third": 2,
    "4th": 3,
    "fourth": 3,
    "5th": 4,
    "fifth": 4,
}
# Those :meth:`VariantFamily.find` knows, as it spells them.
_PLACE_LABELS = {"new": "new", "other": "other", "second": "second", "first": "first", "original": "original"}


@dataclass(frozen=True)
class VariantFamily:
    """An original ad and its variants (label, project id), oldest first; ``load`` reads one."""

    original_id: str
    variants: list[tuple[str, str]]
    load: Callable[[str], AdProject | None] | None = field(default=None, compare=False)
    # The owner's other ads (not of this family), newest first, as (project id, the words that
    # name it: brand name and brief), so "go back to the sheets ad" finds the ad it names.
    others: list[tuple[str, str]] = field(default_factory=list, compare=False)

    def find(self, label: str) -> str | None:
        if label.upper() == "A" or label.lower() in ("original", "first", "first one"):
            return self.original_id
        if re.fullmatch(rf"{BASELINE}(?:\s+(?:one|version|ad|cut))?", label, _I):
            return self.original_id  # "the normal one"
        place = _ORDINALS.get(label.lower().removesuffix(" one"))
        if place is not None:  # "the 3rd one" of A, B and C: C
            members = self.members()
            return members[place][1] if place < len(members) else None
        matches = [pid for name, pid in self.variants if name.lower() == label.lower()]
        if not matches and label.lower() in (
            "second",
            "second one",
            "other",
            "other one",
            "new",
            "new one",
            "variant",
        ):
            matches = [pid for _, pid in self.variants]
        return matches[-1] if matches else None

    def members(self) -> list[tuple[str, str]]:
        """ "A" (the original) and every variant, as (label, project id)."""
        return [("A", self.original_id), *self.variants]

    def label_of(self, project_id: str) -> str | None:
        return next((name for name, pid in self.members() if pid == project_id), None)

    def project(self, project_id: str) -> AdProject | None:
        return self.load(project_id) if self.load is not None else None


@dataclass(frozen=True)
class Switch:
    project_id: str | None
    reason: str = ""
    rest: str = ""  # what the message asks of the version switched to ("now make the music chiller")
    same: bool = False  # "do the same in A": the last change, made again on the version switched to
    # The edit a "which version?" question keeps for its answer ("B", "both of them"), without
    # the words that named the place ("make the end words white")
    asked_edit: str = ""


def read_switch(
    text: str,
    family: Callable[[], VariantFamily | None],
    *,
    describe: Callable[[AdProject, AdProject], str] | None = None,
    last_project: str | None = None,
    current: str | None = None,
    asking: bool = False,
) -> Switch | None:
    """The version a message moves to, or None when it moves nowhere (see the module docstring).

    ``asking``: the message is a question; "what does B's cta say?" asks about B and moves
    nowhere (it is answered about that version).

    ``describe`` says how a variant differs from the original (for "the pink one");
    ``last_project`` is the version the conversation last talked about (for "that one").
    """
    same = _SAME_ON_VERSION_RE.match(text) or _TOO_ON_VERSION_RE.match(text)
    found_family = family() if same else None
    if same and found_family is not None and found_family.variants:
        project_id = found_family.find(same.group("label"))
        if project_id is None:
            return Switch(None, _no_such(found_family, same.group("label")))
        return Switch(project_id, same=True)
    on = _ON_VERSION_RE.match(text)
    if on:
        return _on_version(text, on, family, last_project)
    found = None if asking else _described_version(text, family, describe)
    if found is not None:
        return found
    possessive = _POSSESSIVE_RE.search(text)
    if possessive:
        if asking:
            return None
        return _possessive(text, possessive, family, current)
    clauses = [c for c in _CLAUSE_SPLIT_RE.split(text.strip()) if c and c.strip()]
    chosen: Switch | None = None
    used = 0
    for clause in clauses:
        if _RETRACTION_RE.match(clause):
            used += 1  # "scratch that, …", "forget it, drop B": only the lead-in of what follows
            continue
        match = next(((row, m) for row in SWITCH_ROWS if (m := row.pattern.search(clause))), None)
        if match is None and used and chosen is None and (m := _BARE_LABEL_RE.search(clause)):
            match = (SWITCH_ROWS[-1], m)  # "no, the original": the filler was its own clause
        if match is None:
            if not (_FILLER_ONLY_RE.match(clause) or _BACK_RE.match(clause)):
                break
            used += 1
            continue
        row, m = match
        if row.name in _ONLY_AMONG_VERSIONS and not _has_versions(family):
            break
        # "C wins, let's use that one": "that one" is the version this message just chose.
        that = chosen.project_id if chosen is not None and chosen.project_id else last_project
        found = _resolve(m, row.keep, family, describe, that, current)
        if found is None:
            break
        chosen = found
        used += 1
        if found.project_id is None:
            return found
    if chosen is None:
        if asking:
            return None
        return _other_inline(text, family, current) or _inline_version(text, family, describe)
    rest = _rest_after(text, clauses[used:]) if used < len(clauses) else ""
    return Switch(chosen.project_id, chosen.reason, rest)


_RETRACTION_RE = re.compile(
    r"^\W*(?:scratch\s+that|forget\s+(?:it|that)|never\s*mind|nvm|on\s+second\s+thoughts?)\W*$", _I
)
_FILLER_ONLY_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|great|cool|fine|yes|yeah|yep|hmm+|so|then|and|nah|no|nope|actually|please|thanks|"
    r"wait|sorry|hmm|now|right|perfect|good|nice|sure|got\s+it)\b\W*)*$",
    _I,
)


_ONLY_AMONG_VERSIONS = frozenset({"revert", "see"})


def _has_versions(family: Callable[[], VariantFamily | None]) -> bool:
    found = family()
    return found is not None and bool(found.variants)


# "the first one was better, switch back": the words that only say to move, next to the version named.
_BACK_RE = re.compile(
    r"^\W*(?:(?:let'?s|please|just|pls)\s+)?(?:switch|go|change|flip|swap|move|revert|roll)\s+(?:it\s+)?back"
    r"(?:\s+to\s+(?:it|that(?:\s+one)?))?(?:\s+(?:please|pls|then))?\W*$",
    _I,
)


def _rest_after(text: str, clauses: list[str]) -> str:
    """The part of the message from the first clause that is not a switch."""
    first = clauses[0]
    start = text.find(first)
    return text[start:].strip() if start >= 0 else " ".join(clauses)


def _on_version(
    text: str, on: re.Match[str], family: Callable[[], VariantFamily | None], last_project: str | None
) -> Switch | None:
    found = family()
    label = on.group("label") or on.group("labelled")
    if found is None:
        return None
    if on.group("labelled") and found.find(label) is None:
        return None  # "B cut: …" before there is a B: a version to make
    if label is None:
        if last_project is None:
            return None
        project_id: str | None = last_project
    else:
        project_id = found.find(label)
    if project_id is None:
        return Switch(None, _no_such(found, label or ""))
    return Switch(project_id, rest=text[on.end() :].strip())


def _described_version(
    text: str,
    family: Callable[[], VariantFamily | None],
    describe: Callable[[AdProject, AdProject], str] | None,
) -> Switch | None:
    """A message that opens on a version named by its difference (or its place or letter: "the
    new version, …"), and the edit or verdict after it; None when it opens on none."""
    described = _WITH_VERSION_RE.match(text)
    if described:
        found = _with_version(described, family, describe)
        if found is not None and (found.project_id is not None or described.group("noun").lower() != "one"):
            return found  # ("the one with the bottle, …" no version fits may be a scene: read as it is)
    named = _NAMED_VERSION_RE.match(text)
    if named is None:
        return None
    desc = named.group("desc").lower()
    if desc in _PLACE_LABELS or re.fullmatch(r"[a-g]", desc):
        # "the new version, make it louder", "the B version, …": named by place or letter
        found_family = family()
        if found_family is None or not found_family.variants:
            return None
        project_id = found_family.find(_PLACE_LABELS.get(desc, desc))
        if project_id is None:
            return Switch(None, _no_such(found_family, desc))
        return Switch(project_id, rest=_tail(named))
    if set(desc.split()) & _PLACE_WORDS or _names_a_format(desc):
        return None
    found = _with_version(named, family, describe)
    if found is not None and (found.project_id is not None or named.group("noun").lower() != "one"):
        return found  # ("the red one, …" no version fits may be a scene: read as it is)
    return None


def _inline_version(
    text: str,
    family: Callable[[], VariantFamily | None],
    describe: Callable[[AdProject, AdProject], str] | None,
) -> Switch | None:
    """ "make the red cta version 20 seconds": the edit ("make it 20 seconds") of the one version
    the words describe; None unless exactly one fits."""
    m = _INLINE_VERSION_RE.search(text)
    if m is None or set(m.group("desc").lower().split()) & _PLACE_WORDS or _names_a_format(m.group("desc")):
        return None
    found = family()
    words = " ".join(w for w in m.group("desc").split() if w.lower() not in _NOT_DESCRIBING)
    if found is None or not found.variants or not words:
        return None
    chosen = _described(words, True, found, describe)
    if chosen is None or chosen.project_id is None or chosen.project_id not in dict(found.variants).values():
        return None
    rest = (text[: m.start()] + "it" + text[m.end() :]).strip()
    return Switch(chosen.project_id, rest=rest)


# "make the other one 20 seconds", "give the other version calmer music": an edit of the version
# that is not open. "The other" is relative to the open version (never the last variant made).
# ("swap the hook with the other one", "use the other one's music", "make it like the other one":
# the other version is a measure or a source there, never the one to edit; that switched to it.)
_OTHER_INLINE_RE = re.compile(
    r"(?<!\bwith\s)(?<!\bfrom\s)(?<!\bthan\s)(?<!\blike\s)(?<!\bas\s)(?<!\band\s)(?<!\bbetween\s)(?<!\bvs\s)"
    r"(?<!\bto\s)(?<!\bin\s)(?<!\bon\s)\b(?:the|that)\s+other\s+(?:one|version|variant|cut)"
    r"(?!\s+(?:scene|shot|clip|text|line))\b(?!\s*['’]s\b)",
    _I,
)

# "make the end words white on the other version": the place the edit goes, said last.
_ON_THE_OTHER_RE = re.compile(
    r"\s*,?\s+(?:on|in|for)\s+(?:the|that)\s+other\s+(?:one|version|variant|cut)(?:\s+(?:too|please|pls))?\W*$",
    _I,
)


def _other_inline(
    text: str, family: Callable[[], VariantFamily | None], current: str | None
) -> Switch | None:
    """The edit ("make it 20 seconds") of the one version that is not open; with more than two
    versions, which one is asked (the open ad is never edited in its place)."""
    m = _OTHER_INLINE_RE.search(text) or _ON_THE_OTHER_RE.search(text)
    found = family() if m else None
    if m is None or found is None or not found.variants:
        return None
    others = [(name, pid) for name, pid in found.members() if pid != current]
    said = "" if m.re is _ON_THE_OTHER_RE else "it"
    rest = (text[: m.start()] + said + text[m.end() :]).strip()
    if len(others) != 1:
        names = " or ".join(("A (the original)" if n == "A" else n) for n, _ in others)
        both = "both" if len(others) == 2 else "all of them"
        return Switch(
            None,
            f"Which version should change: {names}? Say its letter, or “{both}”.",
            asked_edit=rest,
        )
    return Switch(others[0][1], rest=rest)


def _lacking(
    words: str, family: VariantFamily, describe: Callable[[AdProject, AdProject], str] | None
) -> Switch | None:
    """ "the version without the red cta": the one version (the original among them) that the
    words do not describe, when every other version has it."""
    having = _described(words, True, family, describe)
    if having is None or having.project_id is None:
        return None
    others = [pid for _, pid in family.members() if pid != having.project_id]
    return Switch(others[0]) if len(others) == 1 else None


def _tail(m: re.Match[str]) -> str:
    """What a message asks of the version it opened on: the edit after it ("" for a verdict)."""
    return "" if m.group("verdict") else m.string[m.end() :].strip()


def _names_a_format(desc: str) -> bool:
    """ "the tiktok version", "the square one": an export of the open ad, no version of it."""
    from adgen.agent.understanding.platforms import names_platform

    return names_platform(desc) or bool(
        re.search(r"\b(?:vertical|horizontal|landscape|portrait|\d+\s*s)\b", desc, _I)
    )


def _with_version(
    m: re.Match[str],
    family: Callable[[], VariantFamily | None],
    describe: Callable[[AdProject, AdProject], str] | None,
) -> Switch | None:
    """ "the version which has the red cta, make it louder": the edit, of the one version whose
    differences from the original have every word of the description; when none or several
    do, which version is asked (never the open one guessed)."""
    found = family()
    if found is None or not found.variants:
        return None
    words = " ".join(w for w in m.group("desc").split() if w.lower() not in _NOT_DESCRIBING)
    if "without" in m.groupdict() and m.group("without"):
        chosen = _lacking(words, found, describe) if words else None
    else:
        chosen = _described(words, True, found, describe) if words else None
    if (
        chosen is not None
        and chosen.project_id is not None
        and chosen.project_id in dict((pid, n) for n, pid in found.members())
    ):
        return Switch(chosen.project_id, rest=_tail(m))
    names = " or ".join(["A (the original)", *(f"{n}" for n, _ in found.variants)])
    return Switch(
        None, f"Which version has {m.group('desc').strip()}: {names}? Say its letter with the change."
    )


def version_asked(text: str, family: Callable[[], VariantFamily | None]) -> tuple[str, str] | None:
    """ "what does B's cta say?": the version a question is about (its project id) and the
    question without the version's name; None when it names no version of the family."""
    m = _POSSESSIVE_RE.search(text)
    found = family() if m else None
    project_id = found.find(m.group("label")) if m and found is not None else None
    if m is None or project_id is None:
        return None
    return project_id, (text[: m.start()] + "the " + text[m.end() :]).replace("the the ", "the ")


def _possessive(
    text: str, m: re.Match[str], family: Callable[[], VariantFamily | None], current: str | None
) -> Switch | None:
    """ "make B's cta say …": the edit, of version B (the current version: no switch)."""
    found = family()
    if found is None:
        return None
    project_id = found.find(m.group("label"))
    if project_id is None:
        return Switch(None, _no_such(found, m.group("label")))
    if project_id == current:
        return None
    rest = (text[: m.start()] + "the " + text[m.end() :]).replace("the the ", "the ")
    return Switch(project_id, rest=rest.strip())


def _resolve(
    m: re.Match[str],
    keep: bool,
    family: Callable[[], VariantFamily | None],
    describe: Callable[[AdProject, AdProject], str] | None,
    last_project: str | None,
    current: str | None = None,
) -> Switch | None:
    word = re.sub(r"\s+(?:one|version|variant|ad)$", "", m.group("label").lower())
    if word.startswith("original"):
        word = "original"  # "the original A version"
    desc = m.group("desc")
    if desc and re.match(r"original\s", desc, _I):
        word, desc = "original", None  # "back to the original cake ad": the original, said what it is for
    if desc and desc.lower() in ("that", "this", "first", "second", "other", "new", "original"):
        desc = None
    said = m.groupdict().get("said")
    if said:  # "the version that says first box free": the one version whose words say it
        found_family = family()
        hits = _saying(said.split(), found_family) if found_family is not None else []
        return Switch(hits[0]) if hits and keep else None
    ad_named = bool(re.search(r"\s(?:ad|project|video)$", m.group("label"), _I))
    if desc is None and word != "original" and ad_named:
        return None  # "new ad please": a request for another ad, no version of this one
    if word in ("that", "this", "it"):
        if not keep or (last_project or current) is None:
            return None
        return Switch(last_project or current)  # "go with it" right after making a variant: this one
    found = family()
    if word in ("other", "new") and (found is None or len(found.members()) < 2):
        return None  # "I want other version, same but …" with no other version yet: a new one
    if desc is not None:
        return _described(desc, keep, found, describe, ad_named) if found is not None else None
    if len(word) == 1 and word not in "ab" and (found is None or found.find(word) is None):
        if not re.search(r"\b(?:version|variant|option|pick|choose)\b", m.group(0), _I):
            return None
    if word in _ORDINALS and word != "second":
        # "switch to the 3rd one" among versions; "drop the third one" after "how many scenes?" is a
        # scene, and a place past the last version is one only when a version is said
        if not keep or found is None or not found.variants:
            return None
        if _ORDINALS[word] >= len(found.members()) and not re.search(
            r"\b(?:version|variant|cut|option)\b", m.group(0), _I
        ):
            return None
    if found is None:
        return Switch(None, "There is no ad open yet to choose a version of.")
    project_id = found.find(word)
    if project_id is None:
        return Switch(None, _no_such(found, word))
    if keep:
        return Switch(project_id)
    other = _other(found, project_id)
    if other is None:
        names = " or ".join(n for n, _ in found.variants)
        return Switch(None, f"Which version should I keep: {names}?")
    return Switch(other)


def _other(family: VariantFamily, dropped: str) -> str | None:
    """What is left when one version is discarded: the original, or the only other version."""
    if dropped != family.original_id:
        return family.original_id
    return family.variants[-1][1] if len(family.variants) == 1 else None


def _described(
    desc: str,
    keep: bool,
    family: VariantFamily,
    describe: Callable[[AdProject, AdProject], str] | None,
    ad_named: bool = False,
) -> Switch | None:
    """ "the pink one": the one version whose differences from the original name it; else the
    one other ad of the owner it names ("the sheets ad")."""
    original = family.project(family.original_id)
    if original is None or describe is None:
        return None
    words = desc.lower().split()
    hits = []
    for _, pid in family.variants:
        variant = family.project(pid)
        if variant is not None and all(w in describe(original, variant).lower() for w in words):
            hits.append(pid)
    if not hits and not ad_named and family.variants:
        hits = _saying(words, family)  # "the 50% off version": what its own words say
    if not hits and keep:
        return _other_ad(words, family, ad_named)
    if len(hits) != 1:
        return None
    if not keep:
        return _other_switch(family, hits[0])
    return Switch(hits[0])


def _other_switch(family: VariantFamily, dropped: str) -> Switch | None:
    other = _other(family, dropped)
    return Switch(other) if other is not None else None


def _saying(words: list[str], family: VariantFamily) -> list[str]:
    """The one version (the original among them) whose on-screen or spoken words have every word
    of the description when the others' do not: "the 50% off version", "the free box one"."""
    wanted = [w for w in (re.sub(r"[^a-z0-9&]+", "", w) for w in words) if w and w not in _NOT_NAMING]
    if not wanted:
        return []
    hits = []
    for _, pid in family.members():
        project = family.project(pid)
        if project is None:
            continue
        said = " ".join(
            [s.overlay.text for s in project.scenes]
            + [s.voiceover.text for s in project.scenes if s.voiceover]
        )
        if all(_names(w, said) for w in wanted):
            hits.append(pid)
    return hits if len(hits) == 1 else []


# Words of "go back to my old candle ad" that name no ad.
_NOT_NAMING = frozenset("my our your the that this old earlier previous first last other".split())


def _other_ad(words: list[str], family: VariantFamily, ad_named: bool) -> Switch | None:
    """ "go back to the sheets ad": the one other ad of the owner whose brand name or brief has
    every word of the description (a plural matches its singular: "the candles one"). Two such
    ads: a question naming them; none, when the message said "ad": a reason, never a guess
    (``ad_named``: "the X ad" is surely an ad, "the X one" may be a version's difference)."""
    wanted = [w for w in words if w not in _NOT_NAMING]
    if not wanted or not family.others:
        return None
    hits = [(pid, text) for pid, text in family.others if all(_names(w, text) for w in wanted)]
    if not hits:  # "the sourdough ad": named by what it shows, not by its brief
        hits = [(pid, text) for pid, text in family.others[:_SHOWN_LOOKUPS] if _shows(family, pid, wanted)]
    if len(hits) == 1:
        return Switch(hits[0][0])
    said = " ".join(wanted)
    if len(hits) > 1:
        names = " or ".join(f"{_short(text)} ({pid})" for pid, text in hits)
        return Switch(None, f"More than one of your ads fits “{said}”: {names}. Which one?")
    if not ad_named:
        return None
    names = ", ".join(f"{_short(text)} ({pid})" for pid, text in family.others[:5])
    return Switch(None, f"None of your other ads is for “{said}”; they are: {names}.")


# How many other ads (newest first) are opened to look for the words of "the sourdough ad".
_SHOWN_LOOKUPS = 8


def _shows(family: VariantFamily, project_id: str, words: list[str]) -> bool:
    """Every word is in the ad's own words: its scenes' texts and backgrounds, its product."""
    project = family.project(project_id)
    if project is None:
        return False
    parts = [project.brief, project.brand.name or ""]
    for scene in project.scenes:
        parts += [scene.overlay.text, scene.background_prompt]
    text = " ".join(parts)
    return all(_names(w, text) for w in words)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57].rstrip() + "…"


def _names(word: str, text: str) -> bool:
    tokens = set(re.findall(r"[a-z0-9&]+", text.lower()))
    return word in tokens or (word.endswith("s") and word[:-1] in tokens) or word + "s" in tokens


def _no_such(family: VariantFamily, word: str) -> str:
    names = ", ".join(["A (the original)", *(f"{n} ({pid})" for n, pid in family.variants)])
    said = f"{word} version" if word.lower() in _ORDINALS else f"version {word.upper()}"
    return f"There is no {said} of this ad; its versions are {names}."


__all__ = ["SWITCH_ROWS", "Switch", "VariantFamily", "read_switch"]
