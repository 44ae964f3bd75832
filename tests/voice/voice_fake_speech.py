"""A loopback server for OpenAI's text-to-speech endpoint, ``POST /v1/audio/speech``.

It answers as OpenAI does: the audio bytes of the requested ``response_format`` (mp3 by
default; wav, opus, aac, flac, or raw 24 kHz 16-bit ``pcm``) with the matching content type,
or OpenAI's JSON error body. The speech is real: CMU Flite (a different synthesiser from the
espeak-ng the aligner uses) says ``input``, and ffmpeg encodes it; ``speed`` is applied with
atempo. Scripted errors and delays are queued like FakeOpenAI's replies::

    with FakeSpeech() as fake:
        fake.queue(ErrorReply(429, "slow down", headers={"retry-after": "0"}))
        client = OpenAI(api_key="sk-test", base_url=fake.base_url)
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from fakes import JSONHandler, LoopbackServer
from fakes.openai_server import ErrorReply

FLITE_VOICES = {"alloy": "slt", "nova": "slt", "shimmer": "slt", "onyx": "awb", "echo": "rms", "fable": "kal"}
_FORMATS = {
    "mp3": ("audio/mpeg", ["-c:a", "libmp3lame", "-b:a", "128k", "-f", "mp3"]),
    "wav": ("audio/wav", ["-c:a", "pcm_s16le", "-f", "wav"]),
    "opus": ("audio/opus", ["-c:a", "libopus", "-b:a", "64k", "-f", "ogg"]),
    "aac": ("audio/aac", ["-c:a", "aac", "-b:a", "128k", "-f", "adts"]),
    "flac": ("audio/flac", ["-c:a", "flac", "-f", "flac"]),
    "pcm": ("audio/pcm", ["-c:a", "pcm_s16le", "-f", "s16le"]),
}


def speak(text: str, voice: str, fmt: str, speed: float) -> bytes:
    """Flite says ``text``; ffmpeg returns it as OpenAI would (24 kHz mono)."""
    with tempfile.TemporaryDirectory() as td:
        wav = Path(td) / "speech.wav"
        subprocess.run(
            ["flite", "-voice", FLITE_VOICES.get(voice, "kal"), "-t", text, "-o", str(wav)], check=True
        )
        _, codec = _FORMATS[fmt]
        af = ["-af", f"atempo={speed}"] if speed != 1.0 else []
        proc = subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", str(wav), *af, "-ar", "24000", "-ac", "1"]
            + codec
            + ["pipe:1"],
            capture_output=True,
            check=True,
        )
        return proc.stdout


def _error(status: int, message: str, kind: str = "invalid_request_error") -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


class _Handler(JSONHandler):
    def do_POST(self) -> None:
        raw = self.read_body()
        if self.path.split("?")[0].rstrip("/") != "/v1/audio/speech":
            self.send_json(404, _error(404, f"no route {self.path}"))
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self.send_json(400, _error(400, "We could not parse the JSON body of your request."))
            return
        reply, delay = self.app._take(body, dict(self.headers))
        if delay:
            time.sleep(delay)
        if isinstance(reply, ErrorReply):
            self.send_json(reply.status, _error(reply.status, reply.message, reply.type), reply.headers)
            return
        missing = [k for k in ("model", "input", "voice") if not body.get(k)]
        if missing:
            self.send_json(400, _error(400, f"Missing required parameter: '{missing[0]}'."))
            return
        fmt = body.get("response_format") or "mp3"
        if fmt not in _FORMATS:
            self.send_json(
                400, _error(400, f"Invalid value: '{fmt}'. Supported values are: {sorted(_FORMATS)}.")
            )
            return
        audio = speak(body["input"], body["voice"], fmt, float(body.get("speed") or 1.0))
        self.send_bytes(200, audio, _FORMATS[fmt][0])


class FakeSpeech(LoopbackServer):
    """OpenAI's speech endpoint on 127.0.0.1; ``base_url`` ends in ``/v1``. Without queued
    replies every request is spoken."""

    handler_class = _Handler

    def __init__(self) -> None:
        super().__init__()
        self._replies: list[tuple[ErrorReply | None, float]] = []
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    def queue(self, reply: ErrorReply | None, delay_sec: float = 0.0) -> FakeSpeech:
        """Script the next reply: an error, or None for speech; ``delay_sec`` holds it back."""
        with self.lock:
            self._replies.append((reply, delay_sec))
        return self

    def _take(self, body: dict[str, Any], headers: dict[str, str]) -> tuple[ErrorReply | None, float]:
        with self.lock:
            self.requests.append(body)
            self.headers.append({k.lower(): v for k, v in headers.items()})
            return self._replies.pop(0) if self._replies else (None, 0.0)
