"""The alerts of one convention, and how each is handled.

An alert is raised by a *finding* (an indicator that missed its target, a deadline that
passed: see ``domain.monitoring``), then follows the guide's mechanism: acknowledged →
examination requested by the office → decision (support triggered, objectives revised by
an avenant, corrective action plan) → resolved, or dismissed with a reason. A finding that
disappears (a correction clears the miss, the bilan is recorded, the avenant signed)
resolves its alert automatically, with the reason; if it comes back, the alert reopens.

All the alerts of a convention live in one aggregate, ``ConventionAlerts`` (its alert file):
finding whether a finding is new is then a lookup in one aggregate, so an alert is never
raised twice, whatever raises it (the alert process, a deadline scan) and however often.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from uuid import UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain.errors import (
    AlertClosedError,
    AlertNotFoundError,
    AlertTransitionError,
    DateBeforeError,
    DecisionIncompleteError,
    ExaminationNotRequestedError,
    ExaminationPendingError,
)
from domain.values import REASON_MAX_LENGTH, TEXT_MAX_LENGTH, Actor, check_amount, check_label


class AlertKind(Enum):
    INDICATOR = "indicator"  # an indicator missed its target of the year
    CUMULATIVE = "cumulative"  # the cumulative achievement is behind its trajectory
    BILAN_OVERDUE = "bilan_overdue"  # the annual bilan was not recorded by its due date
    EXPIRING = "expiring_without_successor"  # the convention ends soon, no successor
    AVENANT_UNSIGNED = "avenant_unsigned"  # an avenant waits for signatures too long
    CONTREPARTIE_UNPAID = "contrepartie_unpaid"  # committed for a year, not paid when due
    GOVERNANCE_MISSED = "governance_missed"  # a governance body did not meet in its rhythm
    PARTY_TO_REGULARISE = "party_to_regularise"  # a party changed: the convention breaks its kind's rules

    @property
    def is_deadline(self) -> bool:
        return self not in (AlertKind.INDICATOR, AlertKind.CUMULATIVE)


KIND_LABELS = {
    AlertKind.INDICATOR: "objectif annuel non atteint",
    AlertKind.CUMULATIVE: "trajectoire cumulée en retard",
    AlertKind.BILAN_OVERDUE: "bilan annuel en retard",
    AlertKind.EXPIRING: "échéance sans convention successeur",
    AlertKind.AVENANT_UNSIGNED: "avenant non signé",
    AlertKind.CONTREPARTIE_UNPAID: "contrepartie non versée",
    AlertKind.GOVERNANCE_MISSED: "instance non réunie",
    AlertKind.PARTY_TO_REGULARISE: "partie à régulariser",
}


class AlertSeverity(Enum):
    VIGILANCE = "vigilance"  # off target, but within the alert threshold
    ALERTE = "alerte"  # past the alert threshold, or a deadline missed


class AlertStatus(Enum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    EXAMINATION_REQUESTED = "examination_requested"
    DECIDED = "decided"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"

    @property
    def is_closed(self) -> bool:
        return self in (AlertStatus.RESOLVED, AlertStatus.DISMISSED)


EVENT_LABELS = {
    "Opened": "suivi des alertes ouvert",
    "Raised": "déclenchée",
    "Remeasured": "mesurée à nouveau",
    "Reopened": "rouverte",
    "ResolvedAutomatically": "close d'office",
    "Acknowledged": "prise en compte",
    "ExaminationRequested": "examen demandé",
    "Decided": "décision prise",
    "Resolved": "résolue",
    "Dismissed": "classée sans suite",
}
"""What each event of an alert file says, in words (the pages' history of an alert)."""


class AlertStep(Enum):
    """A step of an alert's handling, as the parties take it."""

    ACKNOWLEDGE = "acknowledge"
    REQUEST_EXAMINATION = "request_examination"
    DECIDE = "decide"
    RESOLVE = "resolve"
    DISMISS = "dismiss"


STEPS_FROM: dict[AlertStatus, frozenset[AlertStep]] = {
    AlertStatus.OPEN: frozenset(
        {AlertStep.ACKNOWLEDGE, AlertStep.REQUEST_EXAMINATION, AlertStep.RESOLVE, AlertStep.DISMISS}
    ),
    AlertStatus.ACKNOWLEDGED: frozenset(
        {AlertStep.REQUEST_EXAMINATION, AlertStep.RESOLVE, AlertStep.DISMISS}
    ),
    # An examination requested ends with a decision (or is classed without follow-up).
    AlertStatus.EXAMINATION_REQUESTED: frozenset({AlertStep.DECIDE, AlertStep.DISMISS}),
    # A decided alert is resolved, not dismissed.
    AlertStatus.DECIDED: frozenset({AlertStep.RESOLVE}),
    AlertStatus.RESOLVED: frozenset(),
    AlertStatus.DISMISSED: frozenset(),
}
"""Which steps an alert's status allows: the one table the transitions below consult, and the
web interface's forms (only the steps open to the actor are offered)."""


STATUS_LABELS = {
    AlertStatus.OPEN: "ouverte",
    AlertStatus.ACKNOWLEDGED: "prise en compte",
    AlertStatus.EXAMINATION_REQUESTED: "examen demandé",
    AlertStatus.DECIDED: "décision prise",
    AlertStatus.RESOLVED: "résolue",
    AlertStatus.DISMISSED: "classée sans suite",
}


@dataclass(frozen=True)
class Finding:
    """What is wrong, measured: the raw material of an alert.

    ``key`` identifies the finding within its convention (kind, subject, year…): the same
    slip found twice has the same key. ``gap`` is how far the actual value lies from the
    expected one in the wrong direction (always positive)."""

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

    def measure(self) -> tuple[object, ...]:
        """What a re-measure compares: the figures, not the wording of the cause (a cause
        worded anew — French number formats — does not re-measure every open alert)."""
        return (self.severity, self.expected, self.actual, self.gap)


class DecisionKind(Enum):
    SUPPORT_TRIGGERED = "support_triggered"  # the collectivité's financial support
    OBJECTIVES_REVISED = "objectives_revised"  # by an avenant of the convention
    CORRECTIVE_PLAN = "corrective_plan"  # actions with due dates


DECISION_LABELS = {
    DecisionKind.SUPPORT_TRIGGERED: "soutien financier de la collectivité déclenché",
    DecisionKind.OBJECTIVES_REVISED: "objectifs révisés par avenant",
    DecisionKind.CORRECTIVE_PLAN: "plan d'actions correctives",
}
"""A decision's kind, in words."""


@dataclass(frozen=True)
class CorrectiveAction:
    label: str
    due_on: date
    party_id: UUID | None = None


@dataclass(frozen=True)
class AlertDecision:
    kind: DecisionKind
    summary: str
    decided_on: date
    body_id: str | None = None
    avenant_number: int | None = None
    # The party whose decision it is (recorded by its actor): the collectivité that gives the
    # contreparties, or a member of the governance body ``body_id`` where both sides sit.
    decided_by: UUID | None = None
    contrepartie_id: str | None = None
    amount: Decimal | None = None
    actions: tuple[CorrectiveAction, ...] = ()


@dataclass(frozen=True)
class Examination:
    requested_by: UUID
    requested_on: date
    reason: str


@dataclass(frozen=True)
class Alert:
    number: int
    finding: Finding
    raised_on: date
    convention_version: int  # the state of the convention the finding was last made on
    status: AlertStatus = AlertStatus.OPEN
    acknowledged_on: date | None = None
    examination: Examination | None = None
    decision: AlertDecision | None = None
    closed_on: date | None = None
    closing_reason: str | None = None
    resolved_automatically: bool = False

    @property
    def steps(self) -> frozenset[AlertStep]:
        """The steps its status allows (``STEPS_FROM``)."""
        return STEPS_FROM[self.status]

    @property
    def last_step_on(self) -> date:
        steps = [self.raised_on, self.acknowledged_on, self.closed_on]
        if self.examination:
            steps.append(self.examination.requested_on)
        if self.decision:
            steps.append(self.decision.decided_on)
        return max(d for d in steps if d is not None)


def alert_id(convention_id: UUID, key: str) -> UUID:
    """The stable, global identity of an alert: its convention and its finding's key."""
    return uuid5(convention_id, key)


class ConventionAlerts(Aggregate):
    """The alert file of one convention."""

    @staticmethod
    def create_id(convention_id: UUID) -> UUID:
        return uuid5(convention_id, "alerts")

    @event("Opened")
    def __init__(self, convention_id: UUID, actor: Actor) -> None:
        self.convention_id = convention_id
        self.alerts: tuple[Alert, ...] = ()

    # --- lookups -------------------------------------------------------------------------

    def alert(self, number: int) -> Alert:
        found = next((a for a in self.alerts if a.number == number), None)
        if found is None:
            raise AlertNotFoundError(f"L'alerte n°{number} n'existe pas pour cette convention.")
        return found

    def by_key(self, key: str) -> Alert | None:
        return next((a for a in self.alerts if a.finding.key == key), None)

    def active(self) -> tuple[Alert, ...]:
        return tuple(a for a in self.alerts if not a.status.is_closed)

    def _replace(self, number: int, **changes: object) -> None:
        self.alerts = tuple(
            replace(a, **changes) if a.number == number else a  # type: ignore[arg-type]
            for a in self.alerts
        )

    # --- findings: raised, re-measured, cleared, reopened --------------------------------

    def record_findings(
        self, findings: list[Finding], convention_version: int, on: date, actor: Actor
    ) -> list[int]:
        """Raise an alert for each new finding; re-measure the active alert of a finding
        found again with other figures; reopen an alert resolved automatically whose
        finding is back. ``convention_version`` is the version of the convention the
        findings were made on. Returns the numbers of the alerts raised or reopened."""
        version = convention_version
        touched = []
        for finding in findings:
            existing = self.by_key(finding.key)
            if existing is None:
                number = max((a.number for a in self.alerts), default=0) + 1
                self._raise(number, finding, version, effective_on=on, actor=actor)
                touched.append(number)
            elif existing.status is AlertStatus.RESOLVED and existing.resolved_automatically:
                day = max(on, existing.last_step_on)
                self._reopen(existing.number, finding, version, effective_on=day, actor=actor)
                touched.append(existing.number)
            elif not existing.status.is_closed and existing.finding.measure() != finding.measure():
                day = max(on, existing.raised_on)
                self._remeasure(existing.number, finding, version, effective_on=day, actor=actor)
        return touched

    def clear(self, number: int, reason: str, convention_version: int, on: date, actor: Actor) -> None:
        """The finding is gone: the alert resolves itself, with the reason."""
        alert = self.alert(number)
        if alert.status.is_closed:
            return
        day = max(on, alert.last_step_on)
        self._resolve_automatically(number, reason, convention_version, effective_on=day, actor=actor)

    @event("Raised")
    def _raise(
        self, number: int, finding: Finding, convention_version: int, effective_on: date, actor: Actor
    ) -> None:
        self.alerts = (*self.alerts, Alert(number, finding, effective_on, convention_version))

    @event("Remeasured")
    def _remeasure(
        self, number: int, finding: Finding, convention_version: int, effective_on: date, actor: Actor
    ) -> None:
        self._replace(number, finding=finding, convention_version=convention_version)

    @event("ResolvedAutomatically")
    def _resolve_automatically(
        self, number: int, reason: str, convention_version: int, effective_on: date, actor: Actor
    ) -> None:
        self._replace(
            number,
            convention_version=convention_version,
            status=AlertStatus.RESOLVED,
            closed_on=effective_on,
            closing_reason=reason,
            resolved_automatically=True,
        )

    @event("Reopened")
    def _reopen(
        self, number: int, finding: Finding, convention_version: int, effective_on: date, actor: Actor
    ) -> None:
        self._replace(
            number,
            finding=finding,
            convention_version=convention_version,
            status=AlertStatus.OPEN,
            acknowledged_on=None,
            examination=None,
            decision=None,
            closed_on=None,
            closing_reason=None,
            resolved_automatically=False,
        )

    # --- handling by the parties ---------------------------------------------------------

    def _open_alert(self, number: int, on: date) -> Alert:
        alert = self.alert(number)
        if alert.status.is_closed:
            raise AlertClosedError(
                f"L'alerte n°{number} est {STATUS_LABELS[alert.status]} "
                f"({alert.closing_reason}) : elle n'appelle plus d'action."
            )
        if on < alert.last_step_on:
            raise DateBeforeError(
                f"Cette date ({on:%d/%m/%Y}) précède la dernière étape de l'alerte n°{number} "
                f"({alert.last_step_on:%d/%m/%Y})."
            )
        return alert

    def acknowledge(self, number: int, on: date, actor: Actor) -> None:
        """Rules: only an open alert is acknowledged, once."""
        alert = self._open_alert(number, on)
        if AlertStep.ACKNOWLEDGE not in alert.steps:
            raise AlertTransitionError(f"L'alerte n°{number} est déjà {STATUS_LABELS[alert.status]}.")
        self._acknowledge(number, effective_on=on, actor=actor)

    @event("Acknowledged")
    def _acknowledge(self, number: int, effective_on: date, actor: Actor) -> None:
        self._replace(number, status=AlertStatus.ACKNOWLEDGED, acknowledged_on=effective_on)

    def request_examination(self, number: int, examination: Examination, actor: Actor) -> None:
        """Rules: the alert is open or acknowledged (one examination per alert); the reason is
        given. Who may request it (the office concerned) is checked against the convention's
        parties by ``domain.monitoring.check_may_request_examination``."""
        alert = self._open_alert(number, examination.requested_on)
        if AlertStep.REQUEST_EXAMINATION not in alert.steps:
            raise AlertTransitionError(
                f"L'alerte n°{number} est {STATUS_LABELS[alert.status]} : son examen a déjà été demandé."
            )
        examination = replace(
            examination,
            reason=check_label(examination.reason, "Le motif de la demande", max_length=REASON_MAX_LENGTH),
        )
        self._request_examination(number, examination, effective_on=examination.requested_on, actor=actor)

    @event("ExaminationRequested")
    def _request_examination(
        self, number: int, examination: Examination, effective_on: date, actor: Actor
    ) -> None:
        self._replace(number, status=AlertStatus.EXAMINATION_REQUESTED, examination=examination)

    def check_can_decide(self, number: int, on: date) -> None:
        """A decision answers an examination the office requested, once."""
        alert = self._open_alert(number, on)
        if AlertStep.DECIDE not in alert.steps:
            raise (
                AlertTransitionError(f"L'alerte n°{number} a déjà fait l'objet d'une décision.")
                if alert.status is AlertStatus.DECIDED
                else ExaminationNotRequestedError(
                    f"Aucun examen n'a été demandé pour l'alerte n°{number} : la décision suit la "
                    "demande d'examen de l'office."
                )
            )

    def decide(self, number: int, decision: AlertDecision, actor: Actor) -> None:
        """Rules: a decision answers an examination the office requested, once. Objectives
        revised name the avenant that revises them (checked against the convention by the
        caller); a corrective plan lists actions due on or after the decision; support
        triggered in money is an exact amount."""
        self.check_can_decide(number, decision.decided_on)
        summary = check_label(decision.summary, "La décision", max_length=TEXT_MAX_LENGTH)
        if decision.kind is DecisionKind.OBJECTIVES_REVISED and decision.avenant_number is None:
            raise DecisionIncompleteError(
                "Une révision des objectifs se fait par avenant : indiquez son numéro."
            )
        if decision.kind is DecisionKind.CORRECTIVE_PLAN:
            if not decision.actions:
                raise DecisionIncompleteError("Un plan d'actions correctives comporte au moins une action.")
            for action in decision.actions:
                check_label(action.label, "Le libellé de l'action corrective")
                if action.due_on < decision.decided_on:
                    raise DateBeforeError(f"L'action « {action.label} » ne peut être due avant la décision.")
        elif decision.actions:
            raise DecisionIncompleteError("Seul un plan d'actions correctives comporte des actions.")
        if decision.amount is not None:
            check_amount(decision.amount, "Le soutien décidé")
        self._decide(
            number, replace(decision, summary=summary), effective_on=decision.decided_on, actor=actor
        )

    @event("Decided")
    def _decide(self, number: int, decision: AlertDecision, effective_on: date, actor: Actor) -> None:
        self._replace(number, status=AlertStatus.DECIDED, decision=decision)

    def resolve(self, number: int, reason: str, on: date, actor: Actor) -> None:
        """Rules: an examination requested ends with a decision before the alert is resolved;
        the reason is given."""
        alert = self._open_alert(number, on)
        if AlertStep.RESOLVE not in alert.steps:
            raise ExaminationPendingError(
                f"L'examen de l'alerte n°{number} est en cours : enregistrez d'abord la décision."
            )
        reason = check_label(reason, "Le motif de la résolution", max_length=REASON_MAX_LENGTH)
        self._resolve(number, reason, effective_on=on, actor=actor)

    @event("Resolved")
    def _resolve(self, number: int, reason: str, effective_on: date, actor: Actor) -> None:
        self._replace(number, status=AlertStatus.RESOLVED, closed_on=effective_on, closing_reason=reason)

    def dismiss(self, number: int, reason: str, on: date, actor: Actor) -> None:
        """Rules: a decided alert is resolved, not dismissed; the reason is given."""
        alert = self._open_alert(number, on)
        if AlertStep.DISMISS not in alert.steps:
            raise AlertTransitionError(
                f"Une décision a été prise sur l'alerte n°{number} : résolvez-la plutôt que de la classer."
            )
        reason = check_label(reason, "Le motif du classement", max_length=REASON_MAX_LENGTH)
        self._dismiss(number, reason, effective_on=on, actor=actor)

    @event("Dismissed")
    def _dismiss(self, number: int, reason: str, effective_on: date, actor: Actor) -> None:
        self._replace(number, status=AlertStatus.DISMISSED, closed_on=effective_on, closing_reason=reason)
