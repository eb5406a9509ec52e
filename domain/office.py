"""Offices Publics de l'Habitat: attached to exactly one collectivité at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from uuid import UUID

from eventsourcing.domain import event

from domain import wording
from domain.collectivite import Collectivite, CollectiviteKind, party_id_for
from domain.errors import (
    DateBeforeError,
    InvalidMergerError,
    InvalidRattachementError,
    OfficeMergedError,
    PrefectoralOrderIncompleteError,
)
from domain.identifiers import check_siren
from domain.landlord import Landlord
from domain.values import NAME_MAX_LENGTH, REFERENCE_MAX_LENGTH, Actor, check_label


class OfficeKind(Enum):
    COMMUNAL = "communal"
    INTERCOMMUNAL = "intercommunal"
    DEPARTEMENTAL = "departemental"


OFFICE_KIND_LABELS = {
    OfficeKind.COMMUNAL: "office communal",
    OfficeKind.INTERCOMMUNAL: "office intercommunal",
    OfficeKind.DEPARTEMENTAL: "office départemental",
}


def office_kind_for(collectivite: Collectivite) -> OfficeKind:
    """An office is attached to an EPCI competent for housing, a département, or a commune
    (CCH L. 421-6); its kind follows. A région cannot be a collectivité de rattachement."""
    if collectivite.kind is CollectiviteKind.COMMUNE:
        return OfficeKind.COMMUNAL
    if collectivite.kind is CollectiviteKind.DEPARTEMENT:
        return OfficeKind.DEPARTEMENTAL
    if collectivite.kind.is_epci:
        return OfficeKind.INTERCOMMUNAL
    raise InvalidRattachementError(
        f"{collectivite.name} est une région : un office ne peut être rattaché qu'à une commune, "
        "un EPCI compétent en matière d'habitat ou un département."
    )


@dataclass(frozen=True)
class CollectiviteDeliberation:
    """The deliberation of a collectivité concerned by a change of rattachement."""

    collectivite_id: UUID
    reference: str
    adopted_on: date


@dataclass(frozen=True)
class Rattachement:
    """The office's collectivité de rattachement from ``effective_on``. A change is an arrêté
    préfectoral (CCH L. 421-7): ``decree_reference`` holds its reference (the field kept its
    first name, when the change was taken for a décret) and ``order_signed_on`` its date,
    taken on the ``deliberations`` of the collectivités concerned."""

    collectivite_id: UUID
    kind: OfficeKind
    effective_on: date
    decree_reference: str | None = None
    order_signed_on: date | None = None
    deliberations: tuple[CollectiviteDeliberation, ...] = ()


class Office(Landlord):
    @staticmethod
    def create_id(siren: str) -> UUID:
        return party_id_for(siren)

    @classmethod
    def register(
        cls,
        *,
        siren: str,
        name: str,
        rattachement: Collectivite,
        attached_on: date,
        actor: Actor,
    ) -> Office:
        """Rules: SIREN valid; attached to a commune, an EPCI or a département."""
        return cls(
            siren=check_siren(siren),
            name=check_label(name, "Le nom de l'office", max_length=NAME_MAX_LENGTH),
            rattachement=Rattachement(rattachement.id, office_kind_for(rattachement), attached_on),
            actor=actor,
        )

    @event("Registered")
    def __init__(self, siren: str, name: str, rattachement: Rattachement, actor: Actor) -> None:
        self.siren = siren
        self.name = name
        self.rattachements: tuple[Rattachement, ...] = (rattachement,)
        self.memberships = ()
        self.merged_into: UUID | None = None
        self.merged_on: date | None = None
        self.absorbed: tuple[UUID, ...] = ()

    # --- queries -------------------------------------------------------------------------

    def rattachement_on(self, day: date) -> Rattachement | None:
        current = None
        for rattachement in self.rattachements:
            if rattachement.effective_on <= day:
                current = rattachement
        return current

    @property
    def current_rattachement(self) -> Rattachement:
        return self.rattachements[-1]

    def is_active_on(self, day: date) -> bool:
        return self.merged_on is None or day < self.merged_on

    def check_active_on(self, day: date) -> None:
        if not self.is_active_on(day):
            raise OfficeMergedError(
                f"{self.name} a fusionné dans un autre office le {self.merged_on:%d/%m/%Y} : "
                "il ne peut plus s'engager après cette date ; utilisez l'office absorbant."
            )

    # --- commands ------------------------------------------------------------------------

    def reattach(
        self,
        collectivite: Collectivite,
        effective_on: date,
        order_reference: str,
        order_signed_on: date,
        deliberations: tuple[CollectiviteDeliberation, ...],
        actor: Actor,
    ) -> None:
        """Change of collectivité de rattachement: prononcé par le préfet on the request of
        the deliberative bodies of the collectivités concerned (CCH L. 421-7).

        Rules: the office has not merged; the new collectivité differs from the current one;
        the date follows the current rattachement; the collectivité may hold an office; the
        arrêté préfectoral has its reference and date; the current and the new collectivités
        have each deliberated (reference, date), before the arrêté.
        """
        self.check_active_on(effective_on)
        current = self.current_rattachement
        if collectivite.id == current.collectivite_id:
            raise InvalidRattachementError(f"{self.name} est déjà rattaché {wording.to(collectivite.name)}.")
        if effective_on <= current.effective_on:
            raise DateBeforeError(
                f"Le nouveau rattachement doit prendre effet après le précédent "
                f"({current.effective_on:%d/%m/%Y})."
            )
        reference = check_label(
            order_reference, "La référence de l'arrêté préfectoral", max_length=REFERENCE_MAX_LENGTH
        )
        by_collectivite = {d.collectivite_id: d for d in deliberations}
        for concerned in (current.collectivite_id, collectivite.id):
            deliberation = by_collectivite.get(concerned)
            if deliberation is None:
                raise PrefectoralOrderIncompleteError(
                    "Le changement de rattachement est prononcé par arrêté préfectoral sur "
                    "délibérations des collectivités intéressées : indiquez celle de l'ancienne et "
                    "celle de la nouvelle collectivité de rattachement (référence et date)."
                )
            check_label(
                deliberation.reference, "La référence de la délibération", max_length=REFERENCE_MAX_LENGTH
            )
            if deliberation.adopted_on > order_signed_on:
                raise DateBeforeError(
                    f"La délibération {deliberation.reference} ({deliberation.adopted_on:%d/%m/%Y}) "
                    f"suit l'arrêté préfectoral du {order_signed_on:%d/%m/%Y} qu'elle demande."
                )
        self._reattach(
            Rattachement(
                collectivite.id,
                office_kind_for(collectivite),
                effective_on,
                reference,
                order_signed_on,
                tuple(by_collectivite.values()),
            ),
            effective_on=effective_on,
            actor=actor,
        )

    @event("Reattached")
    def _reattach(self, rattachement: Rattachement, effective_on: date, actor: Actor) -> None:
        self.rattachements = (*self.rattachements, rattachement)

    def merge_into(self, absorbing: Office, effective_on: date, actor: Actor) -> None:
        """Fusion: this office is absorbed by another one.

        Rules: an office does not merge into itself; neither has already been absorbed.
        """
        if absorbing.id == self.id:
            raise InvalidMergerError("Un office ne peut pas fusionner dans lui-même.")
        self.check_active_on(effective_on)
        absorbing.check_active_on(effective_on)
        if effective_on < self.current_rattachement.effective_on:
            raise DateBeforeError("La fusion ne peut pas précéder le rattachement de l'office.")
        self._merge_into(absorbing.id, effective_on=effective_on, actor=actor)
        absorbing._absorb(self.id, effective_on=effective_on, actor=actor)

    @event("MergedInto")
    def _merge_into(self, absorbing_office_id: UUID, effective_on: date, actor: Actor) -> None:
        self.merged_into = absorbing_office_id
        self.merged_on = effective_on

    @event("Absorbed")
    def _absorb(self, absorbed_office_id: UUID, effective_on: date, actor: Actor) -> None:
        self.absorbed = (*self.absorbed, absorbed_office_id)
