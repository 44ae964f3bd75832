"""Questions about the voice-over and the change that follows them: "does it have a voiceover?",
"what does it say at the end?", "change that to 'Your first box is half price.'".

Part of :mod:`adgen.agent.understanding`. After a question about the voice-over, "it" in the
next question is the voice-over, and "at the end" / "at the start" name the last / first scene.
After the answer names one scene's voice-over, "change that to '…'" (or "make it say '…'") is
that voice-over's new words, not the on-screen text a bare "change … to '…'" would otherwise
mean: the thing just asked about is what "that" names.
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK, Quoted
from adgen.agent.understanding.result import ParsedTurn
from adgen.project import AdProject
from adgen.tools import operations as ops

_I = re.I
VOICE_TOPIC = "voice"
# "what does it say", "what is it saying", "what does that say": "it" is the thing asked about.
_IT_SAYS_RE = re.compile(r"\b(?:does|is|did)\s+(?P<it>it|that|this)\s+(?=say|read)", _I)
_END_RE = re.compile(r"\b(?:at|in)\s+the\s+(?:very\s+)?end\b|\bat\s+the\s+close\b", _I)
_START_RE = re.compile(r"\b(?:at|in)\s+the\s+(?:very\s+)?(?:start|beginning)\b", _I)
_QUOTE = PLACEHOLDER_MARK + "[\ue100-\ue1ff]"
# "change that to '…'", "make it say '…'", "replace it with '…'": the whole message is the change.
_CHANGE_THAT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|great|cool|so|then|and|now|please|pls|hmm+|right)\b[\s,.!]*)*"
    r"(?:(?:change|set|update|switch|turn|make)\s+(?:that|it|this)(?:\s+line)?\s+(?:to|into)(?:\s+say)?"
    r"|(?:replace|swap)\s+(?:that|it|this)\s+(?:with|for)"
    r"|(?:make\s+)?(?:it|that)\s+(?:say|read)|(?:let\s+it|have\s+it)\s+say)\s*:?\s*"
    rf"(?P<q>{_QUOTE})\s*(?:instead|please|pls|then)?\W*$",
    _I,
)


def voice_question(text: str, state: ConversationState) -> str:
    """The question with "it" read as the voice-over (after a question about it) and "at the
    end" / "at the start" as the last / first scene; as it is otherwise."""
    if state.topic == VOICE_TOPIC and state.last_question and _IT_SAYS_RE.search(text):
        text = _IT_SAYS_RE.sub(lambda m: m.group(0).replace(m.group("it"), "the voice-over"), text, count=1)
    text = _END_RE.sub("in the last scene", text)
    return _START_RE.sub("in the first scene", text)


def change_asked_voice(
    masked: str, quotes: list[Quoted], project: AdProject | None, state: ConversationState
) -> ParsedTurn | None:
    """ "change that to '…'" right after the answer named one scene's voice-over: its new words."""
    if project is None or state.topic != VOICE_TOPIC or not state.last_question:
        return None
    if state.project_id not in (None, project.project_id) or len(state.scene_ids) != 1:
        return None
    m = _CHANGE_THAT_RE.match(masked)
    if m is None:
        return None
    scene_id = state.scene_ids[0]
    index = ord(m.group("q")[1]) - 0xE100
    if not 0 <= index < len(quotes) or scene_id not in {s.id for s in project.scenes}:
        return None
    if not project.voice.enabled:
        return None
    words = quotes[index].inner
    turn = ParsedTurn(
        operations=[
            ops.parse_operation({"operation": "update_voiceover", "sceneId": scene_id, "text": words})
        ]
    )
    turn.scene_ids = [scene_id]
    turn.topic = VOICE_TOPIC
    return turn


# The question that asks for a text's words ("What should the hook text say instead? …").
_ASKS_WORDS_RE = re.compile(r"^What should (?:the |scene \d+ )?.{0,60}?\bsay\b", _I)
# "something about glowing skin", "maybe a line about fresh lemons", "make it about summer": the
# words' subject instead of the words themselves.
_ABOUT_RE = re.compile(
    r"^\W*(?:(?:hmm+|um+|ok(?:ay)?|idk|maybe|perhaps|just|so|well)\b[\s,.!]*)*"
    r"(?:make\s+it\s+|(?:(?:write|do|try|go\s+with|give\s+me|let'?s\s+(?:do|go\s+with))\s+)?"
    r"(?:something|anything|a\s+line|a\s+sentence|one|some\s+words|words)\s+)"
    r"(?:about|on|around|mentioning|re|that\s+mentions|that\s+says\s+something\s+about)\s+"
    r"(?P<topic>[a-z][a-z'\s-]{1,50}?)\s*(?:maybe|please|pls|i\s+guess|or\s+something|\?|\.|!)*\s*$",
    _I,
)
_TOPIC_LEAD_RE = re.compile(r"^(?:the|a|an|our|how|its|their)\s+", _I)


def words_about(text: str, project: AdProject | None, state: ConversationState) -> ParsedTurn | None:
    """ "something about glowing skin" in answer to "What should the hook text say instead?":
    that subject as the scene's new words ("Glowing skin"), for the one scene the question was
    about; None for any other message or when the question named no single scene."""
    pending = state.pending
    if project is None or pending is None or not _ASKS_WORDS_RE.match(pending.question or ""):
        return None
    if state.project_id not in (None, project.project_id):
        return None
    ids = list(
        dict.fromkeys(op.get("sceneId") for o in pending.options for op in o.operations if op.get("sceneId"))
    )
    ids = ids or list(state.scene_ids)
    if len(ids) != 1 or ids[0] not in {s.id for s in project.scenes}:
        return None
    m = _ABOUT_RE.match(text.strip())
    if m is None:
        return None
    topic = _TOPIC_LEAD_RE.sub("", " ".join(m.group("topic").split()))
    if len(topic) < 3:
        return None
    line = topic[0].upper() + topic[1:]
    turn = ParsedTurn(operations=[ops.UpdateOverlay(scene_id=ids[0], text=line)])
    turn.scene_ids = ids
    turn.topic = "overlay"
    return turn


__all__ = ["change_asked_voice", "voice_question", "words_about"]
