"""Situations written through the use cases, as their parties would record them: one
builder for the demo's data set (infrastructure/demo), the tests' world (tests/builders.py)
and the benchmarks' data set (benchmarks/dataset.py), so that the three record a party, a
draft, a deliberation and a signature the same way — and a change of a use case's signature
is made once for all three."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from uuid import UUID

from application.ledger import ConventionLedger
from domain.collectivite import Collectivite, CollectiviteKind
from domain.convention import Deliberation
from domain.identifiers import complete_siren
from domain.organisme import OrganismeKind
from domain.state_service import StateService, StateServiceKind
from domain.terms import ConventionKind, ConventionParty, TermsChange
from domain.values import Actor, ActorRole

ActorOf = Callable[[UUID], Actor]


def signatory_named(prefix: str) -> ActorOf:
    """Signatories named ``<prefix>-<party id>``, acting for their party."""
    return lambda party_id: Actor(f"{prefix}-{party_id}", ActorRole.SIGNATORY, party_id)


class Scenario:
    """Writes parties and conventions through the ledger's use cases. Each party acts through
    its signatory (``actor_of``), parties are registered by ``admin``, fictitious SIRENs are
    valid (Luhn) and drawn in order, so a scenario is reproducible."""

    def __init__(self, ledger: ConventionLedger, *, admin: Actor, actor_of: ActorOf) -> None:
        self.ledger = ledger
        self.admin = admin
        self.actor_of = actor_of
        self._sirens = 0
        self._deliberations: dict[tuple[UUID, int], int] = {}

    def siren(self, prefix: str = "") -> str:
        """The next fictitious SIREN (its first digits ``prefix``, its check digit right)."""
        self._sirens += 1
        return complete_siren(f"{prefix}{self._sirens:0{8 - len(prefix)}d}")

    # --- parties -------------------------------------------------------------------------

    def collectivite(
        self,
        name: str,
        kind: CollectiviteKind,
        *,
        insee: str | None = None,
        departement: str | None = None,
        siren: str | None = None,
    ) -> UUID:
        return self.ledger.parties.register_collectivite(
            siren=siren or self.siren("2"),
            name=name,
            kind=kind,
            insee_code=insee,
            departement_code=departement,
            actor=self.admin,
        ).aggregate_id

    def office(
        self, name: str, rattachement_id: UUID, attached_on: date, *, siren: str | None = None
    ) -> UUID:
        return self.ledger.parties.register_office(
            siren=siren or self.siren("27"),
            name=name,
            rattachement_id=rattachement_id,
            attached_on=attached_on,
            actor=self.admin,
        ).aggregate_id

    def organisme(self, name: str, kind: OrganismeKind, *, siren: str | None = None) -> UUID:
        return self.ledger.parties.register_organisme(
            siren=siren or self.siren("5"), name=name, kind=kind, actor=self.admin
        ).aggregate_id

    def state_service(
        self, name: str, kind: StateServiceKind, departement: str | None, *, siren: str | None = None
    ) -> UUID:
        return self.ledger.parties.register_state_service(
            siren=siren or self.siren("1"),
            name=name,
            kind=kind,
            departement_code=departement,
            actor=self.admin,
        ).aggregate_id

    def societe(self, name: str, formed_on: date, *, siren: str | None = None) -> UUID:
        return self.ledger.parties.form_societe(
            siren=siren or self.siren("3"), name=name, formed_on=formed_on, actor=self.admin
        ).aggregate_id

    # --- conventions ---------------------------------------------------------------------

    def draft(
        self,
        *,
        by: UUID,
        kind: ConventionKind,
        title: str,
        start: date,
        end: date | None,
        parties: tuple[ConventionParty, ...],
        changes: Iterable[TermsChange] = (),
        changed_by: Actor | None = None,
        operation: str | None = None,
        predecessor_id: UUID | None = None,
        framework_id: UUID | None = None,
        operation_id: str | None = None,
    ) -> UUID:
        """A draft by one of its parties (``by``), then its terms set change by change (by the
        same party, or ``changed_by``)."""
        drafter = self.actor_of(by)
        cid = self.ledger.drafting.draft_convention(
            kind=kind,
            title=title,
            start=start,
            end=end,
            parties=parties,
            actor=drafter,
            operation=operation,
            predecessor_id=predecessor_id,
            framework_id=framework_id,
            operation_id=operation_id,
        ).aggregate_id
        self.amend(cid, *changes, actor=changed_by or drafter)
        return cid

    def amend(self, cid: UUID, *changes: TermsChange, actor: Actor) -> None:
        for change in changes:
            self.ledger.drafting.amend_draft(cid, change, actor)

    def deliberate(
        self,
        cid: UUID,
        party_id: UUID,
        on: date,
        avenant: int | None = None,
        *,
        reference: str | None = None,
    ) -> None:
        """The party's deliberating body approves the convention (or one of its avenants): a
        collectivité's assembly, an organisme's board, the State's own decision. Its reference,
        unless given, numbers the party's deliberations of the year (``DEL-2021-002``)."""
        key = (party_id, on.year)
        self._deliberations[key] = number = self._deliberations.get(key, 0) + 1
        party = self.ledger.get_party(party_id)
        body, prefix = "conseil d'administration", "DEL"
        if isinstance(party, StateService):
            body, prefix = "représentant de l'État", "DEC"
        elif isinstance(party, Collectivite):
            body = "assemblée délibérante"
        reference = reference or f"{prefix}-{on.year}-{number:03d}" + (f"-AV{avenant}" if avenant else "")
        self.ledger.drafting.record_deliberation(
            cid, Deliberation(party_id, body, reference, on, avenant), self.actor_of(party_id)
        )

    def sign_all(
        self,
        cid: UUID,
        party_ids: Iterable[UUID],
        deliberated_on: date,
        signed_on: date | None = None,
        *,
        avenant: int | None = None,
    ) -> None:
        """Each party deliberates, then signs (the convention, or avenant n° ``avenant``)."""
        for party_id in party_ids:
            self.deliberate(cid, party_id, deliberated_on, avenant=avenant)
            actor = self.actor_of(party_id)
            if avenant is None:
                self.ledger.drafting.sign(cid, party_id, signed_on or deliberated_on, actor)
            else:
                self.ledger.avenants.sign_avenant(cid, avenant, party_id, signed_on or deliberated_on, actor)
