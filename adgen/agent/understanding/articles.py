"""Chat that drops "the": the article put back where it makes the request name one thing.

Part of :mod:`adgen.agent.understanding`. "get rid of traffic jam scene", "set serum scene to
4 seconds", "make shoe bigger on plinth", "Use Lora as font", "turn music all way up" read
differently from the same requests with "the" (help text, a whole-ad length, every scene, the
font "Lora as"). A metamorphic check (every "the " removed from the dev sets' messages, see
tests/agent/test_telegraphic.py) found 40 in 999 such messages. Rather than teach every reading
both registers, the telegraphic one is rewritten into the full one before it is read:

- a scene named by what it shows or says ("traffic jam scene", "sugary sodas line", "on
  plinth") gets "the" only when the name then fits exactly one scene of the current ad; a
  name several scenes fit, or none, is left as typed (the reading asks, or finds no scene);
- a few set phrases that only ever mean one thing: "all way up" -> "all the way up", "as
  font" -> "as the font", "kill music" -> "kill the music".

Only the masked text is touched, and never the words after a text cue ("hook text: Own night"
is copy, where "the" is not ours to add).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK, Quoted
from adgen.agent.understanding.scenes import names_one_scene_after_the, scenes_with_words
from adgen.project import AdProject

# A word after one of these already has its article (or needs none).
_DETERMINED_RE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|my|our|your|its|their|his|her|each|every|all|both|any|some|"
    r"no|which|what|whichever|one|another|other|same|first|second|third|fourth|fifth|last|final|next)\s+$",
    re.I,
)
# Words that start a request or a clause, never a scene's name.
_NOT_A_NAME_RE = re.compile(
    r"(?:make|change|set|put|move|turn|give|add|remove|delete|drop|cut|use|swap|switch|update|edit|let|"
    r"could|would|will|should|is|are|was|be|i|we|you|it|he|she|they|me|us|them|this|that|and|or|but|"
    r"so|then|also|too|please|pls|get|rid|lose|kill|halve|shrink|bump|show|hide|keep|leave|bring|"
    r"place|slide|shift|raise|lower|have|want|need|like|try|do|does|don't|can't|not|for|with|from|into|"
    r"after|before|of|to|in|on|at|by|over|under|near|than|as|if|when|while|the|an?|these|those|my|our|your|its|their|"
    # ("a version in which the cta reads …": a question word opens a clause, never a scene's name)
    r"which|what|where|whose|who|whom|how|why)",
    re.I,
)
_WORD_START_RE = re.compile(r"(?<![\w'’.-])[A-Za-z0-9]")
# Set phrases whose article chat leaves out, and only ever mean one thing.
_SET_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\ball\s+way\s+(up|down|out|through|to)\b", re.I), r"all the way \1"),
    (
        re.compile(r"\bas\s+((?:brand\s+|main\s+|new\s+|our\s+)?fonts?)\b(?!\s+(?:size|colou?r))", re.I),
        r"as the \1",
    ),
    (
        re.compile(
            r"\b(kill|mute|lose|cut|drop|ditch)\s+(music|soundtrack|voiceover|voice-over|narration)\b", re.I
        ),
        r"\1 the \2",
    ),
    # "put can on left side", "move it to right edge": a side of the frame
    (
        re.compile(
            r"\b(on|to|at|towards?)\s+(left|right|top|bottom)(?=\s+(?:side|edge|corner|half|third)\b)", re.I
        ),
        r"\1 the \2",
    ),
    # "the text on beginning is too small", "add a scene at beginning", "music in end": the start or
    # the end of the ad (never "in beginning of the hook", a part of one scene, left as typed)
    (
        re.compile(r"\b(?:at|in|on)\s+(beginning|start|end)\b(?!\s+(?:of|card|screen|frame|slate)\b)", re.I),
        r"at the \1",
    ),
    # "move logo to left side": the brand's logo (then read, and refused, as "the logo" is)
    (re.compile(r"\b(move|put|place|show|make|resize|hide|shrink|enlarge)\s+(logo)\b", re.I), r"\1 the \2"),
    # "leave current one alone": the version there is
    (
        re.compile(r"\b(leave|keep)\s+(current|original|existing)\s+(one|version|ad|cut)\b", re.I),
        r"\1 the \2 \3",
    ),
)
# A quoted text named as a scene or its text: "cut 'cheap sheets' scene", "shrink 'Hi' text".
_QUOTE_NAME_RE = re.compile(
    rf"{PLACEHOLDER_MARK}([\ue100-\ue1ff])\s+(?:scene|slide|shot|one|text|line|caption|copy)\b"
)


def _opens_a_phrase(before: str) -> bool:
    """Whether a noun phrase may start here: after the start, punctuation, a verb, a preposition
    or a conjunction, never after an article or inside a name ("the social proof scene" has no
    "proof scene" in it to name)."""
    if _DETERMINED_RE.search(before) or (before and not before[-1].isspace()):
        return False  # ("50,000 runners line": no word starts after the comma of a number)
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ",;:.!?()—–-":
        return True
    last = re.search(r"[\w'’]+$", stripped)
    if last is None:
        return False
    # ("mkae king st text whtie": after a request's first word, even one mistyped, a name may start)
    return _NOT_A_NAME_RE.fullmatch(last.group(0)) is not None or not stripped[: last.start()].strip(" ,")


# What starts a picture described in the marketer's own words ("cta background: a teal door in
# soft light", "the hook should show a beach at dawn"): never read for scene names.
_PICTURE_CUE_RE = re.compile(
    r"\b(?:background|backdrop|bg|scenery|setting|picture|image|visual)s?\s*"
    r"(?::|=|→|->|\s+(?:to|should\s+(?:be|show)|shows?|showing|of|with)\b)|\bshould\s+show\b|\bshowing\b",
    re.I,
)


def with_articles(masked: str, project: AdProject | None, quotes: list[Quoted]) -> str:
    """``masked`` with "the" put back where chat left it out (see the module docstring)."""
    if project is None:
        return masked
    picture = _PICTURE_CUE_RE.search(masked)
    cue = min(text_cue_end(masked), picture.end() if picture else len(masked))
    head, tail = masked[:cue], masked[cue:]  # the copy or the picture as typed
    for pattern, replacement in _SET_PHRASES:
        head = pattern.sub(replacement, head)
    out: list[str] = []
    done = 0
    skip_to = 0
    for word in _WORD_START_RE.finditer(head):
        pos = word.start()
        if pos < skip_to or not _opens_a_phrase(head[:pos]):
            continue
        first = re.match(r"[\w'’-]+", head[pos:])
        if first is None or _NOT_A_NAME_RE.fullmatch(first.group(0)):
            continue
        taken = names_one_scene_after_the(head[:pos], head[pos:], project, quotes)
        if taken:
            out.append(head[done:pos] + "the ")
            done = pos
            skip_to = pos + taken
    out.append(head[done:])
    return _quoted_names("".join(out), project, quotes) + tail


def _quoted_names(head: str, project: AdProject, quotes: list[Quoted]) -> str:
    """ "can we cut 'cheap sheets' scene": "the" before a quote one scene says, named as a scene
    or its text (a quote no scene says may be new words: "add 'Sale' text")."""
    for m in reversed(list(_QUOTE_NAME_RE.finditer(head))):
        index = ord(m.group(1)) - 0xE100
        if index >= len(quotes) or not _opens_a_phrase(head[: m.start()]):
            continue
        if re.search(r":\s*$", head[: m.start()]):
            continue  # "scene 2: 'Hand-poured soy'": after a label, the words that scene gets

        if len(scenes_with_words(project, quotes[index].inner)) == 1:
            head = head[: m.start()] + "the " + head[m.start() :]
    return head


__all__ = ["with_articles"]
