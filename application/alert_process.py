"""The alert process: it follows the ledger's notification log and, for each convention
event, reconciles the convention's alert file.

Its policy takes the convention *as of that event* (its version), so a rebuild from the log
gives the same alerts — folded in memory from the events it reads (``application.folding``),
read from the store only on a miss: an evaluation raises, re-measures or reopens indicator
alerts; any event may clear an alert whose finding no longer holds. What the policy writes and
the position reached are recorded in one transaction (the library's ``ProcessingEvent`` with
its ``Tracking``, saved by the ledger's process recorder), so a crash between a convention
event and its alerts loses and duplicates nothing: the next run resumes after the last
position recorded.

The library's runners follow *another* application through a subscription; this process
follows the ledger it writes to, in the same store (the alerts are part of the ledger, one
notification log for the audit chain and the feed), so it pages the log itself — run by the
read side's follower thread, the worker and the demo (see docs/decisions.md « Structure »).
"""

from __future__ import annotations

from datetime import date
from functools import singledispatchmethod
from uuid import UUID

from eventsourcing.application import ProcessingEvent
from eventsourcing.domain import Aggregate, DomainEventProtocol
from eventsourcing.persistence import IntegrityError, Tracking

from application.base import LedgerBase, event_topics
from application.folding import FoldedAggregates
from domain.alerts import ConventionAlerts
from domain.convention import AnnualEvaluation, Convention
from domain.monitoring import cleared_reason, evaluation_findings, reassess
from domain.values import Actor, ActorRole

ALERT_PROCESS_ACTOR = Actor("processus-alertes", ActorRole.SYSTEM)
"""Who records what the alert process decides (recorded on each of its events)."""

PROCESS_PAGE_SIZE = 100
MAX_PROCESS_CONFLICTS = 20


def _event_day(event: DomainEventProtocol[UUID]) -> date:
    effective_on = getattr(event, "effective_on", None)
    if isinstance(effective_on, date):
        return effective_on
    return event.timestamp.date()  # type: ignore[attr-defined, no-any-return]


class AlertProcess:
    """Raises, re-measures and clears the alerts of the conventions, from their events."""

    topics = event_topics(Convention)
    """The convention events the policy reacts to (the others are not read)."""

    def __init__(self, ledger: LedgerBase) -> None:
        self.ledger = ledger
        # The conventions as of the last event the process handled (used under the ledger's
        # ``processing_lock``: one page at a time).
        self._followed_conventions = FoldedAggregates(ledger.aggregate_at)

    @singledispatchmethod
    def policy(
        self, domain_event: DomainEventProtocol[UUID], processing_event: ProcessingEvent[UUID]
    ) -> None:
        """Events of other aggregates change no alert (the process selects convention events
        only; a party's change raises its own alerts in its command: ``Parties``)."""

    @policy.register
    def _(self, domain_event: Convention.Event, processing_event: ProcessingEvent[UUID]) -> None:
        # The convention as of this event, not as of now: a rebuild gives the same alerts.
        convention: Aggregate = self._followed_conventions.apply(domain_event)
        if not isinstance(convention, Convention):
            raise TypeError(f"{convention.id} n'est pas une convention.")
        alerts = self.ledger.alert_file_of(convention.id)
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

    def process(self, *, until: int | None = None) -> int:
        """Run the policy over the convention events not processed yet (up to the
        notification ``until``, if given). Returns how many events were processed.

        Safe to run from several threads or processes at once: positions and alert files
        are both checked on write, the loser of a race re-reads and goes on."""
        processed, conflicts = 0, 0
        with self.ledger.processing_lock:
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
        position = self.ledger.recorder.max_tracking_id(self.ledger.name) or 0
        notifications = self.ledger.recorder.select_notifications(
            start=position,
            limit=PROCESS_PAGE_SIZE,
            stop=until,
            topics=self.topics,
            inclusive_of_start=False,
        )
        pending: Tracking | None = None
        for notification in notifications:
            tracking = Tracking(self.ledger.name, notification.id)
            processing_event = ProcessingEvent[UUID](tracking=tracking)
            self.policy(self.ledger.mapper.to_domain_event(notification), processing_event)
            if processing_event.events:
                self.ledger._record(processing_event)
                pending = None
            else:
                # Nothing to write: the position is recorded with the next write, or at the
                # end of the page (one transaction per event would be needlessly slow).
                pending = tracking
        if pending is not None:
            self.ledger.recorder.insert_tracking(pending)
        return len(notifications)

    def position(self) -> int:
        """The last notification the process handled (0 before any)."""
        return self.ledger.recorder.max_tracking_id(self.ledger.name) or 0
