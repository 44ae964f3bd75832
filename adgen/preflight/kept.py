"""What the check of one text found, kept by what it was measured on: the bytes of the keyframes
it looks at, and everything else its findings depend on.

A text's safe-zone, contrast, size, time-on-screen and read-back findings come from its own
keyframes (decoded, measured, read by Tesseract) and its own parameters, nothing else. A
keyframe of an export is an IDR frame: it decodes from its packet and the stream's parameter
sets alone, so the same packet bytes (and the same extradata) are the same pixels. After a text
edit the export joins the unchanged scenes' passes by stream copy, so their keyframes are the
same bytes and their texts' findings can be taken from the last check instead of decoding and
reading them again; the edited scene's keyframes are new bytes, so its texts are measured.

The key is a digest: a kept entry can only be found by a check whose inputs are the same.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from adgen.preflight.media import Probe
from adgen.preflight.report import Finding

# Bump when what a text's findings are made of changes (thresholds, measures, wording).
KEPT_VERSION = 1

TextFindings = dict[str, list[Finding]]  # check name -> this text's findings, in order


class TextChecks(Protocol):
    """Where kept findings live: a dict, or the render's store (:class:`KeptTextChecks`)."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def __setitem__(self, key: str, value: Any) -> None: ...


def keyframe_digests(path: Path, info: Probe) -> list[str]:
    """sha256 of each keyframe's packet, in presentation order (index i is the i-th keyframe, as
    :func:`adgen.preflight.media.decode_keyframes` counts them). Empty when the probe has no
    packet positions (then nothing is kept)."""
    packets = info.packets
    if packets is None or packets.pos is None or not packets.key.any():
        return []
    keys = np.flatnonzero(packets.key)
    order = keys[np.argsort(packets.pts[keys], kind="stable")]
    digests = []
    with open(path, "rb") as fh:
        for i in order:
            pos, size = int(packets.pos[i]), int(packets.size[i])
            if pos < 0 or size <= 0:
                return []
            fh.seek(pos)
            data = fh.read(size)
            if len(data) != size:
                return []
            digests.append(hashlib.sha256(data).hexdigest())
    return digests


def text_key(frames: Sequence[str], **inputs: Any) -> str:
    """The key of one text's findings: the digests of its keyframes (in the order it uses them)
    and its other inputs (JSON-able)."""
    payload = {"version": KEPT_VERSION, "frames": list(frames), "inputs": inputs}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_wire(findings: TextFindings) -> dict[str, list[dict[str, Any]]]:
    return {check: [f.model_dump(mode="json") for f in found] for check, found in findings.items()}


def from_wire(data: Any) -> TextFindings | None:
    """Kept findings, or None when ``data`` is not what :func:`to_wire` wrote."""
    try:
        return {str(check): [Finding.model_validate(f) for f in found] for check, found in data.items()}
    except (AttributeError, TypeError, ValueError):
        return None


__all__ = [
    "KEPT_VERSION",
    "TextChecks",
    "TextFindings",
    "from_wire",
    "keyframe_digests",
    "text_key",
    "to_wire",
]
