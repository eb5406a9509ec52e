"""What is wrong with a convention: the findings that raise alerts, and whether an alert's
finding still holds.

Pure functions of a convention's state (and, for deadlines, of the date scanned as of), so
that raising alerts is deterministic: the same events give the same alerts, on every replay.
Rules and defaults are documented in docs/alerts.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from enum import Enum
from uuid import UUID

from domain import wording
from domain.alerts import Alert, AlertKind, AlertSeverity, Finding
from domain.convention import AvenantStatus, Convention, ConventionStatus
from domain.errors import DecisionNotByOtherSideError, ExaminationNotByLandlordError
from domain.terms import Direction, Indicator, PartyType, Terms, YearTarget

CENT = Decimal("0.01")


# --- indicators --------------------------------------------------------------------------


class Standing(Enum):
    """Where an indicator stands against its target of a year."""

    MET = "met"  # the target is reached
    VIGILANCE = "vigilance"  # off target, within the alert threshold: a mark, not an alert
    ALERT = "alert"  # past the alert threshold (or off target without one): an alert


STANDING_LABELS = {
    Standing.MET: "objectif atteint",
    Standing.VIGILANCE: "vigilance",
    Standing.ALERT: "alerte",
}


def indicator_standing(convention: Convention, indicator_id: str, year: int) -> Standing | None:
    """Met, vigilance or alert for one indicator in one year; None when there is no target
    or no value to compare. The portfolios and the dossier show it; only ``ALERT`` raises an
    alert, because an alert asks the parties for handling."""
    measured = _measured(convention, indicator_id, year)
    return None if measured is None else _standing(*measured[1:])


def _standing(indicator: Indicator, target: YearTarget, actual: Decimal) -> Standing:
    if indicator.meets(actual, target.target):
        return Standing.MET
    threshold = target.alert_threshold
    if threshold is not None and indicator.meets(actual, threshold):
        return Standing.VIGILANCE
    return Standing.ALERT


def _measured(
    convention: Convention, indicator_id: str, year: int
) -> tuple[UUID | None, Indicator, YearTarget, Decimal] | None:
    """Who committed, the indicator, its target of ``year`` and the value achieved then."""
    evaluation = convention.evaluation_for(year)
    located = _locate(convention.terms_for_year(year), indicator_id)
    if evaluation is None or located is None:
        return None
    party_id, indicator = located
    target = indicator.target_for(year)
    value = evaluation.value_of(indicator_id)
    if target is None or value is None or value.value is None:
        return None
    return party_id, indicator, target, value.value


def indicator_finding(convention: Convention, indicator_id: str, year: int) -> Finding | None:
    """The miss of one indicator in one year past its alert threshold (or past its target
    when it has no threshold), or None: within the threshold is a vigilance mark, shown but
    not raised (see ``indicator_standing``)."""
    measured = _measured(convention, indicator_id, year)
    if measured is None or _standing(*measured[1:]) is not Standing.ALERT:
        return None
    party_id, indicator, target, actual = measured
    threshold = target.alert_threshold
    side = "inférieur" if indicator.direction is Direction.HIGHER_IS_BETTER else "supérieur"
    cause = (
        f"{indicator.label} {year} : {wording.number(actual)} {indicator.unit}, {side} à l'objectif de "
        f"{wording.number(target.target)} {indicator.unit}"
        + (
            f" et au seuil d'alerte de {wording.number(threshold)} {indicator.unit}."
            if threshold is not None
            else "."
        )
    )
    return Finding(
        key=f"indicator|{indicator_id}|{year}",
        kind=AlertKind.INDICATOR,
        severity=AlertSeverity.ALERTE,
        cause=cause,
        subject=indicator_id,
        year=year,
        party_id=party_id,
        expected=target.target,
        actual=actual,
        gap=abs(target.target - actual),
    )


def _locate(terms: Terms, indicator_id: str) -> tuple[UUID | None, Indicator] | None:
    for commitment in terms.commitments:
        for indicator in commitment.indicators:
            if indicator.indicator_id == indicator_id:
                return commitment.party_id, indicator
    return None


def _cumulative(
    convention: Convention, indicator_id: str, year: int
) -> tuple[UUID | None, Indicator, Decimal, Decimal, int, int] | None:
    """Who committed, the indicator, what was achieved from the first year to ``year``, what
    its trajectory expects by then, and the first and last years; None without a cumulative
    target or a bilan of that year."""
    evaluation = convention.evaluation_for(year)
    terms = convention.terms_for_year(year)
    located = _locate(terms, indicator_id)
    period = terms.period
    if evaluation is None or located is None or period.end is None:
        return None
    party_id, indicator = located
    if indicator.cumulative_target is None:
        return None
    first, last = period.start.year, period.end.year
    achieved = Decimal(0)
    for past in range(first, year + 1):
        past_evaluation = convention.evaluation_for(past)
        past_value = past_evaluation.value_of(indicator_id) if past_evaluation else None
        if past_value is not None and past_value.value is not None:
            achieved += past_value.value
    elapsed, total = year - first + 1, last - first + 1
    expected = (indicator.cumulative_target * elapsed / total).quantize(CENT, rounding=ROUND_HALF_EVEN)
    return party_id, indicator, achieved, expected, first, last


def cumulative_standing(convention: Convention, indicator_id: str, year: int) -> Standing | None:
    """On the trajectory (met), behind it mid-way (vigilance), behind the whole target at the
    last year (alert)."""
    measured = _cumulative(convention, indicator_id, year)
    return None if measured is None else _cumulative_standing(measured, year)


def _cumulative_standing(
    measured: tuple[UUID | None, Indicator, Decimal, Decimal, int, int], year: int
) -> Standing:
    _, indicator, achieved, expected, _, last = measured
    if indicator.meets(achieved, expected):
        return Standing.MET
    return Standing.ALERT if year >= last else Standing.VIGILANCE


def cumulative_finding(convention: Convention, indicator_id: str, year: int) -> Finding | None:
    """The cumulative achievement from the first year to ``year`` against the trajectory of
    the cumulative target (target × years elapsed / years of the period): an alert only when
    the whole target is missed at the last year (see ``cumulative_standing``)."""
    measured = _cumulative(convention, indicator_id, year)
    if measured is None or _cumulative_standing(measured, year) is not Standing.ALERT:
        return None
    party_id, indicator, achieved, expected, first, last = measured
    total = last - first + 1
    return Finding(
        key=f"cumulative|{indicator_id}|{year}",
        kind=AlertKind.CUMULATIVE,
        severity=AlertSeverity.ALERTE,
        cause=(
            f"{indicator.label}, cumul {first}–{year} : {wording.number(achieved)} {indicator.unit} pour "
            f"{wording.number(expected)} attendus à ce stade (objectif {wording.number(indicator.cumulative_target)} "
            f"sur {total} ans)."
        ),
        subject=indicator_id,
        year=year,
        party_id=party_id,
        expected=expected,
        actual=achieved,
        gap=abs(expected - achieved),
    )


def evaluation_findings(convention: Convention, year: int) -> list[Finding]:
    """Every indicator finding an evaluation of ``year`` reveals: the misses of that year,
    and the cumulative trajectories of that year and of the later years already evaluated
    (a correction of year N changes the cumulative of N and after)."""
    findings = []
    indicators = convention.terms_for_year(year).indicators()
    for indicator_id in indicators:
        finding = indicator_finding(convention, indicator_id, year)
        if finding is not None:
            findings.append(finding)
    for evaluated in sorted(e.year for e in convention.evaluations if e.year >= year):
        for indicator_id, indicator in convention.terms_for_year(evaluated).indicators().items():
            if indicator.cumulative_target is None:
                continue
            finding = cumulative_finding(convention, indicator_id, evaluated)
            if finding is not None:
                findings.append(finding)
    return findings


# --- deadlines -----------------------------------------------------------------------------


def _years_in_force(convention: Convention, as_of: date) -> range:
    """The calendar years in which the convention was in force, up to ``as_of``."""
    if convention.in_force_since is None:
        return range(0)
    period = convention.latest_terms.period
    last = as_of.year
    if period.end is not None:
        last = min(last, period.end.year)
    if convention.status is ConventionStatus.TERMINATED and convention.status_since is not None:
        last = min(last, convention.status_since.year)
    first = max(period.start.year, convention.in_force_since.year)
    return range(first, last + 1)


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for candidate_day in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, candidate_day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def deadline_findings(convention: Convention, as_of: date) -> list[Finding]:
    """The deadlines passed on ``as_of``: bilans not recorded by their due date, the end
    within the notice without a successor, avenants unsigned past the delay, contreparties
    committed for a year and not fully paid by their due date, governance bodies that did
    not meet in their rhythm (once the convention records meetings)."""
    if convention.status is ConventionStatus.DRAFT:
        return []
    terms = convention.latest_terms
    scheme = terms.evaluation_scheme
    years = _years_in_force(convention, as_of)
    findings: list[Finding | None] = []
    if scheme.annual:
        findings += [bilan_finding(convention, year) for year in years if scheme.bilan_due_on(year) < as_of]
    end = terms.period.end
    if (
        end is not None
        and convention.status in (ConventionStatus.IN_FORCE, ConventionStatus.SUSPENDED)
        and _months_before(end, scheme.renewal_notice_months) <= as_of <= end
    ):
        findings.append(expiring_finding(convention, end))
    for avenant in convention.avenants:
        if avenant.proposed_on + timedelta(days=scheme.avenant_signature_days) < as_of:
            findings.append(avenant_finding(convention, avenant.number))
    for year in years:
        if scheme.payment_due_on(year) >= as_of:
            continue
        year_terms = convention.terms_for_year(year)
        for contrepartie in year_terms.contreparties:
            for beneficiary in convention.beneficiaries_of(contrepartie, year):
                if convention.owed(contrepartie, year, beneficiary) is None:
                    continue
                if convention.payment_due_on(contrepartie, year, beneficiary) >= as_of:
                    continue
                findings.append(
                    contrepartie_finding(convention, contrepartie.contrepartie_id, year, beneficiary)
                )
    if convention.meetings:
        first_recorded = min(m.met_on for m in convention.meetings).year
        for year in years:
            if year < first_recorded or date(year, 12, 31) >= as_of:
                continue
            for body in convention.terms_for_year(year).governance_bodies:
                findings.append(governance_finding(convention, body.body_id, year))
    return [f for f in findings if f is not None]


def bilan_finding(convention: Convention, year: int) -> Finding | None:
    if convention.evaluation_for(year) is not None:
        return None
    due = convention.latest_terms.evaluation_scheme.bilan_due_on(year)
    return Finding(
        key=f"bilan|{year}",
        kind=AlertKind.BILAN_OVERDUE,
        severity=AlertSeverity.ALERTE,
        cause=f"Le bilan annuel {year} était attendu au {due:%d/%m/%Y} et n'est pas enregistré.",
        year=year,
        due_on=due,
    )


def expiring_finding(convention: Convention, end: date) -> Finding | None:
    terms = convention.latest_terms
    if (
        convention.successor_id is not None
        or terms.period.end != end
        or convention.status is ConventionStatus.TERMINATED
    ):
        return None
    return Finding(
        key=f"expiring|{end.isoformat()}",
        kind=AlertKind.EXPIRING,
        severity=AlertSeverity.VIGILANCE,
        cause=(
            f"La convention prend fin le {end:%d/%m/%Y} et aucune convention ne la renouvelle "
            f"(préavis de {terms.evaluation_scheme.renewal_notice_months} mois)."
        ),
        due_on=end,
    )


def avenant_finding(convention: Convention, number: int) -> Finding | None:
    avenant = next((a for a in convention.avenants if a.number == number), None)
    if avenant is None or avenant.status is not AvenantStatus.PROPOSED:
        return None
    delay = convention.latest_terms.evaluation_scheme.avenant_signature_days
    missing = len(avenant.signatories) - len(avenant.signatures)
    return Finding(
        key=f"avenant|{number}",
        kind=AlertKind.AVENANT_UNSIGNED,
        severity=AlertSeverity.VIGILANCE,
        cause=(
            f"L'avenant n°{number}, proposé le {avenant.proposed_on:%d/%m/%Y}, attend encore "
            f"{wording.count(missing, 'signature', 'signatures')} sur {len(avenant.signatories)} après plus "
            f"de {delay} jours."
        ),
        subject=str(number),
        expected=Decimal(len(avenant.signatories)),
        actual=Decimal(len(avenant.signatures)),
        gap=Decimal(missing),
        due_on=avenant.proposed_on + timedelta(days=delay),
    )


def contrepartie_finding(
    convention: Convention, contrepartie_id: str, year: int, beneficiary_id: UUID
) -> Finding | None:
    terms = convention.terms_for_year(year)
    contrepartie = next((c for c in terms.contreparties if c.contrepartie_id == contrepartie_id), None)
    if contrepartie is None:
        return None
    committed = convention.owed(contrepartie, year, beneficiary_id)
    if committed is None:
        return None
    paid = convention.paid(contrepartie_id, year, beneficiary_id)
    if paid >= committed:
        return None
    due = convention.payment_due_on(contrepartie, year, beneficiary_id)
    return Finding(
        key=f"contrepartie|{contrepartie_id}|{year}|{beneficiary_id}",
        kind=AlertKind.CONTREPARTIE_UNPAID,
        severity=AlertSeverity.ALERTE if paid == 0 else AlertSeverity.VIGILANCE,
        cause=(
            f"{contrepartie.label} {year} : {wording.euros(paid)} {'réalisés' if contrepartie.is_in_kind else 'versés'} "
            f"sur {wording.euros(committed)} engagés, dus au {wording.day(due)}."
        ),
        subject=contrepartie_id,
        year=year,
        party_id=contrepartie.from_party_id,
        beneficiary_id=beneficiary_id,
        expected=committed,
        actual=paid,
        gap=committed - paid,
        due_on=due,
    )


def governance_finding(convention: Convention, body_id: str, year: int) -> Finding | None:
    terms = convention.terms_for_year(year)
    body = next((b for b in terms.governance_bodies if b.body_id == body_id), None)
    if body is None or body.meetings_per_year is None:
        return None
    # A first year begun after January is partial: the rhythm applies pro rata.
    since = convention.in_force_since
    months = 12 if since is None or since.year < year else 13 - since.month
    expected = -(-body.meetings_per_year * months // 12)
    held = convention.meetings_in(body_id, year)
    if held >= expected:
        return None
    return Finding(
        key=f"governance|{body_id}|{year}",
        kind=AlertKind.GOVERNANCE_MISSED,
        severity=AlertSeverity.VIGILANCE,
        cause=(
            f"{wording.subject(body.name)} s'est réuni {held} fois en {year} pour "
            f"{wording.count(expected, 'réunion attendue', 'réunions attendues')}."
        ),
        subject=body_id,
        year=year,
        expected=Decimal(expected),
        actual=Decimal(held),
        gap=Decimal(expected - held),
        due_on=date(year, 12, 31),
    )


# --- does an alert's finding still hold? -------------------------------------------------------


def reassess(alert: Alert, convention: Convention) -> Finding | None:
    """The alert's finding measured again on the convention as it stands, or None when it no
    longer holds (the alert then resolves automatically)."""
    finding = alert.finding
    parts = finding.key.split("|")
    kind = finding.kind
    if kind is AlertKind.INDICATOR and finding.year is not None:
        evaluation = convention.evaluation_for(finding.year)
        value = evaluation.value_of(finding.subject) if evaluation else None
        if value is None:  # nothing measured to compare: the alert stands as raised
            return finding
        return indicator_finding(convention, finding.subject, finding.year)
    if kind is AlertKind.CUMULATIVE and finding.year is not None:
        return cumulative_finding(convention, finding.subject, finding.year)
    if kind is AlertKind.BILAN_OVERDUE and finding.year is not None:
        return bilan_finding(convention, finding.year)
    if kind is AlertKind.EXPIRING and finding.due_on is not None:
        return expiring_finding(convention, finding.due_on)
    if kind is AlertKind.AVENANT_UNSIGNED:
        return avenant_finding(convention, int(finding.subject))
    if kind is AlertKind.CONTREPARTIE_UNPAID and finding.year is not None and finding.beneficiary_id:
        return contrepartie_finding(convention, finding.subject, finding.year, finding.beneficiary_id)
    if kind is AlertKind.GOVERNANCE_MISSED and finding.year is not None:
        return governance_finding(convention, parts[1], finding.year)
    if kind is AlertKind.PARTY_TO_REGULARISE and convention.status in (
        ConventionStatus.TERMINATED,
        ConventionStatus.EXPIRED,
    ):
        return None  # nothing left to regularise; otherwise it stands until the parties handle it
    return finding


def cleared_reason(alert: Alert, convention: Convention) -> str:
    """Why a finding no longer holds, for the automatic resolution."""
    finding = alert.finding
    if finding.kind is AlertKind.INDICATOR:
        year = finding.year or 0
        evaluation = convention.evaluation_for(year)
        value = evaluation.value_of(finding.subject) if evaluation else None
        achieved = wording.number(value.value) if value else "—"
        if evaluation is not None and evaluation.correction_reason:
            cause = f"Évaluation {year} corrigée (version {evaluation.revision}, motif : {evaluation.correction_reason})"
        elif evaluation is not None:
            cause = f"Évaluation {year} (version {evaluation.revision})"
        else:
            cause = f"Évaluation {year}"
        standing = indicator_standing(convention, finding.subject, year)
        if standing is Standing.VIGILANCE:
            return (
                f"{cause} : {finding.subject} atteint {achieved}, en deçà de l'objectif mais sans "
                "franchir le seuil d'alerte — l'écart reste suivi en vigilance."
            )
        return f"{cause} : {finding.subject} atteint {achieved}, l'objectif de l'année est tenu."
    if finding.kind is AlertKind.CUMULATIVE:
        return f"Le cumul de {finding.subject} à fin {finding.year} rejoint sa trajectoire."
    if finding.kind is AlertKind.BILAN_OVERDUE:
        return f"Le bilan annuel {finding.year} a été enregistré."
    if finding.kind is AlertKind.EXPIRING:
        if convention.successor_id is not None:
            return "Une convention successeur a été établie."
        if convention.status is ConventionStatus.TERMINATED:
            return "La convention a été résiliée."
        return "La date de fin de la convention a changé."
    if finding.kind is AlertKind.AVENANT_UNSIGNED:
        avenant = next((a for a in convention.avenants if a.number == int(finding.subject)), None)
        if avenant is not None and avenant.status is AvenantStatus.WITHDRAWN:
            return f"L'avenant n°{finding.subject} a été retiré."
        return f"L'avenant n°{finding.subject} est signé et en vigueur."
    if finding.kind is AlertKind.CONTREPARTIE_UNPAID:
        return (
            f"La contrepartie {finding.subject} {finding.year} est intégralement versée (ou n'est plus due)."
        )
    if finding.kind is AlertKind.PARTY_TO_REGULARISE:
        return f"La convention est {'résiliée' if convention.status is ConventionStatus.TERMINATED else 'expirée'}."
    return f"L'instance {finding.subject} a tenu son rythme de réunions en {finding.year}."


def check_may_request_examination(alert: Alert, convention: Convention, party_id: UUID) -> None:
    """The examination is requested by the office concerned: the landlord party the alert is
    about, or, for an alert about the convention as a whole or about a collectivité, any
    landlord (office, organisme, SC) party to the convention."""
    terms = convention.latest_terms
    landlords = {p.party_id for p in terms.parties if p.party_type.is_landlord_side}
    concerned = alert.finding.party_id
    allowed = {concerned} if concerned in landlords else landlords
    if party_id not in allowed:
        raise ExaminationNotByLandlordError(
            "L'examen de la situation est demandé par l'office concerné par l'alerte "
            "(ou un bailleur partie à la convention)."
        )


def deciding_parties(convention: Convention) -> frozenset[UUID]:
    """The other side of an alert: the collectivités that give the convention's contreparties
    or, when it gives none (a charte), its collectivités. Never a landlord: the office asks
    for the examination, it does not decide on it."""
    terms = convention.latest_terms
    collectivites = {p.party_id for p in terms.parties if p.party_type is PartyType.COLLECTIVITE}
    givers = {c.from_party_id for c in terms.contreparties} & collectivites
    return frozenset(givers or collectivites)


def check_may_decide_on_alert(
    convention: Convention, party_id: UUID, body_id: str | None, doing: str
) -> None:
    """The decision on an alert, its resolution and its dismissal belong to the other side
    (``deciding_parties``), or to a governance body of the convention where both sides sit
    (then recorded by one of its members, naming it)."""
    if party_id in deciding_parties(convention):
        return
    terms = convention.latest_terms
    body = next((b for b in terms.governance_bodies if b.body_id == body_id), None) if body_id else None
    if body is not None:
        members = set(body.member_party_ids)
        landlords = {p.party_id for p in terms.parties if p.party_type.is_landlord_side}
        both_sides = bool(members & deciding_parties(convention)) and bool(members & landlords)
        if both_sides and party_id in members:
            return
    raise DecisionNotByOtherSideError(
        f"Il revient à la collectivité qui apporte les contreparties — ou à une instance de la "
        f"convention où siègent les deux parties, en la nommant — de {doing} : l'office demande "
        "l'examen de sa situation, il ne tranche pas lui-même."
    )


def party_finding(convention: Convention, party_id: UUID, on: date, what: str, broken: str) -> Finding:
    """A change of a party (rattachement, merger, departure from an SC) that breaks the rules
    of a convention in force: the convention must be regularised (an avenant, a résiliation)."""
    return Finding(
        key=f"party|{party_id}|{on.isoformat()}",
        kind=AlertKind.PARTY_TO_REGULARISE,
        severity=AlertSeverity.ALERTE,
        cause=f"{what} : {broken} La convention est à régulariser (avenant ou résiliation).",
        subject=str(party_id),
        party_id=party_id,
        due_on=on,
    )


# --- deadlines ahead -----------------------------------------------------------------------


class DeadlineKind(Enum):
    BILAN = "bilan"  # the annual bilan of a year
    RENEWAL_NOTICE = "renewal_notice"  # the last day to prepare a successor (notice before the end)
    END = "end"  # the end of the convention
    AVENANT_SIGNATURE = "avenant_signature"  # the delay to sign a proposed avenant
    PAYMENT = "payment"  # a firm contrepartie of a year, not fully paid


@dataclass(frozen=True)
class Deadline:
    due_on: date
    kind: DeadlineKind
    subject: str
    label: str
    party_id: UUID | None = None  # who must act (the payer of a contrepartie)


def outstanding_deadlines(convention: Convention) -> list[Deadline]:
    """Every deadline of the convention not yet met, past or ahead, whatever today is (the
    read side picks the ones after a date): bilans not recorded, the renewal notice and the
    end without a successor, avenants awaiting signatures, firm contreparties not fully paid.
    A function of the convention's state alone, so a rebuild gives the same deadlines."""
    if convention.status not in (ConventionStatus.IN_FORCE, ConventionStatus.SUSPENDED):
        return []
    terms = convention.latest_terms
    scheme = terms.evaluation_scheme
    deadlines: list[Deadline] = []
    years = _years_of(convention)
    if scheme.annual:
        deadlines += [
            Deadline(scheme.bilan_due_on(year), DeadlineKind.BILAN, str(year), f"Bilan annuel {year}")
            for year in years
            if convention.evaluation_for(year) is None
        ]
    end = terms.period.end
    if end is not None and convention.successor_id is None:
        notice = _months_before(end, scheme.renewal_notice_months)
        deadlines.append(
            Deadline(notice, DeadlineKind.RENEWAL_NOTICE, end.isoformat(), "Préavis de renouvellement")
        )
        deadlines.append(Deadline(end, DeadlineKind.END, end.isoformat(), "Fin de la convention"))
    for avenant in convention.avenants:
        if avenant.status is AvenantStatus.PROPOSED:
            deadlines.append(
                Deadline(
                    avenant.proposed_on + timedelta(days=scheme.avenant_signature_days),
                    DeadlineKind.AVENANT_SIGNATURE,
                    str(avenant.number),
                    f"Signature de l'avenant n°{avenant.number}",
                )
            )
    for year in years:
        year_terms = convention.terms_for_year(year)
        for contrepartie in year_terms.contreparties:
            for beneficiary in convention.beneficiaries_of(contrepartie, year):
                committed = convention.owed(contrepartie, year, beneficiary)
                if committed is None:
                    continue
                remaining = committed - convention.paid(contrepartie.contrepartie_id, year, beneficiary)
                if remaining > 0:
                    deadlines.append(
                        Deadline(
                            convention.payment_due_on(contrepartie, year, beneficiary),
                            DeadlineKind.PAYMENT,
                            f"{contrepartie.contrepartie_id}|{year}|{beneficiary}",
                            f"{contrepartie.label} {year} : {wording.euros(remaining)} restant à "
                            + ("réaliser" if contrepartie.is_in_kind else "verser"),
                            party_id=contrepartie.from_party_id,
                        )
                    )
    return sorted(deadlines, key=lambda d: (d.due_on, d.kind.value, d.subject))


def _years_of(convention: Convention) -> range:
    """The calendar years the convention covers from its entry into force: to its end, or,
    without an end, to the year after the last bilan (the next one due)."""
    if convention.in_force_since is None:
        return range(0)
    period = convention.latest_terms.period
    first = max(period.start.year, convention.in_force_since.year)
    if period.end is not None:
        return range(first, period.end.year + 1)
    last_evaluated = max((e.year for e in convention.evaluations), default=first - 1)
    return range(first, max(first, last_evaluated + 1) + 1)
