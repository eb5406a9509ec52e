# ruff: noqa: S608 - these tests tamper with the store in SQL on purpose
"""Tampering with the store directly — as a database administrator could — is detected, at the
right position, on SQLite and PostgreSQL: edited payloads (byte flips, a forged actor, a changed
type), changed recording times, deleted, inserted and reordered rows, deleted chain links, a
truncated tail, and a history rewritten with its chain recomputed (caught by the signed
checkpoints). Each mutation is made, verified and rolled back inside one transaction of a raw
connection, so thousands run against one store; an untouched store raises no alarm."""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
import pytest

from application.audit import snapshot_discrepancies
from application.ledger import ConventionLedger
from infrastructure.audit_trail import Signer, StoreAuditTrail, Witness
from infrastructure.chain_store import NewEvent, SqlChainAccess, link_events
from infrastructure.settings import persistence_env, sqlite_path
from tests.builders import World

pytestmark = pytest.mark.stores("sqlite", "postgres")

BYTE_FLIPS = 1000


@dataclass
class Store:
    """A raw connection to the ledger's store, and how to speak to it."""

    ledger: ConventionLedger
    connection: Any
    trail: StoreAuditTrail
    p: str
    position: str  # the events' position column
    positions: list[int]
    checkpoints: list[dict[str, Any]]

    def __post_init__(self) -> None:
        recorder = self.ledger.recorder
        self.sql = recorder.chain  # type: ignore[attr-defined]
        self.events = self.sql.events
        self.recorded = self.sql.recorded
        self.chain = self.sql.chain

    def cursor(self) -> Any:
        return self.connection.cursor()

    def begin(self) -> None:
        if isinstance(self.connection, sqlite3.Connection):
            self.connection.execute("BEGIN")

    def rollback(self) -> None:
        self.connection.rollback() if not isinstance(
            self.connection, sqlite3.Connection
        ) else self.connection.execute("ROLLBACK")

    def run(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        cursor = self.cursor()
        cursor.execute(sql.replace("?", self.p), params)
        return cursor.fetchall() if cursor.description else []

    def state(self, position: int) -> bytes:
        return bytes(
            self.run(f"SELECT state FROM {self.events} WHERE {self.position} = ?", (position,))[0][0]
        )

    def verify_inside(self, mutate: Callable[[], None]) -> Any:
        """Mutate, verify through the same transaction, roll back."""
        self.begin()
        try:
            mutate()
            cursor = self.cursor()
            trail = StoreAuditTrail(SqlChainAccess(self.sql, lambda: nullcontext(cursor)), self.trail.signer)
            return trail.verify()
        finally:
            self.rollback()


@pytest.fixture
def store(database_url: str, tmp_path: Path) -> Iterator[Store]:
    ledger = ConventionLedger(env=persistence_env(database_url))
    world = World(ledger)
    world.convention_evaluated(Decimal(200))  # an alert too
    trail = StoreAuditTrail(ledger.recorder.chain_access, Signer(tmp_path / "key.pem"))  # type: ignore[attr-defined]
    half = trail.checkpoint()
    for _ in range(3):
        world.convention_in_force()
    last = trail.checkpoint()
    if database_url.startswith("sqlite"):
        connection: Any = sqlite3.connect(sqlite_path(database_url), isolation_level=None)
        p, position = "?", "rowid"
    else:
        connection = psycopg.connect(database_url)
        p, position = "%s", "notification_id"
    store = Store(ledger, connection, trail, p, position, [], [half, last])
    store.positions = [
        int(r[0]) for r in store.run(f"SELECT {position} FROM {store.events} ORDER BY {position}")
    ]
    connection.rollback() if not isinstance(connection, sqlite3.Connection) else None
    yield store
    connection.close()
    ledger.close()


def detected(store: Store, mutate: Callable[[], None], position: int, kind: str) -> None:
    report = store.verify_inside(mutate)
    assert not report.ok, f"{kind} at {position} went unnoticed"
    first = report.discrepancies[0]
    assert (first.position, first.kind) == (position, kind), (position, kind, report.discrepancies[:3])


def test_an_untouched_store_verifies(store: Store) -> None:
    report = store.trail.verify()
    assert report.ok and report.discrepancies == ()
    assert report.events_checked == len(store.positions) and report.checkpoints_checked == 2
    # Contiguous positions: the expected positions below are exact.
    assert store.positions == list(range(1, len(store.positions) + 1))


def test_every_byte_flip_of_a_payload_is_detected_where_it_was_made(store: Store) -> None:
    chance = random.Random(6)
    for _ in range(BYTE_FLIPS):
        position = chance.choice(store.positions)
        state = bytearray(store.state(position))
        offset = chance.randrange(len(state))
        state[offset] = (state[offset] + chance.randrange(1, 256)) % 256

        def flip(position: int = position, state: bytes = bytes(state)) -> None:
            store.run(f"UPDATE {store.events} SET state = ? WHERE {store.position} = ?", (state, position))

        detected(store, flip, position, "altered-event")


def test_every_row_edited_deleted_inserted_or_moved_is_detected_at_its_position(store: Store) -> None:
    events, recorded, chain, pos = store.events, store.recorded, store.chain, store.position
    last = store.positions[-1]
    mutations = 0
    for position in store.positions:
        state = store.state(position).decode()
        oid, version, topic = store.run(
            f"SELECT originator_id, originator_version, topic FROM {events} WHERE {pos} = ?", (position,)
        )[0]

        def set_state(text: str, position: int = position) -> None:
            store.run(f"UPDATE {events} SET state = ? WHERE {pos} = ?", (text.encode(), position))

        forged_actor = re.sub(r'"actor_id":"([^"]*)"', r'"actor_id":"\1-x"', state, count=1)
        forged_time = re.sub(r'"_data_":"(\d{4})-', lambda m: f'"_data_":"{int(m[1]) - 1}-', state, count=1)
        cases: list[tuple[str, Callable[[], None], int]] = [
            ("altered-event", lambda f=forged_actor: set_state(f), position),  # another actor
            ("altered-event", lambda f=forged_time: set_state(f), position),  # another event time
            (
                "altered-event",  # another recording time in the time index
                lambda o=oid, v=version: store.run(
                    f"UPDATE {recorded} SET recorded_us = recorded_us + 1 WHERE originator_id = ? "
                    "AND originator_version = ?",
                    (o, v),
                ),
                position,
            ),
            (
                "altered-event",  # another type
                lambda p=position, t=topic: store.run(f"UPDATE {events} SET topic = ? WHERE {pos} = ?", (t + "X", p)),
                position,
            ),
            (
                "deleted-event",
                lambda p=position: store.run(f"DELETE FROM {events} WHERE {pos} = ?", (p,)),
                position,
            ),
            (
                "unchained-event",  # its link deleted: the event is no longer bound
                lambda p=position: store.run(f"DELETE FROM {chain} WHERE position = ?", (p,)),
                position,
            ),
            (
                "truncated",  # everything from here on, links included
                lambda p=position: (
                    store.run(f"DELETE FROM {recorded} WHERE (originator_id, originator_version) IN "
                              f"(SELECT originator_id, originator_version FROM {events} WHERE {pos} >= ?)", (p,)),
                    store.run(f"DELETE FROM {events} WHERE {pos} >= ?", (p,)),
                    store.run(f"DELETE FROM {chain} WHERE position >= ?", (p,)),
                ),
                position,
            ),
        ]  # fmt: skip
        if position < last:
            cases.append(("moved-event", lambda p=position: swap(store, p, p + 1), position))
        for kind, mutate, expected in cases:
            detected(store, mutate, expected, kind)
            mutations += 1
    # A forged event appended without its link.
    oid, version, topic, state = store.run(
        f"SELECT originator_id, originator_version, topic, state FROM {events} WHERE {pos} = ?", (last,)
    )[0]
    detected(
        store,
        lambda: store.run(
            f"INSERT INTO {events} (originator_id, originator_version, topic, state) VALUES (?, ?, ?, ?)",
            (oid, version + 1000, topic, state),
        ),
        last + 1,
        "unchained-event",
    )
    assert mutations > 7 * len(store.positions) - 1


def swap(store: Store, first: int, second: int) -> None:
    events, pos = store.events, store.position
    store.run(f"UPDATE {events} SET {pos} = ? WHERE {pos} = ?", (-1, first))
    store.run(f"UPDATE {events} SET {pos} = ? WHERE {pos} = ?", (first, second))
    store.run(f"UPDATE {events} SET {pos} = ? WHERE {pos} = ?", (second, -1))


def test_a_history_rewritten_with_its_chain_recomputed_differs_from_the_signed_checkpoints(
    store: Store,
) -> None:
    half, last = store.checkpoints
    for position in store.positions[:: max(1, len(store.positions) // 25)]:
        expected = half["head_position"] if position <= half["head_position"] else last["head_position"]

        def rewrite(position: int = position) -> None:
            rewrite_from(store, position)

        report = store.verify_inside(rewrite)
        kinds = {d.kind for d in report.discrepancies}
        assert kinds == {"differs-from-checkpoint"}, (position, report.discrepancies[:3])
        assert report.first_position == expected


# --- what a database administrator can do unseen without a witness, and not with one -------------


def rewrite_from(store: Store, position: int) -> None:
    """Edit the event at ``position`` and recompute every link from it on (a careful forger)."""
    store.run(
        f"UPDATE {store.events} SET state = ? WHERE {store.position} = ?",
        (store.state(position).replace(b'"actor_id":"', b'"actor_id":"forged-'), position),
    )
    cursor = store.cursor()
    first = store.sql.link_at_position(cursor, position)
    head = store.sql.links(cursor, first.seq - 2, 1)[0] if first.seq else None
    rows = list(store.sql.audit_rows(cursor, position - 1, 100_000))
    links = link_events(
        (head.seq, head.hash) if head else None,
        lambda oid, version: (link.hash if (link := store.sql.link_of(cursor, oid, version)) else None),
        [NewEvent(r.position, r.event.originator_id, r.event.originator_version, r.event.topic,
                  r.event.state, r.event.recorded_us) for r in rows if r.event],
    )  # fmt: skip
    for link in links:
        store.run(f"UPDATE {store.chain} SET hash = ? WHERE seq = ?", (link.hash, link.seq))


def witnessed_verification(
    store: Store, witness: Witness | None, mutate: Callable[[], None], **kw: Any
) -> Any:
    store.begin()
    try:
        mutate()
        cursor = store.cursor()
        trail = StoreAuditTrail(
            SqlChainAccess(store.sql, lambda: nullcontext(cursor)),
            kw.get("signer", store.trail.signer),
            witness=witness,
        )
        return trail.verify(held=kw.get("held"))
    finally:
        store.rollback()


@pytest.fixture
def witness(store: Store, tmp_path: Path) -> Witness:
    witness = Witness(tmp_path / "temoin")
    for checkpoint in store.checkpoints:
        witness.append(checkpoint)
    return witness


def test_deleting_the_checkpoints_after_rewriting_the_chain_is_seen_only_with_the_witness(store, witness):
    position = store.positions[len(store.positions) // 3]

    def forge() -> None:
        rewrite_from(store, position)
        store.run(f"DELETE FROM {store.sql.checkpoints_table}")

    assert witnessed_verification(store, None, forge).ok  # the limit without a witness (docs/audit.md)
    report = witnessed_verification(store, witness, forge)
    kinds = {d.kind for d in report.discrepancies}
    assert not report.ok and {"checkpoint-deleted", "differs-from-checkpoint"} <= kinds, report.discrepancies[
        :4
    ]


def test_a_tail_cut_after_a_checkpoint_with_its_checkpoints_removed_is_seen_with_the_witness(store, witness):
    half, _ = store.checkpoints
    cut = [p for p in store.positions if p > half["head_position"]]

    def truncate() -> None:
        cursor = store.cursor()
        last = store.sql.link_at_position(cursor, cut[0])
        store.run(f"DELETE FROM {store.chain} WHERE seq >= ?", (last.seq,))
        store.run(f"DELETE FROM {store.events} WHERE {store.position} > ?", (half["head_position"],))
        store.run(f"DELETE FROM {store.sql.checkpoints_table} WHERE tree_size > ?", (half["tree_size"],))

    assert witnessed_verification(store, None, truncate).ok  # a clean, shorter past: unseen alone
    report = witnessed_verification(store, witness, truncate)
    assert {"checkpoint-deleted", "truncated"} <= {d.kind for d in report.discrepancies}, (
        report.discrepancies[:4]
    )


def test_a_checkpoint_an_auditor_holds_must_be_extended_by_the_chain(store):
    half, _ = store.checkpoints
    position = store.positions[2]
    report = witnessed_verification(
        store,
        None,
        lambda: (rewrite_from(store, position), store.run(f"DELETE FROM {store.sql.checkpoints_table}")),
        held=[half],
    )
    assert {"checkpoint-deleted", "differs-from-checkpoint"} <= {d.kind for d in report.discrepancies}


def test_replacing_the_signing_key_is_seen(store, tmp_path):
    report = witnessed_verification(store, None, lambda: None, signer=Signer(tmp_path / "autre-cle.pem"))
    assert {d.kind for d in report.discrepancies} == {"checkpoint-signature"}


def test_an_edited_snapshot_is_seen(database_url, tmp_path):
    ledger = ConventionLedger(env=persistence_env(database_url))
    try:
        world = World(ledger)
        cid = world.convention_in_force()
        ledger.take_snapshot(cid)
        trail = StoreAuditTrail(
            ledger.recorder.chain_access,  # type: ignore[attr-defined]
            Signer(tmp_path / "key.pem"),
            derived_state=partial(snapshot_discrepancies, ledger),
        )
        assert trail.verify().ok
        table = ledger.snapshots.recorder.events_table_name  # type: ignore[union-attr]
        if database_url.startswith("sqlite"):
            connection: Any = sqlite3.connect(sqlite_path(database_url), isolation_level=None)
        else:
            connection = psycopg.connect(database_url, autocommit=True)
        try:
            (state,) = connection.execute(f"SELECT state FROM {table}").fetchone()
            forged = bytes(state).replace("Convention Département".encode(), "Convention falsifiée".encode())
            assert forged != bytes(state)
            connection.execute(
                f"UPDATE {table} SET state = {'?' if database_url.startswith('sqlite') else '%s'}", (forged,)
            )
        finally:
            connection.close()
        # The falsified title would be served (reads start from the snapshot)…
        ledger.repository.cache = None  # type: ignore[assignment] - read from the store
        assert "falsifiée" in ledger.repository.get(cid).terms.title
        # …verification says so.
        report = trail.verify()
        assert [d.kind for d in report.discrepancies] == ["altered-snapshot"], report.discrepancies
    finally:
        ledger.close()
