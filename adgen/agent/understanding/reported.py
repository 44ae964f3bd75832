"""Someone else's words about the ad, reported and not asked for ("the client liked the red", "my
partner thinks the music is too quiet, I disagree", "someone in the meeting mentioned a darker
background, but let's leave it").

Part of :mod:`adgen.agent.understanding` (sweep 39: precision). Read as typed, the reported words
were a request: "the client liked the red" made the palette red, "my partner thinks the music is
too quiet, I disagree" turned the music up. A report is no request from the person typing:

- waved away in the same message ("but I disagree", "let's leave it", "I think it's fine"), it
  changes nothing;
- praise reported ("the client loved the yellow text") changes nothing either;
- an opinion passed on ("my boss said the hook was too long") is read as the request it passes
  on, as the marketer's own would be (round twenty-three: dev16's writers, relaying feedback,
  expected the change; sweep 39 had first offered it for a "yes").

A report followed by an instruction of the person typing ("…, so trim it", "…, can you make it
red") is read without the "my boss said" (whose "said" had been read as new words). "The client
wants / asked for …" is a request passed on and is read as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adgen.agent.understanding.quotes import PLACEHOLDER_RE

_LEAD = r"^\W*(?:(?:so|fyi|btw|also|and|ok(?:ay)?|hmm+|heads\s+up|update|feedback)\b[\s,:;.-]*)*"
# Who: a person or group other than the one typing.
_WHO = (
    r"(?:(?:the|my|our|a|one\s+of\s+(?:the|our|my))\s+(?:\w+\s+)?"
    r"(?:client|customer|boss|team|partner|manager|colleague|co-?worker|wife|husband|friend|mum|mom|dad|"
    r"cmo|ceo|cto|founder|designer|agency|legal|stakeholder|audience|focus\s+group|tester|user|viewer|"
    r"people|folks|brand\s+team|marketing(?:\s+team)?|creative\s+director|director|producer|investor)s?"
    r"|some(?:one|body)(?:\s+(?:in|on|at|from)\s+(?:the\s+|our\s+|my\s+)?\w+)?|every(?:one|body)|people|they|he|she)"
)
_PRAISE_VERBS = (
    r"(?:liked|loved|likes|loves|(?:really\s+)?(?:liked|loved)|enjoyed|prefer(?:s|red)?|was\s+happy\s+with)"
)
_OPINION_VERBS = (
    r"(?:said|says|thinks?|thought|mentioned|suggested|felt|feels|noticed|commented|pointed\s+out|"
    r"(?:was|were|is|are)\s+saying|reckons?|complained|found)"
)
_REPORT_RE = re.compile(
    rf"{_LEAD}(?P<who>{_WHO})\s+(?:(?:also|really|kind\s+of|all|kinda)\s+)?"
    rf"(?:(?P<praise>{_PRAISE_VERBS})|(?P<opinion>{_OPINION_VERBS}))\b(?:\s+that\b)?\s*[:,]?\s*",
    re.I,
)
# The person typing waves the report away.
_DISMISSED_RE = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:disagree|don'?t\s+(?:agree|think\s+so|see\s+it|mind)|(?:think|feel)\s+(?:it'?s|it\s+is|its)\s+"
    r"(?:fine|ok(?:ay)?|good|great|perfect))\b"
    r"|\blet'?s\s+(?:leave|keep)\s+(?:it|them|that|things)\b|\b(?:leave|keep)\s+it\s+(?:as\s+is|for\s+now|like\s+that)\b"
    r"|\b(?:ignore|disregard)\s+(?:that|it|them)\b|\bnot\s+(?:changing|touching)\b|\bno\s+change\b",
    re.I,
)
# Where the reported words end and the typer's own request begins ("…, so trim it").
_OWN_REQUEST_RE = re.compile(
    r"(?:[.;!?]|,\s*(?:so|and|but|then|please|pls|can|could|would|let'?s|maybe))\s*(?!$)"
    r"|\b(?:so|and)\s+(?:can|could|would)\s+you\b",
    re.I,
)

_VERBS_WANTED = re.compile(r"\b(?:wants?|wanted|asked\s+for|asks?\s+for|requested|needs?)\b", re.I)


@dataclass(frozen=True)
class Report:
    praise: bool  # liked / loved: nothing to change
    content: str  # the reported words ("the hook was too long")
    dismissed: bool  # the person typing waved it away
    instructed: bool = False  # the typer's own request follows ("…, so trim it"): read it all


def reported(text: str) -> Report | None:
    """The report ``text`` is, when it is one and nothing else of the typer's follows; else None."""
    m = _REPORT_RE.search(text)
    if m is None:
        return None
    rest = text[m.end() :]
    if PLACEHOLDER_RE.search(rest) and not _DISMISSED_RE.search(rest):
        return None  # "the client says: 'Summer tastes better cold'": new words passed on, read as before
    dismissed = bool(_DISMISSED_RE.search(rest))
    cut = _OWN_REQUEST_RE.search(rest)
    content = rest[: cut.start()] if cut else rest
    if _VERBS_WANTED.search(text[: m.end()]):
        return None
    if cut and not dismissed:  # "…, so trim it": the typer's own request follows, read with the report
        return Report(praise=False, content=rest.strip(), dismissed=False, instructed=True)
    content = content.strip(" ,.!?;:\"'“”‘’")
    return Report(praise=bool(m.group("praise")), content=content, dismissed=dismissed)


# --- the ad's past told, no request (sweep 40) -------------------------------------------------------
# "I made the hook red earlier, it looked bad", "yesterday it was 15 s", "the old version had the
# text at the top", "we used to have the voice slower": how the ad was, told. Read as typed, the
# value in it was a request ("yesterday it was 15 s" cut the ad to 15 s). Nothing is asked for, so
# nothing changes; a request in the same message ("…, make it white", "put it back", "again")
# is read as before.
_WHEN = (
    r"(?:earlier(?:\s+today)?|before|yesterday|last\s+(?:time|week|night|round|version)|previously|originally|"
    r"at\s+first|this\s+morning|the\s+other\s+day|in\s+(?:the\s+)?(?:first|last|old|previous)\s+(?:version|cut|draft)|"
    r"in\s+v\d+)"
)
_SUBJECT = r"(?:it|they|that|this|the\s+(?:\w+\s+){0,2}?\w+|(?:the\s+)?scene\s+\d+|everything)"
_PAST_RE = re.compile(
    rf"{_LEAD}(?:"
    # "I made the hook red earlier", "we changed the cta to green before"
    rf"(?:i|we)\s+(?:already\s+|had\s+)?(?:made|changed|set|turned|tried|had|switched|moved|put)\b(?=.*\b{_WHEN}\b)"
    # "yesterday it was 15 s", "last time the music was at 30%"
    rf"|{_WHEN}\s*,?\s+(?:(?:i|we)\s+(?:had|made|set|changed|tried)|{_SUBJECT}\s+(?:was|were|had|said|read|ran|lasted|played))\b"
    # "the hook was red yesterday"
    rf"|{_SUBJECT}\s+(?:was|were|had\s+been)\b(?=.*\b{_WHEN}\s*\W*$)"
    # "the old version had the text at the top"
    r"|the\s+(?:old|previous|last|first|original|earlier)\s+(?:version|cut|draft|edit|one)\s+(?:had|was|used|said|ran|played)\b"
    # "we used to have the voice slower"
    r"|(?:i|we|it|you|they|the\s+\w+)\s+used\s+to\s+(?:have|be|say|run|play|sound)\b"
    r")",
    re.I,
)
# Anything asked for in the same message: read as before.
_ASKED_RE = re.compile(
    r"\b(?:better|worse|prefer\w*|liked?\s+(?:it|that|them)|loved?\s+(?:it|that|them)|again|back|undo|revert|restore|"
    r"bring|want\w*|wish|should|let'?s|can|could|would|please|pls|make|change|switch|need\w*|instead|fix|"
    r"go|keep|leave|try|use|set\s+it|turn\s+it|same|like\s+(?:it|that|before|then))\b"
    # an instruction after the account ("…, put it at 30%", "… so set the hook to 3 s")
    r"|(?:[,.;!:]\s*|\b(?:and|so|then|now|just)\s+)(?:please\s+|pls\s+)?(?:put|set|turn|move|cut|trim|shorten|"
    r"lengthen|drop|add|remove|bump|raise|lower|give|swap|hide|show)\b",
    re.I,
)
_TAG_QUESTION_RE = re.compile(r"[,\s]*\b(?:remember|right|didn'?t\s+(?:i|we)|wasn'?t\s+it)\s*\?+\s*$", re.I)


def past_account(text: str) -> bool:
    """Whether ``text`` only tells how the ad was ("yesterday it was 15 s"), asking for nothing."""
    body = _TAG_QUESTION_RE.sub("", text.strip())
    if "?" in body or PLACEHOLDER_RE.search(body):
        return False
    return bool(_PAST_RE.search(body)) and not _ASKED_RE.search(body)


# "you made the cta gold, I like it", "the cta at the bottom of the screen looks good": the ad as it
# is, praised (sweep 40: the cta was made a brighter gold, and moved to the bottom). Nothing else
# in the message ("…, but …", "though") and nothing asked.
_PRAISE = (
    r"(?:i\s+(?:really\s+)?(?:like|love|dig)\s+(?:it|that|them|this)|(?:it\s+|that\s+)?looks?\s+(?:really\s+|so\s+)?"
    r"(?:good|great|nice|perfect|amazing|lovely|awesome)|(?:so\s+|really\s+)?(?:nice|great|perfect|lovely|amazing|"
    r"awesome)|love\s+it|nailed\s+it)"
)
_PRAISED_RE = re.compile(
    rf"^\W*(?:you\s+(?:made|changed|set|turned|put|moved|gave)\s+[^,.;!?]{{1,40}}[,.;!]\s*(?:and\s+)?{_PRAISE}"
    r"|(?:the\s+)[^,.;!?]{1,50}?\s+(?:looks?|is|are|feels?|sounds?|works?)\s+(?:really\s+|so\s+|very\s+|just\s+)?"
    r"(?:good|great|nice|perfect|lovely|amazing|awesome|right|spot\s+on))[\s.!]*$",
    re.I,
)
_BUT_RE = re.compile(r"\b(?:but|though|tho|except|however|if|bigger|smaller|more|less|too|not|n't)\b", re.I)


def praised_as_is(text: str) -> bool:
    """Whether ``text`` only praises the ad as it is ("you made the cta gold, I like it")."""
    return bool(_PRAISED_RE.match(text)) and not _BUT_RE.search(text) and not PLACEHOLDER_RE.search(text)
