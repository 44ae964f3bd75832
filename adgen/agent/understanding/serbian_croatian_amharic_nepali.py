"""The words of a request in Serbian (Latin and Cyrillic letters), Croatian (and Bosnian), Amharic
(Ethiopic script) and Nepali (Devanagari), and the English reading of each: one vocabulary table per language,
laid out as :mod:`finnish_danish_catalan_bengali_urdu_malay_slovak`. Also the numbers a request
writes in a script's own digits ("१५", "১২", "፲፭"), read as 0-9 (:func:`native_numbers`).

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie). Each table holds the everyday edits: the music or the voice louder or quieter, the text
bigger, smaller, a colour, a place or quoted copy, the first or the last scene's text, a scene or
the whole ad longer, shorter or a length, "a bit" and "a bit more", undo, render, thanks, and the
complaints ("muzika je preglasna", the music is too loud). A word left unread makes the parser ask
rather than guess; quoted copy is never read.

Serbian and Croatian are one language written two ways (Serbian "promeni", "muzika", "beli", "dole";
Croatian and Bosnian "promijeni", "glazba", "bijeli", "dolje"): their rows are one list, which reads
both, without the diacritics too ("pojacaj", "tise"). Serbian in Cyrillic letters is the same list
letter for letter ("промени завршни текст", change the closing text): its rows are the Latin rows
transliterated (:func:`_cyrillic`), English kept (written ⟨…⟩ in a row). The verb comes first and
may take "a bit" before it ("malo pojačaj glazbu", turn the music up a bit); "stavi X gore" (put X
up) moves it; "smanji" (reduce) is quieter music but smaller text.

Amharic puts the verb last, with the object marked "-ን" ("ሙዚቃውን ትንሽ ቀንስ", the music a bit,
reduce): the rows read the nouns first, then "X … ቀንስ" as quieter music or smaller text, and "X
… አድርግ" (make X …) as "make X …". "ትንሽ" is both small ("ትንሽ አድርግ", make it small) and a bit.

Nepali is written in Hindi's letters and puts the verb last as Hindi does ("संगीत अलि कम गर", the
music a bit less, do); its markers are Hindi's script and its own words ("गर", "अलि", "ठूलो",
"सेतो", the "-लाई"/"-को" endings), so Hindi keeps a message without them. "कम" (less) is quieter
only after the music ("टेक्स्ट कम गर", less text, is left unread and asks).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.cyrillic_hebrew_chinese import _CALLED_ROWS
from adgen.agent.understanding.languages import Language

# A quoted copy, as the parser masks it (:mod:`quotes`).
_QUOTE = r"\ue000[\ue100-\ue1ff]"

# --- Native digits ---------------------------------------------------------------------------------

# The zero of each script whose ten digits follow it (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
# Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, full width).
_ZEROS = tuple(
    int(zero, 16) for zero in "966 9E6 A66 AE6 B66 BE6 C66 CE6 D66 E50 ED0 F20 1040 17E0 1810 FF10".split()
)
_DIGITS = {zero + n: str(n) for zero in _ZEROS for n in range(10)}
# Ethiopic numbers are no place-value digits: "፲፭" is ten and five, "፻" a hundred.
_ETHIOPIC_ONES = {chr(0x1369 + n): n + 1 for n in range(9)}
_ETHIOPIC_TENS = {chr(0x1372 + n): 10 * (n + 1) for n in range(9)}
_ETHIOPIC_RE = re.compile(r"[\u1369-\u137c]+")


def _ethiopic(m: re.Match[str]) -> str:
    """An Ethiopic number in 0-9: "፲፭" -> "15", "፪፻" -> "200"."""
    total = hundreds = 0
    for char in m.group(0):
        if char == "\u137b":  # ፻, a hundred (of what came before it, or one)
            hundreds, total = (total or 1) * 100, 0
        elif char in _ETHIOPIC_TENS:
            total += _ETHIOPIC_TENS[char]
        elif char in _ETHIOPIC_ONES:
            total += _ETHIOPIC_ONES[char]
        else:
            return m.group(0)  # (፼, ten thousand: no length or size of an ad)
    return str(hundreds + total)


def native_numbers(text: str) -> str:
    """``text`` with the numbers written in a script's own digits in 0-9: "१५ सेकंड" -> "15 सेकंड",
    "፲፭ ሰከንድ" -> "15 ሰከንድ" (the readers of lengths and sizes read 0-9)."""
    if text.isascii():
        return text
    return _ETHIOPIC_RE.sub(_ethiopic, text.translate(_DIGITS))


# --- Serbian and Croatian (Latin letters) ----------------------------------------------------------

# Each row below is written once, with its diacritics ("pojačaj"); the Latin table reads each also
# without them ("pojacaj"), the Cyrillic one reads it letter for letter ("појачај"). English the rows
# read (what an earlier row wrote) is written ⟨…⟩, and neither.
_BIT = r"(?:malo|malko|malčice|mrvicu|trunku|pomalo|za\s+nijansu)"
_TEXT = r"(?:tekst(?:a|u|om|ovi|ove|ova)?|natpis(?:a|u|e|i|om)?)"
_MUSIC = (
    r"(?:(?:pozadinsk\w*\s+)?(?:muzik(?:a|e|i|u|om)|glazb(?:a|e|i|u|om))|zvuk(?:a|u|om)?"
    r"|jačin(?:a|u|e)\s+zvuka|pesm(?:a|u|e)|pjesm(?:a|u|e))"
)
_VOICE = r"(?:glas(?:a|u|om)?(?:\s+naratora)?|narator(?:a|u)?|naracij(?:a|u|e)|spiker(?:a|u)?|nara[ct]\w*)"
_SCENE = r"(?:scen(?:a|e|i|u|om)|kadar|kadr(?:a|u|om)|slajd(?:a|u|om)?)"
_AD = r"(?:reklam(?:a|e|i|u|om)|oglas(?:a|u|om)?|spot(?:a|u)?|video(?:a|u)?|snimak|snimk(?:a|u))"
_ENDS = r"(?:i|a|u|e|oj|om|og|oga|em|eg|ega|im)"


def _ended(*stems: str) -> str:
    """The stems with their endings: "poslednji", "poslednjoj" (each stem is written before its
    endings, so no stem is taken for a word a slip is read as: "uvodni" is no slip of "uvodn")."""
    return "(?:" + "|".join(f"{stem}{_ENDS}" for stem in stems) + ")"


_LAST = _ended("poslednj", "posljednj", "zadnj")
_FINAL = _ended("završn", "krajnj")
_FIRST = _ended("prv")
_OPENING = _ended("uvodn", "početn")
_AT_END = r"(?:na\s+(?:samom\s+)?kraju|na\s+završetku|(?:sa|s)\s+kraja|na\s+odjavi)"
_AT_START = r"(?:na\s+(?:samom\s+)?početku|(?:sa|s)\s+početka)"
_IN = r"(?:u|na|iz|sa|s)"
_ORDINALS = (
    (rf"drug{_ENDS}", "second"),
    (rf"treć{_ENDS}", "third"),
    (rf"četvrt{_ENDS}", "fourth"),
    (rf"pet{_ENDS}", "fifth"),
)
_TOP = r"(?:(?:skroz\s+|sasvim\s+)?gore|na\s+vrh(?:u)?|prema\s+gore|navrh)"
_BOTTOM = r"(?:(?:skroz\s+|sasvim\s+)?(?:dole|dolje)|na\s+dn(?:o|u)|prema\s+dol(?:j)?e)"
_CENTER = r"(?:(?:u|na)\s+(?:sredin(?:u|i)|centar|centru))"
_MOVE = (
    r"(?:stavi|postavi|pomeri|pomjeri|pomakni|premesti|premjesti|prebaci|podigni|digni|spusti|makni|namesti"
    r"|namjesti)(?:te)?"
)
_COLOURS = (
    (r"(?:bel|bijel)(?:i|a|o|u|e|om|oj|im|og|ima)?", "white"),
    (r"crn(?:i|a|o|u|e|om|oj|im|og|ima)?", "black"),
    (r"žut(?:i|a|o|u|e|om|oj|im|og|ima)?", "yellow"),
    (r"crven(?:i|a|o|u|e|om|oj|im|og|ima)?", "red"),
    (r"plav(?:i|a|o|u|e|om|oj|im|og|ima)?", "blue"),
    (r"zelen(?:i|a|o|u|e|om|oj|im|og|ima)?", "green"),
    (r"(?:narandžast|narančast)\w*", "orange"),
    (r"ljubičast\w*", "purple"),
    (r"roze|ružičast\w*", "pink"),
    (r"zlatn\w*", "gold"),
    (r"siv(?:i|a|o|u|e|om|oj|im|og|ima)?", "grey"),
)
_BRIGHT = r"(?:svetlij|svjetlij)\w*"

_SH_ROWS: tuple[tuple[str, str], ...] = (
    (r"molim\s+(?:te|vas)|molim|ako\s+(?:može|možeš|možete)|ljubazno", ""),
    # a verb asked for in the infinitive ("možeš li smanjiti muziku?"): its imperative
    # (or "da" and the present: "možeš li da smanjiš muziku")
    # (the Serbian a row writes is ⟦…⟧: the Cyrillic table writes it in its letters)
    (r"(?:da\s+)?(pojač|utiš|stiš|poveć|uveć|dod)(?:ati|aš|ate)", r"\1⟦aj⟧"),
    (
        r"(?:da\s+)?(smanj|umanj|skrat|produž|produlj|promen|promijen|izmen|izmijen|zamen|zamijen|uklon|stav"
        r"|postav|naprav|pomer|pomjer|premest|premjest|prebac|poništ|posvetl|posvijetl|potamn|zatamn|učin"
        r"|izbac)(?:iti|iš)",
        r"\1⟦i⟧",
    ),
    (r"(?:da\s+)?(?:o|iz)bri(?:sati|šeš|šete)", "⟦obriši⟧"),
    (r"(?:da\s+)?(po)?mak(?:nuti|neš|nete)", r"\1⟦makni⟧"),
    (r"(?:da\s+)?napi(?:sati|šeš|šete)", "⟦napiši⟧"),
    (r"(?:da\s+li\s+)?(?:možeš|možete|može)(?:\s+li)?", "can you"),
    (
        r"(?:hoću|hoćemo|želim|želimo|htio\s+bih|htjela\s+bih|hteo\s+bih|htela\s+bih|volio\s+bih|voljela\s+bih"
        r"|voleo\s+bih|volela\s+bih)\s+da",
        "i want",
    ),
    (r"(?:hvala|fala)(?:\s+(?:ti|vam|puno|lepo|lijepo|mnogo|najlepša|najljepša))*", "thanks"),
    # a whole message of yes or no (to a question the parser asked)
    (r"^\s*(?:da|može|važi|u\s+redu|ajde|dobro)(?=\s*[.!]*\s*$)", "yes"),
    (r"^\s*ne(?:\s+hvala)?(?=\s*[.!]*\s*$)", "no"),
    # complaints: "muzika je preglasna" (too loud), "tekst se ne vidi" (cannot be read)
    (r"(?:je\s+)?(?:preglasn\w*|prejak\w*|(?:previše|suviše|mnogo)\s+(?:glasn|jak)\w*)", "is too loud"),
    (
        r"(?:je\s+)?(?:pretih\w*|(?:previše|suviše)\s+tih\w*)|se\s+(?:jedva|ne)\s+čuje|(?:jedva|ne)\s+čuje\s+se",
        "is too quiet",
    ),
    (r"(?:je\s+)?(?:premal\w*|presit\w*|(?:previše|suviše)\s+(?:mal|sit)\w*)", "is too small"),
    (r"(?:je\s+)?(?:prevelik\w*|(?:previše|suviše)\s+velik\w*)", "is too big"),
    (r"(?:je\s+)?(?:predug\w*|(?:previše|suviše)\s+dug\w*)", "is too long"),
    (r"(?:je\s+)?(?:pretaman|pretamn\w*|(?:previše|suviše)\s+(?:taman|tamn\w*))", "is too dark"),
    (
        r"se\s+(?:jedva|ne|teško)\s+(?:vidi|čita)|(?:jedva|ne|teško)\s+(?:vidi|čita)\s+se|(?:je\s+)?nečitljiv\w*",
        "is hard to read",
    ),
    (r"koliko\s+(?:traje|je\s+(?:duga|dug|dugačka|dugačak))", "how long is"),
    (
        r"poništi(?:te)?(?:\s+(?:to|ovo|(?:poslednju|posljednju|zadnju)\s+(?:promenu|promjenu|izmenu|izmjenu)))?"
        r"|vrati(?:te)?\s+(?:to\s+)?(?:kako\s+je\s+bilo|na\s+staro|nazad|natrag)|vrati(?:te)?\s+to",
        "undo",
    ),
    (r"(?:iz)?renderuj(?:te)?|(?:iz)?renderiraj(?:te)?|izvezi(?:te)?|eksportuj(?:te)?", "render"),
    # a brief: "napravi mi reklamu od 20 sekundi za moju pekaru koja se zove …"
    (
        r"(?:napravi(?:te)?|treba\s+(?:mi|nam)|trebam|trebamo|hoću|želim|želimo)(?:\s+(?:mi|nam))?\s+(?:jednu\s+)?"
        r"(?:novu\s+)?(?:reklamu|oglas|spot|video)",
        "make me an ad",
    ),
    (r"od\s+(\d+)\s*sekund\w*", r"of \1 seconds"),
    (r"za\s+(?:moj|moju|moja|moje|naš|našu|naša|naše)(?=\s)", "for my"),
    (r"pekar(?:a|u|e|nicu|nica)|pekaru", "bakery"),
    (r"kafić(?:a|u)?|kafan(?:a|u|e)|kafeteri\w*", "cafe"),
    (r"cvećar\w*|cvjećar\w*", "flower shop"),
    (r"prodavnic(?:a|u|e)|trgovin(?:a|u|e)|radnj(?:a|u|e)|butik(?:a|u)?", "shop"),
    (r"restoran(?:a|u)?", "restaurant"),
    (r"frizersk\w*\s+salon(?:a|u)?|salon(?:a|u)?", "salon"),
    (r"teretan(?:a|u|e)", "gym"),
    (r"(?:koji|koja|koje)\s+se\s+zove|zove\s+se|pod\s+imenom|po\s+imenu", "called"),
    *((f"⟨{pattern}⟩", english) for pattern, english in _CALLED_ROWS),  # (English: not transliterated)
    (r"(?:veseo|vesel\w*|razigran\w*)", "cheerful"),
    (r"(?:miran|mirn(?:a|o|u|om))", "calm"),
    (r"(?:topao|topl(?:a|o|u|om))", "warm"),
    (r"energičn\w*|dinamičn\w*", "energetic"),
    (r"elegantn\w*|otmen\w*", "elegant"),
    (r"(?:atmosfer|raspoložen|ton)\w*", "mood"),
    (r"(?:i\s+)?(?:završi|završite)\s+(?:sa|s)", "end with"),
    # the parts of the ad: the first or the last scene's text first
    (
        rf"{_TEXT}\s+(?:{_AT_END}|{_IN}\s+(?:{_LAST}|{_FINAL})\s+{_SCENE})|(?:{_FINAL}|{_LAST})\s+{_TEXT}"
        rf"|{_TEXT}\s+(?:{_LAST}|{_FINAL})\s+{_SCENE}",
        "the text in the last scene",
    ),
    (
        rf"{_TEXT}\s+(?:{_AT_START}|{_IN}\s+(?:{_FIRST}|{_OPENING})\s+{_SCENE})|(?:{_OPENING}|{_FIRST})\s+{_TEXT}"
        rf"|{_TEXT}\s+(?:{_FIRST}|{_OPENING})\s+{_SCENE}",
        "the text in the first scene",
    ),
    *(
        (rf"{_TEXT}\s+(?:{_IN}\s+)?{stem}\s+{_SCENE}", f"the text in the {english} scene")
        for stem, english in _ORDINALS
    ),
    (rf"{_IN}\s+(?:{_LAST}|{_FINAL})\s+{_SCENE}", "in the last scene"),
    (rf"{_IN}\s+(?:{_FIRST}|{_OPENING})\s+{_SCENE}", "in the first scene"),
    (rf"(?:{_LAST}|{_FINAL})\s+{_SCENE}", "the last scene"),
    (rf"(?:{_FIRST}|{_OPENING})\s+{_SCENE}", "the first scene"),
    *((rf"{_IN}\s+{stem}\s+{_SCENE}", f"in the {english} scene") for stem, english in _ORDINALS),
    *((rf"{stem}\s+{_SCENE}", f"the {english} scene") for stem, english in _ORDINALS),
    (rf"{_SCENE}\s+(?:broj\s+)?(\d+)", r"scene \1"),
    (rf"(\d+)\.\s*{_SCENE}", r"scene \1"),
    (_AT_END, "in the last scene"),
    # the ordinals alone ("the second one"), each a row so no slip reads "druga" as "duga"
    (rf"{_LAST}|{_FINAL}", "last"),
    (rf"{_FIRST}|{_OPENING}", "first"),
    *((stem, english) for stem, english in _ORDINALS),
    (_AT_START, "in the first scene"),
    (rf"(?:ceo|cijeli|cio|sav)\s+{_TEXT}|sv(?:i|e)\s+tekstovi|sve\s+tekstove", "all the text"),
    (r"(?:boj(?:a|u|e)|boju)(?=\s+⟨the\s⟩)", "the colour of"),
    (rf"(?:boj(?:a|u|e)|boju)\s+{_TEXT}", "the colour of the text"),
    (r"(?:veličin(?:a|u|e))\s+(?:slova|fonta|teksta)|font(?:a|u|om)?|slova", "the font"),
    (_TEXT, "the text"),
    (rf"(?:isključi|ugasi|utišaj\s+skroz)(?:te)?\s+{_MUSIC}", "mute the music"),
    (_MUSIC, "the music"),
    (_VOICE, "the voiceover"),
    (r"pozadin(?:a|u|e|om)", "the background"),
    (r"logo(?:a|u|om)?|logotip(?:a|u|om)?", "the logo"),
    (r"slik(?:a|u|e|om)", "the picture"),
    (r"proizvod(?:a|u|om)?", "the product"),
    # (not the English "scene" an earlier row wrote: "the last scene", "scene 2")
    (
        r"(?<!⟨the⟩\s)(?<!⟨last⟩\s)(?<!⟨first⟩\s)(?<!⟨second⟩\s)(?<!⟨third⟩\s)(?<!⟨fourth⟩\s)(?<!⟨fifth⟩\s)"
        + _SCENE
        + r"(?!\s*\d)",
        "the scene",
    ),
    (_AD, "the ad"),
    (r"osim|sem|izuzev", "except"),
    (r"sv(?:e|i|a)|ceo|cijeli|cio", "all"),
    # "stavi tekst na kraju gore": put the closing text up, move it
    (rf"{_MOVE}\s+([^,.;!?]+?)\s+(?:{_TOP})", r"move \1 to the top"),
    (rf"{_MOVE}\s+([^,.;!?]+?)\s+(?:{_BOTTOM})", r"move \1 to the bottom"),
    (rf"{_MOVE}\s+([^,.;!?]+?)\s+(?:{_CENTER})", r"move \1 to the center"),
    (r"(?:na\s+)?(?:levo|lijevo|levu|lijevu\s+stranu)", "to the left"),
    (r"(?:na\s+)?(?:desno|desnu\s+stranu)", "to the right"),
    (_TOP, "at the top"),
    (_BOTTOM, "at the bottom"),
    (_CENTER, "in the center"),
    # "smanji"/"povećaj" (reduce, increase): the music's volume, the text's size, else as said
    (
        r"(?:smanji|spusti|stišaj|utišaj|priguši)(?:te)?(?=\s+(?:"
        + _BIT
        + r"\s+)?⟨the\s+(?:music|voiceover)⟩)",
        "turn down",
    ),
    (
        r"(?:povećaj|pojačaj|podigni|digni|odvrni)(?:te)?(?=\s+(?:"
        + _BIT
        + r"\s+)?⟨the\s+(?:music|voiceover)⟩)",
        "turn up",
    ),
    (r"(?:smanji|umanji)(?:te)?(?=\s+(?:" + _BIT + r"\s+)?⟨the\s+(?:text|font|product)⟩)", "shrink"),
    (r"(?:povećaj|uvećaj)(?:te)?(?=\s+(?:" + _BIT + r"\s+)?⟨the\s+(?:text|font|product)⟩)", "enlarge"),
    (r"pojačaj(?:te)?", "turn up"),
    (r"stišaj(?:te)?|utišaj(?:te)?|priguši(?:te)?", "turn down"),
    (r"smanji(?:te)?", "reduce"),
    (r"povećaj(?:te)?", "increase"),
    (r"skrati(?:te)?", "shorten"),
    (r"produži(?:te)?|produlji(?:te)?", "lengthen"),
    (r"uvećaj(?:te)?", "enlarge"),
    (r"umanji(?:te)?", "shrink"),
    (r"posvetli(?:te)?|posvijetli(?:te)?", "brighten"),
    (r"potamni(?:te)?|zatamni(?:te)?", "darken"),
    # "da bude" (so that it is), "neka X bude Y" (let X be Y): make X Y
    (r"neka\s+([^,.;!?]+?)\s+(?:bude|budu)", r"make \1"),
    (
        r"(?:neka|da)\s+(?:piše|stoji|glasi)|treba\s+da\s+(?:piše|glasi)|treba\s+(?:pisati|glasiti)",
        "should say",
    ),
    (r"(?:neka|da)\s+(?:bude|budu)", ""),
    (r"(?:treba|mora)\s+da\s+traje|neka\s+traje|da\s+traje", "should be"),
    (r"bude|budu", "to be"),
    (r"ne\s+(?:diraj|menjaj|mijenjaj|mjenjaj)(?:te)?", "don't change"),
    (r"ne(?=\s)", "don't"),
    (r"obriši(?:te)?|izbriši(?:te)?|ukloni(?:te)?|izbaci(?:te)?|makni(?:te)?|skloni(?:te)?", "remove"),
    (
        r"promeni(?:te)?|promijeni(?:te)?|izmeni(?:te)?|izmijeni(?:te)?|zameni(?:te)?|zamijeni(?:te)?",
        "change",
    ),
    (r"pomeri(?:te)?|pomjeri(?:te)?|pomakni(?:te)?|premesti(?:te)?|premjesti(?:te)?|prebaci(?:te)?", "move"),
    (r"napiši(?:te)?|upiši(?:te)?", "write"),
    (r"dodaj(?:te)?", "add"),
    (
        r"napravi(?:te)?|učini(?:te)?|stavi(?:te)?|postavi(?:te)?|daj(?:te)?|namesti(?:te)?|namjesti(?:te)?",
        "make",
    ),
    # "a bit", "a bit more", then the comparatives
    (rf"još\s+{_BIT}|^\s*{_BIT}\s+(?:više|jače)(?=\s*[.!]*\s*$)|još\s+jednom\s+toliko", "a bit more"),
    (_BIT, "a bit"),
    (r"mnogo|puno|znatno|dosta|duplo", "much"),
    (r"manje\s+glasn\w*|manje\s+jak\w*", "quieter"),
    (r"(?:više\s+)?glasnij\w*|glasnije|jače|jači|jača|jaču", "louder"),
    (r"tiš(?:e|a|i|u|im|om|eg)", "quieter"),
    (r"već(?:i|a|e|u|im|om|eg)|krupnij\w*|krupnije", "bigger"),
    (r"manj(?:i|a|e|u|im|om|eg)|sitnij\w*", "smaller"),
    (r"duž(?:i|a|e|u|im|om)|dulj(?:i|a|e|u|im|om)", "longer"),
    (r"krać(?:i|a|e|u|im|om)", "shorter"),
    (_BRIGHT + r"|svetlije|svjetlije", "brighter"),
    (r"tamnij\w*|tamnije", "darker"),
    (r"brž(?:i|a|e|u)|brže", "faster"),
    (r"sporij\w*|sporije", "slower"),
    (r"mirnij\w*|mirnije", "calmer"),
    (r"još|više", "more"),
    # lengths: "na 15 sekundi" (to), "za 2 sekunde" (by)
    (r"za\s+(?:jednu\s+)?sekundu", "by 1 second"),
    (r"za\s+(\d+(?:[.,]\d+)?)\s*(?:sekund\w*|sek)(?!\w)", r"by \1 seconds"),
    (r"na\s+(\d+(?:[.,]\d+)?)\s*(?:sekund\w*|sek)(?!\w)", r"to \1 seconds"),
    (r"(\d+(?:[.,]\d+)?)\s*(?:sekund\w*|sek)(?!\w)", r"\1 seconds"),
    (r"(?:jednu|jedna)\s+sekund(?:u|a)|sekund(?:u|a)", "1 second"),
    *((rf"(?:u\s+|na\s+)?{colour}(?:\s+boj(?:om|e|u))?", english) for colour, english in _COLOURS),
    (r"(?:u|na|sa|s)(?=\s*" + _QUOTE + r")", "to"),
    (r"i", "and"),
)
# (no English word: the leftovers are dropped from the English the rows wrote too)
_SH_LEFTOVERS = (
    r"u",
    r"na",
    r"mi",
    r"nam",
    r"se",
    r"ga",
    r"je",
    r"ovo",
    r"ovaj",
    r"ovu",
    r"tu",
    r"sad",
    r"sada",
)

# Words in both: the parts of the ad, the verbs, "a bit", the comparatives, the places.
_SH_MARKERS = (
    r"tekst(?:a|u|om|ovi|ove)?|natpis\w*",
    r"scen(?:i|u|om)|kadar|kadr(?:a|u|om)",  # (not "scene": English)
    r"reklam(?:a|e|i|u|om)|oglas(?:a|u)?",
    r"malo|malko|mrvicu|malčice",
    r"još",
    r"molim",
    r"hvala",
    r"napravi\w*|stavi(?:te)?|postavi(?:te)?|učini\w*",
    r"pojačaj\w*|utišaj\w*|stišaj\w*|smanji\w*|povećaj\w*|skrati\w*|produži\w*|obriši\w*|ukloni\w*|poništi\w*",
    r"već(?:i|a|e|u)|manj(?:i|a|u)|duž(?:i|a|e)|krać(?:i|a|e)|glasnij\w*|tiš(?:e|a|u)|tamnij\w*",
    # (a stem with its endings, not "\w*": a stem is no word to read a slip as, "uvodni" -> "uvodn")
    rf"na\s+kraju|na\s+početku|završn{_ENDS}|uvodn{_ENDS}",
    r"gore|na\s+vrh\w*|na\s+dn(?:o|u)",
    r"sekund(?:a|e|i|u)",
    r"crn(?:i|a|o|u|om)|žut\w*|crven\w*|plav(?:i|a|o|u|om)|zelen(?:i|a|o|u|om)",
    r"previše|suviše",
    r"pre(?:glasn|jak|tih|mal|sit|velik|dug|kratk|tamn)\w*",
    r"je\s+(?:pre\w+|previše|suviše|nečitljiv\w*)",
    r"se\s+(?:ne|jedva|teško)\s+(?:vidi|čuje|čita)|(?:ne|jedva)\s+(?:vidi|čuje|čita)\s+se",
    # (the object's "-u": "muziku", "glazbu", "reklamu", "scenu"; Turkish writes "müzik", "reklam")
    r"muziku|glazbu|pesmu|pjesmu|reklamu|scenu",
    r"zvuk(?:a|u)?",
    r"koliko",
    r"hoću|hoćemo|želim|želimo|možeš|možete",
    r"levo|lijevo|desno",
    r"slik(?:u|om)|posvetli\w*|posvijetli\w*|potamni\w*|zatamni\w*",
    r"traje|trajati",
    r"ne\s+(?:diraj|menjaj|mijenjaj|mjenjaj)(?:te)?",
    r"nazad|natrag|vrati(?:te)?|kako\s+je\s+bilo",
    r"(?:iz)?render(?:uj|iraj)\w*",
)


def _escape_size(pattern: str, i: int) -> int:
    """How many characters the escape at ``pattern[i]`` spans ("\\s" two, "\\ue000" six)."""
    return {"u": 6, "x": 4}.get(pattern[i + 1 : i + 2], 2)


def _latin(pattern: str) -> str:
    """A row's pattern as the Latin table reads it: each letter with a diacritic also without it."""
    out, in_class, i = [], False, 0
    plain = {"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj"}
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            size = _escape_size(pattern, i)
            out.append(pattern[i : i + size])
            i += size
            continue
        if char in "⟨⟩":
            i += 1
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        if char in plain:  # (a class, so the letters either side are no word of the table: "elim")
            out.append(
                char + plain[char] if in_class else f"[{char}{plain[char]}]" if char != "đ" else "(?:đ|dj)"
            )
        else:
            out.append(char)
        i += 1
    return "".join(out)


_TO_CYRILLIC = {
    "lj": "љ",
    "nj": "њ",
    "dž": "џ",
    "a": "а",
    "b": "б",
    "c": "ц",
    "č": "ч",
    "ć": "ћ",
    "d": "д",
    "đ": "ђ",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "i": "и",
    "j": "ј",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "r": "р",
    "s": "с",
    "š": "ш",
    "t": "т",
    "u": "у",
    "v": "в",
    "z": "з",
    "ž": "ж",
}


def _cyrillic(pattern: str) -> str:
    """A row's pattern in Serbian Cyrillic letters, letter for letter ("promeni" -> "промени"),
    its escapes (``\\s``, ``\\1``) and its English (⟨the music⟩) as written."""
    out, i, english = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            size = _escape_size(pattern, i)
            out.append(pattern[i : i + size])
            i += size
        elif char in "⟨⟩":
            english = char == "⟨"
            i += 1
        elif english:
            out.append(char)
            i += 1
        elif pattern[i : i + 2] in _TO_CYRILLIC:
            out.append(_TO_CYRILLIC[pattern[i : i + 2]])
            i += 2
        else:
            out.append(_TO_CYRILLIC.get(char, char))
            i += 1
    return "".join(out)


SERBIAN = Language(
    "sr",
    markers=tuple(
        _latin(m)
        for m in (
            *_SH_MARKERS,
            r"muzik(?:a|e|i|u|om)",
            r"promeni\w*|izmeni\w*|zameni\w*|pomeri\w*|premesti\w*",
            r"dole",
            r"bel(?:i|a|o|u|om)",
            rf"poslednj{_ENDS}",
        )
    ),
    rows=tuple((_latin(p), english.replace("⟦", "").replace("⟧", "")) for p, english in _SH_ROWS),
    leftovers=_SH_LEFTOVERS,
)

# (Bosnian is read here too: it writes "promijeni", "bijeli", "dolje" and "muzika" or "glazba")
CROATIAN = Language(
    "hr",
    markers=tuple(
        _latin(m)
        for m in (
            *_SH_MARKERS,
            r"glazb(?:a|e|i|u|om)",
            r"promijeni\w*|izmijeni\w*|zamijeni\w*|pomakni\w*|pomjeri\w*|premjesti\w*|makni\w*",
            r"dolje",
            r"bijel\w*",
            rf"posljednj{_ENDS}|svjetlij\w*",
            r"dulj(?:i|a|e)",
        )
    ),
    rows=SERBIAN.rows,
    leftovers=_SH_LEFTOVERS,
)

SERBIAN_CYRILLIC = Language(
    "sr-cyrl",
    markers=(
        *(
            _cyrillic(m)
            for m in (
                *_SH_MARKERS,
                r"promeni\w*|promijeni\w*|izmeni\w*|zameni\w*|pomeri\w*|pomjeri\w*|premesti\w*",
                r"dole|dolje",
                _ended("poslednj", "posljednj"),
            )
        ),
        # a letter Russian and Ukrainian have not (ђ, ј, љ, њ, ћ, џ)
        r"\w*[ђјљњћџ]\w*",
    ),
    rows=tuple(
        (_cyrillic(p), re.sub(r"⟦(.*?)⟧", lambda m: _cyrillic(m.group(1)), english))
        for p, english in _SH_ROWS
    ),
    leftovers=tuple(_cyrillic(w) for w in _SH_LEFTOVERS),
)

# --- Amharic (Ethiopic script, verb last) -----------------------------------------------------------

_AM_BIT = r"(?:ትንሽ|ጥቂት|ትንሹ)"
_AM_DO = r"(?:አድርግ|አድርጊ|አድርጉ|አድርገው|አድርጊው|አድርጉት|ያድርጉ(?:ት)?|አርግ|አርጊ|አርገው)"
_AM_CHANGE = r"(?:ቀይር|ቀይሪ|ቀይሩ|ቀይረው|ቀይሪው|ቀይሩት|ይቀይሩ(?:ት)?)"
_AM_UP = r"(?:ጨምር|ጨምሪ|ጨምሩ|ጨምረው|ጨምሪው|ጨምሩት|ይጨምሩ(?:ት)?)"
_AM_DOWN = r"(?:ቀንስ|ቀንሺ|ቀንሱ|ቀንሰው|ቀንሺው|ቀንሱት|ይቀንሱ(?:ት)?)"
_AM_SHORTEN = r"(?:አሳጥር|አሳጥሪ|አሳጥሩ|አሳጥረው|አሳጥሪው|አሳጥሩት|ያሳጥሩ(?:ት)?)"
_AM_LENGTHEN = r"(?:አስረዝም|አስረዝሚ|አስረዝሙ|አስረዝመው|አስረዝሚው|አስረዝሙት|ያስረዝሙ(?:ት)?)"
_AM_SHRINK = r"(?:አሳንስ|አሳንሺ|አሳንሱ|አሳንሰው|አሳንሺው|አሳንሱት|ያሳንሱ(?:ት)?)"
_AM_ENLARGE = r"(?:አሳድግ|አሳድጊ|አሳድጉ|አሳድገው|አሳድጊው|አሳድጉት|አስፋ|አስፊ|አስፉ|አስፋው|አተልቅ|አግዝፍ)"
_AM_MOVE = r"(?:አንቀሳቅስ|አንቀሳቅሺ|አንቀሳቅሱ|አንቀሳቅሰው|ውሰድ|ውሰጂ|ውሰዱ|ውሰደው|ውሰጂው|ውሰዱት|አውጣ|አውጪ|አውጡ|አውጣው)"
_AM_REMOVE = r"(?:አጥፋ|አጥፊ|አጥፉ|አጥፋው|አጥፊው|አጥፉት|ሰርዝ|ሰርዢ|ሰርዙ|ሰርዘው|አስወግድ|አስወግጂ|አስወግዱ|አስወግደው)"
_AM_TEXT = r"(?:(?:ጽ|ፅ)(?:ሑ|ሁ)(?:ፍ|ፉ|ፎ)\S*|ቴክስ\S*)"
_AM_SCENE = r"(?:ትዕይን\S*|ትእይን\S*|ሲን(?:ኑ|ኑን|ኖቹ|ኖቹን)?(?!\S))"
_AM_LAST = r"(?:(?:የ|በ)?መጨረሻ(?:ው|ዉ|ውን)?)"
_AM_FIRST = r"(?:(?:የ|በ)?መጀመሪያ(?:ው|ዉ|ውን)?)"
_AM_THAT_IS = r"(?:\s+ላይ)?(?:\s+(?:ያለው|ያለውን|ያለዉ|ያለዉን|ያለ))?"
_AM_COMPARATIVE = r"(?:የበለጠ\s+|ይበልጥ\s+)?"

AMHARIC = Language(
    "am",
    markers=(
        r"[\u1200-\u137f]+(?:\s+[\u1200-\u137f]+)*",
        r"ሙዚቃ\S*",
        _AM_TEXT,
        r"ማስታወቂያ\S*",
        _AM_BIT,
        _AM_DO,
        r"እባክ\S*",
        r"አመሰግናለሁ",
    ),
    rows=(
        # Ethiopic marks: "።" full stop, "፣" comma, "፧" question mark (written on the word)
        (r"(\S*)።", r"\1."),
        (r"(\S*)(?:፣|፥)", r"\1,"),
        (r"(\S*)፧", r"\1?"),
        (r"እባክ(?:ህ|ሽ|ዎ|ዎን|ችሁ|ካችሁ)|እባካችሁ", ""),
        (r"(?:በጣም\s+)?(?:አመሰግናለሁ|አመሰግናለው|እናመሰግናለን|እግዚአብሔር\s+ይስጥልኝ)", "thanks"),
        # complaints: "ሙዚቃው በጣም ይጮኻል" (the music shouts a lot), "ጽሑፉ በጣም ትንሽ ነው" (very small)
        (r"በጣም\s+(?:ይጮኻል|ይጮሃል|ይጮሀል|ጮክ\s+ብሏል|ከፍ\s+ያለ\s+ነው|ከፍ\s+ብሏል)", "is too loud"),
        (r"(?:በጣም\s+ዝቅ\s+ያለ\s+ነው|አይሰማም|በደንብ\s+አይሰማም)", "is too quiet"),
        (r"በጣም\s+(?:ትንሽ|ትንንሽ)\s+ነው", "is too small"),
        (r"በጣም\s+ትልቅ\s+ነው", "is too big"),
        (r"በጣም\s+ረጅም\s+ነው", "is too long"),
        (r"(?:በደንብ\s+)?(?:አይነበብም|አይታይም|አይነበብም)", "is hard to read"),
        (r"(?:ወደ\s+(?:ነበረበት|ቀድሞው|በፊቱ)\s+(?:መልስ|መልሺ|መልሱ|መልሰው))|ቀልብስ|ቀልብሺ|ቀልብሱ", "undo"),
        (r"ሬንደር(?:\s+" + _AM_DO + r")?", "render"),
        (r"(?:አንድ\s+)?(?:አዲስ\s+)?ማስታወቂያ\s+(?:ስራ(?:ልኝ)?|ሥራ(?:ልኝ)?|አዘጋጅ(?:ልኝ)?)", "make me an ad"),
        # the parts of the ad: the last or the first scene's text first
        (
            rf"{_AM_LAST}(?:\s+{_AM_SCENE})?{_AM_THAT_IS}\s+{_AM_TEXT}|{_AM_TEXT}\s+(?:በ)?መጨረሻ(?:ው|ዉ)?(?:\s+ላይ)?(?!\S)",
            "the text in the last scene",
        ),
        (
            rf"{_AM_FIRST}(?:\s+{_AM_SCENE})?{_AM_THAT_IS}\s+{_AM_TEXT}|{_AM_TEXT}\s+(?:በ)?መጀመሪያ(?:ው|ዉ)?(?:\s+ላይ)?(?!\S)",
            "the text in the first scene",
        ),
        (rf"{_AM_LAST}\s+{_AM_SCENE}", "the last scene"),
        (rf"{_AM_FIRST}\s+{_AM_SCENE}", "the first scene"),
        (rf"(?:የ|በ)?ሁለተኛ(?:ው|ዉ)?\s+{_AM_SCENE}", "the second scene"),
        (rf"(?:የ|በ)?ሦስተኛ(?:ው|ዉ)?\s+{_AM_SCENE}|(?:የ|በ)?ሶስተኛ(?:ው|ዉ)?\s+{_AM_SCENE}", "the third scene"),
        (r"(?:የ)?(?:ጀርባ\s+)?ሙዚቃ\S*(?:\s+ድም(?:ፅ|ጽ)\S*)?|የሙዚቃ(?:ው)?\s+ድም(?:ፅ|ጽ)\S*", "the music"),
        (r"(?:የ)?(?:ድም(?:ፅ|ጽ)\s+)?ትረካ\S*|ተራኪ\S*", "the voiceover"),
        (r"ድም(?:ፅ|ጽ)\S*", "the sound"),
        (r"የ?ቀለም\S*|ከለር\S*", "the colour"),
        (r"(?:የ)?ፊደ(?:ል|ሉ|ላት)\S*|ፎንት\S*", "the font"),
        (_AM_TEXT, "the text"),
        (_AM_SCENE, "the scene"),
        (r"ማስታወቂያ\S*|ቪዲዮ\S*", "the ad"),
        (r"(?:ጀርባ|ዳራ)\S*", "the background"),
        (r"(?:ትንሽ\s+)?(?:ተጨማሪ|ደግሞ|እንደገና)(?:\s+" + _AM_BIT + r")?(?=\s*(?:$|[,.;!?]))", "a bit more"),
        # "ወደ 12 ሰከንድ" (to 12 seconds), "በ2 ሰከንድ" (by 2 seconds)
        (r"ወደ\s+(\d+(?:\.\d+)?)\s*ሰከንድ\S*", r"to \1 seconds"),
        (r"በ\s*(\d+(?:\.\d+)?)\s*ሰከንድ\S*", r"by \1 seconds"),
        (r"በአንድ\s+ሰከንድ", "by 1 second"),
        (r"(\d+(?:\.\d+)?)\s*ሰከንድ\S*", r"\1 seconds"),
        (r"ወደ\s+ላይ|ከላይ|ላይኛው\S*", "to the top"),
        (r"ወደ\s+ታች|ከታች|ታችኛው\S*", "to the bottom"),
        (r"ወደ\s+(?:መሃል|መሀል|መካከል)|(?:መሃል|መሀል)\s+ላይ", "to the center"),
        # the adjectives a "make" follows ("ትልቅ አድርግ", make it big): comparatives
        (_AM_COMPARATIVE + r"ትልቅ(?=\s+" + _AM_DO + r")", "bigger"),
        (_AM_COMPARATIVE + r"(?:ትንሽ|ትንሹ)(?=\s+" + _AM_DO + r")", "smaller"),
        (_AM_COMPARATIVE + r"ረጅም(?=\s+" + _AM_DO + r")", "longer"),
        (_AM_COMPARATIVE + r"አጭር(?=\s+" + _AM_DO + r")", "shorter"),
        (_AM_COMPARATIVE + r"(?:ጸጥ|ፀጥ)(?:\s+ያለ)?(?=\s+" + _AM_DO + r")", "quieter"),
        (_AM_COMPARATIVE + r"ብሩህ(?=\s+" + _AM_DO + r")", "brighter"),
        (_AM_COMPARATIVE + r"(?:ጨለማ|ጠቆር\s+ያለ)(?=\s+" + _AM_DO + r")", "darker"),
        (_AM_COMPARATIVE + r"ፈጣን(?=\s+" + _AM_DO + r")", "faster"),
        (_AM_COMPARATIVE + r"ቀርፋፋ(?=\s+" + _AM_DO + r")", "slower"),
        (r"የበለጠ|ይበልጥ", "more"),
        (_AM_BIT, "a bit"),
        (r"ነጭ", "white"),
        (r"ጥቁር", "black"),
        (r"ቢጫ", "yellow"),
        (r"ቀይ", "red"),
        (r"ሰማያዊ", "blue"),
        (r"አረንጓዴ", "green"),
        (r"ብርቱካናማ|ብርቱካን", "orange"),
        (r"ሮዝ", "pink"),
        (r"ወርቃማ", "gold"),
        # "ከፍ"/"ዝቅ" (high, low) make: the music's volume
        (r"(the\s+(?:music|sound|voiceover)(?:\s+a\s+bit)?)\s+ከፍ\s+" + _AM_DO, r"turn up \1"),
        (r"(the\s+(?:music|sound|voiceover)(?:\s+a\s+bit)?)\s+ዝቅ\s+" + _AM_DO, r"turn down \1"),
        # "ጨምር"/"ቀንስ" (add, reduce): the music's volume, the text's size, a scene's length
        (r"(the\s+(?:music|sound|voiceover))((?:\s+a\s+bit)?)\s+" + _AM_UP, r"make \1\2 louder"),
        (r"(the\s+(?:music|sound|voiceover))((?:\s+a\s+bit)?)\s+" + _AM_DOWN, r"make \1\2 quieter"),
        (r"(the\s+(?:[\w ]+\s+)?(?:text|font))((?:\s+a\s+bit)?)\s+" + _AM_UP, r"make \1\2 bigger"),
        (r"(the\s+(?:[\w ]+\s+)?(?:text|font))((?:\s+a\s+bit)?)\s+" + _AM_DOWN, r"make \1\2 smaller"),
        (
            r"(the\s+(?:\w+\s+)?(?:scene|ad))\s+((?:by|to)\s+\d+(?:\.\d+)?\s+seconds?)\s+" + _AM_UP,
            r"lengthen \1 \2",
        ),
        (
            r"(the\s+(?:\w+\s+)?(?:scene|ad))\s+((?:by|to)\s+\d+(?:\.\d+)?\s+seconds?)\s+" + _AM_DOWN,
            r"shorten \1 \2",
        ),
        (r"(the\s+(?:\w+\s+)?(?:scene|ad))\s+(by\s+1\s+second)\s+" + _AM_UP, r"lengthen \1 \2"),
        (r"(the\s+(?:\w+\s+)?(?:scene|ad))\s+(by\s+1\s+second)\s+" + _AM_DOWN, r"shorten \1 \2"),
        # "X ወደ Q ቀይር", "X Q አድርግ": change X to Q
        (
            r"([^,.;!?:]+?)\s+(?:ወደ\s+)?("
            + _QUOTE
            + r")\s+(?:"
            + _AM_CHANGE[3:-1]
            + r"|"
            + _AM_DO[3:-1]
            + r"|ብለህ\s+ጻፍ|ብለሽ\s+ጻፊ|ብለው\s+ይጻፉ|ጻፍ|ጻፊ)",
            r"change \1 to \2",
        ),
        (r"([^,.;!?:]+?)\s+ወደ\s+([^,.;!?:]+?)\s+" + _AM_CHANGE, r"change \1 to \2"),
        (
            r"([^,.;!?]+?)\s+(to\s+the\s+(?:top|bottom|center))\s+(?:"
            + _AM_MOVE[3:-1]
            + r"|"
            + _AM_DO[3:-1]
            + r")",
            r"move \1 \2",
        ),
        (r"([^,.;!?]+?)\s+" + _AM_SHORTEN, r"shorten \1"),
        (r"([^,.;!?]+?)\s+" + _AM_LENGTHEN, r"lengthen \1"),
        (r"([^,.;!?]+?)\s+" + _AM_SHRINK, r"shrink \1"),
        (r"([^,.;!?]+?)\s+" + _AM_ENLARGE, r"enlarge \1"),
        (r"([^,.;!?]+?)\s+" + _AM_REMOVE, r"remove \1"),
        (r"([^,.;!?]+?)\s+" + _AM_DO, r"make \1"),
        (r"እና", "and"),
    ),
    leftovers=(r"ን", r"ነው", r"ላይ", r"ያለው", r"ያለውን", r"እስኪ", r"እስቲ", r"ደግሞ"),
    slips=False,
    own_script=True,
)

# --- Nepali (Devanagari, verb last; read before Hindi only with words of its own) ------------------

# (a vowel sign is no \w: "(?!\S)" ends a word, so "गर" is not read inside "गर्नुहोस्")
_NE_DO = (
    r"(?:गरिदिनुहोस्|गरिदिनुस्|गरिदेऊ|गरिदेउ|गर्नुहोस्|गर्नुस्|गर्नू|गर|बनाइदिनुहोस्|बनाइदिनुस्|बनाइदेऊ"
    r"|बनाउनुहोस्|बनाउनुस्|बनाऊ|बनाउ)(?!\S)"
)
_NE_UP = r"(?:बढाइदिनुहोस्|बढाइदिनुस्|बढाइदेऊ|बढाउनुहोस्|बढाउनुस्|बढाऊ|बढाउ)(?!\S)"
_NE_DOWN = r"(?:घटाइदिनुहोस्|घटाइदिनुस्|घटाइदेऊ|घटाउनुहोस्|घटाउनुस्|घटाऊ|घटाउ)(?!\S)"
_NE_MOVE = r"(?:सारिदिनुहोस्|सारिदिनुस्|सार्नुहोस्|सार्नुस्|सार|लैजानुहोस्|लैजानुस्|लैजाऊ|राख्नुहोस्|राख्नुस्|राख)(?!\S)"
_NE_REMOVE = r"(?:हटाइदिनुहोस्|हटाइदिनुस्|हटाउनुहोस्|हटाउनुस्|हटाऊ|हटाउ|मेटाउनुहोस्|मेटाउनुस्|मेटाउ)(?!\S)"
_NE_CHANGE = r"(?:बदलिदिनुहोस्|बदलिदिनुस्|बदल्नुहोस्|बदल्नुस्|बदल|परिवर्तन\s+(?:" + _NE_DO[3:-7] + r"))(?!\S)"
_NE_BIT = r"(?:अलिकति|अलिक|अलि|थोरै)(?!\S)"
_NE_TEXT = r"(?:टेक्स्ट|पाठ|लेखाइ|अक्षर)\S*"
_NE_SCENE = r"(?:दृश्य|सिन)\S*"
_NE_LAST = r"(?:अन्तिम|आखिरी|अन्त्य|अन्त)(?:को|मा(?:को)?)?(?:\s+(?:भएको|रहेको))?"
_NE_FIRST = r"(?:पहिलो|सुरु|शुरु|सुरुवात|सुरुआत)(?:को|मा(?:को)?)?(?:\s+(?:भएको|रहेको))?"
_NE_SECONDS = r"(?:सेकेन्ड|सेकेण्ड|सेकन्ड|सेकेंड)\S*"

NEPALI = Language(
    "ne",
    markers=(
        r"[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+)*",
        r"संगीत|सङ्गीत|म्युजिक",
        r"टेक्स्ट\S*|लेखाइ\S*",
        r"दृश्य\S*",
        r"(?:गर|गर्नुहोस्|गर्नुस्|गरिदिनुस्|गरिदिनुहोस्|बनाऊ|बनाउ|बनाउनुहोस्|बनाउनुस्)(?!\S)",
        r"(?:अलि|अलिकति|अलिक|थोरै|अझ|अझै)(?!\S)",
        r"(?:ठूलो|सानो|लामो|छोटो|चर्को|सेतो|कालो|पहेंलो|रातो|निलो|हरियो)(?!\S)",
        r"(?:बढाउ|बढाऊ|घटाउ|घटाऊ|हटाउ|बदल)\S*",
        r"\S+(?:लाई|को)(?!\S)",
        r"(?:छ|भयो)(?!\S)",
        r"(?:अनि|पनि)(?!\S)",
        r"कृपया",
    ),
    rows=(
        (r"कृपया", ""),
        (r"(?:धेरै\s+)?धन्यवाद", "thanks"),
        # complaints: "संगीत धेरै चर्को छ" (the music is very loud), "टेक्स्ट धेरै सानो छ"
        (r"(?:धेरै|एकदम|निकै)\s+चर्को\s+(?:छ|भयो)(?!\S)", "is too loud"),
        (r"(?:धेरै|एकदम|निकै)\s+(?:मधुरो|कम)\s+(?:छ|भयो)(?!\S)|सुनिँदैन|सुनिदैन", "is too quiet"),
        (r"(?:धेरै|एकदम|निकै)\s+सानो\s+(?:छ|भयो)(?!\S)", "is too small"),
        (r"(?:धेरै|एकदम|निकै)\s+ठूलो\s+(?:छ|भयो)(?!\S)", "is too big"),
        (r"(?:धेरै|एकदम|निकै)\s+लामो\s+(?:छ|भयो)(?!\S)", "is too long"),
        (r"पढ्न\s+(?:गाह्रो|कठिन)\s+(?:छ|भयो)(?!\S)|पढ्न\s+सकिँदैन|पढ्न\s+सकिदैन|देखिँदैन|देखिदैन", "is hard to read"),
        (r"(?:पहिलेजस्तै|पहिले\s+जस्तै|पुरानै|पूर्ववत्)\s+" + _NE_DO + r"|अनडु(?:\s+" + _NE_DO + r")?", "undo"),
        (r"रेन्डर(?:\s+" + _NE_DO + r")?", "render"),
        (r"(?:ब्याकग्राउन्ड\s+)?(?:संगीत|सङ्गीत|म्युजिक|म्यूजिक|गीत)\S*|आवाज\S*|भोल्युम\S*", "the music"),
        # the first or the last scene's text: "अन्तिम दृश्यको टेक्स्ट", "अन्त्यमा भएको टेक्स्ट"
        (rf"{_NE_LAST}(?:\s+{_NE_SCENE})?\s+{_NE_TEXT}", "the text in the last scene"),
        (rf"{_NE_FIRST}(?:\s+{_NE_SCENE})?\s+{_NE_TEXT}", "the text in the first scene"),
        (rf"(?:अन्तिम|आखिरी)\s+{_NE_SCENE}", "the last scene"),
        (rf"पहिलो\s+{_NE_SCENE}", "the first scene"),
        (rf"दोस्रो\s+{_NE_SCENE}", "the second scene"),
        (rf"तेस्रो\s+{_NE_SCENE}", "the third scene"),
        (r"(the\s+\w+\s+scene)\s+" + _NE_TEXT, r"the text in \1"),
        (_NE_TEXT, "the text"),
        (_NE_SCENE, "the scene"),
        (r"(?:विज्ञापन|एड|भिडियो)\S*", "the ad"),
        # "अझ अलि" (a bit more); "अझ ठूलो" (more big): bigger
        (r"(?:अझ|अझै)\s+" + _NE_BIT + r"|" + _NE_BIT + r"\s+(?:अझ|अझै|बढी)(?=\s*$)", "a bit more"),
        (r"(?:अझ|अझै)\s+(?=ठूलो|सानो|लामो|छोटो|चर्को|उज्यालो|अँध्यारो)", ""),
        (_NE_BIT, "a bit"),
        (r"(?:अझ|अझै)(?!\S)", "more"),
        # "कम" (less), "चर्को" (loud): the music's volume only after it ("टेक्स्ट कम" is less text)
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:कम|मधुरो|बिस्तारै|सानो)(?!\S)", r"\1quieter"),
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:चर्को|ठूलो|बढी)(?!\S)", r"\1louder"),
        (r"(the\s+music(?:\s+a\s+bit)?)\s+" + _NE_UP, r"make \1 louder"),
        (r"(the\s+music(?:\s+a\s+bit)?)\s+" + _NE_DOWN, r"make \1 quieter"),
        (r"(the\s+(?:[\w ]+\s+)?text(?:\s+a\s+bit)?)\s+" + _NE_UP, r"make \1 bigger"),
        (r"(the\s+(?:[\w ]+\s+)?text(?:\s+a\s+bit)?)\s+" + _NE_DOWN, r"make \1 smaller"),
        # a scene "छोटो"/"सानो" (short, small) is a shorter one
        (
            r"(?<!text in )(the\s+(?:\w+\s+)?scene\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:छोटो|सानो)(?!\S)",
            r"\1shorter",
        ),
        (r"(\d+(?:\.\d+)?)\s*" + _NE_SECONDS + r"\s+(?:ले\s+)?छोटो(?!\S)", r"shorter by \1 seconds"),
        (r"(\d+(?:\.\d+)?)\s*" + _NE_SECONDS + r"\s+(?:ले\s+)?लामो(?!\S)", r"longer by \1 seconds"),
        (r"ठूलो(?!\S)", "bigger"),
        (r"सानो(?!\S)", "smaller"),
        (r"लामो(?!\S)", "longer"),
        (r"छोटो(?!\S)", "shorter"),
        (r"उज्यालो(?!\S)", "brighter"),
        (r"(?:अँध्यारो|गाढा)(?!\S)", "darker"),
        (r"शान्त(?!\S)", "calm"),
        (r"माथि(?!\S)", "to the top"),
        (r"तल(?!\S)", "to the bottom"),
        (r"(?:बीचमा|बिचमा|मध्यमा)(?!\S)", "to the center"),
        (r"सेतो(?!\S)", "white"),
        (r"कालो(?!\S)", "black"),
        (r"(?:पहेंलो|पहेलो)(?!\S)", "yellow"),
        (r"रातो(?!\S)", "red"),
        (r"(?:निलो|नीलो)(?!\S)", "blue"),
        (r"हरियो(?!\S)", "green"),
        (r"गुलाबी(?!\S)", "pink"),
        (r"सुन्तला(?:\s+रङ)?(?!\S)", "orange"),
        (r"बैजनी(?!\S)", "purple"),
        (r"(\d+(?:\.\d+)?)\s*" + _NE_SECONDS, r"\1 seconds"),
        # "X लाई Q मा बदल", "X बदल: Q": change X to Q; "X हटाउ": remove X; "X माथि सार": move it
        (
            r"([^,.;!?:]+?)\s+(?:लाई\s+)?("
            + _QUOTE
            + r")\s*(?:मा\s+)?(?:"
            + _NE_CHANGE[3:-7]
            + r"|लेख\S*|"
            + _NE_DO[3:-7]
            + r")(?!\S)",
            r"change \1 to \2",
        ),
        (r"([^,.;!?:]+?)\s+(?:लाई\s+)?" + _NE_CHANGE + r"\s*:?\s*(" + _QUOTE + r")", r"change \1 to \2"),
        (
            r"([^,.;!?]+?)\s+(to\s+the\s+(?:top|bottom|center))\s+(?:"
            + _NE_MOVE[3:-7]
            + r"|"
            + _NE_DO[3:-7]
            + r")(?!\S)",
            r"move \1 \2",
        ),
        (r"([^,.;!?]+?)\s+(?:लाई\s+)?" + _NE_REMOVE, r"remove \1"),
        (r"([^,.;!?]+?)\s+(?:लाई\s+)?" + _NE_DO, r"make \1"),
        (r"(?:र|अनि|अनी|अनि\s+फेरि)(?!\S)", "and"),
    ),
    leftovers=(r"लाई", r"को", r"मा", r"छ", r"पनि"),
    slips=False,
    own_script=True,
)

SERBIAN_CROATIAN_AMHARIC_NEPALI: tuple[Language, ...] = (SERBIAN, CROATIAN, SERBIAN_CYRILLIC, AMHARIC, NEPALI)

__all__ = [
    "AMHARIC",
    "CROATIAN",
    "NEPALI",
    "SERBIAN",
    "SERBIAN_CROATIAN_AMHARIC_NEPALI",
    "SERBIAN_CYRILLIC",
    "native_numbers",
]
