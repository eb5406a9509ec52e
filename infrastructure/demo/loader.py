"""How the demo's data set is written: parties and conventions named by short keys
(``oph-nievre``, ``nievre-2015``), each party acting through its own demo account
(``demo-<key>``), through the one scenario builder the tests and the benchmarks use too
(``application.scenario``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from application.documents import DocumentRequest
from application.ledger import ConventionLedger
from application.scenario import Scenario
from domain.collectivite import CollectiviteKind
from domain.documents import DocumentKind
from domain.identifiers import complete_siret
from domain.organisme import OrganismeKind
from domain.state_service import StateServiceKind
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

    def state_service(self, key: str, name: str, kind: StateServiceKind, departement: str | None) -> UUID:
        return self._named(key, self.scenario.state_service(name, kind, departement))

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

    def attach_signed(self, convention: str, by: str, title: str, filename: str) -> None:
        """The signed convention attached by a party, as a one-page PDF naming it (the demo's
        stand-in for the scan)."""
        self.ledger.documents.attach(
            self.ids.conventions[convention],
            DocumentRequest(DocumentKind.CONVENTION, one_page_pdf(title), filename, title="Exemplaire signé"),
            self.actor(by),
        )

    def alert_number(self, convention: str, key: str) -> int:
        alerts = self.ledger.alerts.get_alerts(self.ids.conventions[convention])
        alert = alerts.by_key(key) if alerts else None
        if alert is None:
            raise LookupError(f"demo: no alert {key} on {convention}")
        return alert.number


def one_page_pdf(text: str) -> bytes:
    """A valid one-page PDF showing one line of text (Helvetica, WinAnsi: Latin-1 characters)."""
    line = (
        text.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    )
    stream = b"BT /F1 14 Tf 56 780 Td (" + line + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n"
    out += str(xref).encode() + b"\n%%EOF\n"
    return bytes(out)
