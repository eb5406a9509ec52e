"""Histories: the global feed of events (by position, stream, type and recorded time), and
time travel — a convention as the platform knew it at an instant (events recorded up to
then), at a version, with its terms in force on a date, and what changed between two such
points.

Both clocks (see ../shared/DOMAIN.md, "Two clocks"): *recorded at* is when the platform
learnt a fact (the events' timestamps, indexed in the same transaction as the events);
*in force on* is the date from which the terms apply (the avenants' effective dates).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Protocol
from uuid import UUID

from eventsourcing.domain import Aggregate
from eventsourcing.persistence import Notification

from application.authorization import sees_everything
from application.base import RECORDED_AT, RecordedEvent, UseCases, event_topics, micros, recorded_event
from application.serialization import to_jsonable
from domain.alerts import ConventionAlerts
from domain.convention import PARTY_CLASSES, Convention
from domain.errors import ConventionNotFoundError, InvalidValueError
from domain.establishment import Establishment
from domain.terms import Terms
from domain.values import Actor

__all__ = [
    "RECORDED_AT",
    "Comparison",
    "FeedQuery",
    "HistoryDesk",
    "Point",
    "PointState",
    "TermsChangeSummary",
]

MAX_PAGE = 1_000


@dataclass(frozen=True)
class FeedQuery:
    after: int = 0  # the cursor: the position of the last event already seen
    limit: int = 100
    originator_ids: frozenset[UUID] | None = None  # only these streams
    topics: tuple[str, ...] = ()  # only these event types
    recorded_from_us: int | None = None
    recorded_until_us: int | None = None
    until: int | None = None  # not past this position


class ReadersIndex(Protocol):
    """What the read models store of ``domain.readers``' verdicts (``convention_readers``),
    for reads that span many conventions: the feed. Implemented by projections.portfolio_queries."""

    def readable_by(self, party_id: UUID) -> set[UUID]:
        """The conventions this party reads."""
        ...

    def party_streams(self) -> set[UUID]:
        """Every party's own stream (the public directory)."""
        ...

    def concerning(self, party_id: UUID) -> set[UUID]:
        """The conventions this party is party to, directly or through its SC."""
        ...


@dataclass(frozen=True)
class FeedFilters:
    """What a reader of the feed asks for: after a position, streams of a convention or of a
    party, event types, recording times."""

    after: int = 0
    limit: int = 100
    convention_id: UUID | None = None
    party_id: UUID | None = None
    topics: tuple[str, ...] = ()
    recorded_from_us: int | None = None
    recorded_until_us: int | None = None


class HistoryRecorder(Protocol):
    """What the ledger's recorders add to the library's (infrastructure/recorders.py)."""

    def version_recorded_by(self, originator_id: UUID, recorded_us: int) -> int | None: ...

    def select_feed(self, query: FeedQuery) -> list[Notification]: ...


@dataclass(frozen=True)
class Point:
    """A point of a convention's history: at a version, or as recorded at an instant (both
    absent: as known now); its terms read in force on a date (absent: as they now stand)."""

    version: int | None = None
    recorded_at: datetime | None = None
    on: date | None = None


@dataclass(frozen=True)
class TermsChangeSummary:
    """One difference between two terms: what (``part`` and its id), and both sides."""

    part: str
    key: str
    change: str  # "added", "removed", "changed"
    before: Any
    after: Any


@dataclass(frozen=True)
class PointState:
    """Where a point of the history stands: the version, when it was recorded, its status."""

    version: int
    recorded_at: datetime
    on: date | None
    status: str


@dataclass(frozen=True)
class Comparison:
    before: PointState
    after: PointState
    changes: list[TermsChangeSummary]
    events: list[RecordedEvent]


# Parts of the terms compared element by element, with the field that identifies an element.
_KEYED_PARTS = {
    "parties": "party_id",
    "axes": "axis_id",
    "commitments": "commitment_id",
    "contreparties": "contrepartie_id",
    "governance_bodies": "body_id",
}


def diff_terms(before: Terms, after: Terms) -> list[TermsChangeSummary]:
    changes: list[TermsChangeSummary] = []
    for field in fields(Terms):
        old, new = getattr(before, field.name), getattr(after, field.name)
        if old == new:
            continue
        key_name = _KEYED_PARTS.get(field.name)
        if key_name is None:
            changes.append(TermsChangeSummary(field.name, "", "changed", to_jsonable(old), to_jsonable(new)))
            continue
        olds = {str(getattr(e, key_name)): e for e in old}
        news = {str(getattr(e, key_name)): e for e in new}
        for key in sorted(olds.keys() | news.keys()):
            was, now = olds.get(key), news.get(key)
            if was == now:
                continue
            change = "added" if was is None else "removed" if now is None else "changed"
            changes.append(TermsChangeSummary(field.name, key, change, to_jsonable(was), to_jsonable(now)))
    return changes


def _event_types() -> dict[str, tuple[str, ...]]:
    """Event type names (``Signed``, or ``Convention.Signed``) to the topics they stand for."""
    types: dict[str, list[str]] = {}
    aggregates: tuple[type[Aggregate], ...] = (
        Convention,
        ConventionAlerts,
        Establishment,
        *PARTY_CLASSES.values(),
    )
    for aggregate in aggregates:
        for topic in event_topics(aggregate):
            qualified = topic.rpartition(":")[2]
            for name in (qualified, qualified.rpartition(".")[2]):
                types.setdefault(name, []).append(topic)
    return {name: tuple(dict.fromkeys(topics)) for name, topics in types.items()}


EVENT_TYPES = _event_types()


class HistoryDesk(UseCases):
    """The feed and time travel."""

    @staticmethod
    def topics_of(types: list[str]) -> tuple[str, ...]:
        """The topics of event types named ``Signed`` or ``Convention.Signed``."""
        unknown = [t for t in types if t not in EVENT_TYPES]
        if unknown:
            raise InvalidValueError(f"Type(s) d'événement inconnu(s) : {', '.join(unknown)}.")
        return tuple(dict.fromkeys(topic for t in types for topic in EVENT_TYPES[t]))

    @property
    def recorder(self) -> HistoryRecorder:
        """The ledger's recorder, as the index of the feed and of recording times."""
        recorder: HistoryRecorder = self.ledger.recorder  # type: ignore[assignment]
        return recorder

    # --- the feed ------------------------------------------------------------------------

    def feed(self, query: FeedQuery) -> list[RecordedEvent]:
        """Events in commit order after ``query.after``, filtered, at most ``query.limit``
        (1 to 1,000). The next cursor is the position of the last one."""
        if not 1 <= query.limit <= MAX_PAGE:
            raise InvalidValueError(f"Une page compte de 1 à {MAX_PAGE} événements.")
        return [
            recorded_event(self.ledger.mapper.to_domain_event(n), n.id)
            for n in self.recorder.select_feed(query)
        ]

    def readable_feed(self, filters: FeedFilters, actor: Actor, index: ReadersIndex) -> FeedQuery:
        """The feed query this actor may run: the filters asked, narrowed to what it reads —
        for an actor of a party, the parties' own events (the public directory) and the events
        of the conventions its party reads, with their alerts; everything for who sees
        everything (administrators, auditors, the system)."""
        streams: set[UUID] | None = None
        if filters.convention_id is not None:
            streams = {filters.convention_id, ConventionAlerts.create_id(filters.convention_id)}
        if filters.party_id is not None:
            concerned = index.concerning(filters.party_id)
            party_streams = (
                {filters.party_id} | concerned | {ConventionAlerts.create_id(c) for c in concerned}
            )
            streams = party_streams if streams is None else streams & party_streams
        if not sees_everything(actor):
            visible = index.readable_by(actor.party_id) if actor.party_id is not None else set()
            allowed = index.party_streams() | visible | {ConventionAlerts.create_id(c) for c in visible}
            streams = allowed if streams is None else streams & allowed
        return FeedQuery(
            after=filters.after,
            limit=filters.limit,
            originator_ids=None if streams is None else frozenset(streams),
            topics=filters.topics,
            recorded_from_us=filters.recorded_from_us,
            recorded_until_us=filters.recorded_until_us,
        )

    def last_position(self) -> int:
        return self.ledger.recorder.max_notification_id() or 0

    # --- time travel ---------------------------------------------------------------------

    def convention_at(self, convention_id: UUID, point: Point) -> Convention:
        """The convention at a version, or as recorded at an instant (the events recorded up
        to then); as known now when neither is given."""
        if point.version is not None and point.recorded_at is not None:
            raise InvalidValueError("Donnez une version ou un instant d'enregistrement, pas les deux.")
        version = point.version
        if point.recorded_at is not None:
            version = self.recorder.version_recorded_by(convention_id, micros(point.recorded_at))
            if version is None:
                self.ledger.get_convention(convention_id)  # unknown altogether: not found
                raise ConventionNotFoundError(
                    f"La convention {convention_id} n'était pas encore enregistrée le "
                    f"{point.recorded_at:%d/%m/%Y à %H:%M:%S} (UTC)."
                )
        if version is None:
            return self.ledger.get_convention(convention_id)
        convention = self.ledger.get_convention(convention_id)
        if not 1 <= version <= convention.version:
            raise ConventionNotFoundError(
                f"La convention {convention_id} n'a pas de version {version} (dernière : {convention.version})."
            )
        at: Convention = self.ledger.repository.get(convention_id, version=version)
        return at

    def readable_convention_at(self, convention_id: UUID, point: Point, actor: Actor) -> Convention:
        """The convention at a point, for an actor who reads it (the read rule as it stands
        now: a party that reads it today reads its whole history)."""
        self.ledger.readable_convention(convention_id, actor)
        return self.convention_at(convention_id, point)

    def terms_at(self, convention_id: UUID, point: Point) -> tuple[Convention, Terms]:
        convention = self.convention_at(convention_id, point)
        return convention, convention.terms_on(point.on) if point.on else convention.latest_terms

    def convention_events(
        self, convention_id: UUID, actor: Actor, after: int = 0, until: int | None = None
    ) -> Iterator[RecordedEvent]:
        """The convention's own events after a position, for an actor who reads it."""
        self.ledger.readable_convention(convention_id, actor)
        return self.stream(convention_id, after, until)

    def stream(
        self, originator_id: UUID, after: int = 0, until: int | None = None
    ) -> Iterator[RecordedEvent]:
        """The events of one stream after a position, in order, read a page at a time."""
        cursor = after
        while True:
            page = self.feed(
                FeedQuery(
                    after=cursor, limit=MAX_PAGE, originator_ids=frozenset({originator_id}), until=until
                )
            )
            yield from page
            if len(page) < MAX_PAGE:
                return
            cursor = page[-1].position or cursor

    def diff(self, convention_id: UUID, before: Point, after: Point, actor: Actor) -> Comparison:
        """What changed in the terms between two points, and the events recorded between
        their versions (in force dates alone change no version: the avenants whose effect
        falls between the two dates are among the convention's events), for an actor who
        reads the convention."""
        self.ledger.readable_convention(convention_id, actor)
        old, old_terms = self.terms_at(convention_id, before)
        new, new_terms = self.terms_at(convention_id, after)
        low, high = sorted((old.version, new.version))
        events = list(self.stream(convention_id))
        between = [e for e in events if low < e.version <= high]
        if before.on != after.on:
            days = sorted(d for d in (before.on, after.on) if d is not None)
            between += [
                e
                for e in events
                if e.type == "AvenantEnteredIntoForce"
                and e.version <= high
                and e not in between
                and _avenant_effect_between(new if new.version >= old.version else old, e, days)
            ]
            between.sort(key=lambda e: e.version)
        recorded = {e.version: e.recorded_at for e in events}

        def state(convention: Convention, point: Point) -> PointState:
            return PointState(
                convention.version, recorded[convention.version], point.on, convention.status.value
            )

        return Comparison(state(old, before), state(new, after), diff_terms(old_terms, new_terms), between)


def _avenant_effect_between(convention: Convention, event: RecordedEvent, days: list[date]) -> bool:
    number = event.payload.get("number")
    avenant = next((a for a in convention.avenants if a.number == number), None)
    if avenant is None:
        return False
    if len(days) == 1:
        return True
    return days[0] < avenant.effective_on <= days[1]
