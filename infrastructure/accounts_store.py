"""The accounts of the web interface in a table of the store's database (SQLite or PostgreSQL),
read by every process: an account invited or revoked holds at once everywhere."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from application.accounts import Account
from domain.values import ActorRole
from infrastructure.view_store import ViewStore

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS accounts (
        actor_id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        party_id TEXT,
        display_name TEXT NOT NULL,
        siret TEXT,
        invited_at TEXT NOT NULL,
        invited_by TEXT NOT NULL,
        revoked_at TEXT
    )""",
)

COLUMNS = "actor_id, email, role, party_id, display_name, siret, invited_at, invited_by, revoked_at"


def _row(account: Account) -> tuple[Any, ...]:
    return (
        account.actor_id,
        account.email,
        account.role.value,
        str(account.party_id) if account.party_id else None,
        account.display_name,
        account.siret,
        account.invited_at.isoformat(),
        account.invited_by,
        account.revoked_at.isoformat() if account.revoked_at else None,
    )


def _account(row: tuple[Any, ...]) -> Account:
    actor_id, email, role, party_id, display_name, siret, invited_at, invited_by, revoked_at = row
    return Account(
        actor_id=str(actor_id),
        email=str(email),
        role=ActorRole(role),
        party_id=UUID(party_id) if party_id else None,
        display_name=str(display_name),
        siret=siret,
        invited_at=datetime.fromisoformat(invited_at),
        invited_by=str(invited_by),
        revoked_at=datetime.fromisoformat(revoked_at) if revoked_at else None,
    )


class SqlAccountStore:
    def __init__(self, store: ViewStore) -> None:
        self.store = store
        with store.schema_transaction() as rows:
            for statement in SCHEMA:
                rows.execute(statement)

    def add(self, account: Account) -> None:
        with self.store.transaction() as rows:
            rows.execute(
                f"INSERT INTO accounts ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 - constants
                _row(account),
            )

    def _one(self, column: str, value: str) -> Account | None:
        found = self.store.query(f"SELECT {COLUMNS} FROM accounts WHERE {column} = ?", (value,))  # noqa: S608
        return _account(found[0]) if found else None

    def by_actor(self, actor_id: str) -> Account | None:
        return self._one("actor_id", actor_id)

    def by_email(self, email: str) -> Account | None:
        return self._one("email", email)

    def replace(self, account: Account) -> None:
        actor_id, *values = _row(account)
        with self.store.transaction() as rows:
            rows.execute(
                "UPDATE accounts SET email = ?, role = ?, party_id = ?, display_name = ?, siret = ?, "
                "invited_at = ?, invited_by = ?, revoked_at = ? WHERE actor_id = ?",
                (*values, actor_id),
            )

    def all(self) -> list[Account]:
        return [_account(row) for row in self.store.query(f"SELECT {COLUMNS} FROM accounts")]  # noqa: S608
