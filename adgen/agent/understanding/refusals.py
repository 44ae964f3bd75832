"""Requests adgen cannot carry out, with the reason and what it can do instead.

Part of :mod:`adgen.agent.understanding`. Two tables:

- ``UNSUPPORTED``: things adgen does not make ("song lyrics", "a 21:9 version"): a pattern and
  the one-line reason, naming the choices it does support;
- ``LIMITS``: the ranges of the document's numbers (CONTRACTS §1), used to turn a value out of
  range (from the parser or a validation error) into one sentence with the allowed range.

No raw validation message ("duration_sec: Input should be greater than or equal to 5") ever
reaches the marketer: :func:`friendly` writes it in their words.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from adgen.agent.understanding.refused_places import LOGO_ALONE
from adgen.agent.understanding.values import COLOR_WORD
from adgen.pipeline.types import Brief
from adgen.project import AD_MAX_SEC, AD_MIN_SEC, SCENE_MAX_SEC, SCENE_MIN_SEC
from adgen.tools.wording import invalid_value_sentence

_LANGUAGES = (
    r"spanish|french|german|portuguese|italian|dutch|polish|turkish|swedish|japanese|chinese|mandarin|"
    r"korean|arabic|hindi|russian|greek|danish|norwegian|finnish|czech|hebrew|vietnamese|thai|indonesian"
)
# Asked before the voice is read ("add subtitles in spanish" is no request for captions).
TRANSLATED_CAPTIONS = (
    "I can't translate the captions: they show the voiceover's own words. Give me the words in that "
    "language in quotes (“the hook should say '…'”) and I'll put them on screen."
)
# A scene's words are still: what "make the price spin in" is told (its scene and "text" stay what
# "it" means next: "fine, make it bigger instead")
ANIMATED_TEXT = (
    "I can't animate the words or add effects to them: each scene shows its text still, with one size, "
    "colour and position. I can change the words, their size, colour or position, or the scene's length."
)
UNSUPPORTED: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), reason)
    for pattern, reason in (
        (
            # "add a black bar behind the hook text", "put the hook text on a black band", "white text on
            # a black bar in the hook": a band behind the words, which the document has no field for
            # (the colour went to the words, or the scene's background)
            r"^(?=[\s\S]*\b(?:text|words|copy|caption|captions|title|headline|lettering)\b)[\s\S]*?"
            r"(?:\b(?:on|in|inside|over)\s+(?:a|an)\s+(?:[\w#-]+\s+){0,2}"
            r"(?:bar|band|strip|stripe|banner|panel|plate|pill|lozenge|rectangle|text\s+box|highlight)\b"
            r"|\b(?:on|over)\s+(?:a|an)\s+(?:[\w#-]+\s+){0,2}box\b"
            r"|\b(?:bar|band|box|strip|stripe|banner|panel|plate|block|pill|lozenge|rectangle|highlight|backing)\s+"
            r"(?:behind|under(?:neath)?|around|for)\s+(?:the\s+)?(?:\w+\s+){0,2}"
            r"(?:text|words|copy|captions?|title|headline|lettering)\b)",
            "I can't put a bar or a box behind the words myself: when the words need one to be read, the "
            "render adds a translucent band on its own (the report says where). I can change the words' "
            "colour, size or place (“hook text white”, “move it to the top”), or the scene's background.",
        ),
        (
            # "make the cta text empty", "blank out the hook text": a scene always shows words
            r"\b(?:text|words|caption|headline|line|copy)\s+(?:empty|blank)\b"
            r"|\b(?:blank|clear|empty)\s+(?:out\s+)?(?:the\s+)?(?:\w+\s+)?(?:text|caption|headline|words)\b"
            # "remove the text from the showcase", "no text in the hook"
            r"|\b(?:remove|delete|drop|lose|kill|get\s+rid\s+of|take\s+(?:out|away|off))\s+(?:the\s+|all\s+(?:the\s+)?)?"
            r"(?:\w+\s+)?(?:text|words|caption|headline|copy)\b(?!\s*(?:colou?r|size|shadow|box|band|\ue000))"
            r"|^\W*no\s+(?:text|words|caption|copy)\s+(?:in|on)\b",
            "The on-screen text can't be empty: give me the words to show, or say “remove scene N” to drop "
            "the scene.",
        ),
        (
            # "make the voice louder", "the voiceover is too quiet": the voice has no volume of its
            # own (it used to raise the music, which buries the voice further)
            r"\b(?:voice(?:[\s-]?over)?|vo|narrator|narration)\s+(?:\w+\s+){0,3}?(?:louder|quieter|softer|volume"
            r"|(?:too|so|really|very)\s+(?:quiet|loud|soft)|hard\s+to\s+hear|(?:up|down)\b(?!\s+(?:a|an|the)\s))"
            r"|\b(?:louder|quieter|turn\s+up|turn\s+down)\s+(?:the\s+)?(?:voice(?:[\s-]?over)?|narrator|narration)\b",
            "The voice-over has no volume of its own; to hear it better I can turn the music down "
            "(say “music quieter”).",
        ),
        (
            r"\b(?:jingle\s+with\s+lyrics|lyrics|singing|sung)\b",
            "I can't make sung words or lyrics: the music is instrumental. I can add a spoken voice-over "
            "(“add a voice-over”) and change the music's mood and volume.",
        ),
        (
            r"\b(?:5:4|4:3|3:4|21:9|2:3|3:2|9:21|1\.91:1)\b|\b(?:cinemascope|ultra[\s-]?wide)\b",
            "adgen makes 9:16 (vertical: TikTok, Reels, Stories, Shorts), 4:5 (the Meta feed), 1:1 (square) "
            "and 16:9 (landscape); other aspect ratios aren't supported.",
        ),
        (
            r"\b(?:gif|mov|avi|webm|prores)\b",
            "adgen exports MP4 videos (H.264) in 9:16, 1:1 and 16:9; other formats aren't supported.",
        ),
        (
            r"\b(?:4k|8k|2160p|1440p|uhd|60\s*fps|120\s*fps)\b",
            "adgen renders at most 1080p (1080x1920, 1080x1080 and 1920x1080); say “render in full quality” for that.",
        ),
        (
            r"\b(?:my|our|a\s+specific|their)\s+(?:own\s+)?(?:song|track|mp3|tune|jingle)\b"
            # "use this song" asks for a song; "that track doesn't fit" is the ad's own music
            r"|\b(?:use|play|add|put\s+in|with|try)\s+(?:this|that)\s+(?:song|track|mp3|tune|jingle)\b"
            r"|\b(?:this|that)\s+(?:song|track|tune|jingle)\s+(?:from|by|called|named|in\s+the)\b"
            r"|\b(?:song|track)\s+by\b|\blicensed\s+music\b|\bupload\s+(?:a\s+|the\s+)?(?:song|music|track)\b",
            "I can't use a specific song yet: the music is made for the ad from a mood. I can change the mood "
            "(calm, upbeat, epic, lo-fi…) and the volume.",
        ),
        (
            # "the product shot is blurry": the product is drawn from the photo, so a sharper one fixes it
            r"\b(?:product|bottle|photo|picture|image|packshot|product\s+shot|cut[\s-]?out|pic)\b[^.!?]{0,30}?"
            r"\b(?:blurry|blurred|pixelated|pixell?y|low[\s-]?res(?:olution)?|grainy|fuzzy|out\s+of\s+focus|jagged)\b"
            # "the cut out looks rough", "the cut-out edges are messy": how the photo was cut out
            r"|\bcut[\s-]?out\b[^.!?]{0,30}?\b(?:rough|messy|ugly|choppy|bad|edges?|halo|fringe|sloppy|off)\b",
            "The product is drawn from your photo, so a sharper photo fixes it: attach one at least 1000 px on its "
            "long side (a PNG with a transparent background is best) and say “use this photo”.",
        ),
        (
            # "which one would you pick?", "which version will do better?": the test is what tells
            r"\b(?:which|what)\s+(?:one|version|variant|variation)\s+(?:would|should|do|will)\s+(?:you|we|i)\s+"
            r"(?:pick|choose|go\s+with|prefer|recommend|use|post|run)\b"
            # ("make a variant … to see which works better": the purpose of a test asked for, no question)
            r"|(?<!\bsee\s)(?<!\btest\s)(?<!\bcheck\s)(?<!\bout\s)(?<!\bknow\s)"
            r"\bwhich\s+(?:one\s+|version\s+|variant\s+)?(?:is|looks|works|performs|converts|will\s+(?:do|perform|work|convert))\s+better\b"
            r"|\bwhat\s+(?:do\s+you|would\s+you)\s+(?:recommend|suggest|pick|choose|go\s+with)\b",
            "I can't tell which version will do better: that is what the A/B test is for. Render both, run "
            "them to the same audience, and keep the one with more clicks or sales. Say “what's different "
            "between A and B” to compare them.",
        ),
        (
            # "a french version of this", "I need this in German too", "make a portuguese one"
            r"\btranslat(?:e|ion)\b"
            # ("polish version of the hook: 'Twój dojazd'": the words are given)
            rf"|\b(?:{_LANGUAGES})\s+(?:version|one|cut|edit|copy|variant|ad)\b(?![^.!?]*[:'\"‘“«\ue000-\ue1ff])"
            rf"|\b(?:this|it|the\s+ad|the\s+video|one|version|variant|copy|cut)\s+in\s+(?:{_LANGUAGES})\b(?!\s*[:\ue000])",
            "I can't translate the ad; give me the words in that language in quotes (“the hook should say "
            "'…'”, any script works) and I'll put them on screen. Say “new version” first to keep this one.",
        ),
        (
            # "the text is hidden behind the tiktok buttons": the exports keep text in the safe area
            r"\b(?:buttons?|icons?|ui|interface|like\s+and\s+share|username|caption\s+bar)\b.{0,30}"
            r"\b(?:cover|covers|covering|covered|on\s+top\s+of|over|overlap|overlaps|overlapping|hide|hides|block|blocks)\b"
            r"|\b(?:hidden|covered|blocked|cut\s+off|obscured|lost)\s+(?:behind|by|under|beneath)\s+(?:the\s+)?"
            r"(?:\w+(?:'s)?\s+){0,2}(?:buttons?|icons?|ui|interface)\b",
            "Every export keeps the text inside its platform's safe area, clear of TikTok's, Reels' and "
            "Shorts' buttons and captions (the pre-flight check measures it on the final render). If a preview "
            "still looks crowded, say “move the text to the middle” or “make the text smaller”.",
        ),
        (
            # "the logo colour should be red", "make the logo red": the logo is the kit's own file
            r"\blogo(?:'s)?\s+colou?rs?\b|\b(?:recolou?r|tint)\s+(?:our|my|the|a)\s+logo\b"
            rf"|\b(?:make|turn|paint|change)\s+(?:our|my|the)\s+logo\s+(?:to\s+|into\s+)?{COLOR_WORD}"
            rf"|\blogo\s+in\s+{COLOR_WORD}",
            "I can't recolour the logo: it is shown as the file in your brand kit (upload a new one to change "
            "it). I can change the palette (“make the palette red”) or a scene's text colour.",
        ),
        (
            # "make the logo smaller", "scale the logo down": the kit's logo has its places and sizes
            r"\blogo\s+(?:bigger|smaller|larger|up|down|left|right)\b"
            r"|\b(?:resize|scale|shrink|enlarge|move)\s+(?:up\s+|down\s+)?(?:our|my|the|a)\s+logo\b"
            # ("the last frame needs a bigger logo", "the logo is too small": its size, never the text's)
            r"|\b(?:bigger|smaller|larger|tinier|huger)\s+logo\b|\blogo\s+(?:is|looks|feels|'s)\s+(?:\w+\s+)?(?:too\s+)?(?:small|tiny|big|huge|large)\b",
            "The logo comes from your brand kit and has a set size and place: on the end card, and as a "
            "small mark in a corner of the other scenes if you say “put the logo in the corner”. I can't "
            "resize or move it yet; send a new logo file with “here is our logo” to change it.",
        ),
        (
            r"\b(?:qr\s*codes?|barcodes?|stickers?|watermarks?|(?:our|my|the|a)\s+logo\s+(?:image|file|in|on))\b",
            "I can't add a QR code, barcode, sticker, watermark or any image other than the product; each scene has "
            "its background, the product and one text.",
        ),
        (
            # "we only post on tiktok" says where the ads go (a platform request), not "post it for me"
            r"(?<!\bwe\s)(?<!\bi\s)(?<!\bonly\s)(?<!\bjust\s)(?<!\bmostly\s)(?<!\bmainly\s)(?<!\bnever\s)(?<!n't\s)"
            r"\b(?:upload|post|publish|share)\s+(?:it\s+|this\s+|the\s+(?:ad|video)\s+)?(?:to|on)\s+"
            r"(?:(?:my|our|the)\s+)?(?:instagram|insta|tiktok|youtube|facebook|linkedin|snapchat|pinterest|x|twitter|"
            r"\w+\s+(?:account|page|channel|feed))\b",
            "I can't post to social networks: I make the videos. Say “render” (or “export”), then download "
            "the 9:16, 1:1 and 16:9 files and post them yourself.",
        ),
        (
            # "use a fade between scenes", "snappier transitions": the cuts follow the mood
            r"\btransitions\b|\b(?:transition|(?:cross[\s-]?)?fades?|wipes?|whips?|dissolves?|jump[\s-]cuts?)\b"
            r"(?=.{0,30}\b(?:between|scenes?|shots?|snappier|faster|slower|smoother|softer|harder|instead)\b)"
            r"|\b(?:change|different|snappier|faster|slower|smoother|softer|other|no|add|use|with)\s+(?:the\s+|a\s+)?"
            r"(?:(?:scene|shot)\s+)?transitions?\b"
            # "the cut into the cta is abrupt", "jarring cut at the end card": how a scene change feels,
            # never "cut" the verb (it removed the scene) nor the scene made longer
            r"|\bthe\s+(?:cuts?|transitions?|scene\s+changes?|switch(?:es)?)\b"
            r"(?:\s+(?:at|into|to|between|before|after|from|in|out\s+of|on)\b[^.!?;]{0,40}?)?"
            r"\s+(?:is|are|'s|feels?|looks?|seems?|was|were)\s+(?:\w+\s+){0,2}?"
            r"(?:abrupt|jarring|harsh|sudden|rough|choppy|jumpy|jerky|sharp|too\s+(?:fast|quick|hard))\b"
            r"|\b(?:abrupt|jarring|harsh|sudden|choppy|jumpy|jerky)\s+(?:cuts?|transitions?|scene\s+changes?)\b",
            "I can't pick the transitions one by one: the scene changes follow the ad's mood (crossfades for "
            "calm and warm, a dip to black for luxury, whips for energetic, slides for playful, hard cuts for "
            "dramatic) and land on the music's beat. Say “make the mood calm” (or energetic, playful…) to change them.",
        ),
        (
            r"\b(?:3d|3-d|three[\s-]dimensional)\b"
            # ("spin up a B", "a spin-off version": making a version, no spinning product)
            r"|\b(?:spin(?![\s-]+(?:up|off)\b)|spins|spinning(?!\s+up\b)|rotate|rotates|rotating|rotation|turntable|revolve|"
            r"revolving)\b"
            # ("can the £20 spin in": "can" asks, a can of drink has its article; the lead, session 27)
            r"(?=.{0,40}\b(?:product|bottle|it|(?:(?<=\bthe\s)|(?<=\bour\s)|(?<=\bthis\s))can|jar|shoe|around|360)\b)"
            r"|\b(?:product|bottle|it|(?:(?<=\bthe\s)|(?<=\bour\s)|(?<=\bthis\s))can|jar)\b.{0,20}\b(?:spin(?![\s-]+(?:up|off)\b)|spins|spinning(?!\s+up\b)|rotate|"
            r"rotates|rotating)\b",
            "I can't animate the product in 3D or make it spin: each scene shows the product cut-out with a "
            "gentle motion. I can change its size, its place (center, left, right, bottom) or hide it.",
        ),
        (
            # sweep 39: "make the text spin in", "can the cta be animated?", "make the cta text glow":
            # the words of a scene are still (no text animation in the document)
            r"\b(?:animate|animated|animating|animation)\b(?=.{0,40}\b(?:text|words|cta|hook|title|headline|caption|"
            r"line|copy|letters)\b)|\b(?:text|words|cta|hook|title|headline|letters|copy)\b.{0,30}\b(?:animate|animated|"
            r"animating|animation)\b"
            # ("can the £20 spin in", "the price should fly in": a figure the words show; the lead, session 27)
            r"|(?:\b(?:text|words|title|headline|letters|copy|caption|line|price|offer|discount|salary|date|hours)|[£$€]\d[\d,.]*k?|\d{1,3}\s?%)"
            r"\s+(?:(?:should|must|could|can|will|needs?\s+to)\s+)?(?:spin|slide|fly|fade|"
            r"zoom|bounce|pop|drop|type)s?\s+in\b(?!\s+(?:the|a|an|this|that|scene)\b)"
            r"|\b(?:text|words|title|headline|letters|copy)\s+(?:(?:should|must|could|can|will|needs?\s+to)\s+)?(?:glow|pulse|shimmer|sparkle|blink|"
            r"flash|wiggle|shake|bounce)\b|\b(?:glowing|pulsing|blinking|flashing|shimmering|typewriter|kinetic)\s+"
            r"(?:text|words|title|headline|letters|type|typography|effect)\b",
            ANIMATED_TEXT,
        ),
        (
            # sweep 39: "add a sound effect when the shoe lands" had shown the product in the hook
            r"\b(?:sound\s+effects?|sfx|foley|whoosh(?:es)?|swoosh(?:es)?|(?:ding|chime|beep|click|boom|splash)\s+sound)\b"
            # "add a cash register ding when the number shows up", "play a little chime at the end"
            # (round thirty d): a sound named by what it sounds like
            r"|\b(?:add|play|put|insert|want|need|use|have|with|throw\s+in|drop\s+in)\s+(?:(?:a|an|the|some|one)\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:dings?|chimes?|beeps?|ka-?chings?|cha-?chings?|bell\s+rings?|doorbells?|"
            r"air\s*horns?|drum\s*rolls?|record\s+scratch(?:es)?|applause|laugh\s+track|boings?)\b",
            "I can't add sound effects: an ad has one music track (its mood and volume) and, if you like, a "
            "voiceover. I can change the music or add a voiceover line instead.",
        ),
        (
            # sweep 39: "add subtitles in spanish" had switched on English captions and a voiceover
            rf"\b(?:subtitles?|captions?|subs|closed\s+captions?)\s+in\s+(?:{_LANGUAGES})\b"
            rf"|\b(?:{_LANGUAGES})\s+(?:subtitles?|captions?|subs)\b",
            TRANSLATED_CAPTIONS,
        ),
        (
            r"(?-i:\bAR\b)|\baugmented\s+reality\b|\btry[\s-]?on\b|\b(?:face|beauty|snapchat|instagram)\s+"
            r"(?:filters?|lens(?:es)?)\b|\binteractive\b|(?<!more\s)(?<!less\s)\bclickable\b|\bswipe[\s-]up\b",
            "I can't add AR, try-on or interactive effects: adgen makes plain video ads (background, product, "
            "on-screen text and music). I can change the look, the text or the scenes instead.",
        ),
        (
            # round twenty-five b: "schedule this to go live at midnight on Black Friday" had turned the
            # palette black; when an ad runs is set where it is published
            r"\b(?:schedule|scheduled|scheduling)\s+(?:it|this|that|the\s+(?:ad|video|campaign|post)|them|these|for|to\s+go)\b"
            r"|\bgo(?:es)?\s+live\s+(?:at|on|from|this|next|tomorrow|tonight)\b"
            r"|\b(?:publish|post|launch|release|run)\s+(?:it|this|the\s+(?:ad|video))\s+(?:at\s+(?:midnight|noon|\d)|"
            r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight)\b",
            "I can't schedule or publish ads: I make the videos. Say “render”, then download the files and set "
            "the start time in your ad manager (Meta, TikTok, Google Ads).",
        ),
    )
)

# field -> (low, high, what it is, how to say a value)
LIMITS: dict[str, tuple[float, float, str, str]] = {
    "ad_duration": (AD_MIN_SEC, AD_MAX_SEC, "An ad", "{:g} s"),
    "scene_duration": (SCENE_MIN_SEC, SCENE_MAX_SEC, "A scene", "{:g} s"),
    "font_size": (12, 200, "Text size", "{:g}"),
    "volume": (0.0, 1.0, "The music volume", "{:.0%}"),
    "scale": (0.1, 1.0, "The product's size", "{:.0%}"),
}
_FIELD_OF_LOC = {
    "duration_sec": "scene_duration",
    "durationSec": "scene_duration",
    "font_size": "font_size",
    "fontSize": "font_size",
    "volume": "volume",
    "scale": "scale",
}


# Reasons given only when nothing else in the message was read: "make the text bigger and bolder"
# makes it bigger (the weight is said nowhere else), "use something bolder for the headline" alone
# gets the reason.
UNSUPPORTED = LOGO_ALONE + UNSUPPORTED  # "+ logo end": the brand kit's logo (round thirty-one f)
UNSUPPORTED_ALONE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), reason)
    for pattern, reason in (
        (
            # "can the runner be on the right side": something inside the picture (the product and the
            # text, which can move, are read before this)
            r"\b(?:put|move|place|have|shift|can|could|should)\b[^.!?]{0,40}?\b(?:on|to|at)\s+the\s+(?:left|right|far\s+left|far\s+right)"
            r"(?:\s+(?:side|edge))?\b",
            "I can't move things inside a scene's picture: it is drawn from its description. I can change what "
            "it shows (“the hook should show a runner on a track”), or move the product or the text.",
        ),
        (
            # "the voice sounds robotic": the engine's sound, which a sentence can't change
            r"\b(?:voice|voice-?over|vo|narrat\w*|speaker)\b[^.!?]{0,30}?\b(?:robotic|like\s+a\s+robot|synthetic|"
            r"computer(?:ised|ized|y)?|fake|unnatural|flat|dull|boring|monotone|lifeless|creepy|weird|off)\b",
            "The offline voice is a speech synthesiser, so it sounds synthetic. For a natural voice set "
            "ADGEN_PIPER_VOICE to a Piper voice file, or an OpenAI key for OpenAI's voices (ADGEN_TTS_VOICE "
            "picks one). I can change its pace or pitch (“speak a bit slower”), or turn it off.",
        ),
        (
            # "use something bolder for the headline", "make the cta text bold": the weight of the type
            r"\b(?:bold|bolder|heavier|thicker|chunkier|fatter)\s+(?:(?:font|type|typeface|letters|lettering|text|words)\b|for\s+the\s+)"
            r"|\b(?:font|type|typeface|letters|lettering|text|words|headline|caption)\s+(?:\w+\s+){0,2}?(?:bold|bolder|heavier|thicker|chunkier)\b"
            r"|\bsomething\s+(?:a\s+bit\s+|more\s+)?(?:bolder|heavier|chunkier)\b"
            # "the font is too thin to read on a phone": the same weight, said as the problem
            r"|\b(?:font|type|typeface|letters|lettering|text|words|headline|caption)\s+(?:\w+\s+){0,2}?"
            r"(?:(?:too|so|really|very|kinda|a\s+bit|way\s+too)\s+)+(?:thin|skinny|spindly|wispy|weak|feeble)\b",
            "The text is already set in the bold weight of its font (DejaVu Sans Bold unless the brand names "
            "another). For more weight I can make it bigger (“make the hook text bigger”), or send a heavier "
            "font as a TTF or OTF file and I'll use that.",
        ),
        (
            # round twenty-nine j: "clone my CEO's voice", "use our brand voice for the narration": a
            # voice of one's own (the help text was the reply)
            r"\bclon(?:e|ed|ing)\b[^.!?]{0,40}\bvoice\b|\bvoice\s+clon\w*|\b(?:my|our|his|her|their|ceo'?s?|founder'?s?)\s+"
            r"(?:own\s+)?voice\b(?!\s*(?:note|memo|message))|\bbrand\s+voice\b(?=[^.!?]{0,30}\b(?:narrat\w*|voice[\s-]?over|vo|read|speak))"
            r"|\b(?:use|with|in)\s+(?:our|the)\s+brand\s+voice\b(?!\s+(?:in|for)\s+(?:the\s+)?(?:copy|text|words))",
            "I can't clone or record a real person's voice: the voice-over is a synthetic voice. I can pick "
            "another one (“a female voice”, “a male voice”, or one by name), change its pace or pitch, or turn "
            "it off.",
        ),
        (
            # "the narrator should sound more excited", "a French accent", "make the voice younger",
            # "can the voice pause after the hook": how the synthetic voice performs is not set
            r"\b(?:voice|voice-?over|vo|narrat\w*|speaker)\b[^.!?]{0,40}?\b(?:accent|younger|older|excit\w*|"
            r"enthusias\w*|energetic|emotion\w*|friendl\w*|warmer|happier|cheerful|sad|angry|serious|corporate|"
            r"human|natural|whisper\w*|emphasi[sz]\w*|pause|breath\w*|intonation|expressive|smil\w*|soothing|"
            r"calmer|gentler|softer\s+tone|tone)\b",
            "I can't set how the voice performs (its tone, emotion, accent, age or pauses): the voice-over is a "
            "synthetic voice that reads the lines as written. I can pick another voice (“a female voice”, “a "
            "male voice”, or one by name), change its pace (“a bit slower”) or pitch (“deeper”), or change the "
            "lines.",
        ),
    )
)


def _first_reason(table: tuple[tuple[re.Pattern[str], str], ...], text: str) -> str | None:
    return next((reason for pattern, reason in table if pattern.search(text)), None)


def unsupported_alone(text: str) -> str | None:
    """The reason for a request adgen can't do, when it is all the message asks; else None."""
    return _first_reason(UNSUPPORTED_ALONE, text)


def unsupported(text: str) -> str | None:
    """The reason adgen can't do what the text asks, or None."""
    return _first_reason(UNSUPPORTED, text)


def out_of_range(kind: str, value: float, shown: str | None = None) -> str | None:
    """A sentence when ``value`` is outside the range of ``kind`` (a key of LIMITS), else None;
    ``shown`` is how the marketer wrote the value, when that reads better."""
    low, high, what, form = LIMITS[kind]
    if low - 1e-9 <= value <= high + 1e-9:
        return None
    length = "long" if "duration" in kind else ""
    range_words = f"{form.format(low)} to {form.format(high)}"
    if kind == "volume":
        range_words = "between 0 and 100 %"
    asked = shown or (_long_duration(value) if "duration" in kind else None) or form.format(value)
    if kind == "scene_duration" and value > high:
        # "make the hook 200 seconds": a length no ad has either, so the ad's limit is said too
        length = f"long (a whole ad up to {form.format(LIMITS['ad_duration'][1])})"
    return f"{what} can be {range_words} {length}".replace("  ", " ").strip() + f"; {asked} is out of range."


def longest_ad(project: Any) -> float:
    """The longest this ad can be with each scene given its share: 120 s, or 30 s a scene when it
    has too few scenes for that (a 3-scene ad: 90 s)."""
    return min(LIMITS["ad_duration"][1], len(project.scenes) * SCENE_MAX_SEC)


def reachable(kind: str, project: Any) -> tuple[float, float]:
    """The range of ``kind`` this ad can really take: an ad's length is bounded by its scenes too
    (scaled together, none may leave 0.5..30 s), so a 3-scene ad can't be 120 s."""
    low, high, _, _ = LIMITS[kind]
    if kind == "ad_duration" and project is not None and project.scenes:
        total = project.duration_sec
        grow = min(SCENE_MAX_SEC / s.duration_sec for s in project.scenes)
        shrink = max(SCENE_MIN_SEC / s.duration_sec for s in project.scenes)
        high = min(high, int(total * grow * 10) / 10)
        low = max(low, -(-int(total * shrink * 10) // 1) / 10)
    return low, high


def limit_kind(message: str) -> str | None:
    """Which range of ``LIMITS`` a refusal sentence is about ("An ad can be 5 s to 120 s…")."""
    for kind, (_, _, what, _) in LIMITS.items():
        if message.startswith(what + " "):
            return kind
    return None


def _long_duration(seconds: float) -> str | None:
    """ "3 hours" rather than "10800 s"."""
    if seconds >= 3600:
        return f"{seconds / 3600:g} hours" if seconds != 3600 else "1 hour"
    if seconds >= 600:
        return f"{seconds / 60:g} minutes"
    return None


def friendly(exc: ValidationError, *, operation: str | None = None, project: Any = None) -> str:
    """One sentence about a refused value, in the marketer's words, with the allowed range (and,
    for an ad's length, the most this ad's scenes can make when that is less)."""
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if not isinstance(p, int)]
        field = next((f for f in reversed(loc) if f in _FIELD_OF_LOC), None)
        if field is None:
            continue
        kind = _FIELD_OF_LOC[field]
        if kind == "scene_duration" and (operation or exc.title) in ("set_duration", "SetDuration"):
            kind = "ad_duration"
        value = err.get("input")
        if isinstance(value, int | float):
            message = out_of_range(kind, float(value))
            if message and kind == "ad_duration" and value > LIMITS[kind][1] and project is not None:
                most = longest_ad(project) if project.scenes else LIMITS[kind][1]
                if most < LIMITS[kind][1]:  # "make it 200 s" on 3 scenes: "the max" will be 90 s
                    message += (
                        f" This one has {len(project.scenes)} scenes, so it can be at most {most:g} s "
                        f"({SCENE_MAX_SEC:g} s a scene)."
                    )
            if message:
                return message
        low, high, what, form = LIMITS[kind]
        return f"{what} must be between {form.format(low)} and {form.format(high)}."
    if any("string_too_short" in str(e.get("type")) for e in exc.errors()):
        return "The on-screen text can't be empty; give me the words to show."
    return invalid_value_sentence(exc)  # lengths, choices and the rest: the one wording for every front end


def brief_problem(brief: Brief) -> str | None:
    """Why a brief can't be planned (a length or scene count out of range), or None."""
    if brief.duration_sec is not None:
        problem = out_of_range("ad_duration", brief.duration_sec)
        if problem:
            return problem
    count = getattr(brief, "scene_count", None)
    if count is not None and not 3 <= count <= 12:
        return f"A new ad has 3 to 12 scenes; {count} was asked for."
    return None


def describe_error(exc: Any) -> str:
    """Any refusal as one sentence (validation errors rewritten, other messages kept)."""
    if isinstance(exc, ValidationError):
        return friendly(exc)
    return str(exc)


__all__ = [
    "ANIMATED_TEXT",
    "LIMITS",
    "UNSUPPORTED",
    "brief_problem",
    "describe_error",
    "friendly",
    "limit_kind",
    "reachable",
    "out_of_range",
    "unsupported",
    "unsupported_alone",
]
