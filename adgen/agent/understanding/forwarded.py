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
from adgen.agent.understanding.reported import reported

_I = re.I
_NAME = r"(?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,2})"
_WHO = (
    r"(?:(?:our|the|my|a)\s+)?(?:client|customer|boss|manager|brand\s+team|owner|studio\s+owner|shop\s+owner)"
)
# The pieces a forwarding label is made of, any of them, in any order.
_PIECE = (
    # "forwarding as is", "forwarded verbatim", "fwd from the client"
    r"(?:forward(?:ing|ed)?|fwd|fw|passing\s+(?:this\s+)?on|pasting|copying)"
    r"(?:\s+(?:this|it|as\s+is|verbatim|word\s+for\s+word|unedited))*"
    rf"(?:\s+from\s+(?:{_WHO}(?:\s+{_NAME})?|{_NAME}))?"
    # "client feedback from Northwind", "notes from our client Kelpwise", "email from the boss"
    r"|(?:(?:the\s+|our\s+|my\s+)?(?:client|customer)(?:['’]s)?\s+)?(?:feedback|notes?|comments?|message|email|words|"
    # ("Slack from the client: '…'", "DM from Jen: '…'", "a text from the owner: '…'")
    r"(?:an?\s+)?(?:slack|dm|text|whatsapp|voice\s*note|teams\s+message|question))"
    rf"\s+from\s+(?:{_WHO}(?:\s+{_NAME})?|{_NAME})"
    # "our client Kelpwise says", "the client wrote"
    rf"|{_WHO}(?:\s+{_NAME})?\s+(?:says|said|wrote|writes|emailed|sent\s+(?:this|us\s+this)"
    # ("the client asks: 'how long is it?'", "client wants to know: '…'": a question relayed)
    r"|asks|asked|is\s+asking|wants\s+to\s+know|wonders)"
    # "per Mo", "as per Sam in #marketing", "per the client on Slack": a chat message relayed
    # "From my manager: '…'", "from the client Kelpwise — '…'": the label is only whose words
    # they are (round thirty-seven d)
    rf"|from\s+{_WHO}(?:\s+{_NAME})?"
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
# A note that is a question of a few words ("what does the last screen say again?", "how long is
# it?"): asked on their behalf, never copy to put on screen (round twenty-eight g).
_QUESTION_NOTE_RE = re.compile(
    r"^\W*(?:what|which|how|where|when|why|who|is|are|does|do)\b[^'\"“”‘’]{2,120}\?\s*$", _I
)
# The client named in the label: the brand of a brief forwarded before any ad exists.
_CLIENT_RE = re.compile(
    rf"(?:client|customer|brand)\s+(?P<name>{_NAME})\s*$|(?:client|customer|brand)\s+from\s+(?P<name2>{_NAME})\b"
)


# "Client is asking how long the runners scene is", "my boss wants to know which font we use":
# someone else's question, asked on their behalf; the question is what follows.
_ASKING_FOR_RE = re.compile(
    r"^\W*(?:(?:the|our|my)\s+)?(?:client|customer|boss|manager|team|brand\s+team|legal|they|she|he|"
    # ("My son rang and asked me how long the whole film is.")
    r"(?<=my\s)(?:son|daughter|husband|wife|partner|mum|mom|dad|sister|brother|friend|neighbou?r)(?:\s+(?-i:[A-Z]\w+))?"
    r"(?:\s+(?:rang|called|phoned|texted|came\s+(?:by|round|over)|popped\s+in)\s+and)?)\s+"
    r"(?:(?:is|are|was|were)\s+(?:asking|wondering)|asks|asked|asked\s+me|wants\s+to\s+know|wanted\s+to\s+know|"
    r"would\s+like\s+to\s+know|wonders)\s+(?=(?:how|what|which|where|when|why|who|whether|if)\b)",
    _I,
)


# Someone's feedback relayed in the third person ("my boss says the hook drags", "Priya on the brand
# team says our tagline is now …", "My husband Ron watched it last night and says you can hardly
# hear the tune", "Client wants: hook text in pink, …"): the person and their verb are a frame
# around the request or complaint, read as if the writer said it.
_PERSON = (
    r"(?:(?:my|our|the|a)\s+(?:[\w-]+\s+)?(?:boss|manager|client|customer|husband|wife|partner|"
    r"sister(?:-in-law)?|brother(?:-in-law)?|mum|mom|mother|dad|father|son|daughter|friend|colleague|"
    r"co-?worker|team|designer|nephew|niece|neighbou?r|accountant|co-?founder|founder|ceo|cmo|director|lead|"
    r"intern|assistant|editor|agency|owner)(?:\s+" + _NAME + r")?"
    r"|(?:the\s+)?client|" + _NAME + r"\s+(?:on|from|in)\s+(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+team)"
)
# What the person did before saying it ("watched it last night and", "helps me with the shop and she")
_BEFORE_SAYING = r"(?:\s+(?:who\s+)?[^.,;:!?'\"“‘\n]{1,60}?\s+and)?(?:\s+(?:she|he|they))?"
_RELAYED_RE = re.compile(
    rf"^\W*(?:{_PERSON}){_BEFORE_SAYING}\s+"
    r"(?:(?P<say>says|said|sez|thinks|thought|reckons|feels|felt|tells\s+me|told\s+me|mentioned|noticed|"
    r"pointed\s+out)(?:\s+that)?\s*[:,]?\s*"
    r"|(?P<want>wants|would\s+like|asked\s+for|is\s+asking\s+for)\s*(?P<colon>:\s*)?"
    r"|(?P<hate>hates|dislikes|doesn'?t\s+like|can'?t\s+stand)\s+)",
    _I,
)
# "bigger still, she says", "…, says my boss": the relaying said after the request
_RELAYED_AFTER_RE = re.compile(
    r"\s*[,;—–-]\s*(?:(?:she|he|they)\s+says|says\s+(?:my|our|the)\s+[\w-]+|according\s+to\s+(?:my|our|the)\s+[\w-]+)"
    r"\s*[.!]*\s*$",
    _I,
)


def unrelayed(raw: str) -> str | None:
    """``raw`` without the frame of feedback relayed in the third person (None: no such frame)."""
    after = _RELAYED_AFTER_RE.search(raw)
    if after is not None and after.start() > 0:
        return raw[: after.start()]
    m = _RELAYED_RE.match(raw)
    if m is None or not raw[m.end() :].strip():
        return None
    rest = raw[m.end() :]
    if rest.lstrip()[:1] in "'\"“‘«":
        return None  # "the client says: 'Summer tastes better cold'": their words, maybe the copy
    if m.group("want") and not m.group("colon"):
        return f"I want {rest}"
    if m.group("hate"):
        return f"I don't like {rest}"
    return rest


# "… how long the whole film is. What should I tell him?": asking what to pass on, nothing more
_TELL_THEM_RE = re.compile(
    r"[.?]?\s*(?:so\s+)?what\s+(?:should|shall|do|can)\s+i\s+(?:tell|say\s+to)\s+(?:him|her|them)\s*\??\s*$",
    _I,
)


def forwarded_note(raw: str, *, new_ad: bool) -> str | None:
    """The note a forwarded message quotes, to be read as the message (None: no such message).
    ``new_ad``: no ad exists yet, so the client the label names is given as the brand."""
    request = after_announcement(raw)  # "After the review, three changes: …"
    if request is not None:
        return request
    if not new_ad and (relayed := unrelayed(raw)) is not None:
        report = reported(raw)
        if report is None or not (report.dismissed or report.praise):
            return relayed  # ("my partner thinks the music is too quiet, I disagree": no request)
    asking = _ASKING_FOR_RE.match(raw)
    if asking is not None:
        return _TELL_THEM_RE.sub("?", raw[asking.end() :])
    m = _NOTE_RE.match(raw)
    if m is None or m.group("close") not in _CLOSING[m.group("open")]:
        return None
    note = m.group("note").strip()
    if _QUESTION_NOTE_RE.match(note):
        return note  # "FW from the client: 'what does the last screen say again?'": their question
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
