"""Sealed grants to stored media: which owner may fetch which stored file of which project.

A grant (owner, project, storage URL) is sealed with AES-SIV (encrypted and authenticated) under
a key derived from the instance secret, into a URL-safe token: nobody can make up a token for
media they were not shown, and a token never shows where the server keeps its files. Sealing is
deterministic (one grant, one token), so a browser's cache keeps working. Every front end that
hands out media links uses these tokens (the web chat's ``/media/…``, the API's signed
downloads); each checks on every request that the owner still owns the project.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV


class MediaLinkError(ValueError):
    """A media link that was not made by this server (tampered, truncated or from another key)."""


@dataclass(frozen=True)
class MediaGrant:
    owner: str
    project_id: str
    url: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _cipher(secret: str) -> AESSIV:
    if not secret:
        raise MediaLinkError("media links need the instance secret; none was given")
    return AESSIV(hmac.new(secret.encode(), b"adgen media links v2", hashlib.sha512).digest())


def seal_grant(grant: MediaGrant, secret: str) -> str:
    """The grant sealed into a URL-safe token (deterministic: one grant, one token)."""
    payload = json.dumps({"o": grant.owner, "p": grant.project_id, "u": grant.url}, separators=(",", ":"))
    return _b64(_cipher(secret).encrypt(payload.encode(), None))


def open_grant(token: str, secret: str) -> MediaGrant:
    """The grant a token seals; MediaLinkError when this secret did not seal it."""
    try:
        payload = _cipher(secret).decrypt(_unb64(token), None)
    except (InvalidTag, ValueError) as exc:  # tampered, truncated, another key, not base64
        raise MediaLinkError("media link was not made by this server") from exc
    try:
        data = json.loads(payload)
        return MediaGrant(owner=str(data["o"]), project_id=str(data["p"]), url=str(data["u"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise MediaLinkError("media link is malformed") from exc


__all__ = ["MediaGrant", "MediaLinkError", "open_grant", "seal_grant"]
