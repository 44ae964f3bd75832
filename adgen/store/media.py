"""Stored media (uploads, stage outputs, exports), referred to everywhere by URL strings.

Two kinds of key: blobs are content-addressed (``blobs/ab/abcdef….png``, the sha256 of the
bytes), so storing the same upload twice is free; the pipeline stores stage outputs under its
own content keys (``stages/background/<sha>.mp4``). Every write is atomic, and every URL is
checked to lie inside the store before it is touched, so a crafted URL cannot reach other files.

A stage output's key names its inputs, not its bytes, so nothing in the key says whether the
file is still whole. :meth:`MediaStore.put_file` therefore records the size and sha256 of what
it stored (a ``.sum`` file beside it locally, object metadata on S3), and :meth:`MediaStore.check`
compares: the size always (a stat), the hash for small files only (layers, manifests, posters),
so checking a render's worth of cached clips stays cheap.

URLs are ``file:///abs/path`` for the local folder and ``s3://bucket/prefix/key`` for S3.
"""

from __future__ import annotations

import abc
import hashlib
import json
import mimetypes
import os
import re
import shutil
import tempfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

_KEY_RE = re.compile(r"[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")
_SUFFIX_RE = re.compile(r"(?:\.[A-Za-z0-9]{1,12})?")
MAX_KEY_LENGTH = 400
# Stored files up to this size are hashed on every check; larger ones (videos) only sized.
HASH_CHECK_MAX_BYTES = 1 << 20
RECORD_SUFFIX = ".sum"


@dataclass(frozen=True)
class Checked:
    """What :meth:`MediaStore.check` found: ``problem`` says why the stored content is not what
    was stored (None: it is); ``recorded`` is False for content stored before records existed,
    which only a look at the content itself can vouch for."""

    problem: str | None = None
    recorded: bool = True

    @property
    def ok(self) -> bool:
        return self.problem is None and self.recorded


def file_record(path: Path) -> dict[str, Any]:
    """The size and sha256 of a file, as a check compares them later."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return {"size": Path(path).stat().st_size, "sha256": digest.hexdigest()}


def check_against(path: Path, record: dict[str, Any]) -> Checked:
    """A local file against its record: size, then (small files) the hash."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Checked("it is missing")
    want = int(record.get("size", -1))
    if size != want:
        return Checked(f"it has {size} bytes where {want} were stored")
    if (
        size <= HASH_CHECK_MAX_BYTES
        and record.get("sha256")
        and file_record(path)["sha256"] != record["sha256"]
    ):
        return Checked("its content changed since it was stored")
    return Checked()


def validate_key(key: str) -> str:
    """Return ``key`` if it is a safe relative key, else raise ValueError."""
    if (
        not isinstance(key, str)
        or not 0 < len(key) <= MAX_KEY_LENGTH
        or not _KEY_RE.fullmatch(key)
        or any(part in (".", "..") for part in key.split("/"))
    ):
        raise ValueError(
            f"{key!r} is not a valid media key: use a relative path of letters, digits, "
            "'.', '_', '-' and '/', without '..'"
        )
    return key


def blob_key(data: bytes, suffix: str) -> str:
    """The content-addressed key of ``data``: ``blobs/<2 hex>/<sha256><suffix>``."""
    if not isinstance(suffix, str) or not _SUFFIX_RE.fullmatch(suffix):
        raise ValueError(f"{suffix!r} is not a file suffix like '.png'")
    digest = hashlib.sha256(data).hexdigest()
    return f"blobs/{digest[:2]}/{digest}{suffix.lower()}"


def _temp_beside(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{uuid.uuid4().hex}.tmp")


def _atomic_write_bytes(dest: Path, data: bytes) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(dest)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def _record_path(path: Path) -> Path:
    return path.with_name(path.name + RECORD_SUFFIX)


def _atomic_copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(dest)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


class MediaStore(abc.ABC):
    """Where media lives. Callers pass URLs around, never file objects."""

    @abc.abstractmethod
    def url_for(self, key: str) -> str:
        """The URL a key has (or would have) in this store; does not check that it exists."""

    @abc.abstractmethod
    def key_of(self, url: str) -> str:
        """The key of a URL of this store; ValueError for anything outside it."""

    @abc.abstractmethod
    def put_bytes(self, data: bytes, *, suffix: str) -> str:
        """Store bytes under their content address; the same bytes twice is a no-op."""

    @abc.abstractmethod
    def put_file(self, path: Path, *, key: str) -> str:
        """Store a file under a caller-chosen key, atomically (replacing what was there)."""

    @abc.abstractmethod
    def find(self, key: str) -> str | None:
        """The URL of ``key`` if it is stored, else None."""

    @abc.abstractmethod
    def check(self, url: str) -> Checked:
        """Whether the stored content is still what :meth:`put_file` stored (size, and the hash
        of a small file)."""

    @abc.abstractmethod
    def record(self, url: str) -> None:
        """Record the stored content as it is now (for content stored before records existed,
        once a look at it has vouched for it)."""

    @abc.abstractmethod
    def exists(self, url: str) -> bool:
        """Whether the URL (of this store) names stored content."""

    @abc.abstractmethod
    def local_path(self, url: str) -> Path:
        """A local file holding the content (downloaded into a cache for remote stores)."""

    @abc.abstractmethod
    def read_bytes(self, url: str) -> bytes:
        """The stored content."""

    @abc.abstractmethod
    def browser_url(self, url: str) -> str:
        """Something a browser or chat client can open (a presigned URL for S3, a path locally)."""


class LocalMediaStore(MediaStore):
    """Media in a local folder; URLs are ``file://`` URLs (absolute paths are accepted too)."""

    def __init__(self, root: Path):
        self.root = Path(root).expanduser().resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.root / validate_key(key)

    def url_for(self, key: str) -> str:
        return self._path(key).as_uri()

    def key_of(self, url: str) -> str:
        if not isinstance(url, str):
            raise ValueError(f"{url!r} is not a media URL")
        if url.startswith("file:"):
            parsed = urlparse(url)
            if parsed.netloc not in ("", "localhost") or parsed.query or parsed.fragment:
                raise ValueError(f"{url!r} is not a local media URL")
            path = unquote(parsed.path)
        elif os.path.isabs(url):
            path = url
        else:
            raise ValueError(f"{url!r} is not a media URL of this store (expected file:///...)")
        real = Path(os.path.realpath(path))
        if real == self.root or not real.is_relative_to(self.root):
            raise ValueError(f"{url!r} is outside the media store")
        return validate_key(real.relative_to(self.root).as_posix())

    def put_bytes(self, data: bytes, *, suffix: str) -> str:
        dest = self._path(blob_key(data, suffix))
        if not dest.is_file():
            _atomic_write_bytes(dest, data)
        return dest.as_uri()

    def put_file(self, path: Path, *, key: str) -> str:
        dest = self._path(key)
        record = file_record(Path(path))
        sidecar = _record_path(dest)
        sidecar.unlink(missing_ok=True)  # never an old record beside new content
        _atomic_copy(Path(path), dest)
        _atomic_write_bytes(sidecar, json.dumps(record).encode())
        return dest.as_uri()

    def find(self, key: str) -> str | None:
        path = self._path(key)
        return path.as_uri() if path.is_file() else None

    def check(self, url: str) -> Checked:
        path = self._path(self.key_of(url))
        try:
            record = json.loads(_record_path(path).read_bytes())
        except FileNotFoundError:
            return Checked(recorded=False) if path.is_file() else Checked("it is missing")
        except ValueError:
            return Checked("its record is unreadable")
        return check_against(path, record)

    def record(self, url: str) -> None:
        path = self.local_path(url)
        _atomic_write_bytes(_record_path(path), json.dumps(file_record(path)).encode())

    def exists(self, url: str) -> bool:
        return self._path(self.key_of(url)).is_file()

    def local_path(self, url: str) -> Path:
        path = self._path(self.key_of(url))
        if not path.is_file():
            raise FileNotFoundError(f"the stored media {url} is missing")
        return path

    def read_bytes(self, url: str) -> bytes:
        return self.local_path(url).read_bytes()

    def browser_url(self, url: str) -> str:
        return str(self.local_path(url))


class S3MediaStore(MediaStore):
    """Media in an S3 bucket (or an S3-compatible server), with a local download cache.

    The boto3 client is made per process, so a store created before a worker forks stays usable.
    """

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        endpoint_url: str | None = None,
        presign_ttl: int = 3600,
        *,
        cache_dir: Path | None = None,
        region: str | None = None,
    ):
        if not bucket or "/" in bucket:
            raise ValueError(f"{bucket!r} is not an S3 bucket name")
        prefix = prefix.strip("/")
        if prefix:
            validate_key(prefix)
            prefix += "/"
        self.bucket = bucket
        self.prefix = prefix
        self.endpoint_url = endpoint_url
        self.presign_ttl = int(presign_ttl)
        self.region = (
            region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
        )
        self.cache_dir = Path(cache_dir or Path(tempfile.gettempdir()) / "adgen-s3-cache" / bucket).resolve()
        self._lock = threading.Lock()
        self._client_pid: int | None = None
        self._s3: Any = None

    @property
    def client(self) -> Any:
        if self._client_pid != os.getpid():
            import boto3
            from botocore.config import Config

            with self._lock:
                if self._client_pid != os.getpid():
                    config = Config(
                        signature_version="s3v4",
                        s3={"addressing_style": "path"} if self.endpoint_url else {},
                        retries={"max_attempts": 5, "mode": "standard"},
                    )
                    self._s3 = boto3.session.Session().client(
                        "s3", endpoint_url=self.endpoint_url, region_name=self.region, config=config
                    )
                    self._client_pid = os.getpid()
        return self._s3

    def _object_key(self, key: str) -> str:
        return self.prefix + validate_key(key)

    def url_for(self, key: str) -> str:
        return f"s3://{self.bucket}/{self._object_key(key)}"

    def key_of(self, url: str) -> str:
        head = f"s3://{self.bucket}/{self.prefix}"
        if not isinstance(url, str) or not url.startswith(head):
            raise ValueError(f"{url!r} is outside the media store (expected {head}...)")
        return validate_key(url[len(head) :])

    def _has(self, object_key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=object_key)
            return True
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise

    @staticmethod
    def _content_type(key: str) -> str:
        return mimetypes.guess_type(key)[0] or "application/octet-stream"

    def put_bytes(self, data: bytes, *, suffix: str) -> str:
        key = blob_key(data, suffix)
        object_key = self._object_key(key)
        if not self._has(object_key):
            self.client.put_object(
                Bucket=self.bucket, Key=object_key, Body=data, ContentType=self._content_type(key)
            )
        return self.url_for(key)

    def put_file(self, path: Path, *, key: str) -> str:
        object_key = self._object_key(key)
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"no file to store at {path}")
        record = file_record(path)
        self.client.upload_file(
            str(path),
            self.bucket,
            object_key,
            ExtraArgs={
                "ContentType": self._content_type(key),
                "Metadata": {"adgen-size": str(record["size"]), "adgen-sha256": record["sha256"]},
            },
        )
        # The producer of a stage output usually reads it again soon: keep it in the cache.
        _atomic_copy(path, self.cache_dir / key)
        return self.url_for(key)

    def find(self, key: str) -> str | None:
        return self.url_for(key) if self._has(self._object_key(key)) else None

    def exists(self, url: str) -> bool:
        return self._has(self._object_key(self.key_of(url)))

    def check(self, url: str) -> Checked:
        """S3 keeps objects whole; what can go wrong is the object replaced by other content or
        this machine's cached copy: both are compared with the size recorded at upload."""
        from botocore.exceptions import ClientError

        key = self.key_of(url)
        try:
            head = self.client.head_object(Bucket=self.bucket, Key=self._object_key(key))
        except ClientError:
            return Checked("it is missing")
        meta = head.get("Metadata") or {}
        if "adgen-size" not in meta:
            return Checked(recorded=False)
        record = {"size": int(meta["adgen-size"]), "sha256": meta.get("adgen-sha256")}
        if int(head.get("ContentLength", -1)) != record["size"]:
            return Checked(f"it has {head.get('ContentLength')} bytes where {record['size']} were stored")
        cached = self.cache_dir / key
        if cached.is_file():
            found = check_against(cached, record)
            if not found.ok:
                cached.unlink(missing_ok=True)  # the next read downloads it again
        return Checked()

    def record(self, url: str) -> None:
        path = self.local_path(url)
        record = file_record(path)
        object_key = self._object_key(self.key_of(url))
        self.client.copy_object(
            Bucket=self.bucket,
            Key=object_key,
            CopySource={"Bucket": self.bucket, "Key": object_key},
            ContentType=self._content_type(object_key),
            Metadata={"adgen-size": str(record["size"]), "adgen-sha256": record["sha256"]},
            MetadataDirective="REPLACE",
        )

    def local_path(self, url: str) -> Path:
        from botocore.exceptions import ClientError

        key = self.key_of(url)
        dest = self.cache_dir / key
        if dest.is_file():
            return dest
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = _temp_beside(dest)
        try:
            self.client.download_file(self.bucket, self._object_key(key), str(tmp))
            os.replace(tmp, dest)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                raise FileNotFoundError(f"the stored media {url} is missing") from exc
            raise
        finally:
            tmp.unlink(missing_ok=True)
        return dest

    def read_bytes(self, url: str) -> bytes:
        from botocore.exceptions import ClientError

        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self._object_key(self.key_of(url)))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                raise FileNotFoundError(f"the stored media {url} is missing") from exc
            raise
        return response["Body"].read()

    def browser_url(self, url: str) -> str:
        return self.client.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.bucket, "Key": self._object_key(self.key_of(url))},
            ExpiresIn=self.presign_ttl,
        )


def open_media_store(settings: Any) -> MediaStore:
    """S3 when ``ADGEN_S3_BUCKET`` is set (``AWS_ENDPOINT_URL`` honoured), else the local folder."""
    if settings.s3_bucket:
        return S3MediaStore(
            bucket=settings.s3_bucket,
            prefix=settings.s3_prefix,
            endpoint_url=settings.aws_endpoint_url,
            presign_ttl=settings.presign_ttl_sec,
            cache_dir=settings.root / "cache" / "s3" / settings.s3_bucket,
        )
    return LocalMediaStore(settings.media_dir)


__all__ = [
    "Checked",
    "LocalMediaStore",
    "MediaStore",
    "S3MediaStore",
    "blob_key",
    "open_media_store",
    "validate_key",
]
