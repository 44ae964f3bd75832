"""The `adgen` command line: parses arguments and hands off to the module that does the work.

Imports happen inside each command so `adgen schema` does not pay for Chainlit or LangGraph.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from adgen.settings import Settings, get_settings


def _schema(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.project import json_schema
    from adgen.tools.operations import operation_schema

    schema = operation_schema() if args.operations else json_schema()
    print(json.dumps(schema, indent=2))
    return 0


def _render(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.pipeline.document import render_document

    project = render_document(Path(args.project), Path(args.out), args.quality, settings)
    state = project.render_status.state
    print(f"{project.project_id} v{project.version}: {state}")
    for aspect, url in project.aspect_exports.items():
        print(f"  {aspect}: {url}")
    if project.preflight:
        from adgen.preflight.report import summary_lines, summary_of

        print("\n".join(summary_lines(summary_of(project.preflight) or {})))
    return 0 if state in ("completed", "completed_with_warnings") else 1


def _worker(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.jobs.worker import run_worker

    return run_worker(settings, burst=args.burst, name=args.name)


def _up(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.launcher import run_up

    return run_up(settings, port=args.port, workers=args.workers, host=args.host, api_port=args.api_port)


def _web(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.web.server import run_web

    return run_web(settings, port=args.port, host=args.host)


def _api(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.api.server import run_api

    return run_api(settings, port=args.port, host=args.host)


def _keys(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.api.keys_cli import run_keys

    return run_keys(args, settings)


def _replay(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.agent.replay import run_replay

    return run_replay(Path(args.log), Path(args.out), render=args.render, check=args.check, settings=settings)


def _slack(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.slack.server import run_slack

    return run_slack(settings, port=args.port, socket_mode=args.socket_mode, host=args.host)


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.agent.chat_cli import run_chat

    return run_chat(settings, owner=args.owner)


def _ad_from_url(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.agent.ad_from_url import run_ad_from_url

    out = Path(args.out) if args.out else None
    if args.render and out is None:
        print("adgen ad-from-url: --render needs --out DIR (where the videos go).", file=sys.stderr)
        return 2
    return run_ad_from_url(args.source, settings, out=out, request=args.request or "", render=args.render)


def _check(args: argparse.Namespace, settings: Settings) -> int:
    from adgen.preflight.document import run_check

    names = [n.strip() for n in args.presets.split(",") if n.strip()] if args.presets else None
    return run_check(Path(args.project), names, as_json=args.json, verbose=args.verbose, settings=settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="adgen", description="Chat-driven video ad studio.")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(
        name: str, handler: Callable[[argparse.Namespace, Settings], int], help: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(handler=handler)
        return p

    p = command("schema", _schema, "print the JSON Schema of the AdProject document")
    p.add_argument("--operations", action="store_true", help="print the edit operations' schema instead")

    p = command("render", _render, "render a project document to videos")
    p.add_argument("project", help="path to an AdProject JSON file")
    p.add_argument("--out", required=True, help="folder for the exports, posters and report")
    p.add_argument("--quality", choices=("draft", "final"), default="final")

    p = command("check", _check, "pre-flight check of a rendered project's exports (exit 1 on a failure)")
    p.add_argument("project", help="path to a rendered AdProject JSON file (its aspectExports are checked)")
    p.add_argument(
        "--presets", default=None, help="comma-separated presets to check for, e.g. tiktok,reels,4:5"
    )
    p.add_argument(
        "--json", action="store_true", help="print the report as JSON (the document's preflight field)"
    )
    p.add_argument("--verbose", action="store_true", help="list every failing finding, not only the worst")

    p = command("worker", _worker, "run one job worker")
    p.add_argument("--burst", action="store_true", help="exit when the queues are empty")
    p.add_argument("--name", default=None)

    p = command("up", _up, "start Redis (if needed), workers, the web chat and the HTTP API")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--api-port", type=int, default=8080, help="the HTTP API's port")

    p = command("web", _web, "run the web chat alone")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1")

    p = command("api", _api, "run the HTTP API (OpenAPI docs at /docs)")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--host", default="127.0.0.1")

    p = command("keys", _keys, "create, list or revoke API keys")
    keys = p.add_subparsers(dest="keys_command", required=True)
    k = keys.add_parser("create", help="create a key (shown once)")
    k.add_argument("--owner", required=True)
    k.add_argument("--scope", choices=("read", "write"), default="write")
    k.add_argument("--name", default="")
    k = keys.add_parser("list", help="list an owner's keys")
    k.add_argument("--owner", required=True)
    k = keys.add_parser("revoke", help="revoke a key by its id")
    k.add_argument("key_id")

    p = command("replay", _replay, "replay a recorded conversation log")
    p.add_argument("log", help="a conversation log (JSON Lines)")
    p.add_argument("--out", required=True, help="folder for transcript.jsonl and projects/")
    p.add_argument("--render", action="store_true", help="also render the final projects at final quality")
    p.add_argument("--check", action="store_true", help="exit 1 if the operations differ from the log's")

    p = command("slack", _slack, "run the Slack adapter")
    p.add_argument("--port", type=int, default=3000)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--socket-mode", action="store_true", help="use Socket Mode (needs SLACK_APP_TOKEN)")

    p = command(
        "ad-from-url",
        _ad_from_url,
        "read a product page (link or saved .html): what was read, the brief, the ad",
    )
    p.add_argument(
        "source", help="the product page's http(s) link, or a saved page (.html file or its folder)"
    )
    p.add_argument(
        "--out", default=None, help="folder for the ad (project.json), page.json and the chosen product image"
    )
    p.add_argument("--request", default="", help="the marketer's words besides the link (mood, length…)")
    p.add_argument("--render", action="store_true", help="also render the ad at final quality into --out")

    p = command("chat", _chat, "chat with the agent in the terminal")
    p.add_argument("--owner", default="local")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = get_settings()
    try:
        return args.handler(args, settings)
    except KeyboardInterrupt:
        return 130
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'document'}: {err['msg']}" for err in exc.errors()[:5]
        )
        print(f"adgen {args.command}: invalid {exc.title} ({problems})", file=sys.stderr)
        return 2
    except (FileNotFoundError, ValueError) as exc:
        # Bad input from the command line reads as a one-line error, not a traceback.
        print(f"adgen {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
