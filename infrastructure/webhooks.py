"""Webhooks delivered: the subscriptions' table and the dispatcher that follows the log for
each of them, POSTing each event the party may read, signed as Standard Webhooks says
(``webhook-id``, ``webhook-timestamp``, ``webhook-signature: v1,<HMAC-SHA256>``, through the
specification's own library), in order, retried with a growing delay until the receiver
acknowledges it. Rules and cursors: application/webhooks.py; format: docs/webhooks.md.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import httpx
import structlog
from standardwebhooks.webhooks import Webhook

from api.routes.conventions import event_public
from application.base import RecordedEvent
from application.history import FeedFilters
from application.ledger import ConventionLedger
from application.webhooks import Delivery, Subscription
from domain.values import Actor, ActorRole
from infrastructure.view_store import ViewStore

log = structlog.get_logger("webhooks")

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS webhook_subscriptions (
        subscription_id TEXT PRIMARY KEY,
        party_id TEXT NOT NULL,
        url TEXT NOT NULL,
        event_types TEXT NOT NULL,
        secret TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        cursor BIGINT NOT NULL,
        active INTEGER NOT NULL,
        failures INTEGER NOT NULL,
        next_attempt_at TEXT,
        last_error TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS webhook_deliveries (
        subscription_id TEXT NOT NULL,
        position BIGINT NOT NULL,
        webhook_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        attempted_at TEXT NOT NULL,
        attempt INTEGER NOT NULL,
        status INTEGER,
        error TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS webhook_deliveries_by_subscription ON webhook_deliveries (subscription_id, attempted_at)",
)

COLUMNS = (
    "subscription_id, party_id, url, event_types, secret, created_at, created_by, cursor, active, "
    "failures, next_attempt_at, last_error"
)


def _row(s: Subscription) -> tuple[Any, ...]:
    return (
        str(s.subscription_id),
        str(s.party_id),
        s.url,
        json.dumps(list(s.event_types)),
        s.secret,
        s.created_at.isoformat(),
        s.created_by,
        s.cursor,
        1 if s.active else 0,
        s.failures,
        s.next_attempt_at.isoformat() if s.next_attempt_at else None,
        s.last_error,
    )


def _subscription(row: tuple[Any, ...]) -> Subscription:
    sid, party, url, types, secret, created_at, created_by, cursor, active, failures, next_at, error = row
    return Subscription(
        subscription_id=UUID(sid),
        party_id=UUID(party),
        url=url,
        event_types=tuple(json.loads(types)),
        secret=secret,
        created_at=datetime.fromisoformat(created_at),
        created_by=created_by,
        cursor=int(cursor),
        active=bool(active),
        failures=int(failures),
        next_attempt_at=datetime.fromisoformat(next_at) if next_at else None,
        last_error=error,
    )


class SqlWebhookStore:
    def __init__(self, store: ViewStore) -> None:
        self.store = store
        with store.schema_transaction() as rows:
            for statement in SCHEMA:
                rows.execute(statement)

    def add(self, subscription: Subscription) -> None:
        with self.store.transaction() as rows:
            rows.execute(
                f"INSERT INTO webhook_subscriptions ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
                _row(subscription),
            )

    def _where(self, clause: str, params: tuple[Any, ...]) -> list[Subscription]:
        found = self.store.query(
            f"SELECT {COLUMNS} FROM webhook_subscriptions WHERE {clause} ORDER BY created_at",  # noqa: S608
            params,
        )
        return [_subscription(row) for row in found]

    def get(self, subscription_id: UUID) -> Subscription | None:
        found = self._where("subscription_id = ?", (str(subscription_id),))
        return found[0] if found else None

    def of_party(self, party_id: UUID) -> list[Subscription]:
        return self._where("party_id = ?", (str(party_id),))

    def active(self) -> list[Subscription]:
        return self._where("active = ?", (1,))

    def replace(self, subscription: Subscription) -> None:
        row = _row(subscription)
        with self.store.transaction() as rows:
            rows.execute(
                "UPDATE webhook_subscriptions SET party_id = ?, url = ?, event_types = ?, secret = ?, "
                "created_at = ?, created_by = ?, cursor = ?, active = ?, failures = ?, next_attempt_at = ?, "
                "last_error = ? WHERE subscription_id = ?",
                (*row[1:], row[0]),
            )

    def record(self, delivery: Delivery) -> None:
        with self.store.transaction() as rows:
            rows.execute(
                "INSERT INTO webhook_deliveries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(delivery.subscription_id),
                    delivery.position,
                    delivery.webhook_id,
                    delivery.event_type,
                    delivery.attempted_at.isoformat(),
                    delivery.attempt,
                    delivery.status,
                    delivery.error,
                ),
            )

    def deliveries(self, subscription_id: UUID, limit: int, offset: int) -> list[Delivery]:
        found = self.store.query(
            "SELECT subscription_id, position, webhook_id, event_type, attempted_at, attempt, status, error "
            "FROM webhook_deliveries WHERE subscription_id = ? ORDER BY attempted_at DESC, position DESC "
            "LIMIT ? OFFSET ?",
            (str(subscription_id), limit, offset),
        )
        return [
            Delivery(UUID(s), int(p), w, t, datetime.fromisoformat(a), int(n), st, e)
            for s, p, w, t, a, n, st, e in found
        ]


def webhook_body(event: RecordedEvent) -> tuple[str, str, str]:
    """(webhook id, type, body) of an event: the body is the Standard Webhooks envelope
    (``type``, ``timestamp``, ``data``) around the feed's own envelope of the event."""
    envelope = event_public(event).model_dump(mode="json")
    kind = f"{event.stream_type}.{event.type}"
    body = json.dumps(
        {"type": kind, "timestamp": envelope["recorded_at"], "data": envelope},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return str(event.event_id), kind, body


Send = Callable[[str, dict[str, str], bytes], int]
"""POSTs a body to a URL with headers; the receiver's status (raises when unreachable)."""


class WebhookDispatcher:
    """Serves every active subscription whose next attempt is due: the events after its
    cursor that its party reads, up to what the read models have seen (the read rule is theirs),
    one at a time, in order."""

    def __init__(
        self,
        ledger: ConventionLedger,
        store: SqlWebhookStore,
        readers: Any,
        seen_up_to: Callable[[], int],
        *,
        send: Send | None = None,
        first_delay: float = 5.0,
        max_delay: float = 3600.0,
        page_size: int = 100,
    ) -> None:
        self.ledger = ledger
        self.store = store
        self.readers = readers
        self.seen_up_to = seen_up_to
        self.client = httpx.Client(timeout=10.0, follow_redirects=False)
        self.send = send or self._post
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.page_size = page_size
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def _post(self, url: str, headers: dict[str, str], body: bytes) -> int:
        return self.client.post(url, content=body, headers=headers).status_code

    def delay(self, failures: int) -> timedelta:
        """5 s, 10 s, 20 s… up to an hour between attempts, for as long as it takes."""
        return timedelta(seconds=min(self.first_delay * 2 ** (failures - 1), self.max_delay))

    def deliver_due(self) -> int:
        """One round over the subscriptions; the deliveries acknowledged."""
        delivered = 0
        now = datetime.now(UTC)
        until = self.seen_up_to()
        for subscription in self.store.active():
            if subscription.cursor >= until:
                continue
            if subscription.next_attempt_at is not None and subscription.next_attempt_at > now:
                continue
            delivered += self._serve(subscription, until)
        return delivered

    def _serve(self, subscription: Subscription, until: int) -> int:
        actor = Actor(f"webhook-{subscription.subscription_id}", ActorRole.READER, subscription.party_id)
        history = self.ledger.history
        topics = history.topics_of(list(subscription.event_types)) if subscription.event_types else ()
        delivered = 0
        while subscription.cursor < until and not self._stop.is_set():
            query = history.readable_feed(
                FeedFilters(after=subscription.cursor, limit=self.page_size, topics=topics),
                actor,
                self.readers,
            )
            events = history.feed(replace(query, until=until))
            for event in events:
                ok, subscription = self._deliver(subscription, event)
                if not ok:
                    return delivered
                delivered += 1
            if len(events) < self.page_size:
                # Nothing else for it up to what the read models have seen: served that far.
                subscription = replace(subscription, cursor=until)
                self.store.replace(subscription)
        return delivered

    def _deliver(self, subscription: Subscription, event: RecordedEvent) -> tuple[bool, Subscription]:
        webhook_id, kind, body = webhook_body(event)
        sent_at = datetime.now(UTC)
        headers = {
            "content-type": "application/json",
            "user-agent": "conventions-oph-webhooks/1",
            "webhook-id": webhook_id,
            "webhook-timestamp": str(int(sent_at.timestamp())),
            "webhook-signature": Webhook(subscription.secret).sign(webhook_id, sent_at, body),
        }
        attempt = subscription.failures + 1
        status: int | None = None
        error: str | None = None
        try:
            status = self.send(subscription.url, headers, body.encode())
        except httpx.HTTPError as failure:
            error = f"{type(failure).__name__}: {failure}"[:500]
        position = event.position or 0
        self.store.record(
            Delivery(
                subscription.subscription_id, position, webhook_id, kind, sent_at, attempt, status, error
            )
        )
        if status is not None and 200 <= status < 300:
            served = replace(subscription, cursor=position, failures=0, next_attempt_at=None, last_error=None)
            self.store.replace(served)
            return True, served
        reason = error or f"réponse HTTP {status}"
        waiting = replace(
            subscription,
            failures=attempt,
            next_attempt_at=sent_at + self.delay(attempt),
            last_error=reason,
        )
        self.store.replace(waiting)
        log.warning(
            "webhook.failed",
            subscription_id=str(subscription.subscription_id),
            position=position,
            attempt=attempt,
            error=reason,
        )
        return False, waiting

    # --- its thread -----------------------------------------------------------------------

    def run(self, poll_seconds: float = 1.0) -> None:
        while not self._stop.is_set():
            try:
                self.deliver_due()
            except Exception:  # a failing round is tried again; never die silently
                log.exception("webhooks.failed")
            self._wake.wait(poll_seconds)
            self._wake.clear()

    def wake(self) -> None:
        self._wake.set()

    def start(self, poll_seconds: float = 1.0) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, args=(poll_seconds,), name="webhooks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=15)
            self._thread = None
