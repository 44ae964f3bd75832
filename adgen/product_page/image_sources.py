"""Where a page's pictures are read from, and the one gate they all pass: the upload checks.

A live page's pictures come through the safe fetcher; a saved page's from its folder on disk.
Either way the bytes then go through :func:`adgen.store.uploads.validate_image_upload`, the
same content checks as a photo the marketer attaches (format by content, size, pixel count,
decompression bombs), so a page can hand the pipeline nothing an upload could not.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Protocol
from urllib.parse import unquote, urlsplit

from adgen.product_page.fetch import FetchError, FetchRefused, SafeFetcher
from adgen.product_page.saved_page import PathRefused, SavedPage
from adgen.store.uploads import CheckedImage, UploadRejected, validate_image_upload


class ImageUnavailable(Exception):
    """A picture that could not be used; ``refused`` marks a safety refusal (address, path)."""

    def __init__(self, message: str, *, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


class ImageReader(Protocol):
    def read(self, url: str) -> CheckedImage:
        """The checked picture at ``url``, or ImageUnavailable saying why not."""
        ...


def _file_name(url: str) -> str:
    return PurePosixPath(unquote(urlsplit(url).path)).name or "image"


class WebImages:
    """Pictures of a live page, through the safe fetcher, then the upload checks."""

    def __init__(self, fetcher: SafeFetcher, max_pixels: int) -> None:
        self.fetcher = fetcher
        self.max_pixels = max_pixels

    def read(self, url: str) -> CheckedImage:
        try:
            fetched = self.fetcher.fetch_image(url)
        except FetchRefused as exc:
            raise ImageUnavailable(str(exc), refused=True) from exc
        except FetchError as exc:
            raise ImageUnavailable(str(exc)) from exc
        return _check(fetched.data, _file_name(url), self.fetcher.limits.max_image_bytes, self.max_pixels)


class SavedImages:
    """Pictures of a saved page, from inside its folder only, then the upload checks."""

    def __init__(self, page: SavedPage, max_bytes: int, max_pixels: int) -> None:
        self.page = page
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels

    def read(self, url: str) -> CheckedImage:
        try:
            path = self.page.local_path(url)
        except PathRefused as exc:
            raise ImageUnavailable(str(exc), refused=True) from exc
        except FileNotFoundError as exc:
            raise ImageUnavailable(str(exc)) from exc
        if path.stat().st_size > self.max_bytes:
            raise ImageUnavailable(f"{path.name} is larger than the upload limit")
        return _check(path.read_bytes(), path.name, self.max_bytes, self.max_pixels)


def _check(data: bytes, name: str, max_bytes: int, max_pixels: int) -> CheckedImage:
    try:
        return validate_image_upload(data, filename=name, max_bytes=max_bytes, max_pixels=max_pixels)
    except UploadRejected as exc:
        raise ImageUnavailable(str(exc)) from exc


__all__ = ["ImageReader", "ImageUnavailable", "SavedImages", "WebImages"]
