"""Round thirty-six d: requests in eleven languages never seen before (dev26): Shona, Tswana, Wolof,
Quechua, Guarani, Tongan, Turkmen, Sindhi, Cebuano, Malagasy and Oromo, whole or mixed with the
English name of a part (:mod:`adgen.agent.understanding.southern_andean_pacific`).

Each phrasing (my own words, not dev26's) must make the very document its English reading makes,
and change something; the near misses are English messages with one word a table of these
languages reads, which must stay English and change nothing.
"""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest
from parse_helpers import same_as, unchanged

from adgen.agent.understanding.foreign import language_of, to_english

understood = partial(held_out_run.understood, starts="dev26", case_id="r36d")


@pytest.mark.parametrize(
    ("text", "plain", "language"),
    [
        # Shona
        ("Ndapota, ita kuti mimhanzi ive pamusoro zvishoma", "make the music a bit louder", "sn"),
        ("Ita kuti mavara e hook ave matsvuku, maita basa", "make the hook text red", "sn"),
        ("ita kuti shambadziro ive masekondi 20", "make the ad 20 seconds", "sn"),
        # Tswana
        ("Tsweetswee dira mmino kwa tlase go le gonnye", "make the music a bit quieter", "tn"),
        ("mafoko a cta a nne mmala o khibidu, ke a leboga", "make the cta text red", "tn"),
        # Wolof
        ("Yokkal musik bi tuuti, jërëjëf", "make the music a bit louder", "wo"),
        ("Defal mbind mi xonq, jërëjëf", "make the text red", "wo"),
        # Quechua
        ("ama hina kaspa, takita aswan upalla ruway", "make the music quieter", "qu"),
        ("cta qillqata puka ruway, sulpayki", "make the cta text red", "qu"),
        # Guarani
        ("Ejapo purahéi kirirĩve michĩmi", "make the music a bit quieter", "gn"),
        ("emoĩ cta ñe'ẽ pytã, aguyjevete", "make the cta text red", "gn"),
        # Tongan
        ("Kataki 'o fakalahi 'a e fasi", "make the music louder", "to"),
        ("fakalahi 'a e tohi 'o e hook, mālō", "make the hook text bigger", "to"),
        # Turkmen
        ("Sazy biraz pesräk ediň", "make the music a bit quieter", "tk"),
        ("cta ýazgysyny gyzyl ediň, sag boluň", "make the cta text red", "tk"),
        ("mahabaty 20 sekunt ediň", "make the ad 20 seconds", "tk"),
        # Sindhi
        ("مهرباني ڪري موسيقي ٿوري وڌيڪ ڪريو", "make the music a bit louder", "sd"),
        ("cta جي لکت ڳاڙهي ڪريو", "make the cta text red", "sd"),
        # Cebuano
        ("Palihug himoa nga pula ang teksto sa cta", "make the cta text red", "ceb"),
        ("pahinaya ang musika, salamat kaayo", "make the music quieter", "ceb"),
        ("Dakoa ang teksto sa hook palihug", "make the hook text bigger", "ceb"),
        # Malagasy
        ("Ataovy malefaka kokoa ny mozika azafady", "make the music quieter", "mg"),
        ("Ataovy mena ny soratra amin'ny cta, misaotra", "make the cta text red", "mg"),
        # Oromo
        ("Maaloo muuziqaa xiqqoo xiqqeessi", "make the music a bit quieter", "om"),
        ("barreeffama cta keelloo godhi, galatoomi", "make the cta text yellow", "om"),
        ("beeksisa sekondii 20 godhi", "make the ad 20 seconds", "om"),
    ],
)
def test_reads_as_its_english(text: str, plain: str, language: str) -> None:
    assert language_of(text) == language
    same_as(text, plain)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Chinja mavara e hook kuti 'Tenga nhasi' ndapota", "change the hook text to 'Tenga nhasi'"),
        ("Ovay ho 'Vidio anio' ny soratra amin'ny hook", "change the hook text to 'Vidio anio'"),
        ("Ilisi ang teksto sa hook ngadto sa 'Lab-as kaayo'", "change the hook text to 'Lab-as kaayo'"),
    ],
)
def test_new_quoted_words(text: str, plain: str) -> None:
    same_as(text, plain)


def test_oromo_a_card_named_in_english() -> None:
    understood(
        "thornfield",
        ("barreeffama order card gara magariisaatti jijjiiri, galatoomi",),
        {"start": {"scenes[role=cta].overlay.color": {"color": "green"}}},
    )


@pytest.mark.parametrize(
    "text",
    [
        "fakasi'isi'i",  # (Tongan: reduce, with nothing named)
        "ama cta qillqata llamiychu",  # (Quechua: don't touch the cta text)
        "Maaloo, galatoomi",  # (Oromo: please, thank you)
        "Tsweetswee, ke a leboga thata",  # (Tswana: please, thank you very much)
    ],
)
def test_nothing_to_do_changes_nothing(text: str) -> None:
    unchanged(text)


@pytest.mark.parametrize(
    "text",
    [
        "the manga shot is too dark",  # Malagasy "manga" (blue)
        "can the mena logo be smaller",  # Malagasy "mena" (red)
        "the lalo scene needs a new angle",  # Tongan "lalo" (down)
        "the hiva oa beach shot is too dark",  # Tongan "hiva" (song)
        "ama the puka shell photo is too dark",  # Quechua "puka" (red)
        "the godimo font looks odd",  # Tswana "godimo" (up)
    ],
)
def test_english_with_one_such_word_stays_english(text: str) -> None:
    assert language_of(text) is None
    assert to_english(text) == text
