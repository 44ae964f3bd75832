"""Lead-ins: the words before a message's requests that only say requests follow ("Two small
things:", "After the review, three changes: …", "Client feedback: …", "Please do: …").

Part of :mod:`adgen.agent.understanding`. A lead-in asks for nothing itself: its number is no
value, its colon no label, "small" no size. Three readers strip one, each at its own stage and
with its own reach, so each has its row in :data:`LEAD_INS` (one table, here, so that a new way to
announce changes is looked for in one place):

- ``"act_on"`` and ``"list"``, on the raw message before its quotes are masked
  (:func:`after_announcement`, used by :mod:`forwarded`): the sentence may be long ("Following
  the review with our brand team, three changes: …") and may say where the changes go, which
  is kept ("For the hook, two changes: …");
- ``"count"``, on the masked message, at the start of any sentence or line (:func:`unannounced`,
  used by :mod:`message` and again by :mod:`splitter` on what it splits): "two small things if
  possible: …", "a few quick tweaks please -";
- ``"label"``, one of the openers :mod:`framing` drops: "Client feedback: …", "Small change: …"
  (the size of the change, never of the text), "notes from the client: …".

The rows are kept as they were written for their readers (their words differ: a label may be
singular, "Small change:", a counted list may not); merging their words would change what each
reader strips.
"""

from __future__ import annotations

import re

_I = re.I

# One row a kind of lead-in: name -> the pattern (a regular expression's source, case-insensitive).
LEAD_INS: dict[str, str] = {
    # "Please do: …", "pls action: …": a request to act on what follows
    # ("please do the needful: …", "kindly do the needful -": Indian English, the same)
    "act_on": r"^\W*(?:(?:please|pls|plz|kindly)\s+(?:do|action|apply)\s*:"
    r"|(?:(?:please|pls|plz|kindly)\s+)?do\s+the\s+needful\s*[:,;.!—–-])\s*(?=\S)",
    # "Following the review with our brand team, three changes: …", "the following edits: …": a
    # sentence that only announces a list of changes; what follows its colon is the request.
    # ("count" is the number and its noun: the words before it may say where the changes go.)
    "list": r"^[^:'\"“‘«\n]{0,140}?(?P<count>\b(?:two|three|four|five|six|a\s+few|some|several|\d|the\s+following|"
    r"these|following)\s+"
    # ("two legal fixes: …", "three compliance changes: …": whose changes they are, no more)
    r"(?:(?:small|quick|minor|more|final|last|legal|compliance|copy|brand)\s+)?(?:changes|edits|fixes|tweaks|things|notes|updates|amends|amendments|"
    r"revisions)"
    r"(?:\s+(?:please|pls|for\s+you|to\s+make))?\s*:)\s*(?=\S)",
    # "Two small things if possible: …", "a few quick tweaks please -": a lead-in that counts the
    # requests to come, at the start of a sentence or line.
    "count": r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:just|only)\s+)?"
    r"(?:(?:two|three|four|2|3|4|a\s+(?:few|couple(?:\s+of)?)|couple(?:\s+of)?|some)\s+"
    r"(?:(?:small|quick|little|tiny|minor|more|last|final)\s+){0,2}"
    r"(?:things|changes|tweaks|edits|requests|notes|points|bits|fixes|amends|asks)\b"
    # "Small tweak from them: …", "one small change: …": one change announced (round 28 f)
    r"|(?:(?:one|a|another)\s+)?(?:(?:small|quick|little|tiny|minor|last|final)\s+){1,2}"
    r"(?:thing|change|tweak|edit|request|note|point|fix|amend|ask)\b"
    r"|(?:one|another)\s+(?:thing|change|tweak|edit|request|note|point|fix|amend|ask)\b)"
    r"(?:\s+(?:if\s+(?:possible|you\s+can|that'?s\s+(?:ok(?:ay)?|alright))|please|pls|for\s+(?:you|the\s+ad)|from\s+(?:me|us)|to\s+(?:change|fix|ask)"
    r"|from\s+(?:them|him|her|the\s+(?:client|sellers?|owners?|team|brand\s+team|boss)|[a-z]+)))*"
    # "two things on the bonfire bit: …": the count goes, the scene it names stays
    r"(?:\s+(?P<scope>(?:on|in|for)\s+the\s+[^:\n]{2,40}?))?"
    r"\s*[:\-–—]+\s*",
    # "Client feedback: …", "notes from the client: …", "Update: …": a label before the request.
    # Only the pattern: framing.py matches it among its other openers, from the message's start.
    "label": r"(?:(?:the\s+)?(?:client|customer|boss|manager|team|brand|legal|marketing|sam|my\s+boss)(?:['’]s)?\s+)?"
    # ("Small change: …": the size of the change, never of the text)
    r"(?:(?:quick|small|tiny|minor|little|one|another|last|final|urgent|new|couple\s+of)\s+)?"
    r"(?:feedback|notes?|comments?|requests?|asks?|changes?|edits?|tweaks?|update|todo|to-do|fixes?|thing)"
    r"(?:\s+from\s+(?:the\s+)?[\w]+(?:\s+[\w]+)?)?\s*:"
    # ("compliance: the cta has to say …", "legal review: …": who asks for what follows)
    r"|(?:legal|compliance)(?:\s+(?:review|team|check))?\s*:",
}
# The label row, for framing.py's openers.
LABEL = LEAD_INS["label"]

_ANNOUNCED_RE = re.compile(f"{LEAD_INS['act_on']}|{LEAD_INS['list']}", _I)
_COUNT_RE = re.compile(LEAD_INS["count"], _I)
# What the words before such a list may say about where the changes go ("For the hook, two
# changes: …", "On version B, three changes: …"): kept, only the count is dropped.
_SCOPE_RE = re.compile(
    r"\b(?:hook|cta|showcase|scenes?|slides?|shots?|versions?|variants?|variations?|opening|opener|ending|end\s+card|"
    r"intro|outro|testimonial|problem|social\s+proof|demo|closing|first|last|music|text|product)\b",
    _I,
)


def after_announcement(raw: str) -> str | None:
    """The request after a sentence that only announces it ("After the review, three changes:
    …", "Please do: …"), with the scope that sentence named ("In the hook make these changes: …"
    keeps "In the hook"); None when the message opens with no such sentence."""
    announced = _ANNOUNCED_RE.match(raw)
    if announced is None:
        return None
    if announced.group("count") is not None:
        before = raw[: announced.start("count")]
        if _SCOPE_RE.search(before):  # "In the hook make these changes: …": the scope stays
            return f"{before.rstrip(' ,;-')} {raw[announced.end() :]}"
    return raw[announced.end() :]


def unannounced(masked: str) -> str:
    """``masked`` without a lead-in that only counts the requests to come ("two small things:"),
    wherever a sentence or line starts with one."""
    from adgen.agent.understanding.whole_ad_scope import names_the_ad

    return _COUNT_RE.sub(
        lambda m: f"{m.group('scope')}: " if m.group("scope") and not names_the_ad(m.group("scope")) else "",
        masked,
    )


__all__ = ["LABEL", "LEAD_INS", "after_announcement", "unannounced"]
