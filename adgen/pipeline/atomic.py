"""Pipeline outputs appear under their real name only once whole.

Every stage writes to a temporary name in the destination folder and then ``os.replace``s it,
so a crash or a failed encode never leaves a half-written file that a cache would trust.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def temp_next_to(out_path: Path) -> Path:
    """A unique temporary name in the destination folder that keeps the extension (ffmpeg
    picks the container from it)."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    return out_path.with_name(f".{out_path.stem}.{uuid.uuid4().hex[:10]}.tmp{out_path.suffix}")


@contextmanager
def atomic_output(out_path: Path) -> Iterator[Path]:
    """Yields a temporary path to write; it replaces ``out_path`` if the block succeeds."""
    tmp = temp_next_to(out_path)
    try:
        yield tmp
        os.replace(tmp, out_path)
    finally:
        tmp.unlink(missing_ok=True)


__all__ = ["atomic_output", "temp_next_to"]
