"""A request for an ad in a language no table reads, naming nothing: an open brief ("Padaryk man
reklamą, prašau", Lithuanian for "make me an ad, please"; "Tee meille mainos").

Part of :mod:`adgen.agent.understanding` (round thirty-two d, dev23's open briefs). Read as
English, the sentence's first word became the product ("an ad for Padaryk"). A short message with
no English in it, holding a word for an ad of some language (the rows of
:data:`local_briefs.LANGUAGES` and the stems below), no number, no quote and no name in capitals
past its first word, asks for an ad and says nothing of what it is for: it is read as "make me an
ad", which asks what the ad is for (:mod:`open_brief`). Anything more (a name, a length) is left
to the readers that know more.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.local_briefs import LANGUAGES

_I = re.I

# Words for an ad in languages without a table of their own (Lithuanian, Latvian, Norwegian,
# Finnish, Estonian, Hungarian, Slovene, Croatian, Indonesian, Vietnamese, German, Spanish, Italian,
# Portuguese, Dutch), by their stems.
_AD_STEMS = (
    r"reklam\w*|mainos\w*|reklaam\w*|hirdet[ée]s\w*|oglas\w*|iklan\w*|qu[aả]ng\s+c[aá]o|werbung\w*|werbespot\w*|"
    r"anuncio\w*|publicidad\w*|pubblicit[aà]\w*|an[uú]ncio\w*|propaganda\w*|advertentie\w*"
)
_AD_RE = re.compile(
    rf"(?<![\w])(?:{_AD_STEMS}|{'|'.join(language.ad for language in LANGUAGES if language.latin)})(?![\w])",
    _I,
)
_ENGLISH_RE = re.compile(
    r"(?<![\w])(?:the|and|for|with|please|pls|make|ad|ads|an|a|me|us|our|my|about|video|promo|new|need|want)(?![\w])",
    _I,
)
_WORD_RE = re.compile(r"[^\W\d_]+")
# A word saying what the ad is for, in the languages with tables ("un anuncio alegre para mi
# cafetería", "en annons för mitt kafé"): their readers make that brief, it is no open one.
_FOR_RE = re.compile(
    r"(?<![\w])(?:para|pour|für|fur|per|för|for|til|dla|pro|untuk|cho|voor|om|über|sobre)(?![\w])", _I
)


def unread_brief(raw: str) -> str | None:
    """ "make me an ad" for a short request for an ad in an unread language, else None."""
    words = _WORD_RE.findall(raw)
    if not words or len(words) > 5 or re.search(r"\d|['\"“”‘’«»「」]", raw) or _FOR_RE.search(raw):
        return None
    if _ENGLISH_RE.search(raw) or not _AD_RE.search(raw):
        return None
    if any(w[0].isupper() for w in words[1:]):
        return None  # a name in capitals ("reklamą kavinei Aušra"): the other readers have it
    return "make me an ad"
