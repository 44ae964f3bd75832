"""Webhooks: signed notifications of finished renders and batches, with retries and a log.

An owner registers a URL for some of :data:`EVENTS`; the secret is shown once, then only used to
sign. Each notification is one *delivery* (a row in the log) tried by an RQ job, again with
exponential back-off (RQ's own ``Retry`` and scheduler) until it is answered 2xx or the retries
run out; every attempt is logged with its status or error. The body is JSON; the header
``Adgen-Signature: t=<unix time>,v1=<hex>`` carries HMAC-SHA256 of ``"<t>.<body>"`` under the
secret, so a receiver checks origin, integrity and freshness in a few lines (README).

Deliveries go through the safe fetcher's connection layer: the address is checked after DNS
resolution and the connection pinned to it, so a webhook cannot reach a private address unless
``ADGEN_WEBHOOK_ALLOW_HOSTS`` names it. Redirects are not followed.
"""

from __future__ import annotations

import abc
import hashlib
import hmac
import ipaddress
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from adgen.api.database import SQLiteDatabase, now_iso
from adgen.settings import Settings

EventName = Literal["render.completed", "render.failed", "batch.completed"]
EVENTS: tuple[str, ...] = ("render.completed", "render.failed", "batch.completed")
SIGNATURE_HEADER = "Adgen-Signature"
USER_AGENT = "adgen-webhooks/1"
MAX_WEBHOOKS_PER_OWNER = 20


class WebhookError(ValueError):
    """A webhook URL that cannot be used; the message says why."""


@dataclass(frozen=True)
class Webhook:
    webhook_id: str
    owner: str
    url: str
    events: tuple[str, ...]
    description: str
    created_at: str
    secret: str = ""  # only for signing; never sent back after registration

    def to_wire(self) -> dict[str, Any]:
        return {
            "webhookId": self.webhook_id,
            "url": self.url,
            "events": list(self.events),
            "description": self.description,
            "createdAt": self.created_at,
        }


@dataclass(frozen=True)
class Delivery:
    delivery_id: str
    webhook_id: str
    event: str
    event_id: str
    payload: str
    state: str  # pending | delivered | retrying | failed
    attempts: int
    last_status: int | None
    last_error: str | None
    created_at: str
    updated_at: str

    def to_wire(self) -> dict[str, Any]:
        return {
            "deliveryId": self.delivery_id,
            "webhookId": self.webhook_id,
            "event": self.event,
            "eventId": self.event_id,
            "state": self.state,
            "attempts": self.attempts,
            "lastStatus": self.last_status,
            "lastError": self.last_error,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "payload": json.loads(self.payload),
        }


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The signature header value for ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def check_url(url: str, settings: Settings) -> str:
    """The URL if a webhook may be sent there now (form and resolved addresses); WebhookError if not."""
    from adgen.product_page.addresses import AddressPolicy
    from adgen.product_page.fetch import FetchError, check_link
    from adgen.product_page.network import resolve

    try:
        parsed = check_link(url)
    except FetchError as exc:
        raise WebhookError(str(exc).replace("product page", "webhook receiver")) from None
    policy = AddressPolicy.from_setting(settings.webhook_allow_hosts)
    try:
        addresses = resolve(parsed.host, parsed.port or (443 if parsed.scheme == "https" else 80))
    except Exception:  # noqa: BLE001 - httpcore.ConnectError with the resolver's reason
        raise WebhookError(f"The host {parsed.host} could not be resolved; check the webhook URL.") from None
    for address in addresses:
        reason = policy.refusal(parsed.host, ipaddress.ip_address(address))
        if reason:
            raise WebhookError(
                f"Webhooks are only sent to public addresses; {parsed.host} resolves to {address}, {reason}. "
                "An operator can allow it with ADGEN_WEBHOOK_ALLOW_HOSTS."
            )
    return str(parsed)


class WebhookStore(abc.ABC):
    """Registrations and the delivery log; small, so a PostgreSQL twin only implements these."""

    @abc.abstractmethod
    def register(self, owner: str, url: str, events: list[str], description: str = "") -> Webhook:
        """A new webhook with a fresh secret (in the returned value only)."""

    @abc.abstractmethod
    def list_webhooks(self, owner: str) -> list[Webhook]: ...

    @abc.abstractmethod
    def delete(self, owner: str, webhook_id: str) -> bool: ...

    @abc.abstractmethod
    def subscribers(self, owner: str, event: str) -> list[Webhook]:
        """The owner's webhooks that want ``event``."""

    @abc.abstractmethod
    def add_delivery(
        self, webhook: Webhook, event: str, event_id: str, payload: dict[str, Any]
    ) -> Delivery: ...

    @abc.abstractmethod
    def delivery(self, delivery_id: str) -> tuple[Delivery, Webhook] | None:
        """A delivery and its webhook (None once the webhook is deleted)."""

    @abc.abstractmethod
    def record_attempt(
        self, delivery_id: str, *, state: str, status: int | None, error: str | None
    ) -> None: ...

    @abc.abstractmethod
    def deliveries(self, owner: str, webhook_id: str, limit: int = 100) -> list[Delivery] | None:
        """The webhook's deliveries, newest first (None: no such webhook for this owner)."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS webhooks (
    webhook_id  TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    url         TEXT NOT NULL,
    events      TEXT NOT NULL,
    description TEXT NOT NULL,
    secret      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS webhooks_by_owner ON webhooks (owner);
CREATE TABLE IF NOT EXISTS webhook_deliveries (
    delivery_id TEXT PRIMARY KEY,
    webhook_id  TEXT NOT NULL REFERENCES webhooks (webhook_id) ON DELETE CASCADE,
    event       TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    payload     TEXT NOT NULL,
    state       TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_status INTEGER,
    last_error  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX IF NOT EXISTS deliveries_by_webhook ON webhook_deliveries (webhook_id, created_at);
"""


def _webhook(row: Any) -> Webhook:
    return Webhook(
        webhook_id=row["webhook_id"],
        owner=row["owner"],
        url=row["url"],
        events=tuple(json.loads(row["events"])),
        description=row["description"],
        created_at=row["created_at"],
        secret=row["secret"],
    )


def _delivery(row: Any) -> Delivery:
    return Delivery(**{name: row[name] for name in Delivery.__dataclass_fields__})


class SQLiteWebhookStore(WebhookStore):
    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def register(self, owner: str, url: str, events: list[str], description: str = "") -> Webhook:
        hook = Webhook(
            webhook_id="wh_" + secrets.token_hex(8),
            owner=owner,
            url=url,
            events=tuple(dict.fromkeys(events)),
            description=description.strip()[:200],
            created_at=now_iso(),
            secret="whsec_" + secrets.token_urlsafe(32),
        )
        with self.db.transaction(write=True) as conn:
            (count,) = conn.execute("SELECT COUNT(*) FROM webhooks WHERE owner = ?", (owner,)).fetchone()
            if count >= MAX_WEBHOOKS_PER_OWNER:
                raise WebhookError(
                    f"An owner may register at most {MAX_WEBHOOKS_PER_OWNER} webhooks; delete one first."
                )
            conn.execute(
                "INSERT INTO webhooks (webhook_id, owner, url, events, description, secret, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    hook.webhook_id,
                    owner,
                    hook.url,
                    json.dumps(list(hook.events)),
                    hook.description,
                    hook.secret,
                    hook.created_at,
                ),
            )
        return hook

    def list_webhooks(self, owner: str) -> list[Webhook]:
        with self.db.transaction(write=False) as conn:
            rows = conn.execute(
                "SELECT * FROM webhooks WHERE owner = ? ORDER BY created_at", (owner,)
            ).fetchall()
        return [_webhook(r) for r in rows]

    def delete(self, owner: str, webhook_id: str) -> bool:
        with self.db.transaction(write=True) as conn:  # its deliveries go with it (ON DELETE CASCADE)
            cursor = conn.execute(
                "DELETE FROM webhooks WHERE owner = ? AND webhook_id = ?", (owner, webhook_id)
            )
            conn.execute("DELETE FROM webhook_deliveries WHERE webhook_id = ?", (webhook_id,))
        return cursor.rowcount > 0

    def subscribers(self, owner: str, event: str) -> list[Webhook]:
        return [w for w in self.list_webhooks(owner) if event in w.events]

    def add_delivery(self, webhook: Webhook, event: str, event_id: str, payload: dict[str, Any]) -> Delivery:
        now = now_iso()
        delivery_id = "dlv_" + secrets.token_hex(8)
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
        with self.db.transaction(write=True) as conn:
            conn.execute(
                "INSERT INTO webhook_deliveries (delivery_id, webhook_id, event, event_id, payload, state, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?) "
                "ON CONFLICT (webhook_id, event_id) DO NOTHING",
                (delivery_id, webhook.webhook_id, event, event_id, body, now, now),
            )
            row = conn.execute(
                "SELECT * FROM webhook_deliveries WHERE webhook_id = ? AND event_id = ?",
                (webhook.webhook_id, event_id),
            ).fetchone()
        return _delivery(row)

    def delivery(self, delivery_id: str) -> tuple[Delivery, Webhook] | None:
        with self.db.transaction(write=False) as conn:
            row = conn.execute(
                "SELECT * FROM webhook_deliveries WHERE delivery_id = ?", (delivery_id,)
            ).fetchone()
            hook = (
                conn.execute("SELECT * FROM webhooks WHERE webhook_id = ?", (row["webhook_id"],)).fetchone()
                if row
                else None
            )
        return (_delivery(row), _webhook(hook)) if row and hook else None

    def record_attempt(self, delivery_id: str, *, state: str, status: int | None, error: str | None) -> None:
        with self.db.transaction(write=True) as conn:
            conn.execute(
                "UPDATE webhook_deliveries SET state = ?, attempts = attempts + 1, last_status = ?, "
                "last_error = ?, updated_at = ? WHERE delivery_id = ?",
                (state, status, error, now_iso(), delivery_id),
            )

    def deliveries(self, owner: str, webhook_id: str, limit: int = 100) -> list[Delivery] | None:
        with self.db.transaction(write=False) as conn:
            hook = conn.execute(
                "SELECT 1 FROM webhooks WHERE owner = ? AND webhook_id = ?", (owner, webhook_id)
            ).fetchone()
            if hook is None:
                return None
            rows = conn.execute(
                "SELECT * FROM webhook_deliveries WHERE webhook_id = ? ORDER BY created_at DESC LIMIT ?",
                (webhook_id, limit),
            ).fetchall()
        return [_delivery(r) for r in rows]


def open_webhook_store(settings: Settings) -> SQLiteWebhookStore:
    return SQLiteWebhookStore(SQLiteDatabase(settings.api_database_path, _SCHEMA))


class DeliveryFailed(RuntimeError):
    """One attempt did not reach the receiver or was not answered 2xx (RQ retries the job)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def attempt_delivery(settings: Settings, delivery: Delivery, webhook: Webhook) -> int:
    """POST one delivery, signed now; the receiver's status. DeliveryFailed unless it is 2xx.

    A refused address raises :class:`PermanentFailure`: trying again would not help.
    """
    from adgen.product_page.addresses import AddressPolicy
    from adgen.product_page.fetch import FetchError, check_link
    from adgen.product_page.network import AddressRefused, CheckedTransport, Deadline

    body = delivery.payload.encode()
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: sign(webhook.secret, timestamp, body),
        "Adgen-Event": delivery.event,
        "Adgen-Delivery": delivery.delivery_id,
    }
    try:
        url = check_link(webhook.url)
    except FetchError as exc:
        raise PermanentFailure(str(exc)) from None
    timeout = settings.webhook_timeout_sec
    transport = CheckedTransport(
        AddressPolicy.from_setting(settings.webhook_allow_hosts), Deadline(timeout, timeout)
    )
    try:
        with httpx.Client(
            transport=transport, trust_env=False, follow_redirects=False, timeout=timeout
        ) as client:
            response = client.post(url, content=body, headers=headers)
    except AddressRefused as exc:
        raise PermanentFailure(
            f"{exc.host} resolves to {exc.address}, {exc.reason}; webhooks go to public addresses only."
        ) from None
    except httpx.HTTPError as exc:
        raise DeliveryFailed(f"could not reach {url.host}: {type(exc).__name__}") from None
    if not 200 <= response.status_code < 300:
        raise DeliveryFailed(f"the receiver answered {response.status_code}", response.status_code)
    return response.status_code


class PermanentFailure(DeliveryFailed):
    """A delivery that no retry can make succeed (a refused address, an invalid URL)."""


__all__ = [
    "EVENTS",
    "SIGNATURE_HEADER",
    "Delivery",
    "DeliveryFailed",
    "PermanentFailure",
    "Webhook",
    "WebhookError",
    "WebhookStore",
    "attempt_delivery",
    "check_url",
    "open_webhook_store",
    "sign",
]
