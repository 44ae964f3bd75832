"""A business named with its trade word: "ClearView Opticians", "Oakfield Museum", "Spark & Sons
electricians".

Part of :mod:`adgen.agent.understanding` (round thirty-five e, dev25's trades, practices, museums
and clubs). A local business's name often ends in what it does. Read by the other rules of
``briefs._BRAND_RES``, the name lost its trade word ("Northgate" for "ad for Northgate Physio: 25 s",
"Oakfield" for "Oakfield Museum: free entry"), or another capitalised word of the brief won ("NHS"
in "ClearView Opticians, 15 seconds, calm, NHS and private"). These patterns are tried right after
the names said outright ("brand: X", "we're X"):

- capitalised words ending in a capitalised trade word are the whole name ("Oakfield Museum",
  "Brightsmile Dental Care");
- two or more capitalised words (or a name joined by "&") before the trade word in small letters
  are the name, and the trade is what it does ("Spark & Sons electricians": "Spark & Sons").

A new trade is a word of ``TRADE_WORDS``.
"""

from __future__ import annotations

import re

TRADE_WORDS = (
    # practices that look after people and pets
    r"opticians?|optometrists?|optical|eyecare|physio|physiotherapy|physiotherapists?|osteopaths?|osteopathy|"
    r"chiropractic|chiropractors?|podiatry|podiatrists?|dental|dentistry|dentists?|orthodontics|clinic|"
    r"surgery|pharmacy|chemists?|vets?|veterinary|therapy|therapies|wellness|health|"
    # trades of the home and the car
    r"electricians?|electrical|electrics|plumbers?|plumbing|heating|roofing|roofers?|builders?|construction|"
    r"joinery|joiners?|carpentry|glazing|landscaping|landscapes|gardeners?|decorators?|decorating|"
    r"locksmiths?|removals|cleaners?|cleaning|garage|motors|autos|tyres|scaffolding|flooring|"
    # places to visit, learn and play
    r"museum|gallery|library|theatre|theater|cinema|zoo|aquarium|academy|college|school|nursery|"
    r"harriers|striders|athletics|runners|leisure|"
    # firms that move goods, find staff or teach a skill ("Oakfield Logistics hiring warehouse
    # staff", "Clearview Driving", "Muddy Paws Grooming"; round thirty-nine b)
    r"logistics|haulage|freight|couriers?|distribution|warehousing|recruitment|staffing|driving|"
    r"grooming|groomers|"
    # what may follow the trade ("Brightsmile Dental Care", "Northgate Physio Clinic")
    r"care|centre|center|group|services|practice|studio|ltd|limited"
)
_TRADE = rf"(?:{TRADE_WORDS})"
# A capitalised word of a name ("ClearView", "O'Neill's", "Spark"), never a heading's word.
_WORD = (
    r"(?!(?:New|Another|Next|Need|Make|Our|My|The|A|An|For|Ad|Brief|Client|Hi|Hey|Hello|Please|Can|Could|"
    r"Do|Free|Book|Call|Visit|Get|Join|Plan|CTA)\b)[A-Z][\w'’+-]*"
)
_END = r"(?=['’]s\b|(?![\w'’&+-]))"

TRADE_NAME_RES: tuple[re.Pattern[str], ...] = (
    # "ClearView Opticians", "Oakfield Museum:", "ad for Northgate Physio: 25 s"
    re.compile(
        rf"(?<![\w&'’-])(?P<n>{_WORD}(?:[ \t]+(?:(?:&|and|of|the)[ \t]+)?{_WORD}){{0,3}}"
        rf"(?:[ \t]+(?=[A-Z])(?i:{_TRADE})){{1,3}}){_END}"
    ),
    # "Spark & Sons electricians", "Bright Spark Electrical": two capitalised words (or joined by
    # "&") before the trade said in small letters
    re.compile(rf"(?<![\w&'’-])(?P<n>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{1,3}})[ \t]+(?={_TRADE}{_END})"),
)

__all__ = ["TRADE_NAME_RES", "TRADE_WORDS"]
