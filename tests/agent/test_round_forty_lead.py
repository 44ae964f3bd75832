"""Round forty, the lead before the round: what dev27 left that is a class of its own.

1. "…, don't touch the words" after a request: the words stay, the request is done (read as a
   decline of the whole message when no verb came before it) (:mod:`words_kept`).
2. "while you're there", "whilst you're in there" after a request: no request of its own
   (:mod:`framing`).
3. "on this one …", "for this version …": the ad being edited (without a comma, "one" was read
   as a scene's number and the edit asked which scene) (:mod:`framing`).
4. A bullet brief half written as labels ("- brand: …", "- 20 seconds", "- intensive courses",
   "- end card '…'"): every line read (an unlabelled line left the brief unread)
   (:mod:`local_briefs`).
5. A card named by what it shows, said to go by too fast ("the salary goes by too fast"): that
   card longer (it lengthened the whole ad: a wrong edit) (:mod:`described_time`); "whizzes
   past … before anyone can read it" is its time on screen, not how its text looks
   (:mod:`content_kinds`); "the opening hours" are no opening scene (they lengthened the hook:
   a wrong edit) (:mod:`scenes`).
"""

from __future__ import annotations

from functools import partial

import held_out_run

_understood = partial(held_out_run.understood, starts="dev27", case_id="r40lead")
_nothing = partial(held_out_run.changes_nothing, starts="dev27")


def test_a_request_then_do_not_touch_the_words() -> None:
    _understood(
        "kerbside",
        ("the pass rate card in the middle, don't touch the words",),
        {"start": {"scenes[#2].overlay.position": "center"}},
    )
    _understood(
        "muddypaws",
        ("hook text yellow but dont change the wording please",),
        {"start": {"scenes[#1].overlay.color": "#FFFF00"}},
    )


def test_do_not_touch_the_words_alone_changes_nothing() -> None:
    _nothing("muddypaws", "don't touch the words")


def test_while_you_are_there_is_no_request() -> None:
    _understood(
        "muddypaws",
        ("music calmer, and the end card text bigger whilst you're in there",),
        {
            "start": {
                "style.musicMood": "calm",
                "audio.mood": "calm",
                "scenes[#4].overlay.fontSize": {"grow": "any"},
            }
        },
    )


def test_on_this_one_is_the_ad_being_edited() -> None:
    _understood(
        "harbour",
        ("on this one hook text yellow",),
        {"start": {"scenes[#1].overlay.color": "#FFFF00"}},
    )
    _understood(
        "harbour",
        ("for this version make the apply link bigger",),
        {"start": {"scenes[#4].overlay.fontSize": {"grow": "any"}}},
    )


def test_a_bullet_brief_half_written_as_labels() -> None:
    _understood(
        None,
        (
            "- brand: Fernside Tutors\n- 15s\n- maths and english tutoring, all ages\n- end card 'Book a free trial'",
        ),
        {
            "created": [
                {
                    "kind": "brief",
                    "fields": {
                        "durationSec": 15,
                        "brand.name": {"contains": "Fernside", "excludes": ["maths", "15"]},
                        "scenes[role=cta].overlay.text": {"line_ci": "Book a free trial"},
                    },
                }
            ]
        },
    )


def test_a_card_named_by_what_it_shows_goes_by_too_fast() -> None:
    _understood(
        "harbour",
        ("the salary goes by too fast",),
        {"start": {"scenes[#2].durationSec": {"grow": "any"}, "durationSec": "optional"}},
    )
    _understood(
        "muddypaws",
        ("the opening hours flash past before anyone can read them",),
        {"start": {"scenes[#3].durationSec": {"grow": "any"}, "durationSec": "optional"}},
    )


def test_the_opening_hours_are_no_opening_scene() -> None:
    _understood(
        "muddypaws",
        ("the opening hours whizz past before anyone can read them",),
        {"start": {"scenes[#3].durationSec": {"grow": "any"}, "durationSec": "optional"}},
    )
    _understood(
        "muddypaws",
        ("the opening is too long",),
        {"start": {"scenes[#1].durationSec": {"shrink": "any"}, "durationSec": "optional"}},
    )
