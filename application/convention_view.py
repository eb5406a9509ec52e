"""A convention as people read it, as of a date: its parties by name, its avenants, each
indicator's target and result per year (with where it stands), the money committed and paid
per contrepartie and year, its alerts. One description, given its form twice: the audit
dossier (application/exports.py) and the web interface's convention page (api/web)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple
from uuid import UUID

from domain import wording
from domain.alerts import DECISION_LABELS, STATUS_LABELS, Alert
from domain.convention import AVENANT_STATUS_LABELS, REVIEW_KIND_LABELS, Convention
from domain.monitoring import STANDING_LABELS, indicator_standing
from domain.terms import (
    AMOUNT_COMMITMENT_LABELS,
    FRAMEWORK_KIND_LABELS,
    KIND_LABELS,
    OPERATION_NATURE_LABELS,
    PARTY_ROLE_LABELS,
    AmountCommitment,
    ContrepartieKind,
    PartyType,
    Terms,
)


class Substitution(NamedTuple):
    effective_on: date
    absorbing: str
    absorbed: str


class PartyLine(NamedTuple):
    name: str
    role: str
    party_id: UUID | None = None


class AvenantLine(NamedTuple):
    number: int
    effective_on: date
    status: str
    reason: str


class IndicatorYear(NamedTuple):
    year: int
    target: Decimal
    value: Decimal | None
    standing: str | None
    """In words (« atteint », « sous le seuil »…), when there is something to say."""
    mark: str | None = None
    """The standing itself (``met``, ``vigilance``, ``alert``; it respects the indicator's
    direction): what colours a chart."""


class IndicatorDossier(NamedTuple):
    commitment: str
    label: str
    unit: str
    years: tuple[IndicatorYear, ...]


class MoneyYear(NamedTuple):
    contrepartie: str
    year: int
    committed: Decimal
    paid: Decimal
    commitment: str = AMOUNT_COMMITMENT_LABELS[AmountCommitment.FIRM]
    """What the amount commits to, in words (firm, a ceiling, an envelope)."""


class GuaranteeLine(NamedTuple):
    loan_reference: str
    lender: str
    beneficiary: str
    loan_amount: Decimal
    guaranteed_amount: Decimal
    granted_on: date
    deliberation_reference: str
    outstanding: Decimal | None
    """The guarantor's risk at the end of the dossier's year (encours garanti)."""


class OperationLine(NamedTuple):
    operation_id: str
    nature: str
    title: str
    commune_insee: str
    dwellings: int
    delivered: int
    """Dwellings delivered for it under per-dwelling grants."""
    budget: Decimal | None
    landlord: str
    """Its maître d'ouvrage, or « — »."""
    convention_id: UUID | None
    """A cadre's convention d'opération for it, or a convention d'opération's cadre."""
    convention_role: str
    """« convention d'opération » or « convention cadre » (what ``convention_id`` is), or ""."""


class BilanLine(NamedTuple):
    """An annual bilan as the dossier lists it: when handed in, its revision and validation,
    what it reports in figures (the full bilan: ``application.bilan_view``)."""

    year: int
    evaluated_on: date
    revision: int
    validated_on: date | None
    actions: int
    dwellings: int
    """The dwellings its actions report."""
    financial_total: Decimal
    landlord_financials: Decimal
    """The office's global financial bilan, summed."""


class ReviewLine(NamedTuple):
    """An evaluation at mid-term or at the end, with its effects in words and figures."""

    kind: str
    reviewed_on: date
    summary: str
    impacts: tuple[str, ...]


class FrameworkLine(NamedTuple):
    """A plan or contract the convention consolidates, and the commitments that implement it."""

    kind: str
    title: str
    holder: str
    years: str
    commitments: tuple[str, ...]


class LevelLine(NamedTuple):
    """Where a charte with levels by parc stands for one landlord on one collectivité's
    territory: its dwellings there (by its declared patrimoine), the level they reach, the
    commitments that apply."""

    landlord: str
    collectivite: str
    dwellings: int | None
    level: str
    """« 2 — Engagements renforcés », « sous le premier niveau », « patrimoine non déclaré »."""
    commitments: tuple[str, ...]


ParcOf = Callable[[UUID, UUID, date], int | None]
"""A landlord's dwellings on a collectivité's territory on a date (``Parties.parc_on``)."""


class AlertLine(NamedTuple):
    number: int
    cause: str
    raised_on: date
    status: str
    handling: str


@dataclass(frozen=True)
class ConventionDossier:
    """What the dossier says of one convention, as of its date."""

    title: str
    kind: str
    standing: str
    period: str
    version: int
    concluded_on: date | None
    """Set when the convention is in force: the date of its last signature."""
    in_force_since: date | None
    fingerprint: str
    substitutions: tuple[Substitution, ...]
    parties: tuple[PartyLine, ...]
    avenants: tuple[AvenantLine, ...]
    indicators: tuple[IndicatorDossier, ...]
    money: tuple[MoneyYear, ...]
    alerts: tuple[AlertLine, ...]
    guarantees: tuple[GuaranteeLine, ...] = ()
    operations: tuple[OperationLine, ...] = ()
    levels: tuple[LevelLine, ...] = ()
    frameworks: tuple[FrameworkLine, ...] = ()
    bilans: tuple[BilanLine, ...] = ()
    reviews: tuple[ReviewLine, ...] = ()


def describe_convention(
    convention: Convention,
    as_of: date,
    alerts: Sequence[Alert],
    names_of: Callable[[set[UUID]], dict[UUID, str]],
    parc_of: ParcOf | None = None,
) -> ConventionDossier:
    terms = convention.terms_on(as_of)
    names = names_of({p.party_id for p in terms.parties} | {g.beneficiary_id for g in convention.guarantees})
    opened = {o.operation_id: o.convention_id for o in convention.operation_conventions}
    substitutions = []
    for substitution in convention.substitutions:
        sub_names = names_of({substitution.absorbed_id, substitution.absorbing_id})
        substitutions.append(
            Substitution(
                substitution.effective_on,
                sub_names.get(substitution.absorbing_id, str(substitution.absorbing_id)),
                sub_names.get(substitution.absorbed_id, str(substitution.absorbed_id)),
            )
        )
    values = {
        (e.year, v.indicator_id): v.value
        for e in convention.evaluations
        for v in e.values
        if v.value is not None
    }
    indicators = []
    for commitment in terms.commitments:
        for indicator in commitment.indicators:
            rows = []
            for target in indicator.targets:
                standing = indicator_standing(convention, indicator.indicator_id, target.year)
                rows.append(
                    IndicatorYear(
                        target.year,
                        target.target,
                        values.get((target.year, indicator.indicator_id)),
                        STANDING_LABELS[standing] if standing else None,
                        standing.value if standing else None,
                    )
                )
            indicators.append(
                IndicatorDossier(commitment.title, indicator.label, indicator.unit, tuple(rows))
            )
    money = []
    for contrepartie in terms.contreparties:
        if contrepartie.kind is ContrepartieKind.GARANTIE_EMPRUNT:
            continue  # loans guaranteed, not money paid: the guarantees below
        for amount in contrepartie.amounts:
            paid = convention.paid(contrepartie.contrepartie_id, amount.year)
            mobilised = convention.mobilised(contrepartie.contrepartie_id, amount.year)
            recovered = convention.recovered(contrepartie.contrepartie_id, amount.year)
            money.append(
                MoneyYear(
                    contrepartie.label,
                    amount.year,
                    amount.amount,
                    paid - recovered,
                    AMOUNT_COMMITMENT_LABELS[contrepartie.commitment]
                    + (f" — {wording.euros(mobilised)} mobilisés" if mobilised > 0 else "")
                    + (f" — {wording.euros(recovered)} reversés" if recovered > 0 else ""),
                )
            )
    return ConventionDossier(
        title=terms.title,
        kind=wording.sentence(KIND_LABELS[convention.kind]),
        standing=convention.standing_on(as_of),
        period=terms.period.describe(),
        version=convention.version,
        concluded_on=convention.concluded_on if convention.in_force_since is not None else None,
        in_force_since=convention.in_force_since,
        fingerprint=_fingerprint_of(convention),
        substitutions=tuple(substitutions),
        parties=tuple(
            PartyLine(names.get(p.party_id, str(p.party_id)), PARTY_ROLE_LABELS[p.role], p.party_id)
            for p in terms.parties
        ),
        avenants=tuple(
            AvenantLine(a.number, a.effective_on, AVENANT_STATUS_LABELS[a.status], a.reason)
            for a in convention.avenants
        ),
        indicators=tuple(indicators),
        money=tuple(money),
        alerts=tuple(
            AlertLine(
                alert.number,
                alert.finding.cause,
                alert.raised_on,
                STATUS_LABELS[alert.status],
                alert.closing_reason or (DECISION_LABELS[alert.decision.kind] if alert.decision else ""),
            )
            for alert in alerts
        ),
        guarantees=tuple(
            GuaranteeLine(
                g.loan_reference,
                g.lender,
                names.get(g.beneficiary_id, str(g.beneficiary_id)),
                g.loan_amount,
                g.guaranteed_amount,
                g.granted_on,
                g.deliberation_reference,
                convention.guaranteed_outstanding(g, as_of.year),
            )
            for g in convention.guarantees
        ),
        operations=tuple(
            OperationLine(
                o.operation_id,
                OPERATION_NATURE_LABELS[o.nature],
                o.title,
                o.commune_insee,
                o.dwellings,
                convention.dwellings_delivered(o.operation_id),
                o.budget,
                names.get(o.landlord_id, str(o.landlord_id)) if o.landlord_id else "—",
                terms.framework_id or opened.get(o.operation_id),
                "convention cadre"
                if terms.framework_id
                else ("convention d'opération" if o.operation_id in opened else ""),
            )
            for o in terms.operations
        ),
        levels=_levels(terms, as_of, names, parc_of) if terms.levels and parc_of else (),
        bilans=tuple(
            BilanLine(
                e.year,
                e.evaluated_on,
                e.revision,
                e.validated_on,
                len(e.actions),
                sum(a.dwellings or 0 for a in e.actions),
                e.financial_total,
                e.landlord_total,
            )
            for e in sorted(convention.evaluations, key=lambda e: e.year)
        ),
        reviews=tuple(
            ReviewLine(
                REVIEW_KIND_LABELS[r.kind],
                r.reviewed_on,
                r.summary,
                tuple(wording.sentence(i.describe()) for i in r.impacts),
            )
            for r in convention.reviews
        ),
        frameworks=tuple(
            FrameworkLine(
                FRAMEWORK_KIND_LABELS[f.kind],
                f.title,
                f.holder_named(lambda i: names.get(i, str(i))) or "—",
                f.years or "—",
                tuple(c.title for c in terms.commitments if c.framework_id == f.framework_id),
            )
            for f in terms.frameworks
        ),
    )


def _levels(terms: Terms, as_of: date, names: dict[UUID, str], parc_of: ParcOf) -> tuple[LevelLine, ...]:
    """Each landlord party (or adherent) of the terms on each collectivité's territory."""
    lines = []
    for landlord in (p for p in terms.parties if p.party_type.is_landlord):
        for collectivite in terms.parties_of_type(PartyType.COLLECTIVITE):
            dwellings = parc_of(landlord.party_id, collectivite.party_id, as_of)
            level = terms.level_for(dwellings) if dwellings is not None else None
            if dwellings is None:
                words = "patrimoine non déclaré"
            elif level is None:
                words = "sous le premier niveau"
            else:
                words = f"{level.level} — {level.label}"
            lines.append(
                LevelLine(
                    names.get(landlord.party_id, str(landlord.party_id)),
                    names.get(collectivite.party_id, str(collectivite.party_id)),
                    dwellings,
                    words,
                    # Unknown parc: what applies at every level (the rest is not known to apply).
                    tuple(c.title for c in terms.commitments_at(level)),
                )
            )
    return tuple(lines)


def _fingerprint_of(convention: Convention) -> str:
    """The fingerprint the signatures cover (the first 16 digits, enough to compare by eye)."""
    prints = {s.terms_fingerprint for s in convention.signatures if s.terms_fingerprint}
    return next(iter(prints))[:16] if len(prints) == 1 else "non consignée"
