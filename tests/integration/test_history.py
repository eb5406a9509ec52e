"""Histories: the feed pages alike at every page size and filters by stream, type and time;
a reader replaying then following sees every event once and in order while writers commit;
a convention as recorded at an instant, in force on a date, and both, on the demo's Nièvre
convention (a retroactive avenant, a corrected evaluation)."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from eventsourcing.application import project_aggregate

from application.audit import snapshot_discrepancies
from application.base import micros
from application.history import FeedQuery, Point
from application.ledger import SNAPSHOT_INTERVAL, ConventionLedger
from domain.alerts import ConventionAlerts
from domain.convention import ConventionStatus
from domain.errors import ConventionNotFoundError, InvalidValueError
from infrastructure.demo import load_demo
from infrastructure.settings import persistence_env
from tests.builders import SYSTEM, World
from tests.unit.application.test_replay import state


@pytest.fixture
def demo(ledger: ConventionLedger):
    ids = load_demo(ledger)
    ledger.alert_process.process()
    return ids


def test_the_feed_pages_alike_at_every_page_size(ledger, demo):
    last = ledger.history.last_position()
    whole = ledger.history.feed(FeedQuery(after=0, limit=1000))
    assert [e.position for e in whole] == list(range(1, last + 1))
    assert len({e.event_id for e in whole}) == last
    recorder = ledger.history.recorder
    expected = [n.id for n in recorder.select_feed(FeedQuery(after=0, limit=1000))]
    for size in range(1, 1001):
        seen, after = [], 0
        while True:
            page = recorder.select_feed(FeedQuery(after=after, limit=size))
            seen += [n.id for n in page]
            if len(page) < size:
                break
            after = page[-1].id
        assert seen == expected, size
    # Decoded pages too, at a few sizes: the same envelopes.
    for size in (1, 7, 100, 999):
        envelopes, after = [], 0
        while page := ledger.history.feed(FeedQuery(after=after, limit=size)):
            envelopes += page
            after = page[-1].position
        assert envelopes == whole


def test_the_feed_filters_by_stream_type_and_recorded_time(ledger, demo):
    nievre = demo.conventions["nievre-2015"]
    streams = frozenset({nievre, ConventionAlerts.create_id(nievre)})
    mine = ledger.history.feed(FeedQuery(limit=1000, originator_ids=streams))
    everything = ledger.history.feed(FeedQuery(limit=1000))
    assert mine == [e for e in everything if e.originator_id in streams]
    assert {e.stream_type for e in mine} == {"Convention", "ConventionAlerts"}
    signed = ledger.history.feed(FeedQuery(limit=1000, topics=ledger.history.topics_of(["AvenantSigned"])))
    assert signed and {e.type for e in signed} == {"AvenantSigned"}
    assert ledger.history.topics_of(["Convention.Signed"]) == ledger.history.topics_of(["Signed"])
    with pytest.raises(InvalidValueError):
        ledger.history.topics_of(["Nope"])
    # Recorded between two instants: exactly the events whose recording time falls there.
    middle = everything[len(everything) // 2]
    start, end = everything[10].recorded_at, middle.recorded_at
    window = ledger.history.feed(
        FeedQuery(limit=1000, recorded_from_us=micros(start), recorded_until_us=micros(end))
    )
    assert window == [e for e in everything if start <= e.recorded_at <= end]


def test_the_nievre_convention_as_recorded_and_in_force(ledger, demo):
    cid = demo.conventions["nievre-2015"]
    events = ledger.events_of(cid)

    def recorded(type_: str, number: int | None = None):
        return next(
            e.recorded_at
            for e in events
            if e.type == type_ and (number is None or e.payload.get("number") == number)
        )

    # The 2017 evaluation: 230 dwellings as first recorded, 235 once corrected.
    corrected_at = recorded("EvaluationCorrected")
    before = ledger.history.convention_at(cid, Point(recorded_at=corrected_at - timedelta(microseconds=1)))
    after = ledger.history.convention_at(cid, Point(recorded_at=corrected_at))
    assert before.evaluation_for(2017).value_of("rehab").value == Decimal(230)
    assert after.evaluation_for(2017).value_of("rehab").value == Decimal(235)
    assert after.version == before.version + 1

    # Avenant n°1, signed in March 2017, effective 1 January 2017 (retroactive): the 2017
    # subsidy rises from 1,200,000 to 1,400,000 €.
    def subsidy_2017(terms):
        return terms.contrepartie("subv-rehab").amount_for(2017)

    now = ledger.get_convention(cid)
    assert subsidy_2017(now.terms_on(date(2016, 12, 31))) == Decimal("1200000.00")
    assert subsidy_2017(now.terms_on(date(2017, 1, 1))) == Decimal("1400000.00")
    # In force on 1 June 2017, as known just before the avenant entered into force: 1,200,000 €
    # (the avenant was not in force yet); as known now: 1,400,000 €, from 1 January.
    in_force_at = recorded("AvenantEnteredIntoForce", 1)
    _, then = ledger.history.terms_at(
        cid, Point(recorded_at=in_force_at - timedelta(microseconds=1), on=date(2017, 6, 1))
    )
    _, known_now = ledger.history.terms_at(cid, Point(on=date(2017, 6, 1)))
    assert (subsidy_2017(then), subsidy_2017(known_now)) == (Decimal("1200000.00"), Decimal("1400000.00"))

    # What changed between the two, and by which event.
    comparison = ledger.history.diff(
        cid,
        Point(recorded_at=in_force_at - timedelta(microseconds=1), on=date(2017, 6, 1)),
        Point(recorded_at=in_force_at, on=date(2017, 6, 1)),
        SYSTEM,
    )
    changes, made_by = comparison.changes, comparison.events
    assert [(c.part, c.key, c.change) for c in changes] == [("contreparties", "subv-rehab", "changed")]
    assert [(e.type, e.payload["number"]) for e in made_by] == [("AvenantEnteredIntoForce", 1)]

    # By version; before it was recorded at all; an impossible version.
    assert ledger.history.convention_at(cid, Point(version=1)).status is ConventionStatus.DRAFT
    with pytest.raises(ConventionNotFoundError):
        ledger.history.convention_at(cid, Point(recorded_at=events[0].recorded_at - timedelta(seconds=1)))
    with pytest.raises(ConventionNotFoundError):
        ledger.history.convention_at(cid, Point(version=now.version + 1))
    # The time index agrees with the events' own timestamps, version by version.
    for event in events:
        assert ledger.history.recorder.version_recorded_by(cid, micros(event.recorded_at)) == event.version


@pytest.mark.stores("sqlite", "postgres")
def test_a_reader_replaying_then_following_sees_each_event_once_in_order(database_url, ledger):
    world = World(ledger)
    writers = [ConventionLedger(env=persistence_env(database_url)) for _ in range(3)]
    done = threading.Event()

    def write(writer: ConventionLedger) -> None:
        for _ in range(3):
            world.through(writer).convention_evaluated()

    threads = [threading.Thread(target=write, args=(w,)) for w in writers]
    try:
        for thread in threads:
            thread.start()
        seen: list[int] = []
        cursor = 0
        while True:
            finished = done.is_set()
            page = ledger.history.feed(FeedQuery(after=cursor, limit=5))
            seen += [e.position for e in page]
            if page:
                cursor = page[-1].position
            elif finished:
                break
            if not any(t.is_alive() for t in threads):
                done.set()
        assert seen == sorted(set(seen))
        assert seen == list(range(1, ledger.history.last_position() + 1))
    finally:
        for thread in threads:
            thread.join()
        for writer in writers:
            writer.close()


def test_snapshots_shorten_reads_at_any_version_and_change_nothing(ledger, demo):
    """The Nièvre convention has more than 50 events: a snapshot was taken at version 50.
    Read at every version, with the snapshot or from its events alone, it is the same."""
    cid = demo.conventions["nievre-2015"]
    now = ledger.get_convention(cid)
    assert now.version > SNAPSHOT_INTERVAL
    assert [s.originator_version for s in ledger.snapshots.get(cid)] == [SNAPSHOT_INTERVAL]
    events = list(ledger.events.get(cid))
    for version in range(1, now.version + 1):
        with_snapshot = ledger.repository.get(cid, version=version)
        from_events = project_aggregate(None, events[:version])
        assert state(with_snapshot) == state(from_events), version
    # Taken from the convention as saved, not read back (LedgerBase._take_snapshots): the
    # same state as its events replayed.
    [snapshot] = ledger.snapshots.get(cid)
    assert state(snapshot.mutate(None)) == state(project_aggregate(None, events[:SNAPSHOT_INTERVAL]))
    assert snapshot_discrepancies(ledger) == []
