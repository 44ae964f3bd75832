"""Parts of an ad named by the everyday words of a job ad, a school or a shop: "the closing date
card", "the apply link", "the booking number", "the salary card".

Part of :mod:`adgen.agent.understanding` (round thirty-eight d, dev27: a care home's job ad says
"Closing date 14 March" and "Apply at harbourcare.co.uk"; a driving school's end card "Book on
07700 900318"). "closing" alone is the end card ("the closing shot"), so "closing date card
writing bigger" enlarged the end card's text; "the apply link in purple" set the whole palette, as
"link" named no text. Here "closing" followed by a date or a time is no role, and the words a
marketer puts before "link" or "number" are read as the website or the phone number the text shows.
"""

from __future__ import annotations

import re

# "the closing date", "opening times", "the closing day": a date or a time the text shows, never
# the end card or the first scene ("closing" and "opening" alone are places in the ad)
_PLACE_BEFORE_DATE_RE = re.compile(r"\b(?:closing|opening)\s+(?=(?:dates?|times?|days?)\b)", re.I)

# The words before "link" ("the apply link", "booking link", "sign-up link"): a website the text
# shows; before "number" ("the booking number", "call number"): a phone number.
LINK_WORDS = (
    r"(?:(?:apply|aply|application|booking|bookng|book|sign[\s-]?up|signup|order|enrol(?:ment)?|enroll(?:ment)?|"
    r"register|registration|web(?:site)?|shop|store|job|jobs|careers|ticket|tickets)\s+)?(?:link|url)|website|web\s+address"
)
NUMBER_WORDS = (
    r"(?:booking|bookings|bookng|call|calling|contact|mobile|whatsapp|enquiry|enquiries|inquiry|office|hotline|"
    r"helpline|landline|"
    # ("the survey number", "the freephone number", "the quote line number": what calling it gets
    # you; rounds forty a, b and f)
    r"survey|quote|quotes|sales|support|freephone|freefone|appointments?|reservations?|emergency|callback|"
    r"box\s+office|ticket|tickets|order|orders|free\s+survey)"
)

# Words that name a phone number without "number" ("the landline could be bigger"; round 40 a).
PHONE_ALONE = r"(?:landline|helpline|hotline|freephone\s+line)"


def said_kind(words: str) -> str:
    """The kind a part's everyday name means ("apply link": "website", "booking number": "phone
    number"); ``words`` as they are otherwise."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if re.fullmatch(LINK_WORDS, words):
        return "website"
    if re.fullmatch(PHONE_ALONE, words):
        return "phone number"
    return re.sub(rf"^{NUMBER_WORDS}\s+(?=number$)", "phone ", words)


# --- hurried phone typing: "aply link in purpel", "hrs card txt yelow", "closng dte card" ----------

# Shorthand and slips the word-by-word typo step leaves for later (it corrects a whole clause only
# after the parts were found): the words that name a part or how it looks. A table, never a guess:
# a guess reads "raed" as red and the Spanish "texto" as text.
_TYPED = {
    "aply": "apply",
    "bookng": "booking",
    "bokking": "booking",
    "dte": "date",
    "closng": "closing",
    "hrs": "hours",
    "wrds": "words",
    "crd": "card",
    "crad": "card",
    "cadr": "card",
    "offr": "offer",
    "ofer": "offer",
    "ofr": "offer",
    "panle": "panel",
    "pannel": "panel",
    "pnl": "panel",
    "txt": "text",
    "numbr": "number",
    "nmbr": "number",
    "whit": "white",
    "whte": "white",
    "yelow": "yellow",
    "yelo": "yellow",
    "purpel": "purple",
    "purpl": "purple",
    "orang": "orange",
    "gren": "green",
    "bigr": "bigger",
    "biger": "bigger",
    "cntre": "centre",
    "centr": "centre",
}
_ARTICLE_NEXT_RE = re.compile(r"\s+(?:the|a|an|my|our|its|their|his|her|this|that|those|these)\b", re.I)
_WORD_RE = re.compile(r"(?<![\w.@/#-])[A-Za-z]{3,}(?![\w@/-]|\.\w)")


def phone_typing(masked: str) -> str:
    """``masked`` with the slips of hurried phone typing corrected in the words that name a part or
    how it looks ("aply link in purpel": "apply link in purple"), and "the closing date" as the date; other
    words as typed. A number
    before "hrs" keeps it as a length ("2 hrs")."""

    def fixed(m: re.Match[str]) -> str:
        word = m.group(0)
        lower = word.lower()
        if lower == "hrs" and re.search(r"\d\s*$", masked[: m.start()]):
            return word
        if lower == "whit" and _ARTICLE_NEXT_RE.match(masked, m.end()):
            return word  # "the bit whit the red neon sign": "with", left to the typo step
        return _TYPED.get(lower, word)

    return _PLACE_BEFORE_DATE_RE.sub("", _WORD_RE.sub(fixed, masked))


__all__ = ["LINK_WORDS", "NUMBER_WORDS", "PHONE_ALONE", "phone_typing", "said_kind"]
