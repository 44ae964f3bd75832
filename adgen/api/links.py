"""Signed, expiring download links for a project's exports.

A link carries the sealed media grant every front end uses (:mod:`adgen.store.media_grants`:
the owner, the project and the stored media URL, encrypted and authenticated with the instance
secret, so the link never shows where the file is kept) plus an expiry time and an HMAC over
token and expiry. Whoever holds the link may download the file until it expires, without an API
key (a CDN, an ad platform, a colleague), and only while the owner still owns the project; a
tampered or expired link is a 404.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from adgen.api.backend import Backend
from adgen.project import AdProject
from adgen.settings import Settings

MEDIA_PATH = "/v1/media"


def _aspect_name(aspect: str) -> str:
    return aspect.replace(":", "x")


class MediaLinks:
    def __init__(self, backend: Backend, settings: Settings) -> None:
        self.backend = backend
        self.ttl = settings.api_link_ttl_sec
        self.public_url = (settings.api_public_url or "").rstrip("/")
        self._key: bytes | None = None

    def _signature(self, token: str, expires: int) -> str:
        if self._key is None:
            self._key = hmac.new(
                self.backend.link_secret().encode(), b"adgen api media link expiry v1", hashlib.sha256
            ).digest()
        return hmac.new(self._key, f"{token}.{expires}".encode(), hashlib.sha256).hexdigest()

    def link(self, owner: str, project_id: str, url: str, filename: str, base_url: str) -> dict[str, str]:
        token = self.backend.media_token(owner, project_id, url)
        expires = int(time.time()) + self.ttl
        base = self.public_url or base_url.rstrip("/")
        href = (
            f"{base}{MEDIA_PATH}/{token}/{quote(filename)}"
            f"?expires={expires}&signature={self._signature(token, expires)}"
        )
        return {"url": href, "expiresAt": datetime.fromtimestamp(expires, UTC).isoformat()}

    def verify(self, token: str, expires: int, signature: str) -> tuple[str, str, str] | None:
        """(owner, project id, media url) of a valid, unexpired link, else None."""
        if expires < time.time() or not hmac.compare_digest(signature, self._signature(token, expires)):
            return None
        return self.backend.media_grant(token)

    def exports(self, project: AdProject, base_url: str) -> dict[str, Any]:
        """Download links of the version's videos and posters, by aspect."""
        posters = (project.render_status.stages or {}).get("posters") or {}
        out: dict[str, Any] = {}
        for aspect, url in project.aspect_exports.items():
            stem = f"{project.project_id}-v{project.version}-{_aspect_name(aspect)}"
            entry = {"video": self.link(project.owner, project.project_id, url, f"{stem}.mp4", base_url)}
            poster = posters.get(aspect)
            if isinstance(poster, str) and poster:
                entry["poster"] = self.link(
                    project.owner, project.project_id, poster, f"{stem}.jpg", base_url
                )
            out[aspect] = entry
        return out


__all__ = ["MEDIA_PATH", "MediaLinks"]
