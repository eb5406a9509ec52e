"""The auditors' reads, one row each, in a table of the store's database (append-only)."""

from __future__ import annotations

from application.audit import AuditorRead
from infrastructure.view_store import ViewStore

SCHEMA = """CREATE TABLE IF NOT EXISTS auditor_reads (
    read_at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    path TEXT NOT NULL,
    query TEXT NOT NULL
)"""


class SqlAuditorReads:
    def __init__(self, store: ViewStore) -> None:
        self.store = store
        with store.schema_transaction() as rows:
            rows.execute(SCHEMA)
            rows.execute("CREATE INDEX IF NOT EXISTS auditor_reads_at ON auditor_reads (read_at)")

    def record(self, read: AuditorRead) -> None:
        with self.store.transaction() as rows:
            rows.execute(
                "INSERT INTO auditor_reads VALUES (?, ?, ?, ?)",
                (read.read_at, read.actor_id, read.path, read.query),
            )

    def list(self, actor_id: str | None, limit: int, offset: int) -> list[AuditorRead]:
        where, params = ("WHERE actor_id = ? ", [actor_id]) if actor_id else ("", [])
        found = self.store.query(
            f"SELECT read_at, actor_id, path, query FROM auditor_reads {where}"  # noqa: S608
            "ORDER BY read_at DESC, path LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [AuditorRead(actor_id=a, path=p, query=q, read_at=t) for t, a, p, q in found]
