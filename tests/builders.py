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
from application.scenario import Scenario, signatory_named
from domain.collectivite import CollectiviteKind
from domain.convention import AnnualEvaluation, Convention, IndicatorValue
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


class World(Scenario):
    """Parties: the Nièvre (département, communes), its office; Lyon and two more offices;
    a région; an SC — and the conventions the tests start from."""

    def __init__(self, ledger: ConventionLedger) -> None:
        super().__init__(ledger, admin=ADMIN, actor_of=signatory_named("signataire"))
        c = self.collectivite
        self.nievre = c(
            "Département de la Nièvre", CollectiviteKind.DEPARTEMENT, insee="58", siren=siren(1001)
        )
        self.nevers = c("Nevers", CollectiviteKind.COMMUNE, insee="58194", siren=siren(1002))
        self.clamecy = c("Clamecy", CollectiviteKind.COMMUNE, insee="58079", siren=siren(1003))
        self.lyon = c("Métropole de Lyon", CollectiviteKind.METROPOLE, departement="69", siren=siren(1004))
        self.dijon = c("Dijon", CollectiviteKind.COMMUNE, insee="21231", siren=siren(1005))
        self.region = c("Bourgogne-Franche-Comté", CollectiviteKind.REGION, insee="27", siren=siren(1006))
        self.yonne = c("Département de l'Yonne", CollectiviteKind.DEPARTEMENT, insee="89", siren=siren(1007))
        since = date(2000, 1, 1)
        self.oph_nievre = self.office("Nièvre Habitat", self.nievre, since, siren=siren(2001))
        self.oph_lyon1 = self.office("Lyon Métropole Habitat", self.lyon, since, siren=siren(2002))
        self.oph_lyon2 = self.office("GrandLyon Habitat", self.lyon, since, siren=siren(2003))
        self.oph_yonne = self.office("Domanys", self.yonne, since, siren=siren(2004))
        self.sc = self.societe("Bourgogne Coordination", date(2020, 1, 1), siren=siren(3001))

    def reattach(self, office: UUID, collectivite: UUID, effective_on: date) -> Any:
        """A change of rattachement as the CCH makes it: an arrêté préfectoral taken on the
        deliberations of the former and the new collectivité (a month before)."""
        former = self.ledger.get_party(office)
        current = former.current_rattachement.collectivite_id  # type: ignore[union-attr]
        asked = date(effective_on.year - 1, 12, 1) if effective_on.month == 1 else effective_on.replace(day=1)
        return self.ledger.parties.reattach_office(
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
        self.ledger.evaluations.record_evaluation(
            cid, AnnualEvaluation(2021, (IndicatorValue("rehab", evaluated),), date(2022, 3, 1)), SYSTEM
        )
        return cid

    def party(
        self, party_id: UUID, party_type: PartyType, role: PartyRole = PartyRole.SIGNATAIRE
    ) -> ConventionParty:
        return ConventionParty(party_id, party_type, role)

    def signatory(self, party_id: UUID) -> Actor:
        return self.actor_of(party_id)

    def rattachement_convention(self, start: date = date(2021, 1, 1), end: date = date(2026, 12, 31)) -> UUID:
        """The Nièvre convention, drafted with one commitment, one subsidy, one comité."""
        years = range(start.year, end.year + 1)
        return self.draft(
            by=self.oph_nievre,
            kind=ConventionKind.RATTACHEMENT,
            title="Convention Département de la Nièvre – Nièvre Habitat",
            start=start,
            end=end,
            parties=(
                self.party(self.oph_nievre, PartyType.OFFICE),
                self.party(self.nievre, PartyType.COLLECTIVITE),
            ),
            changes=(
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
            ),
            changed_by=SYSTEM,
        )

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


def snapshot_before(convention: Convention, attribute: str, class_version: int) -> Convention:
    """The convention as a snapshot taken by an older class version, without ``attribute``,
    reads it back (through the upcasters)."""
    snapshot = Convention.Snapshot.take(convention)
    state = {k: v for k, v in snapshot.state.items() if k != attribute}
    state["class_version"] = class_version
    older = Convention.Snapshot(
        originator_id=snapshot.originator_id,
        originator_version=snapshot.originator_version,
        timestamp=snapshot.timestamp,
        topic=snapshot.topic,
        state=state,
    )
    restored: Convention = older.mutate(None)
    return restored
