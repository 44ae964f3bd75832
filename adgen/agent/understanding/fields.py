"""Field edits in one clause: every value it gives, assigned to what it can change.

Part of :mod:`adgen.agent.understanding`. One clause may change several things ("make the hook
text bigger and yellow"), so a :class:`Frame` collects the clause's changes while the steps of
``FIELD_STEPS`` read it in order, one kind of request each, in its own module: brand, music,
lighting, colours, lengths, product, on-screen words and layout, the look. Adding a kind of
edit is adding a step; :meth:`FieldRules._emit` turns the changes into operations in a fixed
order (scene, text, product, style, brand, music, duration).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from adgen.agent.understanding.audio import read_audio
from adgen.agent.understanding.brand import read_brand
from adgen.agent.understanding.clause import (
    AUDIO_RE,
    BACKGROUND_RE,
    BRAND_RE,
    GENRE_RE,
    OVERLAY_RE,
    Changes,
    ClauseReaderBase,
    ClauseResult,
    Frame,
    blank,
    dedupe,
    ref_spans,
)
from adgen.agent.understanding.contrast import read_contrast
from adgen.agent.understanding.fewer_colours import read_fewer_colours
from adgen.agent.understanding.look import (
    background_value,
    read_colours,
    read_lighting,
    read_look,
    scene_place,
)
from adgen.agent.understanding.product import read_product
from adgen.agent.understanding.scenes import SceneRef, has_pronoun
from adgen.agent.understanding.shades import read_text_shade
from adgen.agent.understanding.text_edits import (
    read_centre_everything,
    read_fallback_words,
    read_layout,
    read_letter_case,
    read_words,
)
from adgen.agent.understanding.timing import read_duration
from adgen.agent.understanding.values import find_colors, speaks_of_length
from adgen.agent.understanding.vocabulary import find_looks
from adgen.tools import operations as ops

_KINDS = {"brand": BRAND_RE, "overlay": OVERLAY_RE, "background": BACKGROUND_RE}


def _mask_read_values(r: ClauseReaderBase, f: Frame) -> None:
    """What the later steps read: the clause without values already placed (and look words)."""
    f.look_text = blank(f.rest, f.consumed)
    f.layout_text = blank(f.look_text, [(s, e) for s, e, _ in find_looks(f.look_text)])
    named = f.target.ids is not None and not (f.has["overlay"] or f.has["product"])
    place = scene_place(f.layout_text) if named else None
    if place is not None:  # "put the showcase on a mountain top": the place's words, not the text's
        f.layout_text = blank(f.layout_text, [place])


FIELD_STEPS: tuple[Callable[[ClauseReaderBase, Frame], None], ...] = (
    read_brand,
    read_fewer_colours,
    read_audio,
    read_contrast,
    read_text_shade,
    read_lighting,
    read_colours,
    read_duration,
    _mask_read_values,
    read_product,
    read_letter_case,
    read_centre_everything,
    read_words,
    read_layout,
    read_look,
    read_fallback_words,
)


# "the text is too big, it covers the bottle": the product is what the text covers, not what
# the clause asks to change.
_OBJECT_OF_COVERING_RE = re.compile(
    r"\b(?:covers?|covering|blocks?|blocking|hides?|hiding|overlaps?|overlapping|on\s+top\s+of|in\s+the\s+way\s+of|"
    r"(?:is|are|'s|sits?|sitting|sat)\s+(?:(?:right|directly|smack|bang|just)\s+)?over)\s+"
    r"(?:up\s+)?(?:the\s+|our\s+|my\s+)?[\w-]+",
    re.I,
)


# "… and smaller in the cta", ", too small in the hook": a comparison with nothing named but a scene
_ELIDED_RE = re.compile(
    r"^[\s,;]*(?:(?:and|but|while|whereas|then|yet)\s+)?(?:(?:make\s+it|it'?s|is|too|a\s+(?:bit|little|lot|touch|tad)|way|much|"
    r"slightly|a\s+bit|kind\s+of|kinda)\s+)*(?:bigger|smaller|larger|big|small|tiny|huge|large)\b"
    r"(?:\s+(?:in|on|for|at|during))?(?:\s+(?:the|this|that))?[\s.!]*$",
    re.I,
)


class FieldRules(ClauseReaderBase):
    """The rules that change fields of the document: one clause may change several."""

    def _fields(self, body: str, refs: list[SceneRef], text: str | None) -> ClauseResult:
        rest = blank(body, ref_spans(body, refs))
        target = self._targets(refs, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        frame = Frame(body=body, rest=rest, target=target, text=text, has=self._kinds(rest, target, refs))
        for step in FIELD_STEPS:
            step(self, frame)
        if frame.problems:
            # (the scene named stays the one talked about: "ok then just the words there bigger")
            named = target.ids if target.explicit else None
            return ClauseResult(error=frame.problems[0], understood=True, targets=named)
        if frame.questions:
            named = target.ids if target.explicit else None
            return ClauseResult(
                question=frame.questions[0], understood=True, pending=frame.pending, targets=named
            )
        result = self._emit(frame.ch)
        new_targets = target.ids if target.explicit else (target.ids if result else None)
        return ClauseResult(ops=result, understood=bool(result), targets=new_targets, topic=frame.topic)

    def _kinds(self, rest: str, target: Any, refs: list[SceneRef]) -> dict[str, bool]:
        """Which kinds of thing the clause names; with none, those of "it" (the last request)."""
        picture = background_value(rest)  # "hook background: a glass of cold brew": no product edit
        rest = blank(rest, [picture]) if picture else rest
        has = {kind: bool(pattern.search(rest)) for kind, pattern in _KINDS.items()}
        has["product"] = self.names_product(_OBJECT_OF_COVERING_RE.sub(" ", rest) if has["overlay"] else rest)
        has["audio"] = bool(AUDIO_RE.search(rest) or GENRE_RE.search(rest))
        if not any(has.values()) and refs and self._elided(rest):
            # "make the product bigger in the hook and smaller in the cta": the second clause's
            # subject is the first's, left out (never the text by default)
            has[self.ctx.topic or ""] = True
            return has
        if any(has.values()) or not (has_pronoun(rest) or (not refs and self.implicit(rest))):
            return has
        inherited = self.ctx.topic
        if inherited in ("audio", "product") and speaks_of_length(rest):
            return has  # "make the music calmer", "make it half as long": the ad's length, no music's
        has["audio"] = inherited == "audio"
        has["product"] = inherited == "product"
        # "make it warmer" after a text edit is about the look; "make it orange" about the text.
        colourless = blank(rest, [(c.start, c.end) for c in find_colors(rest)])
        has["overlay"] = inherited == "overlay" and not target.explicit and not find_looks(colourless)
        return has

    def _elided(self, rest: str) -> bool:
        """A clause of this message that is only a comparison and a scene, after a clause about the
        product, the text or the music: that thing again."""
        return (
            not self.ctx.carried
            # (never the music: it has no size in a scene, so "music louder, cta bigger" is the
            # cta's words, read on their own)
            and self.ctx.topic in ("product", "overlay")
            and bool(_ELIDED_RE.match(rest))
        )

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
