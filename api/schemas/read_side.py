"""The read side: freshness, and the portfolio read models and timelines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, Field

from domain.alerts import (
    AlertKind,
    AlertSeverity,
    AlertStatus,
)
from domain.terms import (
    ConventionKind,
    Direction,
    OperationNature,
    PartyRole,
    PartyType,
)

# --- the read side: freshness, and the portfolio read models ---------------------------------


class ReadSideState(BaseModel):
    """How fresh the read models are when the answer was made."""

    caught_up: bool | None = Field(
        default=None,
        description="With ?wait=: whether the alert process and the read models had handled "
        "this write (and the alerts it raised) before the wait ran out.",
    )
    lag: dict[str, int] | None = Field(
        default=None,
        description="Per follower (the alert process, each read model: alert_board, portfolio): "
        "notifications still to handle. Told when asked (?lag=true) or with ?wait= on a write: "
        "it costs a query (several on the embedded store).",
    )
    failure: str | None = Field(
        default=None,
        description="When a follower is stopped at an event it cannot handle: which, since when, at "
        "which event, why (the other followers go on). In a write's answer without ?wait=, as known "
        "within the last second.",
    )


class PartyRef(BaseModel):
    party_id: UUID
    party_type: PartyType
    role: PartyRole
    name: str


class NextDeadline(BaseModel):
    due_on: date
    kind: str
    label: str


class ConventionSummary(BaseModel):
    convention_id: UUID
    kind: ConventionKind
    title: str
    status: str
    start_on: date
    end_on: date | None
    in_force_since: date | None
    status_since: date | None
    predecessor_id: UUID | None
    successor_id: UUID | None
    avenants_in_force: int
    avenants_pending: int
    version: int
    parties: list[PartyRef]
    next_deadline: NextDeadline | None


class ConventionPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ConventionSummary]
    read_side: ReadSideState


class OfficeRelation(BaseModel):
    role: PartyRole
    through_societe_id: UUID | None = Field(
        description="The SC through which the office is concerned, if any."
    )
    through_societe_name: str | None


class OfficeConvention(ConventionSummary):
    relations: list[OfficeRelation]


class CollectiviteConvention(ConventionSummary):
    relations: list[Literal["partie", "office_rattache", "societe_de_l_office", "territoire"]] = Field(
        description="How it concerns the collectivité: as a party; through its attached office; through the SC of its attached office; on its territory."
    )


class LatestResult(BaseModel):
    convention_id: UUID
    commitment_id: str
    indicator_id: str
    party_id: UUID | None
    label: str
    unit: str
    direction: Direction
    year: int
    target: Decimal | None
    achieved: Decimal | None
    met: bool | None
    standing: Literal["met", "vigilance", "alert"] | None = Field(
        default=None,
        description="met: target reached; vigilance: off target within the alert threshold "
        "(a mark, no alert is raised); alert: past the threshold.",
    )
    this_year: int | None = Field(default=None, description="The year of the portfolio's date (as_of).")
    this_year_target: Decimal | None = Field(
        default=None, description="The target of this year: what is to be reached now."
    )


class YearResults(BaseModel):
    year: int
    with_target: int
    evaluated: int
    met: int


class YearMoney(BaseModel):
    year: int
    party_id: UUID | None = None
    committed: Decimal = Field(description="Firm contreparties committed that year, in euros.")
    paid: Decimal


class GuaranteeLine(BaseModel):
    """A guaranteed loan and the guarantor's risk on it (encours garanti)."""

    convention_id: UUID
    loan_reference: str
    contrepartie_id: str
    guarantor_id: UUID
    beneficiary_id: UUID
    lender: str
    deliberation_reference: str
    granted_on: date
    loan_amount: Decimal
    guaranteed_amount: Decimal
    outstanding_year: int = Field(description="The year-end the risk is measured at (the last stated).")
    guaranteed_outstanding: Decimal = Field(
        description="The guaranteed share of the capital outstanding then (the whole guarantee before any statement)."
    )


class OpenAlert(BaseModel):
    convention_id: UUID
    number: int
    kind: AlertKind
    severity: AlertSeverity
    status: AlertStatus
    year: int | None
    cause: str
    raised_on: date
    due_on: date | None


class DeadlineRow(BaseModel):
    convention_id: UUID
    due_on: date
    kind: str
    label: str
    party_id: UUID | None


class PartySummary(BaseModel):
    party_id: UUID
    party_type: PartyType
    kind: str | None
    siren: str
    name: str
    departement_code: str | None
    region_code: str | None
    rattached_to: UUID | None
    merged_into: UUID | None
    siret: str | None = Field(default=None, description="Its seat's SIRET, once recorded.")


class Portfolio(BaseModel):
    party: PartySummary
    conventions_total: int
    limit: int
    offset: int
    open_alerts_total: int
    open_alerts: list[OpenAlert]
    next_deadlines: list[DeadlineRow]
    read_side: ReadSideState


class OperationLine(BaseModel):
    """An operation of a convention's terms, as a portfolio lists it."""

    convention_id: UUID
    operation_id: str
    nature: OperationNature
    title: str
    commune_insee: str
    dwellings: int
    dwellings_delivered: int = Field(description="Dwellings delivered for it under per-dwelling grants.")
    budget: Decimal | None = None
    landlord_id: UUID | None = Field(default=None, description="Its maître d'ouvrage.")
    framework_id: UUID | None = Field(
        default=None, description="The convention cadre it comes from (for a convention d'opération)."
    )
    operation_convention_id: UUID | None = Field(
        default=None, description="The convention d'opération opened for it (for a convention cadre)."
    )


class CommuneStockLine(BaseModel):
    commune_insee: str
    dwellings: int
    collectivite_id: UUID | None = Field(default=None, description="The commune, when registered as a party.")
    name: str | None = None


class Patrimoine(BaseModel):
    """A landlord's patrimoine as last declared: its communes d'implantation."""

    declared_on: date
    dwellings: int = Field(description="Dwellings in all, over its communes.")
    communes: list[CommuneStockLine]


class ImplantedLandlord(BaseModel):
    """A landlord holding dwellings on the collectivité's territory (by its last declaration)."""

    landlord_id: UUID
    name: str
    dwellings: int
    declared_on: date


class OfficePortfolio(Portfolio):
    conventions: list[OfficeConvention]
    commitments: list[LatestResult]
    contreparties_by_year: list[YearMoney]
    guarantees: list[GuaranteeLine] = Field(default=[], description="Its loans a collectivité guarantees.")
    guaranteed_outstanding: Decimal = Field(
        default=Decimal("0.00"), description="Their encours garanti, summed."
    )
    operations: list[OperationLine] = Field(
        default=[], description="The operations it carries (maître d'ouvrage) in its conventions."
    )
    patrimoine: Patrimoine | None = Field(
        default=None, description="Its dwellings per commune, as last declared (none before a declaration)."
    )


class CollectivitePortfolio(Portfolio):
    conventions: list[CollectiviteConvention]
    contreparties_by_year: list[YearMoney]
    contreparties_by_year_and_beneficiary: list[YearMoney]
    results_by_year: list[YearResults]
    guarantees: list[GuaranteeLine] = Field(default=[], description="The loans it guarantees.")
    guaranteed_outstanding: Decimal = Field(
        default=Decimal("0.00"), description="Its encours garanti (the risk it carries), summed."
    )
    operations: list[OperationLine] = Field(
        default=[], description="The operations of the conventions on its territory."
    )
    landlords_implanted: list[ImplantedLandlord] = Field(
        default=[],
        description="The landlords holding dwellings on its territory, by their declared patrimoine.",
    )


class MemberOn(BaseModel):
    member_id: UUID
    name: str
    joined_on: date
    left_on: date | None


class MemberConventions(BaseModel):
    member_id: UUID
    name: str
    convention_ids: list[UUID]


class SocietePortfolio(Portfolio):
    on: date
    members: list[MemberOn]
    group_convention_ids: list[UUID]
    member_convention_ids: list[MemberConventions]
    conventions: list[ConventionSummary]
    results_by_year: list[YearResults]
    contreparties_by_year: list[YearMoney]


class TimelineEntry(BaseModel):
    position: int
    stream: Literal["convention", "alertes"]
    version: int
    event_type: str
    recorded_at: str
    effective_on: date | None
    actor_id: str | None
    line: str


class TimelinePage(BaseModel):
    convention_id: UUID
    items: list[TimelineEntry]
    next_after: int | None = Field(description="Pass as ?after= for the next page; null at the end.")
    read_side: ReadSideState
