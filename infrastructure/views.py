"""Read models in SQL tables of the same database as the events (SQLite or PostgreSQL; for the
in-memory store, an in-memory SQLite database), and the projector that keeps each one
caught up with the notification log.

Exactly once: a projector reads a page of notifications after its position, applies them
and moves its position in one transaction; moving the position checks it has not moved
since (another projector got there first: the transaction rolls back, nothing is applied
twice). A rebuild empties the tables and the position, then catches up from zero.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol
from urllib.parse import urlparse
from uuid import UUID

import structlog
from eventsourcing.domain import DomainEventProtocol
from psycopg_pool import ConnectionPool

from application.ledger import ConventionLedger
from infrastructure.settings import sqlite_path
from projections.alert_board import Rows

log = structlog.get_logger("views")

PAGE_SIZE = 500


class Projection(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def schema(self) -> Sequence[str]: ...

    @property
    def tables(self) -> Sequence[str]: ...

    @property
    def topics(self) -> tuple[str, ...]: ...

    def apply(self, event: DomainEventProtocol[UUID], position: int, rows: Rows) -> None: ...


class PositionMovedError(Exception):
    """Another projector moved the position first: this page is not applied."""


class _Rows:
    """``Rows`` over a DB-API cursor: SQLite takes the projections' ``?`` parameters as
    they are, psycopg wants ``%s``."""

    def __init__(self, cursor: Any, placeholder: str) -> None:
        self.cursor = cursor
        self.placeholder = placeholder

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.cursor.execute(sql.replace("?", self.placeholder), tuple(params))

    def fetch_one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        self.execute(sql, params)
        row: tuple[Any, ...] | None = self.cursor.fetchone()
        return row

    def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self.execute(sql, params)
        return list(self.cursor.fetchall())

    @property
    def rowcount(self) -> int:
        return int(self.cursor.rowcount)


class ViewStore:
    """Where read models live: transactions and queries, whatever the database."""

    def __init__(self, database_url: str) -> None:
        self.url = urlparse(database_url)
        self._lock = threading.Lock()
        self._pool: ConnectionPool | None = None
        self._sqlite: sqlite3.Connection | None = None
        if self.url.scheme in ("postgresql", "postgres"):
            self._pool = ConnectionPool(database_url, min_size=1, max_size=4, open=True)
        else:
            path = ":memory:" if self.url.scheme == "memory" else sqlite_path(database_url)
            # One connection, serialised: SQLite has one writer anyway.
            self._sqlite = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        with self.transaction() as rows:
            rows.execute(
                "CREATE TABLE IF NOT EXISTS projection_positions ("
                "projection TEXT PRIMARY KEY, position BIGINT NOT NULL)"
            )

    @contextmanager
    def transaction(self) -> Iterator[_Rows]:
        if self._pool is not None:
            with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cursor:
                yield _Rows(cursor, "%s")
            return
        assert self._sqlite is not None  # noqa: S101 - one of the two is set in __init__
        with self._lock:
            sqlite_cursor = self._sqlite.cursor()
            sqlite_cursor.execute("BEGIN IMMEDIATE")
            try:
                yield _Rows(sqlite_cursor, "?")
            except BaseException:
                sqlite_cursor.execute("ROLLBACK")
                raise
            sqlite_cursor.execute("COMMIT")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.transaction() as rows:
            return rows.fetch_all(sql, params)

    def position(self, projection: str) -> int:
        with self.transaction() as rows:
            row = rows.fetch_one(
                "SELECT position FROM projection_positions WHERE projection = ?", (projection,)
            )
        return int(row[0]) if row else 0

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        if self._sqlite is not None:
            self._sqlite.close()


class Projector:
    """Keeps one projection caught up with the ledger's notification log."""

    def __init__(self, ledger: ConventionLedger, store: ViewStore, projection: Projection) -> None:
        self.ledger = ledger
        self.store = store
        self.projection = projection
        self._lock = threading.Lock()
        self._topics = projection.topics
        with store.transaction() as rows:
            for statement in projection.schema:
                rows.execute(statement)

    @property
    def position(self) -> int:
        return self.store.position(self.projection.name)

    def catch_up(self, until: int | None = None) -> int:
        """Apply the notifications after the position (up to ``until``), a page per
        transaction. Returns how many were applied."""
        applied = 0
        with self._lock:
            while True:
                position = self.position
                page = self.ledger.recorder.select_notifications(
                    start=position,
                    limit=PAGE_SIZE,
                    stop=until,
                    topics=self._topics,
                    inclusive_of_start=False,
                )
                if not page:
                    return applied
                try:
                    with self.store.transaction() as rows:
                        for notification in page:
                            event = self.ledger.mapper.to_domain_event(notification)
                            self.projection.apply(event, notification.id, rows)
                        self._move(rows, position, page[-1].id)
                except PositionMovedError:
                    continue
                applied += len(page)

    def _move(self, rows: _Rows, old: int, new: int) -> None:
        name = self.projection.name
        if old == 0:
            rows.execute("INSERT INTO projection_positions VALUES (?, ?) ON CONFLICT DO NOTHING", (name, new))
        else:
            rows.execute(
                "UPDATE projection_positions SET position = ? WHERE projection = ? AND position = ?",
                (new, name, old),
            )
        if rows.rowcount != 1:
            raise PositionMovedError(name)

    def rebuild(self) -> int:
        """Empty the tables and the position, then apply the whole log again."""
        with self._lock, self.store.transaction() as rows:
            for table in self.projection.tables:
                rows.execute(f"DELETE FROM {table}")  # noqa: S608 - table names are constants
            rows.execute("DELETE FROM projection_positions WHERE projection = ?", (self.projection.name,))
        count = self.catch_up()
        log.info("projection.rebuilt", projection=self.projection.name, events=count)
        return count


class ReadSide:
    """The alert process and the projections, kept caught up by a worker thread (woken by
    each write, polling otherwise: the only way to follow another process's writes on
    SQLite) and on demand by ``settle``."""

    def __init__(self, ledger: ConventionLedger, store: ViewStore, projectors: Sequence[Projector]) -> None:
        self.ledger = ledger
        self.store = store
        self.projectors = tuple(projectors)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        ledger.listeners.append(self._wake.set)

    def settle(self) -> int:
        """Catch up the alert process, then every projection; returns the events handled."""
        handled = self.ledger.process_alerts()
        for projector in self.projectors:
            handled += projector.catch_up()
        return handled

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.store.query(sql, params)

    def lag(self) -> dict[str, int]:
        """How far each follower is behind the log: the notifications it has yet to see
        (0 when nothing it reads was written after its position)."""
        last = self.ledger.recorder.max_notification_id() or 0
        followers = [("alert_process", self.ledger.alert_process_position(), self.ledger.convention_topics)]
        followers += [(p.projection.name, p.position, p.projection.topics) for p in self.projectors]
        lags = {}
        for name, position, topics in followers:
            unseen = self.ledger.recorder.select_notifications(
                start=position, limit=1, topics=topics, inclusive_of_start=False
            )
            lags[name] = last - position if unseen else 0
        return lags

    # --- the worker ---------------------------------------------------------------------

    def run(self, poll_seconds: float = 1.0) -> None:
        """Follow the log until ``stop``: on each write, or every ``poll_seconds``."""
        log.info("worker.started", poll_seconds=poll_seconds)
        while not self._stop.is_set():
            try:
                if self.settle():
                    log.info("worker.progress", lag=self.lag())
            except Exception:  # a failing page is retried at the next wake; never die silently
                log.exception("worker.failed")
            self._wake.wait(poll_seconds)
            self._wake.clear()
        log.info("worker.stopped")

    def start(self, poll_seconds: float = 1.0) -> None:
        self._thread = threading.Thread(target=self.run, args=(poll_seconds,), name="read-side", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
