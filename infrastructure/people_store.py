"""The registry of people in a table of the store's database (SQLite or PostgreSQL). Unlike the
events, its rows are updated: erasure overwrites a person's details with NULLs."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from application.people import Person
from infrastructure.view_store import ViewStore

SCHEMA = """CREATE TABLE IF NOT EXISTS people (
    person_id TEXT PRIMARY KEY,
    party_id TEXT NOT NULL,
    full_name TEXT,
    function TEXT,
    email TEXT,
    phone TEXT,
    registered_at TEXT NOT NULL,
    erased_at TEXT
)"""

COLUMNS = "person_id, party_id, full_name, function, email, phone, registered_at, erased_at"


def _row(person: Person) -> tuple[Any, ...]:
    return (
        str(person.person_id),
        str(person.party_id),
        person.full_name,
        person.function,
        person.email,
        person.phone,
        person.registered_at.isoformat(),
        person.erased_at.isoformat() if person.erased_at else None,
    )


class SqlPeopleStore:
    def __init__(self, store: ViewStore) -> None:
        self.store = store
        with store.schema_transaction() as rows:
            rows.execute(SCHEMA)

    def add(self, person: Person) -> None:
        with self.store.transaction() as rows:
            rows.execute(f"INSERT INTO people ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", _row(person))  # noqa: S608

    def replace(self, person: Person) -> None:
        person_id, *values = _row(person)
        with self.store.transaction() as rows:
            rows.execute(
                "UPDATE people SET party_id = ?, full_name = ?, function = ?, email = ?, phone = ?, "
                "registered_at = ?, erased_at = ? WHERE person_id = ?",
                (*values, person_id),
            )

    def close(self) -> None:
        self.store.close()

    def get(self, person_id: UUID) -> Person | None:
        row = self.store.query(f"SELECT {COLUMNS} FROM people WHERE person_id = ?", (str(person_id),))  # noqa: S608
        if not row:
            return None
        pid, party, name, function, email, phone, registered, erased = row[0]
        return Person(
            UUID(pid),
            UUID(party),
            name,
            function,
            email,
            phone,
            datetime.fromisoformat(registered),
            datetime.fromisoformat(erased) if erased else None,
        )
