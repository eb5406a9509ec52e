"""The terms of a convention as clients write them, and the changes (drafting and avenants) as one discriminated union."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field

from api.schemas.common import Day, Ident, Money, Number, Schema, Text, Year
from domain.terms import (
    MAX_AVENANT_SIGNATURE_DAYS,
    MAX_CHARTE_LEVELS,
    MAX_MEETINGS_PER_YEAR,
    MAX_OPERATION_DWELLINGS,
    MAX_RENEWAL_NOTICE_MONTHS,
    TYPOLOGY_MAX_LENGTH,
    UNIT_MAX_LENGTH,
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
    TermsChange,
    TypologyGrant,
    WithdrawCommitment,
    WithdrawContrepartie,
    WithdrawFramework,
    WithdrawOperation,
    YearAmount,
    YearTarget,
)
from domain.values import LABEL_MAX_LENGTH, TEXT_MAX_LENGTH

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
    unit: Annotated[str, Field(min_length=1, max_length=UNIT_MAX_LENGTH)]
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
    operation_id: Ident | None = Field(default=None, description="The operation of the terms it is about.")
    level: Annotated[int, Field(ge=1, le=MAX_CHARTE_LEVELS)] | None = Field(
        default=None,
        description="Dans une charte à niveaux par patrimoine : le niveau à partir duquel il s'applique.",
    )
    framework_id: Ident | None = Field(
        default=None, description="Le cadre de référence (PLH, PSP, CUS…) des termes qu'il met en œuvre."
    )

    def to_domain(self) -> Commitment:
        return Commitment(
            self.commitment_id,
            self.axis_id,
            self.title,
            self.kind,
            self.party_id,
            tuple(i.to_domain() for i in self.indicators),
            self.operation_id,
            self.level,
            self.framework_id,
        )


class FrameworkReferenceIn(Schema):
    """A plan or contract the convention consolidates: PLH, PDH, PSP, CUS, NPNRU, contrat de
    ville, CIA, abattement de TFPB, a territorial contract with the State."""

    framework_id: Ident
    kind: FrameworkKind
    title: Text
    holder_id: UUID | None = Field(default=None, description="La partie qui le porte (l'EPCI pour son PLH…).")
    holder: Annotated[str, Field(max_length=LABEL_MAX_LENGTH)] = Field(
        default="",
        description="Son porteur en toutes lettres quand il n'est pas partie (la préfecture, l'ANRU).",
    )
    start_year: Year | None = None
    end_year: Year | None = None

    def to_domain(self) -> FrameworkReference:
        return FrameworkReference(**self.model_dump())


class CharteLevelIn(Schema):
    level: Annotated[int, Field(ge=1, le=MAX_CHARTE_LEVELS)]
    label: Text
    min_dwellings: Annotated[int, Field(ge=0, le=1_000_000)] = Field(
        description="Logements gérés sur le territoire de la collectivité à partir desquels le niveau s'applique."
    )

    def to_domain(self) -> CharteLevel:
        return CharteLevel(self.level, self.label, self.min_dwellings)


class YearAmountIn(Schema):
    year: Year
    amount: Money


class TypologyGrantIn(Schema):
    typology: Annotated[str, Field(min_length=1, max_length=TYPOLOGY_MAX_LENGTH)]
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
    issue_terms: str = Field(
        default="",
        max_length=TEXT_MAX_LENGTH,
        description="Titres participatifs: their conditions d'émission (number and nominal value, remuneration, duration).",
    )
    commitment: AmountCommitment = Field(
        default=AmountCommitment.FIRM,
        description="ferme: the yearly amounts are owed (unpaid ones raise an alert); plafond: at most "
        "(« jusqu'à »); enveloppe_conditionnelle: mobilised on conditions. Neither of the last two "
        "is ever « non versée ».",
    )
    operation_id: Ident | None = Field(default=None, description="The operation of the terms it finances.")

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
            commitment=self.commitment,
            issue_terms=self.issue_terms.strip(),
            operation_id=self.operation_id,
        )


class OperationIn(Schema):
    operation_id: Ident
    nature: OperationNature
    title: Text
    commune_insee: str = Field(
        min_length=5, max_length=5, examples=["35238"], description="The commune's INSEE (COG) code."
    )
    dwellings: int = Field(
        ge=0, le=MAX_OPERATION_DWELLINGS, description="Dwellings built, rehabilitated, demolished…"
    )
    budget: Money | None = Field(default=None, description="The operation's cost, in euros (TTC).")
    landlord_id: UUID | None = Field(
        default=None, description="The landlord party that carries it (maître d'ouvrage)."
    )

    def to_domain(self) -> Operation:
        return Operation(
            self.operation_id,
            self.nature,
            self.title,
            self.commune_insee,
            self.dwellings,
            self.budget,
            self.landlord_id,
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
    renewal_notice_months: int = Field(default=6, ge=1, le=MAX_RENEWAL_NOTICE_MONTHS)
    avenant_signature_days: int = Field(default=90, ge=1, le=MAX_AVENANT_SIGNATURE_DAYS)
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


class SetOperationIn(Schema):
    op: Literal["set_operation"]
    operation: OperationIn

    def to_domain(self) -> TermsChange:
        return SetOperation(self.operation.to_domain())


class WithdrawOperationIn(Schema):
    op: Literal["withdraw_operation"]
    operation_id: Ident

    def to_domain(self) -> TermsChange:
        return WithdrawOperation(self.operation_id)


class SetFrameworkIn(Schema):
    op: Literal["set_framework"]
    framework: FrameworkReferenceIn

    def to_domain(self) -> TermsChange:
        return SetFramework(self.framework.to_domain())


class WithdrawFrameworkIn(Schema):
    op: Literal["withdraw_framework"]
    framework_id: Ident

    def to_domain(self) -> TermsChange:
        return WithdrawFramework(self.framework_id)


class SetCharteLevelsIn(Schema):
    """A charte's levels by parc, all at once (an empty list removes them)."""

    op: Literal["set_charte_levels"]
    levels: list[CharteLevelIn] = Field(max_length=MAX_CHARTE_LEVELS)

    def to_domain(self) -> TermsChange:
        return SetCharteLevels(tuple(level.to_domain() for level in self.levels))


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
    | ChangePeriodIn
    | SetOperationIn
    | WithdrawOperationIn
    | SetCharteLevelsIn
    | SetFrameworkIn
    | WithdrawFrameworkIn,
    Field(discriminator="op"),
]
