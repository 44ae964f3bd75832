"""The product: a new product photo, and the product's place, size and visibility ("make the
product bigger in the showcase", "put it on the left", "hide the product in the CTA").

Part of :mod:`adgen.agent.understanding`; :func:`read_product` is a step of the field reader
(:mod:`fields`). Sizes go by the intensity table (:mod:`intensity`).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding import refusals
from adgen.agent.understanding.clause import ClauseReaderBase, Frame
from adgen.agent.understanding.intensity import size_factor
from adgen.agent.understanding.scenes import join_words
from adgen.agent.understanding.values import POSITION_RE, POSITION_WORDS, round_half_up

_I = re.I
SCALE_MIN, SCALE_MAX = 0.1, 1.0

NEW_PHOTO_RE = re.compile(
    r"\b(?:use|try|here'?s|here\s+is|swap\s+in|put\s+in|go\s+with)\s+(?:this|these|the\s+attached|the\s+new|my\s+new|"
    r"a\s+new|our\s+new|this\s+new)\s*(?:one|photo|image|picture|pic|shot|product|packshot|file|version|instead)?\b"
    r"|\bnew\s+product\s+(?:shot|photo|image|picture|pic)\b"
    r"|\b(?:replace|swap|change|update)\s+(?:out\s+)?(?:the\s+)?product(?:\s+(?:image|photo|picture|shot|pic))?\b"
    r"|\b(?:this|that)\s+(?:one|photo|image|picture|pic)\s+instead\b|\b(?:new|updated|different)\s+"
    r"(?:photo|image|picture|pic|packshot)\b",
    re.I,
)
NO_PRODUCT_IMAGE = (
    "This ad has no product photo yet, so there is no product to size, place or show; "
    "send a product photo with your message and I'll put it in."
)
PHOTO_WORD_RE = re.compile(r"\b(?:photo|image|picture|pic|packshot|product\s+shot)s?\b", re.I)

_SCALE_ABS_RE = re.compile(
    r"\b(?P<p>\d{1,3})\s*%|\bscale\s*(?:to|of|:|=|at)?\s*(?P<f>0?\.\d+|1(?:\.0+)?)\b", _I
)
_PRODUCT_SIDE_RE = re.compile(r"\b(?:move|shift|push|put|place|nudge|slide)\b[^.;]*?\b(left|right)\b", _I)
_HIDE_RE = re.compile(
    r"\b(?:hide|hidden|remove|take\s+(?:\w+\s+){0,2}?(?:out|away|off)|out\s+of|get\s+rid\s+of|drop|don'?t\s+show|do\s+not\s+show|no\s+product|"
    r"without\s+(?:the\s+)?product|lose|invisible|(?<!the\s)cut(?!\s+off)|not\s+(?:be\s+)?(?:visible|shown)|turn\s+off|disable)\b"
    # "no shoe in the finish-line scene", "with no bottle in the hook": the product named after "no"
    r"|^\W*(?:(?:and|also|please|pls|then)\s+)*no\b(?!\s*[,.!])(?!\s+(?:wait|actually|problem|worries))|\bwith\s+no\b",
    _I,
)
_SHOW_RE = re.compile(
    r"\b(?:show|display|include|add|bring\s+back|put|visible|feature|unhide|reveal|appear|restore|use)\b", _I
)


def read_product(r: ClauseReaderBase, f: Frame) -> None:
    if not f.has["product"]:
        return
    rest = f.layout_text
    fields: dict[str, Any] = {}
    relative = size_factor(rest)
    if relative is None and (sm := _SCALE_ABS_RE.search(rest)):
        value = int(sm.group("p")) / 100 if sm.group("p") else float(sm.group("f"))
        problem = refusals.out_of_range("scale", value)
        if problem:
            f.problems.append(problem)
            return
        fields["scale"] = round(value, 2)
    position = _position(rest)
    if position == "top":
        f.problems.append("The product can go center, left, right or bottom.")
        return
    if position:
        fields["position"] = position
    unseen = _UNSEEN_RE.search(rest)
    if unseen and relative is None and not fields and f.target.ids and not _unseen_hidden(r, f, rest):
        # "the shoe is basically invisible in the finish-line shot", where it is shown: too small
        relative = size_factor("bigger")
    sooner = _when_shown(rest) if relative is None and not fields and f.target.ids is None else None
    if sooner is not None:
        _show_sooner(r, f, sooner)
    elif relative is None and not fields:
        if unseen:
            pass  # never hidden for being hard to see
        elif _HIDE_RE.search(rest):
            fields["visible"] = False
        elif _SHOW_RE.search(rest):
            fields["visible"] = True
            _shown_at(r, f)
    hidden = _unseen_hidden(r, f, rest)
    if hidden:  # "I can't see the bottle in the hook" where it is hidden: show it, not bigger
        relative = None
        for sid in hidden:
            f.ch.product[sid] = {"visible": True}
    elif relative is not None:
        _resize(r, f, relative, fields)
    elif fields:
        # ("move the product to the left": where "make the product bigger" goes, see _unnamed_scenes;
        # hiding or showing it with no scene named stays the ad's)
        placed = "position" in fields or "scale" in fields
        ids = f.target.ids if f.target.ids is not None else (_unnamed_scenes(r, f) if placed else [None])
        for sid in ids:
            f.ch.product[sid] = dict(fields)
    if (
        f.ch.product
        and not _has_product(r)
        and any(change != {"visible": False} for change in f.ch.product.values())
    ):
        # Sizing, placing or showing a product the ad has no picture of would change nothing
        # seen: refused with the reason, the way the logo's size is (hiding it stays allowed).
        f.ch.product.clear()
        f.problems.append(NO_PRODUCT_IMAGE)
        return
    if f.ch.product:
        f.topic = "product"
    elif (
        not fields
        and relative is None
        and not f.problems
        and not f.questions
        and _STAND_OUT_RE.search(f.rest)
    ):
        _ask_how_to_stand_out(r, f)


# "can we see the candle earlier", "show the product from the start", "the bottle should come in
# later": when the product is first seen, one row a way of saying it, with where it goes: the
# first scene ("start"), one scene before the first that shows it ("earlier"), or one after
# ("later"). Only with a word for being seen (never "make the product bigger earlier on").
_SEEN_RE = re.compile(
    r"\b(?:see|seen|show|shown|shows|showing|appear|appears|reveal|revealed|introduce|introduced|"
    r"come\s+in|comes\s+in|pop\s+up|pops\s+up|show\s+up|shows\s+up|get\s+to|visible)\b",
    _I,
)
WHEN_SHOWN: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:from\s+the\s+(?:very\s+)?(?:start|beginning|top|get[\s-]?go|first\s+(?:scene|shot|frame|second))"
            r"|right\s+away|straight\s+away|immediately|up\s*front|first\s+thing|from\s+(?:second|frame)\s+(?:one|1)"
            r"|in\s+the\s+first\s+(?:second|seconds|frame|few\s+seconds))\b",
            _I,
        ),
        "start",
    ),
    (re.compile(r"\b(?:earlier|sooner|before\s+(?:that|then))\b", _I), "earlier"),
    (re.compile(r"\b(?:later|not\s+(?:so|as)\s+(?:early|soon))\b", _I), "later"),
)


def _when_shown(rest: str) -> str | None:
    """Which way the clause moves the product's first appearance, or None."""
    if not _SEEN_RE.search(rest):
        return None
    return next((way for pattern, way in WHEN_SHOWN if pattern.search(rest)), None)


def _show_sooner(r: ClauseReaderBase, f: Frame, way: str) -> None:
    """The product first seen in another scene: shown from the first scene or one scene earlier,
    hidden in the first that shows it for "later"; when it cannot move that way, the reason."""
    scenes = list(r.project.scenes)
    shown = [i for i, s in enumerate(scenes) if s.product.visible]
    if not shown:
        f.questions.append("The product isn't shown in any scene yet; which scene should it first appear in?")
        return
    first = shown[0]
    if way == "later":
        if len(shown) < 2:
            f.problems.append(
                f"The product is only shown in {r._label(scenes[first].id)}; it can't come in later "
                "unless another scene shows it. Say which scene should show it instead."
            )
            return
        f.ch.product[scenes[first].id] = {"visible": False}
        return
    if first == 0:
        f.problems.append(f"The product is already shown from the first scene ({r._label(scenes[0].id)}).")
        return
    start = 0 if way == "start" else first - 1
    for scene in scenes[start:first]:
        f.ch.product[scene.id] = {"visible": True}


# "make the shoes pop more", "the bottle should stand out": bigger, or more light on it, which
# the words do not say; asked with both, never guessed (it used to get the help text).
_STAND_OUT_RE = re.compile(
    r"\b(?:pop(?:s|ping)?(?:\s+(?:more|out))?|stand(?:s|ing)?\s+out|jump(?:s)?\s+out|more\s+(?:eye[\s-]?catching|noticeable|striking))\b",
    re.I,
)


def _ask_how_to_stand_out(r: ClauseReaderBase, f: Frame) -> None:
    scenes = (
        [r.project.scene(sid) for sid in f.target.ids]
        if f.target.ids
        else [s for s in r.project.scenes if s.product.visible]
    )
    if not scenes or not _has_product(r):
        return
    bigger = [
        {
            "operation": "update_product",
            "sceneId": s.id,
            "scale": min(1.0, round_half_up(s.product.scale * 1.3, 2)),
        }
        for s in scenes
    ]
    brighter = [
        {
            "operation": "update_scene",
            "sceneId": s.id,
            "backgroundPrompt": f"{s.background_prompt.rstrip(' ,')}, brighter",
        }
        for s in scenes
    ]
    where = join_words([r._label(s.id) for s in scenes], "and")
    f.pending = PendingQuestion(
        question=f"How should the product stand out in {where}: bigger, or a brighter scene around it?",
        options=[
            PendingOption("bigger", ["bigger", "larger", "size", "big"], bigger),
            PendingOption("brighter", ["brighter", "light", "lighter", "brighter scene"], brighter),
        ],
    )
    f.questions.append(f.pending.question)


# "can't see the product", "where's the bottle?", "the product is missing": it is not seen.
_UNSEEN_RE = re.compile(
    r"\b(?:can'?t|cannot|can\s+not|don'?t|do\s+not|couldn'?t)\s+(?:even\s+|really\s+)?(?:see|find|spot)\b"
    r"|\bwhere(?:'s|\s+is|\s+are)\b|\b(?:missing|nowhere)\b|\bnot\s+(?:there|in\s+(?:it|there))\b"
    # ("the shoe is basically invisible", "you can barely see the bottle": a state, no request to hide)
    r"|\b(?:is|are|'s|looks?|seems?|feels?)\s+(?:\w+\s+)?invisible\b|\b(?:barely|hardly)\s+(?:visible|see|noticeable)\b"
    r"|\bcan\s+(?:barely|hardly)\s+(?:see|spot|make\s+out)\b"
    # ("the product is not visible in the hook", "the bottle isn't really visible": a state, no
    # request to hide it; it was hidden)
    r"|\b(?:is|are|'s)\s*(?:not|n't)\s+(?:really\s+|even\s+|at\s+all\s+|very\s+)?visible\b",
    _I,
)


def _unseen_hidden(r: ClauseReaderBase, f: Frame, rest: str) -> list[str]:
    """The named scenes (else every scene) whose product is hidden, when the clause says the
    product can't be seen: the fix is to show it there, not to make it bigger."""
    if not _UNSEEN_RE.search(rest):
        return []
    ids = f.target.ids if f.target.ids is not None else [s.id for s in r.project.scenes]
    return [sid for sid in ids if not r.project.scene(sid).product.visible]


# "the showcase should show the bottle on a desk instead": the product, and the place it is shown
# in, which is the scene's picture (the product is laid over it)
_SHOWN_AT_RE = re.compile(
    r"\b(?:show|feature|display|put|place|have|see)\w*\b[^,.;!?]*?\b(?:on|in|at|against|beside|next\s+to|in\s+front\s+of|"
    r"inside|under)\s+(?P<place>(?:an?|some)\s+(?!(?:bit|little|lot|top|bottom|middle|cent(?:er|re)|corner|side|edge|frame|"
    r"scene|shot|slide|video|ad|different|new)\b)[^,.;!?]+?)\s*(?:,?\s*\b(?:instead|this\s+time|please|pls))?\s*[.!]?\s*$",
    _I,
)


def _shown_at(r: ClauseReaderBase, f: Frame) -> None:
    """The place a named scene shows the product in becomes that scene's picture."""
    # (the scene's words are out of the rest; a place that also describes a scene is only in the body)
    place = _SHOWN_AT_RE.search(f.rest) or _SHOWN_AT_RE.search(f.body)
    if place is None or not f.target.ids:
        return
    words = re.sub(
        r"\s+(?:in|on|at|for|of|from|during|inside)$", "", " ".join(place.group("place").split()), flags=_I
    )
    for sid in f.target.ids:
        f.ch.scene_of(sid)["background_prompt"] = words
    f.consumed.append(place.span("place"))


def _has_product(r: ClauseReaderBase) -> bool:
    """The ad has a product to show: a product photo, or (a document whose photo was never kept,
    as the test fixtures are) a scene that shows the product layer."""
    return r.project.product_asset is not None or any(s.product.visible for s in r.project.scenes)


# "actually right", "no, left": a bare position after a product edit.
_BARE_POSITION_RE = re.compile(
    r"^\W*(?:(?:actually|no|wait|hmm+|ok|make\s+it|put\s+it|move\s+it|instead|rather|on\s+the|to\s+the|the)\b[\s,]*)*"
    r"(?P<p>left|right|center|centre|middle|bottom)(?:\s+(?:side|instead|please))*\W*$",
    _I,
)


def _position(rest: str) -> str | None:
    bare = _BARE_POSITION_RE.match(rest)
    if bare:
        return POSITION_WORDS.get(bare.group("p").lower(), bare.group("p").lower())
    pm = POSITION_RE.search(rest) or _PRODUCT_SIDE_RE.search(rest)
    if not pm:
        return None
    word = next(g for g in pm.groups() if g).lower()
    return POSITION_WORDS.get(word, word)


# "bigger everywhere", "throughout", "wherever it appears": every scene that shows the product.
_EVERYWHERE_RE = re.compile(
    r"\b(?:everywhere|throughout|wherever|all\s+(?:the\s+)?(?:scenes|shots|over)|every\s+(?:scene|shot|time))\b",
    _I,
)


def _unnamed_scenes(r: ClauseReaderBase, f: Frame) -> list[str]:
    """The scenes a product edit that names none is for, its size and its place alike: the scenes
    that show the product off (the showcase), the one place it is surely meant; the end card's
    smaller product is left as it is. "In every scene": each showing it."""
    shown = [s.id for s in r.project.scenes if s.product.visible]
    every = f.target.each or _EVERYWHERE_RE.search(f.body)
    hero = [] if every else [sid for sid in shown if r.project.scene(sid).role == "showcase"]
    return hero or shown or [s.id for s in r.project.scenes]


def _resize(r: ClauseReaderBase, f: Frame, factor: float, fields: dict[str, Any]) -> None:
    ids = f.target.ids if f.target.ids is not None else _unnamed_scenes(r, f)
    for sid in ids:
        scale = r.project.scene(sid).product.scale * factor
        value = max(SCALE_MIN, min(SCALE_MAX, round_half_up(scale, 2)))
        f.ch.product[sid] = {**fields, "scale": value}
