"""The agent's own reply pasted back, and the last request taken back in other verbs (round thirty d).

Why: a crowd that chats on phones quotes the agent's reply ("> Made variant B: the end card says
'Book a call'.") and writes its request under it, or quotes the agent's question and answers
under it ("> How long should the end card be?" / "3 seconds"). The quoted lines were read as a
request of their own: a second variant was made from "Made variant B: …", and "How long should …?"
was answered as a question. The quoted lines are what the agent said, so they are no request;
what is written under them is. A quoted question answered by a bare value (a length, words in
quotes) is read as that value for the part the question names.

"scrap that", "ditch that", "bin it", said first in the message right after an edit, take the
last request back as "scratch that" does; they removed the scene the last edit touched.
"""

from __future__ import annotations

import re

_I = re.I

# A line that quotes: "> …", "» …" (an e-mail or chat quote), at the start of a line.
_QUOTED_LINE_RE = re.compile(r"^\s*(?:>|»)\s?(?P<line>.*)$")

# "How long should the end card be?", "What should the hook say?", "What length for the CTA?":
# the part the agent asked about, and which of its settings.
_ASKED_LENGTH_RE = re.compile(
    r"^\W*(?:how\s+long|what\s+length|how\s+many\s+seconds)\s+(?:should|do\s+you\s+want|would\s+you\s+like)\s+"
    r"(?P<part>(?:the\s+|scene\s+)?[\w\s-]{1,30}?)\s+(?:to\s+)?(?:be|last|run)\b[^?]*\?\s*$",
    _I,
)
_ASKED_WORDS_RE = re.compile(
    r"^\W*what\s+(?:should|do\s+you\s+want|would\s+you\s+like)\s+(?P<part>(?:the\s+|scene\s+)?[\w\s-]{1,30}?)"
    r"\s+(?:to\s+)?(?:say|read)\b[^?]*\?\s*$",
    _I,
)
# What the agent says of an edit it made ("Made variant B: …", "Changed the text of scene 4 …",
# "Nothing changed: …"): its reply, never a client's note.
_AGENT_REPORT_RE = re.compile(
    r"^\W*(?:adgen\s*:\s*)?(?:made\s+(?:variant|variation|version)|changed\s+(?:the|scene)|removed\s+(?:the|scene)|"
    r"added\s+(?:a|the|scene)|moved\s+(?:the|scene)|undid\b|redid\b|switched\s+to\b|nothing\s+changed\b|"
    r"done\s*[:.]\s*(?:changed|made|the)\b|scene\s+\d+\s*\()",
    _I,
)
# Words under the quote that point at what it quotes ("the same words for the voice", "that text
# on the cta too").
_POINTS_BACK_RE = re.compile(r"\b(?:same|those\s+words|that\s+(?:text|line|wording|copy))\b", _I)
# A bare length: "3 seconds", "3s", "about 4 sec", "3.5"
_BARE_LENGTH_RE = re.compile(
    r"^\W*(?:(?:about|around|roughly|maybe|just|make\s+it|let'?s\s+say|say)\s+)?"
    r"(?P<n>\d{1,2}(?:\.\d)?)\s*(?:s|sec|secs|seconds?)?\W*$",
    _I,
)
# Words in quotes, and nothing else: "'Try it free'"
_BARE_WORDS_RE = re.compile(r"^\s*(?P<q>[\"“‘'][^\"“”‘’']{1,80}[\"”’'])\s*[.!]?\s*$")


def unquoted_reply(raw: str) -> str:
    """The message without the lines it quotes from the agent's reply ("> Made variant B: …"), when
    something is written under or above them; a quoted question answered by a bare value becomes
    that value for the part asked about ("the end card 3 seconds"). Otherwise the message as is."""
    lines = raw.splitlines()
    quoted = [m.group("line") for line in lines if (m := _QUOTED_LINE_RE.match(line))]
    if not quoted or len(quoted) == len(lines):
        return raw
    own = [line for line in lines if not _QUOTED_LINE_RE.match(line) and line.strip()]
    if not own:
        return raw
    answer = " ".join(line.strip() for line in own)
    question = " ".join(q.strip() for q in quoted).strip()
    asked = _ASKED_LENGTH_RE.match(question)
    if asked is not None and (value := _BARE_LENGTH_RE.match(answer)) is not None:
        return f"make {_part(asked.group('part'))} {value.group('n')} seconds"
    asked = _ASKED_WORDS_RE.match(question)
    if asked is not None and (words := _BARE_WORDS_RE.match(answer)) is not None:
        return f"{_part(asked.group('part'))} should say {words.group('q')}"
    if not _AGENT_REPORT_RE.match(question):
        return raw  # a client's note quoted ("> can we make the logo bigger"): read as before
    if _POINTS_BACK_RE.search(answer):
        return raw  # "now the same words for the voice line": the quoted words are meant
    return "\n".join(own)


def _part(words: str) -> str:
    words = words.strip()
    return words if re.match(r"(?:the|scene)\b", words, _I) else f"the {words}"


# "scrap that", "ditch it", "bin that idea", "nix that": the last request taken back, said first.
_SCRAPPED_RE = re.compile(
    r"^(?P<lead>\W*(?:(?:actually|no|nah|hmm+|ok(?:ay)?|wait|sorry|ugh|oops)\b[\s,.!;:-]*)*)"
    r"(?:scrap|ditch|bin|nix|toss|junk|kill)\s+(?:that|it|this)(?:\s+idea)?(?P<after>\s*(?:[,.!;:]|-+|\u2013|\u2014|$))",
    _I,
)


def scrapped_as_scratched(raw: str) -> str:
    """ "scrap that, undo" as "scratch that, undo": other verbs that take the last request back."""
    return _SCRAPPED_RE.sub(lambda m: f"{m.group('lead')}scratch that{m.group('after')}", raw, count=1)


__all__ = ["scrapped_as_scratched", "unquoted_reply"]
