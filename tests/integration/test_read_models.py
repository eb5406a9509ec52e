"""The read models: incremental processing, a rebuild and a restart with an empty cache give
the same rows; a worker following the log while several writers commit skips and doubles
nothing; a worker killed mid-way resumes at the right position."""

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

import pytest

from application.ledger import ConventionLedger
from domain.convention import AnnualEvaluation, IndicatorValue, Payment
from infrastructure.bootstrap import build_read_side
from infrastructure.demo import load_demo
from infrastructure.projector import Projector
from infrastructure.read_side import ReadSide
from infrastructure.settings import persistence_env
from projections.alert_board import AlertBoard
from projections.portfolio import Portfolio
from tests.builders import SYSTEM, World
from tests.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def every_row(read_side: ReadSide) -> dict[str, list[tuple]]:
    return {
        table: sorted(read_side.query(f"SELECT * FROM {table}"), key=repr)  # noqa: S608
        for table in read_side.projector.tables
    }


def read_side_for(database_url: str, ledger: ConventionLedger) -> ReadSide:
    return build_read_side(Settings(database_url=database_url), ledger)


def test_incremental_rebuilt_and_restarted_read_models_hold_the_same_rows(database_url):
    ledger = ConventionLedger(env=persistence_env(database_url))
    read_side = read_side_for(database_url, ledger)
    try:
        # Incremental: the read models follow every write of the demo, page by page.
        ledger.listeners.append(lambda: read_side.projector.catch_up())
        load_demo(ledger)
        read_side.settle()
        incremental = every_row(read_side)
        assert (
            {t: len(r) for t, r in incremental.items()}
            == {
                "alert_board": 9,
                "alert_files": 3,
                "convention_parties": 31,
                "convention_pending_parties": 1,
                "parties": 31,
                "landlord_stock": 6,  # Nièvre Habitat's three communes, the OPAL's three
                "sc_memberships": 3,
                "sc_governance": 1,
                "conventions": 11,
                "convention_roles": 31,
                "convention_readers": 41,  # parties, their SC relations, offices' collectivités de rattachement
                "convention_results": 139,
                "convention_contreparties": 54,
                "convention_guarantees": 5,
                "convention_operations": 4,  # the Lyon cadre's two, Mermoz Nord's convention d'opération's one, Nevers'
                "convention_deadlines": 80,
                "convention_timeline": 300,
            }
        )
        # Rebuilt from zero in pages of 500: the same rows.
        assert read_side.projector.rebuild() > 0
        assert every_row(read_side) == incremental
        # Rebuilt by a new process (empty aggregate cache) in pages of 7: the same rows.
        restarted = build_read_side(Settings(database_url=database_url, read_side_page_size=7), ledger)
        restarted.projector.rebuild()
        assert every_row(restarted) == incremental
        # Half caught up, then resumed by another new process (aggregates read from the
        # store at the version of the event where it resumes): the same rows.
        half = ledger.recorder.max_notification_id() // 2
        with restarted.store.transaction() as rows:
            for table in restarted.projector.tables:
                rows.execute(f"DELETE FROM {table}")  # noqa: S608
            rows.execute("UPDATE projection_positions SET position = 0")
        restarted.projector.catch_up(until=half)
        assert 0 < restarted.projector.position <= half
        resumed = read_side_for(database_url, ledger)
        resumed.projector.catch_up()
        assert every_row(resumed) == incremental
        assert read_side.lag() == {"alert_process": 0, "alert_board": 0, "portfolio": 0}
    finally:
        ledger.close()


def test_the_timeline_tells_a_convention_in_french(database_url):
    ledger = ConventionLedger(env=persistence_env(database_url))
    read_side = read_side_for(database_url, ledger)
    try:
        world = World(ledger)
        cid = world.convention_in_force()
        ledger.execution.record_payment(
            cid,
            Payment("subv", 2021, Decimal("250000.00"), world.oph_nievre, date(2021, 6, 1), "MANDAT-1"),
            world.signatory(world.nievre),
        )
        read_side.settle()
        lines = [
            r[0]
            for r in read_side.query(
                "SELECT line FROM convention_timeline WHERE convention_id = ? ORDER BY position", (str(cid),)
            )
        ]
        assert lines[0] == (
            "Projet de convention de rattachement « Convention Département de la Nièvre – Nièvre Habitat » "
            "rédigé, du 01/01/2021 au 31/12/2026, entre Nièvre Habitat et le Département de la Nièvre."
        )
        assert "Convention signée par le Département de la Nièvre le 01/02/2021." in lines
        assert (
            "Convention conclue et entrée en vigueur le 01/02/2021, tous ses signataires ayant signé les mêmes termes."
            in lines
        )
        assert lines[-1] == (
            "Versement de 250\u202f000,00\xa0€ à Nièvre Habitat au titre de « Subvention annuelle » 2021, "
            "le 01/06/2021 (réf. MANDAT-1)."
        )
        # The contrepartie row: committed 1,000,000.00 €, paid 250,000.00 € (in cents).
        assert read_side.query(
            "SELECT committed_cents, paid_cents FROM convention_contreparties "
            "WHERE convention_id = ? AND year = 2021",
            (str(cid),),
        ) == [(100_000_000, 25_000_000)]
    finally:
        ledger.close()


@pytest.mark.stores("sqlite", "postgres")
def test_a_worker_following_several_writers_skips_and_doubles_nothing(database_url):
    """Four writers (each its own connection, as separate processes would be) commit
    conventions, evaluations and payments while the worker follows the log (live on
    PostgreSQL, polling on SQLite)."""
    ledger = ConventionLedger(env=persistence_env(database_url))
    read_side = read_side_for(database_url, ledger)
    world = World(ledger)
    read_side.start(poll_seconds=0.02)
    writers = [ConventionLedger(env=persistence_env(database_url)) for _ in range(4)]
    failures: list[BaseException] = []

    def write(writer: ConventionLedger) -> None:
        try:
            mine = world.through(writer)
            for _ in range(3):
                cid = mine.convention_evaluated()
                writer.execution.record_payment(
                    cid,
                    Payment("subv", 2021, Decimal("1000.00"), world.oph_nievre, date(2021, 6, 1), "M-1"),
                    world.signatory(world.nievre),
                )
        except BaseException as error:  # surfaced by the assert below
            failures.append(error)

    try:
        threads = [threading.Thread(target=write, args=(w,)) for w in writers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        last = ledger.recorder.max_notification_id()
        assert read_side.wait_for(last, timeout=60)
        # Every convention and alert event is in the timeline once (positions are its key).
        topics = read_side.projector.projections[1].topics
        expected = {
            n.id
            for n in ledger.recorder.select_notifications(start=1, limit=100_000, topics=topics)
            if ":Convention." in n.topic or ":ConventionAlerts." in n.topic
        }
        timeline = {r[0] for r in read_side.query("SELECT position FROM convention_timeline")}
        assert timeline == expected and len(expected) > 12 * 12
        assert read_side.query("SELECT COUNT(*) FROM conventions")[0][0] == 12
        assert read_side.query("SELECT COUNT(*) FROM alert_board")[0][0] == 12
        followed = every_row(read_side)
        read_side.stop()
        read_side.projector.rebuild()
        assert every_row(read_side) == followed
    finally:
        read_side.stop()
        for writer in writers:
            writer.close()
        ledger.close()


@pytest.mark.stores("sqlite", "postgres")
def test_a_worker_killed_mid_way_resumes_at_the_right_position(database_url, tmp_path):
    ledger = ConventionLedger(env=persistence_env(database_url))
    read_side = read_side_for(database_url, ledger)
    try:
        world = World(ledger)
        for _ in range(40):
            cid = world.convention_in_force()
            for year in (2021, 2022):
                ledger.evaluations.record_evaluation(
                    cid,
                    AnnualEvaluation(year, (IndicatorValue("rehab", Decimal(310)),), date(year + 1, 3, 1)),
                    SYSTEM,
                )
        ledger.alert_process.process()
        last = ledger.recorder.max_notification_id()
        page_size = 10  # the worker's pages: many of them, to catch it between two
        assert last > 3 * page_size
        worker = subprocess.Popen(
            [sys.executable, "-m", "infrastructure.cli", "worker"],
            cwd=tmp_path,
            env={
                **os.environ,
                "PYTHONPATH": str(ROOT),
                "DATABASE_URL": database_url,
                "LOG_LEVEL": "WARNING",
                "READ_SIDE_PAGE_SIZE": str(page_size),
            },
        )
        deadline = time.monotonic() + 60
        while read_side.projector.position == 0 and time.monotonic() < deadline:
            time.sleep(0.001)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        killed_at = read_side.projector.position
        assert 0 < killed_at < last, "the worker was not caught mid-way"
        # What the killed worker committed is whole: its rows stop at its position.
        assert (read_side.query("SELECT MAX(position) FROM convention_timeline")[0][0] or 0) <= killed_at

        read_side.settle()  # resumes after the position
        assert read_side.projector.position == last
        resumed = every_row(read_side)
        assert len(resumed["convention_timeline"]) == len({r[0] for r in resumed["convention_timeline"]})
        read_side.projector.rebuild()
        assert every_row(read_side) == resumed
    finally:
        ledger.close()


def test_a_new_layout_of_the_tables_is_rebuilt_from_zero(database_url):
    """A version that changes a read model's tables finds no position for its layout: the
    tables are made again and filled from zero, never half-filled by the old code."""
    ledger = ConventionLedger(env=persistence_env(database_url))
    read_side = read_side_for(database_url, ledger)
    try:
        World(ledger).convention_evaluated()
        read_side.settle()
        before = every_row(read_side)
        assert before["conventions"] and read_side.projector.position == ledger.history.last_position()

        class NewLayout(Portfolio):
            schema = (
                *Portfolio.schema,
                "CREATE INDEX IF NOT EXISTS conventions_title ON conventions (title)",
            )

        projector = Projector(
            ledger,
            read_side.store,
            [AlertBoard(), NewLayout(load=ledger.aggregate_at)],
        )
        assert projector.position == 0
        assert read_side.query("SELECT COUNT(*) FROM conventions") == [(0,)]
        projector.catch_up()
        assert every_row(read_side) == before
    finally:
        ledger.close()


@pytest.mark.stores("postgres")
def test_read_models_compared_with_a_rebuild_made_aside(database_url, tmp_path):
    """The same comparison as ``conventions check-views``, on PostgreSQL (the aside rebuild is
    in SQLite: the values read back compare alike)."""
    from infrastructure.bootstrap import views_differences

    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    ledger = ConventionLedger(env=persistence_env(database_url))
    try:
        load_demo(ledger)
        assert views_differences(settings, ledger) == {}
        read_side = read_side_for(database_url, ledger)
        with read_side.store.transaction() as rows:
            rows.execute("UPDATE conventions SET title = 'Falsifiée'")
        assert set(views_differences(settings, ledger)) == {"conventions"}
    finally:
        ledger.close()


def test_the_worker_scans_the_deadlines_once_a_day_when_asked(database_url, tmp_path):
    """DAILY_DEADLINE_SCAN: the worker, idle, scans as of today — once a day."""
    from infrastructure.audit_trail import DailyScan

    days = []
    scan = DailyScan(lambda day: days.append(day), check_every_seconds=0)
    scan()
    scan()
    assert len(days) == 1  # once a day, however often the worker is idle
    ledger = ConventionLedger(env=persistence_env(database_url))
    try:
        world = World(ledger)
        cid = world.convention_in_force()
        settings = Settings(
            database_url=database_url, tokens_file=tmp_path / "t.json", daily_deadline_scan=True
        )
        read_side = build_read_side(settings, ledger)
        read_side.settle()
        read_side._idle()  # what the worker does when it has caught up
        alerts = ledger.alerts.get_alerts(cid)
        assert alerts is not None and any(a.finding.kind.value == "bilan_overdue" for a in alerts.alerts)
        off = build_read_side(
            Settings(database_url=database_url, tokens_file=tmp_path / "t.json", daily_deadline_scan=False),
            ledger,
        )
        assert not any(isinstance(task, DailyScan) for task in off.when_idle)
    finally:
        ledger.close()
