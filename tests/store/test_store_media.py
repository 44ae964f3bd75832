"""Media stores, the local folder and S3 (a real moto_server), held to the same behaviour."""

from __future__ import annotations

import hashlib
import os
import urllib.request
from pathlib import Path

import pytest

from adgen.store.media import RECORD_SUFFIX, LocalMediaStore, MediaStore, S3MediaStore, open_media_store

BAD_KEYS = ["", "../x", "/abs/x", "a/../b", "a//b", "a b", "a\\b", "stages/./x", "x?y", "ü.mp4", "a/", "~/x"]


@pytest.fixture(params=["local", "s3"])
def media(request: pytest.FixtureRequest) -> MediaStore:
    request.getfixturevalue("data_dir")
    if request.param == "s3":
        request.getfixturevalue("s3_env")
    from adgen.settings import Settings

    store = open_media_store(Settings())
    assert isinstance(store, S3MediaStore if request.param == "s3" else LocalMediaStore)
    return store


def stored_keys(media: MediaStore) -> list[str]:
    """Every stored object (files in the folder; objects in the bucket), as keys; the local
    folder's records of what was stored (``.sum`` beside a stage output) are not objects."""
    if isinstance(media, LocalMediaStore):
        return sorted(
            p.relative_to(media.root).as_posix()
            for p in media.root.rglob("*")
            if p.is_file() and not p.name.endswith(RECORD_SUFFIX)
        )
    listing = media.client.list_objects_v2(Bucket=media.bucket)
    return sorted(o["Key"].removeprefix(media.prefix) for o in listing.get("Contents", []))


def test_put_bytes_is_content_addressed_and_round_trips(media):
    data = b"\x89PNG fake but bytes are bytes \x00\xff" * 100
    digest = hashlib.sha256(data).hexdigest()
    url = media.put_bytes(data, suffix=".png")
    assert media.key_of(url) == f"blobs/{digest[:2]}/{digest}.png"
    if isinstance(media, LocalMediaStore):
        assert url.startswith("file:///") and Path(url[len("file://") :]).is_relative_to(media.root)
    else:
        assert url == f"s3://{media.bucket}/adgen/blobs/{digest[:2]}/{digest}.png"
    assert media.exists(url)
    assert media.read_bytes(url) == data
    assert media.local_path(url).read_bytes() == data
    assert media.find(media.key_of(url)) == url

    assert media.put_bytes(data, suffix=".png") == url  # the same bytes again: a no-op
    assert stored_keys(media) == [media.key_of(url)]
    other = media.put_bytes(data + b"!", suffix=".png")
    assert other != url and media.read_bytes(other) == data + b"!"
    with pytest.raises(ValueError):
        media.put_bytes(data, suffix="/../../x")


def test_put_bytes_twice_leaves_the_stored_object_untouched(media):
    url = media.put_bytes(b"same", suffix=".txt")
    if isinstance(media, LocalMediaStore):
        before = media.local_path(url).stat().st_mtime_ns
        media.put_bytes(b"same", suffix=".txt")
        assert media.local_path(url).stat().st_mtime_ns == before
    else:
        key = media.prefix + media.key_of(url)
        before = media.client.head_object(Bucket=media.bucket, Key=key)["LastModified"]
        import time

        time.sleep(1.1)  # S3 times have one-second resolution
        media.put_bytes(b"same", suffix=".txt")
        assert media.client.head_object(Bucket=media.bucket, Key=key)["LastModified"] == before


def test_put_file_under_a_key_replaces_atomically(media, tmp_path):
    src = tmp_path / "clip.mp4"
    src.write_bytes(b"first render" * 1000)
    key = "stages/background/" + "c" * 64 + ".mp4"
    assert media.find(key) is None
    url = media.put_file(src, key=key)
    assert media.key_of(url) == key and media.find(key) == url
    assert media.read_bytes(url) == src.read_bytes()

    src.write_bytes(b"second render")
    assert media.put_file(src, key=key) == url
    assert media.read_bytes(url) == b"second render"
    assert stored_keys(media) == [key]  # no temporary files left behind
    assert media.check(url).ok  # and the record of what is there now
    with pytest.raises(FileNotFoundError):
        media.put_file(tmp_path / "missing.mp4", key="stages/x.mp4")


def test_large_file_round_trip(media, tmp_path):
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(9 * 1024 * 1024))  # above boto3's multipart threshold
    url = media.put_file(src, key="exports/big.bin")
    assert hashlib.sha256(media.read_bytes(url)).digest() == hashlib.sha256(src.read_bytes()).digest()


def test_bad_keys_are_refused(media, tmp_path):
    src = tmp_path / "f.txt"
    src.write_text("x")
    for key in BAD_KEYS:
        with pytest.raises(ValueError, match="not a valid media key"):
            media.put_file(src, key=key)
        with pytest.raises(ValueError):
            media.find(key)
        with pytest.raises(ValueError):
            media.url_for(key)
    assert stored_keys(media) == []
    assert not (tmp_path / "x").exists() and not Path("/abs/x").exists()


def test_missing_media_is_a_clear_error(media):
    url = media.url_for("stages/none.mp4")
    assert not media.exists(url)
    with pytest.raises(FileNotFoundError, match="missing"):
        media.local_path(url)
    with pytest.raises(FileNotFoundError, match="missing"):
        media.read_bytes(url)


def test_urls_from_outside_the_store_are_refused(media, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("not yours")
    media.put_bytes(b"mine", suffix=".txt")
    if isinstance(media, LocalMediaStore):
        link = media.root / "blobs" / "link.txt"
        link.symlink_to(outside)
        bad = [
            outside.as_uri(),
            str(outside),
            "file:///etc/passwd",
            f"file://{media.root}/../secret.txt",
            f"file://{media.root}/blobs/../../secret.txt",
            link.as_uri(),
            media.root.as_uri(),
            "file://otherhost/etc/passwd",
            "relative/path.txt",
            "s3://bucket/adgen/blobs/x.txt",
        ]
    else:
        bad = [
            f"s3://other-{media.bucket}/adgen/blobs/x.txt",
            f"s3://{media.bucket}/other-prefix/blobs/x.txt",
            f"s3://{media.bucket}/adgen/../blobs/x.txt",
            f"s3://{media.bucket}/adgen/blobs/../../x.txt",
            f"s3://{media.bucket}adgen/blobs/x.txt",
            outside.as_uri(),
            str(outside),
        ]
    for url in bad:
        for action in (media.local_path, media.read_bytes, media.exists, media.browser_url, media.key_of):
            with pytest.raises(ValueError):
                action(url)


def test_browser_url_opens_the_content(media):
    data = b"poster bytes" * 50
    url = media.put_bytes(data, suffix=".jpg")
    link = media.browser_url(url)
    if isinstance(media, S3MediaStore):
        assert link.startswith(os.environ["AWS_ENDPOINT_URL"]) and "Signature" in link
        with urllib.request.urlopen(link, timeout=10) as response:
            assert response.read() == data
            assert response.headers["Content-Type"] == "image/jpeg"
        assert "X-Amz-Expires=3600" in link  # the configured ADGEN_PRESIGN_TTL
    else:
        assert Path(link).read_bytes() == data


def test_s3_local_path_is_cached_by_key(data_dir, s3_env):
    from adgen.settings import Settings

    media = open_media_store(Settings())
    assert isinstance(media, S3MediaStore)
    url = media.put_bytes(b"cached once", suffix=".bin")
    path = media.local_path(url)
    assert path.read_bytes() == b"cached once"
    assert path.is_relative_to(data_dir.resolve())  # under the data folder's cache
    # Served from the cache now, even once the object is gone from the bucket.
    media.client.delete_object(Bucket=media.bucket, Key=media.prefix + media.key_of(url))
    assert not media.exists(url)
    assert media.local_path(url) == path and path.read_bytes() == b"cached once"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp files


def test_s3_store_made_before_a_fork_works_in_the_child(data_dir, s3_env):
    from adgen.settings import Settings

    media = open_media_store(Settings())
    url = media.put_bytes(b"parent wrote this", suffix=".txt")
    pid = os.fork()
    if pid == 0:  # child: reuse the parent's store object
        try:
            ok = media.read_bytes(url) == b"parent wrote this"
            media.put_bytes(b"child wrote this", suffix=".txt")
            os._exit(0 if ok else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert len(stored_keys(media)) == 2


def test_open_media_store_picks_local_without_a_bucket(settings):
    media = open_media_store(settings)
    assert isinstance(media, LocalMediaStore)
    assert media.root == settings.media_dir.resolve()
