"""One worker at a time across processes and machines: the alert process, the read models and
the webhooks' dispatcher follow the log in whichever process holds the worker's lease.

On PostgreSQL the lease is a session-level advisory lock (``pg_try_advisory_lock``) held by a
connection of its own: the process that takes it leads; the others stand by and try again every
few seconds. When the leader dies — killed, its machine gone, its connection cut — PostgreSQL
ends its session and frees the lock, and a standby takes over from the positions the leader
committed. Each projection writes its rows and its position in one transaction and the alert
process records its position with the alerts it raises, so a take-over neither loses nor
repeats an event (the webhooks deliver at least once, a repeat carrying the same
``webhook-id``). A leader that loses its connection stops following the log before anyone else
can lead. The embedded store (SQLite) serves one process, so its lease is always held.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any, Protocol

import psycopg
import structlog

log = structlog.get_logger("worker")

LEASE_KEY = 0x636F6E76  # "conv": the advisory lock's key, the same in every process
"""The key of the worker's advisory lock (one per database: a deployment has one worker)."""


class Lease(Protocol):
    def acquire(self) -> bool:
        """Take the lease if it is free (True if this process holds it now)."""
        ...

    def held(self) -> bool:
        """Whether this process still holds it (its session is alive)."""
        ...

    def release(self) -> None: ...


class EmbeddedLease:
    """The embedded store serves a single process: it always leads."""

    def acquire(self) -> bool:
        return True

    def held(self) -> bool:
        return True

    def release(self) -> None:
        return None


class AdvisoryLease:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self._connection: psycopg.Connection[Any] | None = None
        self._held = False

    def acquire(self) -> bool:
        if self._held and self.held():
            return True
        try:
            if self._connection is None or self._connection.closed:
                self._connection = psycopg.connect(
                    self.database_url, autocommit=True, application_name="conventions-worker-lease"
                )
            row = self._connection.execute("SELECT pg_try_advisory_lock(%s)", (LEASE_KEY,)).fetchone()
            self._held = bool(row and row[0])
        except psycopg.Error:
            self._drop()
        return self._held

    def held(self) -> bool:
        if not self._held or self._connection is None:
            return False
        try:
            self._connection.execute("SELECT 1")
            return True
        except psycopg.Error:
            self._drop()
            return False

    def release(self) -> None:
        if self._held and self._connection is not None:
            with contextlib.suppress(psycopg.Error):
                self._connection.execute("SELECT pg_advisory_unlock(%s)", (LEASE_KEY,))
        self._drop()

    def _drop(self) -> None:
        self._held = False
        if self._connection is not None:
            with contextlib.suppress(psycopg.Error):
                self._connection.close()
        self._connection = None


class Startable(Protocol):
    def start(self, poll_seconds: float = 1.0) -> None: ...

    def stop(self) -> None: ...


class LeasedWorker:
    """Runs the followers of the log (the read side, the webhooks' dispatcher) while this
    process holds the lease; stands by otherwise; stops them the moment the lease is lost."""

    def __init__(
        self,
        lease: Lease,
        followers: list[Startable],
        poll_seconds: float = 1.0,
        check_seconds: float = 2.0,
    ) -> None:
        self.lease = lease
        self.followers = followers
        self.poll_seconds = poll_seconds
        self.check_seconds = check_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.leading = threading.Event()

    def run(self) -> None:
        standing_by = False
        while not self._stop.is_set():
            if not self.lease.acquire():
                if not standing_by:
                    log.info("worker.standby", reason="un autre processus suit le journal")
                    standing_by = True
                self._stop.wait(self.check_seconds)
                continue
            standing_by = False
            log.info("worker.leading")
            for follower in self.followers:
                follower.start(self.poll_seconds)
            self.leading.set()
            while not self._stop.wait(self.check_seconds):
                if not self.lease.held():
                    log.warning("worker.lease_lost")
                    break
            self.leading.clear()
            for follower in reversed(self.followers):
                follower.stop()
        self.lease.release()

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, name="worker-lease", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None


def lease_for(database_url: str) -> Lease:
    if database_url.startswith(("postgresql:", "postgres:")):
        return AdvisoryLease(database_url)
    return EmbeddedLease()
