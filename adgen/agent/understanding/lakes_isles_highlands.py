"""The words of a request in Kinyarwanda, Xhosa, Samoan, Tajik, Faroese, Breton, Lingala, Javanese,
Tok Pisin, Occitan and Aymara, and the English reading of each.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie). Built as :mod:`isles_horn_creole`: each language is a ``Words`` (its words for the
everyday edits) and one builder per word order writes its rows, ``verb_first`` (Kinyarwanda,
Xhosa, Samoan, Faroese, Breton, Lingala, Tok Pisin, Occitan) or ``verb_last`` (Tajik, Javanese,
whose passive "digawe" follows its object, and Aymara; their verbs are written ⟪make⟫ and put
first).

Each table reads: the music louder or quieter ("a bit"); the text bigger, smaller, a colour, at the
top or the bottom, or new quoted words; the text of a part named in English ("amagama e-hook", the
hook's words; "ol tok long hook"); the phone number; the whole ad a length in seconds; undo;
thanks; and the "please" words ("nceda", "fa'amolemole", "mar plij", "se vos plai"), which read as
nothing. Kinyarwanda, Samoan and Lingala say "reduce"/"increase" as one verb ("mugabanye umuziki",
"fa'aleo tele le musika", "kitisa miziki"): written ⟪reduce⟫/⟪increase⟫ as in
:mod:`southern_andean_pacific`.

Every Latin-script language here needs two of its markers (``Language.min_markers``): their words
are short or English-looking ("plis", "long", "ger", "du", "blau", "musik", "ya"), so an English
message with one of them ("the bike shot is way too dark", "crème brûlée") stays English.
"""

from __future__ import annotations

from adgen.agent.understanding.isles_horn_creole import PART, Words, verb_first, verb_last
from adgen.agent.understanding.languages import Language
from adgen.agent.understanding.southern_andean_pacific import _VERB_TO_END, _one_verb

_AP = r"['ʻ’]"  # the glottal stop Samoan writes with an apostrophe or an ʻokina

# --- Kinyarwanda (verb first: "mugabanye umuziki gato", reduce the music a bit) -------------------

_KINYARWANDA = Words(
    please=r"nyamuneka|ndabinginze|ndakwinginze|mwiriwe|mwaramutse|muraho|bite",
    thanks=r"(?:mura|wa)koze(?:\s+cyane)?",
    undo=r"subiza(?:ho)?\s+(?:uko\s+byari\s+bimeze|inyuma)|(?:mu)?siba\s+impinduka",
    text=r"(?:u|i)?(?:mwandiko|nyandiko|magambo)",
    music=r"(?:u)?muziki|indirimbo",
    ad=r"(?:i|u)?(?:kwamamaza|yamamaza|mamaza)|(?:a)?videwo",
    phone=r"(?:i|a)?nimero\s+(?:ya\s+)?(?:telefone|terefone)",
    card=r"karita",
    of=r"ya|bya|wa|cya|rya",
    bit=r"gato|gake|buhoro",
    louder=r"(?:cyane\s+)?(?:hejuru\s+cyane|birenze)",
    quieter=r"hasi\s+gato",
    slower=r"buhoro\s+buhoro",
    bigger=r"(?:bi|ma)?nini(?:\s+kurushaho)?",
    smaller=r"(?:bi|u)?to(?:\s+kurushaho)",
    top=r"hejuru",
    bottom=r"hasi",
    seconds=r"(?:a)?masegonda|isegonda",
    long=r"",
    make=r"(?:mu)?kor(?:a|e)|(?:mu)?gir(?:a|e)",
    change=r"(?:mu)?hindur(?:a|e)",
    put=r"(?:mu)?shyir(?:a|e)",
    to=r"kuri|ngo",
    colours=(
        (r"umweru|cyera|byera", "white"),
        (r"umukara|cyirabura|byirabura", "black"),
        (r"umuhondo", "yellow"),
        (r"umutuku|gitukura|bitukura", "red"),
        (r"ubururu", "blue"),
        (r"icyatsi(?:\s+kibisi)?", "green"),
    ),
    colour_in=r"(?:bi)?be|ibara\s+ry?'?",
)

KINYARWANDA = Language(
    "rw",
    min_markers=2,
    markers=(
        r"mwiriwe|mwaramutse|nyamuneka|ndabinginze|murakoze|wakoze",
        r"(?:mu)?gabany\w*|(?:mw)?ongere\w*|ongera",
        r"umuziki|indirimbo|umwandiko|inyandiko|amagambo",
        r"gato|gake|cyane",
        r"umweru|umukara|umuhondo|umutuku|ubururu|icyatsi",
        r"masegonda|amasegonda",
    ),
    rows=(
        *_one_verb(r"(?:mu)?gabany(?:a|e)", r"(?:mw|w)?ongere|ongera|(?:mu)?zamur(?:a|e)"),
        *verb_first(_KINYARWANDA),
        *_VERB_TO_END,
    ),
    leftovers=(r"na", r"ubu", r"nonaha"),
)

# --- Xhosa (verb first: "yenza amagama e-hook abe bomvu", make the hook's words be red) ------------

_XHOSA = Words(
    please=r"nceda|ndicela|ncedani",
    thanks=r"(?:enkosi|ndiyabulela)(?:\s+kakhulu)?",
    undo=r"buyisela(?:\s+umva)?|rhoxisa",
    text=r"amagama|umbhalo|isicatshulwa",
    music=r"umculo",
    ad=r"isibhengezo|intengiso|ividiyo",
    phone=r"inombolo\s+yefowuni|inombolo\s+yomnxeba",
    card=r"khadi",
    of=r"e-|ye-|ka-|we-|a-",
    bit=r"kancinci|kancinane",
    louder=r"(?:ube\s+)?phezulu",
    quieter=r"(?:ube\s+)?(?:phantsi|cwaka)",
    slower=r"kancinci\s+kancinci",
    bigger=r"(?:abe\s+|ube\s+)?(?:makhulu|mkhulu|enkulu|bakhulu)",
    smaller=r"(?:abe\s+|ube\s+)?(?:mancinci|mncinci|encinci|bancinci)",
    top=r"phezulu",
    bottom=r"ezantsi",
    seconds=r"imizuzwana|umzuzwana|sekhondi|imizuzu",
    long=r"",
    make=r"yenza|yenzani",
    change=r"tshintsha|guqula",
    put=r"beka|faka|shenxisa",
    to=r"ukuba|ibe",
    colours=(
        (r"\w*mhlophe", "white"),
        (r"\w*mnyama", "black"),
        (r"\w*mthubi|\w*tyheli", "yellow"),
        (r"bomvu|obomvu|mbala\s+obomvu", "red"),
        (r"luhlaza\s+okwesibhakabhaka|blowu", "blue"),
        (r"luhlaza(?:\s+okotyani)?", "green"),
    ),
    colour_in=r"abe|ube|ibe|babe|zibe",
)

XHOSA = Language(
    "xh",
    min_markers=2,
    markers=(
        r"nceda|ndicela|enkosi|ndiyabulela",
        r"yenza|tshintsha|guqula|phakamisa|nciphisa|thoba",
        r"amagama|umbhalo|umculo|isibhengezo",
        r"abe|ube|ibe",
        r"bomvu|obomvu|\w*mhlophe|\w*mnyama|\w*mthubi|luhlaza",
        r"kancinci|makhulu|mkhulu|mancinci|mncinci",
        r"e-(?:hook|cta|intro|outro)",
    ),
    rows=(
        *_one_verb(r"nciphisa|thoba", r"phakamisa|nyusa"),
        *verb_first(_XHOSA),
        *_VERB_TO_END,
    ),
    leftovers=(r"ngoku", r"nje"),
)

# --- Samoan (verb first, the article "le": "fa'aleo tele le musika", make the music loud) ----------

_SAMOAN = Words(
    please=rf"fa{_AP}?amolemole",
    thanks=rf"fa{_AP}?afetai(?:\s+tele)?|fa{_AP}?afetai\s+lava",
    undo=rf"toe\s+fa{_AP}?afo{_AP}?i|tape\s+le\s+suiga",
    text=r"(?:le\s+)?(?:tusitusiga|upu|mata[ -]?upu)",
    music=r"(?:le\s+)?(?:musika|pese)",
    ad=rf"(?:le\s+)?(?:fa{_AP}?asalalauga|vitio)",
    phone=r"(?:le\s+)?numera\s+(?:o\s+le\s+)?telefoni",
    card=r"kata",
    of=r"o\s+le|i\s+le|o",
    bit=rf"teisi|la{_AP}?ititi\s+sina",
    louder=r"leo\s+tele",
    quieter=r"leo\s+itiiti|lemu",
    slower=r"telegese",
    bigger=rf"(?:tele|lapo{_AP}?a)\s+atu|lapo{_AP}?a",
    smaller=rf"(?:la{_AP}?ititi|itiiti)\s+atu|la{_AP}?ititi",
    top=r"(?:i\s+)?luga",
    bottom=r"(?:i\s+)?lalo",
    seconds=r"sekone",
    long=r"",
    make=rf"fai|fa{_AP}?atino",
    change=r"sui|suia",
    put=rf"tu{_AP}?u|fa{_AP}?anofo",
    to=r"i|e",
    colours=(
        (rf"pa{_AP}?epa{_AP}?e", "white"),
        (r"uliuli", "black"),
        (r"samasama", "yellow"),
        (r"m[uū]m[uū]", "red"),
        (r"lanumoana", "blue"),
        (r"lanumeamata|meamata", "green"),
    ),
    colour_in=r"(?:i\s+le\s+)?lanu",
)

SAMOAN = Language(
    "sm",
    min_markers=2,
    markers=(
        rf"fa{_AP}\w+",
        r"musika|tusitusiga|fa'asalalauga",
        r"tele|itiiti|la'ititi|lapo'a|teisi",
        r"samasama|uliuli|pa'epa'e|mumu|lanumoana|lanumeamata",
        r"le\s+(?:musika|upu|tusitusiga|vitio)",
        r"sekone",
    ),
    rows=(
        *_one_verb(
            rf"fa{_AP}?aitiiti(?:\s+le\s+leo)?|fa{_AP}?alemu|fa{_AP}?aleo\s+itiiti",
            rf"fa{_AP}?aleo\s+tele|fa{_AP}?atele(?:\s+le\s+leo)?|fa{_AP}?aleotele",
        ),
        (rf"fa{_AP}?alapo{_AP}?a", "make bigger"),
        (rf"fa{_AP}?ala{_AP}?ititi", "make smaller"),
        *verb_first(_SAMOAN),
        # "make bigger the text": the adjective put back after its object
        (r"make\s+(bigger|smaller)\s+(the\s+[^,.;!?\ue000]+?)\s*(?=$|[,.;!?])", r"make \2 \1"),
        *_VERB_TO_END,
    ),
    leftovers=(r"le", r"ia", r"nei", r"aua"),
    slips=False,  # ("fa'aitiiti" is no slip of "itiiti": its prefix is split off at the apostrophe)
)

# --- Tajik (Cyrillic, verb last: "матни корти охиринро сабз кунед", make the end card's text green) -

_TAJIK = Words(
    please=r"лутфан|илтимос|марҳамат",
    thanks=r"(?:ташаккур|раҳмат)(?:\s+зиёд)?",
    undo=r"бекор\s+кун(?:ед)?|баргардон(?:ед)?",
    text=r"матн(?:и|ро|ҳо)?|навиштаҷот(?:и|ро)?",
    music=r"мусиқӣ(?:ро)?|мусиқи(?:ро)?|мусиқ\w*",
    ad=r"реклама(?:ро)?|видео(?:ро)?",
    phone=r"рақами\s+телефон(?:ро)?",
    card=r"корт(?:и|ро)?",
    of=r"",
    bit=r"каме|андаке|камтар",
    louder=r"баландтар",
    quieter=r"пасттар|оромтар",
    slower=r"сусттар",
    bigger=r"калонтар",
    smaller=r"хурдтар",
    top=r"(?:ба\s+)?боло",
    bottom=r"(?:ба\s+)?поён",
    seconds=r"сония(?:а|и)?",
    long=r"дароз",
    make=r"кунед|кун|намоед|гардонед",
    change=r"иваз\s+кунед|тағйир\s+диҳед",
    put=r"гузоред|ҷойгир\s+кунед",
    to=r"ба",
    colours=(
        (r"сафед", "white"),
        (r"сиёҳ", "black"),
        (r"зард", "yellow"),
        (r"сурх", "red"),
        (r"кабуд|осмонӣ", "blue"),
        (r"сабз", "green"),
    ),
)

TAJIK = Language(
    "tg",
    markers=(
        r"\w*[ӣӯҳҷқғ]\w*",
        r"лутфан|илтимос|ташаккур|раҳмат",
        r"кунед|намоед|гузоред",
        r"матн\w*|корт(?:и|ро)",
        r"сабз|сурх|сафед|сиёҳ|зард|кабуд",
        r"калонтар|хурдтар|баландтар|пасттар|каме",
        r"\w+ро",
    ),
    rows=(
        # "корти охирин(ро)": the last card, the end card; "корти аввал": the first
        (r"корт(?:и|ро)?\s+охирин(?:ро)?", "the end card"),
        (rf"({PART})-?ро", r"\1"),  # "hook-ро": the hook (its object ending)
        (r"(?:лоиҳаи|саҳнаи)\s+охирин(?:ро)?", "the last scene"),
        *verb_last(_TAJIK),
    ),
    leftovers=(r"ин", r"онро", r"ҳозир"),
)

# --- Faroese (verb first: "ger tekstin í hook gulan", make the text in the hook yellow) -----------

_FAROESE = Words(
    please=r"vinaliga|vinarliga|gerið\s+so\s+væl|ger\s+so\s+væl",
    thanks=r"(?:stóra\s+)?takk(?:\s+fyri)?",
    undo=r"angra|ger\s+tað\s+aftur",
    text=r"teksturin|tekstin|tekstinum|tekstur|tekst",
    music=r"tónleikurin|tónleikin|tónleikinum|tónleik(?:ur)?|musikkurin|musikkin",
    ad=r"lýsingin|lýsingina|lýsing|filmurin|filmin|videoin",
    phone=r"telefonnummarið|telefonnummar",
    card=r"kort(?:ið)?",
    of=r"í|á|til",
    bit=r"eitt\s+sindur|eitt\s+sindurð|sindur|eitt\s+lítið",
    louder=r"hægri|harðari|sterkari",
    quieter=r"lægri|stillari|veikari",
    slower=r"seinni|spakari",
    bigger=r"størri",
    smaller=r"minni",
    top=r"(?:heilt\s+)?(?:ovast|uppi)",
    bottom=r"(?:heilt\s+)?(?:niðast|niðri)",
    seconds=r"sekund(?:ir|um|ur)?",
    long=r"langan|long",
    make=r"ger|gerið|gerðu",
    change=r"broyt|broytið",
    put=r"set|setið|flyt|flytið",
    to=r"til",
    colours=(
        (r"hvít(?:an|ur|t|a)?", "white"),
        (r"svart(?:an|ur|a)?", "black"),
        (r"gul(?:an|ur|t|a)", "yellow"),
        (r"reyð(?:an|ur|a)|reytt", "red"),
        (r"blá(?:an|ur|tt|a)?|blár", "blue"),
        (r"grøn(?:an|ur|t|a)?", "green"),
    ),
)

FAROESE = Language(
    "fo",
    min_markers=2,
    markers=(
        r"vinaliga|vinarliga|takk\s+fyri",
        r"ger|gerið|broyt|broytið",
        r"teksturin|tekstin|tekstinum|tónleik\w*",
        r"\w*[ðø]\w*",
        r"hægri|lægri|størri|minni|sindur",
        r"hvítan|svartan|gulan|reyðan|bláan|grønan|gulur|reyður|grønur",
        r"í\s+(?:hook|cta|intro|outro)",
    ),
    rows=verb_first(_FAROESE),
    leftovers=(r"tað", r"nú", r"hann", r"hana"),
)

# --- Breton (verb first: "lakait 'X' war ar hook", put 'X' on the hook) ----------------------------

_BRETON = Words(
    please=r"mar\s+plij(?:\s+ganeoc'h|\s+ganit)?",
    thanks=r"trugarez(?:\s+deoc'h|\s+dit)?(?:\s+bras)?",
    undo=r"nullit|nullañ|distroit\s+war\s+ho\s+kiz",
    text=r"(?:an\s+)?(?:destenn|testenn|skrid)",
    music=r"(?:ar\s+|ar\s+)?(?:sonerezh|sonenn)",
    ad=r"(?:ar\s+|an\s+)?(?:bruderezh|video|spot)",
    phone=r"(?:an\s+)?niverenn\s+bellgomz",
    card=r"kartenn",
    of=r"eus\s+(?:ar|an|al)|war\s+(?:ar|an|al)",
    bit=r"un\s+tammig|tammig",
    louder=r"kreñvoc'h|uheloc'h|krenvoc'h",
    quieter=r"sioulaoc'h|izeloc'h|goustadoc'h",
    slower=r"gorrekoc'h|goustadik",
    bigger=r"brasoc'h|brasoch",
    smaller=r"bihanoc'h|bihanoch",
    top=r"(?:e\s+)?(?:laez|krec'h)",
    bottom=r"(?:e\s+)?(?:traoñ|strad)",
    seconds=r"eilenn(?:où)?",
    long=r"",
    make=r"grit|gra|lakait(?=[^,.;!?]*\s(?:gwenn|du|melen|ruz|glas|gwer)(?!\w))",
    change=r"cheñchit|kemmit|cheñch",
    put=r"lakait|laka|lakit",
    to=r"da",
    colours=(
        (r"gwenn", "white"),
        (r"du", "black"),
        (r"melen", "yellow"),
        (r"ruz", "red"),
        (r"glas", "blue"),
        (r"gwer", "green"),
    ),
    colour_in=r"e\s+liv",
)

BRETON = Language(
    "br",
    min_markers=2,
    markers=(
        r"mar\s+plij|trugarez",
        r"lakait|grit|cheñchit|kemmit",
        r"war\s+(?:ar|an|al)",
        r"\w*(?:c'h|ñ)\w*",
        r"testenn|sonerezh|eilenn\w*|tammig",
        r"gwenn|melen|ruz|gwer",
    ),
    rows=(
        # "lakait 'X' war ar hook": put 'X' on the hook (its text)
        (r"(?:lakait|laka|lakit|skrivit)(?=\s*\ue000[\ue100-\ue1ff]\s+war\s)", "put"),
        (rf"war\s+(?:ar|an|al)\s+({PART})", r"on the \1"),
        *verb_first(_BRETON),
    ),
    leftovers=(r"ar", r"an", r"al", r"e", r"bremañ"),
)

# --- Lingala (verb first: "kitisa miziki moke", lower the music a bit) -----------------------------

_LINGALA = Words(
    please=r"svp|palado|nabondeli|nalingi",
    thanks=r"(?:matondo|melesi)(?:\s+mingi)?",
    undo=r"zongisa(?:\s+ndenge\s+ezalaki)?|longola\s+mbongwana",
    text=r"makomi|mokomi|maloba",
    music=r"miziki|mizike|nzembo",
    ad=r"piblisite|video",
    phone=r"nimero\s+ya\s+(?:telefone|telefoni)",
    card=r"karte",
    of=r"ya",
    bit=r"moke|mwa\s+moke|moke\s+moke",
    louder=r"makasi(?:\s+koleka)?",
    quieter=r"(?:na\s+)?nse|malembe",
    slower=r"malembe\s+malembe",
    bigger=r"(?:monene|minene|manene)(?:\s+koleka)?",
    smaller=r"(?:moke\s+koleka|mike)",
    top=r"(?:na\s+)?likolo",
    bottom=r"(?:na\s+)?nse",
    seconds=r"sekonde|segonde",
    long=r"",
    make=r"sala|salela|kómisa|komisa",
    change=r"bongola|bobongola|mbongwana",
    put=r"tia|tiya",
    to=r"ete|na",
    colours=(
        (r"mpembe", "white"),
        (r"moindo|ndombe", "black"),
        (r"lanzi|jaune", "yellow"),
        (r"motane", "red"),
        (r"bule|langi\s+ya\s+likolo", "blue"),
        (r"langi\s+ya\s+matiti|vert", "green"),
    ),
    colour_in=r"(?:na\s+)?langi(?:\s+ya)?",
)

LINGALA = Language(
    "ln",
    min_markers=2,
    markers=(
        r"palado|nabondeli|matondo|melesi",
        r"kitisa|bakisa|tombola|sala|bongola|komisa",
        r"miziki|mizike|nzembo|makomi|mokomi",
        r"moke|makasi|monene|malembe|koleka",
        r"mpembe|moindo|motane|lanzi",
        r"sekonde",
    ),
    rows=(
        *_one_verb(r"kitisa|kitisá|kitisela", r"bakisa|tombola|tombwela"),
        *verb_first(_LINGALA),
        *_VERB_TO_END,
    ),
    leftovers=(r"sikoyo", r"yango", r"oyo"),
)

# --- Javanese (the passive verb after its object: "nomer telpon e digawe putih", the phone number made white) -

_JAVANESE = Words(
    please=r"tulung|tulungen|nyuwun\s+tulung|mbok|monggo|mangga",
    thanks=r"(?:matur\s+)?(?:nuwun|suwun)(?:\s+sanget)?",
    undo=r"balekno|baleni\s+maneh|batalno|dibatalke",
    text=r"tulisan(?:e|ne)?|teks(?:e|ne)?",
    music=r"musik(?:e|ne)?|lagu(?:ne)?",
    ad=r"iklan(?:e|ne)?|video(?:ne)?",
    phone=r"nom(?:e|o)r\s+(?:telpon|telepon|hp|wa)(?:\s*e|ne)?",
    card=r"kertu|kartu",
    of=r"ing|neng|nang|sing\s+ning",
    bit=r"sithik|sitik|setitik|titik",
    louder=r"luwih\s+(?:banter|seru|kenceng)|bantere",
    quieter=r"luwih\s+(?:lirih|alon|pelan)|lirihan",
    slower=r"luwih\s+alon\s+tempone",
    bigger=r"luwih\s+gedh?[eé]|gedh?[eé]n",
    smaller=r"luwih\s+cilik|cilikan",
    top=r"(?:ing\s+|neng\s+)?n?dh?uwur",
    bottom=r"(?:ing\s+|neng\s+)?ngisor",
    seconds=r"detik",
    long=r"",
    make=r"digawe|gawe(?:nen|en|kno|ke)?|dadekno|didadekke",
    change=r"diganti|gantien|gantinen|diowahi|owahi",
    put=r"dipindah|pindahen|delehen|dilebokke",
    to=r"dadi",
    colours=(
        (r"putih", "white"),
        (r"ireng", "black"),
        (r"kuning", "yellow"),
        (r"abang", "red"),
        (r"biru", "blue"),
        (r"ijo", "green"),
    ),
)

JAVANESE = Language(
    "jv",
    min_markers=2,
    markers=(
        r"tulung|tulungen|nyuwun|matur\s+nuwun|suwun",
        r"digawe|gawe\w*|dadekno|diganti|gantien|diowahi",
        r"luwih|sithik|sitik|gedhe|cilik|banter|lirih",
        r"ireng|abang|ijo|putih|kuning",
        r"tulisane|musike|iklane|telpon\s*e",
        r"ya|yo",
    ),
    rows=verb_last(_JAVANESE),
    leftovers=(r"ya", r"yo", r"saiki", r"kuwi", r"iki", r"e", r"ne"),
)

# --- Tok Pisin (verb first: "mekim ol tok long hook i kamap bikpela liklik") ----------------------

_TOK_PISIN = Words(
    please=r"plis|plis\s+yu",
    thanks=r"tenkyu(?:\s+tru)?|tenkiu(?:\s+tru)?",
    undo=r"tekewe\s+senis|senisim\s+i\s+go\s+bek|go\s+bek",
    text=r"ol\s+tok|ol\s+rait(?:im)?|tok|raitim",
    music=r"musik|singsing",
    ad=r"edvetaisman|advetaisin|vidio",
    phone=r"namba\s+bilong\s+fon|fon\s+namba",
    card=r"kad",
    of=r"long|bilong",
    bit=r"liklik",
    louder=r"(?:moa\s+)?strongpela(?:\s+moa)?|(?:moa\s+)?nois(?:\s+moa)?",
    quieter=r"(?:moa\s+)?isi(?:\s+moa)?|daun\s+liklik",
    slower=r"isi\s+isi",
    bigger=r"bikpela(?:\s+moa)?|bikim",
    smaller=r"smolpela(?:\s+moa)?|liklik\s+moa",
    top=r"(?:long\s+)?antap",
    bottom=r"(?:long\s+)?(?:daunbilo|ananit|aninit)",
    seconds=r"sekon(?:s)?",
    long=r"",
    make=r"mekim|wokim|mekim\s+olsem",
    change=r"senisim",
    put=r"putim|muvim",
    to=r"olsem",
    colours=(
        (r"waitpela|wait", "white"),
        (r"blakpela|blak", "black"),
        (r"yelopela|yelo", "yellow"),
        (r"retpela|ret", "red"),
        (r"blupela", "blue"),
        (r"grinpela|grin", "green"),
    ),
    colour_in=r"i\s+kamap",
)

TOK_PISIN = Language(
    "tpi",
    min_markers=2,
    markers=(
        r"plis|tenkyu|tenkiu",
        r"mekim|senisim|putim|muvim|daunim|apim|bikim",
        r"\w+pela",
        r"liklik|antap|daunbilo",
        r"ol\s+tok|i\s+kamap|bilong",
        r"musik",
    ),
    rows=(
        # "bikpela liklik": a bit bigger (the bit after its word); "i kamap": becomes
        (r"(bikpela|smolpela|strongpela)(?:\s+moa)?\s+liklik", r"liklik \1"),
        *_one_verb(r"daunim|mekim\s+daun", r"apim|mekim\s+i\s+go\s+antap"),
        *verb_first(_TOK_PISIN),
        (r"(?<!\w)i\s+kamap(?!\w)", ""),
        *_VERB_TO_END,
    ),
    leftovers=(r"i", r"ol", r"nau", r"dispela", r"em"),
)

# --- Occitan (verb first: "metètz lo ligam d'apply en blau", make the apply link blue) -------------

_OCCITAN = Words(
    please=r"se\s+vos\s+plai|si\s+vos\s+plai|se\s+te\s+plai|si\s+te\s+plai|mercés?\s+de",
    thanks=r"(?:grand\s+)?mercés?(?:\s+plan)?|mercés?",
    undo=r"anullatz|desfasètz|desfasetz",
    text=r"(?:lo\s+)?tèxt(?:e)?|(?:lo\s+)?text(?:e)?",
    music=r"(?:la\s+)?musica",
    ad=r"(?:la\s+)?(?:reclama|publicitat|vidèo)",
    phone=r"(?:lo\s+)?numèro\s+de\s+telefòn",
    card=r"carta",
    of=r"de\s+la|del|de|d'",
    bit=r"un\s+pauc|pauquet",
    louder=r"mai\s+fòrt(?:a)?|mai\s+fort(?:a)?",
    quieter=r"mai\s+(?:bas(?:sa)?|doç(?:a)?|suau)",
    slower=r"mai\s+lent(?:a)?",
    bigger=r"mai\s+grand(?:a)?|mai\s+gròs(?:sa)?",
    smaller=r"mai\s+pichon(?:a)?|mai\s+pichòt(?:a)?",
    top=r"(?:en\s+)?(?:naut|amont)",
    bottom=r"(?:en\s+)?(?:bas|aval)",
    seconds=r"segond(?:a|as|es)",
    long=r"",
    make=(
        r"(?:metètz|metetz|met|botatz)(?=[^,.;!?]*\sen\s+(?:blanc|negre|jaune|jaun|roge|rog|blau|verd)(?!\w))"
        r"|fasètz|fasetz|fai"
    ),
    change=r"cambiatz|cambia|modificatz",
    put=r"metètz|metetz|botatz|plaçatz|desplaçatz",
    to=r"en",
    colours=(
        (r"blanc(?:a)?", "white"),
        (r"negr(?:e|a)", "black"),
        (r"jaun(?:e|a)?", "yellow"),
        (r"rog(?:e|a)?|roja", "red"),
        (r"blau|blava", "blue"),
        (r"verd(?:a)?", "green"),
    ),
    colour_in=r"en",
)

OCCITAN = Language(
    "oc",
    min_markers=2,
    markers=(
        r"se\s+vos\s+plai|si\s+vos\s+plai|mercés",
        r"metètz|metetz|fasètz|fasetz|cambiatz|botatz",
        r"\w+ètz|\w+atz",
        r"lo\s+\w+",
        r"tèxt\w*|musica|ligam|pauc",
        r"mai\s+(?:fòrt|bas|grand|pichon|doç)",
        r"negre|jaune|roge|blau|verd",
    ),
    rows=(
        *verb_first(_OCCITAN),
        # "lo ligam d'apply": the apply link's text (after the table, whose "text" row would read it again)
        (r"(?:lo\s+)?ligam\s+(?:d'|de\s+)(\w+)", r"the \1 link text"),
        (r"(?:lo\s+)?boton\s+(?:d'|de\s+)(\w+)", r"the \1 button text"),
    ),
    leftovers=(r"lo", r"la", r"los", r"las", r"ara"),
)

# --- Aymara (verb last: "hook qillqa wila luram", make the hook text red) -------------------------

_AYMARA = Words(
    please=r"jisa|suma(?:ki)?|mirä|amp\s+suma",
    thanks=r"yuspajara(?:ñ)?|yuspagara",
    undo=r"kutt'ayam|kuttayam",
    text=r"qillqa(?:ta)?|arunaka(?:ta)?",
    music=r"q'uchu(?:ta)?|q'uchunaka|musika(?:ta)?",
    ad=r"yatiyawi(?:ta)?",
    phone=r"jakhu\s+telefono",
    card=r"karta",
    of=r"",
    bit=r"mä\s+juk'a|juk'a|juk'ampi",
    louder=r"juk'ampi\s+jach'a\s+arumpi|jach'a\s+arumpi",
    quieter=r"jisk'a\s+arumpi|llamp'u",
    slower=r"k'achata",
    bigger=r"jach'a(?:ru)?|jach'aptaya\w*",
    smaller=r"jisk'a(?:ru)?|jisk'aptaya\w*",
    top=r"patxa(?:ru|na)?",
    bottom=r"manqha(?:ru|na)?",
    seconds=r"sekundu|segundo",
    long=r"",
    make=r"lurama|luram|luraña|lurapxam",
    change=r"mayjt'ayam|mayjtayam|turkam",
    put=r"uchama|uchma|uskum",
    to=r"ukhama",
    colours=(
        (r"janq'u(?:\s+colou?r)?", "white"),
        (r"ch'iyara(?:\s+colou?r)?", "black"),
        (r"q'illu(?:\s+colou?r)?", "yellow"),
        (r"wila(?:\s+colou?r)?", "red"),
        (r"larama(?:\s+colou?r)?", "blue"),
        (r"ch'uxña(?:\s+colou?r)?", "green"),
    ),
)

AYMARA = Language(
    "ay",
    min_markers=2,
    markers=(
        r"jisa|yuspajara|yuspagara",
        r"wila|janq'u|ch'iyara|larama|ch'uxña|q'illu",
        r"luram\w*|mayjt'ay\w*|uchma|uchama",
        r"jach'a|jisk'a|juk'a\w*",
        r"qillqa\w*|q'uchu\w*|arunaka",
    ),
    rows=(
        *verb_last(_AYMARA),
        # "hook text wila color, jisa": the hook text red, yes -> make the hook text red
        (
            rf"^\W*((?:the\s+)?{PART}\s+(?:the\s+)?text|(?:the\s+)?text\s+of\s+the\s+{PART})\s+"
            r"(white|black|yellow|red|blue|green)\W*$",
            r"make \1 \2",
        ),
    ),
    leftovers=(r"uka", r"jichha"),
)

LAKES_ISLES_HIGHLANDS: tuple[Language, ...] = (
    KINYARWANDA,
    XHOSA,
    SAMOAN,
    TAJIK,
    FAROESE,
    BRETON,
    LINGALA,
    JAVANESE,
    TOK_PISIN,
    OCCITAN,
    AYMARA,
)

__all__ = ["LAKES_ISLES_HIGHLANDS"]
