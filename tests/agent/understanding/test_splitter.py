"""splitter: prose, commas, "and", "also", line breaks and bullets; nothing splits inside quotes."""

from phrase_suite import basic_project

from adgen.agent.understanding.quotes import mask_quotes, unmask
from adgen.agent.understanding.splitter import lines, split_clauses


def clauses(text: str) -> list[str]:
    masked, quotes = mask_quotes(text)
    return [unmask(c, quotes) for c in split_clauses(masked, basic_project(), quotes)]


def test_bullets_and_line_breaks_always_end_a_request() -> None:
    assert clauses("- cta: 'Shop the drop'\n- music a bit quieter") == [
        "cta: 'Shop the drop'",
        "music a bit quieter",
    ]
    assert clauses("Few things:\n1. hook should say 'Hi'\n2) music louder\n* bigger text") == [
        "hook should say 'Hi'",
        "music louder",
        "bigger text",
    ]
    assert lines("• one\n\n— two") == ["one", "two"]


def test_prose_commas_and_also() -> None:
    assert clauses("make the hook brighter and the CTA say 'Buy now', then render") == [
        "make the hook brighter",
        "the CTA say 'Buy now'",
        "render",
    ]
    assert clauses("hook text yellow, cta text white, and 20 seconds total") == [
        "hook text yellow",
        "cta text white",
        "20 seconds total",
    ]
    assert clauses("make it 20 seconds. also calmer music") == ["make it 20 seconds.", "also calmer music"]


def test_quotes_and_lists_stay_whole() -> None:
    assert clauses("the cta should say 'Buy 2, get 1 free' and the music quieter") == [
        "the cta should say 'Buy 2, get 1 free'",
        "the music quieter",
    ]
    assert clauses("make the palette navy and gold") == ["make the palette navy and gold"]
    assert clauses("swap scene 2 and 3") == ["swap scene 2 and 3"]


def test_reasons_headings_and_restatements_ask_nothing() -> None:
    assert clauses("make the cta text black because the yellow is hard to read") == [
        "make the cta text black"
    ]
    assert clauses("hook text white b/c the grey blends in") == ["hook text white"]
    assert clauses("a couple of changes: hook brighter; music quieter") == ["hook brighter", "music quieter"]
    assert clauses("the cta should say 'Now', please update it") == ["the cta should say 'Now'"]


def test_a_piece_that_compares_or_names_the_product_is_a_request_of_its_own() -> None:
    assert clauses("darker hook plus a quieter tune") == ["darker hook", "a quieter tune"]
    assert clauses("both the hook and the showcase should be 5 seconds") == [
        "both the hook and the showcase should be 5 seconds"
    ]
