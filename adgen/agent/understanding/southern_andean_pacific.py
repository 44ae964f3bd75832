"""The words of a request in Shona, Tswana, Wolof, Quechua, Guarani, Tongan, Turkmen, Sindhi,
Cebuano, Malagasy and Oromo, and the English reading of each.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie). Built as :mod:`isles_horn_creole`: each language is a ``Words`` (its words for the
everyday edits) and one builder per word order writes its rows, ``verb_first`` (Shona, Tswana,
Wolof, Guarani, Tongan, Cebuano, Malagasy) or ``verb_last`` (Quechua, Turkmen, Sindhi, Oromo,
whose verbs are written ⟪make⟫ and put first).

Each table reads: the music louder or quieter ("a bit"); the text bigger, smaller, a colour, at the
top or the bottom, or new quoted words; the text of a part named in English ("mafoko a hook", the
hook's words; "barreeffama order card"); the whole ad a length in seconds; undo; thanks; and the
"please" words ("ndapota", "tsweetswee", "maaloo", "azafady"), which read as nothing.

Some languages say "reduce"/"increase" as one verb ("waaññil musik bi", "fakasi'isi'i 'a e fasi",
"گهٽ ڪريو", "xiqqeessi"): a row before the table writes it ⟪reduce⟫ or ⟪increase⟫, which the
verb-first rows of :mod:`baltic_caucasus_indic_african` read as quieter for the music and smaller
for the text. Malagasy puts the adjective before the object ("ataovy mavo ny soratra", make yellow
the text): a row after its table puts it back after the object.

A Latin-script language whose markers include a word English also uses ("manga", "ak", "tea")
needs two markers, so an English message with one such word stays English.
"""

from __future__ import annotations

from adgen.agent.understanding.baltic_caucasus_indic_african import _QUOTE, _VERB_FIRST
from adgen.agent.understanding.isles_horn_creole import PART, Words, verb_first, verb_last
from adgen.agent.understanding.languages import Language

_COLOURS = r"(?:white|black|yellow|red|blue|green)"


def _number_after(seconds: str) -> tuple[str, str]:
    """A row reading a length written unit first ("masekondi 15", "sekondii 20") as "15 seconds"."""
    return (rf"(?:{seconds})\s+(\d+(?:[.,]\d+)?)", r"\1 seconds")


def _one_verb(reduce: str, increase: str) -> tuple[tuple[str, str], ...]:
    """Rows writing a language's one-word "reduce" and "increase" as ⟪reduce⟫ and ⟪increase⟫."""
    return ((reduce, " ⟪reduce⟫ "), (increase, " ⟪increase⟫ "))


# A verb-first language's ⟪reduce⟫/⟪increase⟫ (first in its clause) put after the object, then
# read by the verb-last rows: "⟪reduce⟫ the music a bit" -> "the music a bit ⟪reduce⟫".
_VERB_TO_END: tuple[tuple[str, str], ...] = (
    (rf"⟪(reduce|increase)⟫\s+the\s+text\s+of\s+the\s+({PART}|[\w]+\s+card)", r"⟪\1⟫ the \2 text"),
    (r"⟪(reduce|increase)⟫\s+(the\s+[^,.;!?⟪⟫]+?)\s*(?=$|[,.;!?])", r"\2 ⟪\1⟫"),
    *_VERB_FIRST,
)


# The adjective before the object (Malagasy "ataovy mavo ny soratra", Cebuano "himoa nga pula ang
# teksto"): "make yellow the text of the hook" -> "make the text of the hook yellow".
_ADJECTIVE = (
    rf"(?:(?:a\s+bit\s+)?(?:louder|quieter|slower|bigger|smaller)|{_COLOURS}|at\s+the\s+(?:top|bottom)"
    rf"|to\s+{_QUOTE})"
)
_OBJECT_FIRST: tuple[tuple[str, str], ...] = (
    (
        rf"(make|move|change)\s+(?:it\s+)?({_ADJECTIVE})\s+(the\s+[^,.;!?\ue000]+?)\s*(?=$|[,.;!?])",
        r"\1 \3 \2",
    ),
)


# --- Shona (verb first: "ita kuti mimhanzi ive pasi zvishoma", make the music low a bit) ---------

_SHONA = Words(
    please=r"ndapota|ndokumbira|ndinokumbira",
    thanks=r"(?:maita\s+basa|ndatenda|ndinotenda|mazvita)(?:\s+zvikuru)?",
    undo=r"dzosera(?:\s+shure)?|dzima\s+shanduko",
    text=r"mavara|manyorerwo|zvinyorwa|zvakanyorwa",
    music=r"mimhanzi|mumhanzi|rwiyo",
    ad=r"shambadziro|kushambadza|vhidhiyo",
    phone=r"nhamba\s+(?:ye|yerunhare|yefoni)\s*(?:runhare|foni)?|nhamba\s+yefoni",
    card=r"kadhi",
    of=r"e|a|re|we|ye|ra",
    bit=r"zvishoma|zvishomanana|zvidiki",
    louder=r"(?:iri\s+|ive\s+)?(?:pamusoro|zvakanyanya\s+kurira|kurira\s+zvakanyanya)",
    quieter=r"(?:iri\s+|ive\s+)?(?:pasi|yakaderera|zvinyoronyoro)",
    slower=r"zvishoma\s+nezvishoma",
    bigger=r"(?:ave\s+|ive\s+)?(?:makuru|zvikuru|hukuru)(?:\s+zvimwe)?",
    smaller=r"(?:ave\s+|ive\s+)?(?:madiki|diki|mudiki)(?:\s+zvimwe)?",
    top=r"kumusoro",
    bottom=r"kuzasi|kwepasi",
    seconds=r"masekondi|sekondi|masekonzi",
    long=r"kureba",
    make=r"ita(?:\s+kuti)?|gadzira",
    change=r"chinja|shandura",
    put=r"isa|endesa",
    to=r"kuti|kuva|kuita",
    colours=(
        (r"\w*chena|jena", "white"),
        (r"\w*tema|nhema|dema", "black"),
        (r"yero|\w*yero", "yellow"),
        (r"\w*tsvuku|dzvuku", "red"),
        (r"bhuruu|bhuru", "blue"),
        (r"girini|\w*svibirira", "green"),
    ),
    colour_in=r"(?:a|i)ve|ari|ive\s+(?:ne\s+)?ruvara\s+rwe?",
)

SHONA = Language(
    "sn",
    markers=(
        r"ndapota|ndatenda|ndinotenda|maita\s+basa",
        r"mimhanzi|mumhanzi|mavara|shambadziro",
        r"zvishoma|zvikuru|zvishomanana",
        r"ita\s+kuti|chinja|shandura|gadzira",
        r"\w*tsvuku|\w*chena|bhuruu|girini|\w*svibirira",
    ),
    rows=(
        _number_after(_SHONA.seconds),
        *verb_first(_SHONA),
        # "mimhanzi ive pasi zvishoma": the music be low a bit -> make the music quieter a bit
        (r"^(?:\W*)(the\s+(?:music|text|[a-z ]+\s+text)\s+(?:quieter|louder|bigger|smaller))", r"make \1"),
    ),
    leftovers=(r"ive", r"ave", r"iri", r"izvozvi", r"kuti"),
)

# --- Tswana (verb first: "mafoko a hook a nne serolwana", the hook's words be yellow) ------------

_TSWANA = Words(
    please=r"tsweetswee|tswee\s+tswee|ka\s+kopo",
    thanks=r"(?:ke\s+a\s+leboga|re\s+a\s+leboga|rea\s+leboga|ke\s+leboga)(?:\s+thata)?",
    undo=r"busetsa(?:\s+morago)?|phimola\s+phetogo",
    text=r"mafoko|mokwalo|dikwalo",
    music=r"mmino|mmino\s+wa\s+morago",
    ad=r"papatso|kgasoloso|bidio",
    phone=r"nomore\s+ya\s+(?:mogala|founu)",
    card=r"karata",
    of=r"a|wa|ya|la|tsa|ba|sa|ga",
    bit=r"(?:go\s+le\s+)?gonnye|(?:ka\s+)?bonnye|ganyane|gannyennyane",
    louder=r"(?:go\s+)?(?:kwa\s+godimo\s+thata|modumo\s+o\s+montsi|go\s+feta\s+ka\s+modumo)",
    quieter=r"(?:go\s+)?(?:kwa\s+tlase|modumo\s+o\s+monnye|ka\s+bonolo)",
    slower=r"ka\s+iketlo",
    bigger=r"(?:go\s+)?(?:golwane|kgolwane|kgolo\s+go\s+feta|tona)",
    smaller=r"(?:go\s+)?(?:potlana|nnyennyane|nnye\s+go\s+feta)",
    top=r"kwa\s+godimo|godimo",
    bottom=r"kwa\s+tlase\s+tlase|kwa\s+bofelong",
    seconds=r"metsotswana|motsotswana|disekone|sekone",
    long=r"boleele",
    make=r"dira|dirang|[aoe]\s+nne|nna",
    change=r"fetola|fetolang|fetolela",
    put=r"baya|bayang|tsenya",
    to=r"go|gore",
    colours=(
        (r"(?:bo)?(?:tshweu|sweu)", "white"),
        (r"(?:bo)?(?:ntsho|ntsh?o)", "black"),
        (r"(?:bo)?(?:serolwana|mosetlha|setlha)", "yellow"),
        (r"(?:bo)?(?:khibidu|hibidu|hubidu|khubidu)", "red"),
        (r"(?:bo)?tala\s+jwa\s+legodimo|bolou", "blue"),
        (r"(?:bo)?tala", "green"),
    ),
    colour_in=r"mmala\s+o|(?:ka\s+)?mmala\s+wa",
)

TSWANA = Language(
    "tn",
    min_markers=2,
    markers=(
        r"tsweetswee|leboga",
        r"mafoko|mokwalo|mmino|papatso",
        r"a\s+nne|dira|fetola",
        r"mmala|serolwana|mosetlha|tshweu|ntsho|khibidu|hibidu|botala",
        r"gonnye|bonnye|potlana|golwane|godimo|tlase",
    ),
    rows=(
        *verb_first(_TSWANA),
        # "mafoko a hook a nne serolwana": the hook's words be yellow -> make the hook's text yellow
        (r"(the\s+[^,.;!?⟪⟫]+?)\s+make(?:\s+it)?", r"make \1"),
    ),
    leftovers=(r"jaanong", r"o", r"e"),
)

# --- Wolof (verb first: "waaññil musik bi tuuti", reduce the music a bit) -------------------------

_WOLOF = Words(
    please=r"su\s+la\s+neexee|baal\s+ma|bu\s+la\s+neexee",
    thanks=r"jërëjëf|jerejef|jërë\s+jëf",
    undo=r"dellu\s+ginnaaw|far\s+ko",
    text=r"mbind\s+mi|bind\s+bi|mbind",
    music=r"musik\s+bi|musig\s+bi|musik|woy\s+wi",
    ad=r"yëgle\s+bi|yégle\s+bi|pub\s+bi",
    phone=r"nimero\s+telefon\s+bi|nimero\s+bi",
    card=r"kart",
    of=r"u|bu|ci",
    bit=r"(?<!a\s)tuuti|ndànk|ndank",
    louder=r"gën\s+a\s+kawe|gën\s+a\s+kaw",
    quieter=r"gën\s+a\s+suufe|gën\s+a\s+suuf",
    slower=r"gën\s+a\s+yeex",
    bigger=r"gën\s+a\s+mag|gën\s+a\s+rëy",
    smaller=r"gën\s+a\s+tuuti|gën\s+a\s+ndaw",
    top=r"ci\s+kaw",
    bottom=r"ci\s+suuf",
    seconds=r"segond",
    long=r"",
    make=r"defal|def\s+ko",
    change=r"soppil|soppi|weccil",
    put=r"tegal|teg",
    to=r"mu\s+nekk|ngir",
    colours=(
        (r"weex", "white"),
        (r"ñuul", "black"),
        (r"mboq", "yellow"),
        (r"xonq", "red"),
        (r"bulo|blë", "blue"),
        (r"wert", "green"),
    ),
)

WOLOF = Language(
    "wo",
    markers=(
        r"jërëjëf|jerejef",
        r"waa[ñn]+i\w*|yokk\w*|soppil|defal",
        r"musik\s+bi|mbind\s+mi|yëgle",
        r"tuuti|ndànk|gën\s+a",
        r"weex|ñuul|mboq|xonq",
    ),
    rows=(
        *_one_verb(r"waa[ñn]+il?(?:leen)?|wàññi(?:l)?", r"yokkal|yokk(?:leen)?"),
        *verb_first(_WOLOF),
        *_VERB_TO_END,
    ),
    leftovers=(r"bi", r"mi", r"ko", r"leegi"),
)

# --- Quechua (verb last: "hook qillqata q'illu ruway", make the hook's writing yellow) -------------

_Q_CASE = r"(?:ta|nta|n|man|pi)?"
_QUECHUA = Words(
    please=r"ama\s+hina\s+kaspa|allichu|ama\s+hina\s+kaspayki",
    thanks=r"(?:anchata\s+)?(?:sulpayki|yusulpayki|añay|pachi)",
    undo=r"kutichiy|qhipaman\s+kutichiy",
    text=r"qillqa(?:kuna)?" + _Q_CASE,
    music=r"taki(?:kuna)?" + _Q_CASE + r"|takiy" + _Q_CASE + r"|musika" + _Q_CASE,
    ad=r"willakuy" + _Q_CASE + r"|riqsichiy" + _Q_CASE,
    phone=r"telefonpa\s+yupaynin" + _Q_CASE + r"|telefon\s+yupay" + _Q_CASE,
    card=r"kartilla" + _Q_CASE,
    of=r"",
    bit=r"aslla|pisilla|asllata",
    louder=r"aswan\s+kallpa(?:sapa|wan)?|aswan\s+sinchi",
    quieter=r"aswan\s+upalla|aswan\s+llamp'u|aswan\s+pisi",
    slower=r"aswan\s+allillamanta",
    bigger=r"aswan\s+hatun" + _Q_CASE + r"|hatun" + _Q_CASE,
    smaller=r"aswan\s+huch'uy" + _Q_CASE + r"|aswan\s+huchuy" + _Q_CASE + r"|huch'uy" + _Q_CASE,
    top=r"hanaq(?:man|pi|pachaman)?|patapi|pataman",
    bottom=r"uray(?:man|pi)?|uraman|ukhuman",
    seconds=r"segundo(?:s|kuna)?|sikundu(?:kuna)?",
    long=r"",
    make=r"ruway(?:chik|kuy|ta|pay)?",
    change=r"t'ikray(?:chik)?|tikray(?:chik)?|huk\s+niraqman\s+ruway",
    put=r"churay(?:kuy|chik)?",
    to=r"kayman",
    colours=(
        (r"yuraq" + _Q_CASE, "white"),
        (r"yana" + _Q_CASE, "black"),
        (r"q'illu" + _Q_CASE + r"|qillu" + _Q_CASE + r"|q'ellu" + _Q_CASE, "yellow"),
        (r"puka" + _Q_CASE, "red"),
        (r"anqas" + _Q_CASE + r"|ankas" + _Q_CASE, "blue"),
        (r"q'umir" + _Q_CASE + r"|q'omer" + _Q_CASE + r"|qumir" + _Q_CASE, "green"),
    ),
)

QUECHUA = Language(
    "qu",
    min_markers=2,
    markers=(
        r"qillqa\w*",
        r"ruway\w*|t'ikray\w*|churay\w*",
        r"\w*q'\w*",
        r"sulpayki|yusulpayki|ama\s+hina\s+kaspa",
        r"yuraq\w*|q'illu\w*|anqas\w*|q'umir\w*",
        r"aswan|aslla|pisilla",
        r"\w+(?:pa|p)\s+qillqa\w*",
        r"\w+\s+llamiychu",
    ),
    rows=(
        # "ama APR qillqata llamiychu": don't touch the APR text (nothing to do)
        (r"ama\s+([^,.;!?]+?)\s+llamiychu", r"and leave \1 as it is"),
        (rf"({PART})(?:pa|p)(?!\w)", r"\1"),
        (r"kunan", ""),  # now
        *verb_last(_QUECHUA),
    ),
    leftovers=(r"kunan", r"chay", r"kay"),
)

# --- Guarani (verb first: "emoĩ hook ñe'ẽ hovy", make the hook text blue) -------------------------

_GUARANI = Words(
    please=r"ikatúpa|ikatúrõ|ajerure|nde\s+py'aporãrõ|mba'éichapa",
    thanks=r"aguyje(?:vete)?|aguije(?:vete)?",
    undo=r"emboguevi|emoĩjey\s+yma\s+guáicha",
    text=r"ñe'ẽ(?:kuéra)?|ñe'ẽnguéra|jehai|haipyre",
    music=r"purahéi|mba'epu|mba'e\s+pu",
    ad=r"ñemoherakuã|marandu",
    phone=r"pumbyry\s+papapy|papapy\s+pumbyry",
    card=r"kuatia",
    of=r"",
    bit=r"michĩmi|sa'imi|mbeguemi|michimi",
    louder=r"hyapuve|hatãve|hyapu\s+hatãve",
    quieter=r"kirirĩve|mbeguéve|hyapu\s+mbeguéve",
    slower=r"mbeguekatuve",
    bigger=r"tuichave",
    smaller=r"michĩve|michive",
    top=r"yvate(?:pe)?|ári(?:pe)?",
    bottom=r"yvýpe|guýpe|iguýpe",
    seconds=r"aravo'i|segundo",
    long=r"",
    make=r"(?:emoĩ|pemoĩ)(?=[^,.;!?]*\s(?:morotĩ|hũ|sa'yju|pytã|hovy)(?!\w))|ejapo|pejapo",
    change=r"emoambue|pemoambue",
    put=r"emoĩ|pemoĩ|emongu'e",
    to=r"ha'e\s+hag̃ua|-pe",
    colours=(
        (r"morotĩ|moroti", "white"),
        (r"hũ", "black"),
        (r"sa'yju|sa'ju|sa'yjú", "yellow"),
        (r"pytã|pyta", "red"),
        (r"hovyũ|aky", "green"),
        (r"hovy(?!ũ)", "blue"),
    ),
)

GUARANI = Language(
    "gn",
    markers=(
        r"\w*[ĩẽũỹ]\w*",
        r"ñe'ẽ\w*|purahéi|mba'epu",
        r"aguyje\w*|ikatúpa|ajerure",
        r"emoĩ|ejapo|emoambue",
        r"hovy|pytã|sa'yju|morotĩ|hovyũ",
        r"tuichave|michĩve|hyapuve|kirirĩve",
    ),
    rows=verb_first(_GUARANI),
    leftovers=(r"ko", r"ko'ág̃a", r"umi"),
)

# --- Tongan (verb first: "fakasi'isi'i 'a e fasi", reduce the music) -------------------------------

_TONGAN = Words(
    please=r"kataki(?:\s+'o)?|kātaki(?:\s+'o)?",
    thanks=r"(?:mālō|malo)(?:\s+'aupito|\s+aupito)?",
    undo=r"fakafoki(?:\s+ia)?",
    text=r"(?:'a\s+e\s+|'a\s+)?(?:tohi|ngaahi\s+lea|fo'i\s+lea)",
    music=r"(?:'a\s+e\s+|'a\s+)?(?:fasi|hiva|mūsika|musika)",
    ad=r"(?:'a\s+e\s+)?(?:tu'uaki|fakamafola|vitiō)",
    phone=r"(?:'a\s+e\s+)?fika\s+telefoni",
    card=r"kaati",
    of=r"'o\s+e|'o|'i\s+he",
    bit=r"ki'i|si'i\s+pē",
    louder=r"le'o\s+lahi\s+ange|ongo\s+lahi\s+ange",
    quieter=r"le'o\s+si'i\s+ange|longo\s+ange|ongo\s+si'i\s+ange",
    slower=r"māmālie\s+ange",
    bigger=r"lahi\s+ange",
    smaller=r"si'i\s+ange|iiki\s+ange",
    top=r"(?:ki\s+|'i\s+)?'olunga",
    bottom=r"(?:ki\s+|'i\s+)?lalo",
    seconds=r"sekoni",
    long=r"",
    make=r"ngaohi|fakahoko|'ai\s+ke",
    change=r"liliu|fetongi",
    put=r"hiki|'ai",
    to=r"ki",
    colours=(
        (r"hinehina", "white"),
        (r"'uli'uli|uliuli", "black"),
        (r"engeenga", "yellow"),
        (r"kulokula", "red"),
        (r"pulū", "blue"),
        (r"lanu\s+mata", "green"),
    ),
    colour_in=r"lanu",
)

TONGAN = Language(
    "to",
    min_markers=2,
    markers=(
        r"kataki|kātaki|mālō",
        r"faka\w+",
        r"'a\s+e|'o\s+e",
        r"fasi|hiva|tohi",
        r"hinehina|'uli'uli|engeenga|kulokula|pulū|lanu",
        r"ange|ki'i|'olunga|lalo",
    ),
    rows=(
        *_one_verb(r"fakasi'isi'i|fakasiisii|fakasi'i|fakamolū|fakalongo", r"fakalahi|fakaongo\s+lahi"),
        *verb_first(_TONGAN),
        *_VERB_TO_END,
    ),
    leftovers=(r"'a\s+e", r"'a", r"e", r"ia", r"he", r"ni"),
)

# --- Turkmen (verb last: "telefon belgisiniň ýazgysyny sary ediň") --------------------------------

_TK = r"(?:y|i|ny|ni|syny|sini|sy|si|yň|iň|synyň|siniň|ň)?"
_TURKMEN = Words(
    please=r"haýyş\s+edýärin|haýyş|mümkin\s+bolsa",
    thanks=r"sag\s+boluň|sag\s+bol|köp\s+sag\s+boluň|minnetdar",
    undo=r"yzyna\s+gaýtar(?:yň)?|ýatyr(?:yň)?",
    text=r"ýazgy" + _TK + r"|ýazuw" + _TK + r"|tekst" + _TK,
    music=r"saz" + _TK + r"|aýdym" + _TK,
    ad=r"mahabat" + _TK + r"|reklama" + _TK + r"|wideo" + _TK,
    phone=r"telefon\s+belgi" + _TK,
    card=r"kart" + _TK,
    of=r"",
    bit=r"biraz|azajyk|sähel",
    louder=r"gatyrak|has\s+gaty|sesini\s+ýokarlandyr",
    quieter=r"pesräk|has\s+pes|ýuwaşrak|sesini\s+pese\w*",
    slower=r"haýalrak",
    bigger=r"ulurak|has\s+uly",
    smaller=r"kiçiräk|has\s+kiçi",
    top=r"ýokar(?:da|sy|syna|ky)?",
    bottom=r"aşak(?:da|y)?|aşagyna",
    seconds=r"sekunt(?:lyk)?|sekund(?:lyk)?",
    long=r"uzynlykda|uzyn",
    make=r"ediň|et|ediver|ediň",
    change=r"üýtgediň|üýtget",
    put=r"goýuň|goý|geçiriň",
    to=r"",
    colours=(
        (r"ak", "white"),
        (r"gara", "black"),
        (r"sary", "yellow"),
        (r"gyzyl", "red"),
        (r"gök|mawy", "blue"),
        (r"ýaşyl", "green"),
    ),
    suffix=r"yň|iň|uň|üň|y|i|ny|ni",
)

TURKMEN = Language(
    "tk",
    markers=(
        r"\w*[ňý]\w*",
        r"ediň|üýtgediň|goýuň",
        r"belgi\w*|ýazgy\w*|saz\w*",
        r"sary|gyzyl|ýaşyl|mawy",
        r"sag\s+boluň|haýyş",
        r"ulurak|kiçiräk|pesräk|gatyrak",
    ),
    rows=verb_last(_TURKMEN),
    leftovers=(r"şu", r"häzir", r"bu"),
)

# --- Sindhi (Arabic script, verb last: "موسيقي جو آواز ٿورو گهٽ ڪريو") ------------------------------

_SINDHI = Words(
    please=r"مهرباني\s+ڪري|مهرباني\s+ڪريو",
    thanks=r"(?:توهان\s+جو\s+)?(?:شڪريو|مهرباني)",
    undo=r"واپس\s+ڪريو|رد\s+ڪريو",
    text=r"لکت|لکڻ|متن|ٽيڪسٽ|لفظ",
    music=r"(?:موسيقي|ميوزڪ|گانو|گاني)(?:\s+(?:جو|جي)\s+آواز)?",
    ad=r"اشتهار|وڊيو",
    phone=r"(?:فون|ٽيليفون)\s+نمبر",
    card=r"ڪارڊ",
    of=r"جو|جي|جا|جون",
    bit=r"ٿورو|ٿوري|ٿورڙو|ٿورڙي",
    louder=r"(?:وڌيڪ\s+)?(?:تيز|اوچو)",
    quieter=r"(?:وڌيڪ\s+)?(?:آهستي|هلڪو|هلڪي)",
    slower=r"سست",
    bigger=r"(?:وڌيڪ\s+)?(?:وڏو|وڏي)",
    smaller=r"(?:وڌيڪ\s+)?(?:ننڍو|ننڍي)",
    top=r"مٿي|مٿان|مٿي\s+تي",
    bottom=r"هيٺ|هيٺان|هيٺ\s+تي",
    seconds=r"سيڪنڊن|سيڪنڊ",
    long=r"ڊگهو|ڊگهي",
    make=r"ڪريو|ڪر|ڪيو",
    change=r"بدلايو|مٽايو|تبديل\s+ڪريو",
    put=r"رکو|وجهو",
    to=r"",
    colours=(
        (r"اڇو|اڇي", "white"),
        (r"ڪارو|ڪاري", "black"),
        (r"پيلو|پيلي|زرد", "yellow"),
        (r"ڳاڙهو|ڳاڙهي|لال", "red"),
        (r"نيرو|نيري", "blue"),
        (r"سائو|سائي", "green"),
    ),
)

SINDHI = Language(
    "sd",
    markers=(
        r"\w*[ڪٿڏڄڃٻڳڱڦڻڍڊ]\w*",
        r"مهرباني\s+ڪري|ڪريو",
        r"موسيقي|ميوزڪ|لکت",
        r"ٿورو|ٿوري|گهٽ|وڌيڪ",
        r"جو|جي",
    ),
    rows=(
        *_one_verb(r"گهٽ\s+(?:ڪريو|ڪر)|گهٽايو", r"(?:وڌيڪ|مٿي)\s+(?:ڪريو|ڪر)|وڌايو"),
        *verb_last(_SINDHI),
    ),
    leftovers=(r"هن", r"کي", r"هاڻي"),
    own_script=True,
)

# --- Cebuano (verb first: "ilisi ang hook ngadto sa 'Presko …'") ----------------------------------

_CEBUANO = Words(
    please=r"palihug|palihog|palihug\s+lang",
    thanks=r"salamat(?:\s+kaayo)?|daghang\s+salamat",
    undo=r"ibalik(?:\s+(?:kini|kana))?|i-undo",
    text=r"(?:ang\s+)?(?:teksto|sinulat|mga\s+pulong)",
    music=r"(?:ang\s+)?(?:musika|kanta)",
    ad=r"(?:ang\s+)?(?:anunsyo|patalastas|bidyo)",
    phone=r"(?:ang\s+)?numero\s+sa\s+(?:telepono|selpon)",
    card=r"kard",
    of=r"sa|sa\s+mga|ni",
    bit=r"(?:og\s+)?diyutay|(?:og\s+)?gamay\s+lang|gamay(?=\s+(?:mas|pa))",
    louder=r"mas\s+kusog",
    quieter=r"mas\s+hinay",
    slower=r"mas\s+hinay\s+ang\s+tempo",
    bigger=r"mas\s+dako",
    smaller=r"mas\s+gamay",
    top=r"(?:sa\s+)?ibabaw|(?:sa\s+)?taas",
    bottom=r"(?:sa\s+)?ubos",
    seconds=r"segundos?",
    long=r"ka\s+taas",
    make=r"himoa|himoon|buhata",
    change=r"ilisi|ilisan|usba|usbon|ilisdi",
    put=r"ibutang|butangi|ibalhin",
    to=r"ngadto\s+sa|ngadto|og",
    colours=(
        (r"puti", "white"),
        (r"itom", "black"),
        (r"dalag|yelo", "yellow"),
        (r"pula", "red"),
        (r"asul", "blue"),
        (r"berde|lunhaw", "green"),
    ),
    colour_in=r"nga",
)

CEBUANO = Language(
    "ceb",
    markers=(
        r"palihug|palihog",
        r"ngadto",
        r"ilisi|ilisan|usba|himoa|ibutang|ibalhin",
        r"kaayo|diyutay|hinayi|dakoa|gamaya|kusgi",
        r"itom|dalag|lunhaw",
        r"ang\s+(?:teksto|musika|anunsyo|hook|cta)",
    ),
    rows=(
        *_one_verb(r"pahinaya|hinayi|pagamaya|gamaya|gamyi", r"pakusga|kusgi|lakasi|padakoa|dakoa|dakui"),
        *verb_first(_CEBUANO),
        *_VERB_TO_END,
        *_OBJECT_FIRST,
    ),
    leftovers=(r"ang", r"kini", r"kana", r"karon", r"na", r"lang"),
)

# --- Malagasy (verb first, the adjective before the object: "ataovy mavo ny soratra") --------------

_MALAGASY = Words(
    please=r"azafady|mba",
    thanks=r"misaotra(?:\s+betsaka|\s+indrindra)?",
    undo=r"avereno(?:\s+amin'ny\s+teo\s+aloha)?|foano",
    text=r"(?:ny\s+)?soratra",
    music=r"(?:ny\s+)?(?:mozika|hira)",
    ad=r"(?:ny\s+)?(?:dokam-barotra|doka|horonantsary)",
    phone=r"(?:ny\s+)?(?:nomeraon-telefaona|laharan-telefaona|nomerao\s+finday)",
    card=r"karatra",
    of=r"amin'ny|an'ny|ao\s+amin'ny|ny",
    bit=r"kely\s+(?=kokoa)|somary|kelikely",
    louder=r"mafy\s+kokoa|mafimafy(?:\s+kokoa)?|avo\s+kokoa",
    quieter=r"malefaka\s+kokoa|malefadefaka(?:\s+kokoa)?|moramora\s+kokoa|mangina\s+kokoa",
    slower=r"miadana\s+kokoa",
    bigger=r"lehibe\s+kokoa|lehibelehibe(?:\s+kokoa)?|ngeza\s+kokoa",
    smaller=r"kely\s+kokoa|kelikely\s+kokoa|madinika\s+kokoa",
    top=r"(?:any\s+|eo\s+)?ambony",
    bottom=r"(?:any\s+|eo\s+)?ambany",
    seconds=r"segondra",
    long=r"",
    make=r"ataovy|ataovinao|ataonao",
    change=r"ovay|ovao|soloy",
    put=r"apetraho|afindrao",
    to=r"ho",
    colours=(
        (r"fotsy", "white"),
        (r"mainty", "black"),
        (r"mavo", "yellow"),
        (r"mena", "red"),
        (r"manga", "blue"),
        (r"maitso", "green"),
    ),
    colour_in=r"loko",
)

MALAGASY = Language(
    "mg",
    min_markers=2,
    markers=(
        r"azafady|misaotra",
        r"ataovy|ovay|ovao|apetraho|afindrao|soloy",
        r"\w+'ny",
        r"soratra|mozika|dokam-barotra",
        r"fotsy|mainty|mavo|mena|manga|maitso",
        r"kokoa|kely|somary",
    ),
    rows=(
        *verb_first(_MALAGASY),
        *_OBJECT_FIRST,
    ),
    leftovers=(r"ny", r"izy", r"ity", r"io", r"ankehitriny"),
)

# --- Oromo (verb last: "barreeffama order card gara diimaatti jijjiiri") ---------------------------

_OROMO = Words(
    please=r"maaloo|maalo|maaloo\s+keessan",
    thanks=r"galatoomi|galatoomaa|galata\s+guddaa|galatoomaa\s+guddaa",
    undo=r"deebisi|haqi",
    text=r"barreeffama|barreeffamni|barruu|qubee",
    music=r"muuziqaa|muuzikaa|sirba|weedduu",
    ad=r"beeksisa|beeksisni|viidiyoo",
    phone=r"lakkoofsa\s+bilbilaa",
    card=r"kaardii",
    of=r"",
    bit=r"xiqqoo|muraasa|xiqqa\s+tokko",
    louder=r"sagalee\s+ol\s+kaasi|ol\s+kaasi",
    quieter=r"sagalee\s+gadi\s+buusi|gadi\s+buusi",
    slower=r"suuta",
    bigger=r"guddaa\s+caalaa|caalaa\s+guddaa",
    smaller=r"xiqqaa\s+caalaa|caalaa\s+xiqqaa",
    top=r"gubbaa(?:tti)?|ol(?:itti)?",
    bottom=r"jala(?:tti)?|gadi(?:tti)?",
    seconds=r"sekondii|sekoondii|sekondi",
    long=r"dheeratu|dheerina",
    make=r"godhi|taasisi|godhaa",
    change=r"jijjiiri|jijjiiraa|geeddari",
    put=r"kaa'i|geessi|kaa'aa",
    to=r"gara|akka",
    colours=(
        (r"adii(?:tti)?", "white"),
        (r"gurraacha(?:tti)?", "black"),
        (r"keelloo(?:tti)?|boora(?:tti)?", "yellow"),
        (r"diimaa(?:tti)?", "red"),
        (r"cuquliisa(?:tti)?|bulluu(?:tti)?", "blue"),
        (r"magariisa(?:tti)?|magarisa(?:tti)?", "green"),
    ),
    colour_in=r"gara|halluu",
)

OROMO = Language(
    "om",
    markers=(
        r"maaloo|galatoomi|galatoomaa",
        r"barreeffam\w*|muuziqaa|beeksis\w*",
        r"jijjiiri|godhi|taasisi|guddisi|xiqqeessi",
        r"diimaa\w*|keelloo\w*|magariisa\w*|gurraacha\w*|cuquliisa\w*|adii\w*",
        r"xiqqoo|caalaa|sekondii",
    ),
    rows=(
        _number_after(_OROMO.seconds),
        *_one_verb(r"xiqqeessi|gadi\s+buusi", r"guddisi|ol\s+kaasi"),
        *verb_last(_OROMO),
    ),
    leftovers=(r"kana", r"amma", r"isa"),
)

SOUTHERN_ANDEAN_PACIFIC: tuple[Language, ...] = (
    SHONA,
    TSWANA,
    WOLOF,
    QUECHUA,
    GUARANI,
    TONGAN,
    TURKMEN,
    SINDHI,
    CEBUANO,
    MALAGASY,
    OROMO,
)

__all__ = ["SOUTHERN_ANDEAN_PACIFIC"]
