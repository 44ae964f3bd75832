"""Words named in a card's copy, not in a web address: "the tickets card" on a comedy club's ad
whose third card reads "Tickets from £14.50" and whose end card "laughpit.co.uk/tickets".

Part of :mod:`adgen.agent.understanding` (round forty e, dev28). A card is named by its words
(:func:`scenes.scenes_with_words`), which read an address as words ("laughpit co uk tickets"), so
"the tickets line" asked which of the two scenes. A word the marketer names a card by is the
copy's own word; inside an address it is only part of the link. Of several scenes holding the
words, the one that holds them outside an address is meant, when there is exactly one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A web address or an e-mail address in a text ("laughpit.co.uk/tickets", "www.x.com", "hi@x.ie").
_ADDRESS_RE = re.compile(
    r"\S+@\S+\.\S+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|co|uk|org|net|io|ie|au|nz|ca|us|shop|store|app)\b\S*",
    re.I,
)


def outside_addresses(
    ids: Sequence[str], text_of: Callable[[str], str], holds: Callable[[str], bool]
) -> list[str]:
    """Of the scenes ``ids`` (more than one), the one whose text (``text_of``) still ``holds`` the
    words with its addresses taken out, as a list of one; ``ids`` as they are otherwise."""
    if len(ids) < 2:
        return list(ids)
    outside = [sid for sid in ids if holds(_ADDRESS_RE.sub(" ", text_of(sid)))]
    return outside if len(outside) == 1 else list(ids)


__all__ = ["outside_addresses"]
