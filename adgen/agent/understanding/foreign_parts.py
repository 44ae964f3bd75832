"""A part of the ad named alone in another language ("it-test tan-numru tat-telefon", the phone
number text; "nivîsa hook'ê", the hook's text), then the edit in the next message.

Part of :mod:`adgen.agent.understanding` (used by :mod:`message`). :mod:`bare_targets` asks what
should change about a part named alone, but reads the message as typed: a part named in Maltese
or Kurdish was answered with the help text, and the edit sent next ("agħmlu abjad", make it
white) then had no part to go to and recoloured the whole palette. The English reading of such a
message (:func:`foreign.to_english`) is what is asked about and kept for the next message. Likewise
a text named by what it shows ("the phone number") is found in the English reading, since the
translation comes after the English steps that find it.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.ad_lengths import text_named_by_content
from adgen.agent.understanding.bare_targets import only_a_part
from adgen.agent.understanding.cards_by_words import card_named_by_words
from adgen.agent.understanding.content_kinds import named_by_kind
from adgen.agent.understanding.foreign import language_of, to_english
from adgen.agent.understanding.text_parts import named_by_content
from adgen.project import AdProject

_TEXT_OF_RE = re.compile(r"^the (?:text|words|writing) of the ([\w ]{2,30})$", re.I)


def part_in_english(text: str) -> str | None:
    """The English reading of ``text`` when it is in another language and only names a part of the
    ad ("the phone number text"); None for English or any other message."""
    said = " ".join(text.split())
    if not said or language_of(said) is None:
        return None
    english = " ".join(to_english(said).split())
    english = _TEXT_OF_RE.sub(r"the \1 text", english)  # "the text of the hook": the hook text
    if english == said or not only_a_part(english):
        return None
    return english


def kinds_in_english(english: str, typed: str, project: AdProject | None) -> str:
    """``english`` (the reading of ``typed``) with a text named by what it shows read as that text,
    as the English wording is before translation ("د تلیفون شمیره لږ لویه کړه": make the phone
    number a bit bigger, the text showing it, not "what should be bigger?"); unchanged for English."""
    if project is None or english == typed:
        return english
    found = named_by_content(named_by_kind(english, project), project)
    return text_named_by_content(card_named_by_words(found, project), project)
