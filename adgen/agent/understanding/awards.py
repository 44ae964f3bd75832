"""An award, a prize or a milestone as what an ad is wanted for: an open brief ("we need something
for the G2 award we just won!!", "an ad about the Webby we won", "a quick one for our 10,000th
customer milestone").

Part of :mod:`adgen.agent.understanding` (round thirty-two d, dev23's open briefs). The award's
name ("G2", "Red Dot") is who gives it, never what is sold; made as it was, the ad was for "G2".
What the award is for (the product, the business) is not said, so the chat asks, as for any
occasion (:mod:`open_brief`). ``AWARD_WORDS`` is a row of :data:`open_brief.OPEN_WORDS`;
:func:`without_award_name` drops the giver's name before "award", "prize", "badge" …
"""

from __future__ import annotations

import re

AWARD_WORDS = (
    r"awards?|prizes?|badges?|medals?|trophy|trophies|won|win|wins|winning|winners?|recognition|"
    r"recogni[sz]ed|nominated|nominations?|finalists?|shortlisted|honou?red|milestones?|reached|hit|"
    r"celebrate|celebrating|announce|announcing|announcements?|news|excited|proud|yay|woo|"
    r"customers?|users?|members?|th|st|nd|rd|k"
)

# "the G2 award", "our Red Dot prize", "the 2026 Webby award": one to three words of the giver's
# name before the award's noun.
_AWARD_NAME_RE = re.compile(
    r"\b(?P<det>the|our|an?|this|that)\s+(?:[\w&.'’-]+\s+){1,3}?(?=(?:awards?|prizes?|badges?|medals?|trophy)\b)",
    re.I,
)


def without_award_name(text: str) -> str:
    """``text`` without the name of who gives an award ("the G2 award" -> "the award")."""
    return _AWARD_NAME_RE.sub(lambda m: f"{m.group('det')} ", text)
