"""Alerts as the parties handle them — acknowledged, examination requested, decided,
resolved or classed without follow-up, each step only by whom the rules allow (``steps_of``
says which steps an actor may take now) — the alerts each actor reads, and the deadline scan.
The process that raises alerts from convention events is ``application.alert_process``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

import structlog
from eventsourcing.domain import Aggregate

from application.authorization import (
    NotAuthorizedError,
    check_may_act_for,
    check_may_administer,
    check_may_prepare,
    convention_party_ids,
)
from application.base import CommandResult, RecordedEvent, UseCases
from domain.alerts import (
    Alert,
    AlertDecision,
    AlertStep,
    ConventionAlerts,
    DecisionKind,
    Examination,
)
from domain.convention import AvenantStatus, Convention, Mobilisation
from domain.errors import AlertNotFoundError, DecisionIncompleteError, DomainError, PreconditionFailedError
from domain.monitoring import (
    check_may_decide_on_alert,
    check_may_request_examination,
    deadline_findings,
)
from domain.readers import Readers
from domain.terms import AmountCommitment
from domain.values import Actor


def _check_other_side(actor: Actor, convention: Convention, body_id: str | None, doing: str) -> None:
    """The party the actor acts for decides on the alert only if it is the other side (see
    ``check_may_decide_on_alert``). An actor of no party got here only as the system (the
    others are refused before: ``check_may_prepare``)."""
    if actor.party_id is not None:
        check_may_decide_on_alert(convention, actor.party_id, body_id, doing)


log = structlog.get_logger("alerts")


@dataclass(frozen=True)
class AlertSteps:
    """What an actor may do on an alert now (``AlertDesk.alert_steps``)."""

    steps: frozenset[AlertStep]
    body_id: str | None
    """The governance body the actor's party decides in, when it decides only as a member."""


@dataclass(frozen=True)
class AlertFile:
    """One alert as its reader opens it (``AlertDesk.alert_file``)."""

    convention: Convention
    alert: Alert
    version: int
    """The alert file's version: what a step sends back as the version read."""
    steps: AlertSteps
    history: list[RecordedEvent]


@dataclass(frozen=True)
class ScanReport:
    as_of: date
    conventions_scanned: int
    alerts_raised: int
    notification_id: int | None


class AlertDesk(UseCases):
    """The alerts of the conventions as their parties handle them, and the deadline scan."""

    def scan_deadlines(self, as_of: date, actor: Actor) -> ScanReport:
        """Raise the deadline alerts due on ``as_of`` (see ``deadline_findings``). Running it
        again raises nothing twice: a finding already in the alert file is not new. The scan
        is one write: every alert it raises is saved in one transaction, or none (a scan that
        fails records nothing).
        Rules: administrators (or the scheduler, as system) run scans."""
        check_may_administer(actor)
        counts = {"scanned": 0, "raised": 0}

        def decide() -> tuple[list[Aggregate], CommandResult]:
            touched: list[Aggregate] = []
            scanned = raised = 0
            for convention_id in self.ledger.convention_ids():
                scanned += 1
                convention = self.ledger.get_convention(convention_id)
                alerts = self.ledger.alert_file_of(convention_id)
                new = [
                    f
                    for f in deadline_findings(convention, as_of)
                    if alerts is None or alerts.by_key(f.key) is None
                ]
                if not new:
                    continue
                if alerts is None:
                    alerts = ConventionAlerts(convention_id=convention_id, actor=actor)
                raised += len(alerts.record_findings(new, convention.version, as_of, actor))
                touched.append(alerts)
            counts.update(scanned=scanned, raised=raised)
            last = touched[-1] if touched else None
            return touched, CommandResult(last.id if last else UUID(int=0), last.version if last else 0, None)

        result = self.ledger.run_command(decide)
        log.info(
            "alerts.scanned", as_of=as_of.isoformat(), conventions=counts["scanned"], raised=counts["raised"]
        )
        return ScanReport(as_of, counts["scanned"], counts["raised"], result.notification_id)

    # --- handling by the parties -------------------------------------------------------

    def get_alerts(self, convention_id: UUID) -> ConventionAlerts | None:
        """The alert file of a convention (None when nothing was ever raised)."""
        self.ledger.get_convention(convention_id)
        return self.ledger.alert_file_of(convention_id)

    def readable_alerts(
        self, convention_id: UUID, actor: Actor
    ) -> tuple[ConventionAlerts | None, list[Alert]]:
        """The alert file of a convention the actor reads, and the alerts of it the actor
        reads (``domain.readers``: an adherent, only those that name it)."""
        convention = self.ledger.get_convention(convention_id)
        return self.alerts_read(convention, actor, self.ledger.check_may_read(convention, actor))

    def alerts_read(
        self, convention: Convention, actor: Actor, readers: Readers | None
    ) -> tuple[ConventionAlerts | None, list[Alert]]:
        """The alerts of a convention the actor was found to read (``check_may_read`` gave its
        readers): all for who sees everything; for an adherent, only those that name it."""
        alerts = self.ledger.alert_file_of(convention.id)
        if alerts is None:
            return None, []
        if readers is None:
            return alerts, list(alerts.alerts)
        return alerts, [
            alert
            for alert in alerts.alerts
            if readers.reads_alert(actor.party_id, (alert.finding.party_id, alert.finding.beneficiary_id))
        ]

    def readable_alert(
        self, convention_id: UUID, number: int, actor: Actor
    ) -> tuple[ConventionAlerts, Alert]:
        """One alert the actor reads (else: unknown to it, as an alert that does not exist)."""
        _, alerts, alert = self._opened_alert(convention_id, number, actor)
        return alerts, alert

    def _on_alert(
        self,
        convention_id: UUID,
        number: int,
        actor: Actor,
        act: Callable[[ConventionAlerts, Convention], Sequence[Aggregate] | None],
        event_name: str,
        *,
        check: Callable[[], None] | None = None,
    ) -> CommandResult:
        """Rules: only a party of the convention (an editor or signatory acting for it) acts
        on its alerts; the alert exists; with If-Match, the alert file is still at the version
        the actor read (the ETag of the alert)."""

        def decide() -> tuple[list[Aggregate], CommandResult]:
            convention = self.ledger.readable_convention(convention_id, actor)
            (check or (lambda: check_may_prepare(actor, convention_party_ids(convention))))()
            alerts = self.ledger.alert_file_of(convention_id)
            if alerts is None:
                raise AlertNotFoundError(f"L'alerte n°{number} n'existe pas pour cette convention.")
            expected = self.ledger.request.expected_version
            if expected is not None and expected != alerts.version:
                raise PreconditionFailedError(
                    f"Les alertes de la convention sont à la version {alerts.version}, pas {expected} : "
                    "relisez l'alerte (en-tête ETag) avant d'agir."
                )
            # What else the step changed (a decision mobilising an envelope changes the
            # convention) is saved with the alert file, in one transaction.
            also = act(alerts, convention) or ()
            return [alerts, *also], CommandResult(alerts.id, alerts.version, None, detail={"number": number})

        result = self.ledger.run_command(decide)
        log.info(event_name, convention_id=str(convention_id), alert=number, actor_id=actor.actor_id)
        return result

    def acknowledge_alert(self, convention_id: UUID, number: int, on: date, actor: Actor) -> CommandResult:
        return self._on_alert(
            convention_id,
            number,
            actor,
            lambda alerts, _: alerts.acknowledge(number, on, actor),
            "alert.acknowledged",
        )

    def request_examination(
        self, convention_id: UUID, number: int, examination: Examination, actor: Actor
    ) -> CommandResult:
        """Rules: someone of the office concerned asks (see
        ``check_may_request_examination``); the alert is open or acknowledged."""

        def act(alerts: ConventionAlerts, convention: Convention) -> None:
            check_may_request_examination(alerts.alert(number), convention, examination.requested_by)
            alerts.request_examination(number, examination, actor)

        return self._on_alert(
            convention_id,
            number,
            actor,
            act,
            "alert.examination_requested",
            check=lambda: check_may_act_for(actor, examination.requested_by, signing=False),
        )

    def decide_on_alert(
        self, convention_id: UUID, number: int, decision: AlertDecision, actor: Actor
    ) -> CommandResult:
        """Rules: the other side decides (the collectivité that gives the contreparties, or a
        member of a governance body where both sides sit, naming it: see
        ``check_may_decide_on_alert``); as ``ConventionAlerts.decide``; the avenant revising the
        objectives is one of the convention's, not withdrawn; the contrepartie and the body
        named exist; a support triggered in money on a conditional envelope mobilises it
        (``_mobilised_by``), in the same transaction."""

        def act(alerts: ConventionAlerts, convention: Convention) -> list[Aggregate]:
            _check_other_side(actor, convention, decision.body_id, "décider sur l'alerte")
            alerts.check_can_decide(number, decision.decided_on)
            terms = convention.latest_terms
            if decision.avenant_number is not None:
                avenant = convention.avenant(decision.avenant_number)
                if avenant.status is AvenantStatus.WITHDRAWN:
                    raise DecisionIncompleteError(
                        f"L'avenant n°{avenant.number} a été retiré : il ne révise rien."
                    )
            if decision.kind is not DecisionKind.OBJECTIVES_REVISED and decision.avenant_number:
                raise DecisionIncompleteError("Seule une révision des objectifs renvoie à un avenant.")
            if decision.contrepartie_id is not None:
                terms.contrepartie(decision.contrepartie_id)
            if decision.body_id is not None:
                terms.governance_body(decision.body_id)
            alerts.decide(number, replace(decision, decided_by=actor.party_id), actor)
            return self._mobilised_by(convention, alerts.alert(number), decision, actor)

        return self._on_alert(convention_id, number, actor, act, "alert.decided")

    @staticmethod
    def _mobilised_by(
        convention: Convention, alert: Alert, decision: AlertDecision, actor: Actor
    ) -> list[Aggregate]:
        """A support triggered in money on a conditional envelope draws on it: what it
        mobilises is owed to the party the alert concerns (or the envelope's beneficiary) for
        the year of the decision (``Convention.mobilise``). A firm amount is owed already; a
        ceiling is not drawn on."""
        if decision.kind is not DecisionKind.SUPPORT_TRIGGERED or decision.amount is None:
            return []
        if decision.contrepartie_id is None:
            return []
        year = decision.decided_on.year
        contrepartie = convention.terms_for_year(year).contrepartie(decision.contrepartie_id)
        if contrepartie.commitment is not AmountCommitment.CONDITIONAL:
            return []
        concerned = alert.finding.party_id
        beneficiaries = convention.beneficiaries_of(contrepartie, year)
        beneficiary = concerned if concerned in beneficiaries else contrepartie.to_party_id
        if beneficiary is None:
            raise DecisionIncompleteError(
                f"L'enveloppe « {contrepartie.label} » va à plusieurs bénéficiaires : l'alerte ne dit pas "
                "lequel le soutien concerne."
            )
        convention.mobilise(
            Mobilisation(
                contrepartie.contrepartie_id,
                year,
                decision.amount,
                beneficiary,
                decision.decided_on,
                alert.number,
            ),
            actor,
        )
        return [convention]

    def resolve_alert(
        self,
        convention_id: UUID,
        number: int,
        reason: str,
        on: date,
        actor: Actor,
        body_id: str | None = None,
    ) -> CommandResult:
        """Rules: the other side resolves (as for a decision)."""

        def act(alerts: ConventionAlerts, convention: Convention) -> None:
            _check_other_side(actor, convention, body_id, "résoudre l'alerte")
            alerts.resolve(number, reason, on, actor)

        return self._on_alert(convention_id, number, actor, act, "alert.resolved")

    def dismiss_alert(
        self,
        convention_id: UUID,
        number: int,
        reason: str,
        on: date,
        actor: Actor,
        body_id: str | None = None,
    ) -> CommandResult:
        """Rules: the other side classes an alert without follow-up (as for a decision)."""

        def act(alerts: ConventionAlerts, convention: Convention) -> None:
            _check_other_side(actor, convention, body_id, "classer l'alerte sans suite")
            alerts.dismiss(number, reason, on, actor)

        return self._on_alert(convention_id, number, actor, act, "alert.dismissed")

    def alert_history(self, convention_id: UUID, number: int, actor: Actor) -> list[RecordedEvent]:
        """The events of one alert the actor reads, in order: who did what, when (both clocks)."""
        return self.alert_file(convention_id, number, actor).history

    def alert_steps(self, convention_id: UUID, number: int, actor: Actor) -> AlertSteps:
        """The steps of an alert this actor may take now (``steps_of``)."""
        convention, _, alert = self._opened_alert(convention_id, number, actor)
        return steps_of(alert, convention, actor)

    def alert_file(self, convention_id: UUID, number: int, actor: Actor) -> AlertFile:
        """What a reader of one alert opens: its convention, the alert, the version of the alert
        file (to send back with a step), the steps this actor may take, and the alert's
        history — the read rule checked once, each aggregate read once."""
        convention, alerts, alert = self._opened_alert(convention_id, number, actor)
        history = [e for e in self.ledger.events_of(alerts.id) if e.payload.get("number") == number]
        return AlertFile(convention, alert, alerts.version, steps_of(alert, convention, actor), history)

    def _opened_alert(
        self, convention_id: UUID, number: int, actor: Actor
    ) -> tuple[Convention, ConventionAlerts, Alert]:
        convention = self.ledger.get_convention(convention_id)
        alerts, readable = self.alerts_read(convention, actor, self.ledger.check_may_read(convention, actor))
        alert = next((a for a in readable if a.number == number), None)
        if alerts is None or alert is None:
            raise AlertNotFoundError(f"L'alerte n°{number} n'existe pas pour cette convention.")
        return convention, alerts, alert


def steps_of(alert: Alert, convention: Convention, actor: Actor) -> AlertSteps:
    """The steps of an alert this actor may take now, and the governance body it would take
    a decision in (when its party decides only as a member of one): the status's steps
    (``STEPS_FROM``) that the rules of the commands allow this actor. The web interface offers
    these and only these."""
    try:
        check_may_prepare(actor, convention_party_ids(convention))
    except NotAuthorizedError:
        return AlertSteps(frozenset(), None)
    party_id = actor.party_id
    if party_id is None:  # the system
        return AlertSteps(alert.steps, None)
    allowed = {AlertStep.ACKNOWLEDGE}
    try:
        check_may_act_for(actor, party_id, signing=False)
        check_may_request_examination(alert, convention, party_id)
        allowed.add(AlertStep.REQUEST_EXAMINATION)
    except (NotAuthorizedError, DomainError):
        pass
    body_id = None
    for candidate in (None, *(b.body_id for b in convention.latest_terms.governance_bodies)):
        try:
            check_may_decide_on_alert(convention, party_id, candidate, "décider")
        except DomainError:
            continue
        body_id = candidate
        allowed |= {AlertStep.DECIDE, AlertStep.RESOLVE, AlertStep.DISMISS}
        break
    return AlertSteps(alert.steps & allowed, body_id)
