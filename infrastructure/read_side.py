"""The read side: the alert process and the read models, kept caught up by a worker that
follows the log, and what a client waits on to read its own writes.

Two ways to follow the log, with the same projection code: on PostgreSQL, the library's
subscription (LISTEN/NOTIFY) delivers new events as they commit; on SQLite (which the library
cannot subscribe to) the worker polls the notification log, woken at once by the writes of its
own process. Either way events are applied in batches, up to a page per transaction.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from math import inf
from typing import Any

import structlog
from eventsourcing.projection import ApplicationSubscription
from psycopg.sql import SQL, Identifier, Literal

from application.ledger import ConventionLedger
from infrastructure.projector import (
    FollowerFailure,
    PositionRewoundError,
    Projector,
    error_text,
    has_seen,
    now_text,
    record_failure,
)
from infrastructure.recorders import PostgresLedgerRecorder
from infrastructure.view_store import ViewStore
from projections.base import Positioned
from projections.read_models import Document

log = structlog.get_logger("read_side")

ALERT_PROCESS = "alert_process"
IDLE_ALERT_CHECK_SECONDS = 0.2
"""When following live and idle, how often the alert process checks the log (see below)."""


def described(failures: Iterable[FollowerFailure]) -> str | None:
    """What stops followers of the log, in words (None when none is stopped)."""
    return " ; ".join(f.describe() for f in failures) or None


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
        self._alert_retry_at = 0.0
        """Not before this (monotonic) time: the alert process failed, it rests."""
        self._failure_read: tuple[float, str | None] = (-inf, None)
        """When ``failure`` last read the failures (monotonic), and what it found."""
        self._lag_sql: str | None = None
        """The lag's query on PostgreSQL, rendered at its first use."""
        self._alert_failure_kept = True
        """A failure of the alert process may be kept (by this process, or by another before
        it started): cleared at its next success."""
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
            handled = self.ledger.alert_process.process()
        except Exception as error:
            position = self.ledger.alert_process.position()
            log.exception("alert_process.failed", position=position)
            self._alert_retry_at = time.monotonic() + self.projector.retry_seconds
            failure = FollowerFailure(
                ALERT_PROCESS, "le processus d'alertes", position, None, now_text(), error_text(error)
            )
            with self.store.transaction() as rows:
                record_failure(rows, failure)
            self._alert_failure_kept = True
            return 0
        if self._alert_failure_kept:
            with self.store.transaction() as rows:
                rows.execute("DELETE FROM read_side_failures WHERE follower = ?", (ALERT_PROCESS,))
            self._alert_failure_kept = False
        return handled

    def failures(self) -> list[FollowerFailure]:
        found = self.store.query(
            "SELECT follower, title, position, failed_at, since, error FROM read_side_failures ORDER BY follower"
        )
        return self._known(FollowerFailure(*row) for row in found)

    def _known(self, failures: Iterable[FollowerFailure]) -> list[FollowerFailure]:
        """The failures of this read side's followers (a read model of another layout, kept
        under another key, is not one of them), by follower."""
        known = {ALERT_PROCESS, *self.projector.keys}
        return sorted((f for f in failures if f.follower in known), key=lambda f: f.follower)

    def _state_of_views(self, document: str | None = None) -> tuple[str, str | None, tuple[str, str] | None]:
        """In one query: where the read models stand (each one's position, and the epoch a
        rebuild renews), what stops followers of the log, and the answer kept under the key
        ``document`` with the state it was made at (if one is asked for and kept)."""
        sql = (
            "SELECT 'position', projection, position, NULL, NULL, NULL, NULL FROM projection_positions "
            "UNION ALL SELECT 'failure', follower, position, title, failed_at, since, error "
            "FROM read_side_failures "
            "UNION ALL SELECT 'epoch', key, 0, body, NULL, NULL, NULL FROM view_documents WHERE key = ''"
        )
        if document is not None:
            sql += (
                " UNION ALL SELECT 'document', key, 0, generation, NULL, NULL, body FROM view_documents "
                "WHERE key = ?"
            )
        found = self.store.query(sql, () if document is None else (document,))
        keys = set(self.projector.keys)
        positions = sorted(
            f"{name}={position}" for kind, name, position, *_ in found if kind == "position" and name in keys
        )
        epoch = next((str(row[3]) for row in found if row[0] == "epoch"), "")
        failures = self._known(
            FollowerFailure(name, title, position, failed_at, since, error)
            for kind, name, position, title, failed_at, since, error in found
            if kind == "failure"
        )
        kept = next(((str(row[3]), str(row[6])) for row in found if row[0] == "document"), None)
        return ";".join([epoch, *positions]), described(failures), kept

    def document(self, key: str, make: Callable[[], str]) -> Document:
        """An answer made from the read models once per state of them. It is kept with the
        positions it was made at and served again while the read models stand there — one
        query (where they stand, with the answer kept under its key) instead of the many that
        make it; once any of them moves, the next reader makes it again. Made from several queries, it
        is kept only if the read models did not move while it was made (positions only grow;
        a rebuild, which may end where it began, renews the epoch and empties the answers)."""
        generation, failure, kept = self._state_of_views(key)
        if kept is not None and kept[0] == generation:
            return Document(kept[1], failure)
        body = make()
        if self._state_of_views()[0] == generation:
            with self.store.transaction() as rows:
                rows.execute(
                    "INSERT INTO view_documents VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                    "generation = excluded.generation, body = excluded.body",
                    (key, generation, body),
                )
        return Document(body, failure)

    def failure(self, max_age: float = 0.0) -> str | None:
        """What stops followers of the log, since when (None when every one keeps up); with
        ``max_age``, as read at most that many seconds ago (a query saved per write)."""
        now = time.monotonic()
        read_at, failure = self._failure_read
        if max_age <= 0 or now - read_at > max_age:
            failure = described(self.failures())
            self._failure_read = (now, failure)
        return failure

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.store.query(sql, params)

    def lag(self) -> dict[str, int]:
        """How far each follower is behind the log: the notifications it has yet to see
        (0 when nothing it reads was written after its position). On PostgreSQL in one query
        (the log, the alert process's tracking and the read models' positions are in the same
        database; asked in turn, it was six round trips); elsewhere asked in turn."""
        recorder = self.ledger.recorder
        if self.store.is_postgres and isinstance(recorder, PostgresLedgerRecorder):
            return self._lag_in_one_query(recorder)
        return self._lag_in_turn()

    def _lag_in_one_query(self, recorder: PostgresLedgerRecorder) -> dict[str, int]:
        if self._lag_sql is None:
            self._lag_sql = self._lag_statement(recorder)
        found = self.store.query(self._lag_sql)
        return {str(name): int(behind) if unseen else 0 for name, behind, unseen in found}

    def _lag_statement(self, recorder: PostgresLedgerRecorder) -> str:
        """The lag's query, rendered once: its followers, their keys and topics are constants
        of this read side (as parameters, the topics' arrays were dumped at each call)."""
        schema = Identifier(recorder.datastore.schema)
        events = SQL("{0}.{1}").format(schema, Identifier(recorder.events_table_name))
        tracking = SQL("{0}.{1}").format(schema, Identifier(recorder.tracking_table_name))
        followers = [
            SQL(
                "SELECT {0}::text AS name, (SELECT COALESCE(MAX(notification_id), 0) FROM {1} "
                "WHERE application_name = {2}) AS position, {3}::text[] AS topics"
            ).format(
                Literal(ALERT_PROCESS),
                tracking,
                Literal(self.ledger.name),
                Literal(list(self.ledger.alert_process.topics)),
            ),
            *(
                SQL(
                    "SELECT {0}::text, (SELECT COALESCE(MAX(position), 0) FROM projection_positions "
                    "WHERE projection = {1}), {2}::text[]"
                ).format(Literal(name), Literal(key), Literal(list(topics)))
                for name, key, topics in self.projector.followed()
            ),
        ]
        # Per follower: how far behind the log's head, and whether an event it reads lies
        # between its position and the head (as ``has_seen`` asks of the recorder).
        return (
            SQL(
                "WITH head AS (SELECT COALESCE(MAX(notification_id), 0) AS last FROM {0}), "
                "followers AS ({1}) "
                "SELECT f.name, head.last - f.position, EXISTS (SELECT 1 FROM {0} e "
                "WHERE e.notification_id > f.position AND e.notification_id <= head.last "
                "AND e.topic = ANY(f.topics)) FROM head, followers f"
            )
            .format(events, SQL(" UNION ALL ").join(followers))
            .as_string()
        )

    def _lag_in_turn(self) -> dict[str, int]:
        last = self.ledger.recorder.max_notification_id() or 0
        position = self.ledger.alert_process.position()
        caught_up = has_seen(self.ledger, position, self.ledger.alert_process.topics, last)
        return {ALERT_PROCESS: 0 if caught_up else last - position, **self.projector.lag(last)}

    def wait_for(self, notification_id: int, timeout: float) -> bool:
        """Wait until the alert process has handled ``notification_id`` and the read models
        show it and the alerts it raised; False if ``timeout`` seconds pass first, or if a
        follower is stopped (the others are still waited for). Whoever moves the read side
        (this process's worker, or a worker elsewhere) is waited on: the positions are read
        from the database."""
        deadline = time.monotonic() + timeout
        stopped = {f.follower for f in self.failures()}
        convention_topics = self.ledger.alert_process.topics
        while ALERT_PROCESS not in stopped and not has_seen(
            self.ledger, self.ledger.alert_process.position(), convention_topics, notification_id
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
        self._stop.clear()  # started again after a stop (the worker's lease regained)
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
