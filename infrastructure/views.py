"""Read models in SQL tables of the same database as the events (SQLite or PostgreSQL; for the
in-memory store, an in-memory SQLite database), the projector that keeps them caught up with
the notification log, and the read side that runs it.

Exactly once: the projector applies a batch of events and moves its position in one
transaction. Inside it, it first reads its position (locked with ``FOR UPDATE`` on PostgreSQL;
SQLite has a single writer) and keeps only the events after it: another projector that got
there first makes this one skip what it already applied, never apply it twice. A position
behind where the batch was read from means a rebuild started meanwhile: the batch is
dropped and reading starts again from the position. A rebuild empties the tables and sets
the position to zero, in one transaction, then catches up from zero.

Two ways to follow the log, with the same projection code: on PostgreSQL, the library's
subscription (LISTEN/NOTIFY) delivers new events as they commit; on SQLite (which the
library cannot subscribe to) the worker polls the notification log, woken at once by the
writes of its own process. Either way events are applied in batches, up to a page per
transaction.
"""

from __future__ import annotations

import hashlib
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse
from uuid import UUID

import structlog
from eventsourcing.domain import DomainEventProtocol
from eventsourcing.projection import ApplicationSubscription
from eventsourcing.utils import get_topic
from psycopg_pool import ConnectionPool

from application.ledger import ConventionLedger
from infrastructure.settings import sqlite_path
from projections.base import Positioned, Projection

log = structlog.get_logger("views")

ALERT_PROCESS = "alert_process"

PAGE_SIZE = 500
RETRY_SECONDS = 10.0
"""How often a stopped follower (a projection, the alert process) is tried again."""
IDLE_ALERT_CHECK_SECONDS = 0.2
"""When following live and idle, how often the alert process checks the log (see below)."""


class PositionRewoundError(Exception):
    """The position went back (a rebuild started): the batch read from further on is dropped."""


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
            self._pool = ConnectionPool(
                database_url,
                min_size=1,
                max_size=4,
                open=True,
                kwargs={"options": "-c plan_cache_mode=force_custom_plan"},
            )
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
    def transaction(self, *, write: bool = True) -> Iterator[_Rows]:
        """One transaction. On SQLite, a write transaction takes the database's write lock at
        once (``BEGIN IMMEDIATE``: no deadlock between two writers that first read); a read
        takes none (the file is in WAL mode: readers and the writer do not block each other)."""
        if self._pool is not None:
            with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cursor:
                yield _Rows(cursor, "%s", " FOR UPDATE")
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

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
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


@dataclass(frozen=True)
class FollowerFailure:
    """What stops one follower of the log (a projection, the alert process), kept in the
    database (``read_side_failures``) so that every process shows it."""

    follower: str
    title: str
    position: int
    """The last position it applied."""
    failed_at: int | None
    """The event it could not apply, when known."""
    since: str
    error: str

    def describe(self) -> str:
        event = (
            f"l'événement n° {self.failed_at}"
            if self.failed_at
            else f"l'événement après le n° {self.position}"
        )
        return (
            f"{self.since} : {self.title} arrêté(e) : {event} n'a pu être traité ({self.error}) ; "
            "les autres vues continuent"
        )


FAILURES_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS read_side_failures ("
    "follower TEXT PRIMARY KEY, title TEXT NOT NULL, position BIGINT NOT NULL, failed_at BIGINT, "
    "since TEXT NOT NULL, error TEXT NOT NULL)"
)


def record_failure(rows: Any, failure: FollowerFailure) -> None:
    """Keep (or update) a follower's failure; the first ``since`` stays."""
    found = rows.fetch_one("SELECT since FROM read_side_failures WHERE follower = ?", (failure.follower,))
    rows.execute("DELETE FROM read_side_failures WHERE follower = ?", (failure.follower,))
    rows.execute(
        "INSERT INTO read_side_failures VALUES (?, ?, ?, ?, ?, ?)",
        (
            failure.follower,
            failure.title,
            failure.position,
            failure.failed_at,
            found[0] if found else failure.since,
            failure.error,
        ),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _error_text(error: BaseException) -> str:
    return f"{type(error).__name__}: {str(error)[:300]}"


class _Undecodable:
    """A notification that does not decode (a row forged or damaged in the store): the
    projections that read its topic stop at it, the others go on."""

    def __init__(self, topic: str, error: Exception) -> None:
        self.topic = topic
        self.error = error


@dataclass
class _Follower:
    projection: Projection
    key: str
    topics: frozenset[str]


@dataclass(frozen=True)
class _State:
    position: int
    failure: FollowerFailure | None


class Projector:
    """Keeps a group of projections caught up with the ledger's notification log. Each page
    of the log is read and decoded once and applied by every projection in one transaction,
    but each projection has its own position: one that cannot apply an event is rolled back
    to a savepoint, stops at the event before, and its failure is kept (with the traceback
    in the log); the others go on. A stopped projection is tried again every
    ``retry_seconds`` (an event fixed by an upgrade, a transient fault)."""

    def __init__(
        self,
        ledger: ConventionLedger,
        store: ViewStore,
        projections: Sequence[Projection],
        page_size: int | None = None,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self.ledger = ledger
        self.page_size = page_size or PAGE_SIZE
        self.store = store
        self.projections = tuple(projections)
        self.retry_seconds = retry_seconds
        self.topics = tuple(dict.fromkeys(t for p in self.projections for t in p.topics))
        self._analyzed_at = 0  # the position of the last ANALYZE (see _keep_statistics)
        self._lock = threading.Lock()
        self._next_retry: dict[str, float] = {}
        self._failed_in_round: set[str] = set()
        # Each position is kept under the projection's name and a fingerprint of its tables'
        # layout: when a new version changes a read model's tables, its position is not
        # found, its tables are made again and filled from zero — never a new layout
        # half-filled by the old code; the other read models keep theirs.
        self._followers = tuple(
            _Follower(
                p,
                f"{p.name}@{hashlib.sha256(chr(10).join(p.schema).encode()).hexdigest()[:12]}",
                frozenset(p.topics),
            )
            for p in self.projections
        )
        with store.transaction() as rows:
            rows.execute(FAILURES_SCHEMA)
            # Until December 2026 the read models shared one position ("read_models@…").
            rows.execute("DELETE FROM projection_positions WHERE projection LIKE ?", ("read_models@%",))
            for follower in self._followers:
                found = rows.fetch_one(
                    "SELECT position FROM projection_positions WHERE projection = ?", (follower.key,)
                )
                if found is None:
                    for table in follower.projection.tables:
                        rows.execute(f"DROP TABLE IF EXISTS {table}")  # table names are constants
                    name_pattern = f"{follower.projection.name}@%"
                    rows.execute("DELETE FROM projection_positions WHERE projection LIKE ?", (name_pattern,))
                    rows.execute("DELETE FROM read_side_failures WHERE follower LIKE ?", (name_pattern,))
                    rows.execute("INSERT INTO projection_positions VALUES (?, 0)", (follower.key,))
                for statement in follower.projection.schema:
                    rows.execute(statement)

    @property
    def tables(self) -> tuple[str, ...]:
        return tuple(t for p in self.projections for t in p.tables)

    @property
    def keys(self) -> tuple[str, ...]:
        """Each projection's position key (its name and layout)."""
        return tuple(f.key for f in self._followers)

    def _states(self, rows: Any, *, lock: bool = False) -> dict[str, _State]:
        marks = ", ".join("?" for _ in self._followers)
        # Only the positions are locked (PostgreSQL locks no row of a join's optional side).
        locking = " FOR UPDATE OF p" if lock and rows.lock_clause else ""
        found = rows.fetch_all(
            "SELECT p.projection, p.position, f.title, f.position, f.failed_at, f.since, f.error "  # noqa: S608
            "FROM projection_positions p LEFT JOIN read_side_failures f ON f.follower = p.projection "
            f"WHERE p.projection IN ({marks}){locking}",
            [f.key for f in self._followers],
        )
        states = {
            key: _State(
                int(position),
                None
                if title is None
                else FollowerFailure(key, title, int(failed_position), failed_at, since, error),
            )
            for key, position, title, failed_position, failed_at, since, error in found
        }
        return {f.key: states.get(f.key, _State(0, None)) for f in self._followers}

    def states(self) -> dict[str, _State]:
        with self.store.transaction(write=False) as rows:
            return self._states(rows)

    @property
    def position(self) -> int:
        """The position every projection of the group has reached."""
        return min(state.position for state in self.states().values())

    def positions(self) -> dict[str, int]:
        """Per projection (by name), its position."""
        states = self.states()
        return {f.projection.name: states[f.key].position for f in self._followers}

    def failures(self) -> list[FollowerFailure]:
        return [state.failure for state in self.states().values() if state.failure is not None]

    def _tried(self, follower: _Follower, state: _State) -> bool:
        """Whether a projection takes part in this round: every healthy one; a stopped one
        when its retry is due (and not again in the catch-up where it failed)."""
        if state.failure is None:
            return True
        return follower.key not in self._failed_in_round and time.monotonic() >= self._next_retry.get(
            follower.key, 0.0
        )

    def retry_is_due(self) -> bool:
        return any(
            state.failure is not None and self._tried(follower, state)
            for follower, state in zip(self._followers, self.states().values(), strict=True)
        )

    def catch_up(self, until: int | None = None) -> int:
        """Apply the notifications after each projection's position (up to ``until``), a
        page per transaction. Returns how many were applied (by at least one)."""
        applied = 0
        with self._lock:
            self._failed_in_round.clear()
            while True:
                states = self.states()
                tried = [state.position for f in self._followers if self._tried(f, state := states[f.key])]
                if not tried:
                    return applied
                position = min(tried)
                events = self._page(position, until)
                if not events:
                    return applied
                try:
                    applied += self.apply(events, after=position)
                except PositionRewoundError:
                    continue
                self._keep_statistics(events[-1][1])

    def _page(self, position: int, until: int | None = None) -> list[Positioned]:
        """The next page of the log after ``position`` that the projections read, decoded
        (a notification that does not decode is handed on as such)."""
        page = self.ledger.recorder.select_notifications(
            start=position, limit=self.page_size, stop=until, topics=self.topics, inclusive_of_start=False
        )
        decoded: list[Positioned] = []
        for notification in page:
            try:
                decoded.append((self.ledger.mapper.to_domain_event(notification), notification.id))
            except Exception as error:
                decoded.append((_Undecodable(notification.topic, error), notification.id))  # type: ignore[arg-type]
        return decoded

    def apply(self, events: Sequence[Positioned], after: int) -> int:
        """Apply ``events`` (consecutive in the log, read after position ``after``) in one
        transaction with the positions; returns how many were new to some projection."""
        with self.store.transaction() as rows:
            return self._apply(rows, events, after)

    def _apply(self, rows: Any, events: Sequence[Positioned], after: int, *, isolated: bool = True) -> int:
        states = self._states(rows, lock=True)
        new = 0
        for follower in self._followers:
            state = states[follower.key]
            if not self._tried(follower, state):
                continue
            if state.position < after:
                if state.failure is not None:
                    continue  # stopped further back: retried from its own position
                raise PositionRewoundError(follower.projection.name)
            fresh = [(event, position) for event, position in events if position > state.position]
            if not fresh:
                continue
            new = max(new, len(fresh))
            mine = [item for item in fresh if _topic(item[0]) in follower.topics]
            reached, failure = fresh[-1][1], None
            if not isolated:
                self._project(follower, mine, rows)
            else:
                reached, failure = self._project_isolated(follower, state, mine, fresh[-1][1], rows)
            rows.execute(
                "UPDATE projection_positions SET position = ? WHERE projection = ?", (reached, follower.key)
            )
            if failure is not None:
                record_failure(rows, failure)
                self._next_retry[follower.key] = time.monotonic() + self.retry_seconds
                self._failed_in_round.add(follower.key)
            elif state.failure is not None:
                rows.execute("DELETE FROM read_side_failures WHERE follower = ?", (follower.key,))
                self._next_retry.pop(follower.key, None)
                log.info("projection.resumed", projection=follower.projection.name, position=reached)
        return new

    @staticmethod
    def _project(follower: _Follower, events: Sequence[Positioned], rows: Any) -> None:
        for event, position in events:
            if isinstance(event, _Undecodable):
                raise ValueError(f"l'événement n° {position} ne se décode pas ({_error_text(event.error)})")
        if events:
            follower.projection.apply(events, rows)

    def _project_isolated(
        self, follower: _Follower, state: _State, events: Sequence[Positioned], end: int, rows: Any
    ) -> tuple[int, FollowerFailure | None]:
        """Apply under a savepoint; on failure, find the first event the projection cannot
        apply (one at a time), keep what comes before it, and say where it stopped."""
        try:
            self._under_savepoint(rows, follower, events)
            return end, None
        except Exception:  # noqa: S110 - narrowed down below, one event at a time
            pass
        for index, (_event, position) in enumerate(events):
            try:
                self._under_savepoint(rows, follower, events[index : index + 1])
            except Exception as error:
                log.exception("projection.failed", projection=follower.projection.name, position=position)
                # Everything before the event is applied (the events between of other topics
                # are not its concern).
                reached = max(state.position, position - 1)
                return reached, FollowerFailure(
                    follower.key, follower.projection.title, reached, position, _now(), _error_text(error)
                )
        return end, None  # only the batch as a whole failed: applied one by one

    def _under_savepoint(self, rows: Any, follower: _Follower, events: Sequence[Positioned]) -> None:
        rows.execute("SAVEPOINT projection")
        try:
            self._project(follower, events, rows)
        except BaseException:
            rows.execute("ROLLBACK TO SAVEPOINT projection")
            rows.execute("RELEASE SAVEPOINT projection")
            raise
        rows.execute("RELEASE SAVEPOINT projection")

    def _keep_statistics(self, position: int) -> None:
        """PostgreSQL plans with the statistics of the last ANALYZE: tables filled since (a
        rebuild, a long catch-up) look empty, and each rewrite of a convention's rows
        (``DELETE … WHERE convention_id IN (…)``) became a sequential scan — a 1M-event
        catch-up fell to a few hundred events per second. Autovacuum may be off or late, so
        the projector analyses its tables whenever the log has grown by a quarter since
        (at least 5,000 events). SQLite's planner does not need it."""
        if not self.store.is_postgres or position - self._analyzed_at < max(5_000, self._analyzed_at // 4):
            return
        with self.store.transaction() as rows:
            for table in self.tables:
                rows.execute(f"ANALYZE {table}")  # table names are constants
        self._analyzed_at = position

    def rebuild(self) -> int:
        """Empty the tables and the positions, then apply the whole log again — in one
        transaction: readers see the read models as they were until the rebuild commits, and
        a rebuild that fails (an event it cannot apply, a lost connection) leaves them as they
        were, never empty or half-filled."""
        count = 0
        with self._lock, self.store.transaction() as rows:
            for table in self.tables:
                rows.execute(f"DELETE FROM {table}")  # noqa: S608 - table names are constants
            keys = [f.key for f in self._followers]
            marks = ", ".join("?" for _ in keys)
            rows.execute(f"UPDATE projection_positions SET position = 0 WHERE projection IN ({marks})", keys)  # noqa: S608
            rows.execute(f"DELETE FROM read_side_failures WHERE follower IN ({marks})", keys)  # noqa: S608
            self._next_retry.clear()
            position = 0
            while events := self._page(position):
                count += self._apply(rows, events, after=position, isolated=False)
                position = events[-1][1]
        self._analyzed_at = 0
        self._keep_statistics(position)
        log.info("projection.rebuilt", projections=[p.name for p in self.projections], events=count)
        return count

    def caught_up(self, target: int) -> bool:
        """Whether every projection that is not stopped has seen what it reads up to ``target``."""
        states = self.states()
        return all(
            _caught_up(self.ledger, states[f.key].position, tuple(f.topics), target)
            for f in self._followers
            if states[f.key].failure is None
        )

    def lag(self, last: int) -> dict[str, int]:
        states = self.states()
        return {
            f.projection.name: 0
            if _caught_up(self.ledger, states[f.key].position, tuple(f.topics), last)
            else last - states[f.key].position
            for f in self._followers
        }


_TOPICS: dict[type, str] = {}


def _topic(event: DomainEventProtocol[UUID] | _Undecodable) -> str:
    if isinstance(event, _Undecodable):
        return event.topic
    cls = type(event)
    topic = _TOPICS.get(cls)
    if topic is None:
        topic = _TOPICS[cls] = get_topic(cls)
    return topic


def _caught_up(ledger: ConventionLedger, position: int, topics: Sequence[str], target: int) -> bool:
    """Whether a follower at ``position`` has seen every event it reads up to ``target``."""
    if position >= target:
        return True
    unseen = ledger.recorder.select_notifications(
        start=position, limit=1, stop=target, topics=topics, inclusive_of_start=False
    )
    return not unseen


class ReadSide:
    """The alert process and the read models: kept caught up by a worker (live on
    PostgreSQL, polling on SQLite), or on demand by ``settle``; and what a client waits on
    to read its own writes."""

    def __init__(self, ledger: ConventionLedger, store: ViewStore, projector: Projector) -> None:
        self.ledger = ledger
        self.store = store
        self.projector = projector
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._progress = threading.Condition()
        self._thread: threading.Thread | None = None
        self._last_log = 0.0
        self._events_since_log = 0
        self._alert_retry_at = 0.0  # 0: not run yet; -1: running well
        self._alert_failed = False
        # Called when the worker has caught up (the audit trail's daily closure).
        self.when_idle: list[Callable[[], None]] = []
        ledger.listeners.append(self._wake.set)

    def settle(self) -> int:
        """Catch up the alert process, then the read models; returns the events handled.
        Each follower goes on its own: one that cannot handle an event stops there, its
        failure kept (``failures``: shown by /health and every answer's read side), and the
        others go on. What fails the whole read side (the database out of reach) is raised."""
        handled = self._process_alerts()
        handled += self.projector.catch_up()
        if handled:
            self._progressed()
        return handled

    def _process_alerts(self) -> int:
        """The alert process, stopped at an event its policy cannot handle (kept as its
        failure; tried again every ``retry_seconds``), never stopping the read models."""
        if time.monotonic() < self._alert_retry_at:
            return 0
        try:
            handled = self.ledger.process_alerts()
        except Exception as error:
            position = self.ledger.alert_process_position()
            log.exception("alert_process.failed", position=position)
            self._alert_retry_at = time.monotonic() + self.projector.retry_seconds
            failure = FollowerFailure(
                ALERT_PROCESS, "le processus d'alertes", position, None, _now(), _error_text(error)
            )
            with self.store.transaction() as rows:
                record_failure(rows, failure)
            self._alert_failed = True
            return 0
        if self._alert_failed or self._alert_retry_at == 0.0:
            # A failure kept by this process or another one (once at start): cleared.
            with self.store.transaction() as rows:
                rows.execute("DELETE FROM read_side_failures WHERE follower = ?", (ALERT_PROCESS,))
            self._alert_failed, self._alert_retry_at = False, -1.0
        return handled

    def failures(self) -> list[FollowerFailure]:
        found = self.store.query(
            "SELECT follower, title, position, failed_at, since, error FROM read_side_failures ORDER BY follower"
        )
        known = {ALERT_PROCESS, *self.projector.keys}
        return [FollowerFailure(*row) for row in found if row[0] in known]

    def failure(self) -> str | None:
        """What stops followers of the log, since when (None when every one keeps up)."""
        failures = self.failures()
        return " ; ".join(f.describe() for f in failures) if failures else None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.store.query(sql, params)

    def lag(self) -> dict[str, int]:
        """How far each follower is behind the log: the notifications it has yet to see
        (0 when nothing it reads was written after its position)."""
        last = self.ledger.recorder.max_notification_id() or 0
        position = self.ledger.alert_process_position()
        caught_up = _caught_up(self.ledger, position, self.ledger.convention_topics, last)
        return {ALERT_PROCESS: 0 if caught_up else last - position, **self.projector.lag(last)}

    def wait_for(self, notification_id: int, timeout: float) -> bool:
        """Wait until the alert process has handled ``notification_id`` and the read models
        show it and the alerts it raised; False if ``timeout`` seconds pass first, or if a
        follower is stopped (the others are still waited for). Whoever moves the read side
        (this process's worker, or a worker elsewhere) is waited on: the positions are read
        from the database."""
        deadline = time.monotonic() + timeout
        stopped = {f.follower for f in self.failures()}
        convention_topics = self.ledger.convention_topics
        while ALERT_PROCESS not in stopped and not _caught_up(
            self.ledger, self.ledger.alert_process_position(), convention_topics, notification_id
        ):
            if not self._pause(deadline):
                return False
        # The alerts an event raises are written with the alert process's position, so
        # they are all in the log now: wait for the read models to reach its end.
        target = self.ledger.recorder.max_notification_id() or 0
        while not self.projector.caught_up(target):
            if not self._pause(deadline):
                return False
        return not stopped

    def _pause(self, deadline: float) -> bool:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        self._wake.set()
        with self._progress:
            self._progress.wait(min(remaining, 0.05))
        return True

    def _progressed(self) -> None:
        with self._progress:
            self._progress.notify_all()

    # --- the worker ---------------------------------------------------------------------

    def run(self, poll_seconds: float = 1.0) -> None:
        """Follow the log until ``stop``: live on PostgreSQL, by polling elsewhere."""
        log.info("worker.started", store="postgresql" if self.store.is_postgres else "sqlite")
        if self.store.is_postgres:
            self._follow_live(poll_seconds)
        else:
            self._poll(poll_seconds)
        log.info("worker.stopped")

    def _log_progress(self, position: int, events: int) -> None:
        # At most once a second: computing the lag costs queries, and a rebuild is many batches.
        self._events_since_log += events
        now = time.monotonic()
        if now - self._last_log >= 1.0:
            log.info("worker.progress", position=position, events=self._events_since_log, lag=self.lag())
            self._last_log, self._events_since_log = now, 0

    def _poll(self, poll_seconds: float) -> None:
        """On each write of this process, or every ``poll_seconds`` (writes of others)."""
        while not self._stop.is_set():
            try:
                handled = self.settle()
                if handled:
                    self._log_progress(self.projector.position, handled)
                self._idle()
            except Exception:  # a failing page is retried at the next wake; never die silently
                log.exception("worker.failed")
            self._wake.wait(poll_seconds)
            self._wake.clear()

    def _follow_live(self, poll_seconds: float) -> None:
        """Follow the library's subscription to the log (LISTEN/NOTIFY on PostgreSQL):
        each batch it has delivered wakes the alert process, then goes to the read models
        in one transaction. A failure or a rewound position starts again from the position."""
        while not self._stop.is_set():
            try:
                self.settle()  # what was written before the subscription starts
                self._follow_subscription(poll_seconds)
            except Exception:
                log.exception("worker.failed")
                self._stop.wait(poll_seconds)

    def _follow_subscription(self, poll_seconds: float) -> None:
        after = self.projector.position
        page_size = self.projector.page_size
        delivered: queue.Queue[Positioned | None] = queue.Queue(maxsize=4 * page_size)

        def hand_over(item: Positioned | None) -> bool:
            while not self._stop.is_set():
                try:
                    delivered.put(item, timeout=0.5)
                except queue.Full:
                    continue
                return True
            return False

        with ApplicationSubscription(self.ledger, gt=after, topics=self.projector.topics) as subscription:

            def pump() -> None:
                try:
                    for event, tracking in subscription:
                        if not hand_over((event, tracking.notification_id)):
                            return
                finally:
                    hand_over(None)

            pumping = threading.Thread(target=pump, name="subscription", daemon=True)
            pumping.start()
            try:
                ended = False
                idle_since = time.monotonic()
                while not ended and not self._stop.is_set():
                    try:
                        first = delivered.get(timeout=min(poll_seconds, IDLE_ALERT_CHECK_SECONDS))
                    except queue.Empty:
                        # The alert process follows the log on its own position: events the
                        # read models took in before the subscription began still reach it.
                        if self._process_alerts():
                            self._progressed()
                        self._idle()
                        if self.projector.retry_is_due():
                            return  # a stopped read model is tried again from its own position
                        if time.monotonic() - idle_since >= poll_seconds:
                            # A commit between the subscription's first read and its LISTEN
                            # is only seen at the next notification: if idle and behind,
                            # catch up and subscribe again.
                            if not self.projector.caught_up(self.ledger.recorder.max_notification_id() or 0):
                                return
                            idle_since = time.monotonic()
                        continue
                    idle_since = time.monotonic()
                    batch: list[Positioned] = []
                    item = first
                    while item is not None:
                        batch.append(item)
                        if len(batch) == page_size:
                            break
                        try:
                            item = delivered.get_nowait()
                        except queue.Empty:
                            break
                    ended = item is None  # the subscription stopped: start again from the position
                    if not batch:
                        continue
                    self._process_alerts()
                    try:
                        self.projector.apply(batch, after=after)
                    except PositionRewoundError:
                        return
                    after = batch[-1][1]
                    self._progressed()
                    self._log_progress(after, len(batch))
            finally:
                subscription.stop()
                pumping.join(timeout=5)

    def _idle(self) -> None:
        for task in self.when_idle:
            try:
                task()
            except Exception:  # an idle task must not stop the worker
                log.exception("worker.idle_task_failed")

    def start(self, poll_seconds: float = 1.0) -> None:
        self._thread = threading.Thread(target=self.run, args=(poll_seconds,), name="read-side", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
