"""A small world of parties for the tests, registered through the use cases."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from application.ledger import ConventionLedger
from domain.collectivite import CollectiviteKind
from domain.convention import AnnualEvaluation, Deliberation, IndicatorValue
from domain.errors import DomainError
from domain.identifiers import complete_siren
from domain.office import CollectiviteDeliberation
from domain.terms import (
    Axis,
    AxisFamily,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    ConventionParty,
    Direction,
    GovernanceBody,
    GovernanceBodyKind,
    Indicator,
    PartyRole,
    PartyType,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    SetGovernanceBody,
    YearAmount,
    YearTarget,
)
from domain.values import Actor, ActorRole

SYSTEM = Actor("test-system", ActorRole.SYSTEM)
ADMIN = Actor("test-admin", ActorRole.ADMIN)
D = Decimal


def siren(n: int) -> str:
    return complete_siren(f"{n:08d}")


class World:
    """Parties: the Nièvre (département, communes), its office; Lyon and two more offices;
    a région; an SC; an ESH."""

    def __init__(self, ledger: ConventionLedger) -> None:
        self.ledger = ledger
        reg = ledger.register_collectivite
        self.nievre = reg(
            siren=siren(1001),
            name="Département de la Nièvre",
            kind=CollectiviteKind.DEPARTEMENT,
            insee_code="58",
            departement_code=None,
            actor=ADMIN,
        ).aggregate_id
        self.nevers = reg(
            siren=siren(1002),
            name="Nevers",
            kind=CollectiviteKind.COMMUNE,
            insee_code="58194",
            departement_code=None,
            actor=ADMIN,
        ).aggregate_id
        self.clamecy = reg(
            siren=siren(1003),
            name="Clamecy",
            kind=CollectiviteKind.COMMUNE,
            insee_code="58079",
            departement_code=None,
            actor=ADMIN,
        ).aggregate_id
        self.lyon = reg(
            siren=siren(1004),
            name="Métropole de Lyon",
            kind=CollectiviteKind.METROPOLE,
            insee_code=None,
            departement_code="69",
            actor=ADMIN,
        ).aggregate_id
        self.dijon = reg(
            siren=siren(1005),
            name="Dijon",
            kind=CollectiviteKind.COMMUNE,
            insee_code="21231",
            departement_code=None,
            actor=ADMIN,
        ).aggregate_id
        self.region = reg(
            siren=siren(1006),
            name="Bourgogne-Franche-Comté",
            kind=CollectiviteKind.REGION,
            insee_code="27",
            departement_code=None,
            actor=ADMIN,
        ).aggregate_id
        self.yonne = reg(
            siren=siren(1007),
            name="Département de l'Yonne",
            kind=CollectiviteKind.DEPARTEMENT,
            insee_code="89",
            departement_code=None,
            actor=ADMIN,
        ).aggregate_id
        office = ledger.register_office
        self.oph_nievre = office(
            siren=siren(2001),
            name="Nièvre Habitat",
            rattachement_id=self.nievre,
            attached_on=date(2000, 1, 1),
            actor=ADMIN,
        ).aggregate_id
        self.oph_lyon1 = office(
            siren=siren(2002),
            name="Lyon Métropole Habitat",
            rattachement_id=self.lyon,
            attached_on=date(2000, 1, 1),
            actor=ADMIN,
        ).aggregate_id
        self.oph_lyon2 = office(
            siren=siren(2003),
            name="GrandLyon Habitat",
            rattachement_id=self.lyon,
            attached_on=date(2000, 1, 1),
            actor=ADMIN,
        ).aggregate_id
        self.oph_yonne = office(
            siren=siren(2004),
            name="Domanys",
            rattachement_id=self.yonne,
            attached_on=date(2000, 1, 1),
            actor=ADMIN,
        ).aggregate_id
        self.sc = ledger.form_societe(
            siren=siren(3001), name="Bourgogne Coordination", formed_on=date(2020, 1, 1), actor=ADMIN
        ).aggregate_id

    def reattach(self, office: UUID, collectivite: UUID, effective_on: date) -> Any:
        """A change of rattachement as the CCH makes it: an arrêté préfectoral taken on the
        deliberations of the former and the new collectivité (a month before)."""
        former = self.ledger.get_party(office)
        current = former.current_rattachement.collectivite_id  # type: ignore[union-attr]
        asked = date(effective_on.year - 1, 12, 1) if effective_on.month == 1 else effective_on.replace(day=1)
        return self.ledger.reattach_office(
            office_id=office,
            collectivite_id=collectivite,
            effective_on=effective_on,
            order_reference=f"Arrêté préfectoral n° {effective_on:%Y}-{office.hex[:4]}",
            order_signed_on=asked,
            deliberations=(
                CollectiviteDeliberation(current, f"DEL-{current.hex[:4]}", asked),
                CollectiviteDeliberation(collectivite, f"DEL-{collectivite.hex[:4]}", asked),
            ),
            actor=ADMIN,
        )

    def through(self, ledger: ConventionLedger) -> World:
        """The same parties, written through another ledger (as another process would)."""
        moved = copy.copy(self)
        moved.ledger = ledger
        return moved

    def convention_evaluated(self, evaluated: Decimal = Decimal(200)) -> UUID:
        """A convention in force with its 2021 evaluation (200 dwellings: an alert is due)."""
        cid = self.convention_in_force()
        self.ledger.record_evaluation(
            cid, AnnualEvaluation(2021, (IndicatorValue("rehab", evaluated),), date(2022, 3, 1)), SYSTEM
        )
        return cid

    def party(
        self, party_id: UUID, party_type: PartyType, role: PartyRole = PartyRole.SIGNATAIRE
    ) -> ConventionParty:
        return ConventionParty(party_id, party_type, role)

    def signatory(self, party_id: UUID) -> Actor:
        return Actor(f"signataire-{party_id}", ActorRole.SIGNATORY, party_id)

    def rattachement_convention(self, start: date = date(2021, 1, 1), end: date = date(2026, 12, 31)) -> UUID:
        """The Nièvre convention, drafted with one commitment, one subsidy, one comité."""
        cid = self.ledger.draft_convention(
            kind=ConventionKind.RATTACHEMENT,
            title="Convention Département de la Nièvre – Nièvre Habitat",
            start=start,
            end=end,
            parties=(
                self.party(self.oph_nievre, PartyType.OFFICE),
                self.party(self.nievre, PartyType.COLLECTIVITE),
            ),
            actor=self.signatory(self.oph_nievre),
        ).aggregate_id
        years = range(start.year, end.year + 1)
        for change in (
            SetAxis(Axis("A1", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Patrimoine")),
            SetCommitment(
                Commitment(
                    "E1",
                    "A1",
                    "Réhabiliter",
                    CommitmentKind.RESULTAT,
                    self.oph_nievre,
                    (
                        Indicator(
                            "rehab",
                            "Logements réhabilités",
                            "logements",
                            Direction.HIGHER_IS_BETTER,
                            tuple(YearTarget(y, D(300), D(240)) for y in years),
                        ),
                    ),
                )
            ),
            SetContrepartie(
                Contrepartie(
                    "subv",
                    ContrepartieKind.SUBVENTION_ANNUELLE,
                    self.nievre,
                    "Subvention annuelle",
                    self.oph_nievre,
                    tuple(YearAmount(y, D("1000000.00")) for y in years),
                )
            ),
            SetGovernanceBody(
                GovernanceBody("comite", GovernanceBodyKind.COMITE_DE_SUIVI, "Comité de suivi", 2)
            ),
        ):
            self.ledger.amend_draft(cid, change, SYSTEM)
        return cid

    def deliberate(self, cid: UUID, party_id: UUID, on: date, avenant: int | None = None) -> None:
        self.ledger.record_deliberation(
            cid,
            Deliberation(party_id, "organe délibérant", f"DEL-{party_id.hex[:6]}-{avenant}", on, avenant),
            self.signatory(party_id),
        )

    def sign_all(self, cid: UUID, parties: list[UUID], on: date, avenant: int | None = None) -> None:
        for party_id in parties:
            self.deliberate(cid, party_id, on, avenant)
            if avenant is None:
                self.ledger.sign(cid, party_id, on, self.signatory(party_id))
            else:
                self.ledger.sign_avenant(cid, avenant, party_id, on, self.signatory(party_id))

    def convention_in_force(self) -> UUID:
        cid = self.rattachement_convention()
        self.sign_all(cid, [self.oph_nievre, self.nievre], date(2021, 2, 1))
        return cid


def refused(ledger: ConventionLedger, error: type[Exception], command: Callable[[], Any]) -> Exception:
    """The command raises the named error and records nothing."""
    before = ledger.recorder.max_notification_id()
    with pytest.raises(error) as raised:
        command()
    assert ledger.recorder.max_notification_id() == before, "a refused command recorded events"
    if issubclass(error, DomainError):
        assert isinstance(raised.value, DomainError) and raised.value.detail
    return raised.value
