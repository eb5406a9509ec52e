"""Alerts: list them (from the alert board), read one with its history, act on it; run a
deadline scan as of a date; record governance meetings (which deadline alerts watch)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Query, Response

from api import routing
from api.deps import (
    AvenantOrAlertNumber,
    CurrentActor,
    Lag,
    Ledger,
    Offset,
    Reads,
    Writer,
    Written,
    acting_party,
    etag,
    freshness,
    viewer_of,
)
from api.routes.conventions import event_public
from api.schemas import (
    AcknowledgementCreate,
    AlertClosing,
    AlertPage,
    AlertPublic,
    AlertRow,
    DecisionCreate,
    ExaminationCreate,
    MeetingCreate,
    ScanCreate,
    ScanPublic,
    WriteResult,
)
from api.schemas.common import Year
from api.spreadsheets import TABLE_RESPONSES, Column, Table, TableForm, table_response
from domain.alerts import KIND_LABELS, STATUS_LABELS, Alert, AlertKind, AlertStatus, Examination, alert_id
from domain.values import Actor
from projections.alert_board import AlertFilters, list_alerts
from projections.portfolio_queries import convention_titles

router = routing.router(tags=["alerts"])


def alert_public(convention_id: UUID, alert: Alert) -> AlertPublic:
    return AlertPublic(
        alert_id=alert_id(convention_id, alert.finding.key),
        convention_id=convention_id,
        number=alert.number,
        kind=alert.finding.kind,
        status=alert.status,
        finding=alert.finding,
        raised_on=alert.raised_on,
        acknowledged_on=alert.acknowledged_on,
        examination=alert.examination,
        decision=alert.decision,
        closed_on=alert.closed_on,
        closing_reason=alert.closing_reason,
        resolved_automatically=alert.resolved_automatically,
    )


ALERT_COLUMNS = (
    Column("Convention", width=50),
    Column("N°", width=6),
    Column("Nature", width=34),
    Column("Gravité", width=10),
    Column("Statut", width=18),
    Column("Partie concernée", width=32),
    Column("Bénéficiaire", width=32),
    Column("Année", width=8),
    Column("Attendu", width=14),
    Column("Constaté", width=14),
    Column("Écart", width=14),
    Column("Échéance", width=12),
    Column("Déclenchée le", width=14),
    Column("Close le", width=12),
    Column("Cause", width=80),
)
MAX_TABLE_ROWS = 10_000


class AlertSelection:
    """The filters of the alert board, as query parameters (``/alerts`` and its tables)."""

    def __init__(
        self,
        party_id: UUID | None = None,
        convention_id: UUID | None = None,
        status: AlertStatus | None = None,
        kind: AlertKind | None = None,
        year: Year | None = None,
    ) -> None:
        self.party_id, self.convention_id, self.status, self.kind, self.year = (
            party_id, convention_id, status, kind, year
        )  # fmt: skip

    def filters(self, actor: Actor, limit: int, offset: int) -> AlertFilters:
        """The board's filters for this actor (the read rule's viewer) and page."""
        return AlertFilters(
            viewer=viewer_of(actor),
            party_id=self.party_id,
            convention_id=self.convention_id,
            status=self.status.value if self.status else None,
            kind=self.kind.value if self.kind else None,
            year=self.year,
            limit=limit,
            offset=offset,
        )


Selection = Annotated[AlertSelection, Depends()]


@router.get("/alerts.{form}", response_class=Response, responses=TABLE_RESPONSES)
def alert_table(
    form: TableForm, reads: Reads, ledger: Ledger, actor: CurrentActor, selection: Selection
) -> Response:
    """The alert board as a table for people's tools (CSV or XLSX, French headers), with the
    filters of ``/alerts``, every matching alert (up to 10,000), most recent first."""
    filters = selection.filters(actor, MAX_TABLE_ROWS, 0)
    alerts = [AlertRow.model_validate(r) for r in list_alerts(reads, filters)[0]]
    titles = convention_titles(reads, {a.convention_id for a in alerts})
    names = ledger.parties.party_names({p for a in alerts for p in (a.party_id, a.beneficiary_id)})

    def named(party: UUID | None) -> str:
        return names.get(party, "") if party else ""

    rows = [
        (
            titles.get(str(a.convention_id), str(a.convention_id)),
            a.number,
            KIND_LABELS[a.kind],
            a.severity.value,
            STATUS_LABELS[a.status],
            named(a.party_id),
            named(a.beneficiary_id),
            a.year,
            a.expected,
            a.actual,
            a.gap,
            a.due_on,
            a.raised_on,
            a.closed_on,
            a.cause,
        )
        for a in alerts
    ]
    return table_response(Table("alertes", ALERT_COLUMNS, rows), form)


@router.get("/alerts")
def search_alerts(
    reads: Reads,
    actor: CurrentActor,
    selection: Selection,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Offset = 0,
    lag: Lag = False,
) -> AlertPage:
    """Alerts of the conventions a party is party to (or about that party), by convention,
    status, kind and year; most recent first; from the alert board as it is (its lag with
    ?lag=true: pass ?wait= on a write to read it here)."""
    filters = selection.filters(actor, limit, offset)
    rows, total = list_alerts(reads, filters)
    return AlertPage(
        total=total,
        limit=limit,
        offset=offset,
        items=[AlertRow.model_validate(r) for r in rows],
        read_side=freshness(reads, lag),
    )


@router.post("/alert-scans", status_code=201)
def scan_deadlines(body: ScanCreate, ledger: Writer, actor: CurrentActor, written: Written) -> ScanPublic:
    report = ledger.alerts.scan_deadlines(body.as_of, actor)
    return ScanPublic(
        as_of=report.as_of,
        conventions_scanned=report.conventions_scanned,
        alerts_raised=report.alerts_raised,
        notification_id=report.notification_id,
        read_side=written.read_side(report.notification_id),
    )


@router.get("/conventions/{convention_id}/alerts")
def convention_alerts(convention_id: UUID, ledger: Ledger, actor: CurrentActor) -> list[AlertPublic]:
    """The alerts the alert process has raised so far (a write's ?wait= waits for them)."""
    _, readable = ledger.alerts.readable_alerts(convention_id, actor)
    return [alert_public(convention_id, a) for a in readable]


@router.get("/conventions/{convention_id}/alerts/{number}")
def read_alert(
    convention_id: UUID, number: AvenantOrAlertNumber, ledger: Ledger, actor: CurrentActor, response: Response
) -> AlertPublic:
    """One alert and its history: each step, who took it, when it was recorded and its date.
    Its ETag is the version of the convention's alert file (for If-Match on the next step)."""
    alerts, alert = ledger.alerts.readable_alert(convention_id, number, actor)
    response.headers["ETag"] = etag(alerts.version)
    public = alert_public(convention_id, alert)
    public.history = [event_public(e) for e in ledger.alerts.alert_history(convention_id, number, actor)]
    return public


@router.post("/conventions/{convention_id}/alerts/{number}/acknowledgement", status_code=201)
def acknowledge(
    convention_id: UUID,
    number: AvenantOrAlertNumber,
    body: AcknowledgementCreate,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    return written(ledger.alerts.acknowledge_alert(convention_id, number, body.acknowledged_on, actor))


@router.post("/conventions/{convention_id}/alerts/{number}/examination-request", status_code=201)
def request_examination(
    convention_id: UUID,
    number: AvenantOrAlertNumber,
    body: ExaminationCreate,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    examination = Examination(acting_party(actor, body.party_id), body.requested_on, body.reason)
    return written(ledger.alerts.request_examination(convention_id, number, examination, actor))


@router.post("/conventions/{convention_id}/alerts/{number}/decision", status_code=201)
def decide(
    convention_id: UUID,
    number: AvenantOrAlertNumber,
    body: DecisionCreate,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    return written(ledger.alerts.decide_on_alert(convention_id, number, body.to_domain(), actor))


@router.post("/conventions/{convention_id}/alerts/{number}/resolution", status_code=201)
def resolve(
    convention_id: UUID,
    number: AvenantOrAlertNumber,
    body: AlertClosing,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    return written(
        ledger.alerts.resolve_alert(convention_id, number, body.reason, body.closed_on, actor, body.body_id)
    )


@router.post("/conventions/{convention_id}/alerts/{number}/dismissal", status_code=201)
def dismiss(
    convention_id: UUID,
    number: AvenantOrAlertNumber,
    body: AlertClosing,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    return written(
        ledger.alerts.dismiss_alert(convention_id, number, body.reason, body.closed_on, actor, body.body_id)
    )


@router.post("/conventions/{convention_id}/meetings", status_code=201)
def record_meeting(
    convention_id: UUID, body: MeetingCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(ledger.execution.record_meeting(convention_id, body.to_domain(), actor))
