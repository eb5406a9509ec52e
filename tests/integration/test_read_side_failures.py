"""An event a follower of the log cannot handle never goes unseen, never stops the other
followers and never empties the read models (issue 16): the follower stops just before it,
its failure is kept in the database and shown by /health and every answer's read side, the
others go on, it is tried again later, and a rebuild that meets it leaves the read models as
they were."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from uuid import uuid4

import pytest
from eventsourcing.persistence import StoredEvent
from eventsourcing.utils import get_topic
from fastapi.testclient import TestClient

from domain.convention import Convention, Payment
from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from infrastructure.projector import Projector
from infrastructure.read_side import ReadSide
from infrastructure.tokens import Tokens
from projections.alert_board import AlertBoard
from projections.base import Positioned, Rows
from projections.portfolio import Portfolio
from tests.builders import World
from tests.settings import Settings

pytestmark = pytest.mark.stores("sqlite", "postgres")


def admin_headers(settings: Settings) -> dict[str, str]:
    token = Tokens.for_settings(settings).issue(Actor("admin", ActorRole.ADMIN))
    return {"Authorization": f"Bearer {token}"}


def test_a_forged_event_stops_its_readers_only_and_a_rebuild_keeps_the_views(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    app = build_api(settings, run_worker=False)
    with TestClient(app) as client:
        ledger, read_side = app.state.ledger, app.state.reads
        world = World(ledger)
        world.convention_in_force()
        read_side.settle()
        before = read_side.query("SELECT COUNT(*) FROM conventions")[0][0]
        assert before == 1 and client.get("/health").json() == {"status": "ok"}

        # A row forged in the store, as a database administrator could: a "Drafted" that is
        # not one. Every follower reads convention events: each stops just before it (the
        # alert process too: it is named in the failure).
        forged = StoredEvent(uuid4(), 1, get_topic(vars(Convention)["Drafted"]), b'{"not": "a convention"}')
        ledger.recorder.insert_events([forged])
        forged_at = ledger.recorder.max_notification_id()
        read_side.settle()  # no exception: the failures are kept
        health = client.get("/health").json()
        assert health["status"] == "degraded"
        assert f"l'événement n° {forged_at}" in health["read_side"]
        assert "le processus d'alertes" in health["read_side"]
        assert read_side.projector.positions() == {"alert_board": forged_at - 1, "portfolio": forged_at - 1}
        listed = client.get("/conventions", headers=admin_headers(settings)).json()
        assert listed["read_side"]["failure"] == health["read_side"]

        # A rebuild that meets it fails and leaves the views as they were.
        with pytest.raises(AttributeError):  # what applying the forged event raises
            read_side.projector.rebuild()
        assert read_side.query("SELECT COUNT(*) FROM conventions")[0][0] == before
        assert client.get("/conventions", headers=admin_headers(settings)).json()["total"] == before
    app.state.ledger.close()


class Fragile(AlertBoard):
    """A read model with a defect: it cannot apply a payment whose reference says so."""

    name = "fragile"
    title = "la vue fragile"
    schema = ("CREATE TABLE IF NOT EXISTS fragile_seen (position BIGINT)",)
    tables = ("fragile_seen",)
    broken = True

    def apply(self, events: Sequence[Positioned], rows: Rows) -> None:
        for event, position in events:
            payment = getattr(event, "payment", None)
            if self.broken and payment is not None and payment.reference == "PIÈGE":
                raise KeyError("référence inattendue")
            rows.execute("INSERT INTO fragile_seen VALUES (?)", (position,))


def test_one_failing_read_model_stops_alone_and_resumes_when_fixed(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    app = build_api(settings, run_worker=False)
    with TestClient(app):
        ledger = app.state.ledger
        base: ReadSide = app.state.reads
        fragile = Fragile()
        projector = Projector(
            ledger,
            base.store,
            [AlertBoard(), fragile, Portfolio(load=ledger.aggregate_at)],
            page_size=3,
            retry_seconds=0,
        )
        read_side = ReadSide(ledger, base.store, projector)
        world = World(ledger)
        cid = world.convention_in_force()
        read_side.settle()

        def pay(reference: str) -> int:
            payment = Payment("subv", 2021, Decimal("1000.00"), world.oph_nievre, date(2021, 6, 1), reference)
            return ledger.execution.record_payment(
                cid, payment, world.signatory(world.nievre)
            ).notification_id

        pay("MANDAT-1")
        trap = pay("PIÈGE")
        after = [pay(f"MANDAT-{n}") for n in range(2, 6)]
        read_side.settle()

        # The fragile view stopped just before the trap, with what it applied before it…
        positions = projector.positions()
        assert positions["fragile"] == trap - 1
        seen = {row[0] for row in read_side.query("SELECT position FROM fragile_seen")}
        assert trap - 1 in seen and trap not in seen
        [failure] = read_side.failures()
        assert failure.follower.startswith("fragile@") and failure.failed_at == trap
        assert "la vue fragile" in read_side.failure() and "KeyError" in read_side.failure()
        # …the others went on to the end, and the answers of the others are whole.
        last = ledger.recorder.max_notification_id()
        assert positions["portfolio"] == positions["alert_board"] == last
        paid = read_side.query(
            "SELECT COUNT(*) FROM convention_timeline WHERE convention_id = ?", (str(cid),)
        )
        assert paid[0][0] > len(after)
        assert read_side.lag()["fragile"] > 0 and read_side.lag()["portfolio"] == 0
        # A client waiting for its write is told the read side is not whole, at once.
        assert read_side.wait_for(after[-1], timeout=5) is False

        # Tried again (here at once: retry_seconds=0), still failing: still stopped there.
        read_side.settle()
        assert projector.positions()["fragile"] == trap - 1

        # The defect fixed (an upgrade), the next try resumes from the trap to the end.
        fragile.broken = False
        read_side.settle()
        assert projector.positions()["fragile"] == last
        assert read_side.failures() == [] and read_side.failure() is None
        assert read_side.wait_for(after[-1], timeout=5) is True
        assert {row[0] for row in read_side.query("SELECT position FROM fragile_seen")} >= {trap, *after}
    app.state.ledger.close()


def test_the_alert_process_stopped_does_not_stop_the_read_models(database_url, tmp_path, monkeypatch):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    app = build_api(settings, run_worker=False)
    with TestClient(app) as client:
        ledger, read_side = app.state.ledger, app.state.reads
        read_side.projector.retry_seconds = 0
        world = World(ledger)
        cid = world.convention_in_force()
        read_side.settle()
        stopped_at = ledger.alert_process.position()

        def broken_policy(*_: object) -> None:
            raise RuntimeError("politique d'alerte défaillante")

        monkeypatch.setattr(ledger.alert_process, "policy", broken_policy)
        payment = Payment("subv", 2021, Decimal("1000.00"), world.oph_nievre, date(2021, 6, 1), "MANDAT-9")
        written = ledger.execution.record_payment(cid, payment, world.signatory(world.nievre)).notification_id
        read_side.settle()
        assert ledger.alert_process.position() == stopped_at
        assert read_side.projector.position == ledger.recorder.max_notification_id() >= written
        health = client.get("/health").json()
        assert health["status"] == "degraded" and "le processus d'alertes" in health["read_side"]

        monkeypatch.undo()  # fixed: its next try (due at once here) goes on
        read_side.settle()
        assert ledger.alert_process.position() >= written
        assert client.get("/health").json() == {"status": "ok"}
    app.state.ledger.close()
