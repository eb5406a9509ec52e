"""Where idempotency keys and the answers they gave are kept: a table of the view store's
database (SQLite or PostgreSQL), one row per actor and key."""

from __future__ import annotations

import time

from api.idempotency import Claim, StoredAnswer, decode_headers, encode_headers
from infrastructure.view_store import ViewStore

SCHEMA = """CREATE TABLE IF NOT EXISTS idempotency_keys (
    actor_id TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL,
    claimed_at DOUBLE PRECISION NOT NULL,
    status INTEGER,
    headers TEXT,
    body TEXT,
    PRIMARY KEY (actor_id, key)
)"""


class SqlIdempotencyStore:
    def __init__(self, store: ViewStore) -> None:
        self.store = store
        with store.schema_transaction() as rows:
            rows.execute(SCHEMA)

    def claim(self, actor_id: str, key: str, fingerprint: str) -> Claim:
        now = time.time()
        with self.store.transaction() as rows:
            inserted = rows.fetch_one(
                "INSERT INTO idempotency_keys (actor_id, key, fingerprint, state, claimed_at) "
                "VALUES (?, ?, ?, 'in_flight', ?) ON CONFLICT DO NOTHING RETURNING actor_id",
                (actor_id, key, fingerprint, now),
            )
            if inserted is not None:
                return Claim()
            found = rows.fetch_one(
                "SELECT fingerprint, state, claimed_at, status, headers, body FROM idempotency_keys "  # noqa: S608
                f"WHERE actor_id = ? AND key = ?{rows.lock_clause}",
                (actor_id, key),
            )
            if found is None:  # released in between: claim it
                rows.execute(
                    "INSERT INTO idempotency_keys (actor_id, key, fingerprint, state, claimed_at) "
                    "VALUES (?, ?, ?, 'in_flight', ?)",
                    (actor_id, key, fingerprint, now),
                )
                return Claim()
            stored_fingerprint, state, _claimed_at, status, headers, body = found
            if stored_fingerprint != fingerprint:
                return Claim(conflict="other_body")
            if state == "done":
                return Claim(
                    answer=StoredAnswer(int(status), decode_headers(headers), body.encode("latin-1"))
                )
            # In flight: the first is still running, or its process died before answering. Either
            # way this request runs again: the ledger, which recorded the key with the command's
            # events, answers the recorded result rather than deciding twice.
            rows.execute(
                "UPDATE idempotency_keys SET claimed_at = ? WHERE actor_id = ? AND key = ?",
                (now, actor_id, key),
            )
            return Claim()

    def complete(self, actor_id: str, key: str, answer: StoredAnswer) -> None:
        with self.store.transaction() as rows:
            rows.execute(
                "UPDATE idempotency_keys SET state = 'done', status = ?, headers = ?, body = ? "
                "WHERE actor_id = ? AND key = ?",
                (answer.status, encode_headers(answer.headers), answer.body.decode("latin-1"), actor_id, key),
            )

    def release(self, actor_id: str, key: str) -> None:
        with self.store.transaction() as rows:
            rows.execute("DELETE FROM idempotency_keys WHERE actor_id = ? AND key = ?", (actor_id, key))
