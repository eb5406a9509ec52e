"""Sociétés de Coordination (ELAN law, CCH L. 423-1-1 ff.): HLM bodies that join and leave."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain import wording
from domain.collectivite import Collectivite, party_id_for
from domain.errors import AlreadyAPartyError, DateBeforeError, NotAMemberError, NotAnHlmBodyError
from domain.establishment import Establishment
from domain.identifiers import check_siren
from domain.landlord import Landlord
from domain.values import NAME_MAX_LENGTH, Actor, check_label


@dataclass(frozen=True)
class MemberPeriod:
    member_id: UUID
    joined_on: date
    left_on: date | None = None

    def covers(self, day: date) -> bool:
        return self.joined_on <= day and (self.left_on is None or day < self.left_on)


@dataclass(frozen=True)
class GovernanceSeat:
    """A collectivité taking part in the SC's governance (loi ELAN; guide FOPH, « participer
    à la gouvernance ») over [joined_on, left_on)."""

    collectivite_id: UUID
    joined_on: date
    left_on: date | None = None


class SocieteDeCoordination(Establishment):
    @staticmethod
    def create_id(siren: str) -> UUID:
        return party_id_for(siren)

    @classmethod
    def form(cls, *, siren: str, name: str, formed_on: date, actor: Actor) -> SocieteDeCoordination:
        return cls(
            siren=check_siren(siren),
            name=check_label(name, "Le nom de la société de coordination", max_length=NAME_MAX_LENGTH),
            effective_on=formed_on,
            actor=actor,
        )

    @event("Formed")
    def __init__(self, siren: str, name: str, effective_on: date, actor: Actor) -> None:
        self.siren = siren
        self.name = name
        self.formed_on = effective_on
        self.periods: tuple[MemberPeriod, ...] = ()
        self.seats: tuple[GovernanceSeat, ...] = ()

    def members_on(self, day: date) -> frozenset[UUID]:
        return frozenset(p.member_id for p in self.periods if p.covers(day))

    def admit(self, member: Aggregate, joined_on: date, actor: Actor) -> None:
        """A member joins. Rules: only HLM bodies (offices, ESH, SEM, coopératives) hold the
        capital; not before the société is formed; one société per member at a time."""
        if not isinstance(member, Landlord):
            raise NotAnHlmBodyError(
                "Seuls des organismes de logement social (offices, ESH, SEM agréées, coopératives) peuvent être membres "
                "d'une société de coordination."
            )
        if joined_on < self.formed_on:
            raise DateBeforeError(
                f"L'adhésion ne peut précéder la constitution de la société ({self.formed_on:%d/%m/%Y})."
            )
        member.check_can_join(self.id, joined_on)
        member._join_societe(self.id, effective_on=joined_on, actor=actor)
        self._member_joined(member.id, effective_on=joined_on, actor=actor)

    @event("MemberJoined")
    def _member_joined(self, member_id: UUID, effective_on: date, actor: Actor) -> None:
        self.periods = (*self.periods, MemberPeriod(member_id, effective_on))

    def release(self, member: Landlord, left_on: date, actor: Actor) -> None:
        """A member leaves, from ``left_on`` (no longer a member on that day)."""
        member.check_can_leave(self.id, left_on)
        member._leave_societe(self.id, effective_on=left_on, actor=actor)
        self._member_left(member.id, effective_on=left_on, actor=actor)

    @event("MemberLeft")
    def _member_left(self, member_id: UUID, effective_on: date, actor: Actor) -> None:
        self.periods = tuple(
            MemberPeriod(p.member_id, p.joined_on, effective_on)
            if p.member_id == member_id and p.left_on is None
            else p
            for p in self.periods
        )

    # --- collectivités in the governance -------------------------------------------------

    def seat(self, collectivite: Collectivite, joined_on: date, actor: Actor) -> None:
        """A collectivité takes part in the SC's governance. Rules: not before the société is
        formed; not while it already sits."""
        if joined_on < self.formed_on:
            raise DateBeforeError(
                f"La participation ne peut précéder la constitution de la société ({self.formed_on:%d/%m/%Y})."
            )
        if any(s.collectivite_id == collectivite.id and s.left_on is None for s in self.seats):
            raise AlreadyAPartyError(
                f"{collectivite.name} participe déjà à la gouvernance {wording.of(self.name)}."
            )
        self._seat(collectivite.id, effective_on=joined_on, actor=actor)

    @event("CollectiviteSeated")
    def _seat(self, collectivite_id: UUID, effective_on: date, actor: Actor) -> None:
        self.seats = (*self.seats, GovernanceSeat(collectivite_id, effective_on))

    def unseat(self, collectivite: Collectivite, left_on: date, actor: Actor) -> None:
        seat = next(
            (s for s in self.seats if s.collectivite_id == collectivite.id and s.left_on is None), None
        )
        if seat is None:
            raise NotAMemberError(
                f"{collectivite.name} ne participe pas à la gouvernance {wording.of(self.name)}."
            )
        if left_on <= seat.joined_on:
            raise DateBeforeError(f"Le départ doit suivre l'arrivée du {seat.joined_on:%d/%m/%Y}.")
        self._unseat(collectivite.id, effective_on=left_on, actor=actor)

    @event("CollectiviteUnseated")
    def _unseat(self, collectivite_id: UUID, effective_on: date, actor: Actor) -> None:
        self.seats = tuple(
            GovernanceSeat(s.collectivite_id, s.joined_on, effective_on)
            if s.collectivite_id == collectivite_id and s.left_on is None
            else s
            for s in self.seats
        )
