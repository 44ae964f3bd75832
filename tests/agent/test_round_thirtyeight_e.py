"""Round thirty-eight e: requests in eleven languages never seen before (dev27): Kinyarwanda, Xhosa,
Samoan, Tajik, Faroese, Breton, Lingala, Javanese, Tok Pisin, Occitan and Aymara, whole or mixed
with the English name of a part (:mod:`adgen.agent.understanding.lakes_isles_highlands`).

Each phrasing (my own words, not dev27's) must make the very document its English reading makes,
and change something; a translated request that names a text by what it shows ("the phone
number", "the apply link") is that text, never the palette; the near misses are English messages
with one word a table of these languages reads, which must stay English.
"""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest
from parse_helpers import same_as, unchanged

from adgen.agent.understanding.foreign import language_of, to_english

understood = partial(held_out_run.understood, starts="dev27", case_id="r38e")


@pytest.mark.parametrize(
    ("text", "plain", "language"),
    [
        # Kinyarwanda
        ("Nyamuneka, mwongere umuziki gato", "make the music a bit louder", "rw"),
        ("Mugabanye umuziki, murakoze", "make the music quieter", "rw"),
        # Xhosa
        ("Ndicela, yenza umbhalo we-cta ube mthubi", "make the cta text yellow", "xh"),
        ("Nceda nciphisa umculo kancinci, enkosi", "make the music a bit quieter", "xh"),
        # Samoan
        ("Fa'amolemole fa'aitiiti le musika", "make the music quieter", "sm"),
        ("Fa'alapo'a le tusitusiga o le hook, fa'afetai", "make the hook text bigger", "sm"),
        # Tajik
        ("Лутфан, мусиқиро каме пасттар кунед", "make the music a bit quieter", "tg"),
        ("Лутфан матни hook-ро сурх кунед", "make the hook text red", "tg"),
        # Faroese
        ("Vinarliga ger tónleikin lægri", "make the music quieter", "fo"),
        ("Ger tekstin í cta reyðan, takk fyri", "make the cta text red", "fo"),
        # Breton
        ("Grit ar sonerezh sioulaoc'h, mar plij", "make the music quieter", "br"),
        # Lingala
        ("Palado, bakisa miziki moke", "make the music a bit louder", "ln"),
        ("Sala makomi ya hook motane, matondo", "make the hook text red", "ln"),
        # Javanese
        ("tulisane hook digawe abang ya", "make the hook text red", "jv"),
        ("tulung musike digawe luwih lirih", "make the music quieter", "jv"),
        # Tok Pisin
        ("Plis mekim ol tok long cta i kamap retpela", "make the cta text red", "tpi"),
        ("Plis mekim ol tok long cta i kamap smolpela liklik", "make the cta text a bit smaller", "tpi"),
        # Occitan
        ("Se vos plai, fasètz la musica mai bassa", "make the music quieter", "oc"),
        ("Si vos plai, fasètz lo tèxte del hook mai grand", "make the hook text bigger", "oc"),
        # Aymara
        ("cta qillqa larama luram, jisa", "make the cta text blue", "ay"),
        ("cta text ch'uxña color, jisa", "make the cta text green", "ay"),
    ],
)
def test_reads_as_its_english(text: str, plain: str, language: str) -> None:
    assert language_of(text) == language
    same_as(text, plain)


def test_breton_quoted_words_on_a_part() -> None:
    same_as("Lakait 'Dont ganeomp hiziv' war ar cta, mar plij", "change the cta text to 'Dont ganeomp hiziv'")


def test_javanese_phone_number_is_its_text() -> None:
    understood(
        "kerbside",
        ("tulung nomer telpon e digawe kuning ya",),
        {"start": {"scenes[role=cta].overlay.color": {"color": "yellow"}}},
    )


def test_occitan_link_named_by_its_words_is_that_text() -> None:
    understood(
        "harbour",
        ("Se vos plai, metètz lo ligam d'apply en roge",),
        {"start": {"scenes[role=cta].overlay.color": {"color": "red"}}},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Murakoze cyane",  # (Kinyarwanda: thank you very much)
        "Fa'amolemole, fa'afetai",  # (Samoan: please, thank you)
        "Tenkyu tru, plis",  # (Tok Pisin: thank you, please)
    ],
)
def test_nothing_to_do_changes_nothing(text: str) -> None:
    unchanged(text)


@pytest.mark.parametrize(
    "text",
    [
        "the bike shot is way too dark",
        "crème brûlée on the hook looks odd",
        "plis make the hook pop",  # Tok Pisin "plis" (please)
        "the lo-fi track is fine, ya",  # Occitan "lo", Javanese "ya"
        "ger the logo a bit higher",  # Faroese "ger" (make)
        "the mumu dress shot is too dark",  # Samoan "mumu" (red)
        "add a blau sticker to the cta",  # Occitan "blau" (blue)
        "the long shot of the musik festival is too dark",  # Tok Pisin "long", "musik"
        "ubuntu cafe ad: the hook text bigger",
    ],
)
def test_english_with_one_such_word_stays_english(text: str) -> None:
    assert language_of(text) is None
    assert to_english(text) == text
