"""The words of a request in Lithuanian, Latvian, Estonian, Icelandic, Slovenian, Georgian, Armenian,
Gujarati, Telugu, Khmer, Yoruba and Zulu, and the English reading of each: one vocabulary table per
language, laid out as :mod:`serbian_croatian_amharic_nepali`.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie). Each table holds the everyday edits: the music or the voice louder or quieter, the text
bigger, smaller, a colour, a place or quoted copy, the first or the last scene's text, a scene or
the whole ad longer, shorter or a length, "a bit" and "a bit more", undo, render and thanks. A word
left unread makes the parser ask rather than guess; quoted copy is never read.

The Baltic languages, Icelandic, Slovenian, Khmer and Zulu put the verb first as English does
("padaryk muziką truputį tylesnę", make the music a bit quieter): their rows read word for word.
Georgian, Armenian, Gujarati and Telugu put it last or in the middle ("სცენა … გააკეთე", the scene
… make): their rows write the verb as ⟪make⟫ and :data:`_VERB_FIRST` moves it to the start of its
clause ("⟪reduce⟫" after the music is quieter, after the text smaller). Gujarati, Telugu and Khmer
write vowel signs that are no word letters, so their rows end a word with "(?!\\S)"; Khmer writes
no spaces and is spaced apart by its words first (:attr:`Language.segment`). Yoruba is read with or
without its tone marks and dots (:func:`_yo`).
"""

from __future__ import annotations

import unicodedata

from adgen.agent.understanding.languages import Language

# A quoted copy, as the parser masks it (:mod:`quotes`).
_QUOTE = r"\ue000[\ue100-\ue1ff]"

# The verb a verb-last row wrote (⟪make⟫), put first in its clause: "the music a bit ⟪reduce⟫" ->
# "turn down the music a bit" ("reduce"/"increase" are the music's volume and the text's size).
_VERB_FIRST: tuple[tuple[str, str], ...] = (
    (r"(the\s+(?:music|voiceover)(?:\s+a\s+bit(?:\s+more)?)?)\s+⟪reduce⟫", r"make \1 quieter"),
    (r"(the\s+(?:music|voiceover)(?:\s+a\s+bit(?:\s+more)?)?)\s+⟪increase⟫", r"make \1 louder"),
    (r"(the\s+(?:[a-z ]+\s+)?text(?:\s+a\s+bit(?:\s+more)?)?)\s+⟪reduce⟫", r"make \1 smaller"),
    (r"(the\s+(?:[a-z ]+\s+)?text(?:\s+a\s+bit(?:\s+more)?)?)\s+⟪increase⟫", r"make \1 bigger"),
    (r"⟪(?:reduce|increase)⟫", "⟪change⟫"),  # (of neither: left to ask, "change the ad")
    (r"([^,.;!?⟪⟫]+?)\s+⟪([a-z ]+)⟫", r"\2 \1"),
    (r"⟪([a-z ]+)⟫", r"\1"),
)


# "increase"/"reduce" before the text (a row's English) is its size: "palielini tekstu" -> "enlarge the text"
_TEXT_NEXT = r"(?=\s+(?:a\s+bit\s+)?the\s+(?:[a-z]+\s+){0,4}?text)"
_SIZE: tuple[tuple[str, str], ...] = (("increase" + _TEXT_NEXT, "enlarge"), ("reduce" + _TEXT_NEXT, "shrink"))


def _table(rows: tuple[tuple[str, str], ...], verb_last: bool = False) -> tuple[tuple[str, str], ...]:
    """A language's rows, then (verb last) the rows that put its verbs first."""
    return (*rows, *_VERB_FIRST) if verb_last else (*rows, *_SIZE)


# --- Lithuanian ------------------------------------------------------------------------------------

_LT_BIT = r"(?:truputį|truputi|truputėlį|šiek\s+tiek|siek\s+tiek|kiek|nežymiai)"
_LT_TEXT = r"(?:tekst(?:as|ą|a|o|e|ai|us)|užraš(?:as|ą|o|e|ai|us))"
_LT_SCENE = r"(?:scen(?:a|ą|os|oje|ai)|kadr(?:as|ą|o|e))"
_LT_LAST = r"(?:paskutin(?:ė|ę|ės|ėje|is|į|io|iame|e))"
_LT_FIRST = r"(?:pirm(?:a|ą|os|oje|as|o|ame))"

LITHUANIAN = Language(
    "lt",
    markers=(
        r"atšauk(?:ite)?|anuliuok(?:ite)?|renderink(?:ite)?",
        r"padaryk(?:ite)?|pakeisk(?:ite)?|perkelk(?:ite)?|sumažink(?:ite)?|padidink(?:ite)?|sutrumpink(?:ite)?",
        r"muzik(?:ą|os|oje)|muzika",
        _LT_BIT,
        r"prašau|prasau|ačiū|aciu",
        r"tylesn\w*|tyliau|garsesn\w*|garsiau|didesn\w*|mažesn\w*|ilgesn\w*|trumpesn\w*|lėtesn\w*|greitesn\w*",
        _LT_SCENE,
        _LT_TEXT,
        r"reklam(?:ą|os|oje)",
        r"sekund(?:žių|es|ės|ei)",
        r"balt(?:ą|as|a)|juod(?:ą|as)|geltona\w*|raudon(?:ą|as)|mėlyn(?:ą|as)|žali(?:ą|as)",
    ),
    rows=_table(
        (
            (r"prašau|prasau|prašom", ""),
            (r"(?:labai\s+)?(?:ačiū|aciu|dėkui|dėkoju)", "thanks"),
            (r"atšauk(?:ite)?|anuliuok(?:ite)?|grąžink(?:ite)?\s+(?:kaip\s+buvo|atgal)", "undo"),
            (r"renderink(?:ite)?|sugeneruok(?:ite)?|eksportuok(?:ite)?", "render"),
            (
                rf"{_LT_TEXT}\s+(?:{_LT_LAST}\s+{_LT_SCENE}|{_LT_SCENE}\s+{_LT_LAST})|{_LT_LAST}\s+(?:{_LT_SCENE}\s+)?{_LT_TEXT}",
                "the text in the last scene",
            ),
            (
                rf"{_LT_TEXT}\s+(?:{_LT_FIRST}\s+{_LT_SCENE}|{_LT_SCENE}\s+{_LT_FIRST})|{_LT_FIRST}\s+(?:{_LT_SCENE}\s+)?{_LT_TEXT}",
                "the text in the first scene",
            ),
            (rf"{_LT_LAST}\s+{_LT_SCENE}", "the last scene"),
            (rf"{_LT_FIRST}\s+{_LT_SCENE}", "the first scene"),
            (r"(?:fono\s+)?muzik(?:a|ą|os|oje|ai)|dain(?:a|ą|os)", "the music"),
            (r"bals(?:as|ą|o|u)|diktori(?:us|ų|aus)|įgarsinim(?:as|ą|o)", "the voiceover"),
            (_LT_TEXT + r"|šrift(?:as|ą|o)", "the text"),
            (_LT_SCENE, "the scene"),
            (r"reklam(?:a|ą|os|oje)|vaizdo\s+įraš(?:as|ą|o)|video|klip(?:as|ą|o)", "the ad"),
            (rf"dar\s+{_LT_BIT}|{_LT_BIT}\s+daugiau", "a bit more"),
            (_LT_BIT, "a bit"),
            (r"tylesn(?:ę|ė|is|į|iu)|tyliau", "quieter"),
            (r"garsesn(?:ę|ė|is|į|iu)|garsiau", "louder"),
            (r"didesn(?:ę|ė|is|į|iu|iais)|didesnius", "bigger"),
            (r"mažesn(?:ę|ė|is|į|iu|iais)|mažesnius", "smaller"),
            (r"ilgesn(?:ę|ė|is|į|iu)", "longer"),
            (r"trumpesn(?:ę|ė|is|į|iu)", "shorter"),
            (r"lėtesn(?:ę|ė|is|į|iu)|lėčiau", "slower"),
            (r"greitesn(?:ę|ė|is|į|iu)|greičiau", "faster"),
            (r"šviesesn(?:ę|ė|is|į|iu)", "brighter"),
            (r"tamsesn(?:ę|ė|is|į|iu)", "darker"),
            (r"balt(?:ą|as|a|u|os|us)", "white"),
            (r"juod(?:ą|as|a|u|os|us)", "black"),
            (r"geltona(?:s)?|geltoną|geltonu", "yellow"),
            (r"raudon(?:ą|as|a|u|us)", "red"),
            (r"mėlyn(?:ą|as|a|u|us)", "blue"),
            (r"žali(?:ą|as|a|u)|žalias", "green"),
            (r"į\s+viršų|viršuje", "to the top"),
            (r"į\s+apačią|apačioje", "to the bottom"),
            (r"į\s+(?:centrą|vidurį)|centre|viduryje", "to the center"),
            (r"iki\s+(\d+(?:[.,]\d+)?)\s*sekund\w*", r"to \1 seconds"),
            (r"(\d+(?:[.,]\d+)?)\s*sekund\w*", r"\1 seconds"),
            (r"vien(?:a|ą)\s+sekund(?:e|ę)|sekunde", "1 second"),
            (r"padaryk(?:ite)?|padarykit", "make"),
            (r"pakeisk(?:ite)?|pakeiskit", "change"),
            (r"perkelk(?:ite)?|pastumk(?:ite)?", "move"),
            (r"sumažink(?:ite)?", "reduce"),
            (r"padidink(?:ite)?", "increase"),
            (r"patildyk(?:ite)?|pritildyk(?:ite)?", "turn down"),
            (r"pagarsink(?:ite)?", "turn up"),
            (r"sutrumpink(?:ite)?", "shorten"),
            (r"pailgink(?:ite)?|prailgink(?:ite)?", "lengthen"),
            (r"ištrink(?:ite)?|pašalink(?:ite)?", "remove"),
            (r"(?:į|i)(?=\s*" + _QUOTE + r")", "to"),
            (r"ir", "and"),
        )
    ),
    leftovers=(r"į", r"čia", r"tą", r"šį", r"šią", r"ją", r"jį"),
)

# --- Latvian -----------------------------------------------------------------------------------------

_LV_BIT = r"(?:mazliet|nedaudz|drusku|mazdrusciņ|drusciņ|nedaudzīt)"
_LV_TEXT = r"(?:tekst(?:s|u|a|ā|i|us)|uzrakst(?:s|u|a|ā|i))"
_LV_SCENE = r"(?:ain(?:a|u|as|ā)|kadr(?:s|u|a|ā)|scēn(?:a|u|as|ā))"
_LV_LAST = r"(?:pēdēj(?:ā|o|ās|ais|ajā|a))"
_LV_FIRST = r"(?:pirm(?:ā|o|ās|ais|ajā|a))"

LATVIAN = Language(
    "lv",
    markers=(
        r"atcel(?:iet)?|atsauc(?:iet)?|renderē(?:jiet)?",
        r"padari(?:et)?|uztaisi(?:et)?|nomaini(?:et)?|pārvieto(?:jiet)?|samazini(?:et)?|palielini(?:et)?",
        r"mūzik(?:a|u|as|ā)|muziku",
        _LV_BIT,
        r"lūdzu|ludzu|paldies",
        r"klusāk\w*|skaļāk\w*|lielāk\w*|mazāk\w*|garāk\w*|īsāk\w*|lēnāk\w*|ātrāk\w*",
        _LV_SCENE,
        r"tekstu|uzrakst\w*",
        r"reklām(?:a|u|as|ā)",
        r"sekund(?:es|ēm|ei)",
        r"balt(?:u|s|a)|meln(?:u|s)|dzelten(?:u|s)|sarkan(?:u|s)|zil(?:u|s)|zaļ(?:u|š)",
    ),
    rows=_table(
        (
            (r"lūdzu|ludzu", ""),
            (r"(?:liels\s+)?paldies", "thanks"),
            (r"atcel(?:iet)?|atsauc(?:iet)?|atgriez(?:iet)?\s+(?:kā\s+bija|atpakaļ)", "undo"),
            (r"renderē(?:jiet)?|eksportē(?:jiet)?", "render"),
            (
                rf"{_LV_TEXT}\s+{_LV_LAST}\s+{_LV_SCENE}|{_LV_LAST}\s+(?:{_LV_SCENE}\s+)?{_LV_TEXT}",
                "the text in the last scene",
            ),
            (
                rf"{_LV_TEXT}\s+{_LV_FIRST}\s+{_LV_SCENE}|{_LV_FIRST}\s+(?:{_LV_SCENE}\s+)?{_LV_TEXT}",
                "the text in the first scene",
            ),
            (rf"{_LV_LAST}\s+{_LV_SCENE}", "the last scene"),
            (rf"{_LV_FIRST}\s+{_LV_SCENE}", "the first scene"),
            (r"(?:fona\s+)?mūzik(?:a|u|as|ā|ai)|muzik(?:a|u|as)|dziesm(?:a|u|as)", "the music"),
            (r"bals(?:s|i|ij)|diktor(?:s|u|a)|ierunāšan\w*", "the voiceover"),
            (_LV_TEXT + r"|font(?:s|u|a)", "the text"),
            (_LV_SCENE, "the scene"),
            (r"reklām(?:a|u|as|ā)|video(?:klip\w*)?", "the ad"),
            (rf"vēl\s+{_LV_BIT}|{_LV_BIT}\s+vairāk", "a bit more"),
            (_LV_BIT, "a bit"),
            (r"klusāk(?:u|a|s|i)?", "quieter"),
            (r"skaļāk(?:u|a|s|i)?", "louder"),
            (r"lielāk(?:u|a|s|i|us)?", "bigger"),
            (r"mazāk(?:u|a|s|i|us)", "smaller"),
            (r"garāk(?:u|a|s|i)?", "longer"),
            (r"īsāk(?:u|a|s|i)?", "shorter"),
            (r"lēnāk(?:u|a|s|i)?", "slower"),
            (r"ātrāk(?:u|a|s|i)?", "faster"),
            (r"gaišāk(?:u|a|s|i)?", "brighter"),
            (r"tumšāk(?:u|a|s|i)?", "darker"),
            (r"balt(?:u|s|a|us|ā)", "white"),
            (r"meln(?:u|s|a|us|ā)", "black"),
            (r"dzelten(?:u|s|a|us|ā)", "yellow"),
            (r"sarkan(?:u|s|a|us|ā)", "red"),
            (r"zil(?:u|s|a|us|ā)", "blue"),
            (r"zaļ(?:u|š|a|us|ā)", "green"),
            (r"uz\s+augšu|augšā", "to the top"),
            (r"uz\s+leju|apakšā", "to the bottom"),
            (r"uz\s+(?:centru|vidu)|centrā|vidū", "to the center"),
            (r"(?:līdz|uz)\s+(\d+(?:[.,]\d+)?)\s*sekund\w*", r"to \1 seconds"),
            (r"(\d+(?:[.,]\d+)?)\s*sekund\w*", r"\1 seconds"),
            (r"padari(?:et)?|uztaisi(?:et)?", "make"),
            (r"nomaini(?:et)?|izmaini(?:et)?|maini(?:et)?", "change"),
            (r"pārvieto(?:jiet)?|pabīdi(?:et)?", "move"),
            (r"samazini(?:et)?", "reduce"),
            (r"palielini(?:et)?", "increase"),
            (r"saīsini(?:et)?", "shorten"),
            (r"pagarini(?:et)?", "lengthen"),
            (r"izdzēs(?:iet)?|noņem(?:iet)?", "remove"),
            (r"uz(?=\s*" + _QUOTE + r")", "to"),
            (r"un", "and"),
        )
    ),
    leftovers=(r"šo", r"šeit"),
)

# --- Estonian ----------------------------------------------------------------------------------------

_ET_BIT = r"(?:natuke(?:ne)?|veidi|pisut|pisut|natukese|kergelt)"
_ET_TEXT = r"(?:tekst(?:i|is|ist|ile)?|kiri|kirja)"
_ET_SCENE = r"(?:stseen(?:i|is|ist|ile)?|kaad(?:er|ri|ris))"
_ET_LAST = r"(?:viimase(?:s)?|viimane|viimasel)"
_ET_FIRST = r"(?:esimese(?:s)?|esimene|esimesel)"

ESTONIAN = Language(
    "et",
    markers=(
        r"tühista(?:ge)?|võta(?:ge)?\s+tagasi|renderda(?:ge)?",
        r"tee(?:ge)?",
        r"muusika\w*",
        _ET_BIT,
        r"palun|aitäh|aitah|tänan",
        r"\w+(?:maks)",
        _ET_SCENE,
        r"tekst|teksti",
        r"reklaam\w*",
        r"sekundi\w*",
        r"muuda(?:ke)?|liiguta(?:ge)?|tõsta(?:ke)?",
    ),
    rows=_table(
        (
            (r"palun", ""),
            (r"(?:suur\s+)?(?:aitäh|aitah|tänan|tänud)", "thanks"),
            (r"võta(?:ge)?\s+tagasi|tühista(?:ge)?|ennista(?:ge)?", "undo"),
            (r"renderda(?:ge)?|ekspordi(?:ge)?", "render"),
            (
                rf"{_ET_LAST}\s+(?:{_ET_SCENE}\s+)?{_ET_TEXT}|{_ET_TEXT}\s+{_ET_LAST}\s+{_ET_SCENE}",
                "the text in the last scene",
            ),
            (
                rf"{_ET_FIRST}\s+(?:{_ET_SCENE}\s+)?{_ET_TEXT}|{_ET_TEXT}\s+{_ET_FIRST}\s+{_ET_SCENE}",
                "the text in the first scene",
            ),
            (rf"{_ET_LAST}\s+{_ET_SCENE}", "the last scene"),
            (rf"{_ET_FIRST}\s+{_ET_SCENE}", "the first scene"),
            # "piletikaardi tekst", "piletite tekst": the text about the tickets
            (r"pileti\w*\s+" + _ET_TEXT, "the tickets text"),
            (r"(?:taust(?:a)?\s*)?muusika(?:t|st|le)?|laul(?:u)?", "the music"),
            (r"hää(?:l|lt|le)|diktor(?:i|it)?|pealelugemi\w*", "the voiceover"),
            (_ET_TEXT + r"|fondi?", "the text"),
            (_ET_SCENE, "the scene"),
            (r"reklaam(?:i|is)?|video(?:t|s)?|klipp(?:i)?", "the ad"),
            (rf"veel\s+{_ET_BIT}|{_ET_BIT}\s+veel|{_ET_BIT}\s+rohkem", "a bit more"),
            (_ET_BIT, "a bit"),
            (r"vaiksem(?:aks)?|vaiksemalt|tasem(?:aks)?", "quieter"),
            (r"valjem(?:aks)?|valjemalt|kõvem(?:aks)?|kõvemini", "louder"),
            (r"suurem(?:aks)?|suuremad", "bigger"),
            (r"väiksem(?:aks)?|väiksemad", "smaller"),
            (r"pikem(?:aks)?", "longer"),
            (r"lühem(?:aks)?", "shorter"),
            (r"aeglasem(?:aks)?|aeglasemalt", "slower"),
            (r"kiirem(?:aks)?|kiiremini", "faster"),
            (r"heledam(?:aks)?", "brighter"),
            (r"tumedam(?:aks)?", "darker"),
            (r"valge(?:ks)?", "white"),
            (r"must(?:aks)?", "black"),
            (r"kollase(?:ks)?|kollane", "yellow"),
            (r"punase(?:ks)?|punane", "red"),
            (r"sinise(?:ks)?|sinine", "blue"),
            (r"rohelise(?:ks)?|roheline", "green"),
            (r"üles|üleval", "to the top"),
            (r"alla|all", "to the bottom"),
            (r"keskele|keskel", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*sekundi(?:liseks|lise|ni|t)?", r"\1 seconds"),
            (r"tee(?:ge)?", "make"),
            (r"muuda(?:ke)?", "change"),
            (r"liiguta(?:ge)?|tõsta(?:ke)?", "move"),
            (r"vähenda(?:ge)?", "reduce"),
            (r"suurenda(?:ge)?", "increase"),
            (r"lühenda(?:ge)?", "shorten"),
            (r"pikenda(?:ge)?", "lengthen"),
            (r"kustuta(?:ge)?|eemalda(?:ge)?", "remove"),
            (r"see(?=\s)|seda", "it"),
            (r"ka", "too"),
            (r"ja", "and"),
        )
    ),
    leftovers=(r"nüüd", r"siin"),
)

# --- Icelandic ---------------------------------------------------------------------------------------

_IS_BIT = r"(?:aðeins|smá|örlítið|svolítið|pínu|ögn)"
_IS_TEXT = r"(?:text(?:a|i|ann|inn|anum|ans))"
_IS_SCENE = r"(?:atrið(?:i|inu|ið|isins)|sen(?:a|u|unni|an))"
_IS_LAST = r"(?:síðast(?:a|i|u))"
_IS_FIRST = r"(?:fyrst(?:a|i|u))"

ICELANDIC = Language(
    "is",
    markers=(
        r"afturkalla(?:ðu)?|hættu\s+við",
        r"gerðu|gerið|breyttu|breytið|færðu|færið|hækkaðu|lækkaðu|stækkaðu|minnkaðu|styttu|lengdu",
        r"tónlist\w*",
        _IS_BIT,
        r"takk|vinsamlegast",
        r"stærri|minni|lengri|styttri|hljóðlátari|háværari|hægari|hraðari",
        _IS_SCENE,
        r"textann|textinn|textanum",
        r"auglýsing\w*",
        r"sekúnd\w*",
        r"hvít\w*|svart\w*|gul(?:an|t|ur)|rauð\w*|blá(?:an|tt|r)|græn\w*",
    ),
    rows=_table(
        (
            (r"vinsamlegast|(?:viltu|gætirðu)(?:\s+vinsamlegast)?", ""),
            (r"(?:kærar\s+)?(?:takk|þakka\s+þér)(?:\s+fyrir)?", "thanks"),
            (r"afturkalla(?:ðu)?|hættu\s+við(?:\s+þetta)?|settu\s+(?:þetta\s+)?til\s+baka", "undo"),
            (r"birtu|fluttu\s+út|rendera(?:ðu)?", "render"),
            (
                rf"{_IS_TEXT}\s+(?:í\s+)?{_IS_LAST}\s+{_IS_SCENE}|{_IS_LAST}\s+{_IS_TEXT}",
                "the text in the last scene",
            ),
            (
                rf"{_IS_TEXT}\s+(?:í\s+)?{_IS_FIRST}\s+{_IS_SCENE}|{_IS_FIRST}\s+{_IS_TEXT}",
                "the text in the first scene",
            ),
            (rf"(?:í\s+)?{_IS_LAST}\s+{_IS_SCENE}", "the last scene"),
            (rf"(?:í\s+)?{_IS_FIRST}\s+{_IS_SCENE}", "the first scene"),
            (r"(?:bakgrunns)?tónlist(?:in|ina|inni|arinnar)?|lag(?:ið|inu)", "the music"),
            (r"rödd(?:in|ina|inni)?|þul(?:ur|urinn|inn)", "the voiceover"),
            (_IS_TEXT + r"|letr(?:ið|inu)", "the text"),
            (_IS_SCENE, "the scene"),
            (r"auglýsing(?:in|una|unni)?|myndband(?:ið|inu)?", "the ad"),
            (rf"{_IS_BIT}\s+meira|enn\s+{_IS_BIT}", "a bit more"),
            (_IS_BIT, "a bit"),
            (r"hljóðlátari|lægri|rólegri", "quieter"),
            (r"háværari|hærri", "louder"),
            (r"stærri", "bigger"),
            (r"minni", "smaller"),
            (r"lengri", "longer"),
            (r"styttri", "shorter"),
            (r"hægari", "slower"),
            (r"hraðari", "faster"),
            (r"bjartari", "brighter"),
            (r"dekkri", "darker"),
            (r"hvít(?:an|t|ur|a|ur)?", "white"),
            (r"svart(?:an|ur|a)?", "black"),
            (r"gul(?:an|t|ur|a)", "yellow"),
            (r"rauð(?:an|ur|a)?|rautt", "red"),
            (r"blá(?:an|tt|r|a)", "blue"),
            (r"græn(?:an|t|n|a)", "green"),
            (r"efst|upp", "to the top"),
            (r"neðst|niður", "to the bottom"),
            (r"í\s+miðjuna|í\s+miðju", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*sekúnd\w*", r"\1 seconds"),
            (r"gerðu|gerið", "make"),
            (r"breyttu|breytið", "change"),
            (r"færðu|færið", "move"),
            (r"hækkaðu(?:\s+í)?", "turn up"),
            (r"lækkaðu(?:\s+í)?", "turn down"),
            (r"stækkaðu", "enlarge"),
            (r"minnkaðu", "shrink"),
            (r"styttu", "shorten"),
            (r"lengdu", "lengthen"),
            (r"eyddu|fjarlægðu", "remove"),
            (r"(?:í)(?=\s*" + _QUOTE + r")", "to"),
            (r"og", "and"),
        )
    ),
    leftovers=(r"í", r"það", r"þetta"),
)

# --- Slovenian (apart from Croatian by its own words: "naj bo", "še", "prosim", "glasba") -------------

_SL_BIT = r"(?:malo|malce|nekoliko|rahlo|za\s+malenkost)"
_SL_TEXT = r"(?:besedil(?:o|a|u|om)|napis(?:a|u|om)?|tekst(?:a|u|om)?)"
_SL_SCENE = r"(?:prizor(?:a|u|om)?|scen(?:a|o|i)|kader|kadr(?:a|u))"
_SL_LAST = r"(?:zadnj(?:i|a|e|em|ega|o))"
_SL_FIRST = r"(?:prv(?:i|a|e|em|ega|o))"

SLOVENIAN = Language(
    "sl",
    markers=(
        r"naj\s+bo(?:do)?",
        r"še",
        r"prosim|hvala",
        r"glasb(?:a|o|e|i)",
        r"besedil\w*",
        r"prizor\w*",
        r"počasnejš\w*|počasneje|hitrejš\w*|hitreje|tišj\w*|glasnejš\w*|glasneje|večj(?:i|o|e|a)|manjš(?:i|o|e|a)"
        r"|daljš\w*|krajš\w*",
        r"naredi(?:te)?|spremeni(?:te)?|premakni(?:te)?|zmanjšaj(?:te)?|povečaj(?:te)?|skrajšaj(?:te)?"
        r"|podaljšaj(?:te)?|razveljavi(?:te)?",
        r"oglas(?:a|u)?|sekund(?:e|o)?",
        r"bel(?:o|a)|črn(?:o|a)|rumen(?:o|a)|rdeč(?:e|o|a)|modr(?:o|a)|zelen(?:o|a)",
    ),
    rows=_table(
        (
            (r"in", "and"),  # (first: the rows write English "in")
            (r"prosim|lepo\s+prosim", ""),
            (r"(?:najlepša\s+)?hvala(?:\s+lepa)?", "thanks"),
            (r"razveljavi(?:te)?|prekliči(?:te)?|vrni(?:te)?\s+(?:nazaj|kot\s+je\s+bilo)", "undo"),
            (r"izvozi(?:te)?|renderiraj(?:te)?|zrenderiraj(?:te)?", "render"),
            (
                rf"{_SL_TEXT}\s+(?:v|na|iz)\s+{_SL_LAST}\s+{_SL_SCENE}|{_SL_LAST}\s+{_SL_TEXT}|{_SL_TEXT}\s+na\s+koncu",
                "the text in the last scene",
            ),
            (
                rf"{_SL_TEXT}\s+(?:v|na|iz)\s+{_SL_FIRST}\s+{_SL_SCENE}|{_SL_FIRST}\s+{_SL_TEXT}|{_SL_TEXT}\s+na\s+začetku",
                "the text in the first scene",
            ),
            (rf"(?:v|na)\s+{_SL_LAST}\s+{_SL_SCENE}", "in the last scene"),
            (rf"(?:v|na)\s+{_SL_FIRST}\s+{_SL_SCENE}", "in the first scene"),
            (rf"{_SL_LAST}\s+{_SL_SCENE}", "the last scene"),
            (rf"{_SL_FIRST}\s+{_SL_SCENE}", "the first scene"),
            (r"(?:glasnost\s+)?(?:glasb(?:a|o|e|i)|pesem|pesm(?:i|o))|zvok", "the music"),
            (r"glas(?:u|om)?|pripovedovalc?\w*|napovedovalc?\w*|govor(?:ec|ca)?", "the voiceover"),
            (_SL_TEXT + r"|pisav(?:a|o)", "the text"),
            (_SL_SCENE, "the scene"),
            (r"oglas(?:a|u)?|reklam(?:a|o|e)|video(?:posnet\w*)?", "the ad"),
            # "naj bo X Y" (let X be Y): make X Y
            (r"naj\s+(?:bo|bodo)", "make"),
            (rf"še\s+{_SL_BIT}|{_SL_BIT}\s+bolj(?=\s*[.,!]*\s*$)|še\s+(?:enkrat\s+)?toliko", "a bit more"),
            (_SL_BIT, "a bit"),
            (r"tišj(?:i|a|e|o)|tiše", "quieter"),
            (r"glasnejš(?:i|a|e|o)|glasneje", "louder"),
            (r"večj(?:i|a|e|o)", "bigger"),
            (r"manjš(?:i|a|e|o)", "smaller"),
            (r"daljš(?:i|a|e|o)", "longer"),
            (r"krajš(?:i|a|e|o)", "shorter"),
            (r"počasnejš(?:i|a|e|o)|počasneje", "slower"),
            (r"hitrejš(?:i|a|e|o)|hitreje", "faster"),
            (r"svetlejš(?:i|a|e|o)", "brighter"),
            (r"temnejš(?:i|a|e|o)", "darker"),
            (r"(?:v\s+|na\s+)?bel(?:o|a|e|i)?", "white"),
            (r"(?:v\s+|na\s+)?črn(?:o|a|e|i)?", "black"),
            (r"(?:v\s+|na\s+)?rumen(?:o|a|e|i)?", "yellow"),
            (r"(?:v\s+|na\s+)?rdeč(?:o|a|e|i)?", "red"),
            (r"(?:v\s+|na\s+)?(?:moder|modr(?:o|a|e|i))", "blue"),
            (r"(?:v\s+|na\s+)?zelen(?:o|a|e|i)?", "green"),
            (r"na\s+vrh|gor", "to the top"),
            (r"na\s+dno|dol", "to the bottom"),
            (r"na\s+sredino|v\s+sredino|na\s+sredini", "to the center"),
            (r"na\s+(\d+(?:[.,]\d+)?)\s*sekund\w*", r"to \1 seconds"),
            (r"za\s+(\d+(?:[.,]\d+)?)\s*sekund\w*", r"by \1 seconds"),
            (r"(\d+(?:[.,]\d+)?)\s*sekund\w*", r"\1 seconds"),
            (r"naredi(?:te)?|daj(?:te)?", "make"),
            (r"spremeni(?:te)?|zamenjaj(?:te)?", "change"),
            (r"premakni(?:te)?|prestavi(?:te)?", "move"),
            (r"zmanjšaj(?:te)?", "reduce"),
            (r"povečaj(?:te)?", "increase"),
            (r"utišaj(?:te)?|stišaj(?:te)?", "turn down"),
            (r"pojačaj(?:te)?|ojačaj(?:te)?", "turn up"),
            (r"skrajšaj(?:te)?", "shorten"),
            (r"podaljšaj(?:te)?", "lengthen"),
            (r"izbriši(?:te)?|odstrani(?:te)?", "remove"),
            (r"(?:v|na)(?=\s*" + _QUOTE + r")", "to"),
        )
    ),
    leftovers=(r"bo", r"ta", r"tu", r"zdaj", r"je"),
)

# --- Georgian (verb last) ----------------------------------------------------------------------------

_KA_TEXT = r"(?:ტექსტ\w*|წარწერ\w*)"
_KA_SCENE = r"(?:სცენ\w*|კადრ\w*)"
_KA_DO = r"(?:გააკეთე(?:თ)?|გახადე(?:თ)?|გამიკეთე(?:თ)?|მიეცი)"

GEORGIAN = Language(
    "ka",
    markers=(r"[\u10a0-\u10ff]+(?:\s+[\u10a0-\u10ff]+)*", r"მუსიკ\w*", _KA_TEXT, _KA_DO, r"ცოტა|ოდნავ"),
    rows=_table(
        (
            (r"გთხოვთ|გთხოვ|გეთაყვა|თუ\s+შეიძლება", ""),
            (r"(?:დიდი\s+)?მადლობა", "thanks"),
            (r"(?:ბოლო\s+ცვლილება\s+)?გააუქმე(?:თ)?|უკან\s+დააბრუნე(?:თ)?", "undo"),
            (r"დაარენდერე(?:თ)?|დარენდერე(?:თ)?|რენდერი\s+" + _KA_DO, "render"),
            (r"კიდევ\s+(?:ცოტა|ოდნავ)|(?:ცოტა|ოდნავ)\s+კიდევ", "a bit more"),
            (r"ცოტა|ოდნავ|ცოტათი", "a bit"),
            (rf"ბოლო\s+(?:{_KA_SCENE}\s+)?{_KA_TEXT}", "the text in the last scene"),
            (rf"პირველ(?:ი)?\s+(?:{_KA_SCENE}\s+)?{_KA_TEXT}", "the text in the first scene"),
            (rf"ბოლო\s+{_KA_SCENE}", "the last scene"),
            (rf"პირველ(?:ი)?\s+{_KA_SCENE}", "the first scene"),
            (r"(?:ფონური\s+)?მუსიკ\w*(?:\s+ხმ\w*)?|მელოდი\w*", "the music"),
            (r"(?:დიქტორ\w*|გახმოვანებ\w*)(?:\s+ხმ\w*)?", "the voiceover"),
            (_KA_TEXT + r"|შრიფტ\w*", "the text"),
            (_KA_SCENE, "the scene"),
            (r"რეკლამ\w*|ვიდეო\w*", "the ad"),
            (r"(?:უფრო\s+)?ხმამაღლ\w*|უფრო\s+ხმამაღალ\w*", "louder"),
            (r"(?:უფრო\s+)?ჩუმ\w*", "quieter"),
            (r"(?:უფრო\s+)?დიდ(?:ი|ად)", "bigger"),
            (r"(?:უფრო\s+)?პატარ(?:ა|ად)", "smaller"),
            (r"(?:უფრო\s+)?გრძელ(?:ი|ად)", "longer"),
            (r"(?:უფრო\s+)?მოკლე(?:დ)?", "shorter"),
            (r"(?:უფრო\s+)?ნელ(?:ი|ა)", "slower"),
            (r"(?:უფრო\s+)?სწრაფ(?:ი|ად)|უფრო\s+ჩქარ\w*", "faster"),
            (r"(?:უფრო\s+)?ნათელ\w*", "brighter"),
            (r"(?:უფრო\s+)?მუქ\w*", "darker"),
            (r"თეთრ\w*", "white"),
            (r"შავ(?:ი|ად)", "black"),
            (r"ყვითელ\w*", "yellow"),
            (r"წითელ\w*", "red"),
            (r"ლურჯ\w*", "blue"),
            (r"მწვანე\w*", "green"),
            (r"ზემოთ|ზევით", "to the top"),
            (r"ქვემოთ|ქვევით", "to the bottom"),
            (r"ცენტრში|შუაში", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*წამ\w*", r"\1 seconds"),
            (r"(" + _QUOTE + r")(?:-?ით|-?ად)?", r"to \1"),
            (r"(?:the\s+music\s+)?ხმ(?:ა|ას|ის)(?=\s+(?:a\s+bit\s+)?(?:აუწიე|დაუწიე))", "the music"),
            (r"აუწიე(?:თ)?|მოუმატე(?:თ)?", "⟪increase⟫"),
            (r"დაუწიე(?:თ)?|შეამცირე(?:თ)?|დაუკელი", "⟪reduce⟫"),
            (r"გაზარდე(?:თ)?|გაადიდე(?:თ)?", "⟪increase⟫"),
            (r"შეამოკლე(?:თ)?", "⟪shorten⟫"),
            (r"გააგრძელე(?:თ)?|გაახანგრძლივე(?:თ)?", "⟪lengthen⟫"),
            (r"შეცვალე(?:თ)?|გამოცვალე(?:თ)?", "⟪change⟫"),
            (r"გადაიტანე(?:თ)?|გადააადგილე(?:თ)?", "⟪move⟫"),
            (r"წაშალე(?:თ)?|მოაშორე(?:თ)?", "⟪remove⟫"),
            (_KA_DO, "⟪make⟫"),
            (r"და", "and"),
        ),
        verb_last=True,
    ),
    leftovers=(r"ეს", r"ის", r"უფრო"),
    slips=False,
    own_script=True,
)

# --- Armenian (verb in the middle or last) -----------------------------------------------------------

_HY_TEXT = r"(?:տեքստ\w*|գրություն\w*)"
_HY_SCENE = r"(?:տեսարան\w*|կադր\w*)"

ARMENIAN = Language(
    "hy",
    markers=(r"[\u0530-\u058f]+(?:\s+[\u0530-\u058f]+)*", _HY_TEXT, _HY_SCENE, r"երաժշտ\w*", r"դարձր\w*"),
    rows=_table(
        (
            (r"խնդրում\s+եմ|խնդրեմ", ""),
            (r"(?:շատ\s+)?շնորհակալ(?:ություն|\s+եմ)|մերսի", "thanks"),
            (r"չեղարկ(?:իր|եք)|հետ\s+(?:արա|արեք|բեր|բերեք)", "undo"),
            (r"ռենդեր(?:\s+(?:արա|արեք))?|արտահանիր", "render"),
            (r"(?:մի\s+քիչ\s+(?:էլ|ևս)|էլի\s+մի\s+քիչ|ևս\s+մի\s+քիչ)", "a bit more"),
            (r"մի\s+(?:քիչ|փոքր)|փոքր-ինչ|մի\s+քիչ|թեթևակի", "a bit"),
            (rf"վերջին\s+(?:{_HY_SCENE}\s+)?{_HY_TEXT}", "the text in the last scene"),
            (rf"առաջին\s+(?:{_HY_SCENE}\s+)?{_HY_TEXT}", "the text in the first scene"),
            (rf"վերջին\s+{_HY_SCENE}", "the last scene"),
            (rf"առաջին\s+{_HY_SCENE}", "the first scene"),
            (rf"երկրորդ\s+{_HY_SCENE}", "the second scene"),
            (r"(?:ֆոնային\s+)?երաժշտ\w*|մեղեդի\w*", "the music"),
            (r"(?:հաղորդավար\w*|դիկտոր\w*)(?:\s+ձայն\w*)?", "the voiceover"),
            (_HY_TEXT + r"|տառեր\w*", "the text"),
            (_HY_SCENE, "the scene"),
            (r"գովազդ\w*|տեսանյութ\w*|վիդեո\w*", "the ad"),
            (r"(?:ավելի\s+)?բարձր(?!\w)", "louder"),
            (r"ավելի\s+(?:ցածր|կամաց|հանգիստ)|կամաց", "quieter"),
            (r"(?:ավելի\s+)?մեծ(?!\w)", "bigger"),
            (r"ավելի\s+փոքր", "smaller"),
            (r"(?:ավելի\s+)?երկար(?!\w)", "longer"),
            (r"(?:ավելի\s+)?կարճ(?!\w)", "shorter"),
            (r"(?:ավելի\s+)?դանդաղ(?!\w)", "slower"),
            (r"(?:ավելի\s+)?արագ(?!\w)", "faster"),
            (r"սպիտակ\w*", "white"),
            (r"սև(?!\w)|սեւ(?!\w)", "black"),
            (r"դեղին\w*", "yellow"),
            (r"կարմիր\w*", "red"),
            (r"կապույտ\w*", "blue"),
            (r"կանաչ\w*", "green"),
            (r"վերև(?:ում)?|վերեւ(?:ում)?", "to the top"),
            (r"ներքև(?:ում)?|ներքեւ(?:ում)?", "to the bottom"),
            (r"կենտրոն(?:ում)?|մեջտեղ(?:ում)?", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*վայրկյան\w*", r"\1 seconds"),
            (r"բարձրացր(?:ու|եք)|ուժեղացր(?:ու|եք)", "⟪increase⟫"),
            (r"իջեցր(?:ու|եք)|նվազեցր(?:ու|եք)|պակասեցր(?:ու|եք)", "⟪reduce⟫"),
            (r"մեծացր(?:ու|եք)", "⟪increase⟫"),
            (r"փոքրացր(?:ու|եք)", "⟪reduce⟫"),
            (r"կրճատ(?:իր|եք)|կարճացր(?:ու|եք)", "⟪shorten⟫"),
            (r"երկարացր(?:ու|եք)", "⟪lengthen⟫"),
            (r"փոխ(?:իր|եք)", "⟪change⟫"),
            (r"տեղափոխ(?:իր|եք)", "⟪move⟫"),
            (r"ջնջ(?:իր|եք)|հեռացր(?:ու|եք)", "⟪remove⟫"),
            (r"դարձր(?:ու|եք)|արա|արեք", "⟪make⟫"),
            (r"և|ու|եւ", "and"),
        ),
        verb_last=True,
    ),
    leftovers=(r"էլ", r"այն", r"այս"),
    slips=False,
    own_script=True,
)

# --- Gujarati (verb last; vowel signs are no word letters) -------------------------------------------

_GU_END = r"(?!\S)"
_GU_TEXT = r"(?:લખાણ|ટેક્સ્ટ|અક્ષર)\S*"
_GU_SCENE = r"(?:દ્રશ્ય|દૃશ્ય|સીન)\S*"
_GU_DO = r"(?:કરી\s+દો|કરી\s+આપો|કરજો|કરો|કર|બનાવો|બનાવ)" + _GU_END

GUJARATI = Language(
    "gu",
    markers=(r"[\u0a80-\u0aff]+(?:\s+[\u0a80-\u0aff]+)*", r"સંગીત\S*", _GU_TEXT, _GU_SCENE, _GU_DO),
    rows=_table(
        (
            (r"કૃપા\s+કરીને|કૃપયા|મહેરબાની\s+કરીને", ""),
            (r"(?:ખૂબ\s+)?(?:આભાર|ધન્યવાદ)", "thanks"),
            (r"(?:પાછું|પહેલા\s+જેવું)\s+" + _GU_DO + r"|અનડુ\S*", "undo"),
            (r"રેન્ડર(?:\s+" + _GU_DO + r")?", "render"),
            (r"(?:હજી|હજુ|વધુ)\s+થોડ\S*|થોડ\S*\s+(?:વધુ|વધારે)(?=\s*[.!]*\s*$)", "a bit more"),
            (r"(?:થોડ(?:ું|ો|ી|ા)|જરા(?:ક)?)" + _GU_END, "a bit"),
            (rf"છેલ્લ\S*\s+(?:{_GU_SCENE}\s+)?{_GU_TEXT}", "the text in the last scene"),
            (rf"(?:પહેલ|પ્રથમ)\S*\s+(?:{_GU_SCENE}\s+)?{_GU_TEXT}", "the text in the first scene"),
            (rf"છેલ્લ\S*\s+{_GU_SCENE}", "the last scene"),
            (rf"(?:પહેલ|પ્રથમ)\S*\s+{_GU_SCENE}", "the first scene"),
            (r"(?:બેકગ્રાઉન્ડ\s+)?(?:સંગીત|મ્યુઝિક|ગીત)\S*", "the music"),
            (r"(?:વોઇસ|વૉઇસ)\S*|અવાજ\S*", "the voiceover"),
            (_GU_TEXT, "the text"),
            (_GU_SCENE, "the scene"),
            (r"જાહેરાત\S*|વિડિયો\S*|વીડિયો\S*", "the ad"),
            (r"(?:વધુ\s+)?મોટ(?:ું|ો|ી|ા)" + _GU_END, "bigger"),
            (r"(?:વધુ\s+)?નાન(?:ું|ો|ી|ા)" + _GU_END, "smaller"),
            (r"(?:વધુ\s+)?લાંબ(?:ું|ો|ી|ા)" + _GU_END, "longer"),
            (r"(?:વધુ\s+)?ટૂંક(?:ું|ો|ી|ા)" + _GU_END, "shorter"),
            (r"(the\s+music(?:\s+a\s+bit(?:\s+more)?)?)\s+(?:ધીમ|હળવ)\S*", r"\1 quieter"),
            (r"(the\s+music(?:\s+a\s+bit(?:\s+more)?)?)\s+(?:મોટેથી|જોરથી)" + _GU_END, r"\1 louder"),
            (r"સફેદ" + _GU_END, "white"),
            (r"કાળ(?:ું|ો|ી|ા)" + _GU_END, "black"),
            (r"પીળ(?:ું|ો|ી|ા)" + _GU_END, "yellow"),
            (r"લાલ" + _GU_END, "red"),
            (r"વાદળી|ભૂર(?:ું|ો|ી|ા)" + _GU_END, "blue"),
            (r"લીલ(?:ું|ો|ી|ા)" + _GU_END, "green"),
            (r"ઉપર" + _GU_END, "to the top"),
            (r"નીચે" + _GU_END, "to the bottom"),
            (r"(?:વચ્ચે|મધ્યમાં)" + _GU_END, "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*સેકન્ડ\S*", r"\1 seconds"),
            # "X બદલીને 'Q' કરો" (changing X, make it Q): change X to Q
            (r"(?:ને\s+)?બદલી(?:ને)?\s+(" + _QUOTE + r")\s+" + _GU_DO, r"to \1 ⟪change⟫"),
            (r"(" + _QUOTE + r")\s+(?:માં\s+)?(?:બદલો|બદલી\s+(?:દો|નાખો))" + _GU_END, r"to \1 ⟪change⟫"),
            (r"(?:બદલો|બદલી\s+(?:દો|નાખો))" + _GU_END, "⟪change⟫"),
            (r"(?:ઓછ(?:ું|ો|ી)\s+" + _GU_DO + r"|ઘટાડ(?:ો|ી\s+દો))" + _GU_END, "⟪reduce⟫"),
            (r"વધાર(?:ો|ી\s+દો)" + _GU_END, "⟪increase⟫"),
            (r"ખસેડ(?:ો|ી\s+દો)" + _GU_END, "⟪move⟫"),
            (r"(?:દૂર\s+" + _GU_DO + r"|કાઢી\s+નાખો|હટાવો)" + _GU_END, "⟪remove⟫"),
            (_GU_DO, "⟪make⟫"),
            (r"અને" + _GU_END, "and"),
        ),
        verb_last=True,
    ),
    leftovers=(r"ને", r"નું", r"ના", r"ની", r"માં", r"જ", r"પણ"),
    slips=False,
    own_script=True,
)

# --- Telugu (verb last; vowel signs are no word letters) ---------------------------------------------

_TE_END = r"(?!\S)"
_TE_TEXT = r"(?:టెక్స్ట్|అక్షరా|వచన)\S*"
_TE_SCENE = r"(?:సీన్|దృశ్య)\S*"
_TE_DO = r"(?:చేయండి|చెయ్యండి|చేయి|చెయ్యి|చేయగలరా|చేయరా)" + _TE_END

TELUGU = Language(
    "te",
    markers=(r"[\u0c00-\u0c7f]+(?:\s+[\u0c00-\u0c7f]+)*", r"సంగీత\S*", _TE_TEXT, _TE_SCENE, _TE_DO),
    rows=_table(
        (
            (r"దయచేసి|దయ\s+చేసి", ""),
            (r"(?:చాలా\s+)?ధన్యవాదాలు|థాంక్స్", "thanks"),
            (r"(?:రద్దు|అన్‌డూ|అన్డూ)(?:\s+" + _TE_DO + r")?|మునుపటిలా\s+" + _TE_DO, "undo"),
            (r"రెండర్(?:\s+" + _TE_DO + r")?", "render"),
            (r"(?:ఇంకా|మరి)\s+(?:కొంచెం|కాస్త)|ఇంకొంచెం|మరికొంచెం|మరికాస్త", "a bit more"),
            (r"(?:కొంచెం|కాస్త|కొద్దిగా)" + _TE_END, "a bit"),
            (rf"చివరి\s+(?:{_TE_SCENE}\s+)?{_TE_TEXT}", "the text in the last scene"),
            (rf"మొదటి\s+(?:{_TE_SCENE}\s+)?{_TE_TEXT}", "the text in the first scene"),
            (rf"చివరి\s+{_TE_SCENE}", "the last scene"),
            (rf"మొదటి\s+{_TE_SCENE}", "the first scene"),
            (r"(?:బ్యాక్‌గ్రౌండ్\s+)?(?:సంగీత|మ్యూజిక్|పాట)\S*", "the music"),
            (r"(?:వాయిస్|గొంతు|స్వర)\S*", "the voiceover"),
            (_TE_TEXT, "the text"),
            (_TE_SCENE, "the scene"),
            (r"(?:ప్రకటన|యాడ్|వీడియో)\S*", "the ad"),
            (r"(?:ఇంకా\s+)?పెద్ద\S*", "bigger"),
            (r"(?:ఇంకా\s+)?చిన్న\S*", "smaller"),
            (r"(?:ఇంకా\s+)?పొడవు\S*", "longer"),
            (r"(?:ఇంకా\s+)?పొట్టి\S*", "shorter"),
            (r"(?:ఇంకా\s+)?నెమ్మది\S*", "slower"),
            (r"(?:ఇంకా\s+)?వేగం\S*|వేగంగా", "faster"),
            (r"(?:తెల్ల|తెలుపు)\S*", "white"),
            (r"(?:నల్ల|నలుపు)\S*", "black"),
            (r"పసుపు\S*", "yellow"),
            (r"(?:ఎర్ర|ఎరుపు)\S*", "red"),
            (r"నీల\S*", "blue"),
            (r"ఆకుపచ్చ\S*", "green"),
            (r"(?:పైకి|పైన)" + _TE_END, "to the top"),
            (r"(?:కిందికి|క్రిందికి|కింద|క్రింద)" + _TE_END, "to the bottom"),
            (r"మధ్యలో(?:కి)?" + _TE_END, "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*సెకన\S*", r"\1 seconds"),
            (r"(" + _QUOTE + r")\s*(?:గా|కి)?\s+(?:మార్చండి|మార్చు)" + _TE_END, r"to \1 ⟪change⟫"),
            (r"(?:తగ్గించండి|తగ్గించు|తగ్గించగలరా)" + _TE_END, "⟪reduce⟫"),
            (r"(?:పెంచండి|పెంచు|పెంచగలరా)" + _TE_END, "⟪increase⟫"),
            (r"(?:మార్చండి|మార్చు)" + _TE_END, "⟪change⟫"),
            (r"(?:జరపండి|జరుపు)" + _TE_END, "⟪move⟫"),
            (r"(?:తీసివేయండి|తొలగించండి|తీసేయండి)" + _TE_END, "⟪remove⟫"),
            (_TE_DO, "⟪make⟫"),
            (r"మరియు" + _TE_END, "and"),
        ),
        verb_last=True,
    ),
    leftovers=(r"ని", r"లో", r"ను", r"గా"),
    slips=False,
    own_script=True,
)

# --- Khmer (no spaces between words: spaced apart by its words first) --------------------------------

_KM_WORDS = (
    "សូម",
    "អរគុណ",
    "ធ្វើឱ្យ",
    "ធ្វើអោយ",
    "ធ្វើឲ្យ",
    "អក្សរ",
    "ឈុត",
    "ចុងក្រោយ",
    "ចុងបញ្ចប់",
    "ដំបូង",
    "តន្ត្រី",
    "ភ្លេង",
    "សំឡេង",
    "ធំជាងនេះ",
    "ធំជាង",
    "តូចជាងនេះ",
    "តូចជាង",
    "ខ្លាំងជាងនេះ",
    "ខ្លាំងជាង",
    "ឮជាង",
    "ស្រាលជាង",
    "តិចជាង",
    "វែងជាង",
    "ខ្លីជាង",
    "បន្តិចទៀត",
    "បន្តិច",
    "ពណ៌ស",
    "ពណ៌ខ្មៅ",
    "ពណ៌លឿង",
    "ពណ៌ក្រហម",
    "ពណ៌ខៀវ",
    "ពណ៌បៃតង",
    "ប្តូរ",
    "ប្ដូរ",
    "ផ្លាស់ប្តូរ",
    "ទៅជា",
    "វិនាទី",
    "ពាណិជ្ជកម្ម",
    "វីដេអូ",
    "បន្ថយ",
    "បង្កើន",
    "ត្រឡប់វិញ",
    "នៅ",
    "ក្នុង",
    "ខាងលើ",
    "ខាងក្រោម",
    "កណ្តាល",
)

KHMER = Language(
    "km",
    markers=(r"[\u1780-\u17ff]+(?:\s+[\u1780-\u17ff]+)*", r"អក្សរ", r"ឈុត", r"តន្ត្រី|ភ្លេង", r"ធ្វើ"),
    rows=(
        (r"\u200b", " "),
        (r"សូម", ""),
        (r"អរគុណ(?:\s+ច្រើន)?", "thanks"),
        (r"ត្រឡប់វិញ", "undo"),
        (r"បន្តិចទៀត", "a bit more"),
        (r"បន្តិច", "a bit"),
        (r"អក្សរ\s+(?:(?:នៅ|ក្នុង)\s+)?ឈុត\s+(?:ចុងក្រោយ|ចុងបញ្ចប់)", "the text in the last scene"),
        (r"អក្សរ\s+(?:(?:នៅ|ក្នុង)\s+)?ឈុត\s+ដំបូង", "the text in the first scene"),
        (r"(?:(?:នៅ|ក្នុង)\s+)?ឈុត\s+(?:ចុងក្រោយ|ចុងបញ្ចប់)", "the last scene"),
        (r"(?:(?:នៅ|ក្នុង)\s+)?ឈុត\s+ដំបូង", "the first scene"),
        (r"(?:សំឡេង\s+)?(?:តន្ត្រី|ភ្លេង)", "the music"),
        (r"សំឡេង", "the voiceover"),
        (r"អក្សរ", "the text"),
        (r"ឈុត", "the scene"),
        (r"ពាណិជ្ជកម្ម|វីដេអូ", "the ad"),
        (r"ធំជាងនេះ|ធំជាង", "bigger"),
        (r"តូចជាងនេះ|តូចជាង", "smaller"),
        (r"ខ្លាំងជាងនេះ|ខ្លាំងជាង|ឮជាង", "louder"),
        (r"ស្រាលជាង|តិចជាង", "quieter"),
        (r"វែងជាង", "longer"),
        (r"ខ្លីជាង", "shorter"),
        (r"ពណ៌ស", "white"),
        (r"ពណ៌ខ្មៅ", "black"),
        (r"ពណ៌លឿង", "yellow"),
        (r"ពណ៌ក្រហម", "red"),
        (r"ពណ៌ខៀវ", "blue"),
        (r"ពណ៌បៃតង", "green"),
        (r"ខាងលើ", "to the top"),
        (r"ខាងក្រោម", "to the bottom"),
        (r"កណ្តាល", "to the center"),
        (r"(\d+(?:[.,]\d+)?)\s*វិនាទី", r"\1 seconds"),
        (r"ធ្វើឱ្យ|ធ្វើអោយ|ធ្វើឲ្យ", "make"),
        (r"ផ្លាស់ប្តូរ|ប្តូរ|ប្ដូរ", "change"),
        (r"ទៅជា", "to"),
        (r"បន្ថយ", "turn down"),
        (r"បង្កើន", "turn up"),
    ),
    leftovers=(r"នៅ", r"ក្នុង"),
    segment=_KM_WORDS,
    slips=False,
    own_script=True,
)

# --- Yoruba (read with or without its tone marks and dots) -------------------------------------------

_MARKS = "[\u0300-\u036f]*"
_YO_VARIANTS = {
    base: "".join(
        sorted(
            {base}
            | {c for m in "\u0300\u0301\u0304\u0323" if len(c := unicodedata.normalize("NFC", base + m)) == 1}
        )
    )
    for base in "aeiounms"
}


def _yo(words: str) -> str:
    """Yoruba words as a pattern that reads them with any tone marks and dots: "díẹ̀" reads
    "díẹ̀", "dIe" and "die"; a space reads any space, a hyphen a hyphen or a space."""
    out = []
    for char in unicodedata.normalize("NFD", words):
        if unicodedata.combining(char):
            continue
        if char == " ":
            out.append(r"\s+")
        elif char == "-":
            out.append(r"[-\s]?")
        elif char in _YO_VARIANTS:
            out.append(f"[{_YO_VARIANTS[char]}]{_MARKS}")
        else:
            out.append(f"{char}{_MARKS}")
    return "".join(out)


def _yo_any(*phrases: str) -> str:
    return "(?:" + "|".join(_yo(p) for p in phrases) + ")"


_YO_TEXT = _yo_any("ọ̀rọ̀", "àkọlé", "àkọsílẹ̀", "ìkọ̀wé")
_YO_SCENE = _yo_any("ìran", "ìṣẹ̀lẹ̀")
_YO_LAST = _yo_any("ìkẹyìn", "tó kẹ́yìn", "tó gbẹ̀yìn", "ti o kẹyin")
_YO_FIRST = _yo_any("àkọ́kọ́", "àkọ́kọ́ náà", "tó ṣáájú")

YORUBA = Language(
    "yo",
    markers=(
        _yo_any("jọ̀wọ́", "ẹ jọ̀wọ́"),
        _yo_any("orin"),
        _yo_any("díẹ̀"),
        _yo_any("náà"),
        _yo_any("dín"),
        _YO_TEXT,
        _YO_SCENE,
        _yo_any("ìpolówó"),
    ),
    rows=(
        (_yo_any("ẹ jọ̀wọ́", "jọ̀wọ́", "ẹ̀jọ̀wọ́"), ""),
        (_yo_any("ẹ ṣé", "ẹ ṣeun", "o ṣé", "ẹ ṣé gan"), "thanks"),
        (_yo_any("fagilé", "padà sí bó ṣe wà"), "undo"),
        (_yo_any("díẹ̀ sí i", "sí i díẹ̀", "díẹ̀ si"), "a bit more"),
        (_yo_any("díẹ̀"), "a bit"),
        (rf"{_YO_TEXT}(?:\s+{_yo('inú')})?\s+{_YO_SCENE}\s+{_YO_LAST}", "the text in the last scene"),
        (rf"{_YO_TEXT}(?:\s+{_yo('inú')})?\s+{_YO_SCENE}\s+{_YO_FIRST}", "the text in the first scene"),
        (rf"{_YO_SCENE}\s+{_YO_LAST}", "the last scene"),
        (rf"{_YO_SCENE}\s+{_YO_FIRST}", "the first scene"),
        (rf"(?:{_yo('ohùn')}\s+)?{_yo('orin')}", "the music"),
        (_yo_any("ohùn olùsọ̀rọ̀", "olùsọ̀rọ̀", "ohùn asọ̀rọ̀"), "the voiceover"),
        (_YO_TEXT, "the text"),
        (_YO_SCENE, "the scene"),
        (_yo_any("ìpolówó ọjà", "ìpolówó", "fídíò"), "the ad"),
        # "dín X kù" (reduce X), "gbé X sókè" (raise X)
        (rf"{_yo('dín')}\s+(.+?)\s+{_yo('kù')}", r"turn down \1"),
        (rf"{_yo_any('gbé', 'mú')}\s+(.+?)\s+{_yo_any('sókè', 'ga')}", r"turn up \1"),
        (rf"{_yo('yí')}\s+(.+?)\s+{_yo('padà')}\s+{_yo('sí')}", r"change \1 to"),
        (_yo_any("tóbi sí i", "tóbi"), "bigger"),
        (_yo_any("kéré sí i", "kéré"), "smaller"),
        (_yo_any("funfun"), "white"),
        (_yo_any("dúdú"), "black"),
        (_yo_any("pupa"), "red"),
        (_yo_any("ofeefee", "yẹ́lò"), "yellow"),
        (_yo_any("búlúù"), "blue"),
        (rf"(\d+(?:[.,]\d+)?)\s*{_yo_any('ìṣẹ́jú-àáyá', 'ìṣẹ́jú')}", r"\1 seconds"),
        (_yo_any("ṣe"), "make"),
        (_yo_any("àti"), "and"),
    ),
    leftovers=(_yo("náà"), _yo("yìí"), _yo("ẹ")),
    slips=False,
)

# --- Zulu ----------------------------------------------------------------------------------------------

_ZU_TEXT = r"(?:(?:u|w|o)?mbhalo|(?:i|e)?zinhlamvu)"
_ZU_SCENE = r"(?:(?:i|we|e|o|se)?sigcawu(?:ni)?)"
_ZU_LAST = r"(?:(?:so|o)?kugcina)"
_ZU_FIRST = r"(?:(?:so|o)?kuqala)"

ZULU = Language(
    "zu",
    markers=(
        r"sicela|ngicela|ngiyacela|siyacela",
        r"(?:u|w)?mculo|womculo",
        r"kancane",
        r"(?:u|si|ngi)?shintsh\w*",
        _ZU_TEXT,
        _ZU_SCENE,
        r"isikhangiso|ngiyabonga|siyabonga",
        r"(?:y|w|u)?enz(?:a|e|ani)",
    ),
    rows=_table(
        (
            (r"sicela|ngicela|ngiyacela|siyacela", ""),
            (r"(?:ngiyabonga|siyabonga)(?:\s+kakhulu)?", "thanks"),
            (r"buyisela(?:\s+emuva)?|hlehlisa", "undo"),
            (r"kancane\s+futhi|futhi\s+kancane|kancane\s+nje\s+futhi", "a bit more"),
            (r"kancane", "a bit"),
            (rf"{_ZU_TEXT}\s+{_ZU_SCENE}\s+{_ZU_LAST}", "the text in the last scene"),
            (rf"{_ZU_TEXT}\s+{_ZU_SCENE}\s+{_ZU_FIRST}", "the text in the first scene"),
            (rf"{_ZU_SCENE}\s+{_ZU_LAST}", "the last scene"),
            (rf"{_ZU_SCENE}\s+{_ZU_FIRST}", "the first scene"),
            (r"(?:(?:u|w)?msindo\s+)?(?:u|w|o)?mculo|(?:u|w)?msindo", "the music"),
            (r"(?:i|e)?zwi|(?:i|e)?phimbo", "the voiceover"),
            (_ZU_TEXT, "the text"),
            (_ZU_SCENE, "the scene"),
            (r"(?:i|e)?sikhangiso|(?:i|e)?vidiyo", "the ad"),
            (r"(?:ku)?khulu(?:\s+kakhulu)?", "bigger"),
            (r"(?:ku)?ncane", "smaller"),
            (r"(?:u|ku|oku)?thul(?:e|a|ile)|(?:oku)?thule", "quieter"),
            (r"(?:u|ku|oku)?thul(?:e|a|ile)", "quieter"),
            (r"(?:oku)?mhlophe", "white"),
            (r"(?:oku)?mnyama", "black"),
            (r"(?:oku)?phuzi", "yellow"),
            (r"(?:oku)?bomvu", "red"),
            (r"phezulu", "to the top"),
            (r"phansi", "to the bottom"),
            (r"phakathi(?:\s+nendawo)?", "to the center"),
            (r"(\d+(?:[.,]\d+)?)\s*(?:imizuzwana|amasekhondi|isekhondi|amasekenti)", r"\1 seconds"),
            (r"(?:u|si|ngi)?shintsh(?:a|e|ani)", "change"),
            (r"(?:y|w|u)?enz(?:a|e|ani)", "make"),
            (r"(?:u|si)?nciphis(?:a|e)|(?:u|si)?yehlis(?:a|e)", "turn down"),
            (r"(?:u|si)?phakamis(?:a|e)", "turn up"),
            (r"(?:u|si)?khulis(?:a|e)", "enlarge"),
            (r"(?:u|si)?hambis(?:a|e)", "move"),
            (r"(?:u|si)?sus(?:a|e)", "remove"),
            (r"(?:u|k)?be(?=\s*" + _QUOTE + r")", "to"),
            (r"futhi", "and"),
        )
    ),
    leftovers=(r"lokhu", r"manje", r"ube", r"kube"),
)

BALTIC_CAUCASUS_INDIC_AFRICAN: tuple[Language, ...] = (
    LITHUANIAN,
    LATVIAN,
    ESTONIAN,
    ICELANDIC,
    SLOVENIAN,
    GEORGIAN,
    ARMENIAN,
    GUJARATI,
    TELUGU,
    KHMER,
    YORUBA,
    ZULU,
)

__all__ = [
    "ARMENIAN",
    "BALTIC_CAUCASUS_INDIC_AFRICAN",
    "ESTONIAN",
    "GEORGIAN",
    "GUJARATI",
    "ICELANDIC",
    "KHMER",
    "LATVIAN",
    "LITHUANIAN",
    "SLOVENIAN",
    "TELUGU",
    "YORUBA",
    "ZULU",
]
