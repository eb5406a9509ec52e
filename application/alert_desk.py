"""Alerts: the process that raises them from convention events, the deadline scan, and the
use cases by which the parties handle them.

The ledger follows its own notification log. For each convention event, its policy takes
the convention *as of that event* (its version), so a rebuild from the log gives the same
alerts — folded in memory from the events it reads (``application.folding``), read from the
store only on a miss — and reconciles the convention's alert file: an evaluation raises,
re-measures or reopens indicator alerts; any event may clear an alert whose finding no longer
holds. The alert events and the position reached are written in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from uuid import UUID

import structlog
from eventsourcing.application import AggregateNotFoundError, ProcessingEvent
from eventsourcing.domain import Aggregate, DomainEventProtocol
from eventsourcing.persistence import IntegrityError, Tracking
from eventsourcing.utils import get_topic

from application.audit import Discrepancy
from application.authorization import (
    NotAuthorizedError,
    check_may_act_for,
    check_may_administer,
    check_may_prepare,
    convention_party_ids,
)
from application.base import CommandResult, LedgerBase, RecordedEvent, event_topics
from application.folding import FoldedAggregates
from domain.alerts import (
    Alert,
    AlertDecision,
    AlertStep,
    ConventionAlerts,
    DecisionKind,
    Examination,
)
from domain.convention import AnnualEvaluation, AvenantStatus, Convention
from domain.errors import AlertNotFoundError, DecisionIncompleteError, DomainError, PreconditionFailedError
from domain.monitoring import (
    check_may_decide_on_alert,
    check_may_request_examination,
    cleared_reason,
    deadline_findings,
    evaluation_findings,
    reassess,
)
from domain.readers import Readers
from domain.terms import canonical
from domain.values import Actor, ActorRole


def _check_other_side(actor: Actor, convention: Convention, body_id: str | None, doing: str) -> None:
    """The party the actor acts for decides on the alert only if it is the other side (see
    ``check_may_decide_on_alert``). An actor of no party got here only as the system (the
    others are refused before: ``check_may_prepare``)."""
    if actor.party_id is not None:
        check_may_decide_on_alert(convention, actor.party_id, body_id, doing)


log = structlog.get_logger("alerts")

ALERT_PROCESS_ACTOR = Actor("processus-alertes", ActorRole.SYSTEM)
"""Who records what the alert process decides (recorded on each of its events)."""

PROCESS_PAGE_SIZE = 100
MAX_PROCESS_CONFLICTS = 20


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


def covered(said: Any, known: Any) -> bool:
    """Whether everything ``said`` (a canonical value) holds is in ``known``, the same."""
    if isinstance(said, dict):
        return isinstance(known, dict) and all(k in known and covered(v, known[k]) for k, v in said.items())
    if isinstance(said, list):
        return (
            isinstance(known, list)
            and len(said) == len(known)
            and all(covered(s, k) for s, k in zip(said, known, strict=True))
        )
    return bool(said == known)


def _event_day(event: DomainEventProtocol[UUID]) -> date:
    effective_on = getattr(event, "effective_on", None)
    if isinstance(effective_on, date):
        return effective_on
    return event.timestamp.date()  # type: ignore[attr-defined, no-any-return]


class AlertDesk(LedgerBase):
    convention_topics = event_topics(Convention)
    """The convention events the alert policy reacts to (the others are skipped)."""

    # --- the process -------------------------------------------------------------------

    def __init__(self, env: Any = None) -> None:
        super().__init__(env)
        # The conventions as of the last event the process handled (used under
        # ``processing_lock``: one page at a time).
        self._followed_conventions = FoldedAggregates(self.aggregate_at)

    def policy(
        self, domain_event: DomainEventProtocol[UUID], processing_event: ProcessingEvent[UUID]
    ) -> None:
        if not isinstance(domain_event, Convention.Event):
            return
        # The convention as of this event, not as of now: a rebuild gives the same alerts.
        convention: Aggregate = self._followed_conventions.apply(domain_event)
        if not isinstance(convention, Convention):
            raise TypeError(f"{convention.id} n'est pas une convention.")
        alerts = self._alert_file(convention.id)
        version = convention.version
        day = _event_day(domain_event)
        evaluation = getattr(domain_event, "evaluation", None)
        if isinstance(evaluation, AnnualEvaluation):  # recorded or corrected
            findings = evaluation_findings(convention, evaluation.year)
            if findings and alerts is None:
                alerts = ConventionAlerts(convention_id=convention.id, actor=ALERT_PROCESS_ACTOR)
            if alerts is not None:
                alerts.record_findings(findings, version, day, ALERT_PROCESS_ACTOR)
        if alerts is None:
            return
        for alert in alerts.active():
            if alert.convention_version >= version:
                continue  # assessed on this state or a later one (a scan may run ahead)
            finding = reassess(alert, convention)
            if finding is None:
                alerts.clear(
                    alert.number, cleared_reason(alert, convention), version, day, ALERT_PROCESS_ACTOR
                )
            elif finding.measure() != alert.finding.measure():
                alerts.record_findings([finding], version, day, ALERT_PROCESS_ACTOR)
        processing_event.collect_events(alerts)

    def process_alerts(self, *, until: int | None = None) -> int:
        """Run the policy over the convention events not processed yet (up to the
        notification ``until``, if given). Returns how many events were processed.

        Safe to run from several threads or processes at once: positions and alert files
        are both checked on write, the loser of a race re-reads and goes on."""
        processed, conflicts = 0, 0
        with self.processing_lock:
            while True:
                try:
                    count = self._process_page(until)
                except IntegrityError:
                    conflicts += 1
                    if conflicts > MAX_PROCESS_CONFLICTS:
                        raise
                    continue
                processed += count
                if count == 0:
                    return processed

    def _process_page(self, until: int | None) -> int:
        position = self.recorder.max_tracking_id(self.name) or 0
        notifications = self.recorder.select_notifications(
            start=position,
            limit=PROCESS_PAGE_SIZE,
            stop=until,
            topics=self.convention_topics,
            inclusive_of_start=False,
        )
        pending: Tracking | None = None
        for notification in notifications:
            tracking = Tracking(self.name, notification.id)
            processing_event = ProcessingEvent[UUID](tracking=tracking)
            self.policy(self.mapper.to_domain_event(notification), processing_event)
            if processing_event.events:
                self._record(processing_event)
                pending = None
            else:
                # Nothing to write: the position is recorded with the next write, or at the
                # end of the page (one transaction per event would be needlessly slow).
                pending = tracking
        if pending is not None:
            self.recorder.insert_tracking(pending)
        return len(notifications)

    def alert_process_position(self) -> int:
        return self.recorder.max_tracking_id(self.name) or 0

    # --- derived state checked ------------------------------------------------------------

    def snapshot_discrepancies(self) -> list[Discrepancy]:
        """Every snapshot replayed from its events: one that differs (a row of the snapshot
        table edited, as a database administrator could) is reported — reads start from
        snapshots, so an edited one would be served and exported as the truth."""
        found: list[Discrepancy] = []
        if self.snapshots is None:
            return found
        for convention_id in self.convention_ids():
            try:
                snapshots = list(self.snapshots.get(convention_id))
                restored_of = [vars(s.mutate(None)) for s in snapshots]  # type: ignore[attr-defined]
            except Exception:  # an edited row that no longer decodes
                found.append(
                    Discrepancy(
                        0,
                        "altered-snapshot",
                        f"Un instantané de la convention {convention_id} est illisible : la table des "
                        "instantanés a été modifiée. Supprimez-le : il sera refait depuis les événements.",
                    )
                )
                continue
            for snapshot, restored in zip(snapshots, restored_of, strict=True):
                state: dict[str, Any] = dict(snapshot.state)  # type: ignore[attr-defined]
                kept = [k for k in state if k != "class_version"]
                replayed: Aggregate | None = None
                try:
                    for event in self.repository.event_store.get(
                        convention_id, lte=snapshot.originator_version
                    ):
                        replayed = event.mutate(replayed)  # type: ignore[attr-defined]
                except Exception:  # noqa: S112 - an unreadable event: the chain's check reports it
                    continue
                # What the snapshot says must be what the events say; a snapshot taken before a
                # field existed says nothing of it (its value is the default): not a difference.
                differing = [
                    k
                    for k in kept
                    if replayed is None
                    or not covered(canonical(restored.get(k)), canonical(vars(replayed).get(k)))
                ]
                if differing:
                    found.append(
                        Discrepancy(
                            0,
                            "altered-snapshot",
                            f"L'instantané de la convention {convention_id} à la version "
                            f"{snapshot.originator_version} diffère de ses événements "
                            f"({', '.join(sorted(differing)[:5])}) : la table des instantanés a été "
                            "modifiée. Supprimez l'instantané : il sera refait depuis les événements.",
                        )
                    )
        return found

    # --- the deadline scan -------------------------------------------------------------

    def convention_ids(self) -> Iterator[UUID]:
        """Every convention, in the order they were drafted (read from the log by topic)."""
        for notification in self.notifications_of((get_topic(vars(Convention)["Drafted"]),)):
            yield UUID(str(notification.originator_id))

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
            for convention_id in self.convention_ids():
                scanned += 1
                convention = self.get_convention(convention_id)
                alerts = self._alert_file(convention_id)
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

        result = self._run(decide)
        log.info(
            "alerts.scanned", as_of=as_of.isoformat(), conventions=counts["scanned"], raised=counts["raised"]
        )
        return ScanReport(as_of, counts["scanned"], counts["raised"], result.notification_id)

    # --- handling by the parties -------------------------------------------------------

    def _alert_file(self, convention_id: UUID) -> ConventionAlerts | None:
        try:
            aggregate: Aggregate = self.repository.get(ConventionAlerts.create_id(convention_id))
        except AggregateNotFoundError:
            return None
        if not isinstance(aggregate, ConventionAlerts):
            raise TypeError(f"{aggregate.id} n'est pas un dossier d'alertes.")
        return aggregate

    def get_alerts(self, convention_id: UUID) -> ConventionAlerts | None:
        """The alert file of a convention (None when nothing was ever raised)."""
        self.get_convention(convention_id)
        return self._alert_file(convention_id)

    def readable_alerts(
        self, convention_id: UUID, actor: Actor
    ) -> tuple[ConventionAlerts | None, list[Alert]]:
        """The alert file of a convention the actor reads, and the alerts of it the actor
        reads (``domain.readers``: an adherent, only those that name it)."""
        convention = self.get_convention(convention_id)
        return self.alerts_read(convention, actor, self.check_may_read(convention, actor))

    def alerts_read(
        self, convention: Convention, actor: Actor, readers: Readers | None
    ) -> tuple[ConventionAlerts | None, list[Alert]]:
        """The alerts of a convention the actor was found to read (``check_may_read`` gave its
        readers): all for who sees everything; for an adherent, only those that name it."""
        alerts = self._alert_file(convention.id)
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
        act: Callable[[ConventionAlerts, Convention], None],
        event_name: str,
        *,
        check: Callable[[], None] | None = None,
    ) -> CommandResult:
        """Rules: only a party of the convention (an editor or signatory acting for it) acts
        on its alerts; the alert exists; with If-Match, the alert file is still at the version
        the actor read (the ETag of the alert)."""

        def decide() -> tuple[list[Aggregate], CommandResult]:
            convention = self.readable_convention(convention_id, actor)
            (check or (lambda: check_may_prepare(actor, convention_party_ids(convention))))()
            alerts = self._alert_file(convention_id)
            if alerts is None:
                raise AlertNotFoundError(f"L'alerte n°{number} n'existe pas pour cette convention.")
            expected = self.request.expected_version
            if expected is not None and expected != alerts.version:
                raise PreconditionFailedError(
                    f"Les alertes de la convention sont à la version {alerts.version}, pas {expected} : "
                    "relisez l'alerte (en-tête ETag) avant d'agir."
                )
            act(alerts, convention)
            return [alerts], CommandResult(alerts.id, alerts.version, None, detail={"number": number})

        result = self._run(decide)
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
        named exist."""

        def act(alerts: ConventionAlerts, convention: Convention) -> None:
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

        return self._on_alert(convention_id, number, actor, act, "alert.decided")

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
        history = [e for e in self.events_of(alerts.id) if e.payload.get("number") == number]
        return AlertFile(convention, alert, alerts.version, steps_of(alert, convention, actor), history)

    def _opened_alert(
        self, convention_id: UUID, number: int, actor: Actor
    ) -> tuple[Convention, ConventionAlerts, Alert]:
        convention = self.get_convention(convention_id)
        alerts, readable = self.alerts_read(convention, actor, self.check_may_read(convention, actor))
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
