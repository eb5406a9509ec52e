"""The platform's records as the API publishes them: one schema per value the domain records
(terms, deliberations, signatures, payments, evaluations, alerts' findings and decisions,
rattachements…), declared here, apart from the domain's dataclasses — a change in the domain
changes the API's contract only where one of these says so.

A domain value becomes its public form by ``published`` (one table, ``PUBLISHED``): each
public field is read from the value by its name, so a domain field renamed or removed fails
loudly (tests), and a field added stays unpublished until its schema says it. Enumerations are
the domain's own: their values are the vocabulary the API publishes.

These are *output* shapes: no bounds (a record made under older bounds still reads). The
request bodies, with their bounds, are the ``…In`` / ``…Create`` schemas.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field, field_validator

from domain.alerts import (
    AlertDecision,
    AlertKind,
    AlertSeverity,
    CorrectiveAction,
    DecisionKind,
    Examination,
    Finding,
)
from domain.convention import (
    Adhesion,
    AnnualEvaluation,
    ApplicationProgramme,
    Avenant,
    AvenantStatus,
    CommuneAgreement,
    Contribution,
    Deliberation,
    Delivery,
    DwellingCount,
    FinancialLine,
    GuaranteeGrant,
    GuaranteeStatement,
    Impact,
    ImpactKind,
    IndicatorValue,
    InKindMode,
    InKindRealisation,
    Mobilisation,
    OperationConvention,
    Payment,
    ProgrammeAction,
    RealisedAction,
    Recovery,
    Review,
    ReviewKind,
    Signature,
    Substitution,
)
from domain.documents import Document, DocumentFile, DocumentKind
from domain.landlord import (
    CommuneStock,
    Membership,
    StockDeclaration,
)
from domain.office import (
    CollectiviteDeliberation,
    OfficeKind,
    Rattachement,
)
from domain.societe_de_coordination import (
    GovernanceSeat,
    MemberPeriod,
)
from domain.terms import (
    AddParty,
    AmountCommitment,
    Axis,
    AxisFamily,
    ChangePeriod,
    CharteLevel,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    ConventionParty,
    Direction,
    EvaluationScheme,
    FrameworkKind,
    FrameworkReference,
    GovernanceBody,
    GovernanceBodyKind,
    Indicator,
    Operation,
    OperationNature,
    PartyRole,
    PartyType,
    Period,
    Ratio,
    RemoveParty,
    SetAxis,
    SetCharteLevels,
    SetCommitment,
    SetContrepartie,
    SetEvaluationScheme,
    SetFramework,
    SetGovernanceBody,
    SetOperation,
    Terms,
    TypologyGrant,
    WithdrawCommitment,
    WithdrawContrepartie,
    WithdrawFramework,
    WithdrawOperation,
    YearAmount,
    YearTarget,
)
from domain.values import (
    Actor,
    ActorRole,
)


class Published(BaseModel):
    """A public schema: fields given a domain value are given its public form."""

    @field_validator("*", mode="before")
    @classmethod
    def _published(cls, value: Any) -> Any:
        return published(value)


def published(value: Any) -> Any:
    """The public form of a domain value (recursively, in lists and tuples); anything else as
    it is."""
    if isinstance(value, tuple | list):
        return [published(item) for item in value]
    schema = PUBLISHED.get(type(value)) if dataclasses.is_dataclass(value) else None
    if schema is None:
        return value
    return schema.model_construct(**{name: published(getattr(value, name)) for name in schema.model_fields})


class FindingPublic(Published):
    """What is wrong, measured: the raw material of an alert."""

    key: str
    kind: AlertKind
    severity: AlertSeverity
    cause: str
    subject: str = ""
    year: int | None = None
    party_id: UUID | None = None
    beneficiary_id: UUID | None = None
    expected: Decimal | None = None
    actual: Decimal | None = None
    gap: Decimal | None = None
    due_on: date | None = None


class ExaminationPublic(Published):
    requested_by: UUID
    requested_on: date
    reason: str


class CorrectiveActionPublic(Published):
    label: str
    due_on: date
    party_id: UUID | None = None


class AlertDecisionPublic(Published):
    kind: DecisionKind
    summary: str
    decided_on: date
    body_id: str | None = None
    avenant_number: int | None = None
    decided_by: UUID | None = None
    contrepartie_id: str | None = None
    amount: Decimal | None = None
    actions: list[CorrectiveActionPublic] = []


class ActorPublic(Published):
    actor_id: str
    role: ActorRole
    party_id: UUID | None = None


class PeriodPublic(Published):
    start: date
    end: date | None


class ConventionPartyPublic(Published):
    party_id: UUID
    party_type: PartyType
    role: PartyRole


class AxisPublic(Published):
    axis_id: str
    family: AxisFamily
    title: str


class YearTargetPublic(Published):
    """The target of one year, and the value past which (in the wrong direction) an alert is due."""

    year: int
    target: Decimal
    alert_threshold: Decimal | None = None


class RatioPublic(Published):
    """A ratio indicator (like the CUS ones) is measured as numerator / denominator × scale."""

    numerator: str
    denominator: str
    scale: Decimal = Decimal("1")


class IndicatorPublic(Published):
    indicator_id: str
    label: str
    unit: str
    direction: Direction
    targets: list[YearTargetPublic]
    baseline: Decimal | None = None
    ratio: RatioPublic | None = None
    cumulative_target: Decimal | None = None


class CommitmentPublic(Published):
    commitment_id: str
    axis_id: str
    title: str
    kind: CommitmentKind
    party_id: UUID | None = None
    indicators: list[IndicatorPublic] = []
    operation_id: str | None = None
    level: int | None = None
    framework_id: str | None = None


class FrameworkReferencePublic(Published):
    """A plan or contract the convention consolidates (PLH, PDH, PSP, CUS, NPNRU…)."""

    framework_id: str
    kind: FrameworkKind
    title: str
    holder_id: UUID | None = None
    holder: str = ""
    start_year: int | None = None
    end_year: int | None = None


class CharteLevelPublic(Published):
    """A level of a charte by the parc the landlord manages on the collectivité's territory."""

    level: int
    label: str
    min_dwellings: int


class YearAmountPublic(Published):
    year: int
    amount: Decimal


class TypologyGrantPublic(Published):
    """A per-dwelling grant for one typology, e.g. ``T1-T2`` at 10,000 €."""

    typology: str
    amount_per_dwelling: Decimal


class ContrepartiePublic(Published):
    """What a party (usually the collectivité) gives in return."""

    contrepartie_id: str
    kind: ContrepartieKind
    from_party_id: UUID
    label: str
    to_party_id: UUID | None = None
    amounts: list[YearAmountPublic] = []
    unit_grants: list[TypologyGrantPublic] = []
    guarantee_rate: Decimal | None = None
    reserved_to_attached_office: bool = False
    commitment: AmountCommitment = AmountCommitment.FIRM
    issue_terms: str = ""
    operation_id: str | None = None


class OperationPublic(Published):
    """An operation of the terms: nature, commune (INSEE), dwellings, budget, maître d'ouvrage."""

    operation_id: str
    nature: OperationNature
    title: str
    commune_insee: str
    dwellings: int
    budget: Decimal | None = None
    landlord_id: UUID | None = None


class GovernanceBodyPublic(Published):
    body_id: str
    kind: GovernanceBodyKind
    name: str
    meetings_per_year: int | None = None
    member_party_ids: list[UUID] = []


class EvaluationSchemePublic(Published):
    annual: bool = True
    bilan_due_month: int = 6
    bilan_due_day: int = 30
    mid_term_review_year: int | None = None
    final_evaluation: bool = False
    validating_body_id: str | None = None
    renewal_notice_months: int = 6
    avenant_signature_days: int = 90
    payment_due_month: int = 12
    payment_due_day: int = 31


class TermsPublic(Published):
    title: str
    period: PeriodPublic
    parties: list[ConventionPartyPublic]
    axes: list[AxisPublic] = []
    commitments: list[CommitmentPublic] = []
    contreparties: list[ContrepartiePublic] = []
    governance_bodies: list[GovernanceBodyPublic] = []
    evaluation_scheme: EvaluationSchemePublic = Field(default_factory=lambda: EvaluationSchemePublic())
    operation: str | None = None
    takes_effect_on: date | None = None
    operations: list[OperationPublic] = []
    framework_id: UUID | None = Field(
        default=None, description="A convention d'opération's convention cadre, if it was opened under one."
    )
    levels: list[CharteLevelPublic] = []
    frameworks: list[FrameworkReferencePublic] = []


class DeliberationPublic(Published):
    party_id: UUID
    body: str
    reference: str
    adopted_on: date
    avenant_number: int | None = None
    terms_revision: int | None = None
    terms_fingerprint: str | None = None


class SignaturePublic(Published):
    party_id: UUID
    signed_on: date
    signatory_id: UUID | None = None
    terms_revision: int | None = None
    terms_fingerprint: str | None = None


class SubstitutionPublic(Published):
    """An absorbed office replaced by the absorbing one in a convention, from the merger."""

    absorbed_id: UUID
    absorbing_id: UUID
    effective_on: date


class CommuneAgreementPublic(Published):
    commune_id: UUID
    office_id: UUID
    reference: str
    agreed_on: date


class AdhesionPublic(Published):
    party: ConventionPartyPublic
    joined_on: date
    withdrawn_on: date | None = None
    attached_to: UUID | None = None


class AddPartyPublic(Published):
    party: ConventionPartyPublic


class RemovePartyPublic(Published):
    party_id: UUID


class SetAxisPublic(Published):
    axis: AxisPublic


class SetCommitmentPublic(Published):
    commitment: CommitmentPublic


class WithdrawCommitmentPublic(Published):
    commitment_id: str


class SetContrepartiePublic(Published):
    contrepartie: ContrepartiePublic


class WithdrawContrepartiePublic(Published):
    contrepartie_id: str


class SetOperationPublic(Published):
    operation: OperationPublic


class WithdrawOperationPublic(Published):
    operation_id: str


class SetCharteLevelsPublic(Published):
    levels: list[CharteLevelPublic]


class SetFrameworkPublic(Published):
    framework: FrameworkReferencePublic


class WithdrawFrameworkPublic(Published):
    framework_id: str


class SetGovernanceBodyPublic(Published):
    body: GovernanceBodyPublic


class SetEvaluationSchemePublic(Published):
    scheme: EvaluationSchemePublic


class ChangePeriodPublic(Published):
    start: date
    end: date | None
    takes_effect_on: date | None = None


class AvenantPublic(Published):
    number: int
    effective_on: date
    reason: str
    changes: list[
        AddPartyPublic
        | RemovePartyPublic
        | SetAxisPublic
        | SetCommitmentPublic
        | WithdrawCommitmentPublic
        | SetContrepartiePublic
        | WithdrawContrepartiePublic
        | SetGovernanceBodyPublic
        | SetEvaluationSchemePublic
        | ChangePeriodPublic
        | SetOperationPublic
        | WithdrawOperationPublic
        | SetCharteLevelsPublic
        | SetFrameworkPublic
        | WithdrawFrameworkPublic
    ]
    proposed_on: date
    signatories: list[UUID]
    signatures: list[SignaturePublic] = []
    status: AvenantStatus = AvenantStatus.PROPOSED
    fingerprint: str | None = None


class ProgrammeActionPublic(Published):
    label: str
    commitment_id: str | None = None
    budget: Decimal | None = None


class ContributionPublic(Published):
    contrepartie_id: str
    amount: Decimal
    beneficiary_id: UUID | None = None


class ApplicationProgrammePublic(Published):
    """The convention d'application of year N: actions and means."""

    year: int
    actions: list[ProgrammeActionPublic]
    adopted_on: date
    revision: int = 1
    contributions: list[ContributionPublic] = []
    deliberations: list[str] = []


class DwellingCountPublic(Published):
    typology: str
    count: int


class PaymentPublic(Published):
    contrepartie_id: str
    year: int
    amount: Decimal
    beneficiary_id: UUID
    paid_on: date
    reference: str
    dwellings: list[DwellingCountPublic] = []


class GuaranteeGrantPublic(Published):
    contrepartie_id: str
    year: int
    beneficiary_id: UUID
    loan_reference: str
    loan_amount: Decimal
    guaranteed_amount: Decimal
    granted_on: date
    lender: str = ""
    deliberation_reference: str = ""
    duration_years: int | None = None
    operation_id: str | None = None


class GuaranteeStatementPublic(Published):
    contrepartie_id: str
    loan_reference: str
    year: int
    outstanding: Decimal
    stated_on: date


class InKindRealisationPublic(Published):
    contrepartie_id: str
    year: int
    beneficiary_id: UUID
    parcel_reference: str
    surface_m2: Decimal
    mode: InKindMode
    valuation: Decimal
    realised_on: date
    deed_reference: str = ""


class DeliveryPublic(Published):
    contrepartie_id: str
    beneficiary_id: UUID
    operation: str
    typology: str
    count: int
    delivered_on: date
    operation_id: str | None = None


class CommuneStockPublic(Published):
    commune_insee: str
    dwellings: int


class StockDeclarationPublic(Published):
    """A landlord's patrimoine on a date, commune by commune (it replaces the earlier one)."""

    declared_on: date
    communes: list[CommuneStockPublic]
    source: str = ""


class OperationConventionPublic(Published):
    """A convention d'opération opened under this convention cadre, for one of its operations."""

    operation_id: str
    convention_id: UUID


class RecoveryPublic(Published):
    contrepartie_id: str
    year: int
    amount: Decimal
    beneficiary_id: UUID
    recovered_on: date
    reference: str
    reason: str


class MobilisationPublic(Published):
    contrepartie_id: str
    year: int
    amount: Decimal = Field(
        description="Owed from then on: due on the year's payment date, or 3 months after a later decision."
    )
    beneficiary_id: UUID
    decided_on: date
    alert_number: int | None = Field(None, description="The alert whose decision triggered the support.")


class DocumentFilePublic(Published):
    sha256: str = Field(description="SHA-256 of the bytes (lowercase hex): what the hash chain covers.")
    size: int = Field(description="Bytes.")
    media_type: str = Field(description="The format read from the content, not from the name.")
    filename: str


class DocumentPublic(Published):
    document_id: UUID
    kind: DocumentKind
    file: DocumentFilePublic
    attached_on: date
    title: str = ""
    avenant_number: int | None = None
    party_id: UUID | None = Field(None, description="Whose deliberation it is (kind `deliberation`).")
    year: int | None = Field(None, description="The year of the bilan (kind `bilan`).")
    erased_on: date | None = Field(
        None, description="Its bytes erased on that date (personal data); its record and digest stay."
    )


class IndicatorValuePublic(Published):
    indicator_id: str
    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None


class FinancialLinePublic(Published):
    label: str
    amount: Decimal
    operation_id: str | None = None


class RealisedActionPublic(Published):
    label: str
    commitment_id: str | None = None
    operation_id: str | None = None
    dwellings: int | None = None
    amount: Decimal | None = None


class AnnualEvaluationPublic(Published):
    year: int
    values: list[IndicatorValuePublic]
    evaluated_on: date
    comments: str = ""
    financial_bilan: list[FinancialLinePublic] = []
    revision: int = 1
    correction_reason: str | None = None
    validated_by: str | None = None
    validated_on: date | None = None
    recorded_by: UUID | None = None
    actions: list[RealisedActionPublic] = []
    landlord_financials: list[FinancialLinePublic] = []


class ImpactPublic(Published):
    kind: ImpactKind
    value: Decimal
    baseline: Decimal | None = None
    comment: str = ""


class ReviewPublic(Published):
    kind: ReviewKind
    reviewed_on: date
    summary: str
    body_id: str | None = None
    impacts: list[ImpactPublic] = []


class CollectiviteDeliberationPublic(Published):
    """The deliberation of a collectivité concerned by a change of rattachement."""

    collectivite_id: UUID
    reference: str
    adopted_on: date


class RattachementPublic(Published):
    collectivite_id: UUID
    kind: OfficeKind
    effective_on: date
    decree_reference: str | None = None
    order_signed_on: date | None = None
    deliberations: list[CollectiviteDeliberationPublic] = []


class MembershipPublic(Published):
    """Membership of a Société de Coordination over [joined_on, left_on)."""

    societe_id: UUID
    joined_on: date
    left_on: date | None = None


class MemberPeriodPublic(Published):
    member_id: UUID
    joined_on: date
    left_on: date | None = None


class GovernanceSeatPublic(Published):
    collectivite_id: UUID
    joined_on: date
    left_on: date | None = None


PUBLISHED: dict[type, type[Published]] = {
    Finding: FindingPublic,
    Examination: ExaminationPublic,
    CorrectiveAction: CorrectiveActionPublic,
    AlertDecision: AlertDecisionPublic,
    Actor: ActorPublic,
    Period: PeriodPublic,
    ConventionParty: ConventionPartyPublic,
    Axis: AxisPublic,
    YearTarget: YearTargetPublic,
    Ratio: RatioPublic,
    Indicator: IndicatorPublic,
    Commitment: CommitmentPublic,
    YearAmount: YearAmountPublic,
    TypologyGrant: TypologyGrantPublic,
    Contrepartie: ContrepartiePublic,
    GovernanceBody: GovernanceBodyPublic,
    EvaluationScheme: EvaluationSchemePublic,
    Terms: TermsPublic,
    Deliberation: DeliberationPublic,
    Signature: SignaturePublic,
    Substitution: SubstitutionPublic,
    CommuneAgreement: CommuneAgreementPublic,
    Adhesion: AdhesionPublic,
    AddParty: AddPartyPublic,
    RemoveParty: RemovePartyPublic,
    SetAxis: SetAxisPublic,
    SetCommitment: SetCommitmentPublic,
    WithdrawCommitment: WithdrawCommitmentPublic,
    SetContrepartie: SetContrepartiePublic,
    WithdrawContrepartie: WithdrawContrepartiePublic,
    SetGovernanceBody: SetGovernanceBodyPublic,
    SetEvaluationScheme: SetEvaluationSchemePublic,
    ChangePeriod: ChangePeriodPublic,
    Operation: OperationPublic,
    SetOperation: SetOperationPublic,
    WithdrawOperation: WithdrawOperationPublic,
    SetCharteLevels: SetCharteLevelsPublic,
    CharteLevel: CharteLevelPublic,
    SetFramework: SetFrameworkPublic,
    WithdrawFramework: WithdrawFrameworkPublic,
    FrameworkReference: FrameworkReferencePublic,
    OperationConvention: OperationConventionPublic,
    CommuneStock: CommuneStockPublic,
    StockDeclaration: StockDeclarationPublic,
    Avenant: AvenantPublic,
    ProgrammeAction: ProgrammeActionPublic,
    Contribution: ContributionPublic,
    ApplicationProgramme: ApplicationProgrammePublic,
    DwellingCount: DwellingCountPublic,
    Payment: PaymentPublic,
    GuaranteeGrant: GuaranteeGrantPublic,
    GuaranteeStatement: GuaranteeStatementPublic,
    Mobilisation: MobilisationPublic,
    Recovery: RecoveryPublic,
    Delivery: DeliveryPublic,
    InKindRealisation: InKindRealisationPublic,
    DocumentFile: DocumentFilePublic,
    Document: DocumentPublic,
    IndicatorValue: IndicatorValuePublic,
    FinancialLine: FinancialLinePublic,
    RealisedAction: RealisedActionPublic,
    Impact: ImpactPublic,
    AnnualEvaluation: AnnualEvaluationPublic,
    Review: ReviewPublic,
    CollectiviteDeliberation: CollectiviteDeliberationPublic,
    Rattachement: RattachementPublic,
    Membership: MembershipPublic,
    MemberPeriod: MemberPeriodPublic,
    GovernanceSeat: GovernanceSeatPublic,
}
