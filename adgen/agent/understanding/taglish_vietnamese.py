"""The words of a request in Taglish and Vietnamese, and the English reading of each: one
vocabulary table per language.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which
win a tie), laid out as :mod:`hinglish_indonesian` is.

Taglish is Tagalog with English nouns in it ("pakilakihan naman yung text sa dulo", please make
the text at the end bigger). The verb comes first, often with "paki-" (please) on it, and the thing
after it: the rows read the nouns and places first ("yung", the; "sa dulo", at the end), then a
verb and the words after it turn into an English "make … bigger". "medyo" and "konti" are a bit,
"konti pa" a bit more, "gawing X" make it X, "gawa ka ng … ad" make an ad.

Vietnamese keeps its tones in the letters ("làm nhạc nhỏ lại một chút nhé", make the music a bit
quieter): the adjective after the noun ("cảnh cuối", the last scene), "làm" make, "đổi … thành"
change … to, "nhé"/"nha" a friendly end that reads as nothing.
"""

from __future__ import annotations

from adgen.agent.understanding.languages import Language

# The words a Taglish verb acts on: up to a mark or the end.
_TL_WORDS = r"([^.,;!?\ue000]+?)"
_TL_END = r"(?=\s*(?:[.,;!?]|$))"
# "pakilakihan", "lakihan mo", "palakihin": the verb, with "paki-" (please) or "pa-…-in".
_TL_VERBS: tuple[tuple[str, str], ...] = (
    (r"(?:paki)?lakihan|palakihin", "bigger"),
    (r"(?:paki)?liitan|paliitin", "smaller"),
    (r"(?:paki)?lakasan|palakasin", "louder"),
    (r"(?:paki)?hinaan|pahinain", "quieter"),
    (r"(?:paki)?habaan|pahabain", "longer"),
    (r"(?:paki)?(?:ikliin|iklian|paikliin)", "shorter"),
    (r"(?:paki)?liwanagan|paliwanagin", "brighter"),
    (r"(?:paki)?dilimin|padilimin", "darker"),
    (r"(?:paki)?bagalan|pabagalin", "slower"),
    (r"(?:paki)?bilisan|pabilisin", "faster"),
)
_TL_VERB_ROWS: tuple[tuple[str, str], ...] = tuple(
    row
    for verb, english in _TL_VERBS
    for row in (
        # the verb, then what it acts on: "lakihan mo yung text" -> "make the text bigger"
        # (or with "a bit" between: "pakilakihan nang kaunti ang text" -> "make the text a bit bigger")
        (
            rf"(?:{verb})(?:\s+(?:mo|nyo|ninyo))?(?:\s+(?:naman|nga|po))*\s+((?:a\s+bit\s+)?)(?=the\s|this\s)"
            + _TL_WORDS
            + _TL_END,
            rf"make \2 \1{english}",
        ),
        # the verb alone, after what it acts on: "yung music, medyo lakasan mo" -> "… louder"
        (rf"(?:{verb})(?:\s+(?:mo|nyo|ninyo))?", english),
    )
)

TAGLISH = Language(
    "tl",
    markers=(
        r"paki\w+",
        r"(?:pa)?lakihan|palakihin",
        r"(?:pa)?liitan|paliitin",
        r"lakasan|palakasin",
        r"hinaan|pahinain",
        r"naman",
        r"yung|iyong",
        r"sa\s+(?:dulo|huli|simula|umpisa|gitna)",
        r"pwede|puwede|pede",
        r"gawing",
        r"gawan",
        r"gawa\s+ka",
        r"buong",
        r"medyo",
        r"konti|kaunti",
        r"kasi",
        r"dapat",
        r"masaya",
        r"ang\s+(?:liit|laki|hina|lakas|haba|ikli)",
        r"para\s+sa",
        r"akong",
        r"salamat",
    ),
    rows=(
        (r"(?:maraming\s+)?salamat(?:\s+po)?", "thanks"),
        # a reason after the request: "ang liit kasi" (it's so small) asks nothing more
        (r"(?:ang\s+(?:liit|laki|hina|lakas|haba|ikli|bagal|bilis)(?:\s+(?:kasi|eh|e|nya|niya))*)", ""),
        # asking and making: "pwede mo ba akong gawan ng ad?" (could you make me an ad?)
        (
            r"(?:pwede|puwede|pede)\s+(?:mo\s+)?(?:ba(?:ng)?\s+)?(?:akong\s+|kaming\s+)?gawan\s+(?:ng|nang)",
            "can you make me a",
        ),
        (r"gawa(?:n)?\s+(?:mo\s+)?(?:ka\s+)?(?:ako\s+|kami\s+)?(?:ng|nang)", "make a"),
        (r"(?:pwede|puwede|pede)\s+(?:mo\s+|nyo\s+)?(?:ba(?:ng)?|po(?:ng)?)", "can you"),
        (r"(?:pwede|puwede|pede)", "can you"),
        (r"para\s+sa(?:\s+(?:aming|amin|ming|akin|aking|king))?", "for"),
        (r"dapat\s+(?:masaya|masigla)|masaya|masigla", "cheerful"),
        (r"dapat\s+(?:kalmado|relaks)|kalmado|relaks", "calm"),
        # the parts of the ad and the places in it
        (r"(?:yung|iyong|ang)\s+buong\s+(?:ad|video)|buong\s+(?:ad|video)", "the whole ad"),
        (r"sa\s+(?:dulo|huli|huling\s+scene)", "in the last scene"),
        (r"sa\s+(?:simula|umpisa|unang\s+scene)", "in the first scene"),
        (r"sa\s+gitna", "in the middle scene"),
        (r"(?:yung|iyong|ang)\s+(?:kanta|tugtog)|kanta|tugtog", "the music"),
        (r"(?:yung|iyong|ang)\s+(?:sulat|teksto)|sulat|teksto", "the text"),
        (r"yung|iyong", "the"),
        # "ang" (the) before a part of the ad named in English: "ang text sa dulo"
        (
            r"ang(?=\s+(?:text|music|ad|video|scene|cta|hook|logo|font|title|headline|caption|tagline|voiceover)\b)",
            "the",
        ),
        # "konti pa" after a change: the same change again
        (r"(?:konti|kaunti|kunti)\s+pa(?:\s+(?:po|nga))?(?=\W*$)", "a bit more"),
        (r"medyo|(?:nang\s+)?(?:konti|kaunti|kunti)|(?:nang\s+)?kaunti", "a bit"),
        # "gawing 20 seconds yung buong ad": make the whole ad 20 seconds
        (r"gawing\s+" + _TL_WORDS + r"\s+(the\s+[^.,;!?]+?)" + _TL_END, r"make \2 \1"),
        (r"gawing", "make it"),
        *_TL_VERB_ROWS,
        (r"(?<=\d)\s+(?:segundo|segundos)", " seconds"),
    ),
    leftovers=(
        r"naman",
        r"mo",
        r"nyo",
        r"po",
        r"ba",
        r"na",
        r"nga",
        r"kasi",
        r"lang",
        r"ha",
        r"eh",
        r"oh",
        r"ako",
    ),
)

VIETNAMESE = Language(
    "vi",
    markers=(
        r"nhạc",
        r"nhỏ",
        r"lại",
        r"một\s+chút",
        r"nhé|nha",
        r"đổi",
        r"chữ",
        r"cảnh",
        r"cuối",
        r"đầu",
        r"thành",
        r"quảng\s+cáo",
        r"giây",
        r"tiệm|quán",
        r"cho",
        r"giúp",
        r"được\s+không",
        r"làm",
        r"bạn",
        r"hơn",
        r"cảm\s+ơn",
    ),
    rows=(
        (r"cảm\s+ơn(?:\s+(?:bạn|nhiều))*", "thanks"),
        # asking for an ad: "bạn làm giúp tôi một video quảng cáo được không?"
        (r"(?:bạn\s+)?(?:có\s+thể\s+)?(?:làm|tạo)\s+(?:giúp|giùm|cho)\s+(?:tôi|mình|em)", "can you make me"),
        (
            r"(?:làm|tạo)\s+(?:một\s+)?(?:video\s+)?quảng\s+cáo\s+(\d+)\s+giây",
            r"make a \1 second ad",
        ),
        (r"(?:một\s+)?(?:video\s+)?quảng\s+cáo(?:\s+video)?", "an ad"),
        # what the ad is for: "cho tiệm bánh mì Saigon Crust", for our sandwich shop Saigon Crust
        (r"tiệm\s+bánh\s+mì|quán\s+bánh\s+mì", "sandwich shop"),
        (r"tiệm\s+bánh|lò\s+bánh", "bakery"),
        (r"tiệm\s+cà\s+phê|quán\s+cà\s+phê|quán\s+cafe|quán\s+café", "coffee shop"),
        (r"tiệm\s+hoa", "flower shop"),
        (r"cho(?=\s+(?:sandwich\s+shop|bakery|coffee\s+shop|flower\s+shop)\b)", "for our"),
        # the parts of the ad and its scenes, the adjective after the noun
        (r"(?:ở\s+|trong\s+)?cảnh\s+(?:cuối(?:\s+cùng)?|kết)", "in the last scene"),
        (r"(?:ở\s+|trong\s+)?cảnh\s+(?:đầu(?:\s+tiên)?|mở\s+đầu)", "in the first scene"),
        (r"(?:ở\s+|trong\s+)?cảnh\s+giữa", "in the middle scene"),
        (r"(?:dòng\s+)?chữ|văn\s+bản", "the text"),
        (r"(?:âm\s+)?nhạc(?:\s+nền)?", "the music"),
        (r"giọng\s+(?:đọc|nói)|lời\s+thoại", "the voice-over"),
        # "nhạc nhỏ lại": of the music quieter, of a text smaller
        (r"(the\s+(?:music|voice-over))\s+(?:nhỏ|bé)\s+(?:lại|hơn|đi|xuống)", r"\1 quieter"),
        (r"(the\s+(?:music|voice-over))\s+to\s+(?:lên|hơn|ra)", r"\1 louder"),
        (r"(?:nhỏ|bé)\s+(?:lại|hơn|đi)", "smaller"),
        (r"to\s+(?:lên|hơn|ra)|lớn\s+(?:lên|hơn)", "bigger"),
        (r"dài\s+(?:ra|hơn)", "longer"),
        (r"ngắn\s+(?:lại|hơn)", "shorter"),
        (r"sáng\s+(?:lên|hơn)", "brighter"),
        (r"tối\s+(?:lại|hơn)", "darker"),
        (r"một\s+(?:chút|tí|xíu)|chút\s+xíu|hơi", "a bit"),
        (r"đổi|thay\s+đổi|sửa|thay", "change"),
        (r"thành", "to"),
        (r"làm|tạo", "make"),
        (r"giây", "seconds"),
        (r"trắng", "white"),
        (r"đen", "black"),
        (r"vàng", "yellow"),
        (r"đỏ", "red"),
        (r"xanh\s+dương", "blue"),
        (r"xanh\s+lá", "green"),
    ),
    leftovers=(
        r"nhé",
        r"nha",
        r"nhá",
        r"đi",
        r"ạ",
        r"được\s+không",
        r"được\s+chứ",
        r"giùm",
        r"giúp",
        r"với",
    ),
)

TAGLISH_AND_VIETNAMESE: tuple[Language, ...] = (TAGLISH, VIETNAMESE)

__all__ = ["TAGLISH", "TAGLISH_AND_VIETNAMESE", "VIETNAMESE"]
