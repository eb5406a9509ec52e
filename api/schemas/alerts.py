"""Alerts: meetings, acknowledgement, examination, decisions, closing, scans; their public form and the board."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

from pydantic import BaseModel, Field

from api.schemas.common import Day, Ident, LongText, Money, Reason, Reference, Schema, Text
from api.schemas.conventions import EventPublic
from api.schemas.read_side import ReadSideState
from api.schemas.records import AlertDecisionPublic, ExaminationPublic, FindingPublic, Published
from domain.alerts import (
    AlertDecision,
    AlertKind,
    AlertSeverity,
    AlertStatus,
    CorrectiveAction,
    DecisionKind,
)
from domain.convention import (
    Meeting,
)

# --- alerts --------------------------------------------------------------------------------


class MeetingCreate(Schema):
    body_id: Ident
    met_on: Day
    reference: Reference

    def to_domain(self) -> Meeting:
        return Meeting(self.body_id, self.met_on, self.reference)


class AcknowledgementCreate(Schema):
    acknowledged_on: Day


class ExaminationCreate(Schema):
    party_id: UUID | None = Field(
        default=None, description="The office requesting (default: the actor's party)."
    )
    requested_on: Day
    reason: Reason


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
    reason: Reason
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


class AlertPublic(Published):
    alert_id: UUID
    convention_id: UUID
    number: int
    kind: AlertKind
    status: AlertStatus
    finding: FindingPublic
    raised_on: date
    acknowledged_on: date | None
    examination: ExaminationPublic | None
    decision: AlertDecisionPublic | None
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
