"""The words of a request in Maltese, Kurdish (Kurmanji), Luxembourgish, Irish, West Frisian,
Esperanto, Pashto, Haitian Creole, Scottish Gaelic and Tigrinya, and the English reading of each.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie: each language here has markers of its own). Unlike the older modules, whose tables repeat
one row shape per language, each language here is a :class:`Words` (its words for the everyday
edits) and one builder per word order writes its rows: :func:`verb_first` (Maltese,
Luxembourgish, Irish, Frisian, Esperanto, Haitian, Gaelic: "agħmel it-test akbar", make the text
bigger) and :func:`verb_last` (Kurdish, Pashto, Tigrinya: "nivîsê mezin bike", the text big make),
whose verbs are written ⟪make⟫ and put first by :mod:`baltic_caucasus_indic_african`'s rows.

Each table reads: the music louder, quieter or slower; the text bigger, smaller, a colour, at the
top or the bottom, or new quoted words; the text of a part named in English ("nivîsa hook'ê", the
hook's text; "tèks hook la"); the phone number; the whole ad a length in seconds; "a bit"; undo;
thanks; and the "please" words ("le do thoil", "mi petas", "wann ech gelift"), which read as
nothing, so they never become copy nor an unread word. A word left unread makes the parser ask.

Maltese writes its article on the noun with a hyphen ("it-test", "tan-numru", "tal-"): read as
Maltese, "tan-numru" is never the English colour tan (a Maltese sentence with no other marker
was read as English and set the palette to tan).
"""

from __future__ import annotations

from dataclasses import dataclass

from adgen.agent.understanding.baltic_caucasus_indic_african import _QUOTE, _table
from adgen.agent.understanding.languages import Language

# The parts of an ad a request in another language names in English ("nivîsa hook'ê").
PART = r"(?:hook|cta|intro|outro|showcase|testimonial|ending|opening)"


@dataclass(frozen=True)
class Words:
    """One language's words for the everyday edits, each a regular expression ("" = none)."""

    please: str
    thanks: str
    undo: str
    text: str  # the text (with its article), read "the text"
    music: str
    ad: str
    phone: str  # the phone number
    card: str  # a card ("bib-kaart": the bib card)
    of: str  # "of" between the text and its part ("fan de", "tal-")
    bit: str
    louder: str
    quieter: str
    slower: str
    bigger: str
    smaller: str
    top: str
    bottom: str
    seconds: str  # the unit after a number
    long: str  # "long", after a length ("a dh'fhaid"); "" = none
    make: str
    change: str
    put: str
    to: str  # before quoted words ("go 'Lá spraoi!'")
    colours: tuple[tuple[str, str], ...]
    colour_in: str = ""  # a word before a colour ("an jòn", in yellow)
    suffix: str = ""  # a case ending on an English word ("hook'ê")


def _rows(w: Words, verb: str) -> tuple[tuple[str, str], ...]:
    """The rows of ``w``; ``verb`` writes an English verb ("{}" or "⟪{}⟫", for a verb-last language)."""
    rows: list[tuple[str, str]] = [
        (w.please, ""),
        (w.thanks, "thanks"),
        (w.undo, "undo"),
    ]
    if w.suffix:
        rows.append((rf"({PART}|card)'(?:{w.suffix})", r"\1"))
    rows += [
        (
            rf"(?:{w.text})\s+(?:{w.of})\s*(?:{w.phone})|(?:{w.phone})\s+(?:{w.of})?\s*(?:{w.text})",
            "the phone number text",
        ),
        (w.phone, "the phone number"),
        (rf"([\w]+)-(?:{w.card})", r"\1 card"),
        (rf"(?:{w.text})\s+(?:(?:{w.of})\s*)?(?:the\s+)?({PART}|[\w]+\s+card)", r"the text of the \1"),
        (rf"(?:the\s+)?({PART}|[\w]+\s+card)\s+(?:(?:{w.of})\s*)?(?:{w.text})", r"the \1 text"),
        (rf"(?<!the\s)(?:{w.text})", "the text"),
        (w.music, "the music"),
        (w.ad, "the ad"),
        (rf"(?:{w.bit})\s+(?:{w.bigger})", "a bit bigger"),
        (rf"(?:{w.bit})\s+(?:{w.smaller})", "a bit smaller"),
        (rf"(?:{w.bit})\s+(?:{w.louder})", "a bit louder"),
        (rf"(?:{w.bit})\s+(?:{w.quieter})", "a bit quieter"),
        (w.bit, "a bit"),
        (w.louder, "louder"),
        (w.quieter, "quieter"),
        (w.slower, "slower"),
        (w.bigger, "bigger"),
        (w.smaller, "smaller"),
        (w.top, "at the top"),
        (w.bottom, "at the bottom"),
        (
            rf"(\d+(?:[.,]\d+)?)\s*(?:{w.seconds})(?:\s+(?:{w.long}))?",
            r"\1 seconds long" if w.long else r"\1 seconds",
        ),
        (rf"(?:{w.to})(?=\s*{_QUOTE})", "to"),
        (w.make, verb.format("make")),
        (w.change, verb.format("change")),
        (w.put, verb.format("move")),
    ]
    colour_in = rf"(?:(?:{w.colour_in})\s+)?" if w.colour_in else ""
    rows += [(colour_in + rf"(?:{pattern})", english) for pattern, english in w.colours]
    return tuple((pattern, english) for pattern, english in rows if pattern)


def verb_first(w: Words) -> tuple[tuple[str, str], ...]:
    """The rows of a language that puts its verb first, as English does."""
    it = (r"make\s+(white|black|yellow|red|blue|green)", r"make it \1")  # "agħmlu abjad": make it white
    return _table((*_rows(w, "{}"), it))


def verb_last(w: Words) -> tuple[tuple[str, str], ...]:
    """The rows of a language that puts its verb last: each verb written ⟪make⟫, then put first."""
    return _table(_rows(w, "⟪{}⟫"), verb_last=True)


# --- Maltese (verb first; the article on the noun: "it-test", "tal-", "tan-") ------------------------

_MT_ART = r"(?:(?:i[ltdnrsxżċz]|l)-)?"
_MALTESE = Words(
    please=r"jekk\s+jogħġbok|jekk\s+joghgbok|jekk\s+jogħġobkom|jekk\s+joghgobkom",
    thanks=r"grazzi(?:\s+ħafna)?",
    undo=r"erġa'?\s+lura|ergha'?\s+lura|ħassar\s+l-aħħar\s+bidla",
    text=_MT_ART + r"(?:test|kitba)",
    music=_MT_ART + r"(?:mużika|muzika)",
    ad=_MT_ART + r"(?:reklam|riklam|filmat)",
    phone=r"(?:i[nl]-|l-)?numru\s+(?:tat-|tal-)?telefon",
    card=r"karta",
    of=r"ta[ltdnrsxżċz]-|ta'",
    bit=r"ftit|daqsxejn",
    louder=r"(?:aktar|iktar)\s+(?:qawwi|qawwija|għoli|għolja)",
    quieter=r"(?:aktar|iktar)\s+(?:baxx|baxxa|kwiet|kwieta)",
    slower=r"(?:aktar|iktar)\s+bil-mod",
    bigger=r"akbar|(?:aktar|iktar)\s+kbir",
    smaller=r"iżgħar|izghar|(?:aktar|iktar)\s+żgħir",
    top=r"(?:fil-)?fuq",
    bottom=r"(?:fil-)?(?:isfel|qiegħ)",
    seconds=r"sekond(?:i|a)",
    long=r"twil|twila",
    make=r"agħmel(?:ha|hom)?|aghmel(?:ha)?|(?:agħmlu|aghmlu)(?:ha|h)?",
    change=r"ibdel(?:ha|u)?|ibdlu|biddel(?:ha)?",
    put=r"poġġi(?:h|ha|hom)?|poggi(?:h|ha)?|qiegħed(?:ha)?|ressaq(?:ha)?",
    to=r"għal|ghal|f'",
    colours=(
        (r"abjad|bajda|bojod", "white"),
        (r"iswed|sewda|suwed", "black"),
        (r"isfar|safra|sofor", "yellow"),
        (r"aħmar|ahmar|ħamra|hamra|ħomor", "red"),
        (r"blu", "blue"),
        (r"aħdar|ahdar|ħadra|hadra", "green"),
    ),
)

MALTESE = Language(
    "mt",
    min_markers=2,
    markers=(
        r"\w*(?:ħ|ġ|għ)\w*",
        r"ta[ltdnrsxżċz]-\w+",
        r"(?:il|it|id|ir|is|ix|iż|iċ)-\w+",
        r"grazzi|jekk\s+jogħġbok|jekk\s+joghgbok",
        r"agħmel\w*|agħmlu\w*|ibdel\w*|poġġi\w*",
        r"akbar|iżgħar|aktar|iktar|ftit",
        r"abjad|iswed|isfar|aħmar|aħdar|bajda|sewda|safra|ħamra",
        r"mużika|sekondi",
    ),
    rows=(
        *verb_first(_MALTESE),
        # the article on any other noun: "il-kulur tal-logo" is "the kulur of the logo" (an unread
        # word, asked about), never the English "tal"/"tan" read as a colour
        (r"ta[ltdnrsxżċz]-(\w+)", r"of the \1"),
        (r"(?:i[ltdnrsxżċz]|l)-(\w+)", r"the \1"),
    ),
    leftovers=(r"il", r"l", r"li", r"u", r"ta'", r"dan", r"din", r"issa"),
)

# --- Kurdish, Kurmanji (verb last: "nivîsê mezintir bike") -------------------------------------------

_KURDISH = Words(
    please=r"ji\s+kerema\s+xwe|ji\s+kerema\s+te|kerem\s+ke",
    thanks=r"(?:gelek\s+)?(?:spas|sipas)(?:\s+dikim)?",
    undo=r"vegerîne|paşve\s+vegerîne|betal\s+bike",
    text=r"nivîs(?:a|ê|ên|an)?|niviş(?:a|ê)?|tekst(?:a|ê)?",
    music=r"muzîk(?:a|ê)?|mûzîk(?:a|ê)?|muzik(?:a|ê)?|stran(?:a|ê)",
    ad=r"reklam(?:a|ê)?|vîdyo(?:ya|yê)?",
    phone=r"hejmar(?:a|ê)\s+(?:telefon|têlefon)(?:ê)?|jimar(?:a|ê)\s+(?:telefon|têlefon)(?:ê)?",
    card=r"kart(?:a|ê)?",
    of=r"",
    bit=r"(?:hinekî|piçekî|hinek|piçek)",
    louder=r"bilindtir|dengbilindtir|bi\s+dengtir",
    quieter=r"nizmtir|hêdîtir|kêmdengtir",
    slower=r"hêditir|hêdîtir\s+(?:lê\s+)?bide",
    bigger=r"mezintir|(?:mezin)",
    smaller=r"piçûktir|biçûktir|(?:piçûk|biçûk)",
    top=r"(?:li\s+)?jor(?:ê)?",
    bottom=r"(?:li\s+)?jêr(?:ê)?",
    seconds=r"saniye(?:yî|yan)?|çirk(?:e|eyî)?",
    long=r"dirêj",
    make=r"bike|bikin|biki",
    change=r"biguherîne|biguhere|biguherin",
    put=r"bibe|deyne|bixe",
    to=r"bi|wek",
    colours=(
        (r"spî", "white"),
        (r"reş", "black"),
        (r"zer", "yellow"),
        (r"sor", "red"),
        (r"şîn", "blue"),
        (r"kesk", "green"),
    ),
    suffix=r"ê|a|î|yê|ya|an|ên",
)

KURDISH = Language(
    "ku",
    min_markers=2,
    markers=(
        r"bike|bikin|biguherîne|biguhere",
        r"nivîs\w*|muzîk\w*|mûzîk\w*",
        r"\w*[îêûş]\w*",
        r"hinekî|piçekî|mezintir|piçûktir|bilindtir|nizmtir",
        r"spas|sipas|ji\s+kerema\s+xwe",
        r"\w+'(?:ê|yê|ya)",
    ),
    rows=verb_last(_KURDISH),
    leftovers=(r"ji", r"wê", r"wî", r"vê", r"vî", r"niha"),
)

# --- Luxembourgish (verb first: "maach d'Musek méi lues") --------------------------------------------

_LUXEMBOURGISH = Words(
    please=r"wann\s+(?:ech|et)\s+gelift|wannechgelift|w\.e\.g\.",
    thanks=r"(?:villmools\s+)?merci(?:\s+villmools)?",
    undo=r"maach\s+et\s+réckgängeg|réckgängeg\s+maachen|zeréck",
    text=r"(?:den\s+|d')?text|(?:d')?Schrëft",
    music=r"(?:d'|déi\s+)?(?:Musek|Museck)",
    ad=r"(?:d'|déi\s+)?(?:Reklamm|Video|Spot)",
    phone=r"(?:d'|déi\s+)?Telefonsnummer|(?:d'|déi\s+)?Telefonnummer",
    card=r"kaart",
    of=r"vun\s+(?:der|dem|de)|vum",
    bit=r"e\s+bëssen?|e\s+bësschen|liicht",
    louder=r"méi\s+haart|méi\s+lauter",
    quieter=r"méi\s+lues|méi\s+lëssen|méi\s+roueg|méi\s+liicht",
    slower=r"méi\s+lues\s+am\s+Tempo|méi\s+lueser",
    bigger=r"méi\s+grouss|gréisser",
    smaller=r"méi\s+kleng|méi\s+kleng?er|klenger",
    top=r"(?:no\s+)?uewen",
    bottom=r"(?:no\s+)?ënnen",
    seconds=r"Sekonnen|Sekonn|Sekonne",
    long=r"laang",
    make=r"maach(?:t)?|maacht|maach\s+mir",
    change=r"änner(?:t)?|wiessel(?:t)?",
    put=r"setz(?:t)?|réck(?:t)?|stell(?:t)?",
    to=r"op|an",
    colours=(
        (r"wäiss", "white"),
        (r"schwaarz", "black"),
        (r"giel", "yellow"),
        (r"rout", "red"),
        (r"blo", "blue"),
        (r"gréng", "green"),
    ),
)

LUXEMBOURGISH = Language(
    "lb",
    min_markers=2,
    markers=(
        r"wann\s+ech\s+gelift|wannechgelift",
        r"\w*ë\w*",
        r"méi",
        r"d'Musek|Musek|Sekonnen",
        r"maach|maacht|änner|wäiss|schwaarz|giel|rout|gréng|uewen|ënnen",
        r"villmools|bëssen|bësse",
    ),
    rows=verb_first(_LUXEMBOURGISH),
    leftovers=(r"den", r"d'", r"de", r"déi", r"dat", r"et", r"e", r"w\.e\.g"),
)

# --- Irish (verb first, the article "an", after a consonant change: "le do thoil") ------------------

_IRISH = Words(
    please=r"le\s+do\s+thoil|le\s+bhur\s+dtoil",
    thanks=r"go\s+raibh\s+(?:maith|míle\s+maith)\s+agat|go\s+raibh\s+maith\s+agaibh",
    undo=r"cealaigh(?:\s+é)?|cuir\s+ar\s+ais\s+(?:é|mar\s+a\s+bhí)",
    text=r"(?:an\s+)?(?:téacs|teacs|téacsanna)",
    music=r"(?:an\s+)?(?:cheol|ceol)",
    ad=r"(?:an\s+)?(?:fógra|fhógra|físeán|fhíseán)",
    phone=r"(?:an\s+)?uimhir\s+(?:(?:an\s+)?ghutháin|theileafóin|fóin|fhóin)",
    card=r"cárta",
    of=r"(?:de|ar)\s+(?:an)?",
    bit=r"(?:beagán|rud\s+beag|pas\s+beag)",
    louder=r"níos\s+airde|níos\s+glóraí",
    quieter=r"níos\s+ciúine|níos\s+ísle",
    slower=r"níos\s+moille",
    bigger=r"níos\s+mó",
    smaller=r"níos\s+lú|níos\s+lugha",
    top=r"(?:go\s+dtí\s+)?(?:an\s+)?barr|ag\s+an\s+mbarr|thuas",
    bottom=r"(?:go\s+dtí\s+)?(?:an\s+)?bun|ag\s+an\s+mbun|thíos",
    seconds=r"soicind(?:í)?|shoicind(?:í)?",
    long=r"ar\s+fad",
    make=r"déan|déanaigí",
    change=r"athraigh|athraígí",
    put=r"cuir|bog",
    to=r"go|chuig",
    colours=(
        (r"bán|bhán", "white"),
        (r"dubh|dhubh", "black"),
        (r"buí|bhuí", "yellow"),
        (r"dearg|dhearg", "red"),
        (r"gorm|ghorm", "blue"),
        (r"glas|ghlas|uaine", "green"),
    ),
    colour_in=r"i\s+ndath|(?:go\s+)?dtí",
)

IRISH = Language(
    "ga",
    min_markers=2,
    markers=(
        r"le\s+do\s+thoil|go\s+raibh\s+maith",
        r"athraigh|déan|cuir|bog",
        r"níos",
        r"an\s+(?:téacs|ceol|cheol|fógra|fhógra)|téacs|ceol|cheol|fógra",
        r"beagán|soicind\w*",
    ),
    rows=verb_first(_IRISH),
    leftovers=(r"an", r"é", r"í", r"sé", r"sí", r"anois", r"é\s+sin"),
)

# --- West Frisian (verb first: "meitsje de muzyk lûder") --------------------------------------------

_FRISIAN = Words(
    please=r"asjebleaft|asjeblieft|as\s+it\s+jo\s+belieft|graach",
    thanks=r"(?:tige\s+)?(?:tank|tankjewol|tige\s+tank)",
    undo=r"draai\s+(?:it\s+)?werom|meitsje\s+(?:it\s+)?ûngedien",
    text=r"(?:de\s+)?tekst",
    music=r"(?:de\s+)?(?:muzyk|muzik)",
    ad=r"(?:de\s+)?(?:reklame|advertinsje|fideo|filmke)",
    phone=r"(?:it\s+)?telefoannûmer|(?:it\s+)?telefoannûmer",
    card=r"kaart",
    of=r"fan\s+(?:de|it)|fan",
    bit=r"(?:in\s+)?bytsje|(?:in\s+)?bettsje",
    louder=r"lûder|hurder",
    quieter=r"sêfter|sachter|stiller",
    slower=r"stadiger|trager",
    bigger=r"grutter",
    smaller=r"lytser",
    top=r"(?:nei\s+)?boppe(?:-?oan|ân)?|(?:nei\s+)?boppe",
    bottom=r"(?:nei\s+)?ûnder(?:-?oan|oan)?|(?:nei\s+)?ûnderen",
    seconds=r"sekonden|sekonde",
    long=r"lang",
    make=r"meitsje|meitsje\s+(?:it|dat)",
    change=r"feroarje|feroarje\s+it",
    put=r"set|sette|pleats|ferpleats|doch",
    to=r"yn|nei|op",
    colours=(
        (r"wyt", "white"),
        (r"swart", "black"),
        (r"giel", "yellow"),
        (r"read", "red"),
        (r"blau", "blue"),
        (r"grien", "green"),
    ),
)

FRISIAN = Language(
    "fy",
    min_markers=2,
    markers=(
        r"meitsje|feroarje|asjebleaft|tankjewol",
        r"\w*[ûêâô]\w*",
        r"muzyk|fan\s+de|bytsje|lytser|grutter|sêfter",
        r"boppe(?:-?oan)?|ûnder(?:-?oan)?",
        r"wyt|grien|sekonden",
    ),
    rows=verb_first(_FRISIAN),
    leftovers=(r"de", r"it", r"dat", r"no", r"even"),
)

# --- Esperanto (verb first: "faru la muzikon pli laŭta") --------------------------------------------

_EO = r"(?:a|o|e)(?:j)?(?:n)?"
_ESPERANTO = Words(
    please=r"mi\s+petas|bonvolu|bonvole",
    thanks=r"(?:koran\s+)?dankon(?:\s+multe)?",
    undo=r"malfaru(?:\s+ĝin)?|nuligu(?:\s+ĝin)?",
    text=r"(?:la\s+)?tekst(?:o|on|oj|ojn)",
    music=r"(?:la\s+)?muzik(?:o|on)",
    ad=r"(?:la\s+)?(?:reklam(?:o|on)|filmet(?:o|on)|video(?:n)?)",
    phone=r"(?:la\s+)?telefonnumer(?:o|on)|(?:la\s+)?telefon(?:a|an)\s+numer(?:o|on)",
    card=r"kart(?:o|on)",
    of=r"de\s+la|de",
    bit=r"iomete|iom|iomet",
    louder=r"pli\s+laŭt" + _EO,
    quieter=r"pli\s+mallaŭt" + _EO + r"|pli\s+kviet" + _EO,
    slower=r"pli\s+malrapid" + _EO,
    bigger=r"pli\s+grand" + _EO,
    smaller=r"pli\s+malgrand" + _EO,
    top=r"(?:al\s+la\s+)?supr(?:e|en|o)|(?:al\s+)?supre",
    bottom=r"(?:al\s+la\s+)?malsupr(?:e|en|o)",
    seconds=r"sekund(?:oj|ojn|o)",
    long=r"long(?:a|e)",
    make=r"faru(?:\s+ĝin)?",
    change=r"ŝanĝu(?:\s+ĝin)?",
    put=r"metu(?:\s+ĝin)?|movu(?:\s+ĝin)?",
    to=r"al|en",
    colours=(
        (r"blank" + _EO, "white"),
        (r"nigr" + _EO, "black"),
        (r"flav" + _EO, "yellow"),
        (r"ruĝ" + _EO, "red"),
        (r"blu" + _EO, "blue"),
        (r"verd" + _EO, "green"),
    ),
)

ESPERANTO = Language(
    "eo",
    min_markers=2,
    markers=(
        r"mi\s+petas|bonvolu|dankon",
        r"\w*[ĉĝĥĵŝŭ]\w*",
        r"pli\s+\w+",
        r"iomete|tekst(?:o|on)|sekundoj",
        r"muzik(?:o|on)",
        r"la\s+\w+oj?n?",
        r"faru|ŝanĝu|metu|movu",
    ),
    rows=verb_first(_ESPERANTO),
    leftovers=(r"la", r"ĝin", r"ĝi", r"nun"),
)

# --- Pashto (verb last: "متن لږ لوی کړه") ------------------------------------------------------------

_PASHTO = Words(
    please=r"مهرباني\s+وکړه|مهرباني\s+وکړئ|لطفاً|لطفا",
    thanks=r"(?:ډېره\s+|ډیره\s+)?مننه",
    undo=r"بېرته\s+یې\s+کړه|بیرته\s+یې\s+کړه|لغوه\s+یې\s+کړه",
    text=r"متن|لیکنه",
    music=r"موسیقي|موزیک|سندره",
    ad=r"اعلان|ویډیو|ویډیو\s+کلیپ",
    phone=r"د\s+(?:تلیفون|ټیلیفون|تیلیفون)\s+(?:شمیره|شمېره)|(?:تلیفون|ټیلیفون)\s+(?:شمیره|شمېره)",
    card=r"کارت",
    of=r"د",
    bit=r"لږ|یو\s+څه|لږه",
    louder=r"لوړ|لوړه|زوروره",
    quieter=r"ټیټ|ټیټه|کراره|ورو",
    slower=r"ورو\s+ورو",
    bigger=r"لوی|لویه|غټ|غټه",
    smaller=r"کوچنی|کوچنۍ|وړوکی|وړه",
    top=r"پورته|سر\s+ته",
    bottom=r"لاندې|لاندی|ښکته",
    seconds=r"ثانیې|ثانیه|ثانیو",
    long=r"اوږد|اوږده",
    make=r"کړه|کړئ|کړی",
    change=r"بدل\s+(?:یې\s+)?کړه|بدل\s+کړئ",
    put=r"کېږده|کیږده|یوسه",
    to=r"په|ته",
    colours=(
        (r"سپین|سپینه", "white"),
        (r"تور|توره", "black"),
        (r"ژېړ|ژیړ|ژېړه|ژیړه", "yellow"),
        (r"سور|سره", "red"),
        (r"شین|شنه|آبي", "blue"),
    ),
)

PASHTO = Language(
    "ps",
    markers=(
        r"\w*[ټډړږښځڅۍې]\w*",
        r"کړه|کړئ",
        r"لږ|مننه|مهرباني",
        r"متن|موسیقي|اعلان",
    ),
    rows=verb_last(_PASHTO),
    leftovers=(r"یې", r"دا", r"اوس"),
    own_script=True,
)

# --- Haitian Creole (verb first; the article after the noun: "tèks hook la") -------------------------

_HAITIAN = Words(
    please=r"souple|silvouplè|silvouple|tanpri",
    thanks=r"(?:anpil\s+)?mèsi(?:\s+anpil)?|mesi",
    undo=r"anile(?:\s+(?:li|sa))?|defèt(?:\s+(?:li|sa))?|remèt\s+li\s+jan\s+li\s+te\s+ye",
    text=r"tèks(?:\s+(?:la|a))?|teks(?:\s+(?:la|a))?|ekriti(?:\s+(?:a|la))?",
    music=r"mizik(?:\s+(?:la|a))?",
    ad=r"piblisite(?:\s+(?:la|a))?|videyo(?:\s+(?:a|la))?",
    phone=r"nimewo\s+telefòn(?:\s+(?:la|an))?|nimewo\s+telefon(?:\s+(?:la|an))?",
    card=r"kat",
    of=r"",
    bit=r"(?:yon\s+)?ti\s+kras|(?:yon\s+)?ti\s+jan|yon\s+ti\s+kal",
    louder=r"pi\s+fò|pi\s+fo|pi\s+wo",
    quieter=r"pi\s+ba|pi\s+dousman|pi\s+fèb",
    slower=r"pi\s+dousman\s+(?:nan\s+)?ritm|pi\s+lant",
    bigger=r"pi\s+gwo",
    smaller=r"pi\s+piti",
    top=r"(?:an|nan)\s+tèt|anwo|(?:an|nan)\s+wo",
    bottom=r"(?:an|nan)\s+ba|anba",
    seconds=r"segonn|segond",
    long=r"(?:de\s+)?long",
    make=r"(?:fè|fe|mete)(?:\s+li)?(?=[^,.;!?]*\s(?:an|nan)\s+(?:blan|nwa|jòn|jon|wouj|ble|vèt|vet)(?!\w))|fè(?:\s+li)?",
    change=r"chanje(?:\s+li)?",
    put=r"mete(?:\s+li)?|deplase(?:\s+li)?",
    to=r"pou|an|nan",
    colours=(
        (r"blan", "white"),
        (r"nwa", "black"),
        (r"jòn|jon", "yellow"),
        (r"wouj", "red"),
        (r"ble", "blue"),
        (r"vèt|vet", "green"),
    ),
    colour_in=r"an|nan",
)

HAITIAN = Language(
    "ht",
    min_markers=2,
    markers=(
        r"souple|silvouplè|tanpri|mèsi",
        r"\w*[èò]\w*",
        r"mete|chanje|fè",
        r"\w+\s+(?:la|a)\s+(?:an|nan)\s+\w+",
        r"pi\s+(?:fò|ba|gwo|piti|dousman)",
        r"mizik|tèks|jòn|wouj|blan|nwa|segonn",
    ),
    rows=verb_first(_HAITIAN),
    leftovers=(r"la", r"li", r"sa", r"kounye\s+a"),
)

# --- Scottish Gaelic (verb first; lenition after the article: "an sanas", "a' cheòl") ---------------

_GAELIC = Words(
    please=r"mas\s+e\s+do\s+thoil\s+e|mas\s+e\s+ur\s+toil\s+e|ma\s+'?s\s+e\s+do\s+thoil\s+e",
    thanks=r"tapadh\s+leat|tapadh\s+leibh|mòran\s+taing|taing",
    undo=r"neo-dhèan|cuir\s+air\s+ais\s+e",
    text=r"(?:an\s+)?(?:teacsa|teacs|teagsa)",
    music=r"(?:an\s+|a'\s+)?(?:cheòl|ceòl|cheol|ceol)",
    ad=r"(?:an\s+)?(?:sanas(?:-reic)?|bhidio|bhidio)",
    phone=r"(?:an\s+)?àireamh[- ]fòn|(?:an\s+)?àireamh\s+(?:a'\s+)?fòn",
    card=r"cairt",
    of=r"aig|air",
    bit=r"(?:beagan|rud\s+beag|beagan\s+beag)",
    louder=r"nas\s+àirde|nas\s+fhuaimniche",
    quieter=r"nas\s+ciùine|nas\s+ìsle|nas\s+sàmhaiche",
    slower=r"nas\s+slaodaiche|nas\s+maille",
    bigger=r"nas\s+motha",
    smaller=r"nas\s+lugha",
    top=r"(?:aig\s+a'\s+)?mhullach|gu\s+h-àrd|shuas",
    bottom=r"(?:aig\s+a'\s+)?bhonn|gu\s+h-ìosal|shìos",
    seconds=r"diogan|diog",
    long=r"a\s+dh'fhaid|de\s+dh'fhaid|a\s+dh['’]fhaid",
    make=r"dèan|dean",
    change=r"atharraich",
    put=r"cuir|gluais",
    to=r"gu|ri",
    colours=(
        (r"geal|gheal", "white"),
        (r"dubh|dhubh", "black"),
        (r"buidhe|bhuidhe", "yellow"),
        (r"dearg|dhearg", "red"),
        (r"gorm|ghorm", "blue"),
        (r"uaine", "green"),
    ),
)

GAELIC = Language(
    "gd",
    min_markers=2,
    markers=(
        r"mas\s+e\s+do\s+thoil\s+e|tapadh\s+leat|mòran\s+taing",
        r"dèan|atharraich|gluais",
        r"\w*[àèìòù]\w*",
        r"nas\s+\w+",
        r"sanas|diogan|diog|dh'fhaid|teacsa",
    ),
    rows=verb_first(_GAELIC),
    leftovers=(r"an", r"am", r"a'", r"e", r"i", r"a-nis"),
)

# --- Tigrinya (Ethiopic script, verb last: "ጽሑፍ ብጫ ግበሮ", the text yellow make) ----------------

_TIGRINYA = Words(
    please=r"በጃኻ|በጃኺ|በጃኹም|በጃኹ",
    thanks=r"(?:ብዙሕ\s+)?የቐንየለይ|የቐንየልና",
    undo=r"ሰርዞ|ሰርዞዮ|ናብ\s+ዝነበሮ\s+መልሶ",
    text=r"ጽሑፍ|ጽሑፉ|ጽሕፈት",
    music=r"ሙዚቃ|ሙዚቃኡ|ደርፊ",
    ad=r"ምልክታ|መወዓውዒ|ቪድዮ",
    phone=r"ቁጽሪ\s+(?:ተሌፎን|ስልኪ|ቴሌፎን)",
    card=r"ካርድ",
    of=r"ናይ",
    bit=r"ቁሩብ|ሒደት",
    louder=r"ዝዓበየ\s+ድምጺ|ዓው\s+ዝበለ",
    quieter=r"ትሑት|ዝሓሰረ\s+ድምጺ|ህድእ\s+ዝበለ",
    slower=r"ቀስ\s+ዝበለ",
    bigger=r"ዓቢ|ዝዓበየ",
    smaller=r"ንእሽቶ|ዝነኣሰ",
    top=r"ላዕሊ|ናብ\s+ላዕሊ",
    bottom=r"ታሕቲ|ናብ\s+ታሕቲ",
    seconds=r"ካልኢት|ሰከንድ",
    long=r"ዝነውሐ",
    make=r"ግበሮ|ግበር|ግበሩ|ግበርዎ|ግበሪ",
    change=r"ቀይሮ|ቀይር|ቀይሩ",
    put=r"ስቀሎ|ኣቐምጦ|ኣንቀሳቕሶ",
    to=r"ናብ",
    colours=(
        (r"ጻዕዳ", "white"),
        (r"ጸሊም", "black"),
        (r"ብጫ", "yellow"),
        (r"ቀይሕ", "red"),
        (r"ሰማያዊ", "blue"),
        (r"ቀጠልያ", "green"),
    ),
)

TIGRINYA = Language(
    "ti",
    markers=(
        r"[\u1200-\u137f]+(?:\s+[\u1200-\u137f]+)*",
        r"ግበሮ|ግበር|ግበሩ|ቀይሮ|ቀይር",
        r"ብጫ|ጻዕዳ|ጸሊም|ቀይሕ|ቀጠልያ",
        r"ቁሩብ|ዓቢ|ንእሽቶ|ካልኢት",
        r"በጃኻ|በጃኺ|የቐንየለይ",
    ),
    rows=verb_last(_TIGRINYA),
    leftovers=(
        r"ነዚ",
        r"እዚ",
    ),
    own_script=True,
)

ISLES_HORN_CREOLE: tuple[Language, ...] = (
    MALTESE,
    KURDISH,
    LUXEMBOURGISH,
    IRISH,
    FRISIAN,
    ESPERANTO,
    PASHTO,
    HAITIAN,
    GAELIC,
    TIGRINYA,
)

__all__ = ["ISLES_HORN_CREOLE", "PART", "Words", "verb_first", "verb_last"]
