"""The alert board: incremental processing and a rebuild give the same rows; filters; and a
process killed between convention events and their alerts loses and duplicates none."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from eventsourcing.utils import get_topic

from application.ledger import ConventionLedger
from domain.alerts import ConventionAlerts
from domain.convention import AnnualEvaluation, IndicatorValue
from infrastructure.demo import load_demo
from infrastructure.projector import Projector
from infrastructure.settings import persistence_env
from infrastructure.view_store import ViewStore
from projections.alert_board import AlertBoard, AlertFilters, list_alerts
from tests.builders import SYSTEM, World

ROOT = Path(__file__).resolve().parents[2]


def board_rows(store):
    return {
        table: store.query(f"SELECT * FROM {table} ORDER BY 1, 2")  # noqa: S608
        for table in AlertBoard.tables
    }


def test_incremental_board_equals_a_rebuilt_one(database_url):
    ledger = ConventionLedger(env=persistence_env(database_url))
    store = ViewStore(database_url)
    try:
        projector = Projector(ledger, store, [AlertBoard()])
        # Incremental: the projector follows while the demo is written (small pages).
        ledger.listeners.append(lambda: projector.catch_up())
        loader_ids = load_demo(ledger)
        ledger.alert_process.process()
        projector.catch_up()
        incremental = board_rows(store)
        assert len(incremental["alert_board"]) == 9  # every alert of the demo (test_demo_alerts)
        assert projector.rebuild() > 0
        assert board_rows(store) == incremental
        # Filters: by party (through its conventions), status, kind, year; pages.
        glh = loader_ids.parties["oph-glh"]
        rows, total = list_alerts(store, AlertFilters(party_id=glh))
        assert total == len(rows) > 0
        assert {r["convention_id"] for r in rows} == {str(loader_ids.conventions["lyon-contrat-de-plan"])}
        decided, _ = list_alerts(store, AlertFilters(status="decided"))
        assert [r["kind"] for r in decided] == ["indicator"]
        everything, total = list_alerts(store, AlertFilters(limit=500))
        paged = [
            r
            for offset in range(0, total, 7)
            for r in list_alerts(store, AlertFilters(limit=7, offset=offset))[0]
        ]
        assert paged == everything
        bilans, _ = list_alerts(store, AlertFilters(kind="bilan_overdue", year=2020))
        assert len(bilans) == 2 and {r["year"] for r in bilans} == {2020}  # the Nièvre's, Lorient's
    finally:
        store.close()
        ledger.close()


PROCESS = """
import sys
from application.ledger import ConventionLedger
from infrastructure.settings import persistence_env
ledger = ConventionLedger(env=persistence_env(sys.argv[1]))
print("ready", flush=True)
ledger.alert_process.process()
print("done", flush=True)
"""


@pytest.mark.stores("sqlite", "postgres")
def test_a_process_killed_while_raising_alerts_loses_and_duplicates_none(database_url, tmp_path):
    """Convention events are committed; the alert process is killed (SIGKILL) in the middle
    of raising their alerts, then run again: every alert exists exactly once."""
    ledger = ConventionLedger(env=persistence_env(database_url))
    try:
        world = World(ledger)
        conventions = []
        for _ in range(12):
            cid = world.convention_in_force()
            for year in range(2021, 2027):
                ledger.evaluations.record_evaluation(
                    cid,
                    AnnualEvaluation(year, (IndicatorValue("rehab", Decimal(200)),), date(year + 1, 3, 1)),
                    SYSTEM,
                )
            conventions.append(cid)
        expected = len(conventions) * 6  # one miss per convention and year
        last = ledger.recorder.max_notification_id()
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", PROCESS, database_url],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "LOG_LEVEL": "WARNING"},
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout.readline().strip() == "ready"
        # Kill as soon as the process has recorded some of its work: its first transaction.
        deadline = time.monotonic() + 60
        while ledger.alert_process.position() == 0 and time.monotonic() < deadline:
            time.sleep(0.001)
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed_at = ledger.alert_process.position()
        assert 0 < killed_at < last, "the process was not caught mid-way"
        raised_before_restart = count_alerts(ledger, conventions)
        assert raised_before_restart < expected

        # Restart: resumes after the last recorded position.
        ledger.alert_process.process()
        assert count_alerts(ledger, conventions) == expected
        for cid in conventions:
            file = ledger.alerts.get_alerts(cid)
            assert sorted(a.finding.year for a in file.alerts) == list(range(2021, 2027))
            raised = [e for e in ledger.events_of(ConventionAlerts.create_id(cid)) if e.type == "Raised"]
            assert len(raised) == 6
    finally:
        ledger.close()


def count_alerts(ledger, conventions):
    total = 0
    for cid in conventions:
        file = ledger.alerts.get_alerts(cid)
        total += len(file.alerts) if file else 0
    return total


def test_the_board_shows_each_alert_as_the_alert_file_says_resolved_automatically_included(database_url):
    ledger = ConventionLedger(env=persistence_env(database_url))
    store = ViewStore(database_url)
    try:
        projector = Projector(ledger, store, [AlertBoard()])
        loader_ids = load_demo(ledger)
        # Besides the demo's: an alert the process resolves by itself (a correction of the
        # bilan over the threshold).
        world = World(ledger)
        evaluated = world.convention_evaluated(Decimal(200))
        ledger.alert_process.process()
        ledger.evaluations.correct_evaluation(
            evaluated,
            AnnualEvaluation(2021, (IndicatorValue("rehab", Decimal(400)),), date(2022, 4, 1)),
            "Chiffre corrigé",
            SYSTEM,
        )
        ledger.alert_process.process()
        projector.catch_up()
        said = {}
        for cid in [*loader_ids.conventions.values(), evaluated]:
            alerts = ledger.alerts.get_alerts(cid)
            for alert in alerts.alerts if alerts else ():
                said[(str(cid), alert.number)] = (alert.status.value, alert.closed_on)
        board = {
            (r["convention_id"], r["number"]): (r["status"], r["closed_on"])
            for r in list_alerts(store, AlertFilters(limit=500))[0]
        }
        assert board == {k: (status, d and d.isoformat()) for k, (status, d) in said.items()}
        topic = get_topic(vars(ConventionAlerts)["ResolvedAutomatically"])
        cleared = ledger.recorder.select_notifications(start=0, limit=1000, topics=[topic])
        assert cleared and sum(status == "resolved" for status, _ in board.values()) >= len(cleared)
    finally:
        store.close()
        ledger.close()
