"""Questions about the ad: told apart from requests, answered from the document, never edits.

Part of :mod:`adgen.agent.understanding`. A question asks for information ("what does scene 2
say?", "how many scenes are there?", "is it rendered yet?"); a polite request only looks like
one ("could you make the hook bigger?", "can I get an A/B…?", "can it say 'Run further'
instead?"). Each kind is a row of a table; the answers come from :mod:`adgen.agent.answers`.
"""

from __future__ import annotations

import re

from adgen.agent.answers import CLAIM_ASKED_RE, Answer, answer_question, compare_answer
from adgen.agent.understanding.complaints import ASKS_FOR_WORDS
from adgen.agent.understanding.product_words import names_product
from adgen.agent.understanding.quotes import PLACEHOLDER_RE
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs
from adgen.agent.understanding.switching import VariantFamily
from adgen.agent.understanding.values import colour_name, find_colors
from adgen.project import AdProject

# "read the end card back to me", "read the hook out": a text named between "read" and "back".
_READ_BACK = (
    r"read\s+(?:(?:me|us)\s+)?(?:the|my|our|this|that|it)\b(?:\s+[\w'’-]+){0,4}?\s+(?:back|out|aloud)"
)

# Openings of an information question.
_QUESTION_START_RE = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|hey|hmm+|wait|hold\s+on|sorry|um+|uh+|oh|btw|quick\s+question|question|just(?=\s+(?:tell|remind|show)\s+(?:me|us)\b)|"
    # "don't change anything, just tell me how long …": only asked, nothing to change
    r"(?:(?:please\s+)?(?:don'?t|do\s+not|dont)\s+(?:change|touch|edit)\s+anything(?:\s+(?:yet|for\s+now))?)|no\s+changes?(?:\s+yet)?)\b[\s,:;.-]*)*"
    r"(?:whats|wats|what(?:'s|’s|\s+is|\s+are|\s+does|\s+do|\s+did|\s+will|\s+would)?|which|where(?:'s|’s)?|who|when|why|"
    r"how(?:'s|’s)?(?:\s+(?:many|much|long|big|loud|large|small|fast|is|are|does|do))?|"
    r"is|are|does|do|did|has|have(?!\s+(?:the\s+[\w-]+|it|them|him|her)\s+(?:say|read|speak|sound|use|show|play|start|end|fade)\b)|was|were|will|tell\s+me|remind\s+me|(?:(?:please|pls|plz)\s+)?(?:read\s+(?:me|us|out|back|aloud)|"
    + _READ_BACK
    + r")|(?:please\s+)?show\s+(?:me|us)|let\s+me\s+see|compare|"
    # "please confirm the new runtime", "double-check what the hook says": asked to be told
    r"(?:(?:please|pls|plz)\s+)?(?:confirm|double[\s-]check|verify)(?=\s+(?:the|what|how|which|whether|if)\b)|"
    # ("could you kindly inform me of our current tagline?": a formal "tell me")
    r"(?:can|could|would)\s+(?:you|u)\s+(?:(?:please|kindly)\s+)?(?:(?:tell|remind|show|inform|advise)\s+me|confirm|double[\s-]check|verify|read\s+(?:me|us|out|back|aloud)|"
    + _READ_BACK
    + r")|do\s+you\s+know|"
    r"i\s+(?:wonder|want\s+to\s+know|'?d\s+like\s+to\s+know)|(?:can|could|may)\s+i\s+see\s+(?:the|all|each|every)\s+"
    r"(?:scenes|texts|lines|lengths|plan|order)|(?:show|list)\s+(?:me\s+)?(?:the|all|each|every)\s+"
    r"(?:scenes|texts|lines|lengths|plan|order))\b",
    re.I,
)
# Polite, indirect leads that make what follows a request, not a question needing a "yes"
# ("would it be possible to hide the bottle?", "do you think you could make it 15 s?", "I'd love
# it if the CTA said …"). One row a phrasing.
POLITE_LEADS: tuple[str, ...] = (
    r"would\s+it\s+be\s+(?:possible|ok(?:ay)?|alright)\s+to",
    r"(?:are|r)\s+(?:you|u)\s+able\s+to",
    r"is\s+there\s+(?:any\s+)?(?:way|chance)\s+(?:to|(?:you|we|u)\s+(?:could|can))",
    r"(?:any|some)\s+chance\s+(?:to|(?:you|we|u)\s+(?:could|can))",
    r"do\s+you\s+think\s+(?:you|we|u)\s+(?:could|can|might)",
    r"(?:can|could)\s+(?:we|you|u)\s+(?:maybe|perhaps|possibly)",
    r"i\s*(?:'?d|\s+would)\s+(?:love|like)\s+(?:it\s+)?if",
    r"(?:it\s+)?would\s+be\s+(?:great|nice|good|lovely|awesome)\s+if",
    r"i\s+(?:was\s+)?wonder(?:ing)?\s+if\s+(?:you|we|u)\s+(?:could|can|might)",
    # ("I wonder if the end card could perhaps say 'X' instead?": a part of the ad as the subject)
    r"i\s+(?:was\s+)?wonder(?:ing)?\s+(?:if|whether)\s+(?:the|our|this|that)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:could|can|might)\s+(?:(?:maybe|perhaps|possibly)\s+)?(?:say|read|be|go|use|get|have|show|end|start)\b",
)
POLITE_RE = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|hey|hi|hmm+)\b[\s,]*)*(?:"
    + "|".join(POLITE_LEADS)
    + r")\b(?!\s+(?:please\s+)?(?:tell|explain|remind|show\s+me|let\s+me\s+know)\b)",
    re.I,
)

# Requests that look like questions ("could you make…?", "can it say…?", "what if we…").
_REQUEST_FORM_RE = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|hey|hmm+)\b[\s,]*)*"
    r"(?:(?:can|could|would|will)\s+(?:you|u|we|i|it|they|the\s+\w+)\s+(?:please\s+|pls\s+|just\s+|also\s+|kindly\s+)?"
    # (the lookahead skips a "please" the optional one gave back: "could you please tell me …")
    r"(?!(?:(?:please|pls|just|also|kindly)\s+)*(?:tell\b|explain\b|remind\b|confirm\b|double[\s-]check\b|verify\b|inform\s+me\b|advise\s+me\b|show\s+me\b|read\s+(?:me|us|out|back|aloud)\b|"
    + _READ_BACK
    + r"|see\s+(?:the|all|each|every)\s+(?:scenes|texts|lines|lengths)))\w+"
    r"|what\s+if\b|why\s+not\b|how\s+about\b|is\s+it\s+possible\s+to\b|do\s+you\s+mind\b)",
    re.I,
)
# "is the music too loud?" asks; "is it done yet?" asks; a question mark after an instruction
# ("make it bigger?") does not make a question.
_IMPERATIVE_RE = re.compile(
    r"^\W*(?:please\s+)?(?:make|change|set|turn|put|move|add|remove|delete|swap|use|give|render|undo)\b"
    r"|^\W*(?:(?:and|also|now|then|ok(?:ay)?)\s+)*do\s+(?:the\s+same|that|this|it|an?|another|one)\b",
    re.I,
)


# "what font is this? also make it bigger", "what colour is the cta text? make it white": a question,
# then a request, is the request too (answered and made; the whole read as a question dropped it).
_THEN_ASKS_RE = re.compile(
    r"\?\s*(?:(?:and|also|then|now|ok(?:ay)?|so|but|please|pls|plus)\b[\s,]*)*"
    r"(?:make|change|set|turn|put|move|add|remove|delete|swap|use|give|bump|increase|decrease|shrink|enlarge|"
    r"switch|drop|cut|shorten|lengthen|raise|lower|let'?s|can\s+you|could\s+you|i\s+(?:want|need|'d\s+like))\b"
    # "could you confirm the cta is 4 seconds and then make it 5": a question, then (no "?" between)
    # a request said as the next step, which is made too (the whole read as a question dropped it)
    r"|\b(?:and\s+)?then\s+(?:(?:please|pls|also|just)\s+)?(?:make|change|set|turn|put|move|add|remove|delete|swap|"
    r"use|give|bump|increase|decrease|shrink|enlarge|switch|drop|cut|shorten|lengthen|raise|lower)\b[^?]*$",
    re.I,
)


# "when the music kicks in it's too loud, bring it down", "when the logo shows, the text is too small":
# "when" opens a time in the ad, not a question, when no "?" follows.
WHEN_CLAUSE_RE = re.compile(
    r"^\W*when\s+(?:the|it|that|this|we|you)\b(?=[^?]*$)[^?]*?\b(?:is|are|'s|gets?|feels?|looks?|sounds?)\b",
    re.I,
)


# Words that make a "?" message a request ("bigger text?", "the cta should say Ready?").
_CHANGE_WORDS_RE = re.compile(
    r"\b(?:\w+er|more|less|say|should|make|set|change|add|remove|put|move|use|try|swap|undo|redo|render|"
    r"instead|too|please|pls|\d+\s*(?:s|sec|seconds?|%))\b",
    re.I,
)


# "and the hook?", "what about the CTA?": the last change for other scenes, not a question.
_FOLLOW_UP_RE = re.compile(
    r"^\W*(?:and|also|what\s+about|how\s+about|same\s+for|ditto\s+for)\s+(?:(?:in|for|on|to)\s+)?(?:the\s+)?"
    r"(?:hook|cta|intro|outro|showcase|testimonial|problem|ending|opening|scene\s*\d+|\w+\s+scene|"
    # ("and the open?", "what about the last one?", "and the bit with the bottle?")
    r"open(?:er)?|clos(?:e|er|ing)|end\s*card|(?:first|second|third|fourth|last|final)\s+(?:one|scene|shot|bit|part)|"
    r"(?:bit|part|shot)\s+(?:with|where)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)s?"
    r"(?:['’]s)?(?:\s+(?:text|line|copy|caption|headline|words))?\W*$",  # "and the cta text?"
    re.I,
)


# "should the cta be red?", "would it look better with calmer music?", "does the hook need to be
# brighter?": a yes/no question about a change, asked before making it.
_SUGGESTION_RE = re.compile(
    r"^\W*(?:(?:so|and|hmm+|ok(?:ay)?|also)\b[\s,]*)*"
    r"(?:should|shall|would\s+it|wouldn'?t\s+it|would\s+(?:the|a|an|this|that)\b.{1,40}\b(?:look|be|feel|work)|"
    r"does|do|is\s+it\s+better|do\s+you\s+think|what\s+do\s+you\s+think|maybe"
    # "would 3 seconds be enough for the hook?", "is 60% too quiet for the music?": a value tried out
    # (sweep 40: the hook was cut to 3 s)
    r"|(?:would|will|is|could|might)\s+(?:\w+\s+){0,2}?\d[^?]{0,30}?\b(?:be\s+|look\s+|feel\s+)?"
    r"(?:enough|ok(?:ay)?|fine|better|too\s+\w+|alright|sufficient|long\s+enough|short\s+enough))\b.*\?\s*$",
    re.I,
)


# "…, is too loud for me": "is" with no subject and no "?" is a complaint about "it", not a question.
_NO_SUBJECT_RE = re.compile(
    r"^\W*(?:is|are)\s+(?:(?:too|so|very|really|way|much|kind\s+of|a\s+bit|bit)\s+)+\w+(?:\s+\w+){0,3}\s*[.!]*$",
    re.I,
)


# "what if the cta said Shop now", "imagine the showcase at 10 seconds, would that drag?", "just
# wondering, what would it look like if the cta were red": a change imagined, with or without a
# "?"; it is named and waits for a "yes" (sweep 39: these made the change at once).
_HYPOTHETICAL_RE = re.compile(
    r"^\W*(?:(?:so|and|hmm+|ok(?:ay)?|also|just\s+(?:wondering|curious)|out\s+of\s+curiosity|"
    r"hypothetically(?:\s+speaking)?|random\s+thought|quick\s+thought)\b[\s,:;.-]*)*"
    r"(?:what\s+if|what\s+would\s+(?:it|this|that|the\s+\w+)\s+(?:look|sound|feel|be)\s+like\s+(?:if|with)|"
    r"imagine|picture\s+(?:this|the)|suppose|say\s+we|how\s+would\s+(?:it|this|that|the\s+\w+|an?\s+\w+\s+\w+)\s+"
    r"(?:look|sound|feel|work)|(?:just\s+)?wondering\s+(?:if|whether|what\s+if))\b",
    re.I,
)


def imagined_change(text: str) -> str | None:
    """ "what would it look like if the cta were red?" -> "the cta was red": the change a
    hypothetical imagines, without its lead words or question mark (None when it is none)."""
    m = _HYPOTHETICAL_RE.search(text)
    if m is None:
        return None
    rest = re.sub(r"\?+", "", text[m.end() :]).strip(" ,.;:")
    rest = re.sub(r"\bwere\b", "was", rest, flags=re.I)
    return rest if len(rest.split()) >= 2 else None


def is_suggestion(text: str) -> bool:
    """A yes/no question that suggests a change (see ``_SUGGESTION_RE``), or a change imagined
    (``_HYPOTHETICAL_RE``)."""
    return (
        bool(_SUGGESTION_RE.search(text) or _HYPOTHETICAL_RE.search(text))
        and not _FOLLOW_UP_RE.search(text)
        and not POLITE_RE.search(text)
    )


# "WHY is the music so LOUD??", "why does the hook look so dark": a complaint asked as a question.
_RHETORICAL_RE = re.compile(
    r"^\W*(?:(?:but|so|and|seriously|honestly|ok(?:ay)?)\b[\s,]*)*why\s+(?:is|are|does|do|'s)\s+"
    r"(?:\w+\s+){0,4}?(?:(?:look|looks|sound|sounds|feel|feels|seem|seems)\s+)?"
    r"(?:so|this|that|way\s+too|too|soo+)\s+(?!many\b|much\b|long\b|short\b)\w+",
    re.I,
)


_RHETORICAL_PARTS_RE = re.compile(
    r"^(?P<lead>\W*(?:(?:but|so|and|seriously|honestly|ok(?:ay)?)\b[\s,]*)*)why\s+(?P<aux>is|are|does|do|'s)\s+"
    r"(?P<subject>(?:\w+\s+){0,4}?)(?:(?P<verb>look|sound|feel|seem)s?\s+)?(?P<rest>(?:so|this|that|way\s+too|too|soo+)\s+.*)$",
    re.I | re.S,
)


# "why can't I see the bottle in the hook?": the complaint "I can't see the bottle in the hook".
_WHY_CANT_RE = re.compile(
    r"^(?P<lead>\W*(?:(?:but|so|and|seriously|honestly|ok(?:ay)?)\b[\s,]*)*)why\s+(?P<neg>can'?t|cannot|don'?t)\s+"
    r"(?P<who>i|we|you|people)\s+(?P<rest>(?:see|find|spot)\b.*)$",
    re.I | re.S,
)


def rhetorical_statement(text: str) -> str | None:
    """ "WHY is the music so LOUD??" -> "the music is so LOUD": the complaint the question makes,
    for the edit reader (None when the text is no such question)."""
    cant = _WHY_CANT_RE.match(text)
    if cant is not None:
        rest = re.sub(r"\?+", ".", cant.group("rest"), count=1)
        return f"{cant.group('lead')}{cant.group('who')} {cant.group('neg')} {rest}"
    if not _RHETORICAL_RE.search(PLACEHOLDER_RE.sub(" QUOTE ", text)):
        return None
    m = _RHETORICAL_PARTS_RE.match(text)
    if m is None or not m.group("subject").strip():
        return None
    aux = m.group("aux").lower()
    verb = m.group("verb")
    if verb:
        link = f"{verb.lower()}s" if aux in ("does", "is", "'s") else verb.lower()
    else:
        link = "are" if aux == "are" or aux == "do" else "is"
    rest = re.sub(r"\?+", ".", m.group("rest"), count=1)
    return f"{m.group('lead')}{m.group('subject').strip()} {link} {rest}"


# "any ideas for the cta?", "got any hook ideas?": new words asked for (a request the complaint
# rows answer with "what should it say instead?"), never a question about the words it has.
_ASKS_FOR_WORDS_RE = re.compile(
    ASKS_FOR_WORDS
    + r"|\b(?:hook|cta|headline|tagline|line|copy)\s+(?:options|ideas|alternatives|suggestions)\b",
    re.I,
)


def is_question(text: str) -> bool:
    """True when the message asks for information rather than for a change.

    A question word at the start, or a message that ends with "?" and asks for no change
    ("the cta says what?"): either way it is answered and never edits.
    """
    text = PLACEHOLDER_RE.sub(" QUOTE ", text)  # "'Pre-order now' is so generic": no "is …?" question
    if _RHETORICAL_RE.search(text) or _ASKS_FOR_WORDS_RE.search(text):
        return False
    if (
        _REQUEST_FORM_RE.search(text)
        or POLITE_RE.search(text)
        or _IMPERATIVE_RE.search(text)
        or _FOLLOW_UP_RE.search(text)
        or _NO_SUBJECT_RE.search(text)
    ):
        return False
    if _QUESTION_START_RE.search(text) and not (_THEN_ASKS_RE.search(text) or WHEN_CLAUSE_RE.search(text)):
        return True
    words = text.strip()
    return words.endswith("?") and not _CHANGE_WORDS_RE.search(
        words.replace("what", " ").replace("What", " ")
    )


# "which scene comes right after the social proof?", "what's before it?": the scene next to one.
_NEIGHBOUR_RE = re.compile(
    r"\b(?:which|what)(?:\s+(?:scene|one|part))?(?:\s+(?:comes|is|goes|plays|happens|shows)|['’]s)?\s+"
    r"(?:(?:right|just|directly|immediately)\s+)?(?P<dir>after|before|following|follows|preceding|precedes)\s+(?P<rest>.+)$",
    re.I,
)
_IT_RE = re.compile(r"^\W*(?:it|that(?:\s+(?:one|scene))?|this(?:\s+(?:one|scene))?)\W*$", re.I)


def _neighbour(text: str, project: AdProject, recent: list[str]) -> str | None:
    """The question about the scene next to the one named, asked of that scene instead."""
    m = _NEIGHBOUR_RE.search(text)
    if m is None:
        return None
    refs = [r for r in find_scene_refs(m.group("rest"), project, []) if r.ids and r.kind != "all"]
    if refs and len(refs[0].ids) == 1:
        named = refs[0].ids[0]
    elif _IT_RE.match(m.group("rest")) and len(recent) == 1:
        named = recent[0]
    else:
        return None
    ids = [s.id for s in project.scenes]
    if named not in ids:
        return None
    step = 1 if m.group("dir").lower() in ("after", "following", "follows") else -1
    place = ids.index(named) + step
    if not 0 <= place < len(ids):
        return f"nothing {'after' if step > 0 else 'before'}"
    return f"what is in scene {place + 1}?"


def answer(text: str, project: AdProject | None, recent: list[str] | None = None) -> Answer | None:
    """The answer from the document; None when the question is not about the ad at all.

    ``recent``: the scenes last referred to ("how long is that scene?").
    """
    neighbour = _neighbour(text, project, recent or []) if project is not None else None
    if neighbour is not None and neighbour.startswith("nothing"):
        where = "last" if "after" in neighbour else "first"
        return Answer(f"Nothing: that is the {where} scene of the ad.")
    if neighbour is not None:
        text = neighbour
    about = (
        _ABOUT_THE_AD_RE.search(text)
        or CLAIM_ASKED_RE.search(text)
        or (project is not None and (find_scene_refs(text, project, []) or names_product(text, project)))
    )
    if not about:
        return None
    return answer_question(text, project, recent)


def is_follow_up(text: str) -> bool:
    """ "and the cta?", "what about scene 3?": scenes only, leaning on the message before."""
    from adgen.agent.understanding.named_follow_ups import named_follow_up

    return bool(_FOLLOW_UP_RE.search(text)) or named_follow_up(text)  # "and the sea shot's?"


def answer_follow_up(text: str, last_question: str, project: AdProject | None) -> Answer | None:
    """ "how long is the hook?" then "and the cta?": the same question about the scenes named now."""
    if project is None:
        return None
    refs = [r for r in find_scene_refs(text, project, []) if r.ids]
    if not refs:
        return None
    old = find_scene_refs(last_question, project, [])
    named = " and ".join(r.text for r in refs)
    question = last_question
    if not old:
        return answer_question(question.rstrip(" ?") + " " + named + "?", project)
    # The new scenes take the place of the old ones ("what does the final scene say?" then
    # "and scene 1?": "what does the scene 1 say?"), so the question keeps its shape.
    for ref in sorted(old, key=lambda r: r.start, reverse=True):
        first = ref.start == min(r.start for r in old)
        question = question[: ref.start] + (named if first else "") + question[ref.end :]
    return answer_question(question, project)


# "in B", "for version C", "between A and B", "the original and B": the versions a question names.
_VERSION_RE = re.compile(
    r"\b(?:version|variant)\s+(?P<l1>[a-gA-G])\b"
    r"|\b(?:in|on|of|vs\.?|versus|and|for|about|between)\s+(?P<l2>[A-G])\b(?![\w'])"
    r"|\b(?P<l5>[A-G])\s+(?=(?:and|vs\.?|versus|differs?|compares?|changes?|changed)\s)"
    r"|\b(?:does|is|did|was|has|from|to|with|than)\s+(?P<l6>[A-G])\b(?![\w'])"
    r"|\b(?:the\s+)?(?P<l7>original)\b"
)
_COMPARE_RE = re.compile(
    r"\b(?:different|differs?|difference|change|changed|changes|compare|vs\.?|versus)\b", re.I
)


def answer_about_versions(
    text: str, project: AdProject | None, family: VariantFamily | None
) -> Answer | None:
    """A question that names another version ("what does the hook say in B?", "what's different
    between A and B?", "what's different in C?"), answered from that version's document."""
    if project is None or family is None or family.load is None:
        return None
    if _HOW_MANY_VERSIONS_RE.search(text) and not _FORMAT_WORDS_RE.search(text):
        return _version_count(project, family)
    every = _every_version(text, project, family)
    if every is not None:
        return every
    owner = _version_with_colour(text, family) or _version_with_words(text, family)
    if owner is not None:
        return owner
    named = _versions_named(text, family) or _the_two(text, project, family)
    if not named and _COMPARE_RE.search(text):
        named = _versions_named(text, family, _LOWER_VERSION_RE)
        if not named and _THE_TWO_RE.search(text) and len(family.members()) > 2:
            return _every_comparison(project, family)
    if not named:
        return None
    if _COMPARE_RE.search(text):
        return _comparison(named, project, family)
    pid, doc = named[0]
    found = answer_question(_VERSION_RE.sub(" ", text), doc)
    found.text = f"In version {_version_name(family, pid)}: {found.text}"
    found.project_ref = pid
    found.scene_ids = []
    return found


# "so how many versions of this exist now?", "which variants do we have?": the A/B versions, not
# the sizes a render makes (a question naming formats or renders is about those).
_HOW_MANY_VERSIONS_RE = re.compile(
    r"\bhow\s+many\s+(?:\w+\s+)?(?:versions|variants|variations)\b"
    r"|\b(?:which|what)\s+(?:versions|variants|variations)\s+(?:are\s+there|do\s+(?:we|i)\s+have|exist|have\s+(?:we|i)\s+got)\b"
    r"|\b(?:list|show\s+me)\s+(?:all\s+)?(?:the\s+|my\s+|our\s+)?(?:versions|variants|variations)\b",
    re.I,
)
_FORMAT_WORDS_RE = re.compile(
    r"\b(?:formats?|sizes?|aspects?|ratios?|platforms?|presets?|renders?|rendering|videos\s+per|files?|exports?)\b",
    re.I,
)


# "is the cta on every version?", "does each variant have the hook?", "what does the cta say in
# all the versions?": the question asked of every version, not only the one open.
_EVERY_VERSION_RE = re.compile(
    r"\s*\b(?:on|in|for|across|of)?\s*(?:every|each|all(?:\s+(?:of\s+)?the)?|both(?:\s+(?:of\s+)?the)?)\s+"
    r"(?:versions?|variants?|variations?)\b",
    re.I,
)
_HAS_IT_RE = re.compile(r"^\W*(?:is|are|does|do|has|have)\b", re.I)
_HAVE_WORDS_RE = re.compile(r"\b(?:is|are|does|do|has|have|got|there|a|an|the|still|on|in)\b|\?", re.I)


def _every_version(text: str, project: AdProject, family: VariantFamily) -> Answer | None:
    """The question asked of each version ("Version A: …"); whether each has the scene named,
    for "is the cta on every version?"; None when the message names no such set of versions."""
    if not _EVERY_VERSION_RE.search(text) or _COMPARE_RE.search(text) or len(family.members()) < 2:
        return None  # ("how do both versions differ?": the comparison's answer)
    asked = _EVERY_VERSION_RE.sub(" ", text)
    docs = [
        (label, project if pid == project.project_id else family.project(pid))
        for label, pid in family.members()
    ]
    if any(doc is None for _, doc in docs):
        return None
    lines = []
    if _HAS_IT_RE.search(asked):
        refs = [r for r in find_scene_refs(asked, project, []) if r.kind == "role"]
        rest = asked
        for r in sorted(refs, key=lambda r: r.start, reverse=True):
            rest = rest[: r.start] + " " + rest[r.end :]
        if len(refs) == 1 and not _HAVE_WORDS_RE.sub(" ", rest).strip():
            missing = []
            for label, doc in docs:
                found = [r for r in find_scene_refs(asked, doc, []) if r.kind == "role" and r.ids]
                scenes = [doc.scene(sid) for sid in found[0].ids] if found else []
                if not scenes:
                    missing.append(label)
                said = "; ".join(f"“{s.overlay.text}”" for s in scenes) if scenes else "none"
                lines.append(f"Version {_name(label)}: {said}")
            what = ROLE_LABEL.get(refs[0].role or "", "that scene")
            head = (
                f"Yes, every version has the {what} ({len(docs)} versions)."
                if not missing
                else f"No: version {', '.join(missing)} has no {what}."
            )
            return Answer(head + "\n" + "\n".join(lines))
    for label, doc in docs:
        found = answer_question(asked, doc)
        lines.append(f"Version {_name(label)}: {found.text}")
    return Answer("\n".join(lines))


def _name(label: str) -> str:
    return "A (the original)" if label == "A" else label


def _version_count(project: AdProject, family: VariantFamily) -> Answer:
    """How many versions the ad has (the original and its A/B variants), and which one is open."""
    members = family.members()
    if len(members) == 1:
        return Answer("There is one version, the original (A); it has no A/B variants yet.")
    names = [f"A (the original, {pid})" if label == "A" else f"{label} ({pid})" for label, pid in members]
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    current = _version_name(family, project.project_id)
    return Answer(f"There are {len(members)} versions: {listed}. You are on {current}.")


_WHICH_VERSION_RE = re.compile(
    r"\bwhich\s+(?:version|variant|variation|one|cut|ad)(?:'s|’s|\s+has)?\s+(?:has|have|uses|got|gets|is\s+the\s+one\s+with|with|says|said)\b",
    re.I,
)


def _version_with_colour(text: str, family: VariantFamily) -> Answer | None:
    """ "which version has the yellow button?": the versions whose named scene's text is that colour."""
    colours = find_colors(text)
    if not _WHICH_VERSION_RE.search(text) or len(colours) != 1:
        return None
    wanted = colour_name(colours[0].hex)
    found = []
    for label, pid in family.members():
        doc = family.project(pid)
        if doc is None:
            continue
        refs = [r for r in find_scene_refs(text, doc, []) if r.ids]
        ids = {i for r in refs for i in r.ids} or {s.id for s in doc.scenes}
        if any(colour_name(s.overlay.color) == wanted for s in doc.scenes if s.id in ids):
            found.append((label, pid))
    if len(found) != 1:
        return None
    label, pid = found[0]
    name = "A (the original)" if label == "A" else label
    return Answer(f"Version {name} has it.", project_ref=pid)


_QUOTED_RE = re.compile(r"[\'\"‘’“”«»]\s*(?P<w>[^\'\"‘’“”«»]{2,60}?)\s*[\'\"‘’“”«»](?!\w)")


def _version_with_words(text: str, family: VariantFamily) -> Answer | None:
    """ "which one has the 'zero wait' hook?": the one version whose (named) scene's text holds the
    quoted words, so that "keep that one" after it means that version; None when not exactly one."""
    quoted = _QUOTED_RE.search(text)
    if not _WHICH_VERSION_RE.search(text) or quoted is None:
        return None
    words = " ".join(quoted.group("w").lower().split())
    masked = text[: quoted.start()] + " " + text[quoted.end() :]
    found = []
    for label, pid in family.members():
        doc = family.project(pid)
        if doc is None:
            continue
        ids = {i for r in find_scene_refs(masked, doc, []) if r.ids for i in r.ids} or {
            s.id for s in doc.scenes
        }
        if any(words in " ".join(s.overlay.text.lower().split()) for s in doc.scenes if s.id in ids):
            found.append((label, pid))
    if len(found) != 1:
        return None
    label, pid = found[0]
    name = "A (the original)" if label == "A" else label
    return Answer(f"Version {name} has “{quoted.group('w')}”.", project_ref=pid)


_THE_TWO_RE = re.compile(
    r"\b(?:the\s+two|both(?:\s+versions)?|the\s+versions|them|these\s+two|those\s+two)\b", re.I
)


def _the_two(text: str, project: AdProject, family: VariantFamily) -> list[tuple[str, AdProject]]:
    """ "what's different between the two?" with one variant: it against the original."""
    members = family.members()
    if len(members) != 2 or not (_COMPARE_RE.search(text) and _THE_TWO_RE.search(text)):
        return []
    pid = members[1][1]
    doc = project if pid == project.project_id else family.project(pid)
    return [(pid, doc)] if doc is not None else []


# In a comparison, a version said in lower case: "how is b different from a?", "compare a and b",
# "how does c differ?" ("a" only last, where it is no article: "is a different one better?").
_LOWER_VERSION_RE = re.compile(
    r"\b(?:compare|is|does|did|between|how)\s+(?P<x>[b-g])\s+(?=(?:and|with|to|vs\.?|versus|different|differs?|compares?)\b)"
    r"|\bcompare\s+(?P<w>a)\s+(?=(?:and|with|to|vs\.?|versus)\s+[b-g]\b)"
    r"|\b(?:from|with|to|and|than|vs\.?|versus)\s+(?P<y>[a-g])\s*(?:[?.!]|$)",
    re.I,
)


def _every_comparison(project: AdProject, family: VariantFamily) -> Answer | None:
    """ "what's different between the versions?" with several variants: each against the original."""
    base = family.project(family.original_id) if project.project_id != family.original_id else project
    if base is None:
        return None
    parts = []
    for _, pid in family.members()[1:]:
        doc = project if pid == project.project_id else family.project(pid)
        if doc is not None:
            parts.append(
                compare_answer(_version_name(family, pid), doc, _version_name(family, base.project_id), base)
            )
    return Answer("\n".join(parts)) if parts else None


def _versions_named(
    text: str, family: VariantFamily, pattern: re.Pattern[str] | None = None
) -> list[tuple[str, AdProject]]:
    """The versions a question names, as (project id, document); [] when one is unknown."""
    named = []
    for label in (g for m in (pattern or _VERSION_RE).finditer(text) for g in m.groups() if g):
        pid = family.find(label)
        doc = family.project(pid) if pid else None
        if pid is None or doc is None:
            return []
        named.append((pid, doc))
    return named


def _comparison(
    named: list[tuple[str, AdProject]], project: AdProject, family: VariantFamily
) -> Answer | None:
    """One version against another: the one that is not the original against the original."""
    if len(named) == 1:
        pid, doc = named[0]
        base = family.project(family.original_id) if pid != family.original_id else project
        if base is None:
            return None
        named = [(base.project_id, base), (pid, doc)]
    (first_id, first), (second_id, second) = named[0], named[1]
    if first_id != family.original_id and second_id == family.original_id:
        (first_id, first), (second_id, second) = (second_id, second), (first_id, first)
    text = compare_answer(_version_name(family, second_id), second, _version_name(family, first_id), first)
    return Answer(text, project_ref=second_id)


def _version_name(family: VariantFamily, project_id: str) -> str:
    label = family.label_of(project_id) or project_id
    return "A (the original)" if label == "A" else label


_ABOUT_THE_AD_RE = re.compile(
    r"\b(?:ad|video|scene|scenes|hook|cta|text|music|product|brand|colou?rs?|render|version|variant|cost|font|"
    r"background|mood|style|length|long|showcase|testimonial|it|aspects?|ratios?|sizes?|formats?|resolution|"
    r"tagline|slogan|strapline|name|logo|render(?:ed|ing)?|stale|needs|lighting|volume|loud|position|version|this|that|for|audience|"
    r"intro|outro|ending|opening|review|problem|palette|look|vibe|duration|seconds?|total|runtime|line|copy|words|testimonial|"
    r"headline|caption|fonts?|typefaces?|typography|voice|voice-?overs?|narrat\w*|captions|subtitles|platforms?|presets?|tiktok|reels|apps?|socials?|networks?|"
    r"stories|shorts|youtube|feed|videos|shortest|longest|changes|edits|changed|active|files?|mp4|mb|megabytes|"
    # ("how many parts does the zest one have": its scenes, however it is named)
    r"parts|slides|shots|sections|bits|screens|"
    # "which one am I on now?", "which one are we editing?": the version open
    r"am\s+i\s+(?:on|editing|in|looking\s+at)|are\s+we\s+(?:on|editing|in|working\s+on|looking\s+at)|"
    # "what did you just do?", "what have you changed so far": the ad's history
    r"(?<=you\s)(?:just\s+)?(?:do|done|change|edit|fix|fixed|touch|touched))\b",
    re.I,
)

__all__ = [
    "answer",
    "answer_about_versions",
    "answer_follow_up",
    "is_follow_up",
    "is_question",
    "imagined_change",
    "is_suggestion",
]
