"""The web chat as an attacker meets it, over real HTTP and the real socket against the app on
loopback: old sessions end when the user, password or sign-in mode changes; foreign origins
are refused; sign-in backs off; uploads are cut off as they arrive and what is refused is not
kept; responses carry the security headers; no server path and no remote image reaches a user."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import re
import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import jwt
import pytest
from chat_socket import ChatSocket, local_cookie, socket_accepts
from PIL import Image, ImageDraw
from web_helpers import ROOT, start_app, stop_app

USERS = "alice:wonderland-42,bob:builder-7"
EVIL = "http://evil.example"


_CLIENTS: dict[str, httpx.Client] = {}


def _sign_in(base_url: str, user: str, password: str, address: str | None = None) -> httpx.Response:
    """One sign-in, on a kept connection (as a guesser would: a new client costs ~80 ms here)."""
    http = _CLIENTS.get(base_url) or _CLIENTS.setdefault(base_url, httpx.Client(timeout=20))
    http.cookies.clear()
    headers = {"X-Forwarded-For": address} if address else {}
    return http.post(base_url + "/login", data={"username": user, "password": password}, headers=headers)


def _signed_in(base_url: str, user: str, password: str) -> httpx.Cookies:
    response = _sign_in(base_url, user, password)
    assert response.status_code == 200, response.text
    return response.cookies


def _me(base_url: str, cookies) -> int:
    return httpx.get(base_url + "/user", cookies=cookies, timeout=20).status_code


def _socket_ok(base_url: str, cookies, **kw) -> bool:
    return asyncio.run(socket_accepts(base_url, cookies, **kw))


def product_png(size=(240, 360)) -> bytes:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    w, h = size
    ImageDraw.Draw(image).rounded_rectangle((w // 5, h // 6, 4 * w // 5, h - 6), 20, fill=(150, 70, 30, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# --- 1. sessions end when what signed them in changes ------------------------------------------


def test_sessions_end_when_the_user_password_or_sign_in_mode_changes(tmp_path):
    """Each restart keeps the data folder (and so the instance secret) and changes one setting."""
    app = start_app(tmp_path, redis_url=None, workers=0, env={})
    try:
        local = local_cookie(app.base_url)
        assert _me(app.base_url, local) == 200
    finally:
        stop_app(app)

    app = start_app(tmp_path, redis_url=None, workers=0, env={"ADGEN_AUTH": "password", "ADGEN_USERS": USERS})
    try:
        # The anonymous user's cookie from the `none` days opens nothing now.
        assert _me(app.base_url, local) == 401
        assert not _socket_ok(app.base_url, local)
        alice = _signed_in(app.base_url, "alice", "wonderland-42")
        bob = _signed_in(app.base_url, "bob", "builder-7")
        assert _me(app.base_url, alice) == 200 and _socket_ok(app.base_url, alice)
        # A token signed with the instance secret for a name that is not a user is refused.
        forged = jwt.encode(
            {
                "identifier": "mallory",
                "display_name": None,
                "metadata": {"provider": "password"},
                "exp": datetime.now(UTC) + timedelta(days=1),
            },
            app.secret,
            algorithm="HS256",
        )
        assert _me(app.base_url, {"access_token": forged}) == 401
        assert not _socket_ok(app.base_url, {"access_token": forged})
        bearer = httpx.get(app.base_url + "/user", headers={"Authorization": f"Bearer {forged}"})
        assert bearer.status_code == 401
    finally:
        stop_app(app)

    # Alice's password changes and bob is removed.
    app = start_app(
        tmp_path, redis_url=None, workers=0, env={"ADGEN_AUTH": "password", "ADGEN_USERS": "alice:new-pass-9"}
    )
    try:
        assert _me(app.base_url, alice) == 401 and not _socket_ok(app.base_url, alice)
        assert _me(app.base_url, bob) == 401 and not _socket_ok(app.base_url, bob)
        stale = httpx.get(app.base_url + "/user", cookies=alice)
        assert 'access_token=""' in stale.headers.get("set-cookie", "")  # the browser drops it
        alice = _signed_in(app.base_url, "alice", "new-pass-9")
        assert _me(app.base_url, alice) == 200 and _socket_ok(app.base_url, alice)
    finally:
        stop_app(app)

    # Rotating the instance secret (README: delete the kept secret and restart) ends every session.
    (app.data_dir / "chainlit_auth_secret").unlink()
    app = start_app(
        tmp_path, redis_url=None, workers=0, env={"ADGEN_AUTH": "password", "ADGEN_USERS": "alice:new-pass-9"}
    )
    try:
        assert _me(app.base_url, alice) == 401 and not _socket_ok(app.base_url, alice)
    finally:
        stop_app(app)


# --- 2. origins ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def password_app(tmp_path_factory):
    app = start_app(
        tmp_path_factory.mktemp("secure"),
        redis_url=None,
        workers=0,
        env={
            "ADGEN_AUTH": "password",
            "ADGEN_USERS": USERS,
            "ADGEN_ALLOWED_ORIGINS": "https://ads.example.com",
        },
    )
    try:
        yield app
    finally:
        stop_app(app)


def test_only_the_served_origin_and_the_configured_ones_may_use_a_session(password_app):
    base = password_app.base_url
    alice = _signed_in(base, "alice", "wonderland-42")
    for origin in (EVIL, "null", "http://127.0.0.1:1"):
        read = httpx.get(base + "/user", cookies=alice, headers={"Origin": origin})
        assert read.status_code == 403, (origin, read.status_code)
        assert "access-control-allow-origin" not in read.headers
        preflight = httpx.options(
            base + "/project/thread",
            headers={"Origin": origin, "Access-Control-Request-Method": "PUT"},
        )
        assert "access-control-allow-origin" not in preflight.headers, origin
        assert not _socket_ok(base, alice, origin=origin)
        assert not _socket_ok(base, alice, origin=origin, transport="polling")
    # The page's own origin, and the one a proxy serves it under, work.
    assert httpx.get(base + "/user", cookies=alice, headers={"Origin": base}).status_code == 200
    assert _socket_ok(base, alice) and _socket_ok(base, alice, transport="polling")
    proxied = httpx.get(base + "/user", cookies=alice, headers={"Origin": "https://ads.example.com"})
    assert proxied.status_code == 200
    assert proxied.headers["access-control-allow-origin"] == "https://ads.example.com"
    assert _socket_ok(base, alice, origin="https://ads.example.com")
    # Requests without an Origin (curl, the page's own GETs) are not affected.
    assert _me(base, alice) == 200


# --- 3. sign-in back-off ------------------------------------------------------------------------


def test_sign_in_backs_off_per_user_and_per_address(password_app):
    base = password_app.base_url
    started = time.monotonic()
    answers = [_sign_in(base, "alice", f"guess-{i}", address="10.0.0.1") for i in range(200)]
    elapsed = time.monotonic() - started
    checked = [r for r in answers if r.status_code == 401]
    refused = [r for r in answers if r.status_code == 429]
    print(f"200 wrong passwords in {elapsed:.1f}s: {len(checked)} checked, {len(refused)} refused")
    assert len(checked) + len(refused) == 200
    assert len(checked) <= 8, len(checked)  # 5 free, then one try per lock that ran out
    retry = int(refused[-1].headers["retry-after"])
    assert retry >= 1
    assert "try again" in refused[-1].json()["detail"].lower()
    # The lock is on the user: alice's right password from elsewhere waits too ...
    assert _sign_in(base, "alice", "wonderland-42", address="10.0.0.2").status_code == 429
    # ... and works once the delay has passed.
    time.sleep(retry + 0.2)
    assert _sign_in(base, "alice", "wonderland-42", address="10.0.0.2").status_code == 200

    # One address guessing many names is stopped too, without locking those users elsewhere.
    statuses = [_sign_in(base, f"user{i}", "pw", address="10.0.0.3").status_code for i in range(21)]
    assert statuses == [401] * 21, statuses
    assert _sign_in(base, "user99", "pw", address="10.0.0.3").status_code == 429
    assert _sign_in(base, "bob", "builder-7", address="10.0.0.3").status_code == 429
    assert _sign_in(base, "bob", "builder-7", address="10.0.0.4").status_code == 200


# --- 4 and 10. uploads --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def local_app(tmp_path_factory):
    app = start_app(tmp_path_factory.mktemp("local"), redis_url=None, workers=0, env={})
    try:
        yield app
    finally:
        stop_app(app)


def _peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


def _kept_files(app, session_id: str) -> list[Path]:
    """Every uploaded file the server still holds: Chainlit's session folder (the app's own, under
    its data folder) and the logs' copies."""
    kept = [p for folder in (app.data_dir / "web-files").glob(f"*/{session_id}") for p in folder.glob("*")]
    return kept + [p for p in (app.data_dir / "conversations").rglob("*.files/*")]


async def test_a_huge_upload_is_cut_off_as_it_arrives(local_app):
    base = local_app.base_url
    chat = ChatSocket(base, local_cookie(base))
    await chat.connect()
    try:
        web_pid = local_app.procs[-1].pid
        before = _peak_rss_mb(web_pid)
        sent = 0

        async def body():  # 300 MB of multipart, chunked: the server cannot know the size up front
            nonlocal sent
            head = (
                b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n'
                b"Content-Type: image/png\r\n\r\n"
            )
            yield head
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                sent += len(chunk)
                yield chunk
            yield b"\r\n--b--\r\n"

        status = None
        started = time.monotonic()
        async with httpx.AsyncClient(base_url=base, cookies=chat.cookies, timeout=120) as http:
            try:
                response = await http.post(
                    "/project/file",
                    params={"session_id": chat.session_id},
                    content=body(),
                    headers={"Content-Type": "multipart/form-data; boundary=b"},
                )
                status = response.status_code
            except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
                status = "cut off"
        seconds = time.monotonic() - started
        grown = _peak_rss_mb(web_pid) - before
        print(
            f"300 MB upload: {status} after {sent / 2**20:.0f} MB sent in {seconds:.1f}s; peak RSS +{grown:.0f} MB"
        )
        assert status in (413, "cut off")
        assert sent < 100 * 2**20, f"the server read {sent / 2**20:.0f} MB before refusing"
        assert grown < 60, f"the server's peak memory grew by {grown:.0f} MB"

        # A declared length over the limit is refused before any of the body is read.
        with socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=10) as raw:
            raw.sendall(
                f"POST /project/file?session_id={chat.session_id} HTTP/1.1\r\nHost: x\r\n"
                f"Cookie: access_token={chat.cookies['access_token']}\r\n"
                "Content-Type: multipart/form-data; boundary=b\r\n"
                f"Content-Length: {300 * 2**20}\r\n\r\n".encode()
            )
            reply = b""
            while chunk := raw.recv(65536):
                reply += chunk
            reply = reply.decode(errors="replace")
        assert reply.startswith("HTTP/1.1 413"), reply[:200]
        assert "MB" in reply and "under" in reply  # the sentence says what to send instead
        assert _kept_files(local_app, chat.session_id) == []
    finally:
        await chat.close()


async def test_empty_and_unusable_uploads_get_a_sentence_and_are_not_kept(local_app):
    base = local_app.base_url
    chat = await ChatSocket.started(base, local_cookie(base))
    try:
        empty = await chat.upload("product.png", b"")
        assert empty.status_code == 400, empty.text
        assert (
            empty.json()["detail"] == "“product.png” is empty (0 bytes); send a PNG or JPEG (WebP works too)."
        )

        tiny, clear = io.BytesIO(), io.BytesIO()
        Image.new("RGBA", (1, 1), (255, 0, 0, 255)).save(tiny, format="PNG")
        Image.new("RGBA", (300, 300), (0, 0, 0, 0)).save(clear, format="PNG")
        for name, data, expected in (
            ("product.png", b"my notes, not a picture\n" * 50, ["not an image", "PNG or JPEG"]),
            ("dot.png", tiny.getvalue(), ["too small", "1x1", "at least 64"]),
            ("ghost.png", clear.getvalue(), ["nothing visible"]),
        ):
            uploaded = await chat.upload(name, data)
            assert uploaded.status_code == 200  # what it is, is judged with the message
            said = await chat.ask(
                "a 15 s ad for our tea, calm",
                lambda t, first=expected[0]: first in t,
                30,
                f"advice about {name}",
                file_ids=[uploaded.json()["id"]],
            )
            assert all(part in said for part in expected), said

        assert "Plan" not in chat.text()  # no ad was started from any of them
        await asyncio.sleep(0.5)
        assert _kept_files(local_app, chat.session_id) == []
    finally:
        await chat.close()


# --- 5. headers, leaks, echoes ------------------------------------------------------------------


def test_responses_carry_the_security_headers(local_app):
    base = local_app.base_url
    page = httpx.get(base + "/")
    asset = re.search(r'src="(/assets/[^"]+\.js)"', page.text).group(1)
    for response in (page, httpx.get(base + asset), httpx.get(base + "/user"), httpx.get(base + "/nope.txt")):
        headers = response.headers
        assert headers["x-content-type-options"] == "nosniff", response.url
        assert headers["x-frame-options"] == "DENY", response.url
        assert headers["referrer-policy"] == "same-origin", response.url
    policy = dict(
        part.strip().split(" ", 1)
        for part in page.headers["content-security-policy"].split(";")
        if part.strip()
    )
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert "'unsafe-inline'" not in policy["script-src"] and "*" not in policy["script-src"]
    # Images and video come from this server only: a Markdown image cannot call out.
    assert policy["img-src"] == "'self' data: blob:"
    assert policy["media-src"] == "'self' blob:"
    # Every inline script of the page is allowed by its hash, and only those.
    for script in re.findall(r"<script>(.*?)</script>", page.text, re.S):
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy["script-src"]


async def test_a_failed_render_shows_no_server_path(local_app, sample_project):
    from adgen.project import ProductAsset
    from adgen.settings import Settings
    from adgen.store.media import open_media_store
    from adgen.store.projects import open_project_store

    settings = Settings(_env_file=None, ADGEN_DATA_DIR=str(local_app.data_dir))
    media = open_media_store(settings)
    data = product_png()
    url = media.put_bytes(data, suffix=".png")
    asset = ProductAsset(source_url=url, masked_url=None, checksum=hashlib.sha256(data).hexdigest())
    media.local_path(url).unlink()  # the photo is gone from the server: the render says so
    project = open_project_store(settings).create(
        sample_project.model_copy(update={"owner": "local", "project_id": "p_leak1", "product_asset": asset})
    )
    base = local_app.base_url
    chat = await ChatSocket.started(base, local_cookie(base))
    try:
        await chat.ask(
            f"/open {project.project_id}", lambda t: "Now working on" in t, 30, "the project to open"
        )
        await chat.ask("render", lambda t: "could not be cut out" in t, 120, "the render's warning")
        # ... and the render's report gives the reason once it ends.
        await chat.wait_for(lambda t: "product image" in t, 180, "the report's reason")
        shown = chat.text()
        assert "product image" in shown, shown  # the reason is still given ...
        for leak in (str(local_app.data_dir), "file://", str(ROOT)):
            assert leak not in shown, f"{leak!r} shown to the user:\n{shown}"
        assert not re.search(r"(?<![\w.])/(?:tmp|home|work|root|var|usr)/", shown), shown
    finally:
        await chat.close()


async def test_user_text_is_escaped_where_it_is_echoed(local_app):
    from markdown_it import MarkdownIt

    base = local_app.base_url
    spy = "http://127.0.0.1:9/spy.png"
    chat = await ChatSocket.started(base, local_cookie(base))
    try:
        await chat.ask(
            f"a 15 s ad for Zest soda ![pixel]({spy}) with <img src={spy}> energetic",
            lambda t: "Plan" in t,
            60,
            "the plan",
        )
        await chat.ask("/projects", lambda t: "Your ads" in t, 30, "the list of ads")
        parser = MarkdownIt("commonmark").enable("table")
        for content in chat.messages.values():
            tokens = parser.parse(content)
            stack = list(tokens)
            while stack:
                token = stack.pop()
                stack.extend(token.children or [])
                if token.type == "image":
                    assert token.attrGet("src").startswith("/media/"), content
                assert "spy.png" not in (token.attrGet("src") or ""), content
    finally:
        await chat.close()


def test_media_links_show_no_server_path(tmp_path):
    from adgen.web.media_routes import media_link, verify_token

    secret = "s" * 40
    url = (tmp_path / "media" / "stages" / "exports" / "ab12.mp4").as_uri()
    link = media_link("alice", "p_1", url, "ad-9x16.mp4", secret=secret)
    token = link.split("/")[2]
    readable = [token]
    for piece in re.split(r"[.]", token):
        try:
            readable.append(base64.urlsafe_b64decode(piece + "=" * (-len(piece) % 4)).decode("latin-1"))
        except ValueError:
            pass
    for text in readable:
        assert str(tmp_path) not in text and "file:" not in text and "ab12" not in text, text
    grant = verify_token(token, secret)
    assert (grant.owner, grant.project_id, grant.url) == ("alice", "p_1", url)
