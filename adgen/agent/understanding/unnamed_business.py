"""A request for an ad for a kind of business, with no name: ask the name first.

Part of :mod:`adgen.agent.understanding` (round thirty-one e, dev22's restaurants and local
services). "something for our salon?", "need an ad for my bakery", "could you make a video for our
little pizza place", "we're a small barbershop, can you do an ad": every other word asks for an ad
(:data:`open_brief.OPEN_WORDS`), and the business is said by its kind only. Made as it was, the ad
was for a product called "salon" ("Ready for salon?", and with a question mark the message was
answered as a question about an ad that does not exist). Like "we sell loose leaf tea, could use an
ad" (:func:`open_brief.sells_without_a_name`), the chat asks the name; the answer ("Mane Street
Salon. we're doing 20% off blowouts this month") is read as one brief with the request.

A kind said with a length or a mood ("ad for our bakery, 15s", "something warm for my cafe") is a
brief to make as it is, without a name, as before. A kind of business is a row of
``LOCAL_KINDS``; the words before it (up to two, in small letters: "our little hair salon") say
what kind. A kind that is all open words ("my little business") keeps asking what the ad is for.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.briefs import BRIEF_MOODS
from adgen.agent.understanding.open_brief import is_open_brief
from adgen.agent.understanding.values import find_durations

# The kinds of local business, one kind a row (not every row of briefs.BUSINESS_NOUN: "our new
# protein bar", "my banking app", "our label" are things sold, or a brand).
LOCAL_KINDS: tuple[str, ...] = (
    # eating and drinking ("our little pizza place", "the new taco truck", "my wine bar")
    r"restaurants?|cafe|café|cafes|coffee\s+shop|bakery|bakeries|diner|bistro|pizzeria|taqueria|trattoria|"
    r"brasserie|pub|deli|eatery|canteen|brewery|roastery|winery|distillery|kitchen|"
    r"(?:pizza|taco|burger|noodle|ramen|sushi|dumpling|curry|kebab|falafel|bbq)\s+(?:place|joint|shop|spot)|"
    r"(?:food|taco|coffee|ice\s+cream)\s+truck|"
    r"(?:wine|cocktail|juice|sushi|tapas|sports|salad|karaoke|coffee|nail|brow|lash)\s+bar",
    # looking after people ("our salon", "my barbershop", "the dental practice")
    r"salons?|barbershop|barber\s+shop|barbers?|spa|gym|clinic|practice|dentist|pharmacy|vet|"
    r"(?:yoga|pilates|dance|tattoo|photo|photography|fitness|art|pottery)\s+studio|studio|"
    r"daycare|nursery|(?:dance|driving|language|music|swim|swimming|surf)\s+school",
    # services said with what they do ("our cleaning business", "my dog walking service"; not "my
    # candle shop": what a shop sells says what the ad is for, tests/agent/test_round_six_briefs.py)
    r"boutique|florist|hotel|motel|inn|hostel|"
    r"(?:[a-z]+\s+){1,2}(?:business|company|service|services|agency)|"
    r"(?:event|coworking|co-working|office)\s+space",
)
# "our salon", "my little pizza place", "the new barbershop", "a small bakery": the kind, its
# words in small letters (a capitalised word is a name: "our Mane Street salon" is a brief).
_KIND_RE = re.compile(
    r"(?<![\w'’])(?:[Oo]ur|[Mm]y|[Tt]he|[Aa])\s+(?P<kind>(?:[a-z][a-z'’-]*\s+){0,2}?"
    rf"(?:{'|'.join(LOCAL_KINDS)}))(?![\w'’&])"
)

_CAPITALISED_RE = re.compile(r"(?<![\w'’])[A-Z][\w'’&-]*")
_MOOD_RE = re.compile(r"\b(?:" + "|".join(pattern for pattern, _ in BRIEF_MOODS) + r")\b", re.I)


def unnamed_kind(masked: str) -> str | None:
    """The kind of business a request for an ad names instead of its name ("hair salon" in
    "something for our hair salon?"), or None when the message says anything more (a name, a
    product, quoted words) or names no kind, or its kind is an open word itself ("my shop")."""
    found = _KIND_RE.search(masked)
    if found is None:
        return None
    rest = masked[: found.start()] + " " + masked[found.end() :]
    if any(not is_open_brief(word.lower()) for word in _CAPITALISED_RE.findall(rest)):
        return None  # "something for our coffee shop, Grindhouse": the name is there
    if is_open_brief(found.group("kind")) or not is_open_brief(rest):
        return None
    if find_durations(rest) or _MOOD_RE.search(rest):
        return None  # "ad for our bakery, 15s": a brief to make as it is (round twenty-eight g)
    return found.group("kind")


def without_a_name(request: str) -> str | None:
    """The request a "no name yet" answer makes an ad of: the kind said bare before it ("make an ad
    for hair salon. something for our hair salon"), so it is read as what the ad is for and not
    asked about again; None when ``request`` names no kind without its name."""
    kind = unnamed_kind(request)
    return None if kind is None else f"make an ad for {kind}. {request}"


__all__ = ["LOCAL_KINDS", "unnamed_kind", "without_a_name"]
