"""The words of a request in Kyrgyz, Chichewa, Sesotho, Bashkir, Hmong, Sundanese, Fijian, Romansh,
Corsican and Luganda, and the English reading of each.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie). Built as :mod:`isles_horn_creole`: each language is a ``Words`` (its words for the
everyday edits) and one builder per word order writes its rows, ``verb_first`` (Chichewa, Sesotho,
Hmong, Sundanese, Fijian, Romansh, Corsican, Luganda) or ``verb_last`` (Kyrgyz, Bashkir, whose
verbs are written ⟪make⟫ and put first).

Each table reads: the music louder or quieter ("a bit"); the text bigger, smaller, a colour, at the
top or the bottom, or new quoted words; the text of a part named in English ("mawu a hook", the
hook's words; "хук яҙыуын"; "cov ntawv ntawm daim offer card"); the whole ad a length in seconds;
undo; thanks; and the "please" words ("chonde", "ka kopo", "thov", "punten", "kerekere", "per
plaschair", "per piacè", "nsaba"), which read as nothing.

Chichewa, Sundanese, Fijian and Luganda say "reduce"/"increase" as one verb ("tsitsani nyimbo",
"sora musik dileutikan", "vakalevutaka na vosa", "mwongere ku ddoboozi"): written ⟪reduce⟫ and
⟪increase⟫ as in :mod:`southern_andean_pacific`, the music's volume or the text's size. Sundanese
puts its passive verb after the object and "a bit" after the verb ("musik dileutikan saeutik"): a
row puts "a bit" first.

Every Latin-script language here needs two of its markers (``Language.min_markers``): their words
are short or look like English or Italian ones ("text", "fa", "ni", "daj", "liab", "musik",
"verde"), so an English message with one of them stays English.
"""

from __future__ import annotations

from adgen.agent.understanding.isles_horn_creole import PART, Words, verb_first, verb_last
from adgen.agent.understanding.languages import Language
from adgen.agent.understanding.southern_andean_pacific import _VERB_TO_END, _one_verb

# --- Kyrgyz (Cyrillic, verb last: "музыканы бир аз акырын кылыңызчы", make the music a bit quiet) ---

_KY = r"(?:ны|ну|ды|ду|ти|ту|ин|ын|ун|сын|сун|нын|нун|дын|дун|тин|тын)?"
_KYRGYZ = Words(
    please=r"сураныч|өтүнөм|суранам",
    thanks=r"(?:чоң\s+)?рахмат(?:\s+сизге)?|ыракмат",
    undo=r"артка\s+кайтар(?:ыңыз|ыңызчы)?|жокко\s+чыгар(?:ыңыз|ыңызчы)?",
    text=r"текст" + _KY + r"|жазуу" + _KY + r"|жазуусу" + _KY,
    music=r"музыка" + _KY + r"|обон" + _KY,
    ad=r"жарнама" + _KY + r"|видео" + _KY,
    phone=r"телефон\s+номери" + _KY,
    card=r"карта" + _KY,
    of=r"",
    bit=r"бир\s+аз|бираз|кичине|азыраак",
    louder=r"катуураак|катуу",
    quieter=r"акырыныраак|акырын|жайыраак|пасыраак",
    slower=r"жайыраак\s+темп",
    bigger=r"чоңураак|чоң",
    smaller=r"кичирээк|кичине\s+кыл",
    top=r"(?:жогору|өйдө)(?:гө|да)?",
    bottom=r"(?:төмөн|ылдый)(?:гө|да)?",
    seconds=r"секунд\w*",
    long=r"узундукта",
    make=r"кылыңызчы|кылыңыз|кылгыла|кыл|жасаңызчы|жасаңыз|жаса|этиңиз",
    change=r"өзгөртүңүзчү|өзгөртүңүз|өзгөрт|алмаштырыңыз",
    put=r"коюңузчу|коюңуз|кой|жылдырыңыз",
    to=r"",
    colours=(
        (r"ак", "white"),
        (r"кара", "black"),
        (r"сары", "yellow"),
        (r"кызыл", "red"),
        (r"көк", "blue"),
        (r"жашыл", "green"),
    ),
    colour_in=r"түскө",
)

KYRGYZ = Language(
    "ky",
    min_markers=2,
    markers=(
        r"кылыңыз\w*|кылгыла|жасаңыз\w*|өзгөртүңүз\w*|коюңуз\w*",
        r"бир\s+аз|бираз|азыраак",
        r"акырын\w*|катуураак|чоңураак|кичирээк|жайыраак",
        r"музыка(?:ны|сын|нын)|текстти|жазуу\w*",
        r"сураныч|ыракмат|өтүнөм",
        r"кызыл|жашыл|көк",
    ),
    rows=(
        (rf"({PART})(?:ту|ты|тин|тын|дун|дин|нын|нин)(?!\w)", r"\1"),  # "hookтун": the hook's
        *verb_last(_KYRGYZ),
    ),
    leftovers=(r"азыр", r"муну", r"бул"),
)

# --- Chichewa (verb first: "pangani mawu a hook kukhala ofiira", make the hook's words be red) ---

_CHICHEWA = Words(
    please=r"chonde|chonde\s+ndithu",
    thanks=r"zikomo(?:\s+kwambiri)?",
    undo=r"bwezerani(?:\s+momwe\s+zinalili)?",
    text=r"mawu|zolemba|malemba",
    music=r"nyimbo",
    ad=r"malonda|kanema",
    phone=r"nambala\s+ya\s+(?:foni|telefoni)",
    card=r"khadi",
    of=r"a|wa|ya|la|za|pa",
    bit=r"pang'ono|pang’ono|pangono",
    louder=r"(?:kukhala\s+)?(?:mokweza|mwamphamvu)",
    quieter=r"(?:kukhala\s+)?(?:motsika|mwakachetechete|pansi\s+pang'ono)",
    slower=r"pang'onopang'ono",
    bigger=r"(?:kukhala\s+)?(?:zazikulu|zikuluzikulu|yaikulu|chachikulu|akuluakulu)(?:\s+kwambiri)?",
    smaller=r"(?:kukhala\s+)?(?:zazing'ono|zing'onozing'ono|yaying'ono|ang'onoang'ono)",
    top=r"pamwamba",
    bottom=r"pansi",
    seconds=r"masekondi|sekondi",
    long=r"",
    make=r"pangani|panga|chitani",
    change=r"sinthani|sintha",
    put=r"ikani|ika|sunthani",
    to=r"kuti|kukhala",
    colours=(
        (r"\w*oyera", "white"),
        (r"\w*akuda", "black"),
        (r"\w*achikasu", "yellow"),
        (r"\w*ofiira", "red"),
        (r"\w*abuluu", "blue"),
        (r"\w*obiriwira", "green"),
    ),
    colour_in=r"kukhala",
)

CHICHEWA = Language(
    "ny",
    min_markers=2,
    markers=(
        r"chonde|zikomo",
        r"pangani|sinthani|ikani|tsitsani|kwezani|chepetsani|onjezani",
        r"mawu|nyimbo|zolemba",
        r"kukhala|pang'ono|pang’ono|kwambiri",
        r"\w*ofiira|\w*oyera|\w*akuda|\w*achikasu|\w*abuluu|\w*obiriwira",
        r"zazikulu|zazing'ono|pamwamba",
    ),
    rows=(
        *_one_verb(r"tsitsani|tsitsa|chepetsani|chepetsa", r"kwezani|kweza|onjezani|onjeza|kulitsani"),
        *verb_first(_CHICHEWA),
        *_VERB_TO_END,
    ),
    leftovers=(r"tsopano", r"izi", r"ndithu"),
)

# --- Sesotho (verb first: "etsa mongolo wa CTA o be moholo", make the CTA's writing be big) -------

_SESOTHO = Words(
    please=r"ka\s+kopo|ke\s+kopa",
    thanks=r"(?:ke\s+a\s+leboha|kea\s+leboha|ke\s+leboha|re\s+a\s+leboha)(?:\s+haholo)?",
    undo=r"kgutlisa(?:\s+morao)?|hlakola\s+phetoho",
    text=r"mongolo|mangolo|mantswe|sengolwa",
    music=r"mmino|mmino\s+wa\s+morao",
    ad=r"papatso|video",
    phone=r"nomoro\s+ya\s+(?:mohala|founu)",
    card=r"karete",
    of=r"wa|a|ya|la|tsa|sa|ba",
    bit=r"hanyane|hanyenyane|ka\s+nyane",
    louder=r"(?:[oea]\s+be\s+)?(?:hodimo|ka\s+lentswe\s+le\s+phahameng|le\s+phahameng)",
    quieter=r"(?:[oea]\s+be\s+)?(?:tlase|ka\s+bonolo|le\s+tlase)",
    slower=r"butle",
    bigger=r"(?:[oea]\s+be\s+)?(?:moholo|moholwanyane|kgolo|kgolwanyane|baholo)(?:\s+ho\s+feta)?",
    smaller=r"(?:[oea]\s+be\s+)?(?:monyane|monyenyane|nyane|nyenyane|banyane)(?:\s+ho\s+feta)?",
    top=r"(?:ka\s+)?hodimo",
    bottom=r"(?:ka\s+)?tlase",
    seconds=r"metsotswana|motsotswana|disekontse|sekontse",
    long=r"",
    make=r"etsa|etsang",
    change=r"fetola|fetolang",
    put=r"beha|behang|isa",
    to=r"ho|hore",
    colours=(
        (r"(?:bo)?tshweu|mosweu", "white"),
        (r"(?:bo)?ntsho|motsho", "black"),
        (r"(?:bo)?mosehla|sehla", "yellow"),
        (r"(?:bo)?(?:kgubedu|hubedu|kgubelu|mofubedu)", "red"),
        (r"(?:bo)?(?:putsoa|putswa|bolou)", "blue"),
        (r"(?:bo)?tala", "green"),
    ),
    colour_in=r"[oea]\s+be(?:\s+(?:mmala\s+o|bo))?|mmala\s+o",
)

SESOTHO = Language(
    "st",
    min_markers=2,
    markers=(
        r"ka\s+kopo|leboha",
        r"etsa|etsang|fetola|beha",
        r"mongolo|mantswe|mmino",
        r"[oea]\s+be",
        r"moholo\w*|monyane|nyenyane|hanyane|hodimo|tlase",
        r"mosehla|kgubedu|hubedu|putsoa|tshweu|ntsho|botala",
    ),
    rows=verb_first(_SESOTHO),
    leftovers=(r"jwale", r"hona\s+jwale"),
)

# --- Bashkir (Cyrillic, verb last: "хук яҙыуын һары итегеҙ", make the hook's writing yellow) ----

_BA = r"(?:ын|ен|ы|е|ны|не|ҙы|ҙе|һын|һен|ның|нең)?"
_BASHKIR = Words(
    please=r"зинһар(?:\s+өсөн)?|рәхим\s+итеп",
    thanks=r"(?:ҙур\s+)?рәхмәт",
    undo=r"кире\s+ҡайтарығыҙ|кире\s+ҡайтар|юҡҡа\s+сығарығыҙ",
    text=r"яҙыу" + _BA + r"|текст" + _BA,
    music=r"музыка" + _BA + r"|көй" + _BA,
    ad=r"реклама" + _BA + r"|видео" + _BA,
    phone=r"телефон\s+номеры" + _BA,
    card=r"карта" + _BA,
    of=r"",
    bit=r"бер\s+аҙ|бераҙ|әҙерәк|саҡ\s+ҡына",
    louder=r"ҡаты(?:раҡ)?|көслөрәк",
    quieter=r"аҡрын(?:ыраҡ)?|тыныраҡ|баҫыңҡыраҡ",
    slower=r"әкренерәк",
    bigger=r"ҙурыраҡ|ҙур",
    smaller=r"бәләкәйерәк|бәләкәй|кесерәк",
    top=r"(?:өҫкә|өҫтә|өҫкө\s+яҡҡа)",
    bottom=r"(?:аҫҡа|аҫта|аҫҡы\s+яҡҡа)",
    seconds=r"секунд\w*",
    long=r"оҙонлоғонда|оҙон",
    make=r"итегеҙ|ит|эшләгеҙ|яһағыҙ",
    change=r"үҙгәртегеҙ|үҙгәрт|алмаштырығыҙ",
    put=r"ҡуйығыҙ|ҡуй|күсерегеҙ",
    to=r"",
    colours=(
        (r"аҡ", "white"),
        (r"ҡара", "black"),
        (r"һары", "yellow"),
        (r"ҡыҙыл", "red"),
        (r"зәңгәр|күк", "blue"),
        (r"йәшел", "green"),
    ),
    colour_in=r"төҫкә",
)

BASHKIR = Language(
    "ba",
    markers=(
        r"\w*[ҙҫҡ]\w*",
        r"зинһар|рәхмәт",
        r"итегеҙ|эшләгеҙ|үҙгәртегеҙ|ҡуйығыҙ",
        r"яҙыу\w*|көй\w*",
        r"һары|ҡыҙыл|йәшел|зәңгәр|аҡ|ҡара",
        r"хук\w*",
    ),
    rows=(
        (r"хук(?:тың|тыҡ|ты|та)?", "hook"),  # the hook, in Cyrillic letters
        (rf"({PART})(?:тың|тың|ның|нең|ты|те)(?!\w)", r"\1"),
        *verb_last(_BASHKIR),
    ),
    leftovers=(r"хәҙер", r"быны", r"был"),
)

# --- Hmong (verb first: "ua kom cov ntawv ntawm daim offer card loj dua", make the words bigger) -

_HMONG = Words(
    please=r"thov(?:\s+koj)?|thov\s+nej",
    thanks=r"ua\s+tsaug(?:\s+ntau)?",
    undo=r"muab\s+rov\s+qab|rov\s+qab\s+li\s+qub",
    text=r"cov\s+ntawv|cov\s+lus|ntawv\s+sau",
    music=r"(?:lub\s+)?suab\s+paj\s+nruag|paj\s+nruag",
    ad=r"daim\s+vis\s+dis\s+aus|kev\s+tshaj\s+tawm",
    phone=r"tus\s+xov\s+tooj",
    card=r"daim\s+npav",
    of=r"ntawm|hauv|rau|ntawm\s+lub",
    bit=r"ib\s+me\s+ntsis|me\s+ntsis|ib\s+nyuag",
    louder=r"nrov\s+(?:dua|zog)",
    quieter=r"(?:ntsiag\s+to|qis)\s+(?:dua|zog)|tsis\s+txhob\s+nrov\s+heev",
    slower=r"qeeb\s+dua",
    bigger=r"loj\s+(?:dua|zog)(?:\s+qub)?",
    smaller=r"(?:me|yau)\s+(?:dua|zog)(?:\s+qub)?",
    top=r"(?:nyob\s+)?(?:saum\s+toj|sab\s+saum|saum\s+npoo)",
    bottom=r"(?:nyob\s+)?(?:hauv\s+qab|sab\s+hauv\s+qab)",
    seconds=r"vib\s+nas\s+this|xis\s+nas",
    long=r"ntev",
    make=r"ua\s+kom|ua",
    change=r"hloov(?:\s+mus)?",
    put=r"muab|tsiv",
    to=r"ua|mus\s+ua",
    colours=(
        (r"dawb", "white"),
        (r"dub", "black"),
        (r"daj", "yellow"),
        (r"liab", "red"),
        (r"xiav", "blue"),
        (r"ntsuab", "green"),
    ),
    colour_in=r"xim|ua\s+xim",
)

HMONG = Language(
    "hmn",
    min_markers=2,
    markers=(
        r"thov|ua\s+tsaug",
        r"ua\s+kom|hloov|tsiv",
        r"cov\s+ntawv|cov\s+lus|paj\s+nruag",
        r"ntawm|daim|lub\s+suab",
        r"(?:loj|me|yau|nrov|qis)\s+(?:dua|zog)|me\s+ntsis",
        r"ntsuab|xiav|liab|dawb",
    ),
    rows=(
        (r"daim(?=\s+[\w]+\s+card)", ""),  # "daim offer card": the offer card (its classifier)
        *verb_first(_HMONG),
    ),
    leftovers=(r"tam\s+sim\s+no", r"no", r"lawm"),
)

# --- Sundanese (the passive verb after the object: "sora musik dileutikan saeutik") --------------

_SUNDANESE = Words(
    please=r"punten|mangga|hapunten|nyuhunkeun",
    thanks=r"(?:hatur\s+)?nuhun(?:\s+pisan)?",
    undo=r"balikeun(?:\s+deui)?|bolaykeun",
    text=r"tulisan(?:na)?|téks(?:na)?|teks(?:na)?",
    music=r"(?:sora(?:na)?\s+)?(?:musik|lagu)(?:na)?",
    ad=r"iklan(?:na)?|pidéo(?:na)?",
    phone=r"nomer\s+telepon(?:na)?",
    card=r"kartu",
    of=r"",
    bit=r"saeutik|sakedik|saeutik\s+deui",
    louder=r"leuwih\s+tarik|leuwih\s+banter",
    quieter=r"leuwih\s+lirih|leuwih\s+laun",
    slower=r"leuwih\s+lalaunan",
    bigger=r"leuwih\s+gedé|leuwih\s+gede",
    smaller=r"leuwih\s+leutik",
    top=r"(?:di|ka)\s+luhur",
    bottom=r"(?:di|ka)\s+handap",
    seconds=r"detik",
    long=r"",
    make=r"jieun|dijieun|damel",
    change=r"robih|gentos|ganti",
    put=r"simpen|pindahkeun|dipindahkeun",
    to=r"jadi",
    colours=(
        (r"bodas", "white"),
        (r"hideung", "black"),
        (r"konéng|koneng", "yellow"),
        (r"beureum", "red"),
        (r"biru", "blue"),
        (r"héjo|hejo", "green"),
    ),
    colour_in=r"jadi|warna",
)

_SU_REDUCE = r"(?:di)?(?:leutikan|leutikeun|lirihkeun|launkeun|halonkeun)"
_SU_INCREASE = r"(?:di)?(?:gedékeun|gedekeun|tarikkeun|banterkeun|kerasan)"

SUNDANESE = Language(
    "su",
    min_markers=2,
    markers=(
        r"punten|nuhun|hapunten",
        r"sora(?:na)?|tulisan(?:na)?",
        r"\w+keun|dileutikan|leutikan",
        r"saeutik|sakedik|leuwih",
        r"bodas|hideung|konéng|koneng|beureum|héjo",
    ),
    rows=(
        # "dileutikan saeutik": reduced a bit -> a bit, then the verb
        (rf"({_SU_REDUCE}|{_SU_INCREASE})\s+(saeutik|sakedik)", r"\2 \1"),
        *_one_verb(_SU_REDUCE, _SU_INCREASE),
        *verb_first(_SUNDANESE),
        # "tulisan hook dijieun beureum": the hook text made red -> make the hook text red
        (r"(the\s+[^,.;!?⟪⟫]+?)\s+make(?=\s)", r"make \1"),
        *_VERB_TO_END,
    ),
    leftovers=(r"ayeuna", r"ieu", r"nya"),
)

# --- Fijian (verb first: "vakalevutaka na vosa ni CTA", make big the words of the CTA) -----------

_FIJIAN = Words(
    please=r"kerekere|yalovinaka",
    thanks=r"vinaka(?:\s+vakalevu)?",
    undo=r"vakasukai\s+tale|vakasukara",
    text=r"(?:na\s+)?(?:vosa|ivola|volavola)",
    music=r"(?:na\s+)?(?:sere|domo\s+ni\s+sere)",
    ad=r"(?:na\s+)?(?:ivakaraitaki|vidio)",
    phone=r"(?:na\s+)?naba\s+ni\s+talevoni",
    card=r"kaveti",
    of=r"ni|kei\s+na|e\s+na",
    bit=r"vakalailai",
    louder=r"rogo\s+cake",
    quieter=r"rogo\s+malumu|malumu\s+sara",
    slower=r"vakamalua",
    bigger=r"levu\s+cake",
    smaller=r"lailai\s+cake",
    top=r"(?:e|ki)\s+cake",
    bottom=r"(?:e|ki)\s+ra",
    seconds=r"sekodi",
    long=r"",
    make=r"cakava|vakayacora",
    change=r"veisautaka|veisautaki",
    put=r"biuta|tosoya",
    to=r"me",
    colours=(
        (r"vulavula", "white"),
        (r"loaloa", "black"),
        (r"dromodromo", "yellow"),
        (r"damudamu", "red"),
        (r"karakarawa", "blue"),
        (r"drokadroka", "green"),
    ),
)

FIJIAN = Language(
    "fj",
    min_markers=2,
    markers=(
        r"kerekere|vinaka|yalovinaka",
        r"vaka\w+",
        r"na\s+(?:vosa|sere|ivola)",
        r"vulavula|loaloa|dromodromo|damudamu|karakarawa|drokadroka",
        r"cakava|veisautaka|biuta",
    ),
    rows=(
        *_one_verb(
            r"vakalailaitaka|vakalailaitaki|vakamalumutaka",
            r"vakalevutaka|vakalevutaki|vakalevua",
        ),
        *verb_first(_FIJIAN),
        *_VERB_TO_END,
    ),
    leftovers=(r"qo", r"oqo", r"na", r"mada"),
)

# --- Romansh (verb first: "fa il text dal hook verd", make the text of the hook green) -----------

_ROMANSH = Words(
    please=r"per\s+plaschair|per\s+plaschei|per\s+favur",
    thanks=r"grazia(?:\s+fitg)?|engraziel",
    undo=r"returna|fa\s+puspè\s+enavos",
    text=r"(?:il\s+)?text|(?:la\s+)?scrittira",
    music=r"(?:la\s+)?musica",
    ad=r"(?:la\s+)?reclama|(?:il\s+)?video",
    phone=r"(?:il\s+)?numer\s+da\s+telefon",
    card=r"carta",
    of=r"dal|da\s+la|dals|da",
    bit=r"in\s+pau|in\s+zic|empau",
    louder=r"pli\s+ferm|pli\s+dad\s+aut",
    quieter=r"pli\s+quiet|pli\s+bass|pli\s+lev",
    slower=r"pli\s+plaun",
    bigger=r"pli\s+grond(?:a)?",
    smaller=r"pli\s+pitschen(?:a)?|pli\s+pitschn",
    top=r"(?:si)?sum|survart",
    bottom=r"(?:giu)?dim|sutvart",
    seconds=r"secundas?",
    long=r"ditg|lung",
    make=r"fa|fai|faschai|fasch",
    change=r"mida|midai",
    put=r"mett|mettai|plazza",
    to=r"en|a",
    colours=(
        (r"alv(?:a)?", "white"),
        (r"nair(?:a)?", "black"),
        (r"mellen(?:a)?|mellna", "yellow"),
        (r"cotschen(?:a)?|cotschna", "red"),
        (r"blau(?:a)?", "blue"),
        (r"verd(?:a)?", "green"),
    ),
)

ROMANSH = Language(
    "rm",
    min_markers=2,
    markers=(
        r"per\s+plaschair|per\s+plaschei|grazia|engraziel",
        r"dal|dals",
        r"pli",
        r"alv|nair|mellen|mellna|cotschen|cotschna|verd",
        r"fa|fai|mida|midai|mettai|faschai",
        r"scrittira|pitschen|grond",
    ),
    rows=verb_first(_ROMANSH),
    leftovers=(r"uss", r"quai", r"quel"),
)

# --- Corsican (verb first: "mettite u testu di i biglietti in cima", put the tickets' text on top) -

_CORSICAN = Words(
    please=r"per\s+piacè|per\s+piace|per\s+piacé|per\s+favore",
    thanks=r"(?:à\s+ringraziavvi|ringraziu|grazie)(?:\s+assai|\s+mille)?",
    undo=r"annulla|torna\s+in\s+daretu",
    text=r"(?:u\s+)?testu|(?:a\s+)?scritta",
    music=r"(?:a\s+)?musica",
    ad=r"(?:a\s+)?publicità|(?:u\s+)?video",
    phone=r"(?:u\s+)?numeru\s+di\s+telefonu",
    card=r"carta",
    of=r"di\s+u|di\s+a|di\s+i|di\s+e|di\s+l'|di",
    bit=r"un\s+pocu|pocu",
    louder=r"più\s+forte|più\s+altu",
    quieter=r"più\s+pianu|più\s+bassu|più\s+dolce",
    slower=r"più\s+lentu",
    bigger=r"più\s+grande|più\s+maiò",
    smaller=r"più\s+chjucu|più\s+chjuca|più\s+picculu",
    top=r"in\s+cima|in\s+altu|sopra",
    bottom=r"in\s+fondu|in\s+bassu|sottu",
    seconds=r"secondi|seconde",
    long=r"longu",
    make=r"fate|fà|fa",
    change=r"cambiate|cambia|mutate",
    put=r"mettite|mette|mettì|pone|ponite",
    to=r"in",
    colours=(
        (r"biancu|bianca", "white"),
        (r"neru|nera", "black"),
        (r"giallu|gialla", "yellow"),
        (r"rossu|rossa", "red"),
        (r"turchinu|turchina|blu", "blue"),
        (r"verde", "green"),
    ),
)

CORSICAN = Language(
    "co",
    min_markers=2,
    markers=(
        r"per\s+piacè|per\s+piacé|ringraziu|ringraziavvi",
        r"testu|scritta|numeru",
        r"mettite|ponite|cambiate|mutate",
        r"pocu|pianu|chjucu|chjuca|bassu|altu|cima|fondu|maiò",
        r"biancu|neru|giallu|rossu|turchinu",
        r"di\s+(?:u|i|e)",
        # its articles "u" and "a" before a noun (Italian's "il", "la"): "u testu", "a musica"
        r"u\s+(?:testu|numeru|video|hook|cta)|a\s+(?:musica|scritta|publicità)",
    ),
    rows=(
        # "u testu di i biglietti": the text of the tickets (card), a card named by what it shows
        (
            r"(?:u\s+)?testu\s+di\s+(?:i|u|a|e|l')\s*(biglietti|prezzu|prezzi|orariu|orarii|offerta)",
            r"the text of the \1",
        ),
        (r"biglietti", "tickets card"),
        (r"prezzu|prezzi", "price card"),
        (r"orariu|orarii", "hours card"),
        (r"offerta", "offer card"),
        *verb_first(_CORSICAN),
    ),
    leftovers=(r"avà", r"questu", r"quessu"),
)

# --- Luganda (verb first: "mwongere ku ddoboozi ly'ennyimba", add to the sound of the songs) -----

_LUGANDA = Words(
    please=r"nsaba|mwattu|nkwegayiridde|nkusaba",
    thanks=r"(?:mw|w|we)?ebale(?:\s+nnyo)?",
    undo=r"ddamu\s+nga\s+bwe\s+kyali|sazaamu",
    text=r"ebigambo|ebiwandiiko|ebiwandiike",
    music=r"(?:(?:e)?ddoboozi\s+ly['’](?:e)?nnyimba)|(?:e)?nnyimba|oluyimba|myuziki",
    ad=r"(?:e)?kirango|vidiyo",
    phone=r"(?:e)?nnamba\s+y['’]essimu",
    card=r"kaadi",
    of=r"bya|ku|mu|ly['’]|ky['’]",
    bit=r"katono|kitono|mpola",
    louder=r"waggulu\s+nnyo",
    quieter=r"wansi\s+katono|mpola\s+mpola",
    slower=r"mpolampola",
    bigger=r"(?:bi|ki)?nene(?:\s+okusingawo)?",
    smaller=r"(?:bi|ki)?tono(?:\s+okusingawo)",
    top=r"(?:e)?waggulu|ku\s+ntikko",
    bottom=r"(?:e)?wansi",
    seconds=r"sikonda|obutikitiki",
    long=r"",
    make=r"mukole|kola|mufuule|fuula",
    change=r"mukyuse|kyusa",
    put=r"muteeke|teeka",
    to=r"okuba",
    colours=(
        (r"(?:bi|ki|mu)?eru|(?:by|ky)eru", "white"),
        (r"(?:bi|ki|mu)?ddugavu", "black"),
        (r"(?:by|ky)envu", "yellow"),
        (r"(?:bi|ki|mu)?myufu", "red"),
        (r"bbulu", "blue"),
        (r"(?:bya|kya)?kiragala", "green"),
    ),
    colour_in=r"bibe|kibe|okuba",
)

LUGANDA = Language(
    "lg",
    min_markers=2,
    markers=(
        r"nsaba|mwattu|webale|mwebale|weebale",
        r"mwongere|yongera|mwongeze|mukendeeze|kendeeza|mukole|mufuule",
        r"\w*nnyimba|ddoboozi|ebigambo|ebiwandiiko",
        r"\w+['’]e\w+",
        r"katono|nnyo|binene|bitono",
        r"\w*myufu|\w*envu|\w*kiragala|\w*ddugavu|bbulu",
    ),
    rows=(
        *_one_verb(
            r"(?:mu)?kendeeze(?:\s+ku)?|kendeeza(?:\s+ku)?",
            r"(?:mw)?ongere(?:\s+ku)?|yongera(?:\s+ku)?|(?:mw)?ongeze(?:\s+ku)?|yongeza(?:\s+ku)?",
        ),
        *verb_first(_LUGANDA),
        *_VERB_TO_END,
    ),
    leftovers=(r"kati", r"kino", r"ako"),
)

SAVANNA_STEPPE_ALPS: tuple[Language, ...] = (
    KYRGYZ,
    CHICHEWA,
    SESOTHO,
    BASHKIR,
    HMONG,
    SUNDANESE,
    FIJIAN,
    ROMANSH,
    CORSICAN,
    LUGANDA,
)

__all__ = ["SAVANNA_STEPPE_ALPS"]
