"""Where read models live: SQL tables of the same database as the events (SQLite or
PostgreSQL; for the in-memory store, an in-memory SQLite database), with their transactions
and queries, whatever the database."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlparse

from psycopg_pool import ConnectionPool

from infrastructure.settings import sqlite_path


class _Rows:
    """``Rows`` over a DB-API cursor: SQLite takes the projections' ``?`` parameters as
    they are, psycopg wants ``%s``."""

    def __init__(self, cursor: Any, placeholder: str, lock_clause: str) -> None:
        self.cursor = cursor
        self.placeholder = placeholder
        self.lock_clause = lock_clause
        """Appended to a SELECT that must lock its rows until the transaction ends."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.cursor.execute(sql.replace("?", self.placeholder), tuple(params))

    def execute_many(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        if params:
            self.cursor.executemany(sql.replace("?", self.placeholder), [tuple(p) for p in params])

    def insert(self, table: str, values: Sequence[Sequence[Any]]) -> None:
        if not values:
            return
        if self.placeholder == "%s":
            # PostgreSQL: COPY takes the rows in one stream; an INSERT per row in psycopg's
            # pipeline cost ~0.1 ms each (a rebuild writes hundreds of thousands).
            with self.cursor.copy(f"COPY {table} FROM STDIN") as copy:  # table names are constants
                for row in values:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in values[0])
            self.cursor.executemany(f"INSERT INTO {table} VALUES ({marks})", values)  # noqa: S608

    def fetch_one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        self.execute(sql, params)
        row: tuple[Any, ...] | None = self.cursor.fetchone()
        return row

    def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self.execute(sql, params)
        return list(self.cursor.fetchall())


def _postgres_rows(cursor: Any) -> _Rows:
    return _Rows(cursor, "%s", " FOR UPDATE")


SCHEMA_LOCK_KEY = 0x73636865  # "sche": the read side's tables are created one process at a time


class ViewStore:
    """Where read models live: transactions and queries, whatever the database."""

    def __init__(self, database_url: str) -> None:
        self.url = urlparse(database_url)
        self._lock = threading.Lock()
        self.is_postgres = self.url.scheme in ("postgresql", "postgres")
        self._pool: ConnectionPool | None = None
        self._sqlite: sqlite3.Connection | None = None
        if self.url.scheme in ("postgresql", "postgres"):
            # Every plan made for the parameters of each execution: psycopg prepares a statement
            # run five times, and PostgreSQL may then keep a generic plan made while the read
            # models were nearly empty — sequential scans that a 1M-event catch-up paid on every
            # DELETE … IN (…) (re-planned only after an ANALYZE, which autovacuum may not run).
            # In autocommit, a query alone is one round trip (its own snapshot), where BEGIN,
            # the query and COMMIT were three; a transaction still opens with BEGIN.
            self._pool = ConnectionPool(
                database_url,
                min_size=1,
                max_size=int(os.environ.get("READ_SIDE_POOL_SIZE", "4")),
                open=True,
                kwargs={"options": "-c plan_cache_mode=force_custom_plan", "autocommit": True},
            )
        else:
            path = ":memory:" if self.url.scheme == "memory" else sqlite_path(database_url)
            # One connection, serialised: SQLite has one writer anyway.
            self._sqlite = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        with self.schema_transaction() as rows:
            rows.execute(
                "CREATE TABLE IF NOT EXISTS projection_positions ("
                "projection TEXT PRIMARY KEY, position BIGINT NOT NULL)"
            )

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[_Rows]:
        """One transaction. On SQLite, a write transaction takes the database's write lock at
        once (``BEGIN IMMEDIATE``: no deadlock between two writers that first read); a read
        takes none (the file is in WAL mode: readers and the writer do not block each other)."""
        if self._pool is not None:
            with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cursor:
                yield _postgres_rows(cursor)
            return
        assert self._sqlite is not None  # noqa: S101 - one of the two is set in __init__
        with self._lock:
            sqlite_cursor = self._sqlite.cursor()
            sqlite_cursor.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield _Rows(sqlite_cursor, "?", "")
            except BaseException:
                sqlite_cursor.execute("ROLLBACK")
                raise
            sqlite_cursor.execute("COMMIT")

    @contextmanager
    def schema_transaction(self) -> Iterator[_Rows]:
        """A transaction that creates tables. Processes starting together (API processes, the
        worker, a standby) all create them "if not exists", and two concurrent ``CREATE TABLE IF
        NOT EXISTS`` of one table can both pass the check and one fail on PostgreSQL's catalog;
        so they take one advisory lock, for the transaction, and the later finds them made."""
        with self.transaction() as rows:
            if self.is_postgres:
                rows.execute("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK_KEY,))
            yield rows

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """One statement, read as of one snapshot (a statement's own, on PostgreSQL: no
        transaction around it, so one round trip)."""
        if self._pool is not None:
            with self._pool.connection() as conn, conn.cursor() as cursor:
                return _postgres_rows(cursor).fetch_all(sql, params)
        with self.transaction(write=False) as rows:
            return rows.fetch_all(sql, params)

    def position(self, projection: str) -> int:
        with self.transaction(write=False) as rows:
            row = rows.fetch_one(
                "SELECT position FROM projection_positions WHERE projection = ?", (projection,)
            )
        return int(row[0]) if row else 0

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        if self._sqlite is not None:
            self._sqlite.close()
