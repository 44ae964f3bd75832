"""The words of a request in Turkish and (the core of) Polish, and the English reading of each.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the tables of
:mod:`languages`, which win a tie). Kept apart from :mod:`languages` because these two put the
verb last (Turkish: "reklamı 20 saniye yap", the ad 20 seconds make) or inflect the words of the
ad ("w pierwszej scenie", "lektora"): a row that captures the words before a final verb reads
the verb first, as English puts it, and the later rows then read those words. The Polish table
is the core of requests (switching the narrator off, a scene's text, moving it); a fuller Polish
table in :mod:`languages` is listed first and wins a tie.
"""

from __future__ import annotations

from adgen.agent.understanding.languages import Language

# Words before a verb at the end of a Turkish clause (no punctuation, no second verb).
_BEFORE_VERB = r"([^.,;!?]+?)\s+"

TURKISH = Language(
    "tr",
    markers=(
        r"reklam(?:[ıi]|[ıi]n|da|a)?",  # not "reklam\w*": Polish "reklamę" is no Turkish
        r"saniye\w*",
        r"yapar\s+m[ıi]s[ıi]n",
        r"l[üu]tfen",
        r"te[şs]ekk[üu]r\w*",
        r"sa[ğg]\s*ol\w*",
        r"sahne\w*",
        r"m[üu]zi[ğgk]\w*",
        r"kald[ıi]r",
        r"kapat",
        r"ekle",
        r"geri\s+al",
        r"daha",
        r"ka[çc]\s+saniye",
        r"[şs]imdi",
        r"b[üu]y[üu]t",
        r"k[üu][çc][üu]lt",
        r"k[ıi]salt",
        r"uzat",
        r"metn\w*",
        r"yaz[ıi]\w*",
        r"de[ğg]i[şs]tir",
        r"[üu]r[üu]n\w*",
    ),
    rows=(
        (r"te[şs]ekk[üu]rler|te[şs]ekk[üu]r\s+ederim|sa[ğg]\s*ol(?:un)?", "thanks"),
        (r"m[üu]kemmel|harika|s[üu]per", "perfect"),
        (r"geri\s+al", "undo"),
        (r"ka[çc]\s+saniye|ne\s+kadar\s+s[üu]r[üu]yor|ne\s+kadar", "how long is"),
        (r"[şs]imdi", "now"),
        # The verb comes last: read first, as English puts it.
        (_BEFORE_VERB + r"(?:yapar\s+m[ıi]s[ıi]n|yapın|yap)", r"make \1"),
        (_BEFORE_VERB + r"(?:kald[ıi]r(?:ır\s+m[ıi]s[ıi]n)?|sil)", r"remove \1"),
        (_BEFORE_VERB + r"kapat", r"turn off \1"),
        (_BEFORE_VERB + r"ekle", r"add \1"),
        (_BEFORE_VERB + r"b[üu]y[üu]t", r"make \1 bigger"),
        (_BEFORE_VERB + r"k[üu][çc][üu]lt", r"make \1 smaller"),
        (_BEFORE_VERB + r"k[ıi]salt", r"make \1 shorter"),
        (_BEFORE_VERB + r"uzat", r"make \1 longer"),
        (_BEFORE_VERB + r"de[ğg]i[şs]tir", r"change \1"),
        (r"(?:m[üu]zi[ğg]in\s+)?sesini\s+k[ıi]s", "turn down the music"),
        (r"(?:m[üu]zi[ğg]in\s+)?sesini\s+a[çc]", "turn up the music"),
        (r"reklam[ıi]|reklam|videoyu|video", "the ad"),
        (r"m[üu]zi[ğg]i|m[üu]zik", "the music"),
        (r"(\w+)\s+(?:metnini|metni|yaz[ıi]s[ıi]n[ıi]|yaz[ıi]s[ıi])", r"the \1 text"),
        (r"metnini|metni|yaz[ıi]s[ıi]n[ıi]|yaz[ıi]s[ıi]|yaz[ıi]y[ıi]|yaz[ıi]", "the text"),
        (r"[üu]r[üu]n[üu]|[üu]r[üu]n", "the product"),
        (r"ilk\s+sahne(?:yi|nin|de)?", "the first scene"),
        (r"son\s+sahne(?:yi|nin|de)?", "the last scene"),
        (r"sahneyi|sahnesi|sahnede|sahne", "scene"),
        (r"saniyelik|saniye|sn", "seconds"),
        (r"daha\s+k[ıi]sa", "shorter"),
        (r"daha\s+uzun", "longer"),
        (r"daha\s+b[üu]y[üu]k", "bigger"),
        (r"daha\s+k[üu][çc][üu]k", "smaller"),
        (r"daha\s+sessiz|daha\s+k[ıi]s[ıi]k", "quieter"),
        (r"daha\s+y[üu]ksek|daha\s+g[üu][çc]l[üu]", "louder"),
        (r"biraz", "a bit"),
        (r"ve", "and"),
    ),
    leftovers=(r"l[üu]tfen", r"bir", r"bu", r"şu"),
)

POLISH_CORE = Language(
    "pl-core",
    markers=(
        r"wy[łl][ąa]cz",
        r"w[łl][ąa]cz",
        r"lektor\w*",
        r"zostaw",
        r"tylko",
        r"zmie[ńn]",
        r"scen(?:ie|ę|y)",  # (never "scene": English)
        r"przesu[ńn]",
        r"na\s+d[óo][łl]",
        r"na\s+g[óo]r[ęe]",
        r"usu[ńn]",
        r"dodaj",
        r"zr[óo]b",
        r"prosz[ęe]",
        r"dzi[ęe]k\w*",
        r"reklam[aęy]",
        r"sekund\w*",
        r"muzyk[aęi]",
        r"tekst",
        r"ile\s+trwa",
        r"teraz",
    ),
    rows=(
        (r"dzi[ęe]kuj[ęe]|dzi[ęe]ki", "thanks"),
        (r"ile\s+trwa", "how long is"),
        (r"teraz", "now"),
        (r"wy[łl][ąa]cz", "turn off"),
        (r"w[łl][ąa]cz", "turn on"),
        (r"g[łl]os\s+lektora|lektora|lektor", "the voiceover"),
        (r"zostaw\s+tylko", "keep only"),
        (r"zostaw", "keep"),
        (r"tylko", "only"),
        (r"muzyk[ęea]|muzyki", "the music"),
        (r"zmie[ńn]", "change"),
        (r"przesu[ńn]|przenie[śs]", "move"),
        (r"usu[ńn]", "remove"),
        (r"dodaj", "add"),
        (r"zr[óo]b", "make"),
        (r"cofnij", "undo"),
        (r"w\s+(pierwszej|drugiej|trzeciej|czwartej|ostatniej)\s+scenie", r"in the \1 scene"),
        (
            r"(pierwsz[aąey]|drug[aąeiy]|trzeci[aąey]?|czwart[aąey]|ostatni[aąey]?)\s+scen[ęea]",
            r"the \1 scene",
        ),
        (r"pierwsz\w*", "first"),
        (r"drugi\w*", "second"),
        (r"trzeci\w*", "third"),
        (r"czwart\w*", "fourth"),
        (r"ostatni\w*", "last"),
        (r"scenie|scen[ęea]", "scene"),
        (r"w(?=\s+\w)", "in the"),
        (r"tekst", "the text"),
        (r"reklam[ęay]", "the ad"),
        (r"sekund[ay]?", "seconds"),
        (r"na\s+d[óo][łl]", "to the bottom"),
        (r"na\s+g[óo]r[ęe]", "to the top"),
        (r"na\s+[śs]rodek", "to the center"),
        (r"na(?=\s+(?:\ue000|\d))", "to"),
        (r"go|j[ąa]|je", "it"),
        (r"wi[ęe]ksz[aąey]", "bigger"),
        (r"mniejsz[aąey]", "smaller"),
        (r"kr[óo]tsz[aąey]", "shorter"),
        (r"d[łl]u[żz]sz[aąey]", "longer"),
        (r"g[łl]o[śs]niej", "louder"),
        (r"ciszej", "quieter"),
        (r"troch[ęe]", "a bit"),
        (r"i", "and"),
    ),
    leftovers=(r"prosz[ęe]", r"t[ęe]"),
)

# After :data:`languages.LANGUAGES` (which win a tie of markers).
MORE_LANGUAGES: tuple[Language, ...] = (TURKISH, POLISH_CORE)

__all__ = ["MORE_LANGUAGES", "POLISH_CORE", "TURKISH"]
