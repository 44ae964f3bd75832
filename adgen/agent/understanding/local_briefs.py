"""A new ad's brief typed as labelled lines, or in French, Polish, Turkish, Japanese, Greek, Hindi or
Thai, read as the one-line English brief the rest of the parser knows.

Part of :mod:`adgen.agent.understanding` (dev19's local businesses, 2026-12-05). Used only with no
ad open (a labelled line with an ad open, "cta: Book now", is an edit).

- **Labelled lines** ("business: BrightSide Dental / length: 15 seconds / mood: friendly / cta: Book
  your checkup", with or without markdown: "**Brief**", "- ", "* ", "## "): each label is a row of
  ``LABELS``; the brief is "a 15 seconds ad for BrightSide Dental, friendly mood, ending on
  “Book your checkup”". A line with a label the table does not know leaves the message as it is.
- **Another language**: a brief is a message with one of the language's words for an ad
  (``BriefLanguage.ad``). Its length ("15 secondes", "20 sekund", "15 saniyelik", "15秒",
  "20 δευτερολέπτων", "15 सेकंड", "15 วินาที"), its kind of business ("salon de coiffure",
  "siłowni", "カフェ": ``kinds``), its mood words (``moods``), a platform, and the business's
  name: quoted («Θάλασσα», 「こもれび」, 'मीठा घर') or written in capitals (Chez Margot,
  IronHouse, Kebapçı Yusuf). With a name: "make a 15 second ad for our hair salon “Chez Margot”,
  elegant". Without one, "make me a 15 second ad, energetic": an open brief, which asks what the ad
  is for (:mod:`open_brief`).

A new word is a row: a kind of business, a mood, a word for an ad, in its language's table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.I

# --- labelled lines --------------------------------------------------------------------------------

# (label pattern, what it gives): "name" the business, "product" what it sells, "length", "mood",
# "cta" the end card's words, "hook" the first scene's words.
LABELS: tuple[tuple[str, str], ...] = (
    (
        r"business|brand|brand\s+name|client|company|shop|store|name|business\s+name|restaurant|salon|gym",
        "name",
    ),
    (r"product|service|services|what\s+we\s+sell|offer", "product"),
    (r"length|duration|runtime|run\s*time|time|seconds|format\s+length", "length"),
    (r"mood|vibe|tone|feel|feeling|style|energy", "mood"),
    (r"cta|call\s+to\s+action|end\s+card|end\s+screen|ending|closing\s+line|end\s+with|final\s+card", "cta"),
    (r"hook|opening\s+line|opener|first\s+line", "hook"),
)
_LABEL_RES = tuple((re.compile(rf"^(?:{pattern})$", _I), field) for pattern, field in LABELS)
# A heading line that says only that a brief follows ("**Brief**", "## Ad brief", "New ad:").
_HEADING_RE = re.compile(
    r"^(?:(?:new|ad|video|our|the|my|client|quick|creative)\s+)*(?:brief|ad|ad\s+request|request|details)\s*:?$",
    _I,
)
_MARKUP_RE = re.compile(r"^\s*(?:[-*•·▪►>]+|#+|\d+[.)])?\s*")
_LINE_RE = re.compile(r"^(?P<k>[A-Za-z][A-Za-z ]{1,24}?)\s*(?::|=|\s[-\u2013\u2014]\s)\s*(?P<v>.+)$")
# A labelled line without its colon, its value quoted ("- end card 'Pass in a week'"), a length alone
# ("- 20 seconds"), and a line of plain words between labelled ones ("- intensive courses, 5 days":
# a bullet brief written half as labels, dev27; unlabelled lines made the whole brief unread).
_QUOTED_LINE_RE = re.compile(r"^(?P<k>[A-Za-z][A-Za-z ]{1,24}?)\s+(?P<v>['‘\"“«].+['’\"”»])$")
_LENGTH_LINE_RE = re.compile(r"^\d{1,3}(?:\.\d)?\s*(?:s|secs?|seconds?)\.?$", _I)
_UNLABELLED_RE = re.compile(r"^[\w£$€%&'’ ,.\-–]{2,60}$")
_QUOTED_VALUE_RE = re.compile(r"^\s*['‘\"“«](?P<v>.+)['’\"”»]\s*$")


def _value(text: str) -> str:
    text = text.strip().strip("*_").strip()
    m = _QUOTED_VALUE_RE.match(text)
    return (m.group("v") if m else text).strip()


def labelled_brief(raw: str) -> str | None:
    """A brief of labelled lines as one English line, or None when it is not one."""
    text = raw.strip()
    if text.startswith("{") and text.endswith("}"):
        # ('{"business": "FlowFix", "length": "15s"}': JSON-ish, a pair a line)
        text = re.sub(r"[\"{}]", "", text)
        text = re.sub(r",\s*(?=[A-Za-z _]{2,24}:)", "\n", text).replace("_", " ")
    # ("business: X | length: 15s | mood: calm", "…; …", "…, length: 15s": one line, its pairs set off)
    text = re.sub(
        r"\s*(?:\||;|\s/\s|,(?=\s*[A-Za-z][A-Za-z ]{1,24}:))\s*(?=[A-Za-z][A-Za-z ]{1,24}:)", "\n", text
    )
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    fields: dict[str, str] = {}
    unlabelled: list[str] = []
    for line in lines:
        bare = _MARKUP_RE.sub("", line).replace("**", "").replace("__", "").strip()
        if not bare or _HEADING_RE.match(bare):
            continue
        m = _LINE_RE.match(bare) or _QUOTED_LINE_RE.match(bare)
        if m is None:
            if _LENGTH_LINE_RE.match(bare) and "length" not in fields:
                fields["length"] = bare  # ("- 20 seconds" between labelled lines)
                continue
            if not _UNLABELLED_RE.match(bare):
                return None
            unlabelled.append(bare)  # ("- intensive courses, 5 days": what the ad is about)
            continue
        label = " ".join(m.group("k").split())
        field = next((f for pattern, f in _LABEL_RES if pattern.match(label)), None)
        if field is None or field in fields:
            return None
        fields[field] = _value(m.group("v"))
    if unlabelled and "name" not in fields:
        return None  # (a scene list, "2. showcase the Lockly smart lock": read as it is)
    if unlabelled:
        fields.setdefault("product", "; ".join(unlabelled))
    named = re.fullmatch(r"(?P<n>[^()]+?)\s*\((?P<p>[^()]+)\)", fields.get("name", ""))
    if named is not None:  # ("brand: Petal Post (flower delivery)": the name, and what it sells)
        fields["name"] = named.group("n")
        fields.setdefault("product", named.group("p"))
    if len(fields) < 2 or not ({"name", "product"} & fields.keys()):
        return None  # ("cta: … / length: …" with no ad yet: nothing says what the ad is for)
    length = fields.get("length", "")
    if length and not re.search(r"\d", length):
        return None
    if length and re.fullmatch(r"\d+(?:\.\d+)?", length):
        length += " seconds"
    parts = [f"make a {length} ad".replace("  ", " ") if length else "make an ad"]
    if "name" in fields:
        parts[0] += f" for “{fields['name']}”"
    if "product" in fields:
        parts.append(fields["product"])
    if "mood" in fields:
        parts.append(f"{fields['mood']} mood")
    text = ", ".join(parts)
    if "hook" in fields:
        text += f", hook “{fields['hook']}”"
    if "cta" in fields:
        text += f", ending on “{fields['cta']}”"
    return text


# --- briefs in another language ----------------------------------------------------------------------


@dataclass(frozen=True)
class BriefLanguage:
    """One language's words for a brief (patterns, case-insensitive)."""

    name: str
    ad: str  # the words for an ad
    seconds: str  # the unit after a number of seconds
    kinds: tuple[tuple[str, str], ...]  # a kind of business, in English (a business noun last)
    moods: tuple[tuple[str, str], ...]  # a mood word, in English
    latin: bool = True  # names written in capitals (else only quoted)
    # Words only this language has, one of which a Latin-letter brief must hold besides its word
    # for an ad (Swedish "reklam" and Norwegian "reklame" are no Turkish or Polish).
    marker: str = ""
    # The words a Latin-letter brief may hold besides the ones read (asking, articles, "for"): a
    # word outside every row (a product in small letters, "bougies") leaves the message to the
    # translation tables, which read more.
    fillers: str = ""
    # Words of an edit of an ad's parts ("最後に「…」と入れて": put "…" at the end): with them the
    # message is no brief (a language written without the fillers' gate).
    edits: str = ""


LANGUAGES: tuple[BriefLanguage, ...] = (
    BriefLanguage(
        "fr",
        # ("quelque chose de chic pour Instagram": something, the ad itself)
        r"pubs?|publicit[ée]s?|spots?\s+publicitaires?|r[ée]clames?|quelque\s+chose|un\s+truc",
        r"secondes?|sec|s",
        (
            (r"salon\s+de\s+coiffure|coiffeur|coiffeuse", "hair salon"),
            (r"institut\s+de\s+beaut[ée]|salon\s+de\s+beaut[ée]", "beauty salon"),
            (r"salle\s+de\s+sport", "gym"),
            (r"boulangerie", "bakery"),
            (r"p[âa]tisserie", "pastry shop"),
            (r"fleuriste", "flower shop"),
            (r"librairie", "book shop"),
            (r"pizzeria", "pizzeria"),
            (r"restaurant|resto|bistrot|brasserie", "restaurant"),
            (r"caf[ée]", "cafe"),
            (r"bar", "bar"),
            (r"boutique|magasin", "shop"),
            (r"salon", "salon"),
        ),
        (
            (r"[ée]l[ée]gante?s?|chic", "elegant"),
            (r"chaleureu(?:x|se)|chaleur", "warm"),
            (r"cosy|cocooning|douillette?", "cozy"),
            (r"[ée]nergiques?|dynamiques?", "energetic"),
            (r"calmes?|apaisante?s?|zen|douce?", "calm"),
            (r"fun|ludiques?|amusante?s?|dr[ôo]le", "fun"),
            (r"luxueu(?:x|se)|luxe", "luxurious"),
            (r"fra[îi]che?|estivale?", "fresh"),
            (r"conviviale?|sympa", "friendly"),
        ),
        marker=r"pour|une?|secondes?|quelque|chose|moi|fais|faites|besoin|veux|voudrais|svp|ambiance",
        fillers=r"je|j|ai|besoin|d|une?|de|des|du|le|la|les|l|pour|moi|me|m|fais|faites|faire|cr[ée]e[zr]?|"
        r"voudrais|voudrions|veux|aimerais|il|faut|quelque|chose|truc|petite?|courte?|rapide|s|te|vous|pla[îi]t|"
        r"svp|stp|sur|avec|et|ambiance|style|vibe|mon|ma|mes|notre|nos|secondes?|sec|nouvelle?|merci|bonjour|salut",
    ),
    BriefLanguage(
        "pl",
        r"reklam(?:a|ę|e|y|ą|ka|kę|ki)|spot(?:a|u)?|filmik(?:a|u)?",
        r"sekund(?:y|ę)?|sek|s",
        (
            (r"salon(?:u)?\s+fryzjersk(?:i|iego)|fryzjer(?:a)?", "hair salon"),
            (r"salon(?:u)?\s+kosmetyczn(?:y|ego)", "beauty salon"),
            (r"si[łl]owni(?:a|ę)?", "gym"),
            (r"kawiarni(?:a|ę)?", "cafe"),
            (r"piekarni(?:a|ę)?", "bakery"),
            (r"cukierni(?:a|ę)?", "pastry shop"),
            (r"kwiaciarni(?:a|ę)?", "flower shop"),
            (r"pizzeri(?:a|i|ę)", "pizzeria"),
            (r"restauracj(?:a|i|ę)", "restaurant"),
            (r"sklep(?:u)?", "shop"),
            (r"bar(?:u)?", "bar"),
            (r"salon(?:u)?", "salon"),
        ),
        (
            (r"energiczn\w*|dynamiczn\w*", "energetic"),
            (r"przytuln\w*", "cozy"),
            (r"eleganck\w*|szykown\w*", "elegant"),
            (r"spokojn\w*|relaksując\w*", "calm"),
            (r"ciep[łl]\w*", "warm"),
            (r"zabawn\w*|weso[łl]\w*", "fun"),
            (r"luksusow\w*", "luxurious"),
            (r"letni\w*|wakacyjn\w*|śwież\w*", "fresh"),
            (r"przyjazn\w*", "friendly"),
        ),
        marker=r"dla|sekund\w*|zr[óo]b\w*|mi|nam|potrzebuj\w*|co[śs]|prosz[ęe]|chc[ęe]|reklam[ęy]",
        fillers=r"zr[óo]b\w*|zrobi[ćc]|mi|nam|potrzebuj\w*|chc[ęe]|chcemy|chcia[łl]\w*|poprosz[ęe]|prosz[ęe]|co[śs]|"
        r"jak[ąa][śs]|jaki[śs]|kr[óo]tk\w*|na|dla|i|oraz|z|w|klimat\w*|styl\w*|moj\w*|nasz\w*|sekund\w*|"
        r"sek|nowa|now[ąy]|cze[śs][ćc]|dzi[ęe]ki|hej",
    ),
    BriefLanguage(
        "tr",
        r"reklam(?:ı|i|a|ın|lar)?|tan[ıi]t[ıi]m\s+videosu",
        r"saniyelik|saniye|sn",
        (
            (r"kebap[çc][ıi]|kebab[çc][ıi]", "kebab shop"),
            (r"berber", "barbershop"),
            (r"kuaf[öo]r", "hair salon"),
            (r"[çc]i[çc]ek[çc]i", "flower shop"),
            (r"spor\s+salonu", "gym"),
            (r"pastane", "pastry shop"),
            (r"f[ıi]r[ıi]n", "bakery"),
            (r"kafe|kahveci", "cafe"),
            (r"restoran|lokanta", "restaurant"),
            (r"d[üu]kkan|ma[ğg]aza", "shop"),
        ),
        (
            (r"s[ıi]cak", "warm"),
            (r"samimi", "friendly"),
            (r"enerjik|dinamik", "energetic"),
            (r"e[ğg]lenceli", "fun"),
            (r"[şs][ıi]k|zarif", "elegant"),
            (r"sakin|huzurlu", "calm"),
            (r"l[üu]ks", "luxurious"),
            (r"ferah|taze", "fresh"),
        ),
        marker=r"i[çc]in|saniye\w*|bir|laz[ıi]m|olsun|yap\w*|bana|bize|istiyorum|istiyoruz|reklam[ıi]",
        fillers=r"bir|bana|bize|yap\w*|m[ıi]s[ıi]n|laz[ıi]m|istiyorum|istiyoruz|i[çc]in|ve|olsun|k[ıi]sa|biraz|"
        r"[çc]ok|[şs]ey|tarz\w*|hava\w*|saniyelik|saniye|sn|l[üu]tfen|bizim|benim|yeni|merhaba|te[şs]ekk[üu]rler",
    ),
    BriefLanguage(
        "ja",
        r"広告|ＣＭ|CM|コマーシャル|宣伝動画|動画",
        r"秒",
        (
            (r"カフェ|喫茶店", "cafe"),
            (r"ベーカリー|パン屋", "bakery"),
            (r"ジム", "gym"),
            (r"美容院|美容室|ヘアサロン", "hair salon"),
            (r"サロン", "salon"),
            (r"レストラン|食堂", "restaurant"),
            (r"居酒屋|バー", "bar"),
            (r"ラーメン屋", "ramen shop"),
            (r"花屋", "flower shop"),
            (r"店|ショップ", "shop"),
        ),
        (
            (r"落ち着いた|穏やかな|静かな", "calm"),
            (r"温かい|あたたかい|暖かい", "warm"),
            (r"元気な?|エネルギッシュな?", "energetic"),
            (r"おしゃれな?|上品な?|エレガントな?", "elegant"),
            (r"楽しい", "fun"),
            (r"高級感?", "luxurious"),
            (r"爽やかな?|さわやかな?", "fresh"),
        ),
        latin=False,
        edits=r"最後|最初|文字|テキスト|色|音楽|ナレーション|入れて|変えて|大きく|小さく|短く|長く|消して|シーン",
    ),
    BriefLanguage(
        "el",
        r"διαφήμιση[ςη]?|διαφημιστικό|σποτ",
        r"δευτερ[οό]λ[εέ]πτ\w*|δευτ",
        (
            (r"ταβέρνα[ςη]?", "taverna"),
            (r"καφετέρια[ςη]?|καφέ", "cafe"),
            (r"γυμναστήρι(?:ο|ου)", "gym"),
            (r"κομμωτήρι(?:ο|ου)", "hair salon"),
            (r"φούρν(?:ο|ος|ου)|αρτοποιεί(?:ο|ου)", "bakery"),
            (r"ζαχαροπλαστεί(?:ο|ου)", "pastry shop"),
            (r"εστιατόρι(?:ο|ου)", "restaurant"),
            (r"μαγαζ(?:ί|ιού)|κατάστημα", "shop"),
        ),
        (
            (r"καλοκαιριν\w*", "fresh"),
            (r"ζεστ\w*", "warm"),
            (r"κομψ\w*", "elegant"),
            (r"ενεργητικ\w*|δυναμικ\w*", "energetic"),
            (r"ήρεμ\w*|χαλαρ\w*", "calm"),
            (r"χαρούμεν\w*|διασκεδαστικ\w*", "fun"),
            (r"πολυτελ\w*", "luxurious"),
            (r"φιλικ\w*", "friendly"),
        ),
        latin=False,
        edits=r"κείμενο|μουσική|χρώμα|άλλαξε|βάλε|σκηνή|τελευταί|πρώτ|μεγαλύτερ|μικρότερ",
    ),
    BriefLanguage(
        "hi",
        r"विज्ञापन|ऐड|एड",
        r"सेकंड|सेकेंड",
        (
            (r"बेकरी", "bakery"),
            (r"सैलून|पार्लर", "salon"),
            (r"जिम", "gym"),
            (r"कैफे|कैफ़े", "cafe"),
            (r"रेस्टोरेंट|रेस्तरां|ढाबा", "restaurant"),
            (r"मिठाई\s+की\s+दुकान", "sweet shop"),
            (r"दुकान", "shop"),
        ),
        (
            (r"गर्मजोशी\w*|गर्म", "warm"),
            (r"मज़ेदार|मजेदार", "fun"),
            (r"शांत", "calm"),
            (r"ऊर्जावान|जोशीला|जोशीले", "energetic"),
            (r"शानदार|शाही", "luxurious"),
        ),
        latin=False,
        edits=r"टेक्स्ट|म्यूजिक|म्यूज़िक|रंग|बदल|डाल|सीन|आखिरी|पहले|बड़ा|छोटा",
    ),
    BriefLanguage(
        "th",
        r"โฆษณา",
        r"วินาที",
        (
            (r"ร้านกาแฟ|คาเฟ่", "cafe"),
            (r"ร้านเบเกอรี่", "bakery"),
            (r"ยิม", "gym"),
            (r"ร้านอาหาร", "restaurant"),
            (r"ร้าน", "shop"),
        ),
        (
            (r"สนุก", "fun"),
            (r"อบอุ่น", "warm"),
            (r"หรูหรา", "luxurious"),
            (r"สดชื่น", "fresh"),
        ),
        latin=False,
        edits=r"ข้อความ|เพลง|เปลี่ยน|ใส่|ฉาก|สุดท้าย|ใหญ่|เล็ก",
    ),
)
_PLATFORMS_RE = re.compile(
    r"(?<![\w])(instagram|insta|tiktok|facebook|reels?|stories|youtube|social|σόσιαλ)(?![\w])", _I
)
# A quoted name: «…», 「…」, 『…』, “…”, "…", '…' (an apostrophe inside a word is no quote).
_QUOTED_NAME_RE = re.compile(
    r"«\s*(?P<a>[^»]{1,60}?)\s*»|「(?P<b>[^」]{1,60})」|『(?P<c>[^』]{1,60})』|“(?P<d>[^”]{1,60})”"
    r"|\"(?P<e>[^\"]{1,60})\"|(?<![\w])['‘](?P<f>[^'’]{1,60})['’](?![\w])"
)
# A run of capitalised words (with "de", "la", "du" between them): Chez Margot, Les Deux Épis.
_CAP_WORD_RE = r"(?-i:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃÓĘĄÇĞİÖŞÜ][\w'’&-]*)"
_CAP_RUN_RE = re.compile(rf"{_CAP_WORD_RE}(?:\s+(?:(?-i:de|du|la|le|des|del|di)\s+)?{_CAP_WORD_RE})*")


# A name in Latin capitals inside a message in another script ("Komorebiカフェ": "Komorebi").
_LATIN_NAME_RE = re.compile(r"(?-i:[A-Z][A-Za-z0-9'&-]*(?:[ \t]+[A-Z][A-Za-z0-9'&-]*)*)")
_GREEK_WORD = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+"
_GREEK_NAME_RE = re.compile(rf"(?<=\s){_GREEK_WORD}(?:\s+{_GREEK_WORD})*")


def _language(raw: str) -> tuple[BriefLanguage, re.Match[str]] | None:
    """The first language whose word for an ad the message holds."""
    for language in LANGUAGES:
        if language.latin:
            found = re.search(rf"(?<![\w])(?:{language.ad})(?![\w])", raw, _I)
            if found and not re.search(rf"(?<![\w])(?:{language.marker})(?![\w])", raw, _I):
                found = None
        else:
            found = re.search(language.ad, raw, _I)
        if found:
            return language, found
    return None


def foreign_brief(raw: str) -> str | None:
    """A brief in another language as one English line (see the module docstring), or None."""
    if re.search(r"(?<![\w])(?:the|and|for|with|please|make|ad)(?![\w])", raw, _I):
        return None  # English around the words: the English reading has them
    found = _language(raw)
    if found is None:
        return None
    language = found[0]
    if language.edits and re.search(language.edits, raw):
        return None
    # (a Latin language's ad word must be a whole word; "pub" in "public" is no ad)
    after = r"(?![^\W\d_])" if language.latin else ""
    seconds = re.search(rf"(\d+(?:[.,]\d+)?)\s*(?:-\s*)?(?:{language.seconds}){after}", raw, _I)
    if len(re.findall(r"\d+(?:[.,]\d+)?", raw)) != (1 if seconds else 0):
        return None  # a number that is no length (a price, a date): the English reading has it
    name = None
    quoted = _QUOTED_NAME_RE.search(raw)
    if quoted:
        name = next(g for g in quoted.groups() if g)
    elif language.latin:
        name = _capitalised_name(raw, language)
    elif (greek := _GREEK_NAME_RE.search(raw)) and language.name == "el":
        name = greek.group(0)  # ("για το καφέ Αύρα": a name in Greek capitals, not opening the message)
    else:
        latin = _LATIN_NAME_RE.search(raw)
        if (
            latin
            and not re.fullmatch(r"CM|ＣＭ", latin.group(0))
            and not _PLATFORMS_RE.fullmatch(latin.group(0))
        ):
            name = latin.group(0)
    kind = next(
        (english for pattern, english in language.kinds if re.search(_whole(pattern, language), raw, _I)),
        None,
    )
    moods = [english for pattern, english in language.moods if re.search(_whole(pattern, language), raw, _I)]
    platform = _PLATFORMS_RE.search(raw)
    if language.latin and not _all_read(raw, language, name, seconds):
        return None
    ad = f"a {seconds.group(1).replace(',', '.')} second ad" if seconds else "an ad"
    if name:
        text = f"make {ad} for " + (f"our {kind} “{name}”" if kind else f"“{name}”")
    else:
        text = f"make me {ad}" + (f" for our {kind}" if kind else "")
    if moods:
        text += ", " + " and ".join(dict.fromkeys(moods))
    if platform and not name:
        text += f", for {platform.group(1).lower().replace('σόσιαλ', 'social')}"
    return text


def _all_read(raw: str, language: BriefLanguage, name: str | None, seconds: re.Match[str] | None) -> bool:
    """Whether every word of a Latin-letter brief is one the rows read, the name's or a filler."""
    text = raw
    if seconds:
        text = text[: seconds.start()] + " " + text[seconds.end() :]
    if name:
        text = text.replace(name, " ")
    text = _QUOTED_NAME_RE.sub(" ", text)
    for pattern in (language.ad, *(p for p, _ in language.kinds), *(p for p, _ in language.moods)):
        text = re.sub(_whole(pattern, language), " ", text, flags=_I)
    text = _PLATFORMS_RE.sub(" ", text)
    filler = re.compile(rf"^(?:{language.fillers})$", _I)
    return all(filler.match(w) for w in re.findall(r"[^\W\d_]+", text))


def _whole(pattern: str, language: BriefLanguage) -> str:
    return rf"(?<![\w])(?:{pattern})(?![\w])" if language.latin else pattern


def _capitalised_name(raw: str, language: BriefLanguage) -> str | None:
    """The business's name written in capitals, without the brief's own words before it
    ("Reklama", "Pub") or a platform ("Instagram")."""
    own = re.compile(rf"^(?:{language.ad}|{'|'.join(p for p, _ in language.moods)}|{language.fillers})$", _I)
    for m in _CAP_RUN_RE.finditer(raw):
        words = m.group(0).split()
        while words and own.match(words[0]) and not re.fullmatch(r"(?i:le|la|les|l|el|de)", words[0]):
            words.pop(0)
        if not words or _PLATFORMS_RE.fullmatch(words[0]):
            continue
        name = " ".join(words)
        if len(words) == 1 and m.start() == 0 and not re.search(r"[a-z][A-Z]", name):
            continue  # one capitalised word opening the message: the sentence's first word
        return name
    return None


def local_brief(raw: str) -> str | None:
    """``raw`` (a message with no ad open) as an English brief, or None to read it as it is."""
    return labelled_brief(raw) or foreign_brief(raw)


__all__ = ["LABELS", "LANGUAGES", "foreign_brief", "labelled_brief", "local_brief"]
