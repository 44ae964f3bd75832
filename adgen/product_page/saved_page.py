"""A product page saved from a browser: one ``.html`` file, or its folder with the ``*_files/`` assets.

Read fully offline. Pictures are read from disk relative to the page, and only from inside the
page's folder: a reference such as ``../../etc/passwd``, an absolute path, a ``file:`` URL to
elsewhere or a symbolic link pointing out of the folder is refused. A picture the saved page
still names by its web address is looked up by file name in the ``*_files/`` folder the browser
wrote (that is where "Save page, complete" puts it); it is never downloaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit


class SavedPageError(ValueError):
    """A saved page that cannot be read; the message says what to send instead."""


class PathRefused(ValueError):
    """A picture reference that would leave the saved page's folder."""


@dataclass(frozen=True)
class SavedPage:
    html_path: Path
    root: Path
    data: bytes
    saved_from: str | None  # the address the browser saved it from, when it wrote one

    def local_path(self, ref: str) -> Path:
        """The file inside the page's folder that ``ref`` names; PathRefused or FileNotFoundError if none."""
        parts = urlsplit(ref.strip())
        if parts.scheme in ("http", "https") or ref.strip().startswith("//"):
            name = PurePosixPath(unquote(parts.path)).name
            for assets in sorted(self.root.glob("*_files")):
                candidate = (assets / name).resolve()
                if name and candidate.is_file() and candidate.is_relative_to(self.root):
                    return candidate
            raise FileNotFoundError(f"{ref} is on the web and was not saved with the page")
        if parts.scheme not in ("", "file"):
            raise PathRefused(f"{ref} is not a file of the saved page")
        relative = unquote(parts.path).replace("\\", "/")
        if parts.scheme == "file" or relative.startswith("/") or re.match(r"^[A-Za-z]:", relative):
            raise PathRefused(f"{ref} points outside the saved page's folder")
        candidate = (self.html_path.parent / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PathRefused(f"{ref} points outside the saved page's folder")
        if not candidate.is_file():
            raise FileNotFoundError(f"{ref} is not in the saved page's folder")
        return candidate


def open_saved_page(path: Path, max_bytes: int) -> SavedPage:
    """The page in ``path`` (an .html/.htm file, or a folder holding one) and the folder it may read from."""
    path = Path(path).expanduser()
    if path.is_dir():
        root = path.resolve()
        pages = sorted(p for p in root.iterdir() if p.suffix.lower() in (".html", ".htm") and p.is_file())
        with_assets = [p for p in pages if (root / f"{p.stem}_files").is_dir()]
        if len(pages) == 1:
            html_path = pages[0]
        elif len(with_assets) == 1:
            html_path = with_assets[0]
        elif not pages:
            raise SavedPageError(
                f"The folder {path.name} holds no .html page; save the product page from your browser."
            )
        else:
            names = ", ".join(p.name for p in pages[:4])
            raise SavedPageError(
                f"The folder {path.name} holds several pages ({names}); name the one to read."
            )
    elif path.is_file():
        if path.suffix.lower() not in (".html", ".htm", ".xhtml"):
            raise SavedPageError(
                f"{path.name} is not a saved web page (.html); send the page's link or its .html file."
            )
        html_path = path.resolve()
        root = html_path.parent
    else:
        raise SavedPageError(f"{path} is neither a link nor a saved page on this computer.")
    size = html_path.stat().st_size
    if size > max_bytes:
        raise SavedPageError(f"{html_path.name} is {size / 1048576:.1f} MB, too large for a product page.")
    data = html_path.read_bytes()
    match = re.search(rb"saved from url=\(\d+\)(https?://[^\s>]+)", data[:4096])
    return SavedPage(
        html_path=html_path,
        root=root,
        data=data,
        saved_from=match.group(1).decode("ascii", "replace") if match else None,
    )


__all__ = ["PathRefused", "SavedPage", "SavedPageError", "open_saved_page"]
