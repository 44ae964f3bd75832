"""Requests typed in Spanish, French or German, read as the English the rest of the parser
knows: "pon la música más baja" -> "make the music quieter".

Part of :mod:`adgen.agent.understanding`. Marketers paste copy in their language and sometimes
write the request in it too. ``GLOSSARY`` is a table of phrases (most specific first) and their
English; it applies only to the words outside quotes (quoted copy is never translated) and only
to a message that has at least one phrase of the table, so an English message is untouched.
Adding a phrase is adding a row.
"""

from __future__ import annotations

import re

_I = re.I

# (phrase, English). Word boundaries are added; accents are optional where people drop them.
GLOSSARY: tuple[tuple[str, str], ...] = (
    # Thanks, in any of them: no request of its own
    (r"gracias|merci|danke(?:\s+sch[oö]n)?|obrigad[oa]|grazie", "thanks"),
    # Spanish
    (r"el\s+texto\s+final|el\s+texto\s+del\s+cierre", "the end card text"),
    (r"el\s+texto\s+del\s+gancho|el\s+texto\s+del\s+hook", "the hook text"),
    (r"la\s+escena\s+del\s+problema", "the problem scene"),
    (r"la\s+escena\s+del\s+gancho", "the hook scene"),
    (r"la\s+escena\s+final|la\s+[uú]ltima\s+escena", "the last scene"),
    (r"la\s+escena\s+del\s+testimonio", "the testimonial scene"),
    (r"el\s+gancho", "the hook"),
    (r"demasiado\s+alta|demasiado\s+alto|demasiado\s+fuerte", "too loud"),
    (r"demasiado\s+peque[nñ]o|demasiado\s+peque[nñ]a", "too small"),
    (r"demasiado\s+grande", "too big"),
    (r"demasiado\s+largo|demasiado\s+larga", "too long"),
    (r"(?:sube|s[uú]bele|subir|suba)", "turn up"),
    (r"(?<!m[aá]s\s)(?:baja|b[aá]jale|bajar)", "turn down"),
    (r"est[aá]", "is"),
    (r"(?:quita|quite|quitar|elimina|elimine|borra|borre|saca|saque)", "remove"),
    (r"(?:cambia|cambie|cambiar)", "change"),
    (r"arriba", "at the top"),
    (r"abajo", "at the bottom"),
    (r"un\s+poco", "a bit"),
    (r"a(?=\s+\ue000)", "to"),
    (r"y", "and"),
    (r"m[aá]s\s+baja|m[aá]s\s+bajo|m[aá]s\s+suave", "quieter"),
    (r"m[aá]s\s+alta|m[aá]s\s+alto|m[aá]s\s+fuerte", "louder"),
    (r"m[aá]s\s+grande", "bigger"),
    (r"m[aá]s\s+peque[nñ]o|m[aá]s\s+peque[nñ]a", "smaller"),
    (r"m[aá]s\s+corto|m[aá]s\s+corta", "shorter"),
    (r"m[aá]s\s+largo|m[aá]s\s+larga", "longer"),
    (r"la\s+m[uú]sica|el\s+volumen", "the music"),
    (r"el\s+anuncio|el\s+video|el\s+v[ií]deo", "the ad"),
    (r"el\s+texto", "the text"),
    (r"segundos", "seconds"),
    (r"hazlo|hazla|ponlo|ponla", "make it"),
    (r"(?:haz|pon|ponga|haga|cambia|cambie)", "make"),
    (r"amarillo|amarilla", "yellow"),
    (r"rojo|roja", "red"),
    (r"blanco|blanca", "white"),
    (r"negro|negra", "black"),
    (r"azul", "blue"),
    (r"verde", "green"),
    # French
    (r"trop\s+fort|trop\s+forte", "too loud"),
    (r"trop\s+petit|trop\s+petite", "too small"),
    (r"trop\s+grand|trop\s+grande|trop\s+gros", "too big"),
    (r"trop\s+long|trop\s+longue", "too long"),
    (r"trop\s+court|trop\s+courte", "too short"),
    (r"trop", "too"),
    (r"est", "is"),
    (r"la\s+sc[eè]ne\s+du\s+probl[eè]me", "the problem scene"),
    (r"le\s+produit", "the product"),
    (r"(?:doit|devrait)\s+[eê]tre", "should be"),
    (r"(?:baisse|baissez|baisser)", "turn down"),
    (r"(?:monte|montez|augmente|augmentez)", "turn up"),
    (r"un\s+peu", "a bit"),
    (r"premi[eè]re|premier", "first"),
    (r"deuxi[eè]me|seconde", "second"),
    (r"troisi[eè]me", "third"),
    (r"derni[eè]re|dernier", "last"),
    (r"sc[eè]ne", "scene"),
    (r"dans\s+la|dans\s+le|dans", "in the"),
    (r"plus\s+fort|plus\s+haut", "louder"),
    (r"moins\s+forte?|plus\s+basse?|plus\s+douce?", "quieter"),
    (r"plus\s+grand|plus\s+grande|plus\s+gros", "bigger"),
    (r"plus\s+petit|plus\s+petite", "smaller"),
    (r"plus\s+court|plus\s+courte", "shorter"),
    (r"plus\s+long|plus\s+longue", "longer"),
    (r"la\s+musique|le\s+son", "the music"),
    (r"la\s+pub(?:licit[eé])?|l['’]annonce|la\s+vid[eé]o", "the ad"),
    (r"le\s+texte", "the text"),
    (r"secondes", "seconds"),
    (r"(?:mets|mettez|fais|faites|rends|rendez)", "make"),
    (r"jaune", "yellow"),
    (r"rouge", "red"),
    (r"blanc|blanche", "white"),
    (r"noir|noire", "black"),
    (r"bleu|bleue", "blue"),
    (r"vert|verte", "green"),
    # German
    (r"zu\s+laut", "too loud"),
    (r"zu\s+leise", "too quiet"),
    (r"zu\s+klein", "too small"),
    (r"zu\s+gro(?:ß|ss)", "too big"),
    (r"zu\s+lang", "too long"),
    (r"zu\s+kurz", "too short"),
    (r"ist|sind", "is"),
    (r"den\s+markennamen|der\s+markenname|den\s+namen\s+der\s+marke", "the brand name"),
    (r"(?:[äa]ndere|[äa]ndert|[äa]ndern\s+sie|wechsle)", "change"),
    (r"zu|auf", "to"),
    (r"etwas|ein\s+bisschen|ein\s+wenig", "a bit"),
    (r"und", "and"),
    (r"die\s+musik|die\s+lautst[aä]rke", "the music"),
    (r"den\s+text|der\s+text|die\s+schrift", "the text"),
    (r"(?:im|in\s+dem)\s+hook", "in the hook"),
    (r"(?:im|in\s+dem)\s+cta", "in the cta"),
    (r"(?:die|der|das)\s+(?:werbung|anzeige|video|spot)", "the ad"),
    (r"sekunden", "seconds"),
    (r"(?:mach|mache|macht|machen\s+sie)", "make"),
    (r"wie\s+lang(?:e)?", "how long"),
    (r"insgesamt", "in total"),
    (r"ersten?|erste", "first"),
    (r"zweiten?|zweite", "second"),
    (r"dritten?|dritte", "third"),
    (r"letzten?|letzte", "last"),
    (r"szene", "scene"),
    (r"in\s+der|in\s+dem|im", "in the"),
    (r"leiser", "quieter"),
    (r"lauter", "louder"),
    (r"gr[oö](?:ß|ss)er", "bigger"),
    (r"kleiner", "smaller"),
    (r"k[uü]rzer", "shorter"),
    (r"l[aä]nger", "longer"),
    (r"gelb", "yellow"),
    (r"rot", "red"),
    (r"wei(?:ß|ss)", "white"),
    (r"schwarz", "black"),
    (r"blau", "blue"),
    (r"gr[uü]n", "green"),
    # Portuguese
    (r"o\s+texto\s+d[oa]", "the text of the"),
    (r"o\s+texto", "the text"),
    (r"(?:coloca|coloque|p[oõ]e|ponha)\s+(?:ele|ela|isso)", "put it"),
    (r"no\s+centro|ao\s+centro", "in the center"),
    (r"gancho", "hook"),
    (r"para(?=\s+\ue000)", "to"),
    (r"(?:muda|mude)", "change"),
    (r"(?:deixa|deixe|coloca|coloque|faz|fa[cç]a|p[oõ]e|ponha)", "make"),
    (r"(?:tira|tire|remove|remova|apaga|apague)", "remove"),
    (r"branco|branca", "white"),
    (r"preto|preta", "black"),
    (r"amarelo|amarela", "yellow"),
    (r"vermelho|vermelha", "red"),
    (r"m[uú]sica", "music"),
    (r"mais\s+baixa|mais\s+baixo", "quieter"),
    (r"mais\s+alta|mais\s+alto", "louder"),
    (r"maior", "bigger"),
    (r"menor", "smaller"),
    # Italian
    (r"lo\s+slogan|il\s+motto", "the tagline"),
    (r"in(?=\s+\ue000)", "to"),
    (r"un\s+po['’]?", "a bit"),
    (r"pi[uù]\s+bass[ao]|pi[uù]\s+piano", "quieter"),
    (r"pi[uù]\s+alt[ao]|pi[uù]\s+fort[ei]", "louder"),
    (r"la\s+musica", "the music"),
    (r"e", "and"),
    (r"dell['’]hook", "of the hook"),
    (r"dell['’]cta", "of the cta"),
    (r"il\s+testo", "the text"),
    (r"pi[uù]\s+grande", "bigger"),
    (r"pi[uù]\s+piccolo|pi[uù]\s+piccola", "smaller"),
    # Dutch
    (r"maak|maakt", "make"),
    (r"de\s+muziek", "the music"),
    (r"de\s+tekst", "the text"),
    (r"wat(?=\s+(?:zachter|luider|harder|groter|kleiner|korter|langer))", "a bit"),
    (r"zachter|stiller", "quieter"),
    (r"luider|harder", "louder"),
    (r"groter", "bigger"),
    (r"korter", "shorter"),
)
_ROWS = tuple(
    (re.compile(rf"(?<![\w\ue000-\ue1ff])(?:{phrase})(?![\w])", _I), english) for phrase, english in GLOSSARY
)
# Phrases no English request contains: the message is in another language when one is there.
_MARKER_RE = re.compile(
    r"(?<![\w])(?:m[aá]s|m[uú]sica|segundos|anuncio|haz|pon|musique|secondes|mets|plus\s+fort|moins\s+fort|"
    r"musik|sekunden|mach|macht|leiser|lauter|gelb|texto|texte|testo|den\s+text|szene|anzeige|insgesamt|muziek|zachter|luider|maak|groter|tekst|"
    r"cambia|coloca|coloque|hazlo|musica|"
    r"escena|gancho|quita|arriba|abajo|musique|baisse|baissez|produit|sc[eè]ne|markennamen?|[äa]ndere|etwas|"
    r"deixa|deixe|branco|branca|m[uú]sica|danke|gracias|merci|trop|zu\s+laut|zu\s+leise|demasiado|sube|"
    r"en\s+(?:rouge|blanc|blanche|noir|jaune|bleu|vert|rojo|blanco|negro|amarillo|azul|verde))(?![\w])",
    _I,
)
# Words the translation leaves that English does not need ("de 30 seconds", "en jaune").
_LEFTOVER_RE = re.compile(
    r"(?<![\w])(?:de|del|la|le|les|el|en|un|une|una|ein|eine|bitte|por\s+favor|s['’]il\s+te\s+pla[iî]t)(?![\w])",
    _I,
)


def to_english(masked: str) -> str:
    """The words outside quotes in English when the message is in another language, else as is."""
    if not _MARKER_RE.search(masked):
        return masked
    out = masked
    for pattern, english in _ROWS:
        out = pattern.sub(english, out)
    if out == masked:
        return masked
    return " ".join(_LEFTOVER_RE.sub(" ", out).split())


__all__ = ["GLOSSARY", "to_english"]
