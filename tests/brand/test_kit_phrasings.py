"""Brand kit phrasings (adgen.agent.understanding.brand_kit): a development set the table was
written against, and a held-out set written down before running it (reported separately), plus
the ad edits that must stay ad edits."""

from __future__ import annotations

import pytest

from adgen.agent.understanding.brand_kit import read_kit_message

# (text, attachment names, an ad open?, expected [(action, value or words or role)])
DEV = [
    ("here is our logo", ["logo.png"], False, [("logo", None)]),
    ("here's our new logo", ["mark.svg"], True, [("logo", None)]),
    ("our colours are navy and coral", [], False, [("colours", "navy and coral")]),
    ("our colours are navy and coral in the brand kit", [], True, [("colours", "navy and coral")]),
    ("use Montserrat for headlines", [], True, [("font_family", ("Montserrat", "heading"))]),
    ("use DejaVu Serif for the body text", [], True, [("font_family", ("DejaVu Serif", "body"))]),
    ("use this font for headlines", ["Brand.ttf"], True, [("font_file", "heading")]),
    ("our tagline is “Roasted by the sea”", [], False, [("tagline", "Roasted by the sea")]),
    ("our call to action is 'Order today'", [], False, [("cta", "Order today")]),
    ("never say 'cheap'", [], True, [("avoid", ("cheap",))]),
    ("never say 'cheap' or 'guaranteed'", [], True, [("avoid", ("cheap", "guaranteed"))]),
    ("our tone is calm and premium", [], False, [("tone", ("calm", "premium"))]),
    ("apply the new brand kit to this ad", [], True, [("apply", None)]),
    ("show the brand kit", [], True, [("show", None)]),
    ("/brand", [], True, [("show", None)]),
    ("put our logo in the corner", [], True, [("corner_mark", True)]),
    ("cut out the logo", [], False, [("logo_cutout", None)]),
    ("use the logo's colours", [], False, [("logo_colours", None)]),
    ("call the brand kit Harbour Coffee", [], True, [("name", "Harbour Coffee")]),
    ("make a new brand kit called Acme Tea", [], True, [("new_kit", "Acme Tea")]),
    ("switch to the Acme Tea brand kit", [], True, [("switch_kit", "Acme Tea")]),
    ("make the Acme kit the default", [], True, [("switch_kit", "Acme")]),
    ("list our brand kits", [], True, [("list_kits", None)]),
    ("use the new brand kit", [], True, [("apply", None)]),
]

# Written before these were run; not tuned against.
HELD_OUT = [
    ("This is our logo, please keep it", ["acme.png"], False, [("logo", None)]),
    ("attaching our logo", ["acme.webp"], True, [("logo", None)]),
    ("Headlines should be in Playfair Display", [], True, [("font_family", ("Playfair Display", "heading"))]),
    ("please use Open Sans for body copy", [], True, [("font_family", ("Open Sans", "body"))]),
    ("here is our font, use it for headings", ["Acme-Bold.otf"], False, [("font_file", "heading")]),
    ("our brand colours are #0A2540 and #FFB800", [], False, [("colours", "#0A2540 and #FFB800")]),
    ("our primary colour is teal", [], False, [("colours", "teal")]),
    ("our slogan is 'Brewed for the bold'", [], False, [("tagline", "Brewed for the bold")]),
    ("don't ever use the word 'cheap' in our ads", [], True, [("avoid", ("cheap",))]),
    ("avoid the words free and guaranteed", [], True, [("avoid", ("free", "guaranteed"))]),
    ("our voice is warm, friendly and witty", [], False, [("tone", ("warm", "friendly", "witty"))]),
    ("update this ad to the latest brand kit", [], True, [("apply", None)]),
    ("what's in our brand kit?", [], True, [("show", None)]),
    ("add a corner logo", [], True, [("corner_mark", True)]),
    ("remove the corner logo", [], True, [("corner_mark", False)]),
    ("our default CTA is Book a table", [], False, [("cta", "Book a table")]),
    ("banned words: cheap, deal", [], True, [("avoid", ("cheap", "deal"))]),
    ("reapply the brand kit", [], True, [("apply", None)]),
]

# Ad edits and briefs: never the kit.
NOT_KIT = [
    ("make the hook say 'cheap'", [], True),
    ("use the font Montserrat", [], True),
    ("make the text bigger", [], True),
    ("a 15 s ad for our cold brew, energetic", [], False),
    ("our colors are #0A2540 and #FFB800", [], True),  # with an ad open: that ad's colours
    ("the tagline is 'Fresh every day'", [], True),
    ("make the logo bigger", [], True),
    ("A 15 second ad for Northwind Coffee cold brew, energetic, brand colours navy and gold", [], False),
]


def _seen(request) -> object:
    if request.action in ("avoid", "tone"):
        return request.words
    if request.action == "font_family":
        return (request.value, request.role)
    if request.action == "font_file":
        return request.role
    if request.action == "corner_mark":
        return request.enabled
    return request.value


def _check(text: str, files: list[str], ad_open: bool, expected: list[tuple[str, object]]) -> None:
    message = read_kit_message(text, attachments=files, ad_open=ad_open)
    assert message is not None, text
    assert [(r.action, _seen(r)) for r in message.requests] == expected


@pytest.mark.parametrize(("text", "files", "ad_open", "expected"), DEV)
def test_dev_phrasings(text: str, files: list[str], ad_open: bool, expected: list) -> None:
    _check(text, files, ad_open, expected)


@pytest.mark.parametrize(("text", "files", "ad_open", "expected"), HELD_OUT)
def test_held_out_phrasings(text: str, files: list[str], ad_open: bool, expected: list) -> None:
    _check(text, files, ad_open, expected)


@pytest.mark.parametrize(("text", "files", "ad_open"), NOT_KIT)
def test_ad_edits_and_briefs_are_not_kit_messages(text: str, files: list[str], ad_open: bool) -> None:
    assert read_kit_message(text, attachments=files, ad_open=ad_open) is None


def test_a_logo_file_decides_only_with_words_about_the_logo() -> None:
    assert read_kit_message("a 15 s ad for our shoes", attachments=["shoe.png"], ad_open=False) is None
    message = read_kit_message("here is our logo", attachments=["logo.png"], ad_open=True)
    assert message is not None and message.brand_files
    asks = read_kit_message("here is our logo", attachments=[], ad_open=False)
    assert asks is not None and not asks.brand_files  # the reply asks for the file
