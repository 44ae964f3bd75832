"""A question about the ad said around: a courtesy or a hurry before it, or the ad named by what it
sells; read as the plain question.

Part of :mod:`adgen.agent.understanding` (round thirty-one e, dev22's restaurants and local
services asking about their ad). Read as typed:

- "Would it be too much trouble to tell me how many scenes there are?" was no question at all (the
  courtesy hid "tell me"), and "remind me, what date do the doors open in the ad?", "quick one -
  what's on the end card?" kept their lead before the question word the kinds of content are read
  from (:mod:`content_kinds`). The lead goes: "tell me how many scenes there are?", "what date do
  the doors open in the ad?". A lead is a row of ``_LEADS``; only a lead followed by a question
  (a question word, "tell me", or a "?" at the end) goes.
- "total length of the taco truck ad?" named the product ("taco"), so it was answered with where
  the product is shown. "the taco truck ad", "the Loco Taco video", "our bakery spot" name this ad
  by its brand or product: they are "the ad". Words that tell one ad from another ("the other ad",
  "the vertical one", "the B ad", "the new ad") are never read this way.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.product_words import names_product
from adgen.project import AdProject

_I = re.I

# Leads before a question that ask nothing themselves, one a row.
_LEADS: tuple[str, ...] = (
    # a hurry ("quick one -", "quick q:", "real quick,", "just a quick check:")
    r"(?:(?:just\s+)?(?:a\s+)?(?:quick|real\s+quick|small)\s+(?:one|q|qq|question|check|thing)|real\s+quick|quickly)",
    # a reminder or a check ("remind me,", "just checking:", "sanity check -", "before we post,")
    r"(?:remind\s+me|just\s+(?:checking|to\s+check|confirming|curious|wondering)|sanity\s+check|double[\s-]checking|"
    r"out\s+of\s+curiosity|curious|before\s+(?:we|i)\s+(?:post|publish|send|render)(?:\s+it)?)",
    # an apology ("sorry,", "sorry to bother you,", "sorry if this is a dumb question,")
    r"(?:sorry(?:\s+to\s+(?:bother|bug|pester)(?:\s+(?:you|u))?(?:\s+again)?)?(?:\s+if\s+this\s+is\s+a\s+(?:dumb|silly|stupid)\s+question)?)",
    # asking leave to ask ("can I ask,", "may I ask", "if you don't mind,")
    r"(?:(?:can|could|may)\s+i\s+ask|if\s+(?:you\s+)?don'?t\s+mind|if\s+it'?s\s+not\s+too\s+much\s+(?:trouble|bother))",
)
_LEAD_RE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|ok(?:ay)?|so|um+|oh)\b[\s,!.]*)*(?:"
    + "|".join(_LEADS)
    + r")\s*[,:;.!\u2013\u2014-]*\s+",
    _I,
)
# The courtesy before "tell me": "would it be too much trouble to tell me …", "would you mind telling
# me …", "do you mind reminding me …", "I was wondering if you could tell me …".
_COURTESY_RE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|ok(?:ay)?|so|um+|oh)\b[\s,!.]*)*(?:"
    r"(?:would|will)\s+it\s+be\s+(?:too\s+much\s+(?:trouble|bother|to\s+ask)|possible|ok(?:ay)?)\s+(?:for\s+(?:you\s+)?)?to"
    r"|(?:would|do)\s+(?:you|u)\s+mind"
    r"|i\s+(?:was\s+)?wonder(?:ing)?\s+if\s+(?:you|u)\s+(?:could|can|might|would)(?:\s+(?:please|kindly))?"
    r"|(?:please|kindly)\s+(?:could|can|would)\s+(?:you|u)"
    r")\s+(?P<verb>tell(?:ing)?|remind(?:ing)?|show(?:ing)?)\s+me\b",
    _I,
)
_ASKS_RE = re.compile(
    r"^(?:what|which|how|where|when|who|whose|why|is|are|does|do|did|has|have|was|were|can|could|tell\s+me|"
    r"remind\s+me|show\s+me)\b|\?\s*$",
    _I,
)


def without_lead(text: str) -> str:
    """ "remind me, what date do the doors open?" -> "what date do the doors open?"; "Would it be
    too much trouble to tell me how many scenes there are?" -> "tell me how many scenes there
    are?"; the text as it is when no lead opens a question."""
    courtesy = _COURTESY_RE.match(text)
    if courtesy is not None:
        verb = re.sub(r"ing$", "", courtesy.group("verb").lower())
        return f"{verb} me{text[courtesy.end() :]}"
    lead = _LEAD_RE.match(text)
    if lead is not None and _ASKS_RE.search(text[lead.end() :]):
        return text[lead.end() :]
    return text


# "the taco truck ad", "our Loco Taco video", "this bakery spot": up to three words, then the kind of ad.
_NAMED_AD_RE = re.compile(
    r"\b(?:the|our|my|this)\s+(?P<words>(?:[\w'’&-]+\s+){1,3}?)(?:ad|advert|video|spot|commercial|promo|clip)\b",
    _I,
)
# Words that tell one ad from another, never what it sells.
_OTHER_AD_RE = re.compile(
    r"\b(?:other|another|new|old|older|newer|first|second|third|last|previous|original|current|latest|next|"
    r"vertical|horizontal|square|portrait|landscape|wide|short|long|shorter|longer|\d+\s*s|\d+[:x]\d+|"
    r"[a-d]|version|variant|variation|copy|instagram|insta|tiktok|youtube|facebook|reels?|stories|story|feed|"
    r"whole|entire|full|final|rendered|same|each|every|both|all|one|two)\b",
    _I,
)


def ad_named_by_what_it_sells(text: str, project: AdProject | None) -> str:
    """ "total length of the taco truck ad?" -> "total length of the ad?" when the words before
    "ad" name this ad's brand or product; else the text as it is."""
    if project is None:
        return text
    brand = {w.lower() for w in re.findall(r"[\w'’&-]+", project.brand.name or "") if len(w) > 2}

    def plain(m: re.Match[str]) -> str:
        words = m.group("words").strip()
        if _OTHER_AD_RE.search(words):
            return m.group(0)
        named = brand & {w.lower() for w in words.split()} or names_product(words, project)
        return "the ad" if named else m.group(0)

    return _NAMED_AD_RE.sub(plain, text)


def asked_plainly(text: str, project: AdProject | None) -> str:
    """The question without its lead (:func:`without_lead`), its ad named "the ad"
    (:func:`ad_named_by_what_it_sells`)."""
    return ad_named_by_what_it_sells(without_lead(text), project)


__all__ = ["ad_named_by_what_it_sells", "asked_plainly", "without_lead"]
