"""A writer on PostgreSQL chains its events after the head it last committed without asking the
store (``infrastructure.chain_store.ChainMemo``) — only when the new events' positions follow
that head at once. These tests write from two ledgers on one store (two API processes), with a
refused insert leaving a gap in the positions between, and check that the memo was used where
it may be, refused where it may not, and that the chain verifies link by link either way."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from eventsourcing.persistence import IntegrityError

from application.base import COMMAND_KEY_ARG, CommandKey
from application.ledger import ConventionLedger
from domain.convention import Meeting
from infrastructure.audit_trail import Signer, StoreAuditTrail
from infrastructure.settings import persistence_env
from tests.builders import SYSTEM, World

pytestmark = pytest.mark.stores("postgres")


@pytest.fixture
def two_writers(database_url):
    """Two ledgers on one store, as two API processes."""
    first = ConventionLedger(env=persistence_env(database_url))
    second = ConventionLedger(env=persistence_env(database_url))
    yield first, second
    second.close()
    first.close()


def verified(ledger: ConventionLedger, tmp_path: Path) -> None:
    trail = StoreAuditTrail(ledger.recorder.chain_access, Signer(tmp_path / "key.pem"))  # type: ignore[attr-defined]
    report = trail.verify()
    assert report.ok, report.discrepancies[:3]
    assert report.events_checked == len(ledger.recorder.select_notifications(start=0, limit=100_000))


def meeting(ledger: ConventionLedger, convention):
    """Records a meeting of the convention's first body ``day`` days after its entry into force
    (the convention read once here: a read brings the ledger's cached copy up to date)."""
    read = ledger.get_convention(convention)
    body, start = read.latest_terms.governance_bodies[0].body_id, read.in_force_since

    def meet(writer: ConventionLedger, day: int) -> None:
        writer.execution.record_meeting(
            convention, Meeting(body, start + timedelta(days=day), f"R{day}"), SYSTEM
        )

    return meet


def test_two_writers_on_one_store_chain_every_event_after_the_true_head(two_writers, tmp_path):
    first, second = two_writers
    world = World(first)
    meet = meeting(first, world.convention_in_force())
    other = meeting(second, world.convention_in_force())
    memo = first.recorder.chain_memo  # type: ignore[attr-defined]
    served = memo.served
    for day in range(5):  # one writer alone: after its first write, no head query
        meet(first, day)
    assert memo.served - served >= 4
    served = memo.served
    meet(second, 10)  # the other process writes: the first's head is stale
    meet(first, 11)
    assert memo.served == served  # its positions do not follow its head: the store was asked
    meet(first, 12)
    assert memo.served == served + 1  # its own head again
    # The other process writes on another convention: the first knows its own stream's last
    # link, but not the head any more — its positions tell it.
    other(second, 1)
    meet(first, 13)
    assert memo.served == served + 1
    meet(first, 14)
    assert memo.served == served + 2
    verified(first, tmp_path)


def test_a_gap_left_by_a_refused_insert_sends_the_writer_to_the_store(two_writers, tmp_path):
    first, second = two_writers
    meet = meeting(first, World(first).convention_in_force())
    meet(first, 1)
    meet(second, 2)
    # The first ledger writes from the convention as it last saved it: its insert conflicts
    # on the version (the sequence's value is spent, a gap in the positions), and its retry
    # reads the store and writes after the gap.
    memo = first.recorder.chain_memo  # type: ignore[attr-defined]
    served = memo.served
    meet(first, 3)
    assert memo.served == served
    positions = [n.id for n in first.recorder.select_notifications(start=0, limit=10_000)]
    assert positions != list(range(1, len(positions) + 1))  # the gap is there
    meet(first, 4)
    assert memo.served == served + 1
    verified(first, tmp_path)


def test_links_of_a_transaction_that_failed_after_chaining_are_not_remembered(ledger, tmp_path):
    """The idempotency key is written after the chain's links, in the same transaction: a key
    used twice fails the second transaction there, after its links were made."""
    convention = World(ledger).convention_in_force()
    meet = meeting(ledger, convention)
    key = CommandKey("test-system", "une-clé", "empreinte")
    body = ledger.get_convention(convention).latest_terms.governance_bodies[0].body_id
    for day, fails in ((1, False), (2, True)):
        changed = ledger.get_convention(convention)
        changed.record_meeting(Meeting(body, changed.in_force_since + timedelta(days=day), "K"), SYSTEM)
        if fails:
            with pytest.raises(IntegrityError):
                ledger.save(changed, **{COMMAND_KEY_ARG: (key, "{}")})
        else:
            ledger.save(changed, **{COMMAND_KEY_ARG: (key, "{}")})
    memo = ledger.recorder.chain_memo  # type: ignore[attr-defined]
    served = memo.served
    meet(ledger, 3)  # after the failed transaction's positions: the store is asked
    assert memo.served == served
    verified(ledger, tmp_path)
