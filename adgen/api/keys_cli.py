"""`adgen keys create|list|revoke`: API keys from the command line (the plaintext is printed once)."""

from __future__ import annotations

import argparse
import sys

from adgen.api.keys import ApiKeyError, open_key_store
from adgen.settings import Settings


def run_keys(args: argparse.Namespace, settings: Settings) -> int:
    store = open_key_store(settings)
    if args.keys_command == "create":
        try:
            info, plaintext = store.create(args.owner, scope=args.scope, name=args.name)
        except ApiKeyError as exc:
            print(f"adgen keys: {exc}", file=sys.stderr)
            return 2
        print(plaintext)
        print(
            f"key {info.key_id} for {info.owner} ({info.scope}); store it now, it is not shown again.",
            file=sys.stderr,
        )
        return 0
    if args.keys_command == "list":
        for info in store.list_keys(args.owner):
            state = f"revoked {info.revoked_at}" if info.revoked_at else "active"
            print(f"{info.key_id}  {info.scope:5}  {state:40}  {info.name}")
        return 0
    revoked = store.revoke(args.key_id)
    if revoked is None:
        print(f"adgen keys: there is no key {args.key_id!r}.", file=sys.stderr)
        return 1
    print(f"key {revoked.key_id} of {revoked.owner} revoked")
    return 0


__all__ = ["run_keys"]
