"""The security headers as Chromium applies them: the Chainlit page still works under the content
security policy (no script, style, socket or media of its own is blocked), it cannot be framed,
and a Markdown image in a brief makes no viewer's browser call the address it names."""

from __future__ import annotations

import http.server
import threading

import pytest
from web_helpers import messages_text, send, start_app, stop_app, wait_for_chat, wait_until

pytestmark = pytest.mark.browser


class _Spy(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server hook's name
        _Spy.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def spy_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Spy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Spy.hits = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def test_the_page_works_under_its_policy_and_calls_no_one(tmp_path, browser, spy_server, artifacts_dir):
    app = start_app(tmp_path, redis_url=None, workers=0, env={})
    page = None
    try:
        violations: list[dict] = []
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.expose_function("reportViolation", lambda v: violations.append(v))
        context.add_init_script(
            """document.addEventListener('securitypolicyviolation', e => window.reportViolation({
                directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample}));"""
        )
        page = context.new_page()
        page.goto(app.base_url + "/")
        wait_for_chat(page)  # the socket (connect-src 'self') is up: the server set the command button
        brief = f"a 15 s ad for Zest soda ![pixel]({spy_server}/brief.png) energetic"
        send(page, brief)
        wait_until(lambda: "On-screen text" in messages_text(page), 60, "the plan")
        send(page, "/projects")
        wait_until(lambda: "Your ads" in messages_text(page), 30, "the list of ads")
        page.wait_for_timeout(1500)
        page.screenshot(path=str(artifacts_dir / "policy.png"))
        assert _Spy.hits == [], f"the browser called {spy_server}: {_Spy.hits}"
        own = [v for v in violations if spy_server not in (v.get("blocked") or "")]
        assert own == [], f"the policy blocked part of the page itself: {own}"
        # The page refuses to be framed by another site.
        framed = context.new_page()
        framed.set_content(f'<iframe id="f" src="{app.base_url}/"></iframe>')
        framed.wait_for_timeout(1500)
        assert framed.frame_locator("#f").locator("#chat-input").count() == 0
        framed.close()
    except Exception:
        if page is not None:
            page.screenshot(path=str(artifacts_dir / "failure.png"))
        print(app.logs())
        raise
    finally:
        stop_app(app)
