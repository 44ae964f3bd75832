"""The offline language parser: what a marketer types -> a :class:`ParsedTurn`.

Used when no LLM key is set. Deterministic (same text and project, same result), fast (every
regex compiled once; a turn takes well under a millisecond to a few), and written so the LLM
path (:mod:`adgen.agent.graph`) can be told the very same mapping. The steps:

1. Quoted texts ("…", '…', “…”, ‘…’, «…», 「…」, 『…』, `…`) are lifted out first and kept
   exactly; nothing inside a quote is read as a request.
2. The message is split into clauses at sentence ends, ";", ",", "and", "then", "plus". A
   piece that starts no request of its own ("navy *and gold*", "swap scene 2 *and 3*",
   "brighter *and warmer*") is glued back to the one before it.
3. Each clause is one request: meta (undo, render, status, list, cancel), a new product photo,
   scene structure (:mod:`adgen.agent.parse_structure`) or field edits
   (:mod:`adgen.agent.parse_fields`), read by :class:`adgen.agent.parse_edits.ClauseReader`.
   Scene references are resolved by :mod:`adgen.agent.parse_refs`, values (quotes, colours,
   durations) by :mod:`adgen.agent.parse_values`, words by the tables of
   :mod:`adgen.agent.parse_words`. Clauses apply in order: each is read against the project
   as the earlier clauses of the same message leave it. A complaint followed by the matching
   instruction ("the music is too loud, turn it down") counts once.

The mapping (shared with the LLM path):

- A brief (no project yet, or "a new ad…", "make a video for…") -> ``brief`` (see
  :mod:`adgen.agent.parse_brief`); an attached image is the product.
- A new photo with "use this photo instead", "new product shot", or a photo with no words while
  an ad is open -> ``replace_product=True`` (the session makes the ReplaceProduct operation).
- On-screen words: "the CTA should say Shop Now", "make the hook say '…'", "CTA: …",
  "change 'Order today' to 'Order now'" -> UpdateOverlay(text). With no scene named and
  several scenes -> a question.
- Text layout: "bigger/larger text" -> font_size × 1.25, "smaller" × 0.8 ("twice as big" × 2,
  "half the size" × 0.5), rounded, clamped 12..200; "font size 80" sets it; "to the
  top/center/bottom" -> position; a colour with "text"/"font" or with a scene and nothing else
  ("make the CTA gold") -> color. No scene named: every scene.
- Product: "bigger/smaller" -> scale × 1.25 / × 0.8 (clamped 0.1..1, per scene; with no scene
  named, the scenes that show it), "70%" sets it; "on the left/right/bottom/center" ->
  position; "hide/remove" -> visible False, "show/add/put" -> visible True. No scene named:
  one UpdateProduct without sceneId for absolute values.
- The look (``parse_words.LOOK``): for named scenes, the word's phrase is appended to each
  scene's backgroundPrompt (UpdateScene, same seed); for the whole ad, UpdateStyle sets
  lighting (brighter -> "bright", darker -> "dark", warmer -> "warm", cooler -> "cool",
  more contrast -> "high contrast", more dramatic -> "dramatic", softer -> "soft"), mood
  (calmer -> "calm", more luxurious/premium/elegant -> "luxurious", more energetic/exciting
  -> "energetic", more playful/fun -> "playful", more professional -> "professional") or
  visualStyle (more colourful/vibrant -> "vibrant", muted -> "muted", minimal/cleaner ->
  "minimal", cinematic -> "cinematic", retro/vintage -> "retro", modern/sleek -> "modern").
  "X lighting", "X style", "mood: X" set those fields the same way; a background colour
  appends "<colour> background" to a scene, or sets the palette for the whole ad.
- "the showcase should show a beach", "change the hook background to …" -> UpdateScene
  backgroundPrompt. "new background for the hook (with …)", "regenerate scene 2", "another
  take" -> RegenerateScene(promptAdditions = the words after with/showing/":" or "").
  "a different hook/CTA" -> RegenerateScene("alternative take") + a different line
  (``parse_words.alternative_line``, chosen from the brief); "a different hook line" -> only
  the line.
- Colours: names (``parse_values.COLOR_NAMES``, CSS values) or #abc/#aabbcc. "brand colours"
  -> UpdateBrand colors; "palette/colours/colour scheme" -> UpdateStyle palette.
- Durations ("20s", "30 seconds", "half a minute", "a minute", "1.5 minutes", ":30"): for the
  ad -> SetDuration; for named scenes ("make the hook 3 seconds") -> UpdateScene durationSec;
  "5 seconds longer/shorter", "add/cut 5 seconds", "by 5 seconds" are relative. "shorter"
  without a number -> a question.
- Music: louder/quieter -> UpdateAudio volume ± 0.2 (clamped 0..1), "mute" -> 0, "volume
  50%" -> 0.5; "calmer/more upbeat/epic/jazz… music" -> UpdateStyle musicMood
  (``parse_words.MUSIC``).
- Scenes: "add a testimonial (scene) after the showcase (saying '…')" -> AddScene(role,
  afterSceneId, text, durationSec, backgroundPrompt from "showing …"); at the start of the ad
  -> AddScene + ReorderScenes; "remove/delete/drop the problem scene" -> RemoveScene; "swap
  scene 2 and 3", "move the CTA to the start", "put X before/after Y", "make X the first
  scene", "reverse the order" -> ReorderScenes(the full new order).
- Brand: "our brand is called X", "tagline: …", "use the font Montserrat" -> UpdateBrand.
- "undo", "go back", "revert the last change" -> Undo; "undo twice", "undo the last 3
  changes" -> that many Undo operations.
- A/B: "an A/B version with a different hook", "a variant where the CTA says 'Buy now'" ->
  CreateVariation(label "B" unless named, operations = the differences read from the rest).
- "render", "export", "make the video", "final version" -> wants_render (quality "final" for
  final/export/HD/full quality, "draft" for draft/preview/quick); "status/progress/how is it
  going" -> wants_status; "show my projects/list ads" -> wants_list; "cancel/stop the render"
  -> wants_cancel.
- An unknown scene, or a request that cannot be made -> ``unknown`` (naming the scenes) and no
  operations; an ambiguous one -> one short ``question`` and no operations; anything unrelated
  -> ``unknown`` saying what adgen does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import ValidationError

from adgen.agent.parse_brief import extract_brief, is_new_ad_request, looks_like_brief
from adgen.agent.parse_edits import ClauseReader, Context
from adgen.agent.parse_refs import find_scene_refs
from adgen.agent.parse_values import (
    NUMBER_WORD_PATTERN,
    PLACEHOLDER_MARK,
    find_colors,
    mask_quotes,
    number_value,
    unmask,
)
from adgen.pipeline.types import Brief
from adgen.project import AdProject
from adgen.tools import operations as ops
from adgen.tools.apply import EditError, apply_operation
from adgen.tools.operations import EditOperation
from adgen.tools.wording import invalid_value_sentence

__all__ = ["ParsedTurn", "parse_message", "HELP_TEXT"]

HELP_TEXT = (
    "I make and edit short video ads. Describe an ad to start (product, brand, length, mood), "
    "or ask for changes like “make the hook brighter”, “the CTA should say Shop now”, "
    "“make it 20 seconds”, “calmer music”, “add a testimonial after the showcase”, “undo”, "
    "or “render”."
)
NO_AD_TEXT = (
    "There is no ad yet. Describe the ad you want first: the product, the brand, how long, "
    "and the mood (for example “a 20 s ad for our cold brew, energetic, navy and gold”)."
)
EMPTY_TEXT = "The message is empty. " + HELP_TEXT


@dataclass
class ParsedTurn:
    """What one message asks for. Operations are typed and meant for the current project."""

    operations: list[EditOperation] = field(default_factory=list)
    brief: Brief | None = None
    wants_render: bool = False
    render_quality: Literal["draft", "final"] | None = None
    wants_status: bool = False
    wants_list: bool = False
    wants_cancel: bool = False
    question: str | None = None
    unknown: str | None = None
    # A new product photo came with the message and should replace the product (the session
    # stores the attachment and makes the ReplaceProduct operation).
    replace_product: bool = False
    # Extensions: aspects named with a render request ("export the square one"), and the
    # parts of the message that were not understood while others were.
    render_aspects: list[str] | None = None
    ignored: list[str] = field(default_factory=list)


# --- splitting -----------------------------------------------------------------------------

_SENTENCE_RE = re.compile(r"(?<=[.!?;])\s+|\n+|(?<=[.!?])(?=[A-Z])")
_JOIN_RE = re.compile(
    r"\s*[,;]\s*(?:and\s+then|and\s+also|and|then|also|plus)?\s+|\s*[,;]\s*"
    r"|\s+(?:and\s+then|and\s+also|as\s+well\s+as|after\s+that|and|then|plus|&)\s+",
    re.I,
)
_FILLER = (
    r"(?:\s*(?:please|pls|also|and|then|now|next|finally|oh|ok|okay|plus|lastly|maybe|just|actually|"
    r"can\s+you|could\s+you|would\s+you|will\s+you|i\s+want\s+(?:you\s+)?to|i'?d\s+like\s+(?:you\s+)?to|"
    r"let'?s|we\s+need\s+to|you\s+should|try\s+to|go\s+ahead\s+and)\b\s*,?)*"
)
_CUE_VERBS = (
    r"make|change|set|turn|use|put|place|move|add|insert|include|remove|delete|drop|cut|trim|swap|switch|"
    r"exchange|reorder|reverse|render|export|undo|revert|regenerate|re-generate|redo|reroll|re-roll|give|show|"
    r"hide|replace|rename|call|increase|decrease|raise|lower|boost|reduce|shorten|lengthen|extend|create|"
    r"generate|try|bring|cent(?:er|re)|mute|unmute|go|apply|update|edit|fix|tweak|bump|lose|ditch|get|have|"
    r"let|keep|shrink|enlarge|scale|brighten|darken|warm|cool|start|end|close|open|write|say|recolou?r|"
    r"colou?r|paint|tint|double|halve|restore|cancel|stop|list|zoom|push|pull|flip|shift|align|position|"
    r"resize|what|how|is|are|who|why|when|where|tell"
)
_FILLER_ONLY_RE = re.compile(
    r"^\W*(?:actually|ok|okay|hmm+|so|well|right|great|perfect|nice|cool|thanks|please|hey|oh|oops|alright|also|and|then|now|yes|yeah|sure)?\W*$",
    re.I,
)
_CUE_START_RE = re.compile(rf"^{_FILLER}(?:{_CUE_VERBS})\b", re.I)
_TOPIC_START_RE = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:music|song|soundtrack|audio|volume|sound|products?|text|font|headline|caption|"
    r"title|brand|tagline|slogan|logo|background|palette|colou?rs|duration|length|lighting|mood|style|look|vibe|feel|"
    r"render|export|undo|status|progress)\b",
    re.I,
)
_LEADING_WORDS_RE = re.compile(r"\s*(?:(?:the|a|an|and|or|with|some)\s+)*", re.I)
_REF_ONLY_RE = re.compile(r"^[\s,.!?]*(?:(?:the|a|an|and|scene|scenes|slide|one)\b[\s,.!?]*)*$", re.I)
_SWAP_OPEN_RE = re.compile(
    r"\b(?:swap|switch|exchange|between|flip|trade|interchange|remove|delete|drop|cut)\b", re.I
)


def _sentences(masked: str) -> list[str]:
    """Sentences of a message; a trailing run of symbols ("!! 🍵") stays with its sentence."""
    sentences: list[str] = []
    for part in _SENTENCE_RE.split(masked):
        if not part or not part.strip():
            continue
        if sentences and not any(c.isalnum() or c == PLACEHOLDER_MARK for c in part):
            sentences[-1] = f"{sentences[-1]} {part.strip()}"
        else:
            sentences.append(part)
    return sentences


def _pieces(masked: str) -> list[tuple[str, str]]:
    """(separator before, piece) pairs, split at every possible request boundary."""
    result: list[tuple[str, str]] = []
    for s_index, sentence in enumerate(_sentences(masked)):
        pos = 0
        sep = " " if s_index else ""
        for m in _JOIN_RE.finditer(sentence):
            if m.start() == 0:
                continue
            result.append((sep, sentence[pos : m.start()]))
            sep = m.group(0)
            pos = m.end()
        result.append((sep, sentence[pos:]))
    return [(s, p) for s, p in result if p.strip() and not _FILLER_ONLY_RE.match(p)]


def _is_new_request(piece: str, project: AdProject | None, quotes: list) -> bool:
    colors = find_colors(piece)
    if (
        colors
        and _LEADING_WORDS_RE.fullmatch(piece[: colors[0].start])
        and (project is None or not find_scene_refs(piece, project, quotes))
    ):
        return False  # "navy *and gold palette*": the rest of a list of colours
    if _CUE_START_RE.match(piece) or _TOPIC_START_RE.match(piece) or _META_ANY_RE.search(piece):
        return not re.match(r"^\s*(?:the\s+)?(?:scene|slide|one)s?\b[\s\d]*$", piece, re.I) or False
    if project is None:
        return False
    refs = [
        r for r in find_scene_refs(piece, project, quotes) if r.kind != "all" or "every" in r.text.lower()
    ]
    if not refs:
        return False
    leftover = piece
    for r in reversed(refs):
        leftover = leftover[: r.start] + " " + leftover[r.end :]
    if _REF_ONLY_RE.match(leftover):
        return False
    return True


def split_clauses(masked: str, project: AdProject | None, quotes: list | None = None) -> list[str]:
    """The message's clauses: one request each (see the module docstring, step 2)."""
    quotes = quotes or []
    clauses: list[str] = []
    glue_next = False
    for sep, piece in _pieces(masked):
        if clauses and glue_next:
            # "in the outro, the text should be …", "quieter, more relaxing music": a piece
            # that only names where or how belongs to the request after it.
            clauses[-1] = clauses[-1] + sep + piece
            glue_next = False
            continue
        if clauses and (
            not _is_new_request(piece, project, quotes)
            or _is_incomplete(clauses[-1], project, quotes)
            or _continues_text(clauses[-1], piece)
        ):
            clauses[-1] = clauses[-1] + sep + piece
        elif (
            clauses
            and _SWAP_OPEN_RE.search(clauses[-1])
            and project is not None
            and _pending_pair(clauses[-1], piece, project, quotes)
        ):
            clauses[-1] = clauses[-1] + sep + piece
        else:
            clauses.append(piece)
            glue_next = _is_prefix_piece(piece, project, quotes)
            continue
        glue_next = False
    return [c.strip() for c in clauses if c.strip()]


_PREFIX_REF_RE = re.compile(r"^\s*(?:(?:in|for|on|at|about|with|inside)\s+)?(?:(?:the|our|this)\s+)?", re.I)
_MODIFIER_ONLY_RE = re.compile(
    r"^\s*(?:(?:a\s+(?:bit|little|lot)|much|way|slightly|even|more|less|and|a|lot|far|way)\s+)*[a-z]+(?:er|ier)\s*$",
    re.I,
)


def _is_prefix_piece(piece: str, project: AdProject | None, quotes: list) -> bool:
    """A piece that only names a scene ("in the outro") or only compares ("quieter")."""
    if _MODIFIER_ONLY_RE.match(piece) and not _CUE_START_RE.match(piece):
        return True
    if project is None:
        return False
    refs = [r for r in find_scene_refs(piece, project, quotes) if r.kind != "all"]
    if len(refs) != 1:
        return False
    before = piece[: refs[0].start]
    after = piece[refs[0].end :]
    return bool(_PREFIX_REF_RE.fullmatch(before)) and bool(re.fullmatch(r"[\s:]*", after))


_OPEN_TEXT_RE = re.compile(
    rf"(?:\b(?:say|says|saying|read|reads|reading)\b|:)\s*(?!\s*{PLACEHOLDER_MARK})[^\s{PLACEHOLDER_MARK}]",
    re.I,
)
_STRONG_CUE_RE = re.compile(
    rf"^{_FILLER}(?:make|change|set|move|add|remove|delete|drop|render|export|undo|swap|switch|put|use|give|"
    r"turn|regenerate|replace|hide|show|increase|decrease|mute|shorten|extend|cancel|go\s+back|revert|"
    r"also|then)\b",
    re.I,
)


def _continues_text(clause: str, piece: str) -> bool:
    """After unquoted words ("say Buy one"), a piece that starts no clear request is more words."""
    return bool(_OPEN_TEXT_RE.search(clause)) and not (
        _STRONG_CUE_RE.match(piece) or _TOPIC_START_RE.match(piece) or _META_ANY_RE.search(piece)
    )


_INCOMPLETE_VERB_RE = re.compile(
    rf"^{_FILLER}(?:make|turn|set|change|give|get|have|keep|let|paint|colou?r)\b", re.I
)


def _is_incomplete(clause: str, project: AdProject | None, quotes: list) -> bool:
    """'make the hook' (and the CTA red): a verb that needs more than the scenes it names."""
    m = _INCOMPLETE_VERB_RE.match(clause)
    if not m or project is None:
        return False
    rest = clause[m.end() :]
    refs = find_scene_refs(rest, project, quotes)
    if not refs:
        return False
    for r in reversed(refs):
        rest = rest[: r.start] + " " + rest[r.end :]
    return bool(_REF_ONLY_RE.match(rest))


def _pending_pair(previous: str, piece: str, project: AdProject, quotes: list) -> bool:
    """'swap the hook and the CTA': the second scene of a pair belongs to the first clause."""
    prev_refs = [r for r in find_scene_refs(previous, project, quotes) if r.kind != "all"]
    refs = find_scene_refs(piece, project, quotes)
    if len(prev_refs) != 1 or len(refs) != 1:
        return False
    leftover = piece[: refs[0].start] + piece[refs[0].end :]
    return bool(_REF_ONLY_RE.match(leftover))


# --- meta intents ----------------------------------------------------------------------------

_UNDO_RE = re.compile(
    r"^\W*(?:(?:please|pls|ok|okay|actually|hmm+|no|oops|nah|just|can\s+you|could\s+you)\b[\s,]*)*"
    r"(?:undo|go\s+back|revert|roll\s*back|take\s+(?:that|it)\s+back|reverse\s+(?:that|it|the\s+last)|"
    r"change\s+it\s+back|put\s+it\s+back|back\s+to\s+(?:how|what)\s+it\s+was|restore\s+the\s+previous)\b",
    re.I,
)
_UNDO_COUNT_RE = re.compile(
    rf"\b(?P<n>\d+|{NUMBER_WORD_PATTERN})\s+(?:times|changes|edits|steps|versions|things)\b"
    r"|\b(?P<twice>twice)\b|\b(?P<thrice>thrice)\b"
    rf"|\blast\s+(?P<n2>\d+|{NUMBER_WORD_PATTERN})\b|\b(?P<all>everything|all\s+(?:the\s+)?(?:changes|edits))\b",
    re.I,
)
_CANCEL_RE = re.compile(
    r"^\W*(?:please\s+)?(?:cancel|abort|stop|halt|kill)\b(?:\s+(?:the|that|this|my|it|rendering|render|"
    r"renders|export|job|jobs|everything|now|please|video|current|running|one))*[\s.!]*$"
    r"|^\W*(?:never\s*mind|nevermind)\s+(?:the\s+)?render(?:ing)?\b",
    re.I,
)
_STATUS_RE = re.compile(
    r"\bhow(?:'s|’s|\s+is|\s+are)\s+(?:it|things|the\s+render(?:ing)?|my\s+(?:video|ad)|that|the\s+(?:video|ad)|we)\s+"
    r"(?:going|coming\s+along|doing|looking|progressing)\b"
    r"|^\W*status\b|\bstatus\s*\??\s*$|\bwhat(?:'s|’s|\s+is)\s+the\s+(?:status|progress)\b|\bprogress\b"
    r"|\bis\s+(?:it|the\s+(?:video|render|ad))\s+(?:done|ready|finished|complete)\b|\bare\s+we\s+(?:there|done)\b"
    r"|\bany\s+(?:news|updates?)\b|\bhow\s+much\s+longer\b|\bhow\s+long\s+(?:will\s+it|until|left)\b|\beta\b"
    r"|\bwhere\s+are\s+we\b",
    re.I,
)
_LIST_RE = re.compile(
    r"\b(?:list|show|see|view|open|display)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:my|our|the|all|all\s+my)?\s*"
    r"(?:projects|ads|videos|campaigns|drafts)\b"
    r"|\bwhat\s+(?:projects|ads|videos)\s+(?:do\s+)?(?:i|we)\s+have\b|^\W*my\s+(?:projects|ads|videos)\b"
    r"|\bwhich\s+(?:projects|ads)\b",
    re.I,
)
_RENDER_RE = re.compile(
    r"\b(?:render|re-?render|export|download|publish)\b"
    r"|\bfinal\s+(?:version|cut|render|video|export|file)\b|\bship\s+it\b"
    r"|\blet'?s\s+see\s+(?:it|the\s+(?:video|ad|result))\b|\bshow\s+me\s+(?:it|the\s+(?:video|ad|result)|a\s+preview)\b"
    r"|\bpreview\b|\bgo\s+ahead\b",
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
    (re.compile(r"\b(?:9:16|vertical|portrait|stories|story|reels?|tiktok)\b", re.I), "9:16"),
    (re.compile(r"\b(?:1:1|square)\b", re.I), "1:1"),
    (re.compile(r"\b(?:16:9|landscape|horizontal|widescreen|youtube)\b", re.I), "16:9"),
)
_HELP_RE = re.compile(
    r"^\W*(?:help|what\s+can\s+you\s+do|how\s+does\s+this\s+work|what\s+do\s+you\s+do|who\s+are\s+you|"
    r"hi|hello|hey|yo|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you|cheers)\b[\s\W]*$",
    re.I,
)
_META_ANY_RE = re.compile(
    r"^\W*(?:then\s+|and\s+|also\s+|please\s+|now\s+)*(?:render|export|undo|go\s+back|revert|cancel|status|"
    r"show\s+(?:me\s+)?my|list)\b",
    re.I,
)

# --- attachments, variations ------------------------------------------------------------------

_NEW_PHOTO_RE = re.compile(
    r"\b(?:use|try|here'?s|here\s+is|swap\s+in|put\s+in|go\s+with)\s+(?:this|these|the\s+attached|the\s+new|my\s+new|"
    r"a\s+new|our\s+new|this\s+new)\s*(?:one|photo|image|picture|pic|shot|product|packshot|file|version|instead)?\b"
    r"|\bnew\s+product\s+(?:shot|photo|image|picture|pic)\b"
    r"|\b(?:replace|swap|change|update)\s+(?:out\s+)?(?:the\s+)?product(?:\s+(?:image|photo|picture|shot|pic))?\b"
    r"|\b(?:this|that)\s+(?:one|photo|image|picture|pic)\s+instead\b|\b(?:new|updated|different)\s+"
    r"(?:photo|image|picture|pic|packshot)\b",
    re.I,
)
_PHOTO_WORD_RE = re.compile(r"\b(?:photo|image|picture|pic|packshot|product\s+shot)s?\b", re.I)
_VARIATION_RE = re.compile(
    r"\b(?:a\s*/\s*b|ab)(?:[\s-]+(?:test(?:ing)?|version|variant|variation|split))?\b"
    r"|\b(?:two|2|three|3)\s+versions\b|\bvariants?\b|\bvariations?\b(?!\s+of\s+(?:the\s+)?(?:hook|cta|scene))|\bsplit[\s-]test\b"
    r"|\b(?:alternative|alternate|second|another|different|b)\s+(?:version|cut|edit)\b(?!\s+of\s+(?:the\s+)?(?:hook|cta|scene|intro|ending|showcase|\w+\s+scene))"
    r"|\bversion\s+(?:[B-Zb-z]|2|two)\b|\bversion\s+(?:where|with|in\s+which|that)\b|\bcopy\s+of\s+(?:the|this)\s+ad\b",
    re.I,
)
_VARIATION_BODY_RE = re.compile(
    r"\b(?:where|with|in\s+which|that\s+has|having|but|except|which\s+has|whose|that\s+uses|using)\b\s*|:\s*",
    re.I,
)
_LABEL_RE = re.compile(
    rf"\b(?:called|named|labell?ed|label|titled)\s+(?P<q>{PLACEHOLDER_MARK}[\ue100-\ue1ff]|[\w-]{{1,30}})"
    r"|\b(?:version|variant|variation)\s+(?P<l>[B-Z]|\d{1,2})\b"
    r"|\b(?P<l2>[B-Z])[\s-](?:version|variant|variation|test)\b",
)
_VARIATION_QUESTION = (
    "What should be different in version {label}: the hook, the text, the music, the length…?"
)


def _meta(clause: str, turn: ParsedTurn) -> bool:
    """Set the turn's intent flags for a meta clause; True when the clause is only that."""
    text = re.sub(PLACEHOLDER_MARK + ".", " ", clause)
    if _CANCEL_RE.search(text):
        turn.wants_cancel = True
        return True
    if _LIST_RE.search(text):
        turn.wants_list = True
        return True
    if _STATUS_RE.search(text):
        turn.wants_status = True
        return True
    if _RENDER_RE.search(text) or _MAKE_VIDEO_RE.search(text):
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


def _undo_ops(clause: str, project: AdProject | None) -> list[Any] | None:
    if not _UNDO_RE.search(clause):
        return None
    count = max(1, len(re.findall(r"\bundo\b", clause, re.I)))
    m = _UNDO_COUNT_RE.search(clause)
    if m:
        if m.group("twice"):
            count = 2
        elif m.group("thrice"):
            count = 3
        elif m.group("all"):
            count = _undoable(project) if project is not None else 1
        else:
            count = int(number_value(m.group("n") or m.group("n2")))
    count = max(1, min(count, 20))
    return [ops.Undo() for _ in range(count)]


def _undoable(project: AdProject) -> int:
    """How many edits an undo could still take back (history is a stack of edits and undos)."""
    depth = 0
    for entry in project.history:
        if entry.operation.get("operation") == "undo":
            depth = max(0, depth - 1)
        else:
            depth += 1
    return max(depth, 1)


# --- the parser ------------------------------------------------------------------------------


def parse_message(text: str, project: AdProject | None, *, has_attachment: bool = False) -> ParsedTurn:
    """Read one message against the current project (None before the first brief)."""
    turn = ParsedTurn()
    raw = (text or "").strip()
    if not raw:
        if has_attachment and project is not None:
            turn.replace_product = True
        elif has_attachment:
            turn.question = "Nice photo! What should the ad be about: the product, brand, length and mood?"
        else:
            turn.unknown = EMPTY_TEXT
        return turn
    masked, quotes = mask_quotes(raw)

    if project is None or is_new_ad_request(masked):
        return _brief_turn(raw, masked, quotes, project, has_attachment, turn)

    if has_attachment and _NEW_PHOTO_RE.search(masked) and not _VARIATION_RE.search(masked):
        turn.replace_product = True
        rest = _NEW_PHOTO_RE.sub(" ", masked)
        if _RENDER_RE.search(rest):
            _meta(rest, turn)
        return turn

    clauses = split_clauses(masked, project, quotes)
    ctx = Context()
    # The project as the clauses read so far leave it; without its history, which only undo
    # needs, so following along stays cheap for projects with a long past.
    working = project.model_copy(update={"history": []})
    simulate = True
    variation: tuple[str | None, list[str], str] | None = None  # label, body clauses, first clause
    operations: list[Any] = []
    understood_any = False
    # The last clause when it was a complaint ("the music is too loud"): its operations and the
    # project before it, so an instruction that follows ("turn it down") replaces it.
    complaint: tuple[list[Any], AdProject] | None = None
    notes: list[str] = []
    for clause in clauses:
        if variation is not None and not _is_meta_clause(clause):
            variation[1].append(clause)
            continue
        undo = _undo_ops(clause, project)
        if undo is not None:
            operations.extend(undo)
            simulate = False
            understood_any = True
            continue
        if _meta(clause, turn):
            understood_any = True
            continue
        if _VARIATION_RE.search(clause):
            label, body = _variation_parts(clause, quotes, working)
            variation = (label, [body] if body.strip() else [], clause)
            understood_any = True
            continue
        if not has_attachment and _NEW_PHOTO_RE.search(clause) and _PHOTO_WORD_RE.search(clause):
            turn.question = "Send me the new product photo with your message and I'll swap it in."
            return _only_question(turn)
        if _HELP_RE.match(clause):
            continue
        before = working
        result = ClauseReader(working, quotes, ctx).read(clause)
        if complaint is not None and result.understood and _signature(result.ops) == _signature(complaint[0]):
            del operations[len(operations) - len(complaint[0]) :]
            before = working = complaint[1]
            result = ClauseReader(working, quotes, ctx).read(clause)
        complaint = None
        if result.error:
            return _refuse(turn, result.error)
        if result.question:
            return _only_question(turn, result.question)
        if not result.understood:
            turn.ignored.append(_restore(clause, quotes))
            if result.targets:
                ctx.targets = result.targets  # "I don't like the hook, try something different"
            continue
        understood_any = True
        if result.note:
            notes.append(result.note)
        operations.extend(result.ops)
        if result.targets is not None:
            ctx.targets = result.targets
        if result.topic:
            ctx.topic = result.topic
        if result.role:
            ctx.role = result.role
        if simulate:
            working, error = _simulate(working, result.ops)
            if error:
                return _refuse(turn, error)
        if _COMPLAINT_RE.search(clause) and not _CUE_START_RE.match(clause):
            complaint = (result.ops, before)
    if variation is not None:
        label, body_clauses, _ = variation
        sub_ops, problem = _variation_ops(body_clauses, working, quotes)
        if problem is not None:
            kind, message = problem
            return _refuse(turn, message) if kind == "error" else _only_question(turn, message)
        if not sub_ops:
            return _only_question(turn, _VARIATION_QUESTION.format(label=label or "B"))
        try:
            operations.append(ops.CreateVariation(label=label or "B", operations=sub_ops))
        except ValidationError as exc:
            return _refuse(turn, invalid_value_sentence(exc))
    turn.operations = operations
    if (
        notes
        and not operations
        and not (turn.wants_render or turn.wants_status or turn.wants_list or turn.wants_cancel)
    ):
        return _refuse(turn, notes[0])
    if not understood_any:
        turn.ignored = []
        turn.wants_render = False
        turn.unknown = HELP_TEXT
    return turn


_COMPLAINT_RE = re.compile(
    r"\btoo\s+\w+|\bnot\s+\w+\s+enough\b|\b(?:can'?t|cannot)\s+(?:hear|see|read)\b", re.I
)


def _signature(operations: list[Any]) -> list[tuple[str, Any]]:
    return [(op.operation, getattr(op, "scene_id", None)) for op in operations]


def _is_meta_clause(clause: str) -> bool:
    probe = ParsedTurn()
    return _meta(clause, probe) or _UNDO_RE.search(clause) is not None


def _variation_parts(clause: str, quotes: list, project: AdProject) -> tuple[str | None, str]:
    label = None
    lm = _LABEL_RE.search(clause)
    if lm:
        raw = lm.group("q") or lm.group("l") or lm.group("l2")
        if raw and raw.startswith(PLACEHOLDER_MARK):
            label = quotes[ord(raw[1]) - 0xE100].inner.strip() or None
        else:
            label = raw
    cue = _VARIATION_RE.search(clause)
    body_match = _VARIATION_BODY_RE.search(clause, cue.end() if cue else 0)
    body = clause[body_match.end() :] if body_match else ""
    if lm and body_match and lm.start() >= body_match.end():
        body = clause[body_match.end() : lm.start()]
    if cue is not None:
        # "A/B test the CTA: 'Buy now'": the scene named before the connector belongs to the body.
        between = clause[cue.end() : body_match.start() if body_match else len(clause)]
        if find_scene_refs(between, project, quotes):
            body = clause[cue.end() :]
    return label, body


def _variation_ops(
    clauses: list[str], project: AdProject, quotes: list
) -> tuple[list[Any], tuple[str, str] | None]:
    ctx = Context()
    working = project
    result: list[Any] = []
    expanded: list[str] = []
    for clause in clauses:
        expanded.extend(split_clauses(clause, project, quotes))
    for clause in expanded:
        outcome = ClauseReader(working, quotes, ctx).read(clause)
        if outcome.error:
            return [], ("error", outcome.error)
        if outcome.question:
            return [], ("question", outcome.question)
        if not outcome.understood:
            continue
        content = [
            op for op in outcome.ops if not isinstance(op, (ops.Undo, ops.Render, ops.CreateVariation))
        ]
        result.extend(content)
        if outcome.targets is not None:
            ctx.targets = outcome.targets
        if outcome.topic:
            ctx.topic = outcome.topic
        if outcome.role:
            ctx.role = outcome.role
        working, error = _simulate(working, content)
        if error:
            return [], ("error", error)
    return result, None


def _simulate(project: AdProject, operations: list[Any]) -> tuple[AdProject, str | None]:
    """The project after these operations, so the next clause reads the ad as it will be."""
    for op in operations:
        try:
            project = apply_operation(project, op).project
        except EditError as exc:
            return project, str(exc)
    return project, None


def _refuse(turn: ParsedTurn, message: str) -> ParsedTurn:
    turn.operations = []
    turn.unknown = message
    turn.question = None
    turn.wants_render = False
    turn.render_quality = None
    return turn


def _only_question(turn: ParsedTurn, question: str | None = None) -> ParsedTurn:
    turn.operations = []
    if question is not None:
        turn.question = question
    turn.unknown = None
    turn.wants_render = False
    turn.render_quality = None
    return turn


def _restore(clause: str, quotes: list) -> str:
    return unmask(clause, quotes)


def _brief_turn(
    raw: str, masked: str, quotes: list, project: AdProject | None, has_attachment: bool, turn: ParsedTurn
) -> ParsedTurn:
    """No ad yet (or a new one asked for): a brief, a meta request, or an explanation."""
    if project is None:
        for clause in split_clauses(masked, None, quotes):
            if _meta(clause, turn):
                continue
        if turn.wants_list or turn.wants_status or turn.wants_cancel:
            turn.wants_render = False
            turn.render_quality = None
            return turn
        turn.wants_render = False
        turn.render_quality = None
        if _HELP_RE.match(masked):
            turn.unknown = HELP_TEXT
            return turn
        if not (looks_like_brief(masked) or has_attachment):
            turn.unknown = NO_AD_TEXT if _looks_like_edit(masked) else HELP_TEXT
            return turn
    turn.brief = extract_brief(raw, masked, quotes)
    turn.wants_render = bool(re.search(r"\b(?:render|export)\b", masked, re.I))
    return turn


_EDIT_HINT_RE = re.compile(
    r"\b(?:hook|cta|scene|brighter|darker|undo|render|bigger|smaller|louder|quieter|text|music)\b", re.I
)


def _looks_like_edit(masked: str) -> bool:
    return bool(_EDIT_HINT_RE.search(masked))
