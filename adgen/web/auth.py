"""Who is signed in to the web chat, by the mode the settings choose.

- ``none`` (default): everyone is the anonymous local user ``local``. It is still a real Chainlit
  sign-in (header authentication that accepts every request), because Chainlit keeps chat
  history only for signed-in users; so history and resume work on a laptop with no set-up.
- ``password``: the users and passwords of ``ADGEN_USERS`` ("alice:pw,bob:pw").
- ``header``: a reverse proxy that has already authenticated the user passes its name in
  ``ADGEN_AUTH_HEADER`` (default ``X-Forwarded-User``); a request without it is refused.

Chainlit signs its session cookie with ``CHAINLIT_AUTH_SECRET``; when it is not set, one is
generated once and kept in the data folder so that sign-ins survive a restart. Deleting that
file (or changing the variable) and restarting rotates it: every session and media link ends.

A signed cookie alone is not enough: :class:`SessionPolicy` checks on every request and socket
connect (adgen.web.guard) that the session was made under the current sign-in mode, for a user
who still exists, with the password they have now. A password sign-in puts a *credential tag*
in the session: a slow keyed hash (scrypt, salted with the instance secret and the name) of the
user's current entry, so changing a password or removing a user ends their sessions, and the
tag (which Chainlit also keeps in its user table) does not give the password away.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from adgen.settings import Settings

LOCAL_USER = "local"
AUTH_MODES = ("none", "password", "header")
SECRET_ENV = "CHAINLIT_AUTH_SECRET"
_USER_NAME = re.compile(r"^[A-Za-z0-9_.@+-]{1,200}$")


class AuthConfigError(ValueError):
    """The sign-in settings can not work; the message says what to change."""


def auth_mode(settings: Settings) -> str:
    mode = settings.auth.strip().lower()
    if mode not in AUTH_MODES:
        raise AuthConfigError(f"ADGEN_AUTH={settings.auth!r} is not one of {', '.join(AUTH_MODES)}")
    if mode == "password" and not parse_users(settings.auth_users):
        raise AuthConfigError('ADGEN_AUTH=password needs users, e.g. ADGEN_USERS="alice:secret1,bob:secret2"')
    return mode


def parse_users(spec: str) -> dict[str, str]:
    """``"alice:pw,bob:pw"`` -> {"alice": "pw", "bob": "pw"}; a password may contain ':'."""
    users: dict[str, str] = {}
    for item in spec.split(","):
        item = item.strip()
        if not item:
            continue
        name, sep, password = item.partition(":")
        name = name.strip()
        if not sep or not password or not _USER_NAME.match(name):
            raise AuthConfigError(
                f"ADGEN_USERS entry {item.split(':')[0]!r} must look like name:password "
                "(name of letters, digits, . _ @ + -)"
            )
        users[name] = password
    return users


def check_password(settings: Settings, username: str, password: str) -> str | None:
    """The user's identifier when the password matches, else None (constant-time compare)."""
    users = parse_users(settings.auth_users)
    expected = users.get(username.strip())
    # Compare against a dummy when the user is unknown so timing does not reveal who exists.
    ok = hmac.compare_digest((expected or secrets.token_hex(16)).encode(), password.encode())
    return username.strip() if expected is not None and ok else None


def header_user(settings: Settings, headers: Mapping[str, str]) -> str | None:
    """The user named by the trusted proxy header, if it is present and a plausible name."""
    value = (headers.get(settings.auth_header) or headers.get(settings.auth_header.lower()) or "").strip()
    return value if _USER_NAME.match(value) else None


def secret_path(settings: Settings) -> Path:
    return settings.root / "chainlit_auth_secret"


def ensure_auth_secret(settings: Settings) -> str:
    """CHAINLIT_AUTH_SECRET from the environment, or the one kept in the data folder.

    Sets the environment variable so Chainlit (in this process and in children) finds it.
    """
    secret = os.environ.get(SECRET_ENV)
    if not secret:
        path = secret_path(settings)
        if path.exists():
            secret = path.read_text().strip()
        if not secret:
            secret = secrets.token_urlsafe(48)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secret)
            try:
                os.link(tmp, path)  # atomic, and never replaces a secret another process wrote
            except FileExistsError:
                secret = path.read_text().strip()
            finally:
                tmp.unlink(missing_ok=True)
        os.environ[SECRET_ENV] = secret
    return secret


def credential_tag(secret: str, name: str, password: str) -> str:
    """The version of one user's credentials, as kept in their session (see the module doc)."""
    salt = hmac.new(secret.encode(), f"adgen credential of {name}".encode(), hashlib.sha256).digest()
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=16).hex()


class SessionPolicy:
    """Which signed sessions the current settings still accept, and what a new one carries.

    The password users' tags are computed once, at start (the settings can only change with a
    restart), so checking a session on every request costs one dictionary look-up.
    """

    def __init__(self, settings: Settings, secret: str):
        self.settings = settings
        self.mode = auth_mode(settings)
        users = parse_users(settings.auth_users) if self.mode == "password" else {}
        self.credentials = {name: credential_tag(secret, name, pw) for name, pw in users.items()}

    def session_metadata(self, name: str) -> dict[str, str]:
        """What a session made now for ``name`` carries (Chainlit keeps it in the cookie)."""
        provider = {"none": "local", "password": "password", "header": "header"}[self.mode]
        metadata = {"provider": provider}
        if self.mode == "password":
            metadata["credential"] = self.credentials[name]
        return metadata

    def accepts(self, claims: Mapping[str, Any], headers: Mapping[str, str]) -> bool:
        """Whether a session (the claims of a validly signed cookie) is still good."""
        name = claims.get("identifier")
        metadata = claims.get("metadata")
        if not isinstance(name, str) or not isinstance(metadata, dict):
            return False
        provider = metadata.get("provider")
        if self.mode == "none":
            return name == LOCAL_USER and provider == "local"
        if self.mode == "header":
            # The proxy names the user on each request; a cookie for someone else is stale.
            named = header_user(self.settings, headers)
            return provider == "header" and bool(_USER_NAME.match(name)) and named in (None, name)
        expected = self.credentials.get(name)
        presented = metadata.get("credential")
        return (
            provider == "password"
            and expected is not None
            and isinstance(presented, str)
            and hmac.compare_digest(presented, expected)
        )
