"""Round forty d: requests in ten languages never seen before (dev28): Kyrgyz, Chichewa, Sesotho,
Bashkir, Hmong, Sundanese, Fijian, Romansh, Corsican and Luganda, whole or mixed with the English
name of a part (:mod:`adgen.agent.understanding.savanna_steppe_alps`).

Each phrasing (my own words, not dev28's) must make the very document its English reading makes,
and change something; a card named by what it shows ("u testu di i biglietti", the tickets' text;
"daim offer card") is that card; the near misses are English messages with one word a table of
these languages reads, which must stay English. On an ad whose offer is something free ("Free eye
test") and whose other card shows a price, "the offer card" is the free one
(:func:`adgen.agent.understanding.content_kinds.scenes_showing`), in English as in Hmong.
"""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest
from parse_helpers import same_as, unchanged

from adgen.agent.understanding.foreign import language_of, to_english

understood = partial(held_out_run.understood, starts="dev28", case_id="r40d")


@pytest.mark.parametrize(
    ("text", "plain", "language"),
    [
        # Kyrgyz
        ("Сураныч, музыканы бир аз катуураак кылыңыз", "make the music a bit louder", "ky"),
        ("hook текстти кызыл кылыңызчы", "make the hook text red", "ky"),
        # Chichewa
        ("Chonde tsitsani nyimbo pang'ono", "make the music a bit quieter", "ny"),
        ("Pangani mawu a cta kukhala obiriwira, zikomo", "make the cta text green", "ny"),
        # Sesotho
        ("Ka kopo etsa mongolo wa hook o be mosehla", "make the hook text yellow", "st"),
        ("Etsa mongolo wa cta o be monyane, ka kopo", "make the cta text smaller", "st"),
        # Bashkir
        ("Зинһар, музыканы бер аҙ аҡрыныраҡ итегеҙ", "make the music a bit quieter", "ba"),
        ("CTA яҙыуын ҡыҙыл итегеҙ", "make the cta text red", "ba"),
        # Hmong
        ("Thov ua kom cov ntawv ntawm hook liab", "make the hook text red", "hmn"),
        ("Thov ua kom cov ntawv ntawm cta me dua", "make the cta text smaller", "hmn"),
        # Sundanese
        ("Punten, tulisan hook dijieun beureum", "make the hook text red", "su"),
        ("Punten, sora musik digedékeun saeutik", "make the music a bit louder", "su"),
        # Fijian
        ("Kerekere, vakalailaitaka na vosa ni hook", "make the hook text smaller", "fj"),
        ("Kerekere cakava na vosa ni cta me damudamu", "make the cta text red", "fj"),
        # Romansh
        ("Fa per plaschair il text dal cta cotschen", "make the cta text red", "rm"),
        ("Per plaschair, fa la musica pli quiet", "make the music quieter", "rm"),
        # Corsican
        ("Per piacè, fate a musica più pianu", "make the music quieter", "co"),
        ("Per piacè, fate u testu di u cta rossu", "make the cta text red", "co"),
        # Luganda
        ("Nsaba mukendeeze ku ddoboozi ly'ennyimba", "make the music quieter", "lg"),
        ("Mwattu mukole ebigambo bya hook bimyufu, webale", "make the hook text red", "lg"),
    ],
)
def test_reads_as_its_english(text: str, plain: str, language: str) -> None:
    assert language_of(text) == language
    same_as(text, plain)


def test_corsican_card_named_by_what_it_shows() -> None:
    understood(
        "laughpit",
        ("Per piacè, fate u testu di i biglietti più grande",),
        {"start": {"scenes[#3].overlay.fontSize": {"grow": "any"}}},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thov ua kom cov ntawv ntawm daim offer card daj",  # Hmong: the offer card's words yellow
        "make the offer card text yellow",
    ],
)
def test_offer_card_is_the_free_one(text: str) -> None:
    understood("brightsight", (text,), {"start": {"scenes[#2].overlay.color": {"color": "yellow"}}})


@pytest.mark.parametrize(
    "text",
    [
        "Zikomo kwambiri",  # (Chichewa: thank you very much)
        "Webale nnyo",  # (Luganda: thank you very much)
        "Vinaka vakalevu, kerekere",  # (Fijian: thank you, please)
    ],
)
def test_nothing_to_do_changes_nothing(text: str) -> None:
    unchanged(text)


@pytest.mark.parametrize(
    "text",
    [
        "the text on the hook is fine, fa la la",  # Romansh "text", "fa", "la"
        "the verde salsa shot is too dark",  # Romansh/Corsican colour words
        "add a ni hao sticker to the cta",  # Fijian "ni"
        "the liab logo looks odd",  # Hmong "liab" (red), no other Hmong word
        "the sora font on the hook is fine",  # Sundanese "sora" (sound)
        "o be more careful with the hook",  # Sesotho "o be"
        "the tala beach shot is too dark",  # Sesotho "tala" (green)
        "per piace, the hook a bit bigger",  # Corsican/Italian "per piace"
        "the mawu brand logo in the cta is tiny",  # Chichewa "mawu"
    ],
)
def test_english_with_one_such_word_stays_english(text: str) -> None:
    assert language_of(text) is None
    assert to_english(text) == text
