"""A card named by quoting the words it already shows, in a complaint about reading it.

Part of :mod:`adgen.agent.understanding` (round thirty-nine c). "I can barely read 'Long day?'"
asked which scene should say "Long day?", as if the quote were new words, though one scene already
shows exactly them ("'Long day?' is hard to read" was understood). When the quoted words are the
whole on-screen text of exactly one scene, "I can't / can barely / can hardly read (or see, make
out) '…'" is said as "'…' is hard to read" (the text made bigger, as before); otherwise, or when
the words are on no card or on several, the message is left as it is (new words, or a question).
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_WHO = r"(?:i|we|you|people|viewers|nobody|no\s*one|no-one|my\s+\w+|the\s+\w+|they|she|he)"
_CANT_READ_RE = re.compile(
    rf"^(?P<lead>.*?)\b{_WHO}\s+(?:(?:really|just|honestly|still)\s+)?"
    r"(?:can(?:'?t|not|\s+not)|could(?:n'?t|\s+not)|can\s+(?:barely|hardly|only\s+just)|could\s+(?:barely|hardly)|"
    r"can\s+read|could\s+read|struggle\s+to|struggles\s+to|struggled\s+to)\s+(?:even\s+)?(?:properly\s+)?"
    r"(?:read|see|make\s+out)\s+"
    r"(?P<quote>['\"‘“](?P<words>[^'\"‘’“”]{1,80})['\"’”])(?P<rest>.*)$",
    re.I | re.S,
)

# "… on her phone", "… at all", "… from the sofa": where or how it is seen, no other request
_WHERE_SEEN_RE = re.compile(
    r"^\s*(?:(?:on|from)\s+(?:my|her|his|their|our|a|the|your)\s+(?:\w+\s+)?"
    r"(?:phone|screen|mobile|tablet|laptop|tv|telly|ipad|sofa|couch)|at\s+all|any\s*more|properly)\b",
    re.I,
)
# what may follow: an end, or a request of its own ("…, make it bigger please", "so fix it")
_THEN_RE = re.compile(r"^(?:[,.;!?—–-]|\s)*(?:$|(?:so|please|pls|and|can|could|make|fix)\b)", re.I)


def _plain(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def quoted_card_read(raw: str, project: AdProject | None) -> str:
    """``raw`` with "I can barely read '…'" as "'…' is hard to read" when the quoted words are
    exactly one scene's on-screen text (see the module docstring), else ``raw`` unchanged."""
    if project is None:
        return raw
    m = _CANT_READ_RE.match(raw)
    if m is None:
        return raw
    said = _plain(m.group("words"))
    shown = [s for s in project.scenes if s.overlay.text and _plain(s.overlay.text) == said]
    if not said or len(shown) != 1:
        return raw
    rest = _WHERE_SEEN_RE.sub("", m.group("rest")).strip()
    if rest and not _THEN_RE.match(rest):
        return raw  # "I can't read 'Long day?' against the pink": the colour readers' case, left as it was
    return f"{m.group('lead')}{m.group('quote')} is hard to read{(' ' + rest) if rest else ''}".strip()


__all__ = ["quoted_card_read"]
