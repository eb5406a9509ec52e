"""Bearer tokens, in the database (issue 16): a table of the store's own database, one row per
actor, the token kept as its SHA-256 (no secret in clear). Every process reads the same rows in
transactions: a token issued or revoked holds at once everywhere, and concurrent issues and
revocations lose nothing (the JSON file of earlier versions lost 98 of 160 tokens and undid 7
of 20 revocations under 8 concurrent writers).

With the in-memory event store (tests), tokens live in a SQLite file beside
``CONVENTIONS_TOKENS_FILE``, so that the tests and the API they start share them. A token file
left by an earlier version is imported once (then renamed ``….imported``: a token revoked since
must not come back).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from domain.values import Actor, ActorRole
from infrastructure.settings import Settings
from infrastructure.view_store import ViewStore

SCHEMA = """CREATE TABLE IF NOT EXISTS api_tokens (
    actor_id TEXT PRIMARY KEY,
    token_sha256 TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    party_id TEXT,
    issued_at TEXT NOT NULL
)"""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


_STORES: dict[str, ViewStore] = {}
_STORES_LOCK = threading.Lock()


def _store_for(url: str) -> ViewStore:
    """One connection pool per database and process for the tokens, however many registries
    are opened (every test, command and API builds one)."""
    with _STORES_LOCK:
        store = _STORES.get(url)
        if store is None:
            store = _STORES[url] = ViewStore(url)
        return store


class Tokens:
    def __init__(self, store: ViewStore) -> None:
        self.store = store
        with store.schema_transaction() as rows:
            rows.execute(SCHEMA)

    @classmethod
    def for_settings(cls, settings: Settings, store: ViewStore | None = None) -> Tokens:
        """The registry of the settings' database (``store``: a view store of it already open,
        whose connections it shares)."""
        url = settings.database_url
        if url.startswith("memory:"):
            url = f"sqlite:///{settings.tokens_file.with_suffix('.sqlite3').resolve()}"
            store = None
        tokens = cls(store or _store_for(url))
        tokens.import_file(settings.tokens_file)
        return tokens

    def authenticate(self, token: str) -> Actor | None:
        found = self.store.query(
            "SELECT actor_id, role, party_id FROM api_tokens WHERE token_sha256 = ?", (token_hash(token),)
        )
        if not found:
            return None
        actor_id, role, party = found[0]
        return Actor(actor_id=str(actor_id), role=ActorRole(role), party_id=UUID(party) if party else None)

    def actors(self, id_prefix: str) -> list[Actor]:
        """The actors holding a token whose id starts so (the demo's: ``demo-``)."""
        found = self.store.query(
            "SELECT actor_id, role, party_id FROM api_tokens WHERE actor_id LIKE ? ORDER BY actor_id",
            (id_prefix.replace("%", "").replace("_", "\\_") + "%",),
        )
        return [
            Actor(actor_id=str(a), role=ActorRole(r), party_id=UUID(p) if p else None) for a, r, p in found
        ]

    def issue(self, actor: Actor) -> str:
        """Create a token for the actor, store its hash, return it (shown once). An actor has
        one token: issuing a new one replaces the previous (rotation), in one statement."""
        token = secrets.token_urlsafe(32)
        with self.store.transaction() as rows:
            rows.execute(
                "INSERT INTO api_tokens (actor_id, token_sha256, role, party_id, issued_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (actor_id) DO UPDATE SET "
                "token_sha256 = excluded.token_sha256, role = excluded.role, "
                "party_id = excluded.party_id, issued_at = excluded.issued_at",
                (
                    actor.actor_id,
                    token_hash(token),
                    actor.role.value,
                    str(actor.party_id) if actor.party_id else None,
                    datetime.now(UTC).isoformat(),
                ),
            )
        return token

    def revoke(self, actor_id: str) -> bool:
        """Remove the actor's token: the next request with it is 401, in every process.
        Returns whether one existed."""
        with self.store.transaction() as rows:
            found = rows.fetch_one(
                "DELETE FROM api_tokens WHERE actor_id = ? RETURNING actor_id", (actor_id,)
            )
        return found is not None

    def import_file(self, path: Path) -> int:
        """Import the token file of an earlier version (hashes, actors, roles, parties), once."""
        if not path.exists():
            return 0
        entries = json.loads(path.read_text())
        with self.store.transaction() as rows:
            for entry in entries:
                rows.execute(
                    "INSERT INTO api_tokens (actor_id, token_sha256, role, party_id, issued_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (
                        str(entry["actor_id"]),
                        str(entry["token_sha256"]),
                        ActorRole(entry["role"]).value,
                        entry.get("party_id"),
                        datetime.now(UTC).isoformat(),
                    ),
                )
        path.replace(path.with_name(path.name + ".imported"))
        return len(entries)
