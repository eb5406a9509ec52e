"""Alerts: raised by the process from evaluations, by the scan from deadlines, handled by the
parties. Every test runs on memory, SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from eventsourcing.persistence import StoredEvent

from application.alert_process import ALERT_PROCESS_ACTOR
from application.authorization import NotAuthorizedError
from application.ledger import ConventionLedger
from domain.alerts import (
    AlertDecision,
    AlertKind,
    AlertSeverity,
    AlertStatus,
    ConventionAlerts,
    CorrectiveAction,
    DecisionKind,
    Examination,
)
from domain.convention import AnnualEvaluation, IndicatorValue, Meeting, Payment
from domain.errors import (
    AlertClosedError,
    AlertNotFoundError,
    AlertTransitionError,
    ConventionNotFoundError,
    DecisionIncompleteError,
    ExaminationNotByLandlordError,
    ExaminationNotRequestedError,
    ExaminationPendingError,
)
from domain.monitoring import Standing, cumulative_standing, indicator_standing
from domain.terms import (
    Commitment,
    CommitmentKind,
    Direction,
    Indicator,
    Ratio,
    SetCommitment,
    YearTarget,
)
from domain.values import Actor, ActorRole
from infrastructure.settings import persistence_env
from tests.builders import ADMIN, SYSTEM, World, refused

D = Decimal


@pytest.fixture
def world(ledger):
    return World(ledger)


def evaluate(ledger, cid, year, rehab, on=None, *, correction=None, **more):
    values = (IndicatorValue("rehab", D(rehab)), *more.get("values", ()))
    evaluation = AnnualEvaluation(year, values, on or date(year + 1, 3, 1))
    if correction:
        return ledger.evaluations.correct_evaluation(cid, evaluation, correction, SYSTEM)
    return ledger.evaluations.record_evaluation(cid, evaluation, SYSTEM)


def alerts_of(ledger, cid):
    ledger.alert_process.process()
    file = ledger.alerts.get_alerts(cid)
    return file.alerts if file else ()


# --- indicator alerts --------------------------------------------------------------------------


def test_a_missed_target_raises_exactly_one_alert(ledger, world):
    cid = world.convention_in_force()
    evaluate(ledger, cid, 2021, 200)  # target 300, alert threshold 240

    (alert,) = alerts_of(ledger, cid)
    finding = alert.finding
    assert (finding.kind, finding.subject, finding.year) == (AlertKind.INDICATOR, "rehab", 2021)
    assert (finding.expected, finding.actual, finding.gap) == (D(300), D(200), D(100))
    assert finding.severity is AlertSeverity.ALERTE
    assert finding.party_id == world.oph_nievre
    assert alert.status is AlertStatus.OPEN and alert.raised_on == date(2022, 3, 1)
    # Processing again raises nothing more, records nothing.
    before = ledger.recorder.max_notification_id()
    assert ledger.alert_process.process() == 0
    assert len(alerts_of(ledger, cid)) == 1
    assert ledger.recorder.max_notification_id() == before
    # Alert events are recorded by the process, as the system.
    events = ledger.events_of(ConventionAlerts.create_id(cid))
    assert [e.type for e in events] == ["Opened", "Raised"]
    assert all(e.actor == ALERT_PROCESS_ACTOR for e in events)


def test_within_the_threshold_a_miss_is_a_vigilance_mark_and_no_alert(ledger, world):
    cid = world.convention_in_force()
    evaluate(ledger, cid, 2021, 260)  # target 300, threshold 240
    evaluate(ledger, cid, 2022, 310)
    evaluate(ledger, cid, 2023, 239)
    # An alert asks for handling: only the miss past the threshold raises one.
    (alert,) = alerts_of(ledger, cid)
    assert (alert.finding.year, alert.finding.severity) == (2023, AlertSeverity.ALERTE)
    convention = ledger.get_convention(cid)
    assert [indicator_standing(convention, "rehab", y) for y in (2021, 2022, 2023, 2024)] == [
        Standing.VIGILANCE,
        Standing.MET,
        Standing.ALERT,
        None,
    ]


def test_a_correction_that_clears_the_miss_resolves_the_alert_and_a_new_miss_reopens_it(ledger, world):
    cid = world.convention_in_force()
    evaluate(ledger, cid, 2021, 200)
    evaluate(ledger, cid, 2021, 230, date(2022, 4, 1), correction="Chantiers livrés en décembre")
    (alert,) = alerts_of(ledger, cid)
    # Still missed: re-measured, not raised again.
    assert (alert.finding.actual, alert.status) == (D(230), AlertStatus.OPEN)

    # Back over the threshold (below the target): resolved by the correction, which it names.
    evaluate(ledger, cid, 2021, 250, date(2022, 5, 1), correction="Recensement complet")
    (alert,) = alerts_of(ledger, cid)
    assert alert.status is AlertStatus.RESOLVED and alert.resolved_automatically
    assert "250" in alert.closing_reason and "version 3" in alert.closing_reason
    assert "Recensement complet" in alert.closing_reason and "vigilance" in alert.closing_reason
    assert alert.closed_on == date(2022, 5, 1)

    evaluate(ledger, cid, 2021, 210, date(2022, 6, 1), correction="Erreur de saisie")
    (alert,) = alerts_of(ledger, cid)
    assert alert.status is AlertStatus.OPEN and alert.finding.severity is AlertSeverity.ALERTE
    types = [e.type for e in ledger.alerts.alert_history(cid, alert.number, SYSTEM)]
    assert types == ["Raised", "Remeasured", "ResolvedAutomatically", "Reopened"]


def add_commitment(ledger, world, cid, indicator):
    ledger.drafting.amend_draft(
        cid,
        SetCommitment(
            Commitment(
                "E2", "A1", "Deuxième engagement", CommitmentKind.RESULTAT, world.oph_nievre, (indicator,)
            )
        ),
        SYSTEM,
    )


def test_lower_is_better_ratio_indicators_alert_above_their_target(ledger, world):
    cid = world.rattachement_convention()
    vacancy = Indicator(
        "vacance",
        "Taux de vacance",
        "%",
        Direction.LOWER_IS_BETTER,
        (YearTarget(2021, D(3), D(4)), YearTarget(2022, D(3), D(4))),
        ratio=Ratio("logements vacants", "logements", D(100)),
    )
    add_commitment(ledger, world, cid, vacancy)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    vacant = IndicatorValue("vacance", numerator=D(360), denominator=D(8000))  # 4.5 %
    evaluate(ledger, cid, 2021, 300, values=(vacant,))
    fine = IndicatorValue("vacance", numerator=D(200), denominator=D(8000))  # 2.5 %
    evaluate(ledger, cid, 2022, 300, values=(fine,))
    (alert,) = alerts_of(ledger, cid)
    assert (alert.finding.subject, alert.finding.year) == ("vacance", 2021)
    assert (alert.finding.actual, alert.finding.gap) == (D("4.5000"), D("1.5000"))
    assert alert.finding.severity is AlertSeverity.ALERTE
    assert "supérieur" in alert.finding.cause


def test_a_cumulative_target_is_followed_along_its_trajectory(ledger, world):
    cid = world.rattachement_convention(start=date(2021, 1, 1), end=date(2023, 12, 31))
    livraisons = Indicator(
        "livraisons",
        "Logements livrés",
        "logements",
        Direction.HIGHER_IS_BETTER,
        (),
        cumulative_target=D(300),
    )
    add_commitment(ledger, world, cid, livraisons)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))

    def delivered(n):
        return (IndicatorValue("livraisons", D(n)),)

    evaluate(ledger, cid, 2021, 300, values=delivered(120))  # 120 ≥ 100 expected
    evaluate(ledger, cid, 2022, 300, values=delivered(50))  # 170 < 200: behind, mid-way
    convention = ledger.get_convention(cid)
    assert cumulative_standing(convention, "livraisons", 2022) is Standing.VIGILANCE
    assert not alerts_of(ledger, cid)  # a vigilance mark, not an alert
    evaluate(ledger, cid, 2023, 300, values=delivered(100))  # 270 < 300: final
    (alert,) = alerts_of(ledger, cid)
    assert (alert.finding.kind, alert.finding.year) == (AlertKind.CUMULATIVE, 2023)
    assert (alert.finding.expected, alert.finding.actual) == (D("300.00"), D(270))
    assert alert.finding.severity is AlertSeverity.ALERTE
    # Correcting 2022 changes the cumulative of 2022 and 2023: the final miss clears.
    evaluate(ledger, cid, 2022, 300, date(2023, 5, 1), correction="Oubli", values=delivered(90))
    assert {a.status for a in alerts_of(ledger, cid)} == {AlertStatus.RESOLVED}


# --- deadline alerts ---------------------------------------------------------------------------


def test_a_deadline_scan_run_twice_raises_each_alert_once(ledger, world):
    cid = world.convention_in_force()
    report = ledger.alerts.scan_deadlines(date(2022, 7, 15), ADMIN)
    kinds = sorted(a.finding.kind.value for a in alerts_of(ledger, cid))
    # The bilan 2021 was due 30/06/2022; the subsidy 2021 was due paid by 31/12/2021.
    assert kinds == ["bilan_overdue", "contrepartie_unpaid"]
    assert report.alerts_raised == 2 and report.conventions_scanned == 1

    before = ledger.recorder.max_notification_id()
    again = ledger.alerts.scan_deadlines(date(2022, 7, 15), ADMIN)
    assert again.alerts_raised == 0
    assert ledger.recorder.max_notification_id() == before
    assert len(alerts_of(ledger, cid)) == 2

    unpaid = next(a for a in alerts_of(ledger, cid) if a.finding.kind is AlertKind.CONTREPARTIE_UNPAID)
    assert (unpaid.finding.expected, unpaid.finding.actual) == (D("1000000.00"), D("0.00"))
    assert unpaid.finding.party_id == world.nievre and unpaid.finding.beneficiary_id == world.oph_nievre
    assert unpaid.raised_on == date(2022, 7, 15) and unpaid.finding.due_on == date(2021, 12, 31)


def test_deadline_alerts_resolve_when_what_was_due_is_done(ledger, world):
    cid = world.convention_in_force()
    ledger.alerts.scan_deadlines(date(2022, 7, 15), ADMIN)
    dep = world.signatory(world.nievre)
    pay = Payment("subv", 2021, D("400000.00"), world.oph_nievre, date(2022, 8, 1), "MANDAT-1")
    ledger.execution.record_payment(cid, pay, dep)
    unpaid = next(a for a in alerts_of(ledger, cid) if a.finding.kind is AlertKind.CONTREPARTIE_UNPAID)
    assert unpaid.status is AlertStatus.OPEN and unpaid.finding.actual == D("400000.00")
    assert unpaid.finding.severity is AlertSeverity.VIGILANCE

    rest = Payment("subv", 2021, D("600000.00"), world.oph_nievre, date(2022, 9, 1), "MANDAT-2")
    ledger.execution.record_payment(cid, rest, dep)
    evaluate(ledger, cid, 2021, 300, date(2022, 9, 15))
    alerts = alerts_of(ledger, cid)
    assert {a.status for a in alerts} == {AlertStatus.RESOLVED}
    reasons = sorted(a.closing_reason for a in alerts)
    assert reasons[0].startswith("La contrepartie subv 2021") and "bilan annuel 2021" in reasons[1]


def test_expiring_convention_unsigned_avenant_and_silent_governance(ledger, world):
    cid = world.convention_in_force()
    office = world.signatory(world.oph_nievre)
    ledger.execution.record_meeting(cid, Meeting("comite", date(2021, 6, 1), "CR-2021-1"), office)
    ledger.avenants.propose_avenant(
        cid,
        changes=(SetCommitment(ledger.get_convention(cid).latest_terms.commitment("E1")),),
        effective_on=date(2022, 1, 1),
        reason="Avenant de mise à jour",
        proposed_on=date(2022, 1, 10),
        actor=office,
    )
    # As of 1 May 2022: the avenant waits since 110 days; the comité met once in 2021
    # (two meetings a year, pro rata from February: two expected).
    ledger.alerts.scan_deadlines(date(2022, 5, 1), ADMIN)
    alerts = {a.finding.kind: a for a in alerts_of(ledger, cid)}
    assert AlertKind.AVENANT_UNSIGNED in alerts
    governance = alerts[AlertKind.GOVERNANCE_MISSED]
    assert (governance.finding.expected, governance.finding.actual) == (D(2), D(1))
    assert AlertKind.EXPIRING not in alerts

    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2022, 5, 10), avenant=1)
    ledger.alerts.scan_deadlines(date(2026, 8, 1), ADMIN)  # five months before the end
    alerts = {a.finding.kind: a for a in alerts_of(ledger, cid)}
    assert alerts[AlertKind.AVENANT_UNSIGNED].status is AlertStatus.RESOLVED
    assert "signé" in alerts[AlertKind.AVENANT_UNSIGNED].closing_reason
    assert alerts[AlertKind.EXPIRING].finding.due_on == date(2026, 12, 31)


# --- handling ----------------------------------------------------------------------------------


def test_an_alert_is_examined_decided_and_resolved_by_the_parties(ledger, world):
    cid = world.convention_in_force()
    evaluate(ledger, cid, 2021, 200)
    (alert,) = alerts_of(ledger, cid)
    n = alert.number
    office, dep = world.signatory(world.oph_nievre), world.signatory(world.nievre)
    stranger = Actor("x", ActorRole.EDITOR, world.oph_lyon1)

    # An unrelated party: the convention does not exist for it. A reader of the office: not allowed.
    refused(
        ledger,
        ConventionNotFoundError,
        lambda: ledger.alerts.acknowledge_alert(cid, n, date(2022, 3, 2), stranger),
    )
    reader = Actor("r", ActorRole.READER, world.oph_nievre)
    refused(
        ledger, NotAuthorizedError, lambda: ledger.alerts.acknowledge_alert(cid, n, date(2022, 3, 2), reader)
    )
    ledger.alerts.acknowledge_alert(cid, n, date(2022, 3, 2), office)
    refused(
        ledger,
        AlertTransitionError,
        lambda: ledger.alerts.acknowledge_alert(cid, n, date(2022, 3, 3), office),
    )
    revise = AlertDecision(
        DecisionKind.OBJECTIVES_REVISED, "Objectifs revus", date(2022, 4, 1), avenant_number=1
    )
    refused(ledger, ExaminationNotRequestedError, lambda: ledger.alerts.decide_on_alert(cid, n, revise, dep))
    # The collectivité does not ask for the examination of the office's situation.
    refused(
        ledger,
        ExaminationNotByLandlordError,
        lambda: ledger.alerts.request_examination(
            cid, n, Examination(world.nievre, date(2022, 3, 5), "Retards"), dep
        ),
    )
    ledger.alerts.request_examination(
        cid,
        n,
        Examination(world.oph_nievre, date(2022, 3, 5), "Chantiers retardés par les entreprises"),
        office,
    )
    refused(
        ledger,
        ExaminationPendingError,
        lambda: ledger.alerts.resolve_alert(cid, n, "Fin", date(2022, 3, 6), dep),
    )
    # Objectives revised name their avenant, which must exist.
    from domain.errors import AvenantNotFoundError

    refused(ledger, AvenantNotFoundError, lambda: ledger.alerts.decide_on_alert(cid, n, revise, dep))
    refused(
        ledger,
        DecisionIncompleteError,
        lambda: ledger.alerts.decide_on_alert(
            cid, n, AlertDecision(DecisionKind.CORRECTIVE_PLAN, "Plan", date(2022, 4, 1)), dep
        ),
    )
    plan = AlertDecision(
        DecisionKind.CORRECTIVE_PLAN,
        "Plan de rattrapage 2022",
        date(2022, 4, 1),
        body_id="comite",
        actions=(CorrectiveAction("Relancer trois marchés", date(2022, 9, 30), world.oph_nievre),),
    )
    ledger.alerts.decide_on_alert(cid, n, plan, dep)
    ledger.alerts.resolve_alert(cid, n, "Plan exécuté, rattrapage constaté au comité", date(2022, 11, 1), dep)
    refused(
        ledger, AlertClosedError, lambda: ledger.alerts.dismiss_alert(cid, n, "x", date(2022, 11, 2), dep)
    )

    alert = ledger.alerts.get_alerts(cid).alert(n)
    assert alert.status is AlertStatus.RESOLVED and not alert.resolved_automatically
    assert alert.decision.actions[0].due_on == date(2022, 9, 30)
    history = ledger.alerts.alert_history(cid, n, SYSTEM)
    assert [(e.type, e.actor.party_id) for e in history] == [
        ("Raised", None),
        ("Acknowledged", world.oph_nievre),
        ("ExaminationRequested", world.oph_nievre),
        ("Decided", world.nievre),
        ("Resolved", world.nievre),
    ]
    assert [e.effective_on for e in history][1:] == [
        date(2022, 3, 2),
        date(2022, 3, 5),
        date(2022, 4, 1),
        date(2022, 11, 1),
    ]


def test_objectives_revised_by_an_avenant_and_dismissal(ledger, world):
    cid = world.convention_in_force()
    evaluate(ledger, cid, 2021, 200)
    evaluate(ledger, cid, 2022, 100)
    first, second = (a.number for a in alerts_of(ledger, cid))
    office, dep = world.signatory(world.oph_nievre), world.signatory(world.nievre)
    ledger.alerts.request_examination(
        cid, first, Examination(world.oph_nievre, date(2023, 3, 5), "Retards"), office
    )
    ledger.avenants.propose_avenant(
        cid,
        changes=(SetCommitment(ledger.get_convention(cid).latest_terms.commitment("E1")),),
        effective_on=date(2023, 1, 1),
        reason="Révision des objectifs",
        proposed_on=date(2023, 3, 10),
        actor=office,
    )
    decision = AlertDecision(
        DecisionKind.OBJECTIVES_REVISED,
        "Objectifs revus par l'avenant n°1",
        date(2023, 3, 12),
        avenant_number=1,
    )
    ledger.alerts.decide_on_alert(cid, first, decision, dep)
    assert ledger.alerts.get_alerts(cid).alert(first).decision.avenant_number == 1
    refused(
        ledger,
        AlertTransitionError,
        lambda: ledger.alerts.dismiss_alert(cid, first, "x", date(2023, 4, 1), dep),
    )
    ledger.alerts.dismiss_alert(cid, second, "Année de crise sanitaire, sans suite", date(2023, 4, 1), dep)
    assert ledger.alerts.get_alerts(cid).alert(second).status is AlertStatus.DISMISSED
    refused(
        ledger, AlertNotFoundError, lambda: ledger.alerts.acknowledge_alert(cid, 99, date(2023, 4, 1), dep)
    )


def test_only_administrators_run_deadline_scans(ledger, world):
    world.convention_in_force()
    office = world.signatory(world.oph_nievre)
    refused(ledger, NotAuthorizedError, lambda: ledger.alerts.scan_deadlines(date(2022, 7, 15), office))


# --- rebuild -------------------------------------------------------------------------------------


@pytest.mark.stores("memory")
def test_the_alert_history_rebuilds_from_the_convention_events(ledger, world):
    """Replaying every event but the alerts into an empty store, then running the process,
    gives the same alerts (the policy reads each convention as of each event)."""
    cid = world.convention_in_force()
    evaluate(ledger, cid, 2021, 200)
    evaluate(ledger, cid, 2022, 260)
    evaluate(ledger, cid, 2021, 310, date(2022, 6, 1), correction="Livraisons de décembre")
    ledger.alert_process.process()
    original = ledger.alerts.get_alerts(cid).alerts

    rebuilt = ConventionLedger(env=persistence_env("memory://"))
    alert_topics = {n.topic for n in ledger.recorder.select_notifications(start=1, limit=10_000)} - set(
        ledger.alert_process.topics
    )
    copied = [
        StoredEvent(n.originator_id, n.originator_version, n.topic, n.state)
        for n in ledger.recorder.select_notifications(start=1, limit=10_000)
        if "ConventionAlerts" not in n.topic
    ]
    assert alert_topics  # the source store did hold alert events, not copied
    rebuilt.recorder.insert_events(copied)
    rebuilt.alert_process.process()
    assert rebuilt.alerts.get_alerts(cid).alerts == original
