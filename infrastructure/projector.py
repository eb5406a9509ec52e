"""The projector: keeps a group of read models caught up with the ledger's notification log.

Exactly once: the projector applies a batch of events and moves each projection's position in
one transaction. Inside it, it first reads the positions (locked with ``FOR UPDATE`` on
PostgreSQL; SQLite has a single writer) and gives each projection only the events after its
own: another projector that got there first makes this one skip what it already applied,
never apply it twice. A position behind where the batch was read from means a rebuild started
meanwhile: the batch is dropped and reading starts again from the positions. A rebuild empties
the tables and sets the positions to zero, in one transaction, then catches up from zero.
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import structlog
from eventsourcing.domain import DomainEventProtocol
from eventsourcing.utils import get_topic

from application.ledger import ConventionLedger
from infrastructure.view_store import ViewStore
from projections.base import Positioned, Projection

log = structlog.get_logger("projector")

PAGE_SIZE = 500
RETRY_SECONDS = 10.0
"""How often a stopped follower (a projection, the alert process) is tried again."""


class PositionRewoundError(Exception):
    """The position went back (a rebuild started): the batch read from further on is dropped."""


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


DOCUMENTS_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS view_documents ("
    "key TEXT PRIMARY KEY, generation TEXT NOT NULL, body TEXT NOT NULL)"
)
"""Answers made from the read models, kept with the positions they were made at (see
``ReadSide.document``): derived from derived data, never authoritative, emptied by a rebuild."""


def record_failure(rows: Any, failure: FollowerFailure) -> None:
    """Keep (or update) a follower's failure; the first ``since`` stays."""
    rows.execute(
        "INSERT INTO read_side_failures VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (follower) DO UPDATE SET "
        "title = excluded.title, position = excluded.position, failed_at = excluded.failed_at, "
        "error = excluded.error",
        (failure.follower, failure.title, failure.position, failure.failed_at, failure.since, failure.error),
    )


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def error_text(error: BaseException) -> str:
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
        with store.schema_transaction() as rows:
            rows.execute(FAILURES_SCHEMA)
            rows.execute(DOCUMENTS_SCHEMA)
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
                raise ValueError(f"l'événement n° {position} ne se décode pas ({error_text(event.error)})")
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
                    follower.key, follower.projection.title, reached, position, now_text(), error_text(error)
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

    def rebuild(self, progress: Callable[[int], None] | None = None) -> int:
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
            # A rebuild may end at the positions it started from, with rows a fixed projection
            # now makes otherwise: the answers made before are not the read models' any more.
            rows.execute("DELETE FROM view_documents")
            rows.execute("INSERT INTO view_documents VALUES ('', '', ?)", (uuid.uuid4().hex,))
            self._next_retry.clear()
            position = 0
            while events := self._page(position):
                count += self._apply(rows, events, after=position, isolated=False)
                position = events[-1][1]
                if progress is not None:
                    progress(position)  # the position reached (the CLI shows it)
        self._analyzed_at = 0
        self._keep_statistics(position)
        log.info("projection.rebuilt", projections=[p.name for p in self.projections], events=count)
        return count

    def caught_up(self, target: int) -> bool:
        """Whether every projection that is not stopped has seen what it reads up to ``target``."""
        states = self.states()
        return all(
            has_seen(self.ledger, states[f.key].position, f.projection.topics, target)
            for f in self._followers
            if states[f.key].failure is None
        )

    def followed(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """Per projection: its name, the key of its position, the topics it reads."""
        return [(f.projection.name, f.key, tuple(f.projection.topics)) for f in self._followers]

    def lag(self, last: int) -> dict[str, int]:
        states = self.states()
        return {
            f.projection.name: 0
            if has_seen(self.ledger, states[f.key].position, f.projection.topics, last)
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


def has_seen(ledger: ConventionLedger, position: int, topics: Sequence[str], target: int) -> bool:
    """Whether a follower at ``position`` has seen every event it reads up to ``target``."""
    if position >= target:
        return True
    unseen = ledger.recorder.select_notifications(
        start=position, limit=1, stop=target, topics=topics, inclusive_of_start=False
    )
    return not unseen
