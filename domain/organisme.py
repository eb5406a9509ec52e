"""Other social landlords (ESH, SEM, coopératives) that appear in conventions a collectivité
opens to every landlord on its territory, and as members of Sociétés de Coordination."""

from __future__ import annotations

from enum import Enum
from uuid import UUID

from eventsourcing.domain import event

from domain.collectivite import party_id_for
from domain.identifiers import check_siren
from domain.landlord import Landlord
from domain.values import NAME_MAX_LENGTH, Actor, check_label


class OrganismeKind(Enum):
    ESH = "esh"
    SEM = "sem"
    COOPERATIVE_HLM = "cooperative_hlm"


ORGANISME_KIND_LABELS = {
    OrganismeKind.ESH: "entreprise sociale pour l'habitat",
    OrganismeKind.SEM: "société d'économie mixte",
    OrganismeKind.COOPERATIVE_HLM: "société coopérative d'HLM",
}


class Organisme(Landlord):
    @staticmethod
    def create_id(siren: str) -> UUID:
        return party_id_for(siren)

    @classmethod
    def register(cls, *, siren: str, name: str, kind: OrganismeKind, actor: Actor) -> Organisme:
        return cls(
            siren=check_siren(siren),
            name=check_label(name, "Le nom de l'organisme", max_length=NAME_MAX_LENGTH),
            kind=kind,
            actor=actor,
        )

    @event("Registered")
    def __init__(self, siren: str, name: str, kind: OrganismeKind, actor: Actor) -> None:
        self.siren = siren
        self.name = name
        self.kind = kind
        self.memberships = ()
