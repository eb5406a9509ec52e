"""One worker across processes (issue 18): on PostgreSQL the followers of the log run in the
process that holds the worker's advisory lock; when it is killed, a standby takes over from
the positions it committed, and the read models and alerts end exactly as a rebuild from the
log makes them — nothing lost, nothing doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from domain.convention import AnnualEvaluation, IndicatorValue, Payment
from infrastructure.bootstrap import build_ledger, build_read_side, views_differences
from infrastructure.worker_lease import AdvisoryLease
from tests.builders import SYSTEM, World
from tests.settings import Settings

pytestmark = pytest.mark.stores("postgres")


def test_the_lease_goes_to_one_process_and_passes_when_its_session_ends(database_url):
    first, second = AdvisoryLease(database_url), AdvisoryLease(database_url)
    try:
        assert first.acquire() and first.held()
        assert not second.acquire() and not second.held()
        assert first.acquire()  # taking it again is keeping it
        # The holder's session ends as when its process dies (killed, machine lost).
        pid = first._connection.info.backend_pid  # type: ignore[union-attr]
        with psycopg.connect(database_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        assert not first.held()
        assert second.acquire()
        assert not first.acquire()
    finally:
        first.release()
        second.release()


class Worker:
    """A `conventions worker` process, its log lines collected as they come."""

    def __init__(self, database_url: str, tmp_path: Path, name: str) -> None:
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "CONVENTIONS_TOKENS_FILE": str(tmp_path / "tokens.json"),
            "WORKER_POLL_SECONDS": "0.2",
            "LOG_FORMAT": "json",
        }
        self.name = name
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from infrastructure.cli import main; sys.exit(main())",
                "worker",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    def said(self, event: str) -> bool:
        return any(f'"event": "{event}"' in line or f'"event":"{event}"' in line for line in self.lines)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


def wait_until(condition, seconds: float = 90.0, what=lambda: "") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"not reached in time\n{what()}"
        time.sleep(0.1)


def holders(database_url: str) -> str:
    """Who holds the worker's lease on this database (for a failure's message)."""
    with psycopg.connect(database_url, autocommit=True) as connection:
        rows = connection.execute(
            "SELECT l.pid, a.application_name, a.state, a.backend_start FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ).fetchall()
    return f"\nlease holders: {rows}"


def test_a_standby_worker_takes_over_when_the_leader_is_killed(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    ledger = build_ledger(settings)
    watcher = build_read_side(settings, ledger)  # reads the positions; never runs here
    world = World(ledger)
    cid = world.convention_in_force()

    def caught_up() -> bool:
        return all(lag == 0 for lag in watcher.lag().values())

    # A worker of an earlier test on this database may still be stopping: the lease free first.
    probe = AdvisoryLease(database_url)

    def free() -> bool:
        taken = probe.acquire()
        probe.release()
        return taken

    wait_until(free, what=lambda: holders(database_url))
    workers = [Worker(database_url, tmp_path, "a"), Worker(database_url, tmp_path, "b")]

    def told() -> str:
        return "\n".join(f"{w.name}: {''.join(w.lines[-20:])}" for w in workers) + holders(database_url)

    try:
        wait_until(
            lambda: (
                sum(w.said("worker.leading") for w in workers) == 1
                and any(w.said("worker.standby") for w in workers)
            ),
            what=told,
        )
        [leader] = [w for w in workers if w.said("worker.leading")]
        [standby] = [w for w in workers if w is not leader]
        # The leader raises the alert of a missed target and keeps the read models.
        ledger.evaluations.record_evaluation(
            cid, AnnualEvaluation(2021, (IndicatorValue("rehab", Decimal(200)),), date(2022, 3, 1)), SYSTEM
        )
        wait_until(caught_up, what=told)
        assert not standby.said("worker.leading")

        # Killed without a word (no cleanup): its session ends, the lock with it.
        leader.process.send_signal(signal.SIGKILL)
        leader.process.wait(timeout=10)
        for year in (2022, 2023):
            ledger.evaluations.record_evaluation(
                cid,
                AnnualEvaluation(year, (IndicatorValue("rehab", Decimal(150)),), date(year + 1, 3, 1)),
                SYSTEM,
            )
        ledger.execution.record_payment(
            cid,
            Payment("subv", 2021, Decimal("400000.00"), world.oph_nievre, date(2021, 6, 1), "MANDAT-1"),
            world.signatory(world.nievre),
        )
        wait_until(lambda: standby.said("worker.leading"), what=told)
        wait_until(caught_up, what=told)
        # Nothing lost, nothing doubled: each year's alert raised once, the read models as a
        # rebuild from the log makes them.
        alerts = ledger.alerts.get_alerts(cid)
        assert alerts is not None
        assert sorted(a.finding.year for a in alerts.alerts if a.finding.kind.value == "indicator") == [
            2021,
            2022,
            2023,
        ]
        assert views_differences(settings, ledger) == {}
    finally:
        for worker in workers:
            worker.stop()
        ledger.close()
