"""The words of a request in Hinglish and Indonesian, and the English reading of each: one
vocabulary table per language.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which
win a tie). Kept apart from :mod:`languages`, which is large.

Hinglish is Hindi typed in Latin letters with English nouns in it ("last wala scene thoda lamba
kar do", make the last scene a bit longer). It puts the verb last ("… kar do", "… karo"): the
rows read the words first (ordinals, sizes, colours, places), then a final verb turns the words
before it into an English "make …" request, as the Turkish rows of :mod:`polish_turkish` do.
"lamba" is longer, "chhota" small or, said of a scene, short, "bada" big, "thoda" a bit,
"aur" more or and, "wala" the one.

Indonesian puts its words in the English order ("ganti teks di awal jadi 'X'", change the text
at the start to 'X'), but the adjective after the noun ("adegan terakhir", the last scene) and
"-nya" on a noun for "the" ("musiknya", the music): most rows are single words.
"""

from __future__ import annotations

from adgen.agent.understanding.languages import Language

# A quoted text, masked (:mod:`quotes`): "\ue000" and one private-use letter.
_Q = "(\ue000[\ue100-\ue1ff])"
# The end of a Hinglish request: its verb ("kar do", "karo", "kijiye", "kar dena").
_HI_VERB = r"(?:kar\s+(?:do|dijiye|dena|de|dijie)|karo|kardo|kariye|kijiye|kijie|karein|karen|karna)"
_HI_WORDS = r"([^.,;!?\ue000]+?)"

HINGLISH = Language(
    "hi-latn",
    markers=(
        _HI_VERB,
        r"(?:wala|wale|wali)",
        r"(?:thoda|thodi|thode)",
        r"(?:lamba|lambi|lambe)",
        r"chh?(?:ota|oti|ote)",
        r"(?:bada|badi|bade)",
        r"aur",
        r"yaar",
        r"zyada|jyada",
        r"bahut|bohot",
        r"dheere|dheree|(?:dheema|dheemi|dheeme)",
        r"upar|oopar",
        r"neeche|niche",
        r"safed",
        r"(?:peela|peeli|peele)",
        r"laal",
        r"(?:neela|neeli|neele)",
        r"gaana|gaane",
        r"pehla|pehli|pehle",
        r"aakhri|akhri|aakhiri|akhiri",
        r"wapas",
        r"badlo|badal\s+do",
        r"likho|likh\s+do",
        r"hatao|hata\s+do",
        r"shuru",
        r"(?:andhera|andhere)",
        r"roshan",
        r"shaa?nt",
    ),
    rows=(
        # undo before the verbs: "wapas karo", "pehle jaisa kar do", "undo kar do"
        (r"(?:undo|wapas|pehle\s+jaisa|pehle\s+wala)\s+" + _HI_VERB + r"|wapas\s+(?:lao|le\s+aao)", "undo"),
        # ordinals and places in the ad ("last wala scene", "shuru mein", "end mein")
        (r"(?:shuru|shuruaat|start)\s+(?:mein|me|main)", "in the first scene"),
        (r"(?:end|aakhir|akhir|ant)\s+(?:mein|me|main)", "in the last scene"),
        (r"pehla|pehli|pehle", "first"),
        (r"(?:doosra|doosri|doosre)|(?:dusra|dusri|dusre)", "second"),
        (r"(?:teesra|teesri|teesre)|(?:tisra|tisri|tisre)", "third"),
        (r"aakhri|akhri|aakhiri|akhiri|antim", "last"),
        (r"beech\s+(?:(?:wala|wale|wali)|ka|ki|ke)", "middle"),
        (r"(first|second|third|last|middle)\s+(?:wala|wale|wali)\s+(scene|text|part|bit|shot)", r"the \1 \2"),
        (r"(first|second|third|last|middle)\s+(?:wala|wale|wali)", r"the \1 one"),
        (r"(?:ye|yeh|is)\s+(scene|text|music|video|ad)", r"this \1"),
        # the music's loudness and pace, said of the music
        (r"(?:music|(?:gaana|gaane))\s+(?:ki|ka)\s+(?:awaa?z|volume)", "the music volume"),
        (r"(?:gaana|gaane)", "the music"),
        (
            r"((?:the\s+)?music(?:\s+volume)?)\s+(?:ko\s+)?((?:(?:thoda|thodi|thode)\s+)?)"
            r"(?:kam|(?:dheema|dheemi|dheeme)|dheere|dhire|(?:halka|halki|halke))",
            r"\1 \2quieter",
        ),
        (
            r"((?:the\s+)?music(?:\s+volume)?)\s+(?:ko\s+)?(?:(?:thoda|thodi|thode)\s+)?(?:tez|zor\s+se|zyada|jyada)",
            r"\1 louder",
        ),
        # a scene is short or long, a text or a product small or big
        (
            r"((?:the\s+)?(?:\w+\s+)?(?:scene|part|bit|hook|cta|video|ad))\s+(?:ko\s+)?((?:(?:thoda|thodi|thode)\s+|bahut\s+|zara\s+)?)(?:aur\s+)?chh?(?:ota|oti|ote)",
            r"\1 \2shorter",
        ),
        (r"((?:(?:thoda|thodi|thode)|bahut|zara)\s+)?(?:aur\s+)?(?:lamba|lambi|lambe)", r"\1longer"),
        (r"((?:(?:thoda|thodi|thode)|bahut|zara)\s+)?(?:aur\s+)?chh?(?:ota|oti|ote)", r"\1smaller"),
        (r"((?:(?:thoda|thodi|thode)|bahut|zara)\s+)?(?:aur\s+)?(?:bada|badi|bade)", r"\1bigger"),
        (r"(?:zyada\s+)?roshan|(?:chamkila|chamkili|chamkile)|(?:ujla|ujli|ujle)", "brighter"),
        (r"(?:zyada\s+)?(?:andhera|andhere)|andhera", "darker"),
        (r"shaa?nt|sukoon\s+(?:wala|wale|wali)", "calmer"),
        (r"(?:thoda|thodi|thode)(?:\s+sa|\s+si)?|zara", "a bit"),
        (r"bahut|bohot|kaafi", "much"),
        (r"zyada|jyada", "more"),
        # "music aur energetic karo": more so, before a word of how it feels ("aur" is also "and")
        (
            r"aur(?=\s+(?:energetic|upbeat|calm|calmer|dramatic|playful|bright|dark|bold|fun|happy|chill|"
            r"cinematic|premium|minimal|vibrant|warm|cool|fast|slow)\b)",
            "more",
        ),
        (r"aur", "and"),
        # places on screen
        (r"upar|oopar", "at the top"),
        (r"neeche|niche", "at the bottom"),
        (r"beech\s+(?:mein|me|main)", "in the center"),
        # colours
        (r"safed|safaid", "white"),
        (r"(?:kaala|kaali|kaale)", "black"),
        (r"(?:peela|peeli|peele)|(?:pila|pili|pile)", "yellow"),
        (r"laal|lal", "red"),
        (r"(?:neela|neeli|neele)", "blue"),
        (r"(?:hara|hari|hare)(?=\s+" + _HI_VERB + r")", "green"),
        (r"gulabi", "pink"),
        (r"narangi|santari", "orange"),
        (r"rang", "colour"),
        # the words on screen: "text ko 'X' kar do", "text mein 'X' likho"
        (
            _HI_WORDS
            + r"\s+(?:(?:ko|mein|me|par|pe)\s+)?"
            + _Q
            + r"\s+(?:"
            + _HI_VERB
            + r"|likho|likh\s+do|badlo|badal\s+do)",
            r"change \1 to \2",
        ),
        (_HI_WORDS + r"\s+(?:ko\s+)?(?:badlo|badal\s+do|change\s+" + _HI_VERB + r")", r"change \1"),
        (r"hatao|hata\s+do|nikalo|nikal\s+do|remove\s+" + _HI_VERB, "remove"),
        (r"(?:add\s+" + _HI_VERB + r"|jodo|jod\s+do)", "add"),
        # the verb last: the words before it are what to make so
        (_HI_WORDS + r"\s+" + _HI_VERB, r"make \1"),
        (r"second(?=\W*$)", "seconds"),
        (r"shukriya|dhanyavaad|thank\s+you", "thanks"),
    ),
    leftovers=(
        r"yaar",
        r"bhai",
        r"ji",
        r"na",
        r"ko",
        r"ka",
        r"ki",
        r"ke",
        r"mein",
        r"main",
        r"hai",
        r"hain",
        r"bhi",
        r"please",
        r"plz",
        r"pls",
        r"sa",
        r"si",
        r"se",
    ),
)

# Indonesian: the words of a request in their usual forms, "-nya" on a noun read as "the".
_ID_COLOURS = (
    (r"putih", "white"),
    (r"hitam", "black"),
    (r"kuning", "yellow"),
    (r"merah\s+muda|pink", "pink"),
    (r"merah", "red"),
    (r"biru", "blue"),
    (r"hijau", "green"),
    (r"oranye|jingga", "orange"),
    (r"ungu", "purple"),
    (r"abu[\s-]abu", "gray"),
    (r"emas", "gold"),
)

INDONESIAN = Language(
    "id",
    markers=(
        r"tolong",
        r"mohon",
        r"ganti",
        r"ubah",
        r"teks(?:nya)?",
        r"tulisan(?:nya)?",
        r"awal",
        r"akhir",
        r"lebih",
        r"besar",
        r"kecil",
        r"musik(?:nya)?",
        r"lagu(?:nya)?",
        r"pelan",
        r"terang",
        r"gelap",
        r"adegan(?:nya)?",
        r"detik",
        r"sedikit",
        r"agak",
        r"terima\s+kasih",
        r"makasih",
        r"jadikan",
        r"bikin",
        r"warna(?:nya)?",
        r"batalkan",
        r"hapus",
        r"tambahkan",
        r"iklan(?:nya)?",
        r"panjang",
        r"pendek",
        r"suara(?:nya)?",
        r"juga",
        r"yang",
        r"bisa",
        r"jadi",
        r"pindahkan",
    ),
    rows=(
        (r"terima\s+kasih(?:\s+banyak)?|makasih|trims", "thanks"),
        (r"batalkan|urungkan|kembalikan(?:\s+(?:ke\s+)?(?:sebelumnya|versi\s+sebelumnya))?", "undo"),
        (r"bisa(?:kah)?(?:\s+(?:kamu|anda))?", "can you"),
        (r"tolong|mohon", "please"),
        # "di adegan pertama": in the first scene
        (
            r"di(?=\s+(?:adegan|scene)(?:nya)?\s+(?:pertama|kedua|ketiga|keempat|terakhir|penutup|tengah))",
            "in",
        ),
        # the scenes: the adjective after the noun ("adegan terakhir")
        (r"(?:adegan|bagian|scene)(?:nya)?\s+pertama", "the first scene"),
        (r"(?:adegan|bagian|scene)(?:nya)?\s+kedua", "the second scene"),
        (r"(?:adegan|bagian|scene)(?:nya)?\s+ketiga", "the third scene"),
        (r"(?:adegan|bagian|scene)(?:nya)?\s+keempat", "the fourth scene"),
        (r"(?:adegan|bagian|scene)(?:nya)?\s+(?:terakhir|penutup)", "the last scene"),
        (r"(?:adegan|bagian|scene)(?:nya)?\s+tengah", "the middle scene"),
        (r"(?:di|pada)\s+(?:bagian\s+)?(?:awal|pembukaan|permulaan)", "in the first scene"),
        (r"(?:di|pada)\s+(?:bagian\s+)?(?:akhir|penutup)", "in the last scene"),
        (r"(teks|tulisan|huruf)(?:nya)?\s+(?:awal|pembuka)(?:nya)?", "the text in the first scene"),
        (r"(teks|tulisan|huruf)(?:nya)?\s+(?:akhir|penutup)(?:nya)?", "the text in the last scene"),
        (r"(?:adegan|bagian)(?:nya)?", "the scene"),
        # the parts of the ad ("warna teks", the text colour)
        (r"warna\s+(?:teks|tulisan)(?:nya)?", "the text colour"),
        (r"warna(?:nya)?", "the colour"),
        (r"volume\s+(?:musik|lagu)(?:nya)?", "the music volume"),
        (r"teks(?:nya)?|tulisan(?:nya)?|huruf(?:nya)?", "the text"),
        (r"musik(?:nya)?|lagu(?:nya)?", "the music"),
        (r"suara\s+narator|pengisi\s+suara|narasi(?:nya)?|narator(?:nya)?|suara(?:nya)?", "the voice-over"),
        (r"iklan(?:nya)?|video(?:nya)?", "the ad"),
        (r"produk(?:nya)?", "the product"),
        (r"latar(?:\s+belakang)?(?:nya)?", "the background"),
        # "dikecilkan", "diperbesar": the passive ("musiknya dikecilkan", the music turned down)
        # (and the everyday "-in" of Jakarta: "dikecilin", "digedein", "dipanjangin")
        (r"di(kecil|besar|gede|pelan|keras|kenceng|kencang|panjang|pendek|terang|gelap)in", r"di\1kan"),
        (r"(the\s+(?:music|voice-over)(?:\s+volume)?)\s+(?:di)?(?:kecilkan|pelankan)", r"\1 quieter"),
        (
            r"(the\s+(?:music|voice-over)(?:\s+volume)?)\s+(?:di)?(?:besarkan|keraskan|gedekan|kencengkan|kencangkan)",
            r"\1 louder",
        ),
        (r"(the\s+[\w\s-]+?)\s+di(?:kecilkan|perkecil)", r"\1 smaller"),
        (r"(the\s+[\w\s-]+?)\s+di(?:besarkan|perbesar|gedekan)", r"\1 bigger"),
        (r"(the\s+[\w\s-]+?)\s+di(?:perpanjang|panjangkan)", r"\1 longer"),
        (r"(the\s+[\w\s-]+?)\s+di(?:pendekkan|perpendek|persingkat)", r"\1 shorter"),
        (r"(the\s+[\w\s-]+?)\s+di(?:ganti|ubah)(?:\s+(?:jadi|menjadi))?", r"change \1 to"),
        # "pelan": quieter of the music, slower of a voice
        (r"(the\s+music(?:\s+volume)?[^.,;!?]*?)\s+(?:lebih\s+)?pelan", r"\1 quieter"),
        (r"(the\s+voice-over[^.,;!?]*?)\s+(?:lebih\s+)?(?:pelan|lambat)", r"\1 slower"),
        (r"pelankan|kecilkan\s+(?:volume|suara)", "turn down"),
        (r"keraskan|besarkan\s+(?:volume|suara)", "turn up"),
        (r"lebih\s+(?:besar|gede)", "bigger"),
        (r"lebih\s+kecil", "smaller"),
        (r"lebih\s+(?:panjang|lama)", "longer"),
        (r"lebih\s+(?:pendek|singkat)", "shorter"),
        (r"lebih\s+(?:keras|kencang)", "louder"),
        (r"lebih\s+(?:pelan|lirih)", "quieter"),
        (r"lebih\s+(?:terang|cerah)", "brighter"),
        (r"lebih\s+gelap", "darker"),
        (r"lebih\s+(?:tenang|santai|kalem)", "calmer"),
        (r"lebih\s+cepat", "faster"),
        (r"lebih\s+lambat", "slower"),
        (r"lebih", "more"),
        (r"besar", "big"),
        (r"kecil", "small"),
        (r"terang|cerah", "bright"),
        (r"gelap", "dark"),
        (r"tenang|santai", "calm"),
        (r"(?:se)?dikit(?:\s+lagi)?|agak", "a bit"),
        (r"jauh|sangat|banget", "much"),
        # places on screen
        (r"(?:di|ke)\s+atas", "at the top"),
        (r"(?:di|ke)\s+bawah", "at the bottom"),
        (r"(?:di|ke)\s+tengah", "in the center"),
        *_ID_COLOURS,
        # the verbs
        (r"ganti(?:kan|lah)?|ubah(?:lah)?|rubah|gantilah", "change"),
        (r"jadikan|buat(?:lah)?|bikin", "make"),
        (r"jadi|menjadi", "to"),
        (r"pindahkan|pindah", "move"),
        (r"hapus|buang|hilangkan", "remove"),
        (r"tambahkan|tambah", "add"),
        (r"perbesar", "enlarge"),
        (r"perkecil", "shrink"),
        (r"perpanjang", "lengthen"),
        (r"perpendek|persingkat", "shorten"),
        (r"cerahkan|terangkan", "brighten"),
        (r"gelapkan", "darken"),
        (r"dan", "and"),
        (r"dengan", "with"),
        (r"untuk", "for"),
        (r"detik", "seconds"),
        (r"lima\s+belas", "15"),
        (r"dua\s+puluh", "20"),
        (r"tiga\s+puluh", "30"),
        (r"sepuluh", "10"),
        (r"dua", "2"),
        (r"tiga", "3"),
        (r"empat", "4"),
        (r"lima", "5"),
        (r"enam", "6"),
        (r"tujuh", "7"),
        (r"delapan", "8"),
    ),
    leftovers=(
        r"juga",
        r"ya",
        r"dong",
        r"deh",
        r"sih",
        r"yang",
        r"di",
        r"ke",
        r"nya",
        r"saja",
        r"aja",
        r"lagi",
    ),
)

HINGLISH_AND_INDONESIAN: tuple[Language, ...] = (HINGLISH, INDONESIAN)

__all__ = ["HINGLISH", "HINGLISH_AND_INDONESIAN", "INDONESIAN"]
