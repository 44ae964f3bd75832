"""Requests about the ad rather than in it: render, export, status, list, cancel, help.

Part of :mod:`adgen.agent.understanding`. :func:`read_meta` sets the turn's flags for a clause
that is one of these, and says whether the clause was only that.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.praise import PRAISE_ALT
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK
from adgen.agent.understanding.result import ParsedTurn

_CANCEL_RE = re.compile(
    r"^\W*(?:please\s+)?(?:cancel|abort|stop|halt|kill)\b(?:\s+(?:the|that|this|my|it|rendering|render|"
    r"renders|export|job|jobs|everything|now|please|video|current|running|one))*[\s.!]*$"
    r"|^\W*(?:never\s*mind|nevermind)\s+(?:the\s+)?render(?:ing)?\b",
    re.I,
)
STATUS_RE = re.compile(
    r"\bhow(?:'s|’s|\s+is|\s+are)\s+(?:it|things|the\s+render(?:ing)?|my\s+(?:video|ad)|that|the\s+(?:video|ad)|we)\s+"
    r"(?:going|coming\s+along|doing|looking|progressing)\b"
    r"|^\W*status\b|\bstatus\s*\??\s*$|\bwhat(?:'s|’s|\s+is)\s+the\s+(?:status|progress)\b|\bprogress\b"
    r"|\bis\s+(?:it|the\s+(?:video|render|ad))\s+(?:done|ready|finished|complete)\b|\bare\s+we\s+(?:there|done)\b"
    r"|\bany\s+(?:news|updates?)\b|\bhow\s+much\s+longer\b|\bhow\s+long\s+(?:will\s+it|until|left)\b|\beta\b"
    r"|\bwhere\s+are\s+we\b",
    re.I,
)
LIST_RE = re.compile(
    r"\b(?:list|show|see|view|open|display)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:my|our|the|all|all\s+my)?\s*"
    r"(?:projects|ads|videos|campaigns|drafts)\b"
    r"|\bwhat\s+(?:projects|ads|videos)\s+(?:do\s+)?(?:i|we)\s+have\b|^\W*my\s+(?:projects|ads|videos)\b"
    r"|\bwhich\s+(?:projects|ads)\b",
    re.I,
)
RENDER_RE = re.compile(
    r"\b(?:render|re-?render|export|download|publish)\b"
    r"|\bfinal\s+(?:version|cut|render|video|export|file)\b|\bship\s+it\b"
    r"|\blet'?s\s+see\s+(?:it|the\s+(?:video|ad|result))\b|\bshow\s+me\s+(?:it|the\s+(?:video|ad|result)|a\s+preview)\b"
    r"|\bpreview\b|\bgo\s+ahead\b"
    # ("can I see what it looks like now?")
    r"|\bsee\s+(?:what\s+it\s+looks\s+like|how\s+it\s+looks)\b",
    re.I,
)
_MAKE_VIDEO_RE = re.compile(
    r"^\W*(?:(?:please|ok|okay|now|great|perfect|good|nice|looks\s+good)\b[\s,!.]*)*"
    r"(?:make|create|produce|generate|build|do)\s+(?:the|my|our|it\s+into\s+a)\s+(?:final\s+)?(?:video|ad|thing|mp4)"
    r"(?:\s+(?:now|please|already))*[\s.!]*$",
    re.I,
)
_FINAL_RE = re.compile(
    r"\b(?:final|hd|high[\s-](?:quality|res(?:olution)?)|full[\s-](?:quality|res(?:olution)?)|1080p?|4k|"
    r"production|publish|export|best\s+quality)\b",
    re.I,
)
_DRAFT_RE = re.compile(r"\b(?:draft|preview|quick|rough|low[\s-](?:res|quality)|test\s+render|fast)\b", re.I)
_ASPECTS = (
    (re.compile(r"\b(?:9:16|vertical|portrait|stories|story|reels?|tiktok|shorts)\b", re.I), "9:16"),
    (re.compile(r"\b(?:1:1|square)\b", re.I), "1:1"),
    # ("export for YouTube Shorts": the vertical Shorts, never the landscape YouTube one)
    (re.compile(r"\b(?:16:9|landscape|horizontal|widescreen|youtube(?![\s-]+shorts?\b))\b", re.I), "16:9"),
)
# "thanks, looks good", "perfect!", "love it": nothing to change; said as a next step.
ACK_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|great|perfect|nice|awesome|lovely|cool|thanks|thank\s+you|thx|ty|cheers|good|amazing|"
    rf"love\s+(?:it|this|that)|looks?\s+(?:{PRAISE_ALT})|(?:that'?s|this\s+is)\s+(?:good|great|perfect|it)|"
    r"all\s+good|sounds\s+good|much\s+better|better|yes|yep|yeah)\b[\s,.!]*)+$",
    re.I,
)
ACK_TEXT = "Glad you like it. Say “render” when you're ready, or tell me what else to change."
HELP_RE = re.compile(
    r"^\W*(?:help|what\s+can\s+you\s+do|how\s+does\s+this\s+work|what\s+do\s+you\s+do|who\s+are\s+you|"
    r"hi|hello|hey|yo|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you|cheers)\b[\s\W]*$",
    re.I,
)
META_ANY_RE = re.compile(
    r"^\W*(?:then\s+|and\s+|also\s+|please\s+|now\s+)*(?:render|export|undo|go\s+back|revert|cancel|status|"
    r"show\s+(?:me\s+)?my|list)\b",
    re.I,
)


def read_meta(clause: str, turn: ParsedTurn) -> bool:
    """Set the turn's intent flags for a meta clause; True when the clause is only that."""
    text = re.sub(PLACEHOLDER_MARK + ".", " ", clause)
    if _CANCEL_RE.search(text):
        turn.wants_cancel = True
        return True
    if LIST_RE.search(text):
        turn.wants_list = True
        return True
    if STATUS_RE.search(text):
        turn.wants_status = True
        return True
    if RENDER_RE.search(text) or _MAKE_VIDEO_RE.search(text):
        turn.wants_render = True
        if turn.render_quality is None:
            if _DRAFT_RE.search(text):
                turn.render_quality = "draft"
            elif _FINAL_RE.search(text):
                turn.render_quality = "final"
        aspects = [a for pattern, a in _ASPECTS if pattern.search(text)]
        if aspects:
            turn.render_aspects = aspects
        return True
    return False
