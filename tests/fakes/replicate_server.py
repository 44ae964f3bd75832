"""A fake Replicate HTTP API on loopback, for the replicate SDK and the adapters built on it.

Routes (as api.replicate.com has them):

- ``POST /v1/models/{owner}/{name}/predictions``  body ``{"input": {...}}``   -> 201 prediction
- ``POST /v1/predictions``                         body ``{"version": ..., "input": {...}}``
- ``GET  /v1/predictions/{id}``                    status moves starting -> processing -> terminal
- ``POST /v1/predictions/{id}/cancel``             -> the prediction, ``canceled``
- ``GET  /files/{name}``                           output files (a real mp4 and a real WAV)

Every prediction follows a script (queued in order, else the default: succeed after 2 polls with
the mp4, or the WAV for a music model). HTTP failures are scripted separately: e.g. a 429 with
``Retry-After`` on the next create, or a 500 on the next poll. ``requests`` records every request
with its headers (so a test can check the ``Authorization`` token) and JSON body.
"""

from __future__ import annotations

import json
import secrets
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from fakes import JSONHandler, LoopbackServer

CLIP_SIZE = (832, 480)  # what wan-2.2-t2v-fast gives for 16:9 at 480p
CLIP_FPS = 16
CLIP_SEC = 1.5
MUSIC_SEC = 3.0


def _ffmpeg() -> str:
    try:
        from adgen.pipeline.ffmpeg import ffmpeg_exe

        return ffmpeg_exe()
    except ImportError:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()


@lru_cache(maxsize=1)
def sample_media() -> dict[str, Path]:
    """A real small H.264 mp4 (lavfi testsrc2) and a real stereo WAV, made once per process."""
    folder = Path(tempfile.mkdtemp(prefix="fake-replicate-"))
    clip, wav = folder / "clip.mp4", folder / "music.wav"
    width, height = CLIP_SIZE
    subprocess.run(
        [
            _ffmpeg(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc2=size={width}x{height}:rate={CLIP_FPS}:duration={CLIP_SEC}",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
            str(clip),
        ],
        check=True,
    )
    subprocess.run(
        [
            _ffmpeg(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=440:sample_rate=32000:duration={MUSIC_SEC}",
            "-ac",
            "2",
            "-c:a",
            "pcm_s16le",
            str(wav),
        ],
        check=True,
    )
    return {"clip.mp4": clip, "music.wav": wav}


@dataclass
class PredictionScript:
    """How one prediction behaves.

    ``outcome``: "succeeded", "failed" (with ``error``) or "never" (stays processing until
    canceled). ``polls``: how many GETs it takes to reach the outcome. ``output``: served file
    name(s) for the output; None picks the mp4, or the WAV for a music model.
    """

    outcome: Literal["succeeded", "failed", "never"] = "succeeded"
    polls: int = 2
    error: str = "CUDA out of memory"
    output: str | list[str] | None = None
    predict_time: float = 2.5


@dataclass
class HTTPFailure:
    """One scripted HTTP error on the next matching request (``on``: create, get, cancel, download)."""

    status: int
    on: Literal["create", "get", "cancel", "download"] = "create"
    detail: str | None = None
    retry_after: str | None = None

    def message(self) -> str:
        if self.detail is not None:
            return self.detail
        if self.status == 429:
            return "Request was throttled. Expected available in 1 second."
        return "Internal server error" if self.status >= 500 else _TITLES.get(self.status, "Error")


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any = None
    at: float = field(default_factory=time.monotonic)


@dataclass
class _Prediction:
    id: str
    model: str
    version: str
    input: dict[str, Any]
    script: PredictionScript
    created_at: str
    polls: int = 0
    status: str = "starting"
    completed_at: str | None = None
    canceled: bool = False


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_TITLES = {
    400: "Bad Request",
    401: "Unauthenticated",
    404: "Not found",
    422: "Input validation failed",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


class _Handler(JSONHandler):
    def _problem(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        self.send_bytes(
            status,
            json.dumps({"detail": detail, "status": status, "title": _TITLES.get(status, "Error")}).encode(),
            "application/problem+json",
            headers,
        )

    def _handle(self, method: str) -> None:
        raw = self.read_body()
        path = self.path.split("?")[0].rstrip("/")
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        app: FakeReplicate = self.app
        app._record(RecordedRequest(method, path, {k.lower(): v for k, v in self.headers.items()}, body))
        parts = path.strip("/").split("/")

        if method == "GET" and parts[0] == "files" and len(parts) == 2:
            return self._download(parts[1])
        if parts[:1] != ["v1"]:
            return self._problem(404, f"no route {path}")
        if not app._authorised(self.headers.get("Authorization")):
            return self._problem(401, "You did not pass a valid authentication token")

        if method == "POST" and len(parts) == 5 and parts[1] == "models" and parts[4] == "predictions":
            model = f"{parts[2]}/{parts[3]}"
            if model in app.community_models:  # only official models have the model-scoped endpoint
                return self._problem(404, "The requested resource could not be found.")
            return self._create(body, model=model, version=None)
        if method == "GET" and len(parts) == 4 and parts[1] == "models":
            return self._model(f"{parts[2]}/{parts[3]}")
        if method == "POST" and parts[1:] == ["predictions"]:
            version = (body or {}).get("version") if isinstance(body, dict) else None
            if not version:
                return self._problem(422, "- version: Invalid type. Expected: string, given: null")
            model, _, version_id = str(version).rpartition(":")
            known = {v: m for m, v in app.community_models.items()}
            return self._create(
                body, model=model or known.get(version_id, "unknown/unknown"), version=version_id
            )
        if method == "GET" and len(parts) == 3 and parts[1] == "predictions":
            return self._get(parts[2])
        if method == "POST" and len(parts) == 4 and parts[1] == "predictions" and parts[3] == "cancel":
            return self._cancel(parts[2])
        return self._problem(404, f"no route {method} {path}")

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _model(self, model: str) -> None:
        owner, name = model.split("/")
        version = self.app.community_models.get(model)
        latest = (
            None
            if version is None
            else {
                "id": version,
                "created_at": "2024-01-01T00:00:00.000000Z",
                "cog_version": "0.9.4",
                "openapi_schema": {},
            }
        )
        self.send_json(
            200,
            {
                "url": f"https://replicate.com/{model}",
                "owner": owner,
                "name": name,
                "description": "a fake model",
                "visibility": "public",
                "github_url": None,
                "paper_url": None,
                "license_url": None,
                "run_count": 1234,
                "cover_image_url": None,
                "default_example": None,
                "latest_version": latest,
            },
        )

    def _scripted_failure(self, on: str) -> bool:
        failure = self.app._take_failure(on)
        if failure is None:
            return False
        headers = {"Retry-After": failure.retry_after} if failure.retry_after is not None else None
        self._problem(failure.status, failure.message(), headers)
        return True

    def _create(self, body: Any, *, model: str, version: str | None) -> None:
        if self._scripted_failure("create"):
            return
        if not isinstance(body, dict) or not isinstance(body.get("input"), dict):
            return self._problem(422, "- input: Invalid type. Expected: object")
        prediction = self.app._new_prediction(model, version, body["input"])
        self.send_json(201, self.app._render(prediction))

    def _get(self, prediction_id: str) -> None:
        if self._scripted_failure("get"):
            return
        prediction = self.app._poll(prediction_id)
        if prediction is None:
            return self._problem(404, "The requested resource could not be found.")
        self.send_json(200, self.app._render(prediction))

    def _cancel(self, prediction_id: str) -> None:
        if self._scripted_failure("cancel"):
            return
        prediction = self.app._cancel(prediction_id)
        if prediction is None:
            return self._problem(404, "The requested resource could not be found.")
        self.send_json(200, self.app._render(prediction))

    def _download(self, name: str) -> None:
        if self._scripted_failure("download"):
            return
        data = self.app.files.get(name)
        if data is None:
            return self._problem(404, f"no file {name}")
        content_type = (
            "video/mp4"
            if name.endswith(".mp4")
            else "audio/wav"
            if name.endswith(".wav")
            else "application/octet-stream"
        )
        self.send_bytes(200, data, content_type)


class FakeReplicate(LoopbackServer):
    """The fake API; ``base_url`` is what ``replicate.Client(base_url=...)`` takes.

    ``token``: when set, requests to ``/v1`` without ``Authorization: Bearer <token>`` get 401.
    ``community_models``: ``{"owner/name": version_id}`` of models that, like non-official models
    on Replicate, have no model-scoped predictions endpoint (404) and must be run by version.
    """

    handler_class = _Handler

    def __init__(self, *, token: str | None = None, community_models: dict[str, str] | None = None) -> None:
        super().__init__()
        self.token = token
        self.community_models = dict(community_models or {})
        self.files: dict[str, bytes] = {name: path.read_bytes() for name, path in sample_media().items()}
        self.requests: list[RecordedRequest] = []
        self.predictions: dict[str, _Prediction] = {}
        self._scripts: list[PredictionScript] = []
        self._failures: list[HTTPFailure] = []

    @property
    def base_url(self) -> str:
        return self.origin

    def queue_prediction(self, *scripts: PredictionScript) -> FakeReplicate:
        with self.lock:
            self._scripts.extend(scripts)
        return self

    def fail_next(self, *failures: HTTPFailure) -> FakeReplicate:
        with self.lock:
            self._failures.extend(failures)
        return self

    def requests_to(self, method: str, path_prefix: str) -> list[RecordedRequest]:
        with self.lock:
            return [r for r in self.requests if r.method == method and r.path.startswith(path_prefix)]

    @property
    def creates(self) -> list[RecordedRequest]:
        with self.lock:
            return [r for r in self.requests if r.method == "POST" and r.path.endswith("/predictions")]

    @property
    def cancels(self) -> list[RecordedRequest]:
        with self.lock:
            return [r for r in self.requests if r.method == "POST" and r.path.endswith("/cancel")]

    # --- used by the handler thread ---------------------------------------------------------

    def _record(self, request: RecordedRequest) -> None:
        with self.lock:
            self.requests.append(request)

    def _authorised(self, header: str | None) -> bool:
        if not header or not header.startswith("Bearer "):
            return False
        return self.token is None or header == f"Bearer {self.token}"

    def _take_failure(self, on: str) -> HTTPFailure | None:
        with self.lock:
            for index, failure in enumerate(self._failures):
                if failure.on == on:
                    return self._failures.pop(index)
        return None

    def _new_prediction(self, model: str, version: str | None, inputs: dict[str, Any]) -> _Prediction:
        with self.lock:
            script = self._scripts.pop(0) if self._scripts else PredictionScript()
            prediction = _Prediction(
                id=secrets.token_hex(13)[:26],
                model=model,
                version=version or secrets.token_hex(32),
                input=inputs,
                script=script,
                created_at=_now(),
            )
            self.predictions[prediction.id] = prediction
            return prediction

    def _poll(self, prediction_id: str) -> _Prediction | None:
        with self.lock:
            prediction = self.predictions.get(prediction_id)
            if prediction is None or prediction.status in ("succeeded", "failed", "canceled"):
                return prediction
            prediction.polls += 1
            script = prediction.script
            if script.outcome != "never" and prediction.polls >= script.polls:
                prediction.status = script.outcome
                prediction.completed_at = _now()
            else:
                prediction.status = "processing"
            return prediction

    def _cancel(self, prediction_id: str) -> _Prediction | None:
        with self.lock:
            prediction = self.predictions.get(prediction_id)
            if prediction is not None and prediction.status not in ("succeeded", "failed", "canceled"):
                prediction.status = "canceled"
                prediction.canceled = True
                prediction.completed_at = _now()
            return prediction

    def _output(self, prediction: _Prediction) -> Any:
        names = prediction.script.output
        if names is None:
            music = "music" in prediction.model or "audio" in prediction.model
            names = "music.wav" if music else "clip.mp4"
        if isinstance(names, list):
            return [f"{self.origin}/files/{n}" for n in names]
        return f"{self.origin}/files/{names}"

    def _render(self, p: _Prediction) -> dict[str, Any]:
        base = f"{self.origin}/v1/predictions/{p.id}"
        done = p.status in ("succeeded", "failed", "canceled")
        metrics: dict[str, Any] = {}
        if done and p.status != "canceled":
            metrics = {"predict_time": p.script.predict_time, "total_time": p.script.predict_time + 0.4}
        return {
            "id": p.id,
            "model": p.model,
            "version": p.version,
            "input": p.input,
            "logs": "" if p.status == "starting" else "generating...\n",
            "output": self._output(p) if p.status == "succeeded" else None,
            "data_removed": False,
            "error": p.script.error if p.status == "failed" else None,
            "status": p.status,
            "source": "api",
            "created_at": p.created_at,
            "started_at": p.created_at if p.status != "starting" else None,
            "completed_at": p.completed_at,
            "urls": {"get": base, "cancel": f"{base}/cancel", "web": f"https://replicate.com/p/{p.id}"},
            "metrics": metrics,
        }


__all__ = ["FakeReplicate", "HTTPFailure", "PredictionScript", "RecordedRequest", "sample_media"]
