"""Collectivités territoriales and EPCI: communes, intercommunalités, départements, régions."""

from __future__ import annotations

from enum import Enum
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from domain.errors import InvalidInseeCodeError
from domain.establishment import Establishment
from domain.identifiers import (
    DEPARTEMENT_REGION,
    check_commune_code,
    check_departement_code,
    check_region_code,
    check_siren,
    departement_of_commune,
)
from domain.values import NAME_MAX_LENGTH, Actor, check_label

PARTY_NAMESPACE = uuid5(NAMESPACE_URL, "urn:conventions-oph:party")


def party_id_for(siren: str) -> UUID:
    """Every party's id derives from its SIREN, so a SIREN can only be registered once."""
    return uuid5(PARTY_NAMESPACE, siren)


class CollectiviteKind(Enum):
    COMMUNE = "commune"
    COMMUNAUTE_DE_COMMUNES = "communaute_de_communes"
    COMMUNAUTE_D_AGGLOMERATION = "communaute_d_agglomeration"
    COMMUNAUTE_URBAINE = "communaute_urbaine"
    METROPOLE = "metropole"
    ETABLISSEMENT_PUBLIC_TERRITORIAL = "etablissement_public_territorial"
    DEPARTEMENT = "departement"
    REGION = "region"

    @property
    def is_epci(self) -> bool:
        return self not in (
            CollectiviteKind.COMMUNE,
            CollectiviteKind.DEPARTEMENT,
            CollectiviteKind.REGION,
        )


COLLECTIVITE_KIND_LABELS = {
    CollectiviteKind.COMMUNE: "commune",
    CollectiviteKind.COMMUNAUTE_DE_COMMUNES: "communauté de communes",
    CollectiviteKind.COMMUNAUTE_D_AGGLOMERATION: "communauté d'agglomération",
    CollectiviteKind.COMMUNAUTE_URBAINE: "communauté urbaine",
    CollectiviteKind.METROPOLE: "métropole",
    CollectiviteKind.ETABLISSEMENT_PUBLIC_TERRITORIAL: "établissement public territorial",
    CollectiviteKind.DEPARTEMENT: "département",
    CollectiviteKind.REGION: "région",
}


class Collectivite(Establishment):
    """A collectivité, placed in its département and région (COG codes)."""

    @staticmethod
    def create_id(siren: str) -> UUID:
        return party_id_for(siren)

    @classmethod
    def register(
        cls,
        *,
        siren: str,
        name: str,
        kind: CollectiviteKind,
        insee_code: str | None,
        departement_code: str | None,
        actor: Actor,
    ) -> Collectivite:
        """Rules:
        - SIREN valid (Luhn); name not empty;
        - commune: 5-character INSEE code, its département derived from it;
        - EPCI: the département of its seat; no INSEE code of its own (the SIREN identifies it);
        - département: its code; région: its COG code.
        """
        siren = check_siren(siren)
        name = check_label(name, "Le nom de la collectivité", max_length=NAME_MAX_LENGTH)
        region_code: str
        if kind is CollectiviteKind.COMMUNE:
            if not insee_code:
                raise InvalidInseeCodeError("Une commune doit avoir son code INSEE (5 caractères).")
            insee_code = check_commune_code(insee_code)
            derived = departement_of_commune(insee_code)
            if departement_code and check_departement_code(departement_code) != derived:
                raise InvalidInseeCodeError(
                    f"Le code INSEE {insee_code} place la commune dans le département {derived}, "
                    f"pas {departement_code}."
                )
            departement_code = derived
            region_code = DEPARTEMENT_REGION[derived]
        elif kind is CollectiviteKind.DEPARTEMENT:
            code = check_departement_code(insee_code or departement_code or "")
            insee_code = departement_code = code
            region_code = DEPARTEMENT_REGION[code]
        elif kind is CollectiviteKind.REGION:
            region_code = check_region_code(insee_code or "")
            insee_code = region_code
            departement_code = None
        else:
            if not departement_code:
                raise InvalidInseeCodeError(
                    "Un EPCI doit indiquer le département de son siège (departement_code)."
                )
            departement_code = check_departement_code(departement_code)
            region_code = DEPARTEMENT_REGION[departement_code]
            insee_code = None
        return cls(
            siren=siren,
            name=name,
            kind=kind,
            insee_code=insee_code,
            departement_code=departement_code,
            region_code=region_code,
            actor=actor,
        )

    @event("Registered")
    def __init__(
        self,
        siren: str,
        name: str,
        kind: CollectiviteKind,
        insee_code: str | None,
        departement_code: str | None,
        region_code: str,
        actor: Actor,
    ) -> None:
        self.siren = siren
        self.name = name
        self.kind = kind
        self.insee_code = insee_code
        self.departement_code = departement_code
        self.region_code = region_code
