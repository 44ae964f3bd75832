"""Questions whose subject is said first: "pre-order line, what colour is that right now",
"the hook, how long is it?", "music: how loud is it now?", "the words at the top in the first
bit, whats the size".

Part of :mod:`adgen.agent.understanding`. Chat puts the thing first and asks about it with
"that"/"it" after a comma; the question readers look for the thing after the question word, so
the message is read as "what colour is the pre-order line right now". Only a short subject with
no verb of its own is moved, so "make it red, what colour is it now?" stays as typed.
"""

from __future__ import annotations

import re

_FRONTED_RE = re.compile(
    r"^\W*(?P<subject>(?!(?:ok(?:ay)?|so|and|hey|hmm+|wait|also|quick\s+question|question)\b)"
    r"[^,:;?!.]{2,40}?)\s*[,:\u2014-]+\s*"
    r"(?P<ask>(?:what|how|which|where)\b[^?]*?)\s+(?P<be>is|are|'s)\s+(?:that|it|this|they|those|these)\b"
    r"(?P<tail>[^?]*)\??\s*$",
    re.I,
)
# "the words at the top in the first bit, whats the size": the property asked with no "it" after.
_FRONTED_WHATS_RE = re.compile(
    r"^\W*(?P<subject>(?!(?:ok(?:ay)?|so|and|hey|hmm+|wait|also|quick\s+question|question)\b)"
    r"[^,:;?!.]{2,40}?)\s*[,:\u2014-]+\s*"
    r"(?:what'?s|whats|what\s+is)\s+(?:the\s+|its\s+)(?P<what>(?:text\s+|font\s+)?size|colou?r|length|position|volume)"
    r"(?:\s+(?:of\s+(?:it|that|them|those)|now|right\s+now|currently|at\s+the\s+moment))*\s*\??\s*$",
    re.I,
)
# A subject with a verb in it is a request, not a thing: "make it red, what colour is it now?".
_VERB_RE = re.compile(
    r"\b(?:make|change|set|put|turn|add|remove|move|use|give|bump|can|could|should|would|is|are|was|were)\b",
    re.I,
)


# "the words at the top in the first bit, whats the size": the question names no "it"; the
# subject is what it asks "of" (read apart, the subject was an edit: the words moved to the top).
_FRONTED_BARE_RE = re.compile(
    r"^\W*(?P<subject>(?:the|my|our|its|this|that)\s[^,:;?!.]{2,60}?)\s*[,:\u2014-]+\s*"
    r"(?P<ask>(?:what(?:'?s|\s+is)|how\s+(?:big|long|loud)\s+(?:is|are))\s+(?:the\s+)?[\w\s]{2,30}?)\s*\??\s*$",
    re.I,
)
_COMPARATIVE_RE = re.compile(
    r"\b(?:too|more|less|bigger|smaller|larger|brighter|darker|longer|shorter|louder|quieter|higher|lower|\d+)\b",
    re.I,
)


def unfronted(text: str) -> str:
    """The question with its fronted subject put back after the question words, else the text."""
    bare = _FRONTED_BARE_RE.match(text)
    if (
        bare is not None
        and not _VERB_RE.search(bare.group("subject"))
        and not _COMPARATIVE_RE.search(bare.group("subject"))
        and not re.search(r"\b(?:it|that|this|they|those|these)\s*$", bare.group("ask"), re.I)
    ):
        return f"{bare.group('ask').strip()} of {bare.group('subject').strip()}?"
    m = _FRONTED_RE.match(text)
    whats = _FRONTED_WHATS_RE.match(text) if m is None else None
    found = m or whats
    if found is None or _VERB_RE.search(found.group("subject")):
        return text
    subject = found.group("subject").strip()
    if not re.match(r"(?:the|my|our|its|this|that)\b", subject, re.I):
        subject = f"the {subject}"
    if whats is not None:
        return f"what's the {whats.group('what')} of {subject}?"
    return f"{found.group('ask')} {found.group('be')} {subject}{found.group('tail').rstrip()}?"


__all__ = ["unfronted"]
