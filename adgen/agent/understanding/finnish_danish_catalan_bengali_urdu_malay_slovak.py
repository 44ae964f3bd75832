"""The words of a request in Finnish, Danish, Catalan, Bengali (Bangla script), Urdu (Arabic script),
Malay and Slovak, and the English reading of each: one vocabulary table per language, laid out as
:mod:`hungarian_persian_tamil_cantonese`.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie). Each table holds the everyday edits: the music louder or quieter, the text bigger, smaller,
a colour or quoted copy, the first or the last scene's text, the ad's length, "a bit more", undo and
thanks. A word left unread makes the parser ask rather than guess; quoted copy is never read.

Three of them are near a language read before, and read its rows after their own: Danish after
Norwegian's ("gør teksten større": Danish's "gør", "lidt", "sidste", "slutkortet"), Malay after
Indonesian's ("besarkan sikit teks": Malay's "sikit", "muzik", "saat", "babak", "tukar"), Slovak
after Czech's ("stíš trochu hudbu": Slovak's "stíš", "urob", "väčší", "späť"). Their markers are the
nearer language's plus their own, so a message wins for them only with a word of their own (the
nearer language, listed first, wins a tie). Finnish says "make of the music a bit quieter" ("tee
musiikista vähän hiljaisempi"): the elative "-sta"/"-stä" of the noun is dropped with it. Catalan
says "una mica més" (a bit more) before its comparative ("més fluixa", quieter). Bengali and Urdu
put the verb last, as Hindi does: "মিউজিক একটু জোরে করো" (the music a bit louder, do), "آخری سین کا
متن سفید کر دیں" (the last scene's text white, do).
"""

from __future__ import annotations

from adgen.agent.understanding.cyrillic_hebrew_chinese import CZECH, NORWEGIAN
from adgen.agent.understanding.hinglish_indonesian import INDONESIAN
from adgen.agent.understanding.languages import Language

# A quoted copy, as the parser masks it (:mod:`quotes`).
_QUOTE = r"\ue000[\ue100-\ue1ff]"

# --- Finnish --------------------------------------------------------------------------------------

_FI_BIT = r"(?:vähän|hieman|hiukan|vähäsen|himpun|vähä)"

FINNISH = Language(
    "fi",
    markers=(
        r"musiik\w*|taustamusiik\w*",
        r"teksti\w*|tekstiä|tekstin",
        r"kohtau\w*",
        r"maino[ks]\w*",
        r"sekunti\w*|sekunnin",
        _FI_BIT,
        r"laita|vaihda|muuta|pistä",  # (not "tee": an English T-shirt too)
        r"hiljai\w*|hiljemm\w*|hiljenn\w*",
        r"kove\w*|kovemm\w*|kovenn\w*|äänekkä\w*",
        r"isomp\w*|isomm\w*|suuremp\w*|suuremm\w*|suurenn\w*",
        r"pienemp\w*|pienemm\w*|pienenn\w*",
        r"pidemp\w*|pidemm\w*|pitemp\w*|pidenn\w*|lyhyemp\w*|lyhyemm\w*|lyhenn\w*",
        r"lopun|lopussa|loppu\w*|alun|alussa|alku\w*|ensimmäi\w*|viimei\w*",
        r"kiitos|kiitti",
        r"kumoa|poista",
        r"vielä|lisää",
        r"liian",
        r"valkoi\w*|keltai\w*|puna\w*|sini\w*|vihre\w*",
    ),
    rows=(
        (r"kiitos|kiitti|kiitoksia", "thanks"),
        (r"ole\s+hyvä|olkaa\s+hyvä", ""),
        # a brief: "tee 15 sekunnin mainos kahvilalleni, nimi on …": a 15 second ad for my cafe called …
        (r"(\d+)\s*sekunnin\s+maino[ks]\w*", r"a \1 second ad"),
        (r"(?<=tee\s)(?:minulle\s+)?(?:uusi\s+)?mainos(?!\w)", "me an ad"),
        (r"kahvila(?:lleni|llemme)", "for my cafe"),
        (r"leipomo(?:lleni|llemme)", "for my bakery"),
        (r"kukkakaupa(?:lleni|llemme)", "for my flower shop"),
        (r"(?:verkko)?kaupa(?:lleni|llemme)|liikkeelleni|putiikilleni", "for my shop"),
        (r"ravintola(?:lleni|llemme)", "for my restaurant"),
        (r"kampaamo(?:lleni|llemme)", "for my salon"),
        (r",?\s*(?:jonka\s+)?nimi\s+on|,?\s*nimeltä(?:än)?", " called"),
        (r"lopeta\s+(?:tekstiin|sanoihin|lauseeseen)|lopeta", "end with"),
        (r"tunnelma\w*", "mood"),
        (r"lämmin|lämpimä\w*", "warm"),
        (r"rauhalli(?:nen|sella|sen)", "calm"),
        (r"iloi(?:nen|sella|sen)|pirteä\w*", "cheerful"),
        (r"energi(?:nen|sellä|sen)", "energetic"),
        (r"tyylik(?:äs|käällä|kään)", "elegant"),
        (r"leikkisä\w*", "playful"),
        (r"kumoa(?:\s+(?:se|tuo|äskeinen|edellinen))?|peru\s+(?:se|äskeinen|edellinen)", "undo"),
        (
            r"(?:lopun|lopussa\s+oleva|loppu|viimeisen\s+kohtauksen|viimeinen)\s*teksti\w*|teksti\w*\s+lopussa",
            "the text in the last scene",
        ),
        (
            r"(?:alun|alussa\s+oleva|alku|avaus|ensimmäisen\s+kohtauksen|ensimmäinen)\s*teksti\w*"
            r"|teksti\w*\s+alussa",
            "the text in the first scene",
        ),
        (r"viimei\w*\s+kohtau\w*", "the last scene"),
        (r"ensimmäi\w*\s+kohtau\w*", "the first scene"),
        (r"toi\w*\s+kohtau\w*", "the second scene"),
        (r"kohtau\w*", "the scene"),
        (r"(?:tausta)?musiik\w*|äänenvoimakkuu\w*", "the music"),
        (r"teksti\w*", "the text"),
        (r"maino[ks]\w*|video\w*", "the ad"),
        (r"vielä\s+" + _FI_BIT + r"|" + _FI_BIT + r"\s+(?:lisää|vielä)", "a bit more"),
        (_FI_BIT, "a bit"),
        (r"vielä|lisää", "more"),
        (r"(?:on\s+)?liian\s+(?:kova|äänekäs)\w*", "is too loud"),
        (r"(?:on\s+)?liian\s+hiljai\w*", "is too quiet"),
        (r"(?:on\s+)?liian\s+pieni\w*", "is too small"),
        (r"(?:on\s+)?liian\s+pitkä\w*", "is too long"),
        (r"hiljaise\w*|hiljemm\w*|hiljempä\w*", "quieter"),
        (r"kovempi|kovemm\w*|äänekkäämp\w*", "louder"),
        (r"isompi|isomm\w*|suurempi|suuremm\w*", "bigger"),
        (r"pienempi|pienemm\w*", "smaller"),
        (r"pidempi|pidemm\w*|pitempi|pitemm\w*", "longer"),
        (r"lyhyempi|lyhyemm\w*", "shorter"),
        (r"vaaleampi|vaaleamm\w*|kirkkaampi|kirkkaamm\w*", "brighter"),
        (r"tummempi|tummemm\w*", "darker"),
        (r"rauhallisemp\w*|rauhallisemm\w*", "calmer"),
        (r"hitaampi|hitaamm\w*", "slower"),
        (r"nopeampi|nopeamm\w*", "faster"),
        (r"valkoi\w*|valkea\w*", "white"),
        (r"musta\w*", "black"),
        (r"keltai\w*", "yellow"),
        (r"puna\w*", "red"),
        (r"sini\w*", "blue"),
        (r"vihre\w*", "green"),
        (r"(\d+(?:[.,]\d+)?)\s*sekuntiin", r"to \1 seconds"),
        (r"(\d+(?:[.,]\d+)?)\s*(?:sekunnin|sekuntia|sekunti)(?:\s+(?:mittai|pitui)\w*)?", r"\1 seconds"),
        (r"hiljennä", "turn down"),
        (r"kovenna|voimista", "turn up"),
        (r"suurenna", "enlarge"),
        (r"pienennä", "shrink"),
        (r"pidennä", "lengthen"),
        (r"lyhennä", "shorten"),
        (r"tee|laita|pistä", "make"),
        (r"vaihda|muuta", "change"),
        (r"poista", "remove"),
        (r"siirrä", "move"),
        # "vaihda lopun teksti: 'Q'": change the text to Q
        (r"(change\s+the\s+text(?:\s+in\s+the\s+\w+\s+scene)?)\s*:?\s*(?=" + _QUOTE + r")", r"\1 to "),
        (r"ylös|ylhäälle", "at the top"),
        (r"alas|alhaalle", "at the bottom"),
        (r"ja", "and"),
    ),
    leftovers=(r"se", r"nyt", r"siitä", r"sitä"),
)

# --- Danish (Norwegian's rows after its own) -------------------------------------------------------

DANISH = Language(
    "da",
    markers=(
        *NORWEGIAN.markers,
        r"gør",
        r"lidt",
        r"skift",
        r"ændr\w*",
        r"slutkort\w*",
        r"begyndelsen|slutningen",
        r"sidste",
        r"fortryd",
        r"tak",
        r"venligst",
        r"højere|længere|hurtigere|langsommere",
        r"hvid\w*",
        r"gerne",
        r"lav\s+(?:mig\s+|os\s+)?(?:en|et)",
        r"slut\s+med|afslut\w*",
        r"hedder",
        r"høj|lille",
        r"flyt",
    ),
    rows=(
        (r"venligst|gerne", ""),
        (r"(?:mange\s+)?tak", "thanks"),
        (r"er\s+for\s+høj\w*", "is too loud"),
        (r"er\s+for\s+(?:stille|lav)", "is too quiet"),
        (r"er\s+for\s+(?:lille|små)", "is too small"),
        # a brief: "lav en reklame på 15 sekunder for min blomsterbutik …, slut med 'Q'"
        (
            r"lav(?:\s+(?:mig|os))?\s+(?:en|et)\s+(?:ny\s+)?(?:reklame\w*|annonce\w*|video)\s+på\s+(\d+)\s+sekunder",
            r"make me a \1 second ad",
        ),
        (r"lav(?:\s+(?:mig|os))?\s+(?:en|et)\s+(?:ny\s+)?(?:reklame\w*|annonce\w*|video)", "make me an ad"),
        (r"(?:min|mit|vores)\s+(?:blomsterbutik|blomsterhandel)", "my flower shop"),
        (r"(?:min|mit|vores)\s+bageri", "my bakery"),
        (r"(?:min|mit|vores)\s+(?:café|cafe|kaffebar)", "my cafe"),
        (r"(?:min|mit|vores)\s+(?:butik|webshop|netbutik)", "my shop"),
        (r"(?:min|mit|vores)\s+(?:frisør|salon)", "my salon"),
        (r"(?:min|mit|vores)\s+restaurant", "my restaurant"),
        (r"(?:der\s+)?hedder|ved\s+navn", "called"),
        (r"(?:og\s+)?(?:slut|afslut|slutte)\s+(?:af\s+)?med", "end with"),
        (r"glad|munter", "cheerful"),
        (r"varm", "warm"),
        (r"hyggelig", "cozy"),
        (r"fortryd(?:\s+(?:det|den\s+sidste\s+ændring))?", "undo"),
        (
            r"teksten\s+(?:på|i|til)\s+(?:slutkortet|slutningen|sidste\s+scene(?:n)?)|teksten\s+til\s+sidst"
            r"|slutteksten|sidste\s+tekst",
            "the text in the last scene",
        ),
        (
            r"teksten\s+(?:i|på)\s+(?:starten|begyndelsen|første\s+scene(?:n)?)|starteksten|åbningsteksten"
            r"|første\s+tekst",
            "the text in the first scene",
        ),
        (r"slutkortet|sidste\s+scene(?:n)?", "the last scene"),
        (r"gør", "make"),
        (r"skift|ændr(?:e)?|udskift", "change"),
        (r"skru\s+ned\s+for", "turn down"),
        (r"skru\s+op\s+for|skru\s+op", "turn up"),
        (r"dæmp", "turn down"),
        (r"flyt", "move"),
        (r"slet", "remove"),
        (r"lidt\s+mere|lidt\s+til", "a bit more"),
        (r"lidt", "a bit"),
        (r"højere", "louder"),
        (r"mere\s+stille|stillere", "quieter"),
        (r"længere", "longer"),
        (r"hurtigere", "faster"),
        (r"langsommere", "slower"),
        (r"hvid(?:e)?", "white"),
        (r"sort(?:e)?", "black"),
        (r"grøn(?:ne)?", "green"),
        (r"reklamen|annoncen|videoen", "the ad"),
        (r"lyden", "the music"),
        (r"øverst|i\s+toppen", "at the top"),
        (r"nederst|i\s+bunden", "at the bottom"),
        *NORWEGIAN.rows,
    ),
    leftovers=(*NORWEGIAN.leftovers, r"det", r"den"),
)

# --- Catalan --------------------------------------------------------------------------------------

CATALAN = Language(
    "ca",
    markers=(
        r"posa\w*|posa'l|posa-la|posa-ho",
        r"fes|feu|fes-la|fes-lo|fes-ho",
        r"una\s+mica",
        r"més",
        r"si\s+us\s+plau|sisplau|siusplau",
        r"blanca?|blancs|negra|negre|groc|groga|vermell\w*|blava|verda",
        r"fluix\w*",
        r"gràcies",
        r"desfés|desfer",
        r"canvia\w*",
        r"petit|petita|petits|petites|llarg\w*|curt|curta|curts|curtes",  # (not "petition", "curtain")
        r"segons",
        r"escena\w*|l'escena",
        r"l'anunci|anunci",
        r"darrer\w*|l'última",
        r"del\s+final|del\s+principi|de\s+l'inici",
        r"treu|esborra",
        r"música",
        r"està|massa",
        r"mou|moveu",
        r"a\s+dalt|a\s+baix|al\s+centre",
    ),
    rows=(
        (r"si\s+us\s+plau|sisplau|siusplau|per\s+favor", ""),
        (r"(?:moltes\s+)?gràcies|merci", "thanks"),
        # a brief: "fes un anunci de 20 segons per a la meva fleca, …, to alegre"
        (r"(?:un|una)\s+(?:nou\s+)?anunci\s+de\s+(\d+)\s*segons", r"a \1 second ad"),
        (r"(?:un|una)\s+(?:nou\s+)?anunci", "an ad"),
        (r"de\s+(\d+)\s*segons", r"of \1 seconds"),
        (r"per\s+a\s+(?:la\s+meva|el\s+meu|la\s+nostra|el\s+nostre)|per\s+(?:la\s+meva|el\s+meu)", "for my"),
        (r"fleca|pastisseria", "bakery"),
        (r"cafeteria|cafè", "cafe"),
        (r"floristeria", "flower shop"),
        (r"botiga", "shop"),
        (r"perruqueria", "salon"),
        (r"que\s+es\s+diu|anomenad[ao]|de\s+nom", "called"),
        (
            r"(?:amb\s+)?(?:un\s+)?(?:to|ambient|estil)\s+(alegre|tranquil[\w·]*|càlid\w*|elegant|enèrgic\w*|divertit\w*)",
            r"\1 mood",
        ),
        (r"acaba\s+amb|acabant\s+amb|tanca\s+amb", "end with"),
        (r"desfés(?:-ho)?|desfer(?:-ho)?|torna\s+enrere", "undo"),
        (
            r"(?:el\s+)?text(?:os)?\s+(?:del\s+final|final|del\s+tancament|de\s+l'última\s+escena"
            r"|de\s+la\s+darrera\s+escena)",
            "the text in the last scene",
        ),
        (
            r"(?:el\s+)?text(?:os)?\s+(?:del\s+principi|de\s+l'inici|inicial|del\s+començament"
            r"|de\s+la\s+primera\s+escena)",
            "the text in the first scene",
        ),
        (r"l'última\s+escena|la\s+darrera\s+escena|l'escena\s+final|la\s+última\s+escena", "the last scene"),
        (r"la\s+primera\s+escena", "the first scene"),
        (r"la\s+segona\s+escena", "the second scene"),
        (r"l'escena|(?:la\s+)?escena", "the scene"),
        (r"(?:la\s+)?música|el\s+volum", "the music"),
        (r"(?<!the\s)(?:(?:el\s+)?text(?:os)?|els\s+textos)", "the text"),
        (r"l'anunci|(?:el\s+)?anunci|el\s+vídeo", "the ad"),
        (r"més\s+tranquil[\w·]*", "calmer"),
        (r"una\s+mica\s+més(?=\s*(?:$|[,.;!?]))|encara\s+una\s+mica|una\s+mica\s+més\s+encara", "a bit more"),
        (r"una\s+mica|un\s+pèl|lleugerament", "a bit"),
        (r"(?:està\s+|és\s+)?massa\s+(?:fort\w*|alt\w*)", "is too loud"),
        (r"(?:està\s+|és\s+)?massa\s+(?:fluix\w*|baix\w*)", "is too quiet"),
        (r"(?:està\s+|és\s+)?massa\s+petit\w*", "is too small"),
        (r"(?:està\s+|és\s+)?massa\s+llarg\w*", "is too long"),
        (r"més\s+(?:fluix\w*|baix\w*|suau)", "quieter"),
        (r"més\s+(?:fort\w*|alt\w*)", "louder"),
        (r"més\s+grans?", "bigger"),
        (r"més\s+petit\w*", "smaller"),
        (r"més\s+llarg\w*", "longer"),
        (r"més\s+curt\w*", "shorter"),
        (r"més\s+(?:clar\w*|brillant\w*)", "brighter"),
        (r"més\s+fosc\w*", "darker"),
        (r"més\s+lent\w*", "slower"),
        (r"més\s+ràpid\w*", "faster"),
        (r"més", "more"),
        (r"(?:en\s+)?(?:blanc|blanca|blancs)", "white"),
        (r"(?:en\s+)?(?:negre|negra)", "black"),
        (r"(?:en\s+)?(?:groc|groga)", "yellow"),
        (r"(?:en\s+)?(?:vermell|vermella)", "red"),
        (r"(?:en\s+)?(?:blau|blava)", "blue"),
        (r"(?:en\s+)?(?:verd|verda)", "green"),
        (r"(\d+(?:[.,]\d+)?)\s*segons", r"\1 seconds"),
        (r"abaixa", "turn down"),
        (r"apuja", "turn up"),
        (r"allarga", "lengthen"),
        (r"escurça", "shorten"),
        (r"posa\w*|posa'l|fes(?:-la|-lo|-ho)?|feu", "make"),
        (r"canvia\w*", "change"),
        (r"treu|elimina|esborra", "remove"),
        (r"mou|moveu", "move"),
        (r"(?:a|per)(?=\s*" + _QUOTE + r")", "to"),
        (r"a\s+dalt", "at the top"),
        (r"a\s+baix", "at the bottom"),
        (r"al\s+centre", "in the center"),
        (r"alegre", "cheerful"),
        (r"tranquil[\w·]*", "calm"),
        (r"càlid\w*", "warm"),
        (r"enèrgic\w*", "energetic"),
        (r"divertit\w*", "playful"),
        (r"amb", "with"),
        (r"i", "and"),
    ),
    leftovers=(r"el", r"la", r"els", r"les", r"de", r"del", r"en", r"ho"),
)

# --- Bengali (Bangla script) ----------------------------------------------------------------------

# (a word boundary of its own: a vowel sign is no \w, so "(?<!\S)" and "(?!\S)" around a word)
_BN_DO = r"(?:করে\s+দাও|করে\s+দিন|করে\s+দে|করুন|করো|কর|বানিয়ে\s+দাও|বানিয়ে\s+দিন|বানাও|বানান|তৈরি\s+করো)"
_BN_BIT = r"(?:একটু|সামান্য|অল্প)"

BENGALI = Language(
    "bn",
    markers=(
        r"[\u0980-\u09ff]+(?:\s+[\u0980-\u09ff]+)*",
        r"মিউজিক\S*|গান\S*|সঙ্গীত\S*|সংগীত\S*",
        r"লেখা\S*|টেক্সট\S*",
        r"দৃশ্য\S*|সিন\S*",
        r"বিজ্ঞাপন\S*",
        r"করো|করুন|করে\s+দাও",
        r"একটু|আরও",
        r"ধন্যবাদ",
    ),
    rows=(
        (r"ধন্যবাদ", "thanks"),
        (r"প্লিজ|দয়া\s+করে", ""),
        (r"(?:আগের\s+মতো\s+" + _BN_DO + r"|আনডু(?:\s+" + _BN_DO + r")?)(?!\S)", "undo"),
        (r"(?:একটা|একটি)\s+(?:নতুন\s+)?(?:বিজ্ঞাপন|অ্যাড|ভিডিও)\S*", "an ad"),
        (r"(?:মিউজিক|গান|সঙ্গীত|সংগীত|আওয়াজ)\S*", "the music"),
        (
            r"(?:শেষের|শেষ)\s+(?:দৃশ্য|সিন)\S*\s+(?:লেখা|টেক্সট)\S*|(?:শেষের|শেষ)\s+(?:লেখা|টেক্সট)\S*",
            "the text in the last scene",
        ),
        (
            r"(?:প্রথম|শুরুর)\s+(?:দৃশ্য|সিন)\S*\s+(?:লেখা|টেক্সট)\S*|(?:প্রথম|শুরুর)\s+(?:লেখা|টেক্সট)\S*",
            "the text in the first scene",
        ),
        (r"(?:শেষের|শেষ)\s+(?:দৃশ্য|সিন)\S*", "the last scene"),
        (r"প্রথম\s+(?:দৃশ্য|সিন)\S*", "the first scene"),
        (r"দ্বিতীয়\s+(?:দৃশ্য|সিন)\S*", "the second scene"),
        (r"(?:দৃশ্য|সিন)\S*", "the scene"),
        (r"(?:লেখা|টেক্সট)\S*", "the text"),
        (r"(?:বিজ্ঞাপন|অ্যাড|ভিডিও)\S*", "the ad"),
        (r"(?:খুব|বেশি)\s+জোরে(?:\s+(?:লাগছে|হয়ে\s+গেছে|বাজছে))?(?!\S)", "is too loud"),
        (r"(?:খুব|বেশি)\s+(?:আস্তে|নিচু)(?:\s+(?:লাগছে|হয়ে\s+গেছে))?(?!\S)", "is too quiet"),
        (r"(?:খুব|বেশি)\s+(?:ছোট|ছোটো)(?:\s+(?:লাগছে|হয়ে\s+গেছে))?(?!\S)", "is too small"),
        (r"(?:খুব|বেশি)\s+লম্বা(?:\s+(?:লাগছে|হয়ে\s+গেছে))?(?!\S)", "is too long"),
        (r"(?:আরও|আর)\s+" + _BN_BIT + r"|আরেকটু|" + _BN_BIT + r"\s+বেশি(?!\S)", "a bit more"),
        (_BN_BIT + r"(?!\S)", "a bit"),
        # "জোরে" (loud), "আস্তে"/"কম" (soft, less): the music's volume only after it
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:আস্তে|কম|নিচু)(?!\S)", r"\1quieter"),
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:জোরে|জোর|বেশি)(?!\S)", r"\1louder"),
        # a scene "ছোট" (small) is a shorter one
        (
            r"(?<!text in )(the\s+(?:\w+\s+)?scene\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:ছোট|ছোটো)(?!\S)",
            r"\1shorter",
        ),
        (r"(?:বড়|বড়|বড়ো)(?!\S)", "bigger"),
        (r"(?:ছোট|ছোটো)(?!\S)", "smaller"),
        (r"লম্বা(?!\S)", "longer"),
        (r"উজ্জ্বল(?!\S)", "brighter"),
        (r"(?:গাঢ়|গাঢ়|অন্ধকার)(?!\S)", "darker"),
        (
            r"([^,.;!?]+?)\s+(?:কে\s+)?(উপরে|নিচে|মাঝখানে)\s+(?:নিয়ে\s+যাও|নিয়ে\s+যান|সরাও|সরিয়ে\s+দাও|রাখো|দাও)",
            r"move \1 \2",
        ),
        (r"উপরে", "to the top"),
        (r"নিচে", "to the bottom"),
        (r"মাঝখানে", "to the center"),
        (r"সাদা(?!\S)", "white"),
        (r"কালো(?!\S)", "black"),
        (r"হলুদ(?!\S)", "yellow"),
        (r"লাল(?!\S)", "red"),
        (r"নীল(?!\S)", "blue"),
        (r"সবুজ(?!\S)", "green"),
        (r"(\d+(?:\.\d+)?)\s*সেকেন্ড\S*", r"\1 seconds"),
        # "X বদলে দাও: Q", "X Q করে দাও": change X to Q; "X সরিয়ে দাও": remove X
        (
            r"([^,.;!?:]+?)\s+(?:বদলে\s+(?:দাও|দিন)|বদলাও|পাল্টে\s+(?:দাও|দিন)|পাল্টাও)\s*:?\s*(" + _QUOTE + r")",
            r"change \1 to \2",
        ),
        (
            r"([^,.;!?:]+?)\s+(?:কে\s+)?(" + _QUOTE + r")\s+(?:(?:লিখে|করে)\s+(?:দাও|দিন)|লেখো|লিখুন|করো|করুন)",
            r"change \1 to \2",
        ),
        (r"([^,.;!?]+?)\s+(?:সরিয়ে\s+(?:দাও|দিন)|মুছে\s+(?:দাও|দিন)|বাদ\s+(?:দাও|দিন))", r"remove \1"),
        (r"([^,.;!?]+?)\s+(?:কে\s+)?" + _BN_DO + r"(?!\S)", r"make \1"),
        (r"এবং|আর", "and"),
    ),
    leftovers=(r"কে", r"টা", r"টি"),
    slips=False,
    own_script=True,
)

# --- Urdu (Arabic script, right to left) ----------------------------------------------------------

_UR_DO = r"(?:کر\s+دیں|کر\s+دو|کر\s+دیجیے|کر\s+دیجئے|کریں|کرو|کیجیے|کیجئے|بنا\s+دیں|بنا\s+دو|بنائیں|بناؤ)"
_UR_BIT = r"(?:تھوڑا|تھوڑی|تھوڑے|ذرا)"

URDU = Language(
    "ur",
    markers=(
        # a letter Urdu has and Persian or Arabic has not (ٹ ڈ ڑ ں ے ہ ھ)
        r"\S*[\u0679\u0688\u0691\u06ba\u06d2\u06c1\u06be]\S*",
        r"کر\s+دیں|کر\s+دو|کریں|کرو|کیجیے",
        r"سین|منظر",
        r"کا|کی|کے|کو|میں",
        r"تھوڑا|تھوڑی|ذرا",
        r"اشتہار\S*",
        r"سیکنڈ",
        r"موسیقی|متن|ٹیکسٹ",
        r"شکریہ",
        r"ہے|ہیں",
        r"بہت",
    ),
    rows=(
        (r"(\S*)،", r"\1,"),
        (r"(\S*)؟", r"\1?"),
        (r"براہ\s+کرم|براہِ\s+کرم|مہربانی\s+کر\s+کے|پلیز", ""),
        (r"(?:بہت\s+)?شکریہ", "thanks"),
        (r"(?:واپس|پہلے\s+جیسا)\s+" + _UR_DO + r"|انڈو(?:\s+" + _UR_DO + r")?", "undo"),
        (r"(?:ایک|نیا)\s+(?:نیا\s+)?(?:اشتہار|ایڈ|ویڈیو)", "an ad"),
        (r"(?:موسیقی|میوزک|گانا|گانے|آواز)", "the music"),
        (r"(?:آخری)\s+(?:متن|ٹیکسٹ|تحریر)", "the text in the last scene"),
        (r"(?:پہلا|پہلی|شروع\s+کا|شروع\s+کی)\s+(?:متن|ٹیکسٹ|تحریر)", "the text in the first scene"),
        (r"آخری\s+(?:سین|منظر)", "the last scene"),
        (r"(?:پہلے|پہلا|پہلی)\s+(?:سین|منظر)", "the first scene"),
        (r"(?:دوسرے|دوسرا|دوسری)\s+(?:سین|منظر)", "the second scene"),
        (r"(the\s+\w+\s+scene)\s+(?:کا|کی|کے|میں)\s+(?:متن|ٹیکسٹ|تحریر)", r"the text in \1"),
        (r"سین|منظر", "the scene"),
        (r"متن|ٹیکسٹ|تحریر", "the text"),
        (r"اشتہار|ایڈ|ویڈیو", "the ad"),
        (
            r"(the\s+music)\s+(?:بہت|زیادہ)\s+(?:تیز|اونچی|اونچا)(?:\s+(?:ہے|ہو\s+گئی\s+ہے))?",
            r"\1 is too loud",
        ),
        (r"(?:بہت|زیادہ)\s+(?:چھوٹا|چھوٹی|چھوٹے)(?:\s+(?:ہے|ہیں))?", "is too small"),
        (r"(?:بہت|زیادہ)\s+(?:لمبا|لمبی|لمبے)(?:\s+(?:ہے|ہیں))?", "is too long"),
        (r"(?:اور|مزید)\s+" + _UR_BIT + r"|" + _UR_BIT + r"\s+(?:اور|مزید)", "a bit more"),
        (_UR_BIT, "a bit"),
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:آہستہ|دھیما|دھیمی|کم)", r"\1quieter"),
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:تیز|اونچی|اونچا|زیادہ)", r"\1louder"),
        (
            r"(?<!text in )(the\s+(?:\w+\s+)?scene\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:چھوٹا|چھوٹی|چھوٹے)",
            r"\1shorter",
        ),
        (
            r"([^,.;!?]+?)\s+(?:کو\s+)?(اوپر|نیچے|درمیان\s+میں|بیچ\s+میں)\s+(?:کر\s+دیں|کریں|کرو|لے\s+جائیں|رکھیں)",
            r"move \1 \2",
        ),
        (r"اوپر", "to the top"),
        (r"نیچے", "to the bottom"),
        (r"درمیان\s+میں|بیچ\s+میں", "to the center"),
        (r"بڑا|بڑی|بڑے", "bigger"),
        (r"چھوٹا|چھوٹی|چھوٹے", "smaller"),
        (r"لمبا|لمبی|لمبے", "longer"),
        (r"سفید", "white"),
        (r"کالا|کالی|سیاہ", "black"),
        (r"پیلا|پیلی|زرد", "yellow"),
        (r"لال|سرخ", "red"),
        (r"نیلا|نیلی", "blue"),
        (r"سبز|ہرا|ہری", "green"),
        (r"(\d+(?:\.\d+)?)\s*سیکنڈ(?:\s+(?:کا|کی|کے))?", r"\1 seconds"),
        # "X کو Q کر دیں", "X بدل دیں: Q": change X to Q; "X ہٹا دیں": remove X
        (
            r"([^,.;!?:]+?)\s+(?:کو\s+)?(?:بدل\s+دیں|بدلیں|بدل\s+دو|تبدیل\s+کریں|تبدیل\s+کر\s+دیں)\s*:?\s*("
            + _QUOTE
            + r")",
            r"change \1 to \2",
        ),
        (
            r"([^,.;!?:]+?)\s+(?:کو\s+)?(" + _QUOTE + r")\s+(?:میں\s+بدل\s+دیں|میں\s+بدلیں|لکھ\s+دیں|لکھیں|"
            r"کر\s+دیں|کر\s+دو|کریں|کرو)",
            r"change \1 to \2",
        ),
        (
            r"([^,.;!?]+?)\s+(?:کو\s+)?(?:ہٹا\s+دیں|ہٹا\s+دو|ہٹائیں|ہٹاؤ|حذف\s+کریں|ڈیلیٹ\s+کریں)",
            r"remove \1",
        ),
        (r"([^,.;!?]+?)\s+(?:کو\s+)?" + _UR_DO, r"make \1"),
        (r"اور", "and"),
    ),
    leftovers=(r"کو", r"کا", r"کی", r"کے", r"ہے"),
    slips=False,
    own_script=True,
)

# --- Malay (Indonesian's rows after its own) -------------------------------------------------------

MALAY = Language(
    "ms",
    markers=(
        *INDONESIAN.markers,
        r"sikit",
        r"muzik\w*",
        r"saat",
        r"babak\w*",
        r"tukar\w*",
        r"perlahankan|kuatkan",
        r"boleh\s+tak",
        r"terlalu",
        r"alihkan",
        r"kuat",
    ),
    rows=(
        (r"lagi\s+sikit|sikit\s+lagi", "a bit more"),
        # a brief: "buat iklan 20 saat untuk kedai kek saya, nama dia …, suasana ceria"
        (
            r"buat(?:kan)?\s+(?:satu\s+|sebuah\s+)?iklan(?=\s+(?:\d+\s*(?:saat|detik)|untuk|baru))",
            "make an ad",
        ),
        (r"kedai\s+kek", "cake shop"),
        (r"kedai\s+kopi|kafe", "cafe"),
        (r"kedai\s+roti|bakeri", "bakery"),
        (r"kedai\s+bunga", "flower shop"),
        (r"kedai|butik", "shop"),
        (r"restoran", "restaurant"),
        (r"untuk\s+((?:cake\s+|flower\s+)?shop|cafe|bakery|restaurant)\s+(?:saya|kami)", r"for my \1"),
        (r",?\s*(?:nama\s+(?:dia|kedai|nya)|namanya|bernama)", " called"),
        (r"suasana\s+(ceria|tenang|santai|mesra|meriah)", r"\1 mood"),
        (r"ceria", "cheerful"),
        (r"mesra", "warm"),
        (r"meriah", "energetic"),
        (r"akhiri\s+dengan|tutup\s+dengan", "end with"),
        (r"sikit", "sedikit"),
        (r"muzik(?:nya)?", "musik"),
        (r"babak(?:nya)?", "adegan"),
        (r"(\d+(?:[.,]\d+)?)\s*saat", r"\1 detik"),
        (r"tukar(?:kan)?", "ganti"),
        (r"buat\s+asal|balik\s+semula", "undo"),
        (r"boleh\s+tak", ""),
        (r"terlalu\s+(?:kuat|bising|kencang)", "is too loud"),
        (r"terlalu\s+(?:perlahan|pelan)", "is too quiet"),
        (r"terlalu\s+kecil", "is too small"),
        (r"terlalu\s+(?:panjang|lama)", "is too long"),
        (r"lebih\s+kuat", "lebih keras"),
        (r"lebih\s+perlahan", "lebih pelan"),
        (r"perlahankan", "pelankan"),
        (r"alihkan|alih", "pindahkan"),
        (r"kuatkan", "keraskan"),
        # "besarkan sedikit teks pembuka": make the opening text a bit bigger (the verb first)
        (
            r"(besar|kecil|panjang|pendek)kan\s+((?:se)?dikit\s+)?((?:teks|tulisan|huruf|adegan|iklan)\S*"
            r"(?:\s+(?:awal|pembuka|akhir|penutup|pertama|kedua|ketiga|terakhir)(?:nya)?)?)",
            r"jadikan \3 \2lebih \1",
        ),
        *INDONESIAN.rows,
        (r"lagi", "more"),
    ),
    leftovers=(*INDONESIAN.leftovers, r"tak", r"je"),
)

# --- Slovak (Czech's rows after its own) ----------------------------------------------------------

SLOVAK = Language(
    "sk",
    markers=(
        *CZECH.markers,
        r"stíš\w*|stlm\w*",
        r"zosiln\w*",
        r"urob\w*|sprav\w*",
        r"väčš\w*|dlhš\w*|hlasnejš\w*|tichš\w*|svetlejš\w*",
        r"ďakuj\w*|vďaka",
        r"späť|zruš\w*",
        r"sekúnd\w*",
        r"hlasn\w*|nahlas",
        r"daj(?:te)?|presuň\w*",
        r"hore|dole|do\s+stredu",
        r"poslednej|poslednú|prvej|prvú|začiatk\w*",
        # a letter Czech has not (ô, ĺ, ľ, ŕ)
        r"\w*[ôĺľŕ]\w*",
    ),
    rows=(
        CZECH.rows[0],  # (Czech's "a", and: read before any English "a" is written)
        (r"ďakujem|ďakujeme|vďaka", "thanks"),
        (r"(?:je\s+)?príliš\s+(?:hlasn|nahlas)\w*", "is too loud"),
        (r"(?:je\s+)?príliš\s+tich\w*", "is too quiet"),
        (r"(?:je\s+)?príliš\s+mal\w*", "is too small"),
        (r"(?:je\s+)?príliš\s+dlh\w*", "is too long"),
        (r"vráť(?:te)?\s+(?:to\s+)?späť|zruš(?:te)?\s+(?:to|poslednú\s+zmenu)|späť", "undo"),
        (r"(?:stíš|stíšte|stlm|stlmte)\s+(?:trochu|trošku)\s+(hudb\w*)", r"make \1 a bit quieter"),
        (r"(?:zosilni|zosilnite)\s+(?:trochu|trošku)\s+(hudb\w*)", r"make \1 a bit louder"),
        (r"(?:stíš|stíšte|stlm|stlmte)\s+(hudb\w*)", r"make \1 quieter"),
        (r"(?:zosilni|zosilnite)\s+(hudb\w*)", r"make \1 louder"),
        (r"stíš\w*|stlm\w*", "turn down"),
        (r"zosiln\w*", "turn up"),
        (r"text\s+na\s+(?:konci|záver\w*)|text\s+v\s+poslednej\s+scéne", "the text in the last scene"),
        (r"text\s+na\s+začiatku|text\s+v\s+prvej\s+scéne|úvodný\s+text", "the text in the first scene"),
        (r"posledn(?:ú|ej|á)\s+scén\w*", "the last scene"),
        (r"prv(?:ú|ej|á)\s+scén\w*", "the first scene"),
        (r"(?:daj(?:te)?|presuň(?:te)?)\s+(.+?)\s+hore", r"move \1 at the top"),
        (r"(?:daj(?:te)?|presuň(?:te)?)\s+(.+?)\s+dole", r"move \1 at the bottom"),
        (r"(?:daj(?:te)?|presuň(?:te)?)\s+(.+?)\s+do\s+stredu", r"move \1 in the center"),
        (r"presuň(?:te)?", "move"),
        (r"hore", "at the top"),
        (r"dole", "at the bottom"),
        (r"do\s+stredu", "in the center"),
        (r"urob(?:te)?|sprav(?:te)?", "make"),
        (r"zmeň(?:te)?", "change"),
        (r"odstráň(?:te)?|vymaž(?:te)?", "remove"),
        (r"väčš\w*", "bigger"),
        (r"menš\w*", "smaller"),
        (r"dlhš\w*", "longer"),
        (r"kratš\w*", "shorter"),
        (r"hlasnejš\w*", "louder"),
        (r"tichš\w*", "quieter"),
        (r"svetlejš\w*", "brighter"),
        (r"tmavš\w*", "darker"),
        (r"(\d+)\s*sekúnd\w*", r"\1 seconds"),
        (r"biel\w*", "white"),
        (r"čiern\w*", "black"),
        (r"žlt\w*", "yellow"),
        *CZECH.rows[1:],
    ),
    leftovers=(*CZECH.leftovers, r"to"),
)

FINNISH_DANISH_CATALAN_BENGALI_URDU_MALAY_SLOVAK: tuple[Language, ...] = (
    FINNISH,
    DANISH,
    CATALAN,
    BENGALI,
    URDU,
    MALAY,
    SLOVAK,
)

__all__ = [
    "BENGALI",
    "CATALAN",
    "DANISH",
    "FINNISH",
    "FINNISH_DANISH_CATALAN_BENGALI_URDU_MALAY_SLOVAK",
    "MALAY",
    "SLOVAK",
    "URDU",
]
