"""Complaints that describe what the marketer sees on their screen, where the thing seen is no
setting of the ad, or is only the reason for the real complaint (round thirty-one c, dev22's crowd
describing frames).

Part of :mod:`adgen.agent.understanding`. Each used to make a wrong edit:

- the video blurry, pixelated or choppy on a phone or in an app ("it's blurry on my phone", "looks
  pixelated on instagram", "the preview is grainy on mobile"): "blurry" was a look, and the whole
  ad's lighting became high contrast; it is how the file plays (a draft preview, the app's
  compression), so nothing changes and the note says what does help (a full-quality render);
- too dark or too bright to see something ("now it's so dark I can't even see the bottle", "so
  washed out you can't make out the logo"): the thing not seen was made bigger or shown; the
  light is the complaint, so only "too dark" (…) is read.
"""

from __future__ import annotations

import re

_I = re.I

_BLUR = (
    r"(?:blurry|blurred|blurring|pixel+ated|pixel+y|grainy|fuzzy|low[\s-]?res(?:olution)?|choppy|laggy|lagging|"
    r"stutter(?:s|y|ing)?|jerky|glitchy|compressed|soft|out\s+of\s+focus)"
)
# Where it was watched: a device, an app, the preview or an upload
_WATCHED = (
    r"(?:on|in|through|via|from)\s+(?:my|our|the|his|her|their|a|an|his)?\s*(?:own\s+)?(?:phone|iphone|android|mobile|"
    r"cell|screen|laptop|tablet|ipad|tv|monitor|computer|desktop|instagram|insta|ig|tiktok|facebook|fb|"
    r"youtube|whatsapp|slack|email|feed|stories|reels|preview|player|browser|app)\b"
    r"|\bwhen\s+(?:i|we|you|they|people)\s+(?:play|watch|view|open|upload|post|preview)\w*"
    r"|\bafter\s+(?:i|we)?\s*(?:upload|post|export|download)\w*"
)
_BLUR_WATCHED_RE = re.compile(
    rf"\b{_BLUR}\b(?:[^.!?;]{{0,40}}?)(?:{_WATCHED})|(?:{_WATCHED})[^.!?;]{{0,30}}?\b{_BLUR}\b", _I
)
# An edit asked in the same message ("…, make the text bigger"), or the product's own photo
# (:mod:`refusals` says a sharper photo fixes it): read elsewhere
_ASKED_RE = re.compile(
    r"\b(?:make|change|turn|set|use|put|add|remove|bigger|larger|smaller|brighter|darker|louder|quieter|"
    r"render|export|re-?render|sharper|sharpen|fix|can\s+you|could\s+you|please|pls)\b",
    _I,
)
_PHOTO_RE = re.compile(r"\b(?:product|photo|picture|image|packshot|pic|logo|cut[\s-]?out)\b", _I)

PLAYBACK_NOTE = (
    "That sounds like how the video plays there, not like something in the ad: a draft preview is a small, "
    "quick file, and apps compress what you upload. Say “render in full quality” for the 1080p file and send "
    "that one. If something in the ad itself looks soft, tell me which scene and I'll change it."
)


def playback_blur(masked: str) -> str | None:
    """The note for "it's blurry on my phone" (the playback, nothing to change), or for colours that
    look off and are put down to the screen (:func:`screen_blamed`); else None."""
    blamed = screen_blamed(masked)
    if blamed is not None:
        return blamed
    if not _BLUR_WATCHED_RE.search(masked) or _ASKED_RE.search(masked) or _PHOTO_RE.search(masked):
        return None
    return PLAYBACK_NOTE


# (round thirty-eight a, dev27: "exported it to my phone and the colours look washed out, probably
# my screen brightness" brightened the palette.) How the colours or the light look ...
_LOOKS_OFF = (
    r"(?:washed[\s-]out|faded|dull|flat|muted|dim|dark|darker|too\s+bright|brighter|off|weird|wrong|different|"
    r"greyish|grayish|pale|oversaturated|saturated|yellowish|blueish|bluish)"
)
_LOOKS_OFF_RE = re.compile(
    rf"\b(?:colou?rs?|it|everything|the\s+(?:video|ad|picture|image|text|background)s?)\b[^.!?;]{{0,30}}?"
    rf"\b(?:look|looks|looked|seem|seems|seemed|are|is|was|were|came\s+out|come\s+out)\s+(?:a\s+bit\s+|kinda\s+|really\s+|so\s+|quite\s+)?{_LOOKS_OFF}\b",
    _I,
)
# ... put down to the marketer's own screen: "probably my screen brightness", "must be my phone",
# "my brightness was down", "I had night mode on".
_SCREEN_BLAME_RE = re.compile(
    r"\b(?:probably|prob|maybe|might\s+be|must\s+be|could\s+be|guess\s+it'?s|i\s+think\s+it'?s|likely|prolly|"
    r"blame)\s+(?:just\s+)?(?:my|the)\s+(?:own\s+)?(?:phone'?s?\s+|laptop'?s?\s+|screen'?s?\s+)?"
    r"(?:screen|phone|brightness|display|monitor|laptop|settings|night\s+mode|dark\s+mode|low\s+power\s+mode)\b"
    r"|\bmy\s+(?:screen\s+|phone\s+)?brightness\s+(?:is|was|'s)\s+(?:down|low|turned\s+down|dimmed)\b"
    r"|\b(?:i\s+had|had|with)\s+(?:night|dark|low\s+power|battery\s+saver)\s+mode\s+on\b",
    _I,
)
# An edit asked all the same ("…, but make them brighter anyway")
_STILL_ASKED_RE = re.compile(
    r"\b(?:make|change|turn|set|use|bump|boost|fix|increase|up\s+the|can\s+you|could\s+you|can\s+we|please|pls|"
    r"anyway|regardless|still\s+(?:make|want))\b",
    _I,
)
SCREEN_NOTE = (
    "That sounds like your screen's settings rather than the ad, so I haven't changed anything. Check it "
    "with your brightness up (or on another screen); if the colours should still be stronger, say "
    "“brighter colours” and I'll change them."
)


def screen_blamed(masked: str) -> str | None:
    """The note for colours that look off and are put down to the marketer's own screen ("the colours
    look washed out, probably my screen brightness"): nothing changes; None otherwise."""
    if not (_LOOKS_OFF_RE.search(masked) and _SCREEN_BLAME_RE.search(masked)) or _STILL_ASKED_RE.search(
        masked
    ):
        return None
    return SCREEN_NOTE


# "so dark (that) I can't (even) see the bottle", "too bright, can't make out the text"
_TOO_TO_SEE_RE = re.compile(
    r"(?P<how>\b(?:so|too|way\s+too|far\s+too|that)\s+(?:dark|dim|murky|gloomy|black|shadowy|bright|washed[\s-]out|"
    r"blown[\s-]out|overexposed|busy|cluttered))\b"
    r"\s*(?:,|that|now|\.\.\.|—|-)?\s*(?:that\s+)?"
    r"(?:(?:i|you|we|people|one|nobody|no\s+one|you\s+guys)\s+)?(?:literally\s+|really\s+|honestly\s+)?"
    r"(?:can'?t|cannot|can\s+not|could\s*n'?t|couldn'?t|can\s+barely|can\s+hardly|barely|hardly)\s+(?:even\s+)?"
    r"(?:see|make\s+out|tell|spot|notice|find)\b[^,.;!?]*",
    _I,
)


def too_dark_to_see(masked: str) -> str:
    """ "now it's so dark I can't even see the bottle": "now it's too dark" (the light, never the
    bottle's size)."""

    def light(m: re.Match[str]) -> str:
        how = re.sub(r"^(?:so|that|way\s+too|far\s+too)\b", "too", m.group("how"), flags=_I)
        return how

    return _TOO_TO_SEE_RE.sub(light, masked)


__all__ = ["PLAYBACK_NOTE", "SCREEN_NOTE", "playback_blur", "screen_blamed", "too_dark_to_see"]
