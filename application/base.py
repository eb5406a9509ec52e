"""What every use case of the ledger shares — the core the use-case modules are composed on:
get → decide → save in one transaction with retries on conflicts, the convention a write
changes (at the version its writer read, readable by its actor), the parties a rule needs, the
result a caller needs, and stored events as readers see them."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import json
import pkgutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol, Self, TypeVar
from uuid import UUID, uuid5

import structlog
from eventsourcing.application import AggregateNotFoundError, ProcessingEvent, Repository
from eventsourcing.domain import Aggregate, DomainEventProtocol
from eventsourcing.persistence import IntegrityError, Notification, Recording, Transcoder
from eventsourcing.projection import EventSourcedProjection
from eventsourcing.utils import get_topic

from application.authorization import check_may_prepare, convention_party_ids, sees_everything
from application.blobs import BlobStore, MemoryBlobStore
from application.people import MemoryPeopleStore, PeopleRegistry, PeopleStore
from application.serialization import to_jsonable
from application.transcodings import LedgerTranscoder
from domain.alerts import ConventionAlerts
from domain.collectivite import Collectivite
from domain.convention import Convention
from domain.errors import (
    ConventionNotFoundError,
    InvalidInputError,
    PartyNotFoundError,
    PreconditionFailedError,
    RuleViolationError,
)
from domain.office import Office
from domain.organisme import Organisme
from domain.people import check_signatory
from domain.readers import Readers, readers_of
from domain.societe_de_coordination import SocieteDeCoordination
from domain.state_service import StateService
from domain.terms import AddParty
from domain.values import Actor

log = structlog.get_logger("ledger")

Party = Office | Collectivite | SocieteDeCoordination | Organisme | StateService

A = TypeVar("A", bound=Aggregate)

MAX_ATTEMPTS = 5


class ConcurrentWriteError(RuleViolationError):
    """Another write changed the same aggregate, again and again: retry later."""


class IdempotencyKeyReusedError(InvalidInputError):
    """The key already served for another request of this actor."""


@dataclass(frozen=True)
class CommandKey:
    """An idempotency key (scoped to its actor) and the fingerprint of the request it names.
    A command carrying one is decided at most once: the key is recorded with its events, in
    their transaction, unique per actor; a repeat finds it and answers the recorded result."""

    actor_id: str
    key: str
    fingerprint: str


@dataclass(frozen=True)
class WriteRequest:
    """What a writer says of its write besides the command itself: the version of the object
    it read (HTTP ``If-Match``; None when it did not say) and its idempotency key. Given to
    the ledger explicitly (``LedgerBase.for_request``), never through ambient state."""

    expected_version: int | None = None
    command_key: CommandKey | None = None


COMMAND_KEY_ARG = "command_key"
"""Keyword under which the ledger passes the key and its result to its recorder."""


class CommandKeyRecorder(Protocol):
    """What the ledger's recorders keep of the keys (infrastructure/recorders.py)."""

    def recorded_command(self, actor_id: str, key: str) -> tuple[str, str, int | None] | None:
        """The fingerprint, the result (JSON) and the last position of a recorded command."""
        ...


@dataclass(frozen=True)
class CommandResult:
    """What a caller needs after a write: the aggregate, its new version, the position of the
    last event in the notification log (to wait for the read side), and warnings."""

    aggregate_id: UUID
    version: int
    notification_id: int | None
    warnings: tuple[str, ...] = ()
    detail: dict[str, Any] = dataclasses.field(default_factory=dict)
    replayed: bool = False  # the command had been carried out already (same idempotency key)

    def encoded(self) -> str:
        return json.dumps(
            {
                "aggregate_id": str(self.aggregate_id),
                "version": self.version,
                "warnings": list(self.warnings),
                "detail": self.detail,
            },
            sort_keys=True,
        )

    @classmethod
    def decoded(cls, text: str, notification_id: int | None) -> CommandResult:
        data = json.loads(text)
        return cls(
            UUID(data["aggregate_id"]),
            int(data["version"]),
            notification_id,
            tuple(data["warnings"]),
            dict(data["detail"]),
            replayed=True,
        )


@dataclass(frozen=True)
class RecordedEvent:
    """A stored event as readers see it (the feed's envelope): where it stands in the log,
    its stream, both clocks, who recorded it, its schema version and its payload."""

    originator_id: UUID
    version: int
    type: str
    recorded_at: datetime
    effective_on: date | None
    actor: Actor | None
    payload: dict[str, Any]
    position: int | None = None
    stream_type: str = ""
    schema_version: int = 1

    @property
    def event_id(self) -> UUID:
        """Stable across replays and stores: derived from the stream and the version."""
        return uuid5(self.originator_id, str(self.version))


ENVELOPE_FIELDS = {
    "originator_id",
    "originator_version",
    "originator_topic",
    "timestamp",
    "actor",
    "effective_on",
}


def event_topics(*aggregates: type[Aggregate]) -> tuple[str, ...]:
    """The topics of every event class of the given aggregates (to select them in the log)."""
    return tuple(
        get_topic(cls)
        for aggregate in aggregates
        for cls in vars(aggregate).values()
        if isinstance(cls, type) and issubclass(cls, aggregate.Event)
    )


def _same(value: Any, memo: dict[int, Any]) -> Any:
    return value


MUTABLE_CONTAINERS = (list, dict, set, bytearray)


def _copy_of_aggregate(aggregate: Aggregate, memo: dict[int, Any]) -> Aggregate:
    """A deep copy of an aggregate that shares its values: the domain's aggregates hold
    scalars, enums, dates, frozen values and tuples of them (checked over every aggregate of
    the demo: tests/unit/application/test_aggregate_copies.py), which no command can change in place — it
    assigns a new tuple. Only a mutable container (the pending events' list, or one a later
    attribute might hold) is copied. The library's deep copy walked every element of every
    tuple: 2.4 ms of a 3.3 ms command on a convention with a few hundred values."""
    copied: Any = object.__new__(type(aggregate))
    memo[id(aggregate)] = copied
    copied.__dict__.update(
        {
            name: copy.deepcopy(value, memo) if isinstance(value, MUTABLE_CONTAINERS) else value
            for name, value in vars(aggregate).items()
        }
    )
    return copied  # type: ignore[no-any-return]


def share_frozen_values() -> None:
    """Deep copies share the domain's frozen values instead of copying them. They cannot
    change, so a copy of an aggregate (the aggregate cache hands each command and each read
    one) needs only its own attributes: copying a convention costs its number of attributes,
    not the size of every value it holds (terms, meetings, payments, evaluations…)."""
    import domain

    for info in pkgutil.iter_modules(domain.__path__, "domain."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if not isinstance(value, type) or value.__module__ != module.__name__:
                continue
            if dataclasses.is_dataclass(value) and value.__dataclass_params__.frozen:  # type: ignore[attr-defined]
                value.__deepcopy__ = _same  # type: ignore[attr-defined]
            elif issubclass(value, Aggregate):
                value.__deepcopy__ = _copy_of_aggregate  # type: ignore[attr-defined]


share_frozen_values()


def project_in_turn(aggregate: Any, domain_events: Iterable[Any]) -> Any:
    """The library's ``project_aggregate`` without its ``assert isinstance(event,
    CanMutateProtocol)``: a runtime ``Protocol`` check walks the protocol's members in Python
    at every event (~14 % of a command on a convention read from the store, under cProfile),
    and every event the mapper decodes is one of the library's, which mutate."""
    for domain_event in domain_events:
        aggregate = domain_event.mutate(aggregate)
    return aggregate


class LedgerRepository(Repository[UUID]):
    """The library's repository, projecting events with ``project_in_turn``."""

    def get(
        self, aggregate_id: UUID, *, version: int | None = None, projector_func: Any = None, **kwargs: Any
    ) -> Any:
        return super().get(
            aggregate_id, version=version, projector_func=projector_func or project_in_turn, **kwargs
        )


class LedgerBase(EventSourcedProjection[UUID]):
    """The store, its caches and the plumbing of the use cases (``ConventionLedger`` composes
    the use-case modules on it)."""

    def __init__(
        self, env: Any = None, people: PeopleStore | None = None, blobs: BlobStore | None = None
    ) -> None:
        super().__init__(env)
        self.people = PeopleRegistry(people or MemoryPeopleStore(), self.get_party)
        self.blobs: BlobStore = blobs or MemoryBlobStore()
        """The bytes of the conventions' documents (their records are events)."""
        self.listeners: list[Callable[[], None]] = []
        """Called after each write (to wake the read side)."""
        self.request = WriteRequest()
        """The write request served (see ``for_request``): none said, for direct calls."""

    def for_request(self, request: WriteRequest) -> Self:
        """This ledger serving one write request: the same stores, caches and listeners (a
        shallow copy), with what the writer said of its write. The API makes one per request."""
        if request == self.request:
            return self
        served = copy.copy(self)
        served.request = request
        served.serves_request = True
        return served

    serves_request = False
    """True for a request's view (``for_request``): its stores are its origin's, which it must
    not close (the library closes an application when it is collected; ``close`` checks)."""

    def _notify(self, recordings: list[Recording[UUID]]) -> None:
        super()._notify(recordings)
        for listener in self.listeners:
            listener()

    def construct_repository(self) -> Repository[UUID]:
        # The library's, configured from the environment as it does, projecting events with
        # ``project_in_turn`` (it has no hook for its repository's class).
        repository = super().construct_repository()
        repository.__class__ = LedgerRepository
        return repository

    def construct_transcoder(self) -> Transcoder:
        return LedgerTranscoder()

    # --- plumbing ------------------------------------------------------------------------

    def run_command(self, decide: Callable[[], tuple[Sequence[Aggregate], CommandResult]]) -> CommandResult:
        """get → decide → save, all touched aggregates in one save. A conflict on versions
        means another writer got there first: decide again on fresh state.

        With an idempotency key (``request.command_key``), the command is decided at most once: a key
        already recorded answers its recorded result without deciding; the key is saved with
        the events (same transaction, unique per actor), so of two runs of one key — a client's
        retry, the library's retry after a commit whose acknowledgement was lost — one commits
        and the other finds it."""
        command = self.request.command_key
        if command is not None and (done := self._recorded_command(command)) is not None:
            return done
        for attempt in range(1, MAX_ATTEMPTS + 1):
            aggregates, result = decide()
            keyed = {COMMAND_KEY_ARG: (command, result.encoded())} if command is not None else {}
            try:
                recordings = self.save(*aggregates, **keyed)
            except IntegrityError:
                if command is not None and (done := self._recorded_command(command)) is not None:
                    return done
                if attempt == MAX_ATTEMPTS:
                    raise ConcurrentWriteError(
                        "D'autres écritures concurrentes ont modifié les mêmes données : réessayez."
                    ) from None
                continue
            notification_id = recordings[-1].notification.id if recordings else None
            return dataclasses.replace(result, notification_id=notification_id)
        raise AssertionError("unreachable")

    def _recorded_command(self, command: CommandKey) -> CommandResult | None:
        recorder: Any = self.recorder
        found = recorder.recorded_command(command.actor_id, command.key)
        if found is None:
            return None
        fingerprint, result, notification_id = found
        if fingerprint != command.fingerprint:
            raise IdempotencyKeyReusedError(
                "Cette clé d'idempotence a déjà servi pour une autre requête : prenez une nouvelle clé."
            )
        return CommandResult.decoded(result, notification_id)

    def notifications_of(self, topics: Sequence[str]) -> Iterator[Notification]:
        """Every notification of these topics, in the log's order, a page at a time."""
        position = 0
        while True:
            page = self.recorder.select_notifications(
                start=position, limit=500, topics=topics, inclusive_of_start=False
            )
            if not page:
                return
            yield from page
            position = page[-1].id

    def get_as(self, aggregate_id: UUID, cls: type[A], error: Callable[[str], Exception]) -> A:
        try:
            aggregate: Aggregate = self.repository.get(aggregate_id)
        except AggregateNotFoundError:
            raise error(f"Aucun enregistrement {aggregate_id}.") from None
        if not isinstance(aggregate, cls):
            raise error(f"{aggregate_id} n'est pas {cls.__name__}.")
        return aggregate

    def check_may_read(self, convention: Convention, actor: Actor) -> Readers | None:
        """A convention that does not concern the actor's party does not exist for it. Its
        readers, for what else they decide (which alerts); None for who sees everything."""
        if sees_everything(actor):
            return None
        # Each party read once (fresh from the store: one query each), though the actor's is
        # often one the read rule asks for too.
        loaded: dict[UUID, Aggregate | None] = {}

        def party_of(party_id: UUID) -> Aggregate | None:
            if party_id not in loaded:
                loaded[party_id] = self.aggregate_or_none(party_id)
            return loaded[party_id]

        party = party_of(actor.party_id) if actor.party_id is not None else None
        readers = readers_of(convention, party_of)
        if not readers.reads(party):
            raise ConventionNotFoundError(f"Aucune convention {convention.id}.")
        return readers

    def aggregate_or_none(self, aggregate_id: UUID) -> Aggregate | None:
        try:
            aggregate: Aggregate = self.repository.get(aggregate_id)
        except AggregateNotFoundError:
            return None
        return aggregate

    def readable_convention(self, convention_id: UUID, actor: Actor) -> Convention:
        convention = self.get_convention(convention_id)
        self.check_may_read(convention, actor)
        return convention

    def convention_to_change(self, convention_id: UUID, actor: Actor, *, first_attempt: bool) -> Convention:
        """The convention a write is about to change: readable by the actor, and at the
        version the writer read if it said which (else the write would apply to a state it
        has not seen). Checked again on each retry, so of several writers that read the same
        version, one succeeds and the others are told the version moved."""
        expected = self.request.expected_version
        convention = self._as_last_saved(convention_id) if first_attempt else None
        if convention is None or (expected is not None and expected != convention.version):
            convention = self.get_convention(convention_id)
        self.check_may_read(convention, actor)
        if expected is not None and expected != convention.version:
            raise PreconditionFailedError(
                f"La convention est à la version {convention.version}, pas {expected} : relisez-la "
                "(en-tête ETag) avant de la modifier."
            )
        return convention

    def _as_last_saved(self, convention_id: UUID) -> Convention | None:
        """A copy of the convention as this process last saved or read it, without asking the
        store for events since (one query and a decoding less per command). Only for the
        aggregate a command changes, on its first attempt: if another process wrote since,
        saving conflicts on the version and the retry reads from the store. Rules that read
        other aggregates (parties) still read them fresh."""
        cache = self.repository.cache
        if cache is None:
            return None
        try:
            cached = cache.get(convention_id)
        except KeyError:
            return None
        return copy.deepcopy(cached) if isinstance(cached, Convention) else None

    def aggregate_at(self, aggregate_id: UUID, version: int) -> Aggregate:
        """Any aggregate as it stood at ``version`` (read models catching up use it)."""
        aggregate: Aggregate = self.repository.get(aggregate_id, version=version)
        return aggregate

    def get_convention(self, convention_id: UUID) -> Convention:
        return self.get_as(
            convention_id,
            Convention,
            lambda _: ConventionNotFoundError(f"Aucune convention {convention_id}."),
        )

    def get_party(self, party_id: UUID) -> Party:
        try:
            aggregate: Aggregate = self.repository.get(party_id)
        except AggregateNotFoundError:
            raise PartyNotFoundError(f"Aucune partie enregistrée sous l'identifiant {party_id}.") from None
        if not isinstance(aggregate, Party):
            raise PartyNotFoundError(f"{party_id} n'est pas une partie.")
        return aggregate

    def directory(self, party_ids: Iterable[UUID]) -> dict[UUID, Aggregate]:
        """The parties a convention decision needs: the parties themselves, the collectivités
        de rattachement of the offices, and the members of the Sociétés de Coordination."""
        directory: dict[UUID, Aggregate] = {}
        pending = list(party_ids)
        while pending:
            party_id = pending.pop()
            if party_id in directory:
                continue
            try:
                party: Aggregate = self.repository.get(party_id)
            except AggregateNotFoundError:
                continue  # the domain says which party is missing
            directory[party_id] = party
            if isinstance(party, Office):
                pending.extend(r.collectivite_id for r in party.rattachements)
            if isinstance(party, SocieteDeCoordination):
                pending.extend(p.member_id for p in party.periods)
        return directory

    def convention_directory(self, convention: Convention, *extra: UUID) -> dict[UUID, Aggregate]:
        """The directory of every party a convention names (its draft, its terms, its avenants)
        and of ``extra``."""
        ids = {p.party_id for p in convention.latest_terms.parties}
        ids |= {p.party_id for p in convention.terms.parties}
        for avenant in convention.avenants:
            ids.update(c.party.party_id for c in avenant.changes if isinstance(c, AddParty))
        return self.directory((*ids, *extra))

    def check_signatory(self, signatory_id: UUID | None, party_id: UUID) -> None:
        """The person named as signing, if any, is registered for that party and not erased."""
        if signatory_id is not None:
            check_signatory(self.people.ref(signatory_id), signatory_id, party_id)

    def alert_file_of(self, convention_id: UUID) -> ConventionAlerts | None:
        """A convention's alert file, None when nothing was ever raised on it."""
        try:
            aggregate: Aggregate = self.repository.get(ConventionAlerts.create_id(convention_id))
        except AggregateNotFoundError:
            return None
        if not isinstance(aggregate, ConventionAlerts):
            raise TypeError(f"{aggregate.id} n'est pas un dossier d'alertes.")
        return aggregate

    def convention_ids(self) -> Iterator[UUID]:
        """Every convention, in the order they were drafted (read from the log by topic)."""
        for notification in self.notifications_of((get_topic(vars(Convention)["Drafted"]),)):
            yield UUID(str(notification.originator_id))

    def change_convention(
        self,
        convention_id: UUID,
        actor: Actor,
        act: Callable[[Convention], CommandResult | None],
        event_name: str,
        *,
        check: Callable[[Convention], None] | None = None,
        **log_fields: Any,
    ) -> CommandResult:
        """The shape of every command on one convention: the convention the writer read
        (``convention_to_change``), the actor's right checked (by default: acting for one of
        its parties), the domain command (``act``, which may build the result once the
        version moved), saved, logged."""
        attempts = 0

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            nonlocal attempts
            attempts += 1  # a retry decides on fresh state (see convention_to_change)
            convention = self.convention_to_change(convention_id, actor, first_attempt=attempts == 1)
            (check or (lambda c: check_may_prepare(actor, convention_party_ids(c))))(convention)
            # act() builds its result after the domain command: the version is already the new one.
            return [convention], act(convention) or result_of(convention)

        result = self.run_command(decide)
        log.info(
            event_name,
            convention_id=str(convention_id),
            actor_id=actor.actor_id,
            **{k: str(v) for k, v in log_fields.items()},
        )
        return result

    def events_of(self, aggregate_id: UUID) -> list[RecordedEvent]:
        """Every event of one aggregate, in order, with both clocks and its actor."""
        events = list(self.repository.event_store.get(aggregate_id))
        if not events:
            raise ConventionNotFoundError(f"Aucun enregistrement {aggregate_id}.")
        return [recorded_event(event) for event in events]

    def _record(self, processing_event: ProcessingEvent[UUID]) -> list[Recording[UUID]]:
        # The time index (when each event was recorded) is written with the events, in the
        # same transaction, by the ledger's recorders (infrastructure/recorders.py).
        processing_event.saved_kwargs[RECORDED_AT] = [
            (event.originator_id, event.originator_version, micros(event.timestamp))  # type: ignore[attr-defined]
            for event in processing_event.events
        ]
        recordings = super()._record(processing_event)
        # What was just saved is what the next command on it starts from (see _as_last_saved;
        # the library caches saved aggregates only when it does not fast-forward).
        if self.repository.cache is not None:
            for aggregate_id, aggregate in processing_event.aggregates.items():
                self.repository.cache.put(aggregate_id, aggregate)
        return recordings

    def _take_snapshots(self, processing_event: ProcessingEvent[UUID]) -> None:
        """A snapshot of each aggregate whose save reaches its interval, taken from the
        aggregate as it was just saved. The library reads it back from the store at that
        version — its last snapshot and up to 49 events read and decoded on the command's
        path; the aggregate in memory is that state (verification replays every snapshot
        against its events: ``application.audit.snapshot_discrepancies``). When the interval
        falls on an event that is not the aggregate's last of the save, the library's way."""
        if not self.snapshots or not self.snapshotting_intervals:
            return
        for event in processing_event.events:
            aggregate = processing_event.aggregates.get(event.originator_id)
            interval = None if aggregate is None else self.snapshotting_intervals.get(type(aggregate))
            if aggregate is None or interval is None or event.originator_version % interval != 0:
                continue
            if aggregate.version == event.originator_version:
                snapshot_class: Any = getattr(type(aggregate), "Snapshot", type(self).snapshot_class)
                self.snapshots.put([snapshot_class.take(aggregate)])
            else:
                self.take_snapshot(event.originator_id, version=event.originator_version)


class UseCases:
    """A group of use cases (parties, drafting, avenants, execution, evaluations, alerts,
    history): composed on the ledger's core, which it is given, rather than inherited — each
    module reads alone, and what they share is the core's."""

    def __init__(self, ledger: LedgerBase) -> None:
        self.ledger = ledger


def result_of(aggregate: Aggregate, **kwargs: Any) -> CommandResult:
    """What a command answers about the aggregate it changed (its position is set on save)."""
    return CommandResult(aggregate.id, aggregate.version, None, **kwargs)


def recorded_event(event: DomainEventProtocol[UUID], position: int | None = None) -> RecordedEvent:
    cls = type(event)
    stream_type, _, name = cls.__qualname__.rpartition(".")
    return RecordedEvent(
        originator_id=event.originator_id,
        version=event.originator_version,
        type=name,
        recorded_at=event.timestamp,  # type: ignore[attr-defined]
        effective_on=getattr(event, "effective_on", None),
        actor=getattr(event, "actor", None),
        payload={key: to_jsonable(value) for key, value in vars(event).items() if key not in ENVELOPE_FIELDS},
        position=position,
        stream_type=stream_type,
        schema_version=int(getattr(cls, "class_version", 1)),
    )


RECORDED_AT = "recorded_at"
"""Keyword under which the ledger passes each event's recording time to its recorder."""

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def micros(moment: datetime) -> int:
    """Microseconds since the Unix epoch (UTC): how recording times are indexed."""
    delta = moment - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
