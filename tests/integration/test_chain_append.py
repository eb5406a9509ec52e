"""On PostgreSQL a command's events, their recorded times, their links in the audit chain and its
idempotency key are written by one call of the store's append function (one round trip), which
makes each link's hash in SQL from the event's canonical record as the recorder renders it
(``infrastructure.chain_store.record_parts``). These tests write from two ledgers on one store
(two API processes), across the gap a refused insert leaves in the positions, after a
transaction that failed once its links were made, and with event types that JSON must escape,
and check that the chain verifies link by link, by the offline verifier's own hash."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from eventsourcing.persistence import IntegrityError, StoredEvent
from psycopg.rows import tuple_row

from application.base import COMMAND_KEY_ARG, CommandKey
from application.ledger import ConventionLedger
from domain.convention import Meeting
from infrastructure.audit_trail import Signer, StoreAuditTrail
from infrastructure.chain_store import NewEvent
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
    for day in range(5):
        meet(first, day)
    meet(second, 10)  # the other process writes on the same convention, then each in turn
    meet(first, 11)
    other(second, 1)
    meet(first, 12)
    other(first, 2)
    verified(first, tmp_path)
    verified(second, tmp_path)


def test_a_gap_left_by_a_refused_insert_sends_the_writer_to_the_store(two_writers, tmp_path):
    first, second = two_writers
    meet = meeting(first, World(first).convention_in_force())
    meet(first, 1)
    meet(second, 2)
    # The first ledger writes from the convention as it last saved it: its insert conflicts
    # on the version (the sequence's value is spent, a gap in the positions), and its retry
    # reads the store and writes after the gap.
    meet(first, 3)
    positions = [n.id for n in first.recorder.select_notifications(start=0, limit=10_000)]
    assert positions != list(range(1, len(positions) + 1))  # the gap is there
    meet(first, 4)
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
    assert ledger.recorder.recorded_command(key.actor_id, key.key) is not None  # type: ignore[attr-defined]
    meet(ledger, 3)  # after the failed transaction's positions
    verified(ledger, tmp_path)


def test_a_type_json_must_escape_is_hashed_by_the_store_as_the_verifier_hashes_it(ledger, tmp_path):
    """The store joins the record's texts as the recorder rendered them: quotes, backslashes,
    accents and control characters in a type are escaped once, by the canonical JSON."""
    World(ledger).convention_in_force()
    odd = StoredEvent(uuid4(), 1, 'domaine:Événement "cité" \\ \t fin', b'{"k": "\xc3\xa9"}')
    then = StoredEvent(odd.originator_id, 2, "domaine:Suite", b"{}")
    ledger.recorder.insert_events([odd, then])
    verified(ledger, tmp_path)


def test_a_store_chained_in_python_before_the_append_function_goes_on_chaining_in_sql(ledger, tmp_path):
    """A PostgreSQL store written by the previous main: its links were made in Python inside the
    writer's transaction (``ChainSql.append``, as the embedded store still does). Events chained
    that way, then by the append function, then that way again, make one chain that verifies."""
    recorder = ledger.recorder
    convention = World(ledger).convention_in_force()
    meet = meeting(ledger, convention)

    def chained_the_old_way(events: list[StoredEvent]) -> None:
        with recorder.datastore.get_connection() as conn, conn.transaction(), conn.cursor() as cursor:  # type: ignore[attr-defined]
            cursor.execute(f"LOCK TABLE {recorder.chain.events} IN EXCLUSIVE MODE")  # type: ignore[attr-defined]
            cursor.execute(
                f"INSERT INTO {recorder.chain.events} (originator_id, originator_version, topic, state) "  # type: ignore[attr-defined]  # noqa: S608 - the store's tables
                "SELECT * FROM unnest(%s::uuid[], %s::bigint[], %s::text[], %s::bytea[]) RETURNING notification_id",
                (
                    [e.originator_id for e in events],
                    [e.originator_version for e in events],
                    [e.topic for e in events],
                    [e.state for e in events],
                ),
            )
            positions = sorted(row["notification_id"] for row in cursor.fetchall())
            new = [
                NewEvent(
                    p, e.originator_id, e.originator_version, e.topic, e.state, 1_700_000_000_000_000 + p
                )
                for p, e in zip(positions, events, strict=True)
            ]
            cursor.executemany(
                f"INSERT INTO {recorder.chain.recorded} VALUES (%s, %s, %s)",  # type: ignore[attr-defined]  # noqa: S608
                [(n.originator_id, n.originator_version, n.recorded_us) for n in new],
            )
            with conn.cursor(row_factory=tuple_row) as links:
                recorder.chain.append(links, new)  # type: ignore[attr-defined]

    stream = uuid4()
    chained_the_old_way(
        [StoredEvent(stream, 1, "domaine:Ancien", b"{}"), StoredEvent(stream, 2, "domaine:Ancien", b"{}")]
    )
    meet(ledger, 1)
    ledger.recorder.insert_events([StoredEvent(stream, 3, "domaine:Nouveau", b"{}")])
    chained_the_old_way([StoredEvent(stream, 4, "domaine:Ancien", b"{}")])
    meet(ledger, 2)
    verified(ledger, tmp_path)
