"""The alert board: one row per alert, for lists filtered by party, convention, status, kind
and year; and, to filter by party, the parties of each convention."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import singledispatch
from typing import Any
from uuid import UUID

from application.base import event_topics
from domain.alerts import Alert, AlertStatus, ConventionAlerts, alert_id
from domain.convention import Convention
from domain.terms import AddParty, RemoveParty
from projections.base import Positioned, Queryable, Rows, event_class, handles, replace_rows, text
from projections.portfolio_queries import visible_alerts_clause

Handler = Callable[..., Any]

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS alert_board (
        alert_id TEXT PRIMARY KEY,
        convention_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL,
        status TEXT NOT NULL,
        party_id TEXT,
        beneficiary_id TEXT,
        subject TEXT NOT NULL,
        year INTEGER,
        expected TEXT,
        actual TEXT,
        gap TEXT,
        cause TEXT NOT NULL,
        due_on TEXT,
        raised_on TEXT NOT NULL,
        closed_on TEXT,
        closing_reason TEXT,
        position BIGINT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS alert_board_convention ON alert_board (convention_id, number)",
    "CREATE INDEX IF NOT EXISTS alert_board_status ON alert_board (status, kind, year)",
    """CREATE TABLE IF NOT EXISTS alert_files (
        file_id TEXT PRIMARY KEY,
        convention_id TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS convention_parties (
        convention_id TEXT NOT NULL,
        party_id TEXT NOT NULL,
        PRIMARY KEY (convention_id, party_id)
    )""",
    "CREATE INDEX IF NOT EXISTS convention_parties_party ON convention_parties (party_id)",
    """CREATE TABLE IF NOT EXISTS convention_pending_parties (
        convention_id TEXT NOT NULL,
        avenant_number INTEGER NOT NULL,
        party_id TEXT NOT NULL,
        added INTEGER NOT NULL,
        PRIMARY KEY (convention_id, avenant_number, party_id)
    )""",
)

TABLES = ("alert_board", "alert_files", "convention_parties", "convention_pending_parties")


class AlertBoard:
    name = "alert_board"
    title = "le tableau des alertes"
    schema = SCHEMA
    tables = TABLES

    topics = event_topics(Convention, ConventionAlerts)

    def apply(self, events: Sequence[Positioned], rows: Rows) -> None:
        # Alert rows are kept in memory for the batch, each as its latest event left it, and
        # written once at the end (a DELETE and one COPY), not an upsert per event.
        batch = _AlertRows(rows)
        parties = _PartyRows(rows)
        for event, position in events:
            if isinstance(event, ConventionAlerts.Event):
                _on_alert_file(event, position, batch)
            else:
                _on_convention(event, parties)
        parties.write()
        batch.write()


# --- conventions: who is party --------------------------------------------------------------


@singledispatch
def _on_convention(event: Any, parties: _PartyRows) -> None:
    """The other events of a convention change none of its parties."""


def _convention_event(*names: str) -> Callable[[Handler], Handler]:
    return handles(_on_convention, Convention, *names)


def _alert_event(*names: str) -> Callable[[Handler], Handler]:
    return handles(_alert_change, ConventionAlerts, *names)


class _PartyRows:
    """Who is party to which convention, as a batch changes it. The parties of the conventions
    drafted in the batch are appended at its end, in one COPY: a convention just drafted has no
    row yet (one INSERT per party was 6,656 statements, 9 % of a 100k-event rebuild). Any other
    change writes those appended so far first, then itself: the rows follow the events' order."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self._drafted: dict[tuple[str, str], None] = {}

    def drafted(self, convention_id: str, party_ids: Sequence[object]) -> None:
        self._drafted.update(((convention_id, str(party_id)), None) for party_id in party_ids)

    def add(self, convention_id: str, party_id: object) -> None:
        self.write()
        self.rows.execute(
            "INSERT INTO convention_parties VALUES (?, ?) ON CONFLICT DO NOTHING",
            (convention_id, str(party_id)),
        )

    def remove(self, convention_id: str, party_id: object) -> None:
        self.write()
        self.rows.execute(
            "DELETE FROM convention_parties WHERE convention_id = ? AND party_id = ?",
            (convention_id, str(party_id)),
        )

    def write(self) -> None:
        self.rows.insert("convention_parties", list(self._drafted))
        self._drafted.clear()


@_convention_event("Drafted")
def _drafted(event: Any, parties: _PartyRows) -> None:
    parties.drafted(str(event.originator_id), [party.party_id for party in event.terms.parties])


@_convention_event("PartyAdded")
def _party_added(event: Any, parties: _PartyRows) -> None:
    parties.add(str(event.originator_id), event.change.party.party_id)


@_convention_event("PartyRemoved")
def _party_removed(event: Any, parties: _PartyRows) -> None:
    parties.remove(str(event.originator_id), event.change.party_id)


@_convention_event("AdherentJoined")
def _adherent_joined(event: Any, parties: _PartyRows) -> None:
    parties.add(str(event.originator_id), event.adhesion.party.party_id)


@_convention_event("AvenantProposed")
def _avenant_proposed(event: Any, parties: _PartyRows) -> None:
    for change in event.avenant.changes:
        if isinstance(change, AddParty | RemoveParty):
            party_id = change.party.party_id if isinstance(change, AddParty) else change.party_id
            parties.rows.execute(
                "INSERT INTO convention_pending_parties VALUES (?, ?, ?, ?)",
                (
                    str(event.originator_id),
                    event.avenant.number,
                    str(party_id),
                    int(isinstance(change, AddParty)),
                ),
            )


@_convention_event("AvenantEnteredIntoForce")
def _avenant_entered_into_force(event: Any, parties: _PartyRows) -> None:
    # Parties added by an avenant remain listed once it is in force (and removed ones are
    # removed): the board answers "which conventions concern me now".
    convention_id = str(event.originator_id)
    for pending_party, added in _pending(parties.rows, convention_id, event.number):
        if added:
            parties.add(convention_id, pending_party)
        else:
            parties.remove(convention_id, pending_party)


# --- alerts ------------------------------------------------------------------------------------


def _on_alert_file(event: Any, position: int, batch: _AlertRows) -> None:
    file_id = str(event.originator_id)
    if isinstance(event, OPENED):
        batch.files[file_id] = str(event.convention_id)
        return
    convention_id = UUID(batch.convention_of(file_id))
    if isinstance(event, RAISED):
        alert = Alert(event.number, event.finding, event.effective_on, event.convention_version)
        batch.put(
            {
                "alert_id": str(alert_id(convention_id, alert.finding.key)),
                "convention_id": str(convention_id),
                "number": alert.number,
                **_finding_columns(alert.finding),
                "status": alert.status.value,
                "raised_on": alert.raised_on.isoformat(),
                "closed_on": None,
                "closing_reason": None,
                "position": position,
            }
        )
        return
    current = batch.get(convention_id, event.number)
    current.update(_alert_change(event, current), position=position)
    batch.put(current)


OPENED: type[Any] = event_class(ConventionAlerts, "Opened")
RAISED: type[Any] = event_class(ConventionAlerts, "Raised")


@singledispatch
def _alert_change(event: Any, current: dict[str, Any]) -> dict[str, Any]:
    """What an event of an alert changes in its row (an event not listed: nothing)."""
    return {}


@_alert_event("Remeasured")
def _remeasured(event: Any, current: dict[str, Any]) -> dict[str, Any]:
    return _finding_columns(event.finding)


@_alert_event("Reopened")
def _reopened(event: Any, current: dict[str, Any]) -> dict[str, Any]:
    return {
        **_finding_columns(event.finding),
        "status": AlertStatus.OPEN.value,
        "closed_on": None,
        "closing_reason": None,
    }


@_alert_event("Acknowledged")
def _acknowledged(event: Any, current: dict[str, Any]) -> dict[str, Any]:
    return {"status": AlertStatus.ACKNOWLEDGED.value}


@_alert_event("ExaminationRequested")
def _examination_requested(event: Any, current: dict[str, Any]) -> dict[str, Any]:
    return {"status": AlertStatus.EXAMINATION_REQUESTED.value}


@_alert_event("Decided")
def _decided(event: Any, current: dict[str, Any]) -> dict[str, Any]:
    return {"status": AlertStatus.DECIDED.value}


@_alert_event("Resolved", "ResolvedAutomatically")
def _resolved(event: Any, current: dict[str, Any]) -> dict[str, Any]:
    return _closed(AlertStatus.RESOLVED, event)


@_alert_event("Dismissed")
def _dismissed(event: Any, current: dict[str, Any]) -> dict[str, Any]:
    return _closed(AlertStatus.DISMISSED, event)


def _closed(status: AlertStatus, event: Any) -> dict[str, Any]:
    return {
        "status": status.value,
        "closed_on": event.effective_on.isoformat(),
        "closing_reason": event.reason,
    }


class _AlertRows:
    """The alert rows and alert files a batch changes, written at its end."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self.files: dict[str, str] = {}  # file id -> convention id, opened in this batch
        self.changed: dict[str, dict[str, Any]] = {}  # by alert id
        self.by_number: dict[tuple[str, int], str] = {}  # (convention id, number) -> alert id

    def convention_of(self, file_id: str) -> str:
        if file_id in self.files:
            return self.files[file_id]
        found = self.rows.fetch_one("SELECT convention_id FROM alert_files WHERE file_id = ?", (file_id,))
        if found is None:
            raise LookupError(f"alert file {file_id} unknown to the board (events out of order?)")
        return str(found[0])

    def get(self, convention_id: UUID, number: int) -> dict[str, Any]:
        changed = self.by_number.get((str(convention_id), number))
        if changed is not None:
            return dict(self.changed[changed])
        return _load(self.rows, convention_id, number)

    def put(self, values: dict[str, Any]) -> None:
        self.changed[values["alert_id"]] = values
        self.by_number[(values["convention_id"], values["number"])] = values["alert_id"]

    def write(self) -> None:
        replace_rows(self.rows, "alert_files", "file_id", list(self.files), list(self.files.items()))
        replace_rows(
            self.rows,
            "alert_board",
            "alert_id",
            list(self.changed),
            [tuple(v[c] for c in COLUMNS) for v in self.changed.values()],
        )


COLUMNS = (
    "alert_id",
    "convention_id",
    "number",
    "kind",
    "severity",
    "status",
    "party_id",
    "beneficiary_id",
    "subject",
    "year",
    "expected",
    "actual",
    "gap",
    "cause",
    "due_on",
    "raised_on",
    "closed_on",
    "closing_reason",
    "position",
)


def _finding_columns(finding: Any) -> dict[str, Any]:
    return {
        "kind": finding.kind.value,
        "severity": finding.severity.value,
        "party_id": text(finding.party_id),
        "beneficiary_id": text(finding.beneficiary_id),
        "subject": finding.subject,
        "year": finding.year,
        "expected": text(finding.expected),
        "actual": text(finding.actual),
        "gap": text(finding.gap),
        "cause": finding.cause,
        "due_on": text(finding.due_on and finding.due_on.isoformat()),
    }


def _pending(rows: Rows, convention_id: str, number: int) -> list[tuple[str, int]]:
    key = (convention_id, number)
    found = rows.fetch_all(
        "SELECT party_id, added FROM convention_pending_parties "
        "WHERE convention_id = ? AND avenant_number = ? ORDER BY party_id",
        key,
    )
    rows.execute("DELETE FROM convention_pending_parties WHERE convention_id = ? AND avenant_number = ?", key)
    return [(str(party_id), int(added)) for party_id, added in found]


def _load(rows: Rows, convention_id: UUID, number: int) -> dict[str, Any]:
    row = rows.fetch_one(
        f"SELECT {', '.join(COLUMNS)} FROM alert_board WHERE convention_id = ? AND number = ?",  # noqa: S608
        (str(convention_id), number),
    )
    if row is None:
        raise LookupError(f"alert {number} of {convention_id} unknown to the board")
    return dict(zip(COLUMNS, row, strict=True))


# --- queries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertFilters:
    party_id: UUID | None = None  # alerts of the conventions this party is party to
    convention_id: UUID | None = None
    status: str | None = None
    kind: str | None = None
    year: int | None = None
    viewer: UUID | None = None  # only the conventions this party may read (None: all)
    limit: int = 50
    offset: int = 0


def list_alerts(db: Queryable, filters: AlertFilters) -> tuple[list[dict[str, Any]], int]:
    """The alerts matching the filters, most recent first, one page; and how many match."""
    where: list[str] = []
    params: list[str | int] = []
    if filters.party_id is not None:
        where.append(
            "(convention_id IN (SELECT convention_id FROM convention_parties WHERE party_id = ?) "
            "OR party_id = ? OR beneficiary_id = ?)"
        )
        params += [str(filters.party_id)] * 3
    for column, value in (
        ("convention_id", text(filters.convention_id)),
        ("status", filters.status),
        ("kind", filters.kind),
        ("year", filters.year),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if filters.viewer is not None:
        visible, visible_params = visible_alerts_clause(filters.viewer)
        where.append(visible)
        params += visible_params
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    total = db.query(f"SELECT COUNT(*) FROM alert_board{clause}", params)[0][0]  # noqa: S608
    rows = db.query(
        f"SELECT {', '.join(COLUMNS)} FROM alert_board{clause} "  # noqa: S608
        "ORDER BY raised_on DESC, convention_id, number LIMIT ? OFFSET ?",
        [*params, filters.limit, filters.offset],
    )
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows], int(total)
