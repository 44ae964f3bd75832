"""Sign-in settings, the auth secret, signed media links and the chat history schema."""

from __future__ import annotations

import asyncio
import os
import sqlite3

import pytest

from adgen.web.auth import (
    SECRET_ENV,
    AuthConfigError,
    auth_mode,
    check_password,
    ensure_auth_secret,
    header_user,
    parse_users,
)
from adgen.web.media_routes import MediaGrant, MediaLinkError, media_link, sign_grant, verify_token


def test_users_parse_and_passwords_check(settings, monkeypatch):
    assert parse_users("alice:pw1, bob:p:w:2,") == {"alice": "pw1", "bob": "p:w:2"}
    with pytest.raises(AuthConfigError, match="name:password"):
        parse_users("alice")
    with pytest.raises(AuthConfigError, match="name:password"):
        parse_users("al ice:pw")
    monkeypatch.setenv("ADGEN_USERS", "alice:pw1,bob:pw2")
    monkeypatch.setenv("ADGEN_AUTH", "password")
    from adgen.settings import Settings

    s = Settings()
    assert auth_mode(s) == "password"
    assert check_password(s, "alice", "pw1") == "alice"
    assert check_password(s, "alice", "pw2") is None
    assert check_password(s, "mallory", "pw1") is None


def test_auth_mode_refuses_unusable_settings(monkeypatch, data_dir):
    from adgen.settings import Settings

    monkeypatch.setenv("ADGEN_AUTH", "password")
    monkeypatch.setenv("ADGEN_USERS", "")
    with pytest.raises(AuthConfigError, match="ADGEN_USERS"):
        auth_mode(Settings())
    monkeypatch.setenv("ADGEN_AUTH", "kerberos")
    with pytest.raises(AuthConfigError, match="none, password, header"):
        auth_mode(Settings())
    monkeypatch.setenv("ADGEN_AUTH", "none")
    assert auth_mode(Settings()) == "none"


def test_header_user_needs_a_plausible_name(settings):
    assert header_user(settings, {"X-Forwarded-User": "carol@example.com"}) == "carol@example.com"
    assert header_user(settings, {"x-forwarded-user": "dave"}) == "dave"
    assert header_user(settings, {}) is None
    assert header_user(settings, {"X-Forwarded-User": "a b"}) is None


def test_auth_secret_is_generated_once_and_kept(settings, monkeypatch):
    monkeypatch.delenv(SECRET_ENV, raising=False)
    first = ensure_auth_secret(settings)
    assert len(first) >= 40 and os.environ[SECRET_ENV] == first
    path = settings.root / "chainlit_auth_secret"
    assert path.read_text() == first and (path.stat().st_mode & 0o777) == 0o600
    monkeypatch.delenv(SECRET_ENV)
    assert ensure_auth_secret(settings) == first  # a restart signs with the same secret
    monkeypatch.setenv(SECRET_ENV, "from-the-environment")
    assert ensure_auth_secret(settings) == "from-the-environment"


def test_media_links_are_signed_and_bound_to_their_grant():
    secret = "s" * 40
    grant = MediaGrant("alice", "p_abc", "file:///data/media/stages/assembly/x.mp4")
    token = sign_grant(grant, secret)
    assert verify_token(token, secret) == grant
    assert sign_grant(grant, secret) == token  # one grant, one link: the browser cache works
    # Bob's own grant spliced onto alice's, one character changed, the token cut short, another key.
    bobs = sign_grant(MediaGrant("bob", "p_abc", grant.url), secret)
    flipped = token[:20] + ("A" if token[20] != "A" else "B") + token[21:]
    for forged in (bobs[:16] + token[16:], flipped, token[:-4], token + "AAAA", "", "not base64!"):
        with pytest.raises(MediaLinkError):
            verify_token(forged, secret)
    with pytest.raises(MediaLinkError):
        verify_token(token, "another secret of some length")
    link = media_link("alice", "p_abc", grant.url, "my ad/../v1 9:16.mp4", download=True, secret=secret)
    assert link.startswith("/media/") and link.endswith("/my_ad_.._v1_9_16.mp4?download=1")


def test_history_schema_is_created_and_sqlite_accepts_chainlit_rows(settings):
    from adgen.web.data_layer import chat_database_path, open_data_layer

    layer = open_data_layer(settings)
    path = chat_database_path(settings)
    tables = {
        r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert {"users", "threads", "steps", "elements", "feedbacks"} <= tables

    async def roundtrip():
        from chainlit.context import init_http_context
        from chainlit.user import User

        init_http_context()  # create_step is queued unless it runs in a (non-websocket) context
        user = await layer.create_user(User(identifier="alice"))
        await layer.update_thread("t1", name="cold brew", user_id=user.id, tags=["a", "b"])
        await layer.create_step(
            {
                "id": "s1",
                "threadId": "t1",
                "name": "alice",
                "type": "user_message",
                "output": "a 15 s ad",
                "streaming": False,
                "metadata": {"k": 1},
                "tags": ["x"],
                "createdAt": "2026-01-01T00:00:00Z",
            }
        )
        thread = await layer.get_thread("t1")
        await layer.engine.dispose()
        return user, thread

    user, thread = asyncio.run(roundtrip())
    assert user.identifier == "alice"
    assert thread["name"] == "cold brew" and thread["userIdentifier"] == "alice"
    assert [s["output"] for s in thread["steps"]] == ["a 15 s ad"]
    # Opening again (a restart) keeps what was there.
    open_data_layer(settings)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM steps").fetchone()[0] == 1


def test_a_thread_written_while_another_writer_holds_the_lock_waits_instead_of_failing(settings):
    """A loaded machine lost a new thread's row ("database is locked" after sqlite3's 5 s) and the
    chat could not be resumed; the history now waits for the lock (held here for 6 s)."""
    import threading
    import time

    from adgen.web.data_layer import BUSY_SECONDS, chat_database_path, open_data_layer

    layer = open_data_layer(settings)
    holder = sqlite3.connect(chat_database_path(settings), check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another writer: the lock held, as a slow commit would
    released = threading.Timer(6.0, holder.commit)
    released.start()

    async def write():
        started = time.monotonic()
        await layer.update_thread("t-busy", name="cold brew")
        thread = await layer.get_thread("t-busy")
        await layer.engine.dispose()
        return time.monotonic() - started, thread

    try:
        waited, thread = asyncio.run(write())
    finally:
        released.join()
        holder.close()
    assert BUSY_SECONDS >= 30 and 5.0 < waited < BUSY_SECONDS, waited
    assert thread is not None and thread["name"] == "cold brew"


def test_the_web_child_never_runs_in_chainlit_ci_mode(settings, monkeypatch):
    # CI=true makes `chainlit run` plant a fake OPENAI_API_KEY, which would turn the offline agent
    # into a broken LLM one in every CI system.
    from adgen.web.server import web_environment

    monkeypatch.setenv("CI", "true")
    env = web_environment(settings)
    assert "CI" not in env and "OPENAI_API_KEY" not in env
