"""Download a file a person attached in Slack, with the bot token, to a local path.

Slack's ``url_private_download`` needs ``Authorization: Bearer <bot token>``. The token is only
ever sent to Slack's own hosts (or the configured API server's host, for tests and proxies), a
download stops as soon as it passes the size limit, and a sign-in page served instead of the
file (the app lacks the ``files:read`` scope) is reported as such rather than as a broken image.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from adgen.slack.messages import SlackFile

TIMEOUT_SEC = 60.0
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class SlackDownloadError(Exception):
    """A file that could not be fetched from Slack; the message is written for the marketer."""


def trusted_hosts(api_url: str) -> set[str]:
    hosts = {"files.slack.com", "slack.com"}
    host = urlsplit(api_url).hostname
    if host:
        hosts.add(host.lower())
    return hosts


def _trusted(url: str, hosts: set[str]) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http"):
        return False
    if parts.scheme == "http" and host not in hosts:
        return False  # plain HTTP only to an explicitly configured server
    return host in hosts or host.endswith(".slack.com")


def _local_name(file: SlackFile, index: int) -> str:
    stem, ext = os.path.splitext(os.path.basename(file.name))
    stem = _SAFE.sub("_", stem).strip("._")[:60] or "attachment"
    ext = _SAFE.sub("", ext)[:10]
    return f"{index:02d}-{stem}{ext}"


async def download_file(
    file: SlackFile,
    dest_dir: Path,
    *,
    token: str,
    api_url: str,
    max_bytes: int,
    index: int = 0,
    client: httpx.AsyncClient | None = None,
) -> Path:
    """Fetch one file into ``dest_dir``; raises :class:`SlackDownloadError` with a clear reason."""
    limit_mb = max_bytes / 1048576
    if file.size is not None and file.size > max_bytes:
        raise SlackDownloadError(
            f"{file.name} is {file.size / 1048576:.1f} MB; please attach an image under {limit_mb:.1f} MB."
        )
    if not _trusted(file.url, trusted_hosts(api_url)):
        raise SlackDownloadError(f"I can only fetch attachments stored by Slack, and {file.name} is not.")
    dest = Path(dest_dir) / _local_name(file, index)
    owns_client = client is None
    client = client or httpx.AsyncClient(timeout=TIMEOUT_SEC, follow_redirects=True)
    received = 0
    try:
        async with client.stream("GET", file.url, headers={"Authorization": f"Bearer {token}"}) as response:
            if response.status_code in (401, 403):
                raise SlackDownloadError(
                    f"Slack did not let me download {file.name} (HTTP {response.status_code}); "
                    "the app may need the files:read permission."
                )
            if response.status_code != 200:
                raise SlackDownloadError(
                    f"Slack answered HTTP {response.status_code} for {file.name}; please attach it again."
                )
            if "text/html" in response.headers.get("content-type", ""):
                raise SlackDownloadError(
                    f"Slack sent a sign-in page instead of {file.name}; the app needs the files:read permission."
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise SlackDownloadError(
                    f"{file.name} is {int(declared) / 1048576:.1f} MB; please attach an image under {limit_mb:.1f} MB."
                )
            tmp = dest.with_name(dest.name + ".part")
            with open(tmp, "wb") as out:
                async for chunk in response.aiter_bytes():
                    received += len(chunk)
                    if received > max_bytes:
                        out.close()
                        tmp.unlink(missing_ok=True)
                        raise SlackDownloadError(
                            f"{file.name} is larger than {limit_mb:.1f} MB; please attach a smaller image."
                        )
                    out.write(chunk)
            os.replace(tmp, dest)
    except httpx.HTTPError as exc:
        raise SlackDownloadError(
            f"I couldn't download {file.name} from Slack ({type(exc).__name__}); please try again."
        ) from exc
    finally:
        if owns_client:
            await client.aclose()
    return dest


__all__ = ["SlackDownloadError", "download_file", "trusted_hosts"]
