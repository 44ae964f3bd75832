"""The words of a request in Arabic (Arabic script and Arabizi), Korean, Swahili and Romanian, and
the English reading of each: one vocabulary table per language.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which
win a tie), laid out as :mod:`taglish_vietnamese` is. Marketers mix these with English nouns
("كبّر نص الـ hook شوية", "problem 장면 텍스트를 '…'로 바꿔줘"): the rows read the language's words
and leave the English ones; quoted copy is never read (it stays exactly as typed, in any script).
Each table holds the core of an edit (the music louder or quieter, the text bigger, smaller, a
colour or a place, a scene longer or shorter, undo, the other or the next one, all and except,
making an ad for a shop called …, seconds, a bit and much); a word left unread makes the parser
ask rather than guess.

Arabic writes "the" and "and" on the word ("والموسيقى", and the music) and colloquial Arabic uses
"نص" for both a text and a half: it is a text only before "ال"/"الـ" or an English word. Arabizi
is the same colloquial Arabic in Latin letters with digits for sounds ("3alli", "shwaya").

Korean puts the verb last and its particles on the noun ("음악을", the music as object): a verb
that means one thing of the music and another of a text ("줄여", turn down / make smaller) is read
after the noun it acts on, and alone it stays unread.

Swahili puts the number after the unit ("sekunde 20") and the adjective after the noun; "kidogo"
is a bit, "zaidi" more. Romanian writes the article on the noun ("textul", the text; "muzica", the
music) and its letters with or without their marks ("pliază" / "plieaza").
"""

from __future__ import annotations

from adgen.agent.understanding.languages import Language

# An Arabic letter's optional marks (shadda, the short vowels, tanween): "كبّر" is "كبر".
_M = "[\u064b-\u0652]*"


def _ar(word: str) -> str:
    """An Arabic word written with or without its marks."""
    return _M.join(word)


_AR_MUSIC = (
    "(?:"
    + "|".join(_ar(w) for w in ("الموسيقى", "الموسيقا", "الموسيقي", "المزيكا", "المزيكه", "موسيقى"))
    + ")"
)
_AR_TEXT = "(?:" + "|".join(_ar(w) for w in ("النص", "الكلام", "الكتابة", "الكتابه")) + ")"

ARABIC = Language(
    "ar",
    markers=(
        _AR_MUSIC,
        _AR_TEXT,
        _ar("نص") + r"(?=\s+(?:ال|[A-Za-z]))",
        _ar("كبر"),
        _ar("صغر"),
        _ar("شوية") + "|" + _ar("شويه") + "|" + _ar("شوي"),
        r"(?:ال)?" + _ar("مشهد"),
        _ar("إعلان") + "|" + _ar("اعلان"),
        _ar("ثواني") + "|" + _ar("ثانية"),
        _ar("لو سمحت") + r"\w*",
        _ar("من فضلك"),
        _ar("خلي") + r"\w*",
        _ar("اعمل") + r"\w*",
        _ar("عايز") + r"\w*" + "|" + _ar("أبغى") + "|" + _ar("أريد") + "|" + _ar("بدي"),
        _ar("أكبر") + "|" + _ar("أصغر") + "|" + _ar("أطول") + "|" + _ar("أقصر"),
        r"الـ",
        _ar("تراجع") + "|" + _ar("الغي") + "|" + _ar("ارجع"),
        _ar("ممكن"),
    ),
    rows=(
        # Arabic punctuation, read as the parser's: "،" is a comma, "؟" a question mark
        (r"(\w*)،", r"\1,"),
        (r"(\w*)؟", r"\1?"),
        (r"(\w*)؛", r"\1;"),
        # "and" written on the word: "والنص", and the text
        (r"و(ال\w+)", r"and \1"),
        (_ar("لو سمحت") + r"\w*|" + _ar("من فضلك") + "|" + _ar("رجاء") + r"\w*", ""),
        # asking for an ad: "ممكن تعمل لي إعلان؟" (can you make me an ad?), "اعملي إعلان لمحل اسمه …"
        (
            r"(?:"
            + "|".join(_ar(w) for w in ("ممكن", "تقدر", "تقدري"))
            + r")\s+(?:"
            + "|".join(_ar(w) for w in ("تعمل", "تعملي", "تسوي", "تصمم"))
            + r")(?:\s+(?:لي|لنا))?\s+(?:"
            + _ar("إعلان")
            + "|"
            + _ar("اعلان")
            + r")",
            "can you make me an ad",
        ),
        (
            r"(?:" + "|".join(_ar(w) for w in ("اعمل", "اعملي", "اعملوا", "سوي", "سو", "صمم", "أنشئ")) + r")"
            r"(?:\s+(?:لي|لنا|" + _ar("لي") + r"))?\s+(?:" + _ar("إعلان") + "|" + _ar("اعلان") + r")",
            "make me an ad",
        ),
        (
            r"(?:"
            + "|".join(_ar(w) for w in ("عايز", "عايزة", "أبغى", "ابغى", "أريد", "اريد", "بدي", "محتاج"))
            + r")"
            r"\s+(?:" + _ar("إعلان") + "|" + _ar("اعلان") + r")",
            "i need an ad",
        ),
        (_ar("إعلان") + "|" + _ar("اعلان") + "|" + _ar("الإعلان") + "|" + _ar("الاعلان"), "the ad"),
        (r"(?:ل|ل" + _M + r")(?:" + _ar("محلي") + "|" + _ar("متجري") + r")", "for my shop"),
        (r"(?:ل|ل" + _M + r")(?:" + _ar("محل") + "|" + _ar("متجر") + r")", "for a shop"),
        (_ar("اسمه") + "|" + _ar("اسمها") + "|" + _ar("يسمى") + "|" + _ar("اسمو"), "called"),
        # the parts of the ad: "نص الـ hook", the hook's text
        (_ar("نص") + r"\s+(?:الـ\s*|ال)?([A-Za-z]+)", r"the \1 text"),
        (_AR_TEXT, "the text"),
        (_AR_MUSIC, "the music"),
        (_ar("الصوت"), "the music"),
        (r"الـ(?=\s*[A-Za-z])", "the"),
        (r"(?:ال)?" + _ar("مشهد") + r"(?:\s+(?:ال)?" + _ar("أخير") + r")", "the last scene"),
        (r"(?:ال)?" + _ar("مشهد") + r"(?:\s+(?:ال)?" + _ar("أول") + r")", "the first scene"),
        (r"(?:ال)?" + _ar("مشهد") + "|" + _ar("اللقطة"), "the scene"),
        (
            _ar("اللي بعده") + "|" + _ar("اللي بعدها") + "|" + _ar("التالي") + "|" + _ar("التالية"),
            "the next one",
        ),
        (
            _ar("التاني")
            + "|"
            + _ar("الثاني")
            + "|"
            + _ar("التانية")
            + "|"
            + _ar("الآخر")
            + "|"
            + _ar("الأخرى"),
            "the other one",
        ),
        (_ar("كل"), "all"),
        (_ar("ما عدا") + "|" + _ar("باستثناء") + "|" + _ar("إلا") + "|" + _ar("الا"), "except"),
        # the verbs
        (_ar("كبر") + r"(?:ي|وا)?", "enlarge"),
        (_ar("صغر") + r"(?:ي|وا)?", "shrink"),
        (r"(?:" + _ar("علي") + "|" + _ar("ارفع") + "|" + _ar("زود") + r")(?=\s+the\s+music)", "turn up"),
        (
            r"(?:"
            + _ar("وطي")
            + "|"
            + _ar("اخفض")
            + "|"
            + _ar("خفض")
            + "|"
            + _ar("قلل")
            + r")(?=\s+the\s+music)",
            "turn down",
        ),
        (_ar("طول") + r"(?:ي|وا)?(?=\s+the\s)", "lengthen"),
        (_ar("قصر") + r"(?:ي|وا)?(?=\s+the\s)", "shorten"),
        (
            _ar("تراجع")
            + "|"
            + _ar("ارجع")
            + r"(?:\s+"
            + _ar("زي ما كان")
            + r")?|"
            + _ar("الغي")
            + r"(?:\s+"
            + _ar("التعديل")
            + r")?",
            "undo",
        ),
        (_ar("خلي") + r"\w*|" + _ar("اجعل") + r"\w*", "make"),
        (_ar("غير") + r"(?:ي|وا)?|" + _ar("بدل") + r"(?:ي|وا)?", "change"),
        (_ar("إلى") + "|" + _ar("الى") + "|" + _ar("ل") + r"(?=\s*\ue000)", "to"),
        (_ar("أعلى") + "|" + _ar("أعلي"), "louder"),
        (_ar("أوطى") + "|" + _ar("أهدى") + "|" + _ar("أخفض") + "|" + _ar("أوطي"), "quieter"),
        (_ar("أكبر") + "|" + _ar("اكبر"), "bigger"),
        (_ar("أصغر") + "|" + _ar("اصغر"), "smaller"),
        (_ar("أطول") + "|" + _ar("اطول"), "longer"),
        (_ar("أقصر") + "|" + _ar("اقصر"), "shorter"),
        (_ar("شوية") + "|" + _ar("شويه") + "|" + _ar("شوي") + "|" + _ar("قليلا") + "|" + _ar("حبة"), "a bit"),
        (_ar("كثير") + "|" + _ar("كتير") + "|" + _ar("جدا") + "|" + _ar("بكثير"), "much"),
        (_ar("فوق") + "|" + _ar("في الأعلى"), "at the top"),
        (_ar("تحت") + "|" + _ar("في الأسفل"), "at the bottom"),
        (_ar("في الوسط") + "|" + _ar("في المنتصف"), "in the center"),
        (
            r"(\d+)\s*(?:"
            + _ar("ثواني")
            + "|"
            + _ar("ثوان")
            + "|"
            + _ar("ثانية")
            + "|"
            + _ar("ثانيه")
            + r")",
            r"\1 seconds",
        ),
        # the dual, two seconds; one second alone
        (r"(?:ب" + _M + r")?(?:" + _ar("ثانيتين") + "|" + _ar("ثانيتان") + ")", "2 seconds"),
        (_ar("ثانية") + "|" + _ar("ثانيه") + "|" + _ar("ثانية واحدة"), "1 second"),
        (_ar("ثواني") + "|" + _ar("ثوان"), "seconds"),
        (
            r"(?:ب|بال)?(?:"
            + _ar("أبيض")
            + "|"
            + _ar("ابيض")
            + "|"
            + _ar("الأبيض")
            + "|"
            + _ar("بيضاء")
            + r")",
            "white",
        ),
        (r"(?:ب|بال)?(?:" + _ar("أسود") + "|" + _ar("اسود") + "|" + _ar("الأسود") + r")", "black"),
        (r"(?:ب|بال)?(?:" + _ar("أصفر") + "|" + _ar("اصفر") + "|" + _ar("الأصفر") + r")", "yellow"),
        (r"(?:ب|بال)?(?:" + _ar("أحمر") + "|" + _ar("احمر") + "|" + _ar("الأحمر") + r")", "red"),
        (r"(?:ب|بال)?(?:" + _ar("أزرق") + "|" + _ar("ازرق") + "|" + _ar("الأزرق") + r")", "blue"),
        (r"(?:ب|بال)?(?:" + _ar("أخضر") + "|" + _ar("اخضر") + "|" + _ar("الأخضر") + r")", "green"),
        (r"و", "and"),
        # "طوّل المشهد الأخير ثانيتين": by two seconds, never to two
        (
            r"((?:shorten|lengthen)\s+[^.,;!?\d]+?)\s+(?:" + _ar("ب") + r"\s*)?(\d+(?:[.,]\d+)?\s+seconds?)",
            r"\1 by \2",
        ),
        (_ar("لـ") + r"|ل(?=\s)", "for"),
    ),
)

# Arabizi: colloquial Arabic in Latin letters ("kabbar el text shwaya", "3alli el music").
ARABIZI = Language(
    "ar-latn",
    markers=(
        r"shwa?y+a|shwayy?eh|shwy",
        r"ka?bb?[ae]r",
        r"sa?ghg?h?[ae]r",
        r"3all?i",
        r"wa?tt?i",
        r"law\s+sam[a7]{1,2}t(?:i)?",
        r"mn\s+fa?dlak|min\s+fadlak",
        r"e3mel(?:y|i)?|a3mel(?:y|i)?|e3mil",
        r"i3lan|e3lan",
        r"el\s+(?:musi2a|mosi2a|musiqa|mazika)",
        r"musi2a|mosi2a|mazika",
        r"ktir|kteer|awi|2awi",
        r"tawwel|2asar|2assar",
        r"rag3(?:o|ha)?|erga3",
    ),
    rows=(
        (r"law\s+sam[a7]{1,2}t(?:i)?|mn\s+fa?dlak|min\s+fadlak", ""),
        (r"(?:e3mel|a3mel|e3mil)(?:y|i)?(?:\s+(?:li|lia|liya))?\s+(?:i3lan|e3lan)", "make me an ad"),
        (r"i3lan|e3lan", "an ad"),
        (r"(?:el\s+)?(?:musi2a|mosi2a|musiqa|mazika|musika)", "the music"),
        (r"(?:el\s+)?text\s+(?:bta3|beta3|ta3)\s+(?:el\s+)?([A-Za-z]+)", r"the \1 text"),
        (r"bta3|beta3|ta3", "of"),
        (r"el(?=\s+[A-Za-z])", "the"),
        (r"ka?bb?[ae]r(?:i|o)?", "enlarge"),
        (r"sa?ghg?h?[ae]r(?:i|o)?", "shrink"),
        (r"3all?i(?:\s+(?:3ala|3a))?", "turn up"),
        (r"wa?tt?i", "turn down"),
        (r"tawwel|tawel", "lengthen"),
        (r"2as?sar|2a?sser", "shorten"),
        (r"rag3(?:o|ha)?(?:\s+zay\s+ma\s+kan)?|erga3", "undo"),
        (r"shwa?y+a|shwayy?eh|shwy|showaya", "a bit"),
        (r"ktir|kteer|awi|2awi", "much"),
        (r"t[ae]?ny|el\s+tany|el\s+tanya", "the other one"),
        (r"elli\s+ba3do|elli\s+ba3daha|ba3do", "the next one"),
        (r"(?<=\d)\s*(?:sawany|thawani|sanya)", " seconds"),
    ),
    leftovers=(r"ya", r"ba2a", r"keda", r"kda"),
)

# Korean particles on a noun: the object, the topic, the subject, "of", "also".
_KP = r"(?:을|를|은|는|이|가|의|도|에|에서)?"
_K_MUSIC = r"(?:the\s+music)"
_K_TEXT = r"(?:the\s+(?:\w+\s+)*?text)"
_K_SCENE = r"(?:the\s+(?:\w+\s+)*?scene)"
# What a Korean verb acts on: the words before it in its clause.
_K_BEFORE = r"([^.,;!?]*?)"
# A verb's polite endings: "줄여 주세요", "줄여줘", "줄여 줄래요".
_K_PLEASE = r"(?:\s*(?:주세요|줘요|줘|줄래요?|주실래요|주시겠어요|봐|봐요|요))?"

KOREAN = Language(
    "ko",
    markers=(
        r"음악\w*",
        r"배경음악\w*",
        r"텍스트\w*",
        r"글자\w*",
        r"자막\w*",
        r"문구\w*",
        r"장면\w*",
        r"광고\w*",
        r"조금\w*",
        r"좀",
        r"약간",
        r"살짝",
        r"더",
        r"초",
        r"\d+초\w*",
        r"만들어\w*",
        r"바꿔\w*",
        r"줄여\w*",
        r"키워\w*",
        r"올려\w*",
        r"낮춰\w*",
        r"늘려\w*",
        r"주세요|해줘|해\s+주세요",
        r"릴스\w*",
        r"되돌려\w*|취소\w*|원래대로",
    ),
    rows=(
        # "CTA 빼고 모든 텍스트 …": all the text … except the CTA (what is left out said last)
        (r"(\S+)\s+(?:빼고|제외하고)(?:는)?\s+([^.,;!?]+)", r"\2 except \1"),
        # the parts of the ad, with their particles
        (r"(?:배경\s*)?음악" + _KP + r"|브금" + _KP, "the music"),
        (r"볼륨" + _KP + r"|소리" + _KP, "the music"),
        (r"첫\s*(?:번째\s*)?(?:장면|씬)" + _KP, "the first scene"),
        (r"두\s*번째\s*(?:장면|씬)" + _KP, "the second scene"),
        (r"세\s*번째\s*(?:장면|씬)" + _KP, "the third scene"),
        (r"마지막\s*(?:장면|씬)" + _KP, "the last scene"),
        (r"(?:장면|씬)" + _KP, "scene"),
        (r"([A-Za-z]+)\s+scene\s+(?:텍스트|글자|자막|문구)" + _KP, r"the \1 scene text"),
        (r"([A-Za-z]+)\s+(?:텍스트|글자|자막|문구)" + _KP, r"the \1 text"),
        (r"(?:모든|전체)\s+(?:텍스트|글자|자막|문구)" + _KP, "all the text"),
        (r"(?:텍스트|글자|자막|문구)" + _KP, "the text"),
        (r"광고\s*(?:영상)?" + _KP, "ad"),
        (r"다른\s*(?:거|것|걸|쪽)(?:요)?", "the other one"),
        (r"다음\s*(?:거|것|걸)(?:요|도)?", "the next one"),
        (r"전부|모두", "all"),
        # "릴스용 광고 만들어줘": make an ad for Reels
        (r"릴스용?", "for Reels"),
        (r"틱톡용?", "for TikTok"),
        (r"(?:인스타그램|인스타)용?", "for Instagram"),
        (r"유튜브용?", "for YouTube"),
        (r"(\S+?)(?:이)?라는\s+(?:가게|매장|카페|빵집|상점)" + _KP, r"my shop called \1"),
        (r"(?:우리|제)\s+(?:가게|매장)" + _KP, "my shop"),
        (r"(?:를|을)?\s*위한", "for"),
        (r"(\d+)\s*초(?:짜리|로|의|만|를|가)?", r"\1 seconds"),
        (r"조금만?|좀|약간|살짝", "a bit"),
        (r"많이|훨씬|확", "much"),
        (r"(?:흰색|하얀색|화이트)(?:으로|이|을)?|하얗게", "white"),
        (r"(?:검은색|검정색?|블랙)(?:으로|이|을)?|까맣게", "black"),
        (r"(?:노란색|옐로우?)(?:으로|로|이|을)?|노랗게", "yellow"),
        (r"(?:빨간색|레드)(?:으로|로|이|을)?|빨갛게", "red"),
        (r"(?:파란색|블루)(?:으로|로|이|을)?|파랗게", "blue"),
        (r"(?:초록색|녹색|그린)(?:으로|이|을)?", "green"),
        (r"위(?:쪽)?(?:으로|로|에)", "at the top"),
        (r"아래(?:쪽)?(?:로|에)", "at the bottom"),
        (r"가운데(?:로|에)?|중앙(?:으로|에)?", "in the center"),
        # "'…'으로 바꿔줘": change it to the quoted copy
        (r"(\ue000.)\s*(?:으로|로)", r"to \1"),
        # the verbs, last: read after what they act on
        (
            _K_BEFORE + r"(" + _K_MUSIC + r"[^.,;!?]*?)\s*(?:줄여|낮춰|작게\s*해)" + _K_PLEASE,
            r"\1make \2 quieter",
        ),
        (
            _K_BEFORE + r"(" + _K_MUSIC + r"[^.,;!?]*?)\s*(?:키워|올려|높여|크게\s*해)" + _K_PLEASE,
            r"\1make \2 louder",
        ),
        (_K_BEFORE + r"(" + _K_TEXT + r"[^.,;!?]*?)\s*(?:줄여|작게\s*해)" + _K_PLEASE, r"\1make \2 smaller"),
        (_K_BEFORE + r"(" + _K_TEXT + r"[^.,;!?]*?)\s*(?:키워|크게\s*해)" + _K_PLEASE, r"\1make \2 bigger"),
        (_K_BEFORE + r"(" + _K_SCENE + r"[^.,;!?]*?)\s*(?:늘려|길게\s*해)" + _K_PLEASE, r"\1make \2 longer"),
        (_K_BEFORE + r"(" + _K_SCENE + r"[^.,;!?]*?)\s*(?:줄여|짧게\s*해)" + _K_PLEASE, r"\1make \2 shorter"),
        (_K_BEFORE + r"\s*(?:바꿔|변경해)" + _K_PLEASE, r"change \1"),
        (r"(?:ad\s+)?(?:하나\s+)?(?:만들어|제작해)" + _K_PLEASE, "make an ad"),
        (
            r"(at\s+the\s+(?:top|bottom)|in\s+the\s+center)\s*(?:올려|내려|옮겨|이동해|이동시켜)" + _K_PLEASE,
            r"\1",
        ),
        (r"(?:옮겨|이동해|이동시켜)" + _K_PLEASE, "move"),
        (r"(?:되돌려|원래대로\s*(?:돌려|해)|취소해|실행\s*취소)" + _K_PLEASE, "undo"),
        (r"(?:하게|게)?\s*해" + _K_PLEASE, "make"),
        (r"더", "more"),
        (r"그리고|하고", "and"),
    ),
    leftovers=(r"주세요", r"줘", r"요", r"제발", r"좀"),
)

SWAHILI = Language(
    "sw",
    markers=(
        r"muziki",
        r"sauti",
        r"maandishi",
        r"maneno",
        r"tangazo",
        r"sekunde",
        r"kidogo",
        r"zaidi",
        r"tafadhali",
        r"[iuy]awe|uwe|iwe|yawe",
        r"weka",
        r"fanya",
        r"punguza",
        r"ongeza",
        r"tengeneza|nitengenezee|niundie|unda",
        r"nataka|tunataka",
        r"onyesho|kipande",
        r"mwisho(?:ni)?",
        r"mwanzo(?:ni)?",
        r"nyeupe|meupe|nyeusi|meusi|njano|manjano|nyekundu|mekundu|kijani|bluu",
        r"rangi",
        r"duka",
        r"isipokuwa",
        r"linaloitwa|inayoitwa|liitwalo|iitwayo",
        r"asante",
        r"tengua|rudisha",
    ),
    rows=(
        (r"asante(?:\s+sana)?", "thanks"),
        (r"tafadhali", ""),
        # asking for an ad: "nitengenezee tangazo la sekunde 20 kwa duka langu linaloitwa …"
        (r"tangazo\s+la\s+sekunde\s+(\d+)", r"a \1 second ad"),
        (
            r"(?:tengeneza|nitengenezee|niundie|unda|fanya)\s+a\s+(\d+)\s+second\s+ad",
            r"make me a \1 second ad",
        ),
        (r"(?:tengeneza|nitengenezee|niundie|unda|fanya)\s+tangazo", "make me an ad"),
        (r"(?:nataka|tunataka|ninahitaji|tunahitaji)(?=\s+(?:tangazo|a\s+\d+\s+second\s+ad))", "i need"),
        (r"tangazo(?:\s+jipya)?", "an ad"),
        (r"kwa\s+(?:ajili\s+ya\s+)?duka\s+(?:langu|letu)", "for my shop"),
        (r"duka\s+(?:langu|letu)", "my shop"),
        (r"kwa(?=\s+(?:sekunde\s+\d|\d))", "by"),
        (r"kwa\s+ajili\s+ya|kwa(?=\s+(?-i:[A-Z]))", "for"),
        (r"linaloitwa|inayoitwa|liitwalo|iitwayo|lenye\s+jina", "called"),
        # the parts of the ad
        (r"sauti\s+ya\s+muziki|muziki|sauti", "the music"),
        (
            r"maandishi\s+(?:ya|kwenye)\s+(?:onyesho\s+la\s+|kipande\s+cha\s+)?mwisho",
            "the text in the last scene",
        ),
        (
            r"maandishi\s+(?:ya|kwenye)\s+(?:onyesho\s+la\s+|kipande\s+cha\s+)?(?:mwanzo|kwanza)",
            "the text in the first scene",
        ),
        (r"maandishi\s+(?:ya|kwenye)\s+(?:the\s+)?([A-Za-z]+)", r"the \1 text"),
        (r"maandishi\s+yote|maandishi\s+zote", "all the text"),
        (r"maandishi|maneno", "the text"),
        (r"(?:onyesho|kipande)\s+(?:la|cha)\s+mwisho|mwishoni|(?:la|ya|cha)\s+mwisho", "the last scene"),
        (r"(?:onyesho|kipande)\s+(?:la|cha)\s+kwanza|mwanzoni|(?:la|ya|cha)\s+mwanzo", "the first scene"),
        (r"onyesho|kipande", "scene"),
        (r"(?:ile|lile|kile)\s+(?:ingine|lingine|kingine)|nyingine|lingine", "the other one"),
        (r"(?:inayofuata|linalofuata|kinachofuata|ifuatayo)", "the next one"),
        (r"isipokuwa|ila", "except"),
        (r"(?:zote|yote|wote|vyote)", "all"),
        # the verbs and what they say of the music
        (r"punguza(?=\s+the\s+music)", "turn down"),
        (r"ongeza(?=\s+the\s+music)", "turn up"),
        (r"ongeza\s+ukubwa\s+wa", "enlarge"),
        (r"punguza\s+ukubwa\s+wa", "shrink"),
        (r"(the\s+music)\s+(?:[iuy]?[a-z]?we\s+)?(?:iko\s+)?chini", r"\1 quieter"),
        (r"(the\s+music)\s+(?:[iuy]?[a-z]?we\s+)?(?:iko\s+)?juu", r"\1 louder"),
        (r"(?:ma|ki|m|u|n|li)?kubwa", "bigger"),
        (r"madogo|mdogo|ndogo|dogo", "smaller"),
        (r"(?:nd|m|r)?refu|ndefu", "longer"),
        (r"(?:m|f)?fupi", "shorter"),
        (r"kidogo", "a bit"),
        (r"sana", "much"),
        (r"zaidi", "more"),
        (r"rudisha(?:\s+kama\s+ilivyokuwa)?|tengua", "undo"),
        (r"badilisha", "change"),
        (r"weka|fanya", "make"),
        (r"juu", "at the top"),
        (r"chini", "at the bottom"),
        (r"katikati", "in the center"),
        (r"sekunde\s+(\d+)", r"\1 seconds"),
        (r"sekunde", "seconds"),
        (r"rangi\s+ya", "the colour of"),
        (r"nyeupe|meupe|cheupe|jeupe", "white"),
        (r"nyeusi|meusi|cheusi", "black"),
        (r"njano|manjano", "yellow"),
        (r"nyekundu|mekundu|chekundu", "red"),
        (r"bluu|samawati", "blue"),
        (r"kijani", "green"),
        (r"changamfu|ya\s+kuchangamsha", "energetic"),
        (r"tulivu|ya\s+utulivu", "calm"),
        (r"na", "and"),
        (r"(?:[iuy]?[a-z]?we)(?=\s)", ""),
    ),
    leftovers=(r"ya", r"la", r"cha", r"za", r"wa", r"iwe", r"uwe", r"yawe", r"liwe", r"kuwa"),
)

# Romanian letters with or without their marks.
_A = "[ăâa]"
_I = "[îi]"
_S = "[șşs]"
_T = "[țţt]"

ROMANIAN = Language(
    "ro",
    markers=(
        rf"muzic{_A}|muzicii",
        r"textul|textele|textului",
        r"scen[ăâ]|scenei",
        rf"reclam{_A}|reclame",
        r"secunde",
        rf"pu{_T}in|un\s+pic",
        rf"mai\s+(?:mare|mic{_A}?|lung{_A}?|scurt{_A}?|tare|{_I}ncet{_A}?)",
        rf"{_S}{_A}\s+fie",
        r"f[ăâ]-mi|f[ăâ]|fa-mi",
        rf"schimb{_A}",
        r"pune",
        r"vreau",
        r"pentru",
        rf"te\s+rog|v{_A}\s+rog",
        r"galben\w*|alb[ăe]|negru|neagr[ăa]|ro[șş]u|ro[șş]ie|albastr\w*",
        rf"anuleaz{_A}",
        rf"po{_T}i",
        rf"mut{_A}",
        r"[șş][iî]",
        r"toate",
        r"cea\s+de\s+dup|cel\s+de\s+dup",
        r"la\s+fel",
        rf"mul{_T}umesc",
    ),
    rows=(
        (rf"mul{_T}umesc(?:\s+frumos)?", "thanks"),
        (rf"te\s+rog|v{_A}\s+rog", ""),
        # asking for an ad: "fă-mi o reclamă de 20 de secunde pentru magazinul meu numit …"
        (
            rf"(?:(?:po{_T}i|pute{_T}i)\s+(?:s{_A}-mi|s{_A})\s+(?:faci|face{_T}i)|(?:{_I}mi|ne)\s+po{_T}i\s+face"
            rf"|f{_A}-mi|f{_A}|face{_T}i-mi|creeaz{_A}(?:-mi)?)\s+o\s+reclam{_A}",
            "make me an ad",
        ),
        (rf"vreau\s+o\s+reclam{_A}|vrem\s+o\s+reclam{_A}|am\s+nevoie\s+de\s+o\s+reclam{_A}", "i need an ad"),
        (rf"o\s+reclam{_A}(?:\s+nou{_A})?", "an ad"),
        (rf"reclama|reclam{_A}", "the ad"),
        (r"(\d+)\s+(?:de\s+)?secunde", r"\1 seconds"),
        (r"secunde|secund[ăa]", "seconds"),
        (r"(?:pentru\s+)?magazinul\s+(?:meu|nostru)", "for my shop"),
        (r"pentru", "for"),
        (rf"numit{_A}?|numit|care\s+se\s+nume{_S}te|pe\s+nume", "called"),
        # the parts of the ad, the article on the noun
        (rf"muzica|muzic{_A}|muzicii|volumul(?:\s+muzicii)?", "the music"),
        (r"toate\s+textele|tot\s+textul", "all the text"),
        (r"textul|textele|textului|scrisul", "the text"),
        # "cadru" (a frame) is a scene: "textul din primul cadru", the text in the first scene
        (r"(?:primul|primului)\s+cadru(?:l|lui)?", "the first scene"),
        (r"(?:al\s+doilea|celui\s+de-al\s+doilea)\s+cadru(?:l|lui)?", "the second scene"),
        (r"(?:ultimul|ultimului)\s+cadru(?:l|lui)?|cadrul\s+final", "the last scene"),
        (r"din(?=\s+(?:\w+\s+){0,2}scen)", "in"),
        (rf"(?:prima|primei)\s+scen{_A}|scena\s+de\s+început", "the first scene"),
        (rf"(?:ultima|ultimei)\s+scen{_A}|scena\s+final{_A}", "the last scene"),
        (rf"scena|scen{_A}|scenei|cadrul(?:ui)?", "the scene"),
        (
            rf"(?:la\s+)?(?:cea|cel)\s+de\s+dup{_A}|(?:la\s+)?urm{_A}toarea|(?:la\s+)?urm{_A}torul",
            "the next one",
        ),
        (rf"(?:la\s+)?(?:cealalt{_A}|cel{_A}lalt|celelalte)", "the other one"),
        (r"la\s+fel", "the same"),
        (rf"{_I}n\s+afar{_A}\s+de|cu\s+excep{_T}ia|except{_A}nd", "except"),
        (r"toate|tot|toat[ăa]", "all"),
        # the verbs
        (rf"(?:d{_A}|pune|f{_A})\s+(the\s+music)\s+mai\s+{_I}ncet", r"make \1 quieter"),
        (rf"(?:d{_A}|pune|f{_A})\s+(the\s+music)\s+mai\s+tare", r"make \1 louder"),
        (rf"(the\s+music)\s+((?:un\s+pic\s+|pu{_T}in\s+|mult\s+)?)mai\s+{_I}ncet", r"\1 \2quieter"),
        (rf"(the\s+music)\s+((?:un\s+pic\s+|pu{_T}in\s+|mult\s+)?)mai\s+tare", r"\1 \2louder"),
        (rf"anuleaz{_A}(?:\s+(?:asta|ultima\s+modificare))?|d{_A}\s+{_I}napoi", "undo"),
        (rf"schimb{_A}|modific{_A}", "change"),
        (rf"mut{_A}", "move"),
        (r"cu(?=\s+\d)", "by"),
        (rf"f{_A}|pune|seteaz{_A}", "make"),
        (rf"m{_A}re{_S}te", "enlarge"),
        (rf"mic{_S}oreaz{_A}", "shrink"),
        (rf"lunge{_S}te|prelunge{_S}te", "lengthen"),
        (rf"scurteaz{_A}", "shorten"),
        (r"mai\s+mar[ei]", "bigger"),
        (r"mai\s+mic[ăaie]?", "smaller"),
        (r"mai\s+lung[ăai]?", "longer"),
        (r"mai\s+scurt[ăai]?", "shorter"),
        (rf"mai\s+luminos|mai\s+luminoas{_A}", "brighter"),
        (rf"mai\s+{_I}ntunecat{_A}?", "darker"),
        (rf"un\s+pic|pu{_T}in|ni{_T}el", "a bit"),
        (r"mult", "much"),
        (rf"{_S}{_A}\s+fie|s{_A}\s+fie", "be"),
        (r"sus", "at the top"),
        (r"jos", "at the bottom"),
        (rf"{_I}n\s+mijloc|la\s+mijloc|pe\s+centru", "in the center"),
        (r"albe|alb[ăa]|alb", "white"),
        (rf"negru|neagr{_A}|negre", "black"),
        (r"galben[ăae]?|galbeni", "yellow"),
        (rf"ro{_S}u|ro{_S}ie|ro{_S}ii", "red"),
        (r"albastr[uăae]", "blue"),
        (r"verde|verzi", "green"),
        (rf"vesel{_A}?|vesele|voioas{_A}", "cheerful"),
        (rf"calm{_A}?|lini{_S}tit{_A}?", "calm"),
        (rf"energic{_A}?|dinamic{_A}?", "energetic"),
        (rf"elegant{_A}?", "luxurious"),
        (rf"cald{_A}", "warm"),
        (rf"{_I}n(?=\s+\ue000)", "to"),
        (rf"{_S}{_I}", "and"),
    ),
    leftovers=(r"de", r"la", r"o", r"un", r"din", r"mai", r"cu"),
)

ARABIC_KOREAN_SWAHILI_ROMANIAN: tuple[Language, ...] = (ARABIC, ARABIZI, KOREAN, SWAHILI, ROMANIAN)

__all__ = ["ARABIC", "ARABIC_KOREAN_SWAHILI_ROMANIAN", "ARABIZI", "KOREAN", "ROMANIAN", "SWAHILI"]
