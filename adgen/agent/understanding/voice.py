"""Voice-over and caption requests (issue 19) -> ``update_voiceover``, ``update_voice`` and
``update_captions``.

Part of :mod:`adgen.agent.understanding`; a step of :mod:`message` that reads a message whose
requests are all about the voice or the captions (a message mixing them with other edits is
read by the clause reader, which leaves the voice part out and says so). The mapping, shared
with the LLM path:

- "add a voice-over", "narrate it", "turn the voice on" -> UpdateVoice(enabled) when the scenes
  have lines, else an UpdateVoiceover per scene with a line written from its on-screen text;
- "make the voice-over say '…'", "the hook's voice-over should say '…'" -> UpdateVoiceover(text)
  for the scene named (the scene the conversation is about, or a question when several fit);
- "no voice-over in the hook", "mute the voice in scene 2" -> UpdateVoiceover(enabled=False);
  "bring the voice-over back in the hook" -> UpdateVoiceover(enabled=True);
- "a slower, deeper voice" -> UpdateVoice(rate × 0.85, pitch × 0.85); "faster" × 1.15,
  "higher" pitch × 1.15; a complaint asks for the opposite ("the voice is too fast" -> slower);
  "use the voice onyx" -> UpdateVoice(voice); "a British male voice" -> voice "en-gb+m3" (the
  offline voice's name; another engine takes its nearest);
- "turn the voice off", "no voice-over", "remove the narration" -> UpdateVoice(enabled=False);
- "captions in the word-by-word style", "karaoke captions" -> UpdateCaptions(style="word");
  "line captions" -> style "line"; "add captions" -> UpdateCaptions(enabled) (and the voice
  on: captions show what it says); "no captions", "remove the subtitles" -> enabled False.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.intensity import level_of
from adgen.agent.understanding.meta import ACK_RE
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK, placeholder, text_value
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import find_scene_refs, scene_names
from adgen.project import AdProject
from adgen.tools import operations as ops

_I = re.I
_VOICE = r"(?:voice[\s-]?overs?|voiceovers?|vo|narrat(?:ion|or)|voice|narrating|speaker)"
_CAPTIONS = r"(?:captions?|subtitles?|subs)"
_VOICE_WORD_RE = re.compile(rf"\b{_VOICE}\b", _I)
_TOPIC_RE = re.compile(rf"\b(?:{_VOICE}|{_CAPTIONS}|narrate)\b", _I)
# A short piece with no topic of its own that belongs to the next one ("a slower, deeper voice").
_GLUE_RE = re.compile(
    r"^(?:a\s+|an\s+|the\s+|make\s+it\s+|bit\s+|little\s+)*(?:slower|faster|deeper|higher|lower|calmer|quicker)$",
    _I,
)
# "the voice-over is too fast, a bit slower please", "vo too fast. slower?", "…, slow it down": a
# piece with no topic after a voice clause that says only a pace or a pitch is that clause's (read
# alone, "a bit slower" was the ad's pace: the whole ad rescaled)
_PACE_AFTER_RE = re.compile(
    r"^\W*(?:(?:and|but|so|just|then|a\s+bit|a\s+little|a\s+lot|a\s+touch|a\s+tad|much|way|even|slightly|bit|"
    r"little|make\s+it|now|ok(?:ay)?|please|pls|(?:can|could)\s+(?:it|you|we|she|he)(?:\s+(?:be|go|make\s+it))?)\s+)*"
    r"(?:slower|faster|deeper|higher|quicker|lower|calmer|slow\s+(?:it|her|him|them|that)\s+down"
    r"|speed\s+(?:it|her|him|them|that)\s+up|calm\s+(?:it|her|him)\s+down)"
    r"(?:\s+(?:a\s+bit|a\s+little|a\s+touch|a\s+tad|a\s+lot|please|pls|too|then|if\s+possible))*\W*$",
    _I,
)
# "no voice in the hook and the end card", "mute the narrator in scenes 1 and 4": a piece that only
# names a scene belongs to the voice clause before it (read alone it removed the end card, and "4"
# muted the music).
_SCENE_ONLY_RE = re.compile(
    r"^\W*(?:(?:and|also|plus|or)\s+)?(?:(?:in|on|from|for|over)\s+)?(?:the\s+)?(?:"
    r"scenes?\s*\d+|\d+|(?:first|second|third|fourth|fifth|last|final|closing|opening)(?:\s+(?:scene|one|shot))?"
    r"|(?:hook|intro|opening|problem|showcase|social[\s-]proof|testimonial|review|cta|call\s+to\s+action"
    r"|end[\s-]?card|end\s+screen|outro|ending)(?:\s+(?:scene|card|shot|one))?"
    r")(?:\s+(?:too|as\s+well|please|pls))*\W*$",
    _I,
)
# "voice off in 2 and 3", "mute the narrator for 1-2": bare scene numbers (never seconds or a share)
_BARE_SCENES_RE = re.compile(
    r"\b(?:in|on|for|from|during)\s+(?P<n>[1-9](?:\s*(?:,|\band\b|&|\+|-|–|\bto\b)\s*[1-9])*)\b"
    r"(?!\s*(?:s\b|secs?\b|seconds?\b|%|x\b|pm\b|am\b|:))",
    _I,
)
_CAPTIONS_NOUN_RE = re.compile(r"\b(?:captions?|subtitles?)\b", _I)
_THEM_RE = re.compile(r"\b(?:them|they)\b", _I)
_SPLIT_RE = re.compile(
    # (a line break ends a request: "scene 1 VO: '…'" over "last scene VO: '…'")
    r"\s*(?:[.;!?]+\s+|\n+|,\s*(?:and\s+|then\s+)?|\s+and\s+(?=\w)(?!\d)|\s+then\s+|\s+[+&]\s+|\s+plus\s+)\s*",
    _I,
)

_OFF_RE = re.compile(
    rf"\b(?:no|without|remove|drop|delete|kill|mute|cut|lose|skip|get\s+rid\s+of)\s+(?:the\s+|any\s+|a\s+)?"
    rf"(?:{_VOICE}|voices)\b|\bturn\s+(?:the\s+)?{_VOICE}\s+off\b|\bturn\s+off\s+(?:the\s+)?{_VOICE}\b"
    rf"|\b{_VOICE}\s+off\b|\bstop\s+(?:the\s+)?(?:narration|talking|speaking)\b|\bmusic\s+only\b",
    _I,
)
_ON_RE = re.compile(
    rf"\b(?:add|put|want|give\s+it|include|need|use|with|turn\s+on|bring\s+back|switch\s+on|enable)\s+"
    rf"(?:in\s+)?(?:a\s+|the\s+|some\s+)?(?:{_VOICE})\b|\bturn\s+(?:the\s+)?{_VOICE}\s+(?:back\s+)?on\b"
    rf"|\b(?:bring|put|turn)\s+(?:the\s+)?{_VOICE}\s+back\b|\bnarrate\b|\b{_VOICE}\s+(?:back\s+)?on\b|\bhave\s+(?:someone|a\s+voice)\s+(?:read|say|speak)\b"
    rf"|\bkeep\s+(?:the\s+)?{_VOICE}\b(?!\s+off)",
    _I,
)
# "add a calm female voice-over", "we want a deep British male narrator": a voice asked for, described
_ADD_DESCRIBED_RE = re.compile(
    rf"\b(?:add|want|need|use|give\s+(?:it|us|me)|put\s+in|include|get|try|with)\s+(?:a|an|some|the)?\s*"
    rf"(?:[\w'-]+(?:,\s*|\s+)){{1,4}}?{_VOICE}\b",
    _I,
)
_SAY_RE = re.compile(
    # ("needs to say …": the verb after "to", never "to" as the joining word and "say …" the line)
    rf"\b{_VOICE}\b.{{0,40}}?(?:\b(?:to\s+)?(?P<verb>say|says|said|saying|read|reads|speak|speaks)\b|\b(?:to|be|for|with)\b|[:=])"
    r"\s*(?P<q>.+)$",
    _I,
)
# How the voice speaks, said after "speak"/"read" ("slower please", "a bit more clearly"): no line.
_MANNER_WORD = (
    r"(?:(?:a|bit|little|lot|tad|touch|much|way|more|less|really|very|so|too|even|lot)\s+)*"
    r"(?:slower|faster|quicker|slowly|quickly|clearer|clearly|calmer|calmly|deeper|higher|louder|softer|"
    r"lower|up|down|more\s+slowly|more\s+clearly|fast|slow|quick|rushed)"
)
# (several in a row: "speaks too fast, a bit slower please" joined as one clause)
_MANNER_ONLY_RE = re.compile(
    rf"^\W*{_MANNER_WORD}(?:\W+(?:and\s+)?{_MANNER_WORD})*"
    r"(?:\s+(?:please|pls|plz|thanks|then|now|for\s+\w+|if\s+possible))*\W*$",
    _I,
)
# "make the hook voice line '…'", "the hook voiceover 'Dinner is here'": a quote right after the
# voice word (or its line) is what it says, with no verb between.
_VOICE_QUOTE_RE = re.compile(
    rf"\b{_VOICE}(?:'s|’s)?(?:\s+(?:line|sentence|copy|words|text|script))?\s*(?P<q>{PLACEHOLDER_MARK}.*)$",
    _I,
)
# "add 'Hey' to the hook voice-over", "put 'Hi' in front of the cta narration", "tack 'today' on the
# end of the hook voiceover": words joined to the line there, never a new line (round twenty-six)
_JOINED_LINE_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|also|and|now|then)\W+)*"
    r"(?:add|tack|stick|append|prepend|put|slap)\b[^\ue000]{0,12}?(?P<q>\ue000.)"
    rf"[^\ue000]*?\b(?:to|on|onto|in\s+front\s+of|at\s+the\s+(?:start|beginning|end)\s+of)\b[^\ue000]*?\b{_VOICE}\b[^\ue000]*$",
    _I,
)
_JOINED_FRONT_RE = re.compile(
    r"\b(?:in\s+front\s+of|(?:to|at)\s+the\s+(?:start|beginning|front)|prepend)\b", _I
)
# "the hook voice-over should say: Dinner, sorted in twenty minutes.": after "say:" the words up
# to the sentence's end are one line, commas and all (never a new request at each comma).
_SAID_LINE_RE = re.compile(
    rf"\b{_VOICE}\b.{{0,40}}?\b(?:say|says|read|reads|speak|speaks|be)\s*:\s*(?P<line>[^.;!?\n]+?)(?=[.;!?]+(?:\s|$)|$)",
    _I,
)
# "the hook voice-over should say so fast and so good": after "should say" with no colon, the
# words to the sentence's end are one line too when nothing in them is another request (split at
# "and", the rest was read as the scene's on-screen text)
_SAID_WHOLE_RE = re.compile(
    rf"\b{_VOICE}\b.{{0,40}}?\b(?:should|to|must|needs?\s+to|has\s+to|will|can)\s+(?:say|read)\s+"
    r"(?P<line>(?![^.;!?\n]*\b(?:and|then|also|plus)\s+(?:the|make|change|set|turn|add|remove|put|use|music|text|"
    r"cta|hook|scene|voice|captions?|it)\b)(?![^.;!?\n]*\ue000)[^.;!?\n,]+?\s+and\s+[^.;!?\n,]+?)(?=[.;!?]+(?:\s|$)|$)",
    _I,
)
# "change the voiceover on the opening scene to what are we eating tonight", "closing voice-over
# line: Shop today": unquoted words after a change verb and "to", or after a label's colon, are
# the line (the voice-over named, never the bare "voice", whose "to" is a voice or a manner).
_LINE_VOICE = r"(?:voice[\s-]?overs?|voiceovers?|vo|narration|voice[\s-]?lines?)"
_UNQUOTED_LINE_RE = re.compile(
    rf"^\W*(?:(?:please|pls|can\s+you|could\s+you|now|ok(?:ay)?|and|also)\W+)*"
    rf"(?:change|set|switch|update|make|rewrite|edit)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{_LINE_VOICE}\b"
    rf"(?:\s+(?:line|text|copy|words|script))?(?:\s+(?:on|in|for|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?"
    rf"\s+to\s+(?!be\b)(?P<q>[^\ue000]+?)\W*$"
    rf"|^\W*(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_LINE_VOICE}(?:\s+(?:line|text|copy|words|script))?\s*[:=]\s*(?P<q2>[^\ue000]+?)\W*$",
    _I,
)
# What follows "to" that is no line: a value, on or off, a voice or how it speaks.
_NOT_A_LINE_RE = re.compile(
    r"^(?:\d[\d.,]*\s*(?:%|percent|s|secs?|seconds?)?|on|off|none|nothing|silence|mute|"
    r"(?:a\s+|an\s+|the\s+)?(?:british|english|american|male|female|man|woman|deeper|higher|slower|faster|"
    r"calmer|warmer|different|new|other|another)\b.*)$",
    _I,
)
# "say the same line", "read the on-screen text": the words the scene shows, never these words
_SAME_LINE_RE = re.compile(
    r"^\W*(?:(?:exactly|just)\s+)?(?:the\s+same(?:\s+(?:line|text|words|copy|thing|message))?|that\s+(?:line|text|copy)|"
    r"(?:the\s+)?(?:on[\s-]?screen|new|cta|hook)\s+(?:line|text|words|copy)|what\s+(?:the\s+)?(?:text|screen|caption)\s+says)\b",
    _I,
)
_AT_THE_END_RE = re.compile(r"\b(?:at|in)\s+the\s+(?:very\s+)?end\b|\bat\s+the\s+close\b", _I)
_SLOWER_RE = re.compile(
    r"\bslow(?:er)?\b|\bless\s+rushed\b|\bcalmer\s+(?:voice|pace)\b|\b(?:rushed|hurried|breathless|rapid[\s-]fire)\b"
    # ("the narrator is rushing, sounds like an auctioneer": too fast, said as a picture)
    r"|\b(?:rushing|rushes|racing|races|gabbl(?:es|ing)|auctioneer|motor[\s-]?mouth|machine[\s-]?gun|speed[\s-]?read(?:ing|s)?)\b"
    r"|\b(?:can'?t|cannot|hard\s+to)\s+keep\s+up\b"
    # ("sounds like a robot in a hurry": hurried, said as a picture)
    r"|\bin\s+(?:a|such\s+a)\s+(?:hurry|rush)\b",
    _I,
)
# How far "slower" / "deeper" goes, by the intensity words ("a bit", "a lot"): the factor.
MANNER_STEP = {"bit": 0.07, "normal": 0.15, "much": 0.4}
# "speed up the voice by 10%", "20 percent slower": the step is the percentage said, of the
# pace (or pitch) it has now.
_PERCENT_STEP_RE = re.compile(r"\b(?P<p>\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b|pct\b)", _I)


def _percent_step(wording: str) -> float | None:
    """The step a percentage in the words says (0.1 for "by 10%"), or None."""
    m = _PERCENT_STEP_RE.search(wording)
    return float(m.group("p")) / 100 if m and float(m.group("p")) > 0 else None


# "speed 1.2x", "pace to 0.8", "1.5x speed": the voice's rate itself.
_RATE_RE = re.compile(
    r"\b(?:speed|rate|pace|tempo)\s*(?:to|at|of|=|:)?\s*(?P<x>\d+(?:\.\d+)?)\s*(?:x|×|times)?(?!\s*%)\b"
    r"|\b(?P<x2>\d+(?:\.\d+)?)\s*(?:x|×)\s*(?:speed|rate|pace|faster|slower)?\b",
    _I,
)
# "voice pitch 1.2", "the pitch of the narrator to 0.8": the pitch as a number (1 is natural).
_PITCH_RE = re.compile(
    r"\bpitch\s+(?:of\s+(?:the\s+)?\w+(?:[\s-]over)?\s+)?(?:(?:up|down)\s+to|to|at|=|:)?\s*(?P<p>\d+(?:\.\d+)?)\s*(?:x|×)?(?!\s*%)(?![\d.])"
    r"|\bpitch\s*(?::|=)\s*(?P<p2>\d+(?:\.\d+)?)"
    # "pitch the voice up to 1.2": "pitch" the verb
    r"|\bpitch\s+(?:the\s+|her\s+|his\s+)?(?:voice(?:[\s-]?over)?|narrat\w*|it|her|him)\s+(?:up|down)\s+to\s+(?P<p3>\d+(?:\.\d+)?)\b",
    _I,
)
# "pitch the voice up a bit", "pitch the narrator down": higher or deeper.
_PITCH_VERB = r"\bpitch\s+(?:the\s+|her\s+|his\s+)?(?:voice(?:[\s-]?over)?|narrat\w*|it|her|him)\s+"
_FASTER_RE = re.compile(
    r"\bfast(?:er)?\b|\bquick(?:er)?\b|\bpick\s+up\s+the\s+pace\b"
    # ("speed the voice up a smidge": the voice between the verb and "up")
    r"|\bspeed\s+(?:(?:it|her|him|the\s+(?:voice(?:[\s-]?over)?|narrat\w*|vo|reading))\s+)?up\b",
    _I,
)
_DEEPER_RE = re.compile(
    _PITCH_VERB + r"down\b|\bdeep(?:er)?\b|\blow(?:er)?(?:[\s-]pitch(?:ed)?)?\b|\bbass(?:ier)?\b", _I
)
_HIGHER_RE = re.compile(_PITCH_VERB + r"up\b|\bhigh(?:er)?(?:[\s-]pitch(?:ed)?)?\b|\blighter\s+voice\b", _I)
_TOO_RE = re.compile(
    r"\b(?:too|so|way\s+too|a\s+bit|overly)\s+(?:fast|quick(?:ly)?|rushed|slow(?:ly)?|deep|low|high|squeaky)\b"
    # ("the voice drags": too slow, said as what it does)
    r"|\b(?:drags|dragging)\b"
    # ("the voice is slow", "the narrator sounds sluggish": how it is now, the complaint)
    r"|(?:\b(?:is|are|sounds?|feels?|seems?)|'s)\s+(?:(?:really|very|quite|pretty|kind\s+of|kinda|a\s+little|super|"
    r"way|painfully)\s+)?(?:slow|sluggish|draggy|plodding|fast|quick)\b(?!\s+enough)",
    _I,
)
# The complaint words of ``_TOO_RE`` that say how fast the voice is now: the fix is the opposite.
_SLOW_NOW_RE = re.compile(r"\b(?:slow(?:ly)?|sluggish|draggy|plodding|drags|dragging)\b", _I)
_FAST_NOW_RE = re.compile(r"\b(?:fast|quick(?:ly)?|rushed)\b", _I)
_NAMED_VOICE_RE = re.compile(
    r"\b(?:the\s+)?voice\s+(?:to\s+|called\s+|named\s+)?(?P<v>[a-z][a-z0-9+_-]{1,30})\b", _I
)
# "the last voice line", "the narrator's opening line", "the final voiceover sentence".
_NTH = r"(?:first|opening|second|third|fourth|fifth|last|final|closing|penultimate)"
_NTH_VOICE_LINE_RE = re.compile(
    rf"\b(?P<o>{_NTH})\s+{_VOICE}\s+(?:line|sentence|bit|words)\b"
    # ("the last voice-over has to say '…'": the voice-over of the last scene, its line to come)
    rf"|\b(?P<o3>{_NTH})\s+{_VOICE}(?=\s+(?:(?:has|needs|ought)\s+to|should|must|shall|will|to|says?|reads?|becomes?|is|=|:|->|→)\s)"
    rf"|\b{_VOICE}(?:'s|’s)?\s+(?P<o2>{_NTH})\s+(?:line|sentence|words)\b",
    _I,
)
_KNOWN_VOICES = frozenset(
    "alloy ash ballad coral echo fable nova onyx sage shimmer verse en-us en-gb en-us+f3 en-us+m3 en-gb+f3".split()
)

_CAPTIONS_OFF_RE = re.compile(
    rf"\b(?:no|without|remove|drop|delete|hide|kill|lose|get\s+rid\s+of)\s+(?:the\s+|any\s+)?(?:burned[\s-]in\s+)?{_CAPTIONS}\b"
    rf"|\bturn\s+(?:the\s+)?{_CAPTIONS}\s+off\b|\bturn\s+off\s+(?:the\s+)?{_CAPTIONS}\b|\b{_CAPTIONS}\s+off\b",
    _I,
)
WORD_STYLE_RE = re.compile(
    r"\bword[\s-]+(?:by|for)[\s-]+word\b|\bkaraoke\b|\bhighlight(?:ed|ing)?\s+(?:each|every|the\s+spoken)?\s*words?\b"
    r"|\b(?:one|each)\s+word\s+at\s+a\s+time\b|\bugc\b|\btiktok[\s-]style\b|\bword\s+(?:style|captions?)\b",
    _I,
)
_LINE_STYLE_RE = re.compile(
    r"\b(?:line|lines|classic|plain|simple|normal|regular|standard)\s+(?:style\s+)?captions?\b"
    r"|\bcaptions?\s+(?:as|in)\s+(?:full\s+)?lines\b|\bline\s+style\b",
    _I,
)
_CAPTIONS_ON_RE = re.compile(
    rf"\b(?:add|put|want|with|turn\s+on|show|burn\s+in|enable|include)\s+(?:the\s+|some\s+)?{_CAPTIONS}\b"
    rf"|\b{_CAPTIONS}\s+(?:on|please)\b|\bturn\s+(?:the\s+)?{_CAPTIONS}\s+on\b",
    _I,
)


_ACCENT_RE = re.compile(r"\b(?P<gb>british|english|uk|london)\b|\b(?P<us>american|us)\b", _I)
_GENDER_RE = re.compile(
    r"\b(?P<m>male|man'?s?|masculine|guy)\b|\b(?P<f>female|woman'?s?|feminine|lady|girl)\b", _I
)


def _described_voice(clause: str) -> str | None:
    """ "a British male voice" as the offline voice's name (en-gb+m3); engines that name their
    voices otherwise take the nearest of theirs (:func:`adgen.pipeline.voice_stages.voice_for`)."""
    accent, gender = _ACCENT_RE.search(clause), _GENDER_RE.search(clause)
    if not accent and not gender:
        return None
    base = "en-gb" if accent and accent.group("gb") else "en-us"
    return base + ("" if not gender else "+m3" if gender.group("m") else "+f3")


# A piece that only takes the last words back ("never mind, line captions", "no wait, …"): no
# request of its own, so it neither makes the message about something else nor is read.
_RETRACTION_RE = re.compile(
    r"^\W*(?:(?:never\s+mind|nvm|no|nah|wait|actually|hmm+|ok(?:ay)?|oops|sorry|scratch\s+that|"
    r"forget\s+(?:it|that)|on\s+second\s+thought)\b\W*)+$",
    _I,
)


# "…, sounds like an auctioneer": how the voice comes across, said of the request before it.
_LIKENESS_RE = re.compile(
    r"^(?:(?:it|he|she|they|(?:s?he|it)\s+just)\s+)?(?:sounds?|sounding|talks?|speaks?|reads?)\s+like\b|^like\s+an?\b"
    # ("…, I can't keep up", "…, nobody can follow it": the listener's side of the same request)
    r"|^(?:i|we|you|people|viewers|nobody|no\s+one)\s+(?:can'?t|cannot|couldn'?t|can)\s+(?:barely\s+|hardly\s+)?"
    r"(?:keep\s+up|follow|understand|catch)\b"
    # ("…, it's sleepy", "…, it drags": how the voice comes across; "…, make it slower": "it" is the
    # voice, its pace again; round 28 c, "the voice can go way faster, it's sleepy" set the ad's length)
    r"|^(?:it|s?he|they)(?:'s|'re|\s+is|\s+are|\s+sounds?|\s+feels?)?\s+(?:(?:so|too|way|kinda|a\s+bit|really|very|just)\s+)*"
    r"(?:sleepy|boring|dull|flat|robotic|rushed|monotone|lifeless|sluggish|drags?|dragging|slow|fast|quick|hurried)\W*$"
    r"|^(?:(?:so|and|pls|please)\s+)*(?:please\s+)?(?:to\s+)?make\s+(?:it|him|her|them)\s+(?:(?:a\s+bit|a\s+little|a\s+lot|much|way|even)\s+)?"
    r"(?:more\s+)?(?:slower|faster|quicker|slow|fast|quick)(?:\s+(?:please|pls))?\W*$",
    _I,
)


# A request after the words of an unquoted line ("… to good morning and make the music louder").
_REQUEST_AFTER_RE = re.compile(
    r"(?:[,;.!?]|\band\b|\bthen\b|\bplus\b|\balso\b)\s+(?:please\s+)?(?:make|set|change|move|put|add|remove|delete|drop|"
    r"turn|use|switch|swap|cut|trim|undo|render|export|mute|keep|give|show|hide)\b",
    _I,
)


def _clauses(text: str) -> list[str]:
    whole = _UNQUOTED_LINE_RE.match(text.strip())
    if whole is not None and not _REQUEST_AFTER_RE.search(whole.group("q") or whole.group("q2") or ""):
        return [text.strip()]  # "… voiceover line to smooth and bold": one line, its "and" too
    said = _SAID_LINE_RE.search(text) or _SAID_WHOLE_RE.search(text)
    if said is not None:
        head, rest = _clauses(text[: said.start("line")]), _clauses(text[said.end("line") :])
        line = f"{head[-1].rstrip()} {said.group('line').strip()}" if head else said.group("line").strip()
        return [*head[:-1], line, *(c for c in rest if re.search(r"\w", c))]
    out: list[str] = []
    pieces = [c.strip() for c in _SPLIT_RE.split(text) if c and c.strip()]
    # "better. now the narration a tad faster": a word of thanks or praise asks for nothing.
    kept = [c for c in pieces if not (_RETRACTION_RE.match(c) or ACK_RE.match(c))]
    for piece in kept if kept else pieces:
        if out and (
            _GLUE_RE.match(out[-1])
            or _LIKENESS_RE.match(piece)
            or (_PACE_AFTER_RE.match(piece) and _TOPIC_RE.search(out[-1]))
        ):
            out[-1] = f"{out[-1]} {piece}"
        elif (
            out
            and _SCENE_ONLY_RE.match(piece)
            and _TOPIC_RE.search(out[-1])
            and not _SCENE_ONLY_RE.match(out[-1])
        ):
            out[-1] = f"{out[-1]} and {piece}"
        elif (
            out
            and _CAPTIONS_NOUN_RE.search(out[-1])
            and _THEM_RE.search(piece)
            and not _TOPIC_RE.search(piece)
        ):
            # "drop the subtitles, they clutter the screen", "…the captions are distracting, lose them"
            noun = _CAPTIONS_NOUN_RE.findall(out[-1])[-1]
            out.append(_THEM_RE.sub(f"the {noun}", piece, count=1))
        else:
            out.append(piece)
    return out


# "he speaks too fast", "the guy reading it talks so fast": the voice-over, named as the person
_PERSON_SPEAKING_RE = re.compile(
    r"\b(?:he|she|the\s+(?:guy|girl|woman|man|lady|dude|person|reader)(?:\s+(?:reading|talking|speaking)(?:\s+it)?)?)"
    r"\s+(?=(?:speaks|talks|reads|is\s+(?:talking|speaking|reading)|sounds)\b)",
    _I,
)


# "change what i say on the last scene to '…'", "what she says in the hook should be '…'", "the
# spoken line at the end", "what's said in scene 2": the voice-over's words, named by who speaks
# them (round thirty, e; read as typed, the scene's on-screen text was changed, or a question was
# answered). "what it says", "what the cta says" stay the screen's.
_SPOKEN_WORDS_RE = re.compile(
    r"\bwhat\s+(?:i|i'?m|i\s+am|she|she'?s|he|he'?s|we|we'?re|they|they'?re|you|the\s+(?:narrator|voice|speaker|presenter|"
    r"host|guy|girl|woman|man|lady|dude|person|reader))\s+(?:say|says|said|saying|speaks?|speaking|reads?|reading)\b"
    r"(?:\s+out\s+loud|\s+aloud)?"
    r"|\bwhat'?s\s+(?:being\s+)?(?:said|spoken)(?:\s+out\s+loud|\s+aloud)?"
    r"|\bwhat\s+(?:is|gets|'s)\s+(?:said|spoken|read\s+out)(?:\s+out\s+loud|\s+aloud)?"
    r"|\bwhat\s+(?:you|we|people|viewers)\s+hear\b"
    r"|\bthe\s+(?:words?|lines?)\s+(?:i|she|he|we|they|the\s+(?:narrator|voice|speaker))\s+(?:say|says|speaks?|reads?)\b"
    r"|\bthe\s+spoken\s+(?:lines?|words?|text|bit|part|copy|script)\b",
    _I,
)


def voice_as_named(masked: str) -> str:
    """``masked`` with the voice named as the person speaking said as "the voice" ("he talks too
    fast": read as typed, no topic, and "too fast" was the ad's pace), and the words spoken named
    by who speaks them said as "the voice-over" ("change what i say on the last scene to '…'")."""
    return _PERSON_SPEAKING_RE.sub("the voice ", spoken_as_voice(masked))


# "the narrator rushes, way too fast", "the voice-over drags. too slow": the pace complaint said
# again in a clause of its own, which, read alone, rescaled the whole ad (or turned the voice the
# wrong way); the first clause says it all
_RESTATED_PACE_RE = re.compile(
    r"(?P<first>\b(?:the\s+)?(?:voice(?:[\s-]?over)?|narrator|narration|vo|speaker)\b[^.!?;,\n]{0,40}?"
    r"\b(?:rush\w*|gabbl\w*|drag\w*|hurr\w*|rac(?:es|ing)|fast|slow\w*|quick\w*|sluggish|plodd\w*)\b[^.!?;,\n]{0,20}?)"
    r"\s*(?:[,.;:]+|\s-|\s—|\s+and)\s*"
    r"(?:(?:it|he|she|they)(?:'s|\s+is|\s+are|'re)?\s+|(?:is|are)\s+)?(?:(?:way|far|much|a\s+bit|a\s+little|just|really|so)\s+)?"
    r"too\s+(?:fast|quick(?:ly)?|slow(?:ly)?|rushed)\s*(?:though|tbh|honestly)?\s*[.!]*\s*$",
    _I,
)


def without_restated_pace(masked: str) -> str:
    """``masked`` without a pace complaint's restatement ("the narrator rushes, way too fast":
    "the narrator rushes"), so the voice's pace is read once, in the first clause's direction."""
    return _RESTATED_PACE_RE.sub(lambda m: m.group("first").rstrip(), masked)


def spoken_as_voice(masked: str) -> str:
    """``masked`` with the words spoken, named by who speaks them, said as "the voice-over", when
    the new words are quoted (unquoted, "change what the narrator says … to: …" is read elsewhere)."""
    if "\ue000" not in masked:
        return masked
    return _SPOKEN_WORDS_RE.sub("the voice-over", masked)


# "love the voice, it's slow and calm, perfect", "the voice is slow, which I like": the voice
# described and liked (read as typed, "slow" was a complaint and the ad was rescaled)
_LIKED_RE = re.compile(
    # ("like" only as liking, with who likes it: "talks like an auctioneer", "sounds like someone in a
    # hurry" are likenesses)
    r"\b(?:love|loving|liked|great|perfect|nice|lovely|amazing|beautiful|gorgeous|spot\s+on|fantastic)\b"
    r"|\b(?:i|we|they|you|really|do|also|still|totally|kinda|honestly|(?:i|we)'d|client|boss)\s+(?:\w+\s+)?like\b",
    _I,
)
_KEEP_IT_RE = re.compile(
    r"\b(?:(?:please\s+)?(?:don'?t|do\s+not)\s+(?:change|touch)\s+(?:it|that|them|her|him|a\s+thing)"
    r"|leave\s+(?:it|that|her|him)(?:\s+as\s+(?:it\s+)?is)?|keep\s+(?:it|that|her|him)(?:\s+(?:like\s+that|as\s+(?:it\s+)?is))?)\b",
    _I,
)
_ASKS_RE = re.compile(
    r"\b(?:make|change|set|turn|add|remove|put|use|switch|swap|too|should|needs?|want|wish|could|can|please|pls|but|"
    r"off|on|no|not|without|drop|mute|kill|cut|delete|replace|try|give|get\s+rid|instead|say|says|read|"
    r"though|however|except|slower|faster|quicker|deeper|higher|lower|louder|quieter|softer|calmer|warmer|more|less)\b"
    r"|\ue000|\?",
    _I,
)


def without_voice_praise(masked: str) -> str:
    """``masked`` without its sentences that describe the voice and like it, asking nothing (all
    of it when the whole message is such: "great voice-over. slow, clear, lovely")."""
    whole = _KEEP_IT_RE.sub(" ", masked)
    if _TOPIC_RE.search(whole) and _LIKED_RE.search(whole) and not _ASKS_RE.search(whole):
        return ""
    kept = []
    for sentence in re.split(r"(?<=[.!;])\s+|\n+", masked):
        bare = _KEEP_IT_RE.sub(" ", sentence)
        if _TOPIC_RE.search(bare) and _LIKED_RE.search(bare) and not _ASKS_RE.search(bare):
            continue
        kept.append(sentence)
    return " ".join(kept) if len(kept) != len(re.split(r"(?<=[.!;])\s+|\n+", masked)) else masked


def names_the_voice(text: str) -> bool:
    """Whether ``text`` names the voice-over (not only its captions)."""
    return _VOICE_WORD_RE.search(text) is not None


def is_voice_message(text: str) -> bool:
    """Whether every request of the message is about the voice-over or the captions."""
    clauses = _clauses(text)
    return bool(clauses) and all(_TOPIC_RE.search(c) for c in clauses)


class _Reading:
    def __init__(self, project: AdProject, quotes: list[Any], last_scenes: list[str] | None) -> None:
        self.project, self.quotes, self.last = project, quotes, last_scenes or []
        self.operations: list[Any] = []
        self.question: str | None = None
        self.refusal: str | None = None
        self.scene_ids: list[str] = []

    def scenes(self, clause: str) -> list[str] | None:
        """The scenes the clause names (None: none named)."""
        refs = find_scene_refs(clause, self.project, self.quotes)
        for ref in refs:
            if ref.error or ref.question:
                self.question = ref.error or ref.question
                return []
        ids = [i for ref in refs for i in ref.ids]
        if not ids and _AT_THE_END_RE.search(clause):
            ids = [self.project.scenes[-1].id]  # "have the narrator say it at the end": the last scene
        return ids or self._bare_numbers(clause) or self._nth_line(clause)

    def _bare_numbers(self, clause: str) -> list[str] | None:
        """ "voice off in 2 and 3": bare numbers after "in"/"on"/"for" are scenes (read without
        them, the whole voice went off); a number past the last scene asks."""
        m = _BARE_SCENES_RE.search(clause)
        if m is None:
            return None
        places: list[int] = []
        for part in re.split(r"\s*(?:,|\band\b|&|\+)\s*", m.group("n")):
            ends = re.split(r"\s*(?:-|–|\bto\b)\s*", part.strip())
            first, last = int(ends[0]), int(ends[-1])
            places += range(first, last + 1) if first <= last else [first, last]
        count = len(self.project.scenes)
        if any(not 1 <= n <= count for n in places):
            self.question = f"This ad has {count} scenes; which of them do you mean (1 to {count})?"
            return []
        return list(dict.fromkeys(self.project.scenes[n - 1].id for n in places))

    def _nth_line(self, clause: str) -> list[str] | None:
        """ "the last voice line", "the narrator's opening line": the scene at that place."""
        m = _NTH_VOICE_LINE_RE.search(clause)
        if m is None:
            return None
        word = (m.group("o") or m.group("o2") or m.group("o3")).lower()
        count = len(self.project.scenes)
        place = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}.get(word, count)
        if word == "penultimate":
            place = count - 1
        return [self.project.scenes[place - 1].id] if 1 <= place <= count else None

    def clause(self, clause: str) -> None:
        if _CAPTIONS_OFF_RE.search(clause):
            self.operations.append(ops.UpdateCaptions(enabled=False))
            return
        if re.search(rf"\b{_CAPTIONS}\b", clause, _I) and not re.search(rf"\b{_VOICE}\b", clause, _I):
            self._captions(clause)
            return
        named = self.scenes(clause)
        if self.question:
            return
        joined = _JOINED_LINE_RE.search(clause)
        if joined is not None and named:
            # "add 'Hey' to the start of the hook voice-over": the quoted words join its line
            line = self.quotes[ord(joined.group("q")[1]) - ord(placeholder(0)[1])].inner.strip()
            for sid in named:
                vo = self.project.scene(sid).voiceover
                now = vo.text.strip() if vo is not None else ""
                front = _JOINED_FRONT_RE.search(clause) is not None
                text = line if not now else (f"{line} {now}" if front else f"{now} {line}")
                self.operations.append(ops.UpdateVoiceover(scene_id=sid, text=text))
            self.scene_ids += named
            return
        said = _SAY_RE.search(clause) or _VOICE_QUOTE_RE.search(clause)
        line = None
        if said and PLACEHOLDER_MARK in said.group("q"):  # the quote is the line, the rest names scenes
            mark = re.search(f"{PLACEHOLDER_MARK}.", said.group("q"))
            line = self.quotes[ord(mark.group(0)[1]) - ord(placeholder(0)[1])].inner if mark else None
        elif said and said.group("verb") and not _MANNER_ONLY_RE.match(said.group("q")):
            # ("the voice should speak slower please": how it speaks, never a line "slower please")
            line = text_value(said.group("q"), self.quotes)
        else:
            line = self._unquoted_line(clause)
        if line is not None and _SAME_LINE_RE.match(line):
            self._say_on_screen_words(named)  # "say the same line": each scene's on-screen words
        elif line is not None:
            self._say(line.strip().strip("\"'“”‘’"), named)
        elif _OFF_RE.search(clause):
            if named:
                self.operations += [ops.UpdateVoiceover(scene_id=s, enabled=False) for s in named]
                self.scene_ids += named
            else:
                self.operations.append(ops.UpdateVoice(enabled=False))
        elif _ON_RE.search(clause) and named:
            self.operations += [ops.UpdateVoiceover(scene_id=s, enabled=True) for s in named]
            self.scene_ids += named
        elif self._manner(clause):
            if (_ON_RE.search(clause) or _ADD_DESCRIBED_RE.search(clause)) and not self._has_lines():
                # "add a calm female voice-over": the lines written first (as for "add a voice-over"),
                # then the voice described (turned on with no lines, it asked what to say)
                described = self.operations.pop()
                self._write_lines()
                self.operations.append(described)
            return
        elif _ON_RE.search(clause):
            self._voice_on()

    def _unquoted_line(self, clause: str) -> str | None:
        """ "change the hook voiceover to good morning": the words after "to" (or a label's colon),
        unless they are a value, a scene, a voice or how it speaks."""
        m = _UNQUOTED_LINE_RE.match(clause)
        if m is None:
            return None
        words = (m.group("q") or m.group("q2") or "").strip()
        if not words or _NOT_A_LINE_RE.match(words) or _MANNER_ONLY_RE.match(words):
            return None
        if find_scene_refs(words, self.project, self.quotes):
            return None  # "switch the voiceover to the cta": a scene, no words
        return text_value(words, self.quotes)

    def _captions(self, clause: str) -> None:
        if WORD_STYLE_RE.search(clause):
            self.operations.append(ops.UpdateCaptions(enabled=True, style="word"))
        elif _LINE_STYLE_RE.search(clause):
            self.operations.append(ops.UpdateCaptions(enabled=True, style="line"))
        elif _CAPTIONS_ON_RE.search(clause):
            self.operations.append(ops.UpdateCaptions(enabled=True))
        else:
            return  # "the captions are too small": nothing this reads
        if not self.project.voice.enabled:
            self._voice_on()

    def _say_on_screen_words(self, named: list[str] | None) -> None:
        targets = named or (self.last[:1] if self.last else None)
        if not targets:
            self.question = (
                f"Which scene's words should the voice-over say? This ad has {scene_names(self.project)}."
            )
            return
        self.operations += [
            ops.UpdateVoiceover(scene_id=s, text=self.project.scene(s).overlay.text) for s in targets
        ]
        self.scene_ids += targets

    def _say(self, line: str, named: list[str] | None) -> None:
        targets = named or (self.last[:1] if self.last else None)
        if not targets:
            if len(self.project.scenes) == 1:
                targets = [self.project.scenes[0].id]
            else:
                self.question = (
                    f"Which scene should the voice-over say that in? This ad has {scene_names(self.project)}."
                )
                return
        self.operations += [ops.UpdateVoiceover(scene_id=s, text=line) for s in targets]
        self.scene_ids += targets

    def _manner(self, clause: str) -> bool:
        """Pace, pitch or a named voice; False when the clause says none of them."""
        voice = self.project.voice
        change: dict[str, Any] = {}
        # A complaint asks for the opposite: "the voice is too fast" slows it down.
        too = _TOO_RE.search(clause)
        wording = clause[: too.start()] + clause[too.end() :] if too else clause
        slower = _SLOWER_RE.search(wording) or (too and _FAST_NOW_RE.search(too.group(0)))
        faster = _FASTER_RE.search(wording) or (too and _SLOW_NOW_RE.search(too.group(0)))
        deeper = _DEEPER_RE.search(wording) or (too and _HIGHER_RE.search(too.group(0)))
        higher = _HIGHER_RE.search(wording) or (too and _DEEPER_RE.search(too.group(0)))
        step = _percent_step(wording) or MANNER_STEP[level_of(wording)]
        rate = _RATE_RE.search(clause)
        if rate:
            value = float(rate.group("x") or rate.group("x2"))
            if not 0.5 <= value <= 2.0:
                self.question = None
                self.refusal = (
                    f"The voice's pace can be 0.5x to 2x (1x is natural speech); {value:g}x is out of range."
                )
                return True
            change["rate"] = round(value, 2)
        elif slower:
            change["rate"] = round(max(0.5, voice.rate * (1 - step)), 2)
        elif faster:
            change["rate"] = round(min(2.0, voice.rate * (1 + step)), 2)
        pitch = _PITCH_RE.search(clause)
        if pitch:
            value = float(pitch.group("p") or pitch.group("p2") or pitch.group("p3"))
            if not 0.5 <= value <= 1.5:
                self.question = None
                self.refusal = (
                    "The voice's pitch can be 0.5 to 1.5 (1 is natural, lower is deeper, higher is "
                    f"higher); {value:g} is out of range."
                )
                return True
            change["pitch"] = round(value, 2)
        elif deeper:
            change["pitch"] = round(max(0.5, voice.pitch * (1 - step)), 2)
        elif higher:
            change["pitch"] = round(min(1.5, voice.pitch * (1 + step)), 2)
        named = _NAMED_VOICE_RE.search(clause)
        if named and named.group("v").lower() in _KNOWN_VOICES:
            change["voice"] = named.group("v").lower()
        elif described := _described_voice(clause):
            change["voice"] = described
        if not change:
            return False
        if not voice.enabled:
            change["enabled"] = True
        self.operations.append(ops.UpdateVoice(**change))
        return True

    def _has_lines(self) -> bool:
        return any(s.voiceover and s.voiceover.text.strip() for s in self.project.scenes)

    def _voice_on(self) -> None:
        if self._has_lines():
            self.operations.append(ops.UpdateVoice(enabled=True))
            return
        self._write_lines()

    def _write_lines(self) -> None:
        """A line for each scene, written from the ad (what "add a voice-over" says)."""
        from adgen.pipeline.types import Brief
        from adgen.voice.planning import with_voiceover

        written = with_voiceover(self.project, Brief(text=self.project.brief))
        self.operations += [
            ops.UpdateVoiceover(scene_id=s.id, text=s.voiceover.text)
            for s in written.scenes
            if s.voiceover and s.voiceover.text
        ]


def read_voice(
    masked: str, project: AdProject | None, quotes: list[Any], last_scenes: list[str] | None = None
) -> ParsedTurn | None:
    """The voice and caption requests of a message that is only about them, else None."""
    if project is None or not is_voice_message(masked):
        return None
    reading = _Reading(project, quotes, last_scenes)
    for clause in _clauses(masked):
        reading.clause(clause)
        if reading.refusal:
            return ParsedTurn(unknown=reading.refusal)
        if reading.question:
            return ParsedTurn(question=reading.question, topic="voice")
    if not reading.operations:
        return None
    return ParsedTurn(operations=reading.operations, scene_ids=reading.scene_ids or None, topic="voice")


# While the conversation is on the voice: "a bit slower" is its pace, "the hook line should be
# '…'" its line (a row per reading: the pattern and the words that make it about the voice).
VOICE_CONTINUATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            # ("make it 10% slower", "faster by 20 percent": the step said as a percentage)
            # ("but slower" after "put it back on": the voice's rate)
            r"^\W*(?:(?:and|but|a\s+bit|a\s+little|a\s+lot|much|way|even|slightly|bit|little|make\s+it|now|ok(?:ay)?"
            r"|\d{1,2}\s*(?:%|percent|per\s+cent))\s+)*"
            r"(?:slower|faster|deeper|higher|quicker|lower)(?:\s+by\s+\d{1,2}\s*(?:%|percent\b|per\s+cent\b))?"
            r"\W*(?:please|pls)?\W*$",
            re.I,
        ),
        "{} voice",
    ),
    (re.compile(r"\b(?<!head)line\b(?=.*\ue000)", re.I), "voice-over: {}"),
    # "what's the hook voice line?" then "change it to '…'": "it" is the line asked about.
    (
        re.compile(
            r"^\W*(?:(?:ok(?:ay)?|and|now|then)\W+)*(?:change|set|make|switch|update)\s+it\s+(?:to\s+)?\ue000.\W*$",
            re.I,
        ),
        "voice-over: {}",
    ),
)


# "turn the voice off" then "hmm actually put it back on": "it" is the voice just turned off (the
# reply had been the help text, and the voice stayed off).
_BACK_ON_RE = re.compile(
    r"^\W*(?:(?:hmm+|actually|no|wait|ok(?:ay)?|sorry|please|pls|can\s+you|could\s+you|and)\W+)*"
    r"(?:put|turn|switch|bring|flip|have)\s+(?:it|that|them)\s+(?:back\s+on|on\s+again|back)\b"
    r"\W*(?:please|pls|again)?\W*$",
    re.I,
)


def voice_back_on(plain: str) -> str | None:
    """ "put it back on" while the conversation is on the voice, turned off: the voice back on."""
    return "turn the voice back on" if _BACK_ON_RE.match(plain) else None


def voice_continuation(plain: str) -> str:
    """ "a bit slower" while the conversation is on the voice: "a bit slower voice"."""
    for pattern, form in VOICE_CONTINUATIONS:
        if pattern.search(plain):
            return form.format(plain)
    return plain


__all__ = [
    "VOICE_CONTINUATIONS",
    "is_voice_message",
    "read_voice",
    "voice_back_on",
    "voice_continuation",
    "without_restated_pace",
]
