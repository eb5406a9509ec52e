"""Events stored in an older shape replay: the evaluation scheme of conventions drafted
before the alerts (issue 3) had no notice, signature or payment deadlines, and signatures
before the registry of people (issue 7) named no signatory; they read back with the
documented defaults (docs/feed.md, "Schema evolution")."""

from __future__ import annotations

import json
from datetime import date

import pytest
from eventsourcing.persistence import StoredEvent

from application.history import FeedQuery
from application.ledger import ConventionLedger
from domain.terms import EvaluationScheme
from infrastructure.settings import persistence_env
from tests.builders import World

ADDED_IN_ISSUE_3 = ("renewal_notice_months", "avenant_signature_days", "payment_due_month", "payment_due_day")


def older_shape(state: bytes) -> bytes:
    """The payload as stored before issue 3: evaluation schemes without the four fields, and
    signatures (events and values) without their signatory."""

    def strip(node):
        if isinstance(node, dict):
            node = {k: v for k, v in node.items() if k != "signatory_id"}
            if node.get("_type_") == "EvaluationScheme":
                node["_data_"] = {k: v for k, v in node["_data_"].items() if k not in ADDED_IN_ISSUE_3}
            return {k: strip(v) for k, v in node.items()}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return json.dumps(strip(json.loads(state)), separators=(",", ":")).encode()


@pytest.mark.stores("memory", "sqlite", "postgres")
def test_a_convention_stored_in_the_older_shape_replays_with_the_defaults(database_url, tmp_path):
    # Written today, on a first store.
    source = ConventionLedger(env=persistence_env("memory://"))
    world = World(source)
    cid = world.convention_in_force()
    stored = [
        StoredEvent(n.originator_id, n.originator_version, n.topic, n.state)
        for n in source.recorder.select_notifications(start=1, limit=10_000)
    ]
    rewritten = [
        StoredEvent(s.originator_id, s.originator_version, s.topic, older_shape(s.state)) for s in stored
    ]
    assert any(b"EvaluationScheme" in s.state for s in rewritten)
    assert all(b"renewal_notice_months" not in s.state for s in rewritten)
    assert any(b"Signed" in s.topic.encode() for s in rewritten)
    assert all(b"signatory_id" not in s.state for s in rewritten)

    # Stored in the older shape, as a store written before issue 3 holds them.
    target = ConventionLedger(env=persistence_env(database_url))
    try:
        target.recorder.insert_events(rewritten)
        convention = target.get_convention(cid)
        assert convention.latest_terms.evaluation_scheme == EvaluationScheme()
        assert convention.latest_terms.evaluation_scheme.payment_due_on(2021) == date(2021, 12, 31)
        assert convention.version == source.get_convention(cid).version
        assert [s.signatory_id for s in convention.signatures] == [None, None]
        # The feed shows them in today's shape, schema version 1 (an added field with a
        # default is a compatible change).
        feed = target.history.feed(FeedQuery(limit=1000))
        assert {e.schema_version for e in feed} == {1}
        assert len(feed) == len(stored)
    finally:
        target.close()
        source.close()
