"""How the demo's data set is written: parties and conventions named by short keys
(``oph-nievre``, ``nievre-2015``), each party acting through its own demo account
(``demo-<key>``), through the one scenario builder the tests and the benchmarks use too
(``application.scenario``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from application.ledger import ConventionLedger
from application.scenario import Scenario
from domain.collectivite import CollectiviteKind
from domain.identifiers import complete_siret
from domain.organisme import OrganismeKind
from domain.terms import ConventionParty, PartyRole, PartyType, TermsChange
from domain.values import Actor, ActorRole

ADMIN = Actor("demo-admin", ActorRole.ADMIN)

DEMO_SCAN_DATE = date(2022, 11, 15)
"""The day of the demo's deadline scan (its alerts « non versée », « bilan non remis »)."""


@dataclass
class DemoIds:
    """Ids of what the demo created, by short name (for tests and the README)."""

    parties: dict[str, UUID] = field(default_factory=dict)
    conventions: dict[str, UUID] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)


class DemoLoader:
    """The demo's parties and conventions by key, written through a ``Scenario``."""

    def __init__(self, ledger: ConventionLedger) -> None:
        self.ledger = ledger
        self.ids = DemoIds()
        self._keys: dict[UUID, str] = {}
        self.scenario = Scenario(
            ledger, admin=ADMIN, actor_of=lambda party_id: self.actor(self._keys[party_id])
        )

    def actor(self, key: str) -> Actor:
        party_id = self.ids.parties[key]
        return self.ids.actors.setdefault(key, Actor(f"demo-{key}", ActorRole.SIGNATORY, party_id))

    def _named(self, key: str, party_id: UUID) -> UUID:
        """A party registered: named by its key, its seat's SIRET recorded (fictitious, valid)."""
        self.ids.parties[key] = party_id
        self._keys[party_id] = key
        siren = self.ledger.get_party(party_id).siren
        self.ledger.parties.record_siret(party_id, complete_siret(siren), ADMIN)
        return party_id

    def collectivite(
        self, key: str, name: str, kind: CollectiviteKind, insee: str | None, dep: str | None
    ) -> UUID:
        return self._named(key, self.scenario.collectivite(name, kind, insee=insee, departement=dep))

    def office(self, key: str, name: str, rattachement: str, attached_on: date) -> UUID:
        return self._named(key, self.scenario.office(name, self.ids.parties[rattachement], attached_on))

    def organisme(self, key: str, name: str, kind: OrganismeKind) -> UUID:
        return self._named(key, self.scenario.organisme(name, kind))

    def societe(self, key: str, name: str, formed_on: date) -> UUID:
        return self._named(key, self.scenario.societe(name, formed_on, siren=self.scenario.siren("8")))

    def party(
        self, key: str, party_type: PartyType, role: PartyRole = PartyRole.SIGNATAIRE
    ) -> ConventionParty:
        return ConventionParty(self.ids.parties[key], party_type, role)

    def draft(self, key: str, by: str, **kwargs: object) -> UUID:
        cid = self.scenario.draft(by=self.ids.parties[by], **kwargs)  # type: ignore[arg-type]
        self.ids.conventions[key] = cid
        return cid

    def amend(self, convention: str, by: str, *changes: TermsChange) -> None:
        self.scenario.amend(self.ids.conventions[convention], *changes, actor=self.actor(by))

    def deliberate_and_sign(
        self,
        convention: str,
        signers: list[str],
        deliberated_on: date,
        signed_on: date,
        avenant: int | None = None,
    ) -> None:
        self.scenario.sign_all(
            self.ids.conventions[convention],
            [self.ids.parties[key] for key in signers],
            deliberated_on,
            signed_on,
            avenant=avenant,
        )

    def alert_number(self, convention: str, key: str) -> int:
        alerts = self.ledger.alerts.get_alerts(self.ids.conventions[convention])
        alert = alerts.by_key(key) if alerts else None
        if alert is None:
            raise LookupError(f"demo: no alert {key} on {convention}")
        return alert.number
