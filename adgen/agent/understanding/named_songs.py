"""A commercial song asked for by its title: "play 'Here Comes the Sun' by the Beatles under it",
"use Dancing Queen by ABBA", "can we have Mr Brightside as the music".

Why: the quoted title became the on-screen words of a scene (a wrong edit), and an unquoted one
got the help text. A song is named by a title (quoted, or in capitals) with its artist ("by the
Beatles") or its place ("as the music", "under it"); adgen's music is made from a mood, and a
commercial recording can't be licensed here, so the reply refuses and offers a mood or genre.
The title is read with its capitals (the raw message), so "use calm piano as the music" (a mood)
is no song.
"""

from __future__ import annotations

import re

SONG_REFUSED = (
    "I can't use a commercial song: a track like that can't be licensed here, and the music is made "
    "for the ad from a mood. Tell me the feel you're after (upbeat, feel-good, calm acoustic, epic, "
    "lo-fi, indie…) and I'll set the music to it."
)

# Small words a title keeps in lower case ("Here Comes the Sun", "Walking on Sunshine").
_SMALL = r"(?:the|of|a|an|in|on|my|me|you|to|and|for|at|it|is|we|i|&)"
_WORD = r"[A-Z0-9][\w'’]*"
_TITLE = (
    r"(?:['‘\"“][^'‘’\"“”]{2,60}['’\"”]"
    rf"|{_WORD}(?:\s+(?:{_SMALL}\s+)*{_WORD}){{0,6}})"
)
# ("order by Friday", "by 5pm", "by Christmas": a deadline, not an artist)
_NOT_ARTIST = (
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Christmas|Xmas|Easter"
    r"|Midnight|Noon|Tonight|Tomorrow|Today|End|Close|Half|Scene|Step|Two|Three|Ten|Twenty|\d)"
)
_ARTIST = rf"by\s+(?:the\s+|The\s+)?(?!{_NOT_ARTIST})[A-Z][\w'’&.-]*"
_VERB = (
    r"(?:[Pp]lay|[Uu]se|[Hh]ave|[Ll]ove|[Ll]ike|[Ff]ancy|[Nn]eed|[Pp]ut(?:\s+on)?|[Ss]tick(?:\s+on)?|[Aa]dd|[Tt]ry"
    r"|[Gg]et|[Ww]ant|[Ss]et)"
)
_SLOT = (
    r"(?:as|for)\s+(?:the\s+|our\s+|its\s+)?(?:music|song|soundtrack|track|tune|backing(?:\s+track)?"
    r"|background\s+music|bgm|audio)\b"
)
# ("add 'New students only' under it" is words placed; "play 'X' under it" is a song)
_PLAYED_UNDER = (
    r"(?:under(?:neath)?|behind|over)\s+(?:it|this|the\s+(?:ad|video|whole\s+thing|voice(?:[\s-]?over)?))\b"
    r"|in\s+the\s+background\b"
)
_SONG_RE = re.compile(
    rf"\b{_VERB}\s+{_TITLE}\s+{_ARTIST}"  # "play 'Here Comes the Sun' by the Beatles"
    rf"|\b{_VERB}\s+{_TITLE}\s+(?:{_SLOT})"  # "have Mr Brightside as the music"
    rf"|\b[Pp]lay\s+{_TITLE}\s+(?:{_PLAYED_UNDER})"  # "play 'Wonderwall' in the background"
    rf"|{_TITLE}\s+{_ARTIST}[^.!?]{{0,40}}?\b(?:{_SLOT}|{_PLAYED_UNDER}|music|song|track|tune|soundtrack)"
    r"|\b(?:[Ss]ong|[Tt]rack|[Tt]une)\s+(?:called|named)\s+"
    rf"{_TITLE}"
)
# Words of the on-screen copy: "add Fresh Bread by 8am to the hook text" is words, not a song.
_COPY_RE = re.compile(
    r"\b(?:text|says?|saying|headline|caption|copy|line|cta|hook|card|words|tagline)\b", re.I
)
_MUSIC_RE = re.compile(r"\b(?:music|song|track|tune|soundtrack|play|under\s+it|background)\b", re.I)


def named_song(raw: str) -> str | None:
    """The refusal when the message asks for a song by its title; else None."""
    if not _SONG_RE.search(raw):
        return None
    if _COPY_RE.search(raw) and not _MUSIC_RE.search(raw):
        return None
    return SONG_REFUSED
