"""A local business's occasion, said with nothing of the business: an open brief.

Part of :mod:`adgen.agent.understanding` (round thirty-one e, dev22's restaurants and local
services). "make me an ad for this Friday only", "need something for the grand opening next week",
"ad for the open house pls", "an ad for our seasonal special", "a promo for happy hour": each
names when or what kind of event, never who holds it or what is sold. Made as they were, they gave
an ad for "your product" with the occasion as its product ("Ready for open house?"); the chat now
asks what the ad is for (:mod:`open_brief`), and the answer ("the pumpkin spice latte at Bean
There Cafe") is read as one brief with the request.

``LOCAL_OCCASION_WORDS`` is a row of :data:`open_brief.OPEN_WORDS` (each word once across the
table: "day", "night", "weekend", "sale", "launch", "happy" are there already). A new occasion is a
word here.
"""

from __future__ import annotations

LOCAL_OCCASION_WORDS = (
    # how long an offer lasts ("this Friday only", "one day only", "for a limited time")
    r"only|limited|chance|ends|"
    # openings and events ("the grand opening", "our re-opening", "the open house", "opening night",
    # "the launch party", "a pop-up", "ribbon cutting")
    r"grand|opening|reopening|re-opening|soft|open|house|event|events|party|parties|pop-up|popup|"
    r"ribbon|cutting|countdown|"
    # a restaurant's or a bar's offer of the day ("our seasonal special", "happy hour", "the tasting
    # menu night", "the specials")
    r"special|specials|hour|tasting|"
    # a venue's or a band's night, a shop's stock and a bank's rates ("next Friday's gig", "an ad for
    # the restock, all sizes back in", "something for our rate increase": round thirty-one, lead)
    r"gigs?|concerts?|tours?|tickets?|sizes?|increases?|"
    # a school's, a gym's or a studio's season and offer ("the January intake", "fall enrolment",
    # "the first-class-free offer", "sign-ups for the new term": round thirty-three f)
    r"intakes?|enrol(?:l)?ments?|admissions?|registrations?|sign|signups?|terms?|semesters?|orientation|"
    r"class|classes|lessons?|sessions?|trials?|taster|"
    # a trade's or a practice's offer, with nothing of who makes it ("our free quote offer", "no
    # call-out fees all of March", "the £25 check-up deal", "free estimates this week": round
    # thirty-five e; "call-out" and "check-up" are joined in :func:`open_brief.is_open_brief`)
    r"quotes?|estimates?|fees?|charges?|callouts?|checkups?|consultations?|"
    r"inspections?|surveys?|appointments?|bookings?|tests?|mot|servicing|boiler|"
    # a race's, a match's or a school holiday's date ("a race day ad, race is next week", "do me
    # something for half term", "the marathon next month")
    r"races?|raceday|marathon|parkrun|half|midterm|fixtures?|matchday|tournament|"
    # a season's hours and a filing date, with nothing of who keeps them ("our Christmas opening
    # hours", "the tax return deadline push", "our bank holiday closures", "the renewal reminder":
    # round thirty-six c)
    r"bank|hours|times|closures?|closing|closed|tax|returns?|filing|self|assessment|renewals?|"
    r"reminders?|push|pushes|"
    # a recruiter's and a school's dates and times, with nothing of who hires or teaches ("need a
    # we're hiring ad asap", "an ad for our new test dates in June", "free event this Saturday 10
    # till 2", "the 3pm slot on the 14th": round thirty-eight f)
    r"hiring|recruiting|recruitment|vacancy|vacancies|jobs?|roles?|positions|openings|careers|courses?|"
    r"dates?|till|til|until|am|pm|\d{1,2}(?:am|pm)|\d{1,2}(?:st|nd|rd|th)|"
    # a venue's night and an online event, with nothing of who holds it ("need something for doors
    # 7pm this Saturday", "quick ad for our late show", "an ad for our open evening", "ad for our
    # webinar on Thursday", "the matinee run": round forty c; "the late show" is joined in
    # :func:`open_brief.is_open_brief`, since "show my ads" asks for no ad)
    r"doors|late|early|showings?|matinees?|performances?|screenings?|premieres?|galas?|evenings?|"
    r"mornings?|afternoons?|lineup|line-up|headliners?|webinars?|workshops?|seminars?|talks?|livestreams?|"
    r"live|streams?|meetups?|conferences?|expos?|summits?|demos?|"
    # a finance offer, a grant and when it ends, with nothing of who gives it ("an ad about our 0%
    # APR offer", "the boiler grant ending in March", "interest-free credit till June")
    r"about|apr|interest|interest-free|credit|financing|instal(?:l)?ments?|monthly|grants?|funding|rebates?|"
    r"subsid(?:y|ies)|schemes?|incentives?|cashback|ending|starting|starts|begins|expires|expiring|"
    # how last time went ("we sold out last year, ad for this year please", "back by popular demand")
    r"sold|sell-out|sellout|selling|popular|demand|returning"
)

__all__ = ["LOCAL_OCCASION_WORDS"]
