"""Offline speech: espeak-ng's C library through ctypes, with the engine's own word timings.

Why ctypes: the library's synchronous mode hands back the audio together with a WORD event for
every word it speaks (character position in the text, sample position in the audio), which the
``espeak-ng`` command line does not expose. No maintained Python binding offers those events
(``py-espeak-ng`` runs the command line; ``espeakng-loader`` only finds the library), and the
five functions needed here are a stable C API (``speak_lib.h``, API revision 12).

The library keeps global state (one voice, one callback), so calls are serialised by a lock and
the library is initialised once per process (render workers fork). Audio comes at the voice's
rate (22.05 kHz) and is resampled to 48 kHz.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from adgen.voice.pcm import frame_rms_db, resample, write_wav
from adgen.voice.types import SAMPLE_RATE, Speech, SpeechError, VoiceSpec, WordTiming

CODE_VERSION = 1
# espeak-ng's rate is nominally words a minute; at this rate its English runs at about 2.7
# written words a second on ad copy (measured over the script templates; see tests).
NATURAL_WPM = 165
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_EVENT_WORD = 1
_PARAM_RATE, _PARAM_PITCH = 1, 3
_EE_OK = 0
# Language codes whose espeak-ng voice file is named otherwise (British English is "gmw/en",
# found by the name "en"); a "+variant" suffix (f3, m3...) is kept.
_VOICE_ALIASES = {"en-gb": "en", "en-uk": "en"}


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),  # characters from the start of the text, 1-based
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),  # milliseconds
        ("sample", ctypes.c_int),  # sample index in the output
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


@dataclass(frozen=True)
class RawSpeech:
    """What the library returned: samples at its own rate and (character index, sample) per word."""

    samples: np.ndarray
    rate: int
    word_events: tuple[tuple[int, int], ...]


class _Library:
    """The loaded library, initialised for synchronous retrieval in this process."""

    def __init__(self) -> None:
        path = ctypes.util.find_library("espeak-ng") or "libespeak-ng.so.1"
        try:
            self.lib = ctypes.CDLL(path)
        except OSError as exc:
            raise SpeechError(
                "espeak-ng is not installed, so the offline voice cannot speak; "
                "run scripts/setup.sh (it installs the Debian package espeak-ng).",
                provider="espeak",
            ) from exc
        self.lib.espeak_Info.restype = ctypes.c_char_p
        self.version = (self.lib.espeak_Info(None) or b"?").decode()
        self.rate = self.lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, None, 0)
        if self.rate <= 0:
            raise SpeechError("espeak-ng could not start (its voice data is missing).", provider="espeak")
        self._chunks: list[np.ndarray] = []
        self._events: list[tuple[int, int]] = []
        self._callback = _Callback(self._collect)  # kept referenced: the library holds the pointer
        self.lib.espeak_SetSynthCallback(self._callback)
        self.pid = os.getpid()

    def _collect(self, wav, count, events) -> int:  # noqa: ANN001 - ctypes callback signature
        if wav and count > 0:
            self._chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        i = 0
        while events[i].type != 0:
            if events[i].type == _EVENT_WORD:
                self._events.append((events[i].text_position - 1, events[i].sample))
            i += 1
        return 0

    def synthesise(self, text: str, voice: str, wpm: int, pitch: int) -> RawSpeech:
        base, plus, variant = voice.partition("+")
        name = _VOICE_ALIASES.get(base.lower(), base) + plus + variant
        if self.lib.espeak_SetVoiceByName(name.encode()) != _EE_OK:
            raise SpeechError(
                f"espeak-ng has no voice {voice!r}; use one of en-us, en-gb, en-us+f3, en-gb+m3 "
                "(`espeak-ng --voices` lists them).",
                provider="espeak",
            )
        self.lib.espeak_SetParameter(_PARAM_RATE, int(wpm), 0)
        self.lib.espeak_SetParameter(_PARAM_PITCH, int(pitch), 0)
        self._chunks, self._events = [], []
        data = text.encode("utf-8")
        buffer = ctypes.create_string_buffer(data)
        status = self.lib.espeak_Synth(buffer, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        if status != _EE_OK:
            raise SpeechError(f"espeak-ng failed to speak the line (error {status}).", provider="espeak")
        samples = (
            np.concatenate(self._chunks).astype(np.float32) / 32768.0
            if self._chunks
            else np.zeros(0, np.float32)
        )
        return RawSpeech(samples, self.rate, tuple(self._events))


_LOCK = threading.Lock()
_LIBRARY: _Library | None = None


def _library() -> _Library:
    global _LIBRARY
    if _LIBRARY is None or _LIBRARY.pid != os.getpid():
        _LIBRARY = _Library()
    return _LIBRARY


def speakable(text: str) -> str:
    """The line as the engine gets it: one line, no control characters (the characters keep
    their positions' meaning for the word events: only whitespace is changed)."""
    return "".join(" " if (ch.isspace() or ord(ch) < 32 or ord(ch) == 127) else ch for ch in text)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The written words of a line: (text, first character, end character)."""
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def word_timings(
    text: str, events: tuple[tuple[int, int], ...], samples: np.ndarray, rate: int
) -> tuple[WordTiming, ...]:
    """Each written word's start from the first engine event inside it; its end where the sound
    before the next word's start falls silent. Words the engine does not speak (a lone dash, an
    emoji) share the time of the word before them."""
    words = tokens(text)
    starts: list[float | None] = [None] * len(words)
    for char_index, sample in events:
        for i, (_, _, end) in enumerate(words):
            if char_index < end:
                if starts[i] is None:
                    starts[i] = sample / rate
                break
    total = len(samples) / rate
    for i in range(len(starts)):
        if starts[i] is None:
            starts[i] = starts[i - 1] if i else next((s for s in starts if s is not None), 0.0)
    levels = frame_rms_db(samples, rate)
    floor = float(levels.max()) - 40.0
    timings = []
    for i, (word, _, _) in enumerate(words):
        start = float(starts[i])
        limit = float(starts[i + 1]) if i + 1 < len(words) else total
        end = _sound_end(levels, floor, start, max(start, limit))
        timings.append(WordTiming(word, round(start, 4), min(round(end, 4), int(total * 10_000) / 10_000)))
    return tuple(timings)


def _sound_end(levels: np.ndarray, floor: float, start: float, limit: float, hop: float = 0.01) -> float:
    """The end of the last sounding 10 ms frame in [start, limit), or ``limit`` if all sound."""
    first, last = int(start / hop), min(len(levels), int(np.ceil(limit / hop)))
    loud = np.nonzero(levels[first:last] > floor)[0]
    if loud.size == 0:
        return start
    return min(limit, (first + int(loud[-1]) + 1) * hop)


class EspeakEngine:
    """The offline voice: espeak-ng, word times from its own events."""

    name = "espeak"
    remote = False
    usd_per_call = 0.0

    @property
    def model(self) -> str:
        with _LOCK:
            return f"espeak-ng-{_library().version}"

    version = CODE_VERSION

    def raw(self, text: str, spec: VoiceSpec) -> RawSpeech:
        """The library's own output for a line (its rate, its events); used by the aligner too."""
        line = speakable(text)
        if not line.strip():
            raise SpeechError("the voice-over line is empty; write something for the voice to say.")
        wpm = max(80, min(450, round(NATURAL_WPM * spec.rate)))
        pitch = max(0, min(100, round(50 + (spec.pitch - 1.0) * 100)))
        with _LOCK:
            return _library().synthesise(line, spec.voice, wpm, pitch)

    def synthesise(self, text: str, spec: VoiceSpec, out_path: Path) -> Speech:
        """Speak ``text`` into a 48 kHz mono WAV at ``out_path``, with each word's times."""
        raw = self.raw(text, spec)
        if raw.samples.size == 0:
            raise SpeechError(f"espeak-ng produced no sound for {text!r}; the line has nothing it can read.")
        words = word_timings(speakable(text), raw.word_events, raw.samples, raw.rate)
        audio = resample(raw.samples, raw.rate, SAMPLE_RATE)
        write_wav(out_path, audio)
        return Speech(
            path=Path(out_path),
            duration_sec=len(audio) / SAMPLE_RATE,
            words=words,
            timing_source="engine",
            engine=f"espeak:{spec.voice}",
        )


__all__ = ["NATURAL_WPM", "EspeakEngine", "RawSpeech", "speakable", "tokens", "word_timings"]
