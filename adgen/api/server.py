"""`adgen api`: the HTTP API served by uvicorn (one process; run several behind a balancer)."""

from __future__ import annotations

import sys

from adgen.settings import Settings

DEFAULT_PORT = 8080


def api_command(*, port: int = DEFAULT_PORT, host: str = "127.0.0.1") -> list[str]:
    """The command that starts the API as a child process (what `adgen up` runs)."""
    code = "import sys; from adgen.cli import main; sys.exit(main())"
    return [sys.executable, "-c", code, "api", "--port", str(port), "--host", host]


def run_api(settings: Settings, *, port: int = DEFAULT_PORT, host: str = "127.0.0.1") -> int:
    """Serve the API in the foreground until Ctrl-C or SIGTERM."""
    import uvicorn

    from adgen.api.app import create_app

    print(f"adgen API on http://{host}:{port} (docs at /docs; Ctrl-C stops it)", flush=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", proxy_headers=False)
    return 0


__all__ = ["DEFAULT_PORT", "api_command", "run_api"]
