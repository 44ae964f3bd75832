"""Versions for a time of year: "seasonal version for December, hook: '…'", "summer version, …",
"a version for March with …", "a seasonal cut for autumn - opener '…'".

Part of :mod:`adgen.agent.understanding` (round thirty-one f, variants). Holidays and sales were
known as campaigns a version is made for (:data:`variants.SEASONS`); a month, a season of the year
or the word "seasonal" were not, so "seasonal version for December, hook: 'Mince pies are back'"
changed the hook of the ad itself (a wrong edit: the marketer asked for a copy) and "seasonal cut
for autumn - opener '…'" removed the opener. :data:`CALENDAR` joins :data:`variants.SEASONS`;
:data:`FOR_WHEN` is the time said after the version's word ("version for December"), before the
list of what differs.
"""

from __future__ import annotations

# ("May" only written with its capital: "a version for may work" is no month)
MONTHS = (
    r"(?:january|february|march|april|(?-i:May)|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
CALENDAR = rf"(?:seasonal|summer|winter|spring|autumn|fall|{MONTHS}(?:\s+(?:promo|campaign|drop|launch))?)"
# "for December", "for the summer", "for autumn 2025", "for the holidays" (holidays are SEASONS')
FOR_WHEN = rf"(?:\s+for\s+(?:the\s+|this\s+|next\s+)?{CALENDAR}(?:\s+(?:season|months?|\d{{4}}))?)?"

__all__ = ["CALENDAR", "FOR_WHEN", "MONTHS"]
