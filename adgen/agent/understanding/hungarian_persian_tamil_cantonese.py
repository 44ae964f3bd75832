"""The words of a request in Hungarian, Persian (Arabic script), Tamil and Cantonese (Traditional
characters), and the English reading of each: one vocabulary table per language, laid out as
:mod:`japanese_hindi_greek_thai`.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie). Each table holds the everyday edits: the music louder or quieter, the text bigger, smaller,
a colour or quoted copy, the first or the last scene's text, a scene longer or shorter, "a bit
more", undo and thanks. A word left unread makes the parser ask rather than guess; quoted copy is
never read.

Hungarian says it in the English order with the verb "legyen" (let it be): "a zene legyen egy
kicsit halkabb" is "the music should be a bit quieter"; its article "a"/"az" is dropped first.
Persian puts the verb last and marks the object with "را": "متن صحنه‌ی آخر را سفید کن" (the text
of the last scene, white, make) reads "make X Y"; a "ش" on the adjective is "it" ("بزرگ‌ترش کن",
make it bigger). Tamil puts the verb last too ("இசையை கொஞ்சம் குறைக்கவும்", the music a bit lower,
do): "X குறைக்கவும்" reads "X quieter" of the music. Cantonese is written without spaces (its
words are spaced apart first, :attr:`Language.segment`); it asks "可唔可以" (can or can't) and
says "少少" and "啲" for "a bit": "字大啲" is "the text a bit bigger".
"""

from __future__ import annotations

from adgen.agent.understanding.languages import Language

# A quoted copy, as the parser masks it (:mod:`quotes`).
_QUOTE = r"\ue000[\ue100-\ue1ff]"

# --- Hungarian ------------------------------------------------------------------------------------

_HU_MORE = r"(?:egy\s+)?(?:kicsit|kissé|picit|kicsivel|egy\s+kicsit)"

HUNGARIAN = Language(
    "hu",
    markers=(
        r"legyen",
        r"zen[eé]\w*",
        r"sz[öo]veg\w*",
        r"felirat\w*",
        r"jelenet\w*",
        r"rekl[áa]m\w*|hirdet[ée]s\w*",
        r"kicsit|kiss[ée]|picit",
        r"m[ée]g",
        r"halkabb\w*|hangosabb\w*|nagyobb\w*|kisebb\w*|hosszabb\w*|r[öo]videbb\w*",
        r"k[öo]sz[öo]n\w*|k[öo]szi",
        r"k[ée]rlek|l[ée]gyszi",
        r"m[áa]sodperc\w*",
        r"utols[óo]|els[őo]|nyit[óo]|z[áa]r[óo]",
        r"vissza|t[úu]l",
    ),
    rows=(
        # the article first, before any English "a" is written
        (r"az?(?=\s+\S)", ""),
        (r"k[öo]sz[öo]n[öo]m(?:\s+sz[ée]pen)?|k[öo]szi|k[öo]sz", "thanks"),
        (r"k[ée]rlek|l[ée]gyszi|l[ée]gy\s+sz[íi]ves", "please"),
        (r"t[úu]l\s+hangos\w*", "is too loud"),
        (r"t[úu]l\s+halk\w*", "is too quiet"),
        (r"t[úu]l\s+(?:kicsi|apr[óo])\w*", "is too small"),
        (r"t[úu]l\s+nagy\w*", "is too big"),
        (r"t[úu]l\s+hossz[úu]\w*", "is too long"),
        (r"t[úu]l\s+s[öo]t[ée]t\w*", "is too dark"),
        (r"(hook|cta)\s+(?:sz[öo]veg|felirat)\w*", r"the \1 text"),
        (r"vonja\s+vissza|vond\s+vissza|visszavon[áa]s|[áa]ll[íi]tsd\s+vissza", "undo"),
        (r"(?:nyit[óo]|kezd[őo]|els[őo])\s+(?:sz[öo]veg|felirat)\w*", "the text in the first scene"),
        (r"(?:z[áa]r[óo]|utols[óo]|befejez[őo])\s+(?:sz[öo]veg|felirat)\w*", "the text in the last scene"),
        (r"(?:sz[öo]veg|felirat)\w*\s+(?:a\s+)?v[ée]g[ée]n", "the text in the last scene"),
        (r"(?:sz[öo]veg|felirat)\w*\s+(?:az?\s+)?elej[ée]n", "the text in the first scene"),
        (r"(?:utols[óo]|z[áa]r[óo])\s+jelenet\w*", "the last scene"),
        (r"(?:els[őo]|nyit[óo])\s+jelenet\w*", "the first scene"),
        (r"m[áa]sodik\s+jelenet\w*", "the second scene"),
        (r"jelenet\w*", "the scene"),
        (r"(?:h[áa]tt[ée]r)?zen[eé]\w*|hanger[őo]\w*", "the music"),
        (r"sz[öo]veg\w*|felirat\w*|bet[űu]\w*", "the text"),
        (r"rekl[áa]m\w*|hirdet[ée]s\w*|vide[óo]\w*", "the ad"),
        (r"m[ée]g\s+" + _HU_MORE + r"|" + _HU_MORE + r"\s+m[ée]g", "a bit more"),
        (_HU_MORE, "a bit"),
        (r"m[ée]g", "more"),
        (r"halk[íi]tsd\s+le|vedd\s+lejjebb", "turn down"),
        (r"hangos[íi]tsd\s+fel|vedd\s+feljebb", "turn up"),
        (r"halkabb\w*", "quieter"),
        (r"hangosabb\w*", "louder"),
        (r"nagyobb\w*", "bigger"),
        (r"kisebb\w*", "smaller"),
        (r"hosszabb\w*", "longer"),
        (r"r[öo]videbb\w*", "shorter"),
        (r"vil[áa]gosabb\w*", "brighter"),
        (r"s[öo]t[ée]tebb\w*", "darker"),
        (r"nyugodtabb\w*", "calmer"),
        (r"lassabb\w*", "slower"),
        (r"gyorsabb\w*", "faster"),
        (r"feh[ée]r\w*", "white"),
        (r"fekete\w*", "black"),
        (r"s[áa]rg[aá]\w*", "yellow"),
        (r"piros\w*", "red"),
        (r"k[ée]k\w*", "blue"),
        (r"z[öo]ld\w*", "green"),
        (r"lila\w*", "purple"),
        (r"r[óo]zsasz[íi]n\w*", "pink"),
        (r"narancs\w*", "orange"),
        (r"(\d+(?:[.,]\d+)?)\s*m[áa]sodperc\w*", r"\1 seconds"),
        (r"legyen|legy[ée]l", "should be"),
        (r"csin[áa]ld|tedd", "make"),
        (r"v[áa]ltoztasd\s+meg|[íi]rd\s+[áa]t|cser[ée]ld\s+(?:le|ki)", "change"),
        (r"t[öo]r[öo]ld|vedd\s+ki", "remove"),
        (r"is(?!\s+too\s)", "too"),  # (not the "is too" of "is too loud", read above)
        (r"[ée]s", "and"),
    ),
    leftovers=(r"pls",),
)

# --- Persian (Arabic script, right to left) -------------------------------------------------------

_ZW = "\u200c?"  # (the zero-width non-joiner inside a word: "صحنه‌ی", "بزرگ‌تر")
_FA_DO = r"(?:بکنید|بکن|کنید|کن|بشه|بشود|شود)"
_FA_BIT = r"(?:یه\s+کم|یک\s+کم|یکم|یه\s+کمی|یک\s+کمی|کمی|کمی\s+هم)"


def _fa(word: str) -> str:
    return _ZW.join(word)


FARSI = Language(
    "fa",
    markers=(
        r"[\u0600-\u06ff\u200c]*[پچژگکی][\u0600-\u06ff\u200c]*",
        r"را|کن|کنید|بکن",
        r"متن|صحنه\S*|موسیقی\S*|آهنگ\S*|تبلیغ\S*|آگهی\S*",
        r"کمی|یکم|لطفا|لطفاً|ممنون|مرسی",
    ),
    rows=(
        (r"(\S*)،", r"\1,"),
        (r"(\S*)؟", r"\1?"),
        (r"لطفا|لطفاً|لطفن", ""),
        (r"ممنون(?:م)?|مرسی|متشکرم|سپاس", "thanks"),
        (r"برگرد(?:ون)?|واگرد|به\s+حالت\s+قبل\s+برگردون", "undo"),
        (r"(?:متن|نوشته)\S*\s+صحنه\S*\s+(?:آخر|آخری|پایانی)", "the text in the last scene"),
        (r"(?:متن|نوشته)\S*\s+صحنه\S*\s+(?:اول|اولی|نخست)", "the text in the first scene"),
        (r"(?:متن|نوشته)\S*\s+(?:آخر|پایانی|پایان)", "the text in the last scene"),
        (r"(?:متن|نوشته)\S*\s+(?:اول|شروع)", "the text in the first scene"),
        (r"صحنه\S*\s+(?:آخر|آخری|پایانی)", "the last scene"),
        (r"صحنه\S*\s+(?:اول|اولی|نخست)", "the first scene"),
        (r"صحنه\S*\s+دوم", "the second scene"),
        (r"صحنه\S*", "the scene"),
        (r"خیلی\s+(?:بلند|زیاد)(?:ه|\s+است)?", "is too loud"),
        (r"خیلی\s+(?:کوچک|ریز)(?:ه|\s+است)?", "is too small"),
        (r"خیلی\s+(?:طولانی|دراز)(?:ه|\s+است)?", "is too long"),
        (r"خیلی\s+تاریک(?:ه|\s+است)?", "is too dark"),
        (r"(?:صدای\s+)?(?:موسیقی|آهنگ)\S*|صدا", "the music"),
        (r"متن\S*|نوشته\S*", "the text"),
        (r"تبلیغ\S*|آگهی\S*|ویدیو\S*|ویدئو\S*", "the ad"),
        # "صدای موسیقی را کم کن": turn the music down
        (r"(the\s+music)\s+(?:را\s+)?(" + _FA_BIT + r"\s+)?کم\s+" + _FA_DO, r"make \1 \2 quieter"),
        (r"(the\s+music)\s+(?:را\s+)?(" + _FA_BIT + r"\s+)?زیاد\s+" + _FA_DO, r"make \1 \2 louder"),
        (r"(?:کمی|یکم|یه\s+کم|یک\s+کم)\s+(?:دیگه|دیگر|بیشتر)", "a bit more"),
        (_FA_BIT, "a bit"),
        (r"هم", "too"),
        # the comparatives, "ش" on them is "it": "بزرگ‌ترش کن", make it bigger
        (r"(" + _fa("بزرگ") + r"|" + _fa("درشت") + r")" + _ZW + r"تر(ش)?", r"bigger\2"),
        (_fa("کوچک") + _ZW + r"تر(ش)?|" + _fa("ریز") + _ZW + r"تر(ش)?", r"smaller\1"),
        (r"(?:آرام|آهسته|کم" + _ZW + r"صدا)" + _ZW + r"تر(ش)?", r"quieter\1"),
        (r"بلند" + _ZW + r"تر(ش)?", r"louder\1"),
        (r"کوتاه" + _ZW + r"تر(ش)?", r"shorter\1"),
        (r"طولانی" + _ZW + r"تر(ش)?", r"longer\1"),
        (r"روشن" + _ZW + r"تر(ش)?", r"brighter\1"),
        (r"تاریک" + _ZW + r"تر(ش)?", r"darker\1"),
        (r"سفید(ش)?", r"white\1"),
        (r"سیاه(ش)?|مشکی(ش)?", r"black\1\2"),
        (r"زرد(ش)?", r"yellow\1"),
        (r"قرمز(ش)?", r"red\1"),
        (r"آبی(ش)?", r"blue\1"),
        (r"سبز(ش)?", r"green\1"),
        (r"بنفش", "purple"),
        (r"صورتی(ش)?", r"pink\1"),
        (r"نارنجی(ش)?", r"orange\1"),
        (r"(\d+(?:\.\d+)?)\s*ثانیه\S*", r"\1 seconds"),
        (r"([a-z]+)ش(?=\s|$)", r"\1 it"),
        (
            r"([^,.;!?]+?)\s+را\s+(?:به\s+)?(" + _QUOTE + r")\s+(?:تغییر\s+بده|عوض\s+کن|" + _FA_DO + r")",
            r"change \1 to \2",
        ),
        (r"([^,.;!?]+?)\s+را\s+(?:حذف|پاک)\s+" + _FA_DO, r"remove \1"),
        (r"([^,.;!?]+?)\s+را\s+([^,.;!?]+?)\s+" + _FA_DO, r"make \1 \2"),
        (r"([^,.;!?]+?)\s+" + _FA_DO, r"make \1"),
        # ("make a bit too bigger it": the English order, "make it a bit bigger too")
        (r"make\s+(a\s+bit\s+)?(too\s+)?([a-z]+)\s+it", r"make it \1\3 \2"),
        (r"و", "and"),
    ),
    leftovers=(r"را", r"رو"),
    slips=False,
    own_script=True,
)

# --- Tamil ----------------------------------------------------------------------------------------

_TA_BIT = r"(?:கொஞ்சம்|சிறிது|சற்று|லேசாக)"

TAMIL = Language(
    "ta",
    markers=(
        r"[\u0b80-\u0bff]+",
        r"இசை\S*|பாடல\S*|பாட்ட\S*",
        r"உரை\S*|எழுத்\S*|வாசக\S*",
        r"காட்சி\S*",
        r"கொஞ்சம்",
    ),
    rows=(
        (r"நன்றி", "thanks"),
        (r"தயவுசெய்து|தயவு\s+செய்து|ப்ளீஸ்", "please"),
        (r"செயல்தவிர்\S*|முன்பு\s+போல\s+\S+", "undo"),
        (r"கடைசி\s+காட்சி\S*\s+(?:உரை|எழுத்|வாசக)\S*", "the text in the last scene"),
        (r"முதல்\s+காட்சி\S*\s+(?:உரை|எழுத்|வாசக)\S*", "the text in the first scene"),
        (r"கடைசி\s+(?:உரை|எழுத்|வாசக)\S*", "the text in the last scene"),
        (r"முதல்\s+(?:உரை|எழுத்|வாசக)\S*", "the text in the first scene"),
        (r"கடைசி\s+காட்சி\S*", "the last scene"),
        (r"முதல்\s+காட்சி\S*", "the first scene"),
        (r"காட்சி\S*", "the scene"),
        (r"(?:ரொம்ப|மிகவும்)\s+சத்தமா\S*(?:\s+(?:இருக்கு|உள்ளது))?", "is too loud"),
        (r"(?:பின்னணி\s+)?(?:இசை|பாடல|பாட்ட|சத்த)\S*", "the music"),
        (r"(?:உரை|எழுத்|வாசக)\S*", "the text"),
        (r"விளம்பர\S*|வீடியோ\S*", "the ad"),
        (r"இன்னும்\s+" + _TA_BIT, "a bit more"),
        (_TA_BIT, "a bit"),
        # "குறை": lower (the music quieter, anything else smaller); "கூட்டு", "அதிகரி": raise
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)குறை\S*", r"make \1quieter"),
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:கூட்ட|கூட்டு|அதிகரி|அதிகப்படுத்த)\S*", r"make \1louder"),
        (
            r"(the\s+(?:\w+\s+)*?(?:a\s+bit\s+(?:more\s+)?)?)(?:பெரிதாக்க|பெரியதாக்க|பெரிதாக|பெரியதாக)\S*",
            r"make \1bigger",
        ),
        (
            r"(the\s+(?:\w+\s+)*?(?:a\s+bit\s+(?:more\s+)?)?)(?:சிறிதாக்க|சின்னதாக்க|சிறியதாக|சின்னதாக)\S*",
            r"make \1smaller",
        ),
        (r"(the\s+(?:\w+\s+)*?(?:a\s+bit\s+(?:more\s+)?)?)(?:நீளமாக்க|நீட்டி|நீளமாக)\S*", r"make \1longer"),
        (r"(the\s+(?:\w+\s+)*?(?:a\s+bit\s+(?:more\s+)?)?)(?:சுருக்க|குறுக்க)\S*", r"make \1shorter"),
        (r"வெள்ளை\S*", "white"),
        (r"கருப்பு\S*", "black"),
        (r"மஞ்சள்\S*", "yellow"),
        (r"சிவப்பு\S*", "red"),
        (r"நீல\S*", "blue"),
        (r"பச்சை\S*", "green"),
        (r"(the\s+[^,.;!?]+?)\s+(white|black|yellow|red|blue|green)\s+(?:ஆக்க|ஆக)\S*", r"make \1 \2"),
        (
            r"(the\s+[^,.;!?]+?)\s+(white|black|yellow|red|blue|green)\s*(?:நிறமாக|நிறத்தில்)\s*\S*",
            r"make \1 \2",
        ),
        (r"(the\s+[^,.;!?]+?)\s+(" + _QUOTE + r")\s*(?:என்று|என)\s+மாற்ற\S*", r"change \1 to \2"),
        (r"(the\s+[^,.;!?]+?)\s+நீக்க\S*", r"remove \1"),
        (r"(\d+(?:\.\d+)?)\s*விநாடி\S*|(\d+(?:\.\d+)?)\s*வினாடி\S*", r"\1\2 seconds"),
        (r"(the\s+[^,.;!?]+?)\s+(\d+(?:\.\d+)?\s+seconds)\s+(?:ஆக்க|ஆக)\S*", r"make \1 \2"),
        (r"மேலும்|மற்றும்", "and"),
    ),
    leftovers=(),
    slips=False,
    own_script=True,
)

# --- Cantonese (Traditional characters) -----------------------------------------------------------

_YUE_WORDS = (
    r"背景音樂|音樂|配樂|BGM",
    r"旁白|配音|把聲",
    r"最後嗰句|最後一句|最后一句|最尾嗰句|尾句|最後嘅字|最後嗰啲字",
    r"第一句|開頭嗰句|開頭嘅字|開頭|第二句|第三句",
    r"最後嗰個畫面|最後一個畫面|最後嗰場|最後一場|最後嗰幕|最尾|最後畫面",
    r"第一個畫面|第一場|第一幕",
    r"畫面|場景|鏡頭",
    r"文字|字幕|字|句子|句",
    r"廣告|影片|片",
    r"改做|改成|改為|換成|轉做",
    r"講得太快|講得太慢|讀得太快|太快|太慢|太大聲|太細聲|太細|太大|太長",
    r"大聲啲|細聲啲|大啲|細啲|長啲|短啲|光啲|暗啲|慢啲|快啲",
    r"慢少少|快少少|大少少|細少少|長少少|短少少|少少|多少少|一啲",
    r"可唔可以|可以唔可以|得唔得|唔該晒|唔該|麻煩|請",
    r"唔好咁大聲|唔要|唔好|咪",
    r"多謝晒|多謝|謝謝",
    r"還原|撤銷|復原|返轉頭",
    r"刪除|刪咗|刪走|攞走",
    r"白色|黑色|黃色|紅色|藍色|綠色|白|黑",
    r"再",
    r"秒",
    r"段|個|嘅|的|咗|吖|呀|啦|喎|嘞|嗰|都|嗎|呢|把|啲",
    r"，|。|？|！|、",
)

CANTONESE = Language(
    "yue",
    markers=(
        r"\w*[\u4e00-\u9fff]\w*",
        # Cantonese words, and characters only Traditional writing has (Mandarin's table reads
        # Simplified: "最后", "音乐")
        r"\w*(?:嗰|啲|唔|咗|嘅|喺|冇|佢|哋|嚟|乜|俾|畀|晒|少少|改做)\w*",
        # ("第一句", the first line: a word Mandarin's table does not read)
        r"\w*句\w*",
        r"\w*[後個畫樂聲長為變換說講讓對開關頭幾嗎謝銷還們這點來麼過話]\w*",
    ),
    rows=(
        (r"，|、", ","),
        (r"。", "."),
        (r"？", "?"),
        (r"！", "!"),
        (r"可唔可以|可以唔可以|得唔得|唔該晒|唔該|麻煩|請", ""),
        (r"多謝晒|多謝|謝謝", "thanks"),
        (r"唔要|唔好|咪", "don't"),
        (r"還原|撤銷|復原|返轉頭", "undo"),
        (r"背景音樂|音樂|配樂|BGM", "the music"),
        (r"(?:段\s*)?(?:旁白|配音|把聲|voice-over|voiceover|voice\s+over)", "the voice-over"),
        (r"最後嗰句|最後一句|最后一句|最尾嗰句|尾句|最後嘅字|最後嗰啲字", "the text in the last scene"),
        (r"第一句|開頭嗰句|開頭嘅字", "the text in the first scene"),
        (r"第二句", "the text in the second scene"),
        (r"第三句", "the text in the third scene"),
        (r"最後嗰個畫面|最後一個畫面|最後嗰場|最後一場|最後嗰幕|最尾|最後畫面", "the last scene"),
        (r"第一個畫面|第一場|第一幕|開頭", "the first scene"),
        (r"(the\s+\w+\s+scene)\s*(?:嘅|的)?\s*(?:文字|字幕|字|句子|句)", r"the text in \1"),
        (r"文字|字幕|字|句子|句", "the text"),
        (r"畫面|場景|鏡頭", "the scene"),
        (r"廣告|影片|片", "the ad"),
        # the voice-over too fast and a bit slower asked together: one request, the slower voice
        (
            r"(the\s+voice-over)\s*(?:講得|讀得)?太快\s*,?\s*(?:慢少少|慢啲)",
            r"make \1 a bit slower",
        ),
        (r"(?:講得|讀得)?太快", "is too fast"),
        (r"(?:講得|讀得)?太慢", "is too slow"),
        (r"太大聲", "is too loud"),
        (r"太細聲", "is too quiet"),
        (r"太細", "is too small"),
        (r"太長", "is too long"),
        (r"(\d+)\s*秒", r"\1 seconds"),
        (r"(?:把\s*)?((?!把)[^,.;!?]+?)\s*(?:改做|改成|改為|換成|轉做)", r"change \1 to"),
        (r"(the\s+music\s*)(?:細聲啲|細少少|細啲)", r"\1a bit quieter"),
        (r"(the\s+music\s*)(?:大聲啲|大少少|大啲)", r"\1a bit louder"),
        (r"細聲啲", "a bit quieter"),
        (r"唔好咁大聲", "quieter"),
        (r"大聲啲", "a bit louder"),
        (r"(?:再\s*)?(大|細|長|短|慢|快|光|暗)\s*(?:啲|少少|一啲)", r"a bit \1"),
        (r"(?<=a bit )大|(?<=a bit more )大", "bigger"),
        (r"(?<=a bit )細|(?<=a bit more )細", "smaller"),
        (r"(?<=a bit )長|(?<=a bit more )長", "longer"),
        (r"(?<=a bit )短|(?<=a bit more )短", "shorter"),
        (r"(?<=a bit )慢|(?<=a bit more )慢", "slower"),
        (r"(?<=a bit )快|(?<=a bit more )快", "faster"),
        (r"(?<=a bit )光|(?<=a bit more )光", "brighter"),
        (r"(?<=a bit )暗|(?<=a bit more )暗", "darker"),
        (r"多少少|再", "a bit more"),
        (r"少少|一啲", "a bit"),
        (r"刪除|刪咗|刪走|攞走", "remove"),
        (r"白色|白", "white"),
        (r"黑色|黑", "black"),
        (r"黃色", "yellow"),
        (r"紅色", "red"),
        (r"藍色", "blue"),
        (r"綠色", "green"),
    ),
    leftovers=(
        r"段",
        r"個",
        r"嘅",
        r"的",
        r"把",
        r"啲",
        r"咗",
        r"吖",
        r"呀",
        r"啦",
        r"喎",
        r"嘞",
        r"嗰",
        r"都",
        r"嗎",
        r"呢",
    ),
    own_script=True,
    segment=_YUE_WORDS,
)

HUNGARIAN_PERSIAN_TAMIL_CANTONESE: tuple[Language, ...] = (HUNGARIAN, FARSI, TAMIL, CANTONESE)

__all__ = ["CANTONESE", "FARSI", "HUNGARIAN", "HUNGARIAN_PERSIAN_TAMIL_CANTONESE", "TAMIL"]
