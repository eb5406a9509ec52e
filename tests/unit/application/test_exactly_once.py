"""A command with an idempotency key is decided at most once (issue 16): the key is recorded
with its events, in their transaction, unique per actor. A repeat after the commit — the
client's retry after a lost answer, the library's retry after a lost acknowledgement, a
process that died before storing the answer — answers the recorded result; concurrent
repeats commit once. On every store."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

import pytest

from application.base import CommandKey, IdempotencyKeyReusedError, WriteRequest
from application.ledger import ConventionLedger
from domain.convention import Payment
from infrastructure.settings import persistence_env
from tests.builders import World, refused


@pytest.fixture
def world(ledger):
    return World(ledger)


def pay(ledger: ConventionLedger, world: World, cid, key: CommandKey | None, amount: str = "1000.00"):
    return ledger.for_request(WriteRequest(command_key=key)).execution.record_payment(
        cid,
        Payment("subv", 2021, Decimal(amount), world.oph_nievre, date(2021, 6, 1), "M-1"),
        world.signatory(world.nievre),
    )


def test_a_repeated_key_answers_the_recorded_result_and_writes_nothing(ledger, world):
    cid = world.convention_in_force()
    key = CommandKey("signataire-nievre", "virement-2021-06", "empreinte-1")
    first = pay(ledger, world, cid, key)
    assert not first.replayed
    before = ledger.recorder.max_notification_id()
    again = pay(ledger, world, cid, key)
    assert again.replayed and (again.aggregate_id, again.version) == (first.aggregate_id, first.version)
    assert again.notification_id == first.notification_id
    assert ledger.recorder.max_notification_id() == before
    assert ledger.get_convention(cid).paid("subv", 2021) == Decimal("1000.00")
    # The same key for another request is refused, recording nothing.
    refused(
        ledger,
        IdempotencyKeyReusedError,
        lambda: pay(ledger, world, cid, CommandKey(key.actor_id, key.key, "autre")),
    )
    # Without a key, the same payment is a second payment.
    pay(ledger, world, cid, None)
    assert ledger.get_convention(cid).paid("subv", 2021) == Decimal("2000.00")


def test_a_commit_whose_acknowledgement_was_lost_is_not_decided_again(ledger, world, database_url):
    """The write committed; the process that made it never learnt it (its answer was lost,
    or it died). Another process — a new ledger on the same store, with no memory of it —
    receives the retry: it finds the command and answers it."""
    cid = world.convention_in_force()
    key = CommandKey("signataire-nievre", "virement-perdu", "empreinte")
    first = pay(ledger, world, cid, key)
    # In memory there is one process (the memory store is not shared): the same ledger.
    other = ledger if database_url == "memory://" else ConventionLedger(env=persistence_env(database_url))
    try:
        again = pay(other, world.through(other), cid, key)
        assert again.replayed and again.version == first.version
        assert other.get_convention(cid).paid("subv", 2021) == Decimal("1000.00")
    finally:
        if other is not ledger:
            other.close()


@pytest.mark.stores("sqlite", "postgres")
def test_concurrent_repeats_of_a_key_commit_once(ledger, world, database_url):
    cid = world.convention_in_force()
    key = CommandKey("signataire-nievre", "virement-concurrent", "empreinte")
    ledgers = [ConventionLedger(env=persistence_env(database_url)) for _ in range(4)]
    results, errors = [], []
    start = threading.Barrier(len(ledgers))

    def repeat(other: ConventionLedger) -> None:
        start.wait()
        try:
            results.append(pay(other, world.through(other), cid, key))
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=repeat, args=(other,)) for other in ledgers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert not errors, errors
        assert len({(r.aggregate_id, r.version) for r in results}) == 1
        assert sum(not r.replayed for r in results) <= 1
        assert ledger.get_convention(cid).paid("subv", 2021) == Decimal("1000.00")
    finally:
        for other in ledgers:
            other.close()
