"""What the media store records of a stored file and how it checks it later (issue 13 item 8):
the size always, the sha256 of small files; content stored before records existed is reported
as unrecorded, not as whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from adgen.store.media import HASH_CHECK_MAX_BYTES, LocalMediaStore, S3MediaStore


def _stored(tmp_path: Path, store, name: str, data: bytes) -> tuple[str, Path]:
    source = tmp_path / name
    source.write_bytes(data)
    url = store.put_file(source, key=f"stages/test/{name}")
    return url, store.local_path(url)


def test_a_stored_file_checks_whole_until_it_is_cut_or_changed(tmp_path: Path) -> None:
    store = LocalMediaStore(tmp_path / "media")
    url, path = _stored(tmp_path, store, "clip.mp4", os.urandom(HASH_CHECK_MAX_BYTES + 4096))
    assert store.check(url).ok
    with open(path, "r+b") as handle:
        handle.truncate(1000)
    checked = store.check(url)
    assert not checked.ok and checked.recorded
    assert checked.problem == f"it has 1000 bytes where {HASH_CHECK_MAX_BYTES + 4096} were stored"


def test_a_small_file_is_hashed_so_same_size_damage_shows(tmp_path: Path) -> None:
    store = LocalMediaStore(tmp_path / "media")
    url, path = _stored(tmp_path, store, "layer.png", b"\x89PNG" + b"\x01" * 500)
    path.write_bytes(b"\x89PNG" + b"\x02" * 500)
    assert store.check(url).problem == "its content changed since it was stored"


def test_content_stored_before_records_is_unrecorded_until_vouched_for(tmp_path: Path) -> None:
    store = LocalMediaStore(tmp_path / "media")
    url, path = _stored(tmp_path, store, "old.json", b'{"x": 1}')
    path.with_name(path.name + ".sum").unlink()
    checked = store.check(url)
    assert checked.problem is None and not checked.recorded and not checked.ok
    store.record(url)
    assert store.check(url).ok


def test_storing_again_replaces_the_record_with_the_content(tmp_path: Path) -> None:
    store = LocalMediaStore(tmp_path / "media")
    url, path = _stored(tmp_path, store, "a.mp4", b"x" * 100)
    path.write_bytes(b"x" * 10)
    assert not store.check(url).ok
    again, _ = _stored(tmp_path, store, "a.mp4", b"y" * 200)
    assert again == url and store.check(url).ok
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.mp4", "a.mp4.sum"]


def test_s3_records_size_and_hash_as_object_metadata(tmp_path: Path, s3_env: str, moto_server: str) -> None:
    store = S3MediaStore(s3_env, endpoint_url=moto_server, cache_dir=tmp_path / "cache")
    url, cached = _stored(tmp_path, store, "clip.mp4", os.urandom(5000))
    assert store.check(url).ok
    cached.write_bytes(b"cut")  # this machine's copy damaged: checked, and fetched again
    assert store.check(url).ok and not cached.exists()
    assert len(store.local_path(url).read_bytes()) == 5000
    key = store._object_key("stages/test/clip.mp4")
    store.client.put_object(Bucket=store.bucket, Key=key, Body=b"other")  # replaced without a record
    assert not store.check(url).recorded


@pytest.mark.parametrize("size", [0, 1])
def test_missing_content_is_a_problem_not_a_crash(tmp_path: Path, size: int) -> None:
    store = LocalMediaStore(tmp_path / "media")
    url, path = _stored(tmp_path, store, "gone.mp4", b"z" * (size + 1))
    path.unlink()
    assert store.check(url).problem == "it is missing"
