"""A forwarded note (a label that says whose words follow, then the whole request in quotes), and
a sentence that only announces the changes that follow its colon.

Part of :mod:`adgen.agent.understanding`. Agencies paste their clients' words as they came:
"Client feedback from Northwind, forwarding as is: 'The closing line should read …'",
"Forwarding from our client Kelpwise: 'We'd like a 20-second Reels ad …'". The quotes mark whose
words they are, not on-screen copy, so the note is read as the message. Before any ad exists, the
client the label names is the brand the note is for ("Brand: Kelpwise" is added).

Only a message that is nothing but such a label and one quoted note of a few words is unwrapped:
"the client wants the hook to say 'Fresh daily'" (a label naming what to change) keeps its quote.
"After the review, three changes: …" is read from its colon on (the lead-in is one of
:mod:`lead_ins`'s rows); "the client is asking how long the hook is" is the question it asks.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.lead_ins import after_announcement

_I = re.I
_NAME = r"(?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,2})"
_WHO = r"(?:our|the|my|a)\s+(?:client|customer|boss|manager|brand\s+team)"
# The pieces a forwarding label is made of, any of them, in any order.
_PIECE = (
    # "forwarding as is", "forwarded verbatim", "fwd from the client"
    r"(?:forward(?:ing|ed)?|fwd|passing\s+(?:this\s+)?on|pasting|copying)"
    r"(?:\s+(?:this|it|as\s+is|verbatim|word\s+for\s+word|unedited))*"
    rf"(?:\s+from\s+(?:{_WHO}(?:\s+{_NAME})?|{_NAME}))?"
    # "client feedback from Northwind", "notes from our client Kelpwise", "email from the boss"
    r"|(?:(?:the\s+|our\s+|my\s+)?(?:client|customer)(?:['’]s)?\s+)?(?:feedback|notes?|comments?|message|email|words)"
    rf"\s+from\s+(?:{_WHO}(?:\s+{_NAME})?|{_NAME})"
    # "our client Kelpwise says", "the client wrote"
    rf"|{_WHO}(?:\s+{_NAME})?\s+(?:says|said|wrote|writes|emailed|sent\s+(?:this|us\s+this))"
    # "per Mo", "as per Sam in #marketing", "per the client on Slack": a chat message relayed
    rf"|(?:as\s+)?per\s+(?:{_WHO}(?:\s+{_NAME})?|{_NAME})"
    r"(?:\s+(?:in|on|via|from)\s+(?:#[\w-]+|slack|teams|email|the\s+[\w-]+\s+(?:channel|thread)))?"
)
_NOTE_RE = re.compile(
    rf"^\s*(?P<label>(?:{_PIECE})(?:\s*[,;—–-]\s*(?:{_PIECE}))*)\s*[:—–-]\s*"
    r"(?P<open>['\"“‘«])(?P<note>.+)(?P<close>['\"”’»])\s*[.!]?\s*$",
    _I | re.S,
)
_CLOSING = {"'": "'’", '"': '"”', "“": '”"', "‘": "’'", "«": "»"}
# Words of a request, one of which a note must have: else the quote is copy to put on screen.
_REQUEST_RE = re.compile(
    r"\b(?:should|shall|needs?|must|make|change|set|could|can|please|want|like|prefer|too|move|put|add|remove|"
    r"drop|cut|use|swap|replace|ad|video|spot|clip|seconds?|sec)\b",
    _I,
)
# The client named in the label: the brand of a brief forwarded before any ad exists.
_CLIENT_RE = re.compile(
    rf"(?:client|customer|brand)\s+(?P<name>{_NAME})\s*$|(?:client|customer|brand)\s+from\s+(?P<name2>{_NAME})\b"
)


# "Client is asking how long the runners scene is", "my boss wants to know which font we use":
# someone else's question, asked on their behalf; the question is what follows.
_ASKING_FOR_RE = re.compile(
    r"^\W*(?:(?:the|our|my)\s+)?(?:client|customer|boss|manager|team|brand\s+team|legal|they|she|he)\s+"
    r"(?:(?:is|are|was|were)\s+(?:asking|wondering)|asks|asked|wants\s+to\s+know|wanted\s+to\s+know|"
    r"would\s+like\s+to\s+know|wonders)\s+(?=(?:how|what|which|where|when|why|who|whether|if)\b)",
    _I,
)


def forwarded_note(raw: str, *, new_ad: bool) -> str | None:
    """The note a forwarded message quotes, to be read as the message (None: no such message).
    ``new_ad``: no ad exists yet, so the client the label names is given as the brand."""
    request = after_announcement(raw)  # "After the review, three changes: …"
    if request is not None:
        return request
    asking = _ASKING_FOR_RE.match(raw)
    if asking is not None:
        return raw[asking.end() :]
    m = _NOTE_RE.match(raw)
    if m is None or m.group("close") not in _CLOSING[m.group("open")]:
        return None
    note = m.group("note").strip()
    if len(note.split()) < 4 or not _REQUEST_RE.search(note):
        return None  # "the client says: 'Summer is here, grab yours'": copy, not a request
    if not new_ad:
        return note
    client = _CLIENT_RE.search(m.group("label"))
    name = client and (client.group("name") or client.group("name2"))
    if not name or name.lower() in note.lower():
        return note
    return f"{note.rstrip(' .!')}. Brand: {name}."


__all__ = ["forwarded_note"]
