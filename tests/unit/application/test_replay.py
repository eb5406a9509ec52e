"""Replay: an aggregate rebuilt from its stored events equals the one that recorded them,
on every store, for every aggregate of the demo data set (every event type it uses)."""

from application.ledger import ConventionLedger
from domain.alerts import AlertStatus, ConventionAlerts, DecisionKind
from domain.convention import ConventionStatus
from infrastructure.demo import load_demo
from infrastructure.settings import persistence_env

IGNORED = {"_pending_events"}


class RememberingLedger(ConventionLedger):
    """Keeps the aggregate objects that recorded the events, as they were when saved."""

    def __init__(self, env):
        super().__init__(env=env)
        self.recorders = {}

    def save(self, *objs, **kwargs):
        recordings = super().save(*objs, **kwargs)
        for obj in objs:
            self.recorders[obj.id] = obj
        return recordings


def state(aggregate):
    return {k: v for k, v in vars(aggregate).items() if k not in IGNORED}


def test_every_demo_aggregate_replays_to_the_state_that_recorded_it(database_url):
    ledger = RememberingLedger(persistence_env(database_url))
    try:
        ids = load_demo(ledger)
        alert_files = {ConventionAlerts.create_id(c) for c in ids.conventions.values()}
        assert set(ledger.recorders) >= {*ids.parties.values(), *ids.conventions.values()}
        assert set(ledger.recorders) - {*ids.parties.values(), *ids.conventions.values()} <= alert_files
        assert set(ledger.recorders) & alert_files  # handled alerts replay too
        for aggregate_id, recorded in ledger.recorders.items():
            replayed = ledger.repository.get(aggregate_id)
            assert type(replayed) is type(recorded)
            assert state(replayed) == state(recorded), f"{type(recorded).__name__} {aggregate_id}"
        # And the demo tells the story the seeds tell.
        nievre = ledger.get_convention(ids.conventions["nievre-2015"])
        assert nievre.status is ConventionStatus.EXPIRED
        assert len(nievre.avenants) == 3 and len(nievre.evaluations) == 5
        assert nievre.successor_id == ids.conventions["nievre-2022"]
        assert nievre.evaluation_for(2017).revision == 2
        # Alerts in every state of their handling.
        statuses = {
            alert.status
            for c in ids.conventions.values()
            if (file := ledger.alerts.get_alerts(c)) is not None
            for alert in file.alerts
        }
        assert {
            AlertStatus.OPEN,
            AlertStatus.DECIDED,
            AlertStatus.RESOLVED,
            AlertStatus.DISMISSED,
        } <= statuses
        rehab_2017 = ledger.alerts.get_alerts(nievre.id).by_key("indicator|rehab|2017")
        assert rehab_2017.decision.kind is DecisionKind.SUPPORT_TRIGGERED
        assert rehab_2017.status is AlertStatus.RESOLVED
    finally:
        ledger.close()
