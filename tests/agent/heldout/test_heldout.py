"""The held-out evaluation of the offline language understanding (issue 15).

Three kinds of test: the data file is well formed and split fairly; the judge that scores a
conversation is right about what it calls understood and what it calls a wrong edit; and the
offline agent, run on both halves, does not fall below today's figures. The floors are today's
measurements; the parser work raises them toward the issue's targets (understood >= 90 %,
wrong edit <= 2 % on the test half) and must never lower them.
"""

from __future__ import annotations

import asyncio
import copy
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from heldout_cases import (
    LATER_SETS,
    SPLITS,
    Case,
    HeldoutSet,
    Turn,
    load_cases,
    load_starts,
    set_starts,
    sets_before,
    starting_set,
)
from heldout_diff import content_diff
from heldout_expect import CreatedProject, Outcome, TurnLog, check_changes, judge, lint_expectation
from heldout_harness import (
    TARGET_UNDERSTOOD,
    TARGET_WRONG_EDIT,
    CaseResult,
    format_failure,
    offline_settings,
    report,
    run_cases,
    score,
)
from heldout_predicates import check_value, color_families, look_verdict

from adgen.project import AdProject

# Measured on main before any parser change (bench/bench_understanding.py, 2026-12-02): dev 54/127
# understood, 23/127 wrong edits; test 60/122 and 25/122. Raised after the understanding package
# of issue 15 (tuned against dev only; the test half measured at the end): the floors below,
# raised in round five to that round's measurement (the test half: 120/122 and 0/122).
# The issue's targets are the constants TARGET_UNDERSTOOD and TARGET_WRONG_EDIT in
# heldout_harness.py.
UNDERSTOOD_FLOOR = {"dev": 127 / 127, "test": 120 / 122}
WRONG_EDIT_CEILING = {"dev": 0 / 127, "test": 0 / 122}
# The later development sets' floors: (understood, wrong edits, cases), today's measurement.
# dev2 (written blind after the parser was tuned on dev) measured 179/265 understood and 37/265
# wrong edits before round two. Its two open cases: 'hok scene shorter' (the regression suite asks
# how long for 'make the hook shorter') and 'ok then the max' on a 3-scene ad (it cannot reach
# 120 s; asked).
# dev3 (written blind after round two) measured 114/171 and 13/171 before round three. Its open
# case: 'make the product bigger' on the bakery ad, which has no product photo and shows no
# product: the case asks for a refusal, the parser resizes the hidden product as before (the
# conversation tests rely on resizing a photo-less ad's product).
# dev4 (written blind after round three, aimed at the failure classes the issue names) measured
# 78/110 and 7/110 before round four. Its open cases: 'it feels kinda cheap' (the parser makes the
# mood luxurious; the case wanted the visual style or a question). 'Make the whole ad 9 seconds.
# Then change the last line to …' is understood since round five ("the last line" is the last
# scene's text).
# test2 (written blind as the second test set, run once clean: 91/130 understood, 11/130 wrong
# edits) has been a development set since round five, which measured 129/130 and 0/130 on it. Its
# open case: 'the middle part feels slow' … 'cut the hook to 2 seconds as well' (the "as well"
# means the middle part too; only the hook is cut).
# dev5 (written blind after round four, with test3) measured 110/130 and 7/130 wrong edits on
# main before round five, 111/130 and 7/130 with round five's first commits (before it was tuned
# on), and 129/130 and 0/130 after. Its open case: 'make the bread scene 5 seconds' on the bakery
# ad, whose scenes show no bread (asked which scene; the follow-up "and the hook too" then has
# nothing to repeat).
# Test sets have no floor: the lead runs them once and reports the figure (README).
FLOORS = {
    # Round ten (parse10: plain "shorter" takes the normal step; a product without a photo is
    # refused; a frame shape sets its presets; an elliptic value for another scene; Polish and
    # Turkish tables; a coined brand opening a brief; labelled colours are the brand's): dev2
    # 264/265, dev3 171/171 and 0 wrong, dev6 128/130, dev7 200/200, test2 130/130, test3 130/130.
    "dev2": (264, 0, 265),
    "dev3": (171, 0, 171),
    "dev4": (109, 0, 110),
    # Round nineteen (lead, 2026-12-04): 130/130.
    "dev5": (130, 0, 130),
    # dev6: its first run on main before round six, 92/130 and 12 wrong; on round six's precision
    # gate before any tuning on it, 89/130 and 10 wrong; after round six (parse6 + parse6b) 113/130, 4 wrong;
    # after round seven (parse7: general causes, unplaced scenes, cross-version copies) 124/130, 0 wrong.
    # Round nine (parse9: "that track doesn't fit …" is the ad's music, not a song asked for) 125/130, 0 wrong.
    "dev6": (128, 0, 130),
    # dev7 (written blind after round six, with test5): its first run, on round six's parser,
    # 156/200 understood and 17 wrong (test5's clean first run: 104/130, 9 wrong); after parse7b
    # (typos, complaints, intensity, variants, follow-ups) 174/200, 8 wrong; with parse7 merged
    # 175/200, 8 wrong (after the swap fix).
    # Round eight (parse8: pronouns for a text just set, linking words, set values as typed, openers):
    # 178/200, 4 wrong; then (sure typos, retractions, complaint then value, "than that", a "?" in a
    # named text, "the first of the two", "it" after a voice question) 183/200, 0 wrong.
    # Round nine (parse9: an earlier ad named by its product, a brand as a brief's list item or after
    # a kind of business): 189/200, 0 wrong; then (a decade is no length, a question asked again
    # keeps its shape, "which one is the cta?", a bare number after "how long is the ad?") 191/200, 0 wrong;
    # then (a labelled background is the picture as typed, "show me …" asks) 193/200, 0 wrong;
    # then (a brief's quoted font, "music: X", listed platforms, a scene it asks to include) 194/200;
    # then ("un poco más" / "encore un peu": "a bit more" in five languages) 195/200, 0 wrong;
    # then ("brand name just Pulse"; "is too long" of a name or tagline is no value) 196/200, 0 wrong;
    # then (a brief of labelled bullets, "- product: …") 197/200, 0 wrong; then (", just the text there":
    # what stays is no unread request) 198/200, 0 wrong.
    # Round ten (parse11: a core Polish table reads "muzyka trochę ciszej") 199/200, 0 wrong; with parse10
    # (Polish and Turkish tables, elliptic values, coined brands, plain "shorter") 200/200.
    "dev7": (200, 0, 200),
    "test2": (130, 0, 130),
    # dev8 (written blind after round nine, with test6): its first run, on round nine's parser,
    # 98/152 understood and 15 wrong (test6's clean first run: 62/100, 12 wrong).
    # Round ten (parse12: questions never set text, scenes named without "the", text contrast,
    # a complaint's own words are no fix, judged lengths, briefs in bullets/capitals/lower case)
    # 127/152, 2 wrong (both in variant/followup, the other helper's share).
    # Round ten b (parse11: versions, other languages with Turkish and core Polish, "the same for X"
    # with new words, "change that" after a voice question): 123/152, 13 wrong (its four categories
    # variant, non_english, mixed, followup all understood).
    # Both merged: 152/152, 0 wrong.
    "dev8": (152, 0, 152),
    # dev9 (written blind after round ten, with test7): its first run, on round ten's parser,
    # 99/150 understood and 15 wrong (test7's clean first run: 68/100, 4 wrong). Round eleven b
    # (parse13: variant, non-English, follow-up, mixed, question, multi) 121/150, 7 wrong.
    # 99/150 understood and 15 wrong (test7's clean first run: 68/100, 4 wrong).
    # Round eleven c (parse14: framing colons, bracketed asides, quotes corrected in the same message,
    # "font szie 72", quoted text without contrast, low-mood and music complaints said as a state):
    # 107/150, 8 wrong; then (a scene gone too soon, "looks puny", "is so big", the same complaint
    # twice is one step) 109/150; then (a colour said as what a text is now, "plain white", volume
    # in percent words) 110/150; then (a product that can't be seen where it is hidden is shown,
    # "why can't I see X?") 111/150, 8 wrong (all 8 in the other helper's categories).
    # Both round-eleven branches merged (and the Turkish/Polish tables joined): 133/150, 0 wrong.
    # Round twelve (parse15: a soft picture is no volume, palette colours added, versions named by
    # their words, "A = keep it" lists, "what is it at now?", brands after "we run X,", a colour
    # asked for and replied): 149/150, 0 wrong (open: the Spanish brief, in the language tables).
    # Round twenty-three (d16c: Spanish briefs keep a name's El/La/de): 150/150, 0 wrong.
    "dev9": (150, 0, 150),
    # dev10 (written blind after round eleven, with test8): its first run, on round eleven's parser
    # with the scene exclusions, 116/150 understood and 8 wrong (test8's clean first run: 79/100,
    # 6 wrong).
    # Round twelve b (parse16: a quote of a scene's words names it, a scope before a colon, "music to
    # match", "invisible"/"barely see" is too small, "longer than it needs to be", bare lengths, typos
    # between "font" and its value, brands said in passing, versions asked by colour): 148/150, 0 wrong.
    # The foreign grid's rows (lang24: Dutch "de kleur van … naar wit", Italian "abbassa"): 150/150.
    "dev10": (150, 0, 150),
    # dev11 (written blind after round twelve, with test9, even across categories): its first run,
    # on round twelve's parser with the framing step, 112/150 understood and 13 wrong (test9's clean
    # first run: 72/100, 8 wrong).
    # Round thirteen (parse17: percent sizes, "up in size", "bigger, like 80", French "doit devenir",
    # German "deutlich", "read X back", "take X off", a brand name's comma, arrows, "the wick scene text"):
    # 120/150, 5 wrong; then ("B won the test." is framing before "On B, …") 121/150, 4 wrong.
    # Round fourteen (parse19: "one ending on X, another ending on Y", "B test: …", "which one has the
    # 'X' hook?", a font's reason after a comma, "mood to warm", "volume down to 40", platform names
    # kept by the typo step): 125/150, 1 wrong (open: d11_nbo_tea_shop_name_later, see the report);
    # then ("the reviews scene", "30 seconds is a lot", a length asked and "20ish is fine"): 129/150, 1 wrong.
    # The foreign grid's rows and rounds fifteen and sixteen (none written on dev11): 132/150, 1 wrong.
    # Round seventeen (parse30: 'a bit more' of the voice's pace, 'speed the voice up', 'do the same in A'):
    # 134/150, 1 wrong.
    # Round twenty-one (2026-12-04: fix36's relayed notes, the start and end of the ad in seven
    # languages, a cut-to reply to a length question, tickets; the lead's sitting; sit36): 135/150, 1 wrong.
    # Round twenty-four (left40: a nameless brief asks its name, "still … though", voice-over lines typed
    # without quotes, "at beginning"): 139/150, 0 wrong.
    # Round thirty-seven (the older sets' tails, six helpers and the lead): 143/150, 0 wrong.
    "dev11": (143, 0, 150),
    # dev12 (written blind after round thirteen, with test10, by a different crowd: account managers
    # forwarding client notes, shop owners on a phone, non-native speakers, Gen-Z social managers):
    # its first run, on round thirteen's parser, 92/150 understood and 22 wrong (test10's clean first
    # run: 63/100, 11 wrong).
    # Round fourteen b (parse20: the voice line after "say:", a place after a size is its reason, "red to
    # white", "way to loud", bare "bit", a clashing text colour asked, "the B version's …", a bare text
    # field after one scene, "can't read" after "too fast", scenes named loosely by their words, the
    # scene holding a word most, a scene count in a time): 111/150, 1 wrong.
    # Round fifteen (parse21: the product with no scene named grows in the showcase only, forwarded notes
    # and "three changes:" preambles, "from the bottom to the top", "pitch the voice up to 3", the
    # voice's pace and "letter type" answered, Spanish/Dutch voice and opening-text rows, "back to the
    # original now", "as a square feed post", "set in white", "its duration", "X cut as a variant",
    # "one copy more", questions asked for a client or two at once, open requests, "another smidge"):
    # 135/150, 0 wrong.
    # Round seventeen (parse30: a business's name before its length or product, 'my flower shop Petal & Stem
    # 15 sec'): 136/150, 0 wrong.
    # Round twenty-four (left40): 140/150, 0 wrong.
    # Round thirty-seven (the older sets' tails, six helpers and the lead): 142/150, 0 wrong.
    "dev12": (142, 0, 150),
    # dev13 (written blind after round fourteen, with test11, by another crowd: voice-to-text
    # dictation, hurried dropshippers, hedging volunteers, agency jargon, formal letters, pasted
    # threads): its first run, on main at 9d67c23 (round fourteen b and the precision gates),
    # 90/150 understood and 14 wrong (test11's clean first run: 62/100, 7 wrong).
    # Round sixteen (parse26: "go to C"/"take me to B" switch versions, "restore it to how it was"
    # undoes, agency jargon ("the open", "supers", "punch in"), "too 50%"/"for seconds" homophones,
    # a scene named by its words before "shot", "in that one" right after a variant, "the mood" is
    # the ad's, an open brief that asks what is needed, a counting lead-in, "in which", a consequence
    # in the same clause): 110/150, 2 wrong (open: "w/" in two variants, meta22's; a Spanish case).
    # Merged with round fifteen (parse21), the framing rewrites (meta22: "w/", sign-offs, labels),
    # the foreign grid's rows and the untranslated-word gate (lang24, lead27) and the lead's four
    # classes (lead25): 115/150, 0 wrong.
    # Round seventeen (parse30: 'a bit more'/'even less' follow-ups incl. Dutch and French, 'same on A',
    # courtesies around 'the same treatment', dictated and capitalised business names in briefs, 'make it 3
    # instead' after an undo, 'could you kindly inform me of …'): 129/150, 0 wrong.
    # Round nineteen (lead, 2026-12-04, dev14 and seven sittings as a new marketer): 130/150, 0 wrong.
    # Round twenty-one (fix36, the lead's fifth sitting, sit36): 134/150, 0 wrong.
    # Round twenty-two (2026-12-04: the writing's size asked, "and the open?" after a question, "change it
    # to <words>" after reading a text, "could you confirm", which scene has X from the pictures): 141/150.
    # Round twenty-four (left40: "the 6 a.m. one", a scene over too quickly): 142/150, 0 wrong.
    # Round thirty-seven (the older sets' tails, six helpers and the lead): 143/150, 0 wrong.
    "dev13": (143, 0, 150),
    # dev14 (written blind after round sixteen, with test12): its first run 78/150 and 19 wrong; after
    # round eighteen (parse34: scenes named by when they play or what they show, autocorrect slips,
    # tickets, "in that variant", scene-and-colon openers) 117/150, 0 wrong; 118 merged with lead33 and round seventeen.
    # Round nineteen (lead, 2026-12-04: variants said as learners say them, scenes named by a kind of what
    # they show, "the lemon bit", a "which scene?" answered in a word, labelled briefs, negations, praise):
    # 136/150, 0 wrong.
    # Round twenty-one (fix36: the start or end of the ad in other languages, "like cut it to 4 sec" after
    # a length question, a ticket's "Actual: green text on yellow"): 139/150, 0 wrong.
    # Round twenty-six (r26e: labelled and local-business briefs): 140/150, 0 wrong.
    # Round thirty-seven (the older sets' tails, six helpers and the lead): 143/150, 0 wrong.
    "dev14": (143, 0, 150),
    # dev15 (written blind after round twenty-one, with test13, by a new crowd: founders typing on a phone,
    # freelancers naming the client and the cut, people describing what they see in the preview, loose
    # times, hedgers, a change of mind mid-message, Hinglish and Indonesian): its first run, on main at
    # 01b44d3, 88/150 understood and 20 wrong (test13's clean first run: 56/100, 15 wrong).
    # Round twenty-two b (a colour corrected in the same message, "white instead of red", "the last
    # screen", "the start is so dark", open briefs from freelancers, "switch me back to the original",
    # "like 6 sec"), merged with fix37: 104/150, 8 wrong.
    # Round twenty-two c-e (the lead: a retry in minutes, "a hair more", briefs that end with their words
    # or list their scenes, coined names in -ly, open briefs, a subject before a question), merged with
    # sit37, loose38 (loose times, Hinglish, Indonesian, typos), review38 (precision) and fix38 (the eight
    # wrong edits: a text named by its place or its colour, numbered notes, "is gone", variants): 145/150,
    # 0 wrong.
    # Round twenty-three (left39: "and the studio one at the start to 3", "bring it back" then "shorten
    # it to 3 secs instead", "put the same words on screen", a mood beside the music): 150/150, 0 wrong.
    "dev15": (150, 0, 150),
    # dev16 (written blind after round twenty-two, with test14, by a new crowd: older owners new to video
    # ("the writing", "the last picture", "the tune"), feedback relayed in the third person, timecodes and
    # slide numbers, emoji and capitals as words, copywriters handing over a line per scene, unexpected
    # answers to a question, Spanglish, Taglish, Vietnamese): its first run, on main at d32b80c, 64/150
    # understood and 20 wrong (test14's clean first run: 46/100, 16 wrong).
    # Round twenty-three (the lead; helpers d16a: timecodes, emoji and symbols, "+2s"; d16b: an owner's
    # plain words, feedback relayed; d16c: copy a line per scene, briefs, Taglish, Vietnamese,
    # Spanglish), merged with fix39, left39 and sweep39: 149/150, 0 wrong.
    # Round twenty-four (miss40: "both" answering which version): 150/150, 0 wrong.
    "dev16": (150, 0, 150),
    # dev17 (written blind after round twenty-three, with test15, by a new crowd: performance marketers'
    # metrics and platform jargon, scenes pointed at by what they show, scope words and exceptions,
    # accessibility, corrections of the agent's last change, numbers as words and fractions, Brazilian
    # Portuguese, Dutch, Arabic, Korean, Swahili and Romanian): its first run, on main at a671e4a, 70/150
    # understood and 28 wrong (test15's clean first run: 37/100, 25 wrong).
    # Round twenty-four (the lead; helpers d17a: scenes named by what they show, scope and exceptions,
    # corrections; d17b: numbers as words, fractions, multiples, refusals; d17c: Brazilian Portuguese,
    # Dutch, Arabic, Korean, Swahili, Romanian; d17d: metrics, platform jargon, accessibility), merged
    # with miss40, left40 and sweep40: 141/150, 2 wrong.
    # Round twenty-six (r26c: "the little writing in the middle" is the middle scene, "make a C off the
    # original where …" a new version): 143/150, 0 wrong.
    "dev17": (143, 0, 150),
    # dev18 (written blind after round twenty-four, with test16, by a new crowd: terse follow-ups,
    # sarcasm and frustration, compliance and legal review (™, claims, disclaimers), app and course
    # marketers (promo codes, stores, currencies), regional Englishes (British, Irish, Indian, Nigerian
    # Pidgin, Singlish), references to the agent's own reply, seasonal campaigns, Russian, Ukrainian,
    # Hebrew, Mandarin, Czech and Norwegian): its first run, on int43 at fda4fda, 73/150 understood and
    # 28 wrong (test16's clean first run: 53/100, 15 wrong).
    # Round twenty-five (helpers d18a: Russian, Ukrainian, Hebrew, Chinese, pinyin, Czech, Norwegian,
    # occasion-only briefs, declined edits; d18b: part of a text replaced, ™ wherever a name shows,
    # words added at the end of a line, campaign and market versions, retries after a refused value;
    # d18c: regional Englishes, Pidgin and Singlish, a length step on one scene, terse follow-ups;
    # d18d: several requests in one message, sarcasm and frustration, legal complaints, a missing
    # promo code): 150/150, 0 wrong (test16 then 68/100, 12 wrong).
    "dev18": (150, 0, 150),
    # dev19 (written blind after round twenty-five, with test17, by a new crowd: local businesses (a taco
    # truck, an open house, a plumber), outcome words, relative positions, conditionals and hedges,
    # requests as questions, statements that are no requests, brand guidelines, pasted markdown,
    # key: value and JSON-ish text, platform talk, French, Polish, Turkish, Japanese, Hindi, Greek and
    # Thai): its first run, on int46 at c6c7d14, 94/150 understood and 10 wrong (test17's clean first
    # run: 56/100, 19 wrong).
    # Round twenty-six (helpers r26a: comparisons, statements, "don't X, just Y"; r26b: scenes moved by
    # steps, whole orders, "second to last"; r26c: words added to a text, corrected amounts, the middle
    # scene; r26d: Japanese, Hindi, Greek, Thai, Hebrew quotes, Chinese lengths; r26e: local-business,
    # labelled and foreign briefs, open briefs ask; r26f: outcome complaints, conditionals, limits after
    # a refusal, questions read from the words, pasted JSON, brand hex and fonts), and the lead (a
    # scene's words "from 'A' to 'B'"): 140/150, 0 wrong (test17 then 67/100, 17 wrong).
    # Round twenty-seven (r27a: reasons, stories and context around a request; r27b: numbers, colours,
    # quotes and scene words that point at something; r27c: dev19's last misses, follow-ups in the new
    # languages, hedged warmth, "like the first one", praise that names a scene): 150/150, 0 wrong.
    "dev19": (150, 0, 150),
    # dev20 (written blind after round twenty-seven, with test18, by a new crowd: agency account managers
    # relaying client feedback and pasted emails, non-native English, voice-dictated messages, Gen-Z
    # slang, scenes named by their content or time, changing one's mind, brand kits, voice-over and
    # presets, long messages and very short ones, Spanish, Indonesian, Swedish, Hungarian, Persian, Tamil
    # and Cantonese): its first run, on main at 59b6d87, 85/150 understood and 22 wrong (test18's clean
    # first run: 54/100, 11 wrong).
    # Round twenty-eight (helpers d20c: dictation, learners' forms, smallest amounts; d20d: Hungarian,
    # Persian, Tamil, Cantonese, Indonesian, Swedish; d20e: "scratch that", versions named first, the
    # original as the baseline; d20f: relayed notes and pasted emails, scenes by content, "undo both";
    # d20g: "the middle", open and forwarded briefs, verdicts; r28a/r28b: described colours, new facts
    # without quotes; the lead: the voice's pace): 148/150, 0 wrong (test18 then 68/100, 4 wrong).
    "dev20": (148, 0, 150),
    # dev21 (written blind after round twenty-eight, with test19, by a new crowd: e-commerce sellers with
    # colourways, sizes and discounts, enterprise approvals and required lines, creators with hashtags
    # and "link in bio", nonprofits with impact figures, the agent's reply pasted back, render and
    # export talk, mobile typing accidents, impatient repeats, Finnish, Danish, Catalan, Bengali, Urdu,
    # Malay and Slovak): its first run, on int49 at 38f70a2 (round twenty-eight), 91/150 understood and
    # 16 wrong (test19's clean first run: 59/100, 10 wrong). Round thirty (six helpers on its
    # categories and the lead): 149/150, 0 wrong.
    "dev21": (149, 0, 150),
    # dev22 (written blind after round twenty-nine, with test20, by a new crowd: restaurants and local
    # services with hours, addresses and prices as copy; real-estate and car listings; course and
    # event organisers; founders writing in arrows and key: value fragments; what a rendered frame
    # shows; accessibility and compliance; very polite, indirect or sarcastic requests; corrections of
    # the agent; Czech, Romanian, Ukrainian, Serbian, Croatian, Swahili, Tagalog, Amharic and Nepali):
    # kept untouched through round thirty to measure it. Its first run, on main at 960d0b7, 81/150
    # understood and 18 wrong (test20's clean first run: 54/100, 19 wrong); 85/150, 16 wrong after
    # round thirty. Round thirty-one (six helpers on its categories): 139/150, 1 wrong (its open
    # wrong edit: "hook -> punchier: '…' / music ↓", a direction before new words).
    # Round thirty-seven (the older sets' tails, six helpers and the lead): 140/150, 0 wrong.
    # Round thirty-nine: 141/150, 0 wrong.
    "dev22": (141, 0, 150),
    # dev23 (written blind after round thirty, with test21, by a new crowd: B2B SaaS growth teams,
    # regulated advertisers with disclosures kept word for word, bands, venues and promoters, hotels,
    # games and fashion drops; rambling voice notes, numbers as words and ranges, negations,
    # references to earlier turns, pasted replies edited inline, regional idioms; Lithuanian,
    # Estonian, Icelandic, Georgian, Armenian, Gujarati, Telugu, Khmer, Yoruba, Zulu, Latvian and
    # Slovenian): its first run, on main at 30a7244 (round thirty), 68/150 understood and 24 wrong
    # (test21's clean first run on the same parser: 54/100, 17 wrong); 74/150, 18 wrong after round
    # thirty-one (which never saw it). Round thirty-two (the lead and four helpers on its categories,
    # thirty minutes each): 103/150, 0 wrong. Round thirty-four (four helpers, thirty minutes each,
    # on its remaining misses): 123/150, 0 wrong.
    # Round thirty-seven (the older sets' tails, six helpers and the lead): 137/150, 0 wrong.
    # Round forty (its helpers on dev28; a change shared with dev23's phrasings): 138/150.
    "dev23": (138, 0, 150),
    # dev24 (written blind after round thirty-two, with test22, by a new crowd: gyms and trainers,
    # bakeries, florists, barbers, salons and wedding vendors, meal kits, grocery, pet food, vets,
    # language schools, universities and drinks brands with their legal lines; requests split over
    # short messages, markdown, conditions, colours by hex, rgb or Pantone, emoji as words,
    # autocorrect slips and dictation, A/B comparisons; 22 new languages): its first run, on
    # lead53 at 55d4d0f (= main 6ac141d's figure), 93/150 understood and 13 wrong (test22's clean
    # first run on the same parser: 55/100, 11 wrong). Round thirty-three (the lead and six helpers
    # on its categories, forty minutes each): 142/150, 1 wrong.
    # Round thirty-nine: 143/150, 1 wrong.
    "dev24": (143, 1, 150),
    # dev25 (written blind after round thirty-four, with test23, by a new crowd: plumbers,
    # electricians and cleaners, races, toy shops and party rooms, opticians, dentists, museums and
    # makers; corrections of the agent, times in the video, dictated punctuation, emoji replies,
    # sizes as percentages, meta requests; Kurdish, Luxembourgish, Irish, Maltese, Frisian,
    # Esperanto, Pashto, Haitian Creole, Tatar, Scottish Gaelic, Tigrinya): its first run, on main
    # at ffb7b88 (round thirty-four), 88/150 understood and 23 wrong (test23's clean first run on
    # the same parser: 56/100, 17 wrong). Round thirty-five (the lead and six helpers on its
    # categories, forty minutes each): 145/150, 2 wrong.
    # Round thirty-seven (the older sets' tails, six helpers and the lead): 147/150, 1 wrong.
    "dev25": (147, 1, 150),
    # dev26 (written blind after round thirty-four, with test24, by a new crowd: garages and car
    # dealers, solicitors and accountants, farm shops and markets, letting agents, charities, music
    # venues, pharmacies and per-seat software; run-on dictation, ALL CAPS, nested lists, quoting
    # the agent back, "everything except", relative places, colours named by things, undo in
    # words, second thoughts; Shona, Tswana, Wolof, Quechua, Guarani, Tongan, Turkmen, Sindhi,
    # Cebuano, Malagasy, Oromo): its first run, on round thirty-five's merge (int35 at a1bb04a),
    # 110/150 understood and 11 wrong (test24's clean first run on the same parser: 64/100, 13 wrong).
    # Round thirty-six (the lead and four helpers on its categories, thirty minutes each): 142/150,
    # 0 wrong.
    # Round thirty-seven (the older sets' tails, six helpers and the lead): 145/150, 0 wrong; 146
    # after round thirty-eight.
    # Round forty: 147/150.
    "dev26": (147, 0, 150),
    # dev27 (written blind after round thirty-six, with test25, by a new crowd: driving schools and
    # tutors, recruitment and job ads, dog groomers and pet shops; hurried phone typing, dictation
    # with spoken structure, references to what the viewer sees, loose measures, a second person
    # chiming in, conditions, partial approvals; Kinyarwanda, Xhosa, Samoan, Tajik, Faroese, Breton,
    # Lingala, Javanese, Tok Pisin, Occitan, Aymara): its first run, on main at c19771b (round
    # thirty-six), 86/150 understood and 23 wrong (test25's clean first run on the same parser:
    # 57/100, 14 wrong). Round thirty-eight (the lead and six helpers on its categories, thirty-five
    # minutes each): 138/150, 0 wrong.
    # Round thirty-nine (three helpers, twenty-five minutes, on what was left): 141/150, 0 wrong.
    # Round forty (the lead on what dev27 left: "don't touch the words", "while you're there", a
    # moment named by what the viewer sees, a list said aloud, a card that goes by too fast):
    # 149/150, 0 wrong.
    "dev27": (149, 0, 150),
    # dev28 (written blind after round thirty-nine, with test26, by a new crowd: opticians and
    # hearing-aid shops, comedy clubs and theatres, solar and heat-pump installers; time codes,
    # offsets in pixels or percent, the platform's interface named, emoji as words, pasted client
    # emails, self-cancelling messages, sarcasm, stacked hedges, regional slang; Kyrgyz, Chichewa,
    # Sesotho, Uyghur, Bashkir, Hmong, Sundanese, Fijian, Romansh, Corsican, Luganda): its first run,
    # on main at 01fdf94 (round thirty-nine), 94/150 understood and 18 wrong (test26's clean first
    # run on the same parser: 62/100, 17 wrong).
    # Round forty (six helpers on its categories, thirty-five minutes each, and the lead): 141/150,
    # 0 wrong.
    "dev28": (141, 0, 150),
    # test3: run clean three times as a test set (80.8 %/7.7 % wrong before round five, 84.6 %/7.7 % after,
    # 85.4 %/7.7 % after rounds six and seven), then retired to development on 2026-12-02 at 111/130, 10 wrong.
    # Round eight (parse8): 116/130, 4 wrong; then 119/130, 0 wrong.
    # Round nine (parse9: "go back to the candle one" opens the earlier ad it names): 120/130, 0 wrong;
    # then (a decade is no length, "and scene 1?" / "and the cta text?" ask the same question) 123/130;
    # then (a brief's quoted font, "music: X", "Reels + Stories ad") 126/130, 0 wrong;
    # then ("the music puts me to sleep" is sleepy music: a question naming the fixes) 127/130, 0 wrong.
    "test3": (130, 0, 130),
}

CATEGORIES = {
    "edit",
    "typo",
    "multi",
    "followup",
    "complaint",
    "intensity",
    "variant",
    "question",
    "refusal",
    "non_english",
    "brief",
    "new_brief_open",
}

CASES = load_cases()
STARTS = load_starts()


def named_documents(case: Case, starts: dict[str, dict[str, Any]] = STARTS) -> dict[str, dict[str, Any]]:
    """The case's starting documents, validated as AdProjects."""
    if case.start is None:
        return {}
    start_set = starting_set(case.start, starts, owner="lint", prefix="p_lint")
    return {name: AdProject.from_wire(doc).to_wire() for name, doc in start_set.documents.items()}


# --- the data file -------------------------------------------------------------------------------


def test_there_are_at_least_200_conversations_in_every_category_and_both_halves() -> None:
    assert len(CASES) >= 200
    ids = [c.id for c in CASES]
    assert len(set(ids)) == len(ids), [i for i, n in Counter(ids).items() if n > 1]
    assert {c.category for c in CASES} == CATEGORIES
    counts = Counter((c.category, c.split) for c in CASES)
    for category in CATEGORIES:
        dev, test = counts[(category, "dev")], counts[(category, "test")]
        assert dev >= 4 and test >= 4 and abs(dev - test) <= 1, (category, dev, test)
    assert {c.split for c in CASES} == set(SPLITS)
    assert sum(len(c.turns) <= 4 for c in CASES) / len(CASES) > 0.9  # conversations, mostly short


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_case_is_well_formed(case: Case) -> None:
    assert_well_formed(case, STARTS)


def assert_well_formed(case: Case, starts: dict[str, dict[str, Any]]) -> None:
    """Every path of the case names something in its starting documents, every predicate and
    reply check is known, every regex compiles, every turn says something."""
    assert case.turns and all(t.say.strip() for t in case.turns)
    docs = named_documents(case, starts)
    assert case.start is None or case.start_on in docs
    assert lint_expectation(case.expect, docs) == []
    for turn in case.turns:
        assert set(turn.reply) <= {"mentions", "mentions_any", "matches", "not_mentions"}
        for pattern in turn.reply.get("matches", []):
            re.compile(pattern)


def test_every_starting_project_is_a_valid_new_ad() -> None:
    from adgen.project import validate_new_ad

    for name in STARTS:
        start_set = starting_set(name, STARTS, owner="lint", prefix="p_lint")
        for doc in start_set.documents.values():
            validate_new_ad(AdProject.from_wire(doc))


# --- the later sets (dev2, dev3, dev4, test2 ...): well formed, fairly split, new phrasings -----

DEV2_CATEGORIES = CATEGORIES | {"mixed"}  # mixed: 3-6 turns mixing the others (dev2's header)
SET_CASES = {held.name: load_cases(held.conversations) for held in LATER_SETS}
SET_STARTS = {held.name: set_starts(held.name) for held in LATER_SETS}


def earlier_cases(held: HeldoutSet) -> list[Case]:
    return [*CASES, *(c for before in sets_before(held.name) for c in SET_CASES[before.name])]


@pytest.mark.parametrize("held", LATER_SETS, ids=[h.name for h in LATER_SETS])
def test_each_later_set_is_separate_large_enough_every_category_a_third_multi_turn(held: HeldoutSet) -> None:
    cases = SET_CASES[held.name]
    assert len(cases) >= held.min_cases
    ids = [c.id for c in cases]
    assert len(set(ids)) == len(ids), [i for i, n in Counter(ids).items() if n > 1]
    assert not set(ids) & {c.id for c in earlier_cases(held)}
    assert {c.split for c in cases} == {held.name}
    counts = Counter(c.category for c in cases)
    assert set(counts) == DEV2_CATEGORIES
    assert min(counts.values()) >= held.min_per_category, counts
    if held.max_spread is not None:
        assert max(counts.values()) - min(counts.values()) <= held.max_spread, counts
    for heavy in held.heavy:  # weighted toward the classes the issue names as failing for real users
        assert counts[heavy] >= 9, (heavy, counts)
    assert sum(len(c.turns) > 1 for c in cases) / len(cases) >= 0.30
    assert {c.start for c in cases if c.start} <= set(SET_STARTS[held.name])


@pytest.mark.parametrize("held", LATER_SETS[1:], ids=[h.name for h in LATER_SETS[1:]])
def test_each_later_set_repeats_no_sentence_longer_than_25_characters_of_the_earlier_sets(
    held: HeldoutSet,
) -> None:
    says = {t.say.strip().casefold() for c in earlier_cases(held) for t in c.turns if len(t.say.strip()) > 25}
    repeated = [t.say for c in SET_CASES[held.name] for t in c.turns if t.say.strip().casefold() in says]
    assert not repeated, repeated  # new phrasings, written blind


LATER_CASES = [(held, case) for held in LATER_SETS for case in SET_CASES[held.name]]


@pytest.mark.parametrize(("held", "case"), LATER_CASES, ids=[c.id for _, c in LATER_CASES])
def test_each_later_case_is_well_formed(held: HeldoutSet, case: Case) -> None:
    assert_well_formed(case, SET_STARTS[held.name])


@pytest.mark.parametrize(
    "held", [h for h in LATER_SETS if h.starts], ids=[h.name for h in LATER_SETS if h.starts]
)
def test_every_starting_project_a_later_set_adds_is_a_valid_new_ad_and_used(held: HeldoutSet) -> None:
    from adgen.project import validate_new_ad

    names = load_starts(held.starts)
    assert names
    for name in names:
        start_set = starting_set(name, SET_STARTS[held.name], owner="lint", prefix="p_lint")
        for doc in start_set.documents.values():
            validate_new_ad(AdProject.from_wire(doc))
    assert set(names) <= {c.start for c in SET_CASES[held.name] if c.start}


def test_every_development_set_has_a_floor_and_no_test_set_has_one() -> None:
    assert set(FLOORS) == {h.name for h in LATER_SETS if not h.is_test}
    for name, (understood, wrong, total) in FLOORS.items():
        assert total == len(SET_CASES[name]) and 0 <= wrong <= total - understood


# --- the judge -----------------------------------------------------------------------------------

COLDBREW = named_documents(next(c for c in CASES if c.start == "coldbrew"))["start"]


def edited(doc: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of ``doc`` with ``scene_N__field__sub=value`` or ``field__sub=value`` changes."""
    out = copy.deepcopy(doc)
    for key, value in changes.items():
        parts = key.split("__")
        target: Any = out
        if parts[0].startswith("scene_"):
            target = next(s for s in out["scenes"] if s["id"] == parts[0])
            parts = parts[1:]
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = value
    return out


def test_the_diff_names_scenes_by_id_and_sees_added_removed_and_reordered_scenes() -> None:
    after = edited(COLDBREW, scene_3__overlay__text="Shop Now", version=7)
    [change] = content_diff(COLDBREW, after)
    assert change.path == ("scenes", "scene_3", "overlay", "text") and change.after == "Shop Now"
    shuffled = copy.deepcopy(COLDBREW)
    shuffled["scenes"] = [shuffled["scenes"][1], shuffled["scenes"][0]]
    paths = {c.path for c in content_diff(COLDBREW, shuffled)}
    assert paths == {("scenes", "scene_3"), ("scenes", "#order")}


def test_an_allowed_change_passes_an_unasked_one_is_a_wrong_edit_and_a_missing_one_is_not() -> None:
    spec = {"scenes[role=cta].overlay.text": "Shop Now"}
    assert check_changes(spec, COLDBREW, edited(COLDBREW, scene_3__overlay__text="Shop Now"), "start") == []
    extra = edited(COLDBREW, scene_3__overlay__text="Shop Now", scene_1__overlay__color="#FF0000")
    [problem] = check_changes(spec, COLDBREW, extra, "start")
    assert problem.kind == "wrong" and "scene_1" in problem.message
    swallowed = edited(COLDBREW, scene_3__overlay__text="'Shop Now' - music a bit quieter")
    assert [p.kind for p in check_changes(spec, COLDBREW, swallowed, "start")] == ["wrong"]
    assert [p.kind for p in check_changes(spec, COLDBREW, COLDBREW, "start")] == ["unmet"]


def test_a_bit_and_much_are_told_apart() -> None:
    assert check_value({"grow": "bit"}, 0.6, 0.5) is None
    assert check_value({"grow": "much"}, 0.6, 0.5) is not None
    assert check_value({"grow": "much"}, 0.8, 0.5) is None and check_value({"grow": "bit"}, 0.8, 0.5)
    assert check_value({"grow": "much"}, 1.0, 0.8, (0.0, 1.0)) is None  # the maximum is "much"
    assert check_value({"shrink": "bit"}, 0.6, 0.8) is None
    assert check_value({"shrink": "much"}, 0.6, 0.8) is not None


def test_a_look_must_move_the_way_asked_and_an_undirected_reroll_is_wrong() -> None:
    def verdict(prompt: str | None, seed: int = 0) -> str:
        after = edited(COLDBREW, scene_1__seed=seed)
        if prompt is not None:
            after = edited(after, scene_1__backgroundPrompt=prompt)
        changes = [c for c in content_diff(COLDBREW, after) if c.path[1] == "scene_1"]
        return look_verdict("brighter", changes)

    base = COLDBREW["scenes"][0]["backgroundPrompt"]
    assert verdict(base + ", brighter") == "ok"
    assert verdict(base + ", less dark") == "ok"
    assert verdict(base + ", darker, brighter") == "wrong"
    assert verdict(None, seed=1) == "wrong"
    assert verdict(None) == "none"


def test_colour_names() -> None:
    assert "orange" in color_families("#FFA500") and "yellow" in color_families("#FFFF00")
    assert "purple" in color_families("#800080") and "pink" in color_families("#FFC0CB")
    assert color_families("#1F3A5F") == {"blue"} and "black" in color_families("#111111")
    assert "white" in color_families("#FFFFFF") and "red" in color_families("#E63946")


def outcome_of(case: Case, final: dict[str, Any], replies: list[str], **extra: Any) -> Outcome:
    return Outcome(
        turns=[TurnLog(say=t.say, reply=r) for t, r in zip(case.turns, replies, strict=True)],
        named_ids={"start": COLDBREW["projectId"]},
        named_initial={"start": COLDBREW},
        named_final={"start": final},
        created=extra.pop("created", []),
        active_id=extra.pop("active_id", COLDBREW["projectId"]),
        active_doc=final,
    )


def test_a_question_that_edits_is_a_wrong_edit_and_one_answered_is_understood() -> None:
    case = Case(
        "q",
        "question",
        "dev",
        "coldbrew",
        "start",
        (Turn("what does the cta say?", {"mentions": ["Order today"]}),),
        {},
    )
    answered = judge(case, outcome_of(case, COLDBREW, ["The CTA says “Order today”."]))
    assert answered.understood and not answered.wrong_edit
    edited_doc = edited(COLDBREW, scene_3__overlay__text="?", version=2)
    misread = judge(case, outcome_of(case, edited_doc, ["Changed the text of scene 3"]))
    assert misread.wrong_edit and not misread.understood
    bumped = judge(case, outcome_of(case, edited(COLDBREW, version=2), ["The CTA says Order today"]))
    assert not bumped.understood and not bumped.wrong_edit  # a new version of the same content


def test_an_unexpected_project_is_a_wrong_edit_and_any_of_accepts_either_right_answer() -> None:
    case = Case(
        "a",
        "complaint",
        "dev",
        "coldbrew",
        "start",
        (Turn("the cta text is hard to read"),),
        {
            "any_of": [
                {"start": {"scenes[role=cta].overlay.fontSize": {"grow": "any"}}},
                {"start": "unchanged", "asked": {"matches": ["size|colour"]}},
            ]
        },
    )
    bigger = edited(COLDBREW, scene_3__overlay__fontSize=96)
    assert judge(case, outcome_of(case, bigger, ["Bigger."])).understood
    assert judge(case, outcome_of(case, COLDBREW, ["Bigger text, or another colour?"])).understood
    stray = CreatedProject("p_new", 1, False, None, COLDBREW, COLDBREW)
    verdict = judge(case, outcome_of(case, bigger, ["Bigger."], created=[stray]))
    assert verdict.wrong_edit and any("unexpected" in p.message for p in verdict.problems)


# --- the agent, on both halves ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[CaseResult]:
    data_dir = tmp_path_factory.mktemp("heldout") / "data"
    return asyncio.run(run_cases(CASES, offline_settings(Path(data_dir))))


@pytest.mark.parametrize("split", SPLITS)
def test_the_offline_agent_keeps_at_least_todays_understanding(results: list[CaseResult], split: str) -> None:
    half = [r for r in results if r.case.split == split]
    total = score(half)
    failures = "\n\n".join(format_failure(r) for r in half if not r.verdict.understood)
    summary = report(results)
    assert total.understood_rate >= UNDERSTOOD_FLOOR[split] - 1e-9, f"{summary}\n\n{failures}"
    assert total.wrong_edit_rate <= WRONG_EDIT_CEILING[split] + 1e-9, f"{summary}\n\n{failures}"
    assert TARGET_UNDERSTOOD == 0.90 and TARGET_WRONG_EDIT == 0.02  # the issue's targets, unchanged


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_offline_agent_keeps_at_least_todays_understanding_of_each_development_set(
    name: str, tmp_path: Path
) -> None:
    understood, wrong, total = FLOORS[name]
    results = asyncio.run(run_cases(SET_CASES[name], offline_settings(tmp_path / "data"), SET_STARTS[name]))
    measured = score(results)
    failures = "\n\n".join(format_failure(r) for r in results if not r.verdict.understood)
    summary = report(results)
    assert measured.understood_rate >= understood / total - 1e-9, f"{summary}\n\n{failures}"
    assert measured.wrong_edit_rate <= wrong / total + 1e-9, f"{summary}\n\n{failures}"
    assert not [r.case.id for r in results if r.outcome.harness_error]


def test_no_conversation_breaks_the_harness(results: list[CaseResult]) -> None:
    broken = [r.case.id for r in results if r.outcome.harness_error]
    assert broken == []
    assert all(len(r.outcome.turns) == len(r.case.turns) for r in results)
