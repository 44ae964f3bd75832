"""The parts of the web chat's defences that need no server: which sessions the settings accept,
the sign-in back-off's arithmetic and memory bound, the origin list, and the text filters."""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from adgen.settings import Settings
from adgen.web.auth import LOCAL_USER, SessionPolicy, credential_tag
from adgen.web.guard import allowed_origins, content_security_policy
from adgen.web.safe_text import escape_markdown, redact_paths
from adgen.web.sign_in_limits import SignInLimiter, wait_sentence

SECRET = "an instance secret of some length"


def settings_for(data_dir, **env) -> Settings:
    return Settings(_env_file=None, ADGEN_DATA_DIR=str(data_dir), **env)


def claims(name, **metadata):
    return {"identifier": name, "metadata": metadata}


def test_password_sessions_are_bound_to_the_current_password(data_dir):
    policy = SessionPolicy(
        settings_for(data_dir, ADGEN_AUTH="password", ADGEN_USERS="alice:pw1,bob:pw2"), SECRET
    )
    alice = policy.session_metadata("alice")
    assert alice["provider"] == "password" and "pw1" not in str(alice)
    assert policy.accepts(claims("alice", **alice), {})
    assert not policy.accepts(claims("bob", **alice), {})  # alice's tag does not open bob
    assert not policy.accepts(claims("alice", provider="password"), {})  # a session from before tags
    assert not policy.accepts(claims("mallory", provider="password", credential=alice["credential"]), {})
    assert not policy.accepts(claims(LOCAL_USER, provider="local"), {})
    changed = SessionPolicy(settings_for(data_dir, ADGEN_AUTH="password", ADGEN_USERS="alice:pw9"), SECRET)
    assert not changed.accepts(claims("alice", **alice), {})
    rotated = SessionPolicy(
        settings_for(data_dir, ADGEN_AUTH="password", ADGEN_USERS="alice:pw1"), "new secret"
    )
    assert not rotated.accepts(claims("alice", **alice), {})
    # The tag is a slow keyed hash: the same inputs give the same tag, any change another one.
    assert credential_tag(SECRET, "alice", "pw1") == alice["credential"]
    assert credential_tag(SECRET, "alice", "pw1 ") != alice["credential"]


def test_none_and_header_sessions_are_bound_to_their_mode(data_dir):
    none = SessionPolicy(settings_for(data_dir), SECRET)
    assert none.accepts(claims(LOCAL_USER, **none.session_metadata(LOCAL_USER)), {})
    assert not none.accepts(claims("alice", provider="local"), {})
    assert not none.accepts(claims(LOCAL_USER, provider="header"), {})
    header = SessionPolicy(settings_for(data_dir, ADGEN_AUTH="header"), SECRET)
    carol = claims("carol", **header.session_metadata("carol"))
    assert header.accepts(carol, {}) and header.accepts(carol, {"X-Forwarded-User": "carol"})
    assert not header.accepts(carol, {"X-Forwarded-User": "dave"})  # the proxy now says someone else
    assert not header.accepts(claims(LOCAL_USER, provider="local"), {})
    assert not header.accepts({"identifier": "carol"}, {}) and not header.accepts({}, {})


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_back_off_doubles_after_the_free_tries_and_is_capped():
    clock = Clock()
    limiter = SignInLimiter(clock=clock)
    waits = []
    for _ in range(16):
        assert limiter.wait_for("alice", "10.0.0.1") == 0
        limiter.failed("alice", "10.0.0.1")
        waits.append(limiter.wait_for("alice", "10.0.0.1"))
        assert limiter.wait_for("alice", "10.9.9.9") == waits[-1]  # the name is locked everywhere
        clock.now += waits[-1]
    assert waits[:5] == [0, 0, 0, 0, 0]
    assert waits[5:11] == [2, 4, 8, 16, 32, 64]
    assert max(waits) == 900  # a quarter of an hour at most
    assert wait_sentence(0.2) == (1, "Too many wrong passwords; try again in 1 second.")
    assert wait_sentence(61.5)[0] == 62


def test_a_right_password_clears_the_user_but_not_the_address():
    clock = Clock()
    limiter = SignInLimiter(free_per_user=2, free_per_address=3, clock=clock)
    for name in ("a", "b", "c", "d"):
        limiter.failed(name, "10.0.0.1")
    assert limiter.wait_for("someone", "10.0.0.1") == 2  # the address is over its free tries
    limiter.succeeded("d")
    assert limiter.wait_for("someone", "10.0.0.1") == 2
    assert limiter.wait_for("d", "10.0.0.2") == 0
    clock.now += 3601  # an hour without failures: forgotten
    limiter.failed("x", "10.0.0.1")
    assert limiter.wait_for("x", "10.0.0.1") == 0


def test_a_flood_of_names_cannot_fill_the_memory():
    limiter = SignInLimiter(max_tracked=1000, clock=Clock())
    for i in range(20_000):
        limiter.failed(f"user{i}", f"10.0.{i // 250}.{i % 250}")
    assert len(limiter.records) <= 1000


def test_allowed_origins_are_parsed_and_bad_ones_named(data_dir):
    parsed = allowed_origins(
        settings_for(data_dir, ADGEN_ALLOWED_ORIGINS=" https://Ads.Example.com/ ,http://x:8080")
    )
    assert parsed == {"https://ads.example.com", "http://x:8080"}
    with pytest.raises(ValueError, match="must look like https://ads.example.com"):
        allowed_origins(settings_for(data_dir, ADGEN_ALLOWED_ORIGINS="ads.example.com"))
    with pytest.raises(ValueError, match="must look like"):
        allowed_origins(settings_for(data_dir, ADGEN_ALLOWED_ORIGINS="https://ads.example.com/chat"))


def test_policy_lets_media_come_from_s3_only_when_media_is_on_s3(data_dir):
    page = "<script>\nwindow.x = 1;\n</script><script type=module src=/a.js></script>"
    local = content_security_policy(settings_for(data_dir), page)
    assert "img-src 'self' data: blob:;" in local and "'sha256-" in local and local.count("'sha256-") == 1
    s3 = content_security_policy(
        settings_for(data_dir, ADGEN_S3_BUCKET="b", AWS_ENDPOINT_URL="http://127.0.0.1:9000"), page
    )
    assert "media-src 'self' blob: http://127.0.0.1:9000;" in s3
    aws = content_security_policy(settings_for(data_dir, ADGEN_S3_BUCKET="b"), page)
    assert "img-src 'self' data: blob: https://*.amazonaws.com;" in aws


def test_server_paths_become_file_names():
    error = (
        "the product image file:///srv/adgen/media/blobs/ab/abcd.png cannot be read: "
        "[Errno 2] No such file or directory: '/srv/adgen/media/blobs/ab/abcd.png'"
    )
    assert redact_paths(error) == (
        "the product image abcd.png cannot be read: [Errno 2] No such file or directory: 'abcd.png'"
    )
    assert redact_paths("stored at s3://bucket/adgen/stages/x.mp4") == "stored at x.mp4"
    kept = "see https://example.com/a/b.png, [9:16](/media/TOKEN/ad-9x16.mp4), 1/2, /open p_1, 9:16"
    assert redact_paths(kept) == kept


@pytest.mark.parametrize(
    "hostile",
    [
        "![pixel](https://spy.example/p.png)",
        "![x][ref]\n\n[ref]: https://spy.example/p.png",
        "<img src=https://spy.example/p.png>",
        "[click](javascript:alert(1)) and <https://spy.example>",
        "**bold** _it_ `code` ~~gone~~ | pipe \\ slash",
    ],
)
def test_escaped_user_text_is_shown_as_written(hostile):
    page = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(escape_markdown(hostile))
    assert not re.search(r"<(img|a|em|strong|code|s|del)\b", page), page
    shown = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert " ".join(shown.split()) == " ".join(hostile.split())
