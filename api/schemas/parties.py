"""Parties: collectivités, offices, organismes, SCs — their registration and changes, and their public form."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import Field

from api.schemas.common import Day, Name, Reference, Schema
from api.schemas.records import (
    GovernanceSeatPublic,
    MemberPeriodPublic,
    MembershipPublic,
    Published,
    RattachementPublic,
    StockDeclarationPublic,
)
from domain.collectivite import CollectiviteKind
from domain.landlord import (
    MAX_COMMUNES,
    MAX_DWELLINGS_IN_A_COMMUNE,
    SOURCE_MAX_LENGTH,
    CommuneStock,
    StockDeclaration,
)
from domain.office import CollectiviteDeliberation
from domain.organisme import OrganismeKind
from domain.state_service import StateServiceKind
from domain.terms import (
    PartyType,
)

# --- parties -------------------------------------------------------------------------------


class CollectiviteCreate(Schema):
    siren: str = Field(examples=["225800019"])
    name: Name
    kind: CollectiviteKind
    insee_code: str | None = Field(default=None, max_length=5)
    departement_code: str | None = Field(default=None, max_length=3)


class OfficeCreate(Schema):
    siren: str
    name: Name
    rattachement_id: UUID
    attached_on: Day


class OrganismeCreate(Schema):
    siren: str
    name: Name
    kind: OrganismeKind


class StateServiceCreate(Schema):
    siren: str = Field(examples=["130011018"])
    name: Name
    kind: StateServiceKind
    departement_code: str | None = Field(
        default=None, max_length=3, description="The département it serves (none for a national agency)."
    )


class SocieteCreate(Schema):
    siren: str
    name: Name
    formed_on: Day


class CommuneStockIn(Schema):
    commune_insee: str = Field(
        min_length=5, max_length=5, examples=["58194"], description="The commune's INSEE code."
    )
    dwellings: int = Field(ge=1, le=MAX_DWELLINGS_IN_A_COMMUNE)


class StockDeclarationCreate(Schema):
    declared_on: Day
    communes: list[CommuneStockIn] = Field(min_length=1, max_length=MAX_COMMUNES)
    source: str = Field(
        default="",
        max_length=SOURCE_MAX_LENGTH,
        description="Where the figures come from (RPLS au 1er janvier, inventaire…).",
    )

    def to_domain(self) -> StockDeclaration:
        return StockDeclaration(
            self.declared_on,
            tuple(CommuneStock(c.commune_insee, c.dwellings) for c in self.communes),
            self.source.strip(),
        )


class SiretRecord(Schema):
    siret: str = Field(
        min_length=14,
        max_length=17,
        description="The SIRET of the party's seat: its SIREN then the establishment's 5 digits.",
        examples=["21580000400016"],
    )


class MemberJoin(Schema):
    member_id: UUID
    joined_on: Day


class MemberLeave(Schema):
    left_on: Day


class CollectiviteDeliberationIn(Schema):
    collectivite_id: UUID
    reference: Reference
    adopted_on: Day


class RattachementChange(Schema):
    """A change of collectivité de rattachement: an arrêté préfectoral taken on the
    deliberations of the collectivités concerned (the former and the new)."""

    collectivite_id: UUID
    effective_on: Day
    order_reference: Reference = Field(description="Référence de l'arrêté préfectoral.")
    order_signed_on: Day = Field(description="Date de l'arrêté préfectoral.")
    deliberations: list[CollectiviteDeliberationIn] = Field(min_length=1, max_length=10)

    def deliberations_domain(self) -> tuple[CollectiviteDeliberation, ...]:
        return tuple(
            CollectiviteDeliberation(d.collectivite_id, d.reference, d.adopted_on) for d in self.deliberations
        )


class GovernanceSeatCreate(Schema):
    collectivite_id: UUID
    joined_on: Day


class GovernanceSeatEnd(Schema):
    left_on: Day


class MergerCreate(Schema):
    absorbing_office_id: UUID
    effective_on: Day


class PartyPublic(Published):
    id: UUID
    version: int
    party_type: PartyType
    siren: str
    siret: str | None = None
    name: str
    kind: str | None = None
    insee_code: str | None = None
    departement_code: str | None = None
    region_code: str | None = None
    rattachements: list[RattachementPublic] = []
    memberships: list[MembershipPublic] = []
    stock_declarations: list[StockDeclarationPublic] = Field(
        default=[], description="A landlord's patrimoine per commune, declaration by declaration."
    )
    members: list[MemberPeriodPublic] = []
    governance: list[GovernanceSeatPublic] = []
    formed_on: date | None = None
    merged_into: UUID | None = None
    merged_on: date | None = None
