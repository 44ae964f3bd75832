"""The ad's new length said without a verb after a scene's request (round thirty, e).

Part of :mod:`adgen.agent.understanding`. "hook text red, ad to 25s", "cta text white and the
video to 30 s", "hook text bigger and the ad 20 seconds": read as typed, the clause had no verb
of its own and took the scene named before it, so that scene got the ad's length (a wrong edit),
or the length was dropped. Said as "make the whole ad N seconds", it is a request of its own.
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_AD_LENGTH_RE = re.compile(
    r"(?P<sep>[,;]|\band\b|\bthen\b|\bplus\b|&)\s+(?:(?:cut|trim|bring|get|take|set|put)\s+)?"
    r"(?:the\s+|this\s+|my\s+|our\s+)?(?:whole\s+|entire\s+)?(?:ad|video|spot|commercial)\s+"
    r"(?:(?:down|up)\s+)?(?:to\s+|at\s+)?(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds)\b)",
    re.I,
)


def ad_length_said(masked: str) -> str:
    """``masked`` with the ad's length said after another request as a request of its own."""
    return _AD_LENGTH_RE.sub(lambda m: f"{m.group('sep')} make the whole ad ", masked)


# "the discount code text bigger", "move the $25 line to the top", "the TRAIL20 words in white":
# a text named by what it shows, with the word for a text after it (round thirty, e; read as typed,
# which scene was asked, or every scene's text was proposed). content_scene finds the one scene.
_NAMED_TEXT_RE = re.compile(
    r"\b(?:the|our|that)\s+(?P<what>[\w%€£$.-]+(?:\s+[\w%€£$.-]+)?)\s+(?:text|txt|line|words|caption|copy)\b"
    r"(?P<its>\s+(?:up\s+)?to\s+the\s+(?:top|bottom|middle|centre|center)\s+of\s+its\s+(?:scene|card|screen|slide))?",
    re.I,
)


def text_named_by_content(masked: str, project: AdProject) -> str:
    """``masked`` with a text named by what it shows said as "the scene N text" (its one scene)."""
    from adgen.agent.understanding.text_parts import content_scene

    def repl(m: re.Match[str]) -> str:
        if re.search(r"\ue000|\ue100", m.group("what")):
            return m.group(0)
        what = re.sub(
            r"^(?:discount|promo|coupon|sale|offer|voucher)\s+(?=codes?$)", "", m.group("what"), flags=re.I
        )
        ids = content_scene(f"the {what} line", project)
        if len(ids) != 1:
            return m.group(0)
        said = f"the scene {[s.id for s in project.scenes].index(ids[0]) + 1} text"
        if m.group("its"):  # "to the top of its scene": the text's place in its own scene
            said += re.sub(r"\s+of\s+its\s+\w+$", "", m.group("its"))
        return said

    return _NAMED_TEXT_RE.sub(repl, masked)


# "what's on the discount card right now?" (answered with that scene's words) … "change it to 15%
# off with code SUMMIT15": "it" is the words just shown (round thirty, e; read as typed, the
# scene talked about had no field for unquoted words, and nothing was understood).
_ASKED_ON_RE = re.compile(
    r"^\W*what(?:'?s|\s+is|\s+does)\s+(?:(?:on|in)\s+)?(?:the\s+|our\s+|that\s+)?[\w$%€£ -]{1,40}?"
    r"(?:\s+(?:say|show|read|have))?(?:\s+(?:right\s+)?now|\s+at\s+the\s+moment|\s+currently)?\W*$",
    re.I,
)
_IT_TO_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|cool|great|right|thanks|hmm+)\b[\s,.!]*)*(?:(?:please|pls)\s+)?"
    r"(?:change|switch|update|set)\s+(?:it|that|this)\s+to\s+(?P<words>[^\n'\"“‘\ue000]{3,80}?)\s*(?:please|pls)?\W*$",
    re.I,
)
_NOT_WORDS_RE = re.compile(
    # ("change it to match the cta", "to the same as the hook": another text as the measure, read elsewhere)
    r"^(?:an?|the|some|more|less|much|way|match|same|like|whatever|something|anything|what|that|this|it|its|be|mirror|"
    r"copy|bigger|smaller|larger|louder|quieter|top|bottom|middle|center|centre|left|"
    r"right|half|double|default|normal|bold|italic)\b|^\d+(?:\.\d+)?\s*(?:s|secs?|seconds|px|pt|%)?$",
    re.I,
)


def asked_scene_text(raw: str, project: AdProject, last_question: str | None, scene_ids: list[str]) -> str:
    """``raw`` with "change it to <words>" said as that scene's new text in quotes, right after a
    question about what one scene shows; else as typed."""
    if not last_question or len(scene_ids) != 1 or not _ASKED_ON_RE.match(last_question):
        return raw
    m = _IT_TO_RE.match(raw)
    if m is None or _NOT_WORDS_RE.match(m.group("words")):
        return raw
    from adgen.agent.understanding.values import find_colors

    words = m.group("words").strip()
    if find_colors(words) or not any(s.id == scene_ids[0] for s in project.scenes):
        return raw
    number = [s.id for s in project.scenes].index(scene_ids[0]) + 1
    return f"change the scene {number} text to '{words}'"


# "hook text bigger, captions off, and music down": the captions turned off as one of several
# requests, after another (round thirty, e; read as typed, the captions' clause took the scene named
# before it and was dropped without a word). Cut out, the rest is read on its own.
_CAPTIONS_OFF_RE = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+|also\s+|plus\s+)?|\s+(?:and|also|plus|&)\s+)(?:(?:please|pls|also)\s+)?"
    r"(?:(?:turn|switch|take|shut)\s+(?:the\s+)?(?P<w1>captions|subtitles|subs)\s+off"
    r"|(?:the\s+)?(?P<w2>captions|subtitles|subs)\s+off|(?:kill|drop|remove|lose|hide)\s+(?:the\s+)?(?P<w3>captions|subtitles|subs))"
    r"(?:\s+(?:please|pls|too|as\s+well))?(?=\s*(?:[,;.!]|\band\b|$))",
    re.I,
)


def without_captions_off(raw: str) -> str | None:
    """``raw`` without its captions-off clause, when that clause follows another request (a
    message without quotes); None when there is none."""
    if re.search(r"[\"“”‘’«»]|(?<!\w)'|'(?!\w)", raw):
        return None  # (quoted words: the clause may be part of them)
    found = list(_CAPTIONS_OFF_RE.finditer(raw))
    if len(found) != 1 or not re.search(r"[a-z]{3}", raw[: found[0].start()], re.I):
        return None
    return (raw[: found[0].start()] + raw[found[0].end() :]).strip()
