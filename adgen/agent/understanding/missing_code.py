"""A promo code the viewers cannot find: "people keep asking where the promo code is. it's SAVE20",
"nobody can find the discount code - it's SPRING15", "the coupon code isn't anywhere, it's WELCOME10".

Part of :mod:`adgen.agent.understanding` (round twenty-five d, dev18's complaints). Read as typed,
these found no request (the help text) or took the code for a look. The complaint says the code is
missing from the screen and gives it: where it goes is asked, with the closing scene's words and the
code as the one-word answer ("the cta", "yes"); never guessed, as the scene it belongs in is theirs
to say.
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.scenes import ROLE_LABEL
from adgen.project import AdProject

_I = re.I
_CODE_WORD = r"(?:promo(?:tion(?:al)?)?|discount|coupon|voucher|offer|referral|sale)\s+code"
# How the complaint says the code cannot be seen (one row per way).
_MISSING_RE = re.compile(
    rf"\bwhere(?:'s|\s+is)?\s+(?:the\s+|our\s+|my\s+)?{_CODE_WORD}"
    rf"|\b(?:(?:can'?t|cannot|can\s+not|couldn'?t|don'?t|didn'?t)|(?:nobody|no\s+one|no-one)\s+(?:can|could|does|did|will))\s+(?:even\s+)?"
    rf"(?:find|see|spot)\s+(?:the\s+|our\s+|a\s+)?{_CODE_WORD}"
    rf"|\b{_CODE_WORD}\s+(?:is\s+|'s\s+)?(?:missing|nowhere|gone|not\s+(?:there|shown|showing|on\s+screen|in\s+the\s+ad))"
    rf"|\b{_CODE_WORD}\s+(?:isn'?t|is\s+not|doesn'?t|does\s+not|never)\s+(?:\w+\s+)?(?:there|anywhere|shown|show(?:ing)?|appear|on\s+screen|in\s+the\s+(?:ad|video))"
    rf"|\bno\s+{_CODE_WORD}\b",
    _I,
)
# The code given with the complaint: "it's SAVE20", "the code is SPRING15", "code: WELCOME10".
_CODE_RE = re.compile(
    r"\b(?:it'?s|it\s+is|the\s+code\s+is|(?:the\s+)?code(?:\s+is|\s*[:=]))\s+[\"'“‘]?(?P<code>[A-Z0-9][A-Z0-9_-]{2,19})\b",
)


def missing_code(raw: str, project: AdProject | None) -> PendingQuestion | None:
    """The question for a promo code said to be missing from the ad, or None."""
    if project is None or not project.scenes or not _MISSING_RE.search(raw):
        return None
    found = _CODE_RE.search(raw)
    if found is None or not re.search(r"\d", found.group("code")) and not found.group("code").isupper():
        return None
    code = found.group("code")
    if any(code.lower() in (s.overlay.text or "").lower() for s in project.scenes):
        return None  # already on screen: where it shows is another question
    last = next((s for s in reversed(project.scenes) if s.role == "cta"), project.scenes[-1])
    place = [s.id for s in project.scenes].index(last.id) + 1
    words = f"{(last.overlay.text or '').rstrip(' .!')} - code {code}".lstrip(" -")
    return PendingQuestion(
        f"Where should the code {code} show? I can add it to the words of scene {place} "
        f"({ROLE_LABEL[last.role]}): “{words}”. Say “yes”, or give me the words for the scene it should be in.",
        [
            PendingOption(
                f"scene {place}",
                [
                    "yes",
                    "yes please",
                    "ok",
                    "sure",
                    "do it",
                    "there",
                    "that's fine",
                    "the cta",
                    "cta",
                    "the end",
                ],
                [{"operation": "update_overlay", "sceneId": last.id, "text": words}],
            )
        ],
    )


__all__ = ["missing_code"]
