"""The words of a request in Japanese (kana and kanji), Hindi (Devanagari), Greek and Thai, and the
English reading of each: one vocabulary table per language, laid out as :mod:`cyrillic_hebrew_chinese`.

Part of :mod:`adgen.agent.understanding` (used by :mod:`foreign`, after the other tables, which win
a tie). Each table holds the everyday edits: the music louder, quieter or calmer, the text bigger,
smaller, a colour, a place or quoted copy, a scene or the whole ad longer, shorter or a length,
brighter and darker, removing a scene, undo, thanks and "how long is it?". A word left unread
makes the parser ask rather than guess (:func:`foreign.untranslated_words` knows these scripts);
quoted copy is never read.

Japanese and Thai are written without spaces: their words are spaced apart first
(:attr:`Language.segment`), as Chinese is. Japanese puts the verb last and marks the object with
"を" ("音楽を少し小さくして", the music, a bit quieter, do): the rows read "X を Y して" as "make X
Y" and "X を Q に変えて" as "change X to Q". Hindi puts the verb last too ("संगीत थोड़ा धीमा करो"):
"X करो" reads "make X". Greek and Thai say it in the English order.
"""

from __future__ import annotations

from adgen.agent.understanding.languages import Language

# --- Japanese -------------------------------------------------------------------------------------

_JA_WORDS = (
    r"背景音楽|音楽|BGM|ミュージック|音量|音",
    r"ラストのテキスト|最後のテキスト|最後の文字|最後の字幕|最後のテロップ|最初のテキスト|最初の文字|最初の字幕|最初のテロップ",
    r"テキスト|文字|字幕|テロップ",
    r"フック|CTA",
    r"問題のシーン|問題の場面|最後のシーン|最後の場面|ラストシーン|最初のシーン|最初の場面|2番目のシーン|二番目のシーン|シーン|場面",
    r"広告|動画|ビデオ",
    r"もう少し|もうちょっと|少し|ちょっと|もっと",
    r"感じ|雰囲気",
    r"大きくして|大きく|小さくして|小さく|静かにして|静かに|うるさい",
    r"長くして|長く|短くして|短く",
    r"明るくして|明るく|暗くして|暗く",
    r"落ち着いた|穏やかな|元気な|明るい",
    r"上に|下に|真ん中に|中央に",
    r"白|黒|黄色|赤|青|緑|紫|ピンク|オレンジ",
    r"しないでください|しないで|しなくていいです|しなくていい|しなくて大丈夫",
    r"(?:大き|小さ|長|短|明る|暗)くて(?:いい|よい|良い)(?:です)?|いいね|いいです|いい感じ",
    r"うるさすぎる|うるさい|小さすぎる|大きすぎる|長すぎる",
    r"移動して|動かして",
    # (one entry, longest first: an entry's alternatives are tried in their order)
    r"してくれますか|してもらえます|してもらえる|してくれない|してくれる|に変えてください|にしてください"
    r"|してください|に変更して|に変えて|にして|して|ください",
    r"止めて|オフにして|ミュートして",
    r"削除して|消して|削除|元に戻して|元に戻す|戻して|取り消して",
    r"ありがとうございます|ありがとう",
    r"何秒|どのくらいの長さ|どれくらいの長さ|どれぐらいの長さ|長さは",
    r"ありがとね|ありがと",
    r"秒",
    r"もらえますか|もらえます|もらえる|くれますか|くれない|くれる",
    r"を|の|は|に|で|も|が",
    r"、|。|？|！",
)

JAPANESE = Language(
    "ja",
    markers=(
        # (kana counts twice: kanji alone is Chinese's marker too, and Chinese wins a tie)
        r"\w*[\u3040-\u30ff]\w*",
        r"\w*[\u3040-\u30ff]",
        r"\w*(?:して|ください|ありがとう)\w*",
        r"\w*(?:音楽|テキスト|シーン|広告|動画|秒)\w*",
    ),
    rows=(
        (r"、", ","),
        (r"。", "."),
        (r"？", "?"),
        (r"！", "!"),
        # the plain (dictionary) form said as the request form (round twenty-eight): "大きくする",
        # "音楽を消す", "フックを短くする" read as "大きくして", "消して", "短くして"
        (r"に\s*変更する(?=\s*(?:$|[,.?!]))", "に変更して"),
        (r"に\s*する(?=\s*(?:$|[,.?!]))", "にして"),
        (r"する(?=\s*(?:$|[,.?!]))", "して"),
        (r"(?<![取り])消す(?=\s*(?:$|[,.?!]))", "消して"),
        (r"止める(?=\s*(?:$|[,.?!]))", "止めて"),
        (r"に\s*変える(?=\s*(?:$|[,.?!]))", "に変えて"),
        (r"変える(?=\s*(?:$|[,.?!]))", "変えて"),
        (r"取り消す(?=\s*(?:$|[,.?!]))", "取り消して"),
        (r"ありがとうございます|ありがとう|ありがとね|ありがと", "thanks"),
        (
            r"(?:広告|動画)\s*(?:は|の)?\s*(?:何秒|どのくらいの長さ|どれくらいの長さ|どれぐらいの長さ|長さは)",
            "how long is the ad",
        ),
        (r"何秒|どのくらいの長さ|どれくらいの長さ|どれぐらいの長さ|長さは", "how long is it"),
        (r"元に戻して|元に戻す|戻して|取り消して", "undo"),
        (
            r"(?:背景音楽|音楽|BGM|ミュージック)\s*を?\s*(?:消して|止めて|オフにして|ミュートして)",
            "mute the music",
        ),
        # praise: "テキストは大きくていい" (big, and fine), "音楽いいね"
        (r"(?:大き|小さ|長|短|明る|暗)くて(?:いい|よい|良い)(?:です)?|いいね|いいです|いい感じ", "is fine"),
        (r"(?:が|は)(?=\s*is\s+fine)", ""),
        # "してくれる？", "してもらえますか": can you
        (r"してくれる|してくれない|してもらえる|してもらえます|してくれますか", "して"),
        # complaints: "音楽がうるさい", the music is too loud
        (r"うるさすぎる|うるさい", "is too loud"),
        (r"小さすぎる", "is too small"),
        (r"大きすぎる", "is too big"),
        (r"長すぎる", "is too long"),
        (r"(?:が|は)(?=\s*is\s+too)", ""),
        (r"移動して|動かして", "して"),
        (r"背景音楽|音楽|BGM|ミュージック|音量|音", "the music"),
        (r"問題の\s*(?:シーン|場面)", "the problem scene"),
        (r"最後のシーン|最後の場面|ラストシーン", "the last scene"),
        (r"最初のシーン|最初の場面", "the first scene"),
        (r"2番目のシーン|二番目のシーン", "the second scene"),
        # "最後のテキスト" (the last text), "最初の文字" (the first text): the text of that scene
        (r"(?:最後|ラスト)の(?:テキスト|文字|字幕|テロップ)", "the text in the last scene"),
        (r"最初の(?:テキスト|文字|字幕|テロップ)", "the text in the first scene"),
        (r"フック", "hook"),
        (r"CTA", "cta"),
        (r"(the\s+\w+\s+scene)\s*の\s*(?:テキスト|文字|字幕|テロップ)", r"the text in \1"),
        (r"([A-Za-z]+)\s*の\s*(?:テキスト|文字|字幕|テロップ)", r"the text in the \1"),
        (r"テキスト|文字|字幕|テロップ", "the text"),
        (r"シーン|場面", "the scene"),
        (r"広告|動画|ビデオ", "the ad"),
        (r"もう少し|もうちょっと", "a bit more"),
        (r"少し|ちょっと", "a bit"),
        (r"もっと", ""),
        # the music: "小さく" is quieter, "大きく" louder
        (
            r"(the\s+music\s*(?:は|を)?\s*(?:a\s+bit\s+(?:more\s+)?)?)(?:小さくして|小さく|静かにして|静かに)",
            r"\1quieter",
        ),
        (r"(the\s+music\s*(?:は|を)?\s*(?:a\s+bit\s+(?:more\s+)?)?)(?:大きくして|大きく)", r"\1louder"),
        (r"大きくして|大きく", "bigger"),
        (r"小さくして|小さく", "smaller"),
        (r"静かにして|静かに", "quieter"),
        (r"長くして|長く", "longer"),
        (r"短くして|短く", "shorter"),
        (r"明るくして|明るく", "brighter"),
        (r"暗くして|暗く", "darker"),
        (r"落ち着いた|穏やかな", "calm"),
        (r"元気な", "energetic"),
        (r"(calm|energetic)\s*(?:感じ|雰囲気)", r"\1"),
        (r"上に", "at the top"),
        (r"下に", "at the bottom"),
        (r"真ん中に|中央に", "in the center"),
        (r"白", "white"),
        (r"黒", "black"),
        (r"黄色", "yellow"),
        (r"赤", "red"),
        (r"青", "blue"),
        (r"緑", "green"),
        (r"紫", "purple"),
        (r"ピンク", "pink"),
        (r"オレンジ", "orange"),
        (r"(\d+(?:\.\d+)?)\s*秒", r"\1 seconds"),
        # "フックのテキストを消して" (round twenty-nine): "消して" is spaced as "消 して", so it is read
        # before "X を Y して" (make X Y) would take "消" for a value
        (r"([^,.;!?]+?)\s*を\s*(?:削除\s*して|消\s*して|削除)", r"remove \1"),
        # "X を Q に変えて": change X to Q; "X を 10 seconds にして": make X 10 seconds
        # "X を Y しないで": don't make X Y
        (
            r"([^,.;!?]+?)\s*(?:を|は)\s*([^,.;!?]+?)\s*"
            r"(?:しないでください|しないで|しなくていいです|しなくていい|しなくて大丈夫)",
            r"don't make \1 \2",
        ),
        (
            r"([^,.;!?]+?)\s*を\s*([\ue000-\ue1ff].)\s*(?:に変えて|に変更して|に変えてください|にして|にしてください)",
            r"change \1 to \2",
        ),
        (
            r"([^,.;!?]+?)\s*(?:を|は)\s*([^,.;!?]+?)\s*(?:にしてください|にして|してください|して)",
            r"make \1 \2",
        ),
        (r"([^,.;!?]+?)\s*を\s*(?:削除して|消して|削除)", r"remove \1"),
        (r"削除して|消して|削除", "remove"),
        (r"にしてください|にして|してください|して|ください", ""),
    ),
    # ("大きくしてくれる？": "して" goes with the verb, "くれる", for me, is left)
    leftovers=(
        r"を",
        r"の",
        r"は",
        r"も",
        r"で",
        r"が",
        r"くれますか|くれる|くれない|もらえますか|もらえる|もらえます",
    ),
    slips=False,
    own_script=True,
    segment=_JA_WORDS,
)

# --- Hindi (Devanagari) ---------------------------------------------------------------------------

_HI_DO = r"(?:कर\s+दो|कर\s+दीजिए|कर\s+दें|कीजिए|करो|करें|करिए|कर\s+दीजिये)"

HINDI = Language(
    "hi",
    markers=(
        r"[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+)*",
        r"संगीत|म्यूजिक|म्यूज़िक|गाना",
        r"टेक्स्ट|लिखावट",
        r"सीन|दृश्य",
        r"विज्ञापन|ऐड",
        r"करो|कर\s+दो|कीजिए|करें",
        r"थोड़ा|थोड़ी|और",
        r"धन्यवाद|शुक्रिया",
    ),
    rows=(
        (r"(?:बहुत\s+)?(?:धन्यवाद|शुक्रिया)", "thanks"),
        # praise: "संगीत अच्छा है", "टेक्स्ट बड़ा है, ठीक है"
        (
            r"(?:(?:बड़ा|बड़ी|बड़े|छोटा|छोटी|छोटे|लंबा|लंबी)\s+है\s*,?\s*)?(?:ठीक|अच्छा|अच्छी|बढ़िया|बढ़िया)\s+है",
            "is fine",
        ),
        # "क्या … कर सकते हो?": can you make …?
        (r"क्या\s+(.+?)\s+(?:कर\s+)?(?:सकते|सकती)\s+(?:हो|हैं|है)", r"can you make \1"),
        # complaints: "संगीत बहुत तेज़ है", the music is too loud
        (r"(?:बहुत|ज़्यादा|ज्यादा)\s+(?:तेज़|तेज)\s+है", "is too loud"),
        (r"(?:बहुत|ज़्यादा|ज्यादा)\s+(?:छोटा|छोटी|छोटे)\s+है", "is too small"),
        (r"(?:बहुत|ज़्यादा|ज्यादा)\s+(?:लंबा|लंबी|लम्बा)\s+है", "is too long"),
        (r"(?:विज्ञापन|ऐड)\s+कितना\s+लंबा\s+है|(?:विज्ञापन|ऐड)\s+कितने\s+सेकंड\s+का\s+है", "how long is the ad"),
        (r"(?:विज्ञापन|ऐड)\s+कितनी\s+देर\s+का\s+है", "how long is the ad"),
        (r"कितना\s+लंबा\s+है|कितने\s+सेकंड\s+का\s+है|कितनी\s+देर\s+का\s+है", "how long is it"),
        (r"(?:संगीत|म्यूजिक|म्यूज़िक|गाना)\s+(?:को\s+)?बंद\s+" + _HI_DO, "mute the music"),
        (r"(?:पहले\s+जैसा|वापस)\s+" + _HI_DO + r"|अनडू\s+" + _HI_DO + r"|अनडू", "undo"),
        (r"संगीत|म्यूजिक|म्यूज़िक|गाना|आवाज़|आवाज", "the music"),
        # "आखिरी टेक्स्ट" (the last text): the last scene's text
        (r"(?:आखिरी|आख़िरी|अंतिम|लास्ट)\s+(?:टेक्स्ट|लिखावट)", "the text in the last scene"),
        (r"(?:पहले|पहला|पहली)\s+(?:टेक्स्ट|लिखावट)", "the text in the first scene"),
        (r"(?:आखिरी|आख़िरी|अंतिम|लास्ट)\s+(?:सीन|दृश्य)", "the last scene"),
        (r"(?:पहले|पहला|पहली)\s+(?:सीन|दृश्य)", "the first scene"),
        (r"(?:दूसरे|दूसरा)\s+(?:सीन|दृश्य)", "the second scene"),
        # "आखिरी सीन के लिए भी वैसा ही": the same for the last scene
        (
            r"(the\s+\w+\s+scene)\s+(?:के\s+लिए|में)\s+भी\s+(?:वैसा|वैसे|वही|ऐसा)(?:\s+ही)?(?:\s+" + _HI_DO + r")?",
            r"same for \1",
        ),
        (r"(the\s+\w+\s+scene)\s+(?:का|की|के|में)\s+(?:टेक्स्ट|लिखावट)", r"the text in \1"),
        (r"([A-Za-z]+)\s+(?:का|की|के|में)\s+(?:टेक्स्ट|लिखावट)", r"the text in the \1"),
        (r"टेक्स्ट|लिखावट", "the text"),
        (r"सीन|दृश्य", "the scene"),
        (r"विज्ञापन|ऐड", "the ad"),
        (r"और\s+(?:थोड़ा|थोड़ी)|(?:थोड़ा|थोड़ी)\s+और", "a bit more"),
        # "2 सेकंड छोटा" is shorter by 2 seconds (before "छोटा" alone is smaller)
        (r"(\d+(?:\.\d+)?)\s*(?:सेकंड|सेकेंड)\s+(?:छोटा|छोटी|छोटे)", r"shorter by \1 seconds"),
        (r"(\d+(?:\.\d+)?)\s*(?:सेकंड|सेकेंड)\s+(?:लंबा|लंबी|लम्बा)", r"longer by \1 seconds"),
        (r"थोड़ा|थोड़ी", "a bit"),
        # "धीमा", "कम" (low, less) and "तेज़" (strong, fast) are the music's volume only after it:
        # "टेक्स्ट कम करो" (less text) is no quieter music
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:धीमा|धीमी|कम)", r"\1quieter"),
        (r"(the\s+music\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:तेज़|तेज)", r"\1louder"),
        # a scene "छोटा" (small) is a shorter one
        (
            r"(?<!text in )(the\s+(?:\w+\s+)?scene\s+(?:a\s+bit\s+(?:more\s+)?)?)(?:छोटा|छोटी|छोटे)",
            r"\1shorter",
        ),
        (r"बड़ा|बड़ी|बड़े", "bigger"),
        (r"छोटा|छोटी|छोटे", "smaller"),
        (r"लंबा|लंबी|लम्बा", "longer"),
        (r"(\d+(?:\.\d+)?)\s*सेकंड\s+(?:छोटा|छोटी)", r"\1 seconds shorter"),
        (r"(?:उजला|चमकदार|ब्राइट)", "brighter"),
        (r"(?:गहरा|डार्क)", "darker"),
        (r"शांत", "calm"),
        (r"ऊपर", "at the top"),
        (r"नीचे", "at the bottom"),
        (r"बीच\s+में", "in the center"),
        (r"सफेद|सफ़ेद", "white"),
        (r"काला|काले", "black"),
        (r"पीला|पीले", "yellow"),
        (r"लाल", "red"),
        (r"नीला|नीले", "blue"),
        (r"हरा|हरे", "green"),
        (r"बैंगनी", "purple"),
        (r"गुलाबी", "pink"),
        (r"नारंगी", "orange"),
        (r"भी", "too"),
        (r"(\d+(?:\.\d+)?)\s*(?:सेकंड|सेकेंड)(?:\s+का)?", r"\1 seconds"),
        # "X को Q कर दो", "X Q में बदलो": change X to Q; "X हटाओ": remove X
        (
            r"([^,.;!?]+?)\s+(?:को\s+)?([\ue000-\ue1ff].)\s+(?:में\s+बदलो|में\s+बदल\s+दो|" + _HI_DO[3:-1] + r")",
            r"change \1 to \2",
        ),
        (r"([^,.;!?]+?)\s+(?:को\s+)?(?:हटाओ|हटा\s+दो|हटाइए|डिलीट\s+" + _HI_DO + r")", r"remove \1"),
        (r"([^,.;!?]+?)\s+(?:को\s+)?(?:मत|न)\s+(?:करो|करें|कीजिए|करना)", r"don't make \1"),
        (r"([^,.;!?]+?)\s+(?:को\s+)?" + _HI_DO, r"make \1"),
    ),
    leftovers=(r"को", r"है", r"ज़रा", r"जरा", r"प्लीज़", r"प्लीज"),
    slips=False,
    own_script=True,
)

# --- Greek ----------------------------------------------------------------------------------------

GREEK = Language(
    "el",
    markers=(
        r"[\u0370-\u03ff\u1f00-\u1fff]+",
        r"μουσικ\w*",
        r"κείμεν\w*|κειμεν\w*",
        r"σκην\w*",
        r"διαφ[ήη]μισ\w*",
        r"κ[άα]νε|άλλαξε|αλλαξε|βάλε|βαλε",
        r"λ[ίι]γο|πιο",
        r"ευχαριστ\w*",
    ),
    rows=(
        (r"ευχαριστ\w*(?:\s+πολ[ύυ])?", "thanks"),
        # complaints: "η μουσική είναι πολύ δυνατή", the music is too loud
        (r"ε[ίι]ναι\s+(?:πολ[ύυ]|υπερβολικ[άα])\s+δυνατ\w*", "is too loud"),
        (r"ε[ίι]ναι\s+(?:πολ[ύυ]|υπερβολικ[άα])\s+μικρ\w*", "is too small"),
        (r"ε[ίι]ναι\s+(?:πολ[ύυ]|υπερβολικ[άα])\s+(?:μεγ[άα]λ\w*|μακρ\w*)", "is too long"),
        (r"μην\s+(?:κ[άα]νεις|κ[άα]νετε)", "don't make"),
        (r"μπορε[ίι](?:ς|τε)\s+να\s+(?:κ[άα]νεις|κ[άα]νετε)", "can you make"),
        (r"μπορε[ίι](?:ς|τε)\s+να", "can you"),
        (r"ε[ίι]ναι\s+(?:ωρα[ίι]\w*|καλ[ήηόο]|τ[έε]λει\w*|μια\s+χαρ[άα])", "is fine"),
        (r"μην", "don't"),
        (
            r"π[όο]σο\s+κρατ[άα]ει|π[όο]σο\s+διαρκε[ίι]|π[όο]ση\s+δι[άα]ρκεια\s+[έε]χει|π[όο]σο\s+μεγ[άα]λη\s+ε[ίι]ναι",
            "how long is",
        ),
        (r"αναίρεση|αναιρεση|αναίρεσε|αναιρεσε|γ[ύυ]ρνα\s+π[ίι]σω", "undo"),
        (r"(?:κλε[ίι]σε|σβ[ήη]σε)\s+(?:τη\s+|την\s+)?μουσικ[ήη]", "mute the music"),
        (r"(?:τη\s+|την\s+)?(?:μουσικ[ήη]|ένταση|ενταση)", "the music"),
        (
            r"(?:το\s+)?κε[ίι]μενο\s+(?:της\s+|στην\s+)?τελευτα[ίι]ας?\s+σκην[ήη]ς?",
            "the text in the last scene",
        ),
        (r"(?:το\s+)?κε[ίι]μενο\s+(?:της\s+|στην\s+)?πρ[ώω]της?\s+σκην[ήη]ς?", "the text in the first scene"),
        (r"(?:το\s+)?κε[ίι]μενο\s+(?:του|στο)\s+([A-Za-z]+)", r"the text in the \1"),
        # "το τελικό κείμενο" (the final text), "το πρώτο κείμενο": that scene's text
        (r"(?:το\s+)?(?:τελικ[όο]|τελευτα[ίι]ο)\s+κε[ίι]μενο", "the text in the last scene"),
        (r"(?:το\s+)?(?:πρ[ώω]το|αρχικ[όο])\s+κε[ίι]μενο", "the text in the first scene"),
        # "το ίδιο για την τελευταία": the same for the last scene
        (
            r"(?:το\s+)?[ίι]διο\s+(?:και\s+)?για\s+(?:την\s+|τη\s+)?τελευτα[ίι]α(?:\s+σκην[ήη])?",
            "same for the last scene",
        ),
        (
            r"(?:το\s+)?[ίι]διο\s+(?:και\s+)?για\s+(?:την\s+|τη\s+)?πρ[ώω]τη(?:\s+σκην[ήη])?",
            "same for the first scene",
        ),
        (r"(?:το\s+)?κε[ίι]μενο", "the text"),
        (r"(?:την\s+|τη\s+)?τελευτα[ίι]α\s+σκην[ήη]", "the last scene"),
        (r"(?:την\s+|τη\s+)?πρ[ώω]τη\s+σκην[ήη]", "the first scene"),
        (r"(?:την\s+|τη\s+)?δε[ύυ]τερη\s+σκην[ήη]", "the second scene"),
        (r"(?:τη\s+|την\s+)?σκην[ήη]", "the scene"),
        (r"(?:τη\s+|την\s+)?διαφ[ήη]μιση", "the ad"),
        (r"κ[άα]ν[εέ]|κ[άα]ντε", "make"),
        (r"άλλαξε|αλλαξε|αλλάξτε", "change"),
        (r"βάλε|βαλε|μετακίνησε|μετακινησε", "move"),
        (r"σβ[ήη]σε|αφα[ίι]ρεσε|διάγραψε|διαγραψε", "remove"),
        (r"κ[όο]ψε|συντ[όο]μευσε", "shorten"),
        (r"χαμ[ήη]λωσε", "turn down"),
        (r"δυν[άα]μωσε", "turn up"),
        (r"(?:την\s+)?εικ[όο]να", "the picture"),
        (r"πιο\s+δυνατ[ήηόο]|δυνατ[όο]τερ\w*", "louder"),
        (r"πιο\s+σιγαν[ήηόο]|πιο\s+χαμηλ[ήηόο]|πιο\s+[ήη]συχ\w*", "quieter"),
        # a scene "πιο μεγάλη" is a longer one, "πιο μικρή" a shorter one (as a time is long or short);
        # a scene's text "πιο μεγάλο" is bigger
        (r"(?<!text in )(the\s+(?:\w+\s+)?scene)\s+(?:πιο\s+μεγ[άα]λ\w*|μεγαλ[ύυ]τερ\w*)", r"\1 longer"),
        (r"(?<!text in )(the\s+(?:\w+\s+)?scene)\s+(?:πιο\s+μικρ\w*|μικρ[όο]τερ\w*)", r"\1 shorter"),
        (r"πιο\s+μεγ[άα]λ\w*|μεγαλ[ύυ]τερ\w*", "bigger"),
        (r"πιο\s+μικρ\w*|μικρ[όο]τερ\w*", "smaller"),
        (r"πιο\s+μακρι[άα]|πιο\s+μεγ[άα]λη\s+δι[άα]ρκεια|μεγαλ[ύυ]τερη\s+δι[άα]ρκεια", "longer"),
        (r"πιο\s+σ[ύυ]ντομ\w*|συντομ[όο]τερ\w*", "shorter"),
        (r"πιο\s+φωτειν\w*|φωτειν[όο]τερ\w*", "brighter"),
        (r"πιο\s+σκοτειν\w*|σκοτειν[όο]τερ\w*", "darker"),
        (r"[ήη]ρεμ\w*", "calm"),
        (r"λ[ίι]γο\s+ακ[όο]μ[αη]|ακ[όο]μ[αη]\s+λ[ίι]γο", "a bit more"),
        (r"λ[ίι]γο", "a bit"),
        (r"πιο", "more"),
        (r"(?:κατά|κατα)\s+(\d+(?:[.,]\d+)?)\s*δευτερ[όο]λεπτ\w*", r"by \1 seconds"),
        (r"(\d+(?:[.,]\d+)?)\s*δευτερ[όο]λεπτ\w*", r"\1 seconds"),
        (r"σε(?=\s*[\ue000-\ue1ff])|σε(?=\s+\d)", "to"),
        (r"(?:στο\s+)?π[άα]νω", "at the top"),
        (r"(?:στο\s+)?κ[άα]τω", "at the bottom"),
        (r"στη\s+μ[έε]ση|στο\s+κ[έε]ντρο", "in the center"),
        (r"λευκ\w*|[άα]σπρ\w*", "white"),
        (r"μα[ύυ]ρ\w*", "black"),
        (r"κ[ίι]τριν\w*", "yellow"),
        (r"κ[όο]κκιν\w*", "red"),
        (r"μπλε", "blue"),
        (r"πρ[άα]σιν\w*", "green"),
        (r"μωβ|μοβ", "purple"),
        (r"ροζ", "pink"),
        (r"πορτοκαλ[ίι]\w*", "orange"),
        (r"και", "and"),
    ),
    leftovers=(
        r"το",
        r"τη",
        r"την",
        r"τα",
        r"η",
        r"ο",
        r"του",
        r"της",
        r"σε",
        r"παρακαλ[ώω]",
        r"είναι",
        r"ειναι",
    ),
    slips=False,
    own_script=True,
)

# --- Thai -----------------------------------------------------------------------------------------

_TH_WORDS = (
    r"เพลงประกอบ|เพลง|ดนตรี|เสียงเพลง",
    r"ข้อความ|ตัวหนังสือ",
    r"ฉากสุดท้าย|ฉากแรก|ฉากที่สอง|ฉาก",
    r"ตอนจบ|ตอนท้าย|ตอนต้น|ตอนแรก",
    r"ด้วย",
    r"โฆษณา|วิดีโอ",
    r"ทำให้|ทำ|เปลี่ยน|ลบ|ย้าย|เลิกทำ|ย้อนกลับ|ปิด",
    r"เบาลง|ดังขึ้น|ใหญ่ขึ้น|เล็กลง|ยาวขึ้น|สั้นลง|สว่างขึ้น|มืดลง|ให้",
    r"ยาว",  # (an entry of its own: the entries are tried longest first, "ยาวเท่าไหร่" before it)
    r"นิดหน่อย|หน่อย|อีกนิด|นิดนึง|นิด",
    r"ขอบคุณครับ|ขอบคุณค่ะ|ขอบคุณ|ขอบใจ",
    r"ยาวเท่าไหร่|ยาวเท่าไร|ยาวกี่วินาที|กี่วินาที|นานแค่ไหน|นานเท่าไหร่",
    r"วินาที",
    r"เป็น|ใน|ของ|ที่|ไว้",
    r"ด้านบน|ข้างบน|ด้านล่าง|ข้างล่าง|ตรงกลาง",
    r"สีขาว|สีดำ|สีเหลือง|สีแดง|สีน้ำเงิน|สีเขียว|สีม่วง|สีชมพู|สีส้ม",
    r"สงบ|ผ่อนคลาย",
    r"ครับ|ค่ะ|คะ|นะ|จ้า|หน่อยนะ",
    r"อย่า",
    r"ช่วย|ได้ไหม|ได้มั้ย|ได้มั๊ย",
    r"ดีแล้ว|ดีมาก|เพราะดี|สวยดี",
    r"ไป",
    r"ดังเกินไป|เล็กเกินไป|ยาวเกินไป",
)

THAI = Language(
    "th",
    markers=(
        r"\w*[\u0e00-\u0e7f][\w\u0e00-\u0e7f]*",
        r"[\w\u0e00-\u0e7f]*(?:เพลง|ข้อความ|ฉาก|โฆษณา)[\w\u0e00-\u0e7f]*",
    ),
    rows=(
        (r"ครับ|ค่ะ|คะ|นะ|จ้า", ""),
        (r"ขอบคุณครับ|ขอบคุณค่ะ|ขอบคุณ|ขอบใจ", "thanks"),
        (r"อย่า", "don't"),
        (r"ช่วย", "please"),
        (r"ได้ไหม|ได้มั้ย|ได้มั๊ย", ""),
        (r"ใหญ่\s*(?:ดีแล้ว|ดีมาก)|(?:ดีแล้ว|ดีมาก|เพราะดี|สวยดี)", "is fine"),
        (r"ดังเกินไป", "is too loud"),
        (r"เล็กเกินไป", "is too small"),
        (r"ยาวเกินไป", "is too long"),
        (r"(?:โฆษณา|วิดีโอ)\s*(?:ยาวเท่าไหร่|ยาวเท่าไร|ยาวกี่วินาที|กี่วินาที|นานแค่ไหน|นานเท่าไหร่)", "how long is the ad"),
        (r"ยาวเท่าไหร่|ยาวเท่าไร|ยาวกี่วินาที|กี่วินาที|นานแค่ไหน|นานเท่าไหร่", "how long is it"),
        (r"เลิกทำ|ย้อนกลับ", "undo"),
        (r"ปิด\s*(?:เพลงประกอบ|เพลง|ดนตรี|เสียงเพลง)", "mute the music"),
        (r"เพลงประกอบ|เพลง|ดนตรี|เสียงเพลง", "the music"),
        # "ข้อความตอนจบ" (the text at the end), "ข้อความตอนต้น": the last or the first scene's text
        (r"(?:ข้อความ|ตัวหนังสือ)\s*(?:ตอนจบ|ตอนท้าย)", "the text in the last scene"),
        (r"(?:ข้อความ|ตัวหนังสือ)\s*(?:ตอนต้น|ตอนแรก)", "the text in the first scene"),
        (r"ข้อความ|ตัวหนังสือ", "the text"),
        (r"ฉากสุดท้าย", "the last scene"),
        (r"ฉากแรก", "the first scene"),
        (r"ฉากที่สอง", "the second scene"),
        (r"ฉาก", "the scene"),
        (r"โฆษณา|วิดีโอ", "the ad"),
        (r"ทำให้|ทำ", "make"),
        (r"เปลี่ยน", "change"),
        (r"ลบ", "remove"),
        (r"ย้าย", "move"),
        (r"เบาลง", "quieter"),
        (r"ดังขึ้น", "louder"),
        (r"ใหญ่ขึ้น", "bigger"),
        (r"เล็กลง", "smaller"),
        (r"ยาวขึ้น", "longer"),
        (r"สั้นลง", "shorter"),
        (r"สว่างขึ้น", "brighter"),
        (r"มืดลง", "darker"),
        (r"(quieter|louder|bigger|smaller|longer|shorter|brighter|darker)\s*อีกนิด", r"a bit more \1"),
        (r"อีก\s*(?:นิดหน่อย|หน่อย|นิดนึง|นิด)", "a bit more"),
        (r"นิดหน่อย|หน่อย|นิดนึง|นิด", "a bit"),
        (r"(\d+(?:\.\d+)?)\s*วินาที", r"\1 seconds"),
        # "สั้นลง 1 วินาที": shorter by a second; "ยาว 20 วินาที": 20 seconds long
        (r"(shorter|longer)\s+(\d+(?:\.\d+)?\s+seconds)", r"\1 by \2"),
        (r"ยาว(?=\s*\d)", ""),
        (r"ด้านบน|ข้างบน", "at the top"),
        (r"ด้านล่าง|ข้างล่าง", "at the bottom"),
        (r"ตรงกลาง", "in the center"),
        (r"สีขาว", "white"),
        (r"สีดำ", "black"),
        (r"สีเหลือง", "yellow"),
        (r"สีแดง", "red"),
        (r"สีน้ำเงิน", "blue"),
        (r"สีเขียว", "green"),
        (r"สีม่วง", "purple"),
        (r"สีชมพู", "pink"),
        (r"สีส้ม", "orange"),
        (r"ด้วย", "too"),
        (r"สงบ|ผ่อนคลาย", "calm"),
        (r"เป็น", "to"),
        (r"ใน|ของ|ที่", "in"),
        (r"ให้|ไว้|ไป", ""),
    ),
    leftovers=(),
    slips=False,
    own_script=True,
    segment=_TH_WORDS,
)

JAPANESE_HINDI_GREEK_THAI: tuple[Language, ...] = (JAPANESE, HINDI, GREEK, THAI)

__all__ = ["GREEK", "HINDI", "JAPANESE", "JAPANESE_HINDI_GREEK_THAI", "THAI"]
