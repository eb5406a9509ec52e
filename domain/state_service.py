"""The State as a party (issue 20): a préfet, the ANRU or a service déconcentré that signs a
territorial contract with collectivités and landlords (the guide's PACTE de la Sambre Avesnois
Thiérache, « mis en place par l'État pour accompagner le développement de ce territoire », into
which the landlords of the Aisne wrote their PSP's programmed works), or an operation's
convention (the ANRU's renouvellement urbain). It signs on its own decision (an arrêté, a
décision of the préfet or of the agency's board), recorded like a deliberation."""

from __future__ import annotations

from enum import Enum
from uuid import UUID

from eventsourcing.domain import event

from domain.collectivite import party_id_for
from domain.establishment import Establishment
from domain.identifiers import check_departement_code, check_siren
from domain.values import NAME_MAX_LENGTH, Actor, check_label


class StateServiceKind(Enum):
    PREFECTURE = "prefecture"  # the préfet of a département or of a région
    ANRU = "anru"  # the Agence nationale pour la rénovation urbaine
    SERVICE_DECONCENTRE = "service_deconcentre"  # a DDT(M), DDETS or DREAL


STATE_SERVICE_KIND_LABELS = {
    StateServiceKind.PREFECTURE: "préfecture",
    StateServiceKind.ANRU: "Agence nationale pour la rénovation urbaine",
    StateServiceKind.SERVICE_DECONCENTRE: "service déconcentré de l'État",
}


class StateService(Establishment):
    @staticmethod
    def create_id(siren: str) -> UUID:
        return party_id_for(siren)

    @classmethod
    def register(
        cls, *, siren: str, name: str, kind: StateServiceKind, departement_code: str | None, actor: Actor
    ) -> StateService:
        """Rules: a valid SIREN; a name; the département it serves, when given, a real one (a
        national agency, the ANRU, serves none)."""
        return cls(
            siren=check_siren(siren),
            name=check_label(name, "Le nom du service de l'État", max_length=NAME_MAX_LENGTH),
            kind=kind,
            departement_code=check_departement_code(departement_code) if departement_code else None,
            actor=actor,
        )

    @event("Registered")
    def __init__(
        self, siren: str, name: str, kind: StateServiceKind, departement_code: str | None, actor: Actor
    ) -> None:
        self.siren = siren
        self.name = name
        self.kind = kind
        self.departement_code = departement_code
