"""The words of a request in Bulgarian, Macedonian, Albanian, Azerbaijani, Kazakh, Welsh, Basque,
Afrikaans, Marathi, Punjabi (Gurmukhi) and Galician, and the English reading of each: one vocabulary
table per language, laid out as :mod:`baltic_caucasus_indic_african`.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie: each language here has markers of its own, so Russian, Serbian, Turkish, Dutch, Hindi,
Spanish and Portuguese keep their messages). Each table holds the everyday edits: the music
louder or quieter, the text bigger, smaller or a colour, the first or the last scene's text,
quoted copy, "a bit" and "a bit more", undo and thanks. A word left unread makes the parser ask
rather than guess; quoted copy is never read.

Bulgarian and Macedonian are one list (Bulgarian "по-тиха", "текста", "малко"; Macedonian
"потивка", "текстот", "малку"). Albanian, Welsh, Afrikaans and Galician put the verb first and
read word for word (Welsh after its mutations: "yn wyn", white; "gerddoriaeth", music).
Azerbaijani, Kazakh, Basque, Marathi and Punjabi put the verb last: their rows write it as
⟪make⟫ and the verb-last rows of :mod:`baltic_caucasus_indic_african` move it first; Marathi and
Punjabi vowel signs are no word letters, so their rows end a word with "(?!\\S)".
"""

from __future__ import annotations

from adgen.agent.understanding.baltic_caucasus_indic_african import _QUOTE, _table
from adgen.agent.understanding.languages import Language

# --- Bulgarian and Macedonian (Cyrillic, verb first) ---------------------------------------------

_BM_TEXT = r"(?:текст(?:а|ът|от|ови(?:те)?|овите)?|надпис(?:а|ът|от|и(?:те)?)?)"
_BM_SCENE = r"(?:сцена(?:та)?|сцени(?:те)?|кадър(?:а|ът)?|кадар(?:от)?)"
_BM_LAST = r"(?:последна(?:та)?|последни(?:я|ят|от)?|последен|последно(?:то)?)"
_BM_FIRST = r"(?:първа(?:та)?|първи(?:я|ят)?|първо(?:то)?|прва(?:та)?|прв(?:иот|и)?|прво(?:то)?)"
_BM_IN = r"(?:(?:в|във|на|от|во|од)\s+)?"
_BM_BIT = r"(?:малко|мъничко|малку|малце|леко|лекичко)"

_BM_ROWS: tuple[tuple[str, str], ...] = (
    (r"(?:ве|те)\s+молам|моля(?:\s+(?:те|ви))?|молам", ""),
    (r"(?:много\s+)?(?:благодаря|благодарам|мерси|фала)", "thanks"),
    (
        r"отмени(?:те)?|поништи(?:те)?|(?:върни|врати)(?:те)?\s+(?:както\s+беше|како\s+што\s+беше|како\s+беше|обратно|назад)",
        "undo",
    ),
    (r"рендерирай(?:те)?|рендерирај(?:те)?|рендирай(?:те)?", "render"),
    (
        rf"{_BM_TEXT}\s+{_BM_IN}{_BM_LAST}\s+{_BM_SCENE}|{_BM_LAST}\s+{_BM_SCENE}\s+{_BM_TEXT}",
        "the text in the last scene",
    ),
    (
        rf"{_BM_TEXT}\s+{_BM_IN}{_BM_FIRST}\s+{_BM_SCENE}|{_BM_FIRST}\s+{_BM_SCENE}\s+{_BM_TEXT}",
        "the text in the first scene",
    ),
    (rf"{_BM_LAST}\s+{_BM_SCENE}", "the last scene"),
    (rf"{_BM_FIRST}\s+{_BM_SCENE}", "the first scene"),
    (r"(?:фонова(?:та)?\s+)?музика(?:та)?|песен(?:та)?|песна(?:та)?", "the music"),
    (r"глас(?:а|ът|от)?|озвучаване(?:то)?|дикторот|диктора", "the voiceover"),
    (_BM_TEXT + r"|шрифт(?:а|ът|от)?|буквите", "the text"),
    (_BM_SCENE, "the scene"),
    (r"реклама(?:та)?|видео(?:то)?|клип(?:а|ът|от)?", "the ad"),
    (rf"(?:още|уште)\s+{_BM_BIT}|{_BM_BIT}\s+(?:повече|повеќе)", "a bit more"),
    (_BM_BIT, "a bit"),
    (r"по-?тих(?:а|о|и)?|по-?тивк(?:а|о|и)|потивок|по-?слаб(?:а|о|и)?", "quieter"),
    (r"по-?сил(?:ен|на|но|ни)|по-?гръмк(?:а|о|и)|по-?громк(?:а|о|и)|по-?гласн(?:а|о|и)?", "louder"),
    (r"по-?голям(?:а|о)?|по-?големи|по-?голем(?:а|о|и)?", "bigger"),
    (r"по-?мал(?:ък|ка|ко|ки|а|о|и)?", "smaller"),
    (r"по-?дълг(?:а|о|и)?|по-?дълъг|по-?долг(?:а|о|и)?", "longer"),
    (r"по-?кратк(?:а|о|и)|по-?кратък|по-?кратok|по-?къс(?:а|о|и)?|пократок", "shorter"),
    (r"по-?светл(?:а|о|и)|по-?светъл|посветол", "brighter"),
    (r"по-?тъмн(?:а|о|и)|по-?тъмен|потемн(?:а|о|и)|потемен", "darker"),
    (r"(?:в|во)\s+(?=(?:бял|бел|черн|црн|жълт|жолт|червен|црвен|син|зелен)\w*(?:\s+цвят|\s+боја)?)", ""),
    (r"бял(?:а|о)?|бели|бел(?:а|о)?", "white"),
    (r"черн(?:а|о|и)|черен|црн(?:а|о|и)?", "black"),
    (r"жълт(?:а|о|и)?|жолт(?:а|о|и)?", "yellow"),
    (r"червен(?:а|о|и)?|црвен(?:а|о|и)?", "red"),
    (r"син(?:я|ьо|и|а|о)?", "blue"),
    (r"зелен(?:а|о|и)?", "green"),
    (r"горе|отгоре|нагоре", "to the top"),
    (r"долу|доле|отдолу|надолу", "to the bottom"),
    (r"(?:в|во)\s+(?:центъра|средата|средината|центарот)", "to the center"),
    (r"(?:на|до)\s+(\d+(?:[.,]\d+)?)\s*секунд\w*", r"to \1 seconds"),
    (r"(\d+(?:[.,]\d+)?)\s*секунд\w*", r"\1 seconds"),
    (r"направи(?:те)?|направете", "make"),
    (r"смени(?:те)?|промени(?:те)?|измени(?:те)?|замени(?:те)?", "change"),
    (r"премести(?:те)?|помести(?:те)?|мести", "move"),
    (r"намали(?:те)?", "reduce"),
    (r"увеличи(?:те)?|зголеми(?:те)?", "increase"),
    (r"усили(?:те)?|засили(?:те)?|зачини", "turn up"),
    (r"стиши(?:те)?|намали\s+звука", "turn down"),
    (r"скъси(?:те)?|скрати(?:те)?", "shorten"),
    (r"удължи(?:те)?|продолжи(?:те)?", "lengthen"),
    (r"изтрий(?:те)?|премахни(?:те)?|махни(?:те)?|избриши(?:те)?|отстрани(?:те)?", "remove"),
    (r"(?:на|в|во)(?=\s*" + _QUOTE + r")", "to"),
    (r"и", "and"),
)
_BM_LEFTOVERS = (
    r"го",
    r"ја",
    r"я",
    r"ги",
    r"на",
    r"в",
    r"във",
    r"во",
    r"да",
    r"тук",
    r"сега",
    r"цвят",
    r"боја",
    r"това",
    r"ова",
)
_BM_MARKERS = (
    r"музиката",
    r"направи(?:те)?|смени(?:те)?|промени(?:те)?|премести(?:те)?|намали(?:те)?|увеличи(?:те)?|усили(?:те)?",
    r"\w+(?:ата|ята|ето)",
    _BM_BIT,
)

BULGARIAN = Language(
    "bg",
    markers=(
        *_BM_MARKERS,
        r"по-\w+",
        r"моля|благодаря|мерси",
        r"още",
        r"текст(?:а|ът)|надпис(?:а|ът)",
        r"последн(?:ата|ия|ият)|първ(?:ата|ия|ият|о)",
        r"\w*ъ\w*",
        r"бял\w*|жълт\w*|червен\w*|черн\w*",
    ),
    rows=_table(_BM_ROWS),
    leftovers=_BM_LEFTOVERS,
)

MACEDONIAN = Language(
    "mk",
    markers=(
        *_BM_MARKERS,
        r"\w*[ѓќѕ]\w*",
        r"молам|благодарам|фала",
        r"уште|повеќе",
        r"текстот|надписот|кадарот",
        r"по(?:голем|мал|тивк|тивок|гласн|долг|кратк|кратoк|светл|темн)\w*",
        r"прв(?:ата|иот|а|о)|последн(?:ата|иот)",
        r"бел(?:а|о|и)?|жолт\w*|црвен\w*|црн\w*",
    ),
    rows=_table(_BM_ROWS),
    leftovers=_BM_LEFTOVERS,
)

# --- Albanian (verb first) -----------------------------------------------------------------------

_SQ_TEXT = r"(?:tekst(?:i|in|it|ët|et)?|shkrim(?:i|in|it)?)"
_SQ_SCENE = r"(?:sken(?:ë|a|ën|ës|en|es|e)|pamj(?:e|a|en|es))"
_SQ_LAST = r"(?:(?:e|të|së)\s+)?(?:fundit|mbrame)"
_SQ_FIRST = r"(?:(?:e|të|së)\s+)?(?:parë|pare)"
_SQ_OF = r"(?:\s+(?:e|i|të|në|tek|te))?"

ALBANIAN = Language(
    "sq",
    markers=(
        r"\w*ë\w*",
        r"muzik(?:ën|ës|a|en|es)",
        r"bëj(?:e|ni|eni)?|bej(?:e|ni)?|ndrysho(?:je|ni)?|zhbëj|anulo(?:je|ni)?|rrit(?:e|ni)?|ul(?:e|ni)",
        r"pak|paksa",
        r"më|shumë|shume",
        r"ju\s+lutem|të\s+lutem|te\s+lutem|faleminderit|flm",
        _SQ_TEXT,
        _SQ_SCENE,
        r"(?:e|të|te)\s+(?:bardhë|zezë|kuqe|verdhë|gjelbër|madh(?:e)?|vogël|lartë|ulët|qetë)",
    ),
    rows=_table(
        (
            (r"ju\s+lutem|të\s+lutem|te\s+lutem", ""),
            (r"(?:shumë\s+)?(?:faleminderit|flm)", "thanks"),
            (r"zhbëj(?:e|ni)?|zhbej|anulo(?:je|ni)?|kthe(?:je|ni)?\s+(?:si\s+ishte|mbrapsht)", "undo"),
            (
                rf"{_SQ_TEXT}{_SQ_OF}\s+{_SQ_SCENE}\s+{_SQ_LAST}|{_SQ_SCENE}\s+{_SQ_LAST}(?:\s+{_SQ_TEXT})",
                "the text in the last scene",
            ),
            (
                rf"{_SQ_TEXT}{_SQ_OF}\s+{_SQ_SCENE}\s+{_SQ_FIRST}|{_SQ_SCENE}\s+{_SQ_FIRST}(?:\s+{_SQ_TEXT})",
                "the text in the first scene",
            ),
            (rf"{_SQ_SCENE}\s+{_SQ_LAST}", "the last scene"),
            (rf"{_SQ_SCENE}\s+{_SQ_FIRST}", "the first scene"),
            (r"zër(?:i|in)\s+(?:e|i)\s+muzikës|muzik(?:ën|ës|a|en|es|e)|këng(?:ën|a|ës)", "the music"),
            (r"zër(?:i|in|it)|zer(?:i|in)", "the voiceover"),
            (_SQ_TEXT + r"|font(?:i|in)?|shkronj(?:at|ave)", "the text"),
            (_SQ_SCENE, "the scene"),
            (r"reklam(?:ën|a|ës)|video(?:n|ja|jën)?", "the ad"),
            (r"(?:edhe|ende)\s+pak|pak\s+më\s+shumë(?=\s*[.!]*\s*$)|edhe\s+(?:pak\s+)?më", "a bit more"),
            (r"pak(?:sa)?|(?:një\s+)?çikë", "a bit"),
            (r"më\s+(?:të\s+|e\s+|i\s+)?(?:qetë|ulët|butë)|më\s+ulët|më\s+qetë", "quieter"),
            (r"më\s+(?:të\s+|e\s+|i\s+)?(?:lartë|fortë|zhurmshme)", "louder"),
            (r"më\s+(?:të\s+|e\s+|i\s+)?madh(?:e)?", "bigger"),
            (r"më\s+(?:të\s+|e\s+|i\s+)?vogël", "smaller"),
            (r"më\s+(?:të\s+|e\s+|i\s+)?gjatë", "longer"),
            (r"më\s+(?:të\s+|e\s+|i\s+)?shkurtër", "shorter"),
            (r"më\s+(?:të\s+|e\s+|i\s+)?ndritshëm|më\s+(?:të\s+|e\s+|i\s+)?ndritshme", "brighter"),
            (r"më\s+(?:të\s+|e\s+|i\s+)?errët", "darker"),
            (r"(?:(?:në\s+)?ngjyrë\s+)?(?:(?:të|e|i)\s+)?(?:bardhë|bardh)", "white"),
            (r"(?:(?:në\s+)?ngjyrë\s+)?(?:(?:të|e|i)\s+)?(?:zezë|zi)", "black"),
            (r"(?:(?:në\s+)?ngjyrë\s+)?(?:(?:të|e|i)\s+)?(?:kuqe|kuq)", "red"),
            (r"(?:(?:në\s+)?ngjyrë\s+)?(?:(?:të|e|i)\s+)?(?:verdhë|verdh)", "yellow"),
            (r"(?:(?:në\s+)?ngjyrë\s+)?(?:blu|(?:(?:të|e|i)\s+)?kaltër)", "blue"),
            (r"(?:(?:në\s+)?ngjyrë\s+)?(?:(?:të|e|i)\s+)?(?:gjelbër|jeshile)", "green"),
            (r"(?:në|lart)\s+(?:krye|lart)|lart", "to the top"),
            (r"(?:në\s+)?fund(?!it)|poshtë", "to the bottom"),
            (r"në\s+(?:qendër|mes)", "to the center"),
            (r"(?:në|deri\s+në)\s+(\d+(?:[.,]\d+)?)\s*sekond\w*", r"to \1 seconds"),
            (r"(\d+(?:[.,]\d+)?)\s*sekond\w*", r"\1 seconds"),
            (r"bëj(?:e|ni|eni)?|bej(?:e|ni)?", "make"),
            (r"ndrysho(?:je|ni)?|ndërro(?:je|ni)?", "change"),
            (r"lëviz(?:e|ni)?|zhvendos(?:e|ni)?", "move"),
            (r"ul(?:e|ni)", "turn down"),
            (r"ngri(?:je|ni)|rrit(?:e|ni)?", "turn up"),
            (r"zmadho(?:je|ni)?", "enlarge"),
            (r"zvogëlo(?:je|ni)?", "shrink"),
            (r"shkurto(?:je|ni)?", "shorten"),
            (r"zgjat(?:e|ni)?", "lengthen"),
            (r"fshi(?:je|ni)?|hiq(?:e|ni)?", "remove"),
            (r"(?:në|ne)(?=\s*" + _QUOTE + r")", "to"),
            (r"dhe", "and"),
        )
    ),
    leftovers=(r"të", r"e", r"i", r"në", r"këtë", r"tani", r"ngjyrë"),
)

# --- Azerbaijani (verb last) -----------------------------------------------------------------------

_AZ_TEXT = r"(?:mətn(?:i|ini|in|ə)?|yazı(?:nı|sı|sını|lar|ları)?)"
_AZ_SCENE = r"(?:səhnə(?:ni|nin|də|si|sində)?|kadr(?:ı|ın|da)?)"
_AZ_LAST = r"(?:son(?:uncu)?)"
_AZ_FIRST = r"(?:ilk|birinci)"

AZERBAIJANI = Language(
    "az",
    markers=(
        r"\w*ə\w*",
        r"musiqi\w*",
        _AZ_TEXT,
        _AZ_SCENE,
        r"bir\s+az|azca|bir\s+qədər|biraz",
        r"et|elə|edin|eləyin|çevir(?:in)?|dəyiş(?:in)?|artır(?:ın)?|azalt(?:ın)?|qaldır|endir",
        r"zəhmət\s+olmasa|təşəkkür\w*|sağ\s+ol",
        r"qaytar\w*|ləğv",
        r"ağ|qara|qırmızı|sarı|mavi|yaşıl|rəng\w*",
    ),
    rows=_table(
        (
            (r"zəhmət\s+olmasa|xahiş\s+edirəm", ""),
            (r"(?:çox\s+)?(?:təşəkkür(?:lər|\s+edirəm)?|sağ\s+ol(?:un)?)", "thanks"),
            (r"(?:geri\s+qaytar|ləğv\s+et)(?:ın|in)?", "undo"),
            (
                rf"{_AZ_LAST}\s+{_AZ_SCENE}\s+{_AZ_TEXT}|{_AZ_TEXT}\s+{_AZ_LAST}\s+{_AZ_SCENE}",
                "the text in the last scene",
            ),
            (rf"{_AZ_FIRST}\s+{_AZ_SCENE}\s+{_AZ_TEXT}", "the text in the first scene"),
            (rf"{_AZ_LAST}\s+{_AZ_SCENE}", "the last scene"),
            (rf"{_AZ_FIRST}\s+{_AZ_SCENE}", "the first scene"),
            (r"(?:fon\s+)?musiqi(?:ni|nin|si|sini)?(?:\s+səs(?:i|ini))?|mahnı(?:nı)?", "the music"),
            (r"səs(?:i|ini)?", "the voiceover"),
            (_AZ_TEXT + r"|şrift(?:i)?", "the text"),
            (_AZ_SCENE, "the scene"),
            (r"reklam(?:ı|ın)?|video(?:nu)?", "the ad"),
            (r"bir\s+az\s+da|bir\s+az\s+daha|daha\s+bir\s+az", "a bit more"),
            (r"bir\s+az|azca|bir\s+qədər|biraz", "a bit"),
            (r"(?:daha\s+)?(?:səssiz|sakit|yavaş|alçaq)(?:laşdır)?", "quieter"),
            (r"(?:daha\s+)?(?:ucadan|bərk|yüksək|gur)", "louder"),
            (r"(?:daha\s+)?böyük", "bigger"),
            (r"(?:daha\s+)?kiçik", "smaller"),
            (r"(?:daha\s+)?uzun", "longer"),
            (r"(?:daha\s+)?qısa", "shorter"),
            (r"ağ(?:\s+rəng(?:ə|də|li)?)?", "white"),
            (r"qara(?:\s+rəng(?:ə|də|li)?)?", "black"),
            (r"qırmızı(?:\s+rəng(?:ə|də|li)?)?", "red"),
            (r"sarı(?:\s+rəng(?:ə|də|li)?)?", "yellow"),
            (r"(?:mavi|göy)(?:\s+rəng(?:ə|də|li)?)?", "blue"),
            (r"yaşıl(?:\s+rəng(?:ə|də|li)?)?", "green"),
            (r"yuxarı(?:ya)?", "to the top"),
            (r"aşağı(?:ya)?", "to the bottom"),
            (r"ortaya|mərkəzə", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*saniyə\w*", r"\1 seconds"),
            (r"(" + _QUOTE + r")\s*(?:ilə|olaraq)?\s+(?:dəyiş|əvəz\s+et)(?:in)?", r"to \1 ⟪change⟫"),
            (r"(?:dəyiş|əvəz\s+et)(?:in)?", "⟪change⟫"),
            (r"(?:azalt|endir|kiçilt)(?:ın|in)?", "⟪reduce⟫"),
            (r"(?:artır|qaldır|böyüt)(?:ın|in)?", "⟪increase⟫"),
            (r"(?:sil|çıxar)(?:in|ın)?", "⟪remove⟫"),
            (r"çevir(?:in)?|et(?:in)?|edin|elə(?:yin)?", "⟪make⟫"),
            (r"və", "and"),
        ),
        verb_last=True,
    ),
    leftovers=(r"rəngə", r"rəngdə", r"bunu", r"indi"),
)

# --- Kazakh (Cyrillic, verb last) ------------------------------------------------------------------

_KK_TEXT = r"(?:мәтін(?:ді|і|ін|ін|дегі)?|жазу(?:ды|ы|ын)?)"
_KK_SCENE = r"(?:сахна(?:ны|ның|да|сы|сын|сының|дағы)?|көрініс(?:ті|тің|те|і|ін)?)"
_KK_LAST = r"(?:соңғы)"
_KK_FIRST = r"(?:бірінші|алғашқы)"

KAZAKH = Language(
    "kk",
    markers=(
        r"\w*[әғқңөұүһ]\w*",
        r"музыка(?:ны|сы|ның|сын)",
        _KK_TEXT,
        _KK_SCENE,
        r"сәл|аздап|біраз|кішкене",
        r"қыл(?:ыңыз)?|жаса(?:ңыз)?|ет(?:іңіз)?|өзгерт(?:іңіз)?|көтер(?:іңіз)?|азайт(?:ыңыз)?",
        r"рахмет|өтінемін",
        r"кері\s+қайтар\w*|болдырма\w*",
    ),
    rows=_table(
        (
            (r"өтінемін|өтініш", ""),
            (r"(?:көп\s+)?рахмет", "thanks"),
            (r"(?:кері\s+қайтар|болдырма|бас\s+тарт)(?:ыңыз)?", "undo"),
            (rf"{_KK_LAST}\s+{_KK_SCENE}\s+{_KK_TEXT}", "the text in the last scene"),
            (rf"{_KK_FIRST}\s+{_KK_SCENE}\s+{_KK_TEXT}", "the text in the first scene"),
            (rf"{_KK_LAST}\s+{_KK_SCENE}", "the last scene"),
            (rf"{_KK_FIRST}\s+{_KK_SCENE}", "the first scene"),
            (r"(?:фон\s+)?музыка(?:ны|сы|ның|сын|сының)?(?:\s+дауыс(?:ы|ын))?|ән(?:ді)?", "the music"),
            (r"дауыс(?:ы|ын|ты)?", "the voiceover"),
            (_KK_TEXT + r"|қаріп(?:ті)?", "the text"),
            (_KK_SCENE, "the scene"),
            (r"жарнама(?:ны|сы)?|бейне(?:ні)?|видео(?:ны)?", "the ad"),
            (r"тағы\s+(?:сәл|аздап|біраз|кішкене)|(?:сәл|аздап)\s+тағы", "a bit more"),
            (r"сәл|аздап|біраз|кішкене", "a bit"),
            (r"қаттырақ|қатты|дауыстырақ|күштірек", "louder"),
            (r"ақырынырақ|ақырын|баяуырақ|баяу|тынышырақ|тыныш", "quieter"),
            (r"үлкенірек|үлкен", "bigger"),
            (r"кішірек|кіші", "smaller"),
            (r"ұзынырақ|ұзағырақ|ұзын", "longer"),
            (r"қысқарақ|қысқа", "shorter"),
            (r"ақ(?:\s+түс(?:ке|ті)?)?", "white"),
            (r"қара(?:\s+түс(?:ке|ті)?)?", "black"),
            (r"қызыл(?:\s+түс(?:ке|ті)?)?", "red"),
            (r"сары(?:\s+түс(?:ке|ті)?)?", "yellow"),
            (r"көк(?:\s+түс(?:ке|ті)?)?", "blue"),
            (r"жасыл(?:\s+түс(?:ке|ті)?)?", "green"),
            (r"жоғары(?:ға)?", "to the top"),
            (r"төмен(?:ге)?", "to the bottom"),
            (r"ортаға", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*секунд\w*", r"\1 seconds"),
            (r"(" + _QUOTE + r")\s*(?:деп|етіп)?\s+(?:өзгерт|ауыстыр)(?:іңіз|ыңыз)?", r"to \1 ⟪change⟫"),
            (r"(?:өзгерт|ауыстыр)(?:іңіз|ыңыз)?", "⟪change⟫"),
            (r"(?:азайт|төмендет|кішірейт)(?:ыңыз|іңіз)?", "⟪reduce⟫"),
            (r"(?:көтер|көбейт|үлкейт|арттыр)(?:іңіз|ыңыз)?", "⟪increase⟫"),
            (r"(?:өшір|алып\s+таста)(?:іңіз|ыңыз)?", "⟪remove⟫"),
            (r"қыл(?:ыңыз)?|жаса(?:ңыз)?|ет(?:іңіз)?", "⟪make⟫"),
            (r"және", "and"),
        ),
        verb_last=True,
    ),
    leftovers=(r"түске", r"қазір", r"мұны"),
)

# --- Welsh (verb first, read after its mutations) -----------------------------------------------

_CY_TEXT = r"(?:testun|destun|nhestun|ysgrifen|sgrifen)"
_CY_SCENE = r"(?:golygfa|olygfa|ngolygfa|cholygfa)"
_CY_THE = r"(?:yr|y|['’]r)"

WELSH = Language(
    "cy",
    markers=(
        r"gwna\w*|wna\w*|newid\w*|dadwneud",
        r"cerddoriaeth|gerddoriaeth|ngherddoriaeth|chwerddoriaeth",
        r"testun|destun|nhestun",
        _CY_SCENE,
        r"ychydig|tipyn",
        r"os\s+gwelwch\s+yn\s+dda|diolch|plîs",
        r"tawelach|dawelach|distawach|ddistawach|uwch|cryfach|gryfach|llai|fwy|mwy|hirach|byrrach|fyrrach",
        r"olaf|cyntaf|gyntaf",
        r"yn\s+(?:wyn|ddu|goch|felyn|las|wyrdd)",
    ),
    rows=_table(
        (
            (r"os\s+gwelwch\s+yn\s+dda|os\s+gweli\s+di['’]n\s+dda|plîs|plis", ""),
            (r"a['’]r|ac|a", "and"),
            (r"diolch(?:\s+yn\s+fawr)?", "thanks"),
            (r"dadwneud|dadwna", "undo"),
            (
                rf"{_CY_TEXT}\s+(?:(?:yn|ar|o)\s+)?{_CY_THE}\s+{_CY_SCENE}\s+olaf",
                "the text in the last scene",
            ),
            (
                rf"{_CY_TEXT}\s+(?:(?:yn|ar|o)\s+)?{_CY_THE}\s+{_CY_SCENE}\s+(?:gyntaf|gynta|cyntaf)",
                "the text in the first scene",
            ),
            (rf"{_CY_THE}\s+{_CY_SCENE}\s+olaf", "the last scene"),
            (rf"{_CY_THE}\s+{_CY_SCENE}\s+(?:gyntaf|gynta|cyntaf)", "the first scene"),
            (
                rf"(?:{_CY_THE}\s+)?(?:cerddoriaeth|gerddoriaeth|ngherddoriaeth|miwsig|fiwsig|gân|cân)",
                "the music",
            ),
            (rf"(?:{_CY_THE}\s+)?(?:llais|lais)", "the voiceover"),
            (rf"(?:{_CY_THE}\s+)?{_CY_TEXT}", "the text"),
            (rf"(?:{_CY_THE}\s+)?{_CY_SCENE}", "the scene"),
            (rf"(?:{_CY_THE}\s+)?(?:hysbyseb|fideo)", "the ad"),
            (r"ychydig\s+(?:bach\s+)?(?:mwy|fwy|eto)|tipyn\s+(?:mwy|eto)", "a bit more"),
            (r"ychydig(?:\s+bach)?|tipyn(?:\s+bach)?", "a bit"),
            (r"(?:yn\s+)?(?:dawelach|tawelach|ddistawach|distawach)", "quieter"),
            (r"(?:yn\s+)?(?:uwch|gryfach|cryfach)", "louder"),
            (r"(?:yn\s+)?(?:fwy|mwy)(?!\s+o)", "bigger"),
            (r"(?:yn\s+)?llai", "smaller"),
            (r"(?:yn\s+)?hirach", "longer"),
            (r"(?:yn\s+)?(?:fyrrach|byrrach)", "shorter"),
            (r"(?:yn\s+)?(?:wyn|gwyn)", "white"),
            (r"(?:yn\s+)?(?:ddu|du)", "black"),
            (r"(?:yn\s+)?(?:goch|coch)", "red"),
            (r"(?:yn\s+)?(?:felyn|melyn)", "yellow"),
            (r"(?:yn\s+)?(?:las|glas)", "blue"),
            (r"(?:yn\s+)?(?:wyrdd|gwyrdd)", "green"),
            (r"i['’]r\s+brig|ar\s+y\s+brig", "to the top"),
            (r"i['’]r\s+gwaelod|ar\s+y\s+gwaelod", "to the bottom"),
            (r"i['’]r\s+canol|yn\s+y\s+canol", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*eiliad", r"\1 seconds"),
            (r"(?:gwna|gwnewch|gwnawn)(?:['’]r)", "make"),
            (r"gwna|gwnewch|wna", "make"),
            (r"newidia(?:['’]r)|newidiwch(?:['’]r)|newid(?:['’]r)", "change"),
            (r"newidia|newidiwch|newid", "change"),
            (r"symuda|symudwch|symud", "move"),
            (r"(?:tro|trowch)['’]r", "turn"),
            (r"i\s+lawr", "down"),
            (r"i\s+fyny", "up"),
            (r"dileu|dilea|tynna", "remove"),
            (r"i(?=\s*" + _QUOTE + r")", "to"),
        )
    ),
    leftovers=(r"yn", r"yr", r"y", r"nawr", r"rŵan"),
)

# --- Basque (verb last) -----------------------------------------------------------------------------

_EU_TEXT = r"(?:testu(?:a|ak|aren)?|idazki(?:a)?)"
_EU_SCENE = r"(?:eszena(?:ko|ren|n|ra)?|agertoki(?:ko)?)"
_EU_LAST = r"(?:azken(?:eko)?)"
_EU_FIRST = r"(?:lehen(?:engo|bizik(?:o)?)?)"

BASQUE = Language(
    "eu",
    markers=(
        r"musika(?:ren|ri)?",
        _EU_TEXT,
        _EU_SCENE,
        r"egin|jarri|aldatu|igo|jaitsi|desegin|handitu|txikitu",
        r"mesedez|eskerrik\s+asko|milesker",
        r"\w+ago(?:a|ak)|ozenago|isilago|handiago|txikiago|luzeago|laburrago",
        r"apur\s+bat|pixka\s+bat|pitin\s+bat",
        r"zuri(?:a|z)?|beltz(?:a)?|gorri(?:a)?|hori(?:a)|urdin(?:a)?|berde(?:a)?",
    ),
    rows=_table(
        (
            (r"mesedez", ""),
            (r"eskerrik\s+asko|milesker|eskerrik\s+anitz", "thanks"),
            (r"desegin|atzera\s+egin", "undo"),
            (rf"{_EU_LAST}\s+{_EU_SCENE}\s+{_EU_TEXT}", "the text in the last scene"),
            (rf"{_EU_FIRST}\s+{_EU_SCENE}\s+{_EU_TEXT}", "the text in the first scene"),
            (rf"{_EU_LAST}\s+{_EU_SCENE}", "the last scene"),
            (rf"{_EU_FIRST}\s+{_EU_SCENE}", "the first scene"),
            (r"(?:atzeko\s+)?musika(?:ren\s+bolumena|ri|ren|k)?|abesti(?:a)?", "the music"),
            (r"ahots(?:a)?", "the voiceover"),
            (_EU_TEXT + r"|letra(?:k)?", "the text"),
            (_EU_SCENE, "the scene"),
            (r"iragarki(?:a)?|bideo(?:a)?", "the ad"),
            (r"(?:apur|pixka|pitin)\s+bat\s+gehiago|beste\s+(?:apur|pixka)\s+bat", "a bit more"),
            (r"apur\s+bat|pixka\s+bat|pitin\s+bat|zertxobait", "a bit"),
            (r"ozenago(?:a)?|altuago(?:a)?|indartsuago(?:a)?", "louder"),
            (r"isilago(?:a)?|baxuago(?:a)?|leunago(?:a)?", "quieter"),
            (r"handiago(?:a|ak)?", "bigger"),
            (r"txikiago(?:a|ak)?", "smaller"),
            (r"luzeago(?:a)?", "longer"),
            (r"laburrago(?:a)?", "shorter"),
            (r"argiago(?:a)?", "brighter"),
            (r"ilunago(?:a)?", "darker"),
            (r"zuri(?:a|z)?", "white"),
            (r"beltz(?:a|ez)?", "black"),
            (r"gorri(?:a|z)?", "red"),
            (r"hori(?:a|z)", "yellow"),
            (r"urdin(?:a|ez)?", "blue"),
            (r"berde(?:a|z)?", "green"),
            (r"gora|goian", "to the top"),
            (r"behera|behean", "to the bottom"),
            (r"erdira|erdian", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*segundo\w*", r"\1 seconds"),
            (r"(" + _QUOTE + r")\s*(?:-?ra|-?ren\s+ordez)?\s+aldatu", r"to \1 ⟪change⟫"),
            (r"aldatu", "⟪change⟫"),
            (r"jaitsi|txikitu|gutxitu", "⟪reduce⟫"),
            (r"igo|handitu|handiagotu", "⟪increase⟫"),
            (r"mugitu", "⟪move⟫"),
            (r"kendu|ezabatu", "⟪remove⟫"),
            (r"egin|jarri|bihurtu", "⟪make⟫"),
            (r"eta", "and"),
        ),
        verb_last=True,
    ),
    leftovers=(r"hau", r"orain", r"kolorez", r"koloreko"),
)

# --- Afrikaans (verb first) -------------------------------------------------------------------------

_AF_TEXT = r"(?:teks|skrif|woorde)"
_AF_SCENE = r"(?:toneel|tonele|skoot)"

AFRIKAANS = Language(
    "af",
    markers=(
        r"asseblief|dankie",
        r"musiek",
        r"bietjie|effens|effe",
        r"die",
        r"['’]n",
        r"teks|toneel",
        r"sagter|stiller|luider|groter|kleiner|korter",
        r"ontdoen|verander|skuif",
        r"swart|rooi|geel|blou|groen",
    ),
    rows=_table(
        (
            (r"asseblief|asb", ""),
            (r"(?:baie\s+)?dankie", "thanks"),
            (r"maak\s+(?:dit\s+)?ongedaan|ontdoen", "undo"),
            (rf"die\s+{_AF_TEXT}\s+(?:in|op|van)\s+die\s+laaste\s+{_AF_SCENE}", "the text in the last scene"),
            (
                rf"die\s+{_AF_TEXT}\s+(?:in|op|van)\s+die\s+eerste\s+{_AF_SCENE}",
                "the text in the first scene",
            ),
            (rf"die\s+laaste\s+{_AF_SCENE}", "the last scene"),
            (rf"die\s+eerste\s+{_AF_SCENE}", "the first scene"),
            (r"(?:die\s+)?(?:agtergrond)?musiek|(?:die\s+)?liedjie", "the music"),
            (r"(?:die\s+)?(?:stem|voorlesing)", "the voiceover"),
            (rf"(?:die\s+)?{_AF_TEXT}|(?:die\s+)?lettertipe", "the text"),
            (rf"(?:die\s+)?{_AF_SCENE}", "the scene"),
            (r"(?:die\s+)?(?:advertensie|video)", "the ad"),
            (r"nog\s+['’]n\s+bietjie|['’]n\s+bietjie\s+meer|nog\s+effens", "a bit more"),
            (r"['’]n\s+bietjie|bietjie|effens|effe", "a bit"),
            (r"sagter|stiller|saggies", "quieter"),
            (r"harder|luider", "louder"),
            (r"groter", "bigger"),
            (r"kleiner", "smaller"),
            (r"langer", "longer"),
            (r"korter", "shorter"),
            (r"helderder|ligter", "brighter"),
            (r"donkerder", "darker"),
            (r"wit", "white"),
            (r"swart", "black"),
            (r"rooi", "red"),
            (r"geel", "yellow"),
            (r"blou", "blue"),
            (r"groen", "green"),
            (r"na\s+(?:bo|die\s+bokant)|bo-?aan", "to the top"),
            (r"na\s+(?:onder|die\s+onderkant)|onderaan", "to the bottom"),
            (r"na\s+die\s+middel|in\s+die\s+middel", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*sekondes?", r"\1 seconds"),
            (r"maak|sit", "make"),
            (r"verander", "change"),
            (r"skuif", "move"),
            (r"verwyder|vee\s+uit", "remove"),
            (r"verkort", "shorten"),
            (r"verleng", "lengthen"),
            (r"na(?=\s*" + _QUOTE + r")", "to"),
            (r"en", "and"),
            (r"die", "the"),
        )
    ),
    leftovers=(r"dit", r"nou", r"hier"),
)

# --- Marathi (Devanagari, verb last; vowel signs are no word letters) -------------------------------

_MR_END = r"(?!\S)"
_MR_TEXT = r"(?:मजकूर|मजकुर|टेक्स्ट|अक्षर)\S*"
_MR_SCENE = r"(?:दृश्य|सीन)\S*"
_MR_DO = r"(?:करून\s+टाक(?:ा)?|करून\s+द्या|करशील\s+का|कर\s+ना|करा|कर)" + _MR_END
_MR_BIT = r"(?:थोडं|थोडे|थोडा|थोडी|जरा|थोडंसं|थोडासा)" + _MR_END

MARATHI = Language(
    "mr",
    markers=(
        r"[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+)*",
        r"थोडं\S*|थोडे|थोडंसं|थोडासा",
        r"मोठं|मोठा|मोठे|मोठी|लहान|हळू",
        r"मजकूर\S*",
        r"शेवटच\S*|पहिल्या",
        r"करा|कर\s+ना|करून|करशील",
        r"आणि|आणखी|अजून",
        r"पांढर\S*|पिवळ\S*|निळ\S*|हिरव\S*|काळ्या|काळा",
        r"\S+(?:च्या|ातील|ाचा|ाची|ाचे|ला)" + _MR_END,
        r"वाढव\S*|बदला|बदलून",
    ),
    rows=_table(
        (
            (r"कृपया", ""),
            (r"(?:खूप\s+)?(?:धन्यवाद|आभार)", "thanks"),
            (r"(?:पूर्ववत|आधीसारखं|आधीसारखे)\s+" + _MR_DO + r"|अनडू", "undo"),
            (r"(?:अजून|आणखी)\s+" + _MR_BIT, "a bit more"),
            (_MR_BIT, "a bit"),
            (rf"शेवटच\S*\s+(?:{_MR_SCENE}\s+)?{_MR_TEXT}", "the text in the last scene"),
            (rf"पहिल\S*\s+(?:{_MR_SCENE}\s+)?{_MR_TEXT}", "the text in the first scene"),
            (rf"शेवटच\S*\s+{_MR_SCENE}", "the last scene"),
            (rf"पहिल\S*\s+{_MR_SCENE}", "the first scene"),
            (r"(?:पार्श्वसंगीत|संगीत|म्युझिक|गाणं|गाणे)\S*(?:\s+आवाज\S*)?", "the music"),
            (r"(?:व्हॉइस|आवाज)\S*", "the voiceover"),
            (_MR_TEXT, "the text"),
            (_MR_SCENE, "the scene"),
            (r"(?:जाहिरात|व्हिडिओ)\S*", "the ad"),
            (r"(the\s+music(?:\s+a\s+bit(?:\s+more)?)?)\s+(?:मोठ(?:ं|ा|े|ी)|जोरात)" + _MR_END, r"\1 louder"),
            (r"(the\s+music(?:\s+a\s+bit(?:\s+more)?)?)\s+(?:हळू|कमी|मंद)" + _MR_END, r"\1 quieter"),
            (r"(?:अजून\s+)?मोठ(?:ं|ा|े|ी)" + _MR_END, "bigger"),
            (r"(?:अजून\s+)?(?:लहान|छोट(?:ं|ा|े|ी))" + _MR_END, "smaller"),
            (r"(?:अजून\s+)?लांब" + _MR_END, "longer"),
            (r"पांढर\S*", "white"),
            (r"काळ(?:ा|े|ी|्या)" + _MR_END, "black"),
            (r"लाल" + _MR_END, "red"),
            (r"पिवळ\S*", "yellow"),
            (r"निळ\S*", "blue"),
            (r"हिरव\S*", "green"),
            (r"(?:रंगात|रंगाचा|रंगाचे|रंगाची)" + _MR_END, ""),
            (r"वर" + _MR_END, "to the top"),
            (r"खाली" + _MR_END, "to the bottom"),
            (r"मध्यभागी" + _MR_END, "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*सेकंद\S*", r"\1 seconds"),
            (r"(?:बदलून\s+)?(" + _QUOTE + r")\s+(?:असा\s+|असे\s+)?" + _MR_DO, r"to \1 ⟪change⟫"),
            (r"(" + _QUOTE + r")\s+(?:असा\s+|असे\s+)?(?:बदला|बदल)" + _MR_END, r"to \1 ⟪change⟫"),
            (r"(?:बदला|बदल)" + _MR_END, "⟪change⟫"),
            (r"(?:कमी\s+" + _MR_DO + r"|घटव\S*)", "⟪reduce⟫"),
            (r"वाढव\S*", "⟪increase⟫"),
            (r"(?:काढून\s+टाक\S*|हटव\S*)", "⟪remove⟫"),
            (_MR_DO, "⟪make⟫"),
            (r"आणि" + _MR_END, "and"),
        ),
        verb_last=True,
    ),
    leftovers=(r"ना", r"ला", r"चा", r"ची", r"चे", r"मध्ये", r"पण"),
    slips=False,
    own_script=True,
)

# --- Punjabi (Gurmukhi, verb last; vowel signs are no word letters) --------------------------------

_PA_END = r"(?!\S)"
_PA_TEXT = r"(?:ਟੈਕਸਟ|ਲਿਖਤ|ਅੱਖਰ|ਸ਼ਬਦ)\S*"
_PA_SCENE = r"(?:ਸੀਨ|ਦ੍ਰਿਸ਼|ਦਿ੍ਰਸ਼)\S*"
_PA_OF = r"(?:\s+(?:ਦਾ|ਦੀ|ਦੇ|ਵਿੱਚ|ਵਿਚ|ਵਾਲਾ|ਵਾਲੀ))?"
_PA_DO = r"(?:ਕਰ\s+ਦਿਓ|ਕਰ\s+ਦਿਉ|ਕਰਦੋ|ਕਰ\s+ਦੋ|ਕਰ\s+ਦੇ|ਕਰੋ|ਕਰੋ\s+ਜੀ|ਕਰ|ਬਣਾਓ|ਬਣਾ\s+ਦਿਓ)" + _PA_END
_PA_BIT = r"(?:ਥੋੜ੍ਹਾ|ਥੋੜਾ|ਥੋੜ੍ਹੀ|ਥੋੜੀ|ਥੋੜ੍ਹੇ|ਜ਼ਰਾ|ਜਰਾ)" + _PA_END

PUNJABI = Language(
    "pa",
    markers=(r"[\u0a00-\u0a7f]+(?:\s+[\u0a00-\u0a7f]+)*", r"ਸੰਗੀਤ\S*", _PA_TEXT, _PA_SCENE, _PA_DO),
    rows=_table(
        (
            (r"ਕਿਰਪਾ\s+ਕਰਕੇ|ਕ੍ਰਿਪਾ\s+ਕਰਕੇ|ਜੀ" + _PA_END, ""),
            (r"(?:ਬਹੁਤ\s+)?(?:ਧੰਨਵਾਦ|ਸ਼ੁਕਰੀਆ)", "thanks"),
            (r"(?:ਵਾਪਸ|ਪਹਿਲਾਂ\s+ਵਰਗਾ)\s+" + _PA_DO + r"|ਅਨਡੂ\S*", "undo"),
            (r"(?:ਹੋਰ|ਥੋੜ੍ਹਾ\s+ਹੋਰ)\s+" + _PA_BIT + r"|" + _PA_BIT + r"\s+ਹੋਰ(?=\s*[.!]*\s*$)", "a bit more"),
            (_PA_BIT, "a bit"),
            (
                rf"(?:ਆਖਰੀ|ਆਖ਼ਰੀ|ਅਖੀਰਲ\S*|ਅੰਤਿਮ)\s+(?:{_PA_SCENE}{_PA_OF}\s+)?{_PA_TEXT}",
                "the text in the last scene",
            ),
            (
                rf"(?:ਪਹਿਲ|ਪਹਿਲੇ|ਪਹਿਲਾ|ਪਹਿਲੀ)\S*\s+(?:{_PA_SCENE}{_PA_OF}\s+)?{_PA_TEXT}",
                "the text in the first scene",
            ),
            (rf"(?:ਆਖਰੀ|ਆਖ਼ਰੀ|ਅਖੀਰਲ\S*|ਅੰਤਿਮ)\s+{_PA_SCENE}", "the last scene"),
            (rf"ਪਹਿਲ\S*\s+{_PA_SCENE}", "the first scene"),
            (r"(?:ਬੈਕਗ੍ਰਾਊਂਡ\s+)?(?:ਸੰਗੀਤ|ਮਿਊਜ਼ਿਕ|ਮਿਊਜਿਕ|ਗਾਣਾ|ਗੀਤ)\S*(?:\s+ਦੀ\s+ਆਵਾਜ਼)?", "the music"),
            (r"(?:ਆਵਾਜ਼|ਅਵਾਜ਼|ਵੌਇਸ)\S*", "the voiceover"),
            (_PA_TEXT, "the text"),
            (_PA_SCENE, "the scene"),
            (r"(?:ਇਸ਼ਤਿਹਾਰ|ਐਡ|ਵੀਡੀਓ)\S*", "the ad"),
            (r"(the\s+music(?:\s+a\s+bit(?:\s+more)?)?)\s+(?:ਉੱਚ(?:ਾ|ੀ)|ਤੇਜ਼|ਉੱਚੀ)" + _PA_END, r"\1 louder"),
            (
                r"(the\s+music(?:\s+a\s+bit(?:\s+more)?)?)\s+(?:ਹੌਲੀ|ਘੱਟ|ਧੀਮ(?:ਾ|ੀ)|ਮੱਧਮ)" + _PA_END,
                r"\1 quieter",
            ),
            (r"ਵੱਡ(?:ਾ|ੀ|ੇ)" + _PA_END, "bigger"),
            (r"ਛੋਟ(?:ਾ|ੀ|ੇ)" + _PA_END, "smaller"),
            (r"ਲੰਮ(?:ਾ|ੀ)|ਲੰਬ(?:ਾ|ੀ)" + _PA_END, "longer"),
            (r"(?:ਚਿੱਟ(?:ਾ|ੀ|ੇ)|ਸਫ਼ੈਦ|ਸਫੈਦ|ਸਫੇਦ|ਸਫ਼ੇਦ)" + _PA_END, "white"),
            (r"ਕਾਲ(?:ਾ|ੀ|ੇ)" + _PA_END, "black"),
            (r"ਲਾਲ" + _PA_END, "red"),
            (r"ਪੀਲ(?:ਾ|ੀ|ੇ)" + _PA_END, "yellow"),
            (r"ਨੀਲ(?:ਾ|ੀ|ੇ)" + _PA_END, "blue"),
            (r"ਹਰ(?:ਾ|ੀ|ੇ)" + _PA_END, "green"),
            (r"(?:ਰੰਗ\s+ਦਾ|ਰੰਗ\s+ਦੀ|ਰੰਗ\s+ਵਿੱਚ|ਰੰਗ)" + _PA_END, ""),
            (r"ਉੱਪਰ" + _PA_END, "to the top"),
            (r"ਹੇਠਾਂ|ਥੱਲੇ" + _PA_END, "to the bottom"),
            (r"ਵਿਚਕਾਰ" + _PA_END, "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*ਸਕਿੰਟ\S*", r"\1 seconds"),
            (r"(?:ਨੂੰ\s+)?ਬਦਲ\s+ਕੇ\s+(" + _QUOTE + r")\s+" + _PA_DO, r"to \1 ⟪change⟫"),
            (
                r"(" + _QUOTE + r")\s+(?:ਵਿੱਚ\s+)?(?:ਬਦਲੋ|ਬਦਲ\s+ਦਿਓ|ਕਰੋ|" + _PA_DO[3:-7] + r")" + _PA_END,
                r"to \1 ⟪change⟫",
            ),
            (r"(?:ਬਦਲੋ|ਬਦਲ\s+ਦਿਓ|ਬਦਲ)" + _PA_END, "⟪change⟫"),
            (r"(?:ਘੱਟ\s+" + _PA_DO + r"|ਘਟਾਓ|ਘਟਾ\s+ਦਿਓ)", "⟪reduce⟫"),
            (r"(?:ਵਧਾਓ|ਵਧਾ\s+ਦਿਓ|ਵਧਾ)" + _PA_END, "⟪increase⟫"),
            (r"(?:ਹਟਾਓ|ਹਟਾ\s+ਦਿਓ|ਮਿਟਾਓ)" + _PA_END, "⟪remove⟫"),
            (_PA_DO, "⟪make⟫"),
            (r"(?:ਅਤੇ|ਤੇ)" + _PA_END, "and"),
        ),
        verb_last=True,
    ),
    leftovers=(r"ਨੂੰ", r"ਦਾ", r"ਦੀ", r"ਦੇ", r"ਵਿੱਚ", r"ਵੀ"),
    slips=False,
    own_script=True,
)

# --- Galician (verb first) ----------------------------------------------------------------------------

_GL_TEXT = r"(?:texto|letreiro|rótulo)"
_GL_SCENE = r"(?:escena|escea)"

GALICIAN = Language(
    "gl",
    markers=(
        r"máis",
        r"grazas|moitas\s+grazas",
        r"un\s+pouco|un\s+pouquiño|un\s+chisco|un\s+chisquiño",
        r"vermell\w*",
        r"ola|por\s+favor|porfa",
        r"pon|fai|faga|desfai",
        r"(?:o|a)\s+(?:texto|música|escena|anuncio)",
        r"en",
        r"derradeir\w*",
        r"en\s+(?:amarel|vermell|branc|negr|azul|verde|laranx|rosa)\w*",
        r"(?:d|n)(?:o|a)\s+(?:\w+\s+)?esce(?:n)?a",
    ),
    rows=_table(
        (
            (r"ola|por\s+favor|porfa(?:vor)?", ""),
            (r"(?:moitas\s+)?grazas", "thanks"),
            (r"desfai|desfacer|volve\s+(?:atrás|como\s+estaba)", "undo"),
            (
                rf"(?:o\s+)?{_GL_TEXT}\s+(?:da|na|de\s+a)\s+(?:última|derradeira)\s+{_GL_SCENE}",
                "the text in the last scene",
            ),
            (
                rf"(?:o\s+)?{_GL_TEXT}\s+(?:da|na|de\s+a)\s+primeira\s+{_GL_SCENE}",
                "the text in the first scene",
            ),
            (rf"(?:o\s+)?{_GL_TEXT}\s+d(?:o|a)\s+(hook|cta|showcase|testimonial|gancho)", r"the \1 text"),
            (rf"(?:a\s+)?(?:última|derradeira)\s+{_GL_SCENE}", "the last scene"),
            (rf"(?:a\s+)?primeira\s+{_GL_SCENE}", "the first scene"),
            (r"(?:a\s+)?música(?:\s+de\s+fondo)?|(?:a\s+)?canción", "the music"),
            (r"(?:a\s+)?(?:voz|locución)", "the voiceover"),
            (rf"(?:o\s+)?{_GL_TEXT}|(?:a\s+)?letra", "the text"),
            (rf"(?:a\s+)?{_GL_SCENE}", "the scene"),
            (r"(?:o\s+)?(?:anuncio|vídeo)", "the ad"),
            (
                r"un\s+(?:pouco|chisco|pouquiño)\s+máis(?=\s*[.!]*\s*$)|algo\s+máis(?=\s*[.!]*\s*$)",
                "a bit more",
            ),
            (r"un\s+(?:pouco|pouquiño|chisco|chisquiño)|algo", "a bit"),
            (r"máis\s+(?:baixa|baixo|suave|tranquila)", "quieter"),
            (r"máis\s+(?:alta|alto|forte)", "louder"),
            (r"máis\s+(?:grande|grandes)", "bigger"),
            (r"máis\s+(?:pequena|pequeno|pequenos|pequenas)", "smaller"),
            (r"máis\s+(?:longa|longo)", "longer"),
            (r"máis\s+(?:curta|curto)", "shorter"),
            (r"máis\s+(?:clara|claro|brillante)", "brighter"),
            (r"máis\s+(?:escura|escuro)", "darker"),
            (r"(?:en\s+|de\s+)?(?:cor\s+)?branc(?:o|a)", "white"),
            (r"(?:en\s+|de\s+)?(?:cor\s+)?negr(?:o|a)", "black"),
            (r"(?:en\s+|de\s+)?(?:cor\s+)?vermell(?:o|a)", "red"),
            (r"(?:en\s+|de\s+)?(?:cor\s+)?amarel(?:o|a)", "yellow"),
            (r"(?:en\s+|de\s+)?(?:cor\s+)?azul", "blue"),
            (r"(?:en\s+|de\s+)?(?:cor\s+)?verde", "green"),
            (r"arriba", "to the top"),
            (r"abaixo", "to the bottom"),
            (r"no\s+(?:centro|medio)|ao\s+centro", "to the center"),
            (r"(?:a|en)\s+(\d+(?:[.,]\d+)?)\s*segundos", r"to \1 seconds"),
            (r"(\d+(?:[.,]\d+)?)\s*segundos", r"\1 seconds"),
            (r"baixa(?=\s+(?:the\s+music|a\s+bit))", "turn down"),
            (r"sube(?=\s+(?:the\s+music|a\s+bit))", "turn up"),
            (r"pon|fai|faga|deixa", "make"),
            (r"cambia|troca|muda", "change"),
            (r"move|mové|leva", "move"),
            (r"quita|elimina|borra", "remove"),
            (r"acurta", "shorten"),
            (r"alonga", "lengthen"),
            (r"(?:a|por|en)(?=\s*" + _QUOTE + r")", "to"),
            (r"e", "and"),
        )
    ),
    leftovers=(r"o", r"do", r"da", r"de", r"en", r"agora"),
)

BALKAN_TURKIC_CELTIC_IBERIAN: tuple[Language, ...] = (
    BULGARIAN,
    MACEDONIAN,
    ALBANIAN,
    AZERBAIJANI,
    KAZAKH,
    WELSH,
    BASQUE,
    AFRIKAANS,
    MARATHI,
    PUNJABI,
    GALICIAN,
)

__all__ = [
    "AFRIKAANS",
    "ALBANIAN",
    "AZERBAIJANI",
    "BALKAN_TURKIC_CELTIC_IBERIAN",
    "BASQUE",
    "BULGARIAN",
    "GALICIAN",
    "KAZAKH",
    "MACEDONIAN",
    "MARATHI",
    "PUNJABI",
    "WELSH",
]
