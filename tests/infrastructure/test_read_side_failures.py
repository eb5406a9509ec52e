"""An event the read side cannot apply (here: a row forged in the store, as a database
administrator could) never goes unseen and never empties the read models (issue 16): the
failure is kept and shown by /health and every write's answer, and a rebuild that meets it
leaves the read models as they were."""

from __future__ import annotations

from uuid import uuid4

import pytest
from eventsourcing.persistence import StoredEvent
from eventsourcing.utils import get_topic
from fastapi.testclient import TestClient

from domain.convention import Convention
from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from infrastructure.settings import Settings
from infrastructure.tokens import Tokens
from tests.builders import World

pytestmark = [pytest.mark.integration, pytest.mark.stores("sqlite", "postgres")]


def test_an_event_the_read_side_cannot_apply_is_shown_and_a_rebuild_keeps_the_views(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    app = build_api(settings, run_worker=False)
    with TestClient(app) as client:
        ledger, read_side = app.state.ledger, app.state.reads
        World(ledger).convention_in_force()
        read_side.settle()
        before = read_side.query("SELECT COUNT(*) FROM conventions")[0][0]
        assert before == 1 and client.get("/health").json() == {"status": "ok"}

        forged = StoredEvent(uuid4(), 1, get_topic(vars(Convention)["Drafted"]), b'{"not": "a convention"}')
        ledger.recorder.insert_events([forged])
        with pytest.raises(Exception):  # noqa: B017 - whatever the decoding raises
            read_side.settle()
        health = client.get("/health").json()
        assert health["status"] == "degraded" and "position" in health["read_side"]
        admin = {
            "Authorization": f"Bearer {Tokens.for_settings(settings).issue(Actor('admin', ActorRole.ADMIN))}"
        }
        listed = client.get("/conventions", headers=admin).json()
        assert listed["read_side"]["failure"] == health["read_side"]

        with pytest.raises(Exception):  # noqa: B017
            read_side.projector.rebuild()
        assert read_side.query("SELECT COUNT(*) FROM conventions")[0][0] == before
    app.state.ledger.close()
