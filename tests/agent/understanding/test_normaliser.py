"""normaliser: shorthand by table, typos by rapidfuzz over the vocabulary, never inside quotes,
literal text, names or real words."""

from adgen.agent.understanding.normaliser import correct, normalise
from adgen.agent.understanding.quotes import mask_quotes, unmask


def test_shorthand_is_expanded_by_the_table() -> None:
    assert normalise("pls make the cta txt bigger") == "please make the cta text bigger"
    assert normalise("can u make it 20 secs") == "can you make it 20 seconds"
    assert normalise("tbh the music is too loud").strip() == "the music is too loud"
    assert normalise("brand colours black n white") == "brand colours black and white"
    assert normalise("n") == "n"  # "n" is only "and" between two words


def test_typos_become_the_nearest_vocabulary_word() -> None:
    assert normalise("mkae the product biger in the showcase") == "make the product bigger in the showcase"
    assert normalise("get rid of the problm scene") == "get rid of the problem scene"
    assert normalise("make the hook brigher") == "make the hook brighter"
    assert normalise("make the music quiter") == "make the music quieter"
    assert correct("musc") == "music"


def test_real_words_names_and_literal_text_are_left_alone() -> None:
    assert correct("shop") is None and correct("smell") is None and correct("read") is None
    assert normalise("make the shoe bigger", known=frozenset({"shoe"})) == "make the shoe bigger"
    assert (
        normalise("the hook should say Wake up and smel the coffe")
        == "the hook should say Wake up and smel the coffe"
    )
    assert normalise("use the Brigher font") == "use the Brigher font"  # a capitalised name inside a sentence


def test_never_inside_quotes() -> None:
    masked, quotes = mask_quotes("make the cta say 'mkae biger pls'")
    assert unmask(normalise(masked), quotes) == "make the cta say 'mkae biger pls'"
    masked, quotes = mask_quotes("mkae the cta 'biger'")
    assert unmask(normalise(masked), quotes) == "make the cta 'biger'"


def test_chat_shorthand_and_a_dropped_letter() -> None:
    assert normalise("idk about the music") == " about the music"
    assert normalise("white text b/c it clashes") == "white text because it clashes"
    assert normalise("hok txt biger") == "hook text bigger"
    assert normalise("n louder") == "and louder"
    assert normalise("gif") == "gif"  # three letters with no single reading stay as typed
