"""A convention's annual bilan as it is presented to the office's board and the collectivité's
assembly: the year's objectives and results, the actions realised, the financial bilan of each
operation and of the convention, the office's global financial bilan, the contreparties owed
and given, the governance met, the alerts of the year — and, the year an evaluation at
mid-term or at the end is recorded, its effects on the territory as figures.

One description, given its form twice: the API's JSON (``GET /conventions/{id}/bilans/{year}``)
and the web interface's printable page. Built from the convention as known now: the terms in
force in that year, the bilan in its latest revision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from domain import wording
from domain.alerts import STATUS_LABELS, Alert
from domain.convention import (
    IMPACT_LABELS,
    REVIEW_KIND_LABELS,
    AnnualEvaluation,
    Convention,
    FinancialLine,
    ImpactKind,
    Review,
    ReviewKind,
)
from domain.monitoring import STANDING_LABELS, indicator_standing
from domain.terms import (
    AMOUNT_COMMITMENT_LABELS,
    KIND_LABELS,
    OPERATION_NATURE_LABELS,
    ContrepartieKind,
    Operation,
    Period,
    check_year,
)


@dataclass(frozen=True)
class BilanIndicator:
    commitment: str
    label: str
    unit: str
    target: Decimal | None
    value: Decimal | None
    standing: str | None
    """In words (« atteint », « sous le seuil »…), when a target and a value compare."""
    mark: str | None
    """The standing itself (``met``, ``vigilance``, ``alert``)."""


@dataclass(frozen=True)
class BilanAction:
    label: str
    commitment: str | None
    operation: str | None
    dwellings: int | None
    amount: Decimal | None


@dataclass(frozen=True)
class BilanLine:
    label: str
    amount: Decimal


@dataclass(frozen=True)
class OperationBilan:
    """One operation of the year's terms: what it is, the dwellings delivered for it in the
    year, and its financial bilan."""

    operation_id: str
    nature: str
    title: str
    commune_insee: str
    dwellings: int
    delivered_in_year: int
    lines: tuple[BilanLine, ...]
    total: Decimal


@dataclass(frozen=True)
class BilanMoney:
    """A contrepartie for one beneficiary in the year: what it commits to, what is owed (None:
    nothing is, a ceiling or an envelope not drawn on) and what was given — paid, or realised
    in kind — net of reversements."""

    contrepartie: str
    giver: str
    beneficiary: str
    commitment: str
    owed: Decimal | None
    given: Decimal
    in_kind: bool


@dataclass(frozen=True)
class BilanMeeting:
    body: str
    met_on: date
    reference: str


@dataclass(frozen=True)
class BilanImpact:
    kind: ImpactKind
    label: str
    value: Decimal
    baseline: Decimal | None
    text: str
    """The figure as it reads (« taux de vacance du parc : 6,2 % (au départ : 9,8 %) »)."""
    comment: str


@dataclass(frozen=True)
class BilanReview:
    kind: str
    reviewed_on: date
    summary: str
    impacts: tuple[BilanImpact, ...]


@dataclass(frozen=True)
class BilanAlert:
    number: int
    cause: str
    raised_on: date
    status: str


@dataclass(frozen=True)
class BilanView:
    convention_id: UUID
    title: str
    kind: str
    period: str
    year: int
    evaluated_on: date | None
    """None: no bilan was handed in for the year (the rest still reads: money, governance…)."""
    revision: int | None
    correction_reason: str | None
    recorded_by: str | None
    validated_by: str | None
    """The governance body that validated it, by name."""
    validated_on: date | None
    comments: str
    indicators: tuple[BilanIndicator, ...]
    actions: tuple[BilanAction, ...]
    operations: tuple[OperationBilan, ...]
    convention_lines: tuple[BilanLine, ...]
    """The financial bilan's lines that name no operation."""
    financial_total: Decimal
    """The whole financial bilan: the operations' and the convention's lines."""
    landlord_financials: tuple[BilanLine, ...]
    money: tuple[BilanMoney, ...]
    meetings: tuple[BilanMeeting, ...]
    reviews: tuple[BilanReview, ...]
    alerts: tuple[BilanAlert, ...]


def describe_bilan(
    convention: Convention,
    year: int,
    alerts: Sequence[Alert],
    names_of: Callable[[set[UUID]], dict[UUID, str]],
) -> BilanView:
    """The bilan of ``year``, a year of the convention's period (refused otherwise). A year
    with no bilan handed in reads with its figures missing."""
    check_year(convention.latest_terms.period, year, "Bilan")
    recorded = convention.evaluation_for(year)
    evaluation = recorded or AnnualEvaluation(year, (), evaluated_on=date.min)
    terms = convention.terms_for_year(year)
    commitments = {c.commitment_id: c.title for c in terms.commitments}
    operations = {o.operation_id: o.title for o in terms.operations}
    money_parties = {c.from_party_id for c in terms.contreparties} | {
        b for c in terms.contreparties for b in convention.beneficiaries_of(c, year)
    }
    names = names_of({p.party_id for p in terms.parties} | money_parties | _ids(evaluation.recorded_by))

    def name(party_id: UUID) -> str:
        return names.get(party_id, str(party_id))

    indicators = []
    for commitment in terms.commitments:
        for indicator in commitment.indicators:
            target = indicator.target_for(year)
            value = evaluation.value_of(indicator.indicator_id)
            standing = indicator_standing(convention, indicator.indicator_id, year)
            indicators.append(
                BilanIndicator(
                    commitment.title,
                    indicator.label,
                    indicator.unit,
                    target.target if target else None,
                    value.value if value else None,
                    STANDING_LABELS[standing] if standing else None,
                    standing.value if standing else None,
                )
            )
    money = []
    for contrepartie in terms.contreparties:
        if contrepartie.kind is ContrepartieKind.GARANTIE_EMPRUNT:
            continue  # a loan guaranteed, not money given: the convention's guarantees
        for beneficiary in convention.beneficiaries_of(contrepartie, year):
            given = convention.paid_net(contrepartie.contrepartie_id, year, beneficiary)
            money.append(
                BilanMoney(
                    contrepartie.label,
                    name(contrepartie.from_party_id),
                    name(beneficiary),
                    AMOUNT_COMMITMENT_LABELS[contrepartie.commitment],
                    convention.owed(contrepartie, year, beneficiary),
                    given,
                    contrepartie.is_in_kind,
                )
            )
    bodies = {b.body_id: b.name for b in terms.governance_bodies}
    validated_by = evaluation.validated_by
    return BilanView(
        convention_id=convention.id,
        title=terms.title,
        kind=wording.sentence(KIND_LABELS[convention.kind]),
        period=terms.period.describe(),
        year=year,
        evaluated_on=evaluation.evaluated_on if recorded else None,
        revision=evaluation.revision if recorded else None,
        correction_reason=evaluation.correction_reason,
        recorded_by=name(evaluation.recorded_by) if evaluation.recorded_by else None,
        validated_by=bodies.get(validated_by, validated_by) if validated_by else None,
        validated_on=evaluation.validated_on,
        comments=evaluation.comments,
        indicators=tuple(indicators),
        actions=tuple(
            BilanAction(
                a.label,
                commitments.get(a.commitment_id) if a.commitment_id else None,
                operations.get(a.operation_id) if a.operation_id else None,
                a.dwellings,
                a.amount,
            )
            for a in evaluation.actions
        ),
        operations=tuple(_operation_bilan(convention, o, evaluation, year) for o in terms.operations),
        convention_lines=_lines(line for line in evaluation.financial_bilan if line.operation_id is None),
        financial_total=evaluation.financial_total,
        landlord_financials=_lines(evaluation.landlord_financials),
        money=tuple(money),
        meetings=tuple(
            BilanMeeting(bodies.get(m.body_id, m.body_id), m.met_on, m.reference)
            for m in convention.meetings
            if m.met_on.year == year
        ),
        reviews=tuple(
            BilanReview(
                REVIEW_KIND_LABELS[r.kind],
                r.reviewed_on,
                r.summary,
                tuple(
                    BilanImpact(i.kind, IMPACT_LABELS[i.kind], i.value, i.baseline, i.describe(), i.comment)
                    for i in r.impacts
                ),
            )
            for r in convention.reviews
            if presented_in(r, convention.latest_terms.period) == year
        ),
        alerts=tuple(
            BilanAlert(a.number, a.finding.cause, a.raised_on, STATUS_LABELS[a.status])
            for a in alerts
            if a.raised_on.year == year
        ),
    )


def presented_in(review: Review, period: Period) -> int:
    """The year whose bilan presents an evaluation: the final one, the period's last (its
    figures sum the convention up, even when it is held after the end — the Nièvre's, six
    months after); one at mid-term (or of a convention without term), the year it is held,
    within the period."""
    last = period.end.year if period.end else review.reviewed_on.year
    if review.kind is ReviewKind.FINAL:
        return last
    return min(max(review.reviewed_on.year, period.start.year), last)


def _operation_bilan(
    convention: Convention, operation: Operation, evaluation: AnnualEvaluation, year: int
) -> OperationBilan:
    lines = _lines(line for line in evaluation.financial_bilan if line.operation_id == operation.operation_id)
    return OperationBilan(
        operation.operation_id,
        OPERATION_NATURE_LABELS[operation.nature],
        operation.title,
        operation.commune_insee,
        operation.dwellings,
        convention.dwellings_delivered(operation.operation_id, year),
        lines,
        _sum(lines),
    )


def _ids(party_id: UUID | None) -> set[UUID]:
    return {party_id} if party_id else set()


def _lines(lines: Iterable[FinancialLine]) -> tuple[BilanLine, ...]:
    return tuple(BilanLine(line.label, line.amount) for line in lines)


def _sum(lines: tuple[BilanLine, ...]) -> Decimal:
    return sum((line.amount for line in lines), Decimal("0.00"))
