"""Conventions: drafting, deliberations, signatures, avenants, execution (payments, guarantees, programmes), evaluations, status changes; their public form, events and differences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, BeforeValidator, Field

from api.schemas.common import (
    Day,
    Ident,
    LongText,
    Money,
    Name,
    Number,
    Reason,
    Reference,
    Schema,
    Text,
    Year,
    _no_float,
)
from api.schemas.read_side import ReadSideState
from api.schemas.records import (
    ActorPublic,
    AdhesionPublic,
    AnnualEvaluationPublic,
    ApplicationProgrammePublic,
    AvenantPublic,
    CommuneAgreementPublic,
    DeliberationPublic,
    DeliveryPublic,
    DocumentPublic,
    GuaranteeGrantPublic,
    GuaranteeStatementPublic,
    InKindRealisationPublic,
    MobilisationPublic,
    OperationConventionPublic,
    PaymentPublic,
    Published,
    RecoveryPublic,
    ReviewPublic,
    SignaturePublic,
    SubstitutionPublic,
    TermsPublic,
)
from api.schemas.terms import ChangeIn, PartyIn
from domain.convention import (
    AnnualEvaluation,
    Contribution,
    ConventionStatus,
    DwellingCount,
    FinancialLine,
    GuaranteeGrant,
    GuaranteeStatement,
    Impact,
    ImpactKind,
    IndicatorValue,
    InKindMode,
    InKindRealisation,
    Payment,
    ProgrammeAction,
    RealisedAction,
    Recovery,
    Review,
    ReviewKind,
)
from domain.terms import (
    TYPOLOGY_MAX_LENGTH,
    ConventionKind,
)
from domain.values import LABEL_MAX_LENGTH, NAME_MAX_LENGTH, REFERENCE_MAX_LENGTH, TEXT_MAX_LENGTH

# --- conventions ---------------------------------------------------------------------------


class ConventionCreate(Schema):
    kind: ConventionKind
    title: Text
    start_date: Day
    end_date: Day | None = None
    parties: list[PartyIn] = Field(min_length=1, max_length=200)
    operation: LongText | None = None
    predecessor_id: UUID | None = None
    framework_id: UUID | None = Field(
        default=None,
        description="Convention d'opération : la convention cadre en vigueur sous laquelle elle s'ouvre.",
    )
    operation_id: Ident | None = Field(
        default=None,
        description="Convention d'opération : l'opération de la convention cadre qu'elle porte (reprise dans ses termes).",
    )


class DeliberationCreate(Schema):
    party_id: UUID
    body: Name = Field(examples=["conseil d'administration"])
    reference: Reference
    adopted_on: Day
    avenant_number: int | None = Field(default=None, ge=1, le=10_000)


class SignatureCreate(Schema):
    party_id: UUID | None = Field(default=None, description="Par défaut, la partie de l'acteur.")
    signed_on: Day
    signatory_id: UUID | None = Field(
        default=None,
        description="La personne qui signe pour la partie, enregistrée au registre des personnes "
        "(POST /people) ; l'événement ne garde que cet identifiant.",
    )


class AdhesionCreate(Schema):
    party_id: UUID | None = None
    joined_on: Day


class AvenantCreate(Schema):
    changes: list[ChangeIn] = Field(min_length=1, max_length=100)
    effective_on: Day
    reason: Reason
    proposed_on: Day


class AvenantWithdrawal(Schema):
    reason: Reason
    withdrawn_on: Day


class DocumentErasure(Schema):
    reason: Reason = Field(description="Why the bytes are erased (e.g. a request under RGPD art. 17).")


class ProgrammeActionIn(Schema):
    label: Text
    commitment_id: Ident | None = None
    budget: Money | None = None


class ContributionIn(Schema):
    contrepartie_id: Ident
    amount: Money
    beneficiary_id: UUID | None = Field(default=None, description="When the contrepartie goes to several.")


class ProgrammeCreate(Schema):
    year: Year
    actions: list[ProgrammeActionIn] = Field(min_length=1, max_length=200)
    adopted_on: Day
    revision: bool = False
    contributions: list[ContributionIn] = Field(
        default=[],
        max_length=50,
        description="The year's means: what each contrepartie the convention leaves open (or caps) gives that year; owed from then on.",
    )
    deliberations: list[Reference] = Field(
        default=[], max_length=20, description="The references of the parties' deliberations adopting it."
    )

    def actions_domain(self) -> tuple[ProgrammeAction, ...]:
        return tuple(ProgrammeAction(a.label, a.commitment_id, a.budget) for a in self.actions)

    def contributions_domain(self) -> tuple[Contribution, ...]:
        return tuple(Contribution(c.contrepartie_id, c.amount, c.beneficiary_id) for c in self.contributions)


class DwellingCountIn(Schema):
    typology: Annotated[str, Field(min_length=1, max_length=TYPOLOGY_MAX_LENGTH)]
    count: int = Field(ge=1, le=100000)


class PaymentCreate(Schema):
    contrepartie_id: Ident
    year: Year
    amount: Money
    beneficiary_id: UUID
    paid_on: Day
    reference: Reference
    dwellings: list[DwellingCountIn] = Field(default=[], max_length=20)

    def to_domain(self) -> Payment:
        return Payment(
            self.contrepartie_id,
            self.year,
            self.amount,
            self.beneficiary_id,
            self.paid_on,
            self.reference,
            tuple(DwellingCount(d.typology, d.count) for d in self.dwellings),
        )


class InKindCreate(Schema):
    contrepartie_id: Ident
    year: Year
    beneficiary_id: UUID
    parcel_reference: Text = Field(description="The cadastral reference: « Nevers, section AB n° 123 ».")
    surface_m2: Money = Field(description="Square metres.")
    mode: InKindMode
    valuation: Money = Field(description="Its value (France Domaine's, or the deed's), in euros.")
    realised_on: Day
    deed_reference: str = Field(default="", max_length=REFERENCE_MAX_LENGTH)

    def to_domain(self) -> InKindRealisation:
        return InKindRealisation(
            self.contrepartie_id,
            self.year,
            self.beneficiary_id,
            self.parcel_reference,
            self.surface_m2,
            self.mode,
            self.valuation,
            self.realised_on,
            self.deed_reference.strip(),
        )


class DeliveryCreate(Schema):
    contrepartie_id: Ident
    beneficiary_id: UUID | None = Field(
        default=None, description="The office that delivered (default: the actor's party)."
    )
    operation: str = Field(
        default="",
        max_length=LABEL_MAX_LENGTH,
        description="The operation the dwellings belong to, in words (default: the title of operation_id's).",
    )
    typology: str = Field(min_length=1, max_length=TYPOLOGY_MAX_LENGTH, examples=["T3"])
    count: int = Field(ge=1, le=100_000)
    delivered_on: Day
    operation_id: Ident | None = Field(
        default=None,
        description="The operation of the terms delivered (default: the one the contrepartie finances, if any).",
    )


class RecoveryCreate(Schema):
    contrepartie_id: Ident
    year: Year
    amount: Money
    beneficiary_id: UUID
    recovered_on: Day
    reference: Reference = Field(description="The titre de recettes.")
    reason: Reason

    def to_domain(self) -> Recovery:
        return Recovery(
            self.contrepartie_id,
            self.year,
            self.amount,
            self.beneficiary_id,
            self.recovered_on,
            self.reference,
            self.reason,
        )


class GuaranteeCreate(Schema):
    contrepartie_id: Ident
    year: Year
    beneficiary_id: UUID
    loan_reference: Reference
    loan_amount: Money
    guaranteed_amount: Money
    granted_on: Day
    lender: str = Field(
        default="", max_length=NAME_MAX_LENGTH, description="Who lends: Banque des Territoires, a bank…"
    )
    deliberation_reference: str = Field(
        default="", max_length=REFERENCE_MAX_LENGTH, description="The guarantor's deliberation granting it."
    )
    duration_years: int | None = Field(default=None, ge=1, le=80)
    operation_id: Ident | None = Field(
        default=None,
        description="The operation of the terms the loan finances (default: the one the contrepartie finances, if any).",
    )

    def to_domain(self) -> GuaranteeGrant:
        return GuaranteeGrant(
            self.contrepartie_id,
            self.year,
            self.beneficiary_id,
            self.loan_reference,
            self.loan_amount,
            self.guaranteed_amount,
            self.granted_on,
            self.lender.strip(),
            self.deliberation_reference.strip(),
            self.duration_years,
            self.operation_id,
        )


class GuaranteeStatementCreate(Schema):
    contrepartie_id: Ident
    loan_reference: Reference
    year: Year
    outstanding: Money = Field(
        description="Capital remaining due at the end of the year (the lender's table)."
    )
    stated_on: Day

    def to_domain(self) -> GuaranteeStatement:
        return GuaranteeStatement(
            self.contrepartie_id, self.loan_reference, self.year, self.outstanding, self.stated_on
        )


class IndicatorValueIn(Schema):
    indicator_id: Ident
    value: Number | None = None
    numerator: Number | None = None
    denominator: Number | None = None


class FinancialLineIn(Schema):
    label: Text
    amount: Annotated[Decimal, BeforeValidator(_no_float), Field(max_digits=15, decimal_places=2)]
    operation_id: Ident | None = Field(
        default=None, description="L'opération dont c'est le bilan financier (une des termes de l'année)."
    )

    def to_domain(self) -> FinancialLine:
        return FinancialLine(self.label, self.amount, self.operation_id)


class RealisedActionIn(Schema):
    label: Text
    commitment_id: Ident | None = None
    operation_id: Ident | None = None
    dwellings: Annotated[int, Field(ge=0, le=1_000_000)] | None = None
    amount: Money | None = None

    def to_domain(self) -> RealisedAction:
        return RealisedAction(self.label, self.commitment_id, self.operation_id, self.dwellings, self.amount)


class EvaluationCreate(Schema):
    """The annual bilan: the indicators' values, the actions realised, the financial bilan of
    the operations (and of the convention), the office's global financial bilan."""

    year: Year
    values: list[IndicatorValueIn] = Field(default=[], max_length=200)
    evaluated_on: Day
    comments: Annotated[str, Field(max_length=TEXT_MAX_LENGTH)] = ""
    financial_bilan: list[FinancialLineIn] = Field(default=[], max_length=100)
    actions: list[RealisedActionIn] = Field(default=[], max_length=200)
    landlord_financials: list[FinancialLineIn] = Field(
        default=[],
        max_length=100,
        description="Le bilan financier global de l'office pour l'année (ses comptes), sans opération.",
    )

    def to_domain(self) -> AnnualEvaluation:
        return AnnualEvaluation(
            year=self.year,
            values=tuple(
                IndicatorValue(v.indicator_id, v.value, v.numerator, v.denominator) for v in self.values
            ),
            evaluated_on=self.evaluated_on,
            comments=self.comments,
            financial_bilan=tuple(f.to_domain() for f in self.financial_bilan),
            actions=tuple(a.to_domain() for a in self.actions),
            landlord_financials=tuple(f.to_domain() for f in self.landlord_financials),
        )


class EvaluationCorrection(EvaluationCreate):
    reason: Reason


class EvaluationValidation(Schema):
    body_id: Ident
    validated_on: Day


class ImpactIn(Schema):
    kind: ImpactKind
    value: Number = Field(
        description="En euros (investissements), emplois, pourcentage (entreprises locales, vacance) "
        "ou logements (performance énergétique)."
    )
    baseline: Number | None = Field(default=None, description="Le chiffre au début de la convention.")
    comment: Annotated[str, Field(max_length=LABEL_MAX_LENGTH)] = ""

    def to_domain(self) -> Impact:
        return Impact(self.kind, self.value, self.baseline, self.comment)


class ReviewCreate(Schema):
    kind: ReviewKind
    reviewed_on: Day
    summary: LongText
    body_id: Ident | None = None
    impacts: list[ImpactIn] = Field(
        default=[], max_length=len(ImpactKind), description="Les effets sur le territoire, en chiffres."
    )

    def to_domain(self) -> Review:
        return Review(
            self.kind,
            self.reviewed_on,
            self.summary,
            self.body_id,
            tuple(i.to_domain() for i in self.impacts),
        )


class StatusChange(Schema):
    """Suspension or résiliation: decided by a signatory party, on its deliberation."""

    party_id: UUID | None = Field(default=None, description="Par défaut, la partie de l'acteur.")
    deliberation_reference: Reference
    reason: Reason
    effective_on: Day


class Resumption(Schema):
    party_id: UUID | None = Field(default=None, description="Par défaut, la partie de l'acteur.")
    deliberation_reference: Reference
    effective_on: Day


class AdhesionWithdrawal(Schema):
    withdrawn_on: Day
    reason: Reason


class CommuneAgreementCreate(Schema):
    commune_id: UUID | None = Field(default=None, description="Par défaut, la partie de l'acteur.")
    office_id: UUID
    reference: Reference
    agreed_on: Day


class Expiry(Schema):
    as_of: Day


class WriteResult(BaseModel):
    id: UUID
    version: int
    notification_id: int | None = Field(
        description="Position of the last event written in the notification log."
    )
    warnings: list[str] = []
    entered_into_force: bool | None = None
    avenant_number: int | None = None
    avenant_in_force: bool | None = None
    document_id: UUID | None = Field(None, description="The document attached (a document's upload).")
    sha256: str | None = Field(None, description="The SHA-256 of the document attached.")
    read_side: ReadSideState | None = None


class ConventionPublic(Published):
    id: UUID
    version: int
    kind: ConventionKind
    status: ConventionStatus
    terms_on: date = Field(description="Date on which `terms` are the terms in force.")
    terms: TermsPublic
    terms_as_drafted: TermsPublic
    in_force_since: date | None = Field(
        description="The date it took effect: the later of its start and its last signature, "
        "unless its text sets one."
    )
    concluded_on: date | None = Field(description="The date of its last signature.")
    in_force_on: bool = Field(description="Whether it applied on `terms_on`.")
    standing_on: str = Field(description="What it was on `terms_on`, in French.")
    terms_revision: int = Field(
        description="Revision of the drafted terms (each change of the draft is one)."
    )
    status_since: date | None
    status_reason: str | None
    status_decided_by: UUID | None = None
    status_deliberation: str | None = None
    predecessor_id: UUID | None
    successor_id: UUID | None
    warnings: list[str]
    deliberations: list[DeliberationPublic]
    signatures: list[SignaturePublic]
    voided_signatures: list[SignaturePublic] = Field(
        default=[], description="Signatures given to earlier terms, voided when the draft changed."
    )
    substitutions: list[SubstitutionPublic] = []
    commune_agreements: list[CommuneAgreementPublic] = []
    adhesions: list[AdhesionPublic]
    avenants: list[AvenantPublic]
    programmes: list[ApplicationProgrammePublic]
    payments: list[PaymentPublic]
    guarantees: list[GuaranteeGrantPublic]
    evaluations: list[AnnualEvaluationPublic]
    superseded_evaluations: list[AnnualEvaluationPublic]
    reviews: list[ReviewPublic]
    in_kind: list[InKindRealisationPublic] = Field(
        default=[],
        description="Contreparties given in kind (parcels sold, leased, lent, serviced) at their valuation.",
    )
    deliveries: list[DeliveryPublic] = Field(
        default=[], description="Dwellings delivered under per-dwelling grants: what they are owed follows."
    )
    guarantee_statements: list[GuaranteeStatementPublic] = Field(
        default=[], description="Capital outstanding on the guaranteed loans, year by year."
    )
    recoveries: list[RecoveryPublic] = Field(
        default=[], description="Money that went back (reversements): neither paid nor owed any more."
    )
    mobilisations: list[MobilisationPublic] = Field(
        default=[], description="What decisions drew on the conditional envelopes: owed from then on."
    )
    documents: list[DocumentPublic] = Field(
        default=[], description="The signed convention, avenants, deliberations and bilans attached."
    )
    operation_conventions: list[OperationConventionPublic] = Field(
        default=[], description="A convention cadre's conventions d'opération, one per operation opened."
    )


class EventPublic(Published):
    """The envelope of a stored event, the same in every feed and history (documented in
    docs/feed.md): stable fields, the event's own fields in ``payload``."""

    id: UUID = Field(description="Stable id of the event, derived from its stream and version.")
    position: int | None = Field(description="Its place in the global log (commit order); the feed's cursor.")
    stream: UUID = Field(description="The aggregate it belongs to (convention, party, alert file).")
    stream_type: str = Field(examples=["Convention"])
    version: int = Field(description="Its place in its stream, from 1.")
    type: str = Field(examples=["AvenantSigned"])
    schema_version: int = Field(description="Version of the payload's shape for this type (docs/feed.md).")
    recorded_at: str = Field(description="When the platform recorded it (UTC, ISO 8601).")
    effective_on: date | None = Field(description="The date from which the fact takes effect, if it has one.")
    actor: ActorPublic | None
    payload: dict[str, Any]


class EventPage(BaseModel):
    items: list[EventPublic]
    next_after: int = Field(description="Pass as ?after= for the next page (the last position seen).")
    last_position: int = Field(description="The log's last position when the page was read.")


class TermsDifference(BaseModel):
    part: str
    key: str
    change: Literal["added", "removed", "changed"]
    before: Any
    after: Any


class PointPublic(BaseModel):
    version: int
    recorded_at: str = Field(description="When that version was recorded.")
    on: date | None
    status: str


class TermsDiff(BaseModel):
    convention_id: UUID
    before: PointPublic
    after: PointPublic
    changes: list[TermsDifference]
    events: list[EventPublic] = Field(description="The events that made the difference.")
