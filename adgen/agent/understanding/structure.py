"""Scene structure in one clause: replaced texts, reorder, add, remove, alternatives, regenerate.

Part of the offline parser (:mod:`adgen.agent.understanding.message`). Each rule returns a
:class:`ClauseResult` when the clause is that kind of request, or None to let the next rule try.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.clause import (
    AUDIO_RE,
    BACKGROUND_RE,
    BRAND_RE,
    OVERLAY_RE,
    Q_TOKEN,
    ROLE_ALT,
    ClauseReaderBase,
    ClauseResult,
    blank,
)
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK, placeholder
from adgen.agent.understanding.scenes import (
    ROLE_LABEL,
    SceneRef,
    has_pronoun,
    join_words,
    role_of_word,
    scene_names,
    scenes_with_text,
)
from adgen.agent.understanding.timing import bare_length, length_times
from adgen.agent.understanding.values import find_colors, find_durations, text_value
from adgen.agent.understanding.vocabulary import alternative_line
from adgen.tools import operations as ops

ALTERNATIVE_TAKE = "alternative take"
_I = re.I

# --- structure ----------------------------------------------------------------------------
_SWAP_RE = re.compile(r"\b(?:swap|switch|exchange|flip|trade|interchange)\b", _I)
# "… 'Only' at the start": where quoted words go in a text, never where a scene goes (round twenty-six)
_WORDS_PLACED_RE = re.compile(
    PLACEHOLDER_MARK + r"[\ue100-\ue1ff]\s+(?:at|to|on)\s+the\s+(?:very\s+)?(?:start|beginning|front|end)\b",
    _I,
)
_MOVE_RE = re.compile(
    r"\b(?:move|put|place|shift|bring|push|drag|reorder|make|have|start\s+with|open\s+with|begin\s+with|"
    r"lead\s+with|end\s+with|close\s+with|finish\s+with|should\s+(?:come|go|be)|goes|comes|come|prepone|postpone)\b",
    _I,
)
_DEST_FIRST_RE = re.compile(
    r"\b(?:to|at|as)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|front|opening|first\s+(?:position|place|slot|spot))\b"
    r"|\bup\s+front\b|\bin\s+front\s*$"
    r"|\b(?:start|open|begin|lead)\s+with\b|\b(?:come|go|be|goes|comes)\s+first\b|\bfirst\s*$|\bput\s+.+\s+first\b",
    _I,
)
_DEST_LAST_RE = re.compile(
    r"\b(?:to|at|as)\s+(?:the\s+)?(?:very\s+)?(?:end|back|finish|last\s+(?:position|place|slot|spot))\b"
    r"|\b(?:end|close|finish)\s+with\b|\b(?:come|go|be|goes|comes)\s+last\b|\blast\s*$",
    _I,
)
_DEST_POS_RE = re.compile(
    r"\b(?:to|at|in|into)\s+(?:the\s+)?(?:position|slot|place|spot)\s*(?:#|number\s+)?(?P<n>\d{1,2})\b"
    r"|\b(?:to|at|in|into)\s+(?:the\s+)?(?P<o>first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\s+(?:position|place|slot|spot)\b"
    r"|(?<!\ba\s)(?<!\bone\s)(?<!\d\s)(?<!\d)\b(?P<o2>second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s*[.!]?\s*$",
    _I,
)
_MAKE_ORDINAL_RE = re.compile(
    r"\b(?:make|have|turn)\s+(?P<rest>.+?)\s+(?:the\s+)?(?P<o>first|second|third|fourth|fifth|sixth|last|final|opening|closing)\s+(?:scene|one|slide)\b",
    _I,
)
_ANCHOR_RE = re.compile(
    r"\b(?P<rel>(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:before|after|ahead\s+of|in\s+front\s+of|following|behind))\s+(?:the\s+|our\s+)?$",
    _I,
)
# "move the showcase up one", "one earlier", "back a slot", "forward two": places, not the text's
# position (round twenty-six b: "up one" set the text to the top); up/forward/earlier is earlier
_STEP_N = r"(?:one|two|three|1|2|3)"
_STEP_NOUN = r"(?:slot|place|spot|position|scene)s?"
_STEPS_RE = re.compile(
    rf"\b(?P<d1>up|down|forwards?|ahead|back(?:wards?)?|earlier|later|sooner)\s+(?:by\s+)?"
    rf"(?:(?P<n1>{_STEP_N})(?:\s+{_STEP_NOUN})?|an?\s+{_STEP_NOUN})(?!\s*(?:s|secs?|seconds?|%|px|points?|pt)\b)"
    rf"|(?<!\bthat\s)(?<!\bthis\s)(?<!\bthe\s)(?<!\bwhich\s)\b(?:(?P<n2>{_STEP_N})|an?)\s+(?:{_STEP_NOUN}\s+)?(?P<d2>up|down|forwards?|ahead|back(?:wards?)?|earlier|later|sooner)\b"
    rf"|\b(?P<v3>prepone|postpone)\b"
    # ("up in the order", "later in the ad", "up the timeline": one place)
    r"|\b(?P<d4>up|down|forwards?|ahead|back(?:wards?)?)\s+(?:in|on|within)?\s*(?:the|our)\s+"
    r"(?:order|sequence|timeline|line-?up|running\s+order|ad|video|edit|cut|spot|reel)\b",
    _I,
)
# "move the testimonial earlier", "bring it forward": how far is not said (a question unless one
# place is all there is); "move the showcase up": the scene, or its text on screen? (a question)
_NO_COUNT_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|can|could|let'?s|i\s+want\s+to|we\s+should|the|our)\s+)*"
    r"(?P<verb>move|shift|bring|push|put|have|should\s+(?:come|go|be)|(?:come|go|be))\s+(?:the\s+)?"
    r"(?P<d>up|down|forwards?|earlier|later|sooner)(?:\s+in\s+the\s+(?:ad|video|order|sequence|timeline))?"
    r"(?:\s+(?:please|pls))?\W*$",
    _I,
)
_TEXT_NAMED_RE = re.compile(
    r"\b(?:text|txt|line|caption|headline|copy|words|title|tagline|slogan|question)s?\b", _I
)
_ON_SCREEN_RE = re.compile(
    r"\b(?:top|bottom|cent(?:er|re)|screen|frame|higher|lower|left|right|corner|edge)\b", _I
)
_STEP_WORDS = {"one": 1, "two": 2, "three": 3, "a": 1, "an": 1}
_EARLIER_RE = re.compile(r"^(?:up|forwards?|ahead|earlier|sooner|prepone)$", _I)
_REVERSE_RE = re.compile(
    r"\breverse\s+(?:the\s+)?(?:order|scenes|sequence)|\b(?:play|run)\s+(?:it\s+)?backwards\b", _I
)

_ADD_RE = re.compile(
    r"\b(?:add|insert|include|append|create|put\s+in|throw\s+in|slot\s+in|drop\s+in|we\s+need|i\s+need|"
    r"i\s+want|i'?d\s+like|let'?s\s+have|give\s+me|there\s+should\s+be)\s+(?:in\s+)?"
    r"(?P<art>an?|another|one\s+more|a\s+new|new|an\s+extra|extra|one|a\s+second|a\s+third)\s+"
    r"(?P<mid>(?:(?!(?:to|the|for|in|on|of|at|into|onto|with|after|before|different|alternative|alternate|"
    r"fresh|better|other)\b)[\w.,:-]+\s+){0,3}?)"
    rf"(?P<what>(?:{ROLE_ALT})s?(?:\s+(?:scenes?|slides?|shots?|clips?))?|scenes?|slides?|shots?|clips?|sections?|segments?)\b",
    _I,
)
_AT_START_RE = re.compile(r"\b(?:at|to)\s+the\s+(?:very\s+)?(?:start|beginning|front)\b|\bfirst\b", _I)
_AT_END_RE = re.compile(
    r"\b(?:at|to)\s+the\s+(?:very\s+)?end\b|\bas\s+the\s+last\s+(?:scene|one)\b|\blast\b", _I
)
_ADD_TEXT_RE = re.compile(
    r"\b(?:saying|that\s+says|which\s+says|reading|that\s+reads|with\s+the\s+(?:text|line|words|caption|headline)|"
    r"with\s+text|text)\s*:?\s*(?P<t>\S.*?)\s*$",
    _I,
)
_ADD_BG_RE = re.compile(
    r"\b(?:showing|that\s+shows|which\s+shows|featuring|with|of|where|about)\s+(?P<b>\S.*?)\s*$", _I
)
_BETWEEN_RE = re.compile(r"\bbetween\s+(?:the\s+)?$", _I)
_REMOVE_RE = re.compile(
    r"\b(?:remove|delete|drop|cut|get\s+rid\s+of|lose|kill|ditch|scrap|take\s+out|eliminate|skip|erase|trash|"
    r"nuke|axe|don'?t\s+(?:need|want))\b"
    # ("take the problem scene out", "problem scene out", "the testimonial can go")
    r"|\b(?:take|cut|leave|throw|chuck|pull|rip)\s+(?:\S+\s+){0,4}?out\b(?!\s+of\b)"
    r"|^\W*(?:(?:and|then|now|also|pls|please)\s+)*(?:the\s+)?\s*(?:out|can\s+go|has\s+to\s+go|must\s+go|gone|removed|deleted)\W*$"
    # ("a variant where the train bit is gone", "with the hook removed": the scene said gone)
    r"|\b(?:is|are|'s|be|been|being|with|without)\s+(?:(?:completely|totally|just|entirely)\s+)?"
    r"(?:gone|removed|deleted|dropped|cut\s+out|taken\s+out)\b"
    # (at the request's end: "the 900 studios bit is gone before you can read it" is about its speed)
    r"(?=\s*(?:$|[,.;!?]|(?:and|then|please|pls|as\s+well|entirely|completely|altogether)\b))",
    _I,
)
_DIFFERENT_RE = re.compile(
    rf"\b(?:a\s+|an\s+)?(?:different|new|another|alternative|alternate|fresh|better|other)\s+(?P<role>{ROLE_ALT})"
    r"(?P<textword>\s+(?:text|line|copy|headline|caption|wording|message|words))?\b",
    _I,
)
_SOMETHING_ELSE_RE = re.compile(
    r"\b(?:try|give\s+me|do|show\s+me|want|need)\s+(?:something|anything)\s+(?P<textword>)?(?:different|else|new|fresh)\b",
    _I,
)
_REGEN_RE = re.compile(
    r"\b(?:re-?generate|redo|re-do|re-?roll|re-?shoot|re-?create|re-?make|re-?imagine|refresh|try\s+again|"
    r"another\s+(?:take|try|go|shot|attempt|pass|variation\s+of|version\s+of)|(?:a\s+)?(?:new|fresh|different|second)\s+take|"
    r"one\s+more\s+(?:take|try|go)|(?:new|different|another|fresh|alternative|other)\s+"
    r"(?:background|backdrop|visuals?|footage|clip|video|image|imagery|shot))\b",
    _I,
)
_REGEN_EXTRA_RE = re.compile(
    r"\b(?:with|showing|featuring|where|that\s+has|having|so\s+(?:it|that)|and\s+make\s+it|but|to\s+show|of)\s+(?P<a>\S.*?)\s*$"
    r"|:\s*(?P<a2>\S.*?)\s*$",
    _I,
)
_REPLACE_QUOTE_RE = re.compile(
    rf"\b(?:change|replace|swap|switch|turn|update|edit|rewrite|make|alter|reword)\s+(?:the\s+(?:text|words|line|headline|caption)\s+)?"
    rf"(?P<old>{Q_TOKEN})\s+(?:to|with|into|for|by|->|→|=>|so\s+it\s+says)\s+(?P<new>{Q_TOKEN})",
    _I,
)


# "change Grab a Zest to Crack one open": a scene's words as they are now, typed without quotes
_REPLACE_WORDS_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:change|replace|swap|switch|update|edit|rewrite|reword)\s+"
    r"(?:the\s+(?:text|words|line|headline|caption)\s+)?(?=[^\ue000]+$)",
    _I,
)
_REPLACE_SEP_RE = re.compile(r"\s+(?:to|with|into|for|->|→|=>)\s*:?\s+", _I)

_ORDINAL_PLACES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def _ordinal_index(word: str, count: int) -> int:
    """0-based place an ordinal names ("first" 0, "last"/"closing" count-1, "2nd" 1)."""
    word = word.lower()
    if word in ("last", "final", "closing"):
        return count - 1
    if word == "opening":
        return 0
    return _ORDINAL_PLACES.get(word, int(re.sub(r"\D", "", word) or 1)) - 1


# Where "move X …" puts it: (pattern, 0-based index from the match and the scene count).
DESTINATIONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], int], int]], ...] = (
    (
        _DEST_POS_RE,
        lambda m, n: (
            int(m.group("n")) - 1 if m.group("n") else _ordinal_index(m.group("o") or m.group("o2"), n)
        ),
    ),
    (_DEST_FIRST_RE, lambda m, n: 0),
    (_DEST_LAST_RE, lambda m, n: n - 1),
)
# Where a new scene goes when no scene is named: the start or the end.
NEW_SCENE_PLACES: tuple[tuple[re.Pattern[str], str], ...] = ((_AT_START_RE, "start"), (_AT_END_RE, "end"))
_SAYING_END_RE = re.compile(
    r"\b(?:saying|that\s+says|which\s+says|reading|with\s+the\s+(?:text|line|words)|with\s+text|text)\s*:?\s*$",
    _I,
)


def _scene_or_text(label: str, sid: str, order: list[str], earlier: bool) -> ClauseResult:
    """ "move the showcase up": a question with both readings as options ("the scene", "the text")."""
    question = (
        f"Move {label} one place {'earlier' if earlier else 'later'} in the ad, or its text "
        f"{'higher' if earlier else 'lower'} on screen?"
    )
    pending = PendingQuestion(
        question,
        [
            PendingOption(
                f"{label} one place {'earlier' if earlier else 'later'}",
                [
                    "scene",
                    "the scene",
                    "move the scene",
                    "order",
                    "the order",
                    "in the ad",
                    "one place",
                    "earlier" if earlier else "later",
                ],
                [{"operation": "reorder_scenes", "order": order}],
            ),
            PendingOption(
                f"its text {'higher' if earlier else 'lower'}",
                [
                    "text",
                    "the text",
                    "its text",
                    "words",
                    "the words",
                    "on screen",
                    "higher" if earlier else "lower",
                ],
                [{"operation": "update_overlay", "sceneId": sid, "position": "top" if earlier else "bottom"}],
            ),
        ],
    )
    return ClauseResult(question=question, pending=pending, understood=True)


class StructureRules(ClauseReaderBase):
    """The rules that change which scenes the ad has and in what order."""

    # --- 1. replaced text ---------------------------------------------------------------------
    def _replace_quote(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        m = _REPLACE_QUOTE_RE.search(clause)
        if not m:
            return self._replace_words(clause)
        old, new = self._quote(m.group("old")), self._quote(m.group("new"))
        named = [r for r in refs if r.kind != "text"]
        target = self._targets(named, clause) if named else None
        ids = scenes_with_text(self.project, old)
        if target is not None and target.ids:
            ids = [i for i in ids if i in target.ids]
        if not ids and target is None:
            brand = self.project.brand
            if brand.tagline and brand.tagline.casefold().strip(" .!") == old.casefold().strip(" .!"):
                # "change 'Slow evenings' to 'Light the slow hours'": the brand's tagline, said as it is
                return ClauseResult(ops=[ops.UpdateBrand(tagline=new)], understood=True, topic="brand")
        if not ids:
            return ClauseResult(
                error=f"No scene says “{old}”. The scenes are {scene_names(self.project)}.", understood=True
            )
        if len(ids) > 1:
            where = join_words([f"scene {self._position(i)}" for i in ids], "and")
            return ClauseResult(question=f"Several scenes say “{old}”: {where}. Which one?", understood=True)
        return ClauseResult(
            ops=[ops.UpdateOverlay(scene_id=ids[0], text=new)], understood=True, targets=ids, topic="overlay"
        )

    def _replace_words(self, clause: str) -> ClauseResult | None:
        """The old words, unquoted, are all of one scene's words now (so no other reading fits)."""
        m = _REPLACE_WORDS_RE.match(clause)
        if m is None:
            return None
        texts = {s.id: " ".join(s.overlay.text.split()).casefold().rstrip(".!") for s in self.project.scenes}
        rest = clause[m.end() :]
        for sep in _REPLACE_SEP_RE.finditer(rest):
            old = " ".join(rest[: sep.start()].split()).casefold().rstrip(".!")
            ids = [sid for sid, text in texts.items() if text == old]
            new = text_value(rest[sep.end() :].rstrip(" .!"), self.quotes)
            if len(ids) == 1 and new:
                break
        else:
            return None
        return ClauseResult(
            ops=[ops.UpdateOverlay(scene_id=ids[0], text=new)], understood=True, targets=ids, topic="overlay"
        )

    # --- 2. structure: reorder ----------------------------------------------------------------
    def _reorder(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        """Swap two scenes, reverse the order, or move scenes to a place (``REORDER_RULES``)."""
        rest = blank(body, [(r.start, r.end) for r in refs])
        if self.names_product(rest) or OVERLAY_RE.search(rest) or AUDIO_RE.search(rest):
            return None
        if _WORDS_PLACED_RE.search(rest):
            return None  # ("the cta should have 'Only' at the start": quoted words placed, no scene moved)
        current = [s.id for s in self.project.scenes]
        if _REVERSE_RE.search(body):
            return self._order_result(list(reversed(current)), current)
        movers = self._movers(refs, rest)
        if movers is None:
            return None
        if _SWAP_RE.search(rest):
            return self._swap(movers, rest, current)
        if not _MOVE_RE.search(rest):
            return None
        for rule in (self._to_ordinal_scene, self._next_to, self._by_steps, self._to_place):
            result = rule(body, rest, movers, current)
            if result is not None:
                return result
        return None

    def _movers(self, refs: list[SceneRef], rest: str) -> list[SceneRef] | None:
        """The scenes a reorder names; "… and put it at the start": the scene named before."""
        scene_refs = [r for r in refs if r.kind != "all"]
        if scene_refs:
            return scene_refs
        if self.ctx.targets and has_pronoun(rest) and _MOVE_RE.search(rest):
            return [SceneRef(0, 0, "id", ids=list(self.ctx.targets))]
        return None

    def _swap(self, movers: list[SceneRef], rest: str, current: list[str]) -> ClauseResult | None:
        target = self._targets(movers, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        ids = target.ids or []
        if len(ids) != 2:
            return None
        a, b = current.index(ids[0]), current.index(ids[1])
        order = list(current)
        order[a], order[b] = order[b], order[a]
        return self._order_result(order, current)

    def _to_ordinal_scene(
        self, body: str, rest: str, movers: list[SceneRef], current: list[str]
    ) -> ClauseResult | None:
        """ "make the CTA the first scene": the ordinal names the destination, not a scene."""
        mo = _MAKE_ORDINAL_RE.search(body)
        if not mo:
            return None
        before = [r for r in movers if r.end <= mo.start("o")]
        if not before:
            return None
        return self._move(before, rest, current, index=_ordinal_index(mo.group("o"), len(current)))

    def _next_to(
        self, body: str, rest: str, movers: list[SceneRef], current: list[str]
    ) -> ClauseResult | None:
        """ "put the testimonial before the CTA", "move it right after the hook"."""
        for r in movers:
            anchor = _ANCHOR_RE.search(body[: r.start])
            if not anchor:
                continue
            moving = [m for m in movers if m.end <= anchor.start()]
            if not moving:
                if not (self.ctx.targets and has_pronoun(body[: anchor.start()])):
                    return None
                moving = [SceneRef(0, 0, "id", ids=list(self.ctx.targets))]
            target = self._targets([r], rest)
            if (refused := self._refused(target)) is not None:
                return refused
            after = not re.search(r"before|ahead|front", anchor.group("rel"), _I)
            return self._move(moving, rest, current, anchor=(target.ids or [""])[0], after=after)
        return None

    def _by_steps(
        self, body: str, rest: str, movers: list[SceneRef], current: list[str]
    ) -> ClauseResult | None:
        """ "move the showcase up one", "shift the cta one earlier", "prepone the testimonial": the
        scenes that many places earlier or later; at the edge already, a question (the text?)."""
        if any(_TEXT_NAMED_RE.search(r.text or "") for r in movers) or _ON_SCREEN_RE.search(rest):
            return (
                None  # "move the bitter coffee question down one", "… up to the top of the screen": on screen
            )
        m = _STEPS_RE.search(rest)
        if m is None:
            # "move the cta one earlier": "the cta one" was read as the scene's name
            m = _STEPS_RE.search(body)
            if m is None or not any(
                r.start <= m.start() < r.end and re.search(r"\bone$", body[r.start : r.end], _I)
                for r in movers
            ):
                return self._no_count(rest, movers, current)
        word = m.group("d1") or m.group("d2") or m.group("v3") or m.group("d4")
        count = m.group("n1") or m.group("n2")
        steps = 1 if count is None else _STEP_WORDS.get(count.lower(), 0) or int(count)
        earlier = bool(_EARLIER_RE.match(word))
        pronoun = all(r.start == r.end for r in movers)
        if pronoun and word.lower() in ("up", "down") and not re.search(_STEP_NOUN, m.group(0), _I):
            # "move it up one" after a scene was named: the scene, or its text on screen?
            ids = [i for i in movers[0].ids if i in current]
            if len(ids) == 1:
                place = current.index(ids[0])
                if (place == 0) if earlier else (place == len(current) - 1):
                    return None  # the first scene "up one": its text
                order = [i for i in current if i != ids[0]]
                order.insert(place - steps if earlier else place + steps, ids[0])
                return _scene_or_text(f"scene {place + 1}", ids[0], order, earlier)
            label = join_words([f"scene {current.index(i) + 1}" for i in ids], "and")
            return ClauseResult(
                question=f"Move {label} one place {'earlier' if earlier else 'later'} in the ad, or its text "
                f"{'higher' if earlier else 'lower'} on screen?",
                understood=True,
            )
        target = self._targets(movers, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        moving = [sid for sid in current if sid in (target.ids or [])]
        if not moving:
            return ClauseResult(question="Which scene should I move?", understood=True)
        order = [sid for sid in current if sid not in moving]
        first = current.index(moving[0])
        pos = first - steps if earlier else first + steps
        edge = first == 0 if earlier else current.index(moving[-1]) == len(current) - 1
        if edge:
            name = "first" if earlier else "last"
            label = join_words([f"scene {current.index(i) + 1}" for i in moving], "and")
            return ClauseResult(
                question=f"{label[0].upper()}{label[1:]} is already the {name} scene. Did you mean its text "
                f"{'higher' if earlier else 'lower'} on screen, or another scene?",
                understood=True,
            )
        order[max(0, min(pos, len(order))) : max(0, min(pos, len(order)))] = moving
        return self._order_result(order, current, targets=moving)

    def _no_count(self, rest: str, movers: list[SceneRef], current: list[str]) -> ClauseResult | None:
        """ "move the testimonial earlier": one place when that is the only way to go, else which;
        "move the showcase up" (a scene named, no text): earlier in the ad, or its text higher?"""
        m = _NO_COUNT_RE.match(" ".join(rest.split()))
        if m is None or any(r.start == r.end or _TEXT_NAMED_RE.search(r.text or "") for r in movers):
            return None  # ("move the bitter coffee question down": that text, on screen)
        target = self._targets(movers, rest)
        if target.question or target.error or not target.ids or len(target.ids) != 1:
            return None
        sid = target.ids[0]
        place = current.index(sid)
        word = m.group("d").lower()
        earlier = word in ("up", "forward", "forwards", "earlier", "sooner")
        label = f"scene {place + 1}"
        room = place if earlier else len(current) - 1 - place
        if word in ("up", "down"):
            if room == 0:
                return None  # "move the hook up": the first scene can only mean its text
            order = [i for i in current if i != sid]
            order.insert(place - 1 if earlier else place + 1, sid)
            return _scene_or_text(label, sid, order, earlier)
        if word in ("forward", "forwards") and not re.match(r"move|shift|bring|push", m.group("verb"), _I):
            return None
        if room == 0:
            return ClauseResult(
                note=f"Scene {place + 1} is already the {'first' if earlier else 'last'} scene.",
                understood=True,
                targets=[sid],
            )
        rest_of = [i for i in current if i != sid]
        one = list(rest_of)
        one.insert(place - 1 if earlier else place + 1, sid)
        if room == 1:
            return self._order_result(one, current, targets=[sid])
        neighbour = place - 1 if earlier else place + 1
        question = (
            f"How far should {label} move: one place {'earlier' if earlier else 'later'} "
            f"({'before' if earlier else 'after'} scene {neighbour + 1}) or to the very "
            f"{'start' if earlier else 'end'}?"
        )
        edge = [sid, *rest_of] if earlier else [*rest_of, sid]
        end_words = (
            [
                "start",
                "the start",
                "the very start",
                "beginning",
                "front",
                "first",
                "all the way",
                "to the start",
            ]
            if earlier
            else ["end", "the end", "the very end", "last", "all the way", "to the end"]
        )
        pending = PendingQuestion(
            question,
            [
                PendingOption(
                    "one place",
                    ["one", "1", "one place", "one slot", "one spot", "just one", "one step"],
                    [{"operation": "reorder_scenes", "order": one}],
                ),
                PendingOption(
                    "to the very start" if earlier else "to the very end",
                    end_words,
                    [{"operation": "reorder_scenes", "order": edge}],
                ),
            ],
        )
        return ClauseResult(question=question, pending=pending, understood=True)

    def _to_place(
        self, body: str, rest: str, movers: list[SceneRef], current: list[str]
    ) -> ClauseResult | None:
        """ "move the CTA to the start", "to position 2", "last": the first row of ``DESTINATIONS``."""
        for pattern, index_of in DESTINATIONS:
            m = pattern.search(rest)
            if m:
                return self._move(movers, rest, current, index=index_of(m, len(current)))
        return None

    def _move(
        self,
        movers: list[SceneRef],
        rest: str,
        current: list[str],
        *,
        index: int | None = None,
        anchor: str | None = None,
        after: bool = True,
    ) -> ClauseResult:
        target = self._targets(movers, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        moving = target.ids or []
        if not moving:
            return ClauseResult(question="Which scene should I move?", understood=True)
        order = [sid for sid in current if sid not in moving]
        if anchor is not None:
            if anchor in moving:
                return ClauseResult(error="A scene can't move next to itself.", understood=True)
            pos = order.index(anchor) + (1 if after else 0)
        elif index is not None and index >= len(current):
            # "move the hook to 5th" on three scenes: a place the ad does not have (it went last)
            count = len(current)
            label = f"the {ROLE_LABEL[self.project.scene(moving[0]).role]}" if len(moving) == 1 else "it"
            return ClauseResult(
                error=f"This ad has {count} scenes, so a scene can go in places 1 to {count}; "
                f"say “move {label} to the end” to put it last.",
                understood=True,
            )
        else:
            pos = max(0, min(index or 0, len(order)))
        order[pos:pos] = moving
        return self._order_result(order, current, targets=moving)

    def _order_result(
        self, order: list[str], current: list[str], targets: list[str] | None = None
    ) -> ClauseResult:
        if order == current:
            return ClauseResult(
                note="The scenes are already in that order.", understood=True, targets=targets
            )
        return ClauseResult(ops=[ops.ReorderScenes(order=order)], understood=True, targets=targets)

    # --- 2. structure: add ---------------------------------------------------------------------
    def _add(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        """ "add a testimonial after the showcase saying '…' (showing …, 3 s)"."""
        m = _ADD_RE.search(clause)
        if not m:
            return None
        what = m.group("what").lower()
        role = role_of_word(re.sub(r"s?(?:\s+(?:scenes?|slides?|shots?|clips?))?$", "", what)) or "showcase"
        if m.group("mid") and find_colors(m.group("mid")):
            return None
        current = [s.id for s in self.project.scenes]
        placed = self._place_new(clause, m, refs, role, current)
        if isinstance(placed, ClauseResult):
            return placed
        after_id, at_start, tail = placed
        text, tail = self._new_words(clause, m, refs, tail)
        durations = find_durations(clause)
        for d in durations:
            tail = tail.replace(clause[d.start : d.end], " ")
        if text is None and (tm := _ADD_TEXT_RE.search(tail)):
            text = text_value(tm.group("t"), self.quotes)
            tail = tail[: tm.start()]
        op = ops.AddScene(
            role=role,
            after_scene_id=after_id,
            text=text,
            duration_sec=durations[0].seconds if durations else None,
            background_prompt=self._new_background(tail),
        )
        result: list[Any] = [op]
        new_id = f"scene_{self.project.scene_counter + 1}"
        if at_start and role != "hook":
            result.append(ops.ReorderScenes(order=[new_id] + current))
        return ClauseResult(ops=result, understood=True, targets=[new_id], topic="scene")

    def _place_new(
        self, clause: str, m: re.Match[str], refs: list[SceneRef], role: str, current: list[str]
    ) -> tuple[str | None, bool, str] | ClauseResult:
        """Where a new scene goes: (after which scene, at the start?, the words left to read)."""
        after_what = clause[m.end() :]
        others = [r for r in refs if r.start >= m.end() and r.kind != "text" and not r.start < m.end("what")]
        for r in others:
            # The first scene named after "before/after/between": where the new scene goes.
            rel_text = clause[m.end() : r.start]
            anchor = _ANCHOR_RE.search(rel_text) or _BETWEEN_RE.search(rel_text)
            if not anchor:
                continue
            target = self._targets([r], clause)
            if (refused := self._refused(target)) is not None:
                return refused
            named = (target.ids or [current[-1]])[0]
            tail = blank(after_what, [(anchor.start(), r.end - m.end())])
            if anchor.re is _ANCHOR_RE and re.search(r"before|ahead|front", anchor.group("rel"), _I):
                index = current.index(named)
                return (None if index == 0 else current[index - 1]), index == 0, tail
            return named, False, tail  # after X, behind X, following X, between X and Y
        unnamed = blank(after_what, [(r.start - m.end(), r.end - m.end()) for r in others])
        for pattern, place in NEW_SCENE_PLACES:
            if pattern.search(unnamed):
                tail = pattern.sub(" ", after_what)
                if place == "start":
                    return None, role != "hook", tail
                return (current[-1] if role != "cta" else None), False, tail
        return None, False, after_what

    def _new_words(
        self, clause: str, m: re.Match[str], refs: list[SceneRef], tail: str
    ) -> tuple[str | None, str]:
        """The new scene's quoted words, if any, and the words left to read."""
        text_refs_tokens = {r.text for r in refs if r.kind == "text"}
        for token in re.findall(Q_TOKEN, clause[m.end() :]):
            if not any(token in t for t in text_refs_tokens):
                tail = _SAYING_END_RE.sub(" ", tail.replace(token, " ").rstrip())
                return self._quote(token), tail
        return None, tail

    def _new_background(self, tail: str) -> str | None:
        """ "… showing a crowded gym": what the new scene shows."""
        bm = _ADD_BG_RE.search(tail)
        if not bm:
            return None
        background = text_value(bm.group("b"), self.quotes)
        if background and re.fullmatch(r"(?:the\s+)?(?:same\s+)?(?:text|product)", background, _I):
            return None
        return background

    def _remove(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        rest = blank(body, [(r.start, r.end) for r in refs])
        if not _REMOVE_RE.search(rest):
            return None
        if (
            self.names_product(rest)
            # "the finish line / runners testimonial scene": a word of what the scene shows is no text
            or OVERLAY_RE.search(self._without_shown_words(rest, refs))
            or AUDIO_RE.search(rest)
            or BRAND_RE.search(rest)
            or find_durations(body)
            or length_times(rest)  # "cut the hook in half": its length, not the scene
            or bare_length(rest)  # "cut the hook down to 3": its length
            or BACKGROUND_RE.search(rest)
        ):
            return None
        target = self._targets(refs, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        if target.ids is None:
            if refs:
                return ClauseResult(
                    error="An ad needs at least one scene; I can't remove them all.", understood=True
                )
            return None
        return ClauseResult(ops=[ops.RemoveScene(scene_id=sid) for sid in target.ids], understood=True)

    def _without_shown_words(self, rest: str, refs: list[SceneRef]) -> str:
        """The words left without those that describe the scenes named (what their backgrounds
        show), so "the finish line" of a testimonial scene is no text "line" to edit."""
        shown = {
            w.lower()
            for r in refs
            for sid in r.ids
            for w in re.findall(r"[A-Za-z]{4,}", self.project.scene(sid).background_prompt)
        }
        if not shown:
            return rest
        return re.sub(r"[A-Za-z]{4,}", lambda m: " " if m.group(0).lower() in shown else m.group(0), rest)

    def _new_words_quoted(self, clause: str) -> bool:
        """A quote in the clause that no scene says yet: the new words themselves ("a different
        cta: 'Order now'"), not a request to write some ("a different cta than 'Shop now'")."""
        said = {s.overlay.text.strip().casefold() for s in self.project.scenes}
        return any(
            q.inner.strip().casefold() not in said
            for n, q in enumerate(self.quotes)
            if placeholder(n) in clause
        )

    def _different(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        m = _DIFFERENT_RE.search(body)
        if m and self._new_words_quoted(clause):
            return None  # "'Order now' is my new cta", "new hook: '…'": the quote is the new words
        if m:
            ref = next((r for r in refs if r.kind == "role" and r.start <= m.start("role") < r.end), None)
            if ref is None:
                return None
            target = self._targets([ref], body)
        else:
            m = _SOMETHING_ELSE_RE.search(body)
            if not m or not (refs or self.ctx.targets):
                return None
            target = self._targets(refs, body + " it")
        if (refused := self._refused(target)) is not None:
            return refused
        result: list[Any] = []
        for sid in target.ids or []:
            scene = self.project.scene(sid)
            line = alternative_line(scene.role, self.project.brief, scene.overlay.text)
            if m.group("textword"):
                if line is None:
                    return ClauseResult(question=f"What should {self._label(sid)} say?", understood=True)
                result.append(ops.UpdateOverlay(scene_id=sid, text=line))
                continue
            result.append(ops.RegenerateScene(scene_id=sid, prompt_additions=ALTERNATIVE_TAKE))
            if line is not None:
                result.append(ops.UpdateOverlay(scene_id=sid, text=line))
        return ClauseResult(ops=result, understood=True, targets=target.ids, topic="scene")

    def _regenerate(self, clause: str, body: str, refs: list[SceneRef]) -> ClauseResult | None:
        m = _REGEN_RE.search(body)
        if not m:
            return None
        rest = blank(body, [(r.start, r.end) for r in refs])
        target = self._targets(refs, rest)
        if (refused := self._refused(target)) is not None:
            return refused
        ids = target.ids
        if ids is None:
            if not target.explicit:
                choices = join_words([f"scene {i}" for i in range(1, len(self.project.scenes) + 1)], "or")
                return ClauseResult(question=f"Which scene should I redo: {choices}?", understood=True)
            ids = [s.id for s in self.project.scenes]
        extra = ""
        full = blank(clause, [(r.start, r.end) for r in refs])
        em = _REGEN_EXTRA_RE.search(full, m.end())
        if em:
            fragment = em.group("a") or em.group("a2") or ""
            if fragment.strip():
                extra = text_value(" ".join(fragment.split()), self.quotes) or ""
        else:
            token = re.search(Q_TOKEN, clause[m.end() :])
            if token:
                extra = self._quote(token.group(0))
        extra = re.sub(r"^(?:(?:for|of|in|on|with|showing|featuring|and)\b\s*)+", "", extra, flags=_I).strip()
        if re.fullmatch(r"(?:(?:the|a|an|this|that|it|one|scene)\b\s*)*", extra, _I):
            extra = ""
        return ClauseResult(
            ops=[ops.RegenerateScene(scene_id=sid, prompt_additions=extra) for sid in ids],
            understood=True,
            targets=ids,
            topic="scene",
        )
