"""Request bodies (``…Create``, ``…In``) and responses (``…Public``).

Money travels as a JSON string (``"10000.00"``) and is never accepted as a float; dates are
ISO 8601. Unknown fields are refused. Responses reuse the domain's frozen dataclasses.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from domain.alerts import (
    AlertDecision,
    AlertKind,
    AlertSeverity,
    AlertStatus,
    CorrectiveAction,
    DecisionKind,
    Examination,
    Finding,
)
from domain.collectivite import CollectiviteKind
from domain.convention import (
    Adhesion,
    AnnualEvaluation,
    ApplicationProgramme,
    Avenant,
    CommuneAgreement,
    ConventionStatus,
    Deliberation,
    DwellingCount,
    FinancialLine,
    GuaranteeGrant,
    IndicatorValue,
    Meeting,
    Payment,
    ProgrammeAction,
    Review,
    ReviewKind,
    Signature,
    Substitution,
)
from domain.landlord import Membership
from domain.office import CollectiviteDeliberation, Rattachement
from domain.organisme import OrganismeKind
from domain.societe_de_coordination import GovernanceSeat, MemberPeriod
from domain.terms import (
    MAX_MEETINGS_PER_YEAR,
    AddParty,
    Axis,
    AxisFamily,
    ChangePeriod,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    ConventionParty,
    Direction,
    EvaluationScheme,
    GovernanceBody,
    GovernanceBodyKind,
    Indicator,
    PartyRole,
    PartyType,
    Ratio,
    RemoveParty,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    SetEvaluationScheme,
    SetGovernanceBody,
    Terms,
    TermsChange,
    TypologyGrant,
    WithdrawCommitment,
    WithdrawContrepartie,
    YearAmount,
    YearTarget,
)
from domain.values import EARLIEST_DAY, LATEST_DAY, Actor, control_character_in


def _no_float(value: Any) -> Any:
    if isinstance(value, float):
        raise ValueError('un montant s\'écrit en chaîne décimale exacte, ex. "10000.00", jamais en flottant')
    return value


_MONEY = re.compile(r"^[0-9]{1,13}(\.[0-9]{1,2})?$")


def _canonical_money(value: Any) -> Any:
    """Money is digits with an optional point and at most two decimals (« 1e3 », « +5 »,
    « 1_000 » or « 0x10 » are not amounts); stored to the cent (« 12.5 » becomes 12.50)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError('un montant s\'écrit en chaîne décimale exacte, ex. "10000.00"')
    text = str(value)
    if not _MONEY.match(text):
        raise ValueError(
            f"« {text[:30]} » n'est pas un montant : des chiffres, un point et au plus deux décimales "
            '(ex. "10000.00")'
        )
    return Decimal(text).quantize(Decimal("0.01"))


def _day_in_bounds(day: date) -> date:
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValueError(
            f"date hors des dates admises ({EARLIEST_DAY.isoformat()} – {LATEST_DAY.isoformat()})"
        )
    return day


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _iso_day(value: object) -> object:
    """A date is written AAAA-MM-JJ: pydantic would also take a number, or a numeric string,
    as seconds since 1970 (« -2.6e-129 » was read as 1 January 1970)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        raise ValueError("une date s'écrit AAAA-MM-JJ, ex. 2022-03-31")
    return value


def _iso_instant(value: object) -> object:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_INSTANT.match(value):
        raise ValueError("un instant s'écrit en ISO 8601 avec son fuseau, ex. 2022-03-31T12:00:00Z")
    return value


Day = Annotated[date, BeforeValidator(_iso_day), AfterValidator(_day_in_bounds)]
"""A date as the platform accepts it: ISO 8601, bounded (beyond, date arithmetic would overflow)."""
Instant = Annotated[datetime, BeforeValidator(_iso_instant)]
"""An instant as the platform accepts it: ISO 8601 (its time zone is checked where it is used)."""

Money = Annotated[Decimal, BeforeValidator(_canonical_money), Field(max_digits=15, decimal_places=2)]
Number = Annotated[Decimal, BeforeValidator(_no_float), Field(max_digits=20, decimal_places=6)]
Year = Annotated[int, Field(ge=1990, le=2100)]
Ident = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.\-]+$")]
Text = Annotated[str, Field(min_length=1, max_length=500)]
LongText = Annotated[str, Field(min_length=1, max_length=20000)]


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="after")
    def _texts_without_control_characters(self) -> Schema:
        """No text of a request holds a control character (NUL and the C0 set but tab and
        line breaks): the domain refuses them too; here the answer names the field."""
        for name in type(self).model_fields:
            for text in _texts(getattr(self, name)):
                character = control_character_in(text)
                if character is not None:
                    raise ValueError(f"{name} contient un caractère de contrôle ({character})")
        return self


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _texts(item)]
    return []  # nested schemas check their own texts


# --- parties -------------------------------------------------------------------------------


class CollectiviteCreate(Schema):
    siren: str = Field(examples=["225800019"])
    name: Text
    kind: CollectiviteKind
    insee_code: str | None = Field(default=None, max_length=5)
    departement_code: str | None = Field(default=None, max_length=3)


class OfficeCreate(Schema):
    siren: str
    name: Text
    rattachement_id: UUID
    attached_on: Day


class OrganismeCreate(Schema):
    siren: str
    name: Text
    kind: OrganismeKind


class SocieteCreate(Schema):
    siren: str
    name: Text
    formed_on: Day


class MemberJoin(Schema):
    member_id: UUID
    joined_on: Day


class MemberLeave(Schema):
    left_on: Day


class CollectiviteDeliberationIn(Schema):
    collectivite_id: UUID
    reference: Annotated[str, Field(min_length=1, max_length=100)]
    adopted_on: Day


class RattachementChange(Schema):
    """A change of collectivité de rattachement: an arrêté préfectoral taken on the
    deliberations of the collectivités concerned (the former and the new)."""

    collectivite_id: UUID
    effective_on: Day
    order_reference: Text = Field(description="Référence de l'arrêté préfectoral.")
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


class PartyPublic(BaseModel):
    id: UUID
    version: int
    party_type: PartyType
    siren: str
    name: str
    kind: str | None = None
    insee_code: str | None = None
    departement_code: str | None = None
    region_code: str | None = None
    rattachements: list[Rattachement] = []
    memberships: list[Membership] = []
    members: list[MemberPeriod] = []
    governance: list[GovernanceSeat] = []
    formed_on: date | None = None
    merged_into: UUID | None = None
    merged_on: date | None = None


# --- terms ---------------------------------------------------------------------------------


class PartyIn(Schema):
    party_id: UUID
    party_type: PartyType
    role: PartyRole = PartyRole.SIGNATAIRE

    def to_domain(self) -> ConventionParty:
        return ConventionParty(self.party_id, self.party_type, self.role)


class AxisIn(Schema):
    axis_id: Ident
    family: AxisFamily
    title: Text

    def to_domain(self) -> Axis:
        return Axis(self.axis_id, self.family, self.title)


class YearTargetIn(Schema):
    year: Year
    target: Number
    alert_threshold: Number | None = None


class RatioIn(Schema):
    numerator: Text
    denominator: Text
    scale: Number = Decimal(1)


class IndicatorIn(Schema):
    indicator_id: Ident
    label: Text
    unit: Annotated[str, Field(min_length=1, max_length=50)]
    direction: Direction = Direction.HIGHER_IS_BETTER
    targets: list[YearTargetIn] = Field(default=[], max_length=50)
    baseline: Number | None = None
    ratio: RatioIn | None = None
    cumulative_target: Number | None = None

    def to_domain(self) -> Indicator:
        return Indicator(
            indicator_id=self.indicator_id,
            label=self.label,
            unit=self.unit,
            direction=self.direction,
            targets=tuple(YearTarget(t.year, t.target, t.alert_threshold) for t in self.targets),
            baseline=self.baseline,
            ratio=Ratio(self.ratio.numerator, self.ratio.denominator, self.ratio.scale)
            if self.ratio
            else None,
            cumulative_target=self.cumulative_target,
        )


class CommitmentIn(Schema):
    commitment_id: Ident
    axis_id: Ident
    title: Text
    kind: CommitmentKind = CommitmentKind.RESULTAT
    party_id: UUID | None = None
    indicators: list[IndicatorIn] = Field(default=[], max_length=50)

    def to_domain(self) -> Commitment:
        return Commitment(
            self.commitment_id,
            self.axis_id,
            self.title,
            self.kind,
            self.party_id,
            tuple(i.to_domain() for i in self.indicators),
        )


class YearAmountIn(Schema):
    year: Year
    amount: Money


class TypologyGrantIn(Schema):
    typology: Annotated[str, Field(min_length=1, max_length=20)]
    amount_per_dwelling: Money


class ContrepartieIn(Schema):
    contrepartie_id: Ident
    kind: ContrepartieKind
    from_party_id: UUID
    label: Text
    to_party_id: UUID | None = None
    amounts: list[YearAmountIn] = Field(default=[], max_length=50)
    unit_grants: list[TypologyGrantIn] = Field(default=[], max_length=20)
    guarantee_rate: Number | None = None
    reserved_to_attached_office: bool = Field(
        default=False,
        description="Convention ouverte : due au seul office rattaché à la collectivité qui la donne.",
    )

    def to_domain(self) -> Contrepartie:
        return Contrepartie(
            contrepartie_id=self.contrepartie_id,
            kind=self.kind,
            from_party_id=self.from_party_id,
            label=self.label,
            to_party_id=self.to_party_id,
            amounts=tuple(YearAmount(a.year, a.amount) for a in self.amounts),
            unit_grants=tuple(TypologyGrant(g.typology, g.amount_per_dwelling) for g in self.unit_grants),
            guarantee_rate=self.guarantee_rate,
            reserved_to_attached_office=self.reserved_to_attached_office,
        )


class GovernanceBodyIn(Schema):
    body_id: Ident
    kind: GovernanceBodyKind
    name: Text
    meetings_per_year: int | None = Field(default=None, ge=1, le=MAX_MEETINGS_PER_YEAR)
    member_party_ids: list[UUID] = Field(default=[], max_length=100)

    def to_domain(self) -> GovernanceBody:
        return GovernanceBody(
            self.body_id, self.kind, self.name, self.meetings_per_year, tuple(self.member_party_ids)
        )


class EvaluationSchemeIn(Schema):
    annual: bool = True
    bilan_due_month: int = Field(default=6, ge=1, le=12)
    bilan_due_day: int = Field(default=30, ge=1, le=31)
    mid_term_review_year: Year | None = None
    final_evaluation: bool = False
    validating_body_id: Ident | None = None
    renewal_notice_months: int = Field(default=6, ge=1, le=36)
    avenant_signature_days: int = Field(default=90, ge=1, le=730)
    payment_due_month: int = Field(default=12, ge=1, le=12)
    payment_due_day: int = Field(default=31, ge=1, le=31)

    def to_domain(self) -> EvaluationScheme:
        return EvaluationScheme(**self.model_dump())


# --- changes (drafting and avenants): one discriminated union ------------------------------


class AddPartyIn(Schema):
    op: Literal["add_party"]
    party: PartyIn

    def to_domain(self) -> TermsChange:
        return AddParty(self.party.to_domain())


class RemovePartyIn(Schema):
    op: Literal["remove_party"]
    party_id: UUID

    def to_domain(self) -> TermsChange:
        return RemoveParty(self.party_id)


class SetAxisIn(Schema):
    op: Literal["set_axis"]
    axis: AxisIn

    def to_domain(self) -> TermsChange:
        return SetAxis(self.axis.to_domain())


class SetCommitmentIn(Schema):
    op: Literal["set_commitment"]
    commitment: CommitmentIn

    def to_domain(self) -> TermsChange:
        return SetCommitment(self.commitment.to_domain())


class WithdrawCommitmentIn(Schema):
    op: Literal["withdraw_commitment"]
    commitment_id: Ident

    def to_domain(self) -> TermsChange:
        return WithdrawCommitment(self.commitment_id)


class SetContrepartieIn(Schema):
    op: Literal["set_contrepartie"]
    contrepartie: ContrepartieIn

    def to_domain(self) -> TermsChange:
        return SetContrepartie(self.contrepartie.to_domain())


class WithdrawContrepartieIn(Schema):
    op: Literal["withdraw_contrepartie"]
    contrepartie_id: Ident

    def to_domain(self) -> TermsChange:
        return WithdrawContrepartie(self.contrepartie_id)


class SetGovernanceBodyIn(Schema):
    op: Literal["set_governance_body"]
    body: GovernanceBodyIn

    def to_domain(self) -> TermsChange:
        return SetGovernanceBody(self.body.to_domain())


class SetEvaluationSchemeIn(Schema):
    op: Literal["set_evaluation_scheme"]
    scheme: EvaluationSchemeIn

    def to_domain(self) -> TermsChange:
        return SetEvaluationScheme(self.scheme.to_domain())


class ChangePeriodIn(Schema):
    op: Literal["change_period"]
    start: Day
    end: Day | None = None
    takes_effect_on: Day | None = Field(
        default=None,
        description="La date de prise d'effet que fixe le texte, s'il en fixe une ; sinon la "
        "convention prend effet à la plus tardive de sa date de début et de sa dernière signature.",
    )

    def to_domain(self) -> TermsChange:
        return ChangePeriod(self.start, self.end, self.takes_effect_on)


ChangeIn = Annotated[
    AddPartyIn
    | RemovePartyIn
    | SetAxisIn
    | SetCommitmentIn
    | WithdrawCommitmentIn
    | SetContrepartieIn
    | WithdrawContrepartieIn
    | SetGovernanceBodyIn
    | SetEvaluationSchemeIn
    | ChangePeriodIn,
    Field(discriminator="op"),
]


# --- conventions ---------------------------------------------------------------------------


class ConventionCreate(Schema):
    kind: ConventionKind
    title: Text
    start_date: Day
    end_date: Day | None = None
    parties: list[PartyIn] = Field(min_length=1, max_length=200)
    operation: LongText | None = None
    predecessor_id: UUID | None = None


class DeliberationCreate(Schema):
    party_id: UUID
    body: Text = Field(examples=["conseil d'administration"])
    reference: Annotated[str, Field(min_length=1, max_length=100)]
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


# --- people --------------------------------------------------------------------------------


class PersonCreate(Schema):
    party_id: UUID | None = Field(default=None, description="Par défaut, la partie de l'acteur.")
    full_name: str = Field(max_length=200)
    function: str = Field(max_length=200, description="Ex. « directeur général », « présidente ».")
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=30)


class PersonPublic(BaseModel):
    id: UUID
    party_id: UUID
    full_name: str | None
    function: str | None
    email: str | None
    phone: str | None
    registered_at: datetime
    erased_at: datetime | None = Field(
        description="Si renseigné, les données personnelles ont été effacées ; l'identifiant reste."
    )


class AdhesionCreate(Schema):
    party_id: UUID | None = None
    joined_on: Day


class AvenantCreate(Schema):
    changes: list[ChangeIn] = Field(min_length=1, max_length=100)
    effective_on: Day
    reason: LongText
    proposed_on: Day


class AvenantWithdrawal(Schema):
    reason: LongText
    withdrawn_on: Day


class ProgrammeActionIn(Schema):
    label: Text
    commitment_id: Ident | None = None
    budget: Money | None = None


class ProgrammeCreate(Schema):
    year: Year
    actions: list[ProgrammeActionIn] = Field(min_length=1, max_length=200)
    adopted_on: Day
    revision: bool = False

    def actions_domain(self) -> tuple[ProgrammeAction, ...]:
        return tuple(ProgrammeAction(a.label, a.commitment_id, a.budget) for a in self.actions)


class DwellingCountIn(Schema):
    typology: Annotated[str, Field(min_length=1, max_length=20)]
    count: int = Field(ge=1, le=100000)


class PaymentCreate(Schema):
    contrepartie_id: Ident
    year: Year
    amount: Money
    beneficiary_id: UUID
    paid_on: Day
    reference: Annotated[str, Field(min_length=1, max_length=100)]
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


class GuaranteeCreate(Schema):
    contrepartie_id: Ident
    year: Year
    beneficiary_id: UUID
    loan_reference: Annotated[str, Field(min_length=1, max_length=100)]
    loan_amount: Money
    guaranteed_amount: Money
    granted_on: Day

    def to_domain(self) -> GuaranteeGrant:
        return GuaranteeGrant(
            self.contrepartie_id,
            self.year,
            self.beneficiary_id,
            self.loan_reference,
            self.loan_amount,
            self.guaranteed_amount,
            self.granted_on,
        )


class IndicatorValueIn(Schema):
    indicator_id: Ident
    value: Number | None = None
    numerator: Number | None = None
    denominator: Number | None = None


class FinancialLineIn(Schema):
    label: Text
    amount: Annotated[Decimal, BeforeValidator(_no_float), Field(max_digits=15, decimal_places=2)]


class EvaluationCreate(Schema):
    year: Year
    values: list[IndicatorValueIn] = Field(default=[], max_length=200)
    evaluated_on: Day
    comments: Annotated[str, Field(max_length=20000)] = ""
    financial_bilan: list[FinancialLineIn] = Field(default=[], max_length=100)

    def to_domain(self) -> AnnualEvaluation:
        return AnnualEvaluation(
            year=self.year,
            values=tuple(
                IndicatorValue(v.indicator_id, v.value, v.numerator, v.denominator) for v in self.values
            ),
            evaluated_on=self.evaluated_on,
            comments=self.comments,
            financial_bilan=tuple(FinancialLine(f.label, f.amount) for f in self.financial_bilan),
        )


class EvaluationCorrection(EvaluationCreate):
    reason: LongText


class EvaluationValidation(Schema):
    body_id: Ident
    validated_on: Day


class ReviewCreate(Schema):
    kind: ReviewKind
    reviewed_on: Day
    summary: LongText
    body_id: Ident | None = None

    def to_domain(self) -> Review:
        return Review(self.kind, self.reviewed_on, self.summary, self.body_id)


class StatusChange(Schema):
    """Suspension or résiliation: decided by a signatory party, on its deliberation."""

    party_id: UUID | None = Field(default=None, description="Par défaut, la partie de l'acteur.")
    deliberation_reference: Annotated[str, Field(min_length=1, max_length=100)]
    reason: LongText
    effective_on: Day


class Resumption(Schema):
    party_id: UUID | None = Field(default=None, description="Par défaut, la partie de l'acteur.")
    deliberation_reference: Annotated[str, Field(min_length=1, max_length=100)]
    effective_on: Day


class AdhesionWithdrawal(Schema):
    withdrawn_on: Day
    reason: LongText


class CommuneAgreementCreate(Schema):
    commune_id: UUID | None = Field(default=None, description="Par défaut, la partie de l'acteur.")
    office_id: UUID
    reference: Annotated[str, Field(min_length=1, max_length=100)]
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
    read_side: ReadSideState | None = None


class ConventionPublic(BaseModel):
    id: UUID
    version: int
    kind: ConventionKind
    status: ConventionStatus
    terms_on: date = Field(description="Date on which `terms` are the terms in force.")
    terms: Terms
    terms_as_drafted: Terms
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
    deliberations: list[Deliberation]
    signatures: list[Signature]
    voided_signatures: list[Signature] = Field(
        default=[], description="Signatures given to earlier terms, voided when the draft changed."
    )
    substitutions: list[Substitution] = []
    commune_agreements: list[CommuneAgreement] = []
    adhesions: list[Adhesion]
    avenants: list[Avenant]
    programmes: list[ApplicationProgramme]
    payments: list[Payment]
    guarantees: list[GuaranteeGrant]
    evaluations: list[AnnualEvaluation]
    superseded_evaluations: list[AnnualEvaluation]
    reviews: list[Review]


class EventPublic(BaseModel):
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
    actor: Actor | None
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


# --- alerts --------------------------------------------------------------------------------


class MeetingCreate(Schema):
    body_id: Ident
    met_on: Day
    reference: Annotated[str, Field(min_length=1, max_length=100)]

    def to_domain(self) -> Meeting:
        return Meeting(self.body_id, self.met_on, self.reference)


class AcknowledgementCreate(Schema):
    acknowledged_on: Day


class ExaminationCreate(Schema):
    party_id: UUID | None = Field(
        default=None, description="The office requesting (default: the actor's party)."
    )
    requested_on: Day
    reason: LongText


class CorrectiveActionIn(Schema):
    label: Text
    due_on: Day
    party_id: UUID | None = None


class DecisionCreate(Schema):
    kind: DecisionKind
    summary: LongText
    decided_on: Day
    body_id: Ident | None = None
    avenant_number: int | None = Field(default=None, ge=1, le=10_000)
    contrepartie_id: Ident | None = None
    amount: Money | None = None
    actions: list[CorrectiveActionIn] = Field(default=[], max_length=100)

    def to_domain(self) -> AlertDecision:
        return AlertDecision(
            kind=self.kind,
            summary=self.summary,
            decided_on=self.decided_on,
            body_id=self.body_id,
            avenant_number=self.avenant_number,
            contrepartie_id=self.contrepartie_id,
            amount=self.amount,
            actions=tuple(CorrectiveAction(a.label, a.due_on, a.party_id) for a in self.actions),
        )


class AlertClosing(Schema):
    reason: LongText
    closed_on: Day
    body_id: Ident | None = Field(
        default=None,
        description="L'instance de la convention, où siègent les deux parties, au nom de laquelle "
        "l'alerte est close (sinon, la collectivité qui apporte les contreparties la clôt).",
    )


class ScanCreate(Schema):
    as_of: Day = Field(description="Date the deadlines are checked against (deterministic).")


class ScanPublic(BaseModel):
    as_of: date
    conventions_scanned: int
    alerts_raised: int
    notification_id: int | None
    read_side: ReadSideState


class AlertPublic(BaseModel):
    alert_id: UUID
    convention_id: UUID
    number: int
    kind: AlertKind
    status: AlertStatus
    finding: Finding
    raised_on: date
    acknowledged_on: date | None
    examination: Examination | None
    decision: AlertDecision | None
    closed_on: date | None
    closing_reason: str | None
    resolved_automatically: bool
    history: list[EventPublic] | None = None


class AlertRow(BaseModel):
    alert_id: UUID
    convention_id: UUID
    number: int
    kind: AlertKind
    severity: AlertSeverity
    status: AlertStatus
    party_id: UUID | None
    beneficiary_id: UUID | None
    subject: str
    year: int | None
    expected: Decimal | None
    actual: Decimal | None
    gap: Decimal | None
    cause: str
    due_on: date | None
    raised_on: date
    closed_on: date | None
    closing_reason: str | None


class AlertPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[AlertRow]
    read_side: ReadSideState


# --- the read side: freshness, and the portfolio read models ---------------------------------


class ReadSideState(BaseModel):
    """How fresh the read models are when the answer was made."""

    caught_up: bool | None = Field(
        default=None,
        description="With ?wait=: whether the alert process and the read models had handled "
        "this write (and the alerts it raised) before the wait ran out.",
    )
    lag: dict[str, int] = Field(
        description="Per follower (the alert process, each read model: alert_board, portfolio): "
        "notifications still to handle."
    )
    failure: str | None = Field(
        default=None,
        description="When a follower is stopped at an event it cannot handle: which, since when, at "
        "which event, why (the other followers go on).",
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
    relations: list[Literal["partie", "office_rattache", "territoire"]]


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


class Portfolio(BaseModel):
    party: PartySummary
    conventions_total: int
    limit: int
    offset: int
    open_alerts_total: int
    open_alerts: list[OpenAlert]
    next_deadlines: list[DeadlineRow]
    read_side: ReadSideState


class OfficePortfolio(Portfolio):
    conventions: list[OfficeConvention]
    commitments: list[LatestResult]
    contreparties_by_year: list[YearMoney]


class CollectivitePortfolio(Portfolio):
    conventions: list[CollectiviteConvention]
    contreparties_by_year: list[YearMoney]
    contreparties_by_year_and_beneficiary: list[YearMoney]
    results_by_year: list[YearResults]


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


__all__ = ["ChangeIn", "TermsChange"]
