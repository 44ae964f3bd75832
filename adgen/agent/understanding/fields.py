"""Field edits in one clause: brand, music, product placement, on-screen text, look, durations.

Part of the offline parser (:mod:`adgen.agent.understanding.message`, whose docstring states the mapping).
Every kind of value in a clause is found and assigned to what it can change, so one clause
("make the hook text bigger and yellow") gives all its changes; :meth:`FieldRules._emit`
turns them into operations in a fixed order (scene, text, product, style, brand, music,
duration).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.clause import (
    AUDIO_RE,
    BACKGROUND_RE,
    BRAND_RE,
    GENRE_RE,
    OVERLAY_RE,
    PRODUCT_RE,
    Q_TOKEN,
    Changes,
    ClauseReaderBase,
    ClauseResult,
    Target,
    blank,
    dedupe,
    ref_spans,
)
from adgen.agent.understanding.scenes import SceneRef, has_pronoun, join_words
from adgen.agent.understanding.values import find_colors, find_durations, round_half_up, text_value
from adgen.agent.understanding.vocabulary import find_looks, find_music_mood
from adgen.project import AD_MIN_SEC
from adgen.tools import operations as ops

FONT_MIN, FONT_MAX = 12, 200
SCALE_MIN, SCALE_MAX = 0.1, 1.0
VOLUME_STEP = 0.2
SIZE_UP, SIZE_DOWN = 1.25, 0.8
_I = re.I

_TO_TEXT_RE = re.compile(
    r"\b(?:change|set|update|switch|edit|make|turn|rename|rewrite|reword|replace)\b.*?\b(?:to|into|with)\s*:?\s+(?P<t>\S.*?)\s*$",
    _I,
)
# --- brand ---------------------------------------------------------------------------------
_TAGLINE_RE = re.compile(
    r"\b(?:tagline|slogan|strapline|motto)\b\s*(?:is|:|=|to|should\s+be|should\s+say|should\s+read|says|reads|of|becomes)?\s*:?\s*(?P<t>\S.*?)\s*$",
    _I,
)
_FONT_RE = re.compile(
    r"\b(?:font(?:\s+family)?|typeface|typography)\b(?!\s*(?:size|colou?r))\s*(?:to|:|=|is|should\s+be|in|of|as)?\s*"
    r"(?P<f>[^\s,.;!?][^,;!?]{0,50}?)\s*[.!]?\s*$",
    _I,
)
_FONT_USE_RE = re.compile(
    r"\b(?:use|try|switch\s+to|go\s+with|set\s+it\s+in|in)\s+(?P<f>(?!the\b)[^,;!?]{2,50}?)\s+(?:as\s+(?:the|our|a)\s+)?(?:font|typeface)\b",
    _I,
)
_FONT_BAD = re.compile(
    r"^(?:on|in|for|of|at|to|from|with|bigger|larger|smaller|big|small|bold|bolder|italic|thin|thinner|thicker|size|colou?r|the\s+same|"
    r"same|default|back|bigger\s+.*|smaller\s+.*|a\s+bit.*|more.*|less.*|\d+.*)$",
    _I,
)
_BRAND_NAME_RE = re.compile(
    r"\b(?:brand(?:'s)?(?:\s+name)?|company(?:\s+name)?|business\s+name)\s*(?:is\s+(?:now\s+)?(?:called|named)|is\s+now|"
    r"should\s+be(?:\s+called)?|to|:|=|is|called|named)\s+(?P<n>\S.*?)\s*[.!]?\s*$"
    r"|\b(?:we(?:'re|’re|\s+are)|i(?:'m|’m|\s+am))\s+(?:now\s+)?(?:called|named)\s+(?P<n2>\S.*?)\s*[.!]?\s*$"
    r"|\b(?:call|name|rename)\s+(?:the|our|my)\s+(?:brand|company)\s+(?:to\s+)?(?P<n3>\S.*?)\s*[.!]?\s*$",
    _I,
)
_BRAND_COLORS_RE = re.compile(r"\b(?:brand|our|company|corporate)\s+colou?rs?\b|\bbrand\b", _I)

# --- audio ---------------------------------------------------------------------------------
_MUTE_RE = re.compile(
    r"\b(?:mute|silence|no\s+music|remove\s+(?:the\s+)?(?:music|audio|sound)|without\s+(?:any\s+)?music|"
    r"turn\s+off\s+the\s+(?:music|sound)|turn\s+the\s+(?:music|sound)\s+off|kill\s+the\s+(?:music|sound)|"
    r"drop\s+the\s+music|get\s+rid\s+of\s+the\s+music|switch\s+off\s+the\s+music|silent)\b",
    _I,
)
_UNMUTE_RE = re.compile(
    r"\b(?:unmute|bring\s+back\s+the\s+music|bring\s+the\s+music\s+back|turn\s+the\s+music\s+(?:back\s+)?on)\b",
    _I,
)
_VOL_UP_RE = re.compile(
    r"\b(?:louder|crank(?:\s+up)?\s+(?:the\s+)?(?:music|volume|sound|audio|it)|crank\s+it(?:\s+up)?|turn\s+(?:\w+\s+){0,2}?up|turn\s+up|(?:raise|increase|boost|bump\s+up|crank\s+up|pump\s+up|up)\s+"
    r"(?:the\s+)?(?:music\s+)?(?:volume|music|sound|audio)|more\s+volume|too\s+quiet|(?:can'?t|cannot)\s+hear|"
    r"volume\s+up|higher\s+volume|more\s+audible)\b",
    _I,
)
_VOL_DOWN_RE = re.compile(
    r"\b(?:quieter|turn\s+(?:\w+\s+){0,2}?down|turn\s+down|(?:lower|decrease|reduce|drop|cut|dial\s+down)\s+"
    r"(?:the\s+)?(?:music\s+)?(?:volume|music|sound|audio)|less\s+(?:loud|volume)|too\s+loud|volume\s+down|"
    r"lower\s+volume|tone\s+(?:\w+\s+){0,2}?down|not\s+so\s+loud|more\s+quiet|less\s+noisy)\b",
    _I,
)
_VOL_ABS_RE = re.compile(
    r"\bvolume\s*(?:to|at|:|=|of)?\s*(?P<p>\d{1,3})\s*%|\bto\s+(?P<p3>\d{1,3})\s*%|\b(?P<p2>\d{1,3})\s*%\s*(?:volume|loud)"
    r"|\bvolume\s*(?:to|at|:|=|of)?\s*(?P<f>0?\.\d+|1(?:\.0+)?|0)\b|\b(?P<half>half)\s+volume|\b(?P<full>full|max(?:imum)?)\s+volume",
    _I,
)

# --- product / overlay placement ------------------------------------------------------------
_DOUBLE_RE = re.compile(r"\b(?:twice\s+as\s+(?:big|large)|double\s+(?:the\s+)?(?:size|it)|double)\b", _I)
_HALF_RE = re.compile(r"\b(?:half\s+(?:the\s+|its\s+)?size|half\s+as\s+(?:big|large)|halve)\b", _I)
_BIGGER_RE = re.compile(
    r"\b(?:bigger|larger|big|large|huge|huger|enlarge|(?:scale|size|bump|blow)\s+(?:it\s+|them\s+|\w+\s+)?up|"
    r"(?:increase|raise|bump)\s+(?:the\s+)?(?:\w+\s+)?size|(?:more|most)\s+prominent|zoom\s+in(?:\s+on)?|too\s+small|grow)\b",
    _I,
)
_SMALLER_RE = re.compile(
    r"\b(?:smaller|small|tinier|tiny|shrink|(?:scale|size)\s+(?:it\s+|them\s+|\w+\s+)?down|"
    r"(?:reduce|decrease|lower)\s+(?:the\s+)?(?:\w+\s+)?size|less\s+prominent|zoom\s+out|too\s+(?:big|large))\b",
    _I,
)
_FONT_ABS_RE = re.compile(
    r"\b(?:font[\s-]?size|text[\s-]?size|size)\s*(?:to|of|:|=|at)?\s*(?P<n>\d{2,3})\b"
    r"|\b(?:size|font)\b[^.,;]*?\bto\s+(?P<n3>\d{2,3})\b|\b(?P<n2>\d{2,3})\s*(?:px|pt|points?|pixels?)\b",
    _I,
)
_SCALE_ABS_RE = re.compile(
    r"\b(?P<p>\d{1,3})\s*%|\bscale\s*(?:to|of|:|=|at)?\s*(?P<f>0?\.\d+|1(?:\.0+)?)\b", _I
)
_POS_RE = re.compile(
    r"\b(?:to|at|on|in|towards?|into)\s+(?:the\s+)?(?:very\s+)?(?P<a>top|bottom|center|centre|middle|left|right)"
    r"(?:\s+(?:of\s+the\s+(?:screen|frame|video)|side|part|edge|third))?\b"
    r"|\b(?P<b>left|right)[\s-](?:side|aligned|align)\b|\b(?P<c>centre|center|centered|centred)\b"
    r"|\b(?P<d>top|bottom)\b",
    _I,
)
_PRODUCT_SIDE_RE = re.compile(r"\b(?:move|shift|push|put|place|nudge|slide)\b[^.;]*?\b(left|right)\b", _I)
_MOVE_DIR_RE = re.compile(r"\b(?:move|shift|push|put|bring|nudge)\b.*?\b(?P<dir>up|down|higher|lower)\b", _I)
_HIDE_RE = re.compile(
    r"\b(?:hide|remove|take\s+(?:\w+\s+){0,2}?(?:out|away|off)|out\s+of|get\s+rid\s+of|drop|don'?t\s+show|do\s+not\s+show|no\s+product|"
    r"without\s+(?:the\s+)?product|lose|invisible|cut|not\s+(?:be\s+)?(?:visible|shown)|turn\s+off|disable)\b",
    _I,
)
_SHOW_RE = re.compile(
    r"\b(?:show|display|include|add|bring\s+back|put|visible|feature|unhide|reveal|appear|restore|use)\b", _I
)

# --- look and style ---------------------------------------------------------------------------
_LIGHTING_RE = re.compile(
    r"\b(?P<l>golden[\s-]hour|neon|natural|studio|soft|harsh|candle[\s-]?lit|candlelight|sunset|sunrise|"
    r"moody|dim|backlit|low[\s-]key|high[\s-]key|daylight|night(?:time)?|morning|evening|sunny|warm|cool|cold|"
    r"bright|dark|dramatic|cinematic)\s+(?:lighting|light|lights)\b"
    r"|\blighting\s*(?:to|:|=|should\s+be|is)\s*(?P<l2>[^,.;!?]{2,40}?)\s*[.!]?\s*$",
    _I,
)
_STYLE_RE = re.compile(
    r"\b(?:visual\s+style|style|look|aesthetic)\s*(?:to|:|=|should\s+be|is)\s*(?:an?\s+|more\s+)?(?P<v>[^,.;!?]{2,40}?)\s*(?:style|look)?\s*[.!]?\s*$"
    r"|\b(?:an?\s+|more\s+)?(?P<v2>(?!(?:a|an|the|this|that|new|different|visual|video|same|overall|whole|its|our|"
    r"brand|current|old|other|better|nicer|more|less|of)\b)[\w-]+(?:\s+(?!style|look)[\w-]+)?)\s+(?:style|look|aesthetic)\b",
    _I,
)
_LOOK_LIKE_RE = re.compile(
    r"\b(?:look|feel)s?\s+like\s+(?:an?\s+|the\s+)?(?P<v3>[^,.;!?]{2,40}?)\s*[.!]?\s*$", _I
)
_TEXT_AFTER_COLOR_RE = re.compile(
    r"^\s+(?:text|font|letters|lettering|words|headlines?|captions?|copy|type)\b", _I
)
_TEXT_BEFORE_COLOR_RE = re.compile(
    r"\b(?:text|font|letters|words|headlines?|captions?|copy)\s+(?:in\s+|colou?r\s+(?:to\s+|of\s+)?|to\s+)?$",
    _I,
)
_STYLE_STOPWORDS = {
    "make",
    "it",
    "to",
    "give",
    "a",
    "an",
    "the",
    "this",
    "that",
    "new",
    "different",
    "visual",
    "video",
    "same",
    "overall",
    "whole",
    "its",
    "our",
    "brand",
    "current",
    "old",
    "other",
    "better",
    "nicer",
    "more",
    "less",
    "of",
    "and",
    "with",
    "for",
    "go",
    "use",
    "try",
    "want",
    "like",
    "should",
    "be",
    "is",
    "me",
    "i",
    "we",
    "you",
    "can",
    "could",
    "please",
    "have",
    "has",
    "get",
    "into",
    "in",
    "on",
    "at",
    "ad",
    "scene",
    "everything",
    "them",
    "all",
    "feel",
    "look",
    "style",
    "so",
    "too",
    "very",
    "just",
    "really",
}
_MOOD_RE = re.compile(
    r"\bmood\s*(?:to|:|=|should\s+be|is)\s*(?:more\s+)?(?P<m>[^,.;!?]{2,40}?)\s*[.!]?\s*$", _I
)
_PALETTE_RE = re.compile(r"\b(?:palette|colou?r\s+scheme|colou?rs|colou?r\s+palette|tones|hues)\b", _I)
_BG_SHOW_RE = re.compile(
    r"\b(?:should\s+(?:show|feature|depict|have|be\s+set\s+(?:in|at|on))|shows?|showing|features?|depicts?|"
    r"set\s+(?:it\s+|them\s+)?(?:in|at|on)|take\s+place\s+(?:in|at|on))\s+(?P<x>\S.*?)\s*[.!]?\s*$",
    _I,
)
_BG_TO_RE = re.compile(
    r"\b(?:backgrounds?|backdrops?|setting|scenery|visuals?|footage|location)\s+(?:(?:of|for|in)\s+)?"
    r"(?:to|should\s+(?:be|show)|:|=|is|into|with|showing|of)\s+(?P<x>\S.*?)\s*[.!]?\s*$",
    _I,
)
_SHORTER_RE = re.compile(
    r"\b(?:shorter|shorten|tighter|tighten|faster|quicker|snappier|speed\s+(?:it\s+|\w+\s+)?up|slow|drags?|dragging)\b",
    _I,
)
_MONOCHROME_RE = re.compile(r"\bblack\s+(?:and|&)\s+white\b(?!\s+(?:text|font|letters|words))", _I)
_LONGER_RE = re.compile(r"\b(?:longer|lengthen|extend|slower|more\s+time)\b", _I)


_TRAILING_PREP_RE = re.compile(
    r"\s+(?:in|on|at|for|of|to|from|during|inside)(?:\s+(?:the|this|that))?\s*$", _I
)
_SCENE_DESCRIPTION_RE = re.compile(r"^(?:an?|some)\s+\w", _I)
_MOVE_VERB_RE = re.compile(r"\b(?:move|put|place|shift|push|position|align|bring|at|to)\b", _I)


class FieldRules(ClauseReaderBase):
    """The rules that change fields of the document: one clause may change several."""

    # --- 3. fields ----------------------------------------------------------------------------
    def _fields(self, body: str, refs: list[SceneRef], text: str | None) -> ClauseResult:
        spans = ref_spans(body, refs)
        rest = blank(body, spans)
        target = self._targets(refs, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        ch = Changes()
        problems: list[str] = []
        questions: list[str] = []
        topic: str | None = None
        consumed: list[tuple[int, int]] = []

        has_brand = bool(BRAND_RE.search(rest))
        has_audio = bool(AUDIO_RE.search(rest) or GENRE_RE.search(rest))
        has_product = bool(PRODUCT_RE.search(rest))
        has_overlay = bool(OVERLAY_RE.search(rest))
        has_background = bool(BACKGROUND_RE.search(rest))
        pronoun = has_pronoun(rest)
        if pronoun and not (has_audio or has_product or has_overlay or has_brand or has_background):
            inherited = self.ctx.topic
            has_audio = inherited == "audio"
            has_product = inherited == "product"
            has_overlay = inherited == "overlay" and not target.explicit

        # Brand: tagline, font, name, colours.
        if has_brand or re.search(r"\b(?:font|typeface)\b", rest, _I):
            self._brand(rest, text, ch, consumed)
            if ch.brand:
                topic = "brand"
                if "font" in ch.brand:
                    has_overlay = bool(re.search(r"\b(?:text|words|captions?|headlines?)\b", rest, _I))

        # Music.
        if has_audio or _VOL_UP_RE.search(rest) or _VOL_DOWN_RE.search(rest) or _MUTE_RE.search(rest):
            self._audio(rest, ch)
            if ch.audio or "music_mood" in ch.style:
                topic = "audio"
                has_audio = True

        # Lighting phrases before colours ("golden hour" is not a colour).
        lighting = None
        lm = _LIGHTING_RE.search(rest)
        if lm and not has_audio:
            lighting = (lm.group("l") or lm.group("l2") or "").strip().lower()
            if lm.group("l2") and find_looks(lighting):
                lighting = None  # "the lighting should be softer": a look word, read below
            else:
                consumed.append(lm.span())

        # Colours.
        mono = _MONOCHROME_RE.search(rest)  # "in black and white" is a look, not two colours
        colors = [
            c
            for c in find_colors(rest)
            if not any(s <= c.start < e for s, e in consumed)
            and not (mono and mono.start() <= c.start < mono.end())
        ]
        if colors and not has_audio:
            placed = self._colors(
                rest, colors, target, ch, has_brand, has_overlay, has_background, has_product
            )
            if placed:
                consumed.extend((c.start, c.end) for c in colors)
                topic = topic or placed

        # Durations.
        durations = [d for d in find_durations(rest) if not any(s <= d.start < e for s, e in consumed)]
        if durations:
            self._duration(rest, durations[0], target, ch, problems)
            consumed.extend((d.start, d.end) for d in durations)
            topic = topic or "scene"
        elif (_SHORTER_RE.search(rest) or _LONGER_RE.search(rest)) and not (
            has_audio or has_overlay or has_product
        ):
            questions.append(self._length_question(target))

        look_text = blank(rest, consumed)
        layout_text = blank(look_text, [(s, e) for s, e, _ in find_looks(look_text)])
        # Product placement.
        if has_product:
            self._product(layout_text, target, ch, problems)
            if ch.product:
                topic = "product"
        # Text: words, size, position.
        overlay_targets = self._overlay_targets(target)
        if text is not None:
            if not text.strip():
                problems.append("The on-screen text can't be empty; give me the words to show.")
            elif "tagline" in ch.brand:
                pass
            elif overlay_targets is None:
                questions.append(self._which_text_question(text))
            else:
                for sid in overlay_targets:
                    ch.overlay_of(sid)["text"] = text
                topic = topic or "overlay"
        if not has_product and not has_audio:
            self._overlay_layout(layout_text, target, ch, problems, questions, has_overlay)
            if ch.overlay:
                topic = topic or "overlay"

        # Look: relative words, lighting, visual style, mood, background.
        if not (has_audio or has_product or (has_overlay and not has_background)):
            self._look(look_text, lighting, target, ch, questions)
            if ch.scene or ch.style:
                topic = topic or "scene"

        # Fallback: "change the hook to Wake up", "put 'New!' on the CTA" set the words.
        if (
            ch.empty()
            and text is None
            and not questions
            and not problems
            and (has_overlay or target.explicit)
        ):
            tm = _TO_TEXT_RE.search(body)
            quoted = re.search(Q_TOKEN, rest)
            words = None
            if quoted:
                words = self._quote(quoted.group(0))
            elif tm and not self._looks_like_value(tm.group("t")):
                words = text_value(tm.group("t"), self.quotes)
            if (
                words is not None
                and not quoted
                and not has_overlay
                and target.ids is not None
                and _SCENE_DESCRIPTION_RE.match(words)
            ):
                for sid in target.ids:
                    ch.scene_of(sid)["background_prompt"] = words
                topic = "scene"
            elif words is not None and words.strip():
                if overlay_targets is None:
                    questions.append(self._which_text_question(words))
                else:
                    for sid in overlay_targets:
                        ch.overlay_of(sid)["text"] = words
                    topic = "overlay"

        if problems:
            return ClauseResult(error=problems[0], understood=True)
        if questions:
            return ClauseResult(question=questions[0], understood=True)
        result = self._emit(ch)
        new_targets = target.ids if target.explicit else (target.ids if result else None)
        return ClauseResult(ops=result, understood=bool(result), targets=new_targets, topic=topic)

    def _overlay_targets(self, target: Target) -> list[str] | None:
        if target.ids is not None:
            return target.ids
        if len(self.project.scenes) == 1 or target.each:
            return [s.id for s in self.project.scenes]
        return None

    def _which_text_question(self, words: str) -> str:
        scenes = join_words([self._label(s.id) for s in self.project.scenes], "or")
        return f"Which scene should say “{words}”: {scenes}?"

    def _length_question(self, target: Target) -> str:
        if target.ids and len(target.ids) == 1:
            scene = self.project.scene(target.ids[0])
            return f"How long should {self._label(scene.id)} be? It is {scene.duration_sec:g} s now."
        return f"How long should the ad be? It is {self.project.duration_sec:g} s now."

    @staticmethod
    def _looks_like_value(words: str) -> bool:
        w = words.strip().lower().rstrip(".!")
        if find_durations(w) or find_looks(w):
            return True
        colors = find_colors(w)
        if colors and re.fullmatch(r"(?:the\s+|a\s+)?(?:colou?r\s+)?", w[: colors[0].start]):
            return True
        return bool(
            re.fullmatch(
                r"(?:the\s+)?(?:top|bottom|center|centre|middle|left|right|bigger|smaller|larger|\d+\s*(?:px|pt|%)?)(?:\s+.*)?",
                w,
            )
        )

    # --- field parts ------------------------------------------------------------------------
    def _brand(self, rest: str, text: str | None, ch: Changes, consumed: list[tuple[int, int]]) -> None:
        tm = _TAGLINE_RE.search(rest)
        if tm:
            value = text if text is not None else text_value(tm.group("t"), self.quotes)
            if value:
                ch.brand["tagline"] = value
                consumed.append(tm.span())
                return
        fm = _FONT_USE_RE.search(rest) or _FONT_RE.search(rest)
        if fm and not (
            _BIGGER_RE.search(rest)
            or _SMALLER_RE.search(rest)
            or _FONT_ABS_RE.search(rest)
            or _DOUBLE_RE.search(rest)
            or _HALF_RE.search(rest)
        ):
            raw = fm.group("f").strip()
            value = text_value(raw, self.quotes) if raw else None
            if value:
                value = re.sub(r"^(?:the|a|an)\s+(?:font\s+)?", "", value, flags=_I).strip()
            if value and not _FONT_BAD.match(value) and not find_colors(value):
                ch.brand["font"] = value
                consumed.append(fm.span())
        nm = _BRAND_NAME_RE.search(rest)
        if nm and not re.match(
            r"\s*colou?rs?\b|\s*fonts?\b|\s*palette\b", rest[nm.start() :][len(nm.group(0).split()[0]) :], _I
        ):
            raw = nm.group("n") or nm.group("n2") or nm.group("n3") or ""
            value = text_value(raw, self.quotes)
            if (
                value
                and not re.match(r"^(?:colou?rs?|fonts?|palette|tagline|slogan)\b", value, _I)
                and not find_colors(value)
            ):
                ch.brand["name"] = value
                consumed.append(nm.span())

    def _audio(self, rest: str, ch: Changes) -> None:
        volume = self.project.audio.volume
        if _UNMUTE_RE.search(rest):
            ch.audio["volume"] = 0.8
        elif _MUTE_RE.search(rest):
            ch.audio["volume"] = 0.0
        elif vm := _VOL_ABS_RE.search(rest):
            if vm.group("p") or vm.group("p2") or vm.group("p3"):
                value = int(vm.group("p") or vm.group("p2") or vm.group("p3")) / 100
            elif vm.group("f"):
                value = float(vm.group("f"))
            elif vm.group("half"):
                value = 0.5
            else:
                value = 1.0
            ch.audio["volume"] = max(0.0, min(1.0, round(value, 2)))
        elif _VOL_UP_RE.search(rest):
            ch.audio["volume"] = round(min(1.0, volume + VOLUME_STEP), 2)
        elif _VOL_DOWN_RE.search(rest) or re.search(r"\bsofter\b", rest, _I):
            ch.audio["volume"] = round(max(0.0, volume - VOLUME_STEP), 2)
        mood_text = re.sub(r"\bsofter\b", " ", _VOL_DOWN_RE.sub(" ", _VOL_UP_RE.sub(" ", rest)), flags=_I)
        mood = find_music_mood(mood_text)
        if mood is None and "volume" not in ch.audio:
            mm = re.search(
                r"\b(?:music|song|soundtrack|track)\s*(?:to|:|=|should\s+be|is)\s*(?:some\s+|more\s+)?(?P<m>[^,.;!?]{2,40}?)\s*[.!]?\s*$",
                rest,
                _I,
            )
            if mm and not re.match(r"^(?:louder|quieter|softer|\d)", mm.group("m"), _I):
                mood = text_value(mm.group("m"), self.quotes)
        if mood:
            ch.style["music_mood"] = mood

    def _colors(
        self,
        rest: str,
        colors: list,
        target: Target,
        ch: Changes,
        has_brand: bool,
        has_overlay: bool,
        has_background: bool,
        has_product: bool,
    ) -> str | None:
        hexes = dedupe([c.hex for c in colors])[:8]
        for_text = [
            c
            for c in colors
            if _TEXT_AFTER_COLOR_RE.match(rest[c.end :]) or _TEXT_BEFORE_COLOR_RE.search(rest[: c.start])
        ]
        others = [c for c in colors if c not in for_text]
        if for_text and others and not _BRAND_COLORS_RE.search(rest):
            # "make the hook blue with white text": the text's colour, and the scene's.
            ids = target.ids if target.ids is not None else [s.id for s in self.project.scenes]
            for sid in ids:
                ch.overlay_of(sid)["color"] = for_text[0].hex
            if target.ids is None:
                ch.style["palette"] = dedupe([c.hex for c in others])[:8]
            else:
                names = " and ".join(c.name.lower() if not c.name.startswith("#") else c.hex for c in others)
                for sid in target.ids:
                    ch.scene_of(sid).setdefault("append", []).append(f"{names} background")
            return "overlay"
        if _BRAND_COLORS_RE.search(rest):
            ch.brand["colors"] = hexes
            return "brand"
        if _PALETTE_RE.search(rest) and not has_overlay and not has_background:
            ch.style["palette"] = hexes
            return "style"
        if has_background and not has_overlay:
            if target.ids is None:
                ch.style["palette"] = hexes
                return "style"
            names = " and ".join(c.name.lower() if not c.name.startswith("#") else c.hex for c in colors)
            for sid in target.ids:
                ch.scene_of(sid).setdefault("append", []).append(f"{names} background")
            return "scene"
        if has_product:
            return None
        if has_overlay or target.ids is not None:
            targets = target.ids if target.ids is not None else [s.id for s in self.project.scenes]
            for sid in targets:
                ch.overlay_of(sid)["color"] = hexes[0]
            return "overlay"
        ch.style["palette"] = hexes
        return "style"

    def _duration(self, rest: str, d: Any, target: Target, ch: Changes, problems: list[str]) -> None:
        before, after = rest[: d.start], rest[d.end :]
        sign = 0
        if d.more:
            sign = -1 if re.search(r"\b(?:cut|trim|shave|take|remove|minus|less)\b", before, _I) else 1
        elif re.search(r"\bby\s*$", before, _I):
            sign = (
                -1
                if re.search(r"\b(?:shorten|shorter|reduce|cut|trim|decrease|speed\s+up)\b", rest, _I)
                else 1
            )
        elif re.match(r"^\s*(?:longer|more|extra)\b", after, _I):
            sign = 1
        elif re.match(r"^\s*(?:shorter|less|fewer)\b", after, _I):
            sign = -1
        elif re.search(
            r"\b(?:add|plus|another|extra|additional|give\s+(?:it|\w+)\s+(?:an?\s+)?(?:extra\s+)?)\s*(?:an?\s+|another\s+|extra\s+)?$",
            before,
            _I,
        ):
            sign = 1
        elif re.search(r"\b(?:cut|trim|shave|take|remove|drop|lose|minus)\s+(?:off\s+)?$", before, _I):
            sign = -1
        seconds = d.seconds
        if not target.explicit and target.ids is not None and not sign and seconds >= AD_MIN_SEC:
            # "make it 20s" after naming a scene still means the ad; "make it 3 seconds" (too
            # short for an ad) means that scene.
            target = Target(None)
        if target.ids is not None or target.each:
            ids = target.ids if target.ids is not None else [s.id for s in self.project.scenes]
            if target.ids is None and not target.each:
                ids = []
            for sid in ids:
                current = self.project.scene(sid).duration_sec
                ch.scene_of(sid)["duration_sec"] = round(current + sign * seconds, 2) if sign else seconds
            return
        current = self.project.duration_sec
        ch.duration = round(current + sign * seconds, 2) if sign else seconds

    def _product(self, rest: str, target: Target, ch: Changes, problems: list[str]) -> None:
        fields: dict[str, Any] = {}
        relative: float | None = None
        if _DOUBLE_RE.search(rest):
            relative = 2.0
        elif _HALF_RE.search(rest):
            relative = 0.5
        elif sm := _SCALE_ABS_RE.search(rest):
            value = int(sm.group("p")) / 100 if sm.group("p") else float(sm.group("f"))
            fields["scale"] = max(SCALE_MIN, min(SCALE_MAX, round(value, 2)))
        elif _BIGGER_RE.search(rest):
            relative = SIZE_UP
        elif _SMALLER_RE.search(rest):
            relative = SIZE_DOWN
        pm = _POS_RE.search(rest) or _PRODUCT_SIDE_RE.search(rest)
        position = None
        if pm:
            word = next(g for g in pm.groups() if g).lower()
            position = {
                "centre": "center",
                "centered": "center",
                "centred": "center",
                "middle": "center",
            }.get(word, word)
            if position == "top":
                problems.append("The product can go center, left, right or bottom.")
                return
            fields["position"] = position
        if relative is None and "scale" not in fields and position is None:
            if _HIDE_RE.search(rest):
                fields["visible"] = False
            elif _SHOW_RE.search(rest):
                fields["visible"] = True
        if relative is not None:
            ids = target.ids
            if ids is None:
                shown = [s.id for s in self.project.scenes if s.product.visible]
                ids = shown or [s.id for s in self.project.scenes]
            for sid in ids:
                scale = self.project.scene(sid).product.scale * relative
                value = max(SCALE_MIN, min(SCALE_MAX, round_half_up(scale, 2)))
                ch.product[sid] = {**fields, "scale": value}
            return
        if fields:
            if target.ids is None:
                ch.product[None] = fields
            else:
                for sid in target.ids:
                    ch.product[sid] = dict(fields)

    def _overlay_layout(
        self,
        rest: str,
        target: Target,
        ch: Changes,
        problems: list[str],
        questions: list[str],
        has_overlay: bool,
    ) -> None:
        explicit_scene = target.ids is not None
        if not (has_overlay or explicit_scene):
            # No word for the text and no scene: only sizes/positions that can only mean text.
            pm = _POS_RE.search(rest)
            if pm and (pm.group("a") or pm.group("d") or pm.group("c")) and _MOVE_VERB_RE.search(rest):
                word = (pm.group("a") or pm.group("d") or pm.group("c")).lower()
                if word in ("left", "right"):
                    return
            elif (_BIGGER_RE.search(rest) or _SMALLER_RE.search(rest)) and not find_looks(rest):
                questions.append("Bigger or smaller what: the text or the product?")
                return
            else:
                return
        ids = target.ids if target.ids is not None else [s.id for s in self.project.scenes]
        size_factor = None
        absolute = _FONT_ABS_RE.search(rest)
        if _DOUBLE_RE.search(rest):
            size_factor = 2.0
        elif _HALF_RE.search(rest):
            size_factor = 0.5
        elif _BIGGER_RE.search(rest):
            size_factor = SIZE_UP
        elif _SMALLER_RE.search(rest):
            size_factor = SIZE_DOWN
        for sid in ids:
            if absolute:
                size = int(absolute.group("n") or absolute.group("n2") or absolute.group("n3"))
                ch.overlay_of(sid)["font_size"] = max(FONT_MIN, min(FONT_MAX, size))
            elif size_factor is not None:
                size = self.project.scene(sid).overlay.font_size * size_factor
                ch.overlay_of(sid)["font_size"] = int(max(FONT_MIN, min(FONT_MAX, round_half_up(size))))
        position = None
        pm = _POS_RE.search(rest)
        if pm:
            word = (pm.group("a") or pm.group("b") or pm.group("c") or pm.group("d")).lower()
            position = {
                "centre": "center",
                "centered": "center",
                "centred": "center",
                "middle": "center",
            }.get(word, word)
        else:
            dm = _MOVE_DIR_RE.search(rest)
            if dm and (has_overlay or explicit_scene):
                position = "top" if dm.group("dir").lower() in ("up", "higher") else "bottom"
        if position in ("left", "right"):
            problems.append("On-screen text can go at the top, center or bottom.")
            return
        if position:
            for sid in ids:
                ch.overlay_of(sid)["position"] = position

    def _look(
        self, rest: str, lighting: str | None, target: Target, ch: Changes, questions: list[str]
    ) -> None:
        looks = find_looks(rest)
        phrases = [w.scene_phrase for _, _, w in looks]
        style: dict[str, list[str]] = {}
        for _, _, w in looks:
            style.setdefault(w.field, []).append(w.value)
        if lighting:
            phrases.append(f"{lighting} lighting")
            style.setdefault("lighting", []).append(lighting)
        rest_wo_looks = blank(rest, [(s, e) for s, e, _ in looks])
        like = _LOOK_LIKE_RE.search(rest_wo_looks)
        for vm in ([like] if like else []) + list(_STYLE_RE.finditer(rest_wo_looks)):
            value = (
                (vm.groupdict().get("v") or vm.groupdict().get("v2") or vm.groupdict().get("v3") or "")
                .strip()
                .lower()
            )
            if value and not find_looks(value) and not set(value.split()) & _STYLE_STOPWORDS:
                phrases.append(f"{value} style")
                style.setdefault("visual_style", []).append(value)
                break
        mm = _MOOD_RE.search(rest_wo_looks)
        if mm and not looks:
            value = text_value(mm.group("m"), self.quotes)
            if value:
                phrases.append(f"{value.lower()} mood")
                style.setdefault("mood", []).append(value.lower())
        background = None
        if target.ids is not None:
            bm = _BG_TO_RE.search(rest) or _BG_SHOW_RE.search(rest)
            if bm:
                words = text_value(_TRAILING_PREP_RE.sub("", " ".join(bm.group("x").split())), self.quotes)
                if (
                    words
                    and not self._looks_like_value(words)
                    and not re.match(r"^(?:the\s+)?(?:product|text)\b", words, _I)
                ):
                    background = words
        elif target.each or not target.explicit:
            bm = _BG_TO_RE.search(rest) or (_BG_SHOW_RE.search(rest) if target.each else None)
            if bm:
                words = text_value(" ".join(bm.group("x").split()), self.quotes)
                if (
                    words
                    and not self._looks_like_value(words)
                    and not re.match(r"^(?:the\s+)?(?:product|text)\b", words, _I)
                ):
                    if target.each:
                        for scene in self.project.scenes:
                            ch.scene_of(scene.id)["background_prompt"] = words
                    else:
                        questions.append(
                            f"Which scene should show {words}: "
                            f"{join_words([self._label(s.id) for s in self.project.scenes], 'or')}?"
                        )
                    return
        if target.ids is not None:
            for sid in target.ids:
                if background:
                    ch.scene_of(sid)["background_prompt"] = background
                if phrases:
                    ch.scene_of(sid).setdefault("append", []).extend(phrases)
            return
        for field_name, values in style.items():
            ch.style[field_name] = ", ".join(dedupe(values))

    # --- emit --------------------------------------------------------------------------------
    def _emit(self, ch: Changes) -> list[Any]:
        result: list[Any] = []
        order = [s.id for s in self.project.scenes]
        for sid in sorted(ch.scene, key=order.index):
            fields = dict(ch.scene[sid])
            append = fields.pop("append", [])
            if append:
                base = fields.get("background_prompt") or self.project.scene(sid).background_prompt
                fields["background_prompt"] = ", ".join([base.rstrip(" ,")] + dedupe(append))
            if fields:
                result.append(ops.UpdateScene(scene_id=sid, **fields))
        for sid in sorted(ch.overlay, key=order.index):
            result.append(ops.UpdateOverlay(scene_id=sid, **ch.overlay[sid]))
        for sid in sorted(ch.product, key=lambda k: -1 if k is None else order.index(k)):
            result.append(ops.UpdateProduct(scene_id=sid, **ch.product[sid]))
        style = {k: v for k, v in ch.style.items()}
        if style:
            result.append(ops.UpdateStyle(**style))
        if ch.brand:
            result.append(ops.UpdateBrand(**ch.brand))
        if ch.audio:
            result.append(ops.UpdateAudio(**ch.audio))
        if ch.duration is not None:
            result.append(ops.SetDuration(duration_sec=ch.duration))
        return result
